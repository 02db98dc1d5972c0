"""bench-<tier>.json and bench-<tier>.md from the benchmark results: the numbers, the targets they are held
to (judged in eval/bench_targets.py) and where the time and memory go; the full tier also writes the README's
section (eval/bench_readme.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from eval.bench_readme import readme_section
from eval.bench_targets import targets, targets_table
from eval.report import machine_line, md_table

# the stages eval/bench_search.py `hybrid_profile` times, in the order of a search (its keys)
PROFILE_STAGES = (
    "tokenize",
    "bm25_scores",
    "bm25_top",
    "encode_query",
    "dense_top",
    "fuse",
    "rerank",
    "hits",
    "total",
)


def write_bench(results: dict[str, Any], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    results = {**results, "targets": targets(results)}
    tier = results["tier"]
    json_path = out_dir / f"bench-{tier}.json"
    json_path.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    md_path = out_dir / f"bench-{tier}.md"
    md_path.write_text(bench_markdown(results), encoding="utf-8")
    paths = [json_path, md_path]
    if tier == "full":  # the README shows the full tier's numbers
        readme = out_dir / f"bench-{tier}-readme.md"
        readme.write_text(readme_section(results, md_path.name), encoding="utf-8")
        paths.append(readme)
    return paths


def _threads(sizes: Mapping[str, Any]) -> str:
    first = next((s for s in sizes.values() if "query_encoder_threads" in s), None)
    if first is None:
        return "the retriever's own query encoder and faiss's default OpenMP threads"
    searching = first.get("faiss_search_omp_threads")
    faiss_part = (
        f"faiss searching each question at {searching} OpenMP thread(s) (the process default is "
        f"{first['faiss_omp_threads']}; `indexer.dense.one_omp_thread`)"
        if searching is not None
        else f"faiss with {first['faiss_omp_threads']} OpenMP thread(s)"
    )
    return f"the retriever's query encoder with {first['query_encoder_threads']} BLAS thread(s), {faiss_part}"


def _pct_row(name: str, p: Mapping[str, Any] | None) -> list[Any]:
    if not isinstance(p, Mapping) or "p50" not in p:
        return [name, "-", "-", "-", (p or {}).get("skipped", (p or {}).get("error", "-"))]
    return [name, p["p50"], p["p95"], p["p99"], p.get("calls", "")]


def _ms(x: Any) -> str:
    return "-" if x is None else f"{x:.2f}" if isinstance(x, float) else str(x)


def _command(p: Mapping[str, Any], r: Mapping[str, Any]) -> str:
    return "this run" if p["command"] == r["command"] else f"`{p['command']}`"


def _provenance(r: Mapping[str, Any]) -> list[str]:
    """When each section ran and how busy the machine was (sections can be re-run on their own)."""
    prov = r.get("provenance") or {}
    if not prov:
        return []
    rows = [
        [name, p["generated_at"], p["load_average_before"], p["load_average_after"], _command(p, r)]
        for name, p in prov.items()
    ]
    return [
        md_table(["section", "measured", "load avg before", "load avg after", "command"], rows, "lllll"),
        "",
    ]


def bench_markdown(r: Mapping[str, Any]) -> str:
    m = r["machine"]
    cfg = r["config"]
    parts = [
        f"# Performance — {r['tier']} tier",
        "",
        f"Generated {r['generated_at']} by `{r['command']}`.",
        "",
        f"Machine: {machine_line(m)}. Load average at start {m['load_average']}, at end "
        f"{m.get('load_average_end')} (other jobs shared these cores; latency percentiles are medians over "
        f"{cfg['repeats']} passes over the questions).",
        "",
        *_provenance(r),
        "## Targets",
        "",
        targets_table(r["targets"]),
        "",
    ]
    pool = r.get("pool", {})
    parts += [
        "## Corpora",
        "",
        f"Synthetic passages recombined from {pool.get('sentences')} unique real sentences "
        f"({pool.get('sources')}; "
        f"mean {pool.get('mean_chars')} characters; vocabulary {pool.get('vocabulary')} tokens): each "
        "passage is "
        "one to a few runs of consecutive sentences, 80 to 400 characters; documents of 8 passages. "
        "BM25 tokens "
        "are the concatenation of the sentences' jieba tokens (the share of sampled passages whose full text "
        "tokenises to exactly the same counts is in the table). Dense vectors: every unique sentence is "
        "encoded "
        f"once with {pool.get('encoder', 'USE')}; "
        "a passage's vector is the normalised mean of its sentences' vectors (encoding 1M "
        "passages would take hours on 2 cores; encoder throughput is measured separately on real passages "
        "below). Questions: a fixed sample of cmrc2018 and drcd (simplified) questions, whose paragraphs are "
        "among the source sentences.",
        "",
    ]
    sizes = r.get("sizes", {})
    rows = []
    for name, s in sizes.items():
        if "error" in s:
            rows.append([name, "error", s["error"], "", "", "", "", ""])
            continue
        idx = s["index"]
        b = s.get("build_s") or {}
        rows.append(
            [
                name,
                idx["passages"],
                idx["documents"],
                idx["vocabulary"],
                idx["dense"],
                f"{idx['bytes_per_passage']:,}",
                f"{s['token_agreement']:.3f}",
                "cached" if not b else f"{sum(b.values()):.0f} s",
            ]
        )
    parts += [
        md_table(
            [
                "size",
                "passages",
                "documents",
                "vocabulary",
                "dense index",
                "disk bytes/passage",
                "token agreement",
                "build",
            ],
            rows,
        ),
        "",
    ]

    parts += [
        "## Query latency in-process (ms)",
        "",
        "`Retriever.search(query, k=10, mode)` with a real query encoding per call (no cache), and "
        "`compose_answer` (the body of /ask, its sentence-vector cache emptied before each question). "
        f"As shipped: {_threads(sizes)}; the rows marked *faiss at the process's threads* run the same index "
        "and code with faiss searching at the process's OpenMP threads, as it did before "
        "`indexer.dense.one_omp_thread`.",
        "",
    ]
    rows = []
    for name, s in sizes.items():
        if "error" in s:
            continue
        for mode in ("bm25", "dense", "hybrid"):
            rows.append(_pct_row(f"{name} {mode}", s["search_ms"].get(mode)))
        for mode, p in (s.get("search_ms_faiss_default") or {}).items():
            rows.append(_pct_row(f"{name} {mode}, faiss at the process's threads", p))
        rows.append(_pct_row(f"{name} ask", s.get("ask_ms")))
    parts += [md_table(["size / call", "p50", "p95", "p99", "calls"], rows), ""]
    prof_rows = []
    for name, s in sizes.items():
        profiles = (("hybrid_profile_ms", ""), ("hybrid_profile_ms_faiss_default", ", faiss as before"))
        for key, what in profiles:
            p = s.get(key)
            if p:
                prof_rows.append([name + what, *(p.get(k, "-") for k in PROFILE_STAGES)])
    if prof_rows:
        parts += [
            "Where a hybrid search spends its time (median ms per stage, stages timed one at a time):",
            "",
            md_table(["size", *PROFILE_STAGES], prof_rows),
            "",
        ]

    bm = r.get("bm25_vs_rank_bm25", {})
    rows = []
    for name, b in bm.items():
        if "citeqa_ms" not in b:
            rows.append([name, "-", "-", "-", "-", b.get("skipped") or str(b.get("error", ""))[:200]])
            continue
        rows.append(
            [
                name,
                f"{b['rank_bm25_ms']['p50']:.2f}",
                f"{b['citeqa_ms']['p50']:.3f}",
                f"{b['speedup_p50']}×",
                f"{b['identical_top10']}/{b['queries']}",
                f"max score diff {b['max_abs_score_diff']:.2e}; build {b['build_s']['rank_bm25']} s vs "
                f"{b['build_s']['citeqa']} s; repeats {b['repeats']['rank_bm25']}/{b['repeats']['citeqa']}",
            ]
        )
    parts += [
        "## BM25 against rank-bm25",
        "",
        "Same tokenised corpus and queries, same process: `BM25Okapi.get_scores` + top-10 against citeqa's "
        "`BM25.top` (both: every passage scored, then the 10 best, ties by position).",
        "",
        md_table(
            ["passages", "rank-bm25 p50 ms", "citeqa p50 ms", "speed-up", "identical top-10", "notes"],
            rows,
            "lrrrrl",
        ),
        "",
    ]

    ix = r.get("indexing", {})
    if "ratio" in ix:
        st = ix["stages_s"]
        parts += [
            "## Indexing throughput",
            "",
            f"{ix['documents']} cmrc2018 documents → {ix['passages']} passages"
            + (
                f" and {ix['sentences_embedded']} distinct sentences embedded alone (the sentence stage)"
                if ix.get("sentences_embedded")
                else ""
            )
            + f" ({ix['characters']:,} characters embedded), "
            f"median of {ix['repeats']} alternating runs in one process with one encoder instance; both rows "
            "count passages indexed per second:",
            "",
            md_table(
                ["", "passages/s"],
                [
                    [
                        "end to end (`index_records`: clean, chunk, tokenise, embed, write)",
                        ix["pipeline_passages_per_s"],
                    ],
                    ["encoder alone on the texts it embeds", ix["encoder_passages_per_s"]],
                    ["ratio", ix["ratio"]],
                ],
            ),
            "",
            "Stages timed on their own (seconds): " + ", ".join(f"{k} {v}" for k, v in st.items()) + ".",
            "",
        ]
    elif ix:
        parts += ["## Indexing throughput", "", f"error: {ix.get('error')}", ""]
    add = r.get("incremental_add", {})
    if "seconds_median" in add:
        parts += [
            "## Incremental add",
            "",
            f"One document ({add['document_passages']} passages; a different text each run, "
            f"{add.get('passages_written', '?')} passages written in all) added to a "
            f"{add['index_passages']:,}-passage index "
            f"through `Retriever.add` (embed, append, write a new generation, reload): median "
            f"**{add['seconds_median']} s** (runs {add['runs_s']}). Parts: "
            + ", ".join(f"{k} {v} s" for k, v in add["parts_s"].items())
            + ".",
            "",
        ]
    parts += _service_md(r.get("service", {}))
    return "\n".join(parts)


def _service_md(service: Mapping[str, Any]) -> list[str]:
    if not service:
        return []
    parts = [
        "## Server",
        "",
        "`citeqa serve` on 127.0.0.1, one process. Cold start = spawn to the first healthy "
        "`/healthz` (loads the index, warms jieba and the encoder). RSS from /proc/<pid>/status: VmHWM "
        "is the "
        "peak over the process's life (after the latency and load runs).",
        "",
    ]
    rows = []
    for name, s in service.items():
        if name.endswith("breakdown"):
            continue
        if "error" in s:
            rows.append([name, "-", "-", "-", s["error"][:200]])
            continue
        mem = s.get("memory", {})
        rows.append(
            [
                name,
                s["passages"],
                s["cold_start"]["seconds_median"],
                mem.get("vmhwm_mib"),
                mem.get("vmrss_mib"),
            ]
        )
    parts += [md_table(["index", "passages", "cold start s", "peak RSS MiB", "RSS MiB at end"], rows), ""]
    rows = []
    for name, s in service.items():
        for call, p in (s.get("http_ms") or {}).items():
            rows.append([f"{name} {call}", p["p50"], p["p95"], p["p99"], p["calls"]])
    if rows:
        parts += [
            "Latency over HTTP, sequential requests on one keep-alive connection (ms):",
            "",
            md_table(["index / call", "p50", "p95", "p99", "calls"], rows),
            "",
        ]
    rows = []
    for name, s in service.items():
        for load in s.get("load") or []:
            rows.append(
                [
                    f"{name} {load['mode']}",
                    load["tool"],
                    load["requests_per_s"],
                    load["p50_ms"],
                    load.get("p90_ms", "-"),
                    load["p95_ms"],
                    load["p99_ms"],
                    load["errors"],
                ]
            )
    if rows:
        parts += [
            "`POST /search` under concurrent load (the load generator shares the two cores with the server):",
            "",
            md_table(
                ["index / mode", "tool", "req/s", "p50 ms", "p90 ms", "p95 ms", "p99 ms", "errors"], rows
            ),
            "",
        ]
    br = service.get("seeds_memory_breakdown")
    if isinstance(br, Mapping) and "steps" in br:
        parts += [
            "Where the server's memory goes (seeds index; RSS after each step in a fresh process):",
            "",
            md_table(
                ["step", "RSS MiB", "+ MiB"],
                [
                    [s["step"], s.get("rss_mib", "-"), s.get("delta_mib", s.get("error", "-"))]
                    for s in br["steps"]
                ],
            ),
            "",
        ]
    return parts
