"""Turning a file into plain text: .txt/.md/.html/.docx/.doc/.pdf/.xlsx/.xls/.csv/.mht/.rtf/.pptx/.ofd …
extraction, bounded (decoding: ``decode.py``; .docx: ``wordx.py``; Word 97-2003 binaries: ``worddoc.py``;
spreadsheets: ``spreadsheet.py``; saved pages, RTF, slides and OFD: ``formats.py``; OpenDocument: ``odf.py``;
data and subtitles: ``datadocs.py``).

Nothing here cleans the text (see ``clean.py``); it only gets the characters out faithfully — for a PDF, or a
.txt that pdftotext wrote, that means paragraphs rather than printed lines, without the page furniture
(``reflow.py``) — and refuses a file whose parsing would be unbounded (a .docx decompression bomb, a PDF of
too many pages or characters) before parsing it. Every refusal is a ``DocumentError`` naming the document and
the reason.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from indexer.datadocs import DATA_SUFFIXES, extract_data
from indexer.decode import (
    BINARY_SLIDES,
    PARSER_ERRORS,
    SUPPORTED_SUFFIXES,
    UOF_SUFFIXES,
    DocumentError,
    check_text,
    decode_bytes,
)
from indexer.emlx import emlx_message
from indexer.epub import read_epub
from indexer.extracted import (
    MAX_MAIL_BYTES,
    MAX_TEXT_CHARS,
    TEXT_SUFFIXES,
    Extracted,
    check_length,
    check_text_size,
    checked,
    length_check,
)
from indexer.formats import (
    MIME_PAGE,
    Mail,
    archived_page,
    ofd_pages,
    pptx_pages,
    read_mail,
    rtf_text,
    saved_page,
)
from indexer.frames import APOLOGY, frameset, inline_srcdoc
from indexer.gzipped import COMPRESSED, unpacked
from indexer.mbox import mbox_messages
from indexer.odf import is_flat, odg_pages, odp_pages, read_odt
from indexer.odsheet import read_ods
from indexer.officexml import SHEET_XML, WORD_XML, read_word_xml
from indexer.olemsg import read_msg
from indexer.pagemap import locate_pages, page_at
from indexer.pdftext import read_pdf
from indexer.pptbin import ppt_pages
from indexer.reflow import keep_pages, unwrap_pages, unwrap_text
from indexer.sheetxml import read_spreadsheet_xml
from indexer.sniff import SPREADSHEETS, sniff
from indexer.spreadsheet import encrypted, read_csv, read_xls, read_xlsx, tab_table, table_text
from indexer.text import CJK
from indexer.uof import read_uof
from indexer.webpage import (
    html_to_text,
    markdown_title,
    page_text,
    read_markdown,
    read_page,
)
from indexer.worddoc import DocumentTooLarge, read_doc
from indexer.wordx import check_docx_zip, read_docx
from indexer.xps import xps_pages

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


def _pdf(data: bytes, name: str) -> Extracted:
    unwrapped = read_pdf(data, name, length_check(name))
    if not unwrapped.text.strip():
        raise DocumentError(
            name, "has no extractable text (a scanned PDF?); run OCR first or upload the text"
        )
    return Extracted(text=unwrapped.text, pages=unwrapped.pages, navigation=False)


def _check_odf(data: bytes, name: str, suffix: str) -> None:
    """An OpenDocument package's zip checked as a .docx's is; a Flat XML one's size as a text file's."""
    if is_flat(data):
        check_text_size(name, len(data))
    else:
        check_docx_zip(data, name, suffix, "LibreOffice or WPS")


def _spreadsheet(data: bytes, kind: str, name: str) -> Extracted:
    """A workbook's sheets as lines, its tables as rows of cells (``spreadsheet.py``); a .xlsx's zip checked
    first, as a .docx's is."""
    if kind == "encrypted":
        raise encrypted(name)
    title = None
    if kind == ".xlsb":  # (its reader checks its zip itself; pyxlsb imported only when a workbook needs it)
        from indexer.xlsb import read_xlsb

        text, title = read_xlsb(data, name, MAX_TEXT_CHARS)
    elif kind == ".xlsx":
        check_docx_zip(data, name, kind, "Excel")
        text, title = read_xlsx(data, name, MAX_TEXT_CHARS)
    else:
        text = read_xls(data, name, MAX_TEXT_CHARS)
    if not text.strip():
        raise DocumentError(name, "has no filled cells; nothing to index")
    return Extracted(text=text, title=title, navigation=False)


_HTML_TEXT = re.compile(r"\s*<(?:!doctype\s+html|html|head|meta|body)\b", re.IGNORECASE)


def _page(html: str) -> Extracted:
    page = read_page(html)
    return Extracted(
        text=page.text, title=page.title, date=page.date, source=page.source, navigation=page.navigation
    )


# What a site serves in place of a page that is gone (抱歉，您访问的页面不存在或已被删除！, 404 Not Found): a
# saved error page is no document (eval/policy24: a dead 政策解读 link saved under the article's name).
_ERROR_PAGE = re.compile(
    r"页面不存在|不存在或已(?:被)?删除|页面(?:未找到|找不到|已失效|已过期|已删除)|找不到(?:您要访问的|该|此)?页面"
    r"|(?:404|403|500|502|503)\s*(?:错误|error)",
    re.IGNORECASE,
)
# … in English only on a page with no Chinese (钱包 not found 请联系前台 is a notice)
_ERROR_PAGE_EN = re.compile(r"not found|forbidden|internal server error|bad gateway", re.IGNORECASE)
_ERROR_TITLE = re.compile(r"\s*(?:错误|error)?\s*(?:404|403|500|502|503)\s*", re.IGNORECASE)
ERROR_PAGE_CHARS = 60  # an error page says little: a page of more text is read whatever it says
ERROR_TITLE_CHARS = 20  # … and one titled 404 says next to nothing (第404号令：补贴每人五百元。 is a page)


def _error_page(page: Extracted) -> str | None:
    """What an error page says (its text, else its title), None for a page of content."""
    text = " ".join(page.text.split())
    if len(text) > ERROR_PAGE_CHARS:
        return None
    title = page.title or ""
    for said in (text, title):
        if _ERROR_PAGE.search(said) or (_ERROR_PAGE_EN.search(said) and not CJK.search(text + title)):
            return text or title
    if _ERROR_TITLE.fullmatch(title) and len(text) <= ERROR_TITLE_CHARS and "。" not in text:
        return text or title
    return None


def _web(html: str, name: str) -> Extracted:
    """A saved web page's text. A frameset page is its <noframes> text (a site may put its article there);
    with none or only an apology (您的浏览器不支持框架) it is refused, naming the pages it frames, where its
    text is."""
    # (a control character no XML holds — a vertical tab, a form feed — is a space: lxml had refused the text
    # after a dropped <script> that began with one, naming no file: a fault probe)
    html = _NOT_XML.sub(" ", html)
    html = inline_srcdoc(html)  # (a page whose article is an <iframe srcdoc>: frames.py)
    framed = frameset(html)
    if framed is None:
        page = _page(html)
        if (said := _error_page(page)) is not None:
            raise DocumentError(
                name, f"is an error page ({said}), not a document; save the page again once it opens"
            )
        return checked(page, name)
    page = _page(framed[0])
    if not page.text.strip() or APOLOGY.match(page.text.strip()):
        listed = f" ({', '.join(framed[1][:3])})" if framed[1] else ""
        raise DocumentError(
            name, f"is a frameset page: its text is in the pages it frames{listed}; index those"
        )
    return checked(page, name)


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAIL_DEPTH = 2  # how deep messages forwarded as attachments are read (a forward of a forward)


def _mail(
    data: bytes, name: str, depth: int = 0, read: Callable[[bytes, str], Mail] = read_mail
) -> Extracted:
    """An e-mail: its body, then each attached document's text under its file name (附件：…), as one
    document — a forwarded notice and the figures its attachment holds are one thing to its reader. A
    message forwarded as an attachment is read so too, _MAIL_DEPTH levels deep. An attachment that cannot
    be read stands as its name only; the message is read all the same (one damaged attachment had cost the
    whole e-mail, body included: a fault probe)."""
    mail = read(data, name)  # (an .eml's read_mail, an Outlook .msg's read_msg)
    said = mail.body.replace("\r\n", "\n").replace("\r", "\n")  # (a base64 body keeps its CRLF)
    body = _page(said).text if mail.html else unwrap_text(said)
    parts = [body]
    for filename, attached in mail.attachments:
        suffix = PurePosixPath(filename).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES or (suffix in (".eml", ".msg") and depth >= _MAIL_DEPTH):
            continue
        try:
            inner = (
                _mail(attached, f"{name}/{filename}", depth + 1, read_msg if suffix == ".msg" else read_mail)
                if suffix in (".eml", ".msg")
                else extract(attached, suffix, name=f"{name}/{filename}")
            ).text
        except PARSER_ERRORS:  # (a DocumentError is a ValueError)
            inner = ""
        parts.append(f"附件：{filename}\n{inner}")
        check_length(name, sum(len(p) for p in parts))
    text = re.sub(r"\n{3,}", "\n\n", "\n\n".join(p.strip() for p in parts if p.strip()))
    if not text.strip():
        raise DocumentError(name, "has no text in its body or its attachments; nothing to index")
    return Extracted(text=text, title=mail.subject, navigation=mail.html)


def _mbox(data: bytes, name: str) -> Extracted:
    """A mail folder (.mbox): each message read as an .eml is (its body, then its attachments), under its
    subject, in the file's order, as one document; a message that cannot be read is left out, the rest
    read."""
    parts: list[str] = []
    titles: list[str] = []
    html = False
    for message in mbox_messages(data, name):
        try:
            read = _mail(message, name)
        except PARSER_ERRORS:  # (a DocumentError is a ValueError)
            continue
        parts.append("\n".join(p for p in (read.title, read.text) if p))
        titles.append(read.title or "")
        html = html or read.navigation
        check_length(name, sum(len(p) for p in parts))
    if not parts:
        raise DocumentError(name, "holds no message with text; nothing to index")
    return Extracted(
        text="\n\n".join(parts), title=titles[0] or None if len(parts) == 1 else None, navigation=html
    )


# kinds whose 0 bytes read as "" (text, a web page), refused as empty when cleaned
_READ_EMPTY = (".txt", ".md", ".html", ".htm", *MIME_PAGE)


def extract(data: bytes, suffix: str, *, name: str = "the document") -> Extracted:
    """Text and stated metadata of a file's bytes, chosen by its suffix (one of ``SUPPORTED_SUFFIXES``), or
    by its bytes when they show another supported format (`sniff`)."""
    suffix = suffix.lower()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    suffix = sniff(data, suffix)
    if not data and suffix in SUPPORTED_SUFFIXES and suffix not in _READ_EMPTY:
        # a 0-byte file (附件2 …评分表.xlsx, created and never saved: eval/policy37) is empty, as an empty
        # .txt is (ingest.prepare_extracted) — not a damaged workbook, nor subtitles of no cues
        raise DocumentError(name, "is empty; nothing to index")
    if suffix in TEXT_SUFFIXES:
        check_text_size(name, len(data))
    if suffix in COMPRESSED:  # a single gzipped, bzip2- or xz-compressed file: read as the file it holds
        # (NAME.csv.gz, NAME.csv.bz2 a .csv: gzipped.py), named as a member of it, as an archive's files are
        # (明细.csv.gz/明细.csv)
        inner, inner_name, inner_suffix = unpacked(data, name, suffix)
        return extract(inner, inner_suffix, name=f"{name}/{inner_name}")
    if suffix in DATA_SUFFIXES:
        return extract_data(data, suffix, name)
    if suffix == ".txt":
        text = decode_bytes(data, name=name)
        if _HTML_TEXT.match(text):  # a web page saved under a .txt name: its tags are no text
            return _web(text, name)
        check_length(name, len(text))
        if tab_table(text):  # a table Excel saved as "Unicode text"
            return Extracted(text=table_text(text, name, MAX_TEXT_CHARS, "\t", quoted=True))
        # pdftotext output (hard-wrapped lines, form feeds between pages) as paragraphs; other text as it is
        return Extracted(text=unwrap_text(text))
    if suffix == ".md":
        text = decode_bytes(data, name=name)
        check_length(name, len(text))
        return Extracted(text=unwrap_text(read_markdown(text)), title=markdown_title(text))
    if suffix in (".html", ".htm"):
        return _web(decode_bytes(data, name=name), name)
    if suffix == ".docx":
        text, title = read_docx(data, name, length_check(name))
        return Extracted(text=text, title=title, navigation=False)
    if suffix == ".pdf":
        return _pdf(data, name)
    if suffix in MIME_PAGE:
        check_text_size(name, len(data))
        return _web(saved_page(data, name), name)
    if suffix == ".webarchive":
        # (its images and styles are in it: the file is bounded as an e-mail with attachments, its page
        # as text)
        if len(data) > MAX_MAIL_BYTES:
            raise DocumentError(
                name, f"is {len(data):,} bytes, over the {MAX_MAIL_BYTES:,} a web archive is read to"
            )
        page = archived_page(data, name)
        check_text_size(name, len(page.encode("utf-8", "surrogatepass")))
        return _web(page, name)
    if suffix == ".rtf":
        check_text_size(name, len(data))
        text = rtf_text(data, name)
        check_length(name, len(text))
        return Extracted(text=unwrap_text(text), navigation=False)
    if suffix in (".pptx", ".ofd", ".odp", ".odg", ".xps", ".oxps", *BINARY_SLIDES):
        writers = {".pptx": "PowerPoint"}
        if suffix in (".odp", ".odg"):
            _check_odf(data, name, suffix)
        elif suffix not in BINARY_SLIDES:  # (PowerPoint 97-2003's is an OLE file: pptbin.py)
            check_docx_zip(data, name, suffix, writers.get(suffix, "the program that wrote it"))
        readers = {
            ".pptx": pptx_pages,
            ".odp": odp_pages,
            ".odg": odg_pages,
            ".xps": xps_pages,
            ".oxps": xps_pages,
        }
        reader = readers.get(suffix) or (ppt_pages if suffix in BINARY_SLIDES else ofd_pages)
        pages, title = reader(data, name, length_check(name))
        # (a printed page's lines reflowed: an OFD's, an XPS print's)
        unwrapped = unwrap_pages(pages) if suffix in (".ofd", ".xps", ".oxps") else keep_pages(pages)
        if not unwrapped.text.strip():
            raise DocumentError(name, "has no text; nothing to index")
        return Extracted(text=unwrapped.text, title=title, pages=unwrapped.pages, navigation=False)
    if suffix == ".odt":
        _check_odf(data, name, suffix)
        text, title = read_odt(data, name, length_check(name))
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix == ".epub":
        check_docx_zip(data, name, suffix, "the program that wrote it")
        text, title = read_epub(data, name, page_text, length_check(name))
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix == ".ods":
        _check_odf(data, name, suffix)
        text, title = read_ods(data, name, MAX_TEXT_CHARS)
        if not text.strip():
            raise DocumentError(name, "has no filled cells; nothing to index")
        return Extracted(text=text, title=title, navigation=False)
    if suffix in UOF_SUFFIXES:
        check_text_size(name, len(data))
        text, title = read_uof(data, name)
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix in (".eml", ".msg", ".emlx"):  # (its attachments' bytes count against the zip bound)
        if len(data) > MAX_MAIL_BYTES:
            raise DocumentTooLarge(
                name, f"is {len(data):,} bytes (limit {MAX_MAIL_BYTES:,}); save its attachments"
            )
        if suffix == ".emlx":  # Apple Mail's: the message read as an .eml is, its flags' plist no text
            data = emlx_message(data)
        return _mail(data, name, read=read_msg if suffix == ".msg" else read_mail)
    if suffix == ".mbox":
        return _mbox(data, name)

    if suffix == WORD_XML:
        text, title = read_word_xml(data, name, length_check(name))
        if not text.strip():
            raise DocumentError(name, "has no text")
        return Extracted(text=text, title=title, navigation=False)
    if suffix == SHEET_XML:
        text, title = read_spreadsheet_xml(data, name, MAX_TEXT_CHARS)
        if not text.strip():
            raise DocumentError(name, "has no filled cells; nothing to index")
        return Extracted(text=text, title=title, navigation=False)
    if suffix in (".doc", ".wps"):
        text, title = read_doc(data, name, MAX_TEXT_CHARS)
        if not text.strip():
            raise DocumentError(name, "has no text")
        return Extracted(text=text, title=title, navigation=False)
    if suffix in (*SPREADSHEETS, "encrypted"):
        return _spreadsheet(data, suffix, name)
    if suffix in (".csv", ".tsv"):  # a table (a .csv of id and text columns is a collection: collection.py)
        check_text_size(name, len(data))
        text = read_csv(data, name, MAX_TEXT_CHARS, "\t" if suffix == ".tsv" else ",")
        if not text.strip():
            raise DocumentError(name, "has no filled cells; nothing to index")
        return Extracted(text=text, navigation=False)
    if not suffix:
        raise DocumentError(
            name,
            "has no suffix, and its bytes are no document citeqa reads (not text, a PDF, an Office, "
            "OpenDocument or RTF file, nor a web page); name it by its format",
        )
    raise DocumentError(
        name,
        f"unsupported file type {suffix!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}",
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
