"""`python -m eval.quality`: every mode and the reference row on cmrc2018, drcd (both scripts) and stard;
writes eval/results/.

Outputs quality.json, quality.md, a bar chart per data set (quality-<set>.png) and per-query ranks
(quality-<set>-queries.tsv). Extra hybrid settings can be compared with ``--fusion LABEL=JSON``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from eval.beir import check_modes, ensure_index, load_dataset, open_retriever, run_modes
from eval.report import RESULTS, write_quality
from eval.run import METRICS, index_settings, parse_fusion
from indexer.chunk import ChunkConfig
from indexer.fuse import FusionConfig
from indexer.settings import DEFAULTS, PROJECT_ROOT, IndexSettings

logger = logging.getLogger(__name__)
SETS = ("cmrc2018", "drcd", "drcd/queries.zh-hans.jsonl", "stard")


def bench_dir() -> Path:
    """The shared benchmark folder: $CITEQA_BENCH, else ../shared/bench next to the project."""
    env = os.environ.get("CITEQA_BENCH")
    return Path(env).expanduser() if env else PROJECT_ROOT.parent / "shared" / "bench"


def split_set(spec: str, root: Path) -> tuple[Path, Path | None]:
    folder, _, queries = spec.partition("/")
    return root / folder, (Path(queries) if queries else None)


def evaluate_set(
    folder: Path,
    queries: Path | None,
    modes: list[str],
    variants: dict[str, FusionConfig],
    limit: int | None,
    settings: IndexSettings = DEFAULTS,
) -> dict[str, Any]:
    dataset = load_dataset(folder, queries)
    started = time.perf_counter()
    index_dir = ensure_index(folder, dataset, settings, progress=sys.stderr.isatty())
    index_seconds = time.perf_counter() - started
    retriever, cache = open_retriever(index_dir, dataset, modes, limit)
    # fusion is query-time and left out of the cached index's key: a cached manifest may hold an older one
    result = run_modes(retriever, dataset, modes, fusion=DEFAULTS.fusion, limit=limit, variants=variants)
    labels = list(result["modes"])  # the modes, the variants and the reference row
    summary = {
        "dataset": dataset.name,
        "queries": len(next(iter(result["per_query"].values()))),
        "passages": len(dataset.corpus),
        "modes": {m: {k: result["modes"][m][k] for k in METRICS} for m in labels},
        "paired": {p: {"metric": "mrr@10", **c} for p, c in result["paired_mrr@10"].items()},
        "fusion": DEFAULTS.fusion.to_dict(),
        "index_settings": index_settings(retriever),
        "variants": {label: config.to_dict() for label, config in variants.items()},
        "index_passages": retriever.data.passages,
        "documents_skipped": len(dataset.corpus) - len(retriever.data.documents),
        "index": str(index_dir),
        "index_seconds": round(index_seconds, 2),
        "ms_per_query": result["ms_per_query"],
        "query_encoding_seconds": round(cache.prime_seconds, 2) if cache else 0.0,
    }
    return {"summary": summary, "result": result, "dataset": dataset}


def settings_with(chunking: str | None, context: str | None, flag: str = "--chunking") -> IndexSettings:
    """The default settings with chunking overrides (a JSON object of ChunkConfig fields) and context;
    ValueError, naming ``flag`` and saying what to write, for anything else."""
    settings = DEFAULTS
    if chunking:
        fields = settings.chunking.to_dict()
        names = ", ".join(fields)
        example = (
            f"write a JSON object of {names} (whole numbers > 0; true or false for the switches), "
            "such as '{\"max_chars\": 500}'"
        )
        try:
            override = json.loads(chunking)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{flag}: {chunking!r} is not JSON ({exc.msg}); {example}") from exc
        if not isinstance(override, dict):
            raise ValueError(f"{flag}: {chunking!r} is not a JSON object; {example}")
        for key, value in override.items():
            switch = key in fields and isinstance(fields[key], bool)
            number = isinstance(value, int) and not isinstance(value, bool) and value > 0
            if key not in fields or not (isinstance(value, bool) if switch else number):
                raise ValueError(f"{flag}: {key!r}: {value!r} is not allowed; {example}")
        settings = replace(settings, chunking=ChunkConfig(**{**fields, **override}))
    if context is not None:
        settings = replace(settings, context=context)
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.quality", description=__doc__)
    parser.add_argument(
        "--sets", default=",".join(SETS), help="comma-separated FOLDER or FOLDER/QUERIES_FILE"
    )
    parser.add_argument("--bench", type=Path, default=None, help="benchmark root (default ../shared/bench)")
    parser.add_argument("--modes", default="bm25,dense,hybrid")
    parser.add_argument(
        "--fusion",
        action="append",
        default=[],
        metavar="LABEL=JSON",
        help='an extra hybrid run, e.g. \'rrf={"method": "rrf"}\' (repeatable)',
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N queries of each set")
    parser.add_argument(
        "--chunking", default=None, help="ChunkConfig overrides as JSON, e.g. '{\"min_chars\": 150}'"
    )
    parser.add_argument(
        "--no-sentence-vectors",
        action="store_true",
        help="refuse a run reading sentence vectors (none are embedded unless a run reads them)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    root = args.bench or bench_dir()
    if not root.is_dir():
        print(
            f"eval.quality: no benchmark folder at {root}; set CITEQA_BENCH or pass --bench", file=sys.stderr
        )
        return 2
    try:
        modes = check_modes(args.modes.split(","))
        variants: dict[str, FusionConfig] = {}
        for spec in args.fusion:
            label, sep, text = spec.partition("=")
            config = parse_fusion(text) if sep else None
            if config is None or not label.strip() or label in modes:
                raise ValueError(
                    f'--fusion {spec!r}: write LABEL=JSON with a new label, e.g. \'rrf={{"method": "rrf"}}\''
                )
            variants[label.strip()] = config
        runs = []
        for spec in args.sets.split(","):
            folder, queries = split_set(spec.strip(), root)
            started = time.perf_counter()
            settings = settings_with(args.chunking, None)
            # sentence vectors are embedded only when a run reads them (the sentence stage): on stard that is
            # minutes instead of hours, and the rankings are the same
            staged = any(f.sentence_dense_depth for f in [DEFAULTS.fusion, *variants.values()])
            if args.no_sentence_vectors and staged:
                raise ValueError("--no-sentence-vectors: a run here has the sentence stage on")
            if not staged:
                settings = replace(settings, fusion=replace(settings.fusion, sentence_dense_weight=0.0))
            runs.append(evaluate_set(folder, queries, modes, variants, args.limit, settings))
            s = runs[-1]["summary"]
            logger.info(
                "%s done in %.0fs: %s",
                s["dataset"],
                time.perf_counter() - started,
                {m: v["mrr@10"] for m, v in s["modes"].items()},
            )
    except ValueError as exc:
        print(f"eval.quality: {exc}", file=sys.stderr)
        return 2
    command = "python -m eval.quality" + ("" if argv is None else " " + " ".join(argv))
    if argv is None:
        command = "python -m eval.quality " + " ".join(sys.argv[1:])
    written = write_quality(runs, args.out, command.strip())
    for path in written.values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
