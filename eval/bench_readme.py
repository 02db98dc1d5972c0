"""The README's "Performance" section: the headline numbers of one full-tier benchmark run (targets, search
latency, BM25 against rank-bm25, the server), linking to the full report that eval/bench_report.py writes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from eval.bench_targets import get_nested, targets_table
from eval.report import md_table


def readme_section(r: Mapping[str, Any], report: str) -> str:
    """The README's "Performance" section: the headline numbers of one run, linking to the full report."""
    m = r["machine"]
    rows = []
    for name, s in r.get("sizes", {}).items():
        if "search_ms" in s:
            ms = s["search_ms"]
            before = s.get("search_ms_faiss_default", {})
            rows.append(
                [
                    name,
                    ms["bm25"]["p50"],
                    ms["dense"]["p50"],
                    ms["hybrid"]["p50"],
                    get_nested(before, "hybrid", "p50") or "-",
                    get_nested(s, "ask_ms", "p50") or "-",
                ]
            )
    bm = [
        [n, f"{b['speedup_p50']}×", f"{b['identical_top10']}/{b['queries']}"]
        for n, b in r.get("bm25_vs_rank_bm25", {}).items()
        if "speedup_p50" in b
    ]
    command = "bench-full" if r["tier"] == "full" else "bench"
    parts = [
        "## Performance",
        "",
        f"Measured by `make {command}` ({r['generated_at']}) on {m['cores']} cores ({m['cpu']}); full report "
        f"with method, profiles and every number: [eval/results/{report}](eval/results/{report}).",
        "",
        targets_table(r["targets"]),
        "",
        "Search latency in-process, p50 ms (k = 10, one query encoding per call):",
        "",
        md_table(["passages", "bm25", "dense", "hybrid", "hybrid, faiss as before", "ask"], rows),
        "",
    ]
    if bm:
        parts += [
            "BM25 against rank-bm25 (same tokens, same run):",
            "",
            md_table(["passages", "speed-up (p50)", "identical top-10"], bm),
            "",
        ]
    seeds = get_nested(r, "service", "seeds")
    if isinstance(seeds, Mapping) and "memory" in seeds:
        loads = ", ".join(
            f"{x['mode']} {x['requests_per_s']} req/s (p50 {x['p50_ms']} ms, {x.get('errors', 0)} errors of "
            f"{x.get('requests', '?')})"
            for x in seeds.get("load", [])
        )
        parts += [
            f"Server with the seeds index: cold start {seeds['cold_start']['seconds_median']} s, peak RSS "
            f"{seeds['memory'].get('vmhwm_mib')} MiB; `/search` under load: {loads}.",
            "",
        ]
    return "\n".join(parts)
