"""Retrieval quality on a BEIR-style folder: corpus.jsonl, queries.jsonl, qrels.tsv (SPEC §7).

Each corpus passage is indexed as one document through the same path as `citeqa index corpus.jsonl` (a
JSONL collection; doc_ids follow the collection rule, and qrels are mapped through it); a query's ranking
is the list of distinct documents of the retrieved passages. The index is cached per corpus, settings and
index-building code, and reused while all three are unchanged.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eval.embcache import CachedEncoder
from eval.metrics import aggregate, dedupe, paired, query_metrics
from indexer.build import index_paths
from indexer.collection import parse_line, read_collection
from indexer.embed import Encoder, load_encoder
from indexer.fuse import FusionConfig
from indexer.ingest import record_doc_id
from indexer.normalize import normalize
from indexer.retrieve import MODES, Retriever
from indexer.segment import warm_up
from indexer.settings import DEFAULTS, PROJECT_ROOT, IndexSettings
from indexer.store import read_manifest

logger = logging.getLogger(__name__)
CACHE = PROJECT_ROOT / ".cache" / "eval"
RETRIEVE_K = 10
# Modules whose code decides what an index holds; a change to any of them makes a cached index stale.
# Query-time modules (retrieve, fuse) are left out: the same index serves every query-time setting.
BUILD_CODE = (
    "build",
    "chunk",
    "collection",
    "ingest",
    "pipeline",
    "clean",
    "dense",
    "embed",
    "load",
    "normalize",
    "region",
    "segment",
    "sentences",
    "sparse",
    "store",
)


@dataclass(frozen=True)
class Dataset:
    name: str
    corpus: list[tuple[str, str | None, str]]  # (id, title, text)
    queries: dict[str, str]
    qrels: dict[str, set[str]]


def load_dataset(folder: Path, queries_file: Path | None = None) -> Dataset:
    if not folder.is_dir():
        raise ValueError(
            f"dataset folder {folder} does not exist; pass a BEIR folder (corpus.jsonl, qrels.tsv)"
        )
    for name in ("corpus.jsonl", "qrels.tsv"):
        if not (folder / name).exists():
            raise ValueError(f"{folder} is not a BEIR folder: {name} is missing")
    qpath = queries_file or folder / "queries.jsonl"
    if not qpath.is_absolute() and not qpath.exists():
        qpath = folder / qpath
    if not qpath.exists():
        raise ValueError(
            f"queries file {qpath} does not exist; pass a file inside {folder} or an absolute path"
        )
    corpus = [
        (record_doc_id(r.id), r.title, r.text)
        for r in read_collection(folder / "corpus.jsonl")
        if not isinstance(r, ValueError)
    ]
    queries = read_queries(qpath)
    qrels: dict[str, set[str]] = {}
    with open(folder / "qrels.tsv", "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ValueError(
                    f"{folder / 'qrels.tsv'}:{number}: is not UTF-8; save the file as UTF-8"
                ) from None
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) >= 2 and parts[0] in queries and (len(parts) < 3 or parts[2] != "0"):
                qrels.setdefault(parts[0], set()).add(record_doc_id(parts[1]))
    queries = {q: t for q, t in queries.items() if q in qrels and t.strip()}
    label = folder.name + ("" if qpath.name == "queries.jsonl" else f"/{qpath.name}")
    return Dataset(label, corpus, queries, qrels)


def read_queries(path: Path) -> dict[str, str]:
    """A BEIR queries file: one JSON object per line with 'id' (or '_id') and 'text'. A bad line is a
    ValueError naming the file and line (a line nested too deeply had ended `citeqa eval` with a
    RecursionError, a long number or a byte that is not UTF-8 with Python's words and no file named)."""
    queries = {}
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            name = f"{path}:{number}"
            row = parse_line(raw, name, first=number == 1)
            if not isinstance(row, dict) or "text" not in row or ("id" not in row and "_id" not in row):
                raise ValueError(f"{name}: every query needs 'id' (or BEIR's '_id') and 'text'")
            qid, text = row["id"] if "id" in row else row["_id"], row["text"]
            if isinstance(qid, bool) or not isinstance(qid, str | int):
                raise ValueError(f"{name}: has an id that is {_kind(qid)}; give each query a string id")
            if not isinstance(text, str):
                raise ValueError(f"{name}: has a text that is {_kind(text)}; give the question as a string")
            queries[str(qid)] = text
    return queries


def _kind(value: object) -> str:
    kinds = {bool: "true or false", list: "a list", dict: "an object", int: "a number", float: "a number"}
    return kinds.get(type(value), "null")


def code_fingerprint() -> str:
    """Hash of the index-building code and its data files (dictionaries, stopwords)."""
    h = hashlib.sha256()
    root = PROJECT_ROOT / "indexer"
    for name in BUILD_CODE:
        path = root / f"{name}.py"
        if path.exists():
            h.update(name.encode() + b"\0" + path.read_bytes())
    data = root / "data"
    if data.is_dir():
        for path in sorted(data.iterdir()):
            if path.is_file():
                h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def fingerprint(folder: Path, settings: IndexSettings) -> str:
    h = hashlib.sha256()
    h.update((folder / "corpus.jsonl").read_bytes())
    manifest = settings.to_manifest(0)
    fusion = manifest.pop("fusion")  # fusion is query-time: the same index serves every fusion setting
    manifest["sentences"] = fusion["sentence_dense_weight"] > 0  # … but sentence vectors are embedded or not
    h.update(json.dumps(manifest, sort_keys=True).encode())
    h.update(code_fingerprint().encode())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    """Where evaluation indexes are cached: $CITEQA_EVAL_CACHE, else .cache/eval at the project root."""
    env = os.environ.get("CITEQA_EVAL_CACHE")
    return Path(env).expanduser() if env else CACHE


def ensure_index(
    folder: Path,
    dataset: Dataset,
    settings: IndexSettings = DEFAULTS,
    progress: bool = True,
    cache_dir: Path | None = None,
) -> Path:
    """The cached index of ``folder``'s corpus for ``settings`` (built if missing or stale).

    Concurrent callers for the same corpus wait for one build instead of building it twice.
    """
    key = fingerprint(folder, settings)
    root = cache_dir or cache_root()
    index_dir = root / f"{folder.name}-{key}"
    root.mkdir(parents=True, exist_ok=True)
    with open(root / f"{folder.name}-{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            try:
                read_manifest(index_dir)
                return index_dir
            except ValueError:
                pass
            logger.info("indexing %s (%d passages) into %s", folder, len(dataset.corpus), index_dir)
            # vectors depend on the text only: reuse them across tokenizer and BM25 settings
            encoder = cached_encoder(settings.model, root)
            corpus = [folder / "corpus.jsonl"]
            # dedupe off: a corpus may hold one text under two ids, and qrels name each
            index_paths(
                corpus, index_dir, lambda _: encoder, settings, rebuild=True, progress=progress, dedupe=False
            )
            encoder.save()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return index_dir


def indexable(
    records: Sequence[tuple[str, str | None, str]], settings: IndexSettings
) -> list[tuple[str, str | None, str]]:
    """The records `prepare` accepts; the others are logged and left out (the report counts them)."""
    kept = []
    for record in records:
        try:
            from indexer.build import prepare

            prepare(record[2], record[0], settings, title=record[1])
        except ValueError as exc:
            logger.warning("skipped: %s", exc)
            continue
        kept.append(record)
    return kept


def cached_encoder(model: str, root: Path | None = None) -> CachedEncoder:
    """The model's encoder behind the evaluation vector files (passages and queries, by content key)."""
    root = root or cache_root()
    root.mkdir(parents=True, exist_ok=True)
    model_key = hashlib.sha1(model.encode()).hexdigest()[:8]
    return CachedEncoder(
        load_encoder(model), root / f"vectors-{model_key}.npz", root / f"queries-{model_key}.npz"
    )


class QueryCache:
    """An encoder that answers from query vectors computed ahead in batches (same vectors, far less time).

    Batching many short queries through the encoder costs a fraction of encoding them one by one; texts not
    primed are passed through to the wrapped encoder.
    """

    def __init__(self, encoder: Encoder, batch: int = 64) -> None:
        self.encoder = encoder
        self.name = encoder.name
        self.dim = encoder.dim
        self.cosine_band = encoder.cosine_band
        self.batch = batch
        self.vectors: dict[str, np.ndarray] = {}
        self.prime_seconds = 0.0

    def prime(self, queries: Sequence[str]) -> None:
        """Encode the queries as the retriever will ask for them (normalised, at most 1000 characters)."""
        started = time.perf_counter()
        todo = list(dict.fromkeys(normalize(q[:1000].strip()) for q in queries))
        todo = [t for t in todo if t not in self.vectors]
        for lo in range(0, len(todo), self.batch):
            chunk = todo[lo : lo + self.batch]
            for text, vec in zip(chunk, self.encoder.encode_queries(chunk), strict=True):
                self.vectors[text] = vec
        self.prime_seconds += time.perf_counter() - started

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in texts if t not in self.vectors]
        if missing:
            for text, vec in zip(missing, self.encoder.encode_queries(missing), strict=True):
                self.vectors[text] = vec
        return np.stack([self.vectors[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.encoder.encode_passages(texts)


def open_retriever(
    index_dir: Path,
    dataset: Dataset,
    modes: Sequence[str],
    limit: int | None = None,
) -> tuple[Retriever, QueryCache | None]:
    """A retriever over ``index_dir`` whose query vectors are computed ahead in batches when a mode
    needs them."""
    manifest = read_manifest(index_dir)
    if not any(m != "bm25" for m in modes):
        return Retriever(index_dir), None
    inner = cached_encoder(str(manifest["model"]["name"]))
    cache = QueryCache(inner)
    qids = list(dataset.queries)[:limit] if limit else list(dataset.queries)
    cache.prime([dataset.queries[q] for q in qids])
    inner.save()
    return Retriever(index_dir, encoder=cache), cache


def check_modes(modes: Sequence[str]) -> list[str]:
    out = [m.strip() for m in modes if m.strip()]
    if not out:
        raise ValueError(f"no mode given; pass --modes with some of {', '.join(MODES)}")
    for mode in out:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(sorted(MODES))}")
    if len(set(out)) != len(out):
        raise ValueError(f"mode listed twice in {','.join(out)}; list each mode once")
    return out


def run_modes(
    retriever: Retriever,
    dataset: Dataset,
    modes: Sequence[str],
    fusion: FusionConfig | None = None,
    limit: int | None = None,
    variants: Mapping[str, FusionConfig] | None = None,
    reference: bool = True,
) -> dict[str, Any]:
    """Metrics per mode (aggregated and per query), paired comparisons and time per query.

    ``variants`` adds hybrid runs under their own labels, each with its own fusion setting; ``reference``
    adds the plain character-BM25 row (eval/reference.py) under the label "reference".
    """
    qids = list(dataset.queries)[:limit] if limit else list(dataset.queries)
    runs: list[tuple[str, str, FusionConfig | None]] = [(m, m, fusion) for m in modes]
    runs += [(label, "hybrid", config) for label, config in (variants or {}).items()]
    per_mode: dict[str, dict[str, dict[str, float]]] = {}
    rankings: dict[str, dict[str, list[str]]] = {}
    timing: dict[str, float] = {}
    warm_up(retriever.settings.tokenizer)  # jieba's dictionary load must not count as the first query's time
    for label, mode, config in runs:
        per_query = {}
        ranked_all = {}
        started = time.perf_counter()
        for qid in qids:
            hits = retriever.search(dataset.queries[qid][:1000], RETRIEVE_K * 2, mode, fusion=config)
            ranked = [h.doc_id for h in hits]
            ranked_all[qid] = dedupe(ranked)[:RETRIEVE_K]  # the distinct documents, as the metrics rank them
            per_query[qid] = query_metrics(ranked, dataset.qrels[qid])
        timing[label] = round((time.perf_counter() - started) * 1000 / max(1, len(qids)), 3)
        per_mode[label] = per_query
        rankings[label] = ranked_all
    labels = [label for label, _, _ in runs]
    if reference:
        from eval.reference import LABEL, reference_rankings

        started = time.perf_counter()
        rankings[LABEL] = reference_rankings(dataset, qids, RETRIEVE_K)
        timing[LABEL] = round((time.perf_counter() - started) * 1000 / max(1, len(qids)), 3)
        per_mode[LABEL] = {q: query_metrics(rankings[LABEL][q], dataset.qrels[q]) for q in qids}
        labels.append(LABEL)
    summary = {m: aggregate(per_mode[m]) for m in labels}
    comparisons = {
        f"{a} vs {b}": paired(per_mode[a], per_mode[b]) for i, a in enumerate(labels) for b in labels[i + 1 :]
    }
    return {
        "modes": summary,
        "paired_mrr@10": comparisons,
        "ms_per_query": timing,
        "per_query": per_mode,
        "rankings": rankings,
    }
