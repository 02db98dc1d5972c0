"""The checks of the MCP transports that come before the SDK, where its own answer is wrong or unreadable.

- A request with a method and an ``id`` that is neither a string nor an integer (an object, null, true, 1.5):
  JSON-RPC 2.0 requires an error response of id null (-32600); the SDK reads it as a notification, drops the
  id and leaves the client waiting for an answer that never comes. Both transports look at the raw message
  first (stdio: each line; HTTP: the POST body).
- At /mcp, DNS-rebinding protection (the Origin header of a page elsewhere), GET and a body that is not JSON:
  refused with the API's JSON error body naming the fix, where the SDK answered plain text (403, 400) or
  opened an event stream that never sent a byte.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterable, AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import Message, Receive, Scope

from server.errors import error_response

if TYPE_CHECKING:
    from mcp.server.transport_security import TransportSecuritySettings

# With a port and without: a server on port 80 (or behind a proxy sending Host: localhost) is named without
# one (a probe: /mcp answered such requests 421 while /v1 beside it answered them).
_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
LOOPBACK_HOSTS = tuple(f"{name}{port}" for name in _LOOPBACK_NAMES for port in ("", ":*"))
LOOPBACK_ORIGINS = tuple(
    f"{scheme}://{name}{port}"
    for name in _LOOPBACK_NAMES
    for scheme in ("http", "https")
    for port in ("", ":*")
)
INVALID_ID = "Invalid Request: a request id is a string or an integer"
NO_METHOD = (
    'Invalid Request: a message is a request with a "method", or a response with a "result" or "error"'
)
# A line the SDK's validation refuses as no JSON-RPC message (not as unparsable JSON): answered -32600.
_REFUSED_LINE = "{}\n"


def invalid_id(payload: str | bytes) -> bool:
    """The raw message is a request whose ``id`` no JSON-RPC client may send (batches are left to the SDK)."""
    message = _parsed(payload)
    if not isinstance(message, dict) or "method" not in message or "id" not in message:
        return False
    found = message["id"]
    return not (isinstance(found, str) or (isinstance(found, int) and not isinstance(found, bool)))


def envelope_problem(payload: str | bytes) -> str | None:
    """What is wrong with a POSTed message's JSON-RPC envelope, in one sentence (None: nothing we judge).
    The SDK answered these with pydantic's report of its four message types, a dozen lines with links."""
    message = _parsed(payload)
    if message is _UNPARSED:
        return None
    if isinstance(message, list):
        return "Invalid Request: a batch (a JSON array) is not supported; send one message per request"
    if not isinstance(message, dict):
        return 'Invalid Request: a message is a JSON object with "jsonrpc": "2.0" and a "method"'
    if message.get("jsonrpc") != "2.0":
        return 'Invalid Request: "jsonrpc" must be "2.0"'
    if "method" not in message:
        if "result" in message or "error" in message:
            return None  # a response or error: the SDK's to judge
        # (the SDK answered -32602 with pydantic's report of its four message types; stdio answers -32600)
        return NO_METHOD
    if invalid_id(payload):
        return INVALID_ID
    if not isinstance(message["method"], str):
        return 'Invalid Request: "method" must be a string'
    if message.get("params") is not None and not isinstance(message["params"], dict):
        return 'Invalid Request: "params" must be an object'
    return None


_UNPARSED = object()


def _parsed(payload: str | bytes) -> Any:
    try:
        return json.loads(payload)
    except (ValueError, UnicodeDecodeError, RecursionError):
        # not for us to judge: the SDK's parser answers it (nesting too deep for Python's json module is a
        # parse error there; here it ended the stdio session and was a 500 at /mcp)
        return _UNPARSED


BATCH = "Invalid Request: a batch (a JSON array) is not supported; send one message per line"


class CheckedLines:
    """stdio: the lines of an async file (what the SDK's transport iterates) as read, but one holding a
    request with an invalid id becomes a line the SDK refuses (answered -32600 of id null), and a blank line
    is skipped (it had been answered with an unsolicited parse error, which the official SDKs only log)."""

    def __init__(self, lines: AsyncIterable[str]) -> None:
        self._lines = lines

    async def __aiter__(self) -> AsyncIterator[str]:
        async for line in self._lines:
            if line.strip():
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


def readable_id(payload: str | bytes) -> str | int | None:
    """The id of a POSTed message when one can be read (a string or an integer), else None: an Invalid
    Request is answered with it, as over stdio (JSON-RPC 2.0 answers null only when it cannot be read)."""
    message = _parsed(payload)
    found = message.get("id") if isinstance(message, dict) else None
    if isinstance(found, str) or (isinstance(found, int) and not isinstance(found, bool)):
        return found
    return None


def invalid_request_response(message: str, request_id: str | int | None = None) -> JSONResponse:
    return JSONResponse(
        {"jsonrpc": "2.0", "id": request_id, "error": {"code": -32600, "message": message}}, status_code=400
    )


def _trusted_names(allowed_hosts: Sequence[str]) -> list[str]:
    """The trusted host names beyond loopback, as they appear in a Host or Origin header (IPv6 bracketed)."""
    extra = [h for h in allowed_hosts if h not in ("127.0.0.1", "localhost", "::1")]
    return [f"[{h}]" if ":" in h else h for h in extra]


def allowed_origins(allowed_hosts: Sequence[str]) -> list[str]:
    """The Origin headers /mcp accepts: loopback pages, and pages of the hosts the server trusts, on any port
    (``host:*``, as the SDK reads such a pattern)."""
    names = _trusted_names(allowed_hosts)
    return [
        *LOOPBACK_ORIGINS,
        *(f"{scheme}://{h}{port}" for h in names for scheme in ("http", "https") for port in ("", ":*")),
    ]


def origin_allowed(origin: str, allowed: Sequence[str]) -> bool:
    """The SDK's rule: an exact match, or ``base:*`` matching ``base:`` and any port."""
    return origin in allowed or any(a.endswith(":*") and origin.startswith(a[:-1]) for a in allowed)


def transport_security(allowed_hosts: Sequence[str] | None) -> TransportSecuritySettings:
    """DNS-rebinding protection of the SDK (Host and Origin): loopback, plus the hosts the server trusts.
    `refuse_before_sdk` checks the same origins first; this stays as the SDK's own guard.

    ``None`` turns the check off (CITEQA_TRUSTED_HOSTS=*).
    """
    from mcp.server.transport_security import TransportSecuritySettings

    if allowed_hosts is None:
        return TransportSecuritySettings(enable_dns_rebinding_protection=False)
    names = _trusted_names(allowed_hosts)
    hosts = [*LOOPBACK_HOSTS, *(f"{h}:*" for h in names), *names]
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=hosts,
        allowed_origins=allowed_origins(allowed_hosts),
    )


def refuse_before_sdk(scope: Scope, allowed_hosts: Sequence[str] | None) -> JSONResponse | None:
    """What the SDK would get wrong here: a page of an untrusted origin got a plain-text 403; in stateless
    JSON mode a GET opened an event stream that never sent a byte, not even headers (the spec's answer for a
    server without one is 405); and a POST that is not JSON got a plain-text 400."""
    path = scope["path"]
    headers = Headers(scope=scope)
    origin = headers.get("origin")
    if origin and allowed_hosts is not None and not origin_allowed(origin, allowed_origins(allowed_hosts)):
        message = (
            f"this server does not answer to pages of origin {origin!r} (DNS-rebinding protection); "
            "if that page is yours, add its host to CITEQA_TRUSTED_HOSTS"
        )
        return error_response(403, "untrusted_origin", message, path)
    if scope["method"] == "GET":
        message = (
            "this MCP endpoint offers no event stream (stateless, JSON responses); POST JSON-RPC messages"
        )
        return error_response(405, "method_not_allowed", message, path, {"Allow": "POST"})
    if scope["method"] == "POST":
        content_type = headers.get("content-type", "")
        if content_type.split(";")[0].strip().lower() != "application/json":
            message = (
                f"send JSON-RPC messages as Content-Type: application/json, not {content_type or 'none'!r}"
            )
            return error_response(415, "unsupported_media_type", message, path)
    return None


LONE_SURROGATE = (
    "Parse error: a \\u escape in the message is half of a surrogate pair (\\ud800 alone), which is no "
    "character; send the character itself, or both halves"
)


def unparsed_error(error: Any) -> tuple[str | int | None, str]:
    """The id and message answering a stdio line the SDK's parser refused. Python's json module reads a
    lone surrogate escape (\\ud800) that the SDK's parser refuses: that line's id is known, and the error
    carries it (it had been id null, so the client waiting for its request was never answered)."""
    for e in error.errors():
        line = e.get("input")
        if e["type"] != "json_invalid" or not isinstance(line, str | bytes):
            continue
        message = _parsed(line)
        found = readable_id(line)
        if message is _UNPARSED or found is None:
            break
        try:
            json.dumps(message, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            return found, LONE_SURROGATE
        return found, f"Parse error: {e['msg']}"
    return None, "Parse error"
