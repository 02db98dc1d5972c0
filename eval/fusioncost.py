"""What the hybrid stages cost per query, in one process: the previous default (one fixed BM25 weight), the
coverage-weighted fusion, + Rocchio feedback (one more vector search), and the default (+ the sentence stage:
the fused top 10 split into sentences, looked up and compared; its per-passage cache cleared every time).
Questions are analysed (and encoded) once ahead, so the times are retrieval only, interleaved query by query
so that machine load falls on every setting alike. ``python -m eval.fusioncost`` writes
eval/results/fusion-cost.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.beir import cached_encoder, ensure_index, load_dataset
from eval.loco import PREVIOUS_FUSION
from eval.loco_scores import BENCH
from eval.report import RESULTS
from indexer.fuse import FusionConfig
from indexer.retrieve import Retriever
from indexer.sentences import keys_of
from indexer.settings import DEFAULTS


def settings() -> dict[str, FusionConfig]:
    base = {**DEFAULTS.fusion.to_dict(), "sentence_dense_weight": 0.0}
    return {
        "previous default": FusionConfig.from_dict({**base, **PREVIOUS_FUSION}),
        "coverage weighting": FusionConfig.from_dict({**base, "feedback_depth": 0}),
        "+ feedback": FusionConfig.from_dict(base),
        "default (+ sentence stage)": DEFAULTS.fusion,
    }


def measure(name: str, n_queries: int, repeats: int) -> dict[str, Any]:
    dataset = load_dataset(BENCH / name)
    index_dir = ensure_index(BENCH / name, dataset, progress=False)
    encoder = cached_encoder(DEFAULTS.model)  # query vectors from the evaluation cache
    retriever = Retriever(index_dir, encoder=encoder)
    questions = [retriever.analyse(dataset.queries[q][:1000]) for q in list(dataset.queries)[:n_queries]]
    configs = settings()
    times: dict[str, list[float]] = {label: [] for label in configs}
    for _ in range(repeats):
        for question in questions:
            for label, config in configs.items():
                keys_of.cache_clear()  # the sentence stage's split and hash of each passage, paid every time
                started = time.perf_counter()
                retriever.search(question, 5, "hybrid", fusion=config)
                times[label].append(time.perf_counter() - started)
    return {
        "set": name,
        "passages": retriever.data.passages,
        "queries": len(questions),
        "repeats": repeats,
        "ms": {
            label: {
                "p50": round(statistics.median(t) * 1000, 2),
                "p90": round(sorted(t)[int(0.9 * len(t))] * 1000, 2),
            }
            for label, t in times.items()
        },
    }


def write_markdown(runs: list[dict[str, Any]], path: Path) -> None:
    labels = list(runs[0]["ms"])
    lines = [
        "# Hybrid query cost per fusion setting",
        "",
        f"Generated {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} by `python -m eval.fusioncost` on "
        f"{platform.machine()}, Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}. "
        "Retrieval only (questions encoded ahead), settings interleaved query by query in one process; ms "
        "per query, p50 / p90. Flat vector index: the feedback's extra cost is one more exact vector search; "
        "the sentence stage's is measured cold (its cache of passages' sentence keys cleared per query).",
        "",
        "| set | passages | " + " | ".join(labels) + " |",
        "|---|--:|" + "--:|" * len(labels),
    ]
    for run in runs:
        cells = [f"{run['ms'][label]['p50']} / {run['ms'][label]['p90']}" for label in labels]
        lines.append(f"| {run['set']} | {run['passages']} | " + " | ".join(cells) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.fusioncost", description=__doc__)
    parser.add_argument("--sets", default="cmrc2018,stard")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    runs = [measure(s.strip(), args.queries, args.repeats) for s in args.sets.split(",") if s.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "fusion-cost.json").write_text(json.dumps(runs, indent=1), encoding="utf-8")
    write_markdown(runs, args.out / "fusion-cost.md")
    print(args.out / "fusion-cost.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
