"""Formats users bring beside Word, PDF and web pages: a web page a browser saved as one file (.mht / .mhtml),
Rich Text (.rtf, as Word and WPS save it), a PowerPoint deck (.pptx, its speaker notes included) and OFD
(.ofd, China's fixed-layout standard for official documents, GB/T 33190, in which government offices issue
their 红头文件). Each reader returns the text and what the format states about the document; ``load.extract``
calls them by suffix, bounds checked as for the others (a zip's directory before it is opened, the extracted
characters as they grow).

The libraries of the field do the parsing where there is one: the stdlib's ``email`` for MIME, ``striprtf``
for RTF (its code page from \\ansicpg and each font's \\fcharset, \\uN escapes, table cells), ``python-pptx``
for slides. OFD has no maintained Python reader that does not bring a PDF renderer with it: its text is read
here from the page descriptions (``TextObject`` / ``TextCode`` with their positions), line by line.
"""

from __future__ import annotations

import binascii
import email
import email.policy
import io
import plistlib
import posixpath
import quopri
import re
import xml.parsers.expat
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from indexer.decode import DocumentError, decode_bytes
from indexer.pdfcolumns import baseline_lines
from indexer.reflow import keep_pages
from indexer.worddoc import DocumentTooLarge

__all__ = [
    "MIME_PAGE",
    "Mail",
    "archived_page",
    "ofd_pages",
    "pptx_pages",
    "read_mail",
    "rtf_text",
    "saved_page",
]

MIME_PAGE = (".mht", ".mhtml")


# ------------------------------------------------------------------------------------------- .mht


def saved_page(data: bytes, name: str) -> str:
    """The HTML of a page saved as one file (MHTML: multipart/related, the page its first text/html part, the
    images and styles beside it), decoded by the part's declared charset; a file that is not MIME is
    refused."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [p for p in message.walk() if not p.is_multipart()]
    for kind in ("text/html", "text/plain"):
        for part in parts:
            if part.get_content_type() != kind:
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            text = _declared(payload, part.get_content_charset()) or decode_bytes(payload, name=name)
            return text if kind == "text/html" else f"<pre>{_escape(text)}</pre>"
    raise DocumentError(
        name, "is not a saved web page (no text/html part); open it in a browser and save as HTML"
    )


def _declared(payload: bytes, charset: str | None) -> str | None:
    """``payload`` in its declared charset (gb2312 read as GB18030, which contains it and what pages put in
    it), or None when none is declared or it does not decode."""
    if not charset:
        return None
    charset = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(charset.lower(), charset)
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError, ValueError):  # (a charset holding a NUL byte is a ValueError)
        return None


def archived_page(data: bytes, name: str) -> str:
    """The HTML of a page Safari saved as a .webarchive (a property list, binary or XML): its main resource,
    decoded by the encoding it records (its styles, images and frames are other resources); a file that is
    no web archive is refused."""
    try:
        archive = plistlib.loads(data)
    except (
        ValueError,
        OverflowError,
        RecursionError,
        MemoryError,
        TypeError,
        KeyError,
        IndexError,
        LookupError,
        xml.parsers.expat.ExpatError,
    ) as e:
        # (plistlib.InvalidFileException is a ValueError; a damaged binary list raises the others, a damaged
        # XML one expat's error or, for an unknown declared encoding, a LookupError)
        raise DocumentError(
            name, f"is not a readable .webarchive ({type(e).__name__}); open it in Safari and save it as HTML"
        ) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    payload = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(main, dict) or not isinstance(payload, bytes):
        raise DocumentError(
            name, "is not a web archive (no main resource); open it in Safari and save it as HTML"
        )
    kind = str(main.get("WebResourceMIMEType") or "text/html")
    if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
        raise DocumentError(name, f"holds a {kind} page, not text; save that page itself and index it")
    encoding = main.get("WebResourceTextEncodingName")
    text = _declared(payload, encoding if isinstance(encoding, str) else None) or decode_bytes(
        payload, name=name
    )
    return f"<pre>{_escape(text)}</pre>" if kind == "text/plain" else text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------------------------------- .eml


@dataclass(frozen=True)
class Mail:
    subject: str | None
    body: str  # its text, or its HTML when it has no plain-text part
    html: bool
    attachments: list[tuple[str, bytes]]  # (file name, bytes) in the message's order


# A mail client's wrap of a long line (Foxmail's at 76 columns): a line ending in a clause's comma runs on
# into the next, unless that opens an item (…1000万元以上的，|奖励5万元 had been two sentences:
# eval/policy26 n13, blind)
_SOFT_WRAP = re.compile(r"(?<=[，、,])\r?\n(?=[^\s（(【\[\d一二三四五六七八九十①-⑳])")
# The header block a mail client writes above a forwarded or quoted message (------ 原始邮件 ------,
# 发件人:, 发送时间:, From:, Sent: …): the mail's plumbing, not its text — 「发送时间: 2025年9月16日…」 had
# answered when the notice it forwards asks its reports in (eval/policy23 t05, blind).
_QUOTED_HEADER = re.compile(
    r"^[ \t]*(?:-{3,}[ \t]*(?:原始邮件|转发邮件信息|邮件原文|Original Message|Forwarded message)[ \t]*-{3,}"
    r"|(?:发件人|收件人|抄送|发送时间|发件时间|日期|主题|From|To|Cc|Sent|Date|Subject)"
    r"[ \t]*[:：].*)[ \t]*\n?",
    re.MULTILINE | re.IGNORECASE,
)


# MIME parts one message may hold (lines opening with "--", each part's delimiter among them): the stdlib's
# parser takes about half a millisecond and a kilobyte of Message a part, so a 3 MB file of 100,000 empty
# parts had been read for 48 s, and the 100 MB an .eml may be would have taken half an hour (a fault probe).
# Mail clients write a few dozen; the file is refused in one line before it is parsed.
MAX_MAIL_PARTS = 2000
_DELIMITER = re.compile(rb"^--", re.MULTILINE)
_GUESSED_BOUNDARY = re.compile(rb"^--([\w'()+,./:=?-][\w'()+,./:=? -]{0,68}?)[ \t]*$", re.MULTILINE)


def read_mail(data: bytes, name: str) -> Mail:
    """An e-mail saved as .eml (RFC 5322, as Outlook, Foxmail and webmail save one; a notice forwarded by
    mail): its subject, its body (the plain-text part, else the HTML one, in its declared charset; a
    forwarded message's header lines left out) and its attached files; RFC 2047 subjects and file names
    decoded. A message of more than MAX_MAIL_PARTS parts, or nesting them past the stack, is refused."""
    if (parts := len(_DELIMITER.findall(data))) > MAX_MAIL_PARTS:
        raise DocumentTooLarge(
            name, f"has {parts:,} MIME part lines (limit {MAX_MAIL_PARTS:,}); save its attachments apart"
        )
    try:
        return _read_mail(data, name)
    except RecursionError:  # (parts inside parts, or messages forwarded inside messages, hundreds deep)
        raise DocumentError(
            name, "nests its parts or forwarded messages too deeply to read; save the message again"
        ) from None


def _parsed(data: bytes) -> email.message.EmailMessage:
    """The message parsed; a multipart stating no boundary (a client that dropped it: its parts had been lost)
    read by the delimiter its first ``--`` line gives, when it has one (a probe's 正文 had been lost)."""
    message: Any = email.message_from_bytes(data, policy=email.policy.default)
    for part in list(message.walk()):
        if part.get_content_maintype() != "multipart" or part.is_multipart() or part.get_boundary():
            continue
        raw = part.get_payload(decode=True)  # (its bytes as they stand)
        if not isinstance(raw, bytes) or (found := _GUESSED_BOUNDARY.search(raw)) is None:
            continue
        head = b'Content-Type: multipart/mixed; boundary="' + found.group(1) + b'"\n\n'
        inner = email.message_from_bytes(head + raw, policy=email.policy.default)
        if inner.is_multipart():
            part.set_payload(inner.get_payload())
    return message


def _read_mail(data: bytes, name: str) -> Mail:
    message = _parsed(data)
    if not message.keys():
        raise DocumentError(name, "is not an e-mail (no header lines); save the message as .eml again")
    subject = str(message.get("Subject") or "").strip() or None
    body, html = "", False
    for kind in ("plain", "html"):
        part = message.get_body(preferencelist=(kind,))
        if part is not None:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                body = _declared(payload, part.get_content_charset()) or decode_bytes(payload, name=name)
                html = kind == "html"
                break
    if not html:
        body = _SOFT_WRAP.sub("", _QUOTED_HEADER.sub("", body))
    attachments = []
    for part in message.iter_attachments():
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_type() == "message/rfc822":
            # a message forwarded as an attachment (Foxmail's 作为附件转发: the notice itself, eval/policy26
            # written blind) is an .eml of its own, named by its file name or else its subject
            payload = _attached_message(part)
            if payload is not None and not filename:
                filename = f"{str(part.get_content().get('Subject') or '').strip() or '转发的邮件'}.eml"
        if filename and isinstance(payload, bytes):
            attachments.append((posixpath.basename(filename.replace("\\", "/")), payload))
    return Mail(subject, body, html, attachments)


def _attached_message(part: email.message.Message) -> bytes | None:
    """The bytes of the message a message/rfc822 part holds; None when it holds none or cannot be written."""
    inner = part.get_payload()
    if not isinstance(inner, list) or not inner or not isinstance(inner[0], email.message.Message):
        return None
    try:
        raw = inner[0].as_bytes()
        # a client that encoded the forwarded message (RFC 2046 allows none; its text had been lost)
        encoding = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
        if encoding == "base64":
            return binascii.a2b_base64(b"".join(raw.split()))
        return quopri.decodestring(raw) if encoding == "quoted-printable" else raw
    except (ValueError, LookupError, TypeError, UnicodeError):  # (a malformed header; binascii.Error)
        return None


# ------------------------------------------------------------------------------------------- .rtf

_RTF_CELLS = re.compile(r"\s*\|\s*")


def rtf_text(data: bytes, name: str) -> str:
    """Text of an RTF file: each paragraph a line, a table row a line of cells joined by `` | ``."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise DocumentError(name, "is not an RTF file (it does not start with {\\rtf); re-save it from Word")
    try:  # RTF is 7-bit; a writer that put raw bytes in it wrote them in its code page
        source = data.decode("ascii")
    except UnicodeDecodeError:
        source = decode_bytes(data, name=name)
    try:
        text = rtf_to_text(source, encoding="gb18030", errors="replace")
    except Exception as e:  # striprtf raises what its parsing meets (IndexError, LookupError, …)
        raise DocumentError(name, f"is not a readable .rtf file ({e}); re-save it from Word") from e
    lines = []
    for line in text.replace("\r", "\n").split("\n"):
        if "|" in line:  # striprtf ends each \cell with "|"
            line = " | ".join(c for c in _RTF_CELLS.split(line.strip()) if c)
        lines.append(line.rstrip())
    return "\n".join(lines).strip()


# ------------------------------------------------------------------------------------------ .pptx


def pptx_pages(data: bytes, name: str, check: Callable[[int], None]) -> tuple[list[str], str | None]:
    """Each slide's text as a page: its shapes in reading order (top to bottom, left to right: a deck may hold
    its title box after the body), a table's rows as lines of cells, grouped shapes read inside, then the
    speaker notes (a footer every slide repeats dropped first); and the deck's title. ``check`` is given the
    characters read so far."""
    import pptx

    from indexer.ooxmlpkg import transitional

    try:
        # (a deck saved as Strict Open XML: python-pptx finds no presentation part under strict names)
        deck = pptx.Presentation(io.BytesIO(transitional(data)))
        slides: list[str] = []
        notes: list[str] = []
        size = 0
        for slide in deck.slides:
            lines = [line for shape in _reading_order(slide.shapes) for line in _shape_lines(shape)]
            slides.append("\n".join(line.strip() for line in lines if line.strip()))
            frame = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
            notes.append(frame.text.strip() if frame is not None else "")
            size += len(slides[-1]) + len(notes[-1])
            check(size)
        title = (deck.core_properties.title or "").strip() or None
    except DocumentError:
        raise
    except Exception as e:  # python-pptx raises several unrelated types for a corrupt file
        raise DocumentError(name, f"is not a readable .pptx file ({e}); re-save it from PowerPoint") from e
    # a footer or slide number every slide repeats is dropped as a PDF page's is, before the notes follow
    kept = keep_pages(slides).pages
    return ["\n".join(part for part in page if part) for page in zip(kept, notes, strict=True)], title


def _reading_order(shapes: Iterable[Any]) -> list[Any]:
    return sorted(shapes, key=lambda s: (s.top or 0, s.left or 0))


def _shape_lines(shape: Any) -> list[str]:
    if shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
        return [line for inner in _reading_order(shape.shapes) for line in _shape_lines(inner)]
    if getattr(shape, "has_table", False):
        rows = []
        for row in shape.table.rows:
            cells = [" ".join(c.text.split()) for c in row.cells]
            rows.append(" | ".join(c for c in cells if c))
        return rows
    if getattr(shape, "has_text_frame", False):
        return [p.text for p in shape.text_frame.paragraphs]
    return []


# ------------------------------------------------------------------------------------------- .ofd

_OFD = "{http://www.ofdspec.org/2016}"
MAX_OFD_PAGES = 2000


def ofd_pages(data: bytes, name: str, check: Callable[[int], None]) -> tuple[list[str], str | None]:
    """Each page's text of an OFD document's first document (lines in reading order, see ``_page_lines``) and
    its title. ``check`` is given the characters read so far."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("OFD.xml"))
            body = root.find(f"{_OFD}DocBody")
            if body is None or not (body.findtext(f"{_OFD}DocRoot") or "").strip():
                raise DocumentError(name, "is not an OFD document (OFD.xml names no DocRoot)")
            doc_path = _member(archive, "", body.findtext(f"{_OFD}DocRoot") or "")
            title = (body.findtext(f"{_OFD}DocInfo/{_OFD}Title") or "").strip() or None
            document = etree.fromstring(archive.read(doc_path))
            base = posixpath.dirname(doc_path)
            located = document.findall(f"{_OFD}Pages/{_OFD}Page")
            if len(located) > MAX_OFD_PAGES:
                raise DocumentError(name, f"has {len(located)} pages (limit {MAX_OFD_PAGES}); split it")
            pages: list[str] = []
            size = 0
            for page in located:
                content = etree.fromstring(archive.read(_member(archive, base, page.get("BaseLoc", ""))))
                text = "\n".join(_page_lines(content))
                pages.append(text)
                size += len(text)
                check(size)
    except DocumentError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError) as e:
        raise DocumentError(
            name, f"is not a readable .ofd file ({e}); export it again or upload a PDF"
        ) from e
    return pages, title


def _member(archive: zipfile.ZipFile, base: str, location: str) -> str:
    """A part's name in the zip: OFD locations are relative to the part naming them, or absolute."""
    location = location.strip().replace("\\", "/")
    path = location.lstrip("/") if location.startswith("/") else posixpath.join(base, location)
    path = posixpath.normpath(path)
    if path not in archive.NameToInfo:
        raise KeyError(f"there is no part {path!r}")
    return path


def _page_lines(content: Any) -> list[str]:
    """A page's text as lines: every TextCode placed where it is drawn (its TextObject's Boundary origin plus
    its X, Y), codes on one baseline (within half the font size) joined left to right, lines top to bottom.
    A TextCode without X or Y continues where the previous one of its object left off."""
    glyphs: list[tuple[float, float, float, str]] = []  # (baseline y, x, size, text)
    for obj in content.iter(f"{_OFD}TextObject"):
        box = [float(v) for v in (obj.get("Boundary") or "0 0 0 0").split()[:2]] + [0.0, 0.0]
        size = float(obj.get("Size") or 3.5)
        x = y = 0.0
        for code in obj.iter(f"{_OFD}TextCode"):
            x = float(code.get("X", x))
            y = float(code.get("Y", y))
            if code.text:
                glyphs.append((box[1] + y, box[0] + x, size, code.text))
                x += size * len(code.text)
    return baseline_lines(glyphs)
