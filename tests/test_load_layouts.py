"""Layouts a reader must see through (eval/policy20, written blind): an old CMS page laid out in tables whose
article is one cell of lines broken by <br>; a page whose <h1> is the site's logo; a WeChat article exported
as Markdown; a .docx whose table sits in a cell of a layout table; a spreadsheet whose 填报单位 and 填报日期
stand above its header. Real trafilatura, python-docx and openpyxl, through indexer.load.extract."""

from __future__ import annotations

import io

import docx
import openpyxl

from indexer.chunk import PIPELINE_VERSION
from indexer.load import extract

OLD_CMS = (
    "<html><head><meta charset='utf-8'><title>关于做好求职创业补贴申领工作的公告--某市人社局</title></head>"
    "<body><table width='980'><tr><td><table><tr><td class='nav'>"
    "<a href='#'>首页</a> <a href='#'>就业创业</a>"
    "</td></tr></table></td></tr></table>"
    "<table width='980'><tr><td width='230'><table><tr><td>就业创业</td></tr>"
    "<tr><td>· 就业见习<br>· 创业担保贷款<br>· 求职创业补贴</td></tr></table></td>"
    "<td><table><tr><td class='title'><b>关于做好求职创业补贴申领工作的公告</b></td></tr>"
    "<tr><td class='content'><div id='zoom'>"
    "&nbsp;&nbsp;&nbsp;&nbsp;现将高校毕业生一次性求职创业补贴申领工作有关事项公告如下：<br>"
    "&nbsp;&nbsp;&nbsp;&nbsp;一、补贴标准<br>"
    "&nbsp;&nbsp;&nbsp;&nbsp;一次性求职创业补贴标准为每人１５００元。<br>"
    "&nbsp;&nbsp;&nbsp;&nbsp;二、申领时间<br>"
    "&nbsp;&nbsp;&nbsp;&nbsp;２０２５年１０月１３日至２０２５年１１月１４日，逾期不予受理。<br>"
    "</div></td></tr></table></td></tr></table></body></html>"
)


def test_an_article_in_a_layout_tables_cell_keeps_its_lines() -> None:
    page = extract(OLD_CMS.encode(), ".html")
    lines = [line.strip() for line in page.text.split("\n") if line.strip()]
    assert lines[-5:] == [
        "现将高校毕业生一次性求职创业补贴申领工作有关事项公告如下：",
        "一、补贴标准",
        "一次性求职创业补贴标准为每人１５００元。",
        "二、申领时间",
        "２０２５年１０月１３日至２０２５年１１月１４日，逾期不予受理。",
    ]
    assert PIPELINE_VERSION >= 5  # these pages read differently: indexes of 4 are rebuilt


def test_a_data_table_stays_a_table() -> None:
    """Two cells a row is data, not layout: its rows stay ``cell | cell`` lines."""
    html = (
        "<html><body><div><p>补贴标准如下，请申请人对照办理相关手续并按时提交材料：</p>"
        "<table><tr><th>档次</th><th>补贴（元）</th></tr><tr><td>300</td><td>45</td></tr>"
        "<tr><td>500</td><td>60</td></tr></table></div></body></html>"
    )
    rows = extract(html.encode(), ".html").text.split("\n")[-3:]
    assert rows == ["档次 | 补贴（元）", "300 | 45", "500 | 60"]


def test_a_page_whose_heading_is_the_site_is_titled_by_its_title_element() -> None:
    html = (
        "<html><head><title>泗洪县创业担保贷款及创业补贴实施办法_泗洪县人民政府</title></head><body>"
        "<h1 class='logo'>泗洪县人民政府</h1>"
        "<div class='article'><h2>泗洪县创业担保贷款及创业补贴实施办法</h2>"
        "<p>第一条 为支持城乡劳动者创业，结合本县实际，制定本办法。个人创业担保贷款最高额度为20万元。</p>"
        "</div></body></html>"
    )
    assert extract(html.encode(), ".html").title == "泗洪县创业担保贷款及创业补贴实施办法"
    # a site that puts itself first: trafilatura's title is the article's, and stays
    site_first = (
        "<html><head><title>惠州市惠城区人民政府_惠州市惠城区食品安全违法行为举报奖励实施办法</title></head>"
        "<body><div class='article'><h1>惠州市惠城区食品安全违法行为举报奖励实施办法</h1>"
        "<p>第一条 为鼓励社会公众举报食品安全违法行为，制定本办法。举报经查实的，按罚没款的5%给予奖励。</p>"
        "</div></body></html>"
    )
    assert extract(site_first.encode(), ".html").title == "惠州市惠城区食品安全违法行为举报奖励实施办法"


def test_a_markdown_export_is_titled_by_its_heading_and_reads_its_links() -> None:
    md = (
        "# 家门口找活干！平果市零工市场正式启用🎉\n\n原创 平果人社 [平果人社](javascript:void(0);) *广西*\n\n"
        "![](https://mmbiz.qpic.cn/640?wx_fmt=gif)\n\n求职登记、岗位发布全部免费！\n"
    )
    page = extract(md.encode(), ".md")
    assert page.title == "家门口找活干！平果市零工市场正式启用🎉"
    assert page.text.split("\n")[2] == "原创 平果人社 平果人社 *广西*"


def test_a_table_nested_in_a_docx_cell_is_read_after_its_row() -> None:
    document = docx.Document()
    document.add_paragraph("武安市城乡居民基本养老保险费征缴工作方案")
    layout = document.add_table(rows=2, cols=2)
    layout.cell(0, 0).text, layout.cell(0, 1).text = "项目", "内容"
    layout.cell(1, 0).text = "缴费档次和政府补贴"
    cell = layout.cell(1, 1)
    cell.text = "个人缴费设200元至5000元十个档次。政府补贴标准如下："
    inner = cell.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("缴费档次（元/年）", "政府补贴（元/年）"), ("200", "40"), ("3000", "180")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = a, b
    cell.add_paragraph("注：政府补贴全部记入参保人个人账户。")
    out = io.BytesIO()
    document.save(out)
    assert extract(out.getvalue(), ".docx").text.split("\n") == [
        "武安市城乡居民基本养老保险费征缴工作方案",
        "项目 | 内容",
        "缴费档次和政府补贴 | 个人缴费设200元至5000元十个档次。政府补贴标准如下：",
        "缴费档次（元/年） | 政府补贴（元/年）",
        "200 | 40",
        "3000 | 180",
        "注：政府补贴全部记入参保人个人账户。",
    ]


def test_a_sheets_fields_above_its_header_are_lines_not_its_column_names() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["仙居县2025年第二批职业技能提升补贴发放汇总表"])
    sheet.append(["填报单位：仙居县就业管理服务中心", None, None, "填报日期：2025年8月20日", None])
    sheet.append(["序号", "乡镇（街道）", "初级工（人）", "中级工（人）", "补贴金额（元）"])
    sheet.append([5, "白塔镇", 22, 14, 55000])
    sheet.merge_cells("A1:E1")
    sheet.merge_cells("A2:C2")
    sheet.merge_cells("D2:E2")
    out = io.BytesIO()
    book.save(out)
    assert extract(out.getvalue(), ".xlsx").text.split("\n") == [
        "仙居县2025年第二批职业技能提升补贴发放汇总表",
        "填报单位：仙居县就业管理服务中心 填报日期：2025年8月20日",
        "序号 | 乡镇（街道） | 初级工（人） | 中级工（人） | 补贴金额（元）",
        "5 | 白塔镇 | 22 | 14 | 55000",
    ]


def test_a_two_row_header_is_still_the_header() -> None:
    """A group heading above its columns (补贴标准 over two of them) names columns, with no field's colon."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["设施类型", "库容", "补贴标准", None])
    sheet.append([None, None, "每立方米（元）", "上限（万元）"])
    sheet.append(["通风贮藏库", "300立方米以下", 100, 8])
    out = io.BytesIO()
    book.save(out)
    assert extract(out.getvalue(), ".xlsx").text.split("\n")[-3:] == [
        "设施类型 | 库容 | 补贴标准 | —",
        "— | — | 每立方米（元） | 上限（万元）",
        "通风贮藏库 | 300立方米以下 | 100 | 8",
    ]
