"""Uploads are stored once per content, as `citeqa index` stores files: the same report sent again under
another name — JSON, multipart or as a job — is answered 200 with the document already holding it
(`duplicate_of`), and the same name with the same content is `unchanged`; new content under a name is an
update. Against a real `citeqa serve` on both backends."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import SEEDS, Server, backend_flags, serving

CSRF = {"X-Requested-With": "test"}
SEED_ID = "001_23f8d249a03d504e"
SEED_BYTES = (SEEDS / f"{SEED_ID}.txt").read_bytes()
REPORT = "天枢星人才驿站管理办法\n\n本市在高新区设立天枢星人才驿站，为来访人才提供短期免费住宿。"
REPORT_2 = "天枢星人才驿站管理办法（修订）\n\n本市在高新区设立天枢星人才驿站两处，提供一周免费住宿。"
SEED_DOCS = 5


@pytest.fixture(scope="module")
def server(
    backend: str, seed_index: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Server]:
    """`citeqa serve` over a private copy of the seed index on ``backend``."""
    args = backend_flags(backend, seed_index, request, "dedupe")
    with serving(seed_index, tmp_path_factory.mktemp("dedupe"), args=args) as running:
        yield running


def doc_ids(server: Server) -> list[str]:
    return sorted(d["doc_id"] for d in httpx.get(server.url + "/documents", timeout=60).json()["documents"])


def upload(server: Server, files: list[tuple[str, bytes]], query: str = "") -> httpx.Response:
    sent = [("file", (name, data, "text/plain")) for name, data in files]
    return httpx.post(server.url + "/documents" + query, files=sent, headers=CSRF, timeout=300)


def brief(response: httpx.Response) -> list[tuple[Any, ...]]:
    return [
        (r["file"], r["status"], r["outcome"], r["duplicate_of"], r["document"]["doc_id"])
        for r in response.json()["results"]
    ]


def test_the_same_content_is_stored_once_whatever_its_name(server: Server) -> None:
    seeds = doc_ids(server)
    assert len(seeds) == SEED_DOCS

    # a seed sent again as a file under another name: nothing written, the seed named
    again = upload(server, [("copy-of-seed.txt", SEED_BYTES)])
    assert again.status_code == 200, again.text
    assert brief(again) == [("copy-of-seed.txt", 200, "duplicate", SEED_ID, SEED_ID)]
    assert again.json()["results"][0]["document"]["passages"] > 1

    # the same as JSON text, under an explicit id
    text = SEED_BYTES.decode("utf-8")
    as_json = httpx.post(server.url + "/documents", json={"doc_id": "mine", "text": text}, timeout=300)
    assert as_json.status_code == 200, as_json.text
    body = as_json.json()
    assert (body["doc_id"], body["outcome"], body["duplicate_of"]) == (SEED_ID, "duplicate", SEED_ID)
    assert body["text"] == httpx.get(f"{server.url}/documents/{SEED_ID}", timeout=60).json()["text"]
    assert httpx.get(server.url + "/documents/mine", timeout=60).status_code == 404

    # two names, one content, in one request: the first is added, the second is its duplicate
    both = upload(server, [("report.txt", REPORT.encode()), ("report-final.txt", REPORT.encode())])
    assert both.status_code == 201, both.text
    assert brief(both) == [
        ("report.txt", 201, "added", None, "report"),
        ("report-final.txt", 200, "duplicate", "report", "report"),
    ]
    assert doc_ids(server) == sorted([*seeds, "report"])
    hits = httpx.post(
        server.url + "/search", json={"query": "天枢星人才驿站", "top_k": 10, "mode": "bm25"}, timeout=60
    ).json()["results"]
    assert [h["doc_id"] for h in hits if "天枢星" in h["text"]] == ["report"]  # one citation, not two

    # the same name and content again: idempotent; new content under the name: an update
    same = upload(server, [("report.txt", REPORT.encode())])
    assert (same.status_code, brief(same)) == (200, [("report.txt", 200, "unchanged", None, "report")])
    changed = upload(server, [("report.txt", REPORT_2.encode())])
    assert (changed.status_code, brief(changed)) == (201, [("report.txt", 201, "updated", None, "report")])
    # its old content is free again: another name may now hold it
    old = httpx.post(server.url + "/documents", json={"doc_id": "old", "text": REPORT}, timeout=300)
    assert (old.status_code, old.json()["outcome"], old.json()["duplicate_of"]) == (201, "added", None)

    # a job reports the same verdicts
    accepted = upload(server, [("again.txt", REPORT_2.encode()), ("x.exe", b"MZ")], "?wait=false")
    assert accepted.status_code == 202, accepted.text
    url = server.url + accepted.json()["status_url"]
    deadline = time.monotonic() + 300  # bounded polling, not a timing assertion
    while (job := httpx.get(url, timeout=60).json())["status"] not in ("done", "failed"):
        assert time.monotonic() < deadline, job
        time.sleep(0.05)
    assert job["status"] == "done" and job["error"] is None, job
    results = [(r["file"], r["status"], r["outcome"], r["duplicate_of"]) for r in job["results"]]
    assert results == [("again.txt", 200, "duplicate", "report"), ("x.exe", 415, None, None)]
    assert doc_ids(server) == sorted([*seeds, "old", "report"])


def test_a_document_changed_into_a_copy_of_another_loses_its_old_text(server: Server) -> None:
    """A fault probe: a document re-sent with another document's text was reported a duplicate — and kept
    its earlier text, cited under its id for what it no longer says."""
    drift = "漂移文件\n本区设立青年人才夜校，每周三晚免费授课。"
    added = upload(server, [("drift.txt", drift.encode())])
    assert (added.status_code, brief(added)) == (201, [("drift.txt", 201, "added", None, "drift")])
    copy = upload(server, [("drift.txt", SEED_BYTES)])
    assert (copy.status_code, brief(copy)) == (200, [("drift.txt", 200, "duplicate", SEED_ID, SEED_ID)])
    assert "drift" not in doc_ids(server)
    assert httpx.get(server.url + "/documents/drift", timeout=60).status_code == 404
    hits = httpx.post(
        server.url + "/search", json={"query": "青年人才夜校", "top_k": 10, "mode": "bm25"}, timeout=60
    ).json()["results"]
    assert [h["doc_id"] for h in hits if "夜校" in h["text"]] == []


def test_two_files_of_one_upload_with_one_id_are_refused_not_merged(server: Server) -> None:
    before = doc_ids(server)
    twins = [("twin.txt", "孪生文件甲\n甲".encode()), ("twin.txt", "孪生文件乙\n乙".encode())]
    response = upload(server, twins)
    assert response.status_code == 207, response.text
    results = response.json()["results"]
    assert [(r["status"], r["outcome"]) for r in results] == [(201, "added"), (422, None)]
    assert results[1]["error"]["code"] == "same_doc_id"
    assert doc_ids(server) == sorted([*before, "twin"])


def test_files_sent_without_a_name_never_replace_each_other(server: Server) -> None:
    """A fault probe: two different files sent as filename "" and "." both became doc_id 'upload', the second
    replacing the first. Each is now named by its content (upload-<sha256 prefix>). (httpx sends no file at
    all for an empty filename: that is a 400 naming the field.)"""
    import hashlib

    first, second = "无名文件甲\n某地设立人才公寓甲。".encode(), "无名文件乙\n某地设立人才公寓乙。".encode()
    before = doc_ids(server)
    made = [upload(server, [(name, data)]) for name, data in ((".", first), ("..", second))]
    assert [r.status_code for r in made] == [201, 201], [r.text for r in made]
    expected = [f"upload-{hashlib.sha256(d).hexdigest()[:12]}" for d in (first, second)]
    assert [r.json()["results"][0]["document"]["doc_id"] for r in made] == expected
    assert [r.json()["results"][0]["outcome"] for r in made] == ["added", "added"]
    assert doc_ids(server) == sorted([*before, *expected])
    again = upload(server, [(".", first)])  # the same nameless content again: the same document
    assert again.status_code == 200 and again.json()["results"][0]["outcome"] == "unchanged"


@pytest.mark.parametrize("name", ["...", "   ", ". . ."])
def test_a_name_of_only_dots_or_spaces_is_no_name(server: Server, name: str) -> None:
    """A fault probe: such a file was refused as '   : unsupported file type', where "." and ".." are read
    as a file sent without a name."""
    import hashlib

    data = f"只有点或空格的文件名\n某地设立人才公寓{len(name)}{name.count('.')}。".encode()
    made = upload(server, [(name, data)])
    expected = f"upload-{hashlib.sha256(data).hexdigest()[:12]}"
    assert made.status_code == 201, made.text
    assert made.json()["results"][0]["file"] == f"{expected}.txt"
    assert made.json()["results"][0]["document"]["doc_id"] == expected


def test_a_windows_path_sent_as_the_file_name_is_the_files_name(server: Server) -> None:
    """A probe: a client sending the path (old browsers send C:\\Users\\x\\report.txt) had the path kept as
    the document's name and its ..\\ parts in its id; the file's own name names it, as with / paths."""
    data = "路径上传的报告\n某地设立人才驿站三处。".encode()
    made = upload(server, [("C:\\Users\\li\\..\\报告\\rencai.txt", data)])
    assert made.status_code == 201, made.text
    result = made.json()["results"][0]
    assert (result["file"], result["document"]["doc_id"]) == ("rencai.txt", "rencai")
