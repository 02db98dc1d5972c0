"""A mind map as a document: XMind's (.xmind — a zip; XMind Zen and later write ``content.json``, XMind 8
``content.xml``), FreeMind's or Freeplane's (.mm, XML) and 百度脑图's / KityMinder's (.km, JSON: read_km) —
a county's 考核细则 or 政策要点 drawn as a tree (eval/policy38, written blind). Each topic is a line, in the
tree's order (a topic, then the topics under it): its title, then its labels and its note (XMind's plain
note) — 合格（80—89分） 绩效奖励400元 (a KityMinder node's Markdown note the lines of its paragraphs after
it). A FreeMind
node's text is its ``TEXT`` attribute (entities decoded) or, when it is rich, the HTML of its
``<richcontent TYPE="NODE">`` as text; a node's ``<richcontent TYPE="NOTE">`` (Freeplane's ``DETAILS`` too)
is a line of its own after it. A topic's paragraphs or wrapped lines are one line: joined with nothing after
a mark that leads on (24小时报案电话：0458-8163729), else a space. Markers, styles, positions, ids and
times are no text.

An XMind file holding ``content.json`` is read from it alone: the ``content.xml`` beside it is the warning
sheet XMind writes for its old versions (该文件无法正常打开…), no content. The title is the first sheet's
central topic (a FreeMind map's root node).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from indexer.decode import DocumentError, decode_bytes
from indexer.jsondoc import json_document
from indexer.kml import local_name, xml_root
from indexer.softwrap import join_wrapped
from indexer.webpage import read_markdown

MAX_PART_BYTES = 50 * 1024 * 1024  # a zipped diagram's or map's part, unpacked
# a line ending in a mark that leads on (a full-width colon, comma, enumeration comma, semicolon, an opening
# bracket or quote) runs on into the next: 电话：/0458-…, 户口簿、/“一卡通”存折
_CUT_NUMBER = re.compile(r"\d-$")
_RUNS_ON = re.compile("[\uff1a\uff0c\u3001\uff1b\uff08\u201c\u3010\u300a]$")
_BULLET = re.compile(r"^\s*[-*+]\s+(?:\[[ xX]\]\s+)?")  # a Markdown note's bullet (and checkbox)
# where a Markdown note's line starts a block of its own (a heading, a list item, a quote, a table row, a
# code fence) rather than going on with the paragraph above
_MD_BLOCK = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|\d{1,9}[.)]\s|>|\|)")
_MD_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, zlib.error, EOFError, NotImplementedError, RuntimeError)


def one_line(lines: list[str]) -> str:
    """A topic's (a shape's) lines as one: each line's spaces collapsed, joined with nothing after a mark
    that leads on (电话：/0458-…) or inside a number (0415-/5512345), else a space."""
    out = ""
    for line in lines:
        said = " ".join(line.split())
        if not said:
            continue
        cut = _CUT_NUMBER.search(out) and said[0].isdigit()  # (0415-/5512345: a number wrapped)
        out += said if not out or cut or _RUNS_ON.search(out) else " " + said
    return out


def zip_part(data: bytes, name: str, part: str, kind: str) -> bytes | None:
    """A part of a zip the caller has checked (wordx.check_docx_zip), bounded; None when it has none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo(part)
            except KeyError:
                return None
            if info.file_size > MAX_PART_BYTES:
                raise DocumentError(name, f"holds a {part} of {info.file_size:,} bytes, over those read")
            with archive.open(info) as stream:
                said = stream.read(MAX_PART_BYTES + 1)
    except DocumentError:
        raise
    except _ZIP_ERRORS as e:
        raise DocumentError(name, f"is not a readable {kind} ({e}); save it again") from e
    if len(said) > MAX_PART_BYTES:
        raise DocumentError(name, f"holds a {part} over the {MAX_PART_BYTES:,} bytes read")
    return said


def read_xmind(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an .xmind file's bytes (its zip checked by the caller): a line per topic."""
    content = zip_part(data, name, "content.json", ".xmind")
    if content is not None:
        try:
            sheets = json.loads(decode_bytes(content, name=name))
        except ValueError as e:
            raise DocumentError(name, f"holds a content.json that is not valid JSON ({e})") from None
        if isinstance(sheets, dict):
            sheets = [sheets]
        roots = (
            [s.get("rootTopic") for s in sheets if isinstance(s, dict)] if isinstance(sheets, list) else []
        )
        topics = [list(_json_topics(root)) for root in roots if isinstance(root, dict)]
    else:
        xml = zip_part(data, name, "content.xml", ".xmind")
        if xml is None:
            raise DocumentError(name, "is a zip holding no content.json nor content.xml; it is no .xmind")
        root = xml_root(xml, name, "xmap-content", "XMind map")
        topics = []
        for sheet in (child for child in root if local_name(child) == "sheet"):
            central = next((child for child in sheet if local_name(child) == "topic"), None)
            if central is not None:
                topics.append(list(_xml_topics(central)))
    return _lines(topics, name)


def _lines(sheets: list[list[str]], name: str) -> tuple[str, str | None]:
    lines = [line for sheet in sheets for line in sheet if line]
    if not lines:
        raise DocumentError(name, "holds no topics with text; nothing to index")
    title = next((sheet[0] for sheet in sheets if sheet and sheet[0]), None)
    return "\n".join(lines), title


def _json_topics(root: dict[str, Any]) -> Iterator[str]:
    """A content.json topic's line, then its children's (attached, then detached, callouts, summaries …), in
    order (iteratively: a tree nested deep must not exhaust the stack)."""
    stack: list[Any] = [root]
    while stack:
        topic = stack.pop()
        if not isinstance(topic, dict):
            continue
        notes = topic.get("notes")
        plain = notes.get("plain") if isinstance(notes, dict) else None
        note = plain.get("content") if isinstance(plain, dict) else None
        labels = topic.get("labels")
        said = [
            _string(topic.get("title")),
            *(_string(label) for label in (labels if isinstance(labels, list) else [])),
            _string(note),
        ]
        yield one_line([line for part in said for line in part.split("\n")])
        children = topic.get("children")
        held: list[Any] = []
        if isinstance(children, dict):
            for kind in children.values():
                if isinstance(kind, list):
                    held.extend(kind)
        stack.extend(reversed(held))


def _xml_topics(root: Any) -> Iterator[str]:
    """A content.xml topic's line (its title, labels and plain note), then its children's, in order."""
    stack = [root]
    while stack:
        topic = stack.pop()
        said: list[str] = []
        notes: list[str] = []
        held: list[Any] = []
        for child in topic:
            kind = local_name(child)
            if kind == "title":
                said.append("".join(child.itertext()))
            elif kind == "labels":
                said.extend("".join(c.itertext()) for c in child if local_name(c) == "label")
            elif kind == "notes":
                notes.extend("".join(c.itertext()) for c in child if local_name(c) == "plain")
            elif kind == "children":
                for topics in (c for c in child if local_name(c) == "topics"):
                    held.extend(t for t in topics if local_name(t) == "topic")
        yield one_line([line for part in (*said, *notes) for line in part.split("\n")])
        stack.extend(reversed(held))


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def read_freemind(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of a FreeMind or Freeplane .mm file's bytes: a line per node, one per node's note."""
    root = xml_root(data, name, "map", "FreeMind map")
    lines: list[str] = []
    title: str | None = None
    stack = [child for child in reversed(root) if local_name(child) == "node"]
    while stack:
        node = stack.pop()
        text = node.get("TEXT") or ""
        notes: list[str] = []
        for rich in (child for child in node if local_name(child) == "richcontent"):
            kind = (rich.get("TYPE") or "").upper()
            html = "".join(_markup(part) for part in rich)
            if kind == "NODE" and not text.strip():
                text = html_text(html)
            elif kind in ("NOTE", "DETAILS"):
                notes.append(one_line(html_text(html).split("\n")))
        said = one_line(text.split("\n"))
        if said and title is None:
            title = said
        lines.extend(line for line in (said, *notes) if line)
        stack.extend(child for child in reversed(node) if local_name(child) == "node")
    if not lines:
        raise DocumentError(name, "holds no nodes with text; nothing to index")
    return "\n".join(lines), title


def read_km(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a 百度脑图 / KityMinder .km file's bytes (JSON: ``{"root": {"data": {"text", "note",
    …}, "children": […]}}``): a line per node, in the tree's order, its text and its tags (``resource``) as
    an XMind topic's title and labels are; its note (Markdown) the lines of its paragraphs after it, their
    marks dropped as a .md file's are (webpage.read_markdown), bullets too. Links, images, priorities,
    progress, ids, times, the template and the theme are no text."""
    document = json_document(data, name, "it is no KityMinder map; export it again")
    root = document.get("root") if isinstance(document, dict) else None
    if not isinstance(root, dict):
        raise DocumentError(name, "is JSON but no KityMinder map (it has no root node); export it again")
    lines: list[str] = []
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        said = node.get("data")
        said = said if isinstance(said, dict) else {}
        tags = said.get("resource")
        topic = [_string(said.get("text")), *(_string(t) for t in (tags if isinstance(tags, list) else []))]
        lines.append(one_line([line for part in topic for line in part.split("\n")]))
        lines.extend(_note_lines(_string(said.get("note"))))
        children = node.get("children")
        stack.extend(reversed(children if isinstance(children, list) else []))
    return _lines([lines], name)


def _note_lines(note: str) -> list[str]:
    """A Markdown note's lines: a paragraph's (a list item's) wrapped lines one (softwrap.join_wrapped), a
    heading, a table row and a code block's lines each a line, marks and bullets dropped."""
    logical: list[list[str]] = []
    fenced = goes_on = False  # (inside a code block; the last line may go on on the next)
    for line in note.splitlines():
        if _MD_FENCE.match(line) or fenced:
            fenced = fenced != bool(_MD_FENCE.match(line))
            logical.append([line])
            goes_on = False
        elif not line.strip():
            goes_on = False
        elif goes_on and not _MD_BLOCK.match(line):
            logical[-1].append(line)
        else:
            logical.append([line])
            goes_on = not _MD_BLOCK.match(line) or line.lstrip()[0] not in "#|>"
    text = "\n".join(parts[0] if len(parts) == 1 else join_wrapped(parts) for parts in logical)
    said = (" ".join(_BULLET.sub("", line).split()) for line in read_markdown(text).split("\n"))
    return [line for line in said if line]


def _markup(element: Any) -> str:
    """An element of a richcontent (its <html>) as markup again, namespaces and all, for the page reader."""
    from lxml import etree

    return etree.tostring(element, encoding="unicode", with_tail=False)
