"""Child processes of the benchmarks and tests (servers, milvus-lite): a free loopback port to give one, and
stopping one through its own handle — never by name."""

from __future__ import annotations

import socket
import subprocess
from typing import Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_child(proc: subprocess.Popen[Any], timeout: float = 15) -> None:
    """Ask ``proc`` to exit (SIGTERM: a server finishes its requests and shuts down cleanly), and kill it
    if it has not within ``timeout`` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)
