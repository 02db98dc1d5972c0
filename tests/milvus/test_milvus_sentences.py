"""Dense at sentence grain on Milvus (indexer/milvus_sentences.py): the ``<name>_sentences`` rows equal the
embedded backend's sentence store after the same writes (keys, counts, float16 vectors), a write embeds only
sentences not held yet, removing a document drops exactly the sentences only it held, `rebuild_stats`
repairs the counts a killed writer leaves, and an index made without sentence vectors skips the stage as
the embedded one does.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from indexer.build import empty_index, index_paths, make_doc_id, prepare
from indexer.fuse import FusionConfig
from indexer.load import read_document
from indexer.milvus_rebuild import rebuild_stats
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.sentences import sentence_key
from indexer.settings import DEFAULTS, IndexSettings
from indexer.store import write_index
from tests.conftest import SEEDS, KeywordEncoder
from tests.milvus.conftest import QUERIES, assert_same_sentences, sentence_rows

S1 = "本市设立紫微星专项资金，用于支持青年科研人员开展基础研究。"
S2 = "申请人须在本市高校或科研院所全职工作。"
S3 = "北斗星人才公寓为引进的高校毕业生提供住房保障。"
S4 = "资助期限为三年，期满后接受绩效评估。"
DOC_A = f"紫微星计划试点办法\n\n{S1}{S2}"
DOC_A2 = f"紫微星计划试点办法修订稿\n\n{S1}{S4}"
DOC_B = f"北斗星计划实施细则\n\n{S1}{S3}"


def key(sentence: str) -> int:
    return sentence_key(normalize(sentence))  # a sentence is keyed (and embedded) normalised


def rows(milvus: MilvusRetriever) -> dict[int, tuple[int, np.ndarray]]:
    return sentence_rows(milvus.cols)


def counts(milvus: MilvusRetriever) -> dict[int, int]:
    return {k: n for k, (n, _) in rows(milvus).items()}


def assert_same_store(embedded: Retriever, milvus: MilvusRetriever) -> None:
    assert_same_sentences(embedded.snapshot.data.sentences, milvus.cols)


@pytest.fixture
def fresh(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> tuple[Retriever, MilvusRetriever, KeywordEncoder]:
    """An empty embedded index and an empty Milvus index, the latter's encoder counting what it embeds."""
    write_index(tmp_path / "index", empty_index(DEFAULTS, KeywordEncoder.dim))
    embedded = Retriever(tmp_path / "index", encoder=KeywordEncoder())
    encoder = KeywordEncoder()
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("sentences"))
    return embedded, MilvusRetriever.create(config, DEFAULTS, encoder), encoder


def both(embedded: Retriever, milvus: MilvusRetriever, doc_id: str, text: str, dedupe: bool = True) -> None:
    for backend in (embedded, milvus):
        backend.add([prepare(text, doc_id, DEFAULTS)], dedupe=dedupe)


def test_the_seed_rows_equal_the_embedded_store(embedded: Retriever, milvus: MilvusRetriever) -> None:
    """The seeds written through MilvusRetriever.add hold exactly the embedded build's sentence store."""
    assert_same_store(embedded, milvus)
    assert milvus.stats().sentences > 54  # several sentences a passage


def test_replace_and_delete_drop_only_what_the_document_held(
    fresh: tuple[Retriever, MilvusRetriever, KeywordEncoder],
) -> None:
    embedded, milvus, encoder = fresh
    both(embedded, milvus, "a", DOC_A)
    assert encoder.texts["passages"] == 1 + 2  # the passage, then its two sentences
    both(embedded, milvus, "b", DOC_B)
    assert encoder.texts["passages"] == 3 + 1 + 1  # S1 is held: only S3 is embedded
    assert counts(milvus) == {key(S1): 2, key(S2): 1, key(S3): 1}
    assert_same_store(embedded, milvus)

    both(embedded, milvus, "a", DOC_A2)  # replaced: S2 was only a's, S4 is new
    assert encoder.texts["passages"] == 5 + 1 + 1
    assert counts(milvus) == {key(S1): 2, key(S3): 1, key(S4): 1}
    assert_same_store(embedded, milvus)

    assert milvus.delete(["b"]) == embedded.delete(["b"]) == 1
    assert counts(milvus) == {key(S1): 1, key(S4): 1}
    assert_same_store(embedded, milvus)

    # the same content again, under another id: its passage is embedded, none of its sentences
    both(embedded, milvus, "a-copy", DOC_A2, dedupe=False)
    assert encoder.texts["passages"] == 7 + 1
    assert counts(milvus) == {key(S1): 2, key(S4): 2}
    assert_same_store(embedded, milvus)
    # (in so small a collection most terms have a negative idf floor: Milvus searches without them)
    for query, mode in itertools.product(("紫微星专项资金", "资助期限", "高校 人才"), ("bm25", "hybrid")):
        a, b = embedded.search(query, 5, mode), milvus.search(query, 5, mode)
        assert [h.passage_id for h in a] == [h.passage_id for h in b]
        assert np.allclose([h.score for h in a], [h.score for h in b], rtol=1e-5)

    assert milvus.delete(["a", "a-copy"]) == embedded.delete(["a", "a-copy"]) == 2
    assert counts(milvus) == {} and milvus.stats().sentences == 0


def test_rebuild_stats_repairs_a_killed_writers_counts(
    fresh: tuple[Retriever, MilvusRetriever, KeywordEncoder],
) -> None:
    """A writer killed between raising and lowering counts leaves them too high, and rows no passage
    holds: `rebuild_stats` recounts them from the stored passages, keeping every vector."""
    embedded, milvus, _ = fresh
    both(embedded, milvus, "a", DOC_A)
    both(embedded, milvus, "b", DOC_B)
    before = rows(milvus)
    sentences = milvus.config.sentences
    orphan = {"pk": key(S4), "count": 1, "vector": before[key(S3)][1]}
    milvus.cols.client.upsert(sentences, [{"pk": key(S1), "count": 7, "vector": before[key(S1)][1]}, orphan])
    assert counts(milvus) == {key(S1): 7, key(S2): 1, key(S3): 1, key(S4): 1}
    assert rebuild_stats(milvus.cols).sentences == 3
    after = rows(milvus)
    assert {k: n for k, (n, _) in after.items()} == {key(S1): 2, key(S2): 1, key(S3): 1}
    assert all(np.array_equal(after[k][1], before[k][1]) for k in after)
    assert_same_store(embedded, milvus)


def test_an_index_without_sentence_vectors_skips_the_stage(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    """Made with sentence_dense_weight 0 (as every index made before the stage): no sentences collection,
    nothing embedded for it, and rankings equal the embedded index of the same settings — even when a
    query's fusion asks for the stage."""
    settings: IndexSettings = dataclasses.replace(
        DEFAULTS, fusion=dataclasses.replace(DEFAULTS.fusion, sentence_dense_weight=0.0)
    )
    index_paths([SEEDS], tmp_path / "index", lambda _m: KeywordEncoder(), settings)
    embedded = Retriever(tmp_path / "index", encoder=KeywordEncoder())
    assert embedded.snapshot.data.sentences is None
    encoder = KeywordEncoder()
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("nosentences"))
    milvus = MilvusRetriever.create(config, settings, encoder)
    files = sorted(SEEDS.glob("*.txt"))
    milvus.add([prepare(read_document(f), make_doc_id(f.name), settings, path=str(f)) for f in files])
    assert not milvus.cols.has_sentences() and milvus.stats().sentences == 0
    assert encoder.texts["passages"] == 54  # passages only
    for fusion in (None, FusionConfig()):
        for query in QUERIES:
            a, b = embedded.search(query, 10, fusion=fusion), milvus.search(query, 10, fusion=fusion)
            assert [h.passage_id for h in a] == [h.passage_id for h in b]
            assert np.allclose([h.score for h in a], [h.score for h in b], rtol=1e-5)
