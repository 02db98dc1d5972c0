"""An EPUB book (a 政策汇编, a 办事指南 collection published as an e-book): its chapters in reading order,
each read as a web page's body is, read with ebooklib.

The spine (the package's reading order) names the chapters; the navigation document (EPUB 3's nav.xhtml,
EPUB 2's toc.ncx) only repeats their headings, and is left out; a chapter the spine marks ``linear="no"``
(notes, an appendix) is read too, in its place: its figures are text. The title is the package's
``dc:title``. The zip is checked before ebooklib opens it (wordx.check_docx_zip: entries, sizes, ratios),
and the text read so far is bounded as any file's. A chapter's XML declaration goes before it is parsed as
HTML (lxml refuses a str that declares its encoding, and the chapter had read as nothing)."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable

from indexer.decode import DocumentError

_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def read_epub(
    data: bytes, name: str, html_text: Callable[[str], str], check: Callable[[int], None]
) -> tuple[str, str | None]:
    """(text, title) of an .epub's bytes; ``html_text`` reads a chapter's XHTML (load's page reader),
    ``check`` is told the length read so far."""
    from ebooklib import ITEM_DOCUMENT, epub
    from lxml import etree

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns of options whose defaults will change
            book = epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
    except (
        epub.EpubException,
        zipfile.BadZipFile,
        KeyError,
        etree.XMLSyntaxError,
        OSError,
        ValueError,
        AttributeError,
        IndexError,
        zlib.error,
        EOFError,
    ) as e:
        raise DocumentError(name, f"is not a readable .epub file ({e}); re-save it or upload its text") from e
    parts: list[str] = []
    size = 0
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
            continue
        content = item.get_content()
        markup = content.decode("utf-8", "replace") if isinstance(content, bytes) else str(content)
        text = html_text(_DECLARATION.sub("", markup, count=1))
        if text.strip():
            parts.append(text.strip())
            size += len(text)
            check(size)
    titles = book.get_metadata("DC", "title")
    title = str(titles[0][0]).strip() if titles and titles[0] and titles[0][0] else None
    return "\n\n".join(parts), title or None
