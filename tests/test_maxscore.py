"""The pruned BM25 leg (indexer/maxscore.py) against the reference, scoring every passage: the same rows in
the same order with bit-identical scores, for any depth and filter, and any row's score on demand."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import indexer.maxscore
from indexer.maxscore import FullLeg, PrunedLeg, bm25_leg, candidates, query_terms
from indexer.retrieve import Retriever
from indexer.searcher import Filters
from indexer.sparse import BM25, BM25Params, top_k
from tests.conftest import KeywordEncoder

PARAMS = BM25Params(k1=1.2, b=0.75, chars_k1=0.6, chars_b=0.5, chars_weight=1.0)


def zipf_corpus(passages: int, seed: int) -> list[list[str]]:
    """Passages of words and '#' n-grams drawn with Zipf frequencies: a few terms in most passages (like 的
    and 是), most in a handful, lengths from 5 to 120 tokens."""
    rng = np.random.default_rng(seed)
    words = [f"w{i}" for i in range(3000)]
    grams = [f"#g{i}" for i in range(800)]
    out = []
    for _ in range(passages):
        n = int(rng.integers(5, 120))
        out.append(
            [words[min(int(x), 2999)] for x in rng.zipf(1.3, n)]
            + [grams[min(int(x), 799)] for x in rng.zipf(1.2, n)]
        )
    return out


@pytest.fixture(scope="module")
def bm25() -> BM25:
    return BM25.from_tokens(zipf_corpus(4000, seed=7), PARAMS)


def questions(bm25: BM25, count: int, seed: int) -> list[list[str]]:
    """Questions mixing frequent terms (in a tenth of the passages or more) with rarer ones."""
    rng = np.random.default_rng(seed)
    df = np.diff(bm25.tf.indptr)
    common = [bm25.vocab[c] for c in np.flatnonzero(df >= bm25.size // 10)]
    rare = [bm25.vocab[c] for c in np.flatnonzero((df > 0) & (df < bm25.size // 50))]
    out = []
    for _ in range(count):
        picked = list(rng.choice(common, int(rng.integers(3, 12)))) + list(
            rng.choice(rare, int(rng.integers(1, 5)))
        )
        out.append([str(t) for t in picked] + ["never-indexed"])
    return out


@pytest.mark.parametrize("depth", [1, 10, 100])
def test_the_pruned_leg_equals_scoring_every_passage(bm25: BM25, depth: int) -> None:
    pruned_somewhere = 0
    for tokens in questions(bm25, 60, seed=depth):
        reference = bm25.scores(tokens)
        want_rows, want_scores = top_k(reference, depth)
        leg = bm25_leg(bm25, tokens, depth, prune_from=0)
        assert isinstance(leg, PrunedLeg)
        rows, scores = leg.top(depth)
        assert rows.tolist() == want_rows.tolist()
        assert scores.tolist() == want_scores.tolist()  # bit-identical, not close
        some = np.random.default_rng(len(tokens)).choice(bm25.size, 50, replace=False)
        assert leg.at(some).tolist() == reference[some].tolist()
        kept = candidates(bm25, query_terms(bm25, tokens), depth, None, check_share=0.0)
        pruned_somewhere += int(len(kept) < np.count_nonzero(reference))
    assert pruned_somewhere >= 30  # the bound cut most questions' candidates short of every matching row


def test_a_filter_keeps_the_pruned_leg_exact(bm25: BM25) -> None:
    allowed = np.zeros(bm25.size, dtype=bool)
    allowed[::7] = True
    for tokens in questions(bm25, 30, seed=99):
        reference = np.where(allowed, bm25.scores(tokens), 0.0)
        leg = bm25_leg(bm25, tokens, 20, allowed, prune_from=0)
        rows, scores = leg.top(20)
        want_rows, want_scores = top_k(reference, 20)
        assert rows.tolist() == want_rows.tolist() and scores.tolist() == want_scores.tolist()
        assert leg.at(np.arange(0, bm25.size, 5)).tolist() == reference[::5].tolist()


def test_small_collections_and_questions_without_indexed_terms_score_every_passage(bm25: BM25) -> None:
    assert isinstance(bm25_leg(bm25, ["w1", "#g1"], 10), FullLeg)  # 4,000 passages < PRUNE_FROM
    empty = bm25_leg(bm25, ["never-indexed"], 10, prune_from=0)
    assert isinstance(empty, FullLeg) and empty.top(10)[0].tolist() == []
    with pytest.raises(ValueError, match="holds the top 5 rows, not 6"):
        bm25_leg(bm25, ["w1", "#g1"], 5, prune_from=0).top(6)


def test_search_ranks_the_same_with_pruning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer.build import index_records
    from indexer.settings import DEFAULTS
    from tests.test_store import RECORDS

    records = [
        *RECORDS,
        ("d4", "盐湖区人才公寓", "盐湖区建成人才公寓300套,面向高校毕业生。运城市盐湖区人才服务中心。"),
    ]
    index_records(records, tmp_path / "idx", KeywordEncoder(), DEFAULTS.with_model("keywords"))
    retriever = Retriever(tmp_path / "idx", encoder=KeywordEncoder())

    def ranked() -> list[list[tuple[str, float, float]]]:
        out = []
        for question in ("盐湖区与多少所高校签约?", "人才公寓", "运城市 事业编制 周转池"):
            for mode in ("bm25", "hybrid"):
                hits = retriever.search(question, 4, mode)
                out.append([(h.passage_id, h.score, h.bm25) for h in hits])
        hits = retriever.search("人才", 4, "bm25", Filters(doc_id="d4"))
        out.append([(h.passage_id, h.score, h.bm25) for h in hits])
        return out

    before = ranked()
    monkeypatch.setattr(indexer.maxscore, "PRUNE_FROM", 0)
    assert ranked() == before
    assert before[0][0][0] == "b2:0"


def test_top_k_keeps_the_first_positions_among_entries_tied_at_the_cut() -> None:
    scores = np.array([0.0, 2.0, 1.0, 2.0, 2.0, 0.5, 3.0])
    rows, values = top_k(scores, 3)
    assert rows.tolist() == [6, 1, 3] and values.tolist() == [3.0, 2.0, 2.0]
    assert top_k(scores, 10)[0].tolist() == [6, 1, 3, 4, 2, 5]
