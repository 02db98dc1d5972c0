"""Writes eval/policy21/docs: a twenty-first probe collection (27 files), 市场监管与生态环境 — what shop owners, small
businesses, consumers and residents ask (食品经营许可 告知承诺 and its 时限, 小餐饮登记证, 个体工商户 登记 and 简易注销,
单用途预付卡 退卡 and 冷静期, 线下无理由退货, 食品安全 举报奖励, 老旧住宅电梯 安全评估 and 维保, 排污登记, 环评审批
告知承诺制, 老旧柴油货车 提前淘汰补贴, 秸秆 离田 奖补 and 禁烧, 施工噪声 投诉, 生活垃圾分类 罚款, 生态环境违法行为
有奖举报) of eight new regions (如皋市, 邹平市, 汝州市, 明光市, 攸县, 大竹县, 台山市, 长兴县), as chat users, agents
and analysts bring them. Run once (``python -m eval.policy21.make_docs``); the files are committed as data.

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one region's
documents and in one of five news roundups that names a second region having done it, one region that has only
planned it (启东市, 阳春市, 宝丰县, 炎陵县, 邻水县) and one named only in passing (阜宁县, 隆昌市, 凤阳县, 安仁县,
盐亭县). The documents: a 如皋市 食品经营许可告知承诺制 政策解读 pasted from Word and a 12345 reply on a gym's
预付卡 (the asker's 2680元 / 3600元 / 1500元 are not the answer, 2400元 and 7日内 are); a 邹平市 小餐饮登记证 guide
named 办事指南.html and a 老旧住宅电梯 实施方案 .docx saved with its tracked changes; a 汝州市 2024 柴油货车 淘汰补贴
办法 whose table's 注 carries figures, the 2025 通知 replacing them and the 发放明细 .xlsx; a 明光市 秸秆综合利用
奖补办法 beside its 征求意见稿 with other figures, and a 离田补助 分配表 as a binary .xls; a 攸县 生活垃圾分类 暂行办法
(2021, 已废止), the 2025 办法 that abolishes it as a GB18030 .txt, and a 处罚 公示 .csv; a 大竹县 有奖举报办法 in a
two-column 公报 PDF and a 食品安全 举报奖励 细则; a 台山市 个体工商户 问答 in Hong Kong traditional script and a 线下
无理由退货 名单; a 长兴县 排污登记 guide also named 办事指南.html, an 环评 告知承诺制 政策解读 and a 县长信箱 reply on
施工噪声; an exact duplicate of a roundup and an empty file in 下载/.

New messiness none of eval/policy .. eval/policy20 had:
- an HTML page whose bytes are UTF-8 but whose <meta> says charset=gb2312 (台山市 无理由退货 名单), as a CMS that
  migrated its storage but not its templates serves it;
- a two-column 公报 PDF (大竹县 人民政府公报 2025年第3期, reportlab Frames): the 办法 flows down the left column and
  on into the right, then over to page 2, beside a second item of the 公报; an extractor reading line by line across
  the page interleaves the columns; the running head and the 公报 page numbers (— 21 —, — 22 —) are not the PDF's;
- a binary Excel 97-2003 .xls (BIFF8 in an OLE2 container, written with xlwt) with a merged title row and a 合计 row
  (明光市 离田补助 分配表);
- a guide whose sections are tabs (邹平市 办事指南.html): only 基本信息 is displayed, 申请条件 / 申请材料 / 办理流程 /
  收费 / 常见问题 sit in <div style="display:none"> panels — the 60平方米 and 裱花蛋糕 answers only there;
- an article of which only the first paragraph shows, the rest in a hidden 展开全文 <div style="display:none">
  (大竹县 食品安全 举报奖励 细则: every tier and figure is in the hidden part);
- an abolished 办法 whose text sits in a read-only <textarea> under a 效力状态：已废止 label (攸县 2021 暂行办法),
  beside the 2025 办法 that abolishes it (第二十条 …同时废止) with other figures;
- a .txt in GB18030 as copied out of a 公文 PDF: hard-wrapped at 28 characters (figures split), full-width-space
  indents, the 公文 page numbers (— 3 —) on lines of their own between paragraphs' halves;
- a GBK .csv exported by Excel with CRLF rows whose quoted cells run over several lines and hold commas and doubled
  quotes (攸县 处罚 公示);
- a page whose title stands only in <title> (the article has no heading, a script would fill it) and whose file is
  named by the CMS's id, t20250415_1084732.html (汝州市 2025 通知);
- file names with spaces, square and round brackets and 【】, up to 62 characters (144 bytes of UTF-8): 明光市
  征求意见稿, 攸县 公示, 如皋市 12345 and 政策解读, 下载/新建 文本文档 (2).txt;
- a .docx saved with unaccepted tracked changes: the old figures in <w:del>/<w:delText>, the new in <w:ins> runs,
  also inside a table cell (邹平市 电梯 方案: 2000元 → 3000元, 5万元 → 8万元, 30 → 20分钟);
- a page pasted from Word (如皋市 政策解读): <!--[if gte mso 9]><xml> blocks and an mso <style> inside the article,
  MsoNormal paragraphs of <span>s with ASCII digits in lang=EN-US spans, one figure split over two spans, <o:p>;
- an article body written wholly in decimal numeric character references (&#39135;…) as an old JSP site emits it
  (长兴县 环评 政策解读);
- an .xlsx with a hidden sheet holding the superseded 2024 figures and amounts shown through a #,##0 format
  (汝州市 发放明细);
- figures as ranges (1万元至5万元, 50元以上200元以下), percentages with floors and caps (5%，最低500元，最高不超过2万元)
  and 万元 beside 元 in one document; figures in a 注 after a table (汝州市 2024 办法: 营运 +2000元, 提前 +5000元);
- a page in Hong Kong traditional script (OpenCC s2hk: 個體工商户 with 户 not 戶, 羣眾, 哪裏, 税款), asked partly in
  Cantonese.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import opencc
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as Paragraph_
from openpyxl.styles import Alignment, Font
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from eval.policy_make import Collection, paras, table

DOCS = Path(__file__).resolve().parent / "docs"
_COLLECTION = Collection(DOCS)
write = _COLLECTION.write
rl_config.invariant = (
    1  # no creation date or random document id in the PDF: a second run writes the same bytes
)

STAMP = (2025, 9, 26, 0, 0, 0)
_S2HK = opencc.OpenCC("s2hk")


def restamp(path: Path) -> None:
    """Every zip entry of an Office file given one time, so that a second run writes the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-08-12T10:30:00Z", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-07-28T08:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), data, zipfile.ZIP_DEFLATED)


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
        related: list[str],
    ) -> None:
        self.name, self.icp, self.code, self.police, self.nav = name, icp, code, police, nav
        self.host, self.addr, self.phone, self.related = host, addr, phone, related


RG = Site(
    "如皋市人民政府",
    "苏ICP备05058317号-1",
    "3206820001",
    "苏公网安备 32068202000153号",
    "首页|魅力如皋|政务公开|政务服务|政民互动|长寿之乡",
    "如皋市大数据管理局",
    "如皋市如城街道海阳南路1号",
    "0513-87512000",
    ["如皋市2025年“3·15”消费者权益保护工作要点", "如皋市放心消费示范单位名单公示"],
)
ZP = Site(
    "邹平市人民政府",
    "鲁ICP备05031172号-1",
    "3716260001",
    "鲁公网安备 37162602000089号",
    "首页|走进邹平|政务公开|政务服务|互动交流|数据开放",
    "邹平市大数据中心",
    "邹平市黛溪街道黛溪五路",
    "0543-4321000",
    ["邹平市2025年特种设备安全隐患排查整治通告", "邹平市食品安全“守底线、查隐患、保安全”专项行动方案"],
)
RZ = Site(
    "汝州市人民政府",
    "豫ICP备05016638号-1",
    "4104820001",
    "豫公网安备 41048202000066号",
    "首页|汝州概况|政务公开|政务服务|政民互动|汝瓷之都",
    "汝州市政务服务和大数据管理局",
    "汝州市丹阳路与望嵩路交叉口",
    "0375-6822000",
    ["汝州市2025年大气污染防治攻坚方案", "关于开展重型柴油货车路检路查的通告"],
)
MG = Site(
    "明光市人民政府",
    "皖ICP备05012891号-1",
    "3411820001",
    "皖公网安备 34118202000041号",
    "首页|明光概况|信息公开|政务服务|互动交流|绿色明光",
    "明光市数据资源管理局",
    "明光市明光街道体育路",
    "0550-8125000",
    ["明光市2025年秋季秸秆禁烧工作方案", "明光市农机购置与应用补贴实施方案"],
)
YX = Site(
    "攸县人民政府",
    "湘ICP备05009713号-1",
    "4302230001",
    "湘公网安备 43022302000027号",
    "首页|攸县概况|政务公开|政务服务|政民互动|城市管理",
    "攸县政务服务中心",
    "攸县联星街道建设中路",
    "0731-24221000",
    ["攸县城区生活垃圾分类示范小区名单", "攸县2025年城乡环境卫生综合整治方案"],
)
DZ = Site(
    "大竹县人民政府",
    "蜀ICP备05022468号-1",
    "5117240001",
    "川公网安备 51172402000058号",
    "首页|走进大竹|政务公开|政务服务|互动交流|苎麻之乡",
    "大竹县大数据中心",
    "大竹县竹阳街道白塔街",
    "0818-6222000",
    ["大竹县2025年食品安全重点工作安排", "达州市大竹生态环境局2025年环境执法监测计划"],
)
TS = Site(
    "台山市人民政府",
    "粤ICP备05099126号-1",
    "4407810001",
    "粤公网安备 44078102000112号",
    "首页|侨乡台山|政务公开|政务服务|互动交流|侨务之窗",
    "台山市政务服务数据管理局",
    "台山市台城街道桥湖路1号",
    "0750-5522000",
    ["台山市2025年放心消费创建工作方案", "台山市个体工商户分型分类精准帮扶名录"],
)
CX = Site(
    "长兴县人民政府",
    "浙ICP备05007352号-1",
    "3305220001",
    "浙公网安备 33052202000075号",
    "首页|长兴概况|政务公开|政务服务|政民互动|太湖图影",
    "长兴县数据局",
    "长兴县雉城街道龙山大道",
    "0572-6022000",
    ["湖州市生态环境局长兴分局2025年“双随机”抽查计划", "长兴县2025年夏季建筑施工噪声专项整治行动"],
)


def gov_page(
    site: Site,
    title: str,
    crumb: str,
    date: str,
    source: str,
    body: str,
    *,
    extra: str = "",
    charset: str = "utf-8",
    heading: bool = True,
) -> str:
    """A county portal's article on the 集约化 platform (this collection's furniture: a 长者模式 / 无障碍 / 简繁 top
    bar, a search box, the navigation, 当前位置 with », an info line of 日期 / 来源 / 浏览 / 字号, the article, a
    分享到 bar with 打印本页 and 关闭窗口, 相关文章 and a footer of 主办, 承办, ICP, 公网安备, 网站标识码, 地址 and
    a visitor counter). ``heading`` False: the article's title stands only in <title>."""
    nav = "".join(f"<a href='javascript:;'>{n}</a>" for n in site.nav.split("|"))
    rel = "".join(f"<li><a>{r}</a><span>{date}</span></li>" for r in site.related)
    h1 = f'<h1 class="art-title">{title}</h1>' if heading else '<div class="art-title" id="artTitle"></div>'
    extra_span = f"<span>{extra}</span>" if extra else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}-{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/static/jyh/css/detail.css">
<script src="/static/jyh/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问{site.name}网站</span><span class="r"><a>长者模式</a> | <a>无障碍</a> | <a>简</a>/<a>繁</a> | <a>微信</a> | <a>微博</a> | <a>手机版</a></span></div></div>
<div class="head w1200"><a class="logo"><img src="/static/jyh/img/logo.png" alt="{site.name}"></a><form class="sch"><input name="q" placeholder="搜索本站内容"><button type="button">搜索</button></form></div>
<div class="nav-main"><div class="w1200">{nav}</div></div>
<div class="bread w1200">当前位置：<a>首页</a> » {crumb} » 正文</div>
<div class="art w1200">
{h1}
<div class="art-info"><span>日期：{date}</span><span>来源：{source}</span>{extra_span}<span>浏览：<b id="views">--</b></span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="art-con" id="zoom">
{body}
</div>
<div class="art-tools"><span class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a></span><a onclick="window.print()">打印本页</a><a onclick="window.close()">关闭窗口</a></div>
<div class="art-rel"><h4>相关文章</h4><ul>{rel}</ul></div>
</div>
<div class="foot"><div class="w1200">
<p><a>网站地图</a> · <a>联系我们</a> · <a>网站纠错</a> · <a>隐私保护</a></p>
<p>主办：{site.name}办公室　承办：{site.host}　电话：{site.phone}</p>
<p>{site.icp}　{site.police}　网站标识码：{site.code}</p>
<p>地址：{site.addr}　您是本站第<span id="visits">--</span>位访客</p>
</div></div>
<script>$(function(){{$.get("/interface/visit?code={site.code}",function(d){{$("#views").text(d.v);$("#visits").text(d.t);}});}});</script>
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
    """A 12345 / 县长信箱 letter and its reply, each of several paragraphs, as a <dl> on the portal's 互动 pages."""
    rows = "".join(f"<dt>{k}：</dt><dd>{v}</dd>" for k, v in info)
    body = f"""<div class="xx-detail">
<dl class="xx-info">{rows}</dl>
<div class="xx-block"><div class="xx-lab">来信内容</div>
{paras(letter)}
</div>
<div class="xx-block xx-reply"><div class="xx-lab">回复内容</div>
<div class="xx-meta">回复单位：{unit}　回复时间：{replied}</div>
{paras(reply)}
</div>
<div class="xx-eval">评价：<span>★★★★★</span>（群众已评价：满意）</div>
</div>"""
    return gov_page(site, title, f"政民互动 » {board}", info[2][1], board, body)


def news(
    site: str, host: str, title: str, meta: str, body: str, icp: str, related: list[str], column: str
) -> str:
    """A news site's article (its own furniture: a channel bar, 编辑, 分享, 相关阅读 and 版权)."""
    links = "".join(f"<li><a>{r}</a></li>" for r in related)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title} - {site}</title>
<meta name="keywords" content="{column},{site}">
<meta property="og:title" content="{title}">
<link rel="canonical" href="https://{host}/">
</head>
<body>
<div class="hd"><a class="logo">{site}</a><ul class="chan"><li>首页</li><li>时政</li><li>{column}</li><li>地方</li><li>视点</li><li>专题</li></ul><a class="login">登录</a></div>
<div class="crumbs">{site} &gt; {column} &gt; 正文</div>
<div class="article">
<h1>{title}</h1>
<p class="meta">{meta}</p>
<div class="article-body">
{body}
</div>
<p class="editor">[编辑：{"赵楠" if "市场" in site else "周航"}]</p>
<div class="share-bar">分享：<a>微信</a> <a>微博</a> <a>复制链接</a> <a>打印</a></div>
</div>
<div class="rel"><h3>相关阅读</h3><ul>{links}</ul></div>
<div class="ft"><p>Copyright © {site} 版权所有</p><p>{icp}　未经授权禁止转载</p></div>
</body>
</html>
"""


def kv_rows(text: str) -> str:
    return table(
        [line.split("|", 1) for line in text.strip().splitlines()],
        'class="bszn-table" border="1" cellspacing="0" cellpadding="6" width="100%"',
        thead=False,
    )


# ---------------------------------------------------------------------------------------------------------
# 1-2 如皋市: a 食品经营许可告知承诺制 政策解读 pasted from Word (mso markup), and a 12345 reply on a 预付卡
# ---------------------------------------------------------------------------------------------------------

RG_QA_TITLE = "食品经营许可告知承诺制十问十答"
RG_QA = """
为进一步优化营商环境，降低食品经营者制度性交易成本，如皋市市场监督管理局全面推行食品经营许可告知承诺制。现就经营者关心的问题解答如下：
一、什么是食品经营许可告知承诺制？
市场监管部门一次性告知申请人许可条件和所需材料，申请人以书面形式承诺其符合许可条件并提交材料的，市场监管部门不再进行事前现场核查，当场作出准予许可的决定并发放食品经营许可证。
二、哪些情形可以适用告知承诺制？
申请食品经营许可新办、延续，以及不涉及经营场所、主体业态和特殊食品销售的变更，申请人可以自主选择告知承诺方式办理。
三、哪些情形不适用告知承诺制？
经营婴幼儿配方乳粉、婴幼儿配方食品、特殊医学用途配方食品等特殊食品的，从事集体用餐配送、中央厨房的，以及学校、托幼机构、养老机构食堂，不适用告知承诺制，按一般程序办理。
四、选择告知承诺方式，多久能拿到许可证？
申请材料齐全、符合法定形式的，当场作出许可决定、当场发证。
五、按一般程序办理的，需要多长时间？
法定办理时限为10个工作日，我市承诺办理时限压缩至5个工作日（不含现场核查后的整改时间）。
六、取得许可证后还会有人上门检查吗？
会。市场监管部门自作出许可决定之日起20个工作日内，对通过告知承诺取得许可的经营者开展现场核查。
七、核查发现不符合承诺条件怎么办？
责令限期整改，整改期限最长不超过15日；逾期不整改或者整改后仍不符合条件的，依法撤销食品经营许可。
八、作出虚假承诺会有什么后果？
申请人作出虚假承诺的，依法撤销许可，记入信用记录，3年内不得再以告知承诺方式申请食品经营许可。
九、在哪里申请？收费吗？
可以通过江苏政务服务网“食品经营许可”事项在线申请，也可以到如皋市政务服务中心二楼市场监管窗口（如皋市如城街道海阳南路1号）现场申请。办理食品经营许可不收取任何费用。
十、告知承诺制推行以来效果如何？
截至2025年6月底，我市已通过告知承诺方式发放食品经营许可证1268张，占同期发证总数的七成以上。
咨询电话：0513-87651123
"""

MSO_HEAD = """<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:TrackMoves/><w:TrackFormatting/><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing><w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery><w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery><w:ValidateAgainstSchemas/><w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid><w:IgnoreMixedContent>false</w:IgnoreMixedContent><w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText><w:Compatibility><w:SpaceForUL/><w:BalanceSingleByteDoubleByteWidth/><w:DoNotLeaveBackslashAlone/><w:ULTrailSpace/><w:DoNotExpandShiftReturn/><w:AdjustLineHeightInTable/><w:UseFELayout/></w:Compatibility><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/></m:mathPr></w:WordDocument></xml><![endif]--><!--[if gte mso 9]><xml><w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="true" DefSemiHidden="true" DefQFormat="false" DefPriority="99" LatentStyleCount="260"><w:LsdException Locked="false" Priority="0" SemiHidden="false" UnhideWhenUsed="false" QFormat="true" Name="Normal"/><w:LsdException Locked="false" Priority="9" SemiHidden="false" UnhideWhenUsed="false" QFormat="true" Name="heading 1"/></w:LatentStyles></xml><![endif]--><style>
<!--
 /* Font Definitions */
 @font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1; mso-font-alt:SimSun; mso-font-charset:134; mso-generic-font-family:auto; mso-font-pitch:variable;}
 @font-face {font-family:仿宋_GB2312; mso-font-alt:仿宋; mso-font-charset:134; mso-generic-font-family:modern;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; mso-style-qformat:yes; mso-style-parent:""; margin:0cm; margin-bottom:.0001pt; text-align:justify; text-justify:inter-ideograph; mso-pagination:none; font-size:10.5pt; mso-bidi-font-size:12.0pt; font-family:"Times New Roman","serif"; mso-fareast-font-family:宋体; mso-font-kerning:1.0pt;}
 .MsoChpDefault {mso-style-type:export-only; mso-default-props:yes; font-size:10.0pt; mso-ansi-font-size:10.0pt;}
 /* Page Definitions */
 @page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt; mso-header-margin:42.55pt; mso-footer-margin:49.6pt; mso-paper-source:0; layout-grid:15.6pt;}
div.WordSection1 {page:WordSection1;}
-->
</style><!--[if gte mso 10]><style>
 /* Style Definitions */
 table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0; mso-style-noshow:yes; mso-style-priority:99; mso-style-parent:""; mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}
</style><![endif]-->"""

_FS = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"
_FA = "font-size:16.0pt;font-family:仿宋_GB2312;mso-fareast-font-family:仿宋_GB2312"


def mso_line(text: str, bold: bool = False) -> str:
    """One line as Word pastes it: an MsoNormal paragraph of <span>s, each run of ASCII in a lang=EN-US span; 1268
    is split over two spans as Word's spelling check leaves it."""
    parts = re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text)
    spans = []
    for p in parts:
        if p.isascii():
            if p == "1268":
                spans.append(
                    f"<span lang=EN-US style='{_FA}'>12</span><span lang=EN-US style='{_FA}'>68</span>"
                )
            else:
                spans.append(f"<span lang=EN-US style='{_FA}'>{p}</span>")
        else:
            spans.append(f"<span style='{_FS}'>{p}</span>")
    inner = "".join(spans)
    if bold:
        inner = f"<b style='mso-bidi-font-weight:normal'>{inner}</b>"
    return (
        "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
        f"mso-line-height-rule:exactly'>{inner}<span lang=EN-US style='{_FA}'><o:p></o:p></span></p>"
    )


def rugao_qa_body() -> str:
    lines = [line.strip() for line in RG_QA.strip().splitlines() if line.strip()]
    out = [
        "<div class=\"TRS_Editor\"><div class=WordSection1 style='layout-grid:15.6pt'>",
        MSO_HEAD,
        "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
        f"<b><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体'>{RG_QA_TITLE}</span></b>"
        "<span lang=EN-US style='font-size:22.0pt'><o:p></o:p></span></p>",
        "<p class=MsoNormal style='line-height:28.0pt'><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>",
    ]
    for line in lines:
        out.append(mso_line(line, bold=bool(re.match(r"[一二三四五六七八九十]+、", line))))
    out.append(
        "<p class=MsoNormal style='line-height:28.0pt'><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>"
    )
    out.append("</div></div>")
    return "\n".join(out)


RG_LETTER = """
我今年3月2日在如皋城区一家健身房办了一张年卡，花了2680元，同时买了12节私教课，每节300元，一共3600元。私教课上了4节以后，4月10日门店门口突然贴出通知，说要装修停业3个月，之前一点消息都没有，打店长电话也不接。
年卡我才用了一个多月，私教课还剩8节没上。请问这种情况钱能不能退？怎么退？
另外，我同事5月8日在另一家游泳馆办了一张1500元的次卡，第3天就后悔了，一次都还没去游过，店家说办了卡概不退款，这样合理吗？
"""
RG_REPLY = """
您好！您反映的问题收悉。经调查核实，现答复如下：
一、关于健身房停业。根据《如皋市单用途商业预付卡管理办法》，经营者暂停营业、歇业或者迁移经营场所的，应当提前30日在经营场所显著位置公告，并告知持卡人。该健身房未履行告知义务，持卡人可以要求退还预付卡未消费余额。
二、关于退款金额。年卡按未使用天数折算退还；私教课按未上节数退还，您剩余8节私教课，应退还2400元。
三、关于处理进展。我局已于5月14日约谈该健身房经营者，经营者承诺于2025年5月31日前通过原支付渠道为办卡会员办理退款。
四、关于无理由退卡。根据该办法，消费者自购卡之日起7日内未消费的，可以无理由申请全额退卡，经营者应当在3个工作日内退款。您同事购卡后第3天、未曾消费，可以要求全额退卡；经营者拒绝的，可以拨打12315投诉。
五、提醒广大消费者办卡时与经营者签订书面合同，保存好付款凭证。如对答复有疑问，请拨打如皋市市场监督管理局消费者权益保护科电话0513-87651315。
"""


def write_rugao() -> None:
    title = f"【政策解读】{RG_QA_TITLE}"
    write(
        f"江苏/如皋市/{title}.html",
        gov_page(
            RG,
            title,
            "政务公开 » 政策解读",
            "2025-07-08",
            "如皋市市场监督管理局",
            rugao_qa_body(),
        ),
    )
    t = "健身房突然贴通知装修停业，办的年卡和私教课钱能退吗？"
    write(
        f"江苏/如皋市/12345热线 {t}.html",
        letter_page(
            RG,
            "12345热线",
            t,
            [("信件标题", t), ("来信人", "陈**"), ("来信时间", "2025-05-12"), ("信件编号", "RG2505120284")],
            RG_LETTER,
            "如皋市市场监督管理局",
            "2025-05-16",
            RG_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 3-4 邹平市: the 小餐饮登记证 guide named 办事指南.html whose sections are hidden tab panels, and a 老旧住宅电梯
# 实施方案 .docx saved with unaccepted tracked changes
# ---------------------------------------------------------------------------------------------------------

ZP_TABS = [
    (
        "基本信息",
        """
项目|内容
事项名称|小餐饮登记证核发
事项类型|其他行政权力
实施主体|邹平市市场监督管理局
法定办结时限|15个工作日
承诺办结时限|即办件，材料齐全、符合条件的当场发证
登记证有效期|小餐饮登记证有效期为3年
办理地点|邹平市政务服务中心二楼市场监管综合窗口（邹平市黛溪街道黛溪五路）
办理时间|周一至周五 上午9:00—12:00，下午13:30—17:00（法定节假日除外）
咨询电话|0543-4326317
""",
    ),
    (
        "申请条件",
        """
1.已取得营业执照；
2.经营场所使用面积在60平方米以下，从业人员不超过6人；
3.不得经营生食类水产品、裱花蛋糕和冷荤类食品；
4.从业人员持有有效的健康证明；
5.具有与经营品种相适应的油烟净化、餐具清洗消毒和防蝇防鼠设施。
""",
    ),
    (
        "申请材料",
        """
1.《山东省小餐饮登记申请书》（原件1份）；
2.营业执照（系统可以核验的免于提交）；
3.从业人员健康证明（复印件1份）；
4.经营场所平面布局图和设备布局图（原件1份）；
5.食品安全管理制度和承诺书（原件1份）。
""",
    ),
    (
        "办理流程",
        """
1.申请：通过“爱山东”APP、山东政务服务网提交申请，或者到邹平市政务服务中心二楼市场监管综合窗口现场提交；
2.受理：材料齐全、符合法定形式的当场受理；
3.发证：经营者书面承诺符合条件的，当场发放小餐饮登记证；
4.检查：发证后30日内，由属地市场监管所对经营场所进行现场检查。
""",
    ),
    (
        "收费及依据",
        """
不收费。
设定依据：《山东省食品小作坊小餐饮和食品摊点管理条例》。
""",
    ),
    (
        "常见问题",
        """
问：登记证快到期了怎么办？
答：应当在有效期届满30日前向原发证部门申请延续。
问：经营场所面积超过60平方米怎么办？
答：不属于小餐饮，应当申请办理食品经营许可证。
问：搬到新地址还能用原来的登记证吗？
答：不能。经营场所变更的，应当重新申请小餐饮登记证。
""",
    ),
]


def zouping_guide() -> str:
    """The 山东政务服务网 item page: a tab bar; the first panel shown, the others display:none until clicked."""
    heads = "".join(
        f'<li class="{"on" if i == 0 else ""}" onclick="tab({i})">{name}</li>'
        for i, (name, _) in enumerate(ZP_TABS)
    )
    panels = []
    for i, (name, text) in enumerate(ZP_TABS):
        content = kv_rows(text) if i == 0 else paras(text)
        style = "display:block" if i == 0 else "display:none"
        panels.append(
            f'<div class="tab-panel" id="panel{i}" style="{style}" data-name="{name}">\n{content}\n</div>'
        )
    return f"""<div class="sx-detail">
<div class="sx-top"><span class="sx-name">小餐饮登记证核发</span><span class="sx-code">事项编码：11371626MB2858143Q4370117017000</span><a class="sx-btn">在线办理</a> <a class="sx-btn">预约办理</a> <a class="sx-btn">收藏</a></div>
<div class="sx-star">服务评价：<span>★★★★★</span> 办件量：<b>1326</b></div>
<ul class="tab-hd">{heads}</ul>
<div class="tab-bd">
{"".join(panels)}
</div>
<script>function tab(n){{$(".tab-hd li").removeClass("on").eq(n).addClass("on");$(".tab-panel").hide().eq(n).show();}}</script>
</div>"""


ZP_DOCX_TITLE = "邹平市住宅老旧电梯安全评估和维护保养提升工作实施方案"
# [-old-] was deleted and [+new+] inserted with 修订 on, neither accepted: Word shows the old struck through
ZP_PARAS = [
    "为加强住宅老旧电梯安全管理，消除电梯安全隐患，保障群众乘梯安全，根据《中华人民共和国特种设备安全法》《山东省电梯安全条例》等规定，结合我市实际，制定本方案。",
    "## 一、评估范围",
    "本市行政区域内投入使用满15年的住宅电梯。全市纳入首批安全评估的住宅电梯共[-186-][+214+]台。",
    "## 二、补助标准",
    "（一）安全评估补助。对纳入评估范围的住宅电梯，由市财政按每台[-2000元-][+3000元+]的标准补助安全评估费用。",
    "（二）改造更新补助。经评估需要改造或者更新的，按实际改造更新费用的[-20%-][+30%+]给予补助，每台最高不超过[-5万元-][+8万元+]。",
    "（三）资金来源。补助资金由市财政专项安排，2025年安排[+200万元+][-120万元-]。",
    "## 三、维护保养要求",
]
ZP_TABLE = [
    ["项目", "要求"],
    ["日常维护保养", "每15日至少进行1次，维保记录由维保人员和使用单位安全管理员签字确认"],
    ["应急救援到达时间", "接到困人报警后，城区不超过[-30-][+20+]分钟，乡镇不超过40分钟到达现场"],
    ["应急值守", "维保单位设立24小时应急救援值守电话"],
    ["年度自行检查", "每年至少进行1次，并出具自行检查报告"],
    ["维保质量评价", "年度评价得分低于[-60分-][+70分+]的维保单位，列入重点监管名单"],
]
ZP_TAIL = [
    "## 四、申报程序",
    "物业服务企业或者业主委员会于[-2025年9月30日-][+2025年10月31日+]前向邹平市市场监督管理局特种设备安全监察科提出申报；市市场监督管理局会同市财政局审核，公示5个工作日无异议后拨付补助资金。",
    "## 五、工作要求",
    "各镇（街道）要落实属地管理责任，督促电梯使用单位按期完成安全评估；对评估中发现的重大隐患，应当立即停梯整改。",
    "邹平市市场监督管理局　邹平市财政局　邹平市住房和城乡建设局",
    "2025年8月12日",
]
_REV = re.compile(r"\[-(.*?)-\]|\[\+(.*?)\+\]")
_AUTHOR = "邹平市市场监管局特设科"
_REV_DATE = "2025-08-12T10:20:00Z"


def tracked(text: str, accepted: bool) -> str:
    """``text`` as Word shows it with the changes accepted (True) or as first written (False)."""
    return _REV.sub(lambda m: (m.group(2) or "") if accepted else (m.group(1) or ""), text)


def add_tracked_runs(paragraph: Paragraph_, text: str, rev: list[int]) -> None:
    """``text`` as runs, each [-…-] a <w:del> holding a <w:delText> run and each [+…+] a <w:ins> holding a run."""
    pos = 0
    for m in _REV.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos : m.start()])
        rev[0] += 1
        wrapper = OxmlElement("w:del" if m.group(1) is not None else "w:ins")
        wrapper.set(qn("w:id"), str(rev[0]))
        wrapper.set(qn("w:author"), _AUTHOR)
        wrapper.set(qn("w:date"), _REV_DATE)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if m.group(1) is not None else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = m.group(1) if m.group(1) is not None else m.group(2)
        r.append(t)
        wrapper.append(r)
        paragraph._p.append(wrapper)
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def write_zouping_docx(rel: str) -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(12)
    rev = [0]
    d.add_heading(ZP_DOCX_TITLE, level=1)
    for block in ZP_PARAS:
        if block.startswith("##"):
            d.add_heading(block.lstrip("# "), level=2)
        else:
            add_tracked_runs(d.add_paragraph(), block, rev)
    t = d.add_table(rows=len(ZP_TABLE), cols=2)
    t.style = "Table Grid"
    for i, row in enumerate(ZP_TABLE):
        for j, cell in enumerate(row):
            p = t.cell(i, j).paragraphs[0]
            add_tracked_runs(p, cell, rev)
    for block in ZP_TAIL:
        if block.startswith("##"):
            d.add_heading(block.lstrip("# "), level=2)
        else:
            add_tracked_runs(d.add_paragraph(), block, rev)
    d.sections[0].header.paragraphs[0].text = "邹平市市场监督管理局（修订稿）"
    d.sections[0].footer.paragraphs[0].text = "邹市监发〔2025〕31号"
    d.core_properties.author = "邹平市市场监督管理局"
    d.core_properties.last_modified_by = _AUTHOR
    d.core_properties.created = d.core_properties.modified = datetime(2025, 8, 12, 10, 30, 0)
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    with zipfile.ZipFile(path) as z:  # the settings Word writes when 修订 is on
        entries = [(info.filename, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "word/settings.xml":
                data = data.replace(b"<w:defaultTabStop", b"<w:trackRevisions/><w:defaultTabStop", 1)
            z.writestr(name, data)
    restamp(path)


def zouping_docx_text() -> str:
    """The .docx's text with the changes accepted (what Word's 最终状态 shows): what keys are checked against."""
    lines = [ZP_DOCX_TITLE]
    lines += [b.lstrip("# ") for b in ZP_PARAS]
    lines += [" ".join(r) for r in ZP_TABLE]
    lines += [b.lstrip("# ") for b in ZP_TAIL]
    return tracked("\n".join(lines), accepted=True)


def write_zouping() -> None:
    write(
        "山东/邹平市/办事指南.html",
        gov_page(
            ZP,
            "小餐饮登记证核发办事指南",
            "政务服务 » 办事指南 » 市场监管",
            "2025-03-20",
            "邹平市市场监督管理局",
            zouping_guide(),
        ),
    )
    write_zouping_docx(f"山东/邹平市/{ZP_DOCX_TITLE}（修订稿）.docx")


# ---------------------------------------------------------------------------------------------------------
# 5-7 汝州市 老旧柴油货车: the 2024 办法 with a table whose 注 carries figures, the 2025 通知 whose title is only in
# <title> (file named by the CMS id), and the 发放明细 .xlsx with a hidden sheet of the 2024 figures
# ---------------------------------------------------------------------------------------------------------

RZ24_TITLE = "汝州市老旧柴油货车提前淘汰补贴实施办法"
RZ24_TABLE = [
    ["车辆类型", "国三及以下排放标准（元/辆）", "国四排放标准（元/辆）"],
    ["重型货车", "30000", "22000"],
    ["中型货车", "16000", "12000"],
    ["轻型货车", "8000", "6000"],
]
RZ24_HEAD = """
第一条　为加快淘汰老旧柴油货车，减少机动车尾气污染，持续改善环境空气质量，结合我市实际，制定本办法。
第二条　补贴对象。2024年1月1日至2024年12月31日期间报废注销，在汝州市注册登记、排放标准为国三及以下或者国四的柴油货车（不含挂车、危险货物运输车辆），报废前连续登记在汝州市满1年，且淘汰前处于正常使用状态、按规定参加机动车安全技术检验的，车辆所有人可以申请提前淘汰补贴。
第三条　淘汰方式。车辆应当交售至经商务部门资质认定的报废机动车回收拆解企业，取得《报废机动车回收证明》，并到公安机关交通管理部门办理注销登记。
第四条　补贴标准。按车辆类型和排放标准确定，具体标准见下表：
"""
RZ24_NOTE = "注：1.营运车辆（行驶证使用性质为“货运”的）在上表标准基础上每辆增加2000元；2.2024年9月30日前完成报废注销的，另给予每辆5000元的提前淘汰奖励；3.车辆类型以机动车行驶证记载为准。"
RZ24_TAIL = """
第五条　申请期限。车辆所有人应当自办理注销登记之日起30日内提出申请，最迟不晚于2025年1月15日。
第六条　申请材料。（一）补贴申请表；（二）车辆所有人身份证或者营业执照；（三）机动车登记证书；（四）《报废机动车回收证明》和机动车注销证明书；（五）车辆所有人本人银行账户。
第七条　审核和拨付。市生态环境局受理申请，会同市公安局交通管理大队、市财政局审核，审核结果在市人民政府网站公示5个工作日，无异议的，补贴资金拨付至车辆所有人银行账户。
第八条　以虚假材料骗取补贴的，追回补贴资金，依法追究责任。
第九条　本办法由汝州市生态环境局负责解释，自印发之日起施行。
"""

RZ25_TITLE = "关于调整2025年老旧柴油货车提前淘汰补贴标准的通知"
RZ25_FILE = "t20250415_1084732.html"
RZ25_BODY = """
各乡镇人民政府、街道办事处，市直有关单位：
为进一步加快老旧柴油货车淘汰，经市政府同意，现对《汝州市老旧柴油货车提前淘汰补贴实施办法》（汝政办〔2024〕12号）有关补贴标准调整如下：
一、实施期限。2025年1月1日至2025年12月31日期间报废注销的车辆，按本通知执行。
二、补贴标准。重型货车：国三及以下排放标准每辆35000元，国四排放标准每辆25000元；中型货车：国三及以下排放标准每辆18000元，国四排放标准每辆14000元；轻型货车：国三及以下排放标准每辆8000元，国四排放标准每辆6000元。
三、营运车辆在上述标准基础上每辆增加3000元。
四、原办法补贴标准表注第2项规定的提前淘汰奖励不再执行。
五、2025年度补贴申请截止时间为2025年11月30日，逾期不再受理。
六、其他事项仍按原办法执行；原办法与本通知不一致的，以本通知为准。
汝州市生态环境局　汝州市财政局　汝州市公安局
2025年4月15日
"""
RZ25_STD = {  # (类型, 排放): 元/辆
    ("重型", "国三"): 35000,
    ("重型", "国四"): 25000,
    ("中型", "国三"): 18000,
    ("中型", "国四"): 14000,
    ("轻型", "国三"): 8000,
    ("轻型", "国四"): 6000,
}
RZ_XLSX = "汝州市2025年第一批老旧柴油货车提前淘汰补贴资金发放明细表"
RZ_ROWS = [  # 车辆所有人, 号牌号码, 车辆类型, 排放标准, 使用性质, 注销日期
    ("王**", "豫D·7H352", "重型", "国三", "营运", "2025-02-17"),
    ("汝州市**物流有限公司", "豫D·6C108", "重型", "国四", "营运", "2025-02-21"),
    ("李**", "豫D·3K217", "中型", "国三", "非营运", "2025-02-26"),
    ("张**", "豫D·9F530", "轻型", "国四", "非营运", "2025-03-04"),
    ("汝州市**建材有限公司", "豫D·1M826", "重型", "国三", "营运", "2025-03-11"),
    ("赵**", "豫D·5T093", "中型", "国四", "营运", "2025-03-19"),
    ("孙**", "豫D·8B471", "轻型", "国三", "营运", "2025-03-25"),
    ("汝州市**运输有限公司", "豫D·2R665", "重型", "国四", "营运", "2025-04-02"),
    ("周**", "豫D·4N728", "轻型", "国三", "非营运", "2025-04-09"),
    ("陈**", "豫D·7P154", "中型", "国三", "营运", "2025-04-16"),
]


def rz_amount(kind: str, std: str, use: str) -> int:
    return RZ25_STD[(kind, std)] + (3000 if use == "营运" else 0)


def write_ruzhou_xlsx(rel: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "发放明细"
    ws["A1"] = RZ_XLSX
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=15)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        ["序号", "车辆所有人", "号牌号码", "车辆类型", "排放标准", "使用性质", "注销日期", "补贴金额（元）"]
    )
    total = 0
    for i, (owner, plate, kind, std, use, day) in enumerate(RZ_ROWS, 1):
        amount = rz_amount(kind, std, use)
        total += amount
        ws.append(
            [i, owner, plate, f"{kind}货车", f"{std}" + ("及以下" if std == "国三" else ""), use, day, amount]
        )
        ws.cell(row=ws.max_row, column=8).number_format = "#,##0"
    ws.append(["合计", "", "", "", "", "", "", total])
    ws.cell(row=ws.max_row, column=8).number_format = "#,##0"
    assert total == 213000, total
    ws.append(
        ["说明：补贴标准按《关于调整2025年老旧柴油货车提前淘汰补贴标准的通知》执行，营运车辆每辆增加3000元。"]
    )
    for col, width in zip("ABCDEFGH", [6, 22, 13, 10, 12, 10, 12, 16], strict=True):
        ws.column_dimensions[col].width = width
    old = wb.create_sheet(
        "2024年标准"
    )  # the superseded figures, kept on a hidden sheet for the formulas of last year
    for row in RZ24_TABLE:
        old.append(row)
    old.append(["营运加补", "2000", "2000"])
    old.append(["9月30日前提前淘汰奖励", "5000", "5000"])
    old.sheet_state = "hidden"
    wb.properties.creator = "汝州市生态环境局"
    wb.properties.created = wb.properties.modified = datetime(2025, 5, 20, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    restamp(path)


def write_ruzhou() -> None:
    body24 = (
        paras(RZ24_HEAD)
        + "\n"
        + table(RZ24_TABLE, 'class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" align="center"')
        + f'\n<p class="zhu" style="font-size:12px">{RZ24_NOTE}</p>\n'
        + paras(RZ24_TAIL)
    )
    write(
        f"河南/汝州市/{RZ24_TITLE}.html",
        gov_page(
            RZ,
            RZ24_TITLE,
            "政务公开 » 规范性文件",
            "2024-03-05",
            "汝州市人民政府办公室",
            body24,
            extra="文号：汝政办〔2024〕12号",
        ),
    )
    page = gov_page(
        RZ,
        RZ25_TITLE,
        "政务公开 » 通知公告",
        "2025-04-15",
        "汝州市生态环境局",
        paras(RZ25_BODY),
        heading=False,
    )
    page = page.replace(
        "</body>",
        '<script>document.getElementById("artTitle").innerHTML=document.title.split("-")[0];</script>\n</body>',
    )
    write(f"河南/汝州市/{RZ25_FILE}", page)
    write_ruzhou_xlsx(f"河南/汝州市/{RZ_XLSX}.xlsx")


# ---------------------------------------------------------------------------------------------------------
# 8-10 明光市 秸秆: the 奖补办法 beside its 征求意见稿 (other figures; a long file name with spaces and brackets),
# and the 离田补助 分配表 as a binary .xls
# ---------------------------------------------------------------------------------------------------------

MG_TITLE = "明光市秸秆综合利用奖补办法"
MG_DRAFT_FILE = f"关于公开征求《{MG_TITLE}（征求意见稿）》意见的公告 [2025-02-14] (明光市农业农村局).html"


def mg_articles(draft: bool) -> list[str]:
    """The 办法's articles; ``draft`` gives the 征求意见稿's figures."""

    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return [
        "第一条　为推进秸秆综合利用，严格落实秸秆禁烧，改善农村人居环境和空气质量，结合我市实际，制定本办法。",
        "第二条　奖补对象。在明光市从事秸秆收储、离田和综合利用的农民专业合作社、家庭农场、企业等经营主体（以下简称收储主体）。",
        f"第三条　离田奖补。收储主体将小麦、水稻秸秆打捆离田并交售至综合利用企业或者收储中心的，小麦秸秆每亩补助{f('25元', '18元')}，水稻秸秆每亩补助{f('30元', '22元')}。单个收储主体年度离田奖补最高不超过{f('30万元', '20万元')}。",
        f"第四条　收储中心建设奖补。新建秸秆收储中心，库棚面积1000平方米以上不足2000平方米的，一次性奖补{f('10万元', '8万元')}；2000平方米以上的，一次性奖补{f('15万元', '12万元')}。",
        f"第五条　产业化利用奖补。年利用秸秆1万吨以上的企业，按实际利用量每吨给予{f('50元', '40元')}奖补，单个企业年度奖补最高不超过{f('100万元', '80万元')}。",
        f"第六条　农机购置累加补贴。购置秸秆打捆机、捡拾压捆机的，在享受国家农机购置补贴的基础上，按购机价格的{f('30%', '20%')}给予累加补贴，每台最高不超过{f('2万元', '1.5万元')}。",
        f"第七条　禁烧考核。实行秸秆禁烧网格化管理，卫星遥感监测发现秸秆焚烧火点的，每个火点扣减所在乡镇（街道）秸秆综合利用奖补资金{f('5万元', '3万元')}；对露天焚烧秸秆的单位和个人，由生态环境部门依法查处。",
        f"第八条　申报程序。收储主体向所在乡镇（街道）申报，乡镇（街道）审核汇总后于每年{f('10月20日', '11月10日')}前报市农业农村局；市农业农村局会同市财政局复核，公示7天无异议后拨付资金。",
        "第九条　以虚报面积、重复申报等方式骗取奖补资金的，追回资金，3年内取消其申报资格。",
        "第十条　本办法自印发之日起施行。" if draft else "第十条　本办法自2025年4月1日起施行，有效期3年。",
    ]


MG_XLS = "明光市2025年夏季秸秆离田补助资金分配表"
MG_ROWS = [  # 乡镇（街道）, 收储主体数（个）, 小麦秸秆离田面积（亩）
    ("明光街道", 6, 8460),
    ("涧溪镇", 11, 15320),
    ("石坝镇", 8, 11280),
    ("苏巷镇", 7, 9740),
    ("潘村镇", 10, 13650),
    ("柳巷镇", 5, 7920),
    ("女山湖镇", 9, 10560),
    ("古沛镇", 4, 6880),
]
MG_RATE = 25

XLS_SCRIPT = r"""
import json, sys
import xlwt
spec = json.load(sys.stdin)
wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet(spec["sheet"])
title = xlwt.easyxf("font: bold on, height 320; align: horiz center")
head = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: horiz center")
cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
ncols = len(spec["head"])
ws.write_merge(0, 0, 0, ncols - 1, spec["title"], title)
ws.write_merge(1, 1, 0, ncols - 1, spec["unit"])
for j, h in enumerate(spec["head"]):
    ws.write(2, j, h, head)
    ws.col(j).width = 256 * spec["widths"][j]
for i, row in enumerate(spec["rows"], 3):
    for j, v in enumerate(row):
        ws.write(i, j, v, cell)
n = 3 + len(spec["rows"])
for k, line in enumerate(spec["notes"]):
    ws.write_merge(n + 1 + k, n + 1 + k, 0, ncols - 1, line)
wb.save(spec["path"])
"""


def write_xls(rel: str, spec: dict) -> None:
    """A binary .xls written by xlwt (not a dependency of the project): in this process if it has xlwt, else by the
    Python named in P21_XLWT_PYTHON or the throwaway venv /tmp/p21venv; without either the committed file stays."""
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    spec = {**spec, "path": str(path)}
    try:
        import xlwt  # noqa: F401
    except ImportError:
        python = os.environ.get("P21_XLWT_PYTHON", "/tmp/p21venv/bin/python")
        if not Path(python).exists():
            assert path.exists(), f"{rel}: no xlwt (pip install xlwt into a throwaway venv, see make_docs)"
            print(f"{rel}: kept (no xlwt here)")
            return
        subprocess.run([python, "-c", XLS_SCRIPT], input=json.dumps(spec), text=True, check=True)
        return
    exec(compile(XLS_SCRIPT.replace("spec = json.load(sys.stdin)\n", ""), "xls", "exec"), {"spec": spec})


def mg_xls_spec() -> dict:
    rows: list[list] = []
    total = [0, 0, 0]
    for i, (town, n, area) in enumerate(MG_ROWS, 1):
        amount = area * MG_RATE
        rows.append([i, town, n, area, MG_RATE, amount])
        total = [total[0] + n, total[1] + area, total[2] + amount]
    assert total == [60, 83810, 2095250], total
    rows.append(["合计", "", total[0], total[1], "", total[2]])
    return {
        "sheet": "分配表",
        "title": MG_XLS,
        "unit": "填报单位：明光市农业农村局　　　　　　　　　　　　填报日期：2025年8月28日",
        "head": [
            "序号",
            "乡镇（街道）",
            "收储主体数（个）",
            "小麦秸秆离田面积（亩）",
            "补助标准（元/亩）",
            "补助资金（元）",
        ],
        "widths": [6, 14, 16, 22, 16, 16],
        "rows": rows,
        "notes": [
            "注：1.补助标准按《明光市秸秆综合利用奖补办法》第三条执行；2.补助资金由乡镇（街道）于2025年9月30日前拨付至收储主体账户。",
        ],
    }


def write_mingguang() -> None:
    write(
        f"安徽/明光市/{MG_TITLE}.html",
        gov_page(
            MG,
            f"明光市人民政府办公室关于印发{MG_TITLE}的通知",
            "信息公开 » 政策文件",
            "2025-03-21",
            "明光市人民政府办公室",
            paras("""
各乡镇人民政府、街道办事处，市政府各部门、各直属机构：
《明光市秸秆综合利用奖补办法》已经市政府同意，现印发给你们，请认真贯彻执行。
明光市人民政府办公室
2025年3月21日
""")
            + f'<p style="text-align:center"><b>{MG_TITLE}</b></p>'
            + paras("\n".join(mg_articles(draft=False))),
            extra="文号：明政办〔2025〕9号",
        ),
    )
    write(
        f"安徽/明光市/{MG_DRAFT_FILE}",
        gov_page(
            MG,
            f"关于公开征求《{MG_TITLE}（征求意见稿）》意见的公告",
            "互动交流 » 意见征集",
            "2025-02-14",
            "明光市农业农村局",
            paras(f"""
为推进秸秆综合利用和禁烧工作，明光市农业农村局起草了《{MG_TITLE}（征求意见稿）》，现向社会公开征求意见。
征求意见时间：2025年2月14日至2025年3月15日。
反馈方式：电子邮件发送至mgsnyj@126.com，或者邮寄至明光市农业农村局科教能源股（明光市明光街道体育路），请注明“秸秆奖补意见”。
明光市农业农村局
2025年2月14日
""")
            + f'<p style="text-align:center"><b>{MG_TITLE}（征求意见稿）</b></p>'
            + paras("\n".join(mg_articles(draft=True))),
        ),
    )
    write_xls(f"安徽/明光市/{MG_XLS}.xls", mg_xls_spec())


# ---------------------------------------------------------------------------------------------------------
# 11-13 攸县 生活垃圾分类: the 2021 暂行办法 (已废止) whose text sits in a <textarea>, the 2025 办法 that abolishes it
# as a GB18030 .txt copied out of a 公文 PDF (hard wraps, full-width indents, page-number lines), and a GBK 处罚
# 公示 .csv whose quoted cells run over several lines
# ---------------------------------------------------------------------------------------------------------

YX21_TITLE = "攸县城区生活垃圾分类管理暂行办法"
YX21 = """
第一条　为规范城区生活垃圾分类管理，改善城市人居环境，结合本县实际，制定本办法。
第二条　本办法适用于攸县城区（联星街道、江桥街道、凉江街道）生活垃圾的分类投放、收集、运输和处理活动。
第三条　县城市管理和综合执法局是城区生活垃圾分类管理的主管部门。
第四条　生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。
第五条　住宅小区实行物业服务的，物业服务企业为生活垃圾分类投放管理责任人；机关、企业事业单位的办公场所，本单位为管理责任人。
第六条　管理责任人应当按照规定设置生活垃圾分类收集容器，对不按规定分类投放的行为进行劝阻。
第七条　分类投放的生活垃圾应当分类收集、分类运输，禁止混合收集、运输。
第八条　个人未按规定分类投放生活垃圾，经劝阻拒不改正的，由县城市管理和综合执法局处50元罚款。
第九条　管理责任人未按规定设置生活垃圾分类收集容器的，责令限期改正；逾期不改正的，处1000元以上1万元以下罚款。
第十条　单位未按规定分类投放生活垃圾的，责令改正；拒不改正的，处1000元以上5000元以下罚款。
第十一条　收集、运输单位将已分类的生活垃圾混合收集、运输的，责令改正，按每车次500元处以罚款。
第十二条　本办法自2021年10月1日起施行。
"""

YX25_TITLE = "攸县生活垃圾分类管理办法"
YX25_FILE = "攸县人民政府关于印发《攸县生活垃圾分类管理办法》的通知（攸政发〔2025〕8号）.txt"
YX25_HEAD = [
    "攸县人民政府文件",
    "",
    "攸政发〔2025〕8号",
    "",
    "攸县人民政府",
    "关于印发《攸县生活垃圾分类管理办法》的通知",
    "",
    "各乡镇人民政府、街道办事处，县直有关单位：",
]
YX25_PARAS = """
现将《攸县生活垃圾分类管理办法》印发给你们，请认真遵照执行。
#攸县人民政府
#2025年6月10日
#（此件主动公开）
#
#攸县生活垃圾分类管理办法
#
#第一章　总　　则
第一条　为加强生活垃圾分类管理，改善人居环境，促进资源循环利用，根据《中华人民共和国固体废物污染环境防治法》《湖南省生活垃圾管理条例》等法律法规，结合本县实际，制定本办法。
第二条　本办法适用于本县城区（联星街道、江桥街道、凉江街道）以及县人民政府确定的实施区域内生活垃圾的分类投放、收集、运输、处理及其监督管理活动。
第三条　县城市管理和综合执法局是本县生活垃圾分类管理的主管部门，负责组织、协调、指导和监督生活垃圾分类工作。
第四条　生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。
#第二章　分类投放
第五条　产生生活垃圾的单位和个人是生活垃圾分类投放的责任主体，应当按照规定的时间、地点和分类标准投放生活垃圾。
第六条　生活垃圾分类投放实行管理责任人制度：住宅小区实行物业服务的，物业服务企业为管理责任人；机关、企业事业单位、社会团体的办公场所，本单位为管理责任人；农贸市场、商场、餐饮街区等经营场所，经营管理单位为管理责任人。
第七条　管理责任人应当按照规定设置生活垃圾分类收集容器，建立分类投放日常管理制度，对不按规定分类投放的行为进行劝阻。
第八条　住宅小区推行定时定点投放，每日投放时间原则上为早上6:30至8:30、晚上18:00至20:00，具体时间由管理责任人结合实际确定并公示。
#第三章　收集运输和处理
第九条　分类投放的生活垃圾应当分类收集、分类运输，禁止将已分类投放的生活垃圾混合收集、运输。
第十条　厨余垃圾应当由具备资质的单位收集、运输和处理，每日至少清运1次。
第十一条　有害垃圾应当交由具有危险废物经营许可证的单位处理。
#第四章　激励措施
第十二条　推行生活垃圾分类积分制度，居民正确分类投放生活垃圾的，可以获得积分，每100积分可以兑换价值10元的生活用品。
第十三条　县城市管理和综合执法局每年组织生活垃圾分类示范小区考评，对考评优秀的小区，给予其物业服务企业每个小区2万元奖励。
#第五章　法律责任
第十四条　个人未按规定分类投放生活垃圾的，由县城市管理和综合执法局责令改正；拒不改正的，处50元以上200元以下罚款。
第十五条　管理责任人未按规定设置生活垃圾分类收集容器的，责令限期改正；逾期不改正的，处2000元以上2万元以下罚款。
第十六条　单位未按规定分类投放生活垃圾的，责令改正；拒不改正的，处5000元以上5万元以下罚款。
第十七条　收集、运输单位将已分类投放的生活垃圾混合收集、运输的，责令改正，按每车次1000元处以罚款，但最高不超过3万元。
第十八条　将厨余垃圾交由不具备资质的单位或者个人收集、运输、处理的，责令改正，处1万元以上10万元以下罚款。
#第六章　附　　则
第十九条　各乡镇可以参照本办法推进生活垃圾分类工作。
第二十条　本办法自2025年7月1日起施行。《攸县城区生活垃圾分类管理暂行办法》（攸政发〔2021〕15号）同时废止。
#
#攸县人民政府办公室　　　　　　　2025年6月10日印发
"""
YX_WRAP = 28
YX_PAGE_LINES = 22


def yx25_source() -> str:
    """The 办法's text as written (no wraps): what keys are checked against."""
    return "\n".join(YX25_HEAD + [line.lstrip("#") for line in YX25_PARAS.strip().splitlines()])


def yx25_txt() -> str:
    """The 公文 as a PDF-to-text copy: each paragraph indented with two full-width spaces and hard-wrapped at 28
    characters; headings centred with spaces; the 公文 page numbers (— n —) on their own lines every 22 lines."""
    lines: list[str] = [h.center(YX_WRAP) if h else "" for h in YX25_HEAD]
    for raw in YX25_PARAS.strip().splitlines():
        if raw.startswith("#"):
            text = raw[1:]
            if "人民政府" in text or "印发" in text or "年" in text[:6]:
                lines.append(("　" * 14 + text) if text else "")
            else:
                lines.append(text.center(YX_WRAP) if text else "")
            continue
        text = "　　" + raw  # the indent kept (hard_wrap strips it)
        lines.extend(text[i : i + YX_WRAP] for i in range(0, len(text), YX_WRAP))
    out: list[str] = []
    page = 1
    for n, line in enumerate(lines, 1):
        out.append(line.rstrip())
        if n % YX_PAGE_LINES == 0:
            out += ["", " " * 24 + f"— {page} —", ""]
            page += 1
    out += ["", " " * 24 + f"— {page} —", ""]
    return "\r\n".join(out)


YX_CSV = "攸县城市管理和综合执法局2025年第三季度生活垃圾分类行政处罚案件信息公示（截至9月30日）.csv"
YX_CSV_ROWS = [
    [
        "序号",
        "行政处罚决定书文号",
        "当事人名称",
        "主要违法事实",
        "处罚依据",
        "处罚内容",
        "处罚决定日期",
        "处罚机关",
    ],
    [
        "1",
        "攸城管罚决字〔2025〕第0108号",
        "攸县嘉禾物业服务有限公司",
        "2025年7月15日，执法人员检查发现：\n1.该公司管理的江桥街道东门小区未按规定设置厨余垃圾收集容器；\n2.经责令限期改正，逾期仍未改正。",
        "《攸县生活垃圾分类管理办法》第十五条",
        "罚款4000元",
        "2025-08-06",
        "攸县城市管理和综合执法局",
    ],
    [
        "2",
        "攸城管罚决字〔2025〕第0115号",
        "攸县湘东味道餐饮店（个体工商户）",
        '该店将厨余垃圾与其他垃圾混合投放，\n经责令改正后，8月2日再次被发现"混投"，拒不改正。',
        "《攸县生活垃圾分类管理办法》第十六条",
        "罚款5000元",
        "2025-08-19",
        "攸县城市管理和综合执法局",
    ],
    [
        "3",
        "攸城管罚决字〔2025〕第0121号",
        "株洲市洁城环卫运输有限公司攸县分公司",
        "8月21日至8月23日，该公司收运车辆将联星街道已分类投放的生活垃圾混合收集、运输，\n共计3车次。",
        "《攸县生活垃圾分类管理办法》第十七条",
        "罚款3000元,并责令立即改正",
        "2025-09-02",
        "攸县城市管理和综合执法局",
    ],
    [
        "4",
        "攸城管罚决字〔2025〕第0126号",
        "刘某某",
        "当事人在凉江街道某小区未按规定分类投放生活垃圾，\n经劝阻、责令改正后拒不改正。",
        "《攸县生活垃圾分类管理办法》第十四条",
        "罚款100元",
        "2025-09-10",
        "攸县城市管理和综合执法局",
    ],
    [
        "5",
        "攸城管罚决字〔2025〕第0133号",
        "攸县城南农贸市场管理有限公司",
        "该市场未按规定设置有害垃圾、可回收物收集容器，\n经责令限期改正，逾期未改正。",
        "《攸县生活垃圾分类管理办法》第十五条",
        "罚款8000元",
        "2025-09-24",
        "攸县城市管理和综合执法局",
    ],
]


def yx_csv() -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # Excel's export: CRLF rows, bare LF inside quoted cells
    for row in YX_CSV_ROWS:
        w.writerow(row)
    return buf.getvalue()


def youxian_textarea_page() -> str:
    """The 信息公开 page of the abolished 暂行办法: a metadata table whose 效力状态 says 已废止, the text in a
    read-only <textarea> (as this CMS shows 原文)."""
    meta = f"""<table class="gk-meta" width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><th>索引号</th><td>43022300/2021-00215</td><th>发布机构</th><td>攸县人民政府</td></tr>
<tr><th>文　号</th><td>攸政发〔2021〕15号</td><th>成文日期</th><td>2021-09-06</td></tr>
<tr><th>名　称</th><td colspan="3">{YX21_TITLE}</td></tr>
<tr><th>效力状态</th><td><span class="fz" style="color:#c00">已废止</span></td><th>废止日期</th><td>2025-07-01</td></tr>
</table>"""
    text = "\n".join(line for line in YX21.strip().splitlines())
    return (
        meta
        + '\n<div class="yw-box"><div class="yw-hd">原文</div>\n'
        + '<textarea id="ywText" readonly="readonly" style="width:100%;height:520px;border:0;resize:none;font-size:16px;line-height:30px">'
        + f"{YX21_TITLE}\n\n{text}\n</textarea></div>"
    )


def write_youxian() -> None:
    write(
        f"湖南/攸县/{YX21_TITLE}.html",
        gov_page(
            YX,
            YX21_TITLE,
            "政务公开 » 规范性文件",
            "2021-09-06",
            "攸县人民政府",
            youxian_textarea_page(),
            extra="文号：攸政发〔2021〕15号",
        ),
    )
    write(f"湖南/攸县/{YX25_FILE}", yx25_txt(), encoding="gb18030")
    write(f"湖南/攸县/{YX_CSV}", yx_csv(), encoding="gbk")


# ---------------------------------------------------------------------------------------------------------
# 14-15 大竹县: the 有奖举报办法 in a two-column 公报 PDF, and a 食品安全 举报奖励 细则 whose text is in a hidden
# 展开全文 <div>
# ---------------------------------------------------------------------------------------------------------

DZ_PDF = "大竹县人民政府公报2025年第3期（节选）.pdf"
DZ_FIRST_PAGE = 21  # the 公报's own page numbering
DZ_CONTENTS = [
    "本期目录",
    "【县政府文件】",
    "大竹县人民政府关于印发《大竹县生态环境违法行为有奖举报办法》的通知……………21",
    "【县政府办公室文件】",
    "大竹县人民政府办公室关于公布大竹县2025年第一批“一件事一次办”事项目录的通知……………22",
    "【人事任免】",
    "大竹县人民政府关于刘建军等同志职务任免的通知……………23",
]
DZ_NOTICE = [
    ("h", "大竹县人民政府关于印发《大竹县生态环境违法行为有奖举报办法》的通知"),
    ("c", "竹府规〔2025〕2号"),
    ("p", "各乡镇人民政府、街道办事处，县级各部门："),
    ("p", "现将《大竹县生态环境违法行为有奖举报办法》印发给你们，请认真贯彻执行。"),
    ("r", "大竹县人民政府"),
    ("r", "2025年2月18日"),
    ("h", "大竹县生态环境违法行为有奖举报办法"),
]
DZ_ARTICLES = """
第一条　为鼓励公众参与生态环境保护监督，及时发现和查处生态环境违法行为，根据《中华人民共和国环境保护法》等法律法规，结合本县实际，制定本办法。
第二条　本办法所称举报，是指公民、法人或者其他组织通过12369环保举报热线、“大竹生态环境”微信公众号或者书面等方式，向达州市大竹生态环境局（以下简称县生态环境局）举报本县行政区域内生态环境违法行为。
第三条　下列生态环境违法行为属于奖励范围：（一）无排污许可证排放污染物或者不按照排污许可证排放污染物的；（二）通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据，或者不正常运行污染防治设施等逃避监管的方式排放污染物的；（三）非法倾倒、处置危险废物的；（四）建设项目未依法进行环境影响评价擅自开工建设的；（五）其他严重污染环境的违法行为。
第四条　有下列情形之一的，不予奖励：（一）县生态环境局已经掌握或者正在查处的；（二）负有生态环境监管职责的工作人员及其近亲属举报的；（三）举报内容经查不属实的。
第五条　奖励标准：（一）经查实，责令改正但未作出行政处罚的，每件奖励200元；（二）经查实并作出行政处罚的，按罚款金额的5%给予奖励，最低500元，最高不超过2万元；（三）移送公安机关予以行政拘留的，每件奖励3000元；（四）移送公安机关追究刑事责任的，每件奖励1万元至5万元。
第六条　同一举报人年度累计奖励金额不超过10万元。两人以上先后举报同一违法行为的，奖励最先举报人；联名举报的，按一件举报奖励，奖金由联名举报人协商分配。
第七条　县生态环境局应当自查处结果作出之日起10个工作日内通知举报人领取奖金。举报人应当自接到领奖通知之日起60日内，凭本人身份证领取奖金；委托他人代领的，应当提供委托书和双方身份证。逾期未领取的，视为自动放弃。
第八条　举报人不愿提供真实姓名的，可以凭举报时取得的举报编号和查询密码领取奖金。
第九条　县生态环境局应当为举报人保密，未经举报人同意，不得以任何方式泄露举报人的姓名、身份、联系方式等信息。
第十条　奖励资金列入县级财政预算，专款专用。
第十一条　本办法自2025年3月1日起施行，有效期5年。
"""
DZ_SECOND = [
    ("h", "大竹县人民政府办公室关于公布大竹县2025年第一批“一件事一次办”事项目录的通知"),
    ("c", "竹府办函〔2025〕11号"),
    ("p", "各乡镇人民政府、街道办事处，县级各部门："),
    (
        "p",
        "经县政府同意，现将大竹县2025年第一批“一件事一次办”事项目录公布如下：1.新生儿出生一件事；2.开办小餐馆一件事；3.企业开办一件事；4.二手房转移登记及水电气联动过户一件事；5.退休一件事；6.个体工商户注销一件事。",
    ),
    (
        "p",
        "各牵头部门要于2025年4月30日前完成业务流程再造，实现“一次告知、一表申请、一窗受理、一次办结”。",
    ),
    ("r", "大竹县人民政府办公室"),
    ("r", "2025年3月6日"),
]


def dz_source() -> str:
    """The 公报's text as written: what keys are checked against."""
    parts = [t for _, t in DZ_NOTICE] + [line for line in DZ_ARTICLES.strip().splitlines()]
    return "\n".join(DZ_CONTENTS + parts + [t for _, t in DZ_SECOND])


def write_dazhu_pdf(rel: str) -> None:
    """A 公报 page: a running head and rule, two columns (reportlab Frames) the text flows down and across, the
    公报's page number at the foot."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height = A4
    margin, gap, top, bottom = 52, 18, 70, 60
    col = (width - 2 * margin - gap) / 2
    frames = [
        Frame(margin, bottom, col, height - top - bottom, id="left", leftPadding=0, rightPadding=0),
        Frame(
            margin + col + gap, bottom, col, height - top - bottom, id="right", leftPadding=0, rightPadding=0
        ),
    ]

    def furniture(c: Any, doc: Any) -> None:
        c.saveState()
        c.setFont("STSong-Light", 9)
        c.drawString(margin, height - 46, "大竹县人民政府公报")
        c.drawRightString(width - margin, height - 46, "2025年第3期（总第87期）")
        c.setLineWidth(0.8)
        c.line(margin, height - 52, width - margin, height - 52)
        c.setFont("STSong-Light", 10)
        c.drawCentredString(width / 2, 32, f"— {DZ_FIRST_PAGE + doc.page - 1} —")
        c.restoreState()

    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title="大竹县人民政府公报2025年第3期",
        author="大竹县人民政府办公室",
        pageTemplates=[PageTemplate(id="two", frames=frames, onPage=furniture)],
    )
    body = ParagraphStyle(
        "body", fontName="STSong-Light", fontSize=12, leading=22, firstLineIndent=24, wordWrap="CJK"
    )
    head = ParagraphStyle(
        "head",
        fontName="STSong-Light",
        fontSize=13,
        leading=20,
        alignment=1,
        wordWrap="CJK",
        spaceBefore=6,
        spaceAfter=6,
    )
    centre = ParagraphStyle("centre", parent=body, firstLineIndent=0, alignment=1)
    right = ParagraphStyle("right", parent=body, firstLineIndent=0, alignment=2)
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=15, firstLineIndent=0)
    styles = {"h": head, "c": centre, "p": body, "r": right}
    story: list = [Paragraph(DZ_CONTENTS[0], head)]
    story += [Paragraph(line, small) for line in DZ_CONTENTS[1:]]
    story.append(Spacer(1, 14))
    story += [Paragraph(t, styles[k]) for k, t in DZ_NOTICE]
    story += [Paragraph(line, body) for line in DZ_ARTICLES.strip().splitlines()]
    story.append(Spacer(1, 18))
    story += [Paragraph(t, styles[k]) for k, t in DZ_SECOND]
    doc.build(story)


DZ_FOOD_TITLE = "大竹县食品安全违法行为举报奖励实施细则"
DZ_FOOD_LEAD = "为鼓励社会公众积极举报食品安全违法行为，推进食品安全社会共治，根据《市场监管领域重大违法行为举报奖励暂行办法》和四川省有关规定，大竹县市场监督管理局、大竹县财政局制定了本细则，现予公布。"
DZ_FOOD = """
第一条　本细则适用于公民、法人或者其他组织向大竹县市场监督管理局举报本县行政区域内食品（含食用农产品）生产经营违法行为，经查证属实并作出行政处罚或者移送司法机关的奖励。
第二条　举报渠道：全国12315平台、12315热线、信函，或者到大竹县市场监督管理局（大竹县竹阳街道东湖路）当面举报。
第三条　奖励等级：一级，提供被举报方的详细违法事实及直接证据，举报内容与违法事实完全相符；二级，提供被举报方的违法事实及直接证据，举报内容与违法事实相符；三级，提供被举报方的违法事实线索及部分证据，举报内容与违法事实基本相符。
第四条　有罚没款的，一级按罚没款金额的5%给予奖励，最低3000元；二级按罚没款金额的3%给予奖励，最低1500元；三级按罚没款金额的1%给予奖励，最低500元。
第五条　没有罚没款或者罚没款难以确定的，一级奖励2000元，二级奖励1000元，三级奖励300元。
第六条　单笔奖励最高不超过50万元。举报人为被举报单位内部知情人员的，奖励标准在上述基础上提高一倍计算，单笔奖励最高不超过100万元。
第七条　举报人不提供真实身份信息、无法核实身份的，不予奖励。
第八条　举报人应当自接到领奖通知之日起90日内领取奖金；逾期未领取的，视为放弃。
第九条　本细则自2025年5月1日起施行。
大竹县市场监督管理局　大竹县财政局
2025年4月22日
"""


def dazhu_food_body() -> str:
    return f"""<div class="summary"><p>{DZ_FOOD_LEAD}</p></div>
<div class="content-more" id="moreCon" style="display:none">
{paras(DZ_FOOD)}
</div>
<div class="zkqw" id="zkBtn"><a href="javascript:;" onclick="document.getElementById('moreCon').style.display='block';this.parentNode.style.display='none';">展开全文 ∨</a></div>"""


def write_dazhu() -> None:
    write_dazhu_pdf(f"四川/大竹县/{DZ_PDF}")
    write(
        f"四川/大竹县/{DZ_FOOD_TITLE}.html",
        gov_page(
            DZ,
            DZ_FOOD_TITLE,
            "政务公开 » 部门文件",
            "2025-04-22",
            "大竹县市场监督管理局",
            dazhu_food_body(),
            extra="文号：竹市监发〔2025〕14号",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 16-17 台山市: a 个体工商户 问答 on the 侨乡 portal's 繁體 version (Hong Kong script), and the 线下无理由退货 名单
# whose bytes are UTF-8 while its <meta> says gb2312
# ---------------------------------------------------------------------------------------------------------

TS_QA_TITLE = "台山市个体工商户登记注册与注销常见问题解答"
TS_QA = """
为方便广大乡亲和经营者办理个体工商户登记注册和注销，台山市市场监督管理局整理了群众关心的常见问题，解答如下：
一、问：办理个体工商户登记需要多长时间？
答：申请材料齐全、符合法定形式的，即时办结，当场发放营业执照。通过“粤商通”APP或者广东政务服务网申请的，一般在4小时内完成审核，审核通过后即可下载电子营业执照。
二、问：需要准备哪些材料？
答：经营者本人身份证件和经营场所信息。经营场所使用证明可以用《住所（经营场所）信息申报承诺书》代替；个体工商户名称可以自主申报。
三、问：可以用自己的住宅作为经营场所吗？
答：可以。将住宅改变为经营性用房的，应当提交《住所（经营场所）信息申报承诺书》，承诺已经征得有利害关系的业主同意。但是，住宅不得用于从事餐饮服务、歌舞娱乐、生产加工以及危险化学品经营等活动。
四、问：港澳居民可以在台山申请个体工商户吗？
答：可以。香港特别行政区、澳门特别行政区永久性居民中的中国公民，可以在台山市申请登记为个体工商户，无需办理外商投资备案，与内地居民同等办理。
五、问：开网店可以办个体工商户吗？
答：可以。从事网络经营的，可以将网络经营场所作为经营场所办理登记。
六、问：个体工商户不想经营了，怎么注销？
答：未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清算费用、职工工资、社会保险费用、法定补偿金和应缴纳税款，并且不存在不适用简易注销情形的，可以申请简易注销。个体工商户简易注销无需公示，资料齐全的1个工作日内办结。2025年上半年，全市共办理个体工商户简易注销1386户。
七、问：个体工商户可以直接变更为公司吗？
答：可以办理“个转企”，保留原字号和经营许可，原营业执照注销与新公司设立一并办理。对完成“个转企”的经营者，我市给予一次性奖励3000元。
八、问：到哪里办理？
答：台山市政务服务中心一楼市场监管专区8号至12号窗口（台山市台城街道桥湖路1号）。咨询电话：0750-5528123。
"""

TS_SHOP_TITLE = "台山市线下实体店无理由退货承诺单位名单（第三批）"
TS_SHOP_HEAD = """
为进一步优化消费环境，推动线下实体店无理由退货工作提质扩面，经经营者自愿申请、镇（街）市场监管所审核，现将第三批线下无理由退货承诺单位名单予以公布。至此，全市线下无理由退货承诺单位累计达到186家。
一、退货规则
（一）承诺单位对消费者购买的商品，自交付之日起在承诺期限内（不少于7日）可以无理由退货，具体期限以各单位承诺为准。
（二）退货商品应当完好，不影响二次销售，消费者凭购物凭证办理。
（三）下列商品不适用无理由退货：鲜活易腐商品；消费者定作的商品；已拆封的音像制品、计算机软件；食品、药品、化妆品；贴身衣物；黄金珠宝饰品。
（四）承诺单位与消费者另有约定的，从其约定，但不得低于上述标准。
二、第三批承诺单位名单
"""
TS_SHOPS = [
    ["序号", "单位名称", "经营地址", "经营类别", "承诺退货期限"],
    ["1", "台山市华侨商厦有限公司", "台城街道环市中路", "百货", "15日"],
    ["2", "台山市金桥家电城", "台城街道桥湖路", "家用电器", "7日"],
    ["3", "台山市新宁体育用品店", "台城街道通济路", "体育用品", "7日"],
    ["4", "台山市鹏程服装店", "台城街道西宁市路", "服装", "15日"],
    ["5", "台山市侨都眼镜有限公司", "台城街道环北大道", "眼镜", "7日"],
    ["6", "台山市海宴镇诚信家具店", "海宴镇海宴大道", "家具", "10日"],
    ["7", "台山市广海镇鸿运五金店", "广海镇广海大道", "五金", "7日"],
    ["8", "台山市四九镇丰泰母婴用品店", "四九镇四九圩", "母婴用品", "7日"],
]
TS_SHOP_TAIL = """
三、消费者在承诺单位购物遇到退货纠纷的，可以拨打12315或者向所在地市场监管所投诉。
台山市市场监督管理局
2025年6月20日
"""


def write_taishan() -> None:
    page = gov_page(
        TS,
        TS_QA_TITLE,
        "政务公开 » 政策解读",
        "2025-07-21",
        "台山市市场监督管理局",
        paras(TS_QA),
    )
    page = page.replace("<a>简</a>/<a>繁</a>", "<a>简</a>/<b>繁</b>")
    page = _S2HK.convert(page)  # the portal's 繁體 version (Hong Kong standard), furniture and all
    write(f"广东/台山市/{_S2HK.convert(TS_QA_TITLE)}.html", page)
    body = (
        paras(TS_SHOP_HEAD)
        + "\n"
        + table(TS_SHOPS, 'class="list-table" border="1" cellspacing="0" cellpadding="5" width="100%"')
        + "\n"
        + paras(TS_SHOP_TAIL)
    )
    page = gov_page(
        TS,
        TS_SHOP_TITLE,
        "政务公开 » 通知公告",
        "2025-06-20",
        "台山市市场监督管理局",
        body,
        charset="gb2312",  # the template's; the bytes are UTF-8
    )
    write(f"广东/台山市/{TS_SHOP_TITLE}.html", page, encoding="utf-8")


def taishan_qa_text() -> str:
    return _S2HK.convert(TS_QA)


# ---------------------------------------------------------------------------------------------------------
# 18-20 长兴县: the 排污登记 guide (key-value rows) also named 办事指南.html, an 环评 告知承诺制 政策解读 whose body is
# numeric character references, and a 县长信箱 reply on 施工噪声
# ---------------------------------------------------------------------------------------------------------

CX_GUIDE = """
项目|内容
事项名称|固定污染源排污登记（首次登记、变更登记、延续登记、注销登记）
实施机关|湖州市生态环境局长兴分局
适用对象|纳入《固定污染源排污许可分类管理名录》实行排污登记管理的排污单位，即污染物产生量、排放量和对环境的影响程度很小的排污单位
办理方式|排污单位登录全国排污许可证管理信息平台自行填报排污登记表，提交后即时生成登记编号和登记回执，无需审批
办理时限|即时办结
登记有效期|排污登记有效期为5年
变更登记|登记信息发生变动的，应当自变动之日起20日内进行变更登记
延续登记|有效期届满后继续生产运营的，应当于有效期届满前20日内进行延续登记
注销登记|排污单位因关闭等原因不再排放污染物的，应当在全国排污许可证管理信息平台注销排污登记
帮办服务|长兴县行政服务中心三楼C28“环保管家”窗口提供免费帮办；小微企业首次登记可以电话预约上门帮办，预约后2个工作日内上门
收费标准|不收费
咨询电话|0572-6023369
"""

CX_QA_TITLE = "长兴县环评审批告知承诺制改革政策解读"
CX_QA = """
为深化“放管服”改革，湖州市生态环境局长兴分局在全县推行建设项目环境影响评价审批告知承诺制。现将有关政策解读如下：
一、什么是环评审批告知承诺制？
对符合条件的建设项目，建设单位作出书面承诺、按要求提交环境影响报告表等材料的，生态环境部门不再组织技术评估，直接作出审批决定。
二、哪些项目可以适用？
编制环境影响报告表、属于《长兴县环评审批告知承诺制适用行业名录》的建设项目，主要包括通用设备制造、汽车零部件及配件制造、电子元件制造、服装制造、木制家具制造、仓储物流等行业。
三、哪些项目不适用？
编制环境影响报告书的项目；涉及铅蓄电池、电镀、化工、印染、制革等重污染行业的项目；位于生态保护红线、饮用水水源保护区内的项目，不适用告知承诺制。
四、审批要多长时间？
适用告知承诺制的，材料齐全、符合法定形式的，受理当日作出审批决定。未适用告知承诺制的报告表项目，承诺审批时限为5个工作日；报告书项目承诺审批时限为15个工作日。
五、审批后还要核查吗？
要。县生态环境分局在作出审批决定之日起3个月内，对项目承诺履行情况开展核查。
六、承诺不实怎么办？
经核查发现建设单位承诺内容与实际不符的，依法撤销审批决定，记入企业环境信用记录，2年内不得再适用告知承诺制。
七、改革成效如何？
2024年，全县共有112个建设项目通过告知承诺方式完成环评审批，审批时间由平均15个工作日压缩至1天。
八、在哪里办理？
在浙江政务服务网或者“浙里办”APP在线申请，或者到长兴县行政服务中心三楼生态环境窗口办理。咨询电话：0572-6023120。
"""


def ncr(html: str) -> str:
    """Every non-ASCII character as a decimal numeric character reference, as an old JSP site writes its pages."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in html)


CX_LETTER = """
我家住长兴县雉城街道金陵北路附近一个小区，小区北边有个工地，这两个星期几乎每天晚上都在施工，浇混凝土、打桩，经常干到凌晨1点多。我用手机分贝软件测过，卧室里都有75分贝。
我家孩子6月份要参加中考，天天晚上没法复习，老人也睡不好。我已经打过2次12345，工地停了两天又接着干。
想问一下：工地半夜施工到底合不合法？归哪个部门管？中考期间能不能不让它夜里施工？
"""
CX_REPLY = """
您好！收到您的来信后，我分局会同县住房和城乡建设局于5月21日晚对该工地进行了现场检查，现答复如下：
一、关于夜间施工。在噪声敏感建筑物集中区域，禁止在22时至次日6时进行产生噪声的建筑施工作业；因抢修、抢险或者混凝土浇筑等生产工艺要求必须连续施工的，应当取得县住房和城乡建设局出具的夜间施工证明，并提前3日在施工现场显著位置公告附近居民。
二、关于查处情况。经查，该工地仅取得5月8日至5月10日混凝土浇筑的夜间施工证明，此后的夜间施工均未取得证明。我分局已责令其立即停止夜间违规施工，并依据《中华人民共和国噪声污染防治法》第七十七条对施工单位处以罚款2万元。
三、关于中考期间。根据县相关通告，2025年6月13日至6月18日，全县中考考点周边500米范围内禁止夜间施工，白天也不得进行打桩等高噪声作业。
四、关于投诉渠道。建筑施工噪声可以拨打12345或者12369投诉，夜间施工噪声投诉执法人员原则上1小时内到场；广场舞、娱乐场所等社会生活噪声扰民的，可以拨打110报警，由公安机关处理。
感谢您对我县噪声污染防治工作的支持！
"""


def write_changxing() -> None:
    write(
        "浙江/长兴县/办事指南.html",
        gov_page(
            CX,
            "固定污染源排污登记办事指南",
            "政务服务 » 办事指南 » 生态环境",
            "2025-01-09",
            "湖州市生态环境局长兴分局",
            '<div class="bszn">' + kv_rows(CX_GUIDE) + "</div>",
        ),
    )
    body = ncr(f'<p style="text-align:center"><b>{CX_QA_TITLE}</b></p>\n' + paras(CX_QA))
    write(
        f"浙江/长兴县/{CX_QA_TITLE}.html",
        gov_page(CX, CX_QA_TITLE, "政务公开 » 政策解读", "2025-03-27", "湖州市生态环境局长兴分局", body),
    )
    t = "小区旁边工地天天半夜施工，吵得孩子没法复习中考"
    write(
        f"浙江/长兴县/县长信箱：{t}.html",
        letter_page(
            CX,
            "县长信箱",
            t,
            [
                ("信件标题", t),
                ("写信人", "沈**"),
                ("写信时间", "2025-05-20"),
                ("受理编号", "CXXZ202505200061"),
            ],
            CX_LETTER,
            "湖州市生态环境局长兴分局",
            "2025-05-23",
            CX_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 21-25 news roundups, each naming a region that has only planned a measure and one named in passing;
# 26 an exact duplicate of a roundup and 27 an empty file in 下载/
# ---------------------------------------------------------------------------------------------------------

N1_TITLE = "告知承诺当场发证 小店登记即来即办 多地优化市场准入服务"
N1 = news(
    "中国市场监管新闻网",
    "www.cmrnn.com.cn",
    N1_TITLE,
    "2025-07-24 08:40　来源：中国市场监管报　记者：孙悦",
    paras("""
办许可“当场拿证”、开小店“即来即办”、不经营了“一天注销”……多地市场监管部门持续优化市场准入和退出服务。
江苏南通如皋市全面推行食品经营许可告知承诺制，申请人书面承诺、材料齐全的当场发证，截至今年6月底已通过告知承诺方式发放食品经营许可证1268张。同在南通的海安市也已全面推行食品经营许可告知承诺制，按一般程序办理的许可承诺时限压缩至4个工作日。
山东滨州邹平市小餐饮登记证实行即办，材料齐全、经营者书面承诺的当场发证，不收取任何费用；滨州博兴县今年已发放小餐饮登记证430余张。
广东江门台山市个体工商户简易注销无需公示，资料齐全的1个工作日内办结；同在江门的鹤山市个体工商户简易注销也实现“一网通办”，今年上半年办理简易注销900余户。
江苏启东市市场监管局有关负责人表示，启东拟于今年下半年推行食品经营许可告知承诺制。
来自江苏盐城阜宁县的王先生今年在如皋开了一家面馆，“上午交材料，中午就拿到了许可证”。
"""),
    "京ICP备05038822号",
    ["市场监管总局：深化食品经营许可改革", "个体工商户分型分类精准帮扶提升发展质量"],
    "市场准入",
)

N2_TITLE = "预付卡可退 线下也能无理由退货 多地织密消费维权“保护网”"
N2 = news(
    "中国消费者报网",
    "www.ccn.com.cn",
    N2_TITLE,
    "2025-08-08 10:05　来源：中国消费者报　作者：刘晓",
    paras("""
办了卡的店说关就关、线下买的东西不能退、举报违法线索没动力……针对消费者的烦心事，多地出台实招。
江苏南通如皋市对单用途商业预付卡设置“冷静期”，消费者自购卡之日起7日内未消费的，可以无理由申请全额退卡，经营者应当在3个工作日内退款。同在南通的如东县今年也对健身、美容美发行业的预付卡推行7日“冷静期”。
广东江门台山市线下无理由退货承诺单位已累计达到186家，承诺退货期限不少于7日；江门恩平市线下无理由退货承诺单位也已发展到95家。
四川达州大竹县出台食品安全违法行为举报奖励实施细则，举报人为内部知情人员的，单笔奖励最高可达100万元；同在达州的宣汉县今年已兑现食品安全举报奖励4.6万元。
广东阳江阳春市市场监管局表示，阳春计划年内推行线下无理由退货。
来自四川内江隆昌市的小刘在大竹打工，今年在一家超市买到过期牛奶，通过12315投诉后拿到了赔偿。
"""),
    "京ICP备05066219号",
    ["中消协：预付式消费投诉居高不下", "放心消费创建工作推进会召开"],
    "消费维权",
)

N3_TITLE = "老旧柴油货车淘汰有补贴 秸秆离田有奖补 多地打好蓝天保卫战"
N3 = news(
    "中国环境网",
    "www.cenews.com.cn",
    N3_TITLE,
    "2025-08-29 09:12　来源：中国环境报　记者：王健",
    paras("""
淘汰老旧柴油货车给补贴、秸秆离田利用有奖补，多地多措并举打好蓝天保卫战。
河南平顶山汝州市今年提高老旧柴油货车提前淘汰补贴标准，国三及以下排放标准重型货车每辆补贴35000元，营运车辆每辆再增加3000元；同在平顶山的郏县也对提前淘汰国三及以下排放标准柴油货车给予补贴，今年已淘汰230辆。
安徽滁州明光市对秸秆收储主体打捆离田的小麦秸秆每亩补助25元、水稻秸秆每亩补助30元，卫星遥感发现火点的每个扣减乡镇奖补资金5万元；滁州来安县对秸秆离田每亩补助20元，今年夏季离田秸秆12万亩。
河南平顶山宝丰县生态环境分局表示，宝丰拟出台老旧柴油货车提前淘汰补贴政策。
家在安徽凤阳县的货车司机老许常年在汝州跑运输，今年把开了12年的国三重型货车报废后领到了补贴。
"""),
    "京ICP备05051703号",
    ["生态环境部：持续推进柴油货车污染治理", "秸秆综合利用率稳定在88%以上"],
    "大气环境",
)

N4_TITLE = "垃圾分类有奖有罚 老旧电梯“体检”有补助 多地提升城市精细化管理水平"
N4 = news(
    "人民网",
    "local.people.com.cn",
    N4_TITLE,
    "2025-09-05 07:30　来源：人民网－地方频道　作者：杨帆",
    paras("""
垃圾分类有奖有罚、老旧电梯“体检”有补助……多地在城市精细化管理上下绣花功夫。
湖南株洲攸县新的生活垃圾分类管理办法7月1日起施行，个人未按规定分类投放、拒不改正的，处50元以上200元以下罚款，收运单位混装混运的按每车次1000元罚款；同在株洲的茶陵县也已施行生活垃圾分类管理办法，对单位未按规定分类投放、拒不改正的最高罚款5万元。
山东滨州邹平市对使用满15年的住宅电梯开展安全评估，每台补助评估费用3000元，需要改造更新的按实际费用的30%补助；滨州无棣县今年已为82台老旧住宅电梯完成安全评估，评估费用由县财政全额承担。
湖南株洲炎陵县城管局表示，炎陵计划明年出台生活垃圾分类管理办法。
在攸县做社区垃圾分类督导员的小谭来自湖南郴州安仁县，她说：“现在大家都养成了习惯，‘混投’的越来越少了。”
"""),
    "京ICP备05048392号",
    ["住建部：推进生活垃圾分类提质增效", "市场监管总局部署电梯安全筑底行动"],
    "地方",
)

N5_TITLE = "有奖举报调动全民监督 环评审批当日办结 多地深化生态环境领域改革"
N5 = news(
    "四川新闻网",
    "www.newssc.org",
    N5_TITLE,
    "2025-09-18 16:45　来源：四川新闻网　记者：何静",
    paras("""
鼓励群众举报生态环境违法行为、环评审批“先承诺后核查”……多地深化生态环境领域改革。
四川达州大竹县3月1日起施行生态环境违法行为有奖举报办法，作出行政处罚的按罚款金额的5%奖励，最高2万元，移送追究刑事责任的每件奖励1万元至5万元；达州渠县今年已发放生态环境违法行为举报奖励2.8万元。
浙江湖州长兴县推行环评审批告知承诺制，2024年全县112个项目通过告知承诺方式完成审批；湖州安吉县也对编制环境影响报告表的项目实行告知承诺审批，今年已审批项目46个。
四川广安邻水县生态环境局表示，邻水拟于明年出台生态环境违法行为有奖举报办法。
四川绵阳盐亭县的环保志愿者老何认为，有奖举报能调动群众参与环境监督的积极性。
"""),
    "蜀ICP备05003318号",
    ["四川开展生态环境执法大练兵", "环评与排污许可“两证合一”改革试点推进"],
    "生态环境",
)


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    write(f"下载/{N3_TITLE}.html", N3)  # the same page saved twice: an exact duplicate
    write("下载/新建 文本文档 (2).txt", "")  # an empty file


def main() -> None:
    write_rugao()
    write_zouping()
    write_ruzhou()
    write_mingguang()
    write_youxian()
    write_dazhu()
    write_taishan()
    write_changxing()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
