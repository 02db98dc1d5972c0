"""Writes eval/policy31/questions.jsonl: questions over eval/policy31/docs (林业草原与生态补偿、城市管理与市容
环卫、政务服务与数据 of eight regions), written before citeqa was run on them, as chat users relay their own
situation, as agents send keyword queries and as analysts ask which regions. The chat users' questions carry
the asker's situation first, in their own words (带溪 86亩 公益林 and 二十亩杉木, 80亩 黄精, 核桃 公司 30多人,
那吉镇 三起 举报, 常牧 300多只羊, 5000亩 禁牧 按7块5算37500, 面馆 一天一千多, 80吨 建筑垃圾, 大川街道 三口人,
黄芽茶 公司 注册资本50万) and figures that are not the answer (二十亩 where the answer is 1978元, 37500
where it is 3万元, 一千多 where it is 100元, 50万 where it is 3000元), with typos and homophones (补尝, 古
数, 举报奖历, 草蓄平衡, 林下经记, 门前三保, 建筑拉圾, 帮半代办, 好差平). Several are answered only by a 12345
/ 县长信箱 / 领导留言板 reply (1978元, 21000元, 2000元, 29000元, 罚款100元, 960元, 15元, 3000元), some only by
a new kind of file (the tracked-changes .odt's 每亩补助200元, 每箱补助100元 and 2026年10月31日前; the
.geojson's 黄连木 and 360; the .svg's 认养期限不少于3年 and 认养牌; the Identity-H PDF's 提前3日, 受理后1个
工作日内, 不少于10米; the .webarchive's 摊位60个, 17时至22时, 抽签). The agents' queries are terse
(「铜鼓 公益林 补偿 标准 每亩」). Regions are named by the county's name, full or short (铜鼓, 双柏, 阿荣旗,
贵德, 沁源, 将乐, 汪清, 霍山), the analysts' questions by city or prefecture (宜春, 楚雄, 呼伦贝尔, 海南州, 长
治, 三明, 延边, 六安). Five questions are in traditional script, two of them in Cantonese (我哋四月去阿榮旗露
營… and 汪清垃圾分類積分幾時可以換嘢？), all asking simplified documents. The keys are what any correct answer
must contain, written as the documents write them.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (奉新, 牟定, 鄂伦春, 同德, 武乡, 永安, 安图, 霍邱:
in no expected list) and regions named in passing (靖安, 楚雄市, 鄂温克, 贵南, 襄垣, 三元区, 和龙, 裕安). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (霍山's 个体工商户
开办补贴, which only the 征求意见稿 had; 铜鼓's 天然商品林 停伐 管护补助, where the 办法 covers only 公益林;
汪清's 共享单车 骑行 收费, which the 通告 does not set).

``python -m eval.policy31.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html by a byte-order mark, else the charset its <meta> names (eval.policy30's reader);
- .odt by zipfile and lxml: content.xml's office:text, a line per text:h and text:p in document order, those
  inside text:tracked-changes (the deleted text) left out, text:change / change-start / change-end marks empty
  (the changes read as accepted);
- .geojson by json: the collection's name, then a line per feature, its properties as 键：值 joined by tabs;
- .svg by lxml: a line per <text>, its <tspan> runs joined;
- .webarchive by plistlib: the WebMainResource's WebResourceData decoded by its WebResourceTextEncodingName
  (GBK read as GB18030), then read as HTML;
- .docx by zipfile (eval.policy30's reader), .xlsx by openpyxl (eval.policy30's), .pdf by pypdf (the page's
  text in stream order, line breaks removed).

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional questions are traditional, and the files' peculiarities: the 征求意见稿 differing from its final
text; the .odt (the text mimetype stored first, text:tracked-changes with deletions whose text is in
content.xml and in no reading, the insertions between change marks); the .geojson (ASCII only, a
FeatureCollection of five points); the .svg (a figure split over tspans so that the key is not in the bytes);
the PDF (Type0 / Identity-H / CIDFontType2, a ToUnicode CMap, no embedded font file, the keys in no stream as
text); the .webarchive (bplist00, GBK data under WebResourceTextEncodingName, a subresource)."""

from __future__ import annotations

import io
import json
import plistlib
import re
import zipfile
import zlib
from pathlib import Path

import opencc
from lxml import etree

from eval import policy_make as make
from eval.policy29.make_questions import pdf_text, strip_html
from eval.policy30.make_questions import ODF, docx_text, html_text, odf_inline, xlsx_text
from eval.policy31 import make_docs as md
from eval.policy_make import Documents, both, doc_path

TGB = f"江西/铜鼓县/{md.TG_TITLE}.html"
TGO = f"江西/铜鼓县/{md.TG_ODT} (tracked changes, unaccepted)"
TGR = "江西/铜鼓县/12345 家里有86亩省级公益林，还有20亩杉木，一年能拿多少公益林补偿？.html"
SBB = f"云南/双柏县/{md.SB_TITLE}.html"
SBG = f"云南/双柏县/{md.SB_GEOJSON} (open-data GeoJSON, ASCII escapes)"
SBS = f"云南/双柏县/{md.SB_SVG} (SVG infographic, tspans)"
SBR = "云南/双柏县/县长信箱 公司想认养一棵一级古树和两棵二级古树，认养三年要交多少认养费？.html"
ARB = f"内蒙古/阿荣旗/{md.AR_TITLE}.html"
ARP = f"内蒙古/阿荣旗/{md.AR_PDF} (Identity-H font, ToUnicode only)"
ARR = "内蒙古/阿荣旗/12345 举报了三起野外用火，其中一起把草场烧着了，能领多少奖励？.html"
GDD = f"青海/贵德县/{md.GD_DOCX}"
GDX = f"青海/贵德县/{md.GD_XLSX}"
GDR = "青海/贵德县/领导留言板 家里3200亩禁牧草场，2000亩草畜平衡，今年补奖能拿多少？.html"
QYB = f"山西/沁源县/{md.QY_TITLE}.html"
QYW = f"山西/沁源县/{md.QY_ARCHIVE} (Safari web archive, GBK)"
QYR = "山西/沁源县/12345 饭店门口堆了纸箱被要求整改，过了期限没改会罚多少？.html"
JLG = f"福建/将乐县/{md.JL_GUIDE_TITLE}.html"
JLB = f"福建/将乐县/{md.JL_TITLE}.html"
JLR = "福建/将乐县/县长信箱 装修公司拆旧厂房有80吨建筑垃圾，运到城南消纳场要交多少钱？.html"
WQB = f"吉林/汪清县/{md.WQ_TITLE}.html"
WQW = f"吉林/汪清县/{md.WQ_BIKE_TITLE}.html"
WQR = "吉林/汪清县/12345 一个月投了30次厨余、16公斤纸壳、2次废电池，积分能换多少钱的东西？.html"
HSB = f"安徽/霍山县/{md.HS_TITLE}.html"
HSQ = f"安徽/霍山县/{md.HS_DRAFT_TITLE}.html (征求意见稿: 1500元, 5人以上, 个体工商户 500元)"
HSD = f"安徽/霍山县/{md.HS_DOCX}"
HSG = f"安徽/霍山县/{md.HS_RULE_TITLE}.html"
HSR = "安徽/霍山县/12345 4月开的茶叶公司招了4个本县人，开办补贴能拿多少？.html"
N1, N2, N3, N4, N5 = (f"新闻/{t}.html" for t, _ in md.NEWS)

_T2S = opencc.OpenCC("t2s")
PLANNED = ["奉新", "牟定", "鄂伦春", "同德", "武乡", "永安", "安图", "霍邱"]
PASSING = ["靖安", "楚雄市", "鄂温克", "贵南", "襄垣", "三元区", "和龙", "裕安"]
NEIGHBOURS = ("u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    ("r01", "regions", "宜春哪些县已经在发生态公益林补尝了？", ["铜鼓县", "宜丰县"], both(TGB, N1), []),
    ("r02", "regions", "宜春 林下经记 奖补 已实施 县", ["铜鼓县", "万载县"], both(TGO, N1), []),
    (
        "r03",
        "regions",
        "楚雄哪些县已经开展古数名木认养了？只要已经在做的",
        ["双柏县", "姚安县"],
        both(SBB, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "呼伦贝尔 防火期 野外用火 审批 举报奖励 已实行 旗县",
        ["阿荣旗", "莫力达瓦达斡尔族自治旗"],
        both(ARB, N2),
        [],
    ),
    ("r05", "regions", "海南州哪些县已经发了草原禁牧补助？", ["贵德县", "共和县"], both(GDD, N2), []),
    (
        "r06",
        "regions",
        "长治哪些县在推门前三保责任制？要已经推行的",
        ["沁源县", "沁县"],
        both(QYB, N3),
        [],
    ),
    ("r07", "regions", "长治 占道经营 疏导点 已设置 县区", ["沁源县", "屯留区"], both(QYW, N3), []),
    ("r08", "regions", "三明哪些县对建筑拉圾处置实行核准了？", ["将乐县", "泰宁县"], both(JLG, N3), []),
    ("r09", "regions", "三明 户外广告 设置管理办法 已出台 县", ["将乐县", "清流县"], both(JLB, N3), []),
    (
        "r10",
        "regions",
        "延边哪些县市垃圾分类可以积分兑换东西？",
        ["汪清县", "珲春市"],
        both(WQB, N4),
        [],
    ),
    (
        "r11",
        "regions",
        "六安哪些县已经搞了一件事一次办和帮半代办？",
        ["霍山县", "舒城县"],
        both(HSD, N5),
        [],
    ),
    ("r12", "regions", "六安 新开办企业 开办补贴 已实施 县区", ["霍山县", "叶集区"], both(HSB, N5), []),
    # 铜鼓县
    (
        "n01",
        "number",
        "我家在铜鼓带溪，林权证上86亩山划成省级公益林了，还有二十亩杉木是自己种的，一年公益林补尝能拿多少？",
        "86亩×每亩每年23元=1978元；杉木是商品林不享受",
        both(TGR, TGB),
        ["1978元"],
    ),
    (
        "n02",
        "number",
        "铜鼓 公益林 补偿 标准 每亩",
        "每亩每年补偿24元（其中1元公共管护，23元到户）",
        TGB,
        ["每亩每年补偿24元"],
    ),
    (
        "n03",
        "number",
        "我在铜鼓自己的林子里今年新种了80亩黄精，是连片的，林下经记奖补一亩补多少？总共能拿多少？",
        "每亩补助200元，80亩共16000元（单个主体最高10万元）",
        TGO,
        ["每亩补助200元"],
    ),
    (
        "n04",
        "number",
        "铜鼓 林下养蜂 新增中蜂 每箱 补助",
        "每箱补助100元，单个主体最高3万元",
        TGO,
        ["每箱补助100元"],
    ),
    # 双柏县
    (
        "n05",
        "number",
        "我们是双柏县城做核桃加工的公司，30多个人，想认养一棵一级古数、两棵二级的，认三年，一共要交多少？",
        "每年3000+2×2000=7000元，三年共21000元",
        both(SBR, SBB),
        ["21000元"],
    ),
    (
        "n06",
        "number",
        "双柏 三级古树 认养费 每年",
        "三级古树每株每年1000元",
        SBB,
        ["三级古树每株每年1000元"],
    ),
    (
        "n07",
        "number",
        "双柏大庄镇那棵黄连木古树多少年了？有人认养了没？",
        "树龄360年，二级，认养人为云南楚雄某茶业公司",
        SBG,
        ["黄连木", "360"],
    ),
    (
        "n08",
        "number",
        "双柏的古树周围多大范围内不能盖房子？",
        "树冠垂直投影外5米",
        SBB,
        ["树冠垂直投影外5米"],
    ),
    # 阿荣旗
    (
        "n09",
        "number",
        "我4月在那吉镇放牧，打12119举报了3起野外用火，2起烧秸秆的，1起上坟烧纸把40多亩草场点着了，"
        "阿荣旗举报奖历一共给多少？",
        "一般违规用火2起×500元＋引发火灾1起×1000元，合计2000元",
        both(ARR, ARB),
        ["2000元"],
    ),
    (
        "n10",
        "number",
        "阿荣旗 防火期 违规 野外用火 罚款",
        "处200元以上3000元以下罚款",
        ARB,
        ["200元以上3000元以下"],
    ),
    # 贵德县
    (
        "n11",
        "number",
        "俺家在贵德常牧，养了300多只羊，草场禁牧的3200亩，草蓄平衡的2000亩，今年补奖一共多少？",
        "3200×7.5=24000元＋2000×2.5=5000元，合计29000元",
        both(GDR, GDD),
        ["29000元"],
    ),
    (
        "n12",
        "number",
        "我们家在贵德禁牧草场有5000亩，按7块5一亩算是37500，真能全拿到吗？",
        "拿不全：每户每年补奖资金最高不超过3万元，按3万元发放",
        GDD,
        ["最高不超过3万元"],
    ),
    ("n13", "number", "贵德 草原管护员 补助 每月", "每人每月1800元", GDD, ["每人每月1800元"]),
    (
        "n14",
        "number",
        "贵德河西镇2026年草原禁牧补助花名册上合计发了多少钱？",
        f"合计{md.gd_total()}元（6户）",
        GDX,
        [md.gd_total()],
    ),
    # 沁源县
    (
        "n15",
        "number",
        "我在沁源沁河镇开面馆，个体户，一天营业额一千多，门口堆纸箱城管让三天内整改，过期没改要罚多少？",
        "逾期不改正，对个体工商户处100元罚款",
        both(QYR, QYB),
        ["罚款100元"],
    ),
    (
        "n16",
        "number",
        "沁源 沁河广场 疏导点 摊位 几个",
        "沁河广场东侧摊位60个（城北农贸市场北侧40个）",
        QYW,
        ["摊位60个"],
    ),
    (
        "n17",
        "number",
        "沁源门前三保示范店奖励多少钱？",
        "每季度评选一次，每户奖励500元",
        QYB,
        ["每户奖励500元"],
    ),
    # 将乐县
    (
        "n18",
        "number",
        "我们装修公司在将乐古镛镇拆旧厂房，大概80吨建筑拉圾，自己有两台密闭车，拉到城南消纳场要交多少？",
        "受纳费每吨12元×80吨=960元；核准不收费",
        both(JLR, JLG),
        ["960元"],
    ),
    (
        "n19",
        "number",
        "将乐 店招 高度 限制",
        "招牌高度不得超过1.2米，底边距地面不少于2.5米",
        JLB,
        ["不得超过1.2米"],
    ),
    # 汪清县
    (
        "n20",
        "number",
        "汪清大川街道，上个月投厨余30次，纸壳塑料瓶16公斤，废电池2次，积分超市能换多少钱的东西？",
        "60分＋80分＋10分=150分，每10积分兑换1元，可兑换价值15元的商品",
        both(WQR, WQB),
        ["15元"],
    ),
    (
        "n21",
        "number",
        "汪清垃圾分类一天最多能积几分？",
        "每户每日积分最高20分",
        WQB,
        ["每户每日积分最高20分"],
    ),
    (
        "n22",
        "number",
        "汪清 共享单车 乱停 调度费",
        "停放区外停车，企业可收取调度费每次5元",
        WQW,
        ["调度费每次5元"],
    ),
    # 霍山县
    (
        "n23",
        "number",
        "我4月在衡山镇开了个做黄芽茶的公司，注册资本50万，招了4个本县的都交了社保，霍山开办补贴能拿多少？",
        "经营满6个月的一次性开办补贴2000元＋吸纳本县户籍3人以上另补1000元，合计3000元",
        both(HSR, HSB),
        ["3000元"],
    ),
    ("n24", "number", "霍山 新开办企业 免费刻章 几枚", "免费刻制公章一套（4枚）", HSB, ["公章一套（4枚）"]),
    # dates
    ("t01", "date", "铜鼓公益林补偿款一般几月份发？", "每年6月30日前兑付到户", TGB, ["6月30日前"]),
    (
        "t02",
        "date",
        "铜鼓林下经济奖补今年申报截止到哪天？",
        "2026年10月31日前向所在乡镇林业站申报",
        TGO,
        ["2026年10月31日前"],
    ),
    (
        "t03",
        "date",
        "阿荣旗 防火期 几月 到 几月",
        "3月15日至6月15日、9月15日至11月15日（4月1日至5月31日为高火险期）",
        ARB,
        ["3月15日至6月15日", "9月15日至11月15日"],
    ),
    (
        "t04",
        "date",
        "贵德草原补奖资金每年什么时候发到卡上？",
        "每年11月30日前通过“一卡通”发放",
        GDD,
        ["11月30日前"],
    ),
    ("t05", "date", "沁源 疏导点 晚上 几点到几点 可以摆摊", "每日6时至9时、17时至22时", QYW, ["17时至22时"]),
    (
        "t06",
        "date",
        "沁源下雪以后门口的雪要多长时间内扫完？",
        "雪停后12小时内清除责任区积雪",
        QYB,
        ["雪停后12小时内"],
    ),
    ("t07", "date", "霍山新开办企业补贴办法从哪天开始执行？", "2026年3月1日", HSB, ["2026年3月1日"]),
    # procedures
    (
        "p01",
        "procedure",
        "阿荣旗防火期想烧地头防治病虫害，审批找谁？提前几天申请？几天批下来？",
        "向用火地所在镇人民政府提前3日申请，受理后1个工作日内作出决定；高火险期一律不批",
        ARP,
        ["提前3日", "受理后1个工作日内"],
    ),
    (
        "p02",
        "procedure",
        "阿荣旗 生产性用火 隔离带 宽度 扑火人员",
        "开设宽度不少于10米的防火隔离带，配备不少于5名扑火人员，风力三级以上不得用火",
        ARP,
        ["不少于10米", "不少于5名扑火人员"],
    ),
    (
        "p03",
        "procedure",
        "双柏古树认养最少认几年？认养了有什么？",
        "认养期限不少于3年；颁发认养证书，在古树旁设立认养牌；签协议后15日内缴费",
        SBS,
        ["认养期限不少于3年", "认养牌"],
    ),
    (
        "p04",
        "procedure",
        "将乐 建筑垃圾 处置核准 材料 时限",
        "申请表、运输合同、消纳场受纳证明、车辆行驶证及密闭装置照片；承诺3个工作日",
        JLG,
        ["消纳场受纳证明", "3个工作日"],
    ),
    (
        "p05",
        "procedure",
        "我想在沁源的疏导点卖早点，怎么申请摊位？",
        "持身份证到县城市管理局一楼便民窗口登记，公开抽签分配，低保户、残疾人优先；缴卫生保洁押金200元",
        QYW,
        ["一楼便民窗口", "抽签"],
    ),
    (
        "p06",
        "procedure",
        "霍山 政务服务 好差平 差评 多久 回访 整改",
        "1个工作日内回访核实，5个工作日内整改并反馈评价人",
        HSG,
        ["1个工作日内回访核实", "5个工作日内整改"],
    ),
    (
        "p07",
        "procedure",
        "我妈70多了腿脚不好，在霍山办事能找人帮半代办吗？去哪个窗口？",
        "县政务服务中心一楼帮办代办专窗（3号窗口），对老年人、残疾人免费代办，可预约上门",
        HSD,
        ["3号窗口", "免费代办服务"],
    ),
    (
        "p08",
        "procedure",
        "霍山 开办补贴 什么时候申请 去哪申请",
        "经营满6个月后3个月内，到县政务服务中心企业开办专区申请，10个工作日内审核",
        HSB,
        ["3个月内", "企业开办专区"],
    ),
    # yes / no
    ("y01", "yesno", "铜鼓的公益林能不能全部砍了重新种？", "不能：公益林内不得皆伐", TGB, ["不得皆伐"]),
    (
        "y02",
        "yesno",
        "铜鼓 公益林 里 种黄精 可以 打农药 吗",
        "不可以：不得在公益林内使用化学农药",
        TGO,
        ["不得在公益林内使用化学农药"],
    ),
    (
        "y03",
        "yesno",
        "双柏老家门口有棵古树，能挖了移栽到自家院子里吗？",
        "不能：严禁擅自移植",
        SBB,
        ["严禁擅自移植"],
    ),
    (
        "y04",
        "yesno",
        "阿荣旗4月中旬还能申请生产性用火吗？",
        "不能：4月1日至5月31日高火险期内生产性用火一律停止审批",
        ARB,
        ["生产性用火一律停止审批"],
    ),
    (
        "y05",
        "yesno",
        "贵德禁牧区里偷偷放牧被查到，补助还有吗？",
        "第一次扣减当年补奖资金的20%，第二次取消当年全部补奖资金",
        GDD,
        ["第一次扣减当年补奖资金的20%"],
    ),
    (
        "y06",
        "yesno",
        "在将乐自己家装修的垃圾也要办建筑垃圾核准吗？",
        "不用：袋装投放至小区装修垃圾临时堆放点，无需办理核准",
        JLG,
        ["无需办理核准"],
    ),
    (
        "y07",
        "yesno",
        "将乐 楼顶 可以 装 大型广告牌 吗",
        "不可以：禁止在建筑物屋顶设置户外广告",
        JLB,
        ["禁止在建筑物屋顶"],
    ),
    ("y08", "yesno", "汪清垃圾分类的积分能直接换现金吗？", "不能：积分不得兑换现金", WQB, ["不得兑换现金"]),
    (
        "y09",
        "yesno",
        "我家孩子11岁，在汪清能骑共享单车吗？",
        "不能：未满12周岁的儿童不得骑行",
        WQW,
        ["未满12周岁"],
    ),
    (
        "y10",
        "yesno",
        "霍山办事在皖事通上亮了电子身份证，窗口还能要我交复印件吗？",
        "不能：窗口不得再要求提交纸质证照或者复印件",
        HSG,
        ["不得再要求提交纸质证照或者复印件"],
    ),
    # traditional script: two in Cantonese
    (
        "c01",
        "traditional",
        "霍山縣新開辦企業一次性開辦補貼多少錢？",
        "一次性開辦補貼2000元；吸納本縣戶籍3人以上另補1000元",
        HSB,
        ["一次性开办补贴2000元"],
    ),
    (
        "c02",
        "traditional",
        "我哋四月去阿榮旗露營，可唔可以喺野外燒烤㗎？",
        "唔可以：4月1日至5月31日為高火險期，嚴禁一切野外用火",
        ARB,
        ["严禁一切野外用火"],
    ),
    ("c03", "traditional", "貴德縣草原禁牧補助每畝每年幾多錢？", "每畝每年7.5元", GDD, ["每亩每年7.5元"]),
    (
        "c04",
        "traditional",
        "雙柏縣一級古樹認養費每株每年多少？",
        "每株每年3000元",
        SBB,
        ["一级古树每株每年3000元"],
    ),
    ("c05", "traditional", "汪清垃圾分類積分幾時可以換嘢？", "每月第一個星期六", WQB, ["每月第一个星期六"]),
    # unanswerable: planned-only regions, a neighbouring measure
    ("u01", "unanswerable", "奉新县公益林每亩补偿多少钱？", "应拒答：奉新只是拟于明年调整", "-", []),
    ("u02", "unanswerable", "牟定县 古树名木 认养费 标准", "应拒答：牟定只是计划下半年出台", "-", []),
    (
        "u03",
        "unanswerable",
        "鄂伦春自治旗防火期野外用火怎么审批？",
        "应拒答：鄂伦春只是将于明年修订",
        "-",
        [],
    ),
    ("u04", "unanswerable", "同德县 草原管护员 考核 办法", "应拒答：同德只是拟于年内出台", "-", []),
    ("u05", "unanswerable", "武乡县门前三包积分怎么算？", "应拒答：武乡只是计划下半年推行", "-", []),
    ("u06", "unanswerable", "永安市 建筑垃圾 资源化利用 补贴", "应拒答：永安只是拟于年内出台", "-", []),
    ("u07", "unanswerable", "安图县垃圾分类积分能换什么？", "应拒答：安图只是将于明年推行", "-", []),
    ("u08", "unanswerable", "霍邱县帮办代办在哪个窗口办？", "应拒答：霍邱只是拟于下半年推出", "-", []),
    (
        "u09",
        "unanswerable",
        "霍山新开的个体工商户有开办补贴吗？补多少？",
        "应拒答：只有征求意见稿提出个体工商户补贴，正式办法已删去",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "铜鼓 天然商品林 停伐 管护补助 每亩",
        "应拒答：办法只规定公益林补偿",
        "-",
        [],
    ),
    ("u11", "unanswerable", "汪清共享单车骑一个小时多少钱？", "应拒答：通告未规定骑行收费", "-", []),
]


def odt_text(data: bytes) -> str:
    """content.xml's office:text: a line per text:h and text:p in document order, those in
    text:tracked-changes (the deleted text) left out, the change marks empty (the changes read as
    accepted)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("content.xml"))
    body = root.find("office:body/office:text", ODF)
    lines = []
    for p in body.iter(f"{{{ODF['text']}}}p", f"{{{ODF['text']}}}h"):
        if any(etree.QName(a).localname == "tracked-changes" for a in p.iterancestors()):
            continue
        lines.append(odf_inline(p))
    return "\n".join(lines)


def geojson_text(data: bytes) -> str:
    """The collection's name, then a line per feature: its properties as 键：值 joined by tabs."""
    doc = json.loads(data)
    lines = [str(doc.get("name", ""))]
    for feature in doc["features"]:
        lines.append("\t".join(f"{k}\uff1a{v}" for k, v in feature["properties"].items()))
    return "\n".join(lines)


SVG = "{http://www.w3.org/2000/svg}"


def svg_text(data: bytes) -> str:
    """A line per <text>, its <tspan> runs joined."""
    root = etree.fromstring(data)
    return "\n".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def webarchive_text(data: bytes) -> str:
    """The WebMainResource's bytes decoded by its WebResourceTextEncodingName, then read as HTML."""
    main = plistlib.loads(data)["WebMainResource"]
    codec = main.get("WebResourceTextEncodingName", "utf-8").lower()
    codec = "gb18030" if codec in ("gbk", "gb2312") else codec
    return strip_html(main["WebResourceData"].decode(codec))


# each document's text as decoded from its bytes (see the module's docstring), its bytes and parts
DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".odt", odt_text),
        (".geojson", geojson_text),
        (".svg", svg_text),
        (".webarchive", webarchive_text),
        (".docx", docx_text),
        (".xlsx", xlsx_text),
        (".pdf", pdf_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw


ONLY = {
    TGO: ["每亩补助200元", "每箱补助100元", "2026年10月31日前"],
    SBG: ["滇朴", "黄连木", "云南楚雄某茶业公司"],
    SBS: ["认养期限不少于3年", "认养牌", "认养证书"],
    ARP: ["提前3日", "受理后1个工作日内", "风力三级以上", "不少于10米"],
    QYW: ["摊位60个", "卫生保洁押金200元", "17时至22时"],
    GDX: [md.gd_total()],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    files = [p for p in md.DOCS.rglob("*") if p.is_file()]
    texts = {str(p.relative_to(md.DOCS)): doc_text(str(p.relative_to(md.DOCS))) for p in files}
    assert 30 <= len(files) <= 34, len(files)
    # the answers that stand only in one new kind of file
    for doc, keys in ONLY.items():
        for key in keys:
            assert [r for r, t in texts.items() if key in t] == [doc_path(doc)], key
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(HSB)), doc_text(doc_path(HSQ))
    assert "一次性开办补贴2000元" in final and "一次性开办补贴1500元" in draft and "1500元" not in final
    assert "3人以上" in final and "5人以上" in draft and "个体工商户" in draft and "个体工商户" not in final
    assert "2026年3月1日起施行" in final and "2026年1月1日起施行" in draft
    # the .odt: the text mimetype stored first, tracked changes unaccepted, the deleted text in no reading
    odt = raw(TGO)
    assert odt[30:38] == b"mimetype" and b"application/vnd.oasis.opendocument.text" in odt[:100]
    with zipfile.ZipFile(io.BytesIO(odt)) as z:
        content = z.read("content.xml").decode("utf-8")
    assert (
        "<text:tracked-changes" in content and "<text:deletion>" in content and "<text:insertion>" in content
    )
    assert "<text:change-start " in content and "<text:change " in content
    odt_read = doc_text(doc_path(TGO))
    for gone in md.TG_DELETED:
        assert gone in content and gone not in odt_read, gone
    # the .geojson: ASCII only, a FeatureCollection of points
    gj = raw(SBG)
    assert gj.isascii() and "滇朴".encode() not in gj
    collection = json.loads(gj)
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 5
    assert all(f["geometry"]["type"] == "Point" for f in collection["features"])
    # the .svg: the figure split over tspans, so the key is not in the bytes
    svg = raw(SBS)
    assert svg.count(b"<tspan") >= 10 and "认养期限不少于3年".encode() not in svg
    assert etree.fromstring(svg).tag == f"{SVG}svg"
    # the PDF: a Type0 Identity-H font, ToUnicode its only key, no font file, no key in a stream as text
    pdf = raw(ARP)
    assert b"/Encoding /Identity-H" in pdf and b"/CIDFontType2" in pdf and b"/ToUnicode" in pdf
    assert b"/FontFile" not in pdf
    streams = [zlib.decompress(s) for s in re.findall(rb"stream\n(.*?)\nendstream", pdf, re.S)]
    assert len(streams) == 2 and b"beginbfchar" in streams[1] and b"<0001> <963F>" in streams[1]
    assert all("提前3日".encode(enc) not in s for s in streams for enc in ("utf-8", "utf-16-be", "gb18030"))
    assert b"<" in streams[0] and b"> Tj" in streams[0]
    # the .webarchive: a binary plist, the page GBK under WebResourceTextEncodingName, a subresource
    wa = raw(QYW)
    assert wa.startswith(b"bplist00")
    archive = plistlib.loads(wa)
    main = archive["WebMainResource"]
    assert main["WebResourceTextEncodingName"] == "GBK" and main["WebResourceMIMEType"] == "text/html"
    assert len(archive["WebSubresources"]) == 1 and "摊位60个".encode("gbk") in main["WebResourceData"]
    try:
        main["WebResourceData"].decode("utf-8")
        raise AssertionError("the page should be GBK")
    except UnicodeDecodeError:
        pass


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
