"""Answers and the HTTP API on Milvus equal those on the embedded index (real seed index, real encoder).

The seed index built by the CLI is imported into Milvus with its own vectors, then every read endpoint of
the unchanged FastAPI app answers identically on both backends, and writes through the API work on Milvus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from indexer.milvus_collections import Collections
from indexer.milvus_rebuild import import_index
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.retrieve import Retriever
from indexer.store import read_index
from server.answer import compose_answer
from server.api import create_app
from server.config import Settings
from server.errors import BACKEND_DOWN

QUESTIONS = (
    "哪些地区设立了人才编制周转池?",
    "哪些地方建设了院士工作站或院士工作室?",
    "天桥区与几家银行签订了合作协议?",
    "讲话中提到的人才专用编制按照什么原则管理?",
    "盐湖区和哪些高校开展了省校合作?",
    "上海市的人才公寓有多少套?",  # a place the corpus does not cover: both must abstain the same way
)


@pytest.fixture(scope="module")
def embedded(seed_index: Path) -> Retriever:
    return Retriever(seed_index)


@pytest.fixture(scope="module")
def milvus(
    seed_index: Path, embedded: Retriever, milvus_uri: str, collection_name: Callable[[str], str]
) -> MilvusRetriever:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("answers"))
    import_index(Collections(config), read_index(seed_index))
    return MilvusRetriever(config, encoder=embedded.encoder)


def without_timing(body: Any) -> Any:
    if isinstance(body, dict):
        return {k: without_timing(v) for k, v in body.items() if k != "took_ms"}
    if isinstance(body, list):
        return [without_timing(v) for v in body]
    return body


def same(a: Any, b: Any) -> bool:
    """Equal; scores may differ in the last float32 digits (dot products summed in another order)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float):
        return a == pytest.approx(b, rel=1e-5, abs=2e-6)
    return bool(a == b)


@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_are_identical(embedded: Retriever, milvus: MilvusRetriever, question: str) -> None:
    a = compose_answer(embedded, question).model_dump()
    b = compose_answer(milvus, question).model_dump()  # type: ignore[arg-type]
    assert same(without_timing(b), without_timing(a))
    for c in b["citations"]:
        found = milvus.document(c["doc_id"])
        assert found is not None and found[1][c["start"] : c["end"]] == c["quote"]


@pytest.fixture(scope="module")
def clients(
    seed_index: Path, embedded: Retriever, milvus: MilvusRetriever
) -> Iterator[tuple[TestClient, TestClient]]:
    settings = Settings(index_dir=seed_index, warm_up=False)
    with (
        TestClient(create_app(settings, retriever=embedded), base_url="http://127.0.0.1:8000") as a,
        TestClient(create_app(settings, retriever=milvus), base_url="http://127.0.0.1:8000") as b,  # type: ignore[arg-type]
    ):
        yield a, b


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/search", {"query": "人才编制周转池", "top_k": 10}),
        ("post", "/search", {"query": "运城 高校", "top_k": 5, "mode": "bm25"}),
        ("post", "/search", {"query": "院士工作站", "top_k": 5, "mode": "dense"}),
        ("post", "/search", {"query": "人才", "top_k": 5, "filters": {"region": "重庆"}}),
        ("post", "/search", {"query": "人才", "top_k": 5, "filters": {"doc_id": "004_9f4021d1b6bf3f3e"}}),
        ("post", "/search", {"query": "   "}),
        ("post", "/ask", {"question": "哪些地区设立了人才编制周转池?"}),
        ("get", "/documents", None),
        ("get", "/documents/003_dd92aab7b1df29c9", None),
        ("get", "/documents/none-such", None),
        ("get", "/passages/001_23f8d249a03d504e:8", None),
        ("get", "/passages/001_23f8d249a03d504e:999", None),
    ],
)
def test_read_endpoints_are_identical(
    clients: tuple[TestClient, TestClient], method: str, path: str, body: dict[str, Any] | None
) -> None:
    a, b = clients
    ra = a.request(method.upper(), path, json=body)
    rb = b.request(method.upper(), path, json=body)
    assert rb.status_code == ra.status_code
    assert same(without_timing(rb.json()), without_timing(ra.json()))


def test_healthz_counts(clients: tuple[TestClient, TestClient], embedded: Retriever) -> None:
    a, b = clients
    ha, hb = a.get("/healthz").json(), b.get("/healthz").json()
    assert (hb["documents"], hb["passages"], hb["model"]) == (ha["documents"], ha["passages"], ha["model"])
    assert hb["passages"] == embedded.data.passages and hb["dense_index"] == "milvus-flat"


def test_upload_search_delete_through_the_api(clients: tuple[TestClient, TestClient]) -> None:
    _, b = clients
    text = (
        "紫微星计划试点办法\n\n本市设立紫微星专项资金，用于支持青年科研人员开展基础研究，每年安排三千万元。"
    )
    made = b.post("/documents", json={"text": text, "doc_id": "ziweixing", "title": "紫微星计划试点办法"})
    assert made.status_code == 201 and made.json()["doc_id"] == "ziweixing"
    hits = b.post("/search", json={"query": "紫微星专项资金", "top_k": 3}).json()["results"]
    assert hits[0]["doc_id"] == "ziweixing"
    assert hits[0]["text"] in b.get("/documents/ziweixing").json()["text"]
    gone = b.delete("/documents/ziweixing")
    assert gone.status_code == 200 and gone.json()["deleted"] == "ziweixing"
    for mode in ("bm25", "dense", "hybrid"):
        hits = b.post("/search", json={"query": "紫微星专项资金", "top_k": 20, "mode": mode}).json()[
            "results"
        ]
        assert all(h["doc_id"] != "ziweixing" for h in hits)
    assert b.get("/documents/ziweixing").status_code == 404
    assert b.delete("/documents/ziweixing").status_code == 404


def test_a_failing_milvus_is_503(
    seed_index: Path, embedded: Retriever, milvus_uri: str, collection_name: Callable[[str], str]
) -> None:
    """Milvus failing a request mid-service (here: its statistics collection is gone) is a 503 JSON error
    that names the backend, not a 500 or a 400 — in words for the client, not pymilvus' (which named the
    server's internal address: a probe); under /v1 of OpenAI's type server_error, which its clients retry."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("failing"))
    import_index(Collections(config), read_index(seed_index))
    retriever = MilvusRetriever(config, encoder=embedded.encoder)
    app = create_app(Settings(index_dir=seed_index, warm_up=False), retriever=retriever)  # type: ignore[arg-type]
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.post("/search", json={"query": "人才", "top_k": 3}).status_code == 200
        retriever.cols.client.drop_collection(config.stats)
        response = client.post("/search", json={"query": "人才", "top_k": 3})
        chat = {"model": "citeqa", "messages": [{"role": "user", "content": "人才"}]}
        openai = client.post("/v1/chat/completions", json=chat)
    assert response.status_code == 503
    error = response.json()["error"]
    assert error == {"code": "backend_unavailable", "message": BACKEND_DOWN}
    assert openai.status_code == 503
    assert openai.json()["error"]["type"] == "server_error"
    assert openai.json()["error"]["code"] == "backend_unavailable"
    Collections(config).drop()
