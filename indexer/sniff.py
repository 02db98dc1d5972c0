"""What format a file's bytes are, whatever its name says: government sites serve .doc files that are .docx,
PDF or web pages, .xls files that are web pages or .xlsx, Word's and Excel's 2003 XML under either name, and
files saved with no suffix at all. load.extract reads a file as what its bytes are."""

from __future__ import annotations

import io
import re
import zipfile

from indexer.decode import (
    BINARY_SLIDES,
    FEEDS,
    FLAT_ODF,
    ODF_TEMPLATES,
    OFFICE_VARIANTS,
    STAROFFICE,
    WEB_PAGES,
    DocumentError,
    decode_bytes,
)
from indexer.officexml import office_xml_kind
from indexer.spreadsheet import ole_kind
from indexer.wordx import MAX_DOCX_ENTRIES

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|meta|body)\b", re.IGNORECASE)
SPREADSHEETS = (".xlsx", ".xls", ".et", ".xlsb")  # (.et: WPS 表格's, an .xls by another name)


def sniff(data: bytes, suffix: str) -> str:
    """The format a binary document really is when its bytes say so: government sites serve .doc files that
    are .docx, PDF or web pages saved under a Word name (and .docx / .pdf that are something else), and .xls
    files that are web pages (a table a site exported) or .xlsx; a mislabelled file is read as what it is, not
    refused. Text suffixes are taken at their word. "encrypted": a password-protected .docx or .xlsx. Word's
    and Excel's 2003 XML (officexml.py), under a Word, Excel or .xml name: WORD_XML, SHEET_XML. An Office
    file with macros or a template (.docm, .xlsm, .potx …) is the .docx, .xlsx or .pptx it is, an OpenDocument
    template (.ott …) or an OpenOffice.org 1.x file (.sxw …) the OpenDocument it is, a feed (.rss, .atom)
    XML; a page saved under its site's suffix (.shtml, .aspx, .php …) a web page, unless its bytes are another
    document."""
    suffix = {**OFFICE_VARIANTS, **FLAT_ODF, **ODF_TEMPLATES, **STAROFFICE, **FEEDS}.get(suffix, suffix)
    if suffix in WEB_PAGES:
        served = _by_content(data)
        return served if served not in ("", ".txt") else ".html"
    if suffix in (".doc", ".wps", ".docx", ".xml", *SPREADSHEETS) and (kind := office_xml_kind(data)):
        return kind
    if not suffix:
        return _by_content(data)
    if suffix not in (".doc", ".wps", ".docx", ".pdf", ".pptx", ".msg", *BINARY_SLIDES, *SPREADSHEETS):
        return suffix
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(_OLE):
        if suffix == ".wps":
            return suffix
        # a workbook, or an encrypted Office file (a .docx or .xlsx with a password is an OLE file)
        # (a .ppt or a .msg its reader refuses in its own words when its streams are not what they should be)
        fallback = (
            ".xls" if suffix in SPREADSHEETS else suffix if suffix in (".msg", *BINARY_SLIDES) else ".doc"
        )
        return ole_kind(data) or fallback
    if data.startswith(b"PK\x03\x04"):
        names = _zip_names(data)
        if "word/document.xml" in names or (not names and b"word/document.xml" in data[:65536]):
            return ".docx"
        if "xl/workbook.xml" in names:
            return ".xlsx"
        if "ppt/presentation.xml" in names:
            return ".pptx"
        if "xl/workbook.bin" in names:
            return ".xlsb"
        return ".xlsx" if suffix in SPREADSHEETS else suffix
    if _HTML_START.match(data[:1024]):
        return ".html"
    return suffix


# What an OpenDocument or e-book package says it is in its first entry, mimetype.
_PACKAGES = {
    b"application/vnd.oasis.opendocument.text": ".odt",
    b"application/vnd.oasis.opendocument.spreadsheet": ".ods",
    b"application/vnd.oasis.opendocument.presentation": ".odp",
    b"application/vnd.oasis.opendocument.graphics": ".odg",
    b"application/epub+zip": ".epub",
}


def _by_content(data: bytes) -> str:
    """The format of a file saved without a suffix (泗阳县…奖励资金拟拨付名单, a .docx: eval/policy26, written
    blind), by its bytes: a PDF, an Office file, an OpenDocument or e-book package, RTF, a web page, else text
    when it decodes as text; "" for none of these (a zip of other files, an image, a program)."""
    if kind := office_xml_kind(data):
        return kind
    if data.startswith(b"%PDF"):  # (a PDF cut short in its header is a damaged PDF, not text to index)
        return ".pdf"
    if data.startswith(_OLE):
        return ole_kind(data) or ".doc"
    if data.startswith(b"PK\x03\x04"):
        names = _zip_names(data)
        for name, kind in (("word/document.xml", ".docx"), ("xl/workbook.xml", ".xlsx")):
            if name in names:
                return kind
        if "ppt/presentation.xml" in names:
            return ".pptx"
        return next(
            (kind for mark, kind in _PACKAGES.items() if data[30:38] == b"mimetype" and mark in data[:200]),
            "",
        )
    if data.lstrip()[:5] == b"{\\rtf":
        return ".rtf"
    if _HTML_START.match(data[:1024]):
        return ".html"
    try:
        decode_bytes(data[:65536])
    except DocumentError:
        return ""
    return ".txt"


def _zip_names(data: bytes) -> frozenset[str]:
    """The names a zip's directory lists (none when it does not read, or lists too many: its reader says)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return frozenset()
    return frozenset(e.filename for e in entries) if len(entries) <= MAX_DOCX_ENTRIES else frozenset()
