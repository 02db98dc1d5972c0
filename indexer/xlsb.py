"""An Excel binary workbook (.xlsb, Excel's "二进制工作簿": BIFF12 records in a zip, the relationships and
properties XML), read with pyxlsb's record reader and laid out as an .xlsx of the same cells is
(spreadsheet.read_xlsx, sheetlayout.layout): a row a line of cells joined by `` | `` under the header row,
several visible sheets each under its name, empty rows and columns dropped, a cell merged down over rows in
each row it spans, a figure as people write it (1500, not 1500.0), the text of a sheet's text boxes after
its rows (sheetdrawing.py: a .xlsb's drawing is the same DrawingML as a .xlsx's), and the workbook's title
(docProps/core.xml) leading the text where a header or a sheet's name would.

pyxlsb's ``Workbook`` is not used: it reads every part whole into a temporary file, pads each row to the
sheet's stated width (A1:XFD1048576 had meant a billion empty cells) and drops a sheet's state. Its reader
is, with handlers of our own for what it skips (MS-XLSB 2.4): a sheet's state in its BrtBundleSh (hidden and
very hidden sheets are left out, as read_xlsx leaves them out), inline strings (BrtCellSt, BrtCellRString)
and merged cells (BrtMergeCell). pyxlsb reads no styles (xl/styles.bin): a cell's number format is unknown,
so a figure is written as the number it is — a date is its serial number (46142, not 2026年4月30日) and 0.15
is not 15% — as no format can be known without them. A cell's note (a .xlsb's comments are binary) is not
read.

Bounds, as for a .xlsx: the zip is checked first (wordx.check_docx_zip: entries, expanded size, ratio), a
workbook is read to at most MAX_RECORDS records, all its sheets' together (a thousand sheets that name
one part of blank records had read it a thousand times), and reading stops at MAX_CELLS filled cells or
``max_chars`` characters (sheetlayout.CellCounter). Anything else that goes wrong — no zip, no
xl/workbook.bin, a damaged record or part, an error of pyxlsb's — is a DocumentError that says to re-save it
as .xlsx.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from pathlib import PurePath
from types import SimpleNamespace
from typing import Any

from pyxlsb import biff12
from pyxlsb.handlers import Handler
from pyxlsb.reader import BIFF12Reader

from indexer.decode import DocumentError
from indexer.sheetdrawing import add_drawing_text
from indexer.sheetlayout import MAX_CELLS, CellCounter, Sheet, filled_row, layout
from indexer.spreadsheet import _spread_merges, cell_text
from indexer.worddoc import DocumentTooLarge
from indexer.wordx import check_docx_zip

__all__ = ["MAX_RECORDS", "read_xlsb"]

WORKBOOK = "xl/workbook.bin"
MAX_RECORDS = 16 * MAX_CELLS  # a workbook's sheets' records, blank cells' too
MAX_ROW, MAX_COLUMN = 1_048_575, 16_383  # Excel's last row and column, counted from 0 as records count
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# record types as pyxlsb's reader gives them: the bytes of the type as written (176, BrtMergeCell, is written
# B0 01: 0x01B0)
CELL_ST = 0x06  # BrtCellSt: a cell's own string
CELL_RSTRING = 0x3E  # BrtCellRString: a cell's own string with formatting runs
MERGE_CELL = 0x01B0  # BrtMergeCell
_CELLS = frozenset(range(biff12.BLANK, biff12.FORMULA_BOOLERR + 1)) | {CELL_ST, CELL_RSTRING}
_TEXTS = frozenset((biff12.FORMULA_STRING, CELL_ST, CELL_RSTRING))
_ERRORS = {  # BErr: an error cell's code, as Excel shows it
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
    0x2B: "#GETTING_DATA",
}


class _Damaged(Exception):
    """A record or part that is not what Excel writes there (its message says which, for the sender)."""


class _BundleSheet(Handler):
    """BrtBundleSh: the sheet's state (0 visible, 1 hidden, 2 very hidden), its tab id, its relationship's id
    and its name (pyxlsb's handler skips the state)."""

    def read(self, reader: Any, recid: int, reclen: int) -> tuple[Any, Any, Any]:
        state = reader.read_int()
        reader.skip(4)
        return state, reader.read_string(), reader.read_string()


class _OwnString(Handler):
    """BrtCellSt and BrtCellRString: the cell's column, style and string (a rich string's flags first)."""

    def read(self, reader: Any, recid: int, reclen: int) -> tuple[Any, Any]:
        column = reader.read_int()
        reader.skip(4)
        if recid == CELL_RSTRING:
            reader.skip(1)
        return column, reader.read_string()


class _MergeCell(Handler):
    """BrtMergeCell: the merged range's first and last row, first and last column."""

    def read(self, reader: Any, recid: int, reclen: int) -> tuple[Any, ...]:
        return tuple(reader.read_int() for _ in range(4))


class _Reader(BIFF12Reader):
    handlers = {
        **BIFF12Reader.handlers,
        biff12.SHEET: _BundleSheet(),
        CELL_ST: _OwnString(),
        CELL_RSTRING: _OwnString(),
        MERGE_CELL: _MergeCell(),
    }


def read_xlsb(data: bytes, name: str, max_chars: int) -> tuple[str, str | None]:
    """(text, title) of an Excel binary workbook (see the module's docstring)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as e:
        raise _unreadable(name, str(e) or "it is no zip") from e
    check_docx_zip(data, name, ".xlsb", "Excel")  # (only its size can be refused now: DocumentTooLarge)
    counter = CellCounter(name, max_chars)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if WORKBOOK not in archive.namelist():
                raise DocumentError(
                    name, f"is not an Excel binary workbook (its zip has no {WORKBOOK}); re-save it as .xlsx"
                )
            rels = _relationships(archive, "xl/_rels/workbook.bin.rels", "xl")
            strings = _strings(archive, rels)
            sheets = []
            budget = [MAX_RECORDS]
            for sheet_name, part in _visible_sheets(archive.read(WORKBOOK), rels):
                sheet = _sheet(sheet_name, archive.read(part), part, strings, counter, budget)
                add_drawing_text(sheet, archive, part, counter)
                sheets.append(sheet)
            title = _title(archive)
    except DocumentError:
        raise
    except Exception as e:  # pyxlsb, zipfile and zlib raise many types for a damaged workbook
        raise _unreadable(name, _damage(e)) from e
    return layout(sheets, title or PurePath(name).stem), title


def _unreadable(name: str, why: str) -> DocumentError:
    return DocumentError(name, f"is not a readable .xlsb file ({why}); re-save it as .xlsx")


def _damage(error: Exception) -> str:
    """What is wrong with a .xlsb, in the sender's terms (as spreadsheet._damage for a .xlsx)."""
    if isinstance(error, _Damaged):
        return str(error)
    if isinstance(error, KeyError) and error.args:
        return str(error.args[0])  # "There is no item named 'xl/worksheets/sheet1.bin' in the archive"
    if isinstance(error, SyntaxError):  # lxml's XMLSyntaxError: broken relationships
        return f"broken XML: {error}"
    if isinstance(error, zipfile.BadZipFile | EOFError | zlib.error):
        return str(error) or "the zip is cut short"
    return "its records are damaged"


def _relationships(archive: zipfile.ZipFile, rels: str, folder: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type, the target's name in the zip)."""
    from indexer.ooxmlpkg import parse

    found = {}
    for rel in parse(archive.read(rels)).iter(_RELS):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found[rel.get("Id") or ""] = (rel.get("Type") or "", posixpath.normpath(path))
    return found


def _strings(archive: zipfile.ZipFile, rels: dict[str, tuple[str, str]]) -> list[str] | None:
    """The workbook's shared strings (xl/sharedStrings.bin), None when it has none."""
    parts = [path for kind, path in rels.values() if kind == _REL + "sharedStrings"]
    part = parts[0] if parts else "xl/sharedStrings.bin"
    if part not in archive.namelist():
        return None
    strings = []
    for recid, item in _Reader(fp=io.BytesIO(archive.read(part))):
        if recid == biff12.SST_END:
            break
        if recid == biff12.SI:
            if item.t is None:
                raise _Damaged(f"a string of {part} is cut short")
            strings.append(item.t)
    return strings


def _visible_sheets(book: bytes, rels: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """The name and part of each visible worksheet, in the workbook's order (a chartsheet, a macro or dialog
    sheet has no cells of its own: left out, as openpyxl leaves it)."""
    records = iter(_Reader(fp=io.BytesIO(book)))
    if next(records, (None, None))[0] != biff12.WORKBOOK:
        raise _Damaged(f"{WORKBOOK} does not begin as a workbook's records do")
    sheets = []
    for recid, item in records:
        if recid == biff12.SHEETS_END:
            break
        if recid != biff12.SHEET:
            continue
        state, rel, title = item
        if state is None or title is None:
            raise _Damaged(f"a sheet's record in {WORKBOOK} is cut short")
        if rel not in rels:
            raise _Damaged(f"the sheet {title} has no part")
        kind, part = rels[rel]
        if state == 0 and kind == _REL + "worksheet":
            sheets.append((title, part))
    return sheets


def _sheet(
    title: str, data: bytes, part: str, strings: list[str] | None, counter: CellCounter, budget: list[int]
) -> Sheet:
    """A worksheet's filled cells (see the module's docstring); ``budget`` the records the workbook may still
    read."""
    rows: dict[int, dict[int, str]] = {}
    merges = []
    number: int | None = None
    cells: list[tuple[int, str]] = []

    def end_row() -> None:
        if number is not None and cells:
            row = filled_row(cells, counter)
            if row:
                rows.setdefault(number + 1, {}).update(row)
        cells.clear()

    records = iter(_Reader(fp=io.BytesIO(data)))
    if next(records, (None, None))[0] != biff12.WORKSHEET:
        raise _Damaged(f"{part} does not begin as a worksheet's records do")
    for recid, item in records:
        budget[0] -= 1
        if budget[0] < 0:
            raise DocumentTooLarge(
                counter.name, f"has more than {MAX_RECORDS:,} records; split it or upload fewer rows"
            )
        if recid == biff12.ROW:
            end_row()
            number = item.r
            if number is None or number > MAX_ROW:
                raise _Damaged(f"a row's record of {part} is damaged")
        elif recid in _CELLS:
            column, value = item if recid in (CELL_ST, CELL_RSTRING) else (item.c, item.v)
            if number is None or column is None or column > MAX_COLUMN:
                raise _Damaged(f"a cell's record of {part} is damaged")
            if value is None and recid in (CELL_ST, CELL_RSTRING):  # (its length past its record's end)
                raise _Damaged(f"a string of {part} is cut short")
            cells.append((column + 1, _text(recid, value, strings, part)))
        elif recid == MERGE_CELL:
            merges.append(item)
        elif recid == biff12.WORKSHEET_END:
            break
    end_row()
    sheet = Sheet(title, sorted(rows.items()))
    _spread_merges(sheet, SimpleNamespace(mergeCell=_merged(merges)), counter)
    return sheet


def _text(recid: int, value: Any, strings: list[str] | None, part: str) -> str:
    """A cell's value as read_xlsx writes an .xlsx's with no number format (spreadsheet.cell_text)."""
    if recid == biff12.STRING:  # an index into the shared strings
        if strings is None or not isinstance(value, int) or value >= len(strings):
            raise _Damaged(f"a cell of {part} names a shared string the workbook does not have")
        return cell_text(strings[value])
    if recid in (biff12.BOOLERR, biff12.FORMULA_BOOLERR):
        return _ERRORS.get(int(value, 16), "#ERROR") if isinstance(value, str) else ""
    if recid in _TEXTS:
        return cell_text(value) if isinstance(value, str) else ""
    return cell_text(value)  # a figure (int, float), TRUE or FALSE, or None for a blank cell


def _merged(merges: list[tuple[Any, ...]]) -> list[SimpleNamespace]:
    """BrtMergeCell ranges as openpyxl's merged cells are read (spreadsheet._spread_merges): A1:A2."""
    from openpyxl.utils.cell import get_column_letter

    ranges = []
    for first, last, left, right in merges:
        if None in (first, last, left, right) or max(first, last) > MAX_ROW or max(left, right) > MAX_COLUMN:
            continue  # a range its writer got wrong
        ref = f"{get_column_letter(left + 1)}{first + 1}:{get_column_letter(right + 1)}{last + 1}"
        ranges.append(SimpleNamespace(ref=ref))
    return ranges


def _title(archive: zipfile.ZipFile) -> str | None:
    """The title in the workbook's properties (docProps/core.xml), as openpyxl reads an .xlsx's; None when
    it has none or the part does not parse."""
    from indexer.ooxmlpkg import parse

    try:
        title = parse(archive.read("docProps/core.xml")).findtext(_TITLE)
    except Exception:  # no properties, or broken ones: the file's name stands for the title
        return None
    return (title or "").strip() or None
