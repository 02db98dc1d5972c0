"""POST /documents: JSON text, or several files in one multipart request, each answered on its own. A small
upload is indexed while the client waits (201, or 207 when some files were refused); a large one — or any sent
with ?wait=false — is answered 202 at once and indexed by a job (GET /jobs/{id}).

Both ways do the same work: each file parsed in a capped child process (server/ingest.py), then all of them
added in one write, which encodes before the index's write lock and holds it only to merge and commit — so
reads, and other writes, never wait for an upload's encoding.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from anyio import to_thread
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from indexer.archive import ARCHIVE_SUFFIXES
from indexer.build import Prepared
from indexer.dedupe import Verdict
from indexer.load import SUPPORTED_SUFFIXES
from indexer.retrieve import Retriever
from server.config import Settings
from server.deps import RetrieverDep, SettingsDep, errors
from server.errors import ApiError, index_error_code, validation_message
from server.ingest import ParseError, Upload, parse_upload, stated_region
from server.jobs import JobRunner, JobsBusyError, Outcome
from server.routes.documents import detail_or_404
from server.schemas import (
    STATUS_URL_PATTERN,
    DocumentSummary,
    DocumentUpload,
    ErrorBody,
    FileResult,
    JobAccepted,
    UploadedDocument,
    UploadResults,
    document_summary,
)
from server.security import write_access

router = APIRouter(tags=["documents"], dependencies=[Depends(write_access)])

# A file to parse, or one refused on arrival (unsupported type, too large).
Item = Upload | FileResult
Wait = Annotated[
    Literal["true", "false"],
    Query(
        description="false: always answer 202 with a job. true (default): answer when indexed, unless the "
        "upload is larger than the server's CITEQA_ASYNC_UPLOAD_BYTES (then 202 with a job all the same)"
    ),
]


def refused(name: str, status: int, code: str, message: str) -> FileResult:
    error = ErrorBody(code=code, message=message)
    return FileResult(file=name, status=status, document=None, error=error, outcome=None, duplicate_of=None)


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


# A PDF's text streams are compressed: its bytes hold about this many times as much text (a guess on the high
# side: a page of a notice is ~2 KB of text in ~1 KB of stream).
_PDF_EXPANSION = 4


# The parts of a .docx (a .xlsx) that hold its text (its styles, theme and fonts are much the same in every
# file): a sheet's XML is several times its text (each cell's reference and style), so a .xlsx weighs more.
_TEXT_PARTS = {
    ".docx": re.compile(r"word/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml"),
    ".xlsx": re.compile(r"xl/(?:worksheets/sheet\d+|sharedStrings)\.xml"),
}


def text_weight(item: Upload) -> int:
    """About how many bytes of text an upload holds — what indexing it costs: a .docx or .xlsx (a zip) by
    the uncompressed size of the parts holding its text, a PDF by a multiple of its bytes, anything else by
    its bytes. (A 141 KB .docx of 20,000 short paragraphs had gone the synchronous way, 17 minutes in one
    request, a fault probe.)"""
    parts = _TEXT_PARTS.get(item.suffix or "")
    if parts is not None:
        try:
            with zipfile.ZipFile(io.BytesIO(item.data)) as archive:
                inside = sum(i.file_size for i in archive.infolist() if parts.fullmatch(i.filename))
            return max(len(item.data), inside)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
            return len(item.data)  # not a zip: parsing refuses it
    if item.suffix == ".pdf":
        return len(item.data) * _PDF_EXPANSION
    return len(item.data)


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
    items: list[Item] = await _read_files(request, settings) if multipart else [await _read_json(request)]
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


async def _read_json(request: Request) -> Upload:
    try:
        body = DocumentUpload.model_validate_json(await request.body())
    except ValidationError as exc:
        code, message, _ = validation_message(exc)
        raise ApiError(400 if code == "malformed_json" else 422, code, message) from exc
    doc_id = body.doc_id or ("u" + hashlib.sha1(body.text.encode("utf-8")).hexdigest()[:15])
    try:
        region = stated_region(body.region, doc_id)
    except ParseError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from exc
    given = {"region": region, "date": body.date, "source": body.source}
    return Upload(doc_id, body.text.encode("utf-8"), None, doc_id=doc_id, title=body.title, given=given)


class _WholeForm(MultiPartParser):
    """Starlette's form parser, refusing a body that ends before its closing boundary (--BOUNDARY--).

    Starlette returns what it read of such a body: a part cut short is dropped (a probe was told "send each
    document as a multipart field named 'file'" of a body that had one) and the temporary file it had opened
    for it is left open; a client cut off mid-upload may have meant more files than arrived.
    """

    ended = False

    def on_end(self) -> None:
        self.ended = True

    async def parse(self) -> FormData:
        form = await super().parse()
        if not self.ended:
            await form.close()
            for file in self._files_to_close_on_error:  # the part cut short is in no form item
                file.close()
            raise MultiPartException(
                "the body ends before its closing boundary (--BOUNDARY--): it was cut short; send it again"
            )
        return form


async def _read_files(request: Request, settings: Settings) -> list[Item]:
    """Each file's bytes (up to the per-file limit), or its refusal; 400 for a form that is not files."""
    limit = settings.max_upload_files
    parser = _WholeForm(request.headers, request.stream(), max_files=limit, max_fields=limit)
    try:
        form = await parser.parse()
    except Exception as exc:  # python-multipart / Starlette raise several types for a broken form
        why = str(getattr(exc, "detail", exc))
        if why.startswith("Too many files"):  # the README's "files per request": too much, not malformed
            raise ApiError(
                413,
                "too_many_files",
                f"one request takes at most {settings.max_upload_files} files (CITEQA_MAX_UPLOAD_FILES); "
                "send the others in further requests",
            ) from exc
        raise ApiError(400, "bad_multipart", f"the multipart body could not be read: {why}") from exc
    try:
        fields = form.multi_items()
        unknown = sorted({key for key, _ in fields if key != "file"})
        if unknown:
            raise ApiError(
                400, "unknown_field", f"unexpected form fields {unknown}; send only files, each named 'file'"
            )
        if any(not isinstance(value, UploadFile) for _, value in fields):
            # a part without filename= is a form value; it had been told "unexpected form fields ['file']"
            raise ApiError(
                400,
                "not_a_file",
                "a part named 'file' has no filename, so it is a form value, not a file; send it with "
                'filename="NAME.txt" in its Content-Disposition (filename* alone is not read), or POST '
                'the text as JSON {"text": "…"}',
            )
        files = [value for _, value in fields if isinstance(value, UploadFile)]
        if not files:
            raise ApiError(400, "missing_file", "send each document as a multipart field named 'file'")
        return [await _read_file(upload, settings) for upload in files]
    finally:
        await form.close()


async def _read_file(upload: UploadFile, settings: Settings) -> Item:
    # the file's own name, also when a client sends a Windows path (C:\\Users\\x\\a.txt: old browsers do)
    name = Path((upload.filename or "").replace("\\", "/")).name
    # a name of dots and spaces only ("...", "   ") names nothing, as "." and ".." do (Windows drops trailing
    # dots and spaces: such a name is empty there); it had been refused as "   : unsupported file type"
    nameless = not name.replace(".", "").strip()
    if nameless:
        name = "upload.txt"  # (named by its content below, once read)
    suffix = Path(name).suffix.lower()
    if suffix in ARCHIVE_SUFFIXES:  # (the folder indexer reads one; an upload is one document)
        return refused(
            name,
            415,
            "unsupported_type",
            f"{name}: an archive is not uploaded whole; upload the files in it, or index its folder "
            "with citeqa index",
        )
    if suffix not in SUPPORTED_SUFFIXES:
        return refused(
            name,
            415,
            "unsupported_type",
            f"{name}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}",
        )
    data = await upload.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        return refused(name, 413, "too_large", f"{name} exceeds {settings.max_upload_bytes} bytes")
    if nameless:
        # a file sent without a name is named by its content: two of them never take one doc_id, where the
        # second replaced the first (a fault probe's filename="" and filename=".")
        name = f"upload-{hashlib.sha256(data).hexdigest()[:12]}.txt"
    return Upload(name, data, suffix)
