"""`citeqa serve` as operators run it: refusing an open bind without keys, JSON logs with request ids,
Prometheus metrics per route and of the index, several worker processes on one index."""

from __future__ import annotations

import importlib
import json
import os
import re
import socket
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.conftest import CITEQA, Server, free_port, serving

pytestmark = pytest.mark.slow


def test_refuses_a_public_bind_without_keys(seed_index: Path) -> None:
    run = subprocess.run(
        [CITEQA, "serve", "--host", "0.0.0.0", "--port", str(free_port()), "--index", str(seed_index)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CITEQA_API_KEYS": ""},
    )
    assert run.returncode == 2
    assert run.stderr.startswith("citeqa serve: refusing to serve on 0.0.0.0 without API keys")
    assert "--allow-no-auth" in run.stderr


def test_refuses_short_keys(seed_index: Path) -> None:
    run = subprocess.run(
        [CITEQA, "serve", "--port", str(free_port()), "--index", str(seed_index)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CITEQA_API_KEYS": "short:rw"},
    )
    assert run.returncode == 2
    assert "citeqa serve: API key 1 is 5 characters; use at least 16" in run.stderr


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        # a fault probe: 「SECRET:RO」 was one read-write key whose secret ended in :RO
        (
            "aaaaaaaaaaaaaaaaaaaa:read",
            "citeqa serve: API key 1 has the role 'read'; write SECRET:ro or SECRET:rw",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaa:rw,aaaaaaaaaaaaaaaaaaaa:ro",
            "citeqa serve: API key 2 repeats an earlier key; give each key once, with its access",
        ),
    ],
)
def test_refuses_a_mistyped_role_or_a_repeated_key(seed_index: Path, keys: str, message: str) -> None:
    run = subprocess.run(
        [CITEQA, "serve", "--port", str(free_port()), "--index", str(seed_index)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CITEQA_API_KEYS": keys},
    )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines()[-1] == message


def test_a_role_is_read_whatever_its_case() -> None:
    from server.config import parse_api_keys

    keys = parse_api_keys("aaaaaaaaaaaaaaaaaaaa:RO, bbbbbbbbbbbbbbbbbbbb , cccccccccccccccccccc: rw")
    assert [(k.secret, k.access) for k in keys] == [
        ("aaaaaaaaaaaaaaaaaaaa", "ro"),
        ("bbbbbbbbbbbbbbbbbbbb", "rw"),
        ("cccccccccccccccccccc", "rw"),
    ]


def test_request_ids_and_json_logs(tmp_path: Path, seed_index: Path) -> None:
    with serving(seed_index, tmp_path) as running:
        given = httpx.post(
            running.url + "/search", json={"query": "人才编制周转池"}, headers={"X-Request-ID": "trace-42"}
        )
        assert given.headers["x-request-id"] == "trace-42"
        made = httpx.get(running.url + "/documents/no-such-doc")
        assert made.status_code == 404 and re.fullmatch(r"[0-9a-f]{32}", made.headers["x-request-id"])
        hostile = httpx.get(running.url + "/healthz", headers={"X-Request-ID": "bad id\twith tab"})
        assert re.fullmatch(r"[0-9a-f]{32}", hostile.headers["x-request-id"])
    lines = [json.loads(line) for line in (running.stderr_text or "").splitlines() if line.startswith("{")]
    access = {line["request_id"]: line for line in lines if line["logger"] == "citeqa.access"}
    assert access["trace-42"]["route"] == "/search" and access["trace-42"]["status"] == 200
    missing = access[made.headers["x-request-id"]]
    assert (missing["route"], missing["path"], missing["status"]) == (
        "/documents/{doc_id}",
        "/documents/no-such-doc",
        404,
    )
    assert any("serving on loopback 127.0.0.1 only" in line["message"] for line in lines)


def test_metrics_per_route_and_index(server: Server) -> None:
    for _ in range(3):
        httpx.post(server.url + "/search", json={"query": "人才编制周转池"})
    text = httpx.get(server.url + "/metrics").text
    assert 'citeqa_request_seconds_count{method="POST",route="/search"} 3.0' in text, text
    assert 'citeqa_request_seconds_bucket{le="0.25",method="POST",route="/search"}' in text
    generation = httpx.get(server.url + "/healthz").json()["generation"]
    assert f"citeqa_index_generation {float(generation)}" in text
    assert "citeqa_index_documents 5.0" in text and "citeqa_index_passages 54.0" in text
    size = float(re.search(r"^citeqa_index_bytes (\S+)$", text, re.M).group(1))  # type: ignore[union-attr]
    assert size > 100_000


@pytest.mark.skipif(
    not hasattr(importlib.import_module("indexer.store"), "committed_id"),
    reason="readers follow new commits only with the store issue's indexer/store.py (not merged yet)",
)
def test_several_workers_share_one_index(tmp_path: Path, seed_index: Path) -> None:
    with serving(seed_index, tmp_path, args=["--workers", "2"]) as running:
        # A new connection per request, so the kernel spreads them over both workers.
        answers = [
            httpx.post(running.url + "/search", json={"query": "綦江区"}).status_code for _ in range(20)
        ]
        assert answers == [200] * 20
        added = httpx.post(
            running.url + "/documents", json={"doc_id": "note-w", "text": "重庆市綦江区设立人才驿站。"}
        )
        assert added.status_code == 201
        # Whichever worker answers, the new document is there (readers follow the newest commit).
        seen = ["note-w" in httpx.get(running.url + "/documents").text for _ in range(20)]
        assert all(seen), seen
        gone = httpx.delete(running.url + "/documents/note-w")
        assert gone.status_code == 200
        assert not any("note-w" in httpx.get(running.url + "/documents").text for _ in range(20))


@pytest.mark.parametrize("port", ["99999", "-1", "65536", "http"])
def test_a_port_out_of_range_is_one_line(seed_index: Path, port: str) -> None:
    """A fault probe: --port 99999 ended in an OverflowError traceback from bind()."""
    run = subprocess.run(
        [CITEQA, "serve", "--port", port, "--index", str(seed_index)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    shown = port if port.lstrip("-").isdigit() else repr(port)
    assert run.stderr.strip().splitlines() == [
        f"citeqa serve: argument --port: {shown} is not a port number; use 0 to 65535 "
        "(see citeqa serve --help)"
    ]


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        # a fault probe: no request thread, so start-up waited for one for ever (SIGTERM did not end it)
        ({"CITEQA_THREADS": "0"}, "CITEQA_THREADS='0': input should be greater than or equal to 1"),
        # these served on, refusing each upload: "exceeds -1 bytes", "took longer than -5 s", "0 MiB"
        (
            {"CITEQA_MAX_UPLOAD_BYTES": "-1", "CITEQA_PARSE_TIMEOUT": "-5"},
            "CITEQA_MAX_UPLOAD_BYTES='-1': input should be greater than 0; "
            "CITEQA_PARSE_TIMEOUT='-5': input should be greater than 0",
        ),
        (
            {"CITEQA_PARSE_MEMORY_BYTES": "10"},
            "CITEQA_PARSE_MEMORY_BYTES='10': input should be greater than or equal to 67108864",
        ),
        # a fault probe: every request was refused 429 while /healthz said ok; an infinite timeout no guard
        (
            {"CITEQA_RATE_LIMIT": "0/minute"},
            "CITEQA_RATE_LIMIT='0/minute': value error, '0/minute' allows no request at all; "
            "allow at least 1, e.g. 600/minute",
        ),
        ({"CITEQA_BODY_TIMEOUT": "inf"}, "CITEQA_BODY_TIMEOUT='inf': input should be a finite number"),
        # pydantic's report had been five lines ending in a link to its documentation
        (
            {"CITEQA_WARM_UP": "maybe"},
            "CITEQA_WARM_UP='maybe': input should be a valid boolean, unable to interpret input",
        ),
    ],
)
def test_a_setting_out_of_range_is_one_line(
    seed_index: Path, variables: dict[str, str], message: str
) -> None:
    run = subprocess.run(
        [CITEQA, "serve", "--port", str(free_port()), "--index", str(seed_index)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **variables},
    )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"citeqa serve: {message} (fix the environment variable or unset it)"
    ]


def test_a_port_in_use_is_one_line(seed_index: Path) -> None:
    """A probe: `citeqa serve` on a port another process listens on printed seven JSON log lines (start-up,
    uvicorn's bind error, shutdown) and exited 3."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run(
            [CITEQA, "serve", "--port", str(port), "--index", str(seed_index)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"citeqa serve: cannot serve on 127.0.0.1:{port}: Address already in use; stop what uses it, "
        "or pass another --port"
    ]


def test_an_http_1_0_request_naming_no_host_is_served(server: Server) -> None:
    """HTTP/1.0 needs no Host header (health checkers and scripts send none); it had been refused 421 as
    host '' — only a Host this server does not answer to is (a fault probe)."""
    address = server.url.removeprefix("http://").split(":")
    replies = []
    for request in (b"GET /healthz HTTP/1.0\r\n\r\n", b"GET /healthz HTTP/1.0\r\nHost: evil.example\r\n\r\n"):
        with socket.create_connection((address[0], int(address[1])), timeout=30) as connection:
            connection.sendall(request)
            replies.append(connection.makefile("rb").readline().split()[1])
    assert replies == [b"200", b"421"]
