"""Which candidates may answer, once the documents are found to answer: a question asks for something in
particular, and a candidate sharing more of its words is no claim when another supported one holds it.

- a policy as issued, not the draft put out for comment before it (征求意见稿: its figures may have changed),
  and its latest edition, not the one it replaced (（2023年修订） beside （2024年修订）);
- what a notice states, not its lead-in (现将收费标准公示如下);
- a calendar date question: a sentence stating a date (and a day, when it asks one: 截止到哪天; a deadline,
  when it asks one: 最晚哪天之前);
- a sum paid (政府补多少): a sum or a share of one;
- a number asked in a unit (多少元, 多少年): a quantity in it (第二条 补贴对象为…二孩、三孩 for
  「二孩…每年多少?」 is not the 二孩 | 2500元 row); and of brackets (80至89周岁…150元；90至99周岁…300元)
  the one the question's own figure names (90岁以上);
- a list named by its kind (需要满足哪些条件): an enumeration of that kind;
- any other question naming a rung (生一孩有补贴吗, 一档资助哪些学生): what is said of that rung;
- a place, the people eligible or a date asked of a guide (办事指南): the field named for it (【办理地点】,
  补贴对象 | …, 申请时间：…), not the field sharing more words (【办理对象】在昆山市…).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from indexer.asked import asked_slot
from indexer.chunk import TABLE_CELL
from indexer.measures import UNIT_MEASURES, asked_rungs, names_rung, quantities, rung_figure
from indexer.normalize import normalize
from indexer.rerank import is_draft, issued_of
from indexer.text import CJK_CLASS
from server.answer.brackets import bracket_fit, brackets_in, row_bracket, row_holds, states_figure
from server.answer.question import Question, answer_anchors
from server.answer.scoring import posseg, posseg_lock
from server.answer.units import Unit, with_column_units

# The day of an event, which statutes name instead of a date (自公布之日起施行).
_EVENT_DAY = re.compile(r"之日|当日|次日")
# A question asking for a day, and a text stating one (7月31日, 2024-07-31, 月底, 之日).
_ASKS_DAY = re.compile(r"哪一?天|哪一?日|几号|几月几日|截止|哪个日期|什么日期")
_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|月底|月末|之日|当日|次日")
# A question asking a deadline (截止到哪天, 最晚哪天之前), and a day stated as one (截止时间为…12月20日,
# 8月15日前, 至…止), not as a start (自2024年1月1日起).
_ASKS_DEADLINE = re.compile(r"截止|截至|最晚|最迟|之前|以前|前要|期限")
_DEADLINE = re.compile(
    r"(?:截止|截至|最迟|最晚|不晚于|至)[^。；;\n]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号][^\d。；;\n]{0,3}?(?:前|止|截止)"
)
# A verb of paying with nothing after 多少 (政府一次性补多少, 每人奖多少): a sum or a share of one answers
# (5万元, 实际缴费的2/3), not the ages and counts around it (年满60周岁).
_PAID = re.compile(r"(?:补|奖|贷|罚|赔|缴|交|付|报销)(?:了|给)?多少[?？。!！]?$")
_FRACTION = re.compile(r"\d+\s*/\s*\d+|[二三四五六七八九十]分之")
# A notice's lead-in (现将…公示如下, 有关事项通知如下) or a reply's courtesy (来电人您好！, 您的来信收悉): it
# announces what follows and states none of it. (A date question may be answered by one: 现将…公示如下，
# 自2024年5月1日起执行.)
_LEAD_IN = re.compile(r"(?:如下|见下表)(?:[：:。.]?\s*$|[，,])|您好[！!。]?\s*$|来信收悉|来电收悉|感谢您")


def dated(unit: Unit) -> bool:
    """The unit states a date, or the day of an event."""
    return bool(unit.slot) or _EVENT_DAY.search(unit.text) is not None


def _draft(unit: Unit) -> bool:
    """The unit's document is a draft published for comment, superseded by the policy as issued."""
    return is_draft(unit.hit.document.title or "")


# The measures a question states a figure in to name a bracket (90岁以上, 月收入3000元以下, 100平方米): not
# a name's number (18号线) nor a year (2024年).
_BRACKETS = ("age", "money", "area", "percent", "length", "weight")


def _bracket_measures(question: Question) -> tuple[str, ...]:
    """The measures of the figures a number question asks for, whose brackets are read."""
    if question.measure in UNIT_MEASURES or question.measure == "duration":
        # (a duration asked by its count, 几天: the days of the asker's bracket, 满5年不满10年 | 12天)
        return (question.measure, "percent") if question.share else (question.measure,)
    return ("money", "percent")


def _stated_numbers(question: Question) -> re.Pattern[str] | None:
    """The figures a number question states itself in a measure, as a pattern of whole numbers."""
    numbers = {
        n
        for measure in _BRACKETS
        for quantity in quantities(question.norm, measure)
        for n in re.findall(r"\d+(?:\.\d+)?", quantity)
    }
    if not numbers:
        return None
    return re.compile(r"(?<![\d.])(?:" + "|".join(map(re.escape, sorted(numbers))) + r")(?![\d.])")


# A guide's field (办事指南: 【办理地点】…, 办理时限：…, a table's 补贴对象 | …) names what it states; the
# names of the fields answering each kind of question.
# (a field's name is a short noun: 租房补贴标准为：… opens a sentence of prose, 12以下 | 3200 a table's row)
_FIELD = re.compile(r"^\s*(?:【([^】]{2,8})】|(?!\d)([^\s|:：，,。]{2,6}?)(?<![为是的])\s*(?:\||:|：))")
_FIELD_OF = {
    "place": re.compile(r"地点|地址|窗口|场所|受理(?:机构|单位|部门)|办理(?:机构|部门)"),
    "person": re.compile(r"对象|人员|人群|范围|条件"),
    "date": re.compile(r"时间|日期"),
    # a number question by its measure
    "duration": re.compile(r"时限|期限|时长|年限"),
    "money": re.compile(r"标准|金额|额度|费用|收费"),
    "phone": re.compile(r"电话|热线"),
}


def _asked_field(question: Question) -> str:
    return question.measure if question.slot == "number" else question.slot


# A duration question asks a guide's 办理时限 only when it asks how long the handling takes (几个工作日办结,
# 多久能拿到): not 租期至少要多久, 出生后多长时间内参保, 到期前多长时间内要办年检.
_HANDLING = re.compile(r"办结|办好|办完|办下来|办妥|能办|审核|审批|受理|出结果|拿到|领到|答复|回复|时限")


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


def _field_answers(unit: Unit, question: Question) -> bool:
    """The unit is (in) a guide's field whose name says it answers the question's slot (在哪里办理 →
    办理地点), or stands under a section's heading naming it."""
    pattern = _FIELD_OF.get(_asked_field(question))
    if pattern is None:
        return False
    found = _FIELD.match(_field_line(unit))
    if found is not None:
        return pattern.search(found.group(1) or found.group(2)) is not None
    # (a table's row is read under its column names: its section is its passage's heading, 二、补贴标准)
    heading = unit.hit.text.split("\n", 1)[0] if TABLE_CELL in unit.text else unit.said.split("\n", 1)[0]
    section = _SECTION.match(heading) if "\n" in unit.said else None
    return section is not None and pattern.search(section.group(1)) is not None


# How long something takes, asked: …审核要多长时间, …多久能办好, 审批需要几个工作日.
_HOW_LONG = re.compile(
    r"(?:是|为|需要|要|得|才能|能|可以|大概|一般|应当|应该|必须)*"
    r"(?:多长时间|多久|多少天|几天|几个工作日|多少个工作日)"
)
# … not a word of time itself (以后多久, 时限是多久)
_NO_EVENT = frozenset({"以后", "之后", "以前", "之前", "提前", "时限", "期限", "时间", "时长", "周期"})
EVENT_REACH = 12  # characters between the event and its duration


def _timed_event(norm: str) -> str:
    """The event a duration question asks the time of: the two characters before 要多长时间 (审核)."""
    found = _HOW_LONG.search(norm)
    # (出生后多久 asks the time since 出生: its 后 is no part of the event; 以后多久 names none)
    before = re.sub(r"(?<![以之提当目事])[后前]$", "", norm[: found.start()]) if found else ""
    event = before[-2:]
    return event if re.fullmatch(r"[\u4e00-\u9fff]{2}", event) and event not in _NO_EVENT else ""


def _beside(norm: str, event: str) -> bool:
    """``norm`` states a duration within EVENT_REACH characters of ``event``, on either side."""
    for m in re.finditer(re.escape(event), norm):
        window = norm[max(0, m.start() - EVENT_REACH - 6) : m.end() + EVENT_REACH + 6]
        if quantities(window, "duration"):
            return True
    return False


# A number question asking a bound (最多能取多少, 研发费用至少要多少) and a figure stated as that bound
# (每月提取额度不超过1200元, 不低于200万元, 最高额度…100万元, 500万元以上): the documents state a limit in
# words of their own, not the asker's.
_ASKS_MOST = re.compile(r"最多|最高|上限|封顶|至多|顶格|最长|最晚|最迟")
_ASKS_LEAST = re.compile(r"至少|最少|最低|下限|起码|保底")
_FIGURE = r"[\d一二三四五六七八九十百千万两]"
_STATES_MOST = re.compile(
    rf"(?:不超过|不高于|不得超过|最高|最多|上限|封顶|至多|最长|最晚|最迟)[^，,。；;\n\d]{{0,8}}{_FIGURE}"
    rf"|{_FIGURE}[^，,。；;\n]{{0,6}}?(?:以内|封顶|为限)|{_FIGURE}\s*(?:个)?(?:工作日|日|天|周|个月|月|年)内"
)
_STATES_LEAST = re.compile(
    rf"(?:不低于|不少于|不得低于|至少|最低|最少|起码|保底|达到)[^，,。；;\n\d]{{0,8}}{_FIGURE}|{_FIGURE}[^，,。；;\n]{{0,6}}?(?:以上|起)"
)


def _bound(norm: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """How a figure is stated as the bound a number question asks, in a sentence and in a table's column
    names (None when it asks none, or both)."""
    most, least = _ASKS_MOST.search(norm), _ASKS_LEAST.search(norm)
    if bool(most) == bool(least):
        return None
    return (_STATES_MOST, _ASKS_MOST) if most else (_STATES_LEAST, _ASKS_LEAST)


def _states_bound(unit: Unit, bound: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """The unit states a figure as ``bound``: in its words, or as a row under a column named for it
    (小微企业 | 300万元 under 最高贷款额度)."""
    if not unit.slot:
        return False
    if bound[0].search(unit.text):
        return True
    return TABLE_CELL in unit.text and bound[1].search(unit.said.rpartition("\n")[0]) is not None


# The thing a number question asks the figure of: the noun ending the words before its interrogative, less
# the verb or copula asking it (免赔额[是]多少, 手续费[收]多少, 起付线[是]多少钱).
_ASKING_VERB = re.compile(
    r"(?:大概|大约|一共|总共|共|约|能|可以|可|要|得|需要)?(?:是|为|有|收|交|缴|付|算|按|给|拿|领|报|补|赔)?了?$"
)
_ATTRIBUTE = re.compile(rf"[{CJK_CLASS}]{{2,3}}$")
# … and a figure stated as it: the number right after the noun and a copula at most (免赔额为1万元, 起付线：
# 1.5万元, a row's 生活补贴 | 每人每年10万元), in the same clause.
_ATTRIBUTE_GAP = re.compile(
    r"^[ \t]*(?:[为是：:|]|达到?|按|约|共计?)?[ \t]*(?:每[^\d，,。；;\s]{0,3})?"
    r"(?:\d|[一二两三四五六七八九十百千万]+[元万千百%个天周年月日岁倍人户次件])"
)


def _attribute_of(left: str) -> str:
    """The thing asked, from the words before the interrogative: their last word with the asking verb taken
    off, a noun — with the word before it when a single character (免赔额是 → 赔额, 起付线是 → 起付线,
    广茂铁路全长 → 全长: not 路全长, which 德大铁路全长290公里 states and 线路，全长364.6公里 does not;
    巴西以 asks nothing's figure: 以 is no noun)."""
    left = _ASKING_VERB.sub("", left)
    if not _ATTRIBUTE.search(left):
        return ""
    with posseg_lock:
        words = [(w.word, w.flag) for w in posseg().cut(left)]
    word, flag = words[-1]
    if not flag.startswith("n") or flag in _NAME_TAGS:
        return ""
    if len(word) < 2:
        # (a one-character noun names the thing with the word before it: 起付 线; not with a particle: 的 人)
        if len(words) < 2 or not words[-2][1].startswith(("n", "v")):
            return ""
        word = words[-2][0] + word
    thing = word
    return thing if re.fullmatch(rf"[{CJK_CLASS}]{{2,6}}", thing) else ""


# (a name is no thing a figure is stated of: 巴西, 广茂)
_NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg"})


def _attribute_states(question: str, text: str) -> bool:
    """``text`` states a figure as the thing the number ``question`` asks the figure of (both as written)."""
    norm = normalize(question)
    attribute = _attribute_of(answer_anchors(norm)[0]) if asked_slot(norm, False) == "number" else ""
    return bool(attribute) and _states_attribute(normalize(text), attribute)


def _states_attribute(norm: str, attribute: str) -> bool:
    """``norm`` (normalised) states a figure right after ``attribute``."""
    at = norm.find(attribute)
    while at >= 0:
        if _ATTRIBUTE_GAP.match(norm[at + len(attribute) :]):
            return True
        at = norm.find(attribute, at + 1)
    return False


def _with_units(unit: Unit) -> str:
    """What the unit states under its heading or column names, a table row's bare numbers and ranges given
    their column's unit (44（含）—100 | 18500 under 主机功率（千瓦） | …（元/艘）: 44—100千瓦, 18500元)."""
    if TABLE_CELL not in unit.text or "\n" not in unit.said:
        return unit.said
    header, _, row = unit.said.rpartition("\n")
    return f"{header}\n{with_column_units(header, row)}"


def bracket_absent(question: Question, supported: Sequence[Unit]) -> bool:
    """The asker states where they stand (「闵行区75周岁老人…每月多少?」) and the evidence states figures for
    brackets of that kind, none holding them (80至89周岁…150元; 90至99周岁…300元): the documents state no
    figure for the asker."""
    if question.slot != "number" or not question.brackets:
        return False
    measures = _bracket_measures(question)
    fits = [bracket_fit(question.brackets, _with_units(u), measures) for u in supported]
    return -1 in fits and 1 not in fits


def _best_doc(units: Sequence[Unit], supported: Callable[[Unit], bool]) -> str:
    """The document of the best supported candidate ("" when none is)."""
    return next((u.hit.doc_id for u in units if supported(u)), "")


def _said_in_best_doc(
    units: list[Unit], supported: Callable[[Unit], bool], said: re.Pattern[str]
) -> list[Unit]:
    """The candidates of the document answering best that say ``said``, whatever their own support."""
    doc = _best_doc(units, supported)
    return _prefer(
        units,
        lambda u: u.hit.doc_id == doc and said.search(u.said) is not None,
        lambda u: u.hit.doc_id == doc,
    )


def _prefer(units: list[Unit], keep: Callable[[Unit], bool], supported: Callable[[Unit], bool]) -> list[Unit]:
    """``units`` that ``keep`` accepts, when a supported one does; else all of them."""
    kept = [u for u in units if keep(u)]
    return kept if any(supported(u) for u in kept) else units


# A yes/no question about a charge, and a text stating one or its absence.
_ASKS_FEE = re.compile(r"收费|收钱|要钱|花钱|交钱|付费|掏钱|费用")
_STATES_FEE = re.compile(r"免费|不收|收取|收费|费用|工本费|\d(?:\.\d+)?\s*元")
# A yes/no question asking whether a time limit applies, and a limit stated (1年内, 截止, 逾期).
_ASKS_LIMIT = re.compile(r"时间限制|期限|时限|有效期|过期|逾期")
_STATES_LIMIT = re.compile(
    r"\d+\s*(?:个)?(?:工作日|日|天|周|个月|月|年)(?:以)?内|[一二三四五六七八九十两半]+(?:个)?(?:工作日|日|天|周|个月|月|年)(?:以)?内"
    r"|截止|截至|逾期|过期|期满|有效期"
)
# A yes/no question whether another may use what is the asker's (a card, a certificate, a quota), and a text
# saying whose it is.
_ASKS_LEND = re.compile(r"借给|借用|转借|出借|转让|转给|给(?:家里人|家人|别人|他人|亲戚|朋友)|代(?:用|刷)")
_STATES_OWN = re.compile(r"限本人|本人使用|不得(?:转借|出借|转让|借给|转赠)|冒用|他人使用|不可转让")
# A question asking the time of day, and a time stated (14:30, 8点, 下午两点半).
_ASKS_CLOCK = re.compile(r"几点")
_CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*点|[一二三四五六七八九十两]{1,3}点")


def answering(units: Sequence[Unit], question: Question, supported: Callable[[Unit], bool]) -> list[Unit]:
    """The candidates that may be claims (``supported``: the documents' evidence threshold)."""
    out = list(units)
    if any(_draft(u) for u in out):
        out = _prefer(out, lambda u: not _draft(u), supported)
    titles = sorted({u.hit.document.title or "" for u in out})
    superseded = {t for t, over in zip(titles, issued_of(titles, question.norm), strict=True) if over}
    if superseded:
        # … and the edition in force, not the one it replaced (奖学金评定办法（2024年修订） over its 2023 one)
        out = _prefer(out, lambda u: (u.hit.document.title or "") not in superseded, supported)
    if not (question.wants_list or question.listing or question.slot == "date"):
        out = _prefer(out, lambda u: not _LEAD_IN.search(u.text), supported)
    asked = _asked_field(question)
    if (
        asked in _FIELD_OF
        and (asked != "duration" or _HANDLING.search(question.norm))
        and (top := next((u for u in out if supported(u)), None))
    ):
        # … of the document that answers best (车站机关地址：… of another station's article is no answer)
        doc = top.hit.doc_id
        out = _prefer(out, lambda u: u.hit.doc_id == doc and _field_answers(u, question), supported)
    if question.calendar:
        # 「顺德区…办法什么时候开始施行?」 by 本办法自2023年9月1日起施行, not by the news report naming the
        # 办法 in full (自《…办法》实施以来…): only a supported sentence stating a date
        out = [u for u in out if dated(u) and supported(u)]
        if _ASKS_DAY.search(question.norm):
            out = _prefer(out, lambda u: _DAY.search(u.text) is not None, supported)
        if _ASKS_DEADLINE.search(question.norm):
            out = _prefer(out, lambda u: _DEADLINE.search(u.said) is not None, supported)
    elif question.slot == "number":
        if _ASKS_CLOCK.search(question.norm):
            # 「…下午几点上班?」: a time of day (下午…14:30—18:00), not the address of the window
            out = _prefer(out, lambda u: _CLOCK.search(u.said) is not None, supported)
        if question.measure in UNIT_MEASURES or question.unit_asked:
            out = _prefer(out, lambda u: bool(u.slot), supported)
            if question.rungs:
                # the figure stated for the rung asked (技师证书的补贴3000元), not the sentence naming the
                # rung at a line's end with other rungs' figures before it
                rungs, measure = question.rungs, question.measure
                out = _prefer(out, lambda u: rung_figure(rungs, normalize(u.text), measure), supported)
        if question.measure == "duration" and (event := _timed_event(question.norm)):
            # 「…审核要多长时间?」: the duration stated beside 审核 (10个工作日内完成审核), not the other
            # durations of the passage (通知书有效期为6个月)
            out = _prefer(out, lambda u: _beside(normalize(u.text), event), supported)
        elif not question.measure and _PAID.search(question.norm):
            out = _prefer(
                out,
                lambda u: bool(
                    quantities(u.said, "money") or quantities(u.said, "percent") or _FRACTION.search(u.said)
                ),
                supported,
            )
        if (bound := _bound(question.norm)) is not None:
            # (a bound stated in the document answering best is read with its support: 「…一次最多能救助
            # 多少?」 by 第五条 救助标准：…每人每次不超过3000元, under 第三条 急难型临时救助对象：因火灾…)
            best = _best_doc(out, supported)
            out = _prefer(
                out, lambda u: _states_bound(u, bound), lambda u: supported(u) or u.hit.doc_id == best
            )
        if question.brackets:
            # 「今年刚满一百岁，每个月能拿多少」: a sentence stating figures for other brackets only
            # (80至89周岁每人每月150元) is set aside. One naming no bracket stays: 「两个孩子…130平米…
            # 补贴比例」 is answered by 二孩及以上家庭购买第二档…住房的…80%, not by the 130平米 row's 60%.
            measures, values = _bracket_measures(question), question.brackets
            fits = {id(u): bracket_fit(values, _with_units(u), measures) for u in out}
            out = _prefer(out, lambda u: fits[id(u)] >= 0, supported)
            # … and when a supported one states the figure of the asker's bracket, one stating no figure
            # at all (天数按司龄确定 over the table of 司龄 | 年休假（天）) does not answer
            out = _prefer(
                out,
                lambda u: fits[id(u)] > 0 or states_figure(values, _with_units(u), measures),
                lambda u: fits[id(u)] > 0 and supported(u),
            )
        if question.brackets:
            # 「我累计献了400毫升血…能免多少?」: the row labelled with the asker's value or a bracket holding
            # it (400毫升 | 2000毫升 | 400毫升), not the one the news names (800毫升以上…终身免费)
            values = question.brackets
            out = _prefer(
                out,
                lambda u: TABLE_CELL in u.text and row_holds(values, _with_units(u).rpartition("\n")[2]),
                supported,
            )
        if question.named_brackets:
            # 「12千瓦以下的小渔船…」: the row labelled with that bracket (12以下 | 3200 | 3000 under 主机功率
            # （千瓦）), not the next one sharing its bound (12（含）—44 | 8600 | 8000)
            named = question.named_brackets
            out = _prefer(
                out,
                lambda u: TABLE_CELL in u.text and row_bracket(named, _with_units(u).rpartition("\n")[2]),
                supported,
            )
        if (stated := _stated_numbers(question)) is not None:
            out = _prefer(out, lambda u: bool(u.slot) and stated.search(u.text) is not None, supported)
        if (attribute := _attribute_of(question.anchors[0])) and (
            top := next((u for u in out if supported(u)), None)
        ):
            # 「…一般医疗，免赔额是多少」: the figure stated as that (年度免赔额为1万元), not the one of the
            # heading naming it among others (保险金额与免赔额 一般医疗保险金年度保险金额为300万元) — in the
            # document answering best (another railway's 全长548公里 is no answer)
            doc = top.hit.doc_id
            out = _prefer(
                out,
                lambda u: u.hit.doc_id == doc and _states_attribute(normalize(u.text), attribute),
                supported,
            )
    elif question.list_noun:
        out = _prefer(out, lambda u: bool(u.slot), supported)
        # … under a heading naming it (申报材料清单 over 1.申请表 2.营业执照), not a section's sentence
        # naming it (三、申报方式: 申报企业将申报材料（附件1）一式两份报送…)
        noun = question.list_noun
        out = _prefer(out, lambda u: "\n" in u.said and noun in u.said.split("\n", 1)[0], supported)
    elif question.slot == "" and _ASKS_LIMIT.search(question.norm):
        # 「…报销有没有时间限制?」: the limit stated (出院之日起1年内…申请报销), not the sentence sharing
        # more words (…出院时凭身份证直接减免)
        out = _prefer(out, lambda u: _STATES_LIMIT.search(u.said) is not None, supported)
    elif question.slot == "" and _ASKS_LEND.search(question.norm):
        # 「…乘车卡能借给家里人用吗?」: whether another may use it, as the document answering best says
        # (免费乘车卡限本人使用，他人冒用的…), not who rides free
        out = _said_in_best_doc(out, supported, _STATES_OWN)
    elif question.slot == "" and _ASKS_FEE.search(question.norm):
        # 「…认定要收费吗?」, 「申请门牌号要花钱吗?」: what the document answering best says it costs
        # (认定不收取任何费用, 不收费) — a short sentence sharing few of the question's words — not how to
        # apply
        out = _said_in_best_doc(out, supported, _STATES_FEE)
    elif question.slot == "" and question.brackets:
        # 「男方21岁能…登记结婚吗?」: the bracket the rule sets (男年满22周岁), not where to apply
        kinds = {kind for kind, _ in question.brackets}
        out = _prefer(out, lambda u: any(brackets_in(_with_units(u), kind) for kind in kinds), supported)
    elif question.slot in ("", "person") and (rungs := asked_rungs(question.norm)):
        # 「生一孩有一次性生育补贴吗?」, 「一档资助哪些学生?」: what is said of that rung (一孩家庭暂不纳入…,
        # 一档 | 特困供养…), not of the others
        out = _prefer(out, lambda u: names_rung(rungs, u.said), supported)
    return out
