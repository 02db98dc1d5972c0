"""Recovery from a writer killed midway, and the statistics recount it ends with.

Milvus has no transactions across collections, so a write (indexer/milvus_write.py) goes in steps: new
passages inserted, documents upserted, replaced passages and document parts deleted, statistics committed.
Before its first step a writer records its intent in the ``<name>_stats`` collection (row ``INTENT_ROW``:
the first primary key its new passages take and the first document ``seq`` it gives); the statistics commit
removes it. A writer killed in between leaves the row, and the next writer — every write checks under the
lease, `citeqa index` and a server check when they open the index — finishes the story, one document at a
time, as the document rows say it ended:

- a document whose part 0 carries the dead write's ``seq`` was written: its passages older than the dead
  write's are removed (the replaced version), and so are parts of an older version;
- a document whose part 0 is older was not: the dead write's passages of it are removed;
- passages of a document with no row at all (an add killed before its documents, a delete killed after
  them) are removed;
- a document written only in part (its upsert was cut between two batches) is removed whole — its old text
  is gone and its new text incomplete — and named in the log, to be indexed again;

then the statistics and the sentence counts are recounted from the passages (`recount`). Every question
after that sees each document either as it was or as the dead write left it, never both at once.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from indexer.milvus_client import BackendUnavailableError
from indexer.milvus_collections import PLACEHOLDER, Collections
from indexer.milvus_lease import INTENT_ROW, writer_lease
from indexer.milvus_sentences import recount_all
from indexer.milvus_store import (
    EMPTY_TERM,
    FieldParams,
    Stats,
    bucket_of,
    exact_mean_idf,
    sparse_row,
    stored_counts,
)
from indexer.settings import holds_units

logger = logging.getLogger(__name__)


def mark(cols: Collections, base: int, seq: int) -> None:
    """Record a write about to start: its new passages take primary keys from ``base``, its documents
    ``seq`` from ``seq``."""
    info = {"base": base, "seq": seq, "owner": f"{socket.gethostname()}:{os.getpid()}", "at": time.time()}
    cols.client.upsert(cols.config.stats, [{"pk": INTENT_ROW, "info": json.dumps(info), "v": PLACEHOLDER}])


def clear(cols: Collections) -> None:
    cols.delete_pks(cols.config.stats, [INTENT_ROW])


def pending(cols: Collections) -> dict[str, Any] | None:
    """The intent a writer left, if any (Strong: a write acknowledged anywhere is seen)."""
    rows = cols.client.query(
        cols.config.stats, filter=f"pk in [{INTENT_ROW}]", output_fields=["info"], consistency_level="Strong"
    )
    return json.loads(rows[0]["info"]) if rows else None


def recover(cols: Collections) -> bool:
    """Repair what a killed writer left, if it left anything (taking the writer lease only then); True when
    something was repaired."""
    if pending(cols) is None:
        return False
    with writer_lease(cols):
        return recover_locked(cols)


def recover_in_background(cols: Collections) -> threading.Thread | None:
    """`recover` on a thread, for a process that opens the index to serve it: it must not wait for a live
    writer's lease to start answering. Logs instead of raising."""
    if pending(cols) is None:
        return None

    def run() -> None:
        try:
            recover(cols)
        except BackendUnavailableError as exc:
            logger.warning("could not repair the Milvus index %s: %s", cols.config.collection, exc)

    thread = threading.Thread(target=run, name="milvus-recover", daemon=True)
    thread.start()
    return thread


def recover_locked(cols: Collections) -> bool:
    """`recover` for a caller that holds the writer lease: the rows repaired, then the recount."""
    if not repair_rows(cols):
        return False
    recount(cols)
    return True


def repair_rows(cols: Collections) -> bool:
    """The row repairs of `recover_locked`, without the recount (the caller holds the lease and recounts);
    False when no writer left anything."""
    intent = pending(cols)
    if intent is None:
        return False
    logger.warning(
        "a writer (%s) of the Milvus index %s stopped midway; repairing what it left",
        intent.get("owner", "?"),
        cols.config.collection,
    )
    _repair(cols, int(intent["base"]), int(intent["seq"]))
    return True


def _repair(cols: Collections, base: int, seq: int) -> None:
    docs = cols.query_all(cols.config.documents, "part >= 0", ["pk", "doc_id", "part", "parts", "seq"])
    heads = {str(r["doc_id"]): r for r in docs if int(r["part"]) == 0}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in docs:
        by_doc.setdefault(str(r["doc_id"]), []).append(r)
    broken = set()
    stale_parts = []
    for doc_id, rows in by_doc.items():
        head = heads.get(doc_id)
        if head is None:  # parts without part 0: a document being replaced or deleted
            stale_parts += [r["pk"] for r in rows]
            continue
        current = [r for r in rows if int(r["seq"]) == int(head["seq"])]
        if int(head["seq"]) >= seq and len(current) < int(head["parts"]):
            broken.add(doc_id)  # its new text was written only in part
            stale_parts += [r["pk"] for r in rows]
            continue
        stale_parts += [r["pk"] for r in rows if int(r["seq"]) != int(head["seq"])]
    written = {d for d, r in heads.items() if int(r["seq"]) >= seq and d not in broken}
    passages = cols.query_all(cols.config.passages, "pk >= 0", ["pk", "doc_id"])
    stale = []
    for p in passages:
        doc_id, new = str(p["doc_id"]), int(p["pk"]) >= base
        if doc_id not in heads or doc_id in broken or new != (doc_id in written):
            stale.append(int(p["pk"]))
    for doc_id in sorted(broken):
        logger.warning("document %s was cut mid-write and is removed; index it again", doc_id)
    cols.delete_pks(cols.config.documents, stale_parts)
    cols.delete_pks(cols.config.passages, stale)
    logger.warning(
        "repaired: %d passages and %d document parts removed, %d documents kept as written",
        len(stale),
        len(stale_parts),
        len(written),
    )


def count_rows(rows: Sequence[dict[str, Any]], step: int, counts: dict[int, int]) -> list[float]:
    """Each BM25 field's summed length over stored passage rows; adds ``step`` to ``counts`` for every term
    a row holds (the document frequencies a write removes, or a recount adds)."""
    lengths = [0.0, 0.0]
    for row in rows:
        lengths[0] += float(row["dl"])
        lengths[1] += float(row.get("dl_chars") or 0.0)
        for tid in row["sparse"]:
            if tid != EMPTY_TERM:
                counts[tid] = counts.get(tid, 0) + step
    return lengths


def recount(cols: Collections, settings: dict[str, Any] | None = None, reweight: bool = False) -> Stats:
    """Recompute the statistics and the sentence counts from the stored passages (the caller holds the
    writer lease); clears a dead writer's intent once they are committed.

    ``reweight`` also rewrites every passage's sparse vector with the current average length.
    """
    stats = cols.stats()
    mark(cols, stats.next_key, stats.next_seq)  # killed midway, the next writer recounts again
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
        sentences=recount_all(cols, (str(r["text"]) for r in rows), holds_units(settings))
        if sentences
        else 0,
    )
    cols.commit_stats(new_stats, buckets)
    clear(cols)
    cols.flush()
    logger.info("statistics recounted: %d passages, %d terms", n, len(df))
    return new_stats
