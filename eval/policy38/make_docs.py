"""Writes eval/policy38/docs: a thirty-ninth probe collection (33 files), 网格化管理与专职网格员、野生动物致害
补偿、校园足球与青少年体育 — what farmers whose maize a herd of 野猪 rooted up, shepherds whose sheep a wolf
took, community 网格员 counting their monthly 绩效, village group leaders doubling as 兼职网格员, school heads
whose team came second in the prefecture's league and parents running a 搏克 club ask (野生动物致害 补偿 per
亩 and 损失率, 人身伤害 补偿, 申报 时限, 核查 and 公示, 不予补偿 情形, 电子围栏 补助, 政府救助责任保险 and its
免赔额, 报案 and 理赔 流程; 专职网格员 报酬, 绩效奖励 by 考核等次, 兼职网格员 补贴, 交通补贴, 事件上报 时限,
十佳网格员; 校园足球特色学校 奖补 and 差额补足, 运转经费, 教练员 课时补贴, 赛事奖励, 联赛 规程, 邀请赛 报名;
青少年体育俱乐部 认定 奖励 and 公益培训 补贴) of eight new regions in eight provinces of the north, north-east
and north-west (铁力市, 舟曲县, 青龙满族自治县, 宽甸满族自治县, 门源回族自治县, 洪洞县, 霍城县, 四子王旗). Run
once (``python -m eval.policy38.make_docs``); the files are committed as data, and a second run writes the
same bytes (every zip entry carries a fixed time, the .docx, .vsdx fixed core dates, the PDF no creation date
or id, the .xmind, .mm, .tmx fixed ids and dates).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of four news roundups that names a second region having done it (嘉荫县, 南岔县,
卢龙县, 山海关区, 迭部县, 玛曲县, 东港市, 振兴区, 祁连县, 霍州市, 伊宁县, 昭苏县, 卓资县, and 襄汾县, 丰镇市
whom no question asks); the roundups also name regions that have only planned a measure (伊美区, 抚宁区, 卓尼
县, 振安区, 海晏县, 侯马市, 察布查尔锡伯自治县, 化德县), regions named only in passing (金林区, 昌黎县, 临潭
县, 元宝区, 曲沃县, 巩留县, 集宁区) and regions whose measure is only similar to the one asked (丰林县 补偿
only crops, 汤旺县护农队 not 电子围栏, 北戴河区 警示牌 not 狩猎队, 碌曲县 养殖保险 not 致害保险, 刚察县 摩托车
not 交通补贴, 新源县篮球 not 足球, 商都县 场地 not 奖励).

The documents: a 铁力市 陆生野生动物致害补偿办法 beside its 征求意见稿 with other figures (25万元, 每天100元,
玉米700元, 大豆500元, 最高2万元, 5日内, 2026年4月1日, a 蜂箱 article of 300元 per box the final text dropped,
no 公众责任保险) and a second copy of the final page as Windows Explorer names a copy (“ - 副本”), the 林草局
野保科's mind map (FreeMind .mm) and a 12345 reply (5040元); a 舟曲县 野生动物致害政府救助责任保险实施方案
(.docx, its 赔偿标准 three tables with the units only in the header row), the 理赔流程图 (Visio .vsdx), its 政
策解读 (问答, a file named like 四子王旗's) and a 领导留言板 reply (6000元); a 青龙满族自治县 野猪危害综合防控
和损失补偿工作方案 (a hard-wrapped three-page PDF whose wrap cuts 每亩补偿5 | 00元), the 办事指南 (key-value
fields) and a 12345 reply (2400元); a 宽甸满族自治县 网格化服务管理办法 (GBK), the 专职网格员月度考核细则
(XMind .xmind) and a 12345 reply (2600元); a 门源回族自治县 专职网格员队伍建设管理办法, the 12345 hot line's
chatbot knowledge file (.yaml) and a 12345 reply (39000元); a 洪洞县 城乡网格化服务管理工作实施细则 on the
county's 繁體 site (OpenCC s2tw, zh-TW), the 网格事件分级上报标准 (.txt, GB18030, CRLF, a space-aligned table)
and a 12345 reply (8000元); a 霍城县 校园足球特色学校和青少年足球发展奖补办法, the “薰衣草杯” 邀请赛 竞赛通
知's translation memory (.tmx), the 春季联赛 竞赛规程 (.txt, UTF-16 LE with a byte-order mark, CRLF) and a 县
长信箱 reply (3.5万元); a 四子王旗 青少年体育俱乐部扶持奖励办法, its 政策解读 (问答), its 附件1 申请表 that
came down empty (.docx, 0 bytes) and a 12345 reply (8.2万元).

New kinds of file none of eval/policy .. eval/policy37 had:
- an XMind mind map (.xmind) as XMind (2020 and on) saves one: a zip of content.json (a list of sheets, each a
  rootTopic whose children.attached hold topics with title, notes.plain / notes.realHTML, labels and markers),
  metadata.json, manifest.json, the content.xml warning that older versions show instead, and a thumbnail; the
  考核等次 in a topic's title and its 绩效 in the topic's label (合格（80—89分） | 绩效奖励400元), the
  dismissal rule in a note (宽甸 考核细则: 绩效奖励400元 and 连续3个月不合格 only there);
- a FreeMind mind map (.mm): <map version="1.0.1">, nested <node> elements with CREATED / ID / MODIFIED /
  TEXT, FreeMind's numeric references for every non-ASCII character in some TEXT attributes, some nodes' text
  a <richcontent TYPE="NODE"> HTML body instead of TEXT, a NOTE richcontent; the 电子围栏 补助 written all in
  references so not in the bytes (铁力 政策要点: 每延长米15元 and 0458-8163729 only there);
- a Visio drawing (.vsdx): [Content_Types].xml, _rels, docProps, visio/document.xml, masters, windows,
  visio/pages/pages.xml and page1.xml whose <Shape> elements hold <Text> with <cp IX=".."/> / <pp IX=".."/>
  markers, a character-format change cutting the phone number (0941- | 5121367), connectors in <Connects>
  (舟曲 理赔流程图: 2个工作日内, 村务公开栏公示3天 and 0941-5121367 only there);
- a chatbot FAQ knowledge file (.yaml): a list of {question, answer, tags}, a folded scalar (>) whose line
  fold falls inside a sentence, a literal block (|), a double-quoted entry with a \\n escape, and two entries
  the old system exported with PyYAML's \\uXXXX escapes and backslash-continued lines (门源 12345 知识库: 网格
  公示牌, 0970-8616110, 严格保密 and 随手拍 only there; 严格保密 not in the bytes);
- a translation memory (.tmx, TMX 1.4) as SDL Trados exports one: a header (creationtool, srclang, o-tmf,
  adminlang), per segment a <tu> with tuid, dates and a context prop, a zh-CN and an en-US <tuv>, inline
  <bpt> / <ept> (a bold run, its markup escaped) and <ph> (a tab) cutting a date and a phone number (霍城 邀请
  赛: 2026年6月20日, 0999-3028816 and 不超过18人 only there).

Also: a 征求意见稿 beside its final text; a duplicate; an empty file; two files of one name (政策解读.html) in
two folders; a .docx with tables; a GBK page; a GB18030 .txt; a UTF-16 .txt; a page in traditional script on
the county's own 繁體 site (洪洞: 每月發放補貼500元, 保額50萬元 and 每人獎勵2000元 only there); a hard-wrapped
PDF; a 办事指南 of key-value fields; 打印 / 纠错 bars and share buttons, 相关链接 lists and footers on every
page; eight replies (12345 ×6, 领导留言板, 县长信箱) each reckoning one asker's case to a figure only the
reply holds."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import re
import shutil
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

import opencc
import yaml
from reportlab import rl_config

from eval import policy_make as make

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2027, 12, 3, 0, 0, 0)
WHEN = "2026-03-18T08:40:00Z"
_S2TW = opencc.OpenCC("s2tw")
L, R = "\u3014", "\u3015"  # the brackets of document numbers
MINUS = "\u2212"

OUT = make.Collection(DOCS)
write, write_bytes = OUT.write, OUT.write_bytes


def J(text: str) -> list[str]:
    """Paragraphs from wrapped source text: a blank line ends a paragraph, its lines are joined."""
    return ["".join(ln.strip() for ln in p.splitlines()) for p in re.split(r"\n\s*\n", text.strip())]


def P(text: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in J(text))


def package(parts: list[tuple[str, str | bytes]]) -> bytes:
    """A zip package of ``parts`` in the order given, deflated, ``STAMP`` on every entry."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts:
            data = body.encode("utf-8") if isinstance(body, str) else body
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def uid(*parts: str) -> str:
    """A fixed id (the same every run) in the form of a UUID."""
    h = hashlib.md5("/".join(parts).encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def tiny_png(rgb: bytes) -> bytes:
    """A 16×8 PNG of bars in ``rgb`` on white, written by hand: the same bytes every run."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(
        b"\x00" + b"".join(rgb if x % 4 != 3 and y >= 6 - x // 3 else b"\xff\xff\xff" for x in range(16))
        for y in range(8)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------------------------------------
# the county portals (one CMS, its own furniture) and their 互动交流 boards
# ---------------------------------------------------------------------------------------------------------


class Site:
    def __init__(self, name: str, short: str, icp: str, code: str, police: str, tel: str) -> None:
        self.name, self.short, self.icp, self.code, self.police, self.tel = (
            name,
            short,
            icp,
            code,
            police,
            tel,
        )


TL = Site(
    "铁力市人民政府", "铁力", "黑ICP备05003726号", "2307810001", "黑公网安备 23078102000116号", "0458-8162001"
)
ZQ = Site(
    "舟曲县人民政府", "舟曲", "陇ICP备07001853号", "6230230002", "甘公网安备 62302302000027号", "0941-5122101"
)
QL = Site(
    "青龙满族自治县人民政府",
    "青龙",
    "冀ICP备06018822号",
    "1303210003",
    "冀公网安备 13032102000204号",
    "0335-7812001",
)
KD = Site(
    "宽甸满族自治县人民政府",
    "宽甸",
    "辽ICP备05011947号",
    "2106240001",
    "辽公网安备 21062402000088号",
    "0415-5122001",
)
MY = Site(
    "门源回族自治县人民政府",
    "门源",
    "青ICP备06000712号",
    "6322210001",
    "青公网安备 63222102000031号",
    "0970-8612001",
)
HD = Site(
    "洪洞县人民政府", "洪洞", "晋ICP备05004268号", "1410240004", "晋公网安备 14102402000159号", "0357-6222001"
)
HC = Site(
    "霍城县人民政府", "霍城", "新ICP备06002317号", "6540230002", "新公网安备 65402302000042号", "0999-3022001"
)
SZ = Site(
    "四子王旗人民政府",
    "四子王旗",
    "蒙ICP备07003390号",
    "1509290001",
    "蒙公网安备 15092902000075号",
    "0474-5202001",
)

RELATED = {
    "default": ["中国政府网", "国务院客户端", "政务服务“好差评”", "12345政务服务便民热线"],
}


def page(site: Site, title: str, crumb: str, meta: str, body: str, related: list[str] | None = None) -> str:
    """A county portal's article page (a TRS-style CMS): top bar, search, menu, the 当前位置 breadcrumb, the
    article with its info line and 字号 switch, share / 纠错 / 打印 bar, QR hint, 相关链接 and the footer."""
    links = "".join(f'<li><a href="#">{r}</a></li>' for r in (related or RELATED["default"]))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_{site.name}</title>
<meta name="SiteName" content="{site.name}" />
<meta name="ColumnName" content="{crumb.split(" &gt;&gt; ")[-1]}" />
<link rel="stylesheet" type="text/css" href="/images/style.css" />
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">function doZoom(size){{document.getElementById('zoom')\
.style.fontSize=size+'px';}}</script>
</head>
<body>
<div id="top"><div class="wrap"><span class="today">今天是：\
<script>document.write(new Date().toLocaleDateString());</script></span>\
<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">简体版</a> | <a href="#">繁体版</a> | \
<a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">手机版</a></div></div>
<div id="head"><div class="logo">{site.name}</div><form class="sousuo" action="/search"><input name="q" \
value="请输入关键词" /><button type="submit">搜索</button></form></div>
<div id="menu"><a href="#">首页</a><a href="#">走进{site.short}</a><a href="#">政务公开</a>\
<a href="#">政务服务</a>\
<a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="position">当前位置：<a href="#">首页</a> &gt;&gt; {crumb} &gt;&gt; 正文</div>
<div class="detail">
<h1 class="bt">{title}</h1>
<div class="sub">{meta}　浏览次数：<span id="hits">1379</span>\
　【字号：<a href="javascript:doZoom(18)">大</a> \
<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="TRS_Editor" id="zoom">
{body}
</div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">新浪微博</a><a class="qq">QQ空间</a>　\
<a href="#">【我要纠错】</a>　<a href="javascript:window.print()">【打印本页】</a>　\
<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="ewm"><img src="/images/ewm.png" alt="" />扫一扫在手机打开当前页</div>
</div>
<div class="xglj"><h3>相关链接</h3><ul>{links}</ul></div>
<div id="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | \
<a href="#">隐私保护</a></p><p>主办单位：{site.name}办公室　承办单位：{site.short}县融媒体中心</p>
<p>{site.icp}　{site.police}　网站标识码：{site.code}</p><p>政府办公室电话：{site.tel}（工作日）</p></div>
</body>
</html>
"""


def portal(
    site: Site, title: str, crumb: str, date: str, source: str, body: str, number: str = "", **kw: object
) -> str:
    meta = f"发布时间：{date}　来源：{source}" + (f"　文号：{number}" if number else "")
    return page(site, title, crumb, meta, body, **kw)  # type: ignore[arg-type]


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
) -> str:
    """A message and its reply on the portal's 互动交流 board: the message's fields in a definition list."""
    body = f"""<div class="lyxq">
<dl class="xx"><dt>留言编号：</dt><dd>{number}</dd><dt>留言标题：</dt><dd>{title}</dd>
<dt>留言人：</dt><dd>{who}</dd><dt>留言时间：</dt><dd>{asked}</dd><dt>办理状态：</dt><dd>已回复</dd></dl>
<div class="lynr"><h4>留言内容</h4>
{P(text)}
</div>
<div class="hfnr"><h4>回复内容</h4><p class="hfdw">回复单位：{unit}　回复时间：{replied}</p>
{P(reply)}
</div>
<div class="pj">满意度评价：<span>★★★★★</span> 非常满意（已评价）</div>
</div>"""
    return portal(site, title, f"互动交流 &gt;&gt; {board}", replied, board, body)


def gbk_page(html: str) -> str:
    return html.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=gbk"')


def cn(n: int) -> str:
    """一 … 九十九, as articles are numbered."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def articles(items: list[str]) -> str:
    """第一条 … as paragraphs (the empty items dropped)."""
    kept = [a for a in items if a]
    return "\n\n".join(f"第{cn(i)}条　{a}" for i, a in enumerate(kept, 1))


# ---------------------------------------------------------------------------------------------------------
# 1-5 铁力市: the 陆生野生动物致害补偿办法 beside its 征求意见稿 (and a copy of it), the 野保科's FreeMind map
# (.mm), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

TL_TITLE = "铁力市陆生野生动物致害补偿办法"
TL_DRAFT_TITLE = f"关于公开征求《{TL_TITLE}（征求意见稿）》意见的公告"
# 每亩补偿标准 of the final text and of the draft
TL_CROPS = {"玉米": (800, 700), "大豆": (600, 500)}


def tl_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return articles(
        [
            "为保护陆生野生动物，依法对陆生野生动物造成的人身伤害和财产损失给予补偿，维护群众合法权益，"
            "根据《中华人民共和国"
            "野生动物保护法》《黑龙江省野生动物致害补偿办法》等规定，结合本市实际，制定本办法。",
            "本办法所称陆生野生动物，是指国家和省重点保护的陆生野生动物，以及有重要生态、科学、"
            "社会价值的陆生野生动物，主要"
            "包括野猪、黑熊、狍子、马鹿等。",
            "市林业和草原局负责全市陆生野生动物致害补偿的组织实施；乡镇人民政府负责受理申报，"
            "会同市林业和草原局组织现场核查；"
            "市财政局负责补偿资金的保障和拨付。",
            "陆生野生动物造成人身伤害的，按下列标准给予补偿：（一）致人死亡的，一次性补偿"
            f"{f('30万元', '25万元')}；（二）致人伤残的，按伤残等级给予补偿，一级伤残20万元，"
            "每降低一级减少2万元；（三）致人受"
            "伤的，补偿医疗费中经基本医疗保险、大病保险报销后由个人负担的部分，并按每天"
            f"{f('150元', '100元')}给予误工补偿，误工补偿最长不超过60天。",
            "陆生野生动物造成农作物损失的，补偿金额按“损失面积×每亩补偿标准×损失率”计算。每亩补偿标准为：玉米"
            f"{f('800元', '700元')}，大豆{f('600元', '500元')}，水稻1000元，蔬菜、中药材1500元。"
            "损失率不足10%的不予补偿。每户每年"
            f"农作物损失补偿最高{f('3万元', '2万元')}。",
            "陆生野生动物造成家畜家禽损失的，按下列标准给予补偿：牛每头5000元，马每匹4000元，猪每头800元，"
            "羊每只600元，家禽每"
            "只30元。",
            "黑熊等陆生野生动物损毁蜂箱的，每箱补偿300元。" if draft else "",
            f"受害人或者其近亲属应当自损害发生之日起{f('7日', '5日')}内，向损害发生地乡镇人民政府书面申报。"
            "农作物受损的，核查前"
            "应当保留受损现场，不得收割、清理。",
            "乡镇人民政府接到申报后，应当会同市林业和草原局在10个工作日内完成现场核查，核定损失；"
            "核定结果在受害人所在村（社区）"
            "公示5天。",
            "公示无异议的，市林业和草原局在30日内审核完毕，"
            "由市财政局通过惠民惠农财政补贴资金“一卡通”发放补偿资金。",
            "有下列情形之一的，不予补偿：（一）在自然保护区核心区内从事生产经营活动受到损害的；"
            "（二）故意挑逗、伤害、猎捕陆生"
            "野生动物受到损害的；（三）擅自进入设有明显警示标志的区域受到损害的；"
            "（四）未按规定申报或者弄虚作假的。",
            ""
            if draft
            else "市人民政府为全市常住居民投保野生动物致害公众责任保险。属于保险赔付范围的，"
            "先由保险公司赔付；保险赔付不足的部"
            "分，按照本办法予以补偿。",
            f"本办法自{f('2026年5月1日', '2026年4月1日')}起施行。",
        ]
    )


TL_DRAFT_LEAD = f"""
为提高政策制定的透明度和公众参与度，现将《{TL_TITLE}（征求意见稿）》全文公布，征求社会各界意见。征求意见截止时间为2026年2月
10日。意见建议可以通过信函寄至铁力市林业和草原局野生动物保护科（信封注明“致害补偿办法意见”），或者发送电子邮件至市林业和
草原局公开邮箱。

铁力市林业和草原局

2026年1月9日
"""

TL_MM = "铁力市野生动物致害补偿政策要点（野保科）.mm"


def ent(text: str) -> str:
    """A TEXT attribute as FreeMind writes it: markup escaped, every non-ASCII character a numeric
    reference."""
    return "".join(c if ord(c) < 128 else f"&#x{ord(c):x};" for c in escape(text, {'"': "&quot;"}))


def raw_attr(text: str) -> str:
    """A TEXT attribute as Freeplane writes it: markup escaped, the characters themselves."""
    return escape(text, {'"': "&quot;"})


def rich(kind: str, paragraphs: list[str], pad: str) -> str:
    """A <richcontent> of ``kind`` (NODE or NOTE): an HTML body of <p> paragraphs, indented as FreeMind
    does."""
    ps = "\n".join(f"{pad}    <p>\n{pad}      {escape(p)}\n{pad}    </p>" for p in paragraphs)
    return (
        f'{pad}<richcontent TYPE="{kind}"><html>\n{pad}  <head>\n\n{pad}  </head>\n{pad}  <body>\n{ps}\n'
        f"{pad}  </body>\n{pad}</html>\n{pad}</richcontent>"
    )


# a node: (text, how the text is written, note paragraphs, children); how: "ent" (references), "raw", or
# "rich" (the text a richcontent NODE, its paragraphs split at |)
TL_NODES: list[tuple[str, str, list[str], list]] = [
    (
        "补偿范围",
        "ent",
        [],
        [
            ("人身伤害：死亡、伤残、受伤", "ent", [], []),
            ("农作物：玉米、大豆、水稻、蔬菜、中药材", "raw", ["损失率不足10%的不补，申报前别收割"], []),
            ("家畜家禽：牛、马、猪、羊、家禽", "raw", [], []),
        ],
    ),
    (
        "报案",
        "raw",
        [],
        [
            ("24小时报案电话：|0458-8163729（市林草局值班室）", "rich", [], []),
            ("书面申报：向乡镇政府申报，期限见《办法》第七条", "raw", [], []),
        ],
    ),
    (
        "电子围栏补助",
        "ent",
        ["2026年起实施，资金从市级野生动物保护经费中列支"],
        [
            ("农户自建防野猪电子围栏，按每延长米15元补助，每户最高3000元", "ent", [], []),
            ("安装后向乡镇林业工作站申请验收，验收合格后发放", "ent", [], []),
        ],
    ),
    (
        "防范提示",
        "raw",
        [],
        [
            ("遇到黑熊不要靠近、不要投喂，慢慢后退", "raw", [], []),
            ("夜间不要单独进入林区采山货", "ent", [], []),
        ],
    ),
]


def tl_mm() -> str:
    """A FreeMind 1.0.1 map: the root, four branches right and left, nodes with CREATED / ID / MODIFIED, some
    TEXT in numeric references, one node's text a richcontent NODE, notes as richcontent NOTE."""
    counter = iter(range(1, 100))

    def node(item: tuple[str, str, list[str], list], depth: int, side: str | None) -> str:
        text, how, note, children = item
        n = next(counter)
        pad = "  " * depth
        stamp = (
            f'CREATED="{1767225600000 + n * 61000}" ID="ID_{1538270000 + n * 7919}" '
            f'MODIFIED="{1770000000000 + n * 47000}"'
        )
        pos = f' POSITION="{side}"' if side else ""
        inner = []
        if how == "rich":
            head = f"{pad}<node {stamp}{pos}>"
            inner.append(rich("NODE", text.split("|"), pad + "  "))
        else:
            value = ent(text) if how == "ent" else raw_attr(text)
            head = f'{pad}<node {stamp}{pos} TEXT="{value}">'
        if note:
            inner.append(rich("NOTE", note, pad + "  "))
        inner += [node(c, depth + 1, None) for c in children]
        if not inner:
            return head[:-1] + "/>"
        return head + "\n" + "\n".join(inner) + f"\n{pad}</node>"

    branches = "\n".join(node(b, 1, "right" if i < 2 else "left") for i, b in enumerate(TL_NODES))
    return (
        '<map version="1.0.1">\n'
        "<!-- To view this file, download free mind mapping software FreeMind from "
        "http://freemind.sourceforge.net -->\n"
        f'<node CREATED="1767225600000" ID="ID_1538270000" MODIFIED="1770000000000" '
        f'TEXT="{ent("铁力市野生动物致害补偿政策要点")}">\n'
        '<font BOLD="true" NAME="SansSerif" SIZE="18"/>\n'
        '<hook NAME="accessories/plugins/AutomaticLayout.properties"/>\n'
        f"{branches}\n</node>\n</map>\n"
    )


TL_REPLY_Q = "野猪拱了玉米和大豆，还有一点水稻，能补多少钱？"


def tl_reply_total() -> int:
    corn = 8 * TL_CROPS["玉米"][0] * 60 // 100
    soy = 5 * TL_CROPS["大豆"][0] * 40 // 100
    assert (corn, soy) == (3840, 1200)
    return corn + soy


def write_tieli() -> None:
    final = portal(
        TL,
        TL_TITLE,
        "政务公开 &gt;&gt; 规范性文件",
        "2026-03-20",
        "铁力市林业和草原局",
        P(tl_articles(False)) + "<p>铁力市人民政府办公室</p><p>2026年3月20日</p>",
        f"铁政办发{L}2026{R}6号",
        related=[f"《{TL_TITLE}》征求意见情况说明", "黑龙江省野生动物致害补偿办法", "秋收时节谨防野猪伤人"],
    )
    write(f"黑龙江/铁力市/{TL_TITLE}.html", final)
    write(f"黑龙江/铁力市/{TL_TITLE} - 副本.html", final)
    write(
        f"黑龙江/铁力市/{TL_DRAFT_TITLE}.html",
        portal(
            TL,
            TL_DRAFT_TITLE,
            "互动交流 &gt;&gt; 意见征集",
            "2026-01-09",
            "铁力市林业和草原局",
            P(TL_DRAFT_LEAD)
            + f'<p style="text-align:center"><strong>{TL_TITLE}（征求意见稿）</strong></p>\n'
            + P(tl_articles(True)),
        ),
    )
    write(f"黑龙江/铁力市/{TL_MM}", tl_mm())
    total = tl_reply_total()
    write(
        f"黑龙江/铁力市/12345 {TL_REPLY_Q}.html",
        letter(
            TL,
            "12345热线",
            TL_REPLY_Q,
            "王**（年丰朝鲜族乡）",
            "2026-09-22",
            """
我今年55岁，住年丰朝鲜族乡，家里承包了22亩地。9月中旬野猪连着几个晚上下山，把我家8亩玉米拱得不成样子，乡里和林草局来核
查，定的损失率是60%；5亩大豆损失率40%；另外2亩水稻也被踩了一些，损失率8%。我9月16日就去乡政府报了。请问能补多少钱？
""",
            "铁力市林业和草原局",
            "2026-09-25",
            f"""
您好！根据《{TL_TITLE}》，农作物损失补偿金额按“损失面积×每亩补偿标准×损失率”计算，玉米每亩800元，大豆每亩600元；损失
率不足10%的不予补偿。

您家玉米可补偿8×800×60%=3840元，大豆可补偿5×600×40%=1200元，水稻损失率8%不足10%，不予补偿，合计{total}元。核定结果在
村里公示5天无异议后，补偿资金将通过“一卡通”发放。
""",
            "TL12345-2026-09221",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 6-9 舟曲县: the 政府救助责任保险实施方案 (.docx, three tables with the units in the header), the 理赔流程图
# (Visio .vsdx), its 政策解读 (问答), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

ZQ_TITLE = "舟曲县野生动物致害政府救助责任保险实施方案"
ZQ_DOCX = f"{ZQ_TITLE}.docx"
ZQ_RATES = {"玉米": 900, "马铃薯": 800}
ZQ_DEDUCTIBLE = 200
ZQ_BLOCKS: list = [
    f"# {ZQ_TITLE}",
    "为有效化解野生动物致害风险，减轻群众损失，"
    "根据《甘肃省陆生野生动物造成人身伤害和财产损失补偿办法》等规定，县人民政府"
    "决定在全县推行野生动物致害政府救助责任保险。现制定如下实施方案。",
    "## 一、保险范围",
    "全县行政区域内，因国家和省重点保护陆生野生动物以及野猪造成的常住居民人身伤亡、农作物损失和家畜损失，"
    "纳入保险范围。",
    "## 二、投保与承保",
    "县林业和草原局作为投保人，统一向中国人民财产保险股份有限公司舟曲支公司投保。"
    "保险期间为2026年1月1日至2026年12月31日，"
    "全年保费68万元，由县财政全额承担，群众不缴纳任何费用。",
    "## 三、赔偿标准",
    "（一）人身伤亡",
    [
        ["保障项目", "每人赔偿限额（万元）", "说明"],
        ["死亡", "30", "含丧葬费"],
        ["伤残", "30", "按伤残等级对应比例赔付"],
        ["医疗费用", "5", "扣除基本医疗保险等报销部分后赔付"],
    ],
    "（二）农作物损失",
    [
        ["作物", "赔偿标准（元/亩）", "说明"],
        ["玉米、小麦", str(ZQ_RATES["玉米"]), "按定损损失率计算"],
        ["马铃薯", str(ZQ_RATES["马铃薯"]), "按定损损失率计算"],
        ["花椒、核桃", "1200", "按定损损失率计算，挂果期树木"],
        ["当归、党参等中药材", "1500", "按定损损失率计算"],
    ],
    "（三）家畜损失",
    [
        ["畜种", "赔偿标准（元/头、只）", "说明"],
        ["牛", "6000", "含犏牛、牦牛"],
        ["马、骡", "4000", ""],
        ["羊", "800", "含山羊、绵羊"],
        ["猪", "1000", ""],
    ],
    f"每次事故农作物损失绝对免赔额{ZQ_DEDUCTIBLE}元；每户每年农作物和家畜损失累计赔偿最高2万元。",
    "## 四、报案与理赔",
    "发生野生动物致害后，受害人应当及时向保险公司报案并报告所在村委会：人身伤亡的在24小时内报案，"
    "农作物和家畜损失的在48小时"
    "内报案。保险公司在收到完整理赔资料后10个工作日内支付赔款。",
    "## 五、除外责任",
    "下列损失保险公司不负责赔偿：（一）在自然保护区核心区内放牧、采挖受到的损害；（二）因受害人故意挑逗、"
    "猎捕野生动物造成"
    "的损害；（三）蛇类、鼠类及昆虫造成的损害。",
    "## 六、工作要求",
    "各乡镇要明确1名林业站工作人员负责野生动物致害报案登记和协助查勘，"
    "县林业和草原局要加强对保险理赔工作的监督检查。",
]

ZQ_VSDX = "舟曲县野生动物致害保险理赔流程图.vsdx"
VISIO = "http://schemas.microsoft.com/office/visio/2012/main"
VREL = "http://schemas.microsoft.com/visio/2010/relationships"
OREL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PREL = "http://schemas.openxmlformats.org/package/2006/relationships"
XMLDECL = "<?xml version='1.0' encoding='utf-8' ?>\n"
# masters: (ID, NameU, Name)
ZQ_MASTERS = [
    (1, "Start/End", "开始/结束"),
    (2, "Process", "流程"),
    (3, "Decision", "判定"),
    (4, "Dynamic connector", "动态连接线"),
]
# the flow's shapes: (ID, master, x, y, text); in text, {cp1} is a character-format change (the rest bold
# red), | a new paragraph (<pp>), a newline a line break within the paragraph
ZQ_SHAPES: list[tuple[int, int | None, float, float, str]] = [
    (1, None, 4.13, 11.3, "舟曲县野生动物致害政府救助责任保险理赔流程图"),
    (2, 1, 4.13, 10.6, "开始：发生野生动物致害"),
    (3, 2, 4.13, 9.8, "受害人报案|拨打人保财险报案电话95518，\n同时报告村委会和乡镇林业站"),
    (4, 2, 4.13, 8.9, "村委会到场核实\n保护现场、拍照留存"),
    (5, 2, 4.13, 8.0, "保险公司会同乡镇林业站\n接到报案后2个工作日内现场查勘定损"),
    (6, 2, 4.13, 7.1, "定损结果在村务公开栏公示3天"),
    (7, 2, 4.13, 6.2, "受害人提交理赔资料：身份证、户口簿、\n“一卡通”存折、损失照片、村委会证明"),
    (8, 3, 4.13, 5.2, "资料是否齐全？"),
    (9, 2, 6.6, 5.2, "一次性告知\n需补齐的材料"),
    (10, 2, 4.13, 4.2, "保险公司10个工作日内\n将赔款打入“一卡通”"),
    (
        11,
        2,
        4.13,
        3.2,
        "对定损或者赔付结果有异议的，可以拨打县林草局野生动物保护股电话0941-{cp1}5121367申请复核",
    ),
    (12, 1, 4.13, 2.3, "结束"),
    (13, None, 4.13, 1.2, "制图：舟曲县林业和草原局　2026年1月"),
]
# connectors: (ID, from, to, label)
ZQ_LINKS = [
    (20, 2, 3, ""),
    (21, 3, 4, ""),
    (22, 4, 5, ""),
    (23, 5, 6, ""),
    (24, 6, 7, ""),
    (25, 7, 8, ""),
    (26, 8, 9, "否"),
    (27, 9, 7, ""),
    (28, 8, 10, "是"),
    (29, 10, 11, ""),
    (30, 11, 12, ""),
]


def vtext(text: str) -> str:
    """A shape's <Text>: character and paragraph markers first, {cp1} a second character run, | a new
    paragraph."""
    paras = text.split("|")
    body = "<cp IX='0'/>" + ("<pp IX='0'/>" if len(paras) > 1 else "")
    for i, p in enumerate(paras):
        if i:
            body += f"<pp IX='{min(i, 1)}'/>"
        body += escape(p).replace("{cp1}", "<cp IX='1'/>")
    return f"<Text>{body}</Text>"


def zq_page() -> str:
    pos = {sid: (x, y) for sid, _, x, y, _ in ZQ_SHAPES}
    shapes = []
    for sid, master, x, y, text in ZQ_SHAPES:
        w, h = (3.2, 0.55) if master != 3 else (1.8, 0.8)
        if master is None:
            w, h = 5.5, 0.4
        name = (
            f" NameU='{ZQ_MASTERS[master - 1][1]}' Name='{ZQ_MASTERS[master - 1][2]}' Master='{master}'"
            if master
            else f" NameU='Sheet.{sid}'"
        )
        size = "<Cell N='Size' V='0.1388888888888889' U='PT'/>"
        char = f"<Section N='Character'><Row IX='0'><Cell N='Font' V='4'/>{size}</Row>"
        if "{cp1}" in text:
            bold_red = "<Cell N='Color' V='#ff0000'/><Cell N='Style' V='1'/>"
            char += f"<Row IX='1'><Cell N='Font' V='4'/>{bold_red}{size}</Row>"
        char += "</Section>"
        if "|" in text:
            char += (
                "<Section N='Paragraph'><Row IX='0'><Cell N='HorzAlign' V='1'/></Row>"
                "<Row IX='1'><Cell N='HorzAlign' V='0'/></Row></Section>"
            )
        shapes.append(
            f"<Shape ID='{sid}'{name} Type='Shape' LineStyle='3' FillStyle='3' TextStyle='3'>"
            f"<Cell N='PinX' V='{x}'/><Cell N='PinY' V='{y}'/><Cell N='Width' V='{w}'/><Cell N='Height' "
            f"V='{h}'/>"
            f"<Cell N='LocPinX' V='{w / 2}' F='Width*0.5'/><Cell N='LocPinY' V='{h / 2}' F='Height*0.5'/>"
            f"{char}{vtext(text)}</Shape>"
        )
    connects = []
    for cid, a, b, label in ZQ_LINKS:
        (ax, ay), (bx, by) = pos[a], pos[b]
        text = f"<Text><cp IX='0'/>{label}</Text>" if label else ""
        shapes.append(
            f"<Shape ID='{cid}' NameU='Dynamic connector.{cid}' Name='动态连接线.{cid}' Type='Shape' "
            "Master='4'>"
            f"<Cell N='BeginX' V='{ax}'/><Cell N='BeginY' V='{ay}'/><Cell N='EndX' V='{bx}'/><Cell N='EndY' "
            f"V='{by}'/>"
            f"{text}</Shape>"
        )
        connects.append(
            f"<Connect FromSheet='{cid}' FromCell='BeginX' FromPart='9' ToSheet='{a}' ToCell='PinX' "
            "ToPart='3'/>"
            f"<Connect FromSheet='{cid}' FromCell='EndX' FromPart='12' ToSheet='{b}' ToCell='PinX' "
            "ToPart='3'/>"
        )
    return (
        XMLDECL
        + f"<PageContents xmlns='{VISIO}' xmlns:r='{OREL}' xml:space='preserve'><Shapes>"
        + "".join(shapes)
        + "</Shapes><Connects>"
        + "".join(connects)
        + "</Connects></PageContents>"
    )


def zq_vsdx() -> bytes:
    ct = (
        XMLDECL + "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
        "<Default Extension='png' ContentType='image/png'/>"
        "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
        "<Default Extension='xml' ContentType='application/xml'/>"
        "<Override PartName='/visio/document.xml' ContentType='application/vnd.ms-visio.drawing.main+xml'/>"
        "<Override PartName='/visio/masters/masters.xml' ContentType='application/vnd.ms-visio.masters+xml'/>"
        + "".join(
            f"<Override PartName='/visio/masters/master{m}.xml' ContentType='application/vnd.ms-visio.master+"
            "xml'/>"
            for m, _, _ in ZQ_MASTERS
        )
        + "<Override PartName='/visio/pages/pages.xml' ContentType='application/vnd.ms-visio.pages+xml'/>"
        "<Override PartName='/visio/pages/page1.xml' ContentType='application/vnd.ms-visio.page+xml'/>"
        "<Override PartName='/visio/windows.xml' ContentType='application/vnd.ms-visio.windows+xml'/>"
        "<Override PartName='/docProps/core.xml' ContentType='application/vnd.openxmlformats-package.core-pro"
        "perties+xml'/>"
        "<Override PartName='/docProps/app.xml' ContentType='application/vnd.openxmlformats-officedocument.ex"
        "tended-properties+xml'/>"
        "</Types>"
    )

    def rels(items: list[tuple[str, str, str]]) -> str:
        body = "".join(f"<Relationship Id='{i}' Type='{t}' Target='{g}'/>" for i, t, g in items)
        return XMLDECL + f"<Relationships xmlns='{PREL}'>{body}</Relationships>"

    core = (
        XMLDECL
        + "<cp:coreProperties xmlns:cp='http://schemas.openxmlformats.org/package/2006/metadata/core-properti"
        "es' "
        "xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:dcterms='http://purl.org/dc/terms/' "
        "xmlns:dcmitype='http://purl.org/dc/dcmitype/' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>"
        "<dc:title>理赔流程图</dc:title><dc:creator>县林草局-赵**</dc:creator>"
        "<cp:lastModifiedBy>县林草局-赵**</cp:lastModifiedBy><dc:language>zh-CN</dc:language>"
        "<dcterms:created xsi:type='dcterms:W3CDTF'>2026-01-14T02:20:00Z</dcterms:created>"
        "<dcterms:modified xsi:type='dcterms:W3CDTF'>2026-01-16T07:45:12Z</dcterms:modified>"
        "</cp:coreProperties>"
    )
    app = (
        XMLDECL
        + "<Properties xmlns='http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' "
        "xmlns:vt='http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes'><Template>"
        "</Template>"
        "<Application>Microsoft Visio</Application><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector "
        "size='2' "
        "baseType='variant'><vt:variant><vt:lpstr>页面</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>"
        "</vt:variant>"
        "</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size='1' baseType='lpstr'><vt:lpstr>"
        "页-1</vt:lpstr>"
        "</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>"
        "false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
    )
    document = (
        XMLDECL + f"<VisioDocument xmlns='{VISIO}' xmlns:r='{OREL}' xml:space='preserve'>"
        "<DocumentSettings TopPage='0' DefaultTextStyle='3' DefaultLineStyle='3' DefaultFillStyle='3' "
        "DefaultGuideStyle='4'><GlueSettings>9</GlueSettings><SnapSettings>65847</SnapSettings>"
        "<SnapExtensions>34</SnapExtensions><DynamicGridEnabled>1</DynamicGridEnabled>"
        "<ProtectStyles>0</ProtectStyles><ProtectShapes>0</ProtectShapes><ProtectMasters>0</ProtectMasters>"
        "<ProtectBkgnds>0</ProtectBkgnds></DocumentSettings>"
        "<Colors><ColorEntry IX='24' RGB='#000000'/><ColorEntry IX='25' RGB='#FFFFFF'/></Colors>"
        "<FaceNames><FaceName NameU='Calibri' UnicodeRanges='-536859905 -1073732485 9 0' CharSets='536871423 "
        "0' "
        "Panose='2 15 5 2 2 2 4 3 2 4' Flags='325'/><FaceName NameU='微软雅黑' UnicodeRanges='-2147483001 "
        "718224464 22 0' "
        "CharSets='1048577 0' Panose='2 11 5 3 2 2 4 2 2 4' Flags='357'/></FaceNames>"
        "<StyleSheets><StyleSheet ID='0' NameU='No Style' Name='无样式'><Cell N='EnableLineProps' V='1'/>"
        "<Cell N='EnableFillProps' V='1'/><Cell N='EnableTextProps' V='1'/></StyleSheet>"
        "<StyleSheet ID='3' NameU='Normal' Name='正常' LineStyle='0' FillStyle='0' TextStyle='0'/>"
        "</StyleSheets>"
        "</VisioDocument>"
    )
    masters = (
        XMLDECL
        + f"<Masters xmlns='{VISIO}' xmlns:r='{OREL}' xml:space='preserve'>"
        + "".join(
            f"<Master ID='{m}' NameU='{nu}' IsCustomNameU='1' Name='{n}' IsCustomName='1' Prompt='' "
            "IconSize='1' "
            f"AlignName='2' MatchByName='0' IconUpdate='1' UniqueID='{{{uid('master', nu).upper()}}}' "
            f"BaseID='{{{uid('base', nu).upper()}}}' PatternFlags='0' Hidden='0' MasterType='2'>"
            "<PageSheet LineStyle='0' FillStyle='0' TextStyle='0'><Cell N='PageScale' "
            "V='0.03937007874015748' U='MM'/>"
            f"</PageSheet><Rel r:id='rId{m}'/></Master>"
            for m, nu, n in ZQ_MASTERS
        )
        + "</Masters>"
    )
    parts: list[tuple[str, str | bytes]] = [
        ("[Content_Types].xml", ct),
        (
            "_rels/.rels",
            rels(
                [
                    ("rId1", f"{PREL}/metadata/core-properties", "docProps/core.xml"),
                    ("rId2", f"{OREL}/extended-properties", "docProps/app.xml"),
                    ("rId3", f"{VREL}/document", "visio/document.xml"),
                    ("rId4", f"{PREL}/metadata/thumbnail", "docProps/thumbnail.png"),
                ]
            ),
        ),
        ("docProps/app.xml", app),
        ("docProps/core.xml", core),
        ("docProps/thumbnail.png", tiny_png(b"\x1f\x4e\x79")),
        ("visio/document.xml", document),
        (
            "visio/_rels/document.xml.rels",
            rels(
                [
                    ("rId1", f"{VREL}/masters", "masters/masters.xml"),
                    ("rId2", f"{VREL}/pages", "pages/pages.xml"),
                    ("rId3", f"{VREL}/windows", "windows.xml"),
                ]
            ),
        ),
        ("visio/masters/masters.xml", masters),
        (
            "visio/masters/_rels/masters.xml.rels",
            rels([(f"rId{m}", f"{VREL}/master", f"master{m}.xml") for m, _, _ in ZQ_MASTERS]),
        ),
    ]
    for m, nu, _ in ZQ_MASTERS:
        geom = (
            "<Cell N='BeginX' V='0'/><Cell N='EndX' V='1'/>"
            if nu == "Dynamic connector"
            else "<Cell N='Width' V='1'/><Cell N='Height' V='0.5'/>"
        )
        parts.append(
            (
                f"visio/masters/master{m}.xml",
                XMLDECL + f"<MasterContents xmlns='{VISIO}' xmlns:r='{OREL}' xml:space='preserve'><Shapes>"
                f"<Shape ID='5' Type='Shape' LineStyle='3' FillStyle='3' TextStyle='3'>{geom}"
                "<Section N='Geometry' IX='0'><Cell N='NoFill' V='0'/></Section></Shape></Shapes>"
                "</MasterContents>",
            )
        )
    parts += [
        (
            "visio/pages/pages.xml",
            XMLDECL
            + f"<Pages xmlns='{VISIO}' xmlns:r='{OREL}' xml:space='preserve'><Page ID='0' NameU='页-1' "
            "Name='页-1' "
            "ViewScale='0.8' ViewCenterX='4.13' ViewCenterY='6.3'><PageSheet LineStyle='0' FillStyle='0' "
            "TextStyle='0'>"
            "<Cell N='PageWidth' V='8.267716535433071' U='MM'/><Cell N='PageHeight' V='11.69291338582677' "
            "U='MM'/>"
            "<Cell N='PageScale' V='0.03937007874015748' U='MM'/><Cell N='DrawingScale' "
            "V='0.03937007874015748' U='MM'/>"
            "</PageSheet><Rel r:id='rId1'/></Page></Pages>",
        ),
        ("visio/pages/_rels/pages.xml.rels", rels([("rId1", f"{VREL}/page", "page1.xml")])),
        ("visio/pages/page1.xml", zq_page()),
        (
            "visio/pages/_rels/page1.xml.rels",
            rels([(f"rId{m}", f"{VREL}/master", f"../masters/master{m}.xml") for m, _, _ in ZQ_MASTERS]),
        ),
        (
            "visio/windows.xml",
            XMLDECL + f"<Windows ClientWidth='1600' ClientHeight='789' xmlns='{VISIO}' xmlns:r='{OREL}' "
            "xml:space='preserve'>"
            "<Window ID='0' WindowType='Drawing' WindowState='1073741824' WindowLeft='-8' WindowTop='-31' "
            "WindowWidth='1616' WindowHeight='828' ContainerType='Page' Page='0' ViewScale='-1' "
            "ViewCenterX='4.13' "
            "ViewCenterY='6.3'><ShowRulers>1</ShowRulers><ShowGrid>1</ShowGrid><ShowPageBreaks>"
            "0</ShowPageBreaks>"
            "<ShowGuides>1</ShowGuides><ShowConnectionPoints>1</ShowConnectionPoints><GlueSettings>"
            "9</GlueSettings>"
            "<SnapSettings>65847</SnapSettings><SnapExtensions>34</SnapExtensions><DynamicGridEnabled>"
            "1</DynamicGridEnabled>"
            "<TabSplitterPos>0.5</TabSplitterPos></Window></Windows>",
        ),
    ]
    return package(parts)


ZQ_READ = """
问：为什么要推行野生动物致害政府救助责任保险？

答：近年来，随着生态环境持续改善，我县野猪、黑熊等野生动物数量明显增加，损毁庄稼、伤害家畜的情况时有发生。推行政府救助责
任保险，由保险公司按合同赔付，赔得更快、更规范。2025年我县在大川镇、立节镇试点，共为412户群众赔付86.3万元。

问：群众要不要交保费？

答：不用交。保费由县财政全额承担，全县常住居民都在保障范围内。

问：哪些损失可以赔？

答：国家和省重点保护陆生野生动物以及野猪造成的人身伤亡、农作物损失和家畜损失都可以赔，死亡、伤残每人最高赔30万元。

问：发生损失后应该怎么做？

答：人身伤亡的要在24小时内、农作物和家畜损失的要在48小时内向保险公司报案，同时告诉村委会，并保护好现场，不要急着收割或者
处理死亡的牲畜。

问：保险公司的报案电话是多少？

答：人保财险全国统一报案电话95518，舟曲支公司咨询电话0941-5122286。
"""

ZQ_REPLY_Q = "野猪一晚上拱了玉米和洋芋，保险能赔多少？"


def zq_reply_total() -> int:
    total = 6 * ZQ_RATES["玉米"] + 2 * ZQ_RATES["马铃薯"] * 50 // 100 - ZQ_DEDUCTIBLE
    assert total == 6000
    return total


def write_zhouqu() -> None:
    write_bytes(
        f"甘肃/舟曲县/{ZQ_DOCX}",
        make.docx_bytes(ZQ_BLOCKS, "舟曲县人民政府办公室文件", "— 1 —", "舟曲县林草局", WHEN, STAMP),
    )
    write_bytes(f"甘肃/舟曲县/{ZQ_VSDX}", zq_vsdx())
    write(
        "甘肃/舟曲县/政策解读.html",
        portal(
            ZQ,
            f"一图读懂｜《{ZQ_TITLE}》问答",
            "政务公开 &gt;&gt; 政策解读",
            "2026-01-20",
            "舟曲县林业和草原局",
            P(ZQ_READ),
            related=[ZQ_TITLE, "舟曲县2025年野生动物致害保险试点工作总结", "野生动物保护宣传月活动启动"],
        ),
    )
    total = zq_reply_total()
    write(
        f"甘肃/舟曲县/领导留言板 {ZQ_REPLY_Q}.html",
        letter(
            ZQ,
            "领导留言板",
            ZQ_REPLY_Q,
            "杨**（大川镇）",
            "2026-08-27",
            """
我今年58岁，家里5口人，在大川镇种了12亩地。8月20日夜里一群野猪下山，把我家6亩玉米全拱了，还拱了2亩洋芋。第二天一早就给
保险公司打了电话，林业站和保险公司来定损，玉米损失率100%，洋芋损失率50%。请问保险能赔多少？
""",
            "舟曲县林业和草原局",
            "2026-08-31",
            f"""
您好！根据《{ZQ_TITLE}》，玉米每亩赔偿900元，马铃薯（洋芋）每亩赔偿800元，按定损损失率计算，每次事故农作物损失绝对免赔额
200元。

您家可获赔款6×900×100%+2×800×50%{MINUS}200={total}元。请将身份证、户口簿、“一卡通”存折、损失照片和村委会证明交给保险
公司，资料齐全后10个工作日内赔付。
""",
            "ZQLDLY-2026-0827",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 10-12 青龙满族自治县: the 野猪危害综合防控和损失补偿工作方案 (a hard-wrapped PDF, its wrap cutting a
# figure),
# the 办事指南 (key-value fields), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

QL_TITLE = "青龙满族自治县野猪危害综合防控和损失补偿工作方案"
QL_PDF = f"{QL_TITLE}.pdf"
QL_WIDTH = 36
QL_RATES = {"玉米": 500, "甘薯": 400}
QL_PAGES: list[list[str]] = [
    [
        "青龙满族自治县人民政府办公室",
        f"关于印发《{QL_TITLE}》的通知",
        f"青政办字{L}2026{R}11号",
        "",
        "各乡镇人民政府，县直有关部门：",
        f"　　《{QL_TITLE}》已经县政府同意，现印发给你们，请认真贯彻执行。",
        "",
        "青龙满族自治县人民政府办公室",
        "2026年3月12日",
        "",
        QL_TITLE,
        "　　近年来，我县野猪种群数量快速增长，毁坏庄稼、伤人事件时有发生。为有效防控野猪危害，"
        "保障群众生命财产安全，"
        "制定本方案。",
        "　　一、工作目标。到2026年底，全县野猪危害明显减轻，群众损失补偿及时足额到位。",
    ],
    [
        "　　二、种群调控。县林业局组建3支专业狩猎队，每队不少于8人，"
        "每年9月至11月秋收期间在野猪危害严重区域开展种群调控。"
        "狩猎队每猎捕1头野猪，给予补助200元。",
        "　　三、损失补偿。（一）补偿范围：野猪造成的玉米、谷子、甘薯、花生等农作物损失，"
        "人身伤害按照省有关规定另行处理。"
        "（二）补偿标准：玉米、谷子每亩补偿500元，甘薯、花生每亩补偿400元，按损失率计算；"
        "损失率不足20%的不予补偿；每户每年"
        "最高补偿1万元。（三）申报核查：农户发现损失后3日内向村委会报告，村委会汇总后报乡镇人民政府；"
        "乡镇人民政府会同县林业局"
        "在7个工作日内完成核查，核查结果在村内公示5天。",
    ],
    [
        "　　四、防护补助。农户在田边安装太阳能声光驱赶器的，每台补助150元，每户最多补助3台。",
        "　　五、资金保障。县财政每年安排野猪危害防控和损失补偿专项资金200万元，专款专用。",
        "　　六、本方案自印发之日起施行。",
        "",
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
        "青龙满族自治县人民政府办公室　　　　2026年3月12日印发",
    ],
]

QL_GUIDE_TITLE = "陆生野生动物造成人身伤害和财产损失补偿办事指南"
QL_GUIDE = """
字段|内容
事项名称|陆生野生动物造成人身伤害和财产损失补偿
事项类型|行政给付
实施主体|青龙满族自治县林业局
受理条件|本县行政区域内因受保护的陆生野生动物造成人身伤害或者农作物等财产损失的公民
申请材料|1.《陆生野生动物致害补偿申请表》原件1份；2.申请人身份证、户口簿复印件各1份；3.损失现场照片；4.村民委员会出具的损失证明；5.人身伤害的，提供医疗机构诊断证明和医疗费用票据
办理流程|申请→乡镇受理→现场核查→村内公示→县林业局审核→资金发放
法定办结时限|20个工作日
承诺办结时限|15个工作日
办理地点|青龙满族自治县政务服务中心二楼林业局窗口（24号窗口）
办理时间|周一至周五上午8:30—12:00，下午14:00—17:30（法定节假日除外）
收费标准|不收费
咨询电话|0335-7812309
监督投诉电话|0335-12345
"""

QL_REPLY_Q = "野猪把玉米拱了大半，甘薯全毁了，花生也啃了点，能补多少？"


def ql_reply_total() -> int:
    total = 4 * QL_RATES["玉米"] * 60 // 100 + 3 * QL_RATES["甘薯"]
    assert total == 2400
    return total


def ql_check_wrap() -> None:
    """The PDF's wrap cuts 每亩补偿500元 after its 5 (the line ends 每亩补偿5, the next begins 00元)."""
    lines = make.hard_wrap("\n".join(QL_PAGES[1]), QL_WIDTH)
    assert any(a.endswith("每亩补偿5") and b.startswith("00元") for a, b in itertools.pairwise(lines)), lines


def write_qinglong() -> None:
    ql_check_wrap()
    OUT.write_pdf(
        f"河北/青龙满族自治县/{QL_PDF}",
        ["\n".join(p) for p in QL_PAGES],
        "青龙满族自治县人民政府办公室文件",
        QL_WIDTH,
        lambda n, total: f"— {n} —",
        285,
    )
    write(
        "河北/青龙满族自治县/办事指南.html",
        portal(
            QL,
            QL_GUIDE_TITLE,
            "政务服务 &gt;&gt; 办事指南 &gt;&gt; 县林业局",
            "2026-03-25",
            "青龙满族自治县林业局",
            make.kv_table(QL_GUIDE, 'class="bszn" border="1" cellspacing="0" cellpadding="4" width="100%"')
            + "<p>附件：陆生野生动物致害补偿申请表（空表下载）</p>",
        ),
    )
    total = ql_reply_total()
    write(
        f"河北/青龙满族自治县/12345 {QL_REPLY_Q}.html",
        letter(
            QL,
            "12345热线",
            QL_REPLY_Q,
            "刘**（八道河镇）",
            "2026-10-09",
            """
我是八道河镇的，今年62岁，老两口种了9亩地。9月底野猪下山，把我家4亩玉米拱了，乡里和林业局来核查，玉米损失率定的60%；3亩
甘薯全毁了，损失率100%；还有1亩花生被啃了点，损失率15%。10月2日已经向村委会报了。请问能补多少？
""",
            "青龙满族自治县林业局",
            "2026-10-13",
            f"""
您好！根据《{QL_TITLE}》，玉米、谷子每亩500元，甘薯、花生每亩400元，按损失率计算；损失率不足20%的不予补偿。

您家玉米可补偿4×500×60%=1200元，甘薯可补偿3×400×100%=1200元，花生损失率15%不足20%，不予补偿，合计{total}元。核查结果在
村内公示5天后发放。
""",
            "QL12345-2026-10093",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 13-15 宽甸满族自治县: the 网格化服务管理办法 (GBK), the 专职网格员月度考核细则 (XMind .xmind), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

KD_TITLE = "宽甸满族自治县网格化服务管理办法"
KD_BASE = 2200
KD_BODY = articles(
    [
        "为推进基层治理体系和治理能力现代化，规范网格化服务管理工作，结合本县实际，制定本办法。",
        "城镇社区按照300户至500户划分一个网格；农村以自然屯或者村民小组为基础，按照150户至300户划分一个网格。"
        "全县共划分网格"
        "1126个。",
        "县委政法委（县社会治理服务中心）负责全县网格化服务管理工作的统筹协调、指导和考核；"
        "乡镇（街道）网格化服务管理中心负责"
        "本辖区网格的日常管理。",
        "网格员分为专职网格员和兼职网格员。城镇社区网格配备专职网格员；农村网格由村“两委”成员、"
        "村民小组长等兼任网格员。",
        "专职网格员由县委政法委会同乡镇（街道）统一公开招聘，应聘人员年龄18至45周岁，"
        "具有高中（中专）以上学历。",
        f"专职网格员基本报酬每月{KD_BASE}元，县财政按规定为其缴纳养老、医疗、失业、工伤、生育保险；"
        "另按月度考核结果发放绩效"
        "奖励，每月最高600元。兼职网格员每月发放网格员补贴300元。",
        "网格员的主要职责是：信息采集、隐患排查、矛盾调解、事件上报、政策宣传和服务代办。",
        "网格员通过“宽甸网格通”手机APP上报事件。一般事件当日上报；涉及安全生产、火情、"
        "群体性事件等紧急事件的，发现后15分钟内"
        "电话报告乡镇（街道）网格化服务管理中心，并在1小时内通过APP补报。事件办结后，"
        "乡镇（街道）在3个工作日内向网格员反馈。",
        "专职网格员实行月度考核和年度考核，月度考核结果与绩效奖励挂钩。具体考核细则由县委政法委另行制定。",
        "本办法自2026年1月1日起施行。",
    ]
)

KD_XMIND = "宽甸满族自治县专职网格员月度考核细则.xmind"
KD_PASS = 400
# a topic: (title, note, labels, children)
KD_TOPICS: list[tuple[str, str, list[str], list]] = [
    (
        "考核内容（满分100分）",
        "",
        [],
        [
            ("信息采集：30分", "人口、房屋、单位等基础信息采集准确率不低于98%，变动信息3日内更新", [], []),
            ("巡查走访：25分", "每天在网格内巡查不少于4小时，每月入户走访不少于60户", [], []),
            ("事件上报：25分", "一般事件当日上报，紧急事件15分钟内电话报告", [], []),
            ("群众满意度：10分", "乡镇（街道）每月随机电话回访网格内群众不少于10户", [], []),
            ("日常管理：10分", "按时参加例会和培训，“宽甸网格通”APP每日签到", [], []),
        ],
    ),
    (
        "考核等次与绩效奖励",
        "",
        [],
        [
            ("优秀（90分以上）", "", ["绩效奖励600元"], []),
            ("合格（80—89分）", "", [f"绩效奖励{KD_PASS}元"], []),
            ("基本合格（70—79分）", "", ["绩效奖励200元"], []),
            ("不合格（70分以下）", "当月不发放绩效奖励；连续3个月不合格的，予以解聘", ["不发放"], []),
        ],
    ),
    (
        "加分与扣分",
        "加分每月累计不超过10分",
        [],
        [
            ("及时发现并上报重大安全隐患、火情", "", ["每件加5分"], []),
            ("紧急事件迟报、漏报", "", ["每次扣10分"], []),
            ("被群众有效投诉", "", ["每次扣5分"], []),
        ],
    ),
    (
        "考核程序",
        "",
        [],
        [
            ("每月5日前，乡镇（街道）完成上月考核", "", [], []),
            ("考核结果在乡镇（街道）网格化服务管理中心公示", "", [], []),
            ("对考核结果有异议的，可在公示期内向县委政法委申请复核", "", [], []),
        ],
    ),
]
XMIND_WARNING = [
    "Warning 警告 Attention Warnung 경고",
    "This file can not be opened normally, please do not modify and save, otherwise the contents will be "
    "permanently lost!",
    "You can try using XMind 8 Update 3 or later version to open",
    "该文件无法正常打开，请勿修改并保存，否则文件内容将会永久性丢失！",
    "你可以尝试使用 XMind 8 Update 3 或更新版本打开",
]


def kd_xmind() -> bytes:
    """An .xmind as XMind (2020 and on) saves it: content.json (the sheets, each a rootTopic with children
    .attached, notes plain and realHTML, labels), metadata.json, manifest.json, the content.xml warning for
    XMind 8 and a thumbnail."""

    def topic(item: tuple[str, str, list[str], list], path: str) -> dict:
        title, note, labels, children = item
        t: dict = {"id": uid("kd", path), "class": "topic", "title": title}
        if note:
            t["notes"] = {"plain": {"content": note}, "realHTML": {"content": f"<div>{escape(note)}</div>"}}
        if labels:
            t["labels"] = labels
        if children:
            t["children"] = {"attached": [topic(c, f"{path}/{i}") for i, c in enumerate(children)]}
        return t

    root = topic(("宽甸满族自治县专职网格员月度考核细则（2026年版）", "", [], KD_TOPICS), "root")
    root["structureClass"] = "org.xmind.ui.logic.right"
    root["children"]["attached"][1]["markers"] = [{"markerId": "priority-1"}]
    sheet_id = uid("kd", "sheet")
    content = [
        {
            "id": sheet_id,
            "class": "sheet",
            "title": "画布 1",
            "rootTopic": root,
            "theme": {
                "id": uid("kd", "theme"),
                "importantTopic": {
                    "type": "topic",
                    "properties": {"fo:font-weight": "bold", "fo:color": "#2F3F57"},
                },
                "centralTopic": {"properties": {"fo:font-family": "NeverMind", "svg:fill": "#2F3F57"}},
            },
            "topicPositioning": "fixed",
            "coreVersion": "2.100.0",
            "extensions": [
                {
                    "provider": "org.xmind.ui.skeleton.structure.style",
                    "content": {"centralTopic": "org.xmind.ui.logic.right"},
                }
            ],
        }
    ]
    metadata = {
        "dataStructureVersion": "2",
        "creator": {"name": "Vana", "version": "24.04.10311"},
        "layoutEngineVersion": "3",
        "activeSheetId": sheet_id,
    }
    manifest: dict[str, dict[str, dict[str, str]]] = {
        "file-entries": {"content.json": {}, "metadata.json": {}, "Thumbnails/thumbnail.png": {}}
    }
    warn_topics = "".join(
        f'<topic id="{uid("kd", "warn", str(i))}"><title>{escape(w)}</title></topic>'
        for i, w in enumerate(XMIND_WARNING[1:])
    )
    content_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?><xmap-content '
        'xmlns="urn:xmind:xmap:xmlns:content:2.0" '
        'xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:svg="http://www.w3.org/2000/svg" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'modified-by="bruce" '
        'timestamp="1503058545540" version="2.0"><sheet id="7abtd0ssc7n4pi1nu6i7b6lsdh" modified-by="bruce" '
        'theme="0kdeemiijde6nuk97e4t0vpp54" timestamp="1503058545540"><topic id="1vr0lcte2og4t2sopiogvdmifc" '
        f'modified-by="bruce" structure-class="org.xmind.ui.logic.right" timestamp="1503058545417"><title>'
        f'{XMIND_WARNING[0]}</title><children><topics type="attached">{warn_topics}</topics></children>'
        "</topic>"
        "<title>Sheet 1</title></sheet></xmap-content>"
    )
    return package(
        [
            ("content.json", json.dumps(content, ensure_ascii=False, separators=(",", ":"))),
            ("content.xml", content_xml),
            ("metadata.json", json.dumps(metadata, separators=(",", ":"))),
            ("manifest.json", json.dumps(manifest, separators=(",", ":"))),
            ("Thumbnails/thumbnail.png", tiny_png(b"\x2f\x3f\x57")),
        ]
    )


KD_REPLY_Q = "我是社区专职网格员，3月考核86分，当月能拿多少钱？"


def write_kuandian() -> None:
    write(
        f"辽宁/宽甸满族自治县/{KD_TITLE}.html",
        gbk_page(
            portal(
                KD,
                KD_TITLE,
                "政务公开 &gt;&gt; 规范性文件",
                "2025-12-19",
                "中共宽甸满族自治县委政法委员会",
                P(KD_BODY) + "<p>中共宽甸满族自治县委政法委员会</p><p>2025年12月19日</p>",
                f"宽政法发{L}2025{R}23号",
                related=[
                    "宽甸满族自治县2026年专职网格员招聘公告",
                    "“宽甸网格通”APP使用说明",
                    "网格员风采展示",
                ],
            )
        ),
        "gbk",
    )
    write_bytes(f"辽宁/宽甸满族自治县/{KD_XMIND}", kd_xmind())
    total = KD_BASE + KD_PASS
    assert total == 2600
    write(
        f"辽宁/宽甸满族自治县/12345 {KD_REPLY_Q}.html",
        letter(
            KD,
            "12345热线",
            KD_REPLY_Q,
            "孙**（宽甸镇）",
            "2026-04-10",
            """
我今年34岁，是宽甸镇一个社区的专职网格员，网格里有420户。3月份镇里月度考核给我打了86分，家里两个孩子上学，想算算当月
到底能拿多少钱。另外我们社区的兼职网格员老李问他每月补贴多少。
""",
            "中共宽甸满族自治县委政法委员会",
            "2026-04-14",
            f"""
您好！根据《{KD_TITLE}》，专职网格员基本报酬每月2200元，另按月度考核结果发放绩效奖励。按照《专职网格员月度考核细则》，
您3月考核86分，属于合格等次。

您3月份基本报酬和绩效奖励合计{total}元（个人应缴纳的社会保险费由单位代扣）。兼职网格员每月发放网格员补贴300元。
""",
            "KD12345-2026-04103",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 16-18 门源回族自治县: the 专职网格员队伍建设管理办法, the 12345 hot line's chatbot knowledge file (.yaml), a
# 12345 reply
# ---------------------------------------------------------------------------------------------------------

MY_TITLE = "门源回族自治县专职网格员队伍建设管理办法"
MY_PAY, MY_TRAFFIC, MY_BONUS = 2800, 200, 3000
MY_BODY = f"""
一、总体要求。以党建引领基层治理为主线，建设一支专职化、规范化的网格员队伍，推动服务管理力量下沉到网格。

二、网格设置和人员配备。城镇社区按照300户左右划分网格，农牧区以行政村为单位设置网格。每个网格配备1名专职网格员，面积较大
的牧业村可以增配1名。全县共设置网格216个。

三、选聘条件。专职网格员面向社会公开招聘，应聘人员年龄20至45周岁，具有高中（中专）以上学历，熟悉本地情况，熟练使用智能手
机和电脑。懂藏语的优先。

四、薪酬待遇。专职网格员月薪酬{MY_PAY}元（含个人应缴纳的社会保险费），由县财政统一发放；在农牧区网格工作的，每月另发放交通
补贴{MY_TRAFFIC}元；年度考核优秀的，给予一次性奖励{MY_BONUS}元。

五、工作职责。专职网格员负责网格内基础信息采集、矛盾纠纷排查、安全隐患巡查、政策宣传和便民服务代办。

六、事件上报。网格员通过“门源智慧网格”平台上报事件。一般事件24小时内上报，乡镇（街道）在5个工作日内办结并反馈；重大事件
立即电话报告，同时在平台上报。

七、网格长。每个网格设网格长1名，由村（社区）党组织书记担任，负责统筹网格内各类服务管理力量。

八、考核管理。专职网格员实行季度考核和年度考核，年度考核不合格的，解除聘用。

九、本办法自2026年1月1日起施行。

中共门源回族自治县委政法委员会

2025年12月26日
"""

MY_YAML = "门源县12345热线智能客服知识库（网格服务）.yaml"
# the two entries the old system exported (PyYAML, allow_unicode off): \uXXXX escapes, lines continued by \
MY_ESCAPED = [
    {
        "question": "网格员上门登记信息，怎么辨别是不是真的？",
        "answer": "网格员入户时应当佩戴统一制发的工作证，工作证编号以“MYWG”开头。"
        "如有疑问，可以拨打县社会治理综合服务中心电话"
        "0970-8616110核实。",
        "tags": ["网格员", "工作证", "防诈骗"],
    },
    {
        "question": "发现邻居家有安全隐患，我不想出面，可以让网格员上报吗？",
        "answer": "可以。网格员对报告人信息严格保密，不会透露报告人身份。"
        "也可以在“门源智慧网格”微信公众号“随手拍”栏目匿名上报。",
        "tags": ["隐患", "上报", "保密"],
    },
]


def my_yaml() -> str:
    """The knowledge file: comments, a list of {question, answer, tags}; a folded answer whose fold falls
    inside a sentence, a literal block, a double-quoted entry with a \\n escape, a folded-strip answer, and
    the two escaped entries as PyYAML dumped them."""
    escaped = yaml.dump(MY_ESCAPED, allow_unicode=False, sort_keys=False, width=72)
    text = f"""# 门源县12345政务服务便民热线 智能客服知识库
# 分类：网格服务　　维护：县12345热线办　　最后更新：2026-04-08
# 说明：本文件由知识库管理后台导出；标注“迁移”的条目由旧系统导入，中文为转义字符，请勿手工修改

- question: 怎么知道我家属于哪个网格、网格员是谁？
  answer: >
    每个网格在小区出入口或者村委会门口都设有网格公示牌，公示牌上有网格员的
    姓名、照片和联系电话。也可以关注“门源智慧网格”微信公众号，在“我的网格”栏目输入住址查询。
  tags: [网格, 网格员, 查询]

- question: 专职网格员一个月工资多少？
  answer: |
    专职网格员月薪酬{MY_PAY}元（含个人应缴纳的社会保险费），由县财政统一发放。
    在农牧区网格工作的，每月另发交通补贴{MY_TRAFFIC}元。
  tags: [网格员, 待遇]

# ---- 迁移 ----
{escaped.rstrip()}

- question: "网格事件上报后多久能办好？"
  answer: "一般事件乡镇（街道）在5个工作日内办结并反馈，\\n可以在“门源智慧网格”平台查询办理进度。"
  tags: ["事件上报", "时限"]

- question: 想当网格员，什么时候招聘？
  answer: >-
    2026年专职网格员招聘公告计划于5月在门源县人民政府网站发布，报名条件以公告为准。
    年龄要求20至45周岁，高中（中专）以上学历。
  tags: [招聘]
"""
    items = yaml.safe_load(text)
    assert [i["question"] for i in items][2:4] == [e["question"] for e in MY_ESCAPED]
    assert "网格员的 姓名" in items[0]["answer"] and "\n" in items[4]["answer"]
    return text


MY_REPLY_Q = "在牧区村当专职网格员，去年考核优秀，今年一年能拿多少？"


def write_menyuan() -> None:
    write(
        f"青海/门源回族自治县/{MY_TITLE}.html",
        portal(
            MY,
            MY_TITLE,
            "政务公开 &gt;&gt; 通知公告",
            "2025-12-26",
            "中共门源回族自治县委政法委员会",
            P(MY_BODY),
            f"门政法发{L}2025{R}19号",
            related=["门源县“门源智慧网格”平台上线运行", "海北州网格化服务管理工作推进会召开"],
        ),
    )
    write(f"青海/门源回族自治县/{MY_YAML}", my_yaml())
    total = 12 * (MY_PAY + MY_TRAFFIC) + MY_BONUS
    assert total == 39000
    write(
        f"青海/门源回族自治县/12345 {MY_REPLY_Q}.html",
        letter(
            MY,
            "12345热线",
            MY_REPLY_Q,
            "马**（苏吉滩乡）",
            "2026-03-16",
            """
我今年29岁，是苏吉滩乡一个牧业村的专职网格员，村里有牧户186户，草场大，一个月骑摩托车跑下来油钱不少。去年年底考核评了
优秀，听说有奖励，今年1月份还没发。请问按新办法，今年一年（包括去年优秀的奖励）一共能拿多少？
""",
            "中共门源回族自治县委政法委员会",
            "2026-03-19",
            f"""
您好！根据《{MY_TITLE}》，专职网格员月薪酬2800元（含个人应缴纳的社会保险费），在农牧区网格工作的每月另发放交通补贴200
元，年度考核优秀的给予一次性奖励3000元。

按全年12个月计算，您可得（2800+200）×12+3000={total}元。优秀奖励将于3月底前发放。
""",
            "MY12345-2026-03162",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 19-21 洪洞县: the 城乡网格化服务管理工作实施细则 on the county's 繁體 site, the 网格事件分级上报标准 (.txt,
# GB18030, CRLF), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

HD_TITLE = "洪洞县城乡网格化服务管理工作实施细则"
HD_PART, HD_AWARD = 500, 2000
HD_BODY = articles(
    [
        "为深化城乡网格化服务管理，推动基层治理重心下移，根据上级有关要求，结合本县实际，制定本细则。",
        "按照“地域相邻、人口相当、便于管理”的原则，城镇社区每300户左右、"
        "农村每个自然村或者200户左右划分为一个网格。",
        "每个网格配备网格长1名、网格员1名。网格长由村（社区）“两委”成员担任；城镇社区网格配备专职网格员，"
        "农村网格由村民小组"
        "长、党员等兼任网格员。",
        f"城镇社区专职网格员实行岗位工资，每月2000元；农村兼职网格员每月发放补贴{HD_PART}元；"
        "网格长每月补贴300元。县财政为每名"
        "网格员购买意外伤害保险，保额50万元。",
        "网格事件分为一般、较大、重大三级，网格员按照《洪洞县网格事件分级上报标准》规定的时限上报。",
        f"网格员实行积分制考核，每年评选“十佳网格员”，每人奖励{HD_AWARD}元。",
        "本细则自2026年1月1日起施行，有效期5年。",
    ]
)

HD_TXT = "洪洞县网格事件分级上报标准.txt"
HD_ROWS = [
    ("等级", "事件示例", "上报时限", "办结时限"),
    ("一般", "邻里纠纷、路灯损坏、垃圾乱堆乱放", "24小时内", "5个工作日"),
    ("较大", "燃气泄漏隐患、10人以上集体上访苗头", "2小时内", "3个工作日"),
    ("重大", "火灾、安全生产事故、群体性事件", "30分钟内", "立即处置"),
]


def hd_txt() -> str:
    """The 标准 as typed in Notepad: a space-aligned table (widths by GBK bytes), CRLF lines."""

    def pad(s: str, width: int) -> str:
        return s + " " * (width - len(s.encode("gbk")))

    lines = ["洪洞县网格事件分级上报标准", ""]
    for level, example, report, done in HD_ROWS:
        lines.append(pad(level, 8) + pad(example, 40) + pad(report, 12) + done)
    lines += [
        "",
        "说明：1.重大事件先电话报告，再通过“平安洪洞”APP补报；",
        "      2.县网格化服务管理中心24小时值班电话0357-6225110。",
        "",
        "中共洪洞县委政法委员会",
        "2025年12月30日",
        "",
    ]
    return "\r\n".join(lines)


HD_REPLY_Q = "兼职网格员评上了“十佳网格员”，今年补贴加奖励一共多少？"


def write_hongtong() -> None:
    simple = portal(
        HD,
        HD_TITLE,
        "政务公开 &gt;&gt; 规范性文件",
        "2025-12-30",
        "中共洪洞县委政法委员会",
        P(HD_BODY) + "<p>中共洪洞县委政法委员会</p><p>2025年12月30日</p>",
        f"洪政法发{L}2025{R}31号",
        related=["洪洞县“平安洪洞”APP上线", "临汾市网格化服务管理工作现场会在洪洞召开"],
    )
    trad = _S2TW.convert(simple.replace('lang="zh-CN"', 'lang="zh-TW"'))
    write(f"山西/洪洞县/{_S2TW.convert(HD_TITLE)}（繁體版）.html", trad)
    write(f"山西/洪洞县/{HD_TXT}", hd_txt(), "gb18030")
    total = 12 * HD_PART + HD_AWARD
    assert total == 8000
    write(
        f"山西/洪洞县/12345 {HD_REPLY_Q}.html",
        letter(
            HD,
            "12345热线",
            HD_REPLY_Q,
            "李**（大槐树镇）",
            "2026-12-24",
            """
我是大槐树镇一个村的村民小组长，今年51岁，从1月份开始兼着村里的网格员，网格里有213户。12月县里公布了今年的“十佳网格员”，
我被评上了。请问我今年一年的网格员补贴加上奖励一共多少钱？另外我们村网格长是村支书，他的补贴是多少？
""",
            "中共洪洞县委政法委员会",
            "2026-12-28",
            f"""
您好！根据《{HD_TITLE}》，农村兼职网格员每月发放补贴500元，“十佳网格员”每人奖励2000元；网格长每月补贴300元。

您今年12个月的补贴为12×500=6000元，加上“十佳网格员”奖励2000元，一共{total}元。
""",
            "HD12345-2026-12247",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 22-25 霍城县: the 校园足球特色学校和青少年足球发展奖补办法, the 邀请赛 竞赛通知's translation memory (.tmx),
# the
# 春季联赛 竞赛规程 (.txt, UTF-16 LE), a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

HC_TITLE = "霍城县校园足球特色学校和青少年足球发展奖补办法"
HC_LEVELS = {"全国": 10, "自治区级": 5, "自治州级": 3}  # 万元
HC_BODY = articles(
    [
        "为推进校园足球普及，培养青少年足球后备人才，根据《全国青少年校园足球特色学校建设要求》等规定，"
        "结合本县实际，制定本"
        "办法。",
        "本办法适用于本县行政区域内的中小学校和幼儿园。",
        "学校新认定为全国青少年校园足球特色学校的，一次性奖补10万元；新认定为自治区级校园足球特色学校的，"
        "一次性奖补5万元；新认"
        "定为自治州级校园足球特色学校的，一次性奖补3万元。同一学校晋级认定的，按差额补足。",
        "已认定的特色学校，每年按在校学生人数每生20元安排校园足球运转经费，每校每年不低于1万元。",
        "学校聘请持有中国足球协会D级以上教练员证书的校外教练员，按每课时80元给予补贴，每人每月最高1600元；"
        "本校体育教师担任校队"
        "教练的，每月发放训练补贴500元。",
        "学校代表本县参加自治州级校园足球比赛获得前三名的，分别奖励学校2万元、1.5万元、1万元；"
        "参加自治区级比赛获得前三名的，分"
        "别奖励5万元、3万元、2万元。同一赛事按最高名次奖励，不重复计算。",
        "学校足球场地在课后和节假日向青少年免费开放。",
        "每年11月由学校向县教育局体卫艺股申报，县教育局会同县财政局审核后于12月底前拨付。",
        "本办法自2026年3月1日起施行。",
    ]
)

HC_TMX = "霍城县“薰衣草杯”国际青少年足球邀请赛竞赛通知_zh-CN_en-US.tmx"
# (zh-CN, en-US or None); in the Chinese, [ and ] mark a bold run (bpt / ept), ^ a tab (ph)
HC_SEGMENTS: list[tuple[str, str | None]] = [
    (
        "霍城县“薰衣草杯”国际青少年足球邀请赛竞赛通知",
        "Notice on the Huocheng \u201cLavender Cup\u201d International Youth Football Invitational",
    ),
    ("一、比赛时间：2026年7月18日至7月25日。", "1. Dates: 18 to 25 July 2026."),
    ("二、比赛地点：霍城县体育场（水定镇）。", "2. Venue: Huocheng County Stadium (Shuiding Town)."),
    (
        "三、组别：U12组、U14组，每队报名运动员不超过18人，官员不超过4人。",
        "3. Age groups: U12 and U14. Each team may register no more than 18 players and 4 officials.",
    ),
    ("四、报名截止：2026年6月[20]日。", "4. Registration closes on [20] June 2026."),
    (
        "五、参赛队在赛区的食宿费用由组委会承担，往返交通费用自理。",
        "5. Board and lodging during the tournament are covered by the organizing committee; teams pay their "
        "own travel.",
    ),
    (
        "六、冠军队奖金2万元，亚军1万元，季军5000元。",
        "6. Prize money: 20,000 yuan for the champions, 10,000 yuan for the runners-up and 5,000 yuan for "
        "third place.",
    ),
    (
        "七、联系电话：0999-^3028816（县教育局体卫艺股）。",
        "7. Contact: +86 999 ^3028816 (Physical, Health and Art Education Section, County Education Bureau).",
    ),
    ("霍城县校园足球工作领导小组办公室　2026年5月", None),
]


def tmx_inline(text: str) -> str:
    out = escape(text)
    out = out.replace("[", '<bpt i="1" type="bold">&lt;b&gt;</bpt>').replace(
        "]", '<ept i="1">&lt;/b&gt;</ept>'
    )
    return out.replace("^", '<ph x="2" type="x-tab">&lt;tab/&gt;</ph>')


def hc_tmx() -> bytes:
    """TMX 1.4 as SDL Trados Studio exports a memory: a header, per segment a <tu> (tuid, dates, the user, a
    context prop) with a zh-CN and an en-US <tuv> (the last segment untranslated), inline bpt / ept / ph."""
    tus = []
    for n, (zh, en) in enumerate(HC_SEGMENTS, 1):
        when = f"20260512T{3 + n // 6:02d}{(n * 7) % 60:02d}{(n * 13) % 60:02d}Z"
        tuvs = f'      <tuv xml:lang="zh-CN">\n        <seg>{tmx_inline(zh)}</seg>\n      </tuv>\n'
        if en is not None:
            tuvs += f'      <tuv xml:lang="en-US">\n        <seg>{tmx_inline(en)}</seg>\n      </tuv>\n'
        tus.append(
            f'    <tu tuid="{n}" creationdate="{when}" creationid="HC-EDU\\translator02" changedate="{when}" '
            f'changeid="HC-EDU\\translator02" lastusagedate="{when}">\n'
            f'      <prop type="x-Context">{hashlib.md5(zh.encode()).hexdigest()[:16]}, 0</prop>\n'
            f'      <prop type="x-Origin">TM</prop>\n{tuvs}    </tu>'
        )
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<tmx version="1.4">\n'
        '  <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" '
        'datatype="xml" segtype="sentence" adminlang="en-US" srclang="zh-CN" creationdate="20260512T031544Z" '
        'creationid="HC-EDU\\translator02">\n'
        '    <prop type="x-Recognizers">RecognizeAll</prop>\n'
        '    <prop type="x-TMName">霍城县教育局_zh-CN_en-US</prop>\n'
        "  </header>\n  <body>\n" + "\n".join(tus) + "\n  </body>\n</tmx>\n"
    )
    return b"\xef\xbb\xbf" + text.encode("utf-8")


HC_TXT = "霍城县2026年春季中小学校园足球联赛竞赛规程.txt"
HC_RULES = """
霍城县2026年春季中小学校园足球联赛竞赛规程

一、主办单位：霍城县教育局
    承办单位：霍城县第二中学

二、比赛时间：2026年4月11日至5月30日，每周六进行。

三、组别：小学男子组、小学女子组、初中男子组。

四、赛制：小学组8人制，每场比赛上下半场各25分钟；初中组11人制，上下半场各35分钟。
    第一阶段分组单循环，第二阶段交叉淘汰。

五、报名：各校于2026年3月27日前将报名表报县教育局体卫艺股，每队报名运动员不超过16人。
    运动员须为本校正式注册学籍的学生，须购买意外伤害保险。

六、录取：各组前三名颁发奖杯和证书，各组冠军代表霍城县参加自治州校园足球比赛。

七、本规程解释权属霍城县教育局。

霍城县教育局
2026年3月6日
"""


HC_REPLY_Q = "学校从州级升成了自治区级足球特色学校，校队又拿了州里第二名，能拿多少奖补？"


def write_huocheng() -> None:
    write(
        f"新疆/霍城县/{HC_TITLE}.html",
        portal(
            HC,
            HC_TITLE,
            "政务公开 &gt;&gt; 部门文件",
            "2026-02-16",
            "霍城县教育局　霍城县财政局",
            P(HC_BODY) + "<p>霍城县教育局　霍城县财政局</p><p>2026年2月16日</p>",
            f"霍教发{L}2026{R}9号",
            related=["霍城县2026年春季中小学校园足球联赛开幕", "全国青少年校园足球特色学校名单公布"],
        ),
    )
    write_bytes(f"新疆/霍城县/{HC_TMX}", hc_tmx())
    write_bytes(
        f"新疆/霍城县/{HC_TXT}", b"\xff\xfe" + HC_RULES.lstrip("\n").replace("\n", "\r\n").encode("utf-16-le")
    )
    gap = HC_LEVELS["自治区级"] - HC_LEVELS["自治州级"]
    assert (gap, gap + 1.5) == (2, 3.5)
    write(
        f"新疆/霍城县/县长信箱 {HC_REPLY_Q}.html",
        letter(
            HC,
            "县长信箱",
            HC_REPLY_Q,
            "马**（水定镇）",
            "2026-11-05",
            """
我是水定镇一所小学的校长，学校有学生860人。学校2024年被认定为自治州级校园足球特色学校，当时拿过3万元奖补；今年又被认定为
自治区级校园足球特色学校。今年6月，校队在自治州校园足球比赛中获得了第二名。请问今年学校能拿到多少特色学校奖补和比赛奖励？
""",
            "霍城县教育局",
            "2026-11-10",
            """
您好！根据《霍城县校园足球特色学校和青少年足球发展奖补办法》，新认定为自治区级校园足球特色学校的一次性奖补5万元，同一学校
晋级认定的，按差额补足；在自治州级比赛中获得第二名的，奖励学校1.5万元。

贵校此前已获自治州级奖补3万元，今年可补足差额5{MINUS}3=2万元，加上比赛奖励1.5万元，合计3.5万元（35000元）。此外，校园足球运转经
费按每生20元安排，贵校为17200元，另行拨付。请于11月底前向县教育局体卫艺股申报。
""".replace("{MINUS}", MINUS),
            "HCXZXX-2026-1105",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 26-29 四子王旗: the 青少年体育俱乐部扶持奖励办法, its 政策解读 (问答, a file named like 舟曲's), its 附件1
# that
# came down empty (.docx, 0 bytes), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

SZ_TITLE = "四子王旗青少年体育俱乐部扶持奖励办法"
SZ_NEW, SZ_PER = 30000, 20
SZ_EMPTY = "附件1 四子王旗青少年体育俱乐部扶持资金申请表.docx"
SZ_BODY = articles(
    [
        "为推动青少年体育发展，鼓励社会力量开展青少年体育活动，"
        "根据《内蒙古自治区青少年体育俱乐部管理办法》等规定，结合本旗实"
        "际，制定本办法。",
        "本办法所称青少年体育俱乐部，是指在旗民政部门登记、以开展青少年体育活动为主的非营利性社会组织。",
        "新认定为旗级青少年体育俱乐部的，一次性奖励3万元；新认定为自治区级的，一次性奖励5万元；"
        "新认定为国家级的，一次性奖励8万"
        "元。",
        f"俱乐部面向本旗中小学生开展免费公益体育培训的，按每人次{SZ_PER}元给予补贴，"
        "每个俱乐部每年最高10万元。",
        "俱乐部聘用持有国家二级以上社会体育指导员证书或者单项运动教练员证书的教练员，每人每月补贴800元，"
        "每个俱乐部最多补贴4人。",
        "俱乐部代表本旗参加乌兰察布市青少年体育比赛获得前三名的，分别奖励1万元、7000元、4000元；"
        "参加自治区级比赛获得前三名的，"
        "分别奖励3万元、2万元、1万元。",
        "旗教育体育局每年12月对俱乐部进行年度评估，评估不合格的，下一年度停止享受本办法规定的补贴。",
        "申请扶持资金的俱乐部，应当于每年11月30日前向旗教育体育局体育股报送《青少年体育俱乐部扶持资金申请表》"
        "（附件1）、民政部门"
        "登记证书复印件、公益培训签到表和教练员证书复印件。",
        "本办法自2026年4月1日起施行。",
    ]
)

SZ_READ = """
问一：为什么出台《办法》？

答：全旗现有青少年体育俱乐部9家，开展搏克、足球、射箭、马术等项目，普遍存在场地少、教练缺、经费紧的问题。《办法》从认定奖
励、公益培训补贴、教练员补贴和赛事奖励四个方面给予扶持。

问二：哪些俱乐部可以享受扶持？

答：在旗民政部门登记、以开展青少年体育活动为主的非营利性社会组织。以营利为目的的培训机构不在扶持范围内。

问三：公益培训的“人次”怎么计算？

答：每名中小学生参加一次不少于1.5小时的免费训练，计为1人次。签到表须有学生本人和家长签字，旗教育体育局将随机电话抽查。

问四：新认定的俱乐部能拿多少奖励？

答：旗级3万元，自治区级5万元，国家级8万元。

问五：到哪里申报，有没有电话可以咨询？

答：每年11月30日前将材料报送旗教育体育局体育股，咨询电话0474-5202716。
"""

SZ_REPLY_Q = "搏克俱乐部新认定为旗级俱乐部，免费教了2600人次，能拿多少扶持资金？"


def write_siziwang() -> None:
    write(
        f"内蒙古/四子王旗/{SZ_TITLE}.html",
        portal(
            SZ,
            SZ_TITLE,
            "政务公开 &gt;&gt; 规范性文件",
            "2026-03-18",
            "四子王旗教育体育局",
            P(SZ_BODY)
            + f'<p>附件：<a href="/attach/2026/03/{SZ_EMPTY}">{SZ_EMPTY.removesuffix(".docx")}</a></p>'
            + "<p>四子王旗教育体育局</p><p>2026年3月18日</p>",
            f"四教体发{L}2026{R}12号",
            related=["四子王旗第十届青少年搏克比赛圆满落幕", "乌兰察布市青少年体育俱乐部名单"],
        ),
    )
    write(
        "内蒙古/四子王旗/政策解读.html",
        portal(
            SZ,
            f"《{SZ_TITLE}》政策解读",
            "政务公开 &gt;&gt; 政策解读",
            "2026-03-20",
            "四子王旗教育体育局",
            P(SZ_READ),
            related=[SZ_TITLE],
        ),
    )
    write_bytes(f"内蒙古/四子王旗/{SZ_EMPTY}", b"")
    total = SZ_NEW + 2600 * SZ_PER
    assert total == 82000
    write(
        f"内蒙古/四子王旗/12345 {SZ_REPLY_Q}.html",
        letter(
            SZ,
            "12345热线",
            SZ_REPLY_Q,
            "巴**（乌兰花镇）",
            "2026-11-18",
            """
我们家开的搏克俱乐部在旗民政局登记了，今年7月被认定为旗级青少年体育俱乐部。今年暑假和周末给乌兰花镇的中小学生免费教搏克，
签到表统计一共2600人次。俱乐部有3名教练，其中2名有社会体育指导员证书。请问认定奖励和培训补贴一共能拿多少？教练补贴是不是要
单独申请？
""",
            "四子王旗教育体育局",
            "2026-11-21",
            f"""
您好！根据《{SZ_TITLE}》，新认定为旗级青少年体育俱乐部的一次性奖励3万元；开展免费公益体育培训的，按每人次20元给予补贴，每个
俱乐部每年最高10万元。

贵俱乐部可得认定奖励30000元和培训补贴2600×20=52000元，合计{total}元（8.2万元）。教练员补贴与以上资金一并申报，请于11月30
日前将申请表、登记证书复印件、签到表和教练员证书复印件报送旗教育体育局体育股。
""",
            "SZ12345-2026-11185",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 30-33 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 地方")


N1_TITLE = "野猪下山“拱”庄稼 伊春秦皇岛多地织密野生动物致害补偿网"
N1 = news(
    N1_TITLE,
    "绿色中国网",
    "2026-10-16 09:12　来源：绿色中国网　记者：韩雪",
    """
入秋以来，野猪下山啃食庄稼的情况在不少山区时有发生。记者近日在黑龙江伊春、河北秦皇岛采访发现，多地出台措施，既补偿群众损
失，又加强防控。

伊春铁力市出台陆生野生动物致害补偿办法，对野生动物致人伤亡和造成农作物、家畜家禽损失给予补偿。伊春嘉荫县也已对野生动物致人
伤亡给予补偿。伊春丰林县目前只对野猪造成的农作物损失给予补偿，人身伤害尚未纳入补偿范围。伊春伊美区拟于年内出台野生动物致害
补偿办法。

铁力市还对农户自建防野猪电子围栏给予补助。伊春南岔县也已对农户安装电子围栏给予补助。伊春汤旺县则组织护农队夜间巡护驱赶野猪，
没有对电子围栏给予补助。

秦皇岛青龙满族自治县对野猪造成的农作物损失给予补偿。秦皇岛卢龙县也已对野猪损毁农作物给予补偿。秦皇岛抚宁区计划明年出台野猪致
害补偿措施。

青龙满族自治县组建专业狩猎队开展野猪种群调控。秦皇岛山海关区也已组建狩猎队调控野猪种群。秦皇岛北戴河区在景区周边设置了野猪出
没警示牌，但没有组建狩猎队。

金林区的护林员也到铁力学习了电子围栏安装经验；昌黎县的农户也到青龙观摩了野猪防控工作。
""",
    "京ICP备05021387号",
    ["野生动物致害补偿纳入地方立法的实践", "秋收季节如何防范野猪伤人"],
)

N2_TITLE = "一张保单兜住山里人的损失 甘南多县推行野生动物致害政府救助责任保险"
N2 = news(
    N2_TITLE,
    "每日甘肃网",
    "2026-09-03 16:40　来源：甘肃日报　记者：马文",
    """
甘南山大沟深，野猪、黑熊等野生动物损毁庄稼、伤害家畜的事时有发生。如何让受损群众及时得到赔偿？甘南一些县给出了“保险方案”。

甘南舟曲县由县财政全额出资，为全县常住居民投保野生动物致害政府救助责任保险，群众不用缴纳保费。甘南迭部县也已推行野生动物致害
政府救助责任保险。甘南卓尼县拟于明年推行该项保险。甘南碌曲县为牧户投保了牦牛、藏羊养殖保险，但野生动物致害不在保险范围内。

舟曲县的保险对野生动物咬死、咬伤家畜给予赔付。甘南玛曲县也已对狼等野生动物咬死牲畜给予财政补偿。

临潭县的林草干部也到舟曲学习了保险理赔经验。
""",
    "陇ICP备05001264号",
    ["甘肃省陆生野生动物致害补偿办法修订", "甘南州野生动物保护宣传月启动"],
)

N3_TITLE = "网格虽小连万家 丹东海北临汾建强网格员队伍"
N3 = news(
    N3_TITLE,
    "中国长安网",
    "2026-07-08 10:05　来源：中国长安网　记者：沈清",
    """
网格员是基层治理的“毛细血管”。记者在辽宁丹东、青海海北、山西临汾采访了解到，各地在网格员待遇保障和考核激励上不断探索。

丹东宽甸满族自治县为专职网格员缴纳五险，并按月度考核结果发放绩效奖励。丹东东港市也已对专职网格员实行月度考核绩效奖励。丹东振
安区拟于下半年推行专职网格员绩效考核。

宽甸县每月为兼职网格员发放网格员补贴。丹东振兴区也已为兼职网格员发放补贴。

海北门源回族自治县为在农牧区网格工作的专职网格员每月发放交通补贴。海北祁连县也已为牧区网格员发放交通补贴。海北海晏县计划年内
出台网格员交通补贴办法。海北刚察县为牧区网格员统一配发了摩托车，但没有发放交通补贴。

临汾洪洞县每年评选“十佳网格员”并给予奖励。临汾霍州市也已开展优秀网格员评选并给予奖励。临汾侯马市将于明年开展优秀网格员评选。

洪洞县财政为每名网格员购买意外伤害保险。临汾襄汾县也已为网格员购买意外伤害保险。

元宝区的网格员也到宽甸交流了经验；曲沃县的网格员也参加了洪洞的培训。
""",
    "京ICP备05070593号",
    ["全国网格化服务管理工作推进会召开", "专职网格员队伍建设的几点思考"],
)

N4_TITLE = "绿茵场上追梦 伊犁乌兰察布校园足球和青少年体育见闻"
N4 = news(
    N4_TITLE,
    "中国青年网",
    "2026-08-12 08:30　来源：中国青年网　记者：古丽",
    """
暑假里，伊犁河谷和乌兰察布草原上的孩子们在球场上奔跑。记者近日走访发现，两地在校园足球和青少年体育俱乐部建设上各有新招。

伊犁霍城县对新认定的校园足球特色学校给予一次性奖补。伊犁伊宁县也已对校园足球特色学校给予奖补。伊犁察布查尔锡伯自治县拟于明年
出台校园足球特色学校奖补政策。伊犁新源县对校园篮球特色学校给予奖补，校园足球特色学校暂未纳入。

霍城县为学校聘请的校外足球教练员按课时发放补贴。伊犁昭苏县也已为校外足球教练员发放课时补贴。

乌兰察布四子王旗对新认定的青少年体育俱乐部给予一次性奖励。乌兰察布卓资县也已对新认定的青少年体育俱乐部给予奖励。乌兰察布化德
县计划年内出台青少年体育俱乐部扶持政策。乌兰察布商都县为青少年体育俱乐部免费提供训练场地，但没有设立奖励资金。

四子王旗对俱乐部开展的免费公益培训按人次给予补贴。乌兰察布丰镇市也已对俱乐部公益培训给予补贴。

巩留县的校园足球教练也到霍城观摩了比赛；集宁区的搏克俱乐部也到四子王旗进行了交流。
""",
    "京ICP备05061258号",
    ["全国青少年校园足球工作会议召开", "青少年体育俱乐部如何走出“小散弱”"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4)]


def write_news() -> None:
    for title, html in NEWS:
        write(f"新闻/{title}.html", html)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_tieli()
    write_zhouqu()
    write_qinglong()
    write_kuandian()
    write_menyuan()
    write_hongtong()
    write_huocheng()
    write_siziwang()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
