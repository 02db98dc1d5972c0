"""The text of a Word 97-2003 binary document (.doc; a .wps saved in that format), as [MS-DOC] lays it out.

The file is an OLE compound file (read with `olefile`). Its ``WordDocument`` stream starts with the FIB,
which says which table stream holds the piece table (``0Table`` / ``1Table``), where it is (``fcClx`` /
``lcbClx``) and how many characters the main document has (``ccpText``: footnotes, headers and footers follow
it and are left out, as page furniture). The piece table maps character positions to byte ranges of the
``WordDocument`` stream, each either UTF-16LE or "compressed" 8-bit (Latin-1 with [MS-DOC]'s punctuation).
In the text, a paragraph ends with \\r; a table cell with \\x07 (a row's last mark ends the row: its cells
become one ``cell | cell`` line, as .docx tables do); a field is \\x13 code \\x14 result \\x15, of which the
result is kept (a hyperlink's words, not its address).
"""

from __future__ import annotations

import io
import itertools
import struct
from typing import Any

from indexer.decode import DocumentError

FIB_IDENT = 0xA5EC
F_ENCRYPTED = 0x0100
F_WHICH_TABLE = 0x0200
CLX_INDEX = 33  # fcClx / lcbClx: the 34th pair of FibRgFcLcb97
MAX_PIECES = 1_000_000
SUMMARY = "\x05SummaryInformation"
MAX_SUMMARY = 1 << 20  # bytes of the summary properties read
MAX_PROPERTIES = 1000
NFIB_WORD97 = 0x00C0  # the FIB's nFib from Word 97 on (0xC1; Word 6 and 95 wrote 101-104, another layout)
# FcCompressed: the bytes that do not stand for the Unicode character of the same number ([MS-DOC] 2.4.1)
_COMPRESSED = str.maketrans(
    "\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9f",
    "\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u2018\u2019\u201c\u201d\u2022\u2013"
    "\u2014\u02dc\u2122\u0161\u203a\u0153\u0178",
)
_FIELD_MARKS = dict.fromkeys(map(ord, "\x13\x14\x15"), None)
# characters that mark an object, a footnote reference or an optional hyphen: nothing to read
_DROPPED = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None) | {0x1E: "-", 0xA0: " "}


def read_doc(data: bytes, name: str, max_chars: int) -> tuple[str, str | None]:
    """The main text of a .doc, paragraphs one per line, and the title its properties state; a DocumentError
    naming ``name`` when it is not a readable Word 97-2003 document, is encrypted, or has more than
    ``max_chars`` characters."""
    try:
        raw, title = _main_text(data, name, max_chars)
    except DocumentError:
        raise
    except Exception as e:  # olefile and struct raise several types for damaged files
        # (their messages speak of the parser — 「Exceeds the limit (4300 digits) for integer string
        # conversion」 — not of the file)
        raise _unreadable(name, "its structure is damaged") from e
    return "\n".join(_lines(_without_field_codes(raw))), title


class DocumentTooLarge(DocumentError):
    """A document refused for its size before or while it is parsed: a decompression bomb, more pages or
    characters than a document is read to. An upload answers it 413 too_large (not 422 unreadable: the file
    may be fine, only too big); `citeqa index` skips it as any other."""

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        return (DocumentTooLarge, (self.name, self.reason))


def _unreadable(name: str, why: str) -> DocumentError:
    return DocumentError(
        name, f"is not a readable Word 97-2003 document ({why}); save it as .docx or upload text"
    )


def _main_text(data: bytes, name: str, max_chars: int) -> tuple[str, str | None]:
    import olefile

    if not olefile.isOleFile(io.BytesIO(data)):
        raise _unreadable(name, "not an OLE compound file")
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if not ole.exists("WordDocument"):
            raise _unreadable(name, "no WordDocument stream")
        word = ole.openstream("WordDocument").read()
        ident, flags = struct.unpack_from("<H", word, 0)[0], struct.unpack_from("<H", word, 0x0A)[0]
        if ident != FIB_IDENT:
            raise _unreadable(name, "no Word file information block")
        if flags & F_ENCRYPTED:  # (fObfuscated means something only with fEncrypted: [MS-DOC] 2.5.2)
            raise DocumentError(
                name, "is encrypted; save it without a password, or as .docx, and upload again"
            )
        table_name = "1Table" if flags & F_WHICH_TABLE else "0Table"
        if not ole.exists(table_name):
            raise _unreadable(name, f"no {table_name} stream")
        table = ole.openstream(table_name).read()
        title = _title(ole)
    # the FIB's variable parts: fibRgW (csw 16-bit words), fibRgLw (cslw 32-bit words), then fibRgFcLcb
    if struct.unpack_from("<H", word, 2)[0] < NFIB_WORD97:
        raise _unreadable(name, "a Word 6 or Word 95 file")
    csw = struct.unpack_from("<H", word, 0x20)[0]
    lw_at = 0x22 + 2 * csw + 2
    cslw = struct.unpack_from("<H", word, lw_at - 2)[0]
    ccp_text = struct.unpack_from("<i", word, lw_at + 12)[0]
    fclcb_at = lw_at + 4 * cslw + 2
    if csw < 14 or cslw < 4 or struct.unpack_from("<H", word, fclcb_at - 2)[0] <= CLX_INDEX:
        raise _unreadable(name, "its file information block is too short")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, fclcb_at + 8 * CLX_INDEX)
    if ccp_text < 0 or fc_clx + lcb_clx > len(table) or lcb_clx == 0:
        raise _unreadable(name, "its text tables are out of range")
    if ccp_text > max_chars:
        raise DocumentTooLarge(name, f"has more than {max_chars:,} characters; split it")
    return _pieces(word, _piece_table(table[fc_clx : fc_clx + lcb_clx]), ccp_text), title


def _title(ole: Any) -> str | None:
    """The title of the document's summary properties ([MS-OLEPS]: property 2, a code-page string or a UTF-16
    one), decoded by the code page they state (property 1); None when there is none or it does not read.
    Parsed here with every count and offset bounded by the stream: olefile's own property reader loops for
    minutes on a damaged count."""
    if not ole.exists(SUMMARY):
        return None
    data = ole.openstream(SUMMARY).read(MAX_SUMMARY)
    try:
        base = struct.unpack_from("<I", data, 44)[0]  # the first property set: after the header and FMTID
        count = struct.unpack_from("<I", data, base + 4)[0]
        where = {}
        for i in range(min(count, MAX_PROPERTIES)):
            pid, offset = struct.unpack_from("<II", data, base + 8 + 8 * i)
            where[pid] = base + offset
        page = 1252
        if 1 in where and struct.unpack_from("<H", data, where[1])[0] == 0x0002:  # VT_I2
            page = struct.unpack_from("<H", data, where[1] + 4)[0]
        if 2 not in where:
            return None
        kind, size = struct.unpack_from("<HxxI", data, where[2])
        start = where[2] + 8
        if kind == 0x001F:  # VT_LPWSTR: size in characters
            raw, encoding = data[start : start + 2 * size], "utf-16-le"
        elif kind == 0x001E:  # VT_LPSTR: size in bytes, in the code page
            raw = data[start : start + size]
            encoding = {65001: "utf-8", 1200: "utf-16-le"}.get(page, f"cp{page}")
        else:
            return None
        title = raw.decode(encoding).strip("\x00 \t\r\n")
    except (struct.error, LookupError, UnicodeDecodeError):  # damaged or unknown properties: no title
        return None
    return title or None


def _piece_table(clx: bytes) -> bytes:
    """The PlcPcd of a Clx: its Prc entries (0x01, 16-bit size, formatting) skipped; then 0x02, 32-bit
    size."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table in the Clx")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    return clx[at + 5 : at + 5 + size]


def _pieces(word: bytes, plc: bytes, ccp_text: int) -> str:
    """Characters [0, ccp_text) read through the piece table ``plc`` ((n + 1) positions, n 8-byte PCDs)."""
    n = (len(plc) - 4) // 12
    if n <= 0 or n > MAX_PIECES:
        raise ValueError(f"a piece table of {n} pieces")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    if any(b < a for a, b in itertools.pairwise(cps)):
        raise ValueError("the piece table's character positions go backwards")
    parts: list[str] = []
    for i in range(n):
        start, end = cps[i], min(cps[i + 1], ccp_text)
        if start >= ccp_text:  # positions only grow: the main text is read
            break
        if end == start:
            continue
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        count = end - start
        if fc & 0x40000000:  # 8-bit characters at half the stated offset
            at = (fc & 0x3FFFFFFF) // 2
            chunk, wide = word[at : at + count], False
        else:
            chunk, wide = word[fc : fc + 2 * count], True
        if len(chunk) < (2 * count if wide else count):
            raise ValueError("a piece runs past the end of the WordDocument stream")
        # 8-bit text is Latin-1 but for the bytes [MS-DOC] 2.4.1 maps to punctuation (0x93 “, 0x85 …)
        parts.append(
            chunk.decode("utf-16-le", errors="replace")
            if wide
            else chunk.decode("latin-1").translate(_COMPRESSED)
        )
    return "".join(parts)


def _without_field_codes(text: str) -> str:
    """Fields as their results: \\x13 code [\\x14 result] \\x15, nested, keeps the result alone."""
    if "\x13" not in text:
        return text
    out: list[str] = []
    stack: list[bool] = []  # per open field: whether its result has begun
    in_code = 0  # how many open fields are still in their code (text is kept only when none is)
    for ch in text:
        if ch == "\x13":
            stack.append(False)
            in_code += 1
        elif ch == "\x14" and stack:
            if not stack[-1]:
                stack[-1] = True
                in_code -= 1
        elif ch == "\x15" and stack:
            if not stack.pop():
                in_code -= 1
        elif not in_code:
            out.append(ch)
    if stack:  # a field never closed: its "code" would swallow the rest of the document; keep every word
        return text.translate(_FIELD_MARKS)
    return "".join(out)


def _lines(text: str) -> list[str]:
    """Paragraphs (\r, line breaks \x0b, page and section breaks \x0c) as lines, and table rows as
    ``cell | cell`` lines.

    A table cell ends with \x07, and a row with one more \x07 after its last cell (no text before it); an
    empty cell looks the same, so rows are read as wide as the first one (header rows are rarely empty). A
    paragraph break inside a row belongs to a cell (a cell of several paragraphs reads as one line); at a
    row's start it ends the table, and what precedes it is ordinary paragraphs."""
    text = text.translate(_DROPPED).replace("\x0b", "\r").replace("\x0c", "\r")
    *cells, tail = text.split("\x07")
    lines: list[str] = []
    row: list[str] = []
    width: int | None = None
    for cell in cells:
        if not row and "\r" in cell:  # paragraphs before a table (or between two): they end any table
            *before, cell = cell.split("\r")
            lines.extend(before)
            width = None
        cell = " ".join(part.strip() for part in cell.split("\r") if part.strip())
        ends_row = len(row) == width if width is not None else bool(row) and not cell
        if ends_row:
            lines.append(" | ".join(c for c in row if c))
            width, row = len(row), ([cell] if cell else [])
        else:
            row.append(cell)
    if row:
        lines.append(" | ".join(c for c in row if c))
    lines.extend(tail.split("\r"))
    return [line.strip() for line in lines if line.strip()]
