"""「剑河 涉河建设项目审批 去哪里办 哪个窗口」 asks a window: a guide's 受理地点 row naming it answers, not
a roundup's sentence of the same 审批 (剑河县已把涉河建设项目审批承诺时限压缩到8个工作日), whose 县已把涉河
had read as a place (eval/policy42 p02, written blind). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

GUIDE = (
    "<html><head><title>河道管理范围内建设项目工程建设方案审批办事指南</title></head><body>"
    "<h1>河道管理范围内建设项目工程建设方案审批办事指南</h1><table>"
    "<tr><td>事项名称</td><td>河道管理范围内建设项目工程建设方案审批（涉河建设项目审批）</td></tr>"
    "<tr><td>实施主体</td><td>剑河县水务局</td></tr>"
    "<tr><td>承诺时限</td><td>8个工作日（防洪评价技术审查时间不计入）</td></tr>"
    "<tr><td>受理地点</td><td>剑河县政务服务中心一楼水务窗口（12号）</td></tr>"
    "<tr><td>办理结果</td><td>准予许可的，出具涉河建设项目工程建设方案审批决定书</td></tr>"
    "<tr><td>收费标准</td><td>不收费</td></tr>"
    "</table></body></html>"
)
ROUNDUP = (
    "清水江畔 河湖长制从有名到有实\n"
    "剑河县已把涉河建设项目审批承诺时限压缩到8个工作日。黔东南三穗县也已压缩涉河建设项目审批时限。\n"
)
DOCS = {
    "贵州/剑河县/办事指南.html": GUIDE,
    "新闻/清水江畔 河湖长制从有名到有实.txt": ROUNDUP,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "venue")


@pytest.mark.parametrize(
    "question", ["剑河 涉河建设项目审批 去哪里办 哪个窗口", "剑河县涉河建设项目审批在哪个窗口办理？"]
)
def test_the_window_is_the_answer(retriever: Retriever, question: str) -> None:
    found = ask(retriever, question)
    assert found.answerable
    assert [c.unit.text for c in found.claims] == ["受理地点 | 剑河县政务服务中心一楼水务窗口（12号）"]


def test_how_long_is_still_the_time_limit(retriever: Retriever) -> None:
    found = ask(retriever, "剑河县涉河建设项目审批多少个工作日能办完？")
    assert found.answerable
    assert "8个工作日" in found.answer
