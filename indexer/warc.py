"""A crawler's web archive (.warc: WARC/1.0 and 1.1, as Heritrix, wget --warc-file and Browsertrix write it;
.warc.gz, gzipped record by record or whole) as one document: the pages it archived, in the crawl's order — a
county 农业农村局 site's 申报通知 (eval/policy39, written blind). Records are read with warcio.

What is read is each ``response`` record of an HTTP 200 whose body is HTML (text/html, XHTML) or plain text;
a redirect (3xx) or error, robots.txt, an image, a script, and the request, warcinfo, metadata, revisit and
resource records are not. The body is de-chunked (Transfer-Encoding: chunked — a chunk boundary cutting
2026年6月1 | 5日 or a phone number joins again) and decompressed (Content-Encoding) by warcio, decoded by the
charset the HTTP Content-Type names (gbk read as GB18030), else its <meta> charset, else as any file is
(decode.py), and read as a saved page is (webpage.read_page, which the caller hands in): each page's title a
heading line, then its text; a page archived twice is read once. The title is the page's when there is one.

Bounded as an e-mail with its attachments is (a crawl holds images and scripts): the file, and a .warc.gz
unpacked. warcio reads a damaged archive as far as it can and says so only on stderr; the records are
therefore walked first (each a ``WARC/`` line, headers, a Content-Length block, a blank line), and a record
cut short or a block its length belies is refused in one line, naming the record.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from indexer.decode import DocumentError, decode_bytes
from indexer.extracted import MAX_MAIL_BYTES

MAX_WARC_BYTES = MAX_MAIL_BYTES  # a web archive's bytes, and a .warc.gz's unpacked
MAX_HEADER_BYTES = 64 * 1024  # a record's WARC header
_GZIP = b"\x1f\x8b"
_LENGTH = re.compile(rb"^content-length:[ \t]*(\d{1,15})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_TYPE = re.compile(rb"^warc-type:[ \t]*([a-z]{1,20})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_TARGET = re.compile(rb"^warc-target-uri:[ \t]*\S", re.IGNORECASE | re.MULTILINE)
_TARGETED = (b"response", b"request", b"revisit", b"resource")  # (records the standard gives a target)
_HTML = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.I)
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# what pages label legacy Chinese charsets as, and what reads them all (GB18030 holds GBK and GB2312)
_CHARSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}


def read_warc(
    data: bytes, name: str, read_html: Callable[[str], tuple[str, str | None]]
) -> tuple[str, str | None]:
    """(text, title) of a .warc (or .warc.gz) file's bytes: its pages' titles and texts in the crawl's order;
    ``read_html`` gives a page's (text, title)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    data = _gunzipped(data, name)
    records = _check_records(data, name)
    # what warcio raises on a record its parser cannot take (a response of no WARC-Target-URI had been an
    # AttributeError), or a body it cannot unpack
    refused = (ArchiveLoadFailed, StatusAndHeadersParserException, AttributeError, ValueError, zlib.error)
    pages: list[str] = []
    titles: list[str] = []
    seen: set[str] = set()
    iterator = iter(ArchiveIterator(io.BytesIO(data)))
    for number in range(1, records + 2):
        try:
            record = next(iterator, None)
            found = _page(record, name, number) if record is not None else None
        except DocumentError:
            raise
        except refused as e:
            said = " ".join(str(e).split())[:200]
            raise DocumentError(
                name, f"has a record warcio cannot read (record {number:,}: {said})"
            ) from None
        if record is None:
            break
        if found is None:
            continue
        body, media = found
        if media in _HTML:
            text, title = read_html(body)
        else:
            text, title = "\n".join(" ".join(ln.split()) for ln in body.splitlines() if ln.strip()), None
        title = " ".join((title or "").split())
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if not lines or text in seen:
            continue
        seen.add(text)
        head = [title] if title and lines[0].strip() != title else []
        pages.append("\n".join([*head, *lines]))
        titles.append(title)
    if not pages:
        raise DocumentError(
            name, f"holds no archived HTML or text page (of {records:,} records); nothing to index"
        )
    return "\n\n".join(pages), titles[0] or None if len(pages) == 1 else None


def _page(record: Any, name: str, number: int) -> tuple[str, str] | None:
    """A response record's body as text and its media type, when it is a page of HTML or text served with
    HTTP 200; None for any other record."""
    if record.rec_type != "response":
        return None
    http = record.http_headers
    if http is None or http.get_statuscode() != "200":
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if urlsplit(uri.strip("<>")).path.lower() == "/robots.txt":
        return None
    declared = http.get_header("Content-Type") or ""
    media = declared.split(";")[0].strip().lower()
    if media and media not in (*_HTML, "text/plain"):
        return None  # (an image, a script, a style: not read at all)
    body = record.content_stream().read(MAX_WARC_BYTES + 1)
    if len(body) > MAX_WARC_BYTES:
        raise DocumentError(name, f"holds a page (record {number:,}) over {MAX_WARC_BYTES:,} bytes unpacked")
    if not media and _HTML_START.match(body[:1024]):
        media = "text/html"  # (served with no Content-Type: a page by its bytes)
    if media not in (*_HTML, "text/plain"):
        return None
    return body_text(body, declared, name, html=media in _HTML), media


def body_text(body: bytes, content_type: str, name: str, html: bool = True) -> str:
    """An HTTP body as text: in the charset its Content-Type names, else (a page) the one its <meta> names,
    else decoded as a file is (decode.py). A charset that does not read the body is not believed."""
    charsets = [_charset(content_type)]
    if html:
        meta = _META_CHARSET.search(body[:4096])
        charsets.append(meta.group(1).decode("ascii").lower() if meta else "")
    for charset in charsets:
        if not charset:
            continue
        try:
            return body.decode(_CHARSETS.get(charset, charset))
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_bytes(body, name=name)


def _charset(content_type: str) -> str:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'").lower()
    return ""


def _check_records(data: bytes, name: str) -> int:
    """The number of records, each checked whole: a ``WARC/`` line, headers stating a Content-Length, that
    many bytes, a blank line. A DocumentError names the first record that is not so."""
    at, count = 0, 0
    while True:
        while data.startswith((b"\r\n", b"\n"), at):  # (the blank lines between records)
            at += 2 if data.startswith(b"\r\n", at) else 1
        if at >= len(data):
            break
        where = f"record {count + 1:,} (at byte {at:,})"
        if not data.startswith(b"WARC/", at):
            if count == 0:
                raise DocumentError(name, "does not begin with a WARC/ record; it is no WARC web archive")
            raise DocumentError(name, f"has no WARC/ line where {where} begins; the file is damaged")
        end = data.find(b"\r\n\r\n", at, at + MAX_HEADER_BYTES)
        if end < 0:
            if len(data) - at < MAX_HEADER_BYTES:
                raise DocumentError(name, f"ends inside the header of {where}; the file is cut short")
            raise DocumentError(name, f"has a header of over {MAX_HEADER_BYTES:,} bytes in {where}")
        length = _LENGTH.search(data, at, end + 2)
        if length is None:
            raise DocumentError(name, f"states no Content-Length in {where}; the file is damaged")
        kind = _TYPE.search(data, at, end + 2)
        if kind is not None and kind.group(1).lower() in _TARGETED and not _TARGET.search(data, at, end + 2):
            said = kind.group(1).decode("ascii").lower()
            raise DocumentError(
                name, f"{where} is a {said} record with no WARC-Target-URI; the file is damaged"
            )
        block = end + 4
        at = block + int(length.group(1))
        if at > len(data):
            raise DocumentError(
                name,
                f"ends inside {where}: its Content-Length is {int(length.group(1)):,} bytes, "
                f"{len(data) - block:,} remain; the file is cut short",
            )
        count += 1
    return count


def _gunzipped(data: bytes, name: str) -> bytes:
    """A .warc.gz's records unpacked (each record its own gzip member, or the whole file one), bounded; an
    uncompressed .warc as it is."""
    if not data.startswith(_GZIP):
        return data
    out = bytearray()
    rest = data
    while rest:
        unpacker = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            out += unpacker.decompress(rest, MAX_WARC_BYTES + 1 - len(out))
        except zlib.error as e:
            raise DocumentError(name, f"is not a readable gzip file ({e})") from None
        if len(out) > MAX_WARC_BYTES or unpacker.unconsumed_tail:
            raise DocumentError(name, f"unpacks to over {MAX_WARC_BYTES:,} bytes, over those read")
        if not unpacker.eof:
            raise DocumentError(name, "is a gzip file cut short; the archive is incomplete")
        rest = unpacker.unused_data
        if rest and not rest.startswith(_GZIP):
            if rest.strip(b"\x00"):
                raise DocumentError(name, "has bytes after its gzip members that are no gzip member")
            break
    return bytes(out)
