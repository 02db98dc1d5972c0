"""A translation job's XLIFF (.xlf, .xliff: what memoQ, Trados, 雪人CAT and Crowdin exchange — a county's
leaflet sent out for its English or Burmese version): the document is the Chinese side of its translation
units. XLIFF 1.2 (``<file source-language= target-language=>``, ``<trans-unit>``'s ``<source>`` and
``<target>``, units in ``<group>``s or not) and XLIFF 2.0 (``<xliff srcLang= trgLang=>``, a ``<unit>``'s
segments).

The side read is the one whose language the file declares Chinese (zh, zh-CN, zh-Hans …), the source when
both are; when neither is, the side holding more hanzi. A unit whose side is missing or empty (a segment not
translated yet) is read from the other. Each unit is a line. Inline codes are no text: the native code
``<bpt>``, ``<ept>``, ``<ph>`` and ``<it>`` carry (escaped markup, &lt;b&gt;), 1.2's ``<x/>``, ``<bx/>``,
``<ex/>`` and 2.0's ``<ph/>``, ``<sc/>``, ``<ec/>`` — the text around them joins (热线：0875-<bpt>&lt;b&gt;
</bpt>5183110<ept>&lt;/b&gt;</ept> reads 0875-5183110: eval/policy37, written blind) — while the text
``<g>``, ``<mrk>`` and ``<pc>`` mark is text. A unit's translation-memory matches (``<alt-trans>``), the
header (the tool, the project's note) and notes are the job's, not the document's. The title is the name of
the document translated (its file's ``original``, without folder and suffix) when that is a Chinese name.
"""

from __future__ import annotations

import re
from pathlib import PureWindowsPath
from typing import Any

from indexer.decode import DocumentError
from indexer.kml import local_name, xml_root

# inline codes: the native markup they stand for (or nothing) is no text of the document
_CODES = frozenset(("bpt", "ept", "ph", "it", "x", "bx", "ex", "sc", "ec", "sm", "em"))
_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def read_xliff(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an .xlf or .xliff file's bytes: a line per translation unit, a blank line between the
    files (documents) a job holds."""
    root = xml_root(data, name, "xliff", "XLIFF file")
    files = [child for child in root if local_name(child) == "file"]
    blocks: list[str] = []
    for file in files:
        # (2.0 declares the languages on the root, 1.2 on each file)
        source_language = file.get("source-language") or root.get("srcLang") or ""
        target_language = file.get("target-language") or root.get("trgLang") or ""
        units = [_sides(unit) for unit in file.iter() if local_name(unit) in ("trans-unit", "unit")]
        pairs = [pair for unit in units for pair in unit]
        target_first = _chinese(target_language) and not _chinese(source_language)
        if not (_chinese(source_language) or _chinese(target_language)):  # (undeclared: by the text)
            target_first = _hanzi(t for _, t in pairs) > _hanzi(s for s, _ in pairs)
        lines = [" ".join("".join(_side(pair, target_first) for pair in unit).split()) for unit in units]
        if said := "\n".join(line for line in lines if line):
            blocks.append(said)
    if not blocks:
        raise DocumentError(name, "holds no translation units with text; nothing to index")
    original = next((f.get("original") for f in files if f.get("original")), None) or ""
    stem = PureWindowsPath(original.strip()).stem  # (a folder written either way: C:\\稿件\\… or 稿件/…)
    return "\n\n".join(blocks), stem if _HANZI.search(stem) else None


def _sides(unit: Any) -> list[tuple[str, str]]:
    """(source, target) of a 1.2 trans-unit (its own, not its <alt-trans> matches'), or of each segment of a
    2.0 unit and the whitespace between them, in order."""
    if local_name(unit) == "trans-unit":
        parts = [unit]
    else:
        parts = [part for part in unit if local_name(part) in ("segment", "ignorable")]
    return [
        (
            "".join(_said(side) for side in part if local_name(side) == "source"),
            "".join(_said(side) for side in part if local_name(side) == "target"),
        )
        for part in parts
    ]


def _side(pair: tuple[str, str], target_first: bool) -> str:
    """The side of a unit (or segment) read: the chosen one, else the other (a segment not translated)."""
    first, other = (pair[1], pair[0]) if target_first else pair
    return first if first.strip() or not other.strip() else other


def _said(element: Any) -> str:
    """The text of a <source> or <target>: what its inline codes stand for left out, what they mark kept."""
    return without_codes(element, _CODES)


def without_codes(element: Any, codes: frozenset[str]) -> str:
    """An element's text, what its inline ``codes`` (elements by local name) stand for left out and the text
    after them kept (iteratively: a segment nested deep must not exhaust the stack). Also tmx.py's."""
    from lxml import etree

    parts: list[str] = []
    in_code = 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        code = local_name(node) in codes
        if event == "start":
            in_code += code
            if not in_code and node.text:
                parts.append(node.text)
        else:
            in_code -= code
            if node is not element and not in_code and node.tail:
                parts.append(node.tail)
    return "".join(parts)


def _chinese(language: str) -> bool:
    return language.strip().lower().replace("_", "-").split("-")[0] == "zh"


def _hanzi(texts: Any) -> int:
    return sum(len(_HANZI.findall(text)) for text in texts)
