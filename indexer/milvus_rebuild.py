"""Bulk operations on a Milvus-backed index: copy an embedded index in (its vectors and term counts reused,
nothing re-embedded), and recount the BM25 statistics from the stored passages (after a killed writer).
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np

from indexer.milvus_collections import Collections
from indexer.milvus_lease import writer_lease
from indexer.milvus_recover import recount, repair_rows
from indexer.milvus_store import (
    Stats,
    term_id,
)
from indexer.milvus_write import NewDocument, NewPassage, apply_write
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
    """Recompute the statistics and the sentence counts from the stored passages (after a killed writer —
    whose leftovers are repaired first, indexer/milvus_recover.py — or to refresh weights).

    ``reweight`` also rewrites every passage's sparse vector with the current average length.
    """
    with writer_lease(cols):
        repair_rows(cols)
        return recount(cols, settings, reweight)
