"""A real Milvus for the backend tests: `milvus-lite server` on a free loopback port, or $MILVUS_URI.

The server is started once per test session and stopped by its pid. Every test index gets its own
collection names (dropped afterwards), so the same tests can run against a shared Milvus cluster.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest

from eval.milvus_server import LiteServer, lite_available


@pytest.fixture(scope="session")
def milvus_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """$MILVUS_URI when set (a real Milvus), else a milvus-lite server started for this session."""
    env = os.environ.get("MILVUS_URI")
    if env:
        yield env
        return
    if not lite_available():
        pytest.skip("milvus-lite is not installed; install the extra: pip install 'citeqa[milvus]'")
    server = LiteServer(tmp_path_factory.mktemp("milvus-lite"))
    server.start()
    try:
        yield server.uri
    finally:
        server.stop()


@pytest.fixture(scope="session")
def collection_name() -> Iterator[Callable[[str], str]]:
    """Fresh collection names (prefix + random suffix); their collections are dropped at session end."""
    made: list[tuple[str, str]] = []

    def make(prefix: str) -> str:
        name = f"t_{prefix}_{uuid.uuid4().hex[:8]}"
        made.append((prefix, name))
        return name

    yield make
    uri = os.environ.get("MILVUS_URI")
    if uri and made:  # a shared Milvus: leave nothing behind (milvus-lite's directory is deleted anyway)
        from indexer.milvus_collections import Collections
        from indexer.milvus_store import MilvusConfig

        for _, name in made:
            Collections(MilvusConfig(uri=uri, collection=name)).drop()
