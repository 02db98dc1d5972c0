"""Writes eval/policy22/docs: a twenty-second probe collection (26 files), 应急管理、防灾减灾与自然资源 — what
villagers, disaster victims, mine workers, restaurant owners and builders ask (地质灾害避险搬迁补助, 自然灾害生活救助
标准 — 过渡期生活救助, 冬春救助, 遇难人员家属抚慰金, 倒房重建 —, 政策性巨灾保险 and 台风转移安置, 安全生产举报奖励,
森林草原防火期 野外用火 and its 举报奖励, 河道采砂许可 and 砂石统一经营, 林木采伐许可, 水土保持补偿费 and 取水许可,
微型消防站 补助, 餐饮场所 燃气泄漏报警装置 补助) of eight new regions (彝良县, 岷县, 临海市, 灵石县, 根河市, 秭归县,
修水县, 开平市), as chat users, agents and analysts bring them. Run once (``python -m eval.policy22.make_docs``);
the files are committed as data.

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one region's
documents and in one of five news roundups that names a second region having done it, one region that has only
planned it (大关县, 天台县, 左权县, 牙克石市, 远安县) and one named only in passing (镇雄县, 宁海县, 平遥县, 瑞昌市,
都昌县). The documents: a 彝良县 避险搬迁补助办法 beside its 征求意见稿 with other figures and a 12345 reply reckoning
one household's aid (5 people x 2.5万元 = 12.5万元, capped at 12万元); a 岷县 2024 自然灾害救助资金管理办法 whose
tables state their units only in the header, the 2025 通知 raising its figures saved by a browser as .mht, and the
冬春救助 分配表 as a PDF table; a 临海市 巨灾保险 政策解读 slide deck (.pptx) and a 留言板 reply on 转移安置; a 灵石县
安全生产举报奖励办法 as an .ofd and its 政策解读 of 问/答 pairs; a 根河市 野外用火 通告 whose text is only in a
JavaScript variable and a 12345 reply on 上坟烧纸; a 秭归县 河道采砂许可 guide named 办事指南.html (key-value rows),
a 采砂管理 实施方案 .docx whose figures sit in a footnote and a text box, and a 县长信箱 reply; a 修水县 林木采伐 guide
also named 办事指南.html (【字段】 lines) and a 水土保持补偿费 须知 as an .rtf; a 开平市 微型消防站 补助办法 in
traditional script and a 燃气 通知 as a UTF-16 BE .txt; an exact duplicate of the slide deck and an empty .pptx in
下载/.

New messiness none of eval/policy .. eval/policy21 had:
- a web page saved by Internet Explorer as .mht (MHTML): a multipart/related message whose HTML part is GB2312 in
  quoted-printable (soft line breaks between the two bytes of a character, =C6=F0…), with a PNG part the page shows
  and a GBK "From: <由 Windows Internet Explorer 8 保存>" header line (岷县 2025 通知: every 2025 figure only there);
- an .rtf saved by WPS/Word: \\ansicpg936, a \\fonttbl whose font names are \\'xx escapes (宋体 = \\'cb\\'ce\\'cc\\'e5), the
  paragraphs as GBK bytes in \\'xx escapes, the table cells as \\uN? escapes (negative above U+7FFF), \\trowd…\\cell\\row
  table rows whose units stand only in the header, hard line breaks every ~200 characters (修水县 水土保持补偿费);
- a .pptx 政策解读 slide deck written by hand (ppt/slides/slideN.xml of a:t runs): figures split over runs (20 | 万元),
  a table in a graphicFrame, the title box after the body box in the XML, and one answer only in a slide's speaker
  notes (ppt/notesSlides: 2024年度 赔付 1862万元) (临海市 巨灾保险);
- an .ofd (GB/T 33190): OFD.xml, Doc_0/Document.xml, Doc_0/Pages/Page_N/Content.xml of TextObject/TextCode elements,
  lines wrapped at 36 characters (figures split), some lines one character per TextCode with its own X, others one
  TextCode with DeltaX, a red 版头, a seal image by the signature (灵石县 举报奖励办法);
- an .html whose <body> has only a 加载中 placeholder: the article is a JSON string in a JavaScript variable that fills
  the page at load time, with <\\/p> escapes (根河市 通告);
- a .txt in UTF-16 big-endian with a BOM and CRLF lines (开平市 燃气 通知);
- a PDF whose text is a table of figures over two pages (岷县 冬春救助 分配表: 18 乡镇, units in the header, the 合计
  and the 说明 on page 2);
- a .docx whose answers sit in a footnote (word/footnotes.xml) and in a floating text box written as Word writes it,
  an mc:AlternateContent holding the text twice, once as DrawingML (wps:txbx) and once as a VML fallback (秭归县);
- an empty .pptx as Windows' 新建 Microsoft PowerPoint 演示文稿 leaves it (0 bytes).
"""

from __future__ import annotations

import base64
import codecs
import json
import quopri
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import opencc
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval.policy_make import Collection, paras, table

DOCS = Path(__file__).resolve().parent / "docs"
_COLLECTION = Collection(DOCS)
write = _COLLECTION.write
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2025, 9, 28, 0, 0, 0)
_S2T = opencc.OpenCC("s2t")


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write_zip(rel: str, entries: list[tuple[str, bytes]]) -> None:
    """A zip package of ``entries`` in order, each entry stamped with one time (same bytes on a second run)."""
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), data, zipfile.ZIP_DEFLATED)


def png(size: int, rgb: tuple[int, int, int], ring: bool) -> bytes:
    """A small PNG written with zlib: a filled square (a logo) or a red ring with a star-ish centre (a seal)."""
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            d = ((x - c) ** 2 + (y - c) ** 2) ** 0.5
            inside = (c - 4 <= d <= c) or d <= c / 4 if ring else True
            row += bytes(rgb) + bytes([255 if inside else 0])
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


class Site:
    """One county portal: its names, navigation, address and footer (each site its own)."""

    def __init__(
        self,
        name: str,
        icp: str,
        code: str,
        police: str,
        nav: str,
        host: str,
        addr: str,
        phone: str,
        domain: str,
    ) -> None:
        self.name, self.icp, self.code, self.police, self.nav = name, icp, code, police, nav
        self.host, self.addr, self.phone, self.domain = host, addr, phone, domain


YL = Site(
    "彝良县人民政府",
    "滇ICP备05003921号-1",
    "5306280001",
    "滇公网安备 53062802000031号",
    "首页|走进彝良|政务公开|政务服务|政民互动|天麻之乡",
    "彝良县融媒体中心",
    "彝良县角奎街道发界街",
    "0870-5121000",
    "www.yiliang.gov.cn",
)
MX = Site(
    "岷县人民政府",
    "陇ICP备05001937号-1",
    "6211260001",
    "甘公网安备 62112602000019号",
    "首页|岷县概况|政务公开|政务服务|互动交流|当归之乡",
    "岷县融媒体中心",
    "岷县岷阳镇和平街",
    "0932-7721000",
    "www.minxian.gov.cn",
)
LH = Site(
    "临海市人民政府",
    "浙ICP备05017235号-1",
    "3310820001",
    "浙公网安备 33108202000047号",
    "首页|临海概况|政务公开|政务服务|政民互动|千年台州府",
    "临海市大数据发展中心",
    "临海市古城街道东方大道",
    "0576-85112000",
    "www.linhai.gov.cn",
)
LS = Site(
    "灵石县人民政府",
    "晋ICP备05006128号-1",
    "1407290001",
    "晋公网安备 14072902000015号",
    "首页|走进灵石|政务公开|政务服务|政民互动|王家大院",
    "灵石县行政审批服务管理局",
    "灵石县翠峰镇新建街",
    "0354-7721000",
    "www.lingshi.gov.cn",
)
GH = Site(
    "根河市人民政府",
    "蒙ICP备05002346号-1",
    "1507850001",
    "蒙公网安备 15078502000008号",
    "首页|根河概况|政务公开|政务服务|政民互动|中国冷极",
    "根河市融媒体中心",
    "根河市河西街道",
    "0470-5202000",
    "www.genhe.gov.cn",
)
ZG = Site(
    "秭归县人民政府",
    "鄂ICP备05008817号-1",
    "4205270001",
    "鄂公网安备 42052702000024号",
    "首页|秭归概况|政务公开|政务服务|政民互动|屈原故里",
    "秭归县政务服务和大数据管理局",
    "秭归县茅坪镇长宁大道",
    "0717-2882000",
    "www.zigui.gov.cn",
)
XS = Site(
    "修水县人民政府",
    "赣ICP备05011542号-1",
    "3604240001",
    "赣公网安备 36042402000036号",
    "首页|走进修水|政务公开|政务服务|互动交流|黄庭坚故里",
    "修水县大数据中心",
    "修水县义宁镇良塘新区",
    "0792-7222000",
    "www.xiushui.gov.cn",
)
KP = Site(
    "开平市人民政府",
    "粤ICP备05087731号-1",
    "4407830001",
    "粤公网安备 44078302000051号",
    "首页|碉楼之乡|政务公开|政务服务|互动交流|侨务之窗",
    "开平市政务服务数据管理局",
    "开平市长沙街道幕沙路",
    "0750-2212000",
    "www.kaiping.gov.cn",
)


def gov_page(
    site: Site, title: str, crumb: str, date: str, source: str, body: str, *, extra: str = ""
) -> str:
    """A county portal's article on this collection's platform (a 无障碍 / 长者 / 繁體 top bar, a search box with
    热词, the navigation, 您现在的位置 with &gt;, an info line of 发布时间 / 信息来源 / 阅读次数, the article in a
    TRS_UEDITOR div, 扫一扫 and 打印 / 关闭, 上一篇 / 下一篇 and a footer of 主办, 承办, ICP, 公网安备, 网站标识码)."""
    nav = "".join(f"<li><a href='javascript:void(0)'>{n}</a></li>" for n in site.nav.split("|"))
    extra_span = f"<span class='wh'>{extra}</span>" if extra else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteDomain" content="{site.domain}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 09:00">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/module/style/common.css">
<script src="/module/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>今天是：<em id="today"></em></span><span class="fr"><a>无障碍浏览</a> <a>长者模式</a> <a>繁體</a> <a>移动版</a> <a>政务微博</a> <a>政务微信</a></span></div></div>
<div class="header wrap"><a class="logo"><img src="/images/logo.png" alt="{site.name}"></a><div class="search"><input type="text" placeholder="请输入关键词"><a class="btn">搜 索</a><p>热词：防汛 救助 政策解读 办事指南</p></div></div>
<ul class="menu wrap">{nav}</ul>
<div class="position wrap">您现在的位置：<a>首页</a> &gt; {crumb}</div>
<div class="detail wrap">
<h2 class="detail-title">{title}</h2>
<div class="property"><span>发布时间：{date}</span><span>信息来源：{source}</span>{extra_span}<span>阅读次数：<i id="hits">--</i></span><span>字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div class="TRS_UEDITOR trs_paper_default trs_web" id="zoomcon">
{body}
</div>
<div class="detail-tools"><span class="qr">扫一扫在手机打开当前页<img src="/images/qrcode.png" alt=""></span><a onclick="window.print()">【打印】</a><a onclick="window.close()">【关闭】</a></div>
<div class="prev-next"><p>上一篇：{site.name}关于2025年第二季度政府网站检查情况的通报</p><p>下一篇：关于做好2025年汛期安全防范工作的通知</p></div>
</div>
<div class="footer"><div class="wrap">
<p><a>关于本站</a> | <a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>
<p>主办单位：{site.name}办公室　承办单位：{site.host}　联系电话：{site.phone}</p>
<p><a>{site.icp}</a>　<img src="/images/ga.png" alt="">{site.police}　网站标识码：{site.code}</p>
<p>地址：{site.addr}　建议使用1920×1080分辨率浏览本站</p>
</div></div>
<script>$("#today").text(new Date().toLocaleDateString());$.getJSON("/api/hits?code={site.code}",function(d){{$("#hits").text(d.n);}});</script>
</body>
</html>
"""


def letter_page(
    site: Site,
    board: str,
    title: str,
    info: list[tuple[str, str]],
    letter: str,
    unit: str,
    replied: str,
    reply: str,
) -> str:
    """A 12345 / 县长信箱 / 留言板 letter and its reply as two tables on the portal's 互动 pages."""
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in info)
    body = f"""<div class="hd-detail">
<table class="hd-table" width="100%" border="0" cellspacing="1" cellpadding="6">
{rows}
<tr><th>来信内容</th><td class="hd-con">{paras(letter)}</td></tr>
</table>
<table class="hd-table hd-reply" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><th>答复单位</th><td>{unit}</td></tr>
<tr><th>答复时间</th><td>{replied}</td></tr>
<tr><th>答复内容</th><td class="hd-con">{paras(reply)}</td></tr>
</table>
<div class="hd-pj">满意度：<b>非常满意</b>　<a>我要写信</a>　<a>返回列表</a></div>
</div>"""
    return gov_page(site, title, f"政民互动 &gt; {board}", info[2][1], board, body)


def news(
    site: str, host: str, title: str, meta: str, body: str, icp: str, related: list[str], column: str
) -> str:
    """A news site's article (its own furniture: a channel bar, 责任编辑, 相关新闻 and 版权)."""
    links = "".join(f"<li><a>{r}</a></li>" for r in related)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title}_{site}</title>
<meta name="keywords" content="{column},{site}">
<meta name="description" content="{title}">
<link rel="canonical" href="https://{host}/">
</head>
<body>
<div class="top"><a class="logo">{site}</a><ul class="channel"><li>首页</li><li>要闻</li><li>{column}</li><li>地方</li><li>图片</li><li>视频</li></ul><a class="login">登录</a> <a>注册</a></div>
<div class="path"><a>{site}</a> &gt; <a>{column}</a> &gt; 正文</div>
<div class="main">
<h1 class="title">{title}</h1>
<div class="info">{meta}</div>
<div class="content" id="content">
{body}
</div>
<div class="editor">（责任编辑：{"刘倩" if "应急" in site or "安全" in site else "陈默"}）</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{links}</ul></div>
<div class="foot"><p>{site} 版权所有 未经书面授权禁止使用</p><p>{icp}</p></div>
</body>
</html>
"""


def kv_rows(text: str) -> str:
    return table(
        [line.split("|", 1) for line in text.strip().splitlines()],
        'class="bsznTable" border="1" cellspacing="0" cellpadding="8" width="100%"',
        thead=False,
    )


# ---------------------------------------------------------------------------------------------------------
# 1-3 彝良县 地质灾害避险搬迁: the 补助办法 beside its 征求意见稿 (other figures), and a 12345 reply
# ---------------------------------------------------------------------------------------------------------

YL_TITLE = "彝良县地质灾害避险搬迁补助办法"
YL_DRAFT_TITLE = f"关于公开征求《{YL_TITLE}（征求意见稿）》意见的公告"


def yl_articles(draft: bool) -> list[str]:
    """The 办法's articles; ``draft`` gives the 征求意见稿's figures."""

    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return [
        "第一条　为切实保障受地质灾害威胁群众的生命财产安全，从根本上消除地质灾害隐患对群众的威胁，根据《地质灾害防治条例》《云南省地质灾害防治条例》等规定，结合本县实际，制定本办法。",
        "第二条　补助对象。居住在滑坡、崩塌、泥石流、地面塌陷等地质灾害隐患点威胁范围内，经县自然资源局组织专业技术单位评估认定需要避险搬迁，且在本县农村有合法住房的农户（以下简称搬迁户）。已享受易地扶贫搬迁、农村危房改造等住房保障政策的，不重复享受。",
        "第三条　安置方式。搬迁户可以选择集中安置、分散自建安置或者货币化安置中的一种方式。",
        f"第四条　补助标准。（一）集中安置：按搬迁户户籍人口计算，每人补助{f('1.5万元', '1.2万元')}；（二）分散自建安置：每户补助{f('6万元', '5万元')}；（三）货币化安置（在县城或者集镇购买商品住房，不再申请宅基地）：每人补助{f('2.5万元', '2万元')}，每户最高不超过{f('12万元', '10万元')}。",
        f"第五条　拆旧复垦。搬迁户应当自入住新房之日起{f('3个月', '6个月')}内拆除旧房，旧房宅基地由村集体经济组织收回复垦；按期拆除旧房并交由村集体复垦的，每户另给予拆旧奖励{f('5000元', '3000元')}。不按期拆除的，暂停拨付剩余补助资金。",
        f"第六条　资金拨付。补助资金分两次拨付：签订搬迁协议并开工建设（货币化安置的为购房合同网签备案）后拨付{f('50%', '40%')}，入住新房并拆除旧房、经验收合格后拨付剩余部分。",
        "第七条　申报程序。（一）农户向所在村（居）委会提出申请；（二）乡镇人民政府组织初审，并在村务公开栏公示7天；（三）公示无异议的，报县自然资源局会同县财政局审核；（四）审核通过的，由乡镇人民政府与搬迁户签订搬迁协议。",
        "第八条　年度计划。县自然资源局每年3月31日前会同各乡镇确定并公布年度避险搬迁计划，优先安排险情紧迫、威胁人数多的隐患点。",
        "第九条　以虚报人口、重复申报等方式骗取补助资金的，由县自然资源局追回补助资金，5年内不得再享受本办法规定的补助。",
        "第十条　本办法由彝良县自然资源局负责解释。"
        + ("本办法自印发之日起施行。" if draft else "本办法自2025年5月1日起施行，有效期5年。"),
    ]


YL_LETTER = """
我家在洛泽河镇的一个村子，屋后的山坡去年雨季开了好几道裂缝，村里说我们这片被划成了滑坡隐患点。我家一共5口人，老房子是土木结构的，大概90平方米，住了快30年了。
我儿子在县城上班，我们商量着想搬到县城买套房子，不想再在村里重新建了。请问我们这种情况能享受避险搬迁补助吗？去县城买房能补多少钱？老房子要不要拆？什么时候去申请？
"""
YL_REPLY = """
您好！您反映的问题已收悉。经县自然资源局与洛泽河镇人民政府共同核实，现答复如下：
一、关于是否属于搬迁对象。您家所在的滑坡隐患点已列入我县2025年度地质灾害避险搬迁计划，您家属于避险搬迁对象。
二、关于补助标准。根据《彝良县地质灾害避险搬迁补助办法》，您选择在县城购买商品住房的，属于货币化安置，每人补助2.5万元，每户最高不超过12万元。您家户籍人口5人，按人计算为12.5万元，超过每户最高限额，可以享受补助12万元。
三、关于旧房处理。搬迁户应当自入住新房之日起3个月内拆除旧房，旧房宅基地由村集体收回复垦；按期拆除并交村集体复垦的，每户另给予拆旧奖励5000元。
四、关于申请时间。请于2025年7月31日前携带户口簿、身份证向村委会提出申请，逾期将纳入下一年度计划。
如有疑问，请咨询彝良县自然资源局地质灾害防治股，电话0870-5126037。
"""


def write_yiliang() -> None:
    notice = paras("""
各乡镇人民政府、街道办事处，县直有关部门：
《彝良县地质灾害避险搬迁补助办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。
彝良县人民政府办公室
2025年4月18日
""")
    write(
        f"云南/彝良县/{YL_TITLE}.html",
        gov_page(
            YL,
            f"彝良县人民政府办公室关于印发{YL_TITLE}的通知",
            "政务公开 &gt; 规范性文件",
            "2025-04-18",
            "彝良县人民政府办公室",
            notice
            + f'\n<p style="text-align:center"><strong>{YL_TITLE}</strong></p>\n'
            + paras("\n".join(yl_articles(draft=False))),
            extra="文号：彝政办规〔2025〕3号",
        ),
    )
    lead = paras(f"""
为做好地质灾害避险搬迁工作，彝良县自然资源局起草了《{YL_TITLE}（征求意见稿）》，现向社会公开征求意见。
征求意见时间：2025年2月20日至2025年3月21日。
意见反馈方式：电子邮件发送至ylxzrzyj@163.com，或者书面邮寄至彝良县自然资源局地质灾害防治股（彝良县角奎街道发界街），信封请注明“避险搬迁意见”。
附件：{YL_TITLE}（征求意见稿）
彝良县自然资源局
2025年2月20日
""")
    write(
        f"云南/彝良县/{YL_DRAFT_TITLE}.html",
        gov_page(
            YL,
            YL_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2025-02-20",
            "彝良县自然资源局",
            lead
            + f'\n<p style="text-align:center"><strong>{YL_TITLE}（征求意见稿）</strong></p>\n'
            + paras("\n".join(yl_articles(draft=True))),
        ),
    )
    t = "家在滑坡隐患点上，搬去县城买房能补多少钱？"
    write(
        f"云南/彝良县/12345热线-{t}.html",
        letter_page(
            YL,
            "12345热线",
            t,
            [("标题", t), ("来信人", "王**"), ("来信时间", "2025-06-09"), ("工单编号", "YL2506090173")],
            YL_LETTER,
            "彝良县自然资源局",
            "2025-06-13",
            YL_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 4-6 岷县 自然灾害救助: the 2024 管理办法 whose tables state their units only in the header, the 2025 通知 raising
# its figures saved by Internet Explorer as .mht (GB2312, quoted-printable, an image part), and the 冬春救助 分配表
# as a two-page PDF table
# ---------------------------------------------------------------------------------------------------------

MX24_TITLE = "岷县自然灾害救助资金管理办法"
MX24_HEAD = """
第一条　为规范自然灾害救助资金管理，保障受灾群众基本生活，根据《自然灾害救助条例》《甘肃省自然灾害救助办法》等规定，结合本县实际，制定本办法。
第二条　本办法所称自然灾害救助资金，是指县级财政预算安排和上级补助的，用于自然灾害应急救助、过渡期生活救助、冬春临时生活困难救助、遇难人员家属抚慰和倒损住房恢复重建补助的资金。
第三条　县应急管理局负责救助对象的审核认定和资金分配方案的编制，县财政局负责资金的筹集、拨付和监督管理，各乡镇人民政府负责受灾情况的核查、救助对象的申报和资金的发放。
第四条　应急救助。自然灾害发生后，对紧急转移安置和需要紧急生活救助的受灾群众，按每人每天20元的标准给予应急期生活救助，救助时间一般不超过10天。
第五条　遇难人员家属抚慰。因自然灾害死亡（含失踪）的，给予遇难人员家属抚慰金，标准为每名遇难人员2万元。
第六条　过渡期生活救助和冬春临时生活困难救助。对因灾房屋倒塌或者严重损坏、无房可住、无生活来源的受灾群众，给予过渡期生活救助；对因灾造成冬春口粮、衣被、取暖等基本生活困难的受灾群众，给予冬春临时生活困难救助。标准见表1：
"""
MX24_T1 = [
    ["救助项目", "救助标准（元/人·月）", "最长救助期限（个月）"],
    ["过渡期生活救助", "600", "3"],
    ["冬春临时生活困难救助", "200", "5"],
]
MX24_MID = """
第七条　倒损住房恢复重建补助。对因灾倒塌或者损坏住房的农户，按损坏程度给予恢复重建补助，标准见表2：
"""
MX24_T2 = [
    ["倒损类型", "补助标准（元/户）"],
    ["倒塌或者严重损坏需要重建", "40000"],
    ["严重损坏需要修缮", "10000"],
    ["一般损坏需要维修", "3000"],
]
MX24_TAIL = """
第八条　救助程序。受灾群众向所在村（居）委会提出申请，村（居）委会评议并公示后报乡镇人民政府审核，乡镇人民政府报县应急管理局审批。
第九条　资金发放。救助资金实行社会化发放，通过惠民惠农财政补贴资金“一卡通”直接发放到户，原则上不得发放现金。
第十条　任何单位和个人不得截留、挤占、挪用救助资金。对违反规定的，依法追究责任。
第十一条　本办法自2024年6月1日起施行。
"""


def write_minxian_html() -> None:
    body = (
        paras(MX24_HEAD)
        + '\n<p style="text-align:center">表1　自然灾害生活救助标准</p>\n'
        + table(MX24_T1, 'class="ke-zeroborder" border="1" cellspacing="0" cellpadding="5" align="center"')
        + "\n"
        + paras(MX24_MID)
        + '\n<p style="text-align:center">表2　倒损住房恢复重建补助标准</p>\n'
        + table(MX24_T2, 'class="ke-zeroborder" border="1" cellspacing="0" cellpadding="5" align="center"')
        + "\n"
        + paras(MX24_TAIL)
    )
    write(
        f"甘肃/岷县/{MX24_TITLE}.html",
        gov_page(
            MX,
            MX24_TITLE,
            "政务公开 &gt; 规范性文件",
            "2024-05-10",
            "岷县人民政府办公室",
            body,
            extra="文号：岷政办发〔2024〕21号",
        ),
    )


MX25_TITLE = "岷县应急管理局 岷县财政局关于提高2025年自然灾害生活救助标准的通知"
MX25_BODY = """
各乡镇人民政府，县直有关部门：
为进一步保障受灾群众基本生活，经县人民政府同意，现就提高我县自然灾害生活救助标准有关事项通知如下：
一、过渡期生活救助标准由每人每月600元提高到每人每月750元，救助期限最长3个月；因灾倒房恢复重建未完成的，救助期限可以延长至6个月。
二、冬春临时生活困难救助标准由每人每月200元提高到每人每月260元。
三、遇难人员家属抚慰金由每名遇难人员2万元提高到每名遇难人员3万元。
四、倒塌或者严重损坏需要重建的住房，恢复重建补助由每户4万元提高到每户5万元；严重损坏需要修缮的住房，补助由每户1万元提高到每户1.5万元；一般损坏住房维修补助标准不变。
五、应急期生活救助标准不变。
六、本通知自2025年1月1日起执行，2025年1月1日以后发生的自然灾害，按照本通知规定的标准救助。《岷县自然灾害救助资金管理办法》（岷政办发〔2024〕21号）规定的标准与本通知不一致的，以本通知为准。
岷县应急管理局　　岷县财政局
2025年3月12日
"""
MX_MHT_URL = "http://www.minxian.gov.cn/art/2025/3/12/art_3391_218754.html"
MX_BOUNDARY = "----=_NextPart_000_0000_01DB9330.5C1E7A40"


def minxian_old_page() -> str:
    """The 岷县 site as an old TRS CMS renders it for IE: gb2312, tables for layout, a logo <img>."""
    rows = "".join(
        f"<p style='text-indent:2em'>{line.strip()}</p>\r\n" for line in MX25_BODY.strip().splitlines()
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><TITLE>{MX25_TITLE}</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META name=ArticleTitle content="{MX25_TITLE}">
<META name=PubDate content="2025-03-12 10:26">
<LINK rel=stylesheet type=text/css href="http://www.minxian.gov.cn/css/style.css">
<META name=GENERATOR content="MSHTML 8.00.7601.24542"></HEAD>
<BODY>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=1000 align=center>
<TBODY>
<TR><TD><IMG border=0 src="http://www.minxian.gov.cn/images/top_logo.png" width=64 height=64> 岷县人民政府 </TD></TR>
<TR><TD class=nav><A href="http://www.minxian.gov.cn/">首页</A> | <A>政务公开</A> | <A>政务服务</A> | <A>互动交流</A></TD></TR>
<TR><TD class=weizhi>当前位置：首页 &gt; 政务公开 &gt; 通知公告</TD></TR>
<TR><TD align=center><H3>{MX25_TITLE}</H3></TD></TR>
<TR><TD align=center class=info>发布日期：2025-03-12　来源：岷县应急管理局　文号：岷应急发〔2025〕6号　点击数：1376</TD></TR>
<TR><TD class=content id=zoom>
{rows}</TD></TR>
<TR><TD align=right><A href="javascript:window.print()">打印本页</A> <A href="javascript:window.close()">关闭窗口</A></TD></TR>
<TR><TD class=foot align=center>主办：岷县人民政府办公室　{MX.icp}　网站标识码：{MX.code}</TD></TR>
</TBODY></TABLE></BODY></HTML>
"""


def minxian_mht() -> bytes:
    """The page as Internet Explorer's 另存为 单个文件(*.mht) writes it: CRLF lines, the HTML part GB2312 in
    quoted-printable, the logo a base64 image part, a From line in the system code page (GBK)."""
    html_bytes = minxian_old_page().encode("gb2312")  # strict: the page must be GB2312
    qp = quopri.encodestring(html_bytes.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")
    subject = "=?gb2312?B?" + base64.b64encode(MX25_TITLE.encode("gb2312")).decode("ascii") + "?="
    logo = base64.encodebytes(png(64, (178, 34, 34), ring=False)).replace(b"\n", b"\r\n")
    head = (
        "From: <由 Windows Internet Explorer 8 保存>\r\n".encode("gbk")
        + f"Subject: {subject}\r\n"
        "Date: Wed, 12 Mar 2025 16:42:07 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{MX_BOUNDARY}"\r\n'
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24499\r\n"
        "\r\n"
        "This is a multi-part message in MIME format.\r\n"
        "\r\n".encode("ascii")
    )
    html_part = (
        (
            f"--{MX_BOUNDARY}\r\n"
            "Content-Type: text/html;\r\n"
            '\tcharset="gb2312"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: {MX_MHT_URL}\r\n"
            "\r\n"
        ).encode("ascii")
        + qp
        + b"\r\n\r\n"
    )
    image_part = (
        (
            f"--{MX_BOUNDARY}\r\n"
            "Content-Type: image/png\r\n"
            "Content-Transfer-Encoding: base64\r\n"
            "Content-Location: http://www.minxian.gov.cn/images/top_logo.png\r\n"
            "\r\n"
        ).encode("ascii")
        + logo
        + f"\r\n--{MX_BOUNDARY}--\r\n".encode("ascii")
    )
    return head + html_part + image_part


MX_PDF_TITLE = "岷县2024—2025年度冬春临时生活困难救助资金分配表"
MX_TOWNS = [  # 乡镇, 救助户数（户）, 救助人数（人）
    ("岷阳镇", 612, 2136),
    ("蒲麻镇", 455, 1689),
    ("西寨镇", 388, 1402),
    ("梅川镇", 706, 2583),
    ("西江镇", 341, 1217),
    ("闾井镇", 529, 1976),
    ("茶埠镇", 473, 1730),
    ("中寨镇", 398, 1455),
    ("清水镇", 367, 1308),
    ("寺沟镇", 436, 1612),
    ("麻子川镇", 302, 1094),
    ("维新镇", 287, 1036),
    ("禾驮镇", 351, 1283),
    ("秦许乡", 264, 947),
    ("马坞镇", 318, 1169),
    ("申都乡", 236, 862),
    ("十里镇", 412, 1518),
    ("锁龙乡", 205, 747),
]
MX_PDF_HEAD = ["序号", "乡镇", "救助户数（户）", "救助人数（人）", "分配资金（万元）"]
MX_PDF_NOTE = [
    "说明：1.救助对象为2024年因灾造成冬春口粮、衣被、取暖等基本生活困难的受灾群众；",
    "2.资金按每人每月200元、救助5个月测算；",
    "3.各乡镇于2025年1月20日前通过“一卡通”将资金发放到户，并在村务公开栏公示。",
]


def mx_rows() -> list[list[str]]:
    """The table's rows: 分配资金 = 人数 x 200元 x 5个月, in 万元 with two decimals; the 合计 row last."""
    rows = []
    households = people = 0
    for i, (town, h, p) in enumerate(MX_TOWNS, 1):
        rows.append([str(i), town, str(h), str(p), f"{p * 1000 / 10000:.2f}"])
        households, people = households + h, people + p
    rows.append(["合计", "", str(households), str(people), f"{people * 1000 / 10000:.2f}"])
    assert rows[3][4] == "258.30" and rows[-1][4] == "2576.40", (rows[3], rows[-1])
    return rows


def write_minxian_pdf(rel: str) -> None:
    """Page 1: the 附件 label, the title and rows 1-12; page 2: 续表, rows 13-18, 合计 and the 说明."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title=MX_PDF_TITLE, author="岷县应急管理局", topMargin=60, bottomMargin=60
    )
    head = ParagraphStyle(
        "head", fontName="STSong-Light", fontSize=15, leading=24, alignment=1, wordWrap="CJK"
    )
    small = ParagraphStyle("small", fontName="STSong-Light", fontSize=11, leading=18, wordWrap="CJK")
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
            ("FONTSIZE", (0, 0), (-1, -1), 11),
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]
    )
    rows = mx_rows()
    widths = [40, 90, 110, 110, 120]
    story: list = [
        Paragraph("附件", small),
        Paragraph(MX_PDF_TITLE, head),
        Spacer(1, 10),
        Table([MX_PDF_HEAD, *rows[:12]], colWidths=widths, style=style),
        PageBreak(),
        Paragraph("（续表）", small),
        Spacer(1, 6),
        Table([MX_PDF_HEAD, *rows[12:]], colWidths=widths, style=style),
        Spacer(1, 14),
    ]
    story += [Paragraph(line, small) for line in MX_PDF_NOTE]
    doc.build(story)


def write_minxian() -> None:
    write_minxian_html()
    write_bytes(f"甘肃/岷县/{MX25_TITLE}.mht", minxian_mht())
    write_minxian_pdf(f"甘肃/岷县/{MX_PDF_TITLE}.pdf")


# ---------------------------------------------------------------------------------------------------------
# 7-8 临海市 巨灾保险: a 政策解读 slide deck (.pptx written by hand: runs split mid-figure, a table, the title box
# after the body box, one answer only in the speaker notes), and a 留言板 reply on 转移安置
# ---------------------------------------------------------------------------------------------------------

LH_PPTX = "临海市政策性巨灾保险政策解读.pptx"
_NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_NS = f'xmlns:a="{_NS_A}" xmlns:r="{_NS_R}" xmlns:p="{_NS_P}"'
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_EMU = 12700  # per point

# Each slide: a list of boxes (name, x, y, w, h in points, paragraphs); a paragraph is a list of runs (text, size,
# bold, colour or ""); a box whose paragraphs is a list of rows of cells is a table. Notes: the speaker notes.
Run = tuple[str, int, bool, str]
LH_SLIDES: list[dict] = [
    {
        "boxes": [
            (
                "标题 1",
                60,
                150,
                840,
                90,
                [[("临海市政策性巨灾保险", 44, True, "C00000")], [("政策解读", 40, True, "C00000")]],
            ),
            (
                "副标题 2",
                60,
                300,
                840,
                80,
                [[("临海市应急管理局　临海市财政局", 24, False, "")], [("2025年6月", 20, False, "")]],
            ),
        ],
    },
    {
        "boxes": [
            (
                "内容 2",
                60,
                120,
                840,
                330,
                [
                    [
                        (
                            "巨灾保险是由市政府出资，向商业保险机构统一投保，在发生台风、暴雨、洪水等自然灾害和重大突发公共安全事件时，对群众的人身伤亡和财产损失给予保险补偿的一项民生保障制度。",
                            22,
                            False,
                            "",
                        )
                    ],
                    [
                        ("群众", 22, False, ""),
                        ("不用缴费", 22, True, "C00000"),
                        ("、不用投保，自动享受保障。", 22, False, ""),
                    ],
                    [("保费由市财政全额承担，2025年度保费为980万元。", 22, False, "")],
                ],
            ),
            ("标题 1", 60, 40, 840, 60, [[("一、什么是巨灾保险？", 32, True, "1F4E79")]]),
        ],
    },
    {
        "boxes": [
            ("标题 1", 60, 40, 840, 60, [[("二、谁能得到保障？", 32, True, "1F4E79")]]),
            (
                "内容 2",
                60,
                120,
                840,
                330,
                [
                    [("● 具有临海市户籍的人口；", 22, False, "")],
                    [("● 灾害发生时在本市行政区域内的常住人口；", 22, False, "")],
                    [("● 灾害发生时在本市行政区域内的临时来临人员（含游客、务工人员）。", 22, False, "")],
                ],
            ),
        ],
        "notes": "讲解提示：外地游客在临海旅游期间遇到台风被转移安置的，同样可以获得转移安置救助，不需要另外办理任何手续。",
    },
    {
        "boxes": [
            ("标题 1", 60, 40, 840, 60, [[("三、保障哪些灾害？", 32, True, "1F4E79")]]),
            (
                "内容 2",
                60,
                120,
                840,
                330,
                [
                    [("自然灾害：台风、暴雨、洪水、雷击、冰雹、山体滑坡、泥石流、崩塌；", 22, False, "")],
                    [("突发公共安全事件：火灾、爆炸、踩踏等造成群体性人身伤亡的事件。", 22, False, "")],
                ],
            ),
        ],
    },
    {
        "boxes": [
            ("标题 1", 60, 40, 840, 60, [[("四、赔多少？", 32, True, "1F4E79")]]),
            (
                "表格 3",
                60,
                120,
                840,
                240,
                [
                    [
                        [("保障项目", 20, True, "")],
                        [("赔付标准", 20, True, "")],
                        [("适用情形", 20, True, "")],
                    ],
                    [
                        [("人身伤亡抚恤", 20, False, "")],
                        [("每人最高", 20, False, ""), ("20", 20, True, "C00000"), ("万元", 20, False, "")],
                        [("因灾死亡或者经鉴定伤残的", 20, False, "")],
                    ],
                    [
                        [("转移安置救助", 20, False, "")],
                        [("每人每天", 20, False, ""), ("100", 20, True, "C00000"), ("元", 20, False, "")],
                        [("政府组织转移安置的，每次最多5天", 20, False, "")],
                    ],
                    [
                        [("农房损失救助", 20, False, "")],
                        [("每户最高", 20, False, ""), ("5", 20, True, "C00000"), ("万元", 20, False, "")],
                        [("因灾倒塌或者严重损坏的农村住房", 20, False, "")],
                    ],
                ],
            ),
            ("文本框 4", 60, 390, 840, 50, [[("全年累计赔偿限额：6000万元", 20, True, "")]]),
        ],
    },
    {
        "boxes": [
            ("标题 1", 60, 40, 840, 60, [[("五、怎么理赔？", 32, True, "1F4E79")]]),
            (
                "内容 2",
                60,
                120,
                840,
                330,
                [
                    [
                        (
                            "转移安置救助和农房损失救助：灾后由村（社区）统一登记，乡镇（街道）审核汇总后报保险公司，保险公司查勘定损后将赔款直接打入户主社会保障卡，群众无需个人申请。",
                            22,
                            False,
                            "",
                        )
                    ],
                    [
                        (
                            "人身伤亡抚恤：家属应当自事故发生之日起30日内拨打95518报案，并提交死亡证明或者伤残鉴定意见。",
                            22,
                            False,
                            "",
                        )
                    ],
                ],
            ),
        ],
    },
    {
        "boxes": [
            ("标题 1", 60, 40, 840, 60, [[("六、保险期间和承保机构", 32, True, "1F4E79")]]),
            (
                "内容 2",
                60,
                120,
                840,
                330,
                [
                    [("保险期间：2025年6月1日至2026年5月31日。", 22, False, "")],
                    [
                        (
                            "承保机构：由人保财险临海支公司牵头，太平洋财险、平安财险临海支公司共同组成共保体承保。",
                            22,
                            False,
                            "",
                        )
                    ],
                ],
            ),
        ],
        "notes": "讲解提示：2024年度全市巨灾保险共赔付1862万元，其中转移安置救助赔付1437万元，惠及群众14.3万人次。讲到这一页时可以举去年台风期间的例子。",
    },
    {
        "boxes": [
            ("标题 1", 60, 150, 840, 80, [[("谢谢！", 44, True, "C00000")]]),
            ("内容 2", 60, 260, 840, 80, [[("咨询电话：临海市应急管理局 0576-85138119", 22, False, "")]]),
        ],
    },
]


def _runs(runs: list[Run]) -> str:
    out = []
    for text, size, bold, colour in runs:
        fill = f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>' if colour else ""
        b = ' b="1"' if bold else ""
        out.append(
            f'<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="{size * 100}"{b} dirty="0">{fill}'
            f'<a:latin typeface="微软雅黑"/><a:ea typeface="微软雅黑"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
        )
    return "".join(out)


def _sp(shape_id: int, name: str, x: int, y: int, w: int, h: int, body: list[list[Run]]) -> str:
    ps = "".join(
        f'<a:p><a:pPr algn="l"/>{_runs(p)}<a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p>' for p in body
    )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x * _EMU}" y="{y * _EMU}"/><a:ext cx="{w * _EMU}" cy="{h * _EMU}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/></a:bodyPr><a:lstStyle/>{ps}</p:txBody></p:sp>'
    )


def _table(shape_id: int, name: str, x: int, y: int, w: int, h: int, rows: list[list[list[Run]]]) -> str:
    cols = len(rows[0])
    grid = "".join(f'<a:gridCol w="{w * _EMU // cols}"/>' for _ in range(cols))
    trs = "".join(
        f'<a:tr h="{h * _EMU // len(rows)}">'
        + "".join(
            f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>{_runs(cell)}</a:p></a:txBody><a:tcPr/></a:tc>"
            for cell in row
        )
        + "</a:tr>"
        for row in rows
    )
    return (
        f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvGraphicFramePr>'
        f'<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="{x * _EMU}" y="{y * _EMU}"/><a:ext cx="{w * _EMU}" cy="{h * _EMU}"/></p:xfrm>'
        f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f'<a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>{trs}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
    )


_SPTREE_HEAD = (
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
)
_CLRMAP = 'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"'


def _slide_xml(n: int, slide: dict) -> str:
    shapes = []
    for k, (name, x, y, w, h, body) in enumerate(slide["boxes"], 2):
        is_table = bool(body) and isinstance(body[0][0], list)
        shapes.append((_table if is_table else _sp)(k, name, x, y, w, h, body))
    footer = _sp(20, "页脚占位符 5", 60, 500, 600, 30, [[("临海市应急管理局", 12, False, "7F7F7F")]])
    number = _sp(21, "灯片编号占位符 6", 820, 500, 80, 30, [[(str(n), 12, False, "7F7F7F")]])
    return (
        f"{_XML}<p:sld {_NS}><p:cSld><p:spTree>{_SPTREE_HEAD}{''.join(shapes)}{footer}{number}</p:spTree></p:cSld>"
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )


def _notes_xml(text: str) -> str:
    body = (
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="幻灯片图像占位符 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>'
        '<p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
        '<p:sp><p:nvSpPr><p:cNvPr id="3" name="备注占位符 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        '<p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>'
        f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>{escape(text)}</a:t></a:r></a:p></p:txBody></p:sp>'
    )
    return f"{_XML}<p:notes {_NS}><p:cSld><p:spTree>{_SPTREE_HEAD}{body}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"


def _theme(name: str) -> str:
    colours = "".join(
        f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>'
        for k, v in [
            ("dk2", "44546A"),
            ("lt2", "E7E6E6"),
            ("accent1", "4472C4"),
            ("accent2", "ED7D31"),
            ("accent3", "A5A5A5"),
            ("accent4", "FFC000"),
            ("accent5", "5B9BD5"),
            ("accent6", "70AD47"),
            ("hlink", "0563C1"),
            ("folHlink", "954F72"),
        ]
    )
    fills = "".join('<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' for _ in range(3))
    lines = "".join(
        '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' for _ in range(3)
    )
    effects = "".join("<a:effectStyle><a:effectLst/></a:effectStyle>" for _ in range(3))
    return (
        f'{_XML}<a:theme xmlns:a="{_NS_A}" name="{name}"><a:themeElements><a:clrScheme name="Office">'
        '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
        f'{colours}</a:clrScheme><a:fontScheme name="Office">'
        '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>'
        '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont>'
        f'</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>{fills}</a:fillStyleLst><a:lnStyleLst>{lines}</a:lnStyleLst>'
        f"<a:effectStyleLst>{effects}</a:effectStyleLst><a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme>"
        "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )


def linhai_pptx() -> list[tuple[str, bytes]]:
    """The package's parts: content types, relationships, presentation, master, layout, two themes, the notes
    master, the slides and their notes, presProps / viewProps / tableStyles and docProps (as PowerPoint saves)."""
    n = len(LH_SLIDES)
    noted = [i for i, s in enumerate(LH_SLIDES, 1) if s.get("notes")]
    ct = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pml = "application/vnd.openxmlformats-officedocument.presentationml"
    overrides = [
        ("/ppt/presentation.xml", f"{pml}.presentation.main+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", f"{pml}.slideMaster+xml"),
        ("/ppt/slideLayouts/slideLayout1.xml", f"{pml}.slideLayout+xml"),
        ("/ppt/notesMasters/notesMaster1.xml", f"{pml}.notesMaster+xml"),
        ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/presProps.xml", f"{pml}.presProps+xml"),
        ("/ppt/viewProps.xml", f"{pml}.viewProps+xml"),
        ("/ppt/tableStyles.xml", f"{pml}.tableStyles+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        *[(f"/ppt/slides/slide{i}.xml", f"{pml}.slide+xml") for i in range(1, n + 1)],
        *[(f"/ppt/notesSlides/notesSlide{i}.xml", f"{pml}.notesSlide+xml") for i in noted],
    ]
    types = (
        f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )

    def rels(items: list[tuple[str, str, str]]) -> bytes:
        body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items)
        return f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'.encode()

    pres_rels = [("rId1", f"{ct}/slideMaster", "slideMasters/slideMaster1.xml")]
    pres_rels += [(f"rId{i + 1}", f"{ct}/slide", f"slides/slide{i}.xml") for i in range(1, n + 1)]
    pres_rels += [
        (f"rId{n + 2}", f"{ct}/notesMaster", "notesMasters/notesMaster1.xml"),
        (f"rId{n + 3}", f"{ct}/presProps", "presProps.xml"),
        (f"rId{n + 4}", f"{ct}/viewProps", "viewProps.xml"),
        (f"rId{n + 5}", f"{ct}/theme", "theme/theme1.xml"),
        (f"rId{n + 6}", f"{ct}/tableStyles", "tableStyles.xml"),
    ]
    sld_ids = "".join(f'<p:sldId id="{255 + i}" r:id="rId{i + 1}"/>' for i in range(1, n + 1))
    presentation = (
        f'{_XML}<p:presentation {_NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
        f'<p:notesMasterIdLst><p:notesMasterId r:id="rId{n + 2}"/></p:notesMasterIdLst><p:sldIdLst>{sld_ids}</p:sldIdLst>'
        '<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle/></p:presentation>'
    )
    master = (
        f'{_XML}<p:sldMaster {_NS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>{_SPTREE_HEAD}</p:spTree></p:cSld>'
        f'<p:clrMap {_CLRMAP}/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>'
        "<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>"
    )
    layout = (
        f'{_XML}<p:sldLayout {_NS} type="blank" preserve="1"><p:cSld name="空白"><p:spTree>{_SPTREE_HEAD}</p:spTree></p:cSld>'
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
    notes_master = f"{_XML}<p:notesMaster {_NS}><p:cSld><p:spTree>{_SPTREE_HEAD}</p:spTree></p:cSld><p:clrMap {_CLRMAP}/></p:notesMaster>"
    core = (
        f'{_XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>临海市政策性巨灾保险政策解读</dc:title><dc:creator>临海市应急管理局</dc:creator><cp:lastModifiedBy>LHYJJ-PC</cp:lastModifiedBy>"
        '<cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-03T01:20:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-10T08:45:00Z</dcterms:modified></cp:coreProperties>'
    )
    app = (
        f'{_XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<TotalTime>96</TotalTime><Words>0</Words><Application>Microsoft Office PowerPoint</Application>"
        f"<PresentationFormat>宽屏</PresentationFormat><Slides>{n}</Slides><Notes>{len(noted)}</Notes><AppVersion>16.0000</AppVersion></Properties>"
    )
    parts: list[tuple[str, str | bytes]] = [
        ("[Content_Types].xml", types),
        (
            "_rels/.rels",
            rels(
                [
                    ("rId1", f"{ct}/officeDocument", "ppt/presentation.xml"),
                    (
                        "rId2",
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml",
                    ),
                    ("rId3", f"{ct}/extended-properties", "docProps/app.xml"),
                ]
            ),
        ),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
        ("ppt/presentation.xml", presentation),
        ("ppt/_rels/presentation.xml.rels", rels(pres_rels)),
        ("ppt/presProps.xml", f"{_XML}<p:presentationPr {_NS}/>"),
        ("ppt/viewProps.xml", f'{_XML}<p:viewPr {_NS} lastView="sldView"/>'),
        (
            "ppt/tableStyles.xml",
            f'{_XML}<a:tblStyleLst xmlns:a="{_NS_A}" def="{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}"/>',
        ),
        ("ppt/slideMasters/slideMaster1.xml", master),
        (
            "ppt/slideMasters/_rels/slideMaster1.xml.rels",
            rels(
                [
                    ("rId1", f"{ct}/slideLayout", "../slideLayouts/slideLayout1.xml"),
                    ("rId2", f"{ct}/theme", "../theme/theme1.xml"),
                ]
            ),
        ),
        ("ppt/slideLayouts/slideLayout1.xml", layout),
        (
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
            rels([("rId1", f"{ct}/slideMaster", "../slideMasters/slideMaster1.xml")]),
        ),
        ("ppt/notesMasters/notesMaster1.xml", notes_master),
        (
            "ppt/notesMasters/_rels/notesMaster1.xml.rels",
            rels([("rId1", f"{ct}/theme", "../theme/theme2.xml")]),
        ),
        ("ppt/theme/theme1.xml", _theme("Office 主题")),
        ("ppt/theme/theme2.xml", _theme("Office 主题")),
    ]
    for i, slide in enumerate(LH_SLIDES, 1):
        parts.append((f"ppt/slides/slide{i}.xml", _slide_xml(i, slide)))
        items = [("rId1", f"{ct}/slideLayout", "../slideLayouts/slideLayout1.xml")]
        if slide.get("notes"):
            items.append(("rId2", f"{ct}/notesSlide", f"../notesSlides/notesSlide{i}.xml"))
            parts.append((f"ppt/notesSlides/notesSlide{i}.xml", _notes_xml(slide["notes"])))
            parts.append(
                (
                    f"ppt/notesSlides/_rels/notesSlide{i}.xml.rels",
                    rels(
                        [
                            ("rId1", f"{ct}/notesMaster", "../notesMasters/notesMaster1.xml"),
                            ("rId2", f"{ct}/slide", f"../slides/slide{i}.xml"),
                        ]
                    ),
                )
            )
        parts.append((f"ppt/slides/_rels/slide{i}.xml.rels", rels(items)))
    return [(name, data.encode("utf-8") if isinstance(data, str) else data) for name, data in parts]


LH_LETTER = """
我是临海市上盘镇人。去年9月那次台风来之前，村里把我们一家3口转移到镇上的安置点，住了4天才回家。听说临海有巨灾保险，政府组织转移的也能赔钱，但是到现在我也没收到，也不知道找谁。
请问转移安置的钱是怎么赔的？需要我自己去申请吗？能赔多少？
还有，我老婆在安置点下楼梯时摔了一跤，小腿骨折，住院花了8000多元医药费，这个巨灾保险能不能赔？
"""
LH_REPLY = """
您好！感谢您对我市巨灾保险工作的关注。经市应急管理局会同上盘镇人民政府核实，现答复如下：
一、关于转移安置救助标准。根据我市政策性巨灾保险方案，政府组织转移安置的，按每人每天100元给予转移安置救助，每次最多5天。您一家3口转移安置4天，可以获得转移安置救助1200元。
二、关于理赔方式。转移安置救助由村（社区）统一登记造册，乡镇（街道）审核汇总后报保险公司理赔，不需要群众个人申请，赔款直接打入户主的社会保障卡。经查，上盘镇该批次转移安置救助赔款已于2025年3月28日拨付，因您家户主社会保障卡金融账户未激活，赔款被退回。请户主携带身份证和社会保障卡到就近银行网点激活后，联系村委会重新报送，保险公司将在10个工作日内重新支付。
三、关于安置期间受伤。巨灾保险的人身伤亡抚恤仅适用于因灾死亡或者经鉴定伤残的情形，因灾受伤的医疗费用不属于巨灾保险赔付范围。您爱人的医疗费用可以按规定通过基本医疗保险报销。
如有疑问，请拨打临海市应急管理局电话0576-85138119。
"""


def write_linhai() -> None:
    write_zip(f"浙江/临海市/{LH_PPTX}", linhai_pptx())
    t = "台风天被转移到安置点住了几天，巨灾保险怎么赔？"
    write(
        f"浙江/临海市/留言板：{t}.html",
        letter_page(
            LH,
            "网上留言板",
            t,
            [("留言标题", t), ("留言人", "林**"), ("留言时间", "2025-04-02"), ("留言编号", "LH20250402008")],
            LH_LETTER,
            "临海市应急管理局",
            "2025-04-08",
            LH_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-10 灵石县 安全生产举报奖励: the 办法 as an .ofd (TextObject/TextCode; lines wrapped at 36 characters, some one
# character per TextCode), and its 政策解读 of 问/答 pairs
# ---------------------------------------------------------------------------------------------------------

LS_TITLE = "灵石县安全生产领域举报奖励办法"
LS_OFD = f"灵石县人民政府办公室关于印发{LS_TITLE}的通知（灵政办发〔2025〕9号）.ofd"
LS_NOTICE = [
    ("red", "灵石县人民政府办公室文件"),
    ("center", "灵政办发〔2025〕9号"),
    ("rule", ""),
    ("title", f"灵石县人民政府办公室关于印发{LS_TITLE}的通知"),
    ("plain", "各乡镇人民政府，县直各有关单位："),
    ("body", f"《{LS_TITLE}》已经县人民政府同意，现印发给你们，请认真贯彻执行。"),
    ("sign", "灵石县人民政府办公室"),
    ("sign", "2025年2月20日"),
    ("plain", "（此件公开发布）"),
    ("page", ""),
    ("title", LS_TITLE),
]
LS_ARTICLES = [
    "第一条　为鼓励社会公众举报重大事故隐患和安全生产违法行为，及时发现并排除重大事故隐患，制止和惩处违法行为，根据《中华人民共和国安全生产法》和应急管理部、财政部《安全生产领域举报奖励办法》，结合本县实际，制定本办法。",
    "第二条　任何单位、组织和个人（以下统称举报人）有权向县应急管理局、县能源局等负有安全生产监督管理职责的部门（以下统称受理部门）举报重大事故隐患和安全生产违法行为。举报电话：12350。",
    "第三条　本办法所称重大事故隐患和安全生产违法行为，包括：（一）煤矿超层越界开采、以探代采、隐瞒作业地点和作业人员的；（二）非煤矿山、危险化学品、烟花爆竹等生产经营单位未依法取得安全生产许可证擅自生产经营的；（三）关闭取缔后又擅自恢复生产经营的；（四）瞒报、谎报生产安全事故的；（五）其他依照法律法规和国家标准认定的重大事故隐患。",
    "第四条　举报重大事故隐患和安全生产违法行为，经核查属实的，给予举报人现金奖励，奖励金额按照行政处罚金额的15%计算，最低奖励3000元，最高不超过30万元。",
    "第五条　举报瞒报、谎报事故，经核查属实的，按照最终确认的事故等级和查实的瞒报、谎报死亡人数给予奖励：一般事故按每查实瞒报、谎报1人奖励3万元计算；较大事故按每查实瞒报、谎报1人奖励4万元计算；重大事故按每查实瞒报、谎报1人奖励5万元计算；特别重大事故按每查实瞒报、谎报1人奖励6万元计算。最高奖励不超过30万元。",
    "第六条　举报一般事故隐患，经核查属实并已督促整改、依法未作出行政处罚的，每件奖励500元。",
    "第七条　举报人为生产经营单位职工或者其他内部知情人员的，奖励金额按照本办法第四条、第五条规定标准的1.5倍计算，但最高不超过30万元。",
    "第八条　有下列情形之一的，不予奖励：（一）负有安全生产监督管理职责的部门工作人员及其近亲属举报的；（二）受理部门已经掌握或者正在查处的；（三）事故发生后已经公开报道的。两人以上先后举报同一事项的，奖励最先举报人；联名举报的，按一件举报奖励。",
    "第九条　举报人可以实名举报，也可以匿名举报。匿名举报人需要领取奖励的，应当在举报时提供能够辨认其身份的信息和有效联系方式。",
    "第十条　受理部门应当自核查结束之日起15个工作日内通知举报人领取奖励。举报人应当自接到领奖通知之日起30日内，凭本人身份证到受理部门领取奖励；逾期未领取的，视为放弃。",
    "第十一条　受理部门应当对举报人的姓名、身份、联系方式和举报内容严格保密，不得泄露。",
    "第十二条　举报奖励资金列入县级财政预算，每年安排专项资金50万元，专款专用。",
    "第十三条　本办法自2025年3月1日起施行。",
]
LS_PER_CHAR = ("第四条", "第五条", "第九条")  # exported one character per TextCode
_OFD_NS = "http://www.ofdspec.org/2016"
_CH = 4.2333  # a full-width character at 12 pt, in mm
_LEFT, _TOP, _STEP, _PER_PAGE, _WIDTH = 28.0, 36.0, 8.6, 26, 36


def _units(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def _wrap(text: str, indent: int, limit: float = _WIDTH) -> list[tuple[int, str]]:
    """A paragraph as (indent in characters, line) pairs, wrapped at ``limit`` units (ASCII half a unit)."""
    lines: list[tuple[int, str]] = []
    cur, width, first = "", float(indent), True
    for ch in text:
        if width + _units(ch) > limit:
            lines.append((indent if first else 0, cur))
            cur, width, first = "", 0.0, False
        cur += ch
        width += _units(ch)
    lines.append((indent if first else 0, cur))
    return lines


def ofd_pages() -> list[list[tuple[str, float, str, int, float, bool]]]:
    """The pages' lines: (kind, x in mm, text, font id, size in mm, one TextCode per character)."""
    lines: list[tuple[str, float, str, int, float, bool]] = []

    def centred(text: str, size: float) -> float:
        return 105 - sum(_units(c) for c in text) * size / 2

    for kind, text in LS_NOTICE:
        if kind == "red":
            lines.append(("red", centred(text, 9.5), text, 3, 9.5, False))
        elif kind == "title":
            for _, part in _wrap(text, 0, 26):
                lines.append(("title", centred(part, 5.6), part, 3, 5.6, False))
        elif kind == "center":
            lines.append(("text", centred(text, _CH), text, 4, _CH, False))
        elif kind == "sign":
            lines.append(("text", 182 - sum(_units(c) for c in text) * _CH, text, 4, _CH, False))
        elif kind in ("rule", "page"):
            lines.append((kind, 0, "", 0, 0, False))
        else:
            for ind, part in _wrap(text, 2 if kind == "body" else 0):
                lines.append(("text", _LEFT + ind * _CH, part, 4, _CH, False))
    for article in LS_ARTICLES:
        per_char = article.startswith(LS_PER_CHAR)
        for ind, part in _wrap(article, 2):
            lines.append(("text", _LEFT + ind * _CH, part, 4, _CH, per_char))
    pages: list[list[tuple[str, float, str, int, float, bool]]] = [[]]
    for line in lines:
        if line[0] == "page" or len(pages[-1]) >= _PER_PAGE:
            pages.append([])
            if line[0] == "page":
                continue
        pages[-1].append(line)
    return pages


def _delta_x(text: str, size: float) -> str:
    """DeltaX as writers compress it: runs of one advance as "g n v", others one by one."""
    steps = [size * _units(c) for c in text[:-1]]
    out: list[str] = []
    i = 0
    while i < len(steps):
        j = i
        while j < len(steps) and steps[j] == steps[i]:
            j += 1
        out.append(f"g {j - i} {steps[i]:.4f}" if j - i > 1 else f"{steps[i]:.4f}")
        i = j
    return " ".join(out)


def ofd_content(
    page: list[tuple[str, float, str, int, float, bool]], number: int, ids: list[int], seal: bool
) -> str:
    objs = []
    y = _TOP
    for kind, x, text, font, size, per_char in page:
        if kind == "rule":
            ids[0] += 1
            objs.append(
                f'<ofd:PathObject ID="{ids[0]}" Boundary="{_LEFT} {y:.2f} 154 1" LineWidth="0.8" Stroke="true">'
                f'<ofd:StrokeColor Value="230 0 18"/><ofd:AbbreviatedData>M 0 0.5 L 154 0.5</ofd:AbbreviatedData></ofd:PathObject>'
            )
            y += 6
            continue
        ids[0] += 1
        colour = "230 0 18" if kind == "red" else "0 0 0"
        w = sum(_units(c) for c in text) * size + 1
        base = f"{size * 0.88:.4f}"
        if per_char:
            codes = []
            cx = 0.0
            for c in text:
                codes.append(f'<ofd:TextCode X="{cx:.4f}" Y="{base}">{escape(c)}</ofd:TextCode>')
                cx += size * _units(c)
            code = "".join(codes)
        else:
            delta = _delta_x(text, size)
            delta_attr = f' DeltaX="{delta}"' if delta else ""
            code = f'<ofd:TextCode X="0" Y="{base}"{delta_attr}>{escape(text)}</ofd:TextCode>'
        objs.append(
            f'<ofd:TextObject ID="{ids[0]}" Boundary="{x:.4f} {y:.4f} {w:.4f} {size * 1.2:.4f}" Font="{font}" Size="{size:.4f}">'
            f'<ofd:FillColor Value="{colour}"/>{code}</ofd:TextObject>'
        )
        y += _STEP if kind != "red" else 16
    if seal:
        ids[0] += 1
        objs.append(
            f'<ofd:ImageObject ID="{ids[0]}" Boundary="128 {_TOP + 40:.2f} 40 40" CTM="40 0 0 40 0 0" ResourceID="5"/>'
        )
    ids[0] += 1
    label = f"— {number} —"
    objs.append(
        f'<ofd:TextObject ID="{ids[0]}" Boundary="96 280 20 6" Font="2" Size="3.5278"><ofd:FillColor Value="0 0 0"/>'
        f'<ofd:TextCode X="0" Y="3.1" DeltaX="{_delta_x(label, 3.5278)}">{label}</ofd:TextCode></ofd:TextObject>'
    )
    ids[0] += 1
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{_OFD_NS}"><ofd:Content>'
        f'<ofd:Layer ID="{ids[0]}" Type="Body">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def lingshi_ofd() -> list[tuple[str, bytes]]:
    pages = ofd_pages()
    ids = [10]
    contents = [ofd_content(p, n, ids, seal=(n == 1)) for n, p in enumerate(pages, 1)]
    ofd_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{_OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
        "<ofd:DocInfo><ofd:DocID>6c1b2f0e8a5d4e3f9b7c2a1d0e4f5a6b</ofd:DocID>"
        f"<ofd:Title>{LS_TITLE}</ofd:Title><ofd:Author>灵石县人民政府办公室</ofd:Author>"
        "<ofd:CreationDate>2025-02-20</ofd:CreationDate><ofd:ModDate>2025-02-21</ofd:ModDate>"
        "<ofd:Creator>书生电子公文系统</ofd:Creator><ofd:CreatorVersion>7.2</ofd:CreatorVersion></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    page_list = "".join(
        f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages))
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{_OFD_NS}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{ids[0]}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>"
        f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>"
    )
    public_res = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{_OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/><ofd:Font ID="3" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/>'
        '<ofd:Font ID="4" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/></ofd:Fonts></ofd:Res>'
    )
    document_res = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{_OFD_NS}" BaseLoc="Res"><ofd:MultiMedias>'
        '<ofd:MultiMedia ID="5" Type="Image" Format="PNG"><ofd:MediaFile>image_5.png</ofd:MediaFile></ofd:MultiMedia>'
        "</ofd:MultiMedias></ofd:Res>"
    )
    entries = [
        ("OFD.xml", ofd_xml.encode()),
        ("Doc_0/Document.xml", document.encode()),
        ("Doc_0/PublicRes.xml", public_res.encode()),
        ("Doc_0/DocumentRes.xml", document_res.encode()),
        ("Doc_0/Res/image_5.png", png(96, (230, 0, 18), ring=True)),
    ]
    entries += [(f"Doc_0/Pages/Page_{i}/Content.xml", c.encode()) for i, c in enumerate(contents)]
    return entries


LS_QA_TITLE = f"《{LS_TITLE}》政策解读"
LS_QA = """
问：为什么要出台这个办法？
答：我县是煤炭资源大县，安全生产任务重。我县自2021年起实行安全生产举报奖励，2024年全县共受理安全生产举报236件，查实88件，发放举报奖励21.6万元。为进一步发挥社会监督作用，县应急管理局会同县财政局对原有规定进行了修订，提高了奖励标准，明确了内部知情人员举报的奖励。
问：哪些行为可以举报？
答：重点是煤矿超层越界开采、以探代采、隐瞒作业地点和作业人员，非煤矿山、危险化学品、烟花爆竹等无证生产经营，关闭取缔后擅自恢复生产经营，以及瞒报、谎报生产安全事故等重大事故隐患和安全生产违法行为。一般事故隐患也可以举报。
问：通过哪些渠道举报？
答：可以拨打12350举报电话，通过“灵石应急”微信公众号举报，也可以写信或者到县应急管理局（灵石县翠峰镇新建西街8号）当面举报。
问：举报奖励标准是多少？
答：举报重大事故隐患和安全生产违法行为，经核查属实的，按行政处罚金额的15%奖励，最低3000元，最高30万元；举报瞒报、谎报事故的，按事故等级和查实的瞒报、谎报人数计算奖励；举报一般事故隐患查实并已整改、未作出行政处罚的，每件奖励500元。
问：企业内部职工举报有没有特别规定？
答：有。生产经营单位职工等内部知情人员举报的，奖励金额按标准的1.5倍计算，最高不超过30万元。例如，某煤矿内部职工举报本矿超层越界开采，查实后对该煤矿罚款100万元，举报人可以获得奖励100万元×15%×1.5=22.5万元。
问：哪些情况不予奖励？
答：负有安全生产监督管理职责的部门工作人员及其近亲属举报的，受理部门已经掌握或者正在查处的，以及事故发生后已经公开报道的，不予奖励。
问：奖金怎么领取？
答：受理部门核查结束后15个工作日内通知举报人。举报人接到通知后30日内，凭本人身份证到受理部门领取；也可以提供本人银行账户，由受理部门转账发放。
问：会不会泄露举报人的信息？
答：不会。受理部门对举报人的姓名、身份、联系方式和举报内容严格保密，对泄露举报人信息的工作人员依法依规追究责任。
"""


def lingshi_qa_body() -> str:
    out = []
    for line in LS_QA.strip().splitlines():
        if line.startswith("问："):
            out.append(f'<p class="wen"><strong>{line}</strong></p>')
        else:
            out.append(f'<p class="da">{line}</p>')
    return "\n".join(out)


def write_lingshi() -> None:
    write_zip(f"山西/灵石县/{LS_OFD}", lingshi_ofd())
    write(
        f"山西/灵石县/{LS_QA_TITLE}.html",
        gov_page(
            LS, LS_QA_TITLE, "政务公开 &gt; 政策解读", "2025-02-24", "灵石县应急管理局", lingshi_qa_body()
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 11-12 根河市 森林草原防火: the 野外用火 通告 whose text is only in a JavaScript variable (the <body> a 加载中
# placeholder), and a 12345 reply on 上坟烧纸
# ---------------------------------------------------------------------------------------------------------

GH_TITLE = "根河市人民政府关于2025年森林草原防火期野外用火管理的通告"
GH_FILE = f"{GH_TITLE}.html"
GH_NOTICE = """
为切实做好森林草原防火工作，保护森林草原资源和人民群众生命财产安全，根据《森林防火条例》《草原防火条例》《内蒙古自治区森林草原防火条例》等规定，现就2025年森林草原防火期野外用火管理有关事项通告如下：
一、防火期。2025年3月15日至6月15日为春季森林草原防火期，9月15日至11月15日为秋季森林草原防火期。春季高火险期为4月1日至5月31日。
二、禁火范围。防火期内，在全市林区、草原以及距林缘、草原边缘500米范围内，禁止一切野外用火。禁止烧荒、烧秸秆、烧灰积肥、烧地埂，禁止上坟烧纸、燃放烟花爆竹和孔明灯，禁止野炊、吸烟、焚烧垃圾。
三、生产用火审批。因防火隔离带点烧、计划烧除等确需野外用火的，应当向根河市林业和草原局申请，经批准并落实防火措施后方可用火；高火险期内一律不予批准。
四、入山管理。进入林区的人员和车辆，应当在森林草原防火检查站接受检查和登记，不得携带火种进入林区。
五、法律责任。违反本通告规定擅自野外用火的，由林业和草原主管部门责令停止违法行为，给予警告，对个人并处200元以上3000元以下罚款，对单位并处1万元以上5万元以下罚款；引起森林草原火灾构成犯罪的，依法追究刑事责任。
六、举报奖励。发现火情请立即拨打12119或者0470-5212119报告。举报违规野外用火，经查证属实的，给予举报人每件500元奖励；最先报告森林草原火情的，给予1000元奖励。
七、本通告自发布之日起施行。
根河市人民政府
2025年3月10日
"""


def genhe_page_data() -> dict:
    return {
        "siteName": GH.name,
        "siteCode": GH.code,
        "channel": "政务公开/通知公告",
        "title": GH_TITLE,
        "pubDate": "2025-03-10 15:30:00",
        "source": "根河市人民政府办公室",
        "docNo": "根政发〔2025〕4号",
        "content": paras(GH_NOTICE),
        "attachments": [],
        "related": ["根河市2025年春季森林草原防火工作方案", "关于严格落实森林草原防火期入山管理的公告"],
    }


def genhe_page() -> str:
    """A single-page-app article: the body a 加载中 placeholder and a <noscript>; the article, title and all, a
    JSON object in ``var pageData`` that a script renders at load time (</ written <\\/ as JSON encoders do)."""
    data = json.dumps(genhe_page_data(), ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{GH.name}</title>
<meta name="SiteName" content="{GH.name}">
<meta name="SiteIDCode" content="{GH.code}">
<link href="/static/css/app.7d1e3a2c.css" rel="stylesheet">
</head>
<body>
<div id="app"><div class="page-loading"><img src="/static/img/loading.gif" alt=""><p>页面加载中，请稍候…</p></div></div>
<noscript>您的浏览器未启用JavaScript，请启用后访问本页面。</noscript>
<script type="text/javascript">
var pageData = {data};
</script>
<script type="text/javascript">
(function () {{
  var d = pageData;
  document.title = d.title + "_" + d.siteName;
  var rel = d.related.map(function (r) {{ return "<li>" + r + "<\\/li>"; }}).join("");
  document.getElementById("app").innerHTML =
    '<div class="crumb">当前位置：首页 &gt; ' + d.channel.replace("/", " &gt; ") + '<\\/div>' +
    '<div class="article"><h1>' + d.title + '<\\/h1>' +
    '<div class="meta">发布日期：' + d.pubDate.substr(0, 10) + '　来源：' + d.source + '　文号：' + d.docNo + '<\\/div>' +
    '<div class="body">' + d.content + '<\\/div><\\/div>' +
    '<div class="related"><h3>相关文件<\\/h3><ul>' + rel + '<\\/ul><\\/div>' +
    '<div class="footer">主办：{GH.name}办公室　{GH.icp}　{GH.police}　网站标识码：' + d.siteCode + '<\\/div>';
}})();
</script>
<script src="/static/js/chunk-vendors.3b9c1f0e.js"></script>
</body>
</html>
"""


GH_LETTER = """
我在海拉尔工作，老家在根河市得耳布尔镇，父母的坟在镇子西边的山坡上，离林子边大概三四百米。以前每年清明都回去上坟、烧纸、放鞭炮。
听说今年防火管得特别严，我打算4月3日带孩子回去。想问一下：清明上坟还能不能烧纸？被查到了罚多少钱？有没有不烧纸也能祭扫的地方？
"""
GH_REPLY = """
您好！感谢您对森林草原防火工作的理解和支持。现答复如下：
一、今年清明节（4月4日）处在春季森林草原防火期（3月15日至6月15日）和春季高火险期（4月1日至5月31日）内。根据《根河市人民政府关于2025年森林草原防火期野外用火管理的通告》，防火期内在林区、草原以及距林缘、草原边缘500米范围内禁止一切野外用火。您父母的墓地距林缘不足500米，禁止上坟烧纸、燃放鞭炮。
二、违反规定擅自野外用火的，对个人处200元以上3000元以下罚款；引起森林草原火灾构成犯罪的，依法追究刑事责任。
三、为方便群众文明祭扫，4月1日至4月7日，根河市公墓和得耳布尔镇公墓设立集中祭扫服务点，免费提供鲜花和祭扫用品；也可以通过“根河文明祭扫”微信小程序进行网上祭扫。
四、进入林区时，请在森林草原防火检查站接受检查和登记，不要携带火种。
如有疑问，请拨打根河市林业和草原局防火办电话0470-5212119。
"""


def write_genhe() -> None:
    write(f"内蒙古/根河市/{GH_FILE}", genhe_page())
    t = "清明节回根河给父母上坟，还能烧纸放鞭炮吗？"
    write(
        f"内蒙古/根河市/12345热线：{t}.html",
        letter_page(
            GH,
            "12345热线",
            t,
            [("标题", t), ("来信人", "赵**"), ("来信时间", "2025-03-25"), ("工单编号", "GH2503250046")],
            GH_LETTER,
            "根河市林业和草原局",
            "2025-03-28",
            GH_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 13-15 秭归县 河道采砂: the 河道采砂许可 guide named 办事指南.html (key-value rows), the 采砂管理 实施方案 .docx whose
# 控制总量 is only in a footnote and whose 举报奖励 is only in a floating text box, and a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

ZG_GUIDE = """
项目|内容
事项名称|河道采砂许可
事项类型|行政许可
实施机关|秭归县水利和湖泊局
适用范围|县管河道（青干河、童庄河、九畹溪等长江支流）规划可采区内的采砂；长江干流秭归段采砂按长江水利委员会和湖北省水利厅有关规定办理
申请条件|1.在河道采砂规划确定的可采区和可采期内申请；2.通过公开招标、拍卖或者挂牌方式依法取得采砂权；3.有符合要求的采砂船舶（机具）和作业人员；4.采砂船舶（机具）已依法登记，证书齐全有效
申请材料|1.河道采砂许可申请书；2.采砂权出让成交确认书；3.营业执照或者身份证明；4.采砂船舶（机具）登记证书和作业人员资格证明；5.采砂作业方案和现场管理制度
法定办结时限|20个工作日
承诺办结时限|8个工作日
许可证有效期|河道采砂许可证有效期不超过1年，且不得跨越禁采期
禁采期|每年6月1日至9月30日为主汛期禁采期
收费标准|不收费
办理地点|秭归县政务服务中心二楼水利窗口（秭归县茅坪镇长宁大道）
办理时间|周一至周五 上午8:30—12:00，下午14:30—17:30（法定节假日除外）
咨询电话|0717-2885123
监督电话|0717-2882345
"""

ZG_DOCX_TITLE = "秭归县2025年度河道采砂管理实施方案"
ZG_FOOTNOTE = (
    "2025年度县管河道采砂控制总量为18万吨，其中青干河沙镇溪段8万吨、童庄河郭家坝段6万吨、九畹溪周坪段4万吨。"
)
ZG_TEXTBOX = [
    "举报非法采砂有奖",
    "举报电话：0717-2882110（24小时）",
    "举报河道非法采砂经查证属实的，给予举报人1000元至5000元奖励。",
]
ZG_BLOCKS: list = [
    "为规范河道采砂秩序，保障河势稳定、防洪安全和通航安全，根据《中华人民共和国水法》《中华人民共和国河道管理条例》《湖北省河道采砂管理条例》，结合我县实际，制定本方案。",
    "## 一、可采区和采砂控制总量",
    "2025年度全县县管河道规划可采区3处，分别为青干河沙镇溪段、童庄河郭家坝段、九畹溪周坪段，年度采砂控制总量按省水利厅批复的采砂规划执行@@FN1@@。长江干流秭归段采砂由长江水利委员会和省水利厅统一规划管理，不在本方案范围内。",
    "## 二、可采期和禁采期",
    "可采期为2025年1月1日至5月31日、10月1日至12月31日。每年6月1日至9月30日为主汛期禁采期，禁采期内一律停止采砂作业。",
    "## 三、统一开采经营",
    "县管河道可采区砂石资源由县属国有企业秭归县砂石资源开发有限公司统一开采、统一销售，实行政府指导价。指导价如下：",
    [
        ["品种", "规格", "指导价（元/吨）"],
        ["河砂（中粗砂）", "细度模数2.3—3.7", "85"],
        ["机制砂", "0—4.75mm", "68"],
        ["碎石", "5—31.5mm", "55"],
    ],
    "注：农村村民自建住房用砂，凭村（居）委会出具的证明，按指导价每吨优惠10元。运输费用另计。",
    "## 四、监管措施",
    "（一）采砂船舶和机具安装定位和视频监控设备，实时接入县河道采砂监管平台；（二）砂石运输实行采运单管理，一车（船）一单，无采运单的不得运输；（三）县水利和湖泊局会同公安、交通运输、自然资源等部门开展联合执法，每月至少组织1次联合巡查。@@TEXTBOX@@",
    "## 五、法律责任",
    "未取得河道采砂许可证擅自采砂的，由县水利和湖泊局责令停止违法行为，没收违法所得和非法采砂机具，并依照《湖北省河道采砂管理条例》处以罚款；构成犯罪的，依法追究刑事责任。",
    "秭归县水利和湖泊局",
    "2025年1月6日",
]


def _txbx_paras() -> str:
    out = []
    for i, text in enumerate(ZG_TEXTBOX):
        rpr = (
            '<w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="28"/></w:rPr>'
            if i == 0
            else '<w:rPr><w:sz w:val="21"/></w:rPr>'
        )
        jc = '<w:pPr><w:jc w:val="center"/></w:pPr>' if i == 0 else ""
        out.append(f"<w:p>{jc}<w:r>{rpr}<w:t>{escape(text)}</w:t></w:r></w:p>")
    return "".join(out)


def _textbox_run() -> str:
    """A floating text box as Word 2010+ writes it: DrawingML (wps:txbx) in mc:Choice, VML in mc:Fallback, the
    text in each."""
    content = f"<w:txbxContent>{_txbx_paras()}</w:txbxContent>"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="217" name="文本框 2"/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{a}"/></wp:cNvGraphicFramePr>'
        f'<a:graphic xmlns:a="{a}"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>'
        f"<wps:txbx>{content}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
        "<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>"
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>40000</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>20000</wp14:pctHeight></wp14:sizeRelV>'
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;'
        "margin-top:0;width:185.9pt;height:110.6pt;z-index:251659264;visibility:visible;mso-wrap-style:square;"
        "mso-width-percent:400;mso-height-percent:200;mso-position-horizontal:right;mso-position-horizontal-relative:margin;"
        'mso-position-vertical-relative:text;v-text-anchor:top" strokecolor="#c00000">'
        f'<v:textbox style="mso-fit-shape-to-text:t">{content}</v:textbox><w10:wrap type="square" anchorx="margin"/>'
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


_FN_RUN = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'


def _footnotes_xml() -> str:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    sep = (
        '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:{0}/></w:r></w:p>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:footnotes xmlns:w="{w}">'
        f'<w:footnote w:type="separator" w:id="-1">{sep.format("separator")}</w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="0">{sep.format("continuationSeparator")}</w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {ZG_FOOTNOTE}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )


def write_zigui_docx(rel: str) -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(12)
    d.add_heading(ZG_DOCX_TITLE, level=1)
    for b in ZG_BLOCKS:
        if isinstance(b, list):
            t = d.add_table(rows=len(b), cols=len(b[0]))
            t.style = "Table Grid"
            for i, row in enumerate(b):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        elif b.startswith("##"):
            d.add_heading(b.lstrip("# "), level=2)
        else:
            p = d.add_paragraph()
            for part in re.split(r"(@@\w+@@)", b):
                if part:
                    p.add_run(part)
    d.sections[0].header.paragraphs[0].text = "秭归县水利和湖泊局"
    d.sections[0].footer.paragraphs[0].text = "秭水发〔2025〕2号"
    d.core_properties.author = "秭归县水利和湖泊局"
    d.core_properties.created = d.core_properties.modified = datetime(2025, 1, 6, 9, 0, 0)
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info)) for info in z.infolist()]
    out: list[tuple[str, bytes]] = []
    for name, data in entries:
        if name == "word/document.xml":
            xml = data.decode("utf-8")
            assert (
                xml.count("<w:r><w:t>@@FN1@@</w:t></w:r>") == 1
                and xml.count("<w:r><w:t>@@TEXTBOX@@</w:t></w:r>") == 1
            )
            xml = xml.replace("<w:r><w:t>@@FN1@@</w:t></w:r>", _FN_RUN).replace(
                "<w:r><w:t>@@TEXTBOX@@</w:t></w:r>", _textbox_run()
            )
            data = xml.encode("utf-8")
        elif name == "word/_rels/document.xml.rels":
            data = data.replace(
                b"</Relationships>",
                b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
            )
        elif name == "[Content_Types].xml":
            data = data.replace(
                b"</Types>",
                b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
            )
        elif name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-06T09:00:00Z", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-01-06T09:00:00Z", data)
        out.append((name, data))
        if name == "word/document.xml":
            out.append(("word/footnotes.xml", _footnotes_xml().encode("utf-8")))
    write_zip(rel, out)


ZG_LETTER = """
我家在秭归县郭家坝镇，今年要把老房子翻建一下，算下来大概要30吨沙子。我家门口就是童庄河，村里以前建房都是自己在河滩上挖沙，现在听说不让挖了。
请问自家建房用一点沙也不行吗？要是不能挖，去哪里买？多少钱一吨？
"""
ZG_REPLY = """
您好！来信收悉，现答复如下：
一、关于自行挖沙。根据《湖北省河道采砂管理条例》，在河道管理范围内采砂必须取得河道采砂许可证。个人未经许可在河道内挖砂，即使是自家建房用砂，也属于非法采砂，将由县水利和湖泊局责令停止违法行为、没收违法所得，并依法处以罚款。请您不要自行挖沙。
二、关于购买渠道。县管河道砂石由秭归县砂石资源开发有限公司统一开采、统一销售，郭家坝镇设有销售点（郭家坝镇集镇童庄河大桥东侧，电话0717-2568016）。河砂（中粗砂）政府指导价为每吨85元；农村村民自建住房用砂，凭村委会出具的证明，每吨优惠10元，即每吨75元。按您需要的30吨计算，砂款约2250元，运输费用另计。
三、温馨提示。每年6月1日至9月30日为主汛期禁采期，期间销售点库存有限，建议您提前购砂。
感谢您对河道采砂管理工作的理解和支持！
"""


def write_zigui() -> None:
    write(
        "湖北/秭归县/办事指南.html",
        gov_page(
            ZG,
            "河道采砂许可办事指南",
            "政务服务 &gt; 办事指南 &gt; 水利",
            "2025-01-15",
            "秭归县水利和湖泊局",
            '<div class="bszn">' + kv_rows(ZG_GUIDE) + "</div>",
        ),
    )
    write_zigui_docx(f"湖北/秭归县/{ZG_DOCX_TITLE}.docx")
    t = "老家翻建房子要用沙，能不能在门口河里自己挖一点？"
    write(
        f"湖北/秭归县/县长信箱 {t}.html",
        letter_page(
            ZG,
            "县长信箱",
            t,
            [
                ("信件标题", t),
                ("写信人", "向**"),
                ("写信日期", "2025-04-11"),
                ("信件编号", "ZGXZ20250411027"),
            ],
            ZG_LETTER,
            "秭归县水利和湖泊局",
            "2025-04-16",
            ZG_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 16-17 修水县: the 林木采伐许可证核发 guide also named 办事指南.html (【字段】 lines), and the 水土保持补偿费 须知 as
# an .rtf saved by WPS (GBK \'xx escapes, \uN? escapes in the table, \trowd…\cell\row)
# ---------------------------------------------------------------------------------------------------------

XS_GUIDE = """
【事项名称】林木采伐许可证核发
【事项类型】行政许可
【实施主体】修水县林业局
【设定依据】《中华人民共和国森林法》第五十六条
【受理条件】采伐林地上的林木应当申请采伐许可证，并在年度采伐限额内按照林木采伐技术规程进行采伐。
【免于申请】农村居民采伐自留地和房前屋后个人所有的零星林木，不需要申请采伐许可证。
【告知承诺】申请采伐人工商品林蓄积15立方米以下的，实行告知承诺制，申请人书面承诺符合采伐条件的，当场办结发证。
【申请材料】1.林木采伐申请表；2.林木所有权或者林地使用权证明；3.申请人身份证明；4.伐区调查设计（采伐蓄积15立方米以上的提供）；5.告知承诺书（适用告知承诺的提供）。
【办理方式】网上办理：江西政务服务网、“赣服通”手机端、全国林木采伐管理系统手机APP；窗口办理：修水县政务服务中心一楼林业窗口。
【法定时限】20个工作日
【承诺时限】3个工作日
【许可证有效期】由发证机关根据采伐面积、蓄积确定，最长不超过1年。
【更新造林】采伐后应当在当年或者次年完成更新造林，更新造林面积不得少于采伐面积。
【收费标准】不收费
【办理地点】修水县政务服务中心一楼林业窗口（修水县义宁镇良塘新区）
【咨询电话】0792-7232156
"""

XS_RTF = "修水县水土保持补偿费征收须知.rtf"
XS_RTF_TITLE = "修水县水土保持补偿费征收须知"
XS_RTF_GBK = [  # paragraphs WPS wrote as GBK bytes in \'xx escapes
    "为做好水土保持补偿费征收工作，根据《中华人民共和国水土保持法》、财政部等四部门《水土保持补偿费征收使用管理办法》和江西省有关规定，现将我县水土保持补偿费征收有关事项告知如下：",
    "#一、征收对象",
    "在本县行政区域内的山区、丘陵区以及水土保持规划确定的容易发生水土流失的其他区域开办生产建设项目或者从事其他生产建设活动，损坏水土保持设施、地貌植被，不能恢复原有水土保持功能的单位和个人。",
    "#二、征收标准",
]
XS_RTF_TABLE = [
    ["序号", "征收项目", "计征方式", "征收标准（元/平方米）"],
    ["1", "一般性生产建设项目", "按照征占用土地面积一次性计征", "1.4"],
    ["2", "开采矿产资源（建设期间）", "按照征占用土地面积一次性计征", "1.4"],
    [
        "3",
        "取土、挖砂（河道采砂除外）、采石以及烧制砖、瓦、瓷、石灰",
        "按照取土、挖砂、采石区域面积一次性计征",
        "1.0",
    ],
    ["4", "排放废弃土、石、渣", "按照占用面积一次性计征", "1.0"],
]
XS_RTF_AFTER = [
    "注：开采矿产资源开采期间的征收标准另行公布。",
    "#三、免征情形",
    "下列情形免征水土保持补偿费：（一）建设学校、幼儿园、医院、养老服务设施、孤儿院、福利院等公益性工程项目的；（二）农民依法利用农村集体土地新建、翻建自用住房的；（三）按照相关规划开展小型农田水利建设、田间土地整治建设和农村集中供水工程建设的；（四）建设保障性安居工程、市政生态环境保护基础设施项目的；（五）建设军事设施的；（六）按照水土保持规划开展水土流失治理活动的；（七）法律、行政法规和国务院规定免征的其他情形。",
    "#四、缴纳方式和期限",
    "生产建设项目应当在项目开工前一次性缴纳水土保持补偿费。缴费人持水土保持方案批复文件到修水县政务服务中心二楼水利窗口申报，通过江西省非税收入一体化平台缴款。逾期未缴纳的，自滞纳之日起按日加收滞纳部分万分之五的滞纳金。",
]
XS_RTF_UNICODE = [  # paragraphs pasted in later from Word: \uN? escapes
    "#五、取水许可温馨提示",
    "农村家庭生活和零星散养、圈养畜禽饮用等少量取水的，不需要申请取水许可。其他直接从江河、湖泊或者地下取用水资源的单位和个人，应当向修水县水利局申请取水许可，审批期限为受理之日起20个工作日。",
    "咨询电话：0792-7223316",
    ">修水县水利局",
    ">2025年4月8日",
]


def rtf_gbk(text: str) -> str:
    """Runs of ASCII in {\\f0 …}, the rest as GBK bytes in \\'xx escapes in {\\f3 …} (WPS)."""
    out = []
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            out.append("{\\f0 " + run.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}") + "}")
        else:
            out.append("{\\f3 " + "".join(f"\\'{b:02x}" for b in run.encode("gbk")) + "}")
    return "".join(out)


def rtf_u(text: str) -> str:
    """Every non-ASCII character as \\uN? (N a signed 16-bit number, as Word writes it), with \\uc1."""
    out = []
    for ch in text:
        n = ord(ch)
        if n < 128:
            out.append("\\" + ch if ch in "\\{}" else ch)
        else:
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
    return "".join(out)


def _rtf_para(text: str, enc: Callable[[str], str]) -> str:
    if text.startswith("#"):
        return "\\pard\\plain\\s1\\sb120\\sa120\\sl360\\slmult1{\\b\\f2\\fs30 " + enc(text[1:]) + "}\\par\r\n"
    if text.startswith(">"):
        return "\\pard\\plain\\qr\\sl360\\slmult1{\\fs28 " + enc(text[1:]) + "}\\par\r\n"
    return "\\pard\\plain\\fi560\\sl360\\slmult1\\qj{\\fs28 " + enc(text) + "}\\par\r\n"


def _rtf_row(cells: list[str], head: bool) -> str:
    edges = [700, 3500, 6600, 8900]
    border = "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10\\clvertalc"
    defs = "".join(f"{border}\\cellx{e}" for e in edges)
    body = "".join(
        "\\pard\\intbl\\qc{" + ("\\b" if head else "") + "\\f1\\fs21 " + rtf_u(c) + "}\\cell " for c in cells
    )
    return f"\\trowd\\trgaph108\\trleft-108\\trqc{defs}\r\n{body}\\row\r\n"


def _rtf_wrap(text: str, width: int = 200) -> str:
    """Hard line breaks as RTF writers put them: before a backslash once a line passes ``width`` characters."""
    out, line = [], ""
    for part in re.split(r"(?=\\)", text):
        if len(line) + len(part) > width and line:
            out.append(line)
            line = ""
        line += part
        if line.endswith("\r\n"):
            out.append(line[:-2])
            line = ""
    out.append(line)
    return "\r\n".join(out)


def xiushui_rtf() -> bytes:
    head = (
        "{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0\\deflang1033\\deflangfe2052\r\n"
        "{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}{\\f1\\fnil\\fcharset134\\fprq2 \\'cb\\'ce\\'cc\\'e5;}"
        "{\\f2\\fnil\\fcharset134\\fprq2 \\'ba\\'da\\'cc\\'e5;}{\\f3\\fmodern\\fcharset134\\fprq1 \\'b7\\'c2\\'cb\\'ce_GB2312;}}\r\n"
        "{\\colortbl;\\red0\\green0\\blue0;\\red192\\green0\\blue0;}\r\n"
        "{\\stylesheet{\\f1\\fs24\\snext0 Normal;}{\\s1\\b\\f2\\fs30\\sbasedon0\\snext0 heading 1;}}\r\n"
        "{\\*\\generator WPS Office 12.1.0.17147;}\r\n"
        "{\\info{\\title " + rtf_u(XS_RTF_TITLE) + "}{\\author " + rtf_u("修水县水利局") + "}"
        "{\\creatim\\yr2025\\mo4\\dy8\\hr9\\min30}{\\revtim\\yr2025\\mo4\\dy8\\hr10\\min12}}\r\n"
        "\\paperw11906\\paperh16838\\margl1800\\margr1800\\margt1440\\margb1440\\gutter0\\ftnbj\\aenddoc\\formshade"
        "\\sectd\\pgwsxn11906\\pghsxn16838\\linex0\\endnhere\r\n"
    )
    body = "\\pard\\plain\\qc\\sb240\\sa240{\\b\\f2\\fs36 " + rtf_gbk(XS_RTF_TITLE) + "}\\par\r\n"
    body += "".join(_rtf_para(p, rtf_gbk) for p in XS_RTF_GBK)
    body += "".join(_rtf_row(r, i == 0) for i, r in enumerate(XS_RTF_TABLE))
    body += "\\pard\\plain\\sl360\\slmult1\\par\r\n"
    body += "".join(_rtf_para(p, rtf_gbk) for p in XS_RTF_AFTER)
    body += "".join(_rtf_para(p, rtf_u) for p in XS_RTF_UNICODE)
    text = head + _rtf_wrap(body) + "}\r\n"
    return text.encode("ascii")


def xiushui_rtf_source() -> str:
    """What the .rtf says, as written (the check decodes the file itself; this is for the record)."""
    rows = ["\t".join(r) for r in XS_RTF_TABLE]
    parts = [XS_RTF_TITLE, *XS_RTF_GBK, *rows, *XS_RTF_AFTER, *XS_RTF_UNICODE]
    return "\n".join(p.lstrip("#>") for p in parts)


def write_xiushui() -> None:
    body = (
        '<div class="bszn-box">\n'
        + "\n".join(f'<p class="bszn-item">{line}</p>' for line in XS_GUIDE.strip().splitlines())
        + "\n</div>"
    )
    write(
        "江西/修水县/办事指南.html",
        gov_page(
            XS,
            "林木采伐许可证核发办事指南",
            "政务服务 &gt; 办事指南 &gt; 林业",
            "2025-03-06",
            "修水县林业局",
            body,
        ),
    )
    write_bytes(f"江西/修水县/{XS_RTF}", xiushui_rtf())


# ---------------------------------------------------------------------------------------------------------
# 18-19 开平市: the 微型消防站 补助办法 on the portal's 繁體 version (traditional script), and the 燃气安全 通知 as a
# .txt in UTF-16 big-endian with a BOM (Notepad's "Unicode big endian")
# ---------------------------------------------------------------------------------------------------------

KP_TITLE = "开平市村（社区）微型消防站建设和运行经费补助办法"
KP_BODY = """
第一条　为加强基层消防力量建设，提升村（社区）火灾防控和初起火灾扑救能力，根据《中华人民共和国消防法》和广东省有关规定，结合本市实际，制定本办法。
第二条　本办法适用于本市各镇（街道）按照标准建成、经开平市消防救援大队验收合格的村（社区）微型消防站。
第三条　建设标准。每个微型消防站应当有固定站点，配备队员不少于6人，其中站长1人；配备消防摩托车或者消防电动巡逻车1辆以上，以及灭火器、水带、水枪、破拆工具、个人防护装备等器材；实行24小时值守，做到“1分钟响应、3分钟到场”。
第四条　补助标准。（一）建设补助：新建微型消防站经验收合格的，市财政给予一次性建设补助3万元；（二）运行经费补助：每个微型消防站每年补助运行经费1.2万元，用于器材维护、队员培训和值守保障；（三）出动补助：参加灭火救援，经市消防救援大队确认的，每次出动补助500元。
第五条　队员保障。镇（街道）应当为微型消防站队员购买人身意外伤害保险，保险金额每人不低于50万元。
第六条　考核。市消防救援大队会同市应急管理局每年12月对微型消防站进行考核，考核不合格的，停发次年运行经费补助。
第七条　申报。各镇（街道）于每年3月31日前将上一年度建设补助和出动补助申报材料汇总报市消防救援大队，经审核后由市财政局拨付。
第八条　本办法自2025年1月1日起施行，有效期3年。
开平市人民政府办公室
2024年12月20日
"""

KP_GAS = "关于开展餐饮场所燃气安全专项整治和燃气泄漏报警装置安装补助工作的通知.txt"
KP_GAS_TEXT = """开平市住房和城乡建设局　开平市市场监督管理局
关于开展餐饮场所燃气安全专项整治和燃气泄漏报警装置安装补助工作的通知
开住建〔2025〕27号

各镇（街道）、各燃气经营企业、各餐饮经营单位：
    为切实消除餐饮场所燃气安全隐患，根据《广东省燃气管理条例》，现就开展餐饮场所燃气安全专项整治和燃气泄漏报警装置安装补助工作通知如下：
    一、整治对象
    全市使用瓶装液化石油气或者管道天然气的餐饮经营场所（含小吃店、快餐店、茶餐厅、大排档等）。
    二、整治要求
    （一）2025年9月30日前，餐饮场所应当全部安装可燃气体泄漏报警装置，并与紧急切断阀联动；
    （二）使用橡胶软管连接燃具的，应当更换为金属波纹软管；
    （三）瓶装液化石油气应当向持有燃气经营许可证的企业实名购买，气瓶不得存放在地下室和半地下室。
    三、补助标准
    （一）2025年9月30日前安装可燃气体泄漏报警装置（含紧急切断阀）并经验收合格的，按实际费用的50%给予补助，每户最高不超过600元；
    （二）更换金属波纹软管的，每户补助100元。
    四、申请程序
    餐饮经营单位完成安装后，于2025年10月31日前向所在镇（街道）提交申请，需提供营业执照、安装发票、安装前后照片；镇（街道）初审后报市住房和城乡建设局审核，补助资金直接拨付至申请人银行账户。
    五、其他
    逾期未安装报警装置的，由市住房和城乡建设局责令限期改正，燃气经营企业暂停向其供气；拒不改正的，依法予以处罚。
    联系电话：市住房和城乡建设局燃气管理股0750-2236119

开平市住房和城乡建设局　开平市市场监督管理局
2025年5月20日
"""


def write_kaiping() -> None:
    page = gov_page(
        KP,
        KP_TITLE,
        "政务公开 &gt; 规范性文件",
        "2024-12-20",
        "开平市人民政府办公室",
        paras(KP_BODY),
        extra="文号：开府办〔2024〕35号",
    )
    page = page.replace("<a>繁體</a>", "<a>简体</a>")
    write(f"广东/开平市/{_S2T.convert(KP_TITLE)}.html", _S2T.convert(page))  # the portal's 繁體 version
    write_bytes(
        f"广东/开平市/{KP_GAS}", codecs.BOM_UTF16_BE + KP_GAS_TEXT.replace("\n", "\r\n").encode("utf-16-be")
    )


# ---------------------------------------------------------------------------------------------------------
# 20-24 news roundups, each naming a region that has only planned a measure and one named in passing;
# 25 an exact duplicate of the slide deck and 26 an empty .pptx in 下载/
# ---------------------------------------------------------------------------------------------------------

N1_TITLE = "避险搬迁去“险根” 救助标准再提高 多地织密防灾减灾救灾保障网"
N1 = news(
    "中国应急管理新闻网",
    "www.cemnews.cn",
    N1_TITLE,
    "2025-06-20 08:30　来源：中国应急管理报　记者：马骁",
    paras("""
主汛期临近，多地加快推进地质灾害避险搬迁，提高自然灾害生活救助标准，兜牢受灾群众基本生活底线。
云南昭通彝良县出台地质灾害避险搬迁补助办法，搬迁户选择进城购房货币化安置的，每人补助2.5万元，每户最高12万元；同在昭通的盐津县今年已完成地质灾害避险搬迁326户，搬迁群众1400余人。
甘肃定西岷县今年起提高自然灾害生活救助标准，过渡期生活救助提高到每人每月750元，遇难人员家属抚慰金提高到每名遇难人员3万元；定西渭源县也将过渡期生活救助标准提高到每人每月700元。
冬春救助方面，岷县2024—2025年度冬春临时生活困难救助资金已全部发放到户；定西通渭县下拨冬春临时生活困难救助资金1260万元，惠及受灾群众1.2万人。
昭通大关县自然资源局有关负责人表示，大关拟于下半年出台地质灾害避险搬迁补助办法。
来自昭通镇雄县的施工队长李师傅正在彝良的一处集中安置点施工，他说，安置点预计年底前可以交付。
"""),
    "京ICP备05041276号",
    ["应急管理部部署主汛期防灾减灾工作", "地质灾害气象风险预警服务持续加强"],
    "防灾减灾",
)

N2_TITLE = "政府买单群众受益 巨灾保险为台风季撑起“保护伞”"
N2 = news(
    "中国银行保险报网",
    "www.cbimc.cn",
    N2_TITLE,
    "2025-07-15 10:20　来源：中国银行保险报　作者：叶青",
    paras("""
台风季来临，浙江多地的政策性巨灾保险再次成为群众的“定心丸”。
浙江台州临海市政策性巨灾保险由市财政出资统一投保，群众不用缴费，人身伤亡每人最高赔付20万元，农房损失每户最高赔付5万元；同在台州的三门县也由县财政出资投保巨灾保险，去年共赔付612万元。
转移安置方面，临海市对政府组织转移安置的群众，由巨灾保险按每人每天100元给予转移安置救助，由村（社区）统一登记理赔；台州玉环市对台风期间政府组织转移的群众发放转移安置补助，每人每天80元。
台州天台县应急管理局有关负责人表示，天台计划明年推出政策性巨灾保险。
来自宁波宁海县的游客陈女士去年在临海古城游玩时遇上台风，她说，当地工作人员把游客统一安排到了酒店。
"""),
    "京ICP备05038713号",
    ["金融监管总局：扩大巨灾保险保障范围", "农业保险“扩面增品提标”持续推进"],
    "保险",
)

N3_TITLE = "举报有奖 消防站建到家门口 多地筑牢安全生产和消防安全防线"
N3 = news(
    "中国安全生产网",
    "www.aqsc.com.cn",
    N3_TITLE,
    "2025-08-06 09:15　来源：中国安全生产报　记者：郝军",
    paras("""
鼓励群众举报重大事故隐患、把微型消防站建到村（社区）、为餐饮场所安装燃气泄漏报警装置……多地多措并举筑牢安全防线。
山西晋中灵石县出台安全生产领域举报奖励办法，举报重大事故隐患和安全生产违法行为查实的，按行政处罚金额的15%奖励，最高30万元；晋中寿阳县去年共发放安全生产举报奖励12.8万元。
广东江门开平市对新建的村（社区）微型消防站一次性补助3万元，每年补助运行经费1.2万元；江门蓬江区已建成村（社区）微型消防站136个，每个站每年补助运行经费1万元。
开平市对餐饮场所安装燃气泄漏报警装置按实际费用的50%给予补助；江门江海区今年为1200余家餐饮场所免费安装了燃气泄漏报警装置。
晋中左权县应急管理局有关负责人表示，左权将于年内出台安全生产举报奖励办法。
在灵石一家煤矿工作的王师傅来自晋中平遥县，他说，矿上每个月都组织学习举报奖励政策。
"""),
    "京ICP备05067822号",
    ["国务院安委会部署安全生产治本攻坚三年行动", "全国城镇燃气安全专项整治取得阶段性成效"],
    "安全生产",
)

N4_TITLE = "春防“不见烟” 采伐“网上办” 多地守护绿水青山"
N4 = news(
    "中国绿色时报网",
    "www.greentimes.com",
    N4_TITLE,
    "2025-05-28 07:50　来源：中国绿色时报　记者：白桦",
    paras("""
今年春防期间，多地严管野外用火，鼓励群众举报违规用火；林木采伐审批也越来越便捷。
内蒙古呼伦贝尔根河市春季森林草原防火期为3月15日至6月15日，举报违规野外用火经查证属实的，给予举报人每件500元奖励；呼伦贝尔额尔古纳市今年春防期间已兑现违规野外用火举报奖励23件，发放奖金1.15万元。
江西九江修水县林木采伐许可实行告知承诺制，采伐人工商品林蓄积15立方米以下的当场办结；九江武宁县也推行林木采伐“不见面审批”，今年已网上发放林木采伐许可证1100余份。
呼伦贝尔牙克石市林业和草原局有关负责人表示，牙克石计划在秋季防火期前出台违规野外用火举报奖励办法。
来自九江瑞昌市的林农老周在修水承包了200亩杉木林，他说，今年采伐申请在手机上就能提交。
"""),
    "京ICP备05012658号",
    ["国家林草局：全力做好春季森林草原防灭火工作", "集体林权制度改革深入推进"],
    "林草",
)

N5_TITLE = "规范河道采砂 依法征收水保费 多地加强河湖和水土保持管理"
N5 = news(
    "中国水利网",
    "www.chinawater.com.cn",
    N5_TITLE,
    "2025-09-02 11:05　来源：中国水利报　记者：江澜",
    paras("""
多地持续加强河道采砂管理，依法征收水土保持补偿费，守护河湖安澜。
湖北宜昌秭归县县管河道规划可采区3处，砂石由县属国有企业统一开采、统一销售，河砂实行政府指导价；宜昌兴山县香溪河砂石也实行统一开采经营，今年以来查处非法采砂案件5起。
江西九江修水县依法征收水土保持补偿费，今年一季度征收386万元；九江永修县2024年共征收水土保持补偿费520万元，全部用于水土流失预防和治理。
宜昌远安县水利和湖泊局有关负责人表示，远安拟推行河道砂石统一开采经营。
来自九江都昌县的货车司机老刘常年在修水的工地运土，他说，现在工地开工前都要先做水土保持方案。
"""),
    "京ICP备05029917号",
    ["水利部部署河道采砂专项整治", "生产建设项目水土保持监管持续加强"],
    "河湖管理",
)


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    # the slide deck downloaded a second time (an exact duplicate), and the empty .pptx Windows' 新建 leaves
    write_bytes(f"下载/{LH_PPTX}", (DOCS / f"浙江/临海市/{LH_PPTX}").read_bytes())
    write_bytes("下载/新建 Microsoft PowerPoint 演示文稿.pptx", b"")


def main() -> None:
    write_yiliang()
    write_minxian()
    write_linhai()
    write_lingshi()
    write_genhe()
    write_zigui()
    write_xiushui()
    write_kaiping()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
