"""`citeqa eval`: retrieval metrics on a BEIR-style folder, or on the seed question set without one.

With ``--json`` it prints exactly one JSON object (``dataset``, ``queries``, ``passages``, ``modes`` → metric
→ value, plus ``paired``, ``fusion`` and timings) so that CI jobs and other programs can track it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from eval.beir import check_modes, ensure_index, load_dataset, open_retriever, run_modes
from eval.metrics import CUTOFFS
from indexer.backend import open_retriever as open_store
from indexer.fuse import FusionConfig
from indexer.milvus_collections import Collections
from indexer.milvus_rebuild import import_index
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS, PROJECT_ROOT
from indexer.store import read_index
from server.cli_args import settings_from
from server.config import Settings

QUESTIONS = PROJECT_ROOT / "eval" / "questions.jsonl"
METRICS = ("success@1", *(f"recall@{k}" for k in CUTOFFS), "mrr@10", "ndcg@10")


def json_overrides(text: str, flag: str, what: str, defaults: dict[str, Any]) -> dict[str, Any]:
    """The JSON object of setting overrides given to ``flag``, its keys among those of ``defaults``; a
    ValueError saying what is wrong and what is accepted otherwise."""
    example = json.dumps(dict(list(defaults.items())[:1]))
    try:
        override = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{flag} is not valid JSON ({exc.msg}); pass e.g. '{example}'") from exc
    if not isinstance(override, dict):
        raise ValueError(f"{flag} must be a JSON object such as '{example}'")
    unknown = sorted(set(override) - set(defaults))
    if unknown:
        known = ", ".join(sorted(defaults))
        raise ValueError(f"unknown {what} setting(s) {', '.join(unknown)}; known: {known}")
    return override


def parse_fusion(text: str | None) -> FusionConfig | None:
    """A FusionConfig from a JSON object of overrides (None when no override is given)."""
    if text is None or not text.strip():
        return None
    override = json_overrides(text, "--fusion", "fusion", DEFAULTS.fusion.to_dict())
    try:
        return FusionConfig.from_dict({**DEFAULTS.fusion.to_dict(), **override})
    except TypeError as exc:
        raise ValueError(f"--fusion: {exc}") from exc


def evaluate_dataset(
    folder: Path,
    queries: Path | None,
    modes: list[str],
    fusion: FusionConfig | None = None,
    limit: int | None = None,
    progress: bool = False,
    milvus: MilvusConfig | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The machine-readable summary of one BEIR folder, and the full run_modes result behind it."""
    dataset = load_dataset(folder, queries)
    if not dataset.queries:
        raise ValueError(f"{folder}: no query has a relevant passage in qrels.tsv; check the query ids")
    started = time.perf_counter()
    index_dir = ensure_index(folder, dataset, progress=progress)
    index_seconds = time.perf_counter() - started
    retriever, cache = open_retriever(index_dir, dataset, modes, limit)
    # fusion is query-time and left out of the cached index's key: a cached manifest may hold an older one
    fusion = fusion or DEFAULTS.fusion
    where = str(index_dir)
    if milvus is not None:
        milvus = milvus_copy(index_dir, milvus)
        where = f"{milvus.uri} collection {milvus.collection!r}"
        retriever = cast(Retriever, MilvusRetriever(milvus, encoder=cache or retriever.encoder))
    result = run_modes(retriever, dataset, modes, fusion=fusion, limit=limit)
    n_queries = min(limit, len(dataset.queries)) if limit else len(dataset.queries)
    summary: dict[str, Any] = {
        "dataset": dataset.name,
        "queries": n_queries,
        "passages": len(dataset.corpus),
        "modes": {m: {k: v[k] for k in METRICS} for m, v in result["modes"].items()},
        "paired": {pair: {"metric": "mrr@10", **counts} for pair, counts in result["paired_mrr@10"].items()},
        "fusion": fusion.to_dict(),
        "index_settings": index_settings(retriever),
        "index_passages": retriever.data.passages,
        "documents_skipped": len(dataset.corpus) - len(retriever.data.documents),
        "backend": "milvus" if milvus is not None else "embedded",
        "index": where,
        "index_seconds": round(index_seconds, 2),
        "ms_per_query": result["ms_per_query"],
        "query_encoding_seconds": round(cache.prime_seconds, 2) if cache else 0.0,
    }
    return summary, result


def milvus_copy(index_dir: Path, config: MilvusConfig) -> MilvusConfig:
    """The evaluation index ``index_dir`` imported into Milvus with its vectors (never re-embedded), as
    collection ``<collection>_eval_<index dir name>`` — a production index of the same prefix is never
    touched — or the complete copy an earlier run made."""
    name = f"{config.collection}_eval_" + "".join(c if c.isalnum() else "_" for c in index_dir.name)
    target = replace(config, collection=name)
    cols = Collections(target)
    data = read_index(index_dir)
    if cols.exists() and cols.stats().passages == data.passages:
        return target
    cols.drop()
    import_index(cols, data)
    return target


def index_settings(retriever: Retriever) -> dict[str, Any]:
    """The build-time choices of the evaluated index (model, tokenizer, chunking, BM25), from its manifest."""
    return {
        k: v for k, v in retriever.data.settings.items() if k in ("model", "tokenizer", "chunking", "bm25")
    }


def print_table(summary: dict[str, Any]) -> None:
    print(
        f"{summary['dataset']}: {summary['queries']} queries over {summary['passages']} passages "
        f"({summary['index_passages']} indexed, index {summary['index']})"
    )
    if summary.get("documents_skipped"):
        print(f"{summary['documents_skipped']} corpus records were rejected by cleaning and not indexed")
    print(f"{'mode':<10}" + "".join(f"{m:>11}" for m in METRICS) + f"{'ms/query':>11}")
    for mode, values in summary["modes"].items():
        print(
            f"{mode:<10}"
            + "".join(f"{values[m]:>11.4f}" for m in METRICS)
            + f"{summary['ms_per_query'][mode]:>11.2f}"
        )
    if summary["paired"]:
        print("paired, per query on MRR@10 (first mode's wins / losses / ties):")
        for pair, c in summary["paired"].items():
            print(f"  {pair:<22} {c['wins']:>6} / {c['losses']:>6} / {c['ties']:>6}")
    if "hybrid" in summary["modes"]:  # (printed under a bm25-only run, it read as if it had applied)
        fusion = summary["fusion"]
        print("hybrid fusion: " + ", ".join(f"{k}={v}" for k, v in fusion.items()))
    if summary["query_encoding_seconds"]:
        print(
            f"(query vectors encoded ahead in batches: {summary['query_encoding_seconds']:.1f}s, "
            "not included in ms/query)"
        )


def run_seed_questions(
    as_json: bool,
    settings: Settings,
    modes: list[str] | None = None,
    fusion: FusionConfig | None = None,
    limit: int | None = None,
) -> int:
    """The seed question set (eval/seedqa.py) on the index ``settings`` name: the retrieval rows of ``modes``
    (and the reference row), hybrid with ``fusion`` (also for the answers), over the first ``limit``
    questions."""
    try:
        import eval.seedqa as seedqa
    except ModuleNotFoundError as exc:
        if exc.name not in ("eval.seedqa", "eval"):
            raise  # a module the seed question set imports is missing: that is the fault, not the set
        raise ValueError(
            f"the seed question set is not available ({exc}); pass --dataset DIR instead"
        ) from exc
    store = settings.store()
    index_dir = store.index_dir
    result = seedqa.run_seedqa(
        index_dir,
        QUESTIONS,
        open_store(store),
        modes=modes or seedqa.MODES,
        fusion=fusion,
        limit=limit,
    )
    body = result.to_dict() if hasattr(result, "to_dict") else result
    if as_json:
        print(json.dumps(body, ensure_ascii=False))
    elif isinstance(body, dict) and isinstance(body.get("modes"), dict):
        print(f"seed questions ({body.get('queries', '?')}) on {store.where}")
        print(f"{'mode':<10}" + "".join(f"{m:>11}" for m in METRICS))
        for mode, values in body["modes"].items():
            print(f"{mode:<10}" + "".join(f"{values.get(m, float('nan')):>11.4f}" for m in METRICS))
        if "hybrid" in body["modes"] and isinstance(body.get("fusion"), dict):
            print("hybrid fusion: " + ", ".join(f"{k}={v}" for k, v in body["fusion"].items()))
    else:
        print(json.dumps(body, ensure_ascii=False, indent=2))
    return 0


def eval_cli(args: argparse.Namespace) -> int:
    """Entry point of `citeqa eval`; raises ValueError on input the user can fix (the CLI prints it)."""
    modes = check_modes(str(args.modes).split(","))
    fusion = parse_fusion(args.fusion)
    limit = args.limit
    if limit is not None and limit < 1:
        raise ValueError(f"--limit of {limit} is not positive; pass the number of queries to evaluate")
    settings = settings_from(args)
    if args.dataset is None:
        if args.queries is not None:
            raise ValueError("--queries needs --dataset (a BEIR folder the queries file belongs to)")
        return run_seed_questions(args.json, settings, modes, fusion, limit)
    if args.index is not None:  # (it had been ignored: the data set's own cached index was evaluated)
        raise ValueError(
            f"--index does not apply with --dataset: {args.dataset} is evaluated on an index of its own, "
            "cached in .cache/eval (or $CITEQA_EVAL_CACHE); leave out --index"
        )
    progress = not args.json and sys.stderr.isatty()
    milvus = settings.store().milvus
    summary, _ = evaluate_dataset(Path(args.dataset), args.queries, modes, fusion, limit, progress, milvus)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print_table(summary)
    return 0
