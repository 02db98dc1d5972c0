"""Fusion of the BM25 and dense legs over their union of candidates: weighted normalised scores, or RRF.
The BM25 weight follows how much of the question the best BM25 passage covers; Rocchio feeds the dense leg."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Literal

import numpy as np

FusionMethod = Literal["weighted", "rrf"]
Normalization = Literal["minmax", "zscore", "max"]


@dataclass(frozen=True)
class FusionConfig:
    """How hybrid mode combines its legs; stored in the index manifest, overridable per evaluation run."""

    method: FusionMethod = "weighted"
    # Chosen leave-one-corpus-out over cmrc2018, drcd and stard (eval/loco.py): eval/results/loco.md. E5's
    # cosines sit in a narrow band (unrelated pairs ~0.81, relevant ~0.91), so each leg is standardised over
    # the query's candidates (z-score) instead of divided by its maximum.
    # The BM25 leg's weight runs from ``uncovered_bm25_weight``, when the best BM25 passage holds none of the
    # question's n-gram idf mass, to ``bm25_weight`` when it holds all of it (`weight_at`): a question copied
    # from its text leans on shared words, one written without the text (legal advice) on meaning. Equal
    # values give one fixed weight. The dense leg gets 1 - the weight.
    bm25_weight: float = 0.8
    uncovered_bm25_weight: float = 0.4
    normalization: Normalization = "zscore"
    rrf_k: int = 60
    candidates: int = 100  # per leg, before fusion
    sentence_weight: float = (
        0.0  # weight of the best-sentence-window coverage (indexer/rerank.py); off: no gain
    )
    rerank_depth: int = 30  # how many fused candidates the sentence stage re-scores
    # Dense at sentence grain (indexer/sentences.py): each sentence embedded alone at index time (what
    # /ask's claim scoring reads, so no sentence is encoded at question time); ``sentence_dense_weight`` 0
    # embeds none.
    # The stage re-scoring the fused top ``sentence_dense_depth`` by their best sentence's cosine with the
    # question was chosen leave one corpus out on cmrc2018, drcd and stard (eval/results/sentence-dense.md:
    # +0.002 to +0.009 S@1) and is off (depth 0): on the policy collections, documents as users index them,
    # it ranks the sentence restating the document's topic first (an introduction, a heading, an attachment
    # line) and costs 0.067 of passage hit@1 (eval/results/policy-retrieval.md).
    sentence_dense_weight: float = 0.75
    sentence_dense_depth: int = 0
    # Rocchio pseudo-relevance feedback for the dense leg: the query vector plus feedback_weight × the mean
    # vector of the first fusion's top feedback_depth passages, renormalised, searched again and fused again
    # (one more vector search; passages are never re-embedded). 0 turns it off.
    feedback_depth: int = 5
    feedback_weight: float = 0.25
    # Answer type (indexer/rerank.py `answer_type_stage`): among the final top ``answer_type_depth``, a
    # passage stating what the question asks for (a number, a date, the day of a date, the papers to bring)
    # gains ``answer_type_weight`` × the spread (std) of their scores. 0 turns it off. 0.5: the largest
    # weight losing nothing against the stage off on any bench set (eval/results/answer-type-loco.md).
    answer_type_weight: float = 0.5
    answer_type_depth: int = 10
    # Scope (indexer/rerank.py `scope_stage`): a question naming a county-level place (张店区, 晋江市:
    # ``scope_rank`` 2; 1 would add cities, 0 provinces) is about that place's own documents: among the same
    # head, a passage of a document about it (its region) gains ``scope_weight`` × the spread, over a news
    # roundup or another place's notice that only mentions it. 0 turns it off. 1.0 at county level: the
    # largest weight losing nothing against the stage off on any bench set — 2.0 drops a drcd question, and
    # cities or provinces (台湾, 北海舰队 in drcd's questions) are topics as often as scope
    # (eval/results/scope-loco.md). /ask composes without it (server/answer/compose.py `retrieve`).
    scope_weight: float = 1.0
    scope_rank: int = 2
    # Superseded drafts (indexer/rerank.py `draft_stage`): among the same head, a draft published for
    # comment (its title: 征求意见稿, 送审稿, 草案) whose issued policy has passages there too (a title naming
    # the same policy) goes just below the issued policy's best passage, unless the question asks about a
    # draft; a draft without its issued policy keeps its place. No weight: the issued policy replaces the
    # draft. No bench set holds a draft (eval/results/policy-retrieval.md measures it on the policy sets).
    superseded_drafts: bool = True
    # Replies (indexer/rerank.py `reply_stage`): among the same head, the reply to a passage ending in a
    # question of its own (a citizen's letter, an FAQ's question line) — the next passage of its document —
    # goes just above it. No weight: the reply answers what the letter asks.
    replies: bool = True

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def weight_at(self, coverage: float) -> float:
        """The BM25 weight for a question whose best BM25 passage holds ``coverage`` (0..1) of its terms."""
        return self.uncovered_bm25_weight + (self.bm25_weight - self.uncovered_bm25_weight) * coverage

    def at_coverage(self, coverage: float) -> FusionConfig:
        """This config with the fixed BM25 weight of a question of ``coverage`` (what `fuse` applies)."""
        return replace(self, bm25_weight=self.weight_at(coverage))

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FusionConfig:
        merged = {**asdict(cls()), **data}
        config = cls(**merged)
        config.validate()
        return config

    def validate(self) -> None:
        if self.method not in ("weighted", "rrf"):
            raise ValueError(f"unknown fusion method {self.method!r}; use 'weighted' or 'rrf'")
        if self.normalization not in ("minmax", "zscore", "max"):
            raise ValueError(f"unknown normalisation {self.normalization!r}; use 'minmax', 'zscore' or 'max'")
        if not 0.0 <= self.bm25_weight <= 1.0:
            raise ValueError(f"bm25_weight {self.bm25_weight} must lie between 0 and 1")
        if not 0.0 <= self.uncovered_bm25_weight <= 1.0:
            raise ValueError(f"uncovered_bm25_weight {self.uncovered_bm25_weight} must lie between 0 and 1")
        if self.sentence_dense_weight < 0 or self.sentence_dense_depth < 0:
            raise ValueError("sentence_dense_weight and sentence_dense_depth must not be negative")
        if self.candidates < 1 or self.rrf_k < 1 or self.rerank_depth < 0:
            raise ValueError("candidates and rrf_k must be positive, rerank_depth not negative")
        if self.feedback_depth < 0 or self.feedback_weight < 0:
            raise ValueError("feedback_depth and feedback_weight must not be negative (0 turns feedback off)")
        if self.answer_type_weight < 0 or self.answer_type_depth < 0:
            raise ValueError("answer_type_weight and answer_type_depth must not be negative (0 turns it off)")
        if self.scope_weight < 0 or self.scope_rank not in (0, 1, 2):
            raise ValueError(
                "scope_weight must not be negative and scope_rank be 0, 1 or 2 (province to county)"
            )
        for flag in ("superseded_drafts", "replies"):
            if not isinstance(getattr(self, flag), bool):
                raise ValueError(f"{flag} {getattr(self, flag)!r} must be true or false")
        if self.sentence_weight < 0:
            raise ValueError(f"sentence_weight {self.sentence_weight} must not be negative")


def normalize_scores(scores: np.ndarray, how: Normalization) -> np.ndarray:
    """Map one leg's candidate scores to a comparable range (higher stays better)."""
    scores = np.asarray(scores, dtype=np.float64)
    if len(scores) == 0:
        return scores
    if how == "max":
        top = scores.max()
        return scores / top if top > 0 else np.zeros_like(scores)
    if how == "minmax":
        lo, hi = scores.min(), scores.max()
        return (scores - lo) / (hi - lo) if hi > lo else np.ones_like(scores)
    std = scores.std()
    return (scores - scores.mean()) / std if std > 0 else np.zeros_like(scores)


def fuse(
    bm25: np.ndarray, dense: np.ndarray, bm25_rank: np.ndarray, dense_rank: np.ndarray, config: FusionConfig
) -> np.ndarray:
    """Fused score per candidate. Ranks are 0-based positions in each leg's own list (len = not listed)."""
    if config.method == "rrf":
        w = config.bm25_weight
        return w / (config.rrf_k + bm25_rank + 1) + (1 - w) / (config.rrf_k + dense_rank + 1)
    nb = normalize_scores(bm25, config.normalization)
    nd = normalize_scores(dense, config.normalization)
    return config.bm25_weight * nb + (1 - config.bm25_weight) * nd


def feedback_query(query: np.ndarray, top: np.ndarray, weight: float) -> np.ndarray:
    """Rocchio: ``query`` plus ``weight`` × the mean of the ``top`` passage vectors (rows), unit length."""
    if len(top) == 0 or weight == 0:
        return query
    moved = np.asarray(query, dtype=np.float32) + np.float32(weight) * top.mean(axis=0, dtype=np.float32)
    norm = float(np.linalg.norm(moved))
    return moved / norm if norm > 0 else query
