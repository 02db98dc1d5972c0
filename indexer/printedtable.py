"""A printed table's rows (indexer/reflow.py reads printed pages): extraction gives a PDF table's row, or a
plain text file's aligned columns, as cells parted by spaces; they are written as cleaning writes a table's
rows, cells parted by " | ", so that a row is read under its columns, not as a heading."""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.text import CJK_CLASS

_CJK = re.compile(f"[{CJK_CLASS}]")

# A table row as extraction gives it, its cells parted by spaces (人才层次 购房补贴 租房补贴): 3 to 8 cells of
# at most 20 characters, a hanzi among them, no sentence end, at most one cell of a single character (text
# set with a space between every character is no table).
_ROW_CELLS = (3, 8)
_CELL_CHARS = 20
_REMARK_CHARS = 60


def _cells(line: str, spaced: bool = False) -> list[str] | None:
    """A line's cells when it reads as a table's row; ``spaced``: only cells parted by two spaces or more (a
    plain text file, where one space parts words of a sentence)."""
    body = line.strip()
    if spaced and not re.search(r"\S\s{2,}\S", body):
        return None
    cells = re.split(r"\s{2,}", body) if "  " in body else body.split()
    # (a plain text file's two columns are a label and its value: 自然分娩        2000元)
    least = 2 if spaced else _ROW_CELLS[0]
    if not least <= len(cells) <= _ROW_CELLS[1] or not _CJK.search(body) or "。" in body:
        return None
    # (one-character cells: text set with a space between every character, unless two spaces part them)
    # A plain text file's last column may be a remark (说明) of a clause: 产权调换安置  1:1  —  按合法
    # 建筑面积1:1安置，安置房另按300元/平方米结算 is a row, not a paragraph cutting its table in two
    # (eval/policy17 n19).
    last = _REMARK_CHARS if spaced else _CELL_CHARS
    if max(map(len, cells[:-1])) > _CELL_CHARS or len(cells[-1]) > last:
        return None
    # (… unless two spaces or more part them: a layout line of a table drawn cell by cell, 2   靖边·凤凰城三期
    # 38   9   262180 — eval/policy24 n19, blind)
    if sum(len(c) == 1 for c in cells) > 1 and not spaced and "  " not in body:
        return None
    return cells


def table_rows(lines: Sequence[str], spaced: bool = False) -> list[str]:
    """A printed table's rows written as cleaning writes a table's (cells parted by " | "): two or more
    consecutive lines of the same number of space-parted cells (``spaced``: parted by two spaces or more, as
    a plain text file aligns its columns). Read as sentences, its rows were headings (全日制本科 5万元
    每月800元 — short, no sentence end) and the figure under 租房补贴 was never quoted."""
    out = list(lines)
    cells = [_cells(line, spaced) or [] for line in lines]
    widths = [len(c) for c in cells]
    i = 0
    while i < len(lines):
        j = i
        while widths[i] and j + 1 < len(lines) and widths[j + 1] == widths[i]:
            j += 1
        if j > i:
            # … and the total row under them whose label spans columns (合计  7080  25764  2576.40)
            if (
                j + 1 < len(lines)
                and 2 <= widths[j + 1] < widths[i]
                and all(_FIGURE.fullmatch(c) for c in cells[j + 1][1:])
            ):
                j += 1
            out[i : j + 1] = [" | ".join(c) for c in cells[i : j + 1]]
        i = j + 1
    return out


_FIGURE = re.compile(r"[\d.,，%％]+(?:[万亿]?[元户人个]?)")
