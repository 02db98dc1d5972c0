"""Writes eval/policy25/docs: a twenty-fifth probe collection (35 files, four of them a saved page's _files
folder), 教育、文化旅游与退役军人服务 — what parents, students, tourists, veterans and their families ask
(义务教育 招生入学: 报名时间, 材料, 随迁子女 积分 and 学区划分; 学生资助: 普通高中 国家助学金 档次,
寄宿生生活补助, 生源地信用助学贷款 额度 and 贴息, 新生入学资助; 中小学 课后服务 收费, 校车, 托育服务补贴;
文旅消费券 面额, 领取 and 有效期; 国有景区 门票 免票 / 半价 for 老人, 教师, 医务人员 and 优待证 持证人;
公共体育场馆 免费或低收费开放 时段 and 收费; 退役军人 一次性创业补助, 创业担保贷款 贴息, 优待证 申领 and 优待,
自主就业 地方一次性经济补助, 春节 走访慰问) of eight new regions in eight provinces (谷城县, 桂阳县, 歙县,
兴安县, 代县, 阜平县, 武平县, 凤冈县), as chat users, agents and analysts bring them. Run once (``python -m
eval.policy25.make_docs``); the files are committed as data, and a second run writes the same bytes.

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it; the roundups
also name regions that have only planned a measure (老河口市, 汝城县, 休宁县, 灵川县, 繁峙县, 博野县, 长汀县,
正安县) and regions named only in passing (宜城市, 资兴市, 祁门县, 全州县, 五台县, 望都县, 永定区, 桐梓县).
The documents: a 谷城县 招生 方案 saved by Word as a web page (a 学区 table) beside its 征求意见稿 with other
figures (报名 7月5日起, 社保满12个月, 积分 每年 1分 / 2分 / 3分) and a 12345 reply reckoning one family's 积分
(16分); a 桂阳县 资助 宣讲课件 (.odp), a 生源地贷款 解读视频's subtitles (.srt), a 县长信箱 reply (4000元) and
the 春季学期 助学金 .xlsx; a 歙县 消费券 公告 (.docx, 券种 table), the 活动专区 saved from an H5 app and a
领导留言板 reply (710元); a 兴安县 门票优惠规定 beside its 征求意见稿 (70 not 65周岁, 本县 not 全国 医务人员,
教师 only 9月10日), its 政策解读 on the 文旅局's 繁體 (港澳台) version with a family's reckoning (175元) and a
桂林市文化广电和旅游局 转载 of the 规定 among the news (near duplicate, cut after 第四条); a 代县体育场馆
实施方案 (hard-wrapped PDF) and the 体育中心's hours and fees as a Safari .webarchive; a 阜平县就业创业 措施
(hard-wrapped PDF, a wrap splitting 500|0元), the 优待证 申领指南 saved with its _files folder and a 12345
reply (8000元); a 武平县 一次性经济补助 办法 (.docx, a table by years of service), the 春节走访慰问 通知 as a
UTF-16 .txt and a 领导信箱 reply (37800元); a 凤冈县 课后服务收费 通知 whose figures are only in its
attachments (.zip), a 托育服务补贴 办法 and a 12345 reply (3000元).

New messiness none of eval/policy .. eval/policy24 had:
- an .htm that is Word's 另存为 → 网页: the Office namespaces, <meta name=ProgId content=Word.Document>,
  charset=gb2312 (the bytes GB2312, CRLF), document properties and w:WordDocument inside <!--[if gte mso 9]>
  conditional comments, a style sheet of mso- definitions inside <!-- -->, every ASCII run in its own <span
  lang=EN-US> (2025年7月1日 is 2025|年|7|月|1|日 across tags), the 学区 table as MsoTableGrid cells (谷城县
  招生 方案: the 报名 dates, the 积分 items and each school's 计划招生 only there and in
  the draft, the dates also in the reply);
- an H5 activity page saved as 网页，仅HTML: an empty <div id="app">, the bundle's <script> tags and the state
  the server wrote into ``window.__INITIAL_STATE__`` (JSON, <, > and & escaped as \\u003c, \\u003e, \\u0026)
  (歙县 消费券: the fourth period's 7000张, the 部分退款 rule and the FAQ only in that JSON);
- a .zip of 附件 written by hand with struct as Windows' 发送到 → 压缩(zipped)文件夹 writes it: member names
  in GBK with the UTF-8 flag (bit 11) clear, a folder entry first, a .docx (fee table) and a GBK CRLF .txt
  inside (凤冈县 课后服务 fees, 减半 for a second child and the 校车 乘车证 only there: the notice page says
  见附件);
- an .odp 宣讲课件 written by hand (mimetype first and stored, manifest.xml, meta.xml, styles.xml with a 16:9
  page layout and master page, content.xml of draw:page > draw:frame > draw:text-box / text:list, one slide's
  table:table in a draw:frame, speaker notes in presentation:notes) (桂阳县 资助 amounts; the 续贷声明 only in
  the notes);
- an .srt of a 政策解读 video's subtitles (UTF-8 with a BOM, CRLF, index and timing lines, sentences split
  over cues) (桂阳县 生源地贷款: the 受理 dates, who must come and the 违约金 only there and in the reply);
- a .txt that Notepad saved as “Unicode” (UTF-16 little-endian with a BOM, CRLF, a table aligned with spaces)
  (武平县 春节 慰问 standards and dates only there);
- a Safari .webarchive (a binary property list, bplist00: WebMainResource's WebResourceData, URL, MIME type
  and encoding; the style sheet and an image as WebSubresources) (代县 体育中心 hours, fees and 预约 only
  there);
- a page saved by the browser as 网页，全部: the “saved from url=(NNNN)” mark, its script, style sheet and
  logo rewritten to ./…_files/, that folder beside it holding style.css, jquery-1.12.4.min.js, logo.png and an
  iframe's saved_resource.html (阜平县 优待证 申领指南).

Also: two 征求意见稿 beside their final texts; a near-duplicate 转载 on another site; a page in traditional
script; hard-wrapped PDFs; an .xlsx with a merged two-level header and units in the header; six replies (12345
×3, 县长信箱, 领导留言板, 领导信箱) each reckoning one asker's case."""

from __future__ import annotations

import io
import json
import plistlib
import re
import shutil
import struct
import zlib
from functools import partial
from pathlib import Path
from typing import Any
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

DOCS = Path(__file__).resolve().parent / "docs"
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


def dos_time(when: tuple[int, ...]) -> tuple[int, int]:
    y, mo, d, h, mi, s = when
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def zip_gbk(entries: list[tuple[str, bytes]], when: tuple[int, ...]) -> bytes:
    """A zip as Windows' 发送到 → 压缩(zipped)文件夹 writes it, by hand with struct: names in GBK (the
    system code page) with no UTF-8 flag (bit 11 clear), version made by 2.0 / MS-DOS, a folder entry first,
    members deflated."""
    t, d = dos_time(when)
    local, central = io.BytesIO(), io.BytesIO()
    for name, data in entries:
        raw = name.encode("gbk")
        is_dir = name.endswith("/")
        if is_dir:
            comp, method = b"", 0
        else:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp, method = co.compress(data) + co.flush(), 8
        crc = zlib.crc32(data) & 0xFFFFFFFF
        offset = local.tell()
        local.write(
            struct.pack(
                "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, t, d, crc, len(comp), len(data), len(raw), 0
            )
        )
        local.write(raw + comp)
        attr = 0x10 if is_dir else 0x20
        central.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                method,
                t,
                d,
                crc,
                len(comp),
                len(data),
                len(raw),
                0,
                0,
                0,
                0,
                attr,
                offset,
            )
        )
        central.write(raw)
    cd = central.getvalue()
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), local.tell(), 0)
    return local.getvalue() + cd + eocd


def png_1x1(rgb: tuple[int, int, int]) -> bytes:
    """A valid one-pixel PNG (signature, IHDR, IDAT, IEND, each chunk with its CRC)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" + bytes(rgb), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _wrap(text: str, width: int) -> list[str]:
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


def write_pdf(rel: str, pages: list[str], header: str, width: int, label: str) -> None:
    """A hard-wrapped printed document by reportlab (STSong-Light, a CID font the reader maps to Unicode):
    a running header, the paragraphs wrapped at ``width`` characters with a two-character indent, ``label``
    formatted with the page number and the total at the foot."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, page in enumerate(pages, 1):
        c.setFont("STSong-Light", 9)
        c.drawCentredString(297, 805, header)
        c.line(70, 798, 525, 798)
        y = 770
        for k, para in enumerate(J(page)):
            centred = n == 1 and k == 0
            c.setFont("STSong-Light", 15 if centred else 12)
            if centred:
                for line in _wrap(para, 28):
                    c.drawCentredString(297, y, line)
                    y -= 24
                y -= 6
                continue
            for line in _wrap("\u3000\u3000" + para, width):
                c.drawString(70, y, line)
                y -= 20
                assert y > 70, (rel, n)
            y -= 6
        c.setFont("STSong-Light", 9)
        c.drawCentredString(297, 40, label.format(n, len(pages)))
        c.showPage()
    c.save()


class Site:
    """One portal: its names and footer (each site its own furniture, see the page functions)."""

    def __init__(self, name: str, icp: str, code: str, police: str, nav: str, host: str, phone: str) -> None:
        self.name, self.icp, self.code, self.police, self.nav = name, icp, code, police, nav
        self.host, self.phone = host, phone


GC = Site(
    "谷城县人民政府",
    "鄂ICP备05017629号-1",
    "4206250001",
    "鄂公网安备 42062502000053号",
    "首页|走进谷城|政务公开|政务服务|政民互动|谷城之窗",
    "谷城县政务服务和大数据管理局",
    "0710-7222000",
)
GY = Site(
    "桂阳县人民政府",
    "湘ICP备05031586号",
    "4310210001",
    "湘公网安备 43102102000147号",
    "首页|走进桂阳|政务公开|政务服务|互动交流|桂阳发布",
    "桂阳县融媒体中心",
    "0735-4422000",
)
SX = Site(
    "歙县人民政府",
    "皖ICP备05008731号-1",
    "3410210001",
    "皖公网安备 34102102000064号",
    "首页|走进歙县|政务公开|政务服务|政民互动|徽州古城",
    "歙县数据资源管理局",
    "0559-6512000",
)
XA = Site(
    "兴安县人民政府",
    "桂ICP备05012743号-1",
    "4503250001",
    "桂公网安备 45032502000038号",
    "首页|魅力兴安|政务公开|政务服务|政民互动|灵渠",
    "兴安县融媒体中心",
    "0773-6212000",
)
DX = Site(
    "代县人民政府",
    "晋ICP备05004128号",
    "1409230001",
    "晋公网安备 14092302000019号",
    "首页|走进代县|政务公开|政务服务|政民互动|雁门关",
    "代县政务信息中心",
    "0350-5222000",
)
FP = Site(
    "阜平县人民政府",
    "冀ICP备05027364号-1",
    "1306240001",
    "冀公网安备 13062402000071号",
    "首页|阜平概况|政务公开|办事服务|互动交流|晋察冀",
    "阜平县行政审批局",
    "0312-7222000",
)
WP = Site(
    "武平县人民政府",
    "闽ICP备05030218号",
    "3508240001",
    "闽公网安备 35082402000046号",
    "首页|走进武平|政务公开|政务服务|政民互动|梁野山",
    "武平县融媒体中心",
    "0597-4822000",
)
FG = Site(
    "凤冈县人民政府",
    "黔ICP备05006412号",
    "5203270001",
    "贵公网安备 52032702000025号",
    "首页|走进凤冈|政务公开|政务服务|政民互动|锌硒茶乡",
    "凤冈县融媒体中心",
    "0851-25222000",
)


def page_trs(site: Site, title: str, crumb: str, date: str, source: str, body: str, extra: str = "") -> str:
    """A TRS-style county portal (谷城, 阜平): top bar with 关怀版 / 繁體, a search box, 当前位置 with
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
<div class="sxp"><p>上一篇：关于做好2025年汛期安全防范工作的通知</p>
<p>下一篇：2025年第三季度政府网站和政务新媒体检查情况通报</p></div>
</div>
<div class="footer"><p>主办：{site.name}办公室　承办：{site.host}　联系电话：{site.phone}</p>
<p>{site.icp}　{site.police}　网站标识码：{site.code}</p><p>建议使用1920×1080分辨率浏览本站</p></div>
</body>
</html>
"""


def page_zwgk(
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
    """A 政府信息公开 page (兴安, 凤冈, 歙县, 武平): an 索引号 / 发文机关 / 成文日期 table above the
    article, 相关链接 below it, a footer of 网站地图 / ICP / 网站标识码 / 纠错."""
    nav = " | ".join(f"<a>{n}</a>" for n in site.nav.split("|"))
    meta = table(
        [
            ["索引号", index, "主题分类", topic],
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
<div class="xglj"><h4>相关链接</h4><ul><li><a>中国政府网</a></li><li><a>教育部</a></li>
<li><a>文化和旅游部</a></li><li><a>退役军人事务部</a></li></ul></div>
<div class="footer"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站纠错</a></p>
<p>版权所有：{site.name}　技术支持：{site.host}</p>
<p>网站标识码：{site.code}　{site.icp}　{site.police}</p></div>
</body>
</html>
"""


def page_old(site: Site, title: str, crumb: str, date: str, source: str, body: str) -> str:
    """An old CMS laid out in tables (桂阳, 凤冈's 12345 board, 代县): a banner, a nav row, 您的位置,
    the article in one cell, 【打印本页】【关闭窗口】, a footer row."""
    nav = "".join(f"<td class='navtd'>{n}</td>" for n in site.nav.split("|"))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
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
　点击数：<span id="hits">527</span></td></tr>
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
    topic: str = "",
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
        return page_zwgk(site, title, board, replied, unit, body, index=number, topic=topic)
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
        if p.startswith(("问", "問")):
            out.append(f'<p class="q"><strong>{p}</strong></p>')
        else:
            out.append(f'<p class="a">{p}</p>')
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------
# 1-3 谷城县 义务教育招生: the 方案 as Word's “网页” (.htm, gb2312, mso markup, a 学区 table), the 征求意见稿
# beside it with other figures, a 12345 reply reckoning one family's 积分
# ---------------------------------------------------------------------------------------------------------

GC_TITLE = "谷城县2025年义务教育学校招生入学工作方案"
GC_DRAFT_TITLE = f"关于公开征求《{GC_TITLE}（征求意见稿）》意见的公告"
GC_ZONES = [
    ["学校", "服务范围（社区、村）", "2025年计划招生"],
    ["谷城县城关第一小学", "东街社区、西街社区、南河社区", "8个班360人"],
    ["谷城县城关第二小学", "北河社区、城北社区、粉阳社区", "6个班270人"],
    ["谷城县实验小学", "新华社区、银城社区、东湖社区", "7个班315人"],
    ["谷城县汉江路小学", "汉江路社区、谷伯社区、三里桥社区", "5个班225人"],
    ["谷城县城关第三小学", "城西社区、西岗村、双寨村", "4个班180人"],
]


def gc_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
一、招生原则

坚持公办学校免试就近入学，城区公办小学、初中按学区划片招生，不得以任何形式的考试、测评选拔学生。

二、招生对象

小学一年级招收2019年8月31日（含）以前出生、年满6周岁的适龄儿童；初中七年级招收2025年小学毕业生，
按小学对口初中直升。

三、报名时间

小学一年级网上报名时间为{f("2025年7月1日至7月10日", "2025年7月5日至7月14日")}，七年级网上报名时间为
{f("2025年7月12日至7月15日", "2025年7月16日至7月18日")}。家长通过“谷城县义务教育招生平台”
（“谷城教育”微信公众号进入）
填报信息，{f("2025年7月16日至7月20日", "2025年7月19日至7月23日")}到学校现场审核材料。录取结果于8月10日前公布。

四、报名材料

本县户籍儿童：户口簿、法定监护人身份证、房屋不动产权证书或者购房合同。

随迁子女：父母一方在本县的有效居住证，截至2025年6月30日在本县连续缴纳社会保险满{f("6个月", "12个月")}
或者取得营业执照满{f("6个月", "12个月")}，以及房屋租赁合同。

五、随迁子女积分入学

城区公办小学学位不足时，随迁子女按积分从高到低安排入学，积分相同的按居住证办理时间先后排序。积分项目：
居住证每满1年计{f("2分", "1分")}，最高10分；在本县缴纳社会保险每满1年计{f("3分", "2分")}，最高15分；
在本县购买住房计10分；租赁住房并办理租赁备案的计{f("4分", "3分")}。
积分未能安排到申请学校的，由县教育局统筹安排
到城区其他有空余学位的学校就读。

六、学区划分

城区公办小学服务范围及2025年计划招生见下表。七年级按小学对口直升，城关第一小学、城关第二小学对口谷城县城关中学，
实验小学、汉江路小学、城关第三小学对口谷城县第二中学。

七、工作要求

严禁公办学校收取择校费、借读费，严禁以各类竞赛证书、考级证书作为招生依据。招生咨询电话：0710-7223516。
"""


def word_run(text: str) -> str:
    """A paragraph's text as Word writes it into HTML: ASCII runs in their own <span lang=EN-US>."""
    text = escape(text)
    return re.sub(r"[0-9A-Za-z.:%\-]+", lambda m: f"<span lang=EN-US>{m.group()}</span>", text)


def word_p(text: str, *, title: bool = False, heading: bool = False) -> str:
    if title:
        return (
            "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;"
            "\nmso-line-height-rule:"
            "exactly'><b><span style='font-size:22.0pt;font-family:方正小标宋简体;\nmso-hansi-font-family:"
            f'"Times New Roman"\'>{word_run(text)}<o:p></o:p></span></b></p>'
        )
    font = "黑体" if heading else "仿宋_GB2312"
    return (
        "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:\n28.0pt;"
        f"mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:{font};"
        "\nmso-hansi-font-family:"
        f'"Times New Roman"\'>{word_run(text)}<o:p></o:p></span></p>'
    )


def word_table(rows: list[list[str]]) -> str:
    out = [
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;"
        "border:none;mso-border-alt:solid windowtext .5pt;\n mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt "
        "0cm 5.4pt'>"
    ]
    widths = (170, 240, 130)
    for i, row in enumerate(rows):
        extra = (
            ";mso-yfti-firstrow:yes" if i == 0 else (";mso-yfti-lastrow:yes" if i == len(rows) - 1 else "")
        )
        out.append(f" <tr style='mso-yfti-irow:{i}{extra}'>")
        for w, cell in zip(widths, row, strict=True):
            b1, b2 = ("<b>", "</b>") if i == 0 else ("", "")
            out.append(
                f"  <td width={w} valign=top style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;\n"
                "  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                "  <p class=MsoNormal align=center style='text-align:center'>"
                f"{b1}<span style='font-size:12.0pt;\n  font-family:仿宋_GB2312'>"
                f"{word_run(cell)}<o:p></o:p></span>"
                f"{b2}</p>\n  </td>"
            )
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


def word_html(title: str, paragraphs: list[str], zones: list[list[str]], author: str) -> bytes:
    """Word's 另存为 → 网页(*.htm): the Office namespaces, charset=gb2312, <meta name=ProgId
    content=Word.Document>, document properties and w:WordDocument in <!--[if gte mso 9]> conditional
    comments, a style sheet of mso- definitions inside <!-- -->, WordSection1, every ASCII run its own span,
    characters outside GB2312 as &#...; references (what Word does)."""
    body = [word_p(title, title=True), "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"]
    for p in paragraphs:
        heading = bool(re.match(r"[一二三四五六七八九十]+、", p)) and len(p) < 16
        body.append(word_p(p, heading=heading))
        if p.startswith("城区公办小学服务范围"):
            body.append(word_table(zones))
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{title}.files/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{author}</o:Author>
  <o:LastAuthor>{author}</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:TotalTime>38</o:TotalTime>
  <o:Created>2025-06-09T01:12:00Z</o:Created>
  <o:LastSaved>2025-06-10T02:47:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Company>谷城县教育局</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}}
@font-face
	{{font-family:仿宋_GB2312;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:等线;
	mso-fareast-language:ZH-CN;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:10.5pt;
	font-family:等线;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

{chr(10).join(body)}

</div>

</body>

</html>
"""
    return html.replace("\n", "\r\n").encode("gb2312", errors="xmlcharrefreplace")


GC_DRAFT_LEAD = f"""
为做好2025年义务教育学校招生入学工作，谷城县教育局起草了《{GC_TITLE}（征求意见稿）》，现向社会公开征求意见。

征求意见时间：2025年5月12日至2025年5月26日。

反馈方式：电子邮件发送至gcxjyjzb@126.com，或者邮寄至谷城县教育局基础教育股（谷城县城关镇府前街）。

谷城县教育局

2025年5月12日
"""


def write_gucheng() -> None:
    paras = J(gc_articles(draft=False)) + J("""
谷城县教育局

2025年6月10日""")
    write_bytes(f"湖北/谷城县/{GC_TITLE}.htm", word_html(GC_TITLE, paras, GC_ZONES, "gcjyj-jcjyg"))
    zones = table(GC_ZONES, 'border="1" cellspacing="0" cellpadding="4" width="100%"')
    draft_zones = zones.replace(GC_ZONES[2][1], "北河社区、城北社区")  # the draft: 粉阳社区 not yet in it
    draft = re.sub(
        r"(<p>城区公办小学服务范围[^<]*</p>)", lambda m: m.group(1) + "\n" + draft_zones, P(gc_articles(True))
    )
    write(
        f"湖北/谷城县/{GC_DRAFT_TITLE}.html",
        page_trs(
            GC,
            GC_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2025-05-12",
            "谷城县教育局",
            P(GC_DRAFT_LEAD)
            + f'\n<p style="text-align:center"><strong>{GC_TITLE}（征求意见稿）</strong></p>\n'
            + draft,
        ),
    )
    t = "外地户口孩子今年上一年级，想读城关二小，积分够不够？"
    write(
        f"湖北/谷城县/12345热线 {t}.html",
        letter(
            GC,
            "12345热线",
            t,
            "周**",
            "2025-06-18",
            """
您好！我和孩子爸爸都是河南邓州人，在谷城开小吃店6年了，营业执照是前年办的，居住证办了3年，
社保我在谷城交了2年，现在在城北社区租房子住，租房合同去社区备了案。孩子2019年8月生的，今年8月满6岁，
想上城关第二小学。请问我们能报名吗？积分能有多少分？报名要准备什么？
""",
            "谷城县教育局",
            "2025-06-24",
            """
您好！经县教育局基础教育股核实，答复如下：

一、您的孩子2019年8月出生，在8月31日以前，符合今年小学一年级入学年龄。您家庭居住证、营业执照均满6个月，
符合随迁子女报名条件。城北社区属于谷城县城关第二小学服务范围。

二、按《谷城县2025年义务教育学校招生入学工作方案》计算积分：居住证3年计6分，社会保险2年计6分，
租赁住房并备案计4分，合计16分。城关第二小学学位不足时按积分从高到低安排，未能安排的由县教育局统筹安排
到城区其他有空余学位的学校。

三、请于2025年7月1日至7月10日在“谷城县义务教育招生平台”网上报名，7月16日至7月20日携带居住证、户口簿、
营业执照、社保缴费证明、房屋租赁合同和租赁备案证明到学校现场审核。

感谢您的来信！
""",
            "GC12345-20250618-0427",
            "trs",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 4-7 桂阳县 学生资助: the 宣讲课件 (.odp, a table slide, speaker notes), the 生源地贷款 解读视频's
# subtitles (.srt), a 县长信箱 reply reckoning one family's 资助, the 春季学期 助学金 .xlsx
# ---------------------------------------------------------------------------------------------------------

GY_ODP = "桂阳县学生资助政策宣讲课件（2025年秋季学期）.odp"
GY_AID = [
    ["档次", "资助对象", "标准（元/生·年）"],
    ["一档", "特别困难学生（脱贫家庭、低保家庭、特困供养、孤儿、残疾学生等）", "3000"],
    ["二档", "比较困难学生", "2000"],
    ["三档", "一般困难学生", "1000"],
]
GY_SLIDES: list[tuple[str, object, str]] = [
    ("学生资助政策宣讲", ["桂阳县学生资助管理中心", "2025年9月"], ""),
    (
        "学前教育和义务教育阶段",
        [
            "学前教育：家庭经济困难幼儿保育教育费资助，每生每年1000元",
            "义务教育：免除学杂费，免费提供国家规定课程教科书",
            "家庭经济困难寄宿生生活补助：小学每生每年1000元，初中每生每年1250元",
            "家庭经济困难非寄宿生生活补助：小学每生每年500元，初中每生每年625元",
        ],
        "",
    ),
    (
        "普通高中国家助学金（分三档）",
        GY_AID,
        "助学金按学期发放，每学期发放全年标准的一半，通过学生资助卡发放。",
    ),
    (
        "中等职业教育",
        [
            "全日制正式学籍一、二年级在校涉农专业学生和家庭经济困难学生：国家助学金每生每年2300元",
            "全日制正式学籍在校学生免除学费",
        ],
        "",
    ),
    (
        "生源地信用助学贷款",
        [
            "全日制普通本专科学生每人每年申请贷款额度不超过20000元",
            "全日制研究生每人每年申请贷款额度不超过25000元",
            "学生在校期间贷款利息由财政全额贴息",
            "贷款期限为学制加15年，最长不超过22年；毕业后5年为还本宽限期，只还利息不还本金",
            "贷款利率为同期同档次贷款市场报价利率（LPR）减70个基点",
        ],
        "提醒家长：续贷学生每年须登录国家开发银行生源地助学贷款系统提交续贷声明，不需要再到现场。",
    ),
    (
        "大学新生入学资助",
        [
            "对象：当年被全日制普通高校录取的家庭经济困难新生",
            "标准：录取到省内院校的每人500元，录取到省外院校的每人1000元",
            "时间：8月中旬至9月上旬向县学生资助管理中心申请",
        ],
        "",
    ),
    (
        "咨询方式",
        [
            "桂阳县学生资助管理中心（县政务服务中心三楼）",
            "咨询电话：0735-4426510",
            "全国学生资助热线：010-66092315",
        ],
        "",
    ),
]

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def odp_frame(cls: str, y: str, height: str, inner: str) -> str:
    return (
        f'<draw:frame presentation:class="{cls}" svg:x="1.4cm" svg:y="{y}" svg:width="25.2cm" '
        f'svg:height="{height}"><draw:text-box>{inner}</draw:text-box></draw:frame>'
    )


def odp_bytes(slides: list[tuple[str, Any, str]], title: str) -> bytes:
    """A presentation written by hand as OpenDocument: mimetype first and stored, manifest.xml, meta.xml,
    styles.xml (a 16:9 page layout and the master page) and content.xml (one draw:page per slide: a title
    frame, an outline frame of text:list or a draw:frame holding a table:table, speaker notes in
    presentation:notes)."""
    pages = []
    for n, (head, body, notes) in enumerate(slides, 1):
        parts = [odp_frame("title", "0.8cm", "2.4cm", f"<text:p>{escape(head)}</text:p>")]
        if body and isinstance(body[0], list):
            rows = "".join(
                "<table:table-row>"
                + "".join(f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>" for c in row)
                + "</table:table-row>"
                for row in body
            )
            parts.append(
                '<draw:frame svg:x="1.4cm" svg:y="3.6cm" svg:width="25.2cm" svg:height="8cm">'
                f'<table:table table:name="表格{n}"><table:table-column table:number-columns-repeated="3"/>'
                f"{rows}</table:table></draw:frame>"
            )
        else:
            items = "".join(f"<text:list-item><text:p>{escape(b)}</text:p></text:list-item>" for b in body)
            parts.append(
                odp_frame(
                    "outline" if n > 1 else "subtitle", "3.6cm", "10cm", f"<text:list>{items}</text:list>"
                )
            )
        if notes:
            parts.append(
                '<presentation:notes><draw:page-thumbnail draw:page="1"/>'
                + odp_frame("notes", "14cm", "11cm", f"<text:p>{escape(notes)}</text:p>")
                + "</presentation:notes>"
            )
        pages.append(
            f'<draw:page draw:name="幻灯片{n}" draw:master-page-name="Default" '
            f'presentation:presentation-page-layout-name="AL1T1">{"".join(parts)}</draw:page>'
        )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS} office:version="1.3">'
        "<office:body><office:presentation>" + "".join(pages) + "</office:presentation></office:body>"
        "</office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS} office:version="1.3">'
        '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties '
        'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
        'fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/>'
        "</style:page-layout></office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/>'
        "</office:master-styles></office:document-styles>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS} office:version="1.3">'
        "<office:meta><meta:generator>WPS Office/11.1.0.14309</meta:generator>"
        f"<dc:title>{escape(title)}</dc:title>"
        "<meta:initial-creator>gyxzzzx</meta:initial-creator><meta:creation-date>2025-09-02T08:40:00</meta:creation-date>"
        "<dc:date>2025-09-04T17:12:00</dc:date></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.presentation"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return zip_package(
        [
            ("mimetype", "application/vnd.oasis.opendocument.presentation"),
            ("META-INF/manifest.xml", manifest),
            ("meta.xml", meta),
            ("styles.xml", styles),
            ("content.xml", content),
        ]
    )


GY_SRT_TITLE = "《政策面对面》生源地信用助学贷款怎么办（视频字幕）.srt"
GY_CUES = [
    "各位观众朋友大家好，欢迎收看《政策面对面》",
    "今天我们请到了桂阳县学生资助管理中心的工作人员",
    "来给大家讲一讲生源地信用助学贷款怎么办",
    "首先，什么时候可以办理？",
    "今年我县生源地信用助学贷款的受理时间是",
    "2025年7月1日至9月30日",
    "办理地点在县政务服务中心三楼学生资助管理中心",
    "第一次申请贷款的学生",
    "需要学生本人和共同借款人一起到现场办理",
    "共同借款人一般是父母或者其他法定监护人",
    "需要带哪些材料呢？",
    "学生和共同借款人的身份证、户口簿",
    "新生还要带上高校录取通知书",
    "在校生续贷带学生证或者学信网学籍证明",
    "办好以后，系统会生成一张受理证明",
    "学生到大学报到时，把受理证明交给学校的资助中心",
    "贷款资金直接拨付到学校，用于交学费和住宿费",
    "很多家长关心利息怎么算",
    "学生在校期间的利息由财政全额贴息，自己不用还",
    "毕业以后有5年的还本宽限期，这期间只还利息",
    "提前还款不收取违约金",
    "最后提醒大家，千万不要轻信所谓的“代办贷款”，",
    "生源地信用助学贷款的申请不收取任何费用",
    "感谢收看，我们下期再见",
]


def srt(cues: list[str]) -> bytes:
    """SubRip subtitles as a video editor exports them: UTF-8 with a BOM, CRLF, an index line, a
    ``00:00:00,000 --> 00:00:03,200`` line, the text, a blank line; a sentence split over cues."""
    out, t = [], 1200
    for n, cue in enumerate(cues, 1):
        dur = 900 + 160 * len(cue)

        def ts(ms: int) -> str:
            return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"

        out.append(f"{n}\r\n{ts(t)} --> {ts(t + dur)}\r\n{cue}\r\n")
        t += dur + 240
    return b"\xef\xbb\xbf" + "\r\n".join(out).encode("utf-8")


GY_SCHOOLS = [
    ("桂阳县第一中学", 186, 402, 315),
    ("桂阳县第二中学", 153, 338, 276),
    ("桂阳县第三中学", 121, 264, 230),
    ("桂阳县第四中学", 98, 205, 187),
    ("桂阳县蒙泉学校（高中部）", 64, 142, 118),
]
GY_XLSX = "桂阳县2025年春季学期普通高中国家助学金发放汇总表.xlsx"


def write_guiyang_xlsx() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025春"
    ws.append(["桂阳县2025年春季学期普通高中国家助学金发放汇总表"])
    ws.merge_cells("A1:F1")
    ws.append(["填报单位：桂阳县学生资助管理中心", None, None, None, "发放日期：2025年5月20日"])
    ws.merge_cells("A2:D2")
    ws.merge_cells("E2:F2")
    ws.append(["序号", "学校", "受助人数（人）", None, None, "发放金额（元）"])
    ws.append([None, None, "一档（1500元/学期）", "二档（1000元/学期）", "三档（500元/学期）", None])
    for cells in ("A3:A4", "B3:B4", "C3:E3", "F3:F4"):
        ws.merge_cells(cells)
    tot = [0, 0, 0, 0]
    for i, (school, a, b, c) in enumerate(GY_SCHOOLS, 1):
        money = a * 1500 + b * 1000 + c * 500
        ws.append([i, school, a, b, c, money])
        tot = [tot[0] + a, tot[1] + b, tot[2] + c, tot[3] + money]
    ws.append(["合计", None, *tot])
    ws.append(
        ["说明：按学期发放，每学期发放全年标准的一半；资金通过学生资助卡直接发放到学生（或监护人）账户。"]
    )
    ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEF", (6, 26, 18, 18, 18, 16), strict=True):
        ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.save(buf)
    write_bytes(f"湖南/桂阳县/{GY_XLSX}", restamp(buf.getvalue(), "2025-05-20T10:00:00Z"))


def write_guiyang() -> None:
    write_bytes(f"湖南/桂阳县/{GY_ODP}", odp_bytes(GY_SLIDES, GY_ODP.removesuffix(".odp")))
    write_bytes(f"湖南/桂阳县/{GY_SRT_TITLE}", srt(GY_CUES))
    write_guiyang_xlsx()
    t = "低保户家里一个读高二一个刚考上大学，能领多少资助？"
    write(
        f"湖南/桂阳县/县长信箱 {t}.html",
        letter(
            GY,
            "县长信箱",
            t,
            "何**",
            "2025-08-12",
            """
县长您好！我家是低保户，住在樟市镇。儿子在桂阳三中读高二，女儿今年考上了广东的一所大学，
学费一年5800元，住宿费1200元，家里实在拿不出来。请问儿子读高中一年能拿多少助学金？女儿能贷多少款，
利息要我们出吗？听说考上大学还有路费补助，能给多少？
""",
            "桂阳县教育局",
            "2025-08-19",
            """
您好！来信收悉，经县学生资助管理中心核实，答复如下：

一、您家庭为低保家庭，您儿子属于普通高中国家助学金一档资助对象，每年3000元，按学期发放，每学期1500元。

二、您女儿可申请生源地信用助学贷款，全日制普通本专科学生每人每年不超过20000元，可用于学费、住宿费和生活费；
在校期间利息由财政全额贴息。请在9月30日前由女儿和您一起到县政务服务中心三楼办理。

三、您女儿录取到省外院校，可申请大学新生入学资助1000元。

以上儿子一年的助学金和女儿的新生入学资助合计4000元，不含助学贷款。

咨询电话：0735-4426510。
""",
            "GYXZXX-2025-0812-036",
            "old",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 8-10 歙县 文旅消费券: the 公告 (.docx, a 券种 table), the 活动专区 saved from an H5 app (the rules only
# in a <script> JSON state), a 领导留言板 reply reckoning one family's 民宿 bill
# ---------------------------------------------------------------------------------------------------------

SX_DOCX = "歙县文化旅游体育局关于发放2025年歙县文旅消费券的公告.docx"
SX_COUPONS = [
    ["券种", "使用门槛及面额", "每期数量（张）", "适用商户"],
    ["住宿券", "满200元减50元", "4000", "参与活动的酒店、民宿"],
    ["景区门票券", "满100元减30元", "5000", "参与活动的A级旅游景区"],
    ["餐饮券", "满100元减20元", "6000", "参与活动的餐饮企业"],
    ["文创购物券", "满50元减10元", "8000", "参与活动的文创、特产商店"],
]


def write_shexian_docx() -> None:
    blocks: list = [
        "# 歙县文化旅游体育局关于发放2025年歙县文旅消费券的公告",
        *J("""
为促进文旅消费，经县人民政府同意，我县安排300万元财政资金发放2025年歙县文旅消费券，现将有关事项公告如下。

## 一、发放时间

共分6期发放。第1期于2025年9月5日10:00开始领取，此后每周五10:00发放1期，第6期于2025年10月10日发放。

## 二、领取方式

消费者通过“云闪付”App首页搜索“歙县文旅消费券”，完成实名认证后领取。

## 三、券种和面额"""),
        SX_COUPONS,
        *J("""
## 四、使用规则

（一）每人每期每类券限领1张。消费券领取后7日内有效，逾期自动作废，不予补发。

（二）消费券仅限在歙县境内参与活动的商户使用，单笔订单限用1张，不找零、不兑现、不可转赠。

（三）消费券可与商户自有优惠叠加使用。

## 五、商户报名

有意参与活动的商户可于2025年8月29日至9月3日向县文化旅游体育局市场股报名，咨询电话0559-6521389。

歙县文化旅游体育局

2025年8月28日"""),
    ]
    write_bytes(
        f"安徽/歙县/{SX_DOCX}",
        docx_bytes(blocks, "歙县文化旅游体育局", "— 1 —", "sxwlj", "2025-08-28T09:00:00Z"),
    )


SX_STATE = {
    "route": {"path": "/activity/sx2025wlxfq", "name": "activity"},
    "user": {"login": False, "city": ""},
    "activity": {
        "id": "sx2025wlxfq",
        "title": "2025歙县文旅消费券",
        "banner": "/static/img/banner_sx2025.jpg",
        "status": "ONGOING",
        "periods": [
            {"no": 1, "start": "2025-09-05 10:00:00", "stock": 23000},
            {"no": 2, "start": "2025-09-12 10:00:00", "stock": 23000},
            {"no": 3, "start": "2025-09-19 10:00:00", "stock": 23000},
            {
                "no": 4,
                "start": "2025-09-26 10:00:00",
                "stock": 25000,
                "remark": "国庆加码：景区门票券追加2000张",
            },
            {"no": 5, "start": "2025-10-03 10:00:00", "stock": 23000},
            {"no": 6, "start": "2025-10-10 10:00:00", "stock": 23000},
        ],
        "rulesHtml": (
            "<h3>活动规则</h3><p>1. 每人每期每类券限领1张，领取后7日内有效。</p>"
            "<p>2. 消费券仅限歙县境内参与活动的商户使用，单笔订单限用1张。</p>"
            "<p>3. 使用消费券的订单全额退款的，消费券在有效期内的自动退回原账户；"
            "部分退款的，消费券不予退回。</p>"
            "<p>4. 第4期（9月26日）为国庆加码，景区门票券追加2000张，当期景区门票券共7000张。</p>"
            "<p>5. 以虚假交易、套现等方式使用消费券的，取消其参与资格。</p>"
        ),
        "faq": [
            {
                "q": "领券时提示“风险账户”怎么办？",
                "a": "请确认云闪付已绑定本人银行卡并完成实名认证；仍无法领取的，拨打95516转人工。",
            },
            {
                "q": "在景区售票窗口能用吗？",
                "a": "可以。在参与活动景区的售票窗口使用云闪付扫码付款时即可抵扣，线上预订平台不能使用。",
            },
            {"q": "外地游客可以领吗？", "a": "可以，不限户籍，领取时定位不限，使用须在歙县境内。"},
        ],
        "merchantCount": 186,
        "hotline": "0559-6521389",
    },
    "ui": {"loading": False, "toast": ""},
}


def sx_spa_page() -> str:
    """An H5 activity page saved by the browser as 网页，仅HTML: an empty <div id="app">, the bundle's
    <script> tags, and the state the server rendered into ``window.__INITIAL_STATE__`` (JSON with <, > and &
    escaped as \\u003c, \\u003e, \\u0026, as serialize-javascript writes them) — the rules, the FAQ and the
    fourth period's 追加 are only there."""
    state = json.dumps(SX_STATE, ensure_ascii=False, separators=(",", ":"))
    state = state.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" \
content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no"><meta name="format-detection" \
content="telephone=no"><title>2025歙县文旅消费券</title><link rel="icon" href="/favicon.ico">\
<link href="/static/css/app.7c1e2a9b.css" rel="stylesheet">\
<link href="/static/css/chunk-vendors.3b8d41f0.css" \
rel="stylesheet"></head><body><noscript><strong>请开启JavaScript后访问本页面。</strong></noscript>\
<div id="app" data-server-rendered="false"></div>
<script>window.__INITIAL_STATE__={state};(function(){{var s;(s=document.currentScript||document.scripts\
[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="/static/js/chunk-vendors.3b8d41f0.js"></script><script src="/static/js/app.7c1e2a9b.js"></script>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src=\
"https://hm.baidu.com/hm.js?5f2c9e1b0a";var s=document.getElementsByTagName("script")[0];\
s.parentNode.insertBefore(hm,s);}})();</script></body></html>
"""


def write_shexian() -> None:
    write_shexian_docx()
    write("安徽/歙县/2025歙县文旅消费券_活动专区.html", sx_spa_page())
    t = "订了古城民宿两晚，一张住宿券能不能分两单用？"
    write(
        f"安徽/歙县/领导留言板 {t}.html",
        letter(
            SX,
            "领导留言板",
            t,
            "网友“杭州来的小吴”",
            "2025-09-15",
            """
您好！我们一家三口国庆想去歙县古城玩，在古城里订了一家民宿，住两晚，每晚380元。上周五抢到了一张
满200减50的住宿券。请问两晚能不能拆成两个订单，每单都用一次券？这样一共要付多少钱？
另外券是上周五领的，国庆的时候还能用吗？
""",
            "歙县文化旅游体育局",
            "2025-09-18",
            """
您好！感谢您对歙县文旅的关注，答复如下：

一、根据《歙县文化旅游体育局关于发放2025年歙县文旅消费券的公告》，每人每期每类券限领1张，单笔订单限用1张。
您只领取了1张住宿券，只能在一个订单中使用一次，拆分订单不能多用。两晚房费760元，使用满200减50的住宿券后，
实付710元。

二、消费券领取后7日内有效，您9月12日领取的券有效期至9月18日，国庆期间已不能使用。建议您在9月26日以后
重新领取当期住宿券，在领取后7日内完成预订和支付。

咨询电话：0559-6521389。
""",
            "SXLY-2025-09-0153",
            "zwgk",
            "文化、旅游",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 11-13 兴安县 景区门票: the 优惠规定 beside its 征求意见稿 (other figures), the 政策解读 on the
# 文旅局's 繁體 (港澳台) version with a family's reckoning; a 桂林 转载 among the news
# ---------------------------------------------------------------------------------------------------------

XA_TITLE = "兴安县国有A级旅游景区门票优惠规定"
XA_DRAFT_TITLE = f"关于公开征求《{XA_TITLE}（征求意见稿）》意见的公告"


def xa_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
第一条　为落实旅游惠民政策，规范景区门票优惠，根据《广西壮族自治区旅游条例》等规定，制定本规定。

第二条　本规定适用于本县国有A级旅游景区：灵渠景区、猫儿山景区和兴安秦城遗址公园。

第三条　灵渠景区门票价格为每人70元，猫儿山景区门票价格为每人85元，兴安秦城遗址公园门票价格为每人30元，
本次不作调整。

第四条　下列人员凭有效证件免收门票：

（一）年满{f("65", "70")}周岁的老年人；

（二）6周岁（含）以下或者身高1.2米（含）以下的儿童；

（三）持《中华人民共和国残疾人证》的残疾人及其1名陪同人员；

（四）现役军人、消防救援人员和持《中华人民共和国退役军人优待证》的退役军人{f("，同行1名家属享受半价", "")}；

（五）{f("全国在职医务人员", "本县在职医务人员")}凭医师执业证书或者护士执业证书；

（六）教师凭教师资格证书或者学校出具的在职证明，{f("每年9月1日至9月30日", "每年9月10日当天")}免收门票。

第五条　下列人员凭有效证件享受半价优惠：

（一）年满60周岁不满{f("65", "70")}周岁的老年人；

（二）6周岁以上18周岁以下的未成年人，全日制大学本科及以下学历的在校学生。

第六条　每年5月19日“中国旅游日”，灵渠景区对所有游客免收门票。

第七条　享受免票、半价优惠的游客，须提前通过“游兴安”微信小程序实名预约，入园时出示本人有效证件。

第八条　本规定自{f("2025年5月1日", "印发之日")}起施行，有效期3年。
"""


XA_NOTICE = f"""
各景区管理单位，各有关单位：

《{XA_TITLE}》已经县人民政府同意，现予印发，请认真贯彻执行。

兴安县文化广电体育和旅游局　兴安县发展和改革局

2025年4月25日
"""

XA_DRAFT_LEAD = f"""
为进一步落实旅游惠民政策，兴安县文化广电体育和旅游局会同县发展和改革局起草了《{XA_TITLE}（征求意见稿）》，
现向社会公开征求意见。

征求意见时间：2025年3月20日至2025年4月3日。

意见请发送至电子邮箱xaxwlj@163.com。

兴安县文化广电体育和旅游局

2025年3月20日
"""

XA_JIEDU = """
问：哪些景区执行这次的门票优惠？

答：本县国有A级旅游景区，即灵渠景区、猫儿山景区和兴安秦城遗址公园。灵渠景区门票70元，猫儿山景区门票85元，
兴安秦城遗址公园门票30元。

问：港澳台同胞和外国游客能享受老年人免票吗？

答：可以。港澳台居民凭港澳居民来往内地通行证、台湾居民来往大陆通行证，外国游客凭护照，
年满65周岁的同样免收门票，年满60周岁不满65周岁的同样享受半价。

问：一家人去灵渠要花多少钱？

答：以一家四口为例：父母两人均为40岁，购买全价票2张共140元；同行的奶奶66岁，免票；孩子10岁、身高1.35米，
享受半价35元。一家四口游览灵渠景区门票合计175元。

问：退役军人的家属可以优惠吗？

答：持《中华人民共和国退役军人优待证》的退役军人本人免票，同行1名家属享受半价。

问：需要提前预约吗？

答：享受免票、半价优惠的游客须提前通过“游兴安”微信小程序实名预约。每年5月19日“中国旅游日”，
灵渠景区对所有游客免收门票，也须预约。
"""


def write_xingan() -> None:
    write(
        f"广西/兴安县/{XA_TITLE}.html",
        page_zwgk(
            XA,
            f"关于印发{XA_TITLE}的通知",
            "政策文件",
            "2025-04-25",
            "兴安县文化广电体育和旅游局",
            P(XA_NOTICE)
            + f'\n<p style="text-align:center"><strong>{XA_TITLE}</strong></p>\n'
            + P(xa_articles(draft=False)),
            index="11450325MB1528407X/2025-00318",
            topic="文化、旅游",
            number=f"兴文旅发{L}2025{R}12号",
        ),
    )
    write(
        f"广西/兴安县/{XA_DRAFT_TITLE}.html",
        page_zwgk(
            XA,
            XA_DRAFT_TITLE,
            "意见征集",
            "2025-03-20",
            "兴安县文化广电体育和旅游局",
            P(XA_DRAFT_LEAD)
            + f'\n<p style="text-align:center"><strong>{XA_TITLE}（征求意见稿）</strong></p>\n'
            + P(xa_articles(draft=True)),
            index="11450325MB1528407X/2025-00207",
            topic="文化、旅游",
        ),
    )
    # the 文旅局's 港澳台 version: the whole page, furniture and all, converted to traditional script
    page = page_zwgk(
        XA,
        "《兴安县国有A级旅游景区门票优惠规定》政策解读",
        "政策解读",
        "2025-04-28",
        "兴安县文化广电体育和旅游局",
        qa(XA_JIEDU),
        index="11450325MB1528407X/2025-00327",
        topic="文化、旅游",
    )
    write("广西/兴安县/《興安縣國有A級旅遊景區門票優惠規定》政策解讀.html", _S2T.convert(page))


# ---------------------------------------------------------------------------------------------------------
# 14-15 代县 体育场馆: the 实施方案 (hard-wrapped PDF) and the 体育中心's 开放时间及收费 公告 saved by
# Safari as a .webarchive (the times and fees only in its table)
# ---------------------------------------------------------------------------------------------------------

DX_PDF = "代县公共体育场馆向社会免费或低收费开放实施方案.pdf"
DX_PAGES = [
    """
代县公共体育场馆向社会免费或低收费开放实施方案

为落实全民健身国家战略，推动公共体育场馆向社会免费或低收费开放，根据国家体育总局、财政部有关规定，
结合我县实际，制定本方案。

一、开放场馆

代县体育中心体育场、体育馆、游泳馆和全民健身广场，以及县城各社区多功能运动场。

二、开放时间

（一）各场馆每周开放时间不少于35小时，其中体育场和室外场地全年开放时间不少于330天。

（二）法定节假日和学校寒暑假期间，每天开放时间不少于8小时。

（三）每年8月8日“全民健身日”，各场馆全天免费开放。
""",
    """
三、免费开放

体育场田径跑道、室外篮球场、全民健身广场和健身路径全天免费开放；体育馆、游泳馆在规定时段免费或者低收费开放，
具体时段由县体育中心另行公布。

四、低收费标准

低收费时段的收费标准不高于当地同类场馆市场价格的50%。学生、60周岁以上老年人和残疾人在低收费标准基础上再减半。

五、保障措施

2025年安排中央和省级补助资金及县级配套资金共计68万元，用于场馆免费低收费开放运行补助。县文化和旅游局
每季度对场馆开放情况进行检查，开放情况纳入年度考核。
""",
    """
六、其他

本方案自2025年4月1日起施行。各场馆开放时间及收费标准在场馆入口和县人民政府网站公示，
接受社会监督，监督电话0350-5226613。

代县文化和旅游局　代县财政局

2025年3月20日
""",
]
DX_HOURS = [
    ["场地", "免费开放时段", "低收费开放时段", "收费标准"],
    ["体育场（田径跑道）", "每天6:00—21:00", "—", "免费"],
    ["室外篮球场、全民健身广场", "每天6:00—21:00", "—", "免费"],
    ["体育馆羽毛球场", "周一至周五8:00—12:00", "其他开放时段", "20元/片·小时（学生、老年人10元）"],
    ["体育馆乒乓球室", "周一至周五8:00—17:00", "其他开放时段", "10元/台·小时（学生、老年人5元）"],
    [
        "游泳馆",
        "暑期（7月10日—8月31日）每周一、三9:00—11:00对中小学生免费",
        "每天14:00—21:00（周二闭馆换水）",
        "16元/场（学生8元/场），每场2小时",
    ],
]


def dx_webarchive() -> bytes:
    """Safari's 存储为 → 网页归档: a binary property list (bplist00) whose WebMainResource holds the page's
    bytes (WebResourceData), its URL, MIME type and text encoding, and whose WebSubresources hold the
    style sheet and the banner image."""
    url = "http://www.daixian.gov.cn/zwgk/tzgg/202504/t20250401_2018734.shtml"
    body = (
        P("""
根据《代县公共体育场馆向社会免费或低收费开放实施方案》，代县体育中心自2025年4月1日起向社会免费或低收费开放，
现将开放时间及收费标准公告如下：
""")
        + "\n"
        + table(DX_HOURS, 'width="95%" border="1" cellspacing="0" cellpadding="4" align="center"')
        + "\n"
        + P("""
入场须知：进入游泳馆须出示健康承诺书，1.4米以下儿童须由成年人陪同；体育馆场地可通过“代县体育中心”微信公众号
提前3天预约，每人每次限约1片（台）。

代县体育中心

2025年4月1日
""")
    )
    page = page_old(
        DX,
        "代县体育中心免费低收费开放时间及收费标准公告",
        "政务公开 &gt;&gt; 通知公告",
        "2025-04-01",
        "代县体育中心",
        body,
    ).replace('href="/css/style.css"', 'href="http://www.daixian.gov.cn/css/style.css"')
    archive = {
        "WebMainResource": {
            "WebResourceData": page.encode("utf-8"),
            "WebResourceFrameName": "",
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": url,
        },
        "WebSubresources": [
            {
                "WebResourceData": b"body{font-size:14px;font-family:SimSun}.zhengwen{line-height:2}\n",
                "WebResourceMIMEType": "text/css",
                "WebResourceTextEncodingName": "UTF-8",
                "WebResourceURL": "http://www.daixian.gov.cn/css/style.css",
            },
            {
                "WebResourceData": png_1x1((176, 32, 32)),
                "WebResourceMIMEType": "image/png",
                "WebResourceURL": "http://www.daixian.gov.cn/images/banner.jpg",
            },
        ],
    }
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY, sort_keys=True)


def write_daixian() -> None:
    write_pdf(f"山西/代县/{DX_PDF}", DX_PAGES, "代县文化和旅游局文件", 36, "— {} —")
    write_bytes("山西/代县/代县体育中心免费低收费开放时间及收费标准公告.webarchive", dx_webarchive())


# ---------------------------------------------------------------------------------------------------------
# 16-18 阜平县 退役军人: the 就业创业 措施 (hard-wrapped PDF), the 优待证 申领指南 saved by the browser as
# 网页，全部 (a _files folder beside it), a 12345 reply reckoning one veteran's 创业补助
# ---------------------------------------------------------------------------------------------------------

FP_PDF = "阜平县支持退役军人就业创业若干措施.pdf"
FP_PAGES = [
    f"""
阜平县支持退役军人就业创业若干措施

阜退役军人发{L}2025{R}9号

为进一步做好退役军人就业创业工作，经县人民政府同意，制定以下措施。

一、一次性创业补助。自主就业退役士兵退役后首次在本县创办个体工商户或者小微企业，正常经营满1年的，
给予一次性创业补助：创办个体工商户的补助5000元，创办小微企业的补助10000元。

二、吸纳就业奖补。享受一次性创业补助的经营主体，每吸纳1名本县户籍劳动者就业并为其缴纳社会保险满6个月的，
再给予1000元奖补，最高不超过5000元。
""",
    """
三、创业担保贷款。退役军人个人创业的，可申请创业担保贷款，最高30万元，期限最长3年，财政给予全额贴息；
退役军人创办的小微企业可申请创业担保贷款，最高400万元，财政按贷款实际利率的50%给予贴息。

四、技能培训。退役军人参加县退役军人服务中心组织的就业技能培训，免收培训费，培训期间每人每天补助生活费50元。

五、申请时间和材料。一次性创业补助和吸纳就业奖补每年3月和9月集中受理。申请人向县退役军人服务中心
（阜平镇城南大街）提交申请表、退役证件、营业执照、经营满1年的纳税证明或者社会保险缴费证明。
""",
    """
六、本措施自2025年6月1日起施行，由县退役军人事务局负责解释。咨询电话：0312-7226052。

阜平县退役军人事务局　阜平县人力资源和社会保障局　阜平县财政局

2025年5月12日
""",
]

FP_GUIDE = "阜平县退役军人优待证申领指南"
FP_FILES = f"{FP_GUIDE}_files"


def fp_guide_page() -> str:
    guide = table(
        [
            ["事项名称", "中华人民共和国退役军人优待证申领"],
            ["申领对象", "户籍在本县的退役军人，以及烈士遗属、因公牺牲军人遗属、病故军人遗属"],
            [
                "申请材料",
                "居民身份证；退役证件（退伍证、转业证或者退休证）；近6个月内白底彩色1寸证件照电子版",
            ],
            [
                "办理方式",
                "线上：通过“河北退役军人”微信公众号“优待证申领”栏目提交；线下：到户籍所在地乡镇（街道）退役军人服务站申请",
            ],
            ["制证时限", "审核通过后约30个工作日制发，由乡镇（街道）退役军人服务站通知领取"],
            ["收费标准", "不收费"],
            [
                "本县优待项目",
                "持证人免费乘坐本县城市公交和城乡公交；免费游览天生桥国家地质公园等本县国有A级景区；"
                "在县医院、县中医医院挂号、就诊、取药优先",
            ],
            ["咨询电话", "0312-7226052（县退役军人服务中心）"],
        ],
        'class="bszn" border="1" cellspacing="0" cellpadding="6" width="100%"',
        thead=False,
    )
    page = page_trs(
        FP,
        "退役军人优待证申领指南",
        "办事服务 &gt; 办事指南",
        "2025-07-01",
        "阜平县退役军人事务局",
        guide
        + f'\n<iframe src="./{FP_FILES}/saved_resource.html" width="100%" height="120"'
        + ' frameborder="0"></iframe>',
    )
    page = page.replace('src="/images/jquery-1.12.4.min.js"', f'src="./{FP_FILES}/jquery-1.12.4.min.js"')
    page = page.replace(
        "</head>", f'<link rel="stylesheet" href="./{FP_FILES}/style.css">\n</head>', 1
    ).replace('<div class="top">', f'<div class="top"><img src="./{FP_FILES}/logo.png" alt="">', 1)
    url = "http://www.fuping.gov.cn/bsfw/bszn/202507/t20250701_41378.html"
    # Chrome's 网页，全部: the mark of the web first, resources rewritten to the _files folder
    return f"<!-- saved from url=({len(url):04d}){url} -->\n{page}"


def write_fuping() -> None:
    write_pdf(f"河北/阜平县/{FP_PDF}", FP_PAGES, "阜平县退役军人事务局文件", 36, "第{}页 共{}页")
    write(f"河北/阜平县/{FP_GUIDE}.html", fp_guide_page())
    write(
        f"河北/阜平县/{FP_FILES}/style.css",
        ".top{height:40px;background:#b71c1c;color:#fff}.bszn td{border:1px solid #ccc;padding:6px}"
        "\n.footer{text-align:center;color:#666}\n",
    )
    write(
        f"河北/阜平县/{FP_FILES}/jquery-1.12.4.min.js",
        "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n"
        '!function(a,b){"object"==typeof module&&"object"==typeof module.exports?module.exports=a.document?'
        'b(a,!0):function(a){return b(a)}:b(a)}("undefined"!=typeof window?window:this,function(a,b){});\n',
    )
    write_bytes(f"河北/阜平县/{FP_FILES}/logo.png", png_1x1((183, 28, 28)))
    write(
        f"河北/阜平县/{FP_FILES}/saved_resource.html",
        """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在线咨询</title></head>
<body><div class="zx"><span>在线咨询</span> <a>我要咨询</a> <a>我要投诉</a> <a>我要建议</a></div>
<p class="tip">工作日9:00—17:00在线，其他时间请留言。</p></body></html>
""",
    )
    t = "退伍后在县城开了饭馆，雇了3个人，能拿多少创业补助？"
    write(
        f"河北/阜平县/12345热线 {t}.html",
        letter(
            FP,
            "12345热线",
            t,
            "赵**",
            "2025-09-03",
            """
您好，我是2022年退伍的自主就业退役士兵，户口在阜平镇。去年8月在县城开了一家饭馆，办的个体工商户执照，
到今年8月正好经营满一年，店里雇了3个本村的人，社保都交了8个月了。请问我能拿多少创业补助？
另外想贷款扩大店面，能贷多少，利息要自己出吗？
""",
            "阜平县退役军人事务局",
            "2025-09-09",
            """
您好！经县退役军人服务中心核实，答复如下：

一、您退役后首次在本县创办个体工商户，正常经营满1年，可享受一次性创业补助5000元；您吸纳3名本县户籍劳动者就业
并缴纳社会保险满6个月，可享受吸纳就业奖补3000元。以上合计8000元。

二、今年9月为集中受理月，请于9月30日前携带申请表、退役证件、营业执照和社会保险缴费证明到县退役军人服务中心
（阜平镇城南大街）申请。

三、您可以申请个人创业担保贷款，最高30万元，期限最长3年，财政给予全额贴息，利息不需要您承担。

咨询电话：0312-7226052。
""",
            "FP12345-20250903-1192",
            "trs",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 19-21 武平县 退役军人: the 一次性经济补助 发放办法 (.docx, a table by years of service), the 春节走访慰问
# 通知 copied into Notepad and saved as “Unicode” (UTF-16 LE with a BOM), a 领导信箱 reply reckoning one
# 士官's 补助
# ---------------------------------------------------------------------------------------------------------

WP_DOCX = "武平县自主就业退役士兵地方一次性经济补助发放办法.docx"
WP_TABLE = [
    ["服现役年限", "基础补助（元）"],
    ["2年", "24000"],
    ["3年", "28000"],
    ["4年", "32000"],
    ["5年", "36000"],
    ["6年", "40000"],
    ["7年", "44000"],
    ["8年", "48000"],
    ["9年及以上", "每多1年增发4000"],
]


def write_wuping_docx() -> None:
    blocks: list = [
        f"武退役军人{L}2025{R}7号",
        "# 武平县自主就业退役士兵地方一次性经济补助发放办法",
        *J("""
第一条　为做好自主就业退役士兵安置工作，根据《退役军人安置条例》和省、市有关规定，结合我县实际，制定本办法。

第二条　本办法适用于2025年1月1日以后退出现役、回武平县安置的自主就业退役士兵。

第三条　地方一次性经济补助按服现役年限计发。服现役满2年的，发给基础补助24000元；服现役每多1年增发4000元，
不满1年的按1年计算。标准如下："""),
        WP_TABLE,
        *J("""
第四条　服现役期间荣立三等功的，基础补助上浮5%；荣立二等功的，上浮10%；荣立一等功以上的，上浮15%。
同时获得多项的，按最高一项计发，不累加。获评“优秀士兵”的不在上浮范围。

第五条　退役士兵应自退役报到之日起30日内，向户籍所在地乡镇（街道）退役军人服务站提出申请，提交退役证件、
居民身份证、立功受奖证书和本人社会保障卡。经县退役军人事务局审核后，由县财政一次性发放至本人社会保障卡。

第六条　地方一次性经济补助与中央财政一次性退役金同时发放，不相互抵减。

第七条　本办法自2025年1月1日起施行，由县退役军人事务局、县财政局负责解释。

武平县退役军人事务局　武平县财政局

2025年3月6日"""),
    ]
    write_bytes(
        f"福建/武平县/{WP_DOCX}",
        docx_bytes(blocks, "武平县退役军人事务局文件", "— 1 —", "wpxtyjrswj", "2025-03-06T09:00:00Z"),
    )


WP_TXT = """武平县退役军人事务局关于做好2025年春节走访慰问退役军人和其他优抚对象工作的通知

各乡镇人民政府，各有关单位：

为弘扬拥军优属光荣传统，经县双拥工作领导小组研究，决定在2025年春节期间开展走访慰问退役军人和其他优抚对象工作。现将有关事项通知如下：

一、慰问时间
2025年1月13日至1月24日。

二、慰问对象和标准
慰问对象          慰问标准（元/户或元/人）
烈士遗属          1500
因公牺牲军人遗属、病故军人遗属          1200
在乡1至4级残疾军人          1200
在乡5至10级残疾军人          800
在乡复员军人          1000
带病回乡退伍军人          800
参战参试退役军人          600
80周岁以上老退役军人          500
生活困难退役军人          500
同时符合多项的，按最高标准慰问一次。

三、慰问方式
县领导带队走访重点优抚对象，各乡镇分片走访其他对象，慰问金由乡镇退役军人服务站于1月24日前发放到位，同时为优抚对象家庭送春联、“光荣之家”年画。

四、工作要求
各乡镇要认真核实慰问对象，建立台账，于1月27日前将慰问情况报县退役军人事务局优抚股。联系电话：0597-4823367。

武平县退役军人事务局
2025年1月8日
"""


def write_wuping() -> None:
    write_wuping_docx()
    # Notepad's 另存为 → 编码 “Unicode”: UTF-16 little-endian with a BOM, CRLF
    write_bytes(
        "福建/武平县/武平县2025年春节走访慰问退役军人和其他优抚对象的通知.txt",
        WP_TXT.replace("\n", "\r\n").encode("utf-16"),
    )
    t = "儿子服役5年立过三等功，地方一次性经济补助能拿多少？"
    write(
        f"福建/武平县/领导信箱 {t}.html",
        letter(
            WP,
            "县领导信箱",
            t,
            "钟**",
            "2025-04-07",
            """
领导您好！我儿子2020年3月入伍，今年3月退役回武平，选择的是自主就业，一共当了5年兵。服役期间荣立过一次三等功，
还两次被评为优秀士兵。部队发的退役金已经到了，请问县里的地方一次性经济补助能拿多少？优秀士兵能不能再加？
什么时候去哪里申请？
""",
            "武平县退役军人事务局",
            "2025-04-11",
            """
您好！来信收悉，答复如下：

一、您儿子服现役5年，按《武平县自主就业退役士兵地方一次性经济补助发放办法》，基础补助为36000元；
服现役期间荣立三等功，基础补助上浮5%，即上浮1800元，地方一次性经济补助合计37800元。

二、获评“优秀士兵”不在上浮范围，不另行增加。

三、请您儿子自退役报到之日起30日内，携带退役证件、身份证、立功受奖证书和本人社会保障卡，到户籍所在地乡镇
退役军人服务站申请。地方一次性经济补助与部队发放的一次性退役金不相互抵减。

感谢您对退役军人工作的关心！
""",
            "WPLDXX-2025-0407-019",
            "zwgk",
            "退役军人事务",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 22-25 凤冈县 课后服务、校车、托育: the 课后服务收费 通知 (its figures only in the attachments), the
# attachments as a .zip (GBK names: a .docx and a GBK .txt), the 托育服务补贴 办法 and a 12345 reply
# reckoning one family's 托育补贴
# ---------------------------------------------------------------------------------------------------------

FG_NOTICE = "凤冈县教育局关于规范中小学课后服务收费的通知"
FG_ZIP = "凤冈县中小学课后服务收费通知附件.zip"
FG_FEES = [
    ["学校类别", "服务时间", "收费标准（元/生·学期）"],
    ["城区小学", "周一至周五放学后，每天2课时，至18:00", "400"],
    ["城区初中", "周一至周五放学后，每天2课时，至18:30", "500"],
    ["乡镇小学", "周一至周五放学后，每天1至2课时", "300"],
    ["乡镇初中", "周一至周五放学后，每天1至2课时", "350"],
]


def fg_fees_docx() -> bytes:
    blocks: list = [
        "# 附件1：凤冈县中小学课后服务收费标准",
        FG_FEES,
        *J("""
一、按学期收取，不得跨学期预收。学生中途退出的，按剩余周数退还费用。

二、脱贫家庭（含防止返贫监测对象）、低保家庭、特困供养家庭学生和残疾学生、烈士子女免收课后服务费。

三、同一家庭有两个及以上子女在同一学校参加课后服务的，第二个及以上子女减半收取。

四、课后服务费主要用于参与课后服务教师和相关人员的劳务补助，教师课后服务补助标准为每课时30元。"""),
    ]
    return docx_bytes(blocks, "", "", "fgxjyj", "2025-08-25T08:00:00Z")


FG_BUS = """附件2：2025年秋季学期校车运行线路及乘车须知

一、运行线路
1号线：土溪镇中心学校—土溪镇水源村—土溪镇龙井村，早6:50发车，下午17:10返程
2号线：进化镇中心学校—进化镇临江村—进化镇沙坝村，早6:40发车，下午17:00返程
3号线：琊川镇中心学校—琊川镇大都村—琊川镇朱家湾村，早6:45发车，下午17:05返程
4号线：蜂岩镇中心学校—蜂岩镇桃坪村，早7:00发车，下午17:10返程

二、乘车费用
校车对义务教育阶段乘车学生免费，所需经费由县财政保障。

三、乘车须知
1. 乘车学生须由家长到学校办理乘车证，签订《校车安全责任书》。
2. 学生须在指定站点候车，不得在非站点上下车。
3. 家长须按时在站点接送小学一年级、二年级学生。
4. 校车照管员电话在乘车证背面，如学生当日不乘车，请提前告知照管员。

凤冈县教育局
2025年8月25日
"""


def write_fenggang() -> None:
    write_bytes(
        f"贵州/凤冈县/{FG_ZIP}",
        zip_gbk(
            [
                ("凤冈县课后服务收费通知附件/", b""),
                ("凤冈县课后服务收费通知附件/附件1：凤冈县中小学课后服务收费标准.docx", fg_fees_docx()),
                (
                    "凤冈县课后服务收费通知附件/附件2：2025年秋季学期校车运行线路及乘车须知.txt",
                    FG_BUS.replace("\n", "\r\n").encode("gbk"),
                ),
            ],
            (2025, 8, 25, 9, 14, 36),
        ),
    )
    write(
        f"贵州/凤冈县/{FG_NOTICE}.html",
        page_zwgk(
            FG,
            FG_NOTICE,
            "通知公告",
            "2025-08-25",
            "凤冈县教育局",
            P("""
各镇（街道）中心学校，县直各中小学：

为规范中小学课后服务收费行为，减轻家庭负担，经县人民政府同意，自2025年秋季学期起，全县公办中小学课后服务
按照“家长自愿、学校组织、收费适当”的原则开展。现将有关事项通知如下：

一、学生自愿参加课后服务，学校不得以任何形式强制或者变相强制学生参加，不得利用课后服务时间讲授新课。

二、课后服务收费标准、免收和减半收取的情形见附件1。校车运行线路及乘车须知见附件2。

三、各学校应在收费前向家长公示收费标准和服务内容，收费后出具票据。监督电话：0851-25221736。

附件下载：凤冈县中小学课后服务收费通知附件.zip

凤冈县教育局

2025年8月25日
""")
            + f'\n<p class="fj"><a href="/uploads/2025/08/{FG_ZIP}">{FG_ZIP}</a>（42KB）</p>',
            index="11520327009534219K/2025-00187",
            topic="教育",
        ),
    )
    write(
        "贵州/凤冈县/凤冈县托育服务补贴实施办法（试行）.html",
        page_zwgk(
            FG,
            "凤冈县托育服务补贴实施办法（试行）",
            "政策文件",
            "2025-02-18",
            "凤冈县卫生健康局",
            P("""
第一条　为减轻家庭养育负担，促进托育服务发展，制定本办法。

第二条　补贴对象：本县户籍或者父母一方在本县连续缴纳社会保险满6个月，
在本县已备案托育机构入托的3周岁以下婴幼儿。

第三条　补贴标准：一孩每人每月200元，二孩每人每月300元，三孩及以上每人每月400元，按实际入托月数计发，
当月入托不满15天的不计发。

第四条　申领程序：托育机构于每季度末月10日前汇总入托婴幼儿名单报县卫生健康局，县卫生健康局会同县财政局
审核后，于季度结束后30日内将补贴发放至婴幼儿监护人社会保障卡。

第五条　本办法自2025年3月1日起施行，试行2年。由县卫生健康局负责解释，咨询电话0851-25223518。
"""),
            index="11520327009534116D/2025-00042",
            topic="卫生健康",
            number=f"凤卫健发{L}2025{R}5号",
        ),
    )
    t = "老二今年3月送进托育园，托育补贴每月多少，能补几个月？"
    write(
        f"贵州/凤冈县/12345热线 {t}.html",
        letter(
            FG,
            "12345热线",
            t,
            "冯**",
            "2025-09-22",
            """
你好，我家老二是2024年6月出生的，今年3月3号送进了县城龙泉街道一家备了案的托育园，每个月托费1200元，
一直上到现在，打算上到年底。我们都是凤冈户口。请问托育补贴每个月补多少？今年一共能补多少？
国家发的育儿补贴跟这个是不是一回事？
""",
            "凤冈县卫生健康局",
            "2025-09-26",
            """
您好！经核实，答复如下：

一、您的孩子为二孩，在本县已备案托育机构入托，按《凤冈县托育服务补贴实施办法（试行）》每月补贴300元。
孩子2025年3月入托，如持续入托至12月，今年可计发10个月，合计3000元。补贴按季度发放至孩子监护人社会保障卡。

二、托育服务补贴与国家育儿补贴不是同一项补贴。国家育儿补贴对3周岁以下婴幼儿按每孩每年3600元发放，
请通过“育儿补贴”申领系统另行申请，两项补贴可以同时享受。

咨询电话：0851-25223518。
""",
            "FG12345-2025-0922-0058",
            "old",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 26-31 新闻: five roundups (each measure's second region, a planned-only one, one in passing) and the
# 桂林市文化广电和旅游局's 转载 of the 兴安 规定 (a near duplicate)
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
<div class="editor">（责任编辑：孟可欣）</div><div class="share">分享到：<a>微信</a> <a>微博</a></div></div>
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
<div class="pages"><a>01版：要闻</a> <a>02版：综合</a> <a>03版：民生</a> <a>04版：社会</a></div>
<div class="article"><h3>{title}</h3><p class="author">{author}</p>
<founder-content>
{body}
</founder-content>
</div>
<div class="others"><h4>本版其他文章</h4><p>· 秋季学期开学安全检查全面展开</p>
<p>· 城乡社区全民健身设施提档升级</p></div>
<div class="copy">{paper} 版权所有　{icp}</div>
</body>
</html>
"""


N1_TITLE = "随迁子女积分入学 课后服务收费有标准 托育有补贴 多地义务教育服务更暖心"
N1 = news_a(
    "教育民生网",
    N1_TITLE,
    "2025-09-08 08:30　来源：教育民生网　记者：陶思远",
    P("""
新学期开学，各地在招生入学、课后服务、托育服务等方面推出新举措，家长的“急难愁盼”得到回应。

湖北襄阳谷城县今年城区公办小学学位不足时，随迁子女按积分从高到低安排入学，居住证、社保、住房都能计分。
襄阳南漳县去年起已实行随迁子女积分入学，今年通过积分安排随迁子女入学1300余人。襄阳保康县日前已公布2025年
城区义务教育学校学区划分，谷城县也在招生方案中公布了城区公办小学服务范围。襄阳老河口市教育局表示，
老河口拟于明年推行随迁子女积分入学。

贵州遵义凤冈县秋季学期起规范中小学课后服务收费，家庭经济困难学生免收。遵义余庆县也已出台课后服务收费标准，
城区小学每生每学期360元。遵义正安县计划明年春季学期出台课后服务收费标准。

在托育服务方面，凤冈县对在备案托育机构入托的婴幼儿按月发放托育补贴；遵义绥阳县今年也已发放托育补贴，
每人每月200元。

“孩子放学有老师看着，我们下班再接，安心多了。”在凤冈务工的桐梓县人李女士说。在谷城开店的宜城市人
王先生也为孩子报了名。
"""),
    "京ICP备11038624号",
    ["教育部：做好2025年义务教育招生入学工作", "课后服务提质增效 家长满意度持续提升"],
    "教育",
)

N2_TITLE = "助学金分档发放 助学贷款应贷尽贷 多地学生资助政策落实落细"
N2 = news_paper(
    "湘南教育报",
    N2_TITLE,
    "2025年9月12日　第03版：民生",
    "本报记者　彭晓雯",
    P("""
“不让一个学生因家庭经济困难而失学。”秋季学期开学前后，各地学生资助工作有序推进。

湖南郴州桂阳县普通高中国家助学金分三档，每生每年最高3000元，2025年春季学期助学金已于5月发放到位。
郴州宜章县春季学期普通高中国家助学金也已发放完毕，惠及学生4100余人。

桂阳县7月1日起受理生源地信用助学贷款，在校期间利息由财政全额贴息。郴州临武县也已启动生源地信用助学贷款受理，
截至8月底已为1860名学生办理贷款。郴州汝城县学生资助管理中心表示，汝城计划明年把生源地信用助学贷款受理点
延伸到乡镇。

来自资兴市的大学新生小陈说，有了助学贷款和新生入学资助，上大学的学费和路费都不用愁了。
"""),
    "湘ICP备10016537号",
)

N3_TITLE = "消费券带火秋日游 景区门票优惠扩面 多地文旅惠民政策密集落地"
N3 = news_a(
    "文旅观察网",
    N3_TITLE,
    "2025-09-30 10:15　来源：文旅观察网　作者：邵一帆",
    P("""
国庆假期临近，多地推出文旅消费券和景区门票优惠政策，为秋季旅游市场添把火。

安徽黄山歙县安排300万元发放文旅消费券，9月5日起每周五10:00在“云闪付”App发放，住宿券满200元减50元。
黄山黟县8月也已发放文旅消费券200万元，带动消费超过1500万元。黄山休宁县将于国庆前发放文旅消费券。

广西桂林兴安县5月1日起对65周岁以上老年人免收灵渠景区等国有景区门票，教师每年9月免票，全国在职医务人员免票。
桂林灌阳县也已对65周岁以上老年人免收国有景区门票。桂林龙胜各族自治县今年已对全国医务人员和教师免收
龙脊梯田景区门票。桂林灵川县拟对60周岁以上老年人免收国有景区门票。

“带着老母亲来灵渠，她的门票全免了。”从全州县自驾来兴安的游客蒋先生说。在歙县古城，从祁门县来的游客汪女士
用消费券订了民宿。
"""),
    "沪ICP备12047315号",
    ["文化和旅游部：推出系列惠民举措", "国庆假期国内旅游市场预测"],
    "文旅",
)

N4_TITLE = "场馆免费开 健身更方便 多地公共体育场馆向社会敞开大门"
N4 = news_paper(
    "三晋体育报",
    N4_TITLE,
    "2025年7月18日　第02版：综合",
    "记者　郝建平",
    P("""
盛夏时节，不少县城的公共体育场馆免费或低收费向群众开放，游泳、打球、跑步的市民络绎不绝。

山西忻州代县体育中心自4月1日起向社会免费或低收费开放，体育场、室外篮球场全天免费，羽毛球、乒乓球、游泳
实行低收费，学生和老年人再减半。忻州原平市体育馆今年也已实行免费开放，每周免费开放时间超过40小时。
忻州繁峙县计划年内完成县体育馆改造后向社会免费开放。

五台县的乒乓球爱好者老刘说，周末专门开车到代县体育中心打球，一台一小时才10元。
"""),
    "晋ICP备09005218号",
)

N5_TITLE = "创业有补助 补助再提标 持证享优待 多地退役军人服务保障再加力"
N5 = news_a(
    "拥军优属网",
    N5_TITLE,
    "2025-08-01 09:00　来源：拥军优属网　记者：卢志刚",
    P("""
“八一”建军节前夕，各地退役军人服务保障政策持续加力，退役军人获得感不断增强。

河北保定阜平县6月1日起对退役后首次创业的自主就业退役士兵给予一次性创业补助，创办个体工商户的补助5000元、
小微企业10000元。保定曲阳县也已发放退役军人一次性创业补助，今年已有46人领取。保定博野县将出台退役军人
一次性创业补助政策。在阜平，持退役军人优待证可免费乘坐城市公交和城乡公交；保定蠡县持证人也已可免费乘坐县城公交。

福建龙岩武平县对2025年1月1日以后退役的自主就业退役士兵发放地方一次性经济补助，服现役满2年的24000元。
龙岩上杭县今年也已提高自主就业退役士兵地方一次性经济补助标准，服现役满2年的发放22000元。龙岩长汀县
拟调整地方一次性经济补助标准。春节前，武平县开展走访慰问退役军人和其他优抚对象，龙岩连城县也已完成春节
走访慰问优抚对象2300余户。

在阜平开饭馆的望都县籍退役军人小赵说，创业补助让他更有底气。来自龙岩永定区的退役士兵小林则表示，
准备回乡创业。
"""),
    "京ICP备13029461号",
    ["退役军人事务部：持续做好退役军人就业创业工作", "退役军人优待证申领指南"],
    "优抚",
)

N6_TITLE = "兴安出台国有景区门票优惠规定 65周岁以上老人免票"


def guilin_repost() -> str:
    """The 桂林市文化广电和旅游局's 转载 of the 兴安 规定: another site, an editor's lead, the 通知
    dropped, 第五条 to the end cut."""
    arts = J(xa_articles(draft=False))
    body = (
        P(f"""
近日，兴安县印发《{XA_TITLE}》，自2025年5月1日起施行。现将规定主要内容转载如下。
""")
        + "\n"
        + "\n".join(f"<p>{a}</p>" for a in arts[:10])
    )
    return f"""<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8"><title>{N6_TITLE} - 桂林市文化广电和旅游局</title></head>
<body>
<div class="hd">桂林市文化广电和旅游局　<a>首页</a> <a>机构概况</a> <a>信息公开</a>
<a>行业动态</a> <a>县区动态</a></div>
<div class="pos">首页 / 县区动态</div>
<div class="ct"><h1>{N6_TITLE}</h1>
<p class="src">来源：兴安县人民政府网站　发布时间：2025-04-29　作者：兴安县文化广电体育和旅游局</p>
{body}
</div>
<div class="fx"><a>打印</a> <a>关闭</a></div>
<div class="ft">桂林市文化广电和旅游局 主办　桂ICP备05004813号-1　网站标识码：4503000031</div>
</body>
</html>
"""


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    write(f"新闻/{N6_TITLE}_桂林市文化广电和旅游局.html", guilin_repost())


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_gucheng()
    write_guiyang()
    write_shexian()
    write_xingan()
    write_daixian()
    write_fuping()
    write_wuping()
    write_fenggang()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
