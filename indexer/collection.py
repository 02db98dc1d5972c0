"""JSON Lines and CSV collections: one record per document (``id``, ``title``, ``text``; optional ``date``,
``region``, ``source``, ``url``), read one record at a time so a collection of any size streams.

A bad record (not JSON, no id, no text) is reported by its file and line and the rest are read.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indexer.decode import calendar_date, check_line
from indexer.jsonlines import UNREAD_LINES
from indexer.load import MAX_TEXT_CHARS, DocumentError
from indexer.region_input import UnknownRegionError, stated_region

COLLECTION_SUFFIXES: tuple[str, ...] = (".jsonl", ".csv")
FIELDS = ("id", "title", "text", "date", "region", "source", "url")


@dataclass(frozen=True)
class Record:
    name: str  # file:line, how errors and the summary name it
    id: str
    text: str
    title: str | None = None
    date: str | None = None
    region: str | None = None
    source: str | None = None
    url: str | None = None


def _field(row: dict[str, Any], key: str, name: str) -> str | None:
    """A metadata field as one line of text; a number is read as its digits, a list, object or true/false
    is refused (it had been stored as Python's repr: a title of "['x']")."""
    value = row.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        kind = {bool: "true or false", list: "a list", dict: "an object"}.get(
            type(value), type(value).__name__
        )
        raise DocumentError(name, f"has a {key} that is {kind}; give {key} as a string")
    if isinstance(value, float) and not math.isfinite(value):  # 1e400 is read as inf
        raise DocumentError(name, f"has a {key} that is a number too large to write; give {key} as a string")
    return check_line(str(value), key, name)


def _date(row: dict[str, Any], name: str) -> str | None:
    value = _field(row, "date", name)
    if value is None:
        return None
    try:
        return calendar_date(value)
    except ValueError as exc:
        raise DocumentError(name, str(exc)) from None


def _region(row: dict[str, Any], name: str) -> str | None:
    """A record's ``region`` as a JSON upload's is stored: the gazetteer's full path (运城 → 山西省运城市,
    so a ``filters.region`` of 山西省 finds it); one naming no place, or several, refuses the record (a
    fault probe: 火星, 7 and 运城市、临汾市 had been stored as written, and region filters missed them)."""
    value = _field(row, "region", name)
    if value is None:
        return None
    try:
        return stated_region(value)
    except UnknownRegionError as exc:
        raise DocumentError(name, str(exc)) from None


def record_from(row: Any, name: str) -> Record:
    """A record from one parsed row; BEIR's ``_id`` is accepted for ``id``."""
    if not isinstance(row, dict):
        raise DocumentError(name, "is not an object; write one JSON object per line with id and text")
    raw_id = row.get("id", row.get("_id"))
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | None):
        raise DocumentError(name, f"has an id that is {json.dumps(raw_id)}; give each record a string id")
    if raw_id is None or not str(raw_id).strip():
        raise DocumentError(name, "has no id; every record needs a non-empty 'id'")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DocumentError(name, "has no text; every record needs a non-empty 'text' string")
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(name, f"has more than {MAX_TEXT_CHARS:,} characters of text; split it")
    return Record(
        name=name,
        id=str(raw_id).strip(),
        text=text,
        title=_field(row, "title", name),
        date=_date(row, name),
        region=_region(row, name),
        source=_field(row, "source", name),
        url=_field(row, "url", name),
    )


def is_collection(path: Path) -> bool:
    """A .jsonl file is a collection when one of its first UNREAD_LINES records names an ``id`` (or
    ``_id``) and a ``text`` (jsonl_records); a .csv is one when its header (UTF-8) names an ``id`` and a
    ``text`` column. Any other .csv is a table (an export of 处罚案件, of 补贴 发放明细, in GBK as Excel saves
    it on Chinese Windows), indexed as a document of its own (indexer/spreadsheet.read_csv): it had been
    refused as "not a UTF-8 CSV file" or for lacking id and text columns (eval/policy21, 攸县); any other
    .jsonl (a hotline's export of 工单号 and 诉求内容, a log) is JSON Lines, a document of its own
    (indexer/jsonlines.py), where each of its records had been refused as having no id or no text."""
    if path.suffix.lower() == ".jsonl":
        return jsonl_records(path)
    if path.suffix.lower() != ".csv":
        return True
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    return {"id", "text"} <= set(header)


def read_collection(path: Path) -> Iterator[Record | DocumentError]:
    """The records of a .jsonl or .csv file in order; each bad record comes as a DocumentError in its place.

    Raises DocumentError for a file that is no collection at all (a CSV without id/text columns).
    """
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path)
    elif suffix == ".csv":
        yield from _read_csv(path)
    else:
        raise DocumentError(str(path), f"is not a collection; use one of {', '.join(COLLECTION_SUFFIXES)}")


HEAD_BYTES = 8192  # how much of a .jsonl is looked at to tell text from a binary file


def _read_jsonl(path: Path) -> Iterator[Record | DocumentError]:
    """Its records; a file that is no JSON Lines at all (binary, UTF-16, or none of its first
    UNREAD_LINES lines JSON) is one error, where a line-by-line report had printed one line for each of a
    binary file's byte runs."""
    with open(path, "rb") as handle:
        _check_jsonl_head(handle.read(HEAD_BYTES), str(path))
        handle.seek(0)
        unread: list[DocumentError] | None = []  # the lines not JSON before the first that is; None after
        for number, raw in enumerate(handle, start=1):
            name = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                row = parse_line(raw, name, first=number == 1)
            except DocumentError as e:
                if unread is not None and len(unread) + 1 == UNREAD_LINES:
                    raise DocumentError(
                        str(path),
                        f"is not JSON Lines: none of its first {UNREAD_LINES} lines is a JSON object in "
                        "UTF-8; a collection holds one JSON object per line",
                    ) from None
                if unread is not None:
                    unread.append(e)
                else:
                    yield e
                continue
            if unread:
                yield from unread
            unread = None
            try:
                yield record_from(row, name)
            except DocumentError as e:
                yield e
        yield from unread or ()


_SNIFFED_LINE_BYTES = 1024 * 1024  # how much of a record's line is read to see what it names
_NAMES_ID = re.compile(rb'"_?id"\s*:')
_NAMES_TEXT = re.compile(rb'"text"\s*:')


def jsonl_records(path: Path) -> bool:
    """Whether a .jsonl holds a collection's records: one of its first UNREAD_LINES lines is an object naming
    an id (or _id) and a text — a line longer than _SNIFFED_LINE_BYTES by its first bytes naming both. A
    binary or UTF-16 file, or one that cannot be read, is taken as a collection, refused in the collection's
    words (_read_jsonl)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
                return True
            handle.seek(0)
            seen = 0
            while seen < UNREAD_LINES and (line := handle.readline(_SNIFFED_LINE_BYTES)):
                if not line.strip():
                    continue
                seen += 1
                if len(line) == _SNIFFED_LINE_BYTES and not line.endswith(b"\n"):
                    if _NAMES_ID.search(line) and _NAMES_TEXT.search(line):
                        return True
                    while (rest := handle.readline(_SNIFFED_LINE_BYTES)) and not rest.endswith(b"\n"):
                        pass  # (the rest of the long line: passed over)
                    continue
                try:
                    row = json.loads(line.decode("utf-8-sig", "replace"))
                except (ValueError, RecursionError):
                    continue
                if isinstance(row, dict) and "text" in row and ("id" in row or "_id" in row):
                    return True
    except OSError:
        return True
    return False


def _check_jsonl_head(head: bytes, name: str) -> None:
    """DocumentError for a file whose first bytes show it is not UTF-8 text."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(name, "is UTF-16 text; save it as UTF-8 (one JSON object per line)")
    if b"\x00" in head:
        raise DocumentError(
            name, "is a binary file, not JSON Lines; a collection holds one JSON object per line in UTF-8"
        )


class _NotJson(Exception):
    """NaN, Infinity or -Infinity: Python's json reads them, JSON has no such values."""


def _not_json(constant: str) -> Any:
    raise _NotJson(constant)


def parse_line(raw: bytes, name: str, *, first: bool = False) -> Any:
    """One line of a JSON Lines file (``name`` is its file and line number), or a DocumentError saying what
    is wrong with it; the first line may start with a UTF-8 byte-order mark. Also what eval.beir reads a
    queries file with."""
    try:
        return json.loads(raw.decode("utf-8-sig" if first else "utf-8"), parse_constant=_not_json)
    except _NotJson as e:
        raise DocumentError(name, f"holds {e}, which is not JSON; write a number or a string") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DocumentError(name, f"is not a JSON object in UTF-8 ({e}); fix or remove the line") from None
    except ValueError:  # json.loads met a number of more digits than int() may convert
        limit = sys.get_int_max_str_digits()
        raise DocumentError(name, f"holds a number of over {limit:,} digits; write it as a string") from None
    except RecursionError:  # this and the long number had ended the whole run with a traceback
        raise DocumentError(
            name, "nests lists or objects too deeply to read; fix or remove the line"
        ) from None


def _read_csv(path: Path) -> Iterator[Record | DocumentError]:
    # a long document is one field: lift csv's 128 KiB default to the text limit
    csv.field_size_limit(min(sys.maxsize, 4 * MAX_TEXT_CHARS))
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as e:
        raise DocumentError(str(path), f"cannot be read ({e})") from e
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except (UnicodeDecodeError, csv.Error) as e:
            raise DocumentError(str(path), f"is not a UTF-8 CSV file ({e}); save it as CSV UTF-8") from e
        if not {"id", "text"} <= set(header):
            raise DocumentError(
                str(path), f"has columns {header}; a collection needs at least 'id' and 'text' columns"
            )
        number = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (UnicodeDecodeError, csv.Error) as e:
                yield DocumentError(f"{path}:{reader.line_num}", f"is not valid UTF-8 CSV ({e})")
                return  # the reader cannot resynchronise after a broken row
            number = reader.line_num
            if None in row:  # DictReader's key for fields past the header's: the text was cut at a comma
                fields = len(header) + len(row[None])
                yield DocumentError(
                    f"{path}:{number}",
                    f"has {fields} fields where the header has {len(header)}; "
                    "put a text that holds commas in double quotes",
                )
                continue
            try:
                yield record_from(row, f"{path}:{number}")
            except DocumentError as e:
                yield e
