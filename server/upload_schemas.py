"""The HTTP API's shapes of an upload (SPEC §4): POST /documents' JSON body, what became of each document or
file, and the job a large upload becomes (its 202 answer and GET /jobs/{job_id}). The shapes every route
shares — the fields, the error body, a document — are schemas.py's.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from indexer.decode import calendar_date
from indexer.dedupe import Outcome
from server.jobs import JOB_ID_PATTERN, Job, JobStatus
from server.limits import DOC_ID_PATTERN, MAX_DOCUMENT_CHARS, MAX_TITLE_CHARS, NOT_BLANK
from server.schemas import STRICT, DocumentDetail, DocumentSummary, ErrorBody


def _calendar_date(value: str | None) -> str | None:
    return None if value is None or not value.strip() else calendar_date(value)


class DocumentUpload(BaseModel):
    model_config = ConfigDict(
        **STRICT, json_schema_extra={"examples": [{"text": "某市设立人才编制周转池……", "title": "示例"}]}
    )
    text: str = Field(
        ..., min_length=1, max_length=MAX_DOCUMENT_CHARS, pattern=NOT_BLANK, description="Raw document text"
    )
    doc_id: str | None = Field(
        None, pattern=DOC_ID_PATTERN, description="Stable id; default: derived from the content"
    )
    title: str | None = Field(
        None, max_length=MAX_TITLE_CHARS, description="Title; default: the first heading line"
    )
    region: str | None = Field(
        None,
        max_length=MAX_TITLE_CHARS,
        description="Region, as `filters.region` matches it (山西省运城市); default: read from the text",
    )
    date: Annotated[str | None, AfterValidator(_calendar_date)] = Field(
        None,
        description="Publication date: YYYY-MM-DD, 2023/2/6 or 2023年2月6日, stored as YYYY-MM-DD; "
        "default: read from the text",
    )
    source: str | None = Field(
        None,
        max_length=MAX_TITLE_CHARS,
        description="Publisher or URL, shown with citations; default: read from the text",
    )


OUTCOME_DESCRIPTION = (
    "added, updated (the id held other content), unchanged (the id already held this content: nothing "
    "written) or duplicate (another document already holds this content: nothing written; duplicate_of "
    "names it, as citeqa index does)"
)
DUPLICATE_OF_DESCRIPTION = "For a duplicate: the doc_id of the document already holding this content"


class UploadedDocument(DocumentDetail):
    """A JSON upload's answer: the document that holds the text (for a duplicate, the one already indexed)."""

    outcome: Outcome = Field(..., description=OUTCOME_DESCRIPTION)
    duplicate_of: str | None = Field(None, description=DUPLICATE_OF_DESCRIPTION)


class FileResult(BaseModel):
    """What became of one file of a multipart upload."""

    file: str = Field(..., description="The file name as sent")
    status: int = Field(
        ...,
        description="201 added or updated, 200 unchanged or a duplicate (nothing written); otherwise the "
        "HTTP status of its error",
    )
    document: DocumentSummary | None = Field(
        None, description="The document holding the file's content (status 201 or 200)"
    )
    error: ErrorBody | None = Field(None, description="Why the file was refused (status 4xx)")
    outcome: Outcome | None = Field(None, description=OUTCOME_DESCRIPTION + "; null when refused")
    duplicate_of: str | None = Field(None, description=DUPLICATE_OF_DESCRIPTION)


class UploadResults(BaseModel):
    """Per-file results: HTTP 207 when any file was refused; else 201 when any was written, 200 when every
    one was already indexed (unchanged or a duplicate)."""

    results: list[FileResult] = Field(..., description="One per file, in the order sent")


JOB_EXAMPLE = "j0123456789abcdef0123"
STATUS_URL_PATTERN = "^/jobs/" + JOB_ID_PATTERN.removeprefix("^")


class JobAccepted(BaseModel):
    """HTTP 202: the upload is queued as a job; follow ``status_url`` (also the Location header)."""

    job_id: str = Field(..., pattern=JOB_ID_PATTERN, description="The job's id", examples=[JOB_EXAMPLE])
    status: Literal["queued"] = Field(default="queued", description="Always queued when accepted")
    status_url: str = Field(
        ...,
        pattern=STATUS_URL_PATTERN,
        description="Where the job's state is read (GET)",
        examples=[f"/jobs/{JOB_EXAMPLE}"],
    )


class JobState(BaseModel):
    """An upload job: queued → running → done (every file has its result) or failed (see error)."""

    job_id: str = Field(..., pattern=JOB_ID_PATTERN, description="The job's id", examples=[JOB_EXAMPLE])
    status: JobStatus = Field(
        ...,
        description="queued, running, done (at least one file indexed), failed (nothing indexed, or the "
        "server stopped before the job finished)",
    )
    status_url: str = Field(..., pattern=STATUS_URL_PATTERN, description="This state's own URL")
    files: list[str] = Field(..., description="The files of the upload (a JSON upload: its doc_id)")
    created_at: datetime = Field(..., description="When the upload was accepted (UTC)")
    started_at: datetime | None = Field(None, description="When the job started running; null while queued")
    finished_at: datetime | None = Field(None, description="When it finished; null until then")
    results: list[FileResult] | None = Field(
        None, description="One per file, as the synchronous 201/207 answer gives them (when finished)"
    )
    error: ErrorBody | None = Field(None, description="Why the job failed (status failed)")


def _when(at: float | None) -> datetime | None:
    return None if at is None else datetime.fromtimestamp(at, UTC)


def job_state(job: Job) -> JobState:
    return JobState(
        job_id=job.job_id,
        status=job.status,
        status_url=f"/jobs/{job.job_id}",
        files=list(job.files),
        created_at=datetime.fromtimestamp(job.created_at, UTC),
        started_at=_when(job.started_at),
        finished_at=_when(job.finished_at),
        results=None if job.results is None else [FileResult.model_validate(r) for r in job.results],
        error=None if job.error is None else ErrorBody.model_validate(job.error),
    )
