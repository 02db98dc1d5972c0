"""What a question asks for, read more closely: the unit a number question wants (租金 → 元, 面积 → 平方米),
questions whose answer is a whole sentence (措施, 条件, 如何), and trimming that keeps the slot filler."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.measures import (
    asked_measure,
    asked_noun,
    counted_noun,
    names_noun,
    quantities,
    share_answers,
    states_measure,
)
from indexer.normalize import normalize
from indexer.retrieve import Query
from indexer.rungs import asked_rungs, misses_rung, names_other_rung
from server.answer import DEFAULT_CONFIG, Term, trim_sentence
from server.answer.question import Question, Slot, asked_slot, wants_span
from server.answer.scoring import fills_slot


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("人才公寓的租金标准是多少?", "money"),
        ("一次性购房补贴多少钱?", "money"),
        ("人才公寓面积有多少平方米?", "area"),
        ("长江全长多少公里?", "length"),
        ("他今年几岁?", "age"),
        ("天桥区与几家银行签订了合作协议?", "counter:家"),
        ("运城市拿出多少个事业编制?", "counter:个"),
        ("长垣市的人才贷最多能贷多少？", "money"),  # a loan's amount (eval/policy15 u03, written blind)
        ("领导小组纳入了多少个成员单位?", "counter:个"),  # not 成 (percent)
        ("试用期是几个月?", "duration"),
        ("该市人口有多少?", "counter:人"),
        ("城镇化率是多少?", "percent"),
        ("博士后进站后的资助期限是多少?", "duration"),  # the noun nearest the interrogative: 期限, not 资助
        ("雨花区女性申请创业担保贷款年龄上限是多少?", "age"),  # not 贷款's money
        ("考核周期有多久?", "duration"),
        ("律敦治医院是在距离现在约多久以前盖的?", "duration"),  # the interrogative before the noun
        ("大桥有多长?", "length"),
        ("临时身份证有效期多长?", "duration"),  # 多长 of a term is its duration
        ("社保这一项能算多少分?", "counter:分"),  # points (eval/policy18 n02) …
        ("骑电动自行车能带孩子吗？孩子多大以内可以带?", "age"),  # a child's 多大 (eval/policy18 n26)
        ("老人要多大才能领高龄津贴?", "age"),
        ("需要几分钟?", "duration"),  # … not minutes
        ("占几分之几?", ""),  # … nor a share
        ("贷款期限是多长?", "duration"),
        ("盐湖区与多少高校签约?", ""),
        ("运城通过培训班培养了多少本地人才?", ""),  # 本地 is "local": not the counter of books
        ("有几本市企业入选了名单?", ""),
        ("图书馆有多少本书?", "counter:本"),
        ("包河区见习补贴的咨询电话是多少?", "phone"),  # not money: 补贴 names what the line is about
        ("人才服务热线是多少?", "phone"),
        # how often: an interval and a count in it (eval/policy40 a01, blind), not a duration
        ("水质多久要查一次？", "frequency"),
        ("几年体检一次?", "frequency"),
        ("重点排水户检测频次是多少?", "frequency"),
        ("多久能办好?", "duration"),
        ("一年能领几次?", "counter:次"),
        ("娃娃去俱乐部练一趟，得练够多长时间才算一次？", "duration"),
        # what is paid for a loss is money (eval/policy41 n04, blind)
        ("进贤 钢质渔船 回收 船体补偿 每米 多少", "money"),
    ],
)
def test_the_measure_a_number_question_asks_for(question: str, measure: str) -> None:
    assert asked_measure(normalize(question)) == measure


def test_quantities_of_a_measure() -> None:
    norm = normalize("人才公寓建筑面积60平方米,租金每平方米每月12元,首批投放150套,补贴3.5万元")
    assert quantities(norm, "money") == ["12元", "3.5万元"]
    assert quantities(norm, "area") == ["60平方米"]
    assert quantities(norm, "counter:套") == ["150套"]
    assert quantities(normalize("增长了百分之二十,达到30%"), "percent") == ["百分之二十", "30%"]
    assert quantities(normalize("全程收费$4.9,月票港币300"), "money") == ["$4.9", "港币300"]
    assert quantities(normalize("总面积46,600m²"), "area") == ["46,600m2"]
    assert quantities(normalize("约占四分之三"), "percent") == ["四分之三"]
    # 米 of 平方米 is no length
    assert quantities(norm, "length") == []
    # school years and terms are durations (eval/orgdocs p05, written blind); the 2024学年 is a date
    assert quantities(normalize("休学创业的，累计休学期限可延长至四学年"), "duration") == ["四学年"]
    assert quantities(normalize("2024学年第一学期起，以一学期为期"), "duration") == ["一学期"]
    # a month of the calendar (7月份, 10月底, 3月中旬, 4月1日) or an age (16周岁) is no duration
    # (eval/policy18 t03: 「她打算7月份就给父母办投靠落户」 stated no 「结婚满几年」)
    dates = "她打算7月份就办。10月底前申报，3月中旬受理，每年4月1日至4月30日申请。年满16周岁的公民。"
    assert quantities(normalize(dates), "duration") == []
    assert quantities(normalize("结婚满1年，有效期3个月，1年中"), "duration") == ["1年", "3个月", "1年"]
    # … the end of a century is still a century (drcd dev_2430-15-1: 19世紀末 answers 几世纪)
    assert quantities(normalize("19世紀末德意志帝國統治時期"), "duration") == ["19世纪"]
    assert quantities(normalize("社会保险3年计15分，30分钟，三分之一"), "counter:分") == ["15分"]
    # how often: an interval and a count in it (eval/policy40 a01, blind); a sum per year is none
    often = "重点排水户 | 每季度1次 | 5年。每年检测一次，每两年体检一次，半年一次。"
    none = "每年补助500元，一次性补助2000元，每年一次性发放。"
    assert quantities(normalize(often + none), "frequency") == [
        "每季度1次",
        "每年检测一次",
        "每两年体检一次",
        "半年一次",
    ]


def test_telephone_numbers() -> None:
    """Probe (a second policy collection): 「见习补贴咨询电话是多少?」 was read as asking for money and
    answered with 1650元; a telephone question is answered by a telephone number or not at all."""
    norm = normalize("咨询电话：0571-86221234，(0551)63357890，服务热线12345，400-123-4567，")
    norm += normalize("补贴1650元，2023年4月30日")
    assert quantities(norm, "phone") == ["0571-86221234", "(0551)63357890", "12345", "400-123-4567"]


def test_a_quantity_the_question_states_is_no_answer() -> None:
    assert states_measure("租金按50元收取", "money", frozenset({"50"})) is False
    assert states_measure("租金按50元收取,优惠后30元", "money", frozenset({"50"})) is True


def _question(text: str) -> Question:
    norm = normalize(text)
    slot = asked_slot(norm)
    query = Query(text=text, norm=norm, tokens=(), vector=None)
    return Question(
        query,
        False,
        False,
        slot,
        (),
        (),
        (),
        frozenset(),
        measure=(measure := asked_measure(norm) if slot == "number" else ""),
        wants_span=wants_span(norm, slot),
        share=share_answers(norm, measure),
    )


def test_the_rent_question_is_answered_with_money_not_area() -> None:
    question = _question("人才公寓的租金标准是多少?")
    assert (question.slot, question.measure) == ("number", "money")
    assert fills_slot(question, normalize("人才公寓建筑面积60平方米")) is False
    assert fills_slot(question, normalize("租金标准为每平方米每月12元")) is True
    # without a measure any number fills a number slot, as before
    plain = _question("盐湖区与多少高校签约?")
    assert plain.measure == ""
    assert fills_slot(plain, normalize("人才公寓建筑面积60平方米")) is True


@pytest.mark.parametrize(
    ("question", "slot", "span"),
    [
        ("对引进人才有哪些支持措施?", "", True),
        ("申请人才公寓需要什么条件?", "", True),
        ("如何申请一次性购房补贴?", "", True),
        ("孩子上学、配偶工作怎么办?", "", True),
        ("为什么要设立人才编制周转池?", "reason", False),
        ("人才公寓的租金标准是多少?", "number", False),
        ("该条例何时起施行?", "date", False),
        ("环氧氯丙烷的化学式是什么?", "", False),
    ],
)
def test_questions_answered_by_a_whole_sentence(question: str, slot: Slot, span: bool) -> None:
    norm = normalize(question)
    assert asked_slot(norm) == slot
    assert wants_span(norm, slot) is span


SENTENCE = (
    "为加快科技创新平台建设,进一步完善高层次人才引进机制,同时建立高层次人才引进事业编制周转池,"
    "经过市委常委会多次专题研究决定并报省里备案同意,由市委编办统一管理和调配使用,"
    "首批投放150个,专门用于引进急需紧缺的高层次人才和科研团队,并建立动态调整和考核退出机制。"
)
TERMS = [Term("周转池", 3.0, True), Term("人才引进", 2.0, True)]


def test_trim_reaches_a_slot_filler_two_clauses_past_the_echo() -> None:
    config = replace(DEFAULT_CONFIG, long_sentence=100)
    question = replace(_question("周转池投放多少个编制?"), terms=tuple(TERMS))
    s, e = trim_sentence(SENTENCE, 0, len(SENTENCE), TERMS, config, question)
    # the echo, the two clauses after it, and the third that holds the number
    assert SENTENCE[s:e] == (
        "同时建立高层次人才引进事业编制周转池,经过市委常委会多次专题研究决定并报省里备案同意,"
        "由市委编办统一管理和调配使用,首批投放150个"
    )


def test_a_measures_question_quotes_the_whole_sentence() -> None:
    config = replace(DEFAULT_CONFIG, long_sentence=100)
    assert len(SENTENCE) == 131
    question = replace(_question("周转池有哪些管理措施?"), terms=tuple(TERMS))
    assert question.wants_span is True
    s, e = trim_sentence(SENTENCE, 0, len(SENTENCE), TERMS, config, question)
    assert SENTENCE[s:e] == SENTENCE
    # a sentence longer than long_answer is still trimmed
    s, e = trim_sentence(SENTENCE, 0, len(SENTENCE), TERMS, replace(config, long_answer=120), question)
    assert SENTENCE[s:e] != SENTENCE and len(SENTENCE[s:e]) <= config.max_quote


def test_a_magnitude_alone_is_no_quantity() -> None:
    assert quantities(normalize("投资亿元建成万平方米"), "money") == []
    assert quantities(normalize("投资三亿元"), "money") == ["三亿元"]
    # digits masked with * (anonymised documents) are still a number
    assert quantities(normalize("投资*.*亿元建成*万平方米,最高1*万元"), "money") == ["*.*亿元", "1*万元"]


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("人才公寓的租金标准是多少?", "租金"),
        ("顶尖人才来创业最多能拿多少奖励?", "奖励"),
        ("綦江给卫星项目批了多少钱的启动资金?", ""),  # 多少钱, 资金, 经费: money in general, any sum
        ("索马利亚的柏培拉港花了欧盟多少经费?", ""),
        ("按揭买房的人才能享受多少贷款贴息?", "贷款"),
        ("一次性购房补贴多少钱?", "购房补贴"),  # a subsidy asked by its kind: 租房补贴 is no answer
        ("郫都区博士研究生每月租房补贴多少元?", "租房补贴"),
        ("每人每月补贴多少元?", "补贴"),
        # 一次 says how often it is paid, not what kind it is (eval/policy15 t03, written blind)
        ("仁懷的「週末工程師」去企業指導一次補貼多少錢？", "补贴"),
        ("生活补助标准是多少元?", "生活补助"),
        ("人才公寓面积有多少平方米?", ""),  # not money
        ("他身上带了多少钱?", ""),
        ("盐湖区给博士研究生的安家费是多少?", "安家费"),  # a named fee
        ("一共花了多少经费?", ""),  # 经费 is money in general, and 少经 no fee's name
        # 额度 is a loan's amount in general: 一般农户最高可贷20万元 states it (eval/policy19 n19)
        ("鄱阳 富民贷 一般农户 最高 额度", ""),
        ("富民贷的贷款额度是多少?", "贷款"),
    ],
)
def test_the_sum_of_money_a_question_asks_about(question: str, noun: str) -> None:
    norm = normalize(question)
    assert asked_noun(norm, asked_measure(norm)) == noun


def test_money_stated_beside_something_else_is_not_the_amount_asked() -> None:
    assert names_noun(normalize("投资*.*亿元建成*万平方米、2112套可拎包入住的人才公寓"), "租金") is False
    assert names_noun(normalize("人才公寓月租金每平方米12元"), "租金") is True
    assert names_noun(normalize("顶尖人才创业给予最高1*万元重奖"), "奖励") is True  # 奖 of 重奖
    assert names_noun(normalize("投资2亿元"), "") is True  # no noun asked: any sum of money


def test_person_tags_come_from_the_tokenizers_jieba_instance_not_a_second_dictionary() -> None:
    """jieba.posseg segmented with jieba's global instance, loading the whole dictionary a second time in the
    serving process (+60 MiB). In a fresh process: a person is still found, and the global stays unloaded."""
    import subprocess
    import sys

    code = (
        "import jieba\n"
        "from server.answer.scoring import _has_person\nfrom indexer.segment import posseg\n"
        "from indexer.segment import jieba_tokenizer\n"
        "print(_has_person('鲁迅出生于浙江绍兴', ''), _has_person('该条例自公布之日起施行', ''),\n"
        "      posseg().tokenizer is jieba_tokenizer(), jieba.dt.initialized)\n"
    )
    from indexer.settings import PROJECT_ROOT

    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=99, cwd=PROJECT_ROOT
    )
    assert done.stdout.split() == ["True", "False", "True", "False"]


@pytest.mark.parametrize(
    ("question", "text", "fills"),
    [
        ("雷达的跟踪距离是多少米?", "跟踪距离40km", True),  # a length in km answers 多少米
        ("雷达的跟踪距离是多少米?", "重量为40kg", False),
        ("该国每年发生几起空难?", "每年约有2000起", True),  # the number itself
        ("该站每日客流量是多少?", "我们一起去车站看看", False),  # 一起 is "together", not a count
        ("雷达的跟踪距离是多少米?", "保护区面积为40km²", False),  # an area, not a length
        ("该站每日客流量是多少?", "统一千克标准", False),
        ("该站每日客流量是多少?", "客流量约三千", True),
        ("该站每日客流量是多少?", "每日客流量约四十万", True),  # a count in numerals, up to its magnitude
        ("该站每日客流量是多少?", "千万不要错过", False),
        ("上海是中国第几大城市?", "上海是中国第二大城市", True),  # 第几 asks for an ordinal
        ("上海有多少座桥?", "上海是中国第二大城市", False),  # an ordinal is no count
        # people are counted in 名 and 位 as in 人 (eval/policy30 n21, blind) — but 第1名 is a rank
        ("灵山暑假免费体育培训游泳招多少人?", "游泳 | 招生名额: 200名", True),
        ("该市有多少人?", "常住人口5,583,064名", True),
        ("专家组有多少人?", "由3位专家组成", True),
        ("他们队有多少人?", "获得第1名、第十二名", False),
        ("他们队有多少人?", "开设5个项目", False),
    ],
)
def test_what_fills_a_number_slot(question: str, text: str, fills: bool) -> None:
    assert fills_slot(_question(question), normalize(text)) is fills


@pytest.mark.parametrize(
    ("question", "text", "fills"),
    [
        ("运城市拿出多少个事业编制?", "拿出150个事业编制", True),
        ("运城市拿出多少个事业编制?", "设立34个服务窗口", False),  # a count of something else
        # 个 is the counter of anything: a count in the document's own counter answers (eval/policy15 n05,
        # n14, written blind) — when it counts what is asked
        ("德清县人才编制周转池首批核定了多少个编制?", "首批核定事业编制60名", True),
        ("枝江首批入编的人里有多少个硕士?", "其中博士研究生6名、硕士研究生27名", True),
        ("枝江首批入编的人里有多少个硕士?", "38名急需紧缺人才正式办理入池手续", False),
        ("运城市拿出多少名事业编制?", "首批核定事业编制60个", False),  # … but 名 is not 个
    ],
)
def test_a_count_of_what_a_counter_question_counts(question: str, text: str, fills: bool) -> None:
    norm = normalize(question)
    asked = replace(_question(question), counted=counted_noun(norm, asked_measure(norm)))
    assert fills_slot(asked, normalize(text)) is fills


@pytest.mark.parametrize(
    ("question", "text", "fills"),
    [
        # a share of the sum says how much money (policy7 p05, policy6 p03 of eval/)
        ("新城区低保户的暖气费能便宜多少?", "可减免应缴采暖费的30%，减免面积不超过60平方米", True),
        ("借了创业担保贷款，利息政府帮忙出多少?", "财政按贷款利息的三分之二给予贴息", True),
        ("危房改造一开工能先拿到多少补助?", "开工后预拨补助资金的40%", True),
        ("危房改造一开工能先拿到多少补助?", "按照规定程序验收合格", False),
        # … not when the question names money after the interrogative: it asks for the sum itself
        ("买热水器一件最多能补多少钱?", "按产品最终销售价格的15%给予补贴", False),
        ("买热水器一件最多能补多少钱?", "单件最高补贴2000元", True),
        ("一户最多能贴多少元?", "按实际支付利息的50%给予贴息", False),
        ("一户最多能贴几万元?", "单户贴息最高不超过1万元", True),
    ],
)
def test_a_share_of_the_sum_answers_a_money_question(question: str, text: str, fills: bool) -> None:
    asked = _question(question)
    assert asked.measure == "money"
    assert fills_slot(asked, normalize(text)) is fills


def test_which_money_questions_a_share_answers() -> None:
    assert share_answers(normalize("暖气费能便宜多少?"), "money") is True
    assert share_answers(normalize("补贴多少钱?"), "money") is False
    assert share_answers(normalize("补贴多少万元?"), "money") is False
    assert share_answers(normalize("补贴多少块?"), "money") is False
    assert share_answers(normalize("面积多少?"), "area") is False  # only money
    # a percent the question states itself is no answer
    stated = replace(_question("按30%减免的话暖气费能便宜多少?"), numbers=frozenset({"30"}))
    assert fills_slot(stated, normalize("可减免应缴采暖费的30%")) is False
    assert fills_slot(stated, normalize("可减免应缴采暖费的50%")) is True


def test_a_date_fills_the_slot_unless_the_question_states_its_number() -> None:
    """cmrc2018: 「Stam1na成立于哪年？」 — the 1 of the band's name made 1996年 an echo of the question (its
    digits were matched as a substring), so the sentence stating it filled no slot."""
    question = replace(_question("Stam1na成立于哪年？"), numbers=frozenset({"1"}))
    assert fills_slot(question, normalize("Stam1na于1996年成立于芬兰")) is True
    echoed = replace(_question("2022年冬奥会在何时开幕？"), numbers=frozenset({"2022"}))
    assert fills_slot(echoed, normalize("2022年冬奥会在北京举行")) is False
    assert fills_slot(echoed, normalize("于2022年2月4日开幕")) is True


@pytest.mark.parametrize(
    ("question", "said", "other"),
    [
        ("本科毕业生购房补贴多少万元?", "博士研究生给予15万元购房补贴，硕士研究生给予8万元购房补贴", True),
        ("本科毕业生购房补贴多少万元?", "博士15万元，硕士8万元，本科3万元", False),
        ("高级职称评审费每人多少元?", "中级职称评审费每人300元", True),
        ("副高级职称评审费多少元?", "正高级职称评审费500元", True),  # 高级 inside 正高级 is 正高级
        ("高级工补贴多少元?", "取得高级工证书的补贴2000元，取得高级技师证书的补贴5000元", False),
        ("高级工补贴多少元?", "取得高级技师证书的补贴5000元", True),
        ("博士研究生安家费多少?", "硕士研究生及以上学历人才给予安家费5万元", False),  # a range may cover it
        ("人才公寓租金多少?", "博士每月3000元", False),  # the question names no rung
        ("本科毕业生购房补贴多少万元?", "购房补贴分5年发放", True),
        ("本科毕业生购房补贴多少万元?", "具有本科学历以上的给予购房补贴3万元", False),
        # (policy7 u05) a range of something else is no range of the ladder: 3周岁以下, 收托率达到50%以上
        ("一孩家庭上普惠托育每月补贴多少?", "收托率达到50%以上的，按3周岁以下婴幼儿数每人每年3000元", True),
        # 首批 is 第一批 (held-out seed question h41)
        ("有几个项目进了揭榜挂帅的第一批榜单?", "“微胶囊技术攻关”等7个项目入选首批“榜单”", False),
        ("有几个项目进了揭榜挂帅的第二批榜单?", "“微胶囊技术攻关”等7个项目入选首批“榜单”", True),
        ("首期消费券发放多少万元?", "第一期消费券共发放300万元", False),
    ],
)
def test_a_figure_for_another_rung_is_no_answer(question: str, said: str, other: bool) -> None:
    """Probe (a second policy collection): 「本科毕业生购房补贴多少万元?」 was answered with the 博士 and 硕士
    figures, 「高级职称评审费」 with the 中级 fee: a candidate not naming the rung asked misses it."""
    assert misses_rung(asked_rungs(normalize(question)), normalize(said)) is other


@pytest.mark.parametrize(
    ("question", "said", "other"),
    [
        ("本科毕业生购房补贴多少万元?", "博士研究生给予15万元购房补贴，硕士研究生给予8万元购房补贴", True),
        ("本科毕业生购房补贴多少万元?", "本科毕业生给予购房补贴3万元", False),
        # (policy11 n12, written blind) 阶梯水价 speaks of 第一级, no 档: its silence on 第一档 says nothing
        ("现在第一档水价一方多少钱", "第一级：月用水量0至15立方米（含），每立方米2.4元", False),
        ("第一档水价一方多少钱", "第二档每立方米3.2元", True),
    ],
)
def test_the_evidence_speaks_in_the_ladder_asked(question: str, said: str, other: bool) -> None:
    """A rung missing from the evidence declines the question (category_absent) only when the evidence names
    other rungs of its ladder."""
    assert names_other_rung(asked_rungs(normalize(question)), normalize(said)) is other


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("椒江区户用光伏装机要多大才能申请补助", ""),  # (policy9 e03) 补助 is the purpose, not the measure
        ("收入多少才能申请低保", "money"),
        ("公积金要交满多久才能办租房提取", "duration"),
        ("一个月能拿多少补助", "money"),
    ],
)
def test_what_follows_cai_neng_is_the_purpose_not_the_measure(question: str, measure: str) -> None:
    assert asked_measure(normalize(question)) == measure


def test_an_ordinal_asked_counts_nothing() -> None:
    """是第几条规定的 asks which article did it: 规定 is no noun counted (eval/policy29 p04, blind:
    「第四条 …提前5个工作日…」 had been declined as counting no 规定)."""
    norm = normalize("盐山县大件运输许可要提前多久申请？是超限办法第几条规定的？")
    assert asked_measure(norm) == "counter:条"
    assert counted_noun(norm, "counter:条") == ""
    assert counted_noun(normalize("运城市拿出多少个事业编制？"), "counter:个") == "事业编制"
    batch = normalize("杜老志是1861年10月12日官学生计划的第几批学生？")  # (a noun the ordinal numbers)
    assert counted_noun(batch, asked_measure(batch)) == "学生"


def test_a_services_short_number_is_a_telephone_number_a_sum_is_not() -> None:
    """客服热线：96335 (a 广电 network's service number) had been no telephone number, and 「客服电话是多少」
    was declined (eval/policy33 f02, blind); a bank's 95588 and a carrier's 10086 are numbers too, but
    96335元 and 10000人 are not."""
    norm = normalize("客服热线：96335（每日8:00-20:00），银行95588，移动10086；补贴96335元，服务10000人")
    assert quantities(norm, "phone") == ["96335", "95588", "10086"]
