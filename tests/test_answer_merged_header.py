"""A table whose heading spans columns has two header rows (设施类型 | 库容 | 补贴标准 above 每立方米（元） |
单个主体上限（万元）): a row is read under the row naming each of its cells, so its bare 35 is 35万元 of the
单个主体上限 (eval/policy19 n08, written blind: the 注 line 「单个主体补贴总额不超过…30%」 had answered)."""

from __future__ import annotations

import pytest

from indexer.lines import column_names, table_header
from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs
from tests.test_webpage_spans import GUIDE, ROWS

TEXT = "补贴标准如下：\n" + "\n".join(ROWS) + "\n【咨询电话】0539-5211637"


def test_the_row_naming_every_cell_is_the_header() -> None:
    row = TEXT.index("气调贮藏库")
    assert table_header(TEXT, row) == ROWS[0]  # the table's first row, as the index reads it
    assert column_names(TEXT, row) == ROWS[1]
    # a first row naming every cell stays the header; a line that is no row has none
    plain = "人才类别 | 租房补贴 | 购房补贴\n博士 | 每月3000元 | 20万元\n硕士 | 每月2000元 | 10万元"
    assert column_names(plain, plain.index("硕士")) == "人才类别 | 租房补贴 | 购房补贴"
    assert column_names(TEXT, 0) is None


@pytest.fixture(scope="module")
def guides(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(
        {
            "山东/兰陵县/办事指南.html": GUIDE,
            "山东/兰陵县/电商通知.txt": "兰陵县电子商务进农村扶持资金申报通知\n"
            "网络零售额500万元以上的，奖励5万元；从兰陵县农村发出的农产品快递，每单补贴0.5元。",
        },
        tmp_path_factory,
        "merged-header",
    )


def test_a_rows_cap_is_read_under_its_column(guides: Retriever) -> None:
    found = ask(guides, "兰陵县 气调贮藏库 补贴 单个主体 上限")
    assert found.answerable
    assert "气调贮藏库 | 不分库容 | 400 | 35" in found.answer
    # the row's figure is quoted with the row naming its columns: 35 is the 单个主体上限（万元）
    assert found.answer.index(ROWS[1]) < found.answer.index("气调贮藏库")
