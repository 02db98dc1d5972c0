"""The web page, liveness and Prometheus metrics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel, Field

from server.deps import RetrieverDep, errors
from server.security import read_access

STATIC = Path(__file__).resolve().parents[1] / "static"

router = APIRouter(tags=["operations"])


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


@router.get("/", include_in_schema=False)
def index_page() -> Response:
    page = STATIC / "index.html"
    if not page.exists():
        return JSONResponse({"message": "citeqa API: see /docs"})
    return FileResponse(page, media_type="text/html; charset=utf-8")


@router.get("/healthz", response_model=Health, summary="Liveness and index summary (never needs a key)")
def healthz(retriever: RetrieverDep) -> Health:
    return Health(
        status="ok",
        documents=len(retriever.data.documents),
        passages=retriever.data.passages,
        generation=retriever.data.generation,
        model=retriever.settings.model,
        dense_index=retriever.snapshot.dense.kind,
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
