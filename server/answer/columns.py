"""What a table cell's bare figure counts: the unit its column's name states (补贴标准（万元）), a column of
units beside it, or the unit stated for the whole table (单位：元/人·月)."""

from __future__ import annotations

import re

from indexer.lines import TABLE_CELL

# A column name's unit (个人缴费（元/年）, 补贴标准(万元), 面积（平方米）, 基准价（元/平方米·月）): its cells'
# bare numbers are counted in it.
_COLUMN_UNIT = re.compile(r"[（(]\s*([^\s（()）/]{1,4})(?:/[^（()）]{1,6})?\s*[)）]\s*$")
_BARE_NUMBER = re.compile(r"\s*\d+(?:\.\d+)?\s*")
# … and a range of them (44（含）—100, 250（含）以上 under 主机功率（千瓦）: brackets of power)
_BARE_RANGE = re.compile(
    r"\s*\d+(?:\.\d+)?\s*(?:[(（]不?含[)）])?\s*"
    r"(?:(?:至|到|-|—|~)\s*\d+(?:\.\d+)?\s*(?:[(（]不?含[)）])?|(?:及|或)?(?:以上|以下|以内))\s*"
)
_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_UNITS_COLUMN = re.compile(r"\s*(?:计量)?单位\s*")
_CELL_UNIT = re.compile(r"\s*([^\s\d/（()）—-][^\s\d（()）]{0,7})\s*$")


def _literal(text: str) -> str:
    """``text`` as a replacement string of re.sub (a backslash stands for itself)."""
    return text.replace("\\", "\\\\")


def with_column_units(header: str, row: str, table_unit: str = "") -> str:
    """``row`` (a table row's cells) with each bare number given its column's unit from ``header`` (the
    table's column names): 第七档 | 2000 | 150 under 档次 | 个人缴费（元/年） | 政府缴费补贴（元/年） states
    150元 — or, in a column naming none, the ``table_unit`` stated for the whole table (一、保障标准（单位：
    元/人·月） over 保障对象 | 原标准 | 新标准). The row as it is when the columns do not line up."""
    names, cells = header.split(TABLE_CELL), row.split(TABLE_CELL)
    if len(names) != len(cells):
        return row
    # a column of units gives the row's (补偿项目 | 标准 | 单位 over 临时安置费 | 13.5 | 元/平方米·月:
    # 13.5元/平方米·月; eval/policy17 n19)
    row_unit = next(
        (
            found.group(1)
            for name, cell in zip(names, cells, strict=True)
            if _UNITS_COLUMN.fullmatch(name) and (found := _CELL_UNIT.match(cell))
        ),
        "",
    )
    # … or its label does (小麦单产（公斤/亩） | 512 | 482 under 指标 | 还田田块 | 常规田块: 512公斤;
    # eval/policy39 a03, blind)
    # — a unit, where the table states none, not a rate (意外住院津贴（每天） | 30 | 50 under 单位：元 counts
    # 元 a day: tests/test_answer_table_across.py)
    labelled = _COLUMN_UNIT.search(cells[0])
    if labelled and not table_unit and not labelled.group(1).startswith("每"):
        row_unit = row_unit or labelled.group(1)
    out = []
    for name, cell in zip(names, cells, strict=True):
        found = _COLUMN_UNIT.search(name)
        unit = found.group(1) if found else row_unit or table_unit
        if unit and _BARE_NUMBER.fullmatch(cell):
            cell = cell.strip() + unit
        elif unit and _BARE_RANGE.fullmatch(cell):
            cell = _CELL_NUMBER.sub(rf"\g<0>{_literal(unit)}", cell.strip())
        out.append(cell)
    return TABLE_CELL.join(out)


# The unit a table's figures are all counted in, stated on the line above it or in its first row
# (（单位：元/人·月）, 单位：万元).
_TABLE_UNIT = re.compile(r"单位\s*[:：]\s*([^\s（()）/，,。;；|]{1,4})")


def table_unit(text: str, at: int, header: str) -> str:
    """The unit stated for the whole table whose first row, ``header``, stands before ``at`` in ``text``."""
    start = text.rfind(header, 0, at)
    if start < 0:
        return ""
    above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : start]
    found = _TABLE_UNIT.search(header) or (_TABLE_UNIT.search(above) if start > 0 else None)
    return found.group(1) if found else ""
