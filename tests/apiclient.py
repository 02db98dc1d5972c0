"""In-process clients of the real app over a private copy of the seed index, with chosen settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Protocol

from fastapi.testclient import TestClient

from indexer.embed import Encoder
from indexer.retrieve import Retriever
from server.api import create_app
from server.config import Settings

BASE_URL = "http://127.0.0.1:8000"
RW_KEY = "rw-test-key-0123456789abcdef"
RO_KEY = "ro-test-key-0123456789abcdef"
KEYS = f"{RW_KEY}:rw,{RO_KEY}:ro"
YUNCHENG = "001_23f8d249a03d504e"
NOTE = "某市设立人才编制周转池，拿出30个事业编制用于引进高层次人才。山西省运城市盐湖区也在推进。"


class MakeClient(Protocol):
    def __call__(self, **settings: Any) -> TestClient: ...


def client_factory(index_dir: Path, encoder: Encoder | None = None) -> Iterator[MakeClient]:
    """Yields ``make(**settings)``: a started TestClient of a fresh app on ``index_dir`` (with ``encoder``
    instead of the index's model when given)."""
    with ExitStack() as stack:

        def make(**settings: Any) -> TestClient:
            values: dict[str, Any] = {"warm_up": False, "llm_base_url": None, **settings}
            app = create_app(Settings(index_dir=index_dir, **values), Retriever(index_dir, encoder=encoder))
            return stack.enter_context(TestClient(app, base_url=BASE_URL))

        yield make


def doc_ids(client: TestClient, headers: dict[str, str] | None = None) -> list[str]:
    response = client.get("/documents", headers=headers or {})
    assert response.status_code == 200, response.text
    return [d["doc_id"] for d in response.json()["documents"]]
