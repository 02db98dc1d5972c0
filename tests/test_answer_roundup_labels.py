"""Roundups as eval/policy26 (水利、商务与科技创新, written blind) wrote them, filed in a folder of no region
and so labelled by the county they name most: a sentence led by another county (汉中城固县也已…, 陕西汉中
洋县今年…) is that county's claim; a second place's 也 after a comma is a claim of its own; a key no
candidate carries (外贸企业) gives way to the next rarest words; 低保户 are the documents' 低保家庭; and
计划明年起对…给予 is a plan. Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.claim_region import NOT_YET, opening_county
from tests.policydocs import ask, index_docs, regions

SCIENCE = (
    "研发有后补助 高企有奖励 特派员扎根田间 多地科技创新政策加力\n"
    "江苏宿迁泗阳县今年起按研发费用加计扣除额的8%给予科技型中小企业研发费用后补助，单家最高100万元。"
    "泗阳县对首次认定的高新技术企业奖励20万元，宿迁宿城区也已对首次认定的高新技术企业给予奖励。"
    "泗阳县今年已为126家企业兑现后补助。泗阳县科技局有关负责人表示，泗阳将继续优化申报流程。\n"
    "陕西汉中洋县今年选派个人科技特派员60名，每人每年工作补贴6000元。汉中城固县也已选派科技特派员并发放工作"
    "补贴。汉中勉县计划明年起对科技特派员给予工作补贴。\n"
)
TRADE = (
    "保费有补贴 参展有支持 广东多地真金白银助企稳外贸\n"
    "惠州博罗县3月起施行外贸高质量发展扶持资金管理办法，企业投保短期出口信用保险的按保费的50%补贴。"
    "惠州惠东县也已对企业投保出口信用保险给予保费补贴，今年上半年补贴企业86家。\n"
    "展会方面，博罗县对企业参加重点境外展会的摊位费按70%补贴。惠州龙门县也已对企业参加境外展会给予摊位费补贴。"
    "惠州惠阳区将出台境外展会摊位费补贴政策，预计年内发布。\n"
    "外贸企业负责人表示，政策给企业吃了定心丸。\n"
)
WATER = (
    "农村供水同网同价 困难群众用水有减免\n"
    "浙江金华磐安县5月1日起统一农村供水水价，对低保家庭、特困供养人员每户每月减免5吨水费。"
    "金华武义县也已对低保家庭、特困供养人员减免农村供水水费，每户每月减免4吨。"
    "金华浦江县拟于明年出台农村供水水费减免办法。\n"
)
SAND = {
    "江西/安福县/安福县泸水河2026年度河道采砂权公开出让公告.txt": (
        "安福县泸水河2026年度河道采砂权公开出让公告\n"
        "一、报名时间：2026年8月10日至8月24日，竞买人持营业执照到安福县公共资源交易中心报名。\n"
        "二、拍卖时间：2026年8月28日上午10:00，在安福县公共资源交易中心二楼开标室公开拍卖，价高者得。\n"
    ),
    "新闻/河道采砂管理.txt": (
        "河道采砂管理规范有序\n河道采砂管理方面，安福县泸水河2026年度河道采砂权8月底公开拍卖出让，"
        "成交价高于起拍价。\n"
    ),
}
DOCS = {
    **SAND,
    "新闻/多地科技创新政策加力.txt": SCIENCE,
    "新闻/广东多地真金白银助企稳外贸.txt": TRADE,
    "新闻/农村供水同网同价.txt": WATER,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "roundups")


def test_a_sentence_led_by_another_county_is_that_countys_claim(retriever: Retriever) -> None:
    """城固县's sentence had been 泗阳县's (the roundup's label), and 勉县's plan listed with it."""
    assert opening_county("陕西汉中洋县今年选派个人科技特派员60名") == "陕西省汉中市洋县"
    assert opening_county("汉中城固县也已选派科技特派员") == "陕西省汉中市城固县"
    assert opening_county("宿迁市出台") is None  # (a city leads no county's claim)
    assert opening_county("来自宣城郎溪县的刘女士说") is None
    assert opening_county("内蒙古鄂尔多斯市准格尔旗的农民工老赵今年在外地工地打工") is None
    assert regions(retriever, "科技特派员 工作补贴 已发放 县 汉中") == [
        "陕西省汉中市城固县",
        "陕西省汉中市洋县",
    ]


def test_a_second_places_also_after_a_comma_is_a_claim_of_its_own(retriever: Retriever) -> None:
    """宿城区's 也 had been quoted within 泗阳县's sentence, and listed as no region."""
    assert regions(retriever, "首次认定高新技术企业有奖励的县区有哪些？") == [
        "江苏省宿迁市宿城区",
        "江苏省宿迁市泗阳县",
    ]


def test_a_key_no_candidate_carries_gives_way_to_the_next(retriever: Retriever) -> None:
    """外贸企业 (the rarest word) is in no county's sentence: every sentence had passed, 龙门县's 摊位费
    among them."""
    assert regions(retriever, "惠州有哪些县给外贸企业补出口信用保险保费？") == [
        "广东省惠州市博罗县",
        "广东省惠州市惠东县",
    ]


def test_low_income_households_are_the_documents_low_income_families(retriever: Retriever) -> None:
    assert regions(retriever, "哪些县已经给低保户减免农村自来水水费了？") == [
        "浙江省金华市武义县",
        "浙江省金华市磐安县",
    ]


def test_a_plan_to_grant_next_year_is_a_plan() -> None:
    assert NOT_YET.search("汉中勉县计划明年起对科技特派员给予工作补贴。") is not None
    assert NOT_YET.search("今年对科技特派员给予工作补贴。") is None


def test_a_day_asked_is_a_day_named_in_full(retriever: Retriever) -> None:
    """The roundup's 8月底 had answered 「哪天拍卖」 over the 公告's 2026年8月28日 (eval/policy26 t03,
    blind)."""
    found = ask(retriever, "安福泸水河的采砂权哪天拍卖？")
    assert found.claims[0].unit.text.startswith("二、拍卖时间：2026年8月28日上午10:00")
