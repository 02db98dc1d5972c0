"""The Milvus side of the Milvus backend: settings, the collections' names, and citeqa's BM25 statistics.

One citeqa index = three collections named after ``MilvusConfig.collection`` (and a fourth,
``<name>_sentences``, when its fusion has dense at sentence grain: indexer/milvus_sentences.py):

- ``<name>_passages``: one row per passage — ids, offsets, the passage text, the document's metadata
  (filterable), the dense vector and the BM25 sparse vector.
- ``<name>_documents``: the clean text of each document (cut in parts: a VARCHAR holds at most 65,535
  bytes) with its metadata, so any citeqa process pointed at the same Milvus can quote and cite.
- ``<name>_stats``: the BM25 collection statistics — document frequencies in term buckets (a row holds
  the terms whose hash falls in it) and one row (pk -1) holding N, total length, the build settings and
  a version counter.

Why client-computed sparse vectors and not Milvus's BM25 function: citeqa's BM25 is two fields — jieba
words, and every character unigram and bigram — over script-normalised text, each with its own k1, b,
length statistics and rank-bm25 idf floor, summed with the n-gram field's weight (indexer/sparse.py).
Reproducing it exactly keeps the Milvus backend's rankings identical to the embedded one (measured:
eval/results/milvus-parity.md), while the server-side BM25 function would re-tokenise with a different
jieba set-up. A passage's sparse vector stores each term's saturated frequency
``tf·(k1+1)/(tf+k1·(1-b+b·dl/avgdl))`` with its field's k1, b and lengths (the field is the key's lowest
bit); a query's vector holds ``weight·count·idf``, so their inner product is the two-field BM25 score.
idf is read from ``_stats`` on every query, so a second process sees a writer's statistics as soon as
they are committed.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from indexer.sparse import CHAR_PREFIX, idf_floor

STATS_ROW = -1  # pk of the statistics row in <name>_stats (term ids are never negative)
TERM_SPACE = 2**32 - 2  # Milvus sparse indices lie in [0, 2^32-1); the last one is the empty marker
EMPTY_TERM = TERM_SPACE  # a passage without any token still needs a non-empty sparse vector
TERM_BUCKETS = 65_536  # ~3,000 terms fit one bucket's 65,535-byte JSON: room for 10^8 terms
DOC_PART_CHARS = 16_000  # ≤ 4 bytes a character in UTF-8: a part always fits a 65,535-byte VARCHAR
EXACT_MEAN_IDF_TERMS = 50_000  # below this vocabulary size the idf floor is recomputed exactly on writes
VARCHAR_MAX = 65_535
PAGE = 10_000  # rows per query page (Milvus caps offset + limit at 16,384)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,200}$")
CONSISTENCY_LEVELS = ("Strong", "Session", "Bounded", "Eventually")
META_FIELDS = ("title", "region", "date", "source", "path", "sha256")


@dataclass(frozen=True)
class MilvusConfig:
    """Where the index lives: a Milvus URI (cluster, Zilliz Cloud or `milvus-lite server`) and names.

    ``consistency`` applies to every read; Strong (the default) makes a write visible to the very next
    query of any process. ``dense_index`` FLAT is exact (right for tests and parity); on a cluster with
    millions of passages use HNSW (``dense_params`` e.g. {"M": 16, "efConstruction": 200}, search ef in
    ``search_params``) — see docs/scaling-out.md ("A Milvus cluster").
    """

    uri: str
    token: str = field(default="", repr=False)  # a secret: kept out of logs and error messages
    collection: str = "citeqa"
    consistency: str = "Strong"
    dense_index: str = "FLAT"
    dense_params: dict[str, Any] = field(default_factory=dict)
    search_params: dict[str, Any] = field(default_factory=dict)
    shards: int = 1  # of the passages collection, fixed at creation: one per ~write stream (cluster only)
    replicas: int = 1  # in-memory replicas when loading: more query throughput and failover (cluster only)
    batch: int = 500  # rows per insert call
    flush_rows: int = 1000  # a write of at least this many passages is flushed (sealed) at its end
    timeout: float = 60.0

    def __post_init__(self) -> None:
        if not self.uri:
            raise ValueError("the Milvus URI is empty; pass e.g. http://127.0.0.1:19530")
        if not _NAME.match(self.collection):
            raise ValueError(
                f"collection name {self.collection!r} is not allowed: use letters, digits and '_', "
                "starting with a letter or '_'"
            )
        if self.consistency not in CONSISTENCY_LEVELS:
            raise ValueError(
                f"unknown consistency level {self.consistency!r}; use one of {', '.join(CONSISTENCY_LEVELS)}"
            )

    def staging(self) -> MilvusConfig:
        """Where a rebuild of this index is made before it replaces it (Collections.swap_in)."""
        return replace(self, collection=f"{self.collection}_rebuilding")

    @property
    def passages(self) -> str:
        return f"{self.collection}_passages"

    @property
    def documents(self) -> str:
        return f"{self.collection}_documents"

    @property
    def stats(self) -> str:
        return f"{self.collection}_stats"

    @property
    def sentences(self) -> str:
        return f"{self.collection}_sentences"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> MilvusConfig:
        """From CITEQA_MILVUS_URI, _TOKEN, _COLLECTION, _CONSISTENCY, _INDEX (FLAT/HNSW/...), _REPLICAS."""
        env = os.environ if environ is None else environ
        return cls(
            uri=env.get("CITEQA_MILVUS_URI", ""),
            token=env.get("CITEQA_MILVUS_TOKEN", ""),
            collection=env.get("CITEQA_MILVUS_COLLECTION", "citeqa"),
            consistency=env.get("CITEQA_MILVUS_CONSISTENCY", "Strong"),
            dense_index=env.get("CITEQA_MILVUS_INDEX", "FLAT"),
            replicas=int(env.get("CITEQA_MILVUS_REPLICAS", "1") or 1),
        )


# ---------- terms and BM25 arithmetic ----------
def term_id(term: str) -> int:
    """A stable 32-bit id for a term (any process computes the same one; collisions merge two terms).

    The lowest bit is the term's BM25 field (1: a character n-gram, see indexer/sparse.py), so the field of
    a stored sparse key is known without its text and the two fields' keys never collide."""
    digest = int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "big")
    return (digest % (TERM_SPACE // 2)) * 2 + (1 if term.startswith(CHAR_PREFIX) else 0)


def field_of(tid: int, fields: bool) -> int:
    """The BM25 field of a term id: 0 words, 1 character n-grams (always 0 for a one-field index)."""
    return tid & 1 if fields else 0


def bucket_of(tid: int) -> int:
    """The ``_stats`` row holding a term's document frequency: terms are grouped in TERM_BUCKETS rows, so a
    large vocabulary is tens of thousands of rows, not millions (ids are hashes: buckets fill evenly)."""
    return tid % TERM_BUCKETS


def term_counts(counts: Mapping[str, int]) -> dict[int, int]:
    """Token -> frequency as term id -> frequency (tokens whose ids collide add up)."""
    out: dict[int, int] = {}
    for token, n in counts.items():
        tid = term_id(token)
        out[tid] = out.get(tid, 0) + n
    return out


@dataclass(frozen=True)
class Stats:
    """The collection statistics BM25 needs, as committed by the last writer (the pk -1 row)."""

    passages: int = 0
    documents: int = 0
    total_length: float = 0.0
    vocabulary: int = 0
    sum_df: float = (
        0.0  # Σ df over terms, Σ log(df+0.5): keep the idf floor's mean current on big vocabularies
    )
    sum_log_df: float = 0.0
    mean_idf: float = 0.0
    # the same for the character n-gram field of a two-field BM25 (all zero for a one-field index; the
    # fields above then cover every term)
    chars_total_length: float = 0.0
    chars_vocabulary: int = 0
    chars_sum_df: float = 0.0
    chars_sum_log_df: float = 0.0
    chars_mean_idf: float = 0.0
    next_key: int = 0
    next_seq: int = 0
    version: int = 0
    sentences: int = 0  # rows of <name>_sentences (0: none, or an index without them — no sentence stage)
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def avgdl(self) -> float:
        return self.avgdl_of(0)

    def avgdl_of(self, field: int) -> float:
        total = self.chars_total_length if field else self.total_length
        return total / self.passages if self.passages else 0.0

    def idf(self, df: float, field: int = 0) -> float:
        """rank-bm25's idf: log((N-df+0.5)/(df+0.5)), values not above 0 floored to epsilon × the mean idf of
        the term's own field, at least MIN_IDF (indexer/sparse.py floors each field separately)."""
        if df <= 0:
            return 0.0
        value = math.log(self.passages - df + 0.5) - math.log(df + 0.5)
        if value <= 0:
            epsilon = float(self.settings.get("bm25", {}).get("epsilon", 0.25))
            return idf_floor(epsilon * (self.chars_mean_idf if field else self.mean_idf))
        return value

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Stats:
        return cls(**json.loads(text))


def approx_mean_idf(passages: int, vocabulary: int, sum_df: float, sum_log_df: float) -> float:
    """Mean idf over the vocabulary from running sums: log(N-df+0.5) ≈ log(N+0.5) - df/(N+0.5)."""
    if vocabulary == 0 or passages == 0:
        return 0.0
    n = passages + 0.5
    return (vocabulary * math.log(n) - sum_df / n - sum_log_df) / vocabulary


def exact_mean_idf(passages: int, dfs: np.ndarray) -> float:
    if len(dfs) == 0:
        return 0.0
    dfs = dfs.astype(np.float64)
    return float(np.mean(np.log(passages - dfs + 0.5) - np.log(dfs + 0.5)))


def saturate(tf: np.ndarray, dl: float, avgdl: float, k1: float, b: float) -> np.ndarray:
    norm = k1 * (1 - b + b * dl / avgdl) if avgdl > 0 else k1
    return tf * (k1 + 1) / (tf + norm)


def unsaturate(weight: np.ndarray, dl: float, avgdl: float, k1: float, b: float) -> np.ndarray:
    """The term frequencies a stored weight was computed from (inverse of ``saturate``)."""
    norm = k1 * (1 - b + b * dl / avgdl) if avgdl > 0 else k1
    return weight * norm / (k1 + 1 - weight)


@dataclass(frozen=True)
class FieldParams:
    """k1, b and score weight of the two BM25 fields, as indexer/sparse.py applies them."""

    k1: tuple[float, float]
    b: tuple[float, float]
    weight: tuple[float, float]
    fields: bool

    @classmethod
    def of(cls, bm25: dict[str, Any]) -> FieldParams:
        k1, b = float(bm25["k1"]), float(bm25["b"])
        chars_weight = float(bm25.get("chars_weight", 0.0))
        if chars_weight <= 0:
            return cls((k1, k1), (b, b), (1.0, 1.0), False)
        return cls((k1, float(bm25["chars_k1"])), (b, float(bm25["chars_b"])), (1.0, chars_weight), True)

    def field_id(self, tid: int) -> int:
        return field_of(tid, self.fields)

    def lengths(self, counts: dict[int, int]) -> tuple[float, float]:
        """A passage's length in each field (one field: everything counts as field 0)."""
        out = [0.0, 0.0]
        for tid, n in counts.items():
            out[self.field_id(tid)] += n
        return out[0], out[1]


def sparse_row(
    counts: dict[int, int], dl: tuple[float, float], avgdl: tuple[float, float], params: FieldParams
) -> dict[int, float]:
    """Each term's saturated frequency under its own field's k1, b, length and average length."""
    if not counts:
        return {EMPTY_TERM: 1e-9}
    out: dict[int, float] = {}
    for f in (0, 1):
        ids = [t for t in counts if params.field_id(t) == f]
        if not ids:
            continue
        tf = np.array([counts[t] for t in ids], dtype=np.float64)
        weights = saturate(tf, dl[f], avgdl[f], params.k1[f], params.b[f])
        out.update(zip(ids, weights.tolist(), strict=True))
    return out


def stored_counts(
    weights: dict[int, float], dl: tuple[float, float], built: tuple[float, float], params: FieldParams
) -> dict[int, int]:
    """The term frequencies a stored sparse vector was computed from (``built``: its average lengths)."""
    out: dict[int, int] = {}
    for f in (0, 1):
        ids = [t for t in weights if t != EMPTY_TERM and params.field_id(t) == f]
        if ids:
            w = np.array([weights[t] for t in ids], dtype=np.float64)
            tf = np.rint(unsaturate(w, dl[f], built[f], params.k1[f], params.b[f]))
            out.update(zip(ids, tf.astype(int).tolist(), strict=True))
    return out


# ---------- expressions ----------
def quote(value: str) -> str:
    """A Milvus string literal (backslashes and double quotes escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def like_contains(value: str) -> str:
    """A LIKE pattern literal matching ``value`` anywhere (its own % and _ taken literally)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return quote(f"%{escaped}%")


def in_list(values: Sequence[Any]) -> str:
    return "[" + ", ".join(quote(v) if isinstance(v, str) else str(int(v)) for v in values) + "]"


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for lo in range(0, len(items), size):
        yield items[lo : lo + size]


def part_pk(doc_id: str, part: int) -> str:
    """Primary key of one part of a document's text in ``<name>_documents``."""
    return f"{doc_id}/{part:05d}"


def split_text(text: str) -> list[str]:
    return [text[i : i + DOC_PART_CHARS] for i in range(0, len(text), DOC_PART_CHARS)] or [""]


def clip_bytes(value: str | None, limit: int = VARCHAR_MAX) -> str:
    """A metadata string that fits a VARCHAR (cut on a character boundary)."""
    raw = (value or "").encode("utf-8")
    return value or "" if len(raw) <= limit else raw[:limit].decode("utf-8", errors="ignore")
