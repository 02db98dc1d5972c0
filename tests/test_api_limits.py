"""Every request body is bounded before anything parses it; uploads are bounded per file, in parse time and
in parse memory; several files in one request are answered one by one."""

from __future__ import annotations

import gzip
import io
import json
import socket
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.store import read_manifest
from server.config import KIB
from server.ingest import ParseError, Upload, parse_upload
from tests.apiclient import NOTE, MakeClient, doc_ids
from tests.conftest import Server

CSRF = {"X-Requested-With": "test"}


def _raw_request(server: Server, head: str, body: bytes = b"") -> tuple[int, bytes]:
    """Send a request by hand (to declare a length we never send) and read the status line and body."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head.encode("ascii") + body)
        data = b""
        while b"\r\n\r\n" not in data or len(data) < data.index(b"\r\n\r\n") + 4 + _length(data):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1]


def _length(data: bytes) -> int:
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 0


@pytest.mark.slow
def test_declared_200_mb_json_is_refused_before_it_is_sent(server: Server) -> None:
    """Issue: a 200 MB JSON body to /search was parsed before the 422 (+579 MB). Now the declared length
    alone gets the 413: the server answers without waiting for (or reading) a byte of the body."""
    for path in ("/search", "/ask", "/documents", "/v1/chat/completions", "/mcp"):
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {200 * 1024 * 1024}\r\nConnection: close\r\n\r\n"
        )
        status, body = _raw_request(server, head, b'{"query": "')
        assert status == 413, path
        assert b'"too_large"' in body


def test_streamed_body_over_the_limit_is_cut_off(make: MakeClient) -> None:
    """Without Content-Length (chunked), counting stops the body at the limit; the app never sees it all."""
    client = make(max_json_bytes=4 * KIB)

    def chunks() -> Iterator[bytes]:
        yield b'{"query": "'
        for _ in range(64):
            yield b"x" * KIB
        yield b'"}'

    response = client.post("/search", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {
        "error": {
            "code": "too_large",
            "message": "the request body exceeds 4096 bytes at this endpoint; send less",
        }
    }
    small = client.post(
        "/search",
        content=iter([b'{"query": "', "人才".encode(), b'"}']),
        headers={"Content-Type": "application/json"},
    )
    assert small.status_code == 200


def test_a_compressed_body_is_refused(make: MakeClient) -> None:
    """A fault probe: a gzip body got FastAPI's "There was an error parsing the body" (400), and a body
    marked Content-Encoding: br but sent plain was read as if unmarked. Compressed bodies are not read."""
    client = make()
    before = doc_ids(client)
    bodies = {
        "/search": {"query": "人才"},
        "/ask": {"question": "人才"},
        "/documents": {"doc_id": "z", "text": NOTE},
    }
    for path, body in bodies.items():
        for coding in ("gzip", "br"):
            raw = json.dumps(body).encode()
            sent = client.post(
                path,
                content=gzip.compress(raw) if coding == "gzip" else raw,
                headers={"Content-Type": "application/json", "Content-Encoding": coding},
            )
            assert (sent.status_code, sent.json()) == (
                415,
                {
                    "error": {
                        "code": "unsupported_media_type",
                        "message": f"the request body is compressed (Content-Encoding: {coding}); send it "
                        "uncompressed",
                    }
                },
            ), path
    assert doc_ids(client) == before
    plain = client.post("/search", json={"query": "人才"}, headers={"Content-Encoding": "identity"})
    assert plain.status_code == 200


def test_a_json_body_not_in_utf8_is_named(make: MakeClient) -> None:
    """A fault probe: a JSON body in GBK (even declared charset=gbk) got FastAPI's "There was an error
    parsing the body"; JSON is UTF-8 (UTF-16 and UTF-32 are read too)."""
    client = make()
    body = '{"query": "运城"}'
    for charset in ("gbk", None):
        sent = client.post(
            "/search",
            content=body.encode("gbk"),
            headers={"Content-Type": "application/json" + (f"; charset={charset}" if charset else "")},
        )
        assert (sent.status_code, sent.json()) == (
            400,
            {
                "error": {
                    "code": "malformed_json",
                    "message": "the request body is not UTF-8 (byte 0xd4 at 11: invalid continuation byte); "
                    "send JSON encoded as UTF-8",
                }
            },
        )
    utf16 = client.post(
        "/search", content=body.encode("utf-16"), headers={"Content-Type": "application/json"}
    )
    assert utf16.status_code == 200 and utf16.json()["query"] == "运城"


def test_json_upload_is_bounded_by_the_upload_limit(make: MakeClient) -> None:
    """Issue: JSON uploads were read whole before the 413."""
    client = make(max_upload_bytes=10 * KIB)
    before = doc_ids(client)
    big = client.post("/documents", json={"doc_id": "big", "text": "人" * 5000})  # 15 KB of UTF-8
    assert big.status_code == 413 and big.json()["error"]["code"] == "too_large"
    assert client.post("/documents", json={"doc_id": "small", "text": NOTE}).status_code == 201
    assert doc_ids(client) == [*before, "small"]


def test_more_files_than_a_request_takes_is_413_and_writes_nothing(make: MakeClient) -> None:
    """A probe: 21 files had been 400 bad_multipart with Starlette's words, where the README names the
    limit (CITEQA_MAX_UPLOAD_FILES) as one of what a request may hold."""
    client = make(max_upload_files=3)
    before = doc_ids(client)
    files = [("file", (f"note{i}.txt", f"第{i}号通知：见习补贴每人每月{i}千元。".encode())) for i in range(4)]
    response = client.post("/documents", files=files, headers=CSRF)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_many_files"
    assert response.json()["error"]["message"] == (
        "one request takes at most 3 files (CITEQA_MAX_UPLOAD_FILES); send the others in further requests"
    )
    assert doc_ids(client) == before
    assert client.post("/documents", files=files[:3], headers=CSRF).status_code == 201


def test_several_files_are_answered_one_by_one(make: MakeClient) -> None:
    client = make(max_upload_bytes=2 * KIB)
    files = [
        (
            "file",
            ("chongqing.txt", "重庆市綦江区人才工作\n\n綦江区设立人才编制周转池。".encode()),
        ),
        ("file", ("tool.exe", b"MZ\x90\x00")),
        ("file", ("huge.txt", ("人" * 1000).encode())),
        ("file", ("empty.txt", b"   \n")),
    ]
    response = client.post("/documents", files=files, headers=CSRF)
    assert response.status_code == 207
    results = response.json()["results"]
    assert [(r["file"], r["status"]) for r in results] == [
        ("chongqing.txt", 201),
        ("tool.exe", 415),
        ("huge.txt", 413),
        ("empty.txt", 422),
    ]
    assert results[0]["document"]["doc_id"] == "chongqing"
    assert results[0]["document"]["region"] == "重庆市綦江区"
    assert [r["error"]["code"] for r in results[1:]] == ["unsupported_type", "too_large", "unreadable"]
    assert "chongqing" in doc_ids(client)
    all_good = client.post("/documents", files=files[:1], headers=CSRF)  # indexed already: nothing to write
    assert all_good.status_code == 200 and all_good.json()["results"][0]["status"] == 200
    assert all_good.json()["results"][0]["outcome"] == "unchanged"


def _docx_bomb(paragraphs: int) -> bytes:
    """A valid .docx whose document.xml expands to ``paragraphs`` empty paragraphs (tiny when zipped)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "<w:p/>" * paragraphs
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}'
        "</w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.slow
def test_decompression_bomb_costs_one_child_not_the_server(make: MakeClient, seed_index_copy: Path) -> None:
    """Issue: a 194 KiB .docx expanding to 2M empty paragraphs took 45 s of CPU and +1.4 GB, and never
    returned. Now it is refused (by the loader's own checks, or by the parse child's memory or time cap)."""
    client = make(parse_memory_bytes=256 * 1024 * KIB, parse_timeout=20)
    generation = read_manifest(seed_index_copy)["generation"]
    bomb = _docx_bomb(2_000_000)
    assert len(bomb) < 200 * KIB
    response = client.post("/documents", files={"file": ("bomb.docx", bomb)}, headers=CSRF)
    # a job: its bytes are few, the text its parts hold is not (upload_body.text_weight)
    assert response.status_code == 202, response.text
    url = response.json()["status_url"]
    deadline = time.monotonic() + 300
    while (job := client.get(url).json())["status"] not in ("done", "failed") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert job["status"] == "failed", job  # its one file refused
    (result,) = job["results"]
    assert (result["status"], result["error"]["code"]) in {
        (413, "parse_memory"),
        (413, "parse_timeout"),
        (413, "too_large"),
        (422, "unreadable"),
    }, result
    assert read_manifest(seed_index_copy)["generation"] == generation  # nothing written
    assert client.post("/search", json={"query": "人才编制周转池"}).status_code == 200


def test_parse_time_is_capped() -> None:
    """A parse that outlives its time limit is killed and reported as 413 (here: no time at all)."""
    from indexer.settings import DEFAULTS

    upload = Upload("slow.txt", ("人才编制周转池。" * 20000).encode(), ".txt")
    with pytest.raises(ParseError) as caught:
        parse_upload(upload, DEFAULTS.to_manifest(512), timeout=0, memory_bytes=1024 * 1024 * KIB)
    assert (caught.value.status, caught.value.code) == (413, "parse_timeout")
    done = parse_upload(upload, DEFAULTS.to_manifest(512), timeout=60, memory_bytes=1024 * 1024 * KIB)
    assert done.meta.doc_id == "slow" and done.text.startswith("人才编制周转池。")
