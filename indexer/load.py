"""Turning a file into plain text: encoding detection and .txt/.md/.html/.docx/.pdf extraction, bounded.

Nothing here cleans the text (see ``clean.py``); it only gets the characters out faithfully, and refuses a
file whose parsing would be unbounded (a .docx decompression bomb, a PDF of too many pages or characters)
before parsing it. Every refusal is a ``DocumentError`` naming the document and the reason.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import charset_normalizer

from indexer.normalize import normalize

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

# Parsing bounds (issue 11): a .docx is a zip, checked from its directory before python-docx opens it; the
# declared sizes are binding because zipfile stops reading an entry at its declared size.
MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024  # all entries together, bytes
MAX_DOCX_ENTRIES = 2000
MAX_DOCX_RATIO = 100  # uncompressed / compressed, for entries over 1 MiB (real Word XML: 5-20)
MAX_PDF_PAGES = 2000
MAX_TEXT_CHARS = 5_000_000  # extracted characters of one .docx or .pdf


class DocumentError(ValueError):
    """One document cannot be indexed; ``reason`` says why and how to fix it. A batch skips it and goes on."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # a pool worker returns it as an outcome: the default reduce passes only the message and the
        # main process cannot rebuild it (BrokenProcessPool ended the whole run at the first bad file)
        return (DocumentError, (self.name, self.reason))


@dataclass(frozen=True)
class Extracted:
    """A file's text with what its format states about it."""

    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None  # the site name of a web page
    pages: tuple[str, ...] | None = None  # a PDF's text page by page (``text`` is their join)
    # Whether the text may carry site navigation (scraped pages saved as text); extracted HTML, .docx and PDF
    # have none, so cleaning leaves their table rows alone.
    navigation: bool = True


# Tried explicitly because charset detection on short Chinese texts often guesses a wrong CJK codec.
# gb18030 is a superset of gbk/gb2312 and cp950 of big5, so each family needs one entry.
_CHINESE_CODECS: tuple[str, ...] = ("gb18030", "cp950")
_CODEC_FAMILY = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "hz": "gb18030",
    "big5": "cp950",
    "big5hkscs": "cp950",
}
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Share of control/replacement characters above which decoded bytes are treated as binary.
_MAX_JUNK_SHARE = 0.01
# Below this share of everyday characters a "Chinese" decoding is taken to be the wrong codec.
_MIN_COMMONNESS = 0.5
# Share of everyday characters (ASCII, GB2312 once simplified) that makes BOM-less UTF-16 text, not binary.
_MIN_UTF16_EVERYDAY = 0.9
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _junk_share(text: str) -> float:
    if not text:
        return 0.0
    junk = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    )
    return junk / len(text)


def _commonness(text: str) -> float:
    """Share of CJK characters that are everyday characters (GB2312 level 1 once simplified).

    Right decodings of Chinese text score high in either script; a GBK/Big5 mix-up produces rare
    characters and scores low, which is what separates the two codecs where both decode strictly.
    """
    chars = _CJK.findall(normalize(text[:4000]))
    if not chars:
        return 0.0
    common = 0
    for ch in chars:
        try:
            encoded = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= encoded[0] <= 0xD7:
            common += 1
    return common / len(chars)


def check_text(text: str, name: str) -> str:
    """Text that arrived as text (a JSON upload, a collection record) passes the test decoded files pass:
    binary data sent as a string is refused, not indexed as NUL and control characters."""
    if _junk_share(text) > _MAX_JUNK_SHARE:
        raise DocumentError(name, "holds control characters (binary data?); send the document's plain text")
    return text


def _not_text(what: str) -> DocumentError:
    return DocumentError(
        what,
        "is not a text file (binary content or an unknown encoding); "
        f"upload UTF-8, GB18030/GBK or Big5 text, or one of {', '.join(SUPPORTED_SUFFIXES)}",
    )


def decode_bytes(data: bytes, *, name: str = "the document") -> str:
    """Decode ``data`` to text: UTF-8 (with or without BOM) first, then the likeliest Chinese codec.

    Raises ValueError for binary data (NUL bytes, control characters, undecodable bytes).
    """
    if not data:
        return ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        if _junk_share(text) > _MAX_JUNK_SHARE:
            raise _not_text(name)
        return text
    if b"\x00" in data:
        return _decode_unmarked_utf16(data, name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    if _junk_share(text) > _MAX_JUNK_SHARE:
        raise _not_text(name)
    return text


def _decode_unmarked_utf16(data: bytes, name: str) -> str:
    """UTF-16 without a byte-order mark (some Windows tools write it so): the byte order whose reading is
    everyday text — ASCII or GB2312 characters once simplified — else binary. The wrong order turns every
    ASCII character into a rare CJK or Indic one, and binary data decodes to neither."""
    if len(data) % 2:
        raise _not_text(name)
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or _junk_share(text) > _MAX_JUNK_SHARE:
            continue
        sample = normalize(text[:4000])
        if sample and sum(1 for ch in sample if _everyday(ch)) / len(sample) >= _MIN_UTF16_EVERYDAY:
            return text
    raise _not_text(name)


def _everyday(ch: str) -> bool:
    if ch < "\x80":
        return True
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _decode_legacy(data: bytes, name: str) -> str:
    # A Chinese reading wins whenever it is plausible: detectors happily call a short GBK text cp949 or
    # cp932, whose decodings are valid but meaningless.
    best: tuple[float, str] | None = None
    for codec in _CHINESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        visible = sum(1 for ch in text if not ch.isspace()) or 1
        if len(_CJK.findall(text)) / visible < 0.2:
            continue
        score = _commonness(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is not None and best[0] >= _MIN_COMMONNESS:
        return best[1]
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        raise _not_text(name)
    codec = _CODEC_FAMILY.get(match.encoding, match.encoding)
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return str(match)


# ---------------------------------------------------------------------------------------------- HTML


def _html(html: str) -> Extracted:
    """Main text, title, date and site of a saved page through trafilatura; tables kept as text.

    Imported here, not at module level: it costs about 0.5 s and 30 MB, which the query path never pays.
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    doc: Any = trafilatura.bare_extraction(
        html,
        include_tables=True,
        include_comments=False,
        with_metadata=True,
        favor_recall=True,
        output_format="python",
        config=_trafilatura_config(),
        # the date from the page's markup (meta tags, <time>, a labelled 发布时间) only: htmldate's extensive
        # search takes any year in the body ("建成2000平方米") and makes it a date, 2000-01-01
        date_extraction_params=set_date_params(extensive=False),
        # navigation markup goes before extraction: on a short page trafilatura falls back to a baseline
        # extractor that keeps the menu (网站首页 新闻中心 政务公开) as text, and HTML is not cleaned for it
        prune_xpath=_NAVIGATION_XPATH,
    )
    text = str(getattr(doc, "text", None) or "")
    if not text.strip():
        return Extracted(text="", navigation=False)
    lines = []
    for line in text.split("\n"):
        if _TABLE_RULE.match(line):
            continue  # the |---|---| rule under a table's header row
        if line.lstrip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = " | ".join(c for c in cells if c)
        lines.append(line)
    date = doc.date if doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None
    return Extracted(
        text="\n".join(lines),
        title=(doc.title or "").strip() or None,
        date=date,
        source=(doc.sitename or "").strip() or None,
        navigation=False,
    )


_NAVIGATION_XPATH = ["//nav", "//*[@role='navigation']"]


@lru_cache(maxsize=1)
def _trafilatura_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # The defaults (250 characters) are sized for English: a short Chinese notice is far denser, and below the
    # minimum trafilatura falls back to a baseline extractor that keeps the navigation bar.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    return config


_TABLE_RULE = re.compile(r"^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*$")


def html_to_text(html: str) -> str:
    """Main text of an HTML page (see ``_html``)."""
    return _html(html).text


# ---------------------------------------------------------------------------------------- extraction


def check_docx_zip(data: bytes, name: str) -> None:
    """Refuse a .docx whose zip directory promises an unbounded parse (a decompression bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise DocumentError(
            name, f"is not a readable .docx file ({e}); re-save it from Word or upload text"
        ) from e
    if len(entries) > MAX_DOCX_ENTRIES:
        raise DocumentError(
            name,
            f"is refused: its zip holds {len(entries)} entries (limit {MAX_DOCX_ENTRIES}); "
            "re-save it from Word",
        )
    total = sum(e.file_size for e in entries)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise DocumentError(
            name,
            f"is refused: it expands to {total:,} bytes (limit {MAX_DOCX_UNCOMPRESSED:,}); "
            "split it or upload its text",
        )
    for entry in entries:
        ratio = entry.file_size // max(1, entry.compress_size)
        if entry.file_size > 1024 * 1024 and ratio > MAX_DOCX_RATIO:
            raise DocumentError(
                name,
                f"is refused: {entry.filename} expands {ratio}-fold "
                f"(limit {MAX_DOCX_RATIO}), the mark of a decompression bomb; upload its text instead",
            )


def _docx(data: bytes, name: str) -> Extracted:
    check_docx_zip(data, name)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        size = 0
        # paragraphs and tables in document order; a table row is one line, its cells separated by " | "
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                rows = [" | ".join(_unique_cells(row.cells)) for row in block.rows]
            else:
                rows = [block.text]
            for row in rows:
                row = row.strip()
                if row:
                    lines.append(row)
                    size += len(row)
            if size > MAX_TEXT_CHARS:
                raise DocumentError(name, f"has more than {MAX_TEXT_CHARS:,} characters; split it")
    except DocumentError:
        raise
    except Exception as e:  # python-docx raises several unrelated types for a corrupt file
        raise DocumentError(
            name, f"is not a readable .docx file ({e}); re-save it from Word or upload text"
        ) from e
    title = (document.core_properties.title or "").strip() or None
    return Extracted(text="\n".join(lines), title=title, navigation=False)


def _unique_cells(cells: Sequence[object]) -> list[str]:
    # a merged cell appears once per grid column it spans: keep it once
    out: list[str] = []
    seen: set[int] = set()
    for cell in cells:
        key = id(getattr(cell, "_tc", cell))
        if key in seen:
            continue
        seen.add(key)
        text = str(getattr(cell, "text", "")).strip()
        if text:
            out.append(text)
    return out


def _pdf(data: bytes, name: str) -> Extracted:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise DocumentError(name, f"has {count} pages (limit {MAX_PDF_PAGES}); split it")
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            text = (page.extract_text() or "").strip()
            pages.append(text)
            size += len(text)
            if size > MAX_TEXT_CHARS:
                raise DocumentError(name, f"has more than {MAX_TEXT_CHARS:,} characters; split it")
    except DocumentError:
        raise
    except Exception as e:  # pypdf raises many error types for damaged files
        raise DocumentError(name, f"is not a readable .pdf file ({e}); upload the text instead") from e
    text = "\n".join(page for page in pages if page)
    if not text:
        raise DocumentError(
            name, "has no extractable text (a scanned PDF?); run OCR first or upload the text"
        )
    return Extracted(text=text, pages=tuple(pages), navigation=False)


def extract(data: bytes, suffix: str, *, name: str = "the document") -> Extracted:
    """Text and stated metadata of a file's bytes, chosen by its suffix (one of ``SUPPORTED_SUFFIXES``)."""
    suffix = suffix.lower()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    if suffix in (".txt", ".md"):
        return Extracted(text=decode_bytes(data, name=name))
    if suffix in (".html", ".htm"):
        return _html(decode_bytes(data, name=name))
    if suffix == ".docx":
        return _docx(data, name)
    if suffix == ".pdf":
        return _pdf(data, name)
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
    """Offset in the clean text where each PDF page begins (cleaning moved or dropped lines, so each page is
    found by its first line that survived); a page with nothing left starts where the previous one did."""
    starts: list[int] = []
    pos = 0
    for page in pages:
        found = None
        for line in page.split("\n"):
            probe = " ".join(line.split())[:24]
            if len(probe) >= 4 and (at := clean.find(probe, pos)) >= 0:
                found = at
                break
        if found is not None and starts:
            pos = found
        starts.append(0 if not starts else pos)
    return tuple(starts)


def page_at(pages: Sequence[int] | None, offset: int) -> int | None:
    """1-based page number of a character offset given the page starts (None for a document without pages)."""
    if not pages:
        return None
    return max(1, bisect_right(list(pages), offset))
