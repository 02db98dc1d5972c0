"""How a Milvus candidate is scored the embedded backend's way: the search filters as a Milvus expression,
exact BM25 under the current statistics, the cosine in float32, and the question's coverage by the best BM25
passage (`BM25.coverage`). indexer/milvus_retrieve.py ranks with them."""

from __future__ import annotations

from typing import Any

import numpy as np

from indexer.milvus_store import FieldParams, Stats, like_contains, quote, sparse_row, stored_counts
from indexer.normalize import normalize
from indexer.searcher import Filters
from indexer.sparse import idf_share


def bm25_of(entity: dict[str, Any], qsparse: dict[int, float], stats: Stats, params: FieldParams) -> float:
    """Exact BM25 of a candidate under the current statistics: its stored weights may predate them, so
    each field's term frequencies are recovered and saturated again with the current average lengths."""
    weights = entity["sparse"]
    ids = [t for t in qsparse if t in weights]
    if not ids:
        return 0.0
    dl = (float(entity["dl"]), float(entity.get("dl_chars") or 0.0))
    built = (float(entity["avgdl"]), float(entity.get("avgdl_chars") or 0.0))
    counts = stored_counts({t: weights[t] for t in ids}, dl, built, params)
    now = sparse_row(counts, dl, (stats.avgdl_of(0), stats.avgdl_of(1)), params)
    return float(sum(qsparse[t] * now[t] for t in ids))


def filter_expr(filters: Filters | None) -> str:
    """The Milvus boolean expression of the search filters ('' = none)."""
    if filters is None:
        return ""
    parts = []
    if filters.doc_id is not None:
        parts.append(f"doc_id == {quote(filters.doc_id)}")
    if filters.region is not None:
        wanted = normalize(filters.region)
        if wanted:  # the embedded backend's substring test: an empty region matches every document
            parts.append(f"region_norm like {like_contains(wanted)}")
    return " and ".join(parts)


def cosine(entity: dict[str, Any], vector: np.ndarray) -> float:
    """A passage's cosine with ``vector`` (0.0 without one), in float32 as the embedded backend has it."""
    return float(np.dot(np.asarray(entity["vector"], np.float32), vector)) if len(vector) else 0.0


def coverage(
    qsparse: dict[int, float],
    best: dict[str, Any] | None,
    stats: Stats,
    df: dict[int, int],
    params: FieldParams,
) -> float:
    """`BM25.coverage` from Milvus statistics: the idf share of the question's indexed terms (n-grams only
    when the index has that field) that the best BM25 passage ``best`` holds; 0.0 without a BM25 hit."""
    if best is None:
        return 0.0
    tids = sorted(qsparse)
    fields = np.array([params.field_id(t) for t in tids], dtype=np.int64)
    idf = np.array([stats.idf(df[t], int(f)) for t, f in zip(tids, fields, strict=True)], dtype=np.float64)
    ngram = fields == 1 if params.fields else np.zeros(len(tids), dtype=bool)
    held = np.array([t in best["sparse"] for t in tids], dtype=bool)
    return idf_share(idf, ngram, held)
