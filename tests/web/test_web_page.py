"""The page's defences and reading aids, in headless Chromium against the real `citeqa serve`:

- the Content-Security-Policy and the refusal to be framed on / and /static/* (none on /docs and /redoc, whose
  pages hold inline scripts), and a page that runs with no violation;
- the 查看原文 buttons' distinct names, the quotes announced, focus and status after an answer;
- the print stylesheet;
- the tab's title, which names the question shown.

Expected values come from the same server's JSON API."""

from __future__ import annotations

import urllib.request
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.web import ui
from tests.web.ui import NO_REGION, QUESTION

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGE_TITLE = "citeqa · 政策文件问答"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "content-security-policy": CSP,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
}
# Every Content-Security-Policy violation the page meets, as "directive blocked-uri".
VIOLATIONS = (
    "window.__csp = [];"
    "document.addEventListener('securitypolicyviolation',"
    "  (e) => window.__csp.push(e.effectiveDirective + ' ' + e.blockedURI));"
)
SECOND = "如何推进校企校地人才合作?"
BEFORE, AFTER = "引文：", "（引文结束）"


@pytest.fixture(scope="module")
def watched(driver: webdriver.Chrome) -> webdriver.Chrome:
    """This module's browser, recording CSP violations on every page it loads."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": VIOLATIONS})
    return driver


def _headers(url: str) -> dict[str, str]:
    with urllib.request.urlopen(url, timeout=ui.WAIT) as response:
        assert response.status == 200, url
        return {k.lower(): v for k, v in response.headers.items()}


def _violations(driver: webdriver.Chrome) -> list[str]:
    return [str(v) for v in driver.execute_script("return window.__csp;")]


def _answered(driver: webdriver.Chrome, question: str) -> bool:
    """The page shows the finished answer to `question`, every card's passage filled in."""
    if driver.find_element(By.ID, "results").get_attribute("aria-busy") != "false":
        return False
    asked = driver.find_elements(By.CSS_SELECTOR, "#results .answer .asked")
    if not asked or ui.text(asked[0]) != f"问：{question}":
        return False
    return not driver.find_elements(By.CSS_SELECTOR, "#results .passage.loading")


def _mark_texts(driver: webdriver.Chrome, selector: str = "mark") -> list[list[str]]:
    """What the accessibility tree reads in each <mark> the selector finds, in document order: the text
    pieces under it."""
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    found = driver.execute_cdp_cmd("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
    backend = [
        driver.execute_cdp_cmd("DOM.describeNode", {"nodeId": i})["node"]["backendNodeId"] for i in found
    ]
    nodes = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
    by_id = {n["nodeId"]: n for n in nodes}
    by_dom = {n.get("backendDOMNodeId"): n for n in nodes}

    def pieces(node: dict[str, Any]) -> list[str]:
        read: list[str] = []
        for child_id in node.get("childIds", []):
            child = by_id.get(child_id)
            if child is None:
                continue
            if child.get("role", {}).get("value") == "StaticText":
                read.append(str(child["name"]["value"]))
            else:
                read += pieces(child)
        return read

    return [pieces(by_dom[b]) if b in by_dom else [] for b in backend]


def _card_order(driver: webdriver.Chrome) -> list[int]:
    cards = driver.find_elements(By.CSS_SELECTOR, "#results .cite")
    return [int(str(c.get_attribute("data-n"))) for c in cards]


def test_the_page_and_its_files_allow_only_their_own_and_cannot_be_framed(
    watched: webdriver.Chrome, base_url: str
) -> None:
    driver = watched
    for path in ("/", "/static/app.js", "/static/library.js", "/static/app.css"):
        headers = _headers(f"{base_url}{path}")
        assert {k: headers.get(k) for k in PAGE_HEADERS} == PAGE_HEADERS, path
    # /docs and /redoc run inline scripts: no policy of the page's there (they load nothing from elsewhere,
    # tests/test_api_schema.py)
    for path in ("/docs", "/redoc"):
        headers = _headers(f"{base_url}{path}")
        assert "content-security-policy" not in headers and "x-frame-options" not in headers, path

    # Everything the page does runs under the policy: an answer with its cards, a source view, search hits
    # with their score bars (widths set through the CSSOM: a style attribute is refused), the library.
    expected = ui.fetch_ok(f"{base_url}/ask", {"question": QUESTION, "top_k": 5})
    hits = ui.fetch_ok(f"{base_url}/search", {"query": QUESTION, "top_k": 5, "mode": "bm25"})["results"]
    documents = ui.fetch_ok(f"{base_url}/documents")["documents"]
    ui.open_page(driver, base_url)
    ui.submit(driver, QUESTION)
    ui.wait(driver, lambda d: _answered(d, QUESTION))
    assert len(driver.find_elements(By.CSS_SELECTOR, "#results .cite mark")) == len(expected["citations"])
    driver.find_element(By.CSS_SELECTOR, "#cite-1 button.open").click()
    ui.wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-view[open] #doc-body mark"))
    driver.find_element(By.ID, "doc-close").click()
    shown = ui.search(driver, QUESTION, "bm25")
    assert [h.get_attribute("data-passage-id") for h in shown] == [h["passage_id"] for h in hits]
    top = max(max(h["score"] for h in hits), 1e-9)
    widths = driver.execute_script(
        "return Array.from(document.querySelectorAll('#results .bar span'), (s) => s.style.width);"
    )
    assert [float(str(w).rstrip("%")) for w in widths] == [
        round(max(2.0, min(100.0, 100 * h["score"] / top)), 1) for h in hits
    ]
    assert float(str(widths[0]).rstrip("%")) == 100.0
    ui.wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#doc-list li")) == len(documents))
    assert _violations(driver) == []
    assert ui.console_errors(driver) == []

    # The policy is enforced: an inline script or a style attribute that got into the page does nothing.
    driver.execute_script(
        "const s = document.createElement('script'); s.textContent = 'window.__inline = 1;';"
        "document.head.append(s); document.body.setAttribute('style', 'color: rgb(255, 0, 0)');"
    )
    assert driver.execute_script("return window.__inline === undefined;") is True
    assert driver.execute_script("return getComputedStyle(document.body).color;") == "rgb(29, 35, 41)"
    assert _violations(driver) == ["script-src-elem inline", "style-src-attr inline"]
    assert len(ui.console_errors(driver)) == 2  # the browser's reports of the two, read here

    # Framed by another page (here /docs, which has no policy), the page is refused.
    spec = ui.fetch_ok(f"{base_url}/openapi.json")
    operations = sum(1 for item in spec["paths"].values() for method in item if method != "parameters")
    driver.get(f"{base_url}/docs")
    ui.wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#swagger-ui .opblock")) == operations)
    assert ui.console_errors(driver) == []  # Swagger UI runs from this server's files, offline
    driver.execute_script(
        "const f = document.createElement('iframe'); f.id = 'framed'; f.src = arguments[0];"
        "document.body.append(f);",
        f"{base_url}/",
    )
    refused = (
        f"security - Framing '{base_url}/' violates the following Content Security Policy directive: "
        "\"frame-ancestors 'none'\". The request has been blocked."
    )
    logged: list[str] = []

    def blocked(d: webdriver.Chrome) -> bool:
        logged.extend(str(e["message"]).strip() for e in d.get_log("browser"))
        return refused in logged

    ui.wait(driver, blocked, timeout=10)
    assert logged == [refused]
    assert driver.execute_script("return document.getElementById('framed').contentDocument;") is None


def test_source_buttons_are_told_apart_quotes_are_announced_and_the_answer_is_reached(
    watched: webdriver.Chrome, base_url: str, expected_answer: dict[str, Any]
) -> None:
    driver = watched
    by_n = {c["n"]: c for c in expected_answer["citations"]}
    ui.open_page(driver, base_url)

    # Enter in the box: the focus stays there, to ask again; the status says how many citations.
    ui.submit(driver, QUESTION)
    ui.wait(driver, lambda d: _answered(d, QUESTION))
    assert driver.execute_script("return document.activeElement.id;") == "q"
    assert ui.status(driver) == f"已回答，共 {len(by_n)} 条引用。"

    order = _card_order(driver)
    assert sorted(order) == sorted(by_n)
    names = [b.accessible_name for b in driver.find_elements(By.CSS_SELECTOR, "#results .cite button.open")]
    assert names == [f"查看原文 View source：[{n}] {by_n[n]['title'] or by_n[n]['doc_id']}" for n in order]
    assert len(set(names)) == len(names) == len(by_n)
    # the label shown is still the button's text
    assert {ui.text(b) for b in driver.find_elements(By.CSS_SELECTOR, "#results .cite button.open")} == {
        "查看原文 View source"
    }

    # Each quote is read with where it starts and ends; its text (and copied text) is the quote alone. The
    # footer's legend 黄色 is not a quote.
    assert _mark_texts(driver, "#results mark") == [[BEFORE, by_n[n]["quote"], AFTER] for n in order]
    assert _mark_texts(driver, "footer mark") == [["黄色"]]
    assert [ui.text(m) for m in driver.find_elements(By.CSS_SELECTOR, "#results .cite mark")] == [
        by_n[n]["quote"] for n in order
    ]

    # … in the source view too, whose text stays the document's exactly.
    first = by_n[order[0]]
    document = ui.fetch_ok(f"{base_url}/documents/{first['doc_id']}")
    driver.find_element(By.CSS_SELECTOR, f"#cite-{order[0]} button.open").click()
    ui.wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-view[open] #doc-body mark"))
    assert ui.text(driver.find_element(By.CSS_SELECTOR, "#doc-body .doc-text")) == document["text"]
    assert _mark_texts(driver, "#doc-body mark") == [[BEFORE, first["quote"], AFTER]]
    driver.find_element(By.ID, "doc-close").click()
    ui.wait(driver, lambda d: not d.execute_script("return document.getElementById('doc-view').open"))

    # Sent with the 提问 button, the answer takes the focus, so it is read out.
    driver.find_element(By.ID, "submit").click()
    ui.wait(driver, lambda d: d.execute_script("return document.activeElement.matches('#results .answer');"))
    assert _answered(driver, QUESTION)
    answer = driver.find_element(By.CSS_SELECTOR, "#results .answer")
    assert answer.accessible_name == "回答"
    assert ui.status(driver) == f"已回答，共 {len(by_n)} 条引用。"

    # Search hits' buttons name their rank and title.
    hits = ui.fetch_ok(f"{base_url}/search", {"query": QUESTION, "top_k": 5, "mode": "bm25"})["results"]
    ui.search(driver, QUESTION, "bm25")
    buttons = driver.find_elements(By.CSS_SELECTOR, "#results .hit button.open")
    assert [b.accessible_name for b in buttons] == [
        f"查看原文 View source：#{h['rank']} {h['title'] or h['doc_id']}" for h in hits
    ]
    assert ui.status(driver) == f"找到 {len(hits)} 段。"
    assert ui.console_errors(driver) == []


def _displayed(driver: webdriver.Chrome, selector: str) -> list[bool]:
    return [e.is_displayed() for e in driver.find_elements(By.CSS_SELECTOR, selector)]


# What printing leaves out, each of which the screen shows after an answer.
NOT_PRINTED = ("#query-form", ".examples", "#library", "footer.site", "#results .chips", "#status")


def test_printing_shows_the_question_answer_and_citations_not_the_controls(
    watched: webdriver.Chrome, base_url: str, expected_answer: dict[str, Any]
) -> None:
    driver = watched
    hits = ui.fetch_ok(f"{base_url}/search", {"query": QUESTION, "top_k": 5, "mode": "bm25"})["results"]
    ui.open_page(driver, base_url)
    ui.wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-list li"))
    ui.submit(driver, QUESTION)
    ui.wait(driver, lambda d: _answered(d, QUESTION))
    citations = len(expected_answer["citations"])
    assert len(expected_answer["groups"]) > 1  # the region chips are shown on screen
    buttons = len(driver.find_elements(By.TAG_NAME, "button"))
    on_screen = [b for b in driver.find_elements(By.TAG_NAME, "button") if b.is_displayed()]
    assert len(on_screen) >= citations + 3  # 提问, the examples, 查看原文, 添加文件
    for selector in NOT_PRINTED:
        assert _displayed(driver, selector) == [True], selector
    try:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        for selector in NOT_PRINTED:
            assert _displayed(driver, selector) == [False], selector
        assert [b.is_displayed() for b in driver.find_elements(By.TAG_NAME, "button")] == [False] * buttons
        asked = driver.find_element(By.CSS_SELECTOR, "#results .answer .asked")
        assert asked.is_displayed() and asked.text == f"问：{QUESTION}"
        answer_text = driver.find_element(By.CSS_SELECTOR, "#results .answer-text")
        assert answer_text.is_displayed() and ui.text(answer_text) == expected_answer["answer"]
        assert _displayed(driver, "#results .cite") == [True] * citations
        assert _displayed(driver, "#results .cite mark") == [True] * citations
        assert _displayed(driver, "#results .cite .cite-title") == [True] * citations
        regions = [g["region"] or NO_REGION for g in expected_answer["groups"]]
        assert [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#results .group-region")][
            : len(regions)
        ] == regions
        # the quotes keep their yellow on paper (browsers drop backgrounds when printing otherwise)
        adjust = driver.execute_script(
            "return getComputedStyle(document.querySelector('#results .cite mark')).printColorAdjust;"
        )
        assert adjust == "exact"

        # Search: the query is printed above its hits (on screen the box shows it).
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        ui.search(driver, QUESTION, "bm25")
        query = driver.find_element(By.CSS_SELECTOR, "#results .hits-head .asked")
        assert not query.is_displayed()
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        assert query.is_displayed() and query.text == f"检索：{QUESTION}"
        assert _displayed(driver, "#results .hit") == [True] * len(hits)
        assert _displayed(driver, "#results .hit button.open") == [False] * len(hits)
        assert _displayed(driver, "#query-form") == [False]
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def _history_titles(driver: webdriver.Chrome, count: int) -> list[str]:
    """The titles of the last `count` history entries up to the current one."""
    history = driver.execute_cdp_cmd("Page.getNavigationHistory", {})
    current = int(history["currentIndex"])
    return [str(e["title"]) for e in history["entries"][current - count + 1 : current + 1]]


def test_the_tab_title_names_the_question_shown(watched: webdriver.Chrome, base_url: str) -> None:
    driver = watched
    ui.open_page(driver, base_url)
    assert driver.title == PAGE_TITLE
    ui.submit(driver, QUESTION)
    ui.wait(driver, lambda d: _answered(d, QUESTION))
    assert driver.title == f"{QUESTION} — citeqa"
    ui.submit(driver, SECOND)
    ui.wait(driver, lambda d: _answered(d, SECOND))
    assert driver.title == f"{SECOND} — citeqa"
    ui.search(driver, SECOND, "bm25")
    assert driver.title == f"检索：{SECOND} — citeqa"
    # a long question is cut at 60 characters in the title (the page and the URL keep it whole)
    Select(driver.find_element(By.ID, "top-k")).select_by_value("3")  # a new entry, the same title
    long_query = "人才编制周转池" * 10
    ui.search(driver, long_query, "bm25")
    assert driver.title == f"检索：{long_query[:60]}… — citeqa"
    assert ui.url_params(driver)["q"] == long_query

    # Each history entry has the title of its question: Back and Forward are told apart.
    # (检索 and bm25 chosen one after the other: two entries; 段落数 3: a third)
    assert _history_titles(driver, 7) == [
        PAGE_TITLE,
        f"{QUESTION} — citeqa",
        f"{SECOND} — citeqa",
        *[f"检索：{SECOND} — citeqa"] * 3,
        f"检索：{long_query[:60]}… — citeqa",
    ]
    driver.back()
    ui.wait(driver, lambda d: d.title == f"检索：{SECOND} — citeqa")
    for _ in range(3):
        driver.back()
    ui.wait(driver, lambda d: _answered(d, SECOND))
    assert driver.title == f"{SECOND} — citeqa"
    driver.back()
    ui.wait(driver, lambda d: _answered(d, QUESTION))
    assert driver.title == f"{QUESTION} — citeqa"
    driver.back()
    ui.wait(driver, lambda d: d.find_element(By.ID, "q").get_property("value") == "")
    assert driver.title == PAGE_TITLE
    assert ui.console_errors(driver) == []
