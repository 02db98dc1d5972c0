"""Excel 2003 XML: a workbook saved as "XML Spreadsheet 2003" (SpreadsheetML, ``<Workbook xmlns="urn:schemas-
microsoft-com:office:spreadsheet">``), as 博罗县's 2026年重点展会目录及摊位费补贴标准.xls (eval/policy26) is;
sniff.sniff knows it by its root element (officexml.office_xml_kind), whatever the file is called, and it is
parsed as a Word 2003 XML document is (officexml.parse_office_xml: no entity expanded nor fetched, a DTD
refused, MAX_XML_BYTES), its cells checked against sheetlayout's bound.

A workbook is laid out as an .xlsx with the same cells is (sheetlayout.layout): each worksheet a sheet under
its ``ss:Name``, hidden worksheets left out and hidden rows and columns read, as the .xlsx reader does; a
cell's column is its ``ss:Index`` when it has one (the columns it skips are empty), else the one after the
previous cell's span (``ss:MergeAcross``: the merged cell's text stands once, as an .xlsx's merged cell's
does), and a row's number its ``ss:Index``, else the next; a cell merged down (``ss:MergeDown``) stands in
each row it spans that holds cells (spreadsheet._spread_merges); figures as people write them (1500, 15% in
a percentage style, 2025年3月1日 for a DateTime). The title is the properties' ``o:Title``, which leads the
text as an .xlsx's does, else the file's name.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Any

from indexer.decode import DocumentError
from indexer.officexml import MAX_COLUMNS, SS, office_title, parse_office_xml
from indexer.sheetlayout import CellCounter, Sheet, filled_row, layout

__all__ = ["read_spreadsheet_xml", "spread_down"]

MAX_ROWS = 1_048_576  # a sheet's rows (Excel's most): an ss:Index past them is no row
MAX_MERGED_ROWS = 1000  # a cell merged further down (as spreadsheet.MAX_MERGED_ROWS)

X = "urn:schemas-microsoft-com:office:excel"


def read_spreadsheet_xml(data: bytes, name: str, max_chars: int) -> tuple[str, str | None]:
    """(text, title) of an Excel 2003 XML workbook (see the module's docstring)."""
    from indexer.spreadsheet import cell_text

    root = parse_office_xml(data, name, "workbook", "Excel")
    if root.tag != f"{{{SS}}}Workbook":
        raise DocumentError(name, "is XML but no Excel workbook; re-save it from Excel or upload text")
    counter = CellCounter(name, max_chars)
    percent = _percent_styles(root)
    sheets: list[Sheet] = []
    for worksheet in root.iterchildren(f"{{{SS}}}Worksheet"):
        shown = worksheet.findtext(f"{{{X}}}WorksheetOptions/{{{X}}}Visible") or ""
        if shown.strip() in ("SheetHidden", "SheetVeryHidden"):
            continue
        sheet = Sheet(worksheet.get(f"{{{SS}}}Name") or "")
        merges: list[tuple[int, int, int]] = []  # (column, top row, bottom row) of cells merged down
        number = 0
        for row in worksheet.iterfind(f"{{{SS}}}Table/{{{SS}}}Row"):
            number = _index(row, number, MAX_ROWS)
            if number > MAX_ROWS:
                break
            cells = filled_row(_row_cells(row, number, percent, merges, cell_text), counter)
            if cells:
                sheet.rows.append((number, cells))
            number += _count(row.get(f"{{{SS}}}Span"), MAX_ROWS)  # (rows it stands for past itself)
        spread_down(sheet, merges, counter)
        sheets.append(sheet)
    title = office_title(root)
    return layout(sheets, title or PurePath(name).stem), title


def _count(value: str | None, most: int) -> int:
    """A span as written (ss:MergeAcross, ss:MergeDown, ss:Span), within 0 … ``most``; 0 unreadable."""
    try:
        return min(max(int(value or 0), 0), most)
    except ValueError:
        return 0


def _index(element: Any, previous: int, most: int) -> int:
    """A row's or cell's position: its ss:Index when it states one past ``previous``, else the next."""
    try:
        stated = int(element.get(f"{{{SS}}}Index") or 0)
    except ValueError:
        stated = 0
    return min(stated, most + 1) if stated > previous else previous + 1


def _row_cells(
    row: Any,
    number: int,
    percent: frozenset[str],
    merges: list[tuple[int, int, int]],
    cell_text: Callable[..., str],
) -> Iterator[tuple[int, str]]:
    """A row's cells by column (from 1): each at its ss:Index, else after the previous one's merged span."""
    column = 0
    for cell in row.iterchildren(f"{{{SS}}}Cell"):
        column = _index(cell, column, MAX_COLUMNS)
        if column > MAX_COLUMNS:
            return
        text = _value(cell, percent, cell_text)
        down = _count(cell.get(f"{{{SS}}}MergeDown"), MAX_MERGED_ROWS)
        if text and down:
            merges.append((column, number, number + down))
        yield column, text
        column += _count(cell.get(f"{{{SS}}}MergeAcross"), MAX_COLUMNS)


def _percent_styles(root: Any) -> frozenset[str]:
    """The ss:IDs of the styles that show a number as a percentage (ss:Format Percent, 0.00%)."""
    found = set()
    for style in root.iterfind(f"{{{SS}}}Styles/{{{SS}}}Style"):
        shown = style.find(f"{{{SS}}}NumberFormat")
        fmt = shown.get(f"{{{SS}}}Format", "") if shown is not None else ""
        if fmt == "Percent" or "%" in fmt:
            found.add(style.get(f"{{{SS}}}ID", ""))
    return frozenset(found)


_FLOAT = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_EXCEL_DAY_ZERO = dt.date(1899, 12, 31)  # a DateTime of only a time of day is written on it


def _value(cell: Any, percent: frozenset[str], cell_text: Callable[..., str]) -> str:
    """A cell's value as people write it (spreadsheet.cell_text), by its ss:Data's ss:Type; its text as
    written when that does not read as its type."""
    data = cell.find(f"{{{SS}}}Data")
    if data is None:
        return ""
    written = "".join(data.itertext())  # (a String of rich text holds html:Font, html:B …)
    kind = data.get(f"{{{SS}}}Type", "String")
    value = written.strip()
    if kind == "Number" and _FLOAT.fullmatch(value) and math.isfinite(number := float(value)):
        return cell_text(number, cell.get(f"{{{SS}}}StyleID") in percent)
    if kind == "DateTime":
        try:
            stamp = dt.datetime.fromisoformat(value)
        except ValueError:
            return cell_text(written)
        return cell_text(stamp.time() if stamp.date() == _EXCEL_DAY_ZERO else stamp)
    if kind == "Boolean" and value in ("0", "1"):
        return cell_text(value == "1")
    return cell_text(written)


def spread_down(sheet: Sheet, merges: list[tuple[int, int, int]], counter: CellCounter) -> None:
    """A cell merged down over rows stands in each row it spans that holds cells, as an .xlsx's does
    (spreadsheet._spread_merges); merged across columns it stands once. ``merges``: (column, top row, bottom
    row) of each cell merged down (a Gnumeric workbook's too: gnumeric.py)."""
    if not merges:
        return
    rows = dict(sheet.rows)
    numbers = sorted(rows)  # (only the rows that hold cells are walked, as spreadsheet._spread_merges does)
    for column, top, bottom in merges:
        text = rows[top].get(column) if top in rows else None
        if not text:
            continue
        for number in numbers[bisect_right(numbers, top) : bisect_right(numbers, bottom)]:
            if column not in rows[number]:
                counter.add(text)
                rows[number][column] = text
    for _, row in sheet.rows:  # (the cells in column order again)
        ordered = dict(sorted(row.items()))
        row.clear()
        row.update(ordered)
