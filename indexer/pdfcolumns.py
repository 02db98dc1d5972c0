"""A PDF page set in two columns (a 宣传折页, a journal's page) read column by column.

pypdf gives a page's text in the order it is drawn; a leaflet drawn a baseline at a time, left column then
right, comes out interleaved — 「地点：…妇幼保健院二楼婚前」 then a line of the other column, and the rest of
the address two lines on. The text runs pypdf visits carry their positions: a page is read as two columns
when many baselines hold a run starting at the left margin and another starting past a gutter, and the left
runs are lines of prose wrapped at one width (a two-column table's short keys are not: it stays row by row).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from indexer.pdfturn import turn_of

LEFT = 0.3  # a left-column run starts in the page's first 30 %
RIGHT = 0.4  # a right-column run starts past 40 %
SHARED = 5  # at least this many baselines hold both, and this share of all baselines
SHARED_SHARE = 0.4
FILLED = 0.85  # a left run reaching this share of the widest one's end is a full line of prose
PROSE_SHARE = 0.3  # … and this share of the left column's runs are (a paragraph's last line is short)
PROSE_CHARS = 10  # … and half of them are at least this long (a table's keys are shorter)


@dataclass(frozen=True)
class Run:
    x: float
    y: float
    size: float
    text: str
    turn: int = 0  # which way it reads in the page's content (pdfturn.turn_of): 0 upright

    @property
    def end(self) -> float:
        """Where it ends, estimated: a hanzi is as wide as the font is high, a Latin letter half that."""
        return self.x + sum(self.size if ord(c) > 0x2E7F else self.size / 2 for c in self.text)


def visitor(runs: list[Run]) -> Callable[..., None]:
    """A pypdf ``visitor_text`` that collects each run of text with its position on the page and the way it
    reads."""

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            size = float(size or 0) * float(abs(cm[0]) or 1)
            runs.append(Run(float(x), float(y), size, text.strip(), turn_of(tm, cm)))

    return visit


def column_text(runs: list[Run], width: float, left: float = 0.0) -> str | None:
    """The page's text, its left column then its right, when it is set in two columns; else None. ``left``:
    where the page's media box starts (positions are measured from it)."""
    if not runs or not width > 0:
        return None
    runs = [Run(r.x - left, r.y, r.size, r.text) for r in runs] if left else runs
    lines: dict[float, list[Run]] = {}
    for run in runs:
        lines.setdefault(round(run.y), []).append(run)
    shared = [
        line
        for line in lines.values()
        if any(r.x < LEFT * width for r in line) and any(r.x >= RIGHT * width for r in line)
    ]
    if len(shared) < SHARED or len(shared) < SHARED_SHARE * len(lines):
        return None
    gutter = min(r.x for line in shared for r in line if r.x >= RIGHT * width)
    lefts = [r for r in runs if r.x < gutter]
    widest = max(r.end for r in lefts)
    filled = sum(1 for r in lefts if r.end - r.x >= FILLED * (widest - r.x))
    long = sorted(len(r.text) for r in lefts)[len(lefts) // 2]
    if filled < max(2, PROSE_SHARE * len(lefts)) or long < PROSE_CHARS:
        return None
    columns = ([r for r in runs if r.x < gutter], [r for r in runs if r.x >= gutter])
    # (a PDF's y grows up the page: top to bottom is -y)
    return "\n".join(
        "\n".join(baseline_lines([(-r.y, r.x, r.size, r.text) for r in column]))
        for column in columns
        if column
    )


def baseline_lines(glyphs: list[tuple[float, float, float, str]]) -> list[str]:
    """Placed text as lines: ``glyphs`` (y growing down the page, x, font size, text), those on one baseline
    (within half the font size) joined left to right, lines top to bottom — a PDF column's runs, an OFD
    page's TextCodes."""
    lines: list[list[tuple[float, str]]] = []
    baseline = None
    for y, x, size, text in sorted(glyphs):
        if baseline is None or y - baseline > size / 2:
            lines.append([])
            baseline = y
        lines[-1].append((x, text))
    return ["".join(text for _, text in sorted(line)) for line in lines]
