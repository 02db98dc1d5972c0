"""A FictionBook 2 e-book (.fb2: what 掌阅, Calibre and the Russian-speaking libraries export; a policy
reader or a county history laid out as a book): one XML file, in the encoding its prolog declares (UTF-8,
windows-1251, GB2312 …), its images base64 in it.

The text is the book's title, its annotation's paragraphs, then each body in order: a section's or the
body's title a heading line (its paragraphs joined), a paragraph, a subtitle, a poem's lines (``v``), its
stanzas' titles and its author, an epigraph's and a citation's paragraphs and their authors a line each; a
table a line per row, cells joined by `` | `` as a spreadsheet's are. The notes body (``<body
name="notes">``: the book's footnotes) follows the text, each note a line led by its label (1 …, [1] …); a
note's mark in a sentence is no text there (500元<a type="note">1</a> reads 500元, its figure whole).
Images, the ``<binary>`` elements that hold them, the document's and the publisher's information (who
converted it, with what program), genres and keywords are no text. The title is the book's.

Bounded as an e-mail with its attachments is (its images are in it), and parsed with lxml's huge-text option
(a picture's text node passes libxml2's 10 MB): no entity expanded, no DTD loaded, no network.
"""

from __future__ import annotations

import re
from typing import Any

from indexer.decode import DocumentError
from indexer.extracted import MAX_MAIL_BYTES
from indexer.kml import local_name, xml_root
from indexer.sheetlayout import TABLE_CELL
from indexer.text import CJK_CLASS
from indexer.worddoc import DocumentTooLarge

MAX_FB2_BYTES = MAX_MAIL_BYTES
_LINES = ("p", "v", "subtitle", "text-author", "date")  # each a line of its own
_BLOCKS = ("section", "epigraph", "cite", "poem", "stanza", "annotation", "body")  # their blocks in order
_NO_TEXT = ("image", "empty-line", "binary")
_NOTE_BODIES = ("notes", "comments")
_WIDE = f"{CJK_CLASS}\u3000-\u303f\uff00-\uffef"
_BREAK = re.compile(f"(?<=[{_WIDE}])[ \t\r]*\n\\s*|(?<!\\s)\\s*\n[ \t\r]*(?=[{_WIDE}])")


def read_fb2(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an .fb2 file's bytes (see the module's docstring)."""
    if len(data) > MAX_FB2_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_FB2_BYTES:,} an FB2 e-book is read to"
        )
    root = xml_root(data, name, "FictionBook", "FictionBook (FB2) e-book", huge=True)
    info = _path(root, "description", "title-info")
    title = _inline(heading) if (heading := _path(info, "book-title")) is not None else ""
    lines = [title]
    if (annotation := _path(info, "annotation")) is not None:
        _block(annotation, lines)
    notes: list[str] = []
    try:
        for body in (child for child in root if local_name(child) == "body"):
            if (body.get("name") or "").strip().lower() in _NOTE_BODIES:
                _notes(body, notes)
                continue
            start = len(lines)
            _block(body, lines)
            if title and lines[start : start + 1] == [title]:
                del lines[start]  # (a body's title repeating the book's)
    except RecursionError:
        raise DocumentError(name, "nests its sections too deeply to read; re-save it as .epub") from None
    text = "\n".join(line for line in [*lines, *notes] if line)
    if not text.strip():
        raise DocumentError(name, "has no text in its title, annotation or body; nothing to index")
    return text, title or None


def _path(element: Any, *tags: str) -> Any:
    """The first child of ``element`` named ``tags[0]``, then its first named ``tags[1]`` … (None: absent)."""
    for tag in tags:
        if element is None:
            return None
        element = next((child for child in element if local_name(child) == tag), None)
    return element


def _block(element: Any, lines: list[str]) -> None:
    """A block's lines in document order (see the module's docstring)."""
    for child in element:
        kind = local_name(child)
        if kind in _NO_TEXT or not kind:
            continue
        if kind == "title":
            lines.append(" ".join(_inline(p) for p in child if local_name(p) in ("p", "v")) or _inline(child))
        elif kind in _LINES:
            lines.append(_inline(child))
        elif kind == "table":
            for row in (r for r in child if local_name(r) == "tr"):
                cells = [_inline(cell) for cell in row if local_name(cell) in ("th", "td")]
                if any(cells):
                    lines.append(TABLE_CELL.join(cells))
        elif kind in _BLOCKS or len(child):
            _block(child, lines)
        else:
            lines.append(_inline(child))  # (an element a newer FB2 adds: its words)


def _notes(body: Any, notes: list[str]) -> None:
    """The notes body: its title a line, then each note (a section) a line led by its label, its further
    paragraphs lines after it."""
    for child in body:
        if local_name(child) == "title":
            notes.append(" ".join(_inline(p) for p in child if local_name(p) == "p") or _inline(child))
        elif local_name(child) == "section":
            label = _path(child, "title")
            said: list[str] = []
            _block(child, said)
            if label is not None:
                said = said[1:]  # (its title, read as a heading line by _block: the label instead)
            said = [line for line in said if line]
            mark = " ".join(_inline(p) for p in label if local_name(p) == "p") if label is not None else ""
            if said:
                notes.extend([f"{mark} {said[0]}".strip(), *said[1:]])


def _inline(element: Any) -> str:
    """An element's words on one line: its text and its inline elements' (strong, emphasis, a link), a note's
    mark and an image none; a line break between Chinese characters none, other whitespace a space."""
    parts: list[str] = []

    def collect(node: Any) -> None:
        parts.append(node.text or "")
        for child in node:
            kind = local_name(child)
            if kind == "a" and child.get("type") == "note":
                parts[-1] = parts[-1].rstrip()  # (500元 [1]。 reads 500元。)
            elif kind not in _NO_TEXT and kind:
                collect(child)
            parts.append(child.tail or "")

    collect(element)
    return " ".join(_BREAK.sub("", "".join(parts)).split())
