"""A dBase table (.dbf: dBase III/IV, FoxPro and Visual FoxPro — what 财务 and 社保 systems, ArcGIS
shapefiles' attribute tables and older 统计 software export; a village's 补贴发放清册 of names and sums) as a
line per record, its fields as ``name: value`` pairs joined by `` | `` as a spreadsheet's cells are
(records.py), read with struct.

The header's language-driver byte (offset 29) names the code page: 0x4D and 0x7A are GBK (read as GB18030,
its superset), 0x4F and 0x78 Big5, and so on as dBase, FoxPro and ArcGIS write them; 0x00 (none stated) and
the Western DOS and Windows pages — what a Chinese machine's tools write when they state one at all, their
"ANSI" being GBK — are sniffed from the character fields' bytes: UTF-8 when they all are, else GB18030 when
they all are, else the page stated (cp1252 for none). Field names are read in the same code page.

Character (C) fields are their text, spaces trimmed; numbers (N, F) as stored (1500.00); a date (D) in
Chinese reading, 2026年4月30日 (20260430 as stored would match no question's date); a logical (L) 是 or
否; Visual FoxPro's integers (I), currency (Y), doubles (B) and date-times (T, 2026年4月30日 09:00) as
their values. A memo, general or picture field (M, G, P, dBase's B) points into a .dbt/.fpt file that an
upload does not carry: it reads empty. Empty and blank fields are left out, and a deleted record (marked
``*``: dBase keeps it until the table is packed) is no text. A file whose header is no dBase header, or
whose records stop before its header's count, and a dBase 7 table (its own header layout) are refused in
one line; bounded at MAX_TABLE_BYTES.
"""

from __future__ import annotations

import struct
from datetime import date
from decimal import Decimal

from indexer.decode import DocumentError
from indexer.records import MAX_RECORDS, RecordLines
from indexer.worddoc import DocumentTooLarge

MAX_TABLE_BYTES = 100 * 1024 * 1024  # a .dbf's or a database file's bytes read at all (sqlitedb.py too)
# language-driver bytes and the code page each states (dBase's, FoxPro's and ArcGIS's tables)
_PAGES = {
    **{0x4D: "gb18030", 0x7A: "gb18030", 0x4F: "cp950", 0x78: "cp950", 0x4E: "cp949", 0x79: "cp949"},
    **{0x13: "cp932", 0x7B: "cp932", 0x50: "cp874", 0x7C: "cp874", 0x7D: "cp1255", 0x7E: "cp1256"},
    **{0x26: "cp866", 0x65: "cp866", 0x64: "cp852", 0xC8: "cp1250", 0xC9: "cp1251", 0xCA: "cp1254"},
    **{0xCB: "cp1253", 0x6A: "cp737", 0x6B: "cp857", 0x66: "cp865", 0x67: "cp861", 0x04: "mac_roman"},
}
# … and those sniffed first: none stated, and the Western pages (US and international DOS, Windows ANSI)
_SNIFFED = {0x00: "cp1252", 0x01: "cp437", 0x02: "cp850", 0x03: "cp1252", 0x57: "cp1252", 0x58: "cp1252"}
_SNIFFED[0x59] = "cp1252"
_VISUAL_FOXPRO = (0x30, 0x31, 0x32)
_TYPES = frozenset("CNFDLMBGPIYTV0@O+QW")
_TRUE, _FALSE = frozenset(b"TtYy"), frozenset(b"FfNn")
_JULIAN_ORDINAL = 1721425  # a Julian day number less this is Python's date ordinal


def read_dbf(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .dbf file's bytes: a line per live record with text."""
    if len(data) > MAX_TABLE_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_TABLE_BYTES:,} a dBase table is read to; split it"
        )
    version = data[0] if data else 0
    if len(data) < 33 or not ((version & 0x07) in (2, 3, 4, 5) or version in _VISUAL_FOXPRO):
        raise DocumentError(name, "is not a dBase table (its first byte is no dBase version)")
    if version in (0x04, 0x8C):  # (dBase 7: descriptors of 48 bytes after a header of 68)
        raise DocumentError(
            name, "is a dBase 7 table, which is not read; save it as dBase IV or export a .csv"
        )
    count, header, size = struct.unpack_from("<IHH", data, 4)
    fields = _fields(data, header, size, name)
    body = data[header:]
    if count > MAX_RECORDS:
        raise DocumentTooLarge(
            name,
            f"has {count:,} records, over the {MAX_RECORDS:,} a table is read to; export the rows as .csv",
        )
    if count * size > len(body):
        held = len(body) // size
        raise DocumentError(
            name, f"is cut short: its header counts {count:,} records, its bytes hold {held:,}"
        )
    records = [body[n * size : (n + 1) * size] for n in range(count)]
    live = [record for record in records if record[:1] != b"*"]
    codec = _codec(
        data[29], [record[start:end] for record in live for _, kind, start, end in fields if kind == "C"]
    )
    out = RecordLines(name)
    names = [raw.decode(codec, "replace") for raw, _, _, _ in fields]
    visual = version in _VISUAL_FOXPRO
    for record in live:
        out.record(
            (names[n], _value(record[start:end], kind, codec, visual))
            for n, (_, kind, start, end) in enumerate(fields)
        )
    if not out.records:
        raise DocumentError(name, "holds no records with text (each empty or deleted); nothing to index")
    return out.text(), None


def _fields(data: bytes, header: int, size: int, name: str) -> list[tuple[bytes, str, int, int]]:
    """The field descriptors: (name's bytes, type, start and end within a record)."""
    fields: list[tuple[bytes, str, int, int]] = []
    at, start = 32, 1  # (a record's first byte is its deletion mark)
    while at + 32 <= min(header, len(data)) and data[at] != 0x0D:
        raw, kind = data[at : at + 11].split(b"\0")[0].strip(), chr(data[at + 11])
        length = data[at + 16] + (data[at + 17] << 8 if kind == "C" else 0)  # (Clipper's long text fields)
        if kind not in _TYPES or not raw:
            raise DocumentError(
                name, f"is not a dBase table (field {len(fields) + 1:,}'s descriptor is broken)"
            )
        fields.append((raw, kind, start, start + length))
        at, start = at + 32, start + length
    if not fields or at >= len(data) or data[at] != 0x0D or header > len(data) or start > size:
        raise DocumentError(name, "is not a dBase table (its field descriptors do not end as dBase's do)")
    return fields


def _codec(driver: int, texts: list[bytes]) -> str:
    """The code page of the character fields: the one stated, or sniffed when none or a Western one is."""
    if driver in _PAGES:
        return _PAGES[driver]
    sample = b"\n".join(texts[:20000])
    for codec in ("utf-8", "gb18030"):
        try:
            sample.decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    return _SNIFFED.get(driver, "cp1252")


def _value(raw: bytes, kind: str, codec: str, visual: bool) -> str | None:
    """A field's value as text; None for an empty one, a memo's and a type not read."""
    if kind == "C":
        return raw.decode(codec, "replace").strip(" \0")
    if kind in "NF":
        said = raw.decode("ascii", "replace").strip(" \0")
        return None if not said or said.strip("*?") == "" else said
    if kind == "D":
        said = raw.decode("ascii", "replace").strip(" \0")
        try:
            return _day(date(int(said[:4]), int(said[4:6]), int(said[6:8]))) if len(said) == 8 else None
        except ValueError:
            return None if said.strip("0") == "" else said
    if kind == "L":
        return "是" if raw[:1] and raw[0] in _TRUE else "否" if raw[:1] and raw[0] in _FALSE else None
    if kind == "I" and len(raw) == 4:
        return str(struct.unpack("<i", raw)[0])
    if kind == "Y" and len(raw) == 8:
        return f"{Decimal(struct.unpack('<q', raw)[0]).scaleb(-4).normalize():f}"
    if kind == "B" and visual and len(raw) == 8:
        return f"{struct.unpack('<d', raw)[0]:.15g}"
    if kind == "T" and len(raw) == 8:
        day, ms = struct.unpack("<ii", raw)
        if day <= _JULIAN_ORDINAL or not 0 <= ms < 86_400_000:
            return None
        try:
            when = date.fromordinal(day - _JULIAN_ORDINAL)
        except (ValueError, OverflowError):
            return None
        return f"{_day(when)} {ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}"
    return None  # (a memo in its absent .dbt/.fpt, a picture, Visual FoxPro's null flags)


def _day(when: date) -> str:
    return f"{when.year}年{when.month}月{when.day}日"
