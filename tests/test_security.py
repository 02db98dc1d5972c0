"""Access control, the same for the REST API, the OpenAI-compatible API and MCP: API keys (read-only and
read-write, Bearer or X-API-Key), trusted Host headers, CSRF-safe writes, per-caller rate limits."""

from __future__ import annotations

import pytest

from tests.apiclient import KEYS, NOTE, RO_KEY, RW_KEY, YUNCHENG, MakeClient, doc_ids

MCP_HEADERS = {"Accept": "application/json, text/event-stream"}
TOOLS_LIST = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}


def test_writes_need_a_read_write_key(make: MakeClient) -> None:
    """Issue: anyone who could reach the port could upload or delete."""
    client = make(api_keys=KEYS)
    before = doc_ids(client)
    body = {"doc_id": "note-1", "text": NOTE}
    missing = client.post("/documents", json=body)
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "missing_key"
    assert missing.headers["www-authenticate"] == 'Bearer realm="citeqa"'
    wrong = client.post("/documents", json=body, headers={"Authorization": "Bearer not-a-key-at-all-000000"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_key"
    read_only = client.post("/documents", json=body, headers={"X-API-Key": RO_KEY})
    assert read_only.status_code == 403 and read_only.json()["error"]["code"] == "read_only_key"
    assert client.delete(f"/documents/{YUNCHENG}").status_code == 401
    assert client.delete(f"/documents/{YUNCHENG}", headers={"X-API-Key": RO_KEY}).status_code == 403
    assert doc_ids(client) == before

    added = client.post("/documents", json=body, headers={"Authorization": f"Bearer {RW_KEY}"})
    assert added.status_code == 201 and added.json()["doc_id"] == "note-1"
    deleted = client.delete("/documents/note-1", headers={"X-API-Key": RW_KEY})
    assert deleted.status_code == 200 and deleted.json()["deleted"] == "note-1"
    assert doc_ids(client) == before


def test_reads_need_a_key_only_when_configured(make: MakeClient) -> None:
    open_reads = make(api_keys=KEYS)
    assert open_reads.post("/search", json={"query": "人才编制周转池"}).status_code == 200
    closed = make(api_keys=KEYS, read_requires_key=True)
    for method, path, body in (
        ("POST", "/search", {"query": "人才编制周转池"}),
        ("POST", "/ask", {"question": "哪些地区设立了人才编制周转池?"}),
        ("GET", "/documents", None),
        ("GET", f"/documents/{YUNCHENG}", None),
        ("GET", f"/passages/{YUNCHENG}:0", None),
        ("GET", "/metrics", None),
        ("GET", "/v1/models", None),
    ):
        refused = closed.request(method, path, json=body)
        assert refused.status_code == 401, (path, refused.text)
        # (the hint names the header OpenAI clients send first: a probe was pointed to X-API-Key only)
        assert refused.json()["error"]["message"] == (
            "this server needs an API key: send Authorization: Bearer KEY (or X-API-Key: KEY)"
        )
        for headers in ({"X-API-Key": RO_KEY}, {"Authorization": f"Bearer {RW_KEY}"}):
            assert closed.request(method, path, json=body, headers=headers).status_code == 200, path
    # Liveness and the page itself carry no data.
    assert closed.get("/healthz").status_code == 200
    assert closed.get("/").status_code == 200


def test_openai_and_mcp_honour_the_same_keys(make: MakeClient) -> None:
    client = make(api_keys=KEYS, read_requires_key=True)
    chat = {"model": "citeqa", "messages": [{"role": "user", "content": "哪些地区设立了人才编制周转池?"}]}
    refused = client.post("/v1/chat/completions", json=chat)
    assert refused.status_code == 401
    assert refused.json()["error"]["type"] == "invalid_request_error"  # OpenAI's error shape
    answered = client.post("/v1/chat/completions", json=chat, headers={"Authorization": f"Bearer {RO_KEY}"})
    assert (
        answered.status_code == 200 and "150个事业编制" in answered.json()["choices"][0]["message"]["content"]
    )

    assert client.post("/mcp", json=TOOLS_LIST, headers=MCP_HEADERS).status_code == 401
    listed = client.post("/mcp", json=TOOLS_LIST, headers={**MCP_HEADERS, "X-API-Key": RO_KEY})
    assert listed.status_code == 200
    assert {t["name"] for t in listed.json()["result"]["tools"]} == {"search", "ask", "get_document"}


def test_cross_site_simple_requests_cannot_write(make: MakeClient) -> None:
    """Issue: a page on another origin injected a document with a simple (no-preflight) request."""
    client = make()  # no keys: loopback only, so the browser on this machine is the attacker's way in
    before = doc_ids(client)
    payload = '{"doc_id": "injected", "text": "' + NOTE + '"}'
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "text/plain;charset=UTF-8"):
        refused = client.post("/documents", content=payload.encode(), headers={"Content-Type": content_type})
        assert refused.status_code == 415, content_type
        assert refused.json()["error"]["code"] == "unsupported_media_type"
    form = client.post("/documents", files={"file": ("injected.txt", NOTE.encode())})
    assert form.status_code == 403 and form.json()["error"]["code"] == "csrf"
    assert doc_ids(client) == before
    # The same upload from a real client (which can set a header a cross-site form cannot) works.
    ok = client.post(
        "/documents", files={"file": ("note.txt", NOTE.encode())}, headers={"X-Requested-With": "t"}
    )
    assert ok.status_code == 201 and [r["status"] for r in ok.json()["results"]] == [201]
    assert doc_ids(client) == [*before, "note"]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io:8000"])
def test_foreign_host_headers_are_refused(make: MakeClient, host: str) -> None:
    """Issue: any Host header was accepted by the REST API (DNS rebinding)."""
    client = make()
    for method, path in (("GET", "/documents"), ("POST", "/search"), ("GET", "/v1/models"), ("POST", "/mcp")):
        refused = client.request(method, path, json={"query": "人才"}, headers={"Host": host})
        assert refused.status_code == 421, path
        error = refused.json()["error"]
        # /mcp answers in JSON-RPC's shape (an MCP client shows its message), the API's code in data.code
        assert (error["data"]["code"] if path == "/mcp" else error["code"]) == "untrusted_host"


def test_loopback_and_configured_hosts_are_trusted(make: MakeClient) -> None:
    client = make(trusted_hosts="citeqa.example.org")
    for host in ("127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "citeqa.example.org:443"):
        assert client.get("/documents", headers={"Host": host}).status_code == 200, host
    assert client.get("/documents", headers={"Host": "example.org"}).status_code == 421
    anything = make(trusted_hosts="*")
    assert anything.get("/documents", headers={"Host": "example.org"}).status_code == 200


def test_rate_limit_per_key_answers_429_with_retry_after(make: MakeClient) -> None:
    client = make(api_keys=KEYS, rate_limit="3/minute")
    ro = {"X-API-Key": RO_KEY}
    assert [client.get("/documents", headers=ro).status_code for _ in range(3)] == [200, 200, 200]
    limited = client.get("/documents", headers=ro)
    assert limited.status_code == 429 and limited.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    # Another key (and a client without one) has its own budget.
    assert client.get("/documents", headers={"X-API-Key": RW_KEY}).status_code == 200
    assert client.get("/documents").status_code == 200


def test_cors_opens_chat_to_the_configured_origins_only(make: MakeClient) -> None:
    """A probe: browser chat apps (NextChat, LobeChat, Chatbox web) call /v1 from their page, and no setting
    let them (preflight 405). CITEQA_CORS_ORIGINS grants CORS on /v1 to the origins it names; nothing else is
    opened to them, and without it no route grants CORS."""
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"}
    chat = {"model": "citeqa", "messages": [{"role": "user", "content": "运城市拿出多少个事业编制?"}]}
    page = "http://localhost:3000"
    closed = make()
    refused = closed.options("/v1/chat/completions", headers={"Origin": page, **preflight})
    assert refused.status_code == 405 and "access-control-allow-origin" not in refused.headers
    client = make(cors_origins=f"{page}/, https://chat.example.org")
    granted = client.options("/v1/chat/completions", headers={"Origin": page, **preflight})
    assert granted.status_code == 200
    assert granted.headers["access-control-allow-origin"] == page
    assert "POST" in granted.headers["access-control-allow-methods"]
    answered = client.post("/v1/chat/completions", json=chat, headers={"Origin": page})
    assert answered.status_code == 200 and answered.headers["access-control-allow-origin"] == page
    assert "150个事业编制" in answered.json()["choices"][0]["message"]["content"]
    other = client.options("/v1/chat/completions", headers={"Origin": "https://evil.example", **preflight})
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers
    # writes stay same-origin: the granted page gets no CORS for uploads
    upload = client.options("/documents", headers={"Origin": page, **preflight})
    assert upload.status_code == 405 and "access-control-allow-origin" not in upload.headers
    anyone = make(cors_origins="*").get("/v1/models", headers={"Origin": "https://a.example"})
    assert anyone.status_code == 200 and anyone.headers["access-control-allow-origin"] == "*"
