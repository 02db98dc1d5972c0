"""A JSON upload may state the region, date and source that `GET /documents` shows and `filters` select (a
probe: they were refused with 422 "Extra inputs are not permitted", so an API client could not set what a
.jsonl collection sets). The date is read as a collection record's is and stored as YYYY-MM-DD; the same
text sent again with other metadata is an update. Against a real `citeqa serve` on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import Server, backend_flags, serving

REPORT = "天枢星人才驿站管理办法\n\n本市在高新区设立天枢星人才驿站，为来访人才提供短期免费住宿。"


@pytest.fixture(scope="module")
def server(
    backend: str, seed_index: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Server]:
    args = backend_flags(backend, seed_index, request, "metadata")
    with serving(seed_index, tmp_path_factory.mktemp("metadata"), args=args) as running:
        yield running


def post(server: Server, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(server.url + "/documents", json=body, timeout=300)


def stated(body: dict[str, Any]) -> tuple[Any, ...]:
    return body["doc_id"], body["region"], body["date"], body["source"]


def test_a_json_upload_states_region_date_and_source(server: Server) -> None:
    given = {"doc_id": "tianshu", "text": REPORT, "region": " 山西省运城市 ", "date": "2024年3月5日"}
    first = post(server, {**given, "source": "运城市人力资源和社会保障局"})
    assert first.status_code == 201, first.text
    assert first.json()["outcome"] == "added"
    expected = ("tianshu", "山西省运城市", "2024-03-05", "运城市人力资源和社会保障局")
    assert stated(first.json()) == expected
    assert stated(httpx.get(server.url + "/documents/tianshu", timeout=60).json()) == expected
    search = {"query": "天枢星人才驿站", "top_k": 3, "mode": "bm25"}
    here = {**search, "filters": {"region": "山西省运城市"}}
    hits = httpx.post(server.url + "/search", json=here, timeout=60)
    assert [r["doc_id"] for r in hits.json()["results"]][:1] == ["tianshu"]
    elsewhere = httpx.post(
        server.url + "/search", json={**search, "filters": {"region": "山东省济南市"}}, timeout=60
    )
    assert "tianshu" not in [r["doc_id"] for r in elsewhere.json()["results"]]

    # the same text with another region is an update; sent again as it is, unchanged
    moved = post(server, {**given, "region": "山东省济南市天桥区", "source": None})
    assert moved.status_code == 201, moved.text
    assert moved.json()["outcome"] == "updated"
    assert stated(moved.json()) == ("tianshu", "山东省济南市天桥区", "2024-03-05", None)
    again = post(server, {**given, "region": "山东省济南市天桥区", "source": None})
    assert (again.status_code, again.json()["outcome"]) == (200, "unchanged")


@pytest.mark.parametrize(
    ("field", "value", "status", "says"),
    [
        ("date", "2023-02-30", 422, "date: the date '2023-02-30' is not a calendar date"),
        ("date", "昨天", 422, "date: the date '昨天' is not a calendar date"),
        ("region", "运城\x00市", 422, "has a control character (U+0000) in its region; remove it"),
        ("source", "x" * 301, 422, "source: String should have at most 300 characters"),
        ("region", ["运城市"], 422, "region: Input should be a valid string"),
    ],
)
def test_bad_metadata_is_a_clear_4xx_and_writes_nothing(
    server: Server, field: str, value: Any, status: int, says: str
) -> None:
    refused = post(server, {"doc_id": "badmeta", "text": REPORT + "（另一份）", field: value})
    assert refused.status_code == status, refused.text
    assert says in refused.json()["error"]["message"]
    assert httpx.get(server.url + "/documents/badmeta", timeout=60).status_code == 404
