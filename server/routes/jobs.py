"""GET /jobs/{job_id}: the state of an upload job (POST /documents answered 202), from any worker process."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi import Path as PathParam

from server.deps import by_id_errors
from server.errors import not_found
from server.jobs import JOB_ID_PATTERN, JobRunner
from server.security import read_access
from server.upload_schemas import JOB_EXAMPLE, JobState, job_state

router = APIRouter(tags=["documents"], dependencies=[Depends(read_access)])

JobId = Annotated[str, PathParam(pattern=JOB_ID_PATTERN, examples=[JOB_EXAMPLE])]


@router.get(
    "/jobs/{job_id}",
    response_model=JobState,
    responses=by_id_errors(),
    summary="An upload job: queued, running, done (per-file results) or failed (the error)",
)
def get_job(job_id: JobId, request: Request) -> JobState:
    runner: JobRunner = request.app.state.jobs
    job = runner.store.get(job_id)  # a file read (and a process check): a plain def runs on a worker thread
    if job is None:
        raise not_found("job", job_id, "finished jobs are kept for a limited time (default 7 days)")
    return job_state(job)
