"""A reStructuredText document (.rst: a Sphinx or Read the Docs site's source, a project's 办事指南 kept in
a repository) as what its rendered page shows, parsed with docutils and its document tree walked.

Titles (the document's, its subtitle, each section's) are heading lines; a paragraph is a line, its source
lines joined (without a space beside a Chinese character); a bullet or numbered item a line (1. 2. …
numbered as rendered); a definition list's term a line, then its definition; a field list and the
document's bibliographic fields ``name: value`` lines (作者, 日期 … in docutils' Chinese labels); a table
— grid, simple, csv-table or list-table — its title, then a line per row, cells joined by `` | `` as a
spreadsheet's are; an admonition its text after its label (注意：…, 警告：…, 注解：… or its own title); a
literal block, a line block and a footnote's text their lines. Substitutions are resolved (|amount| reads
as its replacement), a footnote or citation mark is no text in its sentence (500元[1] reads 500元), and a
link is its words. Comments (``..`` a draft's figure kept as a note), targets, images, a generated table of
contents and directives' errors are no text.

Sphinx's roles and directives, which docutils alone does not know, are registered (once a process) as their
text: :ref:`申报条件 <cond>` reads 申报条件, a code-block its lines, a seealso, only or versionchanged its
content, a toctree and an index entry nothing. Parsed safely: no file or URL is read (``include``,
``csv-table :file:``, ``raw :file:`` disabled), ``raw`` is off, no docutils.conf is read and no report is
printed. A file docutils cannot parse (it raises on it) still reads as the text it is, a line per line with
its section underlines dropped: it is a text file. Bounded at MAX_RST_BYTES (docutils parses about 2 MB a
second). The title is the document's.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from indexer.decode import DocumentError, decode_bytes
from indexer.text import CJK_CLASS
from indexer.worddoc import DocumentTooLarge

MAX_RST_BYTES = 4 * 1024 * 1024
_SETTINGS = {
    **{"report_level": 5, "halt_level": 5, "warning_stream": False, "traceback": True},
    **{"file_insertion_enabled": False, "raw_enabled": False, "_disable_config": True},
    **{"language_code": "zh_cn", "syntax_highlight": "none", "input_encoding": "unicode"},
}
_WIDE = f"{CJK_CLASS}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026"
_BREAK = re.compile(f"(?<=[{_WIDE}])[ \t]*\n[ \t]*|[ \t]*\n[ \t]*(?=[{_WIDE}])")
_ADORNMENT = re.compile(r"([=\-`:'\"~^_*+#.<>])\1{2,}")
# what is no text: comments, a substitution's definition (its references hold its text), a directive's error
# and what it quotes, images, raw markup, a footnote's or citation's mark in a sentence
_SKIPPED = frozenset(
    (
        *("comment", "substitution_definition", "system_message", "raw"),
        *("image", "footnote_reference", "citation_reference", "label", "pending", "meta", "transition"),
        *("colspec", "decoration"),
    )
)
_MARKS = ("footnote_reference", "citation_reference")
_BLOCKS = frozenset(
    ("section", "block_quote", "compound", "container", "sidebar", "topic", "legend", "footnote", "citation")
)
# Sphinx's roles (:ref:`标题 <label>` reads 标题) and directives, which docutils alone does not know: a role
# is its text, a code block its lines, a toctree or an index entry nothing, the rest their content
_SPHINX_ROLES = (
    *("ref", "doc", "term", "numref", "download", "any", "abbr", "command", "dfn", "file", "guilabel"),
    *("kbd", "menuselection", "program", "samp", "envvar", "option", "keyword", "class", "func", "meth"),
    *("mod", "attr", "data", "obj", "exc", "const"),
)
_SPHINX_EMPTY = ("toctree", "index", "highlight", "tabularcolumns", "literalinclude", "automodule")
_SPHINX_BLOCKS = (
    *("seealso", "only", "glossary", "hlist", "versionadded", "versionchanged", "deprecated", "centered"),
    *("productionlist", "tab", "tabs"),
)
_TARGETED = re.compile(r"\s*(.*?)\s*<[^<>]*>\s*", re.DOTALL)
_ROMAN: tuple[tuple[int, str], ...] = (
    *((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl")),
    *((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")),
)


def read_rst(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an .rst file's bytes: its headings, paragraphs, list items, fields and table rows."""
    from docutils.core import publish_doctree
    from docutils.languages import get_language

    if len(data) > MAX_RST_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_RST_BYTES:,} a reStructuredText file is read to"
        )
    source = decode_bytes(data, name=name)
    try:
        _sphinx()
        document = publish_doctree(source, settings_overrides=_SETTINGS)
        walker = _Walker(get_language("zh_cn").labels)
        walker.walk(document)
    except Exception:  # (docutils on a file it cannot parse, whatever it raises: read as the text it is)
        return _plain(source, name), None
    lines = [line for line in walker.lines if line]
    if not lines:
        raise DocumentError(name, "has no text outside comments and directives; nothing to index")
    title = " ".join(str(document.get("title") or "").split())
    return "\n".join(lines), title or None


@cache
def _sphinx() -> None:
    """Register Sphinx's roles and directives (once a process) as what their text is."""
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives, roles

    class AnyOptions(dict[str, Any]):  # (a Sphinx directive's options, whichever: none is read)
        def __missing__(self, key: str) -> Any:
            return directives.unchanged

    def text_role(
        role: str, raw: str, text: str, line: int, inliner: Any, options: Any = None, content: Any = None
    ) -> tuple[list[Any], list[Any]]:
        said = m.group(1) if (m := _TARGETED.fullmatch(text)) and m.group(1) else text.strip("<>")
        return [nodes.Text(said.lstrip("~!"))], []

    class Sphinx(Directive):
        optional_arguments = 1
        final_argument_whitespace = True
        has_content = True
        option_spec = AnyOptions(name=directives.unchanged)

        def run(self) -> list[Any]:
            if self.name in _SPHINX_EMPTY:
                return []
            if self.name not in _SPHINX_BLOCKS:  # (code-block, sourcecode, code: its lines)
                return [nodes.literal_block(text="\n".join(self.content))]
            block = nodes.container()
            if self.arguments and self.name != "only":  # (versionchanged:: 2.0 说明 — only's is a tag)
                block += nodes.paragraph(text=self.arguments[0])
            self.state.nested_parse(self.content, self.content_offset, block)
            return [block]

    for role in _SPHINX_ROLES:
        roles.register_local_role(role, text_role)
    for directive in (*_SPHINX_EMPTY, *_SPHINX_BLOCKS, "code-block", "sourcecode"):
        directives.register_directive(directive, Sphinx)


def _plain(source: str, name: str) -> str:
    lines = [" ".join(line.split()) for line in source.splitlines()]
    lines = [line for line in lines if line and not _ADORNMENT.fullmatch(line)]
    if not lines:
        raise DocumentError(name, "has no text; nothing to index")
    return "\n".join(lines)


def _inline(node: Any) -> str:
    """A text element's words, on one line: its source lines joined, footnote marks and images none."""
    parts: list[str] = []

    def collect(child: Any) -> None:
        if child.tagname == "#text":
            parts.append(child.astext())
        elif child.tagname in _MARKS and parts:
            parts[-1] = parts[-1].rstrip()  # (the space before a footnote's mark: 500元 [1]。 reads 500元。)
        elif child.tagname not in _SKIPPED:
            for grandchild in child.children:
                collect(grandchild)

    collect(node)
    return " ".join(_BREAK.sub("", "".join(parts)).split())


class _Walker:
    """The document tree's blocks as lines, in order."""

    def __init__(self, labels: dict[str, str]) -> None:
        from docutils.nodes import TextElement

        self.labels = labels
        self.lines: list[str] = []
        self.text_element = TextElement

    def walk(self, node: Any) -> None:
        tag = node.tagname
        if tag in _SKIPPED or (tag == "topic" and "contents" in node.get("classes", ())):
            return
        if tag in ("literal_block", "doctest_block", "math_block"):
            self.lines.extend(" ".join(line.split()) for line in node.astext().splitlines())
        elif tag in ("bullet_list", "enumerated_list"):
            self._list(node)
        elif tag == "field":
            field, value = _inline(node.children[0]), self._text_of(node.children[1:])
            self.lines.append(f"{field}: {value}" if value else field)
        elif tag == "table":
            self._table(node)
        elif tag in self.labels and tag not in ("contents", "abstract", "dedication"):
            # a bibliographic field (author, date …) or an admonition (note, warning …): its label first
            text = isinstance(node, self.text_element)
            body = (
                [said] if text and (said := _inline(node)) else [] if text else self._lines_of(node.children)
            )
            if tag == "authors":  # (作者群: 甲、乙 — each author its name, not a labelled line)
                body = ["、".join(_inline(author) for author in node.children)]
            if body:
                colon = ": " if node.parent is not None and node.parent.tagname == "docinfo" else "："
                self.lines += [self.labels[tag] + colon + body[0], *body[1:]]
        elif tag == "admonition" and node.children and node.children[0].tagname == "title":
            body = self._lines_of(node.children[1:])
            label = _inline(node.children[0])
            self.lines += [f"{label}：{body[0]}", *body[1:]] if body else [label]
        elif isinstance(node, self.text_element):  # a title, a paragraph, a term, a caption, a line …
            self.lines.append(_inline(node))
        else:
            for child in node.children:
                if child.tagname != "#text":
                    self.walk(child)
                elif tag not in _BLOCKS and child.astext().strip():
                    self.lines.append(" ".join(child.astext().split()))

    def _lines_of(self, nodes: list[Any]) -> list[str]:
        kept, self.lines = self.lines, []
        try:
            for node in nodes:
                self.walk(node)
            return [line for line in self.lines if line]
        finally:
            self.lines = kept

    def _text_of(self, nodes: list[Any]) -> str:
        return " ".join(self._lines_of(nodes))

    def _list(self, node: Any) -> None:
        start = int(node.get("start", 1))
        for n, item in enumerate(node.children):
            body = self._lines_of(item.children)
            if body and node.tagname == "enumerated_list":
                mark = _number(start + n, node.get("enumtype", "arabic"))
                body[0] = f"{node.get('prefix', '')}{mark}{node.get('suffix', '.')} {body[0]}"
            self.lines += body

    def _table(self, node: Any) -> None:
        for part in node.children:
            if part.tagname == "title":
                self.lines.append(_inline(part))
            for rows in part.children if part.tagname == "tgroup" else ():
                for row in rows.children if rows.tagname in ("thead", "tbody") else ():
                    cells = [self._text_of(entry.children) for entry in row.children]
                    if any(cells):
                        self.lines.append(" | ".join(cells))


def _number(n: int, kind: str) -> str:
    if kind in ("loweralpha", "upperalpha") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter.upper() if kind == "upperalpha" else letter
    if kind in ("lowerroman", "upperroman") and 0 < n < 4000:
        said = ""
        for value, numeral in _ROMAN:
            while n >= value:
                said, n = said + numeral, n - value
        return said.upper() if kind == "upperroman" else said
    return str(n)
