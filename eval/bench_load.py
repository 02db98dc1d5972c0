"""`python -m eval.bench_load`: /search under load from locust (headless, on 127.0.0.1, bounded in time)
against `citeqa serve --workers N` on a copy of the seeds index, plus the server's RSS.

For each worker count: warm up, then run 50 users with no think time for the measured duration, and read
locust's stats (requests/s, p50/p95/p99, failures). Results go to eval/results/bench-load.{json,md}.
The load generator shares the machine's cores with the server, as it would on a small host.

CPU time per request (server processes from /proc, locust from its rusage) is measured too: it does not
depend on what else the machine runs, so ``capacity`` = cores × 1000 / (server + load-generator CPU ms per
request) says what the cores would sustain when they are all ours. ``--reference ROOT`` runs the same load
against the server of another source tree (e.g. the previous release), one process, in the same run.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from eval.bench_service import proc_memory
from eval.child import free_port, stop_child

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "eval" / "results"
CITEQA = str(Path(sys.executable).parent / "citeqa")
LOCUST = str(Path(sys.executable).parent / "locust")
LOCUSTFILE = ROOT / "eval" / "load" / "locustfile.py"
SERVING_MIB = 50  # a process smaller than this holds no index: a supervisor or helper


def _start(
    index_dir: Path, workers: int, log: Path, root: Path | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "CITEQA_LLM_BASE_URL": "", "CITEQA_RATE_LIMIT": "1000000/minute"}
    command = [CITEQA, "serve", "--host", "127.0.0.1", "--port", str(port), "--index", str(index_dir)]
    if root is not None:
        env["PYTHONPATH"] = str(root)  # the reference tree's server (it may not know --workers)
    else:
        command += ["--workers", str(workers)]
    with open(log, "wb") as handle:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=handle, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    healthy = 0
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        try:
            healthy = healthy + 1 if httpx.get(url + "/healthz", timeout=2).status_code == 200 else 0
        except httpx.HTTPError:
            healthy = 0
        if healthy >= 3 * workers:  # several answers in a row: every worker is up, not just the first
            return proc, url
        time.sleep(0.3)
    stop_child(proc, timeout=20)
    raise RuntimeError("server not healthy in time")


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds of these processes so far, from /proc/<pid>/stat."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    kids = [int(p) for p in text.split()]
    return kids + [k for kid in kids for k in _children(kid)]


def _locust(
    url: str,
    users: int,
    seconds: int,
    prefix: Path,
    mode: str,
    server_pids: list[int],
    questions: tuple[Path, ...] = (),
) -> dict[str, Any]:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_cpu = _cpu_seconds(server_pids)
    run = subprocess.run(
        [
            LOCUST,
            "-f",
            str(LOCUSTFILE),
            "--headless",
            "--host",
            url,
            "-u",
            str(users),
            "-r",
            str(users),
            "-t",
            f"{seconds}s",
            "--csv",
            str(prefix),
            "--only-summary",
            "--stop-timeout",
            "5",
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 120,
        env={
            **os.environ,
            "CITEQA_LOAD_MODE": mode,
            "CITEQA_LOAD_QUESTIONS": os.pathsep.join(str(q) for q in questions),
        },
    )
    server_cpu = _cpu_seconds(server_pids) - server_cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    locust_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    total = next(r for r in rows if r["Name"] == "Aggregated")
    requests = max(1, int(total["Request Count"]))
    cores = os.cpu_count() or 1
    server_ms, locust_ms = server_cpu * 1000 / requests, locust_cpu * 1000 / requests
    return {
        "server_cpu_ms_per_request": round(server_ms, 3),
        "locust_cpu_ms_per_request": round(locust_ms, 3),
        "capacity_req_per_s": round(cores * 1000 / (server_ms + locust_ms), 1),
        "server_only_capacity_req_per_s": round(cores * 1000 / server_ms, 1) if server_ms else None,
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "req_per_s": round(float(total["Requests/s"]), 1),
        "p50_ms": float(total["50%"]),
        "p95_ms": float(total["95%"]),
        "p99_ms": float(total["99%"]),
        "max_ms": float(total["Max Response Time"]),
        "locust_exit": run.returncode,
    }


# Questions asked once each: a serving process's query-vector cache never helps, so every request encodes.
DISTINCT = ("cmrc2018/queries.jsonl", "drcd/queries.jsonl")
QUESTION_SETS = ("repeated", "distinct")


def _question_files(kind: str, bench: Path) -> tuple[Path, ...]:
    return tuple(bench / name for name in DISTINCT) if kind == "distinct" else ()


def _measure(
    index: Path,
    tmp: Path,
    label: str,
    workers: int,
    users: int,
    seconds: int,
    mode: str,
    root: Path | None,
    questions: tuple[Path, ...] = (),
) -> dict[str, Any]:
    name = f"{label}-{workers}-{len(questions)}"
    index_dir = tmp / f"index-{name}"
    shutil.copytree(index, index_dir)
    proc, url = _start(index_dir, workers, tmp / f"serve-{name}.log", root)
    try:
        pids = [proc.pid, *_children(proc.pid)]
        _locust(url, users, 5, tmp / f"warm-{name}", mode, pids)  # warm every worker (seed questions)
        result = _locust(url, users, seconds, tmp / f"run-{name}", mode, pids, questions)
        memory = {p: proc_memory(p) for p in pids}
        # With --workers the first process only supervises, and multiprocessing keeps a small helper; the
        # processes holding an index are the ones that serve.
        serving = [
            m["vmrss_mib"]
            for p, m in memory.items()
            if m and (p != proc.pid or len(pids) == 1) and m["vmrss_mib"] > SERVING_MIB
        ]
        result.update(server=label, workers=workers, rss_mib_per_worker=serving, max_rss_mib=max(serving))
    finally:
        stop_child(proc, timeout=20)
    print(json.dumps(result), file=sys.stderr)
    return result


def run(
    workers_list: list[int],
    users: int,
    seconds: int,
    mode: str,
    index: Path,
    reference: Path | None,
    bench: Path,
    kinds: tuple[str, ...] = QUESTION_SETS,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "users": users,
        "seconds": seconds,
        "mode": mode,
        "cores": os.cpu_count(),
        "load_average_before": os.getloadavg(),
        "runs": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            files = _question_files(kind, bench)
            if reference is not None:
                ref = reference.resolve()
                row = _measure(index, Path(tmp), "reference", 1, users, seconds, mode, ref, files)
                out["runs"].append({**row, "questions": kind})
            for workers in workers_list:
                row = _measure(index, Path(tmp), "citeqa", workers, users, seconds, mode, None, files)
                out["runs"].append({**row, "questions": kind})
    out["load_average_after"] = os.getloadavg()
    return out


def report(result: dict[str, Any]) -> str:
    lines = [
        "# /search under load",
        "",
        f"locust (headless, FastHttpUser), {result['users']} users with no think time, "
        f"{result['seconds']} s per run, mode {result['mode']}, top_k 5; questions *repeated* = the 69 seed "
        "questions in turn (after the warm-up every question vector is in each worker's query cache), "
        "*distinct* = the cmrc2018 + drcd bench questions, each asked once (every request encodes); "
        "`citeqa serve --workers N` on "
        f"127.0.0.1 with the seeds index; {result['cores']} cores shared by server and load generator "
        f"(load average before: {', '.join(f'{x:.2f}' for x in result['load_average_before'])}).",
        "",
        "| server | questions | workers | req/s | p50 ms | p95 ms | p99 ms | max ms | requests | errors "
        "| server CPU ms/req | locust CPU ms/req | capacity req/s | RSS MiB per worker |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--|",
    ]
    for r in result["runs"]:
        rss = ", ".join(f"{x:.0f}" for x in r["rss_mib_per_worker"])
        lines.append(
            f"| {r['server']} | {r.get('questions', 'repeated')} | {r['workers']} | {r['req_per_s']} "
            f"| {r['p50_ms']:.0f} | {r['p95_ms']:.0f} "
            f"| {r['p99_ms']:.0f} | {r['max_ms']:.0f} | {r['requests']} | {r['failures']} "
            f"| {r['server_cpu_ms_per_request']:.2f} | {r['locust_cpu_ms_per_request']:.2f} "
            f"| {r['capacity_req_per_s']:.0f} | {rss} |"
        )
    lines += [
        "",
        "capacity = cores × 1000 / (server + locust CPU ms per request): the rate these cores sustain when "
        "nothing else runs on them (CPU time per request does not depend on the machine's other load). "
        f"Load average after: {', '.join(f'{x:.2f}' for x in result['load_average_after'])}.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", default="1,2,3", help="comma-separated worker counts")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--mode", default="hybrid")
    parser.add_argument("--index", type=Path, required=True, help="an index of seeds/ to copy")
    parser.add_argument("--out", default="bench-load")
    parser.add_argument("--reference", type=Path, default=None, help="source tree of a reference server")
    parser.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--questions", default=",".join(QUESTION_SETS), help="repeated and/or distinct")
    args = parser.parse_args(argv)
    kinds = tuple(k for k in args.questions.split(",") if k)
    if unknown := [k for k in kinds if k not in QUESTION_SETS]:
        parser.error(f"unknown question set {unknown[0]!r}: use {' or '.join(QUESTION_SETS)}")
    workers = [int(w) for w in args.workers.split(",")]
    result = run(workers, args.users, args.seconds, args.mode, args.index, args.reference, args.bench, kinds)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.out}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (RESULTS / f"{args.out}.md").write_text(report(result), encoding="utf-8")
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
