"""Spreadsheets (.xlsx through openpyxl, .xls through xlrd) read as .docx tables are: a row one line, its
cells joined by `` | `` under the table's header row, so a figure is answered with the column name that holds
its unit (补贴标准（万元）).

Workbooks are built here with openpyxl. Three fixtures could not be: subsidies.xls and subsidies-calc.xlsx
were written by LibreOffice 7.4 from ``subsidies_workbook()`` saved as .xlsx (`soffice --headless
--convert-to xls:"MS Excel 97"` and `--convert-to xlsx:"Calc MS Excel 2007 XML"`; Calc computes the 合计
formula and stores its value, which openpyxl does not), and encrypted.xlsx is that .xlsx encrypted with the
password "secret" by msoffcrypto-tool 6.1.0 (`OOXMLFile(src).encrypt("secret", out)`).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import httpx
import openpyxl
import pytest

from indexer.decode import DocumentError
from indexer.ingest import ingest_bytes
from indexer.load import extract
from indexer.settings import DEFAULTS
from indexer.spreadsheet import cell_text
from indexer.worddoc import DocumentTooLarge
from tests.conftest import CITEQA, Server, serving

FIXTURES = Path(__file__).parent / "fixtures"
CSRF = {"X-Requested-With": "test"}

# subsidies_workbook() as text; the fixtures LibreOffice wrote from it hold the 合计 row's sum too
SUBSIDIES = [
    "2025年稳岗返还企业名单",  # the merged title row: a caption line
    "单位：万元",
    "序号 | 企业名称 | 补贴标准（万元） | 补贴比例 | 拨付日期",  # the empty column C is gone
    "1 | 甲公司 | 15 | 15% | 2025年3月1日",
    "2 | 乙公司 | 2.5 | 30% | 2025年3月2日",
    "3 | 丙公司 | — | — | —",  # empty cells keep the others under their columns
]
SUBSIDIES_TAIL = ["说明", "项目 | 内容", "申报时间 | 2025年4月30日前"]  # the hidden sheet 代码表 is left out


def subsidies_workbook() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "补贴标准"
    sheet["A1"] = "2025年稳岗返还企业名单"
    sheet.merge_cells("A1:F1")
    sheet["F2"] = "单位：万元"
    sheet.append(["序号", "企业名称", None, "补贴标准（万元）", "补贴比例", "拨付日期"])
    sheet.append([1, "甲公司", None, 15, 0.15, dt.datetime(2025, 3, 1)])
    sheet.append([2, "乙公司", None, 2.5, 0.3, dt.datetime(2025, 3, 2)])
    sheet.append([3, "丙公司", None, None, None, None])
    sheet.append(["合计", None, None, "=SUM(D4:D6)", None, None])
    for row in (4, 5, 6):
        sheet.cell(row, 5).number_format = "0%"
        sheet.cell(row, 6).number_format = "yyyy-mm-dd"
    hidden = book.create_sheet("代码表")
    hidden.append(["甲", "乙"])
    hidden.sheet_state = "hidden"
    notes = book.create_sheet("说明")
    notes.append(["项目", "内容"])
    notes.append(["申报时间", "2025年4月30日前"])
    return book


def xlsx(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sheet_of(rows: list[list[object]], title: str | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if title is not None:
        book.properties.title = title
    return xlsx(book)


# ------------------------------------------------------------------------------------------- the text


def test_a_workbook_reads_as_caption_header_and_rows() -> None:
    got = extract(xlsx(subsidies_workbook()), ".xlsx", name="附件1.xlsx")
    # the 合计 formula has no value here: openpyxl writes no cached results, and data_only reads only those
    assert got.text.split("\n") == [*SUBSIDIES, "合计", *SUBSIDIES_TAIL]
    assert (got.title, got.navigation) == (None, False)


@pytest.mark.parametrize(("fixture", "suffix"), [("subsidies.xls", ".xls"), ("subsidies-calc.xlsx", ".xlsx")])
def test_what_excel_and_calc_write_reads_the_same_with_formula_values(fixture: str, suffix: str) -> None:
    got = extract((FIXTURES / fixture).read_bytes(), suffix, name=fixture)
    assert got.text.split("\n") == [*SUBSIDIES, "合计 | — | 17.5 | — | —", *SUBSIDIES_TAIL]


@pytest.mark.parametrize(
    ("value", "percent", "written"),
    [
        (1500, False, "1500"),
        (1500.0, False, "1500"),
        (0.1 + 0.2, False, "0.3"),  # 15 significant digits, as Excel shows it
        (0.125, True, "12.5%"),
        (dt.datetime(2025, 3, 1), False, "2025年3月1日"),
        (dt.datetime(2025, 3, 1, 14, 30), False, "2025年3月1日 14:30"),
        (dt.date(2025, 12, 31), False, "2025年12月31日"),
        (dt.time(9, 0), False, "9:00"),
        (True, False, "TRUE"),
        (
            "  甲公司\n（分公司） ",
            False,
            "甲公司 （分公司）",
        ),  # a line break in a cell: the row stays one line
        ("A | B", False, "A ｜ B"),  # a bar of the cell's own is no cell boundary
        (None, False, ""),
    ],
)
def test_cells_are_written_as_people_write_them(value: object, percent: bool, written: str) -> None:
    assert cell_text(value, percent) == written


def test_a_sheet_opening_with_its_header_is_led_by_the_workbook_title() -> None:
    # cleaning takes a document's first short line as its title: a header taken so would leave its table
    rows: list[list[object]] = [["类别", "补贴标准（万元）"], ["A类", 150]]
    assert extract(sheet_of(rows), ".xlsx", name="docs/附件2 补贴标准表.xlsx").text == (
        "附件2 补贴标准表\n类别 | 补贴标准（万元）\nA类 | 150"
    )
    titled = extract(sheet_of(rows, title="人才补贴标准"), ".xlsx", name="x.xlsx")
    assert (titled.text.split("\n")[0], titled.title) == ("人才补贴标准", "人才补贴标准")
    prepared = ingest_bytes("附件2 补贴标准表.xlsx", sheet_of(rows), DEFAULTS)
    assert (prepared.meta.title, prepared.text) == (
        "附件2 补贴标准表",
        "附件2 补贴标准表\n类别 | 补贴标准（万元）\nA类 | 150",
    )


def test_sheets_tables_and_notes_are_laid_out_as_a_reader_sees_them() -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.append(["地区", "编制（个）"])
    first.append(["运城市", 150])
    first.append(["一、县区"])  # a section row inside the table: a row of it
    first.append(["绛县", 20])
    first.append(["注：编制数为2025年核定数。"])  # after the last row: a line of its own
    first.append([])
    first.append([])
    first.append(["表二 人才公寓"])  # after empty rows: the caption of the next table
    first.append(["区县", "套数"])
    first.append(["綦江区", 2112])
    second = book.create_sheet("Sheet2")  # a default name heads nothing
    second.append(["项目", "内容"])
    second.append(["截止日期", dt.date(2025, 4, 30)])
    book.create_sheet("空表")  # an empty sheet is left out
    assert extract(xlsx(book), ".xlsx", name="人才编制.xlsx").text.split("\n") == [
        "人才编制",  # the workbook opens with a header: its name leads
        "地区 | 编制（个）",
        "运城市 | 150",
        "一、县区 | —",
        "绛县 | 20",
        "注：编制数为2025年核定数。",
        "表二 人才公寓",
        "区县 | 套数",
        "綦江区 | 2112",
        "项目 | 内容",
        "截止日期 | 2025年4月30日",
    ]


# ----------------------------------------------------------------------------------- refused, clearly


def _zip(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return buffer.getvalue()


ENCRYPTED = "is encrypted (password-protected); save it without a password and upload again"
XLSX, XLS = (
    "is not a readable .xlsx file ({}); re-save it from Excel or upload text",
    "is not a readable .xls file",
)
LOCKED = (FIXTURES / "encrypted.xlsx").read_bytes()


@pytest.mark.parametrize(
    ("data", "suffix", "reason"),
    [
        (b"\x00\x01 not a workbook", ".xlsx", XLSX.format("File is not a zip file")),
        (
            _zip({"a.txt": "附件"}),
            ".xlsx",
            XLSX.format("There is no item named '[Content_Types].xml' in the archive"),
        ),
        (LOCKED, ".xlsx", ENCRYPTED),
        (LOCKED, ".xls", ENCRYPTED),
        (
            b"garbage that is no workbook",
            ".xls",
            f"{XLS} (Unsupported format, or corrupt file: Expected BOF record; found b'garbage '); "
            "re-save it from Excel or upload text",
        ),
        (
            (FIXTURES / "subsidies.xls").read_bytes()[:3000],
            ".xls",
            f"{XLS} (its structure is damaged); re-save it from Excel or upload text",
        ),
        (sheet_of([]), ".xlsx", "has no filled cells; nothing to index"),
    ],
    ids=["not a zip", "another zip", "encrypted", "encrypted .xls", "not OLE", "cut", "empty"],
)
def test_a_workbook_that_cannot_be_read_is_one_clear_error(data: bytes, suffix: str, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        extract(data, suffix, name="名单" + suffix)
    assert (caught.value.name, caught.value.reason) == ("名单" + suffix, reason)


@pytest.mark.parametrize("fixture", ["subsidies.xls", "subsidies-calc.xlsx"])
def test_damaged_bytes_are_read_or_refused_in_one_clear_error(fixture: str) -> None:
    # (a damaged zip's "zip file version 23.9" had escaped as NotImplementedError)
    base = (FIXTURES / fixture).read_bytes()
    suffix = Path(fixture).suffix
    rng = random.Random(7)
    outcomes = {"read": 0, "refused": 0}
    for _ in range(200):
        data = bytearray(base)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            extract(bytes(data[: rng.randrange(len(data))] if rng.random() < 0.2 else data), suffix, name="x")
            outcomes["read"] += 1
        except DocumentError as e:
            assert str(e).startswith("x: ")
            outcomes["refused"] += 1
    assert outcomes["read"] > 0 and outcomes["refused"] > 0


def test_a_file_under_another_workbook_name_is_read_as_what_it_is() -> None:
    document = docx.Document()
    document.add_paragraph("这是一份另存为xlsx的Word通知。")
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract(buffer.getvalue(), ".xlsx", name="通知.xlsx").text == "这是一份另存为xlsx的Word通知。"
    assert extract(xlsx(subsidies_workbook()), ".xls", name="名单.xls").text.startswith(SUBSIDIES[0])
    page = "<html><body><table><tr><td>企业</td><td>金额（元）</td></tr><tr><td>甲</td><td>1500</td></tr>"
    assert extract(page.encode(), ".xls", name="导出.xls").text == "企业 | 金额（元）\n甲 | 1500"
    xls = (FIXTURES / "subsidies.xls").read_bytes()
    assert extract(xls, ".xlsx", name="名单.xlsx").text.split("\n")[:3] == SUBSIDIES[:3]


def test_a_workbook_past_the_bounds_is_refused_before_it_is_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows: list[list[object]] = [["序号", "企业"], *([i, f"公司{i}"] for i in range(1, 40))]
    monkeypatch.setattr("indexer.sheetlayout.MAX_CELLS", 50)
    with pytest.raises(
        DocumentTooLarge, match=r"^名单\.xlsx: has more than 50 filled cells; split it or upload"
    ):
        extract(sheet_of(rows), ".xlsx", name="名单.xlsx")
    monkeypatch.setattr("indexer.sheetlayout.MAX_CELLS", 1_000_000)
    monkeypatch.setattr("indexer.load.MAX_TEXT_CHARS", 100)
    with pytest.raises(DocumentTooLarge, match=r"^名单\.xls: has more than 100 characters; split it$"):
        extract((FIXTURES / "subsidies.xls").read_bytes(), ".xls", name="名单.xls")
    bomb = _zip({"[Content_Types].xml": "", "xl/worksheets/sheet1.xml": "<c/>" * (1 << 19)})
    with pytest.raises(DocumentTooLarge, match="the mark of a decompression bomb; upload its text instead"):
        extract(bomb, ".xlsx", name="bomb.xlsx")


# ---------------------------------------------------------------------- indexed and asked, for real

STANDARDS = [
    ["人才类别", "认定范围", "安家补贴（万元）", "发放方式"],
    ["A类", "国内外顶尖人才", 300, "分5年发放"],
    ["B类", "国家级领军人才", 150, "分5年发放"],
    ["C类", "省级领军人才", 80, "分3年发放"],
    ["D类", "市级高层次人才", 40, "分3年发放"],
]
COMPANIES = [("运城市恒达机械有限公司", 35), ("运城市鑫源食品有限公司", 12), ("运城市博远物流有限公司", 58)]


def standards_workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "补贴标准"
    sheet["A1"] = "德清县2025年高层次人才安家补贴标准"
    sheet.merge_cells("A1:D1")
    for row in STANDARDS:
        sheet.append(row)
    return xlsx(book)


def companies_workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "2025年稳岗返还企业名单"
    sheet.merge_cells("A1:E1")
    sheet.append(["序号", "企业名称", "参保人数", "返还金额（元）", "拨付日期"])
    for i, (company, insured) in enumerate(COMPANIES, 1):
        sheet.append([i, company, insured, insured * 1500, dt.datetime(2025, 3, i)])
    return xlsx(book)


def ask(index: Path, question: str) -> dict[str, object]:
    done = subprocess.run(
        [CITEQA, "ask", question, "--index", str(index), "--json"], check=True, capture_output=True, text=True
    )
    body: dict[str, object] = json.loads(done.stdout)
    return body


def quotes(body: dict[str, object]) -> list[tuple[str, str]]:
    citations = body["citations"]
    assert isinstance(citations, list)
    return [(c["title"], c["quote"]) for c in citations]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sheets")
    (folder / "附件1 安家补贴标准表.xlsx").write_bytes(standards_workbook())
    (folder / "附件2 稳岗返还企业名单.xls").write_bytes((FIXTURES / "subsidies.xls").read_bytes())
    (folder / "附件3 企业名单.xlsx").write_bytes(companies_workbook())
    (folder / "损坏的名单.xlsx").write_bytes(b"PK\x03\x04 cut short")
    where = tmp_path_factory.mktemp("sheets-index") / "index"
    done = subprocess.run(
        [CITEQA, "index", str(folder), "--index", str(where)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    # the damaged workbook is one line, skipped; the others indexed
    assert [line for line in done.stderr.splitlines() if "损坏" in line or "Traceback" in line] == [
        f"skipped {folder}/损坏的名单.xlsx: is not a readable .xlsx file (File is not a zip file); "
        "re-save it from Excel or upload text"
    ]
    assert "3 documents" in done.stdout + done.stderr
    return where


def test_a_figure_is_answered_with_the_column_name_holding_its_unit(index: Path) -> None:
    body = ask(index, "B类人才的安家补贴是多少？")
    assert body["answerable"] is True
    title = "德清县2025年高层次人才安家补贴标准"
    assert quotes(body) == [
        (title, "人才类别 | 认定范围 | 安家补贴（万元） | 发放方式"),
        (title, "B类 | 国家级领军人才 | 150 | 分5年发放"),
    ]
    assert body["answer"] == (
        "人才类别 | 认定范围 | 安家补贴（万元） | 发放方式[1];B类 | 国家级领军人才 | 150 | 分5年发放[2]。"
    )


def test_a_row_of_a_list_is_found_by_its_name(index: Path) -> None:
    body = ask(index, "运城市鑫源食品有限公司的稳岗返还金额是多少？")
    assert body["answerable"] is True
    title = "2025年稳岗返还企业名单"
    assert quotes(body) == [
        (title, "序号 | 企业名称 | 参保人数 | 返还金额（元） | 拨付日期"),
        (title, "2 | 运城市鑫源食品有限公司 | 12 | 18000 | 2025年3月2日"),
    ]


def test_an_xls_is_asked_like_any_document(index: Path) -> None:
    body = ask(index, "乙公司的补贴比例是多少？")
    assert body["answerable"] is True
    assert ("2025年稳岗返还企业名单", "2 | 乙公司 | 2.5 | 30% | 2025年3月2日") in quotes(body)


# ------------------------------------------------------------------------------------ uploaded over HTTP


@pytest.fixture(scope="module")
def server(seed_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with serving(seed_index, tmp_path_factory.mktemp("sheet-uploads")) as running:
        yield running


def test_workbooks_are_uploaded_and_a_broken_one_is_refused_422(server: Server) -> None:
    xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sent = [
        ("file", ("安家补贴标准表.xlsx", standards_workbook(), xlsx_type)),
        ("file", ("稳岗返还名单.xls", (FIXTURES / "subsidies.xls").read_bytes(), "application/vnd.ms-excel")),
        ("file", ("加密的名单.xlsx", (FIXTURES / "encrypted.xlsx").read_bytes(), xlsx_type)),
        ("file", ("坏表.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 cut", "application/octet-stream")),
    ]
    response = httpx.post(server.url + "/documents", files=sent, headers=CSRF, timeout=300)
    assert response.status_code == 207, response.text
    results = response.json()["results"]
    assert [(r["file"], r["status"], r["outcome"]) for r in results] == [
        ("安家补贴标准表.xlsx", 201, "added"),
        ("稳岗返还名单.xls", 201, "added"),
        ("加密的名单.xlsx", 422, None),
        ("坏表.xls", 422, None),
    ]
    assert [r["error"] for r in results[2:]] == [
        {
            "code": "unreadable",
            "message": "加密的名单.xlsx: is encrypted (password-protected); save it without a password and "
            "upload again",
        },
        {
            "code": "unreadable",
            "message": "坏表.xls: is not a readable .xls file (its container is damaged or cut short); "
            "re-save it from Excel or upload text",
        },
    ]
    title = results[0]["document"]["title"]
    assert title == "德清县2025年高层次人才安家补贴标准"
    answer = httpx.post(
        server.url + "/ask", json={"question": "德清县B类人才安家补贴多少万元？"}, timeout=120
    )
    assert answer.status_code == 200, answer.text
    assert [(c["title"], c["quote"]) for c in answer.json()["citations"]] == [
        (title, "人才类别 | 认定范围 | 安家补贴（万元） | 发放方式"),
        (title, "B类 | 国家级领军人才 | 150 | 分5年发放"),
    ]
    doc_id = results[1]["document"]["doc_id"]
    text = httpx.get(server.url + f"/documents/{doc_id}", timeout=60).json()["text"]
    assert text.split("\n")[:3] == SUBSIDIES[:3]


def test_a_cell_merged_down_a_two_row_header_stands_in_each_row() -> None:
    """序号 merged over two header rows had left the second row's first cells empty (— | — | 数量（辆） |
    金额（万元）), so no row's figure was read under a column naming it whole (eval/policy24 n14, blind)."""
    book = openpyxl.Workbook()
    ws = book.active
    for row in (
        ["序号", "补贴类别", "本批发放", None],
        [None, None, "数量（辆）", "金额（万元）"],
        [1, "购车补贴", 796, 237.1],
        ["合计", None, None, 257.6],
    ):
        ws.append(row)
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    ws.merge_cells("C1:D1")
    ws.merge_cells("A9:A10")
    out = io.BytesIO()
    book.save(out)
    # a merge reaching the sheet's last row, as Excel writes it (one mergeCell; openpyxl would make a million
    # cells to say so): past the sheet's rows there is nothing to fill
    saved = zipfile.ZipFile(out)
    whole = io.BytesIO()
    with zipfile.ZipFile(whole, "w") as package:
        for entry in saved.infolist():
            data = saved.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                assert b'<mergeCell ref="A9:A10"/>' in data
                data = data.replace(b'ref="A9:A10"', b'ref="A9:A1048576"')
            package.writestr(entry, data)
    assert extract(whole.getvalue(), ".xlsx", name="汇总表.xlsx").text.split("\n") == [
        "汇总表",
        "序号 | 补贴类别 | 本批发放 | —",
        "序号 | 补贴类别 | 数量（辆） | 金额（万元）",
        "1 | 购车补贴 | 796 | 237.1",
        "合计 | — | — | 257.6",
    ]
