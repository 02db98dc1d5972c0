"""Writes eval/policy19/docs: a nineteenth probe collection (25 files), 农业农村 — the subsidies, loans and
services farmers ask about (耕地地力保护补贴 and 实际种粮农民一次性补贴, 农机购置与应用补贴 and 报废更新补贴,
农产品产地冷藏保鲜设施 and 农村电商 补贴, 高标准农田 建后管护, 农业保险 保费补贴 and 理赔, 农村宅基地 审批,
生猪规模养殖场 奖补, 家庭农场 and 农民合作社 奖补, “富民贷” 乡村振兴贴息贷款, 农村危房改造, 高素质农民培育)
of eight new regions, as farmers (through chat tools), agents and analysts bring them. Run once; the files are
committed as data.

Written blind (before citeqa was run on it, without reading how it answers). The same measures recur in several
regions' documents and in four news roundups, each roundup naming one region that has only planned a measure
(故城县, 监利市, 田东县, 汨罗市; the second roundup a second one, 仪陇县) and one named only in passing (榆树市,
夏邑县, 缙云县, 怀远县). The documents: a 内黄县 2025 耕地地力保护补贴 and 一次性补贴 通知 beside the 2024
实施方案 whose figures it replaces, a 12345 reply (letter and reply each of several paragraphs) on who gets the
subsidies of rented land, and the 2025 发放汇总表 as an .xlsx (a merged title row, units only in the header
row, a 合计 row, a second sheet); a 五常市 农机购置与应用补贴 实施方案 .docx whose tables state their units
only in the header, with a browser's copy (…(1).docx) in 下载/, and a 政策问答 page of short answers; a 兰陵县
冷藏保鲜设施 guide of 【字段】 lines named 办事指南.html, a 电商 扶持资金 通知 and a 领导留言板 reply on
高标准农田 repairs; a 颍上县 农业保险 实施方案 as a reportlab PDF hard-wrapped at 28 characters so that figures
are split, and a 领导留言板 reply on a wheat claim; a 蓬溪县 宅基地 guide of key-value rows, also named
办事指南.html; a 湘阴县 家庭农场和农民合作社 奖补办法 beside its 征求意见稿 whose figures differ; a 鄱阳县
“富民贷” 政策解读 of 问/答 pairs and a GBK 危房改造 方案 .txt with space-aligned columns; a 永春县 高素质农民
article on a 侨乡 news site in traditional script; an exact duplicate of a roundup in 下载/; an empty file.

New messiness none of eval/policy .. eval/policy18 had:
- an HTML table with merged cells (兰陵县 办事指南.html): a two-row header whose 补贴标准 spans two columns
  (colspan) over 每立方米（元） and 单个主体上限（万元）, 设施类型 cells spanning their 库容 rows (rowspan), one
  上限 cell spanning three rows of two 设施类型 (so the 气调贮藏库 row has no 上限 cell of its own), and a
  note row spanning all four columns;
- a .csv export (蓬溪县 生猪规模养殖场 奖补资金 拟安排表) with a UTF-8 byte-order mark, CRLF line ends, a title
  line above the header, a 合计 row and trailing note rows whose other cells are empty;
- a page rendered by script (兰陵县 电商 通知) whose article text stands twice: in a window.__INITIAL_STATE__
  JSON blob inside <script> (its markup escaped as \\u003C…\\u003E) and in the visible article <div>.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import datetime
from decimal import Decimal
from functools import partial
from pathlib import Path

import opencc
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab import rl_config

from eval import policy_make
from eval.policy_make import Collection, hard_wrap, paras
from eval.policy_make import kv_table as _kv_table

DOCS = Path(__file__).resolve().parent / "docs"
_COLLECTION = Collection(DOCS)
write = _COLLECTION.write
rl_config.invariant = (
    1  # no creation date or random document id in the PDF: a second run writes the same bytes
)

PDF_WIDTH = 28
PDF_LINES = 34
STAMP = (2025, 9, 12, 0, 0, 0)


def write_docx(rel: str, blocks: list, header: str = "", footer: str = "") -> None:
    _COLLECTION.write_docx(rel, blocks, header, footer, stamp=STAMP)


def write_pdf(rel: str, pages: list[str], header: str) -> None:
    for n, page in enumerate(pages, 1):
        lines = len(hard_wrap(page, PDF_WIDTH))
        assert lines <= PDF_LINES, f"{rel} page {n}: {lines} lines"
    _COLLECTION.write_pdf(rel, pages, header, PDF_WIDTH, lambda n, total: f"- {n} -", 290)


def restamp(path: Path) -> None:
    """Every zip entry of an Office file given one time, so that a second run writes the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl writes the time of saving as dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-07-03T08:30:00Z", data)
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), data, zipfile.ZIP_DEFLATED)


def kv_table(text: str) -> str:
    return _kv_table(text, 'class="bsznTable" border="1" cellspacing="0" cellpadding="6" width="100%"')


class Site:
    """One county portal: its names, navigation, address and footer (each site its own)."""

    def __init__(
        self, name: str, icp: str, code: str, police: str, nav: str, host: str, addr: str, related: list[str]
    ) -> None:
        self.name, self.icp, self.code, self.police, self.nav = name, icp, code, police, nav
        self.host, self.addr, self.related = host, addr, related


NH = Site(
    "内黄县人民政府",
    "豫ICP备05017368号-1",
    "4105270001",
    "豫公网安备 41052702000091号",
    "首页|走进内黄|政务公开|政务服务|互动交流|乡村振兴",
    "内黄县大数据管理局",
    "内黄县人民路与繁荣大道交叉口",
    ["关于做好2025年“三夏”生产工作的通知", "内黄县2025年小麦“一喷三防”技术指导意见"],
)
WC = Site(
    "五常市人民政府",
    "黑ICP备05002746号-1",
    "2301840001",
    "黑公网安备 23018402000037号",
    "首页|魅力五常|政务公开|政务服务|政民互动|五常大米",
    "五常市营商环境建设监督局",
    "五常市五常镇胜利街",
    ["五常市2025年春耕生产农机检修工作方案", "五常大米地理标志保护工作动态"],
)
LL = Site(
    "兰陵县人民政府",
    "鲁ICP备05031187号-1",
    "3713240001",
    "鲁公网安备 37132402000156号",
    "首页|走进兰陵|政务公开|政务服务|政民互动|中国蔬菜之乡",
    "兰陵县大数据中心",
    "兰陵县卞庄街道文化路",
    ["兰陵县2025年蔬菜产业高质量发展工作要点", "关于做好秋季农业生产工作的通知"],
)
YS = Site(
    "颍上县人民政府",
    "皖ICP备05012093号-2",
    "3412260001",
    "皖公网安备 34122602000068号",
    "首页|颍上概况|信息公开|政务服务|互动交流|管仲故里",
    "颍上县数据资源管理局",
    "颍上县慎城镇管仲大道",
    ["颍上县2025年夏粮收购工作方案", "关于做好汛期农业生产防灾减灾工作的通知"],
)
PX = Site(
    "蓬溪县人民政府",
    "蜀ICP备05025514号-1",
    "5109210001",
    "川公网安备 51092102000043号",
    "首页|走进蓬溪|政务公开|政务服务|政民互动|书法之乡",
    "蓬溪县政务服务和大数据管理局",
    "蓬溪县赤城镇上河街",
    ["蓬溪县农村乱占耕地建房问题整治工作方案", "蓬溪县2025年生猪稳产保供工作方案"],
)
XY = Site(
    "湘阴县人民政府",
    "湘ICP备05008865号-1",
    "4306240001",
    "湘公网安备 43062402000075号",
    "首页|湘阴概况|政务公开|办事服务|互动交流|左公故里",
    "湘阴县数据资源局",
    "湘阴县文星镇湘滨北路",
    ["湘阴县2025年粮食生产工作方案", "湘阴县新型农业经营主体培育工作推进会召开"],
)
PY = Site(
    "鄱阳县人民政府",
    "赣ICP备05010427号-1",
    "3611280001",
    "赣公网安备 36112802000052号",
    "首页|鄱阳概况|政务公开|政务服务|政民互动|湖城鄱阳",
    "鄱阳县政务服务数据管理局",
    "鄱阳县鄱阳镇饶州大道",
    ["鄱阳县2025年巩固拓展脱贫攻坚成果工作要点", "关于开展农村金融服务站星级评定的通知"],
)


def gov_page(
    site: Site,
    title: str,
    crumb: str,
    date: str,
    source: str,
    body: str,
    extra: str = "",
    files: list[str] | None = None,
) -> str:
    """A county portal's article (this collection's furniture: a top bar of 无障碍 / 长者模式 / 手机版, a banner
    with 站内搜索, the navigation, 当前位置, an info line of 发布日期 / 信息来源 / 字号, 附件, a share bar,
    打印本页 关闭窗口, 相关文章 and a footer of 主办单位, ICP, 网站标识码 and address)."""
    nav = "".join(f"<li><a>{n}</a></li>" for n in site.nav.split("|"))
    fj = "".join(f'<li><a href="javascript:;">{f}</a></li>' for f in files or [])
    fj_block = f'<div class="art-fj"><span>附件下载：</span><ul>{fj}</ul></div>' if fj else ""
    rel = "".join(f"<li><a>{r}</a></li>" for r in site.related)
    extra_span = f"<span>{extra}</span>" if extra else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ColumnName" content="{crumb.split(" &gt; ")[-1]}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery.min.js"></script>
<script>var SITE_ID = "{site.code}"; var COLUMN = "{crumb.split(" &gt; ")[-1]}";</script>
</head>
<body>
<div class="gov-top"><div class="w1200"><span class="welcome">您好，欢迎访问{site.name}网站</span><a>无障碍</a><a>长者模式</a><a>手机版</a><a>政务微信</a><a>政务微博</a></div></div>
<div class="gov-banner"><div class="logo">{site.name}</div><div class="search"><input type="text" placeholder="请输入关键词"><button>站内搜索</button></div></div>
<div class="gov-nav"><ul>{nav}</ul></div>
<div class="gov-crumb">当前位置：<a>首页</a> &gt; {crumb}</div>
<div class="gov-article">
<div class="art-title">{title}</div>
<div class="art-info"><span>发布日期：{date}</span><span>信息来源：{source}</span>{extra_span}<span>字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div class="art-con" id="Zoom">
{body}
</div>
{fj_block}
<div class="art-share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a></div>
<div class="art-print"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="gov-related"><h4>相关文章</h4><ul>{rel}</ul></div>
<div class="gov-foot">
<p><a>网站地图</a>｜<a>联系我们</a>｜<a>网站纠错</a>｜<a>隐私声明</a></p>
<p>主办单位：{site.name}办公室　承办单位：{site.host}</p>
<p>{site.icp}　{site.police}　网站标识码：{site.code}</p>
<p>地址：{site.addr}　建议使用1366×768分辨率浏览</p>
<span id="_ideConac">党政机关</span>
</div>
</body>
</html>
"""


def letter_page(
    site: Site,
    title: str,
    crumb: str,
    info: list[tuple[str, str]],
    letter: str,
    unit: str,
    replied: str,
    reply: str,
) -> str:
    """A 12345 / 领导留言板 letter and its reply, each of several paragraphs, under an info table."""
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in info)
    body = f"""<div class="mail-detail">
<table class="mail-info">{rows}</table>
<div class="mail-ask"><h4>来信内容</h4>
{paras(letter)}
</div>
<div class="mail-reply"><h4>回复内容</h4>
<div class="reply-meta">回复单位：{unit}　回复时间：{replied}</div>
{paras(reply)}
</div>
<div class="mail-eval">满意度评价：<a>满意</a> <a>基本满意</a> <a>不满意</a></div>
</div>"""
    return gov_page(site, title, crumb, info[2][1] if len(info) > 2 else replied, "互动交流", body)


news_page = partial(policy_make.news_page, crumb="新闻中心 &gt; 三农")  # a news site's article

# ---------------------------------------------------------------------------------------------------------
# 1-4 内黄县: the 2025 通知 beside the 2024 实施方案, a 12345 reply on rented land, the 发放汇总表 .xlsx
# ---------------------------------------------------------------------------------------------------------

NH_TITLE = "关于做好2025年耕地地力保护补贴和实际种粮农民一次性补贴发放工作的通知"
NH_XLSX = "内黄县2025年耕地地力保护补贴和实际种粮农民一次性补贴发放汇总表"
write(
    f"河南/内黄县/{NH_TITLE}.html",
    gov_page(
        NH,
        NH_TITLE,
        "政务公开 &gt; 通知公告",
        "2025-04-18",
        "内黄县农业农村局",
        paras("""
各乡（镇）人民政府，县直有关单位：
根据河南省农业农村厅、河南省财政厅有关文件要求，为做好2025年耕地地力保护补贴和实际种粮农民一次性补贴发放工作，现将有关事项通知如下：
一、补贴对象。耕地地力保护补贴对象原则上为拥有耕地承包权的种地农民；承包地流转的，补贴发放给承包户，流转双方另有约定的，从其约定。实际种粮农民一次性补贴对象为实际承担种粮成本的农民，包括利用自有承包地种粮的农民，以及流转土地种粮的大户、家庭农场、农民合作社、农业企业等新型农业经营主体。
二、补贴依据和标准。耕地地力保护补贴以二轮承包耕地面积为基础，2025年补贴标准为每亩113元。实际种粮农民一次性补贴按2025年小麦实际种植面积计算，补贴标准为每亩15元。
三、不予补贴的情形。已作为畜牧养殖场使用的耕地、林地、成片粮田转为设施农业用地、非农业征（占）用耕地等已改变用途的耕地，连续撂荒2年以上的耕地，以及占补平衡中“补”的面积和质量达不到耕种条件的耕地，不予补贴。
四、面积申报和公示。各村于2025年5月10日前完成补贴面积申报和核实，补贴面积、补贴金额在村务公开栏公示不少于5天，公示无异议后由乡（镇）汇总报县农业农村局。
五、资金发放。补贴资金通过惠民惠农财政补贴资金“一卡通”直接发放到户，2025年6月30日前全部兑付到位。任何单位和个人不得截留、挤占、挪用补贴资金，不得用补贴资金抵扣农户欠款。
六、监督举报。农户对补贴面积、补贴金额有异议的，可以向所在乡（镇）反映，也可以拨打县农业农村局监督电话0372-7882136。
内黄县农业农村局　内黄县财政局
2025年4月18日
"""),
        extra="文号：内农〔2025〕19号",
        files=[f"{NH_XLSX}.xlsx"],
    ),
)

write(
    "河南/内黄县/内黄县2024年耕地地力保护补贴实施方案.html",
    gov_page(
        NH,
        "内黄县2024年耕地地力保护补贴实施方案",
        "政务公开 &gt; 政策文件",
        "2024-04-22",
        "内黄县农业农村局",
        paras("""
为落实国家强农惠农富农政策，保护耕地地力，调动农民种粮积极性，制定本方案。
一、补贴对象。耕地地力保护补贴对象原则上为拥有耕地承包权的种地农民。实际种粮农民一次性补贴对象为实际承担种粮成本的种粮农民和新型农业经营主体。
二、补贴标准。2024年耕地地力保护补贴标准为每亩105元；实际种粮农民一次性补贴标准为每亩12元。
三、面积核实和公示。以二轮承包耕地面积为基础核实补贴面积，在村务公开栏公示不少于7天。
四、资金发放。补贴资金于2024年7月15日前通过惠民惠农财政补贴资金“一卡通”发放到户。
五、本方案仅适用于2024年度补贴发放工作。
内黄县农业农村局　内黄县财政局
2024年4月22日
"""),
        extra="文号：内农〔2024〕23号",
    ),
)

write(
    "河南/内黄县/12345热线：流转土地种粮，种粮补贴到底该给谁？.html",
    letter_page(
        NH,
        "流转土地种粮，种粮补贴到底该给谁？",
        "互动交流 &gt; 12345热线",
        [
            ("信件标题", "流转土地种粮，种粮补贴到底该给谁？"),
            ("来信人", "王**"),
            ("来信时间", "2025-04-27"),
            ("工单编号", "AY12345-20250427-1063"),
        ],
        """
我是内黄县井店镇的种粮户。2023年我从本村12户人家流转了86亩地，种小麦和玉米，合同签了5年，流转费每亩每年700元，合同里没有写补贴归谁。
今年村里开始报补贴面积，村干部说耕地地力保护补贴要发给原来的承包户，我这个实际种地的一分也拿不到。可是地是我在种，种子、化肥、浇地、收割都是我出钱，国家发补贴本来就是为了鼓励种粮，为什么不发给种地的人？
请问：我流转来的地，耕地地力保护补贴到底该给谁？还有没有别的补贴是我能领的？要怎么申请？
""",
        "内黄县农业农村局",
        "2025-04-30",
        """
您好！您反映的问题已收悉，经核实，现答复如下：
一、关于耕地地力保护补贴。按照《关于做好2025年耕地地力保护补贴和实际种粮农民一次性补贴发放工作的通知》，耕地地力保护补贴对象原则上为拥有耕地承包权的种地农民，承包地流转的，补贴发放给承包户；流转双方另有约定的，从其约定。您与12户承包户签订的流转合同没有约定补贴归属，耕地地力保护补贴应当发放给承包户。
二、关于实际种粮农民一次性补贴。该补贴发放给实际承担种粮成本的种粮者，流转土地种粮的大户也在补贴范围内。您流转的86亩耕地今年种植小麦，一次性补贴由您申领，按每亩15元计算，共计1290元。请于2025年5月10日前持土地流转合同、本人身份证和“一卡通”到村委会申报小麦种植面积。
三、今后签订或者续签流转合同时，建议双方在合同中明确补贴归属，避免产生纠纷。
如对补贴面积有异议，可以拨打县农业农村局监督电话0372-7882136。感谢您对农业农村工作的支持！
""",
    ),
)

# the 汇总表: 乡镇, 农户数（户）, 补贴面积（亩）, 补贴标准（元/亩）, 补贴金额（元）; areas with one decimal
NH_ROWS = [
    ("城关镇", 5863, "38250.6"),
    ("东庄镇", 7412, "52108.4"),
    ("井店镇", 8025, "61377.2"),
    ("梁庄镇", 6950, "49826.5"),
    ("后河镇", 6208, "44015.3"),
    ("楚旺镇", 7736, "57690.8"),
    ("田氏镇", 5391, "40233.9"),
    ("二安镇", 6617, "47502.1"),
]
NH_WHEAT = [
    ("城关镇", "31506.2"),
    ("东庄镇", "45873.0"),
    ("井店镇", "55214.6"),
    ("梁庄镇", "42960.4"),
    ("后河镇", "37108.7"),
    ("楚旺镇", "50233.5"),
    ("田氏镇", "33871.2"),
    ("二安镇", "40516.8"),
]


def write_xlsx(rel: str) -> None:
    """The 汇总表: a merged title row, the units only in the header row, a 合计 row and a 制表 note, and a second
    sheet of the 一次性补贴 by 乡镇."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "耕地地力保护补贴"
    ws.append([f"{NH_XLSX}（一）耕地地力保护补贴"])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["序号", "乡（镇）", "农户数（户）", "补贴面积（亩）", "补贴标准（元/亩）", "补贴金额（元）"])
    households, area, money = 0, Decimal(0), Decimal(0)
    for i, (town, n, a) in enumerate(NH_ROWS, 1):
        amount = Decimal(a) * 113
        ws.append([i, town, n, float(Decimal(a)), 113, float(amount)])
        households, area, money = households + n, area + Decimal(a), money + amount
    ws.append(["合计", "", households, float(area), "", float(money)])
    ws.append(["制表单位：内黄县农业农村局　制表时间：2025年7月3日　说明：补贴金额＝补贴面积×补贴标准。"])
    ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
    for col, w in zip("ABCDEF", [6, 12, 14, 16, 18, 18], strict=True):
        ws.column_dimensions[col].width = w
    once = wb.create_sheet("实际种粮农民一次性补贴")
    once.append(["乡（镇）", "小麦种植面积（亩）", "补贴标准（元/亩）", "补贴金额（元）"])
    total_area, total_money = Decimal(0), Decimal(0)
    for town, a in NH_WHEAT:
        amount = Decimal(a) * 15
        once.append([town, float(Decimal(a)), 15, float(amount)])
        total_area, total_money = total_area + Decimal(a), total_money + amount
    once.append(["合计", float(total_area), "", float(total_money)])
    wb.properties.creator = "内黄县农业农村局"
    wb.properties.created = wb.properties.modified = datetime(2025, 7, 3, 8, 30, 0)
    buf = io.BytesIO()
    wb.save(buf)
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    restamp(path)


write_xlsx(f"河南/内黄县/{NH_XLSX}.xlsx")

# ---------------------------------------------------------------------------------------------------------
# 5-7 五常市 农机购置与应用补贴: the 实施方案 .docx (units only in the header), its browser copy, a 政策问答
# ---------------------------------------------------------------------------------------------------------

WC_TITLE = "五常市2025—2026年农机购置与应用补贴实施方案"
WC_BLOCKS: list = [
    "五常市农业农村局　五常市财政局",
    f"# {WC_TITLE}",
    "## 一、补贴对象",
    "从事农业生产的个人和农业生产经营组织（以下简称购机者），包括农村集体经济组织、农民专业合作经济组织、农业企业和其他从事农业生产的组织。",
    "## 二、补贴方式",
    "实行自主购机、定额补贴、先购后补、县级结算、直补到卡（户）。购机者先全款购买机具，再申请补贴；补贴资金通过惠民惠农财政补贴资金“一卡通”或者购机者的对公账户发放。",
    "## 三、补贴标准",
    "一般补贴机具补贴额测算比例不超过30%，单台（套）机具补贴额不超过15万元。补贴机具须为列入黑龙江省补贴范围、具有有效推广鉴定证书的新机具。部分机具补贴额见表1。",
    "表1　部分机具补贴额一览表",
    [
        ["品目", "分档名称", "补贴额（元/台）"],
        ["轮式拖拉机", "100—110马力四轮驱动", "22000"],
        ["轮式拖拉机", "200—220马力四轮驱动", "52000"],
        ["水稻插秧机", "6行高速乘坐式", "9800"],
        ["谷物联合收割机", "喂入量6kg/s及以上履带式", "40000"],
        ["植保无人驾驶航空器", "载药量20L及以上", "9000"],
        ["秸秆粉碎还田机", "作业幅宽2m及以上", "3200"],
        ["方草捆打捆机", "自走式", "16000"],
    ],
    "## 四、报废更新补贴",
    "购机者报废在用的拖拉机、联合收割机、水稻插秧机等老旧农业机械，并在报废后购买同类新机具的，在享受购置与应用补贴的同时，可以申领报废补贴，标准见表2。",
    "表2　老旧农机报废补贴标准",
    [
        ["报废机具种类", "功率或型式", "报废补贴（元/台）"],
        ["拖拉机", "20马力以下", "1500"],
        ["拖拉机", "50—80马力", "7000"],
        ["拖拉机", "100马力及以上", "18000"],
        ["联合收割机", "喂入量6kg/s及以上", "20000"],
        ["水稻插秧机", "6行及以上乘坐式", "3000"],
    ],
    "## 五、申请和兑付",
    "购机者在购机后登录“黑龙江省农机购置与应用补贴申请系统”或者到五常市农业技术推广中心农机窗口提出申请。当年购买的机具，须在2025年12月10日前提出补贴申请。市农业农村局会同市财政局自受理之日起15个工作日内完成审核，审核通过后直补到卡（户）。",
    "## 六、监督管理",
    "享受补贴的机具2年内不得转卖、转让；违规转卖、转让的，追回补贴资金，并取消购机者2年内享受补贴的资格。",
    "咨询电话：五常市农业技术推广中心农机窗口　0451-53521234",
]
write_docx(
    f"黑龙江/五常市/{WC_TITLE}.docx", WC_BLOCKS, header="五常市农业农村局文件", footer="五常农发〔2025〕6号"
)
write_docx(f"下载/{WC_TITLE}(1).docx", WC_BLOCKS, header="五常市农业农村局文件", footer="五常农发〔2025〕6号")

write(
    "黑龙江/五常市/五常市农机购置与应用补贴政策问答.html",
    gov_page(
        WC,
        "五常市农机购置与应用补贴政策问答",
        "政务公开 &gt; 政策解读",
        "2025-03-20",
        "五常市农业农村局",
        paras("""
问：哪些人可以申请农机购置与应用补贴？
答：从事农业生产的个人和农业生产经营组织都可以申请。
问：是先买机器再申请补贴吗？
答：是。实行先购后补，购机者全款购机后申请，审核通过后补贴直补到卡。
问：买二手农机能申请补贴吗？
答：不能。补贴只针对列入补贴范围的新机具。
问：同一品目一年能补几台？
答：同一购机者在同一年度内，同一品目机具原则上限补1台（套）；植保无人驾驶航空器限补2台。
问：补贴申请最晚什么时候交？
答：当年购机的，2025年12月10日前提出申请，逾期不再受理。
问：补贴多长时间能到账？
答：自受理之日起15个工作日内完成审核，审核通过后直补到卡。
问：用补贴买的农机可以卖吗？
答：2年内不得转卖、转让。
问：旧拖拉机报废了有补贴吗？
答：有。报废后购买同类新机具的，可以申领报废补贴，100马力及以上拖拉机每台18000元。
问：在哪里咨询？
答：五常市农业技术推广中心农机窗口，电话0451-53521234。
"""),
    ),
)

# ---------------------------------------------------------------------------------------------------------
# 8-10 兰陵县: the 冷藏保鲜设施 guide (【字段】 lines and a merged-cell table), the 电商 通知 rendered by script,
# and a 领导留言板 reply on 高标准农田 repairs
# ---------------------------------------------------------------------------------------------------------

LL_TABLE = """<table class="btbz" border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><th rowspan="2">设施类型</th><th rowspan="2">库容</th><th colspan="2">补贴标准</th></tr>
<tr><th>每立方米（元）</th><th>单个主体上限（万元）</th></tr>
<tr><td rowspan="2">通风贮藏库</td><td>300立方米以下</td><td>100</td><td rowspan="2">8</td></tr>
<tr><td>300立方米及以上</td><td>120</td></tr>
<tr><td rowspan="2">机械冷藏库</td><td>500立方米以下</td><td>200</td><td rowspan="3">35</td></tr>
<tr><td>500立方米及以上</td><td>240</td></tr>
<tr><td>气调贮藏库</td><td>不分库容</td><td>400</td></tr>
<tr><td colspan="4">注：预冷设施和配套设备按其建设费用的30%补贴，计入单个主体上限；单个主体补贴总额不超过设施建设总造价的30%。</td></tr>
</table>"""

write(
    "山东/兰陵县/办事指南.html",
    gov_page(
        LL,
        "农产品产地冷藏保鲜设施建设补贴申报办事指南",
        "政务服务 &gt; 办事指南 &gt; 农业农村",
        "2025-02-24",
        "兰陵县农业农村局",
        paras("""
【事项名称】农产品产地冷藏保鲜设施建设补贴
【实施主体】兰陵县农业农村局
【申报对象】在兰陵县依法登记注册的家庭农场、农民合作社和村集体经济组织。个人和工商企业不在申报范围内。
【申报条件】1.设施建在农产品产地（乡镇、村）；2.新建、改扩建设施于2025年1月1日以后开工；3.已在“全国农产品产地冷藏保鲜设施建设管理系统”填报建设信息。
【补贴标准】按设施类型和库容实行定额补贴，标准如下：
""")
        + "\n"
        + LL_TABLE
        + "\n"
        + paras("""
【申报时间】2025年3月1日至2025年4月30日
【申报材料】1.补贴申报表；2.营业执照或者登记证书；3.土地使用证明或者租赁合同；4.建设方案和预算。
【办理流程】主体申报→乡镇初审→县农业农村局会同县财政局评审→公示5个工作日→开工建设→竣工验收→拨付资金
【资金拨付】验收合格后30个工作日内拨付到申报主体账户。
【办理地点】兰陵县为民服务中心（兰陵县卞庄街道文化路中段）2楼农业农村窗口
【咨询电话】0539-5211637
"""),
    ),
)

LL_E_TITLE = "关于申报2025年电子商务进农村扶持资金的通知"
LL_E_BODY = """
各乡镇（街道）、各有关企业：
为推动电子商务进农村，促进农产品网络销售，现组织申报2025年电子商务进农村扶持资金，有关事项通知如下：
一、村级电商服务站建设补助。新建村级电商服务站，具备网购代买、农产品代销、快递收发功能并正常运营满6个月的，每个一次性补助1万元。
二、农产品网络销售奖励。在兰陵县注册的电商企业，2025年本县农产品网络零售额达到500万元、1000万元、3000万元的，分别奖励3万元、5万元、10万元，不重复享受。
三、农产品快递物流补贴。从兰陵县农村发出的农产品快递，每单补贴0.5元，每家企业年度补贴最高20万元。
四、直播电商培训。县商务局全年组织直播电商免费培训不少于10期，参训人员免收培训费。
五、申报时间和方式。2025年9月1日至9月30日，将申报材料报送所在乡镇（街道）经济发展办公室，逾期不予受理。
联系电话：兰陵县商务局电子商务股　0539-5232071
兰陵县商务局　兰陵县财政局
2025年8月15日
"""
LL_E_HTML = paras(LL_E_BODY)
LL_E_STATE = {
    "article": {
        "id": 88231,
        "channelId": 1207,
        "title": LL_E_TITLE,
        "source": "兰陵县商务局",
        "publishTime": "2025-08-15 16:20:31",
        "content": LL_E_HTML,
        "attachments": [],
        "views": 3162,
    },
    "site": {"name": "兰陵县人民政府", "code": LL.code},
}
_state = json.dumps(LL_E_STATE, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E")
write(
    f"山东/兰陵县/{LL_E_TITLE}.html",
    f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{LL_E_TITLE}-兰陵县人民政府</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/_nuxt/app.4f1c2e.css">
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="page-article">
<header class="hd"><div class="hd-logo">兰陵县人民政府</div><nav class="hd-nav"><a>首页</a><a>走进兰陵</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>中国蔬菜之乡</a></nav></header>
<div class="bread">当前位置：首页 / 政务公开 / 通知公告</div>
<main class="article">
<h1 class="article__title">{LL_E_TITLE}</h1>
<div class="article__meta"><span>来源：兰陵县商务局</span><span>发布时间：2025-08-15 16:20</span><span>浏览：3162</span></div>
<div class="article__content">{LL_E_HTML}</div>
<div class="article__tools"><a>打印本页</a><a>关闭窗口</a><a>分享</a></div>
</main>
<footer class="ft"><p>主办单位：兰陵县人民政府办公室　承办单位：{LL.host}</p><p>{LL.icp}　{LL.police}　网站标识码：{LL.code}</p></footer>
</div></div></div>
<script>window.__INITIAL_STATE__={_state};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="/_nuxt/runtime.8a3b1d.js" defer></script><script src="/_nuxt/app.c72e90.js" defer></script>
</body>
</html>
""",
)

write(
    "山东/兰陵县/领导留言板：村里的高标准农田被暴雨冲坏了谁来修？.html",
    letter_page(
        LL,
        "村里的高标准农田被暴雨冲坏了谁来修？",
        "政民互动 &gt; 领导留言板",
        [
            ("留言标题", "村里的高标准农田被暴雨冲坏了谁来修？"),
            ("留言对象", "兰陵县委书记、县长"),
            ("留言时间", "2025-08-04"),
            ("留言编号", "LLX2025080400127"),
        ],
        """
书记、县长您好！我是兰陵县向城镇后村的村民，家里种了30多亩地。我们村2023年建了高标准农田，路修了，机井也打了，大家都说好。
可是今年7月连着下了几场暴雨，田间的机耕路被冲坏了三段，最长的一段有四五十米，农机下不了地；村东头的两眼机井也抽不上水了，眼看秋种就要开始了。
我们去找村里，村里说没有维修的钱；去找当时的施工队，人家说早就撤场了。请问高标准农田建好以后坏了到底谁来修？修路修井的钱从哪里出？
""",
        "兰陵县农业农村局",
        "2025-08-12",
        """
您好！您反映的问题，县农业农村局高度重视，已派人到现场核实，现答复如下：
一、您村高标准农田项目于2023年12月通过竣工验收。按照《兰陵县高标准农田建后管护办法》，高标准农田工程质保期为竣工验收后3年，质保期内因工程质量问题出现损坏的，由施工单位负责免费维修。经核实，机耕路冲毁和机井出水不足属于质保范围，县农业农村局已责成施工单位在10个工作日内修复。
二、质保期满后，高标准农田由村集体经济组织负责日常管护，县财政按每亩每年20元的标准安排管护补助资金；因自然灾害造成较大损毁的，由村集体申报，县里统筹安排修复资金。
三、群众发现高标准农田设施损坏的，可以拨打县农业农村局农田建设股电话0539-5218216报修。
感谢您对高标准农田建设的关心和监督！
""",
    ),
)

# ---------------------------------------------------------------------------------------------------------
# 11-12 颍上县 农业保险: the 实施方案 as a reportlab PDF hard-wrapped at 28 characters, a 留言板 reply on a claim
# ---------------------------------------------------------------------------------------------------------

YS_TITLE = "颍上县2025年农业保险保费补贴工作实施方案"
YS_PAGES = [
    f"""
{YS_TITLE}
颍政办〔2025〕7号
为提高农业生产抗风险能力，稳定种养户收入，根据国家和省农业保险保费补贴有关规定，结合本县实际，制定本方案。
一、保险品种。三大粮食作物（小麦、水稻、玉米）完全成本保险，能繁母猪保险，育肥猪保险，设施蔬菜保险。
二、保险金额和保费。小麦完全成本保险每亩保险金额1000元，每亩保费50元；水稻完全成本保险每亩保险金额1100元，每亩保费55元；玉米完全成本保险每亩保险金额900元，每亩保费45元；能繁母猪保险每头保险金额1500元，每头保费90元；育肥猪保险每头保险金额800元，每头保费32元；设施蔬菜保险每亩保险金额5000元，每亩保费250元。
三、保费补贴比例。三大粮食作物完全成本保险：中央财政补贴45%，省级财政补贴27.5%，县级财政补贴7.5%，农户自缴20%。能繁母猪保险和育肥猪保险：中央财政补贴40%，省级财政补贴25%，县级财政补贴15%，养殖户自缴20%。设施蔬菜保险：省级财政补贴30%，县级财政补贴30%，农户自缴40%。
""",
    """
四、投保时间。小麦在播种后至当年12月31日前投保；水稻、玉米在播种后30日内投保；能繁母猪、育肥猪随时投保，保险期间1年。
五、报案和查勘。发生保险事故后，投保农户应当在48小时内向承保机构报案；承保机构接到报案后24小时内到现场查勘。
六、理赔。三大粮食作物损失率在15%（含）以上的，按每亩保险金额乘以损失率计算赔款；损失率在15%以下的，不予赔付。承保机构与投保农户达成赔偿协议后10日内支付赔款。
七、定损异议。投保农户对定损结果有异议的，可以在收到定损结果之日起5日内向所在乡镇农业保险服务站申请复核，由县农业农村局组织第三方机构复核。
八、承保机构。全县农业保险由人保财险颍上支公司、国元保险颍上支公司承保。
九、本方案自印发之日起实施，有效期至2025年12月31日。
颍上县人民政府办公室
2025年3月10日
""",
]
write_pdf(f"安徽/颍上县/{YS_TITLE}.pdf", YS_PAGES, "颍上县人民政府办公室文件")

write(
    "安徽/颍上县/小麦穗发芽保险公司说损失率不够不赔，合理吗？.html",
    letter_page(
        YS,
        "小麦穗发芽保险公司说损失率不够不赔，合理吗？",
        "互动交流 &gt; 领导留言板",
        [
            ("留言标题", "小麦穗发芽保险公司说损失率不够不赔，合理吗？"),
            ("留言人", "李**"),
            ("留言时间", "2025-06-09"),
            ("受理编号", "YSLY-2025-0609-031"),
        ],
        """
我是颍上县谢桥镇的种粮户，流转了120亩地种小麦。去年10月底播种后就投保了小麦完全成本保险，每亩自己交了10元保费。今年5月下旬连着下了一个多星期的雨，小麦倒伏，有的地块穗上都发芽了。
我报案以后保险公司来人看了，说我的损失率只有12%，够不上赔。可是我的小麦卖给粮站，因为发芽被压价，一斤少卖了两毛钱，怎么算损失都不止12%。
请问完全成本保险到底是损失多少才赔？发芽被压价的损失保险管不管？我对保险公司定的损失率不服，能找谁？
""",
        "颍上县农业农村局",
        "2025-06-13",
        """
您好！现就您反映的问题答复如下：
一、按照《颍上县2025年农业保险保费补贴工作实施方案》，小麦完全成本保险每亩保险金额1000元，每亩保费50元，农户自缴20%，即每亩10元。三大粮食作物损失率在15%（含）以上的，按每亩保险金额乘以损失率计算赔款，损失率在15%以下的，不予赔付。
二、损失率按保险事故造成的产量损失核定。因品质下降被压价造成的价格损失，不属于保险责任。
三、您对定损结果有异议的，可以在收到定损结果之日起5日内向谢桥镇农业保险服务站申请复核，由县农业农村局组织第三方机构复核。您反映的情况我局已转谢桥镇农业保险服务站，工作人员将与您联系。
咨询电话：县农业农村局农业保险办公室0558-4412605。
""",
    ),
)

# ---------------------------------------------------------------------------------------------------------
# 13-14 蓬溪县: the 宅基地 guide (key-value rows), also named 办事指南.html; the 生猪 奖补 .csv export
# ---------------------------------------------------------------------------------------------------------

write(
    "四川/蓬溪县/办事指南.html",
    gov_page(
        PX,
        "农村村民住宅用地（宅基地）审批办事指南",
        "政务服务 &gt; 办事指南 &gt; 农业农村",
        "2025-03-06",
        "蓬溪县农业农村局",
        kv_table("""
项目|内容
事项名称|农村村民住宅用地（宅基地）审批
实施主体|蓬溪县各乡（镇）人民政府
申请条件|1.本集体经济组织成员，以户为单位申请，一户只能拥有一处宅基地；2.因子女结婚等原因确需分户，缺少宅基地的；3.因自然灾害、政府规划实施等原因需要搬迁的
不予批准情形|1.出卖、出租、赠与住宅后再申请宅基地的；2.申请分户但不具备分户条件的；3.不符合国土空间规划和村庄规划的
面积标准|宅基地面积按户内人口核定，每人20至30平方米；3人以下的户按3人计算，4人的户按4人计算，5人以上的户按5人计算
申请材料|1.农村宅基地和建房（规划许可）申请表；2.户口簿、身份证；3.农村宅基地使用承诺书；4.农房设计图或者通用图
办理流程|农户申请→村民小组会议讨论并公示5个工作日→村级组织审查→乡（镇）审批，核发《农村宅基地批准书》和《乡村建设规划许可证》
办理时限|20个工作日（不含公示时间）
现场管理|开工前乡（镇）组织到场丈量批放宅基地，竣工后组织验收
收费标准|不收费
办理地点|所在乡（镇）便民服务中心“农房审批”窗口
咨询电话|0825-5422310
"""),
    ),
)

PX_CSV_TITLE = "蓬溪县2025年生猪规模养殖场奖补资金拟安排表"
PX_CSV_ROWS = [
    ["1", "赤城镇", "蓬溪县赤城镇兴旺生猪养殖场", "新建", "3000", "60", "18", ""],
    ["2", "天福镇", "遂宁天福农牧有限公司", "改扩建", "5000", "60", "30", ""],
    ["3", "宝梵镇", "蓬溪县宝梵镇刘家湾养殖专业合作社", "新建", "2400", "60", "14.4", ""],
    ["4", "蓬南镇", "四川蓬南丰达牧业有限公司", "新建", "12000", "60", "50", "单场最高50万元"],
    ["5", "常乐镇", "蓬溪县常乐镇瑞丰生猪养殖场", "改扩建", "1500", "60", "9", ""],
    ["6", "金桥镇", "蓬溪县金桥镇顺发家庭农场", "新建", "1800", "60", "10.8", ""],
    ["7", "任隆镇", "蓬溪县任隆镇绿源生猪养殖场", "改扩建", "4000", "60", "24", ""],
]


def px_csv() -> str:
    """The 拟安排表 as Excel exports it: a title line, the header, the rows, a 合计 row, note rows; CRLF."""
    head = [
        "序号",
        "乡镇",
        "养殖场名称",
        "建设类型",
        "新增年出栏产能（头）",
        "奖补标准（元/头）",
        "奖补金额（万元）",
        "备注",
    ]
    capacity = sum(int(r[4]) for r in PX_CSV_ROWS)
    money = sum(Decimal(r[6]) for r in PX_CSV_ROWS)
    assert capacity == 29700 and money == Decimal("156.2")
    rows = [
        [PX_CSV_TITLE, "", "", "", "", "", "", ""],
        head,
        *PX_CSV_ROWS,
        ["合计", "", "", "", str(capacity), "", str(money), ""],
        ["公示期：2025年6月16日至2025年6月20日", "", "", "", "", "", "", ""],
        ["联系电话：0825-5422198（蓬溪县农业农村局畜牧股）", "", "", "", "", "", "", ""],
    ]
    return "".join(",".join(r) + "\r\n" for r in rows)


write(f"四川/蓬溪县/{PX_CSV_TITLE}.csv", px_csv(), encoding="utf-8-sig")

# ---------------------------------------------------------------------------------------------------------
# 15-16 湘阴县 家庭农场和农民合作社 奖补办法 beside its 征求意见稿 with other figures
# ---------------------------------------------------------------------------------------------------------

XY_TITLE = "湘阴县家庭农场和农民合作社奖补办法"


def xy_articles(draft: bool) -> list[str]:
    """The 办法's articles; ``draft`` gives the 征求意见稿's figures."""
    years = "满3年" if draft else "满2年"
    farm = ("3万元", "2万元", "0.5万元") if draft else ("5万元", "3万元", "1万元")
    coop = ("8万元", "5万元", "2万元") if draft else ("10万元", "6万元", "3万元")
    land = ("100亩", "30元", "1万元") if draft else ("50亩", "50元", "2万元")
    window = "每年10月1日至10月31日" if draft else "每年9月1日至9月30日"
    start = "第九条　本办法自印发之日起施行。" if draft else "第九条　本办法自2025年5月1日起施行，有效期3年。"
    return [
        "第一条　为加快培育家庭农场和农民合作社等新型农业经营主体，促进农业适度规模经营，结合本县实际，制定本办法。",
        f"第二条　奖补对象。在湘阴县依法登记注册、正常经营{years}、无不良信用记录的家庭农场和农民合作社。",
        f"第三条　示范家庭农场奖补。新认定为省级示范家庭农场的，一次性奖补{farm[0]}；新认定为市级示范家庭农场的，一次性奖补{farm[1]}；新认定为县级示范家庭农场的，一次性奖补{farm[2]}。",
        f"第四条　农民合作社示范社奖补。新认定为国家级农民合作社示范社的，一次性奖补{coop[0]}；新认定为省级示范社的，一次性奖补{coop[1]}；新认定为市级示范社的，一次性奖补{coop[2]}。",
        f"第五条　适度规模经营补贴。家庭农场新流转耕地连片{land[0]}以上、流转期限5年以上并用于种植粮食的，按新流转面积每亩一次性补贴{land[1]}，单个家庭农场最高{land[2]}。",
        "第六条　同一主体同一年度获得多个级别认定的，按最高级别奖补，不重复享受。",
        f"第七条　申报时间。{window}，申报主体向所在乡镇（街道）农业综合服务中心提交申报材料。",
        "第八条　资金兑付。县农业农村局会同县财政局审核，公示5个工作日无异议后，于当年12月31日前兑付。",
        start,
    ]


write(
    f"湖南/湘阴县/{XY_TITLE}.html",
    gov_page(
        XY,
        f"湘阴县人民政府办公室关于印发《{XY_TITLE}》的通知",
        "政务公开 &gt; 政策文件",
        "2025-04-15",
        "湘阴县人民政府办公室",
        paras(f"""
各镇人民政府、街道办事处，县直有关单位：
《{XY_TITLE}》已经县人民政府同意，现印发给你们，请认真抓好落实。
湘阴县人民政府办公室
2025年4月15日
""")
        + f"<p style='text-align:center'><strong>{XY_TITLE}</strong></p>"
        + paras("\n".join(xy_articles(draft=False))),
        extra="文号：湘阴政办发〔2025〕12号",
    ),
)

write(
    f"湖南/湘阴县/关于公开征求《{XY_TITLE}（征求意见稿）》意见的公告.html",
    gov_page(
        XY,
        f"关于公开征求《{XY_TITLE}（征求意见稿）》意见的公告",
        "互动交流 &gt; 意见征集",
        "2025-02-20",
        "湘阴县农业农村局",
        paras(f"""
为加快培育新型农业经营主体，湘阴县农业农村局起草了《{XY_TITLE}（征求意见稿）》，现向社会公开征求意见。
征求意见时间：2025年2月20日至2025年3月21日。
反馈方式：发送电子邮件至xynyj_jgk@163.com，或者邮寄至湘阴县农业农村局经管股（湘阴县文星镇湘滨北路），信封注明“奖补办法意见”。
湘阴县农业农村局
2025年2月20日
""")
        + f"<p style='text-align:center'><strong>{XY_TITLE}（征求意见稿）</strong></p>"
        + paras("\n".join(xy_articles(draft=True))),
    ),
)

# ---------------------------------------------------------------------------------------------------------
# 17-18 鄱阳县: the “富民贷” 政策解读 of 问/答 pairs, and a GBK 危房改造 方案 .txt with space-aligned columns
# ---------------------------------------------------------------------------------------------------------

write(
    "江西/鄱阳县/《鄱阳县“富民贷”乡村振兴贴息贷款实施办法》政策解读.html",
    gov_page(
        PY,
        "《鄱阳县“富民贷”乡村振兴贴息贷款实施办法》政策解读",
        "政务公开 &gt; 政策解读",
        "2025-01-08",
        "鄱阳县农业农村局　鄱阳县财政局",
        paras("""
问：为什么出台这个办法？
答：为解决农户和新型农业经营主体发展生产“贷款难、贷款贵”问题，县里联合鄱阳农商银行推出“富民贷”，由财政给予贴息，支持乡村产业发展。
问：“富民贷”的贷款对象是哪些人？
答：年满18周岁、不超过65周岁，具有完全民事行为能力，在鄱阳县从事种养殖、农产品加工、乡村旅游等生产经营的农户，以及在鄱阳县登记注册的家庭农场和农民合作社。脱贫户和防止返贫监测对象优先支持。
问：最多能贷多少？期限多长？
答：脱贫户和监测对象每户5万元以下（含5万元）；一般农户每户最高20万元；家庭农场、农民合作社每户最高100万元。贷款期限一般为1至3年。
问：利率和贴息怎么算？
答：脱贫户和监测对象的贷款免担保、免抵押，执行一年期贷款市场报价利率（LPR），财政全额贴息。一般农户和家庭农场、农民合作社的贷款利率不超过LPR加50个基点，财政按实际支付利息的50%给予贴息，每户每年贴息最高2万元。
问：到哪里申请？多久能放款？
答：可以到鄱阳农商银行各网点或者所在乡镇便民服务中心金融服务站申请，资料齐全的，银行在7个工作日内完成审批放款。
问：贴息什么时候兑付？
答：借款人按季正常付息，财政每半年贴息一次，分别在6月和12月兑付到借款人账户。
问：贷款可以用来建房、买车吗？
答：不可以。“富民贷”只能用于生产经营，不得用于建房、购车、消费和偿还旧债。
问：逾期了还能贴息吗？
答：逾期期间不予贴息，还清逾期贷款后恢复贴息。
问：办法什么时候实施？
答：自2025年1月1日起实施，至2027年12月31日止。
"""),
    ),
)

write(
    "江西/鄱阳县/鄱阳县2025年农村低收入群体等重点对象住房安全保障工作实施方案.txt",
    """鄱阳县2025年农村低收入群体等重点对象住房安全保障工作实施方案

鄱阳县住房和城乡建设局　鄱阳县财政局　2025年3月

一、保障对象
　　农村低保户、农村低保边缘家庭、农村分散供养特困人员、防止返贫监测对象，以及因病因灾因意外事故等刚性支出较大或者收入大幅缩减导致基本生活出现严重困难的家庭，其住房经鉴定为C级或者D级危房的。

二、补助标准
    改造方式        适用情形                  补助标准
    拆除重建        D级危房，1至2人户         每户3.0万元
    拆除重建        D级危房，3人及以上户      每户4.0万元
    维修加固        C级危房                   每户1.2万元

三、建设要求
　　拆除重建的，1至2人户建筑面积控制在40至60平方米，3人及以上户人均建筑面积不超过18平方米。改造后的房屋应当达到安全住房标准。

四、实施程序
　　农户自愿申请→村委会评议并公示（不少于7天）→乡镇审核并组织房屋安全性鉴定→县住房和城乡建设局审批→开工建设→竣工验收→资金拨付。

五、资金拨付
　　竣工验收合格后，补助资金在30日内通过惠民惠农财政补贴资金“一卡通”一次性拨付到户。

六、完成时限
　　2025年度改造任务须在2025年10月31日前全部竣工。

七、咨询电话
　　鄱阳县住房和城乡建设局村镇建设股　0793-6222317
""",
    encoding="gbk",
)

# ---------------------------------------------------------------------------------------------------------
# 19 永春县 高素质农民培育: an article on a 侨乡 news site in traditional script
# ---------------------------------------------------------------------------------------------------------

YC_TEXT = """
永春县2025年高素质农民培育开班 学员免费培训还管食宿
发布时间：2025年04月21日　来源：永春融媒　记者：陈丽娟
4月18日，永春县2025年高素质农民培育班在县农业广播电视学校开班，首期60名茶农、柑农参加培训。记者从永春县农业农村局获悉，今年全县计划培育高素质农民600人。
培训对象为年龄在18至60周岁、从事茶叶、芦柑、佛手等种植和畜禽养殖的农民，家庭农场主、农民合作社带头人和返乡创业青年优先。
培训分为经营管理型和专业生产型两类：经营管理型培训不少于15天，分3段进行；专业生产型培训不少于7天。培训内容包括茶叶绿色种植、病虫害绿色防控、电商直播、农业经营管理等。
培训全部免费，集中培训期间免费提供食宿，学员不需要缴纳任何费用。考核合格的，颁发高素质农民培育结业证书，并可以优先申报县里的农业项目扶持。
今年还有4期培训班，分别在5月、6月、9月和10月开班。有意参加的农民可以到所在乡镇农业服务中心报名，也可以拨打县农业农村局科教股电话0595-23862170咨询。
“以前种茶靠经验，现在学了病虫害绿色防控，今年准备试试直播卖茶。”来自五里街镇的学员郑师傅说。
"""
_S2T = opencc.OpenCC("s2t")
YC_LINES = [line.strip() for line in _S2T.convert(YC_TEXT).strip().splitlines()]
write(
    f"福建/永春县/{YC_LINES[0]}.html",
    f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{YC_LINES[0]} - 桃源僑鄉網</title>
<meta name="keywords" content="桃源僑鄉網,永春新聞,三農"></head>
<body>
<div class="top">桃源僑鄉網　首頁 | 永春新聞 | 三農 | 僑界 | 茶香 | 視頻 | 報料熱線</div>
<div class="loc">您的位置：首頁 &gt; 永春新聞 &gt; 三農</div>
<div class="news-main">
<h1>{YC_LINES[0]}</h1>
<div class="news-src">{YC_LINES[1]}</div>
<div class="news-txt">
"""
    + "\n".join(f"<p>{line}</p>" for line in YC_LINES[2:])
    + """
</div>
<div class="news-bj">（責任編輯：顏志強）</div>
<div class="news-share">分享到：微信 微博 QQ空間　【打印本頁】【關閉窗口】</div>
</div>
<div class="news-more">相關新聞：永春蘆柑春季管護現場會召開 | 永春佛手茶入選省級特色農產品</div>
<div class="footer">桃源僑鄉網 版權所有　閩ICP備05028817號</div>
</body></html>
""",
)

# ---------------------------------------------------------------------------------------------------------
# 20-23 news roundups, each naming a region that has only planned a measure and one named in passing;
# 24 an exact duplicate of a roundup in 下载/
# ---------------------------------------------------------------------------------------------------------

write(
    "新闻/种粮农民吃下“定心丸” 多地种粮补贴和农机补贴陆续兑付.html",
    news_page(
        "种粮农民吃下“定心丸” 多地种粮补贴和农机补贴陆续兑付",
        "中国农村网",
        "发布时间：2025-07-08　来源：农民日报　记者：孙建国",
        paras("""
夏粮收获后，各地耕地地力保护补贴、实际种粮农民一次性补贴和农机购置与应用补贴陆续兑付，种粮农民吃下“定心丸”。
河南安阳市内黄县2025年耕地地力保护补贴标准为每亩113元，实际种粮农民一次性补贴每亩15元，6月底前已通过“一卡通”全部兑付到户。
河南周口市太康县耕地地力保护补贴标准为每亩110元，6月中旬已发放到户。
黑龙江哈尔滨五常市农机购置与应用补贴实行先购后补，100马力四轮驱动拖拉机每台补贴2.2万元；报废老旧拖拉机、联合收割机并购买新机的，还可以同时申领报废补贴。
黑龙江佳木斯市桦川县上半年已兑付农机报废更新补贴，报废一台联合收割机最高可领2万元。
来自吉林榆树市的农机手赵师傅每年开着收割机跨区作业，他说今年在内黄干了半个月，“麦子收得快，老乡们领补贴也快”。
河北衡水市故城县农业农村局有关负责人表示，故城正在研究制定农机报废更新补贴实施细则，计划明年启动。
"""),
        "京ICP备05073316号",
        ["农业农村部：今年农机购置与应用补贴资金提前下达", "夏粮再获丰收"],
    ),
)

write(
    "新闻/农业保险扩面提标 多地为种养户撑起“保护伞”.html",
    news_page(
        "农业保险扩面提标 多地为种养户撑起“保护伞”",
        "中国金融新闻网",
        "发布时间：2025-06-20　来源：金融时报　记者：许文静",
        paras("""
三大粮食作物完全成本保险扩面、生猪养殖奖补加码、宅基地审批提速……多地加大对种养户的支持力度。
安徽阜阳市颍上县小麦、水稻、玉米完全成本保险实现全覆盖，小麦每亩保险金额1000元，农户每亩只需自缴10元保费。
河南周口市郸城县小麦完全成本保险每亩保险金额950元，今年承保面积超过150万亩。
今年5月的连阴雨天气，也让河南商丘市夏邑县等地部分小麦出现穗发芽，农业农村部门提醒农户及时报案。
湖北监利市农业农村局有关负责人表示，监利正在研究将水稻完全成本保险扩大到全市，计划明年实施。
四川遂宁市蓬溪县对新建、改扩建生猪规模养殖场按新增年出栏产能每头奖补60元，单场最高50万元，今年拟安排奖补资金156.2万元。
四川绵阳市三台县对年出栏5000头以上的新建生猪规模养殖场一次性奖补30万元，能繁母猪保险每头保险金额提高到1500元。
蓬溪县宅基地审批由乡镇“一窗受理”，20个工作日内办结、不收费；同在遂宁的射洪市也实行宅基地审批乡镇“一窗受理、限时办结”，15个工作日内办结。四川南充市仪陇县表示，正在研究推行宅基地审批乡镇“一窗受理”，计划年底前实施。
"""),
        "京ICP备05060912号",
        ["金融监管总局：扩大农业保险覆盖面", "今年中央财政农业保险保费补贴预算增加"],
    ),
)

NEWS_LL_TITLE = "冷链进村 电商助农 农产品出村进城“快车道”越走越宽"
NEWS_LL = news_page(
    NEWS_LL_TITLE,
    "中国经济网",
    "发布时间：2025-08-28　来源：经济日报　记者：高明远",
    paras("""
建冷库有补贴、开网店有奖励、发快递有补助……多地支持农产品冷链物流和农村电商发展，农产品出村进城的“快车道”越走越宽。
山东临沂市兰陵县对家庭农场、农民合作社新建产地冷藏保鲜设施按库容给予补贴，机械冷藏库每立方米最高补贴240元；新建村级电商服务站正常运营满6个月的，每个补助1万元。
山东菏泽市郓城县对新建产地冷藏保鲜设施按建设总造价的30%给予补贴，单个主体最高30万元；郓城还对建成的高标准农田按每亩每年15元安排管护资金。
陕西咸阳市武功县新建村级电商服务站每个补助8000元，农产品快递每单补贴0.3元。
在兰陵做蔬菜电商的小王，几年前曾在浙江丽水市缙云县的一家电商公司打工，“回乡创业赶上了好政策”。
广西百色市田东县农业农村局表示，田东正在谋划产地冷藏保鲜设施补贴政策，计划明年实施。
"""),
    "京ICP备05044127号",
    ["商务部：推进县域商业体系建设", "农产品网络零售额持续增长"],
)
write(f"新闻/{NEWS_LL_TITLE}.html", NEWS_LL)
write(f"下载/{NEWS_LL_TITLE}.html", NEWS_LL)  # the same page saved twice: an exact duplicate

write(
    "新闻/家庭农场有奖补 贷款有贴息 多地出实招扶持乡村产业和农民.html",
    news_page(
        "家庭农场有奖补 贷款有贴息 多地出实招扶持乡村产业和农民",
        "中国县域经济网",
        "发布时间：2025-09-05　来源：中国县域经济报　记者：罗晓峰",
        paras("""
示范家庭农场有奖补、生产经营贷款有贴息、危房改造有补助、农民培训不花钱……各地出实招扶持乡村产业和农民。
湖南岳阳市湘阴县5月起施行家庭农场和农民合作社奖补办法，新认定的省级示范家庭农场一次性奖补5万元，国家级农民合作社示范社奖补10万元。湘阴一家省级示范家庭农场的负责人早年在安徽蚌埠市怀远县种过几年石榴，回乡后流转了300亩地种水稻。
江苏宿迁市沭阳县对新认定的省级示范家庭农场奖补3万元，市级示范家庭农场奖补2万元。
湖南汨罗市农业农村局表示，汨罗正在起草家庭农场奖补办法，计划明年出台。
江西上饶市鄱阳县推出“富民贷”，一般农户最高可贷20万元，财政按实际支付利息的50%贴息；脱贫户和监测对象5万元以下的贷款财政全额贴息。江西赣州市于都县乡村振兴贴息贷款今年已发放3.2亿元，家庭农场、农民合作社贷款财政贴息1个百分点。
鄱阳县D级危房拆除重建的3人及以上户每户补助4万元，C级危房维修加固每户补助1.2万元；甘肃白银市会宁县农村危房拆除重建每户补助3.5万元，维修加固每户补助1万元。
福建泉州市永春县今年计划培育高素质农民600人，培训免费并提供食宿；同在泉州的德化县高素质农民培训也全部免费，今年培训陶瓷、茶叶等产业农民400人。
"""),
        "京ICP备05039258号",
        ["中央一号文件：培育新型农业经营主体", "乡村振兴金融服务持续加力"],
    ),
)

# 25 an empty file in 下载/ (a browser's second 新建文本文档)
write("下载/新建文本文档 (2).txt", "")
