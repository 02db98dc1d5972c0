"""A number question asking a bound (至少要多少, 最多能取多少) is answered by a figure stated as that bound —
in the documents' own words (不低于200万元, 不超过1200元, 最高…500万元, 3000元以内) or as a row under a
column named for it (小微企业 | 300万元 under 最高贷款额度) — not by the figure beside it sharing more of the
question's words. 「…上年度研发费用至少要多少?」 (eval/policy4 c03) was answered with 增量的10%至20%…
最高500万元. Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.forms import asked_bound
from tests.policydocs import ask, index_docs

RULES = (
    "龙岗区企业研发投入资助实施细则\n"
    "第一条 为落实《深圳市龙岗区企业研发投入资助办法》，制定本细则。\n"
    "第二条 申报条件：（一）在龙岗区依法登记注册并纳入统计；（二）上年度研发费用不低于200万元；"
    "（三）上年度研发费用较前一年度增长；（四）近三年无严重失信记录。\n"
    "第三条 资助比例：规模以上工业企业按上年度研发费用增量的15%给予资助；"
    "国家高新技术企业按上年度研发费用增量的18%给予资助；其他企业按上年度研发费用增量的10%给予资助。"
    "同时符合多项条件的，按最高比例资助，不重复计算。单个企业每年资助金额最高500万元。\n"
    "第四条 申报材料：（一）研发投入资助申报书；（二）营业执照；（三）上年度企业所得税年度纳税申报表及研发"
    "费用加计扣除优惠明细表；（四）会计师事务所出具的上年度研发费用专项审计报告。\n"
    "第五条 2024年度申报时间为2024年6月1日至6月30日，企业通过“龙岗区产业资金管理系统”在线申报。\n"
    "第六条 区工业和信息化局受理后组织专项审计复核，资助资金于年内拨付。\n"
    "第八条 本细则自发布之日起施行，与《深圳市龙岗区企业研发投入资助办法》同时失效。\n"
)
MEASURES = (
    "深圳市龙岗区企业研发投入资助办法\n"
    "第一条 为鼓励企业加大研发投入，提升自主创新能力，根据国家和省、市有关规定，结合本区实际，制定本办法。\n"
    "第二条 本办法所称研发投入，是指企业按照税务部门研发费用加计扣除口径归集的研发费用。\n"
    "第三条 资助对象为在龙岗区依法登记注册、具有独立法人资格、上年度研发费用达到一定规模且较前一年度有所增长"
    "的企业。\n"
    "第四条 研发投入资助按企业上年度研发费用增量的10%至20%给予资助，单个企业每年资助金额最高500万元。"
    "具体资助比例和申报条件由实施细则规定。\n"
    "第五条 对新认定的国家级研发机构给予一次性资助300万元，省级研发机构100万元，市级研发机构50万元。\n"
    "第六条 同一企业的同一项目已获得区级其他财政资金支持的，不得重复享受本办法资助。\n"
    "第九条 本办法自2024年4月1日起施行，有效期5年。\n"
)


@pytest.mark.parametrize(
    ("question", "text", "states"),
    [
        ("上年度研发费用至少要多少?", "（二）上年度研发费用不低于200万元", True),
        ("上年度研发费用至少要多少?", "单个企业每年资助金额最高500万元", False),
        ("用公积金付房租一个月最多能取多少?", "每月提取额度不超过1200元", True),
        ("一次最多能救助多少?", "一般每人每次3000元以内", True),
        ("一次最多能救助多少?", "因火灾、交通事故等意外事件陷入困境的家庭", False),
        ("最少要交几年?", "累计缴费满15年以上", True),
        # eval/orgdocs d01 (written blind): the latest day is a most, a span 之内 its statement
        ("报销单最晚多少天内要交?", "费用须在发生之日起30日内通过OA提交报销", True),
        ("报销单最晚多少天内要交?", "超过90日未提交的，不予报销", False),
        # eval/policy10 n06 (written blind): a guaranteed least, 保底
        ("被评为二级，奖金最少能拿多少?", "二级保底奖励1000元", True),
    ],
)
def test_the_bound_asked_and_its_statement(question: str, text: str, states: bool) -> None:
    bound = asked_bound(normalize(question))
    assert bound is not None
    assert (bound[0].search(normalize(text)) is not None) is states


def test_a_question_naming_no_bound_or_both_asks_none() -> None:
    assert asked_bound(normalize("研发费用资助比例是多少?")) is None
    assert asked_bound(normalize("最低和最高补贴分别是多少?")) is None


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    docs = {
        "广东/龙岗区/龙岗区企业研发投入资助实施细则.txt": RULES,
        "广东/龙岗区/龙岗区企业研发投入资助办法.txt": MEASURES,
    }
    return index_docs(docs, tmp_path_factory, "bounds")


def test_the_least_asked_is_the_figure_stated_as_a_least(retriever: Retriever) -> None:
    found = ask(retriever, "申请龙岗区企业研发投入资助，上年度研发费用至少要多少?")
    assert found.answerable
    assert found.claims[0].unit.text == "（二）上年度研发费用不低于200万元"
    assert "500万元" not in found.answer
