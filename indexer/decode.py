"""Bytes to text: UTF-8, UTF-16 with or without a byte-order mark, else the likeliest Chinese codec; binary
data refused. Apart from indexer.load (the formats) because it is the one part every format shares, and what
a JSON upload or collection record (text already) is checked with too.
"""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer

from indexer.normalize import normalize

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".doc", ".wps", ".pdf")


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
    # a DOS end-of-file marker (Ctrl-Z) or NUL padding after the text is no content: a UTF-8 file ending in
    # one was refused whole as binary (NULs only when the rest holds none: UTF-16 text is full of them)
    data = data.rstrip(b"\x1a")
    if data.endswith(b"\x00") and b"\x00" not in data.rstrip(b"\x00"):
        data = data.rstrip(b"\x00")
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
