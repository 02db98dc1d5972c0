"""A PDF's pages travel with what cites it: /ask citations carry the page their quote starts on, /search
results the page their passage starts on (the 2-page PDF of tests/test_ingest.py, uploaded over HTTP)."""

from __future__ import annotations

import pytest

from tests.apiclient import MakeClient
from tests.conftest import PDF_PAGE2, PDF_PAGES, pdf_bytes

pytestmark = pytest.mark.model


def test_ask_citations_carry_the_pdf_page(make: MakeClient) -> None:
    client = make()
    upload = client.post(
        "/documents", files={"file": ("paper.pdf", pdf_bytes(PDF_PAGES))}, headers={"X-Requested-With": "t"}
    )
    assert upload.status_code == 201, upload.text
    doc_id = upload.json()["results"][0]["document"]["doc_id"]

    answer = client.post("/ask", json={"question": "盐湖区与山西大学共建了什么?"}).json()
    assert answer["answerable"] is True and "[1]" in answer["answer"]
    assert [(c["doc_id"], c["quote"], c["page"]) for c in answer["citations"]] == [(doc_id, PDF_PAGE2, 2)]
    cited = answer["citations"][0]
    text = client.get(f"/documents/{doc_id}").json()["text"]
    assert text[cited["start"] : cited["end"]] == PDF_PAGE2
    # the one passage of this short PDF starts on page 1: search gives the passage's page, /ask the quote's
    hit = client.post("/search", json={"query": PDF_PAGE2, "top_k": 1, "mode": "bm25"}).json()["results"][0]
    assert (hit["doc_id"], hit["page"]) == (doc_id, 1) and hit["start"] < cited["start"] < hit["end"]

    # a plain-text document has no pages
    seeds = client.post("/ask", json={"question": "哪些地区设立了人才编制周转池?"}).json()
    assert seeds["citations"] and {c["page"] for c in seeds["citations"]} == {None}
