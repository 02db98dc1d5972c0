"""Two citeqa processes writing to one Milvus index at once end with exactly the statistics (N, lengths,
document frequencies, idf floors) and rankings of a single-process build of the same documents — the
writer lease (indexer/milvus_lease.py) serialises their read-modify-write of the statistics."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from eval.milvus_writers import comparable, document_frequencies, small_documents, write_at_once
from indexer.build import prepare
from indexer.milvus_collections import Collections
from indexer.milvus_lease import writer_lease
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder


def test_two_processes_writing_at_once_keep_exact_statistics(
    milvus_uri: str, collection_name: Callable[[str], str]
) -> None:
    docs = small_documents()
    assert len(docs) == 54
    jobs: list[dict[str, Any]] = [
        {"add": docs[0::2], "delete": [d for d, _ in docs[0::2][:3]]},
        {"add": docs[1::2], "delete": [d for d, _ in docs[1::2][-2:]]},
    ]
    shared = MilvusConfig(uri=milvus_uri, collection=collection_name("writers"))
    removed, _ = write_at_once(shared.uri, shared.collection, jobs)
    assert removed == [3, 2]

    deleted = {d for job in jobs for d in job["delete"]}
    single = MilvusConfig(uri=milvus_uri, collection=collection_name("single"))
    reference = MilvusRetriever.create(single, DEFAULTS, KeywordEncoder())
    kept = [d for d in docs if d[0] not in deleted]
    reference.add([prepare(text, doc_id, reference.settings) for doc_id, text in kept])

    both = MilvusRetriever(shared, encoder=KeywordEncoder())
    a, b = both.stats(), reference.stats()
    assert comparable(a) == comparable(b)
    assert (a.passages, a.documents) == (49, 49)
    assert a.sum_log_df == pytest.approx(b.sum_log_df, rel=1e-12)
    assert (a.mean_idf, a.chars_mean_idf) == pytest.approx((b.mean_idf, b.chars_mean_idf), rel=1e-12)
    assert document_frequencies(both) == document_frequencies(reference)
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


def test_a_waiting_writer_keeps_its_place(milvus_uri: str, collection_name: Callable[[str], str]) -> None:
    """A waiter's row is renewed while it waits: not renewed, it expired after the lease's life, and a writer
    arriving then saw no one ahead of it and went in with the waiter (the fault probe's finding)."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("waiting"))
    MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
    cols = Collections(config)
    ttl = 0.6
    entered = threading.Event()

    def wait_then_enter() -> None:
        with writer_lease(Collections(config), ttl=ttl):
            entered.set()

    with writer_lease(cols, ttl=ttl):
        waiter = threading.Thread(target=wait_then_enter)
        waiter.start()
        time.sleep(4 * ttl)  # several lives of a row: only renewal keeps both alive
        rows = cols.client.query(
            config.stats, filter="pk < -1", output_fields=["pk", "info"], consistency_level="Strong"
        )
        infos = sorted((json.loads(r["info"]) for r in rows), key=lambda i: i["ticket"])
        assert [i["state"] for i in infos] == ["held", "waiting"]
        assert all(i["expires"] > time.time() for i in infos)
        assert not entered.is_set()
    waiter.join(timeout=30)
    assert entered.is_set()
