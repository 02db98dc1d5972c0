"""Benchmark corpora of any size, recombined from real Chinese sentences (the bench corpora and the seeds).

Every unique sentence is tokenised and encoded once (cached under .cache/bench); a synthetic passage is a few
runs of consecutive sentences, its BM25 tokens are the concatenation of its sentences' tokens (each sentence
ends in sentence punctuation, so the tokenizer sees the same word boundaries — checked on a sample) and its
vector is the normalised mean of its sentences' vectors. The index is then written from arrays in citeqa's
own store format, so Retriever, the server and the CLI read it like any other index.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from indexer.chunk import split_sentences
from indexer.clean import clean_document
from indexer.dense import train_ivf
from indexer.embed import Encoder
from indexer.normalize import normalize
from indexer.segment import tokenize
from indexer.sentences import SentenceVectors, sentence_key
from indexer.settings import DEFAULTS, PROJECT_ROOT
from indexer.sparse import BM25
from indexer.store import DocumentMeta, IndexData, read_manifest, write_index, write_lock

logger = logging.getLogger(__name__)

CACHE = PROJECT_ROOT / ".cache" / "bench"
_ENDS = re.compile(r"[。！？；!?;…][”’」』\"')）]*$")
PASSAGES_PER_DOC = 8
MIN_CHARS, MAX_CHARS = (
    80,
    400,
)  # synthetic passage length is drawn uniformly from this range (the chunker's max)


@dataclass(frozen=True)
class Pool:
    """Unique real sentences with their tokens (as term ids into ``vocab``) and their vectors."""

    key: str
    sentences: list[str]
    vocab: list[str]
    terms: np.ndarray  # int32, the term ids of every sentence, concatenated
    term_offsets: np.ndarray  # int64, len = sentences + 1
    vectors: np.ndarray  # float32 (sentences, dim), unit rows
    encode_seconds: float  # time the encoder took for the whole pool (0 when read from the cache)


@dataclass(frozen=True)
class Corpus:
    """``n`` synthetic passages: each is the sentences comp[offsets[i]:offsets[i+1]] of the pool, in order."""

    pool: Pool
    comp: np.ndarray  # int32 sentence ids
    offsets: np.ndarray  # int64, len = n + 1

    @property
    def size(self) -> int:
        return len(self.offsets) - 1

    def text(self, row: int) -> str:
        return "".join(self.pool.sentences[s] for s in self.comp[self.offsets[row] : self.offsets[row + 1]])

    def tokens(self, row: int) -> list[str]:
        p = self.pool
        out: list[str] = []
        for s in self.comp[self.offsets[row] : self.offsets[row + 1]]:
            out.extend(p.vocab[t] for t in p.terms[p.term_offsets[s] : p.term_offsets[s + 1]])
        return out


# ---------- the sentence pool ----------
def source_texts(bench: Path | None, seeds: Path) -> list[list[str]]:
    """Paragraph texts per source: the seed articles (cleaned), then each bench corpus that exists."""
    sources: list[list[str]] = []
    seed_paras = []
    for path in sorted(seeds.glob("*.txt")):
        seed_paras.extend(clean_document(path.read_text(encoding="utf-8")).text.split("\n"))
    sources.append(seed_paras)
    if bench is not None:
        for name in ("cmrc2018", "drcd"):
            corpus = bench / name / "corpus.jsonl"
            if corpus.exists():
                with open(corpus, encoding="utf-8") as handle:
                    sources.append([json.loads(line)["text"] for line in handle if line.strip()])
    return sources


def split_pool(sources: Sequence[Sequence[str]], limit: int | None = None) -> list[str]:
    """Unique sentences of 6 to 300 characters, each ending in sentence punctuation; ``limit`` takes an equal
    share of each source from its start (consecutive sentences stay neighbours)."""
    per_source: list[list[str]] = []
    for paragraphs in sources:
        out = []
        for para in paragraphs:
            for s, e in split_sentences(para):
                sentence = para[s:e].strip()
                if 6 <= len(sentence) <= 300:
                    out.append(sentence if _ENDS.search(sentence) else sentence + "。")
        per_source.append(out)
    if limit is not None:
        share = max(1, limit // max(1, len(per_source)))
        per_source = [s[:share] for s in per_source]
    return list(dict.fromkeys(s for source in per_source for s in source))


def _tokenizer_code() -> bytes:
    """The code and data files that decide a sentence's tokens."""
    root = PROJECT_ROOT / "indexer"
    parts = [
        (root / f"{name}.py").read_bytes()
        for name in ("segment", "normalize")
        if (root / f"{name}.py").exists()
    ]
    if (root / "data").is_dir():
        parts += [p.read_bytes() for p in sorted((root / "data").iterdir()) if p.is_file()]
    return b"\0".join(parts)


def load_pool(sentences: list[str], encoder: Encoder, cache: Path = CACHE, vectors: bool = True) -> Pool:
    """Tokens and (unless ``vectors`` is false) vectors of ``sentences``, computed once and cached as plain
    .npy/.json files: tokens per tokenizer code and settings, vectors per model, so a tokenizer change never
    re-encodes."""
    text = hashlib.sha256("\n".join(sentences).encode("utf-8")).hexdigest()
    tok_key = hashlib.sha256(
        (text + json.dumps(DEFAULTS.tokenizer.to_dict(), sort_keys=True)).encode() + _tokenizer_code()
    ).hexdigest()[:12]
    vec_key = hashlib.sha256((text + encoder.name).encode()).hexdigest()[:12]
    folder = cache / f"tokens-{tok_key}"
    if not (folder / "done").exists():
        logger.info("tokenising %d sentences into %s", len(sentences), folder)
        vocab: dict[str, int] = {}
        terms: list[int] = []
        offsets = [0]
        for sentence in sentences:
            terms.extend(vocab.setdefault(t, len(vocab)) for t in tokenize(sentence, DEFAULTS.tokenizer))
            offsets.append(len(terms))
        words = [""] * len(vocab)
        for word, i in vocab.items():
            words[i] = word
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vocab.json").write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
        np.save(folder / "terms.npy", np.asarray(terms, dtype=np.int32), allow_pickle=False)
        np.save(folder / "term_offsets.npy", np.asarray(offsets, dtype=np.int64), allow_pickle=False)
        (folder / "done").write_text("ok\n")
    encode_seconds = 0.0
    vec_path = cache / f"vectors-{vec_key}.npy"
    if not vectors:
        matrix = np.zeros((len(sentences), 0), dtype=np.float32)
    elif vec_path.exists():
        matrix = np.load(vec_path, allow_pickle=False)
    else:
        logger.info("encoding %d sentences into %s", len(sentences), vec_path)
        started = time.perf_counter()
        matrix = np.zeros((len(sentences), encoder.dim), dtype=np.float32)
        for lo in range(0, len(sentences), 256):
            matrix[lo : lo + 256] = encoder.encode_passages(sentences[lo : lo + 256])
        encode_seconds = time.perf_counter() - started
        tmp = vec_path.with_suffix(".tmp.npy")
        np.save(tmp, matrix, allow_pickle=False)
        tmp.replace(vec_path)
    return Pool(
        f"{tok_key[:6]}{vec_key[:6]}",
        sentences,
        json.loads((folder / "vocab.json").read_text(encoding="utf-8")),
        np.load(folder / "terms.npy", allow_pickle=False),
        np.load(folder / "term_offsets.npy", allow_pickle=False),
        matrix,
        encode_seconds,
    )


# ---------- synthetic passages ----------
def make_corpus(pool: Pool, n: int, seed: int = 0) -> Corpus:
    """``n`` passages of 80 to 400 characters, each one to a few runs of 1 to 4 consecutive pool sentences."""
    rng = np.random.default_rng(seed)
    lengths = [len(s) for s in pool.sentences]
    m = len(lengths)
    targets = rng.integers(MIN_CHARS, MAX_CHARS + 1, size=n).tolist()
    comp: list[int] = []
    offsets = np.zeros(n + 1, dtype=np.int64)
    # draw random numbers in blocks: one Python loop over passages, no per-call rng overhead
    starts = rng.integers(0, m, size=8 * n + 16).tolist()
    runs = rng.integers(1, 5, size=8 * n + 16).tolist()
    draw = 0
    for i in range(n):
        total = tries = 0
        while total < targets[i]:
            s, r = starts[draw % len(starts)], runs[draw % len(runs)]
            draw += 1
            tries += 1
            for j in range(r):
                sid = (s + j) % m
                # keep passages near the chunker's size, unless long sentences leave no other choice
                if total and total + lengths[sid] > MAX_CHARS + 100 and tries < 20:
                    break
                comp.append(sid)
                total += lengths[sid]
                if total >= targets[i]:
                    break
        offsets[i + 1] = len(comp)
    return Corpus(pool, np.asarray(comp, dtype=np.int32), offsets)


def term_matrix(corpus: Corpus, chunk: int = 100_000) -> tuple[sp.csc_matrix, list[str]]:
    """Passage × term counts (CSC) built from the pool's token ids with numpy, and the used vocabulary."""
    pool = corpus.pool
    v = len(pool.vocab)
    tcount = np.diff(pool.term_offsets)
    rows_all, cols_all, data_all = [], [], []
    for lo in range(0, corpus.size, chunk):
        hi = min(corpus.size, lo + chunk)
        comp = corpus.comp[corpus.offsets[lo] : corpus.offsets[hi]].astype(np.int64)
        per_sentence_row = np.repeat(np.arange(lo, hi, dtype=np.int64), np.diff(corpus.offsets[lo : hi + 1]))
        lens = tcount[comp]
        total = int(lens.sum())
        first = np.cumsum(lens) - lens
        idx = np.repeat(pool.term_offsets[comp] - first, lens) + np.arange(total, dtype=np.int64)
        keys = np.repeat(per_sentence_row, lens) * v + pool.terms[idx]
        uniq, counts = np.unique(keys, return_counts=True)
        rows_all.append((uniq // v).astype(np.int32))
        cols_all.append((uniq % v).astype(np.int32))
        data_all.append(counts.astype(np.float32))
    rows = np.concatenate(rows_all) if rows_all else np.zeros(0, np.int32)
    cols = np.concatenate(cols_all) if cols_all else np.zeros(0, np.int32)
    data = np.concatenate(data_all) if data_all else np.zeros(0, np.float32)
    used = np.unique(cols)
    remap = np.full(v, -1, dtype=np.int32)
    remap[used] = np.arange(len(used), dtype=np.int32)
    tf = sp.csc_matrix((data, (rows, remap[cols])), shape=(corpus.size, len(used)))
    return tf, [pool.vocab[int(c)] for c in used]


def passage_vectors(corpus: Corpus, chunk: int = 50_000) -> np.ndarray:
    """Each passage's vector: the normalised mean of its sentences' vectors."""
    pool = corpus.pool
    out = np.zeros((corpus.size, pool.vectors.shape[1]), dtype=np.float32)
    for lo in range(0, corpus.size, chunk):
        hi = min(corpus.size, lo + chunk)
        comp = corpus.comp[corpus.offsets[lo] : corpus.offsets[hi]]
        sums = np.add.reduceat(pool.vectors[comp], corpus.offsets[lo:hi] - corpus.offsets[lo], axis=0)
        sums /= np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
        out[lo:hi] = sums
    return out


def pool_sentences(corpus: Corpus) -> SentenceVectors:
    """The sentence store of the synthetic passages: each pool sentence they use, with its vector and how
    often it is used. A sentence under MIN_CHARS that the index would join to the next one is not stored: the
    sentence stage then falls back to the passage cosine for that passage (the costs it measures stay)."""
    pool = corpus.pool
    counts = np.bincount(corpus.comp, minlength=len(pool.sentences))
    used = np.flatnonzero(counts)
    keys = np.array([sentence_key(normalize(pool.sentences[s])) for s in used], dtype=np.int64)
    uniq, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    total = np.bincount(inverse, weights=counts[used]).astype(np.int32)
    return SentenceVectors(uniq, total, pool.vectors[used[first]].astype(np.float16))


def token_agreement(corpus: Corpus, sample: int = 300, seed: int = 1) -> float:
    """Share of sampled passages whose tokenised full text has exactly the token counts used in the index."""
    if corpus.size == 0:
        return 1.0
    rows = np.random.default_rng(seed).choice(corpus.size, min(sample, corpus.size), replace=False)
    same = sum(
        Counter(tokenize(corpus.text(int(r)), DEFAULTS.tokenizer)) == Counter(corpus.tokens(int(r)))
        for r in rows
    )
    return same / len(rows)


def build_index(corpus: Corpus, index_dir: Path) -> dict[str, float]:
    """Write ``corpus`` as a citeqa index (documents of 8 passages, one paragraph each); returns timings."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    n = corpus.size
    documents, texts = [], []
    doc_rows = np.repeat(
        np.arange((n + PASSAGES_PER_DOC - 1) // PASSAGES_PER_DOC, dtype=np.int32), PASSAGES_PER_DOC
    )[:n]
    starts = np.zeros(n, dtype=np.int32)
    ends = np.zeros(n, dtype=np.int32)
    ordinals = (np.arange(n) % PASSAGES_PER_DOC).astype(np.int32)
    for d, lo in enumerate(range(0, n, PASSAGES_PER_DOC)):
        parts, pos = [], 0
        for row in range(lo, min(n, lo + PASSAGES_PER_DOC)):
            text = corpus.text(row)
            starts[row], ends[row] = pos, pos + len(text)
            parts.append(text)
            pos += len(text) + 1
        body = "\n".join(parts)
        texts.append(body)
        documents.append(
            DocumentMeta(
                doc_id=f"b{d:07d}",
                title=None,
                region=None,
                date=None,
                source=None,
                path=None,
                sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
            )
        )
    timings["texts_s"] = time.perf_counter() - started
    started = time.perf_counter()
    tf, vocab = term_matrix(corpus)
    bm25 = BM25(tf, vocab, DEFAULTS.bm25)
    timings["bm25_s"] = time.perf_counter() - started
    started = time.perf_counter()
    vectors = passage_vectors(corpus)
    keys = np.arange(n, dtype=np.int64)
    timings["vectors_s"] = time.perf_counter() - started
    started = time.perf_counter()
    ivf = train_ivf(vectors, keys) if n >= DEFAULTS.dense.ivf_threshold else None
    timings["ivf_s"] = time.perf_counter() - started
    started = time.perf_counter()
    data = IndexData(
        settings=DEFAULTS.to_manifest(vectors.shape[1]),
        documents=documents,
        texts=texts,
        keys=keys,
        doc_rows=doc_rows,
        starts=starts,
        ends=ends,
        ordinals=ordinals,
        vectors=vectors,
        bm25=bm25,
        ivf=ivf,
        next_key=n,
        sentences=pool_sentences(corpus) if DEFAULTS.fusion.sentence_dense_weight > 0 else None,
    )
    with write_lock(index_dir):
        write_index(index_dir, data)
    timings["write_s"] = time.perf_counter() - started
    return {k: round(v, 2) for k, v in timings.items()}


def ensure_synthetic_index(corpus: Corpus, cache: Path = CACHE) -> tuple[Path, dict[str, float] | None]:
    """The cached index of ``corpus`` (built when missing); timings are None when it came from the cache.

    The key covers what this index is made of: the passages (their tokens are in the pool's key), the settings
    written to its manifest, and the code that stores it (store, sparse, dense) — not cleaning or chunking,
    which these passages never go through."""
    key = hashlib.sha256(corpus.comp.tobytes() + corpus.offsets.tobytes())
    key.update(json.dumps(DEFAULTS.to_manifest(corpus.pool.vectors.shape[1]), sort_keys=True).encode())
    for name in ("store", "sparse", "dense"):
        key.update((PROJECT_ROOT / "indexer" / f"{name}.py").read_bytes())
    index_dir = cache / f"index-{corpus.size}-{corpus.pool.key}-{key.hexdigest()[:8]}"
    try:
        read_manifest(index_dir)
        return index_dir, None
    except ValueError:
        pass
    logger.info("building a %d-passage index in %s", corpus.size, index_dir)
    return index_dir, build_index(corpus, index_dir)


def disk_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
