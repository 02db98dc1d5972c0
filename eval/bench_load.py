"""`python -m eval.bench_load`: /search under load from locust (headless, on 127.0.0.1, bounded in time)
against `citeqa serve --workers N` on a copy of the seeds index, plus the server's RSS.

For each worker count: warm up, then run 50 users with no think time for the measured duration, and read
locust's stats (requests/s, p50/p95/p99, failures). Results go to eval/results/bench-load.{json,md}.
The load generator shares the machine's cores with the server, as it would on a small host.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from eval.bench_service import free_port, proc_memory

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "eval" / "results"
CITEQA = str(Path(sys.executable).parent / "citeqa")
LOCUST = str(Path(sys.executable).parent / "locust")
LOCUSTFILE = ROOT / "eval" / "load" / "locustfile.py"


def _start(index_dir: Path, workers: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    with open(log, "wb") as handle:
        proc = subprocess.Popen(
            [
                CITEQA,
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--index",
                str(index_dir),
                "--workers",
                str(workers),
            ],
            stdout=subprocess.DEVNULL,
            stderr=handle,
            env={**os.environ, "CITEQA_LLM_BASE_URL": "", "CITEQA_RATE_LIMIT": "1000000/minute"},
        )
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
    _stop(proc)
    raise RuntimeError("server not healthy in time")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    kids = [int(p) for p in text.split()]
    return kids + [k for kid in kids for k in _children(kid)]


def _locust(url: str, users: int, seconds: int, prefix: Path, mode: str) -> dict[str, Any]:
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
        env={**os.environ, "CITEQA_LOAD_MODE": mode},
    )
    rows = list(csv.DictReader(open(f"{prefix}_stats.csv", encoding="utf-8")))
    total = next(r for r in rows if r["Name"] == "Aggregated")
    return {
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "req_per_s": round(float(total["Requests/s"]), 1),
        "p50_ms": float(total["50%"]),
        "p95_ms": float(total["95%"]),
        "p99_ms": float(total["99%"]),
        "max_ms": float(total["Max Response Time"]),
        "locust_exit": run.returncode,
    }


def run(workers_list: list[int], users: int, seconds: int, mode: str, index: Path) -> dict[str, Any]:
    out: dict[str, Any] = {
        "users": users,
        "seconds": seconds,
        "mode": mode,
        "cores": os.cpu_count(),
        "load_average_before": os.getloadavg(),
        "runs": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for workers in workers_list:
            index_dir = Path(tmp) / f"index-{workers}"
            shutil.copytree(index, index_dir)
            proc, url = _start(index_dir, workers, Path(tmp) / f"serve-{workers}.log")
            try:
                _locust(url, users, 5, Path(tmp) / f"warm-{workers}", mode)  # warm every worker
                result = _locust(url, users, seconds, Path(tmp) / f"run-{workers}", mode)
                pids = [p for p in [proc.pid, *_children(proc.pid)] if proc_memory(p)]
                memory = {str(p): proc_memory(p) for p in pids}
                serving = [m["vmrss_mib"] for p, m in memory.items() if int(p) != proc.pid or workers == 1]
                result.update(
                    workers=workers,
                    rss_mib_per_worker=serving,
                    max_rss_mib=max(serving) if serving else None,
                )
            finally:
                _stop(proc)
            out["runs"].append(result)
            print(json.dumps(result), file=sys.stderr)
    return out


def report(result: dict[str, Any]) -> str:
    lines = [
        "# /search under load",
        "",
        f"locust (headless, FastHttpUser), {result['users']} users with no think time, "
        f"{result['seconds']} s per run, mode {result['mode']}, top_k 5, the 69 seed questions in turn; "
        "`citeqa serve --workers N` on "
        f"127.0.0.1 with the seeds index; {result['cores']} cores shared by server and load generator "
        f"(load average before: {', '.join(f'{x:.2f}' for x in result['load_average_before'])}).",
        "",
        "| workers | req/s | p50 ms | p95 ms | p99 ms | max ms | requests | errors | RSS MiB per worker |",
        "|--:|--:|--:|--:|--:|--:|--:|--:|--|",
    ]
    for r in result["runs"]:
        rss = ", ".join(f"{x:.0f}" for x in r["rss_mib_per_worker"])
        lines.append(
            f"| {r['workers']} | {r['req_per_s']} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} "
            f"| {r['p99_ms']:.0f} | {r['max_ms']:.0f} | {r['requests']} | {r['failures']} | {rss} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", default="1,2,3", help="comma-separated worker counts")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--mode", default="hybrid")
    parser.add_argument("--index", type=Path, required=True, help="an index of seeds/ to copy")
    parser.add_argument("--out", default="bench-load")
    args = parser.parse_args(argv)
    result = run([int(w) for w in args.workers.split(",")], args.users, args.seconds, args.mode, args.index)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.out}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (RESULTS / f"{args.out}.md").write_text(report(result), encoding="utf-8")
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
