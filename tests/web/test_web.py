"""The web page at `/`, driven in headless Chromium against the real `citeqa serve` process.

The index is built once per module from a copy of seeds/ plus a 2-page PDF and one document whose text
contains `<script>alert(1)</script>`, so the page's escaping is tested on real server output. Expected values
come from the same server's JSON API (fetched with urllib), so the page is checked against exactly what it
was given.
"""

from __future__ import annotations

from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from tests.conftest import PDF_PAGE2
from tests.web import ui
from tests.web.ui import NO_REGION, QUESTION, RESULTS, SCRIPT

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_answer_cites_and_opens_highlighted_source(
    driver: webdriver.Chrome, base_url: str, expected_answer: dict[str, Any]
) -> None:
    expected = expected_answer
    assert expected["answerable"] is True, expected
    by_n = {c["n"]: c for c in expected["citations"]}
    markers = ui.markers(expected["answer"], expected["citations"])
    assert markers, f"the API answer has no [n] marker: {expected['answer']}"

    ui.open_page(driver, base_url)
    assert driver.title.startswith("citeqa")
    answer = ui.ask(driver, QUESTION)

    assert ui.text(answer.find_element(By.CSS_SELECTOR, ".answer-text")) == expected["answer"]
    refs = answer.find_elements(By.CSS_SELECTOR, ".answer-text a.ref")
    assert [ui.text(r) for r in refs] == [f"[{n}]" for n in markers]

    # Every marker's citation is rendered: title, region, and its passage with exactly the quote marked.
    for n in sorted(set(markers)):
        c = by_n[n]
        card = driver.find_element(By.ID, f"cite-{n}")
        assert ui.text(card.find_element(By.CSS_SELECTOR, ".cite-title")) == (c["title"] or c["doc_id"])
        assert ui.text(card.find_element(By.CSS_SELECTOR, ".meta")).startswith(c["region"] or NO_REGION)
        marks = card.find_elements(By.CSS_SELECTOR, ".passage mark")
        assert [ui.text(m) for m in marks] == [c["quote"]]

    # One section per region group, in the API's order, and 山西省运城市 among them.
    regions = [g["region"] or NO_REGION for g in expected["groups"]]
    shown = [ui.text(h) for h in driver.find_elements(By.CSS_SELECTOR, "#results .group .group-region")]
    assert shown[: len(regions)] == regions
    assert "山西省运城市" in shown
    chips = [ui.text(c) for c in driver.find_elements(By.CSS_SELECTOR, "#results .chips .chip-region")]
    assert chips == shown
    yuncheng = next(g for g in expected["groups"] if g["region"] == "山西省运城市")
    group = driver.find_element(By.CSS_SELECTOR, '#results .group[data-region="山西省运城市"]')
    assert [
        int(str(a.get_attribute("data-n"))) for a in group.find_elements(By.CSS_SELECTOR, ".cite")
    ] == yuncheng["citations"]

    # Clicking [n] in the answer brings citation n into focus.
    n = yuncheng["citations"][0]
    driver.find_element(By.CSS_SELECTOR, f".answer-text a.ref[data-n='{n}']").click()
    ui.wait(driver, lambda d: d.execute_script("return document.activeElement.id") == f"cite-{n}")

    ui.screenshot(driver, "web-answer.png")

    # Clicking the citation opens the whole clean document with the quote marked and scrolled into view.
    driver.find_element(By.CSS_SELECTOR, f"#cite-{n} button.open").click()
    dialog = ui.wait(
        driver,
        lambda d: (
            d.find_element(By.ID, "doc-view")
            if d.find_elements(By.CSS_SELECTOR, "#doc-view[open] mark")
            else None
        ),
    )
    citation = by_n[n]
    document = ui.fetch_ok(f"{base_url}/documents/{citation['doc_id']}")
    assert ui.text(dialog.find_element(By.ID, "doc-title")) == (document["title"] or document["doc_id"])
    assert ui.text(dialog.find_element(By.CSS_SELECTOR, "#doc-body .doc-text")) == document["text"]
    marks = dialog.find_elements(By.CSS_SELECTOR, "#doc-body mark")
    assert [ui.text(m) for m in marks] == [citation["quote"]]
    in_view = """
        const body = document.getElementById('doc-body').getBoundingClientRect();
        const mark = document.querySelector('#doc-body mark').getBoundingClientRect();
        return mark.top >= body.top && mark.top < body.bottom;"""
    ui.wait(driver, lambda d: d.execute_script(in_view))
    RESULTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(RESULTS / "web-source.png"))

    driver.find_element(By.ID, "doc-close").click()
    ui.wait(driver, lambda d: not d.execute_script("return document.getElementById('doc-view').open"))
    assert ui.console_errors(driver) == []


def test_phone_width_has_no_horizontal_scroll(
    driver: webdriver.Chrome, base_url: str, expected_answer: dict[str, Any]
) -> None:
    ui.open_page(driver, base_url, 390, 844)
    try:
        inner = int(driver.execute_script("return window.innerWidth;"))
        assert inner <= 390
        scroll, width = ui.no_horizontal_scroll(driver)
        assert scroll <= width
        ui.ask(driver, QUESTION)
        assert len(driver.find_elements(By.CSS_SELECTOR, "#results .cite")) == len(
            expected_answer["citations"]
        )
        scroll, width = ui.no_horizontal_scroll(driver)
        assert scroll <= width, f"page is {scroll}px wide in a {width}px viewport"
        ui.screenshot(driver, "web-phone.png")
        # The document view fits the phone too.
        driver.find_elements(By.CSS_SELECTOR, "#results .cite button.open")[0].click()
        ui.wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-view[open] mark"))
        dialog_width = int(
            driver.execute_script("return document.getElementById('doc-view').getBoundingClientRect().width;")
        )
        assert dialog_width <= width
        driver.find_element(By.ID, "doc-close").click()
    finally:
        driver.set_window_size(1280, 900)


def test_search_mode_ranks_passages_with_scores(driver: webdriver.Chrome, base_url: str) -> None:
    ui.open_page(driver, base_url)
    for retriever in ("bm25", "hybrid"):  # hybrid last: its screenshot shows both legs' scores
        expected = ui.fetch_ok(f"{base_url}/search", {"query": QUESTION, "top_k": 5, "mode": retriever})[
            "results"
        ]
        assert expected, f"{retriever} search found nothing"
        hits = ui.search(driver, QUESTION, retriever)
        assert len(hits) == len(expected)
        for hit, want in zip(hits, expected, strict=True):
            assert hit.get_attribute("data-passage-id") == want["passage_id"]
            assert ui.text(hit.find_element(By.CSS_SELECTOR, ".rank")) == f"#{want['rank']}"
            assert ui.text(hit.find_element(By.CSS_SELECTOR, ".hit-title")) == (
                want["title"] or want["doc_id"]
            )
            assert ui.text(hit.find_element(By.CSS_SELECTOR, ".hit-text")) == want["text"]
            for selector, value, digits in (
                (".score-value", want["score"], 3),
                (".bm25", want["scores"]["bm25"], 2),
                (".dense", want["scores"]["dense"], 3),
            ):
                shown = float(ui.text(hit.find_element(By.CSS_SELECTOR, selector)))
                assert abs(shown - value) <= 0.5 * 10**-digits + 1e-9, (selector, shown, value)
    ui.screenshot(driver, "web-search.png")
    assert ui.console_errors(driver) == []


def test_script_in_a_document_shows_as_text(driver: webdriver.Chrome, base_url: str) -> None:
    expected = ui.fetch_ok(f"{base_url}/search", {"query": SCRIPT, "top_k": 5, "mode": "bm25"})["results"]
    probe = [r for r in expected if SCRIPT in r["text"]]
    assert probe, "the <script> document is not found by searching for its text"

    ui.open_page(driver, base_url)
    scripts_before = driver.execute_script("return document.querySelectorAll('script').length;")
    with_src_before = driver.execute_script("return document.querySelectorAll('script[src]').length;")
    hits = ui.search(driver, SCRIPT, "bm25")
    shown = [h for h in hits if SCRIPT in ui.text(h.find_element(By.CSS_SELECTOR, ".hit-text"))]
    assert [h.get_attribute("data-passage-id") for h in shown] == [r["passage_id"] for r in probe]

    # Its full text in the document view shows the tag literally as well.
    shown[0].find_element(By.CSS_SELECTOR, "button.open").click()
    body = ui.wait(
        driver,
        lambda d: (
            d.find_element(By.ID, "doc-body")
            if d.find_elements(By.CSS_SELECTOR, "#doc-view[open] mark")
            else None
        ),
    )
    assert SCRIPT in ui.text(body)
    assert SCRIPT in body.text  # rendered (visible) text, not only the DOM
    driver.find_element(By.ID, "doc-close").click()

    assert driver.execute_script("return document.querySelectorAll('script').length;") == scripts_before
    assert driver.execute_script("return document.querySelectorAll('script[src]').length;") == with_src_before
    assert driver.execute_script("return window.__alerts;") == []
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - reading it is what raises when no alert is open


def test_unanswerable_question_and_api_error_are_shown(driver: webdriver.Chrome, base_url: str) -> None:
    question = "火星基地的氧气供应标准是多少?"
    expected = ui.fetch_ok(f"{base_url}/ask", {"question": question, "top_k": 5})
    ui.open_page(driver, base_url)
    answer = ui.ask(driver, question)
    assert ui.text(answer.find_element(By.CSS_SELECTOR, ".answer-text")) == expected["answer"]
    assert bool(answer.find_elements(By.CSS_SELECTOR, ".badge")) is (not expected["answerable"])

    # A request the API rejects: its error message is shown to the reader.
    too_long = "人" * 1001
    status, error = ui.call_api(f"{base_url}/ask", {"question": too_long, "top_k": 5})
    assert 400 <= status < 500
    driver.execute_script("document.getElementById('q').removeAttribute('maxlength');")
    driver.execute_script("document.getElementById('q').value = arguments[0];", too_long)
    driver.find_element(By.ID, "submit").click()
    shown = ui.wait(
        driver,
        lambda d: d.find_element(By.ID, "error") if d.find_element(By.ID, "error").is_displayed() else None,
    )
    assert error["error"]["message"] in ui.text(shown)


def _meta(*parts: str | None) -> str:
    """The page's metaLine: the parts that are set, joined by " · "."""
    return " · ".join(p for p in parts if p)


def test_pdf_citations_and_hits_show_their_page(driver: webdriver.Chrome, base_url: str) -> None:
    question = "盐湖区与山西大学共建了什么?"
    expected = ui.fetch_ok(f"{base_url}/ask", {"question": question, "top_k": 5})
    assert [(c["quote"], c["page"]) for c in expected["citations"] if c["page"] is not None] == [
        (PDF_PAGE2, 2)
    ]
    ui.open_page(driver, base_url)
    ui.ask(driver, question)
    for c in expected["citations"]:
        doc = ui.fetch_ok(f"{base_url}/documents/{c['doc_id']}")
        page = f"p. {c['page']}" if c["page"] is not None else None
        want = _meta(c["region"] or doc["region"] or NO_REGION, c["date"] or doc["date"], doc["source"], page)
        ui.wait(
            driver,
            lambda d, c=c, want=want: (
                ui.text(d.find_element(By.CSS_SELECTOR, f"#cite-{c['n']} .meta")) == want
            ),
        )

    hits = ui.fetch_ok(f"{base_url}/search", {"query": PDF_PAGE2, "top_k": 5, "mode": "bm25"})["results"]
    assert hits[0]["page"] == 1  # the passage starts on page 1 (its quote, above, on page 2)
    shown = ui.search(driver, PDF_PAGE2, "bm25")
    for hit, want in zip(shown, hits, strict=True):
        page = f"p. {want['page']}" if want["page"] is not None else None
        meta = ui.text(hit.find_element(By.CSS_SELECTOR, ".meta"))
        assert meta == _meta(want["region"] or NO_REGION, want["date"], want["source"], page)
    assert ui.console_errors(driver) == []
