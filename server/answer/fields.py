"""A guide's fields (办事指南: 【办理地点】…, 办理时限：…, a table's 补贴对象 | …) and the lines heading a
list (申请材料：1.…, 需提供：…): which field answers what a question asks, read by the narrowing of
candidates (narrow.py)."""

from __future__ import annotations

import re

from indexer.asked import keyword_query
from indexer.lines import TABLE_CELL
from server.answer.question import Question
from server.answer.units import Unit

# A guide's field (办事指南: 【办理地点】…, 办理时限：…, a table's 补贴对象 | …) names what it states; the
# names of the fields answering each kind of question.
# (a field's name is a short noun: 租房补贴标准为：… opens a sentence of prose, 12以下 | 3200 a table's row)
_FIELD = re.compile(r"^\s*(?:【([^】]{2,8})】|(?!\d)([^\s|:：，,。]{2,6}?)(?<![为是的])\s*(?:\||:|：))")
FIELD_OF = {
    "place": re.compile(r"地点|地址|窗口|场所|受理(?:机构|单位|部门)|办理(?:机构|部门)"),
    "person": re.compile(r"对象|人员|人群|范围|条件"),
    "date": re.compile(r"时间|日期|截止|截至"),
    # a number question by its measure
    "duration": re.compile(r"时限|期限|时长|年限"),
    "money": re.compile(r"标准|金额|额度|费用|收费"),
    "phone": re.compile(r"电话|热线"),
}


# Where online (「…网上从哪里申请？」, 「…在网上哪里申请」): a channel — 办理渠道 | “浦口保租房”微信小程序或
# 江苏政务服务网在线申请, 通过“浙里办”APP…在线申领 — not the window of 办理地点 (eval/policy17 p04, written
# blind; eval/policy16 p06 among the other collections' documents).
ASKS_ONLINE = re.compile(r"网上|线上|在线|手机上|网站|小程序|app", re.IGNORECASE)
_ONLINE_FIELD = re.compile(r"渠道|方式|途径|网址|网站|平台|网上|线上|在线")
STATES_ONLINE = re.compile(
    r"app|小程序|公众号|网站|网址|平台|政务服务网|浙里办|爱山东|粤省事|随申办|在线|网上|线上|https?:",
    re.IGNORECASE,
)


def asked_field(question: Question) -> str:
    return question.measure if question.slot == "number" else question.slot


# A duration question asks a guide's 办理时限 only when it asks how long the handling takes (几个工作日办结,
# 多久能拿到): not 租期至少要多久, 出生后多长时间内参保, 到期前多长时间内要办年检.
HANDLING = re.compile(r"办结|办好|办完|办下来|办妥|能办|审核|审批|受理|出结果|拿到|领到|答复|回复|时限")


def _field_line(unit: Unit) -> str:
    """The line of its passage the unit stands in, from the line's start: a field's value may run to several
    sentences (电价标准 | 执行合表电价0.4883元。…其中谷段0.3083元。), each in the field."""
    text, at = unit.hit.text, unit.start - unit.hit.start
    if not 0 <= at <= len(text) or not text[at:].startswith(unit.text[:1]):
        return unit.sentence or unit.text
    return text[text.rfind("\n", 0, at) + 1 :]


# A section's heading naming its one field (二、申报时间 over the line 2024年7月15日至8月15日).
_SECTION = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、])\s*(\S{2,8}?)[：:]?\s*$"
)


def field_name(unit: Unit) -> str | None:
    """The name of the guide's field the unit is (in), or of the section's heading it stands under."""
    line = _field_line(unit)
    # (a row of a table of three or more columns is no field: 第二档 | 90平方米至144平方米 | 60% | 1.5万元)
    found = _FIELD.match(line) if line.split("\n", 1)[0].count(TABLE_CELL) < 2 else None
    if found is not None:
        return found.group(1) or found.group(2)
    # (a table's row is read under its column names: its section is its passage's heading, 二、补贴标准)
    heading = unit.hit.text.split("\n", 1)[0] if TABLE_CELL in unit.text else unit.said.split("\n", 1)[0]
    section = _SECTION.match(heading) if "\n" in unit.said else None
    return section.group(1) if section is not None else None


def field_answers(unit: Unit, question: Question) -> bool:
    """The unit is (in) a guide's field whose name says it answers the question's slot (在哪里办理 →
    办理地点), or stands under a section's heading naming it."""
    asked = asked_field(question)
    pattern = _ONLINE_FIELD if asked == "place" and ASKS_ONLINE.search(question.norm) else FIELD_OF.get(asked)
    name = field_name(unit) if pattern is not None else None
    return name is not None and pattern is not None and pattern.search(name) is not None


# The event a date question asks the day of, when a verb follows its interrogative (什么时候报名 → 报名,
# 几时可以申请 → 申请): a notice's field named for it (四、报名方式：2026年7月1日至7月5日通过…报名) answers
# before a date field of another event (二、培训时间：2026年7月13日至8月14日; eval/policy30 c02, blind).
_EVENT = re.compile(
    r"^(?:时候|时间|日子|时)?(?:才|就|可以|可|能够|能|要|需要|应该|应当|得|该|去|来|开始(?=[\u4e00-\u9fff]{2}))*"
    r"((?!时候|时间|日子)[\u4e00-\u9fff]{2})"
)


# … or the word a keyword query names before its date word (「夏津 专利检索分析报告 免费 报名 截止」 → 报名,
# 「… 投保截止」 → 投保: a slide's 报名截止：2026年4月30日前 over the 申报时间 above it; eval/policy34 t01,
# blind)
_KEYWORD_EVENT = re.compile(r"([\u4e00-\u9fff]{2})\s*(?:截止|截至|时间|日期)$")


def names_other_event(unit: Unit, event: str) -> bool:
    """The unit's field names the date of an event other than ``event`` (申报时间 when 报送 is asked: the
    day the firms apply to their 乡镇, not the day the 乡镇 send theirs on; eval/policy26 t06)."""
    name = field_name(unit) or ""
    other = re.sub(r"[（(][^）)]*[）)]|时间|日期|截止|截至|[一二三四五六七八九十\d]+[、.\uff0e]", "", name)
    return bool(event) and event not in name and re.search(r"[\u4e00-\u9fff]{2}", other) is not None


def asked_event(question: Question) -> str:
    if question.slot != "date":
        return ""
    found = _EVENT.match(question.anchors[1])
    if found is None and keyword_query(question.norm):
        found = _KEYWORD_EVENT.search(question.norm)
    return found.group(1) if found is not None else ""


def heads_list(said: str, noun: str) -> bool:
    """``said`` (normalised) is a list headed by ``noun``: lines under a first line naming it, or a line
    naming it before a colon or as a guide's field (以下材料:老年人本人身份证…, 【申请材料】1.居民身份证…) and
    what follows it."""
    # … or a guide's field, a table row of two cells under the guide's first (事项名称 | 农村村民住宅用地
    # 审批 / 申请材料 | 1.《农村宅基地…申请表》；2.…; eval/policy7 l03 among the other collections' documents)
    row = said.rpartition("\n")[2]
    cell = _FIELD_CELL.match(row) if row.count(TABLE_CELL) == 1 else None
    if cell is not None and _names_list(cell.group(1), noun) and cell.group(2).strip():
        return True
    if "\n" in said:
        return _names_list(said.split("\n", 1)[0], noun)
    found = _LABELLED.match(said)
    return found is not None and _names_list(found.group(1), noun) and bool(found.group(2).strip())


def _names_list(label: str, noun: str) -> bool:
    """``label`` names the list asked: its noun, or for materials what one hands in (需提供：1.医疗救助申请书,
    请携带以下证件：; eval/policy7 l04 among the other collections' documents)."""
    return noun in label or (noun == "材料" and _HANDS_IN.search(label) is not None)


_LABELLED = re.compile(r"(【[^】]*】|[^:]*:)(.*)", re.DOTALL)
_FIELD_CELL = re.compile(r"([^|]*) \| (.*)", re.DOTALL)
_HANDS_IN = re.compile(r"提供|携带|提交|准备|带上|出示")
