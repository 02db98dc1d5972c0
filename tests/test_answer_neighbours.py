"""Answers about what is asked and not its neighbour, each case a defect a blind policy collection found
(eval/policy5, eval/policy6): a figure for another case (门诊 for 住院, 首次登记 for 补办, 二类区域's row for
一类区域), a rate the documents never state, a guide field's second sentence, a processing time for a
lease's term, a table's bare numbers counted in its column's unit, a start date for a deadline, a notice's
lead-in for what it announces. Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.rungs import asked_rungs, off_rung
from server.answer.columns import table_unit, with_column_units
from tests.policydocs import ask, index_docs

DOCS = {
    "吉林/南关区/城乡居民医保政策解读.html": (
        "<html><head><title>2025年度城乡居民基本医疗保险政策解读</title></head><body>"
        "<p>问：个人缴费标准是多少？</p><p>答：2025年度城乡居民基本医疗保险个人缴费标准为每人每年400元。</p>"
        "<p>问：普通门诊怎么报销？</p>"
        "<p>答：参保居民在一级及以下定点医疗机构发生的普通门诊费用，医保报销比例为55%，年度最高支付限额500元。</p>"
        "</body></html>"
    ),
    "辽宁/沈河区/犬只登记办事指南.html": (
        "<html><head><title>沈河区犬只登记办事指南</title></head><body><table>"
        "<tr><td>事项名称</td><td>养犬登记</td></tr>"
        "<tr><td>收费标准</td><td>首次登记每只犬收取登记管理费500元</td></tr>"
        "<tr><td>办理地点</td><td>沈河区公安分局治安大队一楼窗口</td></tr>"
        "</table></body></html>"
    ),
    "海南/龙华区/失业保险金申领办事指南.html": (
        "<html><head><title>失业保险金申领办事指南</title></head><body><table>"
        "<tr><td>项目</td><td>内容</td></tr><tr><td>受理条件</td><td>失业前用人单位和本人已经缴纳失业保险费满1年</td></tr>"
        "<tr><td>发放标准</td><td>按海口市最低工资标准的90%按月发放，现行标准为每月1809元。</td></tr>"
        "</table></body></html>"
    ),
    # a field whose value runs to two sentences, and a processing time beside a lease's term
    "天津/河西区/居民小区个人自用充电桩报装办事指南.html": (
        "<html><head><title>河西区居民小区个人自用充电桩报装办事指南</title></head><body><table>"
        "<tr><td>事项名称</td><td>居民住宅小区个人自用充电设施用电报装</td></tr>"
        "<tr><td>申请条件</td><td>（一）申请人拥有产权车位，或者拥有租期1年以上的固定车位；（二）申请人已购买新能源"
        "汽车或已签订新能源汽车购车合同。</td></tr>"
        "<tr><td>办理时限</td><td>受理后2个工作日内完成现场勘查；具备接电条件的，自受理之日起7个工作日内完成装表接电。"
        "</td></tr>"
        "<tr><td>电价标准</td><td>执行居民生活用电合表电价，每千瓦时0.4883元。用户可申请执行峰谷分时电价，其中谷段"
        "（23:00—次日7:00）每千瓦时0.3083元。</td></tr>"
        "</table></body></html>"
    ),
    # a notice's lead-in, the rule it announces, and a table whose rows' first cells name their rung
    "天津/河西区/河西区道路停车泊位收费标准公示.html": (
        "<html><head><title>河西区道路停车泊位收费标准公示</title></head><body>"
        "<p>根据《天津市机动车停放服务收费管理办法》，经区政府同意，现将河西区道路停车泊位收费标准公示如下，"
        "自2024年5月1日起执行。</p>"
        "<p>一、收费标准</p><table>"
        "<tr><td>区域类别</td><td>范围</td><td>白天（7:00—21:00）</td><td>夜间（21:00—次日7:00）</td></tr>"
        "<tr><td>一类区域</td><td>友谊路、解放南路、大沽南路沿线及小白楼周边</td>"
        "<td>首小时5元，超过1小时后每半小时3元，白天单次最高60元</td><td>每次5元</td></tr>"
        "<tr><td>二类区域</td><td>一类区域以外的其他道路泊位</td>"
        "<td>首小时3元，超过1小时后每半小时2元，白天单次最高40元</td><td>每次3元</td></tr>"
        "</table><p>二、停放不超过15分钟的免费。</p></body></html>"
    ),
    # bare numbers under their columns' units; a start date beside the deadline
    "山西/迎泽区/城乡居民基本养老保险缴费档次及补贴标准.html": (
        "<html><head><title>迎泽区2024年度城乡居民基本养老保险缴费档次及补贴标准</title></head><body>"
        "<p>一、缴费档次及补贴标准</p><table>"
        "<tr><td>档次</td><td>个人缴费（元/年）</td><td>政府缴费补贴（元/年）</td></tr>"
        "<tr><td>第一档</td><td>200</td><td>30</td></tr>"
        "<tr><td>第六档</td><td>1500</td><td>120</td></tr>"
        "<tr><td>第七档</td><td>2000</td><td>150</td></tr>"
        "</table><p>二、缴费时间：2024年度缴费截止时间为2024年12月20日，参保人可通过“民生山西”APP缴费。</p>"
        "</body></html>"
    ),
    "山西/迎泽区/政策解读：城乡居民养老保险待遇领取一问一答.html": (
        "<html><head><title>政策解读：城乡居民养老保险待遇领取一问一答</title></head><body>"
        "<p>1.基础养老金标准是多少？</p><p>自2024年1月1日起，我区城乡居民基础养老金最低标准为每人每月153元。</p>"
        "<p>2.多缴费能多领吗？</p><p>可以。缴费年限超过15年的，每多缴费1年，每月加发基础养老金2元。</p>"
        "<p>咨询电话：迎泽区社会保险中心 0351-4041234</p></body></html>"
    ),
    "河北/路北区/路北区老年助餐服务补贴实施方案.html": (
        "<html><head><title>路北区老年助餐服务补贴实施方案</title></head><body>"
        "<p>一、补贴对象：具有路北区户籍、年满60周岁，在区民政局认定的老年助餐点（长者食堂）就餐的老年人。</p>"
        "<p>二、助餐点建设补贴：经认定的新建老年助餐点，给予一次性建设补贴5万元。</p></body></html>"
    ),
}
# a notice whose sections each hold one thing (its 申报时间 ranks below its 申报对象 and 申报方式), its 附件1
# the list of materials, and the 办法 it implements
DOCS["甘肃/七里河区/关于开展2024年度个体工商户个转企奖励申报工作的通知.html"] = (
    "<html><head><title>关于开展2024年度个体工商户“个转企”奖励申报工作的通知</title></head><body>"
    "<p>各有关企业：</p><p>根据《七里河区支持个体工商户转型升级为企业奖励办法》，现组织开展2024年度“个转企”奖励"
    "申报工作，有关事项通知如下：</p>"
    "<p>一、申报对象</p><p>2023年7月1日至2024年6月30日期间在我区完成“个转企”登记，且符合奖励条件的企业。</p>"
    "<p>二、申报时间</p><p>2024年7月15日至2024年8月15日（工作日），逾期不再受理。</p>"
    "<p>三、申报方式</p><p>申报企业将申报材料（附件1）一式两份报送七里河区市场监督管理局登记注册科（西津西路16号"
    "区行政中心2楼203室），同时报送电子版至邮箱qlhgzq@163.com。</p>"
    "<p>四、审核及兑现</p><p>区市场监管局会同区财政局对申报材料进行审核，审核结果在区政府网站公示5个工作日，"
    "公示无异议后拨付奖励资金。</p>"
    "<p>五、联系人：李女士，电话0931-2331234。</p>"
    "<p>附件：1.“个转企”奖励申报材料清单</p><p>2.“个转企”奖励申请表（请到区政府网站下载专区下载）</p>"
    "<p>七里河区市场监督管理局</p><p>2024年7月5日</p>"
    "<p>附件1</p><p>“个转企”奖励申报材料清单</p><p>1.“个转企”奖励申请表；</p><p>2.企业营业执照副本复印件；</p>"
    "<p>3.原个体工商户注销证明或变更登记通知书；</p><p>4.企业基本存款账户信息；</p>"
    "<p>以上材料均需加盖企业公章。</p></body></html>"
)
DOCS["甘肃/七里河区/七里河区支持个体工商户转型升级为企业奖励办法.txt"] = (
    "七里河区支持个体工商户转型升级为企业奖励办法\n"
    "第三条 奖励条件：转型前的个体工商户已连续正常经营满1年，转型后的企业住所在七里河区。\n"
    "第四条 奖励标准：转型为有限责任公司的，给予一次性奖励1万元。\n"
    "第七条 同一经营主体只能享受一次“个转企”奖励。\n"
    "第八条 本办法由七里河区市场监督管理局负责解释，自2024年3月1日起施行，有效期3年。\n"
)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "neighbours")


def test_a_figure_for_the_other_case_is_no_answer(retriever: Retriever) -> None:
    # 门诊 stated, 住院 asked; 首次登记 stated, 补办 asked
    for question in ("南关区城乡居民医保住院费用报销比例是多少?", "沈河区养犬登记证丢了补办要多少钱?"):
        found = ask(retriever, question)
        assert (found.answerable, found.reason) == (False, "category_absent"), question
    found = ask(retriever, "南关区城乡居民医保普通门诊报销比例是多少?")
    assert found.answerable and "55%" in found.answer


def test_a_rate_the_documents_never_state_declines(retriever: Retriever) -> None:
    found = ask(retriever, "龙华区灵活就业人员缴纳失业保险的费率是多少?")
    assert (found.answerable, found.reason) == (False, "measure_absent")


def test_a_guide_fields_later_sentence_is_in_the_field(retriever: Retriever) -> None:
    found = ask(retriever, "在河西区小区装了充电桩，谷段电价每度多少钱?")
    assert found.answerable
    assert found.claims[0].unit.text == (
        "用户可申请执行峰谷分时电价，其中谷段（23:00—次日7:00）每千瓦时0.3083元。"
    )


def test_a_processing_time_is_no_answer_for_another_duration(retriever: Retriever) -> None:
    found = ask(retriever, "在河西区租车位装充电桩，车位租期至少要多久?")
    assert found.answerable and "1年以上" in found.answer and "2个工作日" not in found.answer


def test_a_tables_bare_numbers_are_counted_in_their_columns_unit(retriever: Retriever) -> None:
    found = ask(retriever, "在迎泽区交城乡居民养老保险，一年交2000元的话政府补贴多少?")
    assert found.answerable
    # the row is quoted under the table's column names, which say what 150 counts (元/年): two verbatim slices
    columns = "档次 | 个人缴费（元/年） | 政府缴费补贴（元/年）"
    header, row = found.claims[0].unit, found.claims[1].unit
    assert (header.text, row.text) == (columns, "第七档 | 2000 | 150")
    text = retriever.document(row.hit.doc_id)
    assert text is not None and text[1][header.start : header.end] == header.text
    assert found.answer.startswith(f"{columns}[1];第七档 | 2000 | 150[2]")


def test_a_deadline_is_answered_by_the_day_stated_as_one(retriever: Retriever) -> None:
    found = ask(retriever, "迎泽区2024年城乡居民养老保险最晚哪天之前要交?")
    assert found.answerable and "2024年12月20日" in found.answer and "1月1日" not in found.answer


def test_a_sum_paid_is_answered_by_a_sum(retriever: Retriever) -> None:
    found = ask(retriever, "路北区新建一个长者食堂，政府一次性补多少?")
    assert found.answerable and "5万元" in found.answer and "60周岁" not in found.answer


def test_a_notices_lead_in_is_no_claim(retriever: Retriever) -> None:
    found = ask(retriever, "在河西区路边停车十分钟要收费吗?")
    assert found.answerable and "15分钟的免费" in found.answer and "公示如下" not in found.answer


def test_a_table_rows_first_cell_names_its_rung(retriever: Retriever) -> None:
    found = ask(retriever, "河西區一類區域白天停車單次最多收多少錢?")
    assert found.answerable and "60元" in found.answer and "40元" not in found.answer


def test_column_units() -> None:
    header = "档次 | 个人缴费（元/年） | 政府缴费补贴（元/年）"
    assert with_column_units(header, "第七档 | 2000 | 150") == "第七档 | 2000元 | 150元"
    units = "类别 | 补贴(万元) | 面积（平方米）"
    assert with_column_units(units, "博士 | 3.5 | 120") == "博士 | 3.5万元 | 120平方米"
    assert with_column_units("类别 | 补贴 | 说明", "博士 | 3 | 120") == "博士 | 3 | 120"  # no units named
    assert with_column_units(header, "第七档 | 2000") == "第七档 | 2000"  # the columns do not line up
    # a unit stated for the whole table, on the line above it (eval/policy12 n07, written blind)
    names = "保障对象 | 原标准（2023年） | 新标准"
    text = f"一、保障标准（单位：元/人·月）\n{names}\n机构集中养育孤儿 | 1800 | 1900"
    assert table_unit(text, text.index("机构"), names) == "元"
    row = "机构集中养育孤儿 | 1800 | 1900"
    assert with_column_units(names, row, "元") == "机构集中养育孤儿 | 1800元 | 1900元"
    # (a column naming its own unit keeps it)
    assert with_column_units(header, "第七档 | 2000 | 150", "万元") == "第七档 | 2000元 | 150元"
    assert table_unit("二、补助标准\n" + units + "\n博士 | 3.5 | 120", 30, units) == ""


def test_a_phrase_opening_with_the_city_is_the_urban_case() -> None:
    # eval/policy7 u04: 「农村低保户…取暖补贴每户多少钱?」 was answered once 城市低保家庭 | 1200 | 900 stated
    # its sum (a unit for the whole table): 城市 opening a phrase is the 城镇 of 城镇 | 农村, not in 运城市
    assert asked_rungs(normalize("新城区农村低保户冬季取暖补贴每户多少钱?")) == asked_rungs(normalize("农村"))
    assert off_rung(asked_rungs(normalize("农村低保户补贴多少")), normalize("城市低保家庭 | 1200 | 900"))
    assert not off_rung(asked_rungs(normalize("农村低保户补贴多少")), normalize("运城市低保家庭每户900元"))


def test_a_notices_section_named_for_the_date_asked_answers(retriever: Retriever) -> None:
    found = ask(retriever, "七里河区2024年度个转企奖励申报截止日期是哪天?")
    assert found.answerable
    assert found.claims[0].unit.text == "2024年7月15日至2024年8月15日（工作日），逾期不再受理。"


def test_the_list_under_a_heading_naming_it_answers(retriever: Retriever) -> None:
    found = ask(retriever, "七里河区申报个转企奖励需要提交哪些材料?")
    assert found.answerable
    assert "2.企业营业执照副本复印件" in found.answer and "一式两份" not in found.answer
