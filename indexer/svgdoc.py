"""An .svg file as a document: a 「一图读懂」 infographic or a chart a 政务 site publishes as SVG (秀米 and
Illustrator export them so), read as the text it draws.

Each ``<text>`` element is a line, in document order; its ``<tspan>`` runs are one line with it (a figure
set in its own colour, 认养期限不少于<tspan>3</tspan>年, is part of its sentence), except a run positioned
on a line of its own (``x`` with ``y`` or ``dy``: multi-line text), which starts one. White space collapses
as SVG renders it. ``<foreignObject>`` HTML is read as text too; what is never drawn is not: ``<title>`` (the
document's title instead), ``<desc>``, ``<metadata>``, ``<style>``, ``<script>``, and the templates in
``<defs>``, ``<symbol>``, ``<clipPath>``, ``<mask>`` and ``<pattern>``. The parser is xmldoc.py's: internal
entities within libxml2's cap, never an external one.
"""

from __future__ import annotations

import re
from typing import Any

from indexer.decode import DocumentError

_UNDRAWN = frozenset(
    "title desc metadata style script defs symbol clipPath mask pattern marker linearGradient "
    "radialGradient".split()
)
_SPACE = re.compile(r"\s+")


def read_svg(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an .svg file's bytes; the title is the ``<title>`` of the root element, if any."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities="internal", no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise DocumentError(name, f"is not a well-formed SVG image ({e}); export it again") from None
    if root is None or _local(root) != "svg":
        raise DocumentError(name, "is not an SVG image (its root element is not <svg>)")
    title = next((_flat(e) for e in root if _local(e) == "title" and _flat(e)), None)
    lines: list[str] = []
    _walk(root, lines)
    return "\n".join(line for line in lines if line), title


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _flat(element: Any) -> str:
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


def _walk(element: Any, lines: list[str]) -> None:
    for child in element:
        local = _local(child)
        if local in _UNDRAWN or not local:
            continue
        if local == "text":
            lines.extend(_text_lines(child))
        elif local == "foreignObject":
            lines.extend(_SPACE.sub(" ", part).strip() for part in child.itertext())
        else:
            _walk(child, lines)


def _text_lines(text: Any) -> list[str]:
    """A ``<text>``'s lines: its runs joined, a new line at each run positioned below the one before."""
    out = [text.text or ""]
    _runs(text, out)
    return [_SPACE.sub(" ", line).strip() for line in out]


def _runs(element: Any, out: list[str]) -> None:
    for run in element:
        local = _local(run)
        below = local == "tspan" and run.get("x") is not None and (run.get("dy") or run.get("y"))
        if below and out[-1].strip():
            out.append("")
        if local and local not in _UNDRAWN:
            out[-1] += run.text or ""
            _runs(run, out)
        out[-1] += run.tail or ""  # (what follows a run is on the run's line)
