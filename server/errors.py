"""Errors of the HTTP layer in one place: every 4xx is JSON ``{"error": {"code", "message"}}``.

The OpenAI-compatible routes (/v1) answer in OpenAI's shape, which carries the same code and message.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from indexer.lock import IndexBusyError
from indexer.milvus_client import BackendUnavailableError
from indexer.store import IndexWriteError
from indexer.validate import IndexFormatError
from server.limits import HAS_CONTENT, NOT_BLANK

logger = logging.getLogger(__name__)

OPENAI_PREFIX = "/v1/"
MCP_PATHS = ("/mcp", "/mcp/")
# JSON-RPC's "Invalid Request": what MCP clients read from an error body at /mcp (the SDK shows its message).
JSONRPC_INVALID_REQUEST = -32600
_HTTP_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
}


# The index, not the request, is at fault: another writer holds the lock, a commit on disk is damaged, the
# Milvus server is down. 503 says "try again" (what is indexed is untouched); the message names the fix.
INDEX_ERRORS: dict[type[Exception], tuple[str, dict[str, str]]] = {
    IndexBusyError: ("index_busy", {"Retry-After": "5"}),
    IndexFormatError: ("index_unavailable", {}),
    BackendUnavailableError: ("backend_unavailable", {"Retry-After": "5"}),
    IndexWriteError: ("index_write_failed", {}),
}


def index_error_code(exc: Exception) -> str | None:
    """The error code of an index-side failure (see INDEX_ERRORS), None for anything else."""
    for exc_type, (code, _) in INDEX_ERRORS.items():
        if isinstance(exc, exc_type):
            return code
    return None


# What a client is told when Milvus fails a request: pymilvus' own words name the server's internal address
# and mean nothing to an API client (a probe); they go to the log.
BACKEND_DOWN = "the index backend (Milvus) did not answer; it may be restarting: try again shortly"


async def _index_error(request: Request, exc: Exception) -> JSONResponse:
    code, headers = next(v for t, v in INDEX_ERRORS.items() if isinstance(exc, t))
    message = str(exc)
    if type(exc) is BackendUnavailableError:  # (a LeaseTimeout's words are the client's to read)
        logger.warning("%s %s: %s", request.method, request.url.path, exc)
        message = BACKEND_DOWN
    return error_response(503, code, message, request.url.path, headers or None)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def not_found(what: str, key: str, hint: str) -> ApiError:
    """404 for an id that is well-formed (the path's pattern checked it) but names nothing."""
    return ApiError(404, "not_found", f"no {what} {key!r}; {hint}")


def error_body(
    code: str, message: str, path: str = "", param: str | None = None, status: int = 400
) -> dict[str, Any]:
    """The error body for ``path``: OpenAI's shape under /v1, a JSON-RPC error at /mcp (whose own protocol
    errors are JSON-RPC; a client shows its message, where any other body becomes "Server returned an error
    response"), with the API's code in ``data.code``; else ``{"error": {"code", "message"}}``."""
    if path in MCP_PATHS:
        error = {"code": JSONRPC_INVALID_REQUEST, "message": message, "data": {"code": code}}
        return {"jsonrpc": "2.0", "id": None, "error": error}
    if path.startswith(OPENAI_PREFIX):
        # (OpenAI's clients retry a server_error; an invalid_request_error is the caller's to fix)
        kind = "server_error" if status >= 500 else "invalid_request_error"
        return {"error": {"code": code, "message": message, "type": kind, "param": param}}
    return {"error": {"code": code, "message": message}}


def error_response(
    status: int, code: str, message: str, path: str = "", headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(code, message, path, status=status), status_code=status, headers=headers)


_CONTENT = (HAS_CONTENT, NOT_BLANK)  # the patterns saying a text must hold something


def _json_error(error: Any) -> str:
    """What is wrong with a JSON body, and where: FastAPI's own message is only "JSON decode error", its
    parser's words (「Expecting value」) and the character it stopped at come beside it."""
    msg = str(error.get("msg", ""))
    why = (error.get("ctx") or {}).get("error")
    loc = error.get("loc", ())
    if msg == "JSON decode error" and why:
        at = loc[-1] if loc and isinstance(loc[-1], int) else None
        return f"{why}" + (f" at character {at + 1:,}" if at is not None else "")
    return msg


def validation_message(exc: RequestValidationError | ValidationError) -> tuple[str, str, str | None]:
    """(code, message, the first offending field) of a validation error."""
    errors = exc.errors()
    invalid = [_json_error(e) for e in errors if e.get("type") == "json_invalid"]
    if invalid:
        # the parser's own words say where (「…at line 1 column 16」); a \ud800 escape with no pair reads as
        # 「unexpected end of hex escape」 or 「lone leading surrogate」: valid JSON text to its sender
        why = invalid[0].removeprefix("Invalid JSON: ")
        if "surrogate" in why or "hex escape" in why:
            message = f"the request body holds an unpaired surrogate (such as \\ud800): {why}"
        else:
            message = f"the request body is not valid JSON: {why}"
        return "malformed_json", message, None
    parts, first = [], None
    for e in errors[:3]:
        parts_ = list(e.get("loc", ()))
        if parts_ and parts_[0] in ("body", "path", "query", "header"):
            parts_ = parts_[1:]  # where the field was sent, not the field
        loc = ".".join(str(p) for p in parts_)
        first = first or loc or None
        msg = e.get("msg")
        if e.get("type") == "string_pattern_mismatch" and (e.get("ctx") or {}).get("pattern") in _CONTENT:
            msg = "is empty: it holds nothing but spaces or control characters"  # not the regex
        elif e.get("type") == "value_error":  # a validator's own sentence, not "Value error, …"
            msg = str((e.get("ctx") or {}).get("error", msg))
        parts.append(f"{loc or 'body'}: {msg}")
    return "invalid_request", "; ".join(parts), first


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, request.url.path, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        code, message, param = validation_message(exc)
        path = request.url.path
        # OpenAI clients expect 400 for any invalid request; the REST API keeps 422 for schema violations.
        status = 400 if code == "malformed_json" or path.startswith(OPENAI_PREFIX) else 422
        return JSONResponse(error_body(code, message, path, param), status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every route at the path, not only the first that matched it
            headers["Allow"] = ", ".join(_allowed_methods(request))
        message = str(exc.detail)
        path = request.url.path
        if exc.status_code == 404 and message == "Not Found":  # no route: say which there are
            message = (
                f"no endpoint {path}; the OpenAI-compatible API has POST /v1/chat/completions and "
                "GET /v1/models only (no embeddings or completions)"
                if path.startswith(OPENAI_PREFIX)
                else f"nothing at {path}; the API is described at /docs"
            )
        cause = exc.__cause__
        if exc.status_code == 400 and isinstance(cause, UnicodeDecodeError):
            # FastAPI's words for a JSON body in GBK or Latin-1 (or a body that is no text at all) were
            # "There was an error parsing the body"; JSON is UTF-8 (RFC 8259), UTF-16 and -32 read too
            code = "malformed_json"
            message = (
                f"the request body is not UTF-8 (byte 0x{cause.object[cause.start]:02x} at {cause.start:,}: "
                f"{cause.reason}); send JSON encoded as UTF-8"
            )
        return error_response(exc.status_code, code, message, request.url.path, headers)

    for exc_type in INDEX_ERRORS:
        app.add_exception_handler(exc_type, _index_error)

    @app.exception_handler(ValueError)
    async def _value(request: Request, exc: ValueError) -> JSONResponse:
        return error_response(400, "bad_request", str(exc), request.url.path)


class JsonStaticFiles(StaticFiles):
    """StaticFiles whose own 4xx — a malformed Range header (400) or one past the file's end (416), which
    Starlette answers in plain text — is JSON like every other error; other headers (Content-Range) kept."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        held: list[Message] = []

        async def relay(message: Message) -> None:
            if message["type"] == "http.response.start":
                kind = dict(message.get("headers", [])).get(b"content-type", b"")
                if 400 <= message["status"] < 500 and kind.startswith(b"text/plain"):
                    held.append(message)
                    return
            elif held:
                held.append(message)
                if message.get("more_body"):
                    return
                await send_json(held)
                return
            await send(message)

        async def send_json(messages: list[Message]) -> None:
            start = messages[0]
            text = b"".join(m.get("body", b"") for m in messages[1:]).decode("utf-8", "replace").strip()
            replaced = (b"content-type", b"content-length")
            kept = [(k, v) for k, v in start.get("headers", []) if k not in replaced]
            status = int(start["status"])
            if status == 416:
                code = "range_not_satisfiable"
                size = dict(kept).get(b"content-range", b"").decode("latin-1").rpartition("/")[2]
                text = text or f"the Range header asks for bytes past the end of the file ({size} bytes)"
            else:
                code = "bad_range" if text.startswith("Range") else _HTTP_CODES.get(status, "http_error")
            body = JSONResponse(error_body(code, text or "bad request")).body
            headers = [*kept, (b"content-type", b"application/json")]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await super().__call__(scope, receive, relay)


def _allowed_methods(request: Request) -> list[str]:
    """The methods this path accepts (the Allow header of a 405): the documented operations whose path
    template matches, plus plain routes outside the schema."""
    path = request.url.path
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        if re.fullmatch(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)), path):
            methods |= {m.upper() for m in operations}
    for route in request.app.router.routes:
        if isinstance(route, Route) and route.path == path and route.methods:
            methods |= set(route.methods)
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)
