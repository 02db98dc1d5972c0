"""What a question asks for — a number, a date, a place, a person, a reason — read from its normalised form
once, when the retriever analyses it (`hybrid.analyse`), and whether a text states such a thing. Search
ranks by it (a passage stating the figure a 「多少」 question asks for before one that only repeats its
words: `hybrid.rank_hybrid`) and answer composition scores claims by it (server/answer/scoring.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from indexer.measures import asked_measure, counts_noun, share_answers, states_measure
from indexer.text import ASKING_JI, QUESTION_WORDS, YES_NO

Slot = Literal["number", "date", "place", "person", "reason", ""]

# What a question asks for, on its normalised form; the first rule that matches wins (几年 asks a date only
# as 哪几年 / 几几年 — 几年 alone is a duration, a number; 哪几天 asks days on the calendar; text.ASKING_JI).
# 几时 is when, not how many (「培训几时报名」, as Cantonese and written Chinese ask it: eval/policy30 c02,
# blind).
_SLOTS: tuple[tuple[Slot, re.Pattern[str]], ...] = (
    (
        "date",
        re.compile(
            r"何时|几时|什么时候|什么时间|哪一?年|哪个年代|哪[一几]?天|哪[一几]?日|哪几?个月|几月|几号|何年|何日|"
            r"哪个朝代|什么朝代|哪个世纪|什么年代|哪个时期|什么时期|何年何月|多少年(?:代)?开始|"
            r"(?:西元|公元)(?:几|多少)年"
        ),
    ),
    ("reason", re.compile(r"为什么|为何|为啥|何故|原因|理由|缘故|怎么会|目的是")),
    # whom an errand goes to is an office, a place to go (审批找谁 → 受理单位：…镇人民政府; eval/policy31 p01,
    # blind) — not whom to claim from (「…应该找谁赔偿」 asks the party liable: stard)
    (
        "place",
        re.compile(
            r"(?:审批|办理|申请|申报|咨询|报名|受理|投诉|举报|登记|缴费|补办)[^，。？?]{0,4}找(?:谁|哪个?(?:部门|单位|窗口))"
            r"|(?:去|到)哪个(?:部门|单位|窗口)"
            # … whatever the errand after it (「…合作办城市书房，找哪个部门申请？」: eval/policy37 p06, blind)
            r"|(?:找|向)哪个?(?:部门|单位|窗口|科室)"
        ),
    ),
    ("person", re.compile(r"谁|哪位|哪一位|什么人|何人|哪个人|哪些人")),
    (
        "place",
        re.compile(
            r"哪里|哪儿|什么地方|何地|何处|哪个(?:国家|城市|省|地区|地方|县|市|州|岛|港)|哪国|哪座城|位于哪|"
            r"在哪"
        ),
    ),
    (
        "number",
        re.compile(
            rf"多少|{ASKING_JI}(?![乎])|多大|多高|多长|多远|多重|多久|多深|多宽|多厚|多快|百分之几|第几|多少钱|多少岁|"
            # a telephone number (打哪个电话咨询, 联系电话是什么; eval/policy9 f04 among other collections)
            r"(?:哪个|什么|啥)(?:电话|号码|热线)|(?:电话|热线|号码)(?:是|为)?(?:什么|啥|哪个)"
        ),
    ),
)


# A keyword query, as a search box or a chat tool's call sends it, has no question word: its last keyword
# names what it asks (「当涂县 加装电梯 补助标准」 a sum, 「孝义 房票安置 奖励比例」 a rate, 「西工区 物业服务
# 收费 政府指导价 执行时间」 a date, 「…资格审核 办理时限」 a duration; eval/policy17, written blind; 「汇川区
# 临时居民身份证 有效期」 a duration, eval/policy18; 「宣城泾县 生育津贴 顺产 计发天数」 a count, policy23
# n09; 「海盐 跨省公交 金山 票价」 a sum, policy24 u02).
_KEYWORD_SLOTS: tuple[tuple[Slot, re.Pattern[str]], ...] = (
    # (… or a deadline: 「夏津 专利检索分析报告 免费 报名 截止」, eval/policy34 t01, blind)
    ("date", re.compile(r"(?:日期|时间|截止|截至)$")),
    (
        "number",
        re.compile(
            r"(?:标准|金额|额度|数额|比例|(?<!收)费|补贴|补助|奖补|奖励|租金|价格|上限|限额|时限|期限|有效期|"
            r"时长|年限|天数|人数|户数|次数|数量|票价|运价|起步价|单价|税率|征收率"
            # … or an insurance's sum: 「宁城 志愿者 意外伤害保险 保额」 (eval/policy36 n11, blind)
            r"|保额|保险金额|赔付额"
            # … or a rate or a bound: 「虞城 供销社 化肥 淡季储备 贴息 每吨」, 「… 累加补贴 每台」,
            # 「… 每户最高」 (eval/policy33 n05, u08, policy32 u11, blind)
            r"|每(?:吨|亩|户|人|台|辆|件|项|头|只|个|单|套|座|间|家|所|株|棵|条|张|站|平方米|平米|千瓦|"
            r"公斤|立方米)|最高|最多|最低|封顶"
            # … or a telephone number: 「瓮安 草塘镇新华村卫生室 电话」 (eval/policy35 f01, blind)
            r"|电话|热线|联系方式|传真)$"
        ),
    ),
)
_BOUNDS = frozenset({"要求", "限制", "条件", "范围"})
_BOUNDED = frozenset({"age", "area", "length", "weight", "money", "percent"})
# … told apart from a question by having none of a question's marks
_QUESTION_MARKS = re.compile(rf"[?？]|{QUESTION_WORDS}")


# A yes/no question's number words: its 几 is the asker's "a few" (自家种的几棵杉树 … 需不需要办许可证)
_YES_NO = re.compile(YES_NO)
_FEE_ASKED = re.compile(r"(?:要不要|收不收|交不交|用不用)[^，。？?]{0,8}(?:费|钱)")
_HOW_MANY = re.compile(r"多少|多大|多高|多长|多远|多重|多久|多深|多宽|多厚|多快|百分之几|第几")


# … any verb so asked (发不发, 收不收) or a question ending in 吗
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1|吗\s*[?？]?\s*$")


def asks_yes_no(norm: str) -> bool:
    """The (normalised) question asks yes or no (能不能, 需不需要, 是否, 发不发, …吗？)."""
    return _YES_NO.search(norm) is not None or _A_NOT_A.search(norm) is not None


def keyword_query(norm: str) -> bool:
    """The (normalised) query is keywords, as a search box or a chat tool's call sends them: none of a
    question's marks."""
    return _QUESTION_MARKS.search(norm) is None


def asked_slot(norm: str, region_question: bool = False) -> Slot:
    """What kind of answer the (normalised) question asks for; "" when no kind is recognised. A yes/no
    question (能不能, 需不需要 …) asks a number only by 多少 and its kind, not by 几 (eval/policy22 y09,
    blind: 「修水 房前屋后 自家种的几棵杉树 砍伐 需不需要办林木采伐许可证」 was declined for stating no
    figure), and its keywords' last (…能不能领奖励) is no keyword query's figure asked (y01, y06)."""
    if region_question:
        return "place"
    # (whether a fee is charged — 要不要工本费 — is asked as its sum is: 免收 answers it)
    yes_no = _YES_NO.search(norm) is not None and not _FEE_ASKED.search(norm)
    for slot, pattern in _SLOTS:
        if pattern.search(norm):
            if slot == "number" and yes_no and not _HOW_MANY.search(norm):
                continue
            return slot
    if not yes_no and not _QUESTION_MARKS.search(norm):
        words = [w for w in norm.split() if re.search(r"[\u4e00-\u9fff]", w)]
        for slot, pattern in _KEYWORD_SLOTS:
            if words and pattern.search(words[-1]):
                return slot
        # … or a bound on a quantity it names: 「英德 港澳青年 年龄 要求」 asks an age (18至45周岁), 「… 面积
        # 限制」 an area (eval/policy35 e01, blind)
        if len(words) >= 2 and words[-1] in _BOUNDS and asked_measure(words[-2]) in _BOUNDED:
            return "number"
    return ""


_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
_COUNTED = re.compile(
    rf"[{_NUMERAL}]+(?:多|余)?(?:个|位|名|家|所|项|次|年|月|天|岁|人|种|条|座|部|件|倍|成|米|公里|亩|元|届|"
    r"场|章|集|层|辆|架|艘|本|首|份|批|支|只|头|匹|册|卷|周|代|期|级|分|秒|小时|平方|吨|度|号|型)"
    # or a count in numerals up to its magnitude (四十万, 约三千): two numerals or more, or one after a word
    # that announces a quantity — not the 一 of 统一千克 or the 十 of 十万火急
    r"|(?:[零〇一二两三四五六七八九十]{2,}|(?<=[约近达为是有共超逾计])[一二两三四五六七八九十])[百千万亿]"
)
# 第五, 第二大: what 「第几…」 asks for
_ORDINAL = re.compile(r"第\s*(?:\d+|[零〇一二两三四五六七八九十百]+)")
# a weekday (每周三上午, 每月第一个星期二, 周末) is when a thing recurs: 「…每周哪天去社工站集中尿检？」
# (eval/policy37 t03, blind)
_WEEKDAY = r"(?:星期|礼拜|(?<![一二三四五六七八九十\d])周)[一二三四五六日天末]"
_DATE = re.compile(
    r"\d{1,4}\s*(?:年|月|日|世纪|年代)|[〇零一二三四五六七八九十]{1,4}\s*(?:年|月|日|世纪|年代)|"
    r"(?:唐|宋|元|明|清|汉|秦|隋|晋|周|商|魏|隋)(?:朝|代)|公元|年间|时期|期间|之后|以前|以后|初期|末期|"
    + _WEEKDAY
)


# Words before a number of years or months that make it a span, not a date (期限3年, 满1年, 连续2年)
_SPAN_BEFORE = re.compile(r"(?:期限|为期|满|连续|长达|不少于|不超过|最长|累计)\s*$")


# A date question asking for a day (截止到哪天, 几号发放, 截止日期): a year or a month alone does not
# answer it.
_ASKS_DAY = re.compile(r"哪一?天|哪一?日|几号|几月几[日号]|日期")
# 「自1月1日起」 says when a rule begins: the day of a deadline or a payday question is another one.
_ASKS_START = re.compile(r"开始|起|施行|生效|启动|实施")
_DAY = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]|" + _WEEKDAY)

# What papers to bring: 「需要提交哪些材料」「要带什么」「需要带哪些东西」 — asked of 办事指南 and
# notices, answered by the passage listing them (「申请材料：（一）本人身份证；（二）…」), not by the one
# repeating the errand's name.
_ASKS_PAPERS = re.compile(
    r"(?:哪些|什么|啥|何种)(?:申请|申报|证明)?(?:材料|资料|证件|证明|手续|东西)|"
    r"(?:材料|资料|证件)(?:有哪些|是什么|包括|有什么)|(?:带|准备|提交|提供|携带|递交)(?:好)?(?:哪些|什么|啥)"
)
# A passage listing papers: a field naming them (申请材料：, 【所需材料】, 材料清单) or two kinds of
# papers named.
_PAPERS_FIELD = re.compile(r"(?:材料|资料|证件)(?:清单|目录)?\s*(?:[】:\]]|如下|包括)")
_PAPER = re.compile(
    r"身份证|户口(?:簿|本)|申请表|登记表|审批表|申报表|合同|证书|复印件|执照|银行卡|借记卡|社会保障卡|社保卡|"
    r"发票|照片|承诺书|结婚证|行驶证|合格证|存款账户|毕业证|学位证|凭证|证明"
)


@dataclass(frozen=True)
class Asked:
    """What a question asks for: its slot, the measure a number question counts in (measures.asked_measure:
    "money", "area", "counter:个" … or ""), and the numbers it states itself (never its answer)."""

    slot: Slot = ""
    measure: str = ""
    numbers: frozenset[str] = frozenset()
    ordinal: bool = False  # 「第几…」 asks a rank: 第五 answers it
    papers: bool = False  # asks which papers to bring (a list the slot rules do not name)
    day: bool = False  # a date question asking for the day: 截止到哪天
    start: bool = False  # … the day something begins (从哪天开始, 何时起施行): a 「1月1日起」 answers it
    share: bool = False  # a money question a share of the sum answers (measures.share_answers)
    counted: str = ""  # what a counter question counts (measures.counted_noun), when answer composition asks
    fee: bool = False  # a money question about a fee or a charge: 免收工本费 answers it (asks_fee)


def asks(norm: str) -> Asked:
    """What the normalised question ``norm`` asks for (a region listing is told apart by answer composition,
    which reads it as a place)."""
    slot = asked_slot(norm)
    measure = asked_measure(norm) if slot == "number" else ""
    return Asked(
        slot=slot,
        measure=measure,
        numbers=frozenset(_DIGITS.findall(norm)),
        ordinal="第几" in norm,
        papers=slot == "" and _ASKS_PAPERS.search(norm) is not None,
        day=slot == "date" and _ASKS_DAY.search(norm) is not None,
        start=_ASKS_START.search(norm) is not None,
        share=share_answers(norm, measure),
        # (fee stays False here: retrieval's answer-type stage reads these; 免收 beside a 停车服务费 table
        # had raised it over the 物业费 table asked — eval/policy17 n15. Answer composition sets it.)
    )


# A fee or a charge asked (工本费, 收费, 要不要钱), and a sentence saying there is none (免收工本费, 全部免费,
# 不收取任何费用; 不用交, 保费由县财政全额承担: eval/policy38 y02): that is its amount (eval/policy20 c02,
# blind).
_FEE = re.compile(r"(?<![经花耗消])费(?!用于)|收钱|要钱|收不收")  # (经费, 花费: money spent, not charged)
_FREE = re.compile(
    r"免收|免费|免交|免缴|不收取|不收费|不收任何|无需缴纳|无须缴纳|不需(?:要)?缴纳|零收费"
    r"|不用(?:交|缴)|不必(?:交|缴)|无[需须](?:交|缴)|不需(?:要)?交|(?:全额|全部)(?:承担|负担)"
)


def asks_fee(norm: str, measure: str) -> bool:
    """The money question ``norm`` asks a fee or a charge."""
    return measure == "money" and _FEE.search(norm) is not None


def states_asked(asked: Asked, norm: str) -> bool:
    """``norm`` (a text in matching form) states the number or date ``asked`` asks for, beyond the numbers the
    question states itself (the 2022 of 「2022年…多少」 is no answer); False for any other slot."""
    if asked.slot == "number" and asked.counted:
        return counts_noun(norm, asked.measure, asked.numbers, asked.counted)
    if asked.fee and _FREE.search(norm):
        return True
    if asked.slot == "number" and asked.measure:
        # 租金是多少 wants 元, not the 平方米 beside it: the number must come with the asked unit (or a
        # share of the sum, when that answers: measures.share_answers).
        return states_measure(norm, asked.measure, asked.numbers) or (
            asked.share and states_measure(norm, "percent", asked.numbers)
        )
    if asked.slot == "number":
        return (
            any(n not in asked.numbers for n in _DIGITS.findall(norm))
            or bool(_COUNTED.search(norm))
            or (asked.ordinal and _ORDINAL.search(norm) is not None)
        )
    if asked.papers:
        return _PAPERS_FIELD.search(norm) is not None or len(set(_PAPER.findall(norm))) >= 2
    if asked.slot == "date":
        # a date whose number the question states is its echo (「2022年…何时」); Stam1na's 1 is no 1996年;
        # a span of years or months is none (补贴期限3年, 连续运营满1年: eval/policy43 d06, blind)
        dates = _DAY if asked.day else _DATE
        return any(
            not asked.numbers & set(_DIGITS.findall(m.group(0)))
            and (asked.start or not asked.day or not norm.startswith("起", m.end()))
            and _SPAN_BEFORE.search(norm, 0, m.start()) is None
            for m in dates.finditer(norm)
        )
    return False
