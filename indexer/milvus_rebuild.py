"""Bulk operations on a Milvus-backed index: copy an embedded index in (its vectors and term counts reused,
nothing re-embedded), and recount the BM25 statistics from the stored passages (after a killed writer).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import numpy as np

from indexer.milvus_collections import Collections
from indexer.milvus_lease import writer_lease
from indexer.milvus_sentences import recount_all
from indexer.milvus_store import (
    FieldParams,
    Stats,
    bucket_of,
    exact_mean_idf,
    sparse_row,
    stored_counts,
    term_id,
)
from indexer.milvus_write import NewDocument, NewPassage, apply_write, count_rows
from indexer.settings import IndexSettings
from indexer.store import IndexData

logger = logging.getLogger(__name__)


def passages_of_index(data: IndexData) -> list[NewPassage]:
    """The passages of an embedded index with their stored vectors and term frequencies (no re-embedding)."""
    tf = data.bm25.tf.tocsr()
    ids = np.array([term_id(t) for t in data.bm25.vocab], dtype=np.int64)
    out = []
    for row in range(data.passages):
        lo, hi = tf.indptr[row], tf.indptr[row + 1]
        counts: dict[int, int] = {}
        for tid, n in zip(ids[tf.indices[lo:hi]].tolist(), tf.data[lo:hi].tolist(), strict=True):
            counts[tid] = counts.get(tid, 0) + round(n)
        doc = data.documents[int(data.doc_rows[row])]
        out.append(
            NewPassage(
                doc.doc_id,
                int(data.ordinals[row]),
                int(data.starts[row]),
                int(data.ends[row]),
                data.passage_text(row),
                counts,
                np.asarray(data.vectors[row], dtype=np.float32),
            )
        )
    return out


def import_index(cols: Collections, data: IndexData) -> Stats:
    """Copy an embedded index into empty Milvus collections, reusing its vectors and term counts."""
    fusion = IndexSettings.from_manifest(data.settings).fusion
    held = data.sentences is not None and fusion.sentence_dense_weight > 0
    cols.create(int(data.settings["model"]["dim"]), sentences=held)
    if cols.stats().passages:
        raise ValueError(
            f"collection {cols.config.collection!r} is not empty; drop it first or pick another name"
        )
    counts = data.passage_counts()
    documents = [
        NewDocument(m, t, int(n)) for m, t, n in zip(data.documents, data.texts, counts, strict=True)
    ]
    known = {}
    if data.sentences is not None:  # copied, not embedded again (counts are recomputed from the passages)
        known = dict(zip(data.sentences.keys.tolist(), data.sentences.vectors, strict=True))
    stats, _ = apply_write(cols, data.settings, passages_of_index(data), documents, sentences=known)
    return stats


def rebuild_stats(cols: Collections, settings: dict[str, Any] | None = None, reweight: bool = False) -> Stats:
    """Recompute the statistics and the sentence counts from the stored passages (after a killed writer,
    or to refresh weights).

    ``reweight`` also rewrites every passage's sparse vector with the current average length.
    """
    with writer_lease(cols):
        return _rebuild(cols, settings, reweight)


def _rebuild(cols: Collections, settings: dict[str, Any] | None, reweight: bool) -> Stats:
    stats = cols.stats()
    settings = settings or stats.settings
    params = FieldParams.of(settings["bm25"])
    sentences = cols.has_sentences()
    fields = ["pk", "sparse", "dl", "dl_chars", *(["text"] if sentences else [])]
    rows = cols.query_all(cols.config.passages, "pk >= 0", fields)
    df: dict[int, int] = {}
    total = count_rows(rows, 1, df)
    n = len(rows)
    avgdl = (total[0] / n, total[1] / n) if n else (0.0, 0.0)
    if reweight and n:
        full = cols.query_all(cols.config.passages, "pk >= 0", ["*"])
        for row in full:
            built = (float(row["avgdl"]), float(row.get("avgdl_chars") or 0.0))
            dl = (float(row["dl"]), float(row.get("dl_chars") or 0.0))
            counts = stored_counts(row["sparse"], dl, built, params)
            if counts:
                row["sparse"] = sparse_row(counts, dl, avgdl, params)
            row["avgdl"], row["avgdl_chars"] = avgdl
        cols.upsert(cols.config.passages, full)
    buckets: dict[int, dict[int, int]] = {b: {} for b in cols.all_df()}  # every old bucket is rewritten
    for tid, count in df.items():
        buckets.setdefault(bucket_of(tid), {})[tid] = count
    per: tuple[list[int], list[int]] = ([], [])
    for tid, count in df.items():
        per[params.field_id(tid)].append(count)
    values = [np.array(v, dtype=np.int64) for v in per]
    docs = cols.document_rows(None, ["doc_id"])
    new_stats = replace(
        stats,
        passages=n,
        documents=len(docs),
        total_length=total[0],
        vocabulary=len(values[0]),
        sum_df=float(values[0].sum()),
        sum_log_df=float(np.log(values[0] + 0.5).sum()),
        mean_idf=exact_mean_idf(n, values[0]),
        chars_total_length=total[1],
        chars_vocabulary=len(values[1]),
        chars_sum_df=float(values[1].sum()),
        chars_sum_log_df=float(np.log(values[1] + 0.5).sum()),
        chars_mean_idf=exact_mean_idf(n, values[1]),
        version=stats.version + 1,
        settings=settings,
        sentences=recount_all(cols, (str(r["text"]) for r in rows)) if sentences else 0,
    )
    cols.commit_stats(new_stats, buckets)
    cols.flush()
    logger.info("statistics rebuilt: %d passages, %d terms", n, len(df))
    return new_stats
