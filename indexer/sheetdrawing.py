"""The text of a sheet's text boxes and shapes (its drawing layer), read after the sheet's rows.

A 填表说明 written in a text box beside a form (宁安市's 人防工程 申报表, eval/policy30) is in no cell:
openpyxl reads none of it. A sheet links its drawing through its relationships (sheet1.xml.rels →
xl/drawings/drawing1.xml; a .xlsb's sheet1.bin links the same DrawingML); each shape there with text
(``xdr:sp`` with an ``xdr:txBody``, one inside a group too) gives a line per paragraph (``a:p``: its runs'
``a:t`` joined; a line break in it, ``a:br``, starts another line), whitespace collapsed, empty lines
dropped. Shapes are read in the drawing's order: by their anchor's top-left cell, row then column (an
``xdr:absoluteAnchor``, placed by position alone, after them), the drawing's own order among equals. Chart
frames and pictures hold no such shape; a hidden shape (a form control's, ``cNvPr hidden="1"``) is not read,
nor is the fallback copy of markup-compatibility content (``mc:Fallback`` beside an ``mc:Choice``).

The lines go after the sheet's rows, a row apart from the last so the layout (sheetlayout.py) reads them as
lines of their own after the sheet's table, never as rows of it. Parts are read from the workbook's zip (its
size bounded before: wordx.check_docx_zip) with no entity expanded or fetched (ooxmlpkg.parse), a drawing
part at most MAX_DRAWING_BYTES; a missing, oversized or broken relationships or drawing part is passed over
— the cells still read — and the lines count against the workbook's bounds as its cells do.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import Any

from indexer.sheetlayout import TABLE_CELL, CellCounter, Sheet

__all__ = ["MAX_DRAWING_BYTES", "add_drawing_text", "drawing_text"]

MAX_DRAWING_BYTES = 16 * 1024 * 1024  # one drawing part (Excel's: a few kB a shape)

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ANCHORS = (f"{XDR}twoCellAnchor", f"{XDR}oneCellAnchor", f"{XDR}absoluteAnchor")
_LAST = 1 << 31  # the place of an anchor with no cell
_SPACE = re.compile(r"\s+")


def add_drawing_text(sheet: Sheet, archive: zipfile.ZipFile, part: str, counter: CellCounter) -> None:
    """Append the text of the drawing of the sheet at ``part`` (xl/worksheets/sheet1.xml) of ``archive`` to
    ``sheet``'s rows: a row of one cell a line, a row after its last one (see the module's docstring)."""
    lines = drawing_text(archive, part)
    number = max((n for n, _ in sheet.rows), default=-1) + 2  # (a row left empty between: see above)
    for line in lines:
        counter.add(line)
        sheet.rows.append((number, {1: line}))
        number += 1


def drawing_text(archive: zipfile.ZipFile, part: str) -> list[str]:
    """The lines of the shapes of the drawings the sheet at ``part`` links to; [] when there are none or
    they cannot be read."""
    lines: list[str] = []
    for target in _drawings(archive, part):
        try:
            root = _read_xml(archive, target)
        except Exception:  # a missing, oversized or broken drawing part: the cells still read
            continue
        lines.extend(_shapes_text(root))
    return lines


def _drawings(archive: zipfile.ZipFile, part: str) -> list[str]:
    """The names in ``archive`` of the drawing parts the sheet at ``part`` links to, in its rels' order."""
    folder, base = posixpath.split(part.lstrip("/"))
    try:
        rels = _read_xml(archive, posixpath.join(folder, "_rels", f"{base}.rels"))
    except Exception:  # no relationships (a sheet with no drawing), or broken ones
        return []
    targets = []
    for rel in rels.iter(_REL):
        target = rel.get("Target") or ""
        if rel.get("Type") != _DRAWING or rel.get("TargetMode") == "External" or not target:
            continue
        if target.startswith("/"):
            targets.append(posixpath.normpath(target.lstrip("/")))
        else:
            targets.append(posixpath.normpath(posixpath.join(folder, target)))
    return list(dict.fromkeys(targets))


def _read_xml(archive: zipfile.ZipFile, name: str) -> Any:
    """A part's root element, the part at most MAX_DRAWING_BYTES (KeyError when it is missing, ValueError
    when it is larger, lxml's XMLSyntaxError when it is no XML)."""
    from indexer.ooxmlpkg import parse

    with archive.open(name) as stream:
        data = stream.read(MAX_DRAWING_BYTES + 1)
    if len(data) > MAX_DRAWING_BYTES:
        raise ValueError(f"{name} is over {MAX_DRAWING_BYTES} bytes")
    return parse(data)


def _shapes_text(root: Any) -> list[str]:
    """The lines of a drawing's shapes, by their anchors' cells (see the module's docstring)."""
    for switch in list(root.iter(f"{MC}AlternateContent")):
        choices = switch.findall(f"{MC}Choice")
        for other in [*choices[1:], *switch.findall(f"{MC}Fallback")] if choices else ():
            switch.remove(other)  # (the copy for a reader that knows not the choice's markup)
    anchored = []
    for order, anchor in enumerate(root.iter(*_ANCHORS)):
        lines = [line for shape in anchor.iter(f"{XDR}sp") for line in _shape_lines(shape)]
        if lines:
            anchored.append((_place(anchor), order, lines))
    return [line for _, _, lines in sorted(anchored) for line in lines]


def _place(anchor: Any) -> tuple[int, int]:
    """The (row, column) of an anchor's top-left cell; an absolute anchor's after every cell's."""
    start = anchor.find(f"{XDR}from")
    if start is None:
        return (_LAST, _LAST)
    try:
        return (int(start.findtext(f"{XDR}row") or 0), int(start.findtext(f"{XDR}col") or 0))
    except ValueError:
        return (_LAST, _LAST)


def _shape_lines(shape: Any) -> list[str]:
    """A shape's text: a line a paragraph (and a line break in one), [] for a hidden shape or one without
    text."""
    names = shape.find(f"{XDR}nvSpPr/{XDR}cNvPr")
    if names is not None and names.get("hidden") in ("1", "true"):
        return []
    body = shape.find(f"{XDR}txBody")
    if body is None:
        return []
    lines = []
    for paragraph in body.iter(f"{A}p"):
        pieces = [
            "\n" if piece.tag == f"{A}br" else piece.text or "" for piece in paragraph.iter(f"{A}t", f"{A}br")
        ]
        for line in "".join(pieces).split("\n"):
            text = _SPACE.sub(" ", line).strip()
            if text:
                lines.append(text.replace(TABLE_CELL, " ｜ "))  # (a bar of its own is no cell boundary)
    return lines
