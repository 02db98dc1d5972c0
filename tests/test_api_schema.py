"""The boundary says what it takes and the OpenAPI document says what the API does: strict types, anchored
id patterns, every status and media type documented, Allow on 405, every reference resolvable."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from server.limits import DOC_ID_PATTERN, STORED_ID_PATTERN
from tests.apiclient import KEYS, NOTE, YUNCHENG, MakeClient, doc_ids


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/search", {"query": "人才", "top_k": True}, "top_k"),
        ("/search", {"query": "人才", "top_k": "5"}, "top_k"),
        ("/search", {"query": "人才", "top_k": 2.5}, "top_k"),
        ("/search", {"query": "人才", "mode": 1}, "mode"),
        ("/search", {"query": 5}, "query"),
        ("/search", {"query": "   "}, "query"),
        ("/search", {"query": "人才", "filters": {"doc_id": "abc\n"}}, "filters.doc_id"),
        ("/ask", {"question": "人才", "stream": "yes"}, "stream"),
        ("/ask", {"question": "人才", "stream": 0}, "stream"),
        ("/ask", {"question": "人才", "top_k": False}, "top_k"),
        ("/documents", {"text": NOTE, "doc_id": "abc\n"}, "doc_id"),
        ("/documents", {"text": NOTE, "doc_id": "../etc"}, "doc_id"),
        ("/documents", {"text": NOTE, "title": 7}, "title"),
    ],
)
def test_no_coercion_at_the_boundary(make: MakeClient, path: str, body: dict[str, Any], field: str) -> None:
    """Issue: top_k: true was taken as 1, stream: "yes" coerced, "abc\\n" stored as a doc_id."""
    client = make()
    before = doc_ids(client)
    response = client.post(path, json=body)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_request" and error["message"].startswith(f"{field}:"), error
    assert doc_ids(client) == before


def test_whole_numbers_are_integers(make: MakeClient) -> None:
    """JSON Schema's integer includes 3.0; a strict boundary must not refuse what its schema allows."""
    response = make().post("/search", json={"query": "人才编制周转池", "top_k": 3.0})
    assert response.status_code == 200 and len(response.json()["results"]) == 3


def test_ids_in_paths_are_checked_whole(make: MakeClient) -> None:
    client = make()
    assert client.get(f"/passages/{YUNCHENG}:3").status_code == 200
    for path in (
        f"/passages/{YUNCHENG}:٣",  # Arabic-Indic three: int() reads it, the id pattern does not
        f"/passages/{YUNCHENG}:\uff13",  # full-width three
        f"/passages/{YUNCHENG}:3%0A",
        f"/documents/{YUNCHENG}%0A",
        "/documents/-leading-dash",
    ):
        response = client.get(path)
        assert response.status_code == 422, path
        assert response.json()["error"]["code"] == "invalid_request"
    assert client.get(f"/passages/{YUNCHENG}:999").status_code == 404
    assert client.delete("/documents/abc%0A").status_code == 422


def test_405_names_the_allowed_methods(make: MakeClient) -> None:
    client = make()
    for method, path, allow in (
        ("PATCH", f"/documents/{YUNCHENG}", "DELETE, GET, HEAD"),
        ("PUT", "/documents", "GET, HEAD, POST"),
        ("GET", "/search", "POST"),
        ("DELETE", "/v1/chat/completions", "POST"),
    ):
        response = client.request(method, path)
        assert response.status_code == 405, path
        assert response.headers["allow"] == allow, path
        assert response.json()["error"]["code"] == "method_not_allowed"


def test_a_bad_range_on_a_static_file_is_a_json_error(make: MakeClient) -> None:
    """A fault probe: Starlette answers a malformed or unsatisfiable Range on /static in plain text."""
    client = make()
    size = len(client.get("/static/app.css").content)
    assert size > 1000
    part = client.get("/static/app.css", headers={"Range": "bytes=0-1"})
    assert (part.status_code, part.content) == (206, b"/*")
    assert part.headers["content-range"] == f"bytes 0-1/{size}"
    past = client.get("/static/app.css", headers={"Range": f"bytes={size + 10}-"})
    assert (past.status_code, past.headers["content-range"]) == (416, f"bytes */{size}")
    message = f"the Range header asks for bytes past the end of the file ({size} bytes)"
    assert past.json() == {"error": {"code": "range_not_satisfiable", "message": message}}
    for header, message in (
        ("bytes=5-2", "Range header: start must be less than end"),
        ("bytes=abc", "Range header: range must be requested"),
    ):
        bad = client.get("/docs-assets/swagger-ui.css", headers={"Range": header})
        assert (bad.status_code, bad.json()) == (400, {"error": {"code": "bad_range", "message": message}})


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _resolve(spec: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = spec
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def test_openapi_is_complete_and_resolvable(make: MakeClient) -> None:
    """Issue: the chat body referenced an unresolvable #/$defs/ContentPart; 415/404/400 and text/event-stream
    were undocumented; doc_id had no pattern. Then: 408/421 undocumented, 81 fields without a description,
    the /v1 routes documented with FastAPI's 422 body that they never send."""
    spec = make().get("/openapi.json").json()
    for ref in _refs(spec):
        _resolve(spec, ref)  # KeyError if dangling
    assert "$defs" not in json.dumps(spec)
    paths = spec["paths"]

    for path, operations in paths.items():
        for method, operation in operations.items():
            # the transport's own answers (slow client, unknown Host) can meet any request
            assert {"408", "421"} <= set(operation["responses"]), (path, method)
            if path.startswith("/v1/"):  # OpenAI clients get 400 for any invalid request, never FastAPI's 422
                assert "422" not in operation["responses"], (path, method)
    undescribed = [
        f"{name}.{field}"
        for name, component in spec["components"]["schemas"].items()
        for field, prop in component.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undescribed == []
    assert "HTTPValidationError" not in spec["components"]["schemas"]

    def statuses(path: str, method: str) -> set[str]:
        return set(paths[path][method]["responses"]) - {"408", "421"}

    assert statuses("/search", "post") == {"200", "400", "413", "415", "422", "429"}
    assert statuses("/ask", "post") == {"200", "400", "413", "415", "422", "429"}
    assert set(paths["/ask"]["post"]["responses"]["200"]["content"]) == {
        "application/json",
        "text/event-stream",
    }
    chat = paths["/v1/chat/completions"]["post"]
    assert set(chat["responses"]["200"]["content"]) == {"application/json", "text/event-stream"}
    assert {"400", "413", "415", "429"} <= set(chat["responses"])
    assert statuses("/documents", "post") == {
        "200",
        "201",
        "202",
        "207",
        "400",
        "403",
        "413",
        "415",
        "422",
        "429",
        "503",
    }
    accepted = paths["/documents"]["post"]["responses"]["202"]
    assert accepted["headers"]["Location"]["schema"]["pattern"] == "^/jobs/j[0-9a-f]{20}$"
    assert accepted["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/JobAccepted"}
    wait = paths["/documents"]["post"]["parameters"][0]
    assert (wait["name"], wait["in"], wait["schema"]["enum"]) == ("wait", "query", ["true", "false"])
    assert statuses("/jobs/{job_id}", "get") == {"200", "404", "422", "429"}
    assert paths["/jobs/{job_id}"]["get"]["parameters"][0]["schema"]["pattern"] == "^j[0-9a-f]{20}$"
    job = spec["components"]["schemas"]["JobState"]["properties"]
    assert job["status"]["enum"] == ["queued", "running", "done", "failed"]
    assert statuses("/documents/{doc_id}", "get") == {"200", "404", "422", "429"}
    assert statuses("/passages/{passage_id}", "get") == {"200", "404", "422", "429"}
    doc_param = paths["/documents/{doc_id}"]["get"]["parameters"][0]["schema"]
    assert doc_param["pattern"] == STORED_ID_PATTERN  # ids of earlier rules too ('_notes.md~…')
    body = paths["/documents"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    upload = body["properties"]["doc_id"]["anyOf"][0]
    assert upload["pattern"] == DOC_ID_PATTERN  # a new id starts with a letter or digit
    passage_param = paths["/passages/{passage_id}"]["get"]["parameters"][0]["schema"]
    assert passage_param["pattern"].endswith(":[0-9]{1,9}$")
    upload = paths["/documents"]["post"]["requestBody"]["content"]
    assert set(upload) == {"application/json", "multipart/form-data"}
    assert "securitySchemes" not in spec.get("components", {})  # no keys configured: none required


def test_openapi_states_the_keys_when_configured(make: MakeClient) -> None:
    spec = make(api_keys=KEYS).get("/openapi.json").json()
    assert set(spec["components"]["securitySchemes"]) == {"bearer", "apiKey"}
    paths = spec["paths"]
    assert paths["/documents"]["post"]["security"] == [{"bearer": []}, {"apiKey": []}]
    assert "security" not in paths["/search"]["post"]  # reads stay open unless read_requires_key
    assert {"401", "403"} <= set(paths["/documents/{doc_id}"]["delete"]["responses"])
    closed = make(api_keys=KEYS, read_requires_key=True).get("/openapi.json").json()
    assert closed["paths"]["/search"]["post"]["security"] == [{"bearer": []}, {"apiKey": []}]
    assert "security" not in closed["paths"]["/healthz"]["get"]
    assert closed["paths"]["/jobs/{job_id}"]["get"]["security"] == [{"bearer": []}, {"apiKey": []}]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_docs_pages_load_nothing_from_the_internet(make: MakeClient, page: str) -> None:
    """Issue (a browser probe): /docs was blank offline — FastAPI's page loads Swagger UI from a CDN."""
    client = make()
    html = client.get(page).text
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    assert assets, html
    for url in assets:
        assert url.startswith("/docs-assets/"), url
        served = client.get(url)
        assert served.status_code == 200 and len(served.content) > 1000, url
    assert "http://" not in html.replace("http://127.0.0.1", "") and "https://" not in html
