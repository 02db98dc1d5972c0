"""A county whose name normalisation rewrites: the text citeqa reads is normalised (traditional to
simplified), which writes 乾安县 and 乾县 as 干安县 and 干县 — no place of the gazetteer. 相邻的乾安县今年
同样对秸秆覆盖免耕播种作业给予补助 had named no place, and 乾安县 was left out of 「松原哪些县区已经给…发补助
了？」 (eval/policy43 r01, written blind). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.region import places_named, regions_in
from indexer.retrieve import Retriever
from tests.policydocs import index_docs, regions

QIANAN = "吉林省松原市乾安县"


def test_a_county_normalisation_rewrites_is_named() -> None:
    assert regions_in("相邻的乾安县今年同样对秸秆覆盖免耕播种作业给予补助") == [QIANAN]
    assert regions_in("陕西乾县") == ["陕西省咸阳市乾县"]
    assert regions_in("乾隆年间") == []
    # … by its short name too, in a collection about it
    assert places_named("乾安 秸秆覆盖 补助", [QIANAN]) == [QIANAN]


CHANGLING = "长岭县2026年保护性耕作实施方案\n三、补助标准\n（一）秸秆覆盖免耕播种作业，每亩40元。\n"
ROUNDUP = (
    "护好耕地中的大熊猫 松原黑土地保护见实效\n"
    "在松原市长岭县，今年春播全县保护性耕作实施面积达到180万亩，秸秆覆盖免耕播种作业每亩补助40元。"
    "相邻的乾安县今年同样对秸秆覆盖免耕播种作业给予补助，春季作业补助已经公示。"
    "扶余市计划明年起开展保护性耕作作业补助，目前正在摸底作业机具情况。\n"
)
DOCS = {
    "吉林/长岭县/长岭县2026年保护性耕作实施方案.txt": CHANGLING,
    "新闻/护好耕地中的大熊猫.txt": ROUNDUP,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "written")


def test_the_county_is_listed(retriever: Retriever) -> None:
    assert regions(retriever, "松原哪些县区已经给秸秆覆盖免耕播种作业发补助了？只是计划的不算") == [
        "吉林省松原市乾安县",
        "吉林省松原市长岭县",
    ]
