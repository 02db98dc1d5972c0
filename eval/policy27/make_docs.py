"""Writes eval/policy27/docs: a twenty-seventh probe collection (36 files), 文化遗产保护、司法行政与公共法律服
务 — what owners of old houses, villagers, craftspeople, families in disputes and 调解员 ask (历史建筑 修缮 补
助 and 认定 挂牌; 文物 发现 报告 奖励 and 文物看护员 补贴; 传统村落 保护发展 奖补; 非遗 代表性传承人 补助 and
带徒补助; 人民调解 “以案定补”; 法律援助 经济困难标准 and 办案补贴; 公证费 减免; 公共法律服务中心 值班律师; 农
村 “法律明白人” 补贴 and 村（居）法律顾问 补贴) of eight new regions in eight provinces (绩溪县, 阳城县, 黎平
县, 蔚县, 剑川县, 凤凰县, 阆中市, 婺源县), as chat users, agents and analysts bring them. Run once (``python
-m eval.policy27.make_docs``); the files are committed as data, and a second run writes the same bytes.

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (宣州区, 宁国市,
沁水县, 泽州县, 雷山县, 阳原县, 鹤庆县, 泸溪县, 南部县, 西充县, 德兴市, 弋阳县); the roundups also name
regions that have only planned a measure (广德市, 陵川县, 榕江县, 怀安县, 洱源县, 保靖县, 营山县, 万年县) and
regions named only in passing (徽州区, 高平市, 锦屏县, 涿鹿县, 云龙县, 花垣县, 蓬安县, 铅山县). The documents:
a 绩溪县历史建筑和传统民居 修缮补助办法 beside its 征求意见稿 with other figures (40% / 15万元, 3月1日施行), a
宣城市住建局 转载 cut after 第三条, the 修缮补助核定表 样表 (values only in AcroForm fields: 163200元), the 历
史建筑认定申请表 模板 (content controls) and a 12345 reply (14万元); a 阳城县 文物发现报告奖励办法 (Strict
Open XML .docx), the 文物看护员 培训会 slides (.pptx, grouped shapes) and a 县长信箱 reply (13000元); a 黎平县
传统村落奖补方案, the 2026 分配表 (.xlsx, rich-text shared strings and a cell comment), the 申报流程 (.docx,
SmartArt) and a 领导留言板 reply (18万元); a 蔚县 非遗传承人 补助办法, a 文化馆 注音读本 (<ruby> throughout),
a Taiwan site's report in Taiwan traditional script (5500元) and a 12345 reply (4600元); a 剑川县 以案定补 实
施办法 (.docx whose body is an altChunk HTML part), a 司法所 卷宗 清单 (.txt, GB18030, CR line ends), a 12345
reply (2700元) and an empty 新建文本文档.txt; a 凤凰县 法律援助 经济困难标准 通知 (and an exact duplicate of
it), the 法律援助办事指南 (the article only in <noscript>), the 办案补贴标准 (Excel “Unicode 文本” .txt) and a
县长信箱 reply (1250元); a 阆中市 公证费减免 办事指南 (the same file name as 凤凰's 办事指南, in another
folder), the 值班律师 工作安排 (a PDF drawn bottom-up) and a 12345 reply (100元); a 婺源县 法律明白人 和 村法
律顾问 补贴办法 and a 领导留言板 reply (1500元).

New kinds of file none of eval/policy .. eval/policy26 had:
- a PDF 核定表 whose filled-in values are AcroForm field values only: the page's content stream draws the
  labels and boxes, an /AcroForm with /NeedAppearances true lists text-field widget annotations each with its
  /V (UTF-16 text strings) and no appearance stream, so no value is in any content stream (绩溪: 申请人, 建筑
  名称, 核定修缮费用 326400元, 核定补助金额 163200元, 预拨金额 48960元, 核定日期 2026年6月18日);
- a .docx template form written by hand whose answers sit in content controls: a block-level w:sdt holding the
  填表说明 paragraphs, inline w:sdt runs in a paragraph, w:sdt in table cells (some showing their placeholder,
  w:showingPlcHdr), the 20个工作日 专家论证, 一式三份 and 不少于10张 only inside sdtContent (绩溪 历史建筑认定
  申请表);
- a .docx whose 申报流程 is a SmartArt diagram: document.xml holds a w:drawing whose graphicData is only
  dgm:relIds (r:dm, r:lo, r:qs, r:cs), the steps' text in word/diagrams/data1.xml as dgm:pt / dgm:t / a:t, no
  drawing1.xml fallback (黎平: six steps, 乡镇 初审 5个工作日, 现场审核 10个工作日, 公示7天 only there);
- a .docx produced by an OA system with altChunk: document.xml holds only the title and a w:altChunk whose
  relationship (…/relationships/aFChunk) points at word/afchunk.htm (text/html in [Content_Types].xml) that
  carries the whole article (剑川 以案定补: 重大纠纷 1000元, 年度 1.5万元, 每季度结束后15日内 only there);
- a .docx saved as “Strict Open XML”: the ISO/IEC 29500 strict namespaces (http://purl.oclc.org/ooxml/
  wordprocessingml/main, …/officeDocument/relationships) and strict relationship types, w:conformance="strict"
  (阳城 文物发现报告奖励办法: 二级文物 1万元, 24小时内, 2026年3月15日 only there);
- an .xlsx written by hand whose text cells are rich-text shared strings (a figure split across <r> runs: 26|
  7.5万元, 49|.5) and whose cell comment (xl/comments1.xml, with its VML shape) holds the 说明 (黎平 分配表:
  合计 267.5万元 only in the split cell, 第一批拨付60% only in the comment);
- a web page whose article is only in a <noscript> fallback: the visible body an empty app root and a loading
  spinner, the bundle's scripts (凤凰 法律援助 办事指南: 7个工作日, 个人诚信承诺书, 3日内 指派 only there);
- a web page with <ruby> on every Chinese character (拼音 in <rt>, <rp> parentheses), so the characters are
  interleaved with pinyin in the markup (蔚县 注音读本: 年满16周岁, 不少于40课时, 每年12月 考核 only there);
- a .txt with old Mac CR-only line ends (no LF at all) in GB18030 (剑川 卷宗 清单: 回访记录, 抽查 比例不低于
  30% only there);
- an Excel “Unicode 文本” export: UTF-16 LE with a BOM, tab-separated, CRLF, quoted cells holding line breaks
  and doubled quotes, saved as .txt (凤凰 办案补贴: 民事 诉讼代理 1800, 异地办案 200元 only there);
- a PDF whose content stream draws the lines bottom-up (each placed by its Tm, so the page looks right while
  the stream runs last line first) (阆中 值班律师: 每半天200元, 不少于12个工作日 only there);
- a .pptx written by hand whose table and text boxes sit in group shapes nested two deep (p:grpSp in p:grpSp)
  (阳城 看护员: 每人每月 600 / 450 / 300元, 8次 巡查记录 only there).

Also: a 征求意见稿 beside its final text; a 转载 on another site repeating part of the 办法; a page in Taiwan
traditional script (OpenCC s2twp) on a Taiwan site; an exact duplicate (凤凰 通知 ``(1).html``); an empty
file; two files named 办事指南.html in different folders; eight replies (12345 ×4, 县长信箱 ×2, 领导留言板 ×2)
each reckoning one asker's case."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import opencc
import pypdf
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from eval import policy_make as make

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2027, 1, 20, 0, 0, 0)
restamp = partial(make.restamp, stamp=STAMP)
docx_bytes = partial(make.docx_bytes, stamp=STAMP)
_S2TW = opencc.OpenCC("s2twp")
L, R = "\u3014", "\u3015"  # the brackets of document numbers (escapes: ruff takes them for confusables)


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write(rel: str, text: str) -> None:
    write_bytes(rel, text.encode("utf-8"))


def J(text: str) -> list[str]:
    """Paragraphs from wrapped source text: a blank line ends a paragraph, its lines are joined."""
    return ["".join(ln.strip() for ln in p.splitlines()) for p in re.split(r"\n\s*\n", text.strip())]


def P(text: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in J(text))


def table(rows: list[list[str]], attrs: str = 'border="1" cellspacing="0" cellpadding="6"') -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table {attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def package(entries: list[tuple[str, str | bytes]]) -> bytes:
    """An OOXML package written by hand: the entries in the order given, deflated, ``STAMP`` on all."""
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


def root_rels(main_type: str, main: str) -> str:
    return rels(
        [
            ("rId1", main_type, main),
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


JX = Site("绩溪县人民政府", "皖ICP备05012763号")
YC = Site("阳城县人民政府", "晋ICP备06004218号-1")
LP = Site("黎平县人民政府", "黔ICP备09003152号")
YU = Site("蔚县人民政府", "冀ICP备08011437号")
JC = Site("剑川县人民政府", "滇ICP备07002615号")
FH = Site("凤凰县人民政府", "湘ICP备05013827号")
LZ = Site("阆中市人民政府", "蜀ICP备05017724号")
WY = Site("婺源县人民政府", "赣ICP备06006139号")


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
    """A letter and its reply on the portal's 政民互动 board: a table of 信件 fields."""
    body = f"""<table class="xj-detail" width="100%" border="1" cellspacing="0" cellpadding="8">
<tr><th width="15%">信件编号</th><td>{number}</td><th width="15%">办理状态</th><td>已回复</td></tr>
<tr><th>信件标题</th><td colspan="3">{title}</td></tr>
<tr><th>来信人</th><td>{who}</td><th>来信时间</th><td>{asked}</td></tr>
<tr><th>来信内容</th><td colspan="3">{P(text)}</td></tr>
<tr><th>答复单位</th><td>{unit}</td><th>答复时间</th><td>{replied}</td></tr>
<tr><th>答复内容</th><td colspan="3">{P(reply)}</td></tr>
</table>
<div class="pj">满意度评价：<span>满意</span>　<a>我要写信</a></div>"""
    return portal(site, title, f"政民互动 &gt; {board}", replied, board, body)


# ---------------------------------------------------------------------------------------------------------
# 1-5 绩溪县 历史建筑: the 修缮补助办法 beside its 征求意见稿 (other figures), the 修缮补助核定表 样表 (values
# only in AcroForm fields), the 历史建筑认定申请表 模板 (content controls), a 12345 reply on one owner's house
# ---------------------------------------------------------------------------------------------------------

JX_TITLE = "绩溪县历史建筑和传统民居保护修缮补助办法"
JX_DRAFT_TITLE = f"关于公开征求《{JX_TITLE}（征求意见稿）》意见的公告"


def jx_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    advance = "" if draft else "补助资金可以在开工后预拨30%，其余部分验收合格后拨付。"
    return f"""
第一条　为加强历史建筑和传统民居保护，鼓励产权人按照传统风貌修缮保护，根据《历史文化名城名镇名村保护条例》
等规定，结合本县实际，制定本办法。

第二条　本办法适用于本县行政区域内经县人民政府认定公布的历史建筑、产权人为个人的县级文物保护单位，
以及列入传统村落保护名录的未定级传统民居的修缮。

第三条　修缮补助标准如下：

（一）历史建筑，按核定修缮费用的{f("50%", "40%")}给予补助，每处最高{f("20万元", "15万元")}；

（二）产权人为个人的县级文物保护单位，按核定修缮费用的{f("60%", "50%")}给予补助，每处最高
{f("30万元", "25万元")}；

（三）未定级传统民居，按核定修缮费用的{f("40%", "30%")}给予补助，每处最高{f("10万元", "8万元")}。

第四条　修缮应当保持原有外观、结构和传统工艺，使用传统材料，由具有相应资质的施工单位或者县住房和城乡建设局
公布的传统建筑工匠队伍施工。

第五条　修缮补助按下列程序办理：产权人向建筑所在乡镇人民政府提出申请；县住房和城乡建设局会同县文化旅游体育局
现场勘查，核定修缮内容和修缮费用；产权人组织施工；竣工后申请验收，验收合格后
{f("20个工作日", "30个工作日")}内拨付补助资金。{advance}

第六条　经认定公布的历史建筑，由县住房和城乡建设局自公布之日起30日内设置统一的保护标志牌。
任何单位和个人不得擅自设置、移动、涂改或者损毁标志牌。

第七条　享受补助的建筑修缮完成后5年内，不得擅自改变外观和主体结构；擅自拆除或者改变的，追回补助资金。

第八条　本办法自{f("2026年4月1日", "2026年3月1日")}起施行。
"""


JX_NOTICE = f"""
各乡镇人民政府，县直各有关单位：

《{JX_TITLE}》已经县人民政府第48次常务会议研究同意，现印发给你们，请认真贯彻执行。

绩溪县住房和城乡建设局　绩溪县文化旅游体育局　绩溪县财政局

2026年3月16日
"""

JX_DRAFT_LEAD = f"""
为加强我县历史建筑和传统民居保护，县住房和城乡建设局起草了《{JX_TITLE}（征求意见稿）》，现向社会公开征求意见。

征求意见时间：2026年1月20日至2026年2月19日。意见可发送至jxxzjj@163.com，或者寄至绩溪县住房和城乡建设局
村镇建设股（华阳镇徽山路）。

绩溪县住房和城乡建设局

2026年1月20日
"""

JX_FORM = "绩溪县历史建筑修缮补助核定表（样表）.pdf"
JX_FIELDS = [
    ("申请人", "胡某某"),
    ("建筑名称", "上庄镇宅坦村胡氏民居（历史建筑编号JX-LS-037）"),
    ("保护类别", "历史建筑"),
    ("修缮内容", "屋面翻修、木构架加固、天井排水改造"),
    ("核定修缮费用", "326400元"),
    ("补助比例", "50%"),
    ("核定补助金额", "163200元"),
    ("预拨金额", "48960元（核定补助金额的30%）"),
    ("核定日期", "2026年6月18日"),
    ("核定单位", "绩溪县住房和城乡建设局　绩溪县文化旅游体育局"),
]


def jx_form_pdf() -> bytes:
    """The 核定表 as the 住建局 posted its filled sample: reportlab draws the title, the labels and the
    empty boxes; pypdf adds an /AcroForm (/NeedAppearances true) whose text-field widgets hold the values
    in /V, no /AP — the values are in no content stream."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 16)
    c.drawCentredString(297, 780, "绩溪县历史建筑和传统民居修缮补助核定表")
    c.setFont("STSong-Light", 10)
    c.drawString(70, 752, "（样表）")
    c.drawRightString(525, 752, "编号：JXXS-2026-样")
    boxes = []
    y = 720
    for label, _ in JX_FIELDS:
        c.rect(70, y - 8, 120, 32)
        c.rect(190, y - 8, 335, 32)
        c.drawString(78, y + 4, label)
        boxes.append((label, [192, y - 6, 523, y + 22]))
        y -= 32
    c.setFont("STSong-Light", 9)
    c.drawString(70, y - 10, "说明：本表一式三份，产权人、乡镇人民政府、县住房和城乡建设局各执一份。")
    c.drawString(70, y - 26, "核定补助金额按《绩溪县历史建筑和传统民居保护修缮补助办法》第三条计算。")
    c.showPage()
    c.save()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(buf.getvalue())))
    page = writer.pages[0]
    values = dict(JX_FIELDS)
    refs = ArrayObject()
    for label, rect in boxes:
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(label),
                NameObject("/TU"): TextStringObject(f"请填写{label}"),
                NameObject("/V"): TextStringObject(values[label]),
                NameObject("/Rect"): ArrayObject(FloatObject(v) for v in rect),
                NameObject("/F"): NumberObject(4),
                NameObject("/DA"): TextStringObject("/STSong 10 Tf 0 g"),
                NameObject("/P"): page.indirect_reference,
            }
        )
        refs.append(writer._add_object(widget))
    page[NameObject("/Annots")] = refs
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type0"),
            NameObject("/BaseFont"): NameObject("/STSong-Light"),
            NameObject("/Encoding"): NameObject("/UniGB-UCS2-H"),
        }
    )
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject(refs),
            NameObject("/NeedAppearances"): BooleanObject(True),
            NameObject("/DA"): TextStringObject("/STSong 10 Tf 0 g"),
            NameObject("/DR"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/STSong"): writer._add_object(font)})}
            ),
        }
    )
    writer.add_metadata({"/Title": "历史建筑修缮补助核定表（样表）", "/Producer": "Foxit PhantomPDF"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# the 认定申请表 模板: content controls (w:sdt) at block level, inline and in table cells
WNS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_sdt_ids = iter(range(100000, 100100))


def w_run(text: str, bold: bool = False, size: int = 0) -> str:
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def w_p(inner: str, center: bool = False) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{inner}</w:p>"


def sdt_pr(alias: str, placeholder: bool, kind: str = "") -> str:
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{next(_sdt_ids)}"/>'
        f"{ph}{kind}</w:sdtPr>"
    )


def sdt_inline(alias: str, text: str, placeholder: bool = False) -> str:
    return (
        f"<w:sdt>{sdt_pr(alias, placeholder, '<w:text/>')}<w:sdtContent>{w_run(text)}</w:sdtContent></w:sdt>"
    )


def sdt_block(alias: str, paragraphs: list[str], placeholder: bool = False) -> str:
    body = "".join(w_p(w_run(p)) for p in paragraphs)
    return f"<w:sdt>{sdt_pr(alias, placeholder)}<w:sdtContent>{body}</w:sdtContent></w:sdt>"


JX_TEMPLATE = "绩溪县历史建筑认定申请表（模板）.docx"
JX_TEMPLATE_NOTES = [
    "填表说明：",
    "1.本表一式三份，由建筑的产权人或者使用人填写，向建筑所在乡镇人民政府提交；村民委员会、社会组织和个人"
    "均可以推荐历史建筑。",
    "2.县住房和城乡建设局自受理之日起20个工作日内组织专家论证，论证通过的在县人民政府网站公示15日，"
    "公示无异议的报县人民政府认定公布。",
    "3.产权人对认定结果有异议的，可以自公布之日起60日内向县住房和城乡建设局申请复核。",
]
JX_TEMPLATE_ROWS = [
    ("建筑名称", "单击或点击此处输入文字。", True),
    ("建筑地址", "单击或点击此处输入文字。", True),
    ("产权人（使用人）", "单击或点击此处输入文字。", True),
    ("建成年代", "请选择：明代 / 清代 / 民国 / 1949年以后", True),
    (
        "申请材料",
        "产权证明或者村民委员会出具的权属说明、建筑现状照片不少于10张（含正立面、侧立面和主要构件）、"
        "建筑平面示意图、申请人身份证明复印件",
        False,
    ),
    ("挂牌", "认定公布后由县住房和城乡建设局免费设置铜质保护标志牌，产权人应当配合安装", False),
]


def jx_template_docx() -> bytes:
    rows = []
    for label, text, placeholder in JX_TEMPLATE_ROWS:
        cell = sdt_block(label, [text], placeholder)
        rows.append(
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>'
            f"{w_p(w_run(label, bold=True))}</w:tc>"
            f'<w:tc><w:tcPr><w:tcW w:w="6400" w:type="dxa"/></w:tcPr>{cell}</w:tc></w:tr>'
        )
    tbl = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8800" w:type="dxa"/>'
        '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="6400"/></w:tblGrid>' + "".join(rows) + "</w:tbl>"
    )
    body = (
        w_p(w_run("绩溪县历史建筑认定申请表", bold=True, size=36), center=True)
        + w_p(
            w_run("申请日期：")
            + sdt_inline("申请日期", "选择日期", placeholder=True)
            + w_run("　　受理编号：")
            + sdt_inline("受理编号", "由受理窗口填写", placeholder=True)
        )
        + tbl
        + sdt_block("填表说明", JX_TEMPLATE_NOTES)
        + w_p(
            w_run("受理窗口：")
            + sdt_inline("受理窗口", "县政务服务中心住建窗口（华阳镇徽山路）")
            + w_run("　咨询电话：")
            + sdt_inline("咨询电话", "0563-8152617")
        )
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
        'w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    )
    document = XML + f"<w:document {WNS}><w:body>{body}</w:body></w:document>"
    return package(
        [
            (
                "[Content_Types].xml",
                XML + f'<Types xmlns="{CT}"><Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                'package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
            ),
            ("_rels/.rels", root_rels(f"{OFC_REL}/officeDocument", "word/document.xml")),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", rels([])),
            ("docProps/core.xml", core_xml("绩溪县历史建筑认定申请表", "jxzjj-czk", "2026-04-02T09:10:00Z")),
            ("docProps/app.xml", app_xml("Microsoft Office Word")),
        ]
    )


def jx_repost() -> str:
    """The 宣城市住房和城乡建设局's 转载 of the 办法: an editor's lead, the preamble and 第一条 to 第三条."""
    items = J(jx_articles(draft=False))
    title = "绩溪出台历史建筑和传统民居保护修缮补助办法"
    kept = "\n".join(f"<p>{a}</p>" for a in items[:6])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_宣城市住房和城乡建设局</title></head>
<body>
<div class="top">宣城市住房和城乡建设局　<a>首页</a> <a>政务公开</a> <a>县市区动态</a> <a>互动交流</a></div>
<div class="dqwz">当前位置：首页 &gt; 县市区动态</div>
<div class="wz"><h1>{title}</h1>
<div class="xx">信息来源：绩溪县住房和城乡建设局　发布时间：2026-03-20　【字号：大 中 小】</div>
<p>近日，绩溪县印发《{JX_TITLE}》，自2026年4月1日起施行。现将主要内容摘录如下。</p>
{kept}
<p>（摘自绩溪县人民政府网站，有删节）</p>
</div>
<div class="foot">宣城市住房和城乡建设局主办　皖ICP备05009321号　网站标识码：3418000018</div>
</body></html>
"""


def write_jixi() -> None:
    write(
        f"安徽/绩溪县/{JX_TITLE}.html",
        portal(
            JX,
            f"关于印发{JX_TITLE}的通知",
            "政务公开 &gt; 政策文件",
            "2026-03-16",
            "绩溪县住房和城乡建设局",
            P(JX_NOTICE) + f"\n<p style='text-align:center'><b>{JX_TITLE}</b></p>\n" + P(jx_articles(False)),
            f"绩建{L}2026{R}7号",
        ),
    )
    write(
        f"安徽/绩溪县/{JX_DRAFT_TITLE}.html",
        portal(
            JX,
            JX_DRAFT_TITLE,
            "政民互动 &gt; 意见征集",
            "2026-01-20",
            "绩溪县住房和城乡建设局",
            P(JX_DRAFT_LEAD)
            + f"\n<p style='text-align:center'><b>{JX_TITLE}（征求意见稿）</b></p>\n"
            + P(jx_articles(True))
            + "\n<div class='zt'>征集状态：已结束</div>",
        ),
    )
    write_bytes(f"安徽/绩溪县/{JX_FORM}", jx_form_pdf())
    write_bytes(f"安徽/绩溪县/{JX_TEMPLATE}", jx_template_docx())
    t = "老房子认定成历史建筑了，修缮核定费用28万，能补多少？"
    write(
        f"安徽/绩溪县/12345 {t}.html",
        letter(
            JX,
            "12345热线",
            t,
            "汪**",
            "2026-05-06",
            """
我家在瀛洲镇，祖上传下来的老房子去年被县里认定成历史建筑了，门口还挂了牌子。现在屋顶漏雨、有两根柱子也蛀了，
想好好修一修。住建局和文旅局的人来看过，核定修缮费用28万元，我们自己前后估了大概35万。请问能补多少钱？
钱是修完才给还是能先拿一点？
""",
            "绩溪县住房和城乡建设局",
            "2026-05-11",
            """
您好！经县住房和城乡建设局村镇建设股核实，答复如下：

一、根据《绩溪县历史建筑和传统民居保护修缮补助办法》，历史建筑按核定修缮费用的50%给予补助，每处最高20万元。
补助以核定修缮费用为准，您家核定修缮费用28万元，可补助14万元，未超过上限。

二、补助资金可以在开工后预拨30%，即4.2万元，其余部分竣工验收合格后20个工作日内拨付。

三、修缮须保持原有外观和传统工艺，由具有相应资质的施工单位或者县住建局公布的传统建筑工匠队伍施工。
修缮完成后5年内不得擅自改变外观和主体结构。

咨询电话：0563-8152617。
""",
            "JX12345-20260506-0211",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 6-8 阳城县 文物: the 文物发现报告奖励办法 saved as Strict Open XML, the 文物看护员 培训会 slides (.pptx with
# grouped shapes nested two deep), a 县长信箱 reply reckoning one villager's 奖励
# ---------------------------------------------------------------------------------------------------------

YC_TITLE = "阳城县文物发现报告奖励办法"
YC_DOCX = f"{YC_TITLE}.docx"
YC_TEXT = f"""
阳文物{L}2026{R}4号

第一条　为鼓励公民、法人和其他组织及时报告发现的文物，保护文物安全，根据《中华人民共和国文物保护法》
及有关规定，结合本县实际，制定本办法。

第二条　在本县行政区域内进行建设工程、农业生产或者其他活动中发现地下、水下文物或者疑似古遗址、古墓葬，
发现后24小时内向县文物局报告并保护现场的，按照本办法给予奖励。报告电话：0356-4222110。

第三条　奖励标准如下：

（一）经鉴定为一级文物的，或者发现具有重要价值的古遗址、古墓葬的，每次奖励2万元；

（二）经鉴定为二级文物的，每件奖励1万元；

（三）经鉴定为三级文物的，每件奖励5000元；

（四）经鉴定为一般文物的，每件奖励200元，每次最高3000元。

第四条　县文物局接到报告后，应当在3个工作日内派员到达现场，经鉴定确认后30日内发放奖励。

第五条　隐匿不报、私自挖掘、私分或者倒卖文物的，不予奖励，并依法追究法律责任。

第六条　本办法自2026年3月15日起施行。

阳城县文物局　阳城县财政局

2026年3月2日
"""
S_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
S_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def yc_strict_docx() -> bytes:
    """A .docx saved as “Strict Open XML 文档”: the ISO/IEC 29500 strict namespaces and relationship types,
    w:conformance="strict", a styles part of its own."""
    paras = J(YC_TEXT)

    def p(text: str, center: bool = False, bold: bool = False, size: int = 32) -> str:
        ppr = (
            '<w:pPr><w:jc w:val="center"/></w:pPr>'
            if center
            else '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
        )
        rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr>'
        return f"<w:p>{ppr}<w:r>{rpr}<w:t>{escape(text)}</w:t></w:r></w:p>"

    body = p(YC_TITLE, center=True, bold=True, size=44) + "".join(
        p(t, center=t.startswith("阳文物")) for t in paras
    )
    document = (
        XML + f'<w:document xmlns:w="{S_W}" xmlns:r="{S_R}" w:conformance="strict"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
        'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    styles = (
        XML + f'<w:styles xmlns:w="{S_W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New'
        ' Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
        '</w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" '
        'w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>'
    )
    return package(
        [
            (
                "[Content_Types].xml",
                XML + f'<Types xmlns="{CT}"><Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" '
                'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override '
                'PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                'extended-properties+xml"/></Types>',
            ),
            (
                "_rels/.rels",
                rels(
                    [
                        ("rId1", f"{S_R}/officeDocument", "word/document.xml"),
                        ("rId2", f"{PKG_REL}/metadata/core-properties", "docProps/core.xml"),
                        ("rId3", f"{S_R}/extendedProperties", "docProps/app.xml"),
                    ]
                ),
            ),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", rels([("rId1", f"{S_R}/styles", "styles.xml")])),
            ("word/styles.xml", styles),
            ("docProps/core.xml", core_xml(YC_TITLE, "ycwwj", "2026-03-02T07:40:00Z")),
            (
                "docProps/app.xml",
                XML + '<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties">'
                "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>",
            ),
        ]
    )


# the 看护员 培训会 slides: group shapes nested two deep around a table and text boxes
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
PNS = f'xmlns:a="{A_NS}" xmlns:r="{OFC_REL}" xmlns:p="{P_NS}"'
_shape_ids = iter(range(2, 200))


def a_paras(lines: list[str], size: int = 1800) -> str:
    return "".join(
        f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="{size}" dirty="0"/>'
        f"<a:t>{escape(ln)}</a:t></a:r></a:p>"
        for ln in lines
    )


def xfrm(x: int, y: int, cx: int, cy: int, tag: str = "a:xfrm", group: bool = False) -> str:
    ch = f'<a:chOff x="{x}" y="{y}"/><a:chExt cx="{cx}" cy="{cy}"/>' if group else ""
    return f'<{tag}><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/>{ch}</{tag}>'


def text_box(lines: list[str], x: int, y: int, cx: int, cy: int, size: int = 1800) -> str:
    i = next(_shape_ids)
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="文本框 {i}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr>{xfrm(x, y, cx, cy)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/></a:bodyPr><a:lstStyle/>'
        f"{a_paras(lines, size)}</p:txBody></p:sp>"
    )


def pptx_table(rows: list[list[str]], x: int, y: int, widths: list[int]) -> str:
    i = next(_shape_ids)
    grid = "".join(f'<a:gridCol w="{w}"/>' for w in widths)
    trs = "".join(
        '<a:tr h="420000">'
        + "".join(
            f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{a_paras([c], 1400)}</a:txBody><a:tcPr/></a:tc>"
            for c in row
        )
        + "</a:tr>"
        for row in rows
    )
    return (
        f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{i}" name="表格 {i}"/><p:cNvGraphicFramePr>'
        '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
        f"{xfrm(x, y, sum(widths), 420000 * len(rows), 'p:xfrm')}<a:graphic>"
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f'<a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>{trs}</a:tbl>'
        "</a:graphicData></a:graphic></p:graphicFrame>"
    )


def group(children: str, x: int, y: int, cx: int, cy: int) -> str:
    i = next(_shape_ids)
    return (
        f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{i}" name="组合 {i}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        f"<p:grpSpPr>{xfrm(x, y, cx, cy, group=True)}</p:grpSpPr>{children}</p:grpSp>"
    )


def slide(shapes: str) -> str:
    return (
        XML + f'<p:sld {PNS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
        f"<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>{shapes}</p:spTree></p:cSld>"
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )


YC_PPTX = "2026年阳城县文物看护员业务培训会.pptx"
YC_PAY = [
    ["看护对象", "看护员补贴标准", "巡查频次"],
    ["全国重点文物保护单位", "每人每月600元", "每周不少于3次"],
    ["省级文物保护单位", "每人每月450元", "每周不少于2次"],
    ["市级、县级文物保护单位", "每人每月300元", "每周不少于1次"],
]


def yc_pptx() -> bytes:
    s1 = slide(
        text_box(["2026年阳城县文物看护员业务培训会"], 838200, 2130000, 10515600, 1000000, 4000)
        + text_box(["阳城县文物局　2026年4月"], 838200, 3400000, 10515600, 600000, 2000)
    )
    s2 = slide(
        group(
            text_box(["一、看护员补贴标准"], 600000, 300000, 9000000, 600000, 2800)
            + group(
                pptx_table(YC_PAY, 600000, 1000000, [4200000, 3400000, 3000000])
                + text_box(
                    [
                        "补贴按季度发放，由县文物局考核后通过“一卡通”直接发放到看护员本人账户。",
                        "季度考核不合格的，停发当季补贴；连续两个季度不合格的，予以解聘。",
                    ],
                    600000,
                    2900000,
                    10600000,
                    900000,
                    1600,
                ),
                600000,
                1000000,
                10600000,
                2800000,
            ),
            600000,
            300000,
            10600000,
            3500000,
        )
    )
    s3 = slide(
        group(
            text_box(["二、巡查和报告要求"], 600000, 300000, 9000000, 600000, 2800)
            + group(
                text_box(
                    [
                        "1.看护员每月通过“文物安全巡查”小程序上传巡查记录不少于8次，附现场照片。",
                        "2.发现盗掘、火情、建筑坍塌等险情，立即拨打0356-4222110报告县文物局，并同时报告乡镇人民政府。",
                        "3.看护员年龄一般不超过70周岁，由文物所在村推荐，乡镇审核，县文物局聘用。",
                    ],
                    600000,
                    1000000,
                    10600000,
                    2400000,
                    1800,
                ),
                600000,
                1000000,
                10600000,
                2400000,
            ),
            600000,
            300000,
            10600000,
            3100000,
        )
    )
    slides = [s1, s2, s3]
    theme_colors = "".join(
        f'<a:{n}><a:srgbClr val="{v}"/></a:{n}>'
        for n, v in [
            ("dk2", "44546A"),
            ("lt2", "E7E6E6"),
            ("accent1", "4472C4"),
            ("accent2", "ED7D31"),
            ("accent3", "A5A5A5"),
            ("accent4", "FFC000"),
            ("accent5", "5B9BD5"),
            ("accent6", "70AD47"),
            ("hlink", "0563C1"),
            ("folHlink", "954F72"),
        ]
    )
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    theme = (
        XML + f'<a:theme xmlns:a="{A_NS}" name="Office 主题"><a:themeElements><a:clrScheme name="Office">'
        '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" '
        f'lastClr="FFFFFF"/></a:lt1>{theme_colors}</a:clrScheme><a:fontScheme name="Office"><a:majorFont>'
        '<a:latin typeface="等线 Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont>'
        '<a:latin typeface="等线"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
        f'<a:fmtScheme name="Office"><a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>'
        + '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' * 3
        + "</a:lnStyleLst><a:effectStyleLst>"
        + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
        + f"</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme>"
        "</a:themeElements></a:theme>"
    )
    tree = (
        '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        "<p:grpSpPr/></p:spTree></p:cSld>"
    )
    master = (
        XML + f'<p:sldMaster {PNS}>{tree}<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
        'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
        'accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId '
        'id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>'
    )
    layout = (
        XML
        + f'<p:sldLayout {PNS} type="blank" preserve="1">'
        + tree.replace("<p:cSld>", '<p:cSld name="空白">')
        + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
    sld_ids = "".join(f'<p:sldId id="{256 + i}" r:id="rId{2 + i}"/>' for i in range(len(slides)))
    presentation = (
        XML + f'<p:presentation {PNS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" '
        f'r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>{sld_ids}</p:sldIdLst><p:sldSz cx="12192000" '
        'cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>'
    )
    pml = "application/vnd.openxmlformats-officedocument.presentationml"
    overrides = (
        f'<Override PartName="/ppt/presentation.xml" ContentType="{pml}.presentation.main+xml"/>'
        f'<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="{pml}.slideMaster+xml"/>'
        f'<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="{pml}.slideLayout+xml"/>'
        '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.theme+xml"/>'
        + "".join(
            f'<Override PartName="/ppt/slides/slide{i}.xml" ContentType="{pml}.slide+xml"/>'
            for i in range(1, len(slides) + 1)
        )
        + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
        'core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    )
    entries: list[tuple[str, str | bytes]] = [
        (
            "[Content_Types].xml",
            XML + f'<Types xmlns="{CT}"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            f'ContentType="application/xml"/>{overrides}</Types>',
        ),
        ("_rels/.rels", root_rels(f"{OFC_REL}/officeDocument", "ppt/presentation.xml")),
        ("docProps/core.xml", core_xml("文物看护员业务培训会", "ycwwj-bhk", "2026-04-14T02:20:00Z")),
        ("docProps/app.xml", app_xml("Microsoft Office PowerPoint")),
        ("ppt/presentation.xml", presentation),
        (
            "ppt/_rels/presentation.xml.rels",
            rels(
                [("rId1", f"{OFC_REL}/slideMaster", "slideMasters/slideMaster1.xml")]
                + [
                    (f"rId{2 + i}", f"{OFC_REL}/slide", f"slides/slide{1 + i}.xml")
                    for i in range(len(slides))
                ]
                + [(f"rId{2 + len(slides)}", f"{OFC_REL}/theme", "theme/theme1.xml")]
            ),
        ),
        ("ppt/slideMasters/slideMaster1.xml", master),
        (
            "ppt/slideMasters/_rels/slideMaster1.xml.rels",
            rels(
                [
                    ("rId1", f"{OFC_REL}/slideLayout", "../slideLayouts/slideLayout1.xml"),
                    ("rId2", f"{OFC_REL}/theme", "../theme/theme1.xml"),
                ]
            ),
        ),
        ("ppt/slideLayouts/slideLayout1.xml", layout),
        (
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
            rels([("rId1", f"{OFC_REL}/slideMaster", "../slideMasters/slideMaster1.xml")]),
        ),
        ("ppt/theme/theme1.xml", theme),
    ]
    for i, s in enumerate(slides, 1):
        entries.append((f"ppt/slides/slide{i}.xml", s))
        entries.append(
            (
                f"ppt/slides/_rels/slide{i}.xml.rels",
                rels([("rId1", f"{OFC_REL}/slideLayout", "../slideLayouts/slideLayout1.xml")]),
            )
        )
    return package(entries)


def write_yangcheng() -> None:
    write_bytes(f"山西/阳城县/{YC_DOCX}", yc_strict_docx())
    write_bytes(f"山西/阳城县/{YC_PPTX}", yc_pptx())
    t = "盖房挖出两个陶罐和一堆铜钱，上报了能奖励多少？"
    write(
        f"山西/阳城县/县长信箱 {t}.html",
        letter(
            YC,
            "县长信箱",
            t,
            "李**（润城镇）",
            "2026-06-22",
            """
县长您好！我是润城镇的村民，5月份在自家宅基地上翻盖房子，挖地基挖到1米多深，挖出来两个陶罐和一堆铜钱。
当天晚上我就给县文物局打了电话，文物局第二天来人把东西都拿走了，说要鉴定。听说上报文物有奖励，
请问我这种情况能奖多少钱？现在鉴定结果出来没有？
""",
            "阳城县文物局",
            "2026-06-29",
            """
您好！感谢您及时报告并保护现场。经县文物局核实，答复如下：

一、经市文物鉴定站鉴定，您上交的2个陶罐为三级文物，铜钱共40枚为一般文物。

二、根据《阳城县文物发现报告奖励办法》，三级文物每件奖励5000元，2件计10000元；一般文物每件奖励200元，
40枚计8000元，超过每次最高3000元的限额，按3000元奖励。合计奖励13000元。

三、奖励资金将在鉴定确认后30日内发放，请您携带身份证和银行卡到县文物局（凤城镇新建东路）办理领取手续。

咨询电话：0356-4222110。
""",
            "YCXZXX-2026-0622-037",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-12 黎平县 传统村落: the 奖补实施方案, the 2026 分配表 (.xlsx: rich-text shared strings, a cell comment),
# the 申报流程 (.docx whose steps are a SmartArt diagram), a 领导留言板 reply on one village's 木楼
# ---------------------------------------------------------------------------------------------------------

LP_TITLE = "黎平县传统村落保护发展奖补实施方案"
LP_BODY = """
各乡镇人民政府、街道办事处，县直有关部门：

为加强传统村落保护，推动传统村落活态传承和发展，经县人民政府同意，制定本方案。

一、奖补对象

列入中国传统村落名录的行政村（以下简称传统村落）。

二、奖补标准

（一）传统村落保护发展规划编制完成并经县人民政府批准的，每村一次性奖补5万元；

（二）传统民居改造利用（改造为民宿、非遗工坊、村史馆等），经验收合格的每栋奖补1.5万元，每村每年最多20栋；

（三）消防设施建设（消防池、消防栓、防火线改造），按实际投资给予奖补，每村最高10万元；

（四）年度传统村落保护发展考核为优秀的村，另奖励10万元。

三、资金管理

奖补资金由县财政统筹安排，县住房和城乡建设局会同县财政局下达分配计划，按项目进度分批拨付。
奖补资金实行专账核算，专款专用。

四、申报

每年3月底前，由村民委员会经村民代表大会讨论通过后向乡镇人民政府申报，具体流程见申报流程图。

五、本方案自印发之日起施行，有效期3年。

黎平县住房和城乡建设局　黎平县财政局

2026年2月26日
"""

LP_XLSX = "黎平县2026年传统村落保护发展奖补资金分配表.xlsx"
LP_VILLAGES = [
    # 乡镇, 村, 民居改造（栋）, 消防, 规划, 考核
    ("肇兴镇", "堂安村", 12, "10", "0", "10"),
    ("茅贡镇", "地扪村", 20, "8", "5", "0"),
    ("双江镇", "黄岗村", 9, "10", "5", "10"),
    ("岩洞镇", "述洞村", 6, "6", "5", "0"),
    ("岩洞镇", "铜关村", 15, "10", "0", "0"),
    ("肇兴镇", "纪堂村", 18, "7.5", "5", "10"),
    ("茅贡镇", "高近村", 4, "5", "5", "0"),
    ("尚重镇", "洋洞村", 10, "10", "5", "0"),
]
LP_COMMENT = (
    "县住建局 杨晓东:\n说明：1.民居改造奖补按每栋1.5万元核定；2.资金分两批拨付，第一批于2026年7月拨付60%，"
    "其余40%经县住建局年度验收合格后拨付；3.红色数字为县财政局复核后调整的数据。"
)


def _dec(v: float) -> str:
    return f"{v:g}"


def lp_rows() -> list[tuple[str, str, int, float, float, float, float, float]]:
    out = []
    for town, village, houses, fire, plan, prize in LP_VILLAGES:
        money = houses * 1.5
        total = money + float(fire) + float(plan) + float(prize)
        out.append((town, village, houses, money, float(fire), float(plan), float(prize), total))
    return out


def lp_total() -> str:
    return _dec(sum(r[7] for r in lp_rows()))


def lp_xlsx() -> bytes:
    """The 分配表: every text cell a shared string, the 小计 of 纪堂村 and the 合计 rich-text strings whose
    figure is split over <r> runs (the part the 财政局 changed in red); a comment on the title cell holds
    the 说明; a merged title row."""
    sst: list[str] = []

    def s(text: str) -> int:
        sst.append(f"<si><t>{escape(text)}</t></si>")
        return len(sst) - 1

    red = '<rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="宋体"/><charset val="134"/></rPr>'
    plain = '<rPr><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr>'

    def rich(*runs: tuple[str, bool]) -> int:
        body = "".join(f"<r>{red if r else plain}<t>{escape(t)}</t></r>" for t, r in runs)
        sst.append(f"<si>{body}</si>")
        return len(sst) - 1

    cols = "ABCDEFGHI"

    def cs(ref: str, idx: int, style: int = 1) -> str:
        return f'<c r="{ref}" s="{style}" t="s"><v>{idx}</v></c>'

    def cn(ref: str, value: float | int, style: int = 1) -> str:
        return f'<c r="{ref}" s="{style}"><v>{_dec(float(value))}</v></c>'

    head = ["序号", "乡镇", "村名", "民居改造（栋）", "民居改造奖补（万元）", "消防设施（万元）",
            "规划编制（万元）", "考核奖励（万元）", "小计（万元）"]  # fmt: skip
    title = cs("A1", s("黎平县2026年传统村落保护发展奖补资金分配表"), 2)
    rows_xml = [f'<row r="1" ht="28" customHeight="1">{title}</row>']
    rows_xml.append(
        '<row r="2">' + "".join(cs(f"{c}2", s(h), 3) for c, h in zip(cols, head, strict=True)) + "</row>"
    )
    data = lp_rows()
    for k, (town, village, houses, money, fire, plan, prize, total) in enumerate(data):
        r = k + 3
        cells = [cn(f"A{r}", k + 1), cs(f"B{r}", s(town)), cs(f"C{r}", s(village)), cn(f"D{r}", houses)]
        cells.append(cn(f"E{r}", money))
        cells += [cn(f"F{r}", fire), cn(f"G{r}", plan), cn(f"H{r}", prize)]
        if village == "纪堂村":
            whole = _dec(total)
            cells.append(cs(f"I{r}", rich((whole[:2], False), (whole[2:], True))))
        else:
            cells.append(cn(f"I{r}", total))
        rows_xml.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    r = len(data) + 3
    grand = lp_total() + "万元"
    rows_xml.append(
        f'<row r="{r}">{cs(f"A{r}", s("合计"), 3)}{cn(f"D{r}", sum(d[2] for d in data), 3)}'
        f"{cn(f'E{r}', sum(d[3] for d in data), 3)}"
        f"{cs(f'I{r}', rich((grand[:2], False), (grand[2:], True)), 3)}</row>"
    )
    r += 1
    rows_xml.append(f'<row r="{r}">{cs(f"A{r}", s("制表：黎平县住房和城乡建设局　2026年6月"))}</row>')
    sheet = (
        XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{OFC_REL}"><dimension ref="A1:I{r}"/><sheetViews><sheetView workbookViewId="0"/>'
        '</sheetViews><sheetFormatPr defaultRowHeight="14.4"/><cols><col min="1" max="1" width="6" '
        'customWidth="1"/><col min="2" max="9" width="14" customWidth="1"/></cols>'
        f"<sheetData>{''.join(rows_xml)}</sheetData>"
        '<mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<legacyDrawing r:id="rId2"/></worksheet>'
    )
    author, text = LP_COMMENT.split("\n", 1)
    comments = (
        XML + '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<authors><author>{author.rstrip(':')}</author></authors><commentList>"
        f'<comment ref="A1" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/></rPr>'
        f'<t>{escape(author)}</t></r><r><rPr><sz val="9"/><rFont val="宋体"/></rPr>'
        f'<t xml:space="preserve">\n{escape(text)}</t></r></text></comment></commentList></comments>'
    )
    vml = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap '
        'v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
        'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" '
        'style="position:absolute;margin-left:60pt;margin-top:2pt;width:220pt;height:90pt;z-index:1;'
        'visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
        '<v:shadow on="t" color="black" obscured="t"/><v:textbox style="mso-direction-alt:auto"/>'
        '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 5, 15, '
        "6, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData>"
        "</v:shape></xml>"
    )
    styles = (
        XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font>'
        '<font><b/><sz val="16"/><name val="宋体"/><charset val="134"/></font>'
        '<font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
        'patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/>'
        '<diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/>'
        '<bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" '
        'fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" '
        'fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" '
        'applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1">'
        '<alignment horizontal="center"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" '
        'applyFont="1" applyBorder="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" '
        'builtinId="0"/></cellStyles></styleSheet>'
    )
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return package(
        [
            (
                "[Content_Types].xml",
                XML + f'<Types xmlns="{CT}"><Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Default Extension="vml" ContentType="application/'
                'vnd.openxmlformats-officedocument.vmlDrawing"/>'
                f'<Override PartName="/xl/workbook.xml" ContentType="{sml}.sheet.main+xml"/>'
                f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{sml}.worksheet+xml"/>'
                f'<Override PartName="/xl/styles.xml" ContentType="{sml}.styles+xml"/>'
                f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sml}.sharedStrings+xml"/>'
                f'<Override PartName="/xl/comments1.xml" ContentType="{sml}.comments+xml"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                'package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
            ),
            ("_rels/.rels", root_rels(f"{OFC_REL}/officeDocument", "xl/workbook.xml")),
            ("docProps/core.xml", core_xml("", "lpxzjj-cjk", "2026-06-12T03:00:00Z")),
            ("docProps/app.xml", app_xml("Microsoft Excel")),
            (
                "xl/workbook.xml",
                XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'xmlns:r="{OFC_REL}"><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="23040" '
                'windowHeight="9384"/></bookViews><sheets><sheet name="分配表" sheetId="1" r:id="rId1"/>'
                "</sheets></workbook>",
            ),
            (
                "xl/_rels/workbook.xml.rels",
                rels(
                    [
                        ("rId1", f"{OFC_REL}/worksheet", "worksheets/sheet1.xml"),
                        ("rId2", f"{OFC_REL}/styles", "styles.xml"),
                        ("rId3", f"{OFC_REL}/sharedStrings", "sharedStrings.xml"),
                    ]
                ),
            ),
            ("xl/worksheets/sheet1.xml", sheet),
            (
                "xl/worksheets/_rels/sheet1.xml.rels",
                rels(
                    [
                        ("rId1", f"{OFC_REL}/comments", "../comments1.xml"),
                        ("rId2", f"{OFC_REL}/vmlDrawing", "../drawings/vmlDrawing1.vml"),
                    ]
                ),
            ),
            (
                "xl/sharedStrings.xml",
                XML + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{len(sst)}" uniqueCount="{len(sst)}">{"".join(sst)}</sst>',
            ),
            ("xl/styles.xml", styles),
            ("xl/comments1.xml", comments),
            ("xl/drawings/vmlDrawing1.vml", vml),
        ]
    )


# the 申报流程: a SmartArt diagram whose steps are only in word/diagrams/data1.xml
LP_FLOW = "黎平县中国传统村落保护发展项目申报流程.docx"
LP_STEPS = [
    "村民委员会提出项目申请，经村民代表大会讨论通过",
    "乡镇人民政府初审（5个工作日）",
    "县住房和城乡建设局会同县文体广电旅游局现场审核（10个工作日）",
    "县传统村落保护发展工作领导小组审定",
    "审定结果在县人民政府网站公示7天",
    "县财政局、县住房和城乡建设局下达资金计划",
]
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"


def lp_smartart_docx() -> bytes:
    pts = [
        '<dgm:pt modelId="{00000000-0000-0000-0000-000000000000}" type="doc"><dgm:prSet '
        'loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/process2" loCatId="process" '
        'qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" '
        'csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1"/>'
        '<dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p>'
        "</dgm:t></dgm:pt>"
    ]
    cxns = []
    for k, step in enumerate(LP_STEPS, 1):
        mid = f"{{5A1B2C3D-0000-4000-8000-{k:012d}}}"
        pts.append(
            f'<dgm:pt modelId="{mid}"><dgm:prSet phldrT="[文本]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>'
            f'<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>{escape(step)}</a:t></a:r></a:p>'
            "</dgm:t></dgm:pt>"
        )
        for kind, n in (("parTrans", 100 + k), ("sibTrans", 200 + k)):
            tid = f"{{5A1B2C3D-0000-4000-8000-{n:012d}}}"
            pts.append(
                f'<dgm:pt modelId="{tid}" type="{kind}" cxnId="{{6B000000-0000-4000-8000-{k:012d}}}">'
                '<dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" '
                'altLang="en-US"/></a:p></dgm:t></dgm:pt>'
            )
        cxns.append(
            f'<dgm:cxn modelId="{{6B000000-0000-4000-8000-{k:012d}}}" '
            f'srcId="{{00000000-0000-0000-0000-000000000000}}" destId="{mid}" srcOrd="{k - 1}" destOrd="0" '
            f'parTransId="{{5A1B2C3D-0000-4000-8000-{100 + k:012d}}}" '
            f'sibTransId="{{5A1B2C3D-0000-4000-8000-{200 + k:012d}}}"/>'
        )
    data = (
        XML + f'<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A_NS}"><dgm:ptLst>{"".join(pts)}</dgm:ptLst>'
        f"<dgm:cxnLst>{''.join(cxns)}</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>"
    )
    layout = (
        XML + f'<dgm:layoutDef xmlns:dgm="{DGM}" xmlns:a="{A_NS}" '
        'uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/process2"><dgm:title val=""/>'
        '<dgm:desc val=""/><dgm:catLst><dgm:cat type="process" pri="1000"/></dgm:catLst>'
        '<dgm:layoutNode name="linearFlow"><dgm:alg type="lin">'
        '<dgm:param type="linDir" val="fromT"/></dgm:alg>'
        '<dgm:shape xmlns:r="' + OFC_REL + '" r:blip=""><dgm:adjLst/></dgm:shape></dgm:layoutNode>'
        "</dgm:layoutDef>"
    )
    qs = (
        XML + f'<dgm:styleDef xmlns:dgm="{DGM}" xmlns:a="{A_NS}" '
        'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/>'
        '<dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst></dgm:styleDef>'
    )
    colors = (
        XML + f'<dgm:colorsDef xmlns:dgm="{DGM}" xmlns:a="{A_NS}" '
        'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/>'
        '<dgm:desc val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst></dgm:colorsDef>'
    )
    drawing = (
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" '
        'distR="0"><wp:extent cx="5486400" cy="6400800"/><wp:effectExtent l="0" t="0" r="0" b="19050"/>'
        '<wp:docPr id="1" name="图示 1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="' + A_NS + '">'
        f'<a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" r:dm="rId2" r:lo="rId3" r:qs="rId4" '
        'r:cs="rId5"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    )
    body = (
        w_p(w_run("黎平县中国传统村落保护发展项目申报流程", bold=True, size=36), center=True)
        + w_p(w_run("根据《黎平县传统村落保护发展奖补实施方案》，项目申报流程如下："))
        + drawing
        + w_p(
            w_run("注：各环节时限均为工作日，公示期不计入办理时限。咨询电话：0855-3221836（县住建局村镇股）")
        )
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
        'w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    )
    document = (
        XML + f"<w:document {WNS} "
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f"<w:body>{body}</w:body></w:document>"
    )
    dml = "application/vnd.openxmlformats-officedocument.drawingml"
    return package(
        [
            (
                "[Content_Types].xml",
                XML + f'<Types xmlns="{CT}"><Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                f'<Override PartName="/word/diagrams/data1.xml" ContentType="{dml}.diagramData+xml"/>'
                f'<Override PartName="/word/diagrams/layout1.xml" ContentType="{dml}.diagramLayout+xml"/>'
                f'<Override PartName="/word/diagrams/quickStyle1.xml" ContentType="{dml}.diagramStyle+xml"/>'
                f'<Override PartName="/word/diagrams/colors1.xml" ContentType="{dml}.diagramColors+xml"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                'package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
            ),
            ("_rels/.rels", root_rels(f"{OFC_REL}/officeDocument", "word/document.xml")),
            ("word/document.xml", document),
            (
                "word/_rels/document.xml.rels",
                rels(
                    [
                        ("rId2", f"{OFC_REL}/diagramData", "diagrams/data1.xml"),
                        ("rId3", f"{OFC_REL}/diagramLayout", "diagrams/layout1.xml"),
                        ("rId4", f"{OFC_REL}/diagramQuickStyle", "diagrams/quickStyle1.xml"),
                        ("rId5", f"{OFC_REL}/diagramColors", "diagrams/colors1.xml"),
                    ]
                ),
            ),
            ("word/diagrams/data1.xml", data),
            ("word/diagrams/layout1.xml", layout),
            ("word/diagrams/quickStyle1.xml", qs),
            ("word/diagrams/colors1.xml", colors),
            ("docProps/core.xml", core_xml("申报流程", "lpxzjj-czg", "2026-03-03T01:30:00Z")),
            ("docProps/app.xml", app_xml("Microsoft Office Word")),
        ]
    )


def write_liping() -> None:
    write(
        f"贵州/黎平县/{LP_TITLE}.html",
        portal(
            LP,
            f"关于印发{LP_TITLE}的通知",
            "政务公开 &gt; 部门文件",
            "2026-02-26",
            "黎平县住房和城乡建设局",
            P(LP_BODY),
            f"黎住建通{L}2026{R}12号",
        ),
    )
    write_bytes(f"贵州/黎平县/{LP_XLSX}", lp_xlsx())
    write_bytes(f"贵州/黎平县/{LP_FLOW}", lp_smartart_docx())
    t = "村里列入了中国传统村落名录，12栋老木楼改民宿能奖补多少？"
    write(
        f"贵州/黎平县/领导留言板 {t}.html",
        letter(
            LP,
            "领导留言板",
            t,
            "吴**（茅贡镇）",
            "2026-03-09",
            """
书记您好！我是茅贡镇一个侗寨的村干部，我们村前年就列入了中国传统村落名录。现在村里有12栋老木楼空着，
都有七八十年了，村里和一家公司商量着改成民宿，大概要投300万。听说县里有传统村落奖补，
这12栋改好以后能奖补多少？什么时候报？
""",
            "黎平县住房和城乡建设局",
            "2026-03-16",
            """
您好！经县住房和城乡建设局村镇建设股核实，答复如下：

一、根据《黎平县传统村落保护发展奖补实施方案》，传统民居改造利用为民宿、非遗工坊、村史馆等，
经验收合格的每栋奖补1.5万元，每村每年最多20栋。贵村12栋改造完成并验收合格后，可获奖补18万元。

二、贵村如已完成传统村落保护发展规划编制并经县人民政府批准，还可申请一次性奖补5万元；消防设施建设
每村最高奖补10万元。

三、请于3月底前经村民代表大会讨论通过后向茅贡镇人民政府申报。

咨询电话：0855-3221836。
""",
            "LPLYB-2026-0309-058",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 13-16 蔚县 非遗传承人: the 补助管理办法, the 文化馆's 注音读本 (<ruby> on every character), a Taiwan site's
# report in Taiwan traditional script, a 12345 reply reckoning one grandfather's 补助
# ---------------------------------------------------------------------------------------------------------

YU_TITLE = "蔚县非物质文化遗产代表性传承人补助管理办法"
YU_BODY = """
第一条　为鼓励和支持非物质文化遗产代表性传承人开展传承活动，根据《中华人民共和国非物质文化遗产法》
等规定，结合本县实际，制定本办法。

第二条　本办法所称代表性传承人，是指经国家、省、市、县文化和旅游主管部门认定，户籍在本县或者在本县
从事传承活动满3年的非物质文化遗产代表性传承人。

第三条　县财政对代表性传承人按年度给予传承补助：

（一）国家级代表性传承人，在中央财政每人每年2万元补助的基础上，县财政每人每年补助5000元；

（二）省级代表性传承人，每人每年4000元；

（三）市级代表性传承人，每人每年3000元；

（四）县级代表性传承人，每人每年2000元。

年满70周岁的代表性传承人，传承补助上浮20%。

第四条　代表性传承人招收学徒开展带徒传艺，学徒学习满1年并经县文化馆考核合格的，按每名学徒500元给予带徒补助，
每名传承人每年补助学徒不超过3名。

第五条　传承补助和带徒补助每年6月一次性发放，通过社会保障卡发放到代表性传承人本人账户。

第六条　代表性传承人无正当理由不履行传承义务、年度评估不合格的，停发当年补助；丧失传承能力的，
经本人申请，可以保留补助。

第七条　本办法自2026年1月1日起施行。
"""

YU_RUBY_TITLE = "非遗小课堂：剪纸传承人怎样带徒弟（注音版）"
YU_RUBY_TEXT = [
    "蔚县剪纸是国家级非物质文化遗产。",
    "县里鼓励剪纸传承人招收学徒，带徒传艺。",
    "想当学徒的，要年满16周岁，向县文化馆报名。",
    "学徒每年参加集中培训，不少于40课时。",
    "每年12月，县文化馆组织学徒考核。",
    "考核合格的，师傅可以领到带徒补助。",
    "同学们，欢迎到文化馆来学剪纸！",
]
PINYIN = dict(
    pair.split(":")
    for pair in """
蔚:yù 县:xiàn 剪:jiǎn 纸:zhǐ 是:shì 国:guó 家:jiā 级:jí 非:fēi 物:wù 质:zhì 文:wén 化:huà 遗:yí 产:chǎn
里:lǐ 鼓:gǔ 励:lì 传:chuán 承:chéng 人:rén 招:zhāo 收:shōu 学:xué 徒:tú 带:dài 艺:yì 想:xiǎng 当:dāng
的:de 要:yào 年:nián 满:mǎn 周:zhōu 岁:suì 向:xiàng 馆:guǎn 报:bào 名:míng 每:měi 参:cān 加:jiā 集:jí
中:zhōng 培:péi 训:xùn 不:bù 少:shǎo 于:yú 课:kè 时:shí 月:yuè 组:zǔ 织:zhī 考:kǎo 核:hé 合:hé 格:gé
师:shī 傅:fu 可:kě 以:yǐ 领:lǐng 到:dào 补:bǔ 助:zhù 同:tóng 们:men 欢:huān 迎:yíng 来:lái 怎:zěn 样:yàng
弟:dì 课:kè 堂:táng 小:xiǎo 注:zhù 音:yīn 版:bǎn
""".split()
)


def ruby(text: str) -> str:
    """Every Chinese character in a <ruby> with its 拼音 in <rt> between <rp> parentheses; digits and
    punctuation as they are."""
    out = []
    for ch in text:
        if ch in PINYIN:
            out.append(f"<ruby>{ch}<rp>(</rp><rt>{PINYIN[ch]}</rt><rp>)</rp></ruby>")
        else:
            assert not ("\u4e00" <= ch <= "\u9fff"), ch
            out.append(ch)
    return "".join(out)


def yu_ruby_page() -> str:
    paras = "\n".join(f'<p class="zy">{ruby(t)}</p>' for t in YU_RUBY_TEXT)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{YU_RUBY_TITLE}_蔚县文化馆</title>
<style>ruby rt{{font-size:0.55em;color:#8a2b2b}} .zy{{font-size:22px;line-height:2.6;text-indent:2em}}</style>
</head>
<body>
<div class="wgtop"><span class="logo">蔚县文化馆</span> <a>首页</a> <a>场馆介绍</a> <a>非遗保护</a>
<a>公益培训</a> <a>数字文化馆</a></div>
<div class="wz">您的位置：首页 &gt; 非遗保护 &gt; 非遗进校园</div>
<div class="art"><h1>{ruby("非遗小课堂：剪纸传承人怎样带徒弟")}（{ruby("注音版")}）</h1>
<div class="sj">发布时间：2026-09-01　来源：蔚县文化馆非遗部</div>
{paras}
</div>
<div class="ft">蔚县文化馆　地址：蔚州镇南大街　电话：0313-7212335　冀ICP备12008817号</div>
</body></html>
"""


YU_TW_TITLE = "河北蔚县剪纸：一把剪刀传百年 传承人带徒有补助"
YU_TW_BODY = """
【记者林佩蓉／综合报导】河北省张家口市蔚县的剪纸，是中国国家级非物质文化遗产，以“阴刻为主、点染上色”闻名。
在蔚县县城南大街，每走几步就有一家剪纸作坊。

今年58岁的省级代表性传承人周秀梅，从16岁开始学剪纸。她说，当地今年起施行新的传承人补助办法，
省级传承人每年可以领到县里4000元补助；她今年带了3名学徒，学满1年、考核合格后，每名学徒还有500元带徒补助。
两项加起来，她一年可以领到5500元。

“钱不算多，但是年轻人愿意来学，这门手艺就断不了。”周秀梅说，她的学徒里有两个是县职教中心毕业的年轻人，
现在已经能独立完成戏曲脸谱剪纸。

蔚县文化馆表示，目前全县有国家、省、市、县四级剪纸代表性传承人100多名，补助每年6月统一发放。
"""


def yu_tw_page() -> str:
    title = _S2TW.convert(YU_TW_TITLE)
    quotes = str.maketrans({"\u201c": "\u300c", "\u201d": "\u300d"})  # Taiwan's corner quotes
    body = "\n".join(f"<p>{_S2TW.convert(p).translate(quotes)}</p>" for p in J(YU_TW_BODY))
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{title} | 兩岸文化觀察</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="兩岸文化觀察"></head>
<body>
<header class="site-header"><a class="brand">兩岸文化觀察</a><nav><a>首頁</a> <a>文化</a>
<a>藝文</a> <a>旅遊</a> <a>專題</a> <a>影音</a></nav><a class="login">會員登入</a></header>
<main><article><h1>{title}</h1>
<div class="byline">2026/09/20 14:35　文化中心／綜合報導</div>
<figure><figcaption>蔚縣剪紙作品（資料照）</figcaption></figure>
{body}
<div class="tags">#蔚縣 #剪紙 #非物質文化遺產 #傳承人</div>
</article>
<aside><h3>延伸閱讀</h3><ul><li>山西剪紙藝術展在台中展出</li><li>非遺傳承人如何帶徒？一次看懂</li></ul></aside></main>
<footer>© 2026 兩岸文化觀察 版權所有 轉載請註明出處</footer>
</body></html>
"""


def write_yuxian() -> None:
    write(
        f"河北/蔚县/{YU_TITLE}.html",
        portal(
            YU,
            YU_TITLE,
            "政务公开 &gt; 政策文件",
            "2025-12-18",
            "蔚县文化广电和旅游局",
            f"<p style='text-align:center'>蔚文旅{L}2025{R}31号</p>\n"
            + P(YU_BODY)
            + "\n<p>蔚县文化广电和旅游局　蔚县财政局</p>\n<p>2025年12月18日</p>",
        ),
    )
    write(f"河北/蔚县/{YU_RUBY_TITLE}.html", yu_ruby_page())
    write(f"河北/蔚县/{_S2TW.convert(YU_TW_TITLE)}_兩岸文化觀察.html", yu_tw_page())
    t = "爷爷75岁是市级剪纸传承人，今年带了2个徒弟，一年能领多少补助？"
    write(
        f"河北/蔚县/12345 {t}.html",
        letter(
            YU,
            "12345热线",
            t,
            "张**",
            "2026-04-13",
            """
您好，我替我爷爷问一下。我爷爷今年75岁，剪了一辈子窗花，是市级剪纸代表性传承人，户口在南留庄镇。
去年开始带了2个徒弟，都学了一年多了。听说县里出了新的传承人补助办法，我爷爷一年能领多少钱？
什么时候发？发到哪里？
""",
            "蔚县文化广电和旅游局",
            "2026-04-17",
            """
您好！经县文化广电和旅游局非遗股核实，答复如下：

一、根据《蔚县非物质文化遗产代表性传承人补助管理办法》，市级代表性传承人每人每年补助3000元，年满70周岁的
上浮20%，您爷爷每年传承补助为3600元。

二、学徒学习满1年并经县文化馆考核合格的，每名学徒给予带徒补助500元，2名学徒计1000元。

三、以上合计每年4600元，每年6月一次性发放到您爷爷本人的社会保障卡账户。

咨询电话：0313-7213266。
""",
            "YX12345-20260413-0089",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 17-20 剑川县 人民调解: the 以案定补 实施办法 (.docx from an OA system, its body an altChunk HTML part),
# the 司法所's 卷宗材料清单 (.txt: GB18030, CR line ends), a 12345 reply reckoning one 调解员's 补贴, and an
# empty 新建文本文档.txt
# ---------------------------------------------------------------------------------------------------------

JC_TITLE = "剑川县人民调解“以案定补”实施办法"
JC_DOCX = "剑川县人民调解以案定补实施办法.docx"
JC_TEXT = f"""
剑司发{L}2026{R}5号

第一条　为调动人民调解员工作积极性，提高人民调解工作质量，根据《中华人民共和国人民调解法》和省、州有关规定，
结合本县实际，制定本办法。

第二条　本办法所称“以案定补”，是指根据人民调解员调解成功的纠纷数量和难易程度，给予人民调解员个案补贴。

第三条　个案补贴标准如下：

（一）简易纠纷，当场调解成功、达成口头协议的，每件50元；

（二）一般纠纷，制作书面调解协议书的，每件200元；

（三）疑难复杂纠纷，经乡镇司法所认定的，每件500元；

（四）重大纠纷，涉及10人以上或者争议金额50万元以上，经县司法局认定的，每件1000元。

第四条　每名人民调解员年度个案补贴最高1.5万元。调解不成功或者调解协议未履行又引发诉讼、信访的，不予补贴。

第五条　个案补贴每季度申报一次。人民调解委员会于每季度结束后15日内将案件卷宗报乡镇司法所初审，
乡镇司法所汇总后报县司法局审核，审核通过后发放到人民调解员本人账户。

第六条　弄虚作假、虚报案件骗取补贴的，追回补贴，取消其人民调解员资格。

第七条　本办法自2026年4月1日起施行，由县司法局负责解释。

剑川县司法局　剑川县财政局

2026年3月18日
"""


def jc_altchunk_docx() -> bytes:
    """What the OA system's “导出Word” writes: document.xml holds only the title and a w:altChunk; the
    article is an HTML part (word/afchunk.htm, text/html) that Word imports when it opens the file."""
    paras = "\n".join(
        f"<p class=MsoNormal style='text-indent:2em;line-height:28pt'>"
        f"<span style='font-family:仿宋_GB2312;font-size:16pt'>{escape(p)}</span></p>"
        for p in J(JC_TEXT)
    )
    chunk = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<title>{escape(JC_TITLE)}</title>
<style>p.MsoNormal{{margin:0cm;text-align:justify}}</style>
</head>
<body lang=ZH-CN>
<div class=WordSection1>
{paras}
</div>
</body>
</html>
"""
    document = (
        XML
        + f"<w:document {WNS}><w:body>"
        + w_p(w_run(JC_TITLE, bold=True, size=44), center=True)
        + '<w:altChunk r:id="htmlChunk"/>'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
        'w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
        "</w:body></w:document>"
    )
    return package(
        [
            (
                "[Content_Types].xml",
                XML + f'<Types xmlns="{CT}"><Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                '<Override PartName="/word/afchunk.htm" ContentType="text/html"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                'package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
            ),
            ("_rels/.rels", root_rels(f"{OFC_REL}/officeDocument", "word/document.xml")),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", rels([("htmlChunk", f"{OFC_REL}/aFChunk", "afchunk.htm")])),
            ("word/afchunk.htm", chunk),
            ("docProps/core.xml", core_xml(JC_TITLE, "OA系统", "2026-03-18T06:00:00Z")),
            ("docProps/app.xml", app_xml("OA Office Export 3.2")),
        ]
    )


JC_TXT = "金华镇司法所关于以案定补卷宗材料和评审的说明.txt"
JC_TXT_TEXT = """金华镇司法所关于“以案定补”卷宗材料和评审的说明

各村（社区）人民调解委员会：

根据《剑川县人民调解“以案定补”实施办法》，现将个案补贴申报的卷宗材料和评审要求说明如下：

一、每件纠纷单独立卷，卷宗材料包括：
1.人民调解申请书或者口头申请登记表；
2.调查笔录；
3.调解笔录；
4.人民调解协议书（口头协议的填写口头协议登记表）；
5.回访记录（调解成功后15日内回访，写明协议履行情况）。

二、缺少回访记录的，不予申报个案补贴。

三、县司法局每季度组织一次评审，对各司法所报送卷宗进行抽查，抽查比例不低于30%；抽查发现虚报的，
该调解委员会当季个案补贴全部不予发放。

四、疑难复杂纠纷须附司法所认定意见表，重大纠纷须附县司法局认定意见表。

联系人：杨所长　电话：0872-4521390

金华镇司法所
2026年4月8日
"""


def write_jianchuan() -> None:
    write_bytes(f"云南/剑川县/{JC_DOCX}", jc_altchunk_docx())
    write_bytes(f"云南/剑川县/{JC_TXT}", JC_TXT_TEXT.replace("\n", "\r").encode("gb18030"))
    write_bytes("云南/剑川县/新建文本文档.txt", b"")
    t = "我是村调解员，这个季度调成了20件小纠纷、6件写了协议的、1件疑难的，能补多少？"
    write(
        f"云南/剑川县/12345 {t}.html",
        letter(
            JC,
            "12345热线",
            t,
            "赵**（甸南镇）",
            "2026-07-06",
            """
你好，我是甸南镇一个村的人民调解员，干了8年了。今年4月到6月这个季度，我调成了20件邻里之间的小纠纷，
都是当场说和的；还有6件写了调解协议书；另外有1件两家争宅基地的，司法所说算疑难复杂的。
还有2件没调成。听说现在“以案定补”，按件给补贴，这个季度我能拿多少？
""",
            "剑川县司法局",
            "2026-07-10",
            """
您好！经县司法局基层股核实，答复如下：

一、根据《剑川县人民调解“以案定补”实施办法》，简易纠纷每件50元，一般纠纷每件200元，疑难复杂纠纷每件500元。
您本季度20件简易纠纷计1000元，6件一般纠纷计1200元，1件疑难复杂纠纷计500元，合计2700元。
调解不成功的2件不予补贴。

二、请您所在的调解委员会按时将本季度案件卷宗报甸南镇司法所初审，卷宗材料按司法所的要求准备。

咨询电话：0872-4522148。
""",
            "JC12345-20260706-0132",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 21-25 凤凰县 法律援助: the 经济困难标准 通知 (and an exact duplicate saved as “(1)”), the 办事指南 whose
# article is only in <noscript>, the 办案补贴标准 as an Excel “Unicode 文本” .txt, a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

FH_TITLE = "凤凰县人民政府办公室关于调整法律援助经济困难标准的通知"
FH_BODY = """
各乡镇人民政府，县直各单位：

为进一步扩大法律援助覆盖面，根据《中华人民共和国法律援助法》和《湖南省法律援助条例》，经县人民政府同意，
现就调整我县法律援助经济困难标准有关事项通知如下：

一、经济困难标准

申请人及其共同生活的家庭成员人均月收入低于本县城乡居民最低生活保障标准2倍的，认定为经济困难。
按现行标准，城镇居民家庭人均月收入低于1360元、农村居民家庭人均月收入低于960元的，符合经济困难标准。

二、免予核查经济困难状况的情形

有下列情形之一的，免予经济困难审查：

（一）无固定生活来源的未成年人、老年人、残疾人等特定群体；

（二）社会救助、司法救助或者优抚对象；

（三）农民工请求支付劳动报酬或者工伤赔偿的；

（四）英雄烈士近亲属为维护英雄烈士的人格权益的；

（五）法律、法规、规章规定的其他情形。

三、申请人经济困难状况实行个人诚信承诺制，法律援助机构可以通过信息共享查询核实。

四、本通知自2026年7月1日起施行。此前规定与本通知不一致的，以本通知为准。

凤凰县人民政府办公室

2026年6月10日
"""

FH_GUIDE_TEXT = """
一、事项名称：法律援助申请

二、受理机构：凤凰县法律援助中心（沱江镇虹桥中路县公共法律服务中心一楼），工作日上午8:00—12:00，下午14:30—17:30

三、申请条件：因经济困难没有委托代理人或者辩护人，申请事项属于法律援助范围；符合免予经济困难审查情形的不受经济困难条件限制

四、申请材料：

1.法律援助申请表；

2.居民身份证或者其他有效身份证明，代理申请人还应当提交代理权限证明；

3.经济困难状况个人诚信承诺书（免予经济困难审查的，提交相关证明材料）；

4.与所申请法律援助事项有关的材料。

五、办理流程：申请—受理—审查—决定—指派。法律援助中心自收到申请之日起7个工作日内审查，作出是否给予法律援助的决定；
决定给予法律援助的，自作出决定之日起3日内指派律师或者法律援助机构工作人员承办。

六、先行提供法律援助：距法定时效或者期限届满不足7日，需要及时提起诉讼或者申请仲裁、行政复议的，可以先行提供法律援助，
申请人应当在事后补交材料。

七、收费：不收费。咨询电话：12348，0743-3221148
"""


def fh_noscript_page() -> str:
    """The 办事指南 as the county's new 政务服务 front end serves it: an empty #app root, a loading
    spinner and the bundle's scripts; the article only in the <noscript> fallback for crawlers."""
    article = "\n".join(f"<p>{p}</p>" for p in J(FH_GUIDE_TEXT))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>办事指南 - 凤凰县政务服务网</title>
<link href="/static/css/app.8c1f2e.css" rel="stylesheet">
<link href="/static/js/chunk-vendors.3fa24b.js" rel="preload" as="script">
<script>window.__SITE__={{"siteId":"fhx","columnId":"bszn","itemCode":"431123-000201-001"}};</script>
</head>
<body>
<div id="app"></div>
<div class="page-loading" id="pageLoading"><div class="spinner"><div class="dot1"></div>
<div class="dot2"></div></div><p class="loading-text">页面加载中，请稍候…</p></div>
<noscript>
<div class="ns-wrap"><strong>您的浏览器未启用JavaScript，以下为页面的纯文本版本。</strong>
<h1>法律援助申请办事指南</h1>
<div class="ns-meta">实施主体：凤凰县司法局　更新时间：2026-07-01</div>
{article}
</div>
</noscript>
<script src="/static/js/chunk-vendors.3fa24b.js"></script>
<script src="/static/js/app.91d0c7.js"></script>
</body>
</html>
"""


FH_TXT = "2026年凤凰县法律援助案件办案补贴标准.txt"
FH_SUBSIDY = [
    ["案件类别", "办理阶段", "补贴标准（元/件）", "备注"],
    ["刑事案件", "侦查阶段", "800", ""],
    ["刑事案件", "审查起诉阶段", "1000", ""],
    ["刑事案件", "审判阶段", "1500", "可能判处无期徒刑、死刑的案件\n按2倍计发"],
    [
        "民事、行政案件",
        "诉讼代理\n（含一审、二审各计一件）",
        "1800",
        "农民工讨薪案件一案多人的，\n每增加1人加发100元，最多加发1000元",
    ],
    ["民事、行政案件", "非诉讼代理（调解、仲裁）", "1200", ""],
    ["值班律师法律帮助", "认罪认罚案件", "300", '按"件"计算'],
    ["各类案件", "异地办案", "—", "跨县（市）办案的，\n另加交通补贴200元"],
]


def fh_unicode_txt() -> bytes:
    """Excel's “Unicode 文本 (*.txt)”: UTF-16 LE with a BOM, tab-separated, CRLF rows, a cell holding a
    line break (or a quote) wrapped in quotes, its quotes doubled."""

    def cell(v: str) -> str:
        return f'"{v.replace(chr(34), chr(34) * 2)}"' if ("\n" in v or '"' in v) else v

    text = "\r\n".join("\t".join(cell(v) for v in row) for row in FH_SUBSIDY) + "\r\n"
    return b"\xff\xfe" + text.encode("utf-16-le")


def write_fenghuang() -> None:
    page = portal(
        FH,
        FH_TITLE,
        "政务公开 &gt; 政府文件",
        "2026-06-10",
        "凤凰县人民政府办公室",
        P(FH_BODY),
        f"凤政办发{L}2026{R}18号",
    )
    write(f"湖南/凤凰县/{FH_TITLE}.html", page)
    write(f"湖南/凤凰县/{FH_TITLE}(1).html", page)
    write("湖南/凤凰县/办事指南.html", fh_noscript_page())
    write_bytes(f"湖南/凤凰县/{FH_TXT}", fh_unicode_txt())
    t = "家里4口人住县城，每月总收入5000元，打官司能申请法律援助吗？"
    write(
        f"湖南/凤凰县/县长信箱 {t}.html",
        letter(
            FH,
            "县长信箱",
            t,
            "龙**（沱江镇）",
            "2026-07-20",
            """
县长好！我家住在县城沱江镇，一家4口人，我和老婆打零工，两个孩子在读书，每个月全家收入加起来5000元左右。
去年我在一个工地上摔伤了，包工头一直不给赔，想打官司又请不起律师。听说法律援助的标准放宽了，
我家这个情况能不能申请？
""",
            "凤凰县司法局",
            "2026-07-24",
            """
您好！经县司法局法律援助中心核实，答复如下：

一、根据《凤凰县人民政府办公室关于调整法律援助经济困难标准的通知》，自2026年7月1日起，家庭人均月收入低于
本县城乡居民最低生活保障标准2倍的认定为经济困难，城镇居民家庭为人均月收入低于1360元。您家4口人月收入5000元，
人均1250元，低于1360元，符合经济困难标准，可以申请法律援助。

二、如您属于农民工请求工伤赔偿的情形，还可以免予经济困难审查。

三、请携带身份证和与案件有关的材料到县公共法律服务中心一楼法律援助中心申请，也可拨打12348咨询。
""",
            "FHXZXX-2026-0720-066",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 26-28 阆中市 公证、值班律师: the 公证费减免 办事指南 (named 办事指南.html like 凤凰's), the 值班律师
# 工作安排 (a PDF whose stream draws the lines bottom-up), a 12345 reply reckoning one family's 公证费
# ---------------------------------------------------------------------------------------------------------

LZ_GUIDE = [
    ["项目", "内容"],
    ["事项名称", "公证费减免"],
    ["实施机构", "阆中市公证处（阆中市司法局监管）"],
    [
        "免收公证费",
        "1.最低生活保障对象、特困供养人员办理公证事项；2.年满70周岁的老年人办理遗嘱公证；"
        "3.农民工办理与追索劳动报酬、工伤赔偿有关的公证事项",
    ],
    [
        "减半收取",
        "1.年满60周岁不满70周岁的老年人办理委托、声明、遗嘱公证；2.持证残疾人办理公证事项；"
        "3.见证家庭赡养协议",
    ],
    ["上门服务", "80周岁以上或者行动不便的老年人，可以预约上门办理公证，不收取上门服务费"],
    ["申请材料", "公证申请表、身份证、户口簿；申请减免的另交低保证、特困人员救助供养证、残疾人证等证明"],
    ["办理地点", "阆中市公证处（七里街道滨江北路158号公共法律服务中心二楼）"],
    ["办理时限", "材料齐全的，15个工作日内出具公证书"],
    ["咨询电话", "0817-6222651"],
]

LZ_PDF = "阆中市公共法律服务中心值班律师工作安排.pdf"
LZ_PDF_TEXT = """
阆中市公共法律服务中心值班律师工作安排（2026年度）

为方便群众就近获得法律服务，市司法局在市公共法律服务中心和市人民法院诉讼服务中心设立律师值班窗口，
现将2026年度值班安排通知如下。

一、值班地点：市公共法律服务中心一楼综合窗口（七里街道滨江北路158号）、市人民法院诉讼服务中心法律援助工作站。

二、值班时间：工作日上午9:00—12:00，下午14:30—17:30；每个值班日每个窗口安排2名律师。

三、服务内容：免费解答法律咨询，代写法律文书，转交法律援助申请，为认罪认罚案件犯罪嫌疑人、被告人提供法律帮助。

四、值班补贴：每名律师每半天补贴200元，由市司法局按月统计、按季度发放。

五、值班要求：各律师事务所执业律师全年值班不少于12个工作日；值班律师不得收取任何费用，不得向群众推荐本所承接案件。

六、排班：1—3月嘉陵江律师事务所，4—6月华光律师事务所，7—9月古城律师事务所，10—12月由市司法局统筹轮换。

阆中市司法局
2026年1月8日
"""


def lz_pdf() -> bytes:
    """A one-page notice laid out top-down but drawn bottom-up: every line placed by its own Tm, the
    content stream starting with the signature's date and ending with the title."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    placed: list[tuple[float, float, int, str]] = []
    y = 780.0
    for k, para in enumerate(J(LZ_PDF_TEXT)):
        if k == 0:
            placed.append((297, y, 15, para))
            y -= 36
            continue
        if para.startswith("阆中市司法局"):
            sign, date = para[:6], para[6:]
            placed += [(400, y - 10, 12, sign), (400, y - 30, 12, date)]
            continue
        for ln in make.hard_wrap("\u3000\u3000" + para, 36):
            placed.append((70, y, 12, ln))
            y -= 21
        y -= 6
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for x, yy, size, text in reversed(placed):
        c.setFont("STSong-Light", size)
        if size == 15:
            c.drawCentredString(x, yy, text)
        else:
            c.drawString(x, yy, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def write_langzhong() -> None:
    write(
        "四川/阆中市/办事指南.html",
        portal(
            LZ,
            "公证费减免办事指南",
            "政务服务 &gt; 办事指南",
            "2026-02-20",
            "阆中市司法局",
            make.kv_table("\n".join("|".join(r) for r in LZ_GUIDE), 'class="bszn" border="1" cellspacing="0"')
            + "\n<p>温馨提示：可通过“天府通办”预约办理，减免申请与公证申请同时提出。</p>",
        ),
    )
    write_bytes(f"四川/阆中市/{LZ_PDF}", lz_pdf())
    t = "母亲72岁想做遗嘱公证，父亲65岁要办委托公证，公证费要交多少？"
    write(
        f"四川/阆中市/12345 {t}.html",
        letter(
            LZ,
            "12345热线",
            t,
            "何**",
            "2026-03-25",
            """
你好，我妈今年72岁，想把老房子的事情立个遗嘱去公证一下；我爸今年65岁，要委托我去外地帮他办养老金的事，
要做一个委托书公证。我们家不是低保户。听说阆中老年人公证有减免，两项一共要交多少钱？
""",
            "阆中市司法局",
            "2026-03-28",
            """
您好！经市司法局公共法律服务管理股和市公证处核实，答复如下：

一、年满70周岁的老年人办理遗嘱公证免收公证费，您母亲72岁，遗嘱公证免收。

二、年满60周岁不满70周岁的老年人办理委托公证减半收取。委托书公证收费标准为每件200元，您父亲65岁，减半后为100元。

三、以上两项合计应交100元。请携带身份证、户口簿到市公证处（公共法律服务中心二楼）办理，
材料齐全的15个工作日内出具公证书。

咨询电话：0817-6222651。
""",
            "LZ12345-20260325-0174",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 29-30 婺源县 法律明白人、村法律顾问: the 补贴发放办法, a 领导留言板 reply on one 法律明白人's 补贴
# ---------------------------------------------------------------------------------------------------------

WY_TITLE = "婺源县农村“法律明白人”和村（居）法律顾问工作补贴发放办法"
WY_BODY = """
第一条　为推进乡村依法治理，加强农村“法律明白人”队伍和村（居）法律顾问工作，结合本县实际，制定本办法。

第二条　每个行政村（社区）培养“法律明白人”不少于5名，由村（社区）推荐，乡镇司法所审核，县司法局备案。

第三条　“法律明白人”工作补贴每人每年1200元；年度考核为优秀的，另奖励300元。考核不合格的，不发放当年补贴。

第四条　“法律明白人”每年参加县、乡镇组织的法治培训不少于2次，协助开展法治宣传、矛盾纠纷排查和人民调解，
建立工作台账。

第五条　村（居）法律顾问由县司法局统一选派律师、基层法律服务工作者担任，每个村（社区）每年补贴3000元，
由县财政承担。法律顾问每月到村（社区）服务不少于1次，每次不少于半天，并通过村（居）法律顾问微信群提供日常咨询。

第六条　工作补贴由县司法局根据年度考核结果，于次年1月底前统一发放；法律顾问补贴按季度发放。

第七条　本办法自2026年1月1日起施行。
"""


def write_wuyuan() -> None:
    write(
        f"江西/婺源县/{WY_TITLE}.html",
        portal(
            WY,
            WY_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-25",
            "婺源县司法局",
            f"<p style='text-align:center'>婺司字{L}2025{R}42号</p>\n"
            + P(WY_BODY)
            + "\n<p>婺源县司法局　婺源县财政局</p>\n<p>2025年12月25日</p>",
            f"婺司字{L}2025{R}42号",
        ),
    )
    t = "我是村里的法律明白人，去年考核优秀，补贴能拿多少、什么时候发？"
    write(
        f"江西/婺源县/领导留言板 {t}.html",
        letter(
            WY,
            "领导留言板",
            t,
            "俞**（江湾镇）",
            "2027-01-08",
            """
领导好！我是江湾镇一个村的“法律明白人”，2026年一年参加了3次法治培训，帮村里调解了好几起邻里纠纷，
年底司法所考核说我是优秀。请问去年的补贴一共能拿多少？什么时候发？
""",
            "婺源县司法局",
            "2027-01-13",
            """
您好！感谢您对乡村法治建设的付出。经县司法局核实，答复如下：

一、根据《婺源县农村“法律明白人”和村（居）法律顾问工作补贴发放办法》，“法律明白人”工作补贴每人每年1200元，
年度考核为优秀的另奖励300元。您2026年度考核为优秀，可领取1500元。

二、补贴由县司法局于次年1月底前统一发放到您本人的社会保障卡账户，请留意到账信息。

咨询电话：0793-7362148。
""",
            "WYLYB-2027-0108-009",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 31-36 新闻: five roundups (each measure's second region, planned-only regions, regions in passing) and the
# 宣城市住建局's 转载 of the 绩溪 办法 (cut after 第三条)
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 文化")


N1_TITLE = "老房子修缮有补助 报告文物有奖励 皖晋多地守护文化遗产出实招"
N1 = news(
    N1_TITLE,
    "文博时讯网",
    "2026-07-08 09:12　来源：文博时讯网　记者：齐振华",
    """
历史建筑修缮给补助、群众报告文物给奖励、文物保护单位有专人看护……今年以来，安徽、山西多地出台实招守护文化遗产。

安徽宣城绩溪县4月1日起施行历史建筑和传统民居保护修缮补助办法，历史建筑按核定修缮费用的50%补助，每处最高20万元。
宣城宣州区也已对私人产权历史建筑修缮给予补助，今年已补助老宅32处。宣城广德市住建局表示，广德拟于明年出台
历史建筑修缮补助办法。

绩溪县已认定公布历史建筑117处，并统一设置保护标志牌。宣城宁国市也已完成历史建筑认定挂牌，共挂牌64处。

山西晋城阳城县3月起对及时报告文物发现的群众给予奖励，发现一级文物或者重要古遗址、古墓葬的每次奖励2万元。
晋城沁水县也已对报告文物线索的群众兑现奖励。晋城陵川县文物部门表示，陵川计划明年起对报告文物线索的群众给予奖励。

阳城县还为全县文物保护单位聘用文物看护员并按月计发补贴。晋城泽州县也已聘用文物看护员，为每名看护员发放补贴。

“这房子住了六代人，修好了还能再住几十年。”在绩溪上庄镇，从黄山徽州区嫁过来的胡大姐指着刚修好的马头墙说。
来自高平市的古建爱好者小王则专程到阳城看了几处刚修缮完的明清院落。
""",
    "京ICP备14021873号",
    ["国家文物局部署文物安全大检查", "历史文化名城保护工作推进会召开"],
)

N2_TITLE = "古村有奖补 传承有补助 黔冀两地让非遗和传统村落“活”起来"
N2 = news(
    N2_TITLE,
    "乡村文化周刊网",
    "2026-09-12 10:30　来源：乡村文化周刊网　作者：杨澜清",
    """
在贵州的侗寨和河北的剪纸之乡，传统村落保护和非遗传承正在找到新的路子。

贵州黔东南黎平县今年起实施传统村落保护发展奖补，传统民居改造利用为民宿、非遗工坊的，每栋奖补1.5万元。
黔东南雷山县也已对传统村落保护发展给予奖补，今年有28个苗寨获得奖补资金。黔东南榕江县将出台传统村落
保护发展奖补办法，预计明年实施。

河北张家口蔚县今年起对非遗代表性传承人按年度发放补助，省级传承人每人每年4000元。张家口阳原县也已对县级以上
非遗代表性传承人发放传承补助。张家口怀安县文化部门表示，怀安拟于年底前出台传承人补助办法。

在黎平肇兴侗寨，来自锦屏县的游客说，木楼改成的民宿“住着就像回到了外婆家”。在蔚县的剪纸作坊里，
也能看到从涿鹿县赶来拜师的年轻人。
""",
    "黔ICP备16003952号",
    ["传统村落集中连片保护利用示范县名单公布", "非遗工坊带动乡村就业"],
)

N3_TITLE = "调解成功按件补 法律援助门槛降 滇湘两地基层法治服务提质增效"
N3 = news(
    N3_TITLE,
    "法治民生报网",
    "2026-08-18 08:45　来源：法治民生报网　记者：欧阳明　通讯员：段丽华",
    """
矛盾纠纷就地化解，困难群众打得起官司。云南、湖南一些县在人民调解和法律援助上出新招。

云南大理剑川县4月起对人民调解实行“以案定补”，疑难复杂纠纷调解成功的每件补贴500元。大理鹤庆县也已实行
人民调解“以案定补”，上半年发放个案补贴30余万元。大理洱源县司法局表示，洱源计划明年推行“以案定补”。

湖南湘西凤凰县7月1日起将法律援助经济困难标准调整为当地最低生活保障标准的2倍，农民工讨薪、工伤赔偿免予
经济困难审查。湘西泸溪县也已将法律援助经济困难标准放宽到低保标准的2倍。湘西保靖县拟于年内调整法律援助
经济困难标准。

“以前调解成了也没啥补贴，现在按件算，大家劲头更足了。”剑川一位调解员说。在凤凰打工的花垣县村民小石，
通过法律援助追回了被拖欠的工钱；不少云龙县的调解员也专程到剑川交流经验。
""",
    "湘ICP备12014736号",
    ["全国人民调解工作会议召开", "法律援助法实施以来惠及群众数百万人次"],
)

N4_TITLE = "老人公证费减免 律师坐班答疑 四川南充公共法律服务更便民"
N4 = news(
    N4_TITLE,
    "南充法治在线",
    "2026-05-16 15:20　来源：南充法治在线　记者：蒲晓东",
    """
公证费减免惠及老人，律师坐班解答群众法律问题。南充多地今年不断优化公共法律服务。

阆中市对年满70周岁的老年人办理遗嘱公证免收公证费，低保对象、特困供养人员办理公证事项免收公证费。
南充南部县也已对低保对象和老年人实行公证费减免，今年前4个月减免公证费8.6万元。南充营山县将出台公证费减免措施。

阆中市公共法律服务中心今年起安排律师工作日全天值班，群众可以免费咨询法律问题。南充西充县也已在公共法律服务中心
安排律师值班，每个工作日至少1名律师坐班。

“遗嘱公证没花一分钱，还有工作人员上门。”阆中七里街道84岁的王婆婆说。从蓬安县来阆中做生意的张先生，
也在公共法律服务中心找值班律师问清了合同纠纷怎么处理。
""",
    "蜀ICP备15008214号",
    ["四川推进公共法律服务体系建设", "南充市12348热线服务群众超万人次"],
)

N5_TITLE = "村村有法律顾问 户户有明白人 赣东北乡村法治建设见实效"
N5 = news(
    N5_TITLE,
    "赣鄱法治网",
    "2026-10-22 09:05　来源：赣鄱法治网　记者：程晓芸",
    """
村里有了“法律明白人”，遇事有了法律顾问。江西上饶一些县持续推进乡村依法治理。

上饶婺源县今年起对农村“法律明白人”每人每年发放工作补贴1200元，考核优秀的另奖励300元。上饶德兴市也已对
“法律明白人”发放工作补贴，全市1800多名“法律明白人”活跃在村组。上饶万年县司法局表示，万年拟于明年起
对“法律明白人”发放补贴。

婺源县为每个村（社区）配备法律顾问，每村每年补贴3000元。上饶弋阳县也已为村（社区）法律顾问发放补贴，
实现村（社区）法律顾问全覆盖。

在婺源江湾镇，村里的“法律明白人”俞大姐一年帮着调解了十几起纠纷；来自铅山县的司法所工作人员也来婺源学习
“法律明白人”培养的经验。
""",
    "赣ICP备13005187号",
    ["江西评选“民主法治示范村”", "“八五”普法总结验收工作启动"],
)


def write_news() -> None:
    for title, page in ((N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)):
        write(f"新闻/{title}.html", page)
    write("新闻/绩溪出台历史建筑和传统民居保护修缮补助办法_宣城市住房和城乡建设局.html", jx_repost())


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_jixi()
    write_yangcheng()
    write_liping()
    write_yuxian()
    write_jianchuan()
    write_fenghuang()
    write_langzhong()
    write_wuyuan()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
