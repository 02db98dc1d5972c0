"""The real `citeqa` CLI for tests/web/: its path, and `citeqa serve` of an index on a free port of
127.0.0.1, stopped by its pid."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from eval.child import free_port, stop_child
from tests.web.ui import ROOT


def citeqa_cli() -> str:
    beside = Path(sys.executable).with_name("citeqa")
    if beside.is_file():
        return str(beside)
    found = shutil.which("citeqa") or str(ROOT / ".venv" / "bin" / "citeqa")
    return found


def index_folder(docs: Path, index: Path) -> Path:
    """``docs`` indexed into ``index`` by the real CLI (the test fails with its stderr if it fails)."""
    done = subprocess.run(
        [citeqa_cli(), "index", str(docs), "--index", str(index)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return index


@contextmanager
def serve_index(index_dir: Path, log_dir: Path, env_extra: dict[str, str]) -> Iterator[str]:
    """The real server as a subprocess on a free port; stopped by its pid whatever happens."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = log_dir / "serve.log"
    # Only --index says which index to serve, and only env_extra says which keys: inherited CITEQA_INDEX or
    # key settings must not stand in for them.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CITEQA_INDEX", "CITEQA_API_KEYS", "CITEQA_READ_REQUIRES_KEY")
    }
    env.update(env_extra)
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [citeqa_cli(), "serve", "--host", "127.0.0.1", "--port", str(port), "--index", str(index_dir)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            deadline = time.monotonic() + 180
            while True:
                if proc.poll() is not None:
                    pytest.fail(
                        f"citeqa serve exited with {proc.returncode}:\n{log_path.read_text()[-4000:]}"
                    )
                try:
                    with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"citeqa serve did not answer /healthz in 180 s:\n{log_path.read_text()[-4000:]}"
                    )
                time.sleep(0.25)
            yield url
        finally:
            stop_child(proc)
