"""Writes eval/policy42/docs: a forty-third probe collection (34 files), 河湖长制与河道保洁、农村留守儿童和困
境儿童关爱保护、首店经济与老字号扶持 — what a 马街镇 river cleaner marked 86 points, a 村级河长 who walked the
river eleven times in March, a cleaning company marked 78 points on the 金塔河, a grandmother of a disabled
grandson in a 低保 family, a 低保 family whose parents both work away, a grandmother minding three
grandchildren, a restaurant brand opening its 西北首店 and an old brand opening four shops ask (保洁员 补贴
per 公里 and 月, 保底, 考核 扣发 by score, 年龄, 民间河长 补助, “五无” 标准; 村级河长 巡河补助 per 有效巡河
and its monthly cap, 有效巡河 by 时长 and 轨迹, 清四乱 整改 时限; 涉河建设项目审批 材料, 承诺时限, 窗口; 保洁
服务考核 扣款 per 处 and 次, 服务费 扣除 by score, 解除合同; 儿童主任 and 督导员 补贴, 探访 频次; 困境儿童 基
本生活保障 by category, 就高 一项, 重病 范围; 留守儿童 探访, 亲情电话, 代理家长; 困境儿童 助学补助 by 学段; 委
托照护 备案, 照护人 年龄, 照护补贴; 首店 奖励 by tier, 面积 and 租期, 装修补贴 percent with a cap, 首发活动 补
贴, 申报批次; 老字号 认定 奖励, 新开门店 奖励, 带徒 补贴, 申报 时间) of eight new counties of 云南, 贵州, 甘肃
and 宁夏 (陆良县, 剑河县, 凉州区, 禄丰市, 碧江区, 西和县, 兴庆区, 红塔区). Run once (``python -m
eval.policy42.make_docs``); the files are committed as data, and a second run writes the same bytes (the
.docx's zip entries carry a fixed time and its core dates are fixed, the PDF has no creation date or id, the
.csv.gz is gzipped with mtime 0 and no file name, the exports carry fixed dates).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of four news roundups that names a second region having done it (会泽县, 马龙区,
台江县, 三穗县, 民勤县, 大姚县, 武定县, 玉屏县, 松桃县, 徽县, 西夏区, 灵武市, 江川区); the roundups also name
regions that have only planned a measure (师宗县, 镇远县, 岑巩县, 古浪县, 永仁县, 礼县, 永宁县, 易门县),
regions named only in passing (沾益区, 天柱县, 天祝县, 两当县, 峨山县) and regions that did something else
instead of the measure asked (罗平县 河道清淤 not 保洁员补贴, 麻江县 河长公示牌 not 巡河补助, 元谋县 儿童之家
not 儿童主任补贴, 武都区 心理辅导 not 委托照护, 通海县 非遗带徒 not 老字号奖励). No county name here stands in
any earlier collection's generators, questions or documents (checked in UTF-8, GB18030, UTF-16 and Big5, in
\\u escapes, in every zip and gzip member, and in traditional script).

The documents: a 陆良县 村级河道保洁员管理办法 beside its 征求意见稿 with other figures (每公里每月100元, 保底
500元, 10公里, 18周岁至60周岁, 85分 and 70分 steps, 每人每月100元, 2026年4月1日, an article of 优秀保洁员每
人奖励1000元 the final text dropped) and a second copy of the final page as Windows Explorer names a copy (“ -
副本”), its 政策解读 (问答) and a 12345 reply (702元); a 剑河县 涉河建设项目审批 办事指南 (key-value rows, a
file named like 碧江区's), the 河长办's work notes (.org) and a 领导留言板 reply (350元); a 凉州区 河道保洁服
务考核办法 (a hard-wrapped three-page PDF whose wrap cuts 当月服务费的1 | 5%), the 一季度 考核扣款明细 from
the open-data portal (.csv.gz), the 标段 公示 (.txt, GBK, CRLF) and a 市长信箱 reply (4700元); a 禄丰市 困境儿
童分类保障实施办法 (.docx, two tables, the units only in the header row), the 民政局's internal wiki page on
儿童主任 (.wiki), the 儿童主任 培训 安排 (.txt, UTF-16 BE with a byte-order mark, CRLF) and a 12345 reply (750
元); a 碧江区 留守儿童关爱保护工作方案, the 助学补助 办事指南 (key-value rows, named like 剑河县's), the 儿童
之家分布表 (.txt, GB18030, CRLF, space-aligned) and a 领导留言板 reply (2250元); a 西和县 委托照护管理办法 on
the county's 繁體 site (hand-written traditional script, zh-TW), its 附件 协议书 that came down empty (.docx,
0 bytes), an analyst's 知网 export (.ris) and a 12345 reply (1200元); a 兴庆区 促进首店经济 若干措施, the 申报
系统's 补贴标准 configuration (.toml) and a 12345 reply (53万元); a 红塔区 老字号 若干措施, an analyst's 文献
list (.bib) and a 领导留言板 reply (10.5万元).

New kinds of file none of eval/policy .. eval/policy41 had:
- an Emacs Org-mode file (.org) of the 河长办's work notes: #+TITLE / #+AUTHOR / #+DATE, nested headings, a
  :PROPERTIES: drawer, an aligned Org table whose units stand only in the header (补助（元/次）, 每月计补上限
  （次）), DONE and TODO headings with CLOSED and SCHEDULED lines, [[link][description]] links, *bold* and
  =verbatim= runs set off by zero-width spaces that cut 不少于30分钟 and 交办之日起15日内完成整改, a phone in
  =verbatim=, and old figures in # comment lines and a #+BEGIN_COMMENT block (每次20元, 每月最多计6次, 不少于
  20分钟) (剑河 笔记: 25 a 次, 8 次 a month, 不少于30分钟, 轨迹不少于2公里, 7月10日前, 15日内 and 0855-5222910
  only there);
- a MediaWiki page source (.wiki) from the 民政局's internal wiki: an {{Infobox}} of key = value rows, ==
  headings ==, '''bold''' cutting 每人每月300元, a {| class="wikitable" |} table with ! headers and |- rows,
  <ref> footnotes, [[内部链接|显示文字]] links, <nowiki>, an HTML comment keeping the old figures (每人每月200
  元, 每人每月350元 for the 督导员), category lines (禄丰 wiki: 每人每月300元, 每人每月400元, 169名 and 每月至
  少2次 only there);
- a TOML file (.toml), the 申报系统's 补贴标准 configuration: comments, [sections], [[arrays of tables]],
  Chinese strings, dates, numbers whose unit stands only in the key name (cap_yuan) or a comment (# 单位：元),
  inline tables, a multi-line basic string, commented-out old values (兴庆 配置: 10月8日至10月31日,
  0951-6021358, 品牌方出具的首店证明 and 补正期限为5个工作日 only there);
- a gzipped CSV (.csv.gz) as the 武威 open-data portal hands it over: GBK with CRLF inside, a header row with
  the units, a 合计 row, a 备注 column (凉州 明细: 7700 and 2月10日至2月24日 only there);
- a RIS export (.ris) of a 知网 文献 list: UTF-8 with a byte-order mark, CRLF, TY / AU / TI / JO / PY / KW /
  AB / ER records, an abstract wrapped over continuation lines that cut 96. | 3%, a record with an empty AB
  (西和 文献: 7364名, 68.5%, 96.3% and 384名 only there);
- a BibTeX export (.bib) of a 文献 list as JabRef writes it: a % Encoding line, @article and @mastersthesis
  entries with braced and quoted fields, a {{double-braced}} title, \\% and \\& escapes (12.5\\% cut by its
  backslash), a @comment block keeping an old figure (云南老字号7家), a %-comment line, JabRef's meta comment
  (红塔 文献: 云南老字号9家, 4.7亿元, 12.5% and 21.6% only there).

Also: a 征求意见稿 beside its final text; a duplicate; an empty file; two files of one name (办事指南.html) in
two folders; a .docx with tables; GBK, GB18030 and UTF-16 text; a page in traditional script on the county's
own 繁體 site (西和: 不滿70週歲, 外出之日起7日內 and 24小時內報告 only there); a hard-wrapped PDF; two 办事指
南 of key-value rows; pages of two CMS families (a 信息公开 page with its 索引号 table, 打印本页 and 分享
bars, and a 集约化平台 page with 打印 / 收藏 / 分享 tools and a 上一篇 / 下一篇 bar) with their navigation and
footers; eight replies (12345 ×4, 领导留言板 ×3, 市长信箱) each reckoning one asker's case to a figure only
the reply holds."""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import shutil
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from reportlab import rl_config

from eval import policy_make as make

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2026, 5, 20, 10, 0, 0)
WHEN = "2026-05-20T10:00:00Z"
L, R = "\u3014", "\u3015"  # the brackets of document numbers
ZW = "\u200b"  # the zero-width space Chinese Org users set before and after an emphasis run

OUT = make.Collection(DOCS)
write, write_bytes = OUT.write, OUT.write_bytes


def J(text: str) -> list[str]:
    """Paragraphs from wrapped source text: a blank line ends a paragraph, its lines are joined."""
    out = []
    for p in text.strip().split("\n\n"):
        joined = "".join(ln.strip() for ln in p.splitlines())
        if joined:
            out.append(joined)
    return out


def P(text: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in J(text))


def cn(n: int) -> str:
    """一 … 九十九, as articles are numbered."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def articles(items: list[str]) -> str:
    """第一条 … as paragraphs (the empty items dropped); an item's wrapped source lines are joined."""
    kept = ["".join(ln.strip() for ln in a.strip().splitlines()) for a in items if a]
    return "\n\n".join(f"第{cn(i)}条　{a}" for i, a in enumerate(kept, 1))


def width(s: str) -> int:
    """Columns on screen: a wide (CJK) character two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ---------------------------------------------------------------------------------------------------------
# the county portals: two CMS families, each county its own furniture, and their 互动交流 boards
# ---------------------------------------------------------------------------------------------------------


class Site:
    def __init__(
        self, name: str, short: str, icp: str, code: str, police: str, tel: str, cms: str, index: str
    ) -> None:
        self.name, self.short, self.icp, self.code = name, short, icp, code
        self.police, self.tel, self.cms, self.index = police, tel, cms, index


LL = Site(
    "陆良县人民政府",
    "陆良",
    "滇ICP备05003216号",
    "5303220001",
    "滇公网安备 53032202000118号",
    "0874-6321001",
    "xxgk",
    "11530322015210735L",
)
JH = Site(
    "剑河县人民政府",
    "剑河",
    "黔ICP备05004371号",
    "5226290001",
    "黔公网安备 52262902000036号",
    "0855-5221001",
    "xxgk",
    "11522629009573042B",
)
LZ = Site(
    "武威市凉州区人民政府",
    "凉州",
    "陇ICP备05006128号",
    "6206020001",
    "甘公网安备 62060202000081号",
    "0935-2211001",
    "jyh",
    "",
)
LF = Site(
    "禄丰市人民政府",
    "禄丰",
    "滇ICP备05008853号",
    "5323310001",
    "滇公网安备 53233102000064号",
    "0878-4121001",
    "jyh",
    "",
)
BJ = Site(
    "铜仁市碧江区人民政府",
    "碧江",
    "黔ICP备05006602号",
    "5206020001",
    "黔公网安备 52060202000127号",
    "0856-5221001",
    "xxgk",
    "11520602009590218R",
)
XH = Site(
    "西和县人民政府",
    "西和",
    "陇ICP备05009415号",
    "6212250001",
    "甘公网安备 62122502000052号",
    "0939-5621001",
    "jyh",
    "",
)
XQ = Site(
    "银川市兴庆区人民政府",
    "兴庆",
    "宁ICP备05001937号",
    "6401040001",
    "宁公网安备 64010402000146号",
    "0951-6021001",
    "jyh",
    "",
)
HT = Site(
    "玉溪市红塔区人民政府",
    "红塔",
    "滇ICP备05002284号",
    "5304020001",
    "滇公网安备 53040202000093号",
    "0877-2021001",
    "xxgk",
    "11530402015160328K",
)

DEFAULT_LINKS = ["中国政府网", "国务院客户端", "政务服务“好差评”", "12345政务服务便民热线"]


class Meta:
    """An article's 文号, 主题分类, 索引号 serial, related links and hit count, as its page shows them."""

    def __init__(
        self,
        number: str = "",
        topic: str = "其他",
        serial: str = "00001",
        related: list[str] | None = None,
        hits: str = "1386",
    ) -> None:
        self.number, self.topic, self.serial, self.hits = number, topic, serial, hits
        self.related = related or DEFAULT_LINKS


def xxgk_page(site: Site, title: str, crumb: str, date: str, source: str, body: str, kw: Meta) -> str:
    """A 信息公开 article page: the 索引号 table above the title, 打印本页 / 关闭窗口 tools, a 分享 bar."""
    number, topic, serial = kw.number, kw.topic, kw.serial
    links = "".join(f'<li><a href="#" target="_blank">{r}</a></li>' for r in kw.related)
    meta = ""
    if site.index and serial:  # the 互动交流 boards' pages have no 索引号 table
        meta = f"""<table class="xxgk-meta" width="100%" cellspacing="0" cellpadding="0">
<tr><td class="t">索引号：</td><td>{site.index}/{date[:4]}-{serial}</td>\
<td class="t">主题分类：</td><td>{topic}</td></tr>
<tr><td class="t">发布机构：</td><td>{source}</td><td class="t">成文日期：</td><td>{date}</td></tr>
<tr><td class="t">标　　题：</td><td colspan="3">{title}</td></tr>
<tr><td class="t">文　　号：</td><td>{number}</td><td class="t">发布日期：</td><td>{date}</td></tr>
</table>
"""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{title}-{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 09:00">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/images/base.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="hd-top"><div class="wrap"><span class="date" id="today"></span>
<span class="links"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體版</a> | \
<a href="#">手机版</a></span></div></div>
<div class="hd-banner"><div class="wrap"><img src="/images/logo.png" alt="{site.name}">
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词">\
<button>搜索</button>\
</form></div></div>
<div class="hd-nav"><ul class="wrap"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li>\
<li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li>\
<li><a href="#">走进{site.short}</a></li></ul></div>
<div class="wrap crumb">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="wrap detail">
{meta}<h1 class="detail-title">{title}</h1>
<div class="detail-tools"><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>\
 <a href="javascript:window.print();">【打印本页】</a> \
<a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="detail-con" id="zoom">
{body}
</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a> <a class="bds_tsina">新浪微博</a> \
<a class="bds_qzone">QQ空间</a></div>
</div>
<div class="wrap ft-links"><span>相关链接：</span><ul>{links}</ul></div>
<div class="ft"><div class="wrap">
<p>主办单位：{site.name}办公室　　技术支持：{site.name[:-4]}融媒体中心</p>
<p><a href="https://beian.miit.gov.cn/">{site.icp}</a>　{site.police}　网站标识码：{site.code}</p>
<p>联系电话：{site.tel}　建议使用1920×1080分辨率浏览</p>
<p><img src="/images/dzjg.png" alt="党政机关"> <img src="/images/zfwzzc.png" alt="政府网站找错"></p>
</div></div>
</body>
</html>
"""


def jyh_page(site: Site, title: str, crumb: str, date: str, source: str, body: str, kw: Meta) -> str:
    """A 集约化平台 article page: 打印 / 收藏 / 分享 tools beside the date, a 上一篇 / 下一篇 bar."""
    links = "".join(f'<li><a href="#">{r}</a><span>{date}</span></li>' for r in kw.related)
    hits = kw.hits
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{site.name}  {title}</title>
<meta name="keywords" content="{site.name},{title}">
<meta name="description" content="{title}">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/common.js"></script>
</head>
<body>
<div class="g-top"><div class="container"><span>欢迎访问{site.name}网站</span>
<div class="g-top-r"><a href="#">手机版</a><a href="#">政务微博</a><a href="#">政务微信</a>\
<a href="#">关怀模式</a><a href="#">简</a>|<a href="#">繁</a></div></div></div>
<div class="g-header container"><div class="logo"><img src="/static/img/logo.png" alt="{site.name}"></div>
<div class="search-box"><input type="text" placeholder="全站搜索"><a class="btn">搜 索</a></div></div>
<nav class="g-nav"><div class="container"><a href="#">首页</a><a href="#">新闻中心</a>\
<a href="#">信息公开</a>\
<a href="#">网上办事</a><a href="#">互动交流</a><a href="#">专题专栏</a></div></nav>
<div class="container">
<div class="location">您所在的位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="article-box">
<h1 class="article-title">{title}</h1>
<div class="article-info"><span>发布日期：{date}</span><span>信息来源：{source}</span>\
<span>浏览次数：<em id="hits">{hits}</em></span>
<span class="article-tools"><a onclick="window.print()">打印</a><a href="#">收藏</a>\
<a class="share">分享 <i>微信</i><i>微博</i></a></span></div>
<div class="article-content" id="Zoom">
{body}
</div>
<div class="article-foot"><p>【<a href="javascript:window.print()">打印文章</a>】\
【<a href="javascript:window.close()">关闭窗口</a>】</p>
<div class="prev-next"><p>上一篇：关于开展2026年政务公开工作要点落实情况自查的通知</p>\
<p>下一篇：关于做好2026年防汛抗旱工作的通知</p></div></div>
</div>
<div class="relevant"><div class="relevant-hd">相关文章</div><ul>{links}</ul></div>
</div>
<footer class="g-footer"><div class="container">
<p><a href="#">网站地图</a>|<a href="#">联系我们</a>|<a href="#">使用帮助</a>|<a href="#">隐私声明</a></p>
<p>版权所有：{site.name}　　承办：{site.name}办公室</p>
<p><a href="https://beian.miit.gov.cn">{site.icp}</a>　<img src="/static/img/ga.png" alt="">{site.police}\
　网站标识码：{site.code}</p>
<p><script type="text/javascript">\
document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script></p>
</div></footer>
</body>
</html>
"""


def portal(
    site: Site,
    title: str,
    crumb: str,
    date: str,
    source: str,
    body: str,
    number: str = "",
    topic: str = "其他",
    serial: str = "00001",
    related: list[str] | None = None,
    hits: str = "1386",
) -> str:
    make_page = xxgk_page if site.cms == "xxgk" else jyh_page
    return make_page(site, title, crumb, date, source, body, Meta(number, topic, serial, related, hits))


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
    """A letter and its reply on the portal's 互动交流 board, in the site family's own layout."""
    if site.cms == "xxgk":
        body = f"""<div class="hdjl-detail">
<dl class="ly"><dt>来信标题：</dt><dd>{title}</dd></dl>
<dl class="ly"><dt>来信人：</dt><dd>{who}</dd><dt>来信时间：</dt><dd>{asked}</dd>\
<dt>信件编号：</dt><dd>{number}</dd></dl>
<dl class="ly"><dt>来信内容：</dt><dd>{P(text)}</dd></dl>
<dl class="hf"><dt>办理单位：</dt><dd>{unit}</dd><dt>回复时间：</dt><dd>{replied}</dd></dl>
<dl class="hf"><dt>回复内容：</dt><dd>{P(reply)}</dd></dl>
</div>
<div class="pj">请对本次回复进行评价：<label><input type="radio" name="pj" checked> 满意</label> \
<label><input type="radio" name="pj"> 基本满意</label> \
<label><input type="radio" name="pj"> 不满意</label></div>"""
    else:
        body = f"""<table class="letter" width="100%" border="1" cellspacing="0" cellpadding="8">
<tr><th width="16%">信件编号</th><td>{number}</td><th width="16%">写信时间</th><td>{asked}</td></tr>
<tr><th>写信人</th><td>{who}</td><th>办理状态</th><td>已办结</td></tr>
<tr><th>信件标题</th><td colspan="3">{title}</td></tr>
<tr><th>信件内容</th><td colspan="3">{P(text)}</td></tr>
<tr><th>答复单位</th><td>{unit}</td><th>答复时间</th><td>{replied}</td></tr>
<tr><th>答复内容</th><td colspan="3">{P(reply)}</td></tr>
</table>"""
    return portal(site, title, f"互动交流 &gt; {board}", replied, board, body, serial="")


def signed(unit: str, date: str) -> str:
    return f'<p style="text-align:right">{unit}</p><p style="text-align:right">{date}</p>'


def kv(text: str) -> str:
    return make.kv_table(text, 'class="bszn" border="1" cellspacing="0" cellpadding="8" width="100%"')


# ---------------------------------------------------------------------------------------------------------
# 1-5 陆良县: the 村级河道保洁员管理办法 beside its 征求意见稿 (and a copy of it), its 政策解读, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LL_TITLE = "陆良县村级河道保洁员管理办法"
LL_DRAFT_TITLE = f"关于公开征求《{LL_TITLE}（征求意见稿）》意见的公告"
LL_RATE = ("每公里每月120元", "每公里每月100元")
LL_FLOOR = ("600元", "500元")
LL_LEN = ("8公里", "10公里")
LL_AGE = ("18周岁至65周岁", "18周岁至60周岁")
LL_TIMES = ("3次", "2次")
LL_SCORE = (
    "月度考核90分以上的全额发放；80分至89分的扣发10%；60分至79分的扣发30%；60分以下当月不发放",
    "月度考核85分以上的全额发放；70分至84分的扣发20%；70分以下当月不发放",
)
LL_CIVIL = ("每人每月150元", "每人每月100元")
LL_START = ("2026年6月1日", "2026年4月1日")


def ll_articles(draft: bool) -> str:
    i = 1 if draft else 0
    return articles(
        [
            """为加强村级河道日常保洁，巩固河湖长制工作成效，根据《云南省河道管理条例》和曲靖市有关规定，
            结合本县实际，制定本办法。""",
            """本办法所称村级河道保洁员，是指由乡镇（街道）聘用，负责南盘江陆良段支流、村级河道和沟渠日常
            保洁的人员。""",
            f"""保洁员应当年满{LL_AGE[i]}，身体健康，能够胜任河道保洁工作，由村（社区）推荐、乡镇（街道）聘用，
            每名保洁员负责的河道长度一般不超过{LL_LEN[i]}。""",
            f"""保洁员每周至少巡查保洁{LL_TIMES[i]}，做到“五无”：河面无漂浮物、河岸无垃圾、河床无障碍物、无乱排
            乱倒、无违章搭建；发现涉河违法行为的，及时报告村级河长。""",
            f"""保洁员补贴按负责的河道长度计算，标准为{LL_RATE[i]}；按长度计算每人每月不足{LL_FLOOR[i]}的，
            按{LL_FLOOR[i]}发放。""",
            f"乡镇（街道）对保洁员实行月度考核：{LL_SCORE[i]}。",
            "每年评选优秀保洁员，每人奖励1000元。" if draft else "",
            f"""县河长制办公室聘请热心群众担任民间河长，参与巡河护河，每名民间河长每月巡河不少于2次，给予通讯
            交通补助{LL_CIVIL[i]}。""",
            "保洁员补贴和民间河长补助由县财政和乡镇（街道）共同承担，按季度发放到本人社会保障卡。",
            "保洁员连续两个月考核不合格或者弄虚作假的，由乡镇（街道）予以解聘。",
            f"本办法自{LL_START[i]}起施行，有效期5年。",
        ]
    )


LL_DRAFT_LEAD = f"""
为提高规范性文件制定的透明度和公众参与度，现将《{LL_TITLE}（征求意见稿）》全文公布，公开征求社会各界
意见。征求意见时间为2026年2月10日至2026年3月11日。

意见建议可以通过信函寄至陆良县水务局（县河长制办公室），或者通过本网站“意见征集”栏目在线提交。

陆良县水务局

2026年2月10日
"""

LL_READ = """
问：全县聘用了多少河道保洁员？

答：全县共聘用村级河道保洁员412名，保洁河道和沟渠1986公里。

问：保洁员怎么选聘？

答：优先从脱贫户、监测户中选聘有劳动能力的人员。由村（社区）推荐，乡镇（街道）审核，在村务公开栏
公示5个工作日无异议后签订聘用协议。

问：补贴资金从哪里来？

答：保洁员补贴和民间河长补助由县财政承担60%、乡镇（街道）承担40%，按季度发放。

问：保洁员在河边作业有没有保险？

答：县河长制办公室统一为保洁员购买人身意外伤害保险，每人每年保额20万元，保费由县财政承担。

问：哪些人可以当民间河长？

答：热心公益的群众、退休干部、“两代表一委员”和志愿者都可以，向所在乡镇（街道）河长办报名。
"""

LL_REPLY_Q = "我在马街镇当河道保洁员，管6.5公里河道，6月考核86分，能拿多少补贴？"


def ll_reply_parts() -> tuple[int, int]:
    full = 65 * 120 // 10
    paid = full * 90 // 100
    assert (full, paid) == (780, 702)
    return full, paid


def write_luliang() -> None:
    final = portal(
        LL,
        LL_TITLE,
        "政务公开 &gt; 规范性文件",
        "2026-05-12",
        "陆良县水务局",
        P(ll_articles(False)) + signed("陆良县人民政府办公室", "2026年5月12日"),
        number=f"陆政办规{L}2026{R}2号",
        topic="水利",
        serial="00137",
        related=[f"《{LL_TITLE}》政策解读", "曲靖市河湖长制工作推进会召开", "南盘江陆良段“一河一策”"],
    )
    write(f"云南/陆良县/{LL_TITLE}.html", final)
    write(f"云南/陆良县/{LL_TITLE} - 副本.html", final)
    write(
        f"云南/陆良县/{LL_DRAFT_TITLE}.html",
        portal(
            LL,
            LL_DRAFT_TITLE,
            "互动交流 &gt; 意见征集",
            "2026-02-10",
            "陆良县水务局",
            P(LL_DRAFT_LEAD)
            + f'\n<p style="text-align:center"><strong>{LL_TITLE}（征求意见稿）</strong></p>\n'
            + P(ll_articles(True)),
            topic="水利",
            serial="00041",
        ),
    )
    write(
        "云南/陆良县/政策解读.html",
        portal(
            LL,
            f"《{LL_TITLE}》政策解读",
            "政务公开 &gt; 政策解读",
            "2026-05-14",
            "陆良县水务局",
            P(LL_READ),
            topic="水利",
            serial="00142",
            related=[LL_TITLE, "图解：村级河道保洁员“干什么、拿多少”"],
        ),
    )
    full, paid = ll_reply_parts()
    write(
        f"云南/陆良县/12345 {LL_REPLY_Q}.html",
        letter(
            LL,
            "12345热线",
            LL_REPLY_Q,
            "王**（马街镇）",
            "2026-07-06",
            """
我是马街镇的村级河道保洁员，今年58岁，负责村里到镇上那段支流，乡里给我划的是6.5公里。6月份镇上考核我
得了86分，说是有一次河面上有塑料袋没捞干净。请问我6月份的补贴能拿多少？什么时候发？
""",
            "陆良县水务局",
            "2026-07-09",
            f"""
您好！根据《{LL_TITLE}》，保洁员补贴按负责的河道长度计算，标准为每公里每月120元；月度考核80分至89分的
扣发10%。

您负责河道6.5公里，6月补贴6.5×120={full}元；考核86分，扣发10%，实发{full}×90%={paid}元。
补贴按季度发放，二季度补贴将于7月底前发放到您本人的社会保障卡。
""",
            "LL12345-20260706-0418",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 6-8 剑河县: the 涉河建设项目审批 办事指南 (key-value rows, a file named like 碧江区's), the 河长办's work
# notes (.org, Emacs Org-mode), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

JH_GUIDE = """
项目|内容
事项名称|河道管理范围内建设项目工程建设方案审批（涉河建设项目审批）
实施主体|剑河县水务局
适用范围|在本县河道管理范围内新建、扩建、改建的桥梁、码头、道路、渡口、管道、缆线、取水口、排污口等建筑物及设施
申请材料|1.申请书；2.建设项目所依据的文件；3.涉河建设方案及防洪评价报告；4.建设项目涉及河道与防洪部分的方案；\
5.占用河道管理范围内土地情况及该建设项目防御洪涝的设防标准与措施；6.对第三人合法水事权益有影响的，提交有关协议
法定时限|20个工作日
承诺时限|8个工作日（防洪评价技术审查时间不计入）
受理地点|剑河县政务服务中心一楼水务窗口（12号）
办理结果|准予许可的，出具涉河建设项目工程建设方案审批决定书
收费标准|不收费
咨询电话|0855-5223716
"""

JH_ORG = "剑河县河长办2026年工作台账.org"
# the Org table of 巡河: (层级, 频次, 补助 元/次, 每月计补上限 次)
JH_TABLE = [
    ("河长层级", "巡河频次", "补助（元/次）", "每月计补上限（次）"),
    ("县级河长", "每月不少于1次", "", ""),
    ("乡级河长", "每旬不少于1次", "", ""),
    ("村级河长", "每周不少于1次", "25", "8"),
    ("河道巡查员", "每日1次", "", ""),
]
JH_PER, JH_CAP = 25, 8


def org_table(rows: Sequence[tuple[str, ...]]) -> list[str]:
    """An Org table as Org aligns it: columns padded to the widest cell (a CJK character two columns), a
    |---+---| rule under the header row."""
    cols = len(rows[0])
    widths = [max(width(r[c]) for r in rows) for c in range(cols)]

    def line(r: tuple[str, ...]) -> str:
        return "| " + " | ".join(c + " " * (w - width(c)) for c, w in zip(r, widths, strict=True)) + " |"

    rule = "|" + "+".join("-" * (w + 2) for w in widths) + "|"
    return [line(rows[0]), rule, *(line(r) for r in rows[1:])]


def jh_org() -> str:
    """The 河长办's notes as Emacs keeps them: the in-buffer settings, nested headings with a drawer, a table,
    TODO / DONE items, links, emphasis set off by zero-width spaces, comments keeping the old figures."""
    table = "\n".join("   " + ln for ln in org_table(JH_TABLE))
    return f"""#+TITLE: 剑河县河长制办公室2026年工作台账
#+AUTHOR: 县河长办综合组 杨秀
#+EMAIL: jhxhzb@jianhe-sw.example
#+DATE: <2026-03-02 Mon>
#+STARTUP: overview
#+OPTIONS: toc:nil num:nil ^:nil
#+LANGUAGE: zh-CN
#+TODO: TODO DOING | DONE CANCELED

# 本台账由综合组每周一更新，导出前先 C-c C-e h h 核对表格。

* 一、巡河制度
  :PROPERTIES:
  :CUSTOM_ID: xunhe
  :依据:     剑河县河湖长巡河工作制度（剑河长办发{L}2026{R}2号）
  :更新:     2026-03-02
  :END:
** 巡河频次和村级河长巡河补助
{table}

   - 村级河长通过“剑河河长”APP巡河打卡，单次巡河时长不少于{ZW}*30*{ZW}分钟、轨迹不少于{ZW}*2*{ZW}公里的，计为
     一次有效巡河。
   - 巡河补助按月统计、按季度发放，超过每月计补上限的巡河次数不计补助。
   - 巡河发现的问题当场能处理的当场处理，不能处理的通过APP上报乡级河长。

   # 旧标准（2025年版，已废止）：村级河长每次补助20元，每月最多计6次
   #+BEGIN_COMMENT
   2025年版制度：单次巡河时长不少于20分钟即计为有效巡河；乡级河长每月巡河不少于2次。
   2026年2月县河长办主任办公会议定提高补助，表格已按新标准改过。
   #+END_COMMENT

** 巡河记录
   巡河记录统一在APP中填报，纸质[[file:./附件/巡河记录表.xlsx][巡河记录表]]只在无信号的河段使用。

* 二、重点工作
** DONE 一季度县级河长述职
   CLOSED: [2026-03-28 Sat 16:20]
   县级河长8人全部完成述职，会议纪要见[[file:./纪要/2026-03-28述职会.org][述职会纪要]]。
** TODO 汛前河道“清四乱”专项行动
   SCHEDULED: <2026-04-15 Wed>
   - 范围：清水江、南哨河、巫密河、八郎河等县级河道
   - 乱占、乱采、乱堆、乱建问题由县河长办交办乡镇，*整改时限*：{ZW}=交办之日起15日内=\
{ZW}完成整改，逾期未完成的通报
** TODO 村级河长二季度巡河补助发放
   SCHEDULED: <2026-07-10 Fri>
   二季度巡河补助于7月10日前发放到村级河长本人“一卡通”账户，6月30日前各乡镇报送APP巡河统计。
** DOING 河长公示牌信息更新
   对河长调整的河段，公示牌信息在调整后10日内更新。

* 三、联系方式
  - 河长办值班电话：=0855-5222910=（工作日8:30-12:00，14:30-17:30）
  - 专栏：[[https://www.jianhe.gov.cn/zwgk/hhzzl/][剑河县河湖长制专栏]]
  - 投诉举报：[[https://www.jianhe.gov.cn/hdjl/][县长信箱]]
"""


JH_REPLY_Q = "我是村级河长，3月巡河11次、4月7次，巡河补助能领多少？"


def jh_reply_parts() -> tuple[int, int, int]:
    march = min(11, JH_CAP) * JH_PER
    april = (7 - 1) * JH_PER  # one walk of 1.5 km is not a 有效巡河
    assert (march, april) == (200, 150)
    return march, april, march + april


def write_jianhe() -> None:
    write(
        "贵州/剑河县/办事指南.html",
        portal(
            JH,
            "河道管理范围内建设项目工程建设方案审批办事指南",
            "政务服务 &gt; 办事指南",
            "2026-03-16",
            "剑河县水务局",
            kv(JH_GUIDE),
            topic="水利",
            serial="00089",
            related=["剑河县河湖长制专栏", "清水江剑河段岸线保护规划"],
        ),
    )
    write(f"贵州/剑河县/{JH_ORG}", jh_org())
    march, april, total = jh_reply_parts()
    assert total == 350
    write(
        f"贵州/剑河县/领导留言板 {JH_REPLY_Q}.html",
        letter(
            JH,
            "领导留言板",
            JH_REPLY_Q,
            "网友“南哨河边人”",
            "2026-05-11",
            """
我是南哨镇一个村的村级河长，每次巡河都用“剑河河长”APP打卡。3月份我巡了11次，4月份巡了7次，其中4月有一次
下大雨只走了1.5公里就回来了，时间倒是有40分钟。听说村级河长巡河有补助，请问3、4月能领多少？
""",
            "剑河县水务局（县河长制办公室）",
            "2026-05-14",
            f"""
您好！按照县河湖长巡河工作制度，村级河长每周巡河不少于1次，巡河补助每次25元，每月最多计8次；单次巡河时长
或者轨迹达不到要求的，不计为有效巡河。

您3月巡河11次，按上限8次计，补助8×25={march}元；4月巡河7次，其中一次轨迹1.5公里，不计为有效巡河，有效巡河
6次，补助6×25={april}元；两个月合计{total}元。补助按季度发放到您本人“一卡通”账户。
""",
            "JHLY-2026-0511-063",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-12 凉州区: the 河道保洁服务考核办法 (a hard-wrapped PDF, its wrap cutting a figure), the 一季度 考核扣款
# 明细 (.csv.gz, GBK inside), the 标段 公示 (.txt, GBK, CRLF), a 市长信箱 reply
# ---------------------------------------------------------------------------------------------------------

LZ_TITLE = "凉州区河道保洁服务考核办法"
LZ_PDF = f"{LZ_TITLE}.pdf"
LZ_WIDTH = 32
LZ_PAGES = [
    f"""
{LZ_TITLE}
凉政办发{L}2026{R}18号
第一条　为规范河道保洁服务，提升河道保洁质量，根据《甘肃省河道管理条例》和武威市河湖长制有关规定，\
结合本区实际，制定本办法。
第二条　本办法适用于通过政府购买服务承接本区杂木河、金塔河、西营河、黄羊河等河道保洁的服务单位。
第三条　区河长制办公室负责组织考核，每月明查1次、暗访不少于2次，实行百分制，考核结果当月通报。
第四条　保洁标准：河面无漂浮物，河岸无垃圾、无杂草丛生，护栏、步道整洁，垃圾日产日清。
""",
    """
第五条　考核中发现下列问题的，按以下标准扣款：（一）河面漂浮物集中面积超过1平方米的，每处扣200元；\
（二）河岸垃圾堆放未清理的，每处扣300元；（三）交办问题未在2小时内清理的，每次扣500元；\
（四）保洁人员作业时未穿戴反光服等安全防护用品的，每人次扣100元。
第六条　服务单位月度考核得分低于80分的，由区河长制办公室（区水务局）扣除当月服务费的5%；\
得分低于70分的，扣除当月服务费的15%，并约谈服务单位负责人。
""",
    """
第七条　年度累计扣款超过合同价款10%，或者连续3个月考核低于70分的，解除服务合同。
第八条　考核扣款从当季服务费中直接抵扣。
第九条　本办法自2026年4月1日起施行。
武威市凉州区人民政府办公室
2026年3月20日
""",
]


def lz_check_wrap() -> None:
    lines = make.hard_wrap(LZ_PAGES[1], LZ_WIDTH)
    assert any(a.endswith("当月服务费的1") and b.startswith("5%") for a, b in itertools.pairwise(lines)), (
        lines
    )


LZ_CSV = "凉州区2026年一季度河道保洁考核扣款明细.csv.gz"
LZ_PAUSE = "春节期间（2月10日至2月24日）暂停暗访"
# (标段, 河道, 服务单位, 考核月份, 问题类型, 问题数量, 扣款金额 元, 备注)
LZ_ROWS: list[tuple[str, str, str, str, str, int, int, str]] = [
    ("一标段", "杂木河", "武威市洁源环境服务有限公司", "2026-01", "河岸垃圾堆放未清理", 2, 600, ""),
    ("一标段", "杂木河", "武威市洁源环境服务有限公司", "2026-01", "河面漂浮物", 1, 200, ""),
    ("二标段", "金塔河", "甘肃绿洲物业管理有限公司", "2026-01", "交办问题超时未清理", 1, 500, ""),
    ("三标段", "西营河", "凉州区清河保洁服务有限公司", "2026-01", "未穿戴安全防护用品", 3, 300, ""),
    ("二标段", "金塔河", "甘肃绿洲物业管理有限公司", "2026-02", "无", 0, 0, LZ_PAUSE),
    ("一标段", "杂木河", "武威市洁源环境服务有限公司", "2026-02", "河面漂浮物", 2, 400, ""),
    ("四标段", "黄羊河", "武威天马环卫工程有限公司", "2026-02", "河岸垃圾堆放未清理", 1, 300, ""),
    ("三标段", "西营河", "凉州区清河保洁服务有限公司", "2026-03", "交办问题超时未清理", 3, 1500, ""),
    (
        "三标段",
        "西营河",
        "凉州区清河保洁服务有限公司",
        "2026-03",
        "月度考核78分（低于80分）",
        1,
        2400,
        "服务费4.8万元×5%",
    ),
    ("二标段", "金塔河", "甘肃绿洲物业管理有限公司", "2026-03", "河面漂浮物", 4, 800, ""),
    ("四标段", "黄羊河", "武威天马环卫工程有限公司", "2026-03", "河岸垃圾堆放未清理", 2, 600, ""),
    ("一标段", "杂木河", "武威市洁源环境服务有限公司", "2026-03", "未穿戴安全防护用品", 1, 100, ""),
]
LZ_HEADER = [
    "序号",
    "标段",
    "河道",
    "服务单位",
    "考核月份",
    "问题类型",
    "问题数量（处/次）",
    "扣款金额（元）",
    "备注",
]


def lz_csv() -> bytes:
    """The portal's download: a GBK CSV (CRLF, the csv module's quoting), gzipped with mtime 0 and no file
    name."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(LZ_HEADER)
    for n, row in enumerate(LZ_ROWS, 1):
        w.writerow([n, *row])
    count = sum(r[5] for r in LZ_ROWS)
    total = sum(r[6] for r in LZ_ROWS)
    assert (count, total) == (21, 7700)
    w.writerow(["合计", "", "", "", "", "", count, total, ""])
    return gzip.compress(buf.getvalue().encode("gbk"), compresslevel=9, mtime=0)


LZ_TXT = "凉州区河道保洁标段及服务单位公示.txt"
LZ_LIST = """凉州区河道保洁标段及服务单位公示

经政府采购公开招标，现将我区2026-2027年度河道保洁服务标段及中标服务单位公示如下：

标段　　河道　　保洁范围　　　　　　　　长度（公里）　服务单位　　　　　　　　　　合同价（万元/年）
一标段　杂木河　城区段（南关桥至金羊桥）12.6　　　　　武威市洁源环境服务有限公司　50.4
二标段　金塔河　城区段　　　　　　　　　15.0　　　　　甘肃绿洲物业管理有限公司　　72.0
三标段　西营河　凉州段　　　　　　　　　14.4　　　　　凉州区清河保洁服务有限公司　57.6
四标段　黄羊河　凉州段　　　　　　　　　9.8 　　　　　武威天马环卫工程有限公司　　39.2

服务期限：2026年1月1日至2027年12月31日
监督电话：区河长制办公室　0935-2216330

武威市凉州区水务局
2026年1月5日
"""

LZ_REPLY_Q = "我们公司承包金塔河保洁，5月被查出好几处问题，考核78分，要扣多少钱？"


def lz_reply_parts() -> tuple[int, int, int]:
    items = 3 * 200 + 2 * 300 + 1 * 500
    fee = 720000 // 12 * 5 // 100
    assert (items, fee) == (1700, 3000)
    return items, fee, items + fee


def write_liangzhou() -> None:
    lz_check_wrap()
    OUT.write_pdf(
        f"甘肃/凉州区/{LZ_PDF}",
        LZ_PAGES,
        "武威市凉州区人民政府办公室文件",
        LZ_WIDTH,
        lambda n, total: f"第 {n} 页 共 {total} 页",
        260,
    )
    write_bytes(f"甘肃/凉州区/{LZ_CSV}", lz_csv())
    write(f"甘肃/凉州区/{LZ_TXT}", LZ_LIST.replace("\n", "\r\n"), "gbk")
    items, fee, total = lz_reply_parts()
    assert total == 4700
    write(
        f"甘肃/凉州区/市长信箱 {LZ_REPLY_Q}.html",
        letter(
            LZ,
            "市长信箱",
            LZ_REPLY_Q,
            "赵**（甘肃绿洲物业管理有限公司）",
            "2026-06-08",
            """
市长您好！我们公司中标了凉州区金塔河城区段（二标段）河道保洁，合同价每年72万元。5月份区河长办暗访查出
河面漂浮物3处、河岸垃圾2处，还有1次交办的问题我们的人晚到了，超过了2个小时，月度考核得了78分。请问5月份
一共要扣我们多少钱？
""",
            "武威市凉州区水务局",
            "2026-06-12",
            f"""
您好！根据《{LZ_TITLE}》，河面漂浮物每处扣200元，河岸垃圾堆放未清理的每处扣300元，交办问题未在2小时内清理的
每次扣500元；月度考核得分低于80分的，扣除当月服务费的5%。

贵公司5月问题扣款3×200+2×300+1×500={items}元；考核78分，低于80分，按月服务费72万元÷12=6万元的5%扣{fee}元；
合计扣款{total}元，从二季度服务费中直接抵扣。
""",
            "WWSZXX-2026-0608-031",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 13-16 禄丰市: the 困境儿童分类保障实施办法 (.docx, two tables, units in the header row), the 民政局's wiki
# page on 儿童主任 (.wiki, MediaWiki source), the 儿童主任 培训 安排 (.txt, UTF-16 BE), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LF_TITLE = "禄丰市困境儿童分类保障实施办法"
LF_DOCX = f"{LF_TITLE}.docx"
LF_LEVELS = {"一类": 650, "二类": 450, "三类": 300, "四类": 100}  # 元/人·月
LF_BLOCKS: list = [
    f"# {LF_TITLE}",
    "为进一步加强困境儿童保障工作，根据《云南省人民政府关于加强困境儿童保障工作的实施意见》和楚雄州有关规定，"
    "结合本市实际，制定本办法。",
    "## 一、保障对象和标准",
    "困境儿童按照困境程度分为四类，按月发放基本生活保障金。重病是指患白血病、先天性心脏病、恶性肿瘤等20种重大"
    "疾病；重残是指持有一、二级残疾人证。",
    [
        ["类别", "保障对象", "基本生活保障标准（元/人·月）", "备注"],
        ["一类", "低保家庭中的重残、重病儿童", str(LF_LEVELS["一类"]), "含低保金以外部分"],
        ["二类", "低保家庭以外的重残、重病儿童", str(LF_LEVELS["二类"]), ""],
        ["三类", "父母一方重残或者重病、另一方无抚养能力家庭的儿童", str(LF_LEVELS["三类"]), ""],
        ["四类", "低保家庭中的其他儿童", str(LF_LEVELS["四类"]), "在低保金基础上增发"],
    ],
    "同时符合两个以上类别的，按就高原则享受一项，不重复享受。",
    "## 二、医疗和教育保障",
    [
        ["项目", "保障内容", "比例或者标准"],
        ["医疗救助", "一类、二类儿童住院政策范围内个人自付费用", "救助70%（年度封顶3万元）"],
        ["教育资助", "在校就读的一类至三类儿童", "优先纳入学生资助，免除保教费"],
    ],
    "## 三、申请和审批",
    "儿童监护人向户籍所在乡镇（街道）提出申请，乡镇（街道）在15个工作日内完成入户调查和审核，市民政局在10个工作日"
    "内完成审批。审批通过的，从批准的次月起发放。",
    "## 四、动态管理",
    "儿童年满18周岁的停发；年满18周岁仍在全日制学校就读的，可以延续发放至毕业。家庭情况发生变化的，监护人应当在"
    "30日内告知乡镇（街道）。",
    "禄丰市民政局　禄丰市财政局　2026年3月",
]

LF_WIKI = "儿童主任工作手册.wiki"
LF_WIKI_TEXT = """{{Infobox 岗位
| 名称       = 村（社区）儿童主任
| 主管部门   = [[禄丰市民政局]]儿童福利股
| 配备人数   = 169名（覆盖全市169个村、社区）
| 督导员     = 每个乡镇（街道）1名，共14名
| 督导员补贴 = 每人每月400元
| 更新时间   = 2026年4月
}}
'''村（社区）儿童主任'''是在村（居）民委员会中负责儿童关爱保护服务的工作人员，一般由村（居）委会委员、\
大学生村官或者专业社会工作者担任。<ref>《民政部等10部门关于进一步健全农村留守儿童和困境儿童关爱服务体系的意见》\
（民发\u30142019\u301534号）</ref>

__TOC__

== 工作职责 ==
* 定期走访、全面排查本村（社区）留守儿童、困境儿童，及时掌握儿童家庭、监护、就学等基本情况。
* 协助做好困境儿童基本生活保障金的申请，将有关信息录入全国儿童福利信息管理系统。
* 发现儿童无人照料、遭受侵害等情况的，立即报告乡镇（街道）和公安机关。
* 参加[[儿童督导员工作手册|乡镇儿童督导员]]组织的业务培训。

== 工作补贴 ==
儿童主任工作补贴标准为每人每月'''300'''元，由市财政列支，按季度发放。<ref>《楚雄州民政局 楚雄州财政局关于\
提高村（社区）儿童主任工作补贴标准的通知》，2026年1月起执行。</ref>
<!-- 2025年12月前：儿童主任每人每月200元，督导员每人每月350元。新标准执行后删除此行。 -->

== 探访频次 ==
{| class="wikitable"
|+ 儿童主任探访频次
! 服务对象 !! 探访频次 !! 记录要求
|-
| 困境儿童 || 每月至少1次 || 录入全国儿童福利信息管理系统
|-
| 散居孤儿 || 每月至少2次 || 录入全国儿童福利信息管理系统
|-
| 农村留守儿童 || 每季度至少1次 || 填写《探访记录表》
|}

== 系统填报提示 ==
在系统“儿童姓名”一栏只填写姓名，不要加<nowiki>[[ ]]</nowiki>、<nowiki>{{ }}</nowiki>等符号；身份证号\
码中的字母一律大写。

== 参考资料 ==
<references />

[[分类:儿童福利]]
[[分类:工作手册]]
"""

LF_TXT = "禄丰市2026年儿童主任业务培训安排.txt"
LF_TRAIN = """禄丰市2026年儿童主任业务培训安排

一、培训对象
全市村（社区）儿童主任、乡镇（街道）儿童督导员。

二、培训班次
第一期：5月12日至5月14日，金山镇、勤丰镇、中村乡、和平镇等乡镇，地点市民政局三楼会议室；
第二期：6月16日至6月18日，广通镇、黑井镇、一平浪镇、罗川镇等乡镇，地点广通镇便民服务中心；
第三期：9月8日至9月10日，新任儿童主任，地点市委党校。

三、培训内容
儿童福利政策、困境儿童认定、信息系统填报、心理疏导和安全防护。

四、有关要求
请各乡镇于开班前3天报送参训名单，参训人员食宿由市民政局统一安排。

禄丰市民政局
2026年4月22日
"""

LF_REPLY_Q = "孙子二级残疾、孙女上幼儿园，家里是低保户，每月能领多少困境儿童生活费？"


def lf_reply_parts() -> tuple[int, int, int]:
    boy, girl = LF_LEVELS["一类"], LF_LEVELS["四类"]
    return boy, girl, boy + girl


def write_lufeng() -> None:
    write_bytes(
        f"云南/禄丰市/{LF_DOCX}",
        make.docx_bytes(LF_BLOCKS, "禄丰市民政局", "禄丰市民政局印发", "禄丰市民政局", WHEN, STAMP),
    )
    write(f"云南/禄丰市/{LF_WIKI}", LF_WIKI_TEXT)
    write_bytes(f"云南/禄丰市/{LF_TXT}", b"\xfe\xff" + LF_TRAIN.replace("\n", "\r\n").encode("utf-16-be"))
    boy, girl, total = lf_reply_parts()
    assert total == 750
    write(
        f"云南/禄丰市/12345 {LF_REPLY_Q}.html",
        letter(
            LF,
            "12345热线",
            LF_REPLY_Q,
            "李**（勤丰镇）",
            "2026-06-02",
            """
我家在勤丰镇，儿子儿媳离婚后都不管孩子，两个孙辈跟着我过，家里是低保户。孙子9岁，二级肢体残疾，有残疾证；
孙女5岁，在镇上读幼儿园，身体健康。听说困境儿童每月有生活费，请问两个孩子每月一共能领多少？
""",
            "禄丰市民政局",
            "2026-06-05",
            f"""
您好！根据《{LF_TITLE}》，低保家庭中的重残、重病儿童为一类困境儿童，基本生活保障标准为每人每月650元；低保
家庭中的其他儿童为四类，在低保金基础上每人每月增发100元。

您的孙子持二级残疾人证、家庭为低保户，属一类，每月{boy}元；孙女属四类，每月{girl}元；两个孩子每月合计{total}元。
请持户口簿、残疾人证和低保证到勤丰镇人民政府申请，审批通过的从次月起发放。
""",
            "LF12345-20260602-0275",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 17-20 碧江区: the 农村留守儿童关爱保护工作方案, the 困境儿童助学补助 办事指南 (key-value rows, named like
# 剑河县's), the 儿童之家 分布表 (.txt, GB18030, CRLF, space-aligned), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

BJ_TITLE = "碧江区农村留守儿童关爱保护工作方案"
BJ_BODY = """
为进一步做好农村留守儿童关爱保护工作，根据国务院和省、铜仁市关于加强农村留守儿童关爱保护工作的部署，结合
我区实际，制定本方案。

一、摸底排查

各乡镇（街道）每年3月、9月各开展1次农村留守儿童摸底排查，逐一建立信息台账，录入全国儿童福利信息管理系统。

二、定期探访

村（居）儿童主任对农村留守儿童每月至少探访1次，对其中父母双方外出务工的每半月至少探访1次；乡镇（街道）
儿童督导员每季度至少抽查探访10户。探访时重点了解儿童的生活照料、学习、安全和心理状况。

三、亲情联络

督促外出务工父母每周至少与子女视频或者通话1次。各村（居）“儿童之家”配备亲情电话和视频设备，供留守儿童
免费使用。

四、“代理家长”结对

组织党员干部、教师、志愿者担任“代理家长”，与留守儿童结对帮扶，每名代理家长结对不超过3名留守儿童。

五、假期安全

寒暑假期间，儿童主任每周至少开展1次防溺水、防交通事故安全提醒；学校放假前开展一次安全教育。

六、工作保障

区民政局牵头，区教育局、区妇联、团区委等部门按职责做好关爱保护工作，所需经费列入区财政预算。
"""

BJ_GUIDE = """
项目|内容
事项名称|困境儿童助学补助申请
实施主体|铜仁市碧江区民政局
补助对象|户籍在本区、在校就读的困境儿童，以及低保家庭中父母双方外出务工的农村留守儿童
补助标准|学前教育每生每学年800元；小学每生每学年1000元；初中每生每学年1250元；普通高中、中职每生每学年2000元
申请时间|每年9月1日至9月30日（春季学期转入的，3月1日至3月20日补报）
申请材料|1.助学补助申请表；2.户口簿；3.学校出具的在读证明；4.困境儿童认定材料或者低保证、父母外出务工证明
办理流程|学生所在学校初审，区民政局会同区教育局审核，审核结果公示5个工作日
办理时限|20个工作日
发放方式|每学年一次性发放到监护人社会保障卡
受理地点|碧江区政务服务中心三楼民政窗口（31号）
收费标准|不收费
咨询电话|0856-5223104
"""

BJ_TXT = "碧江区村（居）儿童之家分布表.txt"
BJ_HOMES = [
    ("序号", "乡镇（街道）", "儿童之家地址", "儿童主任", "联系电话"),
    ("1", "环北街道", "东门社区服务中心二楼", "杨㛃", "13985621047"),
    ("2", "河西街道", "西门社区新时代文明实践站", "吴小芬", "13885632218"),
    ("3", "川硐街道", "川硐社区党群服务中心", "田玉兰", "13595651136"),
    ("4", "滑石乡", "滑石村村委会一楼", "龙秀英", "13765623390"),
    ("5", "瓦屋乡", "瓦屋村村委会", "杨光明", "13908561572"),
    ("6", "坝黄镇", "坝黄村村委会", "张云", "13638063415"),
]


def bj_txt() -> str:
    """The list as typed in Notepad: a space-aligned table (widths by GB18030 bytes), notes, CRLF lines."""

    def pad(s: str, w: int) -> str:
        return s + " " * (w - len(s.encode("gb18030")))

    lines = ["碧江区村（居）“儿童之家”分布表", ""]
    for no, town, where, who, tel in BJ_HOMES:
        lines.append(pad(no, 6) + pad(town, 16) + pad(where, 30) + pad(who, 10) + tel)
    lines += [
        "",
        "说明：1.儿童之家周一至周五16:30-19:00开放，周六、周日9:00-17:00开放；",
        "      2.寒暑假期间每日9:00-17:00开放，由儿童主任和志愿者轮流值守；",
        "      3.亲情电话和视频设备免费使用，每次通话一般不超过20分钟。",
        "",
        "铜仁市碧江区民政局",
        "2026年3月10日",
        "",
    ]
    return "\r\n".join(lines)


BJ_REPLY_Q = "家里低保户，娃他爸妈都在外打工，两个娃一个读小学一个读初中，助学补助一年有多少？"


def write_bijiang() -> None:
    write(
        f"贵州/碧江区/{BJ_TITLE}.html",
        portal(
            BJ,
            BJ_TITLE,
            "政务公开 &gt; 通知公告",
            "2026-03-02",
            "铜仁市碧江区民政局",
            P(BJ_BODY) + signed("铜仁市碧江区民政局", "2026年3月2日"),
            number=f"碧民发{L}2026{R}7号",
            topic="民政、扶贫、救灾",
            serial="00064",
            related=["铜仁市农村留守儿童关爱保护工作推进会召开", "碧江区“儿童之家”开放时间"],
        ),
    )
    write(
        "贵州/碧江区/办事指南.html",
        portal(
            BJ,
            "困境儿童助学补助申请办事指南",
            "政务服务 &gt; 办事指南",
            "2026-03-05",
            "铜仁市碧江区民政局",
            kv(BJ_GUIDE),
            topic="民政、扶贫、救灾",
            serial="00071",
            related=[BJ_TITLE, "铜仁市学生资助政策简介"],
        ),
    )
    write(f"贵州/碧江区/{BJ_TXT}", bj_txt(), "gb18030")
    small, middle = 1000, 1250
    total = small + middle
    assert total == 2250
    write(
        f"贵州/碧江区/领导留言板 {BJ_REPLY_Q}.html",
        letter(
            BJ,
            "领导留言板",
            BJ_REPLY_Q,
            "网友“瓦屋老杨”",
            "2026-08-25",
            """
我家在瓦屋乡，是低保户。儿子儿媳两个都在浙江打工，一年回来一次，两个孙子跟着我们老两口。大孙子今年秋季上
初一，小孙子读小学三年级。听说区里有困境儿童助学补助，请问我家两个娃一年能补多少？什么时候申请？
""",
            "铜仁市碧江区民政局",
            "2026-08-28",
            f"""
您好！根据区民政局困境儿童助学补助办事指南，低保家庭中父母双方外出务工的农村留守儿童可以申请助学补助，
标准为小学每生每学年1000元、初中每生每学年1250元。

您家小孙子读小学，每学年{small}元；大孙子读初中，每学年{middle}元；两个孩子每学年合计{total}元。请在今年9月
的申请时间内，持申请表、户口簿、在读证明、低保证和父母外出务工证明向孩子所在学校申请。
""",
            "BJLY-2026-0825-112",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 21-24 西和县: the 农村留守儿童委托照护管理办法 on the county's 繁體 site (traditional script written by
# hand), its 附件 that came down empty (.docx, 0 bytes), an analyst's 知网 export (.ris), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

XH_TRAD_TITLE = "西和縣農村留守兒童委託照護管理辦法"
XH_EMPTY = "附件 西和县农村留守儿童委托照护协议书.docx"
XH_TRAD_BODY = """
第一條　為加強農村留守兒童關愛保護，落實父母監護責任，根據《中華人民共和國未成年人保護法》和省、市有關規定，
結合本縣實際，制定本辦法。

第二條　本辦法所稱農村留守兒童，是指父母雙方外出務工或者一方外出務工另一方無監護能力、不滿十六週歲的農村
戶籍未成年人。

第三條　父母雙方外出務工的，應當委託有照護能力的親屬或者其他成年人照護子女，簽訂委託照護協議，並在外出之日
起7日內報村（居）民委員會備案。

第四條　受委託照護人應當年滿18週歲、不滿70週歲，身體健康，無犯罪、吸毒等不良記錄。

第五條　外出務工父母每週至少與子女通話或者視訊1次，每年至少回家探望1次。

第六條　縣財政對簽訂委託照護協議並備案的受委託照護人發放照護補貼：照護1名兒童的，每年600元；每增加1名兒童，
增加300元。照護補貼每年12月發放到受委託照護人的社會保障卡。

第七條　村（居）民委員會發現受委託照護人不能履行照護職責的，應當在24小時內報告鄉鎮人民政府，並通知外出務工
父母。

第八條　父母拒不履行監護職責的，由鄉鎮人民政府約談；經約談仍不改正的，由公安機關予以訓誡。

第九條　本辦法自2026年3月1日起施行。
"""


def xh_trad_page() -> str:
    """The 繁體 site's article page: the 集约化 template, its furniture also in traditional script."""
    site = XH
    body = (
        P(XH_TRAD_BODY)
        + f'<p>附件：<a href="/uploadfile/2026/0225/{XH_EMPTY}">西和縣農村留守兒童委託照護協議書</a></p>'
        + signed("西和縣民政局", "2026年2月25日")
    )
    return f"""<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>西和縣人民政府  {XH_TRAD_TITLE}</title>
<meta name="description" content="{XH_TRAD_TITLE}">
<link rel="stylesheet" href="/static/css/common.css">
</head>
<body>
<div class="g-top"><div class="container"><span>歡迎訪問西和縣人民政府網站</span>
<div class="g-top-r"><a href="#">手機版</a><a href="#">政務微博</a><a href="#">政務微信</a>\
<a href="#">關懷模式</a><a href="#">簡</a>|<a href="#">繁</a></div></div></div>
<div class="g-header container"><div class="logo"><img src="/static/img/logo.png" alt="西和縣人民政府"></div>
<div class="search-box"><input type="text" placeholder="全站搜尋"><a class="btn">搜 尋</a></div></div>
<nav class="g-nav"><div class="container"><a href="#">首頁</a><a href="#">新聞中心</a>\
<a href="#">資訊公開</a>\
<a href="#">網上辦事</a><a href="#">互動交流</a><a href="#">專題專欄</a></div></nav>
<div class="container">
<div class="location">您所在的位置：<a href="/">首頁</a> &gt; 資訊公開 &gt; 規範性文件</div>
<div class="article-box">
<h1 class="article-title">{XH_TRAD_TITLE}</h1>
<div class="article-info"><span>發佈日期：2026-02-25</span><span>資訊來源：西和縣民政局</span>\
<span>文號：西民發{L}2026{R}4號</span>
<span class="article-tools"><a onclick="window.print()">列印</a><a href="#">收藏</a>\
<a class="share">分享 <i>微信</i><i>微博</i></a></span></div>
<div class="article-content" id="Zoom">
{body}
</div>
<div class="article-foot"><p>【<a href="javascript:window.print()">列印文章</a>】\
【<a href="javascript:window.close()">關閉視窗</a>】</p></div>
</div>
<div class="relevant"><div class="relevant-hd">相關文章</div><ul><li><a href="#">隴南市農村留守兒童關愛保護\
工作推進會召開</a></li><li><a href="#">西和縣兒童主任名單</a></li></ul></div>
</div>
<footer class="g-footer"><div class="container">
<p><a href="#">網站地圖</a>|<a href="#">聯繫我們</a>|<a href="#">使用說明</a></p>
<p>版權所有：西和縣人民政府　　承辦：西和縣人民政府辦公室</p>
<p>{site.icp}　{site.police.replace("公网安备", "公網安備")}　網站標識碼：{site.code}</p>
</div></footer>
</body>
</html>
"""


XH_RIS = "CNKI-20260512103045871.ris"
XH_WRAP = 45
XH_RECORDS: list[list[tuple[str, str]]] = [
    [
        ("TY", "JOUR"),
        ("AU", "王晓燕"),
        ("AU", "李建军"),
        ("AD", "陇南师范高等专科学校教育科学学院"),
        ("TI", "西北欠发达县域农村留守儿童隔代照护困境与支持路径——以甘肃省西和县为例"),
        ("JO", "社会工作与管理"),
        ("PY", "2025"),
        ("VL", "25"),
        ("IS", "03"),
        ("SP", "45"),
        ("EP", "54"),
        ("KW", "留守儿童"),
        ("KW", "隔代照护"),
        ("KW", "委托照护"),
        (
            "AB",
            "基于对甘肃省西和县12个乡镇1036户农户的问卷调查和深度访谈，分析欠发达县域农村留守儿童隔代照护的现状"
            "与困境。调查显示，西和县共有农村留守儿童7364名，其中由祖辈隔代照护的占68.5%，照护人平均年龄61.3岁，"
            "小学及以下文化程度的占82.4%。研究发现隔代照护存在重生活照料、轻心理关怀和学业辅导等问题，提出完善委托"
            "照护制度、强化儿童主任探访、发展社会工作服务等支持路径。",
        ),
        ("SN", "2096-7772"),
        ("DB", "中国知网"),
        ("ER", ""),
    ],
    [
        ("TY", "JOUR"),
        ("AU", "马丽"),
        ("TI", "委托照护协议制度在农村留守儿童监护中的实践探索——基于西和县的调查"),
        ("JO", "陇东学院学报"),
        ("PY", "2026"),
        ("VL", "37"),
        ("IS", "02"),
        ("SP", "88"),
        ("EP", "93"),
        ("KW", "委托照护"),
        ("KW", "监护责任"),
        ("KW", "农村留守儿童"),
        (
            "AB",
            "2026年3月起，西和县推行农村留守儿童委托照护协议备案制度，明确受委托照护人的条件和照护补贴标准。"
            "截至2026年6月30日，全县共签订委托照护协议5126份，协议备案率达到96.3%，较制度推行前的书面委托率提高"
            "40个百分点以上。文章分析了协议备案、补贴激励和村级督促三项机制的作用，并就照护人能力评估提出建议。",
        ),
        ("SN", "1674-1730"),
        ("DB", "中国知网"),
        ("ER", ""),
    ],
    [
        ("TY", "JOUR"),
        ("AU", "张宏"),
        ("AU", "刘佳"),
        ("TI", "农村留守儿童心理健康状况及影响因素调查"),
        ("JO", "中国学校卫生"),
        ("PY", "2024"),
        ("VL", "45"),
        ("IS", "11"),
        ("SP", "1602"),
        ("EP", "1606"),
        ("KW", "留守儿童"),
        ("KW", "心理健康"),
        ("AB", ""),
        ("SN", "1000-9817"),
        ("DB", "中国知网"),
        ("ER", ""),
    ],
    [
        ("TY", "THES"),
        ("AU", "赵文静"),
        ("TI", "县域儿童关爱服务体系建设研究——以陇南市为例"),
        ("PB", "西北师范大学"),
        ("PY", "2024"),
        ("KW", "儿童关爱服务"),
        ("KW", "儿童主任"),
        ("KW", "陇南市"),
        (
            "AB",
            "以陇南市为例，考察县域儿童关爱服务体系的组织架构、人员队伍和服务供给。西和县为每个行政村配备1名儿童"
            "主任，全县共配备儿童主任384名，但兼职比例高、业务培训不足。论文提出建立儿童督导员制度和购买社会工作"
            "服务等对策。",
        ),
        ("DB", "中国知网"),
        ("ER", ""),
    ],
]


def xh_ris() -> bytes:
    """The 知网 export: a record a block, a tag, two spaces, a hyphen and a space before each value; a long
    abstract wrapped onto continuation lines; UTF-8 with a byte-order mark, CRLF, a blank line between
    records."""
    lines: list[str] = []
    for record in XH_RECORDS:
        for tag, value in record:
            if tag == "AB" and len(value) > 100 and "96.3%" in value:
                chunks = [value[i : i + XH_WRAP] for i in range(0, len(value), XH_WRAP)]
                lines.append(f"{tag}  - {chunks[0]}")
                lines.extend(chunks[1:])
            else:
                lines.append(f"{tag}  - {value}")
        lines.append("")
    return "\ufeff".encode() + "\r\n".join(lines).encode("utf-8")


def xh_check_wrap() -> None:
    text = xh_ris().decode("utf-8-sig")
    assert "96.3%" not in text and "96.\r\n3%" in text, "the abstract's wrap must cut 96. | 3%"


XH_REPLY_Q = "儿子儿媳出去打工，我照看3个孙子孙女，签了委托照护协议，照护补贴一年能领多少？"


def write_xihe() -> None:
    write(f"甘肃/西和县/{XH_TRAD_TITLE}（繁體版）.html", xh_trad_page())
    write_bytes(f"甘肃/西和县/{XH_EMPTY}", b"")
    xh_check_wrap()
    write_bytes(f"甘肃/西和县/{XH_RIS}", xh_ris())
    total = 600 + 2 * 300
    assert total == 1200
    write(
        f"甘肃/西和县/12345 {XH_REPLY_Q}.html",
        letter(
            XH,
            "12345热线",
            XH_REPLY_Q,
            "蒲**（长道镇）",
            "2026-09-14",
            """
我今年66岁，住长道镇。儿子儿媳3月份去新疆打工了，家里两个孙子一个孙女都由我照看，老大12岁、老二9岁、最小
的6岁。走之前在村委会签了委托照护协议，也备了案。请问这个照护补贴一年能领多少？什么时候发？
""",
            "西和县民政局",
            "2026-09-17",
            f"""
您好！根据《西和县农村留守儿童委托照护管理办法》，县财政对签订委托照护协议并备案的受委托照护人发放照护
补贴：照护1名儿童的每年600元，每增加1名儿童增加300元。

您照护3名孙辈，照护补贴为600+2×300={total}元/年，将于每年12月发放到您的社会保障卡。您今年66岁，符合受委托
照护人不满70周岁的条件。
""",
            "XH12345-20260914-0367",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 25-27 兴庆区: the 促进首店经济高质量发展若干措施, the 申报系统's 补贴标准 configuration (.toml), a 12345
# reply
# ---------------------------------------------------------------------------------------------------------

XQ_TITLE = "兴庆区促进首店经济高质量发展若干措施"
XQ_TIERS = {"全国首店": 60, "西北地区首店": 25, "宁夏首店": 10, "品牌旗舰店": 8}  # 万元
XQ_BODY = f"""
为加快发展首店经济，打造区域消费中心，根据自治区、银川市促进消费有关部署，结合我区实际，制定以下措施。

一、首店落户奖励。对新引进、在兴庆区开设的品牌首店，按下列标准给予一次性奖励：全国首店（中国内地首店）
{XQ_TIERS["全国首店"]}万元；西北地区首店{XQ_TIERS["西北地区首店"]}万元；宁夏首店{XQ_TIERS["宁夏首店"]}万元；品牌旗舰店
{XQ_TIERS["品牌旗舰店"]}万元。

二、申请条件。首店营业面积餐饮类不少于200平方米、零售类不少于100平方米，签订3年以上租赁合同，正常经营满
6个月，纳入限额以上统计。

三、装修补贴。对首店装修投入按20%给予补贴，最高30万元；品牌旗舰店装修投入按10%给予补贴，最高10万元。

四、首发活动补贴。在本区举办新品首发、首秀、首展活动的，按活动实际发生费用的30%给予补贴，单场最高10万元，
每个品牌每年最多补贴2场。

五、商业载体奖励。商业综合体、特色街区运营方年度引进首店5家以上的，奖励运营方20万元。

六、申报兑现。每年分批集中申报，具体时间以区商务局通知为准。同一项目符合本区多项扶持政策的，按就高原则
享受，不重复支持。

七、本措施自2026年5月1日起施行，有效期3年，由区商务局负责解释。
"""

XQ_TOML = "shoudian_subsidy.toml"
TQ = '"""'
XQ_TOML_TEXT = f"""# 兴庆区首店经济扶持资金申报系统：补贴标准配置
# 维护：区商务局信息科　最后修改：2026-05-18
# 修改后先在测试环境核对金额，再发布到“兴庆商务”小程序

title = "兴庆区首店经济扶持资金申报"
version = "2026.2"
policy = "兴庆区促进首店经济高质量发展若干措施"
effective = 2026-05-01
hotline = "0951-6021358"  # 申报咨询，工作日 9:00-17:30

[[batch]]
name = "2026年第一批"
open = 2026-06-01
close = 2026-06-30
display = "2026年6月1日至6月30日"
scope = "2025年11月1日至2026年4月30日开业的首店"

[[batch]]
name = "2026年第二批"
open = 2026-10-08
close = 2026-10-31
display = "2026年10月8日至10月31日"
scope = "2026年5月1日至2026年9月30日开业的首店"

# 首店落户奖励，单位：元
[[tier]]
code = "national"
name = "全国首店"
reward = 600_000

[[tier]]
code = "northwest"
name = "西北地区首店"
reward = 250_000
# reward = 200_000  # 2025版标准，已停用

[[tier]]
code = "ningxia"
name = "宁夏首店"
reward = 100_000

[[tier]]
code = "flagship"
name = "品牌旗舰店"
reward = 80_000
area_min_sqm = 500  # 旗舰店另须营业面积500平方米以上

[area_min]  # 单位：平方米
catering = 200
retail = 100

[decoration]
rate_percent = 20
cap_yuan = 300_000
flagship = {{ rate_percent = 10, cap_yuan = 100_000 }}
# cap_yuan = 200_000  # 2025版上限

[launch_event]
rate_percent = 30
cap_per_event_yuan = 100_000
max_events_per_year = 2

[materials]
required = ["申报表", "营业执照", "首店证明", "租赁合同"]
notice = {TQ}
申报须提交以下材料：
1. 申报表（系统在线填写）；
2. 营业执照；
3. 品牌方出具的首店证明（须加盖品牌方公章）；
4. 租赁合同（租期3年以上）；
5. 装修合同、发票及付款凭证（申报装修补贴的）。
材料不全的，系统退回补正，补正期限为5个工作日，逾期视为放弃本批申报。{TQ}
"""

XQ_REPLY_Q = "我们餐饮品牌在兴庆开了西北首店，装修花了140万，首店奖励和装修补贴一共能拿多少？"


def xq_reply_parts() -> tuple[int, int, int]:
    tier = XQ_TIERS["西北地区首店"]
    decoration = min(140 * 20 // 100, 30)
    assert (tier, decoration) == (25, 28)
    return tier, decoration, tier + decoration


def write_xingqing() -> None:
    write(
        f"宁夏/兴庆区/{XQ_TITLE}.html",
        portal(
            XQ,
            XQ_TITLE,
            "信息公开 &gt; 政策文件",
            "2026-04-20",
            "银川市兴庆区商务局",
            P(XQ_BODY) + signed("银川市兴庆区人民政府办公室", "2026年4月20日"),
            related=["兴庆区首店经济扶持资金申报系统上线", "银川市促进消费十条措施"],
            hits="3152",
        ),
    )
    write(f"宁夏/兴庆区/{XQ_TOML}", XQ_TOML_TEXT)
    tier, decoration, total = xq_reply_parts()
    assert total == 53
    write(
        f"宁夏/兴庆区/12345 {XQ_REPLY_Q}.html",
        letter(
            XQ,
            "12345热线",
            XQ_REPLY_Q,
            "孙**（某餐饮管理有限公司）",
            "2026-11-03",
            """
我们是一家西南地区的连锁火锅品牌，今年5月在兴庆区一家商业综合体开了西北地区第一家店，营业面积320平方米，
租赁合同签了5年，装修投入140万元，已纳入限上统计。请问能申请多少首店奖励和装修补贴？
""",
            "银川市兴庆区商务局",
            "2026-11-06",
            f"""
您好！根据《{XQ_TITLE}》，西北地区首店一次性奖励25万元；首店装修投入按20%给予补贴，最高30万元。

贵公司门店属西北地区首店，可获首店奖励{tier}万元；装修投入140万元，按20%计算为{decoration}万元，未超过上限；合计
{total}万元。门店须正常经营满6个月后申报，请关注区商务局下一批申报通知。
""",
            "XQ12345-20261103-0529",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 28-30 红塔区: the 支持老字号传承创新发展若干措施, an analyst's 文献 list (.bib, JabRef), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

HT_TITLE = "红塔区支持老字号传承创新发展若干措施"
HT_BODY = """
为保护和发展老字号，推动老字号传承创新，根据商务部等部门关于促进老字号创新发展的意见和省、玉溪市有关规定，
结合我区实际，制定以下措施。

一、认定奖励。对新认定为“中华老字号”的企业，一次性奖励50万元；新认定为“云南老字号”的，一次性奖励20万元；
新认定为“玉溪老字号”的，一次性奖励5万元。已获较低级别奖励后晋级的，补足差额。

二、新开门店奖励。老字号企业在区内重点商圈、旅游景区新开直营门店，营业面积50平方米以上、经营满6个月的，每家
奖励3万元，每个企业每年最多奖励3家。

三、技艺传承补贴。老字号企业招收学徒传承传统技艺、签订1年以上带徒协议的，每名学徒补贴3000元，每个企业每年
最多补贴5名。

四、宣传推广。老字号企业参加区商务局组织的区外展销会的，展位费全额补贴。

五、申报时间。每年7月1日至7月31日，企业向区商务局申报上一年度7月至本年度6月的事项。

六、本措施自2026年1月1日起施行，由区商务局负责解释。
"""

HT_BIB = "老字号文献.bib"
# the 文献 list's entries: (type, key, fields); a field's value is written in braces, or in quotes when the
# entry is marked "quoted" (JabRef keeps what the import wrote); backslashes are LaTeX escapes
HT_ENTRIES: list[tuple[str, str, bool, list[tuple[str, str]]]] = [
    (
        "article",
        "张丽华2025",
        False,
        [
            ("author", "张丽华 and 杨明"),
            ("title", "{玉溪市红塔区老字号企业传承创新发展研究}"),
            ("journal", "商业经济研究"),
            ("year", "2025"),
            ("number", "14"),
            ("pages", "178--181"),
            (
                "abstract",
                "老字号是城市商业文化的重要载体。本文基于对玉溪市红塔区老字号企业的实地调研，梳理其传承创新的现状与"
                "问题。截至2025年底，红塔区现有中华老字号2家、云南老字号9家、玉溪老字号16家，主要分布在餐饮、食品加工"
                "和传统手工艺行业；2025年全区老字号企业营业收入合计4.7亿元，同比增长12.5\\%。研究发现，老字号普遍面临"
                "传承人老化、门店分布集中、品牌年轻化不足等问题，提出以``守正\\&创新''为主线，完善认定奖励、技艺传承和"
                "门店拓展等扶持政策。",
            ),
            ("keywords", "老字号; 传承创新; 红塔区; 扶持政策"),
            ("issn", "1002-5863"),
        ],
    ),
    (
        "article",
        "杨帆2026",
        True,
        [
            ("author", "杨帆 and 周晓雯"),
            ("title", "首店经济与老字号焕新的协同机制研究"),
            ("journal", "商业经济与管理"),
            ("year", "2026"),
            ("number", "3"),
            ("pages", "15--26"),
            (
                "abstract",
                "以西部地级市为样本，分析首店经济与老字号焕新之间的协同机制。以玉溪市红塔区为例，老字号企业通过入驻"
                "商业综合体、开设首店和联名快闪店拓展消费场景，线上销售额占比由2022年的8.3\\%提高到2025年的21.6\\%。"
                "文章认为，地方政府应将老字号纳入首店经济政策体系，并加强品牌\\&渠道协同。",
            ),
            ("keywords", "首店经济; 老字号; 消费升级"),
        ],
    ),
    (
        "mastersthesis",
        "李娜2024",
        False,
        [
            ("author", "李娜"),
            ("title", "数字化转型背景下老字号企业品牌活化路径研究——以玉溪市为例"),
            ("school", "云南大学"),
            ("year", "2024"),
            ("type", "硕士学位论文"),
            (
                "abstract",
                "以玉溪市老字号企业为研究对象，运用问卷调查和案例分析方法，考察数字化转型对品牌活化的影响，提出建设"
                "数字化营销平台、培育老字号“网红”产品等建议。",
            ),
            ("keywords", "老字号; 数字化转型; 品牌活化"),
        ],
    ),
]
HT_OLD = (
    "旧版摘要（2024年版，张丽华2025初稿）：红塔区现有中华老字号1家、云南老字号7家，"
    "老字号企业营业收入合计3.9亿元。"
)


def ht_bib() -> str:
    """The list as JabRef saves it: the encoding line, the entries (fields aligned, one a line, a trailing
    comma), a %-comment line before the entry converted by Zotero, the old abstract kept in a @comment, and
    JabRef's meta comment."""
    out = ["% Encoding: UTF-8", ""]
    for kind, key, quoted, fields in HT_ENTRIES:
        if kind == "mastersthesis":
            out.append("% 以下条目由知网导出后经Zotero转换，摘要未核对")
        out.append(f"@{kind}{{{key},")
        for name, value in fields:
            wrapped = f'"{value}"' if quoted else f"{{{value}}}"
            out.append(f"  {name:<8} = {wrapped},")
        out += ["}", ""]
    out += [f"@comment{{{HT_OLD}}}", "", "@comment{jabref-meta: databaseType:bibtex;}", ""]
    return "\n".join(out)


HT_REPLY_Q = "我们老字号今年在红塔新开了4家直营店，招了6个学徒，能拿多少奖励补贴？"


def ht_reply_parts() -> tuple[int, int, int]:
    shops = min(4, 3) * 30000
    apprentices = min(6, 5) * 3000
    assert (shops, apprentices) == (90000, 15000)
    return shops, apprentices, shops + apprentices


def write_hongta() -> None:
    write(
        f"云南/红塔区/{HT_TITLE}.html",
        portal(
            HT,
            HT_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-18",
            "玉溪市红塔区商务局",
            P(HT_BODY) + signed("玉溪市红塔区人民政府办公室", "2025年12月18日"),
            number=f"红政办发{L}2025{R}56号",
            topic="商贸、海关、旅游",
            serial="00512",
            related=["玉溪市老字号嘉年华开幕", "红塔区老字号企业名录"],
        ),
    )
    write(f"云南/红塔区/{HT_BIB}", ht_bib())
    shops, apprentices, total = ht_reply_parts()
    assert total == 105000
    write(
        f"云南/红塔区/领导留言板 {HT_REPLY_Q}.html",
        letter(
            HT,
            "领导留言板",
            HT_REPLY_Q,
            "网友“老玉溪味道”",
            "2026-07-06",
            """
我们是一家云南老字号食品企业，2026年1月到4月在聂耳路商圈、九龙池景区等地新开了4家直营门店，每家都在60平方米
以上，到现在都开了半年左右；另外今年招了6个学徒学传统糕点手艺，都签了2年的带徒协议。请问今年能申请多少奖励和
补贴？
""",
            "玉溪市红塔区商务局",
            "2026-07-09",
            f"""
您好！根据《{HT_TITLE}》，老字号企业在区内重点商圈、旅游景区新开直营门店的，每家奖励3万元，每个企业每年最多奖励
3家；招收学徒签订1年以上带徒协议的，每名学徒补贴3000元，每个企业每年最多补贴5名。

贵企业新开4家门店，按最多3家计，奖励3×3万={shops}元；招收学徒6名，按最多5名计，补贴5×3000={apprentices}元；
合计{total}元（10.5万元）。请于7月31日前向区商务局申报，门店须经营满6个月。
""",
            "HTLY-2026-0706-029",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 31-34 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str], crumb: str) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb=crumb)


N1_TITLE = "河畅水清岸绿 曲靖黔东南河湖长制从“有名”到“有实”"
N1 = news(
    N1_TITLE,
    "云南网",
    "2026-07-21 09:12　来源：云南日报　记者：李瑶 杨昌平",
    """
盛夏时节，南盘江支流水清岸绿，清水江畔河长巡河的身影随处可见。记者近日在云南曲靖、贵州黔东南采访看到，
两地在河道保洁、巡河护河和涉河审批上下功夫，河湖长制从“有名”走向“有实”。

曲靖陆良县对村级河道保洁员按保洁河道长度每公里每月发放补贴。曲靖会泽县也已按河道长度给村级河道保洁员发放
补贴。曲靖师宗县计划明年推行河道保洁员按公里补贴。曲靖罗平县开展了河道清淤疏浚，但没有推行河道保洁员按公里
补贴。

陆良县聘请热心群众担任民间河长，每月发放通讯交通补助。曲靖马龙区也已聘请民间河长并发放补助。

黔东南剑河县对村级河长按有效巡河次数发放巡河补助。黔东南台江县也已对村级河长发放巡河补助。黔东南镇远县拟于
下半年推行村级河长巡河补助。黔东南麻江县更换了河长公示牌，但没有推行村级河长巡河补助。

剑河县已把涉河建设项目审批承诺时限压缩到8个工作日。黔东南三穗县也已压缩涉河建设项目审批时限。黔东南岑巩县
将于年内压缩涉河建设项目审批时限。

“以前河边垃圾没人管，现在有保洁员天天捡，河长还常来转。”陆良县马街镇一位村民说。

曲靖沾益区的河长也到陆良交流了河道保洁经验；黔东南天柱县的河长办人员也到剑河学习了巡河APP的使用。
""",
    "滇ICP备09000725号",
    ["云南全面推行河湖长制工作综述", "贵州河湖“清四乱”专项行动启动"],
    "新闻 &gt; 生态",
)

N2_TITLE = "儿童主任有补贴 困境儿童有保障 楚雄铜仁织密儿童关爱网"
N2 = news(
    N2_TITLE,
    "中国社会报",
    "2026-08-14 10:30　来源：中国社会报　记者：张婷 吴燕",
    """
儿童关爱保护，关键在基层。记者近日在云南楚雄、贵州铜仁采访了解到，两地在儿童主任队伍建设、困境儿童保障和
留守儿童关爱上持续发力，一张覆盖城乡的儿童关爱网越织越密。

楚雄禄丰市为村（社区）儿童主任按月发放工作补贴。楚雄大姚县也已为儿童主任按月发放工作补贴。楚雄永仁县拟于
明年为儿童主任发放工作补贴。楚雄元谋县建设了一批“儿童之家”，但没有为儿童主任发放工作补贴。

禄丰市对困境儿童按类别分档发放基本生活保障金。楚雄武定县也已对困境儿童分类发放基本生活保障金。

铜仁碧江区建立留守儿童定期探访制度，儿童主任每月至少探访1次。铜仁玉屏县也已建立留守儿童定期探访制度。

碧江区对困境儿童按学段发放助学补助。铜仁松桃县也已对困境儿童发放助学补助。

“儿童主任隔几天就来家里看看，娃娃有啥事也愿意跟她说。”碧江区瓦屋乡一位老人说。
""",
    "京ICP备05073628号",
    ["民政部部署农村留守儿童关爱服务质量提升行动", "困境儿童保障政策问答"],
    "新闻 &gt; 民生",
)

N3_TITLE = "河畅岸洁 童心有护 武威陇南办好民生小事"
N3 = news(
    N3_TITLE,
    "每日甘肃网",
    "2026-09-22 08:50　来源：甘肃日报　记者：马军 苏晓",
    """
民生无小事。记者近日在武威、陇南采访看到，两地一手抓河道保洁服务质量，一手抓留守儿童关爱保护，把民生小事
办到群众心坎上。

武威凉州区对河道保洁服务单位实行月度考核、按问题扣款。武威民勤县也已对河道保洁服务实行考核扣款。武威古浪县
拟于明年对河道保洁服务实行考核扣款。

陇南西和县推行农村留守儿童委托照护协议备案，并给受委托照护人发放照护补贴。陇南徽县也已推行留守儿童委托照护
协议。陇南礼县计划下半年推行委托照护协议。陇南武都区开展了留守儿童心理辅导，但没有推行委托照护协议。

“签了协议，谁管娃、怎么管都写得清清楚楚，在外打工也放心。”西和县长道镇一位务工人员说。

武威天祝县的河长办人员也到凉州观摩了河道保洁考核；陇南两当县的民政干部也到西和学习了委托照护经验。
""",
    "陇ICP备10000427号",
    ["甘肃推进幸福河湖建设", "甘肃部署农村留守儿童关爱保护专项行动"],
    "新闻 &gt; 民生",
)

N4_TITLE = "首店扎堆来 老字号焕新颜 银川玉溪激发消费新活力"
N4 = news(
    N4_TITLE,
    "中国商务新闻网",
    "2026-10-16 14:05　来源：国际商报　记者：周洁 赵宇",
    """
首店经济“引新”，老字号“焕新”。记者近日在宁夏银川、云南玉溪采访看到，两地出台扶持政策，首店扎堆落户，
老字号焕发新活力。

银川兴庆区对新引进的品牌首店按全国首店、西北地区首店、宁夏首店和品牌旗舰店分档奖励。银川西夏区也已对品牌
首店分档奖励。银川永宁县拟于年内出台首店奖励政策。

兴庆区对首店装修投入按比例给予补贴。银川灵武市也已对首店装修给予补贴。

玉溪红塔区对新认定的中华老字号、云南老字号给予一次性奖励。玉溪江川区也已对新认定的老字号给予奖励。玉溪易门县
计划明年对新认定的老字号给予奖励。玉溪通海县开展了非遗传承人带徒补贴，但没有对新认定的老字号给予奖励。

“开首店有奖励、装修有补贴，我们决定把西北第一家店放在银川。”一家餐饮品牌负责人说。

玉溪峨山县的老字号企业也到红塔参加了老字号嘉年华。
""",
    "京ICP备11005216号",
    ["商务部：促进老字号创新发展", "多地出台首店经济扶持政策"],
    "新闻 &gt; 消费",
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4)]


def write_news() -> None:
    for title, page in NEWS:
        write(f"新闻/{title}.html", page)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_luliang()
    write_jianhe()
    write_liangzhou()
    write_lufeng()
    write_bijiang()
    write_xihe()
    write_xingqing()
    write_hongta()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
