"""An XPS or OpenXPS document (.xps, .oxps: what Windows' "Microsoft XPS Document Writer" prints to): a zip of
fixed pages, each a FixedPage of Glyphs elements whose UnicodeString is drawn at OriginX, OriginY. Each page's
text is its glyph runs placed where they are drawn — runs on one baseline joined left to right, lines top to
bottom (pdfcolumns.baseline_lines, as an OFD page's) — the pages in the order the document's FixedDocument
lists them (else by their part names' numbers). XML is parsed with no entity expanded, no DTD and no network.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable
from typing import Any

from indexer.decode import DocumentError
from indexer.ooxmlpkg import parse
from indexer.pdfcolumns import baseline_lines

__all__ = ["xps_pages"]

MAX_XPS_PAGES = 2000
_PAGE_NUMBER = re.compile(r"(\d+)")


def _local(element: Any) -> str:
    return str(element.tag).rpartition("}")[2]


def _pages_in_order(archive: zipfile.ZipFile) -> list[str]:
    """The FixedPage parts, as the FixedDocuments list them (PageContent Source), else by their names."""
    names = set(archive.namelist())
    ordered: list[str] = []
    documents = sorted((n for n in names if n.lower().endswith(".fdoc")), key=_natural)
    for document in documents:
        root = parse(archive.read(document))
        base = posixpath.dirname(document)
        for content in root.iter():
            if _local(content) == "PageContent" and (source := content.get("Source")):
                where = source.lstrip("/") if source.startswith("/") else f"{base}/{source}"
                path = posixpath.normpath(where)
                if path in names and path not in ordered:
                    ordered.append(path)
    return ordered or sorted((n for n in names if n.lower().endswith(".fpage")), key=_natural)


def _natural(name: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in _PAGE_NUMBER.split(name)]


def _page_lines(page: Any) -> list[str]:
    glyphs: list[tuple[float, float, float, str]] = []
    for run in page.iter():
        if _local(run) != "Glyphs" or not (text := run.get("UnicodeString") or ""):
            continue
        try:
            x = float(run.get("OriginX") or 0)
            y = float(run.get("OriginY") or 0)
            size = float(run.get("FontRenderingEmSize") or 12)
        except ValueError:
            continue
        # ("{}" opens a UnicodeString that itself begins with a brace)
        glyphs.append((y, x, size, text[2:] if text.startswith("{}") else text))
    return baseline_lines(glyphs)


def xps_pages(data: bytes, name: str, check: Callable[[int], None]) -> tuple[list[str], str | None]:
    """Each fixed page's text; no title (an XPS print keeps none of the document's). ``check`` is given the
    characters read so far."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            located = _pages_in_order(archive)
            if not located:
                raise DocumentError(name, "is not an XPS document (it holds no fixed pages)")
            if len(located) > MAX_XPS_PAGES:
                raise DocumentError(name, f"has {len(located)} pages (limit {MAX_XPS_PAGES}); split it")
            pages: list[str] = []
            size = 0
            for part in located:
                pages.append("\n".join(_page_lines(parse(archive.read(part)))))
                size += len(pages[-1])
                check(size)
    except DocumentError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError, RecursionError) as e:
        raise DocumentError(name, f"is not a readable .xps file ({e}); print it to PDF instead") from e
    return pages, None
