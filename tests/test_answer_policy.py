"""Answers over a small policy collection as analysts ask them, each case a defect a probe collection found
(eval/policy2): a materials list quoted whole, a telephone question answered by a number or declined, an FAQ's
question line never quoted as its answer, two regions saying the same thing both listed, a calendar date
question declined when no date is stated. Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

DOT = "\uff0e"  # the full-width full stop numbering items
DOCS = {
    "萧山区/职称评审常见问题.html": (
        "<html><head><title>萧山区职称评审常见问题</title></head><body>"
        "<p>一问：萧山区民营企业的专业技术人员可以申报职称吗？</p>"
        "<p>答：可以。在萧山区非公有制经济组织工作的专业技术人员，可通过所在单位或区人才市场申报职称。</p>"
        "<p>二问：中级职称评审费每人多少元？</p><p>答：中级职称评审费每人300元。</p>"
        "</body></html>"
    ),
    "包河区/见习补贴申领指南.txt": (
        "合肥市包河区就业见习补贴申领指南\n"
        "一、补贴标准\n见习人员基本生活补贴为每人每月1650元，由见习单位按月发放。\n"
        "二、申请材料\n申请见习补贴应提交以下材料：\n"
        f"1{DOT}就业见习补贴申请表；\n2{DOT}见习人员身份证复印件；\n3{DOT}毕业证书复印件；\n"
        f"4{DOT}见习协议；\n5{DOT}见习人员考勤表；\n6{DOT}补贴资金发放银行流水。\n"
        "三、办理时间\n见习期满后3个月内向区人社局提出申请。\n"
    ),
    "余杭区/人才住房补贴实施办法.txt": (
        "杭州市余杭区人才住房补贴实施办法\n"
        "第一条 为吸引人才在余杭区安居，制定本办法。\n"
        "第二条 人才住房补贴分为租房补贴和购房补贴。\n"
        "第三条 博士研究生购房补贴40万元，硕士研究生购房补贴20万元。\n"
        "第四条 咨询电话：0571-86221234。\n"
    ),
    "顺德区/高层次人才子女入学保障实施办法.txt": (
        "佛山市顺德区高层次人才子女入学保障实施办法\n"
        "第一条 为做好高层次人才服务保障工作，解决高层次人才子女入学问题，制定本办法。\n"
        "第二条 A类、B类人才子女可在全区范围内选择公办学校就读。\n"
        "第三条 本办法自2023年9月1日起施行，有效期5年。\n"
    ),
    "顺德区/新闻.txt": (
        "顺德区今年为312名高层次人才子女解决入学\n"
        "区教育局有关负责人介绍，自《顺德区高层次人才子女入学保障实施办法》实施以来，人才子女入学实现“一站式”"
        "办理，平均办理时间缩短至7个工作日。\n"
    ),
    "新闻/多地加码创业担保贷款.txt": (
        "多地加码创业担保贷款 助力重点群体创业\n"
        "今年以来，多地加大创业担保贷款支持力度。\n"
        "苏州工业园区将个人创业担保贷款额度提高至最高50万元，贷款期限最长3年。\n"
        "南宁市青秀区对符合条件的个人发放最高30万元创业担保贷款，并给予全额贴息。\n"
    ),
    "新闻/多地探索设立人才编制周转池.txt": (
        "多地探索设立人才编制周转池\n"
        "近年来，多地探索设立人才编制周转池，破解人才引进的编制瓶颈。\n"
        "在山西，太原市小店区设立120名事业编制的人才编制周转池，重点用于引进教育、医疗人才。\n"
        "在湖南，长沙县由县委编办统筹200名事业编制建立人才编制周转池，重点保障教育、卫生健康领域。\n"
        "在山东，青岛市黄岛区从现有事业编制中统筹调剂300名事业编制，设立人才编制周转池。\n"
    ),
    "鄞州区/人才住房补贴实施办法.txt": (
        "宁波市鄞州区人才住房补贴实施办法\n"
        "第一条 为加快建设人才强区，制定本办法。\n"
        "第二条 人才住房补贴分为租房补贴和购房补贴。\n"
        "第三条 博士研究生购房补贴30万元，硕士研究生购房补贴15万元。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy")


def test_a_materials_question_is_answered_by_the_whole_list(retriever: Retriever) -> None:
    found = ask(retriever, "包河区申请见习补贴需要提交哪些材料?")
    assert found.answerable
    assert found.claims[0].unit.text == (
        f"申请见习补贴应提交以下材料：\n1{DOT}就业见习补贴申请表；\n2{DOT}见习人员身份证复印件；\n"
        f"3{DOT}毕业证书复印件；\n4{DOT}见习协议；\n5{DOT}见习人员考勤表；\n6{DOT}补贴资金发放银行流水。"
    )


def test_a_telephone_question_is_answered_by_a_number_or_declined(retriever: Retriever) -> None:
    found = ask(retriever, "余杭区人才住房补贴的咨询电话是多少?")
    assert found.answerable and "0571-86221234" in found.answer
    # 包河区's guide states 1650元 beside 见习补贴 but no telephone number
    declined = ask(retriever, "包河区见习补贴的咨询电话是多少?")
    assert (declined.answerable, declined.reason) == (False, "measure_absent")


def test_an_faq_answer_is_quoted_not_its_question(retriever: Retriever) -> None:
    found = ask(retriever, "萧山区民营企业技术人员可以申报职称吗?")
    assert found.answerable
    assert found.claims[0].unit.text == (
        "在萧山区非公有制经济组织工作的专业技术人员，可通过所在单位或区人才市场申报职称。"
    )
    assert not any("问：" in c.unit.text or "？" in c.unit.text for c in found.claims)


def test_regions_saying_the_same_are_each_listed(retriever: Retriever) -> None:
    # both say 人才住房补贴分为租房补贴和购房补贴; 出台…政策 frames the question, no document says it
    found = ask(retriever, "哪些地区出台了人才住房补贴政策?")
    assert found.answerable
    assert {c.region for c in found.claims} == {"浙江省杭州市余杭区", "浙江省宁波市鄞州区"}


def test_a_calendar_date_question_is_declined_when_no_date_is_stated(retriever: Retriever) -> None:
    found = ask(retriever, "鄞州区人才住房补贴实施办法何时起施行?")
    assert (found.answerable, found.reason) == (False, "date_absent")


def test_a_figure_for_another_rung_is_no_answer(retriever: Retriever) -> None:
    # only 博士 and 硕士 figures are stated: no sentence of the evidence names 本科
    found = ask(retriever, "余杭区本科毕业生购房补贴多少万元?")
    assert (found.answerable, found.reason) == (False, "category_absent")
    found = ask(retriever, "余杭区硕士研究生购房补贴多少万元?")
    assert found.answerable and "20万元" in found.answer


def test_a_calendar_date_question_is_answered_by_the_sentence_stating_the_date(retriever: Retriever) -> None:
    # the news report names the 办法 in full and shares more words; the 办法 itself says 本办法 and the date
    found = ask(retriever, "顺德区高层次人才子女入学保障办法什么时候开始施行?")
    assert found.answerable
    assert found.claims[0].unit.text == "第三条 本办法自2023年9月1日起施行，有效期5年。"


def test_a_roundup_lists_the_regions_it_reports_not_its_own_opening(retriever: Retriever) -> None:
    # 「多地探索设立人才编制周转池」 names no region: it was listed as 未注明地区 beside the two it reports
    found = ask(retriever, "哪些地区设立了人才编制周转池?")
    assert found.answerable
    assert sorted(str(c.region) for c in found.claims) == [
        "山东省青岛市黄岛区",
        "山西省太原市小店区",
        "湖南省长沙市长沙县",
    ]
