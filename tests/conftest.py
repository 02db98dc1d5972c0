"""Shared fixtures: the seed corpus, a keyword one-hot encoder for logic tests, a real seed index — on either
backend: embedded files, or Milvus (`milvus-lite server` started once per session, or $MILVUS_URI)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from eval.child import free_port, stop_child
from eval.milvus_server import LiteServer, lite_available
from indexer.backend import BACKENDS, StoreConfig, open_retriever
from indexer.milvus_store import MilvusConfig
from indexer.normalize import normalize
from indexer.retrieve import Retriever

if TYPE_CHECKING:
    from tests.apiclient import MakeClient

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BENCH = ROOT.parent / "shared" / "bench"
CITEQA = str(Path(sys.executable).parent / "citeqa")

KEYWORDS = (
    "人才",
    "编制",
    "周转池",
    "省校合作",
    "运城",
    "盐湖",
    "天桥",
    "綦江",
    "高校",
    "产业",
    "服务",
    "公寓",
)


class KeywordEncoder:
    """Fake encoder: one dimension per keyword (count in the normalised text) plus a constant one."""

    name = "keywords"
    dim = len(KEYWORDS) + 1
    cosine_band = (0.0, 1.0)

    def __init__(self) -> None:
        # lets a test count encoder calls and the texts encoded
        self.calls = {"queries": 0, "passages": 0}
        self.texts = {"queries": 0, "passages": 0}

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.calls["queries"] += 1
        self.texts["queries"] += len(texts)
        return self._encode(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.calls["passages"] += 1
        self.texts["passages"] += len(texts)
        return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            norm = normalize(text)
            out[i, :-1] = [norm.count(k) for k in KEYWORDS]
            out[i, -1] = 0.5
        return out / np.linalg.norm(out, axis=1, keepdims=True)


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real index of seeds/ built once with the default encoder, via the CLI; tests only read it (a test
    that changes an index takes ``seed_index_copy``). Under pytest-xdist (`make test` runs two workers) it is
    built once for the whole run: the first worker to take the lock builds it, the others wait and read it."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        index_dir = tmp_path_factory.mktemp("seed-index")
        _index_seeds(index_dir)
        return index_dir
    shared = tmp_path_factory.getbasetemp().parent  # the run's directory, above each worker's own
    index_dir = shared / "seed-index"
    with open(shared / "seed-index.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not (shared / "seed-index.built").exists():
            shutil.rmtree(index_dir, ignore_errors=True)
            _index_seeds(index_dir)
            (shared / "seed-index.built").touch()
    return index_dir


def _index_seeds(index_dir: Path) -> None:
    subprocess.run([CITEQA, "index", str(SEEDS), "--index", str(index_dir)], check=True, capture_output=True)


# ---------- Milvus ----------
@pytest.fixture(scope="session")
def milvus_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """$MILVUS_URI when set (a real Milvus), else one milvus-lite server for the whole session."""
    env = os.environ.get("MILVUS_URI")
    if env:
        yield env
        return
    if not lite_available():
        pytest.skip(
            "milvus-lite is not installed: the milvus backend's tests need pip install 'citeqa[milvus]'"
        )
    server = LiteServer(tmp_path_factory.mktemp("milvus-lite"))
    server.start()
    try:
        yield server.uri
    finally:
        server.stop()


@pytest.fixture(scope="session")
def collection_name() -> Iterator[Callable[[str], str]]:
    """Fresh collection names (prefix + random suffix); on a shared Milvus they are dropped at session end
    (a milvus-lite data directory goes away with the session anyway)."""
    made: list[str] = []

    def make(prefix: str) -> str:
        name = f"t_{prefix}_{uuid.uuid4().hex[:8]}"
        made.append(name)
        return name

    yield make
    uri = os.environ.get("MILVUS_URI")
    if uri and made:  # every collection named after one of ours (evaluation copies included)
        from indexer.milvus_client import connect

        client = connect(MilvusConfig(uri=uri))
        for collection in client.list_collections():
            if collection.startswith(tuple(made)):
                client.drop_collection(collection)


def milvus_copy(index_dir: Path, uri: str, name: str) -> MilvusConfig:
    """The embedded index ``index_dir`` imported into fresh Milvus collections (no re-embedding)."""
    from indexer.milvus_collections import Collections
    from indexer.milvus_rebuild import import_index
    from indexer.store import read_index

    config = MilvusConfig(uri=uri, collection=name)
    import_index(Collections(config), read_index(index_dir))
    return config


@pytest.fixture(scope="session")
def milvus_seed(seed_index: Path, milvus_uri: str, collection_name: Callable[[str], str]) -> MilvusConfig:
    """The seed index in Milvus, shared by read-only tests (a test that writes makes its own copy)."""
    return milvus_copy(seed_index, milvus_uri, collection_name("seeds"))


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each backend in turn: the test module runs its tests on the embedded index, then on Milvus."""
    return str(request.param)


@pytest.fixture(scope="module")
def seed_retriever(backend: str, seed_index: Path, request: pytest.FixtureRequest) -> Retriever:
    """A read-only retriever over the seed index on ``backend``, opened by the factory the server uses."""
    if backend == "embedded":
        return open_retriever(StoreConfig(index_dir=seed_index))
    config: MilvusConfig = request.getfixturevalue("milvus_seed")
    return open_retriever(StoreConfig(backend="milvus", milvus=config))


def store_flags(config: MilvusConfig) -> list[str]:
    """The CLI flags that point a `citeqa` command at ``config``."""
    return ["--backend", "milvus", "--milvus-uri", config.uri, "--milvus-collection", config.collection]


def backend_flags(backend: str, seed_index: Path, request: pytest.FixtureRequest, name: str) -> list[str]:
    """The `citeqa serve` flags for a private copy of the seed index on ``backend``: none for the embedded
    store (`serving` copies its files), a fresh Milvus copy named after ``name`` for Milvus."""
    if backend != "milvus":
        return []
    uri = request.getfixturevalue("milvus_uri")
    return store_flags(milvus_copy(seed_index, uri, request.getfixturevalue("collection_name")(name)))


@pytest.fixture
def seed_index_copy(seed_index: Path, tmp_path: Path) -> Path:
    """A private copy of the seed index that a test may change."""
    target = tmp_path / "index"
    shutil.copytree(seed_index, target)
    return target


class Server:
    def __init__(self, proc: subprocess.Popen[bytes], url: str, log: Path | None = None) -> None:
        self.proc, self.url, self.log = proc, url, log

    @property
    def stderr_text(self) -> str:
        """What the server wrote to stderr (its JSON logs), to a file: a pipe nobody reads would fill up
        and stall the server."""
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log else ""


def start_server(
    index_dir: Path,
    extra_env: dict[str, str] | None = None,
    timeout: float = 120,
    args: Sequence[str] = (),
) -> Server:
    """`citeqa serve` on a free loopback port (plus ``args``); returns once /healthz answers."""
    import httpx

    port = free_port()
    env = {**os.environ, **(extra_env or {})}
    fd, name = tempfile.mkstemp(prefix="citeqa-serve-", suffix=".log")
    log = Path(name)
    with os.fdopen(fd, "wb") as handle:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen(
            [CITEQA, "serve", "--host", "127.0.0.1", "--port", str(port), "--index", str(index_dir), *args],
            stdout=subprocess.DEVNULL,
            stderr=handle,
            env=env,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = log.read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"server exited with {proc.returncode}: {err[-2000:]}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return Server(proc, url, log)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop_server(Server(proc, url, log))
    raise RuntimeError("server did not become healthy in time")


def stop_server(server: Server) -> None:
    stop_child(server.proc, timeout=10)
    if server.proc.stderr:
        server.proc.stderr.close()


@contextlib.contextmanager
def serving(
    seed_index: Path, where: Path, env: dict[str, str] | None = None, args: Sequence[str] = ()
) -> Iterator[Server]:
    """`citeqa serve` (extractive answers: no language model unless ``env`` names one) over a private copy of
    ``seed_index`` at ``where``/index, with ``env`` (API keys, limits…) and ``args`` (--workers…); stopped by
    its pid on exit."""
    index_dir = where / "index"
    shutil.copytree(seed_index, index_dir)
    server = start_server(index_dir, {"CITEQA_LLM_BASE_URL": "", **(env or {})}, args=args)
    try:
        yield server
    finally:
        stop_server(server)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, seed_index: Path) -> Iterator[Server]:
    """One `citeqa serve` per test module, over its own copy of the seed index."""
    with serving(seed_index, tmp_path_factory.mktemp("server")) as running:
        yield running


@pytest.fixture
def make(seed_index_copy: Path) -> Iterator[MakeClient]:
    """``make(**settings)``: an in-process client of the real app over a private copy of the seed index."""
    from tests.apiclient import client_factory  # imports the whole server: only for the tests that use it

    yield from client_factory(seed_index_copy)


# A 2-page PDF's text (tests/test_ingest.py reads it from a folder, tests/test_pages.py uploads it).
PDF_PAGE2 = "盐湖区与山西大学开展省校合作，共建产业技术研究院。"
PDF_PAGES = ["省校合作情况报告\n第一页的内容。", PDF_PAGE2]


def pdf_bytes(pages: list[str]) -> bytes:
    """A PDF with one page per string (lines split on newlines), in Adobe's built-in CJK font."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # no font file needed
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for page in pages:
        pdf.setFont("STSong-Light", 11)
        for i, line in enumerate(page.split("\n")):
            pdf.drawString(40, 780 - 16 * i, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
