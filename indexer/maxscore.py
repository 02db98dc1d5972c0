"""The BM25 leg of one query without scoring every passage: MaxScore (Turtle & Flood 1995; Lucene's
``MaxScoreBulkScorer`` prunes the same way), exact.

A character unigram such as 的 or 是 sits in most passages: on a million passages a question's frequent
unigrams are over 90 % of the postings its BM25 touches, and each adds at most its idf × (k1 + 1) to any
passage. So the terms are taken from the largest such bound down; once the bounds of the terms not yet taken
add up to less than the n-th best partial score, a passage those terms alone would have to lift cannot reach
the top n. Only the passages that still could stay in the running, fewer after every term; a frequent term is
looked up for them (a binary search in its posting list) when that is cheaper than reading the list. Every
score handed on is recomputed in the order `BM25.scores` adds them, so the leg is bit-identical to scoring
every passage (`BM25.scores` + `top_k`, the reference: tests/test_maxscore.py checks rows and scores).

`bm25_leg` decides: below ``prune_from`` passages, or when any term could score negative (an idf floor
below zero in a tiny collection), it scores every passage.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from indexer.sparse import BM25, top_k

# Passages from which the leg prunes: at 100k it is still 1.26x slower than scoring every passage, at 1M it
# takes 0.37x the time (eval/results/bm25-prune.md).
PRUNE_FROM = 200_000
# A remaining bound is only compared with the n-th best partial score before a term whose posting list is at
# least this share of the passages: that comparison reads every passage once.
CHECK_SHARE = 0.08
Terms = list[tuple[int, int]]  # (column, count in the query)
# A term is looked up for the surviving rows (a binary search each) instead of read whole when its posting
# list is longer than this many times their number.
LOOKUP_COST = 16
_SLACK = 1e-9  # partial sums add in another order than the reference's; rounding never decides a cut


class BM25Leg:
    """One query's BM25 scores, as the retriever reads them: its best rows, and the score of any row."""

    def top(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError

    def at(self, rows: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class FullLeg(BM25Leg):
    """Every passage scored (the reference)."""

    def __init__(self, scores: np.ndarray) -> None:
        self.scores = scores

    def top(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        return top_k(self.scores, k)

    def at(self, rows: np.ndarray) -> np.ndarray:
        return self.scores[rows]


class PrunedLeg(BM25Leg):
    """The exact top ``depth`` rows, and any other row's exact score on demand."""

    def __init__(
        self, bm25: BM25, terms: Terms, allowed: np.ndarray | None, rows: np.ndarray, depth: int
    ) -> None:
        self._bm25, self._terms, self._allowed, self.depth = bm25, terms, allowed, depth
        self._known: dict[int, float] = {}  # row -> exact score, unfiltered: each row scored once per query
        self._rows, self._scores = top_k_of(rows, self.at(rows), depth)

    def top(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        if k > self.depth:
            raise ValueError(f"this leg holds the top {self.depth} rows, not {k}")
        return self._rows[:k], self._scores[:k]

    def at(self, rows: np.ndarray) -> np.ndarray:
        wanted = np.asarray(rows, dtype=np.int64).tolist()
        known = self._known
        missing = [r for r in wanted if r not in known]
        if missing:
            fresh = exact_scores(self._bm25, self._terms, np.array(missing)).tolist()
            known.update(zip(missing, fresh, strict=True))
        scores = np.array([known[r] for r in wanted], dtype=np.float64)
        return scores if self._allowed is None else np.where(self._allowed[rows], scores, 0.0)


def query_terms(bm25: BM25, query_tokens: Sequence[str]) -> Terms:
    """(column, count) of the query's indexed terms, in the order `BM25.scores` adds them."""
    counts = Counter(query_tokens).items()
    return [(col, n) for term, n in counts if (col := bm25.column.get(term)) is not None]


def bm25_leg(
    bm25: BM25,
    query_tokens: Sequence[str],
    depth: int,
    allowed: np.ndarray | None = None,
    prune_from: int | None = None,
) -> BM25Leg:
    """The query's BM25 leg: its top ``depth`` rows (only ``allowed`` ones) and any row's score."""
    terms = query_terms(bm25, query_tokens)
    if (
        bm25.size < (PRUNE_FROM if prune_from is None else prune_from)
        or not terms
        or any(bm25.idf[c] < 0 for c, _ in terms)
        or depth <= 0
    ):
        scores = bm25.scores(query_tokens)
        return FullLeg(scores if allowed is None else np.where(allowed, scores, 0.0))
    return PrunedLeg(bm25, terms, allowed, candidates(bm25, terms, depth, allowed), depth)


def candidates(
    bm25: BM25, terms: Terms, depth: int, allowed: np.ndarray | None, check_share: float | None = None
) -> np.ndarray:
    """Rows that could be among the best ``depth`` (a superset of them, usually a few more).

    Terms are added from the largest bound down, each over its whole posting list, until the bounds of the
    terms left fall below the n-th best partial score; from then on only rows that could still reach it are
    kept, and a term is looked up for those rows alone when that is cheaper than its posting list."""
    indptr, indices, data = bm25.tf.indptr, bm25.tf.indices, bm25.tf.data
    bounds = np.array([_bound(bm25, col, n) for col, n in terms])
    order = np.argsort(-bounds, kind="stable")
    remaining = np.concatenate([np.cumsum(bounds[order][::-1])[::-1], [0.0]])  # bound of terms i.. onwards
    acc = np.zeros(bm25.size, dtype=np.float64)
    mask = None if allowed is None else allowed.astype(np.float64)
    check_from = (CHECK_SHARE if check_share is None else check_share) * bm25.size
    alive: np.ndarray | None = None  # rows still in the running, once the bound has cut the rest
    theta = 0.0
    for i, t in enumerate(order):
        col, n = terms[t]
        lo, hi = indptr[col], indptr[col + 1]
        if alive is None and i and hi - lo >= check_from:
            theta = _nth_best(acc if mask is None else acc * mask, depth)
            if _cut(theta, remaining[i]) > 0:
                alive = np.flatnonzero((acc if mask is None else acc * mask) > _cut(theta, remaining[i]))
        f = bm25.field[col]
        k1 = bm25.k1[f]
        scale = n * bm25.weight[f] * bm25.idf[col]
        if alive is None or len(alive) * LOOKUP_COST >= hi - lo:
            rows = indices[lo:hi]
            tf = data[lo:hi].astype(np.float64)
            acc[rows] += scale * (tf * (k1 + 1) / (tf + bm25.norm[f][rows]))
        else:
            posting = indices[lo:hi]
            at = np.minimum(np.searchsorted(posting, alive), hi - lo - 1)
            held = posting[at] == alive
            rows = alive[held]
            tf = data[lo + at[held]].astype(np.float64)
            acc[rows] += scale * (tf * (k1 + 1) / (tf + bm25.norm[f][rows]))
        if alive is not None and len(alive) <= max(hi - lo, 4 * depth):
            # the survivors' n-th best partial score only rises; what the terms left could add shrinks
            theta = max(theta, _nth_best(acc[alive], depth))
            alive = alive[acc[alive] > _cut(theta, remaining[i + 1])]
    if alive is None:
        masked = acc if mask is None else acc * mask
        theta = _nth_best(masked, depth)
        return np.flatnonzero(masked > _cut(theta, 0.0)) if theta > 0 else np.flatnonzero(masked > 0)
    theta = max(theta, _nth_best(acc[alive], depth))  # every term added: the survivors' scores are whole
    return alive[acc[alive] > _cut(theta, 0.0)]


def _cut(theta: float, rest: float) -> float:
    """Below this partial score a row cannot reach ``theta`` with ``rest`` at most to come (rounding)."""
    return theta * (1 - _SLACK) - rest * (1 + _SLACK)


def _bound(bm25: BM25, col: int, n: int) -> float:
    """The most one occurrence-weighted term can add to a passage: its largest frequency against the
    field's shortest length normalisation."""
    f = bm25.field[col]
    k1 = bm25.k1[f]
    tf = bm25.tf_max(col)
    least = bm25.least_norm[f]
    return float(n * bm25.weight[f] * bm25.idf[col] * (tf * (k1 + 1) / (tf + least)))


def _nth_best(acc: np.ndarray, n: int) -> float:
    positive = acc[acc > 0]
    if len(positive) < n:
        return 0.0
    return float(np.partition(positive, len(positive) - n)[len(positive) - n])


def exact_scores(bm25: BM25, terms: Terms, rows: np.ndarray) -> np.ndarray:
    """BM25 scores of ``rows``, added term by term in `BM25.scores`' order (bit-identical to it)."""
    out = np.zeros(len(rows), dtype=np.float64)
    if not len(rows):
        return out
    indptr, indices, data = bm25.tf.indptr, bm25.tf.indices, bm25.tf.data
    for col, n in terms:
        lo, hi = indptr[col], indptr[col + 1]
        if hi == lo:
            continue
        posting = indices[lo:hi]
        at = np.minimum(np.searchsorted(posting, rows), hi - lo - 1)
        held = posting[at] == rows
        if not held.any():
            continue
        r = rows[held]
        tf = data[lo + at[held]].astype(np.float64)
        f = bm25.field[col]
        k1 = bm25.k1[f]
        out[held] += n * bm25.weight[f] * bm25.idf[col] * (tf * (k1 + 1) / (tf + bm25.norm[f][r]))
    return out


def top_k_of(rows: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """`top_k` over ascending ``rows``: the ``k`` best positive scores, ties by row."""
    positions, values = top_k(scores, k)
    return rows[positions], values
