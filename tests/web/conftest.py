"""The web page's fixtures: Chromium and chromedriver, an index built by the real CLI from a copy of seeds/
plus a 2-page PDF and a document whose text contains `<script>alert(1)</script>`, the real `citeqa serve` on
a free port (stopped by its pid) — without keys, and with API keys (reads guarded, and reads free) — and the
answer the API gives, which the page is checked against."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from tests.conftest import PDF_PAGES, pdf_bytes
from tests.web import ui
from tests.web.server import index_folder, serve_index
from tests.web.ui import API_KEY, QUESTION, ROOT, SCRIPT

SEEDS = ROOT / "seeds"

XSS_DOC = f"""测试文档：网页转义检查

本文用于检查网页是否把文件内容当作文字显示。某市提出完善人才服务体系，优化人才发展环境，
为引进的高层次人才提供住房、子女入学和医疗等配套保障。

下面一行含有网页脚本标签，页面必须原样显示而不能执行：{SCRIPT} 这段文字只是文字。

该市还提出，健全人才评价机制，推进人才工作数字化，定期发布人才需求目录。
"""

# Records alert() calls instead of opening a dialog, so a script that ran would be seen, not swallowed; and
# the id of every <dialog> the page opens as a modal, so a test can count the page's own dialogs.
ALERT_PROBE = (
    "window.__alerts = [];"
    "window.alert = function (m) { window.__alerts.push(String(m)); };"
    "window.confirm = window.prompt = window.alert;"
    "window.__modals = [];"
    "(function (show) {"
    "  HTMLDialogElement.prototype.showModal = function () {"
    "    window.__modals.push(this.id); return show.call(this); };"
    "})(HTMLDialogElement.prototype.showModal);"
)


def _binary(name: str, *fallbacks: str) -> str | None:
    for candidate in (f"/usr/bin/{name}", *fallbacks):
        if Path(candidate).is_file():
            return candidate
    return shutil.which(name)


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


@pytest.fixture(scope="session")
def web_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of seeds/ plus the `<script>` document, built once per session by the real CLI."""
    base = tmp_path_factory.mktemp("web")
    docs = base / "docs"
    docs.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(seed, docs / seed.name)
    (docs / "zz_script_probe.txt").write_text(XSS_DOC, encoding="utf-8")
    (docs / "paper.pdf").write_bytes(pdf_bytes(PDF_PAGES))  # citations of it show their page
    return index_folder(docs, base / "index")


@pytest.fixture(scope="module")
def index_dir(browsers: tuple[str, str], web_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of ``web_index`` for one module's servers: a module's uploads and deletions stay its
    own."""
    target = tmp_path_factory.mktemp("web-module") / "index"
    shutil.copytree(web_index, target)
    return target


@pytest.fixture(scope="module")
def base_url(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server without API keys."""
    with serve_index(index_dir, tmp_path_factory.mktemp("server"), {}) as url:
        yield url


@pytest.fixture(scope="module")
def keyed_url(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with a read-only API key that reads need too (CITEQA_READ_REQUIRES_KEY=true)."""
    env = {"CITEQA_API_KEYS": f"{API_KEY}:ro", "CITEQA_READ_REQUIRES_KEY": "true"}
    with serve_index(index_dir, tmp_path_factory.mktemp("server-keyed"), env) as url:
        yield url


@pytest.fixture(scope="module")
def keyed_reads_free_url(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with an API key for writes whose reads need none."""
    env = {"CITEQA_API_KEYS": f"{API_KEY}:rw", "CITEQA_READ_REQUIRES_KEY": "false"}
    with serve_index(index_dir, tmp_path_factory.mktemp("server-reads-free"), env) as url:
        yield url


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
    answer: dict[str, Any] = ui.fetch_ok(f"{base_url}/ask", {"question": QUESTION, "top_k": 5})
    return answer
