"""An HTML table's cell spanning rows (rowspan) is read in every row it spans, so each row states its figures
whole on its own line — a 办事指南 whose 单个主体上限 of 35万元 spans three rows (eval/policy19 n08, written
blind). Real trafilatura and lxml: through read_page and page_text alike."""

from __future__ import annotations

from indexer.chunk import PIPELINE_VERSION
from indexer.webpage import page_text, read_page

GUIDE = (
    "<html><head><title>农产品产地冷藏保鲜设施建设补贴办事指南_兰陵县人民政府</title></head><body>"
    "<div class='art'><h1>农产品产地冷藏保鲜设施建设补贴办事指南</h1>"
    "<p>【补贴对象】在本县从事农产品生产的家庭农场、农民合作社。按设施类型和库容实行定额补贴，标准如下：</p>"
    "<table border='1'>"
    "<tr><th rowspan='2'>设施类型</th><th rowspan='2'>库容</th><th colspan='2'>补贴标准</th></tr>"
    "<tr><th>每立方米（元）</th><th>单个主体上限（万元）</th></tr>"
    "<tr><td rowspan='2'>通风贮藏库</td><td>300立方米以下</td><td>100</td><td rowspan='2'>8</td></tr>"
    "<tr><td>300立方米及以上</td><td>120</td></tr>"
    "<tr><td rowspan='2'>机械冷藏库</td><td>500立方米以下</td><td>200</td><td rowspan='3'>35</td></tr>"
    "<tr><td>500立方米及以上</td><td>240</td></tr>"
    "<tr><td>气调贮藏库</td><td>不分库容</td><td>400</td></tr>"
    "<tr><td colspan='4'>注：单个主体补贴总额不超过设施建设总造价的30%。</td></tr>"
    "</table><p>【咨询电话】0539-5211637</p></div></body></html>"
)
ROWS = [
    "设施类型 | 库容 | 补贴标准",
    "设施类型 | 库容 | 每立方米（元） | 单个主体上限（万元）",
    "通风贮藏库 | 300立方米以下 | 100 | 8",
    "通风贮藏库 | 300立方米及以上 | 120 | 8",
    "机械冷藏库 | 500立方米以下 | 200 | 35",
    "机械冷藏库 | 500立方米及以上 | 240 | 35",
    "气调贮藏库 | 不分库容 | 400 | 35",
    "注：单个主体补贴总额不超过设施建设总造价的30%。",
]


def _rows(text: str) -> list[str]:
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("设施类型"))
    return lines[first : first + len(ROWS)]


def test_a_cell_spanning_rows_is_read_in_each_row() -> None:
    assert _rows(read_page(GUIDE).text) == ROWS
    assert _rows(page_text(GUIDE)) == ROWS
    assert PIPELINE_VERSION >= 4  # the text of such a page changed: indexes of 3 are rebuilt


def test_spans_a_page_gets_wrong_are_read_as_far_as_they_go() -> None:
    """rowspan="0", "abc" or "9999", a span past the table's end and a short row: each cell is read once
    where it stands, a span reaching past the last row ends there, nothing is lost or raised."""
    odd = (
        "<html><body><table>"
        "<tr><td rowspan='abc'>甲</td><td rowspan='9999'>乙</td><td rowspan='0'>丙</td></tr>"
        "<tr><td>丁</td></tr>"
        "<tr><td>戊</td><td>己</td><td>庚</td></tr>"
        "</table></body></html>"
    )
    assert page_text(odd).splitlines() == ["甲 | 乙 | 丙", "丁 | 乙", "戊 | 乙 | 己 | 庚"]


def test_a_table_without_spans_reads_as_before() -> None:
    plain = (
        "<html><body><table><tr><td>一</td><td>二</td></tr>"
        "<tr><td>三</td><td>四</td></tr></table></body></html>"
    )
    assert page_text(plain).splitlines() == ["一 | 二", "三 | 四"]
