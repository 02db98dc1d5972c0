"""Composes the online path: index store → BM25 and dense legs → fusion, and keeps the index current.

A `Retriever` owns one loaded index. Searches read an immutable snapshot. Writes encode documents first,
then under the index's write lock merge them into the latest *committed* generation (never the in-memory
one: another process may have committed since), commit, and swap the new snapshot in — so a change is
visible to the next query in both legs and survives a restart. Every access checks, with one stat of
``manifest.json``, whether another process has committed since, and if so loads that commit
(see `Retriever.snapshot`).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from indexer.dedupe import Holdings, Verdict, retired, sort_writes
from indexer.dense import DenseIndex
from indexer.disk import Disk
from indexer.embed import Encoder
from indexer.fuse import FusionConfig
from indexer.hybrid import Pool, Rerank, rank_hybrid, rerank_terms
from indexer.ingest import Prepared
from indexer.lock import DEFAULT_TIMEOUT
from indexer.maxscore import BM25Leg, FullLeg, bm25_leg
from indexer.normalize import normalize
from indexer.query import MAX_K, MODES, Mode, Query, check_query
from indexer.rows import delete_documents
from indexer.searcher import Filters, Hit, Searcher
from indexer.settings import IndexSettings
from indexer.store import (
    MANIFEST,
    DocumentMeta,
    IndexData,
    IndexFormatError,
    clean_if_idle,
    committed_id,
    read_index,
)
from indexer.update import apply, encode, merge

logger = logging.getLogger(__name__)

__all__ = ["MAX_K", "MODES", "Mode", "Query", "Retriever", "check_query"]
RERANK_CACHE = 8192  # sentences whose rerank terms a snapshot keeps (about 2 KB each, so ~16 MB at most)
# A manifest whose stat is unchanged is trusted without reading it only once it was checked this long after
# its mtime: file timestamps are coarse (a few ms), and a replaced manifest's inode number can come back.
MTIME_SLACK = 2.0
RETRY_DAMAGED = 5.0  # seconds before a reader tries again to load a newer commit that failed to load


class Snapshot:
    """An index plus the structures built from it at load time (the dense index)."""

    def __init__(self, data: IndexData) -> None:
        self.data = data
        self.settings = IndexSettings.from_manifest(data.settings)
        self.dense = DenseIndex(data.vectors, data.keys, self.settings.dense, data.ivf)
        regions = [normalize(d.region or "") for d in data.documents]
        self.doc_regions = np.array(regions, dtype=object)
        # Terms of a text for the rerank stage, memoised per snapshot: the same candidate passages come back
        # query after query, and tokenising their sentences was most of a hybrid query's time.
        self.rerank_terms = lru_cache(maxsize=RERANK_CACHE)(self._rerank_terms)

    def _rerank_terms(self, text: str) -> list[str]:
        return rerank_terms(text, self.settings.tokenizer)


class Retriever(Searcher):
    def __init__(
        self,
        index_dir: Path,
        encoder: Encoder | None = None,
        disk: Disk | None = None,
        lock_timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.index_dir = index_dir
        self._disk = disk or Disk()
        self._lock_timeout = lock_timeout
        self._encoder = encoder
        self._encoder_injected = encoder is not None
        self._encoder_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._reload_lock = threading.Lock()
        self._held: tuple[str, Holdings] | None = None  # (commit, what it holds): see _holdings
        self._seen: tuple[int, ...] = ()
        self._trusted = False
        self._failed: tuple[str, float] | None = None
        stat, checked_at = self._stat(), time.time()
        self._snapshot = Snapshot(read_index(index_dir))
        self._note(stat, checked_at)
        clean_if_idle(index_dir, self._disk)

    # ---------- state: the snapshot follows the committed manifest ----------
    @property
    def snapshot(self) -> Snapshot:
        """The latest committed snapshot. Cost per call: one ``os.stat`` of the manifest (a few µs); for
        MTIME_SLACK seconds after a commit also one read of it (~15 µs); a reload only when another writer
        has committed. A search keeps the snapshot it started with, so a swap never changes it mid-way."""
        stat = self._stat()
        if stat and (stat != self._seen or not self._trusted):
            self._follow()
        return self._snapshot

    @property
    def data(self) -> IndexData:
        return self.snapshot.data

    def known_regions(self) -> tuple[str, ...]:
        return self.snapshot.data.regions

    def term_df(self, term: str) -> int:
        return self.snapshot.data.bm25.df_of(term)

    @property
    def settings(self) -> IndexSettings:
        return self.snapshot.settings

    def _stat(self) -> tuple[int, ...]:
        try:
            st = os.stat(self.index_dir / MANIFEST)
        except OSError:
            return ()
        return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def _note(self, stat: tuple[int, ...], checked_at: float) -> None:
        self._seen = stat
        self._trusted = bool(stat) and checked_at - stat[2] / 1e9 > MTIME_SLACK

    def _follow(self) -> None:
        with self._reload_lock:
            stat = self._stat()
            if not stat or (stat == self._seen and self._trusted):
                return
            checked_at = time.time()
            commit = committed_id(self.index_dir)
            if commit is None or commit == self._snapshot.data.commit:
                self._note(stat, checked_at)
                return
            if self._failed and self._failed[0] == commit and time.monotonic() < self._failed[1]:
                return
            try:
                self._install(Snapshot(read_index(self.index_dir)))
            except IndexFormatError as exc:
                # keep answering from the last good commit; the message names the file and the fix
                logger.error(
                    "cannot load the newer commit of %s, still serving the previous one: %s",
                    self.index_dir,
                    exc,
                )
                self._failed = (commit, time.monotonic() + RETRY_DAMAGED)
                return
            self._note(stat, checked_at)

    def _install(self, snapshot: Snapshot) -> None:
        if snapshot.settings.model != self._snapshot.settings.model and not self._encoder_injected:
            self._encoder = None  # rebuilt with another model: load that one on first use
        self._snapshot = snapshot

    # ---------- search ----------
    def _allowed(self, snap: Snapshot, filters: Filters | None) -> np.ndarray | None:
        if filters is None or (filters.region is None and filters.doc_id is None):
            return None
        docs = np.ones(len(snap.data.documents), dtype=bool)
        if filters.doc_id is not None:
            docs &= np.array([d.doc_id == filters.doc_id for d in snap.data.documents], dtype=bool)
        if filters.region is not None:
            wanted = normalize(filters.region)
            docs &= np.array([wanted in r for r in snap.doc_regions], dtype=bool)
        return docs[snap.data.doc_rows] if len(docs) else np.zeros(0, dtype=bool)

    def idf(self, term: str) -> float:
        """BM25 idf of an index term (a token as `Query.tokens` holds it); 0.0 for a term not in the index."""
        return self.snapshot.data.bm25.idf_of(term)

    def _ranked(
        self, query: Query, k: int, mode: str, filters: Filters | None, fusion: FusionConfig | None
    ) -> list[Hit]:
        snap = self.snapshot
        data = snap.data
        if data.passages == 0:
            return []
        allowed = self._allowed(snap, filters)
        fusion = fusion or snap.settings.fusion
        n_cand = max(k, fusion.candidates)
        leg: BM25Leg = FullLeg(np.zeros(0))
        qvec = np.zeros(0, dtype=np.float32)
        if mode in ("bm25", "hybrid"):
            leg = bm25_leg(data.bm25, query.tokens, k if mode == "bm25" else n_cand, allowed)
        if mode in ("dense", "hybrid"):
            assert query.vector is not None  # set above for every mode that needs it
            qvec = query.vector
        if mode == "bm25":
            rows, scores = leg.top(k)
            return self._hits(snap, rows, scores, scores, np.zeros(len(rows)))
        if mode == "dense":
            rows, scores = snap.dense.top(qvec, k, allowed)
            bm = np.zeros(len(rows))
            return self._hits(snap, rows, scores, bm, scores)
        b_rows, _ = leg.top(n_cand)
        # the BM25 weight follows how much of the question its best BM25 passage holds
        coverage = data.bm25.coverage(query.tokens, int(b_rows[0])) if len(b_rows) else 0.0
        weighted = fusion.at_coverage(coverage)

        def pool_of(vector: np.ndarray) -> Pool:
            d_rows, _ = snap.dense.top(vector, n_cand, allowed)
            cand = np.unique(np.concatenate([b_rows, d_rows]))
            return Pool(cand, leg.at(cand), snap.dense.scores_of(vector, cand), (b_rows, d_rows))

        rerank = Rerank(
            query.norm,
            snap.data.passage_text,
            snap.rerank_terms,
            snap.data.bm25.idf_of,
            query.asks,
            query.places,
            lambda row: str(snap.doc_regions[int(data.doc_rows[row])]),
            lambda row: data.documents[int(data.doc_rows[row])].title or "",
            lambda row: (
                data.documents[int(data.doc_rows[row])].doc_id,
                int(data.starts[row]),
                int(data.ends[row]),
            ),
        )
        store = data.sentences

        def sentences(rows: np.ndarray) -> np.ndarray:
            assert store is not None
            return store.best_cosines(qvec, [data.passage_text(int(r)) for r in rows])

        ranked = rank_hybrid(
            qvec,
            pool_of,
            lambda rows: snap.dense.vectors[rows],
            snap.dense.scores_of,
            weighted,
            k,
            rerank,
            sentences if store is not None and len(store) else None,
        )
        return self._hits(snap, ranked.keys, ranked.score, ranked.bm25, ranked.dense)

    def stored_sentences(self, keys: np.ndarray) -> np.ndarray | None:
        store = self.snapshot.data.sentences
        return store.lookup(keys) if store is not None and len(store) else None

    def _hits(
        self, snap: Snapshot, rows: np.ndarray, scores: np.ndarray, bm25: np.ndarray, dense: np.ndarray
    ) -> list[Hit]:
        data = snap.data
        hits = []
        for row, score, b, d in zip(
            rows.tolist(), scores.tolist(), bm25.tolist(), dense.tolist(), strict=True
        ):
            doc = data.documents[int(data.doc_rows[row])]
            hits.append(
                Hit(
                    row=row,
                    passage_id=data.passage_id(row),
                    doc_id=doc.doc_id,
                    score=float(score),
                    bm25=float(b),
                    dense=float(d),
                    start=int(data.starts[row]),
                    end=int(data.ends[row]),
                    text=data.passage_text(row),
                    document=doc,
                )
            )
        return hits

    # ---------- documents ----------
    def document(self, doc_id: str) -> tuple[DocumentMeta, str, int] | None:
        data = self.data
        pos = data.doc_index.get(doc_id)
        if pos is None:
            return None
        return data.documents[pos], data.texts[pos], int(np.count_nonzero(data.doc_rows == pos))

    def add(self, docs: Sequence[Prepared], dedupe: bool = True) -> list[Verdict]:
        """Add or replace documents (distinct doc_ids); persisted before the new snapshot becomes visible.
        Each one's verdict (indexer/dedupe.py): a document the index already holds as it is, or whose content
        another id holds (``dedupe``), is not written again."""
        metas = [d.meta for d in docs]
        while True:
            snapshot = self.data
            # decided first on the snapshot, so what is already there is not encoded; decided again under
            # the lock against the latest commit
            verdicts = sort_writes(metas, self._holdings(snapshot), dedupe)
            todo = [d for d, v in zip(docs, verdicts, strict=True) if v.written]
            # the heavy part, before any lock; an unchanged passage of a replaced document keeps its vector
            delta = encode(todo, snapshot.settings, self.encoder, reuse=snapshot) if todo else None
            final = self._add_encoded(metas, delta, dedupe)
            if final is not None:
                return final

    def _holdings(self, data: IndexData) -> Holdings:
        """What ``data`` holds, by id and by content: built once per commit (~25 ms at 100k documents), as
        a write checks it twice — on the snapshot, then under the lock on what is usually that same commit."""
        cached = self._held
        if cached is None or not data.commit or cached[0] != data.commit:
            cached = (data.commit, Holdings.of(data.documents))
            self._held = cached
        return cached[1]

    def _add_encoded(
        self, metas: Sequence[DocumentMeta], delta: IndexData | None, dedupe: bool
    ) -> list[Verdict] | None:
        """Merge the encoded documents (``delta``) that are new against the latest commit; None, writing
        nothing, when another one of ``metas`` turned out new meanwhile (what it duplicated was removed)."""
        encoded = set() if delta is None else set(delta.doc_index)
        final: list[Verdict] | None = None

        def change(latest: IndexData) -> IndexData | None:
            nonlocal final
            held = self._holdings(latest)
            verdicts = sort_writes(metas, held, dedupe)
            written = {m.doc_id for m, v in zip(metas, verdicts, strict=True) if v.written}
            if not written <= encoded:
                return None
            final = verdicts
            stale = retired(metas, verdicts, held)
            base = delete_documents(latest, stale) if stale else latest
            if delta is None or not written:
                return base if stale else None
            return merge(base, delete_documents(delta, encoded - written))

        self._write(change)
        return final

    def delete(self, doc_ids: Sequence[str]) -> int:
        """Remove documents (both legs); returns how many of them the latest commit held."""
        found = 0

        def change(latest: IndexData) -> IndexData | None:
            nonlocal found
            present = [d for d in doc_ids if d in latest.doc_index]
            found = len(present)
            return delete_documents(latest, present) if present else None

        self._write(change)
        return found

    def _write(self, change: Callable[[IndexData], IndexData | None]) -> None:
        """Read-modify-write under the index's write lock, starting from the latest committed generation."""
        with self._write_lock:  # this process's threads queue here rather than polling the file lock
            snapshot = self._snapshot.data
            committed = apply(self.index_dir, change, self._disk, self._lock_timeout, current=snapshot)
        if committed is not None or committed_id(self.index_dir) != snapshot.commit:
            with self._reload_lock:
                stat, checked_at = self._stat(), time.time()
                # re-read: the new snapshot is exactly what a restart (or another process) loads
                self._install(Snapshot(read_index(self.index_dir)))
                self._note(stat, checked_at)


def with_fusion(settings: IndexSettings, fusion: FusionConfig) -> IndexSettings:
    return replace(settings, fusion=fusion)
