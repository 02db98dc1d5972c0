"""Writes to the Milvus backend: add, replace and delete documents, keeping both legs and the statistics.

A write keeps the two legs and the statistics consistent in this order: raise the counts of the new
passages' sentences (indexer/milvus_sentences.py), insert the new passages, write the documents' text,
delete the replaced or removed passages and documents, lower the counts of their sentences, then commit the
statistics (term document frequencies, then the pk -1 row with a new version). Milvus has no
multi-collection transactions: the write records its intent first and clears it with the statistics, and a
writer killed midway leaves the intent, which the next writer finds and repairs from
(indexer/milvus_recover.py: each document as it was or as the dead write left it, statistics recounted).
One writer at a time per index, across
processes: `apply_write` holds the index's writer lease (indexer/milvus_lease.py) — readers never wait.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from indexer.build import Prepared, embed_all
from indexer.dedupe import Holdings, Verdict, retired, sort_writes
from indexer.embed import Encoder
from indexer.ingest import stage
from indexer.milvus_collections import PLACEHOLDER, Collections
from indexer.milvus_lease import writer_lease
from indexer.milvus_recover import clear, count_rows, mark, recover_locked
from indexer.milvus_sentences import lower_counts, plan, raise_counts
from indexer.milvus_store import (
    EXACT_MEAN_IDF_TERMS,
    META_FIELDS,
    FieldParams,
    Stats,
    approx_mean_idf,
    bucket_of,
    chunks,
    clip_bytes,
    exact_mean_idf,
    in_list,
    part_pk,
    sparse_row,
    split_text,
    term_counts,
)
from indexer.normalize import normalize
from indexer.settings import IndexSettings, holds_units
from indexer.store import DocumentMeta

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewPassage:
    doc_id: str
    ordinal: int
    start: int
    end: int
    text: str
    counts: dict[int, int]  # term id -> frequency in the passage's context text
    vector: np.ndarray


@dataclass(frozen=True)
class NewDocument:
    meta: DocumentMeta
    text: str
    passages: int


def prepared_passages(
    docs: Sequence[Prepared], settings: IndexSettings, encoder: Encoder
) -> list[NewPassage]:
    """Tokenise and embed the passages of ``docs`` exactly as indexer/build.py does for the embedded index
    (the same staging: ingest.stage)."""
    texts: list[str] = []
    rows: list[tuple[str, int, int, int, str, dict[int, int]]] = []
    for doc in docs:
        staged = stage(doc, settings, doc.meta.doc_id)
        texts.extend(staged.texts)
        for ordinal, (span, terms) in enumerate(zip(doc.spans, staged.terms, strict=True)):
            body = doc.text[span.start : span.end]
            rows.append((doc.meta.doc_id, ordinal, span.start, span.end, body, term_counts(terms)))
    vectors = embed_all(encoder, texts)
    return [NewPassage(*row, v) for row, v in zip(rows, vectors, strict=True)]


def holdings(cols: Collections, metas: Sequence[DocumentMeta]) -> Holdings:
    """What the index holds that ``metas`` could meet: the documents of their ids, and of their contents."""
    stored = cols.documents_present([m.doc_id for m in metas], ["doc_id", *META_FIELDS])
    holders: dict[str, str] = {}
    for part in chunks(sorted({m.sha256 for m in metas}), 200):
        rows = cols.query_all(
            cols.config.documents, f"part == 0 and sha256 in {in_list(part)}", ["doc_id", "sha256"]
        )
        for row in sorted(rows, key=lambda r: str(r["doc_id"])):  # several ids may share one (old uploads)
            holders.setdefault(str(row["sha256"]), str(row["doc_id"]))
    return Holdings({str(r["doc_id"]): meta_from_row(r) for r in stored}, holders)


def apply_new(
    cols: Collections,
    settings: dict[str, Any],
    metas: Sequence[DocumentMeta],
    passages: Sequence[NewPassage],
    documents: Sequence[NewDocument],
    dedupe: bool = True,
    sentences: Mapping[int, np.ndarray] | None = None,
    encoder: Encoder | None = None,
) -> list[Verdict] | None:
    """Write those of ``documents`` that are new (indexer/dedupe.py) against the index as the writer lease
    finds it; every document of the write is in ``metas``, those encoded in ``passages``/``documents``.
    Returns each one's verdict — or None, writing nothing, when one not encoded turned out new (another
    writer removed what it duplicated): encode it too and call again. ``sentences``: vectors of the
    sentences the index did not hold (`milvus_sentences.embed_missing`); ``encoder`` embeds any other one
    found missing under the lease."""
    with writer_lease(cols):
        held = holdings(cols, metas)
        verdicts = sort_writes(metas, held, dedupe)
        new = {m.doc_id for m, v in zip(metas, verdicts, strict=True) if v.written}
        if not new <= {d.meta.doc_id for d in documents}:
            return None
        stale = retired(metas, verdicts, held)
        if new or stale:
            kept = [p for p in passages if p.doc_id in new]
            docs = [d for d in documents if d.meta.doc_id in new]
            _write(cols, settings, kept, docs, stale, sentences or {}, encoder)
        return verdicts


def apply_write(
    cols: Collections,
    settings: dict[str, Any],
    passages: Sequence[NewPassage],
    documents: Sequence[NewDocument],
    removed: Sequence[str] = (),
    sentences: Mapping[int, np.ndarray] | None = None,
    encoder: Encoder | None = None,
) -> tuple[Stats, int]:
    """Add ``documents`` (replacing same ids) and remove ``removed``; returns new stats and docs removed
    (``sentences``, ``encoder``: as `apply_new` takes them).

    Holds the index's writer lease (indexer/milvus_lease.py): writers in other processes wait their turn,
    so the statistics read here are the latest ones."""
    with writer_lease(cols):
        return _write(cols, settings, passages, documents, removed, sentences or {}, encoder)


def _write(
    cols: Collections,
    settings: dict[str, Any],
    passages: Sequence[NewPassage],
    documents: Sequence[NewDocument],
    removed: Sequence[str],
    sentences: Mapping[int, np.ndarray],
    encoder: Encoder | None,
) -> tuple[Stats, int]:
    params = FieldParams.of(settings["bm25"])
    touched = sorted({d.meta.doc_id for d in documents} | set(removed))
    recover_locked(cols)  # a writer killed midway: its leftovers repaired before this write reads anything
    stats = cols.stats()
    present = cols.documents_present(touched) if touched else []
    existing = {r["doc_id"] for r in present}
    fields = ["pk", "sparse", "dl", "dl_chars", *(["text"] if cols.has_sentences() else [])]
    old = cols.passages_of(sorted(existing), fields) if existing else []

    delta: dict[int, int] = {}
    old_len = count_rows(old, -1, delta)
    new_len = [0.0, 0.0]
    for p in passages:
        for f, n in enumerate(params.lengths(p.counts)):
            new_len[f] += n
        for tid in p.counts:
            delta[tid] = delta.get(tid, 0) + 1

    known_before = stats.passages > 0
    buckets = cols.read_buckets(list(delta)) if known_before else {}
    changed: dict[int, int] = {}
    vocabulary = [stats.vocabulary, stats.chars_vocabulary]
    sum_df = [stats.sum_df, stats.chars_sum_df]
    sum_log_df = [stats.sum_log_df, stats.chars_sum_log_df]
    for tid, diff in delta.items():
        if diff == 0:
            continue
        f = params.field_id(tid)
        terms = buckets.setdefault(bucket_of(tid), {})
        before = terms.get(tid, 0)
        after = max(0, before + diff)
        changed[tid] = after
        if after:
            terms[tid] = after
        else:
            terms.pop(tid, None)
        vocabulary[f] += (after > 0) - (before > 0)
        sum_df[f] += after - before
        sum_log_df[f] += (math.log(after + 0.5) if after else 0.0) - (
            math.log(before + 0.5) if before else 0.0
        )

    n_passages = stats.passages - len(old) + len(passages)
    removed_docs = len(existing - {d.meta.doc_id for d in documents})
    n_documents = stats.documents - len(existing) + len(documents)
    total = (
        max(0.0, stats.total_length - old_len[0] + new_len[0]),
        max(0.0, stats.chars_total_length - old_len[1] + new_len[1]),
    )
    avgdl = (total[0] / n_passages, total[1] / n_passages) if n_passages else (0.0, 0.0)
    if sum(vocabulary) <= EXACT_MEAN_IDF_TERMS or not known_before:  # a first write knows every df: exact
        dfs = {**(_all_df(cols) if known_before else {}), **changed}  # before the buckets are rewritten
        mean_idf = _exact_means(n_passages, dfs, params)
    else:
        mean_idf = (
            approx_mean_idf(n_passages, vocabulary[0], sum_df[0], sum_log_df[0]),
            approx_mean_idf(n_passages, vocabulary[1], sum_df[1], sum_log_df[1]),
        )

    base = max(stats.next_key, int(time.time() * 1000) << 20)
    seq = stats.next_seq
    rows = []
    meta_of = {d.meta.doc_id: d.meta for d in documents}
    for i, p in enumerate(passages):
        meta = meta_of[p.doc_id]
        dl = params.lengths(p.counts)
        rows.append(
            {
                "pk": base + i,
                "passage_id": f"{p.doc_id}:{p.ordinal}",
                "doc_id": p.doc_id,
                "ordinal": p.ordinal,
                "start": p.start,
                "end": p.end,
                "text": clip_bytes(p.text),
                **_meta_fields(meta),
                "region_norm": clip_bytes(normalize(meta.region or "")),
                "dl": dl[0],
                "avgdl": avgdl[0],
                "dl_chars": dl[1],
                "avgdl_chars": avgdl[1],
                "vector": np.asarray(p.vector, dtype=np.float32),  # packs twice as fast as a list
                "sparse": sparse_row(p.counts, dl, avgdl, params),
            }
        )
    mark(cols, base, seq)  # from here on, a kill leaves what the next writer repairs (milvus_recover)
    recount = None
    if cols.has_sentences():
        added, removed = [str(r["text"]) for r in rows], [str(r["text"]) for r in old]
        recount = plan(cols, added, removed, holds_units(settings))
        raise_counts(cols, recount, sentences, encoder)
    cols.insert(cols.config.passages, rows)

    doc_rows = []
    for d in documents:
        parts = split_text(d.text)
        for part, text in enumerate(parts):
            doc_rows.append(
                {
                    "pk": part_pk(d.meta.doc_id, part),
                    "doc_id": d.meta.doc_id,
                    "part": part,
                    "parts": len(parts),
                    "seq": seq,
                    "passages": d.passages,
                    **_meta_fields(d.meta),
                    "text": text,
                    "v": PLACEHOLDER,
                }
            )
        seq += 1
    cols.upsert(cols.config.documents, doc_rows)
    new_pks = {r["pk"] for r in doc_rows}
    stale = [pk for pk in cols.document_parts(present) if pk not in new_pks]
    cols.delete_pks(cols.config.documents, stale)
    cols.delete_pks(cols.config.passages, [r["pk"] for r in old])
    if recount is not None:
        lower_counts(cols, recount)

    new_stats = replace(
        stats,
        passages=n_passages,
        documents=n_documents,
        total_length=total[0],
        vocabulary=vocabulary[0],
        sum_df=sum_df[0],
        sum_log_df=sum_log_df[0],
        mean_idf=mean_idf[0],
        chars_total_length=total[1],
        chars_vocabulary=vocabulary[1],
        chars_sum_df=sum_df[1],
        chars_sum_log_df=sum_log_df[1],
        chars_mean_idf=mean_idf[1],
        next_key=base + len(passages),
        next_seq=seq,
        version=stats.version + 1,
        settings=settings,
        sentences=stats.sentences + (recount.created - recount.deleted if recount is not None else 0),
    )
    cols.commit_stats(new_stats, buckets)
    clear(cols)
    if len(passages) + len(old) >= cols.config.flush_rows:
        cols.flush()
    return new_stats, removed_docs


def _exact_means(passages: int, dfs: dict[int, int], params: FieldParams) -> tuple[float, float]:
    """Mean idf of each field's vocabulary (the idf floor of indexer/sparse.py is per field)."""
    per: tuple[list[int], list[int]] = ([], [])
    for tid, n in dfs.items():
        if n > 0:
            per[params.field_id(tid)].append(n)
    return (
        exact_mean_idf(passages, np.array(per[0], dtype=np.int64)),
        exact_mean_idf(passages, np.array(per[1], dtype=np.int64)),
    )


def _all_df(cols: Collections) -> dict[int, int]:
    return {tid: n for terms in cols.all_df().values() for tid, n in terms.items()}


def _meta_fields(meta: DocumentMeta) -> dict[str, str]:
    return {
        "title": clip_bytes(meta.title),
        "region": clip_bytes(meta.region),
        "date": clip_bytes(meta.date),
        "source": clip_bytes(meta.source),
        "path": clip_bytes(meta.path),
        "sha256": meta.sha256,
    }


def meta_from_row(row: dict[str, Any]) -> DocumentMeta:
    """DocumentMeta from a passages or documents row ("" is stored for a missing value)."""
    return DocumentMeta(
        doc_id=row["doc_id"],
        title=row.get("title") or None,
        region=row.get("region") or None,
        date=row.get("date") or None,
        source=row.get("source") or None,
        path=row.get("path") or None,
        sha256=row.get("sha256") or "",
    )
