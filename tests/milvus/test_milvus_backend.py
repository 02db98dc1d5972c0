"""The same retrieval, document, filter and write assertions on both backends, embedded files and Milvus
(tests/milvus/conftest.py builds them), and Milvus against embedded: rankings, fusion variants, scores, idf
and the statistics kept up by writes.
"""

from __future__ import annotations

import numpy as np
import pytest

from indexer.build import prepare
from indexer.fuse import FusionConfig
from indexer.milvus_rebuild import rebuild_stats
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import term_id
from indexer.retrieve import Retriever
from indexer.searcher import Filters
from tests.milvus.conftest import PROBE_TEXT, PROBE_TEXT_2, QUERIES, SEED_IDS

Backend = Retriever | MilvusRetriever


@pytest.fixture(params=["embedded", "milvus"])
def backend(request: pytest.FixtureRequest) -> Backend:
    return request.getfixturevalue(request.param)


# ---------- the same assertions on both backends ----------
@pytest.mark.parametrize(
    ("query", "mode", "expected"),
    [
        (
            # (001…:6, 运城's 人才引进事业编制周转池, was first while its sentence was a passage of its own:
            # it now shares 351 characters with the paragraphs around it)
            "人才编制周转池",
            "bm25",
            ["004_9f4021d1b6bf3f3e:3", "001_23f8d249a03d504e:6", "000_b2aa1ed1528afdcc:1"],
        ),
        (
            "人才编制周转池",
            "hybrid",
            ["004_9f4021d1b6bf3f3e:3", "001_23f8d249a03d504e:6", "000_b2aa1ed1528afdcc:1"],
        ),
        (
            "运城盐湖区高校",
            "bm25",
            ["003_dd92aab7b1df29c9:7", "003_dd92aab7b1df29c9:5", "003_dd92aab7b1df29c9:4"],
        ),
        (
            "运城盐湖区高校",
            "dense",
            ["003_dd92aab7b1df29c9:7", "003_dd92aab7b1df29c9:6", "003_dd92aab7b1df29c9:4"],
        ),
        (
            # (third: 001…:12 while the sentence stage was on by default; eval/results/policy-retrieval.md)
            "产业服务公寓",
            "hybrid",
            ["004_9f4021d1b6bf3f3e:9", "003_dd92aab7b1df29c9:2", "000_b2aa1ed1528afdcc:1"],
        ),
    ],
)
def test_top_passages(backend: Backend, query: str, mode: str, expected: list[str]) -> None:
    assert [h.passage_id for h in backend.search(query, 3, mode)] == expected


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_offsets_slice_the_document_text(backend: Backend, mode: str) -> None:
    for query in QUERIES:
        hits = backend.search(query, 5, mode)
        assert len(hits) == 5
        for hit in hits:
            found = backend.document(hit.doc_id)
            assert found is not None
            meta, text, _ = found
            assert text[hit.start : hit.end] == hit.text
            assert hit.document == meta
            assert hit.passage_id.rpartition(":")[0] == hit.doc_id


def test_documents_and_counts(backend: Backend) -> None:
    data = backend.data
    assert [d.doc_id for d in data.documents] == list(SEED_IDS)
    assert [d.region for d in data.documents] == [
        "山东省济南市天桥区",
        "山西省运城市",
        "重庆市綦江区",
        "山西省运城市盐湖区",
        None,
    ]
    assert data.passage_counts().tolist() == [7, 15, 13, 8, 11]
    assert data.passages == 54
    found = backend.document("003_dd92aab7b1df29c9")
    assert (
        found is not None
        and found[2] == 8
        and found[0].title == "省校合作搭平臺 人才助力促發展 鹽湖區委書記 張建軍"
    )
    assert backend.document("no-such-doc") is None


def test_passage_lookup(backend: Backend) -> None:
    data = backend.data
    row = data.row_of("003_dd92aab7b1df29c9:6")
    assert row is not None
    assert data.documents[int(data.doc_rows[row])].doc_id == "003_dd92aab7b1df29c9"
    found = backend.document("003_dd92aab7b1df29c9")
    assert found is not None
    assert data.passage_text(row) == found[1][int(data.starts[row]) : int(data.ends[row])]
    assert data.row_of("003_dd92aab7b1df29c9:99") is None
    assert data.row_of("nothing") is None


def test_filters(backend: Backend) -> None:
    hits = backend.search(
        "人才", 54, "dense", Filters(region="运城")
    )  # every passage of the two 运城 documents
    assert len(hits) == 23 and {h.doc_id for h in hits} == {"001_23f8d249a03d504e", "003_dd92aab7b1df29c9"}
    hits = backend.search("人才", 10, "hybrid", Filters(region="运城"))
    assert len(hits) == 10 and {h.doc_id for h in hits} <= {"001_23f8d249a03d504e", "003_dd92aab7b1df29c9"}
    hits = backend.search("人才", 10, "bm25", Filters(region="鹽湖"))  # traditional script matches too
    assert {h.doc_id for h in hits} == {"003_dd92aab7b1df29c9"}
    hits = backend.search("人才", 10, "dense", Filters(doc_id="002_dccd3dd537eeacaf"))
    assert len(hits) == 10 and {h.doc_id for h in hits} == {"002_dccd3dd537eeacaf"}
    both = Filters(region="运城", doc_id="003_dd92aab7b1df29c9")
    assert {h.doc_id for h in backend.search("人才", 10, "hybrid", both)} == {"003_dd92aab7b1df29c9"}
    # characters with a meaning in filter syntax are matched literally, never interpreted
    for odd in ('运城" or doc_id != "', "100%", "_", "\\"):
        assert backend.search("人才", 5, "hybrid", Filters(region=odd)) == []
        assert backend.search("人才", 5, "hybrid", Filters(doc_id=odd)) == []


def test_add_replace_delete(backend: Backend) -> None:
    doc_id = "probe-doc"
    before = backend.data.passages
    backend.add([prepare(PROBE_TEXT, doc_id, backend.settings)])
    try:
        for mode in ("bm25", "hybrid"):
            assert backend.search("紫微星专项资金", 1, mode)[0].doc_id == doc_id
        assert backend.data.passages == before + 1
        backend.add([prepare(PROBE_TEXT_2, doc_id, backend.settings)])  # replace: same id, new text
        found = backend.document(doc_id)
        assert found is not None and found[1].startswith("北斗星计划实施细则")
        assert backend.search("北斗星人才公寓", 1, "bm25")[0].doc_id == doc_id
        assert all("紫微星" not in h.text for h in backend.search("紫微星专项资金", 20, "bm25"))
        assert backend.data.passages == before + 1
        assert [d.doc_id for d in backend.data.documents][-1] == doc_id
    finally:
        assert backend.delete([doc_id]) == 1
    for mode in ("bm25", "dense", "hybrid"):
        assert all(h.doc_id != doc_id for h in backend.search("北斗星人才公寓", 64, mode))
    assert backend.document(doc_id) is None
    assert backend.delete([doc_id]) == 0
    assert backend.data.passages == before
    assert [d.doc_id for d in backend.data.documents] == list(SEED_IDS)


# ---------- Milvus against embedded ----------
@pytest.mark.parametrize("mode", ["bm25", "hybrid"])
def test_rankings_equal_the_embedded_backend(embedded: Retriever, milvus: MilvusRetriever, mode: str) -> None:
    for query in (*QUERIES, "哪些地区设立了人才编制周转池?", "綦江 双城记"):
        a, b = embedded.search(query, 20, mode), milvus.search(query, 20, mode)
        assert [h.passage_id for h in a] == [h.passage_id for h in b]
        assert np.allclose([h.score for h in a], [h.score for h in b], rtol=1e-5)
        assert np.allclose([h.bm25 for h in a], [h.bm25 for h in b], rtol=1e-5)
        assert np.allclose([h.dense for h in a], [h.dense for h in b], atol=1e-6)


FUSIONS = {
    "feedback off": FusionConfig(feedback_depth=0),
    "fixed weight": FusionConfig(uncovered_bm25_weight=0.8, bm25_weight=0.8),
    "deep feedback, sentences": FusionConfig(feedback_depth=12, feedback_weight=1.0, sentence_weight=0.3),
    "rrf": FusionConfig(method="rrf", feedback_depth=3),
}


@pytest.mark.parametrize("name", FUSIONS)
def test_hybrid_variants_equal_the_embedded_backend(
    embedded: Retriever, milvus: MilvusRetriever, name: str
) -> None:
    """Coverage weighting and feedback, on and off, with and without filters: the same hits on both."""
    fusion = FUSIONS[name]
    for query, filters in (
        *((q, None) for q in QUERIES),
        ("人才", Filters(region="运城")),
        ("高校 人才", Filters(doc_id="003_dd92aab7b1df29c9")),
    ):
        a = embedded.search(query, 15, "hybrid", filters, fusion)
        b = milvus.search(query, 15, "hybrid", filters, fusion)
        assert a and [h.passage_id for h in a] == [h.passage_id for h in b]
        assert np.allclose([h.score for h in a], [h.score for h in b], rtol=1e-5, atol=1e-6)
        assert np.allclose([h.bm25 for h in a], [h.bm25 for h in b], rtol=1e-5)
        assert np.allclose([h.dense for h in a], [h.dense for h in b], atol=1e-6)


def test_feedback_changes_the_fusion_and_hits_keep_the_question_cosine(
    embedded: Retriever, milvus: MilvusRetriever
) -> None:
    """Feedback is really applied on Milvus (the fused scores move), while each hit's `dense` stays the
    question's own cosine: the same value a dense-only search reports for that passage."""
    query = QUERIES[0]
    on = milvus.search(query, 10, "hybrid")
    off = milvus.search(query, 10, "hybrid", fusion=FusionConfig(feedback_depth=0))
    assert [h.score for h in on] != [h.score for h in off]
    cosine = {h.passage_id: h.score for h in milvus.search(query, 64, "dense")}
    for h in on:
        assert h.dense == pytest.approx(cosine.get(h.passage_id, h.dense), abs=1e-6)
    assert sum(h.passage_id in cosine for h in on) > 0


def test_dense_scores_equal_the_embedded_backend(embedded: Retriever, milvus: MilvusRetriever) -> None:
    # the keyword encoder ties many passages: compare the full score lists, not the order within ties
    for query in QUERIES:
        a = sorted((round(h.score, 5), h.passage_id) for h in embedded.search(query, 64, "dense"))
        b = sorted((round(h.score, 5), h.passage_id) for h in milvus.search(query, 64, "dense"))
        assert a == b


def test_idf_view_matches_the_embedded_statistics(embedded: Retriever, milvus: MilvusRetriever) -> None:
    eb, mb = embedded.data.bm25, milvus.data.bm25
    for term in ("人才", "周转池", "#运城", "#人才", "綦江"):
        assert (term in eb.column) == (term in mb.column)
        assert mb.idf[mb.column[term]] == pytest.approx(float(eb.idf[eb.column[term]]), rel=1e-9)
    assert "不存在的词语" not in mb.column and mb.column.get("不存在的词语") is None
    assert mb.idf.max() == pytest.approx(float(eb.idf.max()), rel=1e-9)


def test_rebuilt_statistics_equal_the_written_ones(embedded: Retriever, milvus: MilvusRetriever) -> None:
    """Statistics kept up by add/replace/delete equal a recount from the stored passages, and the embedded
    index's own counts (probe documents were added and deleted before this test)."""
    before = milvus.stats()
    after = rebuild_stats(milvus.cols)
    assert (after.passages, after.documents, after.vocabulary, after.chars_vocabulary) == (
        before.passages,
        before.documents,
        before.vocabulary,
        before.chars_vocabulary,
    )
    assert (after.total_length, after.chars_total_length) == (before.total_length, before.chars_total_length)
    store = embedded.snapshot.data.sentences
    assert store is not None and after.sentences == before.sentences == len(store)
    assert after.mean_idf == pytest.approx(before.mean_idf, rel=1e-9)
    assert after.chars_mean_idf == pytest.approx(before.chars_mean_idf, rel=1e-9)
    bm25 = embedded.data.bm25
    words = bm25.field == 0  # the two BM25 fields: each has its own vocabulary, lengths and idf floor
    assert after.passages == bm25.size
    assert (after.vocabulary, after.chars_vocabulary) == (int(words.sum()), int((~words).sum()))
    assert after.total_length == pytest.approx(float(bm25.tf[:, words].sum()))
    assert after.chars_total_length == pytest.approx(float(bm25.tf[:, ~words].sum()))
    df_all = np.diff(bm25.tf.indptr).astype(np.float64)
    raw_idf = np.log(bm25.size - df_all + 0.5) - np.log(df_all + 0.5)
    assert after.mean_idf == pytest.approx(float(raw_idf[words].mean()), rel=1e-9)
    assert after.chars_mean_idf == pytest.approx(float(raw_idf[~words].mean()), rel=1e-9)
    terms = ["人才", "周转池", "#人才"]
    _, df = milvus.cols.stats_and_df([term_id(t) for t in terms])
    assert [df[term_id(t)] for t in terms] == [int(np.diff(bm25.tf.indptr)[bm25.column[t]]) for t in terms]


def test_analysed_queries_and_idf_equal_the_embedded_backend(
    embedded: Retriever, milvus: MilvusRetriever
) -> None:
    """`analyse` tokenises as the embedded backend does, a `Query` searches like its text, and `idf` agrees
    in both BM25 fields — including floored (negative-idf) n-grams, whose floor is their own field's."""
    query = milvus.analyse("  哪些地区设立了人才编制周转池?  ", "bm25")
    assert query.tokens == embedded.analyse("哪些地区设立了人才编制周转池?", "bm25").tokens
    assert query.vector is None and query.text == "哪些地区设立了人才编制周转池?"
    by_text = milvus.search("哪些地区设立了人才编制周转池?", 10, "hybrid")
    by_query = milvus.search(query, 10, "hybrid")
    assert [(h.passage_id, h.score) for h in by_query] == [(h.passage_id, h.score) for h in by_text]
    bm25 = embedded.data.bm25
    floored = [t for t, c in bm25.column.items() if np.diff(bm25.tf.indptr)[c] > bm25.size / 2]
    assert floored and any(t.startswith("#") for t in floored)
    for term in ("人才", "周转池", "#运城", "#人才", "不存在的词语", *floored[:5]):
        assert milvus.idf(term) == pytest.approx(embedded.idf(term), rel=1e-9)
    with pytest.raises(ValueError, match="query is empty"):
        milvus.analyse("   ")
