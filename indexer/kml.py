"""A map's places (KML, Google Earth's and the 天地图 / 奥维 exports: .kml, and .kmz, the same zipped): a
county's 村卫生室分布图 or 便民服务点 map, each place's name, address, telephone, description and the data its
publisher attached to it (ExtendedData: 联系电话, 服务时间 …), as a record under its folder's name (a
township). Styles, views, geometry (coordinates) and links are no text; a description is the HTML it is
(7×24小时 cut by a <b>: eval/policy35, written blind).

A GPS file's points (GPX 1.0 and 1.1, what 奥维, 两步路 and GPS units export: .gpx) the same way: the file's
name and description, then each waypoint, route and track — its name, comment, description (escaped HTML:
全天<b>24</b>小时, eval/policy36, written blind), source and type, and a route's named points. Coordinates,
elevations, times, symbols (Medical Facility: the icon drawn) and links are no text.
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
    root = xml_root(data, name, "kml", "KML map")
    records = [_record(child) for child in root if local_name(child) in (*_CONTAINERS, "Placemark")]
    value: Any = records[0] if len(records) == 1 else records
    return value_text(value, name, html_text)


# a GPS point's words, as its file names them: what it is called, a comment, its description, where its data
# came from and what kind of point it is
_GPX_TEXT = ("name", "cmt", "desc", "src", "type")
_GPX_FIELDS = {"src": "来源", "type": "类型"}
_GPX_POINTS = ("wpt", "rte", "trk", "rtept")
_MARKUP = re.compile(r"<(?:/?[A-Za-z][^<>]{0,200}|!--)>?")


def read_gpx(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of a .gpx file's bytes; the title is the name its metadata (GPX 1.0: its root) states."""
    root = xml_root(data, name, "gpx", "GPX file")
    meta = next((child for child in root if local_name(child) == "metadata"), root)
    head = _gpx_words(meta, html_text)
    lines = list(head)
    for point in root:
        if local_name(point) in _GPX_POINTS:
            lines.extend(["", *_gpx_point(point, html_text)])
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = next((("".join(c.itertext()).strip()) for c in meta if local_name(c) == "name"), "") or None
    return text, title


def _gpx_point(point: Any, html_text: Callable[[str], str]) -> list[str]:
    """A waypoint's, route's or track's words, then those of a route's named points."""
    lines = _gpx_words(point, html_text)
    for child in point:
        if local_name(child) == "rtept" and (said := _gpx_words(child, html_text)):
            lines.extend(said)
    return lines


def _gpx_words(element: Any, html_text: Callable[[str], str]) -> list[str]:
    lines: list[str] = []
    for key in _GPX_TEXT:
        for child in element:
            if local_name(child) != key:
                continue
            said = "".join(child.itertext()).strip()
            if not said:
                continue
            if _MARKUP.search(said):
                said = html_text(said)
            label = _GPX_FIELDS.get(key)
            lines.extend(f"{label}：{line}" if label else line for line in said.split("\n") if line.strip())
    return lines


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
        kind = local_name(child)
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
        kind = local_name(item)
        if kind == "Data":
            shown = next((c for c in item if local_name(c) == "displayName"), None)
            label = ("".join(shown.itertext()).strip() if shown is not None else "") or item.get("name") or ""
            value = next((c for c in item if local_name(c) == "value"), None)
            said = "".join(value.itertext()).strip() if value is not None else ""
            if label and said:
                out[label] = said
        elif (
            kind == "SimpleData" and (label := item.get("name") or "") and (said := (item.text or "").strip())
        ):
            out[label] = said
    return out


def xml_root(data: bytes, name: str, tag: str | tuple[str, ...], kind: str, huge: bool = False) -> Any:
    """The root element of a map's XML (or an outline's, a translation job's: opml.py, xliff.py), which must
    be ``tag`` or one of them (a DocBook file's, a draw.io file's: docbook.py, drawio.py); entities internal
    only, no network, comments and processing instructions dropped while parsing. ``huge``: a file whose text
    nodes may pass libxml2's 10 MB (an Evernote export's base64 images: enex.py, its size bounded by the
    caller) — entities then not expanded at all, nor a DTD loaded."""
    from lxml import etree

    if huge:
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
            remove_comments=True,
            remove_pis=True,
        )
    else:
        parser = etree.XMLParser(
            resolve_entities="internal", no_network=True, remove_comments=True, remove_pis=True
        )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise DocumentError(name, f"is not well-formed XML ({e}); it is no {kind}") from None
    tags = (tag,) if isinstance(tag, str) else tag
    if root is None or local_name(root) not in tags:
        named = " or ".join(f"<{t}>" for t in tags) if len(tags) < 4 else f"<{tags[0]}>, <{tags[1]}> …"
        raise DocumentError(name, f"is XML but no {kind} (its root is no {named})")
    return root


def local_name(element: Any) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
