"""Writes eval/policy28/questions.jsonl: questions over eval/policy28/docs (群团服务、气象与粮食 of eight
regions), written before citeqa was run on them, as chat users relay their own situation, as agents send
keyword queries and as analysts ask which regions. The chat users' questions carry the asker's situation
first, in their own words (湖镇镇 竹木厂 老婆住院自己掏了3万4, 嵩口镇 茶厂 考了528分, 倪家营镇 打了60多发炮弹,
西集镇 种了85亩 18吨大豆40吨玉米, 曹甸镇 520亩 烘干费2万多) and figures that are not the answer (3万4 where
the answer is 18000元, 528分 where it is 7000元, 60多发 where it is 5400元, 85亩 where it is 6000元, 520亩
where it is 10200元), with typos and homophones (帮服, 疗修养, 两癌筛插, 价外补帖, 哄干, 人影作业点补注, 金秋
助雪). Several are answered only by a 12345 / 领导留言板 / 县长信箱 reply (18000元, 7000元, 5400元, 6000元,
10200元), some only by a table cell (the .et's 3000 and 2026年11月30日前, the bank .csv's 合计 53000.00, the
.xlsx Table's 14362.5 and 2187.5, the embedded worksheet's 240, the PDF attachment's 37800), some only by a
new kind of file (the owner-password PDF's 800元, 8万元, 55周岁 and 100元; the XPS's 15分钟内 and 600元; the
WeChat text's 满200元减50元, 9月1日10:00, 不得转赠 and 永工惠; the <object> sibling's 医保卡 and 30个工作日;
the Outlook newsletter's 2026年5月20日; the hidden-text .docx's visible 2500元 and 不得携带家属; the WPS
slides' notes' 3个工作日内). The agents' queries are terse (「梨树 储备粮 轮换 交易 方式」). Regions are named
by the county's name, full or short (龙游, 永泰, 平南, 临泽, 巴东, 巴彦, 宝应, 梨树), the analysts' questions
by city (衢州, 福州, 贵港, 张掖, 恩施, 哈尔滨, 扬州, 四平). Five questions are in traditional script, two of
them in Cantonese (我阿媽喺平南鄉下… 可唔可以免費做兩癌檢查？ and 我老豆喺龍游做嘢…每年有幾多生活救助？), one
asking the Hong Kong page (2.4萬元), the others simplified documents. The keys are what any correct answer
must contain, written as the documents write them.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (开化, 连江, 港北, 山丹, 利川, 依兰, 伊通, 仪征: in
no expected list) and regions named in passing (柯城区, 闽侯, 藤县, 民乐, 咸丰, 通河, 东丰, 金湖). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (梨树's 2025 轮换计
划 where the 计划表 is for 2026, 平南's 第一季度 贴息 where the 明细 is for 第二季度, 宝应's 玉米 烘干 where
the 公示 names 稻谷 and 小麦 only).

``python -m eval.policy28.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html / .htm in the charset its <meta> names (UTF-8 unless it says gb2312), comments (Outlook's conditional
  blocks among them), <script> and <style> dropped, tags stripped, references resolved; then the file each
  <object data> / <embed src> names beside it, read the same way;
- .docx by zipfile: the main part through _rels/.rels, a line per w:p with the runs marked w:vanish left out
  (hidden text is not the document's text); then each embedded package (…/relationships/package) that is a
  workbook, read as .xlsx;
- .xlsx by openpyxl: the worksheets (a chart sheet has no cells), a line per row, non-empty cells joined by
  tabs, a number in a percent format shown as a percent, an integral float as an integer;
- .et by xlrd (BIFF8): a line per row, non-empty cells joined by tabs, integral floats as integers;
- .pdf by pypdf, decrypted with the empty user password when encrypted: the pages' text with line breaks
  removed (hard wraps split figures), then every embedded file (the /EmbeddedFiles name tree) read by its
  suffix;
- .xps by zipfile: FixedDocumentSequence → FixedDocument → FixedPage, every <Glyphs UnicodeString> in order,
  joined without breaks;
- .pptx by zipfile: the slides in presentation order, a line per a:p (table cells among them), each followed
  by its notes slide;
- .csv in UTF-8, else GB18030, by the csv module, a line per record, cells joined by tabs;
- .txt by its bytes: empty is empty; UTF-8, else GB18030; CRLF made LF; zero-width spaces and joiners, soft
  hyphens and BOMs removed and non-breaking spaces made spaces (as any reader of a copied WeChat text must).

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional-script page and questions are traditional, and the files' peculiarities: the 征求意见稿 differing
from its final text; the 转载 repeating the 办法's first seven paragraphs and not the rest; the exact
duplicate, the empty file, the two 办事指南.html; the .et (an OLE2 compound file, BIFF8, no zip); the .docx's
embedded worksheet (w:object, v:imagedata, o:OLEObject Excel.Sheet.12, a package relationship, no table or
sheet text in document.xml); the PDF's attachment (an /EmbeddedFiles name tree, the page saying 见附件, the 明
细 not on the page); the owner-password PDF (/Standard, /V 2 /R 3, the empty user password opening it, copying
not permitted); the XPS parts and Glyphs; the WeChat text's invisible characters inside the keys; the <object>
page's own text lacking the article; the Outlook .htm (GB2312, mso conditional comments, VML, MsoNormal, the
报名 date only in the non-mso alternative); the hidden text (w:vanish, its 1800元 not in the visible text);
the chart sheet first and the Table, the apostrophe text number and the percent format; the bank .csv's title
line, empty line, header on line 3, short 合计 line, CRLF and GB18030; the WPS .pptx (app.xml, custom.xml, a
table on the slide, the 时限 only in the notes)."""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import opencc
import openpyxl
import pypdf
import xlrd
from openpyxl.chartsheet import Chartsheet

from eval import policy_make as make
from eval.policy28 import make_docs as md

LYB = f"浙江/龙游县/{md.LY_TITLE}.html (征求意见稿 beside it with other figures)"
LYD = f"浙江/龙游县/{md.LY_DRAFT_TITLE}.html (征求意见稿: 5000元 / 2400元, 2026年1月1日施行)"
LYH = f"浙江/龙游县/{md.LY_REST_DOCX} (an internal note in hidden text with other figures)"
LYN = f"浙江/龙游县/{md.LY_NEWS} (Outlook .htm, GB2312, the 报名 details only in the non-mso alternative)"
LYR = "浙江/龙游县/12345 我是深度困难职工，老婆住院自己掏了3万4，今年能拿多少救助？.html"
YTP = f"福建/永泰县/{md.YT_PH_TITLE}.html"
YTW = f"福建/永泰县/{md.YT_WX} (WeChat copy: zero-width characters, soft hyphens)"
YTJ = f"福建/永泰县/{md.YT_JQ_TITLE}.html"
YTC = f"福建/永泰县/{md.YT_CSV} (bank export: GB18030, title line, header on line 3, short 合计 line)"
YTR = "福建/永泰县/领导留言板 两个孩子一个考上本科一个读高中，金秋助学一共能领多少？.html"
PNA = f"广西/平南县/{md.PN_LA_TITLE}.html"
PNG = "广西/平南县/办事指南.html (the article only in the <object>'s sibling .htm; the same name as 宝应's)"
PNL = f"广西/平南县/{md.PN_LOAN_TITLE}.html"
PNX = f"广西/平南县/{md.PN_XLSX} (a chart sheet first, a Table on the second sheet)"
LZP = f"甘肃/临泽县/{md.LZ_PDF} (encrypted, owner password only)"
LZR = "甘肃/临泽县/12345 在作业点干了5个月，打了14次炮，补贴该拿多少？.html"
BDX = f"湖北/巴东县/{md.BD_XPS} (XPS: Glyphs UnicodeString)"
BDP = f"湖北/巴东县/{md.BD_PPTX} (WPS 演示: a table on the slide, the 时限 in the notes)"
BYB = f"黑龙江/巴彦县/{md.BY_TITLE}.html"
BYD = f"黑龙江/巴彦县/{md.BY_DOCX} (the 附件 only an embedded Excel worksheet)"
BYH = f"黑龙江/巴彦县/{md._S2HK.convert(md.BY_HK_TITLE)}_香港農經網.html (Hong Kong traditional script)"
BYR = "黑龙江/巴彦县/县长信箱 交了18吨大豆40吨玉米，都是三等，订单价外补贴能拿多少？.html"
BGP = f"江苏/宝应县/{md.BYG_PDF} (the 明细 an attached .xlsx)"
BGG = "江苏/宝应县/办事指南.html (烘干补贴; the same name as 平南's)"
BGR = "江苏/宝应县/12345 种了520亩稻子，烘干了340吨，烘干补贴有多少？.html"
LSB = f"吉林/梨树县/{md.LS_TITLE}.html"
LSC = f"吉林/梨树县/{md.LS_TITLE}(1).html (exact duplicate)"
LSE = f"吉林/梨树县/{md.LS_ET} (WPS 表格: BIFF8 in OLE2)"
LSZ = "吉林/梨树县/新建文本文档.txt (empty)"
N1 = f"新闻/{md.N1_TITLE}.html"
N2 = f"新闻/{md.N2_TITLE}.html"
N3 = f"新闻/{md.N3_TITLE}.html"
N4 = f"新闻/{md.N4_TITLE}.html"
N5 = f"新闻/{md.N5_TITLE}.html"
N6 = "新闻/龙游县出台困难职工帮扶救助实施办法-衢州市总工会.html (转载, cut after 第三条)"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["开化", "连江", "港北", "山丹", "利川", "依兰", "伊通", "仪征"]
PASSING = ["柯城区", "闽侯", "藤县", "民乐", "咸丰", "通河", "东丰", "金湖"]
NEIGHBOURS = ("u09", "u10", "u11")


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    ("r01", "regions", "哪些县市已经在给困难职工发帮扶救助金了？", ["龙游县", "常山县"], both(LYB, N1), []),
    ("r02", "regions", "职工 疗休养 已组织 县市 衢州", ["龙游县", "江山市"], both(LYH, N1), []),
    (
        "r03",
        "regions",
        "福州哪些县的工会已经给会员发观影券、消费券这些普惠福利？",
        ["永泰县", "闽清县"],
        both(YTP, N1),
        [],
    ),
    ("r04", "regions", "金秋助雪 困难职工子女 已发放 县 福州", ["永泰县", "罗源县"], both(YTJ, N1), []),
    (
        "r05",
        "regions",
        "贵港哪些县区已经给农村妇女做两癌免费检查了？只要已经开展的",
        ["平南县", "覃塘区"],
        both(PNA, N2),
        [],
    ),
    ("r06", "regions", "巾帼 创业担保贷款 贴息 已实行 县区", ["平南县", "港南区"], both(PNL, N2), []),
    (
        "r07",
        "regions",
        "张掖哪些县对人影作业点和作业人员发了补助？",
        ["临泽县", "高台县"],
        both(LZP, N3),
        [],
    ),
    (
        "r08",
        "regions",
        "恩施哪些县已经给农业保险理赔出具气象证明？",
        ["巴东县", "建始县"],
        both(BDP, N3),
        [],
    ),
    ("r09", "regions", "气象灾害预警 叫应 已实行 县 恩施", ["巴东县", "鹤峰县"], both(BDX, N3), []),
    (
        "r10",
        "regions",
        "哈尔滨哪些县已经实行粮食订单收购价外补帖？",
        ["巴彦县", "木兰县"],
        both(BYB, N4),
        [],
    ),
    ("r11", "regions", "种粮大户 哄干 补贴 已实施 县市 扬州", ["宝应县", "高邮市"], both(BGG, N5), []),
    (
        "r12",
        "regions",
        "四平哪些县市已经在做县级储备粮轮换？要已经开展的",
        ["梨树县", "双辽市"],
        both(LSB, N4),
        [],
    ),
    # 龙游县 总工会
    (
        "n01",
        "number",
        "我在湖镇镇竹木厂上班，是厂里认定的深度困难职工，一家4口，今年老婆住院医保报完自己还掏了3万4，"
        "县总工会的帮服救助今年一共能拿多少？",
        "生活救助6000元＋医疗救助（3.4万元－1万元）×50%=1.2万元，合计18000元",
        both(LYR, LYB),
        ["18000元"],
    ),
    (
        "n02",
        "number",
        "龙游 相对困难职工 生活救助 每户每年",
        "每户每年3000元，春节前一次性发放",
        LYB,
        ["每户每年3000元"],
    ),
    (
        "n03",
        "number",
        "龙游困难职工帮扶救助办法的征求意见稿里，深度困难职工家庭每年生活救助是多少？",
        "征求意见稿：每户每年5000元（正式办法为6000元）",
        LYD,
        ["每户每年5000元"],
    ),
    (
        "n04",
        "number",
        "龙游职工去省外疗修养，县总工会每人补贴多少？",
        "省外线路每人2500元（省内1500元）",
        LYH,
        ["省外线路每人2500元"],
    ),
    # 永泰县 总工会
    (
        "n05",
        "number",
        "永泰 工会会员 生日慰问 电子券 金额",
        "生日当月发放生日慰问电子券200元",
        YTP,
        ["200元"],
    ),
    (
        "n06",
        "number",
        "永泰工会第二批会员消费券是满多少减多少？",
        "单笔满200元减50元，共1万份，每人限领1张",
        YTW,
        ["满200元减50元"],
    ),
    (
        "n07",
        "number",
        "我是嵩口镇茶厂的相对困难职工，大儿子高考考了528分上了福州的本科，小女儿在县一中读高二，"
        "金秋助学两个孩子一共能领多少？",
        "本科5000元＋普通高中2000元=7000元",
        both(YTR, YTJ),
        ["7000元"],
    ),
    (
        "n08",
        "number",
        "永泰 金秋助学 考入 专科 高职 资助",
        "考入全日制专科（高职）的每人一次性资助3000元",
        YTJ,
        ["每人一次性资助3000元"],
    ),
    (
        "n09",
        "number",
        "永泰县总工会今年金秋助学金银行代发一共发了多少钱？",
        "合计15笔，53000.00元",
        YTC,
        ["53000.00"],
    ),
    # 平南县
    (
        "n10",
        "number",
        "平南 巾帼创业担保贷款 个人 最高 额度",
        "个人贷款额度最高30万元（小微企业最高300万元）",
        PNL,
        ["最高30万元"],
    ),
    (
        "n11",
        "number",
        "平南县2026年第二季度巾帼创业担保贷款贴息资金合计多少？",
        "合计14362.50元",
        PNX,
        ["14362.5"],
    ),
    (
        "n12",
        "number",
        "临泽县人工影响天气作业人员作业期每个月补贴多少？",
        "作业期内每人每月补贴800元，每作业一次另补100元",
        LZP,
        ["每人每月补贴800元"],
    ),
    (
        "n13",
        "number",
        "我在倪家营镇高炮作业点当作业员，今年47岁，5月到9月值守了5个月，参加了14次防雹作业，"
        "打了60多发炮弹，这一季补贴一共该拿多少？",
        "5个月×800元=4000元，14次×100元=1400元，合计5400元（按次不按炮弹发数）",
        both(LZR, LZP),
        ["5400元"],
    ),
    (
        "n14",
        "number",
        "临泽 标准化 人影作业点 建设 补注 每个",
        "验收合格后每个补助建设资金8万元，运行维护每个每年1.2万元",
        LZP,
        ["8万元"],
    ),
    (
        "n15",
        "number",
        "巴东 村 气象信息员 补贴 每年",
        "每人每年补贴600元，年底考核发放",
        BDX,
        ["600元"],
    ),
    (
        "n16",
        "number",
        "我是西集镇的，家里种了85亩地，4月份和粮库签了订单，11月交了18吨大豆、40吨玉米，化验都是三等，"
        "价外补贴能拿多少？",
        "大豆18吨×200元=3600元，玉米40吨×60元=2400元，合计6000元",
        both(BYR, BYB),
        ["6000元"],
    ),
    (
        "n17",
        "number",
        "巴彦订单大豆如果是二等的，价外补贴加质量加价每吨一共多少？",
        "价外补贴200元＋质量加价40元=每吨240元",
        BYD,
        ["240"],
    ),
    (
        "n18",
        "number",
        "我在曹甸镇流转了520亩种水稻，秋收后340吨送到产后服务中心烘干，烘干费花了2万多，"
        "种粮大户哄干补贴能拿多少？",
        "340吨×30元=10200元（按烘干量算，与烘干费无关）",
        both(BGR, BGG),
        ["10200元"],
    ),
    (
        "n19",
        "number",
        "宝应 烘干补贴 公示 丰禾 合作社 补贴金额",
        "烘干稻谷1260吨×30元=37800元",
        BGP,
        ["37800"],
    ),
    (
        "n20",
        "number",
        "梨树县孤家子粮库今年县级储备玉米要轮换多少吨？",
        "3000吨（2023年产玉米，6月—7月轮出，10月31日前轮入）",
        LSE,
        ["3000"],
    ),
    (
        "n21",
        "number",
        "梨树 县级储备粮 每年 轮换 比例",
        "每年轮换数量原则上为储存总量的三分之一",
        LSB,
        ["三分之一"],
    ),
    # dates
    ("t01", "date", "龙游困难职工帮扶救助实施办法从哪天起施行？", "2026年3月1日", LYB, ["2026年3月1日"]),
    (
        "t02",
        "date",
        "龙游县总工会今年职工疗休养报名什么时候截止？",
        "2026年5月20日（登录“浙工之家”APP报名）",
        LYN,
        ["2026年5月20日"],
    ),
    (
        "t03",
        "date",
        "永泰 金秋助学 申请 时间",
        "2026年7月15日至8月31日",
        both(YTJ, YTR),
        ["2026年7月15日至8月31日"],
    ),
    ("t04", "date", "永泰工会第二批消费券几号几点开抢？", "9月1日10:00", YTW, ["9月1日10:00"]),
    ("t05", "date", "临泽 防雹 作业期", "每年5月1日至9月30日", LZP, ["5月1日至9月30日"]),
    (
        "t06",
        "date",
        "宝应秋粮烘干补贴最晚什么时候前申报？",
        "秋粮于12月20日前申报，逾期不予受理",
        BGG,
        ["12月20日前"],
    ),
    (
        "t07",
        "date",
        "梨树 郭家店粮库 储备玉米 轮入 时间",
        "2026年11月30日前轮入（7月—8月轮出）",
        LSE,
        ["2026年11月30日前"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "龙游困难职工帮扶救助怎么申请？要不要公示？",
        "向所在单位工会或乡镇（街道）总工会申请→入户核查→单位内部公示5个工作日→县总工会审批后15个工作日内发放",
        LYB,
        ["公示5个工作日"],
    ),
    (
        "p02",
        "procedure",
        "我妈在平南农村，想去做两癌筛插，要带什么去哪里预约？结果多久出来？",
        "带身份证、医保卡到户籍所在乡镇卫生院登记预约；检查后30个工作日内告知结果",
        PNG,
        ["医保卡", "乡镇卫生院", "30个工作日"],
    ),
    (
        "p03",
        "procedure",
        "巴东 红色预警 叫应 流程 时限",
        "红色预警发布后15分钟内电话叫应防指和各乡镇主要负责人；乡镇通知村气象信息员传递到户，1小时内反馈",
        BDX,
        ["15分钟内"],
    ),
    (
        "p04",
        "procedure",
        "巴东农业保险理赔要气象证明，去哪申请，多久能出？",
        "凭受灾地点、受灾时间向县气象局申请，3个工作日内出具，免费",
        BDP,
        ["3个工作日内"],
    ),
    (
        "p05",
        "procedure",
        "宝应 种粮大户 烘干补贴 申报 材料",
        "申报表、土地流转合同或承包经营权证明、烘干作业单据、身份证和“一卡通”复印件",
        BGG,
        ["土地流转合同", "烘干作业单据"],
    ),
    (
        "p06",
        "procedure",
        "梨树 储备粮 轮换 交易 方式",
        "原则上通过吉林省粮食交易中心公开竞价交易，其他方式报县发展和改革局批准",
        LSB,
        ["吉林省粮食交易中心", "公开竞价"],
    ),
    (
        "p07",
        "procedure",
        "永泰工会会员的生日慰问券在哪里领？多久内要用掉？",
        "生日当月登录“永工惠”小程序“我的—卡券”领取，自生日当月1日起3个月内有效",
        YTW,
        ["永工惠", "3个月内"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "龙游深度困难职工今年自己付了8000元医药费，能申请医疗救助吗？",
        "不能：年度自付医疗费用超过1万元的部分才给予医疗救助",
        LYB,
        ["超过1万元"],
    ),
    (
        "y02",
        "yesno",
        "龙游职工疗休养能带家属一起去吗？",
        "不能：疗休养期间不得携带家属",
        LYH,
        ["不得携带家属"],
    ),
    ("y03", "yesno", "永泰工会发的观影券能送给朋友用吗", "不能：仅限本人使用，不得转赠", YTW, ["不得转赠"]),
    (
        "y04",
        "yesno",
        "平南县城里的低保妇女能免费做两癌检查吗？",
        "能：城镇低保妇女参照农村妇女执行",
        PNA,
        ["城镇低保妇女"],
    ),
    (
        "y05",
        "yesno",
        "平南巾帼创业贷款贷了4年，第4年还能贴息吗？",
        "不能：贴息期限不超过3年",
        PNL,
        ["不超过3年"],
    ),
    (
        "y06",
        "yesno",
        "临泽 58岁 能当 人影 作业人员 吗",
        "不能：作业人员应当年满18周岁、不超过55周岁",
        LZP,
        ["不超过55周岁"],
    ),
    ("y07", "yesno", "巴东县气象局出农业保险理赔的气象证明收费吗？", "不收费，免费出具", BDP, ["免费"]),
    (
        "y08",
        "yesno",
        "巴彦县没签订单直接卖给粮库的玉米，有价外补贴吗？",
        "没有：未签订订单的不享受价外补贴",
        BYB,
        ["不享受价外补贴"],
    ),
    (
        "y09",
        "yesno",
        "宝应种了60亩水稻的农户能申请烘干补贴吗？",
        "不能：须种植粮食面积100亩以上",
        BGG,
        ["100亩以上"],
    ),
    # traditional script: two in Cantonese; c03 asks the Hong Kong page, the others simplified documents
    (
        "c01",
        "traditional",
        "我阿媽喺平南鄉下，今年58歲，可唔可以免費做兩癌檢查？幾耐做一次？",
        "可以：35—64歲農村婦女免費，每3年可免費檢查1次",
        PNA,
        ["每3年"],
    ),
    (
        "c02",
        "traditional",
        "我老豆喺龍游做嘢，係深度困難職工，每年有幾多生活救助？",
        "深度困難職工家庭每戶每年生活救助6000元，按月發放",
        both(LYB, LYR),
        ["6000元"],
    ),
    (
        "c03",
        "traditional",
        "巴彥縣種糧大戶交售了120噸訂單大豆，價外補貼多收了多少？",
        "每噸200元，多收2.4萬元",
        BYH,
        ["2.4萬元"],
    ),
    (
        "c04",
        "traditional",
        "臨澤縣人工影響天氣作業人員每實施一次作業另補多少？",
        "每人另補100元",
        LZP,
        ["100元"],
    ),
    (
        "c05",
        "traditional",
        "寶應縣種糧大戶烘乾稻穀每噸補貼多少？",
        "稻穀每噸30元（小麥20元）",
        BGP,
        ["每吨补贴30元"],
    ),
    # unanswerable: planned-only regions, a neighbouring year, quarter or crop
    ("u01", "unanswerable", "开化县困难职工帮扶救助标准是多少？", "应拒答：开化县只是拟于明年修订", "-", []),
    ("u02", "unanswerable", "连江县 工会会员 生日慰问 金额", "应拒答：连江县只是计划下半年推出", "-", []),
    (
        "u03",
        "unanswerable",
        "港北区两癌免费检查的年龄范围是多少？",
        "应拒答：港北区只是拟于明年扩大覆盖",
        "-",
        [],
    ),
    ("u04", "unanswerable", "山丹县人影作业人员每月补贴多少？", "应拒答：山丹县只是计划明年起补贴", "-", []),
    (
        "u05",
        "unanswerable",
        "利川市 农业保险 气象证明 几个工作日 出具",
        "应拒答：利川市只是拟于明年建立",
        "-",
        [],
    ),
    ("u06", "unanswerable", "依兰县订单大豆每吨价外补贴多少？", "应拒答：依兰县只是将出台办法", "-", []),
    ("u07", "unanswerable", "伊通县级储备粮今年轮换多少吨？", "应拒答：伊通只是计划明年开展轮换", "-", []),
    (
        "u08",
        "unanswerable",
        "仪征市种粮大户烘干稻谷每吨补贴多少？",
        "应拒答：仪征市只是拟于明年出台",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "梨树县2025年县级储备粮轮换计划里孤家子粮库轮换了多少吨？",
        "应拒答：计划表只有2026年的",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "平南县2026年第一季度巾帼创业担保贷款贴息资金合计多少？",
        "应拒答：明细只有第二季度的",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "宝应县种粮大户烘干玉米每吨补贴多少？",
        "应拒答：公示和指南只规定稻谷、小麦",
        "-",
        [],
    ),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it."""
    m = re.match(r"(.*?\.(?:html|htm|docx|pptx|xlsx|pdf|txt|csv|et|xps))(?: \(.*\))?$", doc)
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    """Comments (conditional ones among them), <script> and <style> dropped, tags stripped, references
    resolved."""
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    raw = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def html_decode(data: bytes) -> str:
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:2000])
    charset = m.group(1).decode().lower() if m else "utf-8"
    return data.decode("gb18030" if charset in ("gb2312", "gbk") else charset)


def html_own_text(rel: str) -> str:
    return strip_html(html_decode((md.DOCS / rel).read_bytes()))


def html_text(rel: str) -> str:
    """The page's own text, then the text of each file an <object data> or <embed src> names beside it."""
    page = html_decode((md.DOCS / rel).read_bytes())
    out = [strip_html(page)]
    for src in re.findall(r'<(?:object[^>]*\sdata|embed[^>]*\ssrc)="([^"]+)"', page):
        sibling = (md.DOCS / rel).parent / src
        out.append(strip_html(html_decode(sibling.read_bytes())))
    return "\n".join(out)


def xml_lines(xml: str, para: str) -> str:
    """A line per ``para`` element (w:p, a:p), tags stripped, references resolved."""
    return html.unescape(re.sub(r"<[^>]+>", "", xml.replace(f"</{para}>", f"</{para}>\n")))


def part_rels(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type, target resolved against the part's folder)."""
    folder, name = part.rsplit("/", 1) if "/" in part else ("", part)
    rels_name = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    if rels_name not in z.namelist():
        return {}
    out = {}
    for m in re.finditer(r"<Relationship ([^>]*)/>", z.read(rels_name).decode("utf-8")):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        target = attrs["Target"]
        parts = ([] if target.startswith("/") or not folder else folder.split("/")) + target.split("/")
        resolved: list[str] = []
        for p in parts:
            if p == "..":
                resolved.pop()
            elif p:
                resolved.append(p)
        out[attrs["Id"]] = (attrs["Type"], "/".join(resolved))
    return out


def main_part(z: zipfile.ZipFile) -> str:
    for kind, target in part_rels(z, "").values():
        if kind.endswith("/officeDocument"):
            return target
    raise AssertionError("no officeDocument relationship")


HIDDEN_RUN = re.compile(r"<w:r>(?:(?!</w:r>).)*?<w:vanish/>.*?</w:r>", re.S)


def docx_visible(xml: str) -> str:
    return xml_lines(HIDDEN_RUN.sub("", xml), "w:p")


def docx_text(data: bytes) -> str:
    """document.xml a line per w:p, hidden (w:vanish) runs left out; then each embedded workbook."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = main_part(z)
        out = [docx_visible(z.read(main).decode("utf-8"))]
        for kind, target in part_rels(z, main).values():
            if kind.endswith("/package") and target.endswith(".xlsx"):
                out.append(xlsx_text(z.read(target)))
    return "\n".join(out)


def cell_text(value: Any, fmt: str = "General") -> str:
    """A cell as shown: a number in a percent format as a percent, in ``0.00`` with two decimals, an integral
    float as an integer."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and "%" in fmt:
        return f"{value * 100:g}%"
    if number and fmt == "0.00":
        return f"{value:.2f}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_text(data: bytes) -> str:
    """openpyxl: the worksheets (chart sheets have no cells), a line per row, non-empty cells joined by
    tabs."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            cells = [cell_text(c.value, c.number_format) for c in row if c.value not in (None, "")]
            if cells:
                lines.append("\t".join(cells))
    return "\n".join(lines)


def et_text(data: bytes) -> str:
    book = xlrd.open_workbook(file_contents=data)
    lines = []
    for sheet in book.sheets():
        for i in range(sheet.nrows):
            cells = [cell_text(v) for v in sheet.row_values(i) if v != ""]
            if cells:
                lines.append("\t".join(cells))
    return "\n".join(lines)


def pdf_reader(data: bytes) -> pypdf.PdfReader:
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        assert reader.decrypt("") == pypdf.PasswordType.USER_PASSWORD
    return reader


def pdf_page_text(data: bytes) -> str:
    return "".join(p.extract_text().replace("\n", "") for p in pdf_reader(data).pages)


def pdf_text(data: bytes) -> str:
    """The pages' text without line breaks, then each embedded file read by its suffix."""
    reader = pdf_reader(data)
    out = [pdf_page_text(data)]
    for name, contents in reader.attachments.items():
        for body in contents:
            out.append(READERS[Path(name).suffix](body))
    return "\n".join(out)


def xps_text(data: bytes) -> str:
    """FixedDocumentSequence → FixedDocument → FixedPage, every Glyphs' UnicodeString in order, no breaks."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        seq = next(t for k, t in part_rels(z, "").values() if k.endswith("/fixedrepresentation"))
        for doc in re.findall(r'<DocumentReference Source="([^"]+)"', z.read(seq).decode("utf-8")):
            doc = doc.lstrip("/")
            folder = doc.rsplit("/", 1)[0]
            for page in re.findall(r'<PageContent Source="([^"]+)"', z.read(doc).decode("utf-8")):
                fpage = z.read(f"{folder}/{page}").decode("utf-8")
                out += [html.unescape(s) for s in re.findall(r'UnicodeString="([^"]*)"', fpage)]
    return "".join(out)


def pptx_text(data: bytes) -> str:
    """The slides in presentation order, a line per a:p, each followed by its notes slide."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = main_part(z)
        rel = part_rels(z, main)
        out = []
        for rid in re.findall(r'<p:sldId [^>]*r:id="([^"]+)"', z.read(main).decode("utf-8")):
            slide = rel[rid][1]
            out.append(xml_lines(z.read(slide).decode("utf-8"), "a:p"))
            for kind, target in part_rels(z, slide).values():
                if kind.endswith("/notesSlide"):
                    out.append(xml_lines(z.read(target).decode("utf-8"), "a:p"))
        return "\n".join(out)


def decode_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u00ad\ufeff"), None) | {0xA0: " "}


def txt_text(data: bytes) -> str:
    if not data:
        return ""
    return decode_text(data).replace("\r\n", "\n").replace("\r", "\n").translate(INVISIBLE)


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(decode_text(data), newline="")))


def csv_text(data: bytes) -> str:
    return "\n".join("\t".join(r) for r in csv_rows(data))


READERS = {
    ".docx": docx_text,
    ".pptx": pptx_text,
    ".xlsx": xlsx_text,
    ".et": et_text,
    ".pdf": pdf_text,
    ".xps": xps_text,
    ".txt": txt_text,
    ".csv": csv_text,
}


def doc_text(rel: str) -> str:
    """A document's text as decoded from its bytes (see the module's docstring)."""
    if Path(rel).suffix in (".html", ".htm"):
        return html_text(rel)
    return READERS[Path(rel).suffix]((md.DOCS / rel).read_bytes())


def raw(rel: str) -> bytes:
    return (md.DOCS / doc_path(rel)).read_bytes()


def zpart(rel: str, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(raw(rel))) as z:
        return z.read(name).decode("utf-8")


def not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    files = [p for p in md.DOCS.rglob("*") if p.is_file()]
    for path in files:
        doc_text(str(path.relative_to(md.DOCS)))
    assert 30 <= len(files) <= 36, len(files)
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(LYB)), doc_text(doc_path(LYD))
    assert "每户每年6000元" in final and "每户每年6000元" not in draft
    assert "每户每年5000元" in draft and "每户每年5000元" not in final and "超过1.5万元" in draft
    assert "2026年3月1日起施行" in final and "2026年1月1日起施行" in draft
    # the 转载 repeats the 办法's first seven paragraphs (to 第三条's last item) and not the rest
    repost = doc_text(doc_path(N6))
    items = md.J(md.ly_articles(draft=False))
    assert items[6].startswith("（四）") and items[7].startswith("第四条")
    assert all(a in repost for a in items[:7]) and not any(a in repost for a in items[7:])
    # the exact duplicate, the empty file, two files of one name in different folders
    assert raw(LSB) == raw(LSC) and raw(LSZ) == b""
    assert Path(doc_path(PNG)).name == Path(doc_path(BGG)).name and raw(PNG) != raw(BGG)
    # the WPS 表格 .et: an OLE2 compound file holding a BIFF8 workbook, no zip
    et = raw(LSE)
    assert doc_path(LSE).endswith(".et") and et.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    assert not zipfile.is_zipfile(io.BytesIO(et)) and xlrd.open_workbook(file_contents=et).biff_version == 80
    assert "梨树县孤家子粮库\t玉米\t2023年\t3000" in doc_text(doc_path(LSE))
    # the .docx whose 附件 is only an embedded Excel worksheet
    body = zpart(BYD, "word/document.xml")
    relxml = zpart(BYD, "word/_rels/document.xml.rels")
    assert "<w:object" in body and "<v:imagedata" in body and 'ProgID="Excel.Sheet.12"' in body
    assert (
        "<w:tbl>" not in body and "质量加价（元/吨）" not in body and "二等" not in body and "240" not in body
    )
    assert "/relationships/package" in relxml and "embeddings/Microsoft_Excel_Worksheet.xlsx" in relxml
    with zipfile.ZipFile(io.BytesIO(raw(BYD))) as z:
        assert z.read("word/media/image1.png").startswith(b"\x89PNG")
    assert "大豆\t二等\t200\t40\t240" in doc_text(doc_path(BYD))
    # the PDF carrying its 明细 as an embedded file
    reader = pypdf.PdfReader(io.BytesIO(raw(BGP)))
    names: Any = reader.root_object["/Names"]
    assert "/EmbeddedFiles" in names and list(reader.attachments) == [md.BYG_ATTACH]
    page = pdf_page_text(raw(BGP))
    assert (
        "见附件" in page and "37800" not in page and "丰禾" not in page and "37800" in doc_text(doc_path(BGP))
    )
    # the owner-password PDF: RC4 128-bit, the empty user password opens it, copying not permitted
    reader = pypdf.PdfReader(io.BytesIO(raw(LZP)))
    enc: Any = reader.trailer["/Encrypt"]
    assert reader.is_encrypted and enc["/Filter"] == "/Standard" and (enc["/V"], enc["/R"]) == (2, 3)
    assert reader.decrypt("") == pypdf.PasswordType.USER_PASSWORD
    assert enc["/P"] & 4 and not enc["/P"] & 16
    assert "每人每月补贴800元" in doc_text(doc_path(LZP)) and "每人每月补贴800元".encode(
        "utf-16-be"
    ) not in raw(LZP)
    # the XPS: FixedDocumentSequence, FixedDocument, FixedPage parts, the text in Glyphs runs
    with zipfile.ZipFile(io.BytesIO(raw(BDX))) as z:
        names_ = z.namelist()
        fpage = z.read("Documents/1/Pages/1.fpage").decode("utf-8")
    assert "FixedDocumentSequence.fdseq" in names_ and any(n.endswith(".odttf") for n in names_)
    assert "<Glyphs" in fpage and "UnicodeString=" in fpage and "每人每年补贴600元" in doc_text(doc_path(BDX))
    # the WeChat text: invisible characters inside words and figures
    wx = raw(YTW).decode("utf-8")
    assert f"满2{md.ZW}00元减5{md.ZWJ}0元" in wx and md.SHY in wx and md.NBSP in wx and "\r\n" in wx
    assert "满200元减50元" not in wx and "不得转赠" not in wx and "永工惠" not in wx
    assert "满200元减50元" in doc_text(doc_path(YTW))
    # the <object> page: its own text lacks the article, the sibling .htm holds it
    own = html_own_text(doc_path(PNG))
    assert f'<object data="{md.PN_GUIDE_PART}"' in raw(PNG).decode("utf-8")
    assert "医保卡" not in own and "30个工作日" not in own and "医保卡" in doc_text(doc_path(PNG))
    # the Outlook newsletter: GB2312, mso conditional comments, VML, the 报名 date only in the non-mso block
    data = raw(LYN)
    assert not_utf8(data)
    news = data.decode("gb2312")
    for mark in ("<!--[if mso]>", "<!--[if gte mso 9]>", "<!--[if !mso]><!-- -->", "<!--<![endif]-->"):
        assert mark in news, mark
    assert "class=MsoNormal" in news and "<v:roundrect" in news and "charset=gb2312" in news
    block = re.search(r"<!--\[if !mso\]><!-- -->(.*?)<!--<!\[endif\]-->", news, re.S)
    assert (
        block
        and "2026年5月20日" in block.group(1)
        and "2026年5月20日" not in news.replace(block.group(0), "")
    )
    naive = re.sub(r"<!--\[if.*?<!\[endif\]-->", "", news, flags=re.S)  # conditional blocks dropped whole
    assert "2026年5月20日" not in strip_html(naive) and "2026年5月20日" in doc_text(doc_path(LYN))
    # hidden text: the internal note under w:vanish, its figures not in the visible text
    xml = zpart(LYH, "word/document.xml")
    visible = doc_text(doc_path(LYH))
    assert "<w:vanish/>" in xml and "1800元" in xml and "可随行1名家属" in xml
    assert "1800元" not in visible and "可随行" not in visible and "省外线路每人2500元" in visible
    # the .xlsx: a chart sheet first, a Table on the second sheet, an apostrophe text number, a percent
    wb = openpyxl.load_workbook(io.BytesIO(raw(PNX)))
    assert isinstance(wb.sheetnames and wb[wb.sheetnames[0]], Chartsheet) and len(wb.worksheets) == 1
    ws = wb.worksheets[0]
    assert list(ws.tables) == ["贴息明细"]
    amount, rate = ws.cell(2, 5), ws.cell(2, 6)
    assert amount.quotePrefix and amount.data_type == "s" and amount.value == "200000"
    assert rate.number_format == "0%" and rate.value == 1
    with zipfile.ZipFile(io.BytesIO(raw(PNX))) as z:
        assert "xl/chartsheets/sheet1.xml" in z.namelist() and "xl/tables/table1.xml" in z.namelist()
    assert "丹竹镇\t个人\t200000\t100%\t2187.50" in doc_text(doc_path(PNX))
    # the bank .csv: title line, empty line, header on line 3, CRLF, GB18030, a short 合计 line
    data = raw(YTC)
    assert not_utf8(data) and b"\r\n" in data
    rows = csv_rows(data)
    assert rows[1] == [] and rows[2][0] == "序号" and rows[-1][0] == "合计" and len(rows[-1]) < len(rows[2])
    assert rows[-1][-1] == md.yt_csv_total() == "53000.00"
    # the WPS .pptx: app.xml and custom.xml, a table on the slide, the 时限 only in the notes
    assert "WPS Office" in zpart(BDP, "docProps/app.xml") and "KSOProductBuildVer" in zpart(
        BDP, "docProps/custom.xml"
    )
    s2 = zpart(BDP, "ppt/slides/slide2.xml")
    notes = zpart(BDP, "ppt/notesSlides/notesSlide2.xml")
    assert "<a:tbl>" in s2 and "3个工作日" not in s2 and "3个工作日内" in notes
    # the Hong Kong page is traditional
    hk = doc_text(doc_path(BYH))
    assert (
        _T2S.convert(hk) != hk
        and "巴彥縣" in hk
        and "2.4萬元" in hk
        and 'lang="zh-Hant-HK"' in raw(BYH).decode()
    )


def check() -> None:
    check_files()
    make.check_roundups("\n".join(doc_text(doc_path(n)) for n in (N1, N2, N3, N4, N5)), PLANNED, PASSING)
    make.check_questions(
        Q, lambda d: doc_text(doc_path(d)), PLANNED, PASSING, NEIGHBOURS, lambda q: _T2S.convert(q) != q
    )


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
