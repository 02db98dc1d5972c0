"""Writes eval/policy29/docs: a twenty-ninth probe collection (33 files), 交通运输与物流、侨务与民族宗教 —
what hauliers, bus and ferry operators, returned overseas Chinese and their families, minority students and
the keepers of religious sites ask (冷链物流 奖补 — 冷库 and 冷藏车; 村级寄递物流综合服务站 建设 and 运营 补贴
; 农村客运 通村班线 运营补贴; 网约车驾驶员 从业资格证; 货车 ETC 通行费 补助; 公路超限超载 治理 and 大件运输许
可; 公益性渡口 渡工 补贴 and 渡船 更新改造 补助; 困难归侨侨眷 帮扶; 侨资企业 奖励 and 华侨回国定居; 少数民族学
生助学; 民族团结进步示范 奖补; 宗教活动场所 消防 and 修缮 补助) of eight new regions in eight provinces (莘县,
黎川县, 盐山县, 安乡县, 大埔县, 青田县, 广南县, 同心县), as chat users, agents and analysts bring them. Run
once (``python -m eval.policy29.make_docs``); the files are committed as data, and a second run writes the
same bytes (every zip entry, OLE2 directory entry and PDF carries a fixed time or none).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (冠县, 茌平区,
海兴县, 南皮县, 广昌县, 崇仁县, 汉寿县, 丰顺县, 遂昌县, 砚山县, 富宁县, 青铜峡市); the roundups also name
regions that have only planned a measure (东阿县, 东光县, 资溪县, 澧县, 平远县, 庆元县, 西畴县, 盐池县) and
regions named only in passing (高唐县, 黄骅市, 金溪县, 石门县, 蕉岭县, 松阳县, 马关县, 利通区). The documents:
a 莘县 冷链物流发展奖补办法 (.shtml) beside its 征求意见稿 with other figures (每立方米80元, 最高40万元, 每辆
1.5万元, 按差额给予补助, 2026年1月1日施行), a 聊城 转载 cut inside 第三条, the 寄递物流 服务站 通知 (.aspx,
its 补助标准 a <div role="table">) and a 12345 reply (18万元); a 黎川县 农村客运 运营补贴 办法, the 网约车驾驶
员 办事指南, the 交通运输局's e-mail (Outlook .msg) and a 领导留言板 reply (68000元); a 盐山县 货车 ETC 通行费
补助 通知, the 超限超载 治理办法 (.docx numbered only by Word) and a 12345 reply (8400元); a 安乡县 渡口 安全
补助 办法 (a PDF whose text is in Form XObjects), the 一季度 渡工补贴 发放表 (.xlsm) and the 办事指南 (the
same file name as 黎川's, in another folder); a 大埔县 困难归侨侨眷 帮扶办法, the 侨联 申报 通知 (a .docx
converted from a PDF) and a 县长信箱 reply (9800元); a 青田县 侨资企业 奖励办法, the 侨办 宣讲 slides (binary
.ppt) and a Hong Kong site's report in Hong Kong traditional script (30萬元); a 广南县 少数民族学生 助学办法,
the 民族团结进步 示范创建 材料 (a .txt pasted together from a GBK and a UTF-8 source) and a 12345 reply (6500
元); a 同心县 宗教活动场所 消防 修缮 补助办法 (and an exact duplicate of it), the 消防安全 检查 通知 (.php,
GBK) and an empty 新建文本文档.txt.

New kinds of file none of eval/policy .. eval/policy28 had:
- government pages saved under the site's own suffix: a TRS .shtml (莘县 冷链 办法: 每辆补助2万元 and 不重复补
  助 only there; the 征求意见稿 beside it has other figures), an ASP.NET WebForms .aspx (its __VIEWSTATE
  /__EVENTVALIDATION hidden fields, the form posting back to itself) and a PHPCMS .php in GBK (同心 消防 检查:
  2026年11月1日至11月30日 only there);
- an HTML table built of <div role="table"> / role="row" / role="columnheader" / role="cell" elements, no
  <table> anywhere (莘县 寄递 服务站: 每个服务站8000元, 每站每年2400元 only in it);
- an Outlook .msg (an OLE2 compound file: __properties_version1.0, __substg1.0_ streams, the subject in
  0x0037001F, the body only in 0x1000001F UTF-16LE, a recipient storage __recip_version1.0_#00000000, the
  __nameid_version1.0 storage) (黎川 补贴 申报 通知: 2026年7月15日前, 首期拨付50%, GPS轨迹 only there);
- a binary PowerPoint 97-2003 .ppt (OLE2: a “PowerPoint Document” stream of records — DocumentContainer,
  SlideListWithTextContainer with SlidePersistAtom / TextHeaderAtom / TextCharsAtom (UTF-16LE) and
  TextBytesAtom (Latin-1), SlideContainers, a UserEditAtom and PersistDirectoryAtom — and a “Current User”
  stream) (青田 宣讲: 华侨回国定居证, 30个工作日内办结 only there);
- a macro-enabled .xlsm (workbook content type …sheet.macroEnabled.main+xml, xl/vbaProject.bin an OLE2 VBA
  project under a …/vbaProject relationship) whose 发放日期 are date serial numbers under the format yyyy"年
  "m"月"d"日" and whose amounts are numbers under 0.00"万元" and #,##0"元" (安乡 一季度 渡工补贴: 合计 3.12万
  元 and 2026年4月10日 only as the display of such cells);
- a .docx whose 第X条 and （一） labels exist only as Word automatic numbering (word/numbering.xml: an
  abstractNum with lvlText 第%1条 / （%2） in chineseCounting, w:numPr on the paragraphs), not in the text (盐
  山 超限 治理办法: 每起奖励200元, 提前5个工作日, and the article numbers only there);
- a .docx converted from a PDF: every printed line its own paragraph, sentences and figures cut mid-line
  (150|0元, 2026年6|月15日), a “— N —” page-number paragraph between pages (大埔 侨联 通知: 1500元 and 2026 年
  6月15日 only there);
- a .txt pasted together from two sources: a GBK part (CRLF, from a 民宗局 通知) and a UTF-8 part (LF, from a
  web page), so the file as a whole is neither (广南 示范 创建: 示范村 每个10万元 in the GBK part, 2026年8月31
  日 and 示范户 每户2000元 in the UTF-8 part);
- a PDF whose page text is drawn inside Form XObjects (reportlab beginForm / doForm): each page's content
  stream only invokes the form (/Fm… Do), the text in the form's own stream (安乡 渡口 办法: 每人每月补贴800
  元, 最高10万元, 免费过渡 only there).

Also: a 征求意见稿 beside its final text; a 转载 on another site repeating part of the 办法; a page in Hong
Kong traditional script (OpenCC s2hk) on a Hong Kong site; an exact duplicate (同心 办法 ``(1).html``); an
empty file; two files named 办事指南.html in different folders (黎川, 安乡); five replies (12345 ×3, 领导留言
板, 县长信箱) each reckoning one asker's case."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import struct
import zipfile
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import opencc
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from eval import policy_make as make
from eval.policy29.cfb import compound_file

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2027, 3, 2, 0, 0, 0)
restamp = partial(make.restamp, stamp=STAMP)
_S2HK = opencc.OpenCC("s2hk")
L, R = "\u3014", "\u3015"  # the brackets of document numbers (escapes: ruff takes them for confusables)


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write(rel: str, text: str, encoding: str = "utf-8") -> None:
    write_bytes(rel, text.encode(encoding))


def J(text: str) -> list[str]:
    """Paragraphs from wrapped source text: a blank line ends a paragraph, its lines are joined."""
    return ["".join(ln.strip() for ln in p.splitlines()) for p in re.split(r"\n\s*\n", text.strip())]


def P(text: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in J(text))


def package(entries: list[tuple[str, str | bytes]]) -> bytes:
    """A zip package written by hand: the entries in the order given, deflated, ``STAMP`` on all."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in entries:
            data = body.encode("utf-8") if isinstance(body, str) else body
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
CT_RELS = 'ContentType="application/vnd.openxmlformats-package.relationships+xml"'
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_NUM = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"


def core_xml(title: str, author: str, when: str) -> str:
    return (
        XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
        'terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{author}</dc:creator>"
        f"<cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>2</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>'
    )


def rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items)
    return XML + f'<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def root_rels(main: str) -> str:
    return rels(
        [
            ("rId1", f"{OFC_REL}/officeDocument", main),
            ("rId2", f"{PKG_REL}/metadata/core-properties", "docProps/core.xml"),
            ("rId3", f"{OFC_REL}/extended-properties", "docProps/app.xml"),
        ]
    )


def app_xml(application: str) -> str:
    return (
        XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{application}</Application><DocSecurity>0</DocSecurity></Properties>"
    )


# ---------------------------------------------------------------------------------------------------------
# sites
# ---------------------------------------------------------------------------------------------------------


class Site:
    def __init__(self, name: str, icp: str) -> None:
        self.name, self.icp = name, icp


SX = Site("莘县人民政府", "鲁ICP备05018243号")
LC = Site("黎川县人民政府", "赣ICP备06004417号")
YS = Site("盐山县人民政府", "冀ICP备08012736号")
AX = Site("安乡县人民政府", "湘ICP备05021864号")
DB = Site("大埔县人民政府", "粤ICP备07028115号")
QT = Site("青田县人民政府", "浙ICP备05063109号")
GN = Site("广南县人民政府", "滇ICP备09002358号")
TX = Site("同心县人民政府", "宁ICP备08000471号")


def portal(site: Site, title: str, crumb: str, date: str, source: str, body: str, number: str = "") -> str:
    meta = f"发布时间：{date}　来源：{source}" + (f"　文号：{number}" if number else "")
    return make.portal_page(title, site.name, crumb, meta, body, site.icp)


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
    """A letter and its reply on the portal's 政民互动 board: 信件 fields in a table."""
    body = f"""<table class="xj" width="100%" border="1" cellspacing="0">
<tr><th>信件编号</th><td>{number}</td><th>办理状态</th><td>已办结</td></tr>
<tr><th>信件标题</th><td colspan="3">{title}</td></tr>
<tr><th>来信人</th><td>{who}</td><th>来信时间</th><td>{asked}</td></tr>
<tr><th>来信内容</th><td colspan="3">{P(text)}</td></tr>
<tr><th>答复单位</th><td>{unit}</td><th>答复时间</th><td>{replied}</td></tr>
<tr><th>答复内容</th><td colspan="3">{P(reply)}</td></tr>
</table>"""
    return portal(site, title, f"政民互动 &gt; {board}", replied, board, body)


# ---------------------------------------------------------------------------------------------------------
# 1-4 莘县: the 冷链物流发展奖补办法 (.shtml) beside its 征求意见稿, the 寄递物流 服务站 通知 (.aspx with a
# <div role="table">), a 12345 reply on one cooperative's 冷库 and 冷藏车
# ---------------------------------------------------------------------------------------------------------

SX_TITLE = "莘县冷链物流发展奖补办法"
SX_SHTML = f"{SX_TITLE}.shtml"
SX_DRAFT_TITLE = f"关于公开征求《{SX_TITLE}（征求意见稿）》意见的公告"


def sx_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
第一条　为加快补齐农产品冷链物流短板，降低蔬菜、瓜果流通损耗，结合本县实际，制定本办法。

第二条　本办法适用于在本县注册登记、依法纳税的物流企业、农产品流通企业和农民专业合作社。

第三条　奖补标准如下：

（一）新建冷库。库容1000立方米以上的，按每立方米{f("100元", "80元")}给予一次性补助，单个项目最高
{f("50万元", "40万元")}；

（二）购置冷藏车。购置新能源或者国六排放标准冷藏车的，每辆补助{f("2万元", "1.5万元")}，每家企业每年最多
补助{f("5辆", "3辆")}；

（三）物流企业评级。新评为国家4A级物流企业的奖励20万元，新评为3A级物流企业的奖励10万元。

第四条　申报程序：申报主体每年3月31日前向县商务局提交申请；县商务局会同县交通运输局现场核查，核查结果在
县政府网站公示7天；公示无异议的，{f("30个工作日", "40个工作日")}内拨付奖补资金。

第五条　同一项目已享受其他同类财政补助的，{f("不重复补助", "按差额给予补助")}。

第六条　本办法自{f("2026年4月1日", "2026年1月1日")}起施行，有效期3年。
"""


SX_NOTICE = f"""
各乡镇人民政府、街道办事处，县政府各部门：

《{SX_TITLE}》已经县政府第42次常务会议研究通过，现印发给你们，请认真贯彻执行。

莘县人民政府办公室

2026年3月16日
"""
SX_DRAFT_LEAD = f"""
为加快冷链物流发展，县商务局起草了《{SX_TITLE}（征求意见稿）》，现向社会公开征求意见。

征求意见时间：2025年11月3日至2025年12月2日。意见可发送至sxswj@126.com。

莘县商务局

2025年11月3日
"""


def sx_shtml() -> str:
    """The TRS WCM page as the browser saved it, under the site's own .shtml suffix: the server-side
    includes already expanded, their markers left as comments."""
    body = P(SX_NOTICE) + f"\n<p style='text-align:center'><b>{SX_TITLE}</b></p>\n" + P(sx_articles(False))
    page = portal(
        SX,
        f"莘县人民政府办公室关于印发《{SX_TITLE}》的通知",
        "政务公开 &gt; 政策文件",
        "2026-03-16",
        "莘县人民政府办公室",
        body,
        f"莘政办字{L}2026{R}9号",
    )
    page = page.replace("<body>", '<body>\n<!--#include virtual="/include/top.shtml"-->', 1)
    return page.replace(
        "</body>",
        '<!--#include virtual="/include/foot.shtml"-->\n'
        '<script src="/module/web/jpage/jquery.jpage.js"></script>\n</body>',
        1,
    )


def sx_repost() -> str:
    """The 聊城 news site's 转载: an editor's lead and 第一条 to 第三条's first item."""
    items = J(sx_articles(draft=False))
    title = "莘县出台冷链物流发展奖补办法"
    kept = "\n".join(f"<p>{a}</p>" for a in items[:4])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_聊城新闻网</title></head>
<body>
<div class="head"><a>聊城新闻网</a> <a>首页</a> <a>县区</a> <a>经济</a> <a>民生</a></div>
<div class="position">当前位置：首页 &gt; 县区新闻</div>
<div class="main"><h1>{title}</h1>
<div class="src">来源：莘县人民政府网　时间：2026-03-18 09:12　编辑：孟凡</div>
<p>近日，莘县印发《{SX_TITLE}》，自2026年4月1日起施行。现将主要内容摘发如下。</p>
{kept}
<p>……</p>
<p>（全文见莘县人民政府网）</p>
</div>
<div class="foot">聊城新闻网 版权所有　鲁ICP备09016722号</div>
</body></html>
"""


SX_JD_TITLE = "莘县交通运输局关于开展2026年村级寄递物流综合服务站建设补助申报工作的通知"
SX_ASPX = "莘县交通运输局关于开展2026年村级寄递物流综合服务站建设补助申报工作的通知.aspx"
SX_JD = """
各乡镇人民政府、街道办事处，各寄递企业：

为推进农村寄递物流体系建设，打通快递进村“最后一公里”，县交通运输局决定开展2026年村级寄递物流综合服务站建设
补助申报工作。现将有关事项通知如下。

一、补助对象。依托村便民超市、村邮站、供销社网点等建设，实现邮政、快递、物流“一站多能”共同配送的村级寄递
物流综合服务站，以及乡镇快递分拨中心。

二、补助标准。见下表。

三、申报时间。2026年5月1日至6月30日，由所在乡镇（街道）汇总后报县交通运输局。

四、建设要求。服务站应有不少于20平方米的固定场所，配备货架和视频监控，至少接入3家快递品牌。
"""
SX_JD_TABLE = [
    ["项目", "补助标准", "说明"],
    ["村级寄递物流综合服务站", "每个服务站8000元", "一次性建设补助，验收合格后拨付"],
    ["村级寄递物流综合服务站运营", "每站每年2400元", "连续运营满12个月后按年拨付"],
    ["乡镇快递分拨中心", "每个5万元", "每个乡镇限1个"],
]


def div_table(rows: list[list[str]]) -> str:
    """A table of <div>s with ARIA roles, as the site's front-end framework renders it: no <table>."""
    head = "\n".join(f'    <div role="columnheader" class="th">{c}</div>' for c in rows[0])
    out = [
        '<div role="table" class="m-table" aria-label="补助标准">',
        '  <div role="rowgroup">',
        f'  <div role="row" class="tr thead">\n{head}\n  </div>',
        "  </div>",
        '  <div role="rowgroup">',
    ]
    for r in rows[1:]:
        cells = "\n".join(f'    <div role="cell" class="td">{c}</div>' for c in r)
        out.append(f'  <div role="row" class="tr">\n{cells}\n  </div>')
    out += ["  </div>", "</div>"]
    return "\n".join(out)


def sx_aspx() -> str:
    """An ASP.NET WebForms page saved under its .aspx suffix: the form posting back to itself, the
    __VIEWSTATE and __EVENTVALIDATION hidden fields, the 补助标准 a <div role="table">."""
    body = (
        P(SX_JD)
        + "\n"
        + div_table(SX_JD_TABLE)
        + "\n"
        + P("""
联系人：县交通运输局运输管理股　电话：0635-7321586

莘县交通运输局

2026年4月20日
""")
    )
    page = portal(SX, SX_JD_TITLE, "部门信息 &gt; 县交通运输局", "2026-04-20", "莘县交通运输局", body)
    form = (
        '<form method="post" action="./ArticleShow.aspx?ArticleID=21857" id="form1">\n'
        '<div class="aspNetHidden">\n'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTU5NzQ3ODg3Mg9kFgICAw9kFgI'
        'CAQ8WAh4EVGV4dAUG6I6Y5Y6/ZGQzqL1bXv2fK8nH0F1eN7Vq4sYp5A==" />\n'
        '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="6C2B8F4A" />\n'
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAMk2Wq9v8FzZPc8'
        'Qk4m0rYVx7n0Vd3nGmL4Kc3a0+qS8uV1o5Bj" />\n</div>'
    )
    return page.replace("<body>", "<body>\n" + form, 1).replace("</body>", "</form>\n</body>", 1)


def write_shenxian() -> None:
    write(f"山东/莘县/{SX_SHTML}", sx_shtml())
    write(
        f"山东/莘县/{SX_DRAFT_TITLE}.html",
        portal(
            SX,
            SX_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2025-11-03",
            "莘县商务局",
            P(SX_DRAFT_LEAD)
            + f"\n<p style='text-align:center'><b>{SX_TITLE}（征求意见稿）</b></p>\n"
            + P(sx_articles(True))
            + "\n<div class='zt'>征集状态：已结束</div>",
        ),
    )
    write(f"山东/莘县/{SX_ASPX}", sx_aspx())
    t = "合作社建了1200立方的冷库又买了3辆冷藏车，能补多少？"
    write(
        f"山东/莘县/12345 {t}.html",
        letter(
            SX,
            "12345热线",
            t,
            "李**（燕店镇）",
            "2026-05-11",
            """
我是燕店镇一家蔬菜专业合作社的负责人，合作社今年建了一座1200立方米的冷库，前前后后投了160多万，又买了3辆国六的
冷藏车。听说县里出了冷链物流奖补办法，我们合作社一共能拿多少补助？
""",
            "莘县商务局",
            "2026-05-14",
            """
您好！经县商务局核实，答复如下：

一、根据《莘县冷链物流发展奖补办法》，新建库容1000立方米以上的冷库，按每立方米100元给予一次性补助，单个项目
最高50万元。贵合作社冷库库容1200立方米，可补助12万元。

二、购置国六排放标准冷藏车的，按每辆2万元补助，每家企业每年最多5辆。贵合作社购置3辆，可补助6万元。

三、两项合计，贵合作社可获得奖补资金18万元。请于每年3月31日前向县商务局提交申请，今年已过申报期的，可在
明年申报期内申报。

咨询电话：0635-7312290。
""",
            "SX12345-20260511-1183",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 5-8 黎川县: the 农村客运 运营补贴 办法, the 网约车驾驶员 办事指南, the 交通运输局's e-mail (.msg), a
# 领导留言板 reply on one bus company's 补贴
# ---------------------------------------------------------------------------------------------------------

LC_TITLE = "黎川县农村客运通村班线运营补贴办法"
LC_BODY = """
第一条　为保障农村群众安全便捷出行，巩固建制村通客车成果，制定本办法。

第二条　本办法所称通村班线，是指经县交通运输局许可、起讫点或者途经点在建制村的农村客运班线。

第三条　补贴标准：

（一）通村班线客车每车每年补贴1.5万元；

（二）班线延伸至25户以上自然村的，每车每年另补3000元；

（三）使用新能源客车运营的，每车每年另补2000元。

第四条　客车年度实际运营天数不足300天的，按实际运营天数占300天的比例折算补贴。

第五条　补贴资金按半年申报、拨付。客运企业凭车辆营运证、班线经营许可和运营台账申报，县交通运输局审核后报县
财政局拨付。

第六条　擅自停班、缩减班次或者虚报运营天数的，扣减当年补贴；情节严重的，取消补贴资格。

第七条　本办法自2026年1月1日起施行。
"""
LC_GUIDE = [
    ("事项名称", "网络预约出租汽车驾驶员从业资格证核发"),
    ("实施机关", "黎川县交通运输局"),
    ("办理地点", "黎川县政务服务中心一楼交通运输窗口"),
    (
        "申请条件",
        "取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历；无交通肇事犯罪、危险驾驶犯罪记录，"
        "无吸毒记录，无饮酒后驾驶记录；最近连续3个记分周期内没有记满12分记录；无暴力犯罪记录",
    ),
    ("申请材料", "1.身份证；2.机动车驾驶证；3.无犯罪记录证明；4.近期1寸白底彩色照片2张"),
    ("考试", "全国公共科目和区域科目考试，区域科目在抚州市道路运输从业人员考试中心进行，每月组织2次"),
    ("办理时限", "考试合格后10日内核发从业资格证"),
    ("收费标准", "不收费"),
    ("咨询电话", "0794-7223150"),
]
LC_MSG_SUBJECT = "关于报送2026年上半年农村客运通村班线运营补贴申报材料的通知"
LC_MSG_BODY = """各客运企业：

根据《黎川县农村客运通村班线运营补贴办法》，现就2026年上半年补贴申报有关事项通知如下：

一、请各企业于2026年7月15日前将申报表、车辆营运证复印件和上半年运营台账报送局运输股，逾期视为放弃。

二、运营天数以车辆卫星定位平台的GPS轨迹记录为准，台账与GPS轨迹不一致的，以GPS轨迹为准。

三、上半年补贴首期拨付50%，余额在全年考核后结清。

申报表见局网站“通知公告”栏目。

黎川县交通运输局运输股
饶志强
电话：0794-7221064
"""


def msg_props(entries: list[tuple[int, int, bytes]], header: bytes) -> bytes:
    """A __properties_version1.0 stream: its header, then 16 bytes a property (tag, flags, value)."""
    out = header
    for tag, flags, value in entries:
        out += struct.pack("<II", tag, flags) + value.ljust(8, b"\0")
    return out


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def lc_msg() -> bytes:
    """An Outlook .msg as Outlook saves a received mail: the message class, subject, sender and recipient in
    __substg1.0_ streams, the plain body in 0x1000001F, the sent time a fixed property, one recipient
    storage, the named-property storage."""
    strings = {
        0x001A: "IPM.Note",
        0x0037: LC_MSG_SUBJECT,
        0x0C1A: "黎川县交通运输局运输股",
        0x0C1F: "lcjtysg@163.com",
        0x0E04: "黎川县顺达客运有限公司",
        0x1000: LC_MSG_BODY.replace("\n", "\r\n"),
        0x0070: LC_MSG_SUBJECT,
    }
    streams: dict[str, bytes] = {}
    props: list[tuple[int, int, bytes]] = []
    for pid, text in sorted(strings.items()):
        data = utf16(text)
        streams[f"__substg1.0_{pid:04X}001F"] = data
        props.append(((pid << 16) | 0x001F, 6, struct.pack("<I", len(data) + 2)))
    sent = (dt.datetime(2026, 6, 24, 1, 35) - dt.datetime(1601, 1, 1)) // dt.timedelta(microseconds=1) * 10
    props.append(((0x0039 << 16) | 0x0040, 6, struct.pack("<Q", sent)))  # PR_CLIENT_SUBMIT_TIME
    props.append(((0x0E07 << 16) | 0x0003, 6, struct.pack("<I", 0x1)))  # PR_MESSAGE_FLAGS: read
    props.append(((0x3FDE << 16) | 0x0003, 6, struct.pack("<I", 65001)))  # PR_INTERNET_CPID
    streams["__properties_version1.0"] = msg_props(
        props, bytes(8) + struct.pack("<IIII", 1, 0, 1, 0) + bytes(8)
    )
    recip = "__recip_version1.0_#00000000"
    rprops = []
    for pid, text in ((0x3001, "黎川县顺达客运有限公司"), (0x3003, "lcsdky@163.com")):
        data = utf16(text)
        streams[f"{recip}/__substg1.0_{pid:04X}001F"] = data
        rprops.append(((pid << 16) | 0x001F, 6, struct.pack("<I", len(data) + 2)))
    rprops.append(((0x0C15 << 16) | 0x0003, 6, struct.pack("<I", 1)))  # PR_RECIPIENT_TYPE: To
    streams[f"{recip}/__properties_version1.0"] = msg_props(rprops, bytes(8))
    for name in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        streams[f"__nameid_version1.0/{name}"] = b""
    clsid = bytes.fromhex("0b0d020000000000c000000000000046")  # the message's class id as Outlook writes it
    return compound_file(streams, clsid)


def write_lichuan() -> None:
    write(
        f"江西/黎川县/{LC_TITLE}.html",
        portal(
            LC,
            LC_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-18",
            "黎川县交通运输局",
            P(LC_BODY),
            f"黎交字{L}2025{R}41号",
        ),
    )
    guide = make.kv_table("字段|内容\n" + "\n".join(f"{k}|{v}" for k, v in LC_GUIDE), 'class="bszn"')
    write(
        "江西/黎川县/办事指南.html",
        portal(
            LC,
            "网络预约出租汽车驾驶员从业资格证核发办事指南",
            "政务服务 &gt; 办事指南",
            "2026-02-27",
            "黎川县交通运输局",
            guide,
        ),
    )
    write_bytes(f"江西/黎川县/{LC_MSG_SUBJECT}.msg", lc_msg())
    t = "4辆车跑通村班线，2辆延伸到自然村，1辆新能源，一年补贴多少？"
    write(
        f"江西/黎川县/领导留言板 {t}.html",
        letter(
            LC,
            "领导留言板",
            t,
            "邓**（日峰镇）",
            "2026-03-02",
            """
我们公司有4辆客车跑通村班线，每天每辆跑6个班次，一年油费就要20多万。其中2辆车的线路延伸到了25户以上的自然村，
有1辆是去年新换的新能源客车，4辆车去年都跑满了全年。按县里的新办法，我们一年能拿多少补贴？
""",
            "黎川县交通运输局",
            "2026-03-09",
            """
您好！您的留言收悉，现答复如下：

一、根据《黎川县农村客运通村班线运营补贴办法》，通村班线客车每车每年补贴1.5万元，4辆车合计6万元。

二、班线延伸至25户以上自然村的每车每年另补3000元，2辆车合计6000元；使用新能源客车运营的每车每年另补2000元。

三、贵公司4辆车运营天数均超过300天，不需折算，全年补贴合计68000元，按半年申报、拨付。

感谢您对农村客运工作的支持！
""",
            "LC-LDLY-2026-0317",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-11 盐山县: the 货车 ETC 通行费 补助 通知, the 超限超载 治理办法 (.docx numbered only by Word), a 12345
# reply on one haulier's 补助
# ---------------------------------------------------------------------------------------------------------

YS_TITLE = "盐山县关于对本县道路货运车辆实施ETC高速公路通行费补助的通知"
YS_BODY = """
各乡镇人民政府，县直各有关单位，各道路货运企业：

为降低物流成本，支持本县道路货运业发展，县政府决定对本县道路货运车辆实施ETC高速公路通行费补助。现将有关事项
通知如下。

一、补助对象。在本县注册登记、年审合格，安装并使用本县发行ETC设备的道路普通货运车辆。挂车不享受本补助。

二、补助标准。按车辆当年实际支付高速公路通行费的5%给予补助，每车每年最高3000元。

三、申报方式。实行按季度申报，货运企业或者个体车主于每季度结束后15日内，持车辆行驶证、道路运输证和ETC通行
费发票向县交通运输局申报。

四、补助期限。2026年1月1日至2026年12月31日。

五、监督管理。发现虚开发票、套取补助的，追回补助资金，取消该车辆补助资格。

盐山县人民政府办公室

2026年1月6日
"""
YS_DOCX = "盐山县公路超限超载治理办法.docx"
YS_RULES: list[tuple[int, str]] = [
    (
        0,
        "为加强公路超限超载治理，保护公路设施，保障人民群众生命财产安全，根据《公路安全保护条例》等规定，结合本县实际，"
        "制定本办法。",
    ),
    (
        0,
        "县交通运输局负责全县公路超限超载治理工作，县公安局交通警察大队负责道路交通安全执法，各乡镇人民政府负责"
        "本辖区源头治理工作。",
    ),
    (
        0,
        "货物装载源头单位应当建立货物装载登记、统计制度，不得为无牌无证、证照不全的车辆装载货物，不得超限超载装载。",
    ),
    (
        0,
        "车辆载运不可解体物品需超限运输的，承运人应当提前5个工作日向县交通运输局提出大件运输许可申请，并提交下列"
        "材料：",
    ),
    (1, "车辆行驶证、道路运输证；"),
    (1, "货物名称、外廓尺寸和质量；"),
    (1, "运输路线、时间和护送方案。"),
    (0, "对超限超载车辆，依法予以卸载、罚款；一年内违法超限运输超过3次的货运车辆，吊销其车辆营运证。"),
    (0, "鼓励社会公众举报违法超限超载行为，经查证属实的，每起奖励200元，由县交通运输局从治超经费中列支。"),
    (0, "本办法自2026年2月1日起施行。"),
]

WNS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
SECT = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
    'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
)


def w_p(text: str, center: bool = False, bold: bool = False, num: tuple[int, int] | None = None) -> str:
    ppr = '<w:jc w:val="center"/>' if center else ""
    if num:
        ppr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' + ppr
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def numbering_xml() -> str:
    """One abstractNum: level 0 第%1条 and level 1 （%2）, both chineseCounting, a full-width space after."""
    lvl0 = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl>'
    )
    lvl1 = (
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>'
    )
    return (
        XML + f"<w:numbering {WNS}>"
        f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{lvl0}{lvl1}'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def ys_docx() -> bytes:
    """A .docx whose 第X条 and （一） labels are Word's automatic numbering (numbering.xml), not text."""
    parts = [w_p(YS_DOCX.removesuffix(".docx"), center=True, bold=True)]
    parts += [w_p(text, num=(1, lvl)) for lvl, text in YS_RULES]
    document = XML + f"<w:document {WNS}><w:body>{''.join(parts)}{SECT}</w:body></w:document>"
    types = (
        XML + f'<Types xmlns="{CT}"><Default Extension="rels" {CT_RELS}/><Default Extension="xml" '
        f'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{CT_DOC}"/>'
        f'<Override PartName="/word/numbering.xml" ContentType="{CT_NUM}"/>'
        f'<Override PartName="/docProps/core.xml" ContentType="{CT_CORE}"/>'
        f'<Override PartName="/docProps/app.xml" ContentType="{CT_APP}"/></Types>'
    )
    return package(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", root_rels("word/document.xml")),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", rels([("rId1", f"{OFC_REL}/numbering", "numbering.xml")])),
            ("word/numbering.xml", numbering_xml()),
            ("docProps/core.xml", core_xml("盐山县公路超限超载治理办法", "yszc", "2026-01-20T03:10:00Z")),
            ("docProps/app.xml", app_xml("Microsoft Office Word")),
        ]
    )


def write_yanshan() -> None:
    write(
        f"河北/盐山县/{YS_TITLE}.html",
        portal(YS, YS_TITLE, "政务公开 &gt; 通知公告", "2026-01-06", "盐山县人民政府办公室", P(YS_BODY)),
    )
    write_bytes(f"河北/盐山县/{YS_DOCX}", ys_docx())
    t = "3辆货车一季度交了17万8的高速费，ETC补助能拿多少？"
    write(
        f"河北/盐山县/12345 {t}.html",
        letter(
            YS,
            "12345热线",
            t,
            "王**（盐山镇）",
            "2026-04-07",
            """
我在盐山镇开了个小物流公司，有3辆货车，都在本县上的户、用的本县办的ETC，年审也都过了。今年一季度三辆车的高速
通行费分别是4.8万元、7万元和6万元，一共17万8。听说县里有ETC通行费补助，我能拿多少？
""",
            "盐山县交通运输局",
            "2026-04-10",
            """
您好！经核实，答复如下：

根据《盐山县关于对本县道路货运车辆实施ETC高速公路通行费补助的通知》，按车辆实际支付通行费的5%给予补助，每车
每年最高3000元。您的3辆车分别为：4.8万元×5%=2400元；7万元×5%=3500元，超过上限，按3000元补助；6万元×5%=
3000元。3辆车合计可补助8400元。由于每车每年补助已达到或接近上限，今年后几个季度可申报的补助相应减少。

请于4月15日前持行驶证、道路运输证和ETC通行费发票到县交通运输局申报。
""",
            "YS12345-20260407-0562",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 12-14 安乡县: the 渡口 安全 补助 办法 (a PDF whose text is in Form XObjects), the 一季度 渡工补贴 发放表
# (.xlsm with date serials and unit formats), the 办事指南 (the same name as 黎川's)
# ---------------------------------------------------------------------------------------------------------

AX_TITLE = "安乡县公益性渡口安全管理补助办法"
AX_PDF = f"{AX_TITLE}.pdf"
AX_PAGES = [
    """
安乡县公益性渡口安全管理补助办法

第一条　为加强公益性渡口安全管理，保障群众安全过渡，根据《内河交通安全管理条例》等规定，制定本办法。

第二条　本办法适用于本县行政区域内经县人民政府批准设置的公益性渡口、渡船及其渡工、渡口安全员。

第三条　公益性渡口实行免费过渡，渡运所需经费由县财政和乡镇共同承担，不得向过渡群众收取费用。

第四条　持有效船员适任证书的渡工，每人每月补贴800元；渡口安全员每人每月补贴300元。补贴按季度发放。
""",
    """
第五条　老旧渡船更新改造为标准化渡船的，按实际造价的70%给予补助，每艘最高10万元。

第六条　汛期（6月1日至9月30日）水位超过警戒水位或者风力6级以上的，渡口应当停航，并在渡口显著位置公告。

第七条　渡工发生超载、超航区航行或者酒后驾船的，当季补贴不予发放；造成事故的，依法追究责任。

第八条　本办法自2026年1月1日起施行。
""",
]


def ax_pdf() -> bytes:
    """Each page's text drawn in a Form XObject (beginForm … endForm) that the page only invokes (Do)."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(AX_TITLE)
    c.setAuthor("axxjtj")
    c.setCreator("Adobe InDesign 18.2 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    for n, page in enumerate(AX_PAGES, 1):
        name = f"Fm{n}"
        c.beginForm(name, lowerx=0, lowery=0, upperx=595, uppery=842)
        c.setFont("STSong-Light", 9)
        c.drawString(72, 800, "安乡县交通运输局")
        y = 770
        for line in make.hard_wrap(page, 34):
            c.setFont("STSong-Light", 12)
            c.drawString(72, y, line)
            y -= 20
        c.setFont("STSong-Light", 9)
        c.drawString(290, 40, f"- {n} -")
        c.endForm()
        c.doForm(name)
        c.showPage()
    c.save()
    return buf.getvalue()


AX_XLSM = "安乡县2026年第一季度公益性渡口渡工补贴发放表.xlsm"
AX_ROWS = [
    ("安丰乡", "安丰渡口", "刘*国"),
    ("安丰乡", "安丰渡口", "王*华"),
    ("黄山头镇", "黄山头渡口", "张*"),
    ("黄山头镇", "南湖渡口", "李*明"),
    ("安康乡", "安康渡口", "周*平"),
    ("安康乡", "下渔口渡口", "陈*"),
    ("三岔河镇", "三岔河渡口", "杨*林"),
    ("三岔河镇", "三岔河渡口", "胡*"),
    ("安障乡", "安障渡口", "彭*军"),
    ("大湖口镇", "大湖口渡口", "邓*生"),
    ("大湖口镇", "四分局渡口", "罗*"),
    ("官垱镇", "官垱渡口", "熊*云"),
    ("下渔口镇", "下渔口渡口", "谢*"),
]
DATE_FMT = 'yyyy"年"m"月"d"日"'
WAN_FMT = '0.00"万元"'
YUAN_FMT = '#,##0"元"'


def ax_total_wan() -> str:
    return f"{len(AX_ROWS) * 2400 / 10000:.2f}万元"


def vba_project() -> bytes:
    """xl/vbaProject.bin: an OLE2 VBA project (PROJECT, PROJECTwm, VBA/_VBA_PROJECT, VBA/dir and the
    modules), its module a stub that sums the 补贴 column; the dir stream as MS-OVBA's raw-chunk
    container."""
    source = (
        'Attribute VB_Name = "Module1"\r\nSub 合计()\r\n'
        '    Range("F16").Formula = "=SUM(F3:F15)"\r\nEnd Sub\r\n'
    ).encode("gbk")

    def raw_chunks(data: bytes) -> bytes:  # a CompressedContainer of uncompressed 4096-byte chunks
        out = b"\x01"
        for i in range(0, len(data), 4096):
            chunk = data[i : i + 4096].ljust(4096, b"\0")
            out += struct.pack("<H", 0x3000 | (4096 + 2 - 3)) + chunk
        return out

    project = (
        'ID="{5E3A1C2B-7F40-4D1A-9C6E-2B8F0A3D4E51}"\r\nDocument=ThisWorkbook/&H00000000\r\n'
        'Document=Sheet1/&H00000000\r\nModule=Module1\r\nName="VBAProject"\r\nHelpContextID="0"\r\n'
        'VersionCompatible32="393222000"\r\nCMG="A5A7B9B1BDB1BDB1BDB1BD"\r\n'
        "\r\n[Host Extender Info]\r\n&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n"
    ).encode("gbk")
    return compound_file(
        {
            "PROJECT": project,
            "PROJECTwm": b"ThisWorkbook\0"
            + "ThisWorkbook".encode("utf-16-le")
            + b"\0\0Module1\0"
            + "Module1".encode("utf-16-le")
            + b"\0\0\0\0",
            "VBA/_VBA_PROJECT": b"\xcc\x61\xff\xff\x00\x00\x00",
            "VBA/dir": raw_chunks(b"\x01\x00\x04\x00\x00\x00\x03\x00\x00\x00"),
            "VBA/Module1": raw_chunks(source),
            "VBA/ThisWorkbook": raw_chunks(b'Attribute VB_Name = "ThisWorkbook"\r\n'),
            "VBA/Sheet1": raw_chunks(b'Attribute VB_Name = "Sheet1"\r\n'),
        }
    )


def ax_xlsm() -> bytes:
    """The 发放表 as Excel saves a macro-enabled workbook: the 发放日期 date serials under DATE_FMT, the
    amounts numbers under YUAN_FMT and WAN_FMT, the VBA project beside the workbook."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "渡工补贴"
    ws.append(["安乡县2026年第一季度公益性渡口渡工补贴发放表"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["序号", "乡镇", "渡口", "渡工", "月数", "补贴金额", "发放日期"])
    when = dt.datetime(2026, 4, 10)
    for i, (town, ferry, who) in enumerate(AX_ROWS, 1):
        ws.append([i, town, ferry, who, 3, 2400, when])
        r = ws.max_row
        ws.cell(r, 6).number_format = YUAN_FMT
        ws.cell(r, 7).number_format = DATE_FMT
    ws.append(["合计", None, None, None, None, len(AX_ROWS) * 2400 / 10000])
    ws.cell(ws.max_row, 6).number_format = WAN_FMT
    ws.append(["说明：渡工补贴每人每月800元，按季度发放；本季度无扣减情形。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    for col, width in zip("ABCDEFG", (6, 10, 12, 8, 6, 12, 16), strict=True):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "axxjtj"
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                ).replace(
                    b"<Default ",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ',
                    1,
                )
            if info.filename == "xl/_rels/workbook.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/relationships/'
                    b'vbaProject" Target="vbaProject.bin"/></Relationships>',
                )
            if info.filename == "xl/workbook.xml":
                body = re.sub(rb"<workbookPr[^>]*/>", b'<workbookPr codeName="ThisWorkbook"/>', body)
            z.writestr(info, body)
        z.writestr("xl/vbaProject.bin", vba_project())
    return restamp(out.getvalue(), "2026-04-10T08:00:00Z")


AX_GUIDE = [
    ("事项名称", "老旧渡船更新改造补助申请"),
    ("实施机关", "安乡县交通运输局（县地方海事处）"),
    ("申请对象", "本县公益性渡口的渡船所有人或者经营管理单位"),
    (
        "申请材料",
        "1.补助申请表；2.船舶检验证书；3.船舶所有权登记证书；4.新建渡船建造合同和发票；5.渡口安全管理责任书",
    ),
    ("办理流程", "乡镇人民政府初审→县地方海事处现场核验→县交通运输局审定→县财政局拨付"),
    ("办理时限", "20个工作日"),
    ("办理地点", "安乡县政务服务中心二楼交通窗口"),
    ("咨询电话", "0736-4312075"),
]


def write_anxiang() -> None:
    write_bytes(f"湖南/安乡县/{AX_PDF}", ax_pdf())
    write_bytes(f"湖南/安乡县/{AX_XLSM}", ax_xlsm())
    guide = make.kv_table("项目|内容\n" + "\n".join(f"{k}|{v}" for k, v in AX_GUIDE), 'class="guide"')
    write(
        "湖南/安乡县/办事指南.html",
        portal(
            AX,
            "老旧渡船更新改造补助申请办事指南",
            "政务服务 &gt; 办事指南",
            "2026-02-03",
            "安乡县交通运输局",
            guide,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 15-17 大埔县: the 困难归侨侨眷 帮扶办法, the 侨联 申报 通知 (.docx converted from a PDF), a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

DB_TITLE = "大埔县困难归侨侨眷帮扶办法"
DB_BODY = """
第一条　为关心困难归侨侨眷生活，落实国家侨务政策，制定本办法。

第二条　本办法所称困难归侨侨眷，是指户籍在本县、家庭人均收入低于本县最低生活保障标准1.5倍的归侨、侨眷。

第三条　帮扶标准：

（一）困难归侨每人每月发放生活补助300元，生活补助限困难归侨本人，侨眷不享受；

（二）困难归侨侨眷家庭，春节期间每户慰问1000元；

（三）年满80周岁的困难归侨，每人每年发放高龄慰问金1200元；

（四）困难归侨侨眷本人患重大疾病的，给予一次性救助，最高5000元。

第四条　申请人向户籍所在乡镇侨务工作站提出申请，经乡镇初审、县侨务局审核后，在村（居）公示5天。

第五条　本办法由县侨务局负责解释，自2026年1月1日起施行。
"""
DB_DOCX = "大埔县侨联关于做好2026年困难归侨侨眷帮扶申报工作的通知.docx"
DB_PDF_TEXT = [
    """
大埔县归国华侨联合会文件

埔侨联{L}2026{R}5号

大埔县侨联关于做好2026年困难归侨侨眷帮扶申报工作的通知

各乡镇侨联（侨务工作站）：

根据《大埔县困难归侨侨眷帮扶办法》，现就2026年困难归侨侨眷帮扶申报工作通知如下。

一、申报对象。户籍在本县境内，家庭人均月收入低于1500元的归侨、侨眷。已纳入低保、特困供养的，同时申报。

二、申报材料。申请表、户口簿、归侨侨眷身份证明（或者侨联出具的证明）、家庭收入情况说明；申请大病救助的，另附
""",
    """
住院病历和医疗费用结算单。

三、申报时间。请各乡镇侨联（侨务工作站）于2026年6月15日前将汇总表和申报材料报县侨联权益部，逾期不再受理。

四、工作要求。各乡镇要入户核实，做到不漏一户、不错一人，对弄虚作假的取消帮扶资格。

联系人：县侨联权益部　电话：0753-5522184

大埔县归国华侨联合会

2026年5月8日
""",
]


def db_docx() -> bytes:
    """The 通知 as a PDF-to-Word converter leaves it: every printed line a paragraph (sentences and figures
    cut at the line's end), a page-number paragraph between pages, no numbering or styles of its own."""
    blocks: list = []
    pages = [p.replace("{L}", L).replace("{R}", R) for p in DB_PDF_TEXT]
    for n, page in enumerate(pages, 1):
        blocks += [line for line in make.hard_wrap(page, 27) if line]
        blocks.append(f"— {n} —")
    return make.docx_bytes(blocks, "", "", "Administrator", "2026-05-09T02:15:00Z", STAMP)


def write_dabu() -> None:
    write(
        f"广东/大埔县/{DB_TITLE}.html",
        portal(
            DB,
            DB_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-26",
            "大埔县侨务局",
            P(DB_BODY),
            f"埔侨{L}2025{R}12号",
        ),
    )
    write_bytes(f"广东/大埔县/{DB_DOCX}", db_docx())
    t = "我爸是归侨85岁了，今年得了重病，家里困难，一年能有多少帮扶？"
    write(
        f"广东/大埔县/县长信箱 {t}.html",
        letter(
            DB,
            "县长信箱",
            t,
            "罗**（湖寮镇）",
            "2026-02-16",
            """
县长您好！我父亲是1960年从印尼回国的归侨，今年85岁了，我母亲是侨眷。家里收入低，去年父亲得了重病住院，花了
6万多。请问按县里的帮扶办法，我父亲今年一共能得到多少帮扶？
""",
            "大埔县侨务局",
            "2026-02-25",
            """
您好！经县侨务局会同湖寮镇侨务工作站入户核实，您家符合困难归侨侨眷条件，答复如下：

一、您父亲作为困难归侨，每人每月生活补助300元，全年3600元；年满80周岁，每年高龄慰问金1200元。

二、您父亲患重大疾病，经审核给予一次性救助5000元（已达最高标准）。

三、以上合计，您父亲今年可获得帮扶9800元。此外，春节期间您家作为困难归侨侨眷家庭另有每户1000元慰问。

请到湖寮镇侨务工作站填写申请表，并提供住院病历和费用结算单。
""",
            "DBXZXX-2026-0219",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 18-20 青田县: the 侨资企业 奖励办法, the 侨办 宣讲 slides (binary .ppt), a Hong Kong site's report
# ---------------------------------------------------------------------------------------------------------

QT_TITLE = "青田县鼓励华侨回乡投资侨资企业奖励办法"
QT_BODY = """
第一条　为鼓励华侨、港澳同胞回乡投资兴业，促进侨资企业发展，制定本办法。

第二条　本办法所称侨资企业，是指华侨、港澳同胞在本县投资设立，或者其出资占注册资本25%以上的企业。

第三条　奖励标准：

（一）侨资企业实际到位外资1000万美元以上的，一次性奖励50万元；

（二）实际到位外资500万美元以上、不足1000万美元的，一次性奖励30万元；

（三）侨资企业当年纳税首次超过500万元的，奖励10万元。

第四条　同一企业同一年度按就高原则享受第三条第（一）项、第（二）项奖励，不重复享受。

第五条　企业于次年3月底前向县侨务办公室申报，经县商务局、县财政局联合审核后兑现。

第六条　本办法自2026年1月1日起施行。
"""
QT_PPT = "青田县侨务政策宣讲（2026）.ppt"
QT_SLIDES = [
    ("青田县侨务政策宣讲", ["Qingtian Overseas Chinese Affairs Office, 2026"]),
    (
        "一、侨资企业奖励",
        [
            "到位外资1000万美元以上：奖励50万元",
            "到位外资500万美元以上：奖励30万元",
            "纳税首次超过500万元：奖励10万元",
        ],
    ),
    (
        "二、华侨回国定居",
        [
            "申请材料：护照、居住国长期或者永久居留证件、国内住所证明、近期照片",
            "审批：县侨办受理，报省侨办审批，30个工作日内办结",
            "批准后发给《华侨回国定居证》，凭证到公安机关办理户口登记",
        ],
    ),
    ("三、咨询服务", ["青田县人民政府侨务办公室　电话：0578-6822517", "地址：青田县鹤城街道侨乡路"]),
]


def rec(rtype: int, body: bytes, ver: int = 0, instance: int = 0) -> bytes:
    """A PowerPoint record: recVer (4 bits) and recInstance (12), recType, recLen, then the body."""
    return struct.pack("<HHI", ver | (instance << 4), rtype, len(body)) + body


def container(rtype: int, *children: bytes, instance: int = 0) -> bytes:
    return rec(rtype, b"".join(children), ver=0xF, instance=instance)


def text_atom(text: str) -> bytes:
    """TextBytesAtom (0x0FA8) when every character is Latin-1, else TextCharsAtom (0x0FA0, UTF-16LE)."""
    try:
        return rec(0x0FA8, text.encode("latin-1"))
    except UnicodeEncodeError:
        return rec(0x0FA0, text.encode("utf-16-le"))


def qt_ppt() -> bytes:
    """A PowerPoint 97-2003 binary: the “PowerPoint Document” stream (a DocumentContainer whose
    SlideListWithText holds each slide's SlidePersistAtom, TextHeaderAtoms and text atoms; a SlideContainer
    per slide; a PersistDirectoryAtom and a UserEditAtom) and the “Current User” stream."""
    slist = b""
    for i, (title, lines) in enumerate(QT_SLIDES):
        slist += rec(0x03F3, struct.pack("<IIiII", i + 2, 0, len(lines) + 1, 256 + i, 0))
        slist += rec(0x0F9F, struct.pack("<I", 0)) + text_atom(title)
        slist += rec(0x0F9F, struct.pack("<I", 1)) + text_atom("\r".join(lines))
    doc_atom = rec(
        0x03E9, struct.pack("<iiiiIIHHbbbb", 5760, 4320, 5760, 7200, 0, 0, 1, 0, 0, 0, 0, 0) + bytes(40 - 30)
    )
    document = container(0x03E8, doc_atom, container(0x0FF0, slist), rec(0x03EA, b""))
    stream = document
    offsets = [0]
    for _ in QT_SLIDES:
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
    user = "jyb"
    atom = struct.pack("<IIIHHBBH", 0x14, 0xE391C05F, user_edit_offset, len(user), 0x03F4, 3, 0, 0)
    current = rec(0x0FF6, atom + user.encode("ascii") + struct.pack("<I", 8))
    return compound_file({"PowerPoint Document": stream, "Current User": current})


QT_HK_TITLE = "浙江青田：华侨回乡办厂获30万元奖励 侨资企业去年新增42家"
QT_HK_BODY = """
【本网讯】浙江丽水青田县是著名侨乡，旅居世界各地的青田籍华侨超过38万人。近年来，当地出台侨资企业奖励办法，
鼓励华侨回乡投资兴业。

在西班牙经营进出口贸易二十多年的青田籍华侨陈先生，去年回乡投资设立了一家红酒和咖啡进口企业，实际到位外资
600万美元，今年初获得了县里一次性30万元的奖励。“家乡的政策实实在在，回来办厂心里有底。”陈先生说。

据介绍，青田县去年新增侨资企业42家，侨资企业已成为当地经济发展的重要力量。
"""


def qt_hk_page() -> str:
    title = _S2HK.convert(QT_HK_TITLE)
    quotes = str.maketrans({"\u201c": "\u300c", "\u201d": "\u300d"})  # Hong Kong's corner quotes
    body = "\n".join(f"<p>{_S2HK.convert(p).translate(quotes)}</p>" for p in J(QT_HK_BODY))
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>{title} | 香港僑聲網</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="香港僑聲網"></head>
<body>
<header><a class="logo">香港僑聲網</a> <a>首頁</a> <a>僑界</a> <a>內地</a> <a>兩岸</a> <a>國際</a></header>
<article><h1>{title}</h1>
<p class="date">2026年04月18日 星期六 11:25　僑鄉動態</p>
{body}
<p class="tags">標籤：青田縣 僑資企業 華僑</p>
</article>
<footer>© 2026 香港僑聲網 版權所有</footer>
</body></html>
"""


def write_qingtian() -> None:
    write(
        f"浙江/青田县/{QT_TITLE}.html",
        portal(
            QT,
            QT_TITLE,
            "政务公开 &gt; 政策文件",
            "2025-12-30",
            "青田县人民政府侨务办公室",
            P(QT_BODY),
            f"青侨办{L}2025{R}18号",
        ),
    )
    write_bytes(f"浙江/青田县/{QT_PPT}", qt_ppt())
    write(f"浙江/青田县/{_S2HK.convert(QT_HK_TITLE)}_香港僑聲網.html", qt_hk_page())


# ---------------------------------------------------------------------------------------------------------
# 21-23 广南县: the 少数民族学生 助学办法, the 民族团结进步 示范 创建 材料 (.txt: a GBK part and a UTF-8
# part), a 12345 reply on one family's 助学金
# ---------------------------------------------------------------------------------------------------------

GN_TITLE = "广南县少数民族学生助学办法"
GN_BODY = """
第一条　为帮助家庭经济困难的少数民族学生完成学业，制定本办法。

第二条　资助对象为户籍在本县、家庭经济困难的少数民族学生。

第三条　资助标准：

（一）当年考入全日制普通本科的，每人一次性资助5000元；

（二）当年考入全日制专科（高职）的，每人一次性资助3000元；

（三）在读普通高中的，每人每年资助1500元，限在本县高中就读的学生。

第四条　每年8月1日至9月15日，由学生本人或者监护人向户籍所在乡镇（街道）提出申请，县民族宗教事务局会同县教育
体育局审核，公示5个工作日后发放。

第五条　本办法自2026年1月1日起施行。
"""
GN_TXT = "民族团结进步示范创建材料（整理）.txt"
GN_GBK = """广南县民族宗教事务局关于开展2026年民族团结进步示范创建工作的通知（摘录）

一、创建内容。在全县开展民族团结进步示范村、示范单位、示范户创建。

二、奖补标准。经州级验收命名的民族团结进步示范村，每个奖补10万元；示范单位每个奖补3万元。

三、资金用途。奖补资金主要用于村内道路、文化活动场所和民族特色产业。

"""
GN_UTF8 = """---- 以下摘自县融媒体中心网页 ----
广南：民族团结进步示范创建申报开始啦
今年的民族团结进步示范创建申报截止时间为2026年8月31日，请有意向的村、单位和家庭抓紧向乡镇申报。
今年新增示范户创建，命名的示范户每户奖补2000元。
咨询电话：0876-5112306
"""


def gn_txt() -> bytes:
    """A working file pasted together from a GBK 通知 (CRLF, as Notepad keeps it) and a UTF-8 web page
    (LF)."""
    return GN_GBK.replace("\n", "\r\n").encode("gbk") + GN_UTF8.encode("utf-8")


def write_guangnan() -> None:
    write(
        f"云南/广南县/{GN_TITLE}.html",
        portal(
            GN,
            GN_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-22",
            "广南县民族宗教事务局",
            P(GN_BODY),
            f"广民宗{L}2025{R}27号",
        ),
    )
    write_bytes(f"云南/广南县/{GN_TXT}", gn_txt())
    t = "家里两个孩子，一个考上本科一个读高中，民族助学能领多少？"
    write(
        f"云南/广南县/12345 {t}.html",
        letter(
            GN,
            "12345热线",
            t,
            "农**（莲城镇）",
            "2026-08-05",
            """
我们家是壮族，住在莲城镇，家里比较困难。大孩子今年高考考了560分，被云南大学录取读本科，小孩子在广南一中读高二。
按县里的少数民族学生助学办法，两个孩子今年一共能领多少？
""",
            "广南县民族宗教事务局",
            "2026-08-08",
            """
您好！经核实，答复如下：

根据《广南县少数民族学生助学办法》，当年考入全日制普通本科的每人一次性资助5000元；在本县高中就读的普通高中
学生每人每年资助1500元。您家两个孩子今年合计可领取6500元。

请于9月15日前携带户口簿、录取通知书或者在读证明到莲城镇人民政府申请。
""",
            "GN12345-20260805-0421",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 24-27 同心县: the 宗教活动场所 消防 修缮 补助办法 (and its exact duplicate), the 消防安全 检查 通知 (.php,
# GBK), an empty 新建文本文档.txt
# ---------------------------------------------------------------------------------------------------------

TX_TITLE = "同心县宗教活动场所消防安全和修缮补助办法"
TX_BODY = """
第一条　为消除宗教活动场所消防安全隐患，保障信教群众生命财产安全，制定本办法。

第二条　本办法适用于本县依法登记的宗教活动场所。申请补助的场所应当持有《宗教活动场所登记证》。

第三条　补助标准：

（一）消防设施改造（含消防栓、灭火器、电气线路改造和烟感报警装置），每处补助最高3万元；

（二）经鉴定为危房需修缮的，按工程造价的30%补助，每处最高10万元。

第四条　修缮应当按原规模、原面积进行，不得擅自扩建、新建。

第五条　每年3月1日至4月30日，由场所管理组织向所在乡镇提出申请，经县民族宗教事务局、县消防救援大队核查后
公示7天。

第六条　本办法自2026年1月1日起施行。
"""
TX_PHP = "同心县关于开展2026年冬季宗教活动场所消防安全检查的通知.php"
TX_PHP_BODY = """
各乡镇人民政府，县民族宗教事务局、县消防救援大队：

为做好冬季火灾防控工作，决定于2026年11月1日至11月30日在全县开展宗教活动场所消防安全检查。

一、检查内容。消防设施配备，电气线路，取暖用火用电，安全出口和疏散通道。

二、检查要求。每个场所每50平方米配备灭火器不少于2具；发现隐患的，当场督促整改，不能当场整改的限期10日内整改。

三、检查结果于12月10日前报县安委会办公室。

同心县安全生产委员会办公室

2026年10月20日
"""


def tx_php() -> str:
    """A PHPCMS 9 article page (show.php) saved under its .php suffix, GBK like the CMS's default install."""
    title = TX_PHP.removesuffix(".php")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title} - 同心县人民政府</title>
<meta name="keywords" content="宗教活动场所,消防安全检查" />
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><a href="/index.php">首页</a> <a href="/index.php?m=content&c=index&a=lists&catid=9">
政务公开</a> <a href="/index.php?m=content&c=index&a=lists&catid=21">通知公告</a></div>
<div class="crumbs"><a href="/">同心县人民政府</a><span> &gt; </span><a>通知公告</a> &gt; 正文</div>
<div id="Article">
<h1>{title}<br /><span>2026-10-20 15:46:21　来源：同心县安委会办公室　评论：<a href="#comment_iframe"
id="comment">0</a>条</span></h1>
<div class="content">
{P(TX_PHP_BODY)}
</div>
<div class="page" id="pages"></div>
</div>
<script language="JavaScript" src="/api.php?op=count&id=1286&modelid=1"></script>
<div class="footer">同心县人民政府 版权所有 {TX.icp}</div>
</body>
</html>
"""


def write_tongxin() -> None:
    page = portal(
        TX,
        TX_TITLE,
        "政务公开 &gt; 规范性文件",
        "2025-12-29",
        "同心县民族宗教事务局",
        P(TX_BODY),
        f"同民宗发{L}2025{R}33号",
    )
    write(f"宁夏/同心县/{TX_TITLE}.html", page)
    write(f"宁夏/同心县/{TX_TITLE}(1).html", page)
    write(f"宁夏/同心县/{TX_PHP}", tx_php(), "gbk")
    write_bytes("宁夏/同心县/新建文本文档.txt", b"")


# ---------------------------------------------------------------------------------------------------------
# 28-33 新闻: five roundups (each measure's second region, planned-only regions, regions in passing) and the
# 聊城新闻网's 转载 of the 莘县 办法 (cut inside 第三条)
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 经济")


N1_TITLE = "冷库建到田间地头 快递进村不再难 聊城多地补齐农村物流短板"
N1 = news(
    N1_TITLE,
    "齐鲁物流网",
    "2026-07-08 10:05　来源：齐鲁物流网　记者：马晓东",
    """
蔬菜下了地就进冷库，快递在村里就能取。今年以来，山东聊城多地在农村物流上下功夫。

聊城莘县3月出台冷链物流发展奖补办法，新建冷库按每立方米100元给予补助，购置冷藏车也有补助。聊城冠县也已
对新建冷库和购置冷藏车给予奖补，上半年新增冷库库容5万立方米。聊城东阿县商务局表示，东阿拟于年内出台冷链物流
扶持政策。

莘县今年还对村级寄递物流综合服务站给予建设补助，全县已建成服务站400多个。聊城茌平区也已对村级寄递物流服务站
给予补助，实现建制村快递服务全覆盖。

“以前辣椒收了只能当天卖，现在进了冷库，能等个好价钱。”莘县燕店镇的菜农说。高唐县的一家快递企业也在莘县设立了
分拨点。
""",
    "鲁ICP备12031577号",
    ["山东推进农村寄递物流体系建设", "冷链物流骨干网建设提速"],
)

N2_TITLE = "货车通行费降下来 超限治理严起来 沧州为货运物流减负护航"
N2 = news(
    N2_TITLE,
    "燕赵交通网",
    "2026-05-20 09:40　来源：燕赵交通网　作者：韩立伟",
    """
一边给货车司机减负，一边守住公路安全底线，河北沧州一些县市在货运物流上两手抓。

沧州盐山县今年起对本县道路货运车辆实施ETC高速公路通行费补助，按实际支付通行费的5%补助。沧州海兴县也已对本县
货车ETC通行费给予补助，一季度补助车辆1200多辆次。沧州东光县交通运输局表示，东光计划下半年推出货车通行费补助。

盐山县2月起施行公路超限超载治理办法，对举报违法超限超载经查证属实的给予奖励。沧州南皮县也已开展公路超限超载
专项治理，源头单位装载登记实现全覆盖。

“一年下来能省好几千，跑车更有劲了。”盐山的货车司机老王说。在黄骅市港口拉货的盐山司机们也办上了本县ETC。
""",
    "冀ICP备13007821号",
    ["河北深化货车通行费优惠", "全国治超联网系统建设推进"],
)

N3_TITLE = "通村客车跑得稳 渡船渡工有补贴 赣湘两地守护农村群众出行"
N3 = news(
    N3_TITLE,
    "中国交通新闻网",
    "2026-06-12 14:30　来源：中国交通新闻网　记者：钟华　通讯员：杜湘",
    """
山区通村客车、湖区公益渡口，是农村群众出行的“生命线”。

江西抚州黎川县今年起对农村客运通村班线给予运营补贴，每车每年补贴1.5万元。抚州广昌县也已对通村客运班线给予
运营补贴，全县建制村通客车率保持100%。抚州资溪县交通运输局表示，资溪将于明年出台通村班线补贴办法。

黎川县还为网约车驾驶员从业资格证办理开通“一窗受理”，考试合格后10日内发证。抚州崇仁县也已开展网约车驾驶员
从业资格考试，今年已有300多人取得从业资格证。

湖南常德安乡县对公益性渡口渡工按月发放补贴，群众过河不花钱。常德汉寿县也已对公益性渡口渡工发放补贴，并
完成老旧渡船更新改造。常德澧县计划明年对渡口安全员给予补贴。

“渡船免费，渡工有补贴，心里踏实。”安乡安丰渡口的渡工说。黎川的客车线路还与金溪县相连，石门县的同行也来安乡
考察渡口管理。
""",
    "京ICP备11046578号",
    ["交通运输部推进城乡交通运输一体化", "农村渡口安全专项整治"],
)

N4_TITLE = "帮扶困难归侨 奖励回乡投资 粤浙侨乡用心服务侨胞"
N4 = news(
    N4_TITLE,
    "中国侨网",
    "2026-05-28 16:20　来源：中国侨网　作者：温雅",
    """
在广东梅州、浙江丽水的侨乡，侨务部门一边帮扶困难归侨侨眷，一边吸引华侨回乡投资。

梅州大埔县今年施行困难归侨侨眷帮扶办法，困难归侨每人每月发放生活补助300元。梅州丰顺县也已对困难归侨侨眷开展
帮扶，春节期间走访慰问困难归侨侨眷600多户。梅州平远县侨务局表示，平远拟于下半年出台困难归侨侨眷帮扶办法。

丽水青田县对侨资企业实际到位外资1000万美元以上的一次性奖励50万元。丽水遂昌县也已对侨资企业给予奖励，今年引进
侨资项目8个。丽水庆元县计划明年制定侨资企业奖励政策。

“家乡没有忘记我们。”大埔一位85岁的老归侨说。蕉岭县的侨联干部也到大埔学习帮扶经验；在青田投资的华侨中，不少
人的亲友来自松阳县。
""",
    "京ICP备05073015号",
    ["国务院侨办部署为侨服务工作", "侨资企业座谈会召开"],
)

N5_TITLE = "助学圆梦 示范创建 场所安全 滇宁两地民族宗教工作见实效"
N5 = news(
    N5_TITLE,
    "民族团结网",
    "2026-09-22 11:00　来源：民族团结网　记者：杨明　马丽",
    """
资助少数民族学生上学、创建民族团结进步示范、消除宗教活动场所安全隐患，云南、宁夏一些县区扎实推进民族宗教工作。

云南文山广南县对家庭经济困难的少数民族学生给予资助，考入全日制普通本科的每人一次性资助5000元。文山砚山县也已
对少数民族学生发放助学金，今年资助学生1300多名。文山西畴县民宗局表示，西畴将于明年建立少数民族学生助学制度。

广南县开展民族团结进步示范创建，对命名的示范村、示范单位给予奖补。文山富宁县也已对民族团结进步示范村、示范单位
给予奖补。

宁夏吴忠同心县对宗教活动场所消防设施改造每处补助最高3万元。吴忠青铜峡市也已对宗教活动场所消防安全改造给予补助。
吴忠盐池县计划明年开展宗教活动场所危房修缮补助。

“两个孩子上学都有资助，压力小多了。”广南莲城镇的一位壮族村民说。马关县的学生家长也专程来广南了解政策；利通区
的消防员还参加了同心的消防安全培训。
""",
    "京ICP备09041286号",
    ["国家民委部署民族团结进步创建", "宗教活动场所安全管理专项检查"],
)


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    write("新闻/莘县出台冷链物流发展奖补办法_聊城新闻网.html", sx_repost())


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_shenxian()
    write_lichuan()
    write_yanshan()
    write_anxiang()
    write_dabu()
    write_qingtian()
    write_guangnan()
    write_tongxin()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
