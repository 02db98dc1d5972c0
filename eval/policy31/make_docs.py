"""Writes eval/policy31/docs: a thirty-first probe collection (32 files), 林业草原与生态补偿、城市管理与市容环
卫、政务服务与数据 — what forest owners, herders, villagers in fire country, shopkeepers, hawkers, builders,
residents sorting their rubbish, cyclists and new firms ask (生态公益林 补偿 per 亩; 林下经济 奖补; 古树名木
认养 and 保护; 森林草原防火期 野外用火 and its 举报奖励; 草原禁牧补助 and 草畜平衡奖励; 门前三包; 占道经营 疏
导点; 建筑垃圾 处置核准; 户外广告 and 招牌 设置; 生活垃圾分类 积分兑换; 共享单车 停放; 政务服务 “一件事一次办”
and 帮办代办; 政务服务 “好差评” and 电子证照; 企业开办 补贴) of eight new regions in eight provinces (铜鼓县,
双柏县, 阿荣旗, 贵德县, 沁源县, 将乐县, 汪清县, 霍山县), as chat users, agents and analysts bring them. Run
once (``python -m eval.policy31.make_docs``); the files are committed as data, and a second run writes the
same bytes (every zip entry carries a fixed time, the PDFs fixed dates, the plist and GeoJSON no time at all).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (宜丰县, 万载
县, 姚安县, 莫力达瓦达斡尔族自治旗, 共和县, 沁县, 屯留区, 泰宁县, 清流县, 珲春市, 舒城县, 叶集区); the
roundups also name regions that have only planned a measure (奉新县, 牟定县, 鄂伦春自治旗, 同德县, 武乡县, 永
安市, 安图县, 霍邱县) and regions named only in passing (靖安县, 楚雄市, 鄂温克族自治旗, 贵南县, 襄垣县, 三元
区, 和龙市, 裕安区). The documents: a 铜鼓县 公益林补偿 办法, the 林下经济 奖补办法 (.odt with tracked
changes) and a 12345 reply (1978元); a 双柏县 古树名木 保护办法, the 古树名木 open-data set (.geojson), the 认
养 一图读懂 (.svg) and a 县长信箱 reply (21000元); an 阿荣旗 野外用火 通告, the 审批 办事指南 (a PDF in an
Identity-H font) and a 12345 reply (2000元); a 贵德县 禁牧补助 实施方案 (.docx), the 河西镇 发放花名册 (.xlsx)
and a 领导留言板 reply (29000元); a 沁源县 门前三包 办法, the 疏导点 公告 (a Safari .webarchive) and a 12345
reply (100元); a 将乐县 建筑垃圾 处置核准 办事指南, the 户外广告 办法 and a 县长信箱 reply (960元); an 汪清县
积分兑换 办法, the 共享单车 通告 and a 12345 reply (15元); a 霍山县 企业开办 补贴办法 beside its 征求意见稿
with other figures (1500元, 5人以上, 个体工商户 500元, 1月1日施行), the 一件事一次办 方案 (.docx), the 好差评
和 电子证照 规程 and a 12345 reply (3000元).

New kinds of file none of eval/policy .. eval/policy30 had:
- an OpenDocument text (.odt) saved with its tracked changes unaccepted: content.xml opens office:text with
  text:tracked-changes, a text:changed-region holding a text:deletion whose deleted text (每亩补助300元, 2026
  年9月30日前) still stands in a text:p there, and text:insertion regions marked in the body by
  text:change-start / text:change-end around the new wording, text:change at each deletion point (铜鼓 林下
  经济: 每亩补助200元, 每箱补助100元, 2026年10月31日前 only there, the deleted figures in no reading);
- a GeoJSON open-data set as a 公共数据开放 platform serves it: a FeatureCollection of Point features whose
  properties carry the 古树 records, written with ASCII escapes only (\\uXXXX), so that no byte of it is
  Chinese (双柏 古树名木: 滇朴, 黄连木, 树龄 520 and the 认养人 only there);
- an SVG infographic (“一图读懂”) whose text is <text> elements of <tspan> runs, figures split over tspans
  (认养期限不少于|3|年) and drawn shapes around them (双柏 认养: 认养期限不少于3年, 认养牌, 认养证书 only
  there);
- a PDF whose Chinese is two-byte codes in a Type0 font with the Identity-H encoding (a CIDFontType2 SimSun,
  not embedded), codes given in order of first use as a subsetting writer does, readable only through the
  font's ToUnicode CMap (bfchar); no text in a standard encoding (阿荣旗 用火审批: 提前3日, 受理后1个工作日
  内, 风力三级以上, 不少于10米 only there);
- a Safari web archive (.webarchive): a binary property list (bplist00) whose WebMainResource holds the page's
  bytes as WebResourceData in GBK with WebResourceTextEncodingName GBK, its stylesheet a WebSubresources
  entry (沁源 疏导点: 摊位60个, 卫生保洁押金200元, 17时至22时 only there).

Also: a 征求意见稿 beside its final text; a .docx with a table; an .xlsx 花名册 with its 合计 only there;
eight replies (12345 ×5, 县长信箱 ×2, 领导留言板) each reckoning one asker's case."""

from __future__ import annotations

import io
import json
import plistlib
import shutil
import zlib
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Font

from eval import policy_make as make
from eval.policy29.make_docs import P, Site, letter, portal

DOCS = Path(__file__).resolve().parent / "docs"

STAMP = (2027, 5, 11, 0, 0, 0)
WHEN = "2026-06-01T08:30:00Z"
restamp = partial(make.restamp, stamp=STAMP)
L, R = "\u3014", "\u3015"  # the brackets of document numbers (escapes: ruff takes them for confusables)


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write(rel: str, text: str, encoding: str = "utf-8") -> None:
    write_bytes(rel, text.encode(encoding))


TG = Site("铜鼓县人民政府", "赣ICP备05006612号")
SB = Site("双柏县人民政府", "滇ICP备09004471号")
AR = Site("阿荣旗人民政府", "蒙ICP备05002836号")
GD = Site("贵德县人民政府", "青ICP备05000918号")
QY = Site("沁源县人民政府", "晋ICP备05004103号")
JL = Site("将乐县人民政府", "闽ICP备05010437号")
WQ = Site("汪清县人民政府", "吉ICP备05003521号")
HS = Site("霍山县人民政府", "皖ICP备05008264号")


# ---------------------------------------------------------------------------------------------------------
# 1-3 铜鼓县: the 公益林补偿 办法, the 林下经济 奖补办法 (.odt with tracked changes), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

TG_TITLE = "铜鼓县生态公益林补偿资金管理办法"
TG_BODY = """
第一条　为加强生态公益林保护，规范补偿资金管理，根据《江西省森林条例》和中央、省森林生态效益补偿资金管理有关规
定，结合本县实际，制定本办法。

第二条　本办法所称生态公益林，是指经界定纳入国家级和省级公益林范围的森林和林地。

第三条　国家级和省级公益林补偿标准为每亩每年补偿24元，其中每亩每年1元作为公共管护支出，由乡镇统筹用于聘请护林
员和森林防火；集体和个人所有的公益林，其余每亩每年23元直接兑付给林权权利人。

第四条　补偿资金通过惠农“一卡通”（社会保障卡）发放，每年6月30日前兑付到户。乡镇应当在兑付前将补偿面积和金额在
村务公开栏公示7天。

第五条　公益林内不得皆伐，不得开垦、采石、采砂、取土。发生森林火灾或者乱砍滥伐造成毁林的，扣减该林地当年补偿资
金。

第六条　县林业局负责公益林界定、管护检查和资金审核，县财政局负责资金拨付和监督。

第七条　本办法自2026年1月1日起施行。
"""

TG_ODT = "铜鼓县林下经济发展奖补办法（修改稿）.odt"
TG_ODT_TITLE = "铜鼓县林下经济发展奖补办法"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC = "http://purl.org/dc/elements/1.1/"
ODT_NS = (
    f'xmlns:office="{OFFICE}" xmlns:text="{TEXT}" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    f'xmlns:dc="{DC}" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
TG_DELETED = ["每亩补助300元", "2026年9月30日前"]


def change_info(when: str) -> str:
    return (
        "<office:change-info><dc:creator>县林业局 胡建平</dc:creator>"
        f"<dc:date>{when}</dc:date></office:change-info>"
    )


def tg_content() -> str:
    """content.xml: the tracked changes first (two deletions still holding their text, two insertions), then
    the articles, the insertions between text:change-start / text:change-end, each deletion a text:change."""
    regions = (
        '<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
        + change_info("2026-03-02T09:15:00")
        + f'<text:p text:style-name="P1">{TG_DELETED[0]}</text:p></text:deletion></text:changed-region>'
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>'
        + change_info("2026-03-02T09:15:00")
        + "</text:insertion></text:changed-region>"
        '<text:changed-region xml:id="ct3" text:id="ct3"><text:deletion>'
        + change_info("2026-03-02T09:21:00")
        + f'<text:p text:style-name="P1">{TG_DELETED[1]}</text:p></text:deletion></text:changed-region>'
        '<text:changed-region xml:id="ct4" text:id="ct4"><text:insertion>'
        + change_info("2026-03-02T09:21:00")
        + "</text:insertion></text:changed-region>"
    )

    def ins(cid: str, text: str) -> str:
        return f'<text:change-start text:change-id="{cid}"/>{text}<text:change-end text:change-id="{cid}"/>'

    paras = [
        "第一条　为发展林下经济，促进林农增收和森林资源保护，结合本县实际，制定本办法。",
        "第二条　本办法适用于在本县依法取得林地经营权的农户、家庭林场、农民专业合作社和林业企业。",
        "第三条　林下种植黄精、七叶一花、铁皮石斛等中药材，当年新增连片面积50亩以上的，"
        '<text:change text:change-id="ct1"/>' + ins("ct2", "每亩补助200元") + "，单个经营主体最高10万元。",
        "第四条　林下养蜂，当年新增中蜂50箱以上的，每箱补助100元，单个经营主体最高3万元。",
        "第五条　林下种植、养殖不得砍伐林木，不得破坏林下植被，不得在公益林内使用化学农药。",
        "第六条　符合条件的经营主体应当于"
        '<text:change text:change-id="ct3"/>' + ins("ct4", "2026年10月31日前") + "向所在乡镇林业站申报，"
        "县林业局会同县财政局组织验收，验收合格后拨付奖补资金。",
        "第七条　本办法自印发之日起施行，有效期3年。",
    ]
    body = f'<text:h text:style-name="H1" text:outline-level="1">{TG_ODT_TITLE}</text:h>' + "".join(
        f'<text:p text:style-name="P1">{p}</text:p>' for p in paras
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODT_NS} office:version="1.3">'
        "<office:automatic-styles/><office:body><office:text>"
        f'<text:tracked-changes text:track-changes="true">{regions}</text:tracked-changes>'
        f"{body}</office:text></office:body></office:document-content>"
    )


def tg_odt() -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODT_NS} office:version="1.3">'
        '<office:styles><style:style style:name="P1" style:family="paragraph"/>'
        '<style:style style:name="H1" style:family="paragraph"/></office:styles></office:document-styles>'
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODT_NS} office:version="1.3">'
        f"<office:meta><dc:title>{TG_ODT_TITLE}</dc:title><meta:initial-creator>县林业局 胡建平"
        "</meta:initial-creator><meta:creation-date>2026-02-26T10:00:00</meta:creation-date>"
        "<dc:date>2026-03-02T09:21:00</dc:date><meta:generator>LibreOffice/7.6</meta:generator>"
        "</office:meta></office:document-meta>"
    )
    return make.zip_package(
        [
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", tg_content()),
            ("styles.xml", styles),
            ("meta.xml", meta),
        ],
        STAMP,
    )


def write_tonggu() -> None:
    write(
        f"江西/铜鼓县/{TG_TITLE}.html",
        portal(TG, TG_TITLE, "政务公开 &gt; 规范性文件", "2025-12-18", "铜鼓县林业局", P(TG_BODY)),
    )
    write_bytes(f"江西/铜鼓县/{TG_ODT}", tg_odt())
    t = "家里有86亩省级公益林，还有20亩杉木，一年能拿多少公益林补偿？"
    write(
        f"江西/铜鼓县/12345 {t}.html",
        letter(
            TG,
            "12345热线",
            t,
            "邱**（带溪乡）",
            "2026-05-06",
            """
我家在带溪乡，林权证上有86亩山划进了省级公益林，另外还有20亩自己种的杉木是商品林。去年听说补偿标准涨了，
一亩有二十几块。请问我家一年能拿到多少公益林补偿？什么时候发？
""",
            "铜鼓县林业局",
            "2026-05-09",
            """
您好！经县林业局核实，答复如下：

根据《铜鼓县生态公益林补偿资金管理办法》，省级公益林每亩每年补偿24元，其中1元用于公共管护，其余每亩每年23元兑
付给林权权利人。您家86亩省级公益林每年可得补偿86×23=1978元；20亩杉木属于商品林，不享受公益林补偿。

补偿资金通过惠农“一卡通”发放，6月30日前到户，请留意带溪乡村务公开栏的公示。
""",
            "TG12345-2026-05061",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 4-7 双柏县: the 古树名木 保护办法, the open-data set (.geojson), the 认养 一图读懂 (.svg), a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

SB_TITLE = "双柏县古树名木保护管理办法"
SB_BODY = """
第一条　为加强古树名木保护，传承生态文化，根据国务院《城市绿化条例》和《云南省古树名木保护条例》等规定，制定本
办法。

第二条　古树按树龄分为三级：树龄500年以上的为一级古树，300年以上不满500年的为二级古树，100年以上不满300年的为
三级古树。名木不受树龄限制，按一级古树保护。

第三条　古树名木的保护范围为树冠垂直投影外5米。在保护范围内不得新建建筑物，不得挖坑取土、堆放物料、倾倒污水。

第四条　严禁砍伐古树名木，严禁擅自移植。因重大基础设施建设确需移植的，须报县人民政府批准。

第五条　鼓励单位和个人认养古树名木。认养费标准为：一级古树每株每年3000元，二级古树每株每年2000元，三级古树每株
每年1000元。认养费专项用于古树名木的日常养护和复壮。

第六条　认养古树名木的，向县林业和草原局提出申请，签订认养协议。认养人享有冠名权，但不改变古树名木的权属。

第七条　县林业和草原局每年对古树名木开展一次普查，建立“一树一档”，并通过县公共数据开放平台公开古树名木资源信
息。

第八条　本办法自2026年3月1日起施行。
"""

SB_GEOJSON = "双柏县古树名木资源信息.geojson"
SB_TREES = [
    ("SB-001", "滇朴", 520, "一级", "妥甸镇", "妥甸镇麻栗树村委会大树脚", 101.6412, 24.6862, "未认养"),
    (
        "SB-002",
        "黄连木",
        360,
        "二级",
        "大庄镇",
        "大庄镇各三郎村小组",
        101.5937,
        24.7771,
        "云南楚雄某茶业公司",
    ),
    ("SB-003", "云南松", 180, "三级", "妥甸镇", "妥甸镇查姆湖公园", 101.6388, 24.6795, "未认养"),
    ("SB-004", "清香木", 260, "三级", "法脿镇", "法脿镇雨龙村委会", 101.4623, 24.6059, "法脿镇中心学校"),
    ("SB-005", "黄葛树", 430, "二级", "爱尼山乡", "爱尼山乡海子底村", 101.7834, 24.7216, "未认养"),
]


def sb_geojson() -> str:
    """The open-data platform's download: a FeatureCollection, ASCII escapes only, keys in a fixed order."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "编号": code,
                "树种": species,
                "树龄（年）": age,
                "保护等级": grade,
                "所在乡镇": town,
                "生长地点": place,
                "认养人": adopter,
                "管护责任单位": "双柏县林业和草原局",
            },
        }
        for code, species, age, grade, town, place, lon, lat, adopter in SB_TREES
    ]
    data = {
        "type": "FeatureCollection",
        "name": "双柏县古树名木资源信息",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "metadata": {
            "数据提供单位": "双柏县林业和草原局",
            "更新日期": "2026-04-20",
            "开放类型": "无条件开放",
        },
        "features": features,
    }
    return json.dumps(data, ensure_ascii=True, indent=1) + "\n"


SB_SVG = "一图读懂：双柏县古树名木认养.svg"
SB_SVG_LINES = [
    (40, 70, 30, ["一图读懂：双柏县古树名木认养"]),
    (40, 140, 20, ["谁可以认养？"]),
    (40, 175, 16, ["机关、企事业单位、社会团体和个人均可认养"]),
    (40, 240, 20, ["认养多久？"]),
    (40, 275, 16, ["认养期限不少于", "3", "年，期满可以续养"]),
    (40, 340, 20, ["认养人享有什么？"]),
    (40, 375, 16, ["颁发", "认养证书", "，在古树旁设立", "认养牌", "，标明认养人名称"]),
    (40, 440, 20, ["怎么申请？"]),
    (40, 475, 16, ["向县林业和草原局生态保护修复股提出申请，签订认养协议后", "15", "日内缴纳认养费"]),
    (40, 540, 14, ["咨询电话：0878-7712306　　双柏县林业和草原局制"]),
]


EMPH = ' fill="#c0392b" font-weight="bold"'


def sb_svg() -> str:
    """An infographic as 秀米 exports it: boxes and a tree drawn in paths, the text in <text> of <tspan>
    runs."""
    texts = []
    for x, y, size, runs in SB_SVG_LINES:
        spans = "".join(f"<tspan{EMPH if i % 2 else ''}>{escape(r)}</tspan>" for i, r in enumerate(runs))
        texts.append(f'<text x="{x}" y="{y}" font-size="{size}" font-family="Microsoft YaHei">{spans}</text>')
    boxes = "".join(
        f'<rect x="30" y="{y}" width="740" height="80" rx="10" fill="#eef7ee" stroke="#2e7d32"/>'
        for y in (110, 210, 310, 410)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="580" viewBox="0 0 800 580">'
        '<rect width="800" height="580" fill="#ffffff"/>'
        f"{boxes}"
        '<path d="M700 60 q20 -40 40 0 t40 0 v60 h-80 z" fill="#2e7d32"/>'
        '<rect x="732" y="120" width="16" height="40" fill="#6d4c41"/>' + "\n".join(texts) + "</svg>\n"
    )


def write_shuangbai() -> None:
    write(
        f"云南/双柏县/{SB_TITLE}.html",
        portal(SB, SB_TITLE, "政务公开 &gt; 规范性文件", "2026-02-10", "双柏县林业和草原局", P(SB_BODY)),
    )
    write(f"云南/双柏县/{SB_GEOJSON}", sb_geojson())
    write(f"云南/双柏县/{SB_SVG}", sb_svg())
    t = "公司想认养一棵一级古树和两棵二级古树，认养三年要交多少认养费？"
    write(
        f"云南/双柏县/县长信箱 {t}.html",
        letter(
            SB,
            "县长信箱",
            t,
            "李**（妥甸镇）",
            "2026-04-22",
            """
我们是县城一家做核桃深加工的公司，员工30多人。公司想为家乡做点事，打算认养一棵一级古树和两棵二级古树，
认养三年。请问一共要交多少认养费？
""",
            "双柏县林业和草原局",
            "2026-04-27",
            """
您好！感谢贵公司对古树名木保护的支持。答复如下：

根据《双柏县古树名木保护管理办法》，一级古树每株每年认养费3000元，二级古树每株每年2000元。贵公司认养一棵一级古
树和两棵二级古树，每年认养费为3000+2×2000=7000元，认养三年共计21000元。

请携带营业执照复印件到县林业和草原局生态保护修复股办理，签订认养协议。
""",
            "SBXZXX-2026-0422",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 8-10 阿荣旗: the 野外用火 通告, the 用火审批 办事指南 (a PDF in an Identity-H font), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

AR_TITLE = "阿荣旗人民政府关于加强森林草原防火期野外用火管理的通告"
AR_BODY = """
为切实做好森林草原防灭火工作，保护人民群众生命财产安全，根据《森林防火条例》《草原防火条例》和《内蒙古自治区森
林草原防火条例》，现将有关事项通告如下：

一、全旗森林草原防火期为每年3月15日至6月15日、9月15日至11月15日，其中4月1日至5月31日为高火险期。

二、防火期内，禁止在森林草原防火区烧荒、烧秸秆、烧灰积肥、上坟烧纸、燃放孔明灯、野炊烧烤、吸烟等野外用火。高火
险期内，严禁一切野外用火，生产性用火一律停止审批。

三、防火期内因防治病虫害、冻害等特殊情况确需生产性用火的，须经旗人民政府或者其授权的单位批准。

四、鼓励群众举报违规野外用火行为。举报电话：12119。经查实，举报一般违规野外用火的，每起奖励500元；举报引发森林
草原火灾的，每起奖励1000元。

五、违反本通告野外用火的，由旗林业和草原局依法处200元以上3000元以下罚款；构成犯罪的，依法追究刑事责任。

六、本通告自发布之日起施行。
"""

AR_PDF = "阿荣旗防火期生产性用火审批办事指南.pdf"
AR_PDF_LINES = [
    "阿荣旗防火期生产性用火审批办事指南",
    "",
    "一、适用范围：防火期内（高火险期除外）因防治病虫害、冻害等确需在森林草原防火区",
    "生产性用火的单位和个人。",
    "二、受理单位：用火地所在镇人民政府（受旗人民政府授权）。",
    "三、申请时间：用火单位或者个人应当提前3日提出申请。",
    "四、申请材料：1.生产性用火申请表；2.用火地块位置示意图；3.扑火人员名单和扑火工具清单。",
    "五、办理时限：受理后1个工作日内作出批准或者不予批准的决定。",
    "六、用火条件：风力三级以上的天气不得用火，已经用火的应当立即停止；用火前应当开设宽度",
    "不少于10米的防火隔离带，并配备不少于5名扑火人员，用火结束后看守至余火彻底熄灭。",
    "七、收费标准：不收费。",
    "八、咨询电话：0470-4212119（阿荣旗林业和草原局森林草原防火股）",
]


def pdf_string(text: str) -> bytes:
    return (
        b"("
        + text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        + b")"
    )


def identity_h_pdf(lines: list[str], title_size: int = 16, size: int = 11) -> bytes:
    """A one-page PDF as a Word export with a non-embedded SimSun writes it: every character a two-byte code
    in a Type0 font (Identity-H, CIDFontType2), the codes assigned in order of first use, a ToUnicode CMap the
    only key from the codes to the text."""
    codes: dict[str, int] = {}
    for line in lines:
        for ch in line:
            codes.setdefault(ch, len(codes) + 1)
    content = []
    y = 780
    for n, line in enumerate(lines):
        if not line:
            y -= 10
            continue
        fs = title_size if n == 0 else size
        hexs = "".join(f"{codes[ch]:04X}" for ch in line)
        x = (595 - fs * len(line)) / 2 if n == 0 else 56
        content.append(f"BT /F1 {fs} Tf 1 0 0 1 {x:.1f} {y} Tm <{hexs}> Tj ET")
        y -= 28 if n == 0 else 21
    stream = zlib.compress("\n".join(content).encode("ascii"), 9)
    pairs = sorted(codes.items(), key=lambda kv: kv[1])
    chunks = []
    for i in range(0, len(pairs), 100):
        part = pairs[i : i + 100]
        entries = "\n".join(f"<{c:04X}> <{ord(ch):04X}>" for ch, c in part)
        chunks.append(f"{len(part)} beginbfchar\n{entries}\nendbfchar")
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(chunks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")
    cmap_z = zlib.compress(cmap, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 /CIDToGIDMap /Identity >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cmap_z) + cmap_z + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [-8 -145 1000 859] /ItalicAngle 0 "
        b"/Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>",
        b"<< /Producer "
        + pdf_string("Microsoft: Print To PDF")
        + b" /CreationDate (D:20260310093000+08'00') /ModDate (D:20260310093000+08'00') >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 9 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    )
    return out.getvalue()


def write_arong() -> None:
    write(
        f"内蒙古/阿荣旗/{AR_TITLE}.html",
        portal(AR, AR_TITLE, "政务公开 &gt; 通知公告", "2026-03-10", "阿荣旗林业和草原局", P(AR_BODY)),
    )
    write_bytes(f"内蒙古/阿荣旗/{AR_PDF}", identity_h_pdf(AR_PDF_LINES))
    t = "举报了三起野外用火，其中一起把草场烧着了，能领多少奖励？"
    write(
        f"内蒙古/阿荣旗/12345 {t}.html",
        letter(
            AR,
            "12345热线",
            t,
            "王**（那吉镇）",
            "2026-05-18",
            """
今年4月我在那吉镇附近放牧时，先后打12119举报了三起野外用火：两起是有人在地头烧秸秆，被及时扑灭了；还有一起是
上坟烧纸把旁边40多亩草场烧着了。旗里说举报有奖，我这三起能领多少？
""",
            "阿荣旗林业和草原局",
            "2026-05-22",
            """
您好！经旗林业和草原局核实，您举报的三起违规野外用火均已查实。答复如下：

根据《阿荣旗人民政府关于加强森林草原防火期野外用火管理的通告》，举报一般违规野外用火的每起奖励500元，两起共
1000元；举报引发森林草原火灾的每起奖励1000元。三起合计奖励2000元。

请您携带身份证和银行卡到旗林业和草原局森林草原防火股办理领取手续。
""",
            "AR12345-2026-05183",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 11-13 贵德县: the 禁牧补助 实施方案 (.docx), the 河西镇 发放花名册 (.xlsx), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

GD_TITLE = "贵德县2026年草原生态保护补助奖励政策实施方案"
GD_DOCX = f"{GD_TITLE}.docx"
GD_BLOCKS: list = [
    f"# {GD_TITLE}",
    "为巩固草原生态保护建设成果，促进牧民增收，根据国家和青海省第四轮草原生态保护补助奖励政策要求，"
    "制定本方案。",
    "## 一、补助奖励标准",
    [
        ["项目", "补助奖励标准", "备注"],
        ["禁牧补助", "每亩每年7.5元", "禁牧草原全年禁止放牧"],
        ["草畜平衡奖励", "每亩每年2.5元", "按核定载畜量放牧"],
        ["草原管护员补助", "每人每月1800元", "按聘用月数发放"],
    ],
    "## 二、封顶保底",
    "每户每年补奖资金最高不超过3万元；不足1000元的按1000元发放。",
    "## 三、资金发放",
    "补奖资金由乡镇核实公示后，每年11月30日前通过惠民惠农财政补贴资金“一卡通”发放到户。",
    "## 四、监督管理",
    "禁牧区内偷牧、超载放牧的，第一次扣减当年补奖资金的20%，第二次取消当年全部补奖资金。",
]

GD_XLSX = "贵德县河西镇2026年草原禁牧补助发放花名册.xlsx"
GD_ROWS = [
    ("河西镇", "团结村", "才让*", 1860),
    ("河西镇", "团结村", "拉毛*", 2240),
    ("河西镇", "贡巴村", "马**", 1320),
    ("河西镇", "贡巴村", "索南*", 3000),
    ("河西镇", "红岩村", "韩**", 960),
    ("河西镇", "红岩村", "卓玛*", 2680),
]


def gd_grant(area: int) -> float:
    return min(30000.0, max(1000.0, area * 7.5))


def gd_total() -> str:
    total = sum(gd_grant(a) for *_, a in GD_ROWS)
    return f"{total:.2f}"


def gd_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "花名册"
    ws.append(["贵德县河西镇2026年草原禁牧补助发放花名册"])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["序号", "乡镇", "村", "户主", "禁牧面积（亩）", "补助金额（元）"])
    for n, (town, village, name, area) in enumerate(GD_ROWS, 1):
        ws.append([n, town, village, name, area, f"{gd_grant(area):.2f}"])
    ws.append(["合计", "", "", "", sum(a for *_, a in GD_ROWS), gd_total()])
    ws.append(["说明：标准每亩每年7.5元，保底1000元，封顶3万元。"])
    wb.properties.creator = "河西镇农牧业综合服务中心"
    buf = io.BytesIO()
    wb.save(buf)
    return restamp(buf.getvalue(), WHEN)


def write_guide() -> None:
    write_bytes(
        f"青海/贵德县/{GD_DOCX}",
        make.docx_bytes(GD_BLOCKS, "贵德县农牧水利和科技局", "— 1 —", "贵德县农牧水利和科技局", WHEN, STAMP),
    )
    write_bytes(f"青海/贵德县/{GD_XLSX}", gd_xlsx())
    t = "家里3200亩禁牧草场，2000亩草畜平衡，今年补奖能拿多少？"
    write(
        f"青海/贵德县/领导留言板 {t}.html",
        letter(
            GD,
            "领导留言板",
            t,
            "才**（常牧镇）",
            "2026-09-02",
            """
我家在常牧镇，家里养了300多只羊、20多头牦牛。承包的草场里有3200亩划成了禁牧区，另外2000亩是草畜平衡区。
请问今年草原补奖我家一共能拿多少？
""",
            "贵德县农牧水利和科技局",
            "2026-09-06",
            """
您好！根据《贵德县2026年草原生态保护补助奖励政策实施方案》，禁牧补助每亩每年7.5元，3200亩为24000元；草畜平衡奖
励每亩每年2.5元，2000亩为5000元。合计29000元，未超过每户每年3万元的上限。

补奖资金于11月30日前通过“一卡通”发放到户。请注意禁牧区内不得偷牧，否则将扣减补奖资金。
""",
            "GDLDLY-2026-0902",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 14-16 沁源县: the 门前三包 办法, the 疏导点 公告 (a Safari .webarchive, GBK), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

QY_TITLE = "沁源县城市市容环境卫生“门前三包”责任制管理办法"
QY_BODY = """
第一条　为提升城市市容环境卫生水平，根据《城市市容和环境卫生管理条例》和《山西省城市市容和环境卫生管理条例》，
结合本县实际，制定本办法。

第二条　“门前三包”是指临街单位和个体工商户对责任区包市容整洁、包环境卫生、包秩序良好。

第三条　责任区范围为建筑物、构筑物外墙至人行道外沿；没有人行道的，为门前5米以内。

第四条　责任人应当保持责任区整洁，不得店外经营、乱堆乱放；降雪后，应当在雪停后12小时内清除责任区积雪。

第五条　县城市管理局每季度评选一次“门前三包”示范店，每户奖励500元，在县融媒体中心公布。

第六条　责任人不履行“门前三包”责任的，由县城市管理局责令限期改正；逾期不改正的，对单位处500元罚款，对个体工商
户处100元罚款。

第七条　本办法自2026年4月1日起施行。
"""

QY_ARCHIVE = "沁源县城市管理局关于设置临时占道经营疏导点的公告.webarchive"
QY_URL = "http://www.qinyuan.gov.cn/zwgk/tzgg/202605/t20260512_1836420.shtml"
QY_NOTICE_TITLE = "沁源县城市管理局关于设置临时占道经营疏导点的公告"
QY_NOTICE = """
为解决群众“买菜难”和流动摊贩就业问题，规范占道经营秩序，经县人民政府同意，决定在县城设置临时占道经营疏导点。现
将有关事项公告如下：

一、疏导点位置：沁河广场东侧（摊位60个）、城北农贸市场北侧（摊位40个）。

二、经营时间：每日6时至9时、17时至22时，其他时段不得占道经营。

三、经营品种：蔬菜、水果、早点和小商品，禁止经营活禽和烧烤。

四、收费：免收摊位费，经营者应当缴纳卫生保洁押金200元，退出时无违规的全额退还。

五、申请办法：经营者持身份证到县城市管理局一楼便民窗口登记，摊位通过公开抽签分配；低保户、残疾人优先安排。

六、经营者应当保持摊位周边整洁，收摊后清理垃圾，不得超出划定范围经营。

沁源县城市管理局
2026年5月12日
"""


def qy_page() -> bytes:
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{QY_NOTICE_TITLE}_沁源县人民政府</title><link rel="stylesheet" href="/images/index.css"></head>
<body><div class="top">沁源县人民政府　<a>首页</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a></div>
<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="zw"><h1>{QY_NOTICE_TITLE}</h1><div class="ly">来源：沁源县城市管理局　发布时间：2026-05-12</div>
{P(QY_NOTICE)}</div>
<div class="foot">沁源县人民政府办公室主办　{QY.icp}</div></body></html>
"""
    return page.encode("gbk")


def qy_webarchive() -> bytes:
    css = b"body{font-family:SimSun;font-size:14px}.zw h1{text-align:center;color:#b00}\n"
    archive = {
        "WebMainResource": {
            "WebResourceData": qy_page(),
            "WebResourceFrameName": "",
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "GBK",
            "WebResourceURL": QY_URL,
        },
        "WebSubresources": [
            {
                "WebResourceData": css,
                "WebResourceMIMEType": "text/css",
                "WebResourceURL": "http://www.qinyuan.gov.cn/images/index.css",
            }
        ],
    }
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY, sort_keys=True)


def write_qinyuan() -> None:
    write(
        f"山西/沁源县/{QY_TITLE}.html",
        portal(QY, QY_TITLE, "政务公开 &gt; 规范性文件", "2026-03-20", "沁源县城市管理局", P(QY_BODY)),
    )
    write_bytes(f"山西/沁源县/{QY_ARCHIVE}", qy_webarchive())
    t = "饭店门口堆了纸箱被要求整改，过了期限没改会罚多少？"
    write(
        f"山西/沁源县/12345 {t}.html",
        letter(
            QY,
            "12345热线",
            t,
            "张**（沁河镇）",
            "2026-06-03",
            """
我在沁河镇开了一家面馆，是个体户，营业额一天一千多。前几天城管说我门口堆了纸箱和煤气罐，下了限期整改通知，让三
天内清理。要是过了期限没改完，会罚多少钱？
""",
            "沁源县城市管理局",
            "2026-06-05",
            """
您好！根据《沁源县城市市容环境卫生“门前三包”责任制管理办法》，责任人不履行“门前三包”责任的，由县城市管理局责令
限期改正；逾期不改正的，对个体工商户处100元罚款。您的面馆属于个体工商户，逾期不改正将被罚款100元。

煤气罐堆放在店外还存在安全隐患，请尽快清理。
""",
            "QY12345-2026-06032",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 17-19 将乐县: the 建筑垃圾 处置核准 办事指南, the 户外广告 办法, a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

JL_GUIDE_TITLE = "将乐县城市建筑垃圾处置核准办事指南"
JL_GUIDE = [
    ["事项", "内容"],
    ["事项名称", "城市建筑垃圾处置核准"],
    ["实施主体", "将乐县城市管理和综合执法局"],
    [
        "申请材料",
        "1.建筑垃圾处置核准申请表；2.建筑垃圾运输合同；3.消纳场受纳证明；4.运输车辆行驶证及密闭装置照片",
    ],
    ["法定时限", "20个工作日"],
    ["承诺时限", "3个工作日"],
    ["收费标准", "核准不收费；城南消纳场受纳费每吨12元"],
    ["办理地点", "将乐县行政服务中心二楼城管窗口（12号窗口）"],
    ["特别说明", "居民个人装修垃圾袋装投放至小区装修垃圾临时堆放点，无需办理核准"],
]

JL_TITLE = "将乐县户外广告设施和招牌设置管理办法"
JL_BODY = """
第一条　为规范户外广告设施和招牌设置，美化城市环境，根据《福建省户外广告设置管理规定》，结合本县实际，制定本办
法。

第二条　设置大型户外广告设施，应当向县城市管理和综合执法局申请，审批期限最长为3年，期满需要继续设置的，应当在
期满前30日内重新申请。

第三条　临街商铺的招牌实行“一店一招”，招牌高度不得超过1.2米，底边距地面不少于2.5米，不得遮挡门窗。

第四条　禁止在建筑物屋顶、文物保护单位和行道树上设置户外广告。

第五条　户外广告设施中公益广告所占比例不低于10%。

第六条　本办法自2026年2月1日起施行。
"""


def write_jiangle() -> None:
    write(
        f"福建/将乐县/{JL_GUIDE_TITLE}.html",
        portal(
            JL,
            JL_GUIDE_TITLE,
            "政务服务 &gt; 办事指南",
            "2026-01-15",
            "将乐县城市管理和综合执法局",
            make.table(JL_GUIDE, 'class="bszn" border="1"', thead=False),
        ),
    )
    write(
        f"福建/将乐县/{JL_TITLE}.html",
        portal(
            JL, JL_TITLE, "政务公开 &gt; 规范性文件", "2026-01-20", "将乐县城市管理和综合执法局", P(JL_BODY)
        ),
    )
    t = "装修公司拆旧厂房有80吨建筑垃圾，运到城南消纳场要交多少钱？"
    write(
        f"福建/将乐县/县长信箱 {t}.html",
        letter(
            JL,
            "县长信箱",
            t,
            "黄**（古镛镇）",
            "2026-07-08",
            """
我们装修公司在古镛镇接了一个旧厂房改造的活，拆下来估计有80吨建筑垃圾，自己有两辆带密闭装置的车。请问运到城南消
纳场要交多少钱？处置核准要收费吗？
""",
            "将乐县城市管理和综合执法局",
            "2026-07-10",
            """
您好！建筑垃圾处置核准不收费，承诺3个工作日内办结。城南消纳场受纳费每吨12元，80吨需缴纳960元。

请在开工前到县行政服务中心二楼城管窗口申请核准，运输车辆须密闭运输，按核准的路线和时间行驶。
""",
            "JLXZXX-2026-0708",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 20-22 汪清县: the 积分兑换 办法, the 共享单车 通告, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

WQ_TITLE = "汪清县生活垃圾分类积分兑换管理办法"
WQ_BODY = """
第一条　为引导居民参与生活垃圾分类，结合本县实际，制定本办法。

第二条　居民凭“绿色账户”卡分类投放生活垃圾，经督导员确认后积分：厨余垃圾每次积2分；可回收物每公斤积5分；有害垃
圾每次积5分。每户每日积分最高20分。

第三条　积分可在各社区“绿色积分超市”兑换商品，每10积分兑换价值1元的商品。兑换时间为每月第一个星期六。

第四条　积分有效期为12个月，过期自动清零。积分不得转让，不得兑换现金。

第五条　弄虚作假骗取积分的，清零其全部积分并暂停积分资格3个月。

第六条　本办法自2026年1月1日起施行。
"""

WQ_BIKE_TITLE = "汪清县城市管理局关于规范互联网租赁自行车停放管理的通告"
WQ_BIKE = """
为规范互联网租赁自行车（共享单车）停放秩序，现将有关事项通告如下：

一、共享单车应当停放在施划的白色停放区（电子围栏）内。人民广场、汪清县医院门前和火车站站前广场为禁停区。

二、用户在停放区外停车的，运营企业可以收取调度费每次5元。

三、运营企业接到违停通知后，主城区30分钟内、其他区域2小时内清理完毕。

四、未满12周岁的儿童不得骑行共享单车。

五、本通告自2026年6月1日起施行。
"""


def write_wangqing() -> None:
    write(
        f"吉林/汪清县/{WQ_TITLE}.html",
        portal(WQ, WQ_TITLE, "政务公开 &gt; 规范性文件", "2025-12-26", "汪清县城市管理局", P(WQ_BODY)),
    )
    write(
        f"吉林/汪清县/{WQ_BIKE_TITLE}.html",
        portal(WQ, WQ_BIKE_TITLE, "政务公开 &gt; 通知公告", "2026-05-25", "汪清县城市管理局", P(WQ_BIKE)),
    )
    t = "一个月投了30次厨余、16公斤纸壳、2次废电池，积分能换多少钱的东西？"
    write(
        f"吉林/汪清县/12345 {t}.html",
        letter(
            WQ,
            "12345热线",
            t,
            "金**（大川街道）",
            "2026-03-03",
            """
我家住大川街道，三口人。上个月每天都按时投厨余垃圾，一共30次；攒了16公斤纸壳和塑料瓶投到可回收物；还投了2次废
电池。这些积分在积分超市能换多少钱的东西？
""",
            "汪清县城市管理局",
            "2026-03-06",
            """
您好！根据《汪清县生活垃圾分类积分兑换管理办法》，厨余垃圾每次积2分，30次为60分；可回收物每公斤积5分，16公斤为
80分；有害垃圾每次积5分，2次为10分。合计150分，按每10积分兑换价值1元的商品，可兑换价值15元的商品。

兑换时间为每月第一个星期六，积分有效期12个月。
""",
            "WQ12345-2026-03031",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 23-27 霍山县: the 企业开办 补贴办法 beside its 征求意见稿, the 一件事一次办 方案 (.docx), the 好差评
# 和 电子证照 规程, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

HS_TITLE = "霍山县新开办企业补贴办法"
HS_DRAFT_TITLE = f"关于公开征求《{HS_TITLE}（征求意见稿）》意见的公告"


def hs_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
第一条　为优化营商环境，降低企业开办成本，结合本县实际，制定本办法。

第二条　在本县新设立的企业，免费刻制公章一套（4枚），免费邮寄营业执照和印章，首次申领税务UKey免费。

第三条　在本县新设立并实际经营满6个月的企业，给予一次性开办补贴{f("2000元", "1500元")}；吸纳本县户籍劳动者就业
{f("3人以上", "5人以上")}的，另补1000元。{f("", "新设立的个体工商户，给予一次性开办补贴500元。")}

第四条　申请补贴的，应当在经营满6个月后3个月内，到县政务服务中心企业开办专区提交申请，县市场监管局10个工作日内
完成审核。

第五条　企业开办全流程0.5个工作日内办结。

第六条　本办法自{f("2026年3月1日", "2026年1月1日")}起施行。
"""


HS_DRAFT_LEAD = f"""
为广泛听取社会各界意见，现将《{HS_TITLE}（征求意见稿）》全文公布，征求意见截止时间为2025年12月31日。
"""

HS_DOCX_TITLE = "霍山县推进政务服务“一件事一次办”和帮办代办工作实施方案"
HS_DOCX = f"{HS_DOCX_TITLE}.docx"
HS_BLOCKS: list = [
    f"# {HS_DOCX_TITLE}",
    "为推动政务服务从“能办”向“好办、易办”转变，制定本方案。",
    "## 一、首批“一件事一次办”清单",
    [
        ["一件事", "涉及事项", "办结时限"],
        ["新生儿出生一件事", "出生医学证明、户口登记、医保参保、社保卡申领", "5个工作日"],
        ["企业开办一件事", "营业执照、公章刻制、税务登记、社保和公积金登记", "0.5个工作日"],
        ["退休一件事", "养老保险待遇核定、医保退休办理、公积金提取", "10个工作日"],
        ["二手房转移登记及水电气联动过户一件事", "不动产转移登记、水电气网过户", "1个工作日"],
    ],
    "## 二、帮办代办服务",
    "县政务服务中心一楼设立帮办代办专窗（3号窗口），为老年人、残疾人等特殊群体提供免费代办服务，"
    "可预约上门办理。",
    "重点项目实行“全程帮办代办”，由项目所在乡镇确定1名帮办代办员，免费代办立项、规划、施工许可等审批手续。",
    "## 三、工作要求",
    "各部门应当在2026年6月30日前完成“一件事”业务流程再造，实现一次告知、一表申请、一套材料、一窗受理。",
]

HS_RULE_TITLE = "霍山县政务服务“好差评”和电子证照应用工作规程"
HS_RULE = """
一、办事群众可以通过服务窗口评价器、“皖事通”APP、政务服务网和12345热线对政务服务作出评价，评价分为非常满意、满
意、基本满意、不满意和非常不满意五个等级。

二、对差评实行“一事一回访”：各部门收到差评后，应当在1个工作日内回访核实，5个工作日内整改并反馈评价人。差评整改
情况每月在县政务服务中心公示。

三、身份证、营业执照、不动产权证书、结婚证等已归集的电子证照与纸质证照具有同等法律效力。办事群众通过“皖事
通”APP亮证的，窗口不得再要求提交纸质证照或者复印件。

四、本规程自2026年5月1日起施行。
"""


def write_huoshan() -> None:
    write(
        f"安徽/霍山县/{HS_TITLE}.html",
        portal(
            HS,
            HS_TITLE,
            "政务公开 &gt; 规范性文件",
            "2026-02-20",
            "霍山县数据资源管理局",
            P(hs_articles(False)),
        ),
    )
    write(
        f"安徽/霍山县/{HS_DRAFT_TITLE}.html",
        portal(
            HS,
            HS_DRAFT_TITLE,
            "政务公开 &gt; 意见征集",
            "2025-12-01",
            "霍山县数据资源管理局",
            P(HS_DRAFT_LEAD) + P(hs_articles(True)),
        ),
    )
    write_bytes(
        f"安徽/霍山县/{HS_DOCX}",
        make.docx_bytes(HS_BLOCKS, "霍山县数据资源管理局", "— 1 —", "霍山县数据资源管理局", WHEN, STAMP),
    )
    write(
        f"安徽/霍山县/{HS_RULE_TITLE}.html",
        portal(HS, HS_RULE_TITLE, "政务公开 &gt; 通知公告", "2026-04-15", "霍山县数据资源管理局", P(HS_RULE)),
    )
    t = "4月开的茶叶公司招了4个本县人，开办补贴能拿多少？"
    write(
        f"安徽/霍山县/12345 {t}.html",
        letter(
            HS,
            "12345热线",
            t,
            "储**（衡山镇）",
            "2026-10-20",
            """
我在衡山镇注册了一家做黄芽茶的有限公司，营业执照是今年4月8日拿的，一直在正常经营，注册资本50万。公司招了4个本
县的员工，都交了社保。听说县里对新开办企业有补贴，我能拿多少？
""",
            "霍山县数据资源管理局",
            "2026-10-23",
            """
您好！根据《霍山县新开办企业补贴办法》，在本县新设立并实际经营满6个月的企业，给予一次性开办补贴2000元；吸纳本
县户籍劳动者就业3人以上的，另补1000元。贵公司4月设立，已经营满6个月，吸纳本县户籍员工4人，可获补贴合计3000元。

请在经营满6个月后3个月内，携带营业执照、员工社保缴费证明到县政务服务中心企业开办专区申请。
""",
            "HS12345-2026-10204",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 28-32 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 社会")


N1_TITLE = "守护青山得实惠 宜春楚雄两地探索生态补偿和林下经济"
N1 = news(
    N1_TITLE,
    "中国绿色时报网",
    "2026-06-12 09:10　来源：中国绿色时报网　记者：刘文静",
    """
绿水青山如何变成金山银山？江西宜春、云南楚雄一些县在生态补偿、林下经济和古树保护上各有探索。

宜春铜鼓县今年起施行生态公益林补偿资金管理办法，林农每亩每年可得23元。宜春宜丰县也已提高公益林补偿标准，补偿资
金全部通过“一卡通”发放。宜春奉新县林业局表示，奉新拟于明年调整公益林补偿办法。

铜鼓县还对林下种植中药材和林下养蜂给予奖补。宜春万载县也已对林下经济给予奖补，今年新增林下中药材3000多亩。

楚雄双柏县鼓励单位和个人认养古树名木，已有20多株古树被认养。楚雄姚安县也已开展古树名木认养。楚雄牟定县计划下半
年出台古树名木认养办法。

“一棵古树就是一部活的史书。”靖安县的林业工作者来铜鼓交流时说；楚雄市的古树专家参与了双柏古树普查。
""",
    "京ICP备05068830号",
    ["国家林草局部署古树名木保护", "林下经济助力乡村振兴"],
)

N2_TITLE = "管住火源 护好草场 呼伦贝尔海南州筑牢北方生态屏障"
N2 = news(
    N2_TITLE,
    "中国林业网",
    "2026-05-28 15:40　来源：中国林业网　记者：巴特尔　通讯员：马晓梅",
    """
春季是森林草原火灾易发期，也是草原返青的关键期。内蒙古呼伦贝尔、青海海南州一些旗县在管火源、护草场上下足功夫。

呼伦贝尔阿荣旗3月发布野外用火管理通告，4月1日至5月31日高火险期严禁一切野外用火，举报违规用火经查实的每起奖励
500元。呼伦贝尔莫力达瓦达斡尔族自治旗也已实行防火期野外用火审批和举报奖励。呼伦贝尔鄂伦春自治旗将于明年修订野
外用火管理办法。

海南州贵德县落实草原生态保护补助奖励政策，禁牧补助每亩每年7.5元。海南州共和县也已发放今年的草原禁牧补助。海南
州同德县拟于年内出台草原管护员考核办法。

鄂温克族自治旗的护林员也到阿荣旗交流防火经验；贵南县的牧民专程到贵德学习草畜平衡。
""",
    "京ICP备05029455号",
    ["应急管理部部署春季森林草原防灭火", "第四轮草原生态保护补奖政策落地"],
)

N3_TITLE = "城市管理有温度 长治三明多地让市容更整洁"
N3 = news(
    N3_TITLE,
    "中国建设新闻网",
    "2026-06-20 10:25　来源：中国建设新闻网　记者：郑雨桐",
    """
既要干净整洁，也要烟火气。山西长治、福建三明一些县区在市容管理上刚柔并济。

长治沁源县4月起施行“门前三包”责任制管理办法，每季度评选示范店，每户奖励500元。长治沁县也已推行“门前三包”责任
制，临街商户签订责任书2000多份。长治武乡县城管局表示，武乡计划下半年推行“门前三包”积分管理。

沁源县在县城设置两处临时占道经营疏导点，免收摊位费。长治屯留区也已设置占道经营疏导点，安置流动摊贩200多户。

三明将乐县规范建筑垃圾处置核准，承诺3个工作日内办结。三明泰宁县也已实行建筑垃圾处置核准和密闭运输。将乐县还出
台户外广告设施和招牌设置管理办法，招牌实行“一店一招”。三明清流县也已出台户外广告设置管理办法。三明永安市拟于年
内出台建筑垃圾资源化利用办法。

襄垣县的城管队员到沁源学习了疏导点管理；三元区的商户代表也到将乐参观了特色街区招牌改造。
""",
    "京ICP备05010689号",
    ["住建部推进城市管理进社区", "各地规范占道经营疏导"],
)

N4_TITLE = "垃圾分一分 积分换一换 延边垃圾分类走进千家万户"
N4 = news(
    N4_TITLE,
    "延边新闻网",
    "2026-04-16 08:40　来源：延边新闻网　记者：崔美兰",
    """
垃圾分类是新时尚。吉林延边一些县市用积分兑换激励居民参与垃圾分类。

延边汪清县今年起施行生活垃圾分类积分兑换管理办法，居民分类投放垃圾可以积分，每10积分兑换价值1元的商品。延边珲
春市也已在社区推行垃圾分类积分兑换，建成绿色积分超市30多个。延边安图县将于明年推行垃圾分类积分兑换。

汪清县还规范了共享单车停放，施划白色停放区。和龙市的社区工作者也到汪清学习了积分超市运营经验。
""",
    "吉ICP备05002101号",
    ["吉林推进城市生活垃圾分类", "延边州开展城乡环境整治"],
)

N5_TITLE = "一件事一次办 开办企业有补贴 六安多县提升政务服务效能"
N5 = news(
    N5_TITLE,
    "六安新闻网",
    "2026-07-06 11:15　来源：六安新闻网　记者：汪敏",
    """
让数据多跑路、群众少跑腿。安徽六安一些县区在政务服务改革上持续发力。

六安霍山县推进政务服务“一件事一次办”，首批推出新生儿出生、企业开办、退休等“一件事”，并为老年人、残疾人提供免费
帮办代办。六安舒城县也已推行“一件事一次办”和帮办代办服务。六安霍邱县数据资源局表示，霍邱拟于下半年推出帮办代办
服务。

霍山县3月起对新开办企业给予一次性开办补贴。六安叶集区也已对新开办企业给予开办补贴，免费刻制公章。

“以前跑好几个窗口，现在一个窗口就办好了。”霍山县一位新开办企业的负责人说。裕安区的政务服务工作人员也到霍山交流
了“好差评”工作经验。
""",
    "皖ICP备05012470号",
    ["安徽推进政务服务一网通办", "六安优化营商环境"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)]


def write_news() -> None:
    for title, page in NEWS:
        write(f"新闻/{title}.html", page)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_tonggu()
    write_shuangbai()
    write_arong()
    write_guide()
    write_qinyuan()
    write_jiangle()
    write_wangqing()
    write_huoshan()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
