"""Timed Text (TTML, and DFXP, its earlier name: .ttml, .dfxp): the XML subtitles broadcasters' and video
platforms' tools export, a 政策解读 programme's words among them. Each ``p`` of the body is a cue: its text
(spans entered, ``br`` a line break, metadata and a speaker's agent no text), shown from its ``begin`` to its
``end`` (or ``dur`` after it), times written as a clock (00:00:21.900, 00:00:21:12 in frames) or an offset
(21.9s, 500ms, 120f, 10000000t) and counted from the begin of the div or body holding it. The cues are then
read as any subtitles' are (subtitles.spoken_text): a figure cut between cues (申请要在2026年6 | 月15日前提交:
eval/policy35, written blind) is one again.
"""

from __future__ import annotations

import re
from typing import Any

from indexer.decode import DocumentError

Cue = tuple[float, float, list[str]]
_CLOCK = re.compile(r"^(\d+):(\d{1,2}):(\d{1,2})(?:\.(\d+)|:(\d+(?:\.\d+)?))?$")
_OFFSET = re.compile(r"^(\d+(?:\.\d+)?)(h|ms|m|s|f|t)$")
_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
_PARAMETER = "http://www.w3.org/ns/ttml#parameter"
_OLD_PARAMETER = "http://www.w3.org/2006/10/ttaf1#parameter"
_NOT_SAID = ("metadata", "set", "image", "animation")


def is_ttml(root: Any) -> bool:
    return isinstance(root.tag, str) and root.tag.rsplit("}", 1)[-1] == "tt"


def read_ttml(data: bytes, name: str) -> tuple[list[Cue], str | None]:
    """(start, end, lines) of each cue of a TTML document's bytes, in the order of their start, and the title
    its head's metadata states (ttm:title), if any."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise DocumentError(name, f"is not well-formed XML ({e}); it is no TTML subtitle file") from None
    if root is None or not is_ttml(root):
        raise DocumentError(
            name, "is XML but not Timed Text (its root is no <tt>); it is no TTML subtitle file"
        )
    rates = _rates(root)
    cues: list[Cue] = []
    body = next((c for c in root if _local(c) == "body"), None)
    if body is not None:
        _collect(body, 0.0, rates, cues)
    head = next((c for c in root if _local(c) == "head"), None)
    titles = [] if head is None else [t for t in head.iter() if _local(t) == "title"]
    title = " ".join("".join(titles[0].itertext()).split()) if titles else ""
    return sorted(cues, key=lambda cue: cue[0]), title or None


def _collect(element: Any, offset: float, rates: tuple[float, float], cues: list[Cue]) -> None:
    """The cues under a body or div, each timed from its parent's begin (``offset``)."""
    begin = offset + (_time(element.get("begin"), rates) or 0.0)
    for child in element:
        kind = _local(child)
        if kind == "div":
            _collect(child, begin, rates, cues)
        elif kind == "p":
            start = begin + (_time(child.get("begin"), rates) or 0.0)
            end = _time(child.get("end"), rates)
            duration = _time(child.get("dur"), rates)
            stop = begin + end if end is not None else start + duration if duration is not None else start
            lines = [" ".join(line.split()) for line in _said(child).split("\n")]
            if any(lines):
                cues.append((start, max(stop, start), [line for line in lines if line]))


def _said(element: Any) -> str:
    """A cue's text: its spans' in order, a br a line break."""
    parts = [element.text or ""]
    for child in element:
        kind = _local(child)
        if kind == "br":
            parts.append("\n")
        elif kind and kind not in _NOT_SAID:
            parts.append(_said(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _rates(root: Any) -> tuple[float, float]:
    """(frames per second, ticks per second) the document states: 30 frames, and its frame rate (else 1) in
    ticks, when it does not."""
    frames = _number(_parameter(root, "frameRate")) or 30.0
    multiplier = _parameter(root, "frameRateMultiplier").split()
    if len(multiplier) == 2 and (top := _number(multiplier[0])) and (bottom := _number(multiplier[1])):
        frames = frames * top / bottom
    stated = _parameter(root, "frameRate")
    ticks = _number(_parameter(root, "tickRate")) or (frames if stated else 1.0)
    return frames, ticks


def _parameter(root: Any, name: str) -> str:
    return root.get(f"{{{_PARAMETER}}}{name}") or root.get(f"{{{_OLD_PARAMETER}}}{name}") or ""


def _number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if 0 < number < 1e9 else None


def _time(value: str | None, rates: tuple[float, float]) -> float | None:
    """Seconds of a TTML time expression; None for none or one not understood."""
    value = (value or "").strip()
    if clock := _CLOCK.match(value):
        hours, minutes, seconds, fraction, frames = clock.groups()
        whole = int(hours) * 3600 + int(minutes) * 60 + int(seconds)
        if frames is not None:
            return whole + float(frames) / rates[0]
        return whole + float(f"0.{fraction or 0}")
    if offset := _OFFSET.match(value):
        amount, unit = float(offset.group(1)), offset.group(2)
        if unit == "f":
            return amount / rates[0]
        if unit == "t":
            return amount / rates[1]
        return amount * _SECONDS[unit]
    return None


def _local(element: Any) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
