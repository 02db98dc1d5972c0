"""Markdown reports of eval/results/milvus-parity.json and milvus-bench.json.

python -m eval.milvus_report
"""

from __future__ import annotations

import json
from typing import Any

from eval.milvus_parity import RESULTS


def parity_markdown(results: dict[str, Any]) -> str:
    lines = [
        "# Milvus backend: recall parity with the embedded index",
        "",
        "`python -m eval.milvus_parity --dataset …` — the cached evaluation index imported into milvus-lite",
        "(vectors reused), both backends answering the same queries with the same query vectors.",
        "S@1 = share of queries with a relevant passage at rank 1; overlap = share of the embedded top 10",
        "also in the Milvus top 10. The last rows are the measured alternative: Milvus's own BM25 function",
        "(jieba analyzer over the normalised passage text) and `hybrid_search` with its rankers.",
        "",
        "| data set | queries | passages | mode | embedded R@1 / S@1 / MRR@10 "
        "| Milvus R@1 / S@1 / MRR@10 | ΔR@1 | top-10 overlap |",
        "|---|--:|--:|---|---|---|--:|--:|",
    ]
    for name, r in results.items():
        for mode in ("bm25", "dense", "hybrid"):
            e, m = r["embedded"][mode], r["milvus"][mode]
            lines.append(
                f"| {name} | {r['queries']} | {r['passages']} | {mode} | "
                f"{e['recall@1']:.4f} / {e['s@1']:.4f} / {e['mrr@10']:.4f} | "
                f"{m['recall@1']:.4f} / {m['s@1']:.4f} / {m['mrr@10']:.4f} | "
                f"{m['recall@1'] - e['recall@1']:+.4f} | {r['top10_overlap'][mode]:.4f} |"
            )
        fn = r["milvus_bm25_function"]
        for label in ("bm25", "hybrid_rrf", "hybrid_weighted"):
            f = fn[label]
            e = r["embedded"]["bm25" if label == "bm25" else "hybrid"]
            lines.append(
                f"| {name} | {r['queries']} | {r['passages']} | Milvus BM25 function: {label} | "
                f"(embedded {e['recall@1']:.4f}) | "
                f"{f['recall@1']:.4f} / {f['s@1']:.4f} / {f['mrr@10']:.4f} | "
                f"{f['recall@1'] - e['recall@1']:+.4f} | n/a |"
            )
    notes = [
        f"{name}: top-10 overlap measured on the first {r['top10_overlap_queries']} queries"
        for name, r in results.items()
        if "top10_overlap_queries" in r
    ]
    notes += [
        f"{name}: first {r['queries']} queries, index model {r['model']}, "
        f"{r['fusion']['normalization']} fusion ({fusion_note(r['fusion'])})"
        for name, r in results.items()
        if "model" in r
    ]
    if notes:
        lines += ["", "; ".join(notes) + "."]
    lines.append("")
    return "\n".join(lines)


def fusion_note(fusion: dict[str, Any]) -> str:
    """The fusion a parity run used: coverage-weighted BM25 and feedback when the run recorded them."""
    high = fusion["bm25_weight"]
    low = fusion.get("uncovered_bm25_weight", high)
    note = f"bm25 weight {low}→{high} by coverage" if low != high else f"bm25 weight {high}"
    depth = fusion.get("feedback_depth", 0)
    return note + (f", feedback {depth} × {fusion['feedback_weight']}" if depth else "")


def bench_markdown(r: dict[str, Any]) -> str:
    lines = [
        f"# Embedded vs Milvus (milvus-lite) at {r['passages']:,} passages",
        "",
        "`python -m eval.bench_milvus` (`make bench-milvus`). Corpus: eval/bench_corpus.py passages",
        f"recombined from real Chinese sentences ({r['documents']:,} documents, "
        f"vocabulary {r['vocabulary']:,}, "
        f"{r['avg_terms_per_passage']} distinct BM25 terms and {r['avg_text_bytes_per_passage']} text bytes",
        f"per passage). Query vectors: {r['query_vectors']}; passage vectors: normalised means of random",
        f"per-sentence unit vectors (512-d) — the encoder was not run. {r['queries']} cmrc2018 questions,",
        "k = 10, one run each after a warm-up query, single client thread, on a shared 2-core machine",
        "(load average ~18 from other jobs during this run: compare the backends, not absolute numbers).",
        "",
        "| mode | backend | p50 ms | p95 ms | top-10 overlap with embedded |",
        "|---|---|--:|--:|--:|",
    ]
    for mode, per in r["search"].items():
        for label, s in per.items():
            overlap = "n/a" if label == "embedded" else f"{r['top10_overlap'][mode][label]:.4f}"
            lines.append(f"| {mode} | {label} | {s['p50_ms']} | {s['p95_ms']} | {overlap} |")
    lines += ["", "| write | backend | seconds |", "|---|---|--:|"]
    for label in [k.removesuffix("_import") for k in r if k.endswith("_import")]:
        imp = r[f"{label}_import"]
        lines.append(
            f"| import {r['passages']:,} passages (vectors and term counts given) | {label} | "
            f"{imp['seconds']} ({imp['passages_per_s']} passages/s) |"
        )
    for label, a in r["add_one_document"].items():
        lines.append(f"| add one 8-passage document (median of 3) | {label} | {a['add_s']} |")
        lines.append(f"| delete it | {label} | {a['delete_s']} |")
    rss = {k: v for k, v in r.items() if k.endswith("_server_rss_mib")}
    if rss:
        lines += [
            "",
            "milvus-lite server RSS after each import: "
            + ", ".join(f"{k.removesuffix('_server_rss_mib')} {v} MiB (cumulative)" for k, v in rss.items()),
        ]
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    parity = RESULTS / "milvus-parity.json"
    if parity.exists():
        (RESULTS / "milvus-parity.md").write_text(parity_markdown(json.loads(parity.read_text())))
    bench = RESULTS / "milvus-bench.json"
    if bench.exists():
        (RESULTS / "milvus-bench.md").write_text(bench_markdown(json.loads(bench.read_text())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
