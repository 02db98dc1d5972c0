"""Two citeqa processes writing to one Milvus index at once end with exactly the statistics (N, lengths,
document frequencies, idf floors) and rankings of a single-process build of the same documents — the
writer lease (indexer/milvus_lease.py) serialises their read-modify-write of the statistics."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable

import pytest

from indexer.build import make_doc_id, prepare
from indexer.load import read_document
from indexer.milvus_collections import Collections
from indexer.milvus_lease import writer_lease
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig, Stats
from indexer.settings import DEFAULTS
from tests.conftest import ROOT, SEEDS, KeywordEncoder

# Each worker adds its documents one write at a time, then deletes some of them: many small writes, so the
# two processes' writes interleave throughout.
WORKER = """
import json, sys
from indexer.build import prepare
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from tests.conftest import KeywordEncoder
r = MilvusRetriever(MilvusConfig(uri=sys.argv[1], collection=sys.argv[2]), encoder=KeywordEncoder())
job = json.loads(sys.stdin.readline())
docs = [prepare(text, doc_id, r.settings) for doc_id, text in job["add"]]
print("ready", flush=True)
sys.stdin.readline()
for doc in docs:
    r.add([doc])
print(r.delete(job["delete"]), flush=True)
"""


def small_documents() -> list[tuple[str, str]]:
    """The seed corpus cut into one document per passage: 64 small documents."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        doc = prepare(read_document(path), make_doc_id(path.name), DEFAULTS)
        for ordinal, span in enumerate(doc.spans):
            out.append((f"{doc.meta.doc_id}-{ordinal}", doc.text[span.start : span.end]))
    return out


def comparable(stats: Stats) -> dict[str, float]:
    """The statistics that must not depend on how writes interleaved (not the write counters)."""
    fields = ("passages", "documents", "total_length", "chars_total_length", "vocabulary", "chars_vocabulary")
    return {f: getattr(stats, f) for f in (*fields, "sum_df", "chars_sum_df")}


def test_two_processes_writing_at_once_keep_exact_statistics(
    milvus_uri: str, collection_name: Callable[[str], str]
) -> None:
    docs = small_documents()
    assert len(docs) == 64
    jobs: list[dict[str, list]] = [
        {"add": docs[0::2], "delete": [d for d, _ in docs[0::2][:3]]},
        {"add": docs[1::2], "delete": [d for d, _ in docs[1::2][-2:]]},
    ]
    shared = MilvusConfig(uri=milvus_uri, collection=collection_name("writers"))
    MilvusRetriever.create(shared, DEFAULTS, KeywordEncoder())
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, shared.uri, shared.collection],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            cwd=ROOT,
        )
        for _ in jobs
    ]
    try:
        for proc, job in zip(procs, jobs, strict=True):
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(job) + "\n")
            proc.stdin.flush()
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:  # both start writing at once
            proc.stdin.write("go\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
        removed = [int(proc.stdout.readline()) for proc in procs]  # type: ignore[union-attr]
        assert removed == [3, 2]
    finally:
        for proc in procs:
            proc.stdin.close()  # type: ignore[union-attr]
            proc.wait(timeout=60)
            proc.stdout.close()  # type: ignore[union-attr]

    deleted = {d for job in jobs for d in job["delete"]}
    single = MilvusConfig(uri=milvus_uri, collection=collection_name("single"))
    reference = MilvusRetriever.create(single, DEFAULTS, KeywordEncoder())
    kept = [d for d in docs if d[0] not in deleted]
    reference.add([prepare(text, doc_id, reference.settings) for doc_id, text in kept])

    both = MilvusRetriever(shared, encoder=KeywordEncoder())
    a, b = both.stats(), reference.stats()
    assert comparable(a) == comparable(b)
    assert (a.passages, a.documents) == (59, 59)
    assert a.sum_log_df == pytest.approx(b.sum_log_df, rel=1e-12)
    assert (a.mean_idf, a.chars_mean_idf) == pytest.approx((b.mean_idf, b.chars_mean_idf), rel=1e-12)
    df_a = {t: n for terms in both.cols.all_df().values() for t, n in terms.items()}
    df_b = {t: n for terms in reference.cols.all_df().values() for t, n in terms.items()}
    assert df_a == df_b
    assert sorted(d.doc_id for d in both.data.documents) == sorted(d for d, _ in kept)
    for query in ("人才编制周转池", "运城盐湖区高校", "产业服务公寓"):
        got = [(h.passage_id, round(h.score, 6)) for h in both.search(query, 10, "bm25")]
        assert got == [(h.passage_id, round(h.score, 6)) for h in reference.search(query, 10, "bm25")]


def test_a_second_writer_waits_for_the_lease(milvus_uri: str, collection_name: Callable[[str], str]) -> None:
    """While one writer holds the lease, another's write waits; it proceeds once the lease is released."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("lease"))
    writer = MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
    doc = prepare("北斗星计划实施细则\n\n本市设立北斗星人才公寓。", "beidou", writer.settings)
    done = threading.Event()

    def write() -> None:
        writer.add([doc])
        done.set()

    with writer_lease(Collections(config)):
        thread = threading.Thread(target=write)
        thread.start()
        time.sleep(1.0)  # ample time for an unserialised write to finish
        assert not done.is_set() and writer.stats().documents == 0
    thread.join(timeout=60)
    assert done.is_set() and writer.stats().documents == 1


def test_an_expired_lease_of_a_dead_writer_is_taken_over(
    milvus_uri: str, collection_name: Callable[[str], str]
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("expired"))
    writer = MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
    cols = Collections(config)
    dead = {"state": "held", "ticket": 1, "expires": time.time() - 1, "owner": "gone:1"}
    cols.client.upsert(config.stats, [{"pk": -5, "info": json.dumps(dead), "v": [0.0, 1.0]}])
    writer.add([prepare("天枢星人才驿站管理办法\n\n本市设立天枢星人才驿站。", "tianshu", writer.settings)])
    assert writer.stats().documents == 1
    rows = cols.client.query(config.stats, filter="pk < -1", output_fields=["pk"], consistency_level="Strong")
    assert rows == []  # the dead writer's row is gone, and so is this writer's own
