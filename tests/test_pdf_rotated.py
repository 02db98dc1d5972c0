"""A PDF page whose text is drawn turned — a landscape table on a portrait page, shown upright by the page's
/Rotate (eval/policy26 安福县 先建后补's 附件 补助标准), or left sideways on an upright page — reads as its
text reads, its table's rows as lines. pypdf's layout mode, which keeps a table drawn cell by cell row by
row, drops text not upright in the page's content ("Rotated text discovered. Output will be incomplete."):
the annex's rows were missing and 「安福 先建后补 灌溉渠道 每米 补助标准 上限」 could not be answered. Real
PDFs (reportlab), read through indexer.load.extract."""

from __future__ import annotations

import io
import logging

import pytest

from indexer.load import extract
from tests.conftest import pdf_bytes

WIDTH, HEIGHT = 595.0, 842.0
ARTICLES = [
    "安福县小型农田水利工程先建后补实施办法",
    "第五条补助标准见附件。",
    "第八条本办法自2026年3月1日起施行。",
]
TABLE = [
    ["工程类型", "补助标准", "补助上限"],
    ["山塘整治", "投资的70%", "15万元"],
    ["灌溉渠道", "每米180元", "20万元"],
    ["小型泵站", "投资的60%", "10万元"],
    ["节水灌溉", "每亩800元", "30万元"],
]
ANNEX = "附件"
# the annex as read: its heading, then each row of the table a line, its cells parted by " | "
ANNEX_LINES = [ANNEX, *(" | ".join(row) for row in TABLE)]
# The content drawn so that the page's /Rotate shows it upright: the matrix taking the upright page's
# coordinates to the content's (text at /Rotate 90 is drawn running up the page, as 安福县's annex is).
SHOWN_BY = {90: (0, 1, -1, 0, WIDTH, 0), 180: (-1, 0, 0, -1, WIDTH, HEIGHT), 270: (0, -1, 1, 0, 0, HEIGHT)}


def turned_pdf(turn: int, rotate: bool = True, heading: bool = False) -> bytes:
    """A PDF of the articles on an upright page, then the annex — a table drawn cell by cell — on a page
    drawn turned by ``turn``: shown upright by /Rotate ``turn`` (``rotate``), or left sideways on an upright
    page; ``heading``: the annex's heading drawn upright on it, the table alone turned."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    pdf.setFont("STSong-Light", 11)
    for i, line in enumerate(ARTICLES):  # as conftest.pdf_bytes draws a page
        pdf.drawString(40, 780 - 16 * i, line)
    pdf.showPage()
    if rotate:
        pdf.setPageRotation(turn)
    pdf.setFont("STSong-Light", 11)
    if heading:
        pdf.drawString(40, 800, ANNEX)
    pdf.saveState()
    pdf.transform(*SHOWN_BY[turn])
    top = (HEIGHT if turn == 180 else WIDTH) - 60  # the top of the page turned upright
    if not heading:
        pdf.drawString(40, top, ANNEX)
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            pdf.drawString(40 + 160 * c, top - 40 - 24 * r, cell)
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pages_of(data: bytes) -> list[list[str]]:
    extracted = extract(data, ".pdf")
    assert extracted.pages is not None
    return [page.split("\n") for page in extracted.pages]


def upright_articles() -> list[str]:
    """The articles' page as read from a PDF of it alone (no turned page anywhere)."""
    return pages_of(pdf_bytes(["\n".join(ARTICLES)]))[0]


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_turned_by_its_rotate_reads_as_shown(turn: int, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        pages = pages_of(turned_pdf(turn))
    assert pages[1] == ANNEX_LINES
    assert "灌溉渠道 | 每米180元 | 20万元" in extract(turned_pdf(turn), ".pdf").text.split("\n")
    assert pages[0] == ARTICLES == upright_articles()  # the upright page as it always read
    assert not [r for r in caplog.records if "Rotated text" in r.getMessage()]  # nothing is dropped


@pytest.mark.parametrize("turn", [90, 270])
def test_sideways_text_on_an_upright_page_reads_upright(turn: int) -> None:
    pages = pages_of(turned_pdf(turn, rotate=False))
    assert pages[1] == ANNEX_LINES
    assert pages[0] == upright_articles()


def test_a_page_read_each_way_its_text_reads(caplog: pytest.LogCaptureFixture) -> None:
    """An upright heading over a sideways table: the heading as the page shows it, then the table turned
    upright — neither dropped, and pypdf's warning of dropped text kept off stderr."""
    with caplog.at_level(logging.WARNING):
        pages = pages_of(turned_pdf(90, rotate=False, heading=True))
    assert pages[1] == ANNEX_LINES
    assert pages[0] == upright_articles()
    assert not [r for r in caplog.records if "Rotated text" in r.getMessage()]
