"""The web page at `/`, driven in headless Chromium against the real `citeqa serve` process.

The index is built once per module from a copy of seeds/ plus a 2-page PDF and one document whose text
contains `<script>alert(1)</script>`, so the page's escaping is tested on real server output. Expected values
come from the same server's JSON API (fetched with urllib), so the page is checked against exactly what it
was given.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

from server.limits import MAX_QUESTION_CHARS, MAX_TITLE_CHARS
from tests.conftest import PDF_PAGE2
from tests.web import ui
from tests.web.ui import API_KEY, ASKING, KEY_INVALID, NO_REGION, QUESTION, RESULTS, SCRIPT, TIMED_OUT

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

    # … each from its passage alone: no whole document is read until one is opened (a probe: one answer over
    # long documents had downloaded 26 MB)
    read = (
        "return performance.getEntriesByType('resource')"
        ".filter((e) => /\\/documents\\//.test(e.name)).length;"
    )
    assert driver.execute_script(read) == 0

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
    # Each mode shows the scores of the retrievers it ran, and no 0 for one it did not (the API's 0 there).
    legs = {"bm25": [".bm25"], "dense": [".dense"], "hybrid": [".bm25", ".dense"]}
    for retriever in ("bm25", "dense", "hybrid"):  # hybrid last: its screenshot shows both legs' scores
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
                found = hit.find_elements(By.CSS_SELECTOR, selector)
                if selector != ".score-value" and selector not in legs[retriever]:
                    assert found == [], (retriever, selector)
                    continue
                shown = float(ui.text(found[0]))
                assert abs(shown - value) <= 0.5 * 10**-digits + 1e-9, (selector, shown, value)
            assert [ui.text(leg).split(" ")[0] for leg in hit.find_elements(By.CSS_SELECTOR, ".leg")] == [
                {".bm25": "BM25", ".dense": "dense"}[leg] for leg in legs[retriever]
            ]
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


def test_overlong_question_is_refused_with_a_message_not_cut(driver: webdriver.Chrome, base_url: str) -> None:
    limit = ui.MAX_QUESTION_CHARS
    assert limit == MAX_QUESTION_CHARS  # the page's limit is the server's
    status, error = ui.call_api(f"{base_url}/ask", {"question": "人" * (limit + 1), "top_k": 5})
    assert (status, error["error"]["code"]) == (422, "invalid_request")

    ui.open_page(driver, base_url)
    box = driver.find_element(By.ID, "q")
    box.click()
    # A paste of 5,000 characters (insertText is what a paste or an IME commit does): nothing is cut off.
    pasted = "人才" * 2500
    driver.execute_cdp_cmd("Input.insertText", {"text": pasted})
    assert box.get_property("value") == pasted
    count = driver.find_element(By.ID, "q-count")
    assert count.is_displayed()
    assert ui.text(count) == f"5000 / {limit} 字"
    assert box.get_attribute("aria-invalid") == "true"

    box.send_keys(Keys.ENTER)
    assert ui.shown_error(driver) == f"出错了：问题过长（最多 {limit} 字，现有 5000 字），请删减后再提问。"
    assert ui.status(driver) == ""
    assert driver.find_elements(By.CSS_SELECTOR, "#results > *") == []
    sent = (
        "return performance.getEntriesByType('resource')"
        ".filter((e) => /\\/(ask|search)$/.test(e.name)).length;"
    )
    assert driver.execute_script(sent) == 0  # nothing was sent
    assert "q" not in ui.url_params(driver)

    # At the limit exactly the counter shows it, not as an error.
    driver.execute_script(
        "const q = document.getElementById('q'); q.value = arguments[0];"
        "q.dispatchEvent(new Event('input', { bubbles: true }));",
        "人" * limit,
    )
    assert ui.text(count) == f"{limit} / {limit} 字"
    assert box.get_attribute("aria-invalid") is None
    assert "over" not in str(count.get_attribute("class"))


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


UNANSWERABLE = "火星基地的氧气供应标准是多少?"
NOT_ABOUT_PLACES = "如何推进校企校地人才合作?"


def _answer_text(driver: webdriver.Chrome) -> str | None:
    found = driver.find_elements(By.CSS_SELECTOR, "#results .answer .answer-text")
    return ui.text(found[0]) if found else None


def _pending(driver: webdriver.Chrome) -> bool:
    return ui.status(driver) == ASKING and driver.find_element(By.ID, "cancel").is_displayed()


def test_a_hung_request_times_out_and_a_new_question_replaces_a_pending_one(
    driver: webdriver.Chrome, base_url: str
) -> None:
    expected = ui.fetch_ok(f"{base_url}/ask", {"question": NOT_ABOUT_PLACES, "top_k": 5})
    ui.open_page(driver, base_url)
    form = driver.find_element(By.ID, "query-form")
    assert (form.get_attribute("data-ask-timeout-ms"), form.get_attribute("data-search-timeout-ms")) == (
        "90000",
        "30000",
    )
    submit = driver.find_element(By.ID, "submit")
    cancel = driver.find_element(By.ID, "cancel")
    assert not cancel.is_displayed()
    # The browser holds every /ask request (DevTools' Fetch domain): a server that never answers.
    driver.execute_cdp_cmd("Fetch.enable", {"patterns": [{"urlPattern": "*/ask", "requestStage": "Request"}]})
    try:
        driver.execute_script("document.getElementById('query-form').dataset.askTimeoutMs = '1500';")
        ui.submit(driver, QUESTION)
        ui.wait(driver, _pending)
        assert submit.is_enabled()  # never a dead button while a question is pending
        ui.wait(driver, lambda d: ui.shown_error(d) is not None, timeout=15)
        assert ui.shown_error(driver) == TIMED_OUT
        assert ui.status(driver) == ""
        assert submit.is_enabled()
        assert not cancel.is_displayed()
        assert driver.find_element(By.ID, "results").get_attribute("aria-busy") == "false"

        # 取消 stops a pending question.
        driver.execute_script("document.getElementById('query-form').dataset.askTimeoutMs = '600000';")
        ui.submit(driver, QUESTION)
        ui.wait(driver, _pending)
        cancel.click()
        assert ui.status(driver) == "已取消。"
        assert ui.shown_error(driver) is None
        assert not cancel.is_displayed()

        # Enter while a question is pending sends the new one; the old one is dropped.
        ui.submit(driver, UNANSWERABLE)
        ui.wait(driver, _pending)
        ui.submit(driver, NOT_ABOUT_PLACES)
        ui.wait(driver, _pending)
        assert ui.url_params(driver)["q"] == NOT_ABOUT_PLACES
    finally:
        driver.execute_cdp_cmd("Fetch.disable", {})  # lets the held requests go
    ui.wait(driver, lambda d: _answer_text(d) == expected["answer"])
    assert ui.status(driver) != ASKING
    assert not cancel.is_displayed()
    assert ui.shown_error(driver) is None
    assert ui.console_errors(driver) == []


def _showing(driver: webdriver.Chrome, mode: str, q: str) -> bool:
    """The page shows the finished answer (ask) or hits (search) for q."""
    if driver.find_element(By.ID, "results").get_attribute("aria-busy") != "false":
        return False
    if driver.find_element(By.ID, "q").get_property("value") != q:
        return False
    selector = "#results .answer" if mode == "ask" else "#results .hits-head"
    return bool(driver.find_elements(By.CSS_SELECTOR, selector))


def _hit_ids(driver: webdriver.Chrome) -> list[str]:
    return [
        str(h.get_attribute("data-passage-id"))
        for h in driver.find_elements(By.CSS_SELECTOR, "#results .hit")
    ]


def test_questions_are_history_entries_and_the_url_says_everything(
    driver: webdriver.Chrome, base_url: str
) -> None:
    first = ui.fetch_ok(f"{base_url}/ask", {"question": UNANSWERABLE, "top_k": 5})
    second = ui.fetch_ok(f"{base_url}/ask", {"question": NOT_ABOUT_PLACES, "top_k": 5})
    bm25 = {
        k: [
            r["passage_id"]
            for r in ui.fetch_ok(f"{base_url}/search", {"query": QUESTION, "top_k": k, "mode": "bm25"})[
                "results"
            ]
        ]
        for k in (3, 8)
    }
    assert len(bm25[3]) == 3 and len(bm25[8]) == 8

    ui.open_page(driver, base_url)
    length = int(driver.execute_script("return history.length;"))
    ui.ask(driver, UNANSWERABLE)
    assert ui.url_params(driver) == {"mode": "ask", "q": UNANSWERABLE, "top_k": "5"}
    ui.ask(driver, NOT_ABOUT_PLACES)
    assert _answer_text(driver) == second["answer"]
    assert int(driver.execute_script("return history.length;")) == length + 2
    # the answer names the question it answers (after 取消 the box holds the next one)
    asked = driver.find_element(By.CSS_SELECTOR, "#results .answer .asked")
    assert ui.text(asked) == f"问：{NOT_ABOUT_PLACES}"

    # Back shows the previous question again, then the empty page — still this app; a source view open on
    # the answer it leaves is closed (a probe: it had stayed open over the other answer)
    driver.find_element(By.CSS_SELECTOR, "#cite-1 button.open").click()
    ui.wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-view[open] #doc-body mark"))
    driver.back()
    ui.wait(driver, lambda d: _showing(d, "ask", UNANSWERABLE) and _answer_text(d) == first["answer"])
    assert not driver.execute_script("return document.getElementById('doc-view').open")
    assert ui.url_params(driver)["q"] == UNANSWERABLE
    driver.back()
    ui.wait(driver, lambda d: d.find_element(By.ID, "q").get_property("value") == "")
    assert driver.current_url == f"{base_url}/"
    assert driver.find_elements(By.CSS_SELECTOR, "#results > *") == []
    driver.forward()
    ui.wait(driver, lambda d: _showing(d, "ask", UNANSWERABLE) and _answer_text(d) == first["answer"])

    # A link to a query hash on the same page is followed.
    driver.execute_script("location.hash = arguments[0];", f"mode=search&retriever=bm25&top_k=3&q={QUESTION}")
    ui.wait(driver, lambda d: _showing(d, "search", QUESTION) and _hit_ids(d) == bm25[3])
    assert driver.find_element(By.CSS_SELECTOR, "input[name=mode][value=search]").is_selected()
    assert (
        Select(driver.find_element(By.ID, "retriever")).first_selected_option.get_attribute("value") == "bm25"
    )
    assert Select(driver.find_element(By.ID, "top-k")).first_selected_option.get_attribute("value") == "3"

    # 段落数 is in the URL, and changing it runs the question showing again (as 检索方式 does).
    Select(driver.find_element(By.ID, "top-k")).select_by_value("8")
    ui.wait(driver, lambda d: _showing(d, "search", QUESTION) and _hit_ids(d) == bm25[8])
    assert ui.url_params(driver) == {"mode": "search", "q": QUESTION, "retriever": "bm25", "top_k": "8"}
    driver.back()
    ui.wait(driver, lambda d: _showing(d, "search", QUESTION) and _hit_ids(d) == bm25[3])

    # 跳到结果 moves the focus to the results and leaves the URL (the query) alone.
    url = driver.current_url
    skip = driver.find_element(By.CSS_SELECTOR, "a.skip")
    driver.execute_script("arguments[0].focus();", skip)
    skip.send_keys(Keys.ENTER)
    ui.wait(driver, lambda d: d.execute_script("return document.activeElement.id;") == "results")
    assert driver.current_url == url
    assert _hit_ids(driver) == bm25[3]
    assert ui.console_errors(driver) == []


def test_answer_without_region_groups_has_no_group_heading(driver: webdriver.Chrome, base_url: str) -> None:
    expected = ui.fetch_ok(f"{base_url}/ask", {"question": NOT_ABOUT_PLACES, "top_k": 5})
    assert expected["groups"] == [] and expected["citations"], expected
    ui.open_page(driver, base_url)
    ui.ask(driver, NOT_ABOUT_PLACES)
    cards = driver.find_elements(By.CSS_SELECTOR, "#results .cite")
    assert [int(str(c.get_attribute("data-n"))) for c in cards] == [c["n"] for c in expected["citations"]]
    assert driver.find_elements(By.CSS_SELECTOR, "#results .group-h") == []
    assert driver.find_elements(By.CSS_SELECTOR, "#results .chips") == []
    assert "其他出处" not in ui.text(driver.find_element(By.ID, "results"))


@pytest.fixture(scope="module")
def long_title_doc(base_url: str) -> dict[str, Any]:
    """A document whose title is as long as a title may be (MAX_TITLE_CHARS), uploaded to the server."""
    title = ("关于进一步完善人才服务体系优化营商环境推动高质量发展的若干措施" * 20)[:MAX_TITLE_CHARS]
    status, doc = ui.call_api(
        f"{base_url}/documents",
        {
            "doc_id": "long_title_probe",
            "title": title,
            "text": "长标题显示检查。\n\n某市提出推进政务服务标准化。",
        },
    )
    assert status in (200, 201), doc
    assert doc["title"] == title
    return dict(doc)


def test_long_document_title_is_clamped_at_phone_width(
    driver: webdriver.Chrome, base_url: str, long_title_doc: dict[str, Any]
) -> None:
    title = long_title_doc["title"]
    ui.open_page(driver, base_url, 375, 812)
    try:
        ui.wait(driver, lambda d: d.find_element(By.ID, "library").is_displayed())
        driver.find_element(By.CSS_SELECTOR, "#library summary").click()
        link = next(
            b
            for b in driver.find_elements(By.CSS_SELECTOR, "#doc-list .doc-link")
            if ui.text(b.find_element(By.CSS_SELECTOR, ".doc-link-title")) == title
        )
        driver.execute_script("arguments[0].scrollIntoView();", link)
        link.click()
        heading: WebElement = ui.wait(
            driver,
            lambda d: (
                d.find_element(By.ID, "doc-title")
                if d.find_elements(By.CSS_SELECTOR, "#doc-view[open] .doc-text")
                else None
            ),
        )
        assert ui.text(heading) == title  # the whole title is there, and in its tooltip
        assert heading.get_attribute("title") == title
        box = driver.execute_script(
            "const h = document.getElementById('doc-title'); const s = getComputedStyle(h);"
            "return [h.getBoundingClientRect().height, parseFloat(s.lineHeight), window.innerHeight];"
        )
        height, line, viewport = (float(x) for x in box)
        assert height <= 3 * line + 1, f"the title is {height}px high ({line}px lines)"
        assert height < viewport / 8
        body_top = float(
            driver.execute_script("return document.getElementById('doc-body').getBoundingClientRect().top;")
        )
        assert body_top < viewport / 4
        driver.find_element(By.ID, "doc-close").click()
    finally:
        driver.set_window_size(1280, 900)


def _key_dialog(driver: webdriver.Chrome) -> WebElement | None:
    found = driver.find_elements(By.CSS_SELECTOR, "#key-dialog[open]")
    return found[0] if found else None


def _enter_key(driver: webdriver.Chrome, key: str) -> None:
    box = driver.find_element(By.ID, "key-input")
    box.clear()
    box.send_keys(key)
    box.send_keys(Keys.ENTER)


def test_a_server_that_needs_a_key_asks_once_and_checks_the_key(
    driver: webdriver.Chrome, keyed_url: str, base_url: str
) -> None:
    expected = ui.fetch_ok(f"{base_url}/ask", {"question": UNANSWERABLE, "top_k": 5})  # the same index
    status, refused = ui.call_api(f"{keyed_url}/documents")
    assert (status, refused["error"]["code"]) == (401, "missing_key")

    # A shared link: the question and the document list are both refused, and one dialog asks for the key.
    driver.get("about:blank")
    driver.get(f"{keyed_url}/#mode=ask&q={UNANSWERABLE}")
    dialog = ui.wait(driver, _key_dialog)
    assert ui.text(dialog.find_element(By.ID, "key-message")) == "此服务需要 API 密钥 (API key)，请输入："
    # A wrong key is checked, refused in Chinese and not saved; the same dialog stays.
    _enter_key(driver, "wrong-key-0123456789abcdef")
    ui.wait(driver, lambda d: ui.text(d.find_element(By.ID, "key-message")) == KEY_INVALID)
    assert ui.saved_key(driver) is None
    _enter_key(driver, API_KEY)
    ui.wait(driver, lambda d: _key_dialog(d) is None)
    ui.wait(driver, lambda d: _answer_text(d) == expected["answer"])
    ui.wait(driver, lambda d: d.find_element(By.ID, "library").is_displayed())
    assert ui.saved_key(driver) == API_KEY
    assert ui.modals(driver) == ["key-dialog"]  # one prompt for both refused requests
    assert driver.execute_script("return window.__alerts;") == []
    assert ui.shown_error(driver) is None

    # The footer says a key is kept, and can change or clear it.
    bar = driver.find_element(By.ID, "key-bar")
    assert bar.is_displayed()
    assert ui.text(driver.find_element(By.ID, "key-change")) == "更换密钥"
    driver.find_element(By.ID, "key-clear").click()
    assert ui.saved_key(driver) is None
    assert ui.text(driver.find_element(By.ID, "key-change")) == "输入密钥"
    assert not driver.find_element(By.ID, "key-clear").is_displayed()

    # A saved key the server refuses: on load the page says so (in Chinese) in one dialog, and drops it.
    driver.execute_script("window.localStorage.setItem('citeqa-api-key', 'stale-key-0123456789abcdef');")
    driver.get("about:blank")
    driver.get(f"{keyed_url}/#mode=ask&q={UNANSWERABLE}")
    dialog = ui.wait(driver, _key_dialog)
    ui.wait(driver, lambda d: ui.text(d.find_element(By.ID, "key-message")) == KEY_INVALID)
    assert ui.saved_key(driver) is None
    # 取消: the question says it needs a key, in Chinese; 输入密钥 in the footer asks again.
    driver.find_element(By.ID, "key-cancel").click()
    ui.wait(driver, lambda d: ui.shown_error(d) is not None)
    assert ui.shown_error(driver) == "出错了：此服务需要 API 密钥。请点页面底部的「输入密钥」。"
    assert ui.modals(driver) == ["key-dialog"]
    driver.find_element(By.ID, "key-change").click()
    ui.wait(driver, _key_dialog)
    _enter_key(driver, API_KEY)
    ui.wait(driver, lambda d: _key_dialog(d) is None)
    ui.wait(driver, lambda d: _answer_text(d) == expected["answer"])
    assert ui.saved_key(driver) == API_KEY
    assert ui.shown_error(driver) is None
    assert driver.execute_script("return window.__alerts;") == []


def test_a_read_only_key_cannot_upload_or_delete_and_the_page_says_so(
    driver: webdriver.Chrome, keyed_url: str, tmp_path: Path
) -> None:
    assert ui.call_api(f"{keyed_url}/documents")[0] == 401  # reads need the key too
    driver.get(f"{keyed_url}/")
    driver.execute_script("window.localStorage.setItem('citeqa-api-key', arguments[0]);", API_KEY)
    driver.get("about:blank")
    ui.open_page(driver, keyed_url)
    ui.wait(driver, lambda d: d.find_element(By.ID, "library").is_displayed())
    before = [ui.text(t) for t in driver.find_elements(By.CSS_SELECTOR, "#doc-list .doc-link-title")]
    assert before

    driver.find_element(By.CSS_SELECTOR, "#library summary").click()
    entry = driver.find_elements(By.CSS_SELECTOR, "#doc-list li")[0]
    entry.find_element(By.CSS_SELECTOR, ".doc-delete").click()
    entry.find_element(By.CSS_SELECTOR, ".confirm-delete").click()
    library_status = driver.find_element(By.ID, "library-status")
    ui.wait(driver, lambda d: "失败" in ui.text(library_status))
    assert ui.text(library_status) == f"删除《{before[0]}》失败：此密钥只能读取，不能修改文库。"

    new = tmp_path / "readonly.txt"
    new.write_text("只读密钥上传测试\n这个文件不应被收录。\n", encoding="utf-8")
    driver.find_element(By.ID, "upload-input").send_keys(str(new))
    head = ui.wait(
        driver,
        lambda d: next(
            (h for h in d.find_elements(By.CSS_SELECTOR, ".batch-head") if "失败" in ui.text(h)), None
        ),
    )
    assert ui.text(head) == "上传失败：此密钥只能读取，不能修改文库。"
    rows = driver.find_elements(By.CSS_SELECTOR, "#upload-report .batch-files li")
    assert [ui.text(r) for r in rows] == ["readonly.txt未上传"]
    assert ui.modals(driver) == []  # the key was refused for writing, not missing: no dialog
    ui.wait(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "#upload-report .pending"))
    after = [ui.text(t) for t in driver.find_elements(By.CSS_SELECTOR, "#doc-list .doc-link-title")]
    assert after == before
    driver.execute_script("window.localStorage.removeItem('citeqa-api-key');")


def test_a_stale_key_is_dropped_where_reads_need_none(
    driver: webdriver.Chrome, keyed_reads_free_url: str, base_url: str
) -> None:
    expected = ui.fetch_ok(f"{base_url}/ask", {"question": UNANSWERABLE, "top_k": 5})
    driver.get(f"{keyed_reads_free_url}/")
    driver.execute_script("window.localStorage.setItem('citeqa-api-key', 'stale-key-0123456789abcdef');")
    driver.get("about:blank")
    driver.get(f"{keyed_reads_free_url}/#mode=ask&q={UNANSWERABLE}")
    ui.wait(driver, lambda d: _answer_text(d) == expected["answer"])
    ui.wait(driver, lambda d: d.find_element(By.ID, "library").is_displayed())
    assert ui.saved_key(driver) is None
    assert ui.modals(driver) == []
    assert driver.execute_script("return window.__alerts;") == []
    assert ui.shown_error(driver) is None
    assert not driver.find_element(By.ID, "key-bar").is_displayed()


def test_a_document_changed_since_the_last_question_is_shown_as_it_now_is(
    driver: webdriver.Chrome, base_url: str
) -> None:
    """A probe: a document re-uploaded under its id while the page was open was shown, from the page's cache,
    with its old title and text, and the new quote set under it as if it were part of it."""
    url = f"{base_url}/documents"
    question = "星河区拿出多少个事业编制?"

    def upload(count: int) -> None:
        title = f"星河区人才通知（第{count}版）"
        body = {"doc_id": "web-changed", "title": title, "text": STELLAR.format(count)}
        status, payload = ui.call_api(url, body)
        assert status in (200, 201), payload

    def opened_document(count: int) -> str:
        ui.submit(driver, question)
        answered = f"拿出{count}个事业编制"
        ui.wait(
            driver,
            lambda d: answered in "".join(ui.text(e) for e in d.find_elements(By.CSS_SELECTOR, ".answer")),
        )
        ui.wait(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "#results .passage.loading"))
        driver.find_element(By.CSS_SELECTOR, "#cite-1 button.open").click()
        ui.wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-view[open] #doc-body mark"))
        shown = ui.text(driver.find_element(By.ID, "doc-title"))
        driver.find_element(By.ID, "doc-close").click()
        ui.wait(driver, lambda d: not d.execute_script("return document.getElementById('doc-view').open"))
        return shown

    upload(50)
    try:
        ui.open_page(driver, base_url)
        assert opened_document(50) == "星河区人才通知（第50版）"
        upload(60)
        assert opened_document(60) == "星河区人才通知（第60版）"
        marks = [ui.text(m) for m in driver.find_elements(By.CSS_SELECTOR, "#cite-1 .passage mark")]
        assert marks == ["星河区设立人才编制周转池，拿出60个事业编制用于引进急需紧缺人才。"]
        assert driver.find_elements(By.CSS_SELECTOR, ".stale") == []
        assert ui.console_errors(driver) == []
    finally:
        request = urllib.request.Request(f"{url}/web-changed", method="DELETE")
        with urllib.request.urlopen(request, timeout=ui.WAIT) as response:
            assert response.status == 200


STELLAR = "星河区人才工作通知\n星河区设立人才编制周转池，拿出{}个事业编制用于引进急需紧缺人才。\n"
