"""Excel binary workbooks (.xlsb, indexer/xlsb.py) read as an .xlsx of the same cells is.

There is no .xlsb writer in the venv: the workbooks are built here with a few lines of BIFF12 (as
eval/policy30/make_docs.py writes its 分配表): records of a type and a size in 7-bit varints, a cell's string
in the shared strings (BrtCellIsst) or its own (BrtCellSt, BrtCellRString), integers as RK numbers, other
figures as doubles, merged ranges, each sheet's state in the workbook's BrtBundleSh. The same cells are
written as an .xlsx by openpyxl, and the two must read the same.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest

from indexer.decode import DocumentError
from indexer.spreadsheet import read_xlsx
from indexer.worddoc import DocumentTooLarge
from indexer.xlsb import read_xlsb

SAMPLE = (
    Path(__file__).parent.parent
    / "eval/policy30/docs/贵州/赫章县/赫章县2026年学校体育场地开放补助资金分配表.xlsb"
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


class Error(str):
    """An error cell's value (#DIV/0!)."""


class Own(str):
    """A string kept in its cell (BrtCellSt), not in the shared strings."""


class Rich(str):
    """A string kept in its cell with formatting runs (BrtCellRString)."""


ERRORS = {"#DIV/0!": 0x07, "#N/A": 0x2A}


def record(kind: int, payload: bytes = b"") -> bytes:
    """A BIFF12 record: its type in one or two bytes of seven bits, its size in up to four, its payload."""
    head = bytes([kind]) if kind < 0x80 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size, n = b"", len(payload)
    while n >= 0x80:
        size += bytes([(n & 0x7F) | 0x80])
        n >>= 7
    return head + size + bytes([n]) + payload


def wide(text: str) -> bytes:
    """XLWideString: a count of UTF-16 code units, then the text."""
    data = text.encode("utf-16-le")
    return struct.pack("<I", len(data) // 2) + data


@dataclass
class Book:
    """Sheets of cells ((row, column) from 1 → value), as both .xlsb and .xlsx."""

    sheets: list[tuple[str, str, dict[tuple[int, int], object], list[str]]] = field(default_factory=list)
    title: str | None = None

    def sheet(
        self,
        name: str,
        cells: dict[tuple[int, int], object],
        merges: tuple[str, ...] = (),
        state: str = "visible",
    ) -> None:
        self.sheets.append((name, state, cells, list(merges)))

    def xlsx(self) -> bytes:
        book = openpyxl.Workbook()
        book.remove(book.worksheets[0])
        for name, state, cells, merges in self.sheets:
            ws = book.create_sheet(name)
            ws.sheet_state = state
            for (row, column), value in cells.items():
                ws.cell(row, column, str(value) if isinstance(value, str) else value)
            for merged in merges:
                ws.merge_cells(merged)
        book.properties.title = self.title
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    def xlsb(self, **parts: bytes | None) -> bytes:
        """The workbook's zip; ``parts`` replace ("xl/workbook.bin": b"…") or leave out (None) its parts."""
        strings: dict[str, int] = {}
        files: dict[str, bytes | None] = {}
        book = record(0x83) + record(0x8F)
        rels = []
        for i, (name, state, cells, merges) in enumerate(self.sheets, start=1):
            states = {"visible": 0, "hidden": 1, "veryHidden": 2}
            book += record(0x9C, struct.pack("<II", states[state], i) + wide(f"rId{i}") + wide(name))
            rels.append((f"rId{i}", "worksheet", f"worksheets/sheet{i}.bin"))
            files[f"xl/worksheets/sheet{i}.bin"] = sheet_bin(cells, merges, strings)
        book += record(0x90) + record(0x84)
        files["xl/workbook.bin"] = book
        sst = record(0x9F, struct.pack("<II", len(strings), len(strings)))
        sst += b"".join(record(0x13, b"\x00" + wide(s)) for s in strings) + record(0xA0)
        files["xl/sharedStrings.bin"] = sst
        rels.append((f"rId{len(rels) + 1}", "sharedStrings", "sharedStrings.bin"))
        files["xl/_rels/workbook.bin.rels"] = relationships(rels)
        files["_rels/.rels"] = relationships([("rId1", "officeDocument", "xl/workbook.bin")])
        if self.title:
            files["docProps/core.xml"] = (
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-'
                f'properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{self.title}</dc:title>'
                "</cp:coreProperties>"
            ).encode()
        files.update(parts)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, blob in files.items():
                if blob is not None:  # (a fixed time: xdist's workers must collect the same parameters)
                    archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), blob, zipfile.ZIP_DEFLATED)
        return buffer.getvalue()


def relationships(rels: list[tuple[str, str, str]]) -> bytes:
    return (
        f'<Relationships xmlns="{PKG}">'
        + "".join(
            f'<Relationship Id="{i}" Type="{REL}/{kind}" Target="{target}"/>' for i, kind, target in rels
        )
        + "</Relationships>"
    ).encode()


def sheet_bin(cells: dict[tuple[int, int], object], merges: list[str], strings: dict[str, int]) -> bytes:
    """A worksheet's records: BrtBeginSheet, BrtBeginSheetData, a BrtRowHdr before each row's cells, the
    merged ranges, BrtEndSheet."""
    out = record(0x81) + record(0x91)
    for row in sorted({r for r, _ in cells}):
        out += record(0x00, struct.pack("<IIHBBBI", row - 1, 0, 300, 0, 0, 0, 0))
        for (_, column), value in sorted((k, v) for k, v in cells.items() if k[0] == row):
            out += cell(column - 1, value, strings)
    out += record(0x92)
    if merges:
        out += record(0xB1, struct.pack("<I", len(merges)))
        for merged in merges:
            left, top, right, bottom = openpyxl.utils.cell.range_boundaries(merged)
            out += record(0xB0, struct.pack("<IIII", top - 1, bottom - 1, left - 1, right - 1))
        out += record(0xB2)
    return out + record(0x82)


def cell(column: int, value: object, strings: dict[str, int]) -> bytes:
    at = struct.pack("<II", column, 0)
    if isinstance(value, Error):
        return record(0x03, at + bytes([ERRORS[value]]))
    if isinstance(value, Own):
        return record(0x06, at + wide(value))
    if isinstance(value, Rich):
        return record(0x3E, at + b"\x00" + wide(value))
    if isinstance(value, str):
        return record(0x07, at + struct.pack("<I", strings.setdefault(value, len(strings))))
    if isinstance(value, bool):
        return record(0x04, at + bytes([value]))
    if isinstance(value, int):  # an RK number: the integer shifted, flagged as one
        return record(0x02, at + struct.pack("<I", (value << 2) | 0x02))
    assert isinstance(value, float)
    return record(0x05, at + struct.pack("<d", value))


def read(data: bytes, max_chars: int = 100_000) -> list[str]:
    return read_xlsb(data, "分配表.xlsb", max_chars)[0].split("\n")


def grants() -> Book:
    """A caption merged across, a two-row header with 序号 merged down, an empty column and row, figures of
    every kind; a second sheet, and a hidden one."""
    book = Book(title="补助资金分配表")
    book.sheet(
        "分配表",
        {
            (1, 1): "2026年补助资金分配表",
            (2, 1): "序号",
            (2, 2): "学校",
            (2, 4): "补助资金",
            (3, 2): Own("名称"),
            (3, 4): "金额（元）",
            (3, 5): "比例",
            (4, 1): 1,
            (4, 2): "第一中学",
            (4, 4): 30000.0,  # a double that is whole: 30000
            (4, 5): 0.6,  # no styles are read: a figure stays the number it is
            (6, 1): 2,
            (6, 2): Rich("第二中学"),
            (6, 4): 2.5,
            (6, 5): Error("#DIV/0!"),
            (7, 1): "合计",
            (7, 4): 30002.5,
            (7, 5): True,
            (8, 1): "注：2026年4月30日前拨付60%",
            (9, 1): 46142,  # a date's serial number, without its format: a number
        },
        merges=("A1:E1", "A2:A3", "A7:C7"),
    )
    book.sheet("代码表", {(1, 1): "甲", (1, 2): "乙"}, state="hidden")
    book.sheet("隐藏表", {(1, 1): "丙", (1, 2): "丁"}, state="veryHidden")
    book.sheet("说明", {(1, 1): "项目", (1, 2): "内容", (2, 1): "申报时间", (2, 2): "2026年4月30日前"})
    return book


GRANTS = [
    "2026年补助资金分配表",
    "序号 | 学校 | 补助资金 | —",
    "序号 | 名称 | 金额（元） | 比例",  # 序号 merged down stands in the header's second row; column C is gone
    "1 | 第一中学 | 30000 | 0.6",
    "2 | 第二中学 | 2.5 | #DIV/0!",  # the empty row 5 is gone
    "合计 | — | 30002.5 | TRUE",
    "注：2026年4月30日前拨付60%",
    "46142",
    "说明",  # the second visible sheet, under its name; the hidden ones are left out
    "项目 | 内容",
    "申报时间 | 2026年4月30日前",
]


def test_an_xlsb_reads_as_the_xlsx_of_the_same_cells() -> None:
    book = grants()
    text, title = read_xlsb(book.xlsb(), "分配表.xlsb", 100_000)
    assert text.split("\n") == GRANTS
    assert title == "补助资金分配表"
    assert (text, title) == read_xlsx(book.xlsx(), "分配表.xlsx", 100_000)


def test_a_sheet_opening_with_its_header_is_led_by_the_title_else_the_files_name() -> None:
    book = Book()
    book.sheet("Sheet1", {(1, 1): "类别", (1, 2): "补贴标准（万元）", (2, 1): "A类", (2, 2): 150})
    assert read(book.xlsb()) == ["分配表", "类别 | 补贴标准（万元）", "A类 | 150"]
    assert read_xlsx(book.xlsx(), "分配表.xlsx", 100_000)[0].split("\n") == read(book.xlsb())
    book.title = "人才补贴标准"
    assert read(book.xlsb())[0] == "人才补贴标准"


def test_the_policy30_allocation_table_reads_its_total_and_schedule() -> None:
    text, title = read_xlsb(SAMPLE.read_bytes(), SAMPLE.name, 100_000)
    lines = text.split("\n")
    assert title == "赫章县2026年学校体育场地开放补助资金分配表"
    assert lines[:3] == [
        "赫章县2026年学校体育场地开放补助资金分配表",
        "序号 | 乡镇（街道） | 学校 | 开放场地 | 每周开放时长（小时） | 室内场馆开放 | 补助资金（元）",
        "1 | 城关镇 | 赫章县第一中学 | 田径场、篮球场 | 21 | 体育馆 | 30000",
    ]
    assert lines[-2:] == [
        "合计 | — | — | — | — | — | 290000",
        "说明：补助资金分两次拨付，2026年4月30日前拨付60%，年度考核合格后拨付40%；考核不合格的收回当年补助。",
    ]


def test_a_text_box_of_an_xlsb_sheet_is_read_after_its_rows() -> None:
    drawing = (
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from>'
        "<xdr:col>0</xdr:col><xdr:row>3</xdr:row></xdr:from><xdr:sp><xdr:txBody><a:p><a:r><a:t>填表说明：一式两份"
        "</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:oneCellAnchor></xdr:wsDr>"
    ).encode()
    book = Book()
    book.sheet("表", {(1, 1): "项目", (1, 2): "金额", (2, 1): "甲", (2, 2): 1})
    data = book.xlsb(
        **{
            "xl/worksheets/_rels/sheet1.bin.rels": relationships(
                [("rId1", "drawing", "../drawings/drawing1.xml")]
            ),
            "xl/drawings/drawing1.xml": drawing,
        }
    )
    assert read(data) == ["分配表", "项目 | 金额", "甲 | 1", "填表说明：一式两份"]


def parts(**replaced: bytes | None) -> bytes:
    return grants().xlsb(**replaced)


def sheet_with(*records: bytes) -> bytes:
    return record(0x81) + record(0x91) + b"".join(records) + record(0x92) + record(0x82)


AT = struct.pack("<II", 0, 0)
ROW = record(0x00, struct.pack("<IIHBBBI", 0, 0, 300, 0, 0, 0, 0))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"garbage, not a workbook", "is not a readable .xlsb file (File is not a zip file)"),
        (
            parts(**{"xl/workbook.bin": None}),
            "is not an Excel binary workbook (its zip has no xl/workbook.bin)",
        ),
        (
            parts(**{"xl/workbook.bin": b"\x00" * 64}),
            "(xl/workbook.bin does not begin as a workbook's records do)",
        ),
        (parts(**{"xl/_rels/workbook.bin.rels": b"<Relationships"}), "(broken XML: "),
        (
            parts(**{"xl/_rels/workbook.bin.rels": None}),
            "There is no item named 'xl/_rels/workbook.bin.rels'",
        ),
        (parts(**{"xl/worksheets/sheet1.bin": None}), "There is no item named 'xl/worksheets/sheet1.bin'"),
        (parts(**{"xl/worksheets/sheet1.bin": b"\xff" * 7}), "does not begin as a worksheet's records do"),
        # a row's record cut short; a cell before any row; a shared string the workbook does not have
        (parts(**{"xl/worksheets/sheet1.bin": sheet_with(record(0x00, b"\x01"))}), "a row's record of"),
        (
            parts(**{"xl/worksheets/sheet1.bin": sheet_with(record(0x02, AT + b"\x06\0\0\0"))}),
            "a cell's record",
        ),
        (
            parts(**{"xl/worksheets/sheet1.bin": sheet_with(ROW, record(0x07, AT + struct.pack("<I", 999)))}),
            "names a shared string the workbook does not have",
        ),
        # an error cell without its code: pyxlsb's own failure (hex(None))
        (
            parts(**{"xl/worksheets/sheet1.bin": sheet_with(ROW, record(0x03, AT))}),
            "(its records are damaged)",
        ),
        # a sheet's record cut short in the workbook
        (
            parts(
                **{"xl/workbook.bin": record(0x83) + record(0x8F) + record(0x9C, b"\0\0\0\0") + record(0x90)}
            ),
            "a sheet's record in xl/workbook.bin is cut short",
        ),
    ],
)
def test_a_workbook_that_cannot_be_read_is_one_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read_xlsb(data, "分配表.xlsb", 100_000)
    assert not isinstance(caught.value, DocumentTooLarge)
    assert reason in caught.value.reason
    assert caught.value.reason.endswith("; re-save it as .xlsx")
    assert caught.value.name == "分配表.xlsb"


def test_a_damaged_zip_is_one_clear_error() -> None:
    data = bytearray(grants().xlsb())
    at = (
        data.index(b"xl/worksheets/sheet1.bin") + len("xl/worksheets/sheet1.bin") + 4
    )  # into its deflated data
    data[at : at + 8] = b"\xff" * 8
    with pytest.raises(DocumentError, match=r"is not a readable \.xlsb file \(.+\); re-save it as \.xlsx"):
        read_xlsb(bytes(data), "分配表.xlsb", 100_000)


def test_reading_stops_at_the_bound() -> None:
    book = Book()
    book.sheet("表", {(r, c): f"第{r}行第{c}列" for r in range(1, 200) for c in range(1, 5)})
    assert len(read(book.xlsb(), max_chars=100_000)) == 200
    with pytest.raises(DocumentTooLarge, match="has more than 1,000 characters"):
        read(book.xlsb(), max_chars=1000)
