"""A diagrams.net / draw.io drawing (.drawio: an ``<mxfile>`` of ``<diagram>`` pages — a county's 办事流程图
or 组织架构图 as draw.io, its desktop app and the editors built on it save it): the text of each cell of
each page, in the order the page holds them (mxGraph writes a diagram's cells in the order they were added, a
container before what it holds), a line per line of each cell's label. A page is its ``<mxGraphModel>``
written out, or — as draw.io saved by default until 2020 and still does when told to — that model's XML
URL-encoded, deflated (raw deflate; a zlib stream read too) and base64-encoded as the ``<diagram>``'s text.
A file that is one ``<mxGraphModel>`` (draw.io's XML export) is its one page.

A page's name is a heading line above its cells, unless it is draw.io's default (Page-1, 第 1 页). A cell's
label is its ``value`` attribute; a cell wrapped in a ``<UserObject>`` or ``<object>`` (one given data or a
link) is labelled by the wrapper's ``label``, its ``%name%`` placeholders filled from the wrapper's data when
it says ``placeholders="1"``. A label in HTML (the cell's style says ``html=1``, draw.io's default) is read as
its text: tags dropped, ``<br>``, ``<div>``, ``<p>``, ``<li>`` and a table row's end line breaks, entities
decoded (&nbsp; a space), so 0851-<span>5222910</span> reads 0851-5222910. A cell is one line, its label's
lines joined by spaces: a box's lines are one statement wrapped to its width. Edges' labels (是, 否, 审核通过)
are lines too, where the edge stands. Styles, geometry, ids, links, tooltips and other data are no text; the
title is none (a drawing's first cell is its heading, read as the first line).

Bounded: the file as text is, each compressed page unpacked within what is left of mindmap.MAX_PART_BYTES
(a zipped map's or drawing's part), the pages' unpacked XML together within it too, so a few kB of deflate
promising gigabytes is refused; a page that is no base64, no deflate or cut short is refused in one line.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import zlib
from typing import Any
from urllib.parse import unquote

from indexer.decode import DocumentError
from indexer.kml import local_name, xml_root
from indexer.mindmap import MAX_PART_BYTES
from indexer.worddoc import DocumentTooLarge

_DEFAULT_PAGE = re.compile(r"(?:Page|页面)[-\s]?\d+|第\s*\d+\s*页", re.IGNORECASE)
_HTML_STYLE = re.compile(r"(?:^|;)\s*html\s*=\s*1\s*(?:;|$)")
_BREAK = re.compile(r"<\s*(?:br|/?div|/?p|/?li|/?h[1-6]|/tr|/?ul|/?ol)\b[^<>]*>", re.IGNORECASE)
_CELL_END = re.compile(r"<\s*/t[dh]\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_PLACEHOLDER = re.compile(r"%([^%\s]{1,100})%")
_WRAPPERS = ("UserObject", "object")


def read_drawio(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .drawio file's bytes (see the module's docstring)."""
    root = xml_root(data, name, ("mxfile", "mxGraphModel"), "draw.io diagram")
    pages = [root] if local_name(root) == "mxGraphModel" else [d for d in root if local_name(d) == "diagram"]
    budget = [MAX_PART_BYTES]  # (unpacked XML left to read)
    lines: list[str] = []
    for number, page in enumerate(pages, 1):
        model = _model(page, name, number, budget)
        if model is None:
            continue
        cells = [line for cell in model.iter() for line in _label(cell)]
        heading = " ".join((page.get("name") or "").split())
        if cells and heading and not _DEFAULT_PAGE.fullmatch(heading):
            lines.append(heading)
        lines.extend(cells)
    if not lines:
        raise DocumentError(name, "has no shapes or connectors with text; nothing to index")
    return "\n".join(lines), None


def _model(page: Any, name: str, number: int, budget: list[int]) -> Any:
    """A page's <mxGraphModel>: the element, or the one its compressed text holds; None for an empty
    page."""
    if local_name(page) == "mxGraphModel":
        return page
    model = next((child for child in page if local_name(child) == "mxGraphModel"), None)
    if model is not None:
        return model
    packed = "".join((page.text or "").split())
    if not packed:
        return None
    xml = _unpacked(packed, name, number, budget)
    return xml_root(xml.encode("utf-8"), name, "mxGraphModel", "draw.io diagram page")


def _unpacked(packed: str, name: str, number: int, budget: list[int]) -> str:
    """A compressed page's XML: base64, then raw deflate (or a zlib stream), then URL-decoding, within what
    is left of the budget."""
    what = f"holds a compressed page (page {number}) that is not readable"
    try:
        raw = base64.b64decode(packed, validate=True)
    except binascii.Error as e:
        raise DocumentError(name, f"{what} (it is no base64: {e}); save it again in draw.io") from None
    out = b""
    for wbits in (-zlib.MAX_WBITS, zlib.MAX_WBITS):
        unpacker = zlib.decompressobj(wbits)
        try:
            out = unpacker.decompress(raw, budget[0] + 1)
        except zlib.error as e:
            if wbits > 0:
                raise DocumentError(name, f"{what} (no deflate stream: {e}); save it again") from None
            continue
        if len(out) > budget[0] or unpacker.unconsumed_tail:
            raise DocumentTooLarge(
                name,
                f"is refused: its pages unpack to over {MAX_PART_BYTES:,} bytes, the mark of a decompression "
                "bomb; save it uncompressed or split it",
            )
        if not unpacker.eof:
            raise DocumentError(name, f"{what} (its deflate stream is cut short); save it again")
        break
    budget[0] -= len(out)
    try:
        said = out.decode("utf-8")
    except UnicodeDecodeError:
        raise DocumentError(name, f"{what} (it unpacks to no text); save it again") from None
    return unquote(said) if "%" in said else said


def _label(cell: Any) -> list[str]:
    """A cell's label's lines: an mxCell's value, a wrapper's label (placeholders filled), HTML read as its
    text when the style says so."""
    kind = local_name(cell)
    if kind == "mxCell":
        said, style = cell.get("value"), cell.get("style") or ""
    elif kind in _WRAPPERS:
        said = cell.get("label")
        inner = next((child for child in cell if local_name(child) == "mxCell"), None)
        style = (inner.get("style") if inner is not None else None) or ""
        if said and cell.get("placeholders") == "1":
            said = _PLACEHOLDER.sub(lambda m: cell.get(m.group(1), m.group(0)), said)
    else:
        return []
    if not said or not said.strip():
        return []
    if _HTML_STYLE.search(style):
        said = _html_text(said)
    # (one line a cell: a box's lines are one statement wrapped to its width — 乡镇农业站初审 / 3个工作日内
    # 完成, 公示期内对面积或金额 / 提出异议 — read apart they had been fragments no answer could quote)
    line = " ".join(part for part in (" ".join(piece.split()) for piece in said.split("\n")) if part)
    return [line] if line else []


def _html_text(label: str) -> str:
    """An HTML label's text: its source line breaks spaces, its break and block tags line breaks, a table
    cell's end a space, other tags dropped, entities decoded."""
    if "<" not in label and "&" not in label:
        return " ".join(label.split())
    text = _BREAK.sub("\n", label.replace("\r", " ").replace("\n", " "))
    return html.unescape(_TAG.sub("", _CELL_END.sub(" ", text)))
