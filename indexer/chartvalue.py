"""A chart's cached value as its format code shows it (wordchart.py): a format that writes text beside the
figure (0"名", #,##0"元") as numfmt.with_text writes it; a plain one (0.0%, #,##0, 0.00) by its digits,
grouping and percent sign; a date or time format (yyyy/m/d, yyyy"年"m"月") as the date; General and anything
else as the figure itself, an integral one as an integer."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from indexer.numfmt import MAX_FORMAT_CHARS, with_text

_SIGNIFICANT = 15  # the digits of a figure Excel shows
_GENERAL_ZH = "G/\u901a\u7528\u683c\u5f0f"  # G/通用格式
_MAX_SERIAL = 2958466  # 10000-01-01, past Excel's last date
_DAYS_1904 = 1462  # 1904-01-01's serial as 1900 counts


def shown(text: str, fmt: str, date1904: bool) -> str:
    """A cached number as its format code shows it (see the module's docstring)."""
    try:
        value = float(text)
    except ValueError:
        return text.strip()
    fmt = fmt.replace(_GENERAL_ZH, "General")  # (WPS writes General as Chinese Excel names it)
    if not math.isfinite(value) or len(fmt) > MAX_FORMAT_CHARS or fmt.lower() == "general":
        return _general(value) if math.isfinite(value) else text.strip()
    shown = with_text(value, fmt)
    if shown is not None:
        return shown
    section, own = _section(fmt, value)
    if _DATE_CODES.search(_literal_free(section)):
        return _date(value, section, date1904) or _general(value)
    plain = _PLAIN.fullmatch(_literal_free(section, quotes=False))
    if plain is None:
        return _general(value)
    head, code, tail = plain.groups()
    if not own:  # (the first section shows a negative figure with its minus sign)
        return _plain(value, code)
    return f"{head}{_plain(abs(value), code)}{tail}".strip()


def _general(value: float) -> str:
    """A figure as General shows it: to 15 significant digits, no trailing zeros (200.0 is 200)."""
    with localcontext() as context:
        context.prec = _SIGNIFICANT
        number = +Decimal(value)
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


# a format of digits only (0.0%, #,##0, 0.00), with the signs and brackets a negative section puts beside it
_PLAIN = re.compile(r"([-+() ]*)([#0,]*[#0](?:\.[#0]*)?%?)([-+() ]*)")


def _plain(value: float, code: str) -> str:
    """A figure as a format of digits only shows it (0.0%, #,##0, 0.00): rounded half away from zero."""
    percent = code.endswith("%")
    whole, _, decimals = code.rstrip("%").partition(".")
    with localcontext() as context:
        context.prec = _SIGNIFICANT
        number = +Decimal(value)
    number = number * 100 if percent else number
    number = number.scaleb(-3 * (len(whole) - len(whole.rstrip(","))))  # (#,##0, shows thousands)
    try:
        with localcontext() as context:
            context.rounding = ROUND_HALF_UP
            text = format(number, f"{',' if ',' in whole.rstrip(',') else ''}.{len(decimals)}f")
    except (InvalidOperation, ValueError):
        return _general(value)
    least = decimals.count("0")
    if len(decimals) > least:  # (0.## shows 3.1 as 3.1)
        head, _, tail = text.partition(".")
        tail = tail[: max(least, len(tail.rstrip("0")))]
        text = f"{head}.{tail}" if tail else head
    return text + ("%" if percent else "")


def _section(fmt: str, value: float) -> tuple[str, bool]:
    """The section of a format (positive;negative;zero) that shows ``value``, and whether it is a negative
    figure's own (which writes its sign itself)."""
    sections = re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', fmt)
    if value < 0 and len(sections) > 1:
        return sections[1], True
    if value == 0 and len(sections) > 2:
        return sections[2], False
    return sections[0], False


_DATE_CODES = re.compile(r"[ymdhs]", re.IGNORECASE)
_DATE_TOKEN = re.compile(r'"[^"]*"?|\\.|\[[^\]]*\]?|[yY]+|[mM]+|[dD]+|[hH]+|[sS]+|[A-Za-z]|.', re.DOTALL)


def _literal_free(section: str, quotes: bool = True) -> str:
    """A format section without its brackets (colours, conditions, locales), padding and fills, and without
    its quoted and escaped text (``quotes``) or with that text unquoted."""
    section = re.sub(r"\[[^\]]*\]?|_.|\*.", "", section)
    if quotes:
        return re.sub(r'"[^"]*"?|\\.', "", section)
    return re.sub(r'"([^"]*)"?|\\(.)', r"\1\2", section)


def _date(value: float, section: str, date1904: bool) -> str | None:
    """A date serial as a date format writes it (y, m, d, h, m after h or before s as minutes, s), or as
    yyyy-mm-dd when the format uses codes not read here (month names, weekdays, AM/PM); None for a serial
    that is no date."""
    if not 0 <= value < _MAX_SERIAL - (_DAYS_1904 if date1904 else 0):  # (past 9999: no datetime)
        return None
    if date1904:
        base = datetime(1904, 1, 1)
    else:  # (Excel counts a 29 February 1900 that was not: serials before it begin a day later)
        base = datetime(1899, 12, 31) if value < 60 else datetime(1899, 12, 30)
    moment = base + timedelta(days=round(value * 86400) / 86400)
    tokens = _DATE_TOKEN.findall(section)
    out: list[str] = []
    for at, token in enumerate(tokens):
        lower = token.lower()
        if token.startswith('"'):
            out.append(token.strip('"'))
        elif token.startswith("\\"):
            out.append(token[1:])
        elif token.startswith("["):  # (elapsed time, [h]:mm: its hours, minutes or seconds in all)
            code = lower.strip("[]")
            if code and code[0] in "hms" and code == code[0] * len(code):
                out.append(str(round(value * 86400) // {"h": 3600, "m": 60, "s": 1}[code[0]]))
        elif lower[0] == "y":
            out.append(f"{moment.year:04d}" if len(token) > 2 else f"{moment.year % 100:02d}")
        elif lower[0] == "m" and len(token) <= 2:
            minute = _after(tokens, at, -1, "h") or _after(tokens, at, 1, "s")
            number = moment.minute if minute else moment.month
            out.append(f"{number:0{len(token)}d}")
        elif lower[0] == "d" and len(token) <= 2:
            out.append(f"{moment.day:0{len(token)}d}")
        elif lower[0] == "h" and len(token) <= 2:
            out.append(f"{moment.hour:0{len(token)}d}")
        elif lower[0] == "s" and len(token) <= 2:
            out.append(f"{moment.second:0{len(token)}d}")
        elif token.isascii() and token.isalpha():
            return f"{moment:%Y-%m-%d}"  # (mmm, dddd, aaa, AM/PM …)
        else:
            out.append(token)
    return "".join(out).strip() or None


def _after(tokens: list[str], at: int, step: int, code: str) -> bool:
    """Whether the nearest date code before (step -1) or after (step 1) ``tokens[at]`` is ``code``."""
    at += step
    while 0 <= at < len(tokens):
        lower = tokens[at][:1].lower()
        if lower in "ymdhs" and tokens[at][:1].isalpha():
            return lower == code
        at += step
    return False
