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

The same store serves answer composition (server/answer/scoring.py), which reads the meaning of candidate
sentences — each sentence of a passage alone (`unit_spans`), where the ranking stage joined a short one to
its neighbour. An index built with DenseConfig.sentence_units also holds those (`unit_texts`), so an /ask
encodes only its question: a candidate the store lacked was encoded while the asker waited (on 392 documents,
85% of the slowest first questions' time; eval/results/ask-scale.md). Such sentences count as occurrences like
the others (`stored_texts`); an index built before holds and counts only `sentence_texts` — its manifest says
so (sentence_units false) — and composition encodes what it lacks, as it did.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from indexer.chunk import split_sentences
from indexer.fuse import normalize_scores
from indexer.lines import is_heading_line, item_style
from indexer.normalize import normalize
from indexer.text import CJK

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


# Quotes never start with punctuation, nor end with a clause mark; a sentence's own end mark stays with it.
_LEAD = " \t\r\n\u3000,，、;；:：。.!！?？"
_TAIL = " \t\r\n\u3000,，、;；:："


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past leading punctuation and spaces and a trailing clause mark."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TAIL:
        end -= 1
    return start, end


# A field's value printed on the line under its name (澜沁电器全国服务热线：/ 400-830-6688（8:00—20:00）):
# a number, an address of the web or of mail, no word of Chinese.
_VALUE_LINE = 40


def with_values(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, a line ending in a field's name (…热线：) read with the value on the line below it: alone,
    the value has no word to be found by and the name nothing to answer with."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and not CJK.search(text[s:e]) and e - s <= _VALUE_LINE:
            ps, pe = out[-1]
            if text[ps:pe].endswith((":", "：")) and text[pe:s].strip() == "" and "\n" in text[pe:s]:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def unit_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences answer composition reads in ``text[start:end]`` (server/answer/units.py): each alone,
    a field's name with its value."""
    return with_values(text, split_sentences(text, start, end))


MIN_UNIT = 6  # server.answer.units.UnitConfig.min_unit: a shorter quote is never a candidate


def unit_texts(body: str) -> list[str]:
    """The sentences of a passage body that composition may ask the meaning of and `sentence_texts` does not
    hold (normalised, as composition looks them up: a short sentence alone, the one it joined, a field with
    its value). Left out: what is never a candidate — a heading line, a sentence under MIN_UNIT characters
    or with no Chinese. (A line at the body's edge is judged a heading here only when unnumbered: the line
    beyond the passage may make it a list's item.)"""
    held = set(sentence_texts(body))
    out: list[str] = []
    for s, e in unit_spans(body):
        if is_heading_line(body, s, e) and ((0 < s and e < len(body)) or item_style(body[s:e]) is None):
            continue
        ss, ee = strip_span(body, s, e)
        if ee - ss < MIN_UNIT or not CJK.search(body[ss:ee]):
            continue
        text = normalize(body[ss:ee])
        if text not in held and normalize(body[s:e]) not in held:
            out.append(text)
    return out


def stored_texts(body: str, units: bool) -> list[str]:
    """What the store holds of a passage body, one per occurrence: its sentences as ranked and, in an index
    of DenseConfig.sentence_units, those composition reads alone."""
    return sentence_texts(body) + unit_texts(body) if units else sentence_texts(body)


def keyed_sentences(body: str, units: bool) -> list[tuple[int, str]]:
    """(key, text) of each of the body's stored sentences (`stored_texts`)."""
    return [(sentence_key(t), t) for t in stored_texts(body, units)]


def sentence_key(text: str) -> int:
    """A signed 64-bit content key (Milvus primary keys are INT64)."""
    return int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "little", signed=True)


@lru_cache(maxsize=8192)
def keys_of(body: str) -> tuple[int, ...]:
    """Keys of a passage body's sentences (cached: the same passages come back for related questions)."""
    return tuple(sentence_key(t) for t in sentence_texts(body))


@lru_cache(maxsize=8192)
def unit_keys_of(body: str) -> tuple[int, ...]:
    """Keys of a passage body's `unit_texts`."""
    return tuple(sentence_key(t) for t in unit_texts(body))


def stored_keys_of(body: str, units: bool) -> tuple[int, ...]:
    """Keys of a passage body's stored sentences (`stored_texts`), one per occurrence."""
    return keys_of(body) + unit_keys_of(body) if units else keys_of(body)


def occurrence_keys(bodies: Sequence[str], units: bool) -> np.ndarray:
    """Every stored sentence key of ``bodies``, one per occurrence (the reference counts' unit)."""
    return np.fromiter((k for b in bodies for k in stored_keys_of(b, units)), dtype=np.int64)


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
