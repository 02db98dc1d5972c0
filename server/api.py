"""The HTTP API (SPEC §4): ``create_app`` wires the routers (search and answers, documents, operations, the
OpenAI-compatible API, MCP at /mcp), the middleware (request ids and logs, trusted hosts, body limits) and
the error handlers. The index loads once at start-up into ``app.state``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from anyio import CapacityLimiter, to_thread
from fastapi import Depends, FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.concurrency import run_in_threadpool

from indexer.backend import open_retriever
from indexer.retrieve import Retriever
from server.config import Settings
from server.deps import TRANSPORT_ERRORS
from server.docs import mount_docs
from server.errors import OPENAI_PREFIX, install_error_handlers
from server.jobs import JobRunner, JobStore
from server.lean import limit_malloc_arenas, load_rows_on_demand, release_free_memory
from server.mcp import mount_mcp
from server.metrics import Metrics
from server.middleware import (
    BodyLimitMiddleware,
    ChatCorsMiddleware,
    HeadMiddleware,
    JsonByDefaultMiddleware,
    RequestContextMiddleware,
    TrustedHostMiddleware,
)
from server.openai_compat import router as openai_router
from server.routes import documents, jobs, operations, search, uploads
from server.routes.search import answer_pieces
from server.security import RateLimiter, read_access

__all__ = ["answer_pieces", "create_app", "create_app_from_env"]
logger = logging.getLogger(__name__)
UPLOAD_THREADS = 2  # uploads parsed and indexed at once per process; more wait their turn
DESCRIPTION = (
    "Cited answers to Chinese questions over Chinese documents. Every quote is a verbatim slice "
    "`text[start:end]` of a document's clean text (GET /documents/{doc_id}). Every request body is bounded "
    "(413 before parsing); JSON bodies must be sent as application/json."
)


def body_limit(settings: Settings) -> Any:
    """The request-body limit of each route, in one place."""

    def limit_for(method: str, path: str, content_type: str) -> int:
        if path == "/documents" and method == "POST":
            if content_type.lower().startswith("multipart/form-data"):
                return settings.max_upload_request_bytes
            return settings.max_upload_bytes
        if path.startswith("/v1/"):
            return settings.max_chat_bytes
        return settings.max_json_bytes

    return limit_for


TRIM_EVERY = 30.0  # seconds between handing freed heap back to the system


async def _trim_periodically() -> None:
    """Requests free memory that glibc then keeps; trimming now and then keeps a long-running process's RSS
    near its working set (a few ms; glibc locks one arena at a time, so request threads carry on)."""
    while True:
        await asyncio.sleep(TRIM_EVERY)
        release_free_memory()


def jobs_dir(settings: Settings, retriever: Retriever) -> Path:
    """Where upload jobs keep their state: CITEQA_JOBS_DIR, else beside the index. A Milvus index has no local
    folder, so its jobs go to ``jobs-<collection>`` beside the index directory setting (CITEQA_INDEX)."""
    if settings.jobs_dir is not None:
        return settings.jobs_dir
    if settings.backend == "milvus":
        return settings.index_dir.parent / f"jobs-{settings.milvus_collection}"
    return retriever.index_dir / "jobs"


def create_app(settings: Settings | None = None, retriever: Retriever | None = None) -> FastAPI:
    settings = settings or Settings()
    settings.keys  # noqa: B018 - a malformed key setting stops start-up, not the first request
    settings.store()  # so does an unknown backend or a milvus backend without a URI
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        limit_malloc_arenas()
        to_thread.current_default_thread_limiter().total_tokens = settings.threads
        # Uploads get threads of their own, so however many arrive, reads keep all of theirs.
        app.state.upload_limiter = CapacityLimiter(UPLOAD_THREADS)
        # … and so does /healthz: eight long questions at once had held every request thread, and a health
        # check waited 18 s behind them (a fault probe; the Dockerfile's HEALTHCHECK gives it 5)
        app.state.health_limiter = CapacityLimiter(1)
        loaded = retriever or open_retriever(settings.store())
        app.state.retriever = loaded
        if (repair := getattr(loaded, "repair_in_background", None)) is not None:
            repair()  # Milvus: what a writer killed midway left (indexer/milvus_recover.py), not waited for
        if settings.warm_up:
            await run_in_threadpool(lambda: load_rows_on_demand(loaded.encoder))
            await run_in_threadpool(loaded.warm_up)
            release_free_memory()
        store = JobStore(jobs_dir(settings, loaded), settings.jobs_keep, settings.jobs_max_age)
        try:  # jobs cut short by a stop of the server (or of one of its worker processes) become failed
            await run_in_threadpool(store.recover)
        except OSError as exc:
            logger.warning("upload jobs: cannot read or write %s (%s); set CITEQA_JOBS_DIR", store.root, exc)
        app.state.jobs = runner = JobRunner(store, settings.max_pending_jobs)
        trimmer = asyncio.create_task(_trim_periodically())
        try:
            yield
        finally:
            trimmer.cancel()
            await run_in_threadpool(runner.close)

    # /docs and /redoc from files this process serves (fastapi-offline's copies of Swagger UI and ReDoc):
    # FastAPI's own pages load them from a CDN, a blank page on a machine without internet.
    app = FastAPI(
        title="citeqa",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    mount_docs(app)
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.limiter = RateLimiter(settings.rate_limit)
    if operations.STATIC.is_dir():
        app.mount("/static", operations.PageFiles(directory=operations.STATIC), name="static")
    install_error_handlers(app)

    app.include_router(operations.router)
    app.include_router(search.router)
    app.include_router(documents.reads)
    app.include_router(uploads.router)
    app.include_router(documents.writes)
    app.include_router(jobs.router)
    app.include_router(openai_router, dependencies=[Depends(read_access)])
    mount_mcp(app)

    # Outermost last: ids and logs see everything, then the Host check, then the body limit.
    app.add_middleware(HeadMiddleware)
    app.add_middleware(JsonByDefaultMiddleware, writes=("/documents",))
    app.add_middleware(
        BodyLimitMiddleware, limit_for=body_limit(settings), body_timeout=settings.body_timeout
    )
    if origins := settings.cors_allowed():
        app.add_middleware(ChatCorsMiddleware, origins=origins)
    app.add_middleware(TrustedHostMiddleware, allowed=settings.allowed_hosts())
    app.add_middleware(RequestContextMiddleware, observe=metrics.observe)
    app.openapi = lambda: _openapi(app, settings)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI, settings: Settings) -> dict[str, Any]:
    """The generated schema, plus what it cannot know: the key schemes and 401/403 answers only when keys are
    configured, on the operations that need them — so the schema says exactly what this server enforces."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    if settings.keys:
        schema.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer"},
            "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
        }
    for path, operations_ in schema["paths"].items():
        for method, operation in operations_.items():
            write = path.startswith("/documents") and method in ("post", "delete")
            responses = operation.get("responses", {})
            responses.update(TRANSPORT_ERRORS)  # any request, before a route sees it
            if path.startswith(OPENAI_PREFIX) and "HTTPValidationError" in json.dumps(responses.get("422")):
                responses.pop("422")  # FastAPI's default: the OpenAI routes answer an invalid request 400
            if not settings.keys:
                responses.pop("401", None)
            if not write and "403" in responses:
                responses.pop("403")
            if not settings.keys and method == "delete":
                responses.pop("403", None)  # without keys only a multipart POST can be refused (CSRF)
            if settings.keys and (write or settings.read_requires_key) and "401" in responses:
                operation["security"] = [{"bearer": []}, {"apiKey": []}]
    if "HTTPValidationError" not in json.dumps(schema["paths"]):
        for unused in ("HTTPValidationError", "ValidationError"):
            schema.get("components", {}).get("schemas", {}).pop(unused, None)
    upload = schema["paths"]["/documents"]["post"]["requestBody"]["content"]["multipart/form-data"]
    upload["schema"]["properties"]["file"]["maxItems"] = settings.max_upload_files
    app.openapi_schema = schema
    return schema


def create_app_from_env() -> FastAPI:
    """The app factory of each worker process (`citeqa serve --workers N`): settings from the environment."""
    return create_app(Settings())
