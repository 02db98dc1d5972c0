"""A yes/no asked with the asker's own figure against a rule's condition: 「…铺面只租了2年，能申报首店奖励
吗？」 is answered by the condition (签订3年以上租赁合同), which shares few of the asker's words, read with
the support of its document — and quoted alone, not run on into the next section's name (三、装修补贴。;
eval/policy42 y07, blind). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

MEASURES = (
    "兴庆区促进首店经济高质量发展若干措施\n"
    "一、首店落户奖励。对新引进、在兴庆区开设的品牌首店，按下列标准给予一次性奖励：全国首店60万元，"
    "西北地区首店25万元，宁夏首店10万元。\n"
    "二、申报条件。首店营业面积餐饮类不少于200平方米、零售类不少于100平方米，签订3年以上租赁合同，"
    "正常经营满6个月。\n"
    "三、装修补贴。\n"
    "首店装修投入按20%给予补贴，最高30万元。\n"
)
CARE = (
    "西和縣農村留守兒童委託照護管理辦法\n"
    "第四條 受委託照護人應當年滿18週歲、不滿70週歲，身體健康，無犯罪、吸毒等不良記錄。\n"
    "第五條 受委託照護人應當與兒童父母簽訂委託照護協議，並在村（居）民委員會備案。\n"
    "第六條 縣財政對簽訂委託照護協議並備案的受委託照護人發放照護補貼：照護1名兒童的，每年600元。\n"
)
DOCS = {
    "宁夏/兴庆区/兴庆区促进首店经济高质量发展若干措施.txt": MEASURES,
    "甘肃/西和县/西和縣農村留守兒童委託照護管理辦法.txt": CARE,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "condition")


def test_the_condition_the_askers_figure_falls_short_of(retriever: Retriever) -> None:
    found = ask(retriever, "想在兴庆区开个品牌首店，铺面只租了2年，能申报首店奖励吗？")
    assert found.answerable
    assert [c.unit.text for c in found.claims] == [
        "首店营业面积餐饮类不少于200平方米、零售类不少于100平方米，签订3年以上租赁合同，正常经营满6个月。"
    ]


def test_the_age_a_rule_bounds_a_person_to(retriever: Retriever) -> None:
    """「年齡有什麼要求」 asks the ages the rule bounds the person to, not another article about them."""
    found = ask(retriever, "西和縣的受委託照護人，年齡有什麼要求？")
    assert found.answerable
    assert found.claims[0].unit.text.startswith("第四條 受委託照護人應當年滿18週歲、不滿70週歲，")
    assert "600元" not in found.answer
