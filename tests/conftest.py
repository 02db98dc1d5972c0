"""Shared fixtures: the seed corpus, a keyword one-hot encoder for logic tests, a real seed index."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from indexer.normalize import normalize

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
    """A real index of seeds/ built once with the default encoder, via the CLI."""
    index_dir = tmp_path_factory.mktemp("seed-index")
    subprocess.run([CITEQA, "index", str(SEEDS), "--index", str(index_dir)], check=True, capture_output=True)
    return index_dir


@pytest.fixture
def seed_index_copy(seed_index: Path, tmp_path: Path) -> Path:
    """A private copy of the seed index that a test may change."""
    target = tmp_path / "index"
    shutil.copytree(seed_index, target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
    server.proc.terminate()
    try:
        server.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait(timeout=10)
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
