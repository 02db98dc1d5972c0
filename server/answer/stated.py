"""What a candidate states, as the narrowing of answering candidates reads it (narrow.py): a date — with its
year, or a bare month and day —, a table row the question names by its label, a figure under a column naming
the bound asked, a target, the figures the asker states, and the bracket a figure is stated for; whether its
document is a draft put out for comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.lines import TABLE_CELL
from indexer.measures import UNIT_MEASURES, UNITS, quantities
from indexer.normalize import normalize
from indexer.rerank import is_draft
from server.answer.brackets import bracket_fit, in_yuan
from server.answer.forms import EVENT_DAY, STATES_TARGET, STATES_TOTAL
from server.answer.question import Question
from server.answer.units import Unit


def _labelled_row(unit: Unit, norm: str) -> tuple[str, str] | None:
    """The label (first cell: 9月, 梅川镇, 珠玑镇) and the other cells of the table row the unit is, when the
    question names the label (not after 哪 or 几: 哪一档 asks which row, naming none: eval/policy4 m03)."""
    if TABLE_CELL not in unit.text:
        return None
    label, _, cells = normalize(unit.text.rpartition("\n")[2]).partition(TABLE_CELL)
    label = label.strip()
    if len(label) < 2 or re.search(f"(?<![哪几]){re.escape(label)}", norm) is None:
        return None
    return label, cells


def named_row(unit: Unit, norm: str) -> str:
    """The label of the table row the unit is, when the question names it and it is a row of figures and no
    total (a header's 月份 is in 9月份 too); else ""."""
    row = _labelled_row(unit, norm)
    if row is None or STATES_TOTAL.search(row[0]) is not None or DIGIT.search(row[1]) is None:
        return ""
    return row[0]


# When a row says something happens: a date, a month's day, a weekday, a time of day (每月第一个星期二, 9:00)
_WHEN = re.compile(r"\d{1,2}[:：]\d{2}|[年月日号]|星期|礼拜|周[一二三四五六日天末]")


def timed_row(unit: Unit, norm: str) -> bool:
    """The unit is a table row labelled with what the question names, saying when: 「…流动图书车什么时候到
    珠玑镇？」 by 珠玑镇 | 镇文化站 | 每月第一个星期二, not by the field giving the hours for every town
    (服务时间：上午9:00—11:30: eval/policy37 t08, blind)."""
    row = _labelled_row(unit, norm)
    return row is not None and _WHEN.search(row[1]) is not None


_FULL_DAY = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")


def full_days(unit: Unit) -> set[tuple[int, int]]:
    """The (month, day) of each date the unit states with its year."""
    return {(int(m.group(2)), int(m.group(3))) for m in _FULL_DAY.finditer(normalize(unit.text))}


def bare_day(unit: Unit) -> tuple[int, int] | None:
    """The (month, day) the unit states without a year, when it states no date with one."""
    text = normalize(unit.text)
    if _FULL_DAY.search(text):
        return None
    found = _MONTH_DAY.search(text)
    return (int(found.group(1)), int(found.group(2))) if found else None


def dated(unit: Unit) -> bool:
    """The unit states a date, or the day of an event."""
    return bool(unit.slot) or EVENT_DAY.search(unit.text) is not None


def draft(unit: Unit) -> bool:
    """The unit's document is a draft published for comment, superseded by the policy as issued."""
    return is_draft(unit.hit.document.title or "")


# The measures a question states a figure in to name a bracket (90岁以上, 月收入3000元以下, 100平方米): not
# a name's number (18号线) nor a year (2024年).
BRACKETS = ("age", "money", "area", "percent", "length", "weight")


def bracket_measures(question: Question) -> tuple[str, ...]:
    """The measures of the figures a number question asks for, whose brackets are read."""
    if question.measure in UNIT_MEASURES or question.measure in ("duration", "frequency"):
        # (a duration asked by its count, 几天: the days of the asker's bracket, 满5年不满10年 | 12天; how
        # often: 日排水量100立方米以上的…排水户 | 每季度1次 for 每天排150方, eval/policy40 a01, blind)
        return (question.measure, "percent") if question.share else (question.measure,)
    return ("money", "percent")


_WAN_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*万元?")


def stated_numbers(question: Question) -> re.Pattern[str] | None:
    """The figures a number question states itself in a measure, as a pattern of whole numbers — its bare 万
    amounts in money talk too (「…核定修缮费用28万，能补多少钱？」 by the reply's 您家核定修缮费用28万元，
    可补助14万元, not its rule: eval/policy27 n01, blind)."""
    # (… not followed by another measure's unit: the asker's 承包5000亩 is not the rule's 每台5000元 —
    # eval/policy33 n15, blind — but 90岁 is in 90至99周岁)
    norm = in_yuan(question.norm)
    forms: set[str] = set()
    for measure in BRACKETS:
        others = "|".join(UNITS[m] for m in BRACKETS if m != measure)
        for quantity in quantities(norm, measure):
            for n in re.findall(r"\d+(?:\.\d+)?", quantity):
                forms.add(rf"{re.escape(n)}(?![\d.])(?!\s*(?:{others}))")
            if measure == "money" and (wan := _WAN_AMOUNT.fullmatch(quantity)):
                # … written in full as a reply reckons it: 6.8万元 is 贵村今年新募集68000元
                # (eval/policy37 n07, blind)
                forms.add(rf"{round(float(wan.group(1)) * 10000)}(?![\d.])")
    if not forms:
        return None
    return re.compile(r"(?<![\d.])(?:" + "|".join(sorted(forms)) + ")")


def states_bound(unit: Unit, bound: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """The unit states a figure as ``bound``: in its words, or as a row under a column named for it
    (小微企业 | 300万元 under 最高贷款额度)."""
    if not unit.slot:
        return False
    # (… in its words as normalised too: a page in traditional script states 不得少於; eval/policy41 c01,
    # blind)
    if bound[0].search(unit.text) or bound[0].search(unit.said):
        return True
    return TABLE_CELL in unit.text and bound[1].search(unit.said.rpartition("\n")[0]) is not None


def bound_column(unit: Unit, bound: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """The unit is a table row whose column names name the bound asked (热水器 | … | 2000 under 单件最高补贴
    （元）): a field of the bound, as 补贴标准 is one of the standard."""
    return TABLE_CELL in unit.text and states_bound(unit, bound)


DIGIT = re.compile(r"\d")


def row_or_text(unit: Unit) -> str:
    """A table row as it states its figures (in its columns' units), else the unit's own text (normalised)."""
    return with_units(unit).rpartition("\n")[2] if TABLE_CELL in unit.text else normalize(unit.text)


def with_units(unit: Unit) -> str:
    """What the unit states under its heading or column names, a table row's numbers in its columns' units
    (``Unit.stated``, read once when the candidate was made; a unit made without it, by its ``said``)."""
    return unit.stated or unit.said


def bracket_absent(question: Question, supported: Sequence[Unit]) -> bool:
    """The asker states where they stand (「闵行区75周岁老人…每月多少?」) and the evidence states figures for
    brackets of that kind, none holding them (80至89周岁…150元; 90至99周岁…300元): the documents state no
    figure for the asker."""
    if question.slot != "number" or not question.brackets:
        return False
    measures = bracket_measures(question)
    fits = [bracket_fit(question.brackets, with_units(u), measures) for u in supported]
    if -1 not in fits or 1 in fits:
        return False
    # … unless the best figure stated is bounded by no bracket: what everyone gets (参加集体婚礼的新人每对
    # 补助3000元, a reply's 合计5000元), where only a draft's 彩礼不超过1万元的，另奖励1000元 leaves out the
    # asker's 彩礼2.8万 (eval/policy36 n01, blind)
    figures = [(u.score, fit) for u, fit in zip(supported, fits, strict=True) if u.slot]
    return not figures or max(figures)[1] != 0


def sets_target(unit: Unit) -> bool:
    """The unit states a target: itself, or the sentence (to its full stop) it is a clause of
    (主要预期目标是：地区生产总值增长6.5%左右；…；一般公共预算收入增长4%)."""
    passage, at = unit.hit.text, unit.start - unit.hit.start
    if not 0 <= at <= len(passage):
        return STATES_TARGET.search(normalize(unit.sentence or unit.text)) is not None
    begin = max(passage.rfind(mark, 0, at) for mark in "。\n!?！？") + 1
    return STATES_TARGET.search(normalize(passage[begin:at] + unit.text)) is not None


def sentence_before(unit: Unit) -> str:
    """What the unit's sentence says before it: the clauses a clause follows (80至89周岁每人每月150元； before
    90至99周岁…)."""
    text, at = unit.hit.text, max(0, unit.start - unit.hit.start)
    return text[max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1 : at]
