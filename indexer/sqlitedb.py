"""An SQLite database file (.db, .sqlite, .sqlite3: what an app, a WeChat mini-program's back office or a
desk tool keeps its records in — a 政策问答 knowledge base's questions and answers) as its tables' rows.

Only a file whose bytes open with SQLite's header ("SQLite format 3\\0") is read; another .db (Windows'
Thumbs.db thumbnail cache, a Berkeley DB) is refused as no SQLite database. The bytes are opened in memory
(``Connection.deserialize``: the file on disk is never opened by SQLite, nor a journal written), read only,
with the schema untrusted (``trusted_schema`` off) and strings and blobs bounded. A database left in WAL
mode is read as its main file holds it (its -wal file, if any, is not uploaded with it).

Each table, in the order it was created, is a heading line with its name, then a line per row of
``column: value`` pairs joined by `` | `` (records.py): text (UTF-8, or GB18030 when an app stored GBK
bytes as text) and numbers; a blob, NULL and an empty string are left out. SQLite's own tables
(sqlite_sequence, sqlite_stat1), views — a view repeats its tables' rows, filtered or joined — and full-text
and R-tree indexes (virtual tables and the shadow tables behind them, which repeat their table's text) are
no text. Bounded at MAX_TABLE_BYTES (dbase.py) and MAX_RECORDS rows; a damaged file is refused in one line.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator

from indexer.dbase import MAX_TABLE_BYTES
from indexer.decode import DocumentError
from indexer.records import RecordLines
from indexer.worddoc import DocumentTooLarge

MAGIC = b"SQLite format 3\x00"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LONGEST_VALUE = 20_000_000  # bytes of one string or blob (SQLITE_LIMIT_LENGTH): more is no document's
_SHADOWS = ("content", "data", "idx", "docsize", "config", "segments", "segdir", "stat", "node", "parent")


def read_sqlite(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an SQLite database file's bytes: each table's name, then a line per row."""
    if not data.startswith(MAGIC):
        said = " (an OLE file: Windows' Thumbs.db thumbnail cache?)" if data.startswith(_OLE) else ""
        raise DocumentError(name, f"is not an SQLite database{said}; nothing to index")
    if len(data) > MAX_TABLE_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_TABLE_BYTES:,} a database is read to"
        )
    if data[18:20] == b"\x02\x02":  # WAL mode: opened in memory as a rollback-journal database
        data = data[:18] + b"\x01\x01" + data[20:]
    out = RecordLines(name)
    try:
        with _ReadOnly(data) as con:
            for table in _tables(con):
                cursor = con.execute(f"SELECT * FROM {_quoted(table)}")
                columns = [str(column[0]) for column in cursor.description]
                out.heading(table)
                for row in cursor:
                    out.record(zip(columns, map(_value, row), strict=True))
    except (sqlite3.Error, UnicodeDecodeError) as e:  # (SQLite's message quoting a damaged schema's bytes)
        said = " ".join(str(e).split())[:200]
        raise DocumentError(name, f"is not a readable SQLite database ({said})") from None
    if not out.records:
        raise DocumentError(name, "holds no table rows with text; nothing to index")
    return out.text(), None


class _ReadOnly:
    """A connection to the database's bytes in memory, read-only (a temporary copy opened immutable where
    this Python's sqlite3 cannot deserialize)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.path: str | None = None

    def __enter__(self) -> sqlite3.Connection:
        if hasattr(sqlite3.Connection, "deserialize"):
            self.con = sqlite3.connect(":memory:")
            self.con.deserialize(self.data)
        else:  # pragma: no cover (Python 3.11 on an SQLite built without the serialize API)
            handle, self.path = tempfile.mkstemp(suffix=".sqlite")
            with os.fdopen(handle, "wb") as f:
                f.write(self.data)
            self.con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)
        self.con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _LONGEST_VALUE)
        self.con.execute("PRAGMA trusted_schema = OFF")
        self.con.execute("PRAGMA query_only = ON")
        self.con.text_factory = _text
        return self.con

    def __exit__(self, *exc: object) -> None:
        self.con.close()
        if self.path is not None:
            os.unlink(self.path)


def _tables(con: sqlite3.Connection) -> Iterator[str]:
    """The tables to read, in the order they were created: not SQLite's, views, virtual tables or theirs."""
    listed = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid").fetchall()
    virtual = [name for name, sql in listed if str(sql or "").upper().lstrip().startswith("CREATE VIRTUAL")]
    try:
        kinds = dict(con.execute("SELECT name, type FROM pragma_table_list WHERE schema = 'main'").fetchall())
    except sqlite3.Error:  # (SQLite before 3.37: the shadow tables known by their names)
        kinds = {f"{v}_{shadow}": "shadow" for v in virtual for shadow in _SHADOWS}
    for name, _ in listed:
        if not name.lower().startswith("sqlite_") and name not in virtual and kinds.get(name) != "shadow":
            yield name


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _text(raw: bytes) -> str:
    """A TEXT value: UTF-8, or GB18030 when an app stored GBK bytes as text."""
    for codec in ("utf-8", "gb18030"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def _value(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.15g}"
    return None  # (NULL, a blob)
