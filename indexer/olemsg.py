"""An Outlook message saved as .msg ([MS-OXMSG]: an OLE compound file of MAPI properties), read as an .eml
is: its subject, its body and its attached files, so the loader treats both alike.

``extract-msg`` finds the properties (the __properties_version1.0 stream, the __substg1.0_ streams, the
attachment storages); this module picks what to read from them. The body is the plain text (PR_BODY 0x1000),
else the HTML (0x1013), else the text of the compressed RTF (0x1009) — the library's own ``htmlBody`` and
``body`` are not used, as they make one body up from another. A property stored 8-bit (type 001E, as older and
Chinese Outlook write it, in cp936) is decoded by the message's code page (PR_MESSAGE_CODEPAGE 0x3FFD, else
PR_INTERNET_CPID 0x3FDE), not by the library's ISO-8859-15 default. An attached message (attach method 5)
becomes an .eml of its own — its subject, body and files — named by its subject, as a forwarded .eml's is.

The file is checked before the library opens it: an OLE signature (olefile takes short bytes for a path),
streams claiming no more bytes than the file holds (a damaged size would be read sector by sector), at most
MAX_ATTACHMENTS attachments and MAX_ATTACHMENT_BYTES of them.
"""

from __future__ import annotations

import codecs
import email.message
import email.policy
import io
from typing import Any

import olefile

from indexer.decode import DocumentError
from indexer.formats import Mail
from indexer.worddoc import DocumentTooLarge

__all__ = ["read_msg"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ATTACHMENTS = 1000
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
MAX_EMBEDDED_DEPTH = 3  # messages attached inside attached messages
ATTACH_PREFIX = "__attach_version1.0_#"
# Code pages whose Python codec is not cp<number>, or a wider one that reads it all the same
_CODECS = {
    65001: "utf-8",
    1200: "utf-16-le",
    1201: "utf-16-be",
    936: "gb18030",
    20936: "gb18030",
    54936: "gb18030",
    950: "cp950",
    20127: "ascii",
    28591: "latin-1",
    52936: "hz",
}


def read_msg(data: bytes, name: str) -> Mail:
    """The subject, body and attached files of an Outlook .msg; a DocumentError naming ``name`` when it is
    not one or is damaged, DocumentTooLarge when it holds more attachments or bytes than are read."""
    _check(data, name)
    import extract_msg

    try:
        # (a broken or unsupported attachment is left out, not the whole message; so are named properties
        # a writer left incomplete: none is read here)
        behaviour = extract_msg.enums.ErrorBehavior
        tolerate = behaviour.ATTACH_SUPPRESS_ALL | behaviour.NAMED_NAME_STREAM | behaviour.STANDARDS_VIOLATION
        msg = extract_msg.MSGFile(data, delayAttachments=True, errorBehavior=tolerate)
    except Exception as e:  # extract-msg raises its own types, olefile's OSError, ValueError, struct.error
        reason = "it holds no MAPI property stream" if "property stream" in str(e) else "it is damaged"
        raise DocumentError(name, f"is not a readable Outlook message: {reason}; save it as .eml") from e
    try:
        return _message(msg, name, 0)
    except DocumentError:
        raise
    except Exception as e:  # a damaged stream met while reading the properties
        said = " ".join(str(e).split())[:200]
        raise DocumentError(name, f"is not a readable Outlook message ({said}); save it as .eml") from e
    finally:
        msg.close()


def _check(data: bytes, name: str) -> None:
    """Refuse what is not an OLE file, or claims more bytes than it has, before any stream is read."""
    if len(data) < 1536 or not data.startswith(OLE_MAGIC):
        raise DocumentError(name, "is not an Outlook message (not an OLE compound file); save it as .eml")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            paths = ole.listdir(streams=True, storages=False)
            sizes = {"/".join(p): ole.get_size("/".join(p)) for p in paths}
            storages = ole.listdir(streams=False, storages=True)
    except Exception as e:  # olefile raises OSError, ValueError, struct.error, IndexError on damage
        raise DocumentError(name, "is not a readable Outlook message (its OLE structure is damaged)") from e
    if "__properties_version1.0" not in sizes:
        raise DocumentError(name, "is not an Outlook message (it has no MAPI property stream)")
    if sum(sizes.values()) > len(data):
        raise DocumentError(name, "is damaged: its streams claim more bytes than the file holds")
    attachments = sum(1 for p in storages if p[-1].startswith(ATTACH_PREFIX))
    if attachments > MAX_ATTACHMENTS:
        raise DocumentTooLarge(
            name, f"has {attachments:,} attachments (limit {MAX_ATTACHMENTS:,}); save them apart"
        )
    attached = sum(size for path, size in sizes.items() if ATTACH_PREFIX in path)
    if attached > MAX_ATTACHMENT_BYTES:
        raise DocumentTooLarge(
            name, f"has {attached:,} bytes of attachments (limit {MAX_ATTACHMENT_BYTES:,}); save them apart"
        )


def _codec(page: Any) -> str | None:
    if not isinstance(page, int) or page <= 0:
        return None
    codec = _CODECS.get(page, f"cp{page}")
    try:
        codecs.lookup(codec)
    except LookupError:
        return None
    return codec


def _decoded(raw: bytes, pages: list[str | None]) -> str:
    """8-bit text in the first code page stated; else UTF-8 if it reads, else GB18030 (Chinese Outlook)."""
    for codec in [*(p for p in pages if p), "utf-8"]:
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("gb18030", errors="replace")


def _string(msg: Any, prop: int, pages: list[str | None]) -> str | None:
    """A string property from its __substg1.0_ stream: UTF-16LE (001F) or 8-bit (001E), nulls trimmed."""
    unicode = msg.getStream(f"__substg1.0_{prop:04X}001F")
    if unicode is not None:
        return str(unicode.decode("utf-16-le", errors="replace")).rstrip("\x00")
    eight = msg.getStream(f"__substg1.0_{prop:04X}001E")
    return None if eight is None else _decoded(bytes(eight), pages).rstrip("\x00")


def _message(msg: Any, name: str, depth: int) -> Mail:
    message_page = _codec(msg.getPropertyVal("3FFD0003"))
    internet_page = _codec(msg.getPropertyVal("3FDE0003"))
    strings = [message_page, internet_page]
    subject = (_string(msg, 0x0037, strings) or "").strip() or None
    body, html = _string(msg, 0x1000, strings) or "", False
    if not body.strip():
        raw_html = msg.getStream("__substg1.0_10130102")
        if raw_html is not None:
            # (the HTML's bytes are in the Internet code page it was received in)
            body, html = _decoded(bytes(raw_html), [internet_page, message_page]), True
        elif (as_string := _string(msg, 0x1013, strings)) is not None:
            body, html = as_string, True
        elif (rtf := msg.getStream("__substg1.0_10090102")) is not None:
            body = _rtf_body(bytes(rtf), name)
    return Mail(subject, body.replace("\r\n", "\n"), html, _attachments(msg, name, depth))


def _rtf_body(compressed: bytes, name: str) -> str:
    """The text of a compressed RTF body ([MS-OXRTFCP], decompressed by extract-msg's compressed_rtf)."""
    import compressed_rtf

    from indexer.formats import rtf_text

    try:
        rtf = compressed_rtf.decompress(compressed)
    except Exception as e:  # its own exceptions for a bad header, size or CRC
        raise DocumentError(name, "has a damaged RTF body; save the message as .eml") from e
    return rtf_text(rtf, name)


def _attachments(msg: Any, name: str, depth: int) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each attachment in the order of their storages; an attached message as .eml."""
    found: list[tuple[str, bytes]] = []
    for number, attachment in enumerate(msg.attachments):
        data = attachment.data
        if data is None:  # a link, an OLE object with no data, an unsupported kind: nothing to read
            continue
        if isinstance(data, bytes | bytearray):
            # (the long name, else the 8.3 one when the long is blank, a folder or NULs: a long name of one
            # NUL had been "attachment", with no suffix, and the file left unread)
            names = (_basename(f) for f in (attachment.longFilename, attachment.shortFilename) if f)
            found.append((next((n for n in names if n), f"attachment{number + 1}"), bytes(data)))
        elif depth < MAX_EMBEDDED_DEPTH:
            inner = _message(data, name, depth + 1)
            found.append((f"{_basename(inner.subject or '') or '转发的邮件'}.eml", _as_eml(inner)))
    return found


def _basename(filename: str) -> str:
    """A file name without its folders, up to its first NUL (what follows one is no name: x.TXT\\0junk had
    been named with its junk, its suffix lost); "" for none."""
    base = filename.split("\x00", 1)[0].replace("\\", "/").rsplit("/", 1)[-1].strip()
    return "" if base in (".", "..") else base


def _as_eml(mail: Mail) -> bytes:
    """An attached message written as an RFC 5322 message: the loader reads it as a forwarded .eml."""
    out = email.message.EmailMessage(policy=email.policy.SMTP)
    if mail.subject:
        out["Subject"] = mail.subject.replace("\r", " ").replace("\n", " ")
    out.set_content(mail.body, subtype="html" if mail.html else "plain", charset="utf-8")
    for filename, data in mail.attachments:
        out.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    return out.as_bytes()
