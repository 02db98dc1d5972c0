"""FastAPI dependencies shared by the routers: the loaded retriever and the settings, from ``app.state``.

Dependencies are ``async def``: they never block, and a plain ``def`` would cost a thread hop per request.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request

from indexer.retrieve import Retriever
from server.config import Settings
from server.schemas import ErrorResponse


async def get_retriever(request: Request) -> Retriever:
    retriever: Retriever = request.app.state.retriever
    return retriever


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


RetrieverDep = Annotated[Retriever, Depends(get_retriever)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

_DESCRIPTIONS = {
    400: "Malformed JSON or a request the index cannot serve",
    401: "Missing or unknown API key (only when keys are configured)",
    403: "Read-only key on a write, or a multipart upload without a key or X-Requested-With",
    404: "Unknown id",
    413: "Request body over the limit of this endpoint (checked before parsing)",
    415: "Wrong Content-Type: JSON bodies must be application/json",
    422: "A field or path parameter violates the schema",
    429: "Rate limit exceeded; retry after the Retry-After header's seconds",
    503: "Busy: upload jobs waiting in this process, or another writer holds the index; see Retry-After",
}


# What the server answers before any route sees a request (server/middleware.py, server/protocol.py): every
# operation can get these; _openapi adds them to each.
TRANSPORT_ERRORS: dict[str, dict[str, Any]] = {
    str(status): {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
    }
    for status, description in (
        (408, "The request head or body did not arrive in time (CITEQA_HEADER_TIMEOUT, CITEQA_BODY_TIMEOUT)"),
        (421, "The Host header is not one this server answers to (CITEQA_TRUSTED_HOSTS)"),
    )
}


def by_id_errors() -> dict[int | str, dict[str, Any]]:
    """What a read of one thing by its id can answer besides it: a missing key, an unknown id, a malformed
    one (documents, passages and jobs alike)."""
    return errors(401, 404, 422)


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can answer, all with the one error body."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in sorted({*statuses, 429}):
        entry: dict[str, Any] = {"model": ErrorResponse, "description": _DESCRIPTIONS[status]}
        if status in (429, 503):
            entry["headers"] = {
                "Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}
            }
        out[status] = entry
    return out
