"""Retrieval over the real seed index: the issue's example questions, scripts, modes, filters, errors — on
both backends (embedded files and Milvus: the `seed_retriever` fixture)."""

from __future__ import annotations

import json
import math
import os
import subprocess
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from indexer.build import prepare
from indexer.fuse import FusionConfig, feedback_query, fuse, normalize_scores
from indexer.ingest import embedding_text, stage
from indexer.milvus_store import MilvusConfig
from indexer.query import NO_WORDS
from indexer.retrieve import Retriever
from indexer.searcher import Filters
from indexer.segment import tokenize
from indexer.settings import DEFAULTS, IndexSettings
from indexer.sparse import BM25, BM25Params
from tests.conftest import CITEQA, store_flags

YUNCHENG = "001_23f8d249a03d504e"
SPEECH = "004_9f4021d1b6bf3f3e"
TIANQIAO = "000_b2aa1ed1528afdcc"


@pytest.fixture(scope="module")
def retriever(seed_retriever: Retriever) -> Retriever:
    return seed_retriever


def test_coverage_is_the_share_of_the_questions_ngram_idf_a_passage_holds() -> None:
    docs = [["#甲", "#乙", "词"], ["#甲"], ["#丙"], ["#丁"], ["词"]]
    two_fields = BM25.from_tokens(docs, BM25Params(chars_weight=1.0))
    question = ["#甲", "#乙", "词", "#戊"]  # 词 is a word: the n-gram field decides; #戊 is not indexed
    idf_a, idf_b = math.log(3.5 / 2.5), math.log(4.5 / 1.5)  # rank-bm25's idf: df 2 and df 1 of 5
    assert two_fields.coverage(question, 0) == pytest.approx(1.0)
    assert two_fields.coverage(question, 1) == pytest.approx(idf_a / (idf_a + idf_b))
    assert two_fields.coverage(question, 4) == 0.0
    assert two_fields.coverage(["#戊"], 0) == 0.0
    one_field = BM25.from_tokens(docs, BM25Params(chars_weight=0.0))  # every indexed term counts
    assert one_field.coverage(question, 4) == pytest.approx(idf_a / (2 * idf_a + idf_b))


def test_bm25_weight_follows_coverage_and_feedback_moves_the_query() -> None:
    config = FusionConfig(bm25_weight=0.8, uncovered_bm25_weight=0.4)
    assert [config.weight_at(c) for c in (0.0, 0.5, 1.0)] == pytest.approx([0.4, 0.6, 0.8])
    query = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    top = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    moved = feedback_query(query, top, 0.5)  # q + 0.5 × (0, ½, ½), unit length
    np.testing.assert_allclose(moved, np.array([1.0, 0.25, 0.25]) / math.sqrt(1.125), rtol=1e-6)
    np.testing.assert_array_equal(feedback_query(query, top[:0], 0.5), query)
    with pytest.raises(ValueError, match=r"uncovered_bm25_weight 1\.5"):
        FusionConfig.from_dict({"uncovered_bm25_weight": 1.5})
    with pytest.raises(ValueError, match="feedback_depth"):
        FusionConfig.from_dict({"feedback_depth": -1})


def test_an_older_manifest_keeps_the_fusion_it_was_built_with() -> None:
    manifest = DEFAULTS.to_manifest(384)
    manifest["fusion"] = {
        k: v
        for k, v in manifest["fusion"].items()
        if k
        not in (
            "uncovered_bm25_weight",
            "feedback_depth",
            "feedback_weight",
            "answer_type_weight",
            "scope_weight",
            "superseded_drafts",
        )
    } | {"bm25_weight": 0.7}
    fusion = IndexSettings.from_manifest(manifest).fusion
    assert (fusion.bm25_weight, fusion.uncovered_bm25_weight, fusion.feedback_depth) == (0.7, 0.7, 0)
    assert IndexSettings.from_manifest(DEFAULTS.to_manifest(384)).fusion == DEFAULTS.fusion
    # built before the answer-type and scope stages: ranked without them until rebuilt
    assert (fusion.answer_type_weight, fusion.scope_weight, fusion.superseded_drafts) == (0.0, 0.0, False)
    assert (DEFAULTS.fusion.scope_weight, DEFAULTS.fusion.scope_rank) == (1.0, 2)


def test_passages_are_embedded_in_the_form_questions_are_encoded_in() -> None:
    # A question is normalised before it is encoded (simplified script, half width, case-folded); so is
    # the passage text the encoder sees, while BM25 reads the passage as before (its tokenizer normalises).
    body = "與8家銀行簽訂合作協議，推廣“人才貸”（\uff21\uff22\uff23）。" * 3
    staged = stage(prepare(body, "d1", DEFAULTS, title="鹽湖區"), DEFAULTS, "d1.txt")
    assert staged.texts == ("盐湖区\n" + "与8家银行签订合作协议,推广“人才贷”(abc)。" * 3,)
    as_written = "鹽湖區\n" + body
    assert staged.terms == (dict(Counter(tokenize(as_written, DEFAULTS.tokenizer))),)
    # An index built before records no form: its passages were embedded as written, and an update or a
    # rebuild's reuse keys read them so until it is rebuilt.
    legacy = DEFAULTS.to_manifest(384)
    del legacy["dense"]["normalised"]
    assert IndexSettings.from_manifest(legacy).dense.normalised is False
    assert embedding_text(IndexSettings.from_manifest(legacy), as_written) == as_written
    assert IndexSettings.from_manifest(DEFAULTS.to_manifest(384)).dense.normalised is True


@pytest.mark.model
@pytest.mark.parametrize("mode", ["hybrid", "bm25"])
def test_talent_pool_question_finds_both_passages(retriever: Retriever, mode: str) -> None:
    hits = retriever.search("哪些地区设立了人才编制周转池", 5, mode)
    found = [(h.doc_id, h.text) for h in hits]
    assert any(d == YUNCHENG and "拿出150个事业编制作为 人才引进事业编制周转池" in t for d, t in found)
    assert any(d == SPEECH and "高层次人才专用编制“周转池”" in t for d, t in found)


@pytest.mark.model
@pytest.mark.parametrize("mode", ["hybrid", "bm25", "dense"])
def test_traditional_and_simplified_queries_find_the_same_passage(retriever: Retriever, mode: str) -> None:
    trad = retriever.search("天橋區人才服務品牌", 3, mode)
    simp = retriever.search("天桥区人才服务品牌", 3, mode)
    assert [h.passage_id for h in trad] == [h.passage_id for h in simp]
    if mode != "dense":
        assert trad[0].doc_id == TIANQIAO and "“橋楚”人才服務品牌" in trad[0].text


@pytest.mark.model
def test_filters_restrict_by_region_and_document(retriever: Retriever) -> None:
    hits = retriever.search("人才", 10, "hybrid", Filters(region="运城市"))
    assert hits and {h.document.region for h in hits} <= {"山西省运城市", "山西省运城市盐湖区"}
    hits = retriever.search("人才", 10, "dense", Filters(doc_id=TIANQIAO))
    assert hits and {h.doc_id for h in hits} == {TIANQIAO}
    assert retriever.search("人才", 5, "bm25", Filters(region="火星")) == []
    # a region typed or pasted with spaces around it is that region (a probe: 「 运城市 」 matched nothing)
    padded = retriever.search("人才", 10, "hybrid", Filters(region=" 运城市\u3000"))
    assert [h.passage_id for h in padded] == [
        h.passage_id for h in retriever.search("人才", 10, "hybrid", Filters(region="运城市"))
    ]
    assert Filters(region="  ") == Filters()


@pytest.mark.model
def test_hybrid_scores_report_both_legs(retriever: Retriever) -> None:
    hit = retriever.search("运城市高层次人才购房基金", 1, "hybrid")[0]
    assert hit.doc_id == YUNCHENG and "购房基金" in hit.text
    assert hit.bm25 > 0 and 0 < hit.dense <= 1


@pytest.mark.parametrize(
    ("query", "k", "mode", "message"),
    [
        ("", 5, "hybrid", "query is empty"),
        ("   ", 5, "bm25", "query is empty"),
        ("人才", 0, "hybrid", "top_k of 0"),
        ("人才", 10**6, "hybrid", "top_k of 1000000"),
        ("人才", 5, "fuzzy", "unknown mode 'fuzzy'"),
        ("人" * 1001, 5, "bm25", "1001 characters"),
    ],
)
def test_bad_search_input_is_a_clear_value_error(
    retriever: Retriever, query: str, k: int, mode: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        retriever.search(query, k, mode)


def test_fusion_methods() -> None:
    bm25, dense = np.array([10.0, 5.0, 0.0]), np.array([0.2, 0.8, 0.4])
    ranks_b, ranks_d = np.array([0.0, 1.0, 2.0]), np.array([2.0, 0.0, 1.0])
    by_max = FusionConfig(method="weighted", bm25_weight=0.5, normalization="max")
    weighted = fuse(bm25, dense, ranks_b, ranks_d, by_max)
    np.testing.assert_allclose(weighted, [0.5 * 1.0 + 0.5 * 0.25, 0.5 * 0.5 + 0.5 * 1.0, 0.5 * 0.5])
    # each leg min-max scaled over the candidates (bm25 → 1, 0.5, 0; dense → 0, 1, 1/3)
    minmax = fuse(bm25, dense, ranks_b, ranks_d, FusionConfig(bm25_weight=0.5, normalization="minmax"))
    np.testing.assert_allclose(minmax, [0.5, 0.5 * 0.5 + 0.5, 0.5 / 3])
    # z-score (the default): each leg standardised over the candidates (bm25 → 1.2247, 0, -1.2247; dense →
    # -1.0690, 1.3363, -0.2673); fuse takes the BM25 weight as given (the retriever sets it per question)
    np.testing.assert_allclose(
        fuse(bm25, dense, ranks_b, ranks_d, FusionConfig(bm25_weight=0.7)),
        [0.7 * 1.224745 - 0.3 * 1.069045, 0.3 * 1.336306, -0.7 * 1.224745 - 0.3 * 0.267261],
        rtol=1e-5,
    )
    rrf = fuse(bm25, dense, ranks_b, ranks_d, FusionConfig(method="rrf", bm25_weight=0.5, rrf_k=60))
    np.testing.assert_allclose(rrf, [0.5 / 61 + 0.5 / 63, 0.5 / 62 + 0.5 / 61, 0.5 / 63 + 0.5 / 62])
    np.testing.assert_allclose(normalize_scores(np.array([1.0, 3.0]), "minmax"), [0.0, 1.0])
    np.testing.assert_allclose(normalize_scores(np.array([1.0, 3.0]), "zscore"), [-1.0, 1.0])
    with pytest.raises(ValueError, match="unknown fusion method"):
        FusionConfig.from_dict({"method": "max"})


@pytest.mark.model
def test_cli_search_json_is_the_http_body_shape(seed_index: Path) -> None:
    out = subprocess.run(
        [CITEQA, "search", "哪些地区设立了人才编制周转池", "--json", "--index", str(seed_index)],
        check=True,
        capture_output=True,
        text=True,
    )
    body = json.loads(out.stdout)
    assert body["query"] == "哪些地区设立了人才编制周转池" and body["mode"] == "hybrid"
    assert [r["rank"] for r in body["results"]] == [1, 2, 3, 4, 5]
    first = body["results"][0]
    assert set(first) == {
        "rank",
        "passage_id",
        "doc_id",
        "title",
        "region",
        "date",
        "source",
        "text",
        "score",
        "scores",
        "start",
        "end",
        "page",  # PDF page (null otherwise), as the HTTP body carries it since the ingestion issue
    }
    assert first["page"] is None
    assert set(first["scores"]) == {"bm25", "dense"}


@pytest.mark.model
def test_cli_search_into_a_closed_pipe_ends_quietly(seed_index: Path) -> None:
    """`citeqa search … | head -1`: the reader gone, the search had printed 「citeqa search: [Errno 32]
    Broken pipe」 on stderr and exited 2, as for a mistake. It ends as a program SIGPIPE ends does."""
    process = subprocess.Popen(
        [CITEQA, "search", "人才编制周转池", "--index", str(seed_index)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()  # before it writes a line
    _, err = process.communicate(timeout=120)
    assert (process.returncode, err) == (141, b"")


def _search(seed_index: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CITEQA, "search", *args, "--index", str(seed_index)], check=True, capture_output=True, text=True
    )


@pytest.mark.model
def test_cli_search_shows_no_score_for_a_leg_its_mode_did_not_run(seed_index: Path) -> None:
    """A probe: `--mode bm25` printed `dense 0.000` for a leg that never ran; now "—" in the table. The body
    keeps the contract's numbers (0 for that leg), as the web page shows only the legs the mode ran."""
    for mode, absent, present in (("bm25", "dense", "bm25"), ("dense", "bm25", "dense")):
        body = json.loads(_search(seed_index, "人才编制周转池", "--mode", mode, "--json").stdout)
        assert body["results"]
        assert all(r["scores"][absent] == 0.0 for r in body["results"])
        assert all(r["scores"][present] == r["score"] for r in body["results"])
        table = _search(seed_index, "人才编制周转池", "--mode", mode, "--top-k", "1").stdout.splitlines()
        first = table[1].split()
        assert first[:2] == ["1", f"{body['results'][0]['score']:.3f}"]
        leg = {"bm25": 2, "dense": 3}
        assert first[leg[absent]] == "—"
        assert first[leg[present]] == f"{body['results'][0]['score']:.{2 if present == 'bm25' else 3}f}"
    hybrid = json.loads(_search(seed_index, "人才编制周转池", "--json").stdout)["results"][0]["scores"]
    assert hybrid["bm25"] > 0 and hybrid["dense"] > 0


@pytest.mark.model
def test_cli_search_says_when_the_filter_matched_nothing(seed_index: Path) -> None:
    """A probe: a filter that matches no document was told "try other words or --mode dense"."""
    for flags in (["--doc-id", "nosuch"], ["--region", "火星"]):
        out = _search(seed_index, "人才编制周转池", *flags)
        assert out.stdout == (
            f"the filter {' '.join(flags)} matched nothing; without it the question finds passages\n"
        )
    # no filter (or one that is not the cause): the words are
    assert _search(seed_index, "hello", "--mode", "bm25").stdout == (
        "no passage matches; try other words or --mode dense\n"
    )
    assert _search(seed_index, "hello", "--mode", "bm25", "--doc-id", "nosuch").stdout == (
        "no passage matches; try other words or --mode dense\n"
    )


def test_cli_search_on_milvus_prints_the_embedded_body(seed_index: Path, milvus_seed: MilvusConfig) -> None:
    """`citeqa search --backend milvus` answers exactly as on the embedded index (scores to float32 noise)."""
    bodies = []
    for flags in (["--index", str(seed_index)], store_flags(milvus_seed)):
        out = subprocess.run(
            [CITEQA, "search", "人才编制周转池", "--json", "--top-k", "8", *flags],
            check=True,
            capture_output=True,
            text=True,
        )
        body = json.loads(out.stdout)
        del body["took_ms"]
        bodies.append(body)
    embedded, milvus = bodies
    assert [r["passage_id"] for r in milvus["results"]] == [r["passage_id"] for r in embedded["results"]]
    for a, b in zip(embedded["results"], milvus["results"], strict=True):
        assert b["score"] == pytest.approx(a["score"], rel=1e-5, abs=1e-6)
        assert b["scores"] == pytest.approx(a["scores"], rel=1e-5, abs=1e-6)
        assert {k: v for k, v in b.items() if "score" not in k} == {
            k: v for k, v in a.items() if "score" not in k
        }
    out = subprocess.run(
        [
            CITEQA,
            "search",
            "人才",
            "--backend",
            "milvus",
            "--milvus-uri",
            milvus_seed.uri,
            "--milvus-collection",
            "none_here",
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    assert "citeqa search: no citeqa index in Milvus" in out.stderr
    out = subprocess.run(
        [CITEQA, "search", "人才", "--backend", "milvus"],
        capture_output=True,
        text=True,
        env={**os.environ, "CITEQA_MILVUS_URI": ""},
    )
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "citeqa search: the milvus backend needs a Milvus URI: set CITEQA_MILVUS_URI or pass --milvus-uri "
        "(e.g. http://127.0.0.1:19530)"
    )
    # an address without its scheme is no URI, not an unreachable server (a probe: 「is it running?」)
    bare = milvus_seed.uri.removeprefix("http://")
    flags = ["--backend", "milvus", "--milvus-uri", bare]
    out = subprocess.run([CITEQA, "search", "人才", *flags], capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.strip() == (
        f"citeqa search: {bare!r} is no Milvus URI; write http://HOST:PORT (a Milvus server; https:// with "
        "TLS) or the path of a milvus-lite file ending in .db"
    )


def test_cli_errors_are_one_line(seed_index: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [CITEQA, "search", "人才", "--top-k", "0", "--index", str(seed_index)], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert out.stderr.strip() == "citeqa search: top_k of 0 is out of range; pass a value from 1 to 100"
    # ask draws on at most 20 passages, as POST /ask refuses more (422)
    out = subprocess.run(
        [CITEQA, "ask", "人才", "--top-k", "21", "--index", str(seed_index)], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert out.stderr.strip() == "citeqa ask: top_k of 21 is out of range; pass a value from 1 to 20"
    out = subprocess.run(
        [CITEQA, "search", "人才", "--index", str(tmp_path / "none")], capture_output=True, text=True
    )
    assert out.returncode == 2
    none = tmp_path / "none"
    assert out.stderr.strip() == (
        f"citeqa search: no index at {none} (no manifest.json); build one with: citeqa index YOUR_DOCUMENTS "
        f"--index {none}"
    )


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["search", "人才", "--top-k", "abc"], "citeqa search: argument --top-k: invalid int value: 'abc'"),
        (["search"], "citeqa search: the following arguments are required: query"),
        (["index", "--commit-every", "x"], "citeqa index: argument --commit-every: invalid int value: 'x'"),
        (["search", "人才", "--bogus"], "citeqa search: unrecognized arguments: --bogus"),
        (["eval", "--limit", "x"], "citeqa eval: argument --limit: invalid int value: 'x'"),
    ],
)
def test_usage_mistakes_are_one_line_too(argv: list[str], line: str) -> None:
    """A flag of the wrong type or a missing argument printed argparse's usage block before the error."""
    out = subprocess.run([CITEQA, *argv], capture_output=True, text=True)
    command = line.split(":")[0]
    assert out.returncode == 2
    assert out.stderr == f"{line} (see {command} --help)\n"
    assert out.stdout == ""


@pytest.mark.model
def test_a_query_of_punctuation_alone_is_refused_as_asking_nothing(seed_index: Path) -> None:
    """A probe: /search 「？？？」 or 「。。。」 returned arbitrary dense neighbours (bm25 0.00), where /ask
    answers it as small talk; now refused as an empty query is (422, invalid_request), API and CLI alike."""
    from fastapi.testclient import TestClient

    from server.api import create_app
    from server.config import Settings

    message = f"query: {NO_WORDS}"
    assert NO_WORDS.startswith("holds no letter or digit, only punctuation or symbols; ask e.g. ")
    app = create_app(Settings(index_dir=seed_index, warm_up=False), retriever=Retriever(seed_index))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        for query in ("？？？", "。。。", " ?! ", "👍"):
            for mode in ("hybrid", "dense"):
                refused = client.post("/search", json={"query": query, "mode": mode})
                assert (refused.status_code, refused.json()) == (
                    422,
                    {"error": {"code": "invalid_request", "message": message}},
                )
        fine = client.post("/search", json={"query": "第1条？", "top_k": 1})
        assert fine.status_code == 200 and len(fine.json()["results"]) == 1
    out = subprocess.run(
        [CITEQA, "search", "？？？", "--index", str(seed_index)], capture_output=True, text=True
    )
    assert (out.returncode, out.stdout, out.stderr) == (2, "", f"citeqa search: the query {NO_WORDS}\n")
