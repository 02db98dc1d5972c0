"""Embedded index vs Milvus (milvus-lite server here) at 100k passages: latency, write throughput, overlap.

The corpus is eval/bench_corpus.py's: passages recombined from real Chinese sentences (seeds, cmrc2018,
drcd), tokenised with citeqa's tokenizer. Dense vectors are NOT from the encoder — embedding 100k
passages does not fit this 2-core machine's budget — but each sentence gets a random unit vector and a
passage the normalised mean of its sentences' (so passages sharing sentences are near); each query gets
a fixed pseudo-random unit vector derived from its text. Both backends receive identical inputs, so
latency and top-10 overlap are comparable; absolute dense quality is not measured here (see
eval/milvus_parity.py for recall on real vectors).

    python -m eval.bench_milvus [--passages 100000] [--queries 200] [--uri http://...]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import hashlib
import json
import logging
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eval import bench_corpus as bc
from eval.milvus_server import lite_server
from indexer.build import prepare
from indexer.milvus_collections import Collections
from indexer.milvus_rebuild import import_index
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.retrieve import MODES, Retriever
from indexer.settings import DEFAULTS, PROJECT_ROOT, default_seeds_dir
from indexer.store import read_index

logger = logging.getLogger(__name__)
RESULTS = PROJECT_ROOT / "eval" / "results"
DIM = 512


class HashEncoder:
    """A fixed pseudo-random unit vector per text (stands in for the encoder; see the module note)."""

    name = "hash-512"
    dim = DIM
    cosine_band = (0.0, 1.0)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_passages(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")
            v = np.random.default_rng(seed).standard_normal(DIM)
            out[i] = v / np.linalg.norm(v)
        return out


def random_pool(pool: bc.Pool, seed: int = 0) -> bc.Pool:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((len(pool.sentences), DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return dataclasses.replace(pool, key=pool.key + "r", vectors=vectors)


def questions(n: int) -> list[str]:
    bench = PROJECT_ROOT.parent / "shared" / "bench" / "cmrc2018" / "queries.jsonl"
    with open(bench, encoding="utf-8") as handle:
        rows = [json.loads(line)["text"] for line in handle if line.strip()]
    return rows[:n]


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
    }


def latency(search: Callable[[str, str], list[Any]], queries: list[str], mode: str) -> dict[str, float]:
    search(queries[0], mode)  # warm: jieba, caches, first gRPC channel use
    samples = []
    for q in queries:
        started = time.perf_counter()
        search(q, mode)
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def _search(backend: Retriever | MilvusRetriever, query: str, mode: str) -> list[Any]:
    return list(backend.search(query, 10, mode))


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


VARIANTS: tuple[tuple[str, str, dict[str, Any], dict[str, Any]], ...] = (
    ("milvus_flat", "FLAT", {}, {}),
    ("milvus_hnsw", "HNSW", {"M": 16, "efConstruction": 200}, {"ef": 128}),
)


def run(n: int, n_queries: int, uri: str | None, tmp: Path, variant_names: Sequence[str]) -> dict[str, Any]:
    sentences = bc.split_pool(bc.source_texts(PROJECT_ROOT.parent / "shared" / "bench", default_seeds_dir()))
    pool = random_pool(bc.load_pool(sentences, HashEncoder(), vectors=False))
    corpus = bc.make_corpus(pool, n)
    index_dir, build = bc.ensure_synthetic_index(corpus)
    data = read_index(index_dir)
    out: dict[str, Any] = {
        "passages": data.passages,
        "documents": len(data.documents),
        "vocabulary": len(data.bm25.vocab),
        "avg_terms_per_passage": round(float(data.bm25.tf.nnz / data.passages), 1),
        "avg_text_bytes_per_passage": round(
            float(np.mean([len(corpus.text(i).encode("utf-8")) for i in range(0, n, 97)])), 1
        ),
        "embedded_build_s": build,
        "queries": n_queries,
        "query_vectors": "pseudo-random per query text (HashEncoder), identical for both backends",
    }
    encoder = HashEncoder()
    embedded = Retriever(index_dir, encoder=encoder)
    qs = questions(n_queries)
    with contextlib.ExitStack() as stack:
        server = None if uri else stack.enter_context(lite_server(tmp / "milvus"))
        target = uri or (server.uri if server else "")
        variants: dict[str, MilvusRetriever] = {}
        for label, index, params, search in [v for v in VARIANTS if v[0] in variant_names]:
            config = MilvusConfig(
                uri=target,
                collection=f"bench_{label}",
                dense_index=index,
                dense_params=params,
                search_params=search,
            )
            cols = Collections(config)
            cols.drop()
            started = time.perf_counter()
            import_index(cols, data)
            seconds = time.perf_counter() - started
            out[f"{label}_import"] = {"seconds": round(seconds, 1), "passages_per_s": round(n / seconds, 1)}
            variants[label] = MilvusRetriever(config, encoder=encoder, client=cols.client)
            if server is not None and server.proc is not None:
                out[f"{label}_server_rss_mib"] = rss_mib(server.proc.pid)
        backends: dict[str, Any] = {"embedded": embedded, **variants}
        for mode in MODES:
            for label, backend in backends.items():
                run_query = functools.partial(_search, backend)
                out.setdefault("search", {}).setdefault(mode, {})[label] = latency(run_query, qs, mode)
            top = {
                label: [[h.passage_id for h in b.search(q, 10, mode)] for q in qs]
                for label, b in backends.items()
            }
            for label in variants:
                shares = [
                    len(set(a) & set(b)) / max(1, len(a))
                    for a, b in zip(top["embedded"], top[label], strict=True)
                ]
                out.setdefault("top10_overlap", {}).setdefault(mode, {})[label] = round(
                    float(np.mean(shares)), 4
                )
        out["add_one_document"] = add_latency(embedded, next(iter(variants.values())), index_dir, tmp)
    return out


def add_latency(embedded: Retriever, milvus: MilvusRetriever, index_dir: Path, tmp: Path) -> dict[str, Any]:
    """Seconds to add (and then delete) one 8-passage document on each backend at this size."""
    import shutil

    copy = tmp / "embedded-copy"
    shutil.copytree(index_dir, copy)
    target = Retriever(copy, encoder=HashEncoder())
    text = "\n\n".join(questions(40)[i] + "这是用于测量写入耗时的段落。" * 12 for i in range(0, 40, 5))
    out: dict[str, Any] = {}
    for label, backend in (("embedded", target), (f"milvus_{milvus.config.dense_index.lower()}", milvus)):
        adds, deletes = [], []
        for rep in range(3):
            doc = prepare(text, f"bench-add-{rep}", DEFAULTS)
            started = time.perf_counter()
            backend.add([doc])
            adds.append(time.perf_counter() - started)
            started = time.perf_counter()
            backend.delete([doc.meta.doc_id])
            deletes.append(time.perf_counter() - started)
        out[label] = {
            "add_s": round(statistics.median(adds), 3),
            "delete_s": round(statistics.median(deletes), 3),
        }
    shutil.rmtree(copy, ignore_errors=True)
    del embedded
    return out


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--uri", default=None, help="a running Milvus; default: start milvus-lite")
    parser.add_argument(
        "--variants", default="milvus_flat,milvus_hnsw", help="comma-separated Milvus variants"
    )
    parser.add_argument("--out", type=Path, default=RESULTS / "milvus-bench.json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.passages, args.queries, args.uri, Path(tmp), args.variants.split(","))
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
