"""Where a question asks, read closely.

- The 几 of 十几年 or 好几次 is a number the asker states, not asked; 哪几天 asks days on the calendar.
- A table's row is read under its column names also when the sentence introducing the table stands above
  them (a row of a supported header is itself evidence: absent.with_rows).

Real index (the collection's own files, indexed by the real CLI), real encoder, the /ask composition."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from indexer.asked import asked_slot
from indexer.measures import asked_measure
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from server.answer.absent import with_rows
from server.answer.compose import DEFAULT_CONFIG, analyse, retrieve
from server.answer.units import RetrievedTexts, candidate_units
from tests.conftest import CITEQA

HANDBOOK = PROJECT_ROOT / "eval" / "orgdocs" / "docs" / "公司" / "华展科技" / "员工手册（2024版）.docx"


@pytest.fixture(scope="module")
def handbook(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    folder = tmp_path_factory.mktemp("handbook-docs")
    shutil.copy(HANDBOOK, folder / HANDBOOK.name)
    index_dir = tmp_path_factory.mktemp("handbook-index") / "index"
    subprocess.run([CITEQA, "index", str(folder), "--index", str(index_dir)], check=True, capture_output=True)
    return Retriever(index_dir)


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("涪陵区招社区工作者，哪几天报名？", "date"),
        ("西陵区今年小学一年级网上报名是哪几天", "date"),
        ("社保补贴哪几个月发？", "date"),
        ("我爸今年64歲，在殷都區住了十幾年，能參加那個老年人免費體檢嗎？", ""),
        ("我好几次去窗口都没办成，能网上申请吗？", ""),
        ("一年能休几天年假？", "number"),
    ],
)
def test_what_a_question_asks(question: str, slot: str) -> None:
    assert asked_slot(normalize(question)) == slot


def test_a_stated_number_is_no_measure_asked() -> None:
    assert asked_measure(normalize("住了十几年，补贴每月多少钱？")) == "money"
    assert asked_measure(normalize("在这里干了十几年，能休几天？")) == "duration"


def test_rows_under_a_supported_header_below_the_tables_introduction(handbook: Retriever) -> None:
    question = analyse(handbook, "我在华展干满6年了，一年能休几天年假？")
    evidence = retrieve(handbook, question, 5, DEFAULT_CONFIG).evidence
    units = candidate_units(RetrievedTexts(handbook), evidence, question, DEFAULT_CONFIG)
    header = [u for u in units if u.text == "司龄 | 年休假（天）"]
    assert len(header) == 1
    # each row is read under the table's introduction and its column names …
    rows = [u for u in units if u.said.startswith("4.1 员工在本公司连续工作满1年后享受带薪年休假")]
    assert rows[0].said.split("\n")[1] == "司龄 | 年休假(天)"
    # … and the header's support carries every row of its table, none of the other sentences
    assert sorted(u.text for u in with_rows(units, header)) == [
        "司龄 | 年休假（天）",
        "满10年及以上 | 15",
        "满1年不满3年 | 5",
        "满3年不满5年 | 8",
        "满5年不满10年 | 12",
    ]
