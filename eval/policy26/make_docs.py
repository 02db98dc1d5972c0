"""Writes eval/policy26/docs: a twenty-sixth probe collection (33 files), 水利、商务与科技创新 — what
villagers, shop owners, exporters, firms and technicians ask (农村供水 阶梯水价 and 低保 水费减免;
小型农田水利 “先建后补” 补助; 河道采砂权 公开出让 and 采砂许可; 家电以旧换新 补贴; 快递进村 服务站 奖补;
农村电商 奖补; 出口信用保险 保费补贴; 境内外展会 摊位费 补贴; 科技型中小企业 研发费用后补助; 高新技术企业
认定奖励; 科技特派员 补贴; 专利 商标 资助) of eight new regions in eight provinces (磐安县, 安福县, 临朐县,
西峡县, 博罗县, 泗阳县, 洋县, 尤溪县), as chat users, agents and analysts bring them. Run once (``python -m
eval.policy26.make_docs``); the files are committed as data, and a second run writes the same bytes.

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (武义县, 永新县,
吉水县, 青州市, 内乡县, 淅川县, 惠东县, 龙门县, 宿豫区, 宿城区, 城固县, 大田县); the roundups also name
regions that have only planned a measure (浦江县, 遂川县, 昌邑市, 社旗县, 惠阳区, 灌南县, 勉县, 宁化县) and
regions named only in passing (兰溪市, 泰和县, 沂水县, 南召县, 紫金县, 睢宁县, 西乡县, 明溪县). The documents:
a 磐安县 水价及水费减免 办法 beside its 征求意见稿 with other figures (阶梯 12吨 / 22吨, 低保 减免3吨, 非居民
4.20元, 4月1日施行), its 政策解读 whose 问/答 sit only in an <iframe srcdoc> (51.75元) and a 12345 reply
(16.10元); a 安福县 先建后补 办法 (hard-wrapped PDF, the 补助标准 a landscape table on a turned page), the
泸水河 采砂权 出让公告 as Word 2003 XML under .doc, the 采砂许可 办事指南 and a 县长信箱 reply (12.6万元); a
临朐县 以旧换新 细则, the 第三批 发放汇总表 (.xlsx written by hand) and a 12345 reply (1449.80元); a 西峡县
快递进村 奖补办法 (.docx with review comments), the 电商 申报通知 forwarded by e-mail (.eml) and a 领导留言板
reply (2000元); a 博罗县 外贸 扶持资金 办法, its 重点展会目录 as Excel 2003 XML under .xls, a Hong Kong news
site's report in Hong Kong traditional script (3.92萬元) and a 12345 reply (30万元); a 泗阳县 科技创新
若干政策 (a 宿迁市科学技术局 转载 among the news, cut after 第三条), the 科技局's 申报日历 (.ics), the
高企奖励 拟拨付名单 (a .docx without a suffix) and a 12345 reply (49.6万元); a 洋县 科技特派员 管理办法 on a
site laid out in tables, the 2026 选派 通知 and a 12345 reply (8000元); a 尤溪县 知识产权 资助和奖励办法
(.docx, a 资助标准 table) and a 领导信箱 reply (17000元).

New messiness none of eval/policy .. eval/policy25 had:
- a 政策解读 page whose article is only in an <iframe srcdoc="…">: the 水务局 subsite's whole HTML document
  entity-escaped into the attribute (&lt;p&gt;, &quot;), the portal page's own text holding the title, the
  解读 source and the furniture but none of the 问/答 (磐安县: 51.75元 for 20吨, 两个月抄表一次 and the 缴费
  channels only there);
- a PDF whose annex is a landscape table on a page turned by /Rotate 90: a portrait MediaBox, the table's text
  and grid drawn running up the page (a quarter turn), so that it reads upright only when the viewer applies
  the rotation (安福县 先建后补: 每米180元, 核定投资的60%, each 上限 only on that page);
- a .doc that is Word 2003 XML (WordprocessingML 2003, “XML 文档”) as an OA system hands it out: the
  <?mso-application progid="Word.Document"?> instruction, w:wordDocument with o:DocumentProperties, w:fonts,
  w:styles and w:docPr, the body in wx:sect, every paragraph's ASCII and CJK in runs of their own (486|万元,
  2026|年|8|月|28|日), a two-column w:tbl — neither OLE2 nor a zip (安福县 采砂权: 起拍价, 保证金, 拍卖 date
  and 禁采期 only there);
- an .xls that is Excel 2003 XML (SpreadsheetML, “XML 电子表格 2003”): ss:Workbook, DocumentProperties,
  Styles, two ss:Worksheet of Table / Row / Cell / Data ss:Type="Number|String", a title cell spanning the
  columns (ss:MergeAcross), a note row whose cell says where it stands (ss:Index), CRLF (博罗县 展会目录: each
  展会's 每个展位补贴上限 only there);
- an .xlsx written by hand as a 商务局 export tool writes it: inline strings (no sharedStrings part), a merged
  title row, the withdrawn shop's row hidden (hidden="1") with its figures still in it, 合计 as SUBTOTAL(109,
  …) — which leaves hidden rows out — with the value Excel cached beside the formula, a #,##0.00 money format,
  a second sheet 分品类 of SUM formulas with cached values (临朐县 第三批: 1752000 not 1768940, 空调 647 only
  there);
- a .docx posted with the 合法性审查 comments left in: word/comments.xml with two w:comment (author, initials,
  date), anchored by commentRangeStart / commentRangeEnd and a commentReference run, their text naming an
  earlier draft's figures (每个2000元, 每件0.15元) that the 办法 itself does not state (西峡县 快递进村);
- an .eml that Foxmail wrote when forwarding a mail as an attachment: multipart/mixed, the subject and names
  RFC 2047 =?GB2312?B?…?=, the forwarding note text/plain GB2312 in quoted-printable whose soft line breaks
  fall between the two bytes of a character, the original notice attached whole as a message/rfc822 part with
  its own headers and its own quoted-printable body, CRLF (西峡县 电商: the 乡镇 报送 deadline 10月20日 only
  in the note, the 奖补 tiers only in the attached message);
- an iCalendar .ics 申报日历 (RFC 5545): VCALENDAR / VTIMEZONE / VEVENT with VALUE=DATE, DESCRIPTION values
  with escaped \\; and \\, content lines folded at 75 octets (CRLF and a space, never inside a UTF-8
  character, so 2026年6|月1日 is split by a fold), a VALARM in each event (泗阳县: the 研发费用后补助 申报
  dates and materials only there);
- a file without a suffix: the 公示's 附件 as the browser saved it from a download.jsp link, named by the
  公示's title with no .docx (泗阳县 高企奖励 名单: 195万元 only in its 合计 cell).

Also: a 征求意见稿 beside its final text; a near-duplicate 转载 on another site; a page in Hong Kong
traditional script (OpenCC s2hk) on a news site, not a portal's 繁體 switch; a hard-wrapped PDF; eight replies
(12345 ×5, 县长信箱, 领导留言板, 领导信箱) each reckoning one asker's case."""

from __future__ import annotations

import html
import io
import quopri
import re
import shutil
import zipfile
from base64 import b64encode
from datetime import datetime
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import opencc
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from eval import policy_make as make

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2026, 11, 20, 0, 0, 0)
restamp = partial(make.restamp, stamp=STAMP)
docx_bytes = partial(make.docx_bytes, stamp=STAMP)
zip_package = partial(make.zip_package, stamp=STAMP)
_S2HK = opencc.OpenCC("s2hk")
L, R = "\u3014", "\u3015"  # the brackets of document numbers (escapes: ruff takes them for confusables)


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write(rel: str, text: str) -> None:
    """A text file in UTF-8, its line ends as given."""
    write_bytes(rel, text.encode("utf-8"))


def J(text: str) -> list[str]:
    """Paragraphs from wrapped source text: a blank line ends a paragraph, its lines are joined."""
    return ["".join(ln.strip() for ln in p.splitlines()) for p in re.split(r"\n\s*\n", text.strip())]


def P(text: str, attrs: str = "") -> str:
    sp = f" {attrs}" if attrs else ""
    return "\n".join(f"<p{sp}>{p}</p>" for p in J(text))


def table(rows: list[list[str]], attrs: str, *, thead: bool = True) -> str:
    """An HTML table; with ``thead`` the first row is a header of <th>."""
    out = [f"<table {attrs}>"]
    for i, row in enumerate(rows):
        tag = "th" if thead and i == 0 else "td"
        cells = "".join(f"<{tag}>{c}</{tag}>" for c in row)
        if thead and i == 0:
            out.append(f"<thead><tr>{cells}</tr></thead><tbody>")
        else:
            out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>" if thead else "</table>")
    return "\n".join(out)


def _wrap(text: str, width: float) -> list[str]:
    """Hard wrap: a CJK character counts 1, an ASCII character 0.5."""
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > width:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------------------------------------
# sites and their page furniture (each its own)
# ---------------------------------------------------------------------------------------------------------


class Site:
    def __init__(self, name: str, icp: str, code: str, police: str, nav: str, host: str, phone: str) -> None:
        self.name, self.icp, self.code, self.police, self.nav = name, icp, code, police, nav
        self.host, self.phone = host, phone


PA = Site(
    "磐安县人民政府",
    "浙ICP备13004512号-1",
    "3307270001",
    "浙公网安备 33072702000105号",
    "首页|走进磐安|政务公开|政务服务|政民互动|大盘山",
    "磐安县大数据发展中心",
    "0579-84662000",
)
AF = Site(
    "安福县人民政府",
    "赣ICP备05003216号",
    "3608290001",
    "赣公网安备 36082902000031号",
    "首页|安福概况|政务公开|政务服务|互动交流|武功山",
    "安福县融媒体中心",
    "0796-7612000",
)
LQ = Site(
    "临朐县人民政府",
    "鲁ICP备05028713号-2",
    "3707240001",
    "鲁公网安备 37072402000088号",
    "首页|魅力临朐|政务公开|政务服务|政民互动|沂山",
    "临朐县大数据中心",
    "0536-3112000",
)
XX = Site(
    "西峡县人民政府",
    "豫ICP备05017342号",
    "4113230001",
    "豫公网安备 41132302000056号",
    "首页|西峡概况|信息公开|办事服务|政民互动|伏牛山",
    "西峡县政务服务和大数据管理局",
    "0377-69662000",
)
BL = Site(
    "博罗县人民政府",
    "粤ICP备05082137号",
    "4413220001",
    "粤公网安备 44132202000193号",
    "首页|走进博罗|政务公开|政务服务|互动交流|罗浮山",
    "博罗县政务服务数据管理局",
    "0752-6212000",
)
SY = Site(
    "泗阳县人民政府",
    "苏ICP备05046128号-1",
    "3213230001",
    "苏公网安备 32132302000127号",
    "首页|走进泗阳|政务公开|政务服务|政民互动|意杨之乡",
    "泗阳县大数据管理局",
    "0527-85212000",
)
YX = Site(
    "洋县人民政府",
    "陕ICP备05003741号",
    "6107230001",
    "陕公网安备 61072302000014号",
    "首页|洋县概况|政务公开|政务服务|政民互动|朱鹮之乡",
    "洋县融媒体中心",
    "0916-8212000",
)
YQ = Site(
    "尤溪县人民政府",
    "闽ICP备05026419号",
    "3504260001",
    "闽公网安备 35042602000062号",
    "首页|走进尤溪|政务公开|办事服务|政民互动|朱子故里",
    "尤溪县融媒体中心",
    "0598-6312000",
)


def page_jcms(site: Site, title: str, crumb: str, date: str, source: str, body: str, extra: str = "") -> str:
    """A JCMS-style county portal (磐安, 临朐, 泗阳): a header strip of 无障碍 / 长者模式 / 登录, a
    search form, a nav ul, 当前位置 with », the info line with a script-written 浏览次数, the article in
    #zoom, 【打印本页】【关闭窗口】 and a 分享到 bar, a footer of 主办 / 承办 / ICP / 网站标识码 /
    公网安备."""
    nav = "".join(f"<li><a href='#'>{n}</a></li>" for n in site.nav.split("|"))
    ex = f"　{extra}" if extra else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} - {site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 16:08">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/module/jslib/jquery/jpage/css/jpage.css">
<script src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="header-top"><div class="w1200"><span>今天是：<script>showDate();</script></span>
<span class="fr"><a>无障碍</a> | <a>长者模式</a> | <a>个人登录</a> | <a>法人登录</a></span></div></div>
<div class="header"><div class="logo">{site.name}</div>
<form class="search" action="/jsearchfront/search.do"><input name="q" placeholder="搜索本站内容">
<button>搜索</button></form></div>
<ul class="mainnav">{nav}</ul>
<div class="position">当前位置：<a>首页</a> » {crumb}</div>
<div class="main-content">
<div class="article-title">{title}</div>
<div class="article-info">发布日期：{date}　来源：{source}{ex}　浏览次数：
<script>document.write(_visitcount);</script>
　字体：[<a>大</a> <a>中</a> <a>小</a>]</div>
<div id="zoom">
{body}
</div>
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】
【<a href="javascript:window.close()">关闭窗口</a>】
<span class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></span></div>
</div>
<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a> | <a>隐私声明</a></p>
<p>主办单位：{site.name}办公室　承办单位：{site.host}　联系电话：{site.phone}</p>
<p><a>{site.icp}</a>　网站标识码：{site.code}　<a>{site.police}</a></p></div>
</body>
</html>
"""


def page_gk(
    site: Site,
    title: str,
    crumb: str,
    date: str,
    source: str,
    body: str,
    *,
    index: str,
    topic: str,
    number: str = "",
) -> str:
    """A 政府信息公开 page (安福, 博罗, 洋县's 通知): the 索引号 / 发布机构 / 文号 metadata as a <ul> of
    <li><b>…：</b>…</li>, the article under it, 【打印】【关闭】, a footer of 网站地图 / ICP / 网站标识码 /
    纠错."""
    nav = " | ".join(f"<a>{n}</a>" for n in site.nav.split("|"))
    meta = [
        ("索 引 号", index),
        ("主题分类", topic),
        ("发布机构", source),
        ("成文日期", date),
        ("文　　号", number or "无"),
        ("发布日期", date),
        ("名　　称", title),
    ]
    lis = "\n".join(f"<li><b>{k}：</b><span>{v}</span></li>" for k, v in meta)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_{site.name}</title>
<meta name="ColumnName" content="{crumb}">
<meta name="Keywords" content="{topic}">
</head>
<body>
<div id="top"><div class="logo">{site.name}</div><div class="topnav">{nav}</div></div>
<div class="crumb">您所在的位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; {crumb}</div>
<div class="gk-wrap">
<ul class="gk-meta">
{lis}
</ul>
<h1 class="gk-title">{title}</h1>
<div class="gk-content" id="UCAP-CONTENT">
{body}
</div>
<div class="gk-btn"><a onclick="window.print()">【打印】</a><a onclick="window.close()">【关闭】</a></div>
</div>
<div class="foot"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a> | <a>政务服务</a></p>
<p>{site.name}主办　技术支持：{site.host}</p>
<p>网站标识码：{site.code}　{site.icp}　{site.police}</p></div>
</body>
</html>
"""


def page_tbl(site: Site, title: str, crumb: str, date: str, source: str, body: str) -> str:
    """An old CMS laid out in nested tables (洋县, 西峡's 留言板): a banner, a nav row, 位置, the article in
    one cell, 【打印此页】【关闭此页】, a footer row."""
    nav = "".join(f"<td align='center' class='nav'>{n}</td>" for n in site.nav.split("|"))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}--{site.name}</title>
<link href="../../images/css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="150" background="../../images/top.jpg">&nbsp;</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="wz">位置：首页 &gt; {crumb}</td></tr>
<tr><td><table width="94%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="50" align="center" class="bt">{title}</td></tr>
<tr><td height="28" align="center" class="sj">日期：{date}　来源：{source}
　点击：<span id="hits">311</span></td></tr>
<tr><td class="nr">
{body}
</td></tr>
<tr><td align="right" height="40"><a href="javascript:window.print()">【打印此页】</a>
<a href="javascript:window.close()">【关闭此页】</a></td></tr>
</table></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td align="center">{site.name}　版权所有　{site.host}维护<br>
{site.icp}　网站标识码：{site.code}　{site.police}<br>联系电话：{site.phone}</td></tr>
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
    """A letter and its reply: ``style`` jcms (one table of 信件 fields), gk (a <dl> of 来信 / 回复) or tbl
    (the old site's bordered table)."""
    if style == "tbl":
        body = f"""<table width="100%" border="1" cellpadding="5" cellspacing="0" bordercolor="#cccccc">
<tr><td width="16%" bgcolor="#f2f2f2">信件编号</td><td>{number}</td></tr>
<tr><td bgcolor="#f2f2f2">来信人</td><td>{who}</td></tr>
<tr><td bgcolor="#f2f2f2">来信时间</td><td>{asked}</td></tr>
<tr><td bgcolor="#f2f2f2">信件主题</td><td>{title}</td></tr>
<tr><td bgcolor="#f2f2f2">来信内容</td><td>{P(text)}</td></tr>
<tr><td bgcolor="#f2f2f2">办理单位</td><td>{unit}</td></tr>
<tr><td bgcolor="#f2f2f2">回复时间</td><td>{replied}</td></tr>
<tr><td bgcolor="#f2f2f2">回复内容</td><td>{P(reply)}</td></tr>
</table>"""
        return page_tbl(site, title, f"政民互动 &gt; {board}", replied, board, body)
    if style == "gk":
        body = f"""<dl class="hd-letter">
<dt>【来信】{title}</dt>
<dd class="meta">来信人：{who}　　来信时间：{asked}　　编号：{number}　　状态：<em>已回复</em></dd>
<dd class="q">{P(text)}</dd>
<dt>【回复】{unit}</dt>
<dd class="meta">回复时间：{replied}</dd>
<dd class="a">{P(reply)}</dd>
</dl>
<div class="pj">您对此答复是否满意：<label><input type="radio" name="my">满意</label>
<label><input type="radio" name="my">基本满意</label>
<label><input type="radio" name="my">不满意</label></div>"""
        return page_gk(site, title, board, replied, unit, body, index=number, topic="政民互动")
    body = f"""<table class="letter" width="100%" cellspacing="0" cellpadding="8">
<tr><th width="14%">信件标题</th><td colspan="3">{title}</td></tr>
<tr><th>来 信 人</th><td>{who}</td><th width="14%">来信日期</th><td>{asked}</td></tr>
<tr><th>受理编号</th><td>{number}</td><th>办理状态</th><td>已办结</td></tr>
<tr><th>来信内容</th><td colspan="3">{P(text)}</td></tr>
<tr><th>答复单位</th><td>{unit}</td><th>答复日期</th><td>{replied}</td></tr>
<tr><th>答复内容</th><td colspan="3">{P(reply)}</td></tr>
</table>"""
    return page_jcms(site, title, f"政民互动 » {board}", replied, board, body)


# ---------------------------------------------------------------------------------------------------------
# 1-4 磐安县 农村供水: the 水价及水费减免 办法 beside its 征求意见稿 (other figures), the 政策解读 whose
# text sits only in an <iframe srcdoc>, a 12345 reply reckoning one 低保户's 水费
# ---------------------------------------------------------------------------------------------------------

PA_TITLE = "磐安县农村供水工程水价核定及水费减免办法"
PA_DRAFT_TITLE = f"关于公开征求《{PA_TITLE}（征求意见稿）》意见的公告"


def pa_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    third = "" if draft else "\n（三）一户多残或者有一级、二级重度残疾人的家庭，每户每月减免3吨水费。\n"
    return f"""
第一条　为保障农村居民饮水安全，促进农村供水工程良性运行，根据《浙江省农村供水管理办法》等规定，
结合本县实际，制定本办法。

第二条　本办法适用于本县行政区域内由{f("县水务集团有限公司", "县农村供水管理总站")}
统一运行维护的农村供水工程。

第三条　农村居民生活用水实行阶梯水价，按户按月计量：

（一）第一阶梯：每户每月{f("15", "12")}吨（含）以内，每吨2.30元；

（二）第二阶梯：每户每月{f("15", "12")}吨以上至{f("25", "22")}吨（含），每吨3.45元；

（三）第三阶梯：每户每月{f("25", "22")}吨以上，每吨6.90元。

家庭常住人口{f("5", "6")}人以上的，凭户口簿每增加1人，各阶梯水量基数每月增加3吨。

第四条　非居民用水（含经营性农家乐、民宿和工业、商业用水）每吨{f("3.80", "4.20")}元；消防用水免收水费。

第五条　下列农户的生活用水予以水费减免：

（一）最低生活保障家庭、特困供养人员，每户每月减免{f("5", "3")}吨水费；

（二）最低生活保障边缘家庭，每户每月减免{f("3", "2")}吨水费；
{third}
减免水量当月未用完的，不累计、不结转。同时符合多项条件的，按最高一项减免，不叠加。

第六条　水费减免由农户向{f("户籍所在乡镇（街道）社会事务办公室", "县水务局")}
提出申请，提交居民身份证、低保证或者
特困人员救助供养证等证明材料和用水户号。{f("乡镇（街道）审核后于每月20日前将名单报县水务集团", "审核后")}，
{f("县水务集团", "供水单位")}自次月起减免。享受对象家庭情况发生变化的，应当及时停止减免。

第七条　用户户内水表后管道发生隐蔽漏水，经{f("县水务集团", "供水单位")}现场确认并及时修复的，漏水当月水费
按上年同期月均用水量计收，每户每年限申请1次。

第八条　农村供水工程水价每3年核定一次，核定时应当举行听证或者公开征求意见。

第九条　本办法自{f("2026年5月1日", "2026年4月1日")}起施行。
"""


PA_NOTICE = f"""
各乡镇人民政府、街道办事处，县级有关部门：

《{PA_TITLE}》已经县人民政府同意，现印发给你们，请认真贯彻执行。

磐安县水务局　磐安县发展和改革局　磐安县民政局

2026年3月20日
"""

PA_DRAFT_LEAD = f"""
为统一全县农村供水水价，减轻困难群众用水负担，县水务局会同县发展和改革局起草了《{PA_TITLE}（征求意见稿）》，
现向社会公开征求意见。

征求意见时间：2026年1月15日至2026年2月14日。

意见可发送至电子邮箱paxslj@126.com，或者邮寄至磐安县水务局水资源科（安文街道文溪北路）。

磐安县水务局

2026年1月15日
"""

PA_JIEDU = [
    (
        "这次出台办法的主要变化是什么？",
        "过去各村供水工程由村里自行收费，水价从每吨1元到3元不等。办法施行后，"
        "县水务集团统一运行维护的农村供水工程"
        "实行统一的阶梯水价，城乡居民用水同网同质同价。",
    ),
    (
        "一户人家一个月用20吨水，要交多少水费？",
        "前15吨按第一阶梯每吨2.30元计算为34.50元，超出的5吨按第二阶梯每吨3.45元计算为17.25元，合计51.75元。",
    ),
    (
        "开农家乐、民宿，用水按什么价格？",
        "从事经营的农家乐、民宿按非居民用水每吨3.80元计收；没有从事经营的，按居民生活用水阶梯水价计收。",
    ),
    (
        "多久抄一次表？怎么缴费？",
        "县水务集团每两个月抄表一次，阶梯水量按月分摊计算。可通过“浙里办”App、“磐安水务”微信公众号"
        "或者到乡镇营业网点缴费，缴费期限为抄表后15日内。",
    ),
    (
        "低保户减免的水量当月用不完，能留到下个月吗？",
        "不能。减免水量当月未用完的，不累计、不结转。",
    ),
]


def pa_srcdoc_page() -> str:
    """The 政策解读 as the portal shows it: the page's own furniture, its title and source, and the 解读
    itself in an <iframe srcdoc="…"> (the 水务局 subsite's article, entity-escaped into the attribute) —
    nothing of the 问/答 in the page's own text."""
    inner_rows = "\n".join(
        f'<div class="qa"><p class="wen"><span class="tag">问</span>{q}</p>'
        f'<p class="da"><span class="tag">答</span>{a}</p></div>'
        for q, a in PA_JIEDU
    )
    inner = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<style>body{{font-family:"Microsoft YaHei";font-size:16px;line-height:1.9;color:#333}}
.tag{{display:inline-block;width:24px;color:#fff;background:#1a6fb5;text-align:center;margin-right:8px}}
.da .tag{{background:#d9822b}}</style></head>
<body><div class="jd-body">
<p class="lead">2026年3月20日，县水务局、县发展和改革局、县民政局联合印发《{PA_TITLE}》。
现就群众关心的问题解读如下。</p>
{inner_rows}
<p class="src">（磐安县水务局　供稿）</p>
</div></body></html>"""
    frame = (
        '<iframe id="jdFrame" name="jdFrame" title="政策解读正文" width="100%" height="1380" '
        'frameborder="0" '
        f'scrolling="no" sandbox="allow-same-origin" srcdoc="{html.escape(inner, quote=True)}"></iframe>'
    )
    body = (
        '<div class="jd-head"><span>解读文件：</span>'
        f"<a href='/art/2026/3/20/art_1229431_59310782.html'>{PA_TITLE}</a></div>\n"
        + frame
        + '\n<div class="jd-foot">解读机关：磐安县水务局　解读人：县水务局水资源科'
        + "　联系电话：0579-84661527</div>"
    )
    return page_jcms(PA, f"《{PA_TITLE}》政策解读", "政务公开 » 政策解读", "2026-03-24", "磐安县水务局", body)


def write_panan() -> None:
    write(
        f"浙江/磐安县/{PA_TITLE}.html",
        page_jcms(
            PA,
            f"关于印发{PA_TITLE}的通知",
            "政务公开 » 政策文件",
            "2026-03-20",
            "磐安县水务局",
            P(PA_NOTICE)
            + f'\n<p style="text-align:center"><strong>{PA_TITLE}</strong></p>\n'
            + P(pa_articles(draft=False)),
            f"文号：磐水{L}2026{R}9号",
        ),
    )
    write(
        f"浙江/磐安县/{PA_DRAFT_TITLE}.html",
        page_jcms(
            PA,
            PA_DRAFT_TITLE,
            "政民互动 » 意见征集",
            "2026-01-15",
            "磐安县水务局",
            P(PA_DRAFT_LEAD)
            + f'\n<p style="text-align:center"><strong>{PA_TITLE}（征求意见稿）</strong></p>\n'
            + P(pa_articles(draft=True))
            + '\n<div class="yjzj">征集状态：<span>已结束</span>　<a>我要提意见</a></div>',
        ),
    )
    write(f"浙江/磐安县/《{PA_TITLE}》政策解读.html", pa_srcdoc_page())
    t = "低保户4口人每月用12吨水，减免后水费要交多少？"
    write(
        f"浙江/磐安县/12345 {t}.html",
        letter(
            PA,
            "12345政务服务热线",
            t,
            "陈**",
            "2026-06-08",
            """
我是尖山镇的低保户，家里4口人，老伴身体不好常年吃药。我们村5月份起水费归县水务集团统一收了，
每个月大概用12吨水。听说低保户水费有减免，减免以后我家一个月还要交多少钱？要不要去哪里办手续？
""",
            "磐安县水务局",
            "2026-06-12",
            """
您好！经县水务局会同县水务集团核实，答复如下：

一、根据《磐安县农村供水工程水价核定及水费减免办法》，最低生活保障家庭每户每月减免5吨水费。您家每月用水约12吨，
减免5吨后按7吨计费，均在第一阶梯（每户每月15吨以内，每吨2.30元），每月应交水费16.10元。

二、您家常住人口4人，未达到5人以上，阶梯水量基数不增加。

三、请携带居民身份证、低保证和用水户号（见水费通知单）到尖山镇社会事务办公室申请，镇里审核后报县水务集团，
自次月起减免。

咨询电话：0579-84661527。
""",
            "PA12345-20260608-0316",
            "jcms",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 5-8 安福县 农田水利、河道采砂: the 先建后补 实施办法 (a hard-wrapped PDF whose 补助标准 annex is a
# landscape table on a page turned by /Rotate 90), the 采砂权 出让公告 as a Word 2003 XML document saved
# as .doc, the 采砂许可 办事指南 and a 县长信箱 reply reckoning one village's 山塘
# ---------------------------------------------------------------------------------------------------------

AF_PDF = "安福县小型农田水利工程“先建后补”实施办法.pdf"
AF_PAGES = [
    f"""
安福县小型农田水利工程“先建后补”实施办法

安水字{L}2026{R}6号

第一条　为调动农民群众和新型农业经营主体兴修农田水利的积极性，加快补齐小型农田水利设施短板，
根据省、市有关规定，
结合我县实际，制定本办法。

第二条　“先建后补”是指实施主体按照批准的建设内容自行组织建设，工程完工并经验收合格后，由县财政按标准给予补助。

第三条　实施主体为村集体经济组织、农民专业合作社、家庭农场和种粮大户。

第四条　补助范围为山塘整治、灌溉渠道、小型泵站和高效节水灌溉等小型农田水利工程。
""",
    """
第五条　补助标准见附件。2026年县财政安排“先建后补”补助资金800万元，按申报先后和核定结果安排，用完为止。

第六条　实施程序：

（一）申报：每年3月1日至3月31日，实施主体向所在乡镇人民政府提出申请，填写申报表并附工程位置图和建设内容说明；

（二）核定：县水利局会同县财政局于4月30日前现场核定建设内容和投资；

（三）建设：实施主体自行组织施工，当年11月30日前完工；

（四）验收：完工后向乡镇人民政府申请验收，由县水利局组织验收；

（五）拨付：验收合格后30个工作日内，补助资金拨付至实施主体账户。

第七条　补助名单在村务公开栏公示7天。弄虚作假、套取补助资金的，追回补助资金，3年内不得申报。

第八条　本办法自2026年3月1日起施行，由县水利局负责解释。咨询电话：0796-7612385。

附件：安福县小型农田水利工程“先建后补”补助标准
""",
]
AF_RATES = [
    ["工程类型", "建设内容", "补助标准", "单个项目补助上限"],
    ["山塘整治", "清淤扩容、坝体加固、溢洪道和放水设施改造", "核定投资的70%", "15万元"],
    ["灌溉渠道", "新建或者改造硬化渠道（含U型槽）", "每米180元", "20万元"],
    ["小型泵站", "新建或者更新改造灌溉泵站", "核定投资的60%", "10万元"],
    ["高效节水灌溉", "喷灌、微灌、管道输水灌溉", "每亩800元", "30万元"],
]
AF_RATES_NOTE = "注：实施主体自筹部分可以投工投劳折抵；同一工程不得重复申报其他财政补助。"


def write_anfu_pdf() -> None:
    """Two portrait pages hard-wrapped at 34 characters, then the annex: a landscape table drawn turned
    a quarter (the page's /Rotate 90 turns it upright on screen), grid lines and all."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = DOCS / f"江西/安福县/{AF_PDF}"
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    total = len(AF_PAGES) + 1
    for n, page in enumerate(AF_PAGES, 1):
        c.setFont("STSong-Light", 9)
        c.drawString(70, 805, "安福县水利局文件")
        c.drawRightString(525, 805, "安福县财政局")
        y = 770
        for k, para in enumerate(J(page)):
            centred = n == 1 and k == 0
            c.setFont("STSong-Light", 15 if centred else 12)
            if centred:
                c.drawCentredString(297, y, para)
                y -= 30
                continue
            for line in _wrap("\u3000\u3000" + para, 34):
                c.drawString(70, y, line)
                y -= 20
                assert y > 70, n
            y -= 6
        c.setFont("STSong-Light", 9)
        c.drawCentredString(297, 40, f"- {n} -")
        c.showPage()
    # the annex: a portrait MediaBox (reportlab swaps the size given for a page turned 90) whose text runs
    # up the page, turned a quarter; /Rotate 90 shows it upright and landscape
    c.setPageSize((A4[1], A4[0]))
    c.setPageRotation(90)
    c.saveState()
    c.translate(40, 60)
    c.rotate(90)
    widths = (120, 330, 150, 120)
    c.setFont("STSong-Light", 14)
    c.drawString(0, -30, "附件")
    c.drawCentredString(360, -60, "安福县小型农田水利工程“先建后补”补助标准")
    y = -100
    c.setFont("STSong-Light", 11)
    for row in AF_RATES:
        x = 0
        for w, cell in zip(widths, row, strict=True):
            c.rect(x, y - 8, w, 30)
            c.drawString(x + 6, y + 3, cell)
            x += w
        y -= 30
    c.setFont("STSong-Light", 10)
    c.drawString(0, y - 12, AF_RATES_NOTE)
    c.drawCentredString(360, -470, f"- {total} -")
    c.restoreState()
    c.showPage()
    c.save()


AF_DOC = "安福县泸水河2026年度河道采砂权公开出让公告.doc"
AF_SAND = [
    ["项目", "内容"],
    ["可采区", "泸水河枫田段（枫田镇松田村至车田村，河道长约2.1公里）"],
    ["控制开采总量", "12万吨"],
    ["开采期限", "2026年10月1日至2027年3月31日"],
    ["起拍价", "486万元"],
    ["竞买保证金", "100万元"],
    ["增价幅度", "5万元"],
]
AF_SAND_TEXT = f"""
安水采{L}2026{R}3号

经安福县人民政府批准，安福县水利局委托安福县公共资源交易中心，对泸水河枫田段2026年度河道采砂权进行公开拍卖出让。
现将有关事项公告如下：

一、出让标的

出让标的的可采区范围、控制开采总量、开采期限、起拍价和保证金见下表。每年4月1日至9月30日为禁采期，禁采期内一律不得采砂。

二、竞买人资格

在中华人民共和国境内注册的企业法人，注册资本不低于500万元，具有自有或者租赁的采砂船舶和运输车辆，
近3年内无非法采砂违法记录。本次出让不接受联合竞买。

三、报名时间和方式

2026年8月10日至8月24日（工作日上午8:30—12:00，下午14:30—17:30），竞买人持营业执照、法定代表人身份证明
和采砂船舶权属证明到安福县公共资源交易中心（平都镇凤林东路）报名，并交纳竞买保证金。

四、拍卖时间和地点

2026年8月28日上午10:00，在安福县公共资源交易中心二楼开标室公开拍卖，价高者得。

五、其他事项

竞得人应当在拍卖成交后10个工作日内签订出让合同，并持成交确认书向县水利局申请办理河道采砂许可证。
采砂船舶须安装GPS定位和视频监控装置，接入县河道采砂监管平台。

联系人：县水利局河湖科　电话：0796-7612385

安福县水利局　安福县公共资源交易中心

2026年7月30日
"""


def wml_runs(text: str, size: int) -> str:
    """A paragraph's text as Word 2003 XML runs: ASCII and CJK in runs of their own, as Word splits them
    by script (486万元 is 486|万元)."""
    out = []
    for m in re.finditer(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        part = m.group()
        fonts = (
            '<w:rFonts w:ascii="Times New Roman" w:h-ansi="Times New Roman"/>'
            if part.isascii()
            else '<w:rFonts w:hint="fareast"/><wx:font wx:val="仿宋_GB2312"/>'
        )
        out.append(f'<w:r><w:rPr>{fonts}<w:sz w:val="{size}"/></w:rPr><w:t>{escape(part)}</w:t></w:r>')
    return "".join(out)


def wml_doc(title: str, paragraphs: list[str], grid: list[list[str]], author: str) -> bytes:
    """Word 2003 XML (WordprocessingML 2003, “XML 文档 (*.xml)”) as an OA system hands it out under a .doc
    name: the <?mso-application progid="Word.Document"?> instruction, w:wordDocument with
    o:DocumentProperties,
    w:fonts, w:styles and w:docPr, the body in wx:sect, runs split by script, a w:tbl after the paragraph
    that names the table."""
    body = [
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:line-rule="exact"/></w:pPr>'
        + wml_runs(title, 44).replace("<w:rPr>", "<w:rPr><w:b/>")
        + "</w:p>"
    ]
    for p in paragraphs:
        heading = bool(re.fullmatch(r"[一二三四五六七八九十]+、\S{2,8}", p))
        ppr = (
            '<w:pPr><w:ind w:first-line-chars="200" w:first-line="640"/>'
            '<w:spacing w:line="560" w:line-rule="exact"/></w:pPr>'
        )
        runs = wml_runs(p, 32)
        if heading:
            runs = runs.replace('<wx:font wx:val="仿宋_GB2312"/>', '<wx:font wx:val="黑体"/>')
        body.append(f"<w:p>{ppr}{runs}</w:p>")
        if p.startswith("出让标的的可采区范围"):
            rows = []
            for i, row in enumerate(grid):
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                    + '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                    + (
                        wml_runs(cell, 28).replace("<w:rPr>", "<w:rPr><w:b/>")
                        if i == 0
                        else wml_runs(cell, 28)
                    )
                    + "</w:p></w:tc>"
                    for w, cell in zip((2200, 6300), row, strict=True)
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append(
                '<w:tbl><w:tblPr><w:tblW w:w="8500" w:type="dxa"/><w:tblBorders>'
                '<w:top w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
                '<w:left w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
                '<w:bottom w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
                '<w:right w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
                '<w:insideH w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
                '<w:insideV w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
                "</w:tblBorders></w:tblPr>"
                '<w:tblGrid><w:gridCol w:w="2200"/><w:gridCol w:w="6300"/></w:tblGrid>'
                + "".join(rows)
                + "</w:tbl>"
            )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
        'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
        'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" w:macrosPresent="no" '
        'w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">'
        '<w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>'
        f"<o:DocumentProperties><o:Title>{escape(title)}</o:Title><o:Author>{author}</o:Author>"
        f"<o:LastAuthor>{author}</o:LastAuthor><o:Revision>3</o:Revision>"
        "<o:TotalTime>42</o:TotalTime><o:Created>2026-07-29T08:12:00Z</o:Created>"
        "<o:LastSaved>2026-07-30T01:36:00Z</o:LastSaved><o:Pages>2</o:Pages>"
        "<o:Company>安福县水利局</o:Company><o:Version>11.9999</o:Version></o:DocumentProperties>"
        '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New '
        'Roman" w:cs="Times New Roman"/><w:font w:name="宋体"><w:altName w:val="SimSun"/>'
        '<w:panose-1 w:val="02010600030101010101"/><w:charset w:val="86"/>'
        '<w:family w:val="Auto"/><w:pitch w:val="variable"/></w:font>'
        '<w:font w:name="仿宋_GB2312"><w:charset w:val="86"/><w:family w:val="Modern"/>'
        '<w:pitch w:val="fixed"/></w:font><w:font w:name="黑体"><w:altName w:val="SimHei"/>'
        '<w:charset w:val="86"/><w:family w:val="Modern"/><w:pitch w:val="fixed"/></w:font>'
        '</w:fonts><w:styles><w:versionOfBuiltInStylenames w:val="4"/>'
        '<w:latentStyles w:defLockedState="off" w:latentStyleCount="156"/>'
        '<w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/>'
        '<wx:uiName wx:val="正文"/><w:pPr><w:widowControl w:val="off"/><w:jc w:val="both"/>'
        '</w:pPr><w:rPr><wx:font wx:val="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/>'
        '<w:sz-cs w:val="24"/><w:lang w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/></w:rPr>'
        '</w:style></w:styles><w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/>'
        "<w:doNotEmbedSystemFonts/><w:bordersDontSurroundHeader/><w:bordersDontSurroundFooter/>"
        '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
        '<w:displayHorizontalDrawingGridEvery w:val="0"/>'
        '<w:displayVerticalDrawingGridEvery w:val="2"/><w:punctuationKerning/>'
        '<w:characterSpacingControl w:val="CompressPunctuation"/><w:compat><w:spaceForUL/>'
        "<w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>"
        "<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat>"
        f'</w:docPr><w:body><wx:sect>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
        'w:footer="1417" w:gutter="0"/><w:cols w:space="425"/>'
        '<w:docGrid w:type="lines" w:line-pitch="312"/></w:sectPr></wx:sect></w:body>'
        "</w:wordDocument>"
    )
    return xml.encode("utf-8")


AF_GUIDE = [
    ["事项名称", "河道采砂许可"],
    ["事项类型", "行政许可"],
    ["实施机关", "安福县水利局"],
    ["申请条件", "通过公开拍卖等方式依法取得河道采砂权，并签订采砂权出让合同"],
    [
        "申请材料",
        "1.河道采砂许可申请书；2.采砂权出让成交确认书和出让合同；3.营业执照；"
        "4.采砂作业方式、采砂机具和弃料处理方案；"
        "5.采砂船舶GPS定位和视频监控装置安装证明",
    ],
    ["办理地点", "安福县政务服务中心二楼水利窗口（B区12号）"],
    ["法定办结时限", "20个工作日"],
    ["承诺办结时限", "5个工作日"],
    ["收费标准", "不收费"],
    ["许可证有效期", "不超过1年，且不超过出让合同约定的开采期限"],
    ["办理结果", "河道采砂许可证（纸质证照，窗口领取或者免费邮寄）"],
    ["咨询电话", "0796-7612385（县水利局河湖科）"],
]


def write_anfu() -> None:
    write_anfu_pdf()
    write_bytes(
        f"江西/安福县/{AF_DOC}",
        wml_doc(AF_DOC.removesuffix(".doc"), J(AF_SAND_TEXT), AF_SAND, "afxslj-hhk"),
    )
    write(
        "江西/安福县/河道采砂许可办事指南.html",
        page_gk(
            AF,
            "河道采砂许可办事指南",
            "办事指南",
            "2026-04-02",
            "安福县水利局",
            table(
                AF_GUIDE, 'class="bszn" width="100%" border="1" cellspacing="0" cellpadding="6"', thead=False
            )
            + '\n<p class="tip">温馨提示：可登录“赣服通”安福分厅在线申请，材料齐全的可全程网办。</p>',
            index="11360829014502317N/2026-00052",
            topic="水利",
        ),
    )
    t = "村里山塘清淤加固核定投资18万，先建后补能补多少？"
    write(
        f"江西/安福县/县长信箱 {t}.html",
        letter(
            AF,
            "县长信箱",
            t,
            "刘**（枫田镇某村村委会）",
            "2026-02-20",
            """
县长您好！我是枫田镇一个村的村委会主任。村里有一口老山塘淤得厉害，坝也渗水，下游管着200多亩田。
请人初步估了一下，清淤加坝体加固要18万元左右，村集体能自筹3万元，村民也愿意出工。听说县里今年搞“先建后补”，
请问我们村能补多少？什么时候申报？村民出工能不能算钱？
""",
            "安福县水利局",
            "2026-02-26",
            """
您好！来信收悉，经县水利局农村水利股核实，答复如下：

一、根据《安福县小型农田水利工程“先建后补”实施办法》，山塘整治按核定投资的70%给予补助，单个项目上限15万元。
如经县水利局、县财政局现场核定投资为18万元，可补助12.6万元，未超过上限；其余5.4万元由村集体自筹。

二、实施主体自筹部分可以投工投劳折抵，村民出工可按核定的标准折算。

三、请于2026年3月1日至3月31日向枫田镇人民政府提出申请，填写申报表并附工程位置图和建设内容说明。
工程须在当年11月30日前完工，验收合格后30个工作日内拨付补助资金。

咨询电话：0796-7612385。
""",
            "AFXZXX-2026-0220-011",
            "gk",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-11 临朐县 家电以旧换新: the 实施细则 (a 补贴比例 table), the 第三批 发放汇总表 as an .xlsx written by hand
# (formulas with cached values, SUBTOTAL over a hidden row, inline strings, a second sheet), a 12345 reply
# reckoning one buyer's 补贴
# ---------------------------------------------------------------------------------------------------------

LQ_TITLE = "临朐县2026年家电以旧换新补贴实施细则"
LQ_RATES = [
    ["产品能效（水效）等级", "补贴比例", "每件补贴上限"],
    ["1级", "产品最终销售价格的20%", "2000元"],
    ["2级", "产品最终销售价格的15%", "2000元"],
    ["3级及以下", "不予补贴", "—"],
]
LQ_BODY = """
为落实国家和省、市关于加力扩围实施大规模设备更新和消费品以旧换新政策的要求，提振家电消费，制定本细则。

一、补贴时间

2026年1月1日至2026年12月31日，补贴资金用完即止。

二、补贴品类

冰箱（含冰柜）、洗衣机（含干衣机）、电视、空调、电脑、热水器、家用灶具、吸油烟机、净水器、洗碗机、电饭煲、
微波炉12类家电产品。

三、补贴标准

个人消费者购买2级及以上能效或水效标准的产品，按产品最终销售价格的15%给予补贴；购买1级能效或水效标准的产品，
额外再给予产品最终销售价格5%的补贴。每位消费者每类产品可补贴1件，其中空调产品最多可补贴3件，每件补贴不超过2000元。
各等级补贴比例如下表：
"""
LQ_BODY2 = """
四、参与方式

消费者通过“云闪付”App搜索“临朐以旧换新”，完成实名认证后领取补贴资格，到参与活动的门店购买时出示付款码，
补贴在支付时直接立减。通过电商平台线上购买的，收货地址须在临朐县行政区域内。

五、旧家电回收

补贴不以交售旧家电为前提。消费者同时交售旧家电的，可预约参与活动的回收企业免费上门回收，回收价格由回收企业公示。

六、监督管理

参与企业不得先提价后降价，不得虚构交易套取补贴。违规核销的，追回补贴资金并取消参与资格。

七、咨询电话

临朐县商务局：0536-3112706。
"""

LQ_XLSX = "临朐县2026年家电以旧换新补贴资金第三批发放汇总表.xlsx"
LQ_SHOPS = [
    ("临朐县鸿达家电商场", 612, 2876450, "498362.40", ""),
    ("临朐县百货大楼有限公司家电部", 438, 2131760, "372905.20", ""),
    ("临朐县永兴电器有限公司", 355, 1688900, "291466.80", ""),
    ("临朐县东城家电城", 297, 1402380, "243117.60", ""),
    ("临朐县龙岗镇顺发电器", 23, 98600, "16940.00", "已撤销（违规核销，补贴资金已追回）"),
    ("临朐县九山镇惠民家电", 118, 503270, "86231.50", ""),
    ("临朐县冶源镇金盛电器", 164, 742910, "128604.30", ""),
    ("临朐县五井镇兴旺家电", 96, 401350, "69540.20", ""),
    ("临朐县寺头镇利民电器", 83, 356820, "61772.00", ""),
]
LQ_KINDS = [
    ("冰箱（含冰柜）", 512, "452380.60"),
    ("洗衣机（含干衣机）", 436, "236914.20"),
    ("电视", 318, "268730.40"),
    ("空调", 647, "551206.80"),
    ("电脑", 96, "98310.00"),
    ("热水器", 184, "71862.40"),
    ("家用灶具、吸油烟机", 152, "50213.60"),
    ("其他（净水器、洗碗机、电饭煲、微波炉）", 44, "22382.00"),
]


def _cents(v: str) -> int:
    return int(v.replace(".", ""))


def _num(cents: int) -> str:
    """A cached value as Excel writes it: no trailing zeros, no decimal point for a whole number."""
    yuan, c = divmod(cents, 100)
    return str(yuan) if c == 0 else f"{yuan}.{c:02d}".rstrip("0")


def _is(ref: str, text: str, s: int = 0) -> str:
    return f'<c r="{ref}" s="{s}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def _n(ref: str, value: str, s: int = 0) -> str:
    return f'<c r="{ref}" s="{s}"><v>{value}</v></c>'


def _f(ref: str, formula: str, cached: str, s: int = 0) -> str:
    return f'<c r="{ref}" s="{s}"><f>{escape(formula)}</f><v>{cached}</v></c>'


def lq_xlsx() -> bytes:
    """An .xlsx written by hand as a county 商务局's export tool writes it: inline strings (no
    sharedStrings part), a merged title row, the withdrawn shop's row hidden (hidden="1") with its figures
    still in it, 合计 by SUBTOTAL(109, …) — which leaves hidden rows out — with the cached values Excel
    stored (<f> beside <v>), a #,##0.00 money format, and a second sheet 分品类 whose totals are SUM
    formulas with cached values."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rows = [
        '<row r="1" ht="30" customHeight="1">'
        + _is("A1", "临朐县2026年家电以旧换新补贴资金第三批发放汇总表", 1)
        + "</row>",
        '<row r="2">'
        + _is("A2", "填报单位：临朐县商务局（盖章）")
        + _is("D2", "核销截止日期：2026年9月30日")
        + "</row>",
        '<row r="3">'
        + "".join(
            _is(f"{col}3", h, 2)
            for col, h in zip(
                "ABCDEF",
                ("序号", "参与企业", "核销笔数（笔）", "销售额（元）", "补贴金额（元）", "备注"),
                strict=True,
            )
        )
        + "</row>",
    ]
    no = 0
    for i, (shop, count, sales, money, note) in enumerate(LQ_SHOPS):
        r = 4 + i
        hidden = ' hidden="1"' if note else ""
        no += 0 if note else 1
        cells = (_is(f"A{r}", "—") if note else _n(f"A{r}", str(no))) + _is(f"B{r}", shop)
        cells += _n(f"C{r}", str(count)) + _n(f"D{r}", str(sales), 3) + _n(f"E{r}", _num(_cents(money)), 3)
        if note:
            cells += _is(f"F{r}", note)
        rows.append(f'<row r="{r}"{hidden}>{cells}</row>')
    last = 3 + len(LQ_SHOPS)
    tot = 4 + len(LQ_SHOPS)
    vis = [s for s in LQ_SHOPS if not s[4]]
    rows.append(
        f'<row r="{tot}">{_is(f"A{tot}", "合计", 2)}'
        + _f(f"C{tot}", f"SUBTOTAL(109,C4:C{last})", str(sum(s[1] for s in vis)), 2)
        + _f(f"D{tot}", f"SUBTOTAL(109,D4:D{last})", str(sum(s[2] for s in vis)), 4)
        + _f(f"E{tot}", f"SUBTOTAL(109,E4:E{last})", _num(sum(_cents(s[3]) for s in vis)), 4)
        + "</row>"
    )
    note_r = tot + 1
    rows.append(
        f'<row r="{note_r}">'
        + _is(
            f"A{note_r}", "说明：补贴资金由县财政通过银联清算拨付至参与企业账户；已撤销核销记录不计入合计。"
        )
        + "</row>"
    )
    sheet1 = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}>'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="A1:F{note_r}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
        '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="14.25"/>'
        '<cols><col min="1" max="1" width="6" customWidth="1"/>'
        '<col min="2" max="2" width="32" customWidth="1"/>'
        '<col min="3" max="5" width="16" customWidth="1"/>'
        '<col min="6" max="6" width="30" customWidth="1"/></cols>'
        f"<sheetData>{''.join(rows)}</sheetData>"
        '<mergeCells count="3"><mergeCell ref="A1:F1"/><mergeCell ref="A2:C2"/>'
        f'<mergeCell ref="A{note_r}:F{note_r}"/></mergeCells>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape"/></worksheet>'
    )
    rows2 = [
        f'<row r="1">{_is("A1", "第三批补贴分品类统计", 1)}</row>',
        '<row r="2">'
        + _is("A2", "品类", 2)
        + _is("B2", "补贴件数（件）", 2)
        + _is("C2", "补贴金额（元）", 2)
        + "</row>",
    ]
    for i, (kind, count, money) in enumerate(LQ_KINDS):
        r = 3 + i
        rows2.append(
            f'<row r="{r}">'
            + _is(f"A{r}", kind)
            + _n(f"B{r}", str(count))
            + _n(f"C{r}", _num(_cents(money)), 3)
            + "</row>"
        )
    t2 = 3 + len(LQ_KINDS)
    rows2.append(
        f'<row r="{t2}">{_is(f"A{t2}", "合计", 2)}'
        + _f(f"B{t2}", f"SUM(B3:B{t2 - 1})", str(sum(k[1] for k in LQ_KINDS)), 2)
        + _f(f"C{t2}", f"SUM(C3:C{t2 - 1})", _num(sum(_cents(k[2]) for k in LQ_KINDS)), 4)
        + "</row>"
    )
    sheet2 = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}>'
        f'<dimension ref="A1:C{t2}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr defaultRowHeight="14.25"/>'
        '<cols><col min="1" max="1" width="36" customWidth="1"/>'
        '<col min="2" max="3" width="18" customWidth="1"/></cols>'
        f"<sheetData>{''.join(rows2)}</sheetData>"
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    )
    assert _num(sum(_cents(k[2]) for k in LQ_KINDS)) == _num(sum(_cents(s[3]) for s in vis))
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="176" formatCode="#,##0.00"/></numFmts>'
        '<fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font>'
        '<font><b/><sz val="16"/><name val="方正小标宋简体"/><charset val="134"/></font>'
        '<font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill>'
        '<patternFill patternType="gray125"/></fill></fills>'
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/>'
        "<diagonal/></border></borders>"
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
        '<alignment horizontal="center" vertical="center"/></xf>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="1" '
        'xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">'
        '<alignment horizontal="center" wrapText="1"/></xf>'
        '<xf numFmtId="176" fontId="0" fillId="0" borderId="1" '
        'xfId="0" applyNumberFormat="1" applyBorder="1"/>'
        '<xf numFmtId="176" fontId="2" fillId="0" borderId="1" '
        'xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>'
        "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<workbook {ns}>"
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
        '<workbookPr defaultThemeVersion="164011"/><bookViews>'
        '<workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
        '<sheets><sheet name="第三批汇总" sheetId="1" r:id="rId1"/>'
        '<sheet name="分品类" sheetId="2" r:id="rId2"/></sheets>'
        "<definedNames>"
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">第三批汇总!$1:$3</definedName>'
        "</definedNames>"
        '<calcPr calcId="191029"/></workbook>'
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/worksheet" Target="worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/></Relationships>'
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/worksheets/sheet2.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>lqxswj</dc:creator><cp:lastModifiedBy>lqxswj</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-12T02:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-15T07:30:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity>"
        "<AppVersion>16.0300</AppVersion></Properties>"
    )
    return zip_package(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", root_rels),
            ("docProps/app.xml", app),
            ("docProps/core.xml", core),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", sheet1),
            ("xl/worksheets/sheet2.xml", sheet2),
        ]
    )


def write_linqu() -> None:
    write(
        f"山东/临朐县/{LQ_TITLE}.html",
        page_jcms(
            LQ,
            LQ_TITLE,
            "政务公开 » 通知公告",
            "2026-01-06",
            "临朐县商务局",
            P(LQ_BODY)
            + "\n"
            + table(
                LQ_RATES,
                'class="bt-table" border="1" cellspacing="0" cellpadding="5" width="90%" align="center"',
            )
            + "\n"
            + P(LQ_BODY2)
            + '\n<p style="text-align:right">临朐县商务局　临朐县财政局</p>'
            + '\n<p style="text-align:right">2026年1月6日</p>',
        ),
    )
    write_bytes(f"山东/临朐县/{LQ_XLSX}", lq_xlsx())
    t = "一级能效冰箱5299、二级洗衣机2600，以旧换新能补多少？"
    write(
        f"山东/临朐县/12345热线 {t}.html",
        letter(
            LQ,
            "12345热线",
            t,
            "孙**",
            "2026-05-11",
            """
您好，我家在冶源镇，家里的冰箱用了12年了，打算换新的。五一在县城鸿达家电看中一台一级能效的冰箱，
标价5299元，还有一台二级能效的滚筒洗衣机2600元。请问这两件以旧换新一共能补多少钱？
旧冰箱必须交给商场才能补吗？补贴是买的时候直接减还是过后打到卡上？
""",
            "临朐县商务局",
            "2026-05-14",
            """
您好！经县商务局核实，答复如下：

一、根据《临朐县2026年家电以旧换新补贴实施细则》，1级能效产品按最终销售价格的20%补贴，2级能效产品按15%补贴，
每件不超过2000元。您购买的1级能效冰箱按5299元计，补贴1059.80元；2级能效洗衣机按2600元计，补贴390元。
两件合计补贴1449.80元。

二、补贴不以交售旧家电为前提，旧冰箱可以自行处理，也可以预约回收企业免费上门回收。

三、请先在“云闪付”App搜索“临朐以旧换新”完成实名认证并领取补贴资格，在门店付款时出示付款码，补贴直接立减。

咨询电话：0536-3112706。
""",
            "LQ12345-20260511-2276",
            "jcms",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 12-14 西峡县 快递进村、农村电商: the 快递进村 奖补办法 (.docx with the 司法局's review comments left in —
# figures of an earlier draft only in the comments), the 电商 申报通知 forwarded by e-mail (.eml: GB2312
# quoted-printable, the original attached as message/rfc822), a 留言板 reply on one 快递代收点
# ---------------------------------------------------------------------------------------------------------

XX_DOCX = "西峡县县域商业体系建设快递进村奖补办法.docx"
XX_ARTICLES: list[str | tuple[str, str, str]] = [
    "第一条　为完善县乡村三级寄递物流体系，推动快递进村，畅通农产品出村进城和消费品下乡进村渠道，"
    "根据商务部等部门关于加快县域商业体系建设的有关要求，结合我县实际，制定本办法。",
    "第二条　奖补对象为在本县行政村设立村级寄递物流综合服务站（快递进村服务点）的邮政企业、快递企业、"
    "村集体经济组织和个体经营者，以及县域快递共同配送中心。",
    (
        "第三条　新建服务站奖补。2026年新建并通过县商务局验收的村级寄递物流综合服务站，",
        "每个一次性奖补3000元",
        "。每个行政村限奖补1个服务站。",
    ),
    "第四条　运营奖补。服务站正常运营满1年且日均收派件100件以上的，每年给予运营奖补2000元；"
    "日均收派件300件以上的，每年给予运营奖补4000元。",
    (
        "第五条　共同配送奖补。县域快递共同配送中心对进村快递按实际派件量",
        "每件补贴0.1元",
        "，每家每年最高30万元。",
    ),
    "第六条　申报时间和材料。每年11月1日至11月30日集中申报，申报主体提交以下材料：（一）奖补申请表；"
    "（二）营业执照或者村民委员会出具的证明；（三）服务站门头和内部照片；"
    "（四）快递信息系统后台收派件数据截图；"
    "（五）银行账户信息。",
    "第七条　乡镇人民政府对申报材料进行初审，县商务局会同县财政局审核后在县政府网站公示5个工作日，"
    "公示无异议的拨付奖补资金。",
    "第八条　弄虚作假、虚报收派件量骗取奖补资金的，追回已拨付资金，3年内不得申报县级商务发展资金。",
    "第九条　本办法自2026年5月1日起施行，有效期3年，由县商务局负责解释。",
]
XX_COMMENTS = {
    "每个一次性奖补3000元": (
        "县司法局 王**",
        "WL",
        "2026-03-30T10:12:00Z",
        "原稿为每个2000元，已按局务会意见修改，请核实资金测算。",
    ),
    "每件补贴0.1元": (
        "县商务局 法规股",
        "FG",
        "2026-03-31T15:40:00Z",
        "市局文件为每件0.15元，是否需要对齐？请业务股室确认。",
    ),
}


def xx_docx() -> bytes:
    """The 办法 as the 商务局 posted it, the 合法性审查 comments not removed: comments.xml with two
    w:comment (author, initials, date), each anchored by commentRangeStart / commentRangeEnd around its run
    and a commentReference run after it."""
    d = docx.Document()
    d.add_paragraph(f"西商务{L}2026{R}11号")
    d.add_heading("西峡县县域商业体系建设快递进村奖补办法", level=1)
    for art in XX_ARTICLES:
        if isinstance(art, tuple):
            before, target, after = art
            p = d.add_paragraph(before)
            run = p.add_run(target)
            p.add_run(after)
            author, initials, _, text = XX_COMMENTS[target]
            d.add_comment([run], text=text, author=author, initials=initials)
        else:
            d.add_paragraph(art)
    d.add_paragraph("西峡县商务局　西峡县财政局")
    d.add_paragraph("2026年4月8日")
    d.sections[0].header.paragraphs[0].text = "西峡县商务局文件"
    d.sections[0].footer.paragraphs[0].text = "— 1 —"
    d.core_properties.author = "xxxswj"
    d.core_properties.created = d.core_properties.modified = datetime(2026, 4, 8, 9, 0)
    buf = io.BytesIO()
    d.save(buf)
    data = restamp(buf.getvalue(), "2026-04-08T09:00:00Z")
    # the comments' dates: each its own, fixed (python-docx stamps the time of the run)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/comments.xml":
                text = body.decode("utf-8")
                for _, (author, _, when, _) in XX_COMMENTS.items():
                    text = re.sub(
                        rf'(w:author="{re.escape(author)}"[^>]*w:date=")[^"]*', rf"\g<1>{when}", text, count=1
                    )
                body = text.encode("utf-8")
            z.writestr(info, body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


XX_EML = "转发：关于组织申报2026年度西峡县农村电子商务发展奖补资金的通知.eml"
XX_NOTICE_TITLE = "关于组织申报2026年度西峡县农村电子商务发展奖补资金的通知"
XX_FORWARD = """各乡镇（街道）商务助理：

转发县商务局、县财政局《关于组织申报2026年度西峡县农村电子商务发展奖补资金的通知》（见附件邮件），
请各乡镇（街道）做好宣传发动，对辖区内申报主体的材料进行初审，于2026年10月20日前将初审意见和汇总表
（纸质版加盖公章）报送县商务局电商办（县政务服务中心四楼408室），电子版发送至本邮箱。逾期不予受理。

联系人：电商办 0377-69662318

--
西峡县商务局电子商务办公室
"""
XX_NOTICE = """各乡镇（街道），各有关企业：

根据《西峡县促进农村电子商务发展奖补办法》，现组织申报2026年度农村电子商务发展奖补资金，有关事项通知如下。

一、奖补对象和标准

（一）网络零售奖补：在本县注册的电商企业，2025年度农产品网络零售额500万元以上的，奖励3万元；1000万元以上的，
奖励5万元；3000万元以上的，奖励10万元。

（二）带贫奖补：吸纳脱贫人口和防止返贫监测对象就业并签订1年以上劳动合同的，每人奖补1000元，每家最高2万元。

（三）村级电商服务站：年代购代销额30万元以上的，奖补1万元。

二、申报材料

申报表；营业执照；第三方平台出具的2025年度网络销售额证明；带贫人员名单、劳动合同和工资发放记录。

三、申报时间

2026年9月22日至10月15日，申报主体向注册地乡镇（街道）提交材料。

四、审核公示

县商务局会同县财政局对乡镇初审通过的主体进行复核，复核结果在县政府网站公示7天。

联系电话：0377-69662318

西峡县商务局　西峡县财政局
2026年9月22日
"""


def rfc2047(text: str, per: int = 14) -> str:
    """Encoded words =?GB2312?B?…?= of at most ``per`` characters each, folded onto continuation lines."""
    words = [
        "=?GB2312?B?" + b64encode(text[i : i + per].encode("gb2312")).decode("ascii") + "?="
        for i in range(0, len(text), per)
    ]
    return "\n\t".join(words)


def qp_gb2312(text: str) -> str:
    """The text in GB2312, quoted-printable (soft line breaks every 76 columns, between a character's
    two bytes where they fall)."""
    return quopri.encodestring(text.encode("gb2312")).decode("ascii")


def xx_eml() -> bytes:
    """The 商务局 电商办's forward as Foxmail writes it when a mail is forwarded as an attachment:
    multipart/mixed, the subject and the names RFC 2047 =?GB2312?B?…?=, the forwarding note text/plain
    GB2312 in quoted-printable, the original notice attached whole as a message/rfc822 part (its own
    headers, its body again GB2312 quoted-printable), CRLF line ends."""
    boundary = "----=_001_NextPart718233665428_=----"
    inner = f"""Date: Tue, 22 Sep 2026 10:05:33 +0800
From: "{rfc2047("西峡县商务局")}" <xxxswj@163.com>
To: "{rfc2047("西峡县商务局电子商务办公室")}" <xxswj_dsb@163.com>
Subject: {rfc2047(XX_NOTICE_TITLE)}
X-Priority: 3
X-Mailer: Foxmail 7.2.25.375[cn]
Mime-Version: 1.0
Message-ID: <202609221005334418207@163.com>
Content-Type: text/plain; charset="GB2312"
Content-Transfer-Encoding: quoted-printable

{qp_gb2312(XX_NOTICE)}"""
    name = rfc2047(XX_NOTICE_TITLE + ".eml")
    mail = f"""Received: from xxswj_dsb$163.com ( [171.13.92.40] ) by ajax-webmail-wmsvr41
 (Coremail) ; Thu, 24 Sep 2026 16:42:18 +0800 (CST)
Date: Thu, 24 Sep 2026 16:42:18 +0800
From: "{rfc2047("西峡县商务局电子商务办公室")}" <xxswj_dsb@163.com>
To: "{rfc2047("各乡镇街道商务助理")}" <xxxz_swzl@163.com>
Subject: {rfc2047("转发：" + XX_NOTICE_TITLE)}
X-Priority: 3
X-Has-Attach: yes
X-Mailer: Foxmail 7.2.25.375[cn]
Mime-Version: 1.0
Message-ID: <202609241642183214652@163.com>
Content-Type: multipart/mixed;
\tboundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain;
\tcharset="GB2312"
Content-Transfer-Encoding: quoted-printable

{qp_gb2312(XX_FORWARD)}
--{boundary}
Content-Type: message/rfc822;
\tname="{name}"
Content-Transfer-Encoding: 7bit
Content-Disposition: attachment;
\tfilename="{name}"

{inner}
--{boundary}--
"""
    return mail.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def write_xixia() -> None:
    write_bytes(f"河南/西峡县/{XX_DOCX}", xx_docx())
    write_bytes(f"河南/西峡县/{XX_EML}", xx_eml())
    t = "村里快递代收点去年6月开的，一天130件，能申请啥奖补？"
    write(
        f"河南/西峡县/领导留言板 {t}.html",
        letter(
            XX,
            "领导留言板",
            t,
            "网友“丁河小周”",
            "2026-08-17",
            """
领导好！我在丁河镇一个村里开了个快递代收点，是2025年6月开的，几家快递都放在我这儿，
现在一天差不多130件，旺季能到200件。听说县里今年出了快递进村奖补，新建的每个能补3000块，
我这个点能申请吗？能拿多少？什么时候报？
""",
            "西峡县商务局",
            "2026-08-21",
            """
您好！感谢您对快递进村工作的支持，答复如下：

一、《西峡县县域商业体系建设快递进村奖补办法》规定的新建服务站一次性奖补，适用于2026年新建并通过验收的村级
寄递物流综合服务站。您的代收点于2025年6月设立，不属于2026年新建，不能享受新建奖补。

二、您的代收点已正常运营满1年，日均收派件130件，达到100件以上的标准，可申请运营奖补每年2000元
（日均300件以上的为4000元）。

三、请于2026年11月1日至11月30日，携带奖补申请表、营业执照、服务站门头和内部照片、快递信息系统后台收派件数据截图
和银行账户信息向丁河镇人民政府申报。

咨询电话：0377-69662318。
""",
            "XXLYB-2026-0817-093",
            "tbl",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 15-18 博罗县 外贸: the 扶持资金管理办法 (出口信用保险 保费补贴, 展会 摊位费), the 重点展会目录 as an .xls
# that is Excel 2003 XML (SpreadsheetML), a Hong Kong news site's report in Hong Kong traditional script
# with one 港资 factory's reckoning, a 12345 reply on one exporter's 保费
# ---------------------------------------------------------------------------------------------------------

BL_TITLE = "博罗县促进外贸高质量发展扶持资金管理办法"
BL_BODY = """
第一章　总　则

第一条　为稳住外贸基本盘，支持企业开拓国际市场，根据省、市有关规定，结合我县实际，制定本办法。

第二条　县财政每年安排外贸高质量发展扶持资金1500万元，由县商务局、县财政局按本办法管理。

第三条　扶持对象为在本县登记注册、具有独立法人资格、依法开展进出口业务的企业。
在本县登记注册的港澳资企业同等享受本办法扶持。

第二章　出口信用保险

第四条　企业投保短期出口信用保险的，按当年实际缴纳保费的50%给予补贴，每家企业每年最高30万元。

第五条　上年度出口额300万美元以下的小微企业，通过“小微企业出口信用保险统保平台”投保的，保费由县财政全额承担，
企业无需申报。

第六条　企业投保中长期出口信用保险或者海外投资保险的，按实际缴纳保费的30%给予补贴，每家企业每年最高50万元。

第三章　境内外展会

第七条　企业参加《博罗县重点境外展会目录》内展会的，按实际支付摊位费的70%给予补贴，
每个展位的补贴上限按目录执行。
每家企业每个展会最多补贴2个标准展位，每年补贴总额最高20万元。

第八条　企业参加目录外的境外展会，按实际支付摊位费的50%给予补贴，每个展位最高1万元。

第九条　企业参加《博罗县重点境内展会目录》内展会的，按实际支付摊位费的50%给予补贴，
每个展位的补贴上限按目录执行。

第十条　线上展会（云展会）、企业自行举办的展会和仅以参观人员身份参加的展会，不予补贴。

第四章　申报和审核

第十一条　扶持资金每年分两批申报：上半年发生的项目于当年7月1日至7月31日申报，下半年发生的项目于次年1月1日至
1月31日申报。

第十二条　申报材料：

（一）出口信用保险：保险单、保费发票和银行付款凭证；

（二）展会：展会邀请函或者参展合同、摊位费发票和付款凭证、展位现场照片（须显示展会名称和企业名称）、
参展人员出入境记录。

第十三条　企业通过“博罗县涉企资金申报系统”在线申报，并将纸质材料报送县商务局外经贸股（罗阳街道商业街县政府
大院3号楼）。县商务局会同县财政局审核后公示5个工作日，公示无异议的拨付。

第五章　附　则

第十四条　同一事项已获得省、市财政资金支持的，县级按差额补足，不重复补贴。

第十五条　本办法自2026年3月1日起施行，有效期至2028年12月31日。
"""

BL_XLS = "博罗县2026年重点展会目录及摊位费补贴标准.xls"
BL_ABROAD = [
    ("美国拉斯维加斯消费电子展（CES）", "美国拉斯维加斯", "2026年1月", 70, 50000),
    ("德国科隆国际五金工具博览会", "德国科隆", "2026年3月", 70, 45000),
    ("香港春季电子产品展", "中国香港", "2026年4月", 70, 20000),
    ("迪拜中东国际五金展", "阿联酋迪拜", "2026年5月", 70, 40000),
    ("越南（胡志明）国际工业机械展", "越南胡志明市", "2026年6月", 70, 25000),
    ("日本东京国际礼品展", "日本东京", "2026年9月", 70, 35000),
    ("巴西圣保罗国际电子展", "巴西圣保罗", "2026年9月", 70, 45000),
    ("香港秋季电子产品展", "中国香港", "2026年10月", 70, 20000),
]
BL_HOME = [
    ("中国进出口商品交易会（广交会）", "广州", 50, 10000),
    ("中国国际进口博览会", "上海", 50, 8000),
    ("中国国际高新技术成果交易会", "深圳", 50, 6000),
    ("中国（广州）国际家具博览会", "广州", 50, 6000),
]


def ss_cell(value: object, style: str = "", index: int = 0, across: int = 0) -> str:
    attrs = (f' ss:Index="{index}"' if index else "") + (f' ss:MergeAcross="{across}"' if across else "")
    attrs += f' ss:StyleID="{style}"' if style else ""
    kind = "Number" if isinstance(value, int) else "String"
    return f'<Cell{attrs}><Data ss:Type="{kind}">{escape(str(value))}</Data></Cell>'


def bl_xls() -> bytes:
    """Excel 2003 XML (SpreadsheetML, “XML 电子表格 2003”) saved under .xls, as the 商务局's download
    page hands it out: the <?mso-application progid="Excel.Sheet"?> instruction, ss:Workbook with
    DocumentProperties and Styles, two ss:Worksheet of Table / Row / Cell / Data (ss:Type Number or
    String), a title cell spanning the columns (ss:MergeAcross), a row whose first cell is left empty and
    whose next cell says where it stands (ss:Index), WorksheetOptions. CRLF line ends."""
    rows1 = [
        '<Row ss:Height="30">' + ss_cell("博罗县2026年重点境外展会目录", "title", across=5) + "</Row>",
        "<Row>"
        + "".join(
            ss_cell(h, "head")
            for h in ("序号", "展会名称", "举办地", "举办时间", "补贴比例（%）", "每个展位补贴上限（元）")
        )
        + "</Row>",
    ]
    for i, (name, where, when, rate, cap) in enumerate(BL_ABROAD, 1):
        rows1.append(
            "<Row>"
            + ss_cell(i)
            + ss_cell(name)
            + ss_cell(where)
            + ss_cell(when)
            + ss_cell(rate, "num")
            + ss_cell(cap, "num")
            + "</Row>"
        )
    rows1.append(
        "<Row>"
        + ss_cell(
            "注：目录外的境外展会按摊位费的50%补贴，每个展位最高10000元；"
            "每家企业每个展会最多补贴2个标准展位。",
            index=2,
            across=4,
        )
        + "</Row>"
    )
    rows2 = [
        '<Row ss:Height="30">' + ss_cell("博罗县2026年重点境内展会目录", "title", across=4) + "</Row>",
        "<Row>"
        + "".join(
            ss_cell(h, "head")
            for h in ("序号", "展会名称", "举办地", "补贴比例（%）", "每个展位补贴上限（元）")
        )
        + "</Row>",
    ]
    for i, (name, where, rate, cap) in enumerate(BL_HOME, 1):
        rows2.append(
            "<Row>"
            + ss_cell(i)
            + ss_cell(name)
            + ss_cell(where)
            + ss_cell(rate, "num")
            + ss_cell(cap, "num")
            + "</Row>"
        )

    def sheet(name: str, cols: tuple[int, ...], rows: list[str]) -> str:
        widths = "".join(f'\n   <Column ss:AutoFitWidth="0" ss:Width="{w}"/>' for w in cols)
        body = "\n   ".join(rows)
        return f""" <Worksheet ss:Name="{name}">
  <Table ss:ExpandedColumnCount="{len(cols)}" ss:ExpandedRowCount="{len(rows)}" x:FullColumns="1"
   x:FullRows="1" ss:DefaultColumnWidth="54" ss:DefaultRowHeight="14.25">{widths}
   {body}
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <PageSetup>
    <Layout x:Orientation="Landscape"/>
    <Header x:Margin="0.3"/>
    <Footer x:Margin="0.3"/>
   </PageSetup>
   <Print>
    <ValidPrinterInfo/>
    <PaperSizeIndex>9</PaperSizeIndex>
   </Print>
   <ProtectObjects>False</ProtectObjects>
   <ProtectScenarios>False</ProtectScenarios>
  </WorksheetOptions>
 </Worksheet>
"""

    xml = f"""<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Author>blxswj-wjg</Author>
  <LastAuthor>blxswj-wjg</LastAuthor>
  <Created>2026-01-19T02:15:00Z</Created>
  <LastSaved>2026-02-26T08:03:00Z</LastSaved>
  <Company>博罗县商务局</Company>
  <Version>16.00</Version>
 </DocumentProperties>
 <ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel">
  <WindowHeight>12300</WindowHeight>
  <WindowWidth>28800</WindowWidth>
  <ProtectStructure>False</ProtectStructure>
  <ProtectWindows>False</ProtectWindows>
 </ExcelWorkbook>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal">
   <Alignment ss:Vertical="Center"/>
   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/>
  </Style>
  <Style ss:ID="title">
   <Alignment ss:Horizontal="Center" ss:Vertical="Center"/>
   <Font ss:FontName="方正小标宋简体" x:CharSet="134" ss:Size="16" ss:Bold="1"/>
  </Style>
  <Style ss:ID="head">
   <Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/>
   <Font ss:FontName="黑体" x:CharSet="134" ss:Size="11"/>
  </Style>
  <Style ss:ID="num">
   <Alignment ss:Horizontal="Right" ss:Vertical="Center"/>
   <NumberFormat ss:Format="0"/>
  </Style>
 </Styles>
{sheet("境外展会", (36, 220, 100, 80, 80, 120), rows1)}\
{sheet("境内展会", (36, 220, 80, 80, 120), rows2)}</Workbook>
"""
    return xml.replace("\n", "\r\n").encode("utf-8")


BL_HK_TITLE = "博羅加碼支持企業出海參展 港資企業同等享受 攤位費最高補七成"
BL_HK = """
【灣區經貿網訊】記者從惠州市博羅縣商務局獲悉，《博罗县促进外贸高质量发展扶持资金管理办法》已於今年3月1日起施行，
縣財政每年安排1500萬元支持企業投保出口信用保險和參加境內外展會。在博羅登記註冊的港澳資企業同等享受。

根據辦法，企業參加《博羅縣重點境外展會目錄》內的展會，按實際支付攤位費的70%補貼，每個展位的補貼上限按目錄執行，
每家企業每個展會最多補貼2個標準展位。目錄中香港春季電子產品展和香港秋季電子產品展每個展位補貼上限均為2萬元。

以參加今年10月的香港秋季電子產品展為例：一家在博羅園洲鎮設廠的港資電子企業租用2個標準展位，攤位費共5.6萬元
（人民幣，下同），每個展位2.8萬元，按七成計算每個展位可補1.96萬元，未超過上限，合共可獲補貼3.92萬元。

出口信用保險方面，企業投保短期出口信用保險的，按保費的50%補貼，每家企業每年最高30萬元；上年度出口額300萬美元以下的
小微企業通過統保平台投保，保費由縣財政全額承擔。

博羅縣商務局提醒，上半年參展的項目須於7月1日至7月31日申報，下半年的於翌年1月申報；線上「雲展會」不在補貼範圍。
港資企業如有疑問，可致電博羅縣商務局外經貿股查詢。

（記者　麥嘉欣）
"""


def bl_hk_page() -> str:
    """A Hong Kong business news site's article, written in Hong Kong traditional script (OpenCC s2hk),
    its own furniture (繁/简 switch, 即時新聞 list, 免責聲明)."""
    body = P(BL_HK)
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<title>{BL_HK_TITLE} | 灣區經貿網</title>
<meta property="og:site_name" content="灣區經貿網">
<meta property="og:title" content="{BL_HK_TITLE}">
<meta property="article:published_time" content="2026-08-18T09:30:00+08:00">
</head>
<body>
<header class="site-header"><div class="brand">灣區經貿網</div>
<nav><a>首頁</a> <a>大灣區</a> <a>經貿</a> <a>港資企業</a> <a>政策速遞</a> <a>專題</a></nav>
<div class="lang"><a>繁</a> | <a>简</a></div></header>
<main>
<div class="breadcrumb"><a>首頁</a> / <a>政策速遞</a></div>
<article>
<h1>{BL_HK_TITLE}</h1>
<div class="meta"><time>2026年8月18日 09:30</time>　<span>政策速遞</span></div>
<div class="article-body">
{body}
</div>
<div class="tags">標籤：<a>博羅</a> <a>港資企業</a> <a>展會</a> <a>出口信保</a></div>
<div class="share">分享：<a>Facebook</a> <a>WhatsApp</a> <a>微信</a> <a>複製連結</a></div>
</article>
<aside class="latest"><h3>即時新聞</h3><ul><li><a>前海深港合作區推出新一輪跨境稅務便利措施</a></li>
<li><a>東莞多家港資廠擴產 加碼智能製造</a></li><li><a>南沙港區新開兩條東南亞航線</a></li></ul></aside>
</main>
<footer><p>免責聲明：本網內容僅供參考，政策以政府部門發佈為準。</p><p>© 2026 灣區經貿網 版權所有</p></footer>
</body>
</html>
"""
    return _S2HK.convert(page)


def write_boluo() -> None:
    write(
        f"广东/博罗县/{BL_TITLE}.html",
        page_gk(
            BL,
            f"博罗县商务局 博罗县财政局关于印发《{BL_TITLE}》的通知",
            "政策文件",
            "2026-02-26",
            "博罗县商务局",
            P(f"""
各镇人民政府（街道办事处），县直有关单位，各有关企业：

现将《{BL_TITLE}》印发给你们，请遵照执行。执行中遇到的问题，请径向县商务局反映。

博罗县商务局　博罗县财政局

2026年2月26日""")
            + f'\n<p style="text-align:center"><strong>{BL_TITLE}</strong></p>\n'
            + P(BL_BODY)
            + f'\n<p class="fj">附件：<a href="/attachment/0/219/219460/{BL_XLS}">{BL_XLS}</a></p>',
            index="007240931/2026-00214",
            topic="商贸、海关、旅游",
            number=f"博商务{L}2026{R}4号",
        ),
    )
    write_bytes(f"广东/博罗县/{BL_XLS}", bl_xls())
    write(f"广东/博罗县/{_S2HK.convert(BL_HK_TITLE)}_灣區經貿網.html", bl_hk_page())
    t = "去年出口1200万美元，今年出口信保交了68万保费能补多少？"
    write(
        f"广东/博罗县/12345热线 {t}.html",
        letter(
            BL,
            "12345热线",
            t,
            "叶**",
            "2026-07-06",
            """
您好！我们是园洲镇一家做电子元件出口的企业，去年出口额1200万美元左右，今年3月在中国信保投保了短期出口信用保险，
保费一共交了68万元。请问县里的保费补贴能补多少？我们算不算小微企业，能不能走统保平台全免？什么时候申报？
""",
            "博罗县商务局",
            "2026-07-09",
            """
您好！经县商务局外经贸股核实，答复如下：

一、贵企业上年度出口额约1200万美元，超过300万美元，不属于“小微企业出口信用保险统保平台”保费全额承担的范围。

二、根据《博罗县促进外贸高质量发展扶持资金管理办法》第四条，短期出口信用保险按当年实际缴纳保费的50%给予补贴，
每家企业每年最高30万元。贵企业保费68万元，按50%计算为34万元，超过上限，可获补贴30万元。

三、贵企业保费于上半年缴纳，请于2026年7月1日至7月31日通过“博罗县涉企资金申报系统”在线申报，并报送保险单、
保费发票和银行付款凭证。

咨询电话：0752-6226138。
""",
            "BL12345-20260706-0851",
            "jcms",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 19-22 泗阳县 科技创新: the 若干政策 (研发费用后补助, 高企 认定奖励; a 转载 among the news), the 科技局's
# 申报日历 as an iCalendar .ics (folded lines, escaped ; and ,), the 高企奖励 拟拨付名单 — a .docx saved
# without a suffix — and a 12345 reply reckoning one firm's 后补助
# ---------------------------------------------------------------------------------------------------------

SY_TITLE = "泗阳县关于加快推进科技创新的若干政策"
SY_ITEMS = """
为深入实施创新驱动发展战略，激发企业创新活力，加快建设科技强县，结合我县实际，制定以下政策。

一、支持企业加大研发投入。对纳入科技型中小企业信息库的企业，按其上年度经税务部门确认的研发费用加计扣除额的8%
给予研发费用后补助，单家企业每年最高100万元。上年度研发费用加计扣除额不足50万元的，不予补助。

二、支持高新技术企业培育。对首次认定的高新技术企业奖励20万元；对重新认定的高新技术企业奖励10万元；对整体迁入
本县、资质在有效期内的高新技术企业奖励15万元。

三、支持科技型中小企业入库。对首次评价入库的科技型中小企业奖励2万元。

四、支持研发平台建设。对新认定的省级工程技术研究中心奖励50万元，新认定的市级工程技术研究中心奖励10万元。

五、支持首台（套）装备研发。对经认定的省首台（套）重大装备，按产品单台售价的20%给予奖励，最高100万元。

六、同一企业同一事项符合本县多项政策的，按就高原则给予支持，不重复享受。

七、本政策自2026年1月1日起施行，有效期3年，由县科学技术局负责解释。此前规定与本政策不一致的，以本政策为准。
"""


def sy_ics() -> bytes:
    """The 科技局's 申报日历 as an iCalendar file (RFC 5545): CRLF, content lines folded at 75 octets
    (a CRLF and a space, never inside a UTF-8 character, so a figure may be split across a fold), commas and
    semicolons in TEXT values escaped (\\, \\;), \\n for line breaks, all-day events with VALUE=DATE, a
    VTIMEZONE for Asia/Shanghai."""
    events = [
        (
            "sykj-2026-001",
            "20260301",
            "20260401",
            "2026年度第一批科技型中小企业评价入库",
            "泗阳县科学技术局",
            "受理时间：2026年3月1日至3月31日。企业登录“科技型中小企业服务平台”自主评价填报，"
            "县科技局审核后报市科技局。"
            "首次入库的企业按政策奖励2万元。",
        ),
        (
            "sykj-2026-002",
            "20260401",
            "20260521",
            "2026年度高新技术企业认定申报（第一批）",
            "泗阳县科学技术局三楼312室",
            "县级推荐截止：2026年5月20日。请企业在“高新技术企业认定管理工作网”完成网上申报后，"
            "将纸质材料一式两份报县科技局"
            "高新技术科，"
            "材料包括：申请书;知识产权证书;近三个会计年度财务审计报告和研发费用专项审计报告,高新技术产品（服务）收入专项审计报告。",
        ),
        (
            "sykj-2026-003",
            "20260601",
            "20260701",
            "2025年度研发费用后补助申报",
            "泗阳县科学技术局三楼312室",
            "2025年度研发费用后补助，"
            "申报时间：2026年6月1日至6月30日。申报对象：已纳入科技型中小企业信息库、2025年度研发费用加计扣除额50万元以上的企业。"
            "补助标准：按研发费用加计扣除额的8%，"
            "单家最高100万元。申报材料：申报书;2025年度企业所得税年度纳税申报表及研发费用加计扣除优惠明细表;"
            "科技型中小企业入库登记编号。逾期不予受理。咨询电话：0527-85213706。",
        ),
        (
            "sykj-2026-004",
            "20260701",
            "20260811",
            "2026年度高新技术企业认定申报（第二批）",
            "泗阳县科学技术局三楼312室",
            "县级推荐截止：2026年8月10日。要求同第一批。",
        ),
        (
            "sykj-2026-005",
            "20261103",
            "20261110",
            "高新技术企业认定奖励资金拟拨付名单公示",
            "泗阳县人民政府网站",
            "公示期：2026年11月3日至11月9日。对名单有异议的，请在公示期内向县科技局实名反映。",
        ),
    ]

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line: str) -> list[str]:
        out: list[str] = []
        cur = b""
        for ch in line:
            b = ch.encode("utf-8")
            limit = 75 if not out else 74  # a continuation line's leading space counts
            if len(cur) + len(b) > limit:
                out.append(cur.decode("utf-8"))
                cur = b""
            cur += b
        out.append(cur.decode("utf-8"))
        return [out[0], *(" " + c for c in out[1:])]

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//泗阳县科学技术局//科技项目申报日历 1.0//ZH-CN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:泗阳县2026年度科技项目申报日历",
        "X-WR-TIMEZONE:Asia/Shanghai",
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Shanghai",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "TZNAME:CST",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for uid, start, end, summary, where, desc in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@kjj.siyang.gov.cn",
            "DTSTAMP:20260105T010000Z",
            f"DTSTART;VALUE=DATE:{start}",
            f"DTEND;VALUE=DATE:{end}",
            f"SUMMARY:{esc(summary)}",
            f"LOCATION:{esc(where)}",
            f"DESCRIPTION:{esc(desc)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{esc(summary)}",
            "TRIGGER:-P3D",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    folded = [f for line in lines for f in fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


SY_ICS = "泗阳县2026年度科技项目申报日历.ics"
SY_LIST_NAME = "泗阳县2026年度高新技术企业认定奖励资金拟拨付名单"
SY_FIRMS = [
    ("江苏恒盛新材料科技有限公司", "首次认定", "GR202532001186", "20"),
    ("泗阳县瑞丰木业科技有限公司", "首次认定", "GR202532001547", "20"),
    ("江苏杨林电子科技有限公司", "首次认定", "GR202532002213", "20"),
    ("泗阳华清智能装备有限公司", "首次认定", "GR202532002780", "20"),
    ("江苏运河纺织科技有限公司", "首次认定", "GR202532003095", "20"),
    ("泗阳县众信生物科技有限公司", "首次认定", "GR202532003461", "20"),
    ("江苏宏泰光电材料有限公司", "首次认定", "GR202532004128", "20"),
    ("泗阳县金穗农业科技有限公司", "重新认定", "GR202532000672", "10"),
    ("江苏洋河机械制造有限公司", "重新认定", "GR202532000915", "10"),
    ("泗阳县天成包装科技有限公司", "重新认定", "GR202532001302", "10"),
    ("江苏远航新能源科技有限公司", "重新认定", "GR202532001839", "10"),
    ("泗阳聚力精密模具有限公司", "整体迁入", "GR202432005577", "15"),
]


def sy_list_docx() -> bytes:
    rows = [["序号", "企业名称", "认定类别", "证书编号", "奖励金额（万元）"]]
    rows += [[str(i), *f] for i, f in enumerate(SY_FIRMS, 1)]
    rows.append(["合计", "", "", "", str(sum(int(f[3]) for f in SY_FIRMS))])
    blocks: list = [
        f"# {SY_LIST_NAME}",
        "根据《泗阳县关于加快推进科技创新的若干政策》，经企业申报、县科技局审核，"
        "拟对以下企业拨付高新技术企业认定奖励资金。"
        "现予公示，公示期为2026年11月3日至11月9日。",
        rows,
        "对公示名单有异议的，请在公示期内以书面形式向县科学技术局实名反映。联系电话：0527-85213706。",
        "泗阳县科学技术局",
        "2026年11月3日",
    ]
    return docx_bytes(blocks, "", "", "sykjj-gxk", "2026-11-03T02:00:00Z")


def write_siyang() -> None:
    write(
        f"江苏/泗阳县/{SY_TITLE}.html",
        page_jcms(
            SY,
            f"泗阳县人民政府关于印发{SY_TITLE}的通知",
            "政务公开 » 县政府文件",
            "2026-03-16",
            "泗阳县人民政府办公室",
            P(f"""
各乡镇人民政府、街道办事处，县各委办局，县各直属单位：

《{SY_TITLE}》已经县人民政府第12次常务会议研究通过，现印发给你们，请认真组织实施。

泗阳县人民政府

2026年3月16日""")
            + f'\n<p style="text-align:center"><strong>{SY_TITLE}</strong></p>\n'
            + P(SY_ITEMS),
            f"文号：泗政发{L}2026{R}8号",
        ),
    )
    write_bytes(f"江苏/泗阳县/{SY_ICS}", sy_ics())
    # downloaded from the 公示's 附件 link (…/download.jsp?fileid=…): the browser kept the 公示's name and
    # no suffix
    write_bytes(f"江苏/泗阳县/{SY_LIST_NAME}", sy_list_docx())
    t = "去年研发投入620万，已入库科技型中小企业，研发后补助能拿多少？"
    write(
        f"江苏/泗阳县/12345 {t}.html",
        letter(
            SY,
            "12345政务服务便民热线",
            t,
            "许**",
            "2026-05-19",
            """
您好！我们公司在泗阳经济开发区，做木材加工设备，去年营收1.2个亿，研发投入620万元，今年3月已经评价入库了科技型中小企业。
汇算清缴时税务确认的研发费用加计扣除额也是620万元。请问按县里的新政策，研发费用后补助能拿多少？什么时候申报？
""",
            "泗阳县科学技术局",
            "2026-05-22",
            """
您好！经县科技局核实，答复如下：

一、根据《泗阳县关于加快推进科技创新的若干政策》第一条，对纳入科技型中小企业信息库的企业，按上年度经税务部门确认的
研发费用加计扣除额的8%给予后补助，单家企业每年最高100万元。贵公司2025年度研发费用加计扣除额620万元，
可获后补助49.6万元。

二、2025年度研发费用后补助于2026年6月1日至6月30日申报，请准备申报书、2025年度企业所得税年度纳税申报表及
研发费用加计扣除优惠明细表和科技型中小企业入库登记编号，报县科技局三楼312室。

三、首次评价入库的科技型中小企业另可获得入库奖励2万元，请一并申报。

咨询电话：0527-85213706。
""",
            "SY12345-20260519-1408",
            "jcms",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 23-25 洋县 科技特派员: the 管理办法 on an old site laid out in tables, the 2026 选派 通知, a 12345 reply
# reckoning one retired 农艺师's 补贴
# ---------------------------------------------------------------------------------------------------------

YX_TITLE = "洋县科技特派员管理办法"
YX_BODY = f"""
洋科发{L}2026{R}5号

第一条　为深入推行科技特派员制度，引导科技人才服务乡村振兴，根据省、市有关规定，制定本办法。

第二条　选派对象：具有中级以上专业技术职称的农业、林业、畜牧、水产、农产品加工等技术人员；
具有一技之长的乡土人才、
致富带头人。退休技术人员年龄不超过65周岁。

第三条　个人科技特派员服务期为1年，每人服务1至2个村（合作社），每年在服务村（合作社）实地服务不少于60天，
每月填写服务日志。

第四条　个人科技特派员每人每年工作补贴6000元，按季度考核后发放。年度考核优秀的，另奖励2000元；考核不合格的，
停发当年未发放的补贴并解除选派。服务2个村（合作社）的，不增加工作补贴。

第五条　法人科技特派员（企业、农民专业合作社）带动农户发展特色产业、转化新品种新技术的，经评审给予项目资助，
每个最高5万元。

第六条　县科学技术局每年11月组织年度考核，考核等次分为优秀、合格、不合格，优秀比例不超过参加考核人数的20%。

第七条　科技特派员在服务期间的交通、食宿费用由派出单位按规定保障；无派出单位的，由服务村（合作社）提供便利。

第八条　本办法自2026年5月1日起施行，由县科学技术局负责解释。

洋县科学技术局

2026年4月1日
"""
YX_NOTICE_TITLE = "关于开展2026年度科技特派员选派工作的通知"
YX_NOTICE = """
各镇（街道）人民政府，县级各涉农部门，各有关单位：

根据《洋县科技特派员管理办法》，现开展2026年度科技特派员选派工作，有关事项通知如下。

一、选派名额

2026年度选派个人科技特派员60名，重点服务黑米、有机水稻、食用菌、茶叶、中药材等特色产业。

二、报名时间

2026年4月20日至5月10日。

三、报名方式

在职人员填写《洋县科技特派员申请表》，经所在单位同意并盖章后报送县科学技术局农村科技股（洋州街道南环路县政务
中心五楼），电子版发送至yxkjj2026@163.com；退休人员和乡土人才由本人直接报名，附职称证书或者技能证书复印件。

四、选派程序

县科技局会同县农业农村局审核后，于5月下旬在县政府网站公示选派名单，公示无异议的签订服务协议。

联系电话：0916-8216107。

洋县科学技术局

2026年4月15日
"""


def write_yangxian() -> None:
    write(
        f"陕西/洋县/{YX_TITLE}.html",
        page_tbl(YX, YX_TITLE, "政务公开 &gt; 部门文件", "2026-04-01", "洋县科学技术局", P(YX_BODY)),
    )
    write(
        f"陕西/洋县/{YX_NOTICE_TITLE}.html",
        page_gk(
            YX,
            YX_NOTICE_TITLE,
            "通知公告",
            "2026-04-15",
            "洋县科学技术局",
            P(YX_NOTICE),
            index="116107230160012456/2026-00031",
            topic="科技、教育",
        ),
    )
    t = "退休农艺师当科技特派员服务两个村，考核优秀补贴一共多少？"
    write(
        f"陕西/洋县/12345热线 {t}.html",
        letter(
            YX,
            "12345热线",
            t,
            "张**",
            "2026-11-24",
            """
您好！我是县农技中心退休的农艺师，今年62岁。今年5月被选为科技特派员，服务槐树关镇的两个村，主要指导黑米种植，
一年下来在村里待了90来天，服务日志每个月都交了。这几天年度考核，听说我评了优秀。
请问今年的补贴一共能拿多少？服务两个村是不是按两份算？
""",
            "洋县科学技术局",
            "2026-11-27",
            """
您好！感谢您扎根一线服务乡村产业，答复如下：

一、根据《洋县科技特派员管理办法》，个人科技特派员每人每年工作补贴6000元，按季度考核后发放；年度考核优秀的，
另奖励2000元。您今年年度考核为优秀，合计可得8000元。

二、服务2个村（合作社）的，不增加工作补贴，不按两份计算。

三、第四季度补贴和优秀奖励将在年度考核结果公示后发放至您本人银行卡。

咨询电话：0916-8216107。
""",
            "YX12345-2026-1124-0612",
            "tbl",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 26-27 尤溪县 知识产权: the 资助和奖励办法 (.docx, a 资助标准 table), a 领导信箱 reply reckoning one
# 合作社's 资助
# ---------------------------------------------------------------------------------------------------------

YQ_DOCX = "尤溪县知识产权资助和奖励办法.docx"
YQ_TABLE = [
    ["资助项目", "资助（奖励）标准"],
    ["国内发明专利授权", "每件5000元"],
    ["PCT国际专利申请获得国外授权", "每件每国20000元，每件最多资助3个国家"],
    ["首次获得国内注册商标", "1000元（仅限申请人首件注册商标）"],
    ["马德里商标国际注册", "每件每国3000元，每件最高15000元"],
    ["地理标志证明商标（集体商标）注册", "每件50000元"],
    ["知识产权质押融资", "按实际支付利息的50%贴息，每家每年最高10万元"],
]


def write_youxi() -> None:
    blocks: list = [
        f"尤市监{L}2026{R}21号",
        "# 尤溪县知识产权资助和奖励办法",
        *J("""
第一条　为激励创新创造，提升知识产权创造、运用和保护水平，结合我县实际，制定本办法。

第二条　资助对象为在本县依法登记注册的企业、事业单位、社会组织和户籍在本县的个人。

第三条　资助（奖励）标准如下："""),
        YQ_TABLE,
        *J("""
第四条　实用新型专利、外观设计专利不予资助。

第五条　同一申请人年度资助总额最高20万元。同一项目已获得市级以上资助的，县级按差额补足。

第六条　申报时间为每年9月1日至9月30日，申报上一年度9月1日至当年8月31日期间获得的授权或者注册。
申请人向县市场监督管理局
知识产权股（城关镇紫阳大道）提交资助申请表、专利证书或者商标注册证复印件、营业执照或者身份证复印件、银行账户信息。

第七条　以不正当手段骗取资助的，追回资助资金，5年内不得申报。

第八条　本办法自2026年6月1日起施行，由县市场监督管理局负责解释。

尤溪县市场监督管理局　尤溪县财政局

2026年5月12日"""),
    ]
    write_bytes(
        f"福建/尤溪县/{YQ_DOCX}",
        docx_bytes(blocks, "尤溪县市场监督管理局文件", "— 1 —", "yxscjgj-zscq", "2026-05-12T08:30:00Z"),
    )
    t = "合作社拿了2件发明专利、3个商标还有马德里注册，能资助多少？"
    write(
        f"福建/尤溪县/领导信箱 {t}.html",
        letter(
            YQ,
            "县领导信箱",
            t,
            "林**",
            "2026-09-07",
            """
领导您好！我们是西城镇做金柑和绿茶的专业合作社。去年9月到今年8月，合作社拿到了2件发明专利证书，
另外还有2件实用新型专利；注册了3个商标，以前合作社从来没有注册过商标；其中1个商标还办了马德里国际注册，
指定了日本和韩国2个国家。请问按县里的新办法，一共能拿多少资助？实用新型能不能也给点？
""",
            "尤溪县市场监督管理局",
            "2026-09-11",
            """
您好！来信收悉，经县市场监督管理局知识产权股核实，答复如下：

一、根据《尤溪县知识产权资助和奖励办法》，国内发明专利授权每件资助5000元，贵社2件计10000元；
首次获得国内注册商标资助1000元，仅限首件注册商标，3个商标合计资助1000元；马德里商标国际注册每件每国3000元，
指定2个国家计6000元。以上合计17000元。

二、实用新型专利、外观设计专利不予资助。

三、请于2026年9月30日前向县市场监督管理局知识产权股提交资助申请表、专利证书和商标注册证复印件、
营业执照复印件和银行账户信息。

咨询电话：0598-6322517。
""",
            "YQLDXX-2026-0907-042",
            "gk",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 28-33 新闻: five roundups (each measure's second region, planned-only regions, regions in passing) and the
# 宿迁市科学技术局's 转载 of the 泗阳 若干政策 (a near duplicate, cut after 第三条)
# ---------------------------------------------------------------------------------------------------------


def news_portal(
    site: str, title: str, meta: str, body: str, icp: str, related: list[str], column: str
) -> str:
    """A news portal's article: a channel bar, 首页 > column > 正文, 编辑, 相关新闻, 版权."""
    links = "".join(f"<li><a>{r}</a></li>" for r in related)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title}-{site}</title>
<meta name="description" content="{title}">
<meta name="keywords" content="{column}">
</head>
<body>
<div class="topbar"><a class="logo">{site}</a><ul class="channels"><li>首页</li><li>要闻</li><li>{column}</li>
<li>县域</li><li>观察</li><li>视频</li></ul><div class="app">下载客户端</div></div>
<div class="crumbs">{site} &gt; {column} &gt; 正文</div>
<div class="article"><h1 class="article-title">{title}</h1><div class="article-meta">{meta}</div>
<div class="article-content">
{body}
</div>
<p class="article-editor">编辑：吕晓晨　审核：范振东</p>
<div class="article-share">分享至：<a>微信好友</a> <a>朋友圈</a> <a>微博</a></div></div>
<div class="related"><h3>相关新闻</h3><ul>{links}</ul></div>
<div class="copyright"><p>{site} 版权所有 转载请注明出处</p><p>{icp}</p></div>
</body>
</html>
"""


def news_paper(
    paper: str, title: str, edition: str, author: str, body: str, icp: str, others: list[str]
) -> str:
    """A 数字报 page: the paper's name and date, the 版面 list, 上一篇 / 下一篇, the article with 作者 in
    <founder-content>, a 本版导读 list."""
    more = "".join(f"<li>{o}</li>" for o in others)
    return f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{title}--{paper}</title></head>
<body>
<div class="paper-top"><b>{paper}</b>　{edition}　<a>PDF版</a> <a>往期</a></div>
<ul class="banmian"><li>第A01版：要闻</li><li>第A02版：县域</li>
<li>第A03版：经济</li><li>第A04版：科技</li></ul>
<div class="news-detail"><h2>{title}</h2><div class="author">{author}</div>
<founder-content>
{body}
</founder-content>
<div class="pn"><a>上一篇</a> <a>下一篇</a></div></div>
<div class="daodu"><h4>本版导读</h4><ul>{more}</ul></div>
<div class="foot">{paper}　版权所有　{icp}</div>
</body>
</html>
"""


N1_TITLE = "饮水减负担 灌溉先建后补 采砂阳光出让 多地水利惠民举措落地见效"
N1 = news_portal(
    "水利民生网",
    N1_TITLE,
    "2026-09-15 08:40　来源：水利民生网　记者：邬晓峰",
    P("""
农村供水水费减免、小型农田水利“先建后补”、河道采砂权公开出让……今年以来，各地围绕农村饮水和农田灌溉推出一批惠民举措。

浙江金华磐安县5月1日起统一农村供水水价，对低保家庭、特困供养人员每户每月减免5吨水费。金华武义县也已对低保家庭、
特困供养人员减免农村供水水费，每户每月减免4吨。浦江县水务局相关负责人表示，浦江拟于明年出台农村供水水费减免办法。

江西吉安安福县今年起对小型农田水利工程实行“先建后补”，山塘整治按核定投资的70%补助。吉安永新县也已推行“先建后补”，
今年完成山塘整治46座、硬化渠道38公里。遂川县计划明年起对小型农田水利工程推行“先建后补”。

河道采砂管理方面，安福县泸水河2026年度河道采砂权8月底公开拍卖出让，成交价高于起拍价。吉安吉水县也已对赣江吉水段
采砂权实行公开拍卖，全程纳入公共资源交易平台。

“以前村里的水一个月交十几块，现在低保户还能减免，心里踏实。”在磐安走亲戚的兰溪市村民老吴说。在安福包地种粮的
泰和县种粮大户肖师傅则盼着家门口的渠道早日硬化。
"""),
    "京ICP备12031876号",
    ["水利部：加快推进农村供水高质量发展", "秋冬季农田水利基本建设全面启动"],
    "水利",
)

N2_TITLE = "以旧换新添活力 快递进村通末梢 多地县域商业体系建设提速"
N2 = news_paper(
    "县域经济导报",
    N2_TITLE,
    "2026年10月21日　星期三　第A03版：经济",
    "本报记者　褚立新",
    P("""
消费品以旧换新持续发力，快递进村打通农村物流“最后一公里”，农村电商为特色农产品插上“翅膀”……各地县域商业体系建设
不断提速。

山东潍坊临朐县今年对购买1级能效家电的消费者按售价的20%给予补贴，截至9月底已发放三批补贴资金。潍坊青州市也已发放
家电以旧换新补贴，带动家电销售超过2亿元。潍坊昌邑市商务局表示，昌邑拟于年底前在国家补贴基础上叠加县级补贴。

河南南阳西峡县今年对新建的村级寄递物流综合服务站每个一次性奖补3000元。南阳内乡县也已对村级快递服务站给予奖补，
全县快递进村覆盖率达到100%。南阳社旗县计划明年出台快递进村奖补政策。

农村电商方面，西峡县对农产品网络零售额500万元以上的电商企业给予奖励。南阳淅川县也已兑现农村电商发展奖补资金，
32家电商企业和服务站获得奖补。

在临朐打工的沂水县人小刘趁着补贴给父母换了台冰箱；南召县的香菇经销商则专程到西峡取经，学习香菇网上销售的经验。
"""),
    "豫ICP备09014237号",
    ["乡镇商贸中心改造提升见成效", "县域冷链物流设施建设加快"],
)

N3_TITLE = "保费有补贴 参展有支持 广东多地真金白银助企稳外贸"
N3 = news_portal(
    "南粤经贸网",
    N3_TITLE,
    "2026-08-05 10:20　来源：南粤经贸网　作者：梁志豪",
    P("""
今年以来，广东多地加大外贸企业扶持力度，出口信用保险保费补贴、境内外展会摊位费补贴等政策密集落地。

惠州博罗县3月起施行外贸高质量发展扶持资金管理办法，企业投保短期出口信用保险的按保费的50%补贴，每家每年最高30万元。
惠州惠东县也已对企业投保出口信用保险给予保费补贴，今年上半年补贴企业86家。

展会方面，博罗县对企业参加重点境外展会的摊位费按70%补贴。惠州龙门县也已对企业参加境外展会给予摊位费补贴。
惠州惠阳区将出台境外展会摊位费补贴政策，预计年内发布。

“出口信保保费补一半，我们投保的底气更足了。”博罗一家灯饰企业负责人说。来自河源紫金县的一家茶叶企业负责人
则表示，正在研究到博罗设立外贸公司。
"""),
    "粤ICP备13052691号",
    ["广东：多措并举稳外贸", "前7个月广东进出口保持增长"],
    "经贸",
)

N4_TITLE = "研发有后补助 高企有奖励 特派员扎根田间 多地科技创新政策加力"
N4 = news_paper(
    "创新周刊",
    N4_TITLE,
    "2026年11月25日　第A04版：科技",
    "记者　杭一鸣　通讯员　冯静",
    P("""
真金白银支持企业研发，科技特派员把论文写在大地上。各地科技创新政策持续加力。

江苏宿迁泗阳县今年起按研发费用加计扣除额的8%给予科技型中小企业研发费用后补助，单家最高100万元。宿迁宿豫区
也已兑现研发费用后补助，今年补助企业120余家。泗阳县对首次认定的高新技术企业奖励20万元，宿迁宿城区也已对首次认定
的高新技术企业给予奖励。连云港灌南县科技局表示，灌南拟于明年出台研发费用后补助政策。

陕西汉中洋县今年选派个人科技特派员60名，每人每年工作补贴6000元。汉中城固县也已选派科技特派员并发放工作补贴。
汉中勉县计划明年起对科技特派员给予工作补贴。

在泗阳投资建厂的睢宁县企业家陈先生说，研发后补助让企业更敢投入。在洋县指导黑米种植的科技特派员中，
也有来自西乡县的茶叶专家。
"""),
    "苏ICP备10072314号",
    ["科技型中小企业评价入库数量创新高", "县域科技创新能力提升行动启动"],
)

N5_TITLE = "专利商标有资助 知识产权赋能县域特色产业"
N5 = news_portal(
    "海西知识产权网",
    N5_TITLE,
    "2026-10-09 09:00　来源：海西知识产权网　记者：郑雅琴",
    P("""
福建三明尤溪县6月起施行知识产权资助和奖励办法，对国内发明专利授权每件资助5000元，地理标志证明商标注册每件资助5万元。
三明大田县也已对发明专利授权给予资助，今年资助发明专利83件。三明宁化县市场监管局表示，宁化将出台知识产权资助办法。

“金柑有了发明专利和商标，外地客商更认了。”尤溪一家合作社负责人说。来自明溪县的一家企业也到尤溪学习地理标志
运用经验。
"""),
    "闽ICP备08014562号",
    ["知识产权质押融资惠及更多中小企业", "地理标志助力乡村振兴"],
    "知识产权",
)

N6_TITLE = "泗阳出台科技创新若干政策 首次认定高企奖励20万元"


def suqian_repost() -> str:
    """The 宿迁市科学技术局's 转载 of the 泗阳 若干政策: another site, an editor's lead, the 通知 dropped,
    the preamble and 第一条 to 第三条 only."""
    items = J(SY_ITEMS)
    body = (
        P(f"""
近日，泗阳县人民政府印发《{SY_TITLE}》，自2026年1月1日起施行。现将政策主要内容转载如下。
""")
        + "\n"
        + "\n".join(f"<p>{a}</p>" for a in items[:4])
        + "\n<p>（全文详见泗阳县人民政府网站）</p>"
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{N6_TITLE}_宿迁市科学技术局</title></head>
<body>
<div class="head">宿迁市科学技术局　<a>首页</a> <a>机构概况</a> <a>政务公开</a>
<a>科技动态</a> <a>县区动态</a></div>
<div class="loc">当前位置：首页 » 县区动态</div>
<div class="con"><h1>{N6_TITLE}</h1>
<p class="ly">来源：泗阳县科学技术局　发布日期：2026-03-18　浏览：<span>--</span></p>
{body}
</div>
<div class="tool"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
<div class="bottom">宿迁市科学技术局 主办　苏ICP备05039428号-1　网站标识码：3213000019</div>
</body>
</html>
"""


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    write(f"新闻/{N6_TITLE}_宿迁市科学技术局.html", suqian_repost())


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_panan()
    write_anfu()
    write_linqu()
    write_xixia()
    write_boluo()
    write_siyang()
    write_yangxian()
    write_youxi()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
