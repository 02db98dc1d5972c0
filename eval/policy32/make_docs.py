"""Writes eval/policy32/docs: a thirty-second probe collection (32 files), 能源与清洁取暖、国防动员与征兵、海
洋与渔业 — what villagers switching from coal, households with rooftop solar, firms building chargers, the
families of conscripts, students joining up, militiamen, boat owners and fishermen in the closed season ask (
清洁取暖 “煤改气” / “煤改电” 设备购置补贴 and 运行补贴 per 立方米 / per 千瓦时, 谷段电价; 分布式光伏 备案 and
并网, 上网电价; 农村低压报装 “三零”; 新能源汽车 公共充电桩 建设补贴 per 千瓦 and 自用充电桩 报装; 义务兵家庭优
待金, 立功 奖励, 征兵 报名 / 体检 / 政审 dates and 入伍奖励; 大学生入伍 县级奖励, 学费补偿 and 复学; 民兵误工
补贴; 渔业发展补助 per 千瓦 and 减船转产; 伏季休渔 渔民生活补助; 渔业互助保险 保费补贴; 海域使用权 审批 for 养
殖用海) of eight new regions in eight provinces (枣强县, 文水县, 崇信县, 隆回县, 资中县, 岱山县, 霞浦县, 长海
县), as chat users, agents and analysts bring them. Run once (``python -m eval.policy32.make_docs``); the
files are committed as data, and a second run writes the same bytes (every zip entry carries a fixed time, the
PDF fixed dates, the .7z a fixed FILETIME, the .uof a fixed 创建日期, the .vcf none at all).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (景县, 饶阳县,
中阳县, 岚县, 灵台县, 洞口县, 武冈市, 东兴区, 市中区, 嵊泗县, 蕉城区, 普兰店区); the roundups also name
regions that have only planned a measure (阜城县, 汾阳市, 静宁县, 绥宁县, 威远县, 普陀区, 福安市, 旅顺口区)
and regions named only in passing (武邑县, 柳林县, 崆峒区, 新邵县, 富顺县, 定海区, 古田县, 金州区). The
documents: an 枣强县 清洁取暖实施方案 (.docx, its 补贴标准 a table), the 设备购置补贴 申领公告 and a 12345
reply (1920元); a 文水县 分布式光伏备案和并网 办事指南, the 供电公司's 低压报装 “三零” 公告 and a 县长信箱
reply (3486元); a 崇信县 充电基础设施 建设补贴办法 beside its 征求意见稿 with other figures (每千瓦150元 / 80
元, 上浮10%, 最高20万元, 自用充电桩 每个500元, 4月1日施行), the 自用充电桩 报装 指南 and a 12345 reply (120240
元); a 隆回县 义务兵家庭优待金办法, the 征兵 通告 (.uof) and a 县长信箱 reply (28000元); a 资中县 民兵误工补贴
办法, the 大学生入伍 政策解读 (.docm) and a 12345 reply (1800元); a 岱山县 渔业发展补助和减船转产 方案, the 减
船转产 申报材料 (.7z) and a 12345 reply (57200元); a 霞浦县 伏季休渔 生活补助 方案, the 受理联系人 (.vcf), the
三沙镇 发放表 (.xlsx, its 合计 only there) and a 12345 reply (4100元); a 长海县 渔业互助保险 保费补贴 办法,
the 申请表 (a PDF form), the 海域使用权 审批 办事指南 and a 领导留言板 reply (7080元).

New kinds of file none of eval/policy .. eval/policy31 had:
- a UOF text document (.uof), the Chinese national office format of GB/T 20916-2007 (UOF 1.0) as WPS and 永中
  save it: one XML file (not a zip) whose root uof:UOF carries uof:mimetype="vnd.uof.text", uof:元数据, uof:式
  样集 and uof:文字处理 with 字:公用处理规则 and 字:主体, the text in 字:段落 of 字:句 runs of 字:文本串 —
  element names in Chinese, a figure its own bold run (字:句属性 / 字:粗体), so that 每人|8000|元 is not in
  the bytes (隆回 征兵 通告: 报名截止 2026年8月10日, 体检 2026年8月15日至8月25日 at 隆回县人民医院, 入伍奖励
  全日制普通高校毕业生每人8000元 only there);
- a vCard file (.vcf) as a phone's contacts export writes it: vCard 2.1, CRLF, every Chinese value
  QUOTED-PRINTABLE UTF-8 (every byte =XX, no Chinese byte in the file), long lines cut by soft line breaks
  (=CRLF), N / FN / ORG / TITLE / TEL / ADR / NOTE (霞浦 休渔补助 受理联系人: 0593-8591032, the 县级 受理时间
  2026年6月1日至6月20日 and 三沙镇便民服务中心2号窗口 only there);
- a 7-Zip archive (.7z) written by hand: the signature header with its CRCs, the two members solid in one
  LZMA2 folder (a 64 KiB dictionary), a plain header with PackInfo, the coder, SubStreamsInfo (sizes, CRC32s)
  and FilesInfo (UTF-16LE names, a fixed FILETIME, the archive attribute) — a GBK .txt (CRLF) and a .docx form
  (岱山 减船转产 申报材料: 2026年7月1日至7月31日, 东沙渔船拆解场, 先拨付70% and 一式三份 only there);
- a macro-enabled Word document (.docm) saved without macros (…document.macroEnabled.main+xml, no vbaProject
  part) whose figures stand only in footnotes: the body's paragraphs carry w:footnoteReference marks,
  word/footnotes.xml the separator, the continuation separator and three notes, word/settings.xml its
  w:footnotePr (资中 大学生入伍: 本科生每人每年最高不超过16000元, 研究生 20000元, 保留学籍至退役后2年 and 免修
  军事技能训练 only there);
- a fillable PDF form (AcroForm) whose office entries are only field values: the labels drawn in STSong-Light
  (UniGB-UCS2-H, not embedded), each entry a text field widget (/FT /Tx) with a UTF-16 tooltip (/TU); the four
  the office filled in read-only (/Ff 1) with UTF-16 hex values (/V, /DV), no appearance streams and
  /NeedAppearances true, so that no page content and no byte run holds them (长海 保费补贴 申请表: 县政务服务
  中心二楼8号窗口, 2026年11月20日 and 审核通过后20个工作日内拨付 only there).

Also: a 征求意见稿 beside its final text; a .docx with a table; an .xlsx 发放表 with its 合计 only there;
eight replies (12345 ×5, 县长信箱 ×2, 领导留言板) each reckoning one asker's case to a figure only the reply
holds."""

from __future__ import annotations

import binascii
import io
import lzma
import shutil
import struct
import zipfile
import zlib
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Font

from eval import policy_make as make
from eval.policy29.make_docs import P, Site, app_xml, core_xml, letter, portal, rels, root_rels

DOCS = Path(__file__).resolve().parent / "docs"

STAMP = (2027, 6, 8, 0, 0, 0)
WHEN = "2026-07-01T08:30:00Z"
restamp = partial(make.restamp, stamp=STAMP)


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


ZQ = Site("枣强县人民政府", "冀ICP备05011372号")
WS = Site("文水县人民政府", "晋ICP备05002917号")
CX = Site("崇信县人民政府", "陇ICP备05004286号")
LH = Site("隆回县人民政府", "湘ICP备05018831号")
ZZ = Site("资中县人民政府", "蜀ICP备05012604号")
DS = Site("岱山县人民政府", "浙ICP备05047216号")
XP = Site("霞浦县人民政府", "闽ICP备05009352号")
CH = Site("长海县人民政府", "辽ICP备05006148号")


# ---------------------------------------------------------------------------------------------------------
# 1-3 枣强县: the 清洁取暖 实施方案 (.docx with a table), the 设备补贴 申领 公告, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

ZQ_TITLE = "枣强县2026年农村地区冬季清洁取暖实施方案"
ZQ_DOCX = f"{ZQ_TITLE}.docx"
ZQ_BLOCKS: list = [
    f"# {ZQ_TITLE}",
    "为持续改善大气环境质量，保障农村群众温暖过冬，根据河北省和衡水市冬季清洁取暖工作部署，制定本方案。",
    "## 一、改造任务",
    "2026年全县完成农村“煤改气”5600户、“煤改电”3200户，10月31日前完成设备安装和验收。",
    "## 二、补贴标准",
    [
        ["类别", "设备购置补贴", "运行补贴", "备注"],
        [
            "煤改气",
            "按壁挂炉购置价格的70%补贴，每户最高2700元",
            "采暖季用气每立方米补贴1元，每户每年最高补贴1200立方米",
            "入户管网由燃气企业免费安装",
        ],
        [
            "煤改电",
            "按空气源热泵等设备购置价格的85%补贴，每户最高7400元",
            "采暖季用电每千瓦时补贴0.2元，每户每年最高补贴10000千瓦时",
            "配套电网由供电公司负责改造",
        ],
    ],
    "## 三、补贴对象",
    "纳入2026年改造计划、完成改造并拆除燃煤炉具的农村居民户。同一户只能享受“煤改气”或“煤改电”一种补贴。",
    "## 四、运行补贴发放",
    "采暖季为每年11月15日至次年3月15日。运行补贴在采暖季结束后按燃气企业和供电公司提供的实际用量核算，"
    "次年4月30日前通过惠民惠农财政补贴资金“一卡通”发放到户。",
    "## 五、监督管理",
    "改造户不得复烧散煤；经查实复烧散煤的，取消当年运行补贴。",
]

ZQ_NOTICE_TITLE = "枣强县清洁取暖设备购置补贴申领公告"
ZQ_NOTICE = """
根据《枣强县2026年农村地区冬季清洁取暖实施方案》，现将2026年清洁取暖设备购置补贴申领有关事项公告如下：

一、申领对象：已完成“煤改气”“煤改电”改造并通过乡镇验收的农村居民户。

二、申领材料：户主身份证、设备购置发票、乡镇验收单、户主本人“一卡通”账户。

三、申领程序：改造户向村委会提交材料，村委会汇总后报乡镇人民政府初审，初审结果在村务公开栏公示5天；公示无异议
的，由县住房和城乡建设局会同县财政局复核，复核后15个工作日内拨付到户。

四、申领截止时间：2026年11月30日。

五、电价政策：“煤改电”用户采暖季执行居民峰谷分时电价，谷段为20时至次日8时，谷段电价每千瓦时0.3元。

六、咨询电话：0318-8223415（县住房和城乡建设局村镇建设股）。

枣强县住房和城乡建设局
2026年8月20日
"""


def write_zaoqiang() -> None:
    write_bytes(
        f"河北/枣强县/{ZQ_DOCX}",
        make.docx_bytes(ZQ_BLOCKS, "枣强县人民政府办公室", "— 1 —", "枣强县住房和城乡建设局", WHEN, STAMP),
    )
    write(
        f"河北/枣强县/{ZQ_NOTICE_TITLE}.html",
        portal(
            ZQ,
            ZQ_NOTICE_TITLE,
            "政务公开 &gt; 通知公告",
            "2026-08-20",
            "枣强县住房和城乡建设局",
            P(ZQ_NOTICE),
        ),
    )
    t = "煤改电家里采暖季用了9600度电，运行补贴能补多少？"
    write(
        f"河北/枣强县/12345 {t}.html",
        letter(
            ZQ,
            "12345热线",
            t,
            "孙**（大营镇）",
            "2027-03-22",
            """
我家在大营镇，房子120平方米，去年村里统一搞“煤改电”，装了空气源热泵，设备花了2万1。这个采暖季从11月到3月
一共用了9600度电，电费交了不少。听说用电有运行补贴，我家能补多少钱？什么时候发？
""",
            "枣强县住房和城乡建设局",
            "2027-03-25",
            """
您好！根据《枣强县2026年农村地区冬季清洁取暖实施方案》，“煤改电”用户采暖季用电每千瓦时补贴0.2元，每户每年最
高补贴10000千瓦时。您家采暖季用电9600千瓦时，未超过上限，运行补贴为9600×0.2=1920元。

运行补贴按供电公司提供的实际用电量核算，无需另行申报，4月30日前通过“一卡通”发放到户。
""",
            "ZQ12345-2027-03224",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 4-6 文水县: the 分布式光伏 备案和并网 办事指南, the 低压 报装 “三零” 公告, a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

WS_GUIDE_TITLE = "文水县分布式光伏发电项目备案和并网办事指南"
WS_GUIDE = [
    ["事项", "内容"],
    ["事项名称", "分布式光伏发电项目备案及并网"],
    [
        "备案方式",
        "自然人利用自有住宅建设的户用光伏，由国网文水县供电公司代为备案；"
        "非自然人投资的项目，由投资主体向县行政审批服务管理局备案",
    ],
    ["申请材料", "1.申请人身份证；2.房屋产权证明或村委会出具的宅基地使用证明；3.分布式光伏并网申请表"],
    ["接入方案答复", "受理并网申请后10个工作日内答复接入系统方案"],
    ["并网验收", "受理并网验收申请后10个工作日内完成并网验收及调试"],
    ["上网电价", "余电上网电量按山西省燃煤发电基准价每千瓦时0.332元结算，电费按月结算"],
    ["收费标准", "备案和并网服务不收费，接网工程由供电公司投资建设至产权分界点"],
    ["办理地点", "国网文水县供电公司营业厅或“网上国网”APP"],
]

WS_NOTICE_TITLE = "国网文水县供电公司关于推行农村低压用电报装“三零”服务的公告"
WS_NOTICE = """
为优化电力营商环境，提升农村电网供电服务水平，我公司在全县推行低压用电报装“零上门、零审批、零投资”服务。现将
有关事项公告如下：

一、零上门：居民和小微企业可通过“网上国网”APP或拨打95598申请用电报装，线上提交材料，工作人员上门服务。

二、零审批：低压接入工程的规划、占路、掘路等审批由供电公司代为办理。

三、零投资：160千瓦及以下的小微企业实行低压接入，供电公司投资建设至用户红线，用户不承担接入工程费用。

四、办电时限：居民客户办电时间压减至5个工作日以内，具备直接装表条件的1个工作日内装表接电；小微企业低压办电时间
不超过15个工作日。

五、2026年我公司将完成农村电网巩固提升改造台区86个。

国网文水县供电公司
2026年4月8日
"""


def write_wenshui() -> None:
    write(
        f"山西/文水县/{WS_GUIDE_TITLE}.html",
        portal(
            WS,
            WS_GUIDE_TITLE,
            "政务服务 &gt; 办事指南",
            "2026-03-16",
            "文水县能源局",
            make.table(WS_GUIDE, 'class="bszn" border="1"', thead=False),
        ),
    )
    write(
        f"山西/文水县/{WS_NOTICE_TITLE}.html",
        portal(
            WS, WS_NOTICE_TITLE, "政务公开 &gt; 通知公告", "2026-04-08", "国网文水县供电公司", P(WS_NOTICE)
        ),
    )
    t = "屋顶装了10千瓦光伏，一年发1.2万度电自家用了1500度，余电上网能卖多少钱？"
    write(
        f"山西/文水县/县长信箱 {t}.html",
        letter(
            WS,
            "县长信箱",
            t,
            "武**（刘胡兰镇）",
            "2026-12-02",
            """
我家在刘胡兰镇，去年在自家屋顶装了10千瓦的光伏，连设备带安装花了3万8，选的是自发自用、余电上网。今年一年发了
12000度电，自家用了1500度，剩下的都上网了。请问余电上网这部分一年能卖多少钱？电费多久结一次？
""",
            "文水县能源局",
            "2026-12-07",
            """
您好！经县能源局会同国网文水县供电公司核实，答复如下：

您家光伏全年发电12000千瓦时，自用1500千瓦时，余电上网10500千瓦时。余电上网电量按山西省燃煤发电基准价每千瓦时
0.332元结算，全年上网电费为10500×0.332=3486元。

上网电费按月结算，直接转入您登记的银行账户。
""",
            "WSXZXX-2026-1202",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 7-10 崇信县: the 充电基础设施 建设补贴办法 beside its 征求意见稿, the 自用充电桩 报装 指南, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

CX_TITLE = "崇信县新能源汽车充电基础设施建设补贴办法"
CX_DRAFT_TITLE = f"关于公开征求《{CX_TITLE}（征求意见稿）》意见的公告"


def cx_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
第一条　为加快新能源汽车充电基础设施建设，方便群众绿色出行，结合本县实际，制定本办法。

第二条　本办法所称充电基础设施，是指在本县行政区域内建设、对社会公众开放的公共充电桩（站）。

第三条　公共充电桩按额定充电功率给予一次性建设补贴：直流充电桩{f("每千瓦补贴200元", "每千瓦补贴150元")}，
交流充电桩{f("每千瓦补贴100元", "每千瓦补贴80元")}。

第四条　在锦屏镇城区以外的乡镇建设的，补贴标准上浮{f("20%", "10%")}。

第五条　单个项目补贴最高{f("30万元", "20万元")}。{f("", "居民个人自用充电桩，每个补贴500元。")}

第六条　申请补贴的充电设施应当接入平凉市充电设施监管平台，并建成投运满3个月。

第七条　项目单位在投运满3个月后向县发展和改革局提出申请，县发展和改革局会同县财政局在20个工作日内完成审核，审
核通过的拨付补贴资金。

第八条　本办法自{f("2026年6月1日", "2026年4月1日")}起施行。
"""


CX_DRAFT_LEAD = f"""
为广泛听取社会各界意见，现将《{CX_TITLE}（征求意见稿）》全文公布，征求意见截止时间为2026年3月20日。
"""

CX_GUIDE_TITLE = "崇信县居民个人自用充电桩报装服务指南"
CX_GUIDE = """
一、适用对象：在本县拥有固定车位产权或者长期使用权的新能源汽车车主。

二、申请材料：1.车主身份证；2.车位产权证明或者一年以上的车位租赁合同；3.物业服务企业出具的同意安装证明（无物业
的小区由社区出具）；4.新能源汽车购车发票或者行驶证。

三、办理流程：通过“网上国网”APP或者到国网崇信县供电公司营业厅提出申请；供电公司受理后3个工作日内现场勘查，勘
查合格后5个工作日内装表接电。

四、电价：个人自用充电桩执行居民生活用电价格，可以选择执行峰谷分时电价。

五、安全要求：充电桩应当由具备资质的单位安装，安装漏电保护装置，不得私拉电线充电。
"""


def write_chongxin() -> None:
    write(
        f"甘肃/崇信县/{CX_TITLE}.html",
        portal(
            CX,
            CX_TITLE,
            "政务公开 &gt; 规范性文件",
            "2026-05-12",
            "崇信县发展和改革局",
            P(cx_articles(False)),
        ),
    )
    write(
        f"甘肃/崇信县/{CX_DRAFT_TITLE}.html",
        portal(
            CX,
            CX_DRAFT_TITLE,
            "政务公开 &gt; 意见征集",
            "2026-02-18",
            "崇信县发展和改革局",
            P(CX_DRAFT_LEAD) + P(cx_articles(True)),
        ),
    )
    write(
        f"甘肃/崇信县/{CX_GUIDE_TITLE}.html",
        portal(CX, CX_GUIDE_TITLE, "政务服务 &gt; 办事指南", "2026-05-20", "国网崇信县供电公司", P(CX_GUIDE)),
    )
    t = "公司在新窑镇建了4台120千瓦直流桩和6台7千瓦交流桩，建设补贴能拿多少？"
    write(
        f"甘肃/崇信县/12345 {t}.html",
        letter(
            CX,
            "12345热线",
            t,
            "赵**（新窑镇）",
            "2026-11-10",
            """
我们公司在新窑镇街道边建了一个公共充电站，装了4台120千瓦的直流快充桩和6台7千瓦的交流桩，总投资160万左右，
已经接入平凉市的监管平台，7月投运到现在4个多月了。请问县里的建设补贴能拿多少？
""",
            "崇信县发展和改革局",
            "2026-11-13",
            """
您好！根据《崇信县新能源汽车充电基础设施建设补贴办法》，直流充电桩每千瓦补贴200元，交流充电桩每千瓦补贴100
元，在锦屏镇城区以外的乡镇建设的上浮20%。

贵公司直流桩4×120=480千瓦，补贴96000元；交流桩6×7=42千瓦，补贴4200元；合计100200元，新窑镇上浮20%后为120240
元，未超过单个项目30万元的上限。请携带项目备案、设备发票和平台接入证明到县发展和改革局申请。
""",
            "CX12345-2026-11103",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 11-13 隆回县: the 义务兵家庭优待金 办法, the 征兵 通告 (a UOF text document), a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

LH_TITLE = "隆回县义务兵家庭优待金发放管理办法"
LH_BODY = """
第一条　为做好义务兵家庭优待工作，激发适龄青年参军热情，根据《军人抚恤优待条例》和《湖南省军人抚恤优待办法》，
结合本县实际，制定本办法。

第二条　本办法适用于从本县应征入伍的义务兵家庭。

第三条　2026年度义务兵家庭优待金标准为每人每年20000元。

第四条　全日制普通高校毕业生入伍的，每人每年增发5000元；全日制普通高校在校生入伍的，每人每年增发3000元。

第五条　在西藏、新疆等艰苦边远地区服役的，每人每年增发3000元。

第六条　义务兵在服役期间荣立一等功的，一次性奖励10000元；荣立二等功的，一次性奖励6000元；荣立三等功的，一次性
奖励3000元。

第七条　义务兵被部队除名、开除军籍或者受到刑事处罚的，停发优待金，并追回当年已发放的优待金。

第八条　优待金由户籍所在乡镇（街道）退役军人服务站核实，县退役军人事务局审核，每年12月31日前通过“一卡通”发放
到义务兵家庭。

第九条　本办法自2026年1月1日起施行。
"""

LH_UOF = "隆回县2026年下半年征兵工作通告.uof"
LH_UOF_TITLE = "隆回县人民政府征兵办公室关于2026年下半年征兵工作的通告"
# each paragraph a list of runs (字:句); a run in brackets is bold
LH_UOF_PARAS: list[list[str]] = [
    [LH_UOF_TITLE],
    ["根据国务院、中央军委征兵命令和省、市征兵工作部署，现将我县2026年下半年征兵工作有关事项通告如下："],
    ["一、征集对象：年满18至22周岁的男性青年，普通高等学校毕业生放宽至24周岁，研究生放宽至26周岁。"],
    ["二、网上报名：应征青年登录全国征兵网进行兵役登记和应征报名，报名截止时间为", "[2026年8月10日]", "。"],
    ["三、初检初考：各乡镇（街道）人民武装部于8月12日前组织完成初检初考。"],
    [
        "四、体格检查：",
        "[2026年8月15日至8月25日]",
        "，在县征兵体检站（",
        "[隆回县人民医院]",
        "）统一进行体格检查。",
    ],
    ["五、政治考核：与体格检查同步开展，由县公安局和乡镇（街道）人民武装部于8月31日前完成。"],
    ["六、审定新兵：县征兵办公室于9月10日前审定新兵并张榜公示，公示期5天；9月中旬组织新兵起运。"],
    [
        "七、入伍奖励：县财政对批准入伍的青年给予一次性入伍奖励，全日制普通高校毕业生每人",
        "[8000]",
        "元，在校生每人",
        "[5000]",
        "元，高中（中职）学历每人",
        "[3000]",
        "元。",
    ],
    ["八、咨询电话：0739-8221370（县人民武装部军事科）。"],
    ["隆回县人民政府征兵办公室"],
    ["2026年7月1日"],
]

UOF_NS = (
    'xmlns:uof="http://schemas.uof.org/cn/2003/uof" '
    'xmlns:表="http://schemas.uof.org/cn/2003/uof-spreadsheet" '
    'xmlns:演="http://schemas.uof.org/cn/2003/uof-slideshow" '
    'xmlns:字="http://schemas.uof.org/cn/2003/uof-wordproc" '
    'xmlns:图="http://schemas.uof.org/cn/2003/graph"'
)


def uof_run(run: str) -> str:
    """A 字:句: its 字:文本串, bold (字:句属性 / 字:粗体) when the run is in brackets."""
    if run.startswith("[") and run.endswith("]"):
        props = '<字:句属性 uof:locID="t0086"><字:粗体 字:值="true"/></字:句属性>'
        run = run[1:-1]
    else:
        props = ""
    return f'<字:句 uof:locID="t0085">{props}<字:文本串 uof:locID="t0109">{escape(run)}</字:文本串></字:句>'


def lh_uof() -> str:
    """A UOF 1.0 text document (GB/T 20916-2007) as WPS saves one: one XML file, the root uof:UOF with the
    text mimetype, the body 字:主体 of 字:段落 of 字:句 runs, a figure its own bold run."""
    paras = "\n".join(
        f'<字:段落 uof:locID="t0051">{"".join(uof_run(r) for r in runs)}</字:段落>' for runs in LH_UOF_PARAS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<uof:UOF {UOF_NS} uof:language="cn" uof:locID="u0000" uof:version="1.0" '
        'uof:mimetype="vnd.uof.text">\n'
        f'<uof:元数据 uof:locID="u0001"><uof:标题>{LH_UOF_TITLE}</uof:标题>'
        "<uof:创建者>县人武部军事科</uof:创建者>"
        "<uof:创建日期>2026-06-28T10:00:00</uof:创建日期><uof:创建应用程序>WPS Office</uof:创建应用程序>"
        "</uof:元数据>\n"
        '<uof:式样集 uof:locID="u0039"/>\n'
        '<uof:文字处理 uof:locID="u0047">\n<字:公用处理规则 uof:locID="t0000"/>\n'
        f'<字:主体 uof:locID="t0016">\n{paras}\n</字:主体>\n</uof:文字处理>\n</uof:UOF>\n'
    )


def write_longhui() -> None:
    write(
        f"湖南/隆回县/{LH_TITLE}.html",
        portal(LH, LH_TITLE, "政务公开 &gt; 规范性文件", "2025-12-22", "隆回县退役军人事务局", P(LH_BODY)),
    )
    write(f"湖南/隆回县/{LH_UOF}", lh_uof())
    t = "儿子本科毕业入伍分到新疆，家里一年能领多少优待金？"
    write(
        f"湖南/隆回县/县长信箱 {t}.html",
        letter(
            LH,
            "县长信箱",
            t,
            "刘**（桃洪镇）",
            "2026-10-15",
            """
我在桃洪镇开小卖部。儿子今年6月本科毕业，9月从隆回应征入伍，分到了新疆的部队，听说每月津贴一千多。请问我们家
今年能领多少义务兵家庭优待金？什么时候发？
""",
            "隆回县退役军人事务局",
            "2026-10-19",
            """
您好！根据《隆回县义务兵家庭优待金发放管理办法》，2026年度义务兵家庭优待金标准为每人每年20000元；全日制普通高
校毕业生入伍的每人每年增发5000元；在新疆等艰苦边远地区服役的每人每年增发3000元。您儿子属于高校毕业生入伍且在
新疆服役，您家每年可领取优待金20000+5000+3000=28000元。

优待金由桃洪镇退役军人服务站核实后，于12月31日前通过“一卡通”发放。
""",
            "LHXZXX-2026-1015",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 14-16 资中县: the 民兵误工补贴 办法, the 大学生入伍 政策解读 (a .docm, its figures in footnotes), a 12345
# reply
# ---------------------------------------------------------------------------------------------------------

ZZ_TITLE = "资中县民兵误工补贴发放办法"
ZZ_BODY = """
第一条　为保障民兵参加军事训练和执行任务期间的合法权益，根据《民兵工作条例》和四川省有关规定，结合本县实际，制
定本办法。

第二条　基干民兵参加县人民武装部统一组织的军事训练，每人每天发放误工补贴120元。

第三条　基干民兵参加抢险救灾、森林灭火、执勤等任务的，每人每天发放误工补贴150元。

第四条　训练和执行任务期间未集中食宿的，另发伙食补助每人每天40元；集中食宿的，不再发放伙食补助。

第五条　机关、企事业单位职工参加训练和执行任务的，由所在单位照发工资和福利待遇，不发放误工补贴。

第六条　误工补贴在训练或者任务结束后15个工作日内，由乡镇（街道）人民武装部审核，县人民武装部通过社会保障卡发放
到人。

第七条　本办法自2026年3月1日起施行。
"""

ZZ_DOCM = "资中县大学生应征入伍优惠政策解读.docm"
ZZ_DOCM_TITLE = "资中县大学生应征入伍优惠政策解读"
# the body's paragraphs, [n] where footnote n is referenced
ZZ_DOCM_BODY = [
    ZZ_DOCM_TITLE,
    "一、县级入伍奖励：全日制普通高校毕业生应征入伍的，县财政给予一次性奖励6000元；在校生应征入伍的，给予一次性奖"
    "励4000元。",
    "二、学费补偿和国家助学贷款代偿：符合条件的高校学生应征入伍，可以申请学费补偿或者国家助学贷款代偿[1]。",
    "三、保留学籍：在校生入伍的，由所在学校保留学籍[2]。",
    "四、退役复学：退役后复学的，学校优先安排转专业，并可以免修部分课程[3]。",
    "五、咨询电话：0832-5512760（县人民武装部政治工作科）。",
]
ZZ_FOOTNOTES = [
    "学费补偿和国家助学贷款代偿标准：本科生每人每年最高不超过16000元，研究生每人每年最高不超过20000元，高出部分不予补偿。",
    "在校生入伍的，学校保留其学籍至退役后2年。",
    "退役后复学的，免修军事技能训练，直接获得学分。",
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"
CT_FOOT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CT_SET = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
OFC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def w_run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def w_body_para(text: str, heading: bool = False) -> str:
    """A paragraph whose [n] marks are footnote references (superscript runs with w:footnoteReference)."""
    runs = []
    rest = text
    while "[" in rest:
        before, after = rest.split("[", 1)
        n, rest = after.split("]", 1)
        runs.append(w_run(before))
        runs.append(
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'
        )
    runs.append(w_run(rest))
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if heading else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def zz_docm() -> bytes:
    """A macro-enabled Word document saved without macros (…macroEnabled.main+xml, no vbaProject part): the
    body refers to footnotes, the figures stand only in word/footnotes.xml."""
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{CT_DOCM}"/>'
        f'<Override PartName="/word/footnotes.xml" ContentType="{CT_FOOT}"/>'
        f'<Override PartName="/word/settings.xml" ContentType="{CT_SET}"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'
    )
    body = "".join(w_body_para(p, i == 0) for i, p in enumerate(ZZ_DOCM_BODY))
    sect = (
        '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
        'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{OFC_REL}"><w:body>{body}{sect}</w:body></w:document>'
    )
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        "</w:p></w:footnote>",
    ]
    for n, text in enumerate(ZZ_FOOTNOTES, 1):
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f"<w:footnoteRef/></w:r>{w_run(' ' + text)}</w:p></w:footnote>"
        )
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{OFC_REL}">{"".join(notes)}</w:footnotes>'
    )
    settings = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="420"/>'
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
    )
    doc_rels = rels(
        [
            ("rId1", f"{OFC_REL}/footnotes", "footnotes.xml"),
            ("rId2", f"{OFC_REL}/settings", "settings.xml"),
        ]
    )
    return package(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", root_rels("word/document.xml")),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", doc_rels),
            ("word/footnotes.xml", footnotes),
            ("word/settings.xml", settings),
            ("docProps/core.xml", core_xml(ZZ_DOCM_TITLE, "资中县人民武装部", WHEN)),
            ("docProps/app.xml", app_xml("Microsoft Office Word")),
        ]
    )


def write_zizhong() -> None:
    write(
        f"四川/资中县/{ZZ_TITLE}.html",
        portal(ZZ, ZZ_TITLE, "政务公开 &gt; 规范性文件", "2026-02-24", "资中县人民武装部", P(ZZ_BODY)),
    )
    write_bytes(f"四川/资中县/{ZZ_DOCM}", zz_docm())
    t = "基干民兵参加防汛抢险8天、军事训练5天，误工补贴一共多少？"
    write(
        f"四川/资中县/12345 {t}.html",
        letter(
            ZZ,
            "12345热线",
            t,
            "陈**（水南镇）",
            "2026-08-18",
            """
我是水南镇的基干民兵，平时自己开货车跑运输，一天能挣三百多。今年7月镇上组织我们参加了8天防汛抢险，6月还参加了
县人武部组织的5天军事训练，两次都是集中吃住。请问误工补贴一共能领多少？
""",
            "资中县人民武装部",
            "2026-08-21",
            """
您好！根据《资中县民兵误工补贴发放办法》，基干民兵参加军事训练的，每人每天误工补贴120元；参加抢险救灾等任务
的，每人每天150元。您参加防汛抢险8天，补贴8×150=1200元；参加军事训练5天，补贴5×120=600元；合计1800元。两次
均集中食宿，不再发放伙食补助。

补贴由水南镇人民武装部审核后，通过社会保障卡发放。
""",
            "ZZ12345-2026-08185",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 17-19 岱山县: the 渔业发展补助 及 减船转产 实施方案, the 减船转产 申报材料 (a .7z of a GBK .txt and a
# .docx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

DS_TITLE = "岱山县2026年海洋捕捞渔船渔业发展补助和减船转产实施方案"
DS_BODY = """
为推进海洋渔业资源养护和渔业高质量发展，根据农业农村部、财政部渔业发展补助政策和浙江省实施意见，制定本方案。

一、渔业发展补助对象：持有有效渔业捕捞许可证、在本县登记的国内海洋捕捞渔船，且2025年实际出海作业天数不少于120
天（以北斗船位数据核定）。

二、渔业发展补助标准：按主机功率计算，刺网、钓业渔船每千瓦补助260元，拖网、张网渔船每千瓦补助180元，单船补助
最高不超过15万元。

三、违反伏季休渔规定受到行政处罚的渔船，取消当年渔业发展补助。

四、减船转产：2026年计划压减海洋捕捞渔船30艘、主机功率6000千瓦。自愿退出捕捞并拆解渔船的，按主机功率每千瓦补助
5000元；同时注销渔业捕捞许可证，不得再申请新的捕捞渔船指标。

五、资金发放：渔业发展补助于2026年12月31日前发放到船东。

岱山县海洋与渔业局
2026年6月15日
"""

DS_7Z = "岱山县2026年减船转产项目申报材料.7z"
DS_TXT_NAME = "1.申报须知.txt"
DS_TXT = """岱山县2026年海洋捕捞渔船减船转产项目申报须知

一、申报时间：2026年7月1日至7月31日。
二、申报地点：渔船船籍港所在乡镇渔业办公室，乡镇汇总后报县海洋与渔业局。
三、申报材料：减船转产申请表、渔业船舶所有权证书、渔业船舶国籍证书、渔业捕捞许可证、船东身份证。
四、拆解要求：渔船须在县指定的东沙渔船拆解场进行拆解，县海洋与渔业局派员现场监督并拍照存档。
五、补助拨付：拆解验收合格后先拨付70%，渔船注销登记后拨付剩余30%。
六、转产就业：转产渔民可以参加县人力社保局组织的免费职业技能培训。
七、联系电话：0580-4472158（县海洋与渔业局渔政科）。
"""
DS_DOCX_NAME = "2.减船转产申请表.docx"
DS_FORM: list = [
    "# 岱山县海洋捕捞渔船减船转产申请表",
    [
        ["项目", "填写内容"],
        ["船名号", ""],
        ["船籍港", ""],
        ["主机功率（千瓦）", ""],
        ["建造完工日期", ""],
        ["作业类型", ""],
        ["船东姓名及身份证号", ""],
        ["乡镇渔业办公室意见", ""],
    ],
    "注：本表一式三份，乡镇、县海洋与渔业局和船东各执一份。",
]
FILETIME = 134036640000000000  # 2025-09-30 00:00 UTC, every member's fixed modification time


def sz_number(value: int) -> bytes:
    """A 7z NUMBER: the first byte's leading ones count the little-endian bytes after it."""
    for n in range(8):
        if value < 1 << (7 * (n + 1)):
            first = ((0xFF << (8 - n)) & 0xFF) | (value >> (8 * n))
            return bytes([first]) + (value & ((1 << (8 * n)) - 1)).to_bytes(n, "little")
    return b"\xff" + value.to_bytes(8, "little")


def seven_zip(members: list[tuple[str, bytes]]) -> bytes:
    """A 7z archive: the members solid in one LZMA2 folder (a 64 KiB dictionary), its header plain (not
    itself packed), names UTF-16LE, CRC32 of every member, a fixed modification time, the archive bit."""
    data = b"".join(body for _, body in members)
    packed = lzma.compress(
        data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "dict_size": 1 << 16}]
    )
    h = bytearray(b"\x01\x04")  # kHeader, kMainStreamsInfo
    h += b"\x06" + sz_number(0) + sz_number(1) + b"\x09" + sz_number(len(packed)) + b"\x00"  # kPackInfo
    # kUnPackInfo: one folder of one coder (LZMA2, id 21, one property byte: the dictionary size 64 KiB)
    h += b"\x07\x0b" + sz_number(1) + b"\x00" + sz_number(1) + b"\x21\x21" + sz_number(1) + b"\x08"
    h += b"\x0c" + sz_number(len(data)) + b"\x00"
    h += b"\x08\x0d" + sz_number(len(members)) + b"\x09"  # kSubStreamsInfo
    for _, body in members[:-1]:
        h += sz_number(len(body))
    h += b"\x0a\x01" + b"".join(struct.pack("<I", binascii.crc32(body)) for _, body in members) + b"\x00"
    h += b"\x00"  # the end of MainStreamsInfo
    names = b"\x00" + b"".join(name.encode("utf-16-le") + b"\x00\x00" for name, _ in members)
    times = b"\x01\x00" + struct.pack("<Q", FILETIME) * len(members)
    attrs = b"\x01\x00" + struct.pack("<I", 0x20) * len(members)
    h += b"\x05" + sz_number(len(members))  # kFilesInfo
    h += b"\x11" + sz_number(len(names)) + names
    h += b"\x14" + sz_number(len(times)) + times
    h += b"\x15" + sz_number(len(attrs)) + attrs
    h += b"\x00\x00"  # the end of FilesInfo, of Header
    header = bytes(h)
    start = struct.pack("<QQI", len(packed), len(header), binascii.crc32(header))
    signature = b"7z\xbc\xaf\x27\x1c\x00\x04" + struct.pack("<I", binascii.crc32(start)) + start
    return signature + packed + header


def ds_7z() -> bytes:
    txt = DS_TXT.replace("\n", "\r\n").encode("gbk")
    form = make.docx_bytes(DS_FORM, "岱山县海洋与渔业局", "", "岱山县海洋与渔业局", WHEN, STAMP)
    return seven_zip([(DS_TXT_NAME, txt), (DS_DOCX_NAME, form)])


def write_daishan() -> None:
    write(
        f"浙江/岱山县/{DS_TITLE}.html",
        portal(DS, DS_TITLE, "政务公开 &gt; 通知公告", "2026-06-15", "岱山县海洋与渔业局", P(DS_BODY)),
    )
    write_bytes(f"浙江/岱山县/{DS_7Z}", ds_7z())
    t = "220千瓦的刺网渔船去年出海165天，今年渔业发展补助能拿多少？"
    write(
        f"浙江/岱山县/12345 {t}.html",
        letter(
            DS,
            "12345热线",
            t,
            "王**（衢山镇）",
            "2026-09-08",
            """
我家在衢山镇，有一条刺网渔船，2015年造的，当时花了180万，主机功率220千瓦，船上连我4个人。去年（2025年）一共出
海165天，伏季休渔期间一直按规定停港。请问今年的渔业发展补助能拿多少？
""",
            "岱山县海洋与渔业局",
            "2026-09-11",
            """
您好！根据《岱山县2026年海洋捕捞渔船渔业发展补助和减船转产实施方案》，刺网渔船按主机功率每千瓦补助260元，单
船最高不超过15万元。您的渔船2025年出海165天，符合不少于120天的条件，补助为220×260=57200元。

补助资金于12月31日前发放到船东。
""",
            "DS12345-2026-09082",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 20-23 霞浦县: the 伏季休渔 生活补助 方案, the 受理联系人 (.vcf, vCard 2.1 quoted-printable), the 三沙镇
# 发放表 (.xlsx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

XP_TITLE = "霞浦县2026年伏季休渔渔民生活补助发放实施方案"
XP_BODY = """
为保障伏季休渔期间渔民基本生活，确保休渔秩序稳定，根据省、市有关规定，结合本县实际，制定本方案。

一、休渔时间：2026年5月1日12时至8月16日12时。

二、补助对象：户籍在本县，在本县登记的休渔渔船上从业并持有渔业船员证书的渔民。

三、补助标准：每人1800元，一次性发放；其中低保户、特困人员每人另增发500元。

四、不予补助情形：休渔期间违规出海作业被查处的渔船，其船上人员不予补助；同一渔民只能在一条渔船上申报。

五、发放程序：乡镇（街道）摸底登记，在村（社区）公示7天；县海洋与渔业局审核，2026年9月30日前通过社会保障卡发放
到人。

霞浦县海洋与渔业局
2026年5月20日
"""

XP_VCF = "霞浦县伏季休渔渔民生活补助受理联系人.vcf"
XP_CONTACTS = [
    (
        "林",
        "志强",
        "霞浦县海洋与渔业局",
        "渔业科科长",
        "0593-8822361",
        "福建省宁德市霞浦县松城街道福宁北路118号",
        "县级审核。受理时间：2026年6月1日至6月20日（工作日8:00-12:00，14:30-17:30）",
    ),
    (
        "郑",
        "海燕",
        "霞浦县三沙镇人民政府",
        "渔业办公室",
        "0593-8591032",
        "霞浦县三沙镇便民服务中心",
        "三沙镇受理点设在三沙镇便民服务中心2号窗口",
    ),
    (
        "吴",
        "建华",
        "霞浦县长春镇人民政府",
        "渔业办公室",
        "0593-8678215",
        "霞浦县长春镇政府大楼一楼",
        "长春镇受理点设在镇政府一楼渔业办公室",
    ),
    (
        "陈",
        "丽娟",
        "霞浦县下浒镇人民政府",
        "渔业办公室",
        "0593-8726604",
        "霞浦县下浒镇便民服务中心",
        "下浒镇受理点设在下浒镇便民服务中心",
    ),
]


def qp(text: str) -> str:
    """Quoted-printable UTF-8 as a phone's contacts export writes it: every byte =XX."""
    return "".join(f"={b:02X}" for b in text.encode("utf-8"))


def vcf_line(name: str, value: str) -> str:
    """A vCard 2.1 property in quoted-printable UTF-8, soft line breaks (=CRLF) after 75 characters."""
    line = f"{name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{value}"
    out = []
    while len(line) > 75:
        cut = 74
        if line[cut - 1] == "=":
            cut -= 1
        elif line[cut - 2] == "=":
            cut -= 2
        out.append(line[:cut] + "=")
        line = line[cut:]
    out.append(line)
    return "\r\n".join(out)


def xp_vcf() -> str:
    cards = []
    for family, given, org, title, tel, adr, note in XP_CONTACTS:
        lines = [
            "BEGIN:VCARD",
            "VERSION:2.1",
            vcf_line("N", f"{qp(family)};{qp(given)};;;"),
            vcf_line("FN", qp(family + given)),
            vcf_line("ORG", qp(org)),
            vcf_line("TITLE", qp(title)),
            f"TEL;WORK;VOICE:{tel}",
            vcf_line("ADR;WORK", f";;{qp(adr)};;;;"),
            vcf_line("NOTE", qp(note)),
            "END:VCARD",
        ]
        cards.append("\r\n".join(lines))
    return "\r\n".join(cards) + "\r\n"


XP_XLSX = "霞浦县三沙镇2026年伏季休渔渔民生活补助发放表.xlsx"
XP_ROWS = [
    ("闽霞渔01268", "郑**", "否"),
    ("闽霞渔01268", "郑**", "否"),
    ("闽霞渔01268", "林**", "是"),
    ("闽霞渔02315", "吴**", "否"),
    ("闽霞渔02315", "陈**", "否"),
    ("闽霞渔02315", "黄**", "是"),
    ("闽霞渔03077", "刘**", "否"),
]


def xp_grant(poor: str) -> int:
    return 1800 + (500 if poor == "是" else 0)


def xp_total() -> str:
    return str(sum(xp_grant(p) for *_, p in XP_ROWS))


def xp_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "发放表"
    ws.append(["霞浦县三沙镇2026年伏季休渔渔民生活补助发放表"])
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["序号", "渔船船名号", "渔民姓名", "是否低保户或特困人员", "补助金额（元）"])
    for n, (boat, name, poor) in enumerate(XP_ROWS, 1):
        ws.append([n, boat, name, poor, xp_grant(poor)])
    ws.append(["合计", "", f"{len(XP_ROWS)}人", "", int(xp_total())])
    ws.append(["说明：每人1800元，低保户、特困人员另增发500元。"])
    wb.properties.creator = "三沙镇渔业办公室"
    buf = io.BytesIO()
    wb.save(buf)
    return restamp(buf.getvalue(), WHEN)


def write_xiapu() -> None:
    write(
        f"福建/霞浦县/{XP_TITLE}.html",
        portal(XP, XP_TITLE, "政务公开 &gt; 通知公告", "2026-05-20", "霞浦县海洋与渔业局", P(XP_BODY)),
    )
    write(f"福建/霞浦县/{XP_VCF}", xp_vcf())
    write_bytes(f"福建/霞浦县/{XP_XLSX}", xp_xlsx())
    t = "父子俩都在休渔的拖网船上持证干活，父亲是低保户，休渔补助一共多少？"
    write(
        f"福建/霞浦县/12345 {t}.html",
        letter(
            XP,
            "12345热线",
            t,
            "郑**（三沙镇）",
            "2026-06-09",
            """
我家在三沙镇，我和我父亲都在同一条拖网船上干活，两个人都有渔业船员证书。休渔三个半月没有收入，平时出海一个月能
挣七八千。我父亲是低保户。请问我们家今年伏季休渔生活补助一共能领多少？
""",
            "霞浦县海洋与渔业局",
            "2026-06-12",
            """
您好！根据《霞浦县2026年伏季休渔渔民生活补助发放实施方案》，持有渔业船员证书的休渔渔民每人补助1800元，低保
户、特困人员每人另增发500元。您和您父亲两人共3600元，您父亲是低保户另增发500元，合计4100元。

请到三沙镇受理点登记，补助于9月30日前通过社会保障卡发放。
""",
            "XP12345-2026-06091",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 24-27 长海县: the 渔业互助保险 保费补贴 办法, the 申请表 (a PDF form, the office's entries only in field
# values), the 海域使用权 审批 办事指南, a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

CH_TITLE = "长海县渔业互助保险保费补贴实施办法"
CH_BODY = """
第一条　为增强渔民抵御风险能力，保障渔业生产安全，根据辽宁省渔业互助保险有关规定，结合本县实际，制定本办法。

第二条　县财政对以下渔业互助保险给予保费补贴：渔船全损互助保险，补贴保费的50%；渔民人身平安互助保险，补贴保
费的60%；筏式扇贝和底播海参养殖互助保险，补贴保费的40%。

第三条　每艘渔船（每户养殖户）每年获得的保费补贴最高2万元。

第四条　享受保费补贴的，应当通过辽宁省渔业互助保险协会长海办事处投保；在商业保险公司投保的，不享受本办法补
贴。

第五条　投保人按规定缴纳本人承担部分的保费后，持保险单向县海洋发展局申请补贴。

第六条　本办法自2026年1月1日起施行。
"""

CH_PDF = "长海县2026年渔业互助保险保费补贴申请表.pdf"
CH_PDF_TITLE = "长海县2026年渔业互助保险保费补贴申请表"
# (label, field name, value the office filled in, or "" for the applicant)
CH_FIELDS = [
    ("申请人", "sqr", ""),
    ("身份证号码", "sfzh", ""),
    ("船名号或养殖证号", "cmh", ""),
    ("投保险种", "tbxz", ""),
    ("已缴保费（元）", "yjbf", ""),
    ("申请补贴金额（元）", "sqje", ""),
    ("受理单位", "sldw", "长海县海洋发展局渔业科"),
    ("受理地点", "sldd", "县政务服务中心二楼8号窗口"),
    ("申请截止日期", "jzrq", "2026年11月20日"),
    ("补贴拨付", "btbf", "审核通过后20个工作日内拨付至申请人社会保障卡"),
]
CH_NOTE = [
    "注：1.本表由申请人填写，连同身份证、保险单和保费缴纳凭证复印件一并提交。",
    "2.灰色栏目由受理单位预先填写，申请人不得修改。",
]


def pdf_hex16(text: str) -> bytes:
    """A PDF text string in UTF-16BE with its byte-order mark, as a hex string."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def ch_form_pdf() -> bytes:
    """A one-page fillable form: the labels drawn in STSong-Light (UniGB-UCS2-H, not embedded), each entry a
    text field (a widget annotation); the office's entries only as read-only fields' values (/V), the form
    flagged NeedAppearances, so no page content holds them."""
    content = []

    def text(x: float, y: float, size: int, s: str) -> None:
        content.append(f"BT /F1 {size} Tf {x:.1f} {y} Td <{s.encode('utf-16-be').hex().upper()}> Tj ET")

    text((595 - 16 * len(CH_PDF_TITLE)) / 2, 780, 16, CH_PDF_TITLE)
    widgets = []
    y = 730
    for label, _, _ in CH_FIELDS:
        content.append(f"0.5 w 60 {y - 8} 150 26 re S 210 {y - 8} 330 26 re S")
        text(66, y, 10, label)
        widgets.append((210, y - 8, 540, y + 18))
        y -= 26
    y -= 20
    for line in CH_NOTE:
        text(60, y, 9, line)
        y -= 16
    text(380, y - 30, 10, "申请人签字：　　　　　　年　月　日")
    stream = zlib.compress("\n".join(content).encode("ascii"), 9)
    n_fixed = 8
    field_ids = list(range(n_fixed + 1, n_fixed + 1 + len(CH_FIELDS)))
    annots = b" ".join(b"%d 0 R" % i for i in field_ids)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm 7 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R /Annots [" + annots + b"] >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (GB1) /Supplement 2 >> /FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Fields [" + annots + b"] /NeedAppearances true /DR << /Font << /F1 5 0 R >> >> "
        b"/DA (/F1 10 Tf 0 g) >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    for (label, name, value), rect in zip(CH_FIELDS, widgets, strict=True):
        field = (
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T ("
            + name.encode("ascii")
            + b") /TU "
            + pdf_hex16(label)
        )
        if value:
            field += b" /V " + pdf_hex16(value) + b" /DV " + pdf_hex16(value) + b" /Ff 1"
            field += b" /MK << /BC [0 0 0] /BG [0.9 0.9 0.9] >>"
        else:
            field += b" /MK << /BC [0 0 0] >>"
        field += b" /Rect [%d %d %d %d] /P 3 0 R /F 4 /DA (/F1 10 Tf 0 g) >>" % rect
        objs.append(field)
    objs.append(
        b"<< /Title " + pdf_hex16(CH_PDF_TITLE) + b" /Producer (WPS Office) "
        b"/CreationDate (D:20260305090000+08'00') /ModDate (D:20260305090000+08'00') >>"
    )
    info = len(objs)
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
        b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objs) + 1, info, xref)
    )
    return out.getvalue()


CH_GUIDE_TITLE = "长海县海域使用权审批（养殖用海）办事指南"
CH_GUIDE = [
    ["事项", "内容"],
    ["事项名称", "海域使用权审批（开放式养殖用海）"],
    ["实施主体", "长海县自然资源局"],
    [
        "申请材料",
        "1.海域使用申请书；2.申请海域的坐标图（宗海图）；3.海域使用论证材料；4.申请人身份证明或营业执照",
    ],
    ["法定时限", "20个工作日"],
    ["承诺时限", "10个工作日"],
    ["海域使用金", "开放式养殖用海按每公顷每年300元征收"],
    ["使用期限", "养殖用海海域使用权最高期限为15年"],
    ["办理地点", "长海县政务服务中心一楼自然资源窗口"],
]


def write_changhai() -> None:
    write(
        f"辽宁/长海县/{CH_TITLE}.html",
        portal(CH, CH_TITLE, "政务公开 &gt; 规范性文件", "2025-12-30", "长海县海洋发展局", P(CH_BODY)),
    )
    write_bytes(f"辽宁/长海县/{CH_PDF}", ch_form_pdf())
    write(
        f"辽宁/长海县/{CH_GUIDE_TITLE}.html",
        portal(
            CH,
            CH_GUIDE_TITLE,
            "政务服务 &gt; 办事指南",
            "2026-02-26",
            "长海县自然资源局",
            make.table(CH_GUIDE, 'class="bszn" border="1"', thead=False),
        ),
    )
    t = "渔船全损险交了1.2万保费，3个船员平安险每人600元，保费补贴能拿多少？"
    write(
        f"辽宁/长海县/领导留言板 {t}.html",
        letter(
            CH,
            "领导留言板",
            t,
            "于**（獐子岛镇）",
            "2026-04-16",
            """
我是獐子岛镇的渔民，家里一条船值80万左右。今年在互保协会长海办事处给渔船上了全损互助保险，保费12000元；给船上
3个船员都上了人身平安互助保险，每人保费600元。请问县里的保费补贴我能拿多少？
""",
            "长海县海洋发展局",
            "2026-04-20",
            """
您好！根据《长海县渔业互助保险保费补贴实施办法》，渔船全损互助保险补贴保费的50%，渔民人身平安互助保险补贴保费
的60%。您的渔船全损险保费12000元，补贴6000元；3名船员平安险保费共1800元，补贴1080元；合计7080元，未超过每艘渔
船每年2万元的上限。

请持保险单和缴费凭证到县政务服务中心申请。
""",
            "CHLDLY-2026-0416",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 28-32 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 经济")


N1_TITLE = "清洁取暖暖民心 光伏进村添活力 衡水吕梁推进农村能源转型"
N1 = news(
    N1_TITLE,
    "中国能源新闻网",
    "2026-09-14 10:05　来源：中国能源新闻网　记者：高志远",
    """
入秋以来，河北衡水、山西吕梁一些县加紧推进农村清洁取暖和分布式光伏建设。

衡水枣强县今年完成农村“煤改气”5600户、“煤改电”3200户，对壁挂炉、空气源热泵等设备给予购置补贴。衡水景县也已
对“煤改电”“煤改气”农户发放设备购置补贴。衡水阜城县住建局表示，阜城计划明年启动新一轮“煤改气”改造。

枣强县“煤改电”用户采暖季执行峰谷分时电价，谷段电价每千瓦时0.3元。衡水饶阳县也已对“煤改电”用户实行采暖季谷段
电价优惠。

吕梁文水县户用分布式光伏由供电公司代为备案，并网验收10个工作日内完成。吕梁中阳县也已推行户用光伏代备案和并网
“一站式”服务。吕梁汾阳市拟于下半年出台分布式光伏开发建设管理办法。

文水县还推行农村低压用电报装“三零”服务。吕梁岚县也已推行低压报装“零上门、零审批、零投资”。

武邑县的安装师傅常年在枣强施工；柳林县的光伏企业也参与了文水的整村推进项目。
""",
    "京ICP备05042718号",
    ["北方地区清洁取暖工作推进会召开", "整县推进分布式光伏开发"],
)

N2_TITLE = "充电桩建到乡镇 平凉补齐新能源汽车充电短板"
N2 = news(
    N2_TITLE,
    "平凉新闻网",
    "2026-08-05 09:30　来源：平凉新闻网　记者：马晓燕",
    """
新能源汽车开进乡村，充电却常常找不到桩。甘肃平凉一些县加快补齐充电基础设施短板。

平凉崇信县6月起施行新能源汽车充电基础设施建设补贴办法，直流充电桩每千瓦补贴200元，在乡镇建设的补贴上浮。平凉
灵台县也已对公共充电桩给予建设补贴，今年新建乡镇充电站8座。平凉静宁县发改局表示，静宁计划年底前出台充电设施
建设补贴办法。

崇信县供电公司还简化了居民个人自用充电桩报装流程。崆峒区的新能源车主自驾到崇信时说，现在乡镇也能方便充电了。
""",
    "陇ICP备05001620号",
    ["甘肃加快推进充电基础设施建设", "新能源汽车下乡活动走进平凉"],
)

N3_TITLE = "征兵季里优待暖 隆回资中多措并举激发青年参军热情"
N3 = news(
    N3_TITLE,
    "中国国防报网",
    "2026-07-20 08:50　来源：中国国防报网　记者：杨晨　通讯员：刘湘",
    """
2026年下半年征兵工作正在进行。湖南邵阳、四川内江一些县区用实打实的优待政策激发适龄青年参军热情。

邵阳隆回县今年义务兵家庭优待金标准提高到每人每年20000元，高校毕业生入伍的另有增发。邵阳洞口县也已按新标准发放
义务兵家庭优待金。邵阳绥宁县拟于明年提高义务兵家庭优待金标准。

隆回县还对批准入伍的青年给予一次性入伍奖励。邵阳武冈市也已对入伍青年发放一次性入伍奖励。

内江资中县对大学生应征入伍给予县级一次性奖励。内江东兴区也已对大学生入伍给予县级奖励。资中县3月起施行民兵误工
补贴发放办法，基干民兵参加训练和执行任务都有误工补贴。内江市中区也已为参训基干民兵发放误工补贴。内江威远县人武
部表示，威远正在研究，计划年内出台民兵误工补贴办法。

新邵县的退役军人也到隆回分享了军营经历；富顺县的征兵干部专程到资中学习大学生征集经验。
""",
    "京ICP备05020461号",
    ["全国征兵网开通兵役登记", "大学生参军入伍优惠政策问答"],
)

N4_TITLE = "减船转产护资源 休渔补助到人头 舟山宁德渔民有了“定心丸”"
N4 = news(
    N4_TITLE,
    "中国渔业报网",
    "2026-07-10 14:20　来源：中国渔业报网　记者：林海波",
    """
伏季休渔正在进行。浙江舟山、福建宁德一些县区在养护海洋渔业资源的同时，稳住渔民生计。

舟山岱山县今年计划压减海洋捕捞渔船30艘，自愿退出捕捞并拆解渔船的，每千瓦补助5000元。舟山嵊泗县也已开展海洋捕
捞渔船减船转产，今年已拆解渔船12艘。舟山普陀区将于明年启动新一轮减船转产。岱山县还按主机功率向渔船发放渔业发
展补助。

宁德霞浦县对休渔渔民每人发放生活补助1800元。宁德蕉城区也已向休渔渔民发放伏季休渔生活补助。宁德福安市拟于明年
出台休渔渔民生活补助办法。

定海区的渔民也到岱山参观了渔船拆解场；古田县的水产技术人员也到霞浦交流了休渔期转产培训。
""",
    "京ICP备05033857号",
    ["2026年伏季休渔全面开始", "海洋捕捞渔船减船转产工作推进"],
)

N5_TITLE = "互助保险护航出海 大连海岛渔民心里更踏实"
N5 = news(
    N5_TITLE,
    "大连新闻网",
    "2026-05-06 16:40　来源：大连新闻网　记者：于洋",
    """
海上作业风险高，一份保险就是一份保障。辽宁大连一些县区加大渔业互助保险保费补贴力度。

大连长海县今年起施行渔业互助保险保费补贴实施办法，渔船全损互助保险补贴保费的50%，渔民人身平安互助保险补贴60%。
大连普兰店区也已对渔业互助保险给予保费补贴。大连旅顺口区将于明年对海水养殖互助保险给予保费补贴。

长海县还优化了养殖用海审批流程。金州区的养殖户也到长海学习了筏式扇贝养殖保险经验。
""",
    "辽ICP备05017294号",
    ["辽宁推进渔业互助保险", "大连海岛渔业高质量发展"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)]


def write_news() -> None:
    for title, page in NEWS:
        write(f"新闻/{title}.html", page)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_zaoqiang()
    write_wenshui()
    write_chongxin()
    write_longhui()
    write_zizhong()
    write_daishan()
    write_xiapu()
    write_changhai()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
