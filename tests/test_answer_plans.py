"""Which-regions questions and figures as eval/policy24 (税费优惠与交通出行, written blind) asked them: a
county that only plans a measure (计划开通, 将出台) or has not set one up (未设…补贴) is no answer — unless
what it has not done is another measure beside the one asked (崇州市未设分档购车补贴，但对以旧换新…给予县级
加码补贴); a driver's words (司机老赵说) are no county's claim; a question ending in 「…的县」 or naming the
places before a qualifier (县市 红河) lists regions; 「…票价」 asks a figure; and a month the question names
is asked from its row, not from the 合计 of all months. Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.asked import asked_slot
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.text import REGION_LIST
from server.answer.brackets import named_brackets, row_bracket, stated_values
from server.answer.narrow import answering
from server.answer.question import analyse_question
from server.answer.units import Unit
from tests.policydocs import ask, index_docs, regions

BUSES = (
    "城乡公交两元坐到家 跨省公交通勤更便捷 多地推进城乡交通一体化\n"
    "浙江嘉兴嘉善县至上海枫泾的跨省公交“嘉枫线”7月15日开通，全程票价3元。"
    "嘉兴平湖市至上海金山的跨省公交此前已经开通，日均客流超过1800人次。"
    "嘉兴海盐县计划开通至上海金山的跨省公交线路。\n"
    "山东潍坊寿光市辖区高速公路收费站自3月1日起对绿通车辆实行预约通行。"
    "从高密市拉白菜到寿光农产品物流园的司机老赵说，预约以后排队的时间明显少了。"
    "潍坊昌乐县也已在辖区收费站全面推行绿通车辆预约通行。\n"
)
CARS = (
    "买车有补贴 换车再加码 多地激发汽车消费活力\n"
    "成都大邑县按车价分档发放县级购车补贴，已发放两批。"
    "成都崇州市未设分档购车补贴，但对以旧换新购车给予县级加码补贴，每辆1500元。"
    "榆林米脂县住建部门表示，米脂将出台购房契税补贴政策；榆林定边县已发放首套住房购房契税补贴。\n"
)
MONTHS = (
    "寿光市2025年1—9月鲜活农产品运输绿色通道车辆减免统计表\n"
    "月份 | 合计（辆次） | 蔬菜（辆次） | 水果（辆次）\n"
    "8月 | 42870 | 31780 | 7940\n"
    "9月 | 43770 | 34520 | 6380\n"
    "合计 | 397840 | 325130 | 48690\n"
)
NOTICE = (
    "关于嘉善至上海枫泾跨省公交“嘉枫线”开通运营的通告\n"
    "为方便两地群众出行，经两地交通运输主管部门同意，嘉善至上海枫泾跨省公交“嘉枫线”于2025年7月15日起开通运营。"
    "嘉枫线全程票价3元，持交通联合卡刷卡乘车享受8折优惠。\n"
)
DOCS = {
    "新闻/城乡公交两元坐到家.txt": BUSES,
    "新闻/买车有补贴 换车再加码.txt": CARS,
    "山东/寿光市/寿光市绿色通道车辆减免统计表.txt": MONTHS,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "plans")


def test_a_county_that_only_plans_it_is_not_listed(retriever: Retriever) -> None:
    """海盐县计划开通… had been listed beside the two counties whose buses run."""
    assert regions(retriever, "跨省公交 通上海 已开通 县市") == ["浙江省嘉兴市嘉善县", "浙江省嘉兴市平湖市"]


def test_a_drivers_words_are_no_countys_claim(retriever: Retriever) -> None:
    assert regions(retriever, "绿通车辆 预约通行 已实行 县市") == ["山东省潍坊市寿光市", "山东省潍坊市昌乐县"]


def test_what_a_county_has_not_set_up_is_scoped_to_its_clause(retriever: Retriever) -> None:
    """崇州市 has no 分档购车补贴 and does give a 以旧换新 加码; 米脂 将出台 its 契税补贴."""
    assert regions(retriever, "按车价分档发放县级购车补贴的县有哪些") == ["四川省成都市大邑县"]
    assert regions(retriever, "以旧换新 县级加码补贴 已实行 县市") == ["四川省成都市崇州市"]
    assert regions(retriever, "已经发放购房契税补贴的县有哪些") == ["陕西省榆林市定边县"]


@pytest.mark.parametrize(
    ("question", "listing"),
    [
        ("出租车运价（起步价）今年已经调整执行了的县", True),
        ("网约车运输证 已核发 县市 红河", True),
        ("泗洪县的人才补贴", False),
        ("泗洪县 人才补贴 标准", False),
    ],
)
def test_a_keyword_query_of_places_lists_regions(question: str, listing: bool) -> None:
    assert (REGION_LIST.search(normalize(question)) is not None) is listing


def test_a_fare_asked_by_keywords_is_a_figure() -> None:
    assert asked_slot(normalize("海盐 跨省公交 金山 票价")) == "number"
    assert asked_slot(normalize("建水 出租车 起步价")) == "number"


def test_a_named_months_row_answers_over_the_total_of_all_months(retriever: Retriever) -> None:
    """一共 asks the 9月 row's sum here: the 合计 row of all months had answered."""
    found = ask(retriever, "寿光今年9月份拉蔬菜的绿通车一共过了多少辆次？")
    quoted = [c.unit.text for c in found.claims]
    assert "9月 | 43770 | 34520 | 6380" in quoted
    assert not any(q.startswith(("8月", "合计")) for q in quoted)


def test_a_day_is_answered_in_full_where_a_document_states_its_year(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A news report's 「7月15日开通」 had answered over the 通告's 「于2025年7月15日起开通运营」."""
    both = index_docs(
        {"新闻/城乡公交两元坐到家.txt": BUSES, "浙江/嘉善县/关于嘉枫线开通运营的通告.txt": NOTICE},
        tmp_path_factory,
        "full-day",
    )
    found = ask(both, "嘉兴嘉善到枫泾的跨省公交是哪天开通的？")
    assert "2025年7月15日" in found.claims[0].unit.text


@pytest.mark.parametrize(
    ("question", "values", "named"),
    [
        # 万 for 万元 where a question talks money (eval/policy24 n12, c03, blind)
        ("一台15万左右的车，落地17万，县里补多少？", (("money", 150000.0), ("money", 170000.0)), ()),
        ("金堂縣買新能源車，裸車價格30萬以上的補貼多少？", (), (("money", 300000.0, float("inf")),)),
        # … not of people
        ("波兰的人口在什么时候为3800万？", (), ()),
        ("领兵一万多人并送去金银财宝，补给多少？", (), ()),
    ],
)
def test_a_bare_wan_is_yuan_where_a_question_talks_money(
    question: str, values: tuple[tuple[str, float], ...], named: tuple[tuple[str, float, float], ...]
) -> None:
    norm = normalize(question)
    assert (stated_values(norm), named_brackets(norm)) == (values, named)


def test_a_rows_bracket_may_stand_in_any_cell_before_its_figure() -> None:
    """车辆类型 | 裸车价格 | 补贴标准: the bracket is the second cell (the first only had been read)."""
    named = (("money", 300000.0, float("inf")),)
    assert row_bracket(named, normalize("新能源乘用车 | 30万元（含）以上 | 8000"))
    assert not row_bracket(named, normalize("新能源乘用车 | 20万元（含）—30万元 | 5000"))
    assert row_bracket((("power", 0.0, 12.0),), "12千瓦以下 | 3200 | 3000")


REPLY = (
    "第一套房120平，总价68万，契税补贴能补多少？\n"
    "答复：根据《靖边县关于促进房地产市场平稳健康发展的若干措施》，首套住房按实缴契税100%补贴，"
    "您可获得购房契税补贴6800元。\n"
)
TOTALS = (
    "靖边县2025年第一批购房契税补贴拨付汇总表\n"
    "序号 | 项目名称 | 首套（套） | 二套（套） | 补贴金额（元）\n"
    "1 | 统万城·学府里 | 46 | 12 | 318460\n"
    "2 | 靖边·凤凰城三期 | 38 | 9 | 262180\n"
    "合计 | — | 84 | 21 | 580640\n"
)


def test_a_total_asked_is_the_tables_total_row_beside_a_replys_worked_example(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The 汇总表's 合计 row had lost to a 县长信箱 reply's 6800元 for one buyer: only the best document's
    total rows were read with its support (eval/policy24 n19, blind); now any document other rows of which
    are supported lends its total row that support."""
    retriever = index_docs(
        {"陕西/靖边县/县长信箱 契税补贴.txt": REPLY, "陕西/靖边县/第一批拨付汇总表.txt": TOTALS},
        tmp_path_factory,
        "totals",
    )
    question = analyse_question(retriever, retriever.analyse("靖边县第一批购房契税补贴一共拨了多少钱？"))

    def unit(file: str, text: str) -> Unit:
        hit = next(h for h in retriever.search(text, 10) if file in (h.document.path or ""))
        found = retriever.document(hit.doc_id)
        assert found is not None
        start = found[1].index(text)
        return Unit(0, hit, start, start + len(text), text, slot=1.0, said=normalize(text))

    reply = unit("县长信箱", "您可获得购房契税补贴6800元。")
    row = unit("汇总表", "2 | 靖边·凤凰城三期 | 38 | 9 | 262180")
    total = unit("汇总表", "合计 | — | 84 | 21 | 580640")
    kept = answering([reply, row, total], question, lambda u: u is not total)
    assert [u.text for u in kept] == [total.text]
