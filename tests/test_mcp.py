"""The MCP server, driven by the official MCP Python SDK client: `citeqa mcp` over stdio, and the streamable
HTTP endpoint /mcp of `citeqa serve`. Every citation the tools return is checked against the document text.
"""

from __future__ import annotations

import asyncio
import json
import os
import select
import subprocess
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from mcp import Client
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client

from indexer.retrieve import Retriever
from server.api import create_app
from server.config import Settings
from server.mcp_wire import allowed_origins, refuse_before_sdk, transport_security
from tests.conftest import CITEQA, Server

QUESTION = "哪些地区设立了人才编制周转池?"
YUNCHENG = "001_23f8d249a03d504e"
TOOLS = {"search", "ask", "get_document"}

pytestmark = [pytest.mark.model, pytest.mark.slow]

Check = Callable[[ClientSession], Awaitable[dict[str, Any]]]


async def exercise(session: ClientSession) -> dict[str, Any]:
    """List the tools and call each one; return what the client saw."""
    await session.initialize()
    listed = await session.list_tools()
    tools = {t.name: t for t in listed.tools}

    search = await session.call_tool("search", {"query": QUESTION, "top_k": 3})
    regional = await session.call_tool(
        "search", {"query": "人才", "top_k": 5, "mode": "bm25", "region": "运城市"}
    )
    ask = await session.call_tool("ask", {"question": QUESTION})
    assert ask.structured_content is not None
    # answered from one region's documents, as /ask's filters.region (the tool had no such argument)
    regional_ask = await session.call_tool(
        "ask", {"question": "人才编制周转池有多少个编制?", "region": "运城市"}
    )
    documents = {}
    for c in ask.structured_content["citations"]:
        doc = await session.call_tool("get_document", {"doc_id": c["doc_id"]})
        documents[c["doc_id"]] = doc
    for r in (search.structured_content or {}).get("results", []):
        if r["doc_id"] not in documents:
            documents[r["doc_id"]] = await session.call_tool("get_document", {"doc_id": r["doc_id"]})
    missing = await session.call_tool("get_document", {"doc_id": "no-such-doc"})
    empty = await session.call_tool("search", {"query": "   "})
    invalid = await session.call_tool("search", {"query": "人才", "top_k": 0})
    typed = await session.call_tool("search", {"query": "人才", "top_k": "3"})  # REST refuses it too
    # an argument the tool does not take: dropped without a word, the results unfiltered (a fault probe)
    unknown = await session.call_tool("search", {"query": "人才", "filters": {"region": "运城"}})
    return {
        "tools": tools,
        "search": search,
        "regional": regional,
        "ask": ask,
        "regional_ask": regional_ask,
        "documents": documents,
        "missing": missing,
        "empty": empty,
        "invalid": invalid,
        "typed": typed,
        "unknown": unknown,
    }


def check(seen: dict[str, Any]) -> None:
    tools = seen["tools"]
    assert set(tools) == TOOLS
    for tool in tools.values():
        # Bilingual descriptions that say when to use the tool.
        assert any("\u4e00" <= ch <= "\u9fff" for ch in tool.description)
        assert "use" in tool.description.lower() and "用" in tool.description
        assert tool.output_schema is not None and tool.annotations.read_only_hint is True
    schema = tools["search"].input_schema
    assert schema["required"] == ["query"]
    assert set(schema["properties"]) == {"query", "top_k", "mode", "region"}
    assert schema["properties"]["mode"]["enum"] == ["hybrid", "bm25", "dense"]
    assert schema["properties"]["top_k"]["default"] == 5
    assert tools["ask"].input_schema["required"] == ["question"]
    assert set(tools["ask"].input_schema["properties"]) == {"question", "region"}
    assert tools["get_document"].input_schema["required"] == ["doc_id"]

    texts = {doc_id: r.structured_content["text"] for doc_id, r in seen["documents"].items()}
    search = seen["search"]
    assert not search.is_error
    results = search.structured_content["results"]
    assert [r["rank"] for r in results] == [1, 2, 3]
    for r in results:
        assert texts[r["doc_id"]][r["start"] : r["end"]] == r["text"]
        assert {"passage_id", "title", "region", "score", "scores"} <= set(r)
    assert {r["region"] for r in seen["regional"].structured_content["results"]} <= {
        "山西省运城市",
        "山西省运城市盐湖区",
    }

    ask = seen["ask"]
    assert not ask.is_error
    body = ask.structured_content
    assert body["answerable"] is True
    assert "150个事业编制" in body["answer"]
    assert body["citations"], "ask returned no citation"
    for c in body["citations"]:
        assert f"[{c['n']}]" in body["answer"]
        assert texts[c["doc_id"]][c["start"] : c["end"]] == c["quote"]
        assert c["passage_id"].startswith(c["doc_id"] + ":")
    assert YUNCHENG in texts
    regional_ask = seen["regional_ask"].structured_content
    assert "150个事业编制" in regional_ask["answer"]
    assert {c["region"] for c in regional_ask["citations"]} <= {"山西省运城市", "山西省运城市盐湖区"}

    assert seen["unknown"].is_error
    assert [c.text for c in seen["unknown"].content] == [
        "Error executing tool search: search takes no argument 'filters'; it takes query, top_k, mode, region"
    ]
    for name, needle in (
        ("missing", "no document 'no-such-doc'"),
        ("empty", "the query is empty"),
    ):
        result = seen[name]
        assert result.is_error, name
        assert needle in result.content[0].text, result.content[0].text
    # arguments that fail the input schema: one sentence naming the argument, not pydantic's report
    for name, got in (("invalid", "0"), ("typed", '"3"')):
        result = seen[name]
        assert result.is_error, name
        assert [c.text for c in result.content] == [
            f"Error executing tool search: top_k must be an integer from 1 to 20; got {got}"
        ]


def test_stdio_with_the_sdk_client(seed_index: Path, backend: str, request: pytest.FixtureRequest) -> None:
    # the SDK starts the server with a minimal environment: pass on the import path (tests run this checkout)
    env = {"CITEQA_LLM_BASE_URL": "", "PYTHONPATH": os.environ.get("PYTHONPATH", "")}
    # the index named as for every other command (a probe: `citeqa mcp --index DIR` had exited 2); the next
    # test names it by CITEQA_INDEX
    args = ["mcp", "--index", str(seed_index)]
    if backend == "milvus":  # the same tools over the seed index in Milvus, chosen by the environment
        config = request.getfixturevalue("milvus_seed")
        env |= {
            "CITEQA_BACKEND": "milvus",
            "CITEQA_MILVUS_URI": config.uri,
            "CITEQA_MILVUS_COLLECTION": config.collection,
        }
        args = ["mcp"]
    params = StdioServerParameters(command=CITEQA, args=args, env=env)

    async def run() -> dict[str, Any]:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            return await exercise(session)

    check(asyncio.run(run()))


def test_stdio_answers_a_line_that_is_no_message_with_an_error(seed_index: Path) -> None:
    """A line a client garbles (not JSON, a lone surrogate in a string, no method) is answered with a
    JSON-RPC error — of the request's id when it can be read, else of id null — and the session goes on: the
    SDK alone only logged it, and the client waited."""
    env = {**os.environ, "CITEQA_INDEX": str(seed_index), "CITEQA_LLM_BASE_URL": ""}
    process = subprocess.Popen(
        [CITEQA, "mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    assert process.stdin is not None and process.stdout is not None
    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-03-26",
            "capabilities": {},
            "clientInfo": {"name": "t", "version": "1"},
        },
    }
    lines = [
        "\ufeff" + json.dumps(initialize),  # a byte-order mark first (.NET writers): initialize was lost
        json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}),
        "garbage{",
        # blank lines are skipped, not answered with a parse error the client never asked for
        "",
        "  \r",
        # nested past Python's recursion limit: the id check before the SDK ended the session with a traceback
        '{"jsonrpc":"2.0","id":5,"method":"ping","params":{"x":' + "[" * 5000 + "]" * 5000 + "}}",
        # a lone surrogate escape: the SDK refuses it, Python reads its id (it had been answered with id null)
        '{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"ask","arguments":{"question":"\\ud800"}}}',
        '{"jsonrpc":"2.0","id":11,"method":"x","params":{"s":"\\ud800"}}',
        # refused, but their id can be read: answered with it (they had been answered with id null)
        '{"jsonrpc":"2.0","id":3}',
        '{"jsonrpc":"1.0","id":4,"method":"tools/list"}',
        # requests whose id is no string or integer: the SDK read them as notifications and answered nothing
        *(f'{{"jsonrpc":"2.0","id":{bad},"method":"ping"}}' for bad in ('{"a":1}', "null", "true", "1.5")),
        '[{"jsonrpc":"2.0","id":10,"method":"ping"}]',  # a batch: the reply says batches are not taken
        json.dumps({"jsonrpc": "2.0", "id": 9, "method": "tools/list"}),
    ]
    # read the thirteen replies before closing stdin: at end of input the server stops, answered or not
    replies: list[dict[str, Any]] = []
    try:
        process.stdin.write("\n".join(lines).encode() + b"\n")
        process.stdin.flush()
        deadline = time.monotonic() + 120
        while len(replies) < 13 and time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            line = process.stdout.readline()
            if not line:
                break
            replies.append(json.loads(line))
        process.stdin.close()
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdin.close()
        process.stdout.close()
    # (the errors come in the order of their lines; the session's answers when it has them)
    refused = [r["error"] for r in replies if r["id"] is None]
    assert [e["code"] for e in refused] == [-32700] * 2 + [-32600] * 5
    assert (
        refused[-1]["message"]
        == "Invalid Request: a batch (a JSON array) is not supported; send one message per line"
    )
    answered = {r["id"]: r for r in replies if r["id"] is not None}
    assert sorted(answered) == [1, 3, 4, 8, 9, 11]
    surrogate = (
        "Parse error: a \\u escape in the message is half of a surrogate pair (\\ud800 alone), which is no "
        "character; send the character itself, or both halves"
    )
    assert answered[8]["error"] == answered[11]["error"] == {"code": -32700, "message": surrogate}
    assert answered[1]["result"]["protocolVersion"] == "2025-03-26"
    assert answered[3]["error"]["code"] == answered[4]["error"]["code"] == -32600
    assert {tool["name"] for tool in answered[9]["result"]["tools"]} == {"search", "ask", "get_document"}


def test_streamable_http_with_the_sdk_client(server: Server) -> None:
    async def run() -> dict[str, Any]:
        async with (
            streamable_http_client(server.url + "/mcp") as (read, write),
            ClientSession(read, write) as session,
        ):
            return await exercise(session)

    check(asyncio.run(run()))


def test_streamable_http_with_the_high_level_client(server: Server) -> None:
    """`mcp.Client` negotiates the newest protocol revision; the trailing-slash URL redirects to /mcp."""

    async def run() -> tuple[set[str], dict[str, Any] | None]:
        async with Client(server.url + "/mcp/") as client:
            tools = await client.list_tools()
            result = await client.call_tool("get_document", {"doc_id": YUNCHENG})
            return {t.name for t in tools.tools}, result.structured_content

    names, doc = asyncio.run(run())
    assert names == TOOLS
    assert doc is not None and doc["doc_id"] == YUNCHENG and doc["region"] == "山西省运城市"
    assert "拿出150个事业编制" in doc["text"]


def test_http_endpoint_refuses_foreign_hosts_and_origins(server: Server) -> None:
    """DNS-rebinding protection: a web page elsewhere cannot reach the tools through the user's browser.
    Refused in the API's error shape at /mcp (a JSON-RPC error naming the fix); the SDK answered the Origin
    with a plain-text "Invalid Origin header" (fault probe)."""
    request = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
    headers = {"Accept": "application/json, text/event-stream"}
    url = server.url + "/mcp"
    assert httpx.post(url, json=request, headers={**headers, "Host": "evil.example"}).status_code == 421
    for method in ("POST", "GET"):
        foreign = httpx.request(
            method, url, json=request, headers={**headers, "Origin": "http://evil.example"}
        )
        assert foreign.status_code == 403
        assert foreign.headers["content-type"] == "application/json"
        assert foreign.json() == {
            "jsonrpc": "2.0",
            "id": None,
            "error": {
                "code": -32600,
                "message": "this server does not answer to pages of origin 'http://evil.example' "
                "(DNS-rebinding protection); if that page is yours, add its host to CITEQA_TRUSTED_HOSTS",
                "data": {"code": "untrusted_origin"},
            },
        }
    # a page served from this machine may call the tools
    local = httpx.post(url, json=request, headers={**headers, "Origin": "http://127.0.0.1:5173"})
    assert local.status_code == 200 and {t["name"] for t in local.json()["result"]["tools"]} == TOOLS
    # a probe: a server on port 80 (docker -p 80:8000, a proxy) is named without a port: /mcp answered 421
    for host, origin in (
        ("localhost", "http://localhost"),
        ("127.0.0.1", "https://127.0.0.1"),
        ("[::1]", None),
    ):
        bare = {**headers, "Host": host, **({"Origin": origin} if origin else {})}
        named = httpx.post(url, json=request, headers=bare)
        assert named.status_code == 200 and {t["name"] for t in named.json()["result"]["tools"]} == TOOLS
    # The rest of the API is unaffected.
    assert httpx.get(server.url + "/healthz").status_code == 200


@pytest.mark.parametrize(
    ("origin", "refused"),
    [
        (None, False),
        ("http://localhost:3000", False),
        ("http://localhost", False),
        ("https://127.0.0.1:8443", False),
        ("http://localhost.evil.example", True),
        ("http://[::1]:8000", False),
        ("https://qa.example.org", False),
        ("https://qa.example.org:8443", False),
        ("http://qa.example.org.evil.example", True),
        ("https://evil.example", True),
        ("null", True),
    ],
)
def test_origins_the_mcp_endpoint_trusts(origin: str | None, refused: bool) -> None:
    """Loopback pages and pages of the trusted hosts (CITEQA_TRUSTED_HOSTS), on any port; nothing else."""
    hosts = Settings(trusted_hosts="qa.example.org").allowed_hosts()
    assert hosts is not None
    headers = [(b"origin", origin.encode())] if origin else []
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/mcp",
        "headers": [(b"content-type", b"application/json"), *headers],
    }
    answer = refuse_before_sdk(scope, hosts)
    assert (answer.status_code if answer else None) == (403 if refused else None)
    # the SDK's own guard, still in place behind it, is given the same origins
    assert transport_security(hosts).allowed_origins == allowed_origins(hosts)
    assert refuse_before_sdk(scope, None) is None  # CITEQA_TRUSTED_HOSTS=*: no check


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("search", {"query": "人才", "top_k": "abc"}, 'top_k must be an integer from 1 to 20; got "abc"'),
        ("search", {"query": "人才", "top_k": 21}, "top_k must be an integer from 1 to 20; got 21"),
        ("search", {"query": "人才", "top_k": 2.5}, "top_k must be an integer from 1 to 20; got 2.5"),
        ("search", {"query": "人才", "top_k": True}, "top_k must be an integer from 1 to 20; got true"),
        (
            "search",
            {"query": "人才", "mode": "fuzzy"},
            'mode must be one of "hybrid", "bm25" or "dense"; got "fuzzy"',
        ),
        ("search", {"query": "人才", "region": 5}, "region must be a string or null; got 5"),
        (
            "search",
            {"query": "人才", "region": "市"},
            "region '市' names a kind of place, not a place; give its name, as 运城 or 山西省运城市",
        ),
        (
            "ask",
            {"question": "人才", "region": "县"},
            "region '县' names a kind of place, not a place; give its name, as 运城 or 山西省运城市",
        ),
        ("search", {}, "query is required: pass a non-empty string of at most 1000 characters"),
        (
            "search",
            {"top_k": "abc"},
            "query is required: pass a non-empty string of at most 1000 characters; "
            'top_k must be an integer from 1 to 20; got "abc"',
        ),
        ("ask", {}, "question is required: pass a non-empty string of at most 1000 characters"),
        (
            "ask",
            {"question": ""},
            'question must be a non-empty string of at most 1000 characters; got ""',
        ),
        (
            "ask",
            {"question": "问" * 1001},
            "question must be a non-empty string of at most 1000 characters; got a string of 1001 characters",
        ),
        (
            "get_document",
            {"doc_id": "a b"},
            "doc_id must be an id as search and ask return it (up to 128 letters, digits and _ . ~ -); "
            'got "a b"',
        ),
    ],
)
def test_http_tool_arguments_out_of_schema_are_told_in_one_sentence(
    server: Server, tool: str, arguments: dict[str, Any], message: str
) -> None:
    """A fault probe: the client read pydantic's report ("1 validation error for searchArguments … For further
    information visit https://errors.pydantic.dev/…"). Still a tool execution error, as the MCP spec asks of
    input validation errors, so a model can read it and correct its call."""
    request = {
        "jsonrpc": "2.0",
        "id": 4,
        "method": "tools/call",
        "params": {"name": tool, "arguments": arguments},
    }
    headers = {"Accept": "application/json, text/event-stream"}
    reply = httpx.post(server.url + "/mcp", json=request, headers=headers, timeout=60)
    assert reply.status_code == 200
    assert reply.json() == {
        "jsonrpc": "2.0",
        "id": 4,
        "result": {
            "content": [{"type": "text", "text": f"Error executing tool {tool}: {message}"}],
            "isError": True,
        },
    }


@pytest.mark.parametrize("bad", [{"a": 1}, None, True, 1.5])
def test_http_answers_a_request_of_invalid_id_with_an_error(server: Server, bad: object) -> None:
    """A fault probe: the SDK took these for notifications and answered 202 with no body."""
    request = {"jsonrpc": "2.0", "id": bad, "method": "ping"}
    headers = {"Accept": "application/json, text/event-stream"}
    reply = httpx.post(server.url + "/mcp", json=request, headers=headers)
    assert reply.status_code == 400
    assert reply.json() == {
        "jsonrpc": "2.0",
        "id": None,
        "error": {"code": -32600, "message": "Invalid Request: a request id is a string or an integer"},
    }
    fine = httpx.post(server.url + "/mcp", json={**request, "id": 7}, headers=headers)
    assert fine.status_code == 200 and fine.json() == {"jsonrpc": "2.0", "id": 7, "result": {}}


def test_http_answers_an_unknown_prompt_with_invalid_params(server: Server) -> None:
    """A fault probe: the SDK answered JSON-RPC code 0 (no code at all) and logged a traceback at level error
    for every such call, so any client could flood the log."""
    request = {"jsonrpc": "2.0", "id": 4, "method": "prompts/get", "params": {"name": "x"}}
    headers = {"Accept": "application/json, text/event-stream"}
    reply = httpx.post(server.url + "/mcp", json=request, headers=headers, timeout=60)
    assert reply.status_code == 200
    assert reply.json() == {
        "jsonrpc": "2.0",
        "id": 4,
        "error": {"code": -32602, "message": "unknown prompt 'x'; prompts: none: use the tools"},
    }
    assert "Unknown prompt" not in server.stderr_text


# a JSON-RPC body posted as written, not through the MCP client
RAW_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("body", "message", "request_id"),
    [
        (
            '[{"jsonrpc":"2.0","id":1,"method":"ping"}]',
            "a batch (a JSON array) is not supported; send one message per request",
            None,
        ),
        ("null", 'a message is a JSON object with "jsonrpc": "2.0" and a "method"', None),
        ('{"jsonrpc":"1.0","id":1,"method":"ping"}', '"jsonrpc" must be "2.0"', 1),
        ('{"jsonrpc":"2.0","id":1,"method":5}', '"method" must be a string', 1),
        ('{"jsonrpc":"2.0","id":"a","method":"tools/call","params":"x"}', '"params" must be an object', "a"),
        # a probe: no method was -32602 with pydantic's report of 4 validation errors (stdio: -32600, its id)
        (
            '{"jsonrpc":"2.0","id":9}',
            'a message is a request with a "method", or a response with a "result" or "error"',
            9,
        ),
        (
            '{"jsonrpc":"2.0"}',
            'a message is a request with a "method", or a response with a "result" or "error"',
            None,
        ),
    ],
)
def test_http_answers_a_malformed_envelope_in_one_sentence(
    server: Server, body: str, message: str, request_id: str | int | None
) -> None:
    """A fault probe: the SDK answered -32602 "Validation error: 6 validation errors for
    union[JSONRPCRequest,JSONRPCNotification,JSONRPCResponse,JSONRPCError]" and a dozen lines with links.
    The request's id is used when it can be read, as over stdio."""
    reply = httpx.post(server.url + "/mcp", content=body, headers=RAW_HEADERS)
    assert reply.status_code == 400
    assert reply.json() == {
        "jsonrpc": "2.0",
        "id": request_id,
        "error": {"code": -32600, "message": f"Invalid Request: {message}"},
    }


def test_http_answers_json_nested_too_deep_with_a_parse_error(server: Server) -> None:
    """A fault probe: 5,000 nested lists (10 KB) were a 500 in plain text, the id check before the SDK
    ending in Python's RecursionError; now the SDK's parser answers it with where it stopped, and the
    next request is served."""
    body = '{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":' + "[" * 5000 + "]" * 5000 + "}}"
    reply = httpx.post(server.url + "/mcp", content=body, headers=RAW_HEADERS)
    assert reply.status_code == 400
    assert reply.json() == {
        "jsonrpc": "2.0",
        "id": None,
        "error": {"code": -32700, "message": "Parse error: recursion limit exceeded at line 1 column 254"},
    }
    fine = httpx.post(
        server.url + "/mcp", json={"jsonrpc": "2.0", "id": 2, "method": "ping"}, headers=RAW_HEADERS
    )
    assert fine.status_code == 200 and fine.json() == {"jsonrpc": "2.0", "id": 2, "result": {}}


def test_mounted_endpoint_serves_each_lifespan(seed_index: Path) -> None:
    """The SDK's session manager runs once per instance; the mount makes a fresh one per app start."""
    app = create_app(Settings(warm_up=False, llm_base_url=None), Retriever(seed_index))
    init = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "test", "version": "0"},
        },
    }
    headers = {"Accept": "application/json, text/event-stream"}
    not_started = TestClient(app, base_url="http://127.0.0.1:8000")
    assert not_started.post("/mcp", json=init, headers=headers).status_code == 503
    for _ in range(2):
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            reply = client.post("/mcp", json=init, headers=headers)
            assert reply.status_code == 200
            assert reply.json()["result"]["serverInfo"]["name"] == "citeqa"


def test_stdio_answers_the_requests_in_flight_when_input_ends(seed_index: Path) -> None:
    """A script pipes its requests and closes stdin: the ask still running then had no answer at all, the
    fast tools/list after it had one, and the exit status was 0 (a fault probe)."""
    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-03-26",
            "capabilities": {},
            "clientInfo": {"name": "t", "version": "1"},
        },
    }
    ask = {"name": "ask", "arguments": {"question": "运城市拿出多少个事业编制?"}}
    lines = [
        json.dumps(initialize),
        json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}),
        json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": ask}, ensure_ascii=False),
        json.dumps({"jsonrpc": "2.0", "id": 3, "method": "tools/list"}),
    ]
    env = {**os.environ, "CITEQA_INDEX": str(seed_index), "CITEQA_LLM_BASE_URL": ""}
    run = subprocess.run(
        [CITEQA, "mcp"], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=300, env=env
    )
    replies = {r["id"]: r for r in map(json.loads, run.stdout.splitlines())}
    assert run.returncode == 0
    assert sorted(replies) == [1, 2, 3]
    answer = json.loads(replies[2]["result"]["content"][0]["text"])
    assert answer["answerable"] is True
