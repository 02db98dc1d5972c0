"""`MilvusRetriever`: the same search, documents and writes as `indexer.retrieve.Retriever`, over Milvus.

Search is the embedded algorithm with Milvus doing the two candidate searches: the sparse leg (BM25 as an
inner product, see milvus_store.py) and the dense leg each return their top candidates with vectors and
sparse weights, and the client then scores the union exactly in both legs, fuses, and applies the
sentence-window rerank — so the fused ranking is the embedded one (same formulas, same ties by key).
Documents, statistics and settings are read from Milvus on each request: any number of citeqa processes
can share one Milvus and answer identically.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from indexer.build import Prepared
from indexer.dedupe import Verdict, sort_writes
from indexer.embed import Encoder
from indexer.fuse import FusionConfig
from indexer.hybrid import Pool, Rerank, rank_hybrid, rerank_terms
from indexer.milvus_collections import HIT_FIELDS, Collections
from indexer.milvus_data import MilvusData
from indexer.milvus_recover import recover_in_background
from indexer.milvus_scoring import bm25_of, cosine, coverage, filter_expr
from indexer.milvus_sentences import embed_missing, lookup
from indexer.milvus_store import (
    FieldParams,
    MilvusConfig,
    Stats,
    clip_bytes,
    quote,
    term_id,
)
from indexer.milvus_write import (
    NewDocument,
    apply_new,
    apply_write,
    holdings,
    meta_from_row,
    prepared_passages,
)
from indexer.normalize import normalize
from indexer.query import Query
from indexer.searcher import Filters, Hit, Searcher
from indexer.sentences import best_cosines
from indexer.settings import IndexSettings, holds_units
from indexer.store import DocumentMeta, IndexFormatError

logger = logging.getLogger(__name__)
WRITE_DOCS = 256  # documents per write batch: bounds memory and the statistics round trip per batch
_FIELDS = [*HIT_FIELDS, "vector", "sparse"]


@dataclass(frozen=True)
class _DenseInfo:
    kind: str


@dataclass(frozen=True)
class _SnapshotInfo:
    """What the server reads from ``Retriever.snapshot`` (the dense index kind for /healthz)."""

    dense: _DenseInfo


@dataclass(frozen=True)
class _Candidate:
    pk: int
    entity: dict[str, Any]


class MilvusRetriever(Searcher):
    """Serves one citeqa index stored in Milvus (see MilvusConfig for the connection settings)."""

    def __init__(
        self, config: MilvusConfig, encoder: Encoder | None = None, client: Any | None = None
    ) -> None:
        self.config = config
        self.cols = Collections(config, client)
        self.cols.finish_swap(Collections(config.staging(), self.cols.client))  # a rebuild's, cut short
        self.cols.check_ours()
        if not self.cols.exists():
            raise IndexFormatError(
                f"no citeqa index in Milvus at {config.uri} (collection {config.collection!r}); build it "
                "with: citeqa index PATHS --backend milvus (or: python -m indexer.milvus_admin import)"
            )
        self.cols.load()  # a reopened milvus-lite data dir serves nothing until loaded
        self._encoder = encoder
        self._encoder_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._settings: tuple[int, IndexSettings] | None = None
        self._regions: tuple[int, tuple[str, ...]] | None = None

    @classmethod
    def create(
        cls, config: MilvusConfig, settings: IndexSettings, encoder: Encoder, client: Any | None = None
    ) -> MilvusRetriever:
        """Create the collections of a new, empty index (or open the existing one)."""
        cols = Collections(config, client)
        cols.check_ours()
        cols.create(encoder.dim, sentences=settings.fusion.sentence_dense_weight > 0)
        if not cols.stats().settings:
            cols.commit_stats(Stats(settings=settings.to_manifest(encoder.dim)), {})
        return cls(config, encoder, cols.client)

    def repair_in_background(self) -> threading.Thread | None:
        """Repair what a writer killed midway left, on a thread (a server opening the index calls it)."""
        return recover_in_background(self.cols)

    # ---------- state ----------
    def stats(self) -> Stats:
        return self.cols.stats()

    def _settings_of(self, stats: Stats) -> IndexSettings:
        cached = self._settings
        if cached is None or cached[0] != stats.version:
            cached = (stats.version, IndexSettings.from_manifest(stats.settings))
            self._settings = cached
        return cached[1]

    @property
    def settings(self) -> IndexSettings:
        return self._settings_of(self.stats())

    def stored_sentences(self, keys: np.ndarray) -> np.ndarray | None:
        stats = self.stats()
        if stats.sentences == 0:
            return None
        return lookup(self.cols, keys, int(stats.settings["model"]["dim"]))

    def known_regions(self) -> tuple[str, ...]:
        """The documents' distinct regions, read again only after a write (one statistics read a call)."""
        stats = self.stats()
        cached = self._regions
        if cached is None or cached[0] != stats.version:
            cached = (stats.version, MilvusData(self.cols, stats).regions)
            self._regions = cached
        return cached[1]

    def term_df(self, term: str) -> int:
        """One document-frequency read (only for a question naming a county the documents are not about)."""
        return self.data.bm25.df_of(term)

    @property
    def data(self) -> MilvusData:
        """A read view with the accessors the server uses on the embedded ``IndexData``."""
        return MilvusData(self.cols, self.stats())

    @property
    def index_dir(self) -> Path:
        """No local index directory: a path that never exists, so on-disk size gauges read 0."""
        return Path("/nonexistent/milvus") / self.config.collection

    @property
    def snapshot(self) -> _SnapshotInfo:
        return _SnapshotInfo(_DenseInfo(f"milvus-{self.config.dense_index.lower()}"))

    def _query_settings(self) -> IndexSettings:
        # An index's tokenizer is fixed when it is created: the cached settings tokenise a query, and the
        # one statistics read of a search brings everything else up to date.
        return self._settings[1] if self._settings is not None else self.settings

    def idf(self, term: str) -> float:
        """BM25 idf of an index term (a token as `Query.tokens` holds it); 0.0 for a term not in the index."""
        tid = term_id(term)
        stats, df = self.cols.stats_and_df([tid])
        params = FieldParams.of(stats.settings["bm25"]) if stats.settings else None
        if tid not in df or params is None:
            return 0.0
        return stats.idf(df[tid], params.field_id(tid))

    # ---------- search ----------
    def _ranked(
        self, query: Query, k: int, mode: str, filters: Filters | None, fusion: FusionConfig | None
    ) -> list[Hit]:
        settings = self._query_settings()
        tokens = list(query.tokens)
        rerank_tokens = rerank_terms(query.norm, settings.tokenizer)
        stats, df = self.cols.stats_and_df([term_id(t) for t in [*tokens, *rerank_tokens]])
        if stats.passages == 0:
            return []
        settings = self._settings_of(stats)
        params = FieldParams.of(stats.settings["bm25"])
        fusion = fusion or settings.fusion
        expr = filter_expr(filters)
        qsparse: dict[int, float] = {}
        for term, count in Counter(tokens).items():
            tid = term_id(term)
            if tid in df:
                f = params.field_id(tid)
                qsparse[tid] = qsparse.get(tid, 0.0) + count * params.weight[f] * stats.idf(df[tid], f)
        # single-leg modes fetch a margin so that ties at the k-th place resolve by key, as embedded does
        n_cand = 2 * k + 10 if mode != "hybrid" else max(k, fusion.candidates)
        sparse_hits = self._search_sparse(qsparse, n_cand, expr) if mode in ("bm25", "hybrid") else []
        qvec = query.vector if mode in ("dense", "hybrid") and query.vector is not None else None
        qvec = np.zeros(0, np.float32) if qvec is None else qvec
        dense_hits = self._search_dense(qvec, n_cand, expr) if mode in ("dense", "hybrid") else []
        bm_of = {c.pk: bm25_of(c.entity, qsparse, stats, params) for c in [*sparse_hits, *dense_hits]}
        de_of = {c.pk: cosine(c.entity, qvec) for c in [*sparse_hits, *dense_hits]}
        entity = {c.pk: c.entity for c in [*sparse_hits, *dense_hits]}
        # each leg's own ranking, by exact score then key (the embedded tie order: row = insertion order)
        b_list = sorted(
            (pk for pk in {c.pk for c in sparse_hits} if bm_of[pk] > 0), key=lambda p: (-bm_of[p], p)
        )
        d_list = sorted({c.pk for c in dense_hits}, key=lambda p: (-de_of[p], p))
        if mode == "bm25":
            pks = b_list[:k]
            return [self._hit(entity[p], bm_of[p], bm_of[p], 0.0) for p in pks]
        if mode == "dense":
            pks = d_list[:k]
            return [self._hit(entity[p], de_of[p], 0.0, de_of[p]) for p in pks]
        if not b_list and not d_list:
            return []
        b_keys = np.array(b_list, np.int64)
        weighted = fusion.at_coverage(
            coverage(qsparse, entity[b_list[0]] if b_list else None, stats, df, params)
        )

        def score(hits: list[_Candidate]) -> None:
            for c in hits:
                if c.pk not in entity:
                    entity[c.pk] = c.entity
                    bm_of[c.pk] = bm25_of(c.entity, qsparse, stats, params)

        def cosines_of(vector: np.ndarray, keys: np.ndarray) -> np.ndarray:
            # one matrix-vector product, as the embedded `DenseIndex.scores_of`: the same float32 sums,
            # where row-by-row dots differ in the last bit (which the sentence stage's z-scores amplify)
            if len(keys) == 0:
                return np.zeros(0, dtype=np.float32)
            return np.asarray(vectors_of(keys) @ vector, dtype=np.float32)

        def pool_of(vector: np.ndarray) -> Pool:
            # the first search is the one made above; a moved query searches the dense leg again
            hits = dense_hits if vector is qvec else self._search_dense(vector, n_cand, expr)
            score(hits)
            cos = {c.pk: cosine(c.entity, vector) for c in hits}
            d_keys = np.array(sorted(cos, key=lambda p: (-cos[p], p)), np.int64)
            cand = np.array(sorted(set(b_list) | set(cos)), dtype=np.int64)
            bm = np.array([bm_of[int(p)] for p in cand], dtype=np.float64)
            return Pool(cand, bm, cosines_of(vector, cand), (b_keys, d_keys))

        def vectors_of(keys: np.ndarray) -> np.ndarray:
            return np.array([entity[int(p)]["vector"] for p in keys.tolist()], dtype=np.float32)

        def idf(term: str) -> float:
            tid = term_id(term)
            return stats.idf(df[tid], params.field_id(tid)) if tid in df else 0.0

        tokenizer = settings.tokenizer
        rerank = Rerank(
            query.norm,
            lambda pk: str(entity[pk]["text"]),
            lambda t: rerank_terms(t, tokenizer),
            idf,
            query.asks,
            query.places,
            lambda pk: normalize(str(entity[pk].get("region") or "")),
            lambda pk: str(entity[pk].get("title") or ""),
            lambda pk: (str(entity[pk]["doc_id"]), int(entity[pk]["start"]), int(entity[pk]["end"])),
        )
        dim = int(stats.settings["model"]["dim"])

        def sentences(keys: np.ndarray) -> np.ndarray:
            bodies = [str(entity[int(p)]["text"]) for p in keys.tolist()]
            return best_cosines(qvec, bodies, lambda s: lookup(self.cols, s, dim))

        # as the embedded backend: the sentence stage when the index holds sentence vectors
        held = stats.sentences > 0
        ranked = rank_hybrid(
            qvec, pool_of, vectors_of, cosines_of, weighted, k, rerank, sentences if held else None
        )
        return [
            self._hit(entity[p], s, b, d)
            for p, s, b, d in zip(
                ranked.keys.tolist(),
                ranked.score.tolist(),
                ranked.bm25.tolist(),
                ranked.dense.tolist(),
                strict=True,
            )
        ]

    def _search_sparse(self, qsparse: dict[int, float], limit: int, expr: str) -> list[_Candidate]:
        # Milvus refuses negative query weights: a term in more than half the passages has a floored idf,
        # negative when the mean idf is (a small collection). Such terms only lower a passage's score, so
        # candidates come from the others; every candidate is then scored with all terms (`_bm25`).
        positive = {t: w for t, w in qsparse.items() if w > 0}
        if not positive:
            return []
        res = self.cols.client.search(
            self.config.passages,
            data=[positive],
            anns_field="sparse",
            limit=limit,
            filter=expr,
            output_fields=_FIELDS,
            search_params={"metric_type": "IP", "params": {"drop_ratio_search": 0.0}},
            consistency_level=self.config.consistency,
        )
        return [_Candidate(int(h["pk"]), h["entity"]) for h in res[0]]

    def _search_dense(self, qvec: np.ndarray, limit: int, expr: str) -> list[_Candidate]:
        res = self.cols.client.search(
            self.config.passages,
            data=[np.asarray(qvec, dtype=np.float32).tolist()],
            anns_field="vector",
            limit=limit,
            filter=expr,
            output_fields=_FIELDS,
            search_params={"metric_type": "IP", "params": dict(self.config.search_params)},
            consistency_level=self.config.consistency,
        )
        return [_Candidate(int(h["pk"]), h["entity"]) for h in res[0]]

    @staticmethod
    def _hit(entity: dict[str, Any], score: float, bm25: float, dense: float) -> Hit:
        return Hit(
            row=int(entity["pk"]),
            passage_id=entity["passage_id"],
            doc_id=entity["doc_id"],
            score=float(score),
            bm25=float(bm25),
            dense=float(dense),
            start=int(entity["start"]),
            end=int(entity["end"]),
            text=entity["text"],
            document=meta_from_row(entity),
        )

    # ---------- documents ----------
    def document(self, doc_id: str) -> tuple[DocumentMeta, str, int] | None:
        rows = self.cols.document_rows(doc_id, ["pk", "doc_id", "part", "parts", "passages", "text", *_META])
        if not rows:
            return None
        rows.sort(key=lambda r: int(r["part"]))
        return meta_from_row(rows[0]), "".join(r["text"] for r in rows), int(rows[0]["passages"])

    def passage(self, passage_id: str) -> Hit | None:
        rows = self.cols.client.query(
            self.config.passages,
            filter=f"passage_id == {quote(passage_id)}",
            output_fields=HIT_FIELDS,
            consistency_level=self.config.consistency,
        )
        return self._hit(rows[0], 0.0, 0.0, 0.0) if rows else None

    def add(self, docs: Sequence[Prepared], dedupe: bool = True) -> list[Verdict]:
        """Add or replace documents (distinct doc_ids); visible to every reader once this returns (Strong
        consistency). Each one's verdict, as `indexer.retrieve.Retriever.add` gives them."""
        verdicts: list[Verdict] = []
        with self._write_lock:
            for lo in range(0, len(docs), WRITE_DOCS):
                verdicts += self._add_batch(docs[lo : lo + WRITE_DOCS], dedupe)
        return verdicts

    def _add_batch(self, batch: Sequence[Prepared], dedupe: bool) -> list[Verdict]:
        metas = [d.meta for d in batch]
        while True:
            # decided first without the lease, so what is already there is not encoded; again under it
            before = sort_writes(metas, holdings(self.cols, metas), dedupe)
            todo = [d for d, v in zip(batch, before, strict=True) if v.written]
            stats = self.stats()
            passages = prepared_passages(todo, self._settings_of(stats), self.encoder) if todo else []
            documents = [NewDocument(d.meta, d.text, len(d.spans)) for d in todo]
            bodies = [clip_bytes(p.text) for p in passages]  # the stored text, whose sentences count
            units = holds_units(stats.settings)
            known = embed_missing(self.cols, bodies, self.encoder, units) if passages else {}
            verdicts = apply_new(
                self.cols, stats.settings, metas, passages, documents, dedupe, known, self.encoder
            )
            if verdicts is not None:
                return verdicts

    def delete(self, doc_ids: Sequence[str]) -> int:
        with self._write_lock:
            stats = self.stats()
            _, removed = apply_write(self.cols, stats.settings, [], [], removed=list(dict.fromkeys(doc_ids)))
            return removed


_META = ["title", "region", "date", "source", "path", "sha256"]
