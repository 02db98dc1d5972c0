"""A Gnumeric workbook (.gnumeric: GNOME's spreadsheet, what a Linux desktop in a 政务 office saves): XML in
the ``http://www.gnumeric.org/v10.dtd`` namespace, gzip-compressed as Gnumeric saves it (or plain, as a
setting or a script leaves it), parsed as an Excel 2003 XML workbook is (officexml.parse_office_xml: no
entity expanded nor fetched, a DTD refused, MAX_XML_BYTES).

A workbook is laid out as an .xlsx with the same cells is (sheetlayout.layout): each visible ``gnm:Sheet``
under its ``gnm:Name``, its cells (``gnm:Cell``, Row and Col counted from 0) a row a line under the table's
header, a title merged across the columns above it a caption — so a figure is read in its column's unit; a
cell merged down (``gnm:MergedRegions``) stands in each row it spans that holds cells (sheetxml.spread_down).
A value as people write it (spreadsheet.cell_text): 1500, 15% in a percentage format, 2026年4月30日 in a
date format, 1500万元 where the format writes 万元 beside the figure (numfmt.with_text). A formula cell
(``=SUM(B3:B4)``) is the result Gnumeric saved with it (its ``Value``), none when it saved none, as an
.xlsx's formula without a cached value reads; a cell sharing another's formula (``ExprID``, no text) so
too. The title is the workbook's (its metadata's dc:title), which leads the text as an .xlsx's does, else the
file's name.

A gzip that unpacks past MAX_XML_BYTES (a decompression bomb: a few kB of gzip can promise gigabytes) is
refused before it is parsed, unpacked no further than that bound.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable
from pathlib import PurePath
from typing import Any

from indexer.decode import DocumentError
from indexer.extracted import MAX_TEXT_CHARS
from indexer.officexml import MAX_COLUMNS, MAX_XML_BYTES, parse_office_xml
from indexer.sheetlayout import CellCounter, Sheet, layout
from indexer.sheetxml import MAX_MERGED_ROWS, MAX_ROWS, spread_down
from indexer.worddoc import DocumentTooLarge

_GZIP = b"\x1f\x8b"
_NAMESPACE = re.compile(r"\{(http://www\.gnumeric\.org/[^}]*)\}Workbook")
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_FLOAT = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# Gnumeric's value types (value.h) read as theirs: a truth value, a number (the rest, a string or an error
# such as #DIV/0!, as written)
_BOOLEAN, _FLOAT_TYPE = "20", "40"


def read_gnumeric(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .gnumeric file's bytes (see the module's docstring)."""
    from indexer.spreadsheet import cell_text

    root = parse_office_xml(_unpacked(data, name), name, "workbook", "Gnumeric")
    found = _NAMESPACE.fullmatch(root.tag)
    if found is None:
        raise DocumentError(name, "is XML but no Gnumeric workbook (its root is no gnm:Workbook)")
    gnm = f"{{{found.group(1)}}}"
    mac = "1904" in (root.findtext(f"{gnm}DateConvention") or "")
    counter = CellCounter(name, MAX_TEXT_CHARS)
    sheets: list[Sheet] = []
    for node in root.iterfind(f"{gnm}Sheets/{gnm}Sheet"):
        if "HIDDEN" in (node.get("Visibility") or "").upper():
            continue
        rows: dict[int, dict[int, str]] = {}
        for cell in node.iterfind(f"{gnm}Cells/{gnm}Cell"):
            row, column = _place(cell.get("Row"), MAX_ROWS), _place(cell.get("Col"), MAX_COLUMNS)
            text = _value(cell, gnm, mac, cell_text) if row and column else ""
            if text:
                counter.add(text)
                rows.setdefault(row, {})[column] = text
        sheet = Sheet((node.findtext(f"{gnm}Name") or "").strip())
        sheet.rows = [(number, dict(sorted(cells.items()))) for number, cells in sorted(rows.items())]
        spread_down(sheet, _merged_down(node, gnm), counter)
        sheets.append(sheet)
    if not any(sheet.rows for sheet in sheets):
        raise DocumentError(name, "has no filled cells; nothing to index")
    title = _title(root, gnm)
    return layout(sheets, title or PurePath(name).stem), title


def _unpacked(data: bytes, name: str) -> bytes:
    """The workbook's XML: a gzip unpacked, within MAX_XML_BYTES; plain XML as it is."""
    if not data.startswith(_GZIP):
        return data
    unpacker = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        xml = unpacker.decompress(data, MAX_XML_BYTES + 1)
    except zlib.error as e:
        raise DocumentError(name, f"is not a readable gzip file ({e}); re-save it from Gnumeric") from None
    if len(xml) > MAX_XML_BYTES or unpacker.unconsumed_tail:
        raise DocumentTooLarge(
            name,
            f"is refused: it unpacks to over {MAX_XML_BYTES:,} bytes, the mark of a decompression bomb; "
            "split it or save it as .xlsx",
        )
    if not unpacker.eof:
        raise DocumentError(name, "is a gzip file cut short; re-save it from Gnumeric")
    return xml


def _place(value: str | None, most: int) -> int:
    """A row's or column's number from 1 (Gnumeric counts from 0); 0 for one unreadable or past ``most``."""
    try:
        place = int(value or "") + 1
    except ValueError:
        return 0
    return place if 1 <= place <= most else 0


def _value(cell: Any, gnm: str, mac: bool, cell_text: Callable[..., str]) -> str:
    """A cell's value as people write it (see the module's docstring)."""
    written = cell.text if cell.text is not None else cell.findtext(f"{gnm}Content") or ""
    if written.startswith("=") or (not written and cell.get("ExprID")):
        written = cell.get("Value") or ""  # (a formula: the result saved with it, if any)
    kind, shown = cell.get("ValueType"), cell.get("ValueFormat") or ""
    if kind == _FLOAT_TYPE and _FLOAT.fullmatch(number := written.strip()):
        value = float(number)
        if math.isfinite(value):
            return _number(value, shown, mac, cell_text)
    if kind == _BOOLEAN:
        return cell_text(written.strip().upper() == "TRUE")
    return cell_text(written)


def _number(value: float, shown: str, mac: bool, cell_text: Callable[..., str]) -> str:
    """A figure in its format: a date as a date, text beside it (万元) kept, a percentage as one."""
    from openpyxl.styles.numbers import is_date_format
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    from indexer.numfmt import with_text

    if shown and is_date_format(shown):
        try:
            return cell_text(from_excel(value, CALENDAR_MAC_1904 if mac else CALENDAR_WINDOWS_1900))
        except (ValueError, OverflowError):
            return cell_text(value)
    if shown and (said := with_text(value, shown)) is not None:
        return said
    return cell_text(value, "%" in shown)


def _merged_down(sheet: Any, gnm: str) -> list[tuple[int, int, int]]:
    """(column, top row, bottom row) of each merged region more than a row tall (A3:A4)."""
    from openpyxl.utils.cell import range_boundaries

    merges = []
    for merge in sheet.iterfind(f"{gnm}MergedRegions/{gnm}Merge"):
        try:
            column, top, _, bottom = range_boundaries((merge.text or "").strip())
        except (TypeError, ValueError):
            continue  # (a range its writer got wrong)
        if column and top and bottom and bottom > top:
            merges.append((column, top, min(bottom, top + MAX_MERGED_ROWS)))
    return merges


def _title(root: Any, gnm: str) -> str | None:
    """The workbook's title: its metadata's dc:title, or an old Gnumeric's summary item named title."""
    for meta in root.iter(_DC_TITLE):
        if said := " ".join("".join(meta.itertext()).split()):
            return said
    for item in root.iterfind(f"{gnm}Summary/{gnm}Item"):
        if (item.findtext(f"{gnm}name") or "").strip() == "title":
            return " ".join((item.findtext(f"{gnm}val-string") or "").split()) or None
    return None
