"""Source lines of one paragraph or field joined as the rendered text reads them (Org-mode, MediaWiki, RIS and
BibTeX: orgdoc.py, wikidoc.py, risdoc.py, bibdoc.py): a Chinese character or full-width punctuation meets its
neighbour directly (a wrapped 照护 / 补贴标准 is 照护补贴标准), as does a number cut at the wrap (96. / 3%
is 96.3%, 150 / 0元 1500元, 12.5 / % 12.5%); two Latin words keep one space between them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.text import CJK_CLASS

WIDE = f"{CJK_CLASS}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014"
_WIDE_END = re.compile(f"[{WIDE}]$")
_WIDE_START = re.compile(f"^[{WIDE}]")
_NUMBER_END = re.compile(r"\d[.,]?$")
_NUMBER_GOES_ON = re.compile(r"^(?:[\d.%\u2030]|[,;:!?)\]])")


def join_wrapped(pieces: Iterable[str]) -> str:
    """The stripped, non-empty ``pieces`` as one line (see the module's docstring)."""
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if out and not (
            _WIDE_END.search(tail := out[-1][-2:])  # (the line so far's end: never searched whole)
            or _WIDE_START.match(piece)
            or (_NUMBER_END.search(tail) and _NUMBER_GOES_ON.match(piece))
        ):
            out.append(" ")
        out.append(piece)
    return "".join(out)
