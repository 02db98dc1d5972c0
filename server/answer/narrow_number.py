"""The narrowing of a number question's candidates (narrow.answering): a row the question names, the sum
asked as a total, the figure in the unit asked and named as asked, per the unit asked, within the bound
asked, for the bracket and rung asked, as a target, restating the asker's own figures, as the attribute
asked."""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.lines import TABLE_CELL
from indexer.measures import UNIT_MEASURES, names_noun, quantities, states_measure
from indexer.normalize import normalize
from indexer.rungs import rung_figure
from server.answer.brackets import bracket_fit, row_bracket, row_holds, states_figure
from server.answer.forms import (
    ASKS_CLOCK,
    ASKS_OWN_SHARE,
    ASKS_SHARE,
    ASKS_TARGET,
    ASKS_TOTAL,
    CLOCK,
    FRACTION,
    PAID,
    STATES_OWN_SHARE,
    STATES_OWN_SUM,
    STATES_TOTAL,
    TIMESTAMP,
    asked_bound,
    asked_per,
    beside,
    states_attribute,
    states_per,
    timed_event,
)
from server.answer.named import without_unnamed_rows
from server.answer.prefer import best_doc, prefer
from server.answer.question import Question
from server.answer.stated import (
    DIGIT,
    bracket_measures,
    named_row,
    row_or_text,
    sentence_before,
    sets_target,
    stated_numbers,
    states_bound,
    with_units,
)
from server.answer.units import Unit

# A sum worked out (40×1+12×1.5+10×2=78, 6×5+3×10+50=110, 5-3=2 with a minus sign), read normalised
_WORKED = re.compile(r"\d\s*[×x*+\-\u2212]\s*\d[^。；;\n]{0,60}=\s*\d")
# … or a reply's sum for the one it answers: 您3月份基本报酬和绩效奖励合计2600元 (eval/policy38 n09, blind)
_RECKONED = re.compile(r"您[^。；;\n]{0,40}?(?:合计|共计|一共|总共|共)[^。；;\n,，]{0,8}?\d")
# An asker telling their own case: first person and two figures of their own or more (我34岁…网格里420户，
# 3月份…打了86分: what they get is the sum a reply reckons, not the rule's rates)
_ASKER = re.compile(r"我|俺|本人")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_WHOLE = re.compile(r"全(?:县|市|区|省|镇|乡|州|旗)")
# An asker's own case of several things counted (2200立方米的冷库, 1辆冷藏车) — or of hours and times spent
# (助餐40小时、理发12小时、夜间陪护10小时: eval/policy36 n06, blind): a sum over them all is asked
_CASE_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(?:立方米|平方米|平米|千瓦|公斤|辆|台|亩|户|人|吨|个|件|头|只|座|间|套|艘|株|棵|张"
    r"|小时|课时|学时|次)"
)


# what a reply's reckoning concludes with: a total, or the sum paid after a deduction (实发780×90%=702元)
_CONCLUDES = re.compile(STATES_TOTAL.pattern + r"|实发|实得|实领|应发|应得")
# the asker addressed, as a reply reckons their case (您负责河道6.5公里, 您家小孙子读小学)
_YOU = re.compile(r"您")


def _conclusions(out: list[Unit], supported: Callable[[Unit], bool], per: str | None) -> set[int]:
    """Of each reply one supported sentence of which reckons the asker's case (您…, with a figure), the
    sentence it concludes with, after that one: the last naming a total, else the last worked out — when
    it has reckoned in more than one; of those stating the period asked, when one is (「…每个月能领多少」:
    两位老人每月合计400元, not the 每季度合计1200元 after it: eval/policy23 n03)."""
    replies = {u.hit.doc_id: u.start for u in out if supported(u) and u.slot and _YOU.search(u.said)}
    found: set[int] = set()
    for doc, first in replies.items():
        after = sorted(
            (u for u in out if u.hit.doc_id == doc and u.slot and u.start >= first), key=lambda u: u.start
        )
        if len(after) < 2:
            continue
        if per is not None:
            after = [u for u in after if states_per(u.said, per) or (per == "年" and "全年" in u.said)]
        # (said: normalised once, as the unit was made)
        totals = [u for u in after if _CONCLUDES.search(u.said)]
        worked = [u for u in after if _WORKED.search(u.said)]
        last = totals[-1] if totals else worked[-1] if len(worked) > 1 else None
        if last is not None:
            found.add(id(last))
    return found


def _states_sum(norm: str) -> bool:
    if _WORKED.search(norm):
        return True
    return STATES_TOTAL.search(norm) is not None and DIGIT.search(norm) is not None


def number_units(out: list[Unit], question: Question, supported: Callable[[Unit], bool]) -> list[Unit]:
    """The candidates answering a number question best, of ``out`` (see the module's docstring)."""
    asks_total = ASKS_TOTAL.search(question.norm) is not None
    rows_named = {label for u in out if (label := named_row(u, question.norm))} if asks_total else set()
    if not asks_total:
        out = without_unnamed_rows(out, question)  # (游泳 | 200名 for 「…游泳招多少人?」: named.py)
    # (… not when the asker reckons a case of several things, one a row's label: 「…新建了2200立方米
    # 的冷库，又买了1辆冷藏车，冷链补助一共多少？」 asks the reply's 合计43万元, not the 冷藏车 row:
    # eval/policy33 n04, blind)
    # (… nor when the asker tells their own case: 「我46岁，今年4月…接任…村级林长…一共能拿多少？」 asks the
    # reply's 一共2800元, not the 村级林长 row's 2400: eval/policy39 n03, blind)
    telling = _ASKER.search(question.norm) is not None and len(_FIGURE.findall(question.norm)) >= 2
    case = telling or len(_CASE_QUANTITY.findall(question.norm)) >= 2
    if not asks_total:
        # … a row whose label the question names holding another row's label the question's words name too:
        # 「化州 非住宅 白蚁灭治 收费指导价」 asks the 非住宅 row, not a reply's 住宅 figure sharing more of
        # the question's words (eval/policy40 n04, blind) — read as the named row below
        labels = {label for u in out if (label := named_row(u, question.norm))}
        rows_named = {label for label in labels if any(other in label for other in labels - {label})}
    if len(rows_named) == 1 and not _WHOLE.search(question.norm) and not case:
        # … a sum of the one row the question names by its label (「9月份…拉蔬菜的…一共过了多少辆次」: the
        # 9月 row, not the header sharing more words, nor the 合计 of all months: eval/policy24 n10,
        # blind), read with its document's support as the total below — not of two it names
        # (「奖励扶助和特别扶助资金全县一共…」 asks their 合计: eval/policy23 n19)
        best = best_doc(out, supported)
        out = prefer(
            out,
            lambda u: named_row(u, question.norm) in rows_named,
            lambda u: supported(u) or u.hit.doc_id == best,
        )
    elif asks_total:
        # 「…全县一共分配了多少?」: the figure stated as the sum (合计 | 7080 | 25764 | 2576.40 under a
        # 分配表's rows, 共下拨1260万元), not one town's row sharing more of the question's words
        # (eval/policy22 n09, blind); read with the support of its document, as a row's own words are
        # few — of any document other rows of which are supported: the 汇总表's 合计 row beside a 县长信箱
        # reply's worked example of one purchase (eval/policy24 n14, n19, blind)
        held = {u.hit.doc_id for u in out if supported(u)}
        out = prefer(
            out,
            # (in the row itself, with a figure: a column named 资金合计 is over every row; or a sum worked
            # out: (2800+200)×12+3000=39000元 for 「…今年一年加上优秀奖励一共能拿多少？」: policy38 n11)
            lambda u: _states_sum(normalize(u.text)),
            lambda u: supported(u) or u.hit.doc_id in held,
        )

        # … the sum named as one over the parts worked out before it, of the same document (您家…补助700+
        # 400=1100元；您儿子家…700元。 then 两户合计1800元: eval/policy40 n13, blind)
        # — a sum of what is asked (门源回族自治县共设置网格216个 is no sum of money: policy38 n11)
        def names_sum(u: Unit) -> bool:
            norm = normalize(u.text)
            asked = not question.measure or states_measure(norm, question.measure, question.numbers)
            return asked and STATES_TOTAL.search(norm) is not None

        summed = {u.hit.doc_id for u in out if names_sum(u) and supported(u)}
        out = prefer(out, lambda u: u.hit.doc_id not in summed or names_sum(u), supported)
    # (read before the sum's name: the reply's 合计3.5万元 names no 奖补 beside it, policy38 n13)
    if case:
        # … and for the asker's own case of several quantities, the sum a reply works out for it (您家可积6×5+
        # 3×10+50=110分 for 「…义务劳动参加了6次，3个月评上清洁户…能攒多少分？」), not the rule's rates it
        # applies (eval/policy36 n08, blind) — of a reply reckoning it in several sentences, the conclusion:
        # the total named after the parts (您家小孙子…1000元；大孙子…1250元；两个孩子每学年合计2250元), or
        # the last figure worked out (6月补贴6.5×120=780元；考核86分，扣发10%，实发780×90%=702元:
        # eval/policy42 n01, n03, n08, blind)
        concluding = _conclusions(out, supported, asked_per(question.norm))
        out = prefer(
            out,
            lambda u: (
                id(u) in concluding
                or (bool(u.slot) and (_WORKED.search(u.said) or _RECKONED.search(u.said)) is not None)
            ),
            supported,
        )
        out = prefer(out, lambda u: id(u) in concluding, lambda u: supported(u) or id(u) in concluding)
    elif _ASKER.search(question.norm) and "每" not in question.norm:
        # (an asker telling their case in words, not figures: 「我家…两个孙子…大的今年秋季上初一，小的读小学
        # 三年级…一年能补多少？」 — not asking a rate: 「我阿爺係…歸僑…每個月有幾多生活補助？」 is answered by
        # the 300元 a month, not the reply's 9800 for the year: eval/policy29 c01, blind)
        concluding = _conclusions(out, supported, asked_per(question.norm))
        out = prefer(out, lambda u: id(u) in concluding, lambda u: supported(u) or id(u) in concluding)
    if ASKS_CLOCK.search(question.norm):
        # 「…下午几点上班?」: a time of day (下午…14:30—18:00), not the address of the window
        out = prefer(out, lambda u: CLOCK.search(TIMESTAMP.sub("", u.said)) is not None, supported)
    if question.measure in UNIT_MEASURES or question.unit_asked:
        out = prefer(out, lambda u: bool(u.slot), supported)
        if noun := question.measure_noun:
            # the sum asked by its name (一次性求职创业补贴标准为每人１５００元), not another sum of the
            # place (见习补贴标准为每人每月1800元: eval/policy20 n18, blind) — named in the clause or
            # before it in its sentence (…养老服务补贴：80至89周岁…150元；90至99周岁…300元: policy3 n01)
            naming = {id(u): normalize(f"{u.hit.document.title or ''}\n{sentence_before(u)}") for u in out}
            out = prefer(out, lambda u: bool(u.slot) and names_noun(naming[id(u)] + u.said, noun), supported)
        # a table's row for the kind the question names by the row's label (钢质 | 3200 | 260 | 80000 under
        # 船体材质 | 船体补偿（元/米） for 「进贤 钢质渔船 回收 船体补偿 每米 多少」), not a reply's figure
        # for another kind of its table that names no kind asked (木质渔船船体补偿每米2400元: eval/policy41
        # n04, blind)
        asked, others = _row_kinds(out, question.norm, supported)
        if others:
            out = prefer(out, lambda u: _names_kind(u, asked) or not _names_kind(u, others), supported)
        if question.rungs:
            # the figure stated for the rung asked (技师证书的补贴3000元), not the sentence naming the
            # rung at a line's end with other rungs' figures before it
            rungs, measure = question.rungs, question.measure
            # (a table row's figure in its column's unit: B类 | 国家级领军人才 | 150 under
            # 安家补贴（万元）)
            out = prefer(out, lambda u: rung_figure(rungs, row_or_text(u), measure), supported)
    if (per := asked_per(question.norm)) is not None:
        # 「…玉米地…一亩能补多少?」: a figure stated per 亩 (玉米 | 860 under 补偿标准（元/亩）), not the
        # one-off sum beside it (造成死亡的，一次性补偿60万元)
        # (read with the support of the document answering best, as a bound is: a row's own words are few)
        best = best_doc(out, supported)
        out = prefer(out, lambda u: states_per(u.said, per), lambda u: supported(u) or u.hit.doc_id == best)
    if question.measure == "duration" and (event := timed_event(question.norm)):
        # 「…审核要多长时间?」: the duration stated beside 审核 (10个工作日内完成审核), not the other
        # durations of the passage (通知书有效期为6个月)
        out = prefer(out, lambda u: beside(normalize(u.text), event), supported)
    elif not question.measure and PAID.search(question.norm):
        out = prefer(
            out,
            # (a row's figures in its columns' units: 住宅房屋货币补偿基准价 | 5800 | 元/平方米)
            lambda u: bool(
                quantities(with_units(u), "money")
                or quantities(with_units(u), "percent")
                or FRACTION.search(u.said)
            ),
            supported,
        )
    if (bound := asked_bound(question.norm, question.measure)) is not None:
        # (a bound stated in the document answering best is read with its support: 「…一次最多能救助
        # 多少?」 by 第五条 救助标准：…每人每次不超过3000元, under 第三条 急难型临时救助对象：因火灾…)
        best = best_doc(out, supported)
        out = prefer(out, lambda u: states_bound(u, bound), lambda u: supported(u) or u.hit.doc_id == best)
    if question.brackets:
        # 「今年刚满一百岁，每个月能拿多少」: a sentence stating figures for other brackets only
        # (80至89周岁每人每月150元) is set aside. One naming no bracket stays: 「两个孩子…130平米…
        # 补贴比例」 is answered by 二孩及以上家庭购买第二档…住房的…80%, not by the 130平米 row's 60%.
        measures, values = bracket_measures(question), question.brackets
        fits = {id(u): bracket_fit(values, with_units(u), measures) for u in out}
        out = prefer(out, lambda u: fits[id(u)] >= 0, supported)
        # … and when a supported one states the figure of the asker's bracket, one stating no figure
        # at all (天数按司龄确定 over the table of 司龄 | 年休假（天）) does not answer
        out = prefer(
            out,
            lambda u: fits[id(u)] > 0 or states_figure(values, with_units(u), measures),
            lambda u: fits[id(u)] > 0 and supported(u),
        )
    if question.brackets:
        # 「我累计献了400毫升血…能免多少?」: the row labelled with the asker's value or a bracket holding
        # it (400毫升 | 2000毫升 | 400毫升), not the one the news names (800毫升以上…终身免费)
        values = question.brackets
        out = prefer(
            out,
            lambda u: TABLE_CELL in u.text and row_holds(values, with_units(u).rpartition("\n")[2]),
            supported,
        )
    if question.named_brackets:
        # 「12千瓦以下的小渔船…」: the row labelled with that bracket (12以下 | 3200 | 3000 under 主机功率
        # （千瓦）), not the next one sharing its bound (12（含）—44 | 8600 | 8000)
        named = question.named_brackets
        out = prefer(
            out,
            lambda u: TABLE_CELL in u.text and row_bracket(named, with_units(u).rpartition("\n")[2]),
            supported,
        )
    if ASKS_TARGET.search(question.norm):
        # … a target, when one is asked (see forms.ASKS_TARGET)
        out = prefer(out, lambda u: bool(u.slot) and sets_target(u), supported)
    if (stated := stated_numbers(question)) is not None:
        out = prefer(out, lambda u: bool(u.slot) and stated.search(normalize(u.text)) is not None, supported)
    if ASKS_OWN_SHARE.search(question.norm):
        # 「…每亩自己要交多少？」: the asker's own share stated (农户每亩自缴60元), not the sum insured or the
        # subsidy beside it (保险金额每亩4000元…财政补贴70%) — as a sum of money unless a share is asked;
        # after the asker's own figures: a reply reckoning the case need not name the share (合计5160元)
        own = STATES_OWN_SHARE if ASKS_SHARE.search(question.norm) else STATES_OWN_SUM
        out = prefer(out, lambda u: own.search(u.said) is not None, supported)
    if (attribute := question.attribute) and (top := next((u for u in out if supported(u)), None)):
        # 「…一般医疗，免赔额是多少」: the figure stated as that (年度免赔额为1万元), not the one of the
        # heading naming it among others (保险金额与免赔额 一般医疗保险金年度保险金额为300万元) — in the
        # document answering best (another railway's 全长548公里 is no answer)
        doc = top.hit.doc_id
        out = prefer(
            out,
            lambda u: u.hit.doc_id == doc and states_attribute(normalize(u.text), attribute),
            supported,
        )
    return out


def _label(line: str) -> str:
    """A table row's label, of a line of a passage's text: its first cell, normalised, when it is two
    characters or more and no figure."""
    if TABLE_CELL not in line:
        return ""
    label = normalize(line.split(TABLE_CELL)[0]).strip()
    return label if len(label) >= 2 and not re.search(r"\d", label) else ""


# A rank, not a kind: 一级, 二档, 三类 (a ladder's rungs: indexer.rungs reads those)
_RANK = re.compile(r"[一二三四五六七八九十\d]+[级档类等星]")


def _row_kinds(
    out: list[Unit], norm_question: str, supported: Callable[[Unit], bool]
) -> tuple[set[str], set[str]]:
    """The kinds a table's rows are labelled with that the question names, and the others of that table (木质
    and 玻璃钢 beside 钢质) — of a table one supported row of which, stating a figure, the question names by
    its label (stated.named_row); none when it names no row's label, or only a rank (三级, 一档)."""
    passages = {
        u.hit.text
        for u in out
        if u.slot and supported(u) and (k := named_row(u, norm_question)) and not _RANK.fullmatch(k)
    }
    # (a label may name several kinds: 木质、玻璃钢 | 2400 | 260 | 5)
    labels = {
        kind
        for text in passages
        for line in text.splitlines()
        if re.search(r"\d", line)
        for kind in re.split(r"[、,，/及和或]", _label(line))
        if len(kind) >= 2
    }
    asked = {k for k in labels if k in norm_question}
    others = {k for k in labels - asked if not any(k in n for n in labels if n != k)}
    return asked, others


def _names_kind(unit: Unit, kinds: set[str]) -> bool:
    return any(k in unit.said for k in kinds)  # (said: normalised once, as the unit was made)
