"""Questions as eval/policy34 (written blind) asked them: which regions, from a roundup naming regions that
plan a measure in verbs no earlier roundup used (永平计划明年建设…, 全南计划明年开办…); what one must meet to
open a 普惠金融服务站 (设立条件 | …, not a feed's 参训对象为…站长); whether a service charges, stated in a
section of the 方案 the question shares few words with; what the asker pays of an insurance themselves (农户
每亩自缴60元, not the sum insured); and a keyword query's deadline (「… 报名 截止」) by the field naming that
event, not another's (申报时间). Real index, real encoder, /ask's composition."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from indexer.asked import asked_slot
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer import keyterms
from server.answer.claim_region import NOT_YET
from server.answer.compose import DEFAULT_CONFIG, analyse, compose_from, retrieve
from server.answer.forms import ASKS_CONDITIONS, ASKS_OWN_SHARE, STATES_OWN_SUM, asks_statement
from server.answer.keyterms import key_terms, with_aliases
from server.answer.question import Question
from server.answer.terms import Term
from tests.policydocs import ask, index_docs

ROUNDUP = (
    "知识产权能贷款 金融服务站进村 大理普惠金融见实效\n"
    "云南大理宾川县计划2026年底前实现普惠金融服务站行政村全覆盖，已建成服务站86个。"
    "大理弥渡县也已在行政村建成普惠金融服务站。"
    "大理永平县金融办表示，永平计划明年建设村级普惠金融服务站。\n"
    "赣州寻乌县开办脐橙种植保险，保险金额每亩4000元，省级奖补和县级财政共补贴70%。"
    "赣州安远县也已开办脐橙种植保险，今年承保面积超过5万亩。"
    "赣州全南县农业农村局表示，全南计划明年开办脐橙种植保险。\n"
)
PLAN = (
    "宾川县普惠金融服务站建设和小额贷款风险补偿实施方案\n"
    "为打通农村金融服务“最后一公里”，结合本县实际，制定本方案。\n"
    "一、建设目标：2026年底前在全县行政村建成普惠金融服务站89个，实现行政村全覆盖。\n"
    "二、服务内容：服务站提供助农取款、转账汇款、代理缴费、金融知识宣传等服务。\n"
    "三、站点补贴：新建服务站给予一次性建设补贴3000元。运营补贴由基础补贴和业务量补贴组成：基础补贴每站每年"
    "1200元；业务量补贴按办理助农取款、转账汇款、代理缴费的笔数每笔0.3元，每站每年最高3000元。\n"
    "四、小额贷款风险补偿：县财政安排小额贷款风险补偿金2000万元，合作银行向农户发放单户50万元以下的信用贷款"
    "发生损失的，由风险补偿金承担本金损失的60%，合作银行承担40%。\n"
    "五、服务规范：服务站不得代客办理贷款，不得收取任何费用，不得截留、挪用群众资金。\n"
)
GUIDE = (
    "宾川县普惠金融服务站设立申请办事指南\n"
    "事项 | 内容\n"
    "事项名称 | 普惠金融服务站设立申请\n"
    "受理单位 | 宾川县金融服务中心\n"
    "设立条件 | 1.有固定经营场所，营业面积不少于10平方米；2.站长具有初中以上文化程度，无不良信用记录\n"
    "申请材料 | 1.设立申请表；2.站长身份证；3.营业执照或场所使用证明\n"
)
TRAINING = (
    "关于举办2026年普惠金融服务站站长培训班的通知\n"
    "县金融服务中心定于2026年3月24日至3月25日在县政务服务中心五楼会议室举办普惠金融服务站站长培训班。"
    "参训对象为全县各普惠金融服务站站长。\n"
)
TALK = (
    "寻乌县农业保险政策解读\n"
    "今年水稻、能繁母猪、育肥猪都有政策性保险，财政补贴80%，农户只交20%。\n"
    "脐橙是地方特色险种，保额每亩4000元，省级奖补和县级财政一共补贴70%，农户每亩自缴60元。\n"
)
INSURANCE = (
    "寻乌县2026年政策性农业保险实施方案\n"
    "三、地方特色险种：脐橙种植保险保险金额每亩4000元，保险费率5%，财政补贴70%，农户自缴30%。\n"
    "四、投保截止：脐橙种植保险2026年5月31日前投保。\n"
)
SLIDES = (
    "知识产权政策宣讲（企业专场）\n"
    "二、怎么申报\n"
    "申报时间：每年3月1日至3月31日，申报上一年度\n"
    "纸质材料：报送县市场监督管理局三楼知识产权股（312室）\n"
    "三、专利导航免费服务\n"
    "县财政购买服务，为企业免费提供专利检索分析报告\n"
    "报名截止：2026年4月30日前\n"
)
PROCUREMENT = (
    "泰顺县政府采购促进中小企业发展实施细则\n"
    "第七条 中标（成交）的中小企业可以凭政府采购合同向合作银行申请政府采购合同融资（政采贷），无需抵押担保，"
    "贷款额度最高为合同金额的90%。\n"
)
WENZHOU = (
    "预留份额给中小企业 温州优化政府采购营商环境\n"
    "泰顺县中标的中小企业可凭政府采购合同申请政采贷，无需抵押担保。"
    "温州苍南县也已开展政府采购合同融资，今年放款超过1亿元。"
    "温州永嘉县财政局表示，永嘉将于下半年推出政采贷。"
    "温州文成县也已对政府采购项目预留份额专门面向中小企业采购。\n"
)
STANDARDS = (
    "巨鹿县标准化奖励办法\n"
    "第一条 为鼓励企业主导和参与标准制定，结合本县实际，制定本办法。\n"
    "第三条 主导制定国际标准的，每项奖励50万元；主导制定国家标准的，每项奖励30万元；主导制定行业标准的，"
    "每项奖励15万元；主导制定地方标准的，每项奖励8万元。\n"
)
LETTER = (
    "领导留言板 企业主导了1项行业标准、参与了1项国家标准，能奖多少？\n"
    "答复内容 | 您好！根据《巨鹿县标准化奖励办法》，主导制定行业标准的每项奖励15万元；参与制定国家标准且起草"
    "单位排名前三的，按主导制定奖励标准的三分之一即10万元给予奖励。\n"
)
COST_INSURANCE = (
    "陇西县2026年完全成本保险和中药材保险实施方案\n"
    "一、完全成本保险：在全县开展玉米、小麦完全成本保险，玉米保险金额每亩1000元，小麦保险金额每亩800元。\n"
)
DOCS = {
    "甘肃/陇西县/陇西县2026年完全成本保险和中药材保险实施方案.txt": COST_INSURANCE,
    "浙江/泰顺县/泰顺县政府采购促进中小企业发展实施细则.txt": PROCUREMENT,
    "新闻/预留份额给中小企业 温州优化政府采购营商环境.txt": WENZHOU,
    "河北/巨鹿县/巨鹿县标准化奖励办法.txt": STANDARDS,
    "河北/巨鹿县/领导留言板 企业主导了1项行业标准、参与了1项国家标准，能奖多少？.txt": LETTER,
    "新闻/知识产权能贷款 金融服务站进村 大理普惠金融见实效.txt": ROUNDUP,
    "云南/宾川县/宾川县普惠金融服务站建设和小额贷款风险补偿实施方案.txt": PLAN,
    "云南/宾川县/宾川县普惠金融服务站设立申请办事指南.txt": GUIDE,
    "云南/宾川县/关于举办2026年普惠金融服务站站长培训班的通知.txt": TRAINING,
    "江西/寻乌县/寻乌县农业保险政策解读.txt": TALK,
    "江西/寻乌县/寻乌县2026年政策性农业保险实施方案.txt": INSURANCE,
    "山东/夏津县/夏津县知识产权政策宣讲（企业专场）.txt": SLIDES,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy34")


@pytest.mark.parametrize(
    ("question", "regions"),
    [
        ("大理 村级 普惠金融服务站 已建成 县", ["云南省大理白族自治州宾川县", "云南省大理白族自治州弥渡县"]),
        ("赣州 脐橙种植保险 已开办 县", ["江西省赣州市安远县", "江西省赣州市寻乌县"]),
        # r09: 苍南县 says 政府采购合同融资, the name the question gives beside 政采贷, as the 细则 writes
        # 政府采购合同融资（政采贷）: it had been left out for not carrying 政采贷
        ("温州 政采贷 政府采购合同融资 已开展 县", ["浙江省温州市泰顺县", "浙江省温州市苍南县"]),
    ],
)
def test_regions_planning_a_measure_in_other_words_are_not_listed(
    retriever: Retriever, question: str, regions: list[str]
) -> None:
    """r06, r11: 永平县 and 全南县 (计划明年建设 / 开办) had been listed."""
    assert sorted(c.region or "" for c in ask(retriever, question).claims) == regions


def test_a_listings_key_terms_are_read_once_with_its_evidence(
    retriever: Retriever, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key terms every listed region's sentence must carry, and the other names the question gives them
    that the evidence writes beside them, are read once, as the evidence is retrieved, and handed on to the
    claims (they had been read again from the candidates' passages)."""
    read: list[str] = []

    def counted(question: Question, margin: float, without: Collection[str] = ()) -> tuple[Term, ...]:
        read.append(question.text)
        return key_terms(question, margin, without)

    monkeypatch.setattr(keyterms, "key_terms", counted)
    question = "温州 政采贷 政府采购合同融资 已开展 县"
    retrieved = retrieve(retriever, analyse(retriever, question), 5, DEFAULT_CONFIG)
    keys = retrieved.question.keys
    assert keys is not None
    assert [(k.text, k.forms[-1]) for k in keys] == [("政采贷", "政府采购合同融资")]
    found = compose_from(retriever, retrieved.question, retrieved.evidence)
    assert sorted(c.region or "" for c in found.claims) == ["浙江省温州市泰顺县", "浙江省温州市苍南县"]
    assert read == [question]


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("大理永平县金融办表示，永平计划明年建设村级普惠金融服务站。", True),
        ("赣州全南县农业农村局表示，全南计划明年开办脐橙种植保险。", True),
        # (a plan for next year or the second half whatever its verb)
        ("临邑县计划明年在全县铺开专利质押融资贴息。", True),
        ("隆尧县计划下半年兑现专利资助。", True),
        ("永嘉县计划2026年底前实现政采贷全覆盖，已放款3亿元。", False),
        # (a target of the region doing it, not a plan: it has built 86 already)
        ("云南大理宾川县计划2026年底前实现普惠金融服务站行政村全覆盖，已建成服务站86个。", False),
    ],
)
def test_a_plan_in_other_verbs_is_read_as_one(sentence: str, planned: bool) -> None:
    assert (NOT_YET.search(sentence) is not None) is planned


def test_a_planned_regions_question_is_declined(retriever: Retriever) -> None:
    """u07: the roundup's 全南计划明年开办 had been quoted as the answer."""
    assert ask(retriever, "全南县脐橙种植保险农户每亩自己交多少？").claims == ()


def test_what_one_must_meet_is_answered_by_the_conditions(retriever: Retriever) -> None:
    """e02: the feed's 参训对象为…站长 (whom a training is for) had been quoted first."""
    found = ask(retriever, "宾川开普惠金融服务站对场地和站长有什么要求？")
    assert [c.unit.text[:16] for c in found.claims] == ["设立条件 | 1.有固定经营场所"]


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("宾川开普惠金融服务站对场地和站长有什么要求？", True),
        ("崇信的充电桩要满足什么条件才能拿建设补贴？", True),
        ("哪些企业可以申请？", False),
    ],
)
def test_asking_what_one_must_meet_is_told(question: str, asks: bool) -> None:
    assert (ASKS_CONDITIONS.search(normalize(question)) is not None) is asks


def test_whether_it_charges_is_found_in_any_section_of_the_document(retriever: Retriever) -> None:
    """y05: 五、服务规范 (不得收取任何费用) shares few of the question's words; only the sections above it had
    been read."""
    question = "宾川村里的金融服务站取钱要收手续费吗？"
    assert asks_statement(normalize(question))
    found = ask(retriever, question)
    assert "不得收取任何费用" in found.claims[0].unit.text


@pytest.mark.parametrize(
    "question",
    ["我喺尋烏種臍橙，買臍橙保險每畝自己要俾幾多錢㗎？", "寻乌 脐橙种植保险 保险金额 农户每亩自己交多少"],
)
def test_what_the_asker_pays_is_their_own_share(retriever: Retriever, question: str) -> None:
    """c04: the 方案's 保险金额每亩4000元…农户自缴30% had answered 「每畝自己要俾幾多錢」."""
    found = ask(retriever, question)
    assert found.claims[0].unit.text.endswith("农户每亩自缴60元。")


@pytest.mark.parametrize(
    ("said", "sum_stated"),
    [
        ("农户每亩自缴60元。", True),
        ("每亩保费4000×5%=200元，农户自缴30%即每亩60元。", True),
        ("财政补贴70%，农户自缴30%。", False),
        ("改造费用由用户自付800元。", True),
    ],
)
def test_an_own_share_stated_as_a_sum_is_told(said: str, sum_stated: bool) -> None:
    assert ASKS_OWN_SHARE.search("每亩自己要交多少") is not None
    assert (STATES_OWN_SUM.search(normalize(said)) is not None) is sum_stated


def test_a_keyword_querys_deadline_is_the_field_of_its_event(retriever: Retriever) -> None:
    """t01: 「… 报名 截止」 asked nothing a slot names; then the 申报时间 field above had answered it."""
    query = "夏津 专利检索分析报告 免费 报名 截止"
    assert asked_slot(normalize(query)) == "date"
    found = ask(retriever, query)
    assert [c.unit.text for c in found.claims] == ["报名截止：2026年4月30日前"]


def test_a_standards_level_is_a_rung_and_a_keyword_query_ending_per_item_asks_a_number(
    retriever: Retriever,
) -> None:
    """n10: the reply's 主导制定行业标准的每项奖励15万元；参与制定国家标准…10万元 had answered 「… 国家标准
    奖励 每项」 (a keyword query ending 每项 asked nothing, and 国家标准 was no rung)."""
    query = "巨鹿 主导制定 国家标准 奖励 每项"
    assert asked_slot(normalize(query)) == "number"
    assert ask(retriever, query).claims[0].unit.text == "主导制定国家标准的，每项奖励30万元"


@pytest.mark.parametrize(
    ("key", "text", "forms"),
    [
        (
            "政采贷",
            "凭政府采购合同向合作银行申请政府采购合同融资(政采贷),无需抵押担保",
            ("政府采购合同融资",),
        ),
        ("政府采购合同融资", "申请政府采购合同融资(政采贷),无需抵押担保", ("政采贷",)),
        # (a name the question does not give is none: 全称(简称) alone reads neither for the other)
        ("政采贷", "政府采购信用融资(政采贷)", ()),
        # (nor a bracket of another thing: 中标(成交))
        ("政采贷", "中标(成交)的中小企业", ()),
    ],
)
def test_a_name_the_question_gives_beside_a_key_carries_it_where_a_document_brackets_one(
    key: str, text: str, forms: tuple[str, ...]
) -> None:
    (found,) = with_aliases((Term(key, 1.0, True),), "温州 政采贷 政府采购合同融资 已开展 县", [text])
    assert found.forms == forms


def test_a_crop_the_insurance_does_not_cover_is_declined(retriever: Retriever) -> None:
    """u11's kind: 玉米's 保险金额每亩1000元 is no answer for 马铃薯 (a crop is a case figures are set by)."""
    assert ask(retriever, "陇西县种马铃薯的完全成本保险每亩保额多少？").claims == ()
    assert (
        ask(retriever, "陇西县种玉米的完全成本保险每亩保额多少？")
        .claims[0]
        .unit.text.startswith("一、完全成本保险")
    )
