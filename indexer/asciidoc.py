"""AsciiDoc (.adoc, .asciidoc: a 办事指南 or a handbook kept in a repository, as Antora and GitLab render it)
as its rendered page reads, line by line (no AsciiDoc parser on PyPI is a tree, small and maintained at once).

Titles (= 标题, == 一、申报条件) are heading lines, the document's its title; a paragraph a line (source lines
joined, no space beside a Chinese character; `` +`` a break); a list item a line (``.`` items numbered as
rendered); a description list's term, then its definition; a block title (.标题) a line; an admonition
(NOTE:, [WARNING] above a block) its text after its label as reStructuredText's (注解：…, 警告：…); a table
(|===, ,=== CSV, :===) a line per row, cells joined by `` | ``, as wide as ``cols`` says or its first line (a
cell spanning columns once, then ``—``; spanning rows, in each row); listing and literal blocks their lines.
Attributes (:补贴标准: 每亩120元) are substituted where referenced after them, AsciiDoc's own ({nbsp} …) too;
inline marks, links and cross references read as their words, a footnote's text after the document. No
text: comments (// lines, //// blocks: a draft's old figure), attribute entries, block attributes, anchors,
images, a table of contents, the author's e-mail, ``include::`` (no file is read: dropped), a passthrough
block (++++) of markup (plain text is read); ifdef/ifndef sections kept as the attributes say."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator

from indexer.decode import DocumentError, decode_bytes
from indexer.sheetlayout import EMPTY_CELL, TABLE_CELL
from indexer.text import CJK_CLASS
from indexer.worddoc import DocumentTooLarge

MAX_ADOC_BYTES = 4 * 1024 * 1024  # (as rstdoc.MAX_RST_BYTES)
_LABELS = {"NOTE": "注解", "TIP": "技巧", "IMPORTANT": "重要", "WARNING": "警告", "CAUTION": "小心"}
_BUILTIN = {
    **{"nbsp": "\u00a0", "sp": " ", "empty": "", "blank": "", "zwsp": "", "amp": "&", "lt": "<", "gt": ">"},
    **{"startsb": "[", "endsb": "]", "vbar": "|", "plus": "+", "caret": "^", "tilde": "~", "apos": "'"},
}
_ATTRIBUTE = re.compile(r":(!?)(\w[\w-]*)(!?):(?:[ \t]+(.*))?")
_CONDITION = re.compile(r"(ifn?def|ifeval|endif)::([^\[]*)\[(.*)\]")
_SECTION = re.compile(r"(={1,6}|#{1,6})[ \t]+(\S.*?)(?:[ \t]+=+)?")
_VERBATIM = re.compile(r"/{4,}|\+{4,}|-{4,}|\.{4,}|[|,:!]={3,}")  # comment, pass, listing, literal; table
_COMPOUND = re.compile(r"={4,}|\*{4,}|_{4,}|--|'{3,}|<{3}")  # their delimiters no text, their blocks read
_BLOCK_ATTRIBUTES = re.compile(r"\[\[?[^\]]*\]\]?")
_BLOCK_TITLE = re.compile(r"\.([^.\s].*)")
_MACRO = re.compile(r"[a-z][\w-]*::[^\s\[]*\[.*\]")  # include::, image::, toc:: … (a line of its own)
_ADMONITION = re.compile(r"(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(.*)")
_ITEM = re.compile(r"[ \t]*(\*{1,5}|-|\.{1,5}|\d{1,9}\.|[a-zA-Z]\.)[ \t]+(?:\[[ xX*]\][ \t]+)?(.*)")
_TERM = re.compile(r"(.*?\S)(?::{2,4}|;;)(?:[ \t]+(.*))?")
_REFERENCE = re.compile(r"(\\?)\{(\w[\w-]*)\}")
_COLS = re.compile(r"""\bcols\s*=\s*["']?([^"'\]]*)""")
_LEAD_SPEC = re.compile(r"(?:\d+\*|\d*(?:\.\d+)?\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?")
_TRAIL_SPEC = re.compile(r"(?:^|\s)((?:\d+\*|\d*(?:\.\d+)?\+)[<^>]?(?:\.[<^>])?[adehlmsv]?)$")
_SPAN = re.compile(r"(?:(\d+)\*)?(\d*)(?:\.(\d+))?(\+)?")
# (what a pattern scans never passes the mark it starts at: a line of thousands of marks is read in one pass,
# not again from each — a 4 MB paragraph of " *x" had taken seconds)
_FOOTNOTE = re.compile(r"(?<!\s)\s*footnote(?:ref)?:[\w-]*\[((?:[^\[\]\\]|\\.)*)\]")
_EMAIL = re.compile(r"(?<!\s)\s*<[^<>\s]+@[^<>\s]+>")
# a macro (https://…[申报系统], link:…[…], xref:…[…], image:…[…], kbd:[…]) at a word's start
_MACRO_INLINE = re.compile(r"(?<![^\s(（])([^\s\[\]]+)\[([^\[\]]*)\]")
_LINK = re.compile(r"(?:https?|ftp|irc|mailto|link|xref):")
_INLINE: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # (pattern, replacement): cross references, anchors, index terms, roles, then marks
    (re.compile(r"<<([^<>,]+)(?:,\s*([^<>]*))?>>"), lambda m: m.group(2) or m.group(1)),
    (re.compile(r"\[\[[^\[\]]*\]\]|\(\(\([^()]*\)\)\)|\[[.#][^\[\]]*\](?=[#*_`])"), ""),
    (re.compile(r"\(\(([^()]+)\)\)"), r"\1"),
    (re.compile(r"(\*\*|__|##|``|\+\+\+|\+\+)(.{1,500}?)\1"), r"\2"),  # (bounded: at most 500 a start)
    *(
        (re.compile(rf"(?<![\w\\]){m}([^\s{m}](?:[^{m}]*?[^\s{m}])?){m}(?!\w)"), r"\1")
        for m in (r"\*", "_", "#", "`", r"\+", r"\^", "~")
    ),
    (re.compile(r"\\([*_#`{+\[<^~])"), r"\1"),  # an escaped mark: the mark
]
_MARKED = re.compile(r"[<(\[*_#`+^~\\]")
# a line that ends the paragraph above it: a delimiter, a title, block attributes, an item, a term
_STARTS = (_VERBATIM, _COMPOUND, _SECTION, _BLOCK_ATTRIBUTES, _ITEM, _TERM)
_CALLOUT = re.compile(r"(?<!\s)\s*(?:<\d+>|<!--\d+-->)(?=\s|$)")
_WIDE = f"{CJK_CLASS}\u3000-\u303f\uff00-\uffef"
_BREAK = re.compile(f"(?<=[{_WIDE}])[ \t]*\n[ \t]*|(?<![ \t])[ \t]*\n[ \t]*(?=[{_WIDE}])")


def read_adoc(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an AsciiDoc file's bytes (see the module's docstring)."""
    if len(data) > MAX_ADOC_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_ADOC_BYTES:,} an AsciiDoc file is read to"
        )
    reader = _Reader()
    reader.read(list(_kept(decode_bytes(data, name=name).splitlines())))
    lines = [line for line in (*reader.lines, *reader.footnotes) if line]
    if not lines:
        raise DocumentError(name, "has no text outside comments and directives; nothing to index")
    return "\n".join(lines), reader.title or None


def _kept(source: list[str]) -> Iterator[str]:
    """The lines the preprocessor keeps: ``include::`` none, ``ifdef::x[]`` … ``endif::[]`` as x is defined
    by an attribute entry above it (ifeval taken as true), the directives themselves none."""
    defined: dict[str, str] = {}
    shown: list[bool] = []  # the open conditions, each whether it holds
    hiding = 0  # how many of them do not
    for line in source:
        if (found := _CONDITION.fullmatch(line.strip())) is None:
            if not hiding and not line.startswith("include::"):
                if entry := _ATTRIBUTE.fullmatch(line):
                    _define(entry, defined)
                yield line
            continue
        kind, names, inline = found.groups()
        wanted = [n for n in re.split(r"[,+]", names) if n]
        holds = any(n in defined for n in wanted) if "," in names else all(n in defined for n in wanted)
        holds = kind == "ifeval" or holds == (kind == "ifdef")
        if kind == "endif":
            hiding -= 1 if shown and not shown.pop() else 0
        elif inline and kind != "ifeval":
            yield from [inline] if holds and not hiding else []
        else:
            shown.append(holds)
            hiding += 0 if holds else 1


def _define(entry: re.Match[str], attributes: dict[str, str]) -> None:
    unset, key, unset_after, value = entry.groups()
    if unset or unset_after:
        attributes.pop(key, None)
    else:
        attributes[key] = _substituted(value or "", attributes)


def _substituted(text: str, attributes: dict[str, str]) -> str:
    def value(found: re.Match[str]) -> str:
        key = found.group(2)
        if found.group(1):  # \{name}: as written
            return found.group(0)[1:]
        return attributes.get(key, _BUILTIN.get(key, found.group(0)))  # (an unknown one as written)

    return _REFERENCE.sub(value, text)


class _Reader:
    """The document's blocks as lines, in order."""

    def __init__(self) -> None:
        self.attributes: dict[str, str] = {}
        self.lines: list[str] = []
        self.footnotes: list[str] = []
        self.title = ""
        self.header = False  # right below the document's title: its author and revision lines
        self.label = ""  # an admonition's, from [NOTE] above a block: leads its first line
        self.numbers: dict[int, int] = {}  # an ordered list's last number, by depth
        self.cols = 0  # a table's columns, as its block attributes state

    def inline(self, text: str) -> str:
        if "{" in text:
            text = _substituted(text, self.attributes)
        if "[" in text:
            self.footnotes += [self.inline(note.group(1)) for note in _FOOTNOTE.finditer(text)]
            text = _MACRO_INLINE.sub(_macro, _FOOTNOTE.sub("", text))
        if _MARKED.search(text):  # (most Chinese text holds none of these: no pattern is run over it)
            for pattern, replacement in _INLINE:
                text = pattern.sub(replacement, text)
        return " ".join(_BREAK.sub("", text).split() if "\n" in text else text.split())

    def add(self, text: str) -> None:
        if text and self.label:
            text, self.label = f"{self.label}：{text}", ""
        self.lines.append(text)

    def paragraph(self, buffer: list[str]) -> None:
        for part in "\n".join(buffer).removesuffix(" +").split(" +\n"):
            self.add(self.inline(part))
        buffer.clear()

    def read(self, lines: list[str]) -> None:
        buffer: list[str] = []
        at = 0
        while at < len(lines):
            line, stripped = lines[at], lines[at].strip()
            at += 1
            if buffer and (stripped in ("", "+") or any(p.fullmatch(stripped) for p in _STARTS)):
                self.paragraph(buffer)
            self.header = self.header and bool(stripped)
            if stripped in ("", "+") or (stripped.startswith("//") and not stripped.startswith("////")):
                continue  # (a blank line, a list's continuation, a comment)
            if entry := _ATTRIBUTE.fullmatch(stripped):
                _define(entry, self.attributes)  # (a reference above it stays as written, as rendered)
            elif _MACRO.fullmatch(stripped):
                continue  # (include, image, toc: no text)
            elif buffer:  # a paragraph's or an item's next line
                buffer.append(line)
            elif self.header:  # the author's line (its e-mail no text), the revision's
                self.add(self.inline(_EMAIL.sub("", stripped)))
            elif _VERBATIM.fullmatch(stripped):
                end = next((i for i in range(at, len(lines)) if lines[i].strip() == stripped), len(lines))
                self.block(stripped, lines[at:end])
                at = end + 1
            elif _COMPOUND.fullmatch(stripped):
                self.numbers.clear()
            elif found := _SECTION.fullmatch(stripped):
                self.header = not self.title and len(found.group(1)) == 1
                self.title = self.title or (self.inline(found.group(2)) if self.header else "")
                self.numbers.clear()
                self.add(self.inline(found.group(2)))
            elif _BLOCK_ATTRIBUTES.fullmatch(stripped):
                self.label = _LABELS.get(stripped.strip("[]").split(",")[0].strip().upper(), self.label)
                self.cols = _column_count(cols.group(1)) if (cols := _COLS.search(stripped)) else 0
            elif found := _BLOCK_TITLE.fullmatch(stripped):
                self.add(self.inline(found.group(1)))
            elif found := _ADMONITION.fullmatch(stripped):
                self.label = _LABELS[found.group(1)]
                buffer.append(found.group(2))
            elif found := _ITEM.fullmatch(line):
                mark, depth = found.group(1), len(found.group(1))
                if mark.startswith("."):
                    self.numbers = {d: n for d, n in self.numbers.items() if d <= depth}
                    self.numbers[depth] = self.numbers.get(depth, 0) + 1
                    mark = f"{self.numbers[depth]}."
                buffer.append(f"{mark} {found.group(2)}" if mark[0].isalnum() else found.group(2))
            elif found := _TERM.fullmatch(stripped):
                self.add(self.inline(found.group(1)))
                buffer.extend([found.group(2)] if found.group(2) else [])
            else:
                self.numbers.clear()  # (a paragraph ends a list: the next starts at 1 again)
                buffer.append(line)
        if buffer:
            self.paragraph(buffer)

    def block(self, delimiter: str, body: list[str]) -> None:
        """A delimited block: a comment no text, a passthrough its plain text, a listing or a literal block
        its lines as written (callouts none), a table its rows."""
        kind = delimiter[0]
        if kind in "+-." and not (kind == "+" and any("<" in line for line in body)):
            for line in body:
                self.add(" ".join(_CALLOUT.sub("", line).split()))
        elif kind not in "/+-.":
            for row in _rows(body, kind, self.cols):
                cells = [self.inline(cell) or EMPTY_CELL for cell in row]
                if any(cell != EMPTY_CELL for cell in cells):
                    self.add(TABLE_CELL.join(cells))
        self.label, self.cols = "", 0


def _macro(found: re.Match[str]) -> str:
    """An inline macro's words: a link's text (its target when it has none), a key's or a button's label,
    passed-through text; an image, an anchor or an index term none; anything else as written."""
    target, said = found.groups()
    if _LINK.match(target):
        return said or (target.split(":", 1)[1] if target.startswith(("link:", "xref:")) else target)
    if target.startswith(("image:", "anchor:", "indexterm:")):
        return ""
    if target in ("kbd:", "btn:", "stem:") or target.startswith("pass:"):
        return said
    return found.group(0)


def _column_count(spec: str) -> int:
    """The columns a ``cols`` attribute states: 3, "1,2,2", "3*", "2*,1"."""
    if spec.strip().isdigit():
        return int(spec)
    return sum(
        int(m.group(1)) if (m := re.match(r"\s*(\d+)\*", p)) else 1 for p in spec.split(",") if p.strip()
    )


def _rows(body: list[str], kind: str, cols: int) -> Iterator[list[str]]:
    """A table's rows of cells ("" a column a cell spanning it covers)."""
    if kind in ",:":
        yield from (list(row) for row in csv.reader([ln for ln in body if ln.strip()], delimiter=kind))
        return
    cells: list[tuple[list[str], str]] = []  # (text's lines, spec)
    width = cols
    for line in body:
        parts = re.split(rf"(?<!\\){re.escape(kind)}", line)
        lead = parts[0].strip()
        if (len(parts) == 1 or not _LEAD_SPEC.fullmatch(lead)) and cells and lead:
            cells[-1][0].append(lead)  # (a cell's text running on)
        spec = lead if _LEAD_SPEC.fullmatch(lead) else ""
        width = width or len(parts) - 1
        for i, part in enumerate(parts[1:], start=1):
            trail = _TRAIL_SPEC.search(part) if i < len(parts) - 1 else None
            cells.append(([part[: trail.start()] if trail else part], spec))
            spec = trail.group(1) if trail else ""
    row: list[str] = []
    above: dict[int, tuple[int, str]] = {}  # column → (rows it still covers, its text): a cell spanning rows
    for said, spec in cells:
        text = "\n".join(said)
        found = _SPAN.match(spec)
        times, across, down, spans = found.groups() if found else (None, None, None, None)
        for _ in range(int(times or 1)):
            while len(row) in above or (width and len(row) >= width):
                if width and len(row) >= width:
                    yield row
                    row = []
                    continue
                left, covering = above.pop(len(row))  # (a column a cell above covers: its text again)
                above.update({len(row): (left - 1, covering)} if left > 1 else {})
                row.append(covering)
            wide = max(1, min(int(across or 1) if spans else 1, width - len(row))) if width else 1
            if spans and down and int(down) > 1:
                above[len(row)] = (int(down) - 1, text.strip())
            row.extend([text.strip(), *[""] * (wide - 1)])
    while len(row) in above:  # (the last row's columns a cell above covers)
        row.append(above.pop(len(row))[1])
    if row:
        yield row
