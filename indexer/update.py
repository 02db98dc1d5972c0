"""Composes a write in two halves: documents are tokenised and embedded *before* the write lock is taken
(`encode`, or a `pipeline.Batch`), then merged *under* it into the latest committed generation (`merge`,
`commit_rows`). A write therefore never starts from a stale snapshot, and neither a large upload nor a
`citeqa index` run holds the lock — or blocks readers, who never take it — while it embeds. When two writers
change one document, the later merge wins. A rebuild builds a fresh index and takes the lock once, to swap
it in (`swap_in`), keeping the documents others committed meanwhile.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from indexer.chunk import chunk_text
from indexer.dedupe import Holdings, Verdict, retired, sort_writes
from indexer.disk import Disk
from indexer.embed import Encoder
from indexer.ingest import Prepared
from indexer.lock import DEFAULT_TIMEOUT, IndexGoneError, write_lock
from indexer.reuse import reusing
from indexer.rows import add_documents, delete_documents, empty_index, extended_ivf
from indexer.sentences import SentenceVectors
from indexer.settings import IndexSettings
from indexer.store import MANIFEST, IndexData, IndexFormatError, committed_id, read_index, write_index

logger = logging.getLogger(__name__)


def apply(
    index_dir: Path,
    change: Callable[[IndexData], IndexData | None],
    disk: Disk | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    current: IndexData | None = None,
    initial: IndexData | None = None,
) -> IndexData | None:
    """Read-modify-write under the index's write lock: ``change`` gets the latest committed generation
    (``current`` is reused when it is that one; ``initial`` when nothing is committed yet) and returns the
    data to commit, or None for no change. Returns what was committed. Keep ``change`` cheap — `merge` rows
    `encode`-d beforehand — so the lock is held briefly (``citeqa index`` does the same per batch)."""
    with write_lock(index_dir, timeout, create=current is None):
        if current is not None and not (index_dir / MANIFEST).exists():
            raise IndexGoneError(index_dir)  # moved away: its manifest is replaced, never removed
        latest = current
        if initial is not None and not (index_dir / MANIFEST).exists():
            latest = initial
        elif latest is None or committed_id(index_dir) != latest.commit:
            latest = read_index(index_dir)
        data = change(latest)
        return None if data is None else write_index(index_dir, data, disk)


def encode(
    docs: Sequence[Prepared], settings: dict[str, Any], encoder: Encoder, reuse: IndexData | None = None
) -> IndexData:
    """``docs`` tokenised and embedded as an index of their own (keys from 0), with ``settings`` — the
    build-time settings of the index they are going into (its manifest's). A passage whose embedded text
    ``reuse`` (a snapshot of that index, however old) holds under one of the same ids keeps its vector."""
    known = None
    if reuse is not None:
        encoder = reusing(encoder, reuse, [d.meta.doc_id for d in docs])
        if reuse.settings["model"] == settings["model"]:
            known = reuse.sentences
    empty = empty_index(IndexSettings.from_manifest(settings), encoder.dim)
    return add_documents(empty, docs, encoder, known=known)


def merge(base: IndexData, delta: IndexData) -> IndexData:
    """``base`` with ``delta``'s documents added; a document already in ``base`` is replaced."""
    if IndexSettings.from_manifest(base.settings) != IndexSettings.from_manifest(delta.settings) or (
        base.settings["model"] != delta.settings["model"]
    ):
        raise IndexFormatError(
            "the index was rebuilt with other settings while these documents were prepared; send them again"
        )
    base = delete_documents(base, [d.doc_id for d in delta.documents])
    n = delta.passages
    keys = np.arange(base.next_key, base.next_key + n, dtype=np.int64)
    delta_vectors = np.asarray(delta.vectors, dtype=np.float32)
    all_vectors = np.concatenate([np.asarray(base.vectors, dtype=np.float32), delta_vectors])
    all_keys = np.concatenate([base.keys, keys])
    threshold = IndexSettings.from_manifest(base.settings).dense.ivf_threshold
    ivf = extended_ivf(base.ivf, delta_vectors, keys, all_vectors, all_keys, threshold)
    return IndexData(
        settings=base.settings,
        documents=[*base.documents, *delta.documents],
        texts=[*base.texts, *delta.texts],
        keys=all_keys,
        doc_rows=np.concatenate([base.doc_rows, delta.doc_rows + len(base.documents)]).astype(np.int32),
        starts=np.concatenate([base.starts, delta.starts]).astype(np.int32),
        ends=np.concatenate([base.ends, delta.ends]).astype(np.int32),
        ordinals=np.concatenate([base.ordinals, delta.ordinals]).astype(np.int32),
        vectors=all_vectors,
        bm25=base.bm25.appended(delta.bm25),
        ivf=ivf,
        next_key=base.next_key + n,
        generation=base.generation,
        sentences=_merged_sentences(base.sentences, delta.sentences),
    )


def _merged_sentences(base: SentenceVectors | None, delta: SentenceVectors | None) -> SentenceVectors | None:
    if base is None or delta is None:  # same settings: both have them or neither
        return base
    return base.merged(delta)


def merge_new(
    latest: IndexData, delta: IndexData, dedupe: bool = True
) -> tuple[IndexData | None, list[Verdict]]:
    """``latest`` with those of ``delta``'s documents merged in that are new against it (None: none is), and
    each document's verdict (indexer/dedupe.py): what another writer committed meanwhile — the same
    document, or the same content under another id — is not written twice."""
    held = Holdings.of(latest.documents)
    verdicts = sort_writes(delta.documents, held, dedupe)
    skipped = [d.doc_id for d, v in zip(delta.documents, verdicts, strict=True) if not v.written]
    stale = retired(delta.documents, verdicts, held)
    base = delete_documents(latest, stale) if stale else latest
    if len(skipped) == len(verdicts):
        return (base if stale else None), verdicts
    return merge(base, delete_documents(delta, skipped) if skipped else delta), verdicts


def commit_rows(
    index_dir: Path, delta: IndexData, current: IndexData | None, dedupe: bool = True
) -> tuple[IndexData, list[Verdict]]:
    """Merge the new documents of ``delta`` (`rows.batch_rows`: embedded already) into the latest commit
    under the write lock; ``current`` is the commit the caller last saw (None: it may be the first). Returns
    the latest commit after it, and each document's verdict against the commit it was merged into."""
    initial = empty_index(IndexSettings.from_manifest(delta.settings), int(delta.vectors.shape[1]))
    verdicts: list[Verdict] = []
    seen: list[IndexData] = []

    def change(latest: IndexData) -> IndexData | None:
        data, verdicts[:] = merge_new(latest, delta, dedupe)
        seen.append(latest)
        return data

    committed = apply(index_dir, change, current=current, initial=initial)
    return (seen[-1] if committed is None else committed), verdicts  # None: nothing new, the latest stands


def swap_in(
    index_dir: Path, fresh: IndexData, start: IndexData | None, encoder: Encoder, keep: Collection[str] = ()
) -> IndexData:
    """Commit a rebuilt index in place of the current one, keeping what others committed meanwhile and the
    documents ``keep`` names (of the index the rebuild started from: uploads, other folders' documents).

    A rebuild with other settings (another model) embeds the kept documents again: that is done for the
    documents of ``start`` before the lock is taken, so uploads and deletes are refused only while the index
    is swapped, not for the minutes the embedding takes (a fault probe: uploads had been 503 all that time);
    under the lock only what was written since ``start`` is embedded."""
    ready = _reembedded(fresh, start, encoder, keep) if start is not None and keep else None
    with write_lock(index_dir):
        latest = None
        if keep or committed_id(index_dir) not in (None, start.commit if start is not None else None):
            with contextlib.suppress(ValueError):  # damaged or incompatible: the rebuild replaces it
                latest = read_index(index_dir)
        if latest is not None:
            fresh = carry_over(fresh, start, latest, encoder, keep, ready)
        return write_index(index_dir, fresh)


def _reembedded(
    fresh: IndexData, start: IndexData, encoder: Encoder, keep: Collection[str]
) -> IndexData | None:
    """The documents of ``start`` that ``keep`` names and the rebuild did not index, chunked and embedded
    with the rebuild's settings — None when the settings are the same (their rows are copied as they are)."""
    if not _other_settings(fresh, start):
        return None
    return _prepared_rows(fresh, start, {d for d in keep if d not in fresh.doc_index}, encoder)


def _other_settings(fresh: IndexData, latest: IndexData) -> bool:
    same = IndexSettings.from_manifest(fresh.settings) == IndexSettings.from_manifest(latest.settings)
    return not (same and fresh.settings["model"] == latest.settings["model"])


def _prepared_rows(fresh: IndexData, source: IndexData, ids: Collection[str], encoder: Encoder) -> IndexData:
    settings = IndexSettings.from_manifest(fresh.settings)
    docs = [
        Prepared(meta, text, tuple(chunk_text(text, settings.chunking, title=meta.title)))
        for meta, text in zip(source.documents, source.texts, strict=True)
        if meta.doc_id in ids
    ]
    return encode(docs, fresh.settings, encoder)


def carry_over(
    fresh: IndexData,
    start: IndexData | None,
    latest: IndexData,
    encoder: Encoder,
    keep: Collection[str] = (),
    ready: IndexData | None = None,
) -> IndexData:
    """``fresh`` plus the documents ``latest`` holds that were written since ``start``, or that ``keep``
    names, and that the rebuild did not index itself (for those, the rebuild's merge is the later one).
    ``ready``: such documents of ``start`` already embedded with ``fresh``'s settings (see ``swap_in``), used
    for each that ``latest`` still holds unchanged."""
    before = {d.doc_id: d.sha256 for d in start.documents} if start is not None else {}
    theirs = {
        d.doc_id
        for d in latest.documents
        if d.doc_id not in fresh.doc_index and (before.get(d.doc_id) != d.sha256 or d.doc_id in keep)
    }
    if not theirs:
        return fresh
    logger.warning("keeping %d documents the rebuild did not index (uploads, others' writes)", len(theirs))
    if not _other_settings(fresh, latest):
        rows = delete_documents(latest, [d.doc_id for d in latest.documents if d.doc_id not in theirs])
        return merge(fresh, rows)
    # built with other settings: re-chunk and re-embed them (rare — a rebuild with a new model beside uploads)
    if ready is not None:
        unchanged = {
            d.doc_id
            for d in latest.documents
            if d.doc_id in theirs and d.doc_id in ready.doc_index and before.get(d.doc_id) == d.sha256
        }
        fresh = merge(
            fresh, delete_documents(ready, [d.doc_id for d in ready.documents if d.doc_id not in unchanged])
        )
        theirs -= unchanged
        if not theirs:
            return fresh
    return merge(fresh, _prepared_rows(fresh, latest, theirs, encoder))
