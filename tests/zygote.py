"""A pre-warmed parent that forks index loaders and servers for the crash, damage and race tests.

Starting a process that imports numpy, faiss, jieba and the encoder costs seconds on a busy 2-core machine;
forking one that has done it once costs milliseconds. So the tests can afford hundreds of real processes —
each a real loader, or a real uvicorn server of `server.api.create_app` writing through the real store —
killed with SIGKILL by their parent, which reaps them, so a pid is never reused while the test uses it.
Nothing here runs OpenMP before forking (faiss would hang in a forked child that inherits its pool).

Commands, one per line on stdin, one reply line on stdout:
  load INDEX OUT SIZES   fork a child that opens INDEX and searches (SIZES=1: no checksums at load); the child
                         writes JSON to OUT; reply "exit N" or "signal N"
  serve INDEX PORT       fork a server on 127.0.0.1:PORT; reply its pid
  kill PID               SIGKILL PID and reap it; reply "killed"
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from indexer import store
from indexer.build import prepare
from indexer.embed import load_encoder
from indexer.retrieve import Retriever
from indexer.segment import warm_up
from indexer.settings import DEFAULTS

QUERY = "哪些地区设立了人才编制周转池"


class FixedEncoder:
    """For loaders: any dimension, a deterministic vector per text (results are compared, not judged)."""

    name = "fixed"
    cosine_band = (0.0, 1.0)

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_passages(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i, [hash(c) % self.dim for c in text]] = 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def load(index: str, out: str, sizes_only: bool) -> int:
    if sizes_only:
        store.CHECKSUM_AT_LOAD_BYTES = 0
    try:
        manifest = store.read_manifest(Path(index))
        retriever = Retriever(Path(index), encoder=FixedEncoder(int(manifest["model"]["dim"])))
        results = {
            mode: [(h.passage_id, round(h.score, 5), h.text) for h in retriever.search(QUERY, 5, mode)]
            for mode in ("bm25", "dense", "hybrid")
        }
        texts = [retriever.document(d.doc_id)[1] for d in retriever.data.documents]  # type: ignore[index]
        body = {"loaded": True, "results": results, "texts": texts}
        Path(out).write_text(json.dumps(body), encoding="utf-8")
        return 0
    except store.IndexFormatError as exc:
        Path(out).write_text(json.dumps({"loaded": False, "message": str(exc)}), encoding="utf-8")
        return 2
    except BaseException:
        body = {"loaded": False, "traceback": traceback.format_exc()}
        Path(out).write_text(json.dumps(body), encoding="utf-8")
        return 1


def serve(index: str, port: int, encoder: object) -> None:
    import uvicorn

    from server.api import create_app
    from server.config import Settings

    retriever = Retriever(Path(index), encoder=encoder)  # type: ignore[arg-type]
    app = create_app(Settings(index_dir=Path(index), warm_up=False), retriever)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def child(fn: object, *args: object) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 3
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        code = fn(*args) or 0  # type: ignore[operator]
    except BaseException:
        traceback.print_exc()
    finally:
        os._exit(code)


def main() -> None:
    # everything a child would otherwise import or initialise on its first request, done once here
    import uvicorn  # noqa: F401

    from server import api  # noqa: F401

    warm_up(DEFAULTS.tokenizer)
    prepare("测试文档\n运城市设立人才驿站。", "warm", DEFAULTS)  # cleaning, chunking, region gazetteer
    encoder = None
    children: set[int] = set()
    for line in sys.stdin:
        command, *args = line.split()
        if command == "load":
            pid = child(load, args[0], args[1], args[2] == "1")
            _, status = os.waitpid(pid, 0)
            signalled = os.WIFSIGNALED(status)
            reply = f"signal {os.WTERMSIG(status)}" if signalled else f"exit {os.WEXITSTATUS(status)}"
        elif command == "serve":
            if encoder is None:
                encoder = load_encoder(DEFAULTS.model, threads=1)
                encoder.encode_queries(["预热"])
            pid = child(serve, args[0], int(args[1]), encoder)
            children.add(pid)
            reply = str(pid)
        elif command == "kill":
            pid = int(args[0])
            if pid in children:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                children.discard(pid)
            reply = "killed"
        else:
            reply = f"unknown command {command}"
        print(reply, flush=True)
    for pid in children:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


if __name__ == "__main__":
    main()


# ---------- the test side ----------
class Zygote:
    """Client of a zygote process started by a test; every process it forks is killed and reaped by pid."""

    def __init__(self, log: Path) -> None:
        import subprocess

        root = Path(__file__).resolve().parents[1]
        env = {**os.environ, "PYTHONPATH": str(root)}
        self.log = open(log, "w")  # closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            cwd=root,
            env=env,
        )

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        reply = self.proc.stdout.readline().strip()
        if not reply:
            raise RuntimeError(f"the zygote died; see {self.log.name}")
        return reply

    def load(self, index: Path, out: Path, sizes_only: bool = False) -> str:
        return self.ask(f"load {index} {out} {int(sizes_only)}")

    def serve(self, index: Path, timeout: float = 60) -> tuple[int, str]:
        """A forked server on a free port; returns (pid, url) once /healthz answers."""
        import time

        import httpx

        from tests.conftest import free_port

        port = free_port()
        pid = int(self.ask(f"serve {index} {port}"))
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    return pid, url
            except httpx.HTTPError:
                time.sleep(0.05)
        self.kill(pid)
        raise RuntimeError(f"forked server did not become healthy; see {self.log.name}")

    def kill(self, pid: int) -> None:
        self.ask(f"kill {pid}")

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        if self.proc.stdout:
            self.proc.stdout.close()
        self.log.close()


try:
    import pytest

    @pytest.fixture(scope="session", name="zygote")
    def zygote_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Zygote]:
        z = Zygote(tmp_path_factory.mktemp("zygote") / "zygote.log")
        try:
            yield z
        finally:
            z.close()

except ImportError:  # the zygote process itself needs no pytest
    pass
