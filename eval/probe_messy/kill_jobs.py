"""SIGKILL (or SIGTERM) `citeqa serve` — our own pid, on 127.0.0.1 — again and again while it runs upload
jobs, deletes and re-uploads of the same doc_ids; after each kill, restart it and check that every
document acknowledged before the kill holds its latest acknowledged content and is searchable by it, that no
passage of a replaced or deleted version is left (no half document), that no job reads queued or running,
that /ask answers, and that `citeqa check` passes.

    python -m eval.probe_messy.kill_jobs INDEX_DIR ROUNDS [SEED] [--term] [--log DIR]
    python -m eval.probe_messy.kill_jobs INDEX_DIR ROUNDS [SEED] --milvus [--kill-milvus]

--milvus: the index INDEX_DIR is copied into a `milvus-lite server` the probe starts (its data beside the
log), and `citeqa serve --backend milvus` serves it; instead of `citeqa check`, each round compares BM25
scores before and after `milvus_admin rebuild-stats` (a statistic left wrong by a kill changes them).
--kill-milvus: every other round SIGKILLs the milvus-lite server instead, restarts it on the same data
and port, and verifies through the citeqa server that stayed up.

A write in flight at the kill may land or not: its document may then hold either the state acknowledged
before it or the one it was writing, nothing else. Prints one JSON line per round and a FINAL line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from eval.milvus_server import LiteServer
from tests.conftest import CITEQA, free_port

GONE = "<deleted>"
CSRF = {"X-Requested-With": "curl"}


@dataclass
class Doc:
    """What a doc_id may hold: ``confirmed`` acknowledged, ``pending`` a write in flight (None: none)."""

    confirmed: str | None = None  # a version marker, GONE, or None (never written)
    pending: list[str | None] = field(default_factory=list)


RUN = format(int(time.time()) % 100000, "05d")  # versions of another run over the same index differ


def marker(doc_id: str, version: int) -> str:
    return f"版本{doc_id.replace('-', '之')}第{RUN}{version:04d}稿"


def text_of(doc_id: str, version: int) -> str:
    # the marker is in every paragraph, so every passage of a version carries it
    m = marker(doc_id, version)
    return "\n\n".join(f"{m}：故障注入探针的第{i}段，运城市人才编制周转池按{m}执行。" for i in range(3))


class Probe:
    def __init__(self, index: Path, log_dir: Path, term: bool, lite: LiteServer | None = None) -> None:
        self.index, self.log_dir, self.term, self.lite = index, log_dir, term, lite
        self.collection = f"probe{RUN}"
        self.kill_milvus = False
        self.docs: dict[str, Doc] = {}
        self.version = 0
        self.guard = threading.Lock()
        self.stats: dict[str, int] = {
            "rounds": 0,
            "acked_writes": 0,
            "acked_deletes": 0,
            "jobs_done": 0,
            "cut": 0,
            "5xx": 0,
            "wrong_state": 0,
            "stale_passages": 0,
            "unsearchable": 0,
            "job_still_running": 0,
            "check_fail": 0,
            "ask_fail": 0,
            "restart_fail": 0,
            "tracebacks": 0,
            "milvus_kills": 0,
            "backend_down": 0,
        }
        self.log = (log_dir / "kill_jobs.log").open("a", encoding="utf-8", buffering=1)

    # ---------- server ----------
    def start(self) -> tuple[subprocess.Popen[bytes], str, Path]:
        port = free_port()
        err = self.log_dir / f"kill-jobs-serve-{port}.err"
        command = [CITEQA, "serve", "--host", "127.0.0.1", "--port", str(port), "--index", str(self.index)]
        with err.open("wb") as handle:  # the child keeps its own copy of the descriptor
            proc = subprocess.Popen(
                [*command, *self.store_flags()],
                stdout=subprocess.DEVNULL,
                stderr=handle,
                env={**os.environ, "CITEQA_RATE_LIMIT": "1000000/minute", "CITEQA_LLM_BASE_URL": ""},
            )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited {proc.returncode}: {err.read_text()[-1500:]}")
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    return proc, url, err
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        proc.kill()
        raise RuntimeError("no /healthz in 180 s")

    # ---------- writers ----------
    def next_version(self) -> int:
        with self.guard:
            self.version += 1
            return self.version

    def note(self, response: httpx.Response) -> None:
        if response.status_code == 503 and self.lite is not None and "backend_unavailable" in response.text:
            self.stats["backend_down"] += 1  # Milvus killed: the documented answer; the write may have begun
            time.sleep(0.2)
        elif response.status_code >= 500:
            self.stats["5xx"] += 1
            self.log.write(f"5xx {response.status_code} {response.text[:300]}\n")

    def json_writer(self, wid: int, url: str, stop: threading.Event) -> None:
        """Re-uploads (new versions) and deletes of a few doc_ids, synchronously."""
        with httpx.Client(timeout=120) as client:
            self._json_writes(wid, url, stop, client)

    def _json_writes(self, wid: int, url: str, stop: threading.Event, client: httpx.Client) -> None:
        ids = [f"j{wid}-{k}" for k in range(5)]
        while not stop.is_set():
            doc_id = random.choice(ids)
            doc = self.docs.setdefault(doc_id, Doc())
            delete = doc.confirmed not in (None, GONE) and random.random() < 0.25
            try:
                if delete:
                    doc.pending = [GONE]
                    response = client.delete(f"{url}/documents/{doc_id}")
                    if response.status_code in (200, 204):
                        doc.confirmed, doc.pending = GONE, []
                        self.stats["acked_deletes"] += 1
                else:
                    version = self.next_version()
                    doc.pending = [marker(doc_id, version)]
                    body = {"doc_id": doc_id, "title": f"探针{doc_id}", "text": text_of(doc_id, version)}
                    response = client.post(f"{url}/documents", json=body)
                    if response.status_code in (200, 201):
                        doc.confirmed, doc.pending = marker(doc_id, version), []
                        self.stats["acked_writes"] += 1
                self.note(response)
                if 400 <= response.status_code < 500:  # refused: nothing written (a 503 may have begun)
                    doc.pending = []
            except httpx.HTTPError:
                self.stats["cut"] += 1  # the kill: the pending write may or may not have landed
                return

    def job_writer(self, wid: int, url: str, stop: threading.Event) -> None:
        """Uploads sent as jobs (?wait=false), each a new version of one of a few files, followed to their
        end; deletes of them now and then."""
        with httpx.Client(timeout=120) as client:
            self._job_writes(wid, url, stop, client)

    def _job_writes(self, wid: int, url: str, stop: threading.Event, client: httpx.Client) -> None:
        names = [f"job{wid}x{k}" for k in range(3)]
        while not stop.is_set():
            doc_id = random.choice(names)  # a top-level .txt with an ASCII stem keeps its stem as its id
            doc = self.docs.setdefault(doc_id, Doc())
            try:
                if doc.confirmed not in (None, GONE) and random.random() < 0.2:
                    doc.pending = [GONE]
                    response = client.delete(f"{url}/documents/{doc_id}")
                    if response.status_code in (200, 204):
                        doc.confirmed, doc.pending = GONE, []
                        self.stats["acked_deletes"] += 1
                    self.note(response)
                    continue
                version = self.next_version()
                doc.pending = [marker(doc_id, version)]
                data = text_of(doc_id, version).encode("gb18030")
                response = client.post(
                    f"{url}/documents?wait=false", files={"file": (f"{doc_id}.txt", data)}, headers=CSRF
                )
                self.note(response)
                if response.status_code != 202:
                    if response.status_code < 500:
                        doc.pending = []
                    continue
                status_url = url + response.json()["status_url"]
                while (job := client.get(status_url).json())["status"] not in ("done", "failed"):
                    time.sleep(0.05)
                result = (job.get("results") or [{}])[0]
                if job["status"] == "done" and result.get("status") in (200, 201):
                    got = result["document"]["doc_id"]
                    if got != doc_id:
                        self.log.write(f"job doc_id {got} != {doc_id}\n")
                    doc.confirmed, doc.pending = marker(doc_id, version), []
                    self.stats["jobs_done"] += 1
                elif (job.get("error") or {}).get("code") == "backend_unavailable":
                    time.sleep(0.2)  # Milvus killed mid-job: its write may have begun; pending stays
                else:
                    self.log.write(f"job ended {json.dumps(job, ensure_ascii=False)[:300]}\n")
                    doc.pending = []
            except httpx.HTTPError:
                self.stats["cut"] += 1
                return

    # ---------- after a kill ----------
    def verify(self, url: str, rnd: int) -> None:
        with httpx.Client(timeout=120) as client:
            self._verify(url, rnd, client)

    def _verify(self, url: str, rnd: int, client: httpx.Client) -> None:
        for doc_id, doc in sorted(self.docs.items()):
            allowed = {doc.confirmed, *doc.pending}  # None: never written, absent as GONE is
            response = client.get(f"{url}/documents/{doc_id}")
            if response.status_code == 404:
                state = GONE if GONE in allowed else None if None in allowed else "<missing>"
            else:
                text = response.json()["text"]
                state = next((m for m in allowed if m not in (None, GONE) and m in text), "<other>")
            if state not in allowed:
                self.stats["wrong_state"] += 1
                self.log.write(f"round {rnd} {doc_id}: {state} not in {allowed}\n")
                continue
            doc.confirmed, doc.pending = (GONE if state is None else state), []
            # every passage /search finds for this id carries the current version: none of an older one
            query = {"query": "故障注入探针 运城市人才编制周转池", "top_k": 50, "mode": "bm25"}
            hits = client.post(f"{url}/search", json={**query, "filters": {"doc_id": doc_id}}).json()[
                "results"
            ]
            if doc.confirmed == GONE:
                if hits:
                    self.stats["stale_passages"] += 1
                    self.log.write(f"round {rnd} {doc_id}: deleted, {len(hits)} passages found\n")
                continue
            if not hits:
                self.stats["unsearchable"] += 1
                self.log.write(f"round {rnd} {doc_id}: no passage found\n")
            stale = [h["passage_id"] for h in hits if doc.confirmed not in h["text"]]
            if stale:
                self.stats["stale_passages"] += 1
                self.log.write(f"round {rnd} {doc_id}: stale passages {stale}\n")
        jobs_dir = self.index / "jobs" if self.lite is None else self.index.parent / f"jobs-{self.collection}"
        for path in jobs_dir.glob("*.json") if jobs_dir.is_dir() else []:
            job = client.get(f"{url}/jobs/{path.stem}")
            if job.status_code == 200 and job.json()["status"] in ("queued", "running"):
                self.stats["job_still_running"] += 1
                self.log.write(f"round {rnd} job {path.stem} reads {job.json()['status']}\n")
        ask = client.post(f"{url}/ask", json={"question": "运城市人才编制周转池按什么执行？"})
        if ask.status_code != 200 or not ask.json().get("answer"):
            self.stats["ask_fail"] += 1
            self.log.write(f"round {rnd} ask {ask.status_code} {ask.text[:200]}\n")

    def wait_for_backend(self, url: str, rnd: int) -> None:
        """After milvus-lite restarts: the citeqa server that stayed up answers searches again."""
        deadline = time.monotonic() + 120
        query = {"query": "人才", "top_k": 1, "mode": "bm25"}
        while time.monotonic() < deadline:
            if httpx.post(f"{url}/search", json=query, timeout=60).status_code == 200:
                return
            time.sleep(0.5)
        self.stats["restart_fail"] += 1
        self.log.write(f"round {rnd}: the server did not reach the restarted Milvus in 120 s\n")

    def store_flags(self) -> list[str]:
        if self.lite is None:
            return []
        return ["--backend", "milvus", "--milvus-uri", self.lite.uri, "--milvus-collection", self.collection]

    def milvus_stats_exact(self, url: str, rnd: int) -> None:
        """BM25 scores before and after a recount of the statistics: equal when no kill left them wrong."""
        assert self.lite is not None
        query = {"query": "故障注入探针 运城市人才编制周转池", "top_k": 20, "mode": "bm25"}
        before = httpx.post(f"{url}/search", json=query, timeout=120).json()["results"]
        admin = [sys.executable, "-m", "indexer.milvus_admin", "rebuild-stats"]
        done = subprocess.run(
            [*admin, "--uri", self.lite.uri, "--collection", self.collection], capture_output=True, text=True
        )
        after = httpx.post(f"{url}/search", json=query, timeout=120).json()["results"]
        scores = [[(h["passage_id"], round(h["score"], 3)) for h in hits] for hits in (before, after)]
        if done.returncode != 0 or scores[0] != scores[1]:
            self.stats["check_fail"] += 1
            self.log.write(f"round {rnd} stats: {done.stderr.strip()} {scores[0][:3]} vs {scores[1][:3]}\n")

    def check(self, rnd: int) -> None:
        if self.lite is not None:
            return  # milvus: milvus_stats_exact, through the restarted server
        done = subprocess.run([CITEQA, "check", "--index", str(self.index)], capture_output=True, text=True)
        if done.returncode != 0:
            self.stats["check_fail"] += 1
            self.log.write(f"round {rnd} check {done.returncode} {done.stdout}{done.stderr}\n")

    def run(self, rounds: int) -> None:
        self.proc, url, self.err = self.start()
        try:
            self._rounds(rounds, url)
        finally:
            if self.proc.poll() is None:  # our server, by its pid: also when a round failed
                self.proc.terminate()
                self.proc.wait()
        self.stats["tracebacks"] += self.err.read_text(errors="replace").count("Traceback")
        live = sum(d.confirmed not in (None, GONE) for d in self.docs.values())
        print("FINAL", json.dumps({**self.stats, "docs_live": live, "docs": len(self.docs)}), flush=True)
        self.log.close()

    def _rounds(self, rounds: int, url: str) -> None:
        for rnd in range(rounds):
            stop = threading.Event()
            threads = [threading.Thread(target=self.json_writer, args=(w, url, stop)) for w in range(2)]
            threads += [threading.Thread(target=self.job_writer, args=(w, url, stop)) for w in range(2)]
            for t in threads:
                t.start()
            time.sleep(random.uniform(0.5, 5.0))
            if self.kill_milvus and rnd % 2 == 1 and self.lite is not None and self.lite.proc is not None:
                self.stats["milvus_kills"] += 1
                os.kill(self.lite.proc.pid, signal.SIGKILL)
                self.lite.proc.wait()
                time.sleep(random.uniform(0.5, 3.0))  # writes fail meanwhile: each must say so, none be lost
                stop.set()
                self.lite.start()
                for t in threads:
                    t.join()
                self.wait_for_backend(url, rnd)
                self.verify(url, rnd)
                self.milvus_stats_exact(url, rnd)
                self.stats["rounds"] += 1
                print(rnd, json.dumps(self.stats), flush=True)
                continue
            os.kill(self.proc.pid, signal.SIGTERM if self.term else signal.SIGKILL)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.log.write(f"round {rnd}: no exit 60 s after SIGTERM; killed\n")
                self.proc.kill()
                self.proc.wait()
            stop.set()
            for t in threads:
                t.join()
            self.stats["tracebacks"] += self.err.read_text(errors="replace").count("Traceback")
            self.check(rnd)
            try:
                self.proc, url, self.err = self.start()
            except RuntimeError as exc:
                self.stats["restart_fail"] += 1
                self.log.write(f"round {rnd} restart: {exc}\n")
                break
            self.verify(url, rnd)
            if self.lite is not None:
                self.milvus_stats_exact(url, rnd)
            self.stats["rounds"] += 1
            print(rnd, json.dumps(self.stats), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("rounds", type=int)
    parser.add_argument("seed", type=int, nargs="?", default=1)
    parser.add_argument("--term", action="store_true", help="SIGTERM instead of SIGKILL")
    parser.add_argument("--log", type=Path, default=Path("/tmp/probe/faults"))
    parser.add_argument("--milvus", action="store_true", help="the index copied into a milvus-lite server")
    parser.add_argument("--kill-milvus", action="store_true", help="every other round kill milvus-lite")
    args = parser.parse_args(argv)
    random.seed(args.seed)
    args.log.mkdir(parents=True, exist_ok=True)
    if not args.milvus:
        Probe(args.index, args.log, args.term).run(args.rounds)
        return
    lite = LiteServer(args.log / f"milvus-data-{RUN}")
    lite.start()
    try:
        probe = Probe(args.index, args.log, args.term, lite)
        probe.kill_milvus = args.kill_milvus
        admin = [sys.executable, "-m", "indexer.milvus_admin", "import", "--index", str(args.index)]
        subprocess.run([*admin, "--uri", lite.uri, "--collection", probe.collection], check=True)
        probe.run(args.rounds)
    finally:
        lite.stop()


if __name__ == "__main__":
    main()
