"""A word and the one character jieba split from it (消费 券, 人才 码) are the specific thing a region
question asks, as the corpus writes them together: the evidence must carry 消费券, not the 发放 of
「补贴以居家养老服务电子券形式发放」 (eval/policy3 r01) — while 淘汰 国 三 is no 淘汰国 (国 begins the
next word). Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.answer_config import DEFAULT_CONFIG
from server.answer.compose import analyse
from server.answer.keyterms import key_terms
from tests.policydocs import ask, index_docs

DOCS = {
    "四川/双流区/双流区第二期消费券发放公告.txt": (
        "双流区第二期消费券发放公告\n"
        "为进一步激发消费活力，双流区将发放第二期消费券，现将有关事项公告如下。\n"
        "本期消费券总额1000万元，分餐饮、零售两类。\n"
    ),
    "福建/晋江市/2024年晋江市人民政府工作报告.txt": (
        "2024年晋江市人民政府工作报告\n"
        "过去一年，我们分三期发放消费券1.2亿元，带动消费9.6亿元。\n"
        "今年计划淘汰国三柴油货车300辆。\n"
    ),
    "安徽/肥西县/经济困难老年人养老服务补贴办事指南.txt": (
        "经济困难老年人养老服务补贴申请\n"
        "受理条件：具有肥西县户籍，年满60周岁的低保家庭失能老年人。\n"
        "补贴以居家养老服务电子券形式发放，用于购买助餐、助洁、助浴等居家养老服务，不得兑换现金。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "compounds")


def keys(retriever: Retriever, question: str) -> list[str]:
    return [t.text for t in key_terms(analyse(retriever, question), DEFAULT_CONFIG.key_term_margin)]


def test_the_compound_a_region_question_asks_is_its_key_term(retriever: Retriever) -> None:
    assert keys(retriever, "哪些地区发放了消费券?") == ["消费券"]
    assert "淘汰国" not in keys(retriever, "今年哪些地方淘汰国三柴油货车？")
    found = ask(retriever, "哪些地区发放了消费券?")
    assert [c.region for c in found.claims] == ["四川省成都市双流区", "福建省泉州市晋江市"]
