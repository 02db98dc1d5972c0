"""A question asking for a list (the materials, the conditions, the steps) is answered by the whole
enumeration, not its first items: claims.whole_lists reads a claim on through the numbered items of its
passage and back to the sentence introducing them, still one verbatim slice within ``long_answer``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.build import index_records
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from server.answer import DEFAULT_CONFIG, Claim, Unit
from server.answer.question import analyse_question
from server.answer.units import RetrievedTexts
from server.answer.widen import whole_lists
from tests.conftest import KeywordEncoder

MATERIALS = (
    "第四条 申请人才住房补贴应提交以下材料：（一）《人才住房补贴申请表》；（二）本人身份证、学历学位证书；"
    "（三）劳动合同及近6个月社会保险缴纳证明；（四）本人及配偶的不动产权属查询证明；（五）购房合同或房屋租赁合同。"
)
DOT = "\uff0e"  # the full-width full stop numbering items
CONDITIONS = (
    "同时符合以下条件的青年人才可以申请租房补贴：\n"
    f"1{DOT}毕业5年以内的本科及以上学历毕业生；\n2{DOT}年龄在35周岁以下。"
)
STEPS = (
    "第六条 申报程序。（一）申请人向所在社区提出申请；（二）街道组织初审，并在公开栏公示7天；"
    "（三）公示无异议的，报区人才办审核。"
)
TEXT = f"第三条 补贴按季度发放。\n{MATERIALS}\n第五条 本办法自2023年3月1日起施行。\n{CONDITIONS}\n{STEPS}"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("lists") / "idx"
    records = [("housing", "人才住房补贴实施办法", TEXT)]
    index_records(records, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


def claim_at(retriever: Retriever, quote: str) -> tuple[Claim, str]:
    found = retriever.document("housing")
    assert found is not None
    text = found[1]
    start = text.index(quote)
    # the passage holding the quote, as retrieval hands it on
    hit = next(h for h in retriever.search("人才住房补贴", 10) if h.start <= start < h.end)
    return Claim(Unit(0, hit, start, start + len(quote), quote), None), text


def quotes(claims: list[Claim], text: str) -> list[str]:
    for c in claims:  # every quote is the document's text at its offsets
        assert c.unit.text == text[c.unit.start : c.unit.end]
    return [c.unit.text for c in claims]


def test_a_list_claim_reads_on_through_every_item(retriever: Retriever) -> None:
    # the claim as selection left it: the introduction and the first two items
    claim, text = claim_at(retriever, MATERIALS[: MATERIALS.index("（三）")])
    assert quotes(whole_lists(RetrievedTexts(retriever), [claim], DEFAULT_CONFIG), text) == [MATERIALS]


def test_an_item_reads_back_to_its_introduction_and_absorbs_the_other_items(retriever: Retriever) -> None:
    item, text = claim_at(retriever, f"2{DOT}年龄在35周岁以下。")
    other, _ = claim_at(retriever, f"1{DOT}毕业5年以内的本科及以上学历毕业生；")
    assert quotes(whole_lists(RetrievedTexts(retriever), [item, other], DEFAULT_CONFIG), text) == [CONDITIONS]


def test_a_list_too_long_keeps_the_items_that_fit(retriever: Retriever) -> None:
    claim, text = claim_at(retriever, "第四条 申请人才住房补贴应提交以下材料：（一）《人才住房补贴申请表》；")
    narrow = replace(DEFAULT_CONFIG, long_answer=80)
    assert quotes(whole_lists(RetrievedTexts(retriever), [claim], narrow), text) == [
        MATERIALS[: MATERIALS.index("；（四）")]
    ]


def test_a_sentence_outside_any_list_stays_as_it_is(retriever: Retriever) -> None:
    claim, text = claim_at(retriever, "第五条 本办法自2023年3月1日起施行。")
    assert quotes(whole_lists(RetrievedTexts(retriever), [claim], DEFAULT_CONFIG), text) == [
        "第五条 本办法自2023年3月1日起施行。"
    ]


@pytest.mark.parametrize(
    ("question", "wants_list"),
    [
        ("申请人才住房补贴需要提交哪些材料?", True),
        ("申请人才住房补贴需要提交什么材料?", True),
        ("哪些人可以申请租房补贴?", True),
        ("如何申请人才住房补贴?", True),
        ("人才住房补贴多少钱?", False),  # a number: the item holding it answers
        ("本办法什么时候施行?", False),
        ("哪些地区出台了人才住房补贴?", False),  # regions are listed claim by claim, one per region
    ],
)
def test_which_questions_ask_for_a_list(retriever: Retriever, question: str, wants_list: bool) -> None:
    assert analyse_question(retriever, retriever.analyse(question)).wants_list is wants_list


def test_a_heading_its_steps_follow_reads_on_through_them(retriever: Retriever) -> None:
    """「第七条 申报程序。」 ends with a full stop, not a colon, and its items follow in its paragraph: a
    question for the steps had been answered with the heading alone (eval/policy22 p01, blind)."""
    claim, text = claim_at(retriever, "第六条 申报程序。")
    assert quotes(whole_lists(RetrievedTexts(retriever), [claim], DEFAULT_CONFIG), text) == [STEPS]
