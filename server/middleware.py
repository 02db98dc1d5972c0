"""Pure ASGI middleware, outermost first: request id, JSON access log and latency metrics; trusted Host
headers; request-body limits enforced from Content-Length or while the body streams, before anything parses
it (and no compressed body: Content-Encoding is refused)."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import error_body

access_log = logging.getLogger("citeqa.access")
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


async def _send_error(
    send: Send, status: int, code: str, message: str, path: str, close: bool = False
) -> None:
    body = json.dumps(error_body(code, message, path, status=status), ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:  # the rest of the body was not read: this connection cannot carry another request
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# The slowest average rate (bytes/s) at which a request body may arrive, beyond the body timeout's grace.
MIN_BODY_RATE = 1024


class BodyLimitMiddleware:
    """413 for a body over the route's limit: from Content-Length before the app runs, or as soon as the
    streamed bytes pass it (the app then sees a disconnect and its response is replaced by the 413).

    408 for a body that stops arriving: the time spent waiting for it may not pass ``body_timeout`` seconds
    plus one second per ``MIN_BODY_RATE`` bytes received, so a client that trickles a body (slowloris) is cut
    off while a slow but steady upload is not. Once the body is complete, reads (a streaming response waiting
    for the client to go away) are not limited."""

    def __init__(
        self, app: ASGIApp, limit_for: Callable[[str, str, str], int], body_timeout: float = 30.0
    ) -> None:
        self.app = app
        self.limit_for = limit_for
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        headers = Headers(scope=scope)
        limit = self.limit_for(scope["method"], path, headers.get("content-type", ""))
        declared = headers.get("content-length")
        coding = headers.get("content-encoding", "identity").strip().lower()
        if coding not in ("", "identity") and (declared not in (None, "0") or "transfer-encoding" in headers):
            # the app reads bodies as they are: gzip had come back as "There was an error parsing the body",
            # a body marked br but sent plain had been read as if unmarked
            why = f"the request body is compressed (Content-Encoding: {coding[:40]}); send it uncompressed"
            await _send_error(send, 415, "unsupported_media_type", why, path, close=True)
            return
        if declared is not None:
            if not declared.isdigit():
                await _send_error(send, 400, "bad_request", "Content-Length is not a number", path)
                return
            if int(declared) > limit:
                await _send_error(send, 413, "too_large", _too_large(limit), path, close=True)
                return
        received = 0
        waited = 0.0
        body_done = False
        refused: tuple[int, str, str] | None = None
        started = False
        loop = asyncio.get_running_loop()

        async def limited_receive() -> Message:
            nonlocal received, waited, body_done, refused
            if refused is not None:
                return {"type": "http.disconnect"}
            if body_done:
                return await receive()
            budget = self.body_timeout + received / MIN_BODY_RATE - waited
            began = loop.time()
            try:
                message = await asyncio.wait_for(receive(), max(budget, 0.0))
            except TimeoutError:
                refused = (408, "request_timeout", _too_slow(self.body_timeout))
                return {"type": "http.disconnect"}
            waited += loop.time() - began
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                body_done = not message.get("more_body", False)
                if received > limit:
                    refused = (413, "too_large", _too_large(limit))
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused is not None:
                return  # the app's answer to a truncated body is replaced by the 413/408 below
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if refused is None:
                raise
        if refused is not None and not started:
            await _send_error(send, *refused, path, close=True)


def _too_slow(timeout: float) -> str:
    return (
        f"the request body stopped arriving (allowed: {timeout:g} s plus 1 s per {MIN_BODY_RATE} bytes); "
        "send it again"
    )


def _too_large(limit: int) -> str:
    return f"the request body exceeds {limit} bytes at this endpoint; send less"


class HeadMiddleware:
    """HEAD is GET without the body (RFC 9110 §9.3.2), on every route that answers GET: FastAPI's routes
    answer only the methods they declare, so monitors and `curl -I` got 405 from /healthz and the web page
    while the 405's own Allow header listed HEAD."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        # A copy: the server keeps its own scope, whose method (HEAD) tells it to send no body.
        await self.app({**scope, "method": "GET"}, receive, headers_only)


class JsonByDefaultMiddleware:
    """A POST without Content-Type to a read endpoint is JSON (what curl -d and many clients send). Writes
    are left alone: they must say application/json, since a cross-site request can omit the header."""

    def __init__(self, app: ASGIApp, writes: tuple[str, ...]) -> None:
        self.app = app
        self.writes = writes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and not scope["path"].startswith(self.writes)
            and not any(name == b"content-type" for name, _ in scope["headers"])
        ):
            scope = {**scope, "headers": [*scope["headers"], (b"content-type", b"application/json")]}
        await self.app(scope, receive, send)


class ChatCorsMiddleware:
    """CORS for the OpenAI-compatible API only (/v1, CITEQA_CORS_ORIGINS): a browser chat app on another
    origin may list models and chat; every other route answers a cross-origin page as before (no CORS), so
    the settings that open chat to a page never open writes to it."""

    PREFIX = "/v1/"

    def __init__(self, app: ASGIApp, origins: tuple[str, ...]) -> None:
        from starlette.middleware.cors import CORSMiddleware

        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=list(origins),
            allow_methods=["GET", "POST"],
            allow_headers=[
                "*"
            ],  # OpenAI's JavaScript SDK sends its own (x-stainless-os …); no cookies are read
            expose_headers=["X-Request-Id", "Retry-After"],
            max_age=600,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(self.PREFIX):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


class TrustedHostMiddleware:
    """421 for a Host header this server does not answer to (DNS rebinding: a name the attacker controls,
    resolved to this machine, must not reach the API from a browser)."""

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...] | None) -> None:
        self.app = app
        self.allowed = None if allowed is None else frozenset(allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.allowed is None:
            await self.app(scope, receive, send)
            return
        given = Headers(scope=scope).get("host")
        # (an HTTP/1.0 request may name no host — a health checker, a script: no browser sends one so, and a
        # rebinding page's request always names the attacker's; such a request had been refused, host '')
        host = _host_name(given) if given is not None else None
        if host is not None and host not in self.allowed:
            await _send_error(
                send,
                421,
                "untrusted_host",
                f"this server does not answer to host {host!r}; add it to CITEQA_TRUSTED_HOSTS",
                scope["path"],
            )
            return
        await self.app(scope, receive, send)


def _host_name(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class RequestContextMiddleware:
    """A request id per request (the client's X-Request-ID when sane, else a new one), returned as a header,
    logged as one JSON line with the route, status and latency, and observed in /metrics."""

    def __init__(self, app: ASGIApp, observe: Callable[[str, str, int, float], None]) -> None:
        self.app = app
        self.observe = observe

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = Headers(scope=scope).get("x-request-id", "")
        request_id = given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = _route_path(scope)
            self.observe(route, scope["method"], status, elapsed)
            extra: dict[str, Any] = {
                "request_id": request_id,
                "method": scope["method"],
                "path": scope["path"],
                "route": route,
                "status": status,
                "ms": round(elapsed * 1000, 2),
            }
            principal = scope.get("state", {}).get("principal")
            if principal is not None:
                extra["caller"] = principal.name
            access_log.info("request", extra={"citeqa": extra})


def _route_path(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path:
        return str(path)
    return "/mcp" if scope["path"].rstrip("/") == "/mcp" else "unmatched"
