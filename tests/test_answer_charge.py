"""Whether a service costs money is answered by the document that states its charge: a 办事指南's
收费标准 | 不收费 row, not a benefit the same guide gives free (免费健康体检, 免费乘坐公交) nor a roundup's
sentence on the service that says nothing of its cost (eval/policy15 y03, policy25 y07, policy29 y04, blind).
Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.forms import BENEFIT_FREE, CHARGE
from tests.policydocs import ask, index_docs

GUIDE = (
    "<html><head><title>青川县健康卡申领办事指南</title></head><body>"
    "<h1>青川县健康卡申领办事指南</h1><table>"
    "<tr><td>事项名称</td><td>青川县健康卡申领</td></tr>"
    "<tr><td>申领对象</td><td>户籍在本县的城乡居民</td></tr>"
    "<tr><td>主要权益</td><td>每年1次免费健康体检；持卡人免费乘坐县城公交</td></tr>"
    "<tr><td>办理时限</td><td>5个工作日</td></tr>"
    "<tr><td>收费标准</td><td>不收费</td></tr>"
    "<tr><td>咨询电话</td><td>0839-6621458</td></tr>"
    "</table></body></html>"
)
ROUNDUP = (
    "一卡在手 看病出行更方便 广元多地推出居民健康卡\n"
    "记者近日在广元采访了解到，多地推出居民健康卡，把就医、体检和出行服务集成到一张卡上。\n"
    "广元青川县还为居民健康卡申领开通“一窗受理”，申领后3个工作日内即可激活使用。"
    "广元剑阁县也已为65岁以上老人发放健康卡，全县已发卡2.6万张。\n"
)
DOCS = {
    "四川/青川县/办事指南.html": GUIDE,
    "新闻/一卡在手 看病出行更方便 广元多地推出居民健康卡.txt": ROUNDUP,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "charge")


def test_a_benefit_given_free_is_no_charge() -> None:
    said = normalize("主要权益 | 每年1次免费健康体检；持卡人免费乘坐县城公交")
    assert CHARGE.search(BENEFIT_FREE.sub("", said)) is None
    assert CHARGE.search(BENEFIT_FREE.sub("", normalize("收费标准 | 不收费"))) is not None
    assert CHARGE.search(BENEFIT_FREE.sub("", normalize("门牌损坏的，可申请免费补换"))) is not None


def test_whether_it_costs_money_is_the_guides_charge_row(retriever: Retriever) -> None:
    found = ask(retriever, "青川的健康卡申领要交钱吗？")
    assert found.answerable
    assert found.answer.startswith("收费标准 | 不收费")
    assert "免费健康体检" not in found.answer


def test_the_charge_asked_in_the_roundups_words(retriever: Retriever) -> None:
    """The roundup's sentence names every word of the question (居民健康卡申领, 开通) and none of its cost."""
    found = ask(retriever, "青川办居民健康卡申领要交钱吗")
    assert found.answerable
    assert found.answer.startswith("收费标准 | 不收费")


def test_a_benefit_asked_is_answered_by_the_benefit(retriever: Retriever) -> None:
    """「…能免费坐公交吗」 asks the benefit itself: the guide's 免费乘坐 answers it."""
    found = ask(retriever, "青川的健康卡能免费坐公交吗？")
    assert found.answerable
    assert "免费乘坐县城公交" in found.answer
