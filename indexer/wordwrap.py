"""A .docx converted from a PDF (WPS's or Acrobat's "PDF转Word") read as paragraphs again.

Such a converter writes each printed line as a paragraph of its own: sentences and figures are cut where the
page's line ended (…低于150 / 0元…, 2026年6 / 月15日) and the page numbers (— 1 —, 第 1 页 共 3 页) stand
between the lines as paragraphs. Read as Word paragraphs, 1500元 was never found (eval/policy29, 大埔县 侨联
通知). The document is recognised conservatively — most of its body's paragraphs are single lines near one
width that reaches the margin, none passes it, the lines at the margin mostly stop mid-sentence and the
paragraph they began ends on the next line, nothing but paragraphs stands between them and the document
has no automatic numbering of its own — and only then are its lines joined, as reflow.py joins a PDF's
(its markers of a new item, its sentence ends and its measure of width are reused): a line that ends a
sentence, does not reach the margin, or is followed by a new item (一、 （一） 1. 第X条), a date line or a
signature stays the end of its paragraph, and page-number lines are dropped. Any other .docx reads exactly
as it did: a line per paragraph.
"""

from __future__ import annotations

import re

from indexer.normalize import normalize
from indexer.reflow import (
    _CJK,
    _CONTINUES,
    _DECIMAL_CUT,
    _INNER_PUNCT,
    _MARKER,
    _MAX_WIDTH,
    _MIN_WIDTH,
    _SENTENCE_END,
    _columns,
    _modal,
    is_page_number,
)
from indexer.text import OFFICIAL_TITLE

__all__ = ["Lines", "rejoined"]

# A document is read as printed lines when it has this many body lines, nearly all of them paragraphs of the
# body (no table, text box or note between them), …
_MIN_LINES = 6
_BODY_SHARE = 0.9
# … this share of them reaching the margin and this share of those stopping mid-sentence, at least _MIN_TAILS
# followed by the line that ends their sentence, …
_MARGIN_SHARE = 0.4
_OPEN_SHARE = 0.6
_MIN_TAILS = 2
# … and hardly any passing the margin (a typed paragraph is longer than a line: a real document has many)
_PAST_SHARE = 0.05
_FULL = 0.9  # a line this close to the modal width reaches the margin
_SHORT = 0.5  # a line under half the width without punctuation inside: a heading or a signature
# 2026年5月8日, 二〇二六年五月八日: the date under a notice, a paragraph of its own (its year's zero written
# any of three ways, its digits half or full width)
_DATE = re.compile(
    r"^[\d\u3007\u25cb\uff2f\uff10-\uff19零一二三四五六七八九]{4}\s*年"
    r"[\d\uff10-\uff19一二三四五六七八九十]{1,3}\s*月[\d\uff10-\uff19一二三四五六七八九十]{1,3}\s*日$"
)
_ASCII_END = re.compile(r"[A-Za-z0-9]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9]")


class Lines:
    """A .docx's lines as they are read, each marked whether it is a body paragraph's own text (which may
    be a printed line of a converted PDF) or something else (a table's row, a text box, a note)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.body: list[bool] = []

    def append(self, line: str, body: bool) -> None:
        self.lines.append(line)
        self.body.append(body)

    def text(self, rejoin: bool = True) -> str:
        """The document's text, a line per paragraph (the printed lines of a converted PDF joined when
        ``rejoin``: a document with automatic numbering of its own was written in Word)."""
        joined = rejoined(self.lines, self.body) if rejoin else None
        return "\n".join(self.lines if joined is None else joined)


class _Measure:
    """The modal width of a document's lines, in display columns and in characters (a typesetter wraps by
    width; a line of digits is narrower than one of hanzi)."""

    def __init__(self, lines: list[str]) -> None:
        self.columns = _modal([_columns(line) for line in lines])
        self.chars = _modal([len(line) for line in lines])

    def full(self, line: str) -> bool:
        return _columns(line) >= _FULL * self.columns or len(line) >= _FULL * self.chars

    def past(self, line: str) -> bool:
        return _columns(line) > self.columns / _FULL + 2 and len(line) > self.chars / _FULL + 1

    def short(self, line: str) -> bool:
        return _columns(line) < _SHORT * self.columns and len(line) < _SHORT * self.chars


def _ends(line: str, after: str) -> bool:
    """Whether ``line`` ends its sentence (a figure's decimal point cut at the line's end ends nothing)."""
    return bool(_SENTENCE_END.search(line)) and not (_DECIMAL_CUT.search(line) and after[:1].isdigit())


def _measure(lines: list[str], body: list[bool]) -> _Measure | None:
    """The width of the printed lines when the document reads as a PDF's lines (see the module's
    docstring), else None."""
    own = [line for line, b in zip(lines, body, strict=True) if b and not is_page_number(line)]
    others = body.count(False)
    if len(own) < _MIN_LINES or others > (1 - _BODY_SHARE) * (len(own) + others):
        return None
    measure = _Measure(own)
    if not _MIN_WIDTH <= measure.columns <= _MAX_WIDTH:
        return None
    if sum(measure.past(line) for line in own) > _PAST_SHARE * len(own):
        return None
    at_margin = [i for i, line in enumerate(own) if measure.full(line)]
    opened = [i for i in at_margin if i + 1 < len(own) and not _ends(own[i], own[i + 1])]
    tails = sum(1 for i in opened if _SENTENCE_END.search(own[i + 1]))
    if len(at_margin) < _MARGIN_SHARE * len(own) or len(opened) < _OPEN_SHARE * len(at_margin):
        return None
    return measure if tails >= _MIN_TAILS else None


def _opens(line: str) -> bool:
    return bool(_MARKER.match(line) or _DATE.match(line))


def _continues(measure: _Measure, above: str, line: str, after: str | None) -> bool:
    """Whether ``line`` goes on with the paragraph of ``above``, a line that reached the margin."""
    if _ends(above, line) or _opens(line) or OFFICIAL_TITLE.search(normalize(above)):
        return False
    # a short line without punctuation inside, over a new item, a date, another such line or the end: a
    # heading or a signature
    return not (_heading(measure, line) and (after is None or _opens(after) or _heading(measure, after)))


def _heading(measure: _Measure, line: str) -> bool:
    return measure.short(line) and not _INNER_PUNCT.search(line) and bool(_CJK.search(line))


def _join(left: str, right: str) -> str:
    """Two pieces of one paragraph: hanzi meet directly, two Latin words keep a space between them (a
    number cut in two does not: 150 / 0元)."""
    spaced = bool(_ASCII_END.search(left) and _ASCII_START.match(right))
    return left + (" " if spaced and not (left[-1].isdigit() and right[0].isdigit()) else "") + right


def rejoined(lines: list[str], body: list[bool]) -> list[str] | None:
    """``lines`` as paragraphs when they are a converted PDF's printed lines (``body``: which are body
    paragraphs' own text), page-number lines dropped; None for any other document."""
    measure = _measure(lines, body)
    if measure is None:
        return None
    kept = [(line, b) for line, b in zip(lines, body, strict=True) if not (b and is_page_number(line))]
    out: list[str] = []
    above: str | None = None  # the line before when it is a body line: the paragraph may go on
    for i, (line, own) in enumerate(kept):
        after = next((text for text, b in kept[i + 1 : i + 2] if b), None)
        # (a line cannot open with ，。）: it was cut from the line above whatever its width)
        if (
            own
            and above is not None
            and (_CONTINUES.match(line) or (measure.full(above) and _continues(measure, above, line, after)))
        ):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        above = line if own else None
    return out
