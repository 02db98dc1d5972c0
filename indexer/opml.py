"""An outline's OPML (.opml: what 幕布, XMind, OmniOutliner and WorkFlowy export — a 培训提纲, a meeting's
agenda): the head's title, then each ``<outline>`` node of the body in document order, a line for its text
and one for its note (``_note``: 幕布's and OmniOutliner's). A node's text is often HTML escaped into the
attribute (2026年9月&lt;span class=&quot;bold&quot;&gt;5&lt;/span&gt;日: a date a bold span cuts,
eval/policy37, written blind) and is read as a page's text is, so the date is whole again. 幕布's
URL-encoded copies of the text and the note (``_mubu_text``, ``_mubu_note``) and every other attribute (a
feed list's xmlUrl, a node's type or creation time) are no text; a node of no ``text`` reads its ``title``
(as some feed readers write it). The title is the head's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.decode import DocumentError
from indexer.kml import local_name, xml_root

_MARKUP = re.compile(r"<(?:/?[A-Za-z][^<>]{0,200}|!--)>?")


def read_opml(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of an .opml file's bytes: the title's line, then a line per node's text and note."""
    root = xml_root(data, name, "opml", "OPML outline")
    head = next((child for child in root if local_name(child) == "head"), None)
    heading = next((c for c in head if local_name(c) == "title"), None) if head is not None else None
    title = " ".join("".join(heading.itertext()).split()) if heading is not None else ""
    lines: list[str] = []
    for body in (child for child in root if local_name(child) == "body"):
        for node in body.iter():
            if local_name(node) != "outline":
                continue
            for said in (node.get("text") or node.get("title") or "", node.get("_note") or ""):
                if _MARKUP.search(said):
                    said = html_text(said)
                lines.extend(" ".join(line.split()) for line in said.split("\n") if line.strip())
    if not lines:
        raise DocumentError(name, "holds no outline nodes with text; nothing to index")
    return "\n".join([title, *lines] if title else lines), title or None
