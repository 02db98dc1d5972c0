"""POST /search (ranked passages) and POST /ask (a cited answer, as JSON or Server-Sent Events)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

from anyio import to_thread
from fastapi import APIRouter, Depends
from fastapi.responses import Response, StreamingResponse

from indexer.query import NO_WORDS, has_words
from indexer.searcher import Filters
from server.deps import RetrieverDep, SettingsDep, errors
from server.errors import ApiError
from server.generate import answer_question
from server.jsonbody import StrictJsonRoute
from server.schemas import (
    SSE_EVENT,
    AskRequest,
    AskResponse,
    SearchRequest,
    SearchResponse,
    search_response,
)
from server.security import read_access

router = APIRouter(dependencies=[Depends(read_access)], route_class=StrictJsonRoute)

_SSE_EXAMPLE = (
    'event: delta\ndata: {"text": "运城市拿出150个事业编制……[1]"}\n\n'
    'event: citations\ndata: {"citations": [...], "groups": [...], "answerable": true}\n\n'
    'event: done\ndata: {"took_ms": 12.0}\n\n'
)


@router.post(
    "/search",
    response_model=SearchResponse,
    tags=["search"],
    responses=errors(400, 401, 403, 413, 415, 422),
    summary="Ranked passages for a query",
)
async def search(body: SearchRequest, retriever: RetrieverDep) -> Response:
    if not has_words(body.query):  # refused as an empty query is (422), not answered with arbitrary passages
        raise ApiError(422, "invalid_request", f"query: {NO_WORDS}")

    def run() -> bytes:
        started = time.perf_counter()
        f = body.filters
        filters = Filters(region=f.region, doc_id=f.doc_id) if f else None
        hits = retriever.search(body.query, body.top_k, body.mode, filters)
        took = (time.perf_counter() - started) * 1000
        return search_response(body.query.strip(), body.mode, hits, took).model_dump_json().encode()

    # One thread hop for the whole request, and the body serialised once (already validated by its model).
    return Response(await to_thread.run_sync(run), media_type="application/json")


@router.post(
    "/ask",
    response_model=AskResponse,
    tags=["answers"],
    responses={
        200: {
            "description": "The answer as JSON, or with stream: true as Server-Sent Events "
            "(delta events, then citations, then done)",
            "content": {"text/event-stream": {"schema": SSE_EVENT, "example": _SSE_EXAMPLE}},
        },
        **errors(400, 401, 403, 413, 415, 422),
    },
    summary="A cited answer (JSON, or Server-Sent Events with stream: true)",
)
async def ask(body: AskRequest, retriever: RetrieverDep, settings: SettingsDep) -> Response:
    f = body.filters
    filters = Filters(region=f.region, doc_id=f.doc_id) if f else None
    answer = await to_thread.run_sync(
        answer_question, retriever, body.question, body.top_k, settings, filters
    )
    if not body.stream:
        return Response(answer.model_dump_json().encode(), media_type="application/json")
    return StreamingResponse(
        _sse(answer),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


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
