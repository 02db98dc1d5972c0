"""Plans as eval/policy25 (教育、文化旅游与退役军人服务, written blind) wrote them: 拟对…免收, 拟调整,
将于国庆前发放 and 计划明年把…延伸到乡镇 are measures not yet taken — no answer to which counties have
taken them, and no figure, time or way of doing them for a question about that county; a yes/no question
may still be answered by them. Two keys the dictionary counts alike (退役军人, 优待证: citeqa's own words)
are told apart by the collection. Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.rungs import asked_rungs, off_rung
from server.answer.answer_config import DEFAULT_CONFIG
from server.answer.claim_region import NOT_YET
from server.answer.keyterms import key_terms
from server.answer.question import analyse_question
from tests.policydocs import ask, index_docs, regions

TICKETS = (
    "消费券带火秋日游 景区门票优惠扩面 多地文旅惠民政策密集落地\n"
    "广西桂林兴安县5月1日起对65周岁以上老年人免收灵渠景区等国有景区门票。"
    "桂林灌阳县也已对65周岁以上老年人免收国有景区门票。"
    "桂林灵川县拟对60周岁以上老年人免收国有景区门票。\n"
    "安徽黄山歙县8月起分六期发放文旅消费券300万元。黄山黟县8月也已发放文旅消费券200万元。"
    "黄山休宁县将于国庆前发放文旅消费券。\n"
)
VETERANS = (
    "创业有补助 补助再提标 持证享优待 多地退役军人服务保障再加力\n"
    "在阜平，持退役军人优待证可免费乘坐城市公交和城乡公交；保定蠡县持证人也已可免费乘坐县城公交。"
    "保定曲阳县也已发放退役军人一次性创业补助，今年已有46人领取。\n"
    "龙岩上杭县今年也已提高自主就业退役士兵地方一次性经济补助标准。龙岩长汀县拟调整地方一次性经济补助标准。\n"
)
LOANS = (
    "助学金分档发放 助学贷款应贷尽贷 多地学生资助政策落实落细\n"
    "郴州临武县已启动生源地信用助学贷款受理，截至8月底已为1860名学生办理贷款。"
    "郴州汝城县学生资助管理中心表示，汝城计划明年把生源地信用助学贷款受理点延伸到乡镇。\n"
)
# 退役军人 as a county's documents name it, again and again
SERVICE = {
    "福建/武平县/武平县春节走访慰问退役军人的通知.txt": (
        "武平县退役军人事务局关于做好2025年春节走访慰问退役军人工作的通知\n"
        "经研究，决定在春节期间走访慰问退役军人和其他优抚对象，慰问金由乡镇退役军人服务站发放。\n"
    ),
    "福建/武平县/武平县自主就业退役士兵地方一次性经济补助发放办法.txt": (
        "武平县自主就业退役士兵地方一次性经济补助发放办法\n"
        "第一条 为做好退役军人安置工作，对自主就业退役士兵发放地方一次性经济补助。\n"
    ),
    "河北/阜平县/阜平县支持退役军人就业创业若干措施.txt": (
        "阜平县支持退役军人就业创业若干措施\n"
        "一、退役军人首次创业的，给予一次性创业补助。二、退役军人创办的企业吸纳就业的，给予奖补。\n"
    ),
}
DOCS = {
    **SERVICE,
    "新闻/消费券带火秋日游.txt": TICKETS,
    "新闻/多地退役军人服务保障再加力.txt": VETERANS,
    "新闻/多地学生资助政策落实落细.txt": LOANS,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "planned")


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("桂林灵川县拟对60周岁以上老年人免收国有景区门票", True),
        ("龙岩长汀县拟调整地方一次性经济补助标准", True),
        ("黄山休宁县将于国庆前发放文旅消费券", True),
        ("汝城计划明年把生源地信用助学贷款受理点延伸到乡镇", True),
        ("忻州繁峙县计划年内完成县体育馆改造后向社会免费开放", True),
        ("县人社局拟定了实施方案", False),  # a draft made
        ("2025年拟录用人员名单公示", False),  # a list of the hired
        ("第4期消费券将于9月26日10:00发放", False),  # a date given: the schedule of a measure taken
        ("今年计划实施改造45个", False),
        # a later part of this year, whatever is planned; 拟 with whose way it follows (eval/policy43, blind)
        ("当雄县计划今年下半年选聘专职护路员", True),
        ("泽库县拟参照尖扎做法出台水毁抢修补助办法", True),
        ("今年计划选聘专职护路员120名", False),
    ],
)
def test_what_is_planned_is_read_as_not_yet_done(sentence: str, planned: bool) -> None:
    assert (NOT_YET.search(sentence) is not None) is planned


def test_counties_that_only_plan_it_are_not_listed(retriever: Retriever) -> None:
    """灵川县 (拟对…免收) and 休宁县 (将于国庆前发放) had been listed beside the counties that did it."""
    assert regions(retriever, "哪些县的国有景区已经对65周岁以上老人免门票？") == [
        "广西壮族自治区桂林市兴安县",
        "广西壮族自治区桂林市灌阳县",
    ]
    assert regions(retriever, "发了文旅消费券的县有哪些？") == ["安徽省黄山市歙县", "安徽省黄山市黟县"]


@pytest.mark.parametrize(
    "question",
    ["黄山休宁县文旅消费券 面额 领取时间", "汝城县乡镇的生源地助学贷款受理点在哪里？"],
)
def test_a_question_about_a_county_that_only_plans_it_is_declined(
    retriever: Retriever, question: str
) -> None:
    """The plan itself (休宁县将于国庆前发放文旅消费券) had been quoted as the answer."""
    found = ask(retriever, question)
    assert not found.answerable
    assert found.claims == ()


def test_a_yes_no_question_about_a_plan_is_answered_by_it(retriever: Retriever) -> None:
    found = ask(retriever, "休宁县发不发文旅消费券？")
    assert found.answerable
    assert any("休宁县将于国庆前发放文旅消费券" in c.unit.text for c in found.claims)


def test_keys_the_dictionary_counts_alike_are_told_apart_by_the_collection(retriever: Retriever) -> None:
    """退役军人 and 优待证 are both citeqa's own words (counted once): the roundup names 退役军人 in every
    sentence, so 优待证 is the key, and 曲阳县's 创业补助 is no answer."""
    question = analyse_question(retriever, retriever.analyse("退役军人优待证 免费乘坐公交 已落地 县"))
    assert [t.text for t in key_terms(question, DEFAULT_CONFIG.key_term_margin)] == ["优待证"]
    assert regions(retriever, "退役军人优待证 免费乘坐公交 已落地 县") == [
        "河北省保定市蠡县",
        "河北省保定市阜平县",
    ]


def test_a_notices_list_under_public_notice_is_no_plan() -> None:
    """第二批拟发放补贴车辆1128辆…现予公示 is a decided list shown before it is paid (eval/policy24 n15 had
    been declined once 拟 read as a plan)."""
    notice = "经审核，金堂县2025年汽车消费补贴第二批拟发放补贴车辆1128辆，补贴资金362.8万元，现予公示。"
    assert NOT_YET.search(notice) is None


def test_a_festivals_or_a_terms_figures_are_no_answer_for_another() -> None:
    """春节's 慰问标准 had answered 「中秋节走访慰问…每户多少钱」 (eval/policy25 u10, blind)."""
    mid_autumn = asked_rungs(normalize("武平县中秋节走访慰问烈士遗属每户多少钱？"))
    assert off_rung(mid_autumn, normalize("武平县2025年春节走访慰问退役军人的通知\n烈士遗属 | 1500"))
    assert not off_rung(mid_autumn, normalize("中秋节前走访慰问烈士遗属每户1000元"))
    assert not off_rung(mid_autumn, normalize("走访慰问烈士遗属每户1000元"))  # a case need not be named
    autumn = asked_rungs(normalize("桂阳县秋季学期国家助学金一共发了多少"))
    assert off_rung(autumn, normalize("桂阳县2025年春季学期普通高中国家助学金发放汇总表"))
