"""A notice's list of attachments (附件：1.…补贴品类及标准 2.…商户名单) names documents and states nothing
they hold: however many of the question's words its titles repeat, it is no claim — unless the question asks
about the attachments. And 「哪几类」 counts 类: 「…8类家电产品」 answers it (policy8 l03 of eval/). Real
index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.measures import asked_measure
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.units import in_attachments
from tests.policydocs import ask, index_docs

NOTICE = (
    "关于开展2024年武进区家电以旧换新补贴活动的通知\n"
    "各镇人民政府、街道办事处，区各有关单位：\n"
    "为激发消费潜力，经研究，决定开展2024年武进区家电以旧换新补贴活动。现将有关事项通知如下：\n"
    "一、活动时间\n2024年9月10日至2024年12月31日（补贴资金用完即止）。\n"
    "二、补贴范围\n个人消费者购买冰箱、洗衣机、电视、空调、电脑、热水器、家用灶具、吸油烟机8类家电产品中2级及以上"
    "能效（水效）标准的产品，并交售同品类旧家电的，给予补贴。\n"
    "三、补贴标准\n对购买2级能效（水效）产品的，按产品最终销售价格的15%给予补贴。\n"
    "四、咨询及监督\n咨询电话：武进区商务局消费促进科0519-86311234。\n"
    "附件：1.武进区家电以旧换新补贴品类及标准\n"
    "2.武进区家电以旧换新首批参与商户名单\n"
)


def test_which_lines_name_attachments() -> None:
    assert in_attachments(NOTICE, NOTICE.index("附件：1."))
    assert in_attachments(NOTICE, NOTICE.index("2.武进区家电"))  # the list's next item, on its own line
    assert not in_attachments(NOTICE, NOTICE.index("咨询电话"))
    assert not in_attachments(NOTICE, NOTICE.index("个人消费者"))
    papers = "申请材料：\n1.身份证\n2.户口簿\n附件2\n"
    assert not in_attachments(papers, papers.index("1.身份证"))  # a list of papers is no list of attachments
    assert not in_attachments(papers, papers.index("2.户口簿"))
    assert in_attachments(papers, papers.index("附件2"))


@pytest.mark.parametrize(
    ("question", "measure"),
    [("武进区以旧换新补贴都包括哪几类家电?", "counter:类"), ("高龄津贴分几档?", "counter:档")],
)
def test_a_count_of_kinds_or_tiers(question: str, measure: str) -> None:
    assert asked_measure(normalize(question)) == measure


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    name = "江苏/武进区/关于开展2024年武进区家电以旧换新补贴活动的通知.txt"
    return index_docs({name: NOTICE}, tmp_path_factory, "attachments")


def test_the_attachments_titles_are_no_answer(retriever: Retriever) -> None:
    found = ask(retriever, "武进区以旧换新补贴都包括哪几类家电?")
    assert found.answerable
    first = found.claims[0].unit.text
    assert first.startswith("个人消费者购买冰箱、洗衣机、电视、空调、电脑、热水器、家用灶具、吸油烟机8类")
    assert "附件" not in found.answer


def test_a_question_about_the_attachments_is_answered_by_them(retriever: Retriever) -> None:
    found = ask(retriever, "武进区以旧换新补贴通知的附件有哪些?")
    assert found.answerable
    assert "商户名单" in found.answer
