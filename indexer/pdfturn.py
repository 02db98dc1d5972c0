"""A PDF page whose text is drawn turned, read the way its text reads.

A landscape table is often printed on a portrait page drawn sideways, the page's /Rotate 90 turning it
upright on screen (eval/policy26 安福县 先建后补's 附件 补助标准), or left sideways on an upright page.
pypdf's plain mode reads such text, a cell a line; its layout mode, which keeps a table's rows as lines
(pdftext.py), keeps only the text upright in the page's content, whatever the page's /Rotate, and drops
the rest ("Rotated text discovered. Output will be incomplete."): the annex's rows were lost. So the page
is read from a copy of it turned — the turn baked into its content, as pypdf's transfer_rotation_to_content
does for a page's /Rotate — so that the text it shows upright (else most of its text) reads upright; in
layout mode each other way its text reads is read the same way after it, and pypdf's warning of dropped
text, void then, is kept off stderr. A page whose text all reads upright (every PDF read before) is read
as it is.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pypdf import PageObject

    from indexer.pdfcolumns import Run

UPRIGHT = 0
_EPSILON = 1e-6  # pypdf's tolerance on a matrix's entries


def turn_of(tm: Sequence[Any], cm: Sequence[Any]) -> int:
    """Which way text drawn with the text matrix ``tm`` under the transformation ``cm`` reads on the page's
    content: 0 upright, 90 turned left (running up the page), 180 upside down, 270 turned right — pypdf's
    ``orient`` of their product, a y-axis merely flipped (a > 0, d < 0) upright as pypdf's layout mode takes
    it."""
    a = float(tm[0]) * float(cm[0]) + float(tm[1]) * float(cm[2])
    b = float(tm[0]) * float(cm[1]) + float(tm[1]) * float(cm[3])
    d = float(tm[2]) * float(cm[1]) + float(tm[3]) * float(cm[3])
    if d > _EPSILON or (d < -_EPSILON and a >= -_EPSILON):
        return UPRIGHT
    if d < -_EPSILON:
        return 180
    if abs(b) <= _EPSILON:  # no direction at all (a degenerate matrix): left as drawn
        return UPRIGHT
    return 90 if b > 0 else 270


def reading_turns(runs: Sequence[Run], rotate: int = UPRIGHT) -> list[int]:
    """The ways the page's text reads (``Run.turn``) in the order it is read: the text the page shows upright
    first (its /Rotate, ``rotate``, turns text drawn so upright on screen), then the rest, most characters
    first (upright on a tie); [0] for a page without text."""
    chars: dict[int, int] = {}
    for run in runs:
        chars[run.turn] = chars.get(run.turn, 0) + len(run.text)
    return sorted(chars, key=lambda turn: (turn != rotate, -chars[turn], turn)) or [UPRIGHT]


def shown(page: PageObject) -> int:
    """The way the page's /Rotate turns it on screen: 0, 90, 180 or 270 (0 for none or a malformed one)."""
    try:
        return round(float(page.rotation) / 90) % 4 * 90
    except (TypeError, ValueError, AttributeError):
        return UPRIGHT


def turned(page: PageObject, turn: int) -> PageObject:
    """The page turned so that text reading ``turn`` reads upright: a copy (pypdf transforms only a writer's
    page, and reads fonts only from a reader's) given /Rotate ``turn`` — the rotation that would show that
    text upright — baked into its content and boxes. A page that cannot be copied is read as drawn."""
    if not turn % 360:
        return page
    import pypdf

    try:
        writer = pypdf.PdfWriter()
        copy = writer.add_page(page, excluded_keys=("/Annots", "/B", "/Thumb"))
        copy.rotation = turn
        copy.transfer_rotation_to_content()
        _blank_images(copy.get("/Resources"), set())
        buffer = io.BytesIO()
        writer.write(buffer)
        return pypdf.PdfReader(buffer).pages[0]
    except Exception:  # pypdf raises many error types for damaged files; the page as drawn is still read
        return page


def _blank_images(resources: Any, seen: set[int]) -> None:
    """Empty the image streams of a copied page's resources, its forms' included (the copy's own objects: the
    document is not touched). Its text needs none, and an image every page shares had been written and read
    again for each turned page: 2,000 turned pages over one 20 MB image took 22 s and 2.5 GB (a probe)."""
    from pypdf.generic import DictionaryObject, StreamObject

    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    shown_objects = resources.get("/XObject")
    shown_objects = shown_objects.get_object() if shown_objects is not None else None
    for value in shown_objects.values() if isinstance(shown_objects, DictionaryObject) else ():
        xobject = value.get_object()
        if not isinstance(xobject, StreamObject) or id(xobject) in seen:
            continue
        seen.add(id(xobject))
        if xobject.get("/Subtype") == "/Image":
            for key in ("/Filter", "/DecodeParms", "/SMask", "/Mask"):
                xobject.pop(key, None)
            xobject._data = b""  # (set_data re-encodes with the image's filter, which may be DCT)
        else:  # a form: its own resources
            _blank_images(xobject.get("/Resources"), seen)


def layout_text(page: PageObject, turns: Sequence[int]) -> str:
    """The page's text as pypdf's layout mode lays it out, rows as lines, its lines stripped and blank ones
    dropped: for each way its text reads (``turns``, relative to the page's content), the page turned so that
    text reads upright."""
    every_way = _every_way_read.set(len(turns) > 1)
    try:
        parts = [turned(page, turn).extract_text(extraction_mode="layout") or "" for turn in turns]
    finally:
        _every_way_read.reset(every_way)
    return "\n".join(line.strip() for part in parts for line in part.split("\n") if line.strip())


# pypdf warns once a layout read drops text not upright; when every way the page's text reads is read in
# turn, none is lost and the warning is kept off stderr (a filter on pypdf's logger, read only by this
# context: a page read elsewhere, concurrently, still warns).
_every_way_read: ContextVar[bool] = ContextVar("every_way_read", default=False)
_LAYOUT_LOGGER = "pypdf._text_extraction._layout_mode._fixed_width_page"
_DROPPED = "Rotated text discovered"


class _EveryWayRead(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (_every_way_read.get() and record.getMessage().startswith(_DROPPED))


logging.getLogger(_LAYOUT_LOGGER).addFilter(_EveryWayRead())
