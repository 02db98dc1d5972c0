"""Word's automatic numbering (ECMA-376 Part 1 §17.9): the label Word displays before a numbered paragraph.

In Word, 第一条 / 第二条, 一、 二、, （一） （二） and 1. 2. are often no text at all: the paragraph's
properties (w:pPr/w:numPr, or its paragraph style's) name a list (w:numId) and a level (w:ilvl), and
word/numbering.xml says how that level is counted and shown — its start (w:start), its number format
(w:numFmt: decimal, chineseCounting, …) and its text (w:lvlText: 第%1条, （%2）, %1.%2). python-docx reads
the runs only, so the 盐山县 治理办法 (eval/policy29) read as ten unnumbered articles and no question asking
第四条 was answered. Here each numbered paragraph is given its label, counted as Word counts it: in document
order, per list (a w:num; two w:num of one w:abstractNum continue one list unless a w:lvlOverride restarts
it), a lower level restarting when a higher one advances (w:lvlRestart), w:isLgl showing every level in
Arabic digits. A bullet is no label (its glyph is no word of the text). A numbering part that is missing,
broken or names a list it does not define gives no label: the text is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

from indexer.ooxmlpkg import Package, parse

__all__ = ["Numbering", "format_number", "label", "numbering", "readable_numbering"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_NUMBERING_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
_EMPTY = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
)
_LEVELS = 9  # w:ilvl 0-8
_OFF = ("0", "false", "off")


def readable_numbering(data: bytes) -> bytes:
    """A .docx's bytes with a numbering part that is no XML replaced by an empty one: python-docx parses
    that part when it opens the package and refused the whole document for it (the text is read, without
    labels). ``data`` itself when the part parses, is missing, or the package cannot be opened here."""
    try:
        package = Package(data)
        broken = []
        for name, kind in package.content_types().items():
            if kind == _NUMBERING_TYPE and name in package.names:
                try:
                    parse(package.read(name))
                except SyntaxError:  # (lxml's XMLSyntaxError)
                    broken.append(name)
        for name in broken:
            package.write(name, _EMPTY)
        return package.data()
    except Exception:  # (a damaged zip is refused by python-docx in its own words)
        return data


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _on(element: Any) -> bool:
    return element is not None and element.get(_VAL, "true").lower() not in _OFF


def _val(parent: Any, tag: str) -> str | None:
    child = parent.find(f"{_W}{tag}") if parent is not None else None
    return None if child is None else child.get(_VAL)


@dataclass(frozen=True)
class _Level:
    start: int = 0
    fmt: str = "decimal"
    text: str | None = None
    suffix: str = "tab"
    restart: int | None = None  # w:lvlRestart: None restarts after any higher level, 0 never
    legal: bool = False
    style: str | None = None
    hidden: bool = False


def _level(lvl: Any) -> _Level:
    restart = _val(lvl, "lvlRestart")
    return _Level(
        start=_int(_val(lvl, "start"), 0),
        # (Word 2010 writes a custom format, 001 002, in mc:AlternateContent with its fallback beside it)
        fmt=_val(lvl, "numFmt") or _val(lvl.find(f"*/{_MC}Fallback"), "numFmt") or "decimal",
        text=_val(lvl, "lvlText"),
        suffix=_val(lvl, "suff") or "tab",
        restart=None if restart is None else _int(restart, 0),
        legal=_on(lvl.find(f"{_W}isLgl")),
        style=_val(lvl, "pStyle"),
        hidden=_on(lvl.find(f"{_W}rPr/{_W}vanish")),
    )


def _levels(element: Any) -> dict[int, _Level]:
    return {_int(lvl.get(f"{_W}ilvl"), 0): _level(lvl) for lvl in element.findall(f"{_W}lvl")}


@dataclass
class _List:
    key: str  # whose counters it uses: its abstractNum's, or its own when an override restarts it
    levels: dict[int, _Level]


class Numbering:
    """A document's numbering definitions and the counters of its lists as far as the document has been
    read; ``label`` gives each numbered paragraph its label in document order."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        self._abstracts: dict[str, Any] = {}
        self._nums: dict[str, Any] = {}
        if numbering is not None:
            for a in numbering.findall(f"{_W}abstractNum"):
                self._abstracts[a.get(f"{_W}abstractNumId", "")] = a
            for n in numbering.findall(f"{_W}num"):
                self._nums[n.get(f"{_W}numId", "")] = n
        self._styles: dict[str, Any] = {}
        self._default_style: str | None = None
        for style in styles.findall(f"{_W}style") if styles is not None else []:
            sid = style.get(f"{_W}styleId", "")
            self._styles[sid] = style
            default = style.get(f"{_W}default", "").lower() in ("1", "true", "on")
            if default and style.get(f"{_W}type") == "paragraph":
                self._default_style = sid
        self._lists: dict[str, _List | None] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._labels: dict[Any, str] = {}
        self._by_style: dict[str | None, tuple[str | None, str | None]] = {}
        self.used = 0  # numbered paragraphs read (bullets included)

    def _abstract(self, num: Any, depth: int = 0) -> tuple[str, Any] | None:
        """The abstractNum a w:num uses, through a numbering style (w:numStyleLink) to the list that
        defines its levels."""
        aid = _val(num, "abstractNumId") or ""
        abstract = self._abstracts.get(aid)
        if abstract is None:
            return None
        link = _val(abstract, "numStyleLink")
        if link and depth < 3 and abstract.find(f"{_W}lvl") is None:
            style = self._styles.get(link)
            target = _val(style.find(f"{_W}pPr/{_W}numPr"), "numId") if style is not None else None
            linked = self._nums.get(target or "")
            if linked is not None and linked is not num:
                return self._abstract(linked, depth + 1)
        return aid, abstract

    def _list(self, num_id: str) -> _List | None:
        if num_id not in self._lists:
            self._lists[num_id] = None
            num = self._nums.get(num_id)
            found = self._abstract(num) if num is not None else None
            if num is not None and found is not None:
                levels = _levels(found[1])
                own = False
                for override in num.findall(f"{_W}lvlOverride"):
                    ilvl = _int(override.get(f"{_W}ilvl"), 0)
                    lvl = override.find(f"{_W}lvl")
                    level = _level(lvl) if lvl is not None else levels.get(ilvl, _Level())
                    start = _val(override, "startOverride")
                    if start is not None:
                        level = replace(level, start=_int(start, 0))
                    if start is not None or lvl is not None:
                        levels[ilvl] = level
                        own = True
                self._lists[num_id] = _List(f"num {num_id}" if own else f"abstract {found[0]}", levels)
        return self._lists[num_id]

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        """The numId and ilvl a paragraph style gives, through the styles it is based on."""
        if style_id not in self._by_style:
            self._by_style[style_id] = self._find_style_numbering(style_id)
        return self._by_style[style_id]

    def _find_style_numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        num_id = ilvl = None
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            numpr = style.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                num_id = num_id if num_id is not None else _val(numpr, "numId")
                ilvl = ilvl if ilvl is not None else _val(numpr, "ilvl")
                if num_id is not None:
                    break
            style_id = _val(style, "basedOn")
        return num_id, ilvl

    def label(self, p: Any) -> str:
        """The label Word shows before the w:p ``p`` ("" for none), its list's counters advanced."""
        if not self._nums:
            return ""
        if p in self._labels:  # (a merged cell is met once per row it spans: counted once)
            return self._labels[p]
        used = self.used
        text = self._label(p)
        if self.used != used:
            self._labels[p] = text
        return text

    def _label(self, p: Any) -> str:
        ppr = p.find(f"{_W}pPr")
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        num_id, ilvl = _val(numpr, "numId"), _val(numpr, "ilvl")
        style_id = _val(ppr, "pStyle") or self._default_style
        if num_id is None or ilvl is None:
            style_num, style_ilvl = self._style_numbering(style_id)
            if num_id is None:
                num_id = style_num
                ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0":  # (numId 0: the style's numbering removed)
            return ""
        found = self._list(num_id)
        if found is None:
            return ""
        if ilvl is None:  # (a level linked to the paragraph's style, else the first)
            ilvl = next((str(n) for n, lv in found.levels.items() if style_id and lv.style == style_id), "0")
        level_no = min(max(_int(ilvl, 0), 0), _LEVELS - 1)
        self.used += 1
        counters = self._counters.setdefault(found.key, [None] * _LEVELS)
        level = found.levels.get(level_no, _Level())
        current = counters[level_no]
        counters[level_no] = level.start if current is None else current + 1
        for deeper in range(level_no + 1, _LEVELS):
            restart = found.levels.get(deeper, _Level()).restart
            if restart is None or (restart > 0 and level_no < restart):
                counters[deeper] = None
        if level.fmt == "bullet" or level.text is None or level.hidden:
            return ""
        if ppr is not None and _on(ppr.find(f"{_W}rPr/{_W}vanish")):  # (the paragraph mark hidden)
            return ""

        def number(found_ref: re.Match[str]) -> str:
            n = int(found_ref.group(1)) - 1
            ref = found.levels.get(n, _Level())
            value = counters[n]
            fmt = "decimal" if level.legal and ref.fmt not in ("none", "bullet") else ref.fmt
            return format_number(ref.start if value is None else value, fmt)

        shown = re.sub(r"%([1-9])", number, level.text).strip()
        if not shown:
            return ""
        return shown + ("" if level.suffix == "nothing" else " ")


_DIGITS = "〇一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN: tuple[tuple[int, str], ...] = (
    *((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL")),
    *((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")),
)


def _thousands(n: int, digits: str, units: str = "十百千", zero: bool = True, one: bool = False) -> str:
    """n (1-9999) written out with ``digits`` (0-9) and ``units`` (10, 100, 1000): 一百零一, 一千零二十 with
    ``zero``; 十一 at the head (a 一 before 十 only with ``one``: 壹拾壹); japaneseCounting's 百一 (no 一
    before any unit, no zero)."""
    out = ""
    gap = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit = n // power % 10
        if digit == 0:
            gap = bool(out)
            continue
        if gap and zero:
            out += digits[0]
        gap = False
        bare = digit == 1 and unit and (not zero or (unit == units[0] and not out and not one))
        out += ("" if bare else digits[digit]) + unit
    return out


def _chinese(n: int, fmt: str) -> str:
    if not 0 < n < 10000:
        return str(n)
    if fmt == "japaneseCounting":
        return _thousands(n, "〇一二三四五六七八九", zero=False)
    if fmt == "chineseLegalSimplified":
        return _thousands(n, _LEGAL, "拾佰仟", one=True)
    if fmt in ("chineseCountingThousand", "taiwaneseCountingThousand") or n < 100:
        return _thousands(n, "零一二三四五六七八九")  # (chineseCounting under 100: 十一, 二十一)
    return "".join(_DIGITS[int(d)] for d in str(n))  # (chineseCounting from 100: 一〇一)


def format_number(n: int, fmt: str) -> str:
    """``n`` as the number format ``fmt`` (w:numFmt) shows it; a format not known here as decimal."""
    if fmt in ("none", "bullet"):
        return ""
    if fmt in ("upperLetter", "lowerLetter") and 0 < n <= 780:  # (A … Z, AA … ZZ, … as Word)
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and 0 < n < 4000:
        roman = ""
        for value, numeral in _ROMAN:
            while n >= value:
                roman += numeral
                n -= value
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt.startswith(("chinese", "taiwaneseCounting", "japaneseCounting")):
        return _chinese(n, fmt)
    if fmt in ("ideographDigital", "taiwaneseDigital") and n >= 0:
        return "".join(_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional" and n > 0:
        return _TRADITIONAL[(n - 1) % 10]
    if fmt == "ideographZodiac" and n > 0:
        return _ZODIAC[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(d) + 0xFEE0) if d.isdigit() else d for d in str(n))
    if fmt == "decimalZero" and 0 <= n < 10:
        return f"0{n}"
    return str(n)


_ACTIVE: ContextVar[Numbering | None] = ContextVar("docx_numbering", default=None)


def _part_root(part: Any, reltype: str) -> Any | None:
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            try:
                return parse(rel.target_part.blob)
            except SyntaxError:
                return None
    return None


@contextmanager
def numbering(part: Any) -> Iterator[Numbering]:
    """The numbering of the document ``part`` (python-docx's DocumentPart), in force while the document is
    read: ``label`` then labels its paragraphs. A part that cannot be read is no numbering."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        numbers = Numbering(_part_root(part, RT.NUMBERING), _part_root(part, RT.STYLES))
    except Exception:
        numbers = Numbering(None, None)
    token = _ACTIVE.set(numbers)
    try:
        yield numbers
    finally:
        _ACTIVE.reset(token)


def label(p: Any) -> str:
    """The label of the w:p ``p`` in the document being read ("" outside ``numbering`` or for none)."""
    numbers = _ACTIVE.get()
    if numbers is None:
        return ""
    try:
        return numbers.label(p)
    except Exception:  # (a numbering Word would not write: no label, the text as it is)
        return ""
