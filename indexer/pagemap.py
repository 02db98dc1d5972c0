"""Where a document's pages begin in its clean text, and the page a passage's offset falls on: a PDF's,
a slide deck's or an OFD's citations carry their page (SPEC: search results and /ask citations)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence


def locate_pages(clean: str, pages: Sequence[str]) -> tuple[int, ...]:
    """Offset in the clean text where each PDF page begins; a page with nothing left starts where the
    previous one did.

    Cleaning drops lines and reflowing joins a page's first line onto the paragraph it continues, so each
    page is found by its first line that survived, compared without whitespace (where wrapped lines were
    joined, the line break became nothing or a space): 24 characters from that line on, else the line alone.
    """
    runs = [(m.start(), m.group()) for m in re.finditer(r"\S+", clean)]
    flat_starts: list[int] = []
    size = 0
    for _, run in runs:
        flat_starts.append(size)
        size += len(run)
    flat = "".join(run for _, run in runs)

    def offset(at: int) -> int:  # a position in ``flat`` back to one in ``clean``
        k = bisect_right(flat_starts, at) - 1
        return runs[k][0] + at - flat_starts[k]

    starts: list[int] = []
    pos = 0  # in ``flat``
    for page in pages:
        lines = ["".join(line.split()) for line in page.split("\n")]
        found = None
        for i, line in enumerate(lines):
            for probe in ("".join(lines[i:])[:24], line[:24]):
                if len(probe) >= 4 and (at := flat.find(probe, pos)) >= 0:
                    found = at
                    break
            if found is not None:
                break
        if found is not None and starts:
            pos = found
        starts.append(0 if not starts else offset(pos))
    return tuple(starts)


def page_at(pages: Sequence[int] | None, offset: int) -> int | None:
    """1-based page number of a character offset given the page starts (None for a document without pages)."""
    if not pages:
        return None
    return max(1, bisect_right(list(pages), offset))
