"""A rebuild on the Milvus backend (`citeqa index PATHS --backend milvus --rebuild`) keeps what the embedded
store's rebuild keeps: every document that is no file under the paths it indexes — uploads, other folders'
documents — re-chunked from its stored text with the rebuild's settings; a file of those paths that is gone
is gone (tests/test_ingest_cli.py holds the embedded store's twin)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from indexer import milvus_admin, milvus_index
from indexer.backend import StoreConfig, check_store
from indexer.ingest import ingest_text
from indexer.milvus_collections import Collections
from indexer.milvus_index import index_paths_milvus
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.settings import DEFAULTS, PROJECT_ROOT, CommitPolicy
from tests.conftest import SEEDS, KeywordEncoder
from tests.milvus.test_milvus_recover import REBUILD_CHILD

UPLOAD = "网页上传的说明：见习补贴每人每月两千元。"


def test_a_milvus_rebuild_keeps_uploads_and_other_folders(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("rebuild_keeps"))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        (seeds / f.name).write_bytes(f.read_bytes())
    gone = "这份文件之后会被删掉：临时通知，补贴标准为每人三百元。"
    (seeds / "gone.txt").write_text(gone, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    report = "用户另行索引的报告：本单位人才补贴五万元，申请截止到十二月底。"
    (other / "report.txt").write_text(report, encoding="utf-8")

    def encoder(_model: str) -> KeywordEncoder:
        return KeywordEncoder()

    old = replace(DEFAULTS, chunking=replace(DEFAULTS.chunking, min_chars=60, tail_chars=60))
    index_paths_milvus(config, [seeds], encoder, old)
    index_paths_milvus(config, [other], encoder, old)
    writer = MilvusRetriever(config, encoder=KeywordEncoder())
    writer.add([ingest_text(UPLOAD, "myupload", writer.settings)])
    (seeds / "gone.txt").unlink()

    version = MilvusRetriever(config).stats().version
    made = index_paths_milvus(config, [seeds], encoder, DEFAULTS, rebuild=True)

    after = MilvusRetriever(config, encoder=KeywordEncoder())
    ids = sorted(d.doc_id for d in after.data.documents)
    assert ids == sorted([*(f.stem for f in seeds.glob("*.txt")), "report", "myupload"])
    assert after.settings.chunking.min_chars == DEFAULTS.chunking.min_chars
    assert after.stats().version > version  # (went back to a small number: readers cache on it)
    assert (made.documents, made.passages) == (after.stats().documents, after.stats().passages)
    found = after.document("myupload")
    assert found is not None and found[1] == UPLOAD
    assert after.document("report") is not None
    assert after.search("见习补贴", 1, "bm25")[0].doc_id == "myupload"
    # a second rebuild keeps them again, and nothing is doubled
    index_paths_milvus(config, [seeds], encoder, DEFAULTS, rebuild=True)
    again = MilvusRetriever(config, encoder=KeywordEncoder())
    assert sorted(d.doc_id for d in again.data.documents) == ids
    assert again.stats().passages == after.stats().passages


def test_writes_made_while_a_rebuild_copies_are_kept(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A probe: uploads, deletes and updates a server made in the seconds between the rebuild's copy of the
    live documents and its swap were acknowledged, then lost (the deleted came back, the updated reverted,
    the added vanished). Now the copy is made again, under the writer lease, before the swap. Here the
    writes are made right after the first copy, as a server would make them."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("rebuild_race"))
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("天枢星人才驿站管理办法：为来访人才提供短期免费住宿。", encoding="utf-8")

    def encoder(_model: str) -> KeywordEncoder:
        return KeywordEncoder()

    index_paths_milvus(config, [folder], encoder, DEFAULTS)
    writer = MilvusRetriever(config, encoder=KeywordEncoder())
    texts = {
        "gone": "之后会被删除的上传：北斗星人才公寓试行办法。",
        "changed": "之后会被修改的上传：紫微星专项资金每人五万元。",
        "kept": "不变的上传：太白星青年驿站提供一周住宿。",
    }
    writer.add([ingest_text(text, doc_id, writer.settings) for doc_id, text in texts.items()])
    first = milvus_index._carry_over
    calls: list[int] = []

    def copy_then_write(*args: Any) -> dict[str, str]:
        out = first(*args)
        if not calls:  # the server's writes, after the first copy and before the lease is taken
            writer.delete(["gone"])
            writer.add([ingest_text("修改后的上传：紫微星专项资金每人八万元。", "changed", writer.settings)])
            writer.add([ingest_text("重建期间新上传：天璇星人才夜校每周开课。", "new", writer.settings)])
        calls.append(len(out))
        return out

    monkeypatch.setattr(milvus_index, "_carry_over", copy_then_write)
    index_paths_milvus(config, [folder], encoder, DEFAULTS, rebuild=True)
    after = MilvusRetriever(config, encoder=KeywordEncoder())
    assert sorted(d.doc_id for d in after.data.documents) == ["a", "changed", "kept", "new"]
    assert calls == [3, 3]  # gone, changed and kept copied; then changed again and new, gone deleted
    changed = after.document("changed")
    assert changed is not None and changed[1] == "修改后的上传：紫微星专项资金每人八万元。"
    assert "gone" not in {h.doc_id for h in after.search("北斗星人才公寓", 5, "bm25")}
    assert after.stats().documents == 4


def test_a_dropped_index_does_not_come_back_from_a_killed_rebuild(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    """A probe: `milvus_admin drop` left a killed rebuild's copy (`<name>_rebuilding_*`), and the next
    `citeqa index` took it for a swap cut short and brought the dropped documents back."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("dropped"))
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("天枢星人才驿站管理办法：为来访人才提供短期免费住宿。", encoding="utf-8")
    index_paths_milvus(config, [folder], lambda _m: KeywordEncoder(), DEFAULTS)
    staging = Collections(config.staging())  # a rebuild killed while staging: its copy left aside
    MilvusRetriever.create(config.staging(), DEFAULTS, KeywordEncoder(), client=staging.client).add(
        [ingest_text("被删除索引的残留：北斗星人才公寓试行办法。", "leftover", DEFAULTS)]
    )
    args = ["drop", "--uri", config.uri, "--collection", config.collection]
    assert milvus_admin.main(args) == 0
    assert not Collections(config).exists() and not staging.exists()
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text("新索引的文件：太白星青年驿站提供一周住宿。", encoding="utf-8")
    index_paths_milvus(config, [other], lambda _m: KeywordEncoder(), DEFAULTS)
    assert [d.doc_id for d in MilvusRetriever(config, encoder=KeywordEncoder()).data.documents] == ["b"]


def _cut_short(config: MilvusConfig, tmp_path: Path) -> MilvusRetriever:
    """An index holding the upload "old", whose rebuild from a folder holding c.txt died (SIGKILL) right
    after its first rename: the statistics are gone, only the staging copy holds them. The retriever opened
    before the rebuild."""
    opened = MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
    opened.add([ingest_text("旧索引：北斗星人才公寓试行办法。", "old", DEFAULTS)])
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "c.txt").write_text("新索引：太白星青年驿站提供一周住宿。", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    args = [config.uri, config.collection, str(folder), "rename_collection", "_rebuilding_passages"]
    done = subprocess.run(
        [sys.executable, "-c", REBUILD_CHILD, *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert not Collections(config).exists()
    return opened


def test_a_server_starts_on_a_swap_cut_short(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    """A probe: Milvus killed in the middle of a rebuild's swap (its statistics dropped, the new ones not yet
    renamed in) left an index whose data was intact, which the next CLI command completes — but `citeqa
    serve` checked for the statistics first and refused to start ("no citeqa index … build one"). Its check
    completes the swap now. (Here the rebuilding child dies right after its first rename.)"""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("cut_short"))
    _cut_short(config, tmp_path)
    check_store(StoreConfig(backend="milvus", milvus=config))  # (raised IndexFormatError)
    served = MilvusRetriever(config, encoder=KeywordEncoder())
    assert sorted(d.doc_id for d in served.data.documents) == ["c", "old"]  # (the upload carried over)


def test_a_reader_waits_for_a_swap(milvus_uri: str, collection_name: Callable[[str], str]) -> None:
    """A probe: during every rebuild's swap (the old statistics dropped, the new ones renamed in last) a
    search or an upload answered 503 "collection … does not exist". A reader of the statistics waits for the
    swap now (up to SWAP_RETRIES × SWAP_WAIT seconds)."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("swap_gap"))
    live = MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
    live.add([ingest_text("旧索引：北斗星人才公寓试行办法。", "old", DEFAULTS)])
    staged = MilvusRetriever.create(config.staging(), DEFAULTS, KeywordEncoder(), client=live.cols.client)
    staged.add([ingest_text("新索引：太白星青年驿站提供一周住宿。", "new", DEFAULTS)])
    staged.add([ingest_text("新索引：天璇星人才夜校每周开课。", "new2", DEFAULTS)])
    cols, client = live.cols, live.cols.client
    client.drop_collection(config.stats)  # the swap has begun

    def finish() -> None:
        time.sleep(1.0)
        cols.swap_in(Collections(config.staging(), client))

    swapper = threading.Thread(target=finish)
    swapper.start()
    try:
        assert cols.stats().documents == 2  # (raised BackendUnavailableError: does not exist)
    finally:
        swapper.join()


def test_commit_every_writes_batches_as_they_come(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    """A probe: `citeqa index --commit-every N` was ignored on Milvus — every document was read and chunked
    first, then written 256 at a time, so a run killed before 256 kept nothing. Now a batch is written every
    N documents (or 60 s) as they come: when each batch is embedded, the index holds the batches before."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("commit_every"))
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(7):
        (folder / f"d{n}.txt").write_text(
            f"第{n}号通知：天枢星人才驿站第{n}期为来访人才提供住宿。", encoding="utf-8"
        )
    held: list[int] = []

    class Watching(KeywordEncoder):
        def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
            cols = Collections(config)
            held.append(cols.stats().documents if cols.exists() else 0)
            return super().encode_passages(texts)

    policy = CommitPolicy(documents=3)
    made = index_paths_milvus(config, [folder], lambda _m: Watching(), DEFAULTS, policy=policy, workers=0)
    assert (len(made.added), made.documents) == (7, 7)
    # three batches of 3, 3 and 1 documents (each embedded as passages, then as sentences), each written
    # before the next is embedded
    assert list(dict.fromkeys(held)) == [0, 3, 6]


def test_a_running_server_completes_a_swap_cut_short(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    """A probe: after Milvus was killed mid-swap, servers already running answered 503 until someone ran a
    CLI command. A reader whose statistics stay missing past the swap's wait completes the swap itself."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("cut_short_running"))
    running = _cut_short(config, tmp_path)
    assert running.stats().documents == 2  # (raised BackendUnavailableError: does not exist)
    assert sorted(d.doc_id for d in running.data.documents) == ["c", "old"]
