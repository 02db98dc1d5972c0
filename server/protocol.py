"""uvicorn's HTTP/1.1 protocol (h11) with two guards it lacks: a client must send a request's head within
``CITEQA_HEADER_TIMEOUT`` seconds of connecting (or of starting it on a kept-alive connection), and a request
uvicorn cannot parse is answered in the API's JSON error shape rather than plain text.

Without the first, a connection that sends part of a request line and then nothing is kept open for ever
(slowloris): uvicorn only times out *idle* kept-alive connections, so enough of them exhaust the process's
file descriptors. A slow *body* is bounded in the app (server/middleware.py, BodyLimitMiddleware).
"""

from __future__ import annotations

import asyncio
import functools
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from server.config import Settings
from server.errors import error_body

# `citeqa serve` passes this class to uvicorn by its import path (each worker process imports it).
PROTOCOL = "server.protocol:GuardedH11Protocol"


@functools.cache
def header_timeout() -> float:
    """Seconds a client has to send a request's head (``CITEQA_HEADER_TIMEOUT``), read once per process."""
    return Settings().header_timeout


class GuardedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.head_timeout = header_timeout()
        self.head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        # Still waiting for (the rest of) a request head: the clock started when the head began keeps running.
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._arm_head_timer()
        else:
            self._disarm_head_timer()

    def _arm_head_timer(self) -> None:
        if self.head_timer is None:
            self.head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm_head_timer(self) -> None:
        if self.head_timer is not None:
            self.head_timer.cancel()
            self.head_timer = None

    def _head_timed_out(self) -> None:
        self.head_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self.conn.our_state is h11.IDLE:  # nothing of a response under way: say why before closing
            # h11 sends a response only to a request it has read, so these bytes are written directly.
            message = f"the request head did not arrive within {self.head_timeout:g} seconds"
            body = _json_error("request_timeout", message)
            head = f"HTTP/1.1 408 Request Timeout\r\n{_HEADERS}content-length: {len(body)}\r\n\r\n"
            self.transport.write(head.encode("ascii") + body)
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        """A request h11 cannot parse (a malformed request line, a non-ASCII target, a head past h11's size
        limit): 400 in the API's JSON shape, then close."""
        # (uvicorn hands on no reason: the message names what h11 refuses — a fault probe's missing Host or
        # negative Content-Length had been told to percent-encode its URL)
        message = (
            "the request is not valid HTTP/1.1: check the request line (a URL with non-ASCII characters must "
            "be percent-encoded), the Host header (exactly one), Content-Length or chunked framing, and keep "
            "the request line and headers under 16 KiB"
        )
        body = _json_error("bad_request", message)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        try:
            self.transport.write(
                self.conn.send(h11.Response(status_code=400, headers=headers, reason=b"Bad Request")) or b""
            )
            self.transport.write(self.conn.send(h11.Data(data=body)) or b"")
            self.transport.write(self.conn.send(h11.EndOfMessage()) or b"")
        except h11.LocalProtocolError:  # h11 is past the point of answering on this connection
            pass
        self.transport.close()


_HEADERS = "content-type: application/json\r\nconnection: close\r\n"


def _json_error(code: str, message: str) -> bytes:
    return json.dumps(error_body(code, message), ensure_ascii=False).encode("utf-8")
