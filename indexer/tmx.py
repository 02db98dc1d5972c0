"""A translation memory (TMX 1.4, what Trados, memoQ, 雪人CAT and Wordfast export — a county's 竞赛通知
translated sentence by sentence: eval/policy38, written blind): the document is the Chinese side, a line per
translation unit (``<tu>``): the ``<seg>`` of its ``<tuv>`` whose ``xml:lang`` (TMX 1.1's ``lang``) is
Chinese (zh, zh-CN, zh-Hans …). A unit of no Chinese variant is not read. Inline codes are no text — the
native markup ``<bpt>``, ``<ept>``, ``<ph>``, ``<it>`` carry (&lt;b&gt;) is dropped, the text after them kept,
so 2026年6月<bpt>&lt;b&gt;</bpt>20<ept>&lt;/b&gt;</ept>日 reads 2026年6月20日 — while the text ``<hi>`` and
``<sub>`` mark is text (xliff.py's rule). The header and the units' properties and notes are the tool's."""

from __future__ import annotations

from typing import Any

from indexer.decode import DocumentError
from indexer.kml import local_name, xml_root
from indexer.xliff import without_codes

_CODES = frozenset(("bpt", "ept", "ph", "it", "ut"))
_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_tmx(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .tmx file's bytes: a line per translation unit with a Chinese variant."""
    root = xml_root(data, name, "tmx", "TMX translation memory")
    lines: list[str] = []
    for unit in root.iter():
        if local_name(unit) != "tu":
            continue
        variant = next((v for v in unit if local_name(v) == "tuv" and _chinese(v)), None)
        if variant is None:
            continue
        said = "".join(_said(seg) for seg in variant if local_name(seg) == "seg")
        if line := " ".join(said.split()):
            lines.append(line)
    if not lines:
        raise DocumentError(name, "holds no translation units with Chinese text; nothing to index")
    return "\n".join(lines), None


def _chinese(variant: Any) -> bool:
    language = variant.get(_LANG) or variant.get("lang") or ""
    return language.strip().lower().replace("_", "-").split("-")[0] == "zh"


def _said(element: Any) -> str:
    """A <seg>'s text: what its inline codes stand for left out, the text after them and the text <hi> and
    <sub> mark kept."""
    return without_codes(element, _CODES)
