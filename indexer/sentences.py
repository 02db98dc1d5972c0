"""Dense at sentence grain: every passage's sentences embedded on their own at index time, and the best
sentence's cosine with the question as the last ranking feature of hybrid search.

Questions written while reading paraphrase one sentence, and a passage vector averages that sentence with
everything around it (on drcd the dense leg alone ranks the right passage first for only 0.69 of questions).
Re-scoring the fused top ``sentence_dense_depth`` passages by z(best sentence cosine) × std of their fused
scores × ``sentence_dense_weight`` was chosen leave one corpus out (eval/sentence_dense.py,
eval/results/sentence-dense.md): every rotation picked weight 0.75 over the top 10 and it gained on every
held-out set (cmrc2018, drcd, stard).

Vectors are kept by content: a sentence's key is the first 8 bytes of the sha1 of its normalised text, with
the number of passages holding it — a sentence repeated across documents is embedded once, a rebuild or an
update re-embeds only sentences never seen, and deleting a document drops what only it held.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from indexer.chunk import split_sentences
from indexer.fuse import normalize_scores
from indexer.normalize import normalize

MIN_CHARS = 12  # a shorter sentence (a heading, "是的。") joins the next one: alone it carries no meaning
DTYPE = np.float16  # half the bytes of float32; cosines move by < 1e-3


def sentence_texts(body: str) -> list[str]:
    """The passage body's sentences as they are embedded: normalised, a short one joined to the next."""
    out: list[str] = []
    pending = ""
    for start, end in split_sentences(body):
        pending += body[start:end]
        if len(pending) >= MIN_CHARS:
            out.append(normalize(pending))
            pending = ""
    if pending:
        if out:
            out[-1] += normalize(pending)
        else:
            out.append(normalize(pending))
    return out


def keyed_sentences(body: str) -> list[tuple[int, str]]:
    """(key, text) of each of the body's sentences."""
    return [(sentence_key(t), t) for t in sentence_texts(body)]


def sentence_key(text: str) -> int:
    """A signed 64-bit content key (Milvus primary keys are INT64)."""
    return int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "little", signed=True)


@lru_cache(maxsize=8192)
def keys_of(body: str) -> tuple[int, ...]:
    """Keys of a passage body's sentences (cached: the same passages come back for related questions)."""
    return tuple(sentence_key(t) for t in sentence_texts(body))


def occurrence_keys(bodies: Sequence[str]) -> np.ndarray:
    """Every sentence key of ``bodies``, one per occurrence (the reference counts' unit)."""
    return np.fromiter((k for b in bodies for k in keys_of(b)), dtype=np.int64)


@dataclass(frozen=True)
class SentenceVectors:
    """Sentence vectors by content key, with how many passages hold each sentence."""

    keys: np.ndarray  # int64, ascending, distinct
    counts: np.ndarray  # int32, passages (occurrences) holding each sentence
    vectors: np.ndarray  # DTYPE (sentences, dim), unit rows

    @classmethod
    def empty(cls, dim: int) -> SentenceVectors:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros((0, dim), DTYPE))

    def __len__(self) -> int:
        return len(self.keys)

    def find(self, keys: np.ndarray) -> np.ndarray:
        """Row of each key (-1 where absent)."""
        keys = np.asarray(keys, dtype=np.int64)
        pos = np.searchsorted(self.keys, keys)
        inside = pos < len(self.keys)
        found = np.zeros(len(keys), dtype=bool)
        found[inside] = self.keys[pos[inside]] == keys[inside]
        return np.where(found, pos, -1)

    def added(
        self, occurrences: np.ndarray, new_keys: np.ndarray, new_vectors: np.ndarray
    ) -> SentenceVectors:
        """This store with ``occurrences`` counted once more each; keys not held yet take their vector from
        (``new_keys``, ``new_vectors``), which must cover them."""
        uniq, times = np.unique(np.asarray(occurrences, dtype=np.int64), return_counts=True)
        rows = self.find(uniq)
        counts = self.counts.copy()
        np.add.at(counts, rows[rows >= 0], times[rows >= 0].astype(np.int32))
        fresh = uniq[rows < 0]
        if len(fresh) == 0:
            return SentenceVectors(self.keys, counts, self.vectors)
        new_keys = np.asarray(new_keys, dtype=np.int64)
        order = np.argsort(new_keys, kind="stable")
        src = (
            order[np.minimum(np.searchsorted(new_keys[order], fresh), len(order) - 1)]
            if len(order)
            else order
        )
        if not np.array_equal(new_keys[src], fresh):
            raise ValueError("a new sentence has no vector")
        keys = np.concatenate([self.keys, fresh])
        merged = np.argsort(keys, kind="stable")
        return SentenceVectors(
            keys[merged],
            np.concatenate([counts, times[rows < 0].astype(np.int32)])[merged],
            np.concatenate([self.vectors, np.asarray(new_vectors, dtype=DTYPE)[src]])[merged],
        )

    def merged(self, other: SentenceVectors) -> SentenceVectors:
        """Both stores: counts add up, each sentence's vector once."""
        return self.added(np.repeat(other.keys, other.counts), other.keys, other.vectors)

    def removed(self, occurrences: np.ndarray) -> SentenceVectors:
        """This store with ``occurrences`` counted once less each; sentences no passage holds are dropped
        (keys never stored — a passage indexed before sentences were — are ignored)."""
        if len(occurrences) == 0:
            return self
        uniq, times = np.unique(np.asarray(occurrences, dtype=np.int64), return_counts=True)
        rows = self.find(uniq)
        counts = self.counts.copy()
        np.subtract.at(counts, rows[rows >= 0], times[rows >= 0].astype(np.int32))
        keep = counts > 0
        return SentenceVectors(self.keys[keep], counts[keep], self.vectors[keep])

    def best_cosines(self, query: np.ndarray, bodies: Sequence[str]) -> np.ndarray:
        """Per passage body, its best sentence's cosine with ``query`` (NaN when a sentence is not held)."""
        return best_cosines(query, bodies, self.lookup)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Vectors of ``keys`` as float32 (rows of NaN where a key is not held)."""
        rows = self.find(keys)
        out = np.full((len(keys), self.vectors.shape[1]), np.nan, dtype=np.float32)
        out[rows >= 0] = self.vectors[rows[rows >= 0]]
        return out


def best_cosines(
    query: np.ndarray, bodies: Sequence[str], lookup: Callable[[np.ndarray], np.ndarray]
) -> np.ndarray:
    """Per passage body, the largest cosine of its sentences with ``query``; NaN when it has none or one is
    not held (``lookup``: keys → float32 rows, NaN rows for absent keys — one call for all passages)."""
    per = [keys_of(b) for b in bodies]
    flat = np.fromiter((k for ks in per for k in ks), dtype=np.int64)
    out = np.full(len(bodies), np.nan)
    if len(flat) == 0:
        return out
    cos = lookup(flat) @ np.asarray(query, dtype=np.float32)
    pos = 0
    for i, ks in enumerate(per):
        if ks:
            out[i] = float(cos[pos : pos + len(ks)].max())  # NaN if any sentence is missing
            pos += len(ks)
    return out


def sentence_stage(
    fused: np.ndarray, order: np.ndarray, best: np.ndarray, fallback: np.ndarray, weight: float
) -> np.ndarray:
    """Fused scores with the head ``order`` (positions, best first) re-scored: each gains ``weight`` × the
    std of the head's fused scores × the z-score of its best sentence cosine (``fallback``, the passage's
    own cosine, where ``best`` is NaN). The scale keeps the scores comparable with the candidates below."""
    out = fused.copy()
    if len(order) < 2 or weight == 0:
        return out
    head = fused[order]
    cos = np.where(np.isnan(best), fallback, best)
    out[order] = head + weight * float(head.std()) * normalize_scores(cos, "zscore")
    return out
