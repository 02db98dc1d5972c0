"""The MCP server (official MCP Python SDK): tools search, ask and get_document, over stdio (`citeqa mcp`,
server/mcp_stdio.py) and as streamable HTTP mounted at /mcp on the HTTP API, behind the same keys, rate limit
and Host check.

The SDK (about 25 MB resident) is imported on the first request to /mcp, not at start-up: a server nobody
asks over MCP does not carry it.

Tool results are the same JSON bodies the HTTP API returns (SPEC §4), as structured content with an output
schema, so a model can cite passage ids, titles, regions, verbatim quotes and their offsets.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import Field
from starlette.datastructures import Headers
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from indexer.retrieve import Retriever
from indexer.searcher import Filters
from server.config import Settings
from server.errors import ApiError, error_response
from server.generate import answer_question
from server.limits import MAX_ASK_K, MAX_QUESTION_CHARS, STORED_ID_PATTERN
from server.mcp_wire import (
    envelope_problem,
    invalid_request_response,
    read_body,
    readable_id,
    refuse_before_sdk,
    transport_security,
)
from server.schemas import AskResponse, DocumentDetail, SearchResponse, document_detail, search_response

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

logger = logging.getLogger(__name__)

MCP_PATH = "/mcp"

INSTRUCTIONS = (
    "citeqa 检索中文政策文件并给出带出处的回答。先用 ask 回答问题；需要更多原文时用 search；"
    "核对或展开引文时用 get_document，按 start/end 截取原文。回答用户时请保留 [n] 引用标记并列出来源。\n"
    "citeqa searches Chinese policy documents and answers with cited passages. Use ask for a question, "
    "search for more passages, get_document to read a document and check a quote: text[start:end] == quote."
)

SEARCH_DESCRIPTION = (
    "检索中文政策文件，返回最相关的原文段落"
    "（含 passage_id、标题、地区、日期、分数及在原文中的 start/end 偏移）。"
    "需要原文证据、想自己归纳答案，或 ask 的引文不够时使用。\n"
    "Search the Chinese policy documents and return the most relevant passages, each with passage_id, "
    "doc_id, title, region, date, score and start/end offsets into the document text. Use it when you need "
    "source passages to quote or to build an answer yourself, or when ask's citations are not enough."
)
ASK_DESCRIPTION = (
    "用中文回答关于政策文件的问题，答案中每个事实后有 [n] 标记，citations 给出对应的原文引文"
    "（passage_id、doc_id、标题、地区、逐字引文 quote 及其 start/end 偏移）。"
    "用户提出问题（如“哪些地区设立了人才编制周转池?”）时优先使用；"
    "answerable 为 false 表示文件中没有答案，不要编造。\n"
    "Answer a question about the policy documents in Chinese. Each fact in the answer is followed by [n]; "
    "citations[n] gives the passage_id, doc_id, title, region, the verbatim quote and its start/end offsets. "
    "Use it first for a user's question; answerable=false means the documents do not say, so do not guess."
)
GET_DOCUMENT_DESCRIPTION = (
    "按 doc_id 取回整篇文件：标题、地区、日期、来源及全文 text。引文 quote 等于 text[start:end]，"
    "可用来核对引文或阅读上下文。doc_id 来自 search 或 ask 的结果。\n"
    "Fetch one document by doc_id: title, region, date, source and its full clean text. Every quote equals "
    "text[start:end], so use it to verify a citation or read its context. "
    "Take doc_id from a search or ask result."
)


def build_mcp(retriever_provider: Callable[[], Retriever], settings: Settings | None = None) -> MCPServer:
    """An MCP server whose tools query the retriever ``retriever_provider()`` returns at call time."""
    from mcp.server.mcpserver.exceptions import ToolError
    from mcp.types import ToolAnnotations

    from server.mcp_args import CiteqaMCPServer

    settings = settings or Settings()
    # MCPServer() calls logging.basicConfig; a library must not configure logging, so undo it.
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    server = CiteqaMCPServer("citeqa", title="citeqa", version="0.1.0", instructions=INSTRUCTIONS)
    root.handlers[:] = handlers
    root.setLevel(level)
    read_only = ToolAnnotations(
        read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
    )

    @server.tool(
        name="search",
        title="检索原文段落 / Search passages",
        description=SEARCH_DESCRIPTION,
        annotations=read_only,
    )
    def search(
        query: Annotated[
            str,
            Field(
                min_length=1,
                max_length=MAX_QUESTION_CHARS,
                description="问题或关键词，简繁体均可 / question or keywords",
            ),
        ],
        # strict, as the REST API: "3" is no number of passages (the SDK's lax validation had taken it)
        top_k: Annotated[
            int, Field(ge=1, le=MAX_ASK_K, strict=True, description="返回段落数 / passages to return")
        ] = 5,
        mode: Annotated[
            Literal["hybrid", "bm25", "dense"],
            Field(description="检索方式 / retriever: hybrid (default), bm25 or dense"),
        ] = "hybrid",
        region: Annotated[
            str | None,
            Field(description="只检索关于该地区的文件，如 运城市 / only documents about this region"),
        ] = None,
    ) -> SearchResponse:
        started = time.perf_counter()
        try:
            hits = retriever_provider().search(query, top_k, mode, Filters(region=region) if region else None)
        except ValueError as exc:
            raise ToolError(str(exc)) from exc
        return search_response(query.strip(), mode, hits, (time.perf_counter() - started) * 1000)

    @server.tool(
        name="ask", title="带引文的回答 / Cited answer", description=ASK_DESCRIPTION, annotations=read_only
    )
    def ask(
        question: Annotated[
            str,
            Field(
                min_length=1,
                max_length=MAX_QUESTION_CHARS,
                description="中文问题，简繁体均可 / a question in Chinese",
            ),
        ],
        region: Annotated[
            str | None,
            Field(description="只根据关于该地区的文件回答，如 运城市 / answer from this region's documents"),
        ] = None,
    ) -> AskResponse:
        try:
            filters = Filters(region=region) if region else None
            return answer_question(retriever_provider(), question, 5, settings, filters)
        except ValueError as exc:
            raise ToolError(str(exc)) from exc

    @server.tool(
        name="get_document",
        title="取回整篇文件 / Get document",
        description=GET_DOCUMENT_DESCRIPTION,
        annotations=read_only,
    )
    def get_document(
        doc_id: Annotated[
            str,
            Field(
                min_length=1,
                pattern=STORED_ID_PATTERN,
                description="文件 id，来自 search/ask 结果 / a doc_id from search or ask",
            ),
        ],
    ) -> DocumentDetail:
        found = retriever_provider().document(doc_id)
        if found is None:
            raise ToolError(f"no document {doc_id!r}; use a doc_id from a search or ask result")
        return document_detail(*found)

    return server


class _LazyMCPApp:
    """The ASGI app at /mcp. On the first request (inside a running app) it imports the SDK, builds the
    server and starts its session manager, which then runs until the app's lifespan ends; each lifespan (each
    `with TestClient(app)`, each server start) gets a fresh one, since the SDK's manager runs once."""

    def __init__(self, app: FastAPI) -> None:
        self.fastapi = app
        self.app: ASGIApp | None = None
        self.running = False
        self._lock = asyncio.Lock()
        self._stop: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.running:
            response = JSONResponse(
                {"error": {"code": "not_ready", "message": "the MCP endpoint is starting"}}, status_code=503
            )
            await response(scope, receive, send)
            return
        settings: Settings = self.fastapi.state.settings
        from server.security import check_request

        refused = refuse_before_sdk(scope, settings.allowed_hosts())
        if refused is not None:
            await refused(scope, receive, send)
            return

        client = scope.get("client")
        try:
            principal = check_request(
                settings,
                self.fastapi.state.limiter,
                Headers(scope=scope),
                client[0] if client else "unknown",
                write=False,
            )
        except ApiError as exc:
            await error_response(exc.status, exc.code, exc.message, scope["path"], exc.headers)(
                scope, receive, send
            )
            return
        scope.setdefault("state", {})["principal"] = principal
        if scope["method"] == "POST":
            body, receive = await read_body(receive)
            # an invalid id the SDK took for a notification and answered nothing (202); other envelopes it
            # refused with pydantic's report
            problem = envelope_problem(body)
            if problem is not None:
                await invalid_request_response(problem, readable_id(body))(scope, receive, send)
                return
        app = self.app or await self._start()
        await app(scope, receive, send)

    async def _start(self) -> ASGIApp:
        async with self._lock:
            if self.app is not None:
                return self.app
            settings: Settings = self.fastapi.state.settings
            server = build_mcp(lambda: self.fastapi.state.retriever, settings)
            app = server.streamable_http_app(
                streamable_http_path=MCP_PATH,
                stateless_http=True,
                json_response=True,
                transport_security=transport_security(settings.allowed_hosts()),
            )
            started, self._stop = asyncio.Event(), asyncio.Event()
            stop = self._stop

            async def run() -> None:
                async with server.session_manager.run():
                    started.set()
                    await stop.wait()

            self._task = asyncio.create_task(run())
            await started.wait()
            self.app = app
            return app

    async def stop(self) -> None:
        self.running = False
        if self._stop is not None and self._task is not None:
            self._stop.set()
            await self._task
        self.app, self._stop, self._task = None, None, None


def mount_mcp(app: FastAPI) -> _LazyMCPApp:
    """Serve the MCP tools as streamable HTTP at /mcp on ``app``, over the retriever in ``app.state``.

    Stateless JSON mode: every POST is answered on its own, so nothing is lost across restarts or workers.
    """
    current = _LazyMCPApp(app)
    app.router.routes.append(Route(MCP_PATH, endpoint=current, include_in_schema=False))
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a: Any) -> AsyncIterator[Any]:
        async with inner(a) as state:
            current._lock = asyncio.Lock()  # bound to this lifespan's event loop
            current.running = True
            try:
                yield state
            finally:
                await current.stop()

    app.router.lifespan_context = lifespan
    return current
