"""`citeqa mcp`: the MCP server over stdin/stdout. The SDK's stdio transport, with what it leaves undone:
a line that is no JSON-RPC message is answered with an error (the SDK only logs it), the requests still in
flight at the end of input are answered before the session ends, and nothing but protocol messages reaches
stdout while the index and encoder load. The tools themselves are server/mcp.py's `build_mcp`.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

from indexer.backend import open_retriever
from server.config import Settings
from server.mcp import build_mcp
from server.mcp_wire import BATCH, CheckedLines, unparsed_error

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer


def run_stdio() -> None:
    """`citeqa mcp`: serve the configured index (CITEQA_INDEX, or CITEQA_BACKEND=milvus and CITEQA_MILVUS_*)
    over stdin/stdout.

    Only protocol messages may reach stdout: the index and encoder load with file descriptor 1 pointed at
    stderr, and while the SDK serves it diverts descriptor 1 to stderr itself.
    """
    settings = Settings()
    with _stdout_to_stderr():
        retriever = open_retriever(settings.store())
        retriever.warm_up()
        server = build_mcp(lambda: retriever, settings)
    import anyio

    anyio.run(_serve_stdio, server)


def refused_id(error: Any) -> str | int | None:
    """The id of a message the SDK refused, when one can be read from it (JSON-RPC 2.0 answers null only when
    it cannot: a probe's client, waiting for the answer to its request 3, had been sent one of id null)."""
    for e in error.errors():
        given = e.get("input")
        found = given.get("id") if isinstance(given, dict) else None
        if isinstance(found, str) or (isinstance(found, int) and not isinstance(found, bool)):
            return found
    return None


ANSWER_AT_EOF_SECONDS = 300.0


class _Answering:
    """stdout's message stream, noting the requests read that are not answered yet (``waiting``)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.waiting: set[str | int] = set()

    def asked(self, item: Any) -> None:
        from mcp_types import JSONRPCNotification, JSONRPCRequest

        message = item.message
        if isinstance(message, JSONRPCRequest):
            self.waiting.add(message.id)
        elif isinstance(message, JSONRPCNotification) and message.method == "notifications/cancelled":
            self.waiting.discard((message.params or {}).get("requestId"))  # a cancelled request gets none

    async def send(self, item: Any) -> None:
        from mcp_types import JSONRPCError, JSONRPCResponse

        if isinstance(item.message, JSONRPCResponse | JSONRPCError):
            self.waiting.discard(item.message.id)
        await self.inner.send(item)

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def __aenter__(self) -> _Answering:
        return self

    async def __aexit__(self, *exc: Any) -> bool | None:
        result: bool | None = await self.inner.__aexit__(*exc)
        return result


async def _serve_stdio(server: MCPServer) -> None:
    """The SDK's stdio transport, except that a line that is no JSON-RPC message (not JSON, a lone surrogate,
    no method) is answered with a JSON-RPC error of id null — the SDK only logs it, and the client waits for
    an answer that never comes."""
    import anyio
    from mcp.server.stdio import stdio_server
    from mcp.shared.message import SessionMessage
    from mcp_types import ErrorData, JSONRPCError
    from pydantic import ValidationError

    lowlevel = server._lowlevel_server
    # stdin read as the SDK reads it (UTF-8, undecodable bytes replaced), a request of invalid id made a line
    # it refuses (server/mcp_wire.py)
    # (utf-8-sig: a byte-order mark before the first message, as .NET and PowerShell writers put, had made
    # initialize a parse error of id null, and the client waited for ever)
    stdin = anyio.wrap_file(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="replace"))
    async with stdio_server(stdin=cast(Any, CheckedLines(stdin))) as (read_stream, raw_write):
        forward, received = anyio.create_memory_object_stream[SessionMessage | Exception](0)
        write_stream = _Answering(raw_write)

        async def relay() -> None:
            async with forward:
                async for item in read_stream:
                    if not isinstance(item, Exception):
                        write_stream.asked(item)
                        await forward.send(item)
                        continue
                    unparsed = isinstance(item, ValidationError) and any(
                        e["type"] == "json_invalid" for e in item.errors()
                    )
                    code, message = (-32700, "Parse error") if unparsed else (-32600, "Invalid Request")
                    refused = item.errors() if isinstance(item, ValidationError) else []
                    if not unparsed and any(isinstance(e.get("input"), list) for e in refused):
                        message = BATCH
                    found, message = unparsed_error(item) if unparsed else (refused_id(item), message)
                    error = JSONRPCError(jsonrpc="2.0", id=found, error=ErrorData(code=code, message=message))
                    await write_stream.send(SessionMessage(error))
                # end of input: the requests in flight are answered before the session ends (a fault probe:
                # a script piping four requests had no answer to its ask, which was still running)
                with anyio.move_on_after(ANSWER_AT_EOF_SECONDS):
                    while write_stream.waiting:
                        await anyio.sleep(0.02)

        async with anyio.create_task_group() as group:
            group.start_soon(relay)
            await lowlevel.run(received, write_stream, lowlevel.create_initialization_options())
            group.cancel_scope.cancel()


@contextlib.contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """Send everything written to stdout, by Python or by native code, to stderr."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        os.dup2(2, 1)
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
