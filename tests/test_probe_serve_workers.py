"""`citeqa serve --workers N` is bounded by the machine (a probe: --workers 1000 on 2 cores spawned workers,
~140 MiB each before loading anything, until the kernel's OOM killer ended them — and other processes of the
machine). Past the bound: one line naming it, exit 2, nothing started. (The index named does not exist: the
check comes first, and a run of the unfixed code refuses the index instead of spawning a thousand workers.)"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from tests.conftest import CITEQA


def test_a_thousand_workers_are_refused_in_one_line(tmp_path: Path) -> None:
    run = subprocess.run(
        [CITEQA, "serve", "--workers", "1000", "--port", "0", "--index", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    said = re.fullmatch(
        r"citeqa serve: --workers 1000: this machine runs at most (\d+) \(4 per CPU core, within its free "
        r"memory at 256 MiB each\); pass 1 to \1\n",
        run.stderr,
    )
    assert said, run.stderr
    assert 1 <= int(said[1]) <= 4 * len(os.sched_getaffinity(0))


def test_the_bound_follows_the_cores_and_memory() -> None:
    from server.cli import WORKERS_PER_CORE, max_workers

    assert 1 <= max_workers() <= WORKERS_PER_CORE * len(os.sched_getaffinity(0))
