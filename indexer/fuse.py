"""Fusion of the BM25 and dense legs over their union of candidates: weighted normalised scores, or RRF."""

from __future__ import annotations

from dataclasses import asdict, dataclass
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
    bm25_weight: float = 0.7  # the dense leg gets 1 - bm25_weight
    normalization: Normalization = "zscore"
    rrf_k: int = 60
    candidates: int = 100  # per leg, before fusion
    sentence_weight: float = (
        0.0  # weight of the best-sentence-window coverage (indexer/rerank.py); off: no gain
    )
    rerank_depth: int = 30  # how many fused candidates the sentence stage re-scores

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

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
        if self.candidates < 1 or self.rrf_k < 1 or self.rerank_depth < 0:
            raise ValueError("candidates and rrf_k must be positive, rerank_depth not negative")
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
