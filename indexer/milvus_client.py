"""The connection to Milvus: pymilvus' client made with citeqa's settings, and its failures turned into
citeqa's two errors (`MilvusUnavailable` when Milvus cannot be reached, `BackendUnavailableError` when a
request fails on Milvus' side)."""

from __future__ import annotations

import logging
from typing import Any

from indexer.milvus_store import MilvusConfig

# pymilvus pings every 10 s even when idle; a Milvus proxy allows that, but a stock gRPC server (milvus-lite)
# answers pings more often than every 5 minutes on an idle connection with GOAWAY "too_many_pings", and the
# next request of a server that sat idle then fails. Ping at the gRPC default pace, and only during calls.
GRPC_OPTIONS = {"grpc.keepalive_time_ms": 300_000, "grpc.keepalive_permit_without_calls": False}


class MilvusUnavailable(ValueError):
    """Milvus cannot be reached or refused a request; the message says what to check."""


_SCHEMES = ("http://", "https://", "tcp://", "unix:")  # what pymilvus reads, besides a .db file


def connect(config: MilvusConfig) -> Any:
    try:
        from pymilvus import MilvusClient
    except ImportError as exc:
        raise MilvusUnavailable("the Milvus backend needs pymilvus: pip install 'citeqa[milvus]'") from exc
    uri = config.uri.strip()
    if not (uri.lower().startswith(_SCHEMES) or uri.lower().endswith(".db")):
        # (a probe: 127.0.0.1:19530 was reported as unreachable — 「is it running?」 — where it is unreadable)
        raise MilvusUnavailable(
            f"{config.uri!r} is no Milvus URI; write http://HOST:PORT (a Milvus server; https:// with TLS) "
            "or the path of a milvus-lite file ending in .db"
        )
    try:
        # pymilvus logs every failed call with a traceback on its own handler; citeqa turns each failure into
        # one BackendUnavailableError naming the request (its messages, the HTTP 503, the CLI's one line).
        logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
        return MilvusClient(
            uri=config.uri, token=config.token, timeout=config.timeout, grpc_options=GRPC_OPTIONS
        )
    except Exception as exc:  # pymilvus raises its own MilvusException, grpc errors or OSError
        raise MilvusUnavailable(f"cannot reach Milvus at {config.uri} ({exc}); is it running?") from exc


class BackendUnavailableError(ConnectionError):
    """A Milvus request failed on the server's side (down, overloaded, collection not loaded): the request
    was fine and may be retried, so the HTTP layer answers 503, not 400 or 500."""


class Guarded:
    """The pymilvus client with its ``MilvusException`` turned into `BackendUnavailableError`."""

    def __init__(self, client: Any) -> None:
        self.inner = client

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return attr(*args, **kwargs)
            except Exception as exc:
                if type(exc).__name__ != "MilvusException" and not _is_milvus_error(exc):
                    raise
                collection = kwargs.get("collection_name", args[0] if args else None)
                if isinstance(collection, str) and name != "load_collection" and _not_loaded(exc):
                    # A restarted Milvus serves nothing until collections are loaded again: load and retry
                    # once (a server open across the restart recovers by itself).
                    try:
                        self.inner.load_collection(collection)
                        return attr(*args, **kwargs)
                    except Exception as again:
                        if type(again).__name__ != "MilvusException" and not _is_milvus_error(again):
                            raise
                        exc = again
                raise BackendUnavailableError(f"Milvus failed a {name} request: {exc}") from exc

        return call


def _not_loaded(exc: Exception) -> bool:
    """Milvus says the collection is not loaded (milvus-lite: "in state 'released'; call load()")."""
    text = str(exc).lower()
    return "released" in text or "not loaded" in text


def _is_milvus_error(exc: Exception) -> bool:
    try:
        from pymilvus.exceptions import MilvusException
    except ImportError:
        return False
    return isinstance(exc, MilvusException)
