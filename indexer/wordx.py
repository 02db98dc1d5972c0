"""Word 2007+ documents (.docx): paragraphs and tables in document order, a paragraph with its tracked changes
accepted, the text of its text boxes, SmartArt and charts (wordchart.py) after it, footnotes and endnotes at
the end, a chunk of another format (w:altChunk) where it stands; and the zip check every OOXML or zipped
format passes before it is opened (a decompression bomb is refused from the directory). The package is made
readable first (ooxmlpkg.word_package: Strict Open XML names mapped, content controls unwrapped). A numbered
paragraph begins with the label Word shows (wordnum.py: 第四条, （一）); a document converted from a PDF, a
paragraph per printed line, is read as paragraphs (wordwrap.py).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from typing import Any

from indexer.decode import PARSER_ERRORS, DocumentError
from indexer.ooxmlpkg import DOCX_PACKAGE, parse, word_package
from indexer.wordchart import chart_lines, drop_missing_charts
from indexer.worddoc import DocumentTooLarge
from indexer.wordnum import label, numbering, readable_numbering
from indexer.wordwrap import Lines

__all__ = ["check_docx_zip", "paragraph_text", "read_docx"]

# The declared sizes are binding because zipfile stops reading an entry at its declared size.
MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024  # all entries together, bytes
MAX_DOCX_ENTRIES = 2000
MAX_DOCX_RATIO = 100  # uncompressed / compressed, for entries over 1 MiB (real Word XML: 5-20)


def check_docx_zip(data: bytes, name: str, kind: str = ".docx", app: str = "Word") -> None:
    """Refuse a .docx (or a .xlsx: ``kind``, written by ``app``) whose zip directory promises an unbounded
    parse (a decompression bomb), or that is no zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as e:
        raise DocumentError(
            name, f"is not a readable {kind} file ({e}); re-save it from {app} or upload text"
        ) from e
    if len(entries) > MAX_DOCX_ENTRIES:
        raise DocumentTooLarge(
            name,
            f"is refused: its zip holds {len(entries)} entries (limit {MAX_DOCX_ENTRIES}); "
            f"re-save it from {app}",
        )
    total = sum(e.file_size for e in entries)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise DocumentTooLarge(
            name,
            f"is refused: it expands to {total:,} bytes (limit {MAX_DOCX_UNCOMPRESSED:,}); "
            "split it or upload its text",
        )
    for entry in entries:
        ratio = entry.file_size // max(1, entry.compress_size)
        if entry.file_size > 1024 * 1024 and ratio > MAX_DOCX_RATIO:
            raise DocumentTooLarge(
                name,
                f"is refused: {entry.filename} expands {ratio}-fold "
                f"(limit {MAX_DOCX_RATIO}), the mark of a decompression bomb; upload its text instead",
            )


def _docx_damage(error: Exception) -> str:
    """What is wrong with a .docx python-docx could not read, in the sender's terms: a missing part or broken
    XML is named as the parser names it; python-docx's own failure on a part that is XML but not Word's (an
    AttributeError: "'lxml.etree._Element' object has no attribute 'body'") says nothing to the sender."""
    if isinstance(error, KeyError) and error.args:
        return str(error.args[0])  # There is no item named 'word/document.xml' in the archive
    if isinstance(error, SyntaxError):  # lxml's XMLSyntaxError: broken XML, with line and column
        return f"broken XML: {error}"
    return "a part of it is XML but not what Word writes there"


def read_docx(data: bytes, name: str, check: Callable[[int], None]) -> tuple[str, str | None]:
    """A .docx's text and its properties' title. Paragraphs and tables in document order, a table row a line
    (its cells joined by `` | ``); after a paragraph, the text of the text boxes anchored in it (python-docx
    reads none: 「举报非法采砂有奖…」 in a box beside a 实施方案 was lost, eval/policy22), the nodes of its
    SmartArt, the figures of its charts (wordchart.py), and the footnotes and endnotes it refers to; an
    altChunk's text where it stands. ``check`` is given the characters read so far."""
    check_docx_zip(data, name)
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(readable_numbering(drop_missing_charts(word_package(data)))))
        part = document.part
        notes = _notes(part)
        lines = Lines()
        size = 0
        # (python-docx's iter_inner_content, with the altChunks it leaves out)
        with numbering(part) as numbers:
            for element in document.element.body.xpath("./w:p | ./w:tbl | ./w:altChunk"):
                if element.tag == f"{_W}altChunk":
                    rows = _chunk(element, part, name)
                elif element.tag == f"{_W}tbl":
                    rows = _docx_rows(Table(element, document._body))
                else:
                    rows = [
                        _text(element),
                        *_boxes(element),
                        *_diagrams(element, part),
                        *chart_lines(element, part),
                        *_embedded(element, part, name),
                        *_referred(element, notes),
                    ]
                for k, row in enumerate(rows):
                    row = row.strip()
                    if row:
                        lines.append(row, body=k == 0 and element.tag == f"{_W}p")
                        size += len(row)
                check(size)
    except DocumentError:
        raise
    except Exception as e:  # python-docx raises several unrelated types for a corrupt file
        raise DocumentError(
            name, f"is not a readable .docx file ({_docx_damage(e)}); re-save it from Word or upload text"
        ) from e
    # python-docx gives a document without a docProps/core.xml part the default properties of its template,
    # titled "Word Document" (a fault probe: programs write such files, and each was cited by that title)
    try:
        document.part.package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        title = None
    else:
        title = (document.core_properties.title or "").strip() or None
    return lines.text(rejoin=not numbers.used), title


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# altChunk: how deep a .docx held in a .docx is read (a chunk's chunks one level down, no further)
MAX_CHUNK_DEPTH = 2
_CHUNK_DEPTH: ContextVar[int] = ContextVar("docx_chunk_depth", default=0)
# what a chunk is by its content type (else by its part's name, else by its bytes: load.sniff)
_CHUNK_KINDS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "message/rfc822": ".mht",
    "multipart/related": ".mht",
    "text/plain": ".txt",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "text/xml": ".xml",
    "application/xml": ".xml",
    DOCX_PACKAGE: ".docx",
    # (an embedded object: a workbook or a document; an OLE compound file, an .xls or .doc, by its bytes)
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.ms-excel.sheet.macroenabled.12": ".xlsx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.ms-excel": ".xls",
    "application/msword": ".doc",
}
_CHUNK_ERRORS: tuple[type[BaseException], ...] = (
    *PARSER_ERRORS,
    LookupError,
    OSError,
    SyntaxError,
    zipfile.BadZipFile,
)
_CHUNK_SUFFIXES = (
    ".html",
    ".htm",
    ".xhtml",
    ".mht",
    ".mhtml",
    ".txt",
    ".rtf",
    ".xml",
    ".docx",
    ".xlsx",
    ".xls",
)
_O = "{urn:schemas-microsoft-com:office:office}"


def _chunk(element: Any, part: Any, name: str) -> list[str]:
    """The lines of an altChunk: a part of another format — HTML, MHT, text, RTF, a .docx — that Word
    imports where the w:altChunk stands (OA systems write a document.xml of a title and one chunk, the
    notice itself in word/afchunk.htm), read by citeqa's reader of that format; a chunk that is missing or
    cannot be read is no text (the rest of the document is read)."""
    return _part_lines(part, element.get(f"{_R}id", ""), name)


def _embedded(paragraph: Any, part: Any, name: str) -> list[str]:
    """The text of the Excel sheets and Word documents embedded in a paragraph as objects (a notice's 附件
    table pasted as a worksheet object: the document holds only its picture; eval/policy28): each read
    by citeqa's reader of its kind, as an altChunk is; other objects (a drawing, an equation) are none."""
    lines: list[str] = []
    for ole in paragraph.iter(f"{_O}OLEObject"):
        lines += _part_lines(part, ole.get(f"{_R}id", ""), name)
    return lines


def _part_lines(part: Any, rid: str, name: str) -> list[str]:
    """The lines of the part ``rid`` relates to ``part``, read as what its content type, else its name,
    else its bytes say it is; none for a part that is missing, external or cannot be read."""
    from indexer.load import extract  # (load reads a .docx through this module)

    depth = _CHUNK_DEPTH.get()
    rel = part.rels.get(rid)
    if depth >= MAX_CHUNK_DEPTH or rel is None or rel.is_external:
        return []
    chunk = rel.target_part
    kind = str(chunk.content_type).split(";")[0].strip().lower()
    suffix = _CHUNK_KINDS.get(kind, "")
    if not suffix:
        extension = "." + str(chunk.partname).rpartition(".")[2].lower()
        suffix = ".docx" if "wordprocessingml" in kind else extension if extension in _CHUNK_SUFFIXES else ""
    token = _CHUNK_DEPTH.set(depth + 1)
    try:
        text = extract(chunk.blob, suffix, name=f"{name}{chunk.partname}").text
    except DocumentTooLarge:
        raise
    except _CHUNK_ERRORS:
        return []
    finally:
        _CHUNK_DEPTH.reset(token)
    lines = text.splitlines()
    # (a workbook's one sheet is headed by its file's name: an embedded one's, Microsoft_Excel_Worksheet, is
    # no heading of the document's)
    stem = str(chunk.partname).rpartition("/")[2].rpartition(".")[0]
    return lines[1:] if lines and lines[0] == stem else lines


_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_TEXT_POINTS = ("node", "asst")  # (a point's type; none is a node: parTrans, sibTrans, pres, doc carry none)


def _diagrams(paragraph: Any, part: Any) -> list[str]:
    """The text of the SmartArt drawn in a paragraph, a line per paragraph of each node's text, the nodes in
    the diagram's order. Their text is only in the diagram's data part (word/diagrams/dataN.xml); the
    drawing Word caches beside it (drawingN.xml) is a copy of it, not read."""
    lines: list[str] = []
    for ids in paragraph.iter(f"{_DGM}relIds"):
        rel = part.rels.get(ids.get(f"{_R}dm", ""))
        if rel is None or rel.is_external or any(a.tag == _FALLBACK for a in ids.iterancestors()):
            continue
        try:
            data = parse(rel.target_part.blob)
        except SyntaxError:  # (lxml's XMLSyntaxError: a broken diagram is no text)
            continue
        for point in _ordered_points(data):
            text = point.find(f"{_DGM}t")
            if text is not None and point.get("type", "node") in _TEXT_POINTS:
                lines.extend("".join(t.text or "" for t in p.iter(f"{_A}t")) for p in text.iter(f"{_A}p"))
    return lines


def _ordered_points(data: Any) -> list[Any]:
    """A diagram's points in its order: from its document point down its parent-of connections by their
    source order, depth first (the point list keeps the order the nodes were added in); points no
    connection reaches after them, in the list's order."""
    points = {p.get("modelId"): p for p in data.iter(f"{_DGM}pt")}
    children: dict[str | None, list[tuple[int, str | None]]] = {}
    for cxn in data.iter(f"{_DGM}cxn"):
        if cxn.get("type", "parOf") == "parOf":
            order = cxn.get("srcOrd", "0")
            children.setdefault(cxn.get("srcId"), []).append(
                (int(order) if order.isdigit() else 0, cxn.get("destId"))
            )
    ordered: list[Any] = []
    seen: set[str | None] = set()
    stack = [key for key, p in reversed(points.items()) if p.get("type") == "doc"]
    while stack:
        key = stack.pop()
        if key in seen or key not in points:
            continue
        seen.add(key)
        ordered.append(points[key])
        stack.extend(dest for _, dest in sorted(children.get(key, []), key=lambda c: -c[0]))
    return ordered + [p for key, p in points.items() if key not in seen]


def _boxes(paragraph: Any) -> list[str]:
    """The paragraphs of the text boxes anchored in a paragraph. Word writes a box twice, as DrawingML in
    mc:Choice and as VML in mc:Fallback for older readers: the fallback copy is skipped."""
    lines: list[str] = []
    for box in paragraph.iter(f"{_W}txbxContent"):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        lines.extend(_text(p) for p in box.iter(f"{_W}p"))
    return lines


def _notes(part: Any) -> dict[tuple[str, str], list[str]]:
    """Footnotes and endnotes by (kind, id): each note's paragraphs (separators are no notes)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    notes: dict[tuple[str, str], list[str]] = {}
    for kind, reltype in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES)):
        for rel in part.rels.values():
            if rel.reltype != reltype or rel.is_external:
                continue
            for note in parse_xml(rel.target_part.blob).iter(f"{_W}{kind}"):
                if note.get(f"{_W}type") in (None, "normal"):
                    notes[(kind, note.get(f"{_W}id", ""))] = [_text(p) for p in note.iter(f"{_W}p")]
    return notes


def _referred(paragraph: Any, notes: dict[tuple[str, str], list[str]]) -> list[str]:
    """The notes a paragraph refers to, in the order it refers to them."""
    if not notes:
        return []
    lines: list[str] = []
    for kind in ("footnote", "endnote"):
        for reference in paragraph.iter(f"{_W}{kind}Reference"):
            lines.extend(notes.get((kind, reference.get(f"{_W}id", "")), []))
    return lines


def _docx_rows(table: Any) -> list[str]:
    """A .docx table's rows, a line each (cells joined by `` | ``). A table inside a cell (a layout table of
    项目 | 内容 rows whose 缴费档次 row holds the table of 档次 and 补贴: eval/policy20, 武安市) follows its
    row, its own rows a line each, then the cell's paragraphs after it: python-docx's cell text leaves it
    out."""
    from docx.table import Table

    lines: list[str] = []
    for row in table.rows:
        heads: list[str] = []
        after: list[str] = []
        for cell in _unique(row.cells):
            if not cell.tables:
                heads.append("\n".join(paragraph_text(p) for p in cell.paragraphs))
                continue
            before: list[str] = []
            nested = False
            for block in cell.iter_inner_content():
                if isinstance(block, Table):
                    nested = True
                    after.extend(_docx_rows(block))
                else:
                    (after if nested else before).append(paragraph_text(block))
            heads.append("\n".join(before))
        lines.append(" | ".join(h.strip() for h in heads if h.strip()))
        lines.extend(after)
    return lines


# A paragraph's runs as Word shows them with its tracked changes accepted: inserted runs (w:ins, w:moveTo) are
# text, deleted ones (w:del, w:moveFrom) are not. python-docx's Paragraph.text reads only the paragraph's own
# runs and hyperlinks: a document saved with changes still tracked had lost every inserted figure
# (「由市财政按每台3000元的标准补助」 read 「按每台的标准补助」: eval/policy21, 邹平市).
# Runs also stand inside other inline wrappers python-docx does not read: a smart tag (w:smartTag, Word 2003's
# 地址 and 日期 tags), custom XML (w:customXml), a simple field's result (w:fldSimple: a DATE or a
# cross-reference's text), bidirectional runs (w:dir, w:bdo) and a ruby's base (w:rubyBase; its guide text,
# w:rt, is not read, as 拼音 over 补贴 is not part of the sentence) — any depth of them. A text box's
# paragraphs are read on their own (_boxes), not as the paragraph's: a run is the paragraph's own when the
# paragraph is the nearest one holding it.
_RUNS = (
    ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:rt or ancestor::w:hyperlink)]"
    " | .//w:hyperlink[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:hyperlink)]"
)


def paragraph_text(paragraph: Any) -> str:
    """A .docx paragraph's text with its tracked changes accepted (see ``_RUNS``)."""
    return _text(paragraph._p)


def _text(p: Any) -> str:
    """A w:p element's text (python-docx's element class: its runs read as Word shows them)."""
    own = (e for e in p.xpath(_RUNS) if next(e.iterancestors(f"{_W}p"), None) is p)
    return label(p) + "".join(str(e.text) for e in own if not _hidden(e))


# Hidden text (a run formatted w:vanish): Word neither shows nor prints it — an editor's note kept in the file
# with other figures is no part of the rule (eval/policy28).
_VANISH = f"{_W}rPr/{_W}vanish"
_OFF = ("0", "false", "off")


def _hidden(run: Any) -> bool:
    if run.tag == f"{_W}hyperlink":
        return False  # (its runs are read through its own text)
    vanish = run.find(_VANISH)
    return vanish is not None and vanish.get(f"{_W}val", "true").lower() not in _OFF


def _unique(cells: Sequence[Any]) -> list[Any]:
    """A merged cell appears once per grid column it spans: each once."""
    seen: set[int] = set()
    out = []
    for cell in cells:
        key = id(getattr(cell, "_tc", cell))
        if key not in seen:
            seen.add(key)
            out.append(cell)
    return out
