"""Composes the online path: index store → BM25 and dense legs → fusion, and keeps the index current.

A `Retriever` owns one loaded index. Searches read an immutable snapshot; uploads and deletions build the
next snapshot, write it to disk atomically and then swap it in, so a change is visible to the next query
in both legs and survives a restart.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from indexer.build import Prepared, add_documents, delete_documents
from indexer.dense import DenseIndex
from indexer.embed import Encoder, load_encoder
from indexer.fuse import FusionConfig, fuse
from indexer.normalize import normalize
from indexer.query import MAX_K, MODES, Mode, Query, check_k, check_mode, check_query, check_text
from indexer.rerank import best_window_coverage, weighted_terms
from indexer.segment import TokenizerConfig, tokenize, warm_up
from indexer.settings import IndexSettings
from indexer.sparse import top_k
from indexer.store import DocumentMeta, IndexData, read_index, write_index, write_lock

logger = logging.getLogger(__name__)

__all__ = ["MAX_K", "MODES", "Filters", "Hit", "Mode", "Query", "Retriever", "check_query"]
QUERY_THREADS = 1  # per-query encoding is latency-bound: one BLAS thread each (measured in eval/bench)


@dataclass(frozen=True)
class Filters:
    region: str | None = None
    doc_id: str | None = None


@dataclass(frozen=True)
class Hit:
    row: int
    passage_id: str
    doc_id: str
    score: float
    bm25: float
    dense: float
    start: int
    end: int
    text: str
    document: DocumentMeta


class Snapshot:
    """An index plus the structures built from it at load time (the dense index)."""

    def __init__(self, data: IndexData) -> None:
        self.data = data
        self.settings = IndexSettings.from_manifest(data.settings)
        self.dense = DenseIndex(data.vectors, data.keys, self.settings.dense, data.ivf)
        regions = [normalize(d.region or "") for d in data.documents]
        self.doc_regions = np.array(regions, dtype=object)


class Retriever:
    def __init__(self, index_dir: Path, encoder: Encoder | None = None) -> None:
        self.index_dir = index_dir
        self._snapshot = Snapshot(read_index(index_dir))
        self._encoder = encoder
        self._encoder_lock = threading.Lock()
        self._write_lock = threading.Lock()

    # ---------- state ----------
    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def data(self) -> IndexData:
        return self._snapshot.data

    @property
    def settings(self) -> IndexSettings:
        return self._snapshot.settings

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            with self._encoder_lock:
                if self._encoder is None:
                    self._encoder = load_encoder(self.settings.model, threads=QUERY_THREADS)
        return self._encoder

    def warm_up(self) -> None:
        """Load the encoder and tokenizer dictionaries before the first query."""
        warm_up(self.settings.tokenizer)
        self.encoder.encode_queries(["预热"])

    def tokenizer_config(self) -> TokenizerConfig:
        return self.settings.tokenizer

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

    def embed_query(self, query: str) -> np.ndarray:
        """The query vector of ``query`` (normalised first, as `analyse` does)."""
        return self.encoder.encode_queries([normalize(query)])[0]

    def analyse(self, text: str, mode: str = "hybrid") -> Query:
        """Validate, normalise, tokenise and (if ``mode`` needs it) encode a question, each exactly once."""
        text = check_text(text)
        check_mode(mode)
        norm = normalize(text)
        tokens = tuple(tokenize(norm, self.settings.tokenizer))
        vector = self.encoder.encode_queries([norm])[0] if mode != "bm25" else None
        return Query(text=text, norm=norm, tokens=tokens, vector=vector)

    def idf(self, term: str) -> float:
        """BM25 idf of an index term (a token as `Query.tokens` holds it); 0.0 for a term not in the index."""
        bm25 = self._snapshot.data.bm25
        col = bm25.column.get(term)
        return float(bm25.idf[col]) if col is not None else 0.0

    def search(
        self,
        query: str | Query,
        k: int = 5,
        mode: str = "hybrid",
        filters: Filters | None = None,
        fusion: FusionConfig | None = None,
    ) -> list[Hit]:
        """The ``k`` best passages. An analysed `Query` is used as is: nothing of it is recomputed."""
        check_mode(mode)
        check_k(k)
        if not isinstance(query, Query):
            query = self.analyse(query, mode)
        elif query.needs_vector(mode):
            # analysed for bm25 only: the vector is computed now (once), never the tokens again
            query = replace(query, vector=self.encoder.encode_queries([query.norm])[0])
        snap = self._snapshot
        data = snap.data
        if data.passages == 0:
            return []
        allowed = self._allowed(snap, filters)
        fusion = fusion or snap.settings.fusion
        bm25_all = np.zeros(0)
        qvec = np.zeros(0, dtype=np.float32)
        if mode in ("bm25", "hybrid"):
            bm25_all = data.bm25.scores(query.tokens)
            if allowed is not None:
                bm25_all = np.where(allowed, bm25_all, 0.0)
        if mode in ("dense", "hybrid"):
            assert query.vector is not None  # set above for every mode that needs it
            qvec = query.vector
        if mode == "bm25":
            rows, scores = top_k(bm25_all, k)
            return self._hits(snap, rows, scores, scores, np.zeros(len(rows)))
        if mode == "dense":
            rows, scores = snap.dense.top(qvec, k, allowed)
            bm = np.zeros(len(rows))
            return self._hits(snap, rows, scores, bm, scores)
        n_cand = max(k, fusion.candidates)
        b_rows, _ = top_k(bm25_all, n_cand)
        d_rows, _ = snap.dense.top(qvec, n_cand, allowed)
        cand = np.unique(np.concatenate([b_rows, d_rows]))
        if len(cand) == 0:
            return []
        bm = bm25_all[cand]
        de = snap.dense.scores_of(qvec, cand)
        b_rank = _rank_in(cand, b_rows)
        d_rank = _rank_in(cand, d_rows)
        fused = fuse(bm, de, b_rank, d_rank, fusion)
        order = np.lexsort((cand, -fused))
        if fusion.sentence_weight > 0 and fusion.rerank_depth > 0:
            order = self._rerank(snap, query.norm, cand, fused, order, fusion)
        order = order[:k]
        return self._hits(snap, cand[order], fused[order], bm[order], de[order])

    def _rerank(
        self,
        snap: Snapshot,
        query: str,
        cand: np.ndarray,
        fused: np.ndarray,
        order: np.ndarray,
        fusion: FusionConfig,
    ) -> np.ndarray:
        """Add best-sentence-window coverage to the top candidates' fused scores (in place) and re-order."""
        head = order[: fusion.rerank_depth]
        grams = TokenizerConfig(words=False, bigrams=True, stopwords=False, user_dict=False)
        bm25 = snap.data.bm25
        config = snap.settings.tokenizer

        def idf(term: str) -> float:
            col = bm25.column.get(term)
            return float(bm25.idf[col]) if col is not None else 0.0

        def terms_of(text: str) -> list[str]:
            return tokenize(text, grams) if config.bigrams else tokenize(text, config)

        terms = weighted_terms(terms_of(query), idf)
        texts = [snap.data.passage_text(int(r)) for r in cand[head]]
        fused[head] += fusion.sentence_weight * best_window_coverage(terms, texts, terms_of)
        head = head[np.lexsort((cand[head], -fused[head]))]
        return np.concatenate([head, order[fusion.rerank_depth :]])

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

    def add(self, docs: Sequence[Prepared]) -> None:
        """Add or replace documents; persisted before the new snapshot becomes visible."""
        with self._write_lock, write_lock(self.index_dir):
            data = add_documents(self.data, docs, self.encoder)
            self._commit(data)

    def delete(self, doc_ids: Sequence[str]) -> int:
        with self._write_lock, write_lock(self.index_dir):
            present = [d for d in doc_ids if d in self.data.doc_index]
            if present:
                self._commit(delete_documents(self.data, present))
            return len(present)

    def _commit(self, data: IndexData) -> None:
        data = write_index(self.index_dir, data)
        # Re-read so the new snapshot is exactly what a restart would load.
        self._snapshot = Snapshot(read_index(self.index_dir))


def _rank_in(cand: np.ndarray, listed: np.ndarray) -> np.ndarray:
    """0-based rank of each candidate in ``listed`` (len(listed) where absent)."""
    rank = np.full(len(cand), len(listed), dtype=np.float64)
    if len(listed):
        pos = {int(r): i for i, r in enumerate(listed.tolist())}
        rank = np.array([pos.get(int(c), len(listed)) for c in cand.tolist()], dtype=np.float64)
    return rank


def with_fusion(settings: IndexSettings, fusion: FusionConfig) -> IndexSettings:
    return replace(settings, fusion=fusion)
