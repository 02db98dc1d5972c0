"""/ask, like /search, takes filters: an analyst asks within one region's documents or one document, and every
citation comes from them (the web page's and the CLI's filters narrowed search only). The real app over a copy
of the seed index, and the real CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.apiclient import YUNCHENG, MakeClient
from tests.conftest import CITEQA

QUESTION = "哪些地区设立了人才编制周转池?"


@pytest.mark.model
def test_ask_answers_from_the_documents_the_filters_admit(make: MakeClient) -> None:
    client = make()
    whole = client.post("/ask", json={"question": QUESTION}).json()
    assert {c["doc_id"] for c in whole["citations"]} == {YUNCHENG, "004_9f4021d1b6bf3f3e"}
    one = client.post("/ask", json={"question": QUESTION, "filters": {"doc_id": YUNCHENG}}).json()
    assert one["answerable"] is True
    assert [c["doc_id"] for c in one["citations"]] == [YUNCHENG]
    assert one["answer"] == (
        "山西省运城市:制订《用事业编制为科技创新平台引进人才的实施方案》,拿出150个事业编制作为 "
        "人才引进事业编制周转池[1]。"
    )
    by_region = client.post("/ask", json={"question": QUESTION, "filters": {"region": "运城"}}).json()
    assert by_region["citations"] and all(c["region"] == "山西省运城市" for c in by_region["citations"])
    nowhere = client.post("/ask", json={"question": QUESTION, "filters": {"region": "火星"}}).json()
    assert (nowhere["answerable"], nowhere["citations"]) == (False, [])
    bad = client.post("/ask", json={"question": QUESTION, "filters": {"doc_id": "no such"}})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"


@pytest.mark.parametrize("path", ["/search", "/ask"])
@pytest.mark.parametrize("region", ["市", " 縣 ", "自治区"])
def test_a_region_filter_naming_only_a_kind_of_place_is_refused(
    make: MakeClient, path: str, region: str
) -> None:
    """「市」 is in every city's name: it had filtered nothing and looked as if it had (fault probe)."""
    field = "query" if path == "/search" else "question"
    reply = make().post(path, json={field: QUESTION, "filters": {"region": region}})
    assert (reply.status_code, reply.json()) == (
        422,
        {
            "error": {
                "code": "invalid_request",
                "message": f"filters.region: region {region.strip()!r} names a kind of place, not a place; "
                "give its name, as 运城 or 山西省运城市",
            }
        },
    )


@pytest.mark.model
def test_cli_ask_takes_the_same_filters(seed_index: Path) -> None:
    def ask(*flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [CITEQA, "ask", QUESTION, *flags, "--index", str(seed_index)], capture_output=True, text=True
        )

    body = json.loads(ask("--doc-id", YUNCHENG, "--json").stdout)
    assert [c["doc_id"] for c in body["citations"]] == [YUNCHENG]
    refused = ask("--doc-id", "no such")
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    kind = ask("--region", "市")
    assert (kind.returncode, kind.stderr) == (
        2,
        "citeqa ask: region '市' names a kind of place, not a place; "
        "give its name, as 运城 or 山西省运城市\n",
    )
