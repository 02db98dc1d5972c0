"""A figure asked as a sum of all (全县一共分配了多少) is answered by the figure stated as one — a table's
合计 row, 共下拨…万元 — not by the town's row that shares more of the question's words (eval/policy22 n09,
written blind). Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.forms import ASKS_TOTAL, STATES_TOTAL
from tests.policydocs import ask, index_docs

TOWNS = ["岷阳镇", "蒲麻镇", "西寨镇", "梅川镇", "西江镇", "闾井镇", "十里镇", "马坞镇", "茶埠镇", "中寨镇"]
ROWS = [f"{n},{town},{300 + 7 * n},{1000 + 31 * n},{100 + 3.1 * n:.2f}" for n, town in enumerate(TOWNS, 1)]
TABLE = "\n".join(
    [
        "序号,乡镇,救助户数（户）,救助人数（人）,分配资金（万元）",
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
    """(the row comes under its column names, as any table row quoted does)"""
    found = ask(retriever, "岷县冬春临时生活困难救助资金全县一共分配了多少？")
    assert [c.unit.text for c in found.claims] == [
        "序号 | 乡镇 | 救助户数（户） | 救助人数（人） | 分配资金（万元）",
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
