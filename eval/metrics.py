"""Ranking metrics, shared by the BEIR evaluation and the seed question set.

Inputs are plain: per query, the ranked list of retrieved ids (documents, de-duplicated, best first) and
the set of relevant ids. Every metric is per query; aggregates are means.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

CUTOFFS = (1, 5, 10)


def dedupe(ids: Sequence[str]) -> list[str]:
    """First occurrence of each id, order kept (passages of one document count once)."""
    seen: set[str] = set()
    out = []
    for i in ids:
        if i not in seen:
            seen.add(i)
            out.append(i)
    return out


def recall_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    if not relevant:
        return 0.0
    return len(set(ranked[:k]) & relevant) / len(relevant)


def mrr_at(ranked: Sequence[str], relevant: set[str], k: int = 10) -> float:
    for i, pid in enumerate(ranked[:k]):
        if pid in relevant:
            return 1.0 / (i + 1)
    return 0.0


def ndcg_at(ranked: Sequence[str], relevant: set[str], k: int = 10) -> float:
    dcg = sum(1.0 / math.log2(i + 2) for i, pid in enumerate(ranked[:k]) if pid in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return dcg / ideal if ideal else 0.0


def success_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """1 when any relevant id is in the top ``k`` (what a reader sees), else 0."""
    return 1.0 if set(ranked[:k]) & relevant else 0.0


def query_metrics(ranked: Sequence[str], relevant: set[str]) -> dict[str, float]:
    ranked = dedupe(ranked)
    out = {"success@1": success_at(ranked, relevant, 1)}
    # recall@k is the *fraction* of the relevant ids found: below success@1 when a query has several
    out.update({f"recall@{k}": recall_at(ranked, relevant, k) for k in CUTOFFS})
    out["mrr@10"] = mrr_at(ranked, relevant, 10)
    out["ndcg@10"] = ndcg_at(ranked, relevant, 10)
    return out


def aggregate(per_query: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    if not per_query:
        return {}
    names = next(iter(per_query.values())).keys()
    return {name: round(sum(m[name] for m in per_query.values()) / len(per_query), 4) for name in names}


def paired(
    a: Mapping[str, Mapping[str, float]], b: Mapping[str, Mapping[str, float]], metric: str = "mrr@10"
) -> dict[str, int]:
    """How many queries mode a wins, loses and ties against mode b on ``metric``."""
    wins = sum(1 for q in a if a[q][metric] > b[q][metric])
    losses = sum(1 for q in a if a[q][metric] < b[q][metric])
    return {"wins": wins, "losses": losses, "ties": len(a) - wins - losses}
