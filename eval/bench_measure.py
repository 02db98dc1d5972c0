"""The benchmark's measurements, one call each: a synthetic size searched in-process, an index served over
HTTP (`citeqa serve`), and the inputs they share (the sentence pool, the seed questions, the documents
indexed for throughput). eval/bench.py runs them section by section."""

from __future__ import annotations

import gc
import json
import os
import time
from pathlib import Path
from typing import Any

import faiss

from eval import bench_corpus as bc
from eval import bench_search as bs
from eval import bench_service as sv
from eval.bench_tiers import Tier
from indexer import dense
from indexer.dense import SEARCH_OMP_THREADS
from indexer.embed import Encoder, QueryCache
from indexer.settings import DEFAULTS, PROJECT_ROOT, default_seeds_dir


def bench_root() -> Path | None:
    env = os.environ.get("CITEQA_BENCH")
    root = Path(env).expanduser() if env else PROJECT_ROOT.parent / "shared" / "bench"
    return root if root.is_dir() else None


def make_pool(tier: Tier, encoder: Encoder, cache: Path, bench: Path | None, vectors: bool = True) -> bc.Pool:
    sentences = bc.split_pool(bc.source_texts(bench, default_seeds_dir()), tier.pool)
    return bc.load_pool(sentences, encoder, cache, vectors)


def measure_size(
    pool: bc.Pool,
    n: int,
    tier: Tier,
    questions: list[str],
    cache: Path,
    one_thread: Encoder,
) -> dict[str, Any]:
    from indexer.retrieve import Retriever

    corpus = bc.make_corpus(pool, n)
    index_dir, build = bc.ensure_synthetic_index(corpus, cache)
    out: dict[str, Any] = {
        "index_dir": str(index_dir),
        "build_s": build,
        "token_agreement": bc.token_agreement(corpus),
    }
    disk = bc.disk_bytes(index_dir)
    started = time.perf_counter()
    retriever = Retriever(index_dir)  # as the server runs it: the retriever loads its own query encoder
    out["load_s"] = round(time.perf_counter() - started, 2)
    data = retriever.data
    out["index"] = {
        "passages": data.passages,
        "documents": len(data.documents),
        "vocabulary": len(data.bm25.vocab),
        "dense": retriever.snapshot.dense.kind,
        "disk_bytes": disk,
        "bytes_per_passage": round(disk / max(1, data.passages)),
        "mean_passage_chars": round(float((data.ends - data.starts).mean()), 1),
    }
    retriever.warm_up()
    # Every call encodes its question: the serving process's cache of recent questions (QueryCache) would
    # answer the repeated passes from memory.
    if isinstance(retriever.encoder, QueryCache):
        retriever._encoder = retriever.encoder.inner
    out["query_encoder_threads"] = getattr(retriever.encoder, "threads", None)
    out["faiss_omp_threads"] = faiss.omp_get_max_threads()
    out["faiss_search_omp_threads"] = SEARCH_OMP_THREADS
    out["search_ms"] = bs.search_latency(retriever, questions[: tier.queries], tier.repeats)
    out["hybrid_profile_ms"] = bs.hybrid_profile(retriever, questions[: tier.queries])
    out["ask_ms"] = bs.ask_latency(retriever, questions[: tier.ask_queries], 1)
    # The same searches with faiss at the process's OpenMP threads per search, as before one_omp_thread: what
    # searching one query row at one thread buys. The index and the rest of the code are unchanged.
    retriever._encoder = one_thread
    dense.SEARCH_OMP_THREADS = faiss.omp_get_max_threads()
    try:
        out["search_ms_faiss_default"] = bs.search_latency(
            retriever, questions[: tier.queries], tier.repeats, modes=("dense", "hybrid")
        )
        out["hybrid_profile_ms_faiss_default"] = bs.hybrid_profile(retriever, questions[: tier.queries])
    finally:
        dense.SEARCH_OMP_THREADS = SEARCH_OMP_THREADS
    del retriever, data
    gc.collect()
    return out


def index_records_for(tier: Tier, bench: Path | None) -> list[tuple[str, str | None, str]]:
    if bench is not None and (bench / "cmrc2018" / "corpus.jsonl").exists():
        records: list[tuple[str, str | None, str]] = []
        with open(bench / "cmrc2018" / "corpus.jsonl", encoding="utf-8") as handle:
            for line in handle:
                if line.strip() and len(records) < tier.index_docs:
                    row = json.loads(line)
                    records.append((str(row["id"]).replace("_", "-"), row.get("title") or None, row["text"]))
        return records
    seeds = sorted(default_seeds_dir().glob("*.txt"))[: tier.index_docs]
    return [(p.stem, None, p.read_text(encoding="utf-8")) for p in seeds]


def seeds_index(cache: Path, given: Path | None, encoder: Encoder) -> Path:
    if given is not None:
        return given
    from indexer.build import index_paths

    target = cache / "seeds-index"
    index_paths([default_seeds_dir()], target, lambda _: encoder, DEFAULTS, rebuild=True)  # with current code
    return target


def serve(index_dir: Path, questions: list[str], tier: Tier, load: bool, ask: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if tier.cold_repeats > 1:
        out["cold_start"] = sv.cold_start(index_dir, tier.cold_repeats - 1)
    server = sv.Server(index_dir)
    runs = [*out.get("cold_start", {}).get("runs_s", []), round(server.cold_start_s, 2)]
    out["cold_start"] = {
        "seconds_median": sorted(runs)[len(runs) // 2],
        "runs_s": runs,
        "memory_after_start": server.memory(),
    }
    try:
        out["http_ms"] = sv.http_latency(server, questions[: tier.queries], max(1, tier.repeats - 1), ask=ask)
        if load:
            out["load"] = [
                sv.load_test(server, questions, mode, tier.load_seconds, tier.load_connections)
                for mode in ("bm25", "hybrid")
            ]
        out["memory"] = server.memory()
    finally:
        server.stop()
    return out


def serve_size(index_dir: Path, n: int, questions: list[str], tier: Tier, full: bool) -> dict[str, Any]:
    return {"passages": n, **serve(index_dir, questions, tier, load=full, ask=full)}


def seed_questions() -> list[str]:
    path = PROJECT_ROOT / "eval" / "questions.jsonl"
    if not path.exists():
        return ["哪些地区设立了人才编制周转池?", "运城科创城的投资额是多少?"]
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["question"] for line in handle if line.strip()]
