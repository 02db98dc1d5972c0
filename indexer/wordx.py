"""Word 2007+ documents (.docx): paragraphs and tables in document order, a paragraph with its tracked changes
accepted, the text of its text boxes after it, footnotes and endnotes at the end; and the zip check every
OOXML or zipped format passes before it is opened (a decompression bomb is refused from the directory).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from typing import Any

from indexer.decode import DocumentError
from indexer.worddoc import DocumentTooLarge

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
    reads none: 「举报非法采砂有奖…」 in a box beside a 实施方案 was lost, eval/policy22) and the footnotes
    and endnotes it refers to. ``check`` is given the characters read so far."""
    check_docx_zip(data, name)
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        notes = _notes(document.part)
        lines: list[str] = []
        size = 0
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                rows = _docx_rows(block)
            else:
                rows = [paragraph_text(block), *_boxes(block._p), *_referred(block._p, notes)]
            for row in rows:
                row = row.strip()
                if row:
                    lines.append(row)
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
    return "\n".join(lines), title


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


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
_RUNS = "w:r | w:hyperlink | w:ins/w:r | w:ins/w:hyperlink | w:moveTo/w:r | w:moveTo/w:hyperlink"


def paragraph_text(paragraph: Any) -> str:
    """A .docx paragraph's text with its tracked changes accepted (see ``_RUNS``)."""
    return _text(paragraph._p)


def _text(p: Any) -> str:
    """A w:p element's text (python-docx's element class: its runs read as Word shows them)."""
    return "".join(str(e.text) for e in p.xpath(_RUNS))


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
