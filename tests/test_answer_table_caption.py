"""A table's rows are read under the sentence that introduces the table (对全职引进的高层次人才，按类别
给予安家补贴，…不低于下表标准：) and their figures in their column's unit (150 under 安家补贴（万元）):
「德清县全职引进的B类人才，安家补贴是多少？」 is answered by the B类 row, not by the next article's
企业引才奖励 for A类、B类人才 that repeats 全职引进 (eval/policy15 n02, written blind). Real index, real
encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

MEASURES = (
    "德清县关于进一步加快人才集聚的若干措施\n"
    "一、大力引进高层次人才\n"
    "第一条 人才分类。本措施所称高层次人才分为A、B、C、D四类，"
    "具体认定按照《德清县高层次人才分类目录》执行。\n"
    "第二条 高层次人才安家补贴。对全职引进的高层次人才，按类别给予安家补贴，其中A类人才实行“一事一议”，"
    "补贴不低于下表标准：\n"
    "人才类别 | 认定范围（摘要） | 安家补贴（万元） | 发放方式\n"
    "A类 | 国内外顶尖人才 | 300 | 分5年发放\n"
    "B类 | 国家级领军人才 | 150 | 分5年发放\n"
    "C类 | 省级领军人才 | 80 | 分3年发放\n"
    "D类 | 市级高层次人才 | 40 | 分3年发放\n"
    "第三条 企业引才奖励。企业全职引进A类、B类人才的，分别给予企业引才奖励50万元、30万元；"
    "通过猎头机构引进的，按猎头费用的50%给予补助，每家企业每年最高10万元。\n"
)
DOCS = {"浙江/德清县/德清县关于进一步加快人才集聚的若干措施.txt": MEASURES}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "table-caption")


def test_a_row_is_read_under_its_tables_caption_and_in_its_columns_unit(retriever: Retriever) -> None:
    found = ask(retriever, "德清县全职引进的B类人才，安家补贴是多少？")
    assert found.answerable
    assert [c.unit.text for c in found.claims] == [
        "人才类别 | 认定范围（摘要） | 安家补贴（万元） | 发放方式",
        "B类 | 国家级领军人才 | 150 | 分5年发放",
    ]
