"""A question naming a place is answered from passages about that place: another region's document that
repeats the question's other words thirty times must not push the place's own passage out of the evidence
(a probe: after one such upload, 「运城市拿出多少个事业编制?」 lost its 150个). Real index, real encoder, the
/ask composition."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from indexer.retrieve import Retriever
from tests.conftest import CITEQA
from tests.policydocs import ask

ARTICLES = "".join(
    f"第{n}条 为进一步加强人才队伍建设，綦江区设立人才编制周转池，拿出{79 + n}个事业编制用于引进高层次人才。"
    "对符合条件的博士研究生给予每月3000元生活补贴，硕士研究生每月2000元。\n"
    for n in range(1, 31)
)


@pytest.fixture(scope="module")
def retriever(seed_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    """The seeds and, beside them, one more region's document, indexed into a copy as a user adds it."""
    where = tmp_path_factory.mktemp("place-evidence")
    shutil.copytree(seed_index, where / "index")
    added = where / "人才新政二十条.txt"
    added.write_text(f"重庆市綦江区人才新政二十条\n发布日期：2024-05-06\n{ARTICLES}", encoding="utf-8")
    subprocess.run(
        [CITEQA, "index", str(added), "--index", str(where / "index")], check=True, capture_output=True
    )
    return Retriever(where / "index")


def test_the_places_own_passage_is_found_under_another_regions_repetitions(retriever: Retriever) -> None:
    found = ask(retriever, "运城市拿出多少个事业编制?")
    assert found.answerable is True
    assert "拿出150个事业编制" in found.answer
    assert {c.unit.hit.document.region for c in found.claims} == {"山西省运城市"}
    # the other region's own figures still answer a question about it
    qijiang = ask(retriever, "綦江区第1条拿出多少个事业编制?")
    assert "拿出80个事业编制" in qijiang.answer
