"""Data and timed text as documents: a video's subtitles (.srt, .vtt, .ass, .ssa, .sbv, SAMI, TTML) and a
programme's lyrics (.lrc), a JSON or GeoJSON export, XML (a feed, an open-data file), a KML map or a GPS
file's points, an SVG infographic and a contact card, a translation job's XLIFF, an outline's OPML, a
Jupyter notebook, a mind map (XMind, FreeMind), a Visio drawing, YAML, a TMX translation memory, an Evernote
export, a crawler's web archive (WARC), a browser's HTTP archive (HAR), a gettext catalogue, a LaTeX
document, a SQL dump, an iCalendar file, a dBase table, an SQLite database, reStructuredText, JSON Lines, a
FictionBook e-book, a Gnumeric workbook, AsciiDoc, Org-mode, a MediaWiki page's source, TOML, RIS and BibTeX
reference exports, a draw.io diagram, a 百度脑图 (KityMinder) map, Java properties, an Apple property list and
DocBook — each read by its own module (subtitles.py, ttml.py, jsondoc.py, xmldoc.py, kml.py, svgdoc.py,
vcard.py, xliff.py, opml.py, notebook.py, mindmap.py, visio.py, yamldoc.py, tmx.py, enex.py, warc.py, har.py,
gettextpo.py, latexdoc.py, sqldump.py, icsdoc.py, dbase.py, sqlitedb.py, rstdoc.py, jsonlines.py, fb2.py,
gnumeric.py, asciidoc.py, orgdoc.py, wikidoc.py, tomldoc.py, risdoc.py, bibdoc.py, drawio.py, propsdoc.py,
plistdoc.py, docbook.py) into ``Extracted`` text, bounded as text is (a notebook, whose figures are base64 in
it, and an export or archive of notes or pages, whose images are in it, as an e-mail with attachments is; a
zipped map or drawing as a .docx's zip is; a dBase table or a database by its own bound,
dbase.MAX_TABLE_BYTES; an e-book, its images in it, and a gzipped workbook by their readers' bounds; a draw.io
diagram's compressed pages by what they unpack to, mindmap.MAX_PART_BYTES). A single gzipped, bzip2- or
xz-compressed document (NAME.csv.gz, NAME.csv.bz2, NAME.txt.xz) is unpacked by load.extract and read as the
file it holds (gzipped.py)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from indexer.asciidoc import read_adoc
from indexer.bibdoc import read_bib
from indexer.dbase import read_dbf
from indexer.decode import (
    ASCIIDOC,
    DOCBOOK,
    JSON_LINES,
    MAPS,
    MEDIAWIKI,
    SAMI,
    SQLITE_SUFFIXES,
    SUBTITLES,
    TIMED_TEXT,
    DocumentError,
    decode_bytes,
)
from indexer.docbook import read_docbook
from indexer.drawio import read_drawio
from indexer.enex import read_enex
from indexer.extracted import MAX_MAIL_BYTES, Extracted, check_text_size, checked
from indexer.fb2 import read_fb2
from indexer.gettextpo import read_po
from indexer.gnumeric import read_gnumeric
from indexer.har import read_har
from indexer.icsdoc import read_ics
from indexer.jsondoc import read_json
from indexer.jsonlines import read_jsonl
from indexer.kml import read_gpx, read_kml, unpacked_kmz
from indexer.latexdoc import read_tex
from indexer.mindmap import read_freemind, read_km, read_xmind
from indexer.notebook import MAX_NOTEBOOK_BYTES, read_notebook
from indexer.opml import read_opml
from indexer.orgdoc import read_org
from indexer.plistdoc import read_plist
from indexer.propsdoc import read_properties
from indexer.risdoc import read_ris
from indexer.rstdoc import read_rst
from indexer.sqldump import read_sql
from indexer.sqlitedb import read_sqlite
from indexer.subtitles import looks_like_subtitles, read_sami, spoken_text, subtitle_text
from indexer.svgdoc import read_svg
from indexer.tmx import read_tmx
from indexer.tomldoc import read_toml
from indexer.ttml import read_ttml
from indexer.vcard import read_vcard
from indexer.visio import read_vsdx
from indexer.warc import read_warc
from indexer.webpage import page_text, read_page
from indexer.wikidoc import read_wiki
from indexer.wordx import check_docx_zip
from indexer.xliff import read_xliff
from indexer.xmldoc import read_xml
from indexer.yamldoc import read_yaml

# a TTML document's root element, by its namespace
_TIMED = re.compile(
    rb"<(?:\w+:)?tt\b[^>]*\bxmlns(?::\w+)?=[\"']http://www\.w3\.org/(?:ns/ttml|2006/10/ttaf1)[\"'#]"
)
DATA_SUFFIXES = (
    *(*SUBTITLES, *TIMED_TEXT, ".json", ".geojson", ".xml", *MAPS, ".svg", ".vcf"),
    *(".xlf", ".xliff", ".opml", ".ipynb"),
    *(".xmind", ".mm", ".vsdx", ".yaml", ".yml", ".tmx"),
    *(".enex", ".warc", ".warc.gz", ".har", ".po", ".tex"),
    *(".sql", ".ics", ".dbf", *SQLITE_SUFFIXES, ".rst"),
    *(*JSON_LINES, ".fb2", ".gnumeric", *ASCIIDOC),
    *(".org", *MEDIAWIKI, ".toml", ".ris", ".bib"),
    *(".drawio", ".km", ".properties", ".plist", *DOCBOOK),
)
# archives of notes or pages, their images in them: bounded as an e-mail with its attachments is
_BUNDLED = (".enex", ".warc", ".warc.gz", ".har")
# zipped kinds: checked as a .docx's zip is (entries, sizes, ratios), then read part by part, each bounded
_ZIPPED = {".xmind": ("XMind", read_xmind), ".vsdx": ("Visio", read_vsdx)}
# readers of (bytes, name) to (text, title), read as the author's or an application's own lines (no site
# navigation, no page header); the binary tables, a gzipped workbook and an e-book of images bounded by their
# readers, the rest as text is
_TABLES = {
    **{".dbf": read_dbf, **dict.fromkeys(SQLITE_SUFFIXES, read_sqlite)},
    **{".gnumeric": read_gnumeric, ".fb2": read_fb2},
}
_OWN_LINES = {
    **{".po": read_po, ".tex": read_tex, ".sql": read_sql, ".ics": read_ics, ".rst": read_rst},
    **dict.fromkeys(ASCIIDOC, read_adoc),
    **{".org": read_org, **dict.fromkeys(MEDIAWIKI, read_wiki), ".ris": read_ris, ".bib": read_bib},
    # (a diagram's shapes, a mind map's nodes, a document's blocks: the author's lines)
    **{".drawio": read_drawio, ".km": read_km, **dict.fromkeys(DOCBOOK, read_docbook)},
}
# data read as a .json file's value is (jsondoc.value_text): a key：value line per short value
_VALUES = {".toml": read_toml, ".properties": read_properties, ".plist": read_plist}


def extract_data(data: bytes, suffix: str, name: str) -> Extracted:
    """The text of a file of one of ``DATA_SUFFIXES`` (its bytes' format, as load.extract sniffed it)."""
    if suffix == ".ipynb":
        if len(data) > MAX_NOTEBOOK_BYTES:
            raise DocumentError(
                name, f"is {len(data):,} bytes, over the {MAX_NOTEBOOK_BYTES:,} a notebook is read to"
            )
        text, title = read_notebook(data, name, page_text)
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix in _BUNDLED:
        return _bundled(data, suffix, name)
    if suffix in _ZIPPED:
        app, read = _ZIPPED[suffix]
        check_docx_zip(data, name, suffix, app)
        text, title = read(data, name)
        return checked(Extracted(text=text, title=title, navigation=False, header=False), name)
    if suffix in _TABLES:
        text, title = _TABLES[suffix](data, name)
        return checked(Extracted(text=text, title=title, navigation=False, header=False), name)
    if suffix == ".kmz":
        data = unpacked_kmz(data, name)
    check_text_size(name, len(data))
    if suffix in (*SUBTITLES, *TIMED_TEXT):
        # (titled by the file's name: its first line is speech — 各位观众朋友大家好 — never a title; TTML by
        # the title its metadata states)
        title = PurePosixPath(name.replace("\\", "/")).stem if name != "the document" else None
        if suffix in (*TIMED_TEXT, *SAMI):
            if suffix in SAMI:
                cues, stated = read_sami(decode_bytes(data, name=name))
            else:
                cues, stated = read_ttml(data, name)
            text, title = spoken_text(cues), stated or title
            if not text.strip():
                raise DocumentError(name, f"has no timed cues with text; it is not a {suffix} subtitle file")
        else:
            decoded = decode_bytes(data, name=name)
            if not looks_like_subtitles(decoded):
                raise DocumentError(name, f"has no timed cues; it is not a {suffix} subtitle file")
            text = subtitle_text(decoded)
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix in (".json", ".geojson"):
        text, title, tabled = read_json(data, name, page_text)
        return checked(Extracted(text=text, title=title, navigation=not tabled), name)
    if suffix in JSON_LINES:  # (records, a line each of their fields: an application's own lines)
        text, title = read_jsonl(data, name, page_text)
        return checked(Extracted(text=text, title=title, navigation=False, header=False), name)
    if suffix in _VALUES:  # (a configuration's values, a line each, as a .json file's are read)
        text, title = _VALUES[suffix](data, name, page_text)
        return checked(Extracted(text=text, title=title, navigation=False, header=False), name)
    if suffix == ".xml" and _TIMED.search(data[:4096]):
        # Timed Text saved as .xml (as video platforms export it): subtitles
        return extract_data(data, ".ttml", name)
    if suffix == ".xml":
        text, title = read_xml(data, name, page_text)
        return checked(Extracted(text=text, title=title), name)
    if suffix == ".gpx":
        text, title = read_gpx(data, name, page_text)
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix in MAPS:
        text, title = read_kml(data, name, page_text)
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix in (".xlf", ".xliff"):
        text, title = read_xliff(data, name)
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix == ".opml":
        text, title = read_opml(data, name, page_text)
        return checked(Extracted(text=text, title=title, navigation=False, header=False), name)
    if suffix == ".mm":
        text, title = read_freemind(data, name, page_text)
        return checked(Extracted(text=text, title=title, navigation=False, header=False), name)
    if suffix == ".tmx":
        text, title = read_tmx(data, name)
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix in _OWN_LINES:
        text, title = _OWN_LINES[suffix](data, name)
        return checked(Extracted(text=text, title=title, navigation=False, header=False), name)
    if suffix in (".yaml", ".yml"):
        text, title = read_yaml(data, name)
        return checked(Extracted(text=text, title=title, navigation=False, header=False), name)
    if suffix == ".svg":
        text, title = read_svg(data, name)
        if not text.strip():  # (its words drawn as outlines, an image embedded)
            raise DocumentError(name, "draws no text (its words may be outlines, an image); nothing to index")
        return checked(Extracted(text=text, title=title, navigation=False), name)
    if suffix == ".vcf":
        return checked(Extracted(text=read_vcard(data, name), navigation=False), name)
    raise ValueError(f"{suffix} is no data suffix")


def _bundled(data: bytes, suffix: str, name: str) -> Extracted:
    """An Evernote export, or a web or HTTP archive: its notes' or pages' text (HTML read as a saved page's
    is), the file bounded as an e-mail with its attachments is."""
    kind = {".enex": "an Evernote export", ".har": "an HTTP archive"}.get(suffix, "a web archive")
    if len(data) > MAX_MAIL_BYTES:
        raise DocumentError(name, f"is {len(data):,} bytes, over the {MAX_MAIL_BYTES:,} {kind} is read to")
    if suffix == ".enex":
        text, title = read_enex(data, name, page_text)
    elif suffix == ".har":
        text, title = read_har(data, name, _page, page_text)
    else:
        text, title = read_warc(data, name, _page)
    return checked(Extracted(text=text, title=title), name)


def _page(html: str) -> tuple[str, str | None]:
    """A page's main text and title, as a saved .html file's are read (webpage.read_page)."""
    page = read_page(html)
    return page.text, page.title
