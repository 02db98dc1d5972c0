"""Upload jobs: a large upload (or ?wait=false) is answered 202 with a job; GET /jobs/{id} follows it to done
(per-file results, as the synchronous answer gives them) or failed; reads and small writes are answered while
a job encodes; a job never stays "running" once its server process is gone; every worker sees every job.
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import psutil
import pytest
from fastapi.testclient import TestClient

from indexer.build import index_records
from indexer.lock import write_lock
from indexer.settings import DEFAULTS
from server.ingest import Upload
from server.jobs import JOB_ID_PATTERN, Job, JobRunner, JobStore, Outcome, Owner
from server.routes.upload_body import text_weight
from tests.apiclient import KEYS, RO_KEY, RW_KEY, MakeClient, client_factory
from tests.conftest import KeywordEncoder, Server, serving, start_server, stop_server

CSRF = {"X-Requested-With": "test"}
GATE = "闸门测试"  # a passage holding this waits in the encoder until the test opens the gate
RECORDS = [
    (
        "a1",
        "运城市人才工作",
        "运城市拿出150个事业编制作为人才引进事业编制周转池。全市共引进高素质人才1800余人。",
    ),
    ("b2", "盐湖区省校合作", "盐湖区与山西大学开展省校合作，共建产业技术研究院，服务地方产业发展。"),
]
SMALL = "綦江区设立人才驿站，为高校毕业生提供服务。"


class GatedEncoder(KeywordEncoder):
    """The keyword encoder, except that a batch of passages containing GATE waits until ``gate`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.gate = threading.Event()

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        if any(GATE in t for t in texts):
            self.entered.set()
            if not self.gate.wait(timeout=300):
                raise TimeoutError("the test never opened the gate")
        return super().encode_passages(texts)


@pytest.fixture
def encoder() -> Iterator[GatedEncoder]:
    gated = GatedEncoder()
    yield gated
    gated.gate.set()  # never leave a job thread waiting


@pytest.fixture
def make_app(tmp_path: Path, encoder: GatedEncoder) -> Iterator[MakeClient]:
    """In-process apps over a small keyword index (fast to encode), with the gated encoder."""
    index_dir = tmp_path / "index"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    yield from client_factory(index_dir, encoder)


def follow(get: Any, url: str, until: Sequence[str] = ("done", "failed"), **kwargs: Any) -> dict[str, Any]:
    """Poll a job until its status is one of ``until`` (bounded, not a timing assertion)."""
    deadline = time.monotonic() + 300
    while True:
        response = get(url, **kwargs)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if body["status"] in until or time.monotonic() > deadline:
            return body
        time.sleep(0.05)


def accepted(response: Any) -> str:
    """The job URL of a 202 answer, after checking the answer's exact shape."""
    assert response.status_code == 202, response.text
    body = response.json()
    assert re.fullmatch(JOB_ID_PATTERN, body["job_id"])
    url = f"/jobs/{body['job_id']}"
    assert body == {"job_id": body["job_id"], "status": "queued", "status_url": url}
    assert response.headers["location"] == url
    return url


def summary(client: TestClient, doc_id: str) -> dict[str, Any]:
    listed = [d for d in client.get("/documents").json()["documents"] if d["doc_id"] == doc_id]
    assert len(listed) == 1, listed
    return dict(listed[0])


def test_large_upload_is_a_job_whose_document_becomes_searchable(make_app: MakeClient) -> None:
    client = make_app()  # the default threshold, 256 KiB
    sentences = [f"第{i}条：青萝县第{i}批候鸟人才工作站引进专家{i % 40 + 1}名。" for i in range(3600)]
    text = "青萝县人才工作报告\n\n" + "\n\n".join(sentences)
    assert len(text.encode("utf-8")) > 256 * 1024
    url = accepted(client.post("/documents", json={"doc_id": "big-report", "text": text}))
    job = follow(client.get, url)
    assert job["status"] == "done", job
    assert job["files"] == ["big-report"] and job["error"] is None
    assert job["results"] == [
        {
            "file": "big-report",
            "status": 201,
            "document": summary(client, "big-report"),
            "error": None,
            "outcome": "added",
            "duplicate_of": None,
        }
    ]
    assert job["results"][0]["document"]["passages"] > 100
    assert job["created_at"] <= job["started_at"] <= job["finished_at"]
    found = client.post("/search", json={"query": "第3599批候鸟人才工作站", "mode": "bm25", "top_k": 1})
    assert found.json()["results"][0]["doc_id"] == "big-report"
    # the same text in a small upload is answered at once
    small = client.post("/documents", json={"doc_id": "small-report", "text": sentences[0]})
    assert small.status_code == 201 and small.json()["doc_id"] == "small-report"


def test_a_small_docx_holding_much_text_is_a_job(make_app: MakeClient) -> None:
    """A fault probe: a 141 KB .docx of 20,000 short paragraphs went the synchronous way (its bytes are under
    the threshold; its text is many times more) and held one request for 17 minutes. What decides is the text
    an upload holds: a .docx by its entries' uncompressed size."""
    import docx

    document = docx.Document()
    for i in range(8000):
        document.add_paragraph(f"第{i}条：青萝县第{i}批候鸟人才工作站引进专家{i % 40 + 1}名。")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    assert len(data) < 256 * 1024  # under the threshold by its bytes
    upload = Upload(name="report.docx", data=data, suffix=".docx")
    assert text_weight(upload) > 256 * 1024
    client = make_app()
    files = {
        "file": (
            "report.docx",
            data,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    }
    url = accepted(client.post("/documents", files=files, headers={"X-Requested-With": "test"}))
    assert follow(client.get, url)["status"] == "done"
    # a small one is answered at once
    small = io.BytesIO()
    one = docx.Document()
    one.add_paragraph("青萝县人才工作站引进专家3名。")
    one.save(small)
    answered = client.post(
        "/documents", files={"file": ("one.docx", small.getvalue())}, headers={"X-Requested-With": "test"}
    )
    assert answered.status_code == 201, answered.text


def test_bad_files_in_a_job_are_answered_one_by_one(make_app: MakeClient) -> None:
    client = make_app()
    files = [
        ("file", ("good.txt", SMALL.encode())),
        ("file", ("broken.pdf", b"%PDF-1.4 this is not a PDF")),
        ("file", ("notes.exe", b"MZ")),
    ]
    url = accepted(client.post("/documents?wait=false", files=files, headers=CSRF))
    job = follow(client.get, url)
    assert job["status"] == "done" and job["error"] is None
    assert job["files"] == ["good.txt", "broken.pdf", "notes.exe"]
    assert [(r["file"], r["status"], r["error"] and r["error"]["code"]) for r in job["results"]] == [
        ("good.txt", 201, None),
        ("broken.pdf", 422, "unreadable"),
        ("notes.exe", 415, "unsupported_type"),
    ]
    assert job["results"][0]["document"] == summary(client, "good")
    # the same upload, answered synchronously, has the same results — good.txt is now indexed already
    waited = client.post("/documents", files=files, headers=CSRF)
    again = [{**job["results"][0], "status": 200, "outcome": "unchanged"}, *job["results"][1:]]
    assert waited.status_code == 207 and waited.json()["results"] == again

    # nothing indexed: failed — with the file's own error, or nothing_indexed for several files
    one = follow(client.get, accepted(client.post("/documents?wait=false", files=files[1:2], headers=CSRF)))
    assert one["status"] == "failed"
    assert one["error"] == one["results"][0]["error"] and one["error"]["code"] == "unreadable"
    several = follow(
        client.get, accepted(client.post("/documents?wait=false", files=files[1:], headers=CSRF))
    )
    assert several["status"] == "failed"
    assert several["error"] == {
        "code": "nothing_indexed",
        "message": "none of the 2 files could be indexed; see results",
    }
    assert [r["status"] for r in several["results"]] == [422, 415]


def test_reads_and_small_writes_are_answered_while_a_job_encodes(
    make_app: MakeClient, encoder: GatedEncoder
) -> None:
    client = make_app(max_pending_jobs=1)
    url = accepted(
        client.post("/documents?wait=false", json={"doc_id": "gated", "text": f"{GATE}：人才公寓。"})
    )
    assert encoder.entered.wait(timeout=300), "the job never reached the encoder"
    assert client.get(url).json()["status"] == "running"
    # while the job is held inside its encoding: reads, and a small write (it takes the index's write lock,
    # so the job does not hold that lock while it encodes)
    assert client.post("/search", json={"query": "运城市人才周转池"}).json()["results"][0]["doc_id"] == "a1"
    assert client.get("/documents/b2").status_code == 200
    small = client.post("/documents", json={"doc_id": "small", "text": SMALL})
    assert small.status_code == 201
    # this process holds one job at most (max_pending_jobs=1): the next is refused, not queued in memory
    busy = client.post("/documents?wait=false", json={"doc_id": "later", "text": SMALL})
    assert busy.status_code == 503 and busy.json()["error"]["code"] == "jobs_busy"
    assert busy.headers["retry-after"] == "30"
    job = client.get(url).json()
    assert job["status"] == "running" and job["results"] is None
    encoder.gate.set()
    job = follow(client.get, url)
    assert job["status"] == "done"
    docs = [d["doc_id"] for d in client.get("/documents").json()["documents"]]
    assert docs == ["a1", "b2", "small", "gated"]


def test_jobs_need_the_keys_of_uploads_and_reads(make_app: MakeClient) -> None:
    client = make_app(api_keys=KEYS, read_requires_key=True)
    body = {"doc_id": "keyed", "text": SMALL}
    assert client.post("/documents?wait=false", json=body).status_code == 401
    assert client.post("/documents?wait=false", json=body, headers={"X-API-Key": RO_KEY}).status_code == 403
    url = accepted(client.post("/documents?wait=false", json=body, headers={"X-API-Key": RW_KEY}))
    assert client.get(url).status_code == 401
    job = follow(client.get, url, headers={"X-API-Key": RO_KEY})
    assert job["status"] == "done"
    missing = client.get("/jobs/j00000000000000000000", headers={"X-API-Key": RO_KEY})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    for bad in ("j123", "J00000000000000000000", "j0000000000000000000g", "..%2Fmanifest"):
        assert client.get(f"/jobs/{bad}", headers={"X-API-Key": RO_KEY}).status_code in (404, 422), bad
    assert client.get("/jobs/j123", headers={"X-API-Key": RO_KEY}).status_code == 422
    wait = client.post("/documents?wait=no", json=body, headers={"X-API-Key": RW_KEY})
    assert wait.status_code == 422 and wait.json()["error"]["code"] == "invalid_request"


# ---------- the job files ----------


def dead_owner() -> Owner:
    """The identity of a process that has exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        owner = Owner(proc.pid, psutil.Process(proc.pid).create_time(), socket.gethostname())
    finally:
        proc.kill()
        proc.wait()
    return owner


def test_a_job_whose_process_is_gone_is_failed_not_running(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "jobs")
    gone = dead_owner()
    running = Job("j" + "1" * 20, "running", ("a.txt",), gone, created_at=1.0, started_at=2.0)
    queued = Job("j" + "2" * 20, "queued", ("b.txt",), gone, created_at=1.0)
    mine = store.create(("c.txt",))  # this process: alive
    for job in (running, queued):
        (store.root / f"{job.job_id}.json").write_text(json.dumps(job.to_json()), encoding="utf-8")
    seen = store.get(running.job_id)
    assert seen is not None and seen.status == "failed" and seen.finished_at is not None
    assert seen.error == {
        "code": "server_stopped",
        "message": f"the server process that ran this job (pid {gone.pid}) stopped before it finished; "
        "documents it had not committed are not indexed: check GET /documents and send the files again",
    }
    # rewritten on disk, so every reader agrees; a restart's sweep fails the queued one too
    on_disk = json.loads((store.root / f"{running.job_id}.json").read_text(encoding="utf-8"))
    assert on_disk["status"] == "failed"
    assert store.recover() == 1
    swept = store.get(queued.job_id)
    assert (
        swept is not None
        and swept.status == "failed"
        and "before it started" in (swept.error or {})["message"]
    )
    still = store.get(mine.job_id)
    assert still is not None and still.status == "queued"
    # a pid of another host (a server sharing the index from elsewhere) says nothing about this host's
    elsewhere = Job("j" + "3" * 20, "running", ("d.txt",), replace(gone, host="elsewhere"), created_at=1.0)
    (store.root / f"{elsewhere.job_id}.json").write_text(json.dumps(elsewhere.to_json()), encoding="utf-8")
    assert store.recover() == 0
    assert store.get(elsewhere.job_id) == elsewhere


def test_finished_jobs_are_kept_up_to_a_count_and_an_age(tmp_path: Path) -> None:
    setup = JobStore(tmp_path / "jobs")
    jobs = [setup.finish(setup.create((f"{i}.txt",)), Outcome([])) for i in range(4)]
    unfinished = setup.create(("still.txt",))
    store = JobStore(tmp_path / "jobs", keep=2, max_age=3600)
    for i, job in enumerate([*jobs, unfinished]):  # oldest first, and the unfinished one older still
        at = time.time() - 1800 if job is unfinished else time.time() - 600 + i * 60
        os.utime(store.root / f"{job.job_id}.json", (at, at))
    assert store.prune() == 2
    left = sorted(p.stem for p in store.root.glob("j*.json"))
    assert left == sorted([jobs[2].job_id, jobs[3].job_id, unfinished.job_id])
    old = time.time() - 7200
    os.utime(store.root / f"{jobs[2].job_id}.json", (old, old))
    assert store.prune() == 1
    assert store.get(jobs[2].job_id) is None and store.get(jobs[3].job_id) is not None
    assert store.get(unfinished.job_id) is not None  # not counted out while it may still run…
    os.utime(store.root / f"{unfinished.job_id}.json", (old, old))
    assert store.prune() == 1 and store.get(unfinished.job_id) is None  # …but no job runs for that long


# ---------- against `citeqa serve` ----------


def upload_and_hold(server: Server, index_dir: Path) -> tuple[str, Any]:
    """A small upload as a job whose final merge waits on the index's write lock, which the test holds."""
    lock = write_lock(index_dir, timeout=10)
    lock.__enter__()
    response = httpx.post(
        server.url + "/documents?wait=false", json={"doc_id": "held", "text": SMALL}, timeout=60
    )
    return server.url + accepted(response), lock


@pytest.mark.slow
@pytest.mark.model
def test_a_killed_server_leaves_no_job_running(tmp_path: Path, seed_index: Path) -> None:
    with serving(seed_index, tmp_path) as server:
        index_dir = tmp_path / "index"
        url, lock = upload_and_hold(server, index_dir)
        try:
            assert follow(httpx.get, url, until=("running",), timeout=60)["status"] == "running"
            # reads are answered while the job runs
            assert httpx.get(server.url + "/documents", timeout=60).status_code == 200
            found = httpx.post(server.url + "/search", json={"query": "人才编制周转池"}, timeout=60)
            assert found.status_code == 200 and found.json()["results"]
            assert httpx.get(url, timeout=60).json()["status"] == "running"
            server.proc.kill()  # SIGKILL: no shutdown code runs
            server.proc.wait(timeout=30)
        finally:
            lock.__exit__(None, None, None)
    restarted = start_server(index_dir, {"CITEQA_LLM_BASE_URL": ""})
    try:
        job = httpx.get(restarted.url + url.removeprefix(server.url), timeout=60).json()
        assert job["status"] == "failed" and job["results"] is None
        assert job["error"]["code"] == "server_stopped"
        assert f"(pid {server.proc.pid}) stopped before it finished" in job["error"]["message"]
        docs = [d["doc_id"] for d in httpx.get(restarted.url + "/documents", timeout=60).json()["documents"]]
        assert "held" not in docs
    finally:
        stop_server(restarted)


@pytest.mark.slow
@pytest.mark.model
def test_every_worker_process_answers_for_every_job(tmp_path: Path, seed_index: Path) -> None:
    with serving(seed_index, tmp_path, args=["--workers", "2"]) as server:
        posted = httpx.post(
            server.url + "/documents?wait=false",
            json={"doc_id": "shared", "text": SMALL},
            headers={"X-Request-ID": "post-job"},
            timeout=60,
        )
        url = server.url + accepted(posted)
        done = follow(httpx.get, url, timeout=60)
        assert done["status"] == "done" and done["results"][0]["document"]["doc_id"] == "shared"
        # a new connection per request, so the kernel spreads them over both workers; up to 200 tries
        answers, ids = [], []
        for i in range(200):
            ids.append(f"get-job-{i}")
            answers.append(httpx.get(url, headers={"X-Request-ID": ids[-1]}, timeout=60).json())
            if i >= 19 and len(_pids(server, ids)) >= 2:
                break
        assert all(a == done for a in answers)
    pids = _pids(server, ids)
    assert len(pids) == 2, pids
    poster = _pids(server, ["post-job"])
    assert len(poster) == 1 and pids - poster  # a worker that did not take the upload answered for its job


def _pids(server: Server, request_ids: Sequence[str]) -> set[int]:
    wanted = set(request_ids)
    lines = [json.loads(line) for line in server.stderr_text.splitlines() if line.startswith("{")]
    return {
        line["pid"]
        for line in lines
        if line["logger"] == "citeqa.access" and line.get("request_id") in wanted
    }


class FillingDisk(JobStore):
    """Job files on a disk that fills up and is freed again (``full``): each write refused meanwhile, as on a
    full file system (ENOSPC)."""

    full = False

    def _write(self, job: Job) -> None:
        if self.full:
            raise OSError(errno.ENOSPC, "No space left on device")
        super()._write(job)


def await_status(store: JobStore, job_id: str, status: str) -> Job:
    deadline = time.monotonic() + 60
    while True:
        job = store.get(job_id)
        if (job is not None and job.status == status) or time.monotonic() > deadline:
            assert job is not None
            return job
        time.sleep(0.02)


def test_a_job_whose_state_the_full_disk_refused_is_reported_and_written_once_it_can(tmp_path: Path) -> None:
    """A fault probe on a 700 KiB tmpfs: the final state of a job could not be written, and the job said
    `running` until the server restarted, even after space was freed; one whose start could not be written
    said `queued` for ever and never ran."""
    store = FillingDisk(tmp_path / "jobs")
    runner = JobRunner(store)
    ran = threading.Event()
    gate = threading.Event()

    def work() -> Outcome:
        ran.set()
        gate.wait(60)
        store.full = True  # the index's write filled the disk, and the job's final state finds none
        return Outcome(None, {"code": "index_write_failed", "message": "No space left on device"})

    job = runner.submit(("a.txt",), work)
    assert ran.wait(60)
    second = runner.submit(("b.txt",), lambda: Outcome([{"file": "b.txt", "status": 201}]))  # queued behind
    gate.set()
    failed = await_status(store, job.job_id, "failed")
    assert failed.error == {"code": "index_write_failed", "message": "No space left on device"}
    # a job whose start cannot be written fails without running
    never = await_status(store, second.job_id, "failed")
    assert never.error is not None and never.error["code"] == "index_write_failed"
    assert "nothing was indexed" in never.error["message"]
    on_disk = {
        j.job_id: json.loads((store.root / f"{j.job_id}.json").read_text(encoding="utf-8"))
        for j in (job, second)
    }
    assert [on_disk[j.job_id]["status"] for j in (job, second)] == ["running", "queued"]
    store.full = False  # space freed: the next read writes them
    assert store.get(job.job_id) == failed and store.get(second.job_id) == never
    for j in (job, second):
        assert json.loads((store.root / f"{j.job_id}.json").read_text(encoding="utf-8"))["status"] == "failed"
    runner.close()
