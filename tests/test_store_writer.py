"""`citeqa index` as one writer among others: it reads, prepares and embeds with no lock held and merges each
batch into the latest commit under the lock — so a server's upload during a long run succeeds at once, both
sets of documents are kept, and a run killed mid-way leaves a valid index holding the batches it committed.

Real processes throughout: `citeqa index` and `citeqa check` as subprocesses, servers forked from the zygote
(the real app and store). What makes the encode phase observable is the run's own first commit.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from indexer.store import read_index, read_manifest
from tests.conftest import CITEQA
from tests.zygote import Zygote, zygote_fixture  # noqa: F401 — the fixture

DOCS = 24
EVERY = 3  # --commit-every: batches of 3, growing when commits are slow


def _folder(tmp_path: Path) -> list[str]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(DOCS):
        (folder / f"w{i:02d}.txt").write_text(
            f"人才驿站建设情况{i}\n某县第{i}号人才驿站建成投用,为来访的第{i}批高层次人才提供住宿和办公场所。",
            encoding="utf-8",
        )
    return [f"w{i:02d}" for i in range(DOCS)]


def _start_index(folder: Path, index: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [CITEQA, "index", str(folder), "--index", str(index), "--commit-every", str(EVERY)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_documents(index: Path, at_least: int, run: subprocess.Popen[str]) -> int:
    """Poll the committed manifest until it counts ``at_least`` documents; fails if the run ends first."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        count = int(read_manifest(index)["counts"]["documents"])
        if count >= at_least:
            return count
        if run.poll() is not None:
            pytest.fail(f"`citeqa index` ended (status {run.returncode}) before it committed a batch")
        time.sleep(0.02)
    pytest.fail("`citeqa index` committed nothing in 10 minutes")


def test_upload_during_an_index_run_succeeds_at_once_and_both_are_kept(
    zygote: Zygote, seed_index: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    shutil.copytree(seed_index, index)
    seeds = {d.doc_id for d in read_index(index).documents}
    names = _folder(tmp_path)
    pid, url = zygote.serve(index)
    run = _start_index(tmp_path / "docs", index)
    try:
        _wait_for_documents(index, len(seeds) + EVERY, run)  # the run is now embedding its next batch
        text = "服务器上传的文档\n某区建成人才公寓300套,服务青年人才。"
        response = httpx.post(url + "/documents", json={"text": text, "doc_id": "uploaded"}, timeout=300)
        assert response.status_code == 201, response.text
        # answered while the run still goes on: the upload did not wait for the run's lock
        assert run.poll() is None
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        assert f"added {DOCS}, updated 0" in err
        expected = seeds | set(names) | {"uploaded"}
        assert {d.doc_id for d in read_index(index).documents} == expected
        listed = httpx.get(url + "/documents", timeout=60).json()["documents"]
        assert {d["doc_id"] for d in listed} == expected
        hits = httpx.post(url + "/search", json={"query": "人才公寓300套", "mode": "bm25"}, timeout=60).json()
        assert hits["results"][0]["doc_id"] == "uploaded"
    finally:
        if run.poll() is None:
            run.kill()
            run.communicate()
        zygote.kill(pid)


def test_a_killed_index_run_leaves_a_valid_index_with_its_committed_batches(
    seed_index: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    shutil.copytree(seed_index, index)
    seeds = {d.doc_id for d in read_index(index).documents}
    names = _folder(tmp_path)
    run = _start_index(tmp_path / "docs", index)
    try:
        _wait_for_documents(index, len(seeds) + 2 * EVERY, run)
    finally:
        run.kill()  # SIGKILL, mid-run: no handler, no cleanup
        run.communicate()
    assert run.returncode == -9, "the run had finished before it was killed"

    check = subprocess.run([CITEQA, "check", "--index", str(index)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    held = [d.doc_id for d in read_index(index).documents]
    kept = [d for d in held if d not in seeds]
    assert set(held) >= seeds
    # whole batches, in the folder's order: the earlier ones, none of the later ones
    assert len(kept) % EVERY == 0 and 2 * EVERY <= len(kept) < DOCS
    assert kept == names[: len(kept)]

    rerun = subprocess.run(
        [CITEQA, "index", str(tmp_path / "docs"), "--index", str(index)], capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"added {DOCS - len(kept)}, updated 0, unchanged {len(kept)}" in rerun.stderr
    assert {d.doc_id for d in read_index(index).documents} == seeds | set(names)
