"""Writers racing on one index (issue 10): two `citeqa index` runs and two servers write at the same time —
every pairing at once (two CLI runs; CLI + server; two servers). Every acknowledged document is present at
the end, in both servers (they follow each other's commits) and on disk."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx
import psutil

from indexer.lock import LOCK_FILE, write_lock
from indexer.store import read_index
from tests.conftest import CITEQA
from tests.zygote import Zygote, zygote_fixture  # noqa: F401 — the fixture


def test_two_cli_runs_and_two_servers_lose_nothing(zygote: Zygote, seed_index: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    shutil.copytree(seed_index, index)
    folders = []
    for name in ("cli_a", "cli_b"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(2):
            (folder / f"{name}_{i}.txt").write_text(
                f"{name}文档{i}\n某区设立人才驿站{i}处,为{name}来访人才提供住宿。", encoding="utf-8"
            )
        folders.append(folder)
    servers = [zygote.serve(index), zygote.serve(index)]
    acknowledged: list[str] = []
    failures: list[str] = []

    def upload(n: int, url: str) -> None:
        with httpx.Client(timeout=180) as http:
            for i in range(4):
                doc_id = f"s{n}_{i}"
                text = f"服务器{n}文档{i}\n某区建成人才公寓{i}套。"
                r = http.post(url + "/documents", json={"text": text, "doc_id": doc_id})
                if r.status_code == 201:
                    acknowledged.append(doc_id)
                else:
                    failures.append(f"{doc_id}: {r.status_code} {r.text[:200]}")

    clis = start_index_runs(folders, ["--index", str(index)])
    threads = [threading.Thread(target=upload, args=(n, url)) for n, (_, url) in enumerate(servers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    for cli in clis:
        _, err = cli.communicate(timeout=300)
        assert cli.returncode == 0, err
    assert not failures, failures
    assert sorted(acknowledged) == [f"s{n}_{i}" for n in (0, 1) for i in range(4)]
    expected = {"cli_a_0", "cli_a_1", "cli_b_0", "cli_b_1", *acknowledged}
    seeds = {d.doc_id for d in read_index(seed_index).documents}
    for pid, url in servers:
        listed = {d["doc_id"] for d in httpx.get(url + "/documents", timeout=60).json()["documents"]}
        assert listed == seeds | expected
        zygote.kill(pid)
    assert {d.doc_id for d in read_index(index).documents} == seeds | expected


def start_index_runs(folders: Sequence[Path], flags: Sequence[str]) -> list[subprocess.Popen[str]]:
    """One `citeqa index FOLDER FLAGS...` process per folder, its stderr (progress and summary) kept."""
    return [
        subprocess.Popen(
            [CITEQA, "index", str(folder), *flags],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]


def finished_counts(runs: Sequence[subprocess.Popen[str]]) -> list[dict[str, int]]:
    """The summary counts of each run, once it has exited successfully."""
    counts = []
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        counts.append(summary_counts(err))
    return counts


def assert_shared_documents_added_once(held: set[str], counts: Sequence[dict[str, int]]) -> None:
    """What two runs over `overlapping_folders` that both read the index before either wrote leave: ``held``
    the documents added to the index, ``counts`` each run's summary counts."""
    # whichever committed first: shared_0, shared_1 and one of x_only / y_copy are added once, not twice
    assert held in (
        {"shared_0", "shared_1", "x_only", "y_only"},
        {"shared_0", "shared_1", "y_copy", "y_only"},
    )
    assert sum(c["added"] for c in counts) == len(held) == 4
    assert sum(c["unchanged"] for c in counts) == 2
    assert sum(c["duplicates"] for c in counts) == 1
    assert [c["updated"] for c in counts] == [0, 0]


def summary_counts(err: str) -> dict[str, int]:
    """The counts of a run's summary line: INDEX: … (added 1, updated 0, unchanged 2, …) in …"""
    line = next(line for line in err.splitlines() if " (added " in line)
    inside = line[line.index("(") + 1 : line.index(")")]
    return {word: int(n) for word, n in (part.split() for part in inside.split(", "))}


def overlapping_folders(tmp_path: Path) -> list[Path]:
    """Folders x and y: the same two documents (shared_0, shared_1), one of their own each, and in y x's own
    document under another name (y_copy)."""
    texts = {
        "shared_0": "共享文档甲\n某市设立人才服务中心,为来访人才提供咨询。",
        "shared_1": "共享文档乙\n某县建成人才公寓120套,服务青年人才。",
    }
    only_x = "甲目录独有\n某区开通人才绿色通道,办理时限压缩一半。"
    folders = {
        "x": {**texts, "x_only": only_x},
        "y": {**texts, "y_only": "乙目录独有\n某镇设立人才驿站3处。", "y_copy": only_x},
    }
    for name, files in folders.items():
        (tmp_path / name).mkdir()
        for stem, text in files.items():
            (tmp_path / name / f"{stem}.txt").write_text(text, encoding="utf-8")
    return [tmp_path / name for name in folders]


def test_overlapping_runs_report_what_the_other_added_as_unchanged_or_duplicate(
    seed_index: Path, tmp_path: Path
) -> None:
    """Both runs read the index before either commits (the test holds the write lock until both wait for
    it): the shared documents are added by one of them, and the other says so."""
    index = tmp_path / "index"
    shutil.copytree(seed_index, index)
    seeds = {d.doc_id for d in read_index(index).documents}
    folders = overlapping_folders(tmp_path)
    lock_file = str((index / LOCK_FILE).resolve())
    with write_lock(index):
        runs = start_index_runs(folders, ["--index", str(index)])
        # each run opens the lock file only to commit, after reading the index and embedding
        deadline = time.monotonic() + 600
        while not all(any(f.path == lock_file for f in psutil.Process(run.pid).open_files()) for run in runs):
            assert time.monotonic() < deadline and all(run.poll() is None for run in runs)
            time.sleep(0.05)
    counts = finished_counts(runs)
    held = {d.doc_id for d in read_index(index).documents} - seeds
    assert_shared_documents_added_once(held, counts)
