"""A database's or a data table's rows as lines (sqldump.py, dbase.py, sqlitedb.py): a line per record, its
fields as ``name: value`` pairs joined by `` | `` as a spreadsheet's cells are, an empty or NULL value left
out. A value of several lines keeps its line breaks (a reply's paragraphs read as paragraphs), each line's
runs of spaces one and its control characters (a dump's \\0, \\Z) none. The lines are bounded as they are
added: MAX_RECORDS records, MAX_TEXT_CHARS characters."""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.extracted import check_length
from indexer.worddoc import DocumentTooLarge

# records read at all: a table's text is bounded by MAX_TEXT_CHARS too, but a database of short rows (a log
# of ids and times) is refused before its millions of rows are walked
MAX_RECORDS = 200_000
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def field_text(value: str) -> str:
    """A field's value as text: its lines' runs of spaces one, blank lines and control characters none."""
    lines = (" ".join(_CONTROLS.sub(" ", line).split()) for line in value.splitlines())
    return "\n".join(line for line in lines if line)


class RecordLines:
    """The lines of one document's tables: headings and records, counted as they come."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: list[str] = []
        self.records = 0
        self._size = 0
        self._heading: str | None = None  # a table's heading, written before its first record with text

    def add(self, line: str) -> None:
        self.lines.append(line)
        self._size += len(line) + 1
        check_length(self.name, self._size)

    def heading(self, line: str) -> None:
        """Start a table: a blank line after the one before, then ``line`` (when not empty) — written with
        the table's first record that has text, so a table of none says nothing."""
        self._heading = " ".join(line.split())

    def record(self, fields: Iterable[tuple[str, str | None]]) -> bool:
        """Add a record's line, its (name, value) pairs with a value (an unnamed value alone); whether it
        had any."""
        cells = []
        for label, value in fields:
            text = field_text(value) if value else ""
            if text:
                label = " ".join(label.split())
                cells.append(f"{label}: {text}" if label else text)
        if not cells:
            return False
        if self._heading is not None:
            if self.lines:
                self.add("")
            if self._heading:
                self.add(self._heading)
            self._heading = None
        self.records += 1
        if self.records > MAX_RECORDS:
            raise DocumentTooLarge(
                self.name, f"has more than {MAX_RECORDS:,} records; export the rows to index as a .csv"
            )
        self.add(" | ".join(cells))
        return True

    def text(self) -> str:
        return "\n".join(self.lines)
