"""What a place has only planned is not done: a roundup's 「石狮市…见习补贴计划下半年启动发放」 is no
answer to which places pay it, nor 「介休正在研究制定…计划年内推出」 to how many posts 介休's pool holds —
while a target set for this year (今年计划实施…45个) still answers (eval/policy15 r04 and u04, written
blind). Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

DOCS = {
    "新闻/多地提高就业见习补贴.txt": (
        "多地提高就业见习补贴 助力高校毕业生积累经验\n"
        "江西赣州市南康区见习补贴标准为每人每月1500元，见习期满留用的，每留用1人给予见习单位2000元奖励。\n"
        "江苏宜兴市将见习补贴标准提高到每人每月2100元，见习留用率达到50%以上的见习基地再给予奖励。\n"
        "福建石狮市人社局表示，今年正在开展首批就业见习基地认定，见习补贴计划下半年启动发放。\n"
    ),
    "新闻/多地设立人才编制周转池.txt": (
        "破解引才编制难题 多地设立人才编制周转池\n"
        "安徽天长市设立人才编制周转池80名，重点面向产业园区引进研发人才和医院急需人才，目前已使用26名。\n"
        "湖北枝江市从全市事业单位空余编制中统筹收回100名编制，集中用于教育、卫生健康等领域。\n"
        "山西介休市委编办有关负责人表示，介休正在研究制定人才编制周转池实施方案，计划年内推出。\n"
    ),
    "浙江/拱墅区/拱墅区老旧小区改造.txt": (
        "拱墅区2025年老旧小区综合改造提升工作方案\n"
        "今年计划实施老旧小区综合改造提升45个，同步推进既有住宅加装电梯200台。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "not-yet")


def test_a_place_that_only_plans_it_is_not_listed(retriever: Retriever) -> None:
    found = ask(retriever, "哪些地方给参加就业见习的高校毕业生发见习补贴？")
    assert found.answerable
    assert [c.region for c in found.claims] == ["江西省赣州市南康区", "江苏省无锡市宜兴市"]


def test_a_figure_of_what_a_place_only_plans_is_declined(retriever: Retriever) -> None:
    planned = ask(retriever, "介休市人才编制周转池设了多少名编制？")
    assert (planned.answerable, planned.reason) == (False, "place_unmatched")
    assert planned.answer == "文档中没有找到关于山西省晋中市介休市的相关内容。"
    done = ask(retriever, "天长市人才编制周转池设了多少名编制？")
    assert done.answerable and "80名" in done.answer
    # a target for this year, planned and stated with its figure, answers
    target = ask(retriever, "拱墅区今年计划改造多少个老旧小区？")
    assert target.answerable and "45个" in target.answer


def test_a_place_only_a_roundup_names_is_still_the_place_asked(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """「海宁的潮城人才贷贴息比例是多少？」: no document is about 海宁市, a roundup names it — and states no
    贴息 for it; 彭州's 贴息50% beside it is no answer (eval/policy15 u08, written blind)."""
    retriever = index_docs(
        {
            "新闻/人才贷多地落地.txt": (
                "“人才贷”免抵押免担保 多地金融活水润泽人才创业\n"
                "四川彭州市今年4月推出“人才贷”，A类人才单户最高可贷1000万元，市财政按实际支付利息的50%给予贴息。\n"
                "浙江海宁市推出“潮城人才贷”，对入选市级以上人才计划的创业人才，给予最高500万元的信用贷款。\n"
            ),
            "四川/彭州市/彭州市人才贷政策一问一答.txt": (
                "彭州市“人才贷”政策一问一答\n"
                "问：贴息标准是多少？答：市财政按企业实际支付利息的50%给予贴息，单户每年最高20万元。\n"
            ),
        },
        tmp_path_factory,
        "roundup-place",
    )
    other = ask(retriever, "海宁的潮城人才贷贴息比例是多少？")
    assert (other.answerable, other.analysed.places if other.analysed else ()) == (
        False,
        ("浙江省嘉兴市海宁市",),
    )
    own = ask(retriever, "海宁的潮城人才贷最高能贷多少？")
    assert own.answerable and "500万元" in own.answer
