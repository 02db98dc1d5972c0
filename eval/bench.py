"""`python -m eval.bench --tier quick|full`: performance benchmarks, written to eval/results/bench-<tier>.*

quick: small sizes, seconds to a couple of minutes (the test suite runs an even smaller version as a smoke
check). full: 10k / 100k / 1M passages, repeats, rank-bm25 up to 1M, the server under load; tens of minutes.
Generated corpora, sentence vectors and indexes are cached under .cache/bench/.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import faiss

from eval import bench_corpus as bc
from eval import bench_search as bs
from eval import bench_service as sv
from eval.report import RESULTS, describe_machine, now
from indexer.embed import Encoder, load_encoder
from indexer.settings import DEFAULTS, PROJECT_ROOT, default_seeds_dir
from indexer.sparse import BM25

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tier:
    sizes: tuple[int, ...]  # passages of the synthetic indexes searched in-process
    pool: int | None  # sentences in the pool (None = every sentence of the sources)
    queries: int  # questions per latency measurement
    repeats: int  # passes over the questions; percentiles are medians over passes
    ask_queries: int
    bm25_sizes: tuple[int, ...]
    bm25_queries: int
    bm25_budget_s: float  # rank-bm25 stops repeating after this long; the largest size gets fewer queries
    index_docs: int  # documents of cmrc2018 (or seeds) for indexing throughput
    index_repeats: int
    add_size: int  # index size for the incremental add
    server_sizes: tuple[int, ...]  # synthetic indexes served over HTTP (the seeds index always is)
    load_seconds: float
    load_connections: int
    cold_repeats: int


TIERS = {
    "quick": Tier(
        sizes=(2_000,),
        pool=3_000,
        queries=30,
        repeats=1,
        ask_queries=10,
        bm25_sizes=(2_000,),
        bm25_queries=30,
        bm25_budget_s=60,
        index_docs=30,
        index_repeats=1,
        add_size=2_000,
        server_sizes=(2_000,),
        load_seconds=3,
        load_connections=4,
        cold_repeats=1,
    ),
    "full": Tier(
        sizes=(10_000, 100_000, 1_000_000),
        pool=None,
        queries=200,
        repeats=3,
        ask_queries=50,
        bm25_sizes=(10_000, 100_000, 1_000_000),
        bm25_queries=100,
        bm25_budget_s=900,
        index_docs=1_104,
        index_repeats=3,
        add_size=100_000,
        server_sizes=(100_000, 1_000_000),
        load_seconds=10,
        load_connections=8,
        cold_repeats=3,
    ),
}


def label(n: int) -> str:
    return (
        f"{n // 1_000_000}M"
        if n >= 1_000_000 and n % 1_000_000 == 0
        else (f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n))
    )


def bench_root() -> Path | None:
    env = os.environ.get("CITEQA_BENCH")
    root = Path(env).expanduser() if env else PROJECT_ROOT.parent / "shared" / "bench"
    return root if root.is_dir() else None


def guarded(results: dict[str, Any], key: str, fn: Callable[[], Any]) -> None:
    """Run one measurement; a failure is recorded in the results instead of ending the whole run."""
    started = time.perf_counter()
    try:
        results[key] = fn()
    except Exception as exc:
        logger.error("%s failed: %s", key, exc)
        results[key] = {"error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()[-2000:]}
    logger.info("%s done in %.1fs", key, time.perf_counter() - started)


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
    out["query_encoder_threads"] = getattr(retriever.encoder, "threads", None)
    out["faiss_omp_threads"] = faiss.omp_get_max_threads()
    out["search_ms"] = bs.search_latency(retriever, questions[: tier.queries], tier.repeats)
    out["hybrid_profile_ms"] = bs.hybrid_profile(retriever, questions[: tier.queries])
    out["ask_ms"] = bs.ask_latency(retriever, questions[: tier.ask_queries], 1)
    # The same searches on a single-threaded query path (the encoder's BLAS and faiss's OpenMP at one thread):
    # a one-row query gains nothing from a second thread and, when anything else runs on a 2-core machine,
    # waits a scheduling slice at every barrier (see the report). The index and the code are unchanged.
    retriever._encoder = one_thread
    omp_threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        out["search_ms_1thread"] = bs.search_latency(
            retriever, questions[: tier.queries], tier.repeats, modes=("dense", "hybrid")
        )
        out["hybrid_profile_ms_1thread"] = bs.hybrid_profile(retriever, questions[: tier.queries])
    finally:
        faiss.omp_set_num_threads(omp_threads)
    del retriever, data
    gc.collect()
    return out


def bm25_worker(args: argparse.Namespace) -> int:
    """Subprocess body: rank-bm25 against citeqa's BM25 at one size (keeps rank-bm25's memory out of
    the run)."""
    from indexer.segment import tokenize

    tier = replace(TIERS[args.tier], **json.loads(args.overrides))
    pool = make_pool(tier, load_encoder(DEFAULTS.model), Path(args.cache), bench_root(), vectors=False)
    corpus = bc.make_corpus(pool, args.bm25_worker)
    docs = [corpus.tokens(i) for i in range(corpus.size)]
    queries = [tokenize(q, DEFAULTS.tokenizer) for q in bs.load_questions(bench_root(), args.queries)]
    build = None
    if corpus.size >= 1_000_000:

        def build() -> BM25:
            tf, vocab = bc.term_matrix(corpus)
            return BM25(tf, vocab, DEFAULTS.bm25)

    result = bs.bm25_against_reference(docs, queries, tier.repeats, budget_s=tier.bm25_budget_s, build=build)
    print("BM25JSON " + json.dumps(result))
    return 0


def run_bm25(n: int, tier: Tier, args: argparse.Namespace, overrides: dict[str, Any]) -> dict[str, Any]:
    queries = tier.bm25_queries if n < 1_000_000 else max(5, tier.bm25_queries // 5)
    cmd = [
        sys.executable,
        "-m",
        "eval.bench",
        "--tier",
        args.tier,
        "--cache",
        str(args.cache),
        "--bm25-worker",
        str(n),
        "--queries",
        str(queries),
        "--overrides",
        json.dumps(overrides),
    ]
    timeout = 600 + (3600 if n >= 1_000_000 else 900)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"passages": n, "skipped": f"rank-bm25 did not finish within {timeout}s"}
    except subprocess.CalledProcessError as exc:
        return {"passages": n, "error": exc.stderr[-2000:]}
    line = next(x for x in done.stdout.splitlines() if x.startswith("BM25JSON "))
    result: dict[str, Any] = json.loads(line[len("BM25JSON ") :])
    return result


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


SECTIONS = ("sizes", "bm25", "indexing", "add", "service")


def tier_from(args: argparse.Namespace) -> tuple[Tier, dict[str, Any]]:
    overrides: dict[str, Any] = {}
    for name in ("sizes", "bm25_sizes", "server_sizes"):
        value = getattr(args, name)
        if value is not None:
            overrides[name] = tuple(int(x) for x in value.split(",") if x.strip())
    for name in ("pool", "queries", "repeats", "ask_queries", "index_docs", "add_size", "load_seconds"):
        value = getattr(args, name)
        if value is not None:
            overrides[name] = value
    if args.sizes is not None:  # smaller sizes shrink every size-dependent part unless given explicitly
        for name in ("bm25_sizes", "server_sizes"):
            overrides.setdefault(name, overrides["sizes"])
        overrides.setdefault("add_size", max(overrides["sizes"] or (0,)))
    return replace(TIERS[args.tier], **overrides), overrides


def previous(args: argparse.Namespace, sections: Sequence[str]) -> dict[str, Any]:
    """The last results of this tier, when only some sections run now (they replace their part of it)."""
    path = Path(args.out) / f"bench-{args.tier}.json"
    if set(sections) == set(SECTIONS) or not path.exists():
        return {}
    old: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    old.pop("targets", None)
    return old


def run(args: argparse.Namespace) -> dict[str, Any]:
    tier, overrides = tier_from(args)
    sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        raise SystemExit(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    bench = bench_root()
    results: dict[str, Any] = previous(args, sections)
    machine = describe_machine()
    results.update(
        {
            "tier": args.tier,
            "generated_at": now(),
            "command": " ".join(["python -m eval.bench", *sys.argv[1:]]),
            "machine": machine,
            "config": asdict(tier),
            "bench_data": str(bench) if bench else None,
        }
    )
    provenance: dict[str, Any] = results.setdefault("provenance", {})
    partial_path = cache / f"bench-{args.tier}.partial.json"

    def section(name: str, fn: Callable[[], None]) -> None:
        """Run one section, note when and under what load it ran, and save what we have so far."""
        if name not in sections:
            return
        load_before = [round(x, 2) for x in os.getloadavg()]
        fn()
        provenance[name] = {
            "generated_at": now(),
            "command": results["command"],
            "load_average_before": load_before,
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        }
        partial_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    encoder = load_encoder(DEFAULTS.model)
    one_thread = load_encoder(DEFAULTS.model, threads=1)
    started = time.perf_counter()
    pool = make_pool(tier, encoder, cache, bench)
    results["pool"] = {
        "sentences": len(pool.sentences),
        "vocabulary": len(pool.vocab),
        "mean_chars": round(sum(map(len, pool.sentences)) / max(1, len(pool.sentences)), 1),
        "encode_s": round(pool.encode_seconds, 1) or results.get("pool", {}).get("encode_s", 0.0),
        "prepared_s": round(time.perf_counter() - started, 1),
        "sources": "seeds/ + " + ("cmrc2018 + drcd corpora" if bench else "(no ../shared/bench)"),
    }
    questions = bs.load_questions(bench, max(tier.queries, tier.bm25_queries))

    def sizes() -> None:
        out = results.setdefault("sizes", {})
        for n in sorted(set(tier.sizes)):
            guarded(out, label(n), partial(measure_size, pool, n, tier, questions, cache, one_thread))
            partial_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    def bm25() -> None:
        out = results.setdefault("bm25_vs_rank_bm25", {})
        for n in sorted(set(tier.bm25_sizes)):
            guarded(out, label(n), partial(run_bm25, n, tier, args, overrides))
            partial_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    def indexing() -> None:
        records = index_records_for(tier, bench)
        guarded(
            results,
            "indexing",
            partial(bs.indexing_throughput, records, encoder, cache / "work", tier.index_repeats),
        )

    def add() -> None:
        add_dir, _ = bc.ensure_synthetic_index(bc.make_corpus(pool, tier.add_size), cache)
        raw = min(default_seeds_dir().glob("*.txt"), key=lambda p: p.stat().st_size).read_text(
            encoding="utf-8"
        )
        guarded(
            results,
            "incremental_add",
            partial(bs.incremental_add, add_dir, cache / "work", raw, tier.repeats),
        )

    def service() -> None:
        out = results.setdefault("service", {})
        seeds_dir = seeds_index(cache, args.seeds_index, encoder)
        guarded(
            out,
            "seeds",
            partial(serve_size, seeds_dir, bs.read_passage_count(seeds_dir), seed_questions(), tier, True),
        )
        guarded(out, "seeds_memory_breakdown", partial(sv.memory_breakdown, seeds_dir))
        for n in sorted(set(tier.server_sizes)):
            index_dir, _ = bc.ensure_synthetic_index(bc.make_corpus(pool, n), cache)
            big = (
                n >= 1_000_000
            )  # one cold start, no load test and no /ask at 1M: minutes each, same code paths
            guarded(
                out,
                label(n),
                partial(
                    serve_size,
                    index_dir,
                    n,
                    questions,
                    replace(tier, cold_repeats=1) if big else tier,
                    not big,
                ),
            )
            partial_path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    for name, fn in (
        ("sizes", sizes),
        ("bm25", bm25),
        ("indexing", indexing),
        ("add", add),
        ("service", service),
    ):
        section(name, fn)
    machine["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__)
    parser.add_argument("--tier", choices=sorted(TIERS), default="quick")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for bench-<tier>.json and .md")
    parser.add_argument(
        "--cache", type=Path, default=bc.CACHE, help="corpora and indexes (default .cache/bench)"
    )
    parser.add_argument("--seeds-index", type=Path, default=None, help="an existing index of seeds/ to serve")
    parser.add_argument("--sizes", default=None, help="override: comma-separated passage counts")
    parser.add_argument("--bm25-sizes", default=None)
    parser.add_argument("--server-sizes", default=None)
    parser.add_argument("--pool", type=int, default=None, help="override: sentences in the pool")
    parser.add_argument("--queries", type=int, default=None)
    parser.add_argument("--repeats", type=int, default=None)
    parser.add_argument("--ask-queries", type=int, default=None)
    parser.add_argument("--index-docs", type=int, default=None)
    parser.add_argument("--add-size", type=int, default=None)
    parser.add_argument("--load-seconds", type=float, default=None)
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"comma-separated subset of {','.join(SECTIONS)}; the others keep their last results",
    )
    parser.add_argument("--bm25-worker", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--overrides", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.bm25_worker is not None:
        return bm25_worker(args)
    results = run(args)
    from eval.bench_report import write_bench

    for path in write_bench(results, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
