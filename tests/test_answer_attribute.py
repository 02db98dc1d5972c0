"""A number question asks the figure of a thing it names (免赔额是多少, 起付线是多少): a sentence stating a
figure as that thing (一般医疗保险金的年度免赔额为1万元) answers, not the one whose heading names it among
others before another figure (第五条 保险金额与免赔额 一般医疗保险金年度保险金额为300万元…), which shares as
many of the question's words. (eval/orgdocs n12, written blind.) Real index, real encoder, the /ask
composition."""

from __future__ import annotations

import pytest

from indexer.asked import asked_slot
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.forms import attribute_of, states_attribute
from server.answer.question import answer_anchors
from tests.policydocs import ask, index_docs

CLAUSES = "\n".join(
    [
        "安泰e享百万医疗保险条款",
        "第四条　等待期　自本合同生效之日起30日为等待期，因意外伤害发生的保险事故无等待期。",
        "第五条　保险金额与免赔额　一般医疗保险金年度保险金额为300万元，"
        "恶性肿瘤医疗保险金年度保险金额为600万元。一般医疗保险金的年度免赔额为1万元；恶性肿瘤医疗保险金不设免赔额。",
        "第六条　保险责任　（一）一般医疗保险金：被保险人经医院诊断必须住院治疗的，"
        "我们对其住院期间发生的合理且必要的住院医疗费用，扣除免赔额后按约定比例给付。",
    ]
)


@pytest.mark.parametrize(
    ("question", "text", "states"),
    [
        ("一般医疗的免赔额是多少", "一般医疗保险金的年度免赔额为1万元", True),
        ("一般医疗的免赔额是多少", "第五条 保险金额与免赔额 一般医疗保险金年度保险金额为300万元", False),
        ("退票手续费收多少?", "退票手续费：每张50元", True),
        ("大病保险的起付线是多少钱", "起付线一般参保人员1.5万元", False),  # (not right after it)
        ("大病保险的起付线是多少钱", "2024年度起付线为1.5万元", True),
        ("补贴标准是多少", "补贴标准为每人每月500元", True),
        ("补贴标准是多少", "补贴标准一般为实缴的一半", False),  # 一般 is no numeral
        ("哪些人可以申请?", "补贴标准为每人每月500元", False),  # (no number asked: no thing named)
    ],
)
def test_a_figure_stated_as_the_thing_asked(question: str, text: str, states: bool) -> None:
    # (as analyse_question reads it: only a number question names a thing)
    norm = normalize(question)
    thing = attribute_of(answer_anchors(norm)[0]) if asked_slot(norm) == "number" else ""
    assert (bool(thing) and states_attribute(normalize(text), thing)) is states


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs({"安泰保险/安泰e享百万医疗保险条款.txt": CLAUSES}, tmp_path_factory, "attribute")


def test_the_deductible_is_the_figure_stated_as_it(retriever: Retriever) -> None:
    found = ask(retriever, "安泰e享百万医疗的一般医疗，免赔额是多少")
    assert found.answerable
    assert found.claims[0].unit.text.startswith("一般医疗保险金的年度免赔额为1万元")
    assert "300万元" not in found.answer
