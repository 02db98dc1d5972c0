"""Two `citeqa serve` processes pointed at one Milvus index (CITEQA_BACKEND=milvus): they answer identically,
and a document uploaded through one is served, and then deleted, through the other."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import Server, milvus_copy, start_server, stop_server

TEXT = "紫微星计划试点办法\n\n本市设立紫微星专项资金，用于支持青年科研人员开展基础研究，每年安排三千万元。"


@pytest.fixture(scope="module")
def servers(
    seed_index: Path, milvus_uri: str, collection_name: Callable[[str], str]
) -> Iterator[tuple[Server, Server]]:
    config = milvus_copy(seed_index, milvus_uri, collection_name("serve"))
    env = {
        "CITEQA_BACKEND": "milvus",
        "CITEQA_MILVUS_URI": config.uri,
        "CITEQA_MILVUS_COLLECTION": config.collection,
        "CITEQA_LLM_BASE_URL": "",
    }
    first = start_server(seed_index, env)
    try:
        second = start_server(seed_index, env)
        try:
            yield first, second
        finally:
            stop_server(second)
    finally:
        stop_server(first)


def body(server: Server, method: str, path: str, json: Any = None) -> tuple[int, Any]:
    response = httpx.request(method, server.url + path, json=json, timeout=120)
    data = response.json()
    if isinstance(data, dict):
        data.pop("took_ms", None)
    return response.status_code, data


def test_two_servers_one_index(servers: tuple[Server, Server]) -> None:
    a, b = servers
    health = httpx.get(a.url + "/healthz", timeout=60).json()
    assert (health["documents"], health["passages"], health["dense_index"]) == (5, 54, "milvus-flat")
    for request in (
        ("POST", "/search", {"query": "人才编制周转池", "top_k": 5}),
        ("POST", "/ask", {"question": "哪些地区设立了人才编制周转池?"}),
        ("GET", "/documents", None),
    ):
        assert body(a, *request) == body(b, *request)

    status, made = body(a, "POST", "/documents", {"doc_id": "ziweixing", "text": TEXT})
    assert status == 201 and made["passages"] == 1 and made.pop("outcome") == "added"
    assert made.pop("duplicate_of") is None
    assert body(b, "GET", "/documents/ziweixing") == (200, made)
    # the same text through the other server: stored once, the document named
    status, again = body(b, "POST", "/documents", {"doc_id": "copy", "text": TEXT})
    assert (status, again["doc_id"], again["outcome"], again["duplicate_of"]) == (
        200,
        "ziweixing",
        "duplicate",
        "ziweixing",
    )
    status, found = body(b, "POST", "/search", {"query": "紫微星专项资金", "top_k": 1, "mode": "bm25"})
    assert found["results"][0]["passage_id"] == "ziweixing:0"
    assert body(a, "POST", "/search", {"query": "紫微星专项资金", "top_k": 3}) == body(
        b, "POST", "/search", {"query": "紫微星专项资金", "top_k": 3}
    )
    assert body(b, "DELETE", "/documents/ziweixing") == (
        200,
        {"deleted": "ziweixing", "documents": 5, "passages": 54},
    )
    assert body(a, "GET", "/documents/ziweixing")[0] == 404
    _, after = body(a, "POST", "/search", {"query": "紫微星专项资金", "top_k": 20, "mode": "bm25"})
    assert all(r["doc_id"] != "ziweixing" for r in after["results"])
