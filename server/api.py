"""The HTTP API (SPEC §4): search, ask (JSON or Server-Sent Events), documents, passages, health, metrics.

The index loads once at start-up into ``app.state``; plain ``def`` endpoints run in the threadpool.
Domain errors become JSON ``{"error": {"code", "message"}}`` with a 4xx status in one place.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from indexer.build import make_doc_id, prepare, validate_doc_id
from indexer.load import SUPPORTED_SUFFIXES, extract_text
from indexer.retrieve import Filters, Retriever
from indexer.settings import IndexSettings
from server.config import Settings
from server.generate import answer_question
from server.mcp import mount_mcp
from server.openai_compat import router as openai_router
from server.schemas import (
    AskRequest,
    AskResponse,
    DocumentDetail,
    DocumentList,
    DocumentSummary,
    DocumentUpload,
    ErrorResponse,
    PassageDetail,
    SearchRequest,
    SearchResponse,
    document_detail,
    search_response,
)

logger = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "citeqa_requests", "HTTP requests", ["route", "method", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "citeqa_request_seconds",
            "Request latency",
            ["route"],
            registry=self.registry,
            buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )
        self.documents = Gauge("citeqa_documents", "Documents in the index", registry=self.registry)
        self.passages = Gauge("citeqa_passages", "Passages in the index", registry=self.registry)


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Bad input"},
    404: {"model": ErrorResponse, "description": "Unknown id"},
    422: {"model": ErrorResponse, "description": "Invalid request body"},
}


def _validation_message(exc: RequestValidationError | ValidationError) -> tuple[str, str]:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return "malformed_json", "the request body is not valid JSON"
    parts = []
    for e in errors[:3]:
        loc = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
        parts.append(f"{loc or 'body'}: {e.get('msg')}")
    return "invalid_request", "; ".join(parts)


def create_app(settings: Settings | None = None, retriever: Retriever | None = None) -> FastAPI:
    settings = settings or Settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.retriever = retriever or Retriever(settings.index_dir)
        if settings.warm_up:
            await run_in_threadpool(app.state.retriever.warm_up)
        _update_gauges(app.state.retriever)
        yield

    def _update_gauges(r: Retriever) -> None:
        metrics.documents.set(len(r.data.documents))
        metrics.passages.set(r.data.passages)

    app = FastAPI(
        title="citeqa",
        version="0.1.0",
        description="Cited answers to Chinese questions over Chinese documents. "
        "Every quote is a verbatim slice `text[start:end]` of a document's clean text "
        "(GET /documents/{doc_id}).",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.metrics = metrics
    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # ---------- errors, in one place ----------
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        code, message = _validation_message(exc)
        return error_response(400 if code == "malformed_json" else 422, code, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            exc.status_code, "http_error"
        )
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(ValueError)
    async def _value(_: Request, exc: ValueError) -> JSONResponse:
        return error_response(400, "bad_request", str(exc))

    @app.middleware("http")
    async def _measure(request: Request, call_next: Any) -> Response:
        started = time.perf_counter()
        response: Response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        metrics.requests.labels(path, request.method, str(response.status_code)).inc()
        metrics.latency.labels(path).observe(time.perf_counter() - started)
        return response

    def state(request: Request) -> Retriever:
        r: Retriever = request.app.state.retriever
        return r

    # ---------- pages and operations ----------
    @app.get("/", include_in_schema=False)
    def index_page() -> Response:
        page = STATIC / "index.html"
        if not page.exists():
            return JSONResponse({"message": "citeqa API: see /docs"})
        return FileResponse(page, media_type="text/html; charset=utf-8")

    @app.get("/healthz", tags=["operations"], summary="Liveness and index summary")
    def healthz(request: Request) -> dict[str, Any]:
        r = state(request)
        return {
            "status": "ok",
            "documents": len(r.data.documents),
            "passages": r.data.passages,
            "model": r.settings.model,
            "dense_index": r.snapshot.dense.kind,
        }

    @app.get("/metrics", tags=["operations"], summary="Prometheus metrics", response_class=Response)
    def metrics_endpoint() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    # ---------- retrieval and answers ----------
    @app.post(
        "/search",
        response_model=SearchResponse,
        tags=["search"],
        responses=_ERRORS,
        summary="Ranked passages for a query",
    )
    def search(body: SearchRequest, request: Request) -> SearchResponse:
        started = time.perf_counter()
        f = body.filters
        filters = Filters(region=f.region, doc_id=f.doc_id) if f else None
        hits = state(request).search(body.query, body.top_k, body.mode, filters)
        return search_response(body.query.strip(), body.mode, hits, (time.perf_counter() - started) * 1000)

    @app.post(
        "/ask",
        response_model=AskResponse,
        tags=["answers"],
        responses=_ERRORS,
        summary="A cited answer (JSON, or Server-Sent Events with stream: true)",
    )
    def ask(body: AskRequest, request: Request) -> Response:
        answer = answer_question(state(request), body.question, body.top_k, settings)
        if not body.stream:
            return JSONResponse(answer.model_dump())
        return StreamingResponse(
            _sse(answer),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    # ---------- documents ----------
    def _summary(r: Retriever, doc_id: str) -> DocumentDetail:
        found = r.document(doc_id)
        if found is None:
            raise ApiError(404, "not_found", f"no document {doc_id!r}; GET /documents lists them")
        return document_detail(*found)

    @app.get("/documents", response_model=DocumentList, tags=["documents"], summary="All documents")
    def list_documents(request: Request) -> DocumentList:
        data = state(request).data
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

    @app.get(
        "/documents/{doc_id}",
        response_model=DocumentDetail,
        tags=["documents"],
        responses=_ERRORS,
        summary="One document with its clean text",
    )
    def get_document(doc_id: str, request: Request) -> DocumentDetail:
        return _summary(state(request), doc_id)

    @app.delete("/documents/{doc_id}", tags=["documents"], responses=_ERRORS, summary="Remove a document")
    def delete_document(doc_id: str, request: Request) -> dict[str, Any]:
        r = state(request)
        if r.delete([doc_id]) == 0:
            raise ApiError(404, "not_found", f"no document {doc_id!r}; GET /documents lists them")
        _update_gauges(r)
        return {"deleted": doc_id, "documents": len(r.data.documents), "passages": r.data.passages}

    @app.post(
        "/documents",
        response_model=DocumentDetail,
        status_code=201,
        tags=["documents"],
        responses=_ERRORS,
        summary="Add or replace a document: multipart file (.txt .md .html .docx .pdf) or JSON text",
        openapi_extra={
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": DocumentUpload.model_json_schema(),
                        "example": {"text": "某市设立人才编制周转池……", "title": "示例"},
                    },
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "required": ["file"],
                            "properties": {"file": {"type": "string", "format": "binary"}},
                        }
                    },
                },
                "required": True,
            }
        },
    )
    async def upload_document(request: Request) -> JSONResponse:
        r = state(request)
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("multipart/form-data"):
            form = await request.form()
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise ApiError(400, "missing_file", "send the document as a multipart field named 'file'")
            name = upload.filename or "upload.txt"
            suffix = Path(name).suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES:
                raise ApiError(
                    415,
                    "unsupported_type",
                    f"{name}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}",
                )
            data = await upload.read(settings.max_upload_bytes + 1)
            if len(data) > settings.max_upload_bytes:
                raise ApiError(413, "too_large", f"the file exceeds {settings.max_upload_bytes} bytes")
            raw = await run_in_threadpool(extract_text, data, suffix, name=name)
            doc_id, title = make_doc_id(name), None
        else:
            body = await request.body()
            if len(body) > settings.max_upload_bytes:
                raise ApiError(413, "too_large", f"the body exceeds {settings.max_upload_bytes} bytes")
            try:
                upload_json = DocumentUpload.model_validate_json(body)
            except ValidationError as exc:
                code, message = _validation_message(exc)
                raise ApiError(400 if code == "malformed_json" else 422, code, message) from exc
            raw = upload_json.text
            doc_id = (
                validate_doc_id(upload_json.doc_id)
                if upload_json.doc_id
                else ("u" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:15])
            )
            title = upload_json.title
            name = doc_id
        settings_ = IndexSettings.from_manifest(r.data.settings)
        prepared = await run_in_threadpool(prepare, raw, doc_id, settings_, name, title)
        await run_in_threadpool(r.add, [prepared])
        _update_gauges(r)
        return JSONResponse(_summary(r, doc_id).model_dump(), status_code=201)

    @app.get(
        "/passages/{passage_id}",
        response_model=PassageDetail,
        tags=["documents"],
        responses=_ERRORS,
        summary="One passage",
    )
    def get_passage(passage_id: str, request: Request) -> PassageDetail:
        data = state(request).data
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

    # ---------- chat tools: OpenAI-compatible API and MCP (streamable HTTP at /mcp) ----------
    app.include_router(openai_router)
    mount_mcp(app)

    return app


def _sse_event(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def answer_pieces(answer: str) -> list[str]:
    """The answer cut after each citation marker or sentence end, so clients can render it progressively."""
    pieces, cur = [], ""
    for ch in answer:
        cur += ch
        if ch in "]。;；\n":
            pieces.append(cur)
            cur = ""
    if cur:
        pieces.append(cur)
    return pieces


def _sse(answer: AskResponse) -> Iterator[str]:
    for piece in answer_pieces(answer.answer):
        yield _sse_event("delta", {"text": piece})
    body = answer.model_dump()
    yield _sse_event(
        "citations",
        {"citations": body["citations"], "groups": body["groups"], "answerable": body["answerable"]},
    )
    yield _sse_event("done", {"took_ms": body["took_ms"]})
