"""Writes eval/policy41/docs: a forty-second probe collection (35 files), 长江禁渔与退捕渔民安置、动物防疫与病
死畜禽无害化处理、机动车驾驶培训 — what an old couple of 退捕渔民 paying their 城乡居民养老保险, a
fisherman whose 木质渔船 was broken up in April, a 梅川镇 villager who reported 电鱼 twice, a 谢家铺镇
farmer of pigs and goats, a 白鹿镇 farmer whose pigs died of a sickness, a man building a 猪场 in 辛冲街道,
a learner quitting before 科目三 and another whose 驾校 booked his exam too early ask (退捕渔民 养老保险 缴
费补贴, 灵活就业 补贴, 60周岁以上 养老补助, 过渡期生活补助, 户籍迁出; 渔船 船体 and 主机 补偿, 网具 补偿,
提前交船 奖励, “三无”船舶; 一次性就业 and 创业 补贴, 公益性岗位 补贴, 技能培训班; 休闲垂钓 “一人一杆、一线
一钩”, 渔获物 限量, 禁钓时段 and 水域, 罚款, 垂钓比赛 报备; 举报奖励 by 罚没款; 强制免疫 先打后补 per 头
and 只, 散养户 免费疫苗, 犬只 狂犬病 免费免疫, 被犬咬伤; 病死猪 无害化处理 补助 by 体重, 收集点, 报告 时限;
养殖场 备案 规模标准 and 防疫设施改造 补助; 驾培 先培训后付费 拨付比例, 退学退费, 计时培训, 学时申诉; 学时
标准, 约考, 投诉 时限) of eight new counties of 湖南, 江西 and 湖北 on the 洞庭湖, the 鄱阳湖 and the 长江
(沅江市, 鼎城区, 岳阳县, 进贤县, 庐山市, 武穴市, 新洲区, 蕲春县). Run once (``python -m
eval.policy41.make_docs``); the files are committed as data, and a second run writes the same bytes (the
.docx's zip entries carry a fixed time and its core dates are fixed, the PDF has no creation date or id,
the .gnumeric is gzipped with mtime 0 and no file name, the .emlx, .fb2 and exports carry fixed dates and
ids, the .fb2's cover PNG is written by hand).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of four news roundups that names a second region having done it (资阳区, 赫山区,
南昌县, 安义县, 黄梅县, 浠水县, 武陵区, 临澧县, 彭泽县, 柴桑区, 黄陂区, 云溪区, 麻城市); the roundups also
name regions that have only planned a measure (桃江县, 新建区, 东湖区, 团风县, 共青城市, 蔡甸区, 岳阳楼区, 红
安县), regions named only in passing (大通湖区, 余江区, 伍家岗区, 浮梁县, 汉南区) and regions that did
something else instead of the measure asked (青云谱区 技能培训 not 转产就业补贴, 罗田县 禁渔宣传 not 举报奖励,
濂溪区 无害化处理中心 not 按头补助, 东西湖区 养殖污染整治 not 备案, 英山县 教练员培训 not 计时培训). No county
name here stands in any earlier collection's generators, questions or documents (checked in every encoding and
archive member, and in traditional script).

The documents: a 沅江市 退捕渔民安置保障实施办法 beside its 征求意见稿 with other figures (40%, 每人每年最高
1200元, 10年, 2000元, 100元, 每人每月500元, 18个月, 2026年1月1日, a 子女 高中 资助 article of 每学年1000元 the
final text dropped) and a second copy of the final page as Windows Explorer names a copy (“ - 副本”), its 政策
解读 (问答) and a 12345 reply (2500元); a 进贤县 退捕渔船网具回收处置补偿方案 (.docx, two tables, the units
only in the header row), the 就业创业服务中心's notice on the 转产就业补贴 as a 乡镇社保所's Mac keeps it
(.emlx), the 技能培训班 list (.txt, GBK, CRLF) and a 领导留言板 reply (30220元); a 武穴市 休闲垂钓管理规定 (a
hard-wrapped three-page PDF whose wrap cuts 不超过2. | 5公斤), the 12345 工单 export (.jsonl), the 非法捕捞举
报奖励办法 and a 市长信箱 reply (2300元); a 鼎城区 强制免疫“先打后补”工作实施方案 (an HTML table), the 动物防
疫政策读本 (.fb2), the 犬只狂犬病集中免疫安排 (.txt, UTF-16 LE with a byte-order mark, CRLF) and a 12345 reply
(3450元); a 庐山市 病死畜禽无害化处理补助实施细则, the 补助发放台账 export (.ndjson), the 收集点分布表 (.txt,
GB18030, CRLF, space-aligned) and a 领导留言板 reply (630元); a 新洲区 畜禽规模养殖场备案 办事指南 (key-value
rows), the 备案规模标准 and 防疫设施改造补助 workbook (.gnumeric) and a 12345 reply (30000元); a 岳阳县 驾驶培
训“先培训后付费”服务管理办法, the 驾培监管服务平台's 学员端操作手册 (.adoc), the 退学退费 办事指南 (key-value
rows, a file named like 新洲区's) and a 12345 reply (2100元); a 蕲春县 学时管理和投诉处理办法 on the county's
繁體 site (hand-written traditional script, zh-TW), its 附件 投诉登记表 that came down empty (.docx, 0 bytes)
and a 领导留言板 reply (14学时).

New kinds of file none of eval/policy .. eval/policy40 had:
- a 12345 hot line's 工单 export as JSON lines (.jsonl): one object a line with Chinese keys (工单编号, 诉求内
  容, 办理结果, 承办单位 …), line breaks inside replies as \\n escapes, one row written with every non-ASCII
  character as a \\u escape (its 20时至次日5时 is not in the file as UTF-8), a blank line, a row pasted from a
  JSON array with a trailing comma (not JSON; its 提前30日向市农业农村局报备 only there), a pending row of
  nulls (武穴 工单: 实名登记, 0713-6216110, 20时至次日5时, 上下游各500米 and the 报备 only there);
- a 补助发放台账 as newline-delimited JSON (.ndjson): compact objects, CRLF, the amounts in 元 as the field
  names say (补助标准_元每头, 补助金额_元), one 头数 exported as a string, nulls, a 合计 line (庐山 台账:
  19170, 392 and 6月1日至6月10日 改送蛟塘镇收集点 only there);
- an Apple Mail message file (.emlx): the RFC 822 message's byte count on the first line, then a Foxmail
  multipart/alternative message with RFC 2047 GB2312 headers, a text part of GBK bytes declared gb2312 (王堃's
  堃 is not in GB2312) in base64 and CRLF, an HTML part in UTF-8 quoted-printable, then Apple's XML plist of
  flags (进贤 通知: 每人3000元, 每户8000元, 每人每月1300元, 2026年9月30日 and 0791-85672318 only there);
- a FictionBook 2 document (.fb2): the 动物防疫政策读本 with a description (title-info with an annotation and
  a cover page, document-info, publish-info), a body of chapters with nested sections, <strong> and <emphasis>
  runs cutting 满3月龄首次免疫, 每年加强免疫1次 and 至少15分钟, an epigraph, a note link, a notes body, and
  the cover as a base64 PNG <binary> (鼎城 读本: those three, 0736-7389110 and the note's 3.6万只 only there);
- a Gnumeric workbook (.gnumeric): gzip-compressed XML of the gnm namespace, a SheetNameIndex, two sheets of
  gnm:Cell with Row / Col / ValueType (40 numbers, 60 strings), a formula cell with no value, merged title
  rows (gnm:MergedRegions), the units only in the header rows (新洲 统计表: 10000 蛋鸡 存栏 and 12000 冷库 上
  限 only there);
- an AsciiDoc page (.adoc) of the platform's manual: a header with author and revision, attributes holding the
  answers and used in the text ({hotline}, {daily-limit}, {appeal}, {refund-time}, {photo}), an ordered list,
  a |=== table with a title and options, a NOTE: admonition and a [WARNING] block, a //// comment block
  keeping the old figures (10个工作日内, 不超过6学时, 3日内), include:: directives to files that are not there
  (岳阳县 手册: 0730-7625328, 不超过4学时, 学时产生之日起7日内, 5个工作日内原路退回 and 每20分钟随机抓拍1次
  only there).

Also: a 征求意见稿 beside its final text; a duplicate; an empty file; two files of one name (办事指南.html) in
two folders; a .docx with tables; GBK, GB18030 and UTF-16 text; a page in traditional script on the county's
own 繁體 site (蕲春: 夜間駕駛不少於2學時, 有效投訴3次以上 and 10個工作日內調查處理 only there); a hard-wrapped
PDF; two 办事指南 of key-value rows; pages of two CMS families (a 大汉-style portal and a TRS-style one) with
their navigation, 打印 / 分享 bars and footers; eight replies (12345 ×4, 领导留言板 ×3, 市长信箱) each
reckoning one asker's case to a figure only the reply holds."""

from __future__ import annotations

import base64
import gzip
import hashlib
import itertools
import json
import quopri
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

STAMP = (2026, 4, 14, 9, 30, 0)
WHEN = "2026-04-14T09:30:00Z"
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
    """第一条 … as paragraphs (the empty items dropped); an item's wrapped source lines are joined."""
    kept = ["".join(ln.strip() for ln in a.strip().splitlines()) for a in items if a]
    return "\n\n".join(f"第{cn(i)}条　{a}" for i, a in enumerate(kept, 1))


# ---------------------------------------------------------------------------------------------------------
# the county portals: two CMS families, each county its own furniture, and their 互动交流 boards
# ---------------------------------------------------------------------------------------------------------


class Site:
    def __init__(
        self, name: str, short: str, icp: str, code: str, police: str, tel: str, cms: str, app: str
    ) -> None:
        self.name, self.short, self.icp, self.code = name, short, icp, code
        self.police, self.tel, self.cms, self.app = police, tel, cms, app


YJ = Site(
    "沅江市人民政府",
    "沅江",
    "湘ICP备05012763号",
    "4309810001",
    "湘公网安备 43098102000071号",
    "0737-2721001",
    "hanweb",
    "湘易办",
)
JX = Site(
    "进贤县人民政府",
    "进贤",
    "赣ICP备05003218号",
    "3601240001",
    "赣公网安备 36012402000058号",
    "0791-85621001",
    "trs",
    "赣服通",
)
WX = Site(
    "武穴市人民政府",
    "武穴",
    "鄂ICP备05007215号",
    "4211820001",
    "鄂公网安备 42118202000046号",
    "0713-6221001",
    "hanweb",
    "鄂汇办",
)
DC = Site(
    "常德市鼎城区人民政府",
    "鼎城",
    "湘ICP备05018825号",
    "4307030001",
    "湘公网安备 43070302000092号",
    "0736-7221001",
    "trs",
    "湘易办",
)
LS = Site(
    "庐山市人民政府",
    "庐山",
    "赣ICP备05011206号",
    "3604830001",
    "赣公网安备 36048302000035号",
    "0792-2621001",
    "hanweb",
    "赣服通",
)
XZ = Site(
    "武汉市新洲区人民政府",
    "新洲",
    "鄂ICP备12009378号",
    "4201170001",
    "鄂公网安备 42011702000118号",
    "027-89351001",
    "trs",
    "鄂汇办",
)
YY = Site(
    "岳阳县人民政府",
    "岳阳县",
    "湘ICP备05006713号",
    "4306210001",
    "湘公网安备 43062102000049号",
    "0730-7621001",
    "hanweb",
    "湘易办",
)
QC = Site(
    "蕲春县人民政府",
    "蕲春",
    "鄂ICP备05009927号",
    "4211260001",
    "鄂公网安备 42112602000067号",
    "0713-7221001",
    "trs",
    "鄂汇办",
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
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="ArticleTitle" content="{title}">
<meta name="ColumnName" content="{crumb.split(" &gt; ")[-1]}">
<link rel="stylesheet" href="/module/web/jpage/jpage.css">
<script src="/module/jslib/jquery/jquery.js"></script>
<script src="/script/ariaTools.js" charset="utf-8"></script>
</head>
<body>
<div class="top"><div class="w1200"><span>欢迎访问{site.name}门户网站</span>
<span class="fr"><a href="#">{site.app}</a> <a href="#">无障碍浏览</a> <a href="#">关怀版</a> \
<a href="#">繁體</a> <a href="#">登录</a></span></div></div>
<div class="banner w1200"><h1 class="logo"><img src="/images/logo.png" alt="{site.name}"></h1>
<div class="sousuo"><input type="text" placeholder="请输入您要搜索的内容"><button>搜索</button></div></div>
<div class="nav"><ul class="w1200"><li><a href="#">首页</a></li><li><a href="#">走进{site.short}</a></li>\
<li><a href="#">政府信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li>\
<li><a href="#">专题专栏</a></li></ul></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="w1200 content">
<div class="tit"><h2>{title}</h2></div>
<div class="property">{meta}　<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>\
　<a href="javascript:window.print()">打印</a></div>
<div class="article" id="zoom">
{body}
</div>
<div class="share">分享：<a class="wx">微信</a> <a class="wb">微博</a></div>
</div>
<div class="w1200 related"><div class="hd">相关链接</div><ul>{lis}</ul></div>
<div class="footer"><div class="w1200">
<p><a href="#">关于本网</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>主办：{site.name}办公室　承办：{site.name[:-4]}数据局　联系电话：{site.tel}</p>
<p><a href="https://beian.miit.gov.cn/">{site.icp}</a>　{site.police}　网站标识码：{site.code}</p>
<p><img src="/images/dzjg.png" alt="党政机关"> <img src="/images/jiucuo.png" alt="政府网站找错"></p>
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
<link href="/images/index2021.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/images/zt_js/wza.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tophead"><tr>
<td><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">手机版</a> | \
<a href="#">无障碍</a></td>
<td align="right"><a href="#">{site.app}</a> <a href="#">政务服务网</a></td></tr></table>
<div class="logo_bg"><div class="logo">{site.name}</div></div>
<div class="daohang"><a href="#">网站首页</a><a href="#">信息公开</a><a href="#">网上办事</a>\
<a href="#">政民互动</a><a href="#">魅力{site.short}</a></div>
<div class="dqwz">您现在的位置：<a href="#">首页</a> &gt; {crumb}</div>
<div class="xilan">
<div class="xilan_tit">{title}</div>
<div class="xilan_ly">{meta}　【<a href="#">我要纠错</a>】　【<a href="javascript:doPrint()">打印</a>】\
　【<a href="javascript:window.close()">关闭</a>】</div>
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
    """A letter and its reply on the portal's 政民互动 board, laid out as a table of fields."""
    body = f"""<table class="hdjl" width="100%" border="1" cellspacing="0" cellpadding="6">
<tr><th width="15%">编号</th><td>{number}</td><th width="15%">留言时间</th><td>{asked}</td></tr>
<tr><th>留言人</th><td>{who}</td><th>状态</th><td>已回复</td></tr>
<tr><th>标题</th><td colspan="3">{title}</td></tr>
<tr><th>留言内容</th><td colspan="3">{P(text)}</td></tr>
<tr><th>答复单位</th><td>{unit}</td><th>答复时间</th><td>{replied}</td></tr>
<tr><th>答复内容</th><td colspan="3">{P(reply)}</td></tr>
</table>
<div class="pj">满意度：<span class="on">满意</span></div>"""
    return portal(site, title, f"政民互动 &gt; {board}", replied, board, body)


def signed(unit: str, date: str) -> str:
    return f'<p style="text-align:right">{unit}</p><p style="text-align:right">{date}</p>'


# ---------------------------------------------------------------------------------------------------------
# 1-5 沅江市: the 退捕渔民安置保障实施办法 beside its 征求意见稿 (and a copy of it), its 政策解读, a 12345
# reply
# ---------------------------------------------------------------------------------------------------------

YJ_TITLE = "沅江市退捕渔民安置保障实施办法"
YJ_DRAFT_TITLE = f"关于公开征求《{YJ_TITLE}（征求意见稿）》意见的公告"
YJ_RATE = ("50%", "40%")  # 城乡居民养老保险 个人缴费 补贴比例, final and draft
YJ_CAP = ("1500元", "1200元")  # 每人每年最高
YJ_YEARS = ("15年", "10年")
YJ_FLEX = ("2400元", "2000元")  # 灵活就业 企业职工养老保险 每人每年
YJ_OLD = ("120元", "100元")  # 60周岁以上 每人每月 养老补助
YJ_MONTHLY = ("600元", "500元")  # 过渡期生活补助 每人每月
YJ_MONTHS = ("12个月", "18个月")
YJ_START = ("2026年3月1日", "2026年1月1日")


def yj_articles(draft: bool) -> str:
    i = 1 if draft else 0
    return articles(
        [
            """为做好长江流域重点水域禁捕退捕渔民安置保障工作，保障退捕渔民基本生活和长远生计，
            根据《中华人民共和国长江保护法》和省、益阳市有关规定，结合本市实际，制定本办法。""",
            """本办法所称退捕渔民，是指本市南洞庭湖、东南湖等禁捕水域已签订退捕协议、交回捕捞
            许可证并经建档立卡的渔民。""",
            """市农业农村局负责退捕渔民身份认定和建档立卡；市人力资源和社会保障局负责退捕渔民
            社会保障和转产就业；各乡镇（街道）设立渔民安置工作站，负责申请受理和初审。""",
            f"""退捕渔民参加城乡居民基本养老保险、选择每年2000元及以上缴费档次的，按个人缴费额的
            {YJ_RATE[i]}给予缴费补贴，每人每年最高{YJ_CAP[i]}，补贴期限最长{YJ_YEARS[i]}。""",
            f"""退捕渔民以灵活就业人员身份参加企业职工基本养老保险的，每人每年给予缴费补贴
            {YJ_FLEX[i]}，与前条补贴不得同时享受。""",
            f"""已年满60周岁的退捕渔民，在按月领取城乡居民基本养老保险待遇的基础上，由市财政每人
            每月另发放退捕渔民养老补助{YJ_OLD[i]}。""",
            f"""年满16周岁至未满60周岁、尚未就业的退捕渔民，按每人每月{YJ_MONTHLY[i]}发放过渡期
            生活补助，发放期限{YJ_MONTHS[i]}。已就业、领取失业保险金或者享受最低生活保障待遇
            期间，停发过渡期生活补助。""",
            "退捕渔民家庭子女就读普通高中、中等职业学校的，每人每学年资助1000元。" if draft else "",
            "困难退捕渔民参加城乡居民基本医疗保险的个人缴费部分，由市财政全额资助。",
            "本办法规定的补贴按季度发放，直接拨付到退捕渔民本人社会保障卡账户。",
            """以欺骗、伪造证明材料等手段骗取补贴的，由发放部门责令退回，取消其享受资格，并依法追究相关人员
            责任。""",
            f"本办法自{YJ_START[i]}起施行，有效期5年。",
        ]
    )


YJ_DRAFT_LEAD = f"""
为增强规范性文件制定的公开性和透明度，现将《{YJ_TITLE}（征求意见稿）》全文公布，公开征求社会各界意见。
征求意见时间为2025年11月20日至2025年12月19日。

意见建议可以通过信函寄至沅江市人力资源和社会保障局社会保险股（信封注明“退捕渔民安置办法意见”），或者
发送电子邮件至市人力资源和社会保障局公开邮箱。

沅江市人力资源和社会保障局

2025年11月20日
"""

YJ_READ = """
问：全市有多少退捕渔民？

答：本市共回收退捕渔船2316艘，建档立卡退捕渔民4689人，其中已转产就业3870人，已参加基本养老保险的
4512人。

问：户口迁出沅江，还能享受补贴吗？

答：退捕渔民户籍迁出本市的，从迁出的次月起停止享受本办法规定的各项补贴；已缴费年度的养老保险缴费补贴
照常发放。

问：过渡期生活补助从什么时候开始算？

答：从退捕渔民提出申请、经审核通过的次月起计发，发放期满或者实现就业的停发。

问：怎么申请？

答：本人持身份证、社会保障卡和退捕协议，到户籍所在乡镇（街道）渔民安置工作站申请。乡镇（街道）在10个
工作日内完成初审，市人力资源和社会保障局在15个工作日内完成审核。
"""

YJ_REPLY_Q = "我和老伴都是退捕渔民，今年交城乡居民养老保险，政府能补多少？"


def yj_reply_parts() -> tuple[int, int, int]:
    mine, hers = min(3000 * 50 // 100, 1500), min(2000 * 50 // 100, 1500)
    assert (mine, hers) == (1500, 1000)
    return mine, hers, mine + hers


def write_yuanjiang() -> None:
    final = portal(
        YJ,
        YJ_TITLE,
        "政府信息公开 &gt; 规范性文件",
        "2026-02-10",
        "沅江市人力资源和社会保障局",
        P(yj_articles(False)) + signed("沅江市人民政府办公室", "2026年2月10日"),
        f"沅政办规{L}2026{R}3号",
        related=[
            f"《{YJ_TITLE}》政策解读",
            "益阳市退捕渔民安置保障工作推进会召开",
            "南洞庭湖禁捕水域巡护工作方案",
        ],
    )
    write(f"湖南/沅江市/{YJ_TITLE}.html", final)
    write(f"湖南/沅江市/{YJ_TITLE} - 副本.html", final)
    write(
        f"湖南/沅江市/{YJ_DRAFT_TITLE}.html",
        portal(
            YJ,
            YJ_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2025-11-20",
            "沅江市人力资源和社会保障局",
            P(YJ_DRAFT_LEAD)
            + f'\n<p style="text-align:center"><strong>{YJ_TITLE}（征求意见稿）</strong></p>\n'
            + P(yj_articles(True)),
        ),
    )
    write(
        "湖南/沅江市/政策解读.html",
        portal(
            YJ,
            f"《{YJ_TITLE}》政策解读",
            "政府信息公开 &gt; 政策解读",
            "2026-02-12",
            "沅江市人力资源和社会保障局",
            P(YJ_READ),
            related=[YJ_TITLE, "图解：退捕渔民安置保障“五问”"],
        ),
    )
    mine, hers, total = yj_reply_parts()
    assert total == 2500
    write(
        f"湖南/沅江市/12345 {YJ_REPLY_Q}.html",
        letter(
            YJ,
            "12345热线",
            YJ_REPLY_Q,
            "胡**（琼湖街道）",
            "2026-04-07",
            """
我和老伴都是琼湖街道的退捕渔民，2020年退捕上岸，都建档立卡了。我今年57岁，城乡居民养老保险准备交3000元
那一档；老伴55岁，交2000元那一档。请问今年政府能给我们两口子补多少钱？钱打到哪里？
""",
            "沅江市人力资源和社会保障局",
            "2026-04-10",
            f"""
您好！根据《{YJ_TITLE}》，退捕渔民参加城乡居民基本养老保险、选择每年2000元及以上缴费档次的，按个人缴费额
的50%给予缴费补贴，每人每年最高1500元。

您选择3000元档次，补贴3000×50%={mine}元；您爱人选择2000元档次，补贴2000×50%={hers}元，两人合计{total}元。
补贴按季度发放，直接拨付到两位本人的社会保障卡账户。
""",
            "YJ12345-20260407-0263",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 6-9 进贤县: the 退捕渔船网具回收处置补偿方案 (.docx, two tables, the units in the header row), the 就业创业
# 服务中心's notice on the 转产就业补贴 as Apple Mail keeps it (.emlx), the 技能培训班 list (.txt, GBK, CRLF),
# a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

JX_TITLE = "进贤县退捕渔船网具回收处置补偿方案"
JX_DOCX = f"{JX_TITLE}.docx"
JX_HULL = {"钢质": 3200, "木质、玻璃钢": 2400, "非机动船": 900}  # 元/米
JX_ENGINE = 260  # 元/千瓦
JX_NETS = {"定置网（迷魂阵）": 300, "刺网、拖网": 150, "地笼网": 60}  # 元/套
JX_EARLY = 2000  # 4月30日前交船 每艘
JX_BLOCKS: list = [
    f"# {JX_TITLE}",
    "为巩固军山湖、青岚湖等鄱阳湖水系禁捕水域退捕成果，规范退捕渔船网具回收处置和补偿工作，根据省、南昌市关于"
    "长江流域重点水域禁捕退捕的部署，结合我县实际，制定本方案。",
    "## 一、回收范围",
    "已签订退捕协议渔民的生产渔船和网具，由县农业农村局统一回收、集中拆解。“三无”船舶一律拆解，不予补偿。",
    "## 二、渔船补偿标准",
    "渔船按船长和主机功率分别计算补偿，船长、功率以船舶检验证书记载为准，补偿总额不超过单船封顶标准。",
    [
        ["船体材质", "船体补偿（元/米）", "主机补偿（元/千瓦）", "单船封顶（万元）"],
        ["钢质", str(JX_HULL["钢质"]), str(JX_ENGINE), "8"],
        ["木质、玻璃钢", str(JX_HULL["木质、玻璃钢"]), str(JX_ENGINE), "5"],
        ["非机动船", str(JX_HULL["非机动船"]), "—", "1"],
    ],
    "## 三、网具补偿标准",
    [
        ["网具类型", "补偿标准（元/套）", "计量说明"],
        ["定置网（迷魂阵）", str(JX_NETS["定置网（迷魂阵）"]), "按实际回收套数计"],
        ["刺网、拖网", str(JX_NETS["刺网、拖网"]), "按实际回收套数计"],
        ["地笼网", str(JX_NETS["地笼网"]), "每10条折算1套"],
    ],
    "## 四、交船时限和奖励",
    f"2026年4月30日前交船并完成拆解的，每艘另奖励{JX_EARLY}元；2026年6月30日后仍未交船的，不予补偿，依法"
    "强制拆解。",
    "## 五、资金发放",
    "拆解完成、经乡镇和县农业农村局验收合格后20个工作日内，补偿资金一次性拨付到渔民本人社会保障卡账户。",
    "## 六、保障措施",
    "县农业农村局牵头组织实施，县财政局负责资金保障，各乡镇负责渔船网具登记、集中停泊和看管。",
    "进贤县农业农村局　2026年3月",
]

JX_REPLY_Q = "我家木质渔船9米长、22千瓦的机子，4月中旬交了，还有6套刺网，一共能补多少？"


def jx_reply_parts() -> tuple[int, int, int, int]:
    hull, engine = 9 * JX_HULL["木质、玻璃钢"], 22 * JX_ENGINE
    nets = 6 * JX_NETS["刺网、拖网"]
    assert hull + engine <= 50000
    total = hull + engine + JX_EARLY + nets
    assert (hull, engine, nets, total) == (21600, 5720, 900, 30220)
    return hull, engine, nets, total


# the 转产就业补贴 notice, as a 乡镇社保所's Mac keeps it: the 就业创业服务中心's Foxmail message (its text
# part GBK bytes declared gb2312, in base64; its HTML part UTF-8 in quoted-printable) and Apple Mail's plist
JX_EMLX = "转产就业补贴申领通知.emlx"
JX_MAIL_SUBJECT = "关于做好2026年退捕渔民转产就业补贴申领工作的通知"
JX_MAIL_TEL = "0791-85672318"
JX_MAIL_BODY = f"""各乡镇社保所：

根据《进贤县退捕渔民转产就业帮扶实施意见》，现将2026年退捕渔民转产就业补贴申领有关事项通知如下：

一、补贴项目和标准
1.一次性就业补贴：退捕渔民与用人单位签订1年以上劳动合同并连续缴纳社会保险满6个月的，每人3000元。
2.一次性创业补贴：退捕渔民首次创办经营实体、领取营业执照并正常经营6个月以上的，每户8000元。
3.公益性岗位补贴：安置在护渔员、保洁员等公益性岗位的，每人每月1300元，最长3年。
4.跨省就业交通补贴：到省外稳定就业3个月以上的，一次性每人500元。

二、申领时间
即日起至2026年9月30日，逾期不再受理。

三、办理流程
退捕渔民向户籍所在乡镇社保所申请，社保所7个工作日内初审后报县就业创业服务中心，中心审核公示5天无异议的，
补贴发放到本人社会保障卡。

四、其他
请各社保所于每月5日前报送上月申领汇总表（附件见OA系统）。

联系人：王堃，电话{JX_MAIL_TEL}

进贤县就业创业服务中心
2026年5月12日
"""


def jx_mail_html() -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in JX_MAIL_BODY.split("\n") if p.strip())
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div style="font-family:宋体;font-size:14px">{paras}</div>'
        '<div><br></div><hr style="width:210px;height:1px" align="left">'
        "<div><span>jxjyzx@jinxian-hrss.example</span></div></body></html>"
    )


def jx_message() -> bytes:
    """The RFC 822 message: multipart/alternative, a GBK text part declared gb2312 (王堃's 堃 is not in
    GB2312) in base64, an HTML part in UTF-8 quoted-printable; LF line ends, as Apple Mail stores them."""
    subject = "=?GB2312?B?" + base64.b64encode(JX_MAIL_SUBJECT.encode("gbk")).decode() + "?="
    sender, to = (
        "=?GB2312?B?" + base64.b64encode(name.encode("gbk")).decode() + "?="
        for name in ("进贤县就业创业服务中心", "各乡镇社保所")
    )
    plain = base64.encodebytes(JX_MAIL_BODY.replace("\n", "\r\n").encode("gbk")).decode().strip()
    html = quopri.encodestring(jx_mail_html().encode("utf-8")).decode("ascii")
    boundary = "----=_NextPart_6A1F3C2B_0E7D4A58_39D1B6F0"
    lines = [
        "Return-Path: <jxjyzx@jinxian-hrss.example>",
        "Received: from mail.jinxian-hrss.example (10.36.12.5) by mx.jinxian-hrss.example;",
        " Tue, 12 May 2026 09:41:29 +0800",
        f'From: "{sender}" <jxjyzx@jinxian-hrss.example>',
        f'To: "{to}" <xzsbs@jinxian-hrss.example>',
        f"Subject: {subject}",
        "Date: Tue, 12 May 2026 09:41:27 +0800",
        "Message-ID: <tencent_5F3A9C21E0B74D66@jinxian-hrss.example>",
        "X-Mailer: Foxmail 7.2.25.254[cn]",
        "Mime-Version: 1.0",
        f'Content-Type: multipart/alternative;\n\tboundary="{boundary}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        'Content-Type: text/plain;\n\tcharset="gb2312"',
        "Content-Transfer-Encoding: base64",
        "",
        plain,
        "",
        f"--{boundary}",
        'Content-Type: text/html;\n\tcharset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        html.rstrip("\n"),
        "",
        f"--{boundary}--",
        "",
    ]
    return "\n".join(lines).encode("ascii")


def jx_emlx() -> bytes:
    """Apple Mail's .emlx: the message's byte count on the first line, the message, then the plist of the
    flags Mail keeps (date received as seconds since 1970, flags, the IMAP uid, the mailbox)."""
    msg = jx_message()
    plist = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>color</key>
	<string>000000</string>
	<key>conversation-id</key>
	<integer>41872</integer>
	<key>date-last-viewed</key>
	<integer>1778551502</integer>
	<key>date-received</key>
	<integer>1778550089</integer>
	<key>flags</key>
	<integer>8623750145</integer>
	<key>original-mailbox</key>
	<string>imap://sanlixiang%40jinxian-hrss.example@imap.jinxian-hrss.example/INBOX</string>
	<key>remote-id</key>
	<string>3318</string>
	<key>subject</key>
	<string>{escape(JX_MAIL_SUBJECT)}</string>
</dict>
</plist>
"""
    return f"{len(msg):<10}\n".encode("ascii") + msg + plist.encode("utf-8")


JX_TXT = "进贤县2026年退捕渔民免费技能培训班安排.txt"
JX_TRAIN = """进贤县2026年退捕渔民免费技能培训班安排

一、培训对象
建档立卡、有培训意愿的退捕渔民，年龄16至60周岁。

二、培训班次
1.挖掘机操作班：5月18日至6月16日，县职业技术学校实训基地（民和镇），名额40人；
2.中式烹调班：6月8日至6月22日，李渡镇文化站，名额30人；
3.电子商务（直播带货）班：7月6日至7月15日，县电商产业园，名额50人；
4.水产养殖技术班：9月7日至9月16日，三里乡渔民安置点，名额40人。

三、培训待遇
培训期间免收培训费、教材费，每人每天60元生活费补贴；
取得职业技能等级证书的，鉴定费由县就业补助资金列支。

四、报名方式
到户籍所在乡镇社保所报名，各班报名截止到开班前7日。

进贤县人力资源和社会保障局
2026年4月20日
"""


def write_jinxian() -> None:
    write_bytes(
        f"江西/进贤县/{JX_DOCX}",
        make.docx_bytes(JX_BLOCKS, "进贤县农业农村局", "第 1 页", "进贤县农业农村局", WHEN, STAMP),
    )
    write_bytes(f"江西/进贤县/{JX_EMLX}", jx_emlx())
    write(f"江西/进贤县/{JX_TXT}", JX_TRAIN.replace("\n", "\r\n"), "gbk")
    hull, engine, nets, total = jx_reply_parts()
    write(
        f"江西/进贤县/领导留言板 {JX_REPLY_Q}.html",
        letter(
            JX,
            "领导留言板",
            JX_REPLY_Q,
            "网友“三里老渔民”",
            "2026-05-06",
            """
我是三里乡的退捕渔民，家里有一条木质渔船，是2009年买的，船检证书上写的船长9米，主机22千瓦，另外还有刺网
6套、地笼十几条。4月18日已经把船和网交到乡里的集中拆解点拆掉了。请问一共能补多少钱？什么时候到账？
""",
            "进贤县农业农村局",
            "2026-05-09",
            f"""
您好！根据《{JX_TITLE}》，木质渔船船体补偿每米2400元、主机补偿每千瓦260元，单船封顶5万元；2026年4月30日前
交船并完成拆解的每艘另奖励2000元；刺网每套补偿150元。

您家渔船船体补偿9×2400={hull}元，主机补偿22×260={engine}元，未超过单船封顶；4月18日交船，奖励2000元；刺网6套
补偿6×150={nets}元；合计{total}元。地笼网按每10条折算1套，请您到三里乡核实实际条数后另行计算。补偿资金在验收
合格后20个工作日内拨付到您的社会保障卡账户。
""",
            "JXLY-2026-0506-047",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 10-13 武穴市: the 长江禁捕水域休闲垂钓管理规定 (a hard-wrapped PDF, its wrap cutting a figure), the 12345
# hot line's 工单 export (.jsonl), the 非法捕捞举报奖励办法, a 市长信箱 reply
# ---------------------------------------------------------------------------------------------------------

WX_TITLE = "武穴市长江禁捕水域休闲垂钓管理规定"
WX_PDF = f"{WX_TITLE}.pdf"
WX_WIDTH = 34
WX_PAGES = [
    f"""
{WX_TITLE}
武政办发{L}2026{R}7号
第一条　为规范长江禁捕水域休闲垂钓行为，保护长江水生生物资源，根据《中华人民共和国长江保护法》\
《中华人民共和国渔业法》和省有关规定，结合本市实际，制定本规定。
第二条　本规定适用于长江武穴段、太白湖等本市禁捕水域内的休闲垂钓活动。
第三条　休闲垂钓实行“一人一杆、一线一钩”，钓竿长度不超过7.2米。
第四条　禁止使用多竿多线多钩、锚鱼、可视锚鱼、探鱼设备、船钓和筏钓等方式垂钓，\
禁止使用含有毒有害物质的钓饵。
""",
    """
第五条　下列水域全年禁止垂钓：（一）长江武穴段水产种质资源保护区核心区；\
（二）鱼类产卵场、越冬场；（三）码头、取水口等设施的安全保护范围。
第六条　在本市禁捕水域内休闲垂钓的，垂钓者每人每日的渔获物不超过2.5公斤（单尾超重的以1尾为限）。\
钓获中华鲟、长江江豚、胭脂鱼等重点保护水生野生动物和长江刀鲚的，应当立即无损放生。
第七条　禁止出售休闲垂钓渔获物。
""",
    """
第八条　违反本规定第三条、第四条，使用禁用钓具或者方式垂钓的，由市农业农村局责令改正，\
没收渔具和渔获物，处500元以上2000元以下罚款；使用可视锚鱼、探鱼设备的，\
处2000元以上5000元以下罚款；构成犯罪的，依法追究刑事责任。
第九条　本规定自2026年4月1日起施行。
武穴市人民政府办公室
2026年3月12日
""",
]


def wx_check_wrap() -> None:
    lines = make.hard_wrap(WX_PAGES[1], WX_WIDTH)
    assert any(a.endswith("不超过2.") and b.startswith("5公斤") for a, b in itertools.pairwise(lines)), lines


WX_JSONL = "wx12345_gongdan_jinyu_202606.jsonl"
WX_HOTLINE = "0713-6216110"
# the 工单 rows, in the order the export wrote them; "ascii" rows were written with every non-ASCII
# character as a \\u escape, the "comma" row with a trailing comma (not JSON), and a blank line after row 4
WX_ROWS: list[tuple[str, dict[str, object]]] = [
    (
        "",
        {
            "工单编号": "WX2026040300127",
            "受理时间": "2026-04-03 10:12:35",
            "来电人": "刘**",
            "诉求类型": "咨询",
            "诉求标题": "在长江边钓鱼要办证吗",
            "诉求内容": "听说长江禁渔了，我平时周末喜欢在江堤下面钓鱼，现在还能钓吗？要不要办钓鱼证？",
            "办理结果": "您好！长江武穴段禁捕水域允许休闲垂钓，实行“一人一杆、一线一钩”。\n"
            "垂钓无需办理垂钓证，但须通过“武穴垂钓”微信小程序实名登记，登记后生成垂钓电子码，"
            "执法人员检查时出示即可。\n"
            f"如有疑问请拨打市渔政执法大队值班电话{WX_HOTLINE}。",
            "承办单位": "武穴市农业农村局",
            "办结时间": "2026-04-04 15:20:10",
            "状态": "已办结",
            "满意度": "满意",
        },
    ),
    (
        "",
        {
            "工单编号": "WX2026041100452",
            "受理时间": "2026-04-11 06:48:02",
            "来电人": "匿名",
            "诉求类型": "举报",
            "诉求标题": "江堤外滩有人用锚鱼竿锚鱼",
            "诉求内容": "田家镇江堤外滩有两个人用带探鱼器的长竿锚鱼，已经锚了好几条大鱼，请尽快来人。",
            "办理结果": "经市渔政执法大队现场查处，当事人使用可视锚鱼设备垂钓，已没收钓具，处罚款3000元。\n"
            "举报属实，已按规定给予举报人奖励500元。",
            "承办单位": "武穴市农业农村局",
            "办结时间": "2026-05-06 17:02:44",
            "状态": "已办结",
            "满意度": "非常满意",
        },
    ),
    (
        "ascii",
        {
            "工单编号": "WX2026042000219",
            "受理时间": "2026-04-20 21:15:37",
            "来电人": "陈**",
            "诉求类型": "咨询",
            "诉求标题": "晚上能在江边夜钓吗",
            "诉求内容": "下班后想去江边钓一会儿，晚上能钓吗？有没有时间限制？",
            "办理结果": "您好！根据市农业农村局2026年第2号通告，禁捕水域每日20时至次日5时禁止垂钓，"
            "请您合理安排垂钓时间。",
            "承办单位": "武穴市农业农村局",
            "办结时间": "2026-04-22 09:30:18",
            "状态": "已办结",
            "满意度": "满意",
        },
    ),
    (
        "",
        {
            "工单编号": "WX2026050600803",
            "受理时间": "2026-05-06 16:22:09",
            "来电人": "吴**",
            "诉求类型": "咨询",
            "诉求标题": "钓到刀鱼能带走吗",
            "诉求内容": "今天在江边钓到一条刀鱼，30多公分长，能带回家吗？",
            "办理结果": "您好！长江刀鲚钓获后应当立即无损放生，不得带离。感谢您爱护长江渔业资源。",
            "承办单位": "武穴市农业农村局",
            "办结时间": "2026-05-07 10:05:51",
            "状态": "已办结",
            "满意度": "满意",
        },
    ),
    ("blank", {}),
    (
        "",
        {
            "工单编号": "WX2026051500366",
            "受理时间": "2026-05-15 11:40:26",
            "来电人": "匿名",
            "诉求类型": "投诉",
            "诉求标题": "举报奖励一直没收到",
            "诉求内容": "我4月11日举报了江堤外滩锚鱼，说是给奖励，到现在也没收到。",
            "办理结果": "经核实，您4月11日举报的锚鱼案件已于5月6日办结，奖励金500元已于5月20日转账至您提供的"
            "银行账户，请注意查收。",
            "承办单位": "武穴市农业农村局",
            "办结时间": "2026-05-20 16:12:03",
            "状态": "已办结",
            "满意度": "满意",
        },
    ),
    (
        "",
        {
            "工单编号": "WX2026052200517",
            "受理时间": "2026-05-22 22:03:45",
            "来电人": "黄**",
            "诉求类型": "投诉",
            "诉求标题": "江堤路广场舞音响太吵",
            "诉求内容": "江堤路滨江广场每晚广场舞音响开到十点多，影响休息。",
            "办理结果": "已联系刊江街道和社区劝导，广场舞活动调整为21:30前结束，音量已调低。",
            "承办单位": "武穴市城市管理执法局",
            "办结时间": "2026-05-25 14:47:30",
            "状态": "已办结",
            "满意度": "基本满意",
        },
    ),
    (
        "",
        {
            "工单编号": "WX2026060200294",
            "受理时间": "2026-06-02 07:55:13",
            "来电人": "郭**",
            "诉求类型": "咨询",
            "诉求标题": "能在码头边上钓鱼吗",
            "诉求内容": "武穴港码头边上水深鱼多，可以在那钓鱼吗？",
            "办理结果": "您好！武穴港客运码头、轮渡码头上下游各500米范围内禁止垂钓，请到其他允许垂钓的江段"
            "垂钓。",
            "承办单位": "武穴市农业农村局",
            "办结时间": "2026-06-03 11:26:40",
            "状态": "已办结",
            "满意度": "满意",
        },
    ),
    (
        "comma",
        {
            "工单编号": "WX2026061000158",
            "受理时间": "2026-06-10 09:18:27",
            "来电人": "钓鱼协会 周**",
            "诉求类型": "咨询",
            "诉求标题": "江边能办钓鱼比赛吗",
            "诉求内容": "我们钓鱼协会想在江边办一次钓鱼比赛，可以吗？要走什么手续？",
            "办理结果": "您好！在禁捕水域举办垂钓比赛的，主办方须提前30日向市农业农村局报备，参赛人数不超过"
            "100人，比赛实行钓获即放。",
            "承办单位": "武穴市农业农村局",
            "办结时间": "2026-06-12 15:33:06",
            "状态": "已办结",
            "满意度": "满意",
        },
    ),
    (
        "",
        {
            "工单编号": "WX2026062800611",
            "受理时间": "2026-06-28 05:36:50",
            "来电人": "匿名",
            "诉求类型": "举报",
            "诉求标题": "太白湖有人电鱼",
            "诉求内容": "太白湖东岸凌晨有人开小船电鱼，电瓶和网都在船上。",
            "办理结果": None,
            "承办单位": "武穴市农业农村局",
            "办结时间": None,
            "状态": "办理中",
            "满意度": None,
        },
    ),
]


def wx_jsonl() -> bytes:
    """The export: one JSON object a line, UTF-8, LF; the rows' peculiarities as WX_ROWS marks them."""
    lines = []
    for mark, row in WX_ROWS:
        if mark == "blank":
            lines.append("")
            continue
        text = json.dumps(row, ensure_ascii=mark == "ascii")
        lines.append(text + ("," if mark == "comma" else ""))
    return ("\n".join(lines) + "\n").encode("utf-8")


WX_REWARD_TITLE = "武穴市长江禁捕水域非法捕捞举报奖励办法"
WX_REWARD = articles(
    [
        """为鼓励社会公众举报长江禁捕水域非法捕捞行为，巩固长江禁渔成果，根据有关法律法规，结合本市实际，
        制定本办法。""",
        """本办法所称非法捕捞行为，是指在本市禁捕水域电鱼、毒鱼、炸鱼，使用禁用渔具捕捞，违规垂钓，以及非法
        收购、运输、销售长江野生鱼等行为。""",
        "举报人可以通过12345热线、“武穴渔政”微信公众号或者直接到市农业农村局举报，提倡实名举报。",
        """举报经查实的，按照下列标准给予奖励：（一）予以行政处罚、罚没款1万元以下的，每起奖励500元；
            （二）予以
        行政处罚、罚没款1万元以上的，按罚没款的5%给予奖励，每起最高5000元；
        （三）涉嫌犯罪移送司法机关并立案的，
        每起奖励3000元。""",
        "同一违法行为有两个以上举报人举报的，奖励最先举报的举报人。",
        "奖励资金在案件办结后15个工作日内发放，由市农业农村局通知举报人领取或者转账。",
        "市农业农村局对举报人信息严格保密，未经举报人同意不得公开。",
        "执法人员及其近亲属举报的，不予奖励。",
        "本办法自2026年3月15日起施行。",
    ]
)

WX_REPLY_Q = "我举报了两起电鱼，一起罚了8000元，一起罚没3.6万元，能拿多少奖励？"


def wx_reply_parts() -> tuple[int, int, int]:
    first, second = 500, min(36000 * 5 // 100, 5000)
    assert (first, second) == (500, 1800)
    return first, second, first + second


def write_wuxue() -> None:
    wx_check_wrap()
    OUT.write_pdf(
        f"湖北/武穴市/{WX_PDF}",
        WX_PAGES,
        "武穴市人民政府办公室文件",
        WX_WIDTH,
        lambda n, total: f"— {n} —",
        285,
    )
    write_bytes(f"湖北/武穴市/{WX_JSONL}", wx_jsonl())
    write(
        f"湖北/武穴市/{WX_REWARD_TITLE}.html",
        portal(
            WX,
            WX_REWARD_TITLE,
            "政府信息公开 &gt; 通知公告",
            "2026-03-10",
            "武穴市农业农村局",
            P(WX_REWARD) + signed("武穴市农业农村局", "2026年3月10日"),
            f"武农发{L}2026{R}5号",
            related=[WX_TITLE, "黄冈市长江禁渔联合执法行动启动"],
        ),
    )
    first, second, total = wx_reply_parts()
    assert total == 2300
    write(
        f"湖北/武穴市/市长信箱 {WX_REPLY_Q}.html",
        letter(
            WX,
            "市长信箱",
            WX_REPLY_Q,
            "万**（梅川镇）",
            "2026-06-15",
            """
市长您好！我家住梅川镇，今年4月和5月在太白湖边两次看到有人半夜开船电鱼，都打12345实名举报了。后来听说第一起
罚了8000元，第二起那伙人是团伙，罚没了3.6万元。请问这两起我能拿多少举报奖励？
""",
            "武穴市农业农村局",
            "2026-06-18",
            f"""
您好！根据《{WX_REWARD_TITLE}》，举报经查实、予以行政处罚且罚没款1万元以下的，每起奖励500元；
罚没款1万元以上的，
按罚没款的5%给予奖励，每起最高5000元。

您举报的第一起案件罚款8000元，奖励{first}元；第二起案件罚没款3.6万元，奖励36000×5%={second}元；
两起合计{total}元。
奖励资金在案件办结后15个工作日内发放，我局将电话通知您领取。
""",
            "WXSZXX-2026-0615-012",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 14-17 鼎城区: the 强制免疫“先打后补”工作实施方案, the 动物防疫政策读本 (.fb2, FictionBook 2), the 犬只狂犬病
# 集中免疫安排 (.txt, UTF-16 LE, CRLF), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

DC_TITLE = "鼎城区2026年动物疫病强制免疫“先打后补”工作实施方案"
DC_PIG, DC_CATTLE, DC_SHEEP = "2.5", "6", "3"  # 元 每头 / 每头 / 每只
DC_TABLE = make.table(
    [
        ["畜禽种类", "强制免疫病种", "补助标准", "计算依据"],
        ["生猪", "口蹄疫", f"每头{DC_PIG}元", "上年度出栏量"],
        ["牛", "口蹄疫、布鲁氏菌病", f"每头{DC_CATTLE}元", "当年存栏量"],
        ["羊", "口蹄疫、小反刍兽疫", f"每只{DC_SHEEP}元", "当年存栏量"],
        ["家禽", "高致病性禽流感", "每羽0.12元", "当年存栏量"],
    ],
    'border="1" cellspacing="0" cellpadding="6" width="100%"',
)
DC_BODY = """
为落实动物疫病强制免疫政策，提高强制免疫质量，根据农业农村部、湖南省关于强制免疫补助政策的部署，结合我区
实际，制定本方案。

一、实施范围

全区符合条件的规模养殖场（户）自行采购强制免疫疫苗、自主实施免疫的，实行“先打后补”，由区财政按免疫数量
给予补助。未纳入“先打后补”的散养户，由乡镇（街道）畜牧兽医站免费提供疫苗并实施免疫。

二、申请条件

（一）已完成畜禽养殖场备案，规模达到生猪年出栏500头以上、牛存栏50头以上、羊存栏100只以上或者家禽存栏
1万羽以上；（二）建立完整的免疫档案；（三）区畜牧水产事务中心抽检的免疫抗体合格率达到70%以上。

三、补助病种和标准

TABLE

四、申报时间

每年分两次申报：上半年免疫情况于7月15日前申报，下半年免疫情况于次年1月15日前申报。养殖场（户）向所在乡镇
（街道）畜牧兽医站提交申请表、疫苗购买发票、免疫档案和抗体检测报告。

五、审核兑付

乡镇（街道）畜牧兽医站初审后报区畜牧水产事务中心，区畜牧水产事务中心组织抽检复核，审核通过的在30个工作日内
将补助资金拨付到养殖场（户）账户。

六、联系方式

区畜牧水产事务中心动物防疫股，联系电话0736-7387126。
"""


def dc_body() -> str:
    return P(DC_BODY).replace("<p>TABLE</p>", DC_TABLE)


DC_FB2 = "鼎城区动物防疫政策读本.fb2"
DC_ALERT = "0736-7389110"
FB2_NS = "http://www.gribuser.ru/xml/fictionbook/2.0"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small one-colour PNG written by hand (signature, IHDR, IDAT, IEND): the same bytes every run."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def dc_fb2() -> str:
    """The 读本 as a FictionBook 2 document: a description (title-info with an annotation and a cover page,
    document-info, publish-info), a body of chapters (sections with titles, nested sections, <strong> and
    <emphasis> runs cutting a figure, a note link), a notes body, and the cover as a base64 <binary>."""
    cover = base64.encodebytes(png(24, 32, (46, 125, 50))).decode("ascii").strip()
    return f"""<?xml version="1.0" encoding="utf-8"?>
<FictionBook xmlns="{FB2_NS}" xmlns:l="http://www.w3.org/1999/xlink">
<description>
<title-info>
<genre>reference</genre>
<author><nickname>常德市鼎城区畜牧水产事务中心</nickname></author>
<book-title>鼎城区动物防疫政策读本</book-title>
<annotation>
<p>本读本汇编了鼎城区强制免疫、犬只狂犬病免疫、被犬只咬伤后的处置和病死动物处理等方面的政策要点，\
供养殖场（户）、犬主和基层防疫人员学习使用。</p>
<p>本读本内容截至2026年4月，具体以有关部门最新文件为准。</p>
</annotation>
<coverpage><image l:href="#cover.png"/></coverpage>
<lang>zh</lang>
<src-lang>zh</src-lang>
</title-info>
<document-info>
<author><nickname>dcxmsc</nickname></author>
<program-used>FictionBook Editor Release 2.6.7</program-used>
<date value="2026-04-28">2026-04-28</date>
<id>{uid("dingcheng", "fb2", "duben")}</id>
<version>1.1</version>
</document-info>
<publish-info>
<book-name>鼎城区动物防疫政策读本（2026年版）</book-name>
<publisher>常德市鼎城区畜牧水产事务中心</publisher>
<city>常德</city>
<year>2026</year>
</publish-info>
</description>
<body>
<title><p>鼎城区动物防疫政策读本</p><p>（2026年版）</p></title>
<epigraph><p>防疫无小事，责任在你我。</p></epigraph>
<section>
<title><p>第一章　强制免疫</p></title>
<p>国家对严重危害养殖业生产和人体健康的动物疫病实施强制免疫。本区强制免疫病种为口蹄疫、高致病性禽流感、\
小反刍兽疫和布鲁氏菌病。</p>
<p>规模养殖场（户）自行采购疫苗、自主实施免疫的，实行“先打后补”，具体标准以区里每年印发的实施方案为准；\
散养户由乡镇（街道）畜牧兽医站统一免疫。</p>
<section>
<title><p>一、免疫档案</p></title>
<p>养殖场（户）应当建立免疫档案，如实记录疫苗品种、生产厂家、批号、免疫日期和剂量，免疫档案保存2年以上。</p>
</section>
</section>
<section>
<title><p>第二章　犬只狂犬病免疫</p></title>
<p>饲养犬只的单位和个人，应当按照规定定期为犬只免疫接种狂犬病疫苗。</p>
<p>本区对城乡犬只实行狂犬病免费免疫：犬只<strong>满3月龄</strong>首次免疫，\
以后<emphasis>每年</emphasis>加强免疫\
<strong>1</strong>次。<a l:href="#n1" type="note">[1]</a></p>
<p>免疫后，由免疫点出具免疫证明、发放免疫标识牌（狗牌），犬主应当为犬只佩戴免疫标识牌，并凭免疫证明到公安\
机关办理养犬登记。</p>
<p>对饲养的犬只未按照规定定期进行狂犬病免疫接种的，由区农业农村局责令限期改正，可以处一千元以下罚款；逾期\
不改正的，处一千元以上五千元以下罚款。</p>
</section>
<section>
<title><p>第三章　被犬只咬伤怎么办</p></title>
<p>被犬只咬伤、抓伤后，应当立即用肥皂水和流动清水交替冲洗伤口<strong>至少15</strong>分钟，\
并在24小时内到狂犬病暴露预防处置门诊接种人用狂犬病疫苗。</p>
<p>全区狂犬病暴露预防处置门诊设在区人民医院和各乡镇卫生院。</p>
</section>
<section>
<title><p>第四章　病死动物处理和疫情报告</p></title>
<p>任何单位和个人不得随意抛弃、出售、收购、加工病死动物，病死动物应当交由无害化处理场所处理。</p>
<p>养殖场（户）发现动物染疫或者疑似染疫的，应当立即向区畜牧水产事务中心报告，疫情报告电话{DC_ALERT}。</p>
</section>
</body>
<body name="notes">
<title><p>注释</p></title>
<section id="n1">
<title><p>1</p></title>
<p>2025年全区共免疫犬只3.6万只，发放免疫标识牌2.9万个。</p>
</section>
</body>
<binary id="cover.png" content-type="image/png">{cover}</binary>
</FictionBook>
"""


DC_TXT = "鼎城区2026年犬只狂犬病集中免疫安排.txt"
DC_SCHEDULE = """鼎城区2026年犬只狂犬病集中免疫安排

一、免疫时间
春季：4月1日至4月30日
秋季：10月8日至10月31日
集中免疫期外，可到区动物疫病预防控制中心常年免疫门诊免费免疫。

二、免疫点（每日8:30-17:00）
郭家铺街道畜牧兽医站　　玉霞街道畜牧兽医站
灌溪镇畜牧兽医站　　　　石门桥镇畜牧兽医站
谢家铺镇畜牧兽医站　　　周家店镇畜牧兽医站
蒿子港镇畜牧兽医站　　　牛鼻滩镇畜牧兽医站

三、注意事项
犬主须用牵引绳牵领犬只，大型犬须戴嘴套；
疫苗和免疫标识牌均免费，请携带犬只原有免疫证明。

咨询电话：区畜牧水产事务中心　0736-7226120
常德市鼎城区畜牧水产事务中心
2026年3月20日
"""

DC_REPLY_Q = "我在鼎城养猪又养羊，自己买疫苗打了口蹄疫，先打后补能补多少？"


def dc_reply_parts() -> tuple[int, int, int]:
    pigs, sheep = 1200 * 25 // 10, 150 * 3
    assert (pigs, sheep) == (3000, 450)
    return pigs, sheep, pigs + sheep


def write_dingcheng() -> None:
    write(
        f"湖南/鼎城区/{DC_TITLE}.html",
        portal(
            DC,
            DC_TITLE,
            "信息公开 &gt; 通知公告",
            "2026-03-05",
            "常德市鼎城区农业农村局",
            dc_body() + signed("常德市鼎城区农业农村局", "2026年3月5日"),
            f"鼎农发{L}2026{R}9号",
            related=["常德市春季重大动物疫病集中免疫工作部署会召开", "一图读懂强制免疫“先打后补”"],
        ),
    )
    write(f"湖南/鼎城区/{DC_FB2}", dc_fb2())
    write_bytes(f"湖南/鼎城区/{DC_TXT}", b"\xff\xfe" + DC_SCHEDULE.replace("\n", "\r\n").encode("utf-16-le"))
    pigs, sheep, total = dc_reply_parts()
    assert total == 3450
    write(
        f"湖南/鼎城区/12345 {DC_REPLY_Q}.html",
        letter(
            DC,
            "12345热线",
            DC_REPLY_Q,
            "杨**（谢家铺镇）",
            "2026-07-02",
            """
我在谢家铺镇办了个养殖场，已经备案了。去年生猪出栏1200头，常年存栏600头左右，母猪40头；还养了150只山羊。
今年上半年自己买疫苗给猪和羊都打了口蹄疫，羊还打了小反刍兽疫，抗体检测合格率85%。请问先打后补能补多少钱？
""",
            "常德市鼎城区农业农村局",
            "2026-07-06",
            f"""
您好！根据《{DC_TITLE}》，生猪按上年度出栏量每头补助2.5元，羊按当年存栏量每只补助3元；免疫抗体合格率须达到
70%以上。

您的养殖场抗体合格率85%，符合条件。生猪补助1200×2.5={pigs}元，羊补助150×3={sheep}元，合计{total}元。
请于7月15日
前向谢家铺镇畜牧兽医站提交申请表、疫苗购买发票、免疫档案和抗体检测报告。
""",
            "DC12345-20260702-0158",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 18-21 庐山市: the 病死畜禽无害化处理补助实施细则, the 补助发放台账 export (.ndjson), the 收集点分布表 (.txt,
# GB18030, CRLF, space-aligned), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

LS_TITLE = "庐山市病死畜禽无害化处理补助实施细则"
LS_PIG = {"50公斤以上": 80, "10至50公斤": 40, "10公斤以下": 15}  # 元 每头
LS_BODY = """
一、适用范围

本细则适用于本市行政区域内养殖环节病死畜禽的收集、无害化处理和补助。

二、收集体系

全市实行“养殖场户报告、收集点暂存、处理中心集中处理”的模式，每个乡镇（街道）至少设立1个病死畜禽收集点，
收集点配备冷库或者冷柜，病死畜禽由收集点暂存后统一运往九江市病死畜禽无害化处理中心处理。

三、补助标准

养殖场户将病死猪交送收集点的，按体重给予补助：50公斤以上的每头80元；10公斤以上不足50公斤的每头40元；不足
10公斤的仔猪每头15元。病死牛每头200元，病死羊每只40元。

四、补助条件

（一）养殖场户已建立养殖档案；（二）发现畜禽病死后12小时内向所在乡镇（街道）畜牧兽医站报告，并交送收集点；
（三）持收集点签字确认的《病死畜禽收集登记单》。私自掩埋、抛弃、出售病死畜禽的，不予补助，并依法查处。

五、补助发放

补助资金按季度核算，由市畜牧兽医服务中心审核后，于季度结束后次月底前拨付到养殖场户的社会保障卡账户。

六、联系方式

市畜牧兽医服务中心，电话0792-2663105。
"""

LS_NDJSON = "lsh_whhcl_ffbz_2026q2.ndjson"
LS_DETOUR = "白鹿镇收集点冷库检修，6月1日至6月10日改送蛟塘镇收集点"
# (乡镇, 养殖场户, 畜种, 体重段, 头数, 元每头, 收集点, 入库日期, 备注)
LS_LEDGER: list[tuple[str, str, str, str, int, int, str, str, str]] = [
    ("温泉镇", "胡**", "生猪", "50公斤以上", 12, 80, "温泉镇收集点", "2026-04-08", ""),
    ("温泉镇", "胡**", "生猪", "10至50公斤", 20, 40, "温泉镇收集点", "2026-04-08", ""),
    ("白鹿镇", "余**", "生猪", "50公斤以上", 30, 80, "白鹿镇收集点", "2026-05-12", ""),
    ("白鹿镇", "余**", "生猪", "10公斤以下", 60, 15, "白鹿镇收集点", "2026-05-12", ""),
    ("白鹿镇", "邹**", "生猪", "10至50公斤", 25, 40, "蛟塘镇收集点", "2026-06-05", LS_DETOUR),
    ("蛟塘镇", "曹**", "生猪", "50公斤以上", 40, 80, "蛟塘镇收集点", "2026-04-21", ""),
    ("蛟塘镇", "曹**", "牛", "", 2, 200, "蛟塘镇收集点", "2026-04-21", ""),
    ("横塘镇", "刘**", "生猪", "50公斤以上", 45, 80, "横塘镇收集点", "2026-05-30", ""),
    ("横塘镇", "刘**", "羊", "", 6, 40, "横塘镇收集点", "2026-05-30", "羊按每只计"),
    ("华林镇", "殷**", "生猪", "10至50公斤", 42, 40, "华林镇收集点", "2026-06-18", ""),
    ("华林镇", "殷**", "生猪", "10公斤以下", 74, 15, "华林镇收集点", "2026-06-18", ""),
    ("南康镇", "周**", "生猪", "50公斤以上", 36, 80, "南康镇收集点", "2026-06-26", ""),
]
LS_PAID = "2026-07-15"


def ls_ledger_lines() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for n, (town, who, kind, band, heads, rate, point, day, note) in enumerate(LS_LEDGER, 1):
        row: dict[str, object] = {
            "台账编号": f"LS-2026Q2-{n:03d}",
            "乡镇": town,
            "养殖场户": who,
            "畜种": kind,
            "体重段": band or None,
            "头数": str(heads) if kind == "羊" else heads,  # the export wrote this one as text
            "补助标准_元每头": rate,
            "补助金额_元": heads * rate,
            "收集点": point,
            "入库日期": day,
            "发放日期": LS_PAID,
            "备注": note,
        }
        if kind == "生猪":
            assert LS_PIG[band] == rate
        rows.append(row)
    heads = sum(r[4] for r in LS_LEDGER)
    total = sum(r[4] * r[5] for r in LS_LEDGER)
    rows.append(
        {
            "台账编号": "合计",
            "乡镇": "全市",
            "头数": heads,
            "补助金额_元": total,
            "备注": "2026年第二季度病死畜禽无害化处理补助",
        }
    )
    return rows


def ls_ndjson() -> bytes:
    """The 发放台账 as the 畜牧 system exports it: one compact JSON object a line (no spaces), CRLF."""
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in ls_ledger_lines()]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


LS_TXT = "庐山市病死畜禽收集点分布表.txt"
LS_POINTS = [
    ("序号", "乡镇", "收集点地址", "冷库容积（立方米）", "负责人", "联系电话"),
    ("1", "南康镇", "城南社区畜牧兽医站院内", "15", "刘䶮", "13907921136"),
    ("2", "温泉镇", "温泉村三组", "10", "胡建华", "13907925516"),
    ("3", "白鹿镇", "万杉村", "10", "余志勇", "13970223158"),
    ("4", "蛟塘镇", "蛟塘村", "12", "曹国平", "13979287540"),
    ("5", "横塘镇", "横塘村", "10", "刘文斌", "13807925361"),
    ("6", "华林镇", "繁荣村", "8", "殷小红", "13970214475"),
]


def ls_txt() -> str:
    """The list as typed in Notepad: a space-aligned table (widths by GB18030 bytes), notes, CRLF lines."""

    def pad(s: str, width: int) -> str:
        return s + " " * (width - len(s.encode("gb18030")))

    lines = ["庐山市病死畜禽收集点分布表", ""]
    for no, town, where, size, who, tel in LS_POINTS:
        lines.append(pad(no, 6) + pad(town, 10) + pad(where, 26) + pad(size, 20) + pad(who, 10) + tel)
    lines += [
        "",
        "说明：1.收集点每日8:00-18:00接收病死畜禽，其他时间电话预约；",
        "      2.存栏500头以上的规模猪场，由收集车免费上门收集；",
        "      3.交送时须填写《病死畜禽收集登记单》，由收集点签字确认，作为申领补助的凭证。",
        "",
        "庐山市畜牧兽医服务中心",
        "2026年3月25日",
        "",
    ]
    return "\r\n".join(lines)


LS_REPLY_Q = "家里猪场这个月死了19头猪，大中小都有，交到收集点能补多少？"


def ls_reply_parts() -> tuple[int, int, int, int]:
    big, mid, small = 3 * LS_PIG["50公斤以上"], 6 * LS_PIG["10至50公斤"], 10 * LS_PIG["10公斤以下"]
    assert (big, mid, small) == (240, 240, 150)
    return big, mid, small, big + mid + small


def write_lushan() -> None:
    write(
        f"江西/庐山市/{LS_TITLE}.html",
        portal(
            LS,
            LS_TITLE,
            "政府信息公开 &gt; 规范性文件",
            "2026-03-18",
            "庐山市农业农村局",
            P(LS_BODY) + signed("庐山市农业农村局　庐山市财政局", "2026年3月18日"),
            f"庐农字{L}2026{R}12号",
            related=["九江市病死畜禽无害化处理体系建设现场会召开", "庐山市病死畜禽收集点分布表"],
        ),
    )
    write_bytes(f"江西/庐山市/{LS_NDJSON}", ls_ndjson())
    write(f"江西/庐山市/{LS_TXT}", ls_txt(), "gb18030")
    big, mid, small, total = ls_reply_parts()
    assert total == 630
    write(
        f"江西/庐山市/领导留言板 {LS_REPLY_Q}.html",
        letter(
            LS,
            "领导留言板",
            LS_REPLY_Q,
            "网友“白鹿养猪人”",
            "2026-08-11",
            """
我在白鹿镇养猪，存栏300多头。这个月猪场发了病，一共死了19头：3头是一百二十多斤的大猪，6头四五十斤的架子猪，
还有10头刚生下来没几天的猪崽。都是发现当天就报了镇畜牧站，送到收集点登了记。请问这19头猪一共能补多少钱？
""",
            "庐山市农业农村局",
            "2026-08-14",
            f"""
您好！根据《{LS_TITLE}》，病死猪按体重补助：50公斤以上的每头80元；10公斤以上不足50公斤的每头40元；不足10公斤
的仔猪每头15元。

您家一百二十多斤（约60公斤）的大猪3头，补助3×80={big}元；四五十斤（20至25公斤）的架子猪6头，补助6×40={mid}元；
刚出生的猪崽10头，补助10×15={small}元；合计{total}元。补助按季度核算，三季度补助将于10月底前拨付到您的社会
保障卡账户。
""",
            "LSLY-20260811-203",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 22-24 新洲区: the 畜禽规模养殖场备案 办事指南 (key-value rows, a file named like 岳阳县's), the 备案规模标准
# and 防疫设施改造补助 workbook (.gnumeric, gzip XML, two sheets, merged titles, units in the header row),
# a 12345 reply
# ---------------------------------------------------------------------------------------------------------

XZ_GUIDE = """
项目|内容
事项名称|畜禽规模养殖场备案
实施主体|武汉市新洲区农业农村局
备案对象|达到本区畜禽养殖场备案规模标准的养殖场，应当在投产前完成备案
申请材料|1.畜禽养殖场备案表；2.营业执照或者身份证；3.土地使用证明或者土地流转合同；\
4.动物防疫条件合格证；5.环境影响评价批复文件或者环评备案回执
办理时限|法定20个工作日；承诺3个工作日
受理地点|新洲区政务服务中心二楼农业农村窗口（C21号）
办理结果|备案后由区农业农村局赋予畜禽养殖代码，作为申请防疫补助、保险理赔的依据
收费标准|不收费
咨询电话|027-89353620
"""

XZ_GNM = "新洲区2026年畜禽规模养殖场备案及防疫补助统计表.gnumeric"
GNM_NS = "http://www.gnumeric.org/v10.dtd"
# (sheet name, merged title range, rows: a list of cells; None an empty cell, "=…" a formula)
XZ_SHEETS: list[tuple[str, str, list[list[object]]]] = [
    (
        "备案规模标准",
        "A1:D1",
        [
            ["新洲区畜禽规模养殖场备案规模标准"],
            ["畜种", "年出栏（头、只、羽）", "存栏（头、只、羽）", "备注"],
            ["生猪", 500, 300, "出栏、存栏达到其一即须备案"],
            ["肉牛", 50, 30, None],
            ["奶牛", None, 100, "按存栏计"],
            ["肉羊", 100, 60, None],
            ["蛋鸡", None, 10000, "按存栏计"],
            ["肉鸡", 50000, None, "按出栏计"],
            ["肉鸭", 30000, None, "按出栏计"],
            [],
            ["注：达到上述规模的养殖场应当在投产前完成备案。"],
        ],
    ),
    (
        "防疫设施改造补助",
        "A1:D1",
        [
            ["新洲区2026年规模养殖场防疫设施改造补助标准及申报情况"],
            ["改造项目", "补助比例（%）", "补助上限（元/场）", "已申报场数（个）"],
            ["车辆洗消烘干中心", 30, 30000, 9],
            ["病死畜禽暂存冷库", 30, 12000, 17],
            ["防鸟防鼠防蚊设施", 20, 5000, 23],
            ["合计", None, None, "=SUM(D3:D5)"],
            [],
            ["注：补助按改造实际投资额乘以补助比例计算，不超过补助上限；申报截止2026年10月15日。"],
        ],
    ),
]


def gnm_sheet(name: str, merge: str, rows: list[list[object]]) -> str:
    cells = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str) and value.startswith("="):
                cells.append(f'<gnm:Cell Row="{r}" Col="{c}">{value}</gnm:Cell>')
            elif isinstance(value, str):
                cells.append(f'<gnm:Cell Row="{r}" Col="{c}" ValueType="60">{escape(value)}</gnm:Cell>')
            else:
                cells.append(f'<gnm:Cell Row="{r}" Col="{c}" ValueType="40">{value}</gnm:Cell>')
    max_col = max(len(row) for row in rows) - 1
    body = "\n        ".join(cells)
    return f"""    <gnm:Sheet DisplayFormulas="0" HideZero="0" HideGrid="0" HideColHeader="0" \
HideRowHeader="0" DisplayOutlines="1" OutlineSymbolsBelow="1" OutlineSymbolsRight="1" \
Visibility="GNM_SHEET_VISIBILITY_VISIBLE" GridColor="0:0:0">
      <gnm:Name>{name}</gnm:Name>
      <gnm:MaxCol>{max_col}</gnm:MaxCol>
      <gnm:MaxRow>{len(rows) - 1}</gnm:MaxRow>
      <gnm:Zoom>1</gnm:Zoom>
      <gnm:Names/>
      <gnm:PrintInformation>
        <gnm:Margins>
          <gnm:top Points="120" PrefUnit="mm"/>
          <gnm:bottom Points="120" PrefUnit="mm"/>
        </gnm:Margins>
        <gnm:Scale type="percentage" percentage="100"/>
        <gnm:vcenter value="0"/>
        <gnm:hcenter value="0"/>
        <gnm:grid value="0"/>
        <gnm:even_if_only_styles value="0"/>
        <gnm:monochrome value="0"/>
        <gnm:draft value="0"/>
        <gnm:titles value="0"/>
        <gnm:do_not_print value="0"/>
        <gnm:print_range value="0"/>
        <gnm:order>d_then_r</gnm:order>
        <gnm:orientation>portrait</gnm:orientation>
        <gnm:Header Left="" Middle="&amp;[TAB]" Right=""/>
        <gnm:Footer Left="" Middle="第 &amp;[PAGE] 页" Right=""/>
        <gnm:paper>iso_a4</gnm:paper>
      </gnm:PrintInformation>
      <gnm:Styles>
        <gnm:StyleRegion startCol="0" startRow="0" endCol="255" endRow="65535">
          <gnm:Style HAlign="GNM_HALIGN_GENERAL" VAlign="GNM_VALIGN_BOTTOM" WrapText="0" ShrinkToFit="0" \
Rotation="0" Shade="0" Indent="0" Locked="1" Hidden="0" Fore="0:0:0" Back="FFFF:FFFF:FFFF" \
PatternColor="0:0:0" Format="General">
            <gnm:Font Unit="11" Bold="0" Italic="0" Underline="0" StrikeThrough="0" Script="0">宋体</gnm:Font>
          </gnm:Style>
        </gnm:StyleRegion>
      </gnm:Styles>
      <gnm:Cols DefaultSizePts="48">
        <gnm:ColInfo No="0" Unit="120" HardSize="1"/>
        <gnm:ColInfo No="1" Unit="96" HardSize="1" Count="3"/>
      </gnm:Cols>
      <gnm:Rows DefaultSizePts="15">
        <gnm:RowInfo No="0" Unit="24" HardSize="1"/>
      </gnm:Rows>
      <gnm:Selections CursorCol="0" CursorRow="0">
        <gnm:Selection startCol="0" startRow="0" endCol="0" endRow="0"/>
      </gnm:Selections>
      <gnm:Cells>
        {body}
      </gnm:Cells>
      <gnm:MergedRegions>
        <gnm:Merge>{merge}</gnm:Merge>
      </gnm:MergedRegions>
      <gnm:SheetLayout TopLeft="A1"/>
      <gnm:Solver ModelType="0" ProblemType="0" MaxTime="60" MaxIter="1000" NonNeg="1" Discr="0" \
AutoScale="0" ProgramR="0" SensitivityR="0"/>
    </gnm:Sheet>"""


def xz_gnumeric() -> bytes:
    """The workbook as Gnumeric 1.12 saves it: gzip-compressed XML (mtime 0, no file name in the header),
    the gnm namespace, a SheetNameIndex, two sheets of gnm:Cells with Row / Col / ValueType (40 a number, 60
    a string, a formula without a value), merged title rows, the units only in the header rows."""
    names = "\n".join(
        f'    <gnm:SheetName gnm:Cols="256" gnm:Rows="65536">{name}</gnm:SheetName>'
        for name, _, _ in XZ_SHEETS
    )
    sheets = "\n".join(gnm_sheet(*s) for s in XZ_SHEETS)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<gnm:Workbook xmlns:gnm="{GNM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
xmlns:ooo="http://openoffice.org/2004/office" xsi:schemaLocation="http://www.gnumeric.org/v9.xsd">
  <gnm:Version Epoch="1" Major="12" Minor="55" Full="1.12.55"/>
  <gnm:Attributes>
    <gnm:Attribute>
      <gnm:name>WorkbookView::show_horizontal_scrollbar</gnm:name>
      <gnm:value>TRUE</gnm:value>
    </gnm:Attribute>
    <gnm:Attribute>
      <gnm:name>WorkbookView::show_notebook_tabs</gnm:name>
      <gnm:value>TRUE</gnm:value>
    </gnm:Attribute>
  </gnm:Attributes>
  <office:document-meta office:version="1.2">
    <office:meta>
      <dc:creator>新洲区农业农村局畜牧科</dc:creator>
      <meta:creation-date>2026-04-02T08:41:10Z</meta:creation-date>
      <dc:date>2026-06-30T09:12:55Z</dc:date>
      <meta:generator>gnumeric/1.12.55</meta:generator>
    </office:meta>
  </office:document-meta>
  <gnm:Calculation ManualRecalc="0" EnableIteration="1" MaxIterations="100" IterationTolerance="0.001" \
FloatRadix="2" FloatDigits="53"/>
  <gnm:SheetNameIndex>
{names}
  </gnm:SheetNameIndex>
  <gnm:Geometry Width="1280" Height="720"/>
  <gnm:Sheets>
{sheets}
  </gnm:Sheets>
  <gnm:UIData SelectedTab="1"/>
</gnm:Workbook>
"""
    return gzip.compress(xml.encode("utf-8"), compresslevel=9, mtime=0)


XZ_REPLY_Q = "打算在新洲建个年出栏800头的猪场，要备案吗？建洗消中心花12万能补多少？"


def xz_reply_total() -> int:
    total = min(120000 * 30 // 100, 30000)
    assert total == 30000
    return total


def write_xinzhou() -> None:
    write(
        "湖北/新洲区/办事指南.html",
        portal(
            XZ,
            "畜禽规模养殖场备案办事指南",
            "政务服务 &gt; 办事指南",
            "2026-04-02",
            "武汉市新洲区农业农村局",
            make.kv_table(XZ_GUIDE, 'class="bszn" border="1" cellspacing="0" cellpadding="8" width="100%"'),
            related=["新洲区2026年畜禽规模养殖场备案及防疫补助统计表", "武汉市畜禽养殖污染防治规定"],
        ),
    )
    write_bytes(f"湖北/新洲区/{XZ_GNM}", xz_gnumeric())
    total = xz_reply_total()
    write(
        f"湖北/新洲区/12345 {XZ_REPLY_Q}.html",
        letter(
            XZ,
            "12345热线",
            XZ_REPLY_Q,
            "程**（辛冲街道）",
            "2026-07-20",
            """
我在辛冲街道流转了30亩地，准备建一个猪场，设计存栏400头、年出栏800头，年底投产。请问这样的规模要不要备案？
另外打算建一个车辆洗消烘干中心，预算12万元，区里的防疫设施改造补助能补多少？
""",
            "武汉市新洲区农业农村局",
            "2026-07-23",
            f"""
您好！按照本区畜禽规模养殖场备案规模标准，生猪年出栏500头以上或者存栏300头以上的养殖场，应当在投产前完成
备案。您的猪场设计年出栏800头，须在投产前到区政务服务中心二楼农业农村窗口办理备案。

车辆洗消烘干中心按实际投资额的30%给予补助，每场上限30000元。您的预算12万元，按30%计算为36000元，超过上限，
可补助{total}元（3万元）。请在2026年10月15日前申报。
""",
            "XZ12345-20260720-0344",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 25-28 岳阳县: the 驾驶培训“先培训后付费”服务管理办法, the 驾培监管服务平台's 学员端操作手册 (.adoc,
# AsciiDoc), the 退学退费 办事指南 (key-value rows, a file named like 新洲区's), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

YY_TITLE = "岳阳县机动车驾驶培训“先培训后付费”服务管理办法"
YY_SHARES = {"科目一": 10, "科目二": 40, "科目三": 40, "结业": 10}  # % of the fee released per stage
YY_BODY = articles(
    [
        """为保障驾驶培训学员合法权益，规范机动车驾驶培训收费行为，
            根据《机动车驾驶员培训管理规定》等规定，结合
        本县实际，制定本办法。""",
        "本县行政区域内的机动车驾驶员培训机构（以下称驾校）全面实行“先培训后付费”。",
        "学员报名时与驾校签订培训合同，培训费全额存入县驾培资金监管账户，驾校不得直接收取培训费。",
        f"""学员每完成一个科目的培训学时并经计时平台确认，监管账户按下列比例向驾校拨付培训费：科目一
        {YY_SHARES["科目一"]}%，科目二{YY_SHARES["科目二"]}%，科目三{YY_SHARES["科目三"]}%，结业后
        {YY_SHARES["结业"]}%。""",
        "学员中途退学的，监管账户中尚未拨付的培训费全额退还学员，驾校不得收取违约金、手续费等任何费用。",
        "驾校应当在经营场所和计时平台公示收费项目、收费标准和退费办法，不得在合同外收取费用。",
        "教练员不得索取、收受学员财物，驾校不得以“包过”等名义收费。",
        """学员对驾校服务不满意的，可以拨打12328交通运输服务监督电话投诉，县交通运输局自受理之日起10个工作日内
        答复。""",
        "本办法自2026年5月1日起施行。",
    ]
)

YY_ADOC = "xueyuan-shouce.adoc"
YY_ADOC_TEXT = """= 岳阳县驾培监管服务平台学员端操作手册
岳阳县交通运输事务中心 <jpk@yyxjt.example>
v3.2, 2026-04-25: 按“先培训后付费”服务管理办法修订
:doctype: book
:toc: left
:toc-title: 目录
:icons: font
:lang: zh-CN
:platform: 岳阳县驾培监管服务平台
:app: “岳阳驾培”微信小程序
:hotline: 0730-7625328
:daily-limit: 每日计入的有效学时不超过4学时
:photo: 每20分钟随机抓拍1次
:appeal: 学时产生之日起7日内
:refund-time: 5个工作日内原路退回

本手册说明学员使用{platform}报名签约、计时培训、学时查询、申诉和退学退费的操作。

== 一、报名签约

. 打开{app}，完成实名认证。
. 选择驾校和班型，在线签订电子培训合同。
. 按页面提示将培训费缴入县驾培资金监管账户，缴费成功后合同生效。

include::partials/hetong-fanben.adoc[]

== 二、计时培训

每次培训须在车载计时终端或者模拟器上刷脸签到、签退。培训过程中终端{photo}，抓拍照片与本人不符的，
该时段学时无效。

{daily-limit}，超出部分不计入学时。

NOTE: 学时数据由车载计时终端实时上传{platform}，学员可以在{app}的“我的学时”中查看。

.小型汽车（C1、C2）各科目规定学时
[cols="1,1,1,3",options="header"]
|===
|科目 |规定学时 |其中模拟器 |说明

|科目一
|12
|0
|道路交通安全法律法规和相关知识，可网络远程学习

|科目二
|16
|4
|基础和场地驾驶

|科目三
|24
|4
|道路驾驶和安全文明驾驶

|科目四
|10
|0
|安全文明驾驶常识，可网络远程学习
|===

== 三、学时申诉

学员对学时记录有异议的，应当在{appeal}通过{app}“学时申诉”提出，驾校在3日内核实并答复；逾期未提出的，
以平台记录为准。

[WARNING]
====
请勿委托他人代为签到或者代练，一经发现，相应学时全部作废。
====

== 四、退学退费

学员在{app}提交退学申请，驾校确认后，监管银行在{refund-time}尚未拨付的培训费。

////
v2.x 旧版说明（2025年版，已废止）：退费在10个工作日内原路退回；每日计入的有效学时不超过6学时；
学时申诉须在学时产生之日起3日内提出。
////

== 五、联系我们

平台服务电话：{hotline}（工作日8:00-12:00，14:30-17:30）

include::partials/faq.adoc[leveloffset=+1]
"""

YY_GUIDE = """
项目|内容
事项名称|机动车驾驶培训学员退学退费
办理对象|已签订培训合同、培训费存入县驾培资金监管账户的学员
办理方式|线上：“岳阳驾培”微信小程序；线下：县交通运输事务中心驾培股（荣家湾镇建设北路）
申请材料|1.身份证；2.培训合同；3.退学申请书
退费标准|监管账户中尚未拨付的培训费全额退还，驾校不得收取违约金、手续费
驾校确认|驾校应当在收到退学申请后2个工作日内确认；逾期未确认的，视为同意
收费标准|不收费
咨询电话|0730-7623180
监督投诉|12328
"""

YY_REPLY_Q = "交了4200元学车，科目二考过了，要去外地打工不学了，能退多少？"


def yy_reply_parts() -> tuple[int, int]:
    paid = 4200 * (YY_SHARES["科目一"] + YY_SHARES["科目二"]) // 100
    assert paid == 2100
    return paid, 4200 - paid


def write_yueyang() -> None:
    write(
        f"湖南/岳阳县/{YY_TITLE}.html",
        portal(
            YY,
            YY_TITLE,
            "政府信息公开 &gt; 规范性文件",
            "2026-04-16",
            "岳阳县交通运输局",
            P(YY_BODY) + signed("岳阳县交通运输局", "2026年4月16日"),
            f"岳县交发{L}2026{R}4号",
            related=["岳阳市驾培行业“先培训后付费”推进会召开", "学车缴费这些坑要注意"],
        ),
    )
    write(f"湖南/岳阳县/{YY_ADOC}", YY_ADOC_TEXT)
    write(
        "湖南/岳阳县/办事指南.html",
        portal(
            YY,
            "机动车驾驶培训学员退学退费办事指南",
            "政务服务 &gt; 办事指南",
            "2026-04-20",
            "岳阳县交通运输事务中心",
            make.kv_table(YY_GUIDE, 'class="bszn" border="1" cellspacing="0" cellpadding="8" width="100%"'),
            related=[YY_TITLE, "岳阳县驾校收费公示"],
        ),
    )
    paid, back = yy_reply_parts()
    write(
        f"湖南/岳阳县/12345 {YY_REPLY_Q}.html",
        letter(
            YY,
            "12345热线",
            YY_REPLY_Q,
            "李**（荣家湾镇）",
            "2026-08-03",
            """
我3月在县城一家驾校报了C1，4200元培训费交到了监管账户。科目一、科目二都考过了，科目二练了18个学时，补考了
1次。现在要去广东打工，科目三不想学了。驾校说只能退1000元，请问到底应该退多少？
""",
            "岳阳县交通运输局",
            "2026-08-06",
            f"""
您好！根据《{YY_TITLE}》，学员每完成一个科目的培训学时，监管账户按科目一10%、科目二40%、科目三40%、结业后10%
的比例向驾校拨付培训费；学员中途退学的，尚未拨付的培训费全额退还，驾校不得收取违约金、手续费。

您已完成科目一、科目二培训，监管账户已向驾校拨付4200×（10%+40%）={paid}元，
尚未拨付的{back}元应当全额退还给您。
请在“岳阳驾培”微信小程序提交退学申请，我局已要求该驾校按规定确认。
""",
            "YY12345-20260803-0517",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 29-31 蕲春县: the 学时管理和投诉处理办法 on the county's 繁體 site (traditional script written by hand), its
# 附件 that came down empty (.docx, 0 bytes), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

QC_TRAD_TITLE = "蘄春縣機動車駕駛培訓學時管理和投訴處理辦法"
QC_EMPTY = "附件 蕲春县驾驶培训投诉登记表.docx"
QC_TRAD_BODY = """
第一條　為規範機動車駕駛培訓學時管理，維護學員合法權益，根據《機動車駕駛員培訓管理規定》，結合本縣實際，
制定本辦法。

第二條　本縣駕培機構全面實行計時培訓，學時數據由車載計時終端實時上傳縣駕培監管平臺。

第三條　小型汽車（C1、C2）學員培訓學時不得少於：科目一12學時，科目二16學時，科目三24學時，其中夜間駕駛
不少於2學時，科目四10學時。

第四條　學員未完成規定學時的，駕培機構不得為其預約考試；已完成學時的，駕培機構應當在3個工作日內為學員
預約考試。

第五條　學員對培訓質量或者收費有異議的，可以向駕培機構投訴，駕培機構應當在5個工作日內答覆；對答覆不滿意
的，可以向縣交通運輸局投訴。

第六條　縣交通運輸局受理投訴後，應當在10個工作日內調查處理並答覆投訴人。投訴電話：0713-7262328。

第七條　駕培機構一年內被有效投訴3次以上的，列入重點監管名單，暫停其新增教練車審批。

第八條　本辦法自2026年6月1日起施行。
"""


def qc_trad_page() -> str:
    """The 繁體 site's article page: the TRS template, its furniture also in traditional script."""
    site = QC
    body = (
        P(QC_TRAD_BODY)
        + f'<p>附件：<a href="/uploadfile/2026/0520/{QC_EMPTY}">蘄春縣駕駛培訓投訴登記表</a></p>'
        + signed("蘄春縣交通運輸局", "2026年5月20日")
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>蘄春縣人民政府-{QC_TRAD_TITLE}</title>
<meta name="ColumnName" content="規範性文件" />
<link href="/images/index2021.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/images/zt_js/wza.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tophead"><tr>
<td><a href="#">設為首頁</a> | <a href="#">加入收藏</a> | <a href="#">手機版</a> | <a href="#">簡體版</a></td>
<td align="right"><a href="#">鄂匯辦</a> <a href="#">政務服務網</a></td></tr></table>
<div class="logo_bg"><div class="logo">蘄春縣人民政府</div></div>
<div class="daohang"><a href="#">網站首頁</a><a href="#">信息公開</a><a href="#">網上辦事</a>\
<a href="#">政民互動</a><a href="#">魅力蘄春</a></div>
<div class="dqwz">您現在的位置：<a href="#">首頁</a> &gt; 信息公開 &gt; 規範性文件</div>
<div class="xilan">
<div class="xilan_tit">{QC_TRAD_TITLE}</div>
<div class="xilan_ly">發佈時間：2026-05-20　來源：蘄春縣交通運輸局　文號：蘄交發{L}2026{R}6號　\
【<a href="#">我要糾錯</a>】　【<a href="javascript:doPrint()">列印</a>】</div>
<div class="TRS_Editor" id="UCAP-CONTENT">
{body}
</div>
<div class="xilan_bottom"><span>掃一掃在手機上查看當前頁面</span></div>
</div>
<div class="xgxx"><h4>相關信息</h4><ul><li>· <a href="#">黃岡市駕培行業服務質量提升行動啟動</a></li>\
<li>· <a href="#">蘄春縣駕培機構收費公示</a></li></ul></div>
<div class="foot">
<p>蘄春縣人民政府主辦　蘄春縣人民政府辦公室承辦</p>
<p>{site.icp}　{site.police.replace("公网安备", "公網安備")}　網站標識碼：{site.code}　電話：{site.tel}</p>
<p>建議使用1366×768分辨率及以上瀏覽器瀏覽本站</p>
</div>
</body>
</html>
"""


QC_REPLY_Q = "科目三才练了10个学时，驾校就要给我约考，这样合规吗？还要练多少？"


def write_qichun() -> None:
    write(f"湖北/蕲春县/{QC_TRAD_TITLE}（繁體版）.html", qc_trad_page())
    write_bytes(f"湖北/蕲春县/{QC_EMPTY}", b"")
    left = 24 - 10
    assert left == 14
    write(
        f"湖北/蕲春县/领导留言板 {QC_REPLY_Q}.html",
        letter(
            QC,
            "领导留言板",
            QC_REPLY_Q,
            "网友“漕河学车人”",
            "2026-07-14",
            """
我在蕲春县城一家驾校学C1，科目二上个月考过了。科目三到现在才练了10个学时，夜间一次都没练过，驾校说人多车少，
直接给我约了下周的考试，还说反正考不过可以补考，补考一次300元。请问这样合规吗？我还要练多少学时？
""",
            "蕲春县交通运输局",
            "2026-07-17",
            f"""
您好！根据《蕲春县机动车驾驶培训学时管理和投诉处理办法》，小型汽车科目三培训不得少于24学时，其中夜间驾驶不少于
2学时；学员未完成规定学时的，驾培机构不得为其预约考试。

您科目三已培训10学时，还须补足{left}学时（其中夜间驾驶不少于2学时）后方可预约考试。
我局已责令该驾校取消违规预约、
按规定安排补训，并记入该驾校服务质量档案。
""",
            "QCLY-2026-0714-088",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 32-35 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str], crumb: str) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb=crumb)


N1_TITLE = "洞庭湖鄱阳湖畔 退捕渔民“上岸”更安心"
N1 = news(
    N1_TITLE,
    "中国农网",
    "2026-06-18 08:40　来源：农民日报　记者：周佳敏 熊伟",
    """
长江十年禁渔进入第六年。记者近日在湖南益阳、江西南昌采访看到，各地在养老保障、生活补助、渔船回收和转产就业上
持续发力，退捕渔民“上得了岸、稳得住、能致富”。

益阳沅江市对参加城乡居民基本养老保险的退捕渔民按个人缴费额给予补贴。益阳资阳区也已对退捕渔民参加养老保险
给予缴费补贴。益阳桃江县拟于明年出台退捕渔民养老保险缴费补贴办法。

沅江市对尚未就业的退捕渔民按月发放过渡期生活补助。益阳赫山区也已按月发放过渡期生活补助。

南昌进贤县对退捕渔船按船长和主机功率给予回收补偿。南昌南昌县也已按船长和功率给予渔船回收补偿。南昌新建区
计划下半年开展退捕渔船网具回收补偿。

进贤县对稳定就业和自主创业的退捕渔民发放一次性转产就业补贴。南昌安义县也已发放一次性转产就业补贴。南昌东湖区
拟于年内出台转产就业补贴政策。南昌青云谱区组织了退捕渔民技能培训，但没有发放转产就业补贴。

“船交了，社保有补贴，孩子也在厂里上班了，心里踏实。”沅江市琼湖街道一位老渔民说。

益阳大通湖区的渔民代表也到沅江参观了渔民安置小区；鹰潭余江区的渔政人员也到进贤交流了渔船拆解经验。
""",
    "京ICP备11035867号",
    ["农业农村部部署长江禁渔执法监管", "退捕渔民就业帮扶“回头看”启动"],
    "新闻 &gt; 三农",
)

N2_TITLE = "长江武穴段：禁渔不禁“钓” 垂钓有规矩"
N2 = news(
    N2_TITLE,
    "荆楚网",
    "2026-07-02 10:15　来源：湖北日报　记者：汪洋 通讯员：张萌",
    """
清晨的长江武穴段江堤下，三三两两的垂钓者手持一根钓竿，静候鱼儿上钩。“一人一杆、一线一钩”，如今已是江边钓友
的共识。

黄冈武穴市出台长江禁捕水域休闲垂钓管理规定，实行“一人一杆、一线一钩”，禁止锚鱼和可视锚鱼。黄冈黄梅县也已
实行“一人一杆、一线一钩”的休闲垂钓管理。

武穴市对举报非法捕捞经查实的给予奖励，罚没款越多奖励越多。黄冈浠水县也已设立非法捕捞举报奖励。黄冈团风县
拟于年内建立非法捕捞举报奖励制度。黄冈罗田县开展了禁渔宣传进村入户，但没有设立非法捕捞举报奖励。

“现在举报电鱼有奖励，江边的‘眼睛’多了。”武穴市渔政执法大队一位队员说。

宜昌伍家岗区的渔政执法人员也到武穴交流了禁渔执法经验。
""",
    "鄂ICP备13000865号",
    ["湖北开展长江禁渔“亮剑”行动", "长江江豚种群数量稳中有升"],
    "新闻 &gt; 生态",
)

N3_TITLE = "防疫关口前移 常德九江武汉多地织密动物防疫网"
N3 = news(
    N3_TITLE,
    "中国畜牧兽医报网",
    "2026-08-20 09:05　来源：中国畜牧兽医报　记者：邓丽 吴昊",
    """
动物防疫是畜牧业发展的生命线。记者近日在湖南常德、江西九江和湖北武汉采访了解到，各地在强制免疫、犬只免疫、
病死畜禽无害化处理和养殖场备案上出实招，动物防疫网越织越密。

常德鼎城区对规模养殖场自行采购疫苗实施强制免疫的实行“先打后补”。常德武陵区也已实行强制免疫“先打后补”。

鼎城区对城乡犬只实行狂犬病免费免疫。常德临澧县也已对犬只实行狂犬病免费免疫。

九江庐山市对养殖场户交送收集点的病死猪按头给予无害化处理补助。九江彭泽县也已按头给予病死猪无害化处理补助。
九江濂溪区建设了病死畜禽无害化处理中心，但没有按头给予养殖场户补助。

庐山市在每个乡镇（街道）设立了病死畜禽收集点。九江柴桑区也已在乡镇设立病死畜禽收集点。九江共青城市拟于明年
建设病死畜禽收集点。

武汉新洲区对畜禽规模养殖场实行备案管理。武汉黄陂区也已对畜禽规模养殖场实行备案管理。武汉蔡甸区计划年内推行
规模养殖场备案。武汉东西湖区开展了畜禽养殖污染整治，但没有推行规模养殖场备案。

景德镇浮梁县的畜牧兽医人员也到庐山市学习了收集点建设经验；武汉汉南区的养殖户也到新洲观摩了洗消中心。
""",
    "京ICP备05062841号",
    ["农业农村部部署秋季重大动物疫病集中免疫", "狂犬病防控知识问答"],
    "新闻 &gt; 防疫",
)

N4_TITLE = "学车不再“先交钱后受气” 岳阳黄冈推进驾培服务改革"
N4 = news(
    N4_TITLE,
    "中国交通新闻网",
    "2026-09-08 14:30　来源：中国交通报　记者：罗湘 陈曦",
    """
交钱容易退钱难、学时不够就约考，曾是不少学员学车的烦心事。记者近日在湖南岳阳、湖北黄冈采访看到，各地推进驾培
服务改革，学车更放心。

岳阳岳阳县推行机动车驾驶培训“先培训后付费”，培训费存入监管账户、按科目拨付。岳阳云溪区也已推行“先培训后
付费”。岳阳岳阳楼区拟于下半年推行“先培训后付费”。

黄冈蕲春县对驾驶培训全面实行计时培训，未完成规定学时的不得预约考试。黄冈麻城市也已全面实行计时培训。黄冈红安县
计划明年全面推行计时培训。黄冈英山县开展了驾校教练员培训，但没有全面实行计时培训。

“学一个科目付一个科目的钱，中途不学了，没拨付的钱原路退回。”岳阳县一位学员说。
""",
    "京ICP备05034502号",
    ["交通运输部部署驾培行业服务质量提升行动", "学车缴费前先看这几点"],
    "新闻 &gt; 交通",
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4)]


def write_news() -> None:
    for title, html in NEWS:
        write(f"新闻/{title}.html", html)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_yuanjiang()
    write_jinxian()
    write_wuxue()
    write_dingcheng()
    write_lushan()
    write_xinzhou()
    write_yueyang()
    write_qichun()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
