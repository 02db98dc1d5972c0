"""An Emacs Org-mode file (.org: a 河长办's work notes, a 台账 kept in Emacs or in an Org app) as its HTML
export reads, line by line (no Org parser on PyPI is small, maintained and complete at once).

``#+TITLE`` is the title and the first line; a heading (leading stars) a line, its TODO keyword (TODO, DONE
and those ``#+TODO`` declares), priority, statistics cookie and tags dropped; a paragraph a line (source lines
joined, no space beside a Chinese character: softwrap.py); a list item a line (its bullet and checkbox
dropped, a number kept, a wrapped item joined, ``term :: text`` as ``term：text``); a table a line per row,
cells joined by `` | `` as a spreadsheet's are (an empty cell ``—``, so a figure stays under its header), its
``|---+---|`` rules no text; ``#+CAPTION`` and ``#+SUBTITLE`` a line; SRC and EXAMPLE blocks and ``:``
fixed-width lines their lines as written; QUOTE, VERSE, CENTER and other blocks their text. Inline:
``[[link][description]]`` is its description, ``[[link]]`` its link; ``*bold*``, ``/italic/``,
``_underline_``, ``=verbatim=``, ``~code~`` and ``+strike+`` lose their marks where Org sets them (after and
before a space, a zero-width space, punctuation or the line's end; full-width punctuation counts), so a
figure cut by markup reads whole (不少于*30*分钟 set off by zero-width spaces is 不少于30分钟); bold,
verbatim and code also between Chinese characters, where writers leave out the zero-width spaces Org wants
(补助*25*元 is 补助25元; a slash between Chinese words is no italic: 按月/按季度); zero-width spaces are
dropped.

No text: other ``#+KEYWORD:`` lines (author, date, options), ``#`` comment lines and COMMENT blocks (a note's
old figures), a COMMENT heading's subtree, EXPORT blocks, dynamic blocks, planning lines (CLOSED, SCHEDULED,
DEADLINE: the note-keeper's scheduling, which Org's export leaves out too), LOGBOOK drawers, and properties
Org or a package keeps (ID, CUSTOM_ID, CATEGORY, Effort …). A property the author named in Chinese
(``:依据: 剑河县河湖长巡河工作制度``) is the author's content, read as ``key：value`` after its heading.
Bounded at 4 MB, as AsciiDoc is.
"""

from __future__ import annotations

import re

from indexer.asciidoc import MAX_ADOC_BYTES
from indexer.decode import DocumentError, decode_bytes
from indexer.sheetlayout import EMPTY_CELL, TABLE_CELL
from indexer.softwrap import join_wrapped
from indexer.text import CJK, CJK_CLASS
from indexer.worddoc import DocumentTooLarge

MAX_ORG_BYTES = MAX_ADOC_BYTES
_COLON = "\uff1a"
_HEADING = re.compile(r"(\*+)[ \t]+(.*?)[ \t]*")
_PRIORITY = re.compile(r"\[#[A-Za-z0-9]\][ \t]*")
_COOKIE = re.compile(r"[ \t]*\[\d*(?:/\d*|%)\][ \t]*")
_TAGS = re.compile(r"[ \t]+:(?:[\w@#%]+:)+$")
_KEYWORD = re.compile(r"#\+([A-Za-z_]\w*)(\[[^\]]*\])?:[ \t]*(.*)")
_BLOCK = re.compile(r"#\+begin_(\w+)\b.*", re.IGNORECASE)
_END = re.compile(r"#\+end_\w+", re.IGNORECASE)
_DYNAMIC = re.compile(r"#\+begin:.*", re.IGNORECASE)
_DRAWER = re.compile(r":([\w-]+):")
_PROPERTY = re.compile(r":([^:\s]+?)\+?:(?:[ \t]+(.*))?")
_PLANNING = re.compile(r"(?:CLOSED|SCHEDULED|DEADLINE):")
_COMMENT = re.compile(r"#(?:[ \t].*)?")
_RULE = re.compile(r"\|[-+:]*\|?|-{5,}")
_ITEM = re.compile(r"([ \t]*)([-+]|(?<=[ \t])\*|\d+[.)]|[A-Za-z][.)])[ \t]+(.*)")
_CHECKBOX = re.compile(r"\[[ Xx-]\][ \t]+")
_DESCRIPTION = re.compile(r"(.*?\S)[ \t]+::(?:[ \t]+(.*))?")
_WIDTH_COOKIE = re.compile(r"<[lrc]?\d*>")
_LINK = re.compile(r"\[\[((?:[^\[\]\\]|\\.)+)\](?:\[((?:[^\[\]]|\[[^\[\]]*\])+)\])?\]")
_INLINE = [
    (re.compile(r"\[fn:[\w-]*\]"), ""),  # (a footnote's mark: no text in its sentence)
    (re.compile(r"<<<(.+?)>>>"), r"\1"),
    (re.compile(r"<<[^<>]+>>"), ""),
    (re.compile(r"\{\{\{[^{}]*\}\}\}"), ""),
    (re.compile(r"[<\[](\d{4}-\d\d-\d\d(?: [^<>\[\]]*)?)[>\]]"), r"\1"),  # a timestamp, its brackets dropped
    (re.compile(r"\\\\$"), ""),
]
_SEPARATE = "\\s\u200b\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014"
# a mark, its text (up to the next such mark: what is scanned from one start never passes the next, so a line
# of thousands of marks is read in one pass), the mark again
_EMPHASIS = [
    (
        m[-1],
        re.compile(
            f"(?:^|(?<=[{around}\\-(\\{{'\"]))({m})([^\\s\u200b{m}]|[^\\s\u200b{m}][^{m}]{{0,300}}?[^\\s\u200b{m}])"
            f"\\1(?=$|[{around}\\-.,;:!?')}}\\[\"\\\\])"
        ),
    )
    for m, around in (
        *((m, _SEPARATE + CJK_CLASS) for m in ("=", "~", r"\*")),  # (补助*25*元 as its writer meant it)
        *((m, _SEPARATE) for m in ("/", "_", r"\+")),  # (按月/按季度/按年 is no italic)
    )
]
_MARKED = re.compile(r"[\[<{\\]")  # (a line none of whose characters opens a link, a target or a macro)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_VERBATIM = ("src", "example")
_NO_TEXT = ("comment", "export", "dynamic")
_TODO = ("TODO", "DONE")


def read_org(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an Org file's bytes (see the module's docstring)."""
    if len(data) > MAX_ORG_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_ORG_BYTES:,} an Org file is read to"
        )
    reader = _Reader(decode_bytes(data, name=name).splitlines())
    reader.read()
    lines = [line for line in reader.lines if line]
    if not lines:
        raise DocumentError(name, "has no text outside comments, keywords and drawers; nothing to index")
    return "\n".join(lines), reader.title or None


class _Reader:
    """The state of one file read line by line: the open paragraph, list item, table, block or drawer."""

    def __init__(self, source: list[str]) -> None:
        self.source = source
        self.lines: list[str] = []
        self.title = ""
        self.todo = set(_TODO)
        self.paragraph: list[str] = []
        self.item: tuple[int, list[str]] | None = None  # (its bullet's indent, its lines)
        self.rows: list[list[str]] = []
        self.block = ""  # the kind of block or drawer open (src, properties …)
        self.kept = False  # whether its lines are read

    def read(self) -> None:
        ends: dict[str, int] = {}  # each block's or drawer's end line: the last of them
        for number, line in enumerate(self.source):
            stripped = line.strip()
            if stripped.lower().startswith(("#+end_", "#+end:", ":end:")):
                ends[stripped.lower().split()[0]] = number
            found = _KEYWORD.fullmatch(stripped)  # (the TODO states a file declares, wherever they stand)
            if found and found.group(1).upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
                self.todo.update(w.split("(")[0] for w in found.group(3).split() if w != "|")
        closing: str | None = None  # the line ending the block or drawer open
        skipping = 0  # a COMMENT heading's level: its subtree is no text
        for number, line in enumerate(self.source):
            stripped = line.strip()
            if closing is not None:
                if stripped.lower().split()[:1] == [closing]:
                    closing = None
                elif self.kept:
                    self._kept(line)
                continue
            heading = _HEADING.fullmatch(line)
            if skipping and (heading is None or len(heading.group(1)) > skipping):
                continue
            skipping = 0
            if stripped.startswith("|"):  # a table's row (its rules no text)
                self._flush(table=False)
                if not _RULE.fullmatch(stripped):
                    self.rows.append([_inline(c.strip()) for c in stripped.strip("|").split("|")])
                continue
            if heading is not None or not stripped or _PLANNING.match(stripped) or _RULE.fullmatch(stripped):
                self._flush()
                if heading is not None:
                    skipping = self._heading(len(heading.group(1)), heading.group(2))
                continue
            opened = _opening(stripped)
            if opened is not None and ends.get(opened[0], -1) > number:
                self._flush()
                closing, self.block, self.kept = opened[0], opened[1], opened[1] not in (*_NO_TEXT, "logbook")
                continue
            if _BLOCK.fullmatch(stripped) or _END.fullmatch(stripped):
                self._flush()  # (QUOTE, VERSE, CENTER and other blocks: their delimiters no text, lines read)
                continue
            if keyword := _KEYWORD.fullmatch(stripped):
                self._flush()
                self._keyword(keyword.group(1).upper(), keyword.group(3))
            elif _COMMENT.fullmatch(stripped) or stripped.upper() == ":END:":
                self._flush()
            elif stripped.startswith(": ") or stripped == ":":  # fixed-width: as written
                self._flush()
                self.lines.append(stripped[2:].strip())
            else:
                self._text(line)
        self._flush()

    def _kept(self, line: str) -> None:
        """A line inside a block or drawer whose text is read."""
        stripped = line.strip()
        if self.block in _VERBATIM:  # a SRC or EXAMPLE block's line, as written
            self.lines.append(stripped)
        elif self.block == "properties":
            found = _PROPERTY.fullmatch(stripped)
            if found and CJK.search(found.group(1)) and (value := _inline(found.group(2) or "")):
                self.lines.append(f"{found.group(1)}{_COLON}{value}")
        elif stripped:
            self.lines.append(_inline(stripped))

    def _heading(self, level: int, text: str) -> int:
        """A heading's line; its level when it is a COMMENT heading (its subtree no text), else 0."""
        words = text.split(None, 1)
        if words and words[0] == "COMMENT":
            return level
        if words and words[0] in self.todo:
            text = words[1] if len(words) > 1 else ""
        text = _TAGS.sub("", _COOKIE.sub(" ", _PRIORITY.sub("", text))).strip()
        self.lines.append(_inline(text))
        return 0

    def _keyword(self, key: str, value: str) -> None:
        if key == "TITLE":
            said = _inline(value.strip())
            if said:
                self.title = f"{self.title} {said}".strip()
                self.lines.append(said)
        elif key in ("SUBTITLE", "CAPTION"):
            self.lines.append(_inline(value.strip()))

    def _text(self, line: str) -> None:
        """A line of a paragraph or a list item."""
        indent = len(line) - len(line.lstrip())
        item = _ITEM.fullmatch(line)
        if item is not None:
            self._flush()
            self.item = (len(item.group(1)), [_CHECKBOX.sub("", item.group(3), count=1)])
            if item.group(2)[0].isalnum():
                self.item[1][0] = f"{item.group(2)[:-1]}. {self.item[1][0]}"
            return
        if self.item is not None and indent > self.item[0]:
            self.item[1].append(line)
            return
        if self.item is not None:
            self._flush()
        self.paragraph.append(line)

    def _flush(self, table: bool = True) -> None:
        """The open paragraph's or list item's line, and the open table's rows (``table``)."""
        if self.paragraph:
            self.lines.append(_inline(join_wrapped(self.paragraph)))
            self.paragraph = []
        if self.item is not None:
            said = join_wrapped(self.item[1])
            term = _DESCRIPTION.fullmatch(said)
            if term is not None:
                said = f"{term.group(1)}{_COLON}{term.group(2)}" if term.group(2) else term.group(1)
            self.lines.append(_inline(said))
            self.item = None
        if table:
            self._flush_table()

    def _flush_table(self) -> None:
        rows = [[("" if _WIDTH_COOKIE.fullmatch(c) else c) for c in row] for row in self.rows]
        rows = [row for row in rows if any(row)]
        width = max((len(row) for row in rows), default=0)
        for row in rows:
            self.lines.append(TABLE_CELL.join(c or EMPTY_CELL for c in row + [""] * (width - len(row))))
        self.rows = []


def _opening(stripped: str) -> tuple[str, str] | None:
    """(the line that ends it, its kind) of a block whose lines are verbatim or no text (SRC, EXAMPLE,
    COMMENT, EXPORT), a dynamic block's (no text) or a drawer's; None for any other line."""
    if (block := _BLOCK.fullmatch(stripped)) and (kind := block.group(1).lower()) in (*_VERBATIM, *_NO_TEXT):
        return f"#+end_{kind}", kind
    if _DYNAMIC.fullmatch(stripped):
        return "#+end:", "dynamic"
    if (drawer := _DRAWER.fullmatch(stripped)) and drawer.group(1).upper() != "END":
        return ":end:", drawer.group(1).lower()
    return None


def _inline(text: str) -> str:
    """A line's text without Org's inline markup (see the module's docstring)."""
    if _MARKED.search(text):
        text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
        for pattern, replacement in _INLINE:
            text = pattern.sub(replacement, text)
    for mark, pattern in _EMPHASIS:
        for _ in range(3 if mark in text else 0):  # (nested: *bold /italic/*)
            marked = pattern.sub(r"\2", text)
            if marked == text:
                break
            text = marked
    return _ZERO_WIDTH.sub("", text).strip()
