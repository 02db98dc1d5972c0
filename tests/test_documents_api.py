"""Document writes through the HTTP API on both backends: upload (JSON and multipart), replace, delete — each
change visible to the next query in both legs, surviving a restart, with the same response bodies.

The app is built the way `citeqa serve` builds it — `create_app(Settings(...))` opens the index through
`indexer.backend.open_retriever` — so the milvus run also covers the backend setting.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.api import create_app
from server.config import Settings
from tests.conftest import milvus_copy

BASE_URL = "http://127.0.0.1:8000"
CSRF = {"X-Requested-With": "test"}
DOC = "ziweixing"
TEXT = "紫微星计划试点办法\n\n本市设立紫微星专项资金，用于支持青年科研人员开展基础研究，每年安排三千万元。"
TEXT_2 = "北斗星计划实施细则\n\n本市设立北斗星人才公寓，为引进的高校毕业生提供住房保障，共建设八百套。"
NOTE = "天枢星人才驿站管理办法\n\n本市在高新区设立天枢星人才驿站，为来访人才提供短期免费住宿。"
SEED_DOCS, SEED_PASSAGES = 5, 54


@pytest.fixture
def make_client(
    backend: str, seed_index_copy: Path, seed_index: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[], TestClient]]:
    """``make()``: a started client of a fresh app over this test's private copy of the seed index on
    ``backend`` (calling it again is a restart: a new app on the same index)."""
    values: dict[str, Any] = {"index_dir": seed_index_copy, "warm_up": False, "llm_base_url": None}
    if backend == "milvus":
        uri = request.getfixturevalue("milvus_uri")
        config = milvus_copy(seed_index, uri, request.getfixturevalue("collection_name")("docs"))
        values |= {"backend": "milvus", "milvus_uri": uri, "milvus_collection": config.collection}
    with ExitStack() as stack:

        def make() -> TestClient:
            app = create_app(Settings(**values))
            return stack.enter_context(TestClient(app, base_url=BASE_URL))

        yield make


def passage_ids(client: TestClient, query: str, mode: str, k: int = 10) -> list[str]:
    response = client.post("/search", json={"query": query, "top_k": k, "mode": mode})
    assert response.status_code == 200, response.text
    return [r["passage_id"] for r in response.json()["results"]]


def test_upload_replace_delete(make_client: Callable[[], TestClient]) -> None:
    client = make_client()
    made = client.post("/documents", json={"doc_id": DOC, "title": "紫微星计划试点办法", "text": TEXT})
    assert made.status_code == 201
    assert made.json() == {
        "doc_id": DOC,
        "title": "紫微星计划试点办法",
        "region": None,
        "date": None,
        "source": None,
        "passages": 1,
        "text": TEXT.replace("\n\n", "\n"),
        "outcome": "added",
        "duplicate_of": None,
    }
    for mode in ("bm25", "dense", "hybrid"):
        assert passage_ids(client, "紫微星专项资金", mode, 1) == [f"{DOC}:0"]
    assert client.get("/healthz").json()["passages"] == SEED_PASSAGES + 1

    # replace: same id, new text — the old text is gone from both legs and from the document store
    again = client.post("/documents", json={"doc_id": DOC, "text": TEXT_2})
    assert again.status_code == 201 and again.json()["text"] == TEXT_2.replace("\n\n", "\n")
    assert again.json()["outcome"] == "updated"
    assert again.json()["title"] == "北斗星计划实施细则"
    assert passage_ids(client, "北斗星人才公寓", "bm25", 1) == [f"{DOC}:0"]
    hits = client.post("/search", json={"query": "紫微星专项资金", "top_k": 70, "mode": "bm25"}).json()
    assert all("紫微星" not in r["text"] for r in hits["results"])
    listed = client.get("/documents").json()["documents"]
    assert len(listed) == SEED_DOCS + 1 and listed[-1]["doc_id"] == DOC and listed[-1]["passages"] == 1

    # multipart: one good file, one refused; the good one is indexed
    files = [("file", ("tianshu.txt", NOTE.encode(), "text/plain")), ("file", ("x.exe", b"MZ", "x/y"))]
    upload = client.post("/documents", files=files, headers=CSRF)
    assert upload.status_code == 207
    results = upload.json()["results"]
    assert [(r["file"], r["status"]) for r in results] == [("tianshu.txt", 201), ("x.exe", 415)]
    assert results[0]["document"]["doc_id"] == "tianshu" and results[0]["document"]["passages"] == 1
    assert passage_ids(client, "天枢星人才驿站", "hybrid", 1) == ["tianshu:0"]

    # a restart (a new app on the same index) sees every change
    client = make_client()
    assert client.get("/healthz").json()["documents"] == SEED_DOCS + 2
    assert client.get(f"/documents/{DOC}").json()["text"].startswith("北斗星计划实施细则")
    assert client.get(f"/passages/{DOC}:0").json()["doc_id"] == DOC
    # an id names a passage as written (a fault probe: :00 answered 200 and echoed the non-canonical id on
    # one backend, 404 on the other)
    assert [client.get(f"/passages/{DOC}:{n}").status_code for n in ("00", "\uff10")] == [404, 422]

    gone = client.delete(f"/documents/{DOC}")
    assert gone.status_code == 200
    assert gone.json() == {"deleted": DOC, "documents": SEED_DOCS + 1, "passages": SEED_PASSAGES + 1}
    for mode in ("bm25", "dense", "hybrid"):
        assert all(not p.startswith(f"{DOC}:") for p in passage_ids(client, "北斗星人才公寓", mode, 70))
    assert client.get(f"/documents/{DOC}").status_code == 404
    assert client.get(f"/passages/{DOC}:0").status_code == 404
    missing = client.delete(f"/documents/{DOC}")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert client.delete("/documents/tianshu").json()["documents"] == SEED_DOCS
    assert client.get("/healthz").json()["passages"] == SEED_PASSAGES


def test_an_upload_job_indexes_on_both_backends(make_client: Callable[[], TestClient]) -> None:
    """?wait=false: 202 with a job, followed to done; the document is then served like any other."""
    client = make_client()
    accepted = client.post("/documents?wait=false", json={"doc_id": "tianshu", "text": NOTE})
    assert accepted.status_code == 202, accepted.text
    url = accepted.json()["status_url"]
    deadline = time.monotonic() + 300  # bounded polling, not a timing assertion
    while (job := client.get(url).json())["status"] not in ("done", "failed") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job["status"] == "done" and job["error"] is None, job
    assert [(r["file"], r["status"], r["document"]["passages"]) for r in job["results"]] == [
        ("tianshu", 201, 1)
    ]
    assert passage_ids(client, "天枢星人才驿站", "hybrid", 1) == ["tianshu:0"]
    assert client.get("/healthz").json()["documents"] == SEED_DOCS + 1


def test_bad_uploads_change_nothing(make_client: Callable[[], TestClient]) -> None:
    client = make_client()
    for body in ({"text": "   "}, {"doc_id": "a b", "text": TEXT}, {"title": "x"}):
        response = client.post("/documents", json=body)
        assert response.status_code == 422, response.text
        assert set(response.json()["error"]) == {"code", "message"}
    malformed = client.post("/documents", content=b"{", headers={"Content-Type": "application/json"})
    assert malformed.status_code == 400
    assert malformed.json()["error"]["message"].startswith("the request body is not valid JSON: ")
    # a probe: /search's JSON syntax errors had been told only "JSON decode error", not what or where
    comma = client.post("/search", content=b'{"query": "x",}', headers={"Content-Type": "application/json"})
    assert comma.status_code == 400
    assert comma.json()["error"] == {  # (pydantic's parser's words since 6a9eb7d, as /documents has)
        "code": "malformed_json",
        "message": "the request body is not valid JSON: trailing comma at character 15",
    }
    # valid JSON text to its sender, no Unicode: said so, not "not valid JSON"
    lone = client.post(
        "/documents", content=b'{"text": "\\ud800"}', headers={"Content-Type": "application/json"}
    )
    assert lone.status_code == 400
    assert lone.json()["error"]["message"] == (
        "the request body holds an unpaired surrogate (such as \\ud800): "
        "unexpected end of hex escape at line 1 column 17"
    )
    # a fault probe: text of punctuation only was indexed (201)
    marks = client.post("/documents", json={"doc_id": "marks", "text": "。。。，，，！？"})
    assert marks.status_code == 422
    assert marks.json()["error"]["message"] == (
        "marks: holds no words (only punctuation or symbols); nothing to index"
    )
    # fault probes: a NUL in a title was stored and shown; a part sent with filename* only (RFC 6266, which
    # the form parser does not read) was told "unexpected form fields ['file']"
    titled = client.post("/documents", json={"doc_id": "titled", "text": TEXT, "title": "a\u0000b"})
    assert titled.status_code == 422
    assert titled.json()["error"] == {
        "code": "unreadable",
        "message": "titled: has a control character (U+0000) in its title; remove it",
    }
    part = (
        b"--BB\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''note.txt\r\n\r\n"
        + NOTE.encode()
        + b"\r\n--BB--\r\n"
    )
    nameless = client.post(
        "/documents", content=part, headers={**CSRF, "Content-Type": "multipart/form-data; boundary=BB"}
    )
    assert nameless.status_code == 400
    assert nameless.json()["error"] == {
        "code": "not_a_file",
        "message": "a part named 'file' has no filename, so it is a form value, not a file; send it with "
        'filename="NAME.txt" in its Content-Disposition (filename* alone is not read), or POST the text as '
        'JSON {"text": "…"}',
    }
    # a probe: a body cut short before its closing boundary was told only to name the field 'file', which it
    # did (Starlette drops the part cut short and leaves its temporary file open)
    cut = b'--BB\r\nContent-Disposition: form-data; name="file"; filename="note.txt"\r\n\r\n' + NOTE.encode()
    for cut_body in (cut, cut + b"\r\n--BB\r\n"):  # the second: one whole part, then nothing
        cut_short = client.post(
            "/documents",
            content=cut_body,
            headers={**CSRF, "Content-Type": "multipart/form-data; boundary=BB"},
        )
        assert cut_short.status_code == 400
        assert cut_short.json()["error"] == {
            "code": "bad_multipart",
            "message": "the multipart body could not be read: the body ends before its closing boundary "
            "(--BOUNDARY--): it was cut short; send it again",
        }
    health = client.get("/healthz").json()
    assert (health["documents"], health["passages"]) == (SEED_DOCS, SEED_PASSAGES)
