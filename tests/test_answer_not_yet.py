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
