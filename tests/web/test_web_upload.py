"""The page's library: adding files (the button, and files dropped on the page), deleting documents, the
search filters it offers, and an empty library. Headless Chromium against the real `citeqa serve` of an index
the real CLI built from three of seeds/; uploads and deletions go through the real API, and the page is
checked against exact values and against what the same server's JSON API says."""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.web import ui
from tests.web.server import index_folder, serve_index
from tests.web.ui import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TIANQIAO = "000_b2aa1ed1528afdcc"  # 山东省济南市天桥区
YUNCHENG = "001_23f8d249a03d504e"  # 山西省运城市: 厚植人才沃土 赋能高质量发展
YANHU = "003_dd92aab7b1df29c9"  # 山西省运城市盐湖区
YUNCHENG_TITLE = "厚植人才沃土 赋能高质量发展"
YANHU_TITLE = "省校合作搭平臺 人才助力促發展 鹽湖區委書記 張建軍"
SEEDED = (TIANQIAO, YUNCHENG, YANHU)
# Uploads of more bytes than this are answered 202 and indexed by a job the page follows (GET /jobs/{id}).
ASYNC_BYTES = 13_000  # above the largest seed (12,221 bytes): only qinghe.txt becomes a job

STELLAR = "星河区人才工作通知\n星河区设立人才编制周转池，拿出60个事业编制用于引进急需紧缺人才。\n"
QINGHE_TITLE = "青禾县人才安居办法"
IMG = "<img src=x onerror=alert(9)>"


def qinghe_text() -> str:
    """A document of more than ASYNC_BYTES bytes (its upload becomes a job)."""
    rules = (
        f"第{i}条 引进的第{i}类人才可申请人才公寓，租金按市场价的{i % 9 + 1}成收取，最长租住{i % 5 + 1}年，"
        f"期满经考核合格的可续租一次，编号QH{i:04d}。"
        for i in range(1, 90)
    )
    text = QINGHE_TITLE + "\n" + "\n".join(rules) + "\n"
    assert len(text.encode("utf-8")) > ASYNC_BYTES
    assert max((ROOT / "seeds" / f"{doc_id}.txt").stat().st_size for doc_id in SEEDED) < ASYNC_BYTES
    return text


@pytest.fixture(scope="module")
def library_index(browsers: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of three seeds (two regions of 山西省运城市, one of 济南市), built by the real CLI."""
    base = tmp_path_factory.mktemp("library")
    docs = base / "docs"
    docs.mkdir()
    for doc_id in SEEDED:
        shutil.copyfile(ROOT / "seeds" / f"{doc_id}.txt", docs / f"{doc_id}.txt")
    return index_folder(docs, base / "index")


@pytest.fixture(scope="module")
def library_url(library_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server of a copy of the index (the tests add and delete documents)."""
    copy = tmp_path_factory.mktemp("library-served") / "index"
    shutil.copytree(library_index, copy)
    env = {"CITEQA_ASYNC_UPLOAD_BYTES": str(ASYNC_BYTES)}
    with serve_index(copy, tmp_path_factory.mktemp("server-library"), env) as url:
        yield url


@pytest.fixture(scope="module")
def empty_url(library_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server whose index has had every document deleted."""
    copy = tmp_path_factory.mktemp("empty-served") / "index"
    shutil.copytree(library_index, copy)
    with serve_index(copy, tmp_path_factory.mktemp("server-empty"), {}) as url:
        for doc_id in SEEDED:
            assert delete(url, doc_id) == 200
        assert documents(url) == []
        yield url


def documents(url: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = ui.fetch_ok(f"{url}/documents")["documents"]
    return found


def delete(url: str, doc_id: str) -> int:
    request = urllib.request.Request(f"{url}/documents/{doc_id}", method="DELETE")
    try:
        with urllib.request.urlopen(request, timeout=ui.WAIT) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        with err:
            return int(err.code)


def put_document(url: str, doc_id: str, title: str) -> None:
    text = f"{title}\n这是网页删除功能的测试文件，编号{doc_id}。\n"
    status, body = ui.call_api(f"{url}/documents", {"doc_id": doc_id, "title": title, "text": text})
    assert status == 201, body


def library_titles(driver: webdriver.Chrome) -> list[str]:
    return [ui.text(t) for t in driver.find_elements(By.CSS_SELECTOR, "#doc-list .doc-link-title")]


def open_library(driver: webdriver.Chrome, url: str, count: int) -> None:
    """The page, once its library lists `count` documents."""
    ui.open_page(driver, url)
    ui.wait(driver, lambda d: ui.text(d.find_element(By.ID, "doc-count")) == f"{count} 篇")


JOB_WAIT = 300  # seconds an upload's job may take to settle


def settled_batch(driver: webdriver.Chrome) -> dict[str, Any]:
    """The newest upload report once every file has its result: its head and (file, outcome, detail) rows."""

    def done(d: webdriver.Chrome) -> dict[str, Any] | None:
        batches = d.find_elements(By.CSS_SELECTOR, "#upload-report .upload-batch")
        if not batches:
            return None
        head = ui.text(batches[0].find_element(By.CSS_SELECTOR, ".batch-head"))
        if not head.startswith(("上传完成", "上传失败")):
            return None
        rows = []
        for li in batches[0].find_elements(By.CSS_SELECTOR, ".batch-files li"):
            if "pending" in str(li.get_attribute("class")):
                return None
            detail = li.find_elements(By.CSS_SELECTOR, ".file-detail")
            rows.append(
                (
                    ui.text(li.find_element(By.CSS_SELECTOR, ".file-name")),
                    ui.text(li.find_element(By.CSS_SELECTOR, ".file-outcome")),
                    ui.text(detail[0]) if detail else None,
                )
            )
        return {"head": head, "rows": rows}

    # (a job embeds its document's passages and sentences: on a loaded 2-core machine that outlasts ui.WAIT)
    batch: dict[str, Any] = ui.wait(driver, done, JOB_WAIT)
    return batch


def test_files_are_uploaded_with_a_result_each_and_the_library_is_read_again(
    driver: webdriver.Chrome, library_url: str, tmp_path: Path
) -> None:
    new = tmp_path / "xinghe.txt"
    new.write_text(STELLAR, encoding="utf-8")
    copy = tmp_path / "yuncheng-copy.txt"  # seed 001's bytes under another name: a duplicate
    shutil.copyfile(ROOT / "seeds" / f"{YUNCHENG}.txt", copy)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    markup = tmp_path / f"{IMG}.png"  # a file name that is markup, echoed in the server's refusal
    markup.write_bytes(b"\x89PNG\r\n\x1a\n")

    open_library(driver, library_url, 3)
    picker = driver.find_element(By.ID, "upload-input")
    picker.send_keys("\n".join(str(p) for p in (new, copy, empty, markup)))

    batch = settled_batch(driver)
    assert batch["head"] == "上传完成（4 个文件）：新增 1，重复或未变 1，未收录 2。"
    assert batch["rows"] == [
        ("xinghe.txt", "已添加", "《星河区人才工作通知》 · 未注明地区 · 1 段"),
        ("yuncheng-copy.txt", "重复，未再收录", f"与文库中的《{YUNCHENG_TITLE}》内容相同"),
        ("empty.txt", "未收录", "empty.txt: is empty; nothing to index"),
        (
            f"{IMG}.png",
            "未收录",
            f"{IMG}.png: unsupported file type; supported: .txt, .md, .html, .htm, .docx, .doc, .wps, .pdf, "
            ".xlsx, .xls, .csv, .mht, .mhtml, .rtf, .pptx, .ofd, .odt, .eml, .json, .ods, .tsv, .xml, .epub, "
            ".odp, .webarchive, .srt, .vtt, .et, .xps, .oxps, .shtml, .shtm, .xhtml, .aspx, .asp, .jsp, "
            ".php, .jhtml, .do, .action, .cfm, .nsf, .docm, .dotx, .dotm, .xlsm, .xltx, .xltm, .pptm, .ppsx, "
            ".ppsm, .potx, .potm, .msg, .ppt, .pps, .pot, .dps, .fodt, .fods, .fodp, .xlsb, .geojson, .svg, "
            ".uof, .uot, .uos, .uop, .vcf, .odg, .mbox, .ott, .ots, .otp, .otg, .rss, .atom, .ass, .ssa"
            ", .sxw, .stw, .sxc, .stc, .sxi, .sti, .sxd, .std, .ttml, .dfxp, .kml, .kmz, .lrc, .gpx"
            ", .xlf, .xliff, .sbv, .smi, .sami, .opml, .ipynb, .xmind, .mm, .vsdx, .yaml, .yml, .tmx"
            ", .enex, .warc, .warc.gz, .har, .po, .tex, .sql, .ics, .dbf, .db, .sqlite, .sqlite3, .rst"
            ", .jsonl, .ndjson, .emlx, .fb2, .gnumeric, .adoc, .asciidoc"
            ", .org, .wiki, .mediawiki, .toml, .gz, .ris, .bib"
            ", .drawio, .km, .properties, .plist, .dbk, .docbook, .bz2, .xz",
        ),
    ]
    assert driver.find_elements(By.CSS_SELECTOR, "img") == []
    assert driver.execute_script("return window.__alerts;") == []
    # the library is read again: the new document is in it, the duplicate is not added a second time
    listed = documents(library_url)
    assert [d["doc_id"] for d in listed] == [*SEEDED, "xinghe"]
    ui.wait(driver, lambda d: ui.text(d.find_element(By.ID, "doc-count")) == "4 篇")
    assert library_titles(driver) == [d["title"] or d["doc_id"] for d in listed]
    # … and the document filter offers it
    offered = [ui.text(o) for o in Select(driver.find_element(By.ID, "f-doc")).options]
    assert offered == ["全部文件", *(d["title"] or d["doc_id"] for d in listed)]

    # the new document opens from its result
    driver.find_element(By.CSS_SELECTOR, "#upload-report .file-doc").click()
    ui.wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#doc-view[open] .doc-text"))
    assert ui.text(driver.find_element(By.CSS_SELECTOR, "#doc-body .doc-text")) == STELLAR.strip()
    driver.find_element(By.ID, "doc-close").click()
    assert ui.console_errors(driver) == []
    assert delete(library_url, "xinghe") == 200


def test_a_dropped_file_is_uploaded_through_a_job_and_the_page_keeps_its_state(
    driver: webdriver.Chrome, library_url: str, tmp_path: Path
) -> None:
    big = tmp_path / "qinghe.txt"
    big.write_text(qinghe_text(), encoding="utf-8")
    open_library(driver, library_url, 3)
    hits = [h.get_attribute("data-passage-id") for h in ui.search(driver, "人才", "bm25")]
    assert hits
    url = driver.current_url

    # a real drag of a file from outside the browser, dropped on the results
    center = driver.execute_script(
        "const r = document.getElementById('results').getBoundingClientRect();"
        "return [r.left + r.width / 2, r.top + Math.min(r.height / 2, 200)];"
    )
    data = {"items": [], "files": [str(big)], "dragOperationsMask": 1}
    for kind in ("dragEnter", "dragOver"):
        driver.execute_cdp_cmd(
            "Input.dispatchDragEvent", {"type": kind, "x": center[0], "y": center[1], "data": data}
        )
    assert driver.find_element(By.ID, "drop-overlay").is_displayed()
    driver.execute_cdp_cmd(
        "Input.dispatchDragEvent", {"type": "drop", "x": center[0], "y": center[1], "data": data}
    )

    batch = settled_batch(driver)
    held = next(d for d in documents(library_url) if d["doc_id"] == "qinghe")
    assert held["title"] == QINGHE_TITLE
    assert batch["head"] == "上传完成（1 个文件）：新增 1。"
    assert batch["rows"] == [
        ("qinghe.txt", "已添加", f"《{QINGHE_TITLE}》 · 未注明地区 · {held['passages']} 段")
    ]
    # it went the job's way: accepted with 202, then followed at /jobs/{id}
    polled = driver.execute_script(
        "return performance.getEntriesByType('resource').filter((e) => /\\/jobs\\/j/.test(e.name)).length;"
    )
    assert polled >= 1
    # the page is still the page: same URL, question and hits; nothing was opened in its place
    assert driver.current_url == url
    assert driver.find_element(By.ID, "q").get_property("value") == "人才"
    assert [
        h.get_attribute("data-passage-id") for h in driver.find_elements(By.CSS_SELECTOR, "#results .hit")
    ] == hits
    assert not driver.find_element(By.ID, "drop-overlay").is_displayed()
    ui.wait(driver, lambda d: ui.text(d.find_element(By.ID, "doc-count")) == "4 篇")
    assert QINGHE_TITLE in library_titles(driver)
    assert ui.console_errors(driver) == []
    assert delete(library_url, "qinghe") == 200


def _entry(driver: webdriver.Chrome, doc_id: str) -> Any:
    found = driver.find_elements(By.CSS_SELECTOR, f'#doc-list li[data-doc-id="{doc_id}"]')
    return found[0] if found else None


def test_a_document_is_deleted_after_a_confirm_and_a_refusal_shows_the_servers_message(
    driver: webdriver.Chrome, library_url: str
) -> None:
    put_document(library_url, "web-delete-me", f"待删除的测试文件{IMG}")
    put_document(library_url, "web-gone", "已在别处删除的文件")
    open_library(driver, library_url, 5)
    driver.find_element(By.CSS_SELECTOR, "#library summary").click()

    entry = _entry(driver, "web-delete-me")
    button = entry.find_element(By.CSS_SELECTOR, ".doc-delete")
    assert button.get_attribute("aria-label") == f"删除《待删除的测试文件{IMG}》"
    button.click()
    confirm = entry.find_element(By.CSS_SELECTOR, ".doc-confirm")
    assert ui.text(confirm.find_element(By.CSS_SELECTOR, ".confirm-text")) == (
        f"从文库中删除《待删除的测试文件{IMG}》？删除后不能恢复，需重新上传。"
    )
    # 取消: nothing is sent, the entry is back
    confirm.find_element(By.CSS_SELECTOR, ".cancel-delete").click()
    assert entry.find_elements(By.CSS_SELECTOR, ".doc-confirm") == []
    assert "web-delete-me" in [d["doc_id"] for d in documents(library_url)]

    entry.find_element(By.CSS_SELECTOR, ".doc-delete").click()
    entry.find_element(By.CSS_SELECTOR, ".confirm-delete").click()
    ui.wait(driver, lambda d: _entry(d, "web-delete-me") is None)
    assert ui.text(driver.find_element(By.ID, "library-status")) == f"已删除《待删除的测试文件{IMG}》。"
    assert ui.text(driver.find_element(By.ID, "doc-count")) == "4 篇"
    assert ui.call_api(f"{library_url}/documents/web-delete-me")[0] == 404
    assert library_titles(driver) == [d["title"] for d in documents(library_url)]

    # deleted elsewhere meanwhile: the server refuses (404) and the page says what it said
    assert delete(library_url, "web-gone") == 200
    _entry(driver, "web-gone").find_element(By.CSS_SELECTOR, ".doc-delete").click()
    _entry(driver, "web-gone").find_element(By.CSS_SELECTOR, ".confirm-delete").click()
    ui.wait(driver, lambda d: "失败" in ui.text(d.find_element(By.ID, "library-status")))
    assert ui.text(driver.find_element(By.ID, "library-status")) == (
        "删除《已在别处删除的文件》失败：no document 'web-gone'; GET /documents lists them"
    )
    ui.wait(driver, lambda d: _entry(d, "web-gone") is None)  # the list was read again
    assert ui.text(driver.find_element(By.ID, "doc-count")) == "3 篇"
    assert all("404" in e for e in ui.console_errors(driver))  # only the refused DELETE's resource error
    assert driver.find_elements(By.CSS_SELECTOR, "img") == []
    assert driver.execute_script("return window.__alerts;") == []


def _hits(driver: webdriver.Chrome) -> list[tuple[str, str]]:
    return [
        (str(h.get_attribute("data-passage-id")), ui.text(h.find_element(By.CSS_SELECTOR, ".hit-title")))
        for h in driver.find_elements(By.CSS_SELECTOR, "#results .hit")
    ]


def _expected(url: str, filters: dict[str, str]) -> list[tuple[str, str]]:
    body = {"query": "人才", "top_k": 5, "mode": "bm25", "filters": filters}
    return [(r["passage_id"], r["title"]) for r in ui.fetch_ok(f"{url}/search", body)["results"]]


def _settled(driver: webdriver.Chrome, want: list[tuple[str, str]]) -> bool:
    busy = driver.find_element(By.ID, "results").get_attribute("aria-busy") == "true"
    return (
        not busy
        and bool(driver.find_elements(By.CSS_SELECTOR, "#results .hits-head"))
        and _hits(driver) == want
    )


def test_search_filters_by_region_and_document_and_the_url_keeps_them(
    driver: webdriver.Chrome, library_url: str
) -> None:
    by_region = _expected(library_url, {"region": "山西省运城市盐湖区"})
    by_doc = _expected(library_url, {"doc_id": YUNCHENG})
    assert [t for _, t in by_region] == [YANHU_TITLE] * 5
    assert [p.split(":")[0] for p, _ in by_region] == [YANHU] * 5
    assert [t for _, t in by_doc] == [YUNCHENG_TITLE] * 5
    assert [p.split(":")[0] for p, _ in by_doc] == [YUNCHENG] * 5

    open_library(driver, library_url, 3)
    region = driver.find_element(By.ID, "f-region")
    assert not region.is_displayed()  # /ask takes no filters: search mode shows them
    ui.select_mode(driver, "search")
    assert region.is_displayed()
    assert [ui.text(o) for o in Select(region).options] == [
        "全部地区",
        "山东省济南市天桥区",
        "山西省运城市",
        "山西省运城市盐湖区",
    ]
    Select(region).select_by_value("山西省运城市盐湖区")
    ui.search(driver, "人才", "bm25")
    ui.wait(driver, lambda d: _settled(d, by_region))
    assert (
        ui.text(driver.find_element(By.CSS_SELECTOR, "#results .filtered"))
        == "已筛选：地区「山西省运城市盐湖区」"
    )
    assert [
        ui.text(m).split(" · ")[0] for m in driver.find_elements(By.CSS_SELECTOR, "#results .hit .meta")
    ] == ["山西省运城市盐湖区"] * 5
    assert ui.url_params(driver) == {
        "mode": "search",
        "q": "人才",
        "retriever": "bm25",
        "top_k": "5",
        "region": "山西省运城市盐湖区",
    }

    # both filters: 盐湖区 and a document of 运城市 proper have no passage in common
    Select(driver.find_element(By.ID, "f-doc")).select_by_value(YUNCHENG)
    ui.wait(driver, lambda d: ui.url_params(d).get("doc") == YUNCHENG)
    ui.wait(driver, lambda d: _settled(d, []))
    assert (
        ui.text(driver.find_element(By.CSS_SELECTOR, "#results .empty"))
        == "没有匹配的段落。可放宽筛选条件再试。"
    )
    assert ui.text(driver.find_element(By.CSS_SELECTOR, "#results .filtered")) == (
        f"已筛选：地区「山西省运城市盐湖区」；文件《{YUNCHENG_TITLE}》"
    )
    Select(region).select_by_value("")
    ui.wait(driver, lambda d: _settled(d, by_doc))
    assert "region" not in ui.url_params(driver)

    # Back: both filters again, then the region alone; a reload keeps what the URL says
    driver.back()
    ui.wait(driver, lambda d: _settled(d, []))
    driver.back()
    ui.wait(driver, lambda d: _settled(d, by_region))
    assert Select(driver.find_element(By.ID, "f-doc")).first_selected_option.get_attribute("value") == ""
    driver.refresh()
    ui.wait(driver, lambda d: _settled(d, by_region))
    ui.wait(driver, lambda d: len(Select(d.find_element(By.ID, "f-region")).options) == 4)
    assert Select(driver.find_element(By.ID, "f-region")).first_selected_option.get_attribute("value") == (
        "山西省运城市盐湖区"
    )
    assert ui.console_errors(driver) == []


def test_an_empty_library_says_so_and_offers_the_upload_not_the_examples(
    driver: webdriver.Chrome, empty_url: str, tmp_path: Path
) -> None:
    open_library(driver, empty_url, 0)
    note = driver.find_element(By.ID, "empty-note")
    assert note.is_displayed()
    assert ui.text(note.find_element(By.CSS_SELECTOR, "h2")) == "文库为空"
    assert ui.text(note.find_element(By.CSS_SELECTOR, "p")) == (
        "还没有可以检索和问答的文件。请先添加文件（.txt .md .html .docx .doc .wps .pdf .xlsx .xls .csv "
        ".mht .rtf .pptx .ofd .odt .eml .json .ods .tsv .xml .epub .odp .webarchive .srt .vtt .et .xps "
        ".oxps .shtml .aspx .php .jsp .msg .ppt .xlsm .docm .xlsb .fodt .fods .geojson .svg .uof .vcf .odg "
        ".mbox .ott .rss .ass .sxw .ttml .kml .lrc .gpx .xlf .sbv .smi .opml .ipynb .xmind .mm .vsdx .yaml "
        ".yml .tmx .enex .warc .har .po .tex .sql .ics .dbf .db .sqlite .rst .jsonl .ndjson .emlx .fb2 "
        ".gnumeric .adoc .org .wiki .toml .gz .ris .bib .drawio .km .properties .plist .dbk .bz2 .xz"
        "，可一次选多个），或把文件拖到本页面上。"
    )
    assert ui.text(note.find_element(By.ID, "empty-upload")) == "添加文件"
    assert not driver.find_element(By.CSS_SELECTOR, ".examples").is_displayed()
    assert not driver.find_element(By.ID, "doc-details").is_displayed()

    new = tmp_path / "xinghe.txt"
    new.write_text(STELLAR, encoding="utf-8")
    driver.find_element(By.ID, "upload-input").send_keys(str(new))
    batch = settled_batch(driver)
    assert batch["rows"] == [("xinghe.txt", "已添加", "《星河区人才工作通知》 · 未注明地区 · 1 段")]
    ui.wait(driver, lambda d: ui.text(d.find_element(By.ID, "doc-count")) == "1 篇")
    assert not note.is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, ".examples").is_displayed()
    assert json.dumps([d["doc_id"] for d in documents(empty_url)]) == '["xinghe"]'
    assert ui.console_errors(driver) == []


CONTRAST = """
const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
const lum = (c) => {
  const [r, g, b] = rgb(c).map((v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const paper = getComputedStyle(document.body).backgroundColor;
return Array.from(document.querySelectorAll(arguments[0])).map((e) => {
  const [a, b] = [lum(getComputedStyle(e).color), lum(paper)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
});
"""


def test_the_question_box_is_named_by_its_label_and_the_counter_speaks_only_on_a_change(
    driver: webdriver.Chrome, library_url: str
) -> None:
    open_library(driver, library_url, 3)
    box = driver.find_element(By.ID, "q")
    assert box.accessible_name == "问题"  # the Enter hint is its description, not part of its name
    assert box.get_attribute("aria-describedby") == "q-hint q-count"
    count = driver.find_element(By.ID, "q-count")
    assert count.get_attribute("aria-live") is None
    live = driver.find_element(By.ID, "q-count-live")
    assert live.get_attribute("aria-live") == "polite"

    def typed(n: int) -> None:
        driver.execute_script(
            "const q = document.getElementById('q'); q.value = arguments[0];"
            "q.dispatchEvent(new Event('input', { bubbles: true }));",
            "人" * n,
        )

    typed(100)
    assert ui.text(live) == ""
    typed(950)
    assert ui.text(live) == "问题接近 1000 字的上限。"
    driver.execute_script("document.getElementById('q-count-live').textContent = 'read';")
    typed(960)  # another keystroke near the limit: nothing new to announce
    assert ui.text(live) == "read"
    typed(1001)
    assert ui.text(live) == "问题超过 1000 字的上限。"
    typed(10)
    assert ui.text(live) == ""

    # grey secondary text (hints, the counter, the library's meta) reads at 4.5:1 or more on the page
    ratios = driver.execute_script(CONTRAST, ".hint, .q-count, #doc-list .meta, .count")
    assert ratios and min(ratios) >= 4.5, ratios
