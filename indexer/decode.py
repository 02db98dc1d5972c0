"""Bytes to text: UTF-8, UTF-16 with or without a byte-order mark, else the likeliest Chinese codec, else
Windows-1252 for Western European text (Latin-1 files among Chinese ones), else a detector's guess (those
three in codepages.py); binary data refused. Apart from indexer.load (the formats) because it is the one
part every format shares, and what a JSON upload or collection record (text already) is checked with too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zlib

from indexer.codepages import decode_legacy
from indexer.normalize import normalize

# A page saved under its site's own suffix (莘县冷链物流发展奖补办法.shtml, …通知.aspx, …通知.php:
# eval/policy29, blind): the web page it is — unless its bytes are a PDF or an Office file a script served
# (download.jsp), read as that (sniff.py)
WEB_PAGES: tuple[str, ...] = (".shtml", ".shtm", ".xhtml", ".aspx", ".asp", ".jsp", ".php", ".jhtml")
# … and a Java or ColdFusion site's, a Lotus Domino database's (a 市长信箱 reply saved as mailpubdetail.do:
# eval/policy30, blind)
WEB_PAGES += (".do", ".action", ".cfm", ".nsf")
# Office files with macros, templates and slide shows: the .docx, .xlsx and .pptx they are but for their main
# part's content type (ooxmlpkg.plain_main; …渡工补贴发放表.xlsm: eval/policy29, blind)
OFFICE_VARIANTS = {
    **dict.fromkeys((".docm", ".dotx", ".dotm"), ".docx"),
    **dict.fromkeys((".xlsm", ".xltx", ".xltm"), ".xlsx"),
    **dict.fromkeys((".pptm", ".ppsx", ".ppsm", ".potx", ".potm"), ".pptx"),
}
BINARY_SLIDES = (".ppt", ".pps", ".pot", ".dps")  # PowerPoint 97-2003 and WPS 演示 (pptbin.py)
# Flat OpenDocument: the package's parts in one XML file, as LibreOffice saves "Flat XML" (odf.py)
FLAT_ODF = {".fodt": ".odt", ".fods": ".ods", ".fodp": ".odp"}
# OpenDocument templates: the document each starts, read as it is (odf.py takes either mimetype; 投保分户清单
# （模板）.ott: eval/policy34, blind); a portal's feed saved under its own suffix, the XML it is (xmldoc.py)
ODF_TEMPLATES = {".ott": ".odt", ".ots": ".ods", ".otp": ".odp", ".otg": ".odg"}
# OpenOffice.org 1.x and StarOffice documents and templates, the OpenDocument they became (staroffice.py)
STAROFFICE = {
    **dict.fromkeys((".sxw", ".stw"), ".odt"),
    **dict.fromkeys((".sxc", ".stc"), ".ods"),
    **dict.fromkeys((".sxi", ".sti"), ".odp"),
    **dict.fromkeys((".sxd", ".std"), ".odg"),
}
FEEDS = {".rss": ".xml", ".atom": ".xml"}
# A video's subtitles: SubRip, WebVTT and Advanced SubStation; a programme's lyrics; YouTube's SubViewer and
# SAMI captions (subtitles.py)
SUBTITLES = (".srt", ".vtt", ".ass", ".ssa", ".lrc", ".sbv", ".smi", ".sami")
SAMI = (".smi", ".sami")
# … and Timed Text, the XML subtitles broadcasters export (ttml.py); a map's places and a GPS file's points
# (kml.py)
TIMED_TEXT = (".ttml", ".dfxp")
MAPS = (".kml", ".kmz", ".gpx")
# UOF (GB/T 20916): text, spreadsheet and presentation documents, and UOF 1.0's one suffix for all (uof.py)
UOF_SUFFIXES = (".uof", ".uot", ".uos", ".uop")
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")  # an SQLite database file, by the names apps give it
JSON_LINES = (".jsonl", ".ndjson")  # a .jsonl of records with id and text is a collection (collection.py)
ASCIIDOC = (".adoc", ".asciidoc")
MEDIAWIKI = (".wiki", ".mediawiki")
DOCBOOK = (".dbk", ".docbook")
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
    # WPS 表格's workbook: an .xls by another name (spreadsheet.py; sniff.py reads one that is an .xlsx);
    # a page printed to XPS or OpenXPS (xps.py)
    *(".et", ".xps", ".oxps"),
    *WEB_PAGES,
    *OFFICE_VARIANTS,
    # an Outlook message (olemsg.py); PowerPoint 97-2003 slides, and WPS 演示's (pptbin.py)
    ".msg",
    *BINARY_SLIDES,
    # Flat OpenDocument (odf.py); Excel's binary workbook (xlsb.py)
    *FLAT_ODF,
    ".xlsb",
    # an open-data set's GeoJSON (jsondoc.py); an SVG infographic (svgdoc.py)
    *(".geojson", ".svg"),
    # the national office format, UOF (uof.py); a contact card (vcard.py)
    *UOF_SUFFIXES,
    ".vcf",
    # an OpenDocument drawing (odf.py); a mail folder of messages (mbox.py)
    *(".odg", ".mbox"),
    # OpenDocument templates, a feed, Advanced SubStation subtitles (odf.py, xmldoc.py, subtitles.py)
    *ODF_TEMPLATES,
    *FEEDS,
    *(".ass", ".ssa"),
    # OpenOffice.org 1.x documents, Timed Text subtitles, a map's places (staroffice.py, ttml.py, kml.py)
    *STAROFFICE,
    *TIMED_TEXT,
    ".kml",
    ".kmz",
    # a programme's lyrics (subtitles.py); a GPS file's waypoints, routes and tracks (kml.py)
    *(".lrc", ".gpx"),
    # a translation job's XLIFF (xliff.py); YouTube's SubViewer and SAMI captions (subtitles.py); an outline
    # (幕布, XMind's OPML export: opml.py); a Jupyter notebook's text and results (notebook.py)
    *(".xlf", ".xliff", ".sbv", *SAMI, ".opml", ".ipynb"),
    # mind maps: XMind's and FreeMind's (mindmap.py); a Visio drawing's shapes (visio.py); YAML (yamldoc.py);
    # a translation memory's Chinese side (tmx.py)
    *(".xmind", ".mm", ".vsdx", ".yaml", ".yml", ".tmx"),
    # an Evernote / 印象笔记 export (enex.py); a crawler's web archive (warc.py); a browser's HTTP archive
    # (har.py); a gettext translation catalogue (gettextpo.py); a LaTeX document (latexdoc.py)
    *(".enex", ".warc", ".warc.gz", ".har", ".po", ".tex"),
    # a SQL dump's INSERT rows (sqldump.py); an iCalendar file's events (icsdoc.py); a dBase table's records
    # (dbase.py); an SQLite database's tables (sqlitedb.py); reStructuredText (rstdoc.py)
    *(".sql", ".ics", ".dbf", *SQLITE_SUFFIXES, ".rst"),
    # JSON Lines that are no collection (jsonlines.py); an Apple Mail message (emlx.py); a FictionBook e-book
    # (fb2.py); a Gnumeric workbook (gnumeric.py); AsciiDoc (asciidoc.py)
    *(*JSON_LINES, ".emlx", ".fb2", ".gnumeric", *ASCIIDOC),
    # Emacs Org-mode (orgdoc.py); a MediaWiki page's source (wikidoc.py); TOML (tomldoc.py); a single gzipped
    # file, read as the file it holds (gzipped.py: NAME.csv.gz; .tar.gz and .warc.gz keep their own readers);
    # a RIS and a BibTeX reference export (risdoc.py, bibdoc.py)
    *(".org", *MEDIAWIKI, ".toml", ".gz", ".ris", ".bib"),
    # a diagrams.net / draw.io drawing (drawio.py); a 百度脑图 / KityMinder map (mindmap.py); Java properties
    # (propsdoc.py); an Apple property list, XML or binary (plistdoc.py); DocBook XML (docbook.py); a single
    # bzip2- or xz-compressed file, read as the file it holds (gzipped.py: NAME.csv.bz2, NAME.txt.xz;
    # .tar.bz2, .tbz2, .tar.xz and .txz keep the tar reader)
    *(".drawio", ".km", ".properties", ".plist", *DOCBOOK, ".bz2", ".xz"),
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


_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Share of control/replacement characters above which decoded bytes are treated as binary.
_MAX_JUNK_SHARE = 0.01
# Share of everyday characters (ASCII, GB2312 once simplified) that makes BOM-less UTF-16 text, not binary.
_MIN_UTF16_EVERYDAY = 0.9


def _junk_share(text: str) -> float:
    if not text:
        return 0.0
    junk = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    )
    return junk / len(text)


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
        legacy = _decode_joined(data) or decode_legacy(data)
        if legacy is None:
            raise _broken_utf8(data, name) or _not_text(name) from None
        text = legacy
    if _junk_share(text) > _MAX_JUNK_SHARE:
        raise _broken_utf8(data, name) or _not_text(name)
    return text


# How much text in UTF-8 a file joined from a legacy-encoded part and a UTF-8 part holds at least (characters
# beyond ASCII), and which share of its legacy lines' characters are everyday ones (ASCII or GB2312)
_JOINED_UTF8 = 20
_JOINED_EVERYDAY = 0.95
_LINE_END = re.compile(rb"\r\n|\r|\n")
_JOINED_HANZI = 0.5  # … and hanzi, of its characters beyond ASCII: Chinese text


def _decode_joined(data: bytes) -> str | None:
    """Text joined from two sources of two encodings (a GBK file with UTF-8 text pasted after it: 民族团结
    进步示范创建材料（整理）.txt, eval/policy29 n20, blind), read line by line: a line in UTF-8 as UTF-8,
    the others in the one legacy code page that reads them all as everyday Chinese. None for anything else:
    text with a damaged UTF-8 byte (its line is no everyday GBK), or with too little UTF-8 to tell."""
    lines = _LINE_END.split(data)  # (a GBK byte is never CR or LF: CR-only text splits as safely)
    utf8: dict[int, str] = {}
    beyond_ascii = 0
    for i, line in enumerate(lines):
        try:
            read = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        # (GBK bytes of 学习, 专业, 一些 are valid UTF-8 too — ѧϰ, רҵ, һЩ: a line is UTF-8 when it reads as
        # everyday text, a fault probe)
        wide = [ch for ch in read if ch >= "\x80"]
        if sum(map(_everyday, wide)) < _JOINED_EVERYDAY * len(wide):
            continue
        utf8[i] = read
        beyond_ascii += len(wide)
    others = [line for i, line in enumerate(lines) if i not in utf8]
    if beyond_ascii < _JOINED_UTF8 or not others:
        return None
    legacy = decode_legacy(b"\n".join(others))  # (one code page for them all: the other source's)
    if legacy is None:
        return None
    read = legacy.split("\n")
    visible = [ch for ch in "".join(read) if not ch.isspace()]
    hanzi = sum(1 for ch in visible if "\u4e00" <= ch <= "\u9fff")
    if (
        len(read) != len(others)
        or sum(map(_everyday, visible)) < _JOINED_EVERYDAY * len(visible)
        or hanzi < _JOINED_HANZI * sum(1 for ch in visible if ch >= "\x80")
    ):
        return None  # (a Latin-1 line appended to UTF-8 text is refused naming its bytes, as before)
    taken = iter(read)
    return "\n".join(utf8[i] if i in utf8 else next(taken) for i in range(len(lines)))


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
