"""A news roundup reports one place per paragraph: a clause after the place's own (「…；90至99周岁…600元」) is
still that place's, and the figure a region question states as a bound (不少于600元) is no term each region's
evidence must carry — each states its own sum. Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.answer_config import DEFAULT_CONFIG
from server.answer.claim_region import unit_region
from server.answer.compose import Composition
from server.answer.keyterms import key_terms
from tests.policydocs import ask, index_docs

ROUNDUP = (
    "多地提高高龄津贴标准 百岁老人每月最高领千元\n"
    "新年伊始，多地陆续提高高龄津贴发放标准，让高龄老人共享发展成果。\n"
    "淄博市张店区从1月1日起将80至89周岁老年人纳入高龄津贴发放范围，每人每月50元；90至99周岁老年人的津贴由每月"
    "100元提高至200元，百岁老人每月600元。\n"
    "石家庄市桥西区对80周岁以上老年人每人每月发放100元高龄津贴，百岁老人每人每月发放800元，资金按月打卡发放。\n"
    "绵阳市涪城区将百岁老人长寿补贴提高到每人每月1000元，是目前记者了解到的最高标准；90至99周岁老人每人每月300元。\n"
    "贵阳市修文县对90周岁以上老年人每人每月发放100元，百岁老人每人每月500元。\n"
)
DOCS = {
    "新闻/多地提高高龄津贴标准.txt": ROUNDUP,
    "山东/张店区/淄博市张店区高龄津贴发放管理办法.txt": (
        "淄博市张店区高龄津贴发放管理办法\n"
        "第二条 发放对象为具有张店区户籍、年满80周岁及以上的老年人。\n"
        "第三条 高龄津贴按年龄段分档发放：80至89周岁每人每月50元，90至99周岁每人每月200元，"
        "100周岁及以上每人每月600元。\n"
    ),
    # 1600元 holds 600: a passage carrying the bound as a substring is no evidence of it
    "江苏/武进区/家电以旧换新问答.txt": (
        "武进区家电以旧换新补贴问答\n"
        "Q4：我想买一台标价8000元的1级能效空调，能补贴多少？\n"
        "A：1级能效产品按最终销售价格的20%补贴，8000元的空调可补贴1600元，实付6400元。\n"
    ),
}
QUESTION = "哪些地方百岁老人每个月能领到不少于600元的高龄津贴？"


def keys_of(found: Composition) -> list[str]:
    assert found.analysed is not None
    return [t.text for t in key_terms(found.analysed, DEFAULT_CONFIG.key_term_margin)]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "region-evidence")


def test_a_bound_the_question_states_is_no_term_the_evidence_must_carry(retriever: Retriever) -> None:
    found = ask(retriever, QUESTION)
    assert found.answerable
    keys = keys_of(found)
    assert "600" not in keys and "百岁老人" in keys
    # before, only passages holding 600 were evidence: the roundup's paragraph on 桥西区 (800元) was left out
    # and the 武进区 answer holding 1600元 came in
    regions = [str(c.region) for c in found.claims]
    assert "河北省石家庄市桥西区" in regions and "山东省淄博市张店区" in regions
    assert "江苏省常州市武进区" not in regions


def test_a_clause_after_a_places_own_is_that_places(retriever: Retriever) -> None:
    found = ask(retriever, QUESTION)
    assert found.analysed is not None
    regions = {u.text: unit_region(u, found.analysed.regions) for u in found.units}
    assert (
        regions["90至99周岁老年人的津贴由每月100元提高至200元，百岁老人每月600元。"] == "山东省淄博市张店区"
    )
    assert regions["90至99周岁老人每人每月300元。"] == "四川省绵阳市涪城区"
    # the roundup's own opening sentence names no place: no region, not the next paragraph's
    assert regions["新年伊始，多地陆续提高高龄津贴发放标准，让高龄老人共享发展成果。"] is None


def test_either_of_two_terms_joined_by_or_is_carried_in_its_own_right(retriever: Retriever) -> None:
    """「高龄津贴或长寿补贴」 asks either: the words after 或 that the words before it lack (长寿) are keys of
    their own, and 涪城区's 长寿补贴 is listed."""
    one = ask(retriever, "哪些地方给百岁老人发放高龄津贴?")
    assert keys_of(one) == ["百岁老人"]
    either = ask(retriever, "哪些地方给百岁老人发放高龄津贴或长寿补贴?")
    assert keys_of(either) == ["百岁老人", "长寿", "补贴"]
    assert "四川省绵阳市涪城区" in [str(c.region) for c in either.claims]
