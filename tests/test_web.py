"""The web page at `/`, driven in headless Chromium against the real `citeqa serve` process.

The index is built once per module from a copy of seeds/ plus a 2-page PDF and one document whose text
contains `<script>alert(1)</script>`, so the page's escaping is tested on real server output. Expected values
come from the same server's JSON API (fetched with urllib), so the page is checked against exactly what it
was given.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from eval.child import free_port, stop_child
from tests.conftest import PDF_PAGE2, PDF_PAGES, pdf_bytes

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RESULTS = ROOT / "eval" / "results"
QUESTION = "哪些地区设立了人才编制周转池?"
SCRIPT = "<script>alert(1)</script>"
NO_REGION = "未注明地区"
WAIT = 60  # seconds; the first query warms the tokenizer and the encoder

XSS_DOC = f"""测试文档：网页转义检查

本文用于检查网页是否把文件内容当作文字显示。某市提出完善人才服务体系，优化人才发展环境，
为引进的高层次人才提供住房、子女入学和医疗等配套保障。

下面一行含有网页脚本标签，页面必须原样显示而不能执行：{SCRIPT} 这段文字只是文字。

该市还提出，健全人才评价机制，推进人才工作数字化，定期发布人才需求目录。
"""

# Records alert() calls instead of opening a dialog, so a script that ran would be seen, not swallowed.
ALERT_PROBE = (
    "window.__alerts = [];"
    "window.alert = function (m) { window.__alerts.push(String(m)); };"
    "window.confirm = window.prompt = window.alert;"
)


def _binary(name: str, *fallbacks: str) -> str | None:
    for candidate in (f"/usr/bin/{name}", *fallbacks):
        if Path(candidate).is_file():
            return candidate
    return shutil.which(name)


def _citeqa() -> str:
    beside = Path(sys.executable).with_name("citeqa")
    if beside.is_file():
        return str(beside)
    found = shutil.which("citeqa") or str(ROOT / ".venv" / "bin" / "citeqa")
    return found


def _http(url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as response:
            return response.status, json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        with err:
            return err.code, json.loads(err.read().decode("utf-8"))


def _ok(url: str, body: dict[str, Any] | None = None) -> Any:
    status, payload = _http(url, body)
    assert status == 200, payload
    return payload


# ---- fixtures ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browsers() -> tuple[str, str]:
    chromium = _binary("chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
    chromedriver = _binary("chromedriver", "/usr/lib/chromium/chromedriver")
    if chromium is None or chromedriver is None:
        pytest.skip(
            "chromium/chromedriver not installed: apt-get install -y chromium chromium-driver "
            f"(chromium={chromium}, chromedriver={chromedriver})"
        )
    return chromium, chromedriver


@pytest.fixture(scope="module")
def index_dir(browsers: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of seeds/ plus the `<script>` document, built once by the real CLI."""
    base = tmp_path_factory.mktemp("web")
    docs = base / "docs"
    docs.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(seed, docs / seed.name)
    (docs / "zz_script_probe.txt").write_text(XSS_DOC, encoding="utf-8")
    (docs / "paper.pdf").write_bytes(pdf_bytes(PDF_PAGES))  # citations of it show their page
    index = base / "index"
    done = subprocess.run(
        [_citeqa(), "index", str(docs), "--index", str(index)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return index


@pytest.fixture(scope="module")
def base_url(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real server as a subprocess on a free port; stopped by its pid whatever happens."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("server") / "serve.log"
    # Only --index says which index to serve: an inherited CITEQA_INDEX must not stand in for it.
    env = {k: v for k, v in os.environ.items() if k != "CITEQA_INDEX"}
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [_citeqa(), "serve", "--host", "127.0.0.1", "--port", str(port), "--index", str(index_dir)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            deadline = time.monotonic() + 180
            while True:
                if proc.poll() is not None:
                    pytest.fail(
                        f"citeqa serve exited with {proc.returncode}:\n{log_path.read_text()[-4000:]}"
                    )
                try:
                    with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"citeqa serve did not answer /healthz in 180 s:\n{log_path.read_text()[-4000:]}"
                    )
                time.sleep(0.25)
            yield url
        finally:
            stop_child(proc)


@pytest.fixture(scope="module")
def driver(browsers: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    chromium, chromedriver = browsers
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    try:
        chrome.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": ALERT_PROBE})
        yield chrome
    finally:
        chrome.quit()


@pytest.fixture(scope="module")
def expected_answer(base_url: str) -> dict[str, Any]:
    answer: dict[str, Any] = _ok(f"{base_url}/ask", {"question": QUESTION, "top_k": 5})
    return answer


# ---- page helpers ------------------------------------------------------------------------------------


def _open_page(driver: webdriver.Chrome, base_url: str, width: int = 1280, height: int = 900) -> None:
    driver.set_window_size(width, height)
    driver.get(f"{base_url}/")
    _wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")
    driver.get_log("browser")  # start each page with an empty console log


def _wait(driver: webdriver.Chrome, condition: Any, timeout: float = WAIT) -> Any:
    return WebDriverWait(driver, timeout).until(condition)


def _text(element: WebElement) -> str:
    """textContent, exactly (WebElement.text normalises whitespace)."""
    return str(element.get_property("textContent"))


def _submit(driver: webdriver.Chrome, text: str) -> None:
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def _ask(driver: webdriver.Chrome, question: str) -> WebElement:
    _submit(driver, question)
    answer = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#results .answer"))[0]
    # Citation cards fill in their passage once the document has loaded.
    _wait(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "#results .passage.loading"))
    return answer


def _select_mode(driver: webdriver.Chrome, mode: str) -> None:
    radio = driver.find_element(By.CSS_SELECTOR, f"input[name=mode][value={mode}]")
    radio.click()
    assert radio.is_selected()


def _search(driver: webdriver.Chrome, query: str, retriever: str) -> list[WebElement]:
    _select_mode(driver, "search")
    Select(driver.find_element(By.ID, "retriever")).select_by_value(retriever)
    _submit(driver, query)

    def settled(d: webdriver.Chrome) -> list[WebElement] | bool:
        if d.find_element(By.ID, "results").get_attribute("aria-busy") == "true":
            return False
        head = d.find_elements(By.CSS_SELECTOR, "#results .hits-head .took")
        if not head or retriever not in _text(head[0]):
            return False
        return d.find_elements(By.CSS_SELECTOR, "#results .hit") or True

    hits = _wait(driver, settled)
    return hits if isinstance(hits, list) else []


def _console_errors(driver: webdriver.Chrome) -> list[str]:
    return [str(e["message"]) for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _no_horizontal_scroll(driver: webdriver.Chrome) -> tuple[int, int]:
    widths = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth];")
    return int(widths[0]), int(widths[1])


def _screenshot(driver: webdriver.Chrome, name: str) -> Path:
    """The whole page, not only the viewport, as eval/results/<name>."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    width, height = driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollHeight];"
    )
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": min(int(height), 6000), "scale": 1},
        },
    )
    path = RESULTS / name
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def _markers(answer: str, citations: list[dict[str, Any]]) -> list[int]:
    cited = {c["n"] for c in citations}
    return [int(n) for n in re.findall(r"\[(\d+)\]", answer) if int(n) in cited]


# ---- tests -------------------------------------------------------------------------------------------


def test_answer_cites_and_opens_highlighted_source(
    driver: webdriver.Chrome, base_url: str, expected_answer: dict[str, Any]
) -> None:
    expected = expected_answer
    assert expected["answerable"] is True, expected
    by_n = {c["n"]: c for c in expected["citations"]}
    markers = _markers(expected["answer"], expected["citations"])
    assert markers, f"the API answer has no [n] marker: {expected['answer']}"

    _open_page(driver, base_url)
    assert driver.title.startswith("citeqa")
    answer = _ask(driver, QUESTION)

    assert _text(answer.find_element(By.CSS_SELECTOR, ".answer-text")) == expected["answer"]
    refs = answer.find_elements(By.CSS_SELECTOR, ".answer-text a.ref")
    assert [_text(r) for r in refs] == [f"[{n}]" for n in markers]

    # Every marker's citation is rendered: title, region, and its passage with exactly the quote marked.
    for n in sorted(set(markers)):
        c = by_n[n]
        card = driver.find_element(By.ID, f"cite-{n}")
        assert _text(card.find_element(By.CSS_SELECTOR, ".cite-title")) == (c["title"] or c["doc_id"])
        assert _text(card.find_element(By.CSS_SELECTOR, ".meta")).startswith(c["region"] or NO_REGION)
        marks = card.find_elements(By.CSS_SELECTOR, ".passage mark")
        assert [_text(m) for m in marks] == [c["quote"]]

    # One section per region group, in the API's order, and 山西省运城市 among them.
    regions = [g["region"] or NO_REGION for g in expected["groups"]]
    shown = [_text(h) for h in driver.find_elements(By.CSS_SELECTOR, "#results .group .group-region")]
    assert shown[: len(regions)] == regions
    assert "山西省运城市" in shown
    chips = [_text(c) for c in driver.find_elements(By.CSS_SELECTOR, "#results .chips .chip-region")]
    assert chips == shown
    yuncheng = next(g for g in expected["groups"] if g["region"] == "山西省运城市")
    group = driver.find_element(By.CSS_SELECTOR, '#results .group[data-region="山西省运城市"]')
    assert [
        int(str(a.get_attribute("data-n"))) for a in group.find_elements(By.CSS_SELECTOR, ".cite")
    ] == yuncheng["citations"]

    # Clicking [n] in the answer brings citation n into focus.
    n = yuncheng["citations"][0]
    driver.find_element(By.CSS_SELECTOR, f".answer-text a.ref[data-n='{n}']").click()
    _wait(driver, lambda d: d.execute_script("return document.activeElement.id") == f"cite-{n}")

    _screenshot(driver, "web-answer.png")

    # Clicking the citation opens the whole clean document with the quote marked and scrolled into view.
    driver.find_element(By.CSS_SELECTOR, f"#cite-{n} button.open").click()
    dialog = _wait(
        driver,
        lambda d: (
            d.find_element(By.ID, "doc-view")
            if d.find_elements(By.CSS_SELECTOR, "#doc-view[open] mark")
            else None
        ),
    )
    citation = by_n[n]
    document = _ok(f"{base_url}/documents/{citation['doc_id']}")
    assert _text(dialog.find_element(By.ID, "doc-title")) == (document["title"] or document["doc_id"])
    assert _text(dialog.find_element(By.CSS_SELECTOR, "#doc-body .doc-text")) == document["text"]
    marks = dialog.find_elements(By.CSS_SELECTOR, "#doc-body mark")
    assert [_text(m) for m in marks] == [citation["quote"]]
    in_view = """
        const body = document.getElementById('doc-body').getBoundingClientRect();
        const mark = document.querySelector('#doc-body mark').getBoundingClientRect();
        return mark.top >= body.top && mark.top < body.bottom;"""
    _wait(driver, lambda d: d.execute_script(in_view))
    RESULTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(RESULTS / "web-source.png"))

    driver.find_element(By.ID, "doc-close").click()
    _wait(driver, lambda d: not d.execute_script("return document.getElementById('doc-view').open"))
    assert _console_errors(driver) == []


def test_phone_width_has_no_horizontal_scroll(
    driver: webdriver.Chrome, base_url: str, expected_answer: dict[str, Any]
) -> None:
    _open_page(driver, base_url, 390, 844)
    try:
        inner = int(driver.execute_script("return window.innerWidth;"))
        assert inner <= 390
        scroll, width = _no_horizontal_scroll(driver)
        assert scroll <= width
        _ask(driver, QUESTION)
        assert len(driver.find_elements(By.CSS_SELECTOR, "#results .cite")) == len(
            expected_answer["citations"]
        )
        scroll, width = _no_horizontal_scroll(driver)
        assert scroll <= width, f"page is {scroll}px wide in a {width}px viewport"
        _screenshot(driver, "web-phone.png")
        # The document view fits the phone too.
        driver.find_elements(By.CSS_SELECTOR, "#results .cite button.open")[0].click()
        _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-view[open] mark"))
        dialog_width = int(
            driver.execute_script("return document.getElementById('doc-view').getBoundingClientRect().width;")
        )
        assert dialog_width <= width
        driver.find_element(By.ID, "doc-close").click()
    finally:
        driver.set_window_size(1280, 900)


def test_search_mode_ranks_passages_with_scores(driver: webdriver.Chrome, base_url: str) -> None:
    _open_page(driver, base_url)
    for retriever in ("bm25", "hybrid"):  # hybrid last: its screenshot shows both legs' scores
        expected = _ok(f"{base_url}/search", {"query": QUESTION, "top_k": 5, "mode": retriever})["results"]
        assert expected, f"{retriever} search found nothing"
        hits = _search(driver, QUESTION, retriever)
        assert len(hits) == len(expected)
        for hit, want in zip(hits, expected, strict=True):
            assert hit.get_attribute("data-passage-id") == want["passage_id"]
            assert _text(hit.find_element(By.CSS_SELECTOR, ".rank")) == f"#{want['rank']}"
            assert _text(hit.find_element(By.CSS_SELECTOR, ".hit-title")) == (want["title"] or want["doc_id"])
            assert _text(hit.find_element(By.CSS_SELECTOR, ".hit-text")) == want["text"]
            for selector, value, digits in (
                (".score-value", want["score"], 3),
                (".bm25", want["scores"]["bm25"], 2),
                (".dense", want["scores"]["dense"], 3),
            ):
                shown = float(_text(hit.find_element(By.CSS_SELECTOR, selector)))
                assert abs(shown - value) <= 0.5 * 10**-digits + 1e-9, (selector, shown, value)
    _screenshot(driver, "web-search.png")
    assert _console_errors(driver) == []


def test_script_in_a_document_shows_as_text(driver: webdriver.Chrome, base_url: str) -> None:
    expected = _ok(f"{base_url}/search", {"query": SCRIPT, "top_k": 5, "mode": "bm25"})["results"]
    probe = [r for r in expected if SCRIPT in r["text"]]
    assert probe, "the <script> document is not found by searching for its text"

    _open_page(driver, base_url)
    scripts_before = driver.execute_script("return document.querySelectorAll('script').length;")
    with_src_before = driver.execute_script("return document.querySelectorAll('script[src]').length;")
    hits = _search(driver, SCRIPT, "bm25")
    shown = [h for h in hits if SCRIPT in _text(h.find_element(By.CSS_SELECTOR, ".hit-text"))]
    assert [h.get_attribute("data-passage-id") for h in shown] == [r["passage_id"] for r in probe]

    # Its full text in the document view shows the tag literally as well.
    shown[0].find_element(By.CSS_SELECTOR, "button.open").click()
    body = _wait(
        driver,
        lambda d: (
            d.find_element(By.ID, "doc-body")
            if d.find_elements(By.CSS_SELECTOR, "#doc-view[open] mark")
            else None
        ),
    )
    assert SCRIPT in _text(body)
    assert SCRIPT in body.text  # rendered (visible) text, not only the DOM
    driver.find_element(By.ID, "doc-close").click()

    assert driver.execute_script("return document.querySelectorAll('script').length;") == scripts_before
    assert driver.execute_script("return document.querySelectorAll('script[src]').length;") == with_src_before
    assert driver.execute_script("return window.__alerts;") == []
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - reading it is what raises when no alert is open


def test_unanswerable_question_and_api_error_are_shown(driver: webdriver.Chrome, base_url: str) -> None:
    question = "火星基地的氧气供应标准是多少?"
    expected = _ok(f"{base_url}/ask", {"question": question, "top_k": 5})
    _open_page(driver, base_url)
    answer = _ask(driver, question)
    assert _text(answer.find_element(By.CSS_SELECTOR, ".answer-text")) == expected["answer"]
    assert bool(answer.find_elements(By.CSS_SELECTOR, ".badge")) is (not expected["answerable"])

    # A request the API rejects: its error message is shown to the reader.
    too_long = "人" * 1001
    status, error = _http(f"{base_url}/ask", {"question": too_long, "top_k": 5})
    assert 400 <= status < 500
    driver.execute_script("document.getElementById('q').removeAttribute('maxlength');")
    driver.execute_script("document.getElementById('q').value = arguments[0];", too_long)
    driver.find_element(By.ID, "submit").click()
    shown = _wait(
        driver,
        lambda d: d.find_element(By.ID, "error") if d.find_element(By.ID, "error").is_displayed() else None,
    )
    assert error["error"]["message"] in _text(shown)


def _meta(*parts: str | None) -> str:
    """The page's metaLine: the parts that are set, joined by " · "."""
    return " · ".join(p for p in parts if p)


def test_pdf_citations_and_hits_show_their_page(driver: webdriver.Chrome, base_url: str) -> None:
    question = "盐湖区与山西大学共建了什么?"
    expected = _ok(f"{base_url}/ask", {"question": question, "top_k": 5})
    assert [(c["quote"], c["page"]) for c in expected["citations"] if c["page"] is not None] == [
        (PDF_PAGE2, 2)
    ]
    _open_page(driver, base_url)
    _ask(driver, question)
    for c in expected["citations"]:
        doc = _ok(f"{base_url}/documents/{c['doc_id']}")
        page = f"p. {c['page']}" if c["page"] is not None else None
        want = _meta(c["region"] or doc["region"] or NO_REGION, c["date"] or doc["date"], doc["source"], page)
        _wait(
            driver,
            lambda d, c=c, want=want: _text(d.find_element(By.CSS_SELECTOR, f"#cite-{c['n']} .meta")) == want,
        )

    hits = _ok(f"{base_url}/search", {"query": PDF_PAGE2, "top_k": 5, "mode": "bm25"})["results"]
    assert hits[0]["page"] == 1  # the passage starts on page 1 (its quote, above, on page 2)
    shown = _search(driver, PDF_PAGE2, "bm25")
    for hit, want in zip(shown, hits, strict=True):
        page = f"p. {want['page']}" if want["page"] is not None else None
        meta = _text(hit.find_element(By.CSS_SELECTOR, ".meta"))
        assert meta == _meta(want["region"] or NO_REGION, want["date"], want["source"], page)
    assert _console_errors(driver) == []
