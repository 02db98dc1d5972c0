"""A MediaWiki page's source (.wiki, .mediawiki: a 民政局's internal wiki page copied out of its edit box,
a wiki's export) as its rendered page reads, line by line (no MediaWiki parser on PyPI is small, maintained
and a renderer at once).

Headings (== 工作补贴 ==) are heading lines; a paragraph a line (source lines joined, no space beside a
Chinese character: softwrap.py); a list item a line (``*`` and ``:`` dropped, ``#`` items numbered as
rendered, ``; term : text`` as ``term：text``); ``'''bold'''`` and ``''italic''`` lose their marks, so a
figure they cut reads whole (每人每月'''300'''元 is 每人每月300元); ``[[target|label]]`` is its label,
``[[target]]`` its target, ``[url label]`` its label (a bare ``[url]`` none); ``<br/>`` a line break, other
HTML tags no text, entities their characters; ``<nowiki>`` and ``<pre>`` content as written.

An infobox (``{{Infobox …}}``, ``{{信息框 …}}``) is a ``key：value`` line per filled field; another template
stands as its values that hold words (a Chinese character or a digit, not a URL: ``{{lang|en|…}}``'s text, a
citation's title and date), space-joined where it stands, and a template of none (``{{clear}}``, ``{{citation
needed}}``) and parser functions (``{{#if:…}}``) are no text; ``{{DISPLAYTITLE:…}}`` is the title. A table
(``{| … |}``) is a line per row (``|-``), its cells (``!`` headers and ``|`` cells, ``!!`` and ``||`` between
them on a line) joined by `` | `` as a spreadsheet's are, an empty cell ``—``, a cell's attributes (``style=
"…" |``) no text; its caption (``|+``) a line above it. A footnote (``<ref>…</ref>``) is taken out of its
sentence and read as a line where the page lists them (``<references />``, ``{{reflist}}``), else after the
text, as an FB2 book's notes are; a reference reused by name (``<ref name="a" />``) is no second note.

No text: comments (``<!-- … -->``: a page's old figures kept for its editors), category and interlanguage
links (``[[分类:儿童福利]]``), images but for their caption, magic words (``__TOC__``), rules (``----``),
``<includeonly>`` parts. The title is DISPLAYTITLE's, else the page's name (the file's, as a wiki's export
names it). Bounded at 4 MB, as AsciiDoc is.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import PurePosixPath

from indexer.asciidoc import MAX_ADOC_BYTES
from indexer.decode import DocumentError, decode_bytes
from indexer.sheetlayout import EMPTY_CELL, TABLE_CELL
from indexer.softwrap import join_wrapped
from indexer.worddoc import DocumentTooLarge

MAX_WIKI_BYTES = MAX_ADOC_BYTES
_COLON = "\uff1a"
# (private-use marks, removed from the source first: where literal text goes, where notes go, a line break)
_KEPT, _KEPT_END, _NOTES, _LINE = "\ue010", "\ue011", "\ue012", "\ue013"
_PRIVATE = re.compile("[\ue010-\ue013]")
_KEPT_AT = re.compile(f"{_KEPT}(\\d+){_KEPT_END}")
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<includeonly>.*?(?:</includeonly>|\Z)|</?(?:noinclude|onlyinclude)>|<nowiki\s*/>",
    re.IGNORECASE | re.DOTALL,
)
_PARAMETER = re.compile(r"\{\{\{[^{}]*\}\}\}")
_TEMPLATE = re.compile(r"\{\{((?:[^{}]|\{(?!\{)|\}(?!\}))*)\}\}")
_NAMED = re.compile(r"\s*([^=]+?)\s*=(.*)", re.DOTALL)
_INFOBOX = re.compile(r"(?:infobox|信息框)", re.IGNORECASE)
_REFLIST = re.compile(r"(?:reflist|references|注脚|脚注|参考资料)\b", re.IGNORECASE)
_WORDS = re.compile(r"[\d\u3400-\u9fff]|\S\s+\S")  # (not one Latin word: en, left, red, yes)
_URL = re.compile(r"(?:https?:|ftp:|mailto:)?//\S+|(?:https?|ftp|mailto):\S+", re.IGNORECASE)
_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_EXTERNAL = re.compile(r"\[(?:(?:https?|ftp)://|mailto:|//)[^\s\[\]]+(?:[ \t]+([^\[\]]*))?\]", re.IGNORECASE)
_CATEGORY = re.compile(r"(?:category|分类|分類)\s*:", re.IGNORECASE)
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[a-z]+)?:")  # (an interlanguage link: [[en:Child director]])
_FILE = re.compile(r"(?:file|image|media|文件|图像|图片|檔案|圖像)\s*:", re.IGNORECASE)
_FILE_OPTION = re.compile(
    r"(?:thumb|thumbnail|frame|framed|frameless|border|left|right|center|centre|none|upright(?:=.*)?"
    r"|\d*x?\d+px|(?:alt|link|page|class|lang)=.*|baseline|middle|sub|super|top|text-top|bottom|text-bottom)",
    re.IGNORECASE,
)
_HEADING = re.compile(r"(={1,6})\s*(.+?)\s*\1")
_ATTRIBUTES = re.compile(r"""[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s|]+)""")
_APOSTROPHES = re.compile(r"'{5}|'''|''")
_BREAK = re.compile(
    r"<br\s*/?>|</?(?:p|div|li|ul|ol|dl|dd|dt|blockquote|center|h[1-6])\b[^>]*>", re.IGNORECASE
)
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_MAGIC = re.compile(r"__[A-Z]+__")
_RULE = re.compile(r"-{4,}")


def read_wiki(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a MediaWiki source file's bytes (see the module's docstring)."""
    if len(data) > MAX_WIKI_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_WIKI_BYTES:,} a wiki page is read to"
        )
    kept: list[str] = []

    def keep(_: str, content: str | None) -> str:
        kept.append(html.unescape(content or ""))
        return f"{_KEPT}{len(kept) - 1}{_KEPT_END}"

    notes: list[str] = []

    def note(tag: str, content: str | None) -> str:
        if tag == "references":  # (where the page lists its notes; the notes defined in it, as notes)
            _paired(content or "", ("ref",), note)
            return f"\n{_NOTES}\n"
        if content and content.strip():  # (a reuse by name, no content, is no note)
            notes.append(content)
        return ""

    source = _paired(_PRIVATE.sub("", decode_bytes(data, name=name)), ("nowiki", "pre"), keep)
    source = _paired(_HIDDEN.sub("", source), ("references", "ref"), note)
    title: list[str] = []
    lines = _render(source, title)
    rendered = [join_wrapped(_render(note, title)) for note in notes]
    if _NOTES in lines:
        at = lines.index(_NOTES)
        lines[at : at + 1] = rendered
    else:
        lines.extend(rendered)
    restored = "\n".join(line for line in lines if line and line != _NOTES).replace(_LINE, "\n")
    text = _KEPT_AT.sub(lambda m: kept[int(m.group(1))], restored)
    text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    if not text:
        raise DocumentError(name, "has no text outside comments, templates and categories; nothing to index")
    # (a page's title is its name, the file's, unless DISPLAYTITLE says another)
    stem = PurePosixPath(name.replace("\\", "/")).stem if name != "the document" else None
    return text, title[0] if title else stem


def _paired(source: str, tags: tuple[str, ...], replace: Callable[[str, str | None], str]) -> str:
    """``source`` with each ``<tag …>content</tag>`` of ``tags`` (``<tag … />``: content None) replaced,
    read in one pass: a tag never closed stands as written, as MediaWiki shows it (a search for its close is
    not made again from each later one: thousands of unclosed <ref> had taken minutes)."""
    opening = re.compile(rf"<({'|'.join(tags)})(?:\s[^<>]*?)?(/?)>", re.IGNORECASE)
    out: list[str] = []
    at = 0
    unclosed: set[str] = set()
    while found := opening.search(source, at):
        tag = found.group(1).lower()
        out.append(source[at : found.start()])
        at = found.end()
        if found.group(2):
            out.append(replace(tag, None))
            continue
        close = None if tag in unclosed else re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(source, at)
        if close is None:
            unclosed.add(tag)
            out.append(found.group(0))
            continue
        out.append(replace(tag, source[at : close.start()]))
        at = close.end()
    return "".join(out) + source[at:]


def _render(source: str, title: list[str]) -> list[str]:
    """The page's lines as rendered: links and templates resolved, then line by line."""
    text = _PARAMETER.sub("", source)
    text = _links(text)
    for _ in range(40):  # (innermost first: a template's values may hold templates)
        expanded = _TEMPLATE.sub(lambda m: _template(m.group(1), title), text)
        if expanded == text:
            break
        text = expanded
    text = _BREAK.sub(_LINE, text)  # (a break inside a list item or a cell: the item's, the cell's)
    return _Lines().read(text.split("\n"))


def _links(text: str) -> str:
    """Internal links as their labels (innermost first: an image's caption may hold links), external ones as
    theirs."""
    for _ in range(10):
        linked = _LINK.sub(_link, text)
        if linked == text:
            break
        text = linked
    return _EXTERNAL.sub(lambda m: m.group(1) or "", text)


def _link(found: re.Match[str]) -> str:
    target, label = found.group(1).strip(), found.group(2)
    if _FILE.match(target.lstrip(":")) and not target.startswith(":"):
        parts = (label or "").split("|")
        caption = parts[-1].strip() if parts else ""
        return "" if not caption or _FILE_OPTION.fullmatch(caption) else caption
    if not target.startswith(":") and (_CATEGORY.match(target) or (_LANGUAGE.match(target) and not label)):
        return ""  # (a category, or the page in another language: the sidebar's, not the text's)
    return label.strip() if label and label.strip() else target.lstrip(":")


def _template(content: str, title: list[str]) -> str:
    """A template's text: an infobox's fields, another's values that hold words, nothing for the rest."""
    name, *parameters = content.split("|")
    name = name.strip()
    if name.upper().startswith("DISPLAYTITLE:"):
        title.append(" ".join(_APOSTROPHES.sub("", _TAG.sub("", name.split(":", 1)[1])).split()))
        return ""
    if name.startswith("#") or ":" in name or not name:
        return ""  # (a parser function, a magic word with an argument)
    if _REFLIST.match(name):
        return f"\n{_NOTES}\n"
    fields = [(named.group(1), named.group(2)) if (named := _NAMED.match(p)) else ("", p) for p in parameters]
    if _INFOBOX.match(name):
        # (a field's value one line: its <br /> a space)
        lines = [f"{key}{_COLON}{value}" if key else value for key, v in fields if (value := _flat(v, " "))]
        return "".join(f"\n\n{line}" for line in lines) + "\n\n"  # (each a paragraph of its own)
    values = [_flat(v) for _, v in fields]
    return " ".join(v for v in values if _WORDS.search(v) and not _URL.fullmatch(v))


def _flat(value: str, breaks: str | None = None) -> str:
    """A value's lines as one (its HTML line breaks as ``breaks`` when given)."""
    return join_wrapped((_BREAK.sub(breaks, value) if breaks is not None else value).split("\n"))


class _Lines:
    """Rendered lines from source lines: headings, lists, tables, paragraphs."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.paragraph: list[str] = []
        self.numbers: dict[int, int] = {}  # a numbered list's count at each depth
        self.table: list[list[str]] | None = None
        self.depth = 0  # tables open

    def read(self, source: list[str]) -> list[str]:
        for line in source:
            stripped = line.strip()
            if stripped.startswith("{|"):
                self._flush()
                self.depth += 1
                self.table = self.table if self.table is not None else []
                continue
            if self.depth:
                self._row(stripped)
                continue
            if not stripped.startswith("#"):
                self.numbers = {}
            if heading := _HEADING.fullmatch(stripped):
                self._flush()
                self.lines.append(_inline(heading.group(2)))
            elif not stripped or _RULE.fullmatch(stripped) or stripped == _NOTES:
                self._flush()
                if stripped == _NOTES:
                    self.lines.append(_NOTES)
            elif stripped[0] in "*#:;":
                self._flush()
                self._item(stripped)
            elif line.startswith(" "):  # (preformatted: a line of its own)
                self._flush()
                self.lines.append(_inline(stripped))
            else:
                self.paragraph.append(stripped)
        self._flush()
        if self.table:
            self._rows()
        return self.lines

    def _item(self, stripped: str) -> None:
        marks = re.match(r"[*#:;]+", stripped)
        depth = len(marks.group(0)) if marks else 0
        said = stripped[depth:].strip()
        if marks and marks.group(0).endswith("#"):
            self.numbers = {d: n for d, n in self.numbers.items() if d <= depth}
            self.numbers[depth] = self.numbers.get(depth, 0) + 1
            said = f"{self.numbers[depth]}. {said}"
        elif marks and marks.group(0).endswith(";") and " : " in said:
            term, definition = said.split(" : ", 1)
            said = f"{term.strip()}{_COLON}{definition.strip()}"
        self.lines.append(_inline(said))

    def _row(self, stripped: str) -> None:
        """A line inside a table: its end, a caption, a row break, header or data cells, or a cell's next
        line."""
        assert self.table is not None
        if stripped.startswith("|}"):
            self.depth -= 1
            if not self.depth:
                self._rows()
        elif stripped.startswith("|+"):
            self.lines.append(_inline(_cell(stripped[2:])))
        elif stripped.startswith("|-"):
            self.table.append([])
        elif stripped[:1] in ("!", "|"):
            separator = r"\|\||!!" if stripped[0] == "!" else r"\|\|"
            if not self.table:
                self.table.append([])
            self.table[-1].extend(_cell(cell) for cell in re.split(separator, stripped[1:]))
        elif stripped and self.table and self.table[-1]:
            self.table[-1][-1] = join_wrapped([self.table[-1][-1], stripped])

    def _rows(self) -> None:
        rows = [[_inline(c.replace(_LINE, " ")) for c in row] for row in self.table or []]
        rows = [row for row in rows if any(row)]
        width = max((len(row) for row in rows), default=0)
        self.lines.extend(
            TABLE_CELL.join(c or EMPTY_CELL for c in row + [""] * (width - len(row))) for row in rows
        )
        self.table = None

    def _flush(self) -> None:
        if self.paragraph:
            self.lines.append(_inline(join_wrapped(self.paragraph)))
            self.paragraph = []


def _cell(cell: str) -> str:
    """A cell's content, its attributes (style="…" |) dropped."""
    head, bar, content = cell.partition("|")
    return content.strip() if bar and _ATTRIBUTES.search(head) else cell.strip()


def _inline(text: str) -> str:
    """A line's text: bold and italic marks, HTML tags and magic words dropped, entities decoded."""
    text = _MAGIC.sub("", _TAG.sub("", _APOSTROPHES.sub("", text)))
    return html.unescape(" ".join(text.split()))
