"""A SQL dump (.sql: what mysqldump 8 writes — a 12345 热线's 诉求 table with the departments' replies —, and
pg_dump's and SQLite's .dump) as the rows its INSERT statements (and pg_dump's COPY blocks) hold.

CREATE TABLE names a table's columns; a column's COMMENT ('补助金额（元）') names it in place of its
identifier (amount), as PostgreSQL's COMMENT ON COLUMN does, and a table's COMMENT (ENGINE=InnoDB
COMMENT='…', COMMENT ON TABLE) is a heading line before its rows — its name when it has none. Each row is a
line of ``name: value`` pairs joined by `` | `` (records.py), NULL and empty values left out; an INSERT that
names its columns names them itself, and a row of a table the dump never creates is its values alone. A
string's escapes are resolved — MySQL's \\' \\" \\\\ \\n \\r \\t \\0 \\Z and '' doubled; pg_dump's and
SQLite's strings have none, as their headers say (standard_conforming_strings, PRAGMA), and SQLite's
replace('…\\n…','\\n',char(10)) is evaluated —, so an escaped line break is a line break in its field: a
reply of three paragraphs reads as three. A number reads as the dump writes it (1500.00), TRUE and FALSE (a
boolean column's t and f) as 是 and 否; a blob (0x…, X'…', _binary '…') and an expression are no text.

Comments (-- …, # …, /* … */ and MySQL's /*!40101 … */ conditional ones), SET, LOCK, DROP, ALTER and any
other statement, a routine written between DELIMITER lines, a function's $$-quoted body and the rows of
SQLite's own tables (sqlite_sequence) are no text.
Bounded as a text file is; a string or comment left open (a dump cut short) is refused naming its line. The
title is none.
"""

from __future__ import annotations

import re

from indexer.decode import DocumentError, decode_bytes
from indexer.records import RecordLines

# a token: its kind (s string, d "quoted", i `quoted`, x hex, n number, w word, p punctuation) and text
Token = tuple[str, str]

_TOKEN = r"""\s*(?:
  (?P<comment>--[^\n]*|\#[^\n]*|/\*.*?\*/)
| '(?P<s>{single})'
| "(?P<d>{double})"
| `(?P<i>(?:[^`]++|``)*+)`
| (?P<x>0[xX][0-9A-Fa-f]*)
| (?P<n>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)
| (?P<w>[^\W\d][\w$]*)
| (?P<p>::|\S)
)"""
_FLAGS = re.VERBOSE | re.DOTALL
# MySQL's strings take backslash escapes; standard SQL's (pg_dump's, SQLite's) double a quote only
_MYSQL = re.compile(_TOKEN.format(single=r"(?:[^'\\]++|\\.|'')*+", double=r'(?:[^"\\]++|\\.|"")*+'), _FLAGS)
_STANDARD = re.compile(_TOKEN.format(single=r"(?:[^']++|'')*+", double=r'(?:[^"]++|"")*+'), _FLAGS)
_STANDARD_DUMP = re.compile(
    r"^\s*(?:SET\s+standard_conforming_strings\s*=\s*'?on|PRAGMA\s+foreign_keys|BEGIN\s+TRANSACTION)",
    re.IGNORECASE | re.MULTILINE,
)
_ESCAPE = re.compile(r"\\(.)|''|\"\"", re.DOTALL)
_ESCAPED = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "%": "\\%", "_": "\\_"}
_COPY_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))", re.DOTALL)
_COPY_ESCAPED = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_COPY_END = re.compile(r"^\\\.\r?$", re.MULTILINE)
# a routine mysqldump writes between DELIMITER ;; and DELIMITER ; (its body's statements no rows)
_DELIMITER = re.compile(r"^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*$", re.IGNORECASE | re.MULTILINE)
# what opens a PostgreSQL function's dollar-quoted body ($$, $body$), which its match closes
_DOLLAR = re.compile(r"\$(?:[^\W\d]\w*)?\$")
# what opens a table's definition that is no column
_CONSTRAINTS = frozenset(
    ("PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT", "FOREIGN", "FULLTEXT", "SPATIAL", "CHECK", "EXCLUDE")
)
_INSERT_WORDS = frozenset(("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO", "OR", "REPLACE"))
_INSERT_WORDS |= {"ROLLBACK", "ABORT", "FAIL"}
_WORDS = {"NULL": None, "DEFAULT": None, "TRUE": "是", "FALSE": "否"}
_BOOLEAN = {"t": "是", "f": "否", "true": "是", "false": "否"}


class _Table:
    def __init__(self, name: str) -> None:
        self.name = name
        self.columns: list[str] = []
        self.labels: dict[str, str] = {}  # a column's COMMENT, by the column's name in lower case
        self.booleans: set[str] = set()  # columns of PostgreSQL's boolean type (COPY writes t and f)
        self.comment = ""


def read_sql(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .sql dump's bytes: a line per row of its tables' data, under each table's name."""
    text = _without_routines(decode_bytes(data, name=name))
    lexer = _Lexer(text, bool(_STANDARD_DUMP.search(text[:16384])), name)
    tables: dict[str, _Table] = {}
    out = RecordLines(name)
    last = ""  # the table whose rows were read last

    def rows(table_name: str, columns: list[str], values: list[list[str | None]]) -> None:
        nonlocal last
        table = tables.get(table_name.lower()) or _Table(table_name)
        if table.name.lower() != last:
            out.heading(table.comment or table.name)
            last = table.name.lower()
        names = columns or table.columns
        labels = [table.labels.get(c.lower()) or c for c in names]
        booleans = [n for n, c in enumerate(names) if c.lower() in table.booleans]
        for row in values:
            for n in booleans:
                if n < len(row) and row[n] is not None:
                    row[n] = _BOOLEAN.get(str(row[n]).lower(), row[n])
            out.record((labels[n] if n < len(labels) else "", value) for n, value in enumerate(row))

    while (statement := lexer.statement()) is not None:
        head = [v.upper() for k, v in statement[:3] if k == "w"]
        if not head:
            continue
        if head[0] == "CREATE" and (table := _create_table(statement)) is not None:
            tables[table.name.lower()] = table
        elif head[:2] == ["COMMENT", "ON"]:
            _comment_on(statement, tables)
        elif head[0] in ("INSERT", "REPLACE"):
            found = _insert(statement, lexer.standard)
            if found is not None and not found[0].lower().startswith("sqlite_"):  # (SQLite's own tables)
                rows(*found)
        elif head[0] == "COPY" and _copies_stdin(statement):
            parts, at = _qualified(statement, 1)
            columns = [v for k, v in _inside(statement, at) if k in "idw"] if parts else []
            rows(parts[-1] if parts else "", columns, lexer.copy_rows())
    if not out.records:
        raise DocumentError(name, "holds no table rows (no INSERT or COPY data); nothing to index")
    return out.text(), None


def _without_routines(text: str) -> str:
    """``text`` with what stands between DELIMITER ;; and DELIMITER ; blank (its line breaks kept)."""
    parts: list[str] = []
    at, opened = 0, -1
    for m in _DELIMITER.finditer(text):
        if opened < 0 and m.group(1) != ";":
            opened = m.start()
        elif opened >= 0 and m.group(1) == ";":
            parts += [text[at:opened], "\n" * text.count("\n", opened, m.end())]
            at, opened = m.end(), -1
    return "".join(parts) + text[at:]


class _Lexer:
    """A dump's statements as tokens (comments and space none), and pg_dump's COPY data after one."""

    def __init__(self, text: str, standard: bool, name: str) -> None:
        self.text, self.standard, self.name = text, standard, name
        self._token = _STANDARD if standard else _MYSQL
        self.at = 0

    def statement(self) -> list[Token] | None:
        """The next statement's tokens (None at the end): up to its semicolon, comments and space none."""
        tokens: list[Token] = []
        text, match, append = self.text, self._token.match, tokens.append
        while (m := match(text, self.at)) is not None:  # (None: only space is left)
            kind = m.lastgroup or ""
            value = m.group(kind)
            self.at = m.end()
            if kind == "p" and value in ";'\"`/$":
                if value == ";":
                    return tokens
                self._odd(value, m.start(kind))
            elif kind in ("s", "d"):
                append((kind, self._unescaped(value)))
            elif kind == "i":
                append((kind, value.replace("``", "`")))
            elif kind != "comment":
                append((kind, value))
        self.at = len(text)
        return tokens or None

    def _odd(self, value: str, at: int) -> None:
        """A quote or comment left open (refused), or a PostgreSQL function's $$ body (skipped)."""
        if value in "'\"`" or self.text.startswith("/*", at):
            what = "comment" if value == "/" else "quoted string"
            raise DocumentError(self.name, f"has a {what} not closed (line {self._line(at)}); cut short?")
        if value == "$" and (opener := _DOLLAR.match(self.text, at)):
            close = self.text.find(opener.group(), opener.end())
            if close < 0:
                raise DocumentError(
                    self.name, f"has a $$ body not closed (line {self._line(at)}); cut short?"
                )
            self.at = close + len(opener.group())  # (a function's body: no rows)

    def copy_rows(self) -> list[list[str | None]]:
        """The tab-separated rows after a COPY … FROM stdin, up to its \\. line (\\N is NULL)."""
        start = self.text.find("\n", self.at) + 1 or len(self.text)
        end = _COPY_END.search(self.text, start)
        if end is None:
            raise DocumentError(
                self.name, f"ends inside COPY data (from line {self._line(start)}); cut short?"
            )
        self.at = end.end()
        block = self.text[start : end.start()]
        return [[_copy_value(f) for f in line.split("\t")] for line in block.splitlines() if line]

    def _unescaped(self, value: str) -> str:
        if self.standard:
            return value.replace("''", "'").replace('""', '"')
        return _ESCAPE.sub(_unescape, value)

    def _line(self, at: int) -> int:
        return self.text.count("\n", 0, at) + 1


def _unescape(m: re.Match[str]) -> str:
    said = m.group(1)
    return m.group()[0] if said is None else _ESCAPED.get(said, said)


def _copy_value(field: str) -> str | None:
    if field == "\\N":
        return None

    def escaped(m: re.Match[str]) -> str:
        octal, hexa, said = m.groups()
        return (
            chr(int(octal, 8) if octal else int(hexa, 16)) if octal or hexa else _COPY_ESCAPED.get(said, said)
        )

    return _COPY_ESCAPE.sub(escaped, field)


def _qualified(tokens: list[Token], at: int) -> tuple[list[str], int]:
    """A dotted name's parts (db.`t`, public."t") from ``at``, and where it ends."""
    parts: list[str] = []
    while at < len(tokens) and tokens[at][0] in "idw":
        parts.append(tokens[at][1])
        if at + 1 < len(tokens) and tokens[at + 1] == ("p", "."):
            at += 2
        else:
            return parts, at + 1
    return parts, at


def _inside(tokens: list[Token], at: int) -> list[Token]:
    """The tokens between the bracket at ``at`` and its match (none when ``at`` is no bracket)."""
    return _group(tokens, at)[0] if at < len(tokens) and tokens[at] == ("p", "(") else []


def _group(tokens: list[Token], at: int) -> tuple[list[Token], int]:
    depth = 0
    for end in range(at, len(tokens)):
        if tokens[end] == ("p", "("):
            depth += 1
        elif tokens[end] == ("p", ")"):
            depth -= 1
            if not depth:
                return tokens[at + 1 : end], end + 1
    return tokens[at + 1 :], len(tokens)


def _split(tokens: list[Token]) -> list[list[Token]]:
    """Comma-separated items at the top level of a bracket's tokens."""
    items: list[list[Token]] = [[]]
    depth = 0
    for token in tokens:
        if token == ("p", ",") and not depth:
            items.append([])
            continue
        depth += token == ("p", "(")
        depth -= token == ("p", ")")
        items[-1].append(token)
    return items


def _create_table(tokens: list[Token]) -> _Table | None:
    words = [v.upper() if k == "w" else "" for k, v in tokens[:8]]
    if "TABLE" not in words:
        return None
    at = words.index("TABLE") + 1
    if words[at : at + 3] == ["IF", "NOT", "EXISTS"]:
        at += 3
    parts, at = _qualified(tokens, at)
    if not parts or at >= len(tokens) or tokens[at] != ("p", "("):
        return None  # (CREATE TABLE … AS SELECT, … LIKE: no columns stated)
    table = _Table(parts[-1])
    inside, at = _group(tokens, at)
    for item in _split(inside):
        if not item or item[0][0] not in "idw" or (item[0][0] == "w" and item[0][1].upper() in _CONSTRAINTS):
            continue
        table.columns.append(item[0][1])
        if len(item) > 1 and item[1][1].upper() in ("BOOLEAN", "BOOL"):
            table.booleans.add(item[0][1].lower())
        if (said := _comment(item[1:])) is not None:
            table.labels[item[0][1].lower()] = said
    table.comment = _comment(tokens[at:]) or ""
    return table


def _comment(tokens: list[Token]) -> str | None:
    """What a COMMENT ['='] '…' among ``tokens`` says."""
    for n, (kind, value) in enumerate(tokens[:-1]):
        if kind == "w" and value.upper() == "COMMENT":
            said = tokens[n + 2] if tokens[n + 1] == ("p", "=") and n + 2 < len(tokens) else tokens[n + 1]
            if said[0] in "sd":
                return " ".join(said[1].split()) or None
    return None


def _comment_on(tokens: list[Token], tables: dict[str, _Table]) -> None:
    """PostgreSQL's COMMENT ON TABLE t IS '…' and COMMENT ON COLUMN t.c IS '…'."""
    what = tokens[2][1].upper() if len(tokens) > 2 else ""
    parts, at = _qualified(tokens, 3)
    said = tokens[at + 1] if at + 1 < len(tokens) and tokens[at][1].upper() == "IS" else ("w", "NULL")
    if said[0] != "s" or not parts:
        return
    if what == "TABLE" and (table := tables.get(parts[-1].lower())):
        table.comment = " ".join(said[1].split())
    elif what == "COLUMN" and len(parts) > 1 and (table := tables.get(parts[-2].lower())):
        table.labels[parts[-1].lower()] = " ".join(said[1].split())


def _copies_stdin(tokens: list[Token]) -> bool:
    words = [v.upper() for k, v in tokens if k == "w"]
    return any(words[n : n + 2] == ["FROM", "STDIN"] for n in range(len(words)))


def _insert(tokens: list[Token], standard: bool) -> tuple[str, list[str], list[list[str | None]]] | None:
    """An INSERT's (table, columns it names, rows of values)."""
    at = 1
    while at < len(tokens) and tokens[at][0] == "w" and tokens[at][1].upper() in _INSERT_WORDS:
        at += 1
    parts, at = _qualified(tokens, at)
    if not parts:
        return None
    columns = [v for k, v in _inside(tokens, at) if k in "idw"]
    while at < len(tokens):  # (pg's OVERRIDING SYSTEM VALUE before VALUES)
        word = tokens[at][1].upper() if tokens[at][0] == "w" else ""
        if word == "VALUES" or (word == "VALUE" and at + 1 < len(tokens) and tokens[at + 1] == ("p", "(")):
            break
        at += 1
    rows: list[list[str | None]] = []
    at += 1
    while at < len(tokens) and tokens[at] == ("p", "("):
        inside, at = _group(tokens, at)
        rows.append([_value(item, standard) for item in _split(inside)])
        if at < len(tokens) and tokens[at] == ("p", ","):
            at += 1
    return parts[-1], columns, rows


def _value(tokens: list[Token], standard: bool) -> str | None:
    """A value's text: a string, a number as written, TRUE/FALSE; None for NULL, a blob, an expression."""
    if not tokens:
        return None
    (kind, value), rest = tokens[0], tokens[1:]
    strings = "s" if standard else "sd"
    if not rest:
        if kind in strings or kind == "n":
            return value
        return _WORDS.get(value.upper()) if kind == "w" else None
    if kind == "p" and value in "-+" and len(rest) == 1 and rest[0][0] == "n":
        return value.lstrip("+") + rest[0][1]
    if kind in strings and rest[0] == ("p", "::"):  # (pg: '2026-04-30'::date)
        return value
    if kind == "w" and len(rest) == 1 and rest[0][0] in strings:
        # an introducer (_utf8mb4'…', N'…'); a blob's (_binary '…', X'…', B'…') is no text
        return None if value.upper() in ("_BINARY", "X", "B") else rest[0][1]
    if kind == "w" and value.lower() in ("replace", "char"):
        try:
            said, end = _expression(tokens, 0)
        except (IndexError, ValueError, TypeError, RecursionError):
            return None
        return said if end == len(tokens) else None
    return None


def _expression(tokens: list[Token], at: int) -> tuple[str, int]:
    """SQLite's .dump of a string with line breaks: replace('…\\n…','\\n',char(10)), evaluated."""
    kind, value = tokens[at]
    if kind in "sn":
        return value, at + 1
    if kind != "w" or tokens[at + 1] != ("p", "(") or value.lower() not in ("replace", "char"):
        raise ValueError(value)
    args: list[str] = []
    at += 2
    while True:
        said, at = _expression(tokens, at)
        args.append(said)
        at += 1
        if tokens[at - 1] == ("p", ")"):
            break
        if tokens[at - 1] != ("p", ","):
            raise ValueError(tokens[at - 1])
    if value.lower() == "char":
        return "".join(chr(int(a)) for a in args), at
    source, old, new = args
    return source.replace(old, new), at
