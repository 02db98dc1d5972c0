"""A figure asked as a sum of all (全县一共分配了多少) is answered by the figure stated as one — a table's
合计 row, 共下拨…万元 — not by the town's row that shares more of the question's words (eval/policy22 n09,
written blind). Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.asked import asked_slot
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.forms import ASKS_TOTAL, STATES_TOTAL, asked_bound, states_per
from tests.policydocs import ask, index_docs

TOWNS = ["岷阳镇", "蒲麻镇", "西寨镇", "梅川镇", "西江镇", "闾井镇", "十里镇", "马坞镇", "茶埠镇", "中寨镇"]
ROWS = [f"{n},{town},{300 + 7 * n},{1000 + 31 * n},{100 + 3.1 * n:.2f}" for n, town in enumerate(TOWNS, 1)]
TABLE = "\n".join(
    [
        "序号,乡镇,救助户数（户）,救助人数（人）,分配资金合计（万元）",
        *ROWS,
        "合计,,3385,10705,1170.50",
    ]
)
NOTICE = (
    "岷县应急管理局关于下达2024—2025年度冬春临时生活困难救助资金的通知\n"
    "各乡镇人民政府：\n"
    "现将2024—2025年度冬春临时生活困难救助资金分配到各乡镇，资金按每人每月200元、救助5个月测算，"
    "请于2025年1月20日前发放到户。岷阳镇受灾群众较多，分配资金最多。\n"
)
DOCS = {
    "甘肃/岷县/岷县2024—2025年度冬春临时生活困难救助资金分配表.csv": TABLE,
    "甘肃/岷县/岷县应急管理局关于下达冬春救助资金的通知.txt": NOTICE,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "totals")


def test_a_sum_asked_is_answered_by_the_total_row(retriever: Retriever) -> None:
    """(the row comes under its column names, as any table row quoted does; the column named 分配资金合计 is
    no total of its own: eval/policy23 n19, blind, had been answered by the header and the first row)"""
    found = ask(retriever, "岷县冬春临时生活困难救助资金全县一共分配了多少？")
    assert [c.unit.text for c in found.claims] == [
        "序号 | 乡镇 | 救助户数（户） | 救助人数（人） | 分配资金合计（万元）",
        "合计 | — | 3385 | 10705 | 1170.50",
    ]


def test_a_figure_not_asked_as_a_sum_is_not_the_total(retriever: Retriever) -> None:
    found = ask(retriever, "冬春临时生活困难救助资金按每人每月多少钱测算？")
    assert [c.unit.text for c in found.claims] == [
        "现将2024—2025年度冬春临时生活困难救助资金分配到各乡镇，资金按每人每月200元、救助5个月测算，"
        "请于2025年1月20日前发放到户。"
    ]


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("全县一共分配了多少", True),
        ("总共发了多少钱", True),
        ("每人每月多少钱", False),
        ("全县有几个乡镇", False),
        ("我累计献了400毫升血，以后用血能免多少", False),
        ("补贴总额是多少", True),
    ],
)
def test_which_questions_ask_a_total(question: str, total: bool) -> None:
    assert (ASKS_TOTAL.search(question) is not None) is total


@pytest.mark.parametrize(
    ("said", "total"),
    [
        ("合计 | 3385 | 10705 | 1170.50", True),
        ("通渭县共下拨冬春救助资金1260万元", True),
        ("累计发放奖励12.8万元", True),
        ("资金按每人每月200元、救助5个月测算", False),
        ("共同缔造美好家园", False),
    ],
)
def test_which_sentences_state_a_total(said: str, total: bool) -> None:
    assert (STATES_TOTAL.search(said) is not None) is total


@pytest.mark.parametrize(
    ("said", "per", "states"),
    [
        ("服务包 | 年服务费(元/人)\n高级包 | 480", "年", True),
        ("病种 | 职工医保年度支付限额(元)\n尿毒症透析 | 80000", "年", True),
        ("6.5 费用须在发生之日起30日内提交报销,跨年度费用须在次年1月15日前提交", "年", False),
        ("项目 | 2025年补贴标准(元)\n一孩 | 3600", "年", False),
        ("每人每年3600元", "年", True),
    ],
)
def test_a_yearly_sum_is_stated_per_year_or_by_a_column_named_for_its_period(
    said: str, per: str, states: bool
) -> None:
    """「…高级包一年服务费是多少?」 is answered by the row under 年服务费(元/人) (eval/policy23 n12)."""
    assert states_per(said, per) is states


def test_a_money_bound_is_not_read_from_a_duration() -> None:
    """「…每具遗体 最高 多少」: 遗体暂存（3天以内） | 150 had been read as its bound (policy23 n04)."""
    bound = asked_bound(normalize("涞源 殡仪馆 基本殡葬服务费用 减免 每具遗体 最高 多少"), "money")
    assert bound is not None
    assert bound[0].search(normalize("遗体暂存（3天以内） | 150 | 150")) is None
    assert bound[0].search(normalize("单次救助3000元以内的由乡镇审批")) is not None
    assert bound[0].search(normalize("每具遗体最高减免1250元")) is not None
    duration = asked_bound(normalize("审核最长多久"))
    assert duration is not None and duration[0].search(normalize("10个工作日内办结")) is not None


@pytest.mark.parametrize(
    ("query", "slot"),
    [("宣城泾县 生育津贴 顺产 计发天数", "number"), ("洛川 扶助 人数", "number"), ("洛川 扶助 对象", "")],
)
def test_a_keyword_query_ending_in_a_count_asks_a_number(query: str, slot: str) -> None:
    assert asked_slot(normalize(query)) == slot
