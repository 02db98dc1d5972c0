"""The same retrieval, document, filter and write assertions on both backends: embedded files and Milvus.

The seed corpus is indexed with the keyword encoder (fast and deterministic); the Milvus index is built
through MilvusRetriever.add, i.e. the write path a server upload takes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from eval.milvus_server import LiteServer, lite_available
from indexer import milvus_admin
from indexer.build import index_paths, make_doc_id, prepare
from indexer.fuse import FusionConfig
from indexer.load import read_document
from indexer.milvus_collections import BackendUnavailableError, Collections
from indexer.milvus_index import index_paths_milvus
from indexer.milvus_rebuild import rebuild_stats
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig, term_id
from indexer.retrieve import Filters, Retriever
from indexer.settings import DEFAULTS
from tests.conftest import ROOT, SEEDS, KeywordEncoder

Backend = Retriever | MilvusRetriever
QUERIES = ("人才编制周转池", "运城盐湖区高校", "产业服务公寓")
SEED_IDS = (
    "000_b2aa1ed1528afdcc",
    "001_23f8d249a03d504e",
    "002_dccd3dd537eeacaf",
    "003_dd92aab7b1df29c9",
    "004_9f4021d1b6bf3f3e",
)
PROBE_TEXT = "紫微星计划试点办法\n\n本市设立紫微星专项资金，用于支持青年科研人员开展基础研究。"
PROBE_TEXT_2 = "北斗星计划实施细则\n\n本市设立北斗星人才公寓，为引进的高校毕业生提供住房保障。"


def seed_docs() -> list:
    files = sorted(SEEDS.glob("*.txt"))
    return [prepare(read_document(f), make_doc_id(f.name), DEFAULTS, path=str(f)) for f in files]


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("embedded")
    encoder = KeywordEncoder()
    index_paths([SEEDS], index_dir, lambda _model: encoder, DEFAULTS)
    return Retriever(index_dir, encoder=encoder)


@pytest.fixture(scope="module")
def milvus_config(milvus_uri: str, collection_name: Callable[[str], str]) -> MilvusConfig:
    return MilvusConfig(uri=milvus_uri, collection=collection_name("seeds"))


@pytest.fixture(scope="module")
def milvus(milvus_config: MilvusConfig) -> MilvusRetriever:
    retriever = MilvusRetriever.create(milvus_config, DEFAULTS, KeywordEncoder())
    retriever.add(seed_docs())
    return retriever


@pytest.fixture(params=["embedded", "milvus"])
def backend(request: pytest.FixtureRequest) -> Backend:
    return request.getfixturevalue(request.param)


# ---------- the same assertions on both backends ----------
@pytest.mark.parametrize(
    ("query", "mode", "expected"),
    [
        (
            "人才编制周转池",
            "bm25",
            ["001_23f8d249a03d504e:8", "004_9f4021d1b6bf3f3e:3", "000_b2aa1ed1528afdcc:1"],
        ),
        (
            "人才编制周转池",
            "hybrid",
            ["001_23f8d249a03d504e:8", "004_9f4021d1b6bf3f3e:3", "000_b2aa1ed1528afdcc:1"],
        ),
        (
            "运城盐湖区高校",
            "bm25",
            ["003_dd92aab7b1df29c9:9", "003_dd92aab7b1df29c9:6", "003_dd92aab7b1df29c9:8"],
        ),
        (
            "运城盐湖区高校",
            "dense",
            ["003_dd92aab7b1df29c9:8", "003_dd92aab7b1df29c9:7", "003_dd92aab7b1df29c9:9"],
        ),
        (
            "产业服务公寓",
            "hybrid",
            ["004_9f4021d1b6bf3f3e:9", "003_dd92aab7b1df29c9:3", "000_b2aa1ed1528afdcc:1"],
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
    assert data.passage_counts().tolist() == [7, 23, 13, 10, 11]
    assert data.passages == 64
    found = backend.document("003_dd92aab7b1df29c9")
    assert (
        found is not None
        and found[2] == 10
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
        "人才", 64, "dense", Filters(region="运城")
    )  # every passage of the two 运城 documents
    assert len(hits) == 33 and {h.doc_id for h in hits} == {"001_23f8d249a03d504e", "003_dd92aab7b1df29c9"}
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


WORKER = """
import json, sys
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from tests.conftest import KeywordEncoder
r = MilvusRetriever(MilvusConfig(uri=sys.argv[1], collection=sys.argv[2]), encoder=KeywordEncoder())
for line in sys.stdin:
    query, doc_id = json.loads(line)
    out = {m: [[h.passage_id, round(h.score, 6)] for h in r.search(query, 10, m)] for m in ("bm25", "hybrid")}
    doc = r.document(doc_id)
    out["doc"] = None if doc is None else [doc[1], doc[2]]
    print(json.dumps(out, ensure_ascii=False), flush=True)
"""


def test_a_second_process_sees_every_write(milvus: MilvusRetriever, milvus_config: MilvusConfig) -> None:
    """Two citeqa processes on one Milvus: a write by one is visible to the other's next query."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, milvus_config.uri, milvus_config.collection],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None

    def other(query: str, doc_id: str) -> dict:
        proc.stdin.write(json.dumps([query, doc_id]) + "\n")  # type: ignore[union-attr]
        proc.stdin.flush()  # type: ignore[union-attr]
        return json.loads(proc.stdout.readline())  # type: ignore[union-attr]

    def here(query: str, doc_id: str) -> dict:
        out: dict = {
            m: [[h.passage_id, round(h.score, 6)] for h in milvus.search(query, 10, m)]
            for m in ("bm25", "hybrid")
        }
        doc = milvus.document(doc_id)
        out["doc"] = None if doc is None else [doc[1], doc[2]]
        return out

    try:
        assert other("运城盐湖区高校", "003_dd92aab7b1df29c9") == here(
            "运城盐湖区高校", "003_dd92aab7b1df29c9"
        )
        milvus.add([prepare(PROBE_TEXT, "second-process", milvus.settings)])
        try:
            seen = other("紫微星专项资金", "second-process")
            assert seen["bm25"][0][0] == "second-process:0"
            assert seen == here("紫微星专项资金", "second-process")
        finally:
            milvus.delete(["second-process"])
        gone = other("紫微星专项资金", "second-process")
        assert gone["doc"] is None and all(not p.startswith("second-process") for p, _ in gone["hybrid"])
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()


@pytest.mark.skipif(
    bool(os.environ.get("MILVUS_URI")) or not lite_available(), reason="restarts its own milvus-lite"
)
def test_reopened_milvus_lite_answers_the_same(tmp_path: Path) -> None:
    """A restarted milvus-lite serves nothing until collections are loaded: the retriever loads them."""
    server = LiteServer(tmp_path / "data")
    server.start()
    config = MilvusConfig(uri=server.uri, collection="reopen")
    try:
        first = MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
        first.add(seed_docs()[:2])
        expected = [(h.passage_id, h.score) for h in first.search("人才编制周转池", 5)]
        first.cols.client.close()
    finally:
        server.stop()
    server.start()
    try:
        again = MilvusRetriever(config, encoder=KeywordEncoder())
        assert [(h.passage_id, h.score) for h in again.search("人才编制周转池", 5)] == expected
        assert [d.doc_id for d in again.data.documents] == list(SEED_IDS[:2])
    finally:
        server.stop()


def test_missing_index_is_a_clear_error(milvus_uri: str) -> None:
    with pytest.raises(ValueError, match="no citeqa index in Milvus"):
        MilvusRetriever(MilvusConfig(uri=milvus_uri, collection="never_created"), encoder=KeywordEncoder())
    with pytest.raises(ValueError, match="collection name"):
        MilvusConfig(uri=milvus_uri, collection="bad-name")
    with pytest.raises(ValueError, match="consistency"):
        MilvusConfig(uri=milvus_uri, consistency="Sometimes")
    assert not Collections(MilvusConfig(uri=milvus_uri, collection="never_created")).exists()


def test_admin_import_copies_an_embedded_index(
    embedded: Retriever,
    milvus_uri: str,
    collection_name: Callable[[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = collection_name("admin")
    args = ["--uri", milvus_uri, "--collection", name]
    assert milvus_admin.main(["import", "--index", str(embedded.index_dir), *args]) == 0
    assert capsys.readouterr().out.strip() == f"imported 5 documents, 64 passages into {name!r}"
    copy = MilvusRetriever(MilvusConfig(uri=milvus_uri, collection=name), encoder=KeywordEncoder())
    for query in QUERIES:
        assert [h.passage_id for h in copy.search(query, 10)] == [
            h.passage_id for h in embedded.search(query, 10)
        ]
    assert milvus_admin.main(["import", "--index", str(embedded.index_dir), *args]) == 2
    assert "is not empty" in capsys.readouterr().err
    assert milvus_admin.main(["drop", *args]) == 0
    assert milvus_admin.main(["rebuild-stats", *args]) == 2
    assert "no citeqa index" in capsys.readouterr().err


def test_index_files_adds_only_new_or_changed(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("files"))
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    first = index_paths_milvus(config, [folder], lambda _m: KeywordEncoder(), DEFAULTS)
    assert (len(first.added), first.updated, first.unchanged) == (5, (), ())
    assert (first.documents, first.passages) == (5, 64)
    (folder / "000_b2aa1ed1528afdcc.txt").write_text(PROBE_TEXT, encoding="utf-8")
    second = index_paths_milvus(config, [folder], lambda _m: KeywordEncoder(), DEFAULTS)
    assert (second.added, second.updated, len(second.unchanged)) == ((), ("000_b2aa1ed1528afdcc",), 4)
    assert (second.documents, second.passages) == (5, 58)
    copy = MilvusRetriever(config, encoder=KeywordEncoder())
    assert copy.search("紫微星专项资金", 1, "bm25")[0].doc_id == "000_b2aa1ed1528afdcc"
    # the reference is an embedded index of the same (changed) folder: same statistics, same ranking
    reference_dir = tmp_path / "reference"
    index_paths([folder], reference_dir, lambda _model: KeywordEncoder(), DEFAULTS)
    reference = Retriever(reference_dir, encoder=KeywordEncoder())
    assert [h.passage_id for h in copy.search("运城盐湖区高校", 5)] == [
        h.passage_id for h in reference.search("运城盐湖区高校", 5)
    ]


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


def test_a_failing_milvus_request_is_backend_unavailable(milvus_uri: str) -> None:
    """pymilvus errors surface as BackendUnavailableError (a ConnectionError the HTTP layer answers 503)."""
    cols = Collections(MilvusConfig(uri=milvus_uri, collection="never_created"))
    with pytest.raises(BackendUnavailableError, match="Milvus failed a query request"):
        cols.client.query("never_created_passages", filter="pk >= 0", output_fields=["pk"])
