"""Fault injection at every step of a commit (issue 10): the k-th create / write / fsync / rename fails, for
every k, either as an error the writer sees (and rolls back) or as a crash (nothing after it reaches the
disk). The index then holds the old state or the new one; the next write succeeds and leaves no leftovers."""

from __future__ import annotations

import errno
import os
import re
import shutil
import sys
import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import pytest

import indexer.disk
from indexer.build import add_documents, empty_index, index_paths, prepare
from indexer.disk import Disk
from indexer.lock import IndexBusyError, IndexGoneError, write_lock
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS, CommitPolicy
from indexer.store import read_index, read_manifest, write_index
from indexer.update import encode, merge
from tests.conftest import KeywordEncoder
from tests.test_store import RECORDS

SETTINGS = DEFAULTS.with_model("keywords")
NEW_DOC = "天桥区人才公寓\n天桥区建成2112套人才公寓,打造人才社区。"
STEPS = ("create", "write", "fsync", "rename")


class NoSyncDisk(Disk):
    """The real file system without fsync: a process crash (not a power cut) is what these tests simulate,
    and fsync only matters for the latter — skipping it keeps hundreds of commits fast."""

    def fsync(self, handle: BinaryIO) -> None:
        handle.flush()

    def fsync_dir(self, path: Path) -> None:
        pass


class FaultyDisk(NoSyncDisk):
    """Fails the k-th step of one kind; with ``crash`` every later step fails too, as if the process died."""

    def __init__(self, kind: str = "", k: int = 0, crash: bool = False) -> None:
        self.kind, self.k, self.crash = kind, k, crash
        self.counts: Counter[str] = Counter()
        self.dead = False

    def _step(self, kind: str) -> None:
        if self.dead:
            raise OSError(errno.EIO, "process is dead")
        self.counts[kind] += 1
        if kind == self.kind and self.counts[kind] == self.k:
            self.dead = self.crash
            raise OSError(errno.EIO, f"injected failure of {kind} #{self.k}")

    def create(self, path: Path) -> BinaryIO:
        self._step("create")
        return super().create(path)

    def mkdir(self, path: Path) -> None:
        self._step("create")
        super().mkdir(path)

    def write(self, handle: BinaryIO, data: bytes) -> None:
        self._step("write")
        super().write(handle, data)

    def fsync(self, handle: BinaryIO) -> None:
        self._step("fsync")

    def fsync_dir(self, path: Path) -> None:
        self._step("fsync")

    def rename(self, src: Path, dst: Path) -> None:
        self._step("rename")
        super().rename(src, dst)

    def replace(self, src: Path, dst: Path) -> None:
        self._step("rename")
        super().replace(src, dst)

    def remove(self, path: Path) -> None:
        if self.dead:
            raise OSError(errno.EIO, "process is dead")
        super().remove(path)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index_dir = tmp_path_factory.mktemp("faults") / "idx"
    docs = [prepare(text, doc_id, SETTINGS, title=title) for doc_id, title, text in RECORDS]
    write_index(index_dir, add_documents(empty_index(SETTINGS, KeywordEncoder.dim), docs, KeywordEncoder()))
    return index_dir


def doc_ids(index_dir: Path) -> list[str]:
    return [d.doc_id for d in read_index(index_dir).documents]


def step_counts(pristine: Path, tmp_path: Path) -> Counter[str]:
    index_dir = tmp_path / "count"
    shutil.copytree(pristine, index_dir)
    disk = FaultyDisk()
    retriever = Retriever(index_dir, encoder=KeywordEncoder(), disk=disk)
    retriever.add([prepare(NEW_DOC, "d4", retriever.settings)])
    return disk.counts


def test_a_failure_at_any_step_leaves_old_or_new_and_the_next_write_succeeds(
    pristine: Path, tmp_path: Path
) -> None:
    counts = step_counts(pristine, tmp_path)
    # every step of a commit: one file per array/text/JSON plus the manifest, each written and fsynced
    assert counts["create"] == 18 and counts["fsync"] == 20 and counts["rename"] == 2
    assert counts["write"] >= 27
    old, new = ["a1", "b2", "c3"], ["a1", "b2", "c3", "d4"]
    outcomes: Counter[str] = Counter()
    for kind in STEPS:
        for k in range(1, counts[kind] + 1):
            for crash in (False, True):
                index_dir = tmp_path / f"{kind}-{k}-{crash}"
                shutil.copytree(pristine, index_dir)
                retriever = Retriever(index_dir, encoder=KeywordEncoder(), disk=FaultyDisk(kind, k, crash))
                with pytest.raises(OSError, match=r"injected failure|process is dead"):
                    retriever.add([prepare(NEW_DOC, "d4", retriever.settings)])
                state = doc_ids(index_dir)
                assert state in (old, new), (kind, k, crash)
                outcomes["new" if state == new else "old"] += 1
                # the next writer (a new process) opens, cleans up and commits
                again = Retriever(index_dir, encoder=KeywordEncoder(), disk=NoSyncDisk())
                assert [d.doc_id for d in again.data.documents] == state
                again.add([prepare("盐湖区人才驿站\n盐湖区设立人才驿站3处。", "e5", again.settings)])
                assert doc_ids(index_dir) == [*state, "e5"], (kind, k, crash)
                entries = sorted(p.name for p in index_dir.iterdir())
                assert entries == [f"g{again.data.generation:06d}", "manifest.json", "write.lock"]
                shutil.rmtree(index_dir)
    # only a failure of the last fsync (after the manifest is replaced) leaves the new state
    assert outcomes == {"old": 2 * (sum(counts[k] for k in STEPS) - 1), "new": 2}


def test_merging_prepared_rows_equals_adding_the_documents(pristine: Path) -> None:
    """The write path encodes outside the lock and merges under it; the result is what add_documents gives."""
    base = read_index(pristine)
    docs = [
        prepare(NEW_DOC, "d4", SETTINGS),
        prepare("盐湖区省校合作\n盐湖区新增高校合作项目12个。", "b2", SETTINGS),  # replaces b2
    ]
    merged = merge(base, encode(docs, base.settings, KeywordEncoder()))
    added = add_documents(base, docs, KeywordEncoder())
    assert [d.doc_id for d in merged.documents] == ["a1", "c3", "d4", "b2"]
    assert [d.doc_id for d in added.documents] == [d.doc_id for d in merged.documents]
    assert merged.bm25.vocab == added.bm25.vocab
    assert (merged.bm25.tf != added.bm25.tf).nnz == 0
    for name in ("keys", "doc_rows", "starts", "ends", "ordinals", "vectors"):
        np.testing.assert_array_equal(getattr(merged, name), getattr(added, name))
    assert merged.next_key == added.next_key == 5


def test_a_second_writer_waits_then_fails_naming_the_holder(pristine: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "locked"
    shutil.copytree(pristine, index_dir)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with write_lock(index_dir):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(30)
        retriever = Retriever(index_dir, encoder=KeywordEncoder(), disk=NoSyncDisk(), lock_timeout=0.3)
        # this process holds it: its pid and command line (pytest's, or an xdist worker's "-c")
        command = " ".join(sys.argv)
        holder_named = f"being written by another process (pid {os.getpid()}: {command}, writing since"
        with pytest.raises(IndexBusyError, match=re.escape(holder_named)):
            retriever.delete(["a1"])
        assert doc_ids(index_dir) == ["a1", "b2", "c3"]
    finally:
        release.set()
        holder.join()
    assert retriever.delete(["a1"]) == 1  # free again
    assert doc_ids(index_dir) == ["b2", "c3"]


def gone(index_dir: Path) -> str:
    return (
        f"the index at {index_dir} is gone (moved or deleted while this process was using it); nothing more "
        "was written — pass --index with its new place (restart a server so) and write again"
    )


def test_a_write_to_an_index_moved_away_is_refused_and_leaves_no_folder(
    pristine: Path, tmp_path: Path
) -> None:
    """A fault probe: a server's upload after its index folder was moved made an empty folder holding only
    write.lock at the old path, then failed with 'no index at …; build one with: citeqa index …'."""
    index_dir, moved = tmp_path / "old", tmp_path / "new"
    shutil.copytree(pristine, index_dir)
    retriever = Retriever(index_dir, encoder=KeywordEncoder(), disk=NoSyncDisk())
    index_dir.rename(moved)
    with pytest.raises(IndexGoneError) as refused:
        retriever.add([prepare(NEW_DOC, "d4", retriever.settings)])
    assert str(refused.value) == gone(index_dir)
    with pytest.raises(IndexGoneError):
        retriever.delete(["a1"])
    assert not index_dir.exists()
    assert doc_ids(moved) == ["a1", "b2", "c3"]
    assert [hit.doc_id for hit in retriever.search("运城市人才", k=1, mode="bm25")] == ["a1"]  # still served
    Retriever(moved, encoder=KeywordEncoder(), disk=NoSyncDisk()).delete(["a1"])
    assert doc_ids(moved) == ["b2", "c3"]


class MovingEncoder(KeywordEncoder):
    """Moves the index folder away once the run has committed a batch (as a user's `mv` would)."""

    def __init__(self, index_dir: Path, to: Path) -> None:
        super().__init__()
        self.index_dir, self.to = index_dir, to

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        if (self.index_dir / "manifest.json").exists():
            self.index_dir.rename(self.to)
        return super().encode_passages(texts)


def test_an_index_run_whose_index_is_moved_away_stops_there(tmp_path: Path) -> None:
    """A fault probe: `citeqa index` went on after its index was moved, started a second index at the old
    path with the later batches and reported all of them as added there."""
    folder, index_dir, moved = tmp_path / "docs", tmp_path / "old", tmp_path / "new"
    folder.mkdir()
    for doc_id, _, text in RECORDS:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    encoder = MovingEncoder(index_dir, moved)
    with pytest.raises(IndexGoneError) as refused:
        index_paths(
            [folder], index_dir, lambda _: encoder, SETTINGS, policy=CommitPolicy(documents=1), workers=1
        )
    assert str(refused.value) == gone(index_dir)
    assert not index_dir.exists()
    assert doc_ids(moved) == ["a1"]


def test_a_reader_whose_generation_is_removed_mid_read_gets_the_next_commit(
    pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock-free reader (`citeqa index`, a server following commits) checks the vectors' size, then maps
    them; if a writer commits and removes that generation in between, the reader reads the new commit."""
    index_dir = tmp_path / "idx"
    shutil.copytree(pristine, index_dir)
    old_generation = index_dir / read_manifest(index_dir)["generation"]
    real_load = indexer.disk.np.load
    writes: list[Path] = []

    def load_after_a_commit(path: Path, *args: Any, **kwargs: Any) -> Any:
        if not writes:  # the first mapping: another writer commits and cleans up first
            writes.append(path)
            writer = Retriever(index_dir, encoder=KeywordEncoder())
            writer.add([prepare(NEW_DOC, "d4", writer.settings)])
            shutil.rmtree(old_generation, ignore_errors=True)
        return real_load(path, *args, **kwargs)

    monkeypatch.setattr(indexer.disk.np, "load", load_after_a_commit)
    data = read_index(index_dir)
    assert Path(writes[0]).parent == old_generation
    assert [d.doc_id for d in data.documents] == [*doc_ids(pristine), "d4"]
    assert read_manifest(index_dir)["generation"] != old_generation.name
