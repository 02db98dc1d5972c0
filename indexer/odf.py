"""OpenDocument text (.odt: LibreOffice, WPS and 永中 save it; some offices publish in it): its paragraphs,
headings, lists and tables in document order, read from content.xml with lxml; and an OpenDocument
spreadsheet (.ods), laid out as an .xlsx is (odsheet.py).

A table row is one line of cells joined by `` | ``, as a .docx table's (a merged cell's covered neighbours
left out); a heading, a paragraph and a list item are lines; a figure split over ``text:span`` runs is one
word again; ``text:s`` / ``text:tab`` / ``text:line-break`` are a space, a tab and a line break; a note's
body comes after the paragraph that refers to it; tracked deletions and annotations are no text. The title
is the document's own (meta.xml ``dc:title``), else its first heading.

odfdo (the maintained OpenDocument library) was tried: its text export puts each table cell on a line of
its own and runs a heading into the paragraph after it, so the structure is read here (the same lxml it
parses with).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

from indexer import staroffice
from indexer.decode import DocumentError
from indexer.reflow import keep_pages

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
# each kind's mimetypes: the document's, its template's, and OpenOffice.org 1.x's (staroffice.py)
MIMETYPES = (
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
    *staroffice.WRITER,
)
SHEET_MIMETYPES = (
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet-template",
    *staroffice.CALC,
)
PRESENTATION_MIMETYPES = (
    "application/vnd.oasis.opendocument.presentation",
    "application/vnd.oasis.opendocument.presentation-template",
    *staroffice.IMPRESS,
)
DRAWING_MIMETYPES = (
    "application/vnd.oasis.opendocument.graphics",
    "application/vnd.oasis.opendocument.graphics-template",
    *staroffice.DRAW,
)
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_KIND = {".odt": "text", ".ods": "a spreadsheet", ".odp": "a presentation", ".odg": "a drawing"}
_AGAIN = {".odt": ".odt or .docx", ".ods": ".ods or .xlsx", ".odp": ".odp or .pptx", ".odg": ".odg or .pdf"}

_BLOCKS = {f"{{{TEXT}}}p", f"{{{TEXT}}}h"}
_SKIPPED = {
    f"{{{TEXT}}}tracked-changes",  # deleted text kept for review
    f"{{{OFFICE}}}annotation",  # comments in the margin
    f"{{{TEXT}}}note",  # read after its paragraph
    f"{{{TEXT}}}sequence-decls",
    f"{{{TEXT}}}table-of-content",  # its entries repeat the headings
}
MAX_REPEAT = 64  # a run of repeated spaces in .odt text (text:c)
MAX_COLUMNS = 16_384  # a sheet's columns (LibreOffice's and Excel's most)


def open_package(data: bytes, name: str, kinds: tuple[str, ...], suffix: str) -> tuple[Any, Any]:
    """(content.xml, meta.xml or None) of an OpenDocument file of one of ``kinds`` (its mimetype entry)."""
    from lxml import etree

    if is_flat(data):
        return _flat(data, name, kinds, suffix)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
            kind = (
                archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in members else ""
            )
            if kind and kind not in kinds:
                raise DocumentError(
                    name,
                    f"is an OpenDocument {kind.rsplit('.', 1)[-1]}, not {_KIND[suffix]}; save it as {suffix}",
                )
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
            content = etree.fromstring(archive.read("content.xml"), parser)
            meta = etree.fromstring(archive.read("meta.xml"), parser) if "meta.xml" in members else None
            if staroffice.is_legacy(content):  # (OpenOffice.org 1.x: .sxw, .sxc …)
                content = staroffice.modernised(content)
                meta = staroffice.modernised(meta) if meta is not None else None
    except DocumentError:
        raise
    except (
        zipfile.BadZipFile,
        KeyError,
        etree.XMLSyntaxError,
        OSError,
        ValueError,
        zlib.error,
        EOFError,
        NotImplementedError,  # a compression method zipfile lacks (deflate64)
        RuntimeError,  # an entry flagged encrypted
    ) as e:
        raise DocumentError(
            name, f"is not a readable {suffix} file ({e}); re-save it as {_AGAIN[suffix]}"
        ) from e
    return content, meta


def is_flat(data: bytes) -> bool:
    """Whether an OpenDocument file is Flat XML (.fodt, .fods, .fodp: LibreOffice's "Flat XML" save, the
    package's parts in one office:document), not a zip package."""
    return not data.startswith(b"PK")


def _flat(data: bytes, name: str, kinds: tuple[str, ...], suffix: str) -> tuple[Any, Any]:
    """(office:document, its office:meta or None) of a Flat OpenDocument file, checked as ``_open`` checks a
    package (its office:mimetype the kind asked for)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as e:
        raise DocumentError(
            name, f"is not a readable Flat {suffix} file ({e}); re-save it as {_AGAIN[suffix]}"
        ) from e
    if root.tag != f"{{{OFFICE}}}document":
        raise DocumentError(name, f"is XML but no Flat OpenDocument file; re-save it as {_AGAIN[suffix]}")
    kind = (root.get(f"{{{OFFICE}}}mimetype") or "").strip()
    if kind and kind not in kinds:
        raise DocumentError(
            name, f"is an OpenDocument {kind.rsplit('.', 1)[-1]}, not {_KIND[suffix]}; save it as {suffix}"
        )
    return root, root.find(f"{{{OFFICE}}}meta")


def stated_title(meta: Any) -> str:
    return (meta.findtext(f".//{{{DC}}}title") or "").strip() if meta is not None else ""


def read_odt(data: bytes, name: str, check: Callable[[int], None]) -> tuple[str, str | None]:
    """(text, title) of an .odt's bytes; ``check`` is told the length read so far (the extraction bound)."""
    content, meta = open_package(data, name, MIMETYPES, ".odt")
    body = content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    lines: list[str] = []
    size = 0
    stated = stated_title(meta)
    try:
        read = block_lines(body, _Tally(check)) if body is not None else []
        # (a heading is looked for where _lines does not read too: one nested deep in tracked changes)
        headings = [] if body is None else (_inline(h).strip() for h in body.iter(f"{{{TEXT}}}h"))
        title = stated or next((h for h in headings if h), None)
    except RecursionError:
        raise DocumentError(name, "nests its elements too deeply to read; re-save it as .docx") from None
    if body is not None:
        for line in read:
            if line.strip():
                lines.append(line.strip())
                size += len(line)
                check(size)
    return "\n".join(lines), title


def odp_pages(data: bytes, name: str, check: Callable[[int], None]) -> tuple[list[str], str | None]:
    """Each slide of an .odp (LibreOffice Impress, WPS 演示) as a page: its frames in reading order (top to
    bottom, left to right), a table's rows as lines of cells, then its speaker notes; and the deck's title
    (meta.xml ``dc:title``). ``check`` is told the length read so far."""
    return _pages(data, name, check, ".odp")


def odg_pages(data: bytes, name: str, check: Callable[[int], None]) -> tuple[list[str], str | None]:
    """Each page of an OpenDocument drawing (.odg: LibreOffice Draw, as a flyer or a 宣传单 is made; its text
    in frames and shapes, eval/policy33, written blind) as a page, read as an .odp's slides are."""
    return _pages(data, name, check, ".odg")


def _pages(data: bytes, name: str, check: Callable[[int], None], suffix: str) -> tuple[list[str], str | None]:
    drawing = suffix == ".odg"
    content, meta = open_package(data, name, DRAWING_MIMETYPES if drawing else PRESENTATION_MIMETYPES, suffix)
    body = content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}{'drawing' if drawing else 'presentation'}")
    slides: list[str] = []
    notes: list[str] = []
    size = 0
    tally = _Tally(check)
    try:
        for slide in body.findall(f"{{{DRAW}}}page") if body is not None else []:
            shapes = sorted(
                (c for c in slide if isinstance(c.tag, str) and c.tag != f"{{{PRESENTATION}}}notes"),
                key=lambda shape: (_length(shape.get(f"{{{SVG}}}y")), _length(shape.get(f"{{{SVG}}}x"))),
            )
            slides.append(_joined([line for shape in shapes for line in block_lines(shape, tally)]))
            said = slide.find(f"{{{PRESENTATION}}}notes")
            notes.append(_joined(block_lines(said, tally)) if said is not None else "")
            size += len(slides[-1]) + len(notes[-1])
            check(size)
    except RecursionError:
        raise DocumentError(
            name, f"nests its elements too deeply to read; re-save it as {_AGAIN[suffix]}"
        ) from None
    # a footer or slide number every slide repeats is dropped (as a .pptx's), before the notes follow
    kept = keep_pages(slides).pages
    pages = ["\n".join(part for part in page if part) for page in zip(kept, notes, strict=True)]
    return pages, stated_title(meta) or None


def _joined(lines: list[str]) -> str:
    return "\n".join(line.strip() for line in lines if line.strip())


_UNIT_CM = {"cm": 1.0, "mm": 0.1, "in": 2.54, "pt": 2.54 / 72, "pc": 2.54 / 6, "px": 2.54 / 96}


def _length(value: str | None) -> float:
    """An ODF length (2.4cm, 1in, 36pt) in centimetres; 0 for none."""
    found = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*([a-z]*)\s*", value or "")
    if found is None:
        return 0.0
    return float(found.group(1)) * _UNIT_CM.get(found.group(2), 1.0)


class _Tally:
    """The characters a reading has made so far, told to the extraction bound as they grow."""

    def __init__(self, check: Callable[[int], None]) -> None:
        self.total = 0
        self.check = check

    def add(self, chars: int) -> None:
        self.total += chars
        self.check(self.total)


def block_lines(element: Any, tally: _Tally | None = None) -> list[str]:
    """The lines of a container (the body, a list item, a cell, a section, a frame's text box)."""
    out: list[str] = []
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag in _BLOCKS:
            out.extend(_inline(child).split("\n"))
            out.extend(_notes(child, tally))
        elif tag == f"{{{TABLE}}}table":
            out.extend(_rows(child, tally))
        else:  # lists, list items, sections, frames, text boxes: their blocks in order
            out.extend(block_lines(child, tally))
    return out


def _inline(element: Any) -> str:
    """A paragraph's text: its spans joined, spaces, tabs and line breaks as written, notes and comments
    left for later."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{TEXT}}}s":
            parts.append(" " * _count(child.get(f"{{{TEXT}}}c")))
        elif tag == f"{{{TEXT}}}tab":
            parts.append("\t")
        elif tag == f"{{{TEXT}}}line-break":
            parts.append("\n")
        elif tag and tag not in _SKIPPED:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _notes(block: Any, tally: _Tally | None = None) -> list[str]:
    """The bodies of the footnotes and endnotes a paragraph refers to, each a line after it."""
    out = []
    for note in block.iter(f"{{{TEXT}}}note"):
        body = note.find(f"{{{TEXT}}}note-body")
        if body is not None:
            said = " ".join(line.strip() for line in block_lines(body, tally) if line.strip())
            out.extend(said.split("\n"))
    return out


_ROW_GROUPS = {f"{{{TABLE}}}{g}" for g in ("table-header-rows", "table-rows", "table-row-group")}


def own_rows(table: Any) -> list[Any]:
    """The table's rows, in their groups (header rows, row groups), not the rows of a table in a cell."""
    rows: list[Any] = []
    for child in table:
        if child.tag == f"{{{TABLE}}}table-row":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(own_rows(child))
    return rows


def _count(value: str | None) -> int:
    """A run of spaces as written (text:c), within 1 … MAX_REPEAT; 1 unreadable."""
    return repeat_count(value, MAX_REPEAT)


def _rows(table: Any, tally: _Tally | None = None) -> list[str]:
    out: list[str] = []
    for row in own_rows(table):
        cells: list[str] = []
        for cell in row:
            if cell.tag != f"{{{TABLE}}}table-cell":  # covered-table-cell: part of a merged one
                continue
            text = " ".join(line.strip() for line in block_lines(cell, tally) if line.strip())
            # (a filled cell repeated stands in each column it repeats into, within a table's bounds — its
            # characters counted before they are made: 150,000 hanzi repeated 16,384 times had taken 4.8 GB)
            repeat = repeat_count(cell.get(f"{{{TABLE}}}number-columns-repeated"), MAX_COLUMNS - len(cells))
            if tally is not None and text:
                tally.add(len(text) * repeat)
            cells.extend([text] * (repeat if text else 1))
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            out.append(" | ".join(c or "—" for c in cells))
    return out


def repeat_count(value: str | None, most: int) -> int:
    """A sheet's repeat count as written, within 1 … ``most``; 1 unreadable."""
    try:
        return min(max(int(value or 1), 1), most)
    except ValueError:
        return 1
