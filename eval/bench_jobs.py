"""Reads and small writes while a large upload is indexed as a job (issue 11: one upload stalled writes).

Against a real `citeqa serve` on 127.0.0.1 over a copy of an index: probes — one /search (hybrid) and one
small JSON upload (answered synchronously), back to back — first with the server idle (the reference, same
run), then while a large upload (202, a job) is parsed, encoded and merged. Reports the probes' latency in
both phases, how many small writes finished while the job was still running, and the job's own time.
Bounded: the job phase stops after --max-seconds.

    python -m eval.bench_jobs --index build/bench-index [--upload-kib 300] [--probes 20]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from eval.bench_search import percentiles
from eval.bench_service import Server

RESULTS = Path(__file__).resolve().parent / "results"
QUERY = "哪些地区设立了人才编制周转池?"


def large_text(kib: int) -> str:
    """Distinct sentences (no two passages alike, so nothing is deduplicated) up to ``kib`` KiB of UTF-8."""
    lines, size, i = ["青萝县人才工作报告"], 0, 0
    while size < kib * 1024:
        line = f"第{i}条：青萝县第{i}批候鸟人才工作站引进专家{i % 40 + 1}名，服务企业{i % 17 + 3}家。"
        lines.append(line)
        size += len(line.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(lines)


def probe(client: httpx.Client, n: int) -> tuple[float, float]:
    """(search ms, small write ms) of one probe; both must succeed."""
    started = time.perf_counter()
    client.post("/search", json={"query": QUERY, "top_k": 5}).raise_for_status()
    searched = time.perf_counter()
    note = {"doc_id": f"probe-{n}", "text": f"綦江区设立第{n}个人才驿站，为高校毕业生提供服务。"}
    written = client.post("/documents", json=note)
    if written.status_code != 201:
        raise RuntimeError(f"small write answered {written.status_code}: {written.text[:300]}")
    done = time.perf_counter()
    return (searched - started) * 1000, (done - searched) * 1000


def summary(samples: list[tuple[float, float]]) -> dict[str, Any]:
    return {
        "probes": len(samples),
        "search_ms": percentiles([s for s, _ in samples]),
        "write_ms": percentiles([w for _, w in samples]),
        "search_max_ms": round(max(s for s, _ in samples), 1),
        "write_max_ms": round(max(w for _, w in samples), 1),
    }


def run(index_dir: Path, upload_kib: int, probes: int, max_seconds: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-jobs-") as tmp:
        copy = Path(tmp) / "index"
        shutil.copytree(index_dir, copy)
        server = Server(copy)
        try:
            with httpx.Client(base_url=server.url, timeout=600) as client:
                probe(client, -1)  # warm-up, outside the measurement
                idle = [probe(client, i) for i in range(probes)]
                text = large_text(upload_kib)
                posted = time.perf_counter()
                accepted = client.post("/documents", json={"doc_id": "large", "text": text})
                if accepted.status_code != 202:
                    raise RuntimeError(f"the large upload answered {accepted.status_code}, not 202")
                url = accepted.headers["location"]
                during: list[tuple[float, float]] = []
                job: dict[str, Any] = {}
                n = probes
                while time.perf_counter() - posted < max_seconds:
                    job = client.get(url).json()
                    if job["status"] in ("done", "failed"):
                        break
                    during.append(probe(client, n))
                    n += 1
                job_seconds = time.perf_counter() - posted
        finally:
            server.stop()
    return {
        "upload_bytes": len(text.encode("utf-8")),
        "job_status": job.get("status"),
        "job_seconds": round(job_seconds, 1),
        "passages": (job.get("results") or [{}])[0].get("document", {}).get("passages"),
        "idle": summary(idle),
        "during_job": summary(during) if during else {"probes": 0},
        "writes_done_while_job_ran": len(during),
    }


def to_markdown(result: dict[str, Any]) -> str:
    idle, during = result["idle"], result["during_job"]
    rows = [
        "| phase | probes | /search p50 / p95 / max ms | small write p50 / p95 / max ms |",
        "|---|---|---|---|",
    ]
    for name, r in (("idle (reference)", idle), ("while the job runs", during)):
        if not r["probes"]:
            continue
        s, w = r["search_ms"], r["write_ms"]
        rows.append(
            f"| {name} | {r['probes']} | {s['p50']:.0f} / {s['p95']:.0f} / {r['search_max_ms']:.0f} "
            f"| {w['p50']:.0f} / {w['p95']:.0f} / {r['write_max_ms']:.0f} |"
        )
    return (
        "# Reads and small writes during a large upload job\n\n"
        f"One upload of {result['upload_bytes'] / 1024:.0f} KiB of text ({result['passages']} passages) was "
        f"answered 202; its job ended `{result['job_status']}` after {result['job_seconds']} s. "
        f"{result['writes_done_while_job_ran']} small writes (and as many searches) were answered while it "
        "ran.\n\n"
        + "\n".join(rows)
        + "\n\n`python -m eval.bench_jobs` (loopback, the index's own model; the reference is the same "
        "server idle, in the same run).\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--upload-kib", type=int, default=300)
    parser.add_argument("--probes", type=int, default=20)
    parser.add_argument("--max-seconds", type=float, default=900)
    parser.add_argument("--out", type=Path, default=RESULTS / "bench-jobs")
    args = parser.parse_args()
    result = run(args.index, args.upload_kib, args.probes, args.max_seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    args.out.with_suffix(".md").write_text(to_markdown(result), encoding="utf-8")
    print(to_markdown(result))


if __name__ == "__main__":
    main()
