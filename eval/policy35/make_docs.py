"""Writes eval/policy35/docs: a thirty-sixth probe collection (32 files), 基层医疗卫生与中医药、医疗保障经办、
港澳台与外籍人员服务 — what 台胞 opening a shop, 港澳青年 starting a firm, families of bedridden elders,
village doctors, 乡镇卫生院 building a 中医馆, firms hiring foreign experts, retirees seeing a doctor and
children of old parents signing a 家庭医生 ask (台胞 创业补贴, 场租补贴, 就业生活补贴 and 就业见习补贴; 港澳青
年 创业启动补贴, 带动就业补贴, 创业担保贷款 and 基地 入驻; 长期护理保险 机构护理 / 居家护理 / 亲属照护 and 失
能评估; 中医馆 and 中医阁 奖补, 中医药适宜技术 奖励, 坐诊 补助; 外籍人才 引进奖励, 生活补贴, 工作许可 and 子女
入学; 乡村医生 基本补助, 退出 生活补助 and 村卫生室 运行经费; 家庭医生 签约服务费 and 个性化服务包; 门诊共济,
个人账户 家庭共济, 异地就医 备案 and 居民医保 缴费) of eight new regions in eight provinces (南靖县, 英德市,
夹江县, 涡阳县, 凭祥市, 瓮安县, 禹州市, 云梦县), as chat users, agents and analysts bring them. Run once
(``python -m eval.policy35.make_docs``); the files are committed as data, and a second run writes the same
bytes (every zip entry carries a fixed time, the .docx, .xlsx and .xltm fixed core dates and no owner name,
the .sxw fixed meta dates, the feed and the map fixed dates).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (华安县, 长泰区,
佛冈县, 龙州县, 宁明县, 贵定县, 龙里县, 鄢陵县, 利辛县, 井研县, 安陆市, 应城市); the roundups also name
regions that have only planned a measure (龙海区, 连州市, 江州区, 福泉市, 襄城县, 蒙城县, 犍为县, 大悟县) and
regions named only in passing (龙文区, 阳山县, 扶绥县, 平塘县, 临颍县, 谯城区, 沐川县, 孝昌县).

The documents: a 南靖县 鼓励台湾同胞来南靖创业就业若干措施 beside its 征求意见稿 with other figures (创业补
贴 1万元, 场租 每年最高2万元, 就业生活补贴1000元, 见习补贴2500元, a 购房补贴 of 每平方米200元, 6月和12月 申报,
2025年12月1日施行), the 台胞台企服务指南 (.sxw) and a 12345 reply (44000元); an 英德市 支持港澳青年创新创业实
施方案 (.docx, its 扶持项目 a table), the 政策解读 programme's subtitles (.ttml), the 基地 第二批入驻 公告 in
traditional script (the city's 繁體 page) and a 市长信箱 reply (42000元); a 夹江县 长期护理保险实施细则 (GBK),
the 2026年第一季度 机构护理 待遇支付明细表 (.xlsx, its 合计 only there) and a 12345 reply (1860元); a 涡阳县
基层中医药服务能力提升奖补办法, the 2025年度 拟奖补名单 公示 and a 领导留言板 reply (22000元); a 凭祥市外籍人
才引进和服务保障办法, the 子女入学 登记表 template (.xltm), the 工作许可 办事指南 and a 12345 reply (9万元); a
瓮安县 乡村医生补助和村卫生室运行保障办法, the 村卫生室 分布图 (.kml) and a 县长信箱 reply (640元); a 禹州市
家庭医生签约服务费收付和分配办法, the 服务包 项目清单 and a 12345 reply (180元); a 云梦县 职工医保门诊共济保障
和异地就医经办规程, the 医保局 政策动态 feed (.atom) and a 12345 reply (2100元).

New kinds of file none of eval/policy .. eval/policy34 had:
- an OpenOffice.org 1.x Writer document (.sxw, application/vnd.sun.xml.writer): mimetype first and stored,
  content.xml in the 2000 namespaces (http://openoffice.org/2000/office …) with the OfficeDocument 1.0
  DOCTYPE, office:class="text", the text straight in office:body (no office:text), text:h with text:level, a
  table:table with table:value-type cells, text:s; styles.xml, meta.xml (OpenOffice.org 1.1.5), settings.xml
  and a manifest with its DTD; a date cut by a bold text:span (南靖 服务指南: 台胞服务专窗（8号窗口）,
  0596-7835116, 每月第一个星期三 and 2026年3月31日前 only there);
- TTML 1.0 subtitles (.ttml): the tt, tts, ttm and ttp namespaces, head metadata with a title, copyright
  and two ttm:agent, styling and a region, a <p> per cue with media clock times and ttm:agent, <br/> breaks
  and a highlighted <span>; a date cut between cues (2026年6 | 月15日前) and a figure by the span (首批开放
  {20}个入驻名额), so that they are not in the bytes (英德 政策解读: 2026年6月15日前, 首批开放20个入驻名额,
  0763-2281369 and 创业导师一对一 only there);
- an Atom 1.0 feed (.atom, RFC 4287) of the 医保局's 政策动态 column: the feed's id, title, subtitle, self
  and alternate links, updated, author and generator, three entries newest first with RFC 3339 published and
  updated, a text summary and content type="html" (entity-escaped, or in CDATA) or type="xhtml" (an inline
  XHTML div); figures cut by <b> / <strong> (云梦: 2026年2月28日, 增至48种, 国家医保服务平台APP and
  0712-4322517 only there);
- a KML 2.2 map layer (.kml) of the 村卫生室: the Document's name, an atom:author and a CDATA description,
  a shared IconStyle, a Folder per 乡镇, a Placemark per 卫生室 with its address, a tel: phoneNumber, a CDATA
  description, ExtendedData Data fields and a Point; a figure cut by <b> in the description (瓮安: 7×24小时,
  村卫生室102个, 每周二、周五 and 0854-2651087 only there);
- an Excel macro-enabled template (.xltm): the workbook part given the …template.macroEnabled.main+xml
  content type, xl/vbaProject.bin an OLE2 VBA project (a 检查必填项 macro) with its relationship and codeName,
  the strings shared (no inline strings, as Excel writes them), a 登记表 sheet of empty bordered rows with a
  性别 list and a 填表说明 sheet with a date cut into a bold red run of a rich-text string (凭祥 子女入学: 6月
  1日至6月20日, 7月15日前, 0771-8527316 and 中文或英文填写 only there).

Also: a 征求意见稿 beside its final text; a .docx with a table; an .xlsx 明细表 with its 合计 only there; a
GBK page; a page in traditional script (OpenCC s2t) on the city's own 繁體 site (英德 第二批入驻: 2026年8月1
日, 共有12個項目, 入駐期爲3年 and 0763-2285120 only there); spam lines and 打印 / 关闭 bars on some pages;
eight replies (12345 ×5, 市长信箱, 县长信箱, 领导留言板) each reckoning one asker's case to a figure only the
reply holds."""

from __future__ import annotations

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
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation

from eval import policy_make as make
from eval.policy29.cfb import compound_file
from eval.policy29.make_docs import P, Site, letter, portal

DOCS = Path(__file__).resolve().parent / "docs"

STAMP = (2027, 9, 6, 0, 0, 0)
WHEN = "2026-03-23T09:10:00Z"
restamp = partial(make.restamp, stamp=STAMP)
_S2T = opencc.OpenCC("s2t")


SPAM = (
    '<div class="pl"><p>网友评论（3）</p>'
    "<p>游客：代办台胞证、港澳通行证加急，三天出证，微信 bz66****。</p>"
    "<p>游客：医保卡余额套现，当天到账，联系QQ 3127****。</p>"
    "<p>游客：出售各类体检证明、无犯罪记录证明，包过。</p></div>"
)
BAR = '<div class="dy"><p>【打印本页】　【关闭窗口】　【返回顶部】</p></div>'


def messy(page: str, spam: bool = True) -> str:
    """The page with an 打印 / 关闭 bar and, with ``spam``, a comment box of spam lines before the footer."""
    return page.replace('<div class="footer">', BAR + (SPAM if spam else "") + '<div class="footer">')


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write(rel: str, text: str, encoding: str = "utf-8") -> None:
    write_bytes(rel, text.encode(encoding))


NJ = Site("南靖县人民政府", "闽ICP备05019372号")
YD = Site("英德市人民政府", "粤ICP备05085216号")
JJ = Site("夹江县人民政府", "蜀ICP备05021478号")
GY = Site("涡阳县人民政府", "皖ICP备05016288号")
PX = Site("凭祥市人民政府", "桂ICP备05008763号")
WA = Site("瓮安县人民政府", "黔ICP备05007152号")
YZ = Site("禹州市人民政府", "豫ICP备05023614号")
YM = Site("云梦县人民政府", "鄂ICP备05012833号")


# ---------------------------------------------------------------------------------------------------------
# 1-4 南靖县: the 台胞 创业就业 措施 beside its 征求意见稿, the 台胞台企服务指南 (.sxw), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

NJ_TITLE = "南靖县鼓励台湾同胞来南靖创业就业若干措施"
NJ_DRAFT_TITLE = f"关于公开征求《{NJ_TITLE}（征求意见稿）》意见的公告"


def nj_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    n = iter("一二三四五六七八九十")
    return f"""
{next(n)}、本措施适用于持台湾居民居住证或者台湾居民来往大陆通行证，在本县创业就业的台湾同胞（以下简称台胞）。

{next(n)}、创业补贴。台胞在本县首次创办企业或者个体工商户，正常经营满6个月的，
给予一次性创业补贴{f("2万元", "1万元")}。

{next(n)}、场租补贴。入驻南靖县海峡两岸青年创业基地的台胞创业项目，3年内免收场租；在基地外租用经营场所的，按实际租金的
50%给予补贴，每年最高{f("3万元", "2万元")}，补贴期限不超过3年。

{next(n)}、就业生活补贴。台湾青年（18至45周岁）在本县就业，签订1年以上劳动合同并依法缴纳社会保险的，每人每月给予就业生
活补贴{f("1500元", "1000元")}，最长12个月。

{next(n)}、就业见习补贴。台湾青年到本县就业见习基地参加见习的，
按每人每月{f("3000元", "2500元")}给予见习补贴，见习期最长6
个月。

{f"{next(n)}、购房补贴。台胞在本县购买首套商品住房的，按每平方米200元给予补贴，最高3万元。" if draft else ""}

{next(n)}、台胞参加本县城乡居民基本医疗保险的，个人缴费和待遇与本县居民相同。

{next(n)}、申报。补贴每年{f("3月和9月", "6月和12月")}集中申报，
申请人向县台港澳事务办公室（县台办）提交申请，经审核并公示5个
工作日无异议后拨付。

{next(n)}、同一事项符合本县其他扶持政策的，按就高原则执行，不重复享受。

{next(n)}、本措施自{f("2026年2月1日", "2025年12月1日")}起施行，有效期3年。
"""


NJ_DRAFT_LEAD = f"""
为广泛听取社会各界特别是在南靖台胞的意见，现将《{NJ_TITLE}（征求意见稿）》全文公布，征求意见截止时间为2025年11月15日，
意见请发送至县台港澳事务办公室电子邮箱。
"""

NJ_SXW = "南靖县台胞台企服务指南（2026版）.sxw"
# OpenOffice.org 1.x: the 2000 namespaces, office:body holding the text directly
OOO_NS = (
    'xmlns:office="http://openoffice.org/2000/office" xmlns:style="http://openoffice.org/2000/style" '
    'xmlns:text="http://openoffice.org/2000/text" xmlns:table="http://openoffice.org/2000/table" '
    'xmlns:draw="http://openoffice.org/2000/drawing" xmlns:fo="http://www.w3.org/1999/XSL/Format" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="http://openoffice.org/2000/meta" xmlns:number="http://openoffice.org/2000/datastyle" '
    'xmlns:svg="http://www.w3.org/2000/svg" xmlns:chart="http://openoffice.org/2000/chart" '
    'xmlns:dr3d="http://openoffice.org/2000/dr3d" xmlns:math="http://www.w3.org/1998/Math/MathML" '
    'xmlns:form="http://openoffice.org/2000/form" xmlns:script="http://openoffice.org/2000/script"'
)
OOO_DOCTYPE = '<!DOCTYPE office:{0} PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "office.dtd">\n'
SXW_MIME = "application/vnd.sun.xml.writer"
# (h1 | h2 | p, text): [..] in a paragraph is a bold span, a run of two spaces text:s
NJ_GUIDE: list[tuple[str, str]] = [
    ("h1", "南靖县台胞台企服务指南（2026版）"),
    ("p", "南靖县台港澳事务办公室  2026年2月"),
    ("h2", "一、服务窗口"),
    (
        "p",
        "县行政服务中心二楼设台胞服务专窗（8号窗口），集中受理台胞创业就业补贴申请和台胞证件咨询，咨询电话"
        "0596-7835116。",
    ),
    ("p", "每月第一个星期三为台胞接待日，县台办负责人在台胞服务专窗现场接待。"),
    ("h2", "二、2026年补贴申报时间"),
    ("p", "上半年集中申报：2026年3月1日起，申报截止2026年3月[31日]前。"),
    ("p", "下半年集中申报：2026年9月1日至9月30日。"),
    ("h2", "三、台湾青年就业见习基地"),
    ("table", ""),
    ("h2", "四、温馨提示"),
    ("p", "1.申请各项补贴均须提供台湾居民居住证或者台湾居民来往大陆通行证复印件。"),
    ("p", "2.申请场租补贴的，还须提供租赁合同和租金支付凭证；租金须通过银行转账支付。"),
    ("p", "3.台胞在本县就医、子女入学、购房等遇到困难的，可拨打咨询电话或到台胞服务专窗反映。"),
]
NJ_BASES = [
    ["基地名称", "见习岗位", "岗位数"],
    ["南靖土楼文化旅游发展有限公司", "导游、文创设计", "12"],
    ["福建××茶业有限公司", "茶艺、电商运营", "8"],
    ["南靖县××电子科技有限公司", "品质管理、行政", "10"],
]


def ooo_para(text: str, style: str = "P1") -> str:
    out, rest = [], escape(text).replace("  ", '<text:s text:c="2"/>')
    while "[" in rest:
        before, after = rest.split("[", 1)
        bold, rest = after.split("]", 1)
        out.append(f'{before}<text:span text:style-name="T1">{bold}</text:span>')
    out.append(rest)
    return f'<text:p text:style-name="{style}">{"".join(out)}</text:p>'


def nj_sxw() -> bytes:
    """An OpenOffice.org 1.x Writer document: mimetype first and stored, content.xml in the 2000
    namespaces (text:h with text:level, office:body holding the text, a table:table), styles, meta,
    settings and the manifest with its DTD."""
    cell = '<table:table-cell table:style-name="表格1.A1" table:value-type="string">{}</table:table-cell>'
    rows = []
    for i, row in enumerate(NJ_BASES):
        tr = "<table:table-row>" + "".join(cell.format(ooo_para(c, "P2")) for c in row) + "</table:table-row>"
        rows.append(f"<table:table-header-rows>{tr}</table:table-header-rows>" if i == 0 else tr)
    table = (
        '<table:table table:name="表格1" table:style-name="表格1">'
        '<table:table-column table:style-name="表格1.A" table:number-columns-repeated="3"/>'
        + "".join(rows)
        + "</table:table>"
    )
    body = []
    for kind, text in NJ_GUIDE:
        if kind == "table":
            body.append(table)
        elif kind == "p":
            body.append(ooo_para(text))
        else:
            level = kind[1]
            body.append(
                f'<text:h text:style-name="Heading {level}" text:level="{level}">{escape(text)}</text:h>'
            )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + OOO_DOCTYPE.format("document-content")
        + f'<office:document-content {OOO_NS} office:class="text" office:version="1.0">'
        "<office:script/><office:font-decls>"
        '<style:font-decl style:name="宋体" fo:font-family="宋体" style:font-pitch="variable"/>'
        '<style:font-decl style:name="黑体" fo:font-family="黑体" style:font-pitch="variable"/>'
        "</office:font-decls><office:automatic-styles>"
        '<style:style style:name="表格1" style:family="table"><style:properties style:width="15.9cm" '
        'table:align="margins"/></style:style>'
        '<style:style style:name="表格1.A" style:family="table-column"><style:properties '
        'style:column-width="5.3cm"/></style:style>'
        '<style:style style:name="表格1.A1" style:family="table-cell"><style:properties fo:padding="0.097cm" '
        'fo:border="0.002cm solid #000000"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:properties fo:text-indent="0.847cm"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Table Contents">'
        '<style:properties fo:text-align="center"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:properties fo:font-weight="bold" '
        'fo:color="#ff0000"/></style:style></office:automatic-styles>'
        "<office:body><text:sequence-decls>"
        '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
        '<text:sequence-decl text:display-outline-level="0" text:name="Text"/></text:sequence-decls>'
        + "".join(body)
        + "</office:body></office:document-content>\n"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + OOO_DOCTYPE.format("document-styles")
        + f'<office:document-styles {OOO_NS} office:version="1.0"><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:properties '
        'style:font-name-asian="宋体" style:font-size-asian="14pt"/></style:style>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="text"/>'
        '<style:style style:name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" '
        'style:class="text"><style:properties style:font-name-asian="黑体" style:font-size-asian="22pt" '
        'fo:text-align="center"/></style:style>'
        '<style:style style:name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" '
        'style:class="text"><style:properties style:font-name-asian="黑体" style:font-size-asian="16pt"/>'
        "</style:style>"
        '<style:style style:name="Table Contents" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="extra"/></office:styles><office:automatic-styles>'
        '<style:page-master style:name="pm1"><style:properties fo:page-width="20.999cm" '
        'fo:page-height="29.699cm" style:print-orientation="portrait"/></style:page-master>'
        '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
        'style:page-master-name="pm1"/></office:master-styles></office:document-styles>\n'
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + OOO_DOCTYPE.format("document-meta")
        + f'<office:document-meta {OOO_NS} office:version="1.0"><office:meta>'
        "<meta:generator>OpenOffice.org 1.1.5 (Win32)</meta:generator>"
        "<dc:title>南靖县台胞台企服务指南（2026版）</dc:title>"
        "<meta:creation-date>2026-02-09T10:12:31</meta:creation-date>"
        "<dc:date>2026-02-11T16:40:05</dc:date><dc:language>zh-CN</dc:language>"
        "<meta:editing-cycles>7</meta:editing-cycles><meta:editing-duration>PT2H14M</meta:editing-duration>"
        '<meta:user-defined meta:name="Info 1"/><meta:user-defined meta:name="Info 2"/>'
        '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
        'meta:page-count="2" meta:paragraph-count="26" meta:word-count="86" meta:character-count="742"/>'
        "</office:meta></office:document-meta>\n"
    )
    settings = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + OOO_DOCTYPE.format("document-settings")
        + '<office:document-settings xmlns:office="http://openoffice.org/2000/office" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:config="http://openoffice.org/2001/config" '
        'office:version="1.0"><office:settings><config:config-item-set config:name="view-settings">'
        '<config:config-item config:name="ViewAreaTop" config:type="int">0</config:config-item>'
        "</config:config-item-set></office:settings></office:document-settings>\n"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">\n'
        '<manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest">\n'
        f' <manifest:file-entry manifest:media-type="{SXW_MIME}" manifest:full-path="/"/>\n'
        ' <manifest:file-entry manifest:media-type="" manifest:full-path="Pictures/"/>\n'
        ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="content.xml"/>\n'
        ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="styles.xml"/>\n'
        ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="meta.xml"/>\n'
        ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="settings.xml"/>\n'
        "</manifest:manifest>\n"
    )
    return make.zip_package(
        [
            ("mimetype", SXW_MIME),
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("settings.xml", settings),
            ("META-INF/manifest.xml", manifest),
        ],
        STAMP,
    )


def write_nanjing() -> None:
    write(
        f"福建/南靖县/{NJ_TITLE}.html",
        messy(
            portal(
                NJ,
                NJ_TITLE,
                "政务公开 &gt; 规范性文件",
                "2026-01-16",
                "南靖县台港澳事务办公室",
                P(nj_articles(False)),
            ),
            spam=False,
        ),
    )
    write(
        f"福建/南靖县/{NJ_DRAFT_TITLE}.html",
        portal(
            NJ,
            NJ_DRAFT_TITLE,
            "政务公开 &gt; 意见征集",
            "2025-10-30",
            "南靖县台港澳事务办公室",
            P(NJ_DRAFT_LEAD) + P(nj_articles(True)),
        ),
    )
    write_bytes(f"福建/南靖县/{NJ_SXW}", nj_sxw())
    t = "台湾来的，在山城镇开了家奶茶店，店租一年4.8万，县里能补多少？"
    write(
        f"福建/南靖县/12345 {t}.html",
        messy(
            letter(
                NJ,
                "12345热线",
                t,
                "陈**（山城镇）",
                "2026-02-24",
                """
我是台湾高雄人，来大陆8年了，持台湾居民居住证。2025年5月在山城镇开了一家奶茶店（个体工商户），是第一次在大陆创业，
店里雇了3个人，月营业额5万元左右。店面不在创业基地里，一年租金4.8万元，已经用银行转账付清。请问按县里的措施我能拿多
少补贴？
""",
                "南靖县台港澳事务办公室",
                "2026-02-27",
                """
您好！根据《南靖县鼓励台湾同胞来南靖创业就业若干措施》，台胞在本县首次创办个体工商户、正常经营满6个月的，给予一次性
创业补贴2万元；在基地外租用经营场所的，按实际租金的50%给予补贴，每年最高3万元。

您可享受创业补贴20000元，场租补贴48000×50%=24000元，合计44000元。请在3月集中申报期内到台胞服务专窗申报。
""",
                "NJ12345-2026-02241",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 5-8 英德市: the 港澳青年 创新创业 实施方案 (.docx with a table), the 政策解读 subtitles (.ttml), the 基地
# 入驻 公告 on the 繁體 site, a 市长信箱 reply
# ---------------------------------------------------------------------------------------------------------

YD_TITLE = "英德市支持港澳青年创新创业实施方案"
YD_DOCX = f"{YD_TITLE}.docx"
YD_BLOCKS: list = [
    f"# {YD_TITLE}",
    "为深化粤港澳大湾区建设，吸引港澳青年来英德创新创业，结合本市实际，制定本方案。",
    "## 一、支持对象",
    "本方案所称港澳青年，是指18至45周岁、持有港澳居民来往内地通行证或者港澳居民居住证的香港、澳门居民。",
    "## 二、扶持项目和标准",
    [
        ["扶持项目", "扶持标准", "申请条件"],
        ["创业启动补贴", "一次性3万元", "在本市首次创办企业并正常经营满1年"],
        ["场租补贴", "首年免租，第二、三年租金减半", "入驻英德市港澳青年创新创业基地"],
        ["带动就业补贴", "每吸纳1人补贴3000元，每家最高3万元", "吸纳本地劳动者就业并缴纳社会保险满6个月"],
        ["创业担保贷款", "个人最高50万元，小微企业最高300万元，财政全额贴息", "符合创业担保贷款条件"],
        ["人才公寓", "免费入住，最长2年", "入驻基地的创业团队负责人"],
    ],
    "## 三、服务保障",
    "市人力资源和社会保障局负责补贴审核，市财政局按季度拨付。港澳青年创业项目可优先推荐参加粤港澳大湾区青年创新"
    "创业大赛。",
    "同一项目已享受本市其他创业补贴的，不重复享受创业启动补贴。",
    "## 四、实施期限",
    "本方案自2026年3月1日起实施，有效期至2028年12月31日。",
]

YD_TTML = "英德市港澳青年创新创业政策解读（《政策直通车》第12期）.ttml"
# (begin, end, agent, text): [..] a highlighted span, | a line break
YD_CUES: list[tuple[str, str, str, str]] = [
    ("00:00:01.000", "00:00:04.200", "host", "各位观众大家好，欢迎收看《政策直通车》。"),
    ("00:00:04.200", "00:00:08.600", "host", "今天我们请来市人社局的同志，|聊聊港澳青年来英德创业。"),
    (
        "00:00:09.100",
        "00:00:13.800",
        "guest",
        "港澳青年在英德首次创业、经营满一年，|可以拿一次性3万元创业启动补贴。",
    ),
    ("00:00:14.300", "00:00:16.500", "host", "创业基地今年怎么入驻？"),
    ("00:00:17.000", "00:00:21.400", "guest", "今年基地首批开放[20]个入驻名额，|先到先审。"),
    ("00:00:21.900", "00:00:25.000", "guest", "申请要在2026年6"),
    ("00:00:25.000", "00:00:29.300", "guest", "月15日前提交，|过了时间就等下一批。"),
    ("00:00:29.800", "00:00:32.100", "host", "有问题打哪个电话？"),
    ("00:00:32.600", "00:00:37.200", "guest", "可以拨打港澳青年创业服务热线0763-2281369，"),
    ("00:00:37.200", "00:00:41.500", "guest", "我们会安排创业导师一对一对接。"),
    ("00:00:42.000", "00:00:45.000", "host", "好的，感谢收看，我们下期再见。"),
]


def yd_ttml() -> str:
    """TTML 1.0 subtitles as a broadcaster exports them: the tt namespaces, head metadata with the two agents,
    styling and layout, a <p> per cue with begin / end clock times, <br/> breaks and a highlighted <span>."""
    cues = []
    for n, (begin, end, agent, text) in enumerate(YD_CUES, 1):
        body = escape(text).replace("|", "<br/>")
        body = re.sub(r"\[([^]]*)\]", r'<span style="hl">\1</span>', body)
        cues.append(f'<p xml:id="c{n}" begin="{begin}" end="{end}" ttm:agent="{agent}">{body}</p>')
    lines = "\n".join(cues)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" \
xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" \
ttp:timeBase="media" ttp:frameRate="25" xml:lang="zh-CN">
<head>
<metadata>
<ttm:title>英德市港澳青年创新创业政策解读</ttm:title>
<ttm:copyright>英德市融媒体中心</ttm:copyright>
<ttm:agent xml:id="host" type="person"><ttm:name type="full">主持人</ttm:name></ttm:agent>
<ttm:agent xml:id="guest" type="person"><ttm:name type="full">市人社局就业促进股</ttm:name></ttm:agent>
</metadata>
<styling>
<style xml:id="s1" tts:fontFamily="SimHei" tts:fontSize="100%" tts:color="white" tts:textAlign="center" \
tts:textOutline="black 2px"/>
<style xml:id="hl" tts:color="yellow" tts:fontWeight="bold"/>
</styling>
<layout>
<region xml:id="bottom" tts:origin="10% 80%" tts:extent="80% 15%" tts:displayAlign="after"/>
</layout>
</head>
<body region="bottom" style="s1">
<div>
{lines}
</div>
</body>
</tt>
"""


YD_NOTICE_TITLE = "英德市港澳青年创新创业基地2026年第二批入驻项目公告"
YD_NOTICE = f"""
根据《{YD_TITLE}》，经项目申报、专家评审和公示，现将英德市港澳青年创新创业基地2026年第二批入驻项目公告如下：

一、本批共有12个项目入驻基地，其中香港青年项目7个、澳门青年项目5个。

二、入驻项目自2026年8月1日起入驻，入驻期为3年，首年免收场租。

三、入驻项目须在入驻后3个月内完成商事登记，逾期未登记的取消入驻资格。

四、联系电话：0763-2285120。

英德市港澳青年创新创业基地管理办公室
2026年7月20日
"""


def write_yingde() -> None:
    write_bytes(
        f"广东/英德市/{YD_DOCX}",
        make.docx_bytes(YD_BLOCKS, "英德市人力资源和社会保障局", "— 1 —", "", WHEN, STAMP),
    )
    write(f"广东/英德市/{YD_TTML}", yd_ttml())
    page = portal(
        YD,
        YD_NOTICE_TITLE,
        "政务公开 &gt; 通知公告",
        "2026-07-20",
        "英德市人力资源和社会保障局",
        P(YD_NOTICE),
    )
    page = page.replace('<html lang="zh-CN">', '<html lang="zh-TW">')
    write(
        f"广东/英德市/{_S2T.convert(YD_NOTICE_TITLE)}（繁體版）.html", _S2T.convert(messy(page, spam=False))
    )
    t = "澳门来英德开了家红茶公司，招了4个本地员工，能拿哪些补贴、一共多少？"
    write(
        f"广东/英德市/市长信箱 {t}.html",
        letter(
            YD,
            "市长信箱",
            t,
            "何**（英城街道）",
            "2026-04-08",
            """
我是澳门居民，今年28岁，持港澳居民居住证。2024年12月在英城街道注册了一家做英德红茶文创产品的公司，这是我第一次创业，
前后投了80万元，去年营业额200万元左右。公司不在创业基地，招了4名本地员工，社保都交满6个月了。请问我能拿哪些补贴，一
共多少钱？
""",
            "英德市人力资源和社会保障局",
            "2026-04-14",
            """
您好！根据《英德市支持港澳青年创新创业实施方案》，港澳青年在本市首次创办企业并正常经营满1年的，给予一次性创业启动补
贴3万元；吸纳本地劳动者就业并缴纳社会保险满6个月的，每吸纳1人补贴3000元，每家最高3万元。

贵公司可享受创业启动补贴30000元，带动就业补贴4×3000=12000元，合计42000元。请携带营业执照、社保缴费证明到市人社局
申请。
""",
            "YDSZXX-2026-0408",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-11 夹江县: the 长期护理保险 实施细则 (GBK), the 待遇支付 明细表 (.xlsx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

JJ_TITLE = "夹江县长期护理保险实施细则"
JJ_BODY = """
第一条　为应对人口老龄化，减轻失能人员家庭护理负担，根据省、市长期护理保险制度试点工作安排，
结合本县实际，制定本细
则。

第二条　参加本县职工基本医疗保险的人员同步参加长期护理保险。

第三条　长期护理保险基金按每人每年96元筹集，其中个人缴纳48元，从职工医保个人账户中代扣；
职工医保统筹基金划转48元。

第四条　参保人员因年老、疾病、伤残等导致失能，经评估达到重度失能等级、失能状态持续6个月以上的，
可以申请享受长期护
理保险待遇。

第五条　入住定点护理机构接受机构护理的，长期护理保险基金按床日护理费用的70%支付，每人每天最高支付60元。

第六条　由定点护理机构上门提供居家护理的，基金按护理费用的75%支付，每人每月最高支付1200元。

第七条　由亲属在家照护、经评估符合条件的，每人每月发放居家照护补贴450元。机构护理、
居家护理和亲属照护不得同时享受。

第八条　失能评估由申请人向县医疗保障局或者定点护理机构提出，
县医疗保障局在受理后30个工作日内组织完成评估，评估结论
有效期2年。

第九条　下列费用长期护理保险基金不予支付：（一）应当由工伤保险支付的；
（二）在医疗机构住院期间的护理费用；（三）伙食费、
床位费等生活照料以外的费用。

第十条　本细则自2026年1月1日起施行。
"""

JJ_XLSX = "夹江县2026年第一季度长期护理保险机构护理待遇支付明细表.xlsx"
# (定点护理机构, 参保人, 失能等级, 护理天数, 床日护理费用 元)
JJ_ROWS = [
    ("夹江县××养老护理院", "张**", "重度失能二级", 90, 100),
    ("夹江县××养老护理院", "李**", "重度失能一级", 90, 80),
    ("夹江县××医养中心", "王**", "重度失能三级", 76, 120),
    ("夹江县××医养中心", "刘**", "重度失能二级", 90, 70),
    ("夹江县××镇敬老院", "陈**", "重度失能一级", 45, 80),
    ("夹江县××镇敬老院", "杨**", "重度失能二级", 90, 60),
]


def jj_paid(days: int, fee: int) -> int:
    return days * min(fee * 7 // 10, 60)


def jj_total() -> str:
    return str(sum(jj_paid(d, f) for *_, d, f in JJ_ROWS))


def jj_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "机构护理"
    ws.append([JJ_XLSX.removesuffix(".xlsx")])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        ["序号", "定点护理机构", "参保人", "失能等级", "护理天数", "床日护理费用（元）", "基金支付（元）"]
    )
    for n, (home, who, grade, days, fee) in enumerate(JJ_ROWS, 1):
        ws.append([n, home, who, grade, days, fee, jj_paid(days, fee)])
    ws.append(["合计", f"{len(JJ_ROWS)}人", "", "", sum(r[3] for r in JJ_ROWS), "", int(jj_total())])
    ws.append(["制表单位：夹江县医疗保障局　审核：夹江县医疗保障事务中心　制表日期：2026年4月8日"])
    wb.properties.creator = "夹江县医疗保障局"
    buf = io.BytesIO()
    wb.save(buf)
    return restamp(buf.getvalue(), WHEN)


def gbk_page(page: str) -> str:
    return page.replace('<meta charset="utf-8">', '<meta charset="gbk">')


def write_jiajiang() -> None:
    write(
        f"四川/夹江县/{JJ_TITLE}.html",
        gbk_page(
            portal(JJ, JJ_TITLE, "政务公开 &gt; 规范性文件", "2025-12-26", "夹江县医疗保障局", P(JJ_BODY))
        ),
        "gbk",
    )
    write_bytes(f"四川/夹江县/{JJ_XLSX}", jj_xlsx())
    t = "父亲重度失能住进定点护理院，护理费每天100元，3月份长护险能报多少？"
    write(
        f"四川/夹江县/12345 {t}.html",
        messy(
            letter(
                JJ,
                "12345热线",
                t,
                "周**（漹城镇）",
                "2026-04-02",
                """
我父亲今年82岁，是企业退休职工，退休金每月3600元。去年中风后一直卧床，已经评估为重度失能二级。今年1月住进了县里的定
点护理院，护理费每天100元，加上伙食费、床位费每个月总共要4500元左右。请问3月份（31天）长护险能给报多少？
""",
                "夹江县医疗保障局",
                "2026-04-07",
                """
您好！根据《夹江县长期护理保险实施细则》，入住定点护理机构的，基金按床日护理费用的70%支付，每人每天最高支付60元；伙
食费、床位费不予支付。

您父亲每天护理费100元，按70%计算为70元，超过每天60元的上限，按60元支付；3月份31天，长期护理保险基金共支付1860元，
由护理院直接结算。
""",
                "JJ12345-2026-04021",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 12-14 涡阳县: the 中医药服务能力提升 奖补办法, the 拟奖补名单 公示, a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

GY_TITLE = "涡阳县基层中医药服务能力提升奖补办法"
GY_BODY = """
第一条　为推进中医药传承创新发展，提升基层中医药服务能力，结合本县实际，制定本办法。

第二条　乡镇卫生院中医馆新建或者改造后达到省级建设标准并经验收合格的，一次性奖补20万元；
评为省级精品中医馆的，再奖
补10万元。

第三条　村卫生室设置中医阁，配备针灸、推拿、拔罐、艾灸等中医诊疗设备并经验收合格的，每个奖补2万元。

第四条　乡村医生能够规范开展6类10项以上中医药适宜技术并经县级考核合格的，每人一次性奖励2000元。

第五条　县中医院医师到乡镇卫生院中医馆坐诊的，每人每次补助200元，每人每月最多补助8次。

第六条　每年10月，乡镇卫生院、村卫生室向县卫生健康委员会（县中医药管理局）申报，经验收、公示后拨付。

第七条　本办法自2026年3月1日起施行。
"""

GY_NOTICE_TITLE = "涡阳县2025年度基层中医药服务能力提升拟奖补名单公示"
GY_LIST = [
    ["序号", "单位", "奖补项目", "奖补金额（万元）"],
    ["1", "涡阳县××镇卫生院", "中医馆新建验收合格", "20"],
    ["2", "涡阳县××镇卫生院", "中医馆验收合格并评为省级精品中医馆", "30"],
    ["3", "××镇××村卫生室", "中医阁验收合格", "2"],
    ["4", "××镇××村卫生室", "中医阁验收合格", "2"],
    ["5", "乡村医生（共23人）", "中医药适宜技术考核合格", "4.6"],
]
GY_NOTICE_LEAD = f"""
根据《{GY_TITLE}》，经单位申报、现场验收，现将2025年度基层中医药服务能力提升拟奖补名单予以公示：
"""
GY_NOTICE_TAIL = """
公示期为2026年4月13日至4月19日。对公示名单有异议的，请在公示期内以书面形式向县卫生健康委员会中医股反映，联系电话
0558-7213526。

涡阳县卫生健康委员会
2026年4月13日
"""


def write_guoyang() -> None:
    write(
        f"安徽/涡阳县/{GY_TITLE}.html",
        portal(GY, GY_TITLE, "政务公开 &gt; 规范性文件", "2026-02-12", "涡阳县卫生健康委员会", P(GY_BODY)),
    )
    write(
        f"安徽/涡阳县/{GY_NOTICE_TITLE}.html",
        messy(
            portal(
                GY,
                GY_NOTICE_TITLE,
                "政务公开 &gt; 通知公告",
                "2026-04-13",
                "涡阳县卫生健康委员会",
                P(GY_NOTICE_LEAD) + make.table(GY_LIST, 'class="gs" border="1"') + P(GY_NOTICE_TAIL),
            )
        ),
    )
    t = "村卫生室建了中医阁，我适宜技术也考过了，能奖补多少？"
    write(
        f"安徽/涡阳县/领导留言板 {t}.html",
        letter(
            GY,
            "领导留言板",
            t,
            "赵**（义门镇）",
            "2026-03-18",
            """
我是义门镇一个村的乡村医生，村里1500多人，卫生室一年门诊6000多人次。今年卫生室按要求建了中医阁，针灸、推拿、拔罐设
备都配齐了，已经验收合格。我本人考核合格，能开展6类12项中医药适宜技术；卫生室另一位村医只会4类7项。请问按县里的办
法我们一共能拿多少奖补？
""",
            "涡阳县卫生健康委员会",
            "2026-03-24",
            """
您好！根据《涡阳县基层中医药服务能力提升奖补办法》，村卫生室设置中医阁并经验收合格的，每个奖补2万元；乡村医生能够规
范开展6类10项以上中医药适宜技术并经县级考核合格的，每人一次性奖励2000元。

您所在卫生室中医阁奖补20000元，您本人奖励2000元，另一位村医未达到6类10项，暂不能奖励，合计22000元。请于10月申报。
""",
            "GYLDLY-2026-0318",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 15-18 凭祥市: the 外籍人才 引进和服务保障 办法, the 子女入学 登记表 template (.xltm), the 工作许可 办事指南,
# a 12345 reply
# ---------------------------------------------------------------------------------------------------------

PX_TITLE = "凭祥市外籍人才引进和服务保障办法"
PX_BODY = """
第一条　为吸引外籍人才来凭工作，服务边境口岸经济发展，结合本市实际，制定本办法。

第二条　本办法所称外籍人才，是指取得外国人来华工作许可、在本市用人单位工作的外国人，
分为外国高端人才（A类）和外国专
业人才（B类）。

第三条　用人单位引进外国高端人才（A类）的，每引进1人给予用人单位一次性奖励5万元；
引进外国专业人才（B类）的，每引进1
人奖励2万元。同一单位每年奖励最高30万元。

第四条　外国高端人才在本市工作期间，每月给予生活补贴3000元，最长3年。

第五条　外籍人才子女可以在本市公办中小学就读，由市教育局统筹安排学位，义务教育阶段与本地学生同等免除学杂费。

第六条　外国人来华工作许可由市行政审批局受理，外国高端人才实行容缺受理，5个工作日内办结；
外国专业人才10个工作日内办
结。

第七条　持《边境地区外籍人员务工证》入境务工的边民，不适用本办法。

第八条　本办法自2026年4月1日起施行。
"""

PX_XLTM = "凭祥市外籍人才子女入学申请登记表（模板）.xltm"
PX_COLUMNS = [
    "学生姓名（中文/外文）",
    "国籍",
    "性别",
    "出生日期",
    "护照号码",
    "申请年级",
    "父（母）姓名",
    "工作单位",
    "工作许可证号",
    "联系电话",
]
# [..] in a note is its own bold red run
PX_NOTES = [
    "1.本表用中文或英文填写，一式两份，由父（母）所在用人单位盖章。",
    "2.每年6月1日至[6月20日]集中受理入学申请，逾期不再受理。",
    "3.申请小学一年级的，学生须于当年8月31日前年满6周岁。",
    "4.市教育局于7月15日前通知就读学校，请保持电话畅通。",
    "5.咨询电话：0771-8527316（市教育局基础教育股）。",
]
PX_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr>'
    "</vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>"
    '<TitlesOfParts><vt:vector size="2" '
    'baseType="lpstr"><vt:lpstr>登记表</vt:lpstr><vt:lpstr>填表说明</vt:lpstr></vt:vector></TitlesOfParts>'
    "<Company>凭祥市教育局</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
)
XLSX_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLTM_MAIN = b"application/vnd.ms-excel.template.macroEnabled.main+xml"


def raw_chunks(data: bytes) -> bytes:
    """An MS-OVBA CompressedContainer of uncompressed 4096-byte chunks."""
    out = b"\x01"
    for i in range(0, len(data), 4096):
        out += struct.pack("<H", 0x3000 | (4096 + 2 - 3)) + data[i : i + 4096].ljust(4096, b"\0")
    return out


def px_vba() -> bytes:
    """xl/vbaProject.bin: a VBA project (PROJECT, PROJECTwm, VBA/_VBA_PROJECT, VBA/dir and the modules), its
    module a check that every row has its 护照号码 and 工作许可证号 before printing."""
    source = (
        'Attribute VB_Name = "Module1"\r\nSub 检查必填项()\r\n    Dim r As Long\r\n'
        "    For r = 3 To 22\r\n"
        '        If Cells(r, 1) <> "" And (Cells(r, 5) = "" Or Cells(r, 9) = "") Then\r\n'
        '            MsgBox "第" & r & "行护照号码或工作许可证号未填写"\r\n        End If\r\n    Next r\r\n'
        "End Sub\r\n"
    ).encode("gbk")
    project = (
        'ID="{8C1D2E3F-4A5B-4C6D-8E7F-90A1B2C3D4E5}"\r\nDocument=ThisWorkbook/&H00000000\r\n'
        'Document=Sheet1/&H00000000\r\nDocument=Sheet2/&H00000000\r\nModule=Module1\r\nName="VBAProject"\r\n'
        'HelpContextID="0"\r\nVersionCompatible32="393222000"\r\nCMG="0B09F7E3FBE3FBE3FBE3FB"\r\n'
        "\r\n[Host Extender Info]\r\n&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n"
    ).encode("gbk")
    names = ["ThisWorkbook", "Sheet1", "Sheet2", "Module1"]
    return compound_file(
        {
            "PROJECT": project,
            "PROJECTwm": b"".join(n.encode() + b"\0" + n.encode("utf-16-le") + b"\0\0" for n in names)
            + b"\0\0",
            "VBA/_VBA_PROJECT": b"\xcc\x61\xff\xff\x00\x00\x00",
            "VBA/dir": raw_chunks(b"\x01\x00\x04\x00\x00\x00\x03\x00\x00\x00"),
            "VBA/Module1": raw_chunks(source),
            "VBA/ThisWorkbook": raw_chunks(b'Attribute VB_Name = "ThisWorkbook"\r\n'),
            "VBA/Sheet1": raw_chunks(b'Attribute VB_Name = "Sheet1"\r\n'),
            "VBA/Sheet2": raw_chunks(b'Attribute VB_Name = "Sheet2"\r\n'),
        }
    )


def px_xltm() -> bytes:
    """An Excel macro-enabled template: the 登记表 (a title, the column names, 20 empty bordered rows, a 性别
    list), the 填表说明 with a figure cut into a bold red run of a rich-text string, the workbook part given
    the macro-enabled template content type and the VBA project beside it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "登记表"
    ws.append(["凭祥市外籍人才子女入学申请登记表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(PX_COLUMNS))
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(PX_COLUMNS)
    thin = Side(style="thin")
    for r in range(2, 23):
        for c in range(1, len(PX_COLUMNS) + 1):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sex = DataValidation(type="list", formula1='"男,女"', allow_blank=True)
    ws.add_data_validation(sex)
    sex.add("C3:C22")
    notes = wb.create_sheet("填表说明")
    notes.append(["填表说明"])
    notes["A1"].font = Font(bold=True, size=14)
    red = InlineFont(b=True, color="FFC00000")
    for note in PX_NOTES:
        pieces = re.split(r"\[|\]", note)
        if len(pieces) == 1:
            notes.append([note])
            continue
        rich = CellRichText(*[TextBlock(red, p) if i % 2 else p for i, p in enumerate(pieces) if p])
        notes.append([rich])
    notes.column_dimensions["A"].width = 90
    wb.properties.creator = wb.properties.lastModifiedBy = "凭祥市教育局"
    wb.properties.title = "凭祥市外籍人才子女入学申请登记表"
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    strings: list[bytes] = []

    def shared(m: re.Match[bytes]) -> bytes:
        strings.append(re.sub(rb"&#(\d+);", lambda c: chr(int(c.group(1))).encode("utf-8"), m.group(3)))
        return b'<c r="%s"%s t="s"><v>%d</v></c>' % (m.group(1), m.group(2), len(strings) - 1)

    for name in sorted(n for n in parts if n.startswith("xl/worksheets/sheet")):
        parts[name] = re.sub(
            rb'<c r="([A-Z]+\d+)"((?: s="\d+")?) t="inlineStr"><is>(.*?)</is></c>', shared, parts[name]
        )
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
        % (len(strings), len(strings))
        + b"".join(b"<si>" + s + b"</si>" for s in strings)
        + b"</sst>"
    )
    types = parts["[Content_Types].xml"]
    assert XLSX_MAIN in types
    parts["[Content_Types].xml"] = (
        types.replace(XLSX_MAIN, XLTM_MAIN)
        .replace(
            b"<Default ",
            b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ',
            1,
        )
        .replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdVBA" Type="http://schemas.microsoft'
        b'.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"<workbookPr/><workbookProtection/>", b'<workbookPr codeName="ThisWorkbook"/>'
    )
    assert b'codeName="ThisWorkbook"' in parts["xl/workbook.xml"]
    parts["docProps/app.xml"] = PX_APP.encode("utf-8")
    parts["xl/vbaProject.bin"] = px_vba()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), body, zipfile.ZIP_DEFLATED)
    return restamp(out.getvalue(), WHEN)


PX_GUIDE_TITLE = "凭祥市外国人来华工作许可办事指南"
PX_GUIDE = [
    ["事项", "内容"],
    ["事项名称", "外国人来华工作许可"],
    ["受理单位", "凭祥市行政审批局（市政务服务中心三楼外国人工作管理窗口）"],
    [
        "申请条件",
        "年满18周岁，身体健康，无犯罪记录，有确定的聘用单位，具有从事其工作所必需的专业技能或者相适应的工作经历",
    ],
    [
        "申请材料",
        "1.护照；2.工作资历证明；3.最高学位（学历）证书；4.无犯罪记录证明；5.体检证明；6.聘用合同；7.近期白底证件照",
    ],
    ["办理时限", "外国高端人才（A类）5个工作日；外国专业人才（B类）10个工作日"],
    ["收费标准", "不收费"],
    ["咨询电话", "0771-8522046"],
]


def write_pingxiang() -> None:
    write(
        f"广西/凭祥市/{PX_TITLE}.html",
        portal(
            PX, PX_TITLE, "政务公开 &gt; 规范性文件", "2026-03-20", "凭祥市人力资源和社会保障局", P(PX_BODY)
        ),
    )
    write_bytes(f"广西/凭祥市/{PX_XLTM}", px_xltm())
    write(
        f"广西/凭祥市/{PX_GUIDE_TITLE}.html",
        messy(
            portal(
                PX,
                PX_GUIDE_TITLE,
                "政务服务 &gt; 办事指南",
                "2026-04-03",
                "凭祥市行政审批局",
                make.table(PX_GUIDE, 'class="bszn" border="1"', thead=False),
            )
        ),
    )
    t = "红木企业今年引进了1名A类和2名B类外国人才，奖励一共多少？"
    write(
        f"广西/凭祥市/12345 {t}.html",
        letter(
            PX,
            "12345热线",
            t,
            "黄**（凭祥镇）",
            "2026-06-15",
            """
我们是凭祥镇的一家红木家具企业，员工150人，年产值6000万元，另外还聘用了40名持务工证的越南籍边民。今年5月公司引进了1
名法国家具设计师（外国高端人才A类）和2名越南籍木工技术员（外国专业人才B类），都办好了外国人来华工作许可。请问企业能
拿多少奖励？
""",
            "凭祥市人力资源和社会保障局",
            "2026-06-18",
            """
您好！根据《凭祥市外籍人才引进和服务保障办法》，用人单位引进外国高端人才（A类）的每人奖励5万元，引进外国专业人才（B
类）的每人奖励2万元，同一单位每年最高30万元；持务工证入境务工的边民不适用该办法。

贵公司可获奖励5万元+2×2万元=9万元。
""",
            "PX12345-2026-06152",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 19-21 瓮安县: the 乡村医生补助 和 村卫生室运行保障 办法, the 村卫生室 分布图 (.kml), a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

WA_TITLE = "瓮安县乡村医生补助和村卫生室运行保障办法"
WA_BODY = """
为稳定乡村医生队伍，保障村卫生室正常运行，筑牢农村医疗卫生服务网底，结合本县实际，制定本办法。

一、在岗乡村医生每人每月发放基本补助800元。

二、取得执业（助理）医师资格的乡村医生，每人每月另加发500元；取得乡村全科执业助理医师资格的，每人每月另加发300元。两
项不重复享受。

三、年满60周岁退出乡村医生岗位的，按在村卫生室连续执业年限，每满1年每月发放生活补助20元，由县财政按月发放。

四、村卫生室运行经费每个每年1万元，用于水电、网络、耗材等日常运行支出；距离乡镇卫生院15公里以上的村卫生室每年另加3000
元。

五、乡村医生补助由乡镇卫生院按季度发放，县卫生健康局每年组织考核，考核不合格的停发当年基本补助。

六、乡村医生参加企业职工基本养老保险的，单位缴费部分由县财政给予50%补助。

七、本办法自2026年1月1日起施行。

瓮安县卫生健康局　瓮安县财政局
2025年12月19日
"""

WA_KML = "瓮安县村卫生室分布图（县卫生健康局）.kml"
# (乡镇, 名称, 地址, 乡村医生, 电话, 服务时间, 经度, 纬度, 说明)
WA_CLINICS = [
    (
        "草塘镇",
        "草塘镇新华村卫生室（中心村卫生室）",
        "瓮安县草塘镇新华村村委会旁",
        "罗**、宋**",
        "0854-2651087",
        "全天值班",
        107.6328,
        27.2471,
        "<p>乡镇卫生院医生每周二、周五到本室坐诊。</p><p>可开展中医理疗、慢病随访。</p>",
    ),
    (
        "草塘镇",
        "草塘镇岩根河村卫生室",
        "瓮安县草塘镇岩根河村二组",
        "冯**",
        "0854-2653312",
        "8:00-18:00",
        107.6015,
        27.2893,
        "<p>距草塘镇卫生院17公里。</p>",
    ),
    (
        "猴场镇",
        "猴场镇龙场村卫生室",
        "瓮安县猴场镇龙场村便民服务中心一楼",
        "唐**",
        "0854-2721409",
        "8:00-18:00",
        107.3802,
        26.9117,
        "<p>提供基本医疗、预防接种预约和家庭医生签约服务。</p>",
    ),
    (
        "雍阳街道",
        "雍阳街道清塘村卫生室",
        "瓮安县雍阳街道清塘村",
        "熊**、李**",
        "0854-2621346",
        "8:00-17:30",
        107.4683,
        27.0921,
        "<p>设中医阁，可开展针灸、拔罐。</p>",
    ),
]


def wa_kml() -> str:
    """KML 2.2 as a GIS tool exports a layer: the document's name and a CDATA description, a shared icon
    style, a folder per 乡镇, a Placemark per 村卫生室 with its address, phoneNumber, a CDATA description,
    ExtendedData fields and a Point."""
    folders: dict[str, list[str]] = {}
    for town, name, addr, doctors, phone, hours, lon, lat, note in WA_CLINICS:
        folders.setdefault(town, []).append(
            f"""<Placemark>
<name>{name}</name>
<styleUrl>#clinic</styleUrl>
<address>{addr}</address>
<phoneNumber>tel:+86-854-{phone.split("-")[1]}</phoneNumber>
<description><![CDATA[{note}]]></description>
<ExtendedData>
<Data name="乡村医生"><value>{doctors}</value></Data>
<Data name="联系电话"><value>{phone}</value></Data>
<Data name="服务时间"><value>{hours}</value></Data>
</ExtendedData>
<Point><coordinates>{lon},{lat},0</coordinates></Point>
</Placemark>"""
        )
    body = "\n".join(
        f"<Folder>\n<name>{town}</name>\n" + "\n".join(marks) + "\n</Folder>"
        for town, marks in folders.items()
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2" \
xmlns:atom="http://www.w3.org/2005/Atom">
<Document>
<name>瓮安县村卫生室分布图</name>
<open>1</open>
<atom:author><atom:name>瓮安县卫生健康局</atom:name></atom:author>
<description><![CDATA[<p>全县共有村卫生室102个，其中中心村卫生室12个，实行<b>7</b>×24小时值班。</p>\
<p>数据更新：2026年3月</p>]]></description>
<Style id="clinic">
<IconStyle><color>ff0000ff</color><scale>1.1</scale>\
<Icon><href>http://maps.google.com/mapfiles/kml/shapes/hospitals.png</href></Icon></IconStyle>
<LabelStyle><scale>0.8</scale></LabelStyle>
</Style>
{body}
</Document>
</kml>
"""


def write_wengan() -> None:
    write(
        f"贵州/瓮安县/{WA_TITLE}.html",
        messy(portal(WA, WA_TITLE, "政务公开 &gt; 通知公告", "2025-12-19", "瓮安县卫生健康局", P(WA_BODY))),
    )
    write(f"贵州/瓮安县/{WA_KML}", wa_kml())
    t = "当了32年村医，今年满60岁退下来，每月能领多少生活补助？"
    write(
        f"贵州/瓮安县/县长信箱 {t}.html",
        letter(
            WA,
            "县长信箱",
            t,
            "罗**（草塘镇）",
            "2026-03-11",
            """
我在草塘镇一个村的卫生室当乡村医生，从1994年干到现在，在村卫生室连续执业32年，取得了乡村全科执业助理医师资格。村里
1100多人，卫生室一年接诊4000多人次。今年我满60周岁，准备退下来让年轻人接班。请问退出后每月能领多少生活补助？
""",
            "瓮安县卫生健康局",
            "2026-03-16",
            """
您好！根据《瓮安县乡村医生补助和村卫生室运行保障办法》，年满60周岁退出乡村医生岗位的，按在村卫生室连续执业年限，每满
1年每月发放生活补助20元。

您连续执业32年，退出后每月可领生活补助32×20=640元，由县财政按月发放。感谢您多年来为群众健康作出的贡献！
""",
            "WAXZXX-2026-0311",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 22-24 禹州市: the 家庭医生签约服务费 收付和分配办法, the 服务包 清单, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

YZ_TITLE = "禹州市家庭医生签约服务费收付和分配办法"
YZ_BODY = """
第一条　为做实家庭医生签约服务，规范签约服务费的收取、支付和分配，结合本市实际，制定本办法。

第二条　家庭医生签约服务基础包签约服务费每人每年120元，由医保基金支付60元、
基本公共卫生服务经费支付40元、签约居民个人
支付20元。

第三条　个性化服务包由居民自愿选择、个人全额支付：老年人健康管理包每人每年60元，
高血压或者糖尿病慢病管理包每人每年80元，
孕产妇健康管理包每人每年100元。

第四条　脱贫人口、特困人员、低保对象签约基础包的，个人支付部分由医保基金全额承担。

第五条　签约服务费的70%用于家庭医生团队绩效分配，团队中乡村医生的分配比例不低于40%。

第六条　签约服务费按季度预拨60%，年终考核后结算。

第七条　本办法自2026年1月1日起施行。
"""

YZ_LIST_TITLE = "禹州市2026年家庭医生签约服务包项目清单"
YZ_LIST = [
    ["服务包", "服务对象", "主要服务内容", "年度费用（元/人）"],
    ["基础包", "全体签约居民", "健康咨询、建立健康档案、预约转诊、用药指导", "120"],
    ["老年人健康管理包", "65周岁以上老年人", "每年1次免费体检、2次上门随访、中医体质辨识", "60"],
    ["慢病管理包", "高血压、糖尿病患者", "每季度1次血压或血糖监测、长期处方、用药调整", "80"],
    ["孕产妇健康管理包", "孕产妇", "孕期随访5次、产后访视2次", "100"],
]


def write_yuzhou() -> None:
    write(
        f"河南/禹州市/{YZ_TITLE}.html",
        portal(YZ, YZ_TITLE, "政务公开 &gt; 规范性文件", "2025-12-30", "禹州市卫生健康委员会", P(YZ_BODY)),
    )
    write(
        f"河南/禹州市/{YZ_LIST_TITLE}.html",
        portal(
            YZ,
            YZ_LIST_TITLE,
            "政务公开 &gt; 通知公告",
            "2026-01-08",
            "禹州市卫生健康委员会",
            make.table(YZ_LIST, 'class="qd" border="1"')
            + P("各项个性化服务包须在签约基础包的基础上另行签约，签约服务周期为1年。"),
        ),
    )
    t = "爸妈都70多了，爸爸有高血压，家庭医生签约加上服务包一年自己要掏多少？"
    write(
        f"河南/禹州市/12345 {t}.html",
        letter(
            YZ,
            "12345热线",
            t,
            "孙**（神垕镇）",
            "2026-02-05",
            """
我家在神垕镇，父亲73岁，高血压10年了，每月光降压药就花150元；母亲70岁，身体还行。村里的家庭医生上门说今年可以签约，
想给两位老人都签上基础包，父亲再加签高血压的慢病管理包，母亲加签老年人健康管理包。我们不是低保户。请问一年下来个人一
共要交多少钱？
""",
            "禹州市卫生健康委员会",
            "2026-02-09",
            """
您好！根据《禹州市家庭医生签约服务费收付和分配办法》，基础包签约居民个人每人每年支付20元；个性化服务包由个人全额支付，
老年人健康管理包每人每年60元，高血压慢病管理包每人每年80元。

您父母基础包个人支付20×2=40元，父亲慢病管理包80元，母亲老年人健康管理包60元，一年个人共支付180元。
""",
            "YZ12345-2026-02053",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 25-27 云梦县: the 门诊共济 和 异地就医 经办规程, the 医保局 政策动态 feed (.atom), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

YM_TITLE = "云梦县职工医保门诊共济保障和异地就医经办规程"
YM_BODY = """
为做好职工基本医疗保险门诊共济保障和异地就医直接结算经办服务，根据省、市有关规定，结合本县实际，制定本规程。

一、普通门诊统筹。职工医保参保人员在一级及以下定点医疗机构发生的政策范围内普通门诊费用，起付标准200元，在职职工报销
60%、退休人员报销70%；在二级定点医疗机构就医的，报销比例降低10个百分点。年度最高支付限额在职职工2000元、退休人员2500
元。

二、个人账户家庭共济。职工医保个人账户可以支付本人及其配偶、父母、子女在定点医疗机构就医、在定点零售药店购药发生的个
人负担费用，以及参加城乡居民医保的个人缴费。

三、异地就医备案。异地长期居住人员、常驻异地工作人员备案后，在就医地直接结算，报销比例不降低；临时外出就医人员备案有
效期6个月，报销比例降低10个百分点；未备案的异地就医，报销比例降低20个百分点。

四、备案渠道。参保人员可以到县医保服务大厅窗口办理备案，也可以通过线上渠道办理，线上备案即时办结。

五、城乡居民医保。2026年度城乡居民医保个人缴费标准为每人每年400元。

六、本规程自2026年1月1日起施行。

云梦县医疗保障局
2025年12月22日
"""

YM_ATOM = "云梦县医疗保障局政策动态.atom"
YM_LINK = "http://www.yunmeng.gov.cn/c/ymxybj/zcdt"
# (title, path, published, summary, kind, content): newest first; kind html (escaped), cdata or xhtml
YM_ENTRIES: list[tuple[str, str, str, str, str, str]] = [
    (
        "我县门诊慢特病病种增加",
        "202603/t20260302_3318802.shtml",
        "2026-03-02T09:00:00+08:00",
        "新增阿尔茨海默病、帕金森病等病种。",
        "xhtml",
        "<p>自2026年4月1日起，我县职工医保和城乡居民医保门诊慢特病病种增至<strong>48</strong>种，新增阿尔茨海默病、"
        "帕金森病等。</p><p>已办理门诊慢特病认定的，无需重新申请。</p>",
    ),
    (
        "关于延长2026年度城乡居民医保集中缴费期的通知",
        "202601/t20260105_3301457.shtml",
        "2026-01-05T16:30:00+08:00",
        "2026年度城乡居民医保集中缴费期延长。",
        "html",
        "<p>为方便群众参保，2026年度城乡居民医保集中缴费期延长至2026年2月<b>28</b>日。</p><p>个人缴费标准仍为每人每"
        "年400元，可通过“楚税通”APP或者村（社区）代收点缴费。</p>",
    ),
    (
        "异地就医备案可以“掌上办”了",
        "202512/t20251215_3294126.shtml",
        "2025-12-15T10:20:00+08:00",
        "异地就医备案线上办理，即时办结。",
        "cdata",
        "<p>参保人员可通过国家医保服务平台APP或者“鄂汇办”APP办理异地就医备案，即时办结。</p>"
        "<p>咨询电话：0712-4322517。</p>",
    ),
]


def ym_atom() -> str:
    """An Atom 1.0 feed (RFC 4287): the feed's id, title, updated, author, self and alternate links and
    generator, three entries newest first with RFC 3339 dates, their content html (entity-escaped or in
    CDATA) or xhtml (an inline XHTML div)."""
    entries = []
    for title, path, when, summary, kind, html in YM_ENTRIES:
        if kind == "xhtml":
            content = (
                f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{html}</div></content>'
            )
        elif kind == "cdata":
            content = f'<content type="html"><![CDATA[{html}]]></content>'
        else:
            content = f'<content type="html">{escape(html)}</content>'
        entries.append(
            f"""<entry>
<title type="text">{title}</title>
<link rel="alternate" type="text/html" href="{YM_LINK}/{path}"/>
<id>{YM_LINK}/{path}</id>
<published>{when}</published>
<updated>{when}</updated>
<summary type="text">{summary}</summary>
{content}
</entry>"""
        )
    body = "\n".join(entries)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>云梦县医疗保障局 - 政策动态</title>
<subtitle>云梦县人民政府门户网站医疗保障局政策动态栏目</subtitle>
<link rel="self" type="application/atom+xml" href="{YM_LINK}/atom.xml"/>
<link rel="alternate" type="text/html" href="{YM_LINK}/"/>
<id>{YM_LINK}/</id>
<updated>{YM_ENTRIES[0][2]}</updated>
<author><name>云梦县医疗保障局</name></author>
<generator uri="http://www.trs.com.cn/" version="8.0">TRS WCM</generator>
{body}
</feed>
"""


def write_yunmeng() -> None:
    write(
        f"湖北/云梦县/{YM_TITLE}.html",
        portal(YM, YM_TITLE, "政务公开 &gt; 通知公告", "2025-12-22", "云梦县医疗保障局", P(YM_BODY)),
    )
    write(f"湖北/云梦县/{YM_ATOM}", ym_atom())
    t = "退休了，今年在社区医院看门诊花了3200元，门诊统筹能报多少？"
    write(
        f"湖北/云梦县/12345 {t}.html",
        messy(
            letter(
                YM,
                "12345热线",
                t,
                "吴**（城关镇）",
                "2026-07-20",
                """
我今年68岁，是退休职工，退休金每月4200元，医保个人账户里还有1500元。今年上半年我在城关镇社区卫生服务中心看普通门诊，
政策范围内的费用累计3200元，一直都是自己先付的。请问按县里的门诊共济政策，职工医保能给我报多少？
""",
                "云梦县医疗保障局",
                "2026-07-23",
                """
您好！根据《云梦县职工医保门诊共济保障和异地就医经办规程》，在一级及以下定点医疗机构发生的政策范围内普通门诊费用，起
付标准200元，退休人员报销70%，年度最高支付2500元。社区卫生服务中心属于一级定点医疗机构。

您可报销（3200\u2212200）×70%=2100元，未超过年度限额。今后在定点机构就医时持医保码直接结算即可。
""",
                "YM12345-2026-07204",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 28-32 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 民生")


N1_TITLE = "台胞港澳青年来创业 闽粤县域送上“政策大礼包”"
N1 = news(
    N1_TITLE,
    "中国台湾网",
    "2026-05-12 09:40　来源：中国台湾网　记者：林晓婷",
    """
越来越多的台胞和港澳青年把创业梦想安放在县域。福建漳州、广东清远一些县市拿出真金白银，为他们创业就业铺路。

漳州南靖县对台胞首次在本县创办企业或者个体工商户、正常经营满6个月的，给予一次性创业补贴2万元。漳州华安县也已对台胞
首次创业给予一次性补贴。漳州龙海区台港澳办表示，龙海计划年内出台台胞创业扶持政策。

南靖县还对参加就业见习的台湾青年按月发放见习补贴。漳州长泰区也已设立台湾青年就业见习基地并发放见习补贴，今年已有18
名台湾青年参加见习。

清远英德市对港澳青年在本市首次创办企业并正常经营满1年的，给予一次性创业启动补贴3万元。清远佛冈县也已对港澳青年创业
发放启动补贴。清远连州市拟于明年建设港澳青年创新创业基地。

龙文区的台商也到南靖考察了土楼文旅项目；阳山县的青年创业者也参加了英德举办的创业沙龙。
""",
    "京ICP备05046711号",
    ["两岸青年创业就业交流活动举行", "粤港澳大湾区青年创新创业大赛启动"],
)

N2_TITLE = "“洋人才”引得来 “洋学生”有学上 崇左优化外籍人员服务"
N2 = news(
    N2_TITLE,
    "广西新闻网",
    "2026-06-25 10:15　来源：广西新闻网　记者：农晓娟",
    """
作为面向东盟的开放前沿，广西崇左一些边境县市在引才留才上下功夫，让外籍人才和他们的家人安心在此工作生活。

崇左凭祥市对引进外国高端人才（A类）的用人单位每引进1人奖励5万元。崇左龙州县也已对引进外籍人才的用人单位给予奖励。
崇左江州区人社局表示，江州计划下半年出台外籍人才引进奖励办法。

凭祥市还明确外籍人才子女可以在公办中小学就读，义务教育阶段与本地学生同等免除学杂费。崇左宁明县也已安排外籍人才子女
在公办学校就读。

扶绥县的企业负责人也到凭祥学习了外籍人才服务的做法。
""",
    "桂ICP备05004187号",
    ["中国—东盟人才交流合作持续深化", "边境口岸营商环境不断优化"],
)

N3_TITLE = "村医待遇稳了 签约服务实了 黔南许昌夯实基层医疗网底"
N3 = news(
    N3_TITLE,
    "健康报网",
    "2026-04-28 08:30　来源：健康报　记者：杨帆",
    """
乡村医生是农村群众健康的“守门人”。贵州黔南、河南许昌一些县市在稳队伍、强服务上持续发力。

黔南瓮安县对在岗乡村医生每人每月发放基本补助800元。黔南贵定县也已对在岗乡村医生发放定额补助。黔南福泉市卫生健康局
表示，福泉计划明年起对在岗乡村医生发放定额补助。

瓮安县还对每个村卫生室每年安排运行经费1万元。黔南龙里县也已对村卫生室给予运行经费补助，保障水电网络正常运转。

许昌禹州市家庭医生签约服务基础包每人每年120元，由医保基金、公共卫生服务经费和个人分担。许昌鄢陵县也已明确家庭医生签
约服务费标准和分担办法。许昌襄城县拟于下半年出台签约服务费分配办法。

平塘县的乡村医生也到瓮安交流了村卫生室管理经验；临颍县的家庭医生团队也到禹州学习了签约服务的做法。
""",
    "京ICP备05025538号",
    ["基层卫生健康综合试验区建设推进会召开", "家庭医生签约服务提质增效"],
)

N4_TITLE = "中医馆建到家门口 亳州基层中医药服务提档升级"
N4 = news(
    N4_TITLE,
    "中国中医药网",
    "2026-05-20 14:05　来源：中国中医药报　记者：刘燕",
    """
在“中华药都”安徽亳州，群众在乡镇卫生院、村卫生室就能享受针灸、推拿等中医药服务。

亳州涡阳县对新建或者改造后达到省级建设标准并经验收合格的乡镇卫生院中医馆，一次性奖补20万元。亳州利辛县也已对乡镇卫生
院中医馆建设给予奖补。亳州蒙城县计划年内启动基层中医馆建设奖补。

谯城区的中药材企业也参加了涡阳举办的中医药适宜技术推广活动。
""",
    "京ICP备05071420号",
    ["基层中医药服务能力提升工程推进", "中医药适宜技术推广培训班举办"],
)

N5_TITLE = "长护险减负担 门诊共济惠参保人 乐山孝感医保经办更便民"
N5 = news(
    N5_TITLE,
    "中国医疗保险网",
    "2026-08-06 11:20　来源：中国医疗保险　记者：陈思远",
    """
医保经办服务直接关系参保群众的获得感。四川乐山、湖北孝感一些县市在长期护理保险、门诊共济和异地就医上出新招。

乐山夹江县实施长期护理保险，重度失能人员入住定点护理机构的，基金按床日护理费用的70%支付。乐山井研县也已开展长期护理保
险，为失能人员提供护理保障。乐山犍为县医保局表示，犍为拟于明年启动长期护理保险。

孝感云梦县实施职工医保普通门诊统筹，退休人员在一级定点医疗机构报销70%。孝感安陆市也已实施职工医保门诊共济保障。孝感大
悟县将于下半年实施职工医保普通门诊统筹。

云梦县参保人员可以线上办理异地就医备案，即时办结。孝感应城市也已实现异地就医备案线上办理。

沐川县的参保群众也到夹江咨询了长护险的办理流程；孝昌县的医保经办人员也到云梦跟班学习。
""",
    "京ICP备05038826号",
    ["长期护理保险制度试点扩面", "跨省异地就医直接结算持续扩容"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)]


def write_news() -> None:
    for title, page in NEWS:
        write(f"新闻/{title}.html", page)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_nanjing()
    write_yingde()
    write_jiajiang()
    write_guoyang()
    write_pingxiang()
    write_wengan()
    write_yuzhou()
    write_yunmeng()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
