"""What a line of clean text is: a heading, an enumeration's item or what introduces one, a table's row and
the row naming its columns. Chunking (chunk.py) keeps these units whole; answer composition reads them."""

from __future__ import annotations

import re

HEADING_MAX_CHARS = 40  # how long a heading line may be (ChunkConfig.heading_max_chars)
TABLE_CELL = " | "  # how cleaning writes a table row's cells (.docx, HTML tables)
# An item of an enumeration: （一） (1) 1、 1. (full width too, never the 1.5 of 1.5万元) ① 一、 — how policy
# texts and statutes number conditions, materials, steps. The styles apart: a list's items share one.
_ITEM_STYLES = (
    r"[（(][一二三四五六七八九十]{1,3}[）)]",
    r"[（(]\d{1,2}[）)]",
    r"\d{1,2}(?:[\uff0e.](?!\d)|[\uff0e.](?=(?:19|20)\d\d年)|、)",  # 3.2024年度…计划表 is item 3
    r"[①-⑳]",
    r"[一二三四五六七八九十]{1,3}、",
    r"(?<![^\n])\d{1,2}\s*\|(?=\s)",  # a table row numbered in its first cell (1 | 申请表 | 原件1份)
)
LIST_ITEM = re.compile("|".join(f"(?:{style})" for style in _ITEM_STYLES))
_STYLES = tuple(re.compile(style) for style in _ITEM_STYLES)
# A line listing after a label: 附件：1.申请表 (its items follow on the lines below).
_LABELLED = re.compile(r"[^:：。；]{1,12}[:：]\s*")
# What introduces an enumeration: a sentence ending in a colon (应提交以下材料：, 条件如下：).
LIST_OPENER = re.compile(r"[:：]$")
_FIELD_LINE = re.compile(r"\s*(?:【[^】]{1,10}】|[^\s:：，。、]{1,10}[:：])\s*\S")
_ENDS_LIKE_SENTENCE = re.compile(r"[。！？；!?;…:：,，、”’」』\"')）]$")


def is_heading_line(text: str, start: int, end: int, max_chars: int = HEADING_MAX_CHARS) -> bool:
    """``text[start:end]`` is a whole line shaped like a heading (short, no sentence end, no table row, not a
    list's item): a section's name, which says what follows rather than anything itself."""
    whole = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    if not whole or not is_heading(text[start:end], max_chars):
        return False
    above = text[: max(0, start - 1)].rstrip().rsplit("\n", 1)[-1].strip()
    below = text[end + 1 :].lstrip().split("\n", 1)[0].strip()
    return not in_a_list(above, text[start:end], below)


def in_list(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` introduces an enumeration (its colon may stand just past a trimmed quote, or it is
    a heading its items follow: 第七条 申报程序。（一）…) or holds one of its items."""
    introduces = LIST_OPENER.search(text[start : end + 1].rstrip()) is not None
    return introduces or _heads_items(text, start, end) or LIST_ITEM.search(text, start, end) is not None


_HEADING_CHARS = 16  # how long a sentence heading the items that follow it may be (第七条 申报程序。)


def _heads_items(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a short sentence with no clause in it that numbered items follow at once: the
    heading of an article's steps, 「第七条 申报程序。（一）农户…；（二）…」 — a question for the steps had
    been answered with the heading alone (eval/policy22 p01, blind)."""
    quote = text[start:end].strip()
    if not quote or len(quote) > _HEADING_CHARS or re.search(r"[，,、；;:：]", quote):
        return False
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    return item_style(text[after : after + 12]) is not None


def item_style(line: str) -> int | None:
    """Which numbering style ``line`` opens with (or lists in after a label: 附件：1.…); None for none."""
    label = _LABELLED.match(line)
    for at in (0, label.end()) if label else (0,):
        for n, style in enumerate(_STYLES):
            if style.match(line, at):
                return n
    return None


def in_a_list(above: str, line: str, below: str) -> bool:
    """``line`` is an item of a list: numbered like the line above or below it. 「1. 就业见习补贴申请表」 is
    one of a guide's materials, not a section; 「一、总体要求」 has no neighbour numbered its way."""
    style = item_style(line)
    return style is not None and style in (item_style(above), item_style(below))


def is_heading(line: str, max_chars: int = HEADING_MAX_CHARS) -> bool:
    """``line`` is short and no sentence, table row or field: shaped like a section's name."""
    # a table row ("甲 | 乙") is content even when short, and so is a guide's field
    # (【办理地点】前进西路1801号, 联系电话：0512-57551234): it states its value — and so is a line
    # stating an amount, a slide's bullet without a full stop (家庭经济困难寄宿生生活补助：小学每生每年
    # 1000元，初中每生每年1250元; eval/policy25 n05, blind): a section is named, not counted
    return (
        len(line) <= max_chars
        and not _ENDS_LIKE_SENTENCE.search(line)
        and TABLE_CELL not in line
        and not _FIELD_LINE.match(line)
        and not _AMOUNT.search(line)
    )


# An amount in a line: a figure with its unit of money, share, age, area or count (not a year, a date or a
# section's number).
_AMOUNT = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:万?元|亿元|%|％|周岁|岁|平方米|亩|人次|个月|小时)")


# A table row printed without its separators: a short line, no sentence, ending in figures.
_LOST_ROW = re.compile(r"[^。；;：:\n]{1,60}?((?:\d+(?:\.\d+)?\s+)*\d+(?:\.\d+)?)\s*")


def _lost_row(line: str, row_above: str) -> bool:
    """``line`` is a row of the table whose row ``row_above`` is, printed without its cell separators."""
    found = _LOST_ROW.fullmatch(line)
    if found is None or TABLE_CELL not in row_above:
        return False
    return len(found.group(1).split()) >= row_above.count(TABLE_CELL.strip())


def table_header(text: str, pos: int) -> str | None:
    """The first row — the column names — of the table whose row is the line at ``pos``, when that line is
    not the first row itself (None for a line that is no table row). A passage or a quote cut from a
    table's middle (硕士研究生 | 每月2000元 | 20万元) says what its cells are only with it
    (人才类别 | 租房补贴 | 购房补贴)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if TABLE_CELL not in text[line_start : line_end if line_end >= 0 else len(text)]:
        return None
    header = line_start
    while header > 0:
        above = text.rfind("\n", 0, header - 1) + 1
        if TABLE_CELL not in text[above : header - 1]:
            # a row that lost its separators between two rows (意外伤残（按伤残等级比例给付）20000 30000: a
            # space-aligned column whose label ran into its figure) is still the table's: a short line ending
            # in as many figures as the row above has cells after its first
            higher = text.rfind("\n", 0, max(above - 1, 0)) + 1
            if above == 0 or not _lost_row(text[above : header - 1], text[higher : above - 1]):
                break
        header = above
    if header == line_start:
        return None
    return text[header : text.find("\n", header)].strip()


def column_names(text: str, pos: int) -> str | None:
    """The row naming the columns of the table row at ``pos``: the table's first row (``table_header``) —
    or, when that first row has fewer cells than the row at ``pos`` (a heading spanning columns:
    设施类型 | 库容 | 补贴标准 above 每立方米（元） | 单个主体上限（万元）), the row below it with as many
    cells as the row at ``pos``, if that row comes before it (eval/policy19 n08, written blind). None as for
    ``table_header``. Answer composition reads it; the index's passages keep ``table_header``."""
    header = table_header(text, pos)
    if header is None:
        return None
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    cells = text[line_start : line_end if line_end >= 0 else len(text)].count(TABLE_CELL)
    if header.count(TABLE_CELL) >= cells:
        return header
    below = text.rfind(header, 0, line_start) + len(header) + 1
    while 0 < below < line_start:
        end = text.find("\n", below)
        row = text[below:end].strip()
        if TABLE_CELL not in row:
            break
        if row.count(TABLE_CELL) == cells:
            return row
        below = end + 1
    return header


def ends_in_row(text: str, start: int, end: int) -> bool:
    """The last line of ``text[start:end]`` is a table row."""
    return TABLE_CELL in text[max(start, text.rfind("\n", 0, end) + 1) : end]
