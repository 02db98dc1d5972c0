"""Answers that hold what the question asks and nothing else, each case a defect a policy collection found
(eval/policy2): a figure for another rung of a ladder, a duration asked in years answered without one, the
attachments listed for 哪些条件, a wrapped FAQ answer cut at its line end, and a page filed under its
region's folder that never names the region. Real index, real encoder, the /ask composition."""

from __future__ import annotations

import subprocess

import pytest

from indexer.retrieve import Retriever
from server.answer.compose import Composition, compose
from tests.conftest import CITEQA

DOCS = {
    "四川/武侯区/人才安居一问一答.html": (
        "<html><head><title>《成都市武侯区人才安居实施办法》一问一答</title></head><body>"
        "<p>问：租房补贴标准是多少？</p>"
        "<p>答：博士研究生每人每月2500元，硕士研究生每人每月1500元，全日制本科毕业生每人每月800元，"
        "租房补贴最长发放36个月。</p>"
        "<p>问：购房补贴标准是多少？</p>"
        "<p>答：在武侯区首次购买商品住房的，博士研究生给予15万元购房补贴，硕士研究生给予8万元购房补贴。</p>"
        "</body></html>"
    ),
    "四川/武侯区/见习基地申报通知.txt": (
        "关于开展2024年度武侯区就业见习基地申报工作的通知\n"
        "为进一步发挥就业见习在促进青年就业中的作用，现就2024年度武侯区就业见习基地申报工作通知如下。\n"
        "一、申报条件\n"
        "（一）在武侯区依法登记注册并正常经营1年以上；\n"
        "（二）能够提供不少于5个见习岗位；\n"
        "（三）近两年内无劳动保障违法行为；\n"
        "（四）具备见习指导老师和必要的安全保障条件。\n"
        "二、补贴标准\n"
        "见习基地吸纳见习人员的，按每人每月2100元的标准给予见习补贴。\n"
        "附件：1.武侯区就业见习基地申报表\n"
        "2.就业见习基地承诺书\n"
        "3.2024年度见习岗位计划表\n"
    ),
    # hard-wrapped at 30 characters, most lines short: 3 wrapped lines of 14
    "浙江/萧山区/职称评审政策一问一答.txt": (
        "萧山区职称评审政策一问一答\n\n"
        "一问：民营企业的专业技术人员可以在萧山申报职称吗？\n"
        "答：可以。在萧山区非公有制经济组织工作的专业技术人员，可通过\n"
        "所在单位或区人才市场申报职称，与国有企事业单位人员同等对待。\n"
        "二问：具有博士学位的可以直接申报中级职称吗？\n"
        "答：可以。具有博士学位的，可直接申报中级职称；取得硕士学位后\n"
        "从事本专业技术工作满3年的，可申报中级职称。\n"
        "三问：评审结果公示多少天？\n"
        "答：评审结果公示期为5个工作日。\n"
        "四问：职称证书多久可以领取？\n"
        "答：评审结果公示期满无异议的，在30个工作日内通过“浙江省职\n"
        "称管理服务平台”下载电子证书，电子证书与纸质证书具有同等效力\n"
        "。\n"
        "（萧山区人力资源和社会保障局 2024年6月）\n"
    ),
    # the page says 园区 only: its folder says where
    "江苏/苏州工业园区/社保补贴常见问题.html": (
        "<html><head><title>社会保险补贴常见问题</title></head><body>"
        "<p>问：社会保险补贴的补贴范围是什么？</p>"
        "<p>答：按企业为其实际缴纳的基本养老保险、基本医疗保险和失业保险费给予补贴，不包括个人应缴纳部分。</p>"
        "<p>问：补贴期限是多久？</p><p>答：补贴期限最长不超过3年。</p>"
        "</body></html>"
    ),
    "新闻/多地探索设立人才编制周转池.txt": (
        "多地探索设立人才编制周转池\n"
        "近年来，多地探索设立人才编制周转池，破解人才引进的编制瓶颈。\n"
        "在山东，青岛市黄岛区从现有事业编制中统筹调剂300名事业编制，设立人才编制周转池。\n"
        "在山西，太原市小店区设立120名事业编制的人才编制周转池，使用期限一般不超过5年。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    folder = tmp_path_factory.mktemp("asked-docs")
    for name, text in DOCS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("asked-index") / "index"
    subprocess.run([CITEQA, "index", str(folder), "--index", str(index_dir)], check=True, capture_output=True)
    return Retriever(index_dir)


def ask(retriever: Retriever, question: str) -> Composition:
    found = compose(retriever, question)
    for claim in found.claims:  # every quote is its document's text at its offsets
        document = retriever.document(claim.unit.hit.doc_id)
        assert document is not None
        assert document[1][claim.unit.start : claim.unit.end] == claim.unit.text
    return found


def test_a_figure_for_other_rungs_is_no_answer_where_the_asked_rung_is_named_elsewhere(
    retriever: Retriever,
) -> None:
    # 本科 is named — in the rent sentence; the purchase sentence names only 博士 and 硕士
    found = ask(retriever, "武侯区本科毕业生购房补贴多少万元?")
    assert (found.answerable, found.reason) == (False, "category_absent")
    rent = ask(retriever, "武侯区本科毕业生租房补贴每月多少元?")
    assert rent.answerable and "全日制本科毕业生每人每月800元" in rent.answer
    master = ask(retriever, "武侯区硕士研究生购房补贴多少万元?")
    assert master.answerable and "硕士研究生给予8万元购房补贴" in master.answer


def test_a_duration_asked_in_years_is_answered_only_by_years(retriever: Retriever) -> None:
    # 黄岛区's sentence states 300名, no years; 小店区's states 5年
    found = ask(retriever, "黄岛区人才编制周转池的编制使用期限是多少年?")
    assert (found.answerable, found.reason) == (False, "measure_absent")
    found = ask(retriever, "小店区人才编制周转池的编制使用期限是多少年?")
    assert found.answerable and "使用期限一般不超过5年" in found.answer


def test_a_list_question_naming_its_kind_is_answered_by_that_list(retriever: Retriever) -> None:
    # the attachments (附件：1.武侯区就业见习基地申报表 …) share every word but 条件
    found = ask(retriever, "武侯区就业见习基地申报需要满足哪些条件?")
    assert found.answerable
    assert found.claims[0].unit.text.startswith("一、申报条件\n（一）在武侯区依法登记注册")
    assert found.claims[0].unit.text.endswith("（四）具备见习指导老师和必要的安全保障条件。")


def test_a_wrapped_faq_answer_is_quoted_whole_with_its_working_days(retriever: Retriever) -> None:
    found = ask(retriever, "在萧山评上职称以后多久能拿到证书?")
    assert found.answerable
    assert found.claims[0].unit.text == (
        "答：评审结果公示期满无异议的，在30个工作日内通过“浙江省职称管理服务平台”下载电子证书，"
        "电子证书与纸质证书具有同等效力。"
    )


def test_a_page_filed_under_its_region_is_that_regions(retriever: Retriever) -> None:
    regions = {d.title: d.region for d in retriever.data.documents}
    assert regions["社会保险补贴常见问题"] == "江苏省苏州市苏州工业园区"
    assert regions["多地探索设立人才编制周转池"] is None  # filed under 新闻: a roundup of two regions
    found = ask(retriever, "苏州工业园区企业吸纳就业困难人员的社保补贴包括个人缴纳部分吗?")
    assert found.answerable
    assert "不包括个人应缴纳部分" in found.claims[0].unit.text
