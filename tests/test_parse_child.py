"""The child that parses an upload, when the server that started it is gone (SIGKILL mid-upload): it must
end quietly. Before the fix its answer hit a closed pipe and it printed two chained BrokenPipeError
tracebacks into the server's stderr (seen 9 times in 22 kills of eval/probe_messy/kill_serve.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# The child's code runs in its own interpreter, as in the server: _work caps its address space (RLIMIT_AS),
# which must not happen to the test process.
SCRIPT = """
import multiprocessing, sys
from pathlib import Path
from indexer.store import read_index
from server.ingest import Upload, _work
receiver, sender = multiprocessing.Pipe(duplex=False)
receiver.close()  # the server is gone
upload = Upload(name=sys.argv[2], data=sys.argv[3].encode("utf-8"), suffix=sys.argv[4] or None, doc_id="a1")
_work(sender, upload, read_index(Path(sys.argv[1])).settings, 2 * 1024**3)
print("ended")
"""


@pytest.mark.parametrize(
    ("name", "text", "suffix"),
    [("a1", "临汾市人才公寓建设第一期。", ""), ("a1.docx", "not a docx", ".docx")],
    ids=["parsed", "refused"],
)
def test_a_parse_child_whose_server_is_gone_ends_quietly(
    seed_index: Path, name: str, text: str, suffix: str
) -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(seed_index), name, text, suffix],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert (run.returncode, run.stdout, run.stderr) == (0, "ended\n", "")


HOOK = """
import sys
import server.forkserver_quiet
for exc in (EOFError("Ran out of input"), BrokenPipeError(32, "Broken pipe"), ValueError("real")):
    try:
        raise exc
    except Exception:
        sys.excepthook(*sys.exc_info())
"""


def test_the_forkserver_drops_only_the_errors_of_a_server_gone_mid_handoff() -> None:
    # multiprocessing's forkserver reports a child that failed to start through sys.excepthook
    run = subprocess.run(
        [sys.executable, "-c", HOOK], capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT)}
    )
    assert (run.returncode, run.stderr.splitlines()[0], run.stderr.splitlines()[-1]) == (
        0,
        "Traceback (most recent call last):",
        "ValueError: real",
    )
    assert "EOFError" not in run.stderr and "BrokenPipeError" not in run.stderr
