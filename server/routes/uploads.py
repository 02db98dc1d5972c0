"""POST /documents: JSON text, or several files in one multipart request, each answered on its own. A small
upload is indexed while the client waits (201, or 207 when some files were refused); a large one — or any sent
with ?wait=false — is answered 202 at once and indexed by a job (GET /jobs/{id}).

Both ways do the same work: each file (as routes/upload_body.py reads the request) parsed in a capped child
process (server/ingest.py), then all of them added in one write, which encodes before the index's write lock
and holds it only to merge and commit — so reads, and other writes, never wait for an upload's encoding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal

from anyio import to_thread
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from indexer.build import Prepared
from indexer.dedupe import Verdict
from indexer.load import SUPPORTED_SUFFIXES
from indexer.retrieve import Retriever
from server.config import Settings
from server.deps import RetrieverDep, SettingsDep, errors
from server.errors import ApiError, index_error_code
from server.ingest import ParseError, Upload, parse_upload
from server.jobs import JobRunner, JobsBusyError, Outcome
from server.routes.documents import detail_or_404
from server.routes.upload_body import Item, read_files, read_json, refused, text_weight
from server.schemas import DocumentSummary, ErrorBody, document_summary
from server.security import write_access
from server.upload_schemas import (
    STATUS_URL_PATTERN,
    DocumentUpload,
    FileResult,
    JobAccepted,
    UploadedDocument,
    UploadResults,
)

router = APIRouter(tags=["documents"], dependencies=[Depends(write_access)])

Wait = Annotated[
    Literal["true", "false"],
    Query(
        description="false: always answer 202 with a job. true (default): answer when indexed, unless the "
        "upload is larger than the server's CITEQA_ASYNC_UPLOAD_BYTES (then 202 with a job all the same)"
    ),
]


def index_uploads(retriever: Retriever, items: Sequence[Item], settings: Settings) -> list[FileResult]:
    """Parse each file (a refusal is its result), then index every parsed one in a single write; one result
    per item, in order. Content already indexed — under the same id or another — is not stored again, as
    `citeqa index` does. Blocking: run it on a worker thread."""
    manifest = retriever.data.settings
    parsed: list[Prepared | FileResult] = []
    ids: dict[str, str] = {}  # doc_id -> the file of this upload that has it
    for item in items:
        if isinstance(item, FileResult):
            parsed.append(item)
            continue
        try:
            prepared = parse_upload(item, manifest, settings.parse_timeout, settings.parse_memory_bytes)
        except ParseError as exc:
            parsed.append(refused(item.name, exc.status, exc.code, exc.message))
            continue
        doc_id = prepared.meta.doc_id
        if doc_id in ids:
            parsed.append(
                refused(
                    item.name,
                    422,
                    "same_doc_id",
                    f"{item.name}: gets doc_id {doc_id!r} like {ids[doc_id]} of this same upload; rename one",
                )
            )
            continue
        ids[doc_id] = item.name
        parsed.append(prepared)
    prepared_docs = [p for p in parsed if isinstance(p, Prepared)]
    verdicts = iter(retriever.add(prepared_docs) if prepared_docs else [])
    results: list[FileResult] = []
    for item, outcome in zip(items, parsed, strict=True):
        name = item.name if isinstance(item, Upload) else item.file
        if isinstance(outcome, FileResult):
            results.append(outcome)
            continue
        verdict = next(verdicts)
        results.append(
            FileResult(
                file=name,
                status=201 if verdict.written else 200,
                document=_holder(retriever, outcome, verdict),
                error=None,
                outcome=verdict.outcome,
                duplicate_of=verdict.doc_id if verdict.outcome == "duplicate" else None,
            )
        )
    return results


def _holder(retriever: Retriever, prepared: Prepared, verdict: Verdict) -> DocumentSummary:
    """The document holding an upload's content: itself, or for a duplicate the one already indexed."""
    meta, passages = prepared.meta, len(prepared.spans)
    if verdict.outcome == "duplicate" and (found := retriever.document(verdict.doc_id)) is not None:
        meta, _, passages = found
    return document_summary(meta, passages)


def run_job(retriever: Retriever, items: Sequence[Item], settings: Settings) -> Outcome:
    """The work of an upload job: done when at least one file was indexed (or found indexed already), failed
    otherwise (the error of the one file, or nothing_indexed for several) or when the index refused the
    write."""
    try:
        results = index_uploads(retriever, items, settings)
    except Exception as exc:
        code = index_error_code(exc)
        if code is None:
            raise  # the runner records it as internal_error, with the traceback in the log
        return Outcome(None, {"code": code, "message": str(exc)})
    dumped = [r.model_dump() for r in results]
    if any(r.outcome is not None for r in results):  # indexed, or found indexed already
        return Outcome(dumped)
    first = results[0].error
    if len(results) == 1 and first is not None:
        return Outcome(dumped, first.model_dump())
    return Outcome(
        dumped,
        {
            "code": "nothing_indexed",
            "message": f"none of the {len(results)} files could be indexed; see results",
        },
    )


_UPLOADED = {
    "application/json": {
        "schema": {
            "anyOf": [
                {"$ref": "#/components/schemas/UploadedDocument"},
                {"$ref": "#/components/schemas/UploadResults"},
            ]
        }
    }
}
_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": DocumentUpload.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "additionalProperties": False,
                    "properties": {
                        "file": {
                            "type": "array",
                            "minItems": 1,
                            "items": {"type": "string", "format": "binary"},
                            "description": f"One or more files ({' '.join(SUPPORTED_SUFFIXES)}), "
                            "each its own document; the file name's stem becomes its doc_id",
                        }
                    },
                }
            },
        },
    }
}


@router.post(
    "/documents",
    status_code=201,
    response_model=UploadedDocument | UploadResults,  # what 201 and 200 answer (the route builds the body)
    responses={
        201: {
            "description": "JSON upload: the document, added or updated. Multipart: every file indexed or "
            "found indexed, at least one written; one result per file",
        },
        200: {
            "description": "Nothing written: the content was indexed already — under this id (outcome "
            "unchanged) or another (outcome duplicate, duplicate_of names it); for multipart, every file so",
            "content": _UPLOADED,
        },
        202: {
            "model": JobAccepted,
            "description": "Accepted as a job (a large upload, or ?wait=false): follow status_url",
            "headers": {
                "Location": {
                    "description": "The job's status URL, GET /jobs/{job_id}",
                    "schema": {"type": "string", "pattern": STATUS_URL_PATTERN},
                }
            },
        },
        207: {
            "model": UploadResults,
            "description": "Multipart: at least one file refused; each result carries its own status",
        },
        **errors(400, 401, 403, 413, 415, 422, 503),
    },
    summary="Add or replace documents: JSON text, or one or more files as multipart/form-data",
    openapi_extra=_UPLOAD_BODY,
)
async def upload_documents(
    request: Request, retriever: RetrieverDep, settings: SettingsDep, wait: Wait = "true"
) -> JSONResponse:
    multipart = request.headers.get("content-type", "").lower().startswith("multipart/form-data")
    items: list[Item] = await read_files(request, settings) if multipart else [await read_json(request)]
    size = sum(text_weight(item) for item in items if isinstance(item, Upload))
    if wait == "false" or size > settings.async_upload_bytes:
        # off the event loop: recording the job writes (and fsyncs) a file
        return await to_thread.run_sync(_accept_job, request.app.state.jobs, retriever, items, settings)
    limiter = request.app.state.upload_limiter
    results = await to_thread.run_sync(index_uploads, retriever, items, settings, limiter=limiter)
    if not multipart:
        (result,) = results
        if result.error is not None or result.document is None or result.outcome is None:
            error = result.error or ErrorBody(code="unreadable", message="the document could not be indexed")
            raise ApiError(result.status, error.code, error.message)
        detail = detail_or_404(retriever, result.document.doc_id)
        body = UploadedDocument(
            **detail.model_dump(), outcome=result.outcome, duplicate_of=result.duplicate_of
        )
        return JSONResponse(body.model_dump(), status_code=result.status)
    dumped: dict[str, Any] = UploadResults(results=results).model_dump()
    return JSONResponse(dumped, status_code=upload_status(results))


def upload_status(results: Sequence[FileResult]) -> int:
    """Multi-status (207) when any file was refused, even a single one; else 201 when any was written, 200
    when every one was indexed already."""
    if any(r.outcome is None for r in results):
        return 207
    return 201 if any(r.status == 201 for r in results) else 200


def _accept_job(
    runner: JobRunner, retriever: Retriever, items: list[Item], settings: Settings
) -> JSONResponse:
    names = tuple(item.name if isinstance(item, Upload) else item.file for item in items)
    try:
        job = runner.submit(names, lambda: run_job(retriever, items, settings))
    except JobsBusyError as exc:
        raise ApiError(
            503, "jobs_busy", f"{exc}; retry in a minute or send smaller uploads", {"Retry-After": "30"}
        ) from exc
    except OSError as exc:
        raise ApiError(
            503,
            "jobs_unavailable",
            f"cannot record the upload job in {runner.store.root}: {exc}; "
            "set CITEQA_JOBS_DIR to a writable folder",
        ) from exc
    url = f"/jobs/{job.job_id}"
    body = JobAccepted(job_id=job.job_id, status_url=url).model_dump()
    return JSONResponse(body, status_code=202, headers={"Location": url})
