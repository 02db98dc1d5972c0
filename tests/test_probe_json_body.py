"""JSON bodies of /search, /ask and /v1/chat/completions are parsed by jiter (server/jsonbody.py), as POST
/documents already was. A probe found three bodies FastAPI's ``json.loads`` let through to a vague or
internal answer: a lone surrogate escape in a filter (400 with Python's codec error, "'utf-8' codec can't
encode character '\\udc00' in position 0: surrogates not allowed"), a body nested 5,000 deep and a number of
5,000 digits (both 400 "There was an error parsing the body"). Each is now 400 ``malformed_json`` saying what
and where; the chat API still reads an unpaired surrogate in an earlier turn and names one in the question."""

from __future__ import annotations

import pytest

from tests.apiclient import MakeClient

JSON = {"Content-Type": "application/json"}
SURROGATE = "the request body holds an unpaired surrogate (such as \\ud800): "


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        (
            "/search",
            b'{"query": "\\u8fd0\\u57ce", "filters": {"region": "\\udc00"}}',
            SURROGATE + "lone leading surrogate in hex escape at character 55",
        ),
        (
            "/ask",
            b'{"question": "\\u8fd0\\u57ce", "filters": {"region": "\\ud800"}}',
            SURROGATE + "unexpected end of hex escape at character 59",
        ),
        (
            "/search",
            b"[" * 5000 + b"]" * 5000,
            "the request body is not valid JSON: recursion limit exceeded at character 202",
        ),
        (
            "/ask",
            b'{"question": "\\u8fd0\\u57ce", "top_k": 1' + b"0" * 5000 + b"}",
            "the request body is not valid JSON: number out of range at character 4,340",
        ),
    ],
)
def test_a_body_json_loads_let_through_is_a_clear_400(
    make: MakeClient, path: str, body: bytes, message: str
) -> None:
    sent = make().post(path, content=body, headers=JSON)
    assert (sent.status_code, sent.json()) == (400, {"error": {"code": "malformed_json", "message": message}})


def test_the_chat_api_says_the_same_in_openais_shape(make: MakeClient) -> None:
    sent = make().post("/v1/chat/completions", content=b"[" * 5000 + b"]" * 5000, headers=JSON)
    assert (sent.status_code, sent.json()) == (
        400,
        {
            "error": {
                "code": "malformed_json",
                "message": "the request body is not valid JSON: recursion limit exceeded at character 202",
                "type": "invalid_request_error",
                "param": None,
            }
        },
    )


def test_the_chat_api_still_reads_past_a_surrogate_in_an_earlier_turn(make: MakeClient) -> None:
    client = make()
    body = (
        b'{"model": "citeqa", "messages": [{"role": "user", "content": "\\ud800"}, '
        b'{"role": "assistant", "content": "x"}, '
        b'{"role": "user", "content": "\\u8fd0\\u57ce\\u5e02\\u62ff\\u51fa\\u591a\\u5c11\\u4e2a'
        b'\\u4e8b\\u4e1a\\u7f16\\u5236?"}]}'
    )
    sent = client.post("/v1/chat/completions", content=body, headers=JSON)
    assert sent.status_code == 200
    assert "150" in sent.json()["choices"][0]["message"]["content"]
    named = client.post(
        "/v1/chat/completions",
        content=b'{"messages": [{"role": "user", "content": "\\ud800\\u5462"}]}',
        headers=JSON,
    )
    assert named.status_code == 400 and named.json()["error"]["param"] == "messages"


def test_good_bodies_read_as_before(make: MakeClient) -> None:
    client = make()
    body = '{"query": "运城", "top_k": 2, "filters": {"region": "运城"}}'
    for raw in (body.encode("utf-8"), body.encode("utf-16"), b"\xef\xbb\xbf" + body.encode("utf-8")):
        sent = client.post("/search", content=raw, headers=JSON)
        assert sent.status_code == 200 and len(sent.json()["results"]) == 2
    pair = client.post("/search", content=b'{"query": "\\u8fd0\\u57ce \\ud83d\\ude00"}', headers=JSON)
    assert pair.status_code == 200 and pair.json()["query"] == "运城 😀"
