"""A long table packs into passages as paragraphs do: a row numbered in its first cell (a 名单's
序号: 1 | 运城市第1号鑫源食品有限公司 | 6 | 2000) is the table's next row, not an item of a numbered list
— each such row had been a passage of its own up to the 99th, and a 5,000-row sheet took ~16 minutes to
index. A row in a later passage than its table's header is still read under the column names and the
caption line above them, which the answer layer finds in the document's text (server/answer/units.py
table_header, _caption, with_column_units; server/answer/absent.py with_rows). Real `citeqa index`, real
encoder."""

from __future__ import annotations

import subprocess

import openpyxl
import pytest

from indexer.chunk import ChunkConfig, chunk_text
from indexer.lines import table_header
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.absent import _column_names
from server.answer.units import _caption
from tests.conftest import CITEQA
from tests.policydocs import ask

TITLE = "运城市2025年稳岗补贴名单"  # the first line: the document's title, no passage's text
CAPTION = "经审核，以下企业获得2025年稳岗补贴："
COLUMNS = "序号 | 企业名称 | 从业人数 | 补贴金额（元） | 申报日期"


def row(n: int) -> list[object]:
    date = f"2025年{1 + n % 12}月{1 + n % 28}日"
    return [n, f"运城市第{n}号鑫源食品有限公司", 5 + n % 40, 1000 * (1 + n % 30), date]


def row_line(n: int) -> str:
    return " | ".join(str(cell) for cell in row(n))


def test_numbered_rows_pack_into_passages() -> None:
    text = "\n".join(["补贴名单", COLUMNS, *(row_line(n) for n in range(1, 31))])
    spans = chunk_text(text, ChunkConfig(), title="补贴名单")
    bodies = [text[s.start : s.end] for s in spans]
    # rows of 41-47 characters, 400 to a passage: the header and eight rows, then eight rows a passage
    assert [len(b.split("\n")) for b in bodies] == [9, 8, 8, 6]
    assert bodies[0].split("\n")[0] == COLUMNS
    assert bodies[1].split("\n")[0] == row_line(9)
    assert bodies[-1].split("\n")[-1] == row_line(30)
    assert [len(b) for b in bodies] == [373, 376, 378, 277]
    # a passage past the first reads its rows under the header as its heading
    assert [s.heading for s in spans] == ["", COLUMNS, COLUMNS, COLUMNS]


def test_an_item_after_a_table_still_starts_its_own_passage() -> None:
    # (the rule the rows are excepted from: 「二、…」 below a fee table is no row of it)
    text = "停车收费标准\n车型 | 收费\n小型车 | 5元\n大型车 | 10元\n二、停放不超过15分钟的免费。"
    bodies = [text[s.start : s.end] for s in chunk_text(text, ChunkConfig(), title="停车收费标准")]
    assert bodies == ["车型 | 收费\n小型车 | 5元\n大型车 | 10元", "二、停放不超过15分钟的免费。"]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    folder = tmp_path_factory.mktemp("table-rows-docs")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append([TITLE])
    sheet.append([CAPTION])
    sheet.append(COLUMNS.split(" | "))
    for n in range(1, 61):
        sheet.append(row(n))
    book.save(folder / "运城市稳岗补贴名单.xlsx")
    index_dir = tmp_path_factory.mktemp("table-rows-index") / "index"
    subprocess.run([CITEQA, "index", str(folder), "--index", str(index_dir)], check=True, capture_output=True)
    return Retriever(index_dir)


def test_a_sheet_of_numbered_rows_is_few_passages(retriever: Retriever) -> None:
    data = retriever.data
    assert len(data.documents) == 1
    # 60 rows: 8 passages (before: 61, the caption and each of the first 59 rows a passage of its own)
    assert len(data.starts) == 8
    text = data.texts[0]
    first = text[int(data.starts[0]) : int(data.ends[0])]
    assert first.split("\n")[:3] == [CAPTION, COLUMNS, row_line(1)]
    # every row in exactly one passage, each passage whole rows
    lines = [line for s, e in zip(data.starts, data.ends, strict=True) for line in text[s:e].split("\n")]
    assert lines == [CAPTION, COLUMNS, *(row_line(n) for n in range(1, 61))]


def test_a_row_past_the_first_passage_is_read_under_its_header_and_caption(retriever: Retriever) -> None:
    found = ask(retriever, "运城市第45号鑫源食品有限公司的补贴金额是多少？")
    assert found.answerable
    quotes = [c.unit.text for c in found.claims]
    assert row_line(45) == "45 | 运城市第45号鑫源食品有限公司 | 10 | 16000 | 2025年10月18日"
    assert row_line(45) in quotes
    unit = found.claims[quotes.index(row_line(45))].unit
    assert COLUMNS not in unit.hit.text  # the header stands in an earlier passage
    text = retriever.data.texts[0]
    assert table_header(text, unit.start) == COLUMNS
    assert _caption(text, unit.start, COLUMNS) == CAPTION
    # the row as the scorer reads it: under the caption and the column names, its figure in yuan
    assert unit.said == normalize(f"{CAPTION}\n{COLUMNS}\n{row_line(45)}")
    assert unit.stated.rpartition("\n")[2] == normalize(
        "45 | 运城市第45号鑫源食品有限公司 | 10 | 16000元 | 2025年10月18日"
    )
    # with_rows counts the row under the header line it finds
    assert _column_names(unit.said) == normalize(COLUMNS)
