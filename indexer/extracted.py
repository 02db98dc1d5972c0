"""What extraction yields (``Extracted``) and the bounds every format is read within (load.py and the readers
it calls)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from indexer.decode import (
    ASCIIDOC,
    DOCBOOK,
    JSON_LINES,
    MEDIAWIKI,
    SUBTITLES,
    TIMED_TEXT,
    WEB_PAGES,
    DocumentError,
)
from indexer.worddoc import DocumentTooLarge

# Parsing bounds (issue 11): a zip (.docx, .xlsx, .pptx, .ofd) is checked from its directory before it is
# opened (wordx.check_docx_zip), a PDF by its page count, every format by the characters it yields.
MAX_TEXT_CHARS = 5_000_000  # extracted characters of one document, whatever its format
# Bytes of a .txt, .md or .html file read at all: four per character (UTF-8's most, UTF-16's surrogate pairs)
# of MAX_TEXT_CHARS. Unbounded, a 200 MB .txt had been read, cleaned and segmented for over 13 minutes at 7 GB
# of memory, printing nothing, on its way to hours of embedding (a probe); now it is skipped in one line.
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS
TEXT_SUFFIXES = (
    *(".txt", ".md", ".html", ".htm", *SUBTITLES, *TIMED_TEXT, ".kml", ".gpx", *WEB_PAGES),
    *(".xlf", ".xliff", ".opml", ".mm", ".yaml", ".yml", ".tmx", ".po", ".tex", ".sql", ".ics", ".rst"),
    *(*JSON_LINES, *ASCIIDOC),
    *(".org", *MEDIAWIKI, ".toml", ".ris", ".bib"),
    *(".drawio", ".km", ".properties", ".plist", *DOCBOOK),
)
MAX_MAIL_BYTES = 100 * 1024 * 1024  # an e-mail with its attachments base64-encoded


@dataclass(frozen=True)
class Extracted:
    """A file's text with what its format states about it."""

    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None  # the site name of a web page
    # a PDF's text page by page, furniture dropped (``text`` is their join, wrapped lines joined)
    pages: tuple[str, ...] | None = None
    # Whether the text may carry site navigation (scraped pages saved as text); extracted HTML, .docx and PDF
    # have none, so cleaning leaves their table rows alone.
    navigation: bool = True
    # Whether the text may open with a page's header (site name, date and source lines above its title): an
    # outline's nodes have none, every line of it the author's (opml.py)
    header: bool = True


# ---------------------------------------------------------------------------------------- extraction


def check_length(name: str, size: int) -> None:
    """Stop extracting a document once its text passes MAX_TEXT_CHARS (``size`` so far)."""
    if size > MAX_TEXT_CHARS:
        raise DocumentTooLarge(name, f"has more than {MAX_TEXT_CHARS:,} characters; split it")


def joined_records(read: Iterable[tuple[str, str | None]], name: str, kind: str) -> tuple[str, str | None]:
    """Records' (text, title), read one at a time, as one document's (text, title): a blank line between
    records, bounded as text is (``check_length``), the title the one record's when there is one; refused when
    no record has text (JSON Lines, RIS: jsonlines.py, risdoc.py)."""
    parts: list[str] = []
    titles: list[str | None] = []
    size = 0
    for text, title in read:
        if text:
            parts.append(text)
            titles.append(title)
            size += len(text) + 2
            check_length(name, size)
    if not parts:
        raise DocumentError(name, f"holds no {kind} record with text; nothing to index")
    return "\n\n".join(parts), titles[0] if len(titles) == 1 else None


def length_check(name: str) -> Callable[[int], None]:
    return lambda size: check_length(name, size)


def check_text_size(name: str, size: int) -> None:
    """Refuse a .txt, .md or .html file of ``size`` bytes before it is read or decoded: past MAX_TEXT_BYTES it
    cannot hold MAX_TEXT_CHARS characters or fewer."""
    if size > MAX_TEXT_BYTES:
        raise DocumentTooLarge(
            name, f"is {size:,} bytes, over the {MAX_TEXT_BYTES:,} a text file is read to; split it"
        )


def checked(page: Extracted, name: str) -> Extracted:
    """A web page's text, within MAX_TEXT_CHARS (its markup may be longer)."""
    check_length(name, len(page.text))
    return page
