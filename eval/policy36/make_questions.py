"""Writes eval/policy36/questions.jsonl: questions over eval/policy36/docs (婚俗改革与移风易俗、志愿服务激励
与互助养老、红十字人道服务 of eight regions), written before citeqa was run on them, as chat users relay
their own situation, as agents send keyword queries and as analysts ask which regions. The chat users'
questions carry the asker's situation first, in their own words (3月8号领证 and 户口在城关街道, 67岁 and 30年
村干部, 58岁 and 退休金2900, 5口人 8亩地 20只羊, 63岁退休教师 教毛笔字, 120个司机 18条线路, 61岁 在兰州住了3
次院, 糖尿病多年) and figures that are not the answer (2.8万 and 12桌 where the answer is 5000元, 14场 where
it is 600元, 62个小时 where it is 78个时间币, 6次 and 3个月 where it is 110分, 600小时就四星 where it is 650
小时 and 三星级, 36人 where it is 24名, 18万 where it is 6500元, 1.2万 where it is 23000元), with typos and
homophones (彩里, 婚俗改格, 误工补帖, 时间银航, 爱心超世, 志愿着, 救护员症, 人道求助). Several are answered
only by a 12345 / 县长信箱 / 领导留言板 / 市长信箱 reply (5000元, 600元, 78个时间币, 110分, 650小时, 24名,
6500元, 23000元), some only by a new kind of file (the .mhtml's 2026年4月30日 and 至少一方户籍在凌源; the
.pptm's 2026年6月30日前 and 扫码确认; the .lrc's 2026年7月1日至7月31日; the .gpx's 0435-4231207 and 全天24小
时; the .dotm's 每季度末月10日前), the .xlsx's 合计, the .txt (每月5日和20日, 60分) or the 繁體 page (複訓8學
時, “梅河口紅十字”微信公衆號, 16學時, 有效期3年). The agents' queries are terse (「宁城 志愿者 意外伤害保险
保额」). Regions are named by the county's name, full or short (凌源, 隆德, 祁县, 乐都, 宁城, 梅河口, 镇原,
安达), the analysts' questions by city (朝阳, 固原, 晋中, 海东, 赤峰, 通化, 庆阳, 绥化). Five questions are
in traditional script, two of them in Cantonese (梅河口嘅救護員培訓要上幾多個學時㗎？ and 我阿爸喺梅河口考咗
紅十字救護員證…). The keys are what any correct answer must contain, written as the documents write them (the
繁體 page's keys in traditional script).

Each measure is stated by one region's documents and a roundup that also names a second region having done
it; the roundups name regions that have only planned a measure (喀左, 原州, 昔阳, 化隆, 林西, 集安, 合水, 肇
源: in no expected list) and regions named in passing (龙城, 海原, 榆次, 循化, 克什克腾, 通化县, 华池, 肇州).
The unanswerable questions ask those planned regions, or a neighbour of what a document states (凌源's 彩礼奖
励 for 彩礼 under 1万元, which only the 征求意见稿 had; 镇原's 博爱助学 for a 研究生, where the 办法 names
only 本科 and 专科; 安达's 活体 donation, where the 办法's 捐献者 are those who donate after death).

``python -m eval.policy36.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html by a byte-order mark, else the charset its <meta> names (eval.policy30's reader);
- .mhtml by the stdlib's email parser: the Subject (RFC 2047 decoded), then each text/html part's payload
  decoded from quoted-printable and read as HTML in the charset its <meta> names;
- .pptm by zipfile and lxml: the slides in the order of presentation.xml's sldIdLst (through its
  relationships), a line per a:p with its a:t runs joined, then each slide's notes;
- .lrc (UTF-8, else GB18030): the ti / ar / al / by tags a line each, then the timed lines sorted by time (a
  line with two tags at both times) joined without a break;
- .gpx by lxml: the metadata's name and desc, then per wpt its name, cmt, desc and type, a desc read as HTML
  (the markup the XML escapes stripped);
- .docx and .dotm by zipfile (eval.policy30's reader: the main part through _rels/.rels, a line per w:p with
  its w:t runs joined), .xlsx by openpyxl (eval.policy30's reader), .pdf by pypdf (eval.policy29's reader, a
  page's lines joined), .txt as UTF-8, else GB18030.

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional questions are traditional, that the kinds number as in eval/policy32 … eval/policy35 and that
each new kind of file alone answers some question, and the files' peculiarities: the 征求意见稿 differing
from its final text (5万元, 1000元, 2000元, 彩礼奖励, 2026年1月1日, no 可以同时享受); the repealed 办法 (已废
止, 300小时 for 三星级, 四星级以上, 10万元) beside the new one (同时废止); the .mhtml (Blink's header,
multipart/related with a quoted-printable frame of CRLF lines no longer than 76 characters and many soft
breaks, a cid: stylesheet, a base64 PNG, the Subject decoding to the title, the keys cut so not in the
bytes); the .pptm (the macro-enabled type and not the .pptx one, a VBA project whose dir stream decompresses
to a PROJECTNAME of VBAProject, its relationship, no printer settings, no python-pptx trace, fixed times,
python-pptx reading its six slides, 2026年6月30日前 cut by a bold run so not in any part); the .dotm (the
macro-enabled template type, TemplateProject, vbaData.xml under its relationship, the _GoBack bookmark and
rsid runs, no python-docx trace, fixed times, 每季度末月10日前 cut so not in any part); the .lrc (GBK, CRLF,
the tags, every timed line [mm:ss.xx], one with two tags, the date cut between lines); the .gpx (GPX 1.1,
four wpt inside 梅河口 each with an ele, escaped markup and no CDATA, 全天24小时 cut by it); the GBK page;
the GB18030 .txt (CRLF); the .xlsx (合计 only there, a value and no formula); the 繁體 page (traditional,
zh-TW); the PDF (three pages, “— 2 —” on the second)."""

from __future__ import annotations

import email
import email.policy
import io
import posixpath
import re
import zipfile
from pathlib import Path

import olefile
import opencc
import openpyxl
import pptx
import pypdf
from lxml import etree

from eval import policy_make as make
from eval.policy29.make_questions import main_part, part_rels, pdf_text, strip_html
from eval.policy30.make_questions import docx_text, drawing_paragraphs, html_text, txt_decode, xlsx_text
from eval.policy36 import make_docs as md
from eval.policy_make import Documents, both, doc_path, in_bytes, not_utf8

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
t = _S2T.convert  # a key of the 繁體 page, as that page writes it

LYB = f"辽宁/凌源市/{md.LY_TITLE}.html"
LYQ = f"辽宁/凌源市/{md.LY_DRAFT_TITLE}.html (征求意见稿: 5万元, 1000元, 2000元, 彩礼奖励, 2026年1月1日)"
LYM = f"辽宁/凌源市/{md.LY_MHTML} (Chrome MHTML, quoted-printable)"
LYR = "辽宁/凌源市/12345 3月刚领证，彩礼2.8万、婚宴12桌，还报了520集体婚礼，能拿多少补助？.html"
LDB = f"宁夏/隆德县/{md.LD_TITLE}.html (GBK)"
LDX = f"宁夏/隆德县/{md.LD_XLSX}"
LDR = "宁夏/隆德县/县长信箱 当红白理事会会长，上半年主持了14场婚丧事，误工补贴能领多少？.html"
QXD = f"山西/祁县/{md.QX_DOCX}"
QXP = f"山西/祁县/{md.QX_PPTM} (PowerPoint macro-enabled deck, a date cut by a run)"
QXR = "山西/祁县/12345 退休后做时间银行志愿者，助餐理发夜间陪护都干过，能存多少时间币？.html"
LUB = f"青海/乐都区/{md.LDU_TITLE}.html"
LUT = f"青海/乐都区/{md.LDU_TXT} (GB18030, CRLF, hard-wrapped)"
LUR = "青海/乐都区/12345 我家今年义务劳动6次，评了3个月清洁户，婆婆还评上了好婆婆，能攒多少积分？.html"
NCB = f"内蒙古/宁城县/{md.NC_TITLE}.html"
NCO = f"内蒙古/宁城县/{md.NC_OLD_TITLE}（2021年，已废止）.html (repealed: 300小时, 四星级以上, 10万元)"
NCL = f"内蒙古/宁城县/{md.NC_LRC} (LRC lyrics, GBK, a date cut between timed lines)"
NCR = "内蒙古/宁城县/领导留言板 做了3年志愿者，今年能评几星？能不能免费坐公交？.html"
MHT = f"吉林/梅河口市/{t(md.MH_TITLE)}（繁體版）.html (traditional script)"
MHG = f"吉林/梅河口市/{md.MH_GPX} (GPX waypoints, escaped-HTML descriptions)"
MHR = "吉林/梅河口市/12345 公交公司120名驾驶员已有36人持证，要达到持证率还要培训多少人？.html"
ZYB = f"甘肃/镇原县/{md.ZY_TITLE}.html"
ZYT = f"甘肃/镇原县/{md.ZY_DOTM} (Word macro-enabled template, a date cut by runs)"
ZYN = f"甘肃/镇原县/{md.ZY_LIST_TITLE}.html"
ZYR = "甘肃/镇原县/12345 父亲肺癌治疗自付9.5万元，红十字会大病救助能给多少？.html"
ADP = f"黑龙江/安达市/{md.AD_PDF} (hard-wrapped PDF)"
ADJ = f"黑龙江/安达市/{md.AD_READ_TITLE}.html"
ADR = "黑龙江/安达市/市长信箱 父亲去世后捐献了器官，家里是低保户，能得到哪些救助？.html"
N1, N2, N3, N4, N5 = (f"新闻/{title}.html" for title, _ in md.NEWS)

PLANNED = ["喀左", "原州", "昔阳", "化隆", "林西", "集安", "合水", "肇源"]
PASSING = ["龙城", "海原", "榆次", "循化", "克什克腾", "通化县", "华池", "肇州"]
NEIGHBOURS = ("u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "朝阳哪些县市已经给参加集体婚礼的新人发补助了？打算办的不算",
        ["凌源市", "北票市"],
        both(LYB, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "朝阳 婚姻登记处 婚姻家庭辅导室 婚前辅导 已开设 县市",
        ["凌源市", "朝阳县"],
        both(LYB, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "固原哪些县给村里的红白理事会安排了工作经费？",
        ["隆德县", "彭阳县"],
        both(LDB, N1),
        [],
    ),
    ("r04", "regions", "固原 文明家庭 奖励 已实施 县", ["隆德县", "泾源县"], both(LDB, N1), []),
    (
        "r05",
        "regions",
        "晋中哪些县区在搞“时间银行”互助养老？只算已经推行的",
        ["祁县", "太谷区"],
        both(QXD, N2),
        [],
    ),
    ("r06", "regions", "海东 行政村 爱心超市 积分兑换 已设立 县区", ["乐都区", "平安区"], both(LUB, N2), []),
    ("r07", "regions", "赤峰哪些旗县给星级志愿者免费坐公交？", ["宁城县", "敖汉旗"], both(NCB, N3), []),
    (
        "r08",
        "regions",
        "赤峰 注册志愿者 意外伤害保险 统一购买 旗县",
        ["宁城县", "巴林左旗"],
        both(NCB, N3),
        [],
    ),
    ("r09", "regions", "通化哪些县市的红十字会免费培训救护员？", ["梅河口市", "辉南县"], both(MHT, N4), []),
    ("r10", "regions", "庆阳 红十字 大病 人道救助 已开展 县", ["镇原县", "环县"], both(ZYB, N4), []),
    (
        "r11",
        "regions",
        "庆阳哪些县红十字会搞了博爱助学，资助考上本科的困难学生？",
        ["镇原县", "庆城县"],
        both(ZYB, N4),
        [],
    ),
    (
        "r12",
        "regions",
        "绥化哪些县市对器官捐献者的困难家庭有人道救助？",
        ["安达市", "肇东市"],
        both(ADP, N5),
        [],
    ),
    # 凌源市
    (
        "n01",
        "number",
        "我和老公今年3月8号在凌源领的证，两个人户口都在城关街道，彩里给了2.8万，婚宴在城区办了12桌每桌580，婚车4辆，登记时签了婚事新办承诺书，还报名了520集体婚礼，市里婚俗改格能给我们多少补助？",
        "婚事新办奖励2000元（婚庆消费券）＋集体婚礼补助3000元，合计5000元",
        both(LYR, LYB),
        ["合计5000元"],
    ),
    (
        "n02",
        "number",
        "凌源 婚事新办奖励 消费券 每对",
        "每对给予2000元婚庆消费券（征求意见稿1000元）",
        LYB,
        ["每对给予2000元婚庆消费券"],
    ),
    # 隆德县
    (
        "n03",
        "number",
        "我是隆德沙塘镇一个村的红白理事会会长，67了，当了30年村干部，今年上半年村里办了11场婚事5场丧事，我主持了14场，最多一场才8桌，误工补帖能领多少？",
        "14×50=700元，超过每人每年最高600元，按600元发放",
        both(LDR, LDB),
        ["按600元发放"],
    ),
    (
        "n04",
        "number",
        "隆德县2026年上半年村级红白理事会经费拨付明细表合计拨付了多少钱？",
        f"合计{md.ld_total()}元（{len(md.LD_ROWS)}个村）",
        LDX,
        [str(md.ld_total())],
    ),
    (
        "n05",
        "number",
        "隆德 红白理事会 工作经费 每村每年",
        "每个行政村每年5000元，由县财政列支",
        LDB,
        ["每个行政村每年5000元"],
    ),
    # 祁县
    (
        "n06",
        "number",
        "我58岁，去年从祁县棉纺厂退休，退休金2900，今年4月注册了时间银航志愿者，给小区老人助餐40小时、理发12小时、夜间陪护10小时，一共62个小时，能存多少个时间币？",
        "40×1+12×1.5+10×2=78个时间币",
        both(QXR, QXD),
        ["78个时间币"],
    ),
    (
        "n07",
        "number",
        "祁县 时间银行 服务站 运营补贴",
        "每个服务站运营补贴每年2万元，县民政局按年度考核后拨付",
        QXD,
        ["每个服务站运营补贴每年2万元"],
    ),
    # 乐都区
    (
        "n08",
        "number",
        "乐都高庙镇的，家里5口人种8亩地还养了20只羊，今年义务劳动参加了6次，3个月评上清洁户，婆婆评上了好婆婆，爱心超世能攒多少分？",
        "6×5+3×10+50=110分，可兑换价值110元的物品",
        both(LUR, LUB),
        ["110分"],
    ),
    (
        "n09",
        "number",
        "乐都区 爱心超市 运营经费 补助 每年",
        "区财政对每个爱心超市每年补助运营经费8000元",
        LUB,
        ["每年补助运营经费8000元"],
    ),
    # 宁城县
    (
        "n10",
        "number",
        "我63岁退休教师，在宁城天义镇社区做志愿着教毛笔字，系统里2023年210小时、2024年260小时、2025年180小时，以前说600小时就四星了，按新办法我一共多少小时、评几星？",
        "210+260+180=650小时，达到三星级（新办法600小时为三星级、1000小时为四星级）",
        both(NCR, NCB),
        ["650小时"],
    ),
    (
        "n11",
        "number",
        "宁城 志愿者 意外伤害保险 保额",
        "保额每人20万元（2021年旧办法为10万元）",
        NCB,
        ["保额每人20万元"],
    ),
    # 梅河口市
    (
        "n12",
        "number",
        "我是梅河口一家公交公司的安全主管，公司120个司机18条线路，去年36个人考了救护员症，今年要达到持证率还得再培训几个人？",
        "120×50%=60人，已有36人，还需培训24名",
        both(MHR, MHT),
        ["24名"],
    ),
    (
        "n13",
        "number",
        "梅河口 救护员证 复训 学时",
        "到期前3个月内可以参加复训，复训8学时",
        MHT,
        [t("复训8学时")],
    ),
    # 镇原县
    (
        "n14",
        "number",
        "我爸61岁，家在镇原屯字镇，今年1月查出肺癌，到5月在兰州住了3次院，总共花了18万，医保报完自己付的合规费用9.5万，红十字会人道求助能给多少？",
        "（95000\u221230000）×10%=6500元",
        both(ZYR, ZYB),
        ["6500元"],
    ),
    (
        "n15",
        "number",
        "镇原 红十字 大病救助 每人每年 最高",
        "超过3万元部分按10%救助，每人每年最高1万元",
        ZYB,
        ["每人每年最高1万元"],
    ),
    # 安达市
    (
        "n16",
        "number",
        "我爸今年3月脑出血走了，生前登记过，去世后在哈尔滨捐了肝和两个肾救了3个人，我家在安达东城街道，我妈糖尿病多年，家里是低保户，丧事花了1.2万，能拿多少救助？",
        "人道救助金20000元＋丧葬补助3000元，合计23000元",
        both(ADR, ADP),
        ["合计23000元"],
    ),
    (
        "n17",
        "number",
        "安达 遗体 角膜 捐献者 家庭困难 人道救助金",
        "最高5000元（人体器官捐献者家庭最高2万元）",
        ADP,
        ["最高5000元"],
    ),
    # dates
    (
        "t01",
        "date",
        "凌源520集体婚礼报名截止到哪天？",
        "即日起至2026年4月30日（名额30对）",
        LYM,
        ["2026年4月30日"],
    ),
    (
        "t02",
        "date",
        "凌源 婚俗改革实验区 实施方案 施行日期",
        "自2026年3月1日起施行（征求意见稿为2026年1月1日）",
        LYB,
        ["2026年3月1日"],
    ),
    (
        "t03",
        "date",
        "祁县时间银行首批志愿者注册截止到什么时候？",
        "2026年6月30日前",
        QXP,
        ["2026年6月30日前"],
    ),
    (
        "t04",
        "date",
        "宁城今年星级志愿者认定什么时候申报？",
        "2026年7月1日至7月31日，向所在村（社区）新时代文明实践站申报",
        NCL,
        ["2026年7月1日至7月31日"],
    ),
    (
        "t05",
        "date",
        "宁城 志愿者礼遇激励办法 施行时间",
        "自2026年5月1日起施行，2021年的星级认定和激励办法同时废止",
        NCB,
        ["2026年5月1日"],
    ),
    (
        "t06",
        "date",
        "镇原红十字会第一季度人道救助对象公示到哪天？",
        "公示期为2026年4月8日至4月14日",
        ZYN,
        ["2026年4月8日至4月14日"],
    ),
    (
        "t07",
        "date",
        "镇原 人道救助申请表 乡镇 报送 县红十字会 时间",
        "乡镇红十字会于每季度末月10日前报送",
        ZYT,
        ["每季度末月10日前"],
    ),
    (
        "t08",
        "date",
        "乐都的爱心超市每个月哪几天能兑换东西？",
        "每月5日和20日上午9:00至12:00",
        LUT,
        ["每月5日和20日"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "凌源的婚事新办奖励去哪申请？有没有时间限制？",
        "结婚登记后6个月内向一方户籍所在乡镇（街道）民政办申请，审核、复核并公示5个工作日后发放",
        LYB,
        ["6个月内", "乡镇（街道）民政办"],
    ),
    (
        "p02",
        "procedure",
        "隆德 婚丧事宜 报备 时间",
        "婚事须提前7天、丧事须在1天内向本村红白理事会报备",
        LDB,
        ["婚事须提前7天", "丧事须在1天内"],
    ),
    (
        "p03",
        "procedure",
        "祁县时间银行上门服务做完了，服务时长怎么确认？",
        "服务结束由老人或家属扫码确认，系统按类别自动折算时间币",
        QXP,
        ["扫码确认"],
    ),
    (
        "p04",
        "procedure",
        "梅河口 个人 报名 救护员培训 渠道",
        "个人可以通过“梅河口红十字”微信公众号报名；单位每期30至40人集中报名",
        MHT,
        [t("“梅河口红十字”微信公众号")],
    ),
    (
        "p05",
        "procedure",
        "镇原红十字会人道救助的申请流程是怎样的？",
        "向户籍所在村（社区）申请，乡镇红十字会初审，县红十字会审核并公示5个工作日，无异议的15个工作日内发放",
        ZYB,
        ["乡镇红十字会初审", "公示5个工作日"],
    ),
    (
        "p06",
        "procedure",
        "在安达想登记成为器官捐献志愿者，去哪登记？",
        "到市红十字会登记，也可以通过中国人体器官捐献管理中心网站在线登记",
        ADP,
        ["中国人体器官捐献管理中心网站"],
    ),
    (
        "p07",
        "procedure",
        "乐都 爱心超市 积分 评定 公示",
        "村“两委”每月评定一次，在村务公开栏公示3天后记入《爱心积分卡》",
        LUB,
        ["每月评定一次", "公示3天"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "凌源的婚事新办奖励和集体婚礼补助能一起拿吗？",
        "可以：两项可以同时享受",
        LYB,
        ["可以同时享受"],
    ),
    (
        "y02",
        "yesno",
        "隆德 党员干部 操办婚事 需不需要 报告",
        "需要：须提前向所在党组织报告",
        LDB,
        ["须提前向所在党组织报告"],
    ),
    (
        "y03",
        "yesno",
        "我在祁县时间银行存的时间币，能不能给我妈用？",
        "可以：时间币可以转赠给本人直系亲属使用",
        QXD,
        ["转赠给本人直系亲属"],
    ),
    ("y04", "yesno", "祁县 时间币 会不会过期", "不会：全县通存通兑，长期有效", QXD, ["长期有效"]),
    (
        "y05",
        "yesno",
        "乐都爱心超市攒的积分能直接换成现金吗？",
        "不能：积分不得兑换现金、不得转让",
        LUB,
        ["积分不得兑换现金"],
    ),
    (
        "y06",
        "yesno",
        "我在宁城是二星级志愿者，能免费坐县城公交吗？",
        "不能：三星级以上志愿者才凭志愿者证免费乘坐县城公交车",
        NCB,
        ["三星级以上志愿者凭志愿者证免费乘坐县城公交车"],
    ),
    (
        "y07",
        "yesno",
        "梅河口 红十字 救护员培训 收不收费",
        "不收费：培训全部免费，教材、考核费用由市红十字会承担",
        MHT,
        [t("培训全部免费")],
    ),
    (
        "y08",
        "yesno",
        "镇原红十字会的大病救助一年能申请两次吗？",
        "不能：大病救助每人每年只能申请一次",
        ZYB,
        ["每人每年只能申请一次"],
    ),
    # lists
    (
        "l01",
        "list",
        "镇原 红十字 人道救助 包括哪些",
        "大病救助、突发事件救助和博爱助学",
        ZYB,
        ["大病救助", "突发事件救助", "博爱助学"],
    ),
    (
        "l02",
        "list",
        "祁县时间银行里哪些服务算专业服务？",
        "理发、康复护理、法律咨询（1小时计1.5个时间币）",
        QXD,
        ["理发、康复护理、法律咨询"],
    ),
    (
        "l03",
        "list",
        "梅河口 应急救护培训 重点人群 行业",
        "教师、公安民警、公交和出租车驾驶员、导游、学校和大型商场保安等",
        MHT,
        [t("教师"), t("公安民警"), t("导游")],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "祁县 时间银行 志愿者 年龄 条件",
        "年满16周岁、身体健康、具有服务能力的本县居民",
        QXD,
        ["年满16周岁"],
    ),
    (
        "e02",
        "eligibility",
        "凌源520集体婚礼哪些人能报名？",
        "2026年1月1日以后在凌源市登记结婚、至少一方户籍在凌源的新人",
        LYM,
        ["至少一方户籍在凌源"],
    ),
    (
        "e03",
        "eligibility",
        "镇原 博爱助学 资助 条件",
        "当年考入全日制普通本科的困难家庭学生（每人3000元；专科2000元）",
        ZYB,
        ["全日制普通本科"],
    ),
    # fields
    ("f01", "field", "梅河口站应急救护站 电话", "0435-4231207", MHG, ["0435-4231207"]),
    ("f02", "field", "乐都爱心超市换一桶5升的食用油要多少积分？", "60分", LUT, ["60分"]),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "在宁城当志愿者万一出了意外，县里有没有给上保险？",
        "有：县文明办每年为注册志愿者统一购买志愿服务意外伤害保险，保额每人20万元",
        NCB,
        ["志愿服务意外伤害保险"],
    ),
    (
        "a02",
        "paraphrase",
        "在安达，捐了器官的人，家里人以后去医院看病有啥照顾没？",
        "直系亲属在本市公立医疗机构就医，免收普通门诊诊查费",
        ADP,
        ["免收普通门诊诊查费"],
    ),
    (
        "a03",
        "paraphrase",
        "半夜在梅河口火车站有人晕倒了，旁边的红十字救护站这时候有人吗？",
        "有：梅河口站应急救护站全天24小时有人值守，配备AED 2台",
        MHG,
        ["全天24小时"],
    ),
    # traditional script: two in Cantonese
    (
        "c01",
        "traditional",
        "梅河口嘅救護員培訓要上幾多個學時㗎？",
        "救護員培訓16學時（普及培訓4學時）",
        MHT,
        [t("救护员培训16学时")],
    ),
    (
        "c02",
        "traditional",
        "我阿爸喺梅河口考咗紅十字救護員證，張證有效期係幾耐？",
        "證書有效期3年，到期前3個月內可以複訓",
        MHT,
        [t("证书有效期3年")],
    ),
    (
        "c03",
        "traditional",
        "凌源市集體婚禮每對新人補助多少錢？",
        "每對補助3000元（徵求意見稿2000元）",
        LYB,
        ["每对补助3000元"],
    ),
    (
        "c04",
        "traditional",
        "安達市器官捐獻者家庭經濟困難的，人道救助金最高多少？",
        "最高2萬元，低保、特困家庭按最高標準給予",
        ADP,
        ["最高2万元"],
    ),
    (
        "c05",
        "traditional",
        "寧城縣志願者要累計多少小時才算三星級？",
        "累計600小時（2021年舊辦法為300小時）",
        NCB,
        ["600小时为三星级"],
    ),
    # unanswerable: planned-only regions, neighbours of what the documents state
    ("u01", "unanswerable", "喀左县集体婚礼新人每对补助多少？", "应拒答：喀左只是计划明年举办", "-", []),
    (
        "u02",
        "unanswerable",
        "原州区 红白理事会 工作经费 每村 每年",
        "应拒答：原州只是拟于下半年出台",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "昔阳县时间银行服务1小时能存几个时间币？",
        "应拒答：昔阳只是计划年内启动试点",
        "-",
        [],
    ),
    ("u04", "unanswerable", "化隆县 爱心超市 积分 兑换 标准", "应拒答：化隆只是拟于明年推广", "-", []),
    ("u05", "unanswerable", "林西县三星级志愿者能免费坐公交吗？", "应拒答：林西只是将于下半年出台", "-", []),
    ("u06", "unanswerable", "集安市 救护员培训 收费 标准", "应拒答：集安只是计划明年起免费开展", "-", []),
    ("u07", "unanswerable", "合水县红十字会大病救助最高给多少？", "应拒答：合水只是拟于年内出台", "-", []),
    (
        "u08",
        "unanswerable",
        "肇源县 器官捐献者 家属 人道救助金 标准",
        "应拒答：肇源只是拟于明年出台",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "我们在凌源结婚彩礼只要了8000块，听说彩礼不超过1万元还能另外再奖励1000元，是真的吗？",
        "应拒答：只有征求意见稿有彩礼不超过1万元另奖1000元，正式方案已删去",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "我家孩子今年考上了研究生，家里困难，镇原红十字会博爱助学能资助多少？",
        "应拒答：办法只规定考入全日制普通本科、专科的资助",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "安达 活体 捐肾 给儿子 人道救助金 多少",
        "应拒答：办法所称捐献者是公民逝世后捐献，没有活体捐献的救助",
        "-",
        [],
    ),
]


# ---------- readers of the new kinds of file ----------
def mhtml_text(data: bytes) -> str:
    """An MHTML snapshot by the stdlib's email parser: the Subject (RFC 2047 decoded), then each text/html
    part's payload decoded from its transfer encoding and read as HTML (the charset its <meta> names)."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    lines = [str(msg["Subject"])]
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            lines.append(html_text(payload))
    return "\n".join(lines)


PML = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
OFC_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def pptm_text(data: bytes) -> str:
    """A PowerPoint package (.pptx / .pptm) by zipfile and lxml: the slides in the order of the
    presentation's sldIdLst, each a line per a:p (its a:t runs joined), then the slide's notes the same
    way."""
    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = main_part(z)
        rels = part_rels(z, main)
        pres = etree.fromstring(z.read(main))
        for sld in pres.iter(f"{PML}sldId"):
            slide = posixpath.normpath(rels[sld.get(f"{OFC_R}id")][1])
            lines += drawing_paragraphs(z.read(slide))
            for kind, target in part_rels(z, slide).values():
                if kind.endswith("/notesSlide"):
                    lines += drawing_paragraphs(z.read(posixpath.normpath(target)))
    return "\n".join(line for line in lines if line)


TIME_TAGS = re.compile(r"^((?:\[\d+:\d+(?:\.\d+)?\])+)(.*)$")
ID_TAG = re.compile(r"^\[(ti|ar|al|by):(.*)\]$")


def lrc_text(data: bytes) -> str:
    """An LRC file (UTF-8, else GB18030): the title, artist, album and author tags a line each, then the
    timed lines in time order (a line with several tags at each of its times), joined without a break (a
    break between timed lines falls inside a Chinese sentence)."""
    meta, timed = [], []
    for line in txt_decode(data).splitlines():
        m = TIME_TAGS.match(line)
        if m:
            for mm, ss in re.findall(r"\[(\d+):(\d+(?:\.\d+)?)\]", m.group(1)):
                timed.append((int(mm) * 60 + float(ss), m.group(2)))
        elif ID_TAG.match(line):
            meta.append(ID_TAG.match(line).group(2))  # type: ignore[union-attr]
    timed.sort(key=lambda x: x[0])
    return "\n".join(meta) + "\n" + "".join(text for _, text in timed)


GPX = "{http://www.topografix.com/GPX/1/1}"


def gpx_text(data: bytes) -> str:
    """A GPX 1.1 file by lxml: the metadata's name and desc, then per wpt its name, cmt, desc and type; a
    desc read as HTML (its markup, escaped in the XML, stripped)."""
    root = etree.fromstring(data)
    meta = root.find(f"{GPX}metadata")
    assert meta is not None
    lines = [meta.findtext(f"{GPX}name") or "", strip_html(meta.findtext(f"{GPX}desc") or "")]
    for wpt in root.iter(f"{GPX}wpt"):
        for name in ("name", "cmt", "desc", "type"):
            value = wpt.findtext(f"{GPX}{name}") or ""
            lines.append(strip_html(value) if name == "desc" else value)
    return "\n".join(lines)


# each document's text as decoded from its bytes (see the module's docstring), its bytes and parts
DOCUMENTS = Documents(
    md.DOCS,
    (
        (".mhtml", mhtml_text),
        (".html", html_text),
        (".docx", docx_text),
        (".dotm", docx_text),
        (".xlsx", xlsx_text),
        (".pptm", pptm_text),
        (".pdf", pdf_text),
        (".txt", txt_decode),
        (".lrc", lrc_text),
        (".gpx", gpx_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw
zpart = DOCUMENTS.part

ONLY = {
    LYM: ["2026年4月30日", "至少一方户籍在凌源", "0421-6822513", "婚纱礼服"],
    QXP: ["2026年6月30日前", "扫码确认", "0354-5233619"],
    NCL: ["2026年7月1日至7月31日", "0476-4223719"],
    MHG: ["全天24小时", "0435-4231207", "应急救护站16个"],
    ZYT: ["每季度末月10日前", "一式三份", "0934-8621439"],
    LUT: ["每月5日和20日", "食用油（5L）"],
    LDX: [str(md.ld_total())],
    MHT: [t("复训8学时"), t("“梅河口红十字”微信公众号")],
    LYR: ["合计5000元"],
    LDR: ["按600元发放"],
    QXR: ["78个时间币"],
    LUR: ["110分"],
    NCR: ["650小时"],
    MHR: ["24名"],
    ZYR: ["6500元"],
    ADR: ["合计23000元"],
}
# keys cut in the file's bytes (by quoted-printable, runs, timed lines or escaped markup), found only in
# its decoded text
CUT = {
    LYM: ["2026年4月30日", "至少一方户籍在凌源", "婚纱礼服", "0421-6822513"],
    QXP: ["2026年6月30日前"],
    NCL: ["2026年7月1日至7月31日"],
    MHG: ["全天24小时"],
    ZYT: ["每季度末月10日前"],
}
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
VBA_STREAMS = {"PROJECT", "PROJECTwm", "VBA/_VBA_PROJECT", "VBA/dir", "VBA/Module1"}


def check_vba(data: bytes, project: str) -> None:
    """A vbaProject.bin: OLE2 with the project's streams, its PROJECT naming ``project``, and VBA/dir a
    compressed container whose PROJECTNAME record is ``project`` in code page 936."""
    assert data.startswith(OLE)
    ole = olefile.OleFileIO(io.BytesIO(data))
    streams = {"/".join(s) for s in ole.listdir()}
    assert VBA_STREAMS <= streams, streams
    assert f'Name="{project}"'.encode() in ole.openstream("PROJECT").read()
    container = ole.openstream("VBA/dir").read()
    assert container[0] == 1
    body = b""
    i = 1
    while i < len(container):
        header = int.from_bytes(container[i : i + 2], "little")
        size, compressed = (header & 0x0FFF) + 3, header & 0x8000
        chunk = container[i + 2 : i + size]
        if compressed:
            for j in range(0, len(chunk), 9):
                assert chunk[j] == 0  # literal tokens only
                body += chunk[j + 1 : j + 9]
        else:
            body += chunk
        i += size
    name = project.encode("cp936")
    assert body.startswith(b"\x01\x00\x04\x00\x00\x00\x01\x00\x00\x00")  # PROJECTSYSKIND, Win32
    assert b"\x04\x00" + len(name).to_bytes(4, "little") + name in body  # PROJECTNAME
    assert body.endswith(b"\x10\x00\x00\x00\x00\x00")  # the dir terminator


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert 30 <= len(texts) <= 34, len(texts)
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(LYB)), doc_text(doc_path(LYQ))
    assert "每对补助3000元" in final and "每对补助2000元" in draft
    assert "每对给予2000元婚庆消费券" in final and "每对给予1000元婚庆消费券" in draft
    assert "不超过3万元" in final and "不超过5万元" in draft
    assert "彩礼奖励" in draft and "1万元的，另奖励1000元" in draft and "彩礼奖励" not in final
    assert "2026年3月1日起施行" in final and "2026年1月1日起施行" in draft
    assert "可以同时享受" in final and "可以同时享受" not in draft
    # the repealed 办法 beside the new one
    new, old = doc_text(doc_path(NCB)), doc_text(doc_path(NCO))
    assert "已废止" in old and "同时废止" in new
    assert "600小时为三星级" in new and "300小时为三星级" in old and "600小时为四星级" in old
    assert "保额每人20万元" in new and "保额每人10万元" in old and "四星级以上志愿者" in old
    # the .mhtml: Blink's header, multipart/related, the frame quoted-printable with CRLF lines of at most
    # 76 characters, the stylesheet a cid: part, the picture a base64 PNG
    mht = raw(LYM)
    assert mht.startswith(b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://mp.weixin.qq.com/")
    assert b"Subject: =?utf-8?Q?" in mht and b'multipart/related;\r\n\ttype="text/html"' in mht
    assert b"\n" not in mht.replace(b"\r\n", b"")
    frame = mht.split(b"--" + md.LY_BOUNDARY.encode())[1].split(b"\r\n\r\n", 1)[1]
    assert all(len(line) <= 76 for line in frame.split(b"\r\n")) and frame.count(b"=\r\n") > 50
    msg = email.message_from_bytes(mht, policy=email.policy.default)
    kinds = [
        (p.get_content_type(), p["Content-Transfer-Encoding"]) for p in msg.walk() if not p.is_multipart()
    ]
    assert kinds == [
        ("text/html", "quoted-printable"),
        ("text/css", "quoted-printable"),
        ("image/png", "base64"),
    ]
    png = next(p for p in msg.walk() if p.get_content_type() == "image/png").get_payload(decode=True)
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    assert b"cid:css-" in mht and b"@mhtml.blink" in mht and b"=\r\n" in mht
    assert str(msg["Subject"]) == md.LY_ARTICLE_TITLE
    # the .pptm: the macro-enabled presentation type, a VBA project under its relationship, no printer
    # settings, fixed times, python-pptx reads it, the date cut by a bold run
    types = zpart(QXP, "[Content_Types].xml")
    assert md.PPTM_MAIN in types and md.PPTX_MAIN not in types and md.VBA_TYPE in types
    assert b"relationships/vbaProject" in zpart(QXP, "ppt/_rels/presentation.xml.rels")
    check_vba(zpart(QXP, "ppt/vbaProject.bin"), "VBAProject")
    with zipfile.ZipFile(io.BytesIO(raw(QXP))) as z:
        assert all(i.date_time == md.STAMP for i in z.infolist())
        assert not any("printerSettings" in n for n in z.namelist())
        assert not any(b"python-pptx" in z.read(n) or b"Steve Canny" in z.read(n) for n in z.namelist())
    slide3 = zpart(QXP, "ppt/slides/slide3.xml")
    assert b'<a:rPr b="1"' in slide3 and b"<a:t>30</a:t>" in slide3
    assert len(pptx.Presentation(io.BytesIO(raw(QXP))).slides) == len(md.QX_SLIDES)
    # the .dotm: the macro-enabled template type, a VBA project (TemplateProject) with vbaData.xml under its
    # own relationship, the _GoBack bookmark and rsid runs cutting the date, fixed times
    types = zpart(ZYT, "[Content_Types].xml")
    assert md.DOTM_MAIN in types and md.DOCX_MAIN not in types and b"vnd.ms-word.vbaData+xml" in types
    assert b"relationships/vbaProject" in zpart(ZYT, "word/_rels/document.xml.rels")
    assert b"wordVbaData" in zpart(ZYT, "word/_rels/vbaProject.bin.rels")
    check_vba(zpart(ZYT, "word/vbaProject.bin"), "TemplateProject")
    document = zpart(ZYT, "word/document.xml")
    assert b'w:name="_GoBack"' in document and b'w:rsidR="0052F3B9"' in document
    with zipfile.ZipFile(io.BytesIO(raw(ZYT))) as z:
        assert all(i.date_time == md.STAMP for i in z.infolist())
        assert not any(b"python-docx" in z.read(n) for n in z.namelist())
    # the .lrc: GBK, CRLF, the ID tags, every other line timed [mm:ss.xx], one line with two tags
    lrc = raw(NCL)
    assert not_utf8(lrc) and lrc.count(b"\r\n") == lrc.count(b"\n")
    lines = lrc.decode("gb18030").split("\r\n")
    assert lines[0].startswith("[ti:") and "[offset:0]" in lines
    timed = [line for line in lines if line.startswith("[0")]
    assert len(timed) == len(md.NC_LINES) and all(re.match(r"^(\[\d\d:\d\d\.\d\d\])+\S", x) for x in timed)
    assert any(re.match(r"^\[\d\d:\d\d\.\d\d\]\[\d\d:\d\d\.\d\d\]", x) for x in timed)
    # the .gpx: GPX 1.1, a wpt per 救护站 inside 梅河口, its desc escaped HTML
    gpx = raw(MHG)
    root = etree.fromstring(gpx)
    assert root.tag == f"{GPX}gpx" and root.get("version") == "1.1"
    wpts = list(root.iter(f"{GPX}wpt"))
    assert len(wpts) == len(md.MH_STATIONS)
    for w in wpts:
        lat, lon = float(w.get("lat")), float(w.get("lon"))
        assert 42.4 < lat < 42.6 and 125.6 < lon < 125.8 and w.findtext(f"{GPX}ele")
    assert b"&lt;b&gt;24&lt;/b&gt;" in gpx and b"<![CDATA[" not in gpx
    # the GBK page, the GB18030 .txt (CRLF), the .xlsx (合计 a value, no formula), the 繁體 page, the PDF
    assert not_utf8(raw(LDB)) and b"charset=gbk" in raw(LDB)
    txt = raw(LUT)
    assert not_utf8(txt) and b"\r\n" in txt and txt.count(b"\r\n") == txt.count(b"\n")
    assert "<f>" not in zpart(LDX, "xl/worksheets/sheet1.xml").decode("utf-8")
    sheet = openpyxl.load_workbook(io.BytesIO(raw(LDX))).active
    assert sheet is not None and sheet.cell(len(md.LD_ROWS) + 3, 1).value == "合计"
    trad = texts[doc_path(MHT)]
    assert 'lang="zh-TW"' in raw(MHT).decode("utf-8") and _T2S.convert(trad) != trad and "紅十字會" in trad
    pdf = pypdf.PdfReader(io.BytesIO(raw(ADP)))
    assert len(pdf.pages) == len(md.AD_PAGES) and "— 2 —" in pdf.pages[1].extract_text()
    # every key of the replies, the cut ones aside, stands in the bytes of some file
    assert in_bytes("合计5000元", raw(LYR))


def check() -> None:
    check_files()
    make.check_roundups("\n".join(doc_text(doc_path(n)) for n in (N1, N2, N3, N4, N5)), PLANNED, PASSING)
    make.check_questions(
        Q, lambda d: doc_text(doc_path(d)), PLANNED, PASSING, NEIGHBOURS, lambda q: _T2S.convert(q) != q
    )
    # the question kinds as eval/policy32 … eval/policy35 have them
    kinds: dict[str, int] = {}
    for q in Q:
        kinds[q[1]] = kinds.get(q[1], 0) + 1
    assert kinds == {
        "regions": 12,
        "number": 17,
        "date": 8,
        "procedure": 7,
        "yesno": 8,
        "list": 3,
        "eligibility": 3,
        "field": 2,
        "paraphrase": 3,
        "traditional": 5,
        "unanswerable": 11,
    }, kinds
    # every new kind of file answers at least one question alone
    for suffix in (".mhtml", ".pptm", ".lrc", ".gpx", ".dotm"):
        assert any(doc_path(q[4]).endswith(suffix) and " | " not in q[4] for q in Q), suffix


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
