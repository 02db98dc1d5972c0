"""An asker's own case reckoned by a reply in several sentences is answered by the reckoning's conclusion —
the total named after the parts (两个月合计350元, 两个孩子每学年合计2250元) or the last figure worked out
(实发780×90%=702元) — not its first step (eval/policy42 n01, n03, n08, blind); a rate asked (每个月有多少)
is still the rule's rate (eval/policy29 c01). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

CLEANER = (
    "12345 我在马街镇当河道保洁员，管6.5公里河道，6月考核86分，能拿多少补贴？\n"
    "回复内容：您好！根据《陆良县村级河道保洁员管理办法》，保洁员补贴标准为每公里每月120元；"
    "月度考核80分至89分的扣发10%。\n"
    "您负责河道6.5公里，6月补贴6.5×120=780元；考核86分，扣发10%，实发780×90%=702元。"
    "补贴按季度发放到您本人的社会保障卡。\n"
)
PATROL = (
    "领导留言板 我是村级河长，3月巡河11次、4月7次，巡河补助能领多少？\n"
    "回复内容：您好！村级河长巡河补助每次25元，每月最多计8次；轨迹达不到要求的，不计为有效巡河。\n"
    "您3月巡河11次，按上限8次计，补助8×25=200元；4月巡河7次，其中一次轨迹1.5公里，不计为有效巡河，"
    "有效巡河6次，补助6×25=150元；两个月合计350元。\n"
)
SCHOOL = (
    "领导留言板 家里低保户，两个娃一个读小学一个读初中，助学补助一年有多少？\n"
    "回复内容：您好！低保家庭中父母双方外出务工的农村留守儿童可以申请助学补助，"
    "标准为小学每生每学年1000元、初中每生每学年1250元。\n"
    "您家小孙子读小学，每学年1000元；大孙子读初中，每学年1250元；两个孩子每学年合计2250元。\n"
)
DOCS = {
    "云南/陆良县/12345 河道保洁员补贴.txt": CLEANER,
    "贵州/剑河县/领导留言板 巡河补助.txt": PATROL,
    "贵州/碧江区/领导留言板 助学补助.txt": SCHOOL,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "conclusion")


def test_the_figure_paid_after_a_deduction(retriever: Retriever) -> None:
    found = ask(
        retriever,
        "我是陆良马街镇的村级河道保洁员，乡里给我划的是6.5公里，6月份镇上考核我得了86分，6月补贴能拿多少？",
    )
    assert found.answerable
    assert found.claims[0].unit.text == "考核86分，扣发10%，实发780×90%=702元。"


def test_the_total_named_after_the_parts(retriever: Retriever) -> None:
    found = ask(retriever, "我是剑河的村级河长，3月巡了11次，4月巡了7次，3、4月巡河补助能领多少？")
    assert found.answerable
    assert found.claims[0].unit.text == "两个月合计350元。"


def test_a_case_told_in_words(retriever: Retriever) -> None:
    """No figure in the question: 初一 and 三年级 are the asker's case all the same."""
    found = ask(
        retriever,
        "我家在碧江，是低保户，两个孙子跟着我们，大的秋季上初一，小的读小学三年级，助学补助一年能补多少？",
    )
    assert found.answerable
    assert found.claims[0].unit.text == "两个孩子每学年合计2250元。"


def test_a_rate_asked_is_the_rules_rate(retriever: Retriever) -> None:
    found = ask(retriever, "我是陆良的河道保洁员，补贴标准每公里每月多少？")
    assert found.answerable
    assert "每公里每月120元" in found.answer
    assert "702" not in found.answer
