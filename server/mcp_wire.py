"""What the MCP SDK reads as a notification although it is a broken request: a message with a method and an
``id`` that is neither a string nor an integer (an object, null, true, 1.5). JSON-RPC 2.0 requires an error
response of id null (-32600); the SDK drops the id and leaves the client waiting for an answer that never
comes. Both transports look at the raw message first (stdio: each line; HTTP: the POST body)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import Message, Receive

INVALID_ID = "Invalid Request: a request id is a string or an integer"
# A line the SDK's validation refuses as no JSON-RPC message (not as unparsable JSON): answered -32600.
_REFUSED_LINE = "{}\n"


def invalid_id(payload: str | bytes) -> bool:
    """The raw message is a request whose ``id`` no JSON-RPC client may send (batches are left to the SDK)."""
    try:
        message: Any = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return False
    if not isinstance(message, dict) or "method" not in message or "id" not in message:
        return False
    found = message["id"]
    return not (isinstance(found, str) or (isinstance(found, int) and not isinstance(found, bool)))


class CheckedLines:
    """stdio: the lines of an async file (what the SDK's transport iterates) as read, but one holding a
    request with an invalid id becomes a line the SDK refuses (answered -32600 of id null)."""

    def __init__(self, lines: AsyncIterable[str]) -> None:
        self._lines = lines

    async def __aiter__(self) -> AsyncIterator[str]:
        async for line in self._lines:
            yield _REFUSED_LINE if invalid_id(line) else line


async def read_body(receive: Receive) -> tuple[bytes, Receive]:
    """The whole request body, and a ``receive`` that hands it on unchanged to the app after us."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


def invalid_id_response() -> JSONResponse:
    return JSONResponse(
        {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": INVALID_ID}}, status_code=400
    )
