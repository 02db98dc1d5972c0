"""A spreadsheet figure as its cell's number format shows it, where the format writes text beside the figure:
0.00"万元" shows 3.12 as 3.12万元, #,##0"元" 2400 as 2,400元, [$¥-804]#,##0.00 as ¥2,400.00, 0"人" 13 as
13人. The cell holds only the number; the unit a reader of the sheet sees, and a question asks with, is
in the format (…渡工补贴发放表.xlsm's 合计 3.12万元: eval/policy29 n14, blind).

Only such formats are applied (``with_text``): a format that writes no text (0.00, #,##0, a percentage,
General) leaves the figure as spreadsheet.cell_text writes it, as it always has. Dates are the readers'
own (openpyxl and xlrd give a date format's serial number as a date). What is read of a format: its
sections (positive;negative;zero), quoted and escaped text, a currency's [$…] symbol, the digits after the
decimal point (0 shown, # only when not zero), thousands grouping and scaling by a trailing comma, a
percent sign; colours, conditions, locales, padding (_x) and fills (*x) are no text and are left out.

The figure is rounded as Excel shows it: to 15 significant digits, then half away from zero (2.675 with
0.00 is 2.68, 2.5 with 0 is 3; Python's own rounding of the binary double had shown 2.67 and 2). A format
longer than Excel accepts (MAX_FORMAT_CHARS) or a value that is no finite number is not read (None); digits
after the point go to Excel's 30 at most. A format is parsed once for all the cells that share it.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache

__all__ = ["with_text"]

MAX_FORMAT_CHARS = 255  # Excel's own limit on a number format (a 10,000-character one had been read per cell)
MAX_DECIMALS = 30  # Excel's limit on the digits after the decimal point
MAX_THOUSANDS = 120  # trailing commas past which any double shows as 0 (10,000 had overflowed a float)
_SIGNIFICANT = 15  # the digits of a figure Excel shows

_PLACES = "0#?"
_NUMERIC = frozenset("0#?.,%")
_NO_TEXT = frozenset(" -+()/:")  # what a format writes beside its figure that is no unit


def _sections(fmt: str) -> list[str]:
    """The format's sections, split at the semicolons outside quotes and brackets."""
    sections: list[str] = []
    current: list[str] = []
    quoted, bracket, escaped = False, False, False
    for ch in fmt:
        if escaped:
            escaped = False
        elif ch == "\\" and not quoted:
            escaped = True
        elif ch == '"' and not bracket:
            quoted = not quoted
        elif ch == "[" and not quoted:
            bracket = True
        elif ch == "]" and bracket:
            bracket = False
        elif ch == ";" and not quoted and not bracket:
            sections.append("".join(current))
            current = []
            continue
        current.append(ch)
    sections.append("".join(current))
    return sections


def _tokens(section: str) -> tuple[list[str | None], str] | None:
    """The section as literal texts and one placeholder (None) for the figure, and the figure's code
    (0.00, #,##0); None when the section has no figure in it or codes this reader does not (E+, fractions)."""
    out: list[str | None] = []
    code: list[str] = []
    at, placed, ended = 0, False, False
    while at < len(section):
        ch = section[at]
        if ch == '"':
            end = section.find('"', at + 1)
            end = len(section) if end < 0 else end
            out.append(section[at + 1 : end])
            at, ended = end + 1, placed
            continue
        if ch == "\\":  # (one at the end escapes nothing and is no text: 0\ had shown 3.12 as 3\)
            out.append(section[at + 1 : at + 2])
            at, ended = at + 2, placed
            continue
        if ch == "[":
            end = section.find("]", at)
            end = len(section) if end < 0 else end
            inner = section[at + 1 : end]
            if inner.startswith("$"):
                out.append(inner[1:].split("-")[0])
            at = end + 1
            continue
        if ch in "_*":
            at += 2
            continue
        if section[at : at + 7].lower() == "general":
            ch, at = "#", at + 6  # (General"元": the figure as it is, with its text)
        if ch in _NUMERIC:
            if ended:
                return None  # (two figures: a fraction, a phone mask — not read)
            code.append(ch)
            if not placed:
                out.append(None)
                placed = True
            at += 1
            continue
        if ch in "eE" and code:
            return None  # scientific
        ended = placed  # (the figure's code has ended)
        out.append(ch)
        at += 1
    figure = "".join(code)
    if not placed or not any(c in _PLACES for c in figure):
        return None
    return out, figure


def _figure(value: float, code: str) -> str:
    """``value`` (not negative, finite) written as ``code`` writes it."""
    with localcontext() as context:
        context.prec = _SIGNIFICANT
        number = +Decimal(value)  # (an int beyond a float's range too)
    if "%" in code:
        number *= 100
    whole, _, decimals = code.replace("%", "").partition(".")
    stripped = whole.rstrip(",")
    number = number.scaleb(-3 * min(len(whole) - len(stripped), MAX_THOUSANDS))  # (#,##0, shows thousands)
    shown = min(sum(c in _PLACES for c in decimals), MAX_DECIMALS)
    least = min(decimals.count("0"), shown)
    with localcontext() as context:
        context.rounding = ROUND_HALF_UP
        text = format(number, f",.{shown}f" if "," in stripped else f".{shown}f")
    if shown > least:  # (0.## shows 3.1 as 3.1, not 3.10)
        head, _, tail = text.partition(".")
        tail = tail[: max(least, len(tail.rstrip("0")))]
        text = f"{head}.{tail}" if tail else head
    return text + ("%" if "%" in code else "")


@lru_cache(maxsize=1024)
def _read(fmt: str) -> tuple[tuple[tuple[str | None, ...], str] | None, ...]:
    """Each section of ``fmt`` as _tokens reads it, None for one that writes no text beside its figure."""
    read: list[tuple[tuple[str | None, ...], str] | None] = []
    for section in _sections(fmt):
        tokens = _tokens(section)
        texts = "".join(t for t in tokens[0] if t is not None) if tokens is not None else ""
        if tokens is None or not texts.strip() or all(ch in _NO_TEXT for ch in texts):
            read.append(None)
        else:
            read.append((tuple(tokens[0]), tokens[1]))
    return tuple(read)


def with_text(value: float, fmt: str) -> str | None:
    """``value`` as ``fmt`` shows it when the format writes text beside the figure (see the module's
    docstring); None when it writes none, or is one this reader does not read."""
    if len(fmt) > MAX_FORMAT_CHARS or (isinstance(value, float) and not math.isfinite(value)):
        return None
    sections = _read(fmt)
    index = 0
    if value < 0 and len(sections) > 1:
        index = 1
    elif value == 0 and len(sections) > 2:
        index = 2
    read = sections[index]
    if read is None:
        return None
    out, code = read
    sign = "-" if value < 0 and index == 0 else ""
    return "".join(sign + _figure(abs(value), code) if t is None else t for t in out)
