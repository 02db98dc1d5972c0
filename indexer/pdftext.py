"""A PDF's text, page by page (pypdf): a page set in two columns read column by column (pdfcolumns.py), a
table drawn cell by cell read in layout mode so its rows stay rows, a page whose text is drawn turned read
turned upright (pdfturn.py), a filled form's field values after the text of the page that shows them
(pdfforms.py), its attached files after its last page (pdfattach.py), the pages then unwrapped as paragraphs
(reflow.unwrap_pages). An encrypted PDF that needs a password is refused saying so; one locked only against
editing is read.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from indexer.decode import DocumentError
from indexer.pdfattach import attached_lines
from indexer.pdfcolumns import Run, column_text, visitor
from indexer.pdfforms import FieldsRead, field_lines
from indexer.pdfturn import layout_text, reading_turns, shown, turned
from indexer.reflow import Unwrapped, unwrap_pages
from indexer.spreadsheet import encrypted
from indexer.worddoc import DocumentTooLarge

if TYPE_CHECKING:
    from pypdf import PageObject

MAX_PDF_PAGES = 2000


def read_pdf(data: bytes, name: str, check: Callable[[int], None]) -> Unwrapped:
    """A PDF's pages as paragraphs (reflow.unwrap_pages); ``check`` is told the length read so far."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise DocumentTooLarge(name, f"has {count} pages (limit {MAX_PDF_PAGES}); split it")
        pages: list[str] = []
        size = 0
        in_columns = False
        fields = FieldsRead()
        for shown_page in reader.pages:
            page = shown_page
            text, runs = _plain(page)
            turns = reading_turns(runs, shown(page))
            if turns[0]:  # its text drawn turned (a landscape table shown upright by /Rotate 90): so read
                page = turned(page, turns[0])
                text, runs = _plain(page)
                turns = [(turn - turns[0]) % 360 for turn in turns]
            box = page.mediabox
            if (columns := column_text(runs, float(box.width), float(box.left))) is not None:
                text = columns  # a leaflet in two columns: each read top to bottom, not line by line across
                in_columns = True
            elif _cell_per_line(text):  # a table drawn cell by cell: its rows as laid out on the page
                text = layout_text(page, turns)
            # a filled form's values, held as field values the page's content does not draw (pdfforms.py)
            if form := field_lines(shown_page, text, fields):
                text = "\n".join(line for line in (text, *form) if line)
            pages.append(text)
            size += len(text)
            check(size)
        if pages and (attached := attached_lines(reader, name)):  # (its attachments, after its last page)
            pages[-1] = "\n".join((pages[-1], *attached))
            check(size + sum(map(len, attached)))
    except DocumentError:
        raise
    except pypdf.errors.FileNotDecryptedError as e:  # a password to open it (one only to edit is read)
        raise encrypted(name) from e
    except Exception as e:  # pypdf raises many error types for damaged files
        raise DocumentError(name, f"is not a readable .pdf file ({e}); upload the text instead") from e
    return unwrap_pages(pages, columns=in_columns)


def _plain(page: PageObject) -> tuple[str, list[Run]]:
    """The page's text as pypdf reads it in the order it is drawn, and its runs of text (pdfcolumns.Run)."""
    runs: list[Run] = []
    return (page.extract_text(visitor_text=visitor(runs)) or "").strip(), runs


# A page whose text comes out a cell a line: most of its lines are table cells (序号, 乡镇, 612, 213.60), not
# printed lines of prose, which run the page's width.
MIN_CELL_LINES = 12
CELL_CHARS = 8
CELL_SHARE = 0.7


def _cell_per_line(text: str) -> bool:
    """The page's text reads a table cell by cell (pypdf gives a table drawn cell by cell so: a 分配表's
    「4 / 梅川镇 / 706 / 2583 / 258.30」 as five lines, and no figure could be quoted with its row and column:
    eval/policy22 n08, n09, blind); its layout text holds the rows, the cells parted by runs of spaces."""
    lines = [line for line in text.split("\n") if line.strip()]
    short = sum(len(line.strip()) <= CELL_CHARS for line in lines)
    return len(lines) >= MIN_CELL_LINES and short >= CELL_SHARE * len(lines)
