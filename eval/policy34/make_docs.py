"""Writes eval/policy34/docs: a thirty-fifth probe collection (32 files), 知识产权与标准化、政府采购与公
共资源交易、普惠金融与政策性农业保险 — what firms holding patents and trademarks, firms drafting standards,
small suppliers bidding for public contracts, builders paying deposits, village shopkeepers running a
普惠金融服务站, orange growers and grain co-operatives ask (发明专利 授权 资助, 中国专利奖 and PCT 高价值专
利 奖励, 马德里 商标 and 地理标志 奖励; 知识产权 质押融资 贴息, 评估费 补助 and 风险补偿; 国家 / 行业 / 地
方 / 团体 标准 制定 奖励 and 标准化 试点示范 奖励; 政府采购 中小企业 预留份额, 小微企业 价格扣除, 政采贷;
投标保证金 免收, 履约保证金 比例, 电子保函; 普惠金融服务站 建设 and 运营 补贴, 小额贷款 风险补偿金; 政策性
农业保险 保费补贴 比例 by crop and livestock, 脐橙 地方特色保险; 玉米 / 小麦 完全成本保险, 中药材 保险) of
eight new regions in eight provinces (夏津县, 寻乌县, 平江县, 巨鹿县, 泰顺县, 宾川县, 青川县, 陇西县), as
chat users, agents and analysts bring them. Run once (``python -m eval.policy34.make_docs``); the files are
committed as data, and a second run writes the same bytes (every zip entry carries a fixed time, the .ppsx,
.docx and .xlsx fixed core dates and no owner name, the feed and subtitles fixed dates).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (武城县, 宁津
县, 广宗县, 平乡县, 汨罗市, 弥渡县, 祥云县, 文成县, 苍南县, 昭化区, 安远县, 临洮县); the roundups also name
regions that have only planned a measure (临邑县, 隆尧县, 临湘市, 永平县, 永嘉县, 朝天区, 全南县, 安定区)
and regions named only in passing (齐河县, 新河县, 君山区, 南涧彝族自治县, 洞头区, 利州区, 龙南市, 宕昌县).

The documents: a 夏津县 知识产权资助和奖励办法 beside its 征求意见稿 with other figures (每件资助5000元,
优秀奖 5万元, PCT 每件2万元, 马德里 3000元, 地理标志 10万元, 最高20万元, 专利代理机构 奖励2万元, 4月申报,
2025年10月1日施行), the 知识产权 宣讲 slides (.ppsx) and a 12345 reply (23000元); a 寻乌县 政策性农业保
险 实施方案 (.docx, its 险种 and 补贴比例 a table), the 政策解读 video's subtitles (.ass) and a 县长信箱
reply (4800元); a 平江县 知识产权质押融资 贴息 和 风险补偿 办法 (GBK), the 2025年下半年 贴息 发放花名册
(.xlsx, its 合计 only there) and a 12345 reply (92000元); a 巨鹿县 标准化奖励办法, the 2025年度 拟奖励
名单 公示 and a 领导留言板 reply (31万元); a 泰顺县 政府采购 促进中小企业发展 实施细则, the 政采贷 办事指
南 (.xhtml) and a 12345 reply (68.8万元); a 宾川县 普惠金融服务站 和 小额贷款风险补偿 实施方案, the 服务
站 设立 办事指南, the 金融服务 栏目 feed (.rss) and a 县长信箱 reply (3240元); a 青川县 公共资源交易 降低
保证金成本 办法, the 电子保函 公告 in traditional script (the site's 繁體 page) and a 12345 reply (9万元); a
陇西县 完全成本保险 和 中药材保险 实施方案, the 投保分户清单 template (.ott), the 理赔 办事指南 and a 12345
reply (5160元).

New kinds of file none of eval/policy .. eval/policy33 had:
- a PowerPoint show (.ppsx): an OOXML package whose presentation part has the content type
  …presentationml.slideshow.main+xml (not …presentation.main+xml), slides under a master and layouts, one
  slide with speaker notes, a figure cut across a:r runs (a bold red run) so that it is not in the slide's
  XML (夏津 宣讲: 2026年4月30日前, 知识产权股（312室）, 0534-3221796, 专利检索分析报告 and 实用新型和外观设
  计专利不予资助 only there);
- Advanced SubStation Alpha subtitles (.ass, UTF-8 with a BOM, CRLF): [Script Info] (ScriptType: v4.00+,
  PlayResX / PlayResY), an [Aegisub Project Garbage] section, [V4+ Styles] with its Format line, [Events]
  with Dialogue and Comment lines, override tags ({\\an8} a top sign, {\\c&H…&} … {\\r}) and \\N breaks;
  sentences and figures cut between events (2026年5 | 月31日前, 出险后要在48 | 小时内报案) or by a tag
  (每亩自缴{…}60{\\r}元), so that they are not in the bytes (寻乌 脐橙保险: 2026年5月31日前, 48小时内报案,
  95518 and 每亩自缴60元 only there);
- an RSS 2.0 feed (.rss) of the county's 金融服务 column: channel and three items, newest first, with
  RFC 822 pubDate, guid, dc:creator and an atom:link, two descriptions HTML in CDATA and one HTML
  entity-escaped; figures cut by <span> / <b> / <strong> inside them (宾川: 2026年3月24日至3月25日, 上岗证, 10
  倍 and 2026年4月20日前 only there);
- an XHTML page (.xhtml) served as application/xhtml+xml: an XML declaration, the XHTML 1.0 Strict DOCTYPE,
  the XHTML namespace, well-formed throughout (no HTML entities), a table of the guide with figures cut by
  <strong> and <em> (泰顺 政采贷: 年利率不高于3.6%, 3个工作日内放款, 泰顺农商银行, 2026年12月31日 and
  0577-67582316 only there);
- an OpenDocument text template (.ott, application/vnd.oasis.opendocument.text-template): mimetype first and
  stored, content.xml whose office:text holds a heading, text:placeholder fields, a table:table of empty
  rows and the 填写说明 with a figure cut by a text:span, styles.xml, meta.xml and the manifest (陇西 分户
  清单: 2026年5月20日前, 不少于5天, 中华联合财产保险股份有限公司陇西支公司 and 0932-6621570 only there).

Also: a 征求意见稿 beside its final text; a .docx with a table; an .xlsx 花名册 with its 合计 only there; a
GBK page; a page in traditional script (OpenCC s2t) on the county's own 繁體 site (青川 电子保函: 2026年6月1
日, 千分之三, 10分鐘出函 and 0839-7202365 only there); spam lines and 打印 / 关闭 bars on some pages; eight
replies (12345 ×5, 县长信箱 ×2, 领导留言板) each reckoning one asker's case to a figure only the reply
holds."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from datetime import datetime
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import opencc
import openpyxl
from openpyxl.styles import Alignment, Font
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

from eval import policy_make as make
from eval.policy29.make_docs import P, Site, letter, portal

DOCS = Path(__file__).resolve().parent / "docs"

STAMP = (2027, 8, 2, 0, 0, 0)
WHEN = "2026-03-16T08:30:00Z"
restamp = partial(make.restamp, stamp=STAMP)
_S2T = opencc.OpenCC("s2t")


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write(rel: str, text: str, encoding: str = "utf-8") -> None:
    write_bytes(rel, text.encode(encoding))


def J(text: str) -> list[str]:
    """Paragraphs from wrapped source text: a blank line ends a paragraph, its lines are joined."""
    return ["".join(ln.strip() for ln in p.splitlines()) for p in re.split(r"\n\s*\n", text.strip())]


SPAM = (
    '<div class="pl"><p>网友评论（2）</p>'
    "<p>游客：专业代办专利商标，包下证，加微信 zl88****，费用全网最低！</p>"
    "<p>游客：高价回收各类发票，长期有效。</p></div>"
)
BAR = '<div class="dy"><p>【打印本页】　【关闭窗口】　【返回顶部】</p></div>'


def messy(page: str, spam: bool = True) -> str:
    """The page with an 打印 / 关闭 bar and, with ``spam``, a comment box of spam lines before the footer."""
    return page.replace('<div class="footer">', BAR + (SPAM if spam else "") + '<div class="footer">')


XJ = Site("夏津县人民政府", "鲁ICP备05027316号")
XW = Site("寻乌县人民政府", "赣ICP备05009472号")
PJ = Site("平江县人民政府", "湘ICP备05016653号")
JL = Site("巨鹿县人民政府", "冀ICP备05013095号")
TS = Site("泰顺县人民政府", "浙ICP备05042871号")
BC = Site("宾川县人民政府", "滇ICP备05003386号")
QC = Site("青川县人民政府", "蜀ICP备05011742号")
LX = Site("陇西县人民政府", "陇ICP备05001958号")


# ---------------------------------------------------------------------------------------------------------
# 1-4 夏津县: the 知识产权资助和奖励办法 beside its 征求意见稿, the 宣讲 slides (.ppsx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

XJ_TITLE = "夏津县知识产权资助和奖励办法"
XJ_DRAFT_TITLE = f"关于公开征求《{XJ_TITLE}（征求意见稿）》意见的公告"


def xj_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
第一条　为深入实施知识产权强县战略，提升知识产权创造、运用和保护水平，结合本县实际，制定本办法。

第二条　本办法适用于在本县登记注册、依法纳税的企业、科研机构和其他组织，以及户籍在本县的个人。

第三条　获得国内发明专利授权的，每件资助{f("6000元", "5000元")}，同一件发明专利只资助一次。

第四条　对高价值专利给予奖励：获得中国专利金奖的奖励50万元，获得中国专利银奖的奖励30万元，获得中国专利
优秀奖的奖励{f("10万元", "5万元")}；通过专利合作条约（PCT）途径获得国外发明专利授权的，每件奖励
{f("3万元", "2万元")}，同一项发明最多按2个国家计算。

第五条　新获得马德里国际注册商标的，每件奖励{f("5000元", "3000元")}；新注册地理标志证明商标或者集体商标的，
每件奖励{f("20万元", "10万元")}。

{f("", "第六条　对在本县新设立并取得执业许可的专利代理机构，一次性奖励2万元。")}

第{f("六", "七")}条　同一单位每年获得本办法资助和奖励的总额最高{f("30万元", "20万元")}，获得中国专利奖的奖励
不受此限。

第{f("七", "八")}条　申请人每年{f("3月1日至3月31日", "4月1日至4月30日")}向县市场监督管理局（知识产权局）申报
上一年度的资助和奖励，经审核并公示5个工作日无异议后拨付。

第{f("八", "九")}条　弄虚作假骗取资助奖励的，追回已拨付资金，3年内不得申报。

第{f("九", "十")}条　本办法自{f("2026年1月1日", "2025年10月1日")}起施行。
"""


XJ_DRAFT_LEAD = f"""
为广泛听取社会各界意见，现将《{XJ_TITLE}（征求意见稿）》全文公布，征求意见截止时间为2025年9月20日，意见请
发送至县市场监督管理局电子邮箱。
"""

XJ_PPSX = "夏津县知识产权政策宣讲（企业专场）.ppsx"
# (title, paragraphs, notes); [..] in a paragraph is its own bold red run
XJ_SLIDES: list[tuple[str, list[str], str]] = [
    ("知识产权政策宣讲（企业专场）", ["夏津县市场监督管理局（知识产权局）", "2026年3月"], ""),
    (
        "一、资助奖励标准",
        [
            "国内发明专利授权：每件资助6000元",
            "PCT途径国外发明专利授权：每件奖励3万元",
            "马德里国际注册商标：每件奖励5000元",
            "地理标志证明商标、集体商标：每件奖励20万元",
            "温馨提示：实用新型和外观设计专利不予资助",
        ],
        "讲解提示：中国专利奖以国家知识产权局公布的获奖名单为准，公布后的次年申报奖励。",
    ),
    (
        "二、怎么申报",
        [
            "申报时间：每年3月1日至3月31日，申报上一年度",
            "网上申报：登录“夏津县惠企政策直达平台”在线填报",
            "纸质材料：报送县市场监督管理局三楼知识产权股（312室）",
            "咨询电话：0534-3221796",
        ],
        "",
    ),
    (
        "三、专利导航免费服务",
        [
            "县财政购买服务，为企业免费提供专利检索分析报告",
            "2026年计划服务30家企业，先报先得",
            "报名截止：2026年4月[30]日前",
        ],
        "",
    ),
]


def runs(p: object, text: str) -> None:
    """``text`` as runs of the paragraph ``p``, each [..] its own bold red run."""
    for n, part in enumerate(re.split(r"\[|\]", text)):
        if not part:
            continue
        run = p.add_run()  # type: ignore[attr-defined]
        run.text = part
        if n % 2:
            run.font.bold = True
            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            run.font.size = Pt(32)


SHOW = "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"
DECK = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


XJ_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>46</TotalTime><Words>212</Words><Application>Microsoft Office PowerPoint</Application>"
    "<PresentationFormat>宽屏</PresentationFormat><Paragraphs>16</Paragraphs>"
    f"<Slides>{len(XJ_SLIDES)}</Slides><Notes>1</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>"
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)


def xj_ppsx() -> bytes:
    """A PowerPoint show: python-pptx's package, its presentation part given the slideshow content type, the
    core properties fixed, every entry at ``STAMP``."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    for n, (title, paras, notes) in enumerate(XJ_SLIDES):
        slide = prs.slides.add_slide(prs.slide_layouts[0 if n == 0 else 1])
        assert slide.shapes.title is not None
        slide.shapes.title.text = title
        frame = slide.placeholders[1].text_frame
        for i, text in enumerate(paras):
            runs(frame.paragraphs[0] if i == 0 else frame.add_paragraph(), text)
        if notes:
            notes_frame = slide.notes_slide.notes_text_frame
            assert notes_frame is not None
            notes_frame.text = notes
    core = prs.core_properties
    core.title, core.author, core.last_modified_by = (
        "知识产权政策宣讲",
        "夏津县市场监督管理局",
        "夏津县市场监督管理局",
    )
    core.revision, core.comments = 3, ""
    core.created = core.modified = datetime.fromisoformat(WHEN.rstrip("Z"))
    buf = io.BytesIO()
    prs.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                assert DECK.encode() in body
                body = body.replace(DECK.encode(), SHOW.encode())
            elif info.filename == "docProps/app.xml":
                body = XJ_APP.encode("utf-8")
            z.writestr(zipfile.ZipInfo(info.filename, date_time=STAMP), body, zipfile.ZIP_DEFLATED)
    return restamp(out.getvalue(), WHEN)


def write_xiajin() -> None:
    write(
        f"山东/夏津县/{XJ_TITLE}.html",
        messy(
            portal(
                XJ,
                XJ_TITLE,
                "政务公开 &gt; 规范性文件",
                "2025-12-18",
                "夏津县市场监督管理局",
                P(xj_articles(False)),
            ),
            spam=False,
        ),
    )
    write(
        f"山东/夏津县/{XJ_DRAFT_TITLE}.html",
        portal(
            XJ,
            XJ_DRAFT_TITLE,
            "政务公开 &gt; 意见征集",
            "2025-09-05",
            "夏津县市场监督管理局",
            P(XJ_DRAFT_LEAD) + P(xj_articles(True)),
        ),
    )
    write_bytes(f"山东/夏津县/{XJ_PPSX}", xj_ppsx())
    t = "公司去年拿了3件发明专利授权，还做了1件马德里商标，县里资助一共多少？"
    write(
        f"山东/夏津县/12345 {t}.html",
        messy(
            letter(
                XJ,
                "12345热线",
                t,
                "孙**（经济开发区）",
                "2026-03-06",
                """
我们公司在夏津经济开发区，做棉纺机械配件，每年研发投入800多万。2025年获得了3件国内发明专利授权，还申请了12件
实用新型；另外有1件商标通过马德里体系做了国际注册。请问按县里的办法，我们一共能拿多少资助和奖励？
""",
                "夏津县市场监督管理局",
                "2026-03-10",
                """
您好！根据《夏津县知识产权资助和奖励办法》，获得国内发明专利授权的每件资助6000元，新获得马德里国际注册商标的每
件奖励5000元，实用新型专利不在资助范围内。

贵公司3件发明专利资助18000元，马德里国际注册商标奖励5000元，合计23000元。请在3月31日前申报。
""",
                "XJ12345-2026-03061",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 5-7 寻乌县: the 政策性农业保险 实施方案 (.docx with a table), the 政策解读 subtitles (.ass), a 县长信箱
# reply
# ---------------------------------------------------------------------------------------------------------

XW_TITLE = "寻乌县2026年政策性农业保险实施方案"
XW_DOCX = f"{XW_TITLE}.docx"
XW_BLOCKS: list = [
    f"# {XW_TITLE}",
    "为发挥农业保险稳定农业生产、保障农民收入的作用，根据省、市农业保险工作部署，结合本县实际，制定本方案。",
    "## 一、保险品种和保费补贴比例",
    [
        ["险种", "保险金额", "保险费率", "财政补贴比例", "农户自缴比例"],
        ["水稻", "每亩1000元", "4%", "中央45%、省级25%、县级10%", "20%"],
        ["能繁母猪", "每头1500元", "6%", "中央50%、省级25%、县级5%", "20%"],
        ["育肥猪", "每头800元", "5%", "中央50%、省级25%、县级5%", "20%"],
        ["脐橙（地方特色）", "每亩4000元", "5%", "省级奖补35%、县级35%", "30%"],
        ["百香果（地方特色）", "每亩3000元", "6%", "县级60%", "40%"],
    ],
    "## 二、脐橙种植保险",
    "脐橙种植保险的保险对象为种植面积5亩以上、树龄3年以上的脐橙果园。因暴雨、洪水、冰雹、冻害、干旱等自然灾害造成"
    "损失的，按损失程度赔付；黄龙病造成的损失不在保险责任范围内。",
    "## 三、脱贫户和监测对象",
    "脱贫户、监测对象投保本方案所列险种的，农户自缴部分由县级财政再承担50%。",
    "## 四、承保和资金拨付",
    "各险种由县农业农村局会同县财政局通过招标确定的承保机构承保。县级财政承担的保费补贴由县财政局按季度拨付承保机构。",
    "承保机构不得以任何方式向农户返还保费，不得拒保或者变相拒保。",
]

XW_ASS = "寻乌县农业保险政策解读（乡村振兴大讲堂第7期）.ass"
# (start, end, name, text): the sign first, then the speakers' lines, sentences cut where the subtitle is cut
XW_EVENTS: list[tuple[str, str, str, str, str]] = [
    ("Dialogue", "0:00:00.00", "0:01:12.00", "", "{\\an8}乡村振兴大讲堂·农业保险政策解读"),
    ("Comment", "0:00:00.00", "0:00:00.00", "", "校对：刘**　2026-04-08"),
    ("Dialogue", "0:00:01.20", "0:00:05.10", "主持人", "观众朋友们大家好，欢迎收看《乡村振兴大讲堂》。"),
    ("Dialogue", "0:00:05.10", "0:00:09.40", "主持人", "今天请来县农业农村局的同志，\\N讲一讲农业保险。"),
    ("Dialogue", "0:00:10.00", "0:00:14.60", "农业农村局", "今年水稻、能繁母猪、育肥猪都有政策性保险，"),
    ("Dialogue", "0:00:14.60", "0:00:18.20", "农业农村局", "财政补贴80%，农户只交20%。"),
    ("Dialogue", "0:00:18.90", "0:00:21.50", "主持人", "那咱们寻乌的脐橙呢？"),
    ("Dialogue", "0:00:22.00", "0:00:26.30", "农业农村局", "脐橙是地方特色险种，保额每亩4000元，"),
    (
        "Dialogue",
        "0:00:26.30",
        "0:00:31.80",
        "农业农村局",
        "省级奖补和县级财政一共补贴70%，\\N农户每亩自缴{\\c&H00FFFF&\\b1}60{\\r}元。",
    ),
    ("Dialogue", "0:00:32.40", "0:00:35.00", "主持人", "今年投保要注意什么时间？"),
    ("Dialogue", "0:00:35.50", "0:00:38.70", "农业农村局", "脐橙保险今年要在2026年5"),
    ("Dialogue", "0:00:38.70", "0:00:43.20", "农业农村局", "月31日前投保，\\N过了时间就不再承保了。"),
    ("Dialogue", "0:00:43.80", "0:00:46.40", "主持人", "万一果园受了灾怎么办？"),
    ("Dialogue", "0:00:46.90", "0:00:50.10", "农业农村局", "要及时报案，出险后要在48"),
    (
        "Dialogue",
        "0:00:50.10",
        "0:00:55.60",
        "农业农村局",
        "小时内报案，报案电话95518，\\N保险公司会上门查勘定损。",
    ),
    ("Dialogue", "0:00:56.20", "0:01:00.80", "农业农村局", "提醒大家，黄龙病造成的损失不在保险责任范围内。"),
    ("Dialogue", "0:01:01.40", "0:01:05.00", "主持人", "好的，感谢收看，我们下期再见。"),
]

ASS_STYLE_FORMAT = (
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, "
    "Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, "
    "MarginL, MarginR, MarginV, Encoding"
)


def xw_ass() -> bytes:
    """Advanced SubStation Alpha v4+ subtitles as Aegisub writes them: UTF-8 with a BOM, CRLF line ends."""
    lines = [
        "[Script Info]",
        "; Script generated by Aegisub 3.2.2",
        "; http://www.aegisub.org/",
        "Title: 寻乌县农业保险政策解读",
        "ScriptType: v4.00+",
        "WrapStyle: 0",
        "ScaledBorderAndShadow: yes",
        "YCbCr Matrix: TV.709",
        "PlayResX: 1920",
        "PlayResY: 1080",
        "",
        "[Aegisub Project Garbage]",
        "Audio File: 乡村振兴大讲堂第7期.mp4",
        "Video File: 乡村振兴大讲堂第7期.mp4",
        "Video AR Value: 1.777778",
        "",
        "[V4+ Styles]",
        ASS_STYLE_FORMAT,
        "Style: Default,微软雅黑,64,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,"
        "0,0,0,0,100,100,0,0,1,2,1,2,10,10,40,1",
        "Style: 台标,黑体,52,&H0000FFFF,&H000000FF,&H00000000,&H80000000,"
        "-1,0,0,0,100,100,0,0,1,2,0,8,10,10,30,1",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    for kind, start, end, name, text in XW_EVENTS:
        style, layer = ("台标", 1) if "\\an8" in text else ("Default", 0)
        lines.append(f"{kind}: {layer},{start},{end},{style},{name},0,0,0,,{text}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def write_xunwu() -> None:
    write_bytes(
        f"江西/寻乌县/{XW_DOCX}",
        make.docx_bytes(XW_BLOCKS, "寻乌县农业农村局", "— 1 —", "寻乌县农业农村局", WHEN, STAMP),
    )
    write_bytes(f"江西/寻乌县/{XW_ASS}", xw_ass())
    t = "种了80亩脐橙，去年冻害损失十几万，今年投保脐橙保险自己要交多少？"
    write(
        f"江西/寻乌县/县长信箱 {t}.html",
        letter(
            XW,
            "县长信箱",
            t,
            "刘**（澄江镇）",
            "2026-04-14",
            """
我在澄江镇种了80亩脐橙，树龄都在8年以上，正常年份能产20万斤。去年冬天一场冻害损失了十几万，所以今年想买保险。
我家不是脱贫户。请问脐橙种植保险我自己一共要交多少保费？
""",
            "寻乌县农业农村局",
            "2026-04-17",
            """
您好！根据《寻乌县2026年政策性农业保险实施方案》，脐橙种植保险保险金额每亩4000元，保险费率5%，财政补贴70%，农
户自缴30%。

每亩保费4000×5%=200元，农户自缴30%即每亩60元，您80亩共需自缴4800元。请尽快到所在镇农业综合服务中心投保。
""",
            "XWXZXX-2026-0414",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 8-10 平江县: the 知识产权质押融资 贴息 办法 (GBK), the 贴息 发放花名册 (.xlsx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

PJ_TITLE = "平江县知识产权质押融资贴息和风险补偿办法"
PJ_BODY = """
第一条　为拓宽科技型中小企业融资渠道，推动知识产权价值实现，结合本县实际，制定本办法。

第二条　本办法所称知识产权质押融资，是指本县企业以合法拥有的专利权、商标权、地理标志作为质押，向银行业金融机
构取得贷款。

第三条　企业按期还本付息后，按实际支付利息的50%给予贴息，单笔贷款贴息期限不超过1年，每家企业每年贴息最高50万
元。

第四条　质押融资发生的知识产权评估费，按实际发生额的50%给予补助，每笔最高2万元。

第五条　县财政设立知识产权质押融资风险补偿资金池1000万元，合作银行发生贷款损失的，由风险补偿资金承担本金损失的
40%。

第六条　贴息和评估费补助每年1月和7月集中申报，分别申报上一年度下半年和当年上半年已还本付息的贷款。企业向县市场
监督管理局申报，县市场监督管理局会同县财政局审核后拨付。

第七条　本办法自2026年1月1日起施行，有效期3年。
"""

PJ_XLSX = "平江县2025年下半年知识产权质押融资贴息发放花名册.xlsx"
# (企业, 质押物, 贷款金额 万元, 实际支付利息 元)
PJ_ROWS = [
    ("湖南××食品有限公司", "发明专利2件", 500, 186500),
    ("平江县××酱干有限公司", "商标权1件", 200, 72400),
    ("湖南××新材料科技有限公司", "发明专利3件", 800, 296000),
    ("平江县××茶业有限公司", "地理标志1件", 150, 55500),
    ("湖南××机械制造有限公司", "实用新型专利5件", 300, 114300),
    ("平江县××电子有限公司", "发明专利1件", 100, 38600),
]


def pj_grant(interest: int) -> int:
    return min(interest // 2, 500000)


def pj_total() -> str:
    return str(sum(pj_grant(i) for *_, i in PJ_ROWS))


def pj_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "花名册"
    ws.append(["平江县2025年下半年知识产权质押融资贴息发放花名册"])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["序号", "企业名称", "质押物", "贷款金额（万元）", "实际支付利息（元）", "贴息金额（元）"])
    for n, (name, pledge, loan, interest) in enumerate(PJ_ROWS, 1):
        ws.append([n, name, pledge, loan, interest, pj_grant(interest)])
    ws.append(["合计", f"{len(PJ_ROWS)}家", "", sum(r[2] for r in PJ_ROWS), "", int(pj_total())])
    ws.append(["审核单位：平江县市场监督管理局　平江县财政局　制表日期：2026年2月6日"])
    wb.properties.creator = "平江县市场监督管理局"
    buf = io.BytesIO()
    wb.save(buf)
    return restamp(buf.getvalue(), WHEN)


def gbk_page(page: str) -> str:
    return page.replace('<meta charset="utf-8">', '<meta charset="gbk">')


def write_pingjiang() -> None:
    write(
        f"湖南/平江县/{PJ_TITLE}.html",
        gbk_page(
            portal(PJ, PJ_TITLE, "政务公开 &gt; 规范性文件", "2025-12-22", "平江县市场监督管理局", P(PJ_BODY))
        ),
        "gbk",
    )
    write_bytes(f"湖南/平江县/{PJ_XLSX}", pj_xlsx())
    t = "公司用专利质押贷了400万，利息付了15.4万，评估费3万，能补多少？"
    write(
        f"湖南/平江县/12345 {t}.html",
        messy(
            letter(
                PJ,
                "12345热线",
                t,
                "李**（伍市镇）",
                "2026-07-08",
                """
我们公司在伍市镇工业园，做酱干和休闲食品，年营收3000万左右，有8件发明专利。2025年用其中2件发明专利质押，向银行
贷了400万元，一年期，年利率3.85%，已经按期还本付息，实际支付利息15.4万元；办质押时付了知识产权评估费3万元。请问
贴息加上评估费补助一共能拿多少？
""",
                "平江县市场监督管理局",
                "2026-07-13",
                """
您好！根据《平江县知识产权质押融资贴息和风险补偿办法》，企业按期还本付息后按实际支付利息的50%给予贴息，评估费按
实际发生额的50%给予补助，每笔最高2万元。

贵公司贴息154000×50%=77000元，评估费补助30000×50%=15000元，合计92000元。请在7月集中申报期内申报。
""",
                "PJ12345-2026-07082",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 11-13 巨鹿县: the 标准化奖励办法, the 拟奖励名单 公示, a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

JL_TITLE = "巨鹿县标准化奖励办法"
JL_BODY = """
第一条　为实施标准化战略，鼓励企业和社会组织参与标准制定，推动产业高质量发展，结合本县实际，制定本办法。

第二条　本办法适用于在本县登记注册的企业、事业单位、社会团体和其他组织。

第三条　主导制定国际标准的，每项奖励50万元；主导制定国家标准的，每项奖励30万元；主导制定行业标准的，每项奖励15
万元；主导制定地方标准的，每项奖励8万元；主导制定团体标准的，每项奖励3万元。

第四条　参与制定国家标准、行业标准且起草单位排名前三的，按主导制定奖励标准的三分之一给予奖励。

第五条　团体标准须在全国团体标准信息平台公开并实施满6个月，每家单位每年获得团体标准奖励不超过2项。

第六条　承担国家级标准化试点示范项目并通过验收的，奖励20万元；承担省级标准化试点示范项目并通过验收的，奖励10万
元。

第七条　每年4月，申报单位向县市场监督管理局申报上一年度发布的标准和通过验收的试点示范项目，经审核、公示后拨
付。

第八条　本办法自2026年2月1日起施行。
"""

JL_NOTICE_TITLE = "巨鹿县2025年度标准化奖励拟奖励名单公示"
JL_LIST = [
    ["序号", "单位名称", "奖励项目", "奖励金额（万元）"],
    ["1", "巨鹿县××金银花饮片有限公司", "主导制定行业标准1项", "15"],
    ["2", "河北××农业科技有限公司", "主导制定地方标准1项", "8"],
    ["3", "巨鹿县××种植专业合作社", "主导制定团体标准2项", "6"],
    ["4", "巨鹿县××医疗器械有限公司", "参与制定国家标准1项（排名第三）", "10"],
    ["5", "巨鹿县××农业产业园", "省级标准化试点示范项目通过验收", "10"],
]
JL_NOTICE_LEAD = """
根据《巨鹿县标准化奖励办法》，经单位申报、县市场监督管理局审核，现将2025年度标准化奖励拟奖励名单予以公示：
"""
JL_NOTICE_TAIL = """
公示期为2026年5月6日至5月12日。对公示名单有异议的，请在公示期内以书面形式向县市场监督管理局标准化股反映，联系电
话0319-5366327。

巨鹿县市场监督管理局
2026年5月6日
"""


def write_julu() -> None:
    write(
        f"河北/巨鹿县/{JL_TITLE}.html",
        portal(JL, JL_TITLE, "政务公开 &gt; 规范性文件", "2026-01-20", "巨鹿县市场监督管理局", P(JL_BODY)),
    )
    write(
        f"河北/巨鹿县/{JL_NOTICE_TITLE}.html",
        messy(
            portal(
                JL,
                JL_NOTICE_TITLE,
                "政务公开 &gt; 通知公告",
                "2026-05-06",
                "巨鹿县市场监督管理局",
                P(JL_NOTICE_LEAD) + make.table(JL_LIST, 'class="gs" border="1"') + P(JL_NOTICE_TAIL),
            ),
            spam=False,
        ),
    )
    t = "企业主导了1项行业标准、参与了1项国家标准，还牵头3项团体标准，能奖多少？"
    write(
        f"河北/巨鹿县/领导留言板 {t}.html",
        letter(
            JL,
            "领导留言板",
            t,
            "王**（巨鹿镇）",
            "2026-04-09",
            """
我们是巨鹿镇的金银花加工企业，员工120人，年产值1.2亿元。2025年我们主导制定了1项行业标准；参与制定了1项国家标准，
起草单位排名第二；还牵头制定了3项团体标准，都在全国团体标准信息平台公开了，实施已满6个月。请问按县里的标准化奖励
办法，我们一共能拿多少奖励？
""",
            "巨鹿县市场监督管理局",
            "2026-04-15",
            """
您好！根据《巨鹿县标准化奖励办法》，主导制定行业标准的每项奖励15万元；参与制定国家标准且起草单位排名前三的，按主
导制定奖励标准的三分之一即10万元给予奖励；团体标准每项奖励3万元，每家单位每年不超过2项。

贵公司行业标准15万元，国家标准10万元，团体标准按2项计6万元，合计31万元。请于4月底前向我局申报。
""",
            "JLLDLY-2026-0409",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 14-16 泰顺县: the 政府采购 促进中小企业发展 实施细则, the 政采贷 办事指南 (.xhtml), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

TS_TITLE = "泰顺县政府采购促进中小企业发展实施细则"
TS_BODY = """
第一条　为发挥政府采购政策功能，促进中小企业发展，根据《政府采购促进中小企业发展管理办法》，结合本县实际，制定
本细则。

第二条　本细则适用于本县各级国家机关、事业单位和团体组织使用财政性资金开展的政府采购活动。

第三条　采购限额标准以上、200万元以下的货物和服务采购项目，400万元以下的工程采购项目，适宜由中小企业提供的，采
购人应当专门面向中小企业采购，原则上全部预留给中小企业。

第四条　超过前条规定金额的采购项目，适宜由中小企业提供的，预留该部分采购项目预算总额的40%以上专门面向中小企
业采购，其中预留给小微企业的比例不低于70%。

第五条　未预留份额专门面向中小企业的货物和服务采购项目，对小微企业报价给予20%的扣除，用扣除后的价格参加评审；
工程采购项目给予5%的扣除。

第六条　采购人向中小企业支付的合同预付款比例不低于合同金额的40%，并在验收合格后10个工作日内支付合同款项。

第七条　中标（成交）的中小企业可以凭政府采购合同向合作银行申请政府采购合同融资（政采贷），无需抵押担保，贷款额
度最高为合同金额的90%，单户最高1000万元。

第八条　本细则自2026年3月1日起施行。
"""

TS_XHTML = "泰顺县政府采购合同融资（政采贷）办事指南.xhtml"
TS_GUIDE_TITLE = "泰顺县政府采购合同融资（政采贷）办事指南"
TS_GUIDE: list[tuple[str, str]] = [
    ("申请对象", "在泰顺县取得政府采购合同的中小企业"),
    ("合作银行", "泰顺农商银行、工商银行泰顺支行、邮储银行泰顺县支行"),
    ("贷款额度", "最高为合同金额的90%，单户最高1000万元"),
    ("贷款利率", "年利率不高于<strong>3.6</strong>%，无需抵押担保"),
    ("优惠期限", "上述优惠利率执行至2026年12月31日"),
    ("申请方式", "登录浙江政府采购网“政采贷”专区在线提交申请，自主选择合作银行"),
    ("办理时限", "资料齐全的，合作银行<em>3</em>个工作日内放款"),
    ("还款方式", "采购人支付合同款项时，直接支付至企业在合作银行开立的还款账户"),
    ("咨询电话", "0577-67582316（县财政局政府采购监管科）"),
]


def ts_xhtml() -> str:
    """An XHTML 1.0 Strict page served as application/xhtml+xml: well-formed XML, no named entities."""
    rows = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in TS_GUIDE)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />
<title>{TS_GUIDE_TITLE}-泰顺县财政局</title>
<link rel="stylesheet" type="text/css" href="/images/czj/style.css" />
<script type="text/javascript">
//<![CDATA[
var tabs = document.getElementsByTagName("li");
if (tabs.length > 0 && tabs[0]) {{ tabs[0].className = "on"; }}
//]]>
</script>
</head>
<body>
<div id="top"><span>泰顺县财政局</span> <a href="/">首页</a> | <a href="/zwgk/">政务公开</a>
| <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<ul id="nav"><li>首页</li><li>机构概况</li><li>政府采购</li><li>财政预决算</li><li>办事指南</li></ul>
<div id="position">当前位置：首页 &gt; 政府采购 &gt; 办事指南</div>
<div id="content">
<h1>{TS_GUIDE_TITLE}</h1>
<p class="info">发布时间：2026-03-20　来源：泰顺县财政局　浏览次数：1187</p>
<p>为缓解中小企业融资难、融资贵问题，根据《泰顺县政府采购促进中小企业发展实施细则》，现将政府采购合同融资（政采贷）办理事项说明如下。</p>
<table class="bszn" border="1" cellspacing="0" summary="政采贷办事指南">
<tbody>
{rows}
</tbody>
</table>
<p class="tools">【打印】　【关闭】</p>
</div>
<div id="footer"><p>主办：泰顺县财政局　地址：泰顺县罗阳镇解放街</p><p>浙ICP备05042871号-3</p></div>
</body>
</html>
"""


def write_taishun() -> None:
    write(
        f"浙江/泰顺县/{TS_TITLE}.html",
        portal(TS, TS_TITLE, "政务公开 &gt; 规范性文件", "2026-02-10", "泰顺县财政局", P(TS_BODY)),
    )
    write(f"浙江/泰顺县/{TS_XHTML}", ts_xhtml())
    t = "小微企业投标报价86万，另一家大公司报72万，评审时我们的价格算多少？"
    write(
        f"浙江/泰顺县/12345 {t}.html",
        letter(
            TS,
            "12345热线",
            t,
            "陈**（罗阳镇）",
            "2026-05-19",
            """
我们是罗阳镇的一家办公设备公司，员工35人，年营收1800万，属于小微企业。最近投了县里一个货物采购项目，这个项目没有
预留给中小企业。我们报价86万元，另一家大公司报价72万元。请问评审的时候我们的价格按多少算？能不能比他们低？
""",
            "泰顺县财政局",
            "2026-05-22",
            """
您好！根据《泰顺县政府采购促进中小企业发展实施细则》，未预留份额专门面向中小企业的货物和服务采购项目，对小微企业
报价给予20%的扣除，用扣除后的价格参加评审。

贵公司报价86万元，扣除20%后按68.8万元参加评审，低于72万元。最终结果以评标委员会评审为准。
""",
            "TS12345-2026-05193",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 17-20 宾川县: the 普惠金融服务站 和 风险补偿 实施方案, the 服务站 设立 办事指南, the 金融服务 feed (.rss), a
# 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

BC_TITLE = "宾川县普惠金融服务站建设和小额贷款风险补偿实施方案"
BC_BODY = """
为打通农村金融服务“最后一公里”，缓解农户和新型农业经营主体贷款难，结合本县实际，制定本方案。

一、建设目标：2026年底前在全县行政村建成普惠金融服务站89个，实现行政村全覆盖。

二、服务内容：服务站提供助农取款、转账汇款、代理缴费、金融知识宣传、信用信息采集和贷款需求收集等服务。

三、站点补贴：新建服务站给予一次性建设补贴3000元。运营补贴由基础补贴和业务量补贴组成：基础补贴每站每年1200元；
业务量补贴按办理助农取款、转账汇款、代理缴费的笔数每笔0.3元，每站每年最高3000元。年度考核不合格的，取消当年运营
补贴。

四、小额贷款风险补偿：县财政安排小额贷款风险补偿金2000万元，合作银行向农户、新型农业经营主体发放单户50万元以下
的信用贷款发生损失的，由风险补偿金承担本金损失的60%，合作银行承担40%。

五、服务规范：服务站不得代客办理贷款，不得收取任何费用，不得截留、挪用群众资金。

宾川县人民政府办公室
2026年2月16日
"""

BC_GUIDE_TITLE = "宾川县普惠金融服务站设立申请办事指南"
BC_GUIDE = [
    ["事项", "内容"],
    ["事项名称", "普惠金融服务站设立申请"],
    ["受理单位", "宾川县金融服务中心"],
    [
        "设立条件",
        "1.有固定经营场所，营业面积不少于10平方米；2.站长具有初中以上文化程度，无不良信用记录；3.网络畅通，能安装受理终端",
    ],
    ["申请材料", "1.设立申请表；2.站长身份证；3.营业执照或场所使用证明；4.村委会推荐意见"],
    ["办理流程", "申请人提出申请—村委会推荐—合作银行实地考察—县金融服务中心备案—挂牌运营"],
    ["办理时限", "15个工作日"],
    ["收费标准", "不收费"],
    ["咨询电话", "0872-7123368"],
]

BC_RSS = "宾川县金融服务信息订阅.rss"
BC_LINK = "http://www.ynbc.gov.cn/bcxrmzf/c105722"
# (title, path, pubDate, description, in CDATA): newest first
BC_ITEMS: list[tuple[str, str, str, str, bool]] = [
    (
        "2025年度普惠金融服务站运营补贴拨付公告",
        "202604/t20260420_1139021.html",
        "Mon, 20 Apr 2026 09:30:00 +0800",
        "<p>2025年度全县86个普惠金融服务站运营考核已完成，考核合格82个。运营补贴将于<b>2026年4月</b>20日前拨付至站长本人"
        "银行账户。</p><p>考核不合格的4个服务站取消当年运营补贴，限期整改。</p>",
        True,
    ),
    (
        "宾川县小额贷款风险补偿金合作银行名单",
        "202603/t20260327_1137785.html",
        "Fri, 27 Mar 2026 16:05:00 +0800",
        "<p>经县金融服务中心会同县财政局遴选，确定以下3家银行为小额贷款风险补偿金合作银行：宾川县农村信用合作联社、中国"
        "农业银行宾川县支行、中国邮政储蓄银行宾川县支行。</p><p>合作银行按存入风险补偿金的<strong>10</strong>倍发放贷款，"
        "单户信用贷款最高50万元。</p>",
        False,
    ),
    (
        "关于举办2026年普惠金融服务站站长培训班的通知",
        "202603/t20260310_1136402.html",
        "Tue, 10 Mar 2026 10:20:00 +0800",
        "<p>各乡镇、各合作银行：</p><p>县金融服务中心定于"
        '<span style="color:#c00000">2026年3月</span>24日至3月25日在'
        "县政务服务中心五楼会议室举办普惠金融服务站站长培训班。</p><p>参训对象为全县各普惠金融服务站站长。培训结束后进行"
        "考试，考试合格的颁发上岗证，未取得上岗证的不得办理助农取款业务。</p>",
        True,
    ),
]


def bc_rss() -> str:
    """An RSS 2.0 feed: the channel, three items newest first, descriptions in CDATA or entity-escaped."""
    items = []
    for title, path, date, html, cdata in BC_ITEMS:
        desc = f"<![CDATA[{html}]]>" if cdata else escape(html)
        items.append(
            f"""<item>
<title>{title}</title>
<link>{BC_LINK}/{path}</link>
<description>{desc}</description>
<dc:creator>宾川县金融服务中心</dc:creator>
<pubDate>{date}</pubDate>
<guid isPermaLink="true">{BC_LINK}/{path}</guid>
</item>"""
        )
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>宾川县人民政府 - 金融服务</title>
<link>{BC_LINK}/list.html</link>
<description>宾川县人民政府门户网站金融服务栏目信息订阅</description>
<language>zh-cn</language>
<lastBuildDate>Mon, 20 Apr 2026 09:30:00 +0800</lastBuildDate>
<generator>TRS WCM 7.0</generator>
<atom:link href="{BC_LINK}/rss.xml" rel="self" type="application/rss+xml"/>
{body}
</channel>
</rss>
"""


def write_binchuan() -> None:
    write(
        f"云南/宾川县/{BC_TITLE}.html",
        portal(BC, BC_TITLE, "政务公开 &gt; 通知公告", "2026-02-16", "宾川县人民政府办公室", P(BC_BODY)),
    )
    write(
        f"云南/宾川县/{BC_GUIDE_TITLE}.html",
        portal(
            BC,
            BC_GUIDE_TITLE,
            "政务服务 &gt; 办事指南",
            "2026-03-02",
            "宾川县金融服务中心",
            make.table(BC_GUIDE, 'class="bszn" border="1"', thead=False),
        ),
    )
    write(f"云南/宾川县/{BC_RSS}", bc_rss())
    t = "村里小卖部开了普惠金融服务站，去年办了6800笔业务，运营补贴能拿多少？"
    write(
        f"云南/宾川县/县长信箱 {t}.html",
        letter(
            BC,
            "县长信箱",
            t,
            "杨**（金牛镇）",
            "2026-04-02",
            """
我在金牛镇一个村开小卖部，月营业额2万左右，村里有900多人。2024年在店里建了普惠金融服务站，建设补贴已经领过了。
2025年一共办了6800笔业务（取款4100笔、转账1500笔、缴费1200笔），年度考核合格。请问2025年的运营补贴能拿多少？
""",
            "宾川县金融服务中心",
            "2026-04-07",
            """
您好！根据《宾川县普惠金融服务站建设和小额贷款风险补偿实施方案》，运营补贴由基础补贴每站每年1200元和业务量补贴
每笔0.3元（每站每年最高3000元）组成。

您的服务站业务量补贴6800×0.3=2040元，加上基础补贴1200元，2025年运营补贴共3240元。
""",
            "BCXZXX-2026-0402",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 21-23 青川县: the 降低保证金成本 办法, the 电子保函 公告 on the 繁體 site, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

QC_TITLE = "青川县公共资源交易降低保证金成本实施办法"
QC_BODY = """
第一条　为降低市场主体参与公共资源交易的制度性成本，优化营商环境，结合本县实际，制定本办法。

第二条　本办法适用于在县公共资源交易中心开展的工程建设项目招标投标和政府采购活动。

第三条　政府采购项目一律不收取投标保证金。

第四条　依法必须招标的工程建设项目，投标保证金不超过招标项目估算价的2%，最高不超过50万元。投标人可以用银行保
函、保险保函或者电子保函替代现金缴纳投标保证金。

第五条　招标人应当在与中标人签订合同后5日内退还投标保证金及银行同期存款利息。

第六条　工程建设项目履约保证金不超过中标合同金额的5%；中标人为中小企业的，履约保证金降至中标合同金额的2.5%。

第七条　本办法自2026年4月1日起施行。
"""

QC_NOTICE_TITLE = "青川县公共资源交易中心关于全面推行电子保函的公告"
QC_NOTICE = """
为进一步降低企业交易成本，经县公共资源交易管理委员会同意，我中心全面推行工程建设项目投标保证金电子保函，现将有关
事项公告如下：

一、自2026年6月1日起，在我中心进场交易的工程建设项目，投标人可通过青川县公共资源交易电子保函服务平台申请电子保
函。

二、单笔保函费率不高于担保金额的千分之三，最低收费200元。

三、投标人线上申请，最快10分钟出函，保函信息自动推送至交易系统，无需再提交纸质保函。

四、咨询电话：0839-7202365。

青川县公共资源交易中心
2026年5月20日
"""


def write_qingchuan() -> None:
    write(
        f"四川/青川县/{QC_TITLE}.html",
        portal(QC, QC_TITLE, "政务公开 &gt; 规范性文件", "2026-03-18", "青川县公共资源交易中心", P(QC_BODY)),
    )
    page = portal(
        QC, QC_NOTICE_TITLE, "政务公开 &gt; 通知公告", "2026-05-20", "青川县公共资源交易中心", P(QC_NOTICE)
    )
    page = page.replace('<html lang="zh-CN">', '<html lang="zh-TW">')
    write(f"四川/青川县/{_S2T.convert(QC_NOTICE_TITLE)}（繁體版）.html", _S2T.convert(page))
    t = "建筑公司中了学校改造工程，合同360万，履约保证金要交多少？"
    write(
        f"四川/青川县/12345 {t}.html",
        letter(
            QC,
            "12345热线",
            t,
            "赵**（乔庄镇）",
            "2026-06-09",
            """
我们是乔庄镇的一家建筑公司，注册资本800万，员工60人，去年营收4000万，属于中小企业。最近中标了县里一个学校改造工
程，中标合同金额360万元。招标人让我们交履约保证金，请问按县里的规定要交多少？
""",
            "青川县公共资源交易中心",
            "2026-06-12",
            """
您好！根据《青川县公共资源交易降低保证金成本实施办法》，工程建设项目履约保证金不超过中标合同金额的5%，中标人为中
小企业的降至中标合同金额的2.5%。

贵公司为中小企业，履约保证金为360万元×2.5%=9万元，也可以用银行保函等替代现金缴纳。
""",
            "QC12345-2026-06091",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 24-27 陇西县: the 完全成本保险 和 中药材保险 实施方案, the 投保分户清单 template (.ott), the 理赔 办事指
# 南, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LX_TITLE = "陇西县2026年粮食作物完全成本保险和中药材保险实施方案"
LX_BODY = """
为稳定种粮农民收益，保障中药材产业健康发展，根据省、市农业保险工作安排，结合本县实际，制定本方案。

一、完全成本保险：在全县开展玉米、小麦完全成本保险，覆盖小农户和新型农业经营主体。玉米保险金额每亩1000元，保险费
率6%；小麦保险金额每亩800元，保险费率5%。保费由中央财政补贴45%、省级财政补贴25%、县级财政补贴10%，农户自缴20%。

二、中药材保险：党参、黄芪种植保险作为地方特色险种，保险金额每亩2000元，保险费率6%，省级奖补和县级财政共补贴70%，
农户自缴30%。

三、赔付：因自然灾害、重大病虫害等造成损失的，按损失程度赔付；损失率在70%以上的，视为全部损失。

四、工作要求：农户自缴保费不得由承保机构垫付，承保机构不得拒保、惜赔；承保情况以村为单位公示。

陇西县农业农村局　陇西县财政局
2026年3月9日
"""

LX_GUIDE_TITLE = "陇西县政策性农业保险理赔办事指南"
LX_GUIDE = [
    ["事项", "内容"],
    ["事项名称", "政策性农业保险理赔"],
    ["报案时限", "出险后72小时内向承保机构报案"],
    [
        "申请材料",
        "1.出险通知书；2.身份证和银行账户（惠农一卡通）；3.土地承包合同或土地流转合同；4.受灾现场照片",
    ],
    ["办理流程", "报案—查勘定损—损失公示—理赔"],
    ["公示", "损失核定结果在村公示3天"],
    ["赔款支付", "达成赔偿协议后10日内支付赔款"],
    ["收费标准", "不收费"],
]

LX_OTT = "陇西县2026年完全成本保险投保分户清单（模板）.ott"
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
LX_COLUMNS = ["序号", "农户姓名", "身份证号", "投保作物", "投保面积（亩）", "自缴保费（元）", "农户签字"]
# [..] in a note is a bold span
LX_NOTES = [
    "1.玉米投保截止[2026年5月]20日前，冬小麦投保截止2026年10月15日前。",
    "2.分户清单须经村委会公示不少于5天，农户签字确认后报送乡镇农业综合服务中心。",
    "3.玉米每亩自缴保费12元，小麦每亩自缴保费8元，由农户本人缴纳，不得由村组代缴。",
    "4.承保机构：中华联合财产保险股份有限公司陇西支公司，联系电话0932-6621570。",
]


def odf_para(text: str, style: str = "P1") -> str:
    out, rest = [], escape(text)
    while "[" in rest:
        before, after = rest.split("[", 1)
        bold, rest = after.split("]", 1)
        out.append(f'{before}<text:span text:style-name="T1">{bold}</text:span>')
    out.append(rest)
    return f'<text:p text:style-name="{style}">{"".join(out)}</text:p>'


def placeholder(name: str) -> str:
    return f'<text:placeholder text:placeholder-type="text">&lt;{name}&gt;</text:placeholder>'


def lx_ott() -> bytes:
    """An OpenDocument text template: a heading, placeholder fields, a table of empty rows, the 填写说明."""
    cell = '<table:table-cell table:style-name="C1" office:value-type="string">{}</table:table-cell>'
    head = "".join(cell.format(odf_para(c, "P2")) for c in LX_COLUMNS)
    empty = "".join(cell.format('<text:p text:style-name="P2"/>') for _ in LX_COLUMNS)
    rows = "".join(f"<table:table-row>{empty}</table:table-row>" for _ in range(8))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODF_NS} office:version="1.3"><office:automatic-styles>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
        'fo:color="#c00000"/></style:style>'
        '<style:style style:name="C1" style:family="table-cell"><style:table-cell-properties '
        'fo:border="0.5pt solid #000000"/></style:style></office:automatic-styles>'
        "<office:body><office:text>"
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">'
        "陇西县2026年完全成本保险投保分户清单</text:h>"
        f'<text:p text:style-name="P1">投保乡镇：{placeholder("乡镇")}　村：{placeholder("村名")}　填报日期：'
        f"{placeholder('日期')}</text:p>"
        '<table:table table:name="分户清单"><table:table-column table:number-columns-repeated="7"/>'
        f"<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>"
        f"{rows}</table:table>"
        '<text:h text:style-name="Heading_20_2" text:outline-level="2">填写说明</text:h>'
        + "".join(odf_para(n) for n in LX_NOTES)
        + "</office:text></office:body></office:document-content>\n"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {ODF_NS} office:version="1.3"><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
        'style:class="text"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
        'style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" '
        'style:family="paragraph" style:class="extra"/>'
        "</office:styles></office:document-styles>\n"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {ODF_NS} office:version="1.3"><office:meta>'
        "<dc:title>陇西县2026年完全成本保险投保分户清单</dc:title>"
        "<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64</meta:generator>"
        "<meta:creation-date>2026-03-11T09:20:00</meta:creation-date>"
        "<dc:date>2026-03-12T16:05:00</dc:date></office:meta></office:document-meta>\n"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text-template"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>\n"
    )
    return make.zip_package(
        [
            ("mimetype", "application/vnd.oasis.opendocument.text-template"),
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ],
        STAMP,
    )


def write_longxi() -> None:
    write(
        f"甘肃/陇西县/{LX_TITLE}.html",
        portal(LX, LX_TITLE, "政务公开 &gt; 通知公告", "2026-03-09", "陇西县农业农村局", P(LX_BODY)),
    )
    write_bytes(f"甘肃/陇西县/{LX_OTT}", lx_ott())
    write(
        f"甘肃/陇西县/{LX_GUIDE_TITLE}.html",
        portal(
            LX,
            LX_GUIDE_TITLE,
            "政务服务 &gt; 办事指南",
            "2026-03-20",
            "陇西县农业农村局",
            make.table(LX_GUIDE, 'class="bszn" border="1"', thead=False),
        ),
    )
    t = "合作社种了350亩玉米、120亩小麦，完全成本保险自己要交多少保费？"
    write(
        f"甘肃/陇西县/12345 {t}.html",
        letter(
            LX,
            "12345热线",
            t,
            "张**（首阳镇）",
            "2026-04-21",
            """
我们是首阳镇的种植专业合作社，今年流转了470亩地，种玉米350亩、冬小麦120亩，光种子化肥就花了15万。听说今年有完全
成本保险，请问我们合作社自己要交多少保费？
""",
            "陇西县农业农村局",
            "2026-04-24",
            """
您好！根据《陇西县2026年粮食作物完全成本保险和中药材保险实施方案》，玉米保险金额每亩1000元、费率6%，小麦保险金额
每亩800元、费率5%，农户自缴20%。

玉米每亩自缴1000×6%×20%=12元，350亩为4200元；小麦每亩自缴800×5%×20%=8元，120亩为960元；合计5160元。
""",
            "LX12345-2026-04213",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 28-32 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 经济")


N1_TITLE = "专利变“真金白银” 标准争当“领跑者” 德州邢台激发企业创新活力"
N1 = news(
    N1_TITLE,
    "中国质量新闻网",
    "2026-06-10 10:05　来源：中国质量新闻网　记者：高志远",
    """
知识产权和标准是企业的核心竞争力。山东德州、河北邢台一些县用真金白银鼓励企业创新。

德州夏津县对获得国内发明专利授权的每件资助6000元。德州武城县也已对发明专利授权给予资助。德州临邑县市场监管局表
示，临邑计划年内出台知识产权资助办法。

夏津县还对新获得马德里国际注册商标的企业给予奖励。德州宁津县也已对马德里国际注册商标给予奖励，今年已有5家企业受
益。

邢台巨鹿县对主导制定国家标准的每项奖励30万元。邢台广宗县也已对主导制定标准的企业给予奖励。巨鹿县还对通过验收的
标准化试点示范项目给予奖励，邢台平乡县也已对通过验收的标准化试点示范项目给予奖励。邢台隆尧县拟于明年出台标准化奖
励办法。

齐河县的企业代表也到夏津交流了专利运营经验；新河县的眼镜企业也参加了巨鹿举办的标准化培训。
""",
    "京ICP备05031562号",
    ["知识产权强县建设加快推进", "企业标准“领跑者”名单发布"],
)

N2_TITLE = "知识产权能贷款 金融服务站进村 岳阳大理普惠金融见实效"
N2 = news(
    N2_TITLE,
    "金融时报网",
    "2026-07-02 09:20　来源：金融时报网　记者：段晓峰",
    """
让企业的“知产”变“资产”，让农民在村里就能办金融业务，普惠金融正在县域落地生根。

湖南岳阳平江县对知识产权质押融资按实际支付利息的50%给予贴息。岳阳汨罗市也已对知识产权质押融资给予贴息。岳阳临湘
市拟于下半年设立知识产权质押融资风险补偿资金池。

云南大理宾川县计划2026年底前实现普惠金融服务站行政村全覆盖，已建成服务站86个。大理弥渡县也已在行政村建成普惠金融
服务站。大理永平县金融办表示，永平计划明年建设村级普惠金融服务站。

宾川县安排小额贷款风险补偿金2000万元。大理祥云县也已设立小额贷款风险补偿金，撬动银行发放信用贷款。

君山区的企业负责人也到平江了解了质押融资办理流程；南涧彝族自治县的站长也到宾川观摩了服务站运营。
""",
    "京ICP备05062117号",
    ["普惠金融服务乡村振兴", "知识产权质押融资规模持续增长"],
)

N3_TITLE = "预留份额给中小企业 电子保函省下保证金 温州广元优化政府采购营商环境"
N3 = news(
    N3_TITLE,
    "中国政府采购网",
    "2026-07-21 14:40　来源：中国政府采购报　记者：吴晨",
    """
政府采购向中小企业倾斜，公共资源交易为企业减负，浙江温州、四川广元一些县区出实招。

温州泰顺县规定，超过规定金额的采购项目预留预算总额的40%以上专门面向中小企业。温州文成县也已对政府采购项目预留份
额专门面向中小企业采购。

泰顺县中标的中小企业可凭政府采购合同申请政采贷，无需抵押担保。温州苍南县也已开展政府采购合同融资，今年放款超过1
亿元。温州永嘉县财政局表示，永嘉将于下半年推出政采贷。

广元青川县政府采购项目一律不收取投标保证金。广元昭化区也已免收政府采购项目投标保证金。广元朝天区拟于明年免收政府
采购投标保证金。

洞头区的采购代理机构也到泰顺学习了预留份额的做法；利州区的建筑企业也在青川参加了投标。
""",
    "京ICP备05044389号",
    ["政府采购促进中小企业发展", "公共资源交易降本增效"],
)

N4_TITLE = "脐橙有了“保护伞” 赣州特色农业保险扩面提标"
N4 = news(
    N4_TITLE,
    "江西新闻网",
    "2026-05-28 08:45　来源：江西新闻网　记者：钟华",
    """
赣南脐橙是果农的“摇钱树”，也最怕冻害和冰雹。江西赣州一些县把脐橙纳入地方特色农业保险。

赣州寻乌县开办脐橙种植保险，保险金额每亩4000元，省级奖补和县级财政共补贴70%。赣州安远县也已开办脐橙种植保险，今
年承保面积超过5万亩。赣州全南县农业农村局表示，全南计划明年开办脐橙种植保险。

龙南市的果农也到寻乌了解了投保和理赔流程。
""",
    "赣ICP备05007719号",
    ["赣南脐橙产业高质量发展", "地方特色农产品保险奖补政策解读"],
)

N5_TITLE = "种粮有“保底” 药材有保障 定西农业保险提标扩面"
N5 = news(
    N5_TITLE,
    "甘肃经济网",
    "2026-06-18 11:10　来源：甘肃经济网　记者：马晓东",
    """
完全成本保险让种粮农民吃下“定心丸”。甘肃定西一些县推动农业保险由“保成本”向“保收入”转变。

定西陇西县在全县开展玉米、小麦完全成本保险，玉米保险金额每亩1000元。定西临洮县也已开展玉米完全成本保险，农户积极
投保。定西安定区拟于明年开展完全成本保险。

陇西县还将党参、黄芪种植保险作为地方特色险种。陇南宕昌县的药农也到陇西了解了中药材保险的投保办法。
""",
    "陇ICP备05002246号",
    ["甘肃推进农业保险高质量发展", "中药材产业保险保障持续加力"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)]


def write_news() -> None:
    for title, page in NEWS:
        write(f"新闻/{title}.html", page)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_xiajin()
    write_xunwu()
    write_pingjiang()
    write_julu()
    write_taishun()
    write_binchuan()
    write_qingchuan()
    write_longxi()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
