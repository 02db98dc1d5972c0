"""`milvus-lite server` as a child process on a free loopback port: for the tests and the benchmarks.

milvus-lite (PyPI) speaks the Milvus gRPC protocol, so MilvusRetriever talks to it exactly as to a cluster.
The process is stopped by its own pid.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from eval.child import free_port, stop_child

MILVUS_LITE = shutil.which("milvus-lite") or str(Path(sys.executable).parent / "milvus-lite")


def lite_available() -> bool:
    return Path(MILVUS_LITE).exists()


class LiteServer:
    """One `milvus-lite server` process over a data directory (restartable on the same directory)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.uri = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        # its log goes to a file: a pipe nobody reads fills up and stalls the server
        self.log = data_dir.with_name(data_dir.name + ".log")

    def start(self, timeout: float = 60) -> None:
        if not lite_available():
            raise ValueError("milvus-lite is not installed; install the extra: pip install 'citeqa[milvus]'")
        with open(self.log, "ab") as log:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(
                [
                    MILVUS_LITE,
                    "server",
                    "--data-dir",
                    str(self.data_dir),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                ],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.log.read_text(encoding="utf-8", errors="replace")
                raise RuntimeError(f"milvus-lite exited with {self.proc.returncode}: {err[-2000:]}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("milvus-lite did not listen in time")

    def stop(self) -> None:
        if self.proc is None:
            return
        stop_child(self.proc)
        self.proc = None


@contextlib.contextmanager
def lite_server(data_dir: Path) -> Iterator[LiteServer]:
    server = LiteServer(data_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()
