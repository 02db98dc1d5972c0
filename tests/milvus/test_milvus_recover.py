"""A writer killed midway (SIGKILL of a real process, at an exact step of its write) leaves an index the next
writer repairs (indexer/milvus_recover.py): each document as it was or as the dead write left it, no passage
without its document, none twice, and statistics equal to a single clean build of what remains."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from eval.milvus_writers import comparable, document_frequencies
from indexer.build import prepare
from indexer.milvus_collections import Collections
from indexer.milvus_index import index_paths_milvus
from indexer.milvus_lease import INTENT_ROW
from indexer.milvus_recover import pending, recover
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.settings import DEFAULTS, PROJECT_ROOT
from tests.conftest import KeywordEncoder

OLD_B = "北斗星计划实施细则\n\n本市设立北斗星人才公寓，为引进的高校毕业生提供住房保障。"
NEW_B = "北斗星计划实施细则\n\n本市改设天狼星创业基金，支持青年人才在本地创办科技企业。"
A = "紫微星计划试点办法\n\n本市设立紫微星专项资金，用于支持青年科研人员开展基础研究。"
C = "天枢星人才驿站管理办法\n\n本市设立天枢星人才驿站，为来访专家提供短期住宿。"

# The child: open the index, and die by SIGKILL right after the given call of the write (nothing mocked: the
# real write runs against the real Milvus up to that point, and the process really dies there).
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from indexer.build import prepare
    from indexer.milvus_collections import Collections
    from indexer.milvus_retrieve import MilvusRetriever
    from indexer.milvus_store import MilvusConfig
    from tests.conftest import KeywordEncoder

    uri, name, method, collection, action = sys.argv[1:6]
    real = getattr(Collections, method)

    def dying(self, target, *args, **kwargs):
        out = real(self, target, *args, **kwargs)
        if target.endswith(collection):
            os.kill(os.getpid(), signal.SIGKILL)
        return out

    setattr(Collections, method, dying)
    writer = MilvusRetriever(MilvusConfig(uri=uri, collection=name), encoder=KeywordEncoder())
    if action == "delete":
        writer.delete(["a"])
    else:
        texts = {"b": sys.argv[6], "c": sys.argv[7]}
        writer.add([prepare(t, d, writer.settings) for d, t in texts.items()])
    """
)


def _start(config: MilvusConfig) -> MilvusRetriever:
    writer = MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
    writer.add([prepare(A, "a", writer.settings), prepare(OLD_B, "b", writer.settings)])
    return writer


def _killed_write(config: MilvusConfig, method: str, collection: str, action: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    args = [config.uri, config.collection, method, collection, action, NEW_B, C]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    # Its lease row would block the next writer until it expires (LEASE_TTL, 60 s: taking over an expired
    # lease is tested in test_milvus_writers.py); remove it as expiry would.
    cols = Collections(config)
    rows = cols.client.query(
        config.stats,
        filter=f"pk < -1 and pk > {INTENT_ROW}",
        output_fields=["pk"],
        consistency_level="Strong",
    )
    assert len(rows) == 1
    cols.delete_pks(config.stats, [int(r["pk"]) for r in rows])


def _reference(milvus_uri: str, name: str, docs: dict[str, str]) -> MilvusRetriever:
    ref = MilvusRetriever.create(MilvusConfig(uri=milvus_uri, collection=name), DEFAULTS, KeywordEncoder())
    ref.add([prepare(t, d, ref.settings) for d, t in docs.items()])
    return ref


def _passages(retriever: MilvusRetriever) -> list[tuple[str, str]]:
    rows = retriever.cols.query_all(retriever.config.passages, "pk >= 0", ["passage_id", "text"])
    return sorted((str(r["passage_id"]), str(r["text"])) for r in rows)


@pytest.mark.parametrize(
    ("method", "collection", "action", "kept"),
    [
        # passages of b' and c inserted, no document row yet: the write never happened
        ("insert", "_passages", "add", {"a": A, "b": OLD_B}),
        # documents b' and c written, b's old passages not yet deleted: the write happened
        ("upsert", "_documents", "add", {"a": A, "b": NEW_B, "c": C}),
        # a's document rows deleted, its passages not yet: the delete happened
        ("delete_pks", "_documents", "delete", {"b": OLD_B}),
    ],
    ids=["add-before-documents", "replace-after-documents", "delete-after-documents"],
)
def test_a_writer_killed_midway_is_repaired_by_the_next(
    milvus_uri: str,
    collection_name: Callable[[str], str],
    method: str,
    collection: str,
    action: str,
    kept: dict[str, str],
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("killed"))
    writer = _start(config)
    _killed_write(config, method, collection, action)
    cols = Collections(config)
    assert pending(cols) is not None  # the dead writer's intent is still there
    ids_before = [p for p, _ in _passages(writer)]
    assert len(ids_before) != len(set(ids_before)) or action == "delete" or method == "insert"

    assert recover(cols) is True
    assert pending(cols) is None
    ref = _reference(milvus_uri, collection_name("reference"), kept)
    assert _passages(writer) == _passages(ref)
    assert sorted(d.doc_id for d in writer.data.documents) == sorted(kept)
    for doc_id, text in kept.items():
        found = writer.document(doc_id)
        assert found is not None and found[1] == prepare(text, doc_id, writer.settings).text
    assert comparable(writer.stats()) == comparable(ref.stats())
    assert document_frequencies(writer) == document_frequencies(ref)
    for query in ("北斗星人才公寓", "天狼星创业基金", "天枢星人才驿站", "紫微星专项资金"):
        got = [(h.passage_id, round(h.score, 6)) for h in writer.search(query, 5, "bm25")]
        assert got == [(h.passage_id, round(h.score, 6)) for h in ref.search(query, 5, "bm25")]
    assert recover(cols) is False  # nothing left to repair


def test_orphans_are_not_served_and_the_next_write_repairs_first(
    milvus_uri: str, collection_name: Callable[[str], str]
) -> None:
    """Killed before its documents were written: the passages it left have no document — GET /passages
    finds none (row_of), and the next ordinary write repairs before writing (no duplicates of b)."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("orphans"))
    writer = _start(config)
    _killed_write(config, "insert", "_passages", "add")
    assert writer.data.row_of("c:0") is None  # stored, but its document never was
    writer.add([prepare(NEW_B, "b", writer.settings), prepare(C, "c", writer.settings)])
    assert pending(Collections(config)) is None
    ref = _reference(milvus_uri, collection_name("reference"), {"a": A, "b": NEW_B, "c": C})
    assert _passages(writer) == _passages(ref)
    assert comparable(writer.stats()) == comparable(ref.stats())
    assert writer.data.row_of("c:0") is not None


# A child running `citeqa index --rebuild` as the CLI does, dying by SIGKILL right after its first call of
# pymilvus's ``method`` on a collection whose name ends with ``suffix``.
REBUILD_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from pymilvus import MilvusClient
    from indexer.milvus_index import index_paths_milvus
    from indexer.milvus_store import MilvusConfig
    from indexer.settings import DEFAULTS
    from tests.conftest import KeywordEncoder

    uri, name, folder, method, suffix = sys.argv[1:6]
    real = getattr(MilvusClient, method)

    def dying(self, collection, *args, **kwargs):
        out = real(self, collection, *args, **kwargs)
        if collection.endswith(suffix):
            os.kill(os.getpid(), signal.SIGKILL)
        return out

    setattr(MilvusClient, method, dying)
    config = MilvusConfig(uri=uri, collection=name)
    index_paths_milvus(config, [Path(folder)], lambda _m: KeywordEncoder(), DEFAULTS, rebuild=True)
    """
)


@pytest.mark.parametrize(
    ("method", "suffix", "served"),
    [
        ("insert", "_rebuilding_passages", "old"),  # killed while the new index is made aside
        ("rename_collection", "_rebuilding_passages", "new"),  # killed mid-swap: the next open completes it
    ],
    ids=["while-staging", "mid-swap"],
)
def test_a_rebuild_cut_short_leaves_an_index_whole(
    milvus_uri: str,
    collection_name: Callable[[str], str],
    tmp_path: Path,
    method: str,
    suffix: str,
    served: str,
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("rebuild"))
    _start(config)
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "c.txt").write_text(C, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    args = [config.uri, config.collection, str(folder), method, suffix]
    done = subprocess.run(
        [sys.executable, "-c", REBUILD_CHILD, *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    reopened = MilvusRetriever(config, encoder=KeywordEncoder())
    # a and b were written as uploads are (no file path): the rebuild carries them over into the new index
    expected = {"a", "b"} if served == "old" else {"a", "b", "c"}
    assert {d.doc_id for d in reopened.data.documents} == expected
    assert reopened.stats().documents == len(expected)
    # (dense: BM25 scores nothing in a one-passage index, every idf being at its floor)
    hits = reopened.search("天枢星人才驿站", 1, "dense")
    assert [h.doc_id for h in hits] == (["c"] if served == "new" else ["b"])  # the keyword encoder: 人才
    # and the next rebuild (from the same folder) ends with the new index, nothing left aside
    index_paths_milvus(config, [folder], lambda _m: KeywordEncoder(), DEFAULTS, rebuild=True)
    again = MilvusRetriever(config, encoder=KeywordEncoder())
    assert {d.doc_id for d in again.data.documents} == {"a", "b", "c"}
    assert not Collections(config.staging()).exists()
