"""Upload jobs (POST /documents answered 202, then GET /jobs/{id}): their state on disk beside the index, and
the one thread per process that runs them.

State is one small JSON file per job, replaced atomically, so every worker process of `citeqa serve
--workers N` answers for every job and a restart finds them. A job records the process that runs it (pid and
start time, so a reused pid does not pass for it): a job whose process is gone is reported — and rewritten —
as failed, so none stays "running" after a crash. The running process is the only writer of its jobs while
it lives.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import secrets
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import psutil

logger = logging.getLogger(__name__)

JOB_ID_PATTERN = r"^j[0-9a-f]{20}$"
JobStatus = Literal["queued", "running", "done", "failed"]
UNFINISHED = ("queued", "running")
SUFFIX = ".json"


@dataclass(frozen=True)
class Owner:
    """The process that runs a job."""

    pid: int
    started: float  # the process's creation time (seconds since the epoch, as the OS reports it)
    # The machine (or container) it runs on: pids mean nothing elsewhere, so a server sharing the index from
    # another host never declares this one's jobs dead (they end by age there, see JobStore.prune).
    host: str

    @classmethod
    def this_process(cls) -> Owner:
        return cls(os.getpid(), psutil.Process().create_time(), socket.gethostname())

    def alive(self) -> bool:
        if self.host != socket.gethostname():
            return True
        try:
            process = psutil.Process(self.pid)
            return abs(process.create_time() - self.started) < 0.01 and (
                process.status() != psutil.STATUS_ZOMBIE
            )
        except psutil.NoSuchProcess:
            return False
        except psutil.AccessDenied:  # exists, belongs to someone else: cannot be ours, but do not guess
            return True


@dataclass(frozen=True)
class Outcome:
    """What a finished job reports: per-file results (JSON-ready) and, when it failed, why."""

    results: list[dict[str, Any]] | None
    error: dict[str, str] | None = None

    @property
    def status(self) -> JobStatus:
        return "failed" if self.error is not None else "done"


@dataclass(frozen=True)
class Job:
    job_id: str
    status: JobStatus
    files: tuple[str, ...]
    owner: Owner
    created_at: float
    started_at: float | None = None
    finished_at: float | None = None
    results: list[dict[str, Any]] | None = None
    error: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "status": self.status,
            "files": list(self.files),
            "owner": {"pid": self.owner.pid, "started": self.owner.started, "host": self.owner.host},
            "created_at": self.created_at,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "results": self.results,
            "error": self.error,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Job:
        owner = data["owner"]
        if data["status"] not in ("queued", "running", "done", "failed"):
            raise ValueError(f"unknown job status {data['status']!r}")
        return cls(
            job_id=str(data["job_id"]),
            status=data["status"],
            files=tuple(data["files"]),
            owner=Owner(int(owner["pid"]), float(owner["started"]), str(owner["host"])),
            created_at=float(data["created_at"]),
            started_at=data.get("started_at"),
            finished_at=data.get("finished_at"),
            results=data.get("results"),
            error=data.get("error"),
        )


def _orphaned(job: Job) -> Job:
    where = "before it started" if job.status == "queued" else "before it finished"
    return replace(
        job,
        status="failed",
        finished_at=time.time(),
        error={
            "code": "server_stopped",
            "message": f"the server process that ran this job (pid {job.owner.pid}) stopped {where}; "
            "documents it had not committed are not indexed: check GET /documents and send the files again",
        },
    )


class JobStore:
    """Job files in ``root``: at most ``keep`` jobs (unfinished ones are not counted out), none older than
    ``max_age`` seconds."""

    def __init__(self, root: Path, keep: int = 1000, max_age: float = 7 * 86400) -> None:
        self.root, self.keep, self.max_age = root, keep, max_age
        # States the disk refused (full): this process serves them, and writes them when it next can — a job
        # whose final state could not be written had said `running` until the server restarted.
        self._unwritten: dict[str, Job] = {}
        self._guard = threading.Lock()

    def _record(self, job: Job) -> Job:
        """Write ``job``'s state; when the disk refuses, keep it to serve and write later (then raise)."""
        try:
            self._write(job)
        except OSError:
            with self._guard:
                self._unwritten[job.job_id] = job
            raise
        with self._guard:
            self._unwritten.pop(job.job_id, None)
        return job

    def _path(self, job_id: str) -> Path:
        return self.root / f"{job_id}{SUFFIX}"

    def _write(self, job: Job) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=self.root)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(job.to_json(), handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._path(job.job_id))  # readers see the old state or the new, never half
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _load(self, path: Path) -> Job | None:
        try:
            return Job.from_json(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("ignoring unreadable job file %s: %s", path, exc)
            return None

    def create(self, files: tuple[str, ...]) -> Job:
        job = Job(
            job_id="j" + secrets.token_hex(10),
            status="queued",
            files=files,
            owner=Owner.this_process(),
            created_at=time.time(),
        )
        self._write(job)
        self.prune()
        return job

    def _settled(self, path: Path, job: Job) -> Job:
        """``job``, or failed when it is unfinished and its process is gone (written so)."""
        if job.status not in UNFINISHED or job.owner.alive():
            return job
        # Read again now that the process is known to be gone: it may have finished the job just before.
        latest = self._load(path)
        if latest is None or latest.status not in UNFINISHED:
            return latest or job
        orphaned = _orphaned(latest)
        with contextlib.suppress(OSError):  # a read-only reader still reports the truth
            self._write(orphaned)
        return orphaned

    def get(self, job_id: str) -> Job | None:
        """The job as it stands; one whose process is gone is failed (and written so)."""
        with self._guard:
            kept = self._unwritten.get(job_id)
        if kept is not None:
            with contextlib.suppress(OSError):
                self._record(kept)
            return kept
        path = self._path(job_id)
        job = self._load(path)
        return None if job is None else self._settled(path, job)

    def start(self, job: Job) -> Job:
        return self._record(replace(job, status="running", started_at=time.time()))

    def finish(self, job: Job, outcome: Outcome) -> Job:
        done = replace(
            job, status=outcome.status, finished_at=time.time(), results=outcome.results, error=outcome.error
        )
        return self._record(done)

    def _all(self) -> list[Path]:
        try:
            return [p for p in self.root.iterdir() if p.suffix == SUFFIX and not p.name.startswith(".")]
        except FileNotFoundError:
            return []

    def recover(self) -> int:
        """On start: every unfinished job whose process is gone becomes failed; returns how many."""
        count = 0
        for path in self._all():
            job = self._load(path)
            if job is not None and job.status in UNFINISHED:
                settled = self._settled(path, job)
                count += (settled.error or {}).get("code") == "server_stopped"
        if count:
            logger.warning("%d upload job(s) were cut short by a server stop; marked failed", count)
        self.prune()
        return count

    def prune(self) -> int:
        """Remove jobs past the age limit, and the oldest finished ones beyond the count limit (a job file's
        mtime is its last change: for a finished job, when it finished). No job runs for days, so an
        unfinished one that old belongs to a server elsewhere that stopped. Costs a listing and a stat per
        job."""
        now, entries = time.time(), []
        for path in self._all():
            with contextlib.suppress(FileNotFoundError):
                entries.append((path.stat().st_mtime, path))
        entries.sort()
        excess, removed = len(entries) - self.keep, 0
        for i, (mtime, path) in enumerate(entries):
            if i >= excess and now - mtime <= self.max_age:
                break  # oldest first: the rest are neither too old nor too many
            job = self._load(path)
            if job is not None and (job.status not in UNFINISHED or now - mtime > self.max_age):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed += 1
        # leftovers of a writer killed between creating its temporary file and renaming it
        for path in self.root.glob(f".tmp-*{SUFFIX}") if self.root.is_dir() else ():
            with contextlib.suppress(FileNotFoundError):
                if now - path.stat().st_mtime > 3600:
                    path.unlink()
        return removed


class JobsBusyError(Exception):
    """This process already has as many upload jobs waiting as it may hold."""


class JobRunner:
    """Runs this process's jobs one at a time on a thread of its own, oldest first: the request threads stay
    free for reads, and one heavy upload at a time leaves the other cores to them."""

    def __init__(self, store: JobStore, max_pending: int = 4) -> None:
        self.store, self.max_pending = store, max_pending
        self._queue: queue.Queue[tuple[Job, Callable[[], Outcome]] | None] = queue.Queue()
        self._pending = 0
        self._guard = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, files: tuple[str, ...], work: Callable[[], Outcome]) -> Job:
        """A new queued job that will run ``work``; JobsBusyError when too many wait already."""
        with self._guard:
            if self._pending >= self.max_pending:
                raise JobsBusyError(f"{self._pending} upload jobs are waiting in this process")
            job = self.store.create(files)
            self._pending += 1
            if self._thread is None:
                # daemon: a stop never waits on an upload; the job's file then reports it failed
                self._thread = threading.Thread(target=self._run, name="citeqa-jobs", daemon=True)
                self._thread.start()
        self._queue.put((job, work))
        return job

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            job, work = item
            try:
                try:
                    job = self.store.start(job)
                except OSError as exc:  # nothing was indexed: the job fails (kept in memory if need be)
                    logger.exception("could not record the start of upload job %s", job.job_id)
                    outcome = Outcome(None, {"code": "index_write_failed", "message": _unrecorded(exc)})
                else:
                    try:
                        outcome = work()
                    except Exception as exc:  # the job reports it; the runner goes on with the next one
                        logger.exception("upload job %s failed", job.job_id)
                        failed = {"code": "internal_error", "message": f"indexing failed: {exc}"}
                        outcome = Outcome(None, failed)
                self.store.finish(job, outcome)
            except OSError:
                # the store serves the final state from memory and writes it when the disk has room again
                logger.exception("could not record the state of upload job %s", job.job_id)
            finally:
                with self._guard:
                    self._pending -= 1

    def close(self, timeout: float = 5.0) -> None:
        """Stop taking jobs: queued ones fail now, the running one gets ``timeout`` seconds to finish."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                with contextlib.suppress(OSError):
                    self.store.finish(
                        item[0],
                        Outcome(
                            None,
                            {
                                "code": "server_stopped",
                                "message": "the server stopped before this job started; send the files again",
                            },
                        ),
                    )
                with self._guard:
                    self._pending -= 1
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)


def _unrecorded(exc: OSError) -> str:
    return (
        f"the job could not be recorded ({exc.strerror or exc}); nothing was indexed — "
        "free disk space and send the files again"
    )
