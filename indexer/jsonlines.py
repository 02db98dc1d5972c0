"""JSON Lines as a document (.jsonl, .ndjson: a 12345 hotline's or a portal's export, a crawler's records, a
log of replies): one JSON value a line, each record read as a .json file's value is (jsondoc.value_text: a
short value a ``key：value`` line, prose a paragraph, HTML a page's text, nested objects walked, numbers as
written, a \\uXXXX escape the character it names and a \\n in a value a line break) — but a record is never
taken for an API's envelope: its 工单号 stays beside its nested 地址 —, the records apart by a blank line. A
.jsonl whose records carry an id and a text is a collection instead (collection.py), one document a record.

Blank lines are passed over; a line JSON does not read is read again without what an export leaves around a
record (a trailing comma, an array's opening bracket or closing one), else left out, the other records read
all the same. A file none of whose first 20 lines is JSON — nor the whole of it, one value pretty-printed
over lines — is no JSON Lines, refused in one line. The title is the record's when the file holds one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from indexer.decode import DocumentError, decode_bytes
from indexer.extracted import joined_records
from indexer.jsondoc import AS_WRITTEN, value_text

_UNREAD = object()  # a line no reading of which is JSON
# a file none of whose first this many lines is JSON is no JSON Lines: one error for it, not one a line (a
# .jsonl read as a collection too: collection.py)
UNREAD_LINES = 20


def read_jsonl(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of a JSON Lines file's bytes: each record's lines, records apart by a blank line."""
    source = decode_bytes(data, name=name)
    values: list[Any] = []
    # (split at line feeds only: JSON allows U+2028 and U+2029 unescaped inside a string)
    for line in (line for line in source.split("\n") if line.strip()):
        values.append(_parsed(line.strip()))
        if len(values) == UNREAD_LINES and all(value is _UNREAD for value in values):
            break  # (none of the first lines is JSON: the file is none, unless whole, read below)
    records = [value for value in values if value is not _UNREAD]
    if len(records) < len(values):  # (a value pretty-printed over lines, a .json saved as .jsonl: that value)
        whole = _parsed(source.strip())
        if whole is not _UNREAD:
            records = whole if isinstance(whole, list) else [whole]
    if not records:
        raise DocumentError(
            name,
            f"is not JSON Lines: none of its first {UNREAD_LINES} lines is a JSON value; write one JSON "
            "object per line",
        )

    def read() -> Iterator[tuple[str, str | None]]:
        for record in records:
            try:
                yield value_text(record, name, html_text, record=True)
            except DocumentError:  # (a record nested past jsondoc.MAX_DEPTH: the others are read)
                continue

    return joined_records(read(), name, "JSON")


def _parsed(line: str) -> Any:
    """A line's JSON value; read again without a trailing comma, or an array's bracket around the record,
    when it does not read as it is; _UNREAD when none of these reads."""
    bare = line.rstrip(", \t")
    for candidate in dict.fromkeys((line, bare, bare.removeprefix("[").removesuffix("]").strip(", \t"))):
        try:
            return json.loads(candidate, **AS_WRITTEN)
        except (ValueError, RecursionError):  # (a JSONDecodeError is a ValueError)
            continue
    return _UNREAD
