"""A figure asked for a kind a table row is labelled with: 「进贤 钢质渔船 回收 船体补偿 每米 多少」 is
answered by the 方案's 钢质 row (3200 under 船体补偿（元/米）), not by a reply's figure for the 木质 boat it
reckons (eval/policy41 n04, blind). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

PLAN = (
    "进贤县退捕渔船网具回收处置补偿方案\n"
    "二、渔船补偿标准\n"
    "渔船按船长和主机功率分别计算补偿，船长、功率以船舶检验证书记载为准。\n"
    "船体材质 | 船体补偿（元/米） | 主机补偿（元/千瓦） | 单船封顶（万元）\n"
    "木质 | 2400 | 260 | 5\n"
    "钢质 | 3200 | 260 | 8\n"
)
REPLY = (
    "领导留言板 我家木质渔船9米长，一共能补多少？\n"
    "答复内容：您好！根据《进贤县退捕渔船网具回收处置补偿方案》，木质渔船船体补偿每米2400元、"
    "主机补偿每千瓦260元，单船封顶5万元。\n"
)
DOCS = {
    "江西/进贤县/进贤县退捕渔船网具回收处置补偿方案.txt": PLAN,
    "江西/进贤县/领导留言板 我家木质渔船9米长，一共能补多少.txt": REPLY,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "row-named")


def test_the_row_of_the_kind_asked(retriever: Retriever) -> None:
    found = ask(retriever, "进贤 钢质渔船 回收 船体补偿 每米 多少")
    assert found.answerable
    assert [c.unit.text for c in found.claims][-1] == "钢质 | 3200 | 260 | 8"
    assert "2400" not in found.answer


def test_the_other_kind_is_answered_by_its_own_row_or_the_reply(retriever: Retriever) -> None:
    found = ask(retriever, "进贤 木质渔船 回收 船体补偿 每米 多少")
    assert found.answerable
    assert "2400" in found.answer
    assert "3200" not in found.answer
