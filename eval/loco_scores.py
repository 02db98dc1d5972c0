"""The leave-one-corpus-out study's data: one benchmark set as the index would score it, as matrices
(queries × passages) — each BM25 field, the E5 cosines, the fusion and feedback of `Retriever.search` — and
the rank metrics of a score matrix, all in numpy. eval/loco.py scores its grids with them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from eval.beir import cached_encoder, indexable, load_dataset
from eval.reference import PARAMS as REFERENCE_PARAMS
from eval.reference import TOKENS as REFERENCE_TOKENS
from indexer.build import prepare
from indexer.embed import Encoder
from indexer.fuse import FusionConfig
from indexer.ingest import embedding_text, passage_contexts
from indexer.normalize import normalize
from indexer.segment import tokenize
from indexer.settings import PROJECT_ROOT, IndexSettings
from indexer.sparse import CHAR_PREFIX, BM25Params

BENCH = PROJECT_ROOT.parent / "shared" / "bench"


class Field:
    """One BM25 field as matrices: term counts (passages × vocabulary) and the queries' counts."""

    def __init__(self, docs: Sequence[Sequence[str]], queries: Sequence[Sequence[str]]) -> None:
        self.vocab: dict[str, int] = {}
        self._memo: dict[tuple[float, float, float], np.ndarray] = {}  # a grid asks for each (k1, b) often
        self.tf = self._counts(docs, grow=True)
        self.q = self._counts(queries, grow=False)
        self.dl = np.asarray(self.tf.sum(axis=1), dtype=np.float64).ravel()
        df = np.diff(self.tf.tocsc().indptr).astype(np.float64)
        n = self.tf.shape[0]
        self.raw_idf = np.log(n - df + 0.5) - np.log(df + 0.5)

    def _counts(self, docs: Sequence[Sequence[str]], grow: bool) -> sp.csr_matrix:
        rows, cols, vals = [], [], []
        for row, tokens in enumerate(docs):
            for term, count in Counter(tokens).items():
                col = self.vocab.get(term)
                if col is None:
                    if not grow:
                        continue
                    col = self.vocab[term] = len(self.vocab)
                rows.append(row)
                cols.append(col)
                vals.append(count)
        return sp.csr_matrix(
            (np.asarray(vals, np.float64), (rows, cols)), shape=(len(docs), max(1, len(self.vocab)))
        )

    def scores(self, k1: float, b: float, epsilon: float = 0.25) -> np.ndarray:
        """BM25 of every query against every passage (indexer/sparse.py's formula, idf floor per field)."""
        key = (k1, b, epsilon)
        if key not in self._memo:
            self._memo[key] = self._scores(k1, b, epsilon).astype(np.float32)  # a grid keeps a dozen
        return self._memo[key]

    def _scores(self, k1: float, b: float, epsilon: float) -> np.ndarray:
        idf = np.where(self.raw_idf < 0, epsilon * self.raw_idf.mean(), self.raw_idf)
        tf = self.tf.tocoo()
        norm = k1 * (1 - b + b * self.dl / self.dl.mean())
        weights = idf[tf.col] * tf.data * (k1 + 1) / (tf.data + norm[tf.row])
        matrix = sp.csr_matrix((weights, (tf.row, tf.col)), shape=self.tf.shape)
        q = self.q
        if q.shape[1] < matrix.shape[1]:
            q = sp.csr_matrix((q.data, q.indices, q.indptr), shape=(q.shape[0], matrix.shape[1]))
        return np.asarray((q @ matrix.T).todense())


@dataclass
class SetData:
    """One benchmark set, ready for the grid."""

    name: str
    qids: list[str]
    relevant: np.ndarray  # bool, queries × documents
    n_relevant: np.ndarray  # relevant documents per query (recall@1 denominators)
    doc_of: np.ndarray  # document column of each passage (non-decreasing: a document's passages are adjacent)
    words: Field
    chars: Field
    dense: np.ndarray  # E5 cosine, queries × passages
    query_vectors: np.ndarray  # queries × dim (for pseudo-relevance feedback)
    passage_vectors: np.ndarray  # passages × dim
    reference: dict[str, float]
    skipped: int

    def doc_scores(self, passages: np.ndarray) -> np.ndarray:
        """A document's score is its best passage's (rankings are lists of distinct documents)."""
        starts = np.searchsorted(self.doc_of, np.arange(self.relevant.shape[1]))
        return np.maximum.reduceat(passages, starts, axis=1)

    def metrics(self, passages: np.ndarray) -> dict[str, float]:
        return rank_metrics(self.doc_scores(passages), self.relevant, self.n_relevant)


def rank_metrics(docs: np.ndarray, relevant: np.ndarray, n_relevant: np.ndarray) -> dict[str, float]:
    """S@1, R@1 and MRR@10 from document scores; ties rank a relevant document last, -inf is never ranked."""
    rank = first_relevant(docs, relevant)
    s1 = (rank == 0).astype(np.float64)
    return {
        "success@1": round(float(s1.mean()), 4),
        "recall@1": round(float((s1 / n_relevant).mean()), 4),
        "mrr@10": round(float(reciprocal(rank).mean()), 4),
    }


def first_relevant(docs: np.ndarray, relevant: np.ndarray) -> np.ndarray:
    """0-based rank of each query's best relevant document (10**9 when none is ranked)."""
    best = np.where(relevant, docs, -np.inf).max(axis=1)
    above = (docs > best[:, None]) | ((docs == best[:, None]) & ~relevant)
    return np.where(np.isfinite(best), above.sum(axis=1), 10**9)


def reciprocal(rank: np.ndarray) -> np.ndarray:
    return np.where(rank < 10, 1.0 / (rank + 1.0), 0.0)


def reciprocal_ranks(docs: np.ndarray, relevant: np.ndarray) -> np.ndarray:
    """Per query reciprocal rank at 10 (for paired wins and losses)."""
    return reciprocal(first_relevant(docs, relevant))


def split_fields(tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    words = [t for t in tokens if not t.startswith(CHAR_PREFIX)]
    return words, [t for t in tokens if t.startswith(CHAR_PREFIX)]


def load_set(
    name: str, settings: IndexSettings, bench: Path = BENCH, encoder: Encoder | None = None
) -> SetData:
    """Passages as the index holds them (cleaned, chunked, with title and heading), tokens, vectors (from
    the evaluation vector files unless an ``encoder`` is given)."""
    dataset = load_dataset(bench / name)
    records = indexable(dataset.corpus, settings)
    tokenizer = replace(settings.tokenizer, chars=True, bigrams=False)
    passages: list[str] = []
    doc_names: list[str] = []
    for doc_id, title, text in records:
        prepared = prepare(text, doc_id, settings, title=title)
        contexts = passage_contexts(settings, prepared.meta.title, prepared.text, prepared.spans)
        passages.extend(contexts)
        doc_names.extend(doc_id for _ in contexts)
    qids = list(dataset.queries)
    questions = [normalize(dataset.queries[q][:1000].strip()) for q in qids]
    p_fields = [split_fields(tokenize(p, tokenizer)) for p in passages]
    embedded = [embedding_text(settings, p) for p in passages]  # what the index embeds
    q_fields = [split_fields(tokenize(q, tokenizer)) for q in questions]
    docs = list(dict.fromkeys(doc_names))
    column = {d: i for i, d in enumerate(docs)}
    relevant = np.zeros((len(qids), len(docs)), dtype=bool)
    for i, q in enumerate(qids):
        for d in dataset.qrels[q]:
            if d in column:
                relevant[i, column[d]] = True
    n_relevant = np.array([len(dataset.qrels[q]) for q in qids], dtype=np.float64)
    if encoder is None:
        cached = cached_encoder(settings.model)
        q_vecs, p_vecs = cached.encode_queries(questions), cached.encode_passages(embedded)
        cached.save()
    else:
        q_vecs, p_vecs = encoder.encode_queries(questions), encoder.encode_passages(embedded)
    dense = q_vecs @ p_vecs.T
    reference = Field(
        [tokenize(f"{t or ''}\n{x}", REFERENCE_TOKENS) for _, t, x in dataset.corpus],
        [tokenize(q, REFERENCE_TOKENS) for q in questions],
    )
    ref_columns = {d: i for i, (d, _, _) in enumerate(dataset.corpus)}
    ref_relevant = np.zeros((len(qids), len(dataset.corpus)), dtype=bool)
    for i, q in enumerate(qids):
        for d in dataset.qrels[q]:
            if d in ref_columns:
                ref_relevant[i, ref_columns[d]] = True
    ref_scores = reference.scores(REFERENCE_PARAMS.k1, REFERENCE_PARAMS.b)
    ref_scores = np.where(ref_scores > 0, ref_scores, -np.inf)  # a passage sharing no term is not retrieved
    return SetData(
        name=name,
        qids=qids,
        relevant=relevant,
        n_relevant=n_relevant,
        doc_of=np.array([column[d] for d in doc_names]),
        words=Field([w for w, _ in p_fields], [w for w, _ in q_fields]),
        chars=Field([c for _, c in p_fields], [c for _, c in q_fields]),
        dense=np.asarray(dense, dtype=np.float64),
        query_vectors=np.asarray(q_vecs, dtype=np.float32),
        passage_vectors=np.asarray(p_vecs, dtype=np.float32),
        reference=rank_metrics(ref_scores, ref_relevant, n_relevant),
        skipped=len(dataset.corpus) - len(records),
    )


def bm25_scores(data: SetData, params: BM25Params) -> np.ndarray:
    words = data.words.scores(params.k1, params.b).astype(np.float64)
    scores = words + params.chars_weight * data.chars.scores(params.chars_k1, params.chars_b)
    return np.where(scores > 0, scores, -np.inf)


def _top_mask(scores: np.ndarray, n: int) -> np.ndarray:
    n = min(n, scores.shape[1])
    kth = -np.partition(-scores, n - 1, axis=1)[:, n - 1 : n]
    return (scores >= kth) & np.isfinite(scores)


def _ranks(scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
    order = np.argsort(-np.where(mask, scores, -np.inf), axis=1, kind="stable")
    rank = np.empty_like(order)
    rank[np.arange(scores.shape[0])[:, None], order] = np.arange(scores.shape[1])[None, :]
    return np.where(mask, rank, mask.sum(axis=1, keepdims=True)).astype(np.float64)


def fused_scores(
    bm25: np.ndarray, dense: np.ndarray, config: FusionConfig, weights: np.ndarray | None = None
) -> np.ndarray:
    """indexer/fuse.py over each query's candidates (the union of both legs' top ``candidates``); ``weights``
    are per-query BM25 weights (default: ``config.bm25_weight`` for every query)."""
    in_bm25 = _top_mask(bm25, config.candidates)
    in_dense = _top_mask(dense, config.candidates)
    cand = in_bm25 | in_dense
    b = np.where(np.isfinite(bm25), bm25, 0.0)  # a candidate of the dense leg only has BM25 0
    w = np.full((bm25.shape[0], 1), config.bm25_weight) if weights is None else weights[:, None]
    if config.method == "rrf":
        fused = w / (config.rrf_k + _ranks(b, in_bm25) + 1) + (1 - w) / (
            config.rrf_k + _ranks(dense, in_dense) + 1
        )
    else:
        fused = w * _normalized(b, cand, config.normalization) + (1 - w) * _normalized(
            dense, cand, config.normalization
        )
    return np.where(cand, fused, -np.inf)


def coverage(data: SetData, bm25: np.ndarray) -> np.ndarray:
    """Per query, the share of its n-gram idf mass that its best BM25 passage holds (`BM25.coverage`)."""
    field = data.chars if data.chars.q.nnz else data.words
    idf = np.where(field.raw_idf < 0, 0.25 * field.raw_idf.mean(), field.raw_idf)
    asked = (field.q > 0).astype(np.float64).multiply(idf[None, :]).tocsr()
    top = np.argmax(bm25, axis=1)
    held = (field.tf[top] > 0).astype(np.float64)
    total = np.asarray(asked.sum(axis=1)).ravel()
    found = np.asarray(asked.multiply(held).sum(axis=1)).ravel()
    out = np.where(total > 0, found / np.where(total > 0, total, 1.0), 0.0)
    return np.where(np.isfinite(bm25.max(axis=1)), out, 0.0)


def hybrid_scores(data: SetData, bm25: np.ndarray, config: FusionConfig) -> np.ndarray:
    """`Retriever.search`'s hybrid mode: coverage-weighted fusion, then Rocchio feedback and fusion again."""
    weights = config.uncovered_bm25_weight + (config.bm25_weight - config.uncovered_bm25_weight) * coverage(
        data, bm25
    )
    fused = fused_scores(bm25, data.dense, config, weights)
    if config.feedback_depth == 0:
        return fused
    depth = config.feedback_depth
    top = np.argsort(-fused, axis=1, kind="stable")[:, :depth]
    found = np.isfinite(np.take_along_axis(fused, top, axis=1))
    vectors = data.passage_vectors[top] * found[:, :, None]
    mean = vectors.sum(axis=1) / np.maximum(found.sum(axis=1), 1)[:, None]
    moved = data.query_vectors + np.float32(config.feedback_weight) * mean
    moved /= np.linalg.norm(moved, axis=1, keepdims=True)
    return fused_scores(bm25, (moved @ data.passage_vectors.T).astype(np.float64), config, weights)


def _normalized(scores: np.ndarray, cand: np.ndarray, how: str) -> np.ndarray:
    masked = np.where(cand, scores, np.nan)
    if how == "max":
        top = np.nanmax(masked, axis=1, keepdims=True)
        return np.where(top > 0, scores / np.where(top > 0, top, 1.0), 0.0)
    if how == "minmax":
        lo = np.nanmin(masked, axis=1, keepdims=True)
        hi = np.nanmax(masked, axis=1, keepdims=True)
        return np.where(hi > lo, (scores - lo) / np.where(hi > lo, hi - lo, 1.0), 1.0)
    mean = np.nanmean(masked, axis=1, keepdims=True)
    std = np.nanstd(masked, axis=1, keepdims=True)
    return np.where(std > 0, (scores - mean) / np.where(std > 0, std, 1.0), 0.0)
