"""Brackets: a policy states its figures for ranges of ages, areas, sums, weights or power
(80至89周岁每人每月150元, 90平方米（不含）至144平方米 | 实缴契税的60%, 100周岁及以上每人每月800元,
44（含）—100 | 18500 under 主机功率（千瓦）). A question whose asker says
where they stand (「我奶奶今年刚满一百岁，每个月能拿多少」, 「建筑面积120平米，契税能补多少」) is answered by
the figure of the bracket holding that value, not by the others.

Values are read from the question once (`stated_values`, kept on `Question.brackets`); a candidate's brackets
are read from its normalised text (`bracket_fit`). Numbers may be written in Chinese numerals (一百岁): cn2an
reads them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import cn2an

from indexer.measures import quantities

# The measures a bracket is stated in, and their units (longest first); 万元 counts 10,000 元.
_UNITS = {
    "age": r"周岁|岁",
    "area": r"平方米|平米|平方|m2|㎡",
    "money": r"万元|元|块钱|块",  # (交3000块: the asker's yuan)
    "weight": r"公斤|千克|kg",
    "power": r"千瓦|kw",
    "volume": r"毫升|ml",
    # (方 for 立方米 as people say it: 每天排150方污水 against 日排水量100立方米以上; eval/policy40 a01,
    # blind)
    "cubic": r"立方米|立方|方(?![式面案法向便针位言])",
    # years of service, contribution or residence (满5年不满10年 | 12 under 年休假（天）); not a calendar
    # year (2024年, read as no value: over _MOST_YEARS) nor a 年级 / 年度
    "years": r"年(?![级度代底初末])",
    # months the asker has waited, worked or kept something (刚做完一个月, 上班第3个月): not a month of the
    # calendar (3月) nor the period a rate is told in (一个月能领多少: no word of time passed before it)
    "months": r"个月",
}
_MOST_YEARS = 100
_NUMERALS = "零〇一二两三四五六七八九十百千"
# A number, whole: not the tail of a longer run of digits or numerals (bounded, so a long run costs little).
_NUM = rf"(?<![\d.{_NUMERALS}])(\d{{1,12}}(?:\.\d{{1,4}})?|[{_NUMERALS}]{{1,12}})"
_OPEN = r"(?:\((不)?含\))?"  # (含) / (不含) after a bound: whether the bound itself is in the range
_DASH = r"\s*(?:至|到|-|—|~)\s*"
_ABOVE_WORD = r"(年满|满|超过|高于|大于|不低于|不少于)"
_BELOW_WORD = r"(不满|未满|低于|不足|小于|不超过|不高于|不到)"


def _patterns(unit: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    u = f"({unit})"
    between = re.compile(rf"{_NUM}\s*{u}?\s*{_OPEN}{_DASH}{_NUM}\s*{u}\s*{_OPEN}")
    above = re.compile(rf"(?:{_ABOVE_WORD}\s*)?{_NUM}\s*{u}\s*{_OPEN}\s*(?:及|或)?以上")
    below = re.compile(rf"{_NUM}\s*{u}\s*{_OPEN}\s*(?:及|或)?(?:以下|以内)")
    bound = re.compile(rf"(?:{_ABOVE_WORD}|{_BELOW_WORD})\s*{_NUM}\s*{u}")
    return between, above, below, bound


_PATTERNS = {kind: _patterns(unit) for kind, unit in _UNITS.items()}
# A number in a question the asker states as their own (刚满一百岁, 120平米, 一年交2000元) — not a bound it
# names itself (80岁以上老人, 月收入3000元以下): no range word before or after it.
# (a value told roughly is still told: 70来公斤, 八十多岁)
_VALUE = {kind: re.compile(rf"{_NUM}\s*(?:来|多)?\s*({unit})") for kind, unit in _UNITS.items()}
# (至 / 到 after a number: 60到70公斤 is a range, 长到70来公斤 a value)
_RANGE_BEFORE = re.compile(
    rf"(?:超过|高于|大于|不低于|不少于|不满|未满|低于|不足|小于|不超过|不高于|不到|[\d{_NUMERALS}万]\s*(?:至|到|-|—|~))\s*$"
)
_RANGE_AFTER = re.compile(rf"^\s*{_OPEN}\s*(?:及|或)?(?:以上|以下|以内)|^{_DASH}")


_LONGEST = 12  # characters of a number read (一百二十三万四千五百: 10); a longer run of numerals is no amount


def _number(text: str, unit: str) -> float | None:
    if len(text) > _LONGEST:
        return None
    try:
        value = float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, OverflowError, TypeError):
        return None
    if unit.startswith("年") and value > _MOST_YEARS:
        return None
    return value * 10000 if unit == "万元" else value


@dataclass(frozen=True)
class Bracket:
    low: float
    high: float
    low_in: bool
    high_in: bool
    start: int
    end: int

    def holds(self, value: float) -> bool:
        above = value >= self.low if self.low_in else value > self.low
        below = value <= self.high if self.high_in else value < self.high
        return above and below


# Years the asker has served (干满6年, 工作了六年, 6年了): not a period a rate is told in (一年能休几天).
# (… or of service or standing, 服现役8年, 当兵5年, 工龄12年, 任教20年, 经营3年: eval/policy25 n18, blind)
# (… or reached, 交房第8年, 刚做完一个月: eval/policy40 y02, y08, blind)
_SERVED_BEFORE = re.compile(r"(?:满|了|干|工作|已经?|交|缴|役|兵|龄|教|任职|经营|参保|居住|第|完|后)\s*$")
_SERVED_AFTER = re.compile(r"^\s*了")
_PER_BEFORE = re.compile(r"每[^，。？?\d]{0,3}$")
# (… but a volume told per day or month is the asker's own rate, as a 日排水量 bracket states one:
# 每天排150方)
_PER_DAY = re.compile(r"每(?:天|日|月|个月)[^，。？?\d]{0,2}$")


# A question about money says 万 for 万元 (15万左右的车, 落地17万, 裸车价格30万以上: eval/policy24 n12, c03,
# blind) — not of people (人口3800万, 一万多人) nor acres: only where it talks of money, and before a word of
# amount or a stop.
_MONEY_TALK = re.compile(r"价|钱|元|费|补贴|补助|奖励|奖补|贷款|收入|工资|税|首付|存款|落地")
# (… told roughly too: 网上卖了1200多万, eval/policy26 n13, blind)
_BARE_WAN = re.compile(
    rf"(?<=[\d{_NUMERALS}])([多来]?)万(?=左右|以上|以下|以内|上下|出头|多(?![人户名个])|的|[，,。？?、\s]|$)"
)


def in_yuan(norm: str) -> str:
    """A question's bare 万 amounts written 万元, when it talks of money."""
    return _BARE_WAN.sub(r"\1万元", norm) if _MONEY_TALK.search(norm) else norm


def stated_values(norm: str) -> tuple[tuple[str, float], ...]:
    """The values (kind, number) a normalised question states of its asker."""
    norm = in_yuan(norm)
    out: list[tuple[str, float]] = []
    for kind, pattern in _VALUE.items():
        for m in pattern.finditer(norm):
            if kind in ("years", "months") and not (
                _SERVED_BEFORE.search(norm[max(0, m.start() - 3) : m.start()])
                or _SERVED_AFTER.search(norm[m.end() :])
            ):
                continue
            if _PER_BEFORE.search(norm[max(0, m.start() - 5) : m.start()]) and not (
                kind == "cubic" and _PER_DAY.search(norm[max(0, m.start() - 5) : m.start()])
            ):
                continue  # 每多缴1年 (…加发多少): the step a rate is told in, not the asker's own value
            if _RANGE_BEFORE.search(norm[max(0, m.start() - 5) : m.start()]) or _RANGE_AFTER.search(
                norm[m.end() :]
            ):
                continue
            value = _number(m.group(1), m.group(2))
            if value is not None:
                out.append((kind, value))
    return tuple(out)


def brackets_in(norm: str, kind: str) -> list[Bracket]:
    """The ranges of ``kind`` a normalised text states, in order."""
    between, above, below, bound = _PATTERNS[kind]
    found: list[Bracket] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= s or m.start() >= e for s, e in taken)

    for m in between.finditer(norm):
        unit = m.group(2) or m.group(5)
        low, high = _number(m.group(1), unit), _number(m.group(4), m.group(5))
        if low is not None and high is not None and low <= high:
            found.append(Bracket(low, high, m.group(3) is None, m.group(6) is None, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in above.finditer(norm):
        low = _number(m.group(2), m.group(3))
        if low is not None and free(m):
            exclusive = m.group(4) is not None or m.group(1) == "超过" or m.group(1) in ("高于", "大于")
            found.append(Bracket(low, math.inf, not exclusive, False, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in below.finditer(norm):
        high = _number(m.group(1), m.group(2))
        if high is not None and free(m):
            found.append(Bracket(0.0, high, True, m.group(3) is None, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in bound.finditer(norm):
        value = _number(m.group(3), m.group(4))
        if value is None or not free(m):
            continue
        if m.group(1):  # 年满80周岁, 超过60平方米
            found.append(
                Bracket(value, math.inf, m.group(1) not in ("超过", "高于", "大于"), False, *m.span())
            )
        else:  # 不满18周岁, 不超过90平方米
            found.append(Bracket(0.0, value, True, m.group(2) in ("不超过", "不高于"), *m.span()))
        taken.append((m.start(), m.end()))
    return _joined(sorted(found, key=lambda b: b.start))


_JOIN_GAP = 2  # characters between a lower bound and the upper bound closing it (满5年、不满10年)


def _joined(brackets: list[Bracket]) -> list[Bracket]:
    """A lower bound followed by an upper one read as one range: 满5年不满10年 is 5 to 10, not two open
    brackets (the figure after it would otherwise stand under 不满10年 alone, as the 满10年不满20年 row's)."""
    out: list[Bracket] = []
    for b in brackets:
        last = out[-1] if out else None
        if (
            last is not None
            and last.high == math.inf
            and b.low == 0.0
            and 0 <= b.start - last.end <= _JOIN_GAP
            and last.low < b.high
        ):
            out[-1] = Bracket(last.low, b.high, last.low_in, b.high_in, last.start, b.end)
        else:
            out.append(b)
    return out


def bracket_fit(values: Sequence[tuple[str, float]], norm: str, measures: Sequence[str]) -> int:
    """Whether the figures ``norm`` states (quantities of ``measures``) are stated for a bracket holding one
    of the asker's ``values``: 1 when one is; -1 when figures stand under brackets and none holds them; 0
    when no figure does (the text states no bracket of their kind). A figure stands under the last bracket
    stated before it (「年满80周岁的老年人…：80至89周岁每人每月150元」: 150元 is the 80至89周岁 bracket's)."""
    verdict = 0
    for kind, value in values:
        brackets = brackets_in(norm, kind)
        if not brackets:
            continue
        spans = [(b.start, b.end) for b in brackets]
        for measure in measures:
            for m in _figures(norm, measure):
                if any(s <= m < e for s, e in spans):
                    continue  # the bound's own number (3000元 of 月收入3000元以下)
                before = [b for b in brackets if b.end <= m]
                if not before:
                    continue
                if before[-1].holds(value):
                    return 1
                verdict = -1
    return verdict


def named_brackets(norm: str) -> tuple[tuple[str, float, float], ...]:
    """The brackets a normalised question names itself (12千瓦以下的小渔船): (kind, low, high)."""
    norm = in_yuan(norm)
    return tuple((kind, b.low, b.high) for kind in _UNITS for b in brackets_in(norm, kind))


def row_bracket(named: Sequence[tuple[str, float, float]], row: str) -> bool:
    """A table row (normalised, its bare numbers given their column's unit) whose label — a cell before its
    last — is a bracket the question names: 12千瓦以下 | 3200 | 3000 for 「12千瓦以下的小渔船…」,
    新能源乘用车 | 30万元(含)以上 | 8000 for 「裸车价格30万以上的补贴多少」 (eval/policy24 c03, blind)."""
    return any(
        (b.low, b.high) == (low, high) for kind, low, high in named for b in brackets_in(_labels(row), kind)
    )


def _labels(row: str) -> str:
    """A row's cells before its last (the figure a row states stands last), its first when it has two."""
    cells = row.split(" | ")
    return " | ".join(cells[:-1]) if len(cells) > 2 else cells[0]


def row_holds(values: Sequence[tuple[str, float]], row: str) -> bool:
    """A table row (normalised, its bare numbers given their column's unit) whose first cell is the asker's
    value or a bracket holding it: 400毫升 | 2000毫升 | 400毫升 for 「我累计献了400毫升血…」, 800毫升及以上 |
    终身免费 for 1000毫升."""
    label = row.split(" | ", 1)[0].strip()
    for kind, value in values:
        point = _VALUE[kind].fullmatch(label)
        if point is not None and _number(point.group(1), point.group(2)) == value:
            return True
        if any(b.holds(value) for b in brackets_in(label, kind)):
            return True
    return False


def states_figure(values: Sequence[tuple[str, float]], norm: str, measures: Sequence[str]) -> bool:
    """``norm`` states a figure of ``measures`` that is no bound of a bracket of the asker's ``values``'
    kinds (天数按司龄确定 after 连续工作满1年 states none: its 1年 is a bound)."""
    spans = [(b.start, b.end) for kind, _ in values for b in brackets_in(norm, kind)]
    return any(not any(s <= m < e for s, e in spans) for measure in measures for m in _figures(norm, measure))


def _figures(norm: str, measure: str) -> list[int]:
    """Where each quantity of ``measure`` stands in ``norm``."""
    out: list[int] = []
    at = 0
    for quantity in quantities(norm, measure):
        pos = norm.find(quantity, at)
        if pos < 0:
            continue
        out.append(pos)
        at = pos + len(quantity)
    return out
