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
  补贴对象 | …, 申请时间：…), not the field sharing more words (【办理对象】在昆山市…); of a date, the field
  named for the event asked (报名方式 for 几时报名, not 培训时间);
- of a table's rows, the one the question names by its label (游泳 | 200名 for 游泳招多少人);
- where online (网上从哪里申请): a channel (办理渠道 | …小程序, 通过“浙里办”APP…在线申领), not the window
  (server/answer/fields.py reads the fields).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from indexer.lines import TABLE_CELL
from indexer.measures import UNIT_MEASURES, names_noun, quantities
from indexer.normalize import normalize
from indexer.rerank import ASKS_DRAFT, issued_of, named_editions
from indexer.rungs import asked_rungs, names_rung, rung_figure
from server.answer.attached import REFERS
from server.answer.brackets import bracket_fit, brackets_in, row_bracket, row_holds, states_figure
from server.answer.claim_region import TESTIMONY
from server.answer.fields import (
    ASKS_ONLINE,
    FIELD_OF,
    HANDLING,
    STATES_ONLINE,
    asked_event,
    asked_field,
    field_answers,
    field_name,
    heads_list,
)
from server.answer.forms import (
    ASKS_CLOCK,
    ASKS_DAY,
    ASKS_DEADLINE,
    ASKS_ELIGIBLE,
    ASKS_FEE,
    ASKS_LEND,
    ASKS_LIMIT,
    ASKS_TARGET,
    ASKS_TOTAL,
    CLOCK,
    DAY,
    DEADLINE,
    EXACT_DAY,
    FRACTION,
    LEAD_IN,
    PAID,
    STATES_ELIGIBLE,
    STATES_FEE,
    STATES_LIMIT,
    STATES_OWN,
    STATES_TOTAL,
    asked_bound,
    asked_per,
    beside,
    states_attribute,
    states_per,
    timed_event,
)
from server.answer.named import in_batch, named_batch, named_table, without_unnamed_rows
from server.answer.question import Question
from server.answer.stated import (
    DIGIT,
    bare_day,
    bound_column,
    bracket_measures,
    dated,
    draft,
    full_days,
    named_row,
    row_or_text,
    sentence_before,
    sets_target,
    stated_numbers,
    states_bound,
    with_units,
)
from server.answer.units import Unit


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


_WHOLE = re.compile(r"全(?:县|市|区|省|镇|乡|州|旗)")
# An asker's own case of several things counted (2200立方米的冷库, 1辆冷藏车): a sum over them all is asked
_CASE_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(?:立方米|平方米|平米|千瓦|公斤|辆|台|亩|户|人|吨|个|件|头|只|座|间|套|艘|株|棵|张)"
)


def _prefer(units: list[Unit], keep: Callable[[Unit], bool], supported: Callable[[Unit], bool]) -> list[Unit]:
    """``units`` that ``keep`` accepts, when a supported one does; else all of them."""
    kept = [u for u in units if keep(u)]
    return kept if any(supported(u) for u in kept) else units


def answering(
    units: Sequence[Unit],
    question: Question,
    supported: Callable[[Unit], bool],
    void: Collection[str] = (),
) -> list[Unit]:
    """The candidates that may be claims (``supported``: the documents' evidence threshold; ``void``: the
    doc_ids of documents no longer in force, repealed.void_documents)."""
    out = list(units)
    if ASKS_DRAFT.search(question.norm):
        # a question about the draft itself (征求意见…截止到哪天, 草案规定…) is answered by it, as retrieval
        # ranks it (hybrid's superseded-draft stage is off for it)
        out = _prefer(out, draft, supported)
    elif any(draft(u) for u in out):
        out = _prefer(out, lambda u: not draft(u), supported)
    titles = sorted({u.hit.document.title or "" for u in out})
    superseded = {t for t, over in zip(titles, issued_of(titles, question.norm), strict=True) if over}
    if superseded:
        # … and the edition in force, not the one it replaced (奖学金评定办法（2024年修订） over its 2023 one)
        out = _prefer(out, lambda u: (u.hit.document.title or "") not in superseded, supported)
    if void:
        # … and of documents whose titles do not say which is in force, the one another did not repeal
        out = _prefer(out, lambda u: u.hit.doc_id not in void, supported)
    if asked_editions := named_editions(titles, question.norm):
        # … unless the question names an edition's year: 「2021年…那个办法里」 asks the 2021 one
        out = _prefer(out, lambda u: (u.hit.document.title or "") in asked_editions, supported)
    if tabled := named_table(question, out):
        # … and the one table the question names by its kind, a batch it names (named.py)
        out = _prefer(out, lambda u: u.hit.doc_id in tabled, supported)
    if not question.listing and (batch := named_batch(question)):
        out = _prefer(out, lambda u: in_batch(u, batch), supported)
    if not (question.wants_list or question.listing or question.slot == "date"):
        out = _prefer(out, lambda u: not LEAD_IN.search(u.text), supported)
    if not question.listing:
        # … and the documents' own statement over a resident's words in a story: 五台县的乒乓球爱好者老刘说，
        # …一台一小时才10元 is what one player paid, not the 收费标准 (eval/policy25 n14, blind)
        out = _prefer(out, lambda u: not TESTIMONY.search(u.whole or u.text), supported)
    asked = asked_field(question)
    if (
        asked in FIELD_OF
        and (asked != "duration" or HANDLING.search(question.norm))
        and (top := next((u for u in out if supported(u)), None))
    ):
        # … of the document that answers best (车站机关地址：… of another station's article is no answer)
        doc = top.hit.doc_id
        # (a date asked on the calendar by a field that states one: 成文日期 | 2024-04-16 is not the 施行
        # day of 「…从哪天开始执行的?」, and the calendar step below would leave no candidate; eval/policy11
        # d06 among the other collections' documents)
        calendar = question.calendar
        # (… and a column naming the bound asked is as good a field: 单件最高补贴（元） over 热水器 | … |
        # 2000 answers 「一件最多能补多少钱」 as 补贴标准's percentages do; eval/policy8 n03, pooled)
        bound = asked_bound(question.norm, question.measure) if question.slot == "number" else None
        if event := asked_event(question):
            # (the field named for the event asked: 报名方式 for 「几时报名」, not 培训时间;
            # fields.asked_event)
            out = _prefer(
                out,
                lambda u: (
                    u.hit.doc_id == doc and event in (field_name(u) or "") and (not calendar or dated(u))
                ),
                supported,
            )
        out = _prefer(
            out,
            lambda u: (
                u.hit.doc_id == doc
                and (field_answers(u, question) or (bound is not None and bound_column(u, bound)))
                and (not calendar or dated(u))
                # (a field that only refers to an attachment, 收费标准：详见附件《…一览表》, defers to it)
                and REFERS.search(u.said) is None
            ),
            supported,
        )
    if question.slot != "number" and ASKS_ELIGIBLE.search(question.norm):
        # 「…哪些家庭可以减免…」: the sentence saying whom the measure is for (forms.ASKS_ELIGIBLE), not
        # what they get
        out = _prefer(out, lambda u: STATES_ELIGIBLE.search(u.said) is not None, supported)
    if question.slot == "place" and ASKS_ONLINE.search(question.norm):
        out = _prefer(out, lambda u: STATES_ONLINE.search(u.said) is not None, supported)
    if question.calendar:
        # 「顺德区…办法什么时候开始施行?」 by 本办法自2023年9月1日起施行, not by the news report naming the
        # 办法 in full (自《…办法》实施以来…): only a supported sentence stating a date
        out = [u for u in out if dated(u) and supported(u)]
        if ASKS_DAY.search(question.norm):
            out = _prefer(out, lambda u: DAY.search(u.text) is not None, supported)
            if not ASKS_DEADLINE.search(question.norm):
                # … on the calendar, not 8月底 (a deadline may be a month's end: 6月底前申报; eval/policy26
                # t03, blind)
                out = _prefer(out, lambda u: EXACT_DAY.search(u.text) is not None, supported)
            # … the day in full: a news report's 7月15日开通 stands for the 通告's 于2025年7月15日起开通运营
            # (eval/policy24 t01, t06, blind)
            top = next((u for u in out if supported(u)), None)
            if top is not None and (day := bare_day(top)) is not None:
                out = _prefer(out, lambda u: day in full_days(u), supported)
        if ASKS_DEADLINE.search(question.norm):
            out = _prefer(out, lambda u: DEADLINE.search(u.said) is not None, supported)
    elif question.slot == "date" and ASKS_DEADLINE.search(question.norm):
        # 「…最晚什么时候要完工」: the day stated as a deadline (10月31日前完工), not the year a roundup names
        # (2024年计划完成…; eval/policy9 d05 among the other collections' documents)
        out = _prefer(out, lambda u: DEADLINE.search(u.said) is not None, supported)
    elif question.slot == "number":
        asks_total = ASKS_TOTAL.search(question.norm) is not None
        rows_named = {label for u in out if (label := named_row(u, question.norm))} if asks_total else set()
        if not asks_total:
            out = without_unnamed_rows(out, question)  # (游泳 | 200名 for 「…游泳招多少人?」: named.py)
        # (… not when the asker reckons a case of several things, one a row's label: 「…新建了2200立方米
        # 的冷库，又买了1辆冷藏车，冷链补助一共多少？」 asks the reply's 合计43万元, not the 冷藏车 row:
        # eval/policy33 n04, blind)
        case = len(_CASE_QUANTITY.findall(question.norm)) >= 2
        if len(rows_named) == 1 and not _WHOLE.search(question.norm) and not case:
            # … a sum of the one row the question names by its label (「9月份…拉蔬菜的…一共过了多少辆次」: the
            # 9月 row, not the header sharing more words, nor the 合计 of all months: eval/policy24 n10,
            # blind), read with its document's support as the total below — not of two it names
            # (「奖励扶助和特别扶助资金全县一共…」 asks their 合计: eval/policy23 n19)
            best = _best_doc(out, supported)
            out = _prefer(
                out,
                lambda u: bool(named_row(u, question.norm)),
                lambda u: supported(u) or u.hit.doc_id == best,
            )
        elif asks_total:
            # 「…全县一共分配了多少?」: the figure stated as the sum (合计 | 7080 | 25764 | 2576.40 under a
            # 分配表's rows, 共下拨1260万元), not one town's row sharing more of the question's words
            # (eval/policy22 n09, blind); read with the support of its document, as a row's own words are
            # few — of any document other rows of which are supported: the 汇总表's 合计 row beside a 县长信箱
            # reply's worked example of one purchase (eval/policy24 n14, n19, blind)
            held = {u.hit.doc_id for u in out if supported(u)}
            out = _prefer(
                out,
                # (in the row itself, with a figure: a column named 资金合计 is over every row)
                lambda u: (
                    STATES_TOTAL.search(t := normalize(u.text)) is not None and DIGIT.search(t) is not None
                ),
                lambda u: supported(u) or u.hit.doc_id in held,
            )
        if ASKS_CLOCK.search(question.norm):
            # 「…下午几点上班?」: a time of day (下午…14:30—18:00), not the address of the window
            out = _prefer(out, lambda u: CLOCK.search(u.said) is not None, supported)
        if question.measure in UNIT_MEASURES or question.unit_asked:
            out = _prefer(out, lambda u: bool(u.slot), supported)
            if noun := question.measure_noun:
                # the sum asked by its name (一次性求职创业补贴标准为每人１５００元), not another sum of the
                # place (见习补贴标准为每人每月1800元: eval/policy20 n18, blind) — named in the clause or
                # before it in its sentence (…养老服务补贴：80至89周岁…150元；90至99周岁…300元: policy3 n01)
                naming = {
                    id(u): normalize(f"{u.hit.document.title or ''}\n{sentence_before(u)}") for u in out
                }
                out = _prefer(
                    out, lambda u: bool(u.slot) and names_noun(naming[id(u)] + u.said, noun), supported
                )
            if question.rungs:
                # the figure stated for the rung asked (技师证书的补贴3000元), not the sentence naming the
                # rung at a line's end with other rungs' figures before it
                rungs, measure = question.rungs, question.measure
                # (a table row's figure in its column's unit: B类 | 国家级领军人才 | 150 under
                # 安家补贴（万元）)
                out = _prefer(out, lambda u: rung_figure(rungs, row_or_text(u), measure), supported)
        if (per := asked_per(question.norm)) is not None:
            # 「…玉米地…一亩能补多少?」: a figure stated per 亩 (玉米 | 860 under 补偿标准（元/亩）), not the
            # one-off sum beside it (造成死亡的，一次性补偿60万元)
            # (read with the support of the document answering best, as a bound is: a row's own words are few)
            best = _best_doc(out, supported)
            out = _prefer(
                out, lambda u: states_per(u.said, per), lambda u: supported(u) or u.hit.doc_id == best
            )
        if question.measure == "duration" and (event := timed_event(question.norm)):
            # 「…审核要多长时间?」: the duration stated beside 审核 (10个工作日内完成审核), not the other
            # durations of the passage (通知书有效期为6个月)
            out = _prefer(out, lambda u: beside(normalize(u.text), event), supported)
        elif not question.measure and PAID.search(question.norm):
            out = _prefer(
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
            best = _best_doc(out, supported)
            out = _prefer(
                out, lambda u: states_bound(u, bound), lambda u: supported(u) or u.hit.doc_id == best
            )
        if question.brackets:
            # 「今年刚满一百岁，每个月能拿多少」: a sentence stating figures for other brackets only
            # (80至89周岁每人每月150元) is set aside. One naming no bracket stays: 「两个孩子…130平米…
            # 补贴比例」 is answered by 二孩及以上家庭购买第二档…住房的…80%, not by the 130平米 row's 60%.
            measures, values = bracket_measures(question), question.brackets
            fits = {id(u): bracket_fit(values, with_units(u), measures) for u in out}
            out = _prefer(out, lambda u: fits[id(u)] >= 0, supported)
            # … and when a supported one states the figure of the asker's bracket, one stating no figure
            # at all (天数按司龄确定 over the table of 司龄 | 年休假（天）) does not answer
            out = _prefer(
                out,
                lambda u: fits[id(u)] > 0 or states_figure(values, with_units(u), measures),
                lambda u: fits[id(u)] > 0 and supported(u),
            )
        if question.brackets:
            # 「我累计献了400毫升血…能免多少?」: the row labelled with the asker's value or a bracket holding
            # it (400毫升 | 2000毫升 | 400毫升), not the one the news names (800毫升以上…终身免费)
            values = question.brackets
            out = _prefer(
                out,
                lambda u: TABLE_CELL in u.text and row_holds(values, with_units(u).rpartition("\n")[2]),
                supported,
            )
        if question.named_brackets:
            # 「12千瓦以下的小渔船…」: the row labelled with that bracket (12以下 | 3200 | 3000 under 主机功率
            # （千瓦）), not the next one sharing its bound (12（含）—44 | 8600 | 8000)
            named = question.named_brackets
            out = _prefer(
                out,
                lambda u: TABLE_CELL in u.text and row_bracket(named, with_units(u).rpartition("\n")[2]),
                supported,
            )
        if ASKS_TARGET.search(question.norm):
            # … a target, when one is asked (see forms.ASKS_TARGET)
            out = _prefer(out, lambda u: bool(u.slot) and sets_target(u), supported)
        if (stated := stated_numbers(question)) is not None:
            out = _prefer(
                out, lambda u: bool(u.slot) and stated.search(normalize(u.text)) is not None, supported
            )
        if (attribute := question.attribute) and (top := next((u for u in out if supported(u)), None)):
            # 「…一般医疗，免赔额是多少」: the figure stated as that (年度免赔额为1万元), not the one of the
            # heading naming it among others (保险金额与免赔额 一般医疗保险金年度保险金额为300万元) — in the
            # document answering best (another railway's 全长548公里 is no answer)
            doc = top.hit.doc_id
            out = _prefer(
                out,
                lambda u: u.hit.doc_id == doc and states_attribute(normalize(u.text), attribute),
                supported,
            )
    elif question.list_noun:
        out = _prefer(out, lambda u: bool(u.slot), supported)
        # … under a heading naming it (申报材料清单 over 1.申请表 2.营业执照), not a section's sentence
        # naming it (三、申报方式: 申报企业将申报材料（附件1）一式两份报送…)
        # … or a line naming it before the items it runs on with (二、申请时需携带以下材料：身份证；户口簿；
        # …), not the reply's 一、根据《…办法》… above it, now that both share a passage
        noun = question.list_noun
        out = _prefer(out, lambda u: heads_list(u.said, noun), supported)
    elif question.slot == "" and ASKS_LIMIT.search(question.norm):
        # 「…报销有没有时间限制?」: the limit stated (出院之日起1年内…申请报销), not the sentence sharing
        # more words (…出院时凭身份证直接减免)
        out = _prefer(out, lambda u: STATES_LIMIT.search(u.said) is not None, supported)
    elif question.slot == "" and ASKS_LEND.search(question.norm):
        # 「…乘车卡能借给家里人用吗?」: whether another may use it, as the document answering best says
        # (免费乘车卡限本人使用，他人冒用的…), not who rides free
        out = _said_in_best_doc(out, supported, STATES_OWN)
    elif question.slot == "" and ASKS_FEE.search(question.norm):
        # 「…认定要收费吗?」, 「申请门牌号要花钱吗?」: what the document answering best says it costs
        # (认定不收取任何费用, 不收费) — a short sentence sharing few of the question's words — not how to
        # apply
        out = _said_in_best_doc(out, supported, STATES_FEE)
    elif question.slot == "" and question.brackets:
        # 「男方21岁能…登记结婚吗?」: the bracket the rule sets (男年满22周岁), not where to apply
        kinds = {kind for kind, _ in question.brackets}
        out = _prefer(out, lambda u: any(brackets_in(with_units(u), kind) for kind in kinds), supported)
    elif question.slot in ("", "person") and (rungs := asked_rungs(question.norm)):
        # 「生一孩有一次性生育补贴吗?」, 「一档资助哪些学生?」: what is said of that rung (一孩家庭暂不纳入…,
        # 一档 | 特困供养…), not of the others — in the unit or its document's title, as unit_off_rung reads
        # them (…补贴资金第三批发放汇总表's 合计 row: eval/policy26 n09, blind)
        out = _prefer(
            out,
            lambda u: names_rung(rungs, f"{normalize(u.hit.document.title or '')}\n{u.said}"),
            supported,
        )
    return out
