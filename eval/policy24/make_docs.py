"""Writes eval/policy24/docs: a twenty-fourth probe collection (32 files), 税费优惠与交通出行 — what old
people, parents, car buyers, home buyers, vegetable hauliers, 个体户 and taxi riders ask (老年人 / 学生
乘坐城市公交 优惠 and the cards' 办理, 城乡公交 “2元一票制” and 农村客运补贴, 鲜活农产品运输 “绿色通道” 减免
and 预约, 县级 汽车消费补贴 and 以旧换新 加码, 新能源汽车 车辆购置税, 出租汽车运价 and 网约车 许可, 首套住房
契税 and 购房契税补贴, 个人所得税 专项附加扣除, 小规模纳税人 增值税 减免 and 起征点, “六税两费” 减半, 跨省公交
and 60分钟 免费换乘) of eight new regions (泰兴市, 潢川县, 寿光市, 金堂县, 建水县, 靖边县, 宁都县, 嘉善县), as
chat users, agents and analysts bring them. Run once (``python -m eval.policy24.make_docs``); the files are
committed as data, and a second run writes the same bytes.

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it; the roundups
also name a region that has only planned a measure (信丰县, 息县, 海盐县, 安丘市, 石屏县, 米脂县) and one
named only in passing (会昌县, 淮滨县, 高密市, 个旧市, 绥德县). The documents: a 泰兴市 公交优惠办法 beside
its 征求意见稿 with other figures (70 not 65周岁, 学生 5折 not 4折), a 12345 reply reckoning a couple's fares
(66岁 免费, 63岁 每次1元) and the cards' 办理 statistics as a .tsv, with a 泰州市交通运输局 转载 of the 办法
(near duplicate) among the news; a 潢川县 “2元一票制” 公告 (.docx, fare table), a 农村客运补贴 公示 saved as
“网页，仅HTML” in GBK with no charset and a 县长信箱 reply; a 寿光市 绿色通道 政策解读 (问/答) and an .ods of
1—9月 减免; a 金堂县 汽车消费补贴 细则 (.docx, tiers table), its first batch's .xlsx, an RSS feed of the
portal's 信息公开 and a 网络理政 reply reckoning one buyer's 补贴 (2.7万元); a 建水县 出租汽车运价 通知
(hard-wrapped PDF), its 政策解讀 on the portal's 繁體 version and a 网约车 办事指南; a 靖边县 购房契税补贴
措施 (.docx), a 县长信箱 reply (6800元) and a PDF that is one table over two pages; a 宁都县 税费优惠 政策汇编
as an .epub, a 12366 reply (5500元 a month) and a 免费换乘 政策解读; a 嘉善县 小规模纳税人 问答 PDF, a 跨省
公交 通告, a 民呼我为 reply (3100元) and a dead link saved as a nearly empty 404 page. 寿光市 and 宁都县 each
hold a 政策解读.html.

New messiness none of eval/policy .. eval/policy23 had:
- an .ods (OpenDocument spreadsheet written by hand as a zip: mimetype first and stored,
  META-INF/manifest.xml, content.xml of table:table-row / table:table-cell): a title row spanning seven
  columns, a two-row header whose 通行车辆（辆次） spans four columns (table:number-columns-spanned,
  table:covered-table-cell) over 合计 / 蔬菜 / 水果 / 其他 and whose 减免通行费（万元） spans two rows,
  figures as office:value floats (寿光市 绿色通道: the 1—9月 totals and each month's figures only there);
- a .tsv export of an open-data platform (UTF-8 without BOM, LF, a 数据更新时间 comment line before the
  header, units in the header cells, empty cells in the 合计 row) (泰兴市 公交卡: how many 学生卡 and 敬老卡
  were issued and the 8—9月 财政补贴 only there);
- an .xml RSS 2.0 feed of a portal's 政府信息公开 (金堂县): each <item>'s article in <description>, two as
  CDATA sections of HTML and one as entity-escaped HTML (&lt;p&gt;), dates as RFC 822 <pubDate> (the 申领
  deadline's extension to 2026年1月31日, the second batch and the 2026 车购税 减半 notice only there);
- an .epub policy compilation (EPUB 3 written by hand: mimetype first and stored, META-INF/container.xml
  pointing at OEBPS/content.opf, a manifest and spine of five XHTML chapters, nav.xhtml and toc.ncx)
  (宁都县税务局 税费优惠 政策汇编: the 专项附加扣除 amounts, the 六税两费 list and the 办税服务厅's 周六 hours
  only there);
- a page saved by the browser as “网页，仅HTML”: GBK bytes, CRLF, no charset anywhere in the file (the server
  had sent it in its HTTP header), an old CMS laid out in tables (潢川县 农村客运补贴 公示: 386.52万元 and
  each company's share only there).

Also: a PDF that is a table over two pages (grid lines drawn, the header repeated on page 2, 合计 at the end);
a nearly empty page (a 404 page saved under the dead article's name); a near-duplicate 转载 on another site;
the same file name in two counties' folders; a page in traditional script."""

from __future__ import annotations

import io
import re
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import opencc
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from eval import policy_make as make
from eval.policy_make import Collection, table

DOCS = Path(__file__).resolve().parent / "docs"
_COLLECTION = Collection(DOCS)
write = _COLLECTION.write
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2025, 11, 3, 0, 0, 0)
restamp = partial(make.restamp, stamp=STAMP)
docx_bytes = partial(make.docx_bytes, stamp=STAMP)
zip_package = partial(make.zip_package, stamp=STAMP)
_S2T = opencc.OpenCC("s2t")
L, R = "\u3014", "\u3015"  # the brackets of document numbers (escapes: ruff takes them for confusables)


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def J(text: str) -> list[str]:
    """Paragraphs from wrapped source text: a blank line ends a paragraph, its lines are joined."""
    return ["".join(ln.strip() for ln in p.splitlines()) for p in re.split(r"\n\s*\n", text.strip())]


def P(text: str, attrs: str = "") -> str:
    sp = f" {attrs}" if attrs else ""
    return "\n".join(f"<p{sp}>{p}</p>" for p in J(text))


class Site:
    """One portal: its names and footer (each site its own furniture, see the page functions)."""

    def __init__(self, name: str, icp: str, code: str, police: str, nav: str, host: str, phone: str) -> None:
        self.name, self.icp, self.code, self.police, self.nav = name, icp, code, police, nav
        self.host, self.phone = host, phone


TX = Site(
    "泰兴市人民政府",
    "苏ICP备05063217号-1",
    "3212830001",
    "苏公网安备 32128302010017号",
    "首页|走进泰兴|政务公开|政务服务|互动交流|银杏之乡",
    "泰兴市大数据管理中心",
    "0523-87662000",
)
HC = Site(
    "潢川县人民政府",
    "豫ICP备05021846号",
    "4115260001",
    "豫公网安备 41152602000031号",
    "首页|潢川概况|政务公开|办事服务|政民互动|花木之乡",
    "潢川县电子政务中心",
    "0376-3922000",
)
SG = Site(
    "寿光市人民政府",
    "鲁ICP备05049637号-1",
    "3707830001",
    "鲁公网安备 37078302000125号",
    "首页|走进寿光|政务公开|政务服务|政民互动|中国蔬菜之乡",
    "寿光市大数据中心",
    "0536-5221000",
)
JT = Site(
    "金堂县人民政府",
    "蜀ICP备05008923号-1",
    "5101210001",
    "川公网安备 51012102000216号",
    "首页|金堂概况|政务公开|政务服务|政民互动|数据发布",
    "金堂县政务服务和网络理政办公室",
    "028-84932000",
)
JS = Site(
    "建水县人民政府",
    "滇ICP备05004416号-1",
    "5325240001",
    "滇公网安备 53252402000038号",
    "首页|魅力建水|政务公开|政务服务|互动交流|文献名邦",
    "建水县融媒体中心",
    "0873-7652000",
)
JB = Site(
    "靖边县人民政府",
    "陕ICP备05011294号",
    "6108240001",
    "陕公网安备 61082402000047号",
    "首页|靖边概况|政务公开|便民服务|政民互动|统万城",
    "靖边县政务数据服务中心",
    "0912-4622000",
)
ND = Site(
    "宁都县人民政府",
    "赣ICP备05007382号-2",
    "3607300001",
    "赣公网安备 36073002000029号",
    "首页|客家摇篮|政务公开|政务服务|政民互动|翠微宁都",
    "宁都县融媒体中心",
    "0797-6832000",
)
JN = Site(
    "嘉善县人民政府",
    "浙ICP备05059218号-1",
    "3304210001",
    "浙公网安备 33042102000089号",
    "首页|魅力嘉善|政务公开|政务服务|政民互动|示范区",
    "嘉善县大数据发展中心",
    "0573-84012000",
)


def page_trs(site: Site, title: str, crumb: str, date: str, source: str, body: str, extra: str = "") -> str:
    """A TRS-style county portal (泰兴, 嘉善): top bar with 关怀版 / 繁體, a search box, 当前位置 with
    &gt;, an info line, the article in #zoom, share and 打印 / 关闭, 上一篇 / 下一篇, a footer of 主办 /
    ICP / 网站标识码."""
    nav = "".join(f"<li><a href='javascript:;'>{n}</a></li>" for n in site.nav.split("|"))
    ex = f"<span>{extra}</span>" if extra else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 09:30">
<script src="/images/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top"><span>{site.name}</span><a>关怀版</a> <a>繁體</a> <a>无障碍</a> <a>English</a></div>
<div class="search"><input type="text" placeholder="请输入关键词"><a>站内搜索</a></div>
<ul class="nav">{nav}</ul>
<div class="location">当前位置：<a>首页</a> &gt; {crumb}</div>
<div class="article">
<h1>{title}</h1>
<div class="info"><span>发布时间：{date}</span><span>信息来源：{source}</span>{ex}
<span>【字号：大 中 小】</span></div>
<div class="zoom" id="zoom">
{body}
</div>
<div class="tools"><span>分享：<a>微信</a> <a>微博</a> <a>QQ空间</a></span>
<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="sxp"><p>上一篇：2025年第三季度政府网站普查情况通报</p>
<p>下一篇：关于开展2025年“安全生产月”活动的通知</p></div>
</div>
<div class="footer"><p>主办：{site.name}办公室　承办：{site.host}　联系电话：{site.phone}</p>
<p>{site.icp}　{site.police}　网站标识码：{site.code}</p><p>建议使用1920×1080分辨率浏览本站</p></div>
</body>
</html>
"""


def page_zwgk(
    site: Site, title: str, crumb: str, date: str, source: str, body: str, *, index: str, number: str = ""
) -> str:
    """A 政府信息公开 page (寿光, 金堂, 建水, 宁都): an 索引号 / 发文机关 / 成文日期 table above the
    article, 相关链接 below it, a footer of 网站地图 / ICP / 网站标识码 / 纠错."""
    nav = " | ".join(f"<a>{n}</a>" for n in site.nav.split("|"))
    meta = table(
        [
            ["索引号", index, "主题分类", "交通、税务"],
            ["发布机构", source, "成文日期", date],
            ["文号", number or "无", "发布日期", date],
            ["标题", title, "有效性", "有效"],
        ],
        'class="xxgk-table" border="1" cellspacing="0" cellpadding="5" width="100%"',
        thead=False,
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
<meta name="ColumnName" content="政府信息公开">
<meta name="SiteName" content="{site.name}">
</head>
<body>
<div class="header"><div class="logo">{site.name}</div><div class="nav">{nav}</div>
<div class="s-box"><input type="text" value=""><button>搜 索</button></div></div>
<div class="bread">您现在的位置：首页 &gt; 政府信息公开 &gt; {crumb}</div>
<div class="xxgk-info">{meta}</div>
<div class="xxgk-content">
<h2 class="title">{title}</h2>
<div class="TRS_Editor">
{body}
</div>
<div class="btns"><a onclick="window.print()">打印本页</a> <a onclick="window.close()">关闭窗口</a>
<span class="bshare">分享：<a>微信</a> <a>微博</a></span></div>
</div>
<div class="xglj"><h4>相关链接</h4><ul><li><a>中国政府网</a></li><li><a>国家税务总局</a></li>
<li><a>交通运输部</a></li></ul></div>
<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a></p>
<p>版权所有：{site.name}　技术支持：{site.host}</p>
<p>网站标识码：{site.code}　{site.icp}　{site.police}</p></div>
</body>
</html>
"""


def page_old(site: Site, title: str, crumb: str, date: str, source: str, body: str) -> str:
    """An old CMS laid out in tables (潢川, 靖边): a banner, a nav row, 您的位置, the article in one cell,
    【打印本页】【关闭窗口】, a footer row."""
    nav = "".join(f"<td class='navtd'>{n}</td>" for n in site.nav.split("|"))
    return f"""<html>
<head>
<title>{title}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="1000" height="160" alt="{site.name}"></td></tr>
<tr><td><table width="100%" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
<tr><td class="weizhi">您的位置：首页 &gt;&gt; {crumb}</td></tr>
<tr><td align="center" class="biaoti"><strong>{title}</strong></td></tr>
<tr><td align="center" class="shijian">发布时间：{date}　来源：{source}
　点击数：<span id="hits">312</span></td></tr>
<tr><td class="zhengwen">
{body}
</td></tr>
<tr><td align="right"><a href="#" onclick="window.print()">【打印本页】</a>
<a href="#" onclick="window.close()">【关闭窗口】</a></td></tr>
<tr><td class="foot" align="center">{site.name}主办　{site.host}承办<br>
{site.icp}　网站标识码：{site.code}<br>{site.police}</td></tr>
</table>
</body>
</html>
"""


def letter(
    site: Site,
    board: str,
    title: str,
    who: str,
    asked: str,
    text: str,
    unit: str,
    replied: str,
    reply: str,
    number: str,
    style: str,
) -> str:
    """A letter and its reply: ``style`` trs (两张表), zwgk (问 / 答 blocks) or old (one table)."""
    if style == "old":
        body = f"""<table width="96%" border="1" cellspacing="0" cellpadding="6" align="center"
 class="xjtable">
<tr><td width="15%">信件编号</td><td>{number}</td><td width="15%">来信人</td><td>{who}</td></tr>
<tr><td>来信时间</td><td>{asked}</td><td>处理状态</td><td>已办结</td></tr>
<tr><td>来信标题</td><td colspan="3">{title}</td></tr>
<tr><td>来信内容</td><td colspan="3">{P(text)}</td></tr>
<tr><td>答复单位</td><td>{unit}</td><td>答复时间</td><td>{replied}</td></tr>
<tr><td>答复内容</td><td colspan="3">{P(reply)}</td></tr>
</table>"""
        return page_old(site, title, f"政民互动 &gt;&gt; {board}", replied, board, body)
    if style == "zwgk":
        body = f"""<div class="lyb">
<div class="lyb-q"><h4>留言标题：{title}</h4>
<p class="lyb-meta">留言人：{who}　留言时间：{asked}　编号：{number}</p>
{P(text)}</div>
<div class="lyb-a"><h4>回复单位：{unit}</h4><p class="lyb-meta">回复时间：{replied}</p>
{P(reply)}</div>
<div class="lyb-pj">满意度：<span class="star">★★★★★</span>　浏览：<span>--</span></div></div>"""
        return page_zwgk(site, title, board, replied, unit, body, index=number)
    rows = f"""<table class="xx" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><th>标题</th><td>{title}</td></tr><tr><th>来信人</th><td>{who}</td></tr>
<tr><th>来信日期</th><td>{asked}</td></tr><tr><th>受理编号</th><td>{number}</td></tr>
<tr><th>内容</th><td>{P(text)}</td></tr></table>
<table class="xx reply" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><th>承办单位</th><td>{unit}</td></tr><tr><th>答复日期</th><td>{replied}</td></tr>
<tr><th>答复内容</th><td>{P(reply)}</td></tr></table>"""
    return page_trs(site, title, f"互动交流 &gt; {board}", replied, board, rows)


def qa(text: str) -> str:
    """A 政策解读's 问/答 pairs (paragraphs starting 问 in bold)."""
    out = []
    for p in J(text):
        if p.startswith("问"):
            out.append(f'<p class="q"><strong>{p}</strong></p>')
        else:
            out.append(f'<p class="a">{p}</p>')
    return "\n".join(out)


def pdf(rel: str, pages: list[str], header: str, width: int, label: str) -> None:
    """A hard-wrapped printed document; ``label`` is formatted with n and total at the foot."""
    _COLLECTION.write_pdf(rel, ["\n\n".join(J(p)) for p in pages], header, width, label.format, 260)


# ---------------------------------------------------------------------------------------------------------
# 1-4 泰兴市 公交优惠: the 办法 beside its 征求意见稿 (other figures), a 12345 reply, the cards' .tsv
# ---------------------------------------------------------------------------------------------------------

TX_TITLE = "泰兴市老年人、学生等群体乘坐城市公交优惠办法"
TX_DRAFT_TITLE = f"关于公开征求《{TX_TITLE}（征求意见稿）》意见的公告"


def tx_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
第一条　为落实公交优先发展战略，保障老年人、学生等群体出行，根据《江苏省城市公共交通条例》等规定，
结合本市实际，制定本办法。

第二条　本办法适用于本市行政区域内由泰兴市公共交通有限公司运营的城市公交线路。城乡公交、定制公交、
旅游专线不适用本办法。

第三条　本市城市公交线路票价为每人次2元。

第四条　年满{f("65", "70")}周岁的老年人，凭敬老卡免费乘坐城市公交，不限次数。
年满{f("60周岁不满65周岁", "65周岁不满70周岁")}的老年人，凭爱心卡按票价的5折乘车，每人次1元。

第五条　本市全日制中小学校（含中等职业学校）在校学生，凭学生卡按票价的{f("4折", "5折")}乘车，
每人次{f("0.8元", "1元")}。学生卡寒暑假期间照常使用。

第六条　持第二代《中华人民共和国残疾人证》的残疾人、现役军人、消防救援人员凭有效证件免费乘坐城市公交。

第七条　具有本市户籍的老年人凭身份证办理敬老卡、爱心卡。非本市户籍老年人持本市居住证的，
{f("与本市户籍老年人同等享受本办法规定的优惠", "暂不纳入优惠范围")}。

第八条　敬老卡、爱心卡、学生卡免收工本费。卡片遗失补办的，收取工本费20元。

第九条　敬老卡、爱心卡每年进行一次年审，持卡人可在“泰州公交”微信小程序通过人脸识别完成年审，
也可以到公交IC卡服务网点现场年审。逾期未年审的，卡片暂停优惠功能，年审后恢复。

第十条　公交企业因执行本办法减少的票款收入，由市财政按照实际刷卡人次予以补贴。

第十一条　本办法由泰兴市交通运输局负责解释。本办法自{f("2025年8月1日", "印发之日")}起施行，
有效期5年。
"""


TX_NOTICE = f"""
各镇人民政府，各街道办事处，市各委办局，市各直属单位：

《{TX_TITLE}》已经市人民政府第38次常务会议审议通过，现印发给你们，请认真贯彻执行。

泰兴市人民政府

2025年6月20日
"""

TX_DRAFT_LEAD = f"""
为进一步方便老年人、学生等群体乘坐城市公交，泰兴市交通运输局起草了《{TX_TITLE}（征求意见稿）》，
现向社会公开征求意见。

征求意见时间：2025年4月10日至2025年5月9日。

反馈方式：电子邮件发送至txjtysj@163.com，邮件主题注明“公交优惠意见”；或者邮寄至泰兴市交通运输局
运输管理科（泰兴市国庆东路）。

附件：{TX_TITLE}（征求意见稿）

泰兴市交通运输局

2025年4月10日
"""

TX_LETTER = """
您好！我今年63，老伴66，我们户口在盐城，前年到泰兴来给儿子带孙子，一直住在济川街道，办了居住证。
我们每天送孙子上学、去菜场都坐公交，听说泰兴老年人坐公交不要钱，我们外地户口的能不能办卡？
我和老伴每人坐一趟要多少钱？孙子今年上三年级，坐公交有没有优惠？
"""
TX_REPLY = """
您好！来信收悉，经市交通运输局、市公共交通有限公司核实，现答复如下：

一、根据2025年8月1日起施行的《泰兴市老年人、学生等群体乘坐城市公交优惠办法》，非本市户籍老年人持本市
居住证的，与本市户籍老年人同等享受乘车优惠。办理时须提供身份证和本市居住证，居住证签发满6个月。

二、您老伴66周岁，可办理敬老卡，免费乘坐城市公交；您63周岁，可办理爱心卡，按5折乘车，每人次1元。

三、您孙子可由学校统一办理学生卡，按4折乘车，每人次0.8元。

四、敬老卡、爱心卡可到公交IC卡服务中心（泰兴市鼓楼南路18号，工作日8:30—17:00）或各镇（街道）便民服务中心
办理，免收工本费，现场拍照，当场制卡。也可在“泰州公交”微信小程序申领电子卡。

感谢您对我市公共交通工作的关心！
"""

TX_TSV = [
    "# 数据更新时间：2025-10-09　数据提供单位：泰兴市交通运输局　统计截至2025年9月30日",
    "卡类\t适用对象\t乘车优惠\t累计办理（张）\t其中线上申领（张）"
    "\t8—9月刷卡（万人次）\t8—9月财政补贴（万元）",
    "敬老卡\t65周岁以上老年人\t免费\t48236\t17412\t63.8\t127.6",
    "爱心卡\t60至64周岁老年人\t5折\t21573\t9630\t21.5\t21.5",
    "学生卡\t全日制中小学生\t4折\t31908\t12055\t18.5\t22.2",
    "残疾人爱心卡\t持证残疾人\t免费\t3126\t804\t4.2\t8.4",
    "合计\t\t\t104843\t39901\t108.0\t179.7",
]


def write_taixing() -> None:
    write(
        f"江苏/泰兴市/{TX_TITLE}.html",
        page_trs(
            TX,
            f"泰兴市人民政府关于印发{TX_TITLE}的通知",
            "政务公开 &gt; 政策文件 &gt; 市政府规范性文件",
            "2025-06-20",
            "泰兴市人民政府办公室",
            P(TX_NOTICE)
            + f'\n<p style="text-align:center"><strong>{TX_TITLE}</strong></p>\n'
            + P(tx_articles(draft=False)),
            extra=f"文号：泰政规{L}2025{R}6号",
        ),
    )
    write(
        f"江苏/泰兴市/{TX_DRAFT_TITLE}.html",
        page_trs(
            TX,
            TX_DRAFT_TITLE,
            "互动交流 &gt; 意见征集",
            "2025-04-10",
            "泰兴市交通运输局",
            P(TX_DRAFT_LEAD)
            + f'\n<p style="text-align:center"><strong>{TX_TITLE}（征求意见稿）</strong></p>\n'
            + P(tx_articles(draft=True)),
        ),
    )
    t = "外地户口老人在泰兴带孙子，能办敬老卡免费坐公交吗？"
    write(
        f"江苏/泰兴市/12345热线 {t}.html",
        letter(
            TX,
            "12345热线",
            t,
            "王**",
            "2025-09-02",
            TX_LETTER,
            "泰兴市交通运输局",
            "2025-09-08",
            TX_REPLY,
            "TX12345202509020318",
            "trs",
        ),
    )
    write("江苏/泰兴市/泰兴市公交卡分类办理情况统计.tsv", "\n".join(TX_TSV) + "\n")


# ---------------------------------------------------------------------------------------------------------
# 5-7 潢川县 城乡公交: the “2元一票制” 公告 (.docx, fare table), a 农村客运补贴 公示 saved as 网页，仅HTML
# (GBK, no charset) and a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

HC_DOCX = "潢川县交通运输局关于城乡公交实行“2元一票制”的公告.docx"
HC_FARES = [
    ["线路", "起讫点", "里程（公里）", "原票价（元）", "现票价（元）", "首末班时间"],
    ["潢川1路", "潢川汽车站—黄寺岗镇", "18", "4", "2", "6:00—18:30"],
    ["潢川2路", "潢川汽车站—踅孜镇", "22", "5", "2", "6:00—18:30"],
    ["潢川3路", "潢川汽车站—双柳树镇", "26", "6", "2", "6:10—18:00"],
    ["潢川4路", "潢川汽车站—伞陂镇", "31", "7", "2", "6:10—18:00"],
    ["潢川5路", "潢川汽车站—桃林铺镇", "35", "8", "2", "6:20—17:50"],
    ["潢川6路", "潢川汽车站—卜塔集镇", "38", "9", "2", "6:00—17:30"],
]


def write_huangchuan() -> None:
    blocks: list = [
        "# 潢川县交通运输局关于城乡公交实行“2元一票制”的公告",
        *J("""
为减轻城乡群众出行负担，推进城乡交通运输一体化，经县人民政府同意，自2025年4月1日起，
我县城乡公交线路实行“2元一票制”，现将有关事项公告如下：

一、县城至各乡镇的城乡公交线路，不论乘坐距离远近，统一按每人次2元收费。

二、乘客使用“潢川公交”IC卡或者扫码乘车的，按9折收费，每人次1.8元。

三、身高1.2米以下的儿童由成人带领免费乘车，每名成人限带一名。

四、乘客随身携带的物品不超过20公斤的，不另收费；超过20公斤的，每件另收1元。
易燃易爆等危险物品禁止携带上车。

五、调整后各线路票价及首末班时间见下表："""),
        HC_FARES,
        *J("""
六、城乡公交因票价调整减少的收入，由县财政通过农村客运补贴资金予以弥补。

七、乘车服务监督电话：0376-3961325。

潢川县交通运输局

2025年3月18日"""),
    ]
    write_bytes(
        f"河南/潢川县/{HC_DOCX}",
        docx_bytes(blocks, "潢川县交通运输局", "第 1 页", "hcxjtj", "2025-03-18T08:30:00Z"),
    )
    rows = [
        ["序号", "运营企业", "营运车辆（辆）", "线路（条）", "补贴金额（万元）"],
        ["1", "潢川县通达城乡公交有限公司", "126", "42", "248.36"],
        ["2", "潢川县顺安客运有限公司", "48", "17", "93.12"],
        ["3", "潢川县兴农客运有限责任公司", "23", "9", "45.04"],
        ["合计", "", "197", "68", "386.52"],
    ]
    body = (
        P(
            """
根据《河南省农村客运补贴资金管理办法》和《信阳市城乡交通运输一体化补贴资金分配方案》，经县交通运输局、
县财政局审核，2024年度全县农村客运补贴资金共计386.52万元，按照营运车辆数、线路数和实际运营班次进行分配。
现将分配结果予以公示：
""",
            'style="text-indent:2em"',
        )
        + "\n"
        + table(rows, 'width="90%" border="1" cellspacing="0" cellpadding="3" align="center"', thead=False)
        + "\n"
        + P(
            """
公示期：2025年8月11日至2025年8月15日（5个工作日）。

公示期间，如对分配结果有异议，请以书面形式向潢川县交通运输局反映。联系电话：0376-3961325。

潢川县交通运输局　潢川县财政局

2025年8月11日
""",
            'style="text-indent:2em"',
        )
    )
    page = page_old(
        HC,
        "潢川县2024年度农村客运补贴资金分配公示",
        "政务公开 &gt;&gt; 公示公告",
        "2025-08-11",
        "潢川县交通运输局",
        body,
    )
    # saved by the browser as 网页，仅HTML: the server's bytes, GBK, CRLF; the charset was only in the HTTP
    # header
    assert "charset" not in page
    write_bytes(
        "河南/潢川县/潢川县2024年度农村客运补贴资金分配公示.html", page.replace("\n", "\r\n").encode("gbk")
    )
    t = "卜塔集到县城的公交是不是真降到2块了？带菜进城收不收钱"
    write(
        f"河南/潢川县/县长信箱 {t}.html",
        letter(
            HC,
            "县长信箱",
            t,
            "陈**",
            "2025-04-09",
            """
县长好！我是卜塔集镇的，以前坐城乡公交进县城要9块钱，听人说4月份开始都是2块了，是真的吗？
我每个礼拜要进城卖两趟菜，每次挑两筐菜大概50多斤，司机会不会让我另外给钱？早上最早几点有车？
""",
            "潢川县交通运输局",
            "2025-04-15",
            """
您好！您反映的问题答复如下：

一、自2025年4月1日起，我县城乡公交线路实行“2元一票制”，潢川6路（卜塔集镇—潢川汽车站）票价由原来的
9元调整为2元；使用“潢川公交”IC卡或者扫码乘车的，每人次1.8元。

二、乘客随身携带物品不超过20公斤的不另收费，超过20公斤的每件另收1元。您每次带两筐菜共50多斤，
已超过20公斤，两筐需另付2元。

三、潢川6路首班车6:00从卜塔集镇发车，末班车17:30从潢川汽车站返回。

如遇司机多收费用，可拨打乘车服务监督电话0376-3961325投诉。
""",
            "HCXZ20250409007",
            "old",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 8-9 寿光市 绿色通道: a 政策解读 of 问/答 pairs (宁都县 has a file of the same name) and the 1—9月 .ods
# ---------------------------------------------------------------------------------------------------------

SG_QA = """
问一：哪些车辆可以享受“绿色通道”政策？

答：整车合法装载运输《鲜活农产品品种目录》内产品的车辆，在我市境内高速公路收费站驶出时，免收车辆通行费。
目录包括新鲜蔬菜、新鲜水果、鲜活水产品、活的畜禽和新鲜的肉、蛋、奶，马铃薯、甘薯、鲜玉米、鲜花生也在其中。

问二：车上混装了其他货物还能免费吗？

答：鲜活农产品与非鲜活农产品混装的，混装的非鲜活农产品不超过车辆核定载质量或者车厢容积20%的，
视同整车装载，可以享受免费政策；超过20%的，不享受。

问三：冷冻的肉和速冻蔬菜可以吗？

答：不可以。冷冻肉、速冻蔬菜以及经过深加工的农产品不属于鲜活农产品，不享受“绿色通道”政策。

问四：是否需要提前预约？

答：需要。自2025年3月1日起，驶出我市收费站的绿通车辆实行预约通行，驾驶人应在出发前通过“e高速”App
或者“中国ETC服务”小程序预约，预约后24小时内驶入高速公路有效。未预约的车辆按规定缴纳通行费。

问五：在哪里查验？

答：车辆驶出收费站时走绿通专用车道，由收费站工作人员使用查验设备现场查验，查验时间一般不超过15分钟。

问六：假冒绿通车辆会怎么处理？

答：查验不合格的，照章收取车辆通行费；一年内累计3次查验不合格的，列入失信名单，12个月内不得享受
“绿色通道”政策。

问七：寿光本地有服务站吗？

答：寿光农产品物流园设有“绿通服务站”，提供预约指导、减免结果查询服务，服务时间为每天7:30—18:00，
服务电话0536-5218866。
"""

SG_MONTHS = [
    ("1月", 35120, 4860, 2310, "1326.5", 41),
    ("2月", 29870, 3920, 1980, "1118.2", 33),
    ("3月", 38640, 4210, 2450, "1432.7", 38),
    ("4月", 40210, 3870, 2620, "1485.3", 35),
    ("5月", 42380, 4560, 2740, "1569.8", 40),
    ("6月", 39150, 5830, 2890, "1518.6", 44),
    ("7月", 33460, 7120, 3010, "1397.4", 39),
    ("8月", 31780, 7940, 3150, "1372.9", 36),
    ("9月", 34520, 6380, 2870, "1421.6", 31),
]
SG_ODS = "寿光市2025年1—9月鲜活农产品运输绿色通道车辆减免统计表.ods"


def ods_cell(value: object, span: str = "") -> str:
    if isinstance(value, str) and not re.fullmatch(r"\d+(\.\d+)?", value):
        return (
            f'<table:table-cell{span} office:value-type="string">'
            f"<text:p>{escape(value)}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell{span} office:value-type="float" office:value="{value}">'
        f"<text:p>{value}</text:p></table:table-cell>"
    )


def sg_ods() -> bytes:
    cov = "<table:covered-table-cell/>"
    rows = [
        '<table:table-row><table:table-cell table:number-columns-spanned="7" office:value-type="string">'
        "<text:p>寿光市2025年1—9月鲜活农产品运输“绿色通道”车辆减免统计表</text:p></table:table-cell>"
        + cov * 6
        + "</table:table-row>",
        "<table:table-row>"
        + ods_cell("月份", ' table:number-rows-spanned="2"')
        + ods_cell("通行车辆（辆次）", ' table:number-columns-spanned="4"')
        + cov * 3
        + ods_cell("减免通行费（万元）", ' table:number-rows-spanned="2"')
        + ods_cell("查验不合格（辆次）", ' table:number-rows-spanned="2"')
        + "</table:table-row>",
        "<table:table-row>"
        + cov
        + "".join(ods_cell(h) for h in ("合计", "蔬菜", "水果", "其他鲜活农产品"))
        + cov * 2
        + "</table:table-row>",
    ]
    tot = [0, 0, 0, 0.0, 0]
    for month, veg, fruit, other, fee, bad in SG_MONTHS:
        cells = [month, str(veg + fruit + other), str(veg), str(fruit), str(other), fee, str(bad)]
        rows.append("<table:table-row>" + "".join(ods_cell(c) for c in cells) + "</table:table-row>")
        tot = [tot[0] + veg, tot[1] + fruit, tot[2] + other, tot[3] + float(fee), tot[4] + bad]
    total = ["合计", str(tot[0] + tot[1] + tot[2]), str(tot[0]), str(tot[1]), str(tot[2]), f"{tot[3]:.1f}"]
    total.append(str(tot[4]))
    rows.append("<table:table-row>" + "".join(ods_cell(c) for c in total) + "</table:table-row>")
    rows.append(
        '<table:table-row><table:table-cell table:number-columns-spanned="7" office:value-type="string">'
        "<text:p>填报单位：寿光市交通运输局　数据来源：山东高速寿光北收费站、寿光收费站、羊口收费站</text:p>"
        "</table:table-cell>" + cov * 6 + "</table:table-row>"
    )
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="1-9月">'
        '<table:table-column table:number-columns-repeated="7"/>'
        + "".join(rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return zip_package(
        [
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", content),
        ]
    )


def write_shouguang() -> None:
    write(
        "山东/寿光市/政策解读.html",
        page_zwgk(
            SG,
            "鲜活农产品运输“绿色通道”预约通行政策解读",
            "政策解读",
            "2025-02-26",
            "寿光市交通运输局",
            P(
                """
为落实国家鲜活农产品运输“绿色通道”政策，提高通行效率，我市辖区内高速公路收费站自2025年3月1日起
对绿通车辆实行预约通行。现就群众关心的问题解读如下。
"""
            )
            + "\n"
            + qa(SG_QA),
            index="11370783004383117X/2025-00412",
        ),
    )
    write_bytes(f"山东/寿光市/{SG_ODS}", sg_ods())


# ---------------------------------------------------------------------------------------------------------
# 10-13 金堂县 汽车消费: the 细则 (.docx, tiers table), the first batch's .xlsx, the portal's RSS feed and
# a 网络理政 reply reckoning one buyer's 补贴
# ---------------------------------------------------------------------------------------------------------

JT_DOCX = "金堂县2025年汽车消费补贴实施细则.docx"
JT_TIERS = [
    ["车辆类型", "裸车价格（含税）", "补贴标准（元/辆）"],
    ["新能源乘用车", "5万元（含）—10万元", "1500"],
    ["新能源乘用车", "10万元（含）—20万元", "3000"],
    ["新能源乘用车", "20万元（含）—30万元", "5000"],
    ["新能源乘用车", "30万元（含）以上", "8000"],
    ["燃油乘用车", "10万元（含）—20万元", "2000"],
    ["燃油乘用车", "20万元（含）以上", "3000"],
]


def write_jintang_docx() -> None:
    blocks: list = [
        "# 金堂县2025年汽车消费补贴实施细则",
        *J("""
为进一步释放汽车消费潜力，根据国家和省、市关于推动消费品以旧换新的部署，结合我县实际，制定本细则。

## 一、活动时间

2025年7月1日至2025年12月31日（以机动车销售统一发票开具时间为准），补贴资金用完即止。

## 二、补贴对象

在活动期间，在金堂县内纳入限额以上统计的汽车销售企业购买新车，并取得机动车销售统一发票的个人消费者。
每人限享受一次补贴，限一辆车。

## 三、补贴标准

按裸车价格分档补贴，标准如下："""),
        JT_TIERS,
        *J("""
裸车价格不足5万元的新能源乘用车和不足10万元的燃油乘用车不予补贴。

## 四、以旧换新县级加码

个人消费者报废本人名下登记满1年的旧车并购买新能源乘用车的，在享受国家汽车报废更新补贴
（新能源乘用车2万元、燃油乘用车1.5万元）的基础上，县级再给予2000元加码补贴；购买燃油乘用车的，
县级加码1000元。

## 五、申领方式

消费者自发票开具之日起30日内，通过“金堂消费”微信小程序提交购车发票、身份证、行驶证和本人一类银行卡信息。
县商务和经济信息化局会同县财政局审核，审核通过后15个工作日内将补贴资金发放至消费者银行卡。

## 六、其他

本细则由金堂县商务和经济信息化局负责解释，咨询电话028-84931276。

金堂县商务和经济信息化局　金堂县财政局

2025年6月25日"""),
    ]
    write_bytes(
        f"四川/金堂县/{JT_DOCX}",
        docx_bytes(blocks, "金堂县商务和经济信息化局文件", "— 1 —", "jtsjj", "2025-06-25T09:00:00Z"),
    )


JT_BATCH = [
    ("购车补贴", "新能源乘用车 5万元（含）—10万元", 1500, 64),
    ("购车补贴", "新能源乘用车 10万元（含）—20万元", 3000, 312),
    ("购车补贴", "新能源乘用车 20万元（含）—30万元", 5000, 105),
    ("购车补贴", "新能源乘用车 30万元（含）以上", 8000, 21),
    ("购车补贴", "燃油乘用车 10万元（含）—20万元", 2000, 236),
    ("购车补贴", "燃油乘用车 20万元（含）以上", 3000, 58),
    ("以旧换新县级加码", "报废旧车购买新能源乘用车", 2000, 87),
    ("以旧换新县级加码", "报废旧车购买燃油乘用车", 1000, 31),
]


def write_jintang_xlsx() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "第一批"
    ws.append(["金堂县2025年汽车消费补贴（第一批）发放情况汇总表"])
    ws.merge_cells("A1:F1")
    ws.append(["填报单位：金堂县商务和经济信息化局", None, None, None, "填报日期：2025年9月12日"])
    ws.merge_cells("A2:D2")
    ws.merge_cells("E2:F2")
    ws.append(["序号", "补贴类别", "车型及价格区间", "补贴标准（元/辆）", "本批发放", None])
    ws.append([None, None, None, None, "数量（辆）", "金额（万元）"])
    for c in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"):
        ws.merge_cells(c)
    n_buy = n_add = 0
    sum_buy = sum_add = 0
    for i, (kind, tier, std, n) in enumerate(JT_BATCH, 1):
        ws.append([i, kind, tier, std, n, round(std * n / 10000, 2)])
        if kind == "购车补贴":
            n_buy, sum_buy = n_buy + n, sum_buy + std * n
        else:
            n_add, sum_add = n_add + n, sum_add + std * n
    ws.append(["小计", "购车补贴", None, None, n_buy, round(sum_buy / 10000, 2)])
    ws.append(["小计", "以旧换新县级加码", None, None, n_add, round(sum_add / 10000, 2)])
    ws.append(["合计", None, None, None, None, round((sum_buy + sum_add) / 10000, 2)])
    ws.append(["说明：以旧换新县级加码的数量为人次，与购车补贴的车辆有重叠，合计金额不重复计算补贴对象。"])
    ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEF", (6, 18, 34, 16, 12, 14), strict=True):
        ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.save(buf)
    write_bytes(
        "四川/金堂县/金堂县2025年汽车消费补贴（第一批）发放情况汇总表.xlsx",
        restamp(buf.getvalue(), "2025-09-12T10:00:00Z"),
    )


JT_FEED_ITEMS = [
    (
        "关于延长金堂县2025年汽车消费补贴申领期限的通知",
        "Sat, 20 Dec 2025 09:12:00 +0800",
        "cdata",
        """
各汽车销售企业、广大消费者：

考虑到年末购车集中、发票开具后30日内申领时间较紧，经研究，2025年12月开具机动车销售统一发票的，
补贴申领截止时间延长至2026年1月31日。其他申领条件和补贴标准不变。

金堂县商务和经济信息化局

2025年12月20日""",
    ),
    (
        "温馨提示：2026年起新能源汽车车辆购置税政策调整",
        "Fri, 05 Dec 2025 16:40:00 +0800",
        "escaped",
        """
根据财政部、税务总局、工业和信息化部有关公告，对购置日期在2024年1月1日至2025年12月31日期间的
新能源汽车免征车辆购置税，其中每辆新能源乘用车免税额不超过3万元；对购置日期在2026年1月1日至
2027年12月31日期间的新能源汽车减半征收车辆购置税，其中每辆新能源乘用车减税额不超过1.5万元。

购置日期以机动车销售统一发票开具日期为准。

国家税务总局金堂县税务局""",
    ),
    (
        "金堂县2025年汽车消费补贴第二批发放公示",
        "Mon, 10 Nov 2025 10:05:00 +0800",
        "cdata",
        """
经审核，金堂县2025年汽车消费补贴第二批拟发放补贴车辆1128辆，补贴资金362.8万元（含以旧换新县级加码），
现予公示。公示期：2025年11月10日至2025年11月14日。

如有异议，请在公示期内向金堂县商务和经济信息化局反映，电话028-84931276。""",
    ),
]


def write_jintang_feed() -> None:
    items = []
    for n, (title, date, how, text) in enumerate(JT_FEED_ITEMS):
        html_text = P(text)
        desc = f"<![CDATA[{html_text}]]>" if how == "cdata" else escape(html_text)
        items.append(
            f"""<item>
<title>{escape(title)}</title>
<link>http://www.jintang.gov.cn/jtxrmzf/c1521{n}/2025/art{n + 7}.shtml</link>
<category>政府信息公开</category>
<pubDate>{date}</pubDate>
<description>{desc}</description>
</item>"""
        )
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>金堂县人民政府 - 政府信息公开</title>
<link>http://www.jintang.gov.cn/</link>
<description>金堂县人民政府门户网站信息公开订阅</description>
<language>zh-cn</language>
<lastBuildDate>Sat, 20 Dec 2025 09:30:00 +0800</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""
    write("四川/金堂县/金堂县政府信息公开_RSS订阅.xml", feed)


def write_jintang() -> None:
    write_jintang_docx()
    write_jintang_xlsx()
    write_jintang_feed()
    t = "10月在金堂买了新能源车，旧车也报废了，一共能领多少补贴？"
    write(
        f"四川/金堂县/网络理政 {t}.html",
        letter(
            JT,
            "网络理政平台",
            t,
            "刘**",
            "2025-10-21",
            """
你好，我在赵镇上班，10月份在金堂县城一家4S店买了台比亚迪新能源，车子买了23万（落地价，裸车发票是21.6万）。
家里那台2012年的老捷达也在9月份拿去报废了，是我自己名下的。请问县里的汽车消费补贴、以旧换新补贴
我一共能领多少？车购税要交吗？
""",
            "金堂县商务和经济信息化局",
            "2025-10-28",
            """
您好！经核实答复如下：

一、县级购车补贴。您购买的新能源乘用车裸车价格21.6万元，属于20万元（含）—30万元档次，可享受5000元补贴。

二、以旧换新补贴。您报废本人名下登记满1年的旧车并购买新能源乘用车，可通过商务部汽车以旧换新平台申请
国家汽车报废更新补贴2万元；同时可享受县级加码补贴2000元。以上合计可领取2.7万元。

三、县级补贴请在发票开具之日起30日内通过“金堂消费”微信小程序申请。

四、车辆购置税。您在2025年购置新能源汽车，免征车辆购置税，每辆免税额不超过3万元。

感谢您的来信！
""",
            "JT2025102100463",
            "zwgk",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 14-16 建水县 出租车: the 运价 通知 (hard-wrapped PDF), its 政策解讀 on the portal's 繁體 version and a
# 网约车 办事指南
# ---------------------------------------------------------------------------------------------------------

JS_PDF = "建水县发展和改革局 建水县交通运输局关于调整城区出租汽车运价的通知.pdf"
JS_PAGES = [
    f"""
建水县发展和改革局　建水县交通运输局关于调整城区出租汽车运价的通知

建发改价{L}2025{R}45号

各出租汽车经营企业，各有关单位：

近年来，我县出租汽车运营成本持续上升，现行运价已不能反映运营成本变化。经成本调查、
召开价格听证会并报县人民政府同意，决定调整城区出租汽车运价。现将有关事项通知如下：

一、起步价。起步里程为2公里，起步价由6元调整为7元。

二、续租价。超过起步里程后，续租价由每公里1.6元调整为每公里1.8元。
""",
    """
三、夜间运价。每日22:00至次日6:00，起步价为8元，续租价为每公里2.1元。

四、等候费。因乘客原因或者交通堵塞等车速低于每小时12公里的，每5分钟收取等候费1元，
不足5分钟的不收取。

五、空驶费。单程载客超过10公里的，超过部分按续租价加收50%空驶费。

六、取消燃油附加费。原按每车次1元收取的燃油附加费同时取消。
""",
    """
七、本通知所称城区，指临安镇、西庄镇建成区范围。网络预约出租汽车实行市场调节价，不执行本通知。

八、各出租汽车经营企业应于2025年8月31日前完成计价器调整和检定，在车内显著位置张贴新的运价标准。

九、本通知自2025年9月1日起执行。价格举报电话：12345。

建水县发展和改革局　　建水县交通运输局

2025年8月15日
""",
]

JS_JIEDU = """
问：这次为什么要调整出租汽车运价？

答：我县城区出租汽车运价自2018年以来未作调整，其间燃油、车辆购置、保险和驾驶员劳动力成本持续上涨。
经成本调查和价格听证，起步价由6元调整为7元，续租价由每公里1.6元调整为每公里1.8元，自2025年9月1日起执行。

问：调整后白天打车5公里要多少钱？

答：白天乘坐5公里，费用为起步价7元加3公里续租费5.4元，共12.4元；夜间（22:00至次日6:00）乘坐5公里，
费用为起步价8元加3公里续租费6.3元，共14.3元。不含等候费。

问：燃油附加费还收不收？

答：不收。原按每车次1元收取的燃油附加费同时取消。

问：网约车价格也一起调整吗？

答：不是。网络预约出租汽车实行市场调节价，不执行本次调整的运价。

问：遇到不按新标准收费怎么办？

答：乘客可索要车费发票，拨打12345热线或者建水县交通运输局运输管理股电话0873-7652319投诉。
"""


def write_jianshui() -> None:
    pdf(f"云南/建水县/{JS_PDF}", JS_PAGES, "建水县发展和改革局文件", 34, "— {} —")
    # the portal's 繁體 version: the whole page, furniture and all, converted
    page = page_zwgk(
        JS,
        "《建水县城区出租汽车运价调整》政策解读",
        "政策解读",
        "2025-08-18",
        "建水县发展和改革局",
        qa(JS_JIEDU),
        index="11532524015190527P/2025-00286",
    )
    page = _S2T.convert(page)
    write("云南/建水县/《建水縣城區出租汽車運價調整》政策解讀.html", page)
    guide = table(
        [
            ["事项名称", "网络预约出租汽车驾驶员证核发、车辆道路运输证核发"],
            ["实施机关", "建水县交通运输局"],
            [
                "驾驶员条件",
                "取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历；无交通肇事犯罪、危险驾驶犯罪记录，"
                "无吸毒记录，无饮酒后驾驶记录，"
                "最近连续3个记分周期内没有记满12分记录；通过全国公共科目和区域科目考试",
            ],
            [
                "车辆条件",
                "7座及以下乘用车；轴距不小于2650毫米（纯电动车不小于2600毫米）；"
                "首次申请时车辆注册登记不超过3年；"
                "安装具有行驶记录功能的车辆卫星定位装置和应急报警装置",
            ],
            ["退出条件", "使用年限达到8年或者行驶里程达到60万千米的，退出网约车经营"],
            [
                "申请材料",
                "网络预约出租汽车运输证申请表、机动车行驶证、车辆所有人身份证、网约车平台公司出具的接入证明",
            ],
            ["办理时限", "法定时限20个工作日，承诺时限5个工作日"],
            ["收费", "不收费"],
            ["办理地点", "建水县政务服务中心一楼交通运输窗口（临安镇迎晖路）"],
            ["咨询电话", "0873-7652319"],
        ],
        'class="bszn" border="1" cellspacing="0" cellpadding="6" width="100%"',
        thead=False,
    )
    note = P("""
截至2025年9月30日，我县已核发网络预约出租汽车运输证326张、网络预约出租汽车驾驶员证418张。
""")
    write(
        "云南/建水县/网约车驾驶员证和运输证办理指南.html",
        page_zwgk(
            JS,
            "网络预约出租汽车驾驶员证、运输证办理指南",
            "办事指南",
            "2025-10-10",
            "建水县交通运输局",
            guide + "\n" + note,
            index="11532524015190527P/2025-00341",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 17-19 靖边县 购房契税补贴: the 措施 (.docx, a table), a 县长信箱 reply and a PDF that is one table over
# two pages
# ---------------------------------------------------------------------------------------------------------

JB_DOCX = "靖边县关于促进房地产市场平稳健康发展的若干措施.docx"
JB_TABLE = [
    ["购房情形", "住房面积", "契税税率", "县级补贴比例", "单套补贴上限"],
    ["家庭唯一住房（首套）", "140平方米及以下", "1%", "100%", "2万元"],
    ["家庭唯一住房（首套）", "140平方米以上", "1.5%", "100%", "2万元"],
    ["家庭第二套住房", "140平方米及以下", "1%", "50%", "1万元"],
    ["家庭第二套住房", "140平方米以上", "2%", "50%", "1万元"],
]
JB_PROJECTS = [
    ("统万城·学府里", 46, 12, 318460),
    ("靖边·凤凰城三期", 38, 9, 262180),
    ("芦河湾·悦府", 27, 6, 171350),
    ("新城·锦绣华庭", 31, 11, 226940),
    ("长城家园", 19, 3, 98720),
    ("东坑·阳光水岸", 12, 2, 61830),
    ("龙洲·丹霞苑", 9, 1, 40270),
    ("张家畔·康居小区", 22, 5, 119650),
]
JB_PDF = "靖边县2025年第一批购房契税补贴拨付汇总表.pdf"


def write_jingbian_pdf() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = DOCS / f"陕西/靖边县/{JB_PDF}"
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    head = ["序号", "项目名称", "首套（套）", "二套（套）", "补贴金额（元）"]
    xs = [60, 110, 290, 380, 470, 560]
    rows = [[str(i), p, str(a), str(b), str(m)] for i, (p, a, b, m) in enumerate(JB_PROJECTS, 1)]
    tot = [sum(int(p[k]) for p in JB_PROJECTS) for k in (1, 2, 3)]
    rows.append(["", "合计", str(tot[0]), str(tot[1]), str(tot[2])])
    pages = [rows[:5], rows[5:]]
    for n, chunk in enumerate(pages, 1):
        c.setFont("STSong-Light", 15)
        if n == 1:
            c.drawCentredString(310, 790, "靖边县2025年第一批购房契税补贴拨付汇总表")
            c.setFont("STSong-Light", 10)
            c.drawString(
                60, 765, "填报单位：靖边县住房和城乡建设局（房地产服务中心）　　拨付日期：2025年8月28日"
            )
        y = 740
        c.setFont("STSong-Light", 11)
        for row in [head, *chunk]:
            c.line(xs[0], y + 16, xs[-1], y + 16)
            for x, cell in zip(xs, row, strict=False):
                c.drawString(x + 4, y, cell)
            y -= 26
        c.line(xs[0], y + 16, xs[-1], y + 16)
        for x in xs:
            c.line(x, 740 + 16, x, y + 16)
        if n == len(pages):
            c.setFont("STSong-Light", 10)
            c.drawString(
                60, y - 10, "说明：补贴资金已于2025年8月28日通过“一卡通”拨付至购房人本人社会保障卡银行账户。"
            )
        c.setFont("STSong-Light", 9)
        c.drawString(280, 40, f"第{n}页 共{len(pages)}页")
        c.showPage()
    c.save()


def write_jingbian() -> None:
    blocks: list = [
        f"靖政办发{L}2025{R}18号",
        "# 靖边县关于促进房地产市场平稳健康发展的若干措施",
        *J("""
为更好满足居民刚性和改善性住房需求，促进全县房地产市场平稳健康发展，制定以下措施。

一、发放购房契税补贴。2025年5月1日至2025年12月31日期间（以商品房买卖合同网签备案时间为准），
在本县购买新建商品住房并缴纳契税的，按照下表给予补贴："""),
        JB_TABLE,
        *J("""
二、提高住房公积金贷款额度。双缴存职工家庭住房公积金贷款最高额度由60万元提高至80万元，
单缴存职工最高额度由45万元提高至60万元。

三、申请程序。购房人应自缴纳契税之日起6个月内，持契税完税凭证、商品房买卖合同、身份证、户口簿
和婚姻状况证明，向县住房和城乡建设局（房地产服务中心，靖边县张家畔街道长城路）申请。
经县住房和城乡建设局、县税务局审核后，20个工作日内将补贴资金拨付至购房人本人社会保障卡银行账户。

四、本措施由县住房和城乡建设局负责解释，自2025年5月1日起施行。

靖边县人民政府办公室

2025年4月22日"""),
    ]
    write_bytes(
        f"陕西/靖边县/{JB_DOCX}",
        docx_bytes(blocks, "靖边县人民政府办公室文件", "— 2 —", "jbxzfb", "2025-04-22T15:00:00Z"),
    )
    t = "第一套房120平，总价68万，契税补贴能补多少？"
    write(
        f"陕西/靖边县/县长信箱 {t}.html",
        letter(
            JB,
            "县长信箱",
            t,
            "张**",
            "2025-06-16",
            """
县长您好，我和媳妇结婚刚两年，6月初在靖边新城买了第一套房，120平方，总价68万，网签已经办了，
契税也交了。听说县里有购房契税补贴，想问一下我们能补多少钱？去哪里办？多长时间到账？
""",
            "靖边县住房和城乡建设局",
            "2025-06-23",
            """
您好！您的来信已收悉，现答复如下：

一、您于2025年6月网签购买的新建商品住房为家庭唯一住房，面积120平方米，适用1%的契税税率。
按您提供的68万元计税价格计算，应缴契税6800元。根据《靖边县关于促进房地产市场平稳健康发展的若干措施》，
首套住房按实缴契税100%补贴，您可获得购房契税补贴6800元。

二、请自缴纳契税之日起6个月内，携带契税完税凭证、商品房买卖合同、夫妻双方身份证、户口簿和结婚证，
到县房地产服务中心（张家畔街道长城路）申请。

三、审核通过后20个工作日内拨付至购房人本人社会保障卡银行账户。

咨询电话：0912-4621738。
""",
            "JBXZXX-2025-0616-021",
            "old",
        ),
    )
    write_jingbian_pdf()


# ---------------------------------------------------------------------------------------------------------
# 20-22 宁都县: the 税费优惠政策汇编 (.epub), a 12366 reply on the portal's 留言 pages and the 免费换乘
# 政策解读 (寿光市 has a file of the same name)
# ---------------------------------------------------------------------------------------------------------

ND_EPUB = "宁都县2025年税费优惠政策汇编（个人和小微企业版）.epub"
ND_CHAPTERS = [
    (
        "前言",
        """
为帮助纳税人缴费人及时了解、充分享受税费优惠政策，国家税务总局宁都县税务局将个人和小微企业关注度较高的
税费优惠政策汇编成册，供参考。政策如有调整，以最新文件为准。

国家税务总局宁都县税务局

2025年3月""",
    ),
    (
        "第一章　小规模纳税人增值税优惠",
        """
一、增值税小规模纳税人发生增值税应税销售行为，合计月销售额未超过10万元（以1个季度为1个纳税期的，
季度销售额未超过30万元）的，免征增值税。

二、增值税小规模纳税人适用3%征收率的应税销售收入，减按1%征收率征收增值税。

三、执行期限：至2027年12月31日。""",
    ),
    (
        "第二章　“六税两费”减半征收",
        """
对增值税小规模纳税人、小型微利企业和个体工商户，减半征收资源税（不含水资源税）、城市维护建设税、
房产税、城镇土地使用税、印花税（不含证券交易印花税）、耕地占用税和教育费附加、地方教育附加。

执行期限：2023年1月1日至2027年12月31日。已依法享受其他优惠政策的，可叠加享受。""",
    ),
    (
        "第三章　个人所得税专项附加扣除",
        """
一、3岁以下婴幼儿照护：纳税人照护3岁以下婴幼儿子女的相关支出，按照每个婴幼儿每月2000元的标准定额扣除。
父母可以选择由其中一方按扣除标准的100%扣除，也可以选择由双方分别按扣除标准的50%扣除。

二、子女教育：纳税人的子女接受全日制学历教育和年满3岁至小学入学前处于学前教育阶段的相关支出，
按照每个子女每月2000元的标准定额扣除，扣除方式同上。

三、赡养老人：纳税人赡养一位及以上年满60岁父母的，独生子女按照每月3000元的标准定额扣除；
非独生子女由其与兄弟姐妹分摊每月3000元的扣除额度，每人分摊的额度不能超过每月1500元。

四、纳税人可以通过“个人所得税”App填报，由扣缴义务人在预扣预缴时扣除，也可以在次年3月1日至6月30日
办理综合所得年度汇算时扣除。""",
    ),
    (
        "第四章　住房和车辆有关税收优惠",
        """
一、契税：对个人购买家庭唯一住房，面积为140平方米及以下的，减按1%的税率征收契税；面积为140平方米以上的，
减按1.5%的税率征收契税。对个人购买家庭第二套住房，面积为140平方米及以下的，减按1%的税率征收契税；
面积为140平方米以上的，减按2%的税率征收契税。

二、车辆购置税：购置日期在2024年1月1日至2025年12月31日期间的新能源汽车免征车辆购置税，
每辆新能源乘用车免税额不超过3万元。""",
    ),
    (
        "附录　办税服务指引",
        """
宁都县税务局办税服务厅地址：宁都县梅江镇翠微大道。工作日办公时间为8:30—12:00、14:30—17:30；
为方便上班族，每周六上午9:00—12:00提供延时服务，可办理个人所得税、社保费缴纳等业务。

纳税服务热线：12366。""",
    ),
]


def write_ningdu_epub() -> None:
    chapters = []
    for i, (title, text) in enumerate(ND_CHAPTERS, 1):
        body = "\n".join(f"<p>{escape(p)}</p>" for p in J(text))
        chapters.append(
            (
                f"OEBPS/text/chap{i:02d}.xhtml",
                f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="zh-CN">
<head><title>{escape(title)}</title><link rel="stylesheet" type="text/css" href="../styles/main.css"/></head>
<body><section epub:type="chapter"><h2>{escape(title)}</h2>
{body}
</section></body></html>
""",
            )
        )
    book = "宁都县2025年税费优惠政策汇编（个人和小微企业版）"
    manifest = "\n".join(
        f'<item id="c{i:02d}" href="text/chap{i:02d}.xhtml" media-type="application/xhtml+xml"/>'
        for i in range(1, len(ND_CHAPTERS) + 1)
    )
    spine = "\n".join(f'<itemref idref="c{i:02d}"/>' for i in range(1, len(ND_CHAPTERS) + 1))
    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid" xml:lang="zh-CN">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="bookid">urn:uuid:6f1c2a8e-2025-4d0b-9a31-360730ndsw01</dc:identifier>
<dc:title>{book}</dc:title>
<dc:creator>国家税务总局宁都县税务局</dc:creator>
<dc:language>zh-CN</dc:language>
<dc:date>2025-03-15</dc:date>
<meta property="dcterms:modified">2025-03-15T00:00:00Z</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
<item id="css" href="styles/main.css" media-type="text/css"/>
{manifest}
</manifest>
<spine toc="ncx">
{spine}
</spine>
</package>
"""
    links = "\n".join(
        f'<li><a href="text/chap{i:02d}.xhtml">{escape(t)}</a></li>'
        for i, (t, _) in enumerate(ND_CHAPTERS, 1)
    )
    nav = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>目录</title></head>
<body><nav epub:type="toc"><h1>目录</h1><ol>
{links}
</ol></nav></body></html>
"""
    points = "\n".join(
        f'<navPoint id="p{i}" playOrder="{i}"><navLabel><text>{escape(t)}</text></navLabel>'
        f'<content src="text/chap{i:02d}.xhtml"/></navPoint>'
        for i, (t, _) in enumerate(ND_CHAPTERS, 1)
    )
    ncx = f"""<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<head><meta name="dtb:uid" content="urn:uuid:6f1c2a8e-2025-4d0b-9a31-360730ndsw01"/></head>
<docTitle><text>{book}</text></docTitle>
<navMap>
{points}
</navMap>
</ncx>
"""
    container = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""
    css = "body{font-family:serif;line-height:1.6}h2{text-align:center}p{text-indent:2em}\n"
    write_bytes(
        f"江西/宁都县/{ND_EPUB}",
        zip_package(
            [
                ("mimetype", "application/epub+zip"),
                ("META-INF/container.xml", container),
                ("OEBPS/content.opf", opf),
                ("OEBPS/nav.xhtml", nav),
                ("OEBPS/toc.ncx", ncx),
                ("OEBPS/styles/main.css", css),
                *chapters,
            ]
        ),
    )


ND_TRANSFER = """
问：什么是“60分钟内免费换乘”？

答：自2025年10月1日起，乘客在宁都县城区公交线路（1路至8路）刷卡或者扫码乘车后，60分钟内换乘另一条线路的，
第二次乘车免费，限换乘1次。

问：哪些支付方式可以享受？

答：使用“宁都公交”IC卡、全国交通一卡通（交通联合卡）或者“赣州公交”乘车码的，均可享受。
投币乘车不享受免费换乘。

问：同一条线路往返可以吗？

答：不可以。换乘须为不同线路，同一线路往返乘车不视为换乘。

问：城区公交票价是多少？

答：城区公交线路统一票价1元，本次不作调整。

问：因免费换乘减少的收入怎么解决？

答：由县财政按照实际换乘人次给予公交企业补贴，预计每年补贴约46万元。
"""


def write_ningdu() -> None:
    write_ningdu_epub()
    write(
        "江西/宁都县/政策解读.html",
        page_zwgk(
            ND,
            "宁都县城区公交“60分钟内免费换乘”政策解读",
            "政策解读",
            "2025-09-24",
            "宁都县交通运输局",
            qa(ND_TRANSFER),
            index="360730-0107-2025-0093",
        ),
    )
    t = "两个娃加上赡养老人，个税专项附加扣除每月能扣多少"
    write(
        f"江西/宁都县/12366纳税服务 {t}.html",
        letter(
            ND,
            "12366纳税服务留言",
            t,
            "曾**",
            "2025-07-03",
            """
我和老婆都在宁都县城上班，两个人都交个税。大娃今年读初二，小的是今年5月份刚生的。我爸妈都60多了，
我还有个妹妹。请问我每个月专项附加扣除最多能扣多少？要怎么报？
""",
            "国家税务总局宁都县税务局",
            "2025-07-08",
            """
您好！根据个人所得税专项附加扣除有关规定，答复如下：

一、子女教育：大孩子读初中，按每个子女每月2000元扣除；二、3岁以下婴幼儿照护：小孩子自出生当月起，
按每个婴幼儿每月2000元扣除。以上两项可以选择由您一方按100%扣除。

三、赡养老人：您父母均年满60岁，您不是独生子女，与妹妹分摊每月3000元的扣除额度，您每月分摊不能超过1500元。

如以上两项子女扣除均由您按100%扣除、赡养老人由您分摊1500元，您每月专项附加扣除合计5500元。

请通过“个人所得税”App“专项附加扣除填报”模块填报，由单位在预扣预缴时扣除；也可在次年办理年度汇算时扣除。
婴幼儿照护扣除可追溯至孩子出生当月。
""",
            "ND12366-2025-0703-118",
            "zwgk",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 23-26 嘉善县: the 小规模纳税人 问答 (hard-wrapped PDF), the 跨省公交 通告, a 民呼我为 reply and a dead
# link saved as a 404 page
# ---------------------------------------------------------------------------------------------------------

JN_PDF = "嘉善县小规模纳税人增值税优惠政策问答（2025年版）.pdf"
JN_PAGES = [
    """
嘉善县小规模纳税人增值税优惠政策问答（2025年版）

国家税务总局嘉善县税务局

1、小规模纳税人月销售额多少以下免征增值税？

答：增值税小规模纳税人合计月销售额未超过10万元（以1个季度为1个纳税期的，季度销售额未超过30万元）的，
免征增值税。

2、季度销售额超过30万元怎么缴税？

答：季度销售额超过30万元的，应就全部销售额缴纳增值税，不能只就超过部分缴纳。适用3%征收率的应税销售收入，
减按1%征收率征收增值税。
""",
    """
3、销售不动产的怎么判断？

答：小规模纳税人合计月销售额超过10万元，但扣除本期发生的销售不动产的销售额后未超过10万元的，
其销售货物、劳务、服务、无形资产取得的销售额，免征增值税。

4、没有办理税务登记的个人偶尔卖东西要交增值税吗？

答：适用增值税起征点政策。我省增值税起征点为：按期纳税的，月销售额20000元；按次纳税的，每次（日）
销售额500元。销售额未达到起征点的，免征增值税。

5、“六税两费”还能减半吗？

答：能。小规模纳税人、小型微利企业和个体工商户减半征收“六税两费”的政策执行至2027年12月31日。
""",
    """
6、这些优惠需要申请吗？

答：不需要。符合条件的纳税人在申报时直接享受，由电子税务局自动计算免税销售额和减免税额。

7、在哪里可以咨询？

答：可拨打12366纳税缴费服务热线，或者到嘉善县税务局办税服务厅（魏塘街道体育南路）咨询。
""",
]

JN_BUS = """
为贯彻长三角生态绿色一体化发展示范区建设要求，方便两地群众出行，经浙江、上海两地交通运输主管部门同意，
嘉善至上海枫泾跨省公交“嘉枫线”于2025年7月15日起开通运营。现将有关事项通告如下：

一、线路走向：嘉善高铁南站—嘉善汽车客运中心—西塘古镇—上海金山枫泾古镇，全长32公里，共设站点12个。

二、运营时间：首班6:30，末班19:00，发车间隔30分钟。

三、票价：全程票价3元。乘客使用“嘉兴市民卡”或者全国交通一卡通（交通联合卡）刷卡乘车的，享受8折优惠，
每人次2.4元；支持“嘉兴公交”乘车码和上海“随申码”扫码乘车。

四、咨询电话：嘉善县公共交通有限公司0573-84226100。

特此通告。

嘉善县交通运输局

2025年7月8日
"""


def write_jiashan() -> None:
    pdf(f"浙江/嘉善县/{JN_PDF}", JN_PAGES, "国家税务总局嘉善县税务局", 36, "第{}页 共{}页")
    write(
        "浙江/嘉善县/关于嘉善至上海枫泾跨省公交“嘉枫线”开通运营的通告.html",
        page_trs(
            JN,
            "关于嘉善至上海枫泾跨省公交“嘉枫线”开通运营的通告",
            "政务公开 &gt; 通知公告",
            "2025-07-08",
            "嘉善县交通运输局",
            P(JN_BUS),
        ),
    )
    t = "面馆个体户季度流水过了30万，增值税怎么交？"
    write(
        f"浙江/嘉善县/民呼我为 {t}.html",
        letter(
            JN,
            "民呼我为",
            t,
            "沈**",
            "2025-10-09",
            """
你好，我在魏塘街道开了一家小面馆，是个体户，按季度申报。上个季度流水大概26万，没交增值税。
这个季度生意好，算下来不含税销售额有31万，是不是超过30万的那1万交税就行？大概要交多少？
""",
            "国家税务总局嘉善县税务局",
            "2025-10-14",
            """
您好！经核实，答复如下：

一、您按季度申报，季度销售额未超过30万元的免征增值税，因此上个季度26万元的销售额免征增值税。

二、季度销售额超过30万元的，应就全部销售额缴纳增值税，而不是仅就超过的部分缴纳。您本季度不含税销售额31万元，
按1%征收率计算，应缴纳增值税3100元。

三、在缴纳增值税的同时，您作为个体工商户可以减半缴纳城市维护建设税、教育费附加和地方教育附加。

如有疑问，可拨打12366咨询。
""",
            "MHWW20251009-0752",
            "trs",
        ),
    )
    # a dead link, saved: the 404 page under the article's name
    write(
        "浙江/嘉善县/嘉善县小规模纳税人增值税减免政策解读.html",
        """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>404</title>
<style>body{text-align:center;font-family:微软雅黑}</style></head>
<body><div class="err"><img src="/images/404.png" alt=""><p>抱歉，您访问的页面不存在或已被删除！</p>
<p><a href="/">返回首页</a></p></div></body></html>
""",
    )


# ---------------------------------------------------------------------------------------------------------
# 27-32 新闻: five roundups (each measure's second region, a planned-only one, one in passing) and the
# 泰州市交通
# 运输局's 转载 of the 泰兴 办法 (a near duplicate)
# ---------------------------------------------------------------------------------------------------------


def news_a(site: str, title: str, meta: str, body: str, icp: str, related: list[str], column: str) -> str:
    """A news portal's article: channel bar, 正文 path, 责任编辑, 相关阅读, 版权."""
    links = "".join(f"<li><a>{r}</a></li>" for r in related)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title}_{site}</title>
<meta name="description" content="{title}">
</head>
<body>
<div class="top"><a class="logo">{site}</a><ul class="channel"><li>首页</li><li>要闻</li><li>{column}</li>
<li>地方</li><li>评论</li></ul></div>
<div class="path"><a>{site}</a> &gt; <a>{column}</a> &gt; 正文</div>
<div class="main"><h1>{title}</h1><div class="info">{meta}</div>
<div class="content" id="content">
{body}
</div>
<div class="editor">（责任编辑：何静）</div><div class="share">分享到：<a>微信</a> <a>微博</a></div></div>
<div class="related"><h3>相关阅读</h3><ul>{links}</ul></div>
<div class="foot"><p>{site} 版权所有 未经授权禁止转载</p><p>{icp}</p></div>
</body>
</html>
"""


def news_paper(paper: str, title: str, edition: str, author: str, body: str, icp: str) -> str:
    """A 数字报 page: 版次 list, 上一版 / 下一版, the article with 作者, a 本版其他文章 list."""
    return f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{paper}数字报-{title}</title></head>
<body>
<div class="paper-head">{paper}　<span>{edition}</span>　<a>上一版</a> <a>下一版</a> <a>往期回顾</a></div>
<div class="pages"><a>01版：要闻</a> <a>02版：综合</a> <a>03版：民生</a> <a>04版：经济</a></div>
<div class="article"><h3>{title}</h3><p class="author">{author}</p>
<founder-content>
{body}
</founder-content>
</div>
<div class="others"><h4>本版其他文章</h4><p>· 秋冬季道路运输安全检查全面展开</p>
<p>· 农村公路“四好”建设再上台阶</p></div>
<div class="copy">{paper} 版权所有　{icp}</div>
</body>
</html>
"""


N1_TITLE = "老人刷卡免费坐 学生乘车打折扣 换乘不再多花钱 多地公交惠民再升级"
N1 = news_a(
    "民生交通网",
    N1_TITLE,
    "2025-10-16 08:20　来源：民生交通网　记者：顾晓峰",
    P("""
进入秋季，多地公交惠民政策陆续落地，老年人、学生乘车更实惠，换乘更方便。

江苏泰州泰兴市自8月1日起施行新的城市公交优惠办法，65周岁以上老年人凭敬老卡免费乘车，60至64周岁老年人
半价乘车，中小学生凭学生卡按4折乘车。泰州靖江市今年也将老年人免费乘坐城市公交的年龄由70周岁降至65周岁，
目前已为4.2万名老人办理敬老卡。泰州姜堰区自9月起为全日制中小学生发放学生公交卡，学生乘车享受5折优惠。

江西赣州宁都县10月1日起在城区8条公交线路推行“60分钟内免费换乘”。赣州石城县此前已实行城区公交
免费换乘，换乘时限为90分钟。赣州信丰县交通运输局表示，信丰计划年底前推出城区公交免费换乘。

“以前去医院要转两趟车，现在第二趟不要钱了。”在宁都县城带孙子的会昌县人刘阿姨说。
"""),
    "京ICP备10021358号",
    ["交通运输部：持续推进适老化出行服务", "城市公交优先发展迈出新步伐"],
    "出行",
)

N2_TITLE = "城乡公交两元坐到家 跨省公交通勤更便捷 多地推进城乡交通一体化"
N2 = news_paper(
    "城乡经济报",
    N2_TITLE,
    "2025年9月5日　第03版：民生",
    "本报记者　宋立新",
    P("""
城乡公交降价、农村客运补贴到位、跨省公交开进“家门口”……各地推进城乡交通运输一体化，群众出行成本持续下降。

河南信阳潢川县自4月1日起城乡公交实行“2元一票制”，县城到最远的卜塔集镇票价由9元降至2元。
信阳光山县也已于今年6月实行城乡公交“2元一票制”，覆盖全县19个乡镇。信阳罗山县日前完成2024年度
农村客运补贴资金发放，共发放补贴312万元。潢川县2024年度农村客运补贴资金已于8月完成公示分配。
信阳息县有关负责人表示，息县拟于明年推行城乡公交一票制。

在长三角示范区，浙江嘉兴嘉善县至上海枫泾的跨省公交“嘉枫线”7月15日开通，全程票价3元。
嘉兴平湖市至上海金山的跨省公交此前已经开通，日均客流超过1800人次。嘉兴海盐县计划开通至上海金山的跨省公交线路。

记者在淮滨县采访时，不少农村群众也表达了对城乡公交降价的期待。
"""),
    "豫ICP备12003356号",
)

N3_TITLE = "预约通行验货快 “菜篮子”跑出加速度 多地优化鲜活农产品运输绿色通道服务"
N3 = news_a(
    "大众三农网",
    N3_TITLE,
    "2025-06-12 10:05　来源：大众三农网　记者：马骏",
    P("""
鲜活农产品运输“绿色通道”实行预约通行后，查验时间缩短，货车司机跑得更顺了。

山东潍坊寿光市辖区高速公路收费站自3月1日起对绿通车辆实行预约通行，司机出发前通过“e高速”App预约，
驶出收费站时走专用车道查验。潍坊昌乐县也已在辖区收费站全面推行绿通车辆预约通行，
平均查验时间缩短到10分钟以内。潍坊安丘市计划下半年在辖区收费站推行绿通预约通行。

从高密市拉白菜到寿光农产品物流园的司机老赵说，预约以后排队的时间明显少了。
"""),
    "鲁ICP备09031215号",
    ["交通运输部：进一步优化鲜活农产品运输“绿色通道”政策", "山东高速推行绿通车辆预约服务"],
    "三农",
)

N4_TITLE = "买车有补贴 换车再加码 打车运价更合理 多地激发汽车消费和出行服务活力"
N4 = news_a(
    "消费经济观察网",
    N4_TITLE,
    "2025-10-30 15:40　来源：消费经济观察网　作者：林一鸣",
    P("""
年末购车旺季，多地推出县级汽车消费补贴，出租车运价调整和网约车合规化也在稳步推进。

四川成都金堂县今年7月起发放县级汽车消费补贴，新能源乘用车每辆最高补贴8000元，第一批补贴已于9月发放到位。
成都大邑县也按车价分档发放县级购车补贴，已发放两批，累计惠及购车群众2100余人。
金堂县对报废旧车购买新能源车的，
在国家补贴基础上县级再加码2000元；成都崇州市未设分档购车补贴，
但对以旧换新购车给予县级加码补贴，每辆1500元。

云南红河建水县9月1日起调整城区出租汽车运价，起步价由6元调整为7元。红河泸西县出租汽车运价调整已于8月执行，
起步价调整为6元。红河石屏县拟于明年一季度调整出租汽车运价，目前正在开展成本调查。
建水县截至9月底已核发网约车运输证326张；红河蒙自市已核发网约车运输证1200余张。

来自个旧市的游客王先生说，在建水古城打车比以前方便多了。
"""),
    "沪ICP备11045672号",
    ["商务部：汽车以旧换新补贴申请量持续增长", "新能源汽车车辆购置税优惠政策问答"],
    "消费",
)

N5_TITLE = "购房契税有补贴 税费优惠直达快享 多地助企惠民政策落地见效"
N5 = news_paper(
    "西部财经报",
    N5_TITLE,
    "2025年9月18日　第04版：经济",
    "记者　白亚楠",
    P("""
各地财税部门推动减税降费政策直达快享，部分县区对购房者给予契税补贴，助力房地产市场平稳运行。

陕西榆林靖边县对5月1日至12月31日购买新建商品住房的首套房购房人按实缴契税100%给予补贴，
第一批补贴已于8月28日拨付到位。榆林定边县也已发放首套住房购房契税补贴，按实缴契税的50%给予补贴。
榆林米脂县住建部门表示，米脂将出台购房契税补贴政策。

在税费优惠方面，江西赣州宁都县税务局编印税费优惠政策汇编，每周六上午开放办税服务厅延时服务；
浙江嘉兴嘉善县税务局发布小规模纳税人增值税优惠政策问答，季度销售额30万元以下免征增值税。

在靖边工作的绥德县人小李今年在靖边买了首套房，他说补贴到账后正好添置了家具。
"""),
    "陕ICP备08002371号",
)

N6_TITLE = "泰兴出台城市公交优惠办法 65周岁以上老人免费乘车"


def taizhou_repost() -> str:
    """The 泰州市交通运输局's 转载 of the 泰兴 办法: another site, an editor's lead, the 通知 dropped,
    第十条 to the end cut."""
    arts = J(tx_articles(draft=False))
    body = (
        P("""
近日，泰兴市人民政府印发《泰兴市老年人、学生等群体乘坐城市公交优惠办法》，自2025年8月1日起施行。
现将办法全文转载如下。
""")
        + "\n"
        + "\n".join(f"<p>{a}</p>" for a in arts[:9])
    )
    return f"""<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8"><title>{N6_TITLE} - 泰州市交通运输局</title></head>
<body>
<div class="hd">泰州市交通运输局　<a>首页</a> <a>机构概况</a> <a>信息公开</a>
<a>行业动态</a> <a>县区动态</a></div>
<div class="pos">首页 / 县区动态</div>
<div class="ct"><h1>{N6_TITLE}</h1>
<p class="src">来源：泰兴市人民政府网站　发布时间：2025-06-24　作者：泰兴市交通运输局</p>
{body}
</div>
<div class="fx"><a>打印</a> <a>关闭</a></div>
<div class="ft">泰州市交通运输局 主办　苏ICP备05041268号-1　网站标识码：3212000021</div>
</body>
</html>
"""


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    write(f"新闻/{N6_TITLE}_泰州市交通运输局.html", taizhou_repost())


def main() -> None:
    write_taixing()
    write_huangchuan()
    write_shouguang()
    write_jintang()
    write_jianshui()
    write_jingbian()
    write_ningdu()
    write_jiashan()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
