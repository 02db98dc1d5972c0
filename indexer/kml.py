"""A map's places (KML, Google Earth's and the 天地图 / 奥维 exports: .kml, and .kmz, the same zipped): a
county's 村卫生室分布图 or 便民服务点 map, each place's name, address, telephone, description and the data its
publisher attached to it (ExtendedData: 联系电话, 服务时间 …), as a record under its folder's name (a
township). Styles, views, geometry (coordinates) and links are no text; a description is the HTML it is
(7×24小时 cut by a <b>: eval/policy35, written blind).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

from indexer.decode import DocumentError
from indexer.jsondoc import value_text

# what a place says besides its name and description, named as a reader of Chinese names it
_FIELDS = {"address": "地址", "phoneNumber": "电话", "Snippet": "摘要"}
_CONTAINERS = ("Document", "Folder")
MAX_KML_BYTES = 50 * 1024 * 1024  # a .kmz's map, unpacked


def read_kml(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of a .kml file's bytes; the title is its document's name."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities="internal", no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise DocumentError(name, f"is not well-formed XML ({e}); it is no KML map") from None
    if root is None or _local(root) != "kml":
        raise DocumentError(name, "is XML but no KML map (its root is no <kml>)")
    records = [_record(child) for child in root if _local(child) in (*_CONTAINERS, "Placemark")]
    value: Any = records[0] if len(records) == 1 else records
    return value_text(value, name, html_text)


def unpacked_kmz(data: bytes, name: str) -> bytes:
    """The map a .kmz holds: its doc.kml, else its first .kml entry."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            maps = [i for i in archive.infolist() if i.filename.lower().endswith(".kml")]
            if not maps:
                raise DocumentError(name, "is a zip holding no .kml map; it is no .kmz")
            chosen = next((i for i in maps if i.filename.lower() == "doc.kml"), maps[0])
            if chosen.file_size > MAX_KML_BYTES:
                raise DocumentError(
                    name, f"holds a map of {chosen.file_size:,} bytes, over the {MAX_KML_BYTES:,} read"
                )
            with archive.open(chosen) as stream:
                unpacked = stream.read(MAX_KML_BYTES + 1)
    except DocumentError:
        raise
    except (zipfile.BadZipFile, OSError, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        raise DocumentError(name, f"is not a readable .kmz ({e}); export the map as .kml") from e
    if len(unpacked) > MAX_KML_BYTES:
        raise DocumentError(name, f"holds a map over the {MAX_KML_BYTES:,} bytes read")
    return unpacked


def _record(element: Any) -> dict[str, Any]:
    """A Document, Folder or Placemark as a record: its name first, its fields and data, then the records
    it holds in their order."""
    record: dict[str, Any] = {}
    held: list[dict[str, Any]] = []
    for child in element:
        kind = _local(child)
        text = "".join(child.itertext()).strip()
        if kind == "name" and text:
            record["name"] = text
        elif kind == "description" and text:
            record["description"] = text
        elif kind in _FIELDS and text:
            record[_FIELDS[kind]] = text.removeprefix("tel:")
        elif kind == "ExtendedData":
            record.update(_data(child))
        elif kind in (*_CONTAINERS, "Placemark"):
            held.append(_record(child))
    phone = record.get(_FIELDS["phoneNumber"])
    if phone and any(k != _FIELDS["phoneNumber"] and _same_number(phone, v) for k, v in record.items()):
        # (the map's tel:+86-854-2651087 where its data says 联系电话：0854-2651087: one number, as the county
        # writes it)
        del record[_FIELDS["phoneNumber"]]
    if held:
        record["places"] = held
    return record


def _same_number(phone: str, value: str) -> bool:
    """``value`` states the telephone number ``phone`` (+86 and a trunk 0 aside)."""
    digits = re.sub(r"\D", "", phone).removeprefix("86").lstrip("0")
    return len(digits) >= 7 and digits in re.sub(r"\D", "", value)


def _data(extended: Any) -> dict[str, str]:
    """A place's attached data: each Data's display name (else its name) and value, and a schema's
    SimpleData by name."""
    out: dict[str, str] = {}
    for item in extended.iter():
        kind = _local(item)
        if kind == "Data":
            shown = next((c for c in item if _local(c) == "displayName"), None)
            label = ("".join(shown.itertext()).strip() if shown is not None else "") or item.get("name") or ""
            value = next((c for c in item if _local(c) == "value"), None)
            said = "".join(value.itertext()).strip() if value is not None else ""
            if label and said:
                out[label] = said
        elif (
            kind == "SimpleData" and (label := item.get("name") or "") and (said := (item.text or "").strip())
        ):
            out[label] = said
    return out


def _local(element: Any) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
