"""Documents and passages: list, read, upload (JSON text or several files in one multipart request, each
answered on its own), delete. Reads of ids check their shape first, so an id is either well-formed or 422."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated, Any

from anyio import CapacityLimiter, to_thread
from fastapi import APIRouter, Depends, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from indexer.build import Prepared
from indexer.load import SUPPORTED_SUFFIXES
from indexer.retrieve import Retriever
from server.config import Settings
from server.deps import RetrieverDep, SettingsDep, errors
from server.errors import ApiError, validation_message
from server.ingest import ParseError, Upload, parse_upload
from server.limits import DOC_ID_PATTERN, PASSAGE_ID_PATTERN
from server.schemas import (
    DeleteResult,
    DocumentDetail,
    DocumentList,
    DocumentSummary,
    DocumentUpload,
    ErrorBody,
    FileResult,
    PassageDetail,
    UploadResults,
    document_detail,
)
from server.security import read_access, write_access

reads = APIRouter(tags=["documents"], dependencies=[Depends(read_access)])
writes = APIRouter(tags=["documents"], dependencies=[Depends(write_access)])

DocId = Annotated[str, PathParam(pattern=DOC_ID_PATTERN, examples=["001_23f8d249a03d504e"])]
PassageId = Annotated[str, PathParam(pattern=PASSAGE_ID_PATTERN, examples=["001_23f8d249a03d504e:14"])]


def _detail(retriever: Retriever, doc_id: str) -> DocumentDetail:
    found = retriever.document(doc_id)
    if found is None:
        raise ApiError(404, "not_found", f"no document {doc_id!r}; GET /documents lists them")
    return document_detail(*found)


@reads.get("/documents", response_model=DocumentList, responses=errors(401), summary="All documents")
def list_documents(retriever: RetrieverDep) -> DocumentList:
    data = retriever.data
    counts = data.passage_counts()
    return DocumentList(
        documents=[
            DocumentSummary(
                doc_id=d.doc_id,
                title=d.title,
                region=d.region,
                date=d.date,
                source=d.source,
                passages=int(counts[i]),
            )
            for i, d in enumerate(data.documents)
        ]
    )


@reads.get(
    "/documents/{doc_id}",
    response_model=DocumentDetail,
    responses=errors(401, 404, 422),
    summary="One document with its clean text",
)
def get_document(doc_id: DocId, retriever: RetrieverDep) -> DocumentDetail:
    return _detail(retriever, doc_id)


@reads.get(
    "/passages/{passage_id}",
    response_model=PassageDetail,
    responses=errors(401, 404, 422),
    summary="One passage",
)
def get_passage(passage_id: PassageId, retriever: RetrieverDep) -> PassageDetail:
    data = retriever.data
    row = data.row_of(passage_id)
    if row is None:
        raise ApiError(404, "not_found", f"no passage {passage_id!r}; passage ids look like DOC_ID:N")
    doc = data.documents[int(data.doc_rows[row])]
    return PassageDetail(
        passage_id=passage_id,
        doc_id=doc.doc_id,
        title=doc.title,
        region=doc.region,
        text=data.passage_text(row),
        start=int(data.starts[row]),
        end=int(data.ends[row]),
    )


@writes.delete(
    "/documents/{doc_id}",
    response_model=DeleteResult,
    responses=errors(401, 403, 404, 422),
    summary="Remove a document",
)
def delete_document(doc_id: DocId, retriever: RetrieverDep) -> DeleteResult:
    if retriever.delete([doc_id]) == 0:
        raise ApiError(404, "not_found", f"no document {doc_id!r}; GET /documents lists them")
    return DeleteResult(
        deleted=doc_id, documents=len(retriever.data.documents), passages=retriever.data.passages
    )


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
                            "description": "One or more files (.txt .md .html .htm .docx .pdf), each its own "
                            "document; the file name's stem becomes its doc_id",
                        }
                    },
                }
            },
        },
    }
}


@writes.post(
    "/documents",
    status_code=201,
    responses={
        201: {
            "description": "JSON upload: the document. Multipart: every file indexed, one result per file",
            "content": {
                "application/json": {
                    "schema": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/DocumentDetail"},
                            {"$ref": "#/components/schemas/UploadResults"},
                        ]
                    }
                }
            },
        },
        207: {
            "model": UploadResults,
            "description": "Multipart: at least one file refused; each result carries its own status",
        },
        **errors(400, 401, 403, 413, 415, 422),
    },
    summary="Add or replace documents: JSON text, or one or more files as multipart/form-data",
    openapi_extra=_UPLOAD_BODY,
)
async def upload_documents(
    request: Request,
    retriever: RetrieverDep,
    settings: SettingsDep,
) -> JSONResponse:
    manifest = retriever.data.settings
    if request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        return await _upload_files(request, retriever, settings)
    try:
        body = DocumentUpload.model_validate_json(await request.body())
    except ValidationError as exc:
        code, message, _ = validation_message(exc)
        raise ApiError(400 if code == "malformed_json" else 422, code, message) from exc
    doc_id = body.doc_id or ("u" + hashlib.sha1(body.text.encode("utf-8")).hexdigest()[:15])
    upload = Upload(doc_id, body.text.encode("utf-8"), None, doc_id=doc_id, title=body.title)
    limiter = request.app.state.upload_limiter
    try:
        prepared = await to_thread.run_sync(
            parse_upload,
            upload,
            manifest,
            settings.parse_timeout,
            settings.parse_memory_bytes,
            limiter=limiter,
        )
    except ParseError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from exc
    await to_thread.run_sync(retriever.add, [prepared], limiter=limiter)
    return JSONResponse(_detail(retriever, prepared.meta.doc_id).model_dump(), status_code=201)


async def _upload_files(request: Request, retriever: Retriever, settings: Settings) -> JSONResponse:
    try:
        form = await request.form(max_files=settings.max_upload_files, max_fields=settings.max_upload_files)
    except Exception as exc:  # python-multipart / Starlette raise several types for a broken form
        raise ApiError(400, "bad_multipart", f"the multipart body could not be read: {exc}") from exc
    try:
        items = form.multi_items()
        unknown = sorted({key for key, value in items if key != "file" or not isinstance(value, UploadFile)})
        if unknown:
            raise ApiError(
                400, "unknown_field", f"unexpected form fields {unknown}; send only files, each named 'file'"
            )
        files = [value for _, value in items if isinstance(value, UploadFile)]
        if not files:
            raise ApiError(400, "missing_file", "send each document as a multipart field named 'file'")
        results: list[FileResult | None] = []
        prepared: list[Prepared] = []
        for upload in files:
            outcome = await _parse_file(
                upload, retriever.data.settings, settings, request.app.state.upload_limiter
            )
            if isinstance(outcome, FileResult):
                results.append(outcome)
            else:
                results.append(None)
                prepared.append(outcome)
    finally:
        await form.close()
    if prepared:
        await to_thread.run_sync(retriever.add, prepared, limiter=request.app.state.upload_limiter)
    done = iter(prepared)
    final = []
    for upload, result in zip(files, results, strict=True):
        if result is None:
            doc = _detail(retriever, next(done).meta.doc_id)
            summary = DocumentSummary(**doc.model_dump(exclude={"text"}))
            result = FileResult(file=upload.filename or "upload", status=201, document=summary, error=None)
        final.append(result)
    body: dict[str, Any] = UploadResults(results=final).model_dump()
    # Multi-status: each file has its own status in the body, even when a single file was refused.
    return JSONResponse(body, status_code=201 if all(r.status == 201 for r in final) else 207)


async def _parse_file(
    upload: UploadFile, manifest: dict[str, Any], settings: Settings, limiter: CapacityLimiter
) -> Prepared | FileResult:
    name = Path(upload.filename or "upload.txt").name or "upload.txt"

    def refused(status: int, code: str, message: str) -> FileResult:
        return FileResult(
            file=name, status=status, document=None, error=ErrorBody(code=code, message=message)
        )

    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return refused(
            415,
            "unsupported_type",
            f"{name}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}",
        )
    data = await upload.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        return refused(413, "too_large", f"{name} exceeds {settings.max_upload_bytes} bytes")
    try:
        timeout, memory = settings.parse_timeout, settings.parse_memory_bytes
        upload_ = Upload(name, data, suffix)
        return await to_thread.run_sync(parse_upload, upload_, manifest, timeout, memory, limiter=limiter)
    except ParseError as exc:
        return refused(exc.status, exc.code, exc.message)
