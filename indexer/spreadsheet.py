"""The text of a spreadsheet (.xlsx with openpyxl, .xls with xlrd), laid out as a .docx table is: a row is one
line, its cells joined by `` | `` (lines.TABLE_CELL), under the table's first row — its column names — so a
figure is read in its column's unit (1500 under 补贴标准（万元）: server/answer/tables.py).

What a sheet holds becomes lines so:
- a row of one filled cell above the first row of two or more (a title merged across the columns,
  「2025年稳岗返还企业名单」, or 单位：万元) is a caption line; the first row of two or more is the header —
  unless it fills at most half the table's columns with fields (填报单位：… | 填报日期：…): they are a line;
- a cell merged down over rows (序号 over a two-row header) stands in each row it spans that holds cells;
- every row below it, to the last row of two or more, is a row of the table, as wide as the table: a cell left
  empty is written ``—``, so each figure stays under its column's name (an empty cell dropped had moved the
  cells after it under the wrong names); empty rows and columns are dropped;
- a row of one cell after the table's last row (注：…, 制表人：…) is a line of its own; one after an empty row
  starts what follows it anew: the caption of the sheet's next table;
- a cell's note (comment) is a line after its row's, 「（批注 B3：…）」 (sheetnotes.py);
- the text of its text boxes and shapes (a 填表说明 in a box) is lines after its rows (sheetdrawing.py);
- figures as people write them: 1500, not 1500.0; 15% where the cell is formatted as a percentage; a date as
  2025年3月1日 (a time after it when it has one), the form the documents and the questions use.

A workbook of several visible sheets heads each that has no caption with its name (default names, Sheet1 and
工作表1, head nothing: a caption and a name right above it had made the name a passage of its own); hidden
sheets are left out, as a reader of the workbook does not see them. The text begins with the
workbook's title (its properties', else the file's name) wherever it would otherwise begin with a table's
header or a sheet's name: cleaning takes a document's first short line as its title, and a header taken so
is no longer its table's first row.

Bounds, as for a .docx: the zip is checked before openpyxl opens it (load.check_docx_zip), and reading stops
at MAX_CELLS filled cells or ``max_chars`` characters. Every refusal is a DocumentError naming the file and
what to do; an encrypted workbook says so.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from bisect import bisect_right
from pathlib import PurePath
from typing import Any

from indexer.decode import DocumentError
from indexer.numfmt import with_text
from indexer.sheetdrawing import add_drawing_text
from indexer.sheetlayout import MAX_CELLS, TABLE_CELL, CellCounter, Sheet, filled_row, layout
from indexer.sheetnotes import Notes
from indexer.worddoc import DocumentTooLarge

MAX_MERGED_ROWS = 1000  # a merge reaching further (A1:A1048576) is the sheet's mistake: it spreads this far
_SPACE = re.compile(r"\s+")


# ------------------------------------------------------------------------------------------ values


def cell_text(value: Any, percent: bool = False) -> str:
    """A cell's value as people write it: 1500 (not 1500.0), 0.15 as 15% in a percentage cell, a date as
    2025年3月1日, a line break inside a cell as a space."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # as Excel shows it
    if isinstance(value, dt.datetime):
        day = f"{value.year}年{value.month}月{value.day}日"
        if value.time() == dt.time(0):
            return day
        return f"{day} {_clock(value.time())}"
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, dt.time):
        return _clock(value)
    if isinstance(value, int | float):
        return _number(value * 100) + "%" if percent else _number(value)
    text = _SPACE.sub(" ", str(value)).strip()
    return text.replace(TABLE_CELL, " ｜ ")  # a cell's own bar is no cell boundary


def _clock(value: dt.time) -> str:
    return f"{value.hour}:{value.minute:02d}" + (f":{value.second:02d}" if value.second else "")


def _number(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    # 15 significant digits, as Excel shows a figure: 0.1 + 0.2 stored as 0.30000000000000004 reads 0.3
    return f"{value:.15g}"


# -------------------------------------------------------------------------------------------- .xlsx


def read_xlsx(data: bytes, name: str, max_chars: int) -> tuple[str, str | None]:
    """The text of a .xlsx (its zip checked already: load.check_docx_zip) and its properties' title."""
    import openpyxl
    from openpyxl.styles.numbers import BUILTIN_FORMATS
    from openpyxl.worksheet._reader import WorkSheetParser

    from indexer.ooxmlpkg import transitional

    data = transitional(data)  # (a workbook saved as Strict Open XML: openpyxl finds no workbook part)
    counter = CellCounter(name, max_chars)
    notes = Notes()  # cells' notes, read after their rows (sheetnotes.py)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Data Validation extension is not supported" and the like
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                percent = set()
                formats: dict[int, str] = {}  # a style's format that writes text beside its figure (numfmt)
                for i, style in enumerate(book._cell_styles):
                    fmt = BUILTIN_FORMATS.get(style.numFmtId)
                    if fmt is None and style.numFmtId >= 164:
                        fmt = book._number_formats[style.numFmtId - 164]
                    if fmt is not None and "%" in fmt:
                        percent.add(i)
                    if fmt is not None and style.numFmtId >= 164:
                        formats[i] = fmt
                sheets: list[Sheet] = []
                for ws in book.worksheets:
                    if getattr(ws, "sheet_state", "visible") != "visible" or not hasattr(ws, "_get_source"):
                        continue  # hidden, or a chartsheet (no cells)
                    sheet = Sheet(ws.title)
                    with ws._get_source() as src:
                        parser = WorkSheetParser(
                            src,
                            ws._shared_strings,
                            data_only=True,
                            epoch=book.epoch,
                            date_formats=book._date_formats,
                            timedelta_formats=book._timedelta_formats,
                        )
                        # the parser yields the rows the sheet holds, each with the cells it holds: no padding
                        # to a stated dimension (A1:XFD1048576 had meant a billion empty cells)
                        for number, cells in parser.parse():
                            row = filled_row(
                                (
                                    (c["column"], _shown(c["value"], c["style_id"], percent, formats))
                                    for c in cells
                                ),
                                counter,
                            )
                            if row:
                                sheet.rows.append((number, row))
                        _spread_merges(sheet, parser.merged_cells, counter)
                    notes.attach(sheet, book._archive, ws._worksheet_path, counter)
                    add_drawing_text(sheet, book._archive, ws._worksheet_path, counter)
                    sheets.append(sheet)
                title = (book.properties.title or "").strip() or None
            finally:
                book.close()
    except DocumentError:
        raise
    except Exception as e:  # openpyxl and its XML parser raise many types for a damaged workbook
        raise DocumentError(
            name, f"is not a readable .xlsx file ({_damage(e)}); re-save it from Excel or upload text"
        ) from e
    return notes.place(layout(sheets, title or PurePath(name).stem)), title


def _shown(value: Any, style: int, percent: set[int], formats: dict[int, str]) -> str:
    """An .xlsx cell's value as the sheet shows it: a figure with the text its format writes beside it
    (0.00"万元": numfmt.with_text), else as ``cell_text`` writes it."""
    if isinstance(value, int | float) and not isinstance(value, bool) and style in formats:
        shown = with_text(value, formats[style])
        if shown is not None:
            return shown
    return cell_text(value, style in percent)


def _damage(error: Exception) -> str:
    """What is wrong with a .xlsx openpyxl could not read, in the sender's terms (as load._docx_damage)."""
    if isinstance(error, KeyError) and error.args:
        return str(error.args[0])  # "There is no item named 'xl/workbook.xml' in the archive"
    if isinstance(error, SyntaxError):  # broken XML, with line and column
        return f"broken XML: {error}"
    if isinstance(error, zipfile.BadZipFile | EOFError):
        return str(error) or "the zip is cut short"
    return "a part of it is XML but not what Excel writes there"


def _spread_merges(sheet: Sheet, merges: Any, counter: CellCounter) -> None:
    """A cell merged down over rows (序号, 补贴类别 over a two-row header) stands in each row it spans that
    holds cells, as a web page's rowspan does (webpage._spread_rowspans): the second header row then names
    every column (… | 数量（辆） | 金额（万元） under 本批发放). Merged across columns it is not repeated."""
    from openpyxl.utils.cell import range_boundaries

    rows = dict(sheet.rows)
    numbers = sorted(rows)  # (only the rows the sheet holds are walked: 150,000 merges had taken 9 s)
    for merged in getattr(merges, "mergeCell", None) or ():
        try:
            column, top, _, bottom = range_boundaries(merged.ref)
        except (TypeError, ValueError):
            continue  # a range its writer got wrong
        text = rows.get(top, {}).get(column) if top is not None and column is not None else None
        if not text or bottom is None:
            continue
        last = min(bottom, top + MAX_MERGED_ROWS)
        for number in numbers[bisect_right(numbers, top) : bisect_right(numbers, last)]:
            if column not in rows[number]:
                counter.add(text)
                rows[number][column] = text
    for _, row in sheet.rows:  # (the cells in column order again)
        ordered = dict(sorted(row.items()))
        row.clear()
        row.update(ordered)


# --------------------------------------------------------------------------------------------- .xls


def read_xls(data: bytes, name: str, max_chars: int) -> str:
    """The text of an Excel 97-2003 workbook (.xls)."""
    import xlrd

    counter = CellCounter(name, max_chars)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, logfile=_Quiet())
    except Exception as e:  # xlrd raises XLRDError, CompDocError, struct.error … for what it cannot read
        if "encrypted" in str(e).lower():
            raise encrypted(name) from e
        raise _unreadable_xls(name, e) from e
    try:
        sheets = []
        for index in range(book.nsheets):
            ws = book.sheet_by_index(index)
            if ws.visibility != 0:
                continue
            if ws.nrows * ws.ncols > 16 * MAX_CELLS:
                raise DocumentTooLarge(
                    name, f"has a sheet of {ws.nrows:,} × {ws.ncols:,} cells; split it or upload fewer rows"
                )
            sheet = Sheet(ws.name)
            for r in range(ws.nrows):
                cells = ((c + 1, _xls_text(book, ws, r, c)) for c in range(ws.row_len(r)))
                row = filled_row(cells, counter)
                if row:
                    sheet.rows.append((r + 1, row))
            sheets.append(sheet)
            book.unload_sheet(index)
    except DocumentError:
        raise
    except Exception as e:
        raise _unreadable_xls(name, e) from e
    finally:
        book.release_resources()
    return layout(sheets, PurePath(name).stem)


# --------------------------------------------------------------------------------------------- .csv


def read_csv(data: bytes, name: str, max_chars: int, delimiter: str = ",") -> str:
    """The text of a .csv table (or a .tsv: ``delimiter`` a tab) as a one-sheet workbook's: decoded as a text
    file is (Excel saves CSV in the system's code page, GBK on Chinese Windows; UTF-8 with or without a
    byte-order mark), its quoted cells may hold delimiters, doubled quotes and line breaks."""
    from indexer.decode import decode_bytes

    return table_text(decode_bytes(data, name=name), name, max_chars, delimiter)


def tab_table(text: str) -> bool:
    """A .txt that is a table saved by Excel as "Unicode text" (UTF-16, tab-separated; a cell holding a line
    break, a tab or a quote in quotes): its first line and at least three rows of as many cells, nine in ten
    of its rows so (eval/policy27's 办案补贴标准.txt had been read as lines, a cell's second line apart from
    its row)."""
    import csv

    first = text.lstrip("\ufeff").partition("\n")[0]
    if "\t" not in first:
        return False
    try:
        rows = [
            r for r in csv.reader(io.StringIO(text, newline=""), delimiter="\t") if any(c.strip() for c in r)
        ]
    except csv.Error:
        return False
    width = len(rows[0]) if rows else 0
    return len(rows) >= 3 and width >= 2 and sum(len(r) == width for r in rows) >= 0.9 * len(rows)


def table_text(text: str, name: str, max_chars: int, delimiter: str = ",", quoted: bool | None = None) -> str:
    """Decoded text of a table (see ``read_csv``) as a one-sheet workbook's; ``quoted``: whether a quote opens
    a quoted cell (by default not in a .tsv)."""
    import csv

    counter = CellCounter(name, max_chars)
    sheet = Sheet("")
    try:
        # (a .tsv's cells are literal: a quote in one is text, not the start of a quoted field that had
        # swallowed the rest of the file — a fault probe)
        source = io.StringIO(text, newline="")
        literal = delimiter == "\t" if quoted is None else not quoted
        rows = (
            csv.reader(source, delimiter=delimiter, quoting=csv.QUOTE_NONE)
            if literal
            else csv.reader(source, delimiter=delimiter)
        )
        for number, cells in enumerate(rows, start=1):
            row = filled_row(((c, cell_text(v)) for c, v in enumerate(cells, start=1)), counter)
            if row:
                sheet.rows.append((number, row))
    except csv.Error as e:  # a NUL or an unclosed quote at the end
        raise DocumentError(name, f"is not a readable .csv file ({e}); re-save it as CSV") from e
    return layout([sheet], PurePath(name).stem)


def _unreadable_xls(name: str, error: Exception) -> DocumentError:
    """xlrd's own errors say what it found (Expected BOF record; found b'garbage '); the others speak of the
    parser, not of the file (an IndexError: "array index out of range"; the OLE container's: Expected
    "little-endian" marker, found b'')."""
    import xlrd
    from xlrd.compdoc import CompDocError

    if isinstance(error, xlrd.XLRDError):
        why = str(error)
    elif isinstance(error, CompDocError):
        why = "its container is damaged or cut short"
    else:
        why = "its structure is damaged"
    return DocumentError(name, f"is not a readable .xls file ({why}); re-save it from Excel or upload text")


class _Quiet:
    """xlrd's log (WARNING *** file size … not 512 + multiple of sector size): nothing a sender can act on."""

    def write(self, text: str) -> int:
        return len(text)


def _xls_text(book: Any, ws: Any, r: int, c: int) -> str:
    import xlrd

    kind = ws.cell_type(r, c)
    value = ws.cell_value(r, c)
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if kind == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(value, book.datemode))
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return _number(value)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(value))
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERROR")
    if kind == xlrd.XL_CELL_NUMBER:
        xf = book.xf_list[ws.cell_xf_index(r, c)]
        fmt = book.format_map.get(xf.format_key)
        shown = with_text(value, fmt.format_str) if fmt is not None and xf.format_key >= 164 else None
        if shown is not None:
            return shown  # (a figure with the text its format writes beside it: numfmt.py)
        return cell_text(value, percent=fmt is not None and "%" in fmt.format_str)
    return cell_text(value)


# ---------------------------------------------------------------------------------------- encryption


def encrypted(name: str) -> DocumentError:
    return DocumentError(
        name, "is encrypted (password-protected); save it without a password and upload again"
    )


def ole_kind(data: bytes) -> str | None:
    """What an OLE compound file holds: ".xls" (a Workbook stream, no WordDocument), "encrypted" (a
    password-protected .xlsx or .docx: Office keeps it as an EncryptedPackage stream in an OLE file, not a
    zip), ".ppt" (a PowerPoint Document stream), ".msg" (an Outlook message's property stream), else None."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptedPackage"):
                return "encrypted"
            if ole.exists("WordDocument"):
                return None
            if ole.exists("Workbook") or ole.exists("Book"):
                return ".xls"
            if ole.exists("PowerPoint Document"):
                return ".ppt"
            if ole.exists("__properties_version1.0"):
                return ".msg"
    except Exception:  # a damaged container: its reader says what is wrong
        return None
    return None


# ------------------------------------------------------------------------------------------- layout
