"""A RIS reference export (.ris: what 知网, 万方, Zotero, EndNote and NoteExpress export a 文献 list as):
records from ``TY  - `` to ``ER  - ``, a tagged field a line (``AU  - 王晓燕``).

Each record is its title (TI, else T1, CT or BT) a heading line, then its fields labelled in Chinese, one
``label：value`` line each, in a fixed order: 作者 (AU, A1 joined with a Chinese semicolon), 编者,
作者单位, 刊名 (JO, JF, T2, JA, J2: the first given), 学位授予单位 or 出版单位 (PB: a thesis's school),
出版地, 年份 (PY, Y1: its year, a date's slashes dropped), 日期, 卷, 期, 页码 (SP-EP), 文献类型 (TY,
named), 关键词 (KW joined), 摘要 (AB, N2), 备注 (N1), ISSN or ISBN (SN), DOI, URL, 数据库 (DB); records
apart by a blank line. Other tags
(ids, call numbers, file links) are no text, nor is an empty field (AB with nothing after it).

A line without a tag belongs to the field above it (an abstract wrapped over lines), joined without a space
between Chinese characters or inside a number (a wrap that cuts 96. / 3% reads 96.3%: softwrap.py). A UTF-8
byte-order mark and CRLF line ends are read through; a record an export left unclosed at the end is read; a
record with no title is its fields. A file holding no TY line is no RIS export, refused in one line. The title
is the record's when the file holds one. Bounded as text is.
"""

from __future__ import annotations

import re

from indexer.decode import DocumentError, decode_bytes
from indexer.extracted import joined_records
from indexer.softwrap import join_wrapped

_TAG = re.compile(r"([A-Z][A-Z0-9])  ?-(?:[ \t](.*))?")
_TITLES = ("TI", "T1", "CT", "BT")
_JOURNALS = ("JO", "JF", "T2", "JA", "J2")
# (label, tags): the fields read, in the order they are written; each the values of its first tag given
_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("作者", ("AU", "A1")),
    ("编者", ("A2", "ED")),
    ("作者单位", ("AD",)),
    ("刊名", _JOURNALS),
    ("PB", ("PB",)),  # (labelled by the record's type: _label)
    ("出版地", ("CY",)),
    ("年份", ("PY", "Y1")),
    ("日期", ("DA",)),
    ("卷", ("VL",)),
    ("期", ("IS",)),
    ("页码", ("SP",)),
    ("文献类型", ("TY",)),
    ("关键词", ("KW",)),
    ("摘要", ("AB", "N2")),
    ("备注", ("N1",)),
    ("SN", ("SN",)),
    ("DOI", ("DO",)),
    ("URL", ("UR",)),
    ("数据库", ("DB",)),
)
_MANY = frozenset(("AU", "A1", "A2", "ED", "KW"))  # joined with a Chinese semicolon; other tags' first value
_JOINER = "\uff1b"
_COLON = "\uff1a"
_TYPES = {
    **{"JOUR": "期刊论文", "JFULL": "期刊", "MGZN": "杂志文章", "NEWS": "报纸文章", "THES": "学位论文"},
    **{"BOOK": "图书", "CHAP": "图书章节", "CONF": "会议论文", "CPAPER": "会议论文", "RPRT": "报告"},
    **{"STAT": "法规", "BILL": "法案", "PAT": "专利", "STAND": "标准", "ELEC": "网页", "GEN": "文献"},
}
_BOOKS = ("BOOK", "CHAP", "EBOOK", "ECHAP", "EDBOOK")


def read_ris(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .ris file's bytes (see the module's docstring)."""
    records = _records(decode_bytes(data, name=name).lstrip("\ufeff").splitlines())
    if records is None:
        raise DocumentError(name, "is no RIS export: no record in it starts with a TY line; export it again")
    return joined_records(((text, title) for title, text in map(_record, records)), name, "RIS")


def _records(lines: list[str]) -> list[list[tuple[str, list[str]]]] | None:
    """Each record's (tag, its lines) in order, from its TY to its ER; None when no line is a TY."""
    records: list[list[tuple[str, list[str]]]] = []
    fields: list[tuple[str, list[str]]] | None = None  # the open record's
    for line in lines:
        found = _TAG.fullmatch(line.rstrip())
        if found is None:
            if fields and line.strip():  # (a wrapped line: the field above goes on)
                fields[-1][1].append(line)
            continue
        tag, value = found.group(1), found.group(2) or ""
        if tag == "TY":
            fields = [(tag, [value])]
            records.append(fields)
        elif tag == "ER":
            fields = None
        elif fields is not None:
            fields.append((tag, [value]))
    return records if records else None


def _record(fields: list[tuple[str, list[str]]]) -> tuple[str | None, str]:
    """A record's (title, text): its title line, then its labelled fields."""
    values: dict[str, list[str]] = {}
    for tag, lines in fields:
        if value := join_wrapped(lines):
            values.setdefault(tag, []).append(value)
    kind = (values.get("TY") or [""])[0].upper()
    title = next((values[tag][0] for tag in _TITLES if tag in values), None)
    lines = [title] if title else []
    content = bool(title)  # (a record of its type and database alone says nothing)
    for label, tags in _FIELDS:
        given = next((tag for tag in tags if tag in values), None)
        if given is None:
            continue
        said = _JOINER.join(values[given]) if given in _MANY else values[given][0]
        if given == "TY":
            said = _TYPES.get(kind, "")
        elif given in ("PY", "Y1"):
            said = said.split("/")[0].strip()
        elif given == "SP" and (end := (values.get("EP") or [""])[0]) and end != said:
            said = f"{said}-{end}"
        if said:
            lines.append(f"{_label(label, kind)}{_COLON}{said}")
            content = content or given not in ("TY", "DB")
    return title, "\n".join(lines) if content else ""


def _label(label: str, kind: str) -> str:
    if label == "PB":
        return "学位授予单位" if kind == "THES" else "出版单位"
    if label == "SN":
        return "ISBN" if kind in _BOOKS else "ISSN"
    return label
