"""A DocBook document (.dbk, .docbook: DocBook 4 or 5 XML — a manual, a 操作手册 or a 办事指南 as a
technical writer's toolchain (Publican, XMLmind, pandoc's DocBook output) keeps it), parsed with lxml as the
other XML readers parse (kml.xml_root: no network, entities internal only, comments and processing
instructions dropped while parsing, so a ``<!-- 旧标准 -->`` is no text).

The text, in document order: a book's, chapter's, section's (sect1 … sect5, simplesect, appendix, preface …),
admonition's, example's or figure's ``title`` a heading line, its ``subtitle`` a line; a ``para``, ``simpara``
or ``formalpara`` a line (a block inside a para — a list, a table — lines of its own where it stands); an
``itemizedlist``'s items their lines, an ``orderedlist``'s and a ``procedure``'s numbered (1. …), a
``variablelist``'s and a glossary's entries ``term：definition``, a ``simplelist``'s members a line each, a
``segmentedlist``'s segments ``title：value``, a Q&A's question and answer lines of their own (a list item, a
definition or a footnote of bare words, no para, read all the same); a table (``table``, ``informaltable``:
CALS ``tgroup``/``row``/``entry`` or HTML ``tr``/``td``) its title a line, then a line per row, cells joined
by `` | `` and an empty one ``—`` as the other readers' tables are (sheetlayout.TABLE_CELL, EMPTY_CELL), a
cell spanning rows (``morerows``, ``rowspan``) read in each row it spans, one spanning columns
(``namest``/``nameend``, ``colspan``) once, a table in a cell (``entrytbl``) its cells' words;
``programlisting``, ``screen``, ``literallayout`` and ``address`` lines as written. Inline markup (emphasis, a
link, a phrase) is its words, a ``quote`` in quotation marks, a line break in the source between Chinese
characters none (softwrap.join_wrapped). A footnote is taken out of its sentence
(500元<footnote>…</footnote>。 reads 500元。) and read after the text, a line each.

No text: ``remark`` (an editor's note), index terms, a table of contents or index to generate, anchors and
cross-references, images and their alternative text (a ``mediaobject``'s caption is read), and of an
``info`` (``bookinfo``, ``articleinfo`` …) all but its title, subtitle and abstract — authors, dates,
revision history, copyright. An entity DocBook 4's external DTD would define (``&nbsp;``, ``&mdash;``: the
DTD is never loaded) is the character HTML names so. The title is the document's own.

Bounded as text is; nesting is bounded by libxml2 (256 levels), the text by MAX_TEXT_CHARS as it is read.
"""

from __future__ import annotations

import html
import html.entities
import re
from typing import Any

from indexer.decode import DocumentError
from indexer.extracted import check_length
from indexer.kml import local_name, xml_root
from indexer.sheetlayout import EMPTY_CELL, TABLE_CELL
from indexer.softwrap import join_wrapped
from indexer.webpage import MAX_ROWSPAN

ROOTS = (
    *("book", "article", "chapter", "section", "part", "set", "preface", "appendix", "reference"),
    *("sect1", "sect2", "sect3", "sect4", "sect5", "simplesect", "refentry", "glossary", "bibliography"),
    *("partintro", "colophon", "dedication", "acknowledgements", "topic"),
)
_TITLES = ("title", "subtitle", "bridgehead")
_PARAS = ("para", "simpara")
_VERBATIM = ("programlisting", "screen", "literallayout", "address", "synopsis")
_LISTS = ("itemizedlist", "orderedlist", "procedure", "substeps", "stepalternatives", "calloutlist")
_TERMS = ("variablelist", "glosslist", "glossary", "glossdiv")
_TABLES = ("table", "informaltable")
_NO_TEXT = (
    *("remark", "comment", "indexterm", "toc", "lot", "index", "setindex", "anchor", "xref", "co", "coref"),
    *("footnoteref", "alt", "titleabbrev", "imageobject", "videoobject", "audioobject", "textobject"),
    *("inlinemediaobject", "colspec", "spanspec", "annotation", "revhistory", "keywordset"),
)
# what a paragraph may hold that is no inline text: lines of its own where it stands
_BLOCKS = (
    *_PARAS,
    *_VERBATIM,
    *_LISTS,
    *_TERMS,
    *_TABLES,
    *("simplelist", "segmentedlist", "mediaobject", "blockquote", "formalpara", "example", "figure"),
    *("informalexample", "equation", "informalequation", "note", "tip", "warning", "caution", "important"),
    *("danger", "sidebar", "qandaset", "epigraph", "bibliolist", "msgset", "task", "itemizedlist"),
)
# what makes an element a container of blocks, read block by block: a block, a title, a Q&A's parts
_HOLDERS = (*_BLOCKS, *_TITLES, "qandaentry", "qandadiv", "question", "answer", "section", "simplesect")
_COLON = "\uff1a"
_HTML_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")


def read_docbook(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a DocBook file's bytes (see the module's docstring)."""
    root = xml_root(_HTML_ENTITY.sub(_character, data), name, ROOTS, "DocBook document")
    reader = _Reader(name)
    try:
        reader.block(root, reader.lines)
    except RecursionError:
        raise DocumentError(name, "nests its sections or lists too deeply to read") from None
    text = "\n".join(line for line in [*reader.lines, *reader.notes] if line)
    if not text.strip():
        raise DocumentError(name, "has no text in its titles, paragraphs, lists or tables; nothing to index")
    heading = _child(root, "title")
    if (
        heading is None
        and (info := next((c for c in root if local_name(c).endswith("info")), None)) is not None
    ):
        heading = _child(info, "title")
    return text, (reader.inline(heading) or None) if heading is not None else None


def _character(m: re.Match[bytes]) -> bytes:
    """An entity DocBook 4's DTD defines (&nbsp;, &mdash;, &ldquo;: HTML's names) as a reference to its
    character (&#160;: in whatever encoding the file is); an XML one (&amp;) and an unknown name as
    written."""
    said = m.group(1).decode("ascii")
    if said in ("amp", "lt", "gt", "quot", "apos"):
        return m.group()
    character = html.entities.html5.get(f"{said};")
    return "".join(f"&#{ord(c)};" for c in character).encode("ascii") if character else m.group()


def _child(element: Any, tag: str) -> Any:
    return next((child for child in element if local_name(child) == tag), None)


class _Reader:
    """Lines of a document's blocks, its footnotes apart, its size checked as they are added."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: list[str] = []
        self.notes: list[str] = []
        self.size = 0

    def add(self, lines: list[str], line: str) -> None:
        lines.append(line)
        self.size += len(line) + 1
        check_length(self.name, self.size)

    def block(self, element: Any, lines: list[str]) -> None:
        """A container's children in order (a section, an admonition, a list item, the document)."""
        for child in element:
            kind = local_name(child)
            if not kind or kind in _NO_TEXT:
                continue
            if kind in _TITLES:
                self.add(lines, self.inline(child))
            elif kind.endswith("info"):  # (its title and abstract; authors, dates, history no text)
                for part in child:
                    said = local_name(part)
                    if said in _TITLES and _child(element, said) is None:
                        self.add(lines, self.inline(part))
                    elif said == "abstract":
                        self.block(part, lines)
            elif kind in _PARAS:
                self.para(child, lines)
            elif kind in _VERBATIM:
                for line in "".join(self.texts(child)).split("\n"):
                    if line.strip():
                        self.add(lines, line.rstrip())
            elif kind in _LISTS:
                self.items(child, lines, numbered=kind in ("orderedlist", "procedure", "substeps"))
            elif kind in _TERMS:
                self.terms(child, lines)
            elif kind in _TABLES:
                self.table(child, lines)
            elif kind == "simplelist":
                for member in (m for m in child if local_name(m) == "member"):
                    self.add(lines, self.inline(member))
            elif kind == "segmentedlist":
                self.segments(child, lines)
            elif kind == "footnote":
                self.footnote(child)
            elif any(local_name(c) in _HOLDERS or local_name(c).endswith("info") for c in child):
                self.block(child, lines)  # (a section, a list item, an admonition, a figure, a Q&A …)
            else:
                self.add(lines, self.inline(child))  # (a block of inline text: a term, an attribution …)

    def para(self, para: Any, lines: list[str]) -> None:
        """A paragraph's inline text a line; a block inside it lines of their own where it stands."""
        parts: list[str] = [para.text or ""]
        for child in para:
            if local_name(child) in _BLOCKS:
                self.add(lines, _joined(parts))
                self.block(_Only(child), lines)
                parts = [child.tail or ""]
            else:
                parts.extend(self.texts(child, tail=True))
        self.add(lines, _joined(parts))

    def items(self, element: Any, lines: list[str], numbered: bool) -> None:
        start = element.get("startingnumber") or "1"
        number = int(start) if start.isdigit() and len(start) < 7 else 1
        for child in element:
            kind = local_name(child)
            if kind in ("listitem", "step", "callout"):
                said: list[str] = []
                self.block(_Only(child), said)  # (its paras, or its words when it holds no block)
                said = [line for line in said if line]
                if said and numbered:
                    said[0] = f"{number}. {said[0]}"
                lines.extend(said)
                number += 1
            elif kind in _TITLES:
                self.add(lines, self.inline(child))
            elif kind not in _NO_TEXT and kind:
                self.block(_Only(child), lines)

    def terms(self, element: Any, lines: list[str]) -> None:
        """A variable list's or a glossary's entries: ``term：definition``, the definition's further lines
        after it."""
        for child in element:
            kind = local_name(child)
            if kind not in ("varlistentry", "glossentry"):
                if kind and kind not in _NO_TEXT:
                    self.block(_Only(child), lines)
                continue
            terms = [self.inline(t) for t in child if local_name(t) in ("term", "glossterm")]
            said: list[str] = []
            for part in (p for p in child if local_name(p) in ("listitem", "glossdef", "glosssee")):
                self.block(_Only(part), said)
            said = [line for line in said if line]
            term = "\u3001".join(t for t in terms if t)
            if term and said:
                said[0] = f"{term}{_COLON}{said[0]}"
            lines.extend(said or [term])

    def segments(self, element: Any, lines: list[str]) -> None:
        titles = [self.inline(t) for t in element if local_name(t) == "segtitle"]
        for item in (i for i in element if local_name(i) == "seglistitem"):
            for at, seg in enumerate(s for s in item if local_name(s) == "seg"):
                label = titles[at] if at < len(titles) else ""
                self.add(lines, f"{label}{_COLON}{self.inline(seg)}" if label else self.inline(seg))

    def table(self, table: Any, lines: list[str]) -> None:
        """A table's title or caption a line, then each group's rows (see the module's docstring)."""
        for child in table:
            if local_name(child) in ("title", "caption"):
                self.add(lines, self.inline(child) if not len(child) else self.flat(child))
        groups = [g for g in table if local_name(g) == "tgroup"] or [table]
        for group in groups:
            specs = [c for c in group if local_name(c) == "colspec"]
            columns = {c.get("colname"): at for at, c in enumerate(specs)}
            spans = {
                s.get("spanname"): (s.get("namest"), s.get("nameend"))
                for s in group
                if local_name(s) == "spanspec"
            }
            rows: list[Any] = []
            for part in ("thead", "tbody", "tfoot"):
                for section in (s for s in group if local_name(s) == part):
                    rows.extend(r for r in section if local_name(r) in ("row", "tr"))
            rows.extend(r for r in group if local_name(r) == "tr")
            self.rows(rows, columns, spans, lines)

    def rows(self, rows: list[Any], columns: dict[Any, int], spans: dict[Any, Any], lines: list[str]) -> None:
        above: list[tuple[int, int, int, str]] = []  # cells spanning rows: (column, width, rows left, text)
        grid: list[dict[int, tuple[int, str]]] = []  # each row's cells: column → (width, text)
        placed = 0
        for row in rows:
            cells: dict[int, tuple[int, str]] = {start: (width, text) for start, width, _, text in above}
            above = [(c, w, left - 1, t) for c, w, left, t in above if left > 1]
            taken = sorted((start, start + cells[start][0]) for start in cells)
            column = at = 0
            for entry in (e for e in row if local_name(e) in ("entry", "entrytbl", "td", "th")):
                first, last = _placed(entry, columns, spans)
                if first is None:  # (the next column no cell from above spans)
                    first = column
                    while at < len(taken) and taken[at][0] <= first:
                        first = max(first, taken[at][1])
                        at += 1
                width = (last if last is not None else first) - first + 1
                width = min(_count(entry.get("colspan")) or width, MAX_ROWSPAN)
                text = self.flat(entry)
                cells[first] = (width, text)
                down = _count(entry.get("morerows")) or max(_count(entry.get("rowspan")) - 1, 0)
                if down > 0:
                    above.append((first, width, min(down, MAX_ROWSPAN), text))
                column = first + width
            grid.append(cells)
            placed += len(cells)  # (each a cell of at least four characters, its bar with it, once read)
            check_length(self.name, self.size + 4 * placed)
        width = max((start + w for cells in grid for start, (w, _) in cells.items()), default=0)
        for cells in grid:
            said: list[str] = []
            column = 0
            for start in sorted(cells):
                if start < column:
                    continue  # (a cell placed over one spanning from the left)
                said.extend([EMPTY_CELL] * (start - column))
                said.append(cells[start][1] or EMPTY_CELL)
                column = start + cells[start][0]
            said.extend([EMPTY_CELL] * (width - column))
            if any(cell != EMPTY_CELL for cell in said):
                self.add(lines, TABLE_CELL.join(said))

    def footnote(self, note: Any) -> None:
        said: list[str] = []
        if any(local_name(c) in _BLOCKS for c in note):
            self.block(note, said)
        else:  # (its words: a footnote of no para)
            said.append(_joined([note.text or "", *(t for c in note for t in self.texts(c, tail=True))]))
        joined = join_wrapped(line for line in said if line)
        if joined:
            self.add(self.notes, joined)

    def flat(self, element: Any) -> str:
        """An element's lines (a table cell's paragraphs, a caption's) as one; a table in a cell (entrytbl)
        its cells' words in order."""
        if local_name(element) == "entrytbl":
            cells = (self.inline(e) for e in element.iter() if local_name(e) == "entry")
            return " ".join(cell for cell in cells if cell)
        said: list[str] = []
        if any(local_name(c) in _BLOCKS for c in element):
            self.block(element, said)
        else:
            said.append(self.inline(element))
        return " ".join(line for line in said if line)

    def inline(self, element: Any) -> str:
        return _joined(self.texts(element))

    def texts(self, element: Any, tail: bool = False) -> list[str]:
        """An inline element's texts in order: its words, a quote in quotation marks, a footnote taken out
        (read after the text), what is no text dropped."""
        kind = local_name(element)
        parts: list[str] = []
        if not isinstance(element.tag, str):  # (an entity DocBook 4's DTD defines: &nbsp;, &mdash;)
            said = html.unescape(element.text or "")
            parts.append("" if said == element.text else said)
        elif kind == "footnote":
            self.footnote(element)
        elif kind not in _NO_TEXT:
            parts.append("\u201c" if kind == "quote" else "")
            parts.append(element.text or "")
            for child in element:
                parts.extend(self.texts(child, tail=True))
            parts.append("\u201d" if kind == "quote" else "")
        if tail:
            parts.append(element.tail or "")
        return parts


class _Only:
    """One element as the only child of a container, for ``_Reader.block``."""

    def __init__(self, element: Any) -> None:
        self.element = element

    def __iter__(self) -> Any:
        return iter((self.element,))


def _placed(entry: Any, columns: dict[Any, int], spans: dict[Any, Any]) -> tuple[int | None, int | None]:
    """The columns (first, last) a CALS entry names (colname, namest/nameend, spanname); None: unnamed."""
    first_name, last_name = entry.get("namest") or entry.get("colname"), entry.get("nameend")
    if entry.get("spanname") in spans:
        first_name, last_name = spans[entry.get("spanname")]
    first = columns.get(first_name) if first_name else None
    last = columns.get(last_name) if last_name else None
    return first, last if first is not None and last is not None and last >= first else None


def _count(value: str | None) -> int:
    """A span's count as written (0 when missing or no number; big ones cut to MAX_ROWSPAN)."""
    value = (value or "").strip()
    return min(int(value), MAX_ROWSPAN) if value.isdigit() and len(value) < 10 else 0


def _joined(parts: list[str]) -> str:
    """Inline texts as one line: a source line break between Chinese characters none, other whitespace one
    space."""
    return " ".join(join_wrapped("".join(parts).split("\n")).split())
