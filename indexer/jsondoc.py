"""A .json file as a document: what an open-data portal's API or a site's export gives (``{"code": 200,
"data": {"list": [{"title": …, "content": "<p>…</p>", "publishDate": …}]}}``), read as the text it holds.

Its values in document order: a string holding HTML is read as a page's body is (its paragraphs and table
rows, ``load.extract`` hands the reader in); a string of prose (a sentence, or over ``SHORT`` characters) is a
paragraph, as is a title field; a short string, a number or a truth value is a ``key：value`` line
(发布日期：2025-03-01), except in an envelope — wrapping records, no title or prose of its own — where it is
the API's (code: 200, pageSize: 20); a number is written as the file writes it; the records of a list stand
apart, each line as it is (JSON strings are not hard-wrapped). GeoJSON (.geojson, or .json) is read as a
table of its features' properties. A .jsonl file of records with id and text is a collection instead
(indexer/collection.py); other JSON Lines (.jsonl, .ndjson) are read record by record as this reads a
value (jsonlines.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from indexer.decode import DocumentError, decode_bytes

SHORT = 40  # a string longer than this is prose, a paragraph of its own
_HTML = re.compile(
    r"<\s*/?\s*(?:p|div|br|span|table|tr|td|h[1-6]|section|strong|li|ul|ol|a|img|font)\b", re.I
)
_PROSE = re.compile(r"[。；！？!?;]")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.I)
_TITLE_KEYS = ("title", "标题", "name", "subject", "docTitle", "articleTitle")
MAX_DEPTH = 200
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Number(str):
    """A JSON number as its file writes it."""


# json.loads options keeping numbers as written: 3.50 stays 3.50, 1e999 is no "Infinity", a 5,000-digit id
# no error (a .json file's, a JSON Lines record's: jsonlines.py)
AS_WRITTEN: dict[str, Any] = {"parse_int": _Number, "parse_float": _Number}


def json_document(data: bytes, name: str, invalid: str, **options: Any) -> Any:
    """The JSON value of a file's bytes (``options`` for json.loads); a file that is no JSON is refused with
    ``invalid`` (what the user should know: 「it is no Jupyter notebook」), one nested too deeply too."""
    try:
        return json.loads(decode_bytes(data, name=name), **options)
    except json.JSONDecodeError as e:
        raise DocumentError(name, f"is not valid JSON ({e}); {invalid}") from None
    except RecursionError:
        raise DocumentError(name, "nests lists or objects too deeply to read") from None


def read_json(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None, bool]:
    """(text, title, tabled) of a .json file's bytes; the title is the only record's title field, if it has
    one; ``tabled``: the text is a GeoJSON collection's table, no page's (its header row is no menu bar)."""
    value = json_document(data, name, "fix it or save the data as text", **AS_WRITTEN)
    if _geo(value, "FeatureCollection"):
        return (*_feature_table(value, name, html_text), True)
    return (*value_text(_geojson(value), name, html_text), False)


# GeoJSON (RFC 7946): a 公共数据开放 platform's point data (古树名木, 充电桩, 避难场所), .geojson or .json.
# Its geometry, coordinate system and bounding box are coordinates, no text; a collection's features are the
# rows of a table under their properties' names (编号 | 树种 | 树龄（年） | …), as a .csv of the same data
# reads, the collection's own fields (name, metadata) before it; a lone feature is a record of its
# properties.
_GEOMETRY = ("type", "geometry", "crs", "bbox")
_CELL_BREAK = re.compile(r"\s*\n\s*|\s+\|\s+")


def _geo(value: Any, kind: str) -> bool:
    return isinstance(value, dict) and value.get("type") == kind


def _geojson(value: Any) -> Any:
    """A lone GeoJSON feature as its record: its properties and id."""
    if not _geo(value, "Feature"):
        return value
    kept = {k: v for k, v in value.items() if k not in _GEOMETRY and k != "properties"}
    properties = value.get("properties")
    return {**kept, **properties} if isinstance(properties, dict) else kept


def _feature_table(
    value: dict[str, Any], name: str, html_text: Callable[[str], str]
) -> tuple[str, str | None]:
    own = {k: v for k, v in value.items() if k not in _GEOMETRY and k != "features"}
    head, title = value_text(own, name, html_text)
    features = value.get("features")
    records = [_geojson(f) for f in (features if isinstance(features, list) else []) if _geo(f, "Feature")]
    columns = list(dict.fromkeys(k for record in records for k in record))
    rows = [" | ".join(columns)] if columns else []
    for record in records:
        cells = [_cell(record.get(column)) for column in columns]
        while cells and not cells[-1]:  # (no trailing empty cells, as a sheet's row has none)
            cells.pop()
        if cells:
            rows.append(" | ".join(cells))
    return "\n\n".join(part for part in (head, "\n".join(rows)) if part), title


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return _CELL_BREAK.sub(" ", text).strip()


def value_text(
    value: Any, name: str, html_text: Callable[[str], str], *, record: bool = False, sections: bool = False
) -> tuple[str, str | None]:
    """(text, title) of parsed data: a JSON file's value, an XML file's elements (xmldoc.py), a JSON Lines
    record (jsonlines.py: ``record``, an object that is a record, never an envelope), a TOML document
    (tomldoc.py: ``sections``, no envelope at any depth, each table's dotted name a heading line above its
    keys, each table of an array of tables so headed, a record of its own)."""
    lines: list[str] = []
    _walk(
        value,
        None,
        lines,
        html_text,
        0,
        name,
        envelope=not record and not sections,
        section="" if sections else None,
    )
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in lines)).strip()
    # (a \ud800 escape with no pair is no character: it had refused the whole file in the normaliser)
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return text, _title(value)


def _walk(
    value: Any,
    key: str | None,
    lines: list[str],
    html_text: Callable[[str], str],
    depth: int,
    name: str,
    envelope: bool = True,
    section: str | None = None,  # (sections: the dotted name of the table walked)
) -> None:
    if depth > MAX_DEPTH:
        raise DocumentError(name, "nests lists or objects too deeply to read")
    if isinstance(value, dict):
        # a record's title first, as its heading; an envelope's short values (code: 200, msg: 操作成功,
        # pageSize: 20) are the API's, not the document's. An envelope wraps records and says nothing of its
        # own: a record holding a list (附件, 标签) keeps its 发布日期 and 文号.
        wraps = (
            envelope
            and any(isinstance(v, dict | list) for v in value.values())
            and not any(_prose(v) or (k in _TITLE_KEYS and _text(v)) for k, v in value.items())
        )
        for k, v in sorted(value.items(), key=lambda kv: kv[0] not in _TITLE_KEYS):
            if wraps and not isinstance(v, dict | list) and not _prose(v):
                continue
            inner = None if section is None else f"{section}.{k}" if section else str(k)
            if inner is not None and isinstance(v, dict) and v:
                lines.extend(("", inner))  # (a table: its name a heading, its keys under it)
            _walk(v, str(k), lines, html_text, depth + 1, name, section is None, inner)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                lines.append("")  # the records of a list stand apart
                if section and isinstance(item, dict) and item:
                    lines.append(section)  # (a table of an array of tables: headed as TOML heads it)
            _walk(item, key, lines, html_text, depth + 1, name, section is None, section)
    elif isinstance(value, _Number):
        if key is not None:
            lines.append(f"{key}：{value}")
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return
        if _HTML.search(text):
            lines.extend(html_text(text).split("\n"))
        elif _URL.fullmatch(text):
            return  # a link (url, link, guid) is where the text was, not text
        elif len(text) > SHORT or _PROSE.search(text) or key is None or key in _TITLE_KEYS:
            lines.extend(text.split("\n"))  # (a record's title a line of its own, as a heading)
        else:
            lines.append(f"{key}：{text}")
    elif value is not None and key is not None:
        lines.append(f"{key}：{json.dumps(value, ensure_ascii=False)}")


def _text(value: Any) -> bool:
    """A JSON string (not a number read as written: {"name": 1} names nothing)."""
    return isinstance(value, str) and not isinstance(value, _Number)


def _prose(value: Any) -> bool:
    return (
        isinstance(value, str)
        and not isinstance(value, _Number)
        and (len(value.strip()) > SHORT or _PROSE.search(value) is not None)
    )


def _title(value: Any) -> str | None:
    """The title field of the one record the file holds (the record itself, or the only one of a list)."""
    for _ in range(8):  # down through wrappers: {"data": {"list": [{…}]}}
        if isinstance(value, list):
            if len(value) != 1:
                return None
            value = value[0]
        elif isinstance(value, dict):
            for key in _TITLE_KEYS:
                if _text(value.get(key)) and value[key].strip():
                    return str(value[key]).strip()
            nested = [v for v in value.values() if isinstance(v, dict | list)]
            if len(nested) != 1:
                return None
            value = nested[0]
        else:
            return None
    return None
