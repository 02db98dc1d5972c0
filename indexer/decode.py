"""Bytes to text: UTF-8, UTF-16 with or without a byte-order mark, else the likeliest Chinese codec, else
Windows-1252 for Western European text (Latin-1 files among Chinese ones), else a detector's guess; binary
data refused. Apart from indexer.load (the formats) because it is the one part every format shares, and what
a JSON upload or collection record (text already) is checked with too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zlib

import charset_normalizer

from indexer.normalize import normalize

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    *(".txt", ".md", ".html", ".htm", ".docx", ".doc", ".wps", ".pdf"),
    # spreadsheets and tables: indexer/spreadsheet.py (a .csv of id and text columns is a collection.py)
    *(".xlsx", ".xls", ".csv"),
    # a page saved as one file, Rich Text, slides, OFD (indexer/formats.py)
    *(".mht", ".mhtml", ".rtf", ".pptx", ".ofd"),
    # OpenDocument text, an e-mail and its attachments, JSON (indexer/odf.py, formats.py, jsondoc.py)
    *(".odt", ".eml", ".json"),
    # OpenDocument and tab-separated tables, a feed or other XML, an e-book (odf.py, spreadsheet.py,
    # xmldoc.py, epub.py)
    *(".ods", ".tsv", ".xml", ".epub"),
    # OpenDocument slides, a page Safari saved, a video's subtitles (odf.py, formats.py, subtitles.py)
    *(".odp", ".webarchive", ".srt", ".vtt"),
)
READABLE = f"{' '.join(SUPPORTED_SUFFIXES)}, or .jsonl/.csv collections"  # how help and messages list them


# What a parser raises of its own on a hostile file (a corrupt deflate stream is a zlib.error, a cut one an
# EOFError): the file is skipped with the error named, never the run.
PARSER_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    RecursionError,
    MemoryError,
    zlib.error,
    EOFError,
)


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
# Western European writing read as Windows-1252: see _decode_western.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# Letters no Western European language but Icelandic writes, and what Turkish (dotless i, ş, ğ) and
# Lithuanian (š, ž) become read as Windows-1252: such text is left to the detector.
_NOT_WESTERN = frozenset("ðÐþÞýÝ")
# Signs that may stand inside a word: an apostrophe (don’t), quote marks, dashes, the Catalan middle dot.
_INSIDE_WORD = frozenset("\u2019\u2018\u201c\u201d\u2013\u2014\u00b7")
# Western European languages accent few letters (French about 3 in 100, German 2, Portuguese 4); Czech,
# Hungarian, Polish, Romanian or Turkish read in the wrong code page show many more. A short note may hold a
# few accented names or loanwords whatever their share.
_MAX_ACCENTED = 1 / 16
_FEW_ACCENTED = 8
# Korean in EUC-KR (CP949) puts its 2,350 Hangul syllables on the rows GB2312 gives its everyday characters
# whose pinyin runs from a to r (lead bytes 0xB0-0xC8), so it decodes strictly as GB18030 into common
# characters: see _korean.
_HANGUL_ROWS = range(0xB0, 0xC9)
_MIN_KOREAN_SYLLABLES = 12
_MIN_HANGUL_ROW_SHARE = 0.95


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


# A document's title, as given (a JSON upload, a collection record) or as found (a page's <title>, a .docx
# property): it heads every search result and citation, and is read with each passage.
MAX_TITLE_CHARS = 300


def check_line(value: str | None, field: str, name: str) -> str | None:
    """A title, region or source that arrived as text (a JSON upload's title, a collection record's fields) as
    the one line it is shown as: line breaks and runs of spaces become one space, blank is none. A control
    character (a NUL, binary data) is a DocumentError naming the field, as it is in a text; it had been
    stored and shown as is, and a title of spaces was kept while an empty one was none. So is a title over
    MAX_TITLE_CHARS, as the API refuses one."""
    if value is None:
        return None
    for ch in value:
        if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS and ch not in " \x85":
            raise DocumentError(name, f"has a control character (U+{ord(ch):04X}) in its {field}; remove it")
    line = " ".join(value.split())
    if field == "title" and len(line) > MAX_TITLE_CHARS:
        raise DocumentError(name, f"has a title of {len(line):,} characters; shorten it to {MAX_TITLE_CHARS}")
    return line or None


# A date as people write it (2023-02-06, 2023/2/6, 2023年2月6日, an ISO time after it): stored as YYYY-MM-DD,
# the one form the API promises.
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T ][0-9:.+\-Z ]*)?")


def calendar_date(value: str) -> str:
    """A collection record's or an upload's date as YYYY-MM-DD; ValueError (its message names the value and
    the form to write) for anything that is no calendar date."""
    m = _DATE.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError(value)
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        raise ValueError(
            f"the date {value!r} is not a calendar date; write it as YYYY-MM-DD or leave it out"
        ) from None


def clip_title(title: str | None) -> str | None:
    """A title found in a document (a page's <title>, a .docx property, its first line), cut to
    MAX_TITLE_CHARS: a page's 60,000-character <title> had headed every result and citation (10,000 of it)."""
    if title is not None and len(title) > MAX_TITLE_CHARS:
        return title[: MAX_TITLE_CHARS - 1] + "…"
    return title


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
    for bom, codec, unit in _MARKED:
        if data.startswith(bom):
            return _decode_marked(data, codec, unit, name)
    if b"\x00" in data:
        return _decode_unmarked_utf16(data, name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = _decode_legacy(data, name)
        except DocumentError:
            raise _broken_utf8(data, name) or _not_text(name) from None
    if _junk_share(text) > _MAX_JUNK_SHARE:
        raise _broken_utf8(data, name) or _not_text(name)
    return text


# Byte-order marks, longest first (UTF-32-LE's begins with UTF-16-LE's): the codec and its code unit.
_MARKED = (
    (b"\xff\xfe\x00\x00", "utf-32", 4),
    (b"\x00\x00\xfe\xff", "utf-32", 4),
    (b"\xff\xfe", "utf-16", 2),
    (b"\xfe\xff", "utf-16", 2),
)


def _decode_marked(data: bytes, codec: str, unit: int, name: str) -> str:
    """Text with a byte-order mark. A last code unit left incomplete (a byte appended or cut off) is no
    character and is dropped; it had refused the file with Python's codec error. UTF-32 had been read as
    UTF-16 full of NULs and refused as binary."""
    data = data[: len(data) - len(data) % unit]
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        label = codec.upper()
        raise DocumentError(
            name,
            f"starts with a {label} byte-order mark but is not {label} at byte {exc.start:,} ({exc.reason}); "
            "save it again as UTF-8",
        ) from None
    if _junk_share(text) > _MAX_JUNK_SHARE:
        raise _not_text(name)
    return text


def _broken_utf8(data: bytes, name: str) -> DocumentError | None:
    """A refusal naming the bytes that are not UTF-8 in text that otherwise is (a file joined from two
    encodings, a byte damaged in transfer), where "binary content or an unknown encoding" sent its user
    looking for the wrong thing; None when the bytes are not mostly UTF-8. Looks at the first 1,000 faults."""
    view = memoryview(data)
    bad: list[int] = []
    good = 0  # characters of two or more bytes read correctly
    at = 0
    while at < len(data) and len(bad) < 1000:
        try:
            good += _non_ascii(str(view[at:], "utf-8"))
            break
        except UnicodeDecodeError as exc:
            good += _non_ascii(str(view[at : at + exc.start], "utf-8"))
            bad.append(at + exc.start)
            at += exc.end
    if not bad or good < 10 * len(bad):
        return None
    first, many = bad[0], len(bad) > 1
    count = f"{'at least ' if len(bad) == 1000 and at < len(data) else ''}{len(bad):,}"
    return DocumentError(
        name,
        f"is UTF-8 but for {count} byte sequence{'s' if many else ''} that {'are' if many else 'is'} "
        f"not (the first at byte {first:,}: 0x{data[first]:02x}); correct or remove "
        f"{'them' if many else 'it'}, or save the file again as UTF-8",
    )


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


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
    # cp932, whose decodings are valid but meaningless. Korean is told apart first (_korean).
    korean = _korean(data)
    if korean is not None:
        return korean
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
    western = _decode_western(data)
    match = charset_normalizer.from_bytes(data).best()
    if western is not None and (match is None or match.coherence <= _coherence(data, "cp1252")):
        # the detector's pick wins only when its reading fits a language better: Croatian or Romanian in
        # Windows-1250 look Western in Windows-1252 too, but their words fit their own language better
        return western
    if match is None:
        raise _not_text(name)
    codec = _CODEC_FAMILY.get(match.encoding, match.encoding)
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return str(match)


def _korean(data: bytes) -> str | None:
    """The CP949 reading of Korean text in EUC-KR / CP949, or None when ``data`` is not that.

    Read as GB18030 such text is everyday characters of the rows a to r only (救崇窍技夸 for 안녕하세요),
    which scores as well as Chinese by commonness. Chinese is not confined so: at least 95% of the
    characters in those rows, over 12 or more, holds for none of 19,506 cmrc2018, drcd and stard
    questions and passages (the most was 15 of 16, a question); 5 of 19,506 reach 90%. A shorter Korean
    text cannot be told from Chinese this way and is read as Chinese.
    """
    try:
        chinese = data.decode("gb18030")
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    chars = _CJK.findall(chinese)
    in_rows = 0
    for ch in chars:
        try:
            encoded = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        in_rows += encoded[0] in _HANGUL_ROWS
    if in_rows < _MIN_KOREAN_SYLLABLES or in_rows < _MIN_HANGUL_ROW_SHARE * len(chars):
        return None
    return text


def _coherence(data: bytes, codec: str) -> float:
    """How well the detector finds ``data`` read as ``codec`` fits a language (0 to 1)."""
    match = charset_normalizer.from_bytes(data, cp_isolation=[codec]).best()
    return 0.0 if match is None else match.coherence


def _decode_western(data: bytes) -> str | None:
    """The Windows-1252 reading (Latin-1's printable characters and more) of English, French, German … text,
    or None when the bytes do not read as such. Windows-1252 is what Western text not in UTF-8 is in; the
    detector alone read "Café naïve £5" as Arabic and a "déjà vu" beside curly quotes as Baltic (déją).

    Western text is mostly ASCII; the rest are accented letters inside words of plain letters (café, ação) or
    alone (à), at most two in a row, and signs between words (£5, “quotes”). Cyrillic, Greek, Japanese or
    Chinese bytes read this way give runs of accented letters and signs; Polish ł ą ż give signs inside words
    (³ ¹ ¿); Czech, Hungarian or Turkish ones more accented letters than Western languages write.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # five bytes are undefined: no Windows-1252 text
        return None
    runs = _NON_ASCII_RUN.findall(text)
    if any(len(run) > 2 or _NOT_WESTERN.intersection(run) for run in runs):
        return None
    for found in _NON_ASCII_RUN.finditer(text):
        for at in range(found.start(), found.end()):
            if text[at].isalpha():
                word = _word_at(text, at)
                if len(word) > 1 and not any(ch.isascii() for ch in word):
                    return None  # a word of accented letters only: Cyrillic, Greek or CJK bytes
            elif (
                text[at] not in _INSIDE_WORD
                and text[at - 1 : at].isalpha()
                and text[at + 1 : at + 2].isalpha()
            ):
                return None  # a sign inside a word is a letter of another code page (Polish ł as ³)
    accented = sum(1 for run in runs for ch in run if ch.isalpha())
    plain = len(_ASCII_LETTER.findall(text))
    if accented > max(_FEW_ACCENTED, (plain + accented) * _MAX_ACCENTED):
        return None
    return text


def _word_at(text: str, at: int) -> str:
    """The run of letters holding the letter ``text[at]``."""
    start, end = at, at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]
