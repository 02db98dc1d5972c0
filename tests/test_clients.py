"""What real clients do to a running `citeqa serve` (eval/results/client-probe.md): the `openai` SDK with the
options chat front-ends send, the MCP SDK client with calls a server must survive, and raw HTTP/1.1 — HEAD,
a request head or body that never finishes (slowloris), a request line that is not HTTP. Each case was a
defect found by driving the server with that client; each test uses the client against a real server."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from server.openai_reply import render_markdown
from server.schemas import AskResponse
from tests.conftest import Server, serving

pytestmark = [pytest.mark.model, pytest.mark.slow]

QUESTION = "哪些地区设立了人才编制周转池?"  # 14 CJK characters and "?": 15 tokens
MESSAGES: list[Any] = [{"role": "user", "content": QUESTION}]
# Short enough that a test waiting for them is quick, long enough that no sane client on a loaded machine
# takes that long between the bytes of one request.
TIMEOUTS = {"CITEQA_HEADER_TIMEOUT": "2", "CITEQA_BODY_TIMEOUT": "2"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, seed_index: Path) -> Iterator[Server]:
    with serving(seed_index, tmp_path_factory.mktemp("clients"), TIMEOUTS) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=server.url + "/v1", api_key="x", max_retries=0, timeout=120) as c:
        yield c


@pytest.fixture(scope="module")
def ask(server: Server) -> dict[str, Any]:
    """The /ask body for QUESTION: what every chat reply must carry."""
    body: dict[str, Any] = httpx.post(server.url + "/ask", json={"question": QUESTION}, timeout=120).json()
    return body


@pytest.fixture(scope="module")
def plain(client: openai.OpenAI) -> str:
    return client.chat.completions.create(model="citeqa", messages=MESSAGES).choices[0].message.content or ""


# ---------- the openai SDK ----------
def test_usage_counts_tokens_streamed_or_not(client: openai.OpenAI, plain: str) -> None:
    """Issue: usage was 0/0/0, and stream_options.include_usage sent no usage chunk."""
    from server.openai_reply import count_tokens

    reply = client.chat.completions.create(model="citeqa", messages=MESSAGES)
    assert reply.usage is not None
    completion = count_tokens(plain)
    assert completion > 100  # the answer and its 参考来源 list
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.total_tokens) == (
        15,
        completion,
        15 + completion,
    )
    chunks = list(
        client.chat.completions.create(
            model="citeqa", messages=MESSAGES, stream=True, stream_options={"include_usage": True}
        )
    )
    assert all(c.usage is None for c in chunks[:-1])
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None
    assert (last.usage.prompt_tokens, last.usage.completion_tokens) == (15, completion)
    assert "".join(c.choices[0].delta.content or "" for c in chunks[:-1]) == plain


def test_n_returns_n_choices(client: openai.OpenAI, plain: str) -> None:
    """Issue: n=2 answered one choice (a client reading choices[1] failed)."""
    reply = client.chat.completions.create(model="citeqa", messages=MESSAGES, n=3)
    assert [c.index for c in reply.choices] == [0, 1, 2]
    assert [c.message.content for c in reply.choices] == [plain] * 3
    stream = client.chat.completions.create(model="citeqa", messages=MESSAGES, n=2, stream=True)
    texts = {0: "", 1: ""}
    finished = {}
    for chunk in stream:
        for choice in chunk.choices:
            texts[choice.index] += choice.delta.content or ""
            if choice.finish_reason:
                finished[choice.index] = choice.finish_reason
    assert texts == {0: plain, 1: plain} and finished == {0: "stop", 1: "stop"}
    with pytest.raises(openai.BadRequestError) as zero:
        client.chat.completions.create(model="citeqa", messages=MESSAGES, n=0)
    assert zero.value.code == "invalid_request" and zero.value.param == "n"


def test_max_tokens_and_stop_cut_the_reply(client: openai.OpenAI, ask: dict[str, Any]) -> None:
    """Issue: max_tokens and stop were ignored (finish_reason always stop, the whole reply sent)."""
    assert ask["answer"].startswith("山西省运城市:")
    short = client.chat.completions.create(model="citeqa", messages=MESSAGES, max_tokens=5)
    assert short.choices[0].message.content == "山西省运城"
    assert short.choices[0].finish_reason == "length"
    assert short.usage is not None and short.usage.completion_tokens == 5
    newer = client.chat.completions.create(model="citeqa", messages=MESSAGES, max_completion_tokens=3)
    assert (newer.choices[0].message.content, newer.choices[0].finish_reason) == ("山西省", "length")
    streamed = client.chat.completions.create(model="citeqa", messages=MESSAGES, max_tokens=5, stream=True)
    chunks = list(streamed)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "山西省运城"
    assert chunks[-1].choices[0].finish_reason == "length"
    stopped = client.chat.completions.create(model="citeqa", messages=MESSAGES, stop=["[1]", "。"])
    assert stopped.choices[0].message.content == ask["answer"].split("[1]")[0]
    assert stopped.choices[0].finish_reason == "stop"
    with pytest.raises(openai.BadRequestError) as many:
        client.chat.completions.create(model="citeqa", messages=MESSAGES, stop=["a", "b", "c", "d", "e"])
    assert (many.value.code, many.value.param) == ("invalid_request", "stop")
    assert many.value.body == {
        "code": "invalid_request",
        "message": "stop has 5 sequences; pass at most 4",
        "type": "invalid_request_error",
        "param": "stop",
    }


def test_tools_are_never_called(client: openai.OpenAI, plain: str) -> None:
    """With tools offered, citeqa answers itself (tool_choice auto/none); a required tool call, which it
    cannot make, is refused rather than answered with text the client did not ask for."""
    tools: list[Any] = [
        {
            "type": "function",
            "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}},
        }
    ]
    choices: list[Any] = ["auto", "none"]
    for choice in choices:
        reply = client.chat.completions.create(
            model="citeqa", messages=MESSAGES, tools=tools, tool_choice=choice
        )
        assert reply.choices[0].message.content == plain and reply.choices[0].message.tool_calls is None
    choices = ["required", {"type": "function", "function": {"name": "lookup"}}]
    for choice in choices:
        with pytest.raises(openai.BadRequestError) as refused:
            client.chat.completions.create(model="citeqa", messages=MESSAGES, tools=tools, tool_choice=choice)
        assert refused.value.status_code == 400
        assert (refused.value.code, refused.value.param) == ("invalid_request", "tool_choice")
        assert refused.value.body == {
            "code": "invalid_request",
            "message": "tool_choice: Input should be 'none' or 'auto'",
            "type": "invalid_request_error",
            "param": "tool_choice",
        }


def test_response_format_json_object_is_the_ask_body(client: openai.OpenAI, ask: dict[str, Any]) -> None:
    """Issue: response_format json_object got Markdown (json.loads of the reply failed)."""
    reply = client.chat.completions.create(
        model="citeqa", messages=MESSAGES, response_format={"type": "json_object"}
    )
    body = json.loads(reply.choices[0].message.content or "")
    assert {k: v for k, v in body.items() if k != "took_ms"} == {
        k: v for k, v in ask.items() if k != "took_ms"
    }
    text = client.chat.completions.create(model="citeqa", messages=MESSAGES, response_format={"type": "text"})
    rendered = render_markdown(AskResponse.model_validate(ask))  # the documents' words escaped for Markdown
    assert (text.choices[0].message.content or "") == rendered
    with pytest.raises(openai.BadRequestError) as schema:
        client.chat.completions.create(
            model="citeqa",
            messages=MESSAGES,
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": {"type": "object"}},
            },
        )
    assert (schema.value.code, schema.value.param) == ("invalid_request", "response_format.type")


def test_follow_up_about_another_place_asks_about_that_place(client: openai.OpenAI, server: Server) -> None:
    """Issue: 「运城市拿出多少个事业编制?」 then 「那綦江区呢?」 was read as both questions together and
    answered with 运城市's 150 编制 — which the reader takes for 綦江区's. Now it is asked as
    「綦江区拿出多少个事业编制?」."""
    messages: list[Any] = [
        {"role": "system", "content": "简洁回答"},
        {"role": "user", "content": "运城市拿出多少个事业编制?"},
        {"role": "assistant", "content": "150个"},
        {"role": "user", "content": "那綦江区呢?"},
    ]
    reply = client.chat.completions.create(model="citeqa", messages=messages)
    rewritten = {"question": "綦江区拿出多少个事业编制?"}
    ask = httpx.post(server.url + "/ask", json=rewritten, timeout=120).json()
    assert reply.choices[0].message.content == ask["answer"]
    assert "150" not in ask["answer"]


def test_follow_up_naming_a_county_by_its_short_name(client: openai.OpenAI, server: Server) -> None:
    """「那綦江呢?」 (綦江 for 綦江区, a region of the seed collection) is the same follow-up: asked as
    「綦江拿出多少个事业编制?」, answered about 綦江区 — not with 运城市's 150."""
    messages: list[Any] = [
        {"role": "user", "content": "运城市拿出多少个事业编制?"},
        {"role": "assistant", "content": "150个"},
        {"role": "user", "content": "那綦江呢?"},
    ]
    reply = client.chat.completions.create(model="citeqa", messages=messages)
    ask = httpx.post(server.url + "/ask", json={"question": "綦江拿出多少个事业编制?"}, timeout=120).json()
    # the chat reply is /ask's answer to the rewritten question, with its 「参考来源」 when it cites any
    assert reply.choices[0].message.content == render_markdown(AskResponse.model_validate(ask))
    assert "150" not in ask["answer"]


def test_unpaired_surrogate_is_a_clear_400(server: Server) -> None:
    """Issue: a JSON \\ud800 escape came back as Python's codec error text."""
    body = b'{"model": "citeqa", "messages": [{"role": "user", "content": "\\ud800\\u4eba\\u624d"}]}'
    reply = httpx.post(
        server.url + "/v1/chat/completions", content=body, headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 400
    assert reply.json() == {
        "error": {
            "code": "invalid_request",
            "message": SURROGATE.format("question"),
            "type": "invalid_request_error",
            "param": "messages",
        }
    }


SURROGATE = (
    "the {} holds an unpaired surrogate (such as \\ud800) or a byte that is not UTF-8; "
    "send valid Unicode text"
)


@pytest.mark.parametrize(
    ("body", "message", "param"),
    [
        # the model is echoed in every streamed chunk: it had sent 200 and then broken off the stream
        (
            b'{"model": "\\ud800", "stream": true, '
            b'"messages": [{"role": "user", "content": "\\u4eba\\u624d"}]}',
            "model: " + SURROGATE.format("model"),
            "model",
        ),
        # a follow-up is read with the question before it: the surrogate was found by the codec first
        (
            b'{"messages": [{"role": "user", "content": "a"}, '
            b'{"role": "user", "content": "\\ud800\\u5462"}]}',
            SURROGATE.format("question"),
            "messages",
        ),
    ],
)
def test_unpaired_surrogate_anywhere_echoed_is_a_clear_400(
    server: Server, body: bytes, message: str, param: str
) -> None:
    reply = httpx.post(
        server.url + "/v1/chat/completions", content=body, headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 400
    assert reply.headers["content-type"] == "application/json"
    assert reply.json() == {
        "error": {
            "code": "invalid_request",
            "message": message,
            "type": "invalid_request_error",
            "param": param,
        }
    }


# ---------- the MCP SDK client over streamable HTTP ----------
def test_mcp_oversized_call_says_why_and_the_session_goes_on(server: Server) -> None:
    """Issue: a tool call over the body limit reached the SDK client as "Server returned an error response";
    the 413 is now a JSON-RPC error, so the client shows its message. The session carries on."""

    async def run() -> tuple[str, int, bool]:
        async with (
            streamable_http_client(server.url + "/mcp") as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            with pytest.raises(MCPError) as too_big:
                await session.call_tool("search", {"query": "人才" * 40_000})
            after = await session.call_tool("search", {"query": "人才编制", "top_k": 2})
            results = (after.structured_content or {}).get("results", [])
            return str(too_big.value), len(results), after.is_error

    message, results, is_error = asyncio.run(run())
    assert message == "the request body exceeds 65536 bytes at this endpoint; send less"
    assert (results, is_error) == (2, False)


def test_mcp_get_is_405_not_a_stream_that_never_starts(server: Server) -> None:
    """Issue: GET /mcp (the optional server-to-client stream) hung without sending even headers; a stateless
    server answers 405 (MCP's streamable HTTP transport), and a POST that is not JSON gets 415, not text."""
    for method in ("GET", "HEAD"):
        reply = httpx.request(
            method, server.url + "/mcp", headers={"Accept": "text/event-stream"}, timeout=30
        )
        assert reply.status_code == 405 and reply.headers["allow"] == "POST", method
    got = httpx.get(server.url + "/mcp", timeout=30).json()
    assert got["error"]["code"] == -32600 and got["error"]["data"] == {"code": "method_not_allowed"}
    form = httpx.post(server.url + "/mcp", data={"a": "1"}, timeout=30)
    assert form.status_code == 415
    assert form.json() == {
        "jsonrpc": "2.0",
        "id": None,
        "error": {
            "code": -32600,
            "message": "send JSON-RPC messages as Content-Type: application/json, "
            "not 'application/x-www-form-urlencoded'",
            "data": {"code": "unsupported_media_type"},
        },
    }


# ---------- raw HTTP/1.1 ----------
def test_head_answers_like_get_without_a_body(server: Server) -> None:
    """Issue: HEAD /healthz, / and /documents answered 405 while the 405's Allow header listed HEAD."""
    for path in ("/healthz", "/", "/documents", "/v1/models", "/openapi.json"):
        got = httpx.get(server.url + path)
        head = httpx.head(server.url + path)
        assert head.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-length"] == str(len(got.content)), path
        assert head.headers["content-type"] == got.headers["content-type"]
    post_only = httpx.head(server.url + "/search")
    assert post_only.status_code == 405 and post_only.headers["allow"] == "POST"


def _exchange(server: Server, data: bytes) -> bytes:
    """Send ``data`` (maybe an unfinished request), then read until the server closes the connection."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=60) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


def _status_and_body(response: bytes) -> tuple[bytes, dict[str, Any]]:
    head, _, body = response.partition(b"\r\n\r\n")
    return head.split(b"\r\n")[0], json.loads(body)


def test_unfinished_request_head_is_closed_with_408(server: Server) -> None:
    """Issue (slowloris): a connection that sent part of a request head, or nothing, stayed open for ever."""
    expected = {
        "error": {"code": "request_timeout", "message": "the request head did not arrive within 2 seconds"}
    }
    for partial in (b"", b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "):
        status, body = _status_and_body(_exchange(server, partial))
        assert (status, body) == (b"HTTP/1.1 408 Request Timeout", expected)
    assert httpx.get(server.url + "/healthz").status_code == 200


def test_unfinished_request_body_is_408(server: Server) -> None:
    """Issue (slowloris): a body that stopped arriving kept its request waiting for ever."""
    head = (
        b"POST /search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100\r\n\r\n"
    )
    status, body = _status_and_body(_exchange(server, head + b'{"query": "'))
    assert status == b"HTTP/1.1 408 Request Timeout"
    assert body == {
        "error": {
            "code": "request_timeout",
            "message": "the request body stopped arriving (allowed: 2 s plus 1 s per 1024 bytes); "
            "send it again",
        }
    }
    assert httpx.post(server.url + "/search", json={"query": "人才", "top_k": 1}).status_code == 200


def test_request_that_is_not_http_gets_a_json_400(server: Server) -> None:
    """Issue: uvicorn answered a raw non-ASCII request target or a garbage request line in plain text."""
    expected = {
        "error": {
            "code": "bad_request",
            "message": "the request is not valid HTTP/1.1: check the request line (a URL with non-ASCII "
            "characters must be percent-encoded), the Host header (exactly one), Content-Length or chunked "
            "framing, and keep the request line and headers under 16 KiB",
        }
    }
    for request in (
        b"GET /documents/\xe8\xbf\x90 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"NONSENSE\r\n\r\n",
        b"GET /healthz HTTP/1.1\r\n\r\n",  # no Host
        b"POST /search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n",
    ):
        status, body = _status_and_body(_exchange(server, request))
        assert (status, body) == (b"HTTP/1.1 400 Bad Request", expected)
