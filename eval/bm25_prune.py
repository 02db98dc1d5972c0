"""`python -m eval.bm25_prune`: the BM25 leg pruned (indexer/maxscore.py, MaxScore) against the reference that
scores every passage (`BM25.scores` + `top_k`), on the bench's synthetic indexes (10k / 100k / 1M passages,
`make bench-full` builds and caches them) and the real bench corpora.

For each question, alternating, both ways: the top 100 rows (the hybrid's BM25 candidates) and the scores of
100 more rows (what the dense leg adds to the pool). Reports p50 / p95 milliseconds (medians over repeats),
the ratio, and on how many questions rows and scores are identical (bit for bit). Writes
eval/results/bm25-prune.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eval.bench_search import load_questions
from eval.report import md_table, over_indexes
from indexer.embed import Encoder
from indexer.hybrid import analyse
from indexer.maxscore import PRUNE_FROM, FullLeg, bm25_leg
from indexer.settings import PROJECT_ROOT, IndexSettings
from indexer.store import read_index

RESULTS = PROJECT_ROOT / "eval" / "results"
DEPTH = 100


def _no_encoder() -> Encoder:
    raise AssertionError("a BM25 question is not encoded")


def pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def measure(index_dir: Path, questions: Sequence[str], repeats: int) -> dict[str, Any]:
    data = read_index(index_dir)
    bm25 = data.bm25
    tokenizer = IndexSettings.from_manifest(data.settings).tokenizer
    tokens = [analyse(q, "bm25", tokenizer, _no_encoder).tokens for q in questions]
    rng = np.random.default_rng(0)
    extra = [np.sort(rng.choice(bm25.size, DEPTH, replace=False)) for _ in questions]
    timings: dict[str, list[list[float]]] = {"full": [], "pruned": []}
    identical = 0
    for rep in range(repeats):
        runs: dict[str, list[float]] = {"full": [], "pruned": []}
        for i, t in enumerate(tokens):
            results = {}
            for way in ("full", "pruned") if (i + rep) % 2 == 0 else ("pruned", "full"):
                started = time.perf_counter()
                leg = FullLeg(bm25.scores(t)) if way == "full" else bm25_leg(bm25, t, DEPTH, prune_from=0)
                rows, scores = leg.top(DEPTH)
                more = leg.at(extra[i])
                runs[way].append((time.perf_counter() - started) * 1000)
                results[way] = (rows.tolist(), scores.tolist(), more.tolist())
            if rep == 0:
                identical += results["full"] == results["pruned"]
        for way in runs:
            timings[way].append(runs[way])
    out: dict[str, Any] = {"index": str(index_dir), "passages": bm25.size, "questions": len(questions)}
    for way, passes in timings.items():
        out[way] = {
            "p50": round(statistics.median(pct(p, 50) for p in passes), 3),
            "p95": round(statistics.median(pct(p, 95) for p in passes), 3),
        }
    out["ratio_p50"] = round(out["pruned"]["p50"] / out["full"]["p50"], 3)
    out["identical"] = identical
    return out


def write(results: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "bm25-prune.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    rows = [
        [
            name,
            f"{r['passages']:,}",
            r["questions"],
            r["full"]["p50"],
            r["full"]["p95"],
            r["pruned"]["p50"],
            r["pruned"]["p95"],
            r["ratio_p50"],
            f"{r['identical']}/{r['questions']}",
        ]
        for name, r in results["sets"].items()
    ]
    text = "\n".join(
        [
            "# BM25 leg: pruned (MaxScore) against scoring every passage",
            "",
            f"Generated {results['generated_at']} by `{results['command']}`; load average at start "
            f"{results['load_start']}, at end {results['load_end']}.",
            "",
            f"Per question: the top {DEPTH} rows and the scores of {DEPTH} other rows, both ways alternating "
            "in one process; milliseconds, medians over "
            f"{results['repeats']} passes. *identical*: questions whose rows and scores (bit for bit) agree. "
            f"The retriever prunes from {PRUNE_FROM:,} passages up (`indexer.maxscore.PRUNE_FROM`); here "
            "every size is run both ways.",
            "",
            md_table(
                [
                    "index",
                    "passages",
                    "questions",
                    "every passage p50",
                    "p95",
                    "pruned p50",
                    "p95",
                    "ratio (p50)",
                    "identical",
                ],
                rows,
            ),
            "",
        ]
    )
    (out / "bm25-prune.md").write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bm25_prune", description=__doc__)
    parser.add_argument("index", nargs="+", type=Path, help="NAME=DIR of an index to measure")
    parser.add_argument("--bench", type=Path, default=PROJECT_ROOT.parent / "shared" / "bench")
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    questions = load_questions(args.bench if args.bench.exists() else None, args.questions)
    results = over_indexes(
        "python -m eval.bm25_prune " + " ".join(sys.argv[1:] if argv is None else argv),
        args.index,
        lambda path: measure(path, questions, args.repeats),
        repeats=args.repeats,
    )
    write(results, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
