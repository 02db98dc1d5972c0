"""citeqa's BM25 against its reference, rank_bm25.BM25Okapi: same tokens, same parameters, same scores."""

from __future__ import annotations

import numpy as np
from rank_bm25 import BM25Okapi

from indexer.chunk import chunk_text
from indexer.clean import clean_document
from indexer.segment import tokenize
from indexer.sparse import BM25, MIN_IDF, top_k
from tests.conftest import SEEDS

QUERIES = [
    "哪些地区设立了人才编制周转池?",
    "天橋區人才服務品牌",
    "省校合作 签订 协议",
    "人才公寓 2112套",
    "綦江区 知识价值信用贷款",
    "完全不相关的火星探测器",
    "人才 人才 人才",  # a repeated query term counts each time, as in rank-bm25
]


def _seed_passages() -> list[list[str]]:
    docs: list[list[str]] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = clean_document(path.read_text(encoding="utf-8")).text
        docs.extend(tokenize(text[s.start : s.end]) for s in chunk_text(text))
    return docs


def test_scores_equal_rank_bm25_on_seed_corpus() -> None:
    docs = _seed_passages()
    assert len(docs) > 40
    reference = BM25Okapi(docs)
    ours = BM25.from_tokens(docs)
    for query in QUERIES:
        q = tokenize(query)
        np.testing.assert_allclose(ours.scores(q), reference.get_scores(q), rtol=1e-12, atol=1e-12)
        ref_top = np.argsort(-reference.get_scores(q), kind="stable")[:10]
        rows, _ = ours.top(q, 10)
        positive = [r for r in ref_top if reference.get_scores(q)[r] > 0]
        assert rows.tolist() == positive


def test_incremental_add_and_delete_match_a_fresh_build() -> None:
    docs = _seed_passages()
    fresh = BM25.from_tokens(docs)
    grown = BM25.from_tokens(docs[:10]).with_added(docs[10:])
    q = tokenize("人才编制周转池 省校合作")
    np.testing.assert_allclose(grown.scores(q), fresh.scores(q), rtol=1e-12)
    keep = np.ones(len(docs), dtype=bool)
    keep[5:15] = False
    shrunk = fresh.with_rows_kept(keep)
    reference = BM25Okapi([d for d, k in zip(docs, keep, strict=True) if k])
    np.testing.assert_allclose(shrunk.scores(q), reference.get_scores(q), rtol=1e-12)


def test_negative_idf_uses_rank_bm25_epsilon_floor() -> None:
    docs = [["a", "b"], ["a", "c"], ["a", "d"], ["e"]]
    ours, ref = BM25.from_tokens(docs), BM25Okapi(docs)
    np.testing.assert_allclose(ours.scores(["a", "e"]), ref.get_scores(["a", "e"]), rtol=1e-12)
    assert ours.idf[ours.column["a"]] == ref.idf["a"] > 0


def test_a_word_every_passage_holds_still_matches() -> None:
    """A probe: 4 like notices that all say 补贴 found nothing for 「补贴」 (rank-bm25's floor, epsilon × the
    mean idf, is negative when most words are shared), nor a word in exactly half the passages (idf 0).
    Where the reference's floor is positive (above) the scores are still the reference's."""
    docs = [["补贴", "博士"], ["补贴", "硕士"], ["补贴", "博士"], ["补贴", "硕士"]]
    ours, ref = BM25.from_tokens(docs), BM25Okapi(docs)
    assert (ref.get_scores(["补贴"]) <= 0).all()  # the reference matches nothing
    assert ours.idf[ours.column["补贴"]] == MIN_IDF and ours.idf[ours.column["博士"]] == MIN_IDF
    scores = ours.scores(["补贴"])
    assert (scores > 0).all() and len(set(scores.tolist())) == 1
    assert top_k(ours.scores(["博士"]), 4)[0].tolist()[:2] == [0, 2]
    half = BM25.from_tokens([["人才", "公寓"], ["编制"]])  # a word in one of two passages: idf 0 before
    assert half.scores(["人才"]).tolist()[0] > 0 and half.scores(["人才"]).tolist()[1] == 0


def test_top_k_orders_by_score_then_row() -> None:
    rows, scores = top_k(np.array([0.0, 2.0, 1.0, 2.0, -1.0]), 3)
    assert rows.tolist() == [1, 3, 2]
    assert scores.tolist() == [2.0, 2.0, 1.0]
