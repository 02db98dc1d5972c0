"""A measure the draft for comment proposed and the policy as issued dropped (eval/policy38 u08, policy33 u09,
policy31 u09, blind): the question's own word for it (蜂箱, 工商户) is said by the draft's sentence that
answers best and by no issued document the search found, while the question's rarest words (每箱, 能补) may
be said by both — the issued 办法's crop rates had answered 「…蜂箱拱翻了，每箱能补多少？」.
Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

ARTICLES = (
    "第四条　陆生野生动物造成人身伤害的，按下列标准给予补偿：（一）致人死亡的，一次性补偿{death}；"
    "（二）致人受伤的，补偿医疗费中由个人负担的部分，并按每天{day}给予误工补偿，误工补偿最长不超过60天。\n"
    "第五条　陆生野生动物造成农作物损失的，补偿金额按“损失面积×每亩补偿标准×损失率”计算。每亩补偿标准为：玉米"
    "{corn}，大豆600元，水稻1000元。损失率不足10%的不予补偿。\n"
    "第六条　陆生野生动物造成家畜家禽损失的，按下列标准给予补偿：牛每头5000元，马每匹4000元，羊每只600元。\n"
)
DRAFT = (
    "关于公开征求《铁力市陆生野生动物致害补偿办法（征求意见稿）》意见的公告\n"
    "现将《铁力市陆生野生动物致害补偿办法（征求意见稿）》全文公布，征求社会各界意见。征求意见截止时间为2026年2月"
    "10日。\n"
    "铁力市陆生野生动物致害补偿办法（征求意见稿）\n"
    + ARTICLES.format(death="25万元", day="100元", corn="700元")
    + "第七条　黑熊等陆生野生动物损毁蜂箱的，每箱补偿300元。\n"
    "第八条　本办法自2026年4月1日起施行。\n"
)
ISSUED = (
    "铁力市陆生野生动物致害补偿办法\n"
    "第一条　为保护陆生野生动物，依法对陆生野生动物造成的人身伤害和财产损失给予补偿，制定本办法。\n"
    "第二条　本办法所称陆生野生动物，主要包括野猪、黑熊、狍子、马鹿等。\n"
    + ARTICLES.format(death="30万元", day="150元", corn="800元")
    + "第七条　本办法自2026年5月1日起施行。\n"
)
DOCS = {
    "黑龙江/铁力市/关于公开征求《铁力市陆生野生动物致害补偿办法（征求意见稿）》意见的公告.txt": DRAFT,
    "黑龙江/铁力市/铁力市陆生野生动物致害补偿办法.txt": ISSUED,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "draft-dropped")


def test_a_measure_the_issued_policy_dropped_is_declined(retriever: Retriever) -> None:
    found = ask(retriever, "在铁力，黑熊把我家的蜂箱拱翻了，每箱能补多少？")
    assert (found.answerable, found.reason) == (False, "draft_only")


def test_what_both_say_is_answered_from_the_issued_policy(retriever: Retriever) -> None:
    """损毁 is said only by the dropped article, which answers worse than the 办法's 玉米800元; 每天 and 误工
    are said by both: the issued figures answer."""
    found = ask(retriever, "铁力 野猪 损毁 玉米 每亩 补偿 多少")
    assert found.answerable
    assert "800元" in found.answer and "700元" not in found.answer
    found = ask(retriever, "在铁力被野猪拱伤了住院，误工补偿每天多少钱？")
    assert found.answerable
    assert "150元" in found.answer and "100元" not in found.answer
