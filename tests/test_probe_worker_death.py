"""A worker process preparing documents dies (the OOM killer, a reader crashing on a malformed file, a
SIGKILL): the run goes on. What the dead worker was preparing is prepared again, one document at a time; a
document that ends its worker again is skipped, named in one line; the rest are indexed. Real deaths, no
mocks: a source whose reading crashes its process (SIGSEGV), and `citeqa index` whose worker is SIGKILLed.
A probe had found a traceback (concurrent.futures.process.BrokenProcessPool) ending the run."""

from __future__ import annotations

import ctypes
import faulthandler
import os
import resource
import signal
import subprocess
import time
from pathlib import Path, PosixPath

from indexer.ingest import Staged
from indexer.load import DocumentError
from indexer.pipeline import IN_PROCESS_BELOW, TASK_DOCS, stage_stream
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from indexer.sources import Source
from tests.conftest import CITEQA


class CrashingPath(PosixPath):
    """A file whose reading crashes the process reading it, as a C reader's segfault on a malformed file
    does (pickled to the worker as itself: PurePath.__reduce__ keeps the class)."""

    def read_bytes(self) -> bytes:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file
        faulthandler.disable()  # (pytest's would print this process's stack)
        ctypes.string_at(0)  # SIGSEGV
        raise AssertionError("unreachable")


def _text(i: int) -> str:
    return (
        f"第{i}号通知\n运城市第{i}批人才编制周转池，拿出{i * 3}个事业编制，专门用于引进第{i}类高层次人才。\n"
    )


def _folder(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = [folder / f"d{i:03d}.txt" for i in range(count)]
    for i, path in enumerate(paths):
        path.write_text(_text(i), encoding="utf-8")
    return paths


def test_a_document_that_ends_its_worker_is_skipped_and_the_rest_prepared_in_order(tmp_path: Path) -> None:
    count = IN_PROCESS_BELOW + 3 * TASK_DOCS  # a pool, several tasks lost with the one that died
    paths = _folder(tmp_path / "docs", count)
    crashing = {TASK_DOCS + 4, 3 * TASK_DOCS + 9}  # inside a task, not its first; two deaths, two pools
    sources = [
        Source(
            name=path.name,
            doc_id=f"d{i}",
            path=CrashingPath(path) if i in crashing else path,
        )
        for i, path in enumerate(paths)
    ]

    outcomes = list(stage_stream(sources, DEFAULTS, workers=2))

    assert [o.name for o in outcomes] == [p.name for p in paths]  # every source once, in input order
    for i, outcome in enumerate(outcomes):
        if i in crashing:
            assert isinstance(outcome, DocumentError)
            assert outcome.reason == (
                "its preparation ended the worker process (killed by SIGSEGV; out of memory, or a reader "
                "crashing on it?)"
            )
        else:
            assert isinstance(outcome, Staged), outcome
            assert outcome.prepared.text.startswith(f"第{i}号通知")


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:  # the thread ended
            pass
    return out


def _worker_of(pid: int) -> int | None:
    """A pool worker of ``pid``: a forked child, running what its parent runs."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        for child in _children(pid):
            if Path(f"/proc/{child}/cmdline").read_bytes() == cmdline:
                return child
    except OSError:  # it ended meanwhile
        pass
    return None


def test_citeqa_index_goes_on_when_its_worker_is_killed(tmp_path: Path) -> None:
    count = 160
    _folder(tmp_path / "docs", count)
    index = tmp_path / "index"
    with (tmp_path / "stderr").open("w+") as err:
        run = subprocess.Popen(
            [CITEQA, "index", str(tmp_path / "docs"), "--index", str(index)],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        try:
            deadline = time.monotonic() + 120
            worker = None
            while worker is None and run.poll() is None and time.monotonic() < deadline:
                worker = _worker_of(run.pid)
                time.sleep(0.01)
            assert worker is not None, "the run ended before its worker could be killed: use more documents"
            os.kill(worker, signal.SIGKILL)
            code = run.wait(timeout=600)
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
        err.seek(0)
        stderr = err.read()

    assert "Traceback" not in stderr and "BrokenProcessPool" not in stderr, stderr
    assert code == 0, stderr
    lines = stderr.strip().splitlines()
    # the kill came while documents were in the worker's hands (else this run proves nothing)
    assert any("a worker process preparing documents ended; the " in line for line in lines), stderr
    assert not [line for line in lines if line.startswith("skipped")], stderr
    assert f"{count} documents" in lines[-1]
    assert f"(added {count}, updated 0, unchanged 0, duplicates 0, skipped 0)" in lines[-1]
    documents = Retriever(index).data.documents
    assert sorted(d.title or "" for d in documents) == sorted(f"第{i}号通知" for i in range(count))
