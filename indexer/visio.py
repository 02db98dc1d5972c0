"""A Visio drawing (.vsdx: a zip of XML parts, as Visio 2013 and later, WPS and 亿图 save it) — a county's
理赔流程图 or 办事流程 (eval/policy38, written blind): the text of each shape of each page, a line per
shape, the pages in the order ``visio/pages/pages.xml`` lists them (else by their number). A shape's
``<Text>`` is its text with the markers in it (``<cp>``, ``<pp>``, ``<tp>``: where a run of character,
paragraph or tab formatting begins; ``<fld>``: where a field stands) left out, their tails kept, so text a
marker cuts joins again (0941-<cp IX='1'/>5121367 reads 0941-5121367); its wrapped lines are one line
(mindmap.one_line). Shapes are read in the order the page holds them, a group's shapes after its own text; a
connector of no text (a flow's arrow) says nothing, one labelled (是, 否) its label. Masters (the stencil's
shapes), geometry and cells are no text. The title is none: a drawing's first shape is its heading, read as
the first line.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from indexer.decode import DocumentError
from indexer.kml import local_name, xml_root
from indexer.mindmap import one_line, zip_part

_MARKERS = ("cp", "pp", "tp", "fld")
_PAGE_NUMBER = re.compile(r"page(\d+)\.xml$", re.IGNORECASE)
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def read_vsdx(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .vsdx file's bytes (its zip checked by the caller): a line per shape of text."""
    lines: list[str] = []
    for part in _pages(data, name):
        page = zip_part(data, name, part, ".vsdx")
        if page is None:
            continue
        root = xml_root(page, name, "PageContents", "Visio page")
        lines.extend(line for line in _shapes(root) if line)
    if not lines:
        raise DocumentError(name, "has no shapes with text; nothing to index")
    return "\n".join(lines), None


def _pages(data: bytes, name: str) -> list[str]:
    """The page parts in the drawing's order: pages.xml's pages through its relationships, else the zip's
    page*.xml by number."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # (checked readable by the caller)
        listed = [n for n in archive.namelist() if re.fullmatch(r"visio/pages/page\d+\.xml", n, re.I)]
    by_number = sorted(listed, key=lambda n: int(_PAGE_NUMBER.search(n).group(1)))  # type: ignore[union-attr]
    index = zip_part(data, name, "visio/pages/pages.xml", ".vsdx")
    rels = zip_part(data, name, "visio/pages/_rels/pages.xml.rels", ".vsdx")
    if index is None or rels is None:
        return by_number
    targets: dict[str, str] = {}
    for rel in xml_root(rels, name, "Relationships", "Visio drawing"):
        target = (rel.get("Target") or "").lstrip("/")
        if rel.get("Id") and target:
            targets[rel.get("Id")] = target if target.startswith("visio/") else f"visio/pages/{target}"
    ordered: list[str] = []
    for page in (p for p in xml_root(index, name, "Pages", "Visio drawing") if local_name(p) == "Page"):
        for rel in (r for r in page if local_name(r) == "Rel"):
            part = targets.get(rel.get(_RELATIONSHIP) or "")
            if part and part not in ordered:
                ordered.append(part)
    return ordered + [n for n in by_number if n not in ordered]


def _shapes(root: Any) -> list[str]:
    """Each shape's text as a line, in the page's order, a group's shapes after its own text."""
    lines: list[str] = []
    for shape in root.iter():
        if local_name(shape) != "Shape":
            continue
        text = next((child for child in shape if local_name(child) == "Text"), None)
        if text is not None:
            lines.append(one_line(_said(text).split("\n")))
    return lines


def _said(text: Any) -> str:
    """A <Text>'s characters: the markers in it dropped, the text after them (their tails) kept."""
    parts: list[str] = [text.text or ""]
    for child in text:
        if local_name(child) not in _MARKERS:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)
