"""Writes eval/policy40/docs: a forty-first probe collection (33 files), 白蚁防治、城镇排水与雨污分流、城市树
木保护与立体绿化 — what people putting up a 商住楼 on their 宅基地, families whose 老屋 beams the 白蚁 ate
after the 回南天, a 村民小组长 whose 宗祠 needed 灭治, a 快餐店 owner paying 污水处理费, a household whose 阳
台 and 厨房 water ran into the 雨水管, a father and son with two 自建房 joined to the 污水管网, a shop owner
whose 大叶榕 roots cracked his floor and another whose 楼顶 became a garden ask (新建房屋 白蚁预防费 per 平方
米, 包治期, 回访, 上门灭治 时限, 竣工验收备案; 既有房屋 灭治 收费指导价, 保质期 and 免费复治, 困难家庭 补助,
分飞; 农房 灭治 补助 per 户 and 复查; 文物建筑 and 宗祠 白蚁防治 经费; 排水许可 告知承诺, 有效期 and 延续, 重
点排水户 检测 频次, 污水处理费; 雨污分流 入户改造 补助 per 户 and 隔油池; 自建房 接驳 补助 and 化粪池; 绿化补
偿费 by 胸径, 补植, 迁移, 临时占用绿地; 屋顶绿化 and 垂直绿化 奖补, 申报日历, 现场受理) of eight new counties
of 广东 and 广西 (廉江市, 化州市, 罗定市, 怀集县, 饶平县, 昭平县, 象州县, 鹿寨县). Run once (``python -m
eval.policy40.make_docs``); the files are committed as data, and a second run writes the same bytes (the
.docx's zip entries carry a fixed time and its core dates are fixed, the PDF has no creation date or id, the
.sql, .ics and .dbf carry fixed dates, the SQLite file is copied out of memory by VACUUM INTO with a fixed
page size).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of four news roundups that names a second region having done it (遂溪县, 吴川市,
信宜市, 茂南区, 郁南县, 云城区, 广宁县, 四会市, 潮安区, 钟山县, 武宣县, 兴宾区, 柳城县); the roundups also
name regions that have only planned a measure (徐闻县, 高州市, 云安区, 封开县, 湘桥区, 富川瑶族自治县, 忻城县,
融安县), regions named only in passing (坡头区, 鼎湖区, 八步区, 合山市, 柳江区) and regions that did something
else instead of the measure asked (雷州市 白蚁普查 not 纳入竣工验收, 电白区 灭蚁药剂 not 灭治补助, 德庆县 管网
普查 not 告知承诺制, 平桂区 农村污水处理设施 not 接驳补助, 金秀瑶族自治县 古树名木挂牌 not 绿化补偿费).

The documents: a 廉江市 新建房屋白蚁预防管理办法 beside its 征求意见稿 with other figures (每平方米2.6元 and
3.2元, 每2年, 72小时, 5日, 2026年4月1日, a 农村自建住宅 article of 每户500元 the final text dropped) and a
second copy of the final page as Windows Explorer names a copy (“ - 副本”), and a 12345 reply (1392元); a 化州
市 既有房屋白蚁防治工作实施方案 (.docx, two tables, the units only in the header row), the 12345 hot line's 留
言 table as a MySQL dump (.sql), its 政策解读 (问答, a file named like 象州's) and a 市长信箱 reply (126元); a
罗定市 白蚁防治村级台账 app's local database (.db), the 文物建筑和历史建筑白蚁防治工作方案 on the city's 繁體
site (hand-written traditional script, zh-TW) and a 12345 reply (3400元); a 怀集县 城镇排水与污水处理管理办法
(a hard-wrapped three-page PDF whose wrap cuts 每立方米0.9 | 5元), the 排水许可 办事指南 (key-value rows), the
政务数据开放平台's 接口手册 page (.rst) and a 12345 reply (210元); a 饶平县 雨污分流入户改造补助实施方案, the
统计 system's export of the subsidies paid (.dbf), the 施工单位 list (.txt, GB18030, CRLF, space-aligned) and
a 领导留言板 reply (2300元); a 昭平县 城镇自建房污水管网接驳补助办法 (.txt, GBK, CRLF) and a 12345 reply
(1800元); a 象州县 城市树木保护管理办法, its 政策解读 (问答), the 行道树修剪养护技术要点 (.txt, UTF-16 LE with
a byte-order mark, CRLF) and a 领导留言板 reply (4100元); a 鹿寨县 屋顶绿化和垂直绿化奖补实施细则, the 住建
局's 申报日历 (.ics), its 附件1 申报表 that came down empty (.docx, 0 bytes) and a 12345 reply (20000元).

New kinds of file none of eval/policy .. eval/policy39 had (the calendar excepted: eval/policy26 had a plain
.ics of all-day events with folded lines; this one is a 钉钉 export with a VTIMEZONE, a recurrence and a
cancellation):
- a MySQL dump (.sql) as mysqldump 8.0 writes one: header comments, the /*!40101 SET … */ statements, DROP
  TABLE and CREATE TABLE with Chinese column and table COMMENTs, LOCK TABLES, one extended INSERT of seven
  rows whose strings carry \\r\\n, \\n, \\', \\" and \\\\ escapes, NULL columns (one row still 待办, its reply
  NULL), DECIMAL columns whose unit only the COMMENT names (面积 120.00, 费用 216.00); the answers inside the
  multi-line 答复内容 fields (化州 12345 留言: 216元, 免费复治, 24小时内上门 and 0668-7362110 only there);
- an iCalendar file (.ics, RFC 5545) as 钉钉 exports a shared calendar: a VTIMEZONE for Asia/Shanghai, a 申报
  window with a VALARM, a weekly 现场受理 with an RRULE and an EXDATE, the 核验 days, a cancelled event
  (STATUS:CANCELLED) holding the old window (3月16日至4月15日); TEXT escapes \\n, \\; and \\,; lines folded at
  75 octets between characters, the folds cutting 2026年4月3 | 0日 and 0772-681 | 2345 (鹿寨 申报日历:
  2026年4月30日, 每周三, 12号窗口 and 0772-6812345 only there);
- a dBase III table (.dbf) as the county's 统计 system exports one, written with struct: the header's last
  update date (2026-09-30), record count and lengths, language driver 0x7A (GBK), field descriptors with GBK
  names (乡镇 C, 户数 N, 隔油池 N, 补助金额 N 12.2, 备注 C), a deleted record (flag '*') holding a wrong 户数
  (1620), a 合计 record, the 0x1A end mark (饶平 统计: 1260, 328000 and 2026年10月底前 only there);
- an SQLite database (.db), the local file of a 村级台账 app: two tables (村台账, 灭治记录) and a view (v_村汇
  总), the answers in Chinese text columns, the subsidy an integer in 分 whose unit only the column name says
  (补助金额_分 30000) (罗定 台账: 每户补助300元, 第3个月和第12个月 and 不属于补助范围 only there);
- a reStructuredText page (.rst) of a Sphinx project's 开发者文档: a title with over- and underline, a field
  list, a list-table of figures, a note and a warning, substitutions whose definitions hold a figure (|renew|
  有效期届满前30日, |quota|, |hotline|), a comment keeping the old figure (届满前60日), inline bold around
  whole phrases, one set off by escaped spaces (怀集 接口手册: 届满前30日, 每季度1次 and 日排水量100立方米以上
  only there).

Also: a 征求意见稿 beside its final text; a duplicate; an empty file; two files of one name (政策解读.html) in
two folders; a .docx with tables; GBK, GB18030 and UTF-16 text; a page in traditional script on the city's own
繁體 site (罗定: 市財政全額承擔, 每處最高5000元 and 專項經費80萬元 only there); a hard-wrapped PDF; a 办事指南
of key-value rows; pages of two CMS families (a 大汉-style portal and a TRS-style one) with their navigation,
打印 / 分享 bars and footers; eight replies (12345 ×5, 领导留言板 ×2, 市长信箱) each reckoning one asker's
case to a figure only the reply holds."""

from __future__ import annotations

import hashlib
import itertools
import re
import shutil
import sqlite3
import struct
import tempfile
from decimal import Decimal as D
from pathlib import Path

from reportlab import rl_config

from eval import policy_make as make

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2026, 3, 20, 10, 15, 0)
WHEN = "2026-03-20T10:15:00Z"
L, R = "\u3014", "\u3015"  # the brackets of document numbers

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


LJ = Site(
    "廉江市人民政府",
    "廉江",
    "粤ICP备05083617号",
    "4408810001",
    "粤公网安备 44088102000125号",
    "0759-6621001",
    "hanweb",
)
HZ = Site(
    "化州市人民政府",
    "化州",
    "粤ICP备06021187号",
    "4409820002",
    "粤公网安备 44098202000063号",
    "0668-7321001",
    "trs",
)
LD = Site(
    "罗定市人民政府",
    "罗定",
    "粤ICP备05094421号",
    "4453810001",
    "粤公网安备 44538102000087号",
    "0766-3821001",
    "trs",
)
HJ = Site(
    "怀集县人民政府",
    "怀集",
    "粤ICP备05072309号",
    "4412240001",
    "粤公网安备 44122402000051号",
    "0758-5521001",
    "hanweb",
)
RP = Site(
    "饶平县人民政府",
    "饶平",
    "粤ICP备05011532号",
    "4451220002",
    "粤公网安备 44512202000094号",
    "0768-8621001",
    "trs",
)
ZP = Site(
    "昭平县人民政府",
    "昭平",
    "桂ICP备05006218号",
    "4511210001",
    "桂公网安备 45112102000036号",
    "0774-6621001",
    "hanweb",
)
XZ = Site(
    "象州县人民政府",
    "象州",
    "桂ICP备05009473号",
    "4513220001",
    "桂公网安备 45132202000058号",
    "0772-4321001",
    "trs",
)
LZ = Site(
    "鹿寨县人民政府",
    "鹿寨",
    "桂ICP备05003391号",
    "4502230002",
    "桂公网安备 45022302000112号",
    "0772-6821001",
    "hanweb",
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
<div class="topbar"><div class="w1200"><span>您好，欢迎访问{site.name}门户网站！\
今天是<script>document.write(new Date().toLocaleDateString());</script></span>
<span class="fr"><a href="#">无障碍阅读</a> <a href="#">长者模式</a> <a href="#">繁體</a> \
<a href="#">个人登录</a> <a href="#">法人登录</a></span></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{site.name}"></a>
<div class="search"><input type="text" placeholder="请输入关键词"><a href="#">站内搜索</a></div></div>
<div class="mainnav"><ul class="w1200"><li><a href="#">首页</a></li><li><a href="#">走进{site.short}</a></li>\
<li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li>\
<li><a href="#">专题专栏</a></li></ul></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="w1200 main">
<div class="art-title"><h1>{title}</h1></div>
<div class="art-info">{meta}　<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>\
　<a href="javascript:window.print()">【打印本页】</a>　<a href="#">【关闭窗口】</a></div>
<div class="art-con" id="zoom">
{body}
</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a>\
<a class="bds_qzone">QQ空间</a></div>
</div>
<div class="w1200 xglj"><div class="hd">相关文章</div><ul>{lis}</ul></div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | \
<a href="#">隐私声明</a></p>
<p>主办单位：{site.name}办公室　技术支持：{site.name[:-4]}政务服务数据管理局　联系电话：{site.tel}</p>
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
<link href="/images/2020_index.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/images/zt_js/wza.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tophead"><tr>
<td><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">移动版</a> | \
<a href="#">无障碍</a></td>
<td align="right"><a href="#">粤省事</a> <a href="#">粤商通</a> <a href="#">广西政务</a></td></tr></table>
<div class="logo_bg"><div class="logo">{site.name}</div></div>
<div class="daohang"><a href="#">网站首页</a><a href="#">信息公开</a><a href="#">网上办事</a>\
<a href="#">政民互动</a><a href="#">魅力{site.short}</a></div>
<div class="dqwz">您所在的位置：<a href="#">首页</a> &gt; {crumb}</div>
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
<div class="myd">评价：<span class="on">非常满意</span></div>"""
    return portal(site, title, f"互动交流 &gt; {board}", replied, board, body)


def signed(unit: str, date: str) -> str:
    return f'<p style="text-align:right">{unit}</p><p style="text-align:right">{date}</p>'


# ---------------------------------------------------------------------------------------------------------
# 1-4 廉江市: the 新建房屋白蚁预防管理办法 beside its 征求意见稿 (and a copy of it), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LJ_TITLE = "廉江市新建房屋白蚁预防管理办法"
LJ_DRAFT_TITLE = f"关于公开征求《{LJ_TITLE}（征求意见稿）》意见的公告"
LJ_HOME = ("2.2", "2.6")  # 住宅 每平方米 … 元, final and draft
LJ_SHOP = ("2.8", "3.2")  # 非住宅
LJ_VISIT = ("每年", "每2年")  # 回访检查
LJ_HOURS = (48, 72)  # 接到报告后 … 小时内 上门
LJ_NOTICE = (3, 5)  # 基础施工前 … 日 通知
LJ_START = ("2026年5月1日", "2026年4月1日")


def lj_articles(draft: bool) -> str:
    i = 1 if draft else 0
    return articles(
        [
            "为预防白蚁危害，保障房屋建筑安全，维护房屋所有权人和使用人的合法权益，根据《城市房屋白蚁防治管理规定》等"
            "规定，结合本市实际，制定本办法。",
            "本办法适用于本市城市规划区内新建、改建、扩建的房屋建筑工程的白蚁预防及其监督管理。",
            "市住房和城乡建设局负责全市新建房屋白蚁预防的监督管理工作；市白蚁防治所承担白蚁防治技术指导和白蚁危害"
            "监测工作。",
            "新建、改建、扩建的房屋建筑工程应当实施白蚁预防。建设单位应当在办理施工许可前，与白蚁防治单位签订白蚁预防"
            "合同，白蚁预防费用列入工程概算。",
            f"白蚁预防费按房屋建筑面积计收：住宅每平方米{LJ_HOME[i]}元，非住宅每平方米{LJ_SHOP[i]}元。",
            f"建设单位应当在基础施工前{LJ_NOTICE[i]}日通知白蚁防治单位。白蚁防治单位应当按照技术规范，在基础、墙体、"
            "门窗、装饰装修等施工阶段实施药物屏障等预防处理，并如实填写施工记录。",
            f"白蚁预防包治期自房屋竣工验收之日起计算，不少于15年。包治期内，白蚁防治单位应当{LJ_VISIT[i]}回访检查1次。",
            f"包治期内发生白蚁危害的，白蚁防治单位应当在接到报告后{LJ_HOURS[i]}小时内上门免费灭治，并承担因白蚁危害"
            "造成的房屋修复费用。",
            "建设单位办理竣工验收备案时，应当提交白蚁预防合同和施工记录；未实施白蚁预防的，不予办理竣工验收备案。",
            "房地产开发企业应当在《住宅质量保证书》中载明白蚁预防包治期和白蚁防治单位的联系方式。",
            "农村村民自建住宅实施白蚁预防的，由市财政每户补助500元。" if draft else "",
            "白蚁防治单位未按规定实施预防处理或者伪造施工记录的，由市住房和城乡建设局责令改正，并记入企业信用档案。",
            f"本办法自{LJ_START[i]}起施行，有效期5年。",
        ]
    )


LJ_DRAFT_LEAD = f"""
为提高规范性文件制定的公众参与度，现将《{LJ_TITLE}（征求意见稿）》全文公布，公开征求社会各界意见。征求意见时间为
2026年2月2日至2026年3月3日。意见建议可以通过信函寄至廉江市住房和城乡建设局房地产市场监管股（信封注明“白蚁预防办法意见”），
或者发送电子邮件至市住房和城乡建设局公开邮箱。

廉江市住房和城乡建设局

2026年2月2日
"""

LJ_REPLY_Q = "在城区盖一栋4层商住楼，上面住人一楼做商铺，白蚁预防费要交多少？"


def lj_reply_total() -> int:
    home, shop = 480 * 22 // 10, 120 * 28 // 10
    assert (home, shop) == (1056, 336)
    return home + shop


def write_lianjiang() -> None:
    final = portal(
        LJ,
        LJ_TITLE,
        "政务公开 &gt; 规范性文件",
        "2026-04-10",
        "廉江市住房和城乡建设局",
        P(lj_articles(False)) + signed("廉江市住房和城乡建设局", "2026年4月10日"),
        f"廉建规{L}2026{R}2号",
        related=[
            f"《{LJ_TITLE}》征求意见采纳情况说明",
            "湛江市白蚁防治工作现场会召开",
            "2026年廉江市房屋安全隐患排查整治方案",
        ],
    )
    write(f"广东/廉江市/{LJ_TITLE}.html", final)
    write(f"广东/廉江市/{LJ_TITLE} - 副本.html", final)
    write(
        f"广东/廉江市/{LJ_DRAFT_TITLE}.html",
        portal(
            LJ,
            LJ_DRAFT_TITLE,
            "互动交流 &gt; 意见征集",
            "2026-02-02",
            "廉江市住房和城乡建设局",
            P(LJ_DRAFT_LEAD)
            + f'\n<p style="text-align:center"><strong>{LJ_TITLE}（征求意见稿）</strong></p>\n'
            + P(lj_articles(True)),
        ),
    )
    total = lj_reply_total()
    assert total == 1392
    write(
        f"广东/廉江市/12345 {LJ_REPLY_Q}.html",
        letter(
            LJ,
            "12345热线",
            LJ_REPLY_Q,
            "李**（罗州街道）",
            "2026-06-03",
            """
我在罗州街道有块宅基地，今年要盖一栋4层的商住楼，报建图纸上二到四层是住宅，建筑面积480平方米，一楼做商铺，建筑面积120平方米。
施工队说开工前要先签白蚁预防合同，还要交白蚁预防费。请问我这栋楼一共要交多少白蚁预防费？
""",
            "廉江市住房和城乡建设局",
            "2026-06-06",
            f"""
您好！根据《{LJ_TITLE}》，白蚁预防费按房屋建筑面积计收，住宅每平方米2.2元，非住宅每平方米2.8元。

您的房屋住宅部分480平方米，预防费为480×2.2=1056元；商铺部分120平方米，预防费为120×2.8=336元，合计{total}元。请在办理施工
许可前与白蚁防治单位签订白蚁预防合同，并在基础施工前3日通知白蚁防治单位进场施工。
""",
            "LJ12345-20260603-0419",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 5-8 化州市: the 既有房屋白蚁防治工作实施方案 (.docx, two tables, the units in the header row), the 12345
# hot line's 留言 table as a MySQL dump (.sql), its 政策解读 (问答, a file named like 象州's), a 市长信箱
# reply
# ---------------------------------------------------------------------------------------------------------

HZ_TITLE = "化州市既有房屋白蚁防治工作实施方案"
HZ_DOCX = f"{HZ_TITLE}.docx"
HZ_RATE = {"住宅": "1.8", "非住宅": "2.5", "文物建筑和历史建筑": "3.5"}  # 元/平方米
HZ_BLOCKS: list = [
    f"# {HZ_TITLE}",
    "为有效防治既有房屋白蚁危害，保障群众住房安全，根据《城市房屋白蚁防治管理规定》和省、市关于房屋安全管理的部署，"
    "结合我市实际，制定本方案。",
    "## 一、工作目标",
    "2026年12月底前完成城区老旧小区、中小学校、幼儿园和公有住房白蚁危害普查，普查发现的白蚁危害在发现后1个月内完成"
    "灭治。",
    "## 二、灭治收费指导价",
    "既有房屋白蚁灭治由业主委托白蚁防治单位实施，收费按下表执行。",
    [
        ["房屋类型", "灭治收费（元/平方米）", "保质期（年）", "计费方式"],
        ["住宅", HZ_RATE["住宅"], "3", "按房屋建筑面积计"],
        ["非住宅", HZ_RATE["非住宅"], "3", "按房屋建筑面积计"],
        ["文物建筑和历史建筑", HZ_RATE["文物建筑和历史建筑"], "5", "单独制定灭治方案"],
    ],
    "## 三、困难家庭补助",
    "城乡困难家庭自有住房实施白蚁灭治的，按下表给予补助，补助资金直接拨付白蚁防治单位。",
    [
        ["补助对象", "补助比例", "补助上限（元/户）", "资金来源"],
        ["低保户、特困人员", "100%", "600", "市财政"],
        ["防止返贫监测户、低保边缘家庭", "50%", "300", "市财政"],
    ],
    "## 四、学校和公有住房",
    "中小学校、幼儿园和公有住房的白蚁普查和灭治，由市教育局、市住房和城乡建设局统一委托白蚁防治单位实施，费用由"
    "市财政承担。",
    "## 五、保障措施",
    "市住房和城乡建设局负责组织实施和收费监管，各镇（街道）负责困难家庭申请的受理和初审，市民政局、市农业农村局"
    "负责困难家庭身份认定。",
    "化州市住房和城乡建设局　2026年3月",
]

HZ_SQL = "hz12345_zwfw_liuyan_20260520.sql"
HZ_DEPT = "化州市住房和城乡建设局"
HZ_TEL = "0668-7362110"
# the 留言 rows: (id, 工单编号, 来电人, 标题, 内容, 答复, 承办单位, 面积, 费用, 补助, 来电, 答复时间, 状态,
# 回访)
HZ_ROWS: list[tuple] = [
    (
        20311,
        "HZ2026041500318",
        "陈**",
        "家里木门框被白蚁蛀空了，找谁来灭？多久能来？",
        '我家住河西街道的老房子，这几天发现厨房木门框一敲就空，里面有很多白色的小虫，邻居说是"白蚁"。\n'
        "请问应该找哪个部门？打什么电话？多久能上门？",
        "您好！经了解，您反映的情况疑似白蚁危害，答复如下：\r\n"
        f"1.请拨打化州市白蚁防治所服务电话{HZ_TEL}预约，防治所接报后24小时内上门查勘；\r\n"
        "2.确认为白蚁危害的，3个工作日内实施灭治；\r\n"
        "3.灭治前请勿自行喷洒杀虫剂，以免白蚁转移扩散。\r\n"
        "感谢您的来电！",
        HZ_DEPT,
        None,
        None,
        None,
        "2026-04-15 09:12:40",
        "2026-04-16 16:05:11",
        1,
        "已上门查勘，群众满意",
    ),
    (
        20326,
        "HZ2026041700522",
        "K'哥",
        "120平方米的老房子灭白蚁要多少钱？",
        "我家是1998年建的两层砖混房，建筑面积120平方米，楼梯和木地板都发现了白蚁，想问灭一次要多少钱，有没有补助？\n"
        "我家不是低保户。",
        f"您好！根据《{HZ_TITLE}》，住宅白蚁灭治收费指导价为每平方米1.8元，按房屋建筑面积计。\r\n"
        "您家房屋建筑面积120平方米，灭治费用为120×1.8=216元。\r\n"
        "困难家庭补助只面向低保户、特困人员、防止返贫监测户和低保边缘家庭，您家不属于补助对象。",
        HZ_DEPT,
        D("120.00"),
        D("216.00"),
        D("0.00"),
        "2026-04-17 10:30:02",
        "2026-04-20 11:47:36",
        1,
        None,
    ),
    (
        20347,
        "HZ2026042200147",
        "梁**",
        "灭了白蚁第二年又有了，还要再交钱吗？",
        '我家去年4月请防治所灭过白蚁，今年楼梯底下又有蚁路了。防治所的人说"要重新交钱"，请问保质期内复发也要收钱吗？',
        "您好！根据化州市既有房屋白蚁灭治收费指导价，住宅灭治保质期为3年。您家于2025年4月实施灭治，目前仍在保质期内。\r\n"
        "保质期内复发的，由白蚁防治所免费复治，不再收取任何费用。\r\n"
        "我局已通知防治所于4月28日上门复治。",
        HZ_DEPT,
        None,
        None,
        None,
        "2026-04-22 08:47:55",
        "2026-04-24 15:20:09",
        1,
        "已免费复治",
    ),
    (
        20352,
        "HZ2026042300611",
        "何**",
        "晚上灯下飞很多带翅膀的虫子，是不是白蚁？",
        "最近下雨后的晚上，客厅灯下飞来很多带翅膀的小虫，翅膀掉了一地，是不是白蚁？要不要紧？",
        "您好！您看到的是白蚁分飞的有翅成虫。本地每年4月至6月是白蚁分飞高峰期，多在闷热的雨后傍晚出现。\r\n"
        "建议：傍晚关好纱窗，熄灭不必要的灯光；发现室内有分飞白蚁的，\r\n"
        f"请拨打{HZ_TEL}请防治所上门检查。",
        HZ_DEPT,
        None,
        None,
        None,
        "2026-04-23 21:03:18",
        "2026-04-25 09:41:27",
        1,
        None,
    ),
    (
        20366,
        "HZ2026042700092",
        "吴**",
        "低保户灭白蚁要自己出钱吗？",
        "我家是低保户，住的是90平方米的老房子，墙角有白蚁，灭白蚁自己要出钱吗？",
        f"您好！根据《{HZ_TITLE}》，低保户、特困人员自有住房实施白蚁灭治的，按灭治费用全额补助，每户上限600元。\r\n"
        "您家房屋90平方米，灭治费用为90×1.8=162元，由市财政全额补助并直接拨付白蚁防治单位，您家无需自付费用。\r\n"
        "请持低保证到所在镇（街道）提出申请。",
        HZ_DEPT,
        D("90.00"),
        D("162.00"),
        D("162.00"),
        "2026-04-27 14:22:31",
        "2026-04-29 10:08:44",
        1,
        None,
    ),
    (
        20371,
        "HZ2026042800430",
        "匿名",
        "橘州大道路灯晚上不亮",
        "橘州大道中段有3盏路灯一直不亮，晚上走路很危险，现场照片见附件：D:\\照片\\路灯.jpg",
        "您好！经现场核查，橘州大道中段3盏路灯因线路老化不亮，已于4月29日修复。感谢您的监督！",
        "化州市城市管理和综合执法局",
        None,
        None,
        None,
        "2026-04-28 19:55:06",
        "2026-04-29 17:32:50",
        1,
        None,
    ),
    (
        20388,
        "HZ2026051800275",
        "黄**",
        "学校宿舍有白蚁，谁出钱灭？",
        "我小孩读书的学校宿舍楼木门有白蚁，学校说要家长分摊灭治费用，合理吗？",
        None,
        "化州市教育局",
        None,
        None,
        None,
        "2026-05-18 11:40:19",
        None,
        0,
        None,
    ),
]

HZ_READ = """
问：为什么要开展既有房屋白蚁防治？

答：我市气候温暖潮湿，是白蚁危害的高发区。2025年全市共发现白蚁危害房屋1370间，其中老旧砖木结构住房占六成以上。开展既有
房屋白蚁防治，是消除房屋安全隐患的重要举措。

问：灭治收费是怎么定的？

答：方案公布了住宅、非住宅、文物建筑和历史建筑三类灭治收费指导价，按房屋建筑面积计收，白蚁防治单位不得超出指导价收费。

问：困难家庭怎样申请补助？

答：由本人向户籍所在镇（街道）提出申请，镇（街道）初审后报市住房和城乡建设局，市住房和城乡建设局在15个工作日内完成审核，
审核通过的由白蚁防治单位上门灭治，补助资金直接拨付白蚁防治单位。

问：学校的白蚁谁来灭？

答：中小学校、幼儿园的白蚁普查和灭治由市教育局统一委托白蚁防治单位实施，费用由市财政承担，不向学生家长收取。
"""

HZ_REPLY_Q = "我家是防止返贫监测户，140平方米的老屋要灭白蚁，自己要出多少钱？"


def hz_reply_parts() -> tuple[int, int, int]:
    fee = 140 * 18 // 10
    subsidy = min(fee * 50 // 100, 300)
    assert (fee, subsidy) == (252, 126)
    return fee, subsidy, fee - subsidy


def sql_str(value: object) -> str:
    """A value as mysqldump writes it: NULL, a number (an int or a DECIMAL, unquoted), or a string quoted with
    mysql_real_escape_string's escapes (\\0, \\n, \\r, \\\\, \\', \\", \\Z)."""
    if value is None:
        return "NULL"
    if isinstance(value, int | D):
        return str(value)
    s = str(value)
    out = []
    for c in s:
        out.append(
            {"\0": "\\0", "\n": "\\n", "\r": "\\r", "\\": "\\\\", "'": "\\'", '"': '\\"', "\x1a": "\\Z"}.get(
                c, c
            )
        )
    return "'" + "".join(out) + "'"


def hz_sql() -> str:
    """The 12345 platform's 留言 table as mysqldump 8 writes it: header comments, the SET statements, DROP and
    CREATE TABLE with Chinese column comments, LOCK TABLES and one extended INSERT."""
    rows = ",".join("(" + ",".join(sql_str(v) for v in row) + ")" for row in HZ_ROWS)
    return f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.68.21.17    Database: hz_zwfw
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `zwfw_liuyan`
--

DROP TABLE IF EXISTS `zwfw_liuyan`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `zwfw_liuyan` (
  `id` int unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `msg_no` varchar(32) NOT NULL COMMENT '工单编号',
  `caller` varchar(64) DEFAULT NULL COMMENT '来电人（脱敏）',
  `title` varchar(255) NOT NULL COMMENT '诉求标题',
  `content` text NOT NULL COMMENT '诉求内容',
  `reply` text COMMENT '答复内容',
  `reply_dept` varchar(100) DEFAULT NULL COMMENT '承办单位',
  `area` decimal(8,2) DEFAULT NULL COMMENT '房屋建筑面积，单位：平方米',
  `fee` decimal(10,2) DEFAULT NULL COMMENT '核定灭治费用，单位：元',
  `subsidy` decimal(10,2) DEFAULT NULL COMMENT '核定补助金额，单位：元',
  `created_at` datetime NOT NULL COMMENT '来电时间',
  `replied_at` datetime DEFAULT NULL COMMENT '答复时间',
  `status` tinyint NOT NULL DEFAULT '0' COMMENT '办理状态：0待办，1已办结',
  `visit_note` varchar(255) DEFAULT NULL COMMENT '回访记录',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_msg_no` (`msg_no`),
  KEY `idx_reply_dept` (`reply_dept`),
  KEY `idx_created_at` (`created_at`)
) ENGINE=InnoDB AUTO_INCREMENT=20391 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci \
COMMENT='12345热线留言工单（白蚁防治专题导出）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `zwfw_liuyan`
--

LOCK TABLES `zwfw_liuyan` WRITE;
/*!40000 ALTER TABLE `zwfw_liuyan` DISABLE KEYS */;
INSERT INTO `zwfw_liuyan` VALUES {rows};
/*!40000 ALTER TABLE `zwfw_liuyan` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-05-20  2:30:11
"""


def write_huazhou() -> None:
    write_bytes(
        f"广东/化州市/{HZ_DOCX}",
        make.docx_bytes(HZ_BLOCKS, "化州市住房和城乡建设局文件", "— 1 —", "化州市住建局", WHEN, STAMP),
    )
    write(f"广东/化州市/{HZ_SQL}", hz_sql())
    write(
        "广东/化州市/政策解读.html",
        portal(
            HZ,
            f"《{HZ_TITLE}》政策解读",
            "信息公开 &gt; 政策解读",
            "2026-03-24",
            "化州市住房和城乡建设局",
            P(HZ_READ),
            related=[HZ_TITLE, "图解：既有房屋白蚁防治“三问”", "茂名市部署房屋安全隐患排查整治"],
        ),
    )
    fee, subsidy, own = hz_reply_parts()
    write(
        f"广东/化州市/市长信箱 {HZ_REPLY_Q}.html",
        letter(
            HZ,
            "市长信箱",
            HZ_REPLY_Q,
            "杨**（笪桥镇）",
            "2026-06-15",
            """
市长您好！我家是笪桥镇的防止返贫监测户，家里的老屋是砖木结构，建筑面积140平方米，今年回南天以后发现屋梁和门框都有白蚁，
想请防治所来灭治。听说困难家庭有补助，请问我家能补多少，自己还要出多少钱？
""",
            HZ_DEPT,
            "2026-06-19",
            f"""
您好！根据《{HZ_TITLE}》，住宅白蚁灭治收费指导价为每平方米1.8元；防止返贫监测户、低保边缘家庭按灭治费用的50%给予补助，
每户上限300元。

您家房屋140平方米，灭治费用为140×1.8={fee}元，可补助{fee}×50%={subsidy}元，未超过300元上限，您家自付{own}元。请您持
相关证明到笪桥镇提出申请，审核通过后由白蚁防治单位上门灭治。
""",
            "HZSZXX-2026-0615-031",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-11 罗定市: the 白蚁防治村级台账 app's local database (.db, SQLite), the 文物建筑和历史建筑白蚁防治工作方案
# on the city's 繁體 site (traditional script written by hand), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LD_DB = "罗定白蚁防治村级台账.db"
LD_RULE = (
    "本村砖木结构、土木结构农房白蚁灭治，每户补助300元，由罗定市白蚁防治所统一上门灭治；灭治后第3个月和第12个月"
    "各复查1次，复查发现活体白蚁的免费补治。"
)
LD_VILLAGES = [
    ("445381104201", "泗纶镇", "杨绿村", "陈伟强", "13824671035", LD_RULE),
    ("445381105203", "加益镇", "加益村", "梁秀芬", "13922658140", LD_RULE),
    (
        "445381112206",
        "苹塘镇",
        "谈礼村",
        "黄志明",
        "13790864271",
        LD_RULE + "本村第二批灭治安排在2026年10月。",
    ),
]
LD_RECORDS = [
    (1, "445381104201", "陈**", "砖木", 96.5, "2026-05-12", 30000, "第3个月复查未发现活体白蚁"),
    (2, "445381104201", "林**", "土木", 72.0, "2026-05-12", 30000, "第3个月复查发现活体白蚁，已免费补治"),
    (3, "445381104201", "陈**", "砖混", 130.0, "2026-05-13", 0, "砖混结构不属于补助范围，农户自费灭治"),
    (4, "445381105203", "梁**", "砖木", 88.0, "2026-06-02", 30000, "待第3个月复查"),
    (5, "445381105203", "邓**", "砖木", 104.0, "2026-06-02", 30000, "待第3个月复查"),
    (6, "445381112206", "黄**", "土木", 65.5, "2026-06-20", 30000, "待第3个月复查"),
]


def ld_db() -> bytes:
    """The app's local SQLite file: two tables, a view, Chinese text and an amount in 分 (补助金额_分),
    written in memory and copied out by VACUUM INTO with a fixed page size (the same bytes every run)."""
    con = sqlite3.connect(":memory:")
    con.executescript(
        """
PRAGMA page_size = 4096;
CREATE TABLE 村台账 (
  村编码 TEXT PRIMARY KEY,
  镇街 TEXT NOT NULL,
  村名 TEXT NOT NULL,
  网格员 TEXT,
  联系电话 TEXT,
  灭治要求 TEXT
);
CREATE TABLE 灭治记录 (
  记录号 INTEGER PRIMARY KEY,
  村编码 TEXT NOT NULL REFERENCES 村台账(村编码),
  户主 TEXT NOT NULL,
  房屋结构 TEXT NOT NULL,
  建筑面积 REAL,
  灭治日期 TEXT,
  补助金额_分 INTEGER NOT NULL DEFAULT 0,
  复查情况 TEXT
);
CREATE VIEW v_村汇总 AS
  SELECT c.镇街, c.村名, COUNT(r.记录号) AS 灭治户数, SUM(r.补助金额_分) AS 补助合计_分
  FROM 村台账 c LEFT JOIN 灭治记录 r ON r.村编码 = c.村编码
  GROUP BY c.村编码 ORDER BY c.村编码;
"""
    )
    con.executemany("INSERT INTO 村台账 VALUES (?, ?, ?, ?, ?, ?)", LD_VILLAGES)
    con.executemany("INSERT INTO 灭治记录 VALUES (?, ?, ?, ?, ?, ?, ?, ?)", LD_RECORDS)
    con.commit()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "taizhang.db"
        con.execute("VACUUM INTO ?", (str(path),))
        con.close()
        return path.read_bytes()


# the 方案 as the city's 繁體 site serves it (its template and text in traditional script, written by hand)
LD_TRAD_TITLE = "羅定市文物建築和歷史建築白蟻防治工作方案"
LD_TRAD_BODY = """
一、工作目標：全面掌握全市文物建築、歷史建築和未定級傳統建築的白蟻危害情況，及時滅治，消除安全隱患。

二、防治範圍：全市各級文物保護單位、歷史建築，以及列入保護名錄的宗祠、書院、民居等未定級傳統建築。

三、巡查要求：市白蟻防治所每年汛期前和秋季各巡查1次，建立“一處一檔”白蟻防治檔案。

四、經費保障：文物建築和歷史建築的白蟻防治費用由市財政全額承擔；宗祠等未定級傳統建築實施白蟻滅治的，按滅治費用的50%
給予補助，每處最高5000元。市財政每年安排白蟻防治專項經費80萬元。

五、工作要求：各鎮（街道）發現文物建築、歷史建築有白蟻危害跡象的，應當在3日內報告市文化廣電旅遊體育局和市住房和城鄉建設局。
"""


def ld_trad_page() -> str:
    """The 繁體 site's article page: the TRS template, its furniture also in traditional script."""
    site = LD
    body = P(LD_TRAD_BODY) + signed("羅定市住房和城鄉建設局　羅定市文化廣電旅遊體育局", "2026年4月8日")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>羅定市人民政府-{LD_TRAD_TITLE}</title>
<meta name="ColumnName" content="通知公告" />
<link href="/images/2020_index.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/images/zt_js/wza.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tophead"><tr>
<td><a href="#">設為首頁</a> | <a href="#">加入收藏</a> | <a href="#">移動版</a> | <a href="#">簡體版</a></td>
<td align="right"><a href="#">粵省事</a> <a href="#">粵商通</a></td></tr></table>
<div class="logo_bg"><div class="logo">羅定市人民政府</div></div>
<div class="daohang"><a href="#">網站首頁</a><a href="#">信息公開</a><a href="#">網上辦事</a>\
<a href="#">政民互動</a><a href="#">魅力羅定</a></div>
<div class="dqwz">您所在的位置：<a href="#">首頁</a> &gt; 信息公開 &gt; 通知公告</div>
<div class="xilan">
<div class="xilan_tit">{LD_TRAD_TITLE}</div>
<div class="xilan_ly">發布日期：2026-04-08　信息來源：羅定市住房和城鄉建設局　文號：羅建通{L}2026{R}11號　\
【<a href="#">我要糾錯</a>】　【<a href="javascript:doPrint()">列印</a>】</div>
<div class="TRS_Editor" id="UCAP-CONTENT">
{body}
</div>
<div class="xilan_bottom"><span>掃一掃在手機上查看當前頁面</span></div>
</div>
<div class="xgxx"><h4>相關信息</h4><ul><li>· <a href="#">雲浮市文物安全工作會議召開</a></li>\
<li>· <a href="#">羅定市2026年房屋安全隱患排查整治方案</a></li></ul></div>
<div class="foot">
<p>羅定市人民政府主辦　羅定市人民政府辦公室承辦</p>
<p>{site.icp}　{site.police.replace("公网安备", "公網安備")}　網站標識碼：{site.code}　電話：{site.tel}</p>
<p>建議使用1366×768分辨率及以上瀏覽器瀏覽本站</p>
</div>
</body>
</html>
"""


LD_REPLY_Q = "村里的老宗祠被白蚁蛀了，请防治所灭治花了6800元，能补多少？"


def write_luoding() -> None:
    write_bytes(f"广东/罗定市/{LD_DB}", ld_db())
    write(f"广东/罗定市/{LD_TRAD_TITLE}（繁體版）.html", ld_trad_page())
    total = min(6800 * 50 // 100, 5000)
    assert total == 3400
    write(
        f"广东/罗定市/12345 {LD_REPLY_Q}.html",
        letter(
            LD,
            "12345热线",
            LD_REPLY_Q,
            "彭**（罗镜镇）",
            "2026-07-08",
            """
我是罗镜镇一个村的村民小组长。我们村的彭氏宗祠是清末建的，列入了市里的传统建筑保护名录，但不是文物保护单位。今年梁柱被白蚁蛀
得很厉害，村里请市白蚁防治所做了灭治，一共花了6800元，发票都有。听说宗祠灭白蚁有补助，请问能补多少？
""",
            "罗定市住房和城乡建设局",
            "2026-07-10",
            f"""
您好！根据《罗定市文物建筑和历史建筑白蚁防治工作方案》，列入保护名录的宗祠等未定级传统建筑实施白蚁灭治的，按灭治费用的50%
给予补助，每处最高5000元。

贵村彭氏宗祠灭治费用6800元，可补助6800×50%={total}元，未超过5000元上限。请村民小组持发票、灭治记录到罗镜镇提出申请，经市
住房和城乡建设局审核后拨付。
""",
            "LD12345-2026070800214",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 12-15 怀集县: the 城镇排水与污水处理管理办法 (a hard-wrapped PDF, its wrap cutting a figure), the 办事指南
# (key-value rows), the 排水许可 在线申报 接口手册 of the 政务数据开放平台 (.rst, Sphinx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

HJ_TITLE = "怀集县城镇排水与污水处理管理办法"
HJ_PDF = f"{HJ_TITLE}.pdf"
HJ_WIDTH = 36
HJ_FEES = ("0.95", "1.40")  # 居民, 非居民 元/立方米
HJ_PAGES = [
    f"""
{HJ_TITLE}
怀府办{L}2026{R}6号
第一条　为加强城镇排水与污水处理管理，保障城镇排水与污水处理设施安全运行，\
防治城镇水污染和内涝灾害，根据《城镇排水与污水处理条例》《城镇污水排入排水管网许可管理办法》，结合本县实际，制定本办法。
第二条　本办法适用于本县县城和各镇建成区内城镇排水与污水处理的规划、建设、维护、运营及其监督管理。
第三条　县住房和城乡建设局是本县城镇排水主管部门，负责城镇排水与污水处理的监督管理工作。
第四条　从事工业、建筑、餐饮、医疗等活动的企业事业单位、个体工商户（以下称排水户）\
向城镇排水设施排放污水的，应当申请领取污水排入排水管网许可证。排水许可证有效期为5年。
第五条　排水许可实行告知承诺制。申请材料齐全、申请人书面承诺符合许可条件的，当场作出许可决定。
""",
    f"""
第六条　县住房和城乡建设局对排水户实行分类管理，每年公布重点排水户名录，对重点排水户的排水水质进行监督检测。
第七条　城镇污水处理费按照用水量计征，标准为：\
居民生活用水每立方米{HJ_FEES[0]}元，非居民用水每立方米{HJ_FEES[1]}元，由供水企业随水费一并代征。
第八条　因施工降水需临时向城镇排水设施排水的，\
应当申领临时排水许可证，有效期按照工程施工期限确定，最长不超过3年。
第九条　居民住宅小区、沿街商铺应当实行雨污分流，不得将污水排入雨水管网，不得将雨水排入污水管网。
""",
    """
第十条　排水户未取得排水许可证排放污水的，\
由县住房和城乡建设局责令停止违法行为，限期采取治理措施，补办排水许可证，并依法给予处罚。
第十一条　本办法自2026年3月1日起施行。
怀集县人民政府办公室
2026年2月10日
""",
]

HJ_GUIDE = """
项目|内容
事项名称|城镇污水排入排水管网许可
实施主体|怀集县住房和城乡建设局
受理地点|怀集县政务服务中心一楼8号窗口
法定时限|20个工作日
承诺时限|材料齐全并书面承诺的当场办结；不适用告知承诺的5个工作日
申请材料|1.排水许可申请表；2.排水户内部排水管网、专用检测井、污水排放口位置和口径的图纸及说明；3.按规定建设污水预处理设施的有关材料；4.排水隐蔽工程竣工报告；5.排水水质符合相关标准的检测报告
收费标准|不收费
网上办理|广东政务服务网、“粤商通”APP
咨询电话|0758-5523012
"""

HJ_RST = "paishui-xuke-api.rst"
HJ_RST_TEXT = """.. 怀集县排水许可在线申报接口手册（肇庆市政务数据开放平台 · 开发者文档）
.. 本页由 docs/source/county/huaiji/paishui-xuke-api.rst 生成，修改请提交合并请求

.. |renew| replace:: 有效期届满前30日
.. |hotline| replace:: 0758-5523119
.. |quota| replace:: 每个应用每日调用上限5000次

.. _huaiji-paishui-api:

======================================
怀集县排水许可在线申报接口手册
======================================

:版本: 2.3.0
:更新日期: 2026-03-18
:维护单位: 怀集县住房和城乡建设局、怀集县政务服务数据管理局
:适用平台: 肇庆市政务数据开放平台
:技术支持: |hotline|

.. contents:: 本页目录
   :local:
   :depth: 1

概述
====

本接口供排水户、物业服务企业和第三方办事平台在线申报\\ **城镇污水排入排水管网许可**\\ ，\
并查询许可证状态。排水许可实行
**告知承诺制**，在线提交的申请经承诺确认后即时生成电子许可证。

调用限额：|quota|，超出限额的请求返回 ``429``。

排水户分类与检测频次
--------------------

排水户按排水量和行业分为两类，许可证电子证照字段 ``category`` 取值与下表一致。

.. list-table:: 排水户分类
   :header-rows: 1
   :widths: 18 42 20 20

   * - 类别
     - 范围
     - 水质检测频次
     - 许可证有效期
   * - 重点排水户
     - 日排水量100立方米以上的工业、医疗排水户
     - 每季度1次
     - 5年
   * - 一般排水户
     - 餐饮、洗车、美容美发、宾馆等其他排水户
     - 每年1次
     - 5年

.. note::

   许可证延续须在 |renew| 通过 ``POST /api/v2/permit/renew`` 提出申请；逾期未申请延续的，许可证到期自动失效，
   须重新申领。

.. 旧版（v2.1）说明：延续须在有效期届满前60日提出，v2.2 起按县住建局新规调整。

接口列表
========

.. list-table::
   :header-rows: 1
   :widths: 30 15 55

   * - 路径
     - 方法
     - 说明
   * - ``/api/v2/permit/apply``
     - POST
     - 提交排水许可申请（含告知承诺书）
   * - ``/api/v2/permit/renew``
     - POST
     - 申请延续
   * - ``/api/v2/permit/{no}``
     - GET
     - 查询许可证状态

.. warning::

   测试环境的数据每天凌晨2点清空，请勿在测试环境提交真实申请。
"""

HJ_REPLY_Q = "在县城开快餐店每月用水150方，污水处理费一个月多少？要办排水许可证吗？"


def hj_check_wrap() -> None:
    lines = make.hard_wrap(HJ_PAGES[1], HJ_WIDTH)
    assert any(a.endswith("每立方米0.9") and b.startswith("5元") for a, b in itertools.pairwise(lines)), lines


def write_huaiji() -> None:
    hj_check_wrap()
    OUT.write_pdf(
        f"广东/怀集县/{HJ_PDF}",
        HJ_PAGES,
        "怀集县人民政府办公室文件",
        HJ_WIDTH,
        lambda n, total: f"第 {n} 页 共 {total} 页",
        260,
    )
    write(
        "广东/怀集县/办事指南.html",
        portal(
            HJ,
            "城镇污水排入排水管网许可办事指南",
            "政务服务 &gt; 办事指南",
            "2026-03-02",
            "怀集县住房和城乡建设局",
            make.kv_table(HJ_GUIDE, 'class="bszn" border="1" cellspacing="0" cellpadding="8" width="100%"'),
            related=[HJ_TITLE, "怀集县2026年重点排水户名录"],
        ),
    )
    write(f"广东/怀集县/{HJ_RST}", HJ_RST_TEXT)
    total = 150 * 140 // 100
    assert total == 210
    write(
        f"广东/怀集县/12345 {HJ_REPLY_Q}.html",
        letter(
            HJ,
            "12345热线",
            HJ_REPLY_Q,
            "冯**（怀城街道）",
            "2026-05-14",
            """
我在怀城街道开了一家快餐店，店面60平方米，每个月用水大概150立方米，厨房的油污水直接排到门口的下水道。最近听说餐饮店排污水要办
证，还要交污水处理费。请问我每个月要交多少污水处理费？排水许可证怎么办？
""",
            "怀集县住房和城乡建设局",
            "2026-05-18",
            f"""
您好！根据《{HJ_TITLE}》，餐饮等排水户向城镇排水设施排放污水的，应当申领排水许可证；城镇污水处理费非居民用水每立方米1.40元，
由供水企业随水费一并代征。

您的快餐店每月用水150立方米，每月污水处理费为150×1.40={total}元。排水许可证可到县政务服务中心一楼8号窗口或者在“粤商通”APP
申请，实行告知承诺制，材料齐全并书面承诺的当场办结。餐饮店须按规定设置隔油设施后再接入污水管网。
""",
            "HJ12345-20260514-0377",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 16-19 饶平县: the 雨污分流入户改造补助实施方案, the 统计 system's export of the subsidies paid (.dbf, dBase
# III, GBK), the 施工单位 list (.txt, GB18030, CRLF, space-aligned), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

RP_TITLE = "饶平县2026年城镇雨污分流入户改造补助实施方案"
RP_HOME, RP_TRAP = 800, 1500  # 每户, 每个隔油池
RP_BODY = f"""
为补齐城镇污水收集短板，提升污水处理厂进水浓度，改善韩江流域水环境，根据省、市关于城镇生活污水处理提质增效的部署，结合我县
实际，制定本方案。

一、改造范围

黄冈镇、钱东镇、三饶镇、浮滨镇建成区内已建成市政污水管网，但阳台污水、厨房污水仍接入雨水管道的居民户和沿街商铺。

二、补助标准

（一）居民户阳台、厨房污水立管改造，每户补助{RP_HOME}元，实际费用低于补助标准的按实际费用补助；（二）沿街餐饮商铺建设隔油池，
每个补助{RP_TRAP}元。

三、实施方式

县住房和城乡建设局统一招标确定施工单位，居民户和商铺自愿申请。施工单位完成改造、经镇人民政府验收合格后，补助资金直接拨付施工
单位，抵扣改造费用。

四、时间安排

申报截止时间为2026年6月30日；入户施工于2026年11月30日前完成；12月底前完成验收。

五、联系方式

县住房和城乡建设局城建股，联系电话0768-8823416。
"""

RP_DBF = "RWFL_BZTJ_202609.dbf"
RP_FIELDS = [
    ("乡镇", "C", 20, 0),
    ("户数", "N", 6, 0),
    ("隔油池", "N", 4, 0),
    ("补助金额", "N", 12, 2),
    ("备注", "C", 60, 0),
]
# (deleted, 乡镇, 户数, 隔油池, 补助金额, 备注)
RP_RECORDS = [
    (False, "黄冈镇", 1260, 12, 1026000.00, "含沿街餐饮隔油池12个"),
    (True, "黄冈镇", 1620, 12, 1314000.00, "户数录入错误，本条作废"),
    (False, "钱东镇", 540, 6, 441000.00, "含沿街餐饮隔油池6个"),
    (False, "三饶镇", 410, 0, 328000.00, ""),
    (False, "浮滨镇", 175, 0, 140000.00, "山区镇，入户施工于2026年10月底前完成"),
    (False, "合计", 2385, 18, 1935000.00, "统计截至2026年9月30日"),
]


def rp_check_records() -> None:
    for deleted, _, homes, traps, amount, _ in RP_RECORDS[:-1]:
        if not deleted:
            assert homes * RP_HOME + traps * RP_TRAP == amount
    live = [r for r in RP_RECORDS[:-1] if not r[0]]
    assert sum(r[2] for r in live) == RP_RECORDS[-1][2] and sum(r[4] for r in live) == RP_RECORDS[-1][4]


def rp_dbf() -> bytes:
    """A dBase III table as the county's 统计 system exports one: the header (version 3, the last update date,
    the record count, the header and record lengths, language driver 0x7A for GBK), the field descriptors with
    GBK names, the records (a deleted one flagged '*'), the end-of-file mark; written by hand with struct."""
    rp_check_records()
    header_len = 32 + 32 * len(RP_FIELDS) + 1
    record_len = 1 + sum(f[2] for f in RP_FIELDS)
    head = struct.pack("<BBBBIHH", 0x03, 2026 - 1900, 9, 30, len(RP_RECORDS), header_len, record_len)
    head += b"\x00" * 17 + b"\x7a" + b"\x00\x00"
    assert len(head) == 32
    fields = b""
    for name, kind, length, dec in RP_FIELDS:
        raw = name.encode("gbk")
        assert len(raw) <= 10
        fields += (
            raw.ljust(11, b"\x00") + kind.encode("ascii") + b"\x00" * 4 + bytes([length, dec]) + b"\x00" * 14
        )
    body = b""
    for deleted, *values in RP_RECORDS:
        rec = b"*" if deleted else b" "
        for (name, kind, length, dec), value in zip(RP_FIELDS, values, strict=True):
            if kind == "C":
                cell = str(value).encode("gbk").ljust(length, b" ")
            else:
                cell = (f"{value:.{dec}f}" if dec else str(value)).encode("ascii").rjust(length, b" ")
            assert len(cell) == length, (name, value)
            rec += cell
        assert len(rec) == record_len
        body += rec
    return head + fields + b"\x0d" + body + b"\x1a"


RP_TXT = "饶平县雨污分流入户改造施工单位名单.txt"
RP_ROWS = [
    ("序号", "施工单位", "负责镇", "联系人", "联系电话"),
    ("1", "潮州市韩江建筑工程有限公司", "黄冈镇", "陈㛃", "13502781346"),
    ("2", "饶平县正达市政工程有限公司", "钱东镇", "许少鹏", "13829094517"),
    ("3", "广东粤东管网工程有限公司", "三饶镇、浮滨镇", "詹伟文", "15913057826"),
]


def rp_txt() -> str:
    """The list as typed in Notepad: a space-aligned table (widths by GB18030 bytes), CRLF lines."""

    def pad(s: str, width: int) -> str:
        return s + " " * (width - len(s.encode("gb18030")))

    lines = ["饶平县2026年城镇雨污分流入户改造施工单位名单", ""]
    for no, name, towns, who, tel in RP_ROWS:
        lines.append(pad(no, 6) + pad(name, 30) + pad(towns, 18) + pad(who, 10) + tel)
    lines += [
        "",
        "说明：1.施工单位入户施工前3天上门告知施工时间；",
        "      2.改造工程质保期2年，质保期内渗漏、堵塞的由施工单位免费维修；",
        "      3.居民户改造费用超出补助标准的部分由居民自理，施工单位应当事先书面告知。",
        "",
        "饶平县住房和城乡建设局",
        "2026年4月20日",
        "",
    ]
    return "\r\n".join(lines)


RP_REPLY_Q = "我家一楼开粉店楼上住人，阳台和厨房的水都接在雨水管，改造能补多少？"


def write_raoping() -> None:
    write(
        f"广东/饶平县/{RP_TITLE}.html",
        portal(
            RP,
            RP_TITLE,
            "信息公开 &gt; 通知公告",
            "2026-03-16",
            "饶平县住房和城乡建设局",
            P(RP_BODY) + signed("饶平县住房和城乡建设局", "2026年3月16日"),
            f"饶建{L}2026{R}19号",
            related=["潮州市城镇生活污水处理提质增效工作推进会召开", "韩江流域水环境综合整治"],
        ),
    )
    write_bytes(f"广东/饶平县/{RP_DBF}", rp_dbf())
    write(f"广东/饶平县/{RP_TXT}", rp_txt(), "gb18030")
    total = RP_HOME + RP_TRAP
    assert total == 2300
    write(
        f"广东/饶平县/领导留言板 {RP_REPLY_Q}.html",
        letter(
            RP,
            "领导留言板",
            RP_REPLY_Q,
            "网友“黄冈粿条哥”",
            "2026-07-06",
            """
我家在黄冈镇沿街，一楼开了个粿条粉店，二楼三楼自己住。前几天镇里来排查，说我家阳台洗衣机和厨房的水都接在雨水管里，粉店的洗碗
水也直接排到雨水沟，要做雨污分流改造，店里还要建隔油池。我6月中旬已经报了名。请问我家这样改造一共能补多少钱？
""",
            "饶平县住房和城乡建设局",
            "2026-07-09",
            f"""
您好！根据《{RP_TITLE}》，居民户阳台、厨房污水立管改造每户补助800元，沿街餐饮商铺建设隔油池每个补助1500元。

您家楼上住户的阳台、厨房污水立管改造可补助800元，一楼粉店建设隔油池可补助1500元，合计{total}元。补助资金在验收合格后直接拨付
施工单位，抵扣您家的改造费用。
""",
            "RPLY-2026-0706-112",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 20-21 昭平县: the 城镇自建房污水管网接驳补助办法 (.txt, GBK, CRLF), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

ZP_TITLE = "昭平县城镇自建房污水管网接驳补助办法"
ZP_TXT = f"{ZP_TITLE}.txt"
ZP_LINK, ZP_TANK = 700, 400
ZP_BODY = articles(
    [
        "为提高城镇生活污水收集率，改善桂江流域水环境，根据《城镇排水与污水处理条例》等规定，结合本县实际，制定本办法。",
        "本办法适用于县城昭平镇和各镇建成区内市政污水管网覆盖范围内的居民自建房。",
        f"居民自建房将生活污水接驳市政污水管网的，每户补助{ZP_LINK}元；同时封堵、清掏原有化粪池的，每户另补助{ZP_TANK}元。",
        "补助户数以不动产权证书或者宅基地使用权证确定，一证为一户。",
        "居民向所在社区居民委员会或者村民委员会提出申请，县住房和城乡建设局在10个工作日内组织现场核查。",
        "接驳施工完成后15日内，县住房和城乡建设局组织验收；验收合格的，补助资金在30日内拨付到申请人社会保障卡账户。",
        "有下列情形之一的，不予补助：（一）违法建筑；（二）已享受其他财政资金接驳补助的；（三）接驳后仍将雨水接入污水管网的。",
        "本办法自2026年1月1日起施行，有效期3年。",
    ]
)


def zp_txt() -> str:
    lines = [
        ZP_TITLE,
        "",
        f"昭建发{L}2025{R}41号",
        "",
        *ZP_BODY.split("\n"),
        "",
        "昭平县住房和城乡建设局",
        "2025年12月22日",
        "",
    ]
    return "\r\n".join(lines)


ZP_REPLY_Q = "我和儿子各有一栋自建房，都接了污水管，我家还把化粪池封了，一共能补多少？"


def write_zhaoping() -> None:
    write(f"广西/昭平县/{ZP_TXT}", zp_txt(), "gbk")
    total = ZP_LINK + ZP_TANK + ZP_LINK
    assert total == 1800
    write(
        f"广西/昭平县/12345 {ZP_REPLY_Q}.html",
        letter(
            ZP,
            "12345热线",
            ZP_REPLY_Q,
            "莫**（昭平镇）",
            "2026-04-21",
            """
我家在昭平镇城东，我和儿子各有一栋三层自建房，两栋挨着，分别办了不动产权证。今年3月市政污水管铺到了我们巷子，两栋房子都请
施工队接驳了污水管；我家那栋还把原来的化粪池清掏封堵了，儿子那栋的化粪池还在用。4月上旬已经验收了。请问我们两家一共能补多少？
""",
            "昭平县住房和城乡建设局",
            "2026-04-24",
            f"""
您好！根据《{ZP_TITLE}》，居民自建房将生活污水接驳市政污水管网的，每户补助700元；同时封堵、清掏原有化粪池的，每户另补助400元；
补助户数以不动产权证书确定，一证为一户。

您家和您儿子家分别持有不动产权证，按两户计算：您家接驳并封堵化粪池，补助700+400=1100元；您儿子家接驳污水管网，补助700元。
两户合计{total}元，将在验收合格后30日内分别拨付到两户申请人的社会保障卡账户。
""",
            "ZP12345-202604210093",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 22-25 象州县: the 城市树木保护管理办法, its 政策解读 (问答, a file named like 化州's), the 行道树修剪养护
# 技术要点 (.txt, UTF-16 LE, CRLF), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

XZ_TITLE = "象州县城市树木保护管理办法"
XZ_TIERS = (500, 900, 1600, 3200)  # 每株, by 胸径
XZ_BODY = articles(
    [
        "为加强城市树木保护，改善城市生态环境，根据《城市绿化条例》等规定，结合本县实际，制定本办法。",
        "本办法所称城市树木，是指县城规划区内道路、广场、公园、绿地、居住小区和单位庭院内的树木。",
        "任何单位和个人不得擅自砍伐、迁移城市树木。确需砍伐、迁移的，应当向县住房和城乡建设局提出申请；胸径30厘米以上的，"
        "报县人民政府批准。县住房和城乡建设局应当在10个工作日内作出决定。",
        f"经批准砍伐城市树木的，申请人应当缴纳绿化补偿费：胸径不足10厘米的，每株{XZ_TIERS[0]}元；10厘米以上不足20厘米的，"
        f"每株{XZ_TIERS[1]}元；20厘米以上不足30厘米的，每株{XZ_TIERS[2]}元；30厘米以上的，每株{XZ_TIERS[3]}元。",
        "经批准砍伐城市树木的，申请人应当按照砍伐1株补植3株的标准补植，补植树木胸径不小于8厘米。",
        "经批准迁移城市树木的，不缴纳绿化补偿费；迁移的树木1年内死亡的，申请人应当按照本办法第四条补缴绿化补偿费。",
        "因抢险救灾或者树木严重危及人身财产安全需要紧急砍伐的，可以先行处置，并在处置后5日内补办手续。",
        "临时占用城市绿地的，应当经县住房和城乡建设局批准，按每平方米每月6元缴纳临时占用费，占用期限不超过1年。",
        "擅自砍伐城市树木的，由县城市管理部门责令停止侵害，按绿化补偿费标准的5倍处以罚款。",
        "本办法自2026年2月1日起施行。",
    ]
)

XZ_READ = """
问1：小区里的树要砍，也要审批吗？

答：要。居住小区内的树木也属于城市树木，确需砍伐的，由业主委员会或者物业服务企业征求业主意见后向县住房和城乡建设局申请。

问2：砍了树以后，补植要在什么时候完成？

答：申请人应当在砍伐后3个月内完成补植，县住房和城乡建设局组织验收；未按期补植的，由县住房和城乡建设局代为补植，费用由申请人承担。

问3：为什么迁移树木不收绿化补偿费？

答：为鼓励“能移则移、能保则保”，经批准迁移的树木不收绿化补偿费。但迁移的树木1年内死亡的，要按砍伐标准补缴。

问4：县城现在有多少城市树木？

答：截至2025年底，县城共有行道树2.3万株，登记在册的古树名木46株。
"""

XZ_TXT = "象州县行道树修剪养护技术要点.txt"
XZ_TIPS = """象州县行道树修剪养护技术要点

象州县园林绿化所

一、修剪时间：常规修剪在每年11月至次年2月进行；台风季节前须在5月底前完成防风修剪。
二、修剪要求：修剪后树冠高度不少于树高的二分之一，严禁“砍头式”修剪；剪口直径超过5厘米的应当涂抹伤口保护剂。
三、作业安全：道路上修剪作业须提前1天告知交警部门，现场设置警示标志，安排专人指挥交通。
四、病虫害防治：发现白蚁、天牛等蛀干害虫的，及时报告县园林绿化所处理。

技术咨询：县园林绿化所　0772-4362210
2026年3月2日
"""

XZ_REPLY_Q = "门口3棵树的树根把房子地基拱裂了，批准砍掉要交多少绿化补偿费？"


def xz_reply_total() -> int:
    total = 2 * XZ_TIERS[2] + XZ_TIERS[1]
    assert total == 4100
    return total


def write_xiangzhou() -> None:
    write(
        f"广西/象州县/{XZ_TITLE}.html",
        portal(
            XZ,
            XZ_TITLE,
            "信息公开 &gt; 规范性文件",
            "2026-01-15",
            "象州县人民政府办公室",
            P(XZ_BODY) + signed("象州县人民政府办公室", "2026年1月15日"),
            f"象政办规{L}2026{R}1号",
            related=["《象州县城市树木保护管理办法》政策解读", "来宾市城市绿化工作推进会召开"],
        ),
    )
    write(
        "广西/象州县/政策解读.html",
        portal(
            XZ,
            f"《{XZ_TITLE}》政策解读",
            "信息公开 &gt; 政策解读",
            "2026-01-20",
            "象州县住房和城乡建设局",
            P(XZ_READ),
            related=[XZ_TITLE, "一图读懂城市树木保护"],
        ),
    )
    write_bytes(f"广西/象州县/{XZ_TXT}", b"\xff\xfe" + XZ_TIPS.replace("\n", "\r\n").encode("utf-16-le"))
    total = xz_reply_total()
    write(
        f"广西/象州县/领导留言板 {XZ_REPLY_Q}.html",
        letter(
            XZ,
            "领导留言板",
            XZ_REPLY_Q,
            "网友“象州老韦”",
            "2026-05-11",
            """
我家住县城象州镇，房子门口人行道上有3棵大叶榕，这两年树根把我家一楼的地基和门口台阶都拱裂了。请园林所的人量过，两棵胸径
25厘米左右，一棵胸径15厘米。我已经向县住建局申请砍伐，请问批准以后要交多少绿化补偿费？还要补种吗？
""",
            "象州县住房和城乡建设局",
            "2026-05-14",
            f"""
您好！根据《{XZ_TITLE}》，经批准砍伐城市树木的，按胸径缴纳绿化补偿费：20厘米以上不足30厘米的每株1600元，10厘米以上不足20厘米
的每株900元；并按照砍伐1株补植3株的标准补植。

经现场核实，您门口胸径25厘米的大叶榕2株、胸径15厘米的1株，绿化补偿费为2×1600+900={total}元；另须补植9株胸径不小于8厘米的
树木。我局将在10个工作日内作出是否批准的决定。
""",
            "XZLY-20260511-058",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 26-29 鹿寨县: the 屋顶绿化和垂直绿化奖补实施细则, the 住建局's 申报日历 (.ics, as 钉钉 exports one), its
# 附件1 that came down empty (.docx, 0 bytes), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LZ_TITLE = "鹿寨县2026年屋顶绿化和垂直绿化奖补实施细则"
LZ_EMPTY = "附件1 鹿寨县立体绿化奖补申报表.docx"
LZ_GARDEN, LZ_SIMPLE, LZ_WALL = 100, 60, 50
LZ_BODY = f"""
为推进立体绿化，增加城市绿量，缓解城市热岛效应，根据《城市绿化条例》和自治区关于城市绿化的有关要求，结合我县实际，制定本细则。

一、奖补对象

县城建成区内实施屋顶绿化、垂直绿化的公共建筑、居住小区和商业建筑的业主或者使用人。

二、奖补标准

（一）花园式屋顶绿化（种植土厚度30厘米以上，乔灌草结合），每平方米奖补{LZ_GARDEN}元；（二）简单式屋顶绿化（佛甲草、草坪等），
每平方米奖补{LZ_SIMPLE}元；（三）垂直绿化（建筑外墙、围墙、桥体种植攀援植物），每延长米奖补{LZ_WALL}元。单个项目奖补最高20万元。

三、申报条件

（一）屋顶绿化面积50平方米以上；（二）建成后养护满6个月，植物覆盖率达到80%以上；（三）建筑结构安全，已取得原设计单位或者具有
资质的单位出具的荷载安全证明。

四、申报时间和方式

申报时间、受理地点以县住房和城乡建设局发布的申报日历为准。申报主体填写申报表（附件1），连同房屋权属证明、绿化施工合同和发票、
建成后照片报县住房和城乡建设局。

五、验收兑付

县住房和城乡建设局组织专家现场核验，核验结果公示7天，无异议的于2026年8月底前兑付。
"""

LZ_ICS = "鹿寨县2026年立体绿化奖补申报日历.ics"
LZ_TEL = "0772-6812345"


def ics_escape(text: str) -> str:
    """A TEXT value's escapes (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> list[str]:
    """A content line folded as the exporter does: at most 75 octets a line, a continuation line starting
    with a space, the fold between characters (never inside a UTF-8 sequence)."""
    out, cur, size = [], "", 0
    for c in line:
        n = len(c.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += c
        size += n
    out.append(cur)
    return out


# the events: (uid, properties in order, tail lines); DESCRIPTION, SUMMARY, LOCATION values as plain text,
# escaped on writing
LZ_APPLY_DESC = (
    "第一批次奖补申报时间：2026年4月1日至2026年4月30日，逾期不予受理。\n"
    "申报材料：1.申报表（细则附件1）;2.房屋权属证明;3.绿化施工合同和发票;4.建成后照片;5.结构荷载证明。\n"
    f"咨询电话（园林绿化股）：{LZ_TEL}，工作日8:00-12:00, 15:00-18:00"
)
LZ_EVENTS: list[tuple[str, list[tuple[str, str]], list[str]]] = [
    (
        "lzzjj-ltlh-2026-001",
        [
            ("STATUS", "CONFIRMED"),
            ("SEQUENCE", "2"),
            ("DTSTART;TZID=Asia/Shanghai", "20260401T083000"),
            ("DTEND;TZID=Asia/Shanghai", "20260430T173000"),
            ("SUMMARY", "屋顶绿化和垂直绿化奖补申报（第一批）"),
            ("LOCATION", "鹿寨县政务服务中心三楼住建窗口（12号窗口）"),
            ("DESCRIPTION", LZ_APPLY_DESC),
        ],
        ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:申报截止提醒", "TRIGGER:-P3D", "END:VALARM"],
    ),
    (
        "lzzjj-ltlh-2026-002",
        [
            ("STATUS", "CONFIRMED"),
            ("SEQUENCE", "0"),
            ("DTSTART;TZID=Asia/Shanghai", "20260401T090000"),
            ("DTEND;TZID=Asia/Shanghai", "20260401T120000"),
            ("RRULE", "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260429T040000Z"),
            ("EXDATE;TZID=Asia/Shanghai", "20260415T090000"),
            ("SUMMARY", "立体绿化奖补现场受理日"),
            ("LOCATION", "鹿寨县政务服务中心三楼住建窗口（12号窗口）"),
            (
                "DESCRIPTION",
                "申报期内每周三上午9:00-12:00在县政务服务中心三楼12号窗口现场受理, "
                "4月15日因系统升级暂停受理一次。\n"
                "现场受理请携带申报材料原件和复印件各1份，复印件加盖公章或者签名。",
            ),
        ],
        [],
    ),
    (
        "lzzjj-ltlh-2026-003",
        [
            ("STATUS", "CONFIRMED"),
            ("SEQUENCE", "0"),
            ("DTSTART;VALUE=DATE", "20260511"),
            ("DTEND;VALUE=DATE", "20260523"),
            ("SUMMARY", "立体绿化项目专家现场核验"),
            ("LOCATION", "各申报项目现场"),
            (
                "DESCRIPTION",
                "县住建局组织园林、结构专家对申报项目逐一现场核验，核验时间为5月11日至5月22日，请申报主体保持电话畅通，"
                "核验结果在县政府门户网站公示7天。",
            ),
        ],
        [],
    ),
    (
        "lzzjj-ltlh-2026-000",
        [
            ("STATUS", "CANCELLED"),
            ("SEQUENCE", "1"),
            ("DTSTART;VALUE=DATE", "20260316"),
            ("DTEND;VALUE=DATE", "20260416"),
            ("SUMMARY", "已取消：屋顶绿化奖补申报"),
            ("LOCATION", "鹿寨县住房和城乡建设局园林绿化股"),
            (
                "DESCRIPTION",
                "原定申报时间2026年3月16日至4月15日，因奖补细则修订，本次申报取消，改为按第一批申报日程办理。",
            ),
        ],
        [],
    ),
]


def lz_ics() -> bytes:
    """The 申报日历 as 钉钉 exports a shared calendar: VCALENDAR with a VTIMEZONE for Asia/Shanghai, four
    VEVENTs (the 申报 window with a VALARM, a weekly 现场受理 with an RRULE and an EXDATE, the 核验 days, a
    cancelled old window), TEXT escapes, lines folded at 75 octets, CRLF."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Alibaba//DingTalk Calendar 7.6.15//CN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:鹿寨县立体绿化奖补申报日历",
        "X-WR-TIMEZONE:Asia/Shanghai",
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Shanghai",
        "X-LIC-LOCATION:Asia/Shanghai",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "TZNAME:CST",
        "DTSTART:19700101T000000",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for event_uid, props, tail in LZ_EVENTS:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event_uid}@calendar.dingtalk.com",
            "DTSTAMP:20260312T020000Z",
            "CREATED:20260305T083512Z",
            "LAST-MODIFIED:20260312T015948Z",
            "ORGANIZER;CN=鹿寨县住建局园林绿化股:mailto:ylls@lzzjj.example",
        ]
        for name, value in props:
            text = ics_escape(value) if name in ("SUMMARY", "LOCATION", "DESCRIPTION") else value
            lines.append(f"{name}:{text}")
        lines += ["TRANSP:TRANSPARENT", *tail, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    folded = [piece for line in lines for piece in ics_fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


def lz_check_folds(data: bytes) -> None:
    """The folds of the 申报 event cut the deadline and the phone number; no line is longer than 75 octets."""
    text = data.decode("utf-8")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert "2026年4月3\r\n 0日" in text, "deadline not cut"
    assert f"{LZ_TEL[:8]}\r\n {LZ_TEL[8:]}" in text, "phone number not cut"


LZ_REPLY_Q = "商铺楼顶做了180平方米花园式绿化，外墙还种了40米爬山虎，能拿多少奖补？"


def lz_reply_total() -> int:
    total = 180 * LZ_GARDEN + 40 * LZ_WALL
    assert total == 20000
    return total


def write_luzhai() -> None:
    write(
        f"广西/鹿寨县/{LZ_TITLE}.html",
        portal(
            LZ,
            LZ_TITLE,
            "政务公开 &gt; 通知公告",
            "2026-03-10",
            "鹿寨县住房和城乡建设局",
            P(LZ_BODY)
            + f'<p>附件：<a href="/uploadfiles/202603/10/{LZ_EMPTY}">1.鹿寨县立体绿化奖补申报表</a></p>'
            + signed("鹿寨县住房和城乡建设局", "2026年3月10日"),
            f"鹿建发{L}2026{R}8号",
            related=["柳州市立体绿化工作推进会召开", "屋顶花园扮靓鹿寨县城"],
        ),
    )
    ics = lz_ics()
    lz_check_folds(ics)
    write_bytes(f"广西/鹿寨县/{LZ_ICS}", ics)
    write_bytes(f"广西/鹿寨县/{LZ_EMPTY}", b"")
    total = lz_reply_total()
    write(
        f"广西/鹿寨县/12345 {LZ_REPLY_Q}.html",
        letter(
            LZ,
            "12345热线",
            LZ_REPLY_Q,
            "覃**（鹿寨镇）",
            "2026-06-16",
            """
我在县城飞鹅路有一栋4层的商铺楼。去年请人在楼顶做了180平方米的花园式屋顶绿化，覆土40厘米，种了桂花、三角梅和草坪；临街外墙
还种了40米长的爬山虎，现在已经爬满了。荷载证明是原设计院出的。4月份已经按日历去窗口报了名，5月专家也来看过了。请问我能拿多少奖补？
""",
            "鹿寨县住房和城乡建设局",
            "2026-06-19",
            f"""
您好！根据《{LZ_TITLE}》，花园式屋顶绿化每平方米奖补100元，垂直绿化每延长米奖补50元，单个项目奖补最高20万元。

您的项目花园式屋顶绿化180平方米，奖补180×100=18000元；外墙垂直绿化40延长米，奖补40×50=2000元，合计{total}元（2万元），未超过
上限。核验结果公示无异议后，将于2026年8月底前兑付。
""",
            "LZ12345-20260616-0285",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 30-33 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str], crumb: str) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb=crumb)


N1_TITLE = "白蚁防治从“治”到“防” 湛江茂名云浮多地出实招"
N1 = news(
    N1_TITLE,
    "南方网",
    "2026-06-24 09:20　来源：南方日报　记者：邓志华",
    """
粤西地区气候温暖潮湿，是白蚁危害的高发区。记者近日在湛江、茂名、云浮采访看到，各地白蚁防治正在从“有蚁就灭”向“防治结合”转变。

湛江廉江市将白蚁预防纳入新建房屋竣工验收，未实施白蚁预防的不予办理竣工验收备案。湛江遂溪县也已将白蚁预防纳入新建房屋竣工验收。
湛江徐闻县拟于下半年将白蚁预防纳入竣工验收。湛江雷州市开展了白蚁危害普查，但没有将白蚁预防纳入竣工验收。

廉江市规定，包治期内发生白蚁危害的，白蚁防治单位接报后48小时内上门免费灭治。湛江吴川市也已实行包治期内接报后48小时内上门灭治。

茂名化州市对低保户、特困人员等困难家庭的既有房屋白蚁灭治给予补助。茂名信宜市也已对困难家庭白蚁灭治给予补助。茂名高州市计划明年
出台困难家庭白蚁灭治补助办法。茂名电白区向群众免费发放灭蚁药剂，但没有对白蚁灭治给予补助。

化州市还公布了既有房屋白蚁灭治收费指导价。茂名茂南区也已公布白蚁灭治收费指导价。

云浮罗定市对农村砖木、土木结构农房的白蚁灭治按户给予补助。云浮郁南县也已对农村农房白蚁灭治按户给予补助。云浮云安区拟于明年开展
农房白蚁灭治补助。

罗定市文物建筑和历史建筑的白蚁防治费用由财政全额承担。云浮云城区也已由财政承担文物建筑白蚁防治费用。

湛江坡头区的白蚁防治人员也到廉江学习了新建房屋白蚁预防施工规范。
""",
    "粤ICP备05070829号",
    ["广东部署汛期房屋安全隐患排查", "白蚁分飞季 专家教你识别白蚁"],
    "新闻 &gt; 民生",
)

N2_TITLE = "管好“地下血管” 肇庆潮州贺州推进城镇排水和污水管网建设"
N2 = news(
    N2_TITLE,
    "中国建设新闻网",
    "2026-07-21 10:05　来源：中国建设报　记者：韦晓林",
    """
城镇排水和污水管网是城市的“地下血管”。记者近日在广东肇庆、潮州和广西贺州采访了解到，各地在排水许可、雨污分流和管网接驳上
下功夫，城镇生活污水收集率稳步提高。

肇庆怀集县对排水许可实行告知承诺制，材料齐全并书面承诺的当场发证。肇庆广宁县也已对排水许可实行告知承诺制。肇庆封开县拟于年内
推行排水许可告知承诺制。肇庆德庆县开展了城镇排水管网普查，但没有推行排水许可告知承诺制。

怀集县对排水户实行分类管理，重点排水户每季度检测一次水质。肇庆四会市也已对排水户实行分类管理。

潮州饶平县对城镇居民户雨污分流入户改造按户给予补助。潮州潮安区也已对居民户雨污分流入户改造给予补助。潮州湘桥区计划明年启动
雨污分流入户改造补助。

贺州昭平县对城镇自建房接驳市政污水管网给予补助。贺州钟山县也已对自建房接驳污水管网给予补助。贺州富川瑶族自治县拟于明年出台
自建房接驳补助政策。贺州平桂区建设了农村生活污水处理设施，但没有对自建房接驳污水管网给予补助。

肇庆鼎湖区的排水管理人员也到怀集交流了排水许可“一窗通办”经验；贺州八步区的社区干部也到昭平观摩了管网接驳施工。
""",
    "京ICP备05059311号",
    ["住房城乡建设部部署城市排水防涝工作", "城镇污水处理提质增效三年行动成效显著"],
    "新闻 &gt; 城建",
)

N3_TITLE = "一棵树也要“办手续” 来宾加强城市树木保护"
N3 = news(
    N3_TITLE,
    "广西新闻网",
    "2026-05-28 15:40　来源：来宾日报　记者：蓝秋萍",
    """
行道树、小区树是城市的“绿色名片”。过去城市树木说砍就砍，如今在来宾，一棵树的砍伐、迁移都要“办手续”。

来宾象州县对砍伐城市树木按胸径分档收取绿化补偿费，并要求砍1株补植3株。来宾武宣县也已按胸径分档收取城市树木绿化补偿费。来宾
忻城县拟于年内出台城市树木绿化补偿费标准。来宾金秀瑶族自治县开展了古树名木挂牌保护，但没有收取城市树木绿化补偿费。

象州县对临时占用城市绿地按面积和占用时间收取临时占用费。来宾兴宾区也已对临时占用城市绿地收费。

合山市的园林工作者也到象州交流了行道树养护经验。
""",
    "桂ICP备05004568号",
    ["广西部署城市园林绿化提升行动", "城市行道树如何科学修剪"],
    "新闻 &gt; 生态",
)

N4_TITLE = "屋顶上“长”出小花园 柳州县区推进立体绿化"
N4 = news(
    N4_TITLE,
    "柳州新闻网",
    "2026-08-12 08:55　来源：柳州日报　记者：梁晨",
    """
楼顶种花草，外墙挂“绿帘”。记者近日在柳州多个县区看到，立体绿化正在成为城市增绿的新方式。

柳州鹿寨县对屋顶绿化按面积给予奖补，花园式和简单式屋顶绿化分档奖补。柳州柳城县也已对屋顶绿化按面积给予奖补。柳州融安县计划明年
出台屋顶绿化奖补政策。

“楼顶做了花园，夏天顶楼室内温度能降三四度。”鹿寨县城一位商铺业主说。

柳江区的不少市民也到鹿寨参观了屋顶花园。
""",
    "桂ICP备06001847号",
    ["柳州建设“花园城市”三年行动", "立体绿化要注意建筑荷载安全"],
    "新闻 &gt; 城市",
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4)]


def write_news() -> None:
    for title, html in NEWS:
        write(f"新闻/{title}.html", html)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_lianjiang()
    write_huazhou()
    write_luoding()
    write_huaiji()
    write_raoping()
    write_zhaoping()
    write_xiangzhou()
    write_luzhai()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
