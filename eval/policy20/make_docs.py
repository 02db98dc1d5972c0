"""Writes eval/policy20/docs: a twentieth probe collection (27 files), 人力资源和社会保障 — 就业创业与社会保险,
the things workers, job-seekers, the unemployed, small-business founders and retirees ask (创业担保贷款 and 贴息,
一次性创业补贴, 失业保险金 标准 and 领取期限, 失业补助金, 灵活就业人员社会保险补贴, 职业技能提升补贴, 以工代训,
零工市场, 城乡居民基本养老保险 缴费档次 and 政府补贴, 退休 and 养老金 计发, 第三代社保卡, 就业见习补贴, 高校毕业生
求职创业补贴, 欠薪 投诉) of eight new regions, as chat users, agents and analysts bring them. Run once
(``python -m eval.policy20.make_docs``); the files are committed as data.

Written blind (before citeqa was run on it, without reading how it answers). The same measures recur in several
regions' documents and in five news roundups, each roundup naming one region that has only planned a measure
(固始县, 邵东市, 诸城市, 长丰县, 祁阳市) and one named only in passing (涟水县, 瑞金市, 洪雅县, 准格尔旗, 庄浪县).
The documents: a 泗洪县 2025 通知 raising the 创业担保贷款 额度 and the 一次性创业补贴 beside the 2024 实施办法
whose figures it replaces, and a 12345 reply (letter and reply each of several paragraphs) on a would-be
breakfast shop's loan, a mortgage and a second loan; a 钟祥市 失业保险 政策解读 of 问/答 pairs paginated over two
files and a 12345 reply on a 协商解除 and its 经济补偿; a 普宁市 灵活就业人员社会保险补贴 guide of key-value rows
named 办事指南.html and a 第三代社保卡 guide on the portal's 繁體 version; a 仙居县 职业技能提升补贴 guide of
【字段】 lines also named 办事指南.html, and its 发放汇总表 as an .xlsx; a 武安市 城乡居民基本养老保险 征缴方案 .docx
whose 缴费档次 table states its units only in the header and sits nested in a cell of a layout table, with a
browser's copy (…(1).docx) in 下载/; a 瓦房店市 就业见习管理办法 beside its 征求意见稿 with other figures, and an
old-CMS 求职创业补贴 公告; a 平果市 以工代训 实施细则 as a reportlab PDF hard-wrapped at 27 characters so that
figures are split, a GBK 拟发放名单公示 .txt with space-aligned columns and a WeChat article on the 零工市场 as
Markdown; a 神木市 领导留言板 reply on 欠薪 and a 退休 须知 saved by Notepad as “Unicode”; an exact duplicate of a
roundup in 下载/; an empty file.

New messiness none of eval/policy .. eval/policy19 had:
- an article paginated over two HTML files (钟祥市 政策解读: …政策解读.html and …政策解读_2.html, each with the
  site's furniture, the title and a pager 「上一页 1 2 下一页」 and the TRS createPageHTML call); questions five to
  ten — 失业补助金 1404元, 合并计算 — stand only on page 2, which names no region in its text but the site's;
- a UTF-16 LE .txt with a byte-order mark and CRLF line ends, as Windows Notepad saves “Unicode” (神木市 退休
  须知, its 计发月数 a small space-aligned table);
- figures in full-width digits (瓦房店市 求职创业补贴 公告: 每人１５００元, ２０２５年１１月１４日) and in Chinese
  numerals (泗洪县 2025 通知: 由二十万元提高至三十万元, 一万元, 二〇二五年五月一日; 武安市 .docx: 每人每年一百元), in
  documents whose neighbours write the same kind of figure in Arabic digits;
- an old CMS page (瓦房店市 公告) laid out wholly in nested <table>s, its article one cell, its lines separated by
  <br> inside one <div> with &nbsp; indents rather than <p>, served as GB2312 (meta charset=gb2312, GBK bytes);
- a .docx whose key table (武安市 缴费档次 and 政府补贴) is nested inside a cell of a two-column layout table of
  项目 / 内容 rows, with a 注 paragraph after it in the same cell;
- a Markdown export of a WeChat 公众号 article (平果市 零工市场): emoji in headings and text, 「👆点击蓝字关注我们」,
  image links, a markdown table of 零工驿站, 往期推荐, 阅读原文, 「预览时标签不可点」 and 「微信扫一扫关注该公众号」;
- an .xlsx (仙居县 发放汇总表) whose table starts at row 3 under a merged title row and a 填报单位 / 填报日期 row,
  with a 合计 row and a second sheet 填表说明 holding the 发放时间 and the 补贴标准 as numbered notes;
- a page on a portal's 繁體 version (普宁市 第三代社保卡): the whole page, furniture and all, in traditional script.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import opencc
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from reportlab import rl_config

from eval.policy_make import Collection, hard_wrap, paras
from eval.policy_make import kv_table as _kv_table

DOCS = Path(__file__).resolve().parent / "docs"
_COLLECTION = Collection(DOCS)
write = _COLLECTION.write
rl_config.invariant = (
    1  # no creation date or random document id in the PDF: a second run writes the same bytes
)

PDF_WIDTH = 27
PDF_LINES = 34
STAMP = (2025, 9, 18, 0, 0, 0)
_S2T = opencc.OpenCC("s2t")


def restamp(path: Path) -> None:
    """Every zip entry of an Office file given one time, so that a second run writes the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":  # the time of saving, written as dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-08-20T09:00:00Z", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-02-26T08:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), data, zipfile.ZIP_DEFLATED)


def write_pdf(rel: str, pages: list[str], header: str) -> None:
    for n, page in enumerate(pages, 1):
        lines = len(hard_wrap(page, PDF_WIDTH))
        assert lines <= PDF_LINES, f"{rel} page {n}: {lines} lines"
    _COLLECTION.write_pdf(rel, pages, header, PDF_WIDTH, lambda n, total: f"第 {n} 页 共 {total} 页", 260)


class Site:
    """One county portal: its names, navigation, address and footer (each site its own)."""

    def __init__(
        self,
        name: str,
        short: str,
        icp: str,
        code: str,
        police: str,
        nav: str,
        host: str,
        addr: str,
        phone: str,
        related: list[str],
    ) -> None:
        self.name, self.short, self.icp, self.code, self.police = name, short, icp, code, police
        self.nav, self.host, self.addr, self.phone, self.related = nav, host, addr, phone, related


SH = Site(
    "泗洪县人民政府",
    "泗洪",
    "苏ICP备05063312号-1",
    "3213240001",
    "苏公网安备 32132402000118号",
    "首页|走进泗洪|政务公开|政务服务|政民互动|洪泽湖湿地",
    "泗洪县大数据管理中心",
    "泗洪县青阳街道人民路",
    "0527-86212345",
    ["泗洪县2025年“创业泗洪”大赛报名通知", "泗洪县返乡入乡创业园入驻须知"],
)
ZX = Site(
    "钟祥市人民政府",
    "钟祥",
    "鄂ICP备05007231号-1",
    "4208810001",
    "鄂公网安备 42088102000066号",
    "首页|钟祥概况|政府信息公开|政务服务|互动交流|长寿之乡",
    "钟祥市政务服务和大数据管理局",
    "钟祥市郢中街道王府大道",
    "0724-4222000",
    ["钟祥市2025年春风行动招聘会安排", "关于开展失业保险稳岗返还工作的通告"],
)
PN = Site(
    "普宁市人民政府",
    "普宁",
    "粤ICP备05082416号-1",
    "4452810001",
    "粤公网安备 44528102000097号",
    "首页|普宁概况|政务公开|政务服务|互动交流|侨乡普宁",
    "普宁市政务服务数据管理局",
    "普宁市流沙东街道广达南路",
    "0663-2212000",
    ["普宁市2025年“粤菜师傅”培训报名", "普宁市灵活就业人员参保缴费指引"],
)
XJ = Site(
    "仙居县人民政府",
    "仙居",
    "浙ICP备05019784号-1",
    "3310240001",
    "浙公网安备 33102402000051号",
    "首页|仙居概况|政务公开|政务服务|政民互动|神仙居",
    "仙居县大数据发展中心",
    "仙居县福应街道环城南路",
    "0576-87770000",
    ["仙居县2025年技能人才评价机构名单", "关于开展“技能浙江”仙居专场职业技能竞赛的通知"],
)
WFD = Site(
    "瓦房店市人民政府",
    "瓦房店",
    "辽ICP备05012238号-1",
    "2102810001",
    "辽公网安备 21028102000034号",
    "首页|走进瓦房店|政务公开|政务服务|政民互动|轴承之都",
    "瓦房店市营商环境建设局",
    "瓦房店市共济街",
    "0411-85620000",
    ["瓦房店市2025年就业见习基地名单", "瓦房店市高校毕业生“三支一扶”招募公告"],
)
PG = Site(
    "平果市人民政府",
    "平果",
    "桂ICP备05016653号-1",
    "4510230001",
    "桂公网安备 45102302000072号",
    "首页|平果概况|政务公开|政务服务|互动交流|铝城平果",
    "平果市大数据发展局",
    "平果市马头镇平果大道",
    "0776-5822000",
    ["平果市2025年春风行动专场招聘会", "平果市脱贫劳动力稳岗就业工作方案"],
)
SM = Site(
    "神木市人民政府",
    "神木",
    "陕ICP备05022871号-1",
    "6108810001",
    "陕公网安备 61088102000045号",
    "首页|神木概况|信息公开|政务服务|政民互动|麟州故城",
    "神木市政务服务局",
    "神木市滨河新区神木大道",
    "0912-8356000",
    ["神木市根治拖欠农民工工资工作领导小组公告", "神木市2025年农民工工资专用账户检查情况通报"],
)


def gov_page(site: Site, title: str, crumb: str, date: str, source: str, body: str, extra: str = "") -> str:
    """A county portal's article (this collection's first furniture: a top bar of 无障碍 / 长者版 / IPv6, a
    banner with 站内搜索, the navigation, 您现在的位置, an info line of 发布时间 / 来源 / 浏览次数 / 字体, a
    【打印】【关闭】 bar, 相关链接 and a footer of 主办, ICP, 公网安备, 网站标识码 and address)."""
    nav = "".join(f'<li><a href="javascript:;">{n}</a></li>' for n in site.nav.split("|"))
    rel = "".join(f"<li>· <a>{r}</a></li>" for r in site.related)
    extra_span = f"<span>{extra}</span>" if extra else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/images/2023/css/xl.css">
<script src="/images/2023/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="fl">今天是：<span id="today"></span></span><span class="fr"><a>无障碍</a> | <a>长者版</a> | <a>English</a> | 本网站已支持IPv6</span></div></div>
<div class="header"><div class="wrap"><h1 class="logo">{site.name}</h1><div class="ss"><input type="text" id="keyword" placeholder="请输入搜索内容"><a class="ss-btn">站内搜索</a></div></div></div>
<div class="menu"><ul class="wrap">{nav}</ul></div>
<div class="wrap position">您现在的位置：<a>首页</a> &gt; {crumb}</div>
<div class="wrap xl-box">
<h2 class="xl-title">{title}</h2>
<div class="xl-info"><span>发布时间：{date}</span><span>来源：{source}</span>{extra_span}<span>浏览次数：<em id="hits">1867</em></span><span>字体：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div class="xl-con TRS_UEDITOR" id="zoom">
{body}
</div>
<div class="xl-btn"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
</div>
<div class="wrap xg-links"><div class="xg-hd">相关链接</div><ul>{rel}</ul></div>
<div class="footer"><div class="wrap">
<p><a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p>
<p>主办：{site.name}办公室　承办：{site.host}　联系电话：{site.phone}</p>
<p><a>{site.icp}</a>　<img src="/images/ga.png" alt="">{site.police}　网站标识码：{site.code}</p>
<p>地址：{site.addr}</p>
<p><span id="_span_jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错"></span> <span class="dzjg">党政机关</span></p>
</div></div>
<script>$("#today").text(new Date().toLocaleDateString());</script>
</body>
</html>
"""


def xxgk_page(
    site: Site,
    title: str,
    date: str,
    source: str,
    number: str,
    index: str,
    body: str,
    pager: str = "",
    lang: str = "simplified",
) -> str:
    """A 政府信息公开 article (this collection's second furniture: a 简体|繁體 switch, a 信息公开 metadata table
    of 索引号 / 发布机构 / 成文日期 / 文号 / 主题分类 above the title, a pager when the article runs over pages,
    a 扫一扫 box, 上一篇 / 下一篇 and a footer of 网站标识码 and ICP)."""
    nav = " | ".join(site.nav.split("|"))
    toggle = "<a>简体</a> | <b>繁體</b>" if lang == "traditional" else "<b>简体</b> | <a>繁體</a>"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}-{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ColumnName" content="政策文件">
<link href="/xxgk/css/xxgk_detail.css" rel="stylesheet">
</head>
<body>
<div class="g-top">{toggle}　<a>登录</a>　<a>注册</a>　<a>智能问答</a></div>
<div class="g-head"><span class="g-logo">{site.name}</span><span class="g-sub">政府信息公开</span></div>
<div class="g-nav">{nav}</div>
<div class="g-crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政策文件</div>
<table class="xxgk-meta" border="0" cellspacing="0" cellpadding="0" width="100%">
<tr><td>索 引 号：</td><td>{index}</td><td>发布机构：</td><td>{source}</td></tr>
<tr><td>成文日期：</td><td>{date}</td><td>发布日期：</td><td>{date}</td></tr>
<tr><td>文　　号：</td><td>{number}</td><td>主题分类：</td><td>劳动、人事、监察/就业</td></tr>
</table>
<div class="detail">
<div class="detail-title">{title}</div>
<div class="detail-con" id="UCAP-CONTENT">
{body}
</div>
{pager}
<div class="detail-qr"><img src="/xxgk/images/qr.png" alt="">扫一扫在手机打开当前页</div>
<div class="detail-tools"><a onclick="window.print()">打印本页</a> <a onclick="window.close()">关闭窗口</a></div>
<div class="detail-prev"><p>上一篇：{site.related[0]}</p><p>下一篇：{site.related[1]}</p></div>
</div>
<div class="g-foot">
<p>{site.name}办公室主办　{site.host}承办</p>
<p>网站标识码：{site.code}　{site.icp}　{site.police}</p>
<p>地址：{site.addr}　电话：{site.phone}</p>
</div>
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
    """A 12345 / 领导留言板 letter and its reply, each of several paragraphs, on the portal's 互动 pages."""
    rows = "".join(f"<tr><td class='t'>{k}</td><td>{v}</td></tr>" for k, v in info)
    body = f"""<div class="hd-detail">
<table class="hd-info" border="1" cellspacing="0" cellpadding="5" width="100%">{rows}</table>
<div class="hd-ask"><div class="hd-lab">【来信内容】</div>
{paras(letter)}
</div>
<div class="hd-reply"><div class="hd-lab">【答复内容】</div>
<p class="hd-meta">答复单位：{unit}　答复时间：{replied}</p>
{paras(reply)}
</div>
<div class="hd-pj">您对本次答复是否满意：<label><input type="radio" name="pj">满意</label><label><input type="radio" name="pj">基本满意</label><label><input type="radio" name="pj">不满意</label></div>
</div>"""
    return gov_page(site, title, f"政民互动 &gt; {board}", info[2][1], board, body)


def news(
    site: str, host: str, title: str, meta: str, body: str, icp: str, related: list[str], column: str
) -> str:
    """A news site's article (its own furniture: a channel bar, 责任编辑, 分享, 相关新闻 and 版权)."""
    links = "".join(f"<li><a>{r}</a></li>" for r in related)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title}_{site}</title>
<meta name="description" content="{title}">
<meta name="author" content="{site}">
<link rel="canonical" href="https://{host}/">
</head>
<body>
<div class="channel-bar"><a>首页</a> <a>要闻</a> <a>{column}</a> <a>地方</a> <a>评论</a> <a>图片</a> <a>视频</a> <a class="app">客户端下载</a></div>
<div class="path"><a>{site}</a> &gt; <a>{column}</a> &gt; 正文</div>
<div class="main">
<h1>{title}</h1>
<div class="source">{meta}</div>
<div class="text" id="articleText">
{body}
</div>
<div class="editor">（责任编辑：{"王蕾" if "青年" in site else "刘洋"}）</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ</a> <a>复制链接</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{links}</ul></div>
<div class="copyright"><p>{site} 版权所有，未经书面授权禁止使用</p><p>{icp}　违法和不良信息举报电话：010-65363263</p></div>
</body>
</html>
"""


def kv_table(text: str) -> str:
    return _kv_table(text, 'class="bszn-tab" border="1" cellspacing="0" cellpadding="8" width="100%"')


# ---------------------------------------------------------------------------------------------------------
# 1-3 泗洪县 创业担保贷款 and 一次性创业补贴: the 2024 办法, the 2025 通知 in Chinese numerals, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

SH24_TITLE = "泗洪县创业担保贷款及创业补贴实施办法"
SH24_BODY = """
第一条　为鼓励创业带动就业，根据《江苏省创业担保贷款实施办法》等有关规定，结合本县实际，制定本办法。
第二条　贷款对象。符合条件的城镇登记失业人员、就业困难人员（含残疾人）、退役军人、刑满释放人员、高校毕业生（含大学生村官和留学回国学生）、返乡创业农民工、网络商户、脱贫人口和农村自主创业农民，在本县创办个体工商户或者小微企业的，可以申请个人创业担保贷款。当年新招用符合条件人员达到现有在职职工人数15%（超过100人的企业达到8%）、并与其签订1年以上劳动合同的小微企业，可以申请小微企业创业担保贷款。
第三条　贷款额度。个人创业担保贷款最高20万元；符合条件的个人合伙创业的，可以按每人不超过20万元、贷款总额不超过100万元申请；小微企业创业担保贷款最高300万元。
第四条　贷款期限和利率。个人创业担保贷款期限最长3年，小微企业创业担保贷款期限最长2年。贷款利率不超过贷款市场报价利率（LPR）加150个基点。
第五条　财政贴息。个人创业担保贷款，借款人承担LPR减150个基点以下部分的利息，其余部分由财政贴息；小微企业创业担保贷款，财政按实际贷款利率的50%给予贴息。借款人逾期的，逾期期间不予贴息。
第六条　反担保。个人创业担保贷款10万元以下的，免除反担保。
第七条　一次性创业补贴。首次创办小微企业或者从事个体经营，自登记注册之日起正常经营6个月以上的，给予一次性创业补贴5000元。同一创业主体只能享受一次。
第八条　申请渠道。申请人可以通过“江苏智慧人社”APP提出申请，也可以到泗洪县创业指导服务中心（泗洪县人力资源市场一楼）现场申请。
第九条　本办法由泗洪县人力资源和社会保障局、泗洪县财政局负责解释。
第十条　本办法自2024年4月1日起施行，有效期5年。
"""

SH25_TITLE = "关于调整创业担保贷款额度和一次性创业补贴标准的通知"
SH25_BODY = """
各乡镇人民政府、街道办事处，县各有关部门，各经办银行：
为进一步加大创业扶持力度，更好发挥创业带动就业作用，经县人民政府同意，现就调整我县创业担保贷款额度和一次性创业补贴标准有关事项通知如下：
一、提高贷款额度。个人创业担保贷款最高额度由二十万元提高至三十万元；符合条件的个人合伙创业的，可以按每人不超过三十万元、贷款总额不超过一百五十万元申请；小微企业创业担保贷款最高额度由三百万元提高至四百万元。
二、扩大免除反担保范围。个人创业担保贷款二十万元以下的，免除反担保。
三、提高一次性创业补贴标准。首次创办小微企业或者从事个体经营，自登记注册之日起正常经营六个月以上的，一次性创业补贴标准由五千元提高至一万元。
四、贷款期限、利率和财政贴息政策，仍按《泗洪县创业担保贷款及创业补贴实施办法》执行。
五、本通知自二〇二五年五月一日起执行。此前已受理但尚未放款的贷款申请，按本通知执行。《泗洪县创业担保贷款及创业补贴实施办法》与本通知不一致的，以本通知为准。
泗洪县人力资源和社会保障局　泗洪县财政局　中国人民银行泗洪县支行
二〇二五年四月八日
"""

SH_LETTER = """
我今年34岁，之前在苏州一家电子厂上了8年班，去年年底辞职回了泗洪老家，现在没有工作，已经在社区做了失业登记。我和爱人打算在县城租个门面开一家早餐店，装修、买设备再加上房租，算下来前期要投二十几万。
听朋友说政府有开店的贴息贷款，不用抵押。想问一下：像我这种情况能不能申请？最多能贷多少？我家在县城有一套房子，每个月还在还房贷，会不会影响申请？
另外，我爱人2021年在老家开过一个服装店，当时贷过一次5万元的创业贷款，已经按时还清了，我们这次还能不能再贷？办的话要去哪里、要带什么材料？
"""
SH_REPLY = """
您好！您反映的问题收悉，经研究，现答复如下：
一、关于申请条件。您已办理失业登记，属于城镇登记失业人员，在本县创办个体工商户的，可以申请个人创业担保贷款。早餐店须先办理营业执照。
二、关于贷款额度。根据《关于调整创业担保贷款额度和一次性创业补贴标准的通知》，自2025年5月1日起，个人创业担保贷款最高额度为30万元，20万元以下的免除反担保。贷款期限最长3年，您承担LPR减150个基点以下部分的利息，其余部分由财政贴息。
三、关于住房贷款。借款人及其配偶在提交申请之前5年内，除助学贷款、扶贫贷款、住房贷款、购车贷款、5万元以下小额消费贷款（含信用卡消费）以外，不得有其他商业贷款记录。您家的住房贷款不影响申请。
四、关于再次申请。已按期还清创业担保贷款本息的借款人，可以再次申请，累计次数不超过3次。您爱人此前的贷款已按期还清，可以再次申请。
五、关于办理。请携带身份证、户口簿、营业执照和经营场所租赁合同（失业登记信息在线核验），到泗洪县创业指导服务中心（泗洪县人力资源市场一楼）提交申请，也可以通过“江苏智慧人社”APP申请。资料齐全的，经办银行在受理后15个工作日内完成审批。
另外，早餐店正常经营6个月以上的，还可以申领一次性创业补贴1万元。
如有疑问，请拨打泗洪县创业指导服务中心电话0527-86219365。
"""


def write_sihong() -> None:
    write(
        f"江苏/泗洪县/{SH24_TITLE}.html",
        gov_page(
            SH,
            SH24_TITLE,
            "政务公开 &gt; 政策文件",
            "2024-03-18",
            "泗洪县人力资源和社会保障局",
            paras(SH24_BODY),
            extra="文号：泗人社规〔2024〕1号",
        ),
    )
    write(
        f"江苏/泗洪县/{SH25_TITLE}.html",
        gov_page(
            SH,
            SH25_TITLE,
            "政务公开 &gt; 通知公告",
            "2025-04-08",
            "泗洪县人力资源和社会保障局",
            paras(SH25_BODY),
            extra="文号：泗人社发〔2025〕17号",
        ),
    )
    title = "辞职回老家想开个早餐店，创业担保贷款能贷多少？"
    write(
        f"江苏/泗洪县/12345热线：{title}.html",
        letter_page(
            SH,
            "12345热线",
            title,
            [("标题", title), ("来信人", "张**"), ("来信时间", "2025-05-20"), ("工单编号", "SQ2505200137")],
            SH_LETTER,
            "泗洪县人力资源和社会保障局",
            "2025-05-23",
            SH_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 4-6 钟祥市 失业保险: a 政策解读 of 问/答 pairs paginated over two files, and a 12345 reply
# ---------------------------------------------------------------------------------------------------------

ZX_TITLE = "钟祥市失业保险待遇政策解读"
ZX_PAGE1 = """
为帮助参保失业人员及时了解和享受失业保险待遇，现就群众关心的有关问题解读如下：
一、问：领取失业保险金需要符合什么条件？
答：同时符合以下条件的参保失业人员，可以申领失业保险金：（一）失业前用人单位和本人已经缴纳失业保险费满1年的；（二）非因本人意愿中断就业的；（三）已经进行失业登记，并有求职要求的。
二、问：我市失业保险金标准是多少？
答：失业保险金标准按照我市最低工资标准的90%确定。自2025年1月1日起，我市失业保险金标准为每人每月1755元。
三、问：失业保险金最长能领多少个月？
答：根据失业人员失业前累计缴费时间确定：累计缴费满1年不足5年的，最长12个月；满5年不足10年的，最长18个月；10年以上的，最长24个月。
四、问：什么时候申领？到哪里申领？
答：失业人员应当在终止或者解除劳动合同之日起60日内申领。可以通过“湖北智慧人社”APP、“鄂汇办”APP在线申领，也可以到钟祥市政务服务中心二楼人社综合窗口（钟祥市郢中街道莫愁湖路）现场申领。
五、问：领取失业保险金期间，医疗保险怎么办？
答：领取失业保险金期间参加职工基本医疗保险，应当缴纳的基本医疗保险费从失业保险基金中支付，个人不缴纳。
"""
ZX_PAGE2 = """
六、问：哪些情形会停止领取失业保险金？
答：有下列情形之一的，停止领取失业保险金，并同时停止享受其他失业保险待遇：重新就业的；应征服兵役的；移居境外的；享受基本养老保险待遇的；无正当理由，拒不接受当地人民政府指定部门或者机构介绍的适当工作或者提供的培训的。
七、问：领完失业保险金还没找到工作怎么办？什么是失业补助金？
答：领取失业保险金期满仍未就业的失业人员，以及不符合领取失业保险金条件的参保失业人员，可以申领失业补助金。失业补助金按月发放，标准为我市失业保险金标准的80%，即每人每月1404元，最长发放6个月。
八、问：领取失业保险金期间重新就业，没领完的失业保险金怎么办？
答：重新就业后再次失业的，缴费时间重新计算，领取失业保险金的期限与前次失业应当领取而尚未领取的失业保险金的期限合并计算，最长不超过24个月。
九、问：失业人员在领取失业保险金期间死亡的，家属可以领取什么待遇？
答：由失业保险基金向其遗属发给一次性丧葬补助金和抚恤金。
十、问：有疑问可以找谁咨询？
答：可以拨打钟祥市就业服务中心失业保险股电话0724-4222136，或者拨打12333咨询。
"""

ZX_LETTER = """
我在钟祥一家建材公司上班7年多了，公司一直给我交着社保。今年3月底公司说订单少了要裁员，人事找我谈话，让我签了一份《协商解除劳动合同协议书》，合同3月31日解除，公司按工作年限给了我8个月工资的经济补偿。
签完以后同事跟我说，协议上写的是“协商一致解除”，算是我自己同意走的，领不了失业金。我当时也不懂，现在很着急。
想问一下：我这种情况还能不能领失业保险金？能领几个月，每个月多少钱？已经拿了公司的经济补偿，会不会影响领失业金？现在过了半个月了，还来得及吗？
"""
ZX_REPLY = """
您好！现就您反映的问题答复如下：
一、根据《失业保险金申领发放办法》，由用人单位提出解除劳动合同、双方协商一致解除的，属于非因本人意愿中断就业。您的劳动合同由公司提出协商解除，符合申领失业保险金的条件。
二、您累计缴纳失业保险费满5年不足10年，领取失业保险金的期限最长为18个月，按我市现行标准每人每月1755元发放。
三、用人单位依法支付的经济补偿，不影响您申领失业保险金。
四、失业保险金应当在解除劳动合同之日起60日内申领。您的劳动合同于2025年3月31日解除，请在2025年5月30日前申领。
五、您可以通过“湖北智慧人社”APP在线申领，也可以携带身份证到钟祥市政务服务中心二楼人社综合窗口办理。
如有疑问，请拨打钟祥市就业服务中心失业保险股电话0724-4222136。
"""


def zx_pager(page: int, stem: str) -> str:
    """The TRS pager: 上一页 1 2 下一页, the current page not a link, and its createPageHTML call."""
    first, second = f"{stem}.html", f"{stem}_2.html"
    if page == 1:
        links = f'<span class="disabled">上一页</span> <span class="current">1</span> <a href="{second}">2</a> <a href="{second}">下一页</a>'
    else:
        links = f'<a href="{first}">上一页</a> <a href="{first}">1</a> <span class="current">2</span> <span class="disabled">下一页</span>'
    return f"""<div class="page-turn" id="pagenav">{links}</div>
<script type="text/javascript">createPageHTML(2, {page - 1}, "{stem}", "html");</script>"""


def write_zhongxiang() -> None:
    stem = ZX_TITLE
    for page, text in ((1, ZX_PAGE1), (2, ZX_PAGE2)):
        name = f"{stem}.html" if page == 1 else f"{stem}_2.html"
        write(
            f"湖北/钟祥市/{name}",
            xxgk_page(
                ZX,
                ZX_TITLE,
                "2025-03-12",
                "钟祥市人力资源和社会保障局",
                "无",
                "011372304/2025-00186",
                paras(text),
                pager=zx_pager(page, stem),
            ),
        )
    title = "公司协商解除合同，我还能领失业金吗？"
    write(
        f"湖北/钟祥市/12345：{title}.html",
        letter_page(
            ZX,
            "12345热线",
            title,
            [("来信标题", title), ("来信人", "刘**"), ("来信日期", "2025-04-14"), ("办理状态", "已办结")],
            ZX_LETTER,
            "钟祥市人力资源和社会保障局",
            "2025-04-17",
            ZX_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 7-8 普宁市: the 灵活就业人员社会保险补贴 guide (key-value rows) named 办事指南.html, and the 第三代社保卡 guide
# on the portal's 繁體 version
# ---------------------------------------------------------------------------------------------------------

PN_GUIDE = """
项目|内容
事项名称|灵活就业人员社会保险补贴申领
实施机关|普宁市人力资源和社会保障局
事项类型|公共服务
补贴对象|1.以灵活就业方式就业、在普宁市按灵活就业人员身份缴纳社会保险费的就业困难人员；2.离校2年内未就业、以灵活就业方式就业并缴纳社会保险费的高校毕业生
补贴标准|按其实际缴纳的基本养老保险费和基本医疗保险费的2/3给予补贴，不包括个人补缴的社会保险费和滞纳金
补贴期限|就业困难人员最长不超过3年，距法定退休年龄不足5年的可延长至退休；高校毕业生最长不超过2年
申领时间|按季度申领，每季度第一个月的1日至20日申领上一季度的补贴
申请材料|1.身份证或者社会保障卡；2.就业困难人员认定证明或者毕业证书（系统可核验的免于提交）
办理渠道|广东政务服务网、“粤省事”小程序在线申领，或者到普宁市人力资源和社会保障局就业服务窗口现场申领
办理地点|普宁市政务服务中心一楼12号窗口（普宁市流沙东街道广达南路）
办理时限|15个工作日
收费标准|不收费
发放方式|审核通过后发放至本人社会保障卡银行账户
咨询电话|0663-2212460
"""

PN_CARD_TITLE = "普宁市第三代社会保障卡申领服务指南"
PN_CARD = """
第三代社会保障卡是在第二代社保卡基础上增加非接触读写功能的新一代社保卡，具有身份凭证、信息记录、自助查询、医疗结算、缴费和待遇领取、金融支付等功能，可以在人社、医保、交通出行、文化旅游等领域“一卡通用”。
一、谁可以申领？在普宁市参加社会保险的人员，以及在普宁市居住的港澳台居民和外籍人员，都可以申领第三代社保卡。
二、怎么申领？（一）线上申领：通过“粤省事”小程序或者“广东人社”APP申领，一般在15个工作日内制卡完成，可以选择邮寄到家或者到网点领取。（二）即时制卡：携带本人有效身份证件到全市23个即时制卡网点现场办理，约10分钟即可领卡。
三、要交费吗？首次申领第三代社保卡免收工本费；第二代社保卡换领第三代社保卡，以及因损坏、遗失补领、换领的，目前也不收取费用。
四、未成年人怎么申领？16周岁以下的未成年人，由监护人携带户口簿和监护人身份证件代为申领。
五、第二代社保卡还能用吗？第二代社保卡在有效期内可以继续使用，不强制换卡。
六、咨询电话：12333，或者普宁市社会保险基金管理局0663-2212333。
"""


def write_puning() -> None:
    write(
        "广东/普宁市/办事指南.html",
        gov_page(
            PN,
            "灵活就业人员社会保险补贴申领办事指南",
            "政务服务 &gt; 办事指南 &gt; 就业创业",
            "2025-02-17",
            "普宁市人力资源和社会保障局",
            '<div class="bszn">' + kv_table(PN_GUIDE) + "</div>",
        ),
    )
    page = xxgk_page(
        PN,
        PN_CARD_TITLE,
        "2025-05-09",
        "普宁市人力资源和社会保障局",
        "无",
        "007034872/2025-00321",
        paras(PN_CARD),
        lang="traditional",
    )
    page = _S2T.convert(page)  # the portal's 繁體 switch converts the whole page, its furniture too
    write(f"广东/普宁市/{_S2T.convert(PN_CARD_TITLE)}.html", page)


# ---------------------------------------------------------------------------------------------------------
# 9-10 仙居县 职业技能提升补贴: the guide of 【字段】 lines, also named 办事指南.html, and the 发放汇总表 .xlsx
# ---------------------------------------------------------------------------------------------------------

XJ_GUIDE = """
【事项名称】职业技能提升补贴申领
【实施主体】仙居县人力资源和社会保障局（仙居县就业管理服务中心具体经办）
【申领对象】依法参加失业保险、累计缴纳失业保险费1年以上（含1年）的企业职工，以及领取失业保险金期间的失业人员，取得职业资格证书或者职业技能等级证书的。
【补贴标准】取得初级工（五级）证书的，补贴1000元；取得中级工（四级）证书的，补贴1500元；取得高级工（三级）证书的，补贴2000元。
【申领次数】每人每年享受职业技能提升补贴不超过3次，同一职业（工种）同一等级不得重复享受。
【申领期限】自证书核发之日起12个月内申领，逾期不予受理。
【申请材料】1.身份证；2.职业资格证书或者职业技能等级证书（可以通过全国联网查询核验的，免于提交）。
【办理渠道】登录“浙里办”APP搜索“职业技能提升补贴”在线申领；或者到仙居县行政服务中心三楼人力社保窗口（仙居县福应街道环城南路）现场申领。
【办理时限】10个工作日
【发放方式】补贴资金发放至申请人本人社会保障卡银行账户。
【收费标准】不收费
【咨询电话】0576-87772310
"""

XJ_XLSX = "仙居县2025年第二批职业技能提升补贴发放汇总表"
XJ_ROWS = [  # 乡镇（街道）, 初级工, 中级工, 高级工 (persons)
    ("福应街道", 46, 38, 12),
    ("南峰街道", 31, 25, 9),
    ("安洲街道", 28, 19, 7),
    ("横溪镇", 17, 11, 4),
    ("白塔镇", 22, 14, 6),
    ("田市镇", 15, 9, 3),
    ("官路镇", 12, 8, 2),
    ("下各镇", 19, 13, 5),
]


def xj_amount(a: int, b: int, c: int) -> int:
    return a * 1000 + b * 1500 + c * 2000


def write_xianju() -> None:
    write(
        "浙江/仙居县/办事指南.html",
        gov_page(
            XJ,
            "职业技能提升补贴申领办事指南",
            "政务服务 &gt; 办事指南 &gt; 人力社保",
            "2025-03-04",
            "仙居县人力资源和社会保障局",
            paras(XJ_GUIDE),
        ),
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "汇总表"
    ws["A1"] = XJ_XLSX
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "填报单位：仙居县就业管理服务中心"
    ws.merge_cells("A2:D2")
    ws["E2"] = "填报日期：2025年8月20日"
    ws.merge_cells("E2:G2")
    ws.append(
        [
            "序号",
            "乡镇（街道）",
            "初级工（人）",
            "中级工（人）",
            "高级工（人）",
            "合计（人）",
            "补贴金额（元）",
        ]
    )
    totals = [0, 0, 0, 0, 0]
    for i, (town, a, b, c) in enumerate(XJ_ROWS, 1):
        amount = xj_amount(a, b, c)
        row = [a, b, c, a + b + c, amount]
        ws.append([i, town, *row])
        totals = [t + v for t, v in zip(totals, row, strict=True)]
    ws.append(["合计", "", *totals])
    assert totals[-1] == 491500, totals
    for col, width in zip("ABCDEFG", [6, 14, 13, 13, 13, 12, 16], strict=True):
        ws.column_dimensions[col].width = width
    notes = wb.create_sheet("填表说明")
    for line in [
        "填表说明",
        "1.本批次为2025年4月1日至2025年6月30日核发证书并提出申请、经审核符合条件的人员。",
        "2.补贴标准：初级工（五级）1000元，中级工（四级）1500元，高级工（三级）2000元。",
        "3.补贴资金于2025年9月15日前发放至本人社会保障卡银行账户。",
        "4.乡镇（街道）按申请人参保缴费单位所在地统计。",
    ]:
        notes.append([line])
    notes.column_dimensions["A"].width = 80
    wb.properties.creator = "仙居县就业管理服务中心"
    wb.properties.created = wb.properties.modified = datetime(2025, 8, 20, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    path = DOCS / f"浙江/仙居县/{XJ_XLSX}.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    restamp(path)


# ---------------------------------------------------------------------------------------------------------
# 11-12 武安市 城乡居民基本养老保险: the 征缴方案 .docx, its 缴费档次 table nested in a layout table's cell,
# units only in the header; a browser's copy in 下载/
# ---------------------------------------------------------------------------------------------------------

WA_TITLE = "武安市2025年度城乡居民基本养老保险费征缴工作方案"
WA_TIERS = [  # 缴费档次（元/年）, 政府补贴（元/年）
    ("200", "40"),
    ("300", "45"),
    ("500", "60"),
    ("800", "75"),
    ("1000", "95"),
    ("1500", "115"),
    ("2000", "140"),
    ("3000", "180"),
    ("4000", "220"),
    ("5000", "260"),
]
WA_ROWS = [
    (
        "参保范围",
        "年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，"
        "可以在户籍地参加城乡居民基本养老保险。",
    ),
    ("缴费档次和政府补贴", None),  # the nested table
    (
        "困难群体代缴",
        "对重度残疾人、特困人员、低保对象、返贫致贫人口等缴费困难群体，由政府按每人每年一百元的标准为其代缴养老保险费，"
        "本人可以在此基础上自愿选择更高档次缴费。",
    ),
    (
        "缴费时间",
        "2025年度集中征缴期为2025年3月1日至2025年6月30日；集中征缴期后可以继续缴纳当年度保险费，截止到2025年12月20日。",
    ),
    ("缴费方式", "通过“河北人社”APP、“冀时办”APP、微信“河北税务”小程序缴纳，或者到村（社区）协办员处缴纳。"),
    (
        "待遇领取",
        "年满60周岁、累计缴费满15年的，可以按月领取城乡居民基本养老金。我市基础养老金最低标准为每人每月163元；"
        "累计缴费超过15年的，每多缴费1年，基础养老金每月加发2元。",
    ),
    ("咨询电话", "武安市社会保险事业服务中心　0310-5652219"),
]


def write_wuan_docx(rel: str) -> None:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("武安市人力资源和社会保障局　武安市财政局　国家税务总局武安市税务局")
    d.add_heading(WA_TITLE, level=1)
    d.add_paragraph(
        "为做好2025年度城乡居民基本养老保险费征缴工作，确保应保尽保，根据河北省有关规定，结合我市实际，制定本方案。"
        "各乡镇（街道）要把征缴工作作为重要民生工作，精心组织，确保按时完成征缴任务。"
    )
    outer = d.add_table(rows=len(WA_ROWS) + 1, cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = "项目"
    outer.cell(0, 1).text = "内容"
    for i, (label, text) in enumerate(WA_ROWS, 1):
        outer.cell(i, 0).text = label
        cell = outer.cell(i, 1)
        if text is not None:
            cell.text = text
            continue
        cell.text = "个人缴费设200元至5000元十个档次，参保人自主选择档次缴费，多缴多得。政府补贴标准如下："
        inner = cell.add_table(rows=len(WA_TIERS) + 1, cols=2)
        inner.style = "Table Grid"
        inner.cell(0, 0).text = "缴费档次（元/年）"
        inner.cell(0, 1).text = "政府补贴（元/年）"
        for j, (tier, subsidy) in enumerate(WA_TIERS, 1):
            inner.cell(j, 0).text = tier
            inner.cell(j, 1).text = subsidy
        cell.add_paragraph("注：政府补贴全部记入参保人个人账户；中断缴费期间不享受政府补贴。")
    d.add_paragraph("各乡镇（街道）于每月5日前将上月征缴进度报市社会保险事业服务中心。")
    d.add_paragraph("2025年2月26日")
    d.sections[0].header.paragraphs[0].text = "武安市人力资源和社会保障局文件"
    d.sections[0].footer.paragraphs[0].text = "武人社字〔2025〕9号"
    d.core_properties.author = "武安市社会保险事业服务中心"
    d.core_properties.created = d.core_properties.modified = datetime(2025, 2, 26, 8, 0, 0)
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    restamp(path)


# ---------------------------------------------------------------------------------------------------------
# 13-15 瓦房店市: the 就业见习管理办法 beside its 征求意见稿 with other figures, and an old-CMS 求职创业补贴 公告
# (nested layout tables, <br> lines with &nbsp; indents, full-width digits, GB2312)
# ---------------------------------------------------------------------------------------------------------

WFD_TITLE = "瓦房店市就业见习管理办法"


def wfd_articles(draft: bool) -> list[str]:
    """The 办法's articles; ``draft`` gives the 征求意见稿's figures."""
    posts = "10个" if draft else "5个"
    months = "3至6个月" if draft else "3至12个月"
    pay = "1600元" if draft else "1800元"
    keep = ("60%", "1800元") if draft else ("50%", "2000元")
    claim = "见习期满后3个月内" if draft else "见习期满后1个月内"
    start = "第十条　本办法自印发之日起施行。" if draft else "第十条　本办法自2025年7月1日起施行，有效期3年。"
    return [
        "第一条　为帮助高校毕业生和青年积累工作经验、提升就业能力，规范就业见习工作，结合我市实际，制定本办法。",
        "第二条　见习对象。离校2年内未就业的高校毕业生和16至24岁登记失业青年。每名见习人员只能参加一次就业见习。",
        f"第三条　见习单位。在瓦房店市依法登记、管理规范、每年能够提供见习岗位不少于{posts}的企业、事业单位、社会组织等，经市人力资源和社会保障局认定为就业见习基地。",
        f"第四条　见习期限。见习期限为{months}。",
        f"第五条　见习补贴。见习单位按照每人每月不低于我市最低工资标准向见习人员发放基本生活费，并为其办理人身意外伤害保险。市财政按每人每月{pay}的标准给予见习单位就业见习补贴，用于支付见习人员基本生活费、人身意外伤害保险费和带教费用。",
        f"第六条　留用奖励。见习期满留用率达到{keep[0]}以上的见习单位，见习补贴标准提高至每人每月{keep[1]}。",
        "第七条　提前留用。见习单位在见习期内与见习人员签订1年以上劳动合同并缴纳社会保险费的，剩余期限的见习补贴一次性拨付给见习单位。",
        f"第八条　补贴申领。见习单位于{claim}，向瓦房店市就业服务中心申领就业见习补贴。",
        "第九条　见习单位以虚报见习人数、伪造见习记录等方式骗取补贴的，追回补贴资金，取消其见习基地资格。",
        start,
    ]


WFD_NOTICE_TITLE = "关于做好2025年高校毕业生一次性求职创业补贴申领工作的公告"
WFD_NOTICE = """
根据辽宁省人力资源和社会保障厅、辽宁省财政厅有关文件精神，现将２０２６届高校毕业生一次性求职创业补贴申领工作有关事项公告如下：
一、补贴对象
在毕业学年（２０２５年９月至２０２６年８月）有就业创业意愿并积极求职创业的下列瓦房店市户籍高校毕业生：（一）城乡居民最低生活保障家庭的；（二）脱贫家庭和防止返贫监测对象家庭的；（三）特困人员；（四）残疾的；（五）在学期间获得国家助学贷款的。
二、补贴标准
一次性求职创业补贴标准为每人１５００元。
三、申领时间
２０２５年１０月１３日至２０２５年１１月１４日，逾期不予受理。
四、申领方式
由本人通过“辽宁人社”ＡＰＰ提交申请，或者向所在高校就业指导部门提交申请，由高校统一报送；在省外高校就读的，可以到瓦房店市就业服务中心（瓦房店市共济街１２６号）二楼就业科现场申请。
五、申请材料
本人身份证、学生证、社会保障卡银行账户，以及相应困难身份证明（可以通过信息系统核验的，免于提交）。
六、资金发放
经审核并公示５个工作日无异议后，于２０２５年１２月３１日前发放至本人社会保障卡银行账户。
咨询电话：０４１１－８５６２２１７４
瓦房店市就业服务中心
２０２５年９月２６日
"""


def wfd_old_cms() -> str:
    """The old ASP CMS: the whole page in nested tables, the article one cell, lines as <br> in one <div>."""
    indent = "&nbsp;&nbsp;&nbsp;&nbsp;"
    lines = [line.strip() for line in WFD_NOTICE.strip().splitlines()]
    body = "<br>\r\n".join(
        (f'<div align="right">{line}</div>' if i >= len(lines) - 2 else indent + line)
        for i, line in enumerate(lines)
    )
    nav = "".join(
        f'<td align="center" class="nav"><a href="#">{n}</a></td>'
        for n in [
            "网站首页",
            "走进瓦房店",
            "政务公开",
            "人社动态",
            "就业创业",
            "社会保障",
            "办事指南",
            "在线咨询",
        ]
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{WFD_NOTICE_TITLE}--瓦房店市人力资源和社会保障局</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="../images/top_bg.jpg"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="70%"><img src="../images/logo.gif" alt="瓦房店市人力资源和社会保障局"></td><td align="right" class="date">设为首页 | 加入收藏 | 联系我们</td></tr></table></td></tr>
  <tr><td height="36" bgcolor="#1760A8"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td class="left_tit">就业创业</td></tr>
      <tr><td class="left_list">· 就业见习<br>· 创业担保贷款<br>· 求职创业补贴<br>· 职业培训<br>· 招聘信息</td></tr>
      <tr><td class="left_tit">便民服务</td></tr>
      <tr><td class="left_list">· 社保查询<br>· 12333咨询<br>· 表格下载</td></tr>
    </table></td>
    <td width="10">&nbsp;</td>
    <td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td height="30" class="weizhi">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">就业创业</a> &gt;&gt; 正文</td></tr>
      <tr><td align="center" class="title"><b>{WFD_NOTICE_TITLE}</b></td></tr>
      <tr><td align="center" class="info">作者：就业科　来源：瓦房店市就业服务中心　点击数：<font color="red">1356</font>　更新时间：2025-9-26</td></tr>
      <tr><td class="content"><div id="zoom" style="font-size:14px;line-height:28px;">
{body}
</div></td></tr>
      <tr><td align="right" class="tools">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      <tr><td class="prevnext">上一篇：瓦房店市2025年第三批就业见习基地认定名单公示<br>下一篇：关于开展2025年度职业技能等级认定工作的通知</td></tr>
    </table></td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#E8EEF5">
  <tr><td height="80" align="center" class="foot">版权所有：瓦房店市人力资源和社会保障局　地址：瓦房店市共济街１２６号<br>辽ICP备05012238号-3　技术支持：大连星海网络科技有限公司　建议使用IE8.0以上浏览器浏览</td></tr>
</table>
</body>
</html>
"""


def write_wafangdian() -> None:
    write(
        f"辽宁/瓦房店市/{WFD_TITLE}.html",
        xxgk_page(
            WFD,
            f"瓦房店市人民政府办公室关于印发《{WFD_TITLE}》的通知",
            "2025-06-05",
            "瓦房店市人民政府办公室",
            "瓦政办发〔2025〕21号",
            "11210281001364217X/2025-00097",
            paras("""
各乡镇人民政府、街道办事处，市政府各部门：
经市政府同意，现将《瓦房店市就业见习管理办法》印发给你们，请认真贯彻执行。
瓦房店市人民政府办公室
2025年6月5日
""")
            + f'<p align="center"><strong>{WFD_TITLE}</strong></p>'
            + paras("\n".join(wfd_articles(draft=False))),
        ),
    )
    write(
        f"辽宁/瓦房店市/关于公开征求《{WFD_TITLE}（征求意见稿）》意见的公告.html",
        gov_page(
            WFD,
            f"关于公开征求《{WFD_TITLE}（征求意见稿）》意见的公告",
            "政民互动 &gt; 意见征集",
            "2025-04-10",
            "瓦房店市人力资源和社会保障局",
            paras(f"""
为进一步规范就业见习工作，瓦房店市人力资源和社会保障局起草了《{WFD_TITLE}（征求意见稿）》，现向社会公开征求意见。
征求意见时间：2025年4月10日至2025年5月9日。
反馈方式：发送电子邮件至wfdrsjyk@163.com，或者邮寄至瓦房店市人力资源和社会保障局就业科（瓦房店市共济街126号），信封请注明“见习办法意见”。
瓦房店市人力资源和社会保障局
2025年4月10日
""")
            + f'<p style="text-align:center"><strong>{WFD_TITLE}（征求意见稿）</strong></p>'
            + paras("\n".join(wfd_articles(draft=True))),
        ),
    )
    write(f"辽宁/瓦房店市/{WFD_NOTICE_TITLE}.html", wfd_old_cms(), encoding="gbk")


# ---------------------------------------------------------------------------------------------------------
# 16-18 平果市: the 以工代训 实施细则 PDF hard-wrapped at 27 characters, a GBK 拟发放名单公示 .txt with
# space-aligned columns, and a WeChat article on the 零工市场 as Markdown
# ---------------------------------------------------------------------------------------------------------

PG_TITLE = "平果市以工代训补贴实施细则"
PG_PAGES = [
    f"""
{PG_TITLE}
平人社规〔2025〕3号
第一条　为支持企业吸纳重点群体就业并开展以工代训，提升劳动者岗位技能，根据国家和自治区有关规定，结合我市实际，制定本细则。
第二条　补贴对象。在平果市依法登记注册的企业（含个体工商户、农民专业合作社，下同），吸纳脱贫人口、防止返贫监测对象、登记失业人员、就业困难人员、离校2年内未就业高校毕业生就业，签订6个月以上劳动合同或者劳务协议，并在岗开展以工代训的，可以申请以工代训补贴。
第三条　补贴标准。按实际吸纳人数每人每月500元给予以工代训补贴；吸纳脱贫人口和防止返贫监测对象的，按每人每月600元给予补贴。每名人员补贴期限最长6个月。
第四条　补贴上限。同一企业年度以工代训补贴总额最高20万元。同一人员只能享受一次以工代训补贴。
第五条　申请时间。企业按季度申请，于每季度结束后次月15日前提交上一季度的补贴申请。
""",
    """
第六条　申请材料。1.以工代训补贴申请表；2.以工代训人员花名册；3.劳动合同或者劳务协议；4.工资发放凭证。
第七条　审核和拨付。市就业服务中心自受理之日起15个工作日内完成审核，在市人民政府门户网站公示5个工作日无异议后，将补贴资金拨付至企业对公账户。
第八条　监督管理。弄虚作假骗取补贴的，追回补贴资金，3年内不得申请就业补贴资金；涉嫌犯罪的，移送司法机关依法处理。
第九条　本细则由平果市人力资源和社会保障局负责解释，自2025年3月1日起施行，有效期至2027年12月31日。
平果市人力资源和社会保障局　平果市财政局
2025年2月20日
""",
]

PG_LIST_TITLE = "平果市2025年第一季度以工代训补贴拟发放名单公示"
PG_LIST = [  # 企业名称, 吸纳人数, 其中脱贫人口和监测对象, 补贴月数
    ("平果市铝城新型建材有限公司", 12, 5, 3),
    ("广西平果华盛纺织有限公司", 26, 14, 3),
    ("平果市果化镇芒果种植专业合作社", 8, 6, 3),
    ("平果恒达电子科技有限公司", 35, 9, 3),
    ("平果市新安镇金穗米业有限公司", 6, 2, 2),
    ("广西平果铝都物流有限公司", 15, 4, 3),
]


def pg_amount(people: int, poor: int, months: int) -> int:
    return ((people - poor) * 500 + poor * 600) * months


def gbk_pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` columns as a fixed-width font shows GBK (a CJK character two)."""
    return text + " " * (width - len(text.encode("gbk")))


def pg_list() -> str:
    head = ["序号", "企业名称", "吸纳人数", "其中脱贫人口和监测对象", "补贴月数", "补贴金额（元）"]
    widths = [6, 36, 10, 26, 10, 14]
    out = [
        PG_LIST_TITLE,
        "",
        "根据《平果市以工代训补贴实施细则》，经企业申报、市就业服务中心审核，现将2025年第一季度以工代训补贴拟发放名单公示如下：",
        "",
    ]
    out.append("".join(gbk_pad(h, w) for h, w in zip(head, widths, strict=True)).rstrip())
    total = [0, 0, 0]
    for i, (name, people, poor, months) in enumerate(PG_LIST, 1):
        amount = pg_amount(people, poor, months)
        cells = [str(i), name, str(people), str(poor), str(months), str(amount)]
        out.append("".join(gbk_pad(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
        total = [total[0] + people, total[1] + poor, total[2] + amount]
    assert total == [102, 40, 161800], total
    cells = ["合计", "", str(total[0]), str(total[1]), "", str(total[2])]
    out.append("".join(gbk_pad(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
    out += [
        "",
        "补贴标准：每人每月500元，脱贫人口和防止返贫监测对象每人每月600元。",
        "公示期：2025年4月21日至2025年4月25日。",
        "公示期间如有异议，请以书面或者电话形式向平果市就业服务中心反映。",
        "监督电话：0776-5822360",
        "",
        "平果市就业服务中心",
        "2025年4月21日",
    ]
    return "\r\n".join(out) + "\r\n"


PG_MD_TITLE = "家门口找活干！平果市零工市场正式启用"
PG_MD = f"""# {PG_MD_TITLE}🎉

原创 平果人社 [平果人社](javascript:void(0);) *2025年06月06日 18:05* *广西*

![](https://mmbiz.qpic.cn/mmbiz_gif/Xk3nPqa9cGdBq0dTcxI4Zm/640?wx_fmt=gif&from=appmsg)

**👆点击蓝字关注我们**

---

找活干不用再蹲路边等了！📢 6月6日，**平果市零工市场**正式启用，打零工、招零工都有了“家门口”的固定场所。

## 📍 零工市场在哪里？

平果市零工市场位于**平果市马头镇平果大道人力资源市场一楼**（市政务服务中心旁），每天7:00—18:00开放，节假日不休息。

市场设有求职登记区、岗位发布区、洽谈区和技能培训区，还配备了饮水机、充电桩和休息座椅☕。

## 💰 要不要收费？

求职登记、岗位发布、职业介绍**全部免费**！用工主体和零工人员都不用交一分钱。

## 🏠 乡镇也有零工驿站

| 零工驿站 | 地址 | 开放时间 |
| --- | --- | --- |
| 新安镇零工驿站 | 新安镇便民服务中心一楼 | 周一至周六 8:00—17:30 |
| 果化镇零工驿站 | 果化镇布尧街综合服务楼 | 周一至周六 8:00—17:30 |
| 太平镇零工驿站 | 太平镇人力资源和社会保障服务站 | 周一至周五 8:00—17:00 |

## 📱 线上也能找活

微信搜索“**平果零工**”小程序，日结、周结岗位实时更新，还能一键电话联系老板📞。

## 🛡️ 打零工有保障

在零工市场登记的零工人员，可以免费参加“零工保”意外伤害保险，意外身故、伤残最高保额30万元，意外医疗最高保额2万元，保费由市就业补助资金承担。

开市首日，已有86家用工主体入驻，发布岗位1200余个，现场达成用工意向340人次👏。

> 咨询电话：0776-5822360（平果市就业服务中心）

---

**往期推荐**

- [平果市2025年第一季度以工代训补贴拟发放名单公示](https://mp.weixin.qq.com/s/8Kq2pX)
- [春风行动 | 平果专场招聘会岗位表来了](https://mp.weixin.qq.com/s/3Tn7vQ)

![](https://mmbiz.qpic.cn/mmbiz_png/Xk3nPqa9cGdBq0dTcxI4Zm/640?wx_fmt=png)

**平果人社**

微信号：pgrsj2016

[阅读原文](https://mp.weixin.qq.com/s/Zp8rLgQ2xV)

预览时标签不可点

微信扫一扫关注该公众号
"""


def write_pingguo() -> None:
    write_pdf(f"广西/平果市/{PG_TITLE}.pdf", PG_PAGES, "平果市人力资源和社会保障局文件")
    write(f"广西/平果市/{PG_LIST_TITLE}.txt", pg_list(), encoding="gbk")
    write(f"广西/平果市/{PG_MD_TITLE}.md", PG_MD)


# ---------------------------------------------------------------------------------------------------------
# 19-20 神木市: a 领导留言板 reply on 欠薪, and a 退休 须知 saved by Notepad as “Unicode” (UTF-16 LE, BOM, CRLF)
# ---------------------------------------------------------------------------------------------------------

SM_LETTER = """
领导您好！我是外地来神木打工的木工。去年9月到今年1月，我们5个人跟着一个姓刘的包工头，在神木市滨河新区一个住宅小区项目干木工活，说好完工结账。可到现在我们5个人还有2.6万元工资没拿到。
包工头一开始说开发商没给钱，后来干脆不接电话了。我们去找项目部，项目部说钱早就给了包工头，让我们自己去找包工头。
我们都是出力气挣钱的，家里老人孩子都等着用钱。请问这种情况我们该找谁要钱？到哪里投诉？工程的总包单位有没有责任？
"""
SM_REPLY = """
您好！您反映的问题我局高度重视，市劳动保障监察大队已于7月3日到项目现场调查核实，现答复如下：
一、根据《保障农民工工资支付条例》，建设工程施工总承包单位对所承包工程的农民工工资支付负总责；分包单位或者包工头拖欠农民工工资的，由施工总承包单位先行清偿，再依法进行追偿。
二、经核实，您反映的项目施工总承包单位为陕西某建设工程有限公司。我局已向该公司下达《劳动保障监察责令改正决定书》，责令其在10个工作日内先行清偿拖欠您等5人的工资2.6万元。逾期不支付的，将依法处理，并将其列入拖欠农民工工资失信联合惩戒对象名单。
三、我市设立了欠薪应急周转金，对短期内确实无法追偿、农民工生活困难的欠薪案件，可以先行垫付部分工资，每人最高垫付1万元。
四、今后遇到欠薪问题，可以拨打12345或者12333投诉，也可以通过“全国根治欠薪线索反映平台”微信小程序反映，或者到神木市劳动保障监察大队（神木市滨河新区神木大道人社服务大厅三楼）现场投诉。
感谢您对我市根治欠薪工作的信任和支持！
"""

SM_TXT_TITLE = "神木市企业职工基本养老保险待遇申领（办理退休）须知"
SM_TXT = f"""{SM_TXT_TITLE}

神木市社会保险经办中心　2025年3月

一、办理条件
    参加企业职工基本养老保险，达到法定退休年龄，累计缴费满15年（含视同缴费年限）。
    自2025年1月1日起实施渐进式延迟法定退休年龄：原法定退休年龄为60周岁的男职工，每4个月延迟1个月，逐步延迟至63周岁；原法定退休年龄为55周岁、50周岁的女职工，分别逐步延迟至58周岁、55周岁。
    自2030年1月1日起，最低缴费年限由15年逐步提高至20年，每年提高6个月。

二、申报时间
    参保人员应当在达到法定退休年龄前1个月内，到神木市社会保险经办中心申报；基本养老金从达到法定退休年龄的次月起发放。

三、养老金怎么算
    基本养老金 = 基础养老金 + 个人账户养老金 + 过渡性养老金
    基础养老金 = 全省上年度在岗职工月平均工资 ×（1 + 本人平均缴费工资指数）÷ 2 × 缴费年限 × 1%
    个人账户养老金 = 个人账户储存额 ÷ 计发月数

    退休年龄    计发月数
    50岁        195
    55岁        170
    60岁        139

四、缴费不满15年怎么办
    可以延长缴费至满15年；也可以申请转入户籍地城乡居民基本养老保险，按城乡居民基本养老保险规定享受待遇。

五、申报材料
    1.身份证；2.社会保障卡；3.《企业职工基本养老保险待遇申领表》；4.本人档案（特殊工种提前退休的提供）。

六、办理地点和时限
    神木市社会保险经办中心（神木市滨河新区神木大道人社服务大厅一楼）5号至8号窗口，也可以通过“陕西养老保险”APP办理。资料齐全的，5个工作日内办结。

七、咨询电话
    0912-8356218
"""


def write_shenmu() -> None:
    title = "工程完工半年了，包工头拖欠我们2.6万元工资不给怎么办？"
    write(
        f"陕西/神木市/领导留言板：{title}.html",
        letter_page(
            SM,
            "领导留言板",
            title,
            [
                ("留言标题", title),
                ("留言对象", "神木市市长"),
                ("留言时间", "2025-07-02"),
                ("留言编号", "SMLY20250702013"),
            ],
            SM_LETTER,
            "神木市人力资源和社会保障局",
            "2025-07-09",
            SM_REPLY,
        ),
    )
    text = "\ufeff" + SM_TXT.replace("\n", "\r\n")  # Notepad's “Unicode”: UTF-16 LE with its BOM, CRLF
    write("陕西/神木市/退休办理须知.txt", text, encoding="utf-16-le")


# ---------------------------------------------------------------------------------------------------------
# 21-25 news roundups, each naming a region that has only planned a measure and one named in passing;
# 26 an exact duplicate of a roundup, 27 an empty file, and the browser's .docx copy, in 下载/
# ---------------------------------------------------------------------------------------------------------

N1_TITLE = "创业担保贷款额度提高 多地为创业者“扶上马送一程”"
N1 = news(
    "中国劳动保障新闻网",
    "www.clssn.com",
    N1_TITLE,
    "2025-06-12 09:16　来源：中国劳动保障报　作者：记者 孙明辉",
    paras("""
今年以来，多地提高创业担保贷款额度、加码一次性创业补贴，为创业者“扶上马送一程”。
江苏宿迁市泗洪县自5月1日起将个人创业担保贷款最高额度由20万元提高到30万元，个人贷款20万元以下免除反担保；首次创业、正常经营6个月以上的，一次性创业补贴由5000元提高到1万元。
山东菏泽市曹县个人创业担保贷款最高额度也已提高到30万元，今年前5个月发放创业担保贷款2.8亿元。
安徽阜阳市临泉县对首次创办小微企业或者从事个体经营的返乡创业人员，给予一次性创业补贴8000元。
在泗洪开烘焙店的周女士，此前在江苏淮安市涟水县一家食品厂做了5年学徒，今年用15万元创业担保贷款把店开了起来。
河南信阳市固始县人社局有关负责人表示，固始正在研究提高创业担保贷款额度，计划下半年出台实施办法。
"""),
    "京ICP备05072418号",
    ["人社部：加大创业担保贷款支持力度", "返乡创业带动就业成效明显"],
    "就业创业",
)

N2_TITLE = "失业保险金标准上调 零工市场开到家门口 多地多措并举稳就业"
N2 = news(
    "中工网",
    "www.workercn.cn",
    N2_TITLE,
    "2025-06-25 10:42　来源：工人日报　记者：陈晓燕",
    paras("""
失业保险金提标、零工市场建到家门口、以工代训给补贴……多地多措并举稳就业、保民生。
湖北荆门市钟祥市自今年1月1日起将失业保险金标准提高到每人每月1755元，领取期满仍未就业的还可以申领失业补助金。同在荆门的京山市失业保险金标准也调整为每人每月1755元。
广西百色市平果市零工市场6月6日正式启用，求职登记、岗位发布全部免费；广西玉林市容县零工市场今年3月建成投用，已设立乡镇零工驿站15个。
平果市对吸纳脱贫人口等重点群体就业并开展以工代训的企业，按每人每月500元给予补贴，吸纳脱贫人口和监测对象的每人每月600元。河南安阳市滑县以工代训补贴标准为每人每月500元，今年已为126家企业发放补贴。
湖南邵阳市邵东市人社局表示，邵东计划年底前建成市级零工市场。
在平果零工市场登记找活的李师傅，过去几年一直在江西赣州市瑞金市的工地上打零工，“现在回到家门口，活好找了，工钱也有保障”。
"""),
    "京ICP备05009875号",
    ["全国总工会：做好新就业形态劳动者权益保障", "失业保险稳岗返还政策延续实施"],
    "劳动就业",
)

N3_TITLE = "考证有补贴 社保有补助 多地技能和灵活就业政策“红包”上新"
N3 = news(
    "光明网",
    "difang.gmw.cn",
    N3_TITLE,
    "2025-08-05 08:30　来源：光明网　作者：周晴",
    paras("""
考证拿补贴、灵活就业缴社保有补助、社保卡“即时办”……多地技能人才和灵活就业政策“红包”上新。
浙江台州市仙居县对参加失业保险满1年的企业职工，取得高级工（三级）证书的给予职业技能提升补贴2000元，中级工1500元，初级工1000元。江苏泰州市兴化市今年已为4200余名取得职业技能等级证书的职工发放职业技能提升补贴。
广东揭阳市普宁市对灵活就业的就业困难人员和离校2年内未就业高校毕业生，按其实际缴纳基本养老保险费和基本医疗保险费的2/3给予社会保险补贴。广东汕尾市陆丰市对灵活就业的就业困难人员也给予社会保险补贴，补贴期限最长3年。
普宁市全面推行第三代社保卡即时制卡，约10分钟即可领卡；同在揭阳的惠来县第三代社保卡也已开始发放。
山东潍坊市诸城市人社局表示，诸城正在研究出台灵活就业人员社会保险补贴办法，计划明年实施。
来自四川眉山市洪雅县的小陈在仙居一家汽配企业做数控车工，今年考取了中级工证书，“证书拿到手，补贴也到账了”。
"""),
    "京ICP备05061226号",
    ["技能中国行动深入实施", "新就业形态劳动者参保扩面"],
    "地方",
)

N4_TITLE = "多缴多得有补贴 欠薪有人管 多地织密民生保障网"
N4 = news(
    "人民网",
    "local.people.com.cn",
    N4_TITLE,
    "2025-09-10 07:55　来源：人民网－地方频道　作者：马骏",
    paras("""
城乡居民养老保险多缴多得、欠薪问题有人管……多地织密民生保障网。
河北邯郸市武安市城乡居民基本养老保险个人缴费设200元至5000元十个档次，政府补贴从每人每年40元到260元，缴费档次越高补贴越多；对重度残疾人等缴费困难群体由政府代缴。河北唐山市迁西县城乡居民养老保险政府缴费补贴最高每人每年300元。
安徽合肥市长丰县人社局表示，长丰正在研究调整城乡居民养老保险缴费档次和政府补贴标准，计划明年实施。
陕西榆林市神木市设立欠薪应急周转金，对短期内无法追偿、生活困难的农民工先行垫付部分工资；同在榆林的府谷县也设立了欠薪应急周转金，今年已垫付农民工工资86万元。
内蒙古鄂尔多斯市准格尔旗的农民工老赵今年在外地工地打工时遇到欠薪，通过“全国根治欠薪线索反映平台”反映后，一周内拿到了工资。
"""),
    "京ICP备05048392号",
    ["根治欠薪冬季专项行动部署开展", "城乡居民基础养老金再提高"],
    "地方",
)

N5_TITLE = "见习有补贴 求职有“红包” 多地出实招助高校毕业生就业"
N5 = news(
    "中国青年网",
    "news.youth.cn",
    N5_TITLE,
    "2025-07-15 14:20　来源：中国青年网　记者：李雪",
    paras("""
毕业季，多地出台就业见习补贴、求职创业补贴等实招，帮助高校毕业生顺利走上工作岗位。
辽宁大连市瓦房店市7月1日起施行新的就业见习管理办法，见习补贴标准为每人每月1800元，见习期满留用率达到50%以上的提高到每人每月2000元。辽宁铁岭市开原市今年已募集就业见习岗位600个，见习补贴每人每月1700元。
湖南益阳市安化县今年已向600余名2025届困难家庭高校毕业生发放一次性求职创业补贴，每人2000元。
湖南永州市祁阳市人社局表示，祁阳正在研究制定就业见习补贴办法，计划明年实施。
来自甘肃平凉市庄浪县的应届毕业生小马，如今在瓦房店一家轴承企业见习，“带教师傅手把手教，见习结束就能留下来”。
"""),
    "京ICP备05027761号",
    ["2025届高校毕业生就业服务“百日冲刺”启动", "多部门部署青年就业见习工作"],
    "青年就业",
)


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    write(f"下载/{N2_TITLE}.html", N2)  # the same page saved twice: an exact duplicate
    write_wuan_docx(f"下载/{WA_TITLE}(1).docx")  # the browser's copy of the downloaded 方案
    write("下载/新建文本文档.txt", "")  # an empty file


def main() -> None:
    write_sihong()
    write_zhongxiang()
    write_puning()
    write_xianju()
    write_wuan_docx(f"河北/武安市/{WA_TITLE}.docx")
    write_wafangdian()
    write_pingguo()
    write_shenmu()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
