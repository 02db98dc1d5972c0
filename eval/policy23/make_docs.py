"""Writes eval/policy23/docs: a twenty-third probe collection (29 files), 卫生健康与民政服务 — what parents,
pregnant workers, old people's children, blood donors' families, the bereaved and the poor ask (育儿补贴 per child
per year, 生育津贴 and 生育医疗费用 定额, 家庭医生签约服务包 and its fees, 无偿献血者 用血费用返还, 基本殡葬服务费用减免
and 生态安葬奖补, 农村部分计划生育家庭奖励扶助 / 特别扶助, 免费婚前医学检查 and 孕前优生健康检查, 高龄津贴 by age band,
困难群众临时救助, 门诊慢特病 待遇认定 and 年度限额) of eight new regions (涞源县, 苍溪县, 泾县, 诏安县, 恭城瑶族自治县,
海伦市, 洛川县, 思南县), as chat users, agents and analysts bring them. Run once
(``python -m eval.policy23.make_docs``); the files are committed as data.

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one region's
documents and in one of five news roundups that names a second region having done it, one region that has only
planned it (剑阁县, 漳浦县, 顺平县, 庆安县, 印江县) and one named only in passing (郎溪县, 阳朔县, 唐县, 宜川县, 德江县).
The documents: a 涞源县 高龄津贴发放管理办法 beside its 征求意见稿 with other figures and a 县长信箱 reply reckoning
one family's 津贴 (91岁 300元 + 86岁 100元 = 400元 a month), and the 惠民殡葬 办法 as a frameset page; a 苍溪县 育儿
补贴 公众号 article, its 政策解读 of 问/答 pairs, a 留言板 reply reckoning a family with twins (7200元 + 3600元 =
10800元 a year) and the first batch's 汇总表 (.xlsx); a 泾县 生育保险 FAQ (.md), the 生育医疗费用 定额 通知 as a
text-layer PDF and a 生育津贴 guide named 办事指南.html (key-value rows); a 诏安县 家庭医生签约服务包 .odt and its
政策解读 in traditional script (the portal's 繁體 version); a 恭城瑶族自治县 婚检孕检 实施方案 .docx with a table and a
two-column 宣传折页 PDF; a 海伦市 临时救助 通知 forwarded by e-mail (.eml with a .docx attachment), a 临时救助 guide
also named 办事指南.html (【字段】 lines) and a 12345 reply reckoning one family's aid; a 洛川县 计生 扶助 附件 .zip; a
思南县 用血费用返还 办法 as a GB18030 .txt and a 门诊慢特病 open-data JSON dump; an exact duplicate of the 折页 and an
empty .txt in 下载/.

New messiness none of eval/policy .. eval/policy22 had:
- an .odt (OpenDocument text written by hand as a zip: mimetype first and stored, META-INF/manifest.xml,
  content.xml of text:h and text:p, a figure split over text:spans (长期处方 1|2|周), a table:table whose units
  stand only in the header row, the 初级包's contents as text:list items) (诏安县 签约服务包: the 高级包's 480 and
  the 初级包's contents only there);
- an .eml (a 市民政局 notice forwarded by a 镇 民政办 with Foxmail: multipart/mixed, the subject and sender RFC 2047
  =?GB2312?B?…?=, the body text/plain GB2312 in base64, the forwarded notice quoted under 原始邮件, a .docx
  attachment whose name is RFC 2047 encoded holding the 标准 table) (海伦市 临时救助: the 备用金 报送 deadline only in
  the body, the 12倍 上限 and the 780元 城市低保标准 only in the attachment);
- a .zip 附件 archive as Windows' 7-Zip writes it: two entries (a .docx 工作方案 and an .xlsx 分乡镇统计表) whose names
  are GBK bytes without the UTF-8 flag (bit 11), so a reader that takes them as cp437 sees mojibake (洛川县 扶助:
  750元 and the 合计 only there);
- a 微信公众号 article saved as .html: the article in <div id="js_content" style="visibility: hidden;">, text in
  nested <section>/<span> with inline styles, the figures in <strong>, images lazy-loaded by data-src, a 阅读原文 /
  阅读 / 点赞 / 在看 footer and a 长按识别二维码 关注 line (苍溪县 育儿补贴: the first 申领 date only there);
- a .json open-data API dump ({"code":200,"data":{"list":[{"title","content","publishDate"}]}}): the articles'
  HTML inside JSON strings, every CJK character a \\uXXXX escape, </ written <\\/ (思南县 门诊慢特病: 认定 时限 and
  the 年度限额 table only there);
- a .md FAQ exported from a 12345 knowledge base (headings, a pipe table, **bold** figures, [links](…), a > note)
  (泾县 生育津贴: 158天 and a worked 31600元 only there);
- a two-column PDF 宣传折页 (landscape, reportlab drawString at two x positions, the left and right columns drawn
  line by line in turn, so that a reader taking the text in stream order interleaves them) (恭城 婚检孕检: 19项, the
  place and the 7个工作日 only there);
- a .htm <frameset> page holding only the <title> and a <noframes> line, its article in main_content.htm beside it
  (GB2312, declared by a <meta http-equiv>) (涞源县 惠民殡葬: 1250元 and 3000元 撒散 only there);
- a .txt in GB18030 (one character outside GBK, four bytes) with CRLF lines hard-wrapped every 34 characters in the
  middle of figures and words and 第X页 共Y页 lines between pages (思南县 用血费用返还: 5倍 and 3年内 only there).
"""

from __future__ import annotations

import base64
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import opencc
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from eval import policy_make as make
from eval.policy_make import Collection, paras, table

DOCS = Path(__file__).resolve().parent / "docs"
_COLLECTION = Collection(DOCS)
write = _COLLECTION.write
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2025, 10, 20, 0, 0, 0)
restamp = partial(make.restamp, stamp=STAMP)
docx_bytes = partial(make.docx_bytes, stamp=STAMP)
_S2T = opencc.OpenCC("s2t")


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


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


LY = Site(
    "涞源县人民政府",
    "冀ICP备05009132号-1",
    "1306300001",
    "冀公网安备 13063002000017号",
    "首页|走进涞源|政务公开|政务服务|政民互动|白石山下",
    "涞源县行政审批局",
    "涞源县城关镇广场路",
    "0312-7322000",
    "www.laiyuan.gov.cn",
)
CX = Site(
    "苍溪县人民政府",
    "蜀ICP备05014568号-1",
    "5108240001",
    "川公网安备 51082402000029号",
    "首页|走进苍溪|政务公开|政务服务|互动交流|红心猕猴桃",
    "苍溪县大数据中心",
    "苍溪县陵江镇江南大道",
    "0839-5222000",
    "www.cangxi.gov.cn",
)
JX = Site(
    "泾县人民政府",
    "皖ICP备05007711号-1",
    "3418230001",
    "皖公网安备 34182302000013号",
    "首页|走进泾县|政务公开|政务服务|政民互动|中国宣纸之乡",
    "泾县数据资源管理局",
    "泾县泾川镇城西路",
    "0563-5022000",
    "www.ahjx.gov.cn",
)
ZA = Site(
    "诏安县人民政府",
    "闽ICP备05021837号-1",
    "3506240001",
    "闽公网安备 35062402000021号",
    "首页|走进诏安|政务公开|政务服务|政民互动|书画艺术之乡",
    "诏安县融媒体中心",
    "诏安县南诏镇东城大道",
    "0596-3322000",
    "www.zhaoan.gov.cn",
)
HL = Site(
    "海伦市人民政府",
    "黑ICP备05003517号-1",
    "2312830001",
    "黑公网安备 23128302000009号",
    "首页|海伦概况|政务公开|政务服务|政民互动|寒地黑土",
    "海伦市营商环境建设监督局",
    "海伦市海伦镇向阳路",
    "0455-5722000",
    "www.hailun.gov.cn",
)


def gov_page(
    site: Site, title: str, crumb: str, date: str, source: str, body: str, *, extra: str = ""
) -> str:
    """A county portal's article (a 无障碍 / 关怀版 / 繁體 top bar, a search box with 热搜, the navigation, 当前位置 with
    &gt;, an info line of 发布日期 / 来源 / 浏览次数, the article in a view div, 分享 and 打印 / 关闭, 上一篇 / 下一篇
    and a footer of 主办, 承办, ICP, 公网安备, 网站标识码)."""
    nav = "".join(f"<li><a href='javascript:;'>{n}</a></li>" for n in site.nav.split("|"))
    extra_span = f"<span class='wh'>{extra}</span>" if extra else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}-{site.name}</title>
<meta name="SiteName" content="{site.name}">
<meta name="SiteDomain" content="{site.domain}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 10:00">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/static/css/base.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问{site.name}门户网站</span><span class="fr"><a>无障碍</a> <a>关怀版</a> <a>繁體</a> <a>手机版</a> <a>登录</a></span></div></div>
<div class="head w1200"><img class="logo" src="/static/images/logo.png" alt="{site.name}"><div class="so"><input type="text" placeholder="搜索本站内容"><button>搜索</button><p>热搜：医保 社保 养老 办事指南</p></div></div>
<ul class="main-nav w1200">{nav}</ul>
<div class="crumb w1200">当前位置：<a>首页</a> &gt; {crumb}</div>
<div class="art w1200">
<h1 class="art-title">{title}</h1>
<div class="art-info"><span>发布日期：{date}</span><span>来源：{source}</span>{extra_span}<span>浏览次数：<i id="views">--</i></span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="view TRS_UEDITOR trs_paper_default" id="UCAP-CONTENT">
{body}
</div>
<div class="art-tools"><span>分享到：<a>微信</a> <a>微博</a></span><a onclick="window.print()">[打印本页]</a><a onclick="window.close()">[关闭窗口]</a></div>
<div class="prev-next"><p>上一篇：{site.name}关于2025年第三季度政务公开工作的通报</p><p>下一篇：关于做好2025年秋冬季疫病防控工作的通知</p></div>
</div>
<div class="footer"><div class="w1200">
<p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a> | <a>纠错</a></p>
<p>主办：{site.name}办公室　承办：{site.host}　电话：{site.phone}</p>
<p><a>{site.icp}</a>　<img src="/static/images/gongan.png" alt="">{site.police}　网站标识码：{site.code}</p>
<p>地址：{site.addr}</p>
</div></div>
<script>$.get("/api/views?code={site.code}",function(n){{$("#views").text(n);}});</script>
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
    body = f"""<div class="xx-detail">
<table class="xx-table" width="100%" border="0" cellspacing="1" cellpadding="6">
{rows}
<tr><th>来信内容</th><td class="xx-con">{paras(letter)}</td></tr>
</table>
<table class="xx-table xx-reply" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><th>办理单位</th><td>{unit}</td></tr>
<tr><th>回复时间</th><td>{replied}</td></tr>
<tr><th>回复内容</th><td class="xx-con">{paras(reply)}</td></tr>
</table>
<div class="xx-pj">评价：<b>满意</b>　<a>我要写信</a>　<a>返回列表</a></div>
</div>"""
    return gov_page(site, title, f"政民互动 &gt; {board}", info[2][1], board, body)


def news(
    site: str, host: str, title: str, meta: str, body: str, icp: str, related: list[str], column: str
) -> str:
    """A news site's article (its own furniture: a channel bar, 责任编辑, 相关阅读 and 版权)."""
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
<div class="top"><a class="logo">{site}</a><ul class="channel"><li>首页</li><li>要闻</li><li>{column}</li><li>地方</li><li>专题</li><li>视频</li></ul><a class="login">登录</a></div>
<div class="path"><a>{site}</a> &gt; <a>{column}</a> &gt; 正文</div>
<div class="main">
<h1 class="title">{title}</h1>
<div class="info">{meta}</div>
<div class="content" id="content">
{body}
</div>
<div class="editor">（责任编辑：{"周敏" if "健康" in site or "医" in site else "孙悦"}）</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>{links}</ul></div>
<div class="foot"><p>{site} 版权所有 未经授权禁止转载</p><p>{icp}</p></div>
</body>
</html>
"""


def kv_rows(text: str) -> str:
    return table(
        [line.split("|", 1) for line in text.strip().splitlines()],
        'class="bsznTable" border="1" cellspacing="0" cellpadding="8" width="100%"',
        thead=False,
    )


def qa_body(text: str) -> str:
    """A 政策解读's 问/答 pairs: each 问 in bold, each 答 a paragraph."""
    out = []
    for line in text.strip().splitlines():
        if line.startswith("问"):
            out.append(f'<p class="wen"><strong>{line}</strong></p>')
        else:
            out.append(f'<p class="da">{line}</p>')
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------
# 1-3 涞源县 高龄津贴: the 办法 beside its 征求意见稿 (other figures) and a 县长信箱 reply; 4-5 惠民殡葬: a frameset
# page holding only the title and its article in main_content.htm (GB2312)
# ---------------------------------------------------------------------------------------------------------

LY_TITLE = "涞源县高龄津贴发放管理办法"
LY_DRAFT_TITLE = f"关于公开征求《{LY_TITLE}（征求意见稿）》意见的公告"


def ly_articles(draft: bool) -> list[str]:
    """The 办法's articles; ``draft`` gives the 征求意见稿's figures."""

    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return [
        "第一条　为弘扬中华民族敬老养老传统美德，提高高龄老年人生活质量，根据《中华人民共和国老年人权益保障法》《河北省老年人权益保障条例》等规定，结合本县实际，制定本办法。",
        "第二条　发放对象。具有本县户籍并在本县居住、年满80周岁的老年人。",
        f"第三条　发放标准。（一）80—89周岁的，每人每月{f('100元', '80元')}；（二）90—99周岁的，每人每月{f('300元', '200元')}；（三）100周岁及以上的，每人每月{f('800元', '600元')}。",
        "第四条　高龄津贴不影响老年人享受经济困难老年人养老服务补贴、失能老年人护理补贴、最低生活保障等待遇，符合条件的可以同时享受。",
        "第五条　申请程序。老年人本人或者委托家属向户籍所在地村（居）民委员会提出申请，提交身份证、户口簿和本人社会保障卡；乡镇人民政府审核后报县民政局审批。高龄津贴自老年人年满80周岁的次月起计发；年龄段发生变化的，自达到相应年龄的次月起按照新标准计发，不需要另行申请。",
        f"第六条　发放方式。高龄津贴{f('按季度发放，于每季度第一个月的20日前', '每半年发放一次，于每年1月和7月')}通过本人社会保障卡发放。",
        f"第七条　生存认证。享受高龄津贴的老年人每年进行一次生存认证，可以通过“冀时办”APP刷脸认证，行动不便的由村（居）民委员会工作人员上门认证。逾期未认证的暂停发放，认证通过后{f('补发暂停期间的津贴', '恢复发放')}。",
        "第八条　享受高龄津贴的老年人死亡的，自死亡的次月起停止发放。冒领、骗取高龄津贴的，由县民政局追回。",
        "第九条　本办法由涞源县民政局负责解释。"
        + (
            "本办法自印发之日起施行。"
            if draft
            else "本办法自2025年7月1日起施行，《涞源县高龄老人生活补贴发放办法》（涞政办〔2019〕12号）同时废止。"
        ),
    ]


LY_LETTER = """
县长您好！我父亲今年91岁，母亲86岁，都是走马驿镇的户口，一直住在村里。听村里人说今年县里高龄津贴涨了，想问一下我爸妈两个人现在每个月一共能领多少？多长时间发一次？
我常年在石家庄打工，爸妈不会用智能手机，每年那个生存认证怎么弄？去年因为没认证停了两个月，还能补吗？
"""
LY_REPLY = """
您好！您的来信收悉。经县民政局与走马驿镇人民政府核实，现答复如下：
一、关于津贴标准。根据2025年7月1日起施行的《涞源县高龄津贴发放管理办法》，90—99周岁的老年人每人每月300元，80—89周岁的每人每月100元。您父亲91岁、母亲86岁，两位老人每月合计400元。
二、关于发放时间。高龄津贴按季度发放，于每季度第一个月的20日前打入老人本人的社会保障卡，两位老人每季度合计1200元。
三、关于生存认证。老人不会使用智能手机的，可以由您在外地通过“冀时办”APP帮助老人刷脸认证，也可以联系村委会，由工作人员上门认证。新办法施行后，逾期未认证暂停发放的，认证通过后补发暂停期间的津贴；2025年7月1日以前暂停的月份按原办法执行，不予补发。
如有疑问，请咨询涞源县民政局养老服务股，电话0312-7321563。
"""


def write_laiyuan_gaoling() -> None:
    notice = paras("""
各乡镇人民政府，县直有关部门：
《涞源县高龄津贴发放管理办法》已经县人民政府常务会议研究同意，现印发给你们，请认真贯彻执行。
涞源县人民政府办公室
2025年6月10日
""")
    write(
        f"河北/涞源县/{LY_TITLE}.html",
        gov_page(
            LY,
            f"涞源县人民政府办公室关于印发{LY_TITLE}的通知",
            "政务公开 &gt; 政策文件 &gt; 县政府办文件",
            "2025-06-10",
            "涞源县人民政府办公室",
            notice
            + f'\n<p style="text-align:center"><strong>{LY_TITLE}</strong></p>\n'
            + paras("\n".join(ly_articles(draft=False))),
            extra="文号：涞政办规〔2025〕4号",
        ),
    )
    lead = paras(f"""
为进一步做好高龄津贴发放工作，涞源县民政局起草了《{LY_TITLE}（征求意见稿）》，现向社会公开征求意见。
征求意见时间：2025年4月1日至2025年4月30日。
意见反馈方式：电子邮件发送至lyxmzj@163.com，或者书面邮寄至涞源县民政局养老服务股，信封注明“高龄津贴意见”。
附件：{LY_TITLE}（征求意见稿）
涞源县民政局
2025年4月1日
""")
    write(
        f"河北/涞源县/{LY_DRAFT_TITLE}.html",
        gov_page(
            LY,
            LY_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2025-04-01",
            "涞源县民政局",
            lead
            + f'\n<p style="text-align:center"><strong>{LY_TITLE}（征求意见稿）</strong></p>\n'
            + paras("\n".join(ly_articles(draft=True))),
        ),
    )
    t = "父亲91岁母亲86岁，高龄津贴每月能领多少？"
    write(
        f"河北/涞源县/县长信箱 {t}.html",
        letter_page(
            LY,
            "县长信箱",
            t,
            [("信件标题", t), ("写信人", "李**"), ("写信时间", "2025-08-04"), ("信件编号", "LYXZ2025080417")],
            LY_LETTER,
            "涞源县民政局",
            "2025-08-11",
            LY_REPLY,
        ),
    )


LY_FUNERAL_TITLE = "涞源县基本殡葬服务费用减免和生态安葬奖补实施办法"
LY_FUNERAL_HEAD = """
第一条　为深化殡葬改革，减轻群众丧葬负担，推行节地生态安葬，根据《殡葬管理条例》《河北省殡葬管理办法》，结合本县实际，制定本办法。
第二条　减免对象。具有本县户籍的城乡居民死亡后在涞源县殡仪馆火化的，免除其基本殡葬服务费用。在本县死亡的无名、无主遗体，基本殡葬服务费用由县财政承担。
第三条　减免项目和标准。基本殡葬服务费用由殡仪馆在结算时直接减免，丧属不需要另行申请，减免项目和标准见下表：
"""
LY_FUNERAL_TABLE = [
    ["基本殡葬服务项目", "收费标准（元）", "减免金额（元）"],
    ["遗体接运（县域内）", "300", "300"],
    ["遗体暂存（3天以内）", "150", "150"],
    ["遗体火化（普通火化炉）", "450", "450"],
    ["基本型骨灰盒", "200", "200"],
    ["骨灰寄存（3年以内）", "150", "150"],
    ["合计", "1250", "1250"],
]
LY_FUNERAL_TAIL = """
每具遗体最高减免基本殡葬服务费用1250元。选择减免项目以外的殡葬服务和殡葬用品的，费用由丧属自理。
第四条　特困供养人员、最低生活保障对象、支出型困难家庭成员死亡的，在减免基本殡葬服务费用的基础上，再免除守灵、告别（小厅）费用。
第五条　生态安葬奖补。本县户籍居民死亡火化后，骨灰安葬在县公益性公墓生态安葬区实行树葬、花坛葬、草坪葬的，每例奖补1500元；骨灰在县民政局指定区域撒散、不保留骨灰的，每例奖补3000元。
第六条　奖补申领。丧属应当自安葬（撒散）之日起6个月内，持火化证明、安葬（撒散）证明、死者户口注销证明和申领人身份证，向死者户籍所在地乡镇人民政府民政办申请。乡镇人民政府审核后报县民政局审批，奖补资金通过申领人的社会保障卡发放。
第七条　弄虚作假骗取减免费用或者奖补资金的，由县民政局追回。
第八条　本办法自2025年1月1日起施行。
"""


def laiyuan_main_content() -> str:
    """The frameset's article as an old CMS writes it: GB2312, a <meta http-equiv>, tables for layout."""
    body = paras(LY_FUNERAL_HEAD).replace("<p>", "<p style='text-indent:2em'>")
    tbl = table(LY_FUNERAL_TABLE, 'border="1" cellspacing="0" cellpadding="4" align="center" width="90%"')
    tail = paras(LY_FUNERAL_TAIL).replace("<p>", "<p style='text-indent:2em'>")
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>正文</title>
<link href="../css/main.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="weizhi">当前位置：首页 &gt;&gt; 民政服务 &gt;&gt; 殡葬管理</td></tr>
<tr><td align="center" class="bt"><b>{LY_FUNERAL_TITLE}</b></td></tr>
<tr><td align="center" class="sj">发布单位：涞源县民政局　发布时间：2024-12-18　文号：涞民〔2024〕31号</td></tr>
<tr><td class="zw">
{body}
{tbl}
{tail}
<p align="right">涞源县民政局　　涞源县财政局</p>
<p align="right">2024年12月18日</p>
</td></tr>
<tr><td align="center"><a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></td></tr>
</table>
</body>
</html>
"""


def laiyuan_frameset() -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{LY_FUNERAL_TITLE}</title>
</head>
<frameset rows="0,*" frameborder="no" border="0" framespacing="0">
<frame src="about:blank" name="topFrame" scrolling="no" noresize>
<frame src="main_content.htm" name="mainFrame">
</frameset>
<noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes>
</html>
"""


def write_laiyuan() -> None:
    write_laiyuan_gaoling()
    write(f"河北/涞源县/{LY_FUNERAL_TITLE}.htm", laiyuan_frameset(), encoding="gb2312")
    write("河北/涞源县/main_content.htm", laiyuan_main_content().replace("\n", "\r\n"), encoding="gb2312")


# ---------------------------------------------------------------------------------------------------------
# 6-9 苍溪县 育儿补贴: a 微信公众号 article saved as .html, the 实施方案's 政策解读 of 问/答 pairs, a 留言板 reply
# (twins) and the first batch's 汇总表 as an .xlsx
# ---------------------------------------------------------------------------------------------------------

CX_WX_TITLE = "重磅！苍溪县级育儿补贴来了，二孩、三孩每年再多领……（附申领指南）"
_WX_P = "margin:0 8px 16px;line-height:1.75em;letter-spacing:0.5px"
_WX_SPAN = "font-size:15px;color:rgb(62,62,62);font-family:mp-quote,-apple-system-font,PingFang SC,sans-serif"
_WX_STRONG = "color:rgb(214,43,43)"


def wx_text(line: str) -> str:
    """A line of the article: nested <section>/<span> with inline styles, **figures** as red <strong>."""
    parts = re.split(r"\*\*(.+?)\*\*", line)
    inner = "".join(
        f'<strong><span style="{_WX_STRONG}">{p}</span></strong>'
        if i % 2
        else (f"<span>{p}</span>" if p else "")
        for i, p in enumerate(parts)
    )
    return (
        f'<section style="{_WX_P}"><section style="text-indent:2em">'
        f'<span style="{_WX_SPAN}">{inner}</span></section></section>'
    )


def wx_heading(text: str) -> str:
    return (
        '<section style="margin:24px 8px 12px;text-align:center"><section style="display:inline-block;'
        'padding:4px 16px;border-bottom:2px solid rgb(214,43,43)"><span style="font-size:17px;'
        f'color:rgb(214,43,43)"><strong>{text}</strong></span></section></section>'
    )


def wx_image(n: str) -> str:
    return (
        '<p style="text-align:center"><img class="rich_pages wxw-img" data-ratio="0.5625" data-s="300,640" '
        f'data-src="https://mmbiz.qpic.cn/mmbiz_png/cXgfB3yQ2kC9aQ{n}vT/640?wx_fmt=png&amp;from=appmsg" '
        'data-type="png" data-w="1080" style="width:100%;height:auto"></p>'
    )


CX_WX_BLOCKS: list[tuple[str, str]] = [
    ("img", "1"),
    (
        "p",
        "家有萌娃的苍溪爸爸妈妈们注意啦！近日，《苍溪县育儿补贴实施方案》正式印发。在国家育儿补贴的基础上，我县对二孩、三孩及以上婴幼儿再发放县级育儿补贴。快来看看你家能领多少↓↓↓",
    ),
    ("h", "01 国家育儿补贴"),
    (
        "p",
        "自2025年1月1日起，对符合法律法规规定生育的3周岁以下婴幼儿，按年发放国家育儿补贴，标准为每孩每年**3600元**，一直发放至婴幼儿年满3周岁。",
    ),
    ("h", "02 县级育儿补贴"),
    (
        "p",
        "2025年1月1日以后出生、在我县落户的二孩、三孩及以上婴幼儿，在领取国家育儿补贴的同时，还可以领取县级育儿补贴：二孩每孩每年**1200元**，三孩及以上每孩每年**2400元**，发放至婴幼儿年满3周岁的当月。",
    ),
    ("img", "2"),
    ("h", "03 怎么申领？"),
    (
        "p",
        "线上：打开“**天府通办**”APP，进入“育儿补贴”专区，选择“苍溪县”，上传出生医学证明、户口簿等材料即可申请，国家和县级补贴一次申请、同步审核。",
    ),
    ("p", "线下：到婴幼儿户籍所在地乡镇（街道）便民服务中心申请。"),
    (
        "p",
        "首次申领时间：**2025年9月10日**起。以后每年的补贴不需要重复申请，审核通过后由县卫生健康局按年发放到申请人本人的社会保障卡。",
    ),
    ("h", "04 温馨提示"),
    ("p", "育儿补贴不收取任何费用，不会要求您提供银行卡密码或者验证码，谨防诈骗！"),
    ("p", "咨询电话：苍溪县卫生健康局人口家庭股 0839-5226731（工作日 9:00—12:00，14:30—17:30）"),
    ("img", "3"),
    ("p", "来源：苍溪县卫生健康局"),
    ("p", "编辑：王晓雨　审核：何建军　终审：杨帆"),
]


def cangxi_wechat() -> str:
    makers: dict[str, Callable[[str], str]] = {"img": wx_image, "h": wx_heading, "p": wx_text}
    content = "\n".join(makers[kind](text) for kind, text in CX_WX_BLOCKS)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{CX_WX_TITLE}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/cXgfB3yQ2kC9aQ0vT/0?wx_fmt=jpeg">
<title>{CX_WX_TITLE}</title>
<script type="text/javascript">var biz = "MzA5NjEyODQ3Mw==" || ""; var sn = "4f2b8c1d0e" || ""; var ct = "1757064600"; var msg_title = '重磅！苍溪县级育儿补贴来了'.html(false);</script>
<link rel="stylesheet" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">{CX_WX_TITLE}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">苍溪县卫生健康局</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">苍溪发布</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年9月5日 17:30</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">四川</span></em></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="font-size:16px;box-sizing:border-box" data-role="outer" label="edit by 135editor">
{content}
</section>
</div>
<div id="js_tags" class="article-tag__list"><span class="article-tag__item">#育儿补贴</span> <span class="article-tag__item">#苍溪</span></div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="javascript:void(0);">阅读原文</a> <div class="media_tool_meta">阅读 <span id="readNum3">2.3万</span></div> <span class="like_btn" id="like3">点赞 <span id="likeNum3">168</span></span> <span class="sns_opr_btn" id="js_bottom_zan">在看 <span>57</span></span> <span>分享</span></div>
<section class="qr_code_pc"><img class="qr_code_pc_img" data-src="https://open.weixin.qq.com/qr/code?username=gh_5b3a21c7d8e9" alt=""><p>长按识别二维码，关注“苍溪发布”</p><p>微信扫一扫 关注该公众号</p></section>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none"></div>
</div></div></div>
</div>
<script nonce="1928374650">window.__appmsgCgiData = {{can_use_page: "0", is_wxg_stuff_uin: "0"}}; document.getElementById("js_content").style.visibility = "visible";</script>
</body>
</html>
"""


CX_QA_TITLE = "《苍溪县育儿补贴实施方案》政策解读"
CX_QA = """
问一：什么是县级育儿补贴？
答：县级育儿补贴是在国家育儿补贴（3周岁以下婴幼儿每孩每年3600元）的基础上，由县财政对二孩、三孩及以上婴幼儿再发放的补贴，两项补贴分别计发，互不影响。
问二：哪些婴幼儿可以享受县级育儿补贴？
答：2025年1月1日以后出生，父母至少一方具有苍溪县户籍，且婴幼儿本人在苍溪县落户的二孩、三孩及以上婴幼儿。孩次按婴幼儿父母共同生育（含依法收养）的子女数计算；再婚家庭夫妻双方再婚前各自生育的子女合并计算孩次。
问三：县级育儿补贴标准是多少？发到什么时候？
答：二孩每孩每年1200元，三孩及以上每孩每年2400元，发放至婴幼儿年满3周岁的当月。双胞胎、多胞胎按出生顺序分别确定孩次。
问四：领取育儿补贴会不会影响家里的低保？
答：不会。育儿补贴不计入家庭或者个人收入，不影响享受最低生活保障、特困人员救助供养等社会救助待遇。
问五：孩子户口迁出苍溪了还能领吗？
答：婴幼儿户口迁出本县的，自迁出的次年起停止发放县级育儿补贴，国家育儿补贴由迁入地继续发放。
问六：补贴资金从哪里来？
答：县级育儿补贴资金由县财政全额承担，纳入年度预算，2025年安排资金1500万元。
"""

CX_LETTER = """
我家老大今年8岁了，今年3月在县医院生了一对双胞胎，两个娃娃户口都落在陵江镇了，我和老公都是苍溪户口。
看到县里出了育儿补贴，想问一下我们家两个双胞胎，国家的和县里的加在一起，一年一共能领多少钱？老大8岁了还能不能领？
"""
CX_REPLY = """
您好！感谢您的留言。经县卫生健康局核实，现回复如下：
一、关于补贴标准。国家育儿补贴对3周岁以下婴幼儿每孩每年3600元；县级育儿补贴二孩每孩每年1200元，三孩及以上每孩每年2400元。双胞胎按出生顺序分别确定孩次，您家双胞胎分别为二孩和三孩。
二、关于您家能领取的金额。国家育儿补贴：3600元×2=7200元；县级育儿补贴：二孩1200元+三孩2400元=3600元。两项合计，您家每年可以领取育儿补贴10800元，发放至两个孩子年满3周岁。
三、关于老大。您家老大已满3周岁，不属于育儿补贴发放对象，但计算孩次时计入。
请通过“天府通办”APP育儿补贴专区或者到陵江镇便民服务中心申请。
"""

CX_XLSX = "苍溪县2025年第一批育儿补贴发放情况汇总表.xlsx"
CX_TOWNS = [  # 乡镇, 国家育儿补贴人数, 县级补贴二孩人数, 县级补贴三孩及以上人数
    ("陵江镇", 1236, 214, 63),
    ("云峰镇", 548, 97, 31),
    ("东青镇", 402, 71, 22),
    ("白驿镇", 315, 58, 19),
    ("歧坪镇", 287, 49, 16),
    ("元坝镇", 366, 62, 21),
    ("龙王镇", 254, 44, 13),
    ("文昌镇", 231, 40, 12),
    ("五龙镇", 219, 38, 14),
    ("东溪镇", 276, 47, 15),
    ("唤马镇", 198, 33, 10),
    ("其他乡镇", 1092, 186, 57),
]


def cx_rows() -> list[list[object]]:
    """The 汇总表's rows: 国家 = 人数 x 0.36万元, 县级 = 二孩 x 0.12万元 + 三孩 x 0.24万元, 合计 last."""
    rows: list[list[object]] = []
    tot = [0, 0, 0]
    for i, (town, n, a, b) in enumerate(CX_TOWNS, 1):
        nat, county = round(n * 0.36, 2), round(a * 0.12 + b * 0.24, 2)
        rows.append([i, town, n, nat, a, b, county, round(nat + county, 2)])
        tot = [tot[0] + n, tot[1] + a, tot[2] + b]
    nat, county = round(tot[0] * 0.36, 2), round(tot[1] * 0.12 + tot[2] * 0.24, 2)
    rows.append(["合计", "", tot[0], nat, tot[1], tot[2], county, round(nat + county, 2)])
    assert rows[-1][7] == 2135.64 and rows[0][3] == 444.96, rows[-1]
    return rows


def cangxi_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "汇总表"
    ws.append(["苍溪县2025年第一批育儿补贴发放情况汇总表"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["填报单位：苍溪县卫生健康局（盖章）", "", "", "", "", "", "填报日期：2025年10月15日", ""])
    ws.append(["序号", "乡镇", "国家育儿补贴", "", "县级育儿补贴", "", "", "合计（万元）"])
    ws.append(["", "", "人数（人）", "金额（万元）", "二孩（人）", "三孩及以上（人）", "金额（万元）", ""])
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:G3", "H3:H4"):
        ws.merge_cells(rng)
    for row in cx_rows():
        ws.append(row)
    ws.append(
        [
            "说明：国家育儿补贴按每孩每年3600元、县级育儿补贴按二孩每孩每年1200元、三孩及以上每孩每年2400元计算；资金于2025年10月31日前发放到申请人社会保障卡。"
        ]
    )
    ws.merge_cells(f"A{ws.max_row}:H{ws.max_row}")
    for col, w in zip("ABCDEFGH", (6, 12, 12, 13, 11, 15, 13, 13), strict=True):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Sheet2")
    ws2["A1"] = "审核人：蒲红梅"
    buf = io.BytesIO()
    wb.properties.creator = "cxwjj"
    wb.properties.created = wb.properties.modified = datetime(2025, 10, 15, 9, 0, 0)
    wb.save(buf)
    return restamp(buf.getvalue(), "2025-10-15T09:00:00Z")


def write_cangxi() -> None:
    write(f"四川/苍溪县/{CX_WX_TITLE}.html", cangxi_wechat())
    write(
        f"四川/苍溪县/{CX_QA_TITLE}.html",
        gov_page(CX, CX_QA_TITLE, "政务公开 &gt; 政策解读", "2025-08-29", "苍溪县卫生健康局", qa_body(CX_QA)),
    )
    t = "双胞胎今年出生，国家和县里的育儿补贴一年一共能领多少？"
    write(
        f"四川/苍溪县/留言板：{t}.html",
        letter_page(
            CX,
            "网民留言",
            t,
            [("留言标题", t), ("留言人", "赵**"), ("留言时间", "2025-09-08"), ("留言编号", "CX20250908031")],
            CX_LETTER,
            "苍溪县卫生健康局",
            "2025-09-12",
            CX_REPLY,
        ),
    )
    write_bytes(f"四川/苍溪县/{CX_XLSX}", cangxi_xlsx())


# ---------------------------------------------------------------------------------------------------------
# 10-12 泾县 生育保险: a FAQ exported from the 12345 knowledge base (.md), the 生育医疗费用 定额 通知 as a text-layer
# PDF, and a 生育津贴 guide named 办事指南.html (key-value rows)
# ---------------------------------------------------------------------------------------------------------

JX_MD = "泾县生育保险待遇常见问题（12345知识库导出）.md"
JX_PDF_TITLE = "泾县医疗保障局关于调整职工生育医疗费用定额支付标准的通知"
JX_PDF_URL = "http://www.ahjx.gov.cn/OpennessContent/show/3318820.html"
JX_MD_TEXT = f"""---
title: 泾县生育保险待遇常见问题
category: 医疗保障 / 生育保险
source: 泾县医疗保障局
updated: 2025-08-15
tags: [生育津贴, 产假, 生育医疗费用]
---

# 泾县生育保险待遇常见问题

> 本知识条目由12345热线知识库导出，供话务员答复参考。政策如有调整，以最新文件为准。

## 一、谁可以享受生育保险待遇？

参加职工基本医疗保险（含生育保险）的在职职工，用人单位为其**连续缴费满12个月**的，可以享受生育医疗费用和生育津贴待遇。
参加城乡居民医保的参保人、以灵活就业人员身份参加职工医保的人员，可以享受生育医疗费用待遇，**不享受生育津贴**。

## 二、生育津贴怎么算？

生育津贴 = 用人单位上年度职工月平均工资 ÷ 30 × 计发天数。

按照我省规定，女职工生育享受98天产假，另外延长产假60天，生育津贴按**158天**计发。各种情形的计发天数见下表：

| 情形 | 产假天数 | 生育津贴计发天数 |
|:---|---:|---:|
| 顺产 | 98+60 | **158天** |
| 难产（含剖宫产） | 98+15+60 | **173天** |
| 多胞胎生育 | 每多生育1个婴儿增加15天 | 同左 |
| 怀孕未满4个月流产 | 15 | **15天** |
| 怀孕满4个月流产 | 42 | **42天** |

**举例：** 单位上年度职工月平均工资6000元，女职工顺产，生育津贴 = 6000 ÷ 30 × 158 = **31600元**。

## 三、生育津贴发给谁？

生育津贴由医保经办机构**直接发放到参保职工本人的社会保障卡**，不再经用人单位转发。用人单位已经按工资标准发放产假工资的，可以由单位申请代领（需提供职工同意代领的书面说明）。

## 四、男职工有没有待遇？

男职工享受护理假（陪产假）30天，护理假期间工资由用人单位照发，生育保险**不支付**护理假津贴。

## 五、生育医疗费用怎么报？

在定点医疗机构住院分娩的，按定额标准直接结算。2025年7月1日起的定额标准见[泾县医疗保障局关于调整职工生育医疗费用定额支付标准的通知]({JX_PDF_URL})。

## 六、在哪里办理？

- 线上：[皖事通APP](https://www.ahzwfw.gov.cn/) → 医保服务 → 生育津贴申领
- 线下：泾县政务服务中心二楼医保窗口
- 咨询：泾县医疗保障局待遇保障股 0563-5021376

---
*知识库编号：XC-YB-0427　最近核对：2025-08-15　核对人：汪丽*
"""

JX_PDF_BODY = [
    ("h", JX_PDF_TITLE),
    ("c", "泾医保〔2025〕11号"),
    ("p", "各定点医疗机构，各参保单位："),
    (
        "p",
        "为进一步减轻参保职工生育医疗费用负担，根据《宣城市职工生育保险实施办法》有关规定，经研究，决定调整我县职工生育医疗费用定额支付标准。现将有关事项通知如下：",
    ),
    (
        "p",
        "一、产前检查费用。参保女职工在定点医疗机构发生的产前检查费用，实行定额补助，补助标准由每人800元提高到每人1200元，在住院分娩结算时一并支付。",
    ),
    (
        "p",
        "二、住院分娩费用。参保女职工在定点医疗机构住院分娩的，生育医疗费用按定额标准支付：自然分娩由每例2400元提高到每例3000元；剖宫产由每例3600元提高到每例4500元；多胞胎生育的，每多生育一个婴儿增加500元。实际费用低于定额标准的，按实际费用支付；高于定额标准的，超出部分按职工基本医疗保险住院待遇规定报销。",
    ),
    (
        "p",
        "三、流产、引产费用。怀孕未满12周流产的每例支付800元，怀孕满12周及以上流产、引产的每例支付1500元。",
    ),
    ("p", "四、男职工未就业配偶。参保男职工的未就业配偶生育的，生育医疗费用按本通知规定定额标准的50%支付。"),
    ("p", "五、本通知自2025年7月1日起施行。2025年7月1日以前分娩、尚未结算的，按原标准执行。"),
    ("r", "泾县医疗保障局"),
    ("r", "2025年6月18日"),
    ("p", "（此件公开发布）"),
]


def write_jingxian_pdf(rel: str) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title=JX_PDF_TITLE, author="泾县医疗保障局", topMargin=70, bottomMargin=70
    )
    styles = {
        "h": ParagraphStyle(
            "h", fontName="STSong-Light", fontSize=18, leading=28, alignment=1, wordWrap="CJK"
        ),
        "c": ParagraphStyle(
            "c", fontName="STSong-Light", fontSize=12, leading=22, alignment=1, wordWrap="CJK"
        ),
        "p": ParagraphStyle(
            "p", fontName="STSong-Light", fontSize=13, leading=24, firstLineIndent=26, wordWrap="CJK"
        ),
        "r": ParagraphStyle(
            "r", fontName="STSong-Light", fontSize=13, leading=24, alignment=2, wordWrap="CJK"
        ),
    }
    story: list = []
    for kind, text in JX_PDF_BODY:
        story.append(Paragraph(text, styles[kind]))
        if kind in "hc":
            story.append(Spacer(1, 8))
    doc.build(story)


JX_GUIDE = """
事项|内容
事项名称|生育津贴申领
事项类型|公共服务
实施主体|泾县医疗保障局
服务对象|参加职工基本医疗保险（含生育保险）、用人单位为其连续缴费满12个月的女职工
申领期限|生育（流产）之日起1年内申领，逾期不予受理
申请材料|1.社会保障卡或者身份证；2.出生医学证明（流产的提供医疗机构诊断证明）；3.难产、多胞胎生育的提供医疗机构出具的相关证明
办理方式|线上：皖事通APP“医保服务”栏目；线下：泾县政务服务中心二楼医保窗口
承诺时限|10个工作日
支付方式|直接发放到参保职工本人社会保障卡
收费标准|不收费
办公时间|周一至周五 上午8:30—12:00，下午14:30—17:30（法定节假日除外）
咨询电话|0563-5021376
监督电话|0563-5021399
"""


def write_jingxian() -> None:
    write(f"安徽/泾县/{JX_MD}", JX_MD_TEXT)
    write_jingxian_pdf(f"安徽/泾县/{JX_PDF_TITLE}.pdf")
    write(
        "安徽/泾县/办事指南.html",
        gov_page(
            JX,
            "生育津贴申领办事指南",
            "政务服务 &gt; 办事指南 &gt; 医疗保障",
            "2025-07-02",
            "泾县医疗保障局",
            kv_rows(JX_GUIDE),
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 13-14 诏安县 家庭医生签约服务: the 服务包 and 收费标准 as an .odt written by hand, and the 实施方案's 政策解读 in
# traditional script (the portal's 繁體 version)
# ---------------------------------------------------------------------------------------------------------

ZA_ODT = "诏安县家庭医生签约服务包及收费标准.odt"
ZA_ODT_TITLE = "诏安县家庭医生签约服务包及收费标准"
_ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
ZA_TABLE = [
    [
        "服务包",
        "服务对象",
        "年服务费（元/人）",
        "医保基金支付（元/人）",
        "基本公共卫生经费（元/人）",
        "个人自付（元/人）",
    ],
    ["基础包", "全体签约居民", "40", "0", "40", "0"],
    ["初级包", "65岁以上老年人、孕产妇、0—6岁儿童", "120", "50", "40", "30"],
    ["中级包", "高血压、糖尿病等慢性病患者", "240", "100", "40", "100"],
    ["高级包", "失能半失能老年人、重度残疾人等行动不便人员", "480", "200", "40", "240"],
]
ZA_CHUJI = [
    "每年1次免费健康体检和健康评估；",
    "每季度1次血压、血糖检测和用药指导；",
    "优先预约县医院专家号源，开通双向转诊绿色通道；",
    "签约医生团队提供电话、微信健康咨询。",
]
ZA_GAOJI = [
    "包含初级包全部服务内容；",
    "每月上门巡诊1次，提供上门换药、导尿管护理等服务（耗材费用另计）；",
    "每年1次居家环境安全评估。",
]


def _tp(text: str, style: str = "P2") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _cell(text: str, header: bool) -> str:
    if not header and text.isdigit():
        return (
            f'<table:table-cell table:style-name="A2" office:value-type="float" office:value="{text}">'
            f'<text:p text:style-name="P4">{text}</text:p></table:table-cell>'
        )
    style = "P3" if header else "P4"
    return f'<table:table-cell table:style-name="A2" office:value-type="string">{_tp(text, style)}</table:table-cell>'


def _odt_list(items: list[str]) -> str:
    inner = "".join(f"<text:list-item>{_tp(i)}</text:list-item>" for i in items)
    return f'<text:list xml:id="list{len(items)}" text:style-name="L1">{inner}</text:list>'


def zhaoan_content_xml() -> str:
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in _ODF_NS.items())
    head = "".join(
        f'<table:table-cell table:style-name="A1" office:value-type="string">{_tp(c, "P3")}</table:table-cell>'
        for c in ZA_TABLE[0]
    )
    rows = "".join(
        "<table:table-row>" + "".join(_cell(c, False) for c in r) + "</table:table-row>" for r in ZA_TABLE[1:]
    )
    body = [
        f'<text:h text:style-name="H1" text:outline-level="1">{ZA_ODT_TITLE}</text:h>',
        _tp("（2025年版）", "P1"),
        _tp(
            "为做实做细家庭医生签约服务，根据国家卫生健康委等部门《关于推进家庭医生签约服务高质量发展的指导意见》和省、市有关要求，结合我县实际，制定本县家庭医生签约服务包及收费标准。"
        ),
        '<text:h text:style-name="H2" text:outline-level="2">一、服务包及收费标准</text:h>',
        _tp("家庭医生签约服务费由医保基金、基本公共卫生服务经费和签约居民共同分担，标准如下："),
        '<table:table table:name="表格1" table:style-name="表格1"><table:table-column table:style-name="表格1.A" table:number-columns-repeated="6"/>'
        f"<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>{rows}</table:table>",
        _tp(
            "脱贫人口、最低生活保障对象、特困人员签约初级包、中级包、高级包的，个人自付部分由医疗救助资金全额代缴。"
        ),
        '<text:h text:style-name="H2" text:outline-level="2">二、服务包内容</text:h>',
        _tp("（一）初级包服务内容："),
        _odt_list(ZA_CHUJI),
        _tp("（二）高级包服务内容："),
        _odt_list(ZA_GAOJI),
        '<text:h text:style-name="H2" text:outline-level="2">三、签约居民优惠</text:h>',
        '<text:p text:style-name="P2">病情稳定的高血压、糖尿病等慢性病签约患者，可以享受长期处方服务，一次最长可开具'
        '<text:span text:style-name="T1">1</text:span><text:span text:style-name="T1">2</text:span>'
        '<text:span text:style-name="T2">周</text:span>用量。签约居民经签约医生转诊到县医院住院的，住院起付线降低100元。</text:p>',
        "<text:soft-page-break/>",
        _tp("本标准自2025年4月1日起执行，由诏安县卫生健康局、诏安县医疗保障局负责解释。"),
        _tp("诏安县卫生健康局　　诏安县医疗保障局", "P5"),
        _tp("2025年3月12日", "P5"),
    ]
    styles = (
        "<office:automatic-styles>"
        '<style:style style:name="表格1" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>'
        '<style:style style:name="A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="A2" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:line-height="150%"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#c00000"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        "</office:automatic-styles>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ns} office:version="1.3">{styles}'
        f"<office:body><office:text>{''.join(body)}</office:text></office:body></office:document-content>"
    )


def zhaoan_odt() -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in _ODF_NS.items())
    styles_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns} office:version="1.3">'
        '<office:font-face-decls/><office:styles><style:default-style style:family="paragraph">'
        '<style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt"/></style:default-style>'
        '<style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="22pt"/></style:style>'
        '<style:style style:name="H2" style:family="paragraph"><style:text-properties style:font-name-asian="黑体"/></style:style>'
        "</office:styles></office:document-styles>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns} office:version="1.3"><office:meta>'
        f"<dc:title>{ZA_ODT_TITLE}</dc:title><meta:initial-creator>zawjj</meta:initial-creator>"
        "<meta:creation-date>2025-03-12T09:30:00</meta:creation-date><dc:date>2025-03-12T16:05:00</dc:date>"
        "<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
        "</office:meta></office:document-meta>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype", date_time=STAMP),
            "application/vnd.oasis.opendocument.text",
            zipfile.ZIP_STORED,
        )
        for name, text in (
            ("content.xml", zhaoan_content_xml()),
            ("styles.xml", styles_xml),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ):
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


ZA_QA_TITLE = "《诏安县家庭医生签约服务实施方案》政策解读"
ZA_QA = """
问一：哪些人可以签约家庭医生？
答：具有本县户籍或者在本县居住半年以上的居民都可以签约，在本县居住的台湾同胞也可以签约。老年人、孕产妇、儿童、残疾人、慢性病患者和脱贫人口等重点人群优先签约。
问二：签约期限多长？可以换医生吗？
答：签约服务周期为1年，期满后双方无异议的自动续约。签约居民对服务不满意的，每年可以更换1次签约医生。
问三：到哪里签约？
答：到户籍所在地或者居住地的乡镇卫生院、社区卫生服务中心、村卫生所签约，也可以通过“闽政通”APP“家庭医生”专区线上签约。
问四：签约要不要花钱？
答：基础包免费。初级包、中级包、高级包的服务费由医保基金、基本公共卫生服务经费和个人共同分担，个人自付部分可以使用职工医保个人账户支付。
问五：签约以后有哪些实惠？
答：签约居民可以享受优先就诊、预约转诊、长期处方、上门服务等服务；经签约医生转诊到县医院住院的，住院起付线降低。
问六：我县家庭医生签约工作开展得怎么样？
答：截至2024年底，全县组建家庭医生团队136个，签约居民28.6万人，重点人群签约率达到78.6%。
"""


def write_zhaoan() -> None:
    write_bytes(f"福建/诏安县/{ZA_ODT}", zhaoan_odt())
    page = gov_page(
        ZA, ZA_QA_TITLE, "政务公开 &gt; 政策解读", "2025-03-14", "诏安县卫生健康局", qa_body(ZA_QA)
    )
    page = page.replace("<a>繁體</a>", "<a>简体</a>")
    write(f"福建/诏安县/{_S2T.convert(ZA_QA_TITLE)}.html", _S2T.convert(page))  # the portal's 繁體 version


# ---------------------------------------------------------------------------------------------------------
# 15-16 恭城瑶族自治县 婚检孕检: the 实施方案 as a .docx with a table, and a two-column 宣传折页 PDF
# ---------------------------------------------------------------------------------------------------------

GC = "恭城瑶族自治县"
GC_DOCX_TITLE = f"{GC}免费婚前医学检查和孕前优生健康检查项目实施方案"
GC_DOCX_BLOCKS: list = [
    f"# {GC_DOCX_TITLE}",
    "为预防和减少出生缺陷，提高出生人口素质，根据自治区卫生健康委有关要求，结合我县实际，制定本方案。",
    "## 一、服务对象",
    "（一）免费婚前医学检查：在本县办理结婚登记的男女双方，至少一方具有本县户籍或者持有本县居住证。",
    "（二）孕前优生健康检查：计划怀孕的夫妇，至少一方具有本县户籍或者在本县居住半年以上，每孩次享受1次免费检查。",
    "## 二、检查项目和补助标准",
    [
        ["项目", "服务对象", "主要内容", "补助标准（元/对）"],
        [
            "免费婚前医学检查",
            "准备结婚的男女双方",
            "病史询问、体格检查、血常规、尿常规、梅毒、艾滋病、乙肝检测等",
            "420",
        ],
        [
            "孕前优生健康检查",
            "计划怀孕的夫妇",
            "优生健康教育、病史询问、体格检查、临床实验室检查、影像学检查、风险评估和咨询指导",
            "560",
        ],
        ["地中海贫血基因检测", "血常规初筛阳性的婚检、孕检夫妇", "α、β地中海贫血基因检测", "700"],
    ],
    "检查费用由项目承担机构按补助标准与县卫生健康局结算，服务对象不需要支付任何费用。",
    "## 三、承担机构",
    f"{GC}妇幼保健院负责免费婚前医学检查、孕前优生健康检查和地中海贫血基因检测；各乡镇卫生院负责宣传动员、叶酸发放和随访服务。",
    "## 四、工作目标",
    "2025年全县婚前医学检查率达到85%以上，孕前优生健康检查目标人群覆盖率达到90%以上。",
    "## 五、资金保障",
    "项目资金由自治区补助资金和县级财政资金共同承担，县财政2025年安排配套资金86万元。",
    f"{GC}卫生健康局",
    "2025年2月26日",
]

GC_FOLD = "婚前孕前免费检查宣传折页.pdf"
GC_FOLD_PAGES = [  # (left column, right column), each a list of (size, text)
    (
        [
            (16, "【免费婚检 你我受益】"),
            (11, "婚前医学检查可以发现影响结婚和生育的疾病，是对自己、对家庭、对下一代负责。"),
            (11, f"在{GC}办理结婚登记，男女双方至少一方为本县户籍的，婚检全部免费。"),
            (
                11,
                "检查内容：病史询问、体格检查、血常规、尿常规、肝功能、梅毒、艾滋病、乙肝检测、地中海贫血筛查、胸部透视等。",
            ),
        ],
        [
            (16, "【婚检去哪里】"),
            (11, f"地点：{GC}妇幼保健院二楼婚前保健科（恭城镇茶江路）"),
            (11, "时间：周一至周六上午8:00至11:30（抽血需空腹）"),
            (11, "携带：双方身份证、户口簿（或者居住证）"),
            (11, "婚检、婚姻登记、孕前检查“一站式”服务：县民政局婚姻登记处就设在妇幼保健院一楼。"),
            (11, "检查结果约7个工作日出具，可以凭短信到二楼窗口领取，也可以邮寄到家。"),
        ],
    ),
    (
        [
            (16, "【孕前优生健康检查】"),
            (11, "计划怀孕的夫妇，最好在怀孕前3至6个月接受检查。"),
            (11, "国家免费提供孕前优生健康检查共19项，其中女方14项、男方5项。"),
            (11, "每孩次可以享受1次免费检查，检查后医生会给出个性化的优生指导。"),
        ],
        [
            (16, "【免费领取叶酸】"),
            (
                11,
                "准备怀孕的妇女从孕前3个月至孕早期3个月，可以到村卫生室或者乡镇卫生院免费领取叶酸，预防胎儿神经管缺陷。",
            ),
            (11, "咨询电话：0773-8212036（县妇幼保健院）"),
            (11, f"{GC}卫生健康局　{GC}妇幼保健院　宣"),
        ],
    ),
]
_FOLD_WIDTH = 19  # characters per column line


def fold_lines(column: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A column's paragraphs wrapped at _FOLD_WIDTH characters (headings as they are), a blank line after each."""
    out: list[tuple[int, str]] = []
    for size, text in column:
        if size > 12:
            out.append((size, text))
        else:
            out.extend((size, text[i : i + _FOLD_WIDTH]) for i in range(0, len(text), _FOLD_WIDTH))
        out.append((size, ""))
    return out


def write_gongcheng_fold(rel: str) -> None:
    """Landscape pages, two columns at x=50 and x=450, drawn line by line in turn (left, right, left, …)."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setTitle("婚前孕前免费检查宣传折页")
    c.setAuthor(f"{GC}卫生健康局")
    for left, right in GC_FOLD_PAGES:
        c.setStrokeColorRGB(0.8, 0.2, 0.3)
        c.line(421, 40, 421, 555)
        lcol, rcol = fold_lines(left), fold_lines(right)
        for i in range(max(len(lcol), len(rcol))):
            y = 520 - i * 22
            for x, col in ((50, lcol), (450, rcol)):
                if i < len(col) and col[i][1]:
                    c.setFont("STSong-Light", col[i][0])
                    c.drawString(x, y, col[i][1])
        c.showPage()
    c.save()


def write_gongcheng() -> None:
    write_bytes(
        f"广西/{GC}/{GC_DOCX_TITLE}.docx",
        docx_bytes(GC_DOCX_BLOCKS, f"{GC}卫生健康局", "恭卫发〔2025〕7号", "gcwjj", "2025-02-26T10:00:00Z"),
    )
    write_gongcheng_fold(f"广西/{GC}/{GC_FOLD}")


# ---------------------------------------------------------------------------------------------------------
# 17-19 海伦市 临时救助: the 市民政局 notice forwarded by a 镇 民政办 as an .eml (GB2312 base64 body, RFC 2047
# subject, a .docx attachment), a guide named 办事指南.html (【字段】 lines), and a 12345 reply
# ---------------------------------------------------------------------------------------------------------

HL_EML = "转发：关于进一步做好困难群众临时救助工作的通知.eml"
HL_ATTACH = "海伦市临时救助标准和审批权限.docx"
HL_BOUNDARY = "----=_NextPart_68CB5E1C_0A3B7F10_2E4D1C5A"
HL_BODY = """各村（社区）民政协理员：
    现将海伦市民政局《关于进一步做好困难群众临时救助工作的通知》转发给你们，请认真学习，抓好落实。请各村（社区）于9月25日前将辖区内急难对象摸排情况报镇民政办。

海伦镇民政办　刘**
2025年9月18日


------------------ 原始邮件 ------------------
发件人: "海伦市民政局社会救助股"<hlsmzjjzg@163.com>;
发送时间: 2025年9月16日(星期二) 下午3:20
收件人: "各乡镇（街道）民政办";
主题: 关于进一步做好困难群众临时救助工作的通知

各乡镇（街道）民政办：
    为进一步发挥临时救助“救急难”作用，市民政局制定了临时救助标准和审批权限（详见附件），请认真贯彻执行。
    各乡镇（街道）临时救助备用金由市财政按每个乡镇（街道）5万元预拨，专款专用，先行救助后及时补齐手续。请于2025年10月15日前将备用金使用情况和救助对象花名册报市民政局社会救助股。
    附件：海伦市临时救助标准和审批权限

海伦市民政局社会救助股
联系电话：0455-5721348
"""
HL_ATTACH_BLOCKS: list = [
    "# 海伦市临时救助标准和审批权限",
    "一、救助对象",
    "（一）急难型救助对象：因火灾、交通事故、溺水、人身伤害、突发重大疾病等意外事件，导致基本生活陷入困境的家庭或者个人。",
    "（二）支出型救助对象：因教育、医疗等生活必需支出突然增加，超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障边缘家庭和其他困难家庭。",
    "二、救助标准",
    "临时救助标准以我市最低生活保障标准为基础计算。2025年我市城市最低生活保障标准为每人每月780元，农村最低生活保障标准为每人每月550元。",
    [
        ["救助类型", "计算方法", "单次救助上限"],
        ["急难型", "家庭人口数×月低保标准×1至3个月", "月低保标准的12倍"],
        ["支出型", "家庭人口数×月低保标准×3至6个月", "月低保标准的24倍"],
        ["重大特殊困难", "一事一议", "月低保标准的36倍"],
    ],
    "三、审批权限",
    "单次救助金额3000元以下（含3000元）的，由乡镇（街道）审批，可以使用临时救助备用金先行救助；3000元以上的，由乡镇（街道）审核后报市民政局审批。",
    "四、其他",
    "同一事由原则上一年内只救助一次。对已纳入最低生活保障或者特困人员救助供养范围、但因特殊情况基本生活仍有困难的，可以给予临时救助。",
    "海伦市民政局",
    "2025年9月16日",
]


def _b64_lines(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _rfc2047(text: str) -> str:
    return "=?GB2312?B?" + base64.b64encode(text.encode("gb2312")).decode("ascii") + "?="


def hailun_eml() -> bytes:
    attachment = docx_bytes(HL_ATTACH_BLOCKS, "", "", "hlmzj", "2025-09-16T14:00:00Z")
    subject = _rfc2047("转发：关于进一步做好困难群众临时救助工作的通知")
    name = _rfc2047(HL_ATTACH)
    head = (
        "Received: from hlzmzb@163.com ( [218.7.41.96] ) by ajax-webmail-wmsvr25 (Coremail) ; Thu, 18 Sep 2025\r\n"
        " 09:12:46 +0800 (CST)\r\n"
        "Date: Thu, 18 Sep 2025 09:12:44 +0800\r\n"
        f'From: "{_rfc2047("海伦镇民政办")}" <hlzmzb@163.com>\r\n'
        f'To: "{_rfc2047("各村（社区）")}" <hlzcw01@163.com>\r\n'
        f"Subject: {subject}\r\n"
        "X-Priority: 3\r\n"
        "X-Has-Attach: yes\r\n"
        "X-Mailer: Foxmail 7.2.25.254[cn]\r\n"
        "Mime-Version: 1.0\r\n"
        "Message-ID: <202509180912443518271@163.com>\r\n"
        "Content-Type: multipart/mixed;\r\n"
        f'\tboundary="{HL_BOUNDARY}"\r\n'
        "\r\n"
        "This is a multi-part message in MIME format.\r\n"
        "\r\n"
    ).encode("ascii")
    text_part = (
        f"--{HL_BOUNDARY}\r\n"
        "Content-Type: text/plain;\r\n"
        '\tcharset="GB2312"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
    ).encode("ascii") + _b64_lines(HL_BODY.replace("\n", "\r\n").encode("gb2312"))
    attach_part = (
        (
            f"\r\n--{HL_BOUNDARY}\r\n"
            "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n"
            f'\tname="{name}"\r\n'
            "Content-Transfer-Encoding: base64\r\n"
            "Content-Disposition: attachment;\r\n"
            f'\tfilename="{name}"\r\n'
            "\r\n"
        ).encode("ascii")
        + _b64_lines(attachment)
        + f"\r\n--{HL_BOUNDARY}--\r\n\r\n".encode("ascii")
    )
    return head + text_part + attach_part


HL_GUIDE = """
【事项名称】临时救助对象认定及救助金给付
【实施主体】海伦市民政局
【救助对象】因火灾、交通事故、突发重大疾病等意外事件，或者因教育、医疗等生活必需支出突然增加，导致基本生活暂时出现严重困难的家庭或者个人。
【申请方式】向户籍所在地或者经常居住地乡镇（街道）提出申请；本人不能申请的，村（居）民委员会或者其他单位、个人可以代为申请；也可以通过“黑龙江全省事”APP网上申请。
【申请材料】1.申请人身份证、户口簿；2.临时救助申请书；3.家庭经济状况核对授权书；4.困难情况证明材料（医疗费用票据、事故证明等）。
【办理流程】申请→乡镇（街道）入户调查、审核→按审批权限由乡镇（街道）或者市民政局审批→公示→发放
【办理时限】一般情形10个工作日；急难情形24小时内先行救助，事后补齐手续
【非户籍人员】在海伦遭遇急难的非本市户籍人员，由急难发生地乡镇（街道）直接实施临时救助。
【发放方式】社会化发放至救助对象社会保障卡；急难情形可以发放现金或者实物。
【收费标准】不收费
【办理地点】各乡镇（街道）便民服务中心民政窗口
【咨询电话】0455-5721348
"""

HL_LETTER = """
我家在海伦市东林乡，农村户口，一家4口人，上有老母亲，下面有一个上初中的孩子。今年6月我爱人突发脑出血，在哈尔滨做了手术，前后花了20多万，医保和大病保险报完自己还掏了8万多，家里借了不少外债。
听说政府有临时救助，像我家这种情况能申请吗？能给多少钱？到哪儿申请？
"""
HL_REPLY = """
您好！您反映的问题已收悉。经海伦市民政局会同东林乡人民政府核实，现答复如下：
一、您家因家庭成员突发重大疾病，医疗支出突然增加，导致基本生活出现严重困难，符合支出型临时救助条件。
二、关于救助金额。支出型临时救助按家庭人口数×月低保标准×3至6个月计算。我市农村最低生活保障标准为每人每月550元，您家4口人，按最高6个月计算为4×550×6=13200元，未超过单次救助上限，经入户调查核实后，可以给予临时救助13200元。
三、关于审批。救助金额超过3000元，由东林乡人民政府审核后报市民政局审批，审批通过后发放到您的社会保障卡。
四、关于申请。请携带户口簿、身份证、住院费用票据和医保结算单到东林乡便民服务中心民政窗口提出申请。您家还可以同时申请医疗救助，具体请咨询市医疗保障局。
"""


def write_hailun() -> None:
    write_bytes(f"黑龙江/海伦市/{HL_EML}", hailun_eml())
    body = (
        '<div class="guide-box">\n'
        + "\n".join(f'<p class="guide-item">{line}</p>' for line in HL_GUIDE.strip().splitlines())
        + "\n</div>"
    )
    write(
        "黑龙江/海伦市/办事指南.html",
        gov_page(
            HL,
            "临时救助对象认定及救助金给付办事指南",
            "政务服务 &gt; 办事指南 &gt; 社会救助",
            "2025-05-20",
            "海伦市民政局",
            body,
        ),
    )
    t = "爱人突发脑出血自付8万多，能申请多少临时救助？"
    write(
        f"黑龙江/海伦市/12345热线：{t}.html",
        letter_page(
            HL,
            "12345热线",
            t,
            [("标题", t), ("来电人", "孙**"), ("来电时间", "2025-09-22"), ("工单号", "HL2509220415")],
            HL_LETTER,
            "海伦市民政局",
            "2025-09-28",
            HL_REPLY,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 20 洛川县 计划生育家庭 扶助: a 附件 .zip from the county site holding a .docx 工作方案 and an .xlsx 分乡镇统计表,
# their names GBK bytes without the UTF-8 flag, as 7-Zip on Chinese Windows writes them
# ---------------------------------------------------------------------------------------------------------

LC_ZIP = "洛川县2025年农村部分计划生育家庭奖励扶助和特别扶助资金发放相关附件.zip"
LC_DOCX = "附件1：洛川县2025年农村部分计划生育家庭奖励扶助和特别扶助资金发放工作方案.docx"
LC_XLSX = "附件2：洛川县2025年奖励扶助和特别扶助对象及资金分乡镇统计表.xlsx"
LC_DOCX_BLOCKS: list = [
    "# 洛川县2025年农村部分计划生育家庭奖励扶助和特别扶助资金发放工作方案",
    "## 一、扶助对象和标准",
    "（一）奖励扶助。本县农业户籍，只生育一个子女或者合法生育两个女孩、现无存活子女或者只有一个子女，年满60周岁的夫妻，按人发放奖励扶助金。",
    "（二）特别扶助。独生子女死亡或者伤残（三级以上残疾）、现无存活子女或者未再生育、收养子女，女方年满49周岁的夫妻，按人发放特别扶助金。",
    "扶助标准如下：",
    [
        ["扶助类型", "扶助标准（元/人·月）", "全年（元/人）"],
        ["奖励扶助", "100", "1200"],
        ["特别扶助（独生子女伤残）", "590", "7080"],
        ["特别扶助（独生子女死亡）", "750", "9000"],
    ],
    "## 二、资格确认",
    "符合条件的对象每年1月1日至3月31日向户籍所在地村（居）委会申报，村（居）委会初审并公示7天后报镇（街道）审核，县卫生健康局审批，报市卫生健康委确认。已纳入扶助的对象不需要每年重复申报。",
    "## 三、资金发放",
    "扶助资金由中央、省、市、县按规定比例分担。2025年扶助资金于6月30日前通过“一卡通”一次性足额发放到扶助对象本人账户，各镇（街道）不得代领、截留。",
    "## 四、退出",
    "扶助对象死亡的，自死亡的次年起停止发放；特别扶助对象再生育或者收养子女的，自再生育或者收养的次年起停止发放特别扶助金。",
    "洛川县卫生健康局　　洛川县财政局",
    "2025年5月20日",
]
LC_TOWNS = [  # 镇（街道）, 奖励扶助人数, 特别扶助伤残人数, 特别扶助死亡人数
    ("凤栖街道", 812, 14, 11),
    ("旧县镇", 655, 9, 7),
    ("交口河镇", 498, 8, 6),
    ("老庙镇", 536, 7, 5),
    ("土基镇", 421, 6, 4),
    ("石头镇", 389, 5, 4),
    ("槐柏镇", 402, 6, 3),
    ("永乡镇", 347, 4, 3),
    ("菩堤乡", 268, 3, 2),
]


def lc_rows() -> list[list[object]]:
    """奖励扶助资金 = 人数 x 1200元, 特别扶助资金 = 伤残 x 7080元 + 死亡 x 9000元, 合计 last."""
    rows: list[list[object]] = []
    t = [0, 0, 0]
    for i, (town, n, a, b) in enumerate(LC_TOWNS, 1):
        rows.append([i, town, n, n * 1200, a, b, a * 7080 + b * 9000, n * 1200 + a * 7080 + b * 9000])
        t = [t[0] + n, t[1] + a, t[2] + b]
    spec = t[1] * 7080 + t[2] * 9000
    rows.append(["合计", "", t[0], t[0] * 1200, t[1], t[2], spec, t[0] * 1200 + spec])
    return rows


def luochuan_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "分乡镇统计"
    ws.append(["洛川县2025年奖励扶助和特别扶助对象及资金分乡镇统计表"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(size=14, bold=True)
    ws.append(["", "", "", "", "", "", "", "单位：人、元"])
    ws.append(
        [
            "序号",
            "镇（街道）",
            "奖励扶助人数",
            "奖励扶助资金",
            "特别扶助伤残人数",
            "特别扶助死亡人数",
            "特别扶助资金",
            "资金合计",
        ]
    )
    for row in lc_rows():
        ws.append(row)
    for col, w in zip("ABCDEFGH", (6, 12, 13, 13, 16, 16, 13, 12), strict=True):
        ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.properties.creator = "lcxwjj"
    wb.properties.created = wb.properties.modified = datetime(2025, 5, 20, 9, 0, 0)
    wb.save(buf)
    return restamp(buf.getvalue(), "2025-05-20T09:00:00Z")


def gbk_zip(entries: list[tuple[str, bytes]]) -> bytes:
    """A zip written by hand: each name GBK bytes with general purpose flag 0 (no UTF-8 bit), deflated,
    stamped 2025-05-21 16:08, made by MS-DOS (external attribute 0x20, archive)."""
    dos_time = (16 << 11) | (8 << 5)
    dos_date = ((2025 - 1980) << 9) | (5 << 5) | 21
    out, central = bytearray(), bytearray()
    for name, data in entries:
        raw = name.encode("gbk")
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = comp.compress(data) + comp.flush()
        crc = zlib.crc32(data)
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dos_time, dos_date, crc, len(packed), len(data), len(raw), 0
        )
        out += raw + packed
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            dos_time,
            dos_date,
            crc,
            len(packed),
            len(data),
            len(raw),
            0,
            0,
            0,
            0,
            0x20,
            offset,
        )
        central += raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    return bytes(out + central + end)


def write_luochuan() -> None:
    docx_data = docx_bytes(LC_DOCX_BLOCKS, "洛川县卫生健康局", "", "lcxwjj", "2025-05-20T09:00:00Z")
    data = gbk_zip([(LC_DOCX, docx_data), (LC_XLSX, luochuan_xlsx())])
    with zipfile.ZipFile(io.BytesIO(data)) as z:  # a standard reader opens it, and sees cp437 names
        assert z.testzip() is None and all(not (i.flag_bits & 0x800) for i in z.infolist())
    write_bytes(f"陕西/洛川县/{LC_ZIP}", data)


# ---------------------------------------------------------------------------------------------------------
# 21-22 思南县: the 用血费用返还 办法 as a GB18030 .txt hard-wrapped every 34 characters with 第X页 共Y页 lines, and
# the 门诊慢特病 articles as an open-data API's JSON dump
# ---------------------------------------------------------------------------------------------------------

SN_TXT = "思南县无偿献血者及其亲属用血费用返还实施办法.txt"
SN_TEXT = """思南县无偿献血者及其亲属用血费用返还实施办法
第一条　为鼓励公民无偿献血，保障无偿献血者及其亲属的临床用血权益，根据《中华人民共和国献血法》《贵州省献血条例》，结合本县实际，制定本办法。
第二条　本办法适用于具有思南县户籍或者在本县参加基本医疗保险的无偿献血者，以及其配偶和直系亲属（父母、子女）。
第三条　返还标准。
（一）献血者本人累计献血量达到800毫升以上的，自献血之日起终身免费享用临床用血；累计献血量不足800毫升的，按献血量的5倍免费用血。
（二）献血者的配偶和直系亲属，按照献血者献血量的等量免费用血，累计不超过献血者的献血总量。
（三）获得国家无偿献血奉献奖金奖、全国无偿献血终身荣誉奖的献血者，本人及其配偶和直系亲属终身免费享用临床用血。
（四）免费用血的范围为临床用血的血液费用，包括血液采集、储存、分离、检验等费用，不包括输血治疗费等其他医疗费用。
第四条　返还方式。
（一）在县人民医院、县中医医院、县妇幼保健院等县内用血医疗机构用血的，出院结算时由医疗机构直接减免，实行“一站式”直免，不需要另行申请。
（二）在省内其他医疗机构用血的，通过贵州省献血者用血费用直免平台直接减免。
（三）在省外医疗机构用血的，由用血者或者其亲属自用血之日起3年内，持下列材料到思南县中心血库申请返还：1.献血证或者电子献血证；2.用血者身份证；3.用血发票原件和输血费用明细；4.亲属关系证明（亲属用血的提供）；5.申请人银行账户。
第五条　思南县中心血库自受理之日起10个工作日内完成审核，审核通过的，将返还费用转入申请人银行账户。
第六条　受理地点：思南县中心血库（思唐街道县人民医院门诊楼5楼），咨询电话：0856-7223516，联系人：冉𫍯。
第七条　本办法自2025年3月1日起施行，由思南县卫生健康局负责解释。
思南县卫生健康局
2025年2月10日
"""
_SN_WIDTH = 34
_SN_PAGE_LINES = 24


def sinan_txt() -> bytes:
    """The text hard-wrapped every 34 characters (mid-figure, mid-word), 24 lines a page, each page ended by
    a 第X页 共Y页 line and a blank line; CRLF; GB18030 (冉𫍯: four bytes)."""
    lines: list[str] = []
    for para in SN_TEXT.strip().splitlines():
        lines.extend(para[i : i + _SN_WIDTH] for i in range(0, len(para), _SN_WIDTH))
    pages = [lines[i : i + _SN_PAGE_LINES] for i in range(0, len(lines), _SN_PAGE_LINES)]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        out.extend(page)
        out.append(f"                第{n}页 共{len(pages)}页")
        out.append("")
    data = "\r\n".join(out).encode("gb18030")
    assert len(pages) >= 2 and "𫍯".encode("gb18030") and len("𫍯".encode("gb18030")) == 4
    return data


SN_JSON = "思南县门诊慢特病政策信息_开放数据接口导出.json"
SN_LIMITS = [
    ["病种", "居民医保年度支付限额（元）", "职工医保年度支付限额（元）"],
    ["高血压病（Ⅱ级及以上）", "800", "1200"],
    ["糖尿病", "1000", "1500"],
    ["冠心病", "1200", "2000"],
    ["慢性阻塞性肺疾病", "1500", "2000"],
    ["精神分裂症", "3000", "4000"],
    ["尿毒症透析", "60000", "80000"],
]
SN_ARTICLES = [
    {
        "id": 2025041801,
        "title": "思南县医疗保障局关于优化门诊慢特病待遇认定工作的公告",
        "content": paras("""
为方便参保群众就近办理门诊慢特病待遇认定，现就有关事项公告如下：
一、认定方式。门诊慢特病待遇认定实行“随时申报、随时认定”，不再集中认定。参保人可以到县人民医院、县中医医院或者所在乡镇卫生院提出申请，也可以通过“贵州医保”APP线上申请。
二、申请材料。医保电子凭证或者社会保障卡；二级及以上医疗机构出具的近2年内的诊断证明、检查检验报告等病历资料。
三、认定时限。认定机构自受理之日起15个工作日内完成认定，认定通过的，自认定通过的次日起享受门诊慢特病待遇。
四、认定有效期。高血压、糖尿病等病种认定长期有效；恶性肿瘤门诊治疗认定有效期为2年，期满后需要重新认定。
五、本公告自2025年5月1日起施行。
思南县医疗保障局
2025年4月18日
"""),
        "publishDate": "2025-04-18 10:12:05",
        "source": "思南县医疗保障局",
        "columnName": "通知公告",
    },
    {
        "id": 2025041802,
        "title": "思南县门诊慢特病病种及年度支付限额",
        "content": "<p>我县门诊慢特病主要病种及年度支付限额如下：</p>"
        + table(SN_LIMITS, 'border="1" style="border-collapse:collapse;width:100%"')
        + "<p>居民医保参保人门诊慢特病政策范围内费用报销比例为70%，职工医保参保人为85%，不设起付线。</p>",
        "publishDate": "2025-04-18 10:20:41",
        "source": "思南县医疗保障局",
        "columnName": "政策文件",
    },
    {
        "id": 2025070305,
        "title": "思南县2025年第一季度门诊慢特病认定工作情况",
        "content": paras("""
2025年第一季度，全县共受理门诊慢特病认定申请1873件，认定通过1652人，其中在乡镇卫生院认定的占61%。
下一步，县医疗保障局将继续推进门诊慢特病认定服务向基层延伸。
"""),
        "publishDate": "2025-07-03 15:46:30",
        "source": "思南县医疗保障局",
        "columnName": "工作动态",
    },
]


def sinan_json() -> str:
    """The API's answer: every non-ASCII character a \\uXXXX escape and </ written <\\/, as a PHP backend
    encodes it."""
    dump = {
        "code": 200,
        "msg": "操作成功",
        "data": {"total": len(SN_ARTICLES), "pageNum": 1, "pageSize": 20, "list": SN_ARTICLES},
        "timestamp": 1760929200000,
    }
    return json.dumps(dump, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")


def write_sinan() -> None:
    write_bytes(f"贵州/思南县/{SN_TXT}", sinan_txt())
    write(f"贵州/思南县/{SN_JSON}", sinan_json())


# ---------------------------------------------------------------------------------------------------------
# 23-27 news roundups, each naming a region that has only planned a measure and one named in passing;
# 28 an exact duplicate of the 折页 and 29 an empty .txt in 下载/
# ---------------------------------------------------------------------------------------------------------

N1_TITLE = "育儿补贴真金白银到账 生育保障持续加码 多地出台生育支持举措"
N1 = news(
    "中国人口报网",
    "www.cpdrc.cn",
    N1_TITLE,
    "2025-10-22 08:40　来源：中国人口报　记者：唐静",
    paras("""
育儿补贴陆续到账、生育津贴直接发到个人……多地出台生育支持举措，减轻家庭生育养育负担。
四川广元苍溪县在国家育儿补贴每孩每年3600元的基础上，对二孩、三孩及以上婴幼儿再发放县级育儿补贴，第一批育儿补贴已发放到户；同在广元的旺苍县今年第一批发放育儿补贴1860万元，惠及婴幼儿5100余名。
安徽宣城泾县职工生育津贴直接发放到参保职工本人社会保障卡，今年7月起还提高了生育医疗费用定额支付标准；宣城旌德县今年上半年共支付生育津贴1120万元，生育津贴同样直接发放到个人。
广元剑阁县卫生健康局有关负责人表示，剑阁拟于明年出台县级育儿补贴办法。
来自宣城郎溪县的刘女士在泾县一家宣纸厂上班，她说，今年生二孩的生育津贴不到两周就到账了。
"""),
    "京ICP备05060218号",
    ["国家育儿补贴制度实施方案公布", "多地延长产假和育儿假"],
    "人口家庭",
)

N2_TITLE = "家庭医生签约服务提质 婚检孕检免费 多地守护群众全生命周期健康"
N2 = news(
    "健康报网",
    "www.jkb.com.cn",
    N2_TITLE,
    "2025-06-12 09:05　来源：健康报　记者：林晓",
    paras("""
从家庭医生上门随访到免费婚检孕检，多地把健康服务送到群众身边。
福建漳州诏安县家庭医生签约服务推出基础包、初级包、中级包和高级包，基础包个人不用付费，慢性病患者可以享受长期处方；漳州云霄县今年已签约家庭医生21.3万人，重点人群签约率达到80%。
广西桂林恭城瑶族自治县为符合条件的夫妇免费提供婚前医学检查和孕前优生健康检查，并开展地中海贫血基因检测；桂林平乐县今年已为2100余对新人免费婚检；桂林荔浦市今年已为3600余对计划怀孕夫妇免费开展孕前优生健康检查。
漳州漳浦县卫生健康局有关负责人表示，漳浦计划年底前推出家庭医生签约个性化服务包。
来自桂林阳朔县的李先生在恭城工作，他说，和未婚妻在妇幼保健院做完婚检，下楼就领了结婚证。
"""),
    "京ICP备05018830号",
    ["国家卫生健康委：推进家庭医生签约服务高质量发展", "出生缺陷防治能力提升计划实施"],
    "基层卫生",
)

N3_TITLE = "高龄津贴提标按季到账 惠民殡葬减轻负担 多地提升养老和殡葬服务水平"
N3 = news(
    "中国社会报网",
    "www.shehuiwang.cn",
    N3_TITLE,
    "2025-09-10 10:15　来源：中国社会报　记者：曹宁",
    paras("""
提高高龄津贴、免除基本殡葬服务费用、奖补生态安葬……多地民政部门持续提升养老和殡葬服务水平。
河北保定涞源县今年7月起提高高龄津贴标准，80至89周岁老年人每人每月100元，90至99周岁每人每月300元，100周岁及以上每人每月800元，按季度发放；保定易县对80周岁以上老年人发放高龄津贴，今年已发放1460万元。
涞源县对本县户籍居民免除遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用，并对树葬、花坛葬、草坪葬等生态安葬每例奖补1500元；保定涞水县今年起也免除全体户籍居民的基本殡葬服务费用；保定定兴县对选择生态安葬的家庭每例奖补1000元，今年已兑现奖补资金38万元。
保定顺平县民政局有关负责人表示，顺平将于明年全面推行惠民殡葬政策。
来自保定唐县的王师傅在涞源县殡仪馆工作了十多年，他说，现在丧属办完事基本不用再掏钱了。
"""),
    "京ICP备05057621号",
    ["民政部：推进殡葬改革 深化惠民殡葬", "各地落实高龄津贴制度"],
    "民政",
)

N4_TITLE = "临时救助先行救急 计生家庭扶助到位 多地兜牢兜准民生底线"
N4 = news(
    "中国社会报网",
    "www.shehuiwang.cn",
    N4_TITLE,
    "2025-10-09 08:20　来源：中国社会报　记者：韩雪",
    paras("""
临时救助“先救急后补手续”，计划生育家庭扶助金按时足额发放……多地兜牢兜准民生底线。
黑龙江绥化海伦市下放临时救助审批权限，向各乡镇（街道）预拨临时救助备用金，对急难型救助对象实行“先行救助”；绥化绥棱县今年已实施临时救助2360人次，发放救助资金486万元。
陕西延安洛川县2025年农村部分计划生育家庭奖励扶助和特别扶助资金已于6月底前全部发放到扶助对象本人账户；延安黄陵县今年已向1600余名计划生育特殊家庭成员发放特别扶助金。
绥化庆安县民政局有关负责人表示，庆安拟于四季度建立乡镇（街道）临时救助备用金制度。
来自延安宜川县的张大姐在洛川经营一家苹果合作社，她说，村里的老人扶助金每年都按时到账。
"""),
    "京ICP备05057621号",
    ["民政部：加强低收入人口动态监测和常态化救助帮扶", "计划生育特殊家庭扶助关怀工作持续加强"],
    "社会救助",
)

N5_TITLE = "献血者用血一站式减免 慢特病认定随时办 多地优化医疗保障服务"
N5 = news(
    "中国医疗保险网",
    "www.zgylbx.com",
    N5_TITLE,
    "2025-07-25 14:30　来源：中国医疗保险　记者：罗杰",
    paras("""
献血者出院时直接减免用血费用，门诊慢特病在乡镇卫生院就能认定……多地持续优化医疗保障服务。
贵州铜仁思南县无偿献血者及其亲属在县内医院用血，出院结算时直接减免用血费用，实行“一站式”直免；铜仁石阡县今年已为无偿献血者及其亲属返还用血费用86万元。
思南县门诊慢特病待遇认定实行“随时申报、随时认定”，群众在乡镇卫生院就可以申请；铜仁江口县也已将门诊慢特病认定下放到乡镇卫生院，今年上半年认定通过980人。
铜仁印江县医疗保障局有关负责人表示，印江计划年内开通门诊慢特病线上认定。
来自铜仁德江县的张女士在思南照顾住院的母亲，她说，母亲输血的费用出院时直接减免了。
"""),
    "京ICP备05033405号",
    ["国家医保局：进一步优化门诊慢特病管理服务", "无偿献血者激励政策持续完善"],
    "医保服务",
)


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    # the 折页 downloaded a second time (an exact duplicate), and the empty .txt Windows' 新建 leaves
    write_bytes(f"下载/{GC_FOLD}", (DOCS / f"广西/{GC}/{GC_FOLD}").read_bytes())
    write_bytes("下载/新建 文本文档.txt", b"")


def main() -> None:
    write_laiyuan()
    write_cangxi()
    write_jingxian()
    write_zhaoan()
    write_gongcheng()
    write_hailun()
    write_luochuan()
    write_sinan()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
