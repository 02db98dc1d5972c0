"""An EPUB book (a 政策汇编, a 办事指南 collection published as an e-book): its chapters in reading order,
each read as a web page's body is, read with ebooklib.

The spine (the package's reading order) names the chapters; the navigation document (EPUB 3's nav.xhtml,
EPUB 2's toc.ncx) only repeats their headings, and is left out; a chapter the spine marks ``linear="no"``
(notes, an appendix) is read too, in its place: its figures are text. The title is the package's
``dc:title``. The zip is checked before ebooklib opens it (wordx.check_docx_zip: entries, sizes, ratios),
and the text read so far is bounded as any file's. A chapter is its own bytes, decoded as any text file's
(GBK and UTF-16 chapters too), its XML declaration gone before it is parsed as HTML (lxml refuses a str that
declares its encoding, and the chapter had read as nothing) — not ebooklib's get_content(), which parses and
writes it again past no depth limit and in UTF-8 whatever it was. Whatever a damaged book makes ebooklib raise
is one DocumentError."""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable

from indexer.decode import DocumentError, decode_bytes

_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def read_epub(
    data: bytes, name: str, html_text: Callable[[str], str], check: Callable[[int], None]
) -> tuple[str, str | None]:
    """(text, title) of an .epub's bytes; ``html_text`` reads a chapter's XHTML (load's page reader),
    ``check`` is told the length read so far."""
    from ebooklib import ITEM_DOCUMENT, epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns of options whose defaults will change
            book = epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
        parts: list[str] = []
        size = 0
        for idref, _linear in book.spine:
            item = book.get_item_with_id(idref)
            if item is None or item.get_type() != ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
                continue
            # the chapter's own bytes: ebooklib's get_content() parses and writes it again, without the
            # depth a page may need and in UTF-8 whatever it was written in (a GBK chapter read as mojibake)
            raw = item.content if isinstance(item.content, bytes) else str(item.content).encode()
            markup = decode_bytes(raw, name=f"{name}/{item.get_name()}")
            text = html_text(_DECLARATION.sub("", markup, count=1))
            if text.strip():
                parts.append(text.strip())
                size += len(text)
                check(size)
        titles = book.get_metadata("DC", "title")
    except DocumentError:
        raise
    except Exception as e:  # ebooklib, zipfile and lxml raise many types for a damaged book
        raise DocumentError(
            name, f"is not a readable .epub file ({_said(e)}); re-save it or upload its text"
        ) from e
    title = str(titles[0][0]).strip() if titles and titles[0] and titles[0][0] else None
    return "\n\n".join(parts), title or None


def _said(error: Exception) -> str:
    """What a reader's error says, or its kind when it says nothing readable."""
    said = str(error).strip()
    return said if said and not said.startswith(("(", "'")) else type(error).__name__
