"""Turning a file into plain text: .txt/.md/.html/.docx/.doc/.pdf/.xlsx/.xls extraction, bounded (decoding:
``decode.py``; Word 97-2003 binaries: ``worddoc.py``; spreadsheets: ``spreadsheet.py``).

Nothing here cleans the text (see ``clean.py``); it only gets the characters out faithfully — for a PDF, or a
.txt that pdftotext wrote, that means paragraphs rather than printed lines, without the page furniture
(``reflow.py``) — and refuses a file whose parsing would be unbounded (a .docx decompression bomb, a PDF of
too many pages or characters) before parsing it. Every refusal is a ``DocumentError`` naming the document and
the reason.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indexer.decode import SUPPORTED_SUFFIXES, DocumentError, check_text, decode_bytes
from indexer.reflow import unwrap_pages, unwrap_text
from indexer.spreadsheet import encrypted, ole_kind, read_csv, read_xls, read_xlsx
from indexer.webpage import html_to_text, markdown_title, read_markdown, read_page
from indexer.worddoc import DocumentTooLarge, read_doc

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DocumentError",
    "Extracted",
    "check_text",
    "decode_bytes",
    "extract",
    "extract_text",
    "html_to_text",
    "locate_pages",
    "page_at",
    "read_document",
]

logger = logging.getLogger(__name__)


# Parsing bounds (issue 11): a .docx is a zip, checked from its directory before python-docx opens it; the
# declared sizes are binding because zipfile stops reading an entry at its declared size.
MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024  # all entries together, bytes
MAX_DOCX_ENTRIES = 2000
MAX_DOCX_RATIO = 100  # uncompressed / compressed, for entries over 1 MiB (real Word XML: 5-20)
MAX_PDF_PAGES = 2000
MAX_TEXT_CHARS = 5_000_000  # extracted characters of one document, whatever its format
# Bytes of a .txt, .md or .html file read at all: four per character (UTF-8's most, UTF-16's surrogate pairs)
# of MAX_TEXT_CHARS. Unbounded, a 200 MB .txt had been read, cleaned and segmented for over 13 minutes at 7 GB
# of memory, printing nothing, on its way to hours of embedding (a probe); now it is skipped in one line.
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class Extracted:
    """A file's text with what its format states about it."""

    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None  # the site name of a web page
    # a PDF's text page by page, furniture dropped (``text`` is their join, wrapped lines joined)
    pages: tuple[str, ...] | None = None
    # Whether the text may carry site navigation (scraped pages saved as text); extracted HTML, .docx and PDF
    # have none, so cleaning leaves their table rows alone.
    navigation: bool = True


# ---------------------------------------------------------------------------------------- extraction


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


def _docx(data: bytes, name: str) -> Extracted:
    check_docx_zip(data, name)
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        size = 0
        # paragraphs and tables in document order; a table row is one line, its cells separated by " | "
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                rows = _docx_rows(block)
            else:
                rows = [paragraph_text(block)]
            for row in rows:
                row = row.strip()
                if row:
                    lines.append(row)
                    size += len(row)
            _check_length(name, size)
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
    return Extracted(text="\n".join(lines), title=title, navigation=False)


def _check_length(name: str, size: int) -> None:
    """Stop extracting a document once its text passes MAX_TEXT_CHARS (``size`` so far)."""
    if size > MAX_TEXT_CHARS:
        raise DocumentTooLarge(name, f"has more than {MAX_TEXT_CHARS:,} characters; split it")


def check_text_size(name: str, size: int) -> None:
    """Refuse a .txt, .md or .html file of ``size`` bytes before it is read or decoded: past MAX_TEXT_BYTES it
    cannot hold MAX_TEXT_CHARS characters or fewer."""
    if size > MAX_TEXT_BYTES:
        raise DocumentTooLarge(
            name, f"is {size:,} bytes, over the {MAX_TEXT_BYTES:,} a text file is read to; split it"
        )


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
    return "".join(str(e.text) for e in paragraph._p.xpath(_RUNS))


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


def _pdf(data: bytes, name: str) -> Extracted:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise DocumentTooLarge(name, f"has {count} pages (limit {MAX_PDF_PAGES}); split it")
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            text = (page.extract_text() or "").strip()
            pages.append(text)
            size += len(text)
            _check_length(name, size)
    except DocumentError:
        raise
    except Exception as e:  # pypdf raises many error types for damaged files
        raise DocumentError(name, f"is not a readable .pdf file ({e}); upload the text instead") from e
    unwrapped = unwrap_pages(pages)
    if not unwrapped.text.strip():
        raise DocumentError(
            name, "has no extractable text (a scanned PDF?); run OCR first or upload the text"
        )
    return Extracted(text=unwrapped.text, pages=unwrapped.pages, navigation=False)


def _spreadsheet(data: bytes, kind: str, name: str) -> Extracted:
    """A workbook's sheets as lines, its tables as rows of cells (``spreadsheet.py``); a .xlsx's zip checked
    first, as a .docx's is."""
    if kind == "encrypted":
        raise encrypted(name)
    title = None
    if kind == ".xlsx":
        check_docx_zip(data, name, ".xlsx", "Excel")
        text, title = read_xlsx(data, name, MAX_TEXT_CHARS)
    else:
        text = read_xls(data, name, MAX_TEXT_CHARS)
    if not text.strip():
        raise DocumentError(name, "has no filled cells; nothing to index")
    return Extracted(text=text, title=title, navigation=False)


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|meta|body)\b", re.IGNORECASE)


_HTML_TEXT = re.compile(r"\s*<(?:!doctype\s+html|html|head|meta|body)\b", re.IGNORECASE)


def _page(html: str) -> Extracted:
    page = read_page(html)
    return Extracted(
        text=page.text, title=page.title, date=page.date, source=page.source, navigation=page.navigation
    )


_SPREADSHEETS = (".xlsx", ".xls")


def sniff(data: bytes, suffix: str) -> str:
    """The format a binary document really is when its bytes say so: government sites serve .doc files that
    are .docx, PDF or web pages saved under a Word name (and .docx / .pdf that are something else), and .xls
    files that are web pages (a table a site exported) or .xlsx; a mislabelled file is read as what it is, not
    refused. Text suffixes are taken at their word. "encrypted": a password-protected .docx or .xlsx."""
    if suffix not in (".doc", ".wps", ".docx", ".pdf", *_SPREADSHEETS):
        return suffix
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(_OLE):
        if suffix == ".wps":
            return suffix
        # a workbook, or an encrypted Office file (a .docx or .xlsx with a password is an OLE file)
        return ole_kind(data) or (".xls" if suffix in _SPREADSHEETS else ".doc")
    if data.startswith(b"PK\x03\x04"):
        names = _zip_names(data)
        if "word/document.xml" in names or (not names and b"word/document.xml" in data[:65536]):
            return ".docx"
        if "xl/workbook.xml" in names:
            return ".xlsx"
        return ".xlsx" if suffix in _SPREADSHEETS else suffix
    if _HTML_START.match(data[:1024]):
        return ".html"
    return suffix


def _zip_names(data: bytes) -> frozenset[str]:
    """The names a zip's directory lists (none when it does not read, or lists too many: its reader says)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return frozenset()
    return frozenset(e.filename for e in entries) if len(entries) <= MAX_DOCX_ENTRIES else frozenset()


def _checked(page: Extracted, name: str) -> Extracted:
    """A web page's text, within MAX_TEXT_CHARS (its markup may be longer)."""
    _check_length(name, len(page.text))
    return page


def extract(data: bytes, suffix: str, *, name: str = "the document") -> Extracted:
    """Text and stated metadata of a file's bytes, chosen by its suffix (one of ``SUPPORTED_SUFFIXES``), or
    by its bytes when they show another supported format (`sniff`)."""
    suffix = suffix.lower()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    suffix = sniff(data, suffix)
    if suffix in TEXT_SUFFIXES:
        check_text_size(name, len(data))
    if suffix == ".txt":
        text = decode_bytes(data, name=name)
        if _HTML_TEXT.match(text):  # a web page saved under a .txt name: its tags are no text
            return _checked(_page(text), name)
        _check_length(name, len(text))
        # pdftotext output (hard-wrapped lines, form feeds between pages) as paragraphs; other text as it is
        return Extracted(text=unwrap_text(text))
    if suffix == ".md":
        text = decode_bytes(data, name=name)
        _check_length(name, len(text))
        return Extracted(text=unwrap_text(read_markdown(text)), title=markdown_title(text))
    if suffix in (".html", ".htm"):
        return _checked(_page(decode_bytes(data, name=name)), name)
    if suffix == ".docx":
        return _docx(data, name)
    if suffix == ".pdf":
        return _pdf(data, name)
    if suffix in (".doc", ".wps"):
        text, title = read_doc(data, name, MAX_TEXT_CHARS)
        if not text.strip():
            raise DocumentError(name, "has no text")
        return Extracted(text=text, title=title, navigation=False)
    if suffix in (*_SPREADSHEETS, "encrypted"):
        return _spreadsheet(data, suffix, name)
    if suffix == ".csv":  # a table (a .csv of id and text columns is a collection: indexer/collection.py)
        check_text_size(name, len(data))
        text = read_csv(data, name, MAX_TEXT_CHARS)
        if not text.strip():
            raise DocumentError(name, "has no filled cells; nothing to index")
        return Extracted(text=text, navigation=False)
    raise DocumentError(
        name,
        f"unsupported file type {suffix or '(no suffix)'!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}",
    )


def extract_text(data: bytes, suffix: str, *, name: str = "the document") -> str:
    """Plain text of a file's bytes (see ``extract``)."""
    return extract(data, suffix, name=name).text


def read_document(path: Path) -> str:
    """Plain text of the file at ``path`` (see ``extract``)."""
    path = Path(path)
    if not path.is_file():
        raise DocumentError(str(path), "does not exist or is not a file; pass the path of a document")
    return extract_text(path.read_bytes(), path.suffix, name=str(path))


# ------------------------------------------------------------------------------------------- pages


def locate_pages(clean: str, pages: Sequence[str]) -> tuple[int, ...]:
    """Offset in the clean text where each PDF page begins; a page with nothing left starts where the
    previous one did.

    Cleaning drops lines and reflowing joins a page's first line onto the paragraph it continues, so each
    page is found by its first line that survived, compared without whitespace (where wrapped lines were
    joined, the line break became nothing or a space): 24 characters from that line on, else the line alone.
    """
    runs = [(m.start(), m.group()) for m in re.finditer(r"\S+", clean)]
    flat_starts: list[int] = []
    size = 0
    for _, run in runs:
        flat_starts.append(size)
        size += len(run)
    flat = "".join(run for _, run in runs)

    def offset(at: int) -> int:  # a position in ``flat`` back to one in ``clean``
        k = bisect_right(flat_starts, at) - 1
        return runs[k][0] + at - flat_starts[k]

    starts: list[int] = []
    pos = 0  # in ``flat``
    for page in pages:
        lines = ["".join(line.split()) for line in page.split("\n")]
        found = None
        for i, line in enumerate(lines):
            for probe in ("".join(lines[i:])[:24], line[:24]):
                if len(probe) >= 4 and (at := flat.find(probe, pos)) >= 0:
                    found = at
                    break
            if found is not None:
                break
        if found is not None and starts:
            pos = found
        starts.append(0 if not starts else offset(pos))
    return tuple(starts)


def page_at(pages: Sequence[int] | None, offset: int) -> int | None:
    """1-based page number of a character offset given the page starts (None for a document without pages)."""
    if not pages:
        return None
    return max(1, bisect_right(list(pages), offset))
