"""A real Milvus for the backend tests: `milvus-lite server` on a free loopback port, or $MILVUS_URI.

The server is started once per test session and stopped by its pid. Every test index gets its own
collection names (dropped afterwards), so the same tests can run against a shared Milvus cluster.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import free_port

MILVUS_LITE = shutil.which("milvus-lite") or str(Path(sys.executable).parent / "milvus-lite")


class LiteServer:
    """One `milvus-lite server` process over a data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.uri = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> None:
        self.proc = subprocess.Popen(
            [MILVUS_LITE, "server", "--data-dir", str(self.data_dir), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
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
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=15)
        if self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None


def lite_available() -> bool:
    return Path(MILVUS_LITE).exists()


@pytest.fixture(scope="session")
def milvus_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """$MILVUS_URI when set (a real Milvus), else a milvus-lite server started for this session."""
    env = os.environ.get("MILVUS_URI")
    if env:
        yield env
        return
    if not lite_available():
        pytest.skip("milvus-lite is not installed; install the extra: pip install 'citeqa[milvus]'")
    server = LiteServer(tmp_path_factory.mktemp("milvus-lite"))
    server.start()
    try:
        yield server.uri
    finally:
        server.stop()


@pytest.fixture(scope="session")
def collection_name() -> Iterator[Callable[[str], str]]:
    """Fresh collection names (prefix + random suffix); their collections are dropped at session end."""
    made: list[tuple[str, str]] = []

    def make(prefix: str) -> str:
        name = f"t_{prefix}_{uuid.uuid4().hex[:8]}"
        made.append((prefix, name))
        return name

    yield make
    uri = os.environ.get("MILVUS_URI")
    if uri and made:  # a shared Milvus: leave nothing behind (milvus-lite's directory is deleted anyway)
        from indexer.milvus_collections import Collections
        from indexer.milvus_store import MilvusConfig

        for _, name in made:
            Collections(MilvusConfig(uri=uri, collection=name)).drop()
