"""`python -m eval.bench --tier quick|full`: performance benchmarks, written to eval/results/bench-<tier>.*

quick: small sizes, seconds to a couple of minutes (the test suite runs an even smaller version as a smoke
check). full: 10k / 100k / 1M passages, repeats, rank-bm25 up to 1M, the server under load; tens of minutes.
Generated corpora, sentence vectors and indexes are cached under .cache/bench/.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from functools import partial
from pathlib import Path
from typing import Any

from eval import bench_corpus as bc
from eval import bench_search as bs
from eval import bench_service as sv
from eval.bench_measure import (
    bench_root,
    index_records_for,
    make_pool,
    measure_size,
    seed_questions,
    seeds_index,
    serve_size,
)
from eval.bench_tiers import TIERS, Tier, label, tier_from
from eval.report import RESULTS, describe_machine, now
from indexer.embed import load_encoder
from indexer.settings import DEFAULTS, default_seeds_dir
from indexer.sparse import BM25

logger = logging.getLogger(__name__)


def guarded(results: dict[str, Any], key: str, fn: Callable[[], Any]) -> None:
    """Run one measurement; a failure is recorded in the results instead of ending the whole run."""
    started = time.perf_counter()
    try:
        results[key] = fn()
    except Exception as exc:
        logger.error("%s failed: %s", key, exc)
        results[key] = {"error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()[-2000:]}
    logger.info("%s done in %.1fs", key, time.perf_counter() - started)


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


SECTIONS = ("sizes", "bm25", "indexing", "add", "service")


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
        "encoder": encoder.name,
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
