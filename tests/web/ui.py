"""Driving the web page in headless Chromium and reading the same server's JSON API, for tests/web/."""

from __future__ import annotations

import base64
import json
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "eval" / "results"
QUESTION = "哪些地区设立了人才编制周转池?"
SCRIPT = "<script>alert(1)</script>"
NO_REGION = "未注明地区"
WAIT = 60  # seconds; the first query warms the tokenizer and the encoder
API_KEY = "web-test-key-0123456789abcdef"  # the keyed test servers' only key (a test value, not a secret)
MAX_QUESTION_CHARS = 1000  # server/limits.py MAX_QUESTION_CHARS, which the page repeats
ASKING = "正在查找资料并组织回答…"
TIMED_OUT = "出错了：服务器响应超时，请稍后重试。"
KEY_INVALID = "密钥无效，请重新输入"


def call_api(url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as response:
            return response.status, json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        with err:
            return err.code, json.loads(err.read().decode("utf-8"))


def fetch_ok(url: str, body: dict[str, Any] | None = None) -> Any:
    status, payload = call_api(url, body)
    assert status == 200, payload
    return payload


def open_page(driver: webdriver.Chrome, base_url: str, width: int = 1280, height: int = 900) -> None:
    driver.set_window_size(width, height)
    driver.get(f"{base_url}/")
    wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")
    driver.get_log("browser")  # start each page with an empty console log


def wait(driver: webdriver.Chrome, condition: Any, timeout: float = WAIT) -> Any:
    """``condition`` once it holds. An element the page replaced while the condition read it (the answer is
    re-rendered as it streams) is looked for again on the next poll, not an error."""
    waiting = WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,))
    return waiting.until(condition)


def text(element: WebElement) -> str:
    """textContent, exactly (WebElement.text normalises whitespace)."""
    return str(element.get_property("textContent"))


def status(driver: webdriver.Chrome) -> str:
    return text(driver.find_element(By.ID, "status"))


def shown_error(driver: webdriver.Chrome) -> str | None:
    """The error box's text while it is displayed, else None."""
    box = driver.find_element(By.ID, "error")
    return text(box) if box.is_displayed() else None


def url_params(driver: webdriver.Chrome) -> dict[str, str]:
    """The query the page's URL names (its hash, #mode=…&q=…)."""
    pairs = driver.execute_script("return Array.from(new URLSearchParams(location.hash.slice(1)));")
    return {str(k): str(v) for k, v in pairs}


def saved_key(driver: webdriver.Chrome) -> str | None:
    key = driver.execute_script("return window.localStorage.getItem('citeqa-api-key');")
    return None if key is None else str(key)


def modals(driver: webdriver.Chrome) -> list[str]:
    """The ids of the <dialog>s the page has opened as modals since it loaded (conftest's probe)."""
    return [str(m) for m in driver.execute_script("return window.__modals;")]


def submit(driver: webdriver.Chrome, text: str) -> None:
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


_ASKED = "const e = document.querySelector('#results .answer .asked'); return e ? e.textContent : null;"


def ask(driver: webdriver.Chrome, question: str) -> WebElement:
    submit(driver, question)

    def answered(d: webdriver.Chrome) -> list[WebElement]:
        # the answer to this question, not the previous one still shown until it is replaced (an element
        # read from it went stale under load in a full `make test`)
        found = d.find_elements(By.CSS_SELECTOR, "#results .answer")
        return found if found and d.execute_script(_ASKED) == f"问：{question.strip()}" else []

    answer = wait(driver, answered)[0]
    # Citation cards fill in their passage once the document has loaded.
    wait(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "#results .passage.loading"))
    return answer


def select_mode(driver: webdriver.Chrome, mode: str) -> None:
    radio = driver.find_element(By.CSS_SELECTOR, f"input[name=mode][value={mode}]")
    radio.click()
    assert radio.is_selected()


def search(driver: webdriver.Chrome, query: str, retriever: str) -> list[WebElement]:
    select_mode(driver, "search")
    Select(driver.find_element(By.ID, "retriever")).select_by_value(retriever)
    submit(driver, query)

    def settled(d: webdriver.Chrome) -> list[WebElement] | bool:
        if d.find_element(By.ID, "results").get_attribute("aria-busy") == "true":
            return False
        head = d.find_elements(By.CSS_SELECTOR, "#results .hits-head .took")
        if not head or retriever not in text(head[0]):
            return False
        return d.find_elements(By.CSS_SELECTOR, "#results .hit") or True

    hits = wait(driver, settled)
    return hits if isinstance(hits, list) else []


def console_errors(driver: webdriver.Chrome) -> list[str]:
    return [str(e["message"]) for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def no_horizontal_scroll(driver: webdriver.Chrome) -> tuple[int, int]:
    widths = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth];")
    return int(widths[0]), int(widths[1])


def screenshot(driver: webdriver.Chrome, name: str) -> Path:
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


def markers(answer: str, citations: list[dict[str, Any]]) -> list[int]:
    cited = {c["n"] for c in citations}
    return [int(n) for n in re.findall(r"\[(\d+)\]", answer) if int(n) in cited]
