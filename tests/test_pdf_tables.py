"""A printed table as pypdf gives it — each row a line, its cells parted by spaces — is a table: its rows are
written as cleaning writes a .docx or HTML table's (cells parted by " | "), so a row is a claim read under its
column names, not a heading. Before, 「吴江区全日制本科每月租房补贴多少元?」 (eval/policy q05) was
declined: every row of the PDF's table read as a short line without a sentence end — a section's name. Real
PDF (reportlab), real index and encoder, the /ask composition."""

from __future__ import annotations

import subprocess

import pytest

from indexer.load import extract, page_at
from indexer.reflow import table_rows
from indexer.retrieve import Retriever
from tests.conftest import CITEQA, pdf_bytes
from tests.policydocs import ask

PAGE1 = [
    "吴江区关于实施人才安居工程的若干措施",
    "二、发放租房补贴",
    "（三）对在吴江区租房居住且未享受人才公寓的人才，按月发放租房补贴，最长发放3年。",
    "（四）各层次人才补贴标准见下表：",
]
TABLE = [
    "人才层次 购房补贴 租房补贴",
    "顶尖人才 最高500万元 免租入住人才公寓",
    "博士研究生 30万元 每月1500元",
    "硕士研究生 15万元 每月1000元",
    "全日制本科 5万元 每月800元",
]
PAGE2 = [*TABLE, "三、建设人才公寓", "（五）每年新筹集人才公寓不少于1000套，租金按同地段市场租金的50%收取。"]


def test_rows_of_space_parted_cells_are_table_rows() -> None:
    assert table_rows(TABLE) == [
        "人才层次 | 购房补贴 | 租房补贴",
        "顶尖人才 | 最高500万元 | 免租入住人才公寓",
        "博士研究生 | 30万元 | 每月1500元",
        "硕士研究生 | 15万元 | 每月1000元",
        "全日制本科 | 5万元 | 每月800元",
    ]
    # a row alone, two cells, text spaced character by character, a sentence: no table
    for lines in (
        TABLE[:1],
        ["一、总体要求", "二、 主要任务"],
        ["2024 年 12 月 1 日", "2025 年 1 月 1 日"],
        ["第一条 为了 规范管理。", "第二条 本办法 适用于 全区。"],
    ):
        assert table_rows(lines) == lines


def test_a_printed_table_keeps_its_page() -> None:
    extracted = extract(pdf_bytes(["\n".join(PAGE1), "\n".join(PAGE2)]), ".pdf")
    text = extracted.text
    assert "全日制本科 | 5万元 | 每月800元" in text.split("\n")
    assert extracted.pages is not None
    assert extracted.pages[1].split("\n")[0] == "人才层次 | 购房补贴 | 租房补贴"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    folder = tmp_path_factory.mktemp("pdf-table-docs")
    path = folder / "江苏" / "吴江区" / "吴江区人才安居若干措施.pdf"
    path.parent.mkdir(parents=True)
    path.write_bytes(pdf_bytes(["\n".join(PAGE1), "\n".join(PAGE2)]))
    index_dir = tmp_path_factory.mktemp("pdf-table-index") / "index"
    subprocess.run([CITEQA, "index", str(folder), "--index", str(index_dir)], check=True, capture_output=True)
    return Retriever(index_dir)


def test_the_row_answers_under_its_column(retriever: Retriever) -> None:
    found = ask(retriever, "吴江区全日制本科每月租房补贴多少元?")
    assert found.answerable
    claim = found.claims[0].unit
    assert claim.text == "全日制本科 | 5万元 | 每月800元"
    assert page_at(claim.hit.document.pages, claim.start) == 2
