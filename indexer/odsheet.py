"""An OpenDocument spreadsheet (.ods, LibreOffice Calc's and WPS 表格's; .ots and .fods alike): each
visible sheet laid out as an .xlsx's is (sheetlayout.py), from content.xml read as odf.py reads a package."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from pathlib import PurePath
from typing import Any

from indexer.decode import DocumentError
from indexer.odf import (
    MAX_COLUMNS,
    OFFICE,
    SHEET_MIMETYPES,
    TABLE,
    block_lines,
    open_package,
    own_rows,
    repeat_count,
    stated_title,
)

MAX_ROWS = 1_048_576  # a sheet's rows (LibreOffice's and Excel's most)
_FLOAT = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def read_ods(data: bytes, name: str, max_chars: int) -> tuple[str, str | None]:
    """(text, title) of an OpenDocument spreadsheet: each visible sheet laid out as an .xlsx's
    (spreadsheet.layout: a row a line of cells under its header, a merged title above it a caption). A
    figure is its stored value written as people write it (12643, not the 12643.0 a format shows; 15% for a
    percentage; a date as 2025年3月1日); a cell spanning rows stands in each row it spans, as a web page's
    does, so the second row of a two-row header names every column (月份 | 合计 | 蔬菜 … below 月份 |
    通行车辆); a repeated cell or row stands as often as it repeats (LibreOffice writes equal
    neighbours so), within a spreadsheet's MAX_COLUMNS and MAX_ROWS and the cell bounds."""
    from indexer.sheetlayout import CellCounter, Sheet, layout

    content, meta = open_package(data, name, SHEET_MIMETYPES, ".ods")
    counter = CellCounter(name, max_chars)
    sheets = []
    try:
        for table in content.iter(f"{{{TABLE}}}table"):
            if table.getparent() is None or table.getparent().tag != f"{{{OFFICE}}}spreadsheet":
                continue  # a table inside a cell or a shape: read as its cell's text
            sheet = Sheet(table.get(f"{{{TABLE}}}name") or "")
            # column → (rows still covered, the spanning cell's text)
            spanning: dict[int, tuple[int, str]] = {}
            number = 0
            for row in own_rows(table):
                cells = _sheet_row(row, spanning)
                repeat = repeat_count(row.get(f"{{{TABLE}}}number-rows-repeated"), MAX_ROWS)
                if not cells:
                    number += repeat  # (empty rows part tables, however many: no need to walk them)
                    continue
                for _ in range(repeat):  # (a filled row repeated: each counts against the bounds)
                    number += 1
                    for text in cells.values():
                        counter.add(text)
                    sheet.rows.append((number, dict(cells)))
            sheets.append(sheet)
    except RecursionError:
        raise DocumentError(name, "nests its elements too deeply to read; re-save it as .xlsx") from None
    title = stated_title(meta) or None
    return layout(sheets, title or PurePath(name).stem), title


def _sheet_row(row: Any, spanning: dict[int, tuple[int, str]]) -> dict[int, str]:
    """A sheet row's filled cells by column (from 1), a repeated cell in each column it repeats into (a run of
    empty ones only moves the column on); ``spanning`` carries cells spanning rows down into the columns
    they cover. At most MAX_COLUMNS columns, as a spreadsheet program has."""
    from indexer.spreadsheet import cell_text

    cells: dict[int, str] = {}
    column = 0
    for cell in row:
        if cell.tag not in (f"{{{TABLE}}}table-cell", f"{{{TABLE}}}covered-table-cell"):
            continue
        if column >= MAX_COLUMNS:
            break
        repeat = repeat_count(cell.get(f"{{{TABLE}}}number-columns-repeated"), MAX_COLUMNS - column)
        text = _cell_value(cell, cell_text) if cell.tag == f"{{{TABLE}}}table-cell" else ""
        first, column = column + 1, column + repeat
        for covered in [c for c in spanning if first <= c <= column]:
            left, above = spanning.pop(covered)
            if left > 1:
                spanning[covered] = (left - 1, above)
            if not text:
                cells[covered] = above
        if text:
            cells.update(dict.fromkeys(range(first, column + 1), text))
        rows = repeat_count(cell.get(f"{{{TABLE}}}number-rows-spanned"), MAX_ROWS)
        if text and rows > 1 and repeat == 1:
            spanning[column] = (rows - 1, text)
    return dict(sorted(cells.items()))


def _cell_value(cell: Any, cell_text: Callable[..., str]) -> str:
    """A cell's stored value as people write it; its displayed text when it has none or is text."""
    kind = cell.get(f"{{{OFFICE}}}value-type") or ""
    value = cell.get(f"{{{OFFICE}}}value")
    try:
        number = _finite(value) if value is not None else None
        if kind in ("float", "currency") and number is not None:
            return cell_text(number)
        if kind == "percentage" and number is not None and math.isfinite(number * 100):
            return cell_text(number, percent=True)
        if kind == "date" and (stamp := cell.get(f"{{{OFFICE}}}date-value")):
            return cell_text(dt.datetime.fromisoformat(stamp))
    except ValueError:
        pass  # a value its writer got wrong: what the cell shows
    return " ".join(line.strip() for line in block_lines(cell) if line.strip())


def _finite(value: str) -> float | None:
    """A stored number as ODF writes it (1326.5, 1.5E-2), None for one it does not (1e999, nan, 1_000)."""
    if not _FLOAT.fullmatch(value.strip()):
        return None
    number = float(value)
    return number if math.isfinite(number) else None
