"""A table that runs on across passages: a row quoted from the second passage is preceded by the table's
column names quoted from the first, cited by that passage (eval/policy13 n08, written blind: 「…银龄安康的
住院津贴一天给多少？」 was answered with 意外住院津贴（每天） | 30 | 50 alone — which figure is this
year's, and in what unit, only the column names say). Real index, real encoder."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

COLUMNS = "保障项目 | 2023年度 | 2024年度"
ROWS = [
    f"第{n}类意外伤残等级（{n}级）给付标准说明 | {20000 - n * 1000} | {30000 - n * 1000}"
    for n in range(1, 11)
]
PLAN = "\n".join(
    [
        "月湖区2024年度老年人意外伤害保险（银龄安康工程）实施方案",
        "一、投保对象：具有月湖区户籍的60周岁以上特困供养人员、城乡低保老年人，由区财政统一出资投保。",
        "二、保障内容（单位：元）",
        COLUMNS,
        *ROWS,
        "意外住院津贴（每天） | 30 | 50",
        "三、保险期间",
        "2024年3月1日零时至2025年2月28日24时。",
    ]
)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs({"月湖区/银龄安康.txt": PLAN}, tmp_path_factory, "table-across")


def test_the_column_names_come_from_the_passage_before(retriever: Retriever) -> None:
    found = ask(retriever, "月湖区银龄安康的意外住院津贴一天给多少？")
    assert found.answerable
    quotes = [c.unit.text for c in found.claims]
    assert "意外住院津贴（每天） | 30 | 50" in quotes
    header = found.claims[quotes.index(COLUMNS)].unit
    row = found.claims[quotes.index("意外住院津贴（每天） | 30 | 50")].unit
    assert header.hit.passage_id != row.hit.passage_id  # the table runs on into the next passage
    assert header.hit.start <= header.start and header.end <= header.hit.end  # its passage holds it
    assert quotes.index(COLUMNS) < quotes.index("意外住院津贴（每天） | 30 | 50")
