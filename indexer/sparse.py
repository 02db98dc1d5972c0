"""BM25 (Okapi, rank-bm25's formula and defaults) over a term-major sparse matrix of term frequencies.

Scores equal rank_bm25.BM25Okapi's for the same tokens and parameters (a test checks this), but a query
touches only the posting lists of its own terms: no Python loop over passages. Collection statistics
(idf, average length) are derived from the stored counts, so adding or removing passages needs no re-scan.

Two fields share the one matrix: words, and character n-grams (tokens that start with ``CHAR_PREFIX``).
With ``chars_weight`` > 0 each field has its own length statistics, saturation (k1), length normalisation
(b) and idf floor — a sum of two BM25s, as if each field were its own index — and the n-gram field's score is
weighted. With ``chars_weight`` 0 it is one field: rank-bm25's BM25Okapi exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np
import scipy.sparse as sp

CHAR_PREFIX = "#"  # the tokenizer marks character n-grams with it (jieba never emits '#')


@dataclass(frozen=True)
class BM25Params:
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25  # rank-bm25's floor for negative idf: epsilon × mean idf
    chars_k1: float = 1.2
    chars_b: float = 0.75
    chars_weight: float = 0.0  # 0: one field (k1, b for every token)

    def to_dict(self) -> dict[str, float]:
        return asdict(self)

    @property
    def fields(self) -> bool:
        return self.chars_weight > 0


class BM25:
    """Term frequencies as CSC (rows = passages, columns = vocabulary), plus the derived statistics."""

    def __init__(
        self,
        tf: sp.csc_matrix,
        vocab: list[str],
        params: BM25Params = BM25Params(),
        *,
        column: dict[str, int] | None = None,
        chars: np.ndarray | None = None,
        lengths: np.ndarray | None = None,
    ) -> None:
        """``column``, ``chars`` (which terms are character n-grams) and ``lengths`` (each passage's length
        in each field) are derived from ``tf`` and ``vocab`` unless a caller that already holds them — an
        append, a delete — passes them on."""
        if tf.shape[1] != len(vocab):
            raise ValueError(f"term matrix has {tf.shape[1]} columns but the vocabulary {len(vocab)} terms")
        self.tf = tf
        self.vocab = vocab
        self.params = params
        self.column = column if column is not None else {term: col for col, term in enumerate(vocab)}
        self.chars = (
            chars if chars is not None else np.array([t.startswith(CHAR_PREFIX) for t in vocab], dtype=bool)
        )
        self._derive(lengths)

    # ---------- construction ----------
    @classmethod
    def from_tokens(cls, docs: Sequence[Sequence[str]], params: BM25Params = BM25Params()) -> BM25:
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        data: list[int] = []
        for row, tokens in enumerate(docs):
            for term, count in Counter(tokens).items():
                rows.append(row)
                cols.append(vocab.setdefault(term, len(vocab)))
                data.append(count)
        tf = sp.csc_matrix(
            (
                np.asarray(data, dtype=np.float32),
                (np.asarray(rows, dtype=np.int32), np.asarray(cols, np.int32)),
            ),
            shape=(len(docs), len(vocab)),
        )
        terms = [""] * len(vocab)
        for term, col in vocab.items():
            terms[col] = term
        return cls(tf, terms, params)

    def with_added(self, docs: Sequence[Sequence[str]]) -> BM25:
        """A new BM25 with ``docs`` appended as rows (existing rows keep their positions)."""
        return self.appended(BM25.from_tokens(docs, self.params))

    def appended(self, extra: BM25) -> BM25:
        """A new BM25 with ``extra``'s rows appended: existing rows and columns keep their positions, and
        ``extra``'s new terms get columns after them. Each of ``extra``'s postings is inserted at the end of
        its term's list (its rows come after every existing row), so the term-major arrays are copied once
        and nothing is re-sorted; `appended_by_rebuild` is the reference it equals."""
        vocab, column, remap = self._merged_vocab(extra)
        n_terms, tf, x = len(vocab), self.tf, extra.tf
        # extra's postings in the merged column order, rows after the existing ones
        x_cols = np.repeat(remap, np.diff(x.indptr))
        order = np.lexsort((x.indices, x_cols))
        x_cols = x_cols[order]
        ends = np.full(n_terms, tf.indptr[-1], dtype=np.int64)
        ends[: len(self.vocab)] = tf.indptr[1:]
        at = ends[x_cols]
        indices = np.insert(tf.indices, at, (x.indices[order] + self.size).astype(tf.indices.dtype))
        data = np.insert(tf.data, at, x.data[order].astype(tf.data.dtype))
        counts = np.bincount(x_cols, minlength=n_terms)
        counts[: len(self.vocab)] += np.diff(tf.indptr)
        indptr = np.concatenate([[0], np.cumsum(counts)])
        merged = sp.csc_matrix((data, indices, indptr), shape=(self.size + extra.size, n_terms))
        merged.has_sorted_indices = True
        chars = np.concatenate([self.chars, [t.startswith(CHAR_PREFIX) for t in vocab[len(self.vocab) :]]])
        lengths = np.concatenate([self.lengths, extra.lengths], axis=1)
        return BM25(merged, vocab, self.params, column=column, chars=chars.astype(bool), lengths=lengths)

    def _merged_vocab(self, extra: BM25) -> tuple[list[str], dict[str, int], np.ndarray]:
        """This vocabulary with ``extra``'s new terms after it, its column lookup, and the merged column of
        each of ``extra``'s columns."""
        vocab = list(self.vocab)
        column = dict(self.column)
        remap = np.empty(len(extra.vocab), dtype=np.int64)
        for col, term in enumerate(extra.vocab):
            if term not in column:
                column[term] = len(vocab)
                vocab.append(term)
            remap[col] = column[term]
        return vocab, column, remap

    def with_rows_kept(self, keep: np.ndarray) -> BM25:
        """A new BM25 with only the rows where ``keep`` is true (their order kept); unused terms dropped.
        One pass over the postings (`rows_kept_by_slicing` is the reference it equals)."""
        keep = np.asarray(keep, dtype=bool)
        tf = self.tf
        held = keep[tf.indices]
        # each term's postings less those of dropped rows (found by position: few for a delete)
        gone = np.searchsorted(tf.indptr, np.flatnonzero(~held), side="right") - 1
        counts = np.diff(tf.indptr) - np.bincount(gone, minlength=len(self.vocab))
        used = np.flatnonzero(counts > 0)
        new_row = (np.cumsum(keep) - 1).astype(tf.indices.dtype)
        kept = sp.csc_matrix(
            (tf.data[held], new_row[tf.indices[held]], np.concatenate([[0], np.cumsum(counts[used])])),
            shape=(int(keep.sum()), len(used)),
        )
        kept.has_sorted_indices = True
        vocab = [self.vocab[c] for c in used.tolist()]
        return BM25(kept, vocab, self.params, chars=self.chars[used], lengths=self.lengths[:, keep])

    # ---------- statistics (rank-bm25's definitions) ----------
    def _derive(self, lengths: np.ndarray | None = None) -> None:
        p = self.params
        n_docs = self.tf.shape[0]
        self.tf.sort_indices()
        # field of every column: 0 words, 1 character n-grams (one field unless the params ask for two)
        self.field = (self.chars if p.fields else np.zeros(len(self.vocab), dtype=bool)).astype(np.int8)
        # each passage's length in each field: words (or every token), character n-grams
        self.lengths = lengths if lengths is not None else field_lengths(self.tf, self.chars)
        df = np.diff(self.tf.indptr).astype(np.float64)
        idf = np.log(n_docs - df + 0.5) - np.log(df + 0.5) if n_docs else df
        self.idf = np.zeros(len(self.vocab), dtype=np.float64)
        self.doc_len = self.lengths.sum(axis=0)
        self.avgdl = float(self.doc_len.sum() / n_docs) if n_docs else 0.0
        self.k1 = np.array([p.k1, p.chars_k1])
        self.weight = np.array([1.0, p.chars_weight if p.fields else 1.0])
        self.norm = np.zeros((2, n_docs), dtype=np.float64)
        for f, (k1, b) in enumerate(((p.k1, p.b), (p.chars_k1, p.chars_b))):
            cols = self.field == f
            if len(idf) and cols.any():
                floor = idf_floor(p.epsilon * float(idf[cols].mean()))
                self.idf[cols] = np.where(idf[cols] <= 0, floor, idf[cols])
            length = self.doc_len if not p.fields else self.lengths[f]
            avgdl = float(length.sum() / n_docs) if n_docs else 0.0
            # per-passage length normalisation, so a query only multiplies along posting lists
            self.norm[f] = k1 * (1 - b + b * length / avgdl) if avgdl else np.full(n_docs, k1)
        # each field's smallest normalisation: with a term's largest frequency, the most it adds to a passage
        self.least_norm = self.norm.min(axis=1) if n_docs else np.zeros(2)
        self._tf_max: dict[int, float] = {}  # column -> largest frequency, read once per snapshot

    # ---------- queries ----------
    @property
    def size(self) -> int:
        return int(self.tf.shape[0])

    def tf_max(self, col: int) -> float:
        """The largest frequency of column ``col`` in any passage (found on first use, then kept)."""
        found = self._tf_max.get(col)
        if found is None:
            lo, hi = self.tf.indptr[col], self.tf.indptr[col + 1]
            found = self._tf_max[col] = float(self.tf.data[lo:hi].max()) if hi > lo else 0.0
        return found

    def idf_of(self, term: str) -> float:
        """The idf of an index term; 0.0 for a term not in the index."""
        col = self.column.get(term)
        return float(self.idf[col]) if col is not None else 0.0

    def df_of(self, term: str) -> int:
        """How many passages hold an index term; 0 for a term not in the index."""
        col = self.column.get(term)
        return int(self.tf.indptr[col + 1] - self.tf.indptr[col]) if col is not None else 0

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every passage for the query (float64, length = number of passages)."""
        out = np.zeros(self.size, dtype=np.float64)
        indptr, indices, data = self.tf.indptr, self.tf.indices, self.tf.data
        for term, count in Counter(query_tokens).items():
            col = self.column.get(term)
            if col is None:
                continue
            f = self.field[col]
            k1 = self.k1[f]
            lo, hi = indptr[col], indptr[col + 1]
            rows = indices[lo:hi]
            tf = data[lo:hi].astype(np.float64)
            # rows within one posting list are distinct, so fancy-index += is exact
            out[rows] += count * self.weight[f] * self.idf[col] * (tf * (k1 + 1) / (tf + self.norm[f][rows]))
        return out

    def coverage(self, query_tokens: Sequence[str], row: int) -> float:
        """Share of the query's idf mass (distinct indexed terms; the n-gram field's when the index has one)
        that passage ``row`` holds: 1.0 when it contains every term of the question."""
        known = {c for t in query_tokens if (c := self.column.get(t)) is not None}
        cols = np.array(sorted(known), dtype=np.int64)
        held = self.tf[row, cols].toarray().ravel() > 0 if len(cols) else np.zeros(0, dtype=bool)
        ngram = self.field[cols] == 1 if self.params.fields else np.zeros(len(cols), dtype=bool)
        return idf_share(self.idf[cols], ngram, held)

    def top(
        self, query_tokens: Sequence[str], k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Rows and scores of the ``k`` best passages with a positive score (best first)."""
        scores = self.scores(query_tokens)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        return top_k(scores, k)


# The least idf a term the index holds gets. rank-bm25 floors a negative idf (a term in more than half the
# passages) at epsilon × the field's mean idf; in a small collection of like documents that mean is itself
# negative, and a term in exactly half the passages has idf 0 — either way the word matched nothing (4 notices
# that all say 补贴; a word in one of 2 documents). A held term always counts for something.
MIN_IDF = 1e-3


def idf_floor(eps: float) -> float:
    """The idf of a term whose own is not positive: rank-bm25's epsilon × mean idf (``eps``), at least
    MIN_IDF."""
    return eps if eps > MIN_IDF else MIN_IDF


def idf_share(idf: np.ndarray, ngram: np.ndarray, held: np.ndarray) -> float:
    """Coverage of a question by a passage, from the question's distinct indexed terms: their ``idf``, which
    are n-grams (``ngram``: only those count when there are any) and which the passage holds (``held``). Any
    backend computes it from its own statistics (`BM25.coverage` is the embedded one)."""
    if ngram.any():
        idf, held = idf[ngram], held[ngram]
    total = float(idf.sum())
    return float(idf[held].sum()) / total if total > 0 else 0.0


def top_k(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Positions and values of the ``k`` largest positive entries, best first (ties by position, also at the
    k-th place: of several entries tied there, the first positions are kept)."""
    positive = np.flatnonzero(scores > 0)
    if len(positive) > k:
        kth = np.partition(scores[positive], len(positive) - k)[len(positive) - k]
        positive = positive[scores[positive] >= kth]
    order = np.lexsort((positive, -scores[positive]))[:k]
    rows = positive[order]
    return rows, scores[rows]


def field_lengths(tf: sp.csc_matrix, chars: np.ndarray) -> np.ndarray:
    """Each row's total frequency of word terms (row 0) and of character n-gram terms (row 1), as float64:
    two products of the matrix with a 0/1 vector over its columns (summed in float32 like scipy's own
    ``sum``; exact for whole counts below 2**24), with no copy of the matrix."""
    ngram = chars.astype(np.float32)
    return np.stack([tf @ (1 - ngram), tf @ ngram]).astype(np.float64).reshape(2, tf.shape[0])


def appended_by_rebuild(bm25: BM25, extra: BM25) -> BM25:
    """`BM25.appended` the plain way — both matrices to coordinates and one matrix built again: the reference
    the in-place merge is checked against (tests/test_sparse_update.py)."""
    vocab, _, remap = bm25._merged_vocab(extra)
    old, new = bm25.tf.tocoo(), extra.tf.tocoo()
    rows = np.concatenate([old.row, new.row + bm25.size]).astype(np.int32)
    cols = np.concatenate([old.col, remap[new.col]]).astype(np.int32)
    data = np.concatenate([old.data, new.data]).astype(np.float32)
    tf = sp.csc_matrix((data, (rows, cols)), shape=(bm25.size + extra.size, len(vocab)))
    return BM25(tf, vocab, bm25.params)


def rows_kept_by_slicing(bm25: BM25, keep: np.ndarray) -> BM25:
    """`BM25.with_rows_kept` by scipy's row and column slicing: the reference it is checked against."""
    tf = bm25.tf.tocsr()[np.flatnonzero(keep)].tocsc()
    used = np.flatnonzero(np.diff(tf.indptr) > 0)
    tf = tf[:, used]
    return BM25(sp.csc_matrix(tf), [bm25.vocab[c] for c in used], bm25.params)
