"""Writes eval/policy30/docs: a thirtieth probe collection (33 files), 人民防空与防震减灾、档案与地方志、全民
健身与体育 — what builders, property managers, villagers in quake country, archivists, families holding old
papers, village cadres, fitness volunteers, schools, sports associations and parents ask (人防工程 易地建设费
减免; 防空警报 试鸣; 地下人防工程 平战结合 使用补贴; 农村民居 抗震改造 补助; 地震监测设施 和 观测环境 保护; 档
案数字化加工 补助; 档案 征集 和 捐赠 奖励; 村志编纂 补助; 社会体育指导员 服务补贴; 学校体育场地 开放 补助; 体
育赛事活动奖励; 暑期 青少年 体育 免费培训) of eight new regions in eight provinces (遂平县, 宁安市, 秦安县, 通
山县, 南江县, 柞水县, 赫章县, 灵山县), as chat users, agents and analysts bring them. Run once (``python -m
eval.policy30.make_docs``); the files are committed as data, and a second run writes the same bytes (every zip
entry, tar member, gzip header, OLE2 directory entry and PDF carries a fixed time or none).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (确山县, 泌阳县,
海林市, 甘谷县, 武山县, 崇阳县, 通江县, 平昌县, 镇安县, 威宁县, 浦北县, 钦南区); the roundups also name
regions that have only planned a measure (上蔡县, 穆棱市, 张家川回族自治县, 通城县, 恩阳区, 山阳县, 纳雍县, 钦
北区) and regions named only in passing (汝南县, 东宁市, 麦积区, 嘉鱼县, 巴州区, 丹凤县, 织金县, 合浦县). The
documents: a 遂平县 易地建设费 减免办法 (a page saved as showinfo.jsp?infoid=21573), the 防空警报试鸣 通告
(UTF-16 .html) and a 12345 reply (24万元); a 宁安市 平战结合 补贴办法 (.fodt), the 申报表 (.xlsx, its 填表说明
a text box) and a 市长信箱 reply saved as mailpubdetail.do (56000元); a 秦安县 抗震改造 补助办法, the 地震监测
设施 保护 通告, the 防震减灾工作简报 (a two-column PDF) and a 12345 reply (3万元); a 通山县 档案数字化 补助办
法, the 第一批 分配表 (.fods) and a 领导留言板 reply (5000元); a 南江县 档案征集 奖励办法, the 村志编纂 补助
方案, the 村志 资料包 (.tar.gz) and a 县长信箱 reply (2200元); a 柞水县 社会体育指导员 补贴办法, the 培训班 课
件 (.dps), a 12345 reply (1800元) and a 商洛新闻网 转载 cut after 第三条; a 赫章县 学校体育场地 开放 补助办法,
the 分配表 (.xlsb) and the 申请表 (.dotx); a 灵山县体育赛事活动 奖励办法 beside its 征求意见稿 with other
figures (全国性 8万元, 2000人以上 另奖2万元, 1月1日施行), the 暑期 培训 通知 (.docx whose 名额 are only in a
chart) and a 12345 reply (8万元).

New kinds of file none of eval/policy .. eval/policy29 had:
- a page saved under its URL's last segment, query string and all: showinfo.jsp?infoid=21573, no .html, the
  suffix Path sees ``.jsp?infoid=21573`` (a Java 政府信息公开 platform's article with its 索引号 table) (遂平
  办法: 7个工作日内作出决定 and 产业集聚区 only there);
- an .html that Internet Explorer saved as “网页，仅 HTML” with the encoding Unicode: UTF-16 LE after a
  byte-order mark, CRLF, upper-case re-serialised tags, the “saved from url=(NNNN)” mark and a <META> naming
  charset=unicode, no byte of it UTF-8 text (遂平 试鸣 通告: 2026年9月19日, 鸣6秒、停6秒, 5分钟内疏散 only
  there);
- a Flat OpenDocument text (.fodt, LibreOffice's “Flat XML ODF Text Document”): one XML file, office:document
  with office:mimetype, meta, font-face, style and automatic-style blocks, the 补贴标准 a table:table with a
  header row, figures cut by text:spans (补贴1|0元, 1|5日内) (宁安 办法: 单个工程每年最高15万元, 每年另补维护
  费5000元, 15日内完成平战转换 only there);
- an .xlsx whose 填表说明 is a text box in the drawing layer: xl/drawings/drawing1.xml (xdr:sp with txBox="1",
  a:p of a:r runs, 4|08室 split over runs) linked by the sheet's <drawing r:id>, in no cell (宁安 申报表: 一式
  三份, 408室, 竣工测绘报告 only there);
- a 市长信箱 letter saved from the Hanweb 互动交流 platform under its URL's name, mailpubdetail.do, in GBK (宁
  安: 56000元 only there);
- a Flat OpenDocument spreadsheet (.fods): one XML file, a title cell spanning eight columns
  (table:number-columns-spanned, table:covered-table-cell), float cells whose shown text is their text:p, the
  合计 an of:=SUM formula with its value (通山 第一批: the 合计 and 港路村 only there);
- a .tar.gz as ``tar czf`` on a 麒麟 desktop writes it: a GNU tar of a folder and two UTF-8 LF .txt files
  under UTF-8 names, gzipped without a file name (南江 村志 资料包: 2026年9月30日前 and 首批确定10个村 only
  there);
- a WPS 演示 .dps: the PowerPoint 97-2003 binary (OLE2, “PowerPoint Document” and “Current User”,
  TextCharsAtom / TextBytesAtom records) under WPS's own suffix (柞水 培训班: 2026年7月6日至7月10日, 32学时
  only there);
- an .xlsb (Excel binary workbook): XML only for [Content_Types].xml and the relationships, workbook.bin,
  sheet1.bin, sharedStrings.bin and styles.bin BIFF12 records (7-bit varint types and sizes; BrtBundleSh,
  BrtRowHdr, BrtCellIsst, BrtCellRk, BrtSSTItem, BrtMergeCell), the amounts RK numbers (赫章 分配表: the 合计
  and 2026年4月30日前拨付60% only there);
- a Word template (.dotx): the main part's content type …wordprocessingml.template.main+xml, docProps/app.xml
  naming Normal.dotm, a form table and the 填表说明 (赫章 申请表: 1月31日前, 不少于2名管理人员, 安全应急预案
  only there);
- a .docx whose figures are only in a chart's cache: document.xml holds an inline w:drawing whose graphicData
  is a c:chart r:id; word/charts/chart1.xml's series name, categories and values live in c:strCache and
  c:numCache (format 0"名"), its workbook an external file:/// link (c:externalData, TargetMode="External"),
  nothing embedded (灵山 培训: 游泳 200名 only there; 2026年7月13日至8月14日 and the 报名 dates only in the
  text beside it).

Also: a two-column PDF 简报 (the left column drawn whole before the right, so a layout reader interleaves
them) (秦安: 1138户, 1962万元 only there); a 征求意见稿 beside its final text; a 转载 on another site
repeating the 办法's first three articles; seven replies (12345 ×4, 市长信箱, 领导留言板, 县长信箱) each
reckoning one asker's case."""

from __future__ import annotations

import gzip
import io
import re
import shutil
import struct
import tarfile
import zipfile
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from eval import policy_make as make
from eval.policy29.cfb import compound_file
from eval.policy29.make_docs import (
    CT,
    CT_APP,
    CT_CORE,
    CT_RELS,
    OFC_REL,
    SECT,
    WNS,
    XML,
    J,
    P,
    Site,
    container,
    core_xml,
    letter,
    portal,
    rec,
    rels,
    root_rels,
    text_atom,
)

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2027, 4, 6, 0, 0, 0)
EPOCH = 1780273800  # 2026-06-01 08:30 Beijing time: every tar member's and the gzip header's time
restamp = partial(make.restamp, stamp=STAMP)
L, R = "\u3014", "\u3015"  # the brackets of document numbers (escapes: ruff takes them for confusables)


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write(rel: str, text: str, encoding: str = "utf-8") -> None:
    write_bytes(rel, text.encode(encoding))


def package(entries: list[tuple[str, str | bytes]]) -> bytes:
    """A zip package written by hand: the entries in the order given, deflated, ``STAMP`` on all."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in entries:
            data = body.encode("utf-8") if isinstance(body, str) else body
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def app_xml(application: str, template: str = "") -> str:
    tpl = f"<Template>{template}</Template>" if template else ""
    return (
        XML + f'<Properties xmlns="{APP_NS}">{tpl}<Application>{application}</Application>'
        "<DocSecurity>0</DocSecurity></Properties>"
    )


SP = Site("遂平县人民政府", "豫ICP备05016327号")
NA = Site("宁安市人民政府", "黑ICP备06007542号")
QA = Site("秦安县人民政府", "甘ICP备05004517号")
TS = Site("通山县人民政府", "鄂ICP备05003815号")
NJ = Site("南江县人民政府", "蜀ICP备05010246号")
ZS = Site("柞水县人民政府", "陕ICP备05011308号")
HZ = Site("赫章县人民政府", "黔ICP备05003912号")
LS = Site("灵山县人民政府", "桂ICP备05008927号")


# ---------------------------------------------------------------------------------------------------------
# 1-3 遂平县: the 易地建设费 减免办法 (a Java CMS page saved under its URL's name, showinfo.jsp?infoid=…), the
# 防空警报试鸣 通告 (an .html Internet Explorer saved as “Unicode”: UTF-16 LE with a BOM), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

SP_TITLE = "遂平县结建式人防工程易地建设费减免办法"
SP_JSP = "showinfo.jsp?infoid=21573"
SP_BODY = """
第一条　为规范人民防空工程易地建设费减免工作，促进城市建设与人民防空建设协调发展，根据《中华人民共和国人民
防空法
》《河南省实施〈中华人民共和国人民防空法〉办法》等规定，结合本县实际，制定本办法。

第二条　在本县城市规划区内新建民用建筑，应当按照地面总建筑面积的5%修建防空地下室。因地质、地形等原因不宜修建
的，经县人民防空办公室（以下简称县人防办）批准，可以不修建，由建设单位按应建面积缴纳易地建设费。

第三条　易地建设费按应建防空地下室面积每平方米1600元计收。

第四条　下列建设项目，免收易地建设费：

（一）城镇老旧小区改造、棚户区改造安置住房和公共租赁住房；

（二）公办中小学校、幼儿园的教学用房；

（三）福利院、敬老院、残疾人康复中心等社会福利设施。

第五条　下列建设项目，减半收取易地建设费：

（一）民办非营利性学校、幼儿园和养老机构；

（二）产业集聚区内标准化厂房配套的办公、宿舍用房。

第六条　营利性项目、商业住宅和酒店、写字楼不予减免。同一项目不得同时适用第四条和第五条。

第七条　申请减免的，建设单位应当在办理建设工程施工许可前向县人防办提出申请，并提交下列材料：

（一）减免申请书；

（二）项目立项批复或者备案文件；

（三）建设工程规划许可证；

（四）民办非营利性单位另需提供民办非企业单位登记证书。

县人防办自受理之日起7个工作日内作出决定。

第八条　易地建设费由建设单位在县政务服务中心人防窗口一次性缴纳，全额缴入县级国库，专项用于人民防空工程建设。

第九条　本办法自2026年3月1日起施行。
"""
SP_NOTICE = f"""
各乡镇人民政府、街道办事处，县政府各部门：

《{SP_TITLE}》已经县政府第31次常务会议研究通过，现印发给你们，请认真贯彻执行。

遂平县人民政府办公室

2026年2月10日
"""


def sp_jsp() -> str:
    """The 政府信息公开 platform's article (a Java CMS: showinfo.jsp?infoid=…) as a download tool saved it,
    named after the URL's last segment, query string and all: an 索引号 table above the article."""
    title = f"遂平县人民政府办公室关于印发《{SP_TITLE}》的通知"
    meta = f"""<table class="xxgk_table" cellspacing="0" cellpadding="0">
<tr><td class="t">索 引 号：</td><td>411728000/2026-00021</td><td class="t">主题分类：</td>
  <td>城乡建设、环境保护</td></tr>
<tr><td class="t">发布机构：</td><td>遂平县人民政府办公室</td><td class="t">发文日期：</td>
  <td>2026-02-10</td></tr>
<tr><td class="t">文　　号：</td><td>遂政办{L}2026{R}7号</td><td class="t">有 效 性：</td><td>有效</td></tr>
<tr><td class="t">名　　称：</td><td colspan="3">{title}</td></tr>
</table>"""
    body = P(SP_NOTICE) + f"\n<p style='text-align:center'><b>{SP_TITLE}</b></p>\n" + P(SP_BODY)
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/xxgk/css/xxgk.css">
<script type="text/javascript" src="/xxgk/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var infoid = "21573"; var siteid = "4117280001";</script>
</head>
<body>
<div class="xxgk_top"><img src="/xxgk/images/banner.jpg" alt="遂平县人民政府信息公开"></div>
<div class="xxgk_nav">
  <a href="/xxgk/index.jsp">信息公开首页</a> | <a href="/xxgk/guide.jsp">信息公开指南</a> |
<a href="/xxgk/list.jsp?catid=12">法定主动公开内容</a> | <a href="/xxgk/ysqgk.jsp">依申请公开</a></div>
<div class="xxgk_position">当前位置：<a href="/xxgk/index.jsp">信息公开</a> &gt; <a
  href="/xxgk/list.jsp?catid=35">政策文件</a></div>
{meta}
<div class="xxgk_title">{title}</div>
<div class="xxgk_content" id="Zoom">
{body}
</div>
<div class="xxgk_tools">
  <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a>
  </div>
<div class="xxgk_foot">遂平县人民政府办公室主办　{SP.icp}　联系电话：0396-4922018</div>
<script type="text/javascript" src="/xxgk/count.jsp?infoid=21573"></script>
</body></html>
"""


SP_ALARM_TITLE = "遂平县人民政府关于2026年防空警报试鸣的通告"
SP_ALARM = """
为增强全民国防观念和防空意识，检验城市防空警报设施性能，根据《中华人民共和国人民防空法》，经县政府研究，决定于20
26年9月19日（星期六，全民国防教育日）上午10时至10时23分在县城规划区和各乡镇人民政府所在地进行防空警报试鸣。现将
有关事项通告如下：

一、试鸣信号

（一）预先警报：鸣36秒、停24秒，反复3遍，时间为3分钟；

（二）空袭警报：鸣6秒、停6秒，反复15遍，时间为3分钟；

（三）解除警报：连续鸣3分钟。

各种信号之间间隔10分钟。

二、试鸣期间，车站、医院、商场等人员密集场所要做好宣传解释工作。广大群众听到警报后请保持正常生产生活秩序，不要
惊慌，不必进入防空地下室。

三、县城区实验小学、县一高等6所学校组织防空疏散演练，参演学生在空袭警报鸣响后5分钟内疏散至指定掩蔽场所。

四、发现警报器不响、音响效果差的，请拨打县人防办值班电话0396-4922715报告。

特此通告。

遂平县人民政府

2026年9月10日
"""
SP_ALARM_URL = "http://www.suiping.gov.cn/html/2026/tzgg_0910/15274.html"


def sp_alarm() -> bytes:
    """The 通告 as Internet Explorer 11 saves a page as “网页，仅 HTML” with the encoding set to Unicode: the
    DOM re-serialised (upper-case tags, unquoted attributes), the “saved from url” mark, a <META> naming
    charset=unicode, CRLF lines, the bytes UTF-16 LE after a byte-order mark."""
    body = "\r\n".join(f"<P>{p}</P>" for p in J(SP_ALARM))
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=({len(SP_ALARM_URL):04d}){SP_ALARM_URL} -->
<HTML><HEAD><TITLE>{SP_ALARM_TITLE}-遂平县人民政府</TITLE>
<META content="text/html; charset=unicode" http-equiv=Content-Type>
<LINK rel=stylesheet type=text/css href="http://www.suiping.gov.cn/css/style.css">
<META name=GENERATOR content="MSHTML 11.00.10570.1001"></HEAD>
<BODY>
<DIV class=top>
  <A href="http://www.suiping.gov.cn/">遂平县人民政府</A> 首页 | 政务公开 | 政务服务 | 互动交流</DIV>
<DIV class=dqwz>当前位置：首页 &gt; 政务公开 &gt; 通知公告</DIV>
<DIV class=wz_title>{SP_ALARM_TITLE}</DIV>
<DIV class=wz_info>发布日期：2026-09-10　来源：县人防办　浏览次数：<SPAN id=hits>3517</SPAN></DIV>
<DIV id=zoom class=wz_con>
{body}</DIV>
<DIV class=foot>主办：遂平县人民政府办公室　{SP.icp}</DIV></BODY></HTML>
"""
    return b"\xff\xfe" + page.replace("\n", "\r\n").encode("utf-16-le")


def write_suiping() -> None:
    write(f"河南/遂平县/{SP_JSP}", sp_jsp())
    write_bytes(f"河南/遂平县/{SP_ALARM_TITLE}.html", sp_alarm())
    t = "民办幼儿园新建6000平方米教学楼，人防易地建设费要交多少？"
    write(
        f"河南/遂平县/12345 {t}.html",
        letter(
            SP,
            "12345热线",
            t,
            "张**（车站街道）",
            "2026-04-13",
            """
我在县城车站街道办了一所民办幼儿园，已经登记为民办非企业单位，是非营利性的。今年新建一栋教学楼，地上建筑面积
6000平方米，总投资1800万元，设计院说地质条件不适合建地下室。请问人防易地建设费要交多少？能不能减免？
""",
            "遂平县人民防空办公室",
            "2026-04-16",
            """
您好！经县人防办核实，答复如下：

一、根据《遂平县结建式人防工程易地建设费减免办法》，新建民用建筑应建防空地下室面积按地面总建筑面积的5%计算，
贵园教学楼应建300平方米；因地质条件不宜修建的，按每平方米1600元缴纳易地建设费，应缴48万元。

二、贵园属于民办非营利性幼儿园，可以减半收取，实际缴纳24万元。

三、请在办理施工许可前，持减免申请书、立项备案文件、建设工程规划许可证和民办非企业单位登记证书到县政务服务中心
人防窗口申请。

咨询电话：0396-4922715。
""",
            "SP12345-20260413-0877",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 4-6 宁安市: the 平战结合 补贴办法 (a Flat OpenDocument .fodt), the 申报表 (.xlsx whose 填表说明 is a text
# box in the drawing layer), a 市长信箱 reply saved from the Hanweb 互动 platform as mailpubdetail.do (GBK)
# ---------------------------------------------------------------------------------------------------------

NA_TITLE = "宁安市地下人防工程平战结合开发利用补贴办法"
NA_FODT = f"{NA_TITLE}.fodt"
NA_BEFORE = """
第一条　为盘活地下人防工程资源，发挥人防工程战备效益、社会效益和经济效益，根据《中华人民共和国人民防空法》《黑
龙江省人民防空工程管理办法》等规定，结合本市实际，制定本办法。

第二条　本办法适用于本市城区已竣工验收、取得《人防工程平时使用证》的地下人防工程。

第三条　地下人防工程平时可以用作公共停车场、便民超市、仓储、社区活动室、图书阅览室等，不得用于生产、储存易燃
易爆和有毒有害物品。

第四条　补贴标准如下表：
"""
NA_TABLE = [
    ["平时用途", "补贴标准", "上限"],
    ["公共停车场（向社会开放）", "按开放面积每平方米每年补贴10元", "单个工程每年最高15万元"],
    ["社区养老、文化活动、图书阅览等公益用途（免费开放）", "按使用面积每平方米每年补贴20元", "—"],
    ["防护设备设施维护保养达到要求", "每个工程每年另补维护费5000元", "—"],
]
NA_AFTER = """
第五条　用作公共停车场的，收费不得高于市发展和改革局核定的同类停车场收费标准，夜间（20时至次日7时）对周边
居民实
行包月优惠。

第六条　平时使用不得改变人防工程主体结构，不得拆除、损坏防护设备。接到战时转换命令后，使用单位应当在15日内完成
平战转换。

第七条　补贴每年申报一次。使用单位于每年11月1日至11月30日向市人民防空办公室（以下简称市人防办）申报，市人
防办会同
市财政局核查后，于次年1月底前拨付。

第八条　有下列情形之一的，不予补贴：

（一）未取得《人防工程平时使用证》的；

（二）擅自改变用途的；

（三）年度检查不合格的。

第九条　本办法自2026年1月1日起施行，有效期3年。
"""
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:officeooo="http://openoffice.org/2009/office"'
)
LO_GENERATOR = "LibreOffice/7.5.9.2$Linux_X86_64 LibreOffice_project/cdeefe45c17511d326101eed8008ac4092f278a9"


def odf_meta(title: str, author: str, when: str) -> str:
    return (
        f"<office:meta><meta:creation-date>{when}</meta:creation-date><dc:title>{escape(title)}</dc:title>"
        f"<meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator>"
        f"<dc:date>{when}</dc:date><meta:editing-cycles>3</meta:editing-cycles>"
        f"<meta:generator>{LO_GENERATOR}</meta:generator></office:meta>"
    )


def odf_span(text: str) -> str:
    """A paragraph's text as LibreOffice writes it after an edit: each Arabic figure's last digit and what
    follows in a text:span of its own (每平方米每年补贴1|0元), a run of spaces as text:s."""
    out = escape(text)
    out = re.sub(r"(\d)(\d)(元|万元|日)", r'\1<text:span text:style-name="T1">\2\3</text:span>', out)
    return out


def na_fodt() -> str:
    """The 办法 as LibreOffice saves “Flat XML ODF Text Document”: one XML file, office:document with its
    meta, font-face, style and automatic-style blocks and the body, the 补贴标准 a table:table, figures cut
    by text:spans."""
    paras = []
    paras.append(f'<text:h text:style-name="P1" text:outline-level="1">{NA_TITLE}</text:h>')
    paras.append(f'<text:p text:style-name="P2">（宁政规{L}2025{R}6号）</text:p>')
    for p in J(NA_BEFORE):
        paras.append(f'<text:p text:style-name="Standard">{odf_span(p)}</text:p>')
    rows = []
    for i, row in enumerate(NA_TABLE):
        cells = "".join(
            '<table:table-cell table:style-name="Table1.A1" office:value-type="string">'
            f'<text:p text:style-name="{"P3" if i == 0 else "Table_20_Contents"}">{odf_span(c)}</text:p>'
            "</table:table-cell>"
            for c in row
        )
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    paras.append(
        '<table:table table:name="补贴标准" table:style-name="Table1">'
        '<table:table-column table:style-name="Table1.A"/><table:table-column table:style-name="Table1.B"/>'
        '<table:table-column table:style-name="Table1.C"/>'
        f"<table:table-header-rows>{rows[0]}</table:table-header-rows>{''.join(rows[1:])}</table:table>"
    )
    for p in J(NA_AFTER):
        paras.append(f'<text:p text:style-name="Standard">{odf_span(p)}</text:p>')
    paras.append('<text:p text:style-name="P4">宁安市人民防空办公室<text:s text:c="4"/>宁安市财政局</text:p>')
    paras.append('<text:p text:style-name="P4">2025年12月12日</text:p>')
    body = "\n".join(paras)
    return f"""<?xml version="1.0" encoding="UTF-8"?>

<office:document {ODF_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 {odf_meta(NA_TITLE, "nars", "2025-12-12T09:41:27.318000000")}
 <office:font-face-decls>
  <style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="system"/>
  <style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体"
    style:font-family-generic="system"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
    <style:text-properties style:font-name-asian="宋体" fo:font-size="16pt" fo:language="zh"
    fo:country="CN"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
    <style:paragraph-properties fo:text-indent="0.2835in" fo:line-height="150%"/></style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"
    style:parent-style-name="Standard" style:class="extra"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Table1" style:family="table">
    <style:table-properties style:width="6.1in" table:align="margins"/></style:style>
  <style:style style:name="Table1.A" style:family="table-column">
    <style:table-column-properties style:column-width="2.3in"/></style:style>
  <style:style style:name="Table1.B" style:family="table-column">
    <style:table-column-properties style:column-width="2.2in"/></style:style>
  <style:style style:name="Table1.C" style:family="table-column">
    <style:table-column-properties style:column-width="1.6in"/></style:style>
  <style:style style:name="Table1.A1" style:family="table-cell">
    <style:table-cell-properties fo:padding="0.0382in" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="center" fo:text-indent="0in"/>
    <style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt"/></style:style>
  <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="center" fo:text-indent="0in"/></style:style>
  <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Table_20_Contents">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties officeooo:rsid="0012a3f4"/>
    </style:style>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>
   </office:master-styles>
 <office:body>
  <office:text>
{body}
  </office:text>
 </office:body>
</office:document>
"""


NA_XLSX = "宁安市2026年度人防工程平战结合使用补贴申报表.xlsx"
NA_NOTE = [
    [("填表说明：", True)],
    [
        ("1\uff0e本表", False),
        ("一式三份", True),
        ("，于2026年11月30日前报市人防办工程管理科（市政务服务中心四楼4", False),
        ("08室", False),
        ("）。", False),
    ],
    [("2\uff0e须附《人防工程平时使用证》复印件、停车场收费公示照片和全年开放记录（按月汇总）。", False)],
    [
        ("3\uff0e开放面积、使用面积以", False),
        ("竣工测绘报告", False),
        ("为准，不得填报通道、设备用房面积。", False),
    ],
    [("4\uff0e联系电话：0453-6327419。", False)],
]
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
BOLD = ' b="1"'
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def na_drawing() -> str:
    """xl/drawings/drawing1.xml: one text box (xdr:sp with txBox="1") anchored below the form, its 填表说明
    as a:p paragraphs of a:r runs (a figure split over two runs: 4|08室)."""
    paras = ""
    for runs in NA_NOTE:
        rs = "".join(
            f'<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1000"{BOLD if bold else ""}>'
            f'<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:rPr><a:t>{escape(t)}</a:t></a:r>'
            for t, bold in runs
        )
        paras += f"<a:p>{rs}</a:p>"
    return (
        XML + f'<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{A_NS}">'
        '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff>'
        "<xdr:row>9</xdr:row><xdr:rowOff>114300</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col>"
        "<xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>38100</xdr:rowOff></xdr:to>"
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="文本框 1"/><xdr:cNvSpPr txBox="1"/>'
        '</xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="1828800"/><a:ext cx="7315200" cy="1447800"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill>'
        '<a:ln w="9525" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"><a:shade val="50000"/></a:schemeClr>'
        "</a:solidFill></a:ln></xdr:spPr>"
        '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/>'
        f"<a:lstStyle/>{paras}</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
    )


def na_xlsx() -> bytes:
    """The blank 申报表 (a merged title row, the fields as a two-column form, a 承诺 row) with its 填表说明
    in a text box: in xl/drawings/drawing1.xml, linked from the sheet by <drawing r:id>, in no cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "申报表"
    ws.append(["宁安市2026年度人防工程平战结合使用补贴申报表"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["申报单位（盖章）：", None, None, None, None, "填报日期：", None, None])
    rows = [
        ("工程名称", "工程地址"),
        ("平时使用证编号", "建筑面积（㎡）"),
        ("平时用途", "开放（使用）面积（㎡）"),
        ("停车收费标准（元/小时）", "夜间包月价格（元/月）"),
        ("防护设备维护情况", "年度检查结果"),
        ("申请补贴金额（元）", "其中：维护费（元）"),
    ]
    for a, b in rows:
        ws.append([a, None, None, None, b, None, None, None])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    ws.append(["使用单位承诺：以上所填内容真实有效，如有虚假，自愿退回补贴资金并承担相应责任。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
    ws.append(["负责人（签字）：", None, None, None, "联系电话：", None, None, None])
    for col, width in zip("ABCDEFGH", (22, 10, 10, 10, 24, 10, 10, 10), strict=True):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "nars"
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    r_ns = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with (
        zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/drawings/drawing1.xml" '
                    b'ContentType="application/vnd.openxmlformats-'
                    b'officedocument.drawing+xml"/></Types>',
                )
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b"<drawing" not in body and b"xmlns:r=" not in body
                body = body.replace(b"<worksheet ", b"<worksheet " + r_ns + b" ", 1)
                body = body.replace(b"</worksheet>", b'<drawing r:id="rId1"/></worksheet>')
            z.writestr(info, body)
        z.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            rels([("rId1", f"{OFC_REL}/drawing", "../drawings/drawing1.xml")]),
        )
        z.writestr("xl/drawings/drawing1.xml", na_drawing())
    return restamp(out.getvalue(), "2026-10-09T01:20:00Z")


NA_MAIL_TITLE = "小区地下人防车库对外开放，还做了老年活动室，一年能补贴多少？"
NA_MAIL_ASK = """
市长您好！我们物业公司管理的江南华府小区有一处地下人防工程，去年已经办了《人防工程平时使用证》。其中4500平方米做了
公共停车场，全部对社会开放，每月停车费收入15000多元；另外拿出300平方米做了社区老年活动室，免费开放。防护设备也一直
按要求维护，年度检查合格。请问按照市里的平战结合补贴办法，我们一年能拿到多少补贴？
"""
NA_MAIL_REPLY = """
您好！您的来信收悉。经市人防办核实，答复如下：

一、根据《宁安市地下人防工程平战结合开发利用补贴办法》，用作公共停车场并向社会开放的，按开放面积每平方米每年补贴
10元，贵单位4500平方米可补贴45000元（未超过单个工程每年15万元的上限）。

二、用作社区养老等公益用途且免费开放的，每平方米每年补贴20元，300平方米可补贴6000元；防护设备设施维护保养达到要
求的，另补维护费5000元。

三、以上合计，贵单位每年可获得补贴56000元。请于每年11月1日至11月30日向市人防办申报。另请注意，停车收费不得高于
市发展和改革局核定的标准。

感谢您对人防工作的支持！
"""


def na_do() -> str:
    """A 市长信箱 letter's detail page on the Hanweb 互动交流 platform (/jact/front/mailpubdetail.do?…),
    saved under the URL's last segment, mailpubdetail.do: GBK as the platform serves it, the letter and the
    reply in a table of label and value cells."""
    ask = "".join(f"<p>{p}</p>" for p in J(NA_MAIL_ASK))
    reply = "".join(f"<p>{p}</p>" for p in J(NA_MAIL_REPLY))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<title>信件详情_市长信箱_宁安市人民政府</title>
<link href="/jact/front/css/mail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/jact/front/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">var sysid = "6"; var objectid = "3157021";</script>
</head>
<body>
<div class="head"><a href="http://www.ninganshi.gov.cn/">宁安市人民政府</a> &gt; 互动交流 &gt; 市长信箱</div>
<div class="mail_detail">
<table width="100%" border="0" cellspacing="1" cellpadding="0" class="mail_table">
<tr><td class="label" width="15%">信件编号</td><td>NA2026030400113</td>
  <td class="label" width="15%">信件类型</td><td>咨询</td></tr>
<tr><td class="label">信件标题</td><td colspan="3">{NA_MAIL_TITLE}</td></tr>
<tr><td class="label">写信人</td><td>王**</td><td class="label">写信时间</td><td>2026-03-04 10:26:17</td></tr>
<tr><td class="label">信件内容</td><td colspan="3">{ask}</td></tr>
<tr><td class="label">办理单位</td><td>宁安市人民防空办公室</td><td class="label">回复时间</td>
  <td>2026-03-11 16:02:45</td></tr>
<tr><td class="label">回复内容</td><td colspan="3">{reply}</td></tr>
</table>
</div>
<div class="pj">满意度评价：<span>满意</span></div>
<div class="foot">宁安市人民政府办公室主办　{NA.icp}</div>
<script type="text/javascript" src="/jact/front/js/visit.js"></script>
</body>
</html>
"""


def write_ningan() -> None:
    write(f"黑龙江/宁安市/{NA_FODT}", na_fodt())
    write_bytes(f"黑龙江/宁安市/{NA_XLSX}", na_xlsx())
    write("黑龙江/宁安市/mailpubdetail.do", na_do(), "gbk")


# ---------------------------------------------------------------------------------------------------------
# 7-10 秦安县: the 农村民居 抗震改造 补助办法, the 地震监测设施 保护 通告, the 防震减灾 工作简报 (a two-column
# PDF), a 12345 reply on one household's 补助
# ---------------------------------------------------------------------------------------------------------

QA_TITLE = "秦安县农村民居地震安全工程抗震改造补助办法"
QA_BODY = """
第一条　为提高农村民居抗震设防能力，保障农民群众生命财产安全，根据《中华人民共和国防震减灾法》等规定，结合本县
实际，制定本办法。本县位于地震烈度Ⅷ度区，农村民居抗震改造是防震减灾的重点。

第二条　补助对象为户籍在本县、在农村集体土地上有自有住房且住房未经抗震设防的农户，优先安排C级、D级危房户和土坯
房户。

第三条　补助标准：

（一）拆除重建的，每户补助2.5万元；

（二）加固改造的，每户补助1.2万元；

（三）脱贫户、低保户、分散供养特困人员，在上述标准基础上每户再增加5000元。

第四条　拆除重建的房屋按抗震设防烈度8度设防，设置圈梁、构造柱；人均建筑面积不超过40平方米，户均不超过150平
方米。

第五条　农户向村民委员会提出申请，村民委员会评议后公示5天，乡镇人民政府10个工作日内审核，报县住房和城乡建
设局会同
县地震局审批。

第六条　补助资金分两次拨付：主体完工后拨付60%，竣工验收合格后拨付剩余40%，通过惠民惠农财政补贴资金“一卡通”直接
发放到户。

第七条　已享受农村危房改造补助的农户，不重复享受本补助。

第八条　本办法自2026年2月1日起施行。
"""
QA_NOTICE_TITLE = "秦安县人民政府关于保护地震监测设施和地震观测环境的通告"
QA_NOTICE = """
为保护地震监测设施和地震观测环境，提高地震监测能力，根据《中华人民共和国防震减灾法》《地震监测管理条例》等规定，
现就有关事项通告如下：

一、本县境内的地震监测设施包括秦安地震台（兴国镇）、郭嘉镇测震站、莲花镇地下流体观测井和各乡镇地震宏观观测点。

二、禁止在秦安地震台观测环境保护范围（以观测墩为中心、半径1000米）内进行爆破、采石、采矿、钻井抽水和堆放磁性物品。

三、禁止在郭嘉镇测震站周边500米范围内新建、扩建大型机动车停车场、铁路和高压输电线路。

四、任何单位和个人不得侵占、损毁、拆除或者擅自移动地震监测设施。

五、建设工程确需在观测环境保护范围内建设的，建设单位应当事先征得县地震局同意，并承担增建抗干扰设施或者迁建地震监
测设施的费用。

六、对破坏地震监测设施、危害地震观测环境的行为，欢迎社会各界举报。经查证属实的，给予举报人500元至2000元奖励。举报
电话：0938-6521178。

七、本通告自发布之日起施行。

秦安县人民政府

2026年4月28日
"""
QA_PDF = "秦安县防震减灾工作简报（2026年第2期）.pdf"
QA_LEFT = """
【工作动态】全县农村民居抗震改造进展顺利

截至6月25日，我县2026年计划实施的1260户农村民居抗震改造已开工1138户，其中拆除重建716户、加固改造422户；已竣工
453户，拨付补助资金1962万元。县住建局、县地震局组成3个技术指导组，对圈梁、构造柱等关键部位逐户检查。

【工作动态】秦安地震台观测环境专项检查

5月中旬，县地震局联合县自然资源局对秦安地震台观测环境保护范围开展专项检查，发现并制止非法采石点2处，督促1家建
材企业迁出磁性物品堆放点。
"""
QA_RIGHT = """
【科普宣传】防震减灾知识进校园

5月12日全国防灾减灾日前后，县地震局组织“防震减灾知识进校园”活动，覆盖全县中小学86所，开展应急疏散演练112场次，
参与师生5.3万人次。

【下步工作】

一、7月15日前完成第二批抗震改造项目的主体完工验收。

二、汛期加强对地震台站的巡查，确保观测数据连续可靠。

三、9月底前完成全县地震宏观观测员业务培训。

报：县委、县政府领导　送：县防震减灾工作领导小组成员单位　发：各乡镇人民政府

秦安县地震局　2026年6月30日印发
"""


def qa_pdf() -> bytes:
    """A one-page 简报 printed to PDF in two columns: the masthead across the page, then the left column's
    lines and the right column's drawn one after the other at the same heights, so that a reader taking
    the page line by line across its width interleaves the two columns."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("秦安县防震减灾工作简报")
    c.setAuthor("qaxdzj")
    c.setCreator("WPS 文字")
    c.setFillColorRGB(0.8, 0, 0)
    c.setFont("STSong-Light", 26)
    c.drawCentredString(297, 780, "防震减灾工作简报")
    c.setFont("STSong-Light", 11)
    c.drawCentredString(297, 756, "2026年第2期（总第27期）")
    c.drawString(56, 736, "秦安县地震局编")
    c.drawRightString(539, 736, "2026年6月30日")
    c.setLineWidth(1.5)
    c.line(56, 728, 539, 728)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("STSong-Light", 10.5)
    for x, text in ((56, QA_LEFT), (312, QA_RIGHT)):
        y = 706
        for line in make.hard_wrap("\n\n".join(J(text)), 21):
            c.drawString(x, y, line)
            y -= 17
    c.line(297, 700, 297, 90)
    c.setFont("STSong-Light", 9)
    c.drawCentredString(297, 50, "— 1 —")
    c.showPage()
    c.save()
    return buf.getvalue()


def write_qinan() -> None:
    write(
        f"甘肃/秦安县/{QA_TITLE}.html",
        portal(
            QA,
            QA_TITLE,
            "政务公开 &gt; 规范性文件",
            "2026-01-19",
            "秦安县人民政府办公室",
            P(QA_BODY),
            f"秦政办发{L}2026{R}12号",
        ),
    )
    write(
        f"甘肃/秦安县/{QA_NOTICE_TITLE}.html",
        portal(QA, QA_NOTICE_TITLE, "政务公开 &gt; 通知公告", "2026-04-28", "秦安县地震局", P(QA_NOTICE)),
    )
    write_bytes(f"甘肃/秦安县/{QA_PDF}", qa_pdf())
    t = "脱贫户的土坯房鉴定为D级，准备拆了重建，抗震改造能补多少？"
    write(
        f"甘肃/秦安县/12345 {t}.html",
        letter(
            QA,
            "12345热线",
            t,
            "马**（莲花镇）",
            "2026-03-09",
            """
我家在莲花镇，是脱贫户。家里的老房子是上世纪80年代盖的土坯房，上个月镇上请人鉴定为D级危房。我们准备今年拆了重建，
盖一层砖混的，预算15万左右。请问县里的抗震改造能补助多少？钱什么时候给？
""",
            "秦安县住房和城乡建设局",
            "2026-03-12",
            """
您好！经县住建局会同县地震局核实，答复如下：

一、根据《秦安县农村民居地震安全工程抗震改造补助办法》，拆除重建的每户补助2.5万元；脱贫户在此基础上每户再增加
5000元。您家合计可补助3万元。

二、补助资金分两次拨付：主体完工后拨付60%即1.8万元，竣工验收合格后拨付剩余的1.2万元，通过“一卡通”发放到户。

三、新建房屋须按8度设防，设置圈梁、构造柱。请向村民委员会提出申请。如您家已享受过农村危房改造补助，则不能重复
享受。
""",
            "QA12345-20260309-0264",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 11-13 通山县: the 档案数字化 加工补助办法, the 第一批 补助资金分配表 (a Flat OpenDocument .fods), a
# 领导留言板 reply on one village's 档案室
# ---------------------------------------------------------------------------------------------------------

TS_TITLE = "通山县档案数字化加工补助办法"
TS_BODY = """
第一条　为加快推进档案数字化，保护档案安全，方便档案利用，根据《中华人民共和国档案法》等规定，结合本县实际
，制定
本办法。

第二条　补助对象为县直机关各单位、各乡镇、县属国有企业和村（社区）档案室。

第三条　补助标准：

（一）纸质档案数字化，按每页0.3元补助；

（二）照片档案数字化，按每张1元补助；

（三）录音录像档案数字化，按每小时80元补助。

每个单位每年补助最高3万元；村（社区）档案室每个每年最高5000元。

第四条　纸质档案扫描分辨率不低于200dpi，彩色档案不低于300dpi。数字化成果应当通过县档案馆验收。

第五条　数字化加工须在本单位档案室或者县档案馆指定场所进行，档案不得带离；加工人员须签订保密协议，加工设备不得
连接互联网。

第六条　补助资金实行先建后补，县档案馆根据验收结果于每年12月底前拨付。

第七条　本办法由县档案馆、县财政局负责解释，自2026年1月1日起施行。
"""
TS_FODS = "通山县2026年档案数字化补助资金分配表（第一批）.fods"
TS_ROWS = [  # 单位, 纸质（页）, 照片（张）, 录音录像（小时）, 上限
    ("县人民政府办公室", 60000, 0, 0, 30000),
    ("县人力资源和社会保障局", 120000, 0, 0, 30000),
    ("县自然资源和规划局", 85000, 1200, 0, 30000),
    ("县融媒体中心", 10000, 3000, 150, 30000),
    ("县城市建设投资有限公司", 50000, 0, 0, 30000),
    ("通羊镇人民政府", 40000, 800, 0, 30000),
    ("大畈镇人民政府", 30000, 0, 0, 30000),
    ("九宫山镇人民政府", 25000, 500, 0, 30000),
    ("通羊镇港路村", 12000, 0, 0, 5000),
    ("南林桥镇石门村", 20000, 0, 0, 5000),
]


def ts_amounts() -> list[tuple[int, int]]:
    """Each row's reckoned amount (0.3元 a page, 1元 a photo, 80元 an hour) and its capped grant."""
    out = []
    for _, pages, photos, hours, cap in TS_ROWS:
        reckoned = round(pages * 0.3 + photos + hours * 80)
        out.append((reckoned, min(reckoned, cap)))
    return out


def ts_total() -> int:
    return sum(g for _, g in ts_amounts())


def ods_cell(value: str | int, style: str = "ce2", span: int = 0) -> str:
    attrs = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span else ""
    if isinstance(value, int):
        return (
            f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{value}" '
            f'calcext:value-type="float"{attrs}><text:p>{value}</text:p></table:table-cell>'
        )
    if value == "":
        return f'<table:table-cell table:style-name="{style}"{attrs}/>'
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string" calcext:value-type="string"'
        f"{attrs}><text:p>{escape(value)}</text:p></table:table-cell>"
    )


def ts_fods() -> str:
    """The 分配表 as LibreOffice Calc saves “Flat XML ODF Spreadsheet”: one XML file, a title cell spanning
    the eight columns (table:covered-table-cell after it), float cells whose displayed text is in text:p,
    the 合计 a SUM formula with its value, the 说明 row spanning the columns."""
    rows = [
        "<table:table-row>"
        + ods_cell(TS_FODS.removesuffix(".fods"), "ce1", 8)
        + "<table:covered-table-cell/>" * 7
        + "</table:table-row>",
        "<table:table-row>"
        + "".join(
            ods_cell(h, "ce3")
            for h in (
                "序号",
                "单位",
                "纸质档案（页）",
                "照片档案（张）",
                "录音录像（小时）",
                "测算金额（元）",
                "核定补助（元）",
                "备注",
            )
        )
        + "</table:table-row>",
    ]
    for i, ((unit, pages, photos, hours, cap), (reckoned, granted)) in enumerate(
        zip(TS_ROWS, ts_amounts(), strict=True), 1
    ):
        note = ""
        if reckoned > granted:
            note = "超过村（社区）档案室上限" if cap == 5000 else "超过单位年度上限"
        cells: list[str | int] = [i, unit, pages, photos, hours, reckoned, granted, note]
        rows.append("<table:table-row>" + "".join(ods_cell(v) for v in cells) + "</table:table-row>")
    end = len(TS_ROWS) + 2
    total = (
        f'<table:table-cell table:style-name="ce3" table:formula="of:=SUM([.G3:.G{end}])" '
        f'office:value-type="float" office:value="{ts_total()}" calcext:value-type="float">'
        f"<text:p>{ts_total()}</text:p></table:table-cell>"
    )
    rows.append(
        "<table:table-row>"
        + ods_cell("合计", "ce3", 2)
        + "<table:covered-table-cell/>"
        + ods_cell("", "ce3") * 4
        + total
        + ods_cell("", "ce3")
        + "</table:table-row>"
    )
    rows.append(
        "<table:table-row>"
        + ods_cell(
            "说明：补助资金经县档案馆验收后于2026年12月底前拨付；纸质档案每页0.3元，照片每张1元，录音录像"
            "每小时80元。",
            "ce4",
            8,
        )
        + "<table:covered-table-cell/>" * 7
        + "</table:table-row>"
    )
    columns = "".join(
        f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="Default"/>'
        for i in (1, 2, 3, 3, 3, 3, 3, 2)
    )
    body = "\n".join(rows)
    return f"""<?xml version="1.0" encoding="UTF-8"?>

<office:document {ODF_NS} office:version="1.3"
  office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 {odf_meta(TS_FODS.removesuffix(".fods"), "tsdag", "2026-07-06T15:12:09.551000000")}
 <office:styles>
  <style:default-style style:family="table-cell">
    <style:text-properties style:font-name-asian="宋体" fo:font-size="11pt"/></style:default-style>
  <style:style style:name="Default" style:family="table-cell"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="co1" style:family="table-column">
    <style:table-column-properties style:column-width="0.55in"/></style:style>
  <style:style style:name="co2" style:family="table-column">
    <style:table-column-properties style:column-width="2.1in"/></style:style>
  <style:style style:name="co3" style:family="table-column">
    <style:table-column-properties style:column-width="1.1in"/></style:style>
  <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">
    <style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>
  <style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default">
    <style:table-cell-properties fo:border="0.06pt solid #000000"/>
    <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Default">
    <style:table-cell-properties fo:wrap-option="wrap"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:calculation-settings table:automatic-find-labels="false"/>
   <table:table table:name="第一批">
{columns}
{body}
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
"""


def write_tongshan() -> None:
    write(
        f"湖北/通山县/{TS_TITLE}.html",
        portal(
            TS,
            TS_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-24",
            "通山县档案馆",
            P(TS_BODY),
            f"通档发{L}2025{R}9号",
        ),
    )
    write(f"湖北/通山县/{TS_FODS}", ts_fods())
    t = "村档案室扫描了18000页纸质档案和600张老照片，数字化补助能给多少？"
    write(
        f"湖北/通山县/领导留言板 {t}.html",
        letter(
            TS,
            "领导留言板",
            t,
            "成**（大畈镇）",
            "2026-08-03",
            """
我是大畈镇西泉村的文书。今年村里请了县档案馆推荐的公司，在村档案室现场把历年的纸质档案扫描了18000页，还有600张
老照片也一起数字化了，前后花了8000多元。请问县里的档案数字化补助，村里能拿到多少？
""",
            "通山县档案馆",
            "2026-08-07",
            """
您好！经县档案馆核实，答复如下：

根据《通山县档案数字化加工补助办法》，纸质档案按每页0.3元补助，18000页为5400元；照片档案按每张1元补助，600张为
600元；合计6000元，超过村（社区）档案室每个每年最高5000元的标准，按5000元补助。

数字化成果经县档案馆验收合格后，补助资金于12月底前拨付。请村委会整理好加工合同和验收材料。
""",
            "TSLDLY-2026-0803",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 14-17 南江县: the 档案征集 奖励办法, the 村志编纂 补助 实施方案, the 村志 资料包 (a .tar.gz made on a 麒麟
# desktop), a 县长信箱 reply on one family's 捐赠
# ---------------------------------------------------------------------------------------------------------

NJ_TITLE = "南江县档案征集和捐赠奖励办法"
NJ_BODY = """
第一条　为丰富馆藏，抢救保护散存于社会的珍贵档案资料，根据《中华人民共和国档案法》等规定，制定本办法。

第二条　征集范围：川陕革命根据地时期的红色档案和革命历史资料；反映南江历史的家谱、族谱、地契、老照片、日记
、书信
和手稿；本县企业、知名人士的档案资料；其他具有保存价值的档案资料。

第三条　征集方式为捐赠、寄存、购买和复制。寄存的，所有权仍归寄存者，由县档案馆负责保管，寄存不予奖励。

第四条　捐赠的档案由县档案馆组织专家鉴定，按下列标准奖励：

（一）一级珍贵档案，每件奖励2000元；

（二）二级珍贵档案，每件奖励800元；

（三）一般档案资料，每件奖励100元。

同一捐赠人年度累计奖励最高2万元。捐赠人同时获颁捐赠证书，并可免费获得所捐档案的复制件。

第五条　县档案馆自接收档案之日起30日内组织鉴定，并将鉴定结果书面告知捐赠人。

第六条　本办法自2026年3月1日起施行。
"""
NJ_PLAN_TITLE = "南江县村志编纂补助实施方案"
NJ_PLAN = """
为记录乡村历史、传承乡村文化、助力乡村振兴，县地方志编纂中心决定在全县开展村志编纂工作，制定本方案。

一、工作目标。2026年至2028年，每年选择一批历史文化厚重、资料基础较好的村开展村志编纂，力争三年完成30部村志。

二、补助标准。村志经市级地方志工作机构验收合格并正式出版的，按字数给予补助：30万字以上的补助5万元；20万字以上不
足30万字的补助3万元；不足20万字的补助2万元。补助分两次拨付，验收合格后拨付50%，正式出版后拨付50%。

三、编纂要求。村志上限原则上追溯至事物发端，下限至2025年底；编纂周期一般不超过2年；收录图片不少于100幅。

四、组织实施。村“两委”负责本村村志编纂，乡镇人民政府督促推进，县地方志编纂中心负责业务指导和初审。

南江县地方志编纂中心

2026年5月20日
"""
NJ_TAR = "南江县村志编纂资料.tar.gz"
NJ_TAR_NOTICE = """关于开展2026年村志编纂申报工作的通知

各乡镇人民政府：

根据《南江县村志编纂补助实施方案》，现就2026年村志编纂申报工作通知如下。

一、申报条件。村“两委”重视，有2名以上熟悉村情、具备一定文字能力的编纂人员，村史资料基础较好。

二、申报材料。村志编纂申报表、编纂工作方案、篇目初稿（参考附件篇目）。

三、申报时间。请各乡镇于2026年9月30日前将申报材料报县地方志编纂中心，逾期不予受理。今年首批确定10个村。

四、业务培训。入选村的编纂人员于2026年10月参加县地方志编纂中心组织的集中培训。

联系人：县地方志编纂中心　电话：0827-8222316

南江县地方志编纂中心
2026年6月1日
"""
NJ_TAR_OUTLINE = """村志篇目（参考）

概述
大事记
第一章　建置区划（村名由来、沿革、自然村落）
第二章　自然环境（地理、气候、自然灾害）
第三章　人口姓氏（人口变动、姓氏源流、家谱族谱）
第四章　经济（农业、林业、茶叶、集体经济）
第五章　基础设施（道路、水利、通信、住房）
第六章　红色记忆（川陕苏区时期的革命遗址、红军标语、人物事迹）
第七章　社会事业（教育、卫生、文化）
第八章　村民自治与党建
第九章　风俗民情（婚丧嫁娶、节庆、方言）
第十章　人物
附录（重要文献、碑刻、村规民约）
编后记

说明：篇目可根据本村实际增减，红色记忆章节须附照片和采访记录。
"""


def nj_tar() -> bytes:
    """The 资料包 as ``tar czf`` on a 麒麟 (Kylin) desktop writes it: a folder entry and two UTF-8 .txt files
    with LF lines in a GNU tar, the member names UTF-8, gzipped without a file name; every time fixed."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT, encoding="utf-8") as tar:
        folder = tarfile.TarInfo("村志编纂资料")
        folder.type, folder.mode = tarfile.DIRTYPE, 0o755
        members = [(folder, b"")]
        for name, text in (
            ("关于开展2026年村志编纂申报工作的通知.txt", NJ_TAR_NOTICE),
            ("村志篇目（参考）.txt", NJ_TAR_OUTLINE),
        ):
            info = tarfile.TarInfo(f"村志编纂资料/{name}")
            data = text.encode("utf-8")
            info.size, info.mode = len(data), 0o644
            members.append((info, data))
        for info, data in members:
            info.mtime, info.uid, info.gid, info.uname, info.gname = EPOCH, 1000, 1000, "njdfz", "njdfz"
            tar.addfile(info, io.BytesIO(data) if data else None)
    return gzip.compress(raw.getvalue(), compresslevel=9, mtime=EPOCH)


def write_nanjiang() -> None:
    write(
        f"四川/南江县/{NJ_TITLE}.html",
        portal(
            NJ,
            NJ_TITLE,
            "政务公开 &gt; 规范性文件",
            "2026-02-12",
            "南江县档案馆",
            P(NJ_BODY),
            f"南档发{L}2026{R}2号",
        ),
    )
    write(
        f"四川/南江县/{NJ_PLAN_TITLE}.html",
        portal(NJ, NJ_PLAN_TITLE, "政务公开 &gt; 工作动态", "2026-05-20", "南江县地方志编纂中心", P(NJ_PLAN)),
    )
    write_bytes(f"四川/南江县/{NJ_TAR}", nj_tar())
    t = "爷爷留下一张红军布告和两本老账本，捐给县档案馆有奖励吗？"
    write(
        f"四川/南江县/县长信箱 {t}.html",
        letter(
            NJ,
            "县长信箱",
            t,
            "岳**（长赤镇）",
            "2026-04-02",
            """
县长您好！我家住长赤镇，爷爷留下一张当年红军张贴的布告，还有两本民国时期的老账本。前段时间有人出5000元想收走，我没
卖，想捐给县档案馆。请问捐赠有没有奖励？能拿多少？
""",
            "南江县档案馆",
            "2026-04-10",
            """
您好！感谢您对档案事业的支持。经县档案馆组织专家上门鉴定，答复如下：

一、您家的红军布告为川陕革命根据地时期的珍贵档案，鉴定为一级珍贵档案，按《南江县档案征集和捐赠奖励办法》每件奖励
2000元；两本老账本鉴定为一般档案资料，每件奖励100元。

二、以上合计，您可获得捐赠奖励2200元，并获颁捐赠证书，县档案馆可免费为您提供复制件留存。

三、如您希望保留所有权，也可以选择寄存，但寄存不予奖励。请与县档案馆征集编研股联系，电话0827-8223605。
""",
            "NJXZXX-2026-0402",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 18-20 柞水县: the 社会体育指导员 补贴办法, the 培训班 课件 (a WPS 演示 .dps: the PowerPoint 97-2003 binary
# under WPS's own suffix), a 12345 reply on one 指导员's quarter (the 商洛 转载 is among the news)
# ---------------------------------------------------------------------------------------------------------

ZS_TITLE = "柞水县社会体育指导员管理和服务补贴办法"
ZS_BODY = """
第一条　为加强社会体育指导员队伍建设，推动全民健身活动广泛开展，根据《社会体育指导员管理办法》，结合本县实际，
制定本办法。

第二条　本办法所称社会体育指导员，是指取得国家级、一级、二级或者三级社会体育指导员技术等级称号，在本县全民健身
站点从事公益健身指导的人员。

第三条　社会体育指导员应当在县体育运动中心备案的健身站点开展指导服务，每月服务不少于8次，每次不少于1小时。

第四条　服务补贴标准：三级、二级社会体育指导员每次服务补贴30元，一级及以上社会体育指导员每次服务补贴50元；每人
每月最高补贴600元。每月服务不足8次的，当月不予补贴。

第五条　服务次数以“柞水全民健身”小程序的签到记录为准。

第六条　补贴按季度发放，于每季度结束后次月15日前发放至本人社会保障卡。

第七条　虚报服务次数或者利用指导活动收取费用的，取消补贴资格，追回已发放的补贴。

第八条　本办法自2026年1月1日起施行。
"""
ZS_DPS = "柞水县2026年三级社会体育指导员培训班.dps"
ZS_SLIDES = [
    ("柞水县2026年三级社会体育指导员培训班", ["柞水县体育运动中心　2026年6月"]),
    (
        "一、报名条件",
        [
            "年满18周岁，身体健康，热爱全民健身事业",
            "初中以上文化程度，有一项以上健身技能特长",
            "每个镇（街道）推荐不少于10人",
        ],
    ),
    (
        "二、培训安排",
        [
            "时间：2026年7月6日至7月10日",
            "地点：柞水县全民健身中心三楼多功能厅",
            "内容：健身气功、广场舞、太极拳、科学健身知识，共32学时",
            "食宿免费，交通费自理",
        ],
    ),
    (
        "三、考核发证",
        [
            "理论考试和技能考核均合格的，颁发三级社会体育指导员证书",
            "取得证书后1个月内到所在镇（街道）健身站点报到",
        ],
    ),
    ("四、咨询", ["柞水县体育运动中心　电话：0914-4312568"]),
    ("谢谢！", ["Zhashui County Sports Center, Tel: 0914-4312568"]),
]


def ppt_bytes(slides: list[tuple[str, list[str]]], user: str) -> bytes:
    """A PowerPoint 97-2003 binary as WPS 演示 writes it under .dps: the “PowerPoint Document” stream (a
    DocumentContainer whose SlideListWithText holds each slide's SlidePersistAtom, TextHeaderAtoms and text
    atoms; a SlideContainer per slide; a PersistDirectoryAtom and a UserEditAtom) and the “Current User”
    stream, in an OLE2 compound file."""
    slist = b""
    for i, (title, lines) in enumerate(slides):
        slist += rec(0x03F3, struct.pack("<IIiII", i + 2, 0, len(lines) + 1, 256 + i, 0))
        slist += rec(0x0F9F, struct.pack("<I", 0)) + text_atom(title)
        slist += rec(0x0F9F, struct.pack("<I", 1)) + text_atom("\r".join(lines))
    doc_atom = rec(
        0x03E9, struct.pack("<iiiiIIHHbbbb", 5760, 4320, 5760, 7200, 0, 0, 1, 0, 0, 0, 0, 0) + bytes(10)
    )
    stream = container(0x03E8, doc_atom, container(0x0FF0, slist), rec(0x03EA, b""))
    offsets = [0]
    for _ in slides:
        offsets.append(len(stream))
        slide_atom = rec(0x03EF, struct.pack("<I8sIIHH", 0, bytes(8), 0x80000000, 0, 0x0001, 0), ver=2)
        stream += container(0x03EE, slide_atom, container(0x040C, b""))
    persist_offset = len(stream)
    persist = struct.pack("<I", 1 | (len(offsets) << 20)) + struct.pack(f"<{len(offsets)}I", *offsets)
    stream += rec(0x1772, persist)
    user_edit_offset = len(stream)
    stream += rec(
        0x0FF5, struct.pack("<IHBBIIIIHH", 256, 0, 0, 3, 0, persist_offset, 1, len(offsets) + 1, 1, 0)
    )
    atom = struct.pack("<IIIHHBBH", 0x14, 0xE391C05F, user_edit_offset, len(user), 0x03F4, 3, 0, 0)
    current = rec(0x0FF6, atom + user.encode("ascii") + struct.pack("<I", 8))
    return compound_file({"PowerPoint Document": stream, "Current User": current})


def write_zhashui() -> None:
    write(
        f"陕西/柞水县/{ZS_TITLE}.html",
        portal(
            ZS,
            ZS_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-29",
            "柞水县体育运动中心",
            P(ZS_BODY),
            f"柞体发{L}2025{R}8号",
        ),
    )
    write_bytes(f"陕西/柞水县/{ZS_DPS}", ppt_bytes(ZS_SLIDES, "zsty"))
    t = "一级社会体育指导员每月带14次广场舞，一个季度能领多少补贴？"
    write(
        f"陕西/柞水县/12345 {t}.html",
        letter(
            ZS,
            "12345热线",
            t,
            "汪**（乾佑街道）",
            "2026-04-20",
            """
我是一级社会体育指导员，在乾佑街道的健身广场带广场舞队，队里有60多人。今年一季度每个月都带了14次，每次一个半小时，
小程序上都签了到。请问按县里的办法，我一季度能领多少补贴？什么时候发？
""",
            "柞水县体育运动中心",
            "2026-04-23",
            """
您好！经核实，答复如下：

根据《柞水县社会体育指导员管理和服务补贴办法》，一级及以上社会体育指导员每次服务补贴50元，每人每月最高600元。您每月
服务14次，按次计算为700元，超过每月最高标准，按600元发放。一季度3个月合计1800元。

一季度补贴原定于4月15日前发放，因系统升级推迟，预计4月30日前发放至您的社会保障卡，请注意查收。
""",
            "ZS12345-20260420-0311",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 21-23 赫章县: the 学校体育场地 开放 补助办法, the 补助资金分配表 (an .xlsb: Excel's binary workbook, BIFF12
# records in a zip), the 申请表 as a Word template (.dotx)
# ---------------------------------------------------------------------------------------------------------

HZ_TITLE = "赫章县学校体育场地向社会开放补助办法"
HZ_BODY = """
第一条　为推动学校体育场地向社会开放，缓解群众“健身去哪儿”难题，根据《全民健身条例》等规定，结合本县实际，制定
本办法。

第二条　具备开放条件的公办中小学校，在保证校园安全和正常教学秩序的前提下，于节假日、寒暑假和工作日课后向社会开
放室外体育场地。

第三条　开放时间每周累计不少于14小时，寒暑假期间每天不少于4小时。开放时段须在校门口公示。

第四条　室外场地免费开放。室内体育馆、游泳池可适当收费，收费标准报县发展和改革局备案，游泳池每人次不超过15元。

第五条　开放学校每所每年补助2万元，用于管理人员劳务、水电和设施维护；同时开放室内场馆的，每所再补助1万元。公众
责任保险由县教育科技局统一购买，学校不另行支出。

第六条　入校健身人员须通过“赫章智慧体育”小程序实名预约，凭预约码入校。

第七条　县教育科技局会同县文体广电旅游局对开放学校进行年度考核，考核不合格的，收回当年补助。

第八条　本办法自2026年1月1日起施行。
"""
HZ_XLSB = "赫章县2026年学校体育场地开放补助资金分配表.xlsb"
HZ_HEAD = [
    "序号",
    "乡镇（街道）",
    "学校",
    "开放场地",
    "每周开放时长（小时）",
    "室内场馆开放",
    "补助资金（元）",
]
HZ_ROWS = [
    ("城关镇", "赫章县第一中学", "田径场、篮球场", 21, "体育馆"),
    ("城关镇", "赫章县第二中学", "田径场、篮球场", 18, "—"),
    ("城关镇", "赫章县城关第一小学", "篮球场、乒乓球台", 14, "—"),
    ("白果街道", "赫章县第三中学", "田径场、足球场", 18, "游泳池"),
    ("白果街道", "赫章县白果小学", "篮球场", 14, "—"),
    ("双河街道", "赫章县民族中学", "田径场、篮球场", 16, "体育馆"),
    ("妈姑镇", "妈姑镇中学", "田径场", 14, "—"),
    ("财神镇", "财神镇中学", "篮球场、足球场", 14, "—"),
    ("野马川镇", "野马川镇中学", "田径场、篮球场", 16, "体育馆"),
    ("可乐彝族苗族乡", "可乐中学", "篮球场", 14, "—"),
    ("六曲河镇", "六曲河镇中学", "田径场", 14, "—"),
    ("古达苗族彝族乡", "古达中学", "篮球场", 14, "体育馆"),
]
HZ_NOTE = (
    "说明：补助资金分两次拨付，2026年4月30日前拨付60%，年度考核合格后拨付40%；考核不合格的收回当年补助。"
)


def hz_grant(indoor: str) -> int:
    return 20000 if indoor == "—" else 30000


def hz_total() -> int:
    return sum(hz_grant(r[4]) for r in HZ_ROWS)


def brt(rtype: int, payload: bytes = b"") -> bytes:
    """A BIFF12 record: its type in one or two bytes of seven bits, its size in up to four, its payload."""
    head = bytes([rtype]) if rtype < 0x80 else bytes([(rtype & 0x7F) | 0x80, rtype >> 7])
    size, n = b"", len(payload)
    while True:
        if n >= 0x80:
            size += bytes([(n & 0x7F) | 0x80])
            n >>= 7
        else:
            size += bytes([n])
            break
    return head + size + payload


def wide(text: str) -> bytes:
    """XLWideString: a 32-bit count of UTF-16 code units, then the UTF-16 LE text."""
    data = text.encode("utf-16-le")
    return struct.pack("<I", len(data) // 2) + data


def nullable(text: str) -> bytes:
    return wide(text) if text else b"\xff\xff\xff\xff"


def xlsb_cell(col: int, style: int) -> bytes:
    return struct.pack("<I", col) + struct.pack("<I", style & 0xFFFFFF)


def xlsb_sheet(rows: list[list[str | int | None]], strings: dict[str, int], merges: list[tuple]) -> bytes:
    """xl/worksheets/sheet1.bin: BrtBeginSheet, the dimension, one sheet view, the column widths, the
    sheet data (a BrtRowHdr per row; BrtCellIsst for shared strings, BrtCellRk for integers), the merged
    cells, the margins, BrtEndSheet."""
    ncol = max(len(r) for r in rows)
    out = brt(0x81) + brt(0x94, struct.pack("<iiii", 0, len(rows) - 1, 0, ncol - 1))
    view = struct.pack("<HIIIBBHHHHHI", 0x3DC, 0, 0, 0, 64, 0, 0, 100, 0, 0, 0, 0)
    out += brt(0x85) + brt(0x89, view) + brt(0x8A) + brt(0x86)
    out += brt(0x186)
    for c, width in enumerate((6, 16, 20, 18, 12, 12, 14)):
        out += brt(0x3C, struct.pack("<iiIIH", c, c, width * 256, 0, 0x02))
    out += brt(0x187) + brt(0x91)
    for r, row in enumerate(rows):
        title = r == 0
        out += brt(
            0x00,
            struct.pack(
                "<IIHBBBIII", r, 0, 450 if title else 300, 0, 0x20 if title else 0, 0, 1, 0, ncol - 1
            ),
        )
        for c, value in enumerate(row):
            style = 1 if title else 0
            if value is None:
                continue
            if isinstance(value, int):
                out += brt(0x02, xlsb_cell(c, style) + struct.pack("<I", (value << 2) | 0x02))
            else:
                out += brt(0x07, xlsb_cell(c, style) + struct.pack("<I", strings[value]))
    out += brt(0x92)
    out += brt(0xB1, struct.pack("<I", len(merges)))
    for m in merges:
        out += brt(0xB0, struct.pack("<iiii", *m))
    out += brt(0xB2)
    out += brt(0x1DC, struct.pack("<6d", 0.7, 0.7, 0.75, 0.75, 0.3, 0.3))
    return out + brt(0x82)


def xlsb_styles() -> bytes:
    """xl/styles.bin: two fonts (宋体 11 and bold 16), the two obligatory fills, one border, one style XF, two
    cell XFs (the second centred, bold) and the 常规 cell style."""

    def font(size: int, bold: bool) -> bytes:
        return (
            struct.pack("<HHHHBBBB", size * 20, 0, 0x2BC if bold else 0x190, 0, 0, 2, 134, 0)
            + bytes([0x06, 0x01, 0, 0, 0, 0, 0, 0])
            + bytes([0])
            + wide("宋体")
        )

    def fill(pattern: int) -> bytes:
        return struct.pack("<I", pattern) + bytes(8) + bytes(8) + bytes(48)

    def xf(parent: int, font_id: int, align: int) -> bytes:
        return struct.pack("<HHHHHBBHH", parent, 0, font_id, 0, 0, 0, 0, align | (2 << 3) | (1 << 12), 0)

    out = brt(0x116)
    out += (
        brt(0x263, struct.pack("<I", 2)) + brt(0x2B, font(11, False)) + brt(0x2B, font(16, True)) + brt(0x264)
    )
    out += brt(0x25B, struct.pack("<I", 2)) + brt(0x2D, fill(0)) + brt(0x2D, fill(17)) + brt(0x25C)
    out += brt(0x265, struct.pack("<I", 1)) + brt(0x2E, bytes(51)) + brt(0x266)
    out += brt(0x272, struct.pack("<I", 1)) + brt(0x2F, xf(0xFFFF, 0, 0)) + brt(0x273)
    out += brt(0x269, struct.pack("<I", 2)) + brt(0x2F, xf(0, 0, 0)) + brt(0x2F, xf(0, 1, 2)) + brt(0x26A)
    out += brt(0x26B, struct.pack("<I", 1)) + brt(
        0x30, struct.pack("<IHBB", 0, 1, 0, 0xFF) + nullable("常规")
    )
    out += brt(0x26C)
    out += brt(0x1F9, struct.pack("<I", 0)) + brt(0x1FA)
    out += brt(0x1FC, struct.pack("<I", 0) + nullable("TableStyleMedium2") + nullable("PivotStyleLight16"))
    return out + brt(0x1FD) + brt(0x117)


def hz_xlsb() -> bytes:
    """The 分配表 as Excel saves “Excel 二进制工作簿”: [Content_Types].xml and the relationships are XML,
    every other part BIFF12 records — workbook.bin (file version, workbook properties, a book view, the
    sheet bundle), sheet1.bin, sharedStrings.bin (BrtSSTItem rich strings), styles.bin."""
    rows: list[list[str | int | None]] = [[HZ_XLSB.removesuffix(".xlsb")] + [None] * 6, list(HZ_HEAD)]
    for i, (town, school, fields, hours, indoor) in enumerate(HZ_ROWS, 1):
        rows.append([i, town, school, fields, hours, indoor, hz_grant(indoor)])
    rows.append(["合计", None, None, None, None, None, hz_total()])
    rows.append([HZ_NOTE] + [None] * 6)
    strings: dict[str, int] = {}
    count = 0
    for row in rows:
        for v in row:
            if isinstance(v, str):
                count += 1
                strings.setdefault(v, len(strings))
    end = len(rows) - 1
    merges = [(0, 0, 0, 6), (end - 1, end - 1, 0, 5), (end, end, 0, 6)]
    sst = brt(0x9F, struct.pack("<II", count, len(strings)))
    for s in strings:
        sst += brt(0x13, b"\x00" + wide(s))
    sst += brt(0xA0)
    book = brt(0x83)
    book += brt(0x80, bytes(16) + wide("xl") + wide("7") + wide("7") + wide("27328"))
    book += brt(0x99, struct.pack("<II", 0, 166925) + wide("ThisWorkbook"))
    book += brt(0x87) + brt(0x9E, struct.pack("<iiIIIIIB", 0, 460, 28800, 17600, 600, 0, 0, 0x78)) + brt(0x88)
    book += brt(0x8F) + brt(0x9C, struct.pack("<II", 0, 1) + nullable("rId1") + wide("分配表")) + brt(0x90)
    book += brt(0x84)
    types = (
        XML
        + f'<Types xmlns="{CT}"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.'
        f'macroEnabled.main"/><Default Extension="rels" {CT_RELS}/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/worksheets/sheet1.bin" '
        'ContentType="application/'
        'vnd.ms-excel.worksheet"/><Override PartName="/xl/styles.bin" ContentType="application/vnd.ms-excel.'
        'styles"/><Override PartName="/xl/sharedStrings.bin" ContentType="application/vnd.ms-excel.'
        f'sharedStrings"/><Override PartName="/docProps/core.xml" ContentType="{CT_CORE}"/>'
        f'<Override PartName="/docProps/app.xml" ContentType="{CT_APP}"/></Types>'
    )
    return package(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", root_rels("xl/workbook.bin")),
            (
                "xl/_rels/workbook.bin.rels",
                rels(
                    [
                        ("rId1", f"{OFC_REL}/worksheet", "worksheets/sheet1.bin"),
                        ("rId2", f"{OFC_REL}/styles", "styles.bin"),
                        ("rId3", f"{OFC_REL}/sharedStrings", "sharedStrings.bin"),
                    ]
                ),
            ),
            ("xl/workbook.bin", book),
            ("xl/worksheets/sheet1.bin", xlsb_sheet(rows, strings, merges)),
            ("xl/styles.bin", xlsb_styles()),
            ("xl/sharedStrings.bin", sst),
            ("docProps/core.xml", core_xml(HZ_XLSB.removesuffix(".xlsb"), "hzjkj", "2026-03-18T07:45:00Z")),
            ("docProps/app.xml", app_xml("Microsoft Excel")),
        ]
    )


HZ_DOTX = "赫章县学校体育场地开放补助申请表.dotx"
HZ_FORM = [
    ["学校名称", "", "所在乡镇（街道）", ""],
    ["开放场地", "", "场地面积（㎡）", ""],
    ["开放时段", "", "每周开放时长（小时）", ""],
    ["室内场馆及收费标准", "", "管理人员（姓名、电话）", ""],
    ["申请补助金额（元）", "", "学校负责人（签字）", ""],
    ["乡镇（街道）意见", "（盖章）　　年　月　日", "县教育科技局意见", "（盖章）　　年　月　日"],
]
HZ_FORM_NOTES = [
    "填表说明：",
    "1\uff0e本表一式两份，于每年1月31日前报县教育科技局体育卫生艺术股，逾期视为放弃当年补助。",
    "2\uff0e开放场地须配备不少于2名管理人员，并配备急救箱；有条件的学校配备AED。",
    "3\uff0e须附开放时段公示照片、安全应急预案和上年度开放记录。",
    "4\uff0e同时开放室内场馆的，须附收费标准备案回执。",
]


def w_table(rows: list[list[str]]) -> str:
    grid = "".join('<w:gridCol w:w="2074"/>' for _ in rows[0])
    body = ""
    for row in rows:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="2074" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">'
            f"{escape(c)}</w:t></w:r></w:p></w:tc>"
            for c in row
        )
        body += f'<w:tr><w:trPr><w:trHeight w:val="680"/></w:trPr>{cells}</w:tr>'
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="8296" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


def w_para(text: str, center: bool = False, bold: bool = False, size: int = 0) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def hz_dotx() -> bytes:
    """The 申请表 as a Word template (“Word 模板 (*.dotx)”), the 附件 the 教育科技局 posts for schools to
    fill in: the main part's content type …wordprocessingml.template.main+xml, docProps/app.xml naming its
    template, a form table and the 填表说明 paragraphs."""
    parts = [
        w_para("附件", bold=True),
        w_para(HZ_DOTX.removesuffix(".dotx"), center=True, bold=True, size=36),
    ]
    parts.append(w_para("（2026年度）", center=True))
    parts.append(w_table(HZ_FORM))
    parts += [w_para(t) for t in HZ_FORM_NOTES]
    document = XML + f"<w:document {WNS}><w:body>{''.join(parts)}{SECT}</w:body></w:document>"
    types = (
        XML + f'<Types xmlns="{CT}"><Default Extension="rels" {CT_RELS}/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/>'
        f'<Override PartName="/docProps/core.xml" ContentType="{CT_CORE}"/>'
        f'<Override PartName="/docProps/app.xml" ContentType="{CT_APP}"/></Types>'
    )
    return package(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", root_rels("word/document.xml")),
            ("word/document.xml", document),
            ("docProps/core.xml", core_xml(HZ_DOTX.removesuffix(".dotx"), "hzjkj", "2026-01-05T02:30:00Z")),
            ("docProps/app.xml", app_xml("Microsoft Office Word", "Normal.dotm")),
        ]
    )


def write_hezhang() -> None:
    write(
        f"贵州/赫章县/{HZ_TITLE}.html",
        portal(
            HZ,
            HZ_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-30",
            "赫章县教育科技局",
            P(HZ_BODY),
            f"赫教科发{L}2025{R}47号",
        ),
    )
    write_bytes(f"贵州/赫章县/{HZ_XLSB}", hz_xlsb())
    write_bytes(f"贵州/赫章县/{HZ_DOTX}", hz_dotx())


# ---------------------------------------------------------------------------------------------------------
# 24-27 灵山县: the 体育赛事活动 奖励办法 beside its 征求意见稿 with other figures, the 暑期 青少年 免费培训
# 通知 (.docx whose 招生名额 are only in a chart's cached values, the workbook linked, not embedded), a 12345
# reply
# ---------------------------------------------------------------------------------------------------------

LS_TITLE = "灵山县体育赛事活动奖励办法"
LS_DRAFT_TITLE = f"关于公开征求《{LS_TITLE}（征求意见稿）》意见的公告"


def ls_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
第一条　为鼓励社会力量举办体育赛事活动，促进体育消费和体育产业发展，提升“荔乡灵山”影响力，结合本县实际，制定本
办法。

第二条　奖励对象为在本县举办体育赛事活动的企业、社会组织和体育协会。政府全额出资的赛事不予奖励。

第三条　办赛奖励标准：

（一）国际性赛事奖励{f("20万元", "15万元")}；

（二）全国性赛事奖励{f("10万元", "8万元")}；

（三）自治区级赛事奖励{f("5万元", "4万元")}；

（四）钦州市级赛事奖励{f("2万元", "1.5万元")}。

参赛人数{f("1000人", "2000人")}以上的马拉松、自行车、龙舟等群众性赛事，另奖励{f("3万元", "2万元")}。

第四条　代表本县参加自治区运动会获得个人项目第一名的运动员奖励5000元，第二名奖励3000元，第三名奖励2000元。

第五条　办赛单位应当在赛事结束后3个月内向县文化体育和旅游局申请，提交赛事批复或者备案文件、参赛名单、赛事
总结和
财务审计报告。

第六条　同一赛事同时符合多个等级的，按最高等级奖励，不重复奖励。

第七条　本办法自{f("2026年4月1日", "2026年1月1日")}起施行。
"""


LS_NOTICE = f"""
各乡镇人民政府，县直各有关单位：

《{LS_TITLE}》已经县人民政府同意，现印发给你们，请认真贯彻执行。

灵山县人民政府办公室

2026年3月20日
"""
LS_DRAFT_LEAD = f"""
为鼓励社会力量办赛，县文化体育和旅游局起草了《{LS_TITLE}（征求意见稿）》，现向社会公开征求意见。

征求意见时间：2025年11月10日至2025年12月9日。意见请发送至lsxwtlj@163.com。

灵山县文化体育和旅游局

2025年11月10日
"""
LS_DOCX = "灵山县文化体育和旅游局关于举办2026年暑期青少年体育免费培训的通知.docx"
LS_DOCX_TEXT = [
    "各乡镇人民政府，县教育局，各中小学校：",
    "为丰富青少年暑期生活，增强青少年体质，县文化体育和旅游局联合县教育局举办2026年暑期青少年体育免费培训，现将有关"
    "事项通知如下。",
    "一、培训对象：本县7至15周岁的中小学生。",
    "二、培训时间：2026年7月13日至8月14日，每周一至周五下午3时至5时。",
    "三、培训项目和名额：开设游泳、篮球、足球、武术、乒乓球5个项目，各项目招生名额见下图。",
    "四、报名方式：2026年7月1日至7月5日通过“灵山体育”微信公众号报名，每人限报1个项目，额满即止。游泳项目须提供体检"
    "证明。",
    "五、其他事项：培训免费，意外伤害保险由主办方统一购买；学员自备运动服装，往返交通由家长负责。",
    "联系电话：0777-6512730",
]
LS_CHART = [("游泳", 200), ("篮球", 120), ("足球", 100), ("武术", 80), ("乒乓球", 60)]
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def ls_chart_xml() -> str:
    """word/charts/chart1.xml: a clustered column chart, its series name, categories and values only in
    the c:strCache / c:numCache of references into a linked workbook (c:externalData, autoUpdate off), the
    values under the format 0"名" and shown as data labels."""
    cats = "".join(f'<c:pt idx="{i}"><c:v>{name}</c:v></c:pt>' for i, (name, _) in enumerate(LS_CHART))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{n}</c:v></c:pt>' for i, (_, n) in enumerate(LS_CHART))
    n = len(LS_CHART)
    fmt = "0&quot;名&quot;"
    title = "2026年暑期青少年体育免费培训各项目招生名额"
    return (
        XML + f'<c:chartSpace xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{OFC_REL}">'
        '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx>'
        "<c:rich>"
        '<a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" '
        f'altLang="en-US" sz="1400" b="1"/><a:t>{title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>'
        '</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>'
        '<c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>'
        '<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>招生名额'
        '</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="2E75B6"/>'
        "</a:solidFill>"
        f'</c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:numFmt formatCode="{fmt}" sourceLinked="1"/>'
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
        '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
        f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val="{n}"/>{cats}'
        f"</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B${n + 1}</c:f><c:numCache>"
        f'<c:formatCode>{fmt}</c:formatCode><c:ptCount val="{n}"/>{vals}</c:numCache></c:numRef></c:val>'
        '</c:ser><c:gapWidth val="120"/><c:axId val="508912336"/><c:axId val="508915616"/></c:barChart>'
        '<c:catAx><c:axId val="508912336"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>'
        '<c:tickLblPos val="nextTo"/><c:crossAx val="508915616"/><c:crosses val="autoZero"/><c:auto val="1"/>'
        '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx>'
        '<c:axId val="508915616"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/>'
        f'<c:axPos val="l"/><c:numFmt formatCode="{fmt}" sourceLinked="1"/><c:tickLblPos val="nextTo"/>'
        '<c:crossAx val="508912336"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
        '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
    )


def ls_docx() -> bytes:
    """The 通知 with its chart pasted from Excel with the data linked (“保留源格式和链接数据”): document.xml
    holds the text and an inline w:drawing whose graphicData is only a c:chart r:id; the chart part's
    relationship to its workbook is an external file:/// link on the 体育股 computer, so the figures are in
    the chart's caches and nowhere else in the package."""
    inline = (
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" '
        'distR="0"><wp:extent cx="5274310" cy="3076575"/><wp:effectExtent l="0" t="0" r="2540" b="9525"/>'
        '<wp:docPr id="1" name="图表 1"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{C_NS}"><c:chart xmlns:c="{C_NS}" '
        f'xmlns:r="{OFC_REL}" r:id="rId2"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    )
    parts = [w_para(LS_DOCX.removesuffix(".docx"), center=True, bold=True, size=36)]
    for text in LS_DOCX_TEXT:
        parts.append(w_para(text))
        if text.startswith("三、"):
            parts.append(inline)
    parts += [w_para("灵山县文化体育和旅游局"), w_para("2026年6月22日")]
    document = (
        XML + f'<w:document {WNS} xmlns:wp="{WP_NS}"><w:body>{"".join(parts)}{SECT}</w:body></w:document>'
    )
    types = (
        XML + f'<Types xmlns="{CT}"><Default Extension="rels" {CT_RELS}/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/'
        'charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
        f'<Override PartName="/docProps/core.xml" ContentType="{CT_CORE}"/>'
        f'<Override PartName="/docProps/app.xml" ContentType="{CT_APP}"/></Types>'
    )
    link = "file:///D:\\体育股\\2026暑期培训\\招生名额.xlsx"
    chart_rels = (
        XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{OFC_REL}/oleObject" Target="{escape(link)}" TargetMode="External"/>'
        "</Relationships>"
    )
    return package(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", root_rels("word/document.xml")),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", rels([("rId2", f"{OFC_REL}/chart", "charts/chart1.xml")])),
            ("word/charts/chart1.xml", ls_chart_xml()),
            ("word/charts/_rels/chart1.xml.rels", chart_rels),
            ("docProps/core.xml", core_xml(LS_DOCX.removesuffix(".docx"), "lswtl", "2026-06-22T03:05:00Z")),
            ("docProps/app.xml", app_xml("Microsoft Office Word")),
        ]
    )


def write_lingshan() -> None:
    write(
        f"广西/灵山县/{LS_TITLE}.html",
        portal(
            LS,
            f"灵山县人民政府办公室关于印发《{LS_TITLE}》的通知",
            "政务公开 &gt; 政策文件",
            "2026-03-20",
            "灵山县人民政府办公室",
            P(LS_NOTICE) + f"\n<p style='text-align:center'><b>{LS_TITLE}</b></p>\n" + P(ls_articles(False)),
            f"灵政办规{L}2026{R}2号",
        ),
    )
    write(
        f"广西/灵山县/{LS_DRAFT_TITLE}.html",
        portal(
            LS,
            LS_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2025-11-10",
            "灵山县文化体育和旅游局",
            P(LS_DRAFT_LEAD)
            + f"\n<p style='text-align:center'><b>{LS_TITLE}（征求意见稿）</b></p>\n"
            + P(ls_articles(True))
            + "\n<div class='zt'>征集状态：已结束</div>",
        ),
    )
    write_bytes(f"广西/灵山县/{LS_DOCX}", ls_docx())
    t = "协会办了自治区级的荔枝半程马拉松，1500人参赛，县里能奖励多少？"
    write(
        f"广西/灵山县/12345 {t}.html",
        letter(
            LS,
            "12345热线",
            t,
            "黄**（灵城街道）",
            "2026-06-02",
            """
我是县田径协会的负责人。协会今年5月在县城办了灵山荔枝半程马拉松，是自治区田径协会批准的自治区级赛事，报名参赛的有
1500人，前前后后花了60多万元，主要是社会赞助。听说县里出台了赛事奖励办法，我们能拿到多少奖励？
""",
            "灵山县文化体育和旅游局",
            "2026-06-05",
            """
您好！经县文化体育和旅游局核实，答复如下：

一、根据《灵山县体育赛事活动奖励办法》，自治区级赛事奖励5万元；参赛人数1000人以上的马拉松等群众性赛事，另奖励3万元。
贵协会举办的半程马拉松两项合计8万元。

二、请在赛事结束后3个月内，即8月底前，提交赛事批复文件、参赛名单、赛事总结和财务审计报告。

感谢贵协会为全民健身作出的贡献！
""",
            "LS12345-20260602-0519",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 28-33 新闻: five roundups (each measure's second region, planned-only regions, regions in passing) and the
# 商洛新闻网's 转载 of the 柞水 办法 (cut after 第三条)
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 社会")


N1_TITLE = "人防工程建得好 更要用得好 驻马店牡丹江两地推进人防建设惠民"
N1 = news(
    N1_TITLE,
    "中国国防报网",
    "2026-09-25 09:30　来源：中国国防报网　记者：范立新　通讯员：刘洋",
    """
人防工程既是战时的“地下长城”，也是平时的民生设施。今年以来，河南驻马店、黑龙江牡丹江一些县市在人防建设上既“减负
”又“盘活”。

驻马店遂平县3月起施行结建式人防工程易地建设费减免办法，公办学校、保障性住房等项目免收，民办非营利性学校、幼儿园
减半收取。驻马店确山县也已对保障性住房、公益性项目减免人防易地建设费。驻马店上蔡县人防办表示，上蔡拟于年内出台易
地建设费减免办法。

9月19日全民国防教育日，遂平县在县城和各乡镇进行了防空警报试鸣，6所学校同步开展疏散演练。驻马店泌阳县也于同日组织
了防空警报试鸣。

牡丹江宁安市对平时用作公共停车场、社区活动室的地下人防工程给予补贴，每平方米每年最高补贴20元。牡丹江海林市也已对
地下人防工程平战结合开发利用给予补贴。牡丹江穆棱市计划明年出台平战结合补贴政策。

“车有地方停了，老人也有了活动室。”宁安市江南华府小区的居民说。汝南县的人防干部专程到遂平观摩试鸣；东宁市的一家
物业企业也到宁安学习人防车库管理经验。
""",
    "京ICP备05049021号",
    ["国家人防办部署人防工程维护管理", "全民国防教育日各地开展防空演练"],
)

N2_TITLE = "房子抗震了 台站保护了 天水扎实推进防震减灾"
N2 = news(
    N2_TITLE,
    "天水在线",
    "2026-07-10 15:20　来源：天水在线　记者：王晓燕",
    """
天水地处南北地震带，防震减灾关系群众生命财产安全。今年，天水多个县区在农房抗震和地震监测上持续发力。

天水秦安县对农村民居抗震改造给予补助，拆除重建的每户补助2.5万元，加固改造的每户补助1.2万元，今年计划改造1260户。
天水甘谷县也已实施农村民居抗震改造补助，上半年完成改造800多户。天水张家川回族自治县住建局表示，张家川将于明年启
动农村民居抗震改造补助。

秦安县4月发布保护地震监测设施和地震观测环境的通告，在秦安地震台半径1000米范围内禁止爆破、采石。天水武山县也已划定
地震观测环境保护范围，并对破坏监测设施的行为进行查处。

“新房子有圈梁、有构造柱，住着踏实。”秦安县莲花镇的村民说。麦积区的地震工作者也到秦安交流台站管理经验。
""",
    "陇ICP备09001857号",
    ["甘肃推进地震易发区房屋设施加固", "地震监测预报预警能力提升"],
)

N3_TITLE = "档案数字化 红色档案征集 村志编纂 咸宁巴中两地守护城乡记忆"
N3 = news(
    N3_TITLE,
    "中国档案资讯网",
    "2026-06-18 10:45　来源：中国档案资讯网　作者：陈思远",
    """
把纸质档案变成数字档案，把散落民间的珍贵档案征集进馆，为村庄立志存史。湖北咸宁、四川巴中一些县在档案和地方志工作
上各有探索。

咸宁通山县今年起对档案数字化加工给予补助，纸质档案按每页0.3元补助。咸宁崇阳县也已对机关和乡镇档案数字化给予补助
。咸宁通城县档案馆表示，通城拟于明年出台档案数字化补助政策。

巴中南江县施行档案征集和捐赠奖励办法，捐赠一级珍贵档案每件奖励2000元。巴中通江县也已开展红色档案征集，并对捐赠
者给予奖励。

南江县还启动村志编纂，村志正式出版的最高补助5万元。巴中平昌县也已对村志编纂给予补助，已有6部村志出版。巴中恩阳区
将于明年启动村志编纂补助。

“爷爷留下的红军布告有了好归宿。”南江县长赤镇的一位捐赠者说。嘉鱼县的档案工作者也到通山学习数字化经验；巴州区的
方志专家参与了南江村志篇目的论证。
""",
    "京ICP备10036825号",
    ["国家档案局推进档案数字化转型", "全国村志编纂工作经验交流"],
)

N4_TITLE = "健身有人教 场地家门口 商洛毕节多地完善全民健身服务"
N4 = news(
    N4_TITLE,
    "中国体育报网",
    "2026-08-08 08:50　来源：中国体育报网　记者：李明哲",
    """
8月8日是全民健身日。陕西商洛、贵州毕节一些县在社会体育指导员队伍和健身场地开放上下功夫。

商洛柞水县对在健身站点开展公益指导的社会体育指导员发放服务补贴，三级、二级指导员每次补贴30元。商洛镇安县也已向社
会体育指导员发放服务补贴。商洛山阳县体育部门表示，山阳计划下半年出台社会体育指导员补贴办法。

毕节赫章县推动学校体育场地向社会开放，开放学校每所每年补助2万元，今年已有12所学校开放。毕节威宁县也已对向社会开放
体育场地的学校给予补助。毕节纳雍县拟于明年推行学校体育场地开放补助。

“晚上到学校操场跑步，方便又安全。”赫章县城的一位居民说。丹凤县的社会体育指导员也到柞水参加了交流活动；织金县的
教育部门来赫章考察了场地开放管理。
""",
    "京ICP备05002139号",
    ["国家体育总局部署全民健身日活动", "推进公共体育场馆和学校场地开放"],
)

N5_TITLE = "以赛促旅 暑期练兵 钦州多地激发体育活力"
N5 = news(
    N5_TITLE,
    "广西新闻网",
    "2026-08-20 16:10　来源：广西新闻网　记者：梁海燕",
    """
办赛事、育新苗，广西钦州一些县区把体育作为惠民和促进消费的抓手。

钦州灵山县4月起施行体育赛事活动奖励办法，社会力量举办自治区级赛事奖励5万元，参赛1000人以上的群众性赛事另奖3万元。
钦州浦北县也已对社会力量举办体育赛事给予奖励。钦州钦北区文体部门表示，钦北将于年内出台赛事奖励办法。

灵山县今年暑期举办青少年体育免费培训，开设游泳、篮球等5个项目。钦州钦南区也已举办暑期青少年体育免费培训，1000
多名中小学生参加。

“孩子暑假学会了游泳，还不花钱。”灵山县一位家长说。合浦县的跑友也专程来灵山参加荔枝半程马拉松。
""",
    "桂ICP备05001488号",
    ["广西推动体育赛事经济发展", "暑期青少年体育活动丰富多彩"],
)


def zs_repost() -> str:
    """The 商洛 news site's 转载: an editor's lead and 第一条 to 第三条 of the 柞水 办法, nothing after."""
    items = J(ZS_BODY)
    title = "柞水出台社会体育指导员管理和服务补贴办法"
    kept = "\n".join(f"<p>{a}</p>" for a in items[:3])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_商洛新闻网</title></head>
<body>
<div class="head"><a>商洛新闻网</a> <a>首页</a> <a>县区</a> <a>民生</a> <a>文体</a></div>
<div class="position">当前位置：首页 &gt; 县区新闻</div>
<div class="main"><h1>{title}</h1>
<div class="src">来源：柞水县人民政府网　时间：2026-01-05 10:36　编辑：杜娟</div>
<p>近日，柞水县印发《{ZS_TITLE}》，自2026年1月1日起施行。现将部分内容摘发如下。</p>
{kept}
<p>……</p>
<p>（全文见柞水县人民政府网）</p>
</div>
<div class="foot">商洛新闻网 版权所有　陕ICP备08100342号</div>
</body></html>
"""


ZS_REPOST = "新闻/柞水出台社会体育指导员管理和服务补贴办法_商洛新闻网.html"


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    write(ZS_REPOST, zs_repost())


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_suiping()
    write_ningan()
    write_qinan()
    write_tongshan()
    write_nanjiang()
    write_zhashui()
    write_hezhang()
    write_lingshan()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
