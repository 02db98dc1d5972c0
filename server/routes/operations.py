"""The web page, liveness and Prometheus metrics."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from anyio import to_thread
from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel, Field
from starlette.types import Scope

from indexer.chunk import PIPELINE_VERSION
from indexer.retrieve import Retriever
from server.deps import RetrieverDep, errors
from server.errors import JsonStaticFiles
from server.security import read_access

STATIC = Path(__file__).resolve().parents[1] / "static"

router = APIRouter(tags=["operations"])

# The page and its files (/, /static/*): the page shows untrusted document text and keeps an API key in
# localStorage, so it may load and run its own files only, send requests to this server only, and be framed by
# no one. data: is the empty favicon (index.html). /docs and /redoc, whose pages hold inline scripts, are not
# covered.
PAGE_POLICY = (
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)
PAGE_HEADERS = {
    "Content-Security-Policy": "; ".join(PAGE_POLICY),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
}


class PageFiles(JsonStaticFiles):
    """/static/*: the page's own files, with PAGE_HEADERS."""

    def file_response(
        self,
        full_path: str | os.PathLike[str],
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        response.headers.update(PAGE_HEADERS)
        return response


class Health(BaseModel):
    status: str = Field(..., description="ok when the index is loaded and answering")
    documents: int = Field(..., description="Documents in the index")
    passages: int = Field(..., description="Passages in the index")
    generation: int = Field(
        ...,
        description="The index version this process serves (its generation; on Milvus, statistics version)",
    )
    model: str = Field(..., description="The encoder the index was built with")
    dense_index: str = Field(
        ..., description="The dense index: flat or ivf; on Milvus, milvus-<index type> (milvus-flat)"
    )
    pipeline_version: int = Field(
        ...,
        description="The text-pipeline version (how documents are cleaned and chunked) the index's passages "
        "were made by; 0: built before citeqa recorded one",
    )
    pipeline_current: bool = Field(
        ...,
        description="Whether that is this citeqa's version; false: the index is served as built, and "
        "citeqa index PATHS --if-stale (make run) rebuilds it with this citeqa's passages",
    )


@router.get("/", include_in_schema=False)
def index_page() -> Response:
    page = STATIC / "index.html"
    if not page.exists():
        return JSONResponse({"message": "citeqa API: see /docs"})
    return FileResponse(page, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


@router.get("/healthz", response_model=Health, summary="Liveness and index summary (never needs a key)")
async def healthz(request: Request, retriever: RetrieverDep) -> Health:
    # on a thread of its own (api.lifespan): reading the snapshot may reload an index another writer
    # committed, which the event loop must not wait for, and the request threads may all be busy
    limiter = getattr(request.app.state, "health_limiter", None)  # (an app served without its lifespan: none)
    return await to_thread.run_sync(_health, retriever, limiter=limiter)


def _health(retriever: Retriever) -> Health:
    return Health(
        status="ok",
        documents=len(retriever.data.documents),
        passages=retriever.data.passages,
        generation=retriever.data.generation,
        model=retriever.settings.model,
        dense_index=retriever.snapshot.dense.kind,
        pipeline_version=retriever.settings.pipeline,
        pipeline_current=retriever.settings.pipeline == PIPELINE_VERSION,
    )


@router.get(
    "/metrics",
    summary="Prometheus metrics of this process",
    dependencies=[Depends(read_access)],
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {"schema": {"type": "string"}}}}, **errors(401)},
)
def metrics(request: Request) -> Response:
    body: Any = request.app.state.metrics.render(getattr(request.app.state, "retriever", None))
    return Response(body, media_type=CONTENT_TYPE_LATEST)
