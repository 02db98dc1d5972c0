"""Undoing a printed page's layout in extracted text: page furniture (running headers and footers, page
numbers) dropped, hard-wrapped lines joined back into paragraphs.

pypdf and pdftotext give one line per *visual* line, so without this every wrapped line of a PDF is a
"paragraph" and sentences are cut mid-word (是做好人才工作的根本保证 / ,是充分发挥…). Both steps are
conservative: a line is joined to the next only in a document that is evidently hard-wrapped (many lines
of the modal width that stop mid-sentence), only when it reaches that width, and never when the next line
starts a paragraph (indented, a list or section marker, a heading). Text with one paragraph per line comes
back unchanged.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from indexer.normalize import normalize
from indexer.printedtable import table_rows
from indexer.text import CJK_CLASS, OFFICIAL_TITLE

__all__ = ["PAGE_NUMBER", "Unwrapped", "is_page_number", "join_page_breaks", "unwrap_pages", "unwrap_text"]

_DASH = "-—\u2013－\u2012―﹣"
# Page-number lines no sentence looks like: — 3 —, -3-, 第3页, 第3页 共10页, 共10页 第3页, Page 3 of 10.
PAGE_NUMBER = re.compile(
    rf"^(?:[{_DASH}]+\s*(?:\d{{1,4}}|[ivxlc]{{1,6}})\s*[{_DASH}]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页"
    r"|page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$",
    re.IGNORECASE,
)
# Page numbers a line of a table or a list could also be (3, 3/10, ·3·): furniture only at a page's edge.
_EDGE_NUMBER = re.compile(r"^(?:\d{1,4}(?:\s*/\s*\d{1,4})?|[·•]\s*\d{1,4}\s*[·•])$")
_EDGE_LINES = 3  # how far from a page's top or bottom a running header or footer may stand

# A sentence ends at 。！？；：… (ASCII too), closing quotes or brackets after it included. A line that
# ends in a closing quote or bracket alone (提出“人才是第一资源” / 的根本理念) stops mid-sentence, as a wrap
# usually does.
_SENTENCE_END = re.compile(r"[。！？；：…!?;:.][”’」』\"')）\]】》]*$")
# What starts a paragraph whatever the line above: 一、 （一） (1) 1. 1、 ① 第三条 第二章 附件 and
# markdown-like bullets. A number followed by a digit (3.5亿) is no marker.
_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.\uff0e]"
    r"|[（(][一二三四五六七八九十百\d]{1,3}[）)]"
    r"|\d{1,2}[、.\uff0e](?!\d)"
    r"|[①-⑳]"
    r"|第[一二三四五六七八九十百千\d]+[条章节款编]"
    r"|附件|附表|[•·▪■●◆\-*]\s)"
)
_DECIMAL_CUT = re.compile(r"\d\.$")
_INNER_PUNCT = re.compile(r"[，,。；;：:、！？!?]")
_ASCII_WORD_END = re.compile(r"[A-Za-z0-9]$")
_ASCII_WORD_START = re.compile(r"^[A-Za-z0-9]")
_CJK = re.compile(f"[{CJK_CLASS}]")

# A document is hard-wrapped when at least this many lines, and this share of its lines, reach the modal
# width without ending a sentence; the modal width must be at least _MIN_WIDTH display columns (20 hanzi), so
# a list of equal short items (运城市盐湖区 / 运城市临猗县) is never run together. Text known to be printed
# lines (a PDF's pages, pdftotext's form-feed pages) needs no share: a short notice is mostly one-line
# paragraphs (文号, 主送, 第七条 …施行。, the signature), and its few long articles are wrapped all the same.
_MIN_OPEN_LINES = 3
_MIN_OPEN_SHARE = 0.4
# … or this share of the lines reaching the margin, with at least _MIN_TAILS of them followed by the line that
# ends their sentence
_MIN_MARGIN_SHARE = 0.6
_MIN_TAILS = 2
_MIN_WIDTH = 40
# … unless the page was read as columns by the positions of its text (pdfcolumns.py): its lines are known to
# be prose wrapped at one width, a leaflet's column of 19 hanzi (eval/policy23 p03: 「…二楼婚前」/「保健科」)
_MIN_COLUMN_WIDTH = 16
# No page or screen prints a line of more than 100 hanzi: lines that long are paragraphs, not wrapped lines
# (a page-cut document of equal 870-character lines is not hard-wrapped).
_MAX_WIDTH = 200
_FULL = 0.9  # a line this close to the modal width reaches the right margin
_NO_WIDTH = 10**9  # a modal width no line reaches
_MIN_INDENTED_SHARE = 0.05  # of lines indented for indentation to mark paragraphs
_SHORT = 0.5  # a line under half the width without punctuation inside reads as a heading


@dataclass(frozen=True)
class Unwrapped:
    text: str  # paragraphs one per line
    pages: tuple[str, ...]  # each page's text with its furniture dropped (lines as extracted)


def is_page_number(line: str) -> bool:
    """A line that is nothing but a page number, in a form no sentence takes (— 3 —, 第3页 共10页)."""
    return bool(PAGE_NUMBER.match(" ".join(line.split())))


def _key(line: str) -> str:
    # running headers carry the page or issue number (某某公报 2023年第5期 · 12 ·): compare with digits masked
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _drop_furniture(pages: Sequence[list[str]], slides: bool = False) -> list[list[str]]:
    """Each page's lines without running headers/footers (a line among the top or bottom lines of most pages)
    and page numbers; the rest keep their place. ``slides``: a deck's, where a bare number at an edge is a
    slide number only when it is the slide's own (3000 at a slide's foot is its figure) and lines repeat as
    they are written, digits and all (第1部分, 第2部分 are titles, not one running header numbered)."""
    # (a slide's own words repeat as they are: 第1部分, 第2部分 are titles, not one footer numbered)
    key = (lambda line: " ".join(line.split())) if slides else _key
    edges: list[tuple[list[int], list[int]]] = []
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for lines in pages:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        head, tail = filled[:_EDGE_LINES], filled[-_EDGE_LINES:][::-1]
        edges.append((head, tail))
        top.update({key(lines[i]) for i in head})
        bottom.update({key(lines[i]) for i in tail})
    # "most pages": more than half of them, and at least two (one page repeats nothing)
    least = max(2, math.floor(len(pages) / 2) + 1)
    out: list[list[str]] = []
    for n, (lines, (head, tail)) in enumerate(zip(pages, edges, strict=True), 1):
        drop = {i for i, line in enumerate(lines) if is_page_number(line)}
        for order, counts in ((head, top), (tail, bottom)):
            for i in order:  # peel from the edge inward; the first line of content stops it
                line = " ".join(lines[i].split())
                numbered = _EDGE_NUMBER.match(line) is not None and (
                    not slides or line.split("/")[0].strip() == str(n)
                )
                if i in drop or numbered or counts[key(line)] >= least:
                    drop.add(i)
                else:
                    break
        out.append([line for i, line in enumerate(lines) if i not in drop])
    return out


def _columns(line: str) -> int:
    """Display width: a hanzi or full-width mark takes two columns, as a typesetter measures the line."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _modal(values: Sequence[int]) -> int:
    """The width most lines come close to (within a tenth below it); ties go to the wider."""
    ordered = sorted(values)
    best, best_n = 0, 0
    for v in sorted(set(ordered)):
        n = bisect_right(ordered, v) - bisect_left(ordered, v - max(1, v // 10))
        if n >= best_n:
            best, best_n = v, n
    return best


def _is_table_row(line: str) -> bool:
    cells = line.split()
    return (
        "|" in line or "\t" in line or "  " in line.strip() or (len(cells) >= 4 and max(map(len, cells)) <= 8)
    )


def _indent(line: str) -> int:
    return _columns(line[: len(line) - len(line.lstrip())])


class _Layout:
    """The modal line width of a text (in characters and in display columns: a typesetter wraps by width,
    fixed-width tools by characters), its usual left margin, and whether indentation marks its paragraphs."""

    def __init__(self, lines: Sequence[str], printed: bool = False, columns: bool = False) -> None:
        # (a printed table's rows, marked by table_rows, are no wrapped prose: their widths would set the
        # margin of a page that is mostly table — eval/policy24's 汇总表 had its title run into the next line)
        filled = [line.rstrip() for line in lines if line.strip() and not (printed and " | " in line)]
        widths = [(len(line), _columns(line)) for line in filled]
        self.chars = _modal([chars for chars, _ in widths])
        self.columns = _modal([columns for _, columns in widths])
        # the width a wrap keeps, measured either way (a typesetter wraps by columns; a tool that cuts every
        # 33 characters leaves lines of 55 to 66 columns, digits being narrow, whose modal column width is a
        # heading's): a measure whose mode is no line width at all is not used
        least = _MIN_COLUMN_WIDTH if columns else _MIN_WIDTH
        if not least <= self.columns <= _MAX_WIDTH:
            self.columns = _NO_WIDTH
        if not least <= 2 * self.chars <= _MAX_WIDTH:
            self.chars = _NO_WIDTH
        self.margin = Counter(_indent(line) for line in filled).most_common(1)[0][0] if filled else 0
        # lines much wider than the mode do not count: in a wrapped text hardly any line passes the margin
        at_margin = [i for i, (chars, columns) in enumerate(widths) if self.near(chars, columns)]
        opened = [i for i in at_margin if not _SENTENCE_END.search(filled[i])]
        open_full = len(opened)
        # … the paragraph an open line began ends on the next line (a wrap's tail): what a list of equal
        # unpunctuated lines (a directory, a menu) never shows
        tails = sum(1 for i in opened if i + 1 < len(filled) and _SENTENCE_END.search(filled[i + 1]))
        # … and its open lines share one width exactly (a wrap's margin), not merely a similar one (a web
        # page's lines of 42, 47 and 50 characters)
        exact = sum(
            1 for i in opened if abs(widths[i][0] - self.chars) <= 1 or abs(widths[i][1] - self.columns) <= 1
        )
        self.wrapped = (
            (self.columns != _NO_WIDTH or self.chars != _NO_WIDTH)
            and open_full >= _MIN_OPEN_LINES
            and (
                printed
                or open_full >= _MIN_OPEN_SHARE * len(filled)
                # a short text of many one-line paragraphs (an FAQ's 一问 lines, headings) whose long lines
                # are nearly all wrapped
                or (
                    open_full >= _MIN_MARGIN_SHARE * len(at_margin)
                    and tails >= _MIN_TAILS
                    and exact >= _MIN_OPEN_LINES
                )
            )
        )
        # Paragraphs begin indented (two columns or more: one leading space is a space of the text): then a
        # line at the margin continues the one above even after a full stop that fell at the line's end.
        indented = sum(1 for line in filled if self.indented(line))
        self.by_indent = indented >= _MIN_OPEN_LINES and indented >= _MIN_INDENTED_SHARE * len(filled)
        if not self.wrapped:
            self._short_wrap(filled, widths)

    def _short_wrap(self, filled: list[str], widths: list[tuple[int, int]]) -> None:
        """A short page (a one-page 办事指南) wrapped only twice or so: two or more of the lines reaching its
        widest line's width end mid-sentence, and the line after each ends one — a wrap's tail, too few lines
        for the modal width to find (eval/policy31's 用火审批 guide: …开设宽度 / 不少于10米的防火隔离带…).
        Then that width is the margin."""
        widest = max((columns for _, columns in widths), default=0)
        wide = [i for i, (_, columns) in enumerate(widths) if columns >= _FULL * widest]
        opened = [i for i in wide if not _SENTENCE_END.search(filled[i])]
        tails = all(
            i + 1 < len(filled)
            and _SENTENCE_END.search(filled[i + 1])
            and not _MARKER.match(filled[i + 1].strip())
            and not OFFICIAL_TITLE.search(normalize(filled[i].strip()))
            for i in opened
        )
        if len(opened) >= 2 and tails and _MIN_WIDTH <= widest <= _MAX_WIDTH:
            self.columns, self.chars, self.wrapped, self.by_indent = widest, _NO_WIDTH, True, False

    def full(self, line: str) -> bool:
        line = line.rstrip()
        return len(line) >= _FULL * self.chars or _columns(line) >= _FULL * self.columns

    def near(self, chars: int, columns: int) -> bool:
        return (_FULL * self.chars <= chars <= self.chars / _FULL) or (
            _FULL * self.columns <= columns <= self.columns / _FULL
        )

    def indented(self, line: str) -> bool:
        return _indent(line) >= self.margin + 2

    def continues(self, above: str, line: str, after: str | None) -> bool:
        """Whether ``line`` goes on with the paragraph of ``above``, a line that reached the margin."""
        body = line.strip()
        if self.indented(line) or _MARKER.match(body) or _is_table_row(line):
            return False
        if OFFICIAL_TITLE.search(normalize(above.strip())):  # 关于印发…的通知 at the margin is complete
            return False
        # (a figure's decimal point at the wrap ends nothing: 每户补助资金3. / 5万元)
        ended = bool(_SENTENCE_END.search(above.rstrip())) and not (
            _DECIMAL_CUT.search(above.rstrip()) and body[:1].isdigit()
        )
        if ended and not self.by_indent:
            return False
        # a short line with no punctuation inside, standing over a paragraph's start or the end: a heading
        # (or a signature line under a closing sentence); where indentation marks paragraphs, a line at the
        # margin after an unfinished line is the paragraph's tail whatever its length
        if self.by_indent and not ended:
            return True
        short = len(body) < _SHORT * self.chars and _columns(body) < _SHORT * self.columns
        heading = short and not _INNER_PUNCT.search(body) and bool(_CJK.search(body))
        return not (heading and (after is None or not after.strip() or self.opens(after) or ended))

    def opens(self, line: str) -> bool:
        return self.indented(line) or bool(_MARKER.match(line.strip()))


# A line cannot open with these: a line that does was cut from the one above (…人才工程入选者 / ；（四）…),
# whatever the layout.
_CONTINUES = re.compile(r"^\s*[，。；：、！？）」』”’》】,;:!?)]")


def _rejoin_punctuation(lines: list[str]) -> list[str]:
    """``lines`` with every line that opens with closing punctuation joined to the line above (the same list
    when there is none)."""
    if not any(_CONTINUES.match(line) for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and _CONTINUES.match(line):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return out


def _reflow(lines: list[str], printed: bool = False, columns: bool = False) -> list[str]:
    layout = _Layout(lines, printed, columns)
    if not layout.wrapped:
        return _rejoin_punctuation(lines)
    out: list[str] = []
    above: str | None = None  # the line before, when it reached the margin: the paragraph may go on
    for i, line in enumerate(lines):
        after = next((lines[j] for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
        if above is not None and line.strip() and layout.continues(above, line, after):
            out[-1] = _join(out[-1], line, layout.margin)
        else:
            out.append(line)
        full = bool(line.strip()) and layout.full(line) and not _is_table_row(line)
        above = line if full else None
    return _rejoin_punctuation(out)


def _join(left: str, right: str, margin: int) -> str:
    """Two wrapped pieces of one paragraph: hanzi meet directly, Latin words keep a space between them, and a
    space the extraction kept at a line's end or start (a real one in the text) stays."""
    body = right.lstrip()
    left = left.rstrip("\r")
    spaced = left != left.rstrip() or _indent(right) > margin
    left = left.rstrip()
    if _ASCII_WORD_END.search(left) and _ASCII_WORD_START.match(body):
        spaced = spaced or not (left[-1].isdigit() and body[0].isdigit())  # 850 / 0余人 is one number
    return left + (" " if spaced else "") + body


def _trim(lines: list[str]) -> list[str]:
    """A page's lines without the blank ones around them: a page break is no paragraph break."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0] : filled[-1] + 1] if filled else []


def unwrap_pages(pages: Sequence[str], columns: bool = False) -> Unwrapped:
    """A PDF's page texts as paragraphs: furniture dropped page by page, its tables' rows marked, then wrapped
    lines joined across the whole document (a sentence may run over a page break). ``columns``: a page was
    read as columns of prose (narrower than a wrap width is otherwise believed)."""
    kept = [table_rows(_trim(page)) for page in _drop_furniture([page.split("\n") for page in pages])]
    lines = [line for page in kept for line in page]
    text = "\n".join(_reflow(lines, printed=True, columns=columns))
    return Unwrapped(text=text, pages=tuple("\n".join(page) for page in kept))


def keep_pages(pages: Sequence[str]) -> Unwrapped:
    """Pages whose lines are paragraphs already — a deck's slides, whose text boxes wrap on screen, not in
    the file — with the furniture every page repeats (a footer, a slide number) dropped and nothing joined:
    a slide's bullets of one width are no wrapped paragraph (unwrap_pages had run 每生每年1000元 into the
    next bullet)."""
    kept = [_trim(page) for page in _drop_furniture([page.split("\n") for page in pages], slides=True)]
    return Unwrapped(
        text="\n".join(line for page in kept for line in page), pages=tuple("\n".join(p) for p in kept)
    )


def unwrap_text(text: str) -> str:
    """Plain text as pdftotext writes it (pages separated by form feeds, lines hard-wrapped) as paragraphs;
    text without form feeds loses only unambiguous page-number lines, and text that is not hard-wrapped keeps
    its lines — a file with one paragraph per line comes back unchanged."""
    if "\f" in text:
        return unwrap_pages(text.split("\f")).text
    lines = text.split("\n")
    # (a table whose columns the file aligns with spaces: 累计献血量    本人免费用血量 / 400毫升    2000毫升)
    kept = table_rows([line for line in lines if not is_page_number(line)], spaced=True)
    reflowed = _reflow(kept)
    if reflowed is kept and kept == lines:
        return text
    return "\n".join(reflowed)


def join_page_breaks(lines: list[str]) -> list[str]:
    """Paragraphs with a printed page's number between them (— 2 —: a notice printed, then posted as a page's
    paragraphs or typed out line by line) without it, and the sentence the page break cut joined again:
    「2026年计划投入农村公路养护资金」 / 「— 2 —」 / 「1420万元，其中…」 is one sentence (eval/policy43 n11,
    written blind). Joined only when the line before ends no sentence and the line after opens no paragraph
    (一、, （二）, 第三条 …) and neither is a table's row; a page number alone is dropped either way."""
    if not any(is_page_number(line) for line in lines):
        return lines
    out: list[str] = []
    cut = False
    for line in lines:
        if is_page_number(line):
            cut = bool(out)
            continue
        if (
            cut
            and not _SENTENCE_END.search(out[-1])
            and not _MARKER.match(line)
            and " | " not in out[-1]
            and " | " not in line
        ):
            out[-1] += line
        else:
            out.append(line)
        cut = False
    return out
