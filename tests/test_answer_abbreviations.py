"""A question abbreviates what a document writes out: 物业费 for 物业服务收费, 个体户 for 个体工商户, 一个月
for 一个自然月 (eval/policy17 r08, eval/policy16 y06, eval/policy14 e02). The written-out form carries the
question's word as a contraction does (scoring.term_at: half the word's weight), so a document that never
uses the short form is still evidence for it. Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.scoring import term_at
from server.answer.terms import Term
from tests.policydocs import ask, index_docs

DOCS = {
    "河南/西工区/关于公布西工区住宅前期物业服务收费政府指导价标准的通知.txt": (
        "关于公布西工区住宅前期物业服务收费政府指导价标准的通知\n"
        "一、本区住宅前期物业服务收费实行政府指导价。\n"
        "二、多层住宅一级服务每月每平方米0.85元，二级服务每月每平方米0.70元。\n"
        "三、本标准自2025年3月1日起执行。\n"
    ),
    "湖南/耒阳市/12345热线答复：物业费涨价合理吗.txt": (
        "12345热线答复：物业费涨价合理吗\n"
        "来电内容：市民反映，小区尚未成立业主大会，物业公司通知物业费上涨。\n"
        "答复：业主大会成立前，我市住宅小区物业费实行政府指导价，物业公司不得自行上涨。\n"
    ),
    "湖南/耒阳市/耒阳市住宅小区停车服务费标准.txt": (
        "耒阳市住宅小区停车服务费标准\n住宅小区地面车位每个每月不超过50元，地下车库车位每个每月不超过80元。\n"
    ),
    "四川/都江堰市/都江堰市小微企业首贷贴息政策一问一答.txt": (
        "都江堰市小微企业首贷贴息政策一问一答\n"
        "1.哪些主体可以申请首贷贴息？\n在都江堰市注册登记、依法纳税的小微企业可以申请。个体工商户参照小微企业执行。\n"
        "2.贴息标准是多少？\n按首贷实际支付利息的60%给予贴息，单户最高15万元。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "abbreviations")


def _term(text: str) -> Term:
    return Term(text, 5.0, True, None, 12.0)


@pytest.mark.parametrize(
    ("word", "text", "found"),
    [
        ("物业费", "物业费实行政府指导价", (0, 1.0)),  # the word itself
        ("物业费", "住宅前期物业服务收费实行政府指导价", (4, 0.5)),  # 物业[服务收]费
        ("个体户", "个体工商户参照小微企业执行", (0, 0.5)),
        ("一个月", "同一申请人一个自然月内累计申请10件以下", (5, 0.5)),
        ("公租房", "公共租赁住房的租金", (0, 0.5)),
        # four or more characters between two of its characters, or a clause break, is another phrase
        ("物业费", "物业服务企业对停车场地进行管理收费", (-1, 0.0)),
        ("物业费", "物业，停车收费", (-1, 0.0)),
        # a word of two characters has no written-out form to look for (医保 would find 医疗保险 and 医生保证)
        ("医保", "医疗保险", (-1, 0.0)),
    ],
)
def test_a_written_out_form_carries_the_abbreviation(word: str, text: str, found: tuple[int, float]) -> None:
    assert term_at(_term(word), text) == found


def test_regions_whose_documents_write_the_word_out(retriever: Retriever) -> None:
    found = ask(retriever, "哪些地方的小区物业费是政府定的指导价？")
    assert found.answerable
    assert sorted({c.region or "" for c in found.claims}) == ["河南省洛阳市西工区", "湖南省衡阳市耒阳市"]


def test_an_abbreviated_asker_gets_the_written_out_answer(retriever: Retriever) -> None:
    found = ask(retriever, "个体户在都江堰也能申请首贷贴息吗？")
    assert found.answerable
    assert "个体工商户参照小微企业执行" in found.answer
