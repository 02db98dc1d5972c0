"""Writes eval/policy43/docs: a forty-fourth probe collection (36 files), 黑土地保护与保护性耕作、农村公路养护
与路长制、养老机构与社区养老服务综合体 — what a 太平川镇 farmer who sowed 300亩 without tilling, a 北联镇
grower who buries straw on 260亩, a 卡孜乡 road keeper marked 优秀 in March and 不合格 in April, a 马克唐镇
village head whose roads three floods broke, a private 养老院 of 39 old people in 洮北, the daughter of a
failing 82-year-old in 临河 and a small 嵌入式 home of 24 beds in 吉阳 ask (保护性耕作 作业补助 per 亩, 连续
bonus, 上限, 作业时间, 秸秆覆盖率, 申报 and 兑付 dates, 乡镇初审 时限, 抽查 and 公示; 秸秆还田 and 有机肥 per
亩 this year beside last, 示范户 奖励, 监测点 看护; 免耕播种 and 深松 per 亩, 连片 50亩, 监测 核减; 县道 / 乡
道 / 村道 养护 per 公里, 护路员 报酬 and its 考核, 路长 巡路 频次, 涉路施工 时限; 水毁 补助 per 处, 随手拍 奖
励, 养护资金 plan beside last year's; 养老机构 运营补贴 per 人·月 by 失能 level, 等级评定 奖励 by 级, 家庭养老
床位 建设 and 上门服务补贴, 综合体 建设 and 运营 补助, 小微机构 per 床位, 认知症 床位) of eight new counties
of 吉林, 黑龙江, 内蒙古, 西藏, 青海 and 海南 (长岭县, 克山县, 扎赉特旗, 林周县, 尖扎县, 洮北区, 临河区,
吉阳区). Run once (``python -m eval.policy43.make_docs``); the files are committed as data, and a second run
writes the same bytes (the .docx's zip entries carry a fixed time and its core dates are fixed, the PDF has no
creation date or id, the .drawio, .km and .plist carry fixed dates, bz2 and xz write no time at all).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
county's documents and in one of three news roundups that names a second county of the same prefecture having
done it (乾安县, 宁江区, 依安县, 泰来县, 科尔沁右翼前旗, 墨竹工卡县, 达孜区, 同仁市, 洮南市, 五原县, 乌拉特前
旗, 天涯区); the roundups also name counties that have only planned a measure (扶余市, 拜泉县, 突泉县, 当雄县,
泽库县, 镇赉县, 磴口县, 海棠区), counties named only in passing (前郭尔罗斯蒙古族自治县, 讷河市, 乌兰浩特市,
尼木县, 通榆县, 杭锦后旗, 崖州区) and counties that did something else instead (克东县 深松 not 秸秆还田, 曲水
县 路域整治 not 护路员, 乌拉特中旗 助餐 not 家庭养老床位). No county, city or district name here stands in any
earlier collection's generators, questions or documents (checked on their bytes decoded as UTF-8, GB18030,
Big5 and UTF-16, with \\u escapes and character references resolved, inside every zip, gzip, bz2, tar and 7z
member, and in traditional script turned simplified).

The files (county folder / file — kind — what it carries and its trap):
- 吉林/长岭县/长岭县2026年保护性耕作实施方案.html — 政务公开 page of the final text (每亩40元, 条带 每亩25元,
  连续 3年 每亩再增加5元, 20万元 cap, 4月15日至5月25日, 30%, 5月31日前, 8月31日前); 下载/ holds the same
  bytes.
- 吉林/长岭县/关于公开征求《…（征求意见稿）》意见的公告.html — the draft with other figures (每亩35元, 每亩20
  元, 15万元, 4月20日至5月20日, 25%, 6月10日前, 9月30日前, 160万亩, no 连续 bonus).
- 吉林/长岭县/长岭县保护性耕作作业补助申领流程.drawio — NEW: draw.io mxfile of two pages, the 申领流程 page
  stored compressed (base64 of raw deflate of the URL-encoded mxGraphModel), the 异议处理 page plain; labels
  of HTML (<b>, <br>, &nbsp;) whose bold runs cut 3个工作日内完成 and 抽查比例不低于20%; 公示7天 and 5个工作日
  内复核 only there.
- 吉林/长岭县/12345 ….html — a 12345 办件 reply reckoning 300亩 + 120亩 连续 to 12600元 (the asker quotes the
  draft's 35元).
- 黑龙江/克山县/克山县2026年黑土地保护利用项目实施方案.docx — two tables whose units stand only in the header
  (2025年 and 2026年 columns side by side: 45 beside 40, 80 beside 60), 9月25日至11月15日.
- 黑龙江/克山县/克山县黑土地保护利用政策汇编（第三章）.dbk — NEW: DocBook 5 chapter (sections, informaltable,
  a footnote holding 不超过50户, an XML comment holding the 2024 figure 每户1500元; 每户奖励3000元, 800元 only
  there).
- 黑龙江/克山县/克山县黑土地保护利用项目政策解读.html — 问/答 pairs (实际种植者, 2027年3月31日前,
  0452-4322117).
- 黑龙江/克山县/领导留言板 ….html — 人民网 领导留言板 reply: 260亩 翻埋 + 80亩 有机肥 = 18100元.
- 内蒙古/扎赉特旗/办事指南.html — key-value rows (免耕播种 每亩45元, 连片50亩, 18号 window); a file named like
  林周县's.
- 内蒙古/扎赉特旗/扎赉特旗2026年春季保护性耕作作业补助资金公示.csv.bz2 — NEW: a GBK CSV (CRLF, a title line,
  units in the header, a 合计 row, 核减 remarks) compressed as bz2 (146700, 785550 only there).
- 内蒙古/扎赉特旗/扎赉特旗农牧和科技局关于做好2026年保护性耕作作业质量监测工作的通知.txt — GBK, CRLF (作业结束
  后10日内, 不低于5%).
- 西藏/林周县/林周县农村公路养护管理办法.html — 县道 1.2万元, 乡道 6000元, 村道 3500元 per 公里·年, 护路员
  1600元 + 200元 / - 30%, 18周岁至60周岁, 5万元, 2026年5月1日; its body pasted from Word with "— 2 —" page
  numbers between paragraphs.
- 西藏/林周县/林周县农村公路路长制工作导图.km — NEW: 百度脑图 KityMinder JSON; 每季度至少巡路1次, 巡路后5个工
  作日内 and 0891-6122071 only in nodes' notes.
- 西藏/林周县/办事指南.html — 【字段】 lines, 涉路施工许可 (8个工作日, 0891-6122035).
- 西藏/林周县/林周县2026年农村公路养护里程及资金分配表.txt — UTF-16 LE with BOM, CRLF, space-aligned columns.
- 西藏/林周县/12345 ….html — 1800元 + 1120元 = 2920元.
- 青海/尖扎县/尖扎县农村公路“路长制”实施方案.pdf — hard-wrapped three pages whose wrap splits 1500元, 600元
  and 5000元.
- 青海/尖扎县/luzhangtong_help_zh_CN.properties — NEW: the 尖扎路长通 小程序's help texts, ISO-8859-1 with
  \\uXXXX escapes, continuation lines (one cutting 24小时内核定), # and ! comments holding old figures (每条奖
  励20元, 4小时内到场), key=value, key: value and key value forms (每条奖励30元, 2小时内到场处置,
  0973-8792315).
- 青海/尖扎县/尖扎县2025年农村公路养护工作总结和2026年工作计划.html — last year's results beside this year's
  targets (1260万元 / 1420万元, 78.6% / 85%), a page number "— 2 —" cutting the plan.
- 青海/尖扎县/领导留言板 ….html — 2 小型 + 1 中型 水毁 = 3万元.
- 吉林/洮北区/白城市洮北区民政局关于调整养老机构运营补贴和等级评定奖励标准的通知.html — 原标准（2025年）
  beside 调整后标准（2026年起） in one table.
- 吉林/洮北区/TaobeiYanglao-FAQ.plist — NEW: an iOS app's bundled 常见问题, XML plist (dict, array, string,
  integer, date; 评估结果有效期1年, 7个工作日内退还, 0436-3222901).
- 吉林/洮北区/12345 ….html — 12×60 + 18×120 + 9×200 = 4680元.
- 内蒙古/临河区/关于组织申报2026年社区养老服务综合体建设补助和家庭养老床位补贴的通知.html — a notice with 附件
  links (2026年5月10日至6月20日, 租期不少于5年).
- 内蒙古/临河区/附件1 临河区社区养老服务综合体和家庭养老床位补助标准.docx — two tables, units only in the
  header (50, 10, 2500, 200).
- 内蒙古/临河区/附件2 申报承诺书.docx — 0 bytes.
- 内蒙古/临河区/LinheYanglao-FAQ.plist — NEW: the same kind as a binary plist (每月上门服务不少于4次, 签约后15
  日内, 0478-8201233).
- 内蒙古/临河区/临河区2026年第一批家庭养老床位建设对象公示.txt — GB18030 (䶮 that GBK cannot write), CRLF.
- 内蒙古/临河区/领导留言板 ….html — 2500元 + 200元×12 = 4900元.
- 海南/吉阳区/吉陽區社區嵌入式養老服務綜合體運營補貼實施細則（繁體版）.html — the portal's 繁體 switch (s2t,
  furniture too): 20萬元, 每床每月150元, 另加100元, 3月1日至3月31日, 托育 标准 另行制定.
- 海南/吉阳区/吉阳区2026年养老机构等级评定结果公示.txt.xz — NEW: a UTF-8 .txt compressed as xz (椰林颐养中心
  四级 15万元, 2026年6月2日至6月8日, 0898-88661207).
- 海南/吉阳区/12345 ….html — 43200元 + 7200元 = 50400元.
- 新闻/ — three roundups by prefecture (松原 齐齐哈尔 兴安盟; 拉萨 黄南; 白城 巴彦淖尔 三亚).
- 下载/长岭县2026年保护性耕作实施方案.html — the same bytes as the final page.

Also: two 办事指南.html of different counties (扎赉特旗 key-value rows, 林周县 【字段】 lines); GBK, GB18030
and UTF-16 text; 12345 replies on county portals (two CMS families) and 领导留言板 replies on 人民网's board,
each reckoning the asker's case to a figure only the reply holds.
"""

from __future__ import annotations

import base64
import bz2
import csv
import io
import itertools
import json
import lzma
import plistlib
import re
import shutil
import unicodedata
import urllib.parse
import zlib
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

import opencc
from reportlab import rl_config

from eval import policy_make as make

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2026, 6, 18, 9, 30, 0)
WHEN = "2026-06-18T09:30:00Z"
L, R = "\u3014", "\u3015"  # the brackets of document numbers
NBSP = "\u00a0"

OUT = make.Collection(DOCS)
write, write_bytes = OUT.write, OUT.write_bytes
S2T = opencc.OpenCC("s2tw").convert  # the portal's 繁體 switch (Taiwan forms: 為, 床, 核)


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


def signed(unit: str, date: str) -> str:
    return f'<p style="text-align:right">{unit}</p>\n<p style="text-align:right">{date}</p>'


def width(s: str) -> int:
    """Display columns of ``s``: wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, cols: int) -> str:
    return s + " " * (cols - width(s))


# ---------------------------------------------------------------------------------------------------------
# the county portals: two CMS families (a 政务公开 platform and a 集约化 site), a 12345 办件公开 board on
# each, the 人民网 领导留言板 and a news site of each region
# ---------------------------------------------------------------------------------------------------------


class Site:
    def __init__(self, name: str, short: str, icp: str, police: str, code: str, tel: str, cms: str) -> None:
        self.name, self.short, self.icp, self.police = name, short, icp, police
        self.code, self.tel, self.cms = code, tel, cms


CL = Site(
    "长岭县人民政府",
    "长岭",
    "吉ICP备05002718号-1",
    "吉公网安备 22072202000031号",
    "2207220001",
    "0438-7221001",
    "zw",
)
KS = Site(
    "克山县人民政府",
    "克山",
    "黑ICP备05006614号-1",
    "黑公网安备 23022902000017号",
    "2302290001",
    "0452-4321001",
    "zw",
)
ZL = Site(
    "扎赉特旗人民政府",
    "扎赉特",
    "蒙ICP备05003352号-1",
    "蒙公网安备 15222302000109号",
    "1522230001",
    "0482-6121001",
    "jy",
)
LZ = Site(
    "林周县人民政府",
    "林周",
    "藏ICP备05000381号-2",
    "藏公网安备 54012102000006号",
    "5401210001",
    "0891-6121001",
    "zw",
)
JZ = Site(
    "尖扎县人民政府",
    "尖扎",
    "青ICP备05001207号-1",
    "青公网安备 63232202000012号",
    "6323220001",
    "0973-8791001",
    "jy",
)
TB = Site(
    "白城市洮北区人民政府",
    "洮北",
    "吉ICP备05004493号-1",
    "吉公网安备 22080202000058号",
    "2208020001",
    "0436-3221001",
    "zw",
)
LH = Site(
    "巴彦淖尔市临河区人民政府",
    "临河",
    "蒙ICP备05001860号-1",
    "蒙公网安备 15080202000127号",
    "1508020001",
    "0478-8211001",
    "jy",
)
JY = Site(
    "三亚市吉阳区人民政府",
    "吉阳",
    "琼ICP备05002241号-1",
    "琼公网安备 46020302000074号",
    "4602030001",
    "0898-88661001",
    "jy",
)


def zw_page(
    site: Site,
    title: str,
    crumb: str,
    date: str,
    source: str,
    body: str,
    number: str = "",
    topic: str = "其他",
    serial: str = "",
    hits: int = 1263,
) -> str:
    """A 政务公开 platform's article: a 信息索引 box of <li> rows above the title, 【打印本页】【关闭窗口】, a
    分享到 bar and a footer of 网站标识码 and 备案 lines."""
    index = ""
    if serial:
        index = f"""<div class="xxgk-index"><ul>
<li><span>索 引 号：</span>{site.code}/{date[:4]}-{serial}</li><li><span>主题分类：</span>{topic}</li>
<li><span>发布机构：</span>{source}</li><li><span>生成日期：</span>{date}</li>
<li class="w100"><span>名　　称：</span>{title}</li>
<li><span>文　　号：</span>{number or "无"}</li><li><span>有 效 性：</span>有效</li>
</ul></div>
"""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_{site.name}</title>
<meta name="SiteName" content="{site.name}" />
<meta name="SiteDomain" content="www.{site.code}.gov.cn" />
<meta name="SiteIDCode" content="{site.code}" />
<meta name="ColumnName" content="{crumb.split(" &gt; ")[-1]}" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="{date} 10:02" />
<link href="/css/zwgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">function\
 doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
<body>
<div id="top"><div class="w1200"><span>今天是：<script>document.write(new Date().toLocaleDateString());\
</script></span>
<span class="fr"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍阅读</a> | <a\
 href="#">繁體</a></span></div></div>
<div id="banner"><div class="w1200"><img src="/images/banner_logo.png" alt="{site.name}" />
<div class="sousuo"><input id="kw" type="text" value="请输入搜索内容" /><input type="button" value="搜索" />\
</div></div></div>
<div id="nav"><div class="w1200"><a href="/">网站首页</a><a href="#">{site.short}概况</a><a href="#">\
政务动态</a>\
<a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div>\
</div>
<div class="w1200 dqwz">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="w1200 main">
{index}<div class="art-title"><h1>{title}</h1></div>
<div class="art-info">发布时间：{date}　　来源：{source}　　浏览次数：<span id="hits">{hits}</span>　　\
【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a\
 href="javascript:doZoom(14)">小</a>】</div>
<div class="art-con" id="zoom">
{body}
</div>
<div class="art-tool"><a href="javascript:window.print()">【打印本页】</a> <a\
 href="javascript:window.close()">【关闭窗口】</a></div>
<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin" title="分享到微信"></a>微信 \
<a class="bds_tsina" title="分享到新浪微博"></a>微博 <a class="bds_qzone" title="分享到QQ空间"></a>\
QQ空间</div>
</div>
<div id="footer"><div class="w1200">
<p><a href="#">关于本站</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>主办：{site.name}办公室　　联系电话：{site.tel}</p>
<p>网站标识码：{site.code}　　<a href="https://beian.miit.gov.cn/" target="_blank">{site.icp}</a>\
　　{site.police}</p>
<p><span id="_ideConac"></span></p>
</div></div>
</body>
</html>
"""


def jy_page(
    site: Site,
    title: str,
    crumb: str,
    date: str,
    source: str,
    body: str,
    hits: int = 986,
    lang: str = "zh-CN",
    related: list[str] | None = None,
) -> str:
    """A 集约化 site's article: 字号, 打印 and 分享至 tools under the title, a 上一篇 / 下一篇 bar and
    相关阅读."""
    links = "".join(
        f'<li><a href="#">{r}</a></li>'
        for r in (related or ["政务服务“好差评”", "12345政务服务便民热线", "国家政务服务平台"])
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} - {site.name}</title>
<meta name="keywords" content="{site.short},{title}">
<meta name="description" content="{title}">
<link rel="stylesheet" href="/css/jyh_article.css">
</head>
<body>
<header class="jy-head"><div class="jy-w"><div class="jy-logo"><img src="/img/logo.png" alt="{site.name}">\
</div>
<div class="jy-tools"><a href="#">长者版</a> <a href="#">无障碍</a> <a href="#">简体</a>/<a href="#">\
繁體</a> \
<a href="#">登录</a> <a href="#">注册</a></div>
<div class="jy-search"><input type="text" placeholder="搜索本站"><button type="button">搜 索</button></div>\
</div>
<nav class="jy-nav"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">\
政务服务</a>\
<a href="#">互动交流</a><a href="#">走进{site.short}</a></nav></header>
<div class="jy-w jy-crumb">您的位置：<a href="/">首页</a> &gt; {crumb}</div>
<article class="jy-w jy-article">
<h1>{title}</h1>
<div class="jy-meta"><span>发布时间：{date}</span> <span>来源：{source}</span> <span>阅读：{hits}</span> \
<span class="jy-zh">字号：<a href="#">A+</a> <a href="#">A</a> <a href="#">A-</a></span> \
<a href="javascript:window.print()">打印</a> <span class="jy-share">分享至：<i>微信</i><i>微博</i><i>QQ</i>\
</span></div>
<div class="jy-content" id="Zoom">
{body}
</div>
<div class="jy-pn"><p>上一篇：<a href="#">{site.short}召开2026年第二季度安全生产工作会议</a></p>\
<p>下一篇：<a href="#">关于2026年第二季度政府网站抽查情况的通报</a></p></div>
</article>
<aside class="jy-w jy-related"><h3>相关阅读</h3><ul>{links}</ul></aside>
<footer class="jy-foot"><div class="jy-w">
<p>版权所有：{site.name}　主办：{site.name}办公室　电话：{site.tel}</p>
<p><a href="https://beian.miit.gov.cn">{site.icp}</a>　<img src="/img/ga.png" alt="">\
{site.police}　网站标识码：{site.code}</p>
<p>本网站支持IPv6访问　建议使用Chrome、Edge浏览器</p>
</div></footer>
<script src="/js/jyh.min.js"></script>
</body>
</html>
"""


def page(site: Site, title: str, crumb: str, date: str, source: str, body: str, **kw) -> str:
    if site.cms == "zw":
        return zw_page(site, title, crumb, date, source, body, **kw)
    kw.pop("number", None)
    kw.pop("topic", None)
    kw.pop("serial", None)
    return jy_page(site, title, crumb, date, source, body, **kw)


def hotline(
    site: Site, title: str, number: str, asked: str, who: str, text: str, unit: str, replied: str, reply: str
) -> str:
    """A 12345 办件公开 page on the county portal: the 工单 as a table, the reply, a 回访 line."""
    body = f"""<table class="gd-table" width="100%" border="1" cellspacing="0" cellpadding="6">
<tr><th width="15%">工单编号</th><td>{number}</td><th width="15%">来电时间</th><td>{asked}</td></tr>
<tr><th>诉求人</th><td>{who}</td><th>诉求类型</th><td>咨询</td></tr>
<tr><th>诉求标题</th><td colspan="3">{title}</td></tr>
<tr><th>诉求内容</th><td colspan="3">{P(text)}</td></tr>
<tr><th>承办单位</th><td>{unit}</td><th>办结时间</th><td>{replied}</td></tr>
<tr><th>办理结果</th><td colspan="3">{P(reply)}</td></tr>
<tr><th>回访情况</th><td colspan="3">已回访，诉求人表示满意。</td></tr>
</table>"""
    return page(
        site, title, "政民互动 &gt; 12345热线 &gt; 办件公开", replied, "12345政务服务便民热线", body, hits=412
    )


def liuyan(
    place: list[str],
    target: str,
    title: str,
    tid: str,
    asked: str,
    text: str,
    domain: str,
    unit: str,
    replied: str,
    reply: str,
) -> str:
    """A 人民网 领导留言板 thread: the 留言 and the 回复 with the board's own furniture."""
    crumb = " &gt; ".join(f'<a href="#">{p}</a>' for p in place)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}_领导留言板_人民网</title>
<meta name="keywords" content="领导留言板,{place[-1]},{domain}">
<link rel="stylesheet" href="//liuyan.people.com.cn/static/css/detail.css">
</head>
<body>
<div class="people-top"><a href="#">人民网</a> | <a href="#">地方领导留言板</a> | <a href="#">我要留言</a> | \
<a href="#">登录</a> <a href="#">注册</a></div>
<div class="lyb-logo"><img src="//liuyan.people.com.cn/static/img/lyb_logo.png" alt="地方领导留言板"></div>
<div class="lyb-crumb"><a href="#">首页</a> &gt; {crumb}</div>
<div class="lyb-thread">
<h1 class="tit">{title}</h1>
<ul class="tags"><li>留言对象：{target}</li><li>留言编号：{tid}</li><li>类型：求助</li><li>\
领域：{domain}</li>\
<li>状态：已办理</li></ul>
<p class="time">留言时间：{asked}</p>
<div class="content">{P(text)}</div>
<div class="reply">
<h3><img src="//liuyan.people.com.cn/static/img/gf.png" alt="">{unit} 回复</h3>
<p class="time">回复时间：{replied}</p>
<div class="reply-con">{P(reply)}</div>
</div>
<div class="eval">网友评价：<span>办理态度 ★★★★★</span> <span>办理速度 ★★★★☆</span> <span>解决程度\
 ★★★★★</span></div>
</div>
<div class="lyb-share">分享到：<a>微信</a> <a>微博</a> <a>人民号</a></div>
<div class="lyb-side"><h3>相关留言</h3><ul><li><a href="#">村里的路灯坏了很久没人修</a></li>\
<li><a href="#">孩子上学的校车什么时候开通</a></li><li><a href="#">希望增加公交班次</a></li></ul></div>
<div class="people-foot"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟</p>
<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
<p>Copyright © 1997-2026 by www.people.com.cn. all rights reserved</p></div>
</body>
</html>
"""


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str], channel: str) -> str:
    """A regional news site's article: 来源 / 编辑 lines, 责任编辑 at the foot, 相关新闻."""
    links = "".join(f"<li><a href='#'>{r}</a></li>" for r in related)
    return f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_{site}</title>
<meta name="keywords" content="{channel},三农,民生">
<meta name="description" content="{title}">
</head>
<body>
<div class="topnav"><a href="#">{site}首页</a> <a href="#">时政</a> <a href="#">{channel}</a> <a href="#">\
民生</a> \
<a href="#">视频</a> <a href="#">专题</a> <a href="#">客户端</a></div>
<div class="ad-top"><img src="/ad/banner_2026.jpg" alt="广告"></div>
<div class="crumbs"><a href="#">{site}</a> &gt; <a href="#">{channel}</a> &gt; 正文</div>
<div class="art">
<h1>{title}</h1>
<div class="art-meta">{meta}</div>
<div class="art-body">
{P(body)}
</div>
<p class="editor">（责任编辑：赵晓琳）</p>
<div class="share">分享到：<a>微信朋友圈</a> <a>微博</a> <a>QQ</a></div>
</div>
<div class="xgxw"><h3>相关新闻</h3><ul>{links}</ul></div>
<div class="foot"><p>{site} 版权所有　未经授权禁止复制或建立镜像</p><p>{icp}　互联网新闻信息服务许可证</p>\
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 1-5 长岭县 (吉林 松原): the 2026 保护性耕作 实施方案 beside its 征求意见稿 (and a copy in 下载/), the
# 申领流程 as a draw.io flowchart, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

CL_TITLE = "长岭县2026年保护性耕作实施方案"
CL_DRAFT_TITLE = f"关于公开征求《{CL_TITLE}（征求意见稿）》意见的公告"
# (final, draft)
CL_FIG = {
    "area": ("180万亩", "160万亩"),
    "notill": ("每亩40元", "每亩35元"),
    "strip": ("每亩25元", "每亩20元"),
    "cap": ("20万元", "15万元"),
    "window": ("4月15日至5月25日", "4月20日至5月20日"),
    "cover": ("不低于30%", "不低于25%"),
    "apply": ("5月31日前", "6月10日前"),
    "pay": ("8月31日前", "9月30日前"),
}


def cl_text(draft: bool) -> str:
    v = {k: pair[1 if draft else 0] for k, pair in CL_FIG.items()}
    bonus = (
        "同一地块连续实施保护性耕作3年及以上的，在上述标准基础上每亩再增加5元。"
        if not draft
        else "补助标准不因连续实施年限而调整。"
    )
    return f"""
为深入贯彻落实《东北黑土地保护性耕作行动计划（2020—2025年）》和省、市关于黑土地保护的部署要求，持续推进
保护性耕作整县推进，结合我县实际，制定本方案。

一、目标任务

2026年全县实施保护性耕作面积{v["area"]}，以秸秆覆盖免耕播种为主、秸秆覆盖条带耕作为辅，重点在太平川镇、
前七号镇、三青山镇、北正镇等玉米主产区整村整乡推进。

二、补助对象

在本县行政区域内实施保护性耕作的农户、家庭农场、农民合作社、农业企业等实施主体。委托农机服务组织作业的，
补助资金发放给土地的实际经营者；实行全程托管的，可按托管合同约定发放给作业服务组织。

三、补助标准

（一）秸秆覆盖免耕播种作业，{v["notill"]}。

（二）秸秆覆盖条带耕作（宽窄行、条带旋耕）后播种作业，{v["strip"]}。

（三）{bonus}

（四）单个实施主体年度补助资金最高不超过{v["cap"]}。

四、作业要求

（一）作业时间。春季作业时间为{v["window"]}，超出时段作业的面积不予补助。

（二）作业质量。播种后地表秸秆覆盖率{v["cover"]}，播种深度、株距符合农艺要求。

（三）作业监测。申请补助的作业机具须安装北斗作业监测终端，作业面积以县级监测平台核定面积为准。监测终端由
县农业农村局统一招标安装，作业服务组织不得向农户收取终端安装和流量费用。

五、不予补助的情形

（一）焚烧秸秆或将秸秆打包离田后再播种的地块；
（二）实施深翻、旋耕等传统耕作的地块；
（三）监测数据缺失或作业轨迹明显异常、无法核实面积的；
（四）同一地块重复申报的。

六、申报与兑付

实施主体在作业完成后，于{v["apply"]}向所在乡镇农业站提交申报表，乡镇初审、县级核验并公示无异议后，县财政
于{v["pay"]}通过惠民惠农财政补贴资金“一卡通”发放到户。

七、保障措施

县农业农村局负责组织实施和技术指导，县财政局负责资金保障和监管。对虚报面积、骗取补助资金的，追回已发放资金，
取消该实施主体3年内申报资格；构成犯罪的，依法追究刑事责任。

咨询电话：长岭县农业农村局农机推广站　0438-7221356
"""


def write_changling() -> None:
    final = zw_page(
        CL,
        CL_TITLE,
        "政府信息公开 &gt; 法定主动公开内容 &gt; 计划规划",
        "2026-03-18",
        "长岭县农业农村局",
        P(cl_text(False)) + "\n" + signed("长岭县农业农村局", "2026年3月18日"),
        number=f"长农发{L}2026{R}12号",
        topic="农业、林业、水利",
        serial="00087",
        hits=3177,
    )
    write(f"吉林/长岭县/{CL_TITLE}.html", final)
    write(f"下载/{CL_TITLE}.html", final)  # the browser's copy of the same page
    lead = f"""
为广泛听取社会各界意见，提高决策的科学性，县农业农村局起草了《{CL_TITLE}（征求意见稿）》，现向社会公开征求
意见。征求意见时间为2026年2月9日至2月23日，请通过电子邮件（clxnjzx@163.com）或信函方式反馈，信函请注明
“保护性耕作方案意见”字样。
"""
    write(
        f"吉林/长岭县/{CL_DRAFT_TITLE}.html",
        zw_page(
            CL,
            CL_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2026-02-09",
            "长岭县农业农村局",
            P(lead)
            + f'\n<p style="text-align:center"><strong>{CL_TITLE}（征求意见稿）</strong></p>\n'
            + P(cl_text(True))
            + "\n"
            + signed("长岭县农业农村局", "2026年2月9日"),
            topic="农业、林业、水利",
            serial="00031",
            hits=845,
        ),
    )
    write_bytes("吉林/长岭县/长岭县保护性耕作作业补助申领流程.drawio", cl_drawio())
    write(
        f"吉林/长岭县/12345 {CL_REPLY_Q}.html",
        hotline(
            CL,
            CL_REPLY_Q,
            "GD2207222026060300517",
            "2026-06-03 09:41",
            "刘**（太平川镇）",
            """
我在太平川镇流转了300亩地，今年春天全部用免耕播种机种的玉米，秸秆都留在地里了，机器上装了北斗终端。其中
120亩是从2024年开始就一直免耕的，今年是连续第三年。之前听村里人说每亩补35元，想问一下今年到底每亩补多少，
我这300亩一共能拿多少钱，什么时候发？
""",
            "长岭县农业农村局",
            "2026-06-06 16:20",
            f"""
您好！您反映的问题已收悉，现答复如下：

您听说的每亩35元是《{CL_TITLE}》征求意见稿中的标准，正式印发的方案已调整为秸秆覆盖免耕播种作业每亩40元；
同一地块连续实施3年及以上的，每亩再增加5元。

按您提供的情况，300亩免耕播种补助300×40=12000元，其中连续第三年实施的120亩另加120×5=600元，合计12600元
（以县级监测平台核定面积为准）。补助资金经乡镇初审、县级核验和公示后，于8月31日前通过“一卡通”发放。

感谢您对保护性耕作工作的支持！
""",
        ),
    )


CL_REPLY_Q = "我在太平川镇流转300亩地搞免耕播种，其中120亩连续第三年，今年能补多少钱"


# the 申领流程 as draw.io draws it: (id, label, style, x, y, w, h); the edges (id, source, target, label)
BOX = "rounded=1;whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;fontSize=13;"
CL_FLOW_CELLS = [
    (
        "start",
        "开始",
        "ellipse;whiteSpace=wrap;html=1;fillColor=#d5e8d4;strokeColor=#82b366;",
        300,
        20,
        120,
        50,
    ),
    ("n1", "实施主体完成春季作业<br>（4月15日至5月25日）", BOX, 250, 100, 220, 60),
    ("n2", "北斗终端自动上传作业轨迹<br>县级监测平台核定面积", BOX, 250, 190, 220, 60),
    ("n3", "向乡镇农业站提交申报表<br>（<b>5月31日</b>前）", BOX, 250, 280, 220, 60),
    ("n4", "乡镇农业站初审<br><b>3</b>个工作日内完成", BOX, 250, 370, 220, 60),
    (
        "d1",
        "秸秆覆盖率<br>≥30%？",
        "rhombus;whiteSpace=wrap;html=1;fillColor=#fff2cc;strokeColor=#d6b656;",
        280,
        460,
        160,
        90,
    ),
    (
        "no",
        "不予补助<br>书面告知实施主体",
        "rounded=1;whiteSpace=wrap;html=1;fillColor=#f8cecc;strokeColor=#b85450;",
        520,
        475,
        170,
        60,
    ),
    ("n5", "县农机推广站实地抽查<br>抽查比例不低于<b>20</b>%", BOX, 250, 590, 220, 60),
    ("n6", "乡镇、村两级公示" + "&nbsp;" + "<b>7</b>天", BOX, 250, 680, 220, 50),
    ("n7", "县财政通过“一卡通”<br>于8月31日前发放到户", BOX, 250, 760, 220, 60),
    (
        "end",
        "结束",
        "ellipse;whiteSpace=wrap;html=1;fillColor=#d5e8d4;strokeColor=#82b366;",
        300,
        850,
        120,
        50,
    ),
]
CL_FLOW_EDGES = [
    ("e1", "start", "n1", ""),
    ("e2", "n1", "n2", ""),
    ("e3", "n2", "n3", ""),
    ("e4", "n3", "n4", ""),
    ("e5", "n4", "d1", ""),
    ("e6", "d1", "no", "否"),
    ("e7", "d1", "n5", "是"),
    ("e8", "n5", "n6", ""),
    ("e9", "n6", "n7", "无异议"),
    ("e10", "n7", "end", ""),
]
CL_APPEAL_CELLS = [
    ("a1", "公示期内对面积或金额<br>提出异议", BOX, 40, 40, 200, 60),
    ("a2", "县农业农村局<br>农机推广站受理", BOX, 300, 40, 200, 60),
    ("a3", "<b>5</b>个工作日内复核<br>并书面答复", BOX, 560, 40, 200, 60),
    ("a4", "复核属实的<br>更正后重新公示", BOX, 560, 150, 200, 60),
]
CL_APPEAL_EDGES = [("f1", "a1", "a2", ""), ("f2", "a2", "a3", ""), ("f3", "a3", "a4", "属实")]


def mx_model(cells, edges, dx: int, dy: int) -> str:
    """An mxGraphModel as draw.io writes it: the two root cells, the vertices, then the edges."""
    out = [
        f'<mxGraphModel dx="{dx}" dy="{dy}" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" '
        'arrows="1" fold="1" page="1" pageScale="1" pageWidth="827" pageHeight="1169" math="0" shadow="0">',
        "<root>",
        '<mxCell id="0" />',
        '<mxCell id="1" parent="0" />',
    ]
    for cid, label, style, x, y, w, h in cells:
        out.append(
            f'<mxCell id="{cid}" value="{escape(label, quote=True)}" style="{style}" vertex="1" parent="1">'
            f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry" /></mxCell>'
        )
    for eid, src, dst, label in edges:
        out.append(
            f'<mxCell id="{eid}" value="{escape(label, quote=True)}" '
            'style="edgeStyle=orthogonalEdgeStyle;rounded=0;'
            f'orthogonalLoop=1;jettySize=auto;html=1;" edge="1" parent="1" source="{src}" target="{dst}">'
            '<mxGeometry relative="1" as="geometry" /></mxCell>'
        )
    out += ["</root>", "</mxGraphModel>"]
    return "".join(out)


def drawio_compress(xml: str) -> str:
    """What draw.io stores for a compressed page: base64 of the raw deflate of encodeURIComponent(xml)."""
    data = urllib.parse.quote(xml, safe="~()*!.'").encode("ascii")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(packer.compress(data) + packer.flush()).decode("ascii")


def cl_drawio() -> bytes:
    flow = mx_model(CL_FLOW_CELLS, CL_FLOW_EDGES, 1426, 794)
    appeal = mx_model(CL_APPEAL_CELLS, CL_APPEAL_EDGES, 1026, 594)
    text = (
        '<mxfile host="app.diagrams.net" modified="2026-03-20T02:15:33.512Z" '
        'agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) '
        'Chrome/122.0.0.0 Safari/537.36" '
        'etag="Qx3vH1bNn8yKc0ZtRwLd" version="24.0.4" type="device" pages="2">\n'
        f'  <diagram id="kT9w2sQpLx7mVb4nHc1e" name="申领流程">{drawio_compress(flow)}</diagram>\n'
        f'  <diagram id="Yz6cR3uNf0aEo8jWq5Gd" name="异议处理">{appeal}</diagram>\n'
        "</mxfile>\n"
    )
    return text.encode("utf-8")


# ---------------------------------------------------------------------------------------------------------
# 6-9 克山县 (黑龙江 齐齐哈尔): the 黑土地保护利用 实施方案 (.docx, 2025 beside 2026, units in the header), a
# 政策汇编 chapter in DocBook, its 政策解读 (问/答), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

KS_TITLE = "克山县2026年黑土地保护利用项目实施方案"
KS_DOCX = f"{KS_TITLE}.docx"
KS_TABLE = [
    ["技术环节", "2025年补助标准（元/亩）", "2026年补助标准（元/亩）", "2026年任务面积（万亩）", "作业要求"],
    ["秸秆翻埋还田", "40", "45", "25", "翻埋深度30厘米以上，秸秆全量还田"],
    ["秸秆碎混还田", "30", "35", "18", "碎混深度15厘米以上"],
    ["增施有机肥", "60", "80", "6", "每亩施用腐熟有机肥不少于2立方米"],
    ["深松整地", "25", "25", "10", "深松深度30厘米以上，同一地块间隔2年"],
    ["玉米大豆轮作", "150", "150", "8", "上茬为玉米，本年种植大豆"],
]
KS_FUNDS = [
    ["资金来源", "2026年安排（万元）"],
    ["中央财政东北黑土地保护利用资金", "3860"],
    ["省级财政配套资金", "520"],
    ["县级财政资金", "300"],
    ["合计", "4680"],
]


def ks_docx() -> bytes:
    blocks = [
        f"# {KS_TITLE}",
        "为落实《黑龙江省黑土地保护利用条例》，扎实推进国家黑土地保护利用项目，守护好“耕地中的大熊猫”，结合我县"
        "实际，制定本方案。",
        "## 一、实施范围和补助对象",
        "项目在全县15个乡镇实施。补助对象为项目区内实际从事耕地种植的农户、家庭农场、农民合作社和农业企业。",
        "## 二、技术环节和补助标准",
        "各技术环节补助标准和任务面积见表1。同一地块同一年度只能享受一种秸秆还田方式补助；增施有机肥补助可与秸秆"
        "还田补助叠加享受；玉米大豆轮作地块不再重复享受其他轮作补助。",
        "表1　技术环节补助标准及任务面积",
        KS_TABLE,
        "## 三、资金安排",
        "表2　项目资金来源",
        KS_FUNDS,
        "项目资金除用于上述技术环节补助外，其余部分用于耕地质量监测评价、技术培训和示范区建设。",
        "## 四、作业时间和验收",
        "秋季秸秆还田和深松整地作业时间为2026年9月25日至11月15日；增施有机肥结合秋整地或翌年春播前完成。乡镇"
        "负责全面核查，县农业农村局组织抽查，抽查面积不低于作业面积的10%。",
        "## 五、工作要求",
        "实施主体须与所在乡镇签订实施协议，如实申报作业地块和面积。严禁焚烧秸秆，对焚烧秸秆的地块取消当年全部补助。",
        "克山县农业农村局",
        "2026年3月26日",
    ]
    return make.docx_bytes(
        blocks, "克山县农业农村局文件", "— 克山县黑土地保护利用项目 —", "县农业农村局", WHEN, STAMP
    )


KS_DBK = "克山县黑土地保护利用政策汇编（第三章）.dbk"
KS_POINTS = [
    ("克山镇", "4", "2"),
    ("北兴镇", "3", "1"),
    ("北联镇", "3", "1"),
    ("西建乡", "2", "0"),
    ("向华乡", "2", "1"),
    ("双河镇", "2", "0"),
]


def ks_dbk() -> bytes:
    rows = "\n".join(
        f"          <row><entry>{a}</entry><entry>{b}</entry><entry>{c}</entry></row>"
        for a, b, c in KS_POINTS
    )
    total = sum(int(b) for _, b, _ in KS_POINTS), sum(int(c) for _, _, c in KS_POINTS)
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="http://docbook.org/xml/5.0/rng/docbook.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>
<book xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0"\
 xml:lang="zh-CN">
  <info>
    <title>克山县黑土地保护利用政策汇编</title>
    <subtitle>（2026年版）</subtitle>
    <author><orgname>克山县农业农村局</orgname></author>
    <pubdate>2026-04</pubdate>
  </info>
  <!-- 第一章 法规依据、第二章 技术规范另册印发，本文件仅含第三章 -->
  <chapter xml:id="ch03">
    <title>第三章　项目补助与示范带动</title>
    <section xml:id="ch03-s1">
      <title>一、秸秆还田和增施有机肥补助</title>
      <para>秸秆翻埋还田、秸秆碎混还田、增施有机肥、深松整地和玉米大豆轮作的补助标准，按当年实施方案执行，本汇编
      不再列出。同一地块同一年度只能享受一种秸秆还田方式补助。</para>
    </section>
    <section xml:id="ch03-s2">
      <title>二、黑土地保护示范户</title>
      <!-- 2024年版汇编：示范户每户奖励1500元 -->
      <para>在秸秆全量还田、有机肥施用、耕地质量提升等方面成效突出的种植户，可认定为县级黑土地保护示范户，每户奖励3000元<footnote>
          <para>示范户由乡镇推荐、县农业农村局审核认定，每年认定不超过50户；已认定的示范户连续两年未实施秸秆还田的，取消认定。</para>
        </footnote>。示范户应当开放示范田供周边农户观摩，每年承担观摩培训不少于2次。</para>
    </section>
    <section xml:id="ch03-s3">
      <title>三、耕地质量长期定位监测点</title>
      <para>全县布设耕地质量长期定位监测点，由所在村确定1名看护人员负责日常看护，每个监测点看护补助每年800元，
      年终由县农业技术推广中心考核后发放。监测点分布见下表。</para>
      <informaltable frame="all">
        <tgroup cols="3">
          <colspec colname="c1"/><colspec colname="c2"/><colspec colname="c3"/>
          <thead>
            <row><entry>乡镇</entry><entry>监测点数量（个）</entry><entry>其中2026年新建（个）</entry></row>
          </thead>
          <tbody>
{rows}
            <row><entry>合计</entry><entry>{total[0]}</entry><entry>{total[1]}</entry></row>
          </tbody>
        </tgroup>
      </informaltable>
    </section>
    <section xml:id="ch03-s4">
      <title>四、违规责任</title>
      <para>虚报作业面积、重复申报或者焚烧秸秆骗取补助资金的，由县农业农村局追回已拨付资金，3年内不得申报黑土地保护
      利用项目补助。</para>
    </section>
  </chapter>
</book>
"""
    return text.encode("utf-8")


KS_READ = """
<p><strong>一、什么是黑土地保护利用项目？</strong></p>
<p>答：黑土地保护利用项目是国家为遏制黑土地“变薄、变瘦、变硬”实施的耕地保护项目，我县今年通过秸秆还田、增施
有机肥、深松整地、玉米大豆轮作等技术措施，在全县15个乡镇实施。</p>
<p><strong>二、补助给谁？土地流转出去了，补助归谁？</strong></p>
<p>答：补助对象是项目区内实际从事耕地种植的农户、家庭农场、农民合作社和农业企业。土地已经流转的，补助发放给实际
种植者，不发放给土地承包户。</p>
<p><strong>三、秸秆翻埋还田今年每亩补多少？</strong></p>
<p>答：2026年秸秆翻埋还田每亩补助45元，比2025年提高5元；秸秆碎混还田每亩35元。</p>
<p><strong>四、同一块地可以既翻埋又碎混，领两份补助吗？</strong></p>
<p>答：不可以。同一地块同一年度只能享受一种秸秆还田方式补助。但增施有机肥补助可以和秸秆还田补助叠加享受。</p>
<p><strong>五、怎么申报？</strong></p>
<p>答：实施主体先与所在乡镇签订实施协议；作业完成后向乡镇农业综合服务中心申报作业地块和面积；乡镇全面核查、县农业
农村局抽查验收；验收结果在村、乡镇两级公示无异议后兑付。</p>
<p><strong>六、补助什么时候发？</strong></p>
<p>答：秋季作业验收合格后，补助资金于2027年3月31日前通过“一卡通”兑付到实施主体账户。</p>
<p><strong>七、有问题找谁咨询？</strong></p>
<p>答：可拨打克山县农业农村局耕地保护股电话0452-4322117，或咨询所在乡镇农业综合服务中心。</p>
"""

KS_REPLY_Q = "北联镇种了260亩玉米秋天秸秆翻埋还田，其中80亩还施有机肥，补助一共多少"


def write_keshan() -> None:
    write_bytes(f"黑龙江/克山县/{KS_DOCX}", ks_docx())
    write_bytes(f"黑龙江/克山县/{KS_DBK}", ks_dbk())
    write(
        "黑龙江/克山县/克山县黑土地保护利用项目政策解读.html",
        zw_page(
            KS,
            "图文解读：《克山县2026年黑土地保护利用项目实施方案》",
            "政府信息公开 &gt; 政策解读",
            "2026-03-30",
            "克山县农业农村局",
            re.sub(r"\n(?!<p>)", "", KS_READ.strip()),  # the source's wrapped lines are one paragraph each
            topic="农业、林业、水利",
            serial="00112",
            hits=2291,
        ),
    )
    write(
        f"黑龙江/克山县/领导留言板 {KS_REPLY_Q}.html",
        liuyan(
            ["黑龙江省", "齐齐哈尔市", "克山县"],
            "克山县县长",
            "秸秆翻埋还田和有机肥补助能一起领吗？一共多少钱？",
            "LY2026-0412-88317",
            "2026-04-12 20:16",
            """
县长您好！我是北联镇的种植户，今年种了260亩玉米，打算秋天收完后全部秸秆翻埋还田，其中80亩还想施有机肥。
去年翻埋还田是每亩40元，听说今年涨了。请问翻埋还田和施有机肥的补助能不能一起领？我这些地一共能补多少钱？
""",
            "农业",
            "克山县农业农村局",
            "2026-04-18 10:05",
            f"""
网友您好！感谢您对黑土地保护工作的关注。根据《{KS_TITLE}》，2026年秸秆翻埋还田每亩补助45元，增施有机肥每亩
补助80元；同一地块同一年度只能享受一种秸秆还田方式补助，增施有机肥补助可以与秸秆还田补助叠加享受。

按您反映的情况，260亩翻埋还田补助260×45=11700元，其中80亩增施有机肥补助80×80=6400元，合计18100元。实际补助
以乡镇核查和县级验收确认的面积为准。请您在作业前与北联镇签订实施协议。
""",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 10-12 扎赉特旗 (内蒙古 兴安盟): the 作业补助申领 办事指南 (key-value rows, named like 林周县's), the spring
# 补助 公示 as a bz2-compressed GBK CSV, the 作业质量监测 通知 (GBK .txt)
# ---------------------------------------------------------------------------------------------------------

ZL_GUIDE = """
项目|内容
事项名称|保护性耕作作业补助申领
事项类型|公共服务
实施主体|扎赉特旗农牧和科技局
服务对象|在本旗实施保护性耕作的农牧民、家庭农牧场、农民专业合作社和农机作业服务组织
受理条件|1.在本旗行政区域内实施免耕播种或深松整地作业；2.单个作业地块连片50亩以上；3.作业机具安装并正常使用北斗作业监测终端；4.免耕播种地块秸秆覆盖率达到30%以上
补助标准|免耕播种作业每亩45元，深松整地作业每亩30元，按旗级监测平台核定面积计算
申请材料|1.保护性耕作作业补助申请表；2.申请人身份证或营业执照复印件；3.土地承包合同或土地流转合同；4.作业服务合同（委托作业的提供）；5.申请人“一卡通”账户信息
办理流程|申请—嘎查村公示—苏木镇审核—旗农牧和科技局核定—旗级公示—拨付
办理时限|承诺时限15个工作日（公示时间不计算在内）
办理地点|扎赉特旗政务服务中心二楼农牧窗口（18号）
办理时间|周一至周五 上午8:30-12:00，下午14:30-17:30（法定节假日除外）
收费标准|不收费
咨询电话|0482-6121458
监督投诉|0482-6122110
"""

ZL_CSV = "扎赉特旗2026年春季保护性耕作作业补助资金公示.csv.bz2"
# (苏木镇, 实施主体, 作业类型, 申报面积 亩, 核定面积 亩, 标准 元/亩, 备注)
ZL_ROWS = [
    ("音德尔镇", "扎赉特旗金穗农机专业合作社", "免耕播种", 5200, 5080, 45, "监测核减120亩"),
    ("好力保镇", "扎赉特旗丰源农机专业合作社", "免耕播种", 3260, 3260, 45, ""),
    ("巴彦高勒镇", "扎赉特旗绿野家庭农场", "免耕播种", 860, 860, 45, ""),
    ("新林镇", "扎赉特旗德丰种植专业合作社", "深松整地", 2400, 2350, 30, "重复轨迹核减50亩"),
    ("胡尔勒镇", "扎赉特旗沃野农机服务有限公司", "免耕播种", 4100, 4100, 45, ""),
    ("阿尔本格勒镇", "扎赉特旗北垦农机专业合作社", "免耕播种", 1850, 1790, 45, "监测核减60亩"),
    ("宝力根花苏木", "扎赉特旗草原兴农机专业合作社", "深松整地", 1200, 1200, 30, ""),
    ("好力保镇", "好力保镇永兴嘎查种植大户（王**）", "免耕播种", 48, 0, 45, "连片不足50亩，不予补助"),
]
ZL_TOTAL = sum(r[4] * r[5] for r in ZL_ROWS)


def zl_csv() -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["扎赉特旗2026年春季保护性耕作作业补助资金公示表"])
    w.writerow(
        [
            "序号",
            "苏木镇",
            "实施主体",
            "作业类型",
            "申报面积（亩）",
            "核定面积（亩）",
            "补助标准（元/亩）",
            "补助金额（元）",
            "备注",
        ]
    )
    for i, (town, who, kind, asked, got, rate, note) in enumerate(ZL_ROWS, 1):
        w.writerow([i, town, who, kind, asked, got, rate, got * rate, note])
    w.writerow(["合计", "", "", "", sum(r[3] for r in ZL_ROWS), sum(r[4] for r in ZL_ROWS), "", ZL_TOTAL, ""])
    w.writerow(
        ["公示期：2026年6月10日至6月16日。对公示内容有异议的，请在公示期内向旗农牧和科技局农机推广中心反映。"]
    )
    return bz2.compress(buf.getvalue().encode("gbk"), 9)


ZL_TXT = "扎赉特旗农牧和科技局关于做好2026年保护性耕作作业质量监测工作的通知.txt"
ZL_NOTICE = f"""扎赉特旗农牧和科技局关于做好2026年保护性耕作作业质量监测工作的通知

扎农科发{L}2026{R}18号

各苏木镇人民政府，旗农机推广中心：

为确保保护性耕作作业补助面积真实、质量达标，现就做好2026年作业质量监测工作通知如下：

一、监测范围
凡申请保护性耕作作业补助的免耕播种机、深松机，均须在作业开始前安装北斗作业监测终端并完成调试，未安装终端
或终端不在线期间作业的面积不予认定。

二、数据上传
作业服务组织应在作业结束后10日内，将作业数据完整上传至旗保护性耕作监测平台，逾期不上传的，视为放弃当季补助。

三、质量核验
旗农机推广中心按不低于5%的比例对作业地块进行实地抽查，重点核验秸秆覆盖率、播种质量和深松深度。免耕播种地块秸
秆覆盖率低于30%的，该地块不予补助。

四、面积核定
监测面积与申报面积不一致的，以监测面积为准；同一地块重复作业的轨迹只计算一次。

五、工作要求
各苏木镇要明确一名分管领导和一名业务人员负责此项工作，发现弄虚作假的，一经查实取消作业服务组织当年补助资格。

联系人：旗农机推广中心 张** 电话：0482-6121458

扎赉特旗农牧和科技局
2026年4月2日
"""


def write_zalaite() -> None:
    write(
        "内蒙古/扎赉特旗/办事指南.html",
        jy_page(
            ZL,
            "保护性耕作作业补助申领办事指南",
            "政务服务 &gt; 办事指南 &gt; 农牧业",
            "2026-04-08",
            "扎赉特旗农牧和科技局",
            make.kv_table(
                ZL_GUIDE, 'class="bszn-table" border="1" cellspacing="0" cellpadding="10" width="100%"'
            ),
            hits=1534,
        ),
    )
    write_bytes(f"内蒙古/扎赉特旗/{ZL_CSV}", zl_csv())
    write(f"内蒙古/扎赉特旗/{ZL_TXT}", ZL_NOTICE.replace("\n", "\r\n"), "gbk")


# ---------------------------------------------------------------------------------------------------------
# 13-17 林周县 (西藏 拉萨): the 农村公路养护管理办法 (pasted from Word, its page numbers between
# paragraphs), the 路长制 mind map (.km), the 涉路施工许可 办事指南 (【字段】 lines, named like 扎赉特旗's),
# the 养护里程及资金分配表 (UTF-16 LE .txt), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LZ_TITLE = "林周县农村公路养护管理办法"
LZ_ARTICLES = [
    "为加强农村公路养护管理，保障农村公路完好、安全、畅通，根据《公路法》《农村公路养护管理办法》等规定，结合"
    "我县实际，制定本办法。",
    "本办法适用于本县行政区域内列入农村公路网规划的县道、乡道和村道及其附属设施的养护管理。",
    "全面推行县、乡、村三级路长制。县长任县级总路长，乡镇长任乡级路长，村（居）委会主任任村级路长，负责本辖区"
    "农村公路的管理养护、路域环境整治和安全隐患排查。",
    "农村公路日常养护资金按照县道每公里每年1.2万元、乡道每公里每年6000元、村道每公里每年3500元的标准安排，由县"
    "财政统筹车购税资金、成品油税费改革转移支付资金和县级财政资金保障，按乡镇养护里程分配。",
    "PAGEBREAK",
    "乡镇按照每10至15公里配备1名的标准选聘专职护路员，优先从脱贫人口和监测对象中选聘，年龄为18周岁至60周岁，身体"
    "健康，能胜任日常巡查工作。护路员报酬每人每月1600元，按月考核发放；",
    "月度考核优秀的，当月增发200元；考核不合格的，扣发当月报酬的30%；连续2个月考核不合格的，予以解聘。",
    "护路员每日巡查所负责路段，及时清理路面落石和杂物，疏通边沟和涵洞；发现水毁、塌方等险情，应立即设置警示标志"
    "并报告乡级路长。",
    "在农村公路用地范围内从事涉路施工活动的，应当依法向县交通运输局申请涉路施工许可。禁止在农村公路上晾晒青稞、"
    "堆放柴草和建筑材料、设置路障。",
    "PAGEBREAK",
    "县交通运输局每年对乡镇农村公路养护工作进行考核，考核结果与下一年度养护资金分配挂钩。年度考核排名前3名的乡镇"
    "各奖励5万元，奖励资金用于农村公路养护；排名末位的乡镇予以通报。",
    "本办法自2026年5月1日起施行，有效期5年。",
]


def lz_body() -> str:
    out, n, pageno = [], 0, 1
    for a in LZ_ARTICLES:
        if a == "PAGEBREAK":
            pageno += 1
            out.append(f'<p style="text-align:center;color:#999">— {pageno} —</p>')
            continue
        if a.startswith("月度考核优秀"):  # the article Word split over a page: its second half has no number
            out.append(f"<p>{a}</p>")
            continue
        n += 1
        num = "一二三四五六七八九十"[n - 1] if n <= 10 else "十" + "一二三四五六七八九"[n - 11]
        out.append(f"<p>第{num}条　{a}</p>")
    return "\n".join(out)


# the 路长制 map: nodes are (text, note, children)
LZ_MAP: tuple[Any, ...] = (
    "林周县农村公路路长制",
    f"依据：《林周县农村公路养护管理办法》（林政办发{L}2026{R}9号）",
    [
        (
            "组织体系",
            "",
            [
                ("县级总路长：县长", "", []),
                ("县级副总路长：分管副县长", "", []),
                ("乡级路长：10个乡镇乡镇长", "", []),
                ("村级路长：村（居）委会主任", "", []),
                ("路长办公室：设在县交通运输局", "负责路长制日常工作，建立问题台账，督促整改。", []),
            ],
        ),
        (
            "巡路频次",
            "",
            [
                ("县级总路长", "每季度至少巡路1次，巡路后5个工作日内由路长办公室形成问题清单并交办。", []),
                ("乡级路长", "每月巡路不少于2次。", []),
                ("村级路长", "每周巡路不少于1次，重点检查村道边沟、涵洞和错车道。", []),
                ("专职护路员", "每日巡查，按月考核。", []),
            ],
        ),
        (
            "问题处置",
            "",
            [
                ("一般问题", "乡级路长组织处理，3日内整改到位。", []),
                ("需县级协调的问题", "报县路长办公室，由县交通运输局牵头10日内解决。", []),
                ("水毁险情", "护路员立即设置警示标志并上报，乡级路长到场处置。", []),
            ],
        ),
        (
            "考核奖惩",
            "",
            [
                ("年度考核", "由县交通运输局组织，结果与下一年度养护资金分配挂钩。", []),
                ("奖励", "排名前3名的乡镇各奖励5万元。", []),
            ],
        ),
        (
            "社会监督",
            "",
            [
                (
                    "路长公示牌",
                    "每条县道、乡道起止点设置路长公示牌，标明路长姓名、职责和监督电话0891-6122071。",
                    [],
                ),
            ],
        ),
    ],
)


def km_node(node, counter: list[int]) -> dict:
    text, note, children = node
    counter[0] += 1
    data: dict[str, object] = {
        "id": f"d{counter[0]:03d}kq7h2m1x",
        "created": 1745884800000 + counter[0] * 61000,
        "text": text,
    }
    if note:
        data["note"] = note
    if counter[0] == 1:
        data["expandState"] = "expand"
    if text.startswith("县级总路长："):
        data["priority"] = 1
    return {"data": data, "children": [km_node(c, counter) for c in children]}


def lz_km() -> bytes:
    doc = {"root": km_node(LZ_MAP, [0]), "template": "right", "theme": "fresh-blue", "version": "1.4.43"}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


LZ_GUIDE = """
【事项名称】涉路施工许可（农村公路）
【实施机关】林周县交通运输局
【适用情形】因修建铁路、机场、供电、通信、水利等建设工程需要占用、挖掘农村公路，或者跨越、穿越农村公路修建桥梁、渡槽、架设或埋设管道、电缆等设施的
【申请材料】1.涉路施工许可申请书；2.设计图纸和施工方案；3.保障公路、公路附属设施质量和安全的技术评价报告；4.处置施工险情和意外事故的应急预案；5.涉及经营性项目的，提供立项批复文件
【办理流程】申请—受理—现场勘查—审查—决定—送达
【办理时限】法定时限20个工作日，承诺时限8个工作日
【办理地点】林周县政务服务中心一楼交通运输窗口
【办理时间】工作日 上午9:30-13:00，下午15:30-18:00
【收费标准】不收费（施工造成公路损坏的，依法承担修复或者补偿责任）
【咨询电话】0891-6122035
"""

LZ_TXT = "林周县2026年农村公路养护里程及资金分配表.txt"
# (乡镇, 乡道 公里, 村道 公里)
LZ_TOWNS = [
    ("甘丹曲果镇", "36.4", "92.5"),
    ("春堆乡", "28.7", "64.3"),
    ("松盘乡", "22.1", "48.9"),
    ("卡孜乡", "25.6", "57.2"),
    ("边交林乡", "30.2", "71.8"),
    ("江夏乡", "19.8", "42.6"),
    ("旁多乡", "38.5", "86.2"),
    ("唐古乡", "33.0", "69.4"),
    ("阿朗乡", "17.6", "39.5"),
    ("强嘎乡", "21.3", "51.0"),
]
LZ_COUNTY_ROAD = "112.6"


def lz_funds(xiang: str, cun: str) -> str:
    from decimal import Decimal

    return f"{Decimal(xiang) * Decimal('0.6') + Decimal(cun) * Decimal('0.35'):.2f}"


def lz_txt() -> str:
    from decimal import Decimal

    cols = [14, 14, 14, 18]
    head = ["单位", "乡道（公里）", "村道（公里）", "养护资金（万元）"]
    lines = [
        "林周县2026年农村公路养护里程及资金分配表",
        "",
        "编制单位：林周县交通运输局　　　　编制日期：2026年4月20日",
        "分配标准：县道每公里每年1.2万元，乡道每公里每年0.6万元，村道每公里每年0.35万元",
        "",
        "".join(pad(h, c) for h, c in zip(head, cols, strict=True)).rstrip(),
        "-" * sum(cols),
    ]
    total = Decimal(0)
    for town, xiang, cun in LZ_TOWNS:
        money = lz_funds(xiang, cun)
        total += Decimal(money)
        lines.append(
            "".join(pad(s, c) for s, c in zip((town, xiang, cun, money), cols, strict=True)).rstrip()
        )
    county = f"{Decimal(LZ_COUNTY_ROAD) * Decimal('1.2'):.2f}"
    lines.append(
        "".join(pad(s, c) for s, c in zip(("县公路养护段", "—", "—", county), cols, strict=True)).rstrip()
    )
    lines.append(f"  （县道{LZ_COUNTY_ROAD}公里，由县公路养护段负责养护）")
    lines.append("-" * sum(cols))
    xs = sum(Decimal(x) for _, x, _ in LZ_TOWNS)
    cs = sum(Decimal(c) for _, _, c in LZ_TOWNS)
    lines.append(
        "".join(
            pad(s, c)
            for s, c in zip(("合计", f"{xs}", f"{cs}", f"{total + Decimal(county):.2f}"), cols, strict=True)
        ).rstrip()
    )
    lines += ["", "说明：乡镇养护资金按季度拨付，第四季度根据年度考核结果结算。"]
    return "\r\n".join(lines) + "\r\n"


LZ_REPLY_Q = "卡孜乡护路员3月考核优秀4月考核不合格，两个月报酬能拿多少"


def write_linzhou() -> None:
    write(
        f"西藏/林周县/{LZ_TITLE}.html",
        zw_page(
            LZ,
            f"林周县人民政府办公室关于印发《{LZ_TITLE}》的通知",
            "政府信息公开 &gt; 政策文件 &gt; 县政府办文件",
            "2026-04-08",
            "林周县人民政府办公室",
            f"<p>各乡镇人民政府，县直各有关单位：</p>\n<p>《{LZ_TITLE}》已经县人民政府研究同意，现印发给你们，请认真"
            f"抓好落实。</p>\n{signed('林周县人民政府办公室', '2026年4月8日')}\n"
            f'<p style="text-align:center"><strong>{LZ_TITLE}</strong></p>\n{lz_body()}',
            number=f"林政办发{L}2026{R}9号",
            topic="交通运输",
            serial="00064",
            hits=1908,
        ),
    )
    write_bytes(f"西藏/林周县/{'林周县农村公路路长制工作导图.km'}", lz_km())
    write(
        "西藏/林周县/办事指南.html",
        zw_page(
            LZ,
            "涉路施工许可（农村公路）办事指南",
            "政务服务 &gt; 办事指南",
            "2026-04-15",
            "林周县交通运输局",
            "\n".join(f"<p>{ln}</p>" for ln in LZ_GUIDE.strip().splitlines()),
            hits=677,
        ),
    )
    write(f"西藏/林周县/{LZ_TXT}", "\ufeff" + lz_txt(), "utf-16-le")
    write(
        f"西藏/林周县/12345 {LZ_REPLY_Q}.html",
        hotline(
            LZ,
            LZ_REPLY_Q,
            "GD5401212026051400093",
            "2026-05-14 11:26",
            "次**（卡孜乡）",
            """
我是卡孜乡的专职护路员，负责9公里村道。3月份乡里考核我是优秀，4月份我请了几天假回老家，少巡了5天，考核
不合格。请问3月和4月两个月的报酬一共能拿多少？
""",
            "林周县交通运输局",
            "2026-05-16 17:40",
            f"""
您好！根据《{LZ_TITLE}》，护路员报酬每人每月1600元，按月考核发放：月度考核优秀的，当月增发200元；考核不合格
的，扣发当月报酬的30%。

您3月考核优秀，报酬1600+200=1800元；4月考核不合格，报酬1600×（1-30%）=1120元；两个月合计2920元。请注意，
连续2个月考核不合格的将予以解聘，请按要求做好日常巡查。
""",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 18-21 尖扎县 (青海 黄南): the 路长制 实施方案 (a hard-wrapped PDF whose wrap splits figures), the 尖扎路长通
# 小程序's help texts (.properties), the 2025 总结 beside the 2026 计划, a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

JZ_TITLE = "尖扎县农村公路“路长制”实施方案"
JZ_PDF = "尖扎县农村公路“路长制”实施方案.pdf"
JZ_WIDTH = 34
JZ_PAGES = [
    f"""
尖扎县人民政府办公室关于印发《尖扎县农村公路“路长制”实施方案》的通知
尖政办{L}2026{R}21号
各乡镇人民政府，县直各有关单位：
《尖扎县农村公路“路长制”实施方案》已经县人民政府同意，现印发给你们，请结合实际认真贯彻落实。
尖扎县人民政府办公室
2026年5月12日
尖扎县农村公路“路长制”实施方案
为加快建设“四好农村路”，推动农村公路管理养护常态化、制度化，根据省、州有关要求，结合我县实际，制定本方案。
一、工作目标
到2026年底，全县农村公路列养率保持100%，优良中等路率达到85%以上，路域环境明显改善，水毁路段及时修复。
二、组织体系
（一）县级路长。县长任县级总路长，分管副县长任副总路长，负责全县农村公路路长制工作的组织领导。
（二）乡级路长。乡镇长任乡级路长，负责辖区乡道、村道的管理养护和水毁抢修。
（三）村级路长。村委会主任任村级路长，负责村道日常巡查和路域环境整治。
""",
    """
三、养护员队伍
各乡镇按照每15至20公里配备1名的标准选聘农村公路养护员，由乡镇统一管理，负责所包路段的日常巡查和小修保养。养护员报酬每人每月1500元，由县财政统筹安排，按月发放。
年度考核为优秀的养护员，由乡镇推荐、县交通运输局审核后，每人奖励600元；年度考核不合格的，不再续聘。
养护员年龄一般在18周岁至60周岁之间，优先从本村脱贫户中选聘。
四、水毁抢修
汛期为每年6月1日至9月30日。汛期内乡级路长每周巡查不少于1次，暴雨期间加密巡查。
乡镇组织抢修农村公路小型水毁的，经县交通运输局核定后，每处补助5000元；中型水毁每处补助2万元。大型水毁由县交通运输局按工程项目组织实施，不适用本补助。
水毁等级由县交通运输局组织核定，补助资金在修复验收合格后拨付乡镇。
""",
    """
五、考核奖惩
路长制工作纳入乡镇年度目标责任考核。年度考核第一名的乡镇奖励3万元，第二名奖励2万元，第三名奖励1万元；连续两年考核排名末位的，由县级总路长约谈乡级路长。
六、保障措施
县财政每年安排农村公路养护资金，并随养护里程增加逐年增长。县交通运输局负责技术指导和监督检查，县纪委监委对路长履职情况进行监督。
本方案自2026年6月1日起施行。
""",
]
# keys the wrap splits, as the first line's tail and the next line's head
JZ_CUTS = ["1500元", "600元", "5000元"]


def jz_check_wrap() -> None:
    """Each of JZ_CUTS stands split across two wrapped lines of its page."""
    for key in JZ_CUTS:
        page = next(p for p in JZ_PAGES if key in p.replace("\n", ""))
        lines = make.hard_wrap(page, JZ_WIDTH)
        assert not any(key in ln for ln in lines), key
        assert any(key in a + b for a, b in itertools.pairwise(lines)), key


JZ_PROPS = "luzhangtong_help_zh_CN.properties"
# the 小程序's help texts as its developers keep them: Chinese written as \\u escapes by the build's
# native2ascii step, comments in both styles, three key-value separators and continuation lines
JZ_PROPS_LINES = [
    "#Generated by ResourceBundle Editor (http://essiembre.github.io/eclipse-rbe/)",
    "# 尖扎路长通 小程序 帮助文本（简体中文）",
    "# 维护：县交通运输局信息股　2026-05-20",
    "",
    "app.name=尖扎路长通",
    "app.version=2.3.1",
    "",
    "# ---------- 随手拍 ----------",
    "! 旧版文案（2025年）：乡镇路长接报后4小时内到场",
    "help.report.title=随手拍·上报水毁",
    "help.report.body=发现路面塌陷、边坡垮塌、涵洞堵塞等水毁险情，请在“随手拍”中上传照片并确认定位。\\",
    "    乡镇路长接报后2小时内到场处置，\\",
    "    县交通运输局24小\\",
    "    时内核定水毁等级（小型、中型、大型）。",
    "",
    "# ---------- 有奖线索 ----------",
    "# 2025年标准：有效线索每条奖励20元（已停用）",
    "help.reward.title: 有奖线索",
    "help.reward.body: 经核实的有效水毁线索，每条奖励30元；同一处险情只奖励首位上报人。\\",
    "  奖励每季度末统一发放到上报人的微信零钱。",
    "help.reward.limit 同一用户每月最多奖励10条。",
    "",
    "# ---------- 养护员打卡 ----------",
    "help.worker.title=养护员打卡",
    "help.worker.body=养护员每天巡查打卡不少于1次，每次上传现场照片不少于3张；\\",
    "                 连续3天未打卡的，系统自动提醒乡级路长。",
    "",
    "help.contact=咨询电话：0973-8792315（工作日8:30-18:00）",
    "help.privacy=您上传的照片和位置仅用于农村公路管理养护，不会用于其他用途。",
]


def properties_escape(line: str) -> str:
    """Every character beyond ASCII as \\uXXXX, as native2ascii and Properties.store write it."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c):04X}" for c in line)


def jz_properties() -> bytes:
    return ("\n".join(properties_escape(ln) for ln in JZ_PROPS_LINES) + "\n").encode("iso-8859-1")


JZ_SUMMARY_TITLE = "尖扎县2025年农村公路养护工作总结和2026年工作计划"
JZ_SUMMARY = [
    "一、2025年工作完成情况",
    "2025年，全县列养农村公路612公里，列养率100%；全年投入农村公路养护资金1260万元，完成路面修补、边沟清理等日常"
    "养护；修复水毁路段43处；完成危桥改造4座；全县农村公路优良中等路率达到78.6%。全年聘用农村公路养护员90名，"
    "乡、村两级路长全部明确。",
    "二、存在的问题",
    "一是部分村道路面窄、错车道不足；二是汛期水毁多发，抢修力量不足；三是养护员年龄偏大，机械化养护水平不高。",
    "三、2026年工作计划",
    "（一）扩大列养范围。2026年列养农村公路655公里，新增列养里程43公里。",
    "（二）加大资金投入。2026年计划投入农村公路养护资金",
    "PAGE",
    "1420万元，其中县级财政资金不少于300万元。",
    "（三）充实养护力量。养护员增加到120名，按每15至20公里配备1名。",
    "（四）提升路况水平。实施危桥改造6座，全县农村公路优良中等路率达到85%以上。",
    "（五）全面推行路长制。印发实施《尖扎县农村公路“路长制”实施方案》，上线“尖扎路长通”小程序，群众可通过“随手"
    "拍”上报水毁险情。",
]

JZ_REPLY_Q = "马克唐镇村道7月暴雨冲毁两处小型一处中型，乡里抢修了能补多少"


def write_jianzha() -> None:
    jz_check_wrap()
    OUT.write_pdf(
        f"青海/尖扎县/{JZ_PDF}",
        JZ_PAGES,
        f"尖扎县人民政府办公室　尖政办{L}2026{R}21号",
        JZ_WIDTH,
        lambda n, total: f"第 {n} 页 / 共 {total} 页",
        260,
    )
    write_bytes(f"青海/尖扎县/{JZ_PROPS}", jz_properties())
    body = []
    for para in JZ_SUMMARY:
        if para == "PAGE":
            body.append('<p style="text-align:center">— 2 —</p>')
        elif para[0] in "一二三" and "、" in para[:2]:
            body.append(f"<p><strong>{para}</strong></p>")
        else:
            body.append(f"<p>{para}</p>")
    write(
        f"青海/尖扎县/{JZ_SUMMARY_TITLE}.html",
        jy_page(
            JZ,
            JZ_SUMMARY_TITLE,
            "政务公开 &gt; 部门信息 &gt; 县交通运输局",
            "2026-01-22",
            "尖扎县交通运输局",
            "\n".join(body) + "\n" + signed("尖扎县交通运输局", "2026年1月20日"),
            hits=731,
        ),
    )
    write(
        f"青海/尖扎县/领导留言板 {JZ_REPLY_Q}.html",
        liuyan(
            ["青海省", "黄南藏族自治州", "尖扎县"],
            "尖扎县委书记",
            "村道被暴雨冲毁了，乡里组织抢修后能有多少补助？",
            "LY2026-0726-40512",
            "2026-07-26 08:47",
            """
书记您好！我是马克唐镇一个村的村委会主任，7月中旬连下几场暴雨，村里通往镇上的村道被冲毁了三处，镇上组织
人和机械抢修好了。县交通局来人看过，说其中两处是小型水毁，一处是中型水毁。请问这三处抢修能补助多少钱？
钱是拨到村里还是镇上？
""",
            "交通",
            "尖扎县交通运输局",
            "2026-07-30 15:12",
            f"""
您好！根据《{JZ_TITLE}》，乡镇组织抢修农村公路小型水毁的，每处补助5000元，中型水毁每处补助2万元；大型水毁由
县交通运输局按工程项目组织实施。

经核定，您村村道两处小型水毁、一处中型水毁，补助资金为2×5000+20000=30000元，即3万元。补助资金在修复验收合格
后拨付马克唐镇人民政府，由镇上统筹用于抢修支出，不直接拨付到村。
""",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 22-24 洮北区 (吉林 白城): the notice raising the 养老机构 运营补贴 and 等级评定奖励 (last year's standard
# beside this year's in one table), the 洮北智慧养老 app's bundled FAQ (XML plist), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

TB_TITLE = "白城市洮北区民政局关于调整养老机构运营补贴和等级评定奖励标准的通知"
TB_TABLE = [
    ["补贴项目", "原标准（2025年）", "调整后标准（2026年起）"],
    ["运营补贴：收住自理老年人", "每人每月50元", "每人每月60元"],
    ["运营补贴：收住半失能老年人", "每人每月100元", "每人每月120元"],
    ["运营补贴：收住失能老年人", "每人每月150元", "每人每月200元"],
    ["等级评定奖励：二级", "一次性3万元", "一次性5万元"],
    ["等级评定奖励：三级", "一次性8万元", "一次性10万元"],
    ["等级评定奖励：四级", "一次性15万元", "一次性20万元"],
    ["等级评定奖励：五级", "—", "一次性30万元"],
    ["建设补助：新建床位", "每张5000元", "每张5000元"],
    ["建设补助：改扩建床位", "每张2500元", "每张2500元"],
]
TB_BODY = """
各街道、乡镇，各养老机构：

为进一步支持养老机构发展，提升失能老年人照护服务能力，经区政府同意，现对我区养老机构运营补贴和等级评定奖励标准
调整如下：

一、调整后的标准

调整前后的标准见下表。

TABLE

二、享受条件

（一）运营补贴。在区民政局完成备案且连续运营满1年、年均入住率不低于30%的养老机构，按实际收住本区户籍老年人的
人数和失能程度享受运营补贴。老年人失能程度以老年人能力评估结果为准。

（二）等级评定奖励。经市级以上养老机构等级评定为二级及以上的养老机构，按评定等级给予一次性奖励；同一机构同一等级
只奖励一次，晋升等级的，按新等级标准与已获奖励的差额补足。

三、申报和拨付

运营补贴按季度申报，养老机构于每季度首月15日前向区民政局申报上一季度补贴，区民政局会同区财政局审核后拨付。

四、其他

本通知自2026年1月1日起执行，2025年1月印发的《洮北区养老机构扶持资金管理办法》中运营补贴和等级评定奖励标准同时
停止执行。
"""

TB_PLIST = "TaobeiYanglao-FAQ.plist"
TB_FAQ = [
    (
        "能力评估",
        "老年人能力评估怎么申请？要交钱吗？",
        "由区民政局委托第三方评估机构免费上门评估，可在本App“能力评估”栏目预约。评估结果有效期1年，期间身体状况明显"
        "变化的可申请复评。",
        ["能力评估", "失能"],
    ),
    (
        "机构养老",
        "入住养老机构要交押金吗？退住后多久退还？",
        "押金不超过3个月床位费，退住结算后7个工作日内退还，养老机构不得以任何名义收取会员费。",
        ["押金", "退住"],
    ),
    (
        "机构养老",
        "养老机构运营补贴老人本人能领吗？",
        "不能。运营补贴按养老机构收住老年人的人数和失能程度拨付给养老机构，不直接发放给老年人个人。",
        ["运营补贴"],
    ),
    (
        "居家养老",
        "高龄津贴在哪里认证？",
        "在本App“我的—待遇认证”中刷脸认证，每年认证1次；无法使用手机的，可到社区由工作人员协助认证。",
        ["高龄津贴"],
    ),
    (
        "投诉建议",
        "对养老机构服务不满意怎么投诉？",
        "可拨打洮北区养老服务投诉电话0436-3222901，或在本App“我要投诉”栏目提交，区民政局在5个工作日内答复。",
        ["投诉"],
    ),
]


def tb_plist() -> bytes:
    doc = {
        "appName": "洮北智慧养老",
        "bundleVersion": "3.2.0",
        "faqVersion": 7,
        "updatedAt": datetime(2026, 4, 20, 8, 0, 0),
        "items": [
            {"id": 100 + i, "category": cat, "question": q, "answer": a, "keywords": kw, "hot": i <= 2}
            for i, (cat, q, a, kw) in enumerate(TB_FAQ, 1)
        ],
    }
    return plistlib.dumps(doc, fmt=plistlib.FMT_XML)


TB_REPLY_Q = "洮北民办养老院住着自理老人12个半失能18个失能9个，一个月运营补贴能拿多少"


def write_taobei() -> None:
    table = make.table(
        TB_TABLE, 'class="MsoTableGrid" border="1" cellspacing="0" cellpadding="6" width="100%"'
    )
    body = P(TB_BODY).replace("<p>TABLE</p>", table)
    write(
        f"吉林/洮北区/{TB_TITLE}.html",
        zw_page(
            TB,
            TB_TITLE,
            "政府信息公开 &gt; 部门文件 &gt; 区民政局",
            "2026-01-20",
            "洮北区民政局",
            body + "\n" + signed("白城市洮北区民政局", "2026年1月20日"),
            number=f"洮北民发{L}2026{R}7号",
            topic="民政、扶贫、救灾",
            serial="00019",
            hits=2604,
        ),
    )
    write_bytes(f"吉林/洮北区/{TB_PLIST}", tb_plist())
    write(
        f"吉林/洮北区/12345 {TB_REPLY_Q}.html",
        hotline(
            TB,
            TB_REPLY_Q,
            "GD2208022026040900211",
            "2026-04-09 14:05",
            "赵**（明仁街道）",
            """
我们在明仁街道开了一家民办养老院，2024年10月在区民政局备案的，现在住着39位本区户籍老人，其中自理的12个、
半失能的18个、失能的9个（都做过能力评估）。去年失能老人每人每月补150元，听说今年调了。请问我们现在一个月的
运营补贴能拿多少？怎么申报？
""",
            "洮北区民政局",
            "2026-04-11 10:30",
            f"""
您好！根据《{TB_TITLE}》，自2026年1月1日起，养老机构运营补贴标准调整为：收住自理老年人每人每月60元，半失能
老年人每人每月120元，失能老年人每人每月200元。

贵院已连续运营满1年，按现在的入住情况，每月运营补贴为12×60+18×120+9×200=720+2160+1800=4680元。运营补贴按
季度申报，请于每季度首月15日前向区民政局申报上一季度补贴。
""",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 25-30 临河区 (内蒙古 巴彦淖尔): the 申报 notice with its 附件 (a .docx of two tables whose units stand only
# in the header, and an empty 承诺书), the 临河智慧养老 app's FAQ (binary plist), the first 家庭养老床位 公示
# (GB18030 .txt), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

LH_TITLE = "关于组织申报2026年社区养老服务综合体建设补助和家庭养老床位补贴的通知"
LH_ATT1 = "附件1 临河区社区养老服务综合体和家庭养老床位补助标准.docx"
LH_ATT2 = "附件2 申报承诺书.docx"
LH_BODY = """
各街道办事处、乡镇人民政府，各养老服务机构：

为加快完善社区居家养老服务网络，推进家庭养老床位建设，现组织申报2026年社区养老服务综合体建设补助和家庭养老床位
补贴，有关事项通知如下：

一、申报时间

2026年5月10日至6月20日。

二、申报对象

（一）社区养老服务综合体建设补助：在本区新建或改建、符合附件1规定面积和功能要求的街道社区养老服务综合体、社区
养老服务站和农村牧区互助养老幸福院的运营主体。

（二）家庭养老床位补贴：承接家庭养老床位服务的养老服务机构。服务对象为本区户籍的特困、低保、低保边缘家庭失能
老年人和80周岁以上失能老年人，由老年人或其家属向所在街道（乡镇）提出申请，并与服务机构签订服务协议。

三、补助标准

建设补助、运营补贴和家庭养老床位建设补贴、上门服务补贴标准见附件1。综合体建设补助分两次拨付：验收合格后拨付60%，
运营满1年并经考核合格后拨付40%。家庭养老床位补贴拨付给服务机构，用于适老化改造、智能设备安装和上门服务，不发放
现金给个人。

四、申报材料

（一）申报表；（二）营业执照或民办非企业单位登记证书；（三）场所产权证明或租赁合同（租期不少于5年）；（四）消防
验收或备案材料；（五）申报承诺书（附件2）。

五、申报程序

运营主体向所在街道（乡镇）提交材料，街道（乡镇）5个工作日内完成初审；区民政局会同区财政局审核、实地核查后，在区
政府网站公示5个工作日，无异议的拨付资金。

联系人：区民政局养老服务股　联系电话：0478-8216623
"""

LH_T1 = [
    ["设施类型", "建筑面积要求（平方米）", "建设补助（万元/个）", "运营补贴（万元/个·年）"],
    ["街道社区养老服务综合体", "1000以上", "50", "10"],
    ["社区养老服务站", "300以上", "15", "3"],
    ["农村牧区互助养老幸福院", "200以上", "10", "2"],
]
LH_T2 = [
    ["老年人类别", "建设补贴（元/张）", "上门服务补贴（元/张·月）", "补贴期限（年）"],
    ["特困、低保家庭失能老年人", "3000", "300", "3"],
    ["低保边缘家庭失能老年人", "2500", "200", "3"],
    ["80周岁以上失能老年人", "2000", "100", "2"],
]


def lh_docx() -> bytes:
    blocks = [
        "附件1",
        "# 临河区社区养老服务综合体和家庭养老床位补助标准",
        "一、社区养老服务综合体建设补助和运营补贴",
        LH_T1,
        "二、家庭养老床位建设补贴和上门服务补贴",
        LH_T2,
        "注：同一老年人只能按一个类别享受补贴；补贴期限自签订服务协议次月起计算。",
    ]
    return make.docx_bytes(blocks, "", "", "临河区民政局", WHEN, STAMP)


LH_PLIST = "LinheYanglao-FAQ.plist"
LH_FAQ = [
    (
        "家庭养老床位",
        "家庭养老床位的上门服务多久来一次？",
        "服务机构每月上门服务不少于4次，每次服务时长不少于1小时，服务内容包括助洁、助浴、康复护理和健康监测等。",
    ),
    (
        "家庭养老床位",
        "签约以后多久能装好设备？",
        "服务机构应在签约后15日内完成适老化改造和智能设备安装，紧急呼叫设备接入平台后24小时响应。",
    ),
    (
        "家庭养老床位",
        "家庭养老床位要自己出钱吗？",
        "符合条件的老年人，建设补贴和上门服务补贴由政府拨付服务机构；超出补贴范围的服务项目，按服务协议约定收费。",
    ),
    (
        "平台服务",
        "App里的服务记录可以改吗？",
        "服务记录由服务人员现场拍照定位上传，老年人或家属可在“服务评价”中确认或提出异议。",
    ),
    ("平台服务", "热线电话是多少？", "临河智慧养老服务热线0478-8201233，24小时有人接听。"),
]


def lh_plist() -> bytes:
    doc = {
        "CFBundleIdentifier": "cn.gov.linhe.yanglao",
        "FAQVersion": 4,
        "LastUpdated": datetime(2026, 5, 8, 2, 30, 0),
        "Sections": [
            {
                "Title": sec,
                "Items": [{"Q": q, "A": a, "Order": i} for i, (s, q, a) in enumerate(LH_FAQ) if s == sec],
            }
            for sec in ("家庭养老床位", "平台服务")
        ],
    }
    return plistlib.dumps(doc, fmt=plistlib.FMT_BINARY)


LH_TXT = "临河区2026年第一批家庭养老床位建设对象公示.txt"
LH_PEOPLE = [
    ("王*䶮", "84", "新华街道", "80周岁以上失能老年人", "临河区康宁居家养老服务中心"),
    ("李**", "77", "解放街道", "低保家庭失能老年人", "临河区康宁居家养老服务中心"),
    ("张*英", "81", "团结街道", "低保边缘家庭失能老年人", "巴彦淖尔市颐和养老服务有限公司"),
    ("高**", "69", "狼山镇", "特困失能老年人", "临河区狼山镇互助养老幸福院"),
    ("赵*兰", "86", "先锋街道", "80周岁以上失能老年人", "巴彦淖尔市颐和养老服务有限公司"),
]


def lh_txt() -> str:
    cols = [6, 10, 6, 14, 26, 30]
    lines = [
        "临河区2026年第一批家庭养老床位建设对象公示",
        "",
        "根据《关于组织申报2026年社区养老服务综合体建设补助和家庭养老床位补贴的通知》，经老年人申请、街道（乡镇）初审、"
        "区民政局审核，拟确定第一批家庭养老床位建设对象86户，现将名单公示如下（节选）：",
        "",
        "".join(
            pad(h, c)
            for h, c in zip(
                ["序号", "姓名", "年龄", "街道（乡镇）", "老年人类别", "承接服务机构"], cols, strict=True
            )
        ).rstrip(),
    ]
    for i, row in enumerate(LH_PEOPLE, 1):
        lines.append("".join(pad(s, c) for s, c in zip((str(i), *row), cols, strict=True)).rstrip())
    lines += [
        "……（完整名单见各街道、乡镇公示栏）",
        "",
        "公示期：2026年7月1日至7月7日。",
        "公示期内如有异议，请向区民政局养老服务股反映，监督电话：0478-8216600。",
        "",
        "临河区民政局",
        "2026年6月30日",
    ]
    return "\r\n".join(lines) + "\r\n"


LH_REPLY_Q = "母亲82岁失能低保边缘户住新华街道，申请家庭养老床位能补多少"


def write_linhe() -> None:
    links = (
        '<div class="fujian"><p>附件：</p>'
        f'<p><a href="/uploadfiles/202605/{LH_ATT1}">{LH_ATT1}</a></p>'
        f'<p><a href="/uploadfiles/202605/{LH_ATT2}">{LH_ATT2}</a></p></div>'
    )
    write(
        f"内蒙古/临河区/{LH_TITLE}.html",
        jy_page(
            LH,
            LH_TITLE,
            "政务公开 &gt; 通知公告",
            "2026-05-06",
            "临河区民政局",
            P(LH_BODY) + "\n" + links + "\n" + signed("巴彦淖尔市临河区民政局", "2026年5月6日"),
            hits=1877,
        ),
    )
    write_bytes(f"内蒙古/临河区/{LH_ATT1}", lh_docx())
    write_bytes(f"内蒙古/临河区/{LH_ATT2}", b"")  # the download came down empty
    write_bytes(f"内蒙古/临河区/{LH_PLIST}", lh_plist())
    write(f"内蒙古/临河区/{LH_TXT}", lh_txt(), "gb18030")
    write(
        f"内蒙古/临河区/领导留言板 {LH_REPLY_Q}.html",
        liuyan(
            ["内蒙古自治区", "巴彦淖尔市", "临河区"],
            "临河区区长",
            "母亲失能在家，家庭养老床位补贴能有多少？",
            "LY2026-0515-73026",
            "2026-05-15 21:33",
            """
区长您好！我母亲今年82岁，去年中风后卧床，做过能力评估是失能。我家住新华街道，是低保边缘家庭。看到区里在
申报家庭养老床位，想问问我母亲这种情况能补多少？第一年一共能补多少钱？钱是发给我们吗？
""",
            "民政",
            "临河区民政局",
            "2026-05-20 09:18",
            f"""
您好！根据《{LH_TITLE}》及其附件1，低保边缘家庭失能老年人家庭养老床位建设补贴每张2500元，上门服务补贴每张每月
200元，补贴期限3年。您母亲虽已年满80周岁，但同一老年人只能按一个类别享受补贴，按低保边缘家庭失能老年人类别
享受更为有利。

第一年补贴合计2500+200×12=4900元。补贴资金拨付给与您家签订服务协议的养老服务机构，用于适老化改造、智能设备
安装和上门服务，不发放现金给个人。请到新华街道提出申请。
""",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 31-33 吉阳区 (海南 三亚): the 综合体 运营补贴 实施细则 from the portal's 繁體 switch, the 等级评定 结果 公示
# (.txt.xz), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

JY_TITLE = "三亚市吉阳区社区嵌入式养老服务综合体运营补贴实施细则"
JY_TRAD_FILE = "吉陽區社區嵌入式養老服務綜合體運營補貼實施細則（繁體版）.html"
JY_ARTICLES = [
    "为推动社区嵌入式养老服务发展，让老年人在家门口享受专业照护服务，结合我区实际，制定本细则。",
    "本细则所称社区嵌入式养老服务综合体（以下简称综合体），是指在社区内嵌入设置、建筑面积不少于800平方米，具备日间"
    "照料、短期托养、助餐、康复护理等功能的养老服务设施；嵌入式小微养老机构，是指床位10张至49张、嵌入社区运营的养老"
    "机构。",
    "综合体年度运营考核合格的，每个每年补贴20万元；考核优秀的，每个每年再增加5万元。",
    "嵌入式小微养老机构按实际入住老年人数给予床位运营补贴，标准为每床每月150元；设置认知症照护床位并实际收住认知症"
    "老年人的，认知症照护床位每床每月另加100元。",
    "养老机构经等级评定的，给予一次性奖励：二级5万元、三级10万元、四级15万元、五级25万元。晋升等级的，按差额补足。",
    "同一机构不得同时享受综合体运营补贴和嵌入式小微养老机构床位运营补贴。",
    "综合体可以利用闲置空间开设托育服务，托育服务补助标准另行制定。",
    "运营主体于每年3月1日至3月31日向区民政局申请上一年度补贴。区民政局审核材料并实地核查后，在区政府网站公示5个"
    "工作日，无异议的拨付资金。",
    "本细则自2026年3月1日起施行，由区民政局负责解释。",
]


def jy_trad_page() -> str:
    nums = "一二三四五六七八九"
    body = "\n".join(f"<p>第{nums[i]}條　{a}</p>" for i, a in enumerate(JY_ARTICLES))
    body += "\n" + signed("三亚市吉阳区民政局", "2026年2月26日")
    simplified = jy_page(
        JY,
        JY_TITLE,
        "政务公开 &gt; 政策文件",
        "2026-02-26",
        "吉阳区民政局",
        body,
        hits=1195,
        lang="zh-Hant",
        related=[
            "吉阳区2026年养老机构等级评定结果公示",
            "三亚市居家和社区养老服务改革",
            "12345政务服务便民热线",
        ],
    )
    return S2T(simplified)


JY_XZ = "吉阳区2026年养老机构等级评定结果公示.txt.xz"
JY_LIST = [
    ("三亚市吉阳区椰林颐养中心", "四级", "15万元", ""),
    ("吉阳区月川社区嵌入式养老服务综合体", "三级", "10万元", ""),
    ("三亚红沙康养院", "二级", "5万元", ""),
    ("吉阳区荔枝沟长者照护之家", "三级", "5万元", "由二级晋升为三级，按差额补足"),
]


def jy_xz_text() -> str:
    lines = [
        "吉阳区2026年养老机构等级评定结果公示",
        "",
        "根据《养老机构等级划分与评定》国家标准和三亚市养老机构等级评定工作安排，经机构自评、现场评审和综合评定，"
        "拟确定以下养老机构等级，并按《三亚市吉阳区社区嵌入式养老服务综合体运营补贴实施细则》给予一次性奖励：",
        "",
    ]
    for i, (name, level, money, note) in enumerate(JY_LIST, 1):
        lines.append(f"{i}. {name}　评定等级：{level}　奖励金额：{money}" + (f"（{note}）" if note else ""))
    lines += [
        "",
        "公示期：2026年6月2日至6月8日（5个工作日）。",
        "对公示结果有异议的，请在公示期内以书面形式向吉阳区民政局养老服务科反映，联系电话：0898-88661207。",
        "",
        "三亚市吉阳区民政局",
        "2026年6月1日",
    ]
    return "\n".join(lines) + "\n"


JY_REPLY_Q = "吉阳嵌入式小微养老机构30张床住了24人其中认知症床位6张住满，一年床位运营补贴多少"


def write_jiyang() -> None:
    write(f"海南/吉阳区/{JY_TRAD_FILE}", jy_trad_page())
    write_bytes(
        f"海南/吉阳区/{JY_XZ}", lzma.compress(jy_xz_text().encode("utf-8"), format=lzma.FORMAT_XZ, preset=6)
    )
    write(
        f"海南/吉阳区/12345 {JY_REPLY_Q}.html",
        hotline(
            JY,
            JY_REPLY_Q,
            "GD4602032026032500146",
            "2026-03-25 15:52",
            "符**（吉阳区）",
            """
我们在吉阳区红沙社区开了一家嵌入式的小型养老机构，30张床位，2025年全年平均住了24位老人，其中有6张是认知症
照护床位，一直住满。现在是3月份可以申请去年的补贴了，想问一下一年的床位运营补贴能有多少？
""",
            "吉阳区民政局",
            "2026-03-27 11:06",
            f"""
您好！根据《{JY_TITLE}》，嵌入式小微养老机构按实际入住老年人数给予床位运营补贴，每床每月150元；认知症照护
床位实际收住认知症老年人的，每床每月另加100元。

按您反映的情况，床位运营补贴为24×150×12=43200元，认知症照护床位另加6×100×12=7200元，全年合计50400元
（5.04万元）。请于3月31日前向区民政局提交申请，经审核、实地核查和公示后拨付。
""",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 34-36 three news roundups by prefecture, each naming a second county having done a measure, a county only
# planning it, one named in passing and one that did something else instead
# ---------------------------------------------------------------------------------------------------------

N1_TITLE = "护好“耕地中的大熊猫” 松原齐齐哈尔兴安盟黑土地保护见实效"
N1_BODY = """
眼下，东北大地秋收正忙。记者近日在吉林松原、黑龙江齐齐哈尔、内蒙古兴安盟采访看到，秸秆覆盖免耕播种、秸秆还田、
增施有机肥等技术在田间地头推开，黑土地保护从“试点示范”走向“整县推进”。

在松原市长岭县，今年春播全县保护性耕作实施面积达到180万亩，秸秆覆盖免耕播种作业每亩补助40元，作业机具全部加装
北斗监测终端，补助面积由平台核定。相邻的乾安县今年同样对秸秆覆盖免耕播种作业给予补助，春季作业补助已经公示。
宁江区在全区保护性耕作作业机具上实现了北斗监测终端全覆盖。扶余市计划明年起开展保护性耕作作业补助，目前正在摸底
作业机具情况。前郭尔罗斯蒙古族自治县的不少农机合作社负责人也专程到长岭观摩。

在齐齐哈尔市克山县，今年秋季秸秆翻埋还田每亩补助45元，比去年提高5元，增施有机肥每亩补助80元。“翻埋加有机肥，
地越种越肥。”北联镇种植户老孙说。依安县对秸秆还田作业同样给予每亩补助，今年还田面积超过30万亩。泰来县对增施
有机肥实行按亩补助。克东县今年重点推进深松整地，但没有安排秸秆还田补助。拜泉县拟于明年开展秸秆还田补助试点。
讷河市农业技术推广中心的技术人员也参加了现场培训。

在兴安盟扎赉特旗，免耕播种作业每亩补助45元，首批春季作业补助资金已在旗政府网站公示。科尔沁右翼前旗也对保护性
耕作作业给予补助，春季作业补助已兑付到户。突泉县计划今年秋季启动保护性耕作作业补助。乌兰浩特市的农机企业则忙着
为周边旗县生产免耕播种机。
"""
N2_TITLE = "路有人管 险有人排 拉萨黄南农村公路管护见成效"
N2_BODY = """
高原的农村公路，连着牧场和村庄，也连着群众的致富路。记者近日在西藏拉萨、青海黄南采访看到，两地通过推行路长制、
选聘护路员、完善水毁抢修机制，让农村公路“有人建”更“有人管”。

在拉萨市林周县，县、乡、村三级路长全部明确，10个乡镇按每10至15公里配备1名专职护路员，护路员每人每月报酬1600元，
按月考核发放。墨竹工卡县同样聘用了专职护路员，每月按考核结果发放报酬。达孜区建立了区、乡、村三级路长体系，
路长公示牌立到了每条乡道。曲水县开展了路域环境集中整治，但没有设立专职护路员。当雄县计划今年下半年选聘专职护路员。
尼木县交通运输局负责人也到林周参加了现场推进会。

在黄南藏族自治州尖扎县，今年汛期前印发了农村公路路长制实施方案，乡镇组织抢修小型水毁的每处补助5000元，中型水毁
每处补助2万元，群众还可以通过“尖扎路长通”小程序随手拍上报险情。同仁市今年汛期对乡镇组织的水毁抢修同样给予补助。
泽库县拟参照尖扎做法出台水毁抢修补助办法。
"""
N3_TITLE = "床位有补贴 服务进家门 白城巴彦淖尔三亚养老服务提质扩容"
N3_BODY = """
让老年人在家门口、在家里就能得到专业照护，是不少地方今年民生实事的重点。记者近日在吉林白城、内蒙古巴彦淖尔、
海南三亚采访看到，各地通过提高养老机构运营补贴、推进家庭养老床位建设、建设社区养老服务综合体，提升养老服务水平。

在白城市洮北区，今年起养老机构收住失能老年人的运营补贴提高到每人每月200元，等级评定奖励最高30万元。洮南市同样
按入住老年人的失能程度给养老机构发放运营补贴。镇赉县将于下半年出台养老机构运营补贴办法。通榆县民政局也组织
养老机构负责人到洮北学习。

在巴彦淖尔市临河区，家庭养老床位建设补贴最高每张3000元，街道社区养老服务综合体建设补助每个50万元，首批86户家庭
养老床位已经公示。五原县今年也对家庭养老床位给予建设补贴，已有200多户老人签约。乌拉特前旗对新建的社区养老服务
综合体给予建设补助。乌拉特中旗今年重点推进老年助餐，但没有开展家庭养老床位建设。磴口县计划明年启动家庭养老床位
建设。杭锦后旗的一家养老服务企业也承接了临河部分社区的上门服务。

在三亚市吉阳区，社区嵌入式养老服务综合体考核合格的每个每年补贴20万元，今年有4家养老机构通过等级评定拿到奖励。
天涯区对通过等级评定的养老机构同样给予一次性奖励。海棠区拟出台养老机构等级评定奖励办法。崖州区的养老机构也派员
参加了评定培训。
"""
NEWS = [
    (
        N1_TITLE,
        "北方农业网",
        "2026-10-09 08:36　来源：北方农业网　记者：孙立冬 包海霞",
        N1_BODY,
        "黑ICP备06011872号",
        ["东北黑土地保护利用工作推进会召开", "秸秆还田怎么还？专家支招", "保护性耕作补助资金全部直达农户"],
        "三农",
    ),
    (
        N2_TITLE,
        "高原交通网",
        "2026-08-14 10:05　来源：高原交通网　记者：扎西次仁 马海青",
        N2_BODY,
        "青ICP备07000356号",
        ["“四好农村路”全国示范县创建名单公布", "汛期农村公路安全提示"],
        "交通",
    ),
    (
        N3_TITLE,
        "民生养老网",
        "2026-07-02 09:20　来源：民生养老网　记者：陈思远 林海燕",
        N3_BODY,
        "京ICP备16021537号",
        ["家庭养老床位服务规范发布", "养老机构等级评定常见问答", "认知症照护床位怎么设"],
        "养老",
    ),
]


def write_news() -> None:
    for title, site, meta, body, icp, related, channel in NEWS:
        write(f"新闻/{title}.html", news(title, site, meta, body, icp, related, channel))


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_changling()
    write_keshan()
    write_zalaite()
    write_linzhou()
    write_jianzha()
    write_taobei()
    write_linhe()
    write_jiyang()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
