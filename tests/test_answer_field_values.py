"""A field's value printed on the line under its name (澜沁电器全国服务热线：/ 400-830-6688（8:00—20:00）) is
read with it: alone, the value has no word to be found by and the name nothing to answer with, and
「澜沁热水器的售后电话是多少」 was declined (measure_absent) over a manual stating it (eval/orgdocs f03,
written blind). Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.chunk import split_sentences
from indexer.retrieve import Retriever
from indexer.sentences import with_values
from tests.policydocs import ask, index_docs

MANUAL = "\n".join(
    [
        "澜沁即热式电热水器使用说明书",
        "七、保修说明",
        "1.整机保修期为3年，加热体（核心部件）保修期为6年。保修期自购机发票开具之日起计算。",
        "2.保修期外的维修，只收取配件费和上门服务费（市区上门服务费每次50元）。",
        "澜沁电器全国服务热线：",
        "400-830-6688（8:00—20:00）",
        "八、产品规格",
        "额定功率：6500W",
    ]
)


def test_a_value_line_joins_the_name_above_it() -> None:
    text = "咨询电话：\n0719-87651288\n申请材料：\n1.身份证\nwww.example.cn\n"
    joined = [text[s:e] for s, e in with_values(text, split_sentences(text))]
    # (a list's item has words: it stays apart; a line of no words under a sentence that names nothing stays)
    assert joined == ["咨询电话：\n0719-87651288", "申请材料：", "1.身份证", "www.example.cn"]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs({"澜沁电器/澜沁即热式电热水器使用说明书.txt": MANUAL}, tmp_path_factory, "field-values")


def test_the_hotline_under_its_name_answers(retriever: Retriever) -> None:
    found = ask(retriever, "澜沁热水器的售后电话是多少")
    assert found.answerable
    assert found.claims[0].unit.text == "澜沁电器全国服务热线：\n400-830-6688（8:00—20:00）"
