"""How a sheet's rows of cells become lines of text, whatever read them (spreadsheet.py: .xlsx, .xls, .csv,
.tsv; odf.py: .ods): a row one line, its cells joined by `` | `` under the table's first row, a merged title
above it a caption line, a cell left empty inside a table ``—`` (see spreadsheet.py's docstring); and the
bounds every reader counts its cells against.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from indexer.worddoc import DocumentTooLarge

MAX_CELLS = 1_000_000  # filled cells of one workbook, all sheets
EMPTY_CELL = "—"  # a cell left empty inside a table: its neighbours stay under their columns' names
TABLE_CELL = " | "  # lines.TABLE_CELL (not imported here: the loader stays light)
_DEFAULT_SHEET = re.compile(r"(?:sheet|工作表)\s*\d*", re.IGNORECASE)
_FIELD = re.compile(r"[^：:|]{1,12}[：:]")  # 填报单位： 单位: 制表人： — a field's name, then its value


@dataclass
class Sheet:
    name: str
    rows: list[tuple[int, dict[int, str]]] = field(default_factory=list)  # (row number, column → text)


class CellCounter:
    """Filled cells and characters read so far, against the bounds."""

    def __init__(self, name: str, max_chars: int) -> None:
        self.name, self.max_chars = name, max_chars
        self.cells = self.chars = 0

    def add(self, text: str) -> None:
        self.cells += 1
        self.chars += len(text) + len(TABLE_CELL)
        if self.cells > MAX_CELLS:
            raise DocumentTooLarge(
                self.name, f"has more than {MAX_CELLS:,} filled cells; split it or upload fewer rows"
            )
        if self.chars > self.max_chars:
            raise DocumentTooLarge(self.name, f"has more than {self.max_chars:,} characters; split it")


def filled_row(cells: Iterable[tuple[int, str]], counter: CellCounter) -> dict[int, str]:
    row: dict[int, str] = {}
    for column, text in cells:
        if text:
            counter.add(text)
            row[column] = text
    return row


def layout(sheets: list[Sheet], lead: str) -> str:
    """The sheets' text (see the module's docstring); ``lead``, the workbook's title, opens it where the text
    would otherwise open with a table's header or a sheet's name."""
    filled = [s for s in sheets if s.rows]
    lines: list[str] = []
    opens_bare = False  # with a table's header, or a sheet's name
    for sheet in filled:
        own = list(_sheet_lines(sheet))
        name = sheet.name.strip()
        # a sheet's caption heads it; else its name, when there are several and it was given one
        named = len(filled) > 1 and TABLE_CELL in own[0] and name and not _DEFAULT_SHEET.fullmatch(name)
        opens_bare = opens_bare or (not lines and (named or TABLE_CELL in own[0]))
        lines.extend([name, *own] if named else own)
    if opens_bare and lead.strip():
        lines.insert(0, lead.strip())
    return "\n".join(lines)


def _sheet_lines(sheet: Sheet) -> Iterator[str]:
    table: list[dict[int, str]] | None = None
    singles: list[dict[int, str]] = []  # rows of one cell since the table's last wider row
    previous = 0
    for number, row in sheet.rows:
        gap = number > previous + 1
        previous = number
        if len(row) >= 2:
            if table is None:
                yield from _lines(singles)
                table = [row]
            else:
                table.extend(singles)  # inside the table: rows of it (a section's name, a row mostly empty)
                table.append(row)
            singles = []
        else:
            if gap and table is not None:
                yield from _table(table)
                yield from _lines(singles)
                table, singles = None, []
            singles.append(row)
    if table is not None:
        yield from _table(table)
    yield from _lines(singles)


def _lines(rows: list[dict[int, str]]) -> Iterator[str]:
    for row in rows:
        yield from row.values()


def _table(rows: list[dict[int, str]]) -> Iterator[str]:
    columns = sorted({c for row in rows for c in row})
    while len(rows) > 1 and 2 * len(rows[0]) <= len(columns) and all(map(_FIELD.match, rows[0].values())):
        # 填报单位：仙居县就业管理服务中心 | 填报日期：2025年8月20日 above a header of seven columns:
        # fields of the sheet, not the names of its columns (eval/policy20)
        yield " ".join(rows.pop(0).values())  # one line: the title above it stays the sheet's headline
        columns = sorted({c for row in rows for c in row})
    for row in rows:
        yield TABLE_CELL.join(row.get(c, EMPTY_CELL) for c in columns)
