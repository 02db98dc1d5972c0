"""Writes eval/policy39/docs: a fortieth probe collection (33 files), 林长制与生态护林员、畜禽粪污资源化利
用与粪肥还田、稻渔综合种养 — what 生态护林员 counting the days they patrolled, a 村支书 who took over as 村
级林长 in April, hog farmers who built a 储粪棚 and a 贮存池, family farms spreading 粪肥 and 沼液 before
the autumn sowing, and co-operatives digging 稻虾 ditches ask (护林员 劳务报酬, 巡护 天数, 考核 扣减, 解聘,
意外伤害保险, 火情首报 奖励, 有效巡护; 村级林长 工作补助, 林长公示牌, “林长+警长”, “林长+检察长”, 考核 奖励
and 一票否决; 粪污处理设施 补助 per 平方米 and 立方米, 集中收集点, 收运 服务费, 粪肥还田 补贴 per 亩, 撒施
机, “三池” 补助, 种养结合; 稻渔基地 奖补 per 亩, 环沟 10%, 投饵机 and 增氧机, 示范基地, “压沟扩田”, 小龙虾
保险, 虾苗 投放) of eight new counties in eight provinces of central and east China (屏南县, 石台县, 万安
县, 宜阳县, 沂南县, 宁远县, 石首市, 盱眙县). Run once (``python -m eval.policy39.make_docs``); the files
are committed as data, and a second run writes the same bytes (the .docx's zip entries carry a fixed time
and its core dates are fixed, the PDF has no creation date or id, the .enex, .warc, .har and .po carry
fixed dates and ids).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of four news roundups that names a second region having done it (贵池区, 峡江
县, 井冈山市, 周宁县, 寿宁县, 伊川县, 汝阳县, 蒙阴县, 莒南县, 蓝山县, 洪湖市, 公安县, 淮阴区); the roundups
also name regions that have only planned a measure (新干县, 柘荣县, 洛宁县, 平邑县, 双牌县, 江陵县),
regions named only in passing (青原区, 栾川县, 郯城县, 新田县, 清江浦区) and regions that did something
else instead of the measure asked (永丰县 森林警务室 not “林长+警长”, 嵩县 病死畜禽 无害化处理 not 粪污设
施, 临沭县 商品有机肥 not 粪肥还田, 江华瑶族自治县 菌剂 not “三池”).

The documents: a 屏南县 生态护林员选聘和管理办法 beside its 征求意见稿 with other figures (每月900元, 22天,
40元, 400元, 2026年3月1日, a 巡护装备补助 article of 200元 the final text dropped) and a second copy of the
final page as Windows Explorer names a copy (“ - 副本”), and a 12345 reply (650元); a 石台县 深化新一轮林长
制改革实施方案 (.docx, two tables, the units only in the header row), an analyst's 印象笔记 clip of a news
page (.enex), its 政策解读 (问答, a file named like 石首's) and a 县长信箱 reply (2800元); a 万安县 林长巡
护通 app's translation catalogue (.po), the 深化林长制改革实施细则 on the county's 繁體 site (hand-written
traditional script, zh-TW) and a 12345 reply (1700元); a 宜阳县 畜禽粪污资源化利用整县推进项目实施方案 (a
hard-wrapped three-page PDF whose wrap cuts 每立方米1 | 00元), the 办事指南 (key-value rows), a browser's
HTTP archive of the 豫事办 政策问答 API (.har) and a 12345 reply (119000元); a 沂南县 2026年粪肥还田补贴实
施方案, a research institute's LaTeX report (.tex), the 秋季 服务主体 list (.txt, GB18030, CRLF,
space-aligned) and a 领导留言板 reply (6600元); a 宁远县 畜禽养殖废弃物资源化利用奖补办法 (.txt, GBK, CRLF)
and a 12345 reply (9500元); a 石首市 稻渔综合种养奖补办法, its 政策解读 (问答), a crawler's web archive of
the 农业农村局 site (.warc), the 小龙虾苗种投放技术要点 (.txt, UTF-16 LE with a byte-order mark, CRLF) and
a 领导留言板 reply (61200元); a 盱眙县 稻虾综合种养提质增效奖补实施细则, its 附件1 申报表 that came down
empty (.docx, 0 bytes) and a 12345 reply (70000元).

New kinds of file none of eval/policy .. eval/policy38 had:
- an Evernote / 印象笔记 export (.enex): <en-export> of one <note> (title, created, updated, tags,
  note-attributes with the clip's source-url), its <content> an ENML document inside CDATA (the web
  clipper's inline styles, the analyst's highlighted 批注 above an <hr/>, an <en-media> image whose
  <resource> holds a base64 PNG); the page's bold run cutting 386 | 块 and the analyst's highlight cutting
  0566- | 6021110 (石台 林长制 clip: 386块, 7个工作日内办结 and 0566-6021110 only there);
- a crawler's web archive (.warc, WARC/1.0, uncompressed) as Heritrix writes one: a warcinfo record, then
  per URL a request and a response (application/http), a 301 redirect, robots.txt, a metadata record of
  outlinks, block and payload digests; the article's response is GBK HTML whose charset only the HTTP
  Content-Type header names, sent with Transfer-Encoding: chunked, the chunk boundaries cutting 2026年6月1
  | 5日 and 0716-77 | 12368 (石首 示范基地 申报通知: 2026年6月15日, 500亩以上 and 0716-7712368 only there);
- a browser devtools HTTP archive (.har, HAR 1.2 as Chrome saves it): log.pages and log.entries with
  request and response headers and timings; the 政策问答 list API's JSON with every non-ASCII character
  written as a \\uXXXX escape and <, >, =, & and ' too (Gson's HTML-safe escapes), answers of HTML whose
  bold run cuts 每立方米25 | 元, one entry's text base64-encoded ("encoding": "base64"), a PNG icon and a
  204 beacon (宜阳 豫事办: 每立方米25元, 免收 and 30个工作日内 only there);
- a gettext translation catalogue (.po) of the 林长巡护通 app: a header entry, source references, msgid in
  English and msgstr in Chinese, msgstr continued over quoted lines whose break cuts 奖励500 | 元 and
  0796-5 | 702119, one msgid under two msgctxt, a fuzzy entry with its previous msgid, a plural entry and
  an obsolete (#~) entry holding the old 报酬 (万安: 奖励500元, 0796-5702119, 不少于5公里 and 不计入考核
  only there);
- a LaTeX research report (.tex, ctexart): \\section, an abstract, a booktabs tabular whose cells hold the
  figures (units in the first column), \\textbf and \\footnote inside sentences, a % comment line keeping
  the draft's figure, \\% in percentages (沂南 调研报告: 3.2万亩, 18.6% and 512 only there; 3.2万亩 and
  18.6% not in the bytes).

Also: a 征求意见稿 beside its final text; a duplicate; an empty file; two files of one name (政策解读.html)
in two folders; a .docx with tables; GBK, GB18030 and UTF-16 text; a page in traditional script on the
county's own 繁體 site (万安: 勞務報酬每人每月1200元, 獎勵5萬元 and 一票否決 only there); a hard-wrapped
PDF; a 办事指南 of key-value rows; pages of two CMS families (a 大汉-style portal and a TRS-style one) with
their navigation, 打印 / 分享 bars and footers; eight replies (12345 ×5, 领导留言板 ×2, 县长信箱) each
reckoning one asker's case to a figure only the reply holds."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import shutil
import struct
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

from eval import policy_make as make

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2026, 4, 20, 9, 30, 0)
WHEN = "2026-04-20T09:30:00Z"
L, R = "\u3014", "\u3015"  # the brackets of document numbers
MINUS = "\u2212"

OUT = make.Collection(DOCS)
write, write_bytes = OUT.write, OUT.write_bytes


def J(text: str) -> list[str]:
    """Paragraphs from wrapped source text: a blank line ends a paragraph, its lines are joined."""
    return ["".join(ln.strip() for ln in p.splitlines()) for p in re.split(r"\n\s*\n", text.strip())]


def P(text: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in J(text))


def uid(*parts: str) -> str:
    """A fixed id (the same every run) in the form of a UUID."""
    h = hashlib.md5("/".join(parts).encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def tiny_png(rgb: bytes) -> bytes:
    """A 16×16 PNG of a leaf-ish blot in ``rgb`` on white, written by hand: the same bytes every run."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(
        b"\x00"
        + b"".join(
            rgb if (x - 8) ** 2 + (y - 8) ** 2 < 30 - abs(x - y) else b"\xff\xff\xff" for x in range(16)
        )
        for y in range(16)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


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
# the county portals: two CMS families, each county its own furniture, and their 互动交流 boards
# ---------------------------------------------------------------------------------------------------------


class Site:
    def __init__(self, name: str, short: str, icp: str, code: str, police: str, tel: str, cms: str) -> None:
        self.name, self.short, self.icp, self.code, self.police, self.tel, self.cms = (
            name,
            short,
            icp,
            code,
            police,
            tel,
            cms,
        )


PN = Site(
    "屏南县人民政府",
    "屏南",
    "闽ICP备05031628号",
    "3509230001",
    "闽公网安备 35092302000118号",
    "0593-3322017",
    "hanweb",
)
ST = Site(
    "石台县人民政府",
    "石台",
    "皖ICP备06014572号",
    "3417220002",
    "皖公网安备 34172202000061号",
    "0566-6022360",
    "trs",
)
WA = Site(
    "万安县人民政府",
    "万安",
    "赣ICP备05008941号",
    "3608280001",
    "赣公网安备 36082802000095号",
    "0796-5702001",
    "trs",
)
YY = Site(
    "宜阳县人民政府",
    "宜阳",
    "豫ICP备05017736号",
    "4103270003",
    "豫公网安备 41032702000147号",
    "0379-68821001",
    "hanweb",
)
YN = Site(
    "沂南县人民政府",
    "沂南",
    "鲁ICP备05046213号",
    "3713210002",
    "鲁公网安备 37132102000233号",
    "0539-3221001",
    "trs",
)
NY = Site(
    "宁远县人民政府",
    "宁远",
    "湘ICP备07012385号",
    "4311260001",
    "湘公网安备 43112602000049号",
    "0746-7221001",
    "hanweb",
)
SS = Site(
    "石首市人民政府",
    "石首",
    "鄂ICP备05019562号",
    "4210810001",
    "鄂公网安备 42108102000172号",
    "0716-7241001",
    "hanweb",
)
XY = Site(
    "盱眙县人民政府",
    "盱眙",
    "苏ICP备05028817号",
    "3208300002",
    "苏公网安备 32083002000086号",
    "0517-88221001",
    "trs",
)


def page(site: Site, title: str, crumb: str, meta: str, body: str, related: list[str] | None = None) -> str:
    """A county portal's article page in the site's CMS family, its own bars and footer around the article."""
    links = related or ["中国政府网", "国务院客户端", "政务服务“好差评”", "12345政务服务便民热线"]
    if site.cms == "hanweb":
        lis = "".join(f'<li><a href="#" target="_blank">{r}</a></li>' for r in links)
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="ArticleTitle" content="{title}">
<link rel="stylesheet" href="/module/web/jpage/jpage.css">
<script src="/module/jslib/jquery/jquery.js"></script>
<script src="/script/jquery.cookie.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>您好，欢迎访问{site.name}门户网站！</span>
<span class="fr"><a href="#">无障碍阅读</a> <a href="#">关怀版</a> <a href="#">繁體</a> \
<a href="#">English</a> \
<a href="#">个人登录</a> <a href="#">法人登录</a></span></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{site.name}"></a>
<div class="search"><input type="text" placeholder="请输入您要搜索的内容"><a href="#">搜索</a></div></div>
<div class="mainnav"><ul class="w1200"><li><a href="#">首页</a></li><li><a href="#">{site.short}概况</a></li>\
<li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li>\
<li><a href="#">公共服务</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="w1200 location">您现在的位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="w1200 main">
<div class="art-title"><h1>{title}</h1></div>
<div class="art-info">{meta}　<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>\
　<a href="javascript:window.print()">【打印】</a>　<a href="#">【关闭】</a></div>
<div class="art-con" id="zoom">
{body}
</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a>\
<a class="bds_qzone">QQ空间</a></div>
</div>
<div class="w1200 xglj"><div class="hd">相关链接</div><ul>{lis}</ul></div>
<div class="footer"><div class="w1200">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a> | \
<a href="#">隐私声明</a></p>
<p>主办：{site.name}办公室　承办：{site.name[:-4]}大数据中心　联系电话：{site.tel}</p>
<p><a href="https://beian.miit.gov.cn/">{site.icp}</a>　{site.police}　网站标识码：{site.code}</p>
<p><img src="/images/dzjg.png" alt="党政机关">　<img src="/images/jiucuo.png" alt="政府网站找错"></p>
</div></div>
</body>
</html>
"""
    lis = "".join(f'<li>· <a href="#">{r}</a></li>' for r in links)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{site.name}-{title}</title>
<meta name="ColumnName" content="{crumb.split(" &gt; ")[-1]}" />
<link href="/images/2019_index.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/images/zt_js/wza.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tophead"><tr>
<td><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">手机版</a> | \
<a href="#">长者模式</a></td>
<td align="right"><script>var d=new Date();document.write(d.getFullYear()+"年");</script></td></tr></table>
<div class="logo_bg"><div class="logo">{site.name}</div></div>
<div class="daohang"><a href="#">网站首页</a><a href="#">政务公开</a><a href="#">网上办事</a>\
<a href="#">互动交流</a><a href="#">走进{site.short}</a></div>
<div class="dqwz">当前位置：<a href="#">首页</a> &gt; {crumb}</div>
<div class="xilan">
<div class="xilan_tit">{title}</div>
<div class="xilan_ly">{meta}　【<a href="#">我要纠错</a>】　【<a href="javascript:doPrint()">打印</a>】</div>
<div class="TRS_Editor" id="UCAP-CONTENT">
{body}
</div>
<div class="xilan_bottom"><span>扫一扫在手机上查看当前页面</span></div>
</div>
<div class="xgxx"><h4>相关信息</h4><ul>{lis}</ul></div>
<div class="foot">
<p>{site.name}主办　{site.name}办公室承办</p>
<p>{site.icp}　{site.police}　网站标识码：{site.code}　电话：{site.tel}</p>
<p>建议使用1366×768分辨率及以上浏览器浏览本站</p>
</div>
</body>
</html>
"""


def portal(
    site: Site, title: str, crumb: str, date: str, source: str, body: str, number: str = "", **kw: object
) -> str:
    meta = f"发布日期：{date}　信息来源：{source}" + (f"　文号：{number}" if number else "")
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
    """A letter and its reply on the portal's 政民互动 board, laid out as a table of fields."""
    body = f"""<table class="xjxx" width="100%" border="1" cellspacing="0" cellpadding="6">
<tr><th width="15%">信件编号</th><td>{number}</td><th width="15%">来信时间</th><td>{asked}</td></tr>
<tr><th>来信人</th><td>{who}</td><th>办理状态</th><td>已办结</td></tr>
<tr><th>信件标题</th><td colspan="3">{title}</td></tr>
<tr><th>来信内容</th><td colspan="3">{P(text)}</td></tr>
<tr><th>办理单位</th><td>{unit}</td><th>答复时间</th><td>{replied}</td></tr>
<tr><th>答复内容</th><td colspan="3">{P(reply)}</td></tr>
</table>
<div class="myd">满意度：<span class="on">满意</span></div>"""
    return portal(site, title, f"政民互动 &gt; {board}", replied, board, body)


# ---------------------------------------------------------------------------------------------------------
# 1-4 屏南县: the 生态护林员选聘和管理办法 beside its 征求意见稿 (and a copy of it), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

PN_TITLE = "屏南县生态护林员选聘和管理办法"
PN_DRAFT_TITLE = f"关于公开征求《{PN_TITLE}（征求意见稿）》意见的公告"
PN_PAY = (1000, 900)  # 每人每月 of the final text and of the draft
PN_DAYS = (20, 22)  # 每月巡护不少于 … 天
PN_CUT = (50, 40)  # 每少1天扣减 … 元
PN_MISS = 200  # 未及时报告, 每次扣减


def pn_articles(draft: bool) -> str:
    i = 1 if draft else 0
    return articles(
        [
            "为规范生态护林员选聘和管理，巩固拓展脱贫攻坚成果，加强森林资源管护，根据国家林业和草原局、财政部、"
            "国家乡村振兴局《生态护林员管理办法》等规定，结合本县实际，制定本办法。",
            "本办法所称生态护林员，是指从本县农村脱贫人口和防止返贫监测对象中选聘，使用中央和省级财政补助资金"
            "购买劳务，承担森林资源管护任务的人员。",
            "县林业局负责生态护林员的选聘、培训、考核和资金管理；乡镇人民政府负责生态护林员的日常管理；村民委员会"
            "负责推荐和日常监督。",
            "生态护林员应当具备下列条件：（一）本县户籍的农村居民，年龄在18至60周岁；（二）身体健康，能胜任野外"
            "巡护工作；（三）能熟练使用智能手机和“生态护林员巡护”APP；（四）遵纪守法，责任心强。脱贫人口和防止"
            "返贫监测对象优先选聘。",
            "生态护林员按照个人申请、村民委员会推荐、乡镇人民政府审核、县林业局审定的程序选聘，选聘结果在村务公开"
            "栏公示7天。聘期1年，期满考核合格的可以续聘。",
            "每名生态护林员管护面积一般不超过3000亩，由乡镇人民政府划定管护责任区，与生态护林员签订管护协议。",
            f"生态护林员每月巡护不少于{PN_DAYS[i]}天，每天巡护不少于4小时，巡护时全程开启巡护APP记录轨迹。",
            f"生态护林员劳务报酬为每人每月{PN_PAY[i]}元，按月考核、按季发放，通过惠民惠农财政补贴资金“一卡通”"
            "直接发放到本人账户。",
            f"生态护林员月度考核按下列规定扣减劳务报酬：（一）当月巡护天数不足{PN_DAYS[i]}天的，每少1天扣减"
            f"{PN_CUT[i]}元；（二）发现森林火情、乱砍滥伐、乱占林地等情况未及时报告的，每次扣减{PN_MISS}元；"
            "（三）巡护轨迹造假的，当月劳务报酬全部扣除。",
            f"年度考核为优秀的，给予一次性奖励{600 if not draft else 400}元；年度考核为不合格的，予以解聘。",
            "县林业局每年为生态护林员发放巡护装备补助200元，用于购置巡护服装、雨具等。" if draft else "",
            "县林业局为每名生态护林员购买人身意外伤害保险，保额不低于30万元，保费由县级财政承担。",
            "生态护林员有下列情形之一的，予以解聘：（一）连续2个月月度考核不合格的；（二）巡护轨迹造假2次以上的；"
            "（三）管护责任区内发生森林火灾未及时报告，造成严重后果的；（四）已稳定就业、不再符合选聘条件的。",
            f"本办法自{'2026年3月1日' if draft else '2026年4月1日'}起施行。",
        ]
    )


PN_DRAFT_LEAD = f"""
为增强政策制定的透明度和公众参与度，现将《{PN_TITLE}（征求意见稿）》全文公布，公开征求社会各界意见。征求意见时间为
2026年1月16日至2026年2月6日。意见建议可以通过信函寄至屏南县林业局森林资源管理股（信封注明“护林员管理办法意见”），
或者发送电子邮件至县林业局公开邮箱。

屏南县林业局

2026年1月16日
"""

PN_REPLY_Q = "当生态护林员5月只巡了17天，还有一次看到有人偷砍毛竹没及时报，当月能拿多少？"


def pn_reply_total() -> int:
    total = PN_PAY[0] - (PN_DAYS[0] - 17) * PN_CUT[0] - PN_MISS
    assert total == 650
    return total


def write_pingnan() -> None:
    final = portal(
        PN,
        PN_TITLE,
        "政务公开 &gt; 规范性文件",
        "2026-03-12",
        "屏南县林业局",
        P(pn_articles(False))
        + '<p style="text-align:right">屏南县林业局</p><p style="text-align:right">2026年3月12日</p>',
        f"屏林{L}2026{R}14号",
        related=[
            f"《{PN_TITLE}》征求意见采纳情况",
            "福建省生态护林员管理实施细则",
            "2026年屏南县森林防火工作方案",
        ],
    )
    write(f"福建/屏南县/{PN_TITLE}.html", final)
    write(f"福建/屏南县/{PN_TITLE} - 副本.html", final)
    write(
        f"福建/屏南县/{PN_DRAFT_TITLE}.html",
        portal(
            PN,
            PN_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2026-01-16",
            "屏南县林业局",
            P(PN_DRAFT_LEAD)
            + f'\n<p style="text-align:center"><strong>{PN_TITLE}（征求意见稿）</strong></p>\n'
            + P(pn_articles(True)),
        ),
    )
    total = pn_reply_total()
    write(
        f"福建/屏南县/12345 {PN_REPLY_Q}.html",
        letter(
            PN,
            "12345便民服务平台",
            PN_REPLY_Q,
            "陈**（熙岭乡）",
            "2026-06-08",
            """
我今年52岁，是熙岭乡的生态护林员，管着村后面2800亩山，家里4口人。5月份家里插秧忙，巡护只巡了17天；月中还看到有人在
林子边偷砍毛竹，当时想着是熟人就没马上报，后来乡里核查时被发现了。请问我5月份的护林员工资能拿多少？什么时候发？
""",
            "屏南县林业局",
            "2026-06-11",
            f"""
您好！根据《{PN_TITLE}》，生态护林员劳务报酬为每人每月1000元；当月巡护天数不足20天的，每少1天扣减50元；发现乱砍滥伐等
情况未及时报告的，每次扣减200元。

您5月巡护17天，比规定少3天，扣减3×50=150元；发现偷砍毛竹未及时报告1次，扣减200元。您5月份劳务报酬为1000{MINUS}150{MINUS}200=
{total}元。劳务报酬按季发放，第二季度的报酬将于7月中旬通过“一卡通”发放到您本人账户。请您今后按规定巡护，发现问题及时报告。
""",
            "PN2026060800317",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 5-8 石台县: the 深化新一轮林长制改革实施方案 (.docx, two tables, the units in the header row), an analyst's
# 印象笔记 clip (.enex), its 政策解读 (问答, a file named like 石首's), a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

ST_TITLE = "石台县深化新一轮林长制改革实施方案"
ST_DOCX = f"{ST_TITLE}.docx"
ST_CHIEF, ST_RANGER, ST_BEST = 2400, 800, 1000
ST_BLOCKS: list = [
    f"# {ST_TITLE}",
    "为深化新一轮林长制改革，推动林长制从“有名”向“有实”“有效”转变，根据《安徽省林长制条例》和省、市关于深化新一轮"
    "林长制改革的部署，结合我县实际，制定本方案。",
    "## 一、健全林长组织体系",
    "全县实行县、乡、村三级林长制，各级林长的设置和巡林要求如下表。",
    [
        ["层级", "林长设置", "巡林频次", "主要职责"],
        [
            "县级",
            "总林长2名、副总林长6名、县级林长13名",
            "每年不少于2次",
            "统筹协调全县林长制工作，督导解决重大问题",
        ],
        ["乡级", "乡镇党政主要负责同志担任", "每季度不少于1次", "组织责任区域森林资源保护发展，调度护林员"],
        ["村级", "村党组织书记担任", "每月不少于1次", "组织巡林护林，发现问题及时处置或者上报"],
    ],
    "## 二、推行“林长+”协作机制",
    "推行“林长+警长”机制，各乡镇派出所所长担任乡级副林长；推行“林长+检察长”机制，县人民检察院与县林业局建立"
    "线索移送、案件会商和公益诉讼协作制度。",
    "## 三、落实基层工作保障",
    "村级林长和村级护林员的工作补助按下表执行，所需资金列入县财政年度预算。",
    [
        ["对象", "补助标准（元）", "计发方式", "资金来源"],
        ["村级林长", str(ST_CHIEF), "每人每年，按任职月数折算，年底考核后发放", "县财政"],
        ["村级护林员", str(ST_RANGER), "每人每月，按月考核发放", "县财政、生态公益林管护资金"],
        ["年度考核优秀的村级林长", str(ST_BEST), "一次性奖励，年底发放", "县财政"],
    ],
    "## 四、规范设置林长公示牌",
    "在主要林区入口、重点生态区位设立林长公示牌，标明林长姓名、职务、责任区域、管护目标和监督电话，并印制问题反映"
    "二维码。林长公示牌信息发生变更的，应当在30日内更新。2026年6月30日前完成全县林长公示牌信息更新。",
    "## 五、强化考核评价",
    "林长制工作纳入乡镇年度综合考核，权重不低于5%。村级林长年度考核结果分为优秀、合格、不合格三个等次，考核不合格的"
    "不发放当年工作补助。",
    "石台县林长制办公室　2026年3月",
]

ST_ENEX = "石台“林长+”机制守护牯牛降（池州新闻网剪藏）.enex"
# the clipped page: ( paragraph, … ); {b}…{/b} the page's bold run, {hl}…{/hl} the analyst's highlight
ST_CLIP = [
    "初夏时节，走进石台县仙寓山、牯牛降，漫山青翠。近年来，石台县深化新一轮林长制改革，推动林长制从“有名”向“有实”"
    "转变。",
    "石台县构建县、乡、村三级林长体系，全县共有县级林长21名、乡级林长86名、村级林长79名。截至2025年底，全县共设立"
    "各级林长公示牌{b}386{/b}块，每块公示牌都印有二维码，群众扫码即可反映问题。",
    "“群众通过扫码反映的问题，县林长办在24小时内交办，一般问题7个工作日内办结。”石台县林长办负责人介绍，2025年全县"
    "共受理群众反映问题143件，全部办结。",
    "石台县还推行“林长+检察长”机制，县人民检察院与县林业局建立协作，2025年共办理破坏森林资源公益诉讼案件12件。",
    "村级林长的积极性也被调动起来。石台县对村级林长发放工作补助，并将年度考核结果与补助发放挂钩。",
    "群众发现乱砍滥伐、违法占用林地等问题，也可拨打石台县林长办监督电话0566-{hl}6021110{/hl}反映。",
]
HL = "--en-highlight:yellow;background-color: rgb(255, 250, 165);"


def st_enml() -> tuple[str, bytes, str]:
    """The note's ENML: the analyst's highlighted 批注, a rule, then the clipped page (the web clipper's
    inline styles, a heading, the source line, an image as <en-media>)."""
    paras = []
    for p in ST_CLIP:
        p = escape(p).replace("{b}", '<span style="font-weight: bold;">').replace("{/b}", "</span>")
        p = p.replace("{hl}", f'<span style="{HL}">').replace("{/hl}", "</span>")
        paras.append(
            '<div style="margin: 0px 0px 1em; line-height: 1.8em; font-size: 16px; '
            f'color: rgb(51, 51, 51); text-indent: 2em;">{p}</div>'
        )
    png = tiny_png(b"\x2e\x8b\x57")
    md5 = hashlib.md5(png).hexdigest()
    return (
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
            '<en-note><div><span style="' + HL + '">批注（5/11）：石台的扫码反映问题机制值得和贵池对照看；'
            "公示牌数量见正文第二段。</span></div><div><br/></div><hr/>"
            '<div style="font-family: &quot;Microsoft YaHei&quot;, sans-serif;">'
            '<h2 style="font-size: 24px; text-align: center;">石台：“林长+”机制守护牯牛降满目青翠</h2>'
            '<div style="text-align: center; color: rgb(153, 153, 153); font-size: 13px;">'
            "2026-05-08 09:21　来源：池州新闻网　编辑：王璐</div>"
            f'<div style="text-align: center;"><en-media hash="{md5}" type="image/png" '
            'style="max-width: 600px;"/></div>' + "".join(paras) + "</div></en-note>"
        ),
        png,
        md5,
    )


def st_enex() -> str:
    enml, png, md5 = st_enml()
    data = base64.encodebytes(png).decode("ascii").strip()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20260512T083015Z" application="YXBJ Windows" version="6.21.3.2216">
  <note>
    <title>石台“林长+”机制守护牯牛降（池州新闻网剪藏）</title>
    <created>20260511T021844Z</created>
    <updated>20260512T081207Z</updated>
    <tag>林长制</tag>
    <tag>池州</tag>
    <tag>待对比</tag>
    <note-attributes>
      <author>lin.yanjiu</author>
      <source>web.clip7</source>
      <source-url>https://www.czxww.cn/news/2026-05/08/content_118523.htm</source-url>
      <source-application>webclipper.evernote</source-application>
    </note-attributes>
    <content>
      <![CDATA[{enml}]]>
    </content>
    <resource>
      <data encoding="base64">
{data}
      </data>
      <mime>image/png</mime>
      <width>16</width>
      <height>16</height>
      <resource-attributes>
        <source-url>https://www.czxww.cn/images/2026-05/08/{md5[:12]}.png</source-url>
        <file-name>{md5[:12]}.png</file-name>
      </resource-attributes>
    </resource>
  </note>
</en-export>
"""


ST_READ = """
问：这次深化新一轮林长制改革，“新”在哪里？

答：主要有三个方面：一是推行“林长+警长”“林长+检察长”协作机制，让林长发现的问题有人查、有人管；二是对村级林长发放工作
补助，并与年度考核结果挂钩；三是在林长公示牌上印制问题反映二维码，方便群众监督。

问：村级林长的工作补助从哪里出？怎么发？

答：村级林长工作补助由县财政列入年度预算，按任职月数折算，年底考核后一次性发放。年度考核不合格的，不发放当年工作补助。

问：村级护林员是怎么配备的？

答：按照每5000亩林地配备1名村级护林员的标准配备，林地面积不足5000亩的行政村配备1名，由村级林长统筹调度。

问：群众发现毁林问题怎么反映？

答：可以扫描林长公示牌上的二维码反映，也可以拨打12345热线反映。
"""

ST_REPLY_Q = "4月份接任村支书兼村级林长，年底考核评了优秀，今年林长补助一共能拿多少？"


def st_reply_total() -> int:
    months = 12 - 3  # 4月至12月
    total = ST_CHIEF // 12 * months + ST_BEST
    assert total == 2800
    return total


def write_shitai() -> None:
    write_bytes(
        f"安徽/石台县/{ST_DOCX}",
        make.docx_bytes(ST_BLOCKS, "石台县林长制办公室文件", "— 1 —", "石台县林长办", WHEN, STAMP),
    )
    write(f"安徽/石台县/{ST_ENEX}", st_enex())
    write(
        "安徽/石台县/政策解读.html",
        portal(
            ST,
            f"《{ST_TITLE}》政策解读",
            "政务公开 &gt; 政策解读",
            "2026-03-26",
            "石台县林长制办公室",
            P(ST_READ),
            related=[ST_TITLE, "图解：石台县林长制“五个一”", "池州市林长制工作推进会召开"],
        ),
    )
    total = st_reply_total()
    write(
        f"安徽/石台县/县长信箱 {ST_REPLY_Q}.html",
        letter(
            ST,
            "县长信箱",
            ST_REPLY_Q,
            "程**（仙寓镇）",
            "2026-12-21",
            """
县长您好！我今年46岁，原来的村支书调走了，今年4月份村里选我当了党支部书记，按规定兼任村级林长。我们村有1.2万亩林子，
我每个月都按要求巡林。年底县里考核，我评了优秀。请问我今年的林长工作补助加上奖励一共能拿多少？
""",
            "石台县林业局",
            "2026-12-25",
            f"""
您好！根据《{ST_TITLE}》，村级林长工作补助标准为每人每年2400元，按任职月数折算，年底考核后发放；年度考核优秀的村级林长，
另给予一次性奖励1000元。

您4月至12月任村级林长共9个月，工作补助为2400÷12×9=1800元，加上考核优秀奖励1000元，今年一共{total}元，将于明年1月
底前发放。感谢您对林长制工作的支持！
""",
            "STXZ-2026-1221-08",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-11 万安县: the 林长巡护通 app's translation catalogue (.po), the 深化林长制改革实施细则 on the
# county's 繁體 site (traditional script written by hand), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

WA_PO = "linzhang-xunhu_zh_CN.po"
WA_PO_HEADER = r"""# Chinese (China) translation for linzhang-xunhu (万安县林长巡护通).
# Copyright (C) 2026 Wan'an County Forestry Bureau
# This file is distributed under the same license as the linzhang-xunhu package.
# 刘晓敏 <liuxm@lzxh.example>, 2025, 2026.
#
msgid ""
msgstr ""
"Project-Id-Version: linzhang-xunhu 3.2.0\n"
"Report-Msgid-Bugs-To: dev@lzxh.example\n"
"POT-Creation-Date: 2026-02-26 10:12+0800\n"
"PO-Revision-Date: 2026-03-03 16:47+0800\n"
"Last-Translator: 刘晓敏 <liuxm@lzxh.example>\n"
"Language-Team: Chinese (simplified) <i18n-zh@lzxh.example>\n"
"Language: zh_CN\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=1; plural=0;\n"
"X-Generator: Poedit 3.4.2\n"
"""
# the entries as Poedit writes them: source references, flags, a previous msgid, msgctxt, continued lines
WA_PO_BODY = r"""
#: src/pages/home/index.vue:18
msgid "Wan'an Forest Chief Patrol"
msgstr "万安县林长巡护通"

#: src/pages/home/index.vue:42
msgid "Start patrol"
msgstr "开始巡护"

#: src/pages/home/index.vue:43
msgid "End patrol"
msgstr "结束巡护"

#: src/pages/patrol/track.vue:77
#, c-format
msgid "%d valid patrol this month"
msgid_plural "%d valid patrols this month"
msgstr[0] "本月有效巡护%d次"

#: src/pages/help/rules.vue:12
msgid ""
"A patrol is valid when the track is at least 5 km long and lasts at least 3 "
"hours."
msgstr "巡护轨迹长度不少于5公里且时长不少于3小时的，计为一次有效巡护。"

#: src/pages/help/rules.vue:15
msgid "Rangers must complete at least 18 valid patrols each month."
msgstr "护林员每月有效巡护不少于18次。"

#: src/pages/help/rules.vue:19
msgid ""
"Tracks must be uploaded before 24:00 on the day of the patrol; tracks "
"uploaded later are not counted in the assessment."
msgstr "巡护轨迹须在巡护当日24时前上传，逾期上传的轨迹不计入考核。"

#: src/pages/help/rules.vue:24
msgid ""
"The first ranger to find and report a forest fire is rewarded 500 yuan once "
"the report is verified by the county forestry bureau."
msgstr ""
"首先发现并及时报告森林火情的护林员，经县林业局核实，给予一次性奖励500"
"元。"

#: src/components/TabBar.vue:9
msgctxt "menu"
msgid "Fire alarm"
msgstr "火情报警"

#: src/pages/help/fire.vue:8
msgctxt "help"
msgid "Fire alarm"
msgstr ""
"发现森林火情，请立即拨打县森林防火指挥部报警电话0796-5"
"702119，并通过本应用“火情报警”上传位置和照片。"

#: src/pages/help/rules.vue:30
msgid "Do not patrol alone at night or during thunderstorms."
msgstr "夜间和雷雨天气不得单独巡护。"

#: src/pages/settings/offline.vue:31
#, fuzzy
#| msgid "Offline map size: about 150 MB"
msgid "Offline map size: about 200 MB"
msgstr "离线地图约占用150MB存储空间"

#: src/pages/settings/about.vue:14
#, c-format
msgid "Version %s"
msgstr "版本 %s"

#~ msgid "Monthly allowance: 1,000 yuan"
#~ msgstr "护林员每月补助1000元"
"""

# the 细则 as the county's 繁體 site serves it (its template and text in traditional script, written by hand)
WA_TRAD_TITLE = "萬安縣深化林長制改革實施細則"
WA_TRAD_BODY = """
第一條　為深化林長制改革，壓實各級林長保護發展森林資源責任，根據《江西省林長制條例》，結合本縣實際，
制定本細則。

第二條　全縣實行縣、鄉、村三級林長制。縣級設立總林長、副總林長，鄉級林長由鄉鎮黨政主要負責同志擔任，
村級林長由村黨組織
書記擔任。各級林長責任區域設立林長公示牌，接受社會監督。

第三條　推行「林長+警長」機制，由各鄉鎮派出所所長擔任鄉級副林長，協助林長查處破壞森林資源違法行為。

第四條　生態護林員實行網格化管理，每名護林員管護一個網格，使用「林長巡護通」應用記錄巡護軌跡，
巡護軌跡納入月度考核。

第五條　生態護林員勞務報酬每人每月1200元，按月考核發放。

第六條　林長制工作實行年度考核，滿分100分，90分以上為優秀。對考核優秀的鄉鎮，給予工作經費獎勵5萬元；
考核不合格的鄉鎮，
由縣總林長約談鄉級林長。

第七條　發生重大森林火災或者重大毀林案件的鄉鎮，年度考核實行一票否決。

第八條　本細則自2026年1月1日起施行。
"""


def wa_trad_page() -> str:
    """The 繁體 site's article page: the TRS template, its furniture also in traditional script."""
    site = WA
    body = (
        P(WA_TRAD_BODY)
        + '<p style="text-align:right">萬安縣林長制辦公室</p><p style="text-align:right">2025年12月26日</p>'
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>萬安縣人民政府-{WA_TRAD_TITLE}</title>
<meta name="ColumnName" content="規範性文件" />
<link href="/images/2019_index.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/images/zt_js/wza.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tophead"><tr>
<td><a href="#">設為首頁</a> | <a href="#">加入收藏</a> | <a href="#">手機版</a> | <a href="#">簡體版</a></td>
<td align="right"><script>var d=new Date();document.write(d.getFullYear()+"年");</script></td></tr></table>
<div class="logo_bg"><div class="logo">萬安縣人民政府</div></div>
<div class="daohang"><a href="#">網站首頁</a><a href="#">政務公開</a><a href="#">網上辦事</a>\
<a href="#">互動交流</a><a href="#">走進萬安</a></div>
<div class="dqwz">當前位置：<a href="#">首頁</a> &gt; 政務公開 &gt; 規範性文件</div>
<div class="xilan">
<div class="xilan_tit">{WA_TRAD_TITLE}</div>
<div class="xilan_ly">發布日期：2025-12-26　信息來源：萬安縣林長制辦公室　文號：萬林長辦發{L}2025{R}5號　\
【<a href="#">我要糾錯</a>】　【<a href="javascript:doPrint()">列印</a>】</div>
<div class="TRS_Editor" id="UCAP-CONTENT">
{body}
</div>
<div class="xilan_bottom"><span>掃一掃在手機上查看當前頁面</span></div>
</div>
<div class="xgxx"><h4>相關信息</h4><ul><li>· <a href="#">萬安縣2026年森林防火工作方案</a></li>\
<li>· <a href="#">吉安市林長制工作推進會召開</a></li></ul></div>
<div class="foot">
<p>萬安縣人民政府主辦　萬安縣人民政府辦公室承辦</p>
<p>{site.icp}　{site.police.replace("公网安备", "公網安備")}　網站標識碼：{site.code}　電話：{site.tel}</p>
<p>建議使用1366×768分辨率及以上瀏覽器瀏覽本站</p>
</div>
</body>
</html>
"""


WA_PAY, WA_FIRE = 1200, 500
WA_REPLY_Q = "护林员3月份第一个发现山火报了上去，当月能拿多少钱？"


def write_wanan() -> None:
    write(f"江西/万安县/{WA_PO}", WA_PO_HEADER + WA_PO_BODY)
    write(f"江西/万安县/{WA_TRAD_TITLE}（繁體版）.html", wa_trad_page())
    total = WA_PAY + WA_FIRE
    assert total == 1700
    write(
        f"江西/万安县/12345 {WA_REPLY_Q}.html",
        letter(
            WA,
            "12345热线",
            WA_REPLY_Q,
            "郭**（韶口乡）",
            "2026-04-07",
            """
我今年49岁，是韶口乡的生态护林员，管着一个网格，大概2600亩。3月18号下午巡山的时候看到对面山上冒烟，马上打了森林防火报警
电话，还在巡护通上传了位置，后来林业局核实是我第一个报的。3月份我巡护了23次。请问我3月份一共能拿多少钱？
""",
            "万安县林业局",
            "2026-04-10",
            f"""
您好！根据《万安县深化林长制改革实施细则》，生态护林员劳务报酬每人每月1200元，按月考核发放；根据县林业局森林火情首报奖励
规定，首先发现并及时报告森林火情、经核实的护林员，另给予一次性奖励。

经核实，您3月18日首先报告了韶口乡森林火情，3月份有效巡护次数也达到了考核要求。您3月份可领取劳务报酬1200元，另有500元
火情首报奖励，一共{total}元，将于4月底前发放到您的“一卡通”账户。感谢您为守护森林作出的贡献！
""",
            "WA12345-202604070562",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 12-15 宜阳县: the 畜禽粪污资源化利用整县推进项目实施方案 (a hard-wrapped PDF, its wrap cutting a figure),
# the 办事指南 (key-value rows), the 豫事办 政策问答 API as a browser's HTTP archive (.har), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

YY_TITLE = "宜阳县畜禽粪污资源化利用整县推进项目实施方案"
YY_PDF = f"{YY_TITLE}.pdf"
YY_WIDTH = 34
YY_RATES = {"储粪棚": 150, "贮存池": 100}  # 元/平方米, 元/立方米
YY_PAGES = [
    f"""
{YY_TITLE}
宜农{L}2026{R}8号
为加快推进畜禽粪污资源化利用，改善农村人居环境，促进种养结合、农牧循环，根据《河南省畜禽粪污资源化利用整县推进项目管理办法》，结合我县实际，制定本方案。
一、项目目标
到2026年底，全县畜禽粪污综合利用率达到85%以上，规模养殖场粪污处理设施装备配套率保持100%。
二、建设内容和补助标准
（一）规模养殖场粪污处理设施提升改造。对生猪年出栏500头以上（其他畜禽按规定折算）的规模养殖场，新建或者改造防雨防渗储粪棚（场）的，按每平方米{YY_RATES["储粪棚"]}元补助；新建或者改造污水（沼液）贮存池的，按每立方米{YY_RATES["贮存池"]}元补助；购置固液分离机、有机肥发酵罐等设备的，按购置价格的30%补助。单个养殖场补助总额最高30万元。
""",
    """
（二）散养密集村粪污集中收集点。以行政村为单位，在散养户较为集中的村建设粪污集中收集点，每个补助2万元。
（三）粪污收集运输车辆。对从事粪污收运服务的社会化服务组织购置吸污车、粪污运输车的，每台补助3万元，每个组织最多补助3台。
三、申报条件
（一）在宜阳县依法登记或者备案的畜禽养殖场（户）、社会化服务组织；（二）环评手续齐全；（三）近两年内无环境违法记录。已享受中央或者省级畜禽粪污资源化利用项目补助的同一设施，不得重复申报。
四、实施步骤
（一）申报阶段：2026年3月31日前，申报主体向县农业农村局提交申报材料。（二）评审公示：4月底前完成评审，评审结果公示5天。（三）建设阶段：项目须在2026年10月31日前完工。（四）验收阶段：项目完工后15个工作日内申请验收，县农业农村局会同县财政局在20个工作日内组织验收。
""",
    """
五、资金拨付
项目实行先建后补，验收合格后按规定拨付补助资金。补助资金专款专用，不得用于养殖场日常运营。
六、保障措施
县农业农村局畜牧股负责项目日常管理和技术指导，县财政局负责资金保障和监管。对弄虚作假、套取补助资金的，追回补助资金，3年内不得申报县级以上农业项目。
附件：宜阳县畜禽粪污资源化利用项目申报表
宜阳县农业农村局　宜阳县财政局
2026年2月20日
""",
]

YY_GUIDE = """
事项|内容
事项名称|畜禽粪污资源化利用项目补助申报
实施主体|宜阳县农业农村局
受理地点|宜阳县政务服务中心二楼农业农村窗口（17号窗口）
办理时限|20个工作日（不含公示、验收时间）
申报对象|在宜阳县依法登记或者备案的规模养殖场、社会化服务组织和行政村
申报材料|1.项目申报表；2.营业执照或者养殖场备案回执；3.环评批复或者环境影响登记表备案回执；4.设施建设方案和投资预算；5.银行基本存款账户信息
收费标准|不收费
办理流程|申报→乡镇初审→县农业农村局评审→公示5天→建设→申请验收→拨付资金
网上办理|“豫事办”APP或者河南政务服务网
咨询电话|0379-68852013
"""

YY_HAR = "ysb.henan.gov.cn_宜阳政策问答.har"
YY_HOST = "https://ysb.henan.gov.cn"
YY_QA = [
    (
        "QA2026040800151",
        "散养户的粪污怎么处理？有人上门收吗？",
        "<p>散养户可将粪污送到本村粪污集中收集点，由县畜禽粪污收运服务队定期收运。收运服务费<strong>每立方米25</strong>元，"
        "脱贫户和防止返贫监测户免收。</p>",
        312,
    ),
    (
        "QA2026040800152",
        "养殖场粪污处理设施补助在哪里申报？",
        "<p>登录“豫事办”APP，搜索“宜阳粪污设施补助”在线申报；也可以到县政务服务中心二楼农业农村窗口现场申报。</p>",
        268,
    ),
    ("QA2026040800153", "项目验收合格后，补助资金多久能到账？", "<p>点击查看详情</p>", 197),
]
YY_DETAIL = {
    "code": 200,
    "msg": "操作成功",
    "success": True,
    "data": {
        "id": "QA2026040800153",
        "areaName": "宜阳县",
        "deptName": "宜阳县农业农村局",
        "question": "项目验收合格后，补助资金多久能到账？",
        "answer": '<p>验收结果公示5天无异议的，县财政局在<span style="color:#c00000">30个工作日内</span>'
        "将补助资金拨付到"
        "申报主体的对公账户或者“一卡通”账户。</p><p>咨询电话：0379-68852013</p>",
        "attachments": [],
        "updateTime": "2026-04-08 10:24:05",
    },
}


def gson(obj: object) -> str:
    """JSON as the API's server writes it: compact, every non-ASCII character escaped, and Gson's HTML-safe
    escapes for <, >, =, & and '."""
    text = json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    for c in "<>=&'":
        text = text.replace(c, f"\\u{ord(c):04x}")
    return text


def har_entry(
    started: str,
    ms: float,
    method: str,
    url: str,
    rtype: str,
    status: int,
    mime: str,
    text: str | None,
    size: int,
    b64: bool = False,
    extra_req: list[tuple[str, str]] | None = None,
) -> dict:
    query = [
        {"name": k, "value": v}
        for k, v in (pair.split("=", 1) for pair in (url.split("?", 1)[1].split("&") if "?" in url else []))
    ]
    req_headers = [
        (":authority", "ysb.henan.gov.cn"),
        (":method", method),
        (":path", url.split("henan.gov.cn", 1)[1]),
        (":scheme", "https"),
        ("accept", "application/json, text/plain, */*" if rtype == "xhr" else "*/*"),
        ("accept-language", "zh-CN,zh;q=0.9"),
        (
            "user-agent",
            "Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.6367.82 Mobile Safari/537.36 ysb/3.1.6",
        ),
        *(extra_req or []),
    ]
    content: dict = {"size": size, "mimeType": mime}
    if text is not None:
        content["text"] = text
    if b64:
        content["encoding"] = "base64"
    return {
        "_initiator": {"type": "script" if rtype == "xhr" else "other"},
        "_priority": "High",
        "_resourceType": rtype,
        "cache": {},
        "connection": "443",
        "pageref": "page_1",
        "request": {
            "method": method,
            "url": url,
            "httpVersion": "http/2.0",
            "headers": [{"name": k, "value": v} for k, v in req_headers],
            "queryString": query,
            "cookies": [],
            "headersSize": -1,
            "bodySize": 0,
        },
        "response": {
            "status": status,
            "statusText": "",
            "httpVersion": "http/2.0",
            "headers": [
                {"name": "content-type", "value": mime},
                {"name": "date", "value": "Thu, 09 Apr 2026 01:36:22 GMT"},
                {"name": "server", "value": "nginx"},
                {"name": "x-request-id", "value": uid(url)[:18]},
            ],
            "cookies": [],
            "content": content,
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": -1,
            "_transferSize": size + 412,
            "_error": None,
        },
        "serverIPAddress": "218.28.71.135",
        "startedDateTime": started,
        "time": ms,
        "timings": {
            "blocked": 1.204,
            "dns": -1,
            "ssl": -1,
            "connect": -1,
            "send": 0.152,
            "wait": round(ms - 3.1, 3),
            "receive": 1.744,
            "_blocked_queueing": 0.811,
        },
    }


def yy_har() -> str:
    """Chrome's 'Save all as HAR with content' of the 豫事办 H5 page's 政策问答 search."""
    api = f"{YY_HOST}/gateway/policy-qa/api/v2/qa"
    records = [
        {
            "id": i,
            "areaName": "宜阳县",
            "deptName": "宜阳县农业农村局",
            "question": q,
            "answer": a,
            "updateTime": "2026-04-08 10:2" + str(n) + ":31",
            "viewCount": views,
        }
        for n, (i, q, a, views) in enumerate(YY_QA)
    ]
    listing = gson(
        {
            "code": 200,
            "msg": "操作成功",
            "success": True,
            "data": {"total": len(records), "pageNo": 1, "pageSize": 10, "records": records},
        }
    )
    detail = json.dumps(YY_DETAIL, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    shell = (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width,initial-scale=1,maximum-scale=1"><title>政策问答</title>'
        '<link href="/h5/policy-qa/css/app.3c1f9a.css" rel="stylesheet"></head><body>'
        "<noscript>请开启JavaScript"
        '</noscript><div id="app"></div><script src="/h5/policy-qa/js/chunk-vendors.8be2d1.js"></script>'
        '<script src="/h5/policy-qa/js/app.51c07e.js"></script></body></html>'
    )
    icon = tiny_png(b"\xc8\x1e\x1e")
    token = [("authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ5c2IifQ.c2lnbmF0dXJl")]
    entries = [
        har_entry(
            "2026-04-09T01:36:20.118Z",
            86.412,
            "GET",
            f"{YY_HOST}/h5/policy-qa/index.html?areaCode=410327",
            "document",
            200,
            "text/html",
            shell,
            len(shell.encode("utf-8")),
        ),
        har_entry(
            "2026-04-09T01:36:20.514Z",
            21.307,
            "GET",
            f"{YY_HOST}/h5/policy-qa/img/icon-qa.png",
            "image",
            200,
            "image/png",
            base64.b64encode(icon).decode("ascii"),
            len(icon),
            b64=True,
        ),
        har_entry(
            "2026-04-09T01:36:21.907Z",
            132.865,
            "GET",
            f"{api}/list?areaCode=410327&keyword=%E7%B2%AA%E6%B1%A1&pageNo=1&pageSize=10",
            "xhr",
            200,
            "application/json",
            listing,
            len(listing),
            extra_req=token,
        ),
        har_entry(
            "2026-04-09T01:36:24.350Z",
            97.541,
            "GET",
            f"{api}/detail?id=QA2026040800153",
            "xhr",
            200,
            "application/json;charset=UTF-8",
            base64.b64encode(detail).decode("ascii"),
            len(detail),
            b64=True,
            extra_req=token,
        ),
        har_entry(
            "2026-04-09T01:36:24.517Z",
            38.09,
            "POST",
            f"{YY_HOST}/gateway/track/collect?e=qa_detail_view",
            "ping",
            204,
            "text/plain",
            None,
            0,
        ),
    ]
    log = {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [
                {
                    "startedDateTime": "2026-04-09T01:36:20.112Z",
                    "id": "page_1",
                    "title": f"{YY_HOST}/h5/policy-qa/index.html?areaCode=410327",
                    "pageTimings": {"onContentLoad": 412.37, "onLoad": 688.91},
                }
            ],
            "entries": entries,
        }
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


YY_REPLY_Q = "养猪场建了储粪棚和沼液池，还买了固液分离机，能补多少？"


def yy_reply_total() -> int:
    shed, pool, machine = 300 * YY_RATES["储粪棚"], 500 * YY_RATES["贮存池"], 80000 * 30 // 100
    assert (shed, pool, machine) == (45000, 50000, 24000)
    return shed + pool + machine


def yy_check_wrap() -> None:
    lines = make.hard_wrap(YY_PAGES[0], YY_WIDTH)
    assert any(a.endswith("每立方米1") and b.startswith("00元补助") for a, b in itertools.pairwise(lines)), (
        lines
    )


def write_yiyang() -> None:
    yy_check_wrap()
    OUT.write_pdf(
        f"河南/宜阳县/{YY_PDF}",
        YY_PAGES,
        "宜阳县农业农村局　宜阳县财政局",
        YY_WIDTH,
        lambda n, total: f"— {n} —",
        290,
    )
    write(
        "河南/宜阳县/办事指南.html",
        portal(
            YY,
            "畜禽粪污资源化利用项目补助申报办事指南",
            "政务服务 &gt; 办事指南",
            "2026-03-02",
            "宜阳县农业农村局",
            make.kv_table(YY_GUIDE, 'class="bszn" border="1" cellspacing="0" cellpadding="8" width="100%"'),
            related=[YY_TITLE, "宜阳县2026年畜禽粪污资源化利用项目申报公告"],
        ),
    )
    write(f"河南/宜阳县/{YY_HAR}", yy_har())
    total = yy_reply_total()
    assert total == 119000
    write(
        f"河南/宜阳县/12345 {YY_REPLY_Q}.html",
        letter(
            YY,
            "12345政务服务热线",
            YY_REPLY_Q,
            "赵**（柳泉镇）",
            "2026-09-10",
            """
我在柳泉镇办了个养猪场，年出栏1500头左右，今年3月报了县里的粪污处理设施改造项目。现在新建了一个300平方米的储粪棚、一个
500立方米的沼液池，还花了8万块钱买了一台固液分离机，总共投了四十多万。请问按政策能补多少钱？
""",
            "宜阳县农业农村局",
            "2026-09-14",
            f"""
您好！根据《{YY_TITLE}》，新建或者改造防雨防渗储粪棚的按每平方米150元补助，新建或者改造污水（沼液）贮存池的按每立方米补助
100元，购置固液分离机等设备的按购置价格的30%补助，单个养殖场补助总额最高30万元。

您的项目可补助：储粪棚300×150=45000元，沼液池500×100=50000元，固液分离机80000×30%=24000元，合计{total}元，未超过30万元
上限。请在项目完工后15个工作日内申请验收，验收合格后拨付补助资金。
""",
            "YY12345-2026091000884",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 16-19 沂南县: the 2026年粪肥还田补贴实施方案, a research institute's LaTeX report (.tex), the 秋季 服务主体
# list (.txt, GB18030, CRLF, space-aligned), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

YN_TITLE = "沂南县2026年粪肥还田补贴实施方案"
YN_SOLID, YN_LIQUID = 40, 30  # 元/亩
YN_BODY = f"""
为推进畜禽粪污就地就近还田利用，减少化肥使用，提升耕地质量，根据省、市关于粪肥还田利用的有关要求，结合我县实际，制定本方案。

一、补贴对象

在本县从事小麦、玉米、花生、蔬菜等种植并施用畜禽粪肥的种植大户、家庭农场、农民合作社等新型农业经营主体和农户，单次连片施用
面积10亩以上。

二、补贴标准

（一）施用腐熟固体粪肥、每亩施用量不少于1吨的，每亩补贴{YN_SOLID}元；（二）施用沼液等液体粪肥、每亩施用量不少于3立方米的，
每亩补贴{YN_LIQUID}元。同一地块同一季只补贴一次。单个主体年度补贴最高2万元。

三、施用时间

秋季为2026年9月15日至10月31日，春季为2027年2月20日至3月31日。

四、申报程序

施用粪肥后10日内，由种植主体向所在乡镇（街道）农业综合服务中心申报，提交施用记录、粪肥来源证明和施用现场照片。乡镇（街道）
对申报地块逐一登记，现场核实比例不低于30%；县农业农村局审核后公示7天，无异议的通过“一卡通”或者对公账户发放补贴。

五、质量要求

施用的粪肥须经堆沤腐熟或者无害化处理，未经处理的生粪直接施用的，不予补贴。

六、支持社会化服务

对为农户提供粪肥收集、运输、撒施服务的社会化服务主体，购置粪肥撒施机的，每台补助1万元，每个主体最多补助2台。

七、联系方式

县农业农村局土壤肥料工作站，联系电话0539-3221765。
"""

YN_TEX = "沂南县粪肥还田试点成效与问题调研报告.tex"
YN_TEX_TEXT = r"""% !TEX program = xelatex
% 临沂市农业科学院 土壤肥料研究所 内部调研报告，终稿 2026-04-16
\documentclass[UTF8,a4paper,zihao=-4]{ctexart}
\usepackage{geometry}
\usepackage{booktabs}
\geometry{left=2.8cm,right=2.6cm,top=3cm,bottom=2.5cm}

\title{沂南县粪肥还田试点成效与问题调研报告}
\author{临沂市农业科学院土壤肥料研究所课题组}
\date{2026年4月}

\begin{document}
\maketitle

\begin{abstract}
课题组于2025年10月至2026年3月对沂南县粪肥还田试点开展跟踪调研，走访12个乡镇（街道）、36个新型经营主体和
5个社会化服务主体，采集试点田块与常规施肥田块土样和产量数据。结果表明，粪肥还田在减少化肥用量、提升耕地质量和
作物产量方面成效明显，但运输成本高、撒施机械不足等问题仍较突出。
\end{abstract}

\section{试点基本情况}

沂南县是畜牧大县，生猪、肉鸡养殖量大，畜禽粪污年产生量约180万吨。2025年，县里在12个乡镇（街道）开展粪肥还田试点，
% 初稿写的是“3.0万亩”，经与县农业农村局核对后更正，勿再改回
全年粪肥还田面积达到\textbf{3.2}万亩\footnote{数据来源：沂南县农业农村局，统计口径为经乡镇核实登记的还田面积。}，
其中固体粪肥还田2.5万亩、沼液还田0.7万亩。

\section{试点成效}

\subsection{化肥减量明显}

与常规施肥相比，试点田块每亩平均减少化肥用量（折纯）4.1公斤，化肥用量减少18.6\%，
按当前化肥价格测算，每亩节约化肥投入约42元。

\subsection{作物产量和耕地质量提升}

试点田块与相邻常规施肥田块的对比见表\ref{tab:compare}。小麦、玉米单产均有提高，土壤有机质含量平均提高
0.21个百分点，土壤容重有所下降。

\begin{table}[htbp]
\centering
\caption{2025年粪肥还田试点田块与常规施肥田块对比}
\label{tab:compare}
\begin{tabular}{lrrr}
\toprule
指标 & 还田田块 & 常规田块 & 变化 \\
\midrule
小麦单产（公斤/亩） & 512 & 482 & +6.2\% \\
玉米单产（公斤/亩） & 638 & 611 & +4.4\% \\
土壤有机质（克/千克） & 17.9 & 15.8 & +13.3\% \\
化肥用量（折纯，公斤/亩） & 18.0 & 22.1 & $-$18.6\% \\
\bottomrule
\end{tabular}
\end{table}

\section{存在的问题}

一是运输成本偏高。粪肥运输半径超过15公里时，每吨运输成本超过60元，经营主体施用意愿明显下降。
二是撒施机械不足。全县专用粪肥撒施机仅27台，秋播前作业高峰期\textbf{供不应求}。
三是粪肥质量参差不齐，部分散户粪肥腐熟不充分。

\section{对策建议}

建议按照“就近还田、种养匹配”的原则，以养殖场为中心在15公里半径内布局还田地块；加大撒施机械购置补助力度；
建立粪肥质量抽检制度，将腐熟度检测结果与补贴发放挂钩\footnote{沂南县2026年方案已规定未经处理的生粪直接施用的不予补贴。}。

\end{document}
"""

YN_TXT = "沂南县2026年秋季粪肥还田社会化服务主体名单.txt"
YN_ROWS = [
    ("序号", "服务主体", "服务乡镇（街道）", "联系人", "联系电话"),
    ("1", "沂南县沃土农机专业合作社", "界湖街道、岸堤镇", "孙建国", "13905392876"),
    ("2", "沂南县青驼粪肥专业合作社", "青驼镇、张庄镇", "刘䶮", "13863917452"),
    ("3", "临沂绿源生态农业服务有限公司", "苏村镇、砖埠镇", "王德胜", "15853976210"),
    ("4", "沂南县丰禾农业社会化服务中心", "双堠镇、湖头镇", "高明", "13791459063"),
    ("5", "沂南县大庄农机服务队", "大庄镇、依汶镇", "李振华", "18764913385"),
]


def yn_txt() -> str:
    """The list as typed in Notepad: a space-aligned table (widths by GB18030 bytes), CRLF lines."""

    def pad(s: str, width: int) -> str:
        return s + " " * (width - len(s.encode("gb18030")))

    lines = ["沂南县2026年秋季粪肥还田社会化服务主体名单", ""]
    for no, name, towns, who, tel in YN_ROWS:
        lines.append(pad(no, 6) + pad(name, 34) + pad(towns, 22) + pad(who, 10) + tel)
    lines += [
        "",
        "说明：1.各服务主体秋季撒施作业时间为9月20日至10月25日，请种植主体提前3天预约；",
        "      2.撒施服务费由双方协商，每亩不超过25元；",
        "      3.施用后10日内到乡镇（街道）农业综合服务中心申报补贴。",
        "",
        "沂南县农业农村局",
        "2026年9月8日",
        "",
    ]
    return "\r\n".join(lines)


YN_REPLY_Q = "家庭农场秋播前施了粪肥和沼液，能补多少钱？"


def yn_reply_total() -> int:
    total = 120 * YN_SOLID + 60 * YN_LIQUID
    assert total == 6600
    return total


def write_yinan() -> None:
    write(
        f"山东/沂南县/{YN_TITLE}.html",
        portal(
            YN,
            YN_TITLE,
            "政务公开 &gt; 通知公告",
            "2026-08-25",
            "沂南县农业农村局",
            P(YN_BODY)
            + '<p style="text-align:right">沂南县农业农村局</p><p style="text-align:right">2026年8月25日</p>',
            f"沂农发{L}2026{R}21号",
            related=["临沂市畜禽粪污资源化利用工作推进会召开", "秋种时节粪肥还田正当时"],
        ),
    )
    write(f"山东/沂南县/{YN_TEX}", YN_TEX_TEXT)
    write(f"山东/沂南县/{YN_TXT}", yn_txt(), "gb18030")
    total = yn_reply_total()
    write(
        f"山东/沂南县/领导留言板 {YN_REPLY_Q}.html",
        letter(
            YN,
            "领导留言板",
            YN_REPLY_Q,
            "网友“沂河边的老刘”",
            "2026-10-26",
            """
我在岸堤镇办了个家庭农场，种了180亩地。今年秋播种小麦前，找合作社给120亩地撒了腐熟的鸡粪，每亩差不多1.5吨；另外60亩
浇了附近猪场的沼液，每亩4方左右。10月20号已经到镇上农业综合服务中心报了。家里那台拖拉机也用上了。想问一下按县里的政策一共能
补多少钱？
""",
            "沂南县农业农村局",
            "2026-10-29",
            f"""
您好！根据《{YN_TITLE}》，施用腐熟固体粪肥、每亩施用量不少于1吨的，每亩补贴40元；施用沼液等液体粪肥、每亩施用量不少于3立方
米的，每亩补贴30元；单个主体年度补贴最高2万元。

您的120亩地施用固体粪肥，可补贴120×40=4800元；60亩地施用沼液，可补贴60×30=1800元，合计{total}元。经乡镇现场核实并公示
7天无异议后发放。
""",
            "YNLY-20261026-0173",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 20-21 宁远县: the 畜禽养殖废弃物资源化利用奖补办法 (.txt, GBK, CRLF), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

NY_TITLE = "宁远县畜禽养殖废弃物资源化利用奖补办法"
NY_TXT = f"{NY_TITLE}.txt"
NY_POOL, NY_LAND = 80, 50  # 元/立方米, 元/亩
NY_BODY = articles(
    [
        "为推进畜禽养殖废弃物资源化利用，防治养殖污染，促进种养结合，根据《畜禽规模养殖污染防治条例》等规定，结合本县实际，"
        "制定本办法。",
        "本办法适用于本县规模以下畜禽养殖户，即生猪存栏50至499头的养殖户，其他畜禽按规定折算。",
        f"养殖户建设沉淀池、厌氧发酵池、氧化塘（以下简称“三池”）的，按有效容积每立方米补助{NY_POOL}元，每户最高补助1万元。",
        f"推行“猪—沼—果（茶、菜）”种养结合模式的，对配套消纳土地每亩补助{NY_LAND}元，每户最高补助5000元。",
        "申报时间为每年3月1日至5月31日，养殖户向所在乡镇畜牧兽医站申报，提交申报表、身份证、“三池”建设照片和消纳土地协议。",
        "乡镇畜牧兽医站组织初验，县农业农村局组织复验，复验合格的，补助资金在验收合格后45日内拨付。",
        "有下列情形之一的，不予补助：（一）养殖场所位于禁养区的；（二）因粪污直排被查处且未整改到位的；（三）已享受其他"
        "财政资金补助的同一设施。",
        "本办法自2026年1月1日起施行，有效期3年。",
    ]
)


def ny_txt() -> str:
    lines = [
        NY_TITLE,
        "",
        f"宁农发{L}2025{R}37号",
        "",
        *NY_BODY.split("\n"),
        "",
        "宁远县农业农村局",
        "2025年12月15日",
        "",
    ]
    return "\r\n".join(lines)


NY_REPLY_Q = "养猪户建了沉淀池和厌氧池，还配了30亩果园消纳，能补多少？"


def write_ningyuan() -> None:
    write(f"湖南/宁远县/{NY_TXT}", ny_txt(), "gbk")
    pools, land = 100 * NY_POOL, 30 * NY_LAND
    assert (pools, land) == (8000, 1500)
    total = pools + land
    write(
        f"湖南/宁远县/12345 {NY_REPLY_Q}.html",
        letter(
            NY,
            "12345热线",
            NY_REPLY_Q,
            "欧阳**（天堂镇）",
            "2026-05-12",
            """
我在天堂镇养猪，现在存栏260头左右。今年按镇里要求新建了一个60立方米的沉淀池和一个40立方米的厌氧发酵池，沼液用来浇自家
承包的30亩脐橙园，签了消纳协议。5月初已经到镇畜牧兽医站报了。请问一共能补多少钱？
""",
            "宁远县农业农村局",
            "2026-05-15",
            f"""
您好！根据《{NY_TITLE}》，养殖户建设“三池”的，按有效容积每立方米补助80元，每户最高1万元；推行种养结合模式的，配套消纳土地每亩
补助50元，每户最高5000元。

您建设沉淀池和厌氧发酵池有效容积共100立方米，可补助100×80=8000元；配套脐橙园30亩，可补助30×50=1500元，合计{total}元。
复验合格后45日内拨付。
""",
            "NY12345-2026-05-0227",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 22-26 石首市: the 稻渔综合种养奖补办法, its 政策解读 (问答, a file named like 石台's), a crawler's
# web archive of the 农业农村局 site (.warc), the 小龙虾苗种投放技术要点 (.txt, UTF-16 LE, CRLF), a
# 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

SS_TITLE = "石首市稻渔综合种养奖补办法"
SS_ACRE, SS_GEAR = 300, 30  # 元/亩, 购置价格的 %
SS_BODY = articles(
    [
        "为推进稻渔综合种养规范发展，稳定粮食生产，促进农民增收，根据省、市关于稻渔综合种养的有关要求，结合本市实际，制定本办法。",
        "本办法所称稻渔综合种养，是指稻虾、稻鳖、稻鱼、稻蛙等在稻田中开展水稻种植和水产养殖相结合的生产方式。",
        "奖补对象为在本市登记注册的农民合作社、家庭农场、农业企业和种养大户，土地流转合同期限须在3年以上。",
        f"新建连片面积100亩以上的稻渔综合种养基地，环沟面积不超过总面积10%，经验收合格的，每亩奖补{SS_ACRE}元，单个主体最高15万元。",
        f"购置投饵机、增氧机、水质监测设备等稻渔专用设备的，按购置价格的{SS_GEAR}%补助，单个主体最高3万元。",
        "认定为市级稻渔综合种养示范基地的，一次性奖励5万元。",
        "有下列情形之一的，不予奖补：（一）环沟面积超过总面积10%的；（二）在永久基本农田上挖塘养鱼、改变耕地用途的；"
        "（三）弄虚作假套取奖补资金的。",
        "每年5月31日前，申报主体向所在乡镇（区）农业服务中心申报；市农业农村局会同市财政局于8月组织验收，验收结果公示5天。",
        "本办法自2026年3月1日起施行，有效期至2028年12月31日。",
    ]
)

SS_READ = """
问1：为什么要限制环沟面积不超过10%？

答：稻渔综合种养必须坚持“以稻为主、稳粮增收”。按照国家有关技术规范，沟坑占比不超过10%，既保证水稻种植面积，又满足水产养殖
需要。环沟面积超过10%的，不予奖补。

问2：哪些主体可以申报？

答：在本市登记注册的农民合作社、家庭农场、农业企业和种养大户都可以申报，但土地流转合同期限须在3年以上。

问3：奖补资金怎么发放？什么时候到位？

答：验收合格并公示5天无异议后，由市财政局直接拨付到申报主体账户，当年12月底前发放到位。

问4：2025年全市稻渔综合种养发展得怎么样？

答：2025年全市稻渔综合种养面积达到42.6万亩，其中稻虾共作38.1万亩，综合产值超过60亿元。
"""

SS_WARC = "nyncj.shishou.gov.cn-20260520021307-00000.warc"
SS_HOST = "nyncj.shishou.gov.cn"
SS_ART = "/art/2026/5/14/art_2401_98765.html"
SS_NOTICE_TITLE = "关于开展2026年市级稻渔综合种养示范基地申报工作的通知"
SS_NOTICE = f"""
各乡镇人民政府、区管委会，市直有关单位：

为推进稻渔综合种养提质增效，发挥示范带动作用，根据《{SS_TITLE}》，现就开展2026年市级稻渔综合种养示范基地申报工作通知如下。

一、申报条件：（一）在石首市登记注册的农民合作社、家庭农场和农业企业；（二）稻渔综合种养基地连片面积500亩以上，环沟面积
不超过总面积的10%；（三）稻谷亩产不低于500公斤，带动周边农户50户以上；（四）近3年无重大农产品质量安全事故。

二、奖励标准：认定为市级示范基地的，按《{SS_TITLE}》一次性奖励5万元。

三、申报材料：申报表；营业执照；土地流转合同；基地平面图和照片；带动农户名单。

四、申报时间：即日起至2026年6月15日，逾期不予受理。

五、联系方式：市农业农村局渔业科，联系人：张工，电话：0716-7712368。

附件：2026年市级稻渔综合种养示范基地申报表

石首市农业农村局

2026年5月14日
"""


def ss_notice_html() -> str:
    """The 农业农村局 site's article page (a 大汉 jpage template), served as GBK; only the HTTP header names
    the charset."""
    return f"""<!DOCTYPE html>
<html>
<head>
<title>{SS_NOTICE_TITLE} 石首市农业农村局</title>
<meta name="ArticleTitle" content="{SS_NOTICE_TITLE}">
<meta name="PubDate" content="2026-05-14 16:02">
<meta name="ContentSource" content="石首市农业农村局">
<link href="/module/web/jpage/jpage.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="top"><a href="/">石首市农业农村局</a> | <a href="#">石首市人民政府</a> | \
<a href="#">无障碍</a></div>
<div class="nav"><a href="/">首页</a><a href="#">机构概况</a><a href="#">政务公开</a>\
<a href="#">农业科技</a><a href="#">通知公告</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="#">通知公告</a></div>
<table width="100%" class="main"><tr><td>
<h1 class="title">{SS_NOTICE_TITLE}</h1>
<div class="info">发布时间：2026-05-14 16:02　来源：石首市农业农村局　浏览次数：<span id="c">
<script>document.write(387)</script></span></div>
<div id="zoom">
{P(SS_NOTICE)}
<p><a href="/module/download/downfile.jsp?classid=0&filename=2605141602.docx">\
附件：2026年市级稻渔综合种养示范基地申报表.docx</a></p>
</div>
</td></tr></table>
<div class="footer">主办：石首市农业农村局　地址：石首市笔架山街道东方大道88号　鄂ICP备05019562号-3</div>
</body>
</html>
"""


def b32sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_record(kind: str, date: str, fields: list[tuple[str, str]], block: bytes, name: str) -> bytes:
    head = [
        ("WARC-Type", kind),
        *fields[:1],
        ("WARC-Date", date),
        *fields[1:],
        ("WARC-Record-ID", f"<urn:uuid:{uid('warc', name, kind, date)}>"),
    ]
    lines = (
        "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head) + f"Content-Length: {len(block)}\r\n\r\n"
    )
    return lines.encode("utf-8") + block + b"\r\n\r\n"


def chunked(body: bytes, cuts: list[int]) -> bytes:
    """The body in chunks ending at ``cuts`` (byte offsets) and at its end, as the server sent it."""
    out, start = b"", 0
    for end in [*cuts, len(body)]:
        piece = body[start:end]
        out += f"{len(piece):x}\r\n".encode("ascii") + piece + b"\r\n"
        start = end
    return out + b"0\r\n\r\n"


def ss_warc() -> bytes:
    """A Heritrix crawl of the 农业农村局 site: warcinfo, robots.txt, a 301 to https, the notice (GBK,
    chunked, the chunk boundaries cutting the deadline and the phone number) and a metadata record."""
    http, https = f"http://{SS_HOST}", f"https://{SS_HOST}"
    ua = "Mozilla/5.0 (compatible; heritrix/3.4.0 +https://www.hbszfw-archive.example/crawler)"
    info = (
        "software: Heritrix/3.4.0-20220727 https://github.com/internetarchive/heritrix3\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "isPartOf: 湖北县级政务网站归档-2026-05\r\n"
        "description: 荆州市县级部门网站季度归档\r\n"
        "robots: obey\r\n"
        f"http-header-user-agent: {ua}\r\n"
    ).encode()

    def request(url: str, path: str) -> bytes:
        host = url.split("//", 1)[1].split("/", 1)[0]
        return (
            f"GET {path} HTTP/1.1\r\nUser-Agent: {ua}\r\nConnection: close\r\n"
            "Accept: text/html,application/xhtml+xml,"
            f"application/xml;q=0.9,*/*;q=0.8\r\nHost: {host}\r\n\r\n"
        ).encode("ascii")

    def response(status: str, headers: list[tuple[str, str]], payload: bytes) -> bytes:
        head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
        return head.encode("ascii") + payload

    robots = b"User-agent: *\r\nDisallow: /module/jslib/\r\nDisallow: /script/\r\n"
    moved = (
        b"<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
        b"<center><h1>301 Moved Permanently"
        b"</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )
    page = ss_notice_html().encode("gbk")
    cuts = [1024]  # the server's first flush
    for marker in ("2026年6月1", "0716-77"):
        at = page.index(marker.encode("gbk"))
        cuts.append(at + len(marker.encode("gbk")))
    cuts.sort()
    assert cuts[0] < cuts[1] < cuts[2] < len(page), cuts
    body = chunked(page, cuts)
    base = [("Server", "nginx"), ("Connection", "close")]
    records: list[tuple[str, str, list[tuple[str, str]], bytes]] = [
        (
            "warcinfo",
            "2026-05-20T02:13:07Z",
            [("WARC-Filename", SS_WARC), ("Content-Type", "application/warc-fields")],
            info,
        )
    ]

    def pair(url: str, path: str, date: str, ip: str, resp: bytes, payload: bytes) -> None:
        req = request(url, path)
        records.append(
            (
                "request",
                date,
                [
                    ("WARC-Target-URI", url),
                    ("WARC-Concurrent-To", f"<urn:uuid:{uid('warc', url, 'response', date)}>"),
                    ("WARC-Block-Digest", b32sha1(req)),
                    ("Content-Type", "application/http; msgtype=request"),
                ],
                req,
            )
        )
        records.append(
            (
                "response",
                date,
                [
                    ("WARC-Target-URI", url),
                    ("WARC-IP-Address", ip),
                    ("WARC-Payload-Digest", b32sha1(payload)),
                    ("WARC-Block-Digest", b32sha1(resp)),
                    ("Content-Type", "application/http; msgtype=response"),
                ],
                resp,
            )
        )

    ip = "59.175.218.46"
    pair(
        f"{http}/robots.txt",
        "/robots.txt",
        "2026-05-20T02:13:08Z",
        ip,
        response(
            "200 OK",
            [
                *base[:1],
                ("Date", "Wed, 20 May 2026 02:13:08 GMT"),
                ("Content-Type", "text/plain"),
                ("Content-Length", str(len(robots))),
                *base[1:],
            ],
            robots,
        ),
        robots,
    )
    pair(
        f"{http}{SS_ART}",
        SS_ART,
        "2026-05-20T02:13:09Z",
        ip,
        response(
            "301 Moved Permanently",
            [
                *base[:1],
                ("Date", "Wed, 20 May 2026 02:13:09 GMT"),
                ("Content-Type", "text/html"),
                ("Content-Length", str(len(moved))),
                ("Location", f"{https}{SS_ART}"),
                *base[1:],
            ],
            moved,
        ),
        moved,
    )
    pair(
        f"{https}{SS_ART}",
        SS_ART,
        "2026-05-20T02:13:10Z",
        ip,
        response(
            "200 OK",
            [
                *base[:1],
                ("Date", "Wed, 20 May 2026 02:13:10 GMT"),
                ("Content-Type", "text/html; charset=GBK"),
                ("Transfer-Encoding", "chunked"),
                *base[1:],
                ("Vary", "Accept-Encoding"),
                ("X-Frame-Options", "SAMEORIGIN"),
                ("Set-Cookie", "JSESSIONID=4F1C0A77B2E93D6A58C1E0B9D2F3A416; Path=/; HttpOnly"),
            ],
            body,
        ),
        body,
    )
    meta = (
        f"via: {http}{SS_ART}\r\nhopsFromSeed: RL\r\nsourceTag: {https}/\r\nfetchTimeMs: 212\r\n"
        f"outlink: {https}/module/download/downfile.jsp?classid=0&filename=2605141602.docx L a/@href\r\n"
        f"outlink: {https}/module/web/jpage/jpage.css E link/@href\r\n"
        f"outlink: {https}/module/jslib/jquery/jquery.js E script/@src\r\n"
    ).encode()
    records.append(
        (
            "metadata",
            "2026-05-20T02:13:10Z",
            [
                ("WARC-Target-URI", f"{https}{SS_ART}"),
                (
                    "WARC-Concurrent-To",
                    f"<urn:uuid:{uid('warc', https + SS_ART, 'response', '2026-05-20T02:13:10Z')}>",
                ),
                ("Content-Type", "application/warc-fields"),
            ],
            meta,
        )
    )
    out = b""
    for kind, date, fields, block in records:
        target = dict(fields).get("WARC-Target-URI", SS_WARC)
        out += warc_record(kind, date, fields, block, target)
    return out


SS_TXT = "石首市2026年小龙虾苗种投放技术要点.txt"
SS_TIPS = """石首市2026年小龙虾苗种投放技术要点

石首市水产技术推广站

一、投放时间：3月下旬至4月中旬，选择晴天早晚投放，水温稳定在15℃以上。稻虾田幼虾须在4月20日前完成投放。
二、投放规格和密度：选择规格为每公斤160至240尾的幼虾，每亩投放6000至8000尾；投放亲虾的，每亩投放20至25公斤（雌雄比例3∶1）。
三、投放前准备：投放前7至10天用生石灰清沟消毒，每亩用量75公斤；种植伊乐藻、轮叶黑藻，水草覆盖率保持在40%至60%。
四、注意事项：虾苗运输时间不超过2小时；投放前将虾苗在田水中浸泡1至2分钟，重复2至3次，使其适应水温。

技术咨询：市水产技术推广站　0716-7728801
2026年3月6日
"""

SS_REPLY_Q = "合作社新建了180亩稻虾基地，还买了2台增氧机，能拿多少奖补？"


def ss_reply_total() -> int:
    acres, gear = 180 * SS_ACRE, 24000 * SS_GEAR // 100
    assert (acres, gear) == (54000, 7200)
    return acres + gear


def write_shishou() -> None:
    write(
        f"湖北/石首市/{SS_TITLE}.html",
        portal(
            SS,
            SS_TITLE,
            "政务公开 &gt; 规范性文件",
            "2026-02-27",
            "石首市人民政府办公室",
            P(SS_BODY)
            + '<p style="text-align:right">石首市人民政府办公室</p>'
            + '<p style="text-align:right">2026年2月27日</p>',
            f"石政办发{L}2026{R}9号",
            related=["《石首市稻渔综合种养奖补办法》政策解读", "荆州市稻渔综合种养现场会在石首召开"],
        ),
    )
    write(
        "湖北/石首市/政策解读.html",
        portal(
            SS,
            f"《{SS_TITLE}》政策解读",
            "政务公开 &gt; 政策解读",
            "2026-03-02",
            "石首市农业农村局",
            P(SS_READ),
            related=[SS_TITLE, "一图读懂稻渔综合种养奖补"],
        ),
    )
    write_bytes(f"湖北/石首市/{SS_WARC}", ss_warc())
    write_bytes(f"湖北/石首市/{SS_TXT}", b"\xff\xfe" + SS_TIPS.replace("\n", "\r\n").encode("utf-16-le"))
    total = ss_reply_total()
    write(
        f"湖北/石首市/领导留言板 {SS_REPLY_Q}.html",
        letter(
            SS,
            "领导留言板",
            SS_REPLY_Q,
            "网友“调关虾农”",
            "2026-08-31",
            """
我是调关镇一个水产专业合作社的负责人，今年流转了村里的田，合同签了5年，新建了一个180亩连片的稻虾基地，环沟挖得不宽，占8%
左右。5月份已经报到镇农业服务中心了。另外买了2台增氧机，一共花了2.4万元。想问一下8月验收合格以后一共能拿多少奖补？
""",
            "石首市农业农村局",
            "2026-09-03",
            f"""
您好！根据《{SS_TITLE}》，新建连片面积100亩以上、环沟面积不超过总面积10%的稻渔综合种养基地，验收合格的每亩奖补300元；
购置增氧机等稻渔专用设备的，按购置价格的30%补助。

您的基地180亩、环沟占比约8%，符合条件，可奖补180×300=54000元；增氧机2.4万元，可补助24000×30%=7200元，合计{total}元。
验收结果公示无异议后拨付到合作社账户。
""",
            "SSLY-2026-0831-046",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 27-29 盱眙县: the 2026年稻虾综合种养提质增效奖补实施细则, its 附件1 that came down empty (.docx, 0 bytes), a
# 12345 reply
# ---------------------------------------------------------------------------------------------------------

XY_TITLE = "盱眙县2026年稻虾综合种养提质增效奖补实施细则"
XY_EMPTY = "附件1 盱眙县稻虾综合种养奖补申报表.docx"
XY_ACRE, XY_CAP, XY_GREEN = 200, 50000, 20000
XY_BODY = f"""
为推动稻虾综合种养提质增效，巩固“盱眙龙虾”产业优势，根据省、市有关要求，结合我县实际，制定本细则。

一、奖补内容和标准

（一）老旧稻虾田“压沟扩田”改造。对沟坑占比超过10%的老旧稻虾田实施“压沟扩田”改造，改造后沟坑占比不超过10%、经验收合格的，
每亩奖补{XY_ACRE}元，单个主体最高5万元。

（二）绿色食品认证。2026年新获得绿色食品认证的稻米、小龙虾产品，每个产品奖励2万元。

（三）小龙虾养殖保险。参加小龙虾养殖保险的，保费由县财政补贴50%，养殖主体承担50%。

二、申报对象

在本县登记注册的家庭农场、农民合作社、农业企业和种养大户。

三、申报材料

（一）奖补申报表（附件1）；（二）营业执照或者身份证复印件；（三）土地流转合同；（四）改造前后对比照片；（五）绿色食品证书复印件
（申报认证奖励的提供）。

四、申报时间

申报截止时间为2026年7月31日，申报主体向所在镇（街道）农业农村服务中心提交材料。

五、验收兑付

县农业农村局于2026年9月组织验收，验收合格的名单公示7天，10月底前兑付奖补资金。
"""

XY_REPLY_Q = "家庭农场改了260亩老虾田，稻米又拿了绿色食品认证，能补多少？"


def write_xuyi() -> None:
    write(
        f"江苏/盱眙县/{XY_TITLE}.html",
        portal(
            XY,
            XY_TITLE,
            "政务公开 &gt; 通知公告",
            "2026-05-20",
            "盱眙县农业农村局",
            P(XY_BODY)
            + f'<p>附件：<a href="/uploadfiles/202605/20/{XY_EMPTY}">1.盱眙县稻虾综合种养奖补申报表</a></p>'
            + '<p style="text-align:right">盱眙县农业农村局</p><p style="text-align:right">2026年5月20日</p>',
            f"盱农发{L}2026{R}33号",
            related=["第二十六届盱眙国际龙虾节开幕", "淮安市稻虾综合种养提质增效现场推进会召开"],
        ),
    )
    write_bytes(f"江苏/盱眙县/{XY_EMPTY}", b"")
    acres = min(260 * XY_ACRE, XY_CAP)
    total = acres + XY_GREEN
    assert (260 * XY_ACRE, acres, total) == (52000, 50000, 70000)
    write(
        f"江苏/盱眙县/12345 {XY_REPLY_Q}.html",
        letter(
            XY,
            "12345热线",
            XY_REPLY_Q,
            "季**（马坝镇）",
            "2026-10-09",
            """
我在马坝镇办家庭农场，养了七八年小龙虾，原来的虾田沟挖得太宽，占了快两成。今年按镇里要求把260亩老虾田全部“压沟扩田”改造了，
现在沟坑占比9%；农场的稻米今年6月也拿到了绿色食品认证。9月验收已经过了。请问一共能拿多少奖补？
""",
            "盱眙县农业农村局",
            "2026-10-12",
            f"""
您好！根据《{XY_TITLE}》，老旧稻虾田“压沟扩田”改造验收合格的，每亩奖补200元，单个主体最高5万元；2026年新获得绿色食品认证的
稻米、小龙虾产品，每个产品奖励2万元。

您改造260亩，按标准计算为260×200=52000元，超过单个主体5万元的上限，按5万元奖补；稻米绿色食品认证奖励2万元。合计7万元（{total}
元），将于10月底前兑付。
""",
            "XY12345-20261009-1182",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 30-33 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 生态")


N1_TITLE = "林长挂帅护青山 池州吉安深化林长制改革见闻"
N1 = news(
    N1_TITLE,
    "中国绿色时报网",
    "2026-05-26 08:40　来源：中国绿色时报　记者：方林",
    """
林长制实施以来，各地不断探索让林长从“挂名”到“履职”的办法。记者近日在安徽池州、江西吉安采访看到，基层林长制改革有了不少
新做法。

池州石台县对村级林长按年发放工作补助，并与年度考核结果挂钩。池州贵池区也已为村级林长发放工作补助。石台县还在林区设立印有
二维码的林长公示牌，群众扫码就能反映问题。

吉安万安县推行“林长+警长”机制，由各乡镇派出所所长担任乡级副林长。吉安峡江县也已推行“林长+警长”机制。吉安新干县拟于年内
推行“林长+警长”机制。吉安永丰县在重点林区设立了森林警务室，但没有推行“林长+警长”机制。

万安县的生态护林员使用“林长巡护通”应用记录巡护轨迹，巡护轨迹纳入月度考核。吉安井冈山市也已把护林员巡护轨迹纳入考核。

青原区的林业干部也到万安学习了护林员网格化管理经验。
""",
    "京ICP备05063172号",
    ["全国林长制工作推进会召开", "林长制如何从“有名”走向“有实”"],
)

N2_TITLE = "山有人管 林有人护 宁德生态护林员队伍见闻"
N2 = news(
    N2_TITLE,
    "东南网",
    "2026-06-19 10:15　来源：福建日报　记者：黄晓岚",
    """
宁德山多林密，生态护林员是守护青山的“前哨”。记者近日在宁德多个县采访了解到，各地在护林员管理和保障上不断完善。

宁德屏南县对生态护林员实行月度考核，巡护天数不足的按天扣减劳务报酬。宁德周宁县也已按巡护天数对护林员实行考核扣减。宁德柘荣县
计划明年推行护林员月度考核扣减办法。

屏南县财政为每名生态护林员购买人身意外伤害保险。宁德寿宁县也已为生态护林员购买意外伤害保险。

“巡山路远，有了保险心里踏实。”屏南县熙岭乡的一名护林员说。
""",
    "闽ICP备05018734号",
    ["福建生态护林员选聘工作全面完成", "森林防火期巡山护林不松懈"],
)

N3_TITLE = "粪污变粪肥 洛阳临沂永州推进畜禽粪污资源化利用"
N3 = news(
    N3_TITLE,
    "农民日报网",
    "2026-09-22 09:05　来源：农民日报　记者：郑田",
    """
畜禽粪污处理好了是资源，处理不好是污染。记者近日在河南洛阳、山东临沂、湖南永州采访发现，各地因地制宜推进畜禽粪污资源化利用。

洛阳宜阳县对规模养殖场新建、改造粪污处理设施给予补助。洛阳伊川县也已对规模养殖场粪污处理设施改造给予补助。洛阳洛宁县拟于下半年
出台规模养殖场粪污处理设施补助办法。洛阳嵩县对病死畜禽无害化处理给予补助，但没有对粪污处理设施给予补助。

宜阳县还在散养户集中的村建设粪污集中收集点。洛阳汝阳县也已在散养密集村建设粪污集中收集点。

临沂沂南县对施用粪肥还田的种植主体按亩给予补贴。临沂蒙阴县也已对粪肥还田按亩给予补贴。临沂平邑县计划明年开展粪肥还田补贴试点。
临沂临沭县对农户购买商品有机肥给予补贴，但没有粪肥还田补贴。

沂南县对粪肥还田社会化服务主体购置撒施机给予补助。临沂莒南县也已对粪肥还田社会化服务主体给予补助。

永州宁远县对规模以下养殖户建设沉淀池、厌氧发酵池、氧化塘“三池”给予补助。永州蓝山县也已对养殖户“三池”建设给予补助。永州双牌县
拟于明年出台“三池”建设补助政策。永州江华瑶族自治县为养殖户免费发放粪污处理菌剂，但没有对“三池”建设给予补助。

栾川县的养殖户也到宜阳参观了粪污集中收集点；郯城县的种粮大户也到沂南观摩了粪肥撒施作业；新田县的畜牧站干部也到宁远学习了
“三池”建设经验。
""",
    "京ICP备05021476号",
    ["农业农村部部署秋冬季畜禽粪污资源化利用工作", "粪肥还田要算好“经济账”"],
)

N4_TITLE = "一田双收 荆州淮安稻渔综合种养提质扩面"
N4 = news(
    N4_TITLE,
    "中国水产网",
    "2026-07-08 15:30　来源：中国渔业报　记者：周渔",
    """
稻田里养虾、虾粪肥田，稻渔综合种养让一块田产出“两份收入”。记者近日在湖北荆州、江苏淮安采访了解到，两地稻渔综合种养正在由扩面
向提质转变。

荆州石首市对新建稻渔综合种养基地按亩给予奖补，要求环沟面积不超过10%。荆州洪湖市也已对新建稻渔综合种养基地给予奖补。荆州江陵县
拟于明年出台新建稻渔基地奖补政策。

石首市对购置投饵机、增氧机等稻渔专用设备给予补助。荆州公安县也已对稻渔专用设备购置给予补助。

淮安盱眙县对老旧稻虾田实施“压沟扩田”改造，验收合格的按亩给予奖补。淮安淮阴区也已对老旧稻虾田改造给予奖补。

清江浦区的龙虾经营户也到盱眙参加了龙虾节。
""",
    "京ICP备05037719号",
    ["稻渔综合种养要守住“稳粮”底线", "小龙虾价格回暖 养殖户信心足"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4)]


def write_news() -> None:
    for title, html in NEWS:
        write(f"新闻/{title}.html", html)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_pingnan()
    write_shitai()
    write_wanan()
    write_yiyang()
    write_yinan()
    write_ningyuan()
    write_shishou()
    write_xuyi()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
