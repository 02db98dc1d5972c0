"""The server as a process: cold start to a healthy /healthz, peak RSS, latency over HTTP, and throughput
under concurrent load from wrk (or a bounded Python load generator) — on 127.0.0.1 only, for bounded time."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from eval.bench_search import median_of_repeats, percentiles
from eval.child import free_port, stop_child

logger = logging.getLogger(__name__)
HOST = "127.0.0.1"
CITEQA = str(Path(sys.executable).parent / "citeqa")


def proc_memory(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (peak RSS) of a process, in MiB, from /proc/<pid>/status."""
    out: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, value = line.split(":", 1)
                    out[key.lower() + "_mib"] = round(int(value.split()[0]) / 1024, 1)
    except OSError:
        pass
    return out


class Server:
    """`citeqa serve` on a free loopback port, started and stopped by this process only."""

    def __init__(self, index_dir: Path, timeout: float = 600) -> None:
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        self._log = tempfile.TemporaryFile()
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            [CITEQA, "serve", "--host", HOST, "--port", str(self.port), "--index", str(index_dir)],
            stdout=subprocess.DEVNULL,
            stderr=self._log,
            # loopback load from one client: the per-client rate limit would answer most of it with 429
            env={**os.environ, "CITEQA_INDEX": str(index_dir), "CITEQA_RATE_LIMIT": "1000000/minute"},
        )
        deadline = started + timeout
        while True:
            if self.proc.poll() is not None:
                self._log.seek(0)
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self._log.read()[-2000:]!r}")
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() > deadline:
                self.stop()
                raise RuntimeError(f"server on {index_dir} not healthy after {timeout:.0f}s")
            time.sleep(0.02)
        self.cold_start_s = time.perf_counter() - started

    def memory(self) -> dict[str, float]:
        return proc_memory(self.proc.pid)

    def stop(self) -> None:
        stop_child(self.proc, timeout=20)
        self._log.close()


def cold_start(index_dir: Path, repeats: int) -> dict[str, Any]:
    """Seconds from spawning `citeqa serve` to the first healthy /healthz (includes loading the index and
    warming the tokenizer and encoder), median over repeats, with the memory right after start."""
    runs, memory = [], {}
    for _ in range(repeats):
        server = Server(index_dir)
        runs.append(server.cold_start_s)
        memory = server.memory()
        server.stop()
    return {
        "seconds_median": round(sorted(runs)[len(runs) // 2], 2),
        "runs_s": [round(r, 2) for r in runs],
        "memory_after_start": memory,
    }


def http_latency(server: Server, queries: Sequence[str], repeats: int, ask: bool = True) -> dict[str, Any]:
    """Sequential requests over one keep-alive connection: /search per mode, then /ask."""
    out: dict[str, Any] = {}
    with httpx.Client(base_url=server.url, timeout=60) as client:
        targets: list[tuple[str, str, dict[str, Any]]] = [
            (mode, "/search", {"top_k": 10, "mode": mode}) for mode in ("bm25", "dense", "hybrid")
        ]
        if ask:
            targets.append(("ask", "/ask", {"top_k": 5}))
        for label, path, extra in targets:
            key = "question" if path == "/ask" else "query"
            for q in queries[:3]:
                client.post(path, json={key: q, **extra}).raise_for_status()
            per_repeat = []
            errors = 0
            for _ in range(repeats):
                samples = []
                for q in queries:
                    started = time.perf_counter()
                    r = client.post(path, json={key: q, **extra})
                    samples.append((time.perf_counter() - started) * 1000)
                    errors += int(r.status_code != 200)
                per_repeat.append(percentiles(samples))
            out[label] = {
                **median_of_repeats(per_repeat),
                "calls": len(queries) * repeats,
                "repeats": repeats,
                "errors": errors,
            }
    return out


_WRK_LUA = """
local bodies = {}
local n = 0
for line in io.lines("%(bodies)s") do n = n + 1; bodies[n] = line end
local i = 0
request = function()
  i = i %% n + 1
  return wrk.format("POST", "/search", {["Content-Type"] = "application/json"}, bodies[i])
end
done = function(summary, latency, requests)
  io.write(string.format('WRKJSON {"requests": %%d, "duration_us": %%d, "errors": %%d, "non2xx": %%d, ' ..
    '"p50_us": %%d, "p90_us": %%d, "p95_us": %%d, "p99_us": %%d, "max_us": %%d}\\n',
    summary.requests, summary.duration, summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout, summary.errors.status, latency:percentile(50), latency:percentile(90),
    latency:percentile(95), latency:percentile(99), latency.max))
end
"""


def load_test(
    server: Server, queries: Sequence[str], mode: str, seconds: float, connections: int, threads: int = 1
) -> dict[str, Any]:
    """Requests per second and latency percentiles of POST /search under ``connections`` concurrent
    clients."""
    with tempfile.TemporaryDirectory() as tmp:
        bodies = Path(tmp) / "bodies.txt"
        bodies.write_text(
            "\n".join(
                json.dumps({"query": q, "top_k": 10, "mode": mode}, ensure_ascii=False) for q in queries
            )
            + "\n",
            encoding="utf-8",
        )
        wrk = shutil.which("wrk")
        if wrk:
            script = Path(tmp) / "search.lua"
            script.write_text(_WRK_LUA % {"bodies": bodies}, encoding="utf-8")
            cmd = [
                wrk,
                f"-t{threads}",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "30s",
                "-s",
                str(script),
                server.url,
            ]
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 120, check=True)
            line = next(x for x in done.stdout.splitlines() if x.startswith("WRKJSON "))
            raw = json.loads(line[len("WRKJSON ") :])
            secs = raw["duration_us"] / 1e6
            return {
                "tool": f"wrk -t{threads} -c{connections} -d{max(1, round(seconds))}s",
                "mode": mode,
                "connections": connections,
                "seconds": round(secs, 2),
                "requests": raw["requests"],
                "requests_per_s": round(raw["requests"] / secs, 1),
                "errors": raw["errors"] + raw["non2xx"],
                **{f"p{p}_ms": round(raw[f"p{p}_us"] / 1000, 2) for p in (50, 90, 95, 99)},
            }
        return _python_load(server, queries, mode, seconds, connections)


def _python_load(
    server: Server,
    queries: Sequence[str],
    mode: str,
    seconds: float,
    connections: int,
) -> dict[str, Any]:
    """Fallback load generator: one thread and keep-alive client per connection, for a bounded time."""
    samples: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        local: list[float] = []
        with httpx.Client(base_url=server.url, timeout=30) as client:
            i = offset
            while time.perf_counter() < stop_at:
                started = time.perf_counter()
                try:
                    ok = (
                        client.post(
                            "/search", json={"query": queries[i % len(queries)], "top_k": 10, "mode": mode}
                        ).status_code
                        == 200
                    )
                except httpx.HTTPError:
                    ok = False
                local.append((time.perf_counter() - started) * 1000)
                if not ok:
                    with lock:
                        errors[0] += 1
                i += 1
        with lock:
            samples.extend(local)

    started = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    secs = time.perf_counter() - started
    pct = percentiles(samples)
    return {
        "tool": f"python threads x{connections}",
        "mode": mode,
        "connections": connections,
        "seconds": round(secs, 2),
        "requests": len(samples),
        "requests_per_s": round(len(samples) / secs, 1),
        "errors": errors[0],
        **{f"{k}_ms": v for k, v in pct.items()},
    }


def memory_breakdown(index_dir: Path) -> dict[str, Any]:
    """RSS after each step of what the server loads, in a fresh process (where the memory goes)."""
    done = subprocess.run(
        [sys.executable, "-m", "eval.bench_memory", str(index_dir)],
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
