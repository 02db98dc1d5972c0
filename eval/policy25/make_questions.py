"""Writes eval/policy25/questions.jsonl: questions over eval/policy25/docs (教育、文化旅游与退役军人服务 of
eight regions), written before citeqa was run on them, as chat users relay their own situation, as agents send
keyword queries and as analysts ask which regions. The chat users' questions carry the asker's situation
first, in their own words (河南邓州的在谷城开小吃店6年, 学费5800住宿费1200, 民宿两晚每晚380,
我和老公都40岁奶奶66, 22年退伍去年8月开饭馆, 儿子当了5年兵) and figures that are not the answer (380 where the
answer is 710元, 5800 where it is 4000元, 5年 where it is 37800元), with typos and homophones (积份, 消费劵,
住宿劵, 补组, 托育补帖). Several are answered only by a 12345 / 县长信箱 / 领导留言板 / 领导信箱 reply (16分,
4000元, 710元, 8000元, 37800元, 3000元), some only by a table cell (the .htm's 270人 under 2025年计划招生, the
.xlsx's 2847000 under 发放金额（元）, the .docx's 48000 under 基础补助（元）, the .webarchive's 学生8元/场),
some only by a new kind of file (the .odp, the .srt, the UTF-16 .txt, the .zip's members, the H5 page's state
JSON, the .webarchive). The agents' queries are terse (「阜平 退役军人 小微企业 创业担保贷款 最高 贴息比例」).
Regions are named by city and county (襄阳谷城, 郴州桂阳, 黄山歙县, 桂林兴安, 忻州代县, 保定阜平, 龙岩武平,
遵义凤冈) or the short name. Five questions are in traditional script, two of them in Cantonese
(我阿媽今年67歲，係香港人…使唔使買飛？ on the 繁體 page; 我個女考咗去廣東讀大學…每年最多借幾多錢？ on
simplified documents), three asking simplified documents. The keys are what any correct answer must contain,
written as the documents write them.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (老河口, 汝城, 休宁, 灵川, 繁峙, 博野, 长汀, 正安:
in no expected list) and regions named in passing (宜城, 资兴, 祁门, 全州, 五台, 望都, 永定, 桐梓). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (歙县's 2024 消费券
where the 公告 is for 2025, a 中秋 慰问 where the 通知 is for 春节, the 秋季学期 助学金 where the .xlsx is for
春季学期).

``python -m eval.policy25.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html / .htm as UTF-8, or in the charset the page declares when that is not UTF-8 (Word's gb2312), with
  comments (Word's conditional comments among them), <script> and <style> dropped, tags stripped and
  references resolved; then the strings of any ``window.__INITIAL_STATE__`` JSON
  (json.JSONDecoder.raw_decode), each stripped of its HTML;
- .docx by zipfile and regular expressions (word/document.xml, a line per w:p);
- .xlsx by openpyxl (a line per row, non-empty cells joined by tabs);
- .odp by zipfile and lxml (content.xml: each draw:page's text:p in order, table cells and speaker notes among
  them; the mimetype entry first and stored);
- .srt as UTF-8 with its BOM: index and timing lines checked and dropped, the cues' text joined without
  separators;
- .txt as UTF-16 when it starts with a BOM, else GBK;
- .zip by zipfile: a member's name as UTF-8 when bit 11 is set, else the cp437 name zipfile gives re-read as
  GBK; each member read by its own suffix (testzip first);
- .webarchive by plistlib: WebMainResource's WebResourceData in its WebResourceTextEncodingName, as HTML;
- .pdf by pypdf with line breaks removed (the hard wraps split figures: 500|0元);
- the _files folder's .css and .js as UTF-8, its .png by its signature.

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional-script page and questions are traditional, and the files' peculiarities: the Word page's gb2312
(not UTF-8), ProgId, conditional comments and CRLF; the two 征求意见稿 differing from their final texts; the
转载 repeating the 规定's first ten paragraphs and not the rest; the H5 page's visible text holding none of
its rules; the zip's GBK names without the UTF-8 flag, its folder entry and GBK .txt, the notice page holding
no figure; the UTF-16 BOM and CRLF; the webarchive's bplist00; the .odp's notes; the saved page's mark and
every ./…_files/ resource it names being there."""

from __future__ import annotations

import html
import io
import json
import plistlib
import re
import zipfile
from pathlib import Path

import opencc
import openpyxl
import pypdf
from lxml import etree

from eval import policy_make as make
from eval.policy25 import make_docs as md

GCW = f"湖北/谷城县/{md.GC_TITLE}.htm (Word 另存为网页: gb2312, mso markup, conditional comments; 学区 table)"
GCD = f"湖北/谷城县/{md.GC_DRAFT_TITLE}.html (征求意见稿: 7月5日起报名, 社保满12个月, 社保每年2分)"
GCR = "湖北/谷城县/12345热线 外地户口孩子今年上一年级，想读城关二小，积分够不够？.html"
GYO = f"湖南/桂阳县/{md.GY_ODP} (ODP 宣讲课件: a table slide, speaker notes)"
GYS = f"湖南/桂阳县/{md.GY_SRT_TITLE} (SRT subtitles: UTF-8 BOM, CRLF, sentences split over cues)"
GYR = "湖南/桂阳县/县长信箱 低保户家里一个读高二一个刚考上大学，能领多少资助？.html"
GYX = f"湖南/桂阳县/{md.GY_XLSX} (merged two-level header, units in the header)"
SXD = f"安徽/歙县/{md.SX_DOCX} (券种 table)"
SXS = (
    "安徽/歙县/2025歙县文旅消费券_活动专区.html (H5 app page: the rules only in window.__INITIAL_STATE__"
    " JSON)"
)
SXR = "安徽/歙县/领导留言板 订了古城民宿两晚，一张住宿券能不能分两单用？.html"
XAB = f"广西/兴安县/{md.XA_TITLE}.html (征求意见稿 beside it with other figures; a 转载 in 新闻/)"
XAD = f"广西/兴安县/{md.XA_DRAFT_TITLE}.html (征求意见稿: 70周岁, 本县医务人员, 教师仅9月10日)"
XAJ = (
    "广西/兴安县/《興安縣國有A級旅遊景區門票優惠規定》政策解讀.html (traditional script: the 港澳台 version)"
)
DXP = f"山西/代县/{md.DX_PDF} (hard-wrapped PDF)"
DXW = "山西/代县/代县体育中心免费低收费开放时间及收费标准公告.webarchive (Safari web archive: binary plist)"
FPP = f"河北/阜平县/{md.FP_PDF} (hard-wrapped PDF: 500|0元 split by a wrap)"
FPG = f"河北/阜平县/{md.FP_GUIDE}.html (saved as 网页，全部 with a _files folder; key-value rows)"
FPR = "河北/阜平县/12345热线 退伍后在县城开了饭馆，雇了3个人，能拿多少创业补助？.html"
WPD = f"福建/武平县/{md.WP_DOCX} (a table by years of service)"
WPT = "福建/武平县/武平县2025年春节走访慰问退役军人和其他优抚对象的通知.txt (UTF-16 LE with BOM, CRLF)"
WPR = "福建/武平县/领导信箱 儿子服役5年立过三等功，地方一次性经济补助能拿多少？.html"
FGN = f"贵州/凤冈县/{md.FG_NOTICE}.html (the figures only in the attachments)"
FGZ = f"贵州/凤冈县/{md.FG_ZIP} (zip of 附件: GBK member names, a .docx and a GBK .txt inside)"
FGT = "贵州/凤冈县/凤冈县托育服务补贴实施办法（试行）.html"
FGR = "贵州/凤冈县/12345热线 老二今年3月送进托育园，托育补贴每月多少，能补几个月？.html"
N1 = f"新闻/{md.N1_TITLE}.html"
N2 = f"新闻/{md.N2_TITLE}.html (数字报 page)"
N3 = f"新闻/{md.N3_TITLE}.html"
N4 = f"新闻/{md.N4_TITLE}.html (数字报 page)"
N5 = f"新闻/{md.N5_TITLE}.html"
N6 = f"新闻/{md.N6_TITLE}_桂林市文化广电和旅游局.html (转载: near duplicate of the 规定, cut after 第四条)"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["老河口", "汝城", "休宁", "灵川", "繁峙", "博野", "长汀", "正安"]
PASSING = ["宜城", "资兴", "祁门", "全州", "五台", "望都", "永定", "桐梓"]


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "哪些县已经实行随迁子女积分入学了？",
        ["谷城县", "南漳县"],
        both(GCW, N1),
        [],
    ),
    ("r02", "regions", "义务教育 学区划分 已公布 县 襄阳", ["谷城县", "保康县"], both(GCW, N1), []),
    (
        "r03",
        "regions",
        "中小学课后服务已经出了收费标准的县有哪些？只算已经出台的",
        ["凤冈县", "余庆县"],
        both(FGN, N1),
        [],
    ),
    ("r04", "regions", "托育补贴 按月发放 已实施 县", ["凤冈县", "绥阳县"], both(FGT, N1), []),
    (
        "r05",
        "regions",
        "2025年春季学期普通高中国家助学金已经发放到位的县有哪些",
        ["桂阳县", "宜章县"],
        both(GYX, N2),
        [],
    ),
    (
        "r06",
        "regions",
        "今年已经开始受理生源地信用助学贷款的县",
        ["桂阳县", "临武县"],
        both(GYS, N2),
        [],
    ),
    ("r07", "regions", "发了文旅消费劵的县有哪些？", ["歙县", "黟县"], both(SXD, N3), []),
    (
        "r08",
        "regions",
        "哪些县的国有景区已经对65周岁以上老人免门票？",
        ["兴安县", "灌阳县"],
        both(XAB, N3),
        [],
    ),
    (
        "r09",
        "regions",
        "公共体育场馆 免费开放 已实行 县市 忻州",
        ["代县", "原平市"],
        both(DXP, N4),
        [],
    ),
    (
        "r10",
        "regions",
        "给自主就业退役士兵发一次性创业补助的县，已经在发的有哪些？",
        ["阜平县", "曲阳县"],
        both(FPP, N5),
        [],
    ),
    ("r11", "regions", "退役军人优待证 免费乘坐公交 已落地 县", ["阜平县", "蠡县"], both(FPG, N5), []),
    (
        "r12",
        "regions",
        "今年已经提高或发放自主就业退役士兵地方一次性经济补助的县",
        ["武平县", "上杭县"],
        both(WPD, N5),
        [],
    ),
    # 谷城县 招生: the 方案 (.htm), its 征求意见稿, the 12345 reply
    (
        "n01",
        "number",
        "我们两口子河南邓州的，在谷城开小吃店6年了，居住证办了3年，社保交了2年，在城北租房也备了案，"
        "孩子想上城关二小，积份能有几分？",
        "居住证3年6分＋社保2年6分＋租赁备案4分，合计16分（12345答复）",
        both(GCR, GCW),
        ["16分"],
    ),
    (
        "n02",
        "number",
        "谷城 随迁子女 积分 社会保险 每满1年 计分",
        "每满1年计3分，最高15分（征求意见稿为2分）",
        GCW,
        ["3分", "15分"],
    ),
    (
        "n03",
        "number",
        "谷城县城关第二小学2025年计划招多少个新生？",
        "6个班270人",
        GCW,
        ["270人"],
    ),
    (
        "n04",
        "number",
        "谷城招生方案征求意见稿里，随迁子女社保要连续交满多久才能报名？",
        "征求意见稿：连续缴纳社会保险满12个月（正式方案为6个月）",
        GCD,
        ["12个月"],
    ),
    # 桂阳县 学生资助
    (
        "n05",
        "number",
        "桂阳 家庭经济困难 寄宿生 生活补助 初中 每年",
        "初中每生每年1250元（小学1000元）",
        GYO,
        ["1250元"],
    ),
    (
        "n06",
        "number",
        "我们家是低保户，儿子在桂阳三中读高二，女儿考上了广东的大学学费5800住宿费1200，"
        "儿子一年的助学金加上女儿的路费补助一共能领多少？",
        "儿子一档3000元/年＋女儿省外新生入学资助1000元，合计4000元（不含助学贷款）",
        GYR,
        ["3000元", "1000元", "4000元"],
    ),
    (
        "n07",
        "number",
        "桂阳县2025年春季学期普通高中国家助学金一共发了多少钱？",
        "2847000元（一档622人、二档1351人、三档1126人）",
        GYX,
        ["2847000"],
    ),
    (
        "n08",
        "number",
        "生源地助学贷款 本专科 研究生 每年 最高额度",
        "本专科每人每年不超过20000元，研究生不超过25000元",
        GYO,
        ["20000元", "25000元"],
    ),
    # 歙县 文旅消费券
    (
        "n09",
        "number",
        "歙县 文旅消费券 景区门票券 门槛 面额",
        "满100元减30元，每期5000张",
        SXD,
        ["满100元减30元"],
    ),
    (
        "n10",
        "number",
        "国庆想带家里人去歙县古城，订了民宿住两晚每晚380，抢到一张满200减50的住宿劵，最后一共要付多少？",
        "一张券只能在一个订单用一次：760元减50元，实付710元",
        SXR,
        ["710元"],
    ),
    (
        "n11",
        "number",
        "歙县消费券第4期景区门票券一共放了多少张？",
        "第4期国庆加码追加2000张，当期景区门票券共7000张",
        SXS,
        ["7000张"],
    ),
    # 兴安县 景区门票
    ("n12", "number", "兴安 猫儿山景区 门票 价格", "每人85元", XAB, ["85元"]),
    (
        "n13",
        "number",
        "一家四口去灵渠，我和老公都40岁，奶奶66岁，孩子10岁一米三五，门票一共要多少钱？",
        "全价2张140元＋奶奶免票＋孩子半价35元，合计175元",
        XAJ,
        ["175元"],
    ),
    # 代县 体育场馆
    (
        "n14",
        "number",
        "暑假带上初中的孩子去代县体育中心游泳，平时下午去学生一场多少钱？",
        "低收费时段每天14:00—21:00，学生8元/场（成人16元/场），每场2小时",
        DXW,
        ["学生8元/场"],
    ),
    # 阜平县 退役军人
    (
        "n15",
        "number",
        "我22年退伍自主就业，去年8月在阜平县城开了个饭馆是个体户，雇了3个本村的社保交了8个月，创业补助能拿多少？",
        "一次性创业补助5000元＋吸纳就业奖补3000元，合计8000元",
        both(FPR, FPP),
        ["8000元"],
    ),
    (
        "n16",
        "number",
        "阜平 退役军人 小微企业 创业担保贷款 最高 贴息比例",
        "最高400万元，财政按贷款实际利率的50%贴息",
        FPP,
        ["400万元", "50%"],
    ),
    # 武平县 退役军人
    (
        "n17",
        "number",
        "我儿子当了5年兵，今年3月退伍回武平自主就业，立过一次三等功还拿过两次优秀士兵，地方一次性经济补组能拿多少？",
        "基础补助36000元，三等功上浮5%即1800元，合计37800元（优秀士兵不上浮）",
        both(WPR, WPD),
        ["37800元"],
    ),
    (
        "n18",
        "number",
        "武平 自主就业退役士兵 服现役8年 基础补助",
        "48000元",
        WPD,
        ["48000"],
    ),
    (
        "n19",
        "number",
        "武平春节走访慰问，参战参试的退役军人每人慰问多少钱？",
        "600元",
        WPT,
        ["600"],
    ),
    # 凤冈县 课后服务、托育
    (
        "n20",
        "number",
        "我家两个娃都在凤冈城区小学读书，都报了课后服务，一学期一共要交多少钱？",
        "城区小学每生每学期400元，第二个子女减半200元，合计600元",
        FGZ,
        ["400", "减半"],
    ),
    (
        "n21",
        "number",
        "凤冈老二2024年6月出生，今年3月送进县城备案托育园，托育补帖每月多少，今年一共能补多少？",
        "二孩每月300元，3月至12月共10个月，合计3000元",
        both(FGR, FGT),
        ["300元", "3000元"],
    ),
    # dates
    (
        "t01",
        "date",
        "谷城小学一年级网上报名是哪几天？",
        "2025年7月1日至7月10日（征求意见稿为7月5日至7月14日）",
        GCW,
        ["2025年7月1日至7月10日"],
    ),
    (
        "t02",
        "date",
        "桂阳 生源地信用助学贷款 受理时间",
        "2025年7月1日至9月30日",
        both(GYS, GYR),
        ["9月30日"],
    ),
    ("t03", "date", "歙县文旅消费券最后一期是哪天发？", "第6期2025年10月10日", SXD, ["2025年10月10日"]),
    (
        "t04",
        "date",
        "兴安景区门票优惠新规从哪天开始执行？",
        "2025年5月1日起施行，有效期3年",
        both(XAB, N6),
        ["2025年5月1日"],
    ),
    (
        "t05",
        "date",
        "我是老师，什么时候去兴安灵渠可以免门票？",
        "每年9月1日至9月30日凭教师资格证书或在职证明免票（征求意见稿仅9月10日）",
        XAB,
        ["9月1日至9月30日"],
    ),
    (
        "t06",
        "date",
        "武平县2025年春节走访慰问 时间",
        "2025年1月13日至1月24日",
        WPT,
        ["2025年1月13日至1月24日"],
    ),
    ("t07", "date", "凤冈托育补贴办法什么时候开始施行？", "2025年3月1日起，试行2年", FGT, ["2025年3月1日"]),
    # yes / no
    (
        "y01",
        "yesno",
        "孩子是2019年9月3号生的，今年能在谷城上一年级吗？",
        "不能，须2019年8月31日（含）以前出生",
        GCW,
        ["2019年8月31日"],
    ),
    (
        "y02",
        "yesno",
        "生源地助学贷款提前还的话要交违约金吗？",
        "不用，提前还款不收取违约金",
        GYS,
        ["不收取违约金"],
    ),
    (
        "y03",
        "yesno",
        "在歙县用消费券订的房，后来只退了一部分钱，券还能退回来吗？",
        "不能，部分退款的消费券不予退回（全额退款且在有效期内的自动退回）",
        SXS,
        ["部分退款的，消费券不予退回"],
    ),
    (
        "y04",
        "yesno",
        "歙县 文旅消费券 商户自有优惠 能否叠加",
        "能，可与商户自有优惠叠加使用",
        SXD,
        ["叠加使用"],
    ),
    (
        "y05",
        "yesno",
        "我是湖南的护士，去兴安灵渠玩能免门票吗？",
        "能，全国在职医务人员凭医师或护士执业证书免票（征求意见稿只含本县）",
        XAB,
        ["全国在职医务人员"],
    ),
    (
        "y06",
        "yesno",
        "代县体育场的跑道晚上去跑步要收费吗？",
        "不收，体育场田径跑道全天免费开放（每天6:00—21:00）",
        both(DXP, DXW),
        ["全天免费开放"],
    ),
    ("y07", "yesno", "阜平 退役军人优待证 申领 收费吗", "不收费", FPG, ["不收费"]),
    (
        "y08",
        "yesno",
        "儿子在部队评过优秀士兵，武平的地方一次性经济补助能往上浮吗？",
        "不能，获评优秀士兵不在上浮范围",
        both(WPD, WPR),
        ["不在上浮范围"],
    ),
    (
        "y09",
        "yesno",
        "凤冈的托育补贴和国家那个育儿补贴能一起领吗？",
        "能，两项不是同一补贴，可以同时享受（国家育儿补贴每孩每年3600元）",
        FGR,
        ["可以同时享受"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "外地户口的孩子在谷城报名上小学要准备什么材料？",
        "父母一方的有效居住证，社保或营业执照满6个月的证明，房屋租赁合同（积分另需租赁备案证明）",
        both(GCW, GCR),
        ["居住证", "房屋租赁合同"],
    ),
    (
        "p02",
        "procedure",
        "第一次办生源地助学贷款要谁去，带什么？",
        "学生本人和共同借款人（父母或法定监护人）一起到县政务服务中心三楼现场办理，带双方身份证、户口簿和录取通知书",
        GYS,
        ["共同借款人", "录取通知书"],
    ),
    (
        "p03",
        "procedure",
        "歙县文旅消费券在哪里领，怎么领？",
        "“云闪付”App首页搜索“歙县文旅消费券”，实名认证后领取，每周五10:00发放",
        SXD,
        ["云闪付", "实名认证"],
    ),
    (
        "p04",
        "procedure",
        "阜平 退役军人优待证 申领 渠道 材料 时限",
        "“河北退役军人”公众号或乡镇（街道）服务站申请；身份证、退役证件、白底1寸照片电子版；审核后约30个工作日制发",
        FPG,
        ["河北退役军人", "30个工作日"],
    ),
    (
        "p05",
        "procedure",
        "退伍回武平，地方一次性经济补助去哪申请？有没有时间限制？",
        "退役报到之日起30日内，向户籍所在地乡镇（街道）退役军人服务站申请，带退役证件、身份证、立功证书和社保卡",
        WPD,
        ["30日内", "退役军人服务站"],
    ),
    (
        "p06",
        "procedure",
        "凤冈孩子要坐校车上学，需要办什么手续？",
        "家长到学校办理乘车证，签订《校车安全责任书》；在指定站点候车",
        FGZ,
        ["乘车证", "校车安全责任书"],
    ),
    (
        "p07",
        "procedure",
        "代县体育馆打羽毛球怎么订场？",
        "通过“代县体育中心”微信公众号提前3天预约，每人每次限约1片",
        DXW,
        ["提前3天预约"],
    ),
    # traditional script: two in Cantonese; c02-c05 ask simplified documents
    (
        "c01",
        "traditional",
        "我阿媽今年67歲，係香港人，揸住回鄉證去興安睇靈渠，使唔使買飛？",
        "唔使：港澳居民憑港澳居民來往內地通行證，年滿65週歲同樣免收門票",
        XAJ,
        ["港澳居民來往內地通行證", "免收門票"],
    ),
    (
        "c02",
        "traditional",
        "我個女考咗去廣東讀大學，喺桂陽辦生源地助學貸款，每年最多借幾多錢？讀書嗰陣利息使唔使自己俾？",
        "本專科每人每年不超過20000元，在校期間利息由財政全額貼息",
        both(GYO, GYS),
        ["20000元", "全额贴息"],
    ),
    (
        "c03",
        "traditional",
        "阜平縣持退役軍人優待證坐公交要錢嗎？",
        "不要，持證人免費乘坐本縣城市公交和城鄉公交",
        FPG,
        ["免费乘坐本县城市公交和城乡公交"],
    ),
    (
        "c04",
        "traditional",
        "代縣 體育館 乒乓球室 低收費時段 每小時 收費",
        "10元/台·小時（學生、老年人5元）",
        DXW,
        ["10元/台·小时"],
    ),
    (
        "c05",
        "traditional",
        "興安縣景區，持退役軍人優待證的家屬同行有優惠嗎？",
        "優待證持證人免票，同行1名家屬享受半價",
        both(XAB, XAJ),
        ["同行1名家属享受半价"],
    ),
    # unanswerable: planned-only regions, neighbouring years, batches or groups
    ("u01", "unanswerable", "老河口随迁子女积分入学怎么算分？", "应拒答：老河口市只是拟于明年推行", "-", []),
    (
        "u02",
        "unanswerable",
        "汝城县乡镇的生源地助学贷款受理点在哪里？",
        "应拒答：汝城县只是计划明年把受理点延伸到乡镇",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "黄山休宁县文旅消费券 面额 领取时间",
        "应拒答：休宁县只是将于国庆前发放",
        "-",
        [],
    ),
    (
        "u04",
        "unanswerable",
        "灵川县60岁以上老人免景区门票是哪天开始的？",
        "应拒答：灵川县只是拟实行",
        "-",
        [],
    ),
    (
        "u05",
        "unanswerable",
        "繁峙县体育馆免费开放时段是几点到几点？",
        "应拒答：繁峙县只是计划改造后开放",
        "-",
        [],
    ),
    ("u06", "unanswerable", "博野县退役军人一次性创业补助多少钱？", "应拒答：博野县只是将出台", "-", []),
    (
        "u07",
        "unanswerable",
        "长汀县 自主就业退役士兵 地方一次性经济补助 标准",
        "应拒答：长汀县只是拟调整",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "正安县课后服务城区小学一学期收多少钱？",
        "应拒答：正安县只是计划明年出台",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "歙县2024年的文旅消费券一共发了多少钱？",
        "应拒答：公告只有2025年的300万元",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "武平县中秋节走访慰问烈士遗属每户多少钱？",
        "应拒答：通知只有2025年春节的慰问标准",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "桂阳县2025年秋季学期普通高中国家助学金一共发了多少？",
        "应拒答：汇总表只有2025年春季学期",
        "-",
        [],
    ),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it (a path may itself hold " (")."""
    m = re.match(r"(.*?\.(?:html|htm|docx|xlsx|odp|srt|txt|zip|webarchive|pdf))(?: \(.*\))?$", doc)
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    """Comments (and so Word's conditional comments) and <script>/<style> dropped, tags stripped,
    references resolved."""
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    raw = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def declared_charset(data: bytes) -> str | None:
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decode_page(data: bytes) -> str:
    """UTF-8, or the charset the page declares when it is not UTF-8 (Word's gb2312)."""
    charset = declared_charset(data)
    if charset and charset not in ("utf-8", "utf8"):
        return data.decode(charset)
    return data.decode("utf-8")


def state_strings(raw: str) -> list[str]:
    """The strings of a page's ``window.__INITIAL_STATE__`` JSON (an H5 app saved as HTML), each stripped of
    its HTML."""
    out: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            out.append(strip_html(v))
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for m in re.finditer(r"window\.__INITIAL_STATE__\s*=\s*", raw):
        obj, _ = json.JSONDecoder().raw_decode(raw, m.end())
        walk(obj)
    return out


def html_text(data: bytes) -> str:
    """The visible text, then the strings of any server-rendered state JSON."""
    raw = decode_page(data)
    return "\n".join([strip_html(raw), *state_strings(raw)])


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n")))


def xlsx_text(data: bytes) -> str:
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(c) for c in row if c is not None]
            if cells:
                lines.append("\t".join(cells))
    return "\n".join(lines)


ODF = {
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
}


def odp_text(data: bytes) -> str:
    """content.xml: per draw:page in order, each text:p's text on its own line (table cells' paragraphs and
    the speaker notes' among them); the mimetype entry first and stored."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.presentation"
        root = etree.fromstring(z.read("content.xml"))
    lines: list[str] = []
    for page in root.iter(f"{{{ODF['draw']}}}page"):
        lines.extend("".join(p.itertext()) for p in page.iter(f"{{{ODF['text']}}}p"))
    return "\n".join(lines)


def srt_text(data: bytes) -> str:
    """The cues' text joined without separators (a sentence runs over cues); index and timing lines
    dropped."""
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    out = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        assert lines[0].isdigit() and re.fullmatch(r"[\d:,]+ --> [\d:,]+", lines[1]), block
        out.append("".join(lines[2:]))
    return "".join(out)


def txt_text(data: bytes) -> str:
    """UTF-16 with its BOM (Notepad's “Unicode”), else GBK (a .txt from a Chinese Windows)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("gbk")


def zip_member_name(info: zipfile.ZipInfo) -> str:
    """A member's name: UTF-8 when bit 11 is set, else the bytes zipfile read as cp437, re-read as GBK."""
    if info.flag_bits & 0x800:
        return info.filename
    return info.filename.encode("cp437").decode("gbk")


def zip_text(data: bytes) -> str:
    """Each member's name and its text, read by its own suffix."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for info in z.infolist():
            name = zip_member_name(info)
            if name.endswith("/"):
                continue
            out.append(name)
            out.append(READERS[Path(name).suffix](z.read(info)))
    return "\n".join(out)


def webarchive_text(data: bytes) -> str:
    """A binary plist: WebMainResource's WebResourceData in its WebResourceTextEncodingName, as HTML."""
    assert data.startswith(b"bplist00")
    main = plistlib.loads(data)["WebMainResource"]
    assert main["WebResourceMIMEType"] == "text/html"
    return html_text(main["WebResourceData"].decode(main["WebResourceTextEncodingName"]).encode("utf-8"))


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text().replace("\n", "") for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def plain_text(data: bytes) -> str:
    return data.decode("utf-8")


def png_text(data: bytes) -> str:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return ""


READERS = {
    ".html": html_text,
    ".htm": html_text,
    ".docx": docx_text,
    ".xlsx": xlsx_text,
    ".odp": odp_text,
    ".srt": srt_text,
    ".txt": txt_text,
    ".zip": zip_text,
    ".webarchive": webarchive_text,
    ".pdf": pdf_text,
    ".css": plain_text,
    ".js": plain_text,
    ".png": png_text,
}


def doc_text(rel: str) -> str:
    """A document's text as decoded from its bytes (see the module's docstring)."""
    return READERS[Path(rel).suffix]((md.DOCS / rel).read_bytes())


def raw(rel: str) -> bytes:
    return (md.DOCS / doc_path(rel)).read_bytes()


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    for path in md.DOCS.rglob("*"):
        if path.is_file():
            doc_text(str(path.relative_to(md.DOCS)))
    # Word's 网页: gb2312 declared, not UTF-8, mso markup and conditional comments, CRLF
    word = raw(GCW)
    assert declared_charset(word) == "gb2312" and b"\r\n" in word
    assert b"ProgId content=Word.Document" in word and b"<!--[if gte mso 9]>" in word and b"mso-" in word
    try:
        word.decode("utf-8")
        raise AssertionError("the Word page is UTF-8")
    except UnicodeDecodeError:
        pass
    # the 征求意见稿 beside the final texts, with other figures
    final, draft = doc_text(doc_path(GCW)), doc_text(doc_path(GCD))
    assert (
        "2025年7月1日至7月10日" in final
        and "2025年7月1日至7月10日" not in draft
        and "7月5日至7月14日" in draft
    )
    final, draft = doc_text(doc_path(XAB)), doc_text(doc_path(XAD))
    assert "年满65周岁" in final and "年满70周岁" in draft and "全国在职医务人员" not in draft
    # the 转载 repeats the 规定's first ten paragraphs and not the rest
    repost = doc_text(doc_path(N6))
    arts = md.J(md.xa_articles(draft=False))
    assert all(a in repost for a in arts[:10]) and not any(a in repost for a in arts[10:])
    # the H5 page: nothing of the rules in its visible text, all of it in the state JSON
    page = decode_page(raw(SXS))
    assert "\\u003c" in page and '<div id="app"' in page
    visible = strip_html(page)
    assert "7000张" not in visible and "部分退款" not in visible, visible
    # the zip: GBK names without the UTF-8 flag, a folder entry, a GBK .txt inside
    with zipfile.ZipFile(io.BytesIO(raw(FGZ))) as z:
        infos = z.infolist()
        assert all(not i.flag_bits & 0x800 for i in infos) and infos[0].filename.endswith("/")
        names = [zip_member_name(i) for i in infos]
        assert all("凤冈县课后服务收费通知附件" in n for n in names), names
        txt = z.read(next(i for i, n in zip(infos, names, strict=True) if n.endswith(".txt")))
        try:
            txt.decode("utf-8")
            raise AssertionError("the zipped .txt is UTF-8")
        except UnicodeDecodeError:
            pass
    assert "400" not in doc_text(doc_path(FGN))  # the notice itself gives no figure
    # UTF-16 LE with a BOM and CRLF
    u16 = raw(WPT)
    assert u16.startswith(b"\xff\xfe") and "\r\n".encode("utf-16-le") in u16
    # the .webarchive, the .odp's notes, the page saved with its _files folder
    assert raw(DXW).startswith(b"bplist00")
    assert "续贷声明" in doc_text(doc_path(GYO))
    guide = raw(FPG).decode("utf-8")
    assert guide.startswith("<!-- saved from url=(")
    for res in re.findall(r'(?:src|href)="\./([^"]+)"', guide):
        assert (md.DOCS / "河北/阜平县" / res).is_file(), res
    # the 繁體 page is traditional
    trad = doc_text(doc_path(XAJ))
    assert _T2S.convert(trad) != trad and "興安縣" in trad


def check_roundups() -> None:
    """Each planned-only region is named beside 拟 / 将 / 计划 in a roundup; each passing region is named."""
    news = "\n".join(doc_text(doc_path(n)) for n in (N1, N2, N3, N4, N5))
    for region in PLANNED:
        assert re.search(rf"{region}[^。]*?(?:拟|将|计划)", news), region
    for region in PASSING:
        assert region in news, region


def check() -> None:
    check_files()
    check_roundups()
    for i, kind, question, answer, docs, keys in Q:
        rels = [doc_path(d) for d in docs.split(" | ")] if docs != "-" else []
        texts = [doc_text(r) for r in rels]
        if kind == "unanswerable":
            assert not keys and not rels and answer.startswith("应拒答"), i
            assert any(p in question for p in PLANNED) or i in ("u09", "u10", "u11"), i
            continue
        if kind == "regions":
            assert len(answer) == 2, i
            for region in answer:
                assert any(region in t for t in texts), (i, region)
                assert not any(p in region for p in PLANNED + PASSING), (i, region)
            continue
        assert keys, i
        for key in keys:
            assert any(key in t for t in texts), (i, key)
        if kind == "traditional":
            assert _T2S.convert(question) != question, i  # written in traditional script
    kinds: dict[str, int] = {}
    for q in Q:
        kinds[q[1]] = kinds.get(q[1], 0) + 1
    assert len({q[0] for q in Q}) == len(Q)
    print("keys checked:", kinds, len(Q))


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
