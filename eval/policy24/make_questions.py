"""Writes eval/policy24/questions.jsonl: questions over eval/policy24/docs (税费优惠与交通出行 of eight
regions), written before citeqa was run on them, as chat users relay their own situation, as agents send
keyword queries and as analysts ask which regions. The chat users' questions carry the asker's situation
first, in their own words (我今年63老伴66户口在盐城, 车子买了23万落地裸车21.6万, 120平总价68万,
大娃初二小的5月刚生, 面馆这季度31万) and figures that are not the answer (23万 where the answer is 2.7万元,
68万 where it is 6800元, 以前投2块 where it is 0.8元), with typos and homophones (敬老咔, 一票制 as 一漂制,
契税补帖, 专项附家扣除). Several are answered only by a 12345 / 县长信箱 / 网络理政 / 12366 / 民呼我为 reply
(每次1元 for a 63岁 non-local, 2.7万元, 6800元, 5500元, 3100元), some only by a table cell (the .docx tiers'
3000 under 补贴标准（元/辆）, the PDF table's 合计 1299400, the .xlsx's 257.6 under 金额（万元）). The agents'
queries are terse (「寿光 绿色通道 2025年1-9月 减免通行费 合计」). Regions are named by city and county
(泰州泰兴, 信阳潢川, 潍坊寿光, 成都金堂, 红河建水, 榆林靖边, 赣州宁都, 嘉兴嘉善) or the short name. Five
questions are in traditional script, two of them in Cantonese (我阿爺今年68歲…搭巴士使唔使俾錢？,
夜晚十一點搭的士…要俾幾多錢？), three asking simplified documents. The keys are what any correct answer must
contain, written as the documents write them. Answers that need a new kind of file — the .ods (merged header,
units in the header), the .tsv export, the RSS .xml feed, the .epub compilation, the GBK page saved without a
charset — are marked in ``doc``.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name a region that has only planned a measure (信丰县, 息县, 海盐县, 安丘市, 石屏县, 米脂县: in
no expected list) and one named in passing (会昌县, 淮滨县, 高密市, 个旧市, 绥德县). The unanswerable
questions ask those planned regions, or a neighbour of what a document states (2024 where the .tsv and the
.ods give 2025, 2026's 汽车消费补贴 where the 细则 is for 2025, a second batch of 契税补贴 where only the
first is listed, 老年人 on the 跨省公交 where the 通告 states only the card discount).

``python -m eval.policy24.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html as UTF-8 with <script>/<style> dropped, tags stripped and references resolved; a page whose bytes are
  not UTF-8 and that declares no charset (the 潢川 公示 saved as 网页，仅HTML) as GBK, after asserting both;
- .docx by zipfile and regular expressions (word/document.xml, a line per w:p);
- .xlsx by openpyxl (a line per row, non-empty cells joined by tabs);
- .ods by zipfile and lxml (content.xml: a line per table:table-row, each table:table-cell's text:p joined by
  tabs, covered cells skipped; the mimetype entry first and stored);
- .tsv by csv with a tab delimiter (UTF-8 without BOM; the # comment line kept as text);
- .xml (RSS 2.0) by lxml: each <item>'s title and its <description> — CDATA or entity-escaped HTML alike come
  back as HTML text — with tags stripped;
- .epub by zipfile and lxml: META-INF/container.xml names the .opf, whose spine orders the manifest's XHTML
  chapters, each read as the text of its <body>;
- .pdf by pypdf with line breaks removed (the hard wraps split figures: 200|00元).

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup, that the
traditional-script page and questions are traditional, and the files' peculiarities: the 404 page nearly
empty, the 转载 repeating the 办法's first nine articles, the two 政策解读.html, the GBK page without a
charset, the .ods and .epub mimetype entries."""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from pathlib import Path

import opencc
import openpyxl
import pypdf
from lxml import etree

from eval.policy24 import make_docs as md
from eval.policy_make import write_questions

TXB = f"江苏/泰兴市/{md.TX_TITLE}.html (征求意见稿 beside it with other figures; a 转载 in 新闻/)"
TXD = f"江苏/泰兴市/{md.TX_DRAFT_TITLE}.html (征求意见稿: 70周岁, 学生 5折)"
TXR = "江苏/泰兴市/12345热线 外地户口老人在泰兴带孙子，能办敬老卡免费坐公交吗？.html"
TXT = (
    "江苏/泰兴市/泰兴市公交卡分类办理情况统计.tsv (TSV export: a comment line before the header, units in the"
    " header)"
)
HCD = f"河南/潢川县/{md.HC_DOCX} (fare table)"
HCG = (
    "河南/潢川县/潢川县2024年度农村客运补贴资金分配公示.html (saved as 网页，仅HTML: GBK, no charset"
    " declared)"
)
HCR = "河南/潢川县/县长信箱 卜塔集到县城的公交是不是真降到2块了？带菜进城收不收钱.html"
SGQ = "山东/寿光市/政策解读.html (问/答 pairs; 宁都县 has a file of the same name)"
SGO = f"山东/寿光市/{md.SG_ODS} (ODS: two-row merged header, units in the header)"
JTD = f"四川/金堂县/{md.JT_DOCX} (tiers table, units in the header)"
JTX = (
    "四川/金堂县/金堂县2025年汽车消费补贴（第一批）发放情况汇总表.xlsx (merged two-level header, units in"
    " the header)"
)
JTF = "四川/金堂县/金堂县政府信息公开_RSS订阅.xml (RSS 2.0 feed: HTML in CDATA and entity-escaped)"
JTR = "四川/金堂县/网络理政 10月在金堂买了新能源车，旧车也报废了，一共能领多少补贴？.html"
JSP = f"云南/建水县/{md.JS_PDF} (hard-wrapped PDF, page numbers)"
JSJ = (
    "云南/建水县/《建水縣城區出租汽車運價調整》政策解讀.html (traditional script: the portal's 繁體 version)"
)
JSG = "云南/建水县/网约车驾驶员证和运输证办理指南.html (key-value rows)"
JBD = f"陕西/靖边县/{md.JB_DOCX} (a table)"
JBR = "陕西/靖边县/县长信箱 第一套房120平，总价68万，契税补贴能补多少？.html"
JBP = f"陕西/靖边县/{md.JB_PDF} (PDF that is one table over two pages)"
NDE = f"江西/宁都县/{md.ND_EPUB} (EPUB: chapters in the spine)"
NDR = "江西/宁都县/12366纳税服务 两个娃加上赡养老人，个税专项附加扣除每月能扣多少.html"
NDJ = "江西/宁都县/政策解读.html (问/答 pairs; 寿光市 has a file of the same name)"
JNP = f"浙江/嘉善县/{md.JN_PDF} (hard-wrapped PDF, 第X页 共Y页)"
JNB = "浙江/嘉善县/关于嘉善至上海枫泾跨省公交“嘉枫线”开通运营的通告.html"
JNR = "浙江/嘉善县/民呼我为 面馆个体户季度流水过了30万，增值税怎么交？.html"
N1 = f"新闻/{md.N1_TITLE}.html"
N2 = f"新闻/{md.N2_TITLE}.html (数字报 page)"
N3 = f"新闻/{md.N3_TITLE}.html"
N4 = f"新闻/{md.N4_TITLE}.html"
N5 = f"新闻/{md.N5_TITLE}.html (数字报 page)"
N6 = f"新闻/{md.N6_TITLE}_泰州市交通运输局.html (转载: near duplicate of the 办法, cut after 第九条)"
EMPTY = "浙江/嘉善县/嘉善县小规模纳税人增值税减免政策解读.html"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["信丰", "息县", "海盐", "安丘", "石屏", "米脂"]
PASSING = ["会昌", "淮滨", "高密", "个旧", "绥德"]


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions (信丰县, 息县, 海盐县, 安丘市, 石屏县, 米脂县) and those in passing (会昌县, 淮滨县, 高密市,
    # 个旧市, 绥德县) are in no list
    (
        "r01",
        "regions",
        "哪些县市已经让65岁以上老人免费坐城市公交了？",
        ["泰兴市", "靖江市"],
        both(TXB, N1),
        [],
    ),
    ("r02", "regions", "学生公交卡 乘车 折扣优惠 已实行 县区", ["泰兴市", "姜堰区"], both(TXB, N1), []),
    (
        "r03",
        "regions",
        "城乡公交“2元一票制”已经实行的县有哪些？只要已经落地的",
        ["潢川县", "光山县"],
        both(HCD, N2),
        [],
    ),
    (
        "r04",
        "regions",
        "2024年度农村客运补贴资金已经分配或者发放到位的县",
        ["潢川县", "罗山县"],
        both(HCG, N2),
        [],
    ),
    (
        "r05",
        "regions",
        "拉菜的货车走高速绿色通道，哪些地方已经要提前预约了？",
        ["寿光市", "昌乐县"],
        both(SGQ, N3),
        [],
    ),
    ("r06", "regions", "跨省公交 通上海 已开通 县市", ["嘉善县", "平湖市"], both(JNB, N2), []),
    (
        "r07",
        "regions",
        "按车价分档的县级购车补贴已经发到购车人手上的县有哪些",
        ["金堂县", "大邑县"],
        both(JTX, N4),
        [],
    ),
    (
        "r08",
        "regions",
        "报废旧车换新车，除了国家补贴县里还另外加码的地方有哪些？",
        ["金堂县", "崇州市"],
        both(JTD, N4),
        [],
    ),
    (
        "r09",
        "regions",
        "出租车运价（起步价）今年已经调整执行了的县",
        ["建水县", "泸西县"],
        both(JSP, N4),
        [],
    ),
    ("r10", "regions", "网约车运输证 已核发 县市 红河", ["建水县", "蒙自市"], both(JSG, N4), []),
    (
        "r11",
        "regions",
        "买首套房给契税补帖的县有哪些，已经在发的",
        ["靖边县", "定边县"],
        both(JBD, N5),
        [],
    ),
    (
        "r12",
        "regions",
        "城区公交免费换乘已经实行的县有哪些？",
        ["宁都县", "石城县"],
        both(NDJ, N1),
        [],
    ),
    # 泰兴市 公交优惠: the 办法 (征求意见稿 beside it), the 12345 reply, the .tsv
    (
        "n01",
        "number",
        "泰兴 爱心卡 60至64周岁 乘车 每人次 票价",
        "按票价5折，每人次1元（征求意见稿中爱心卡对象为65至69周岁）",
        TXB,
        ["5折", "1元"],
    ),
    (
        "n02",
        "number",
        "泰兴公交优惠办法的征求意见稿里，学生卡是打几折的？",
        "征求意见稿：学生卡5折，每人次1元（正式办法为4折、0.8元）",
        TXD,
        ["5折"],
    ),
    (
        "n03",
        "number",
        "我孙女在泰兴读初一，刚办了学生卡，以前我们都是给她投2块的，现在刷卡坐一趟城市公交扣多少钱？",
        "学生卡按4折乘车，每人次0.8元",
        TXB,
        ["0.8元"],
    ),
    (
        "n04",
        "number",
        "泰州泰兴 学生卡 累计办理 多少张 截至2025年9月",
        "31908张（其中线上申领12055张）",
        TXT,
        ["31908"],
    ),
    (
        "n05",
        "number",
        "泰兴市8—9月因为老人免费坐公交，财政给公交公司补了多少钱？",
        "敬老卡8—9月财政补贴127.6万元（刷卡63.8万人次）",
        TXT,
        ["127.6"],
    ),
    # 潢川县 城乡公交
    (
        "n06",
        "number",
        "潢川 城乡公交 刷卡 扫码 票价",
        "每人次1.8元（9折；现金2元一票制）",
        both(HCD, HCR),
        ["1.8元"],
    ),
    (
        "n07",
        "number",
        "信阳潢川县2024年度农村客运补贴资金一共分了多少？",
        "386.52万元（3家企业，197辆车，68条线路）",
        HCG,
        ["386.52万元"],
    ),
    (
        "n08",
        "number",
        "我在潢川乡下住，每回进城卖菜都扛一大袋，坐城乡公交东西超过多重要另外给钱？超了给多少？",
        "随身携带物品超过20公斤的，每件另收1元",
        both(HCD, HCR),
        ["20公斤", "1元"],
    ),
    # 寿光市 绿色通道
    (
        "n09",
        "number",
        "寿光 绿色通道 2025年1-9月 减免通行费 合计",
        "12643万元（表中12643.0；通行车辆397840辆次）",
        SGO,
        ["12643"],
    ),
    (
        "n10",
        "number",
        "潍坊寿光今年9月份拉蔬菜的绿通车一共过了多少辆次？",
        "34520辆次（9月合计43770辆次）",
        SGO,
        ["34520"],
    ),
    (
        "n11",
        "number",
        "绿通车 混装 非鲜活农产品 不超过 多少 寿光",
        "不超过车辆核定载质量或者车厢容积的20%",
        SGQ,
        ["20%"],
    ),
    # 金堂县 汽车消费
    (
        "n12",
        "number",
        "我看中一台15万左右的新能源车，落地大概17万，在金堂县里的4S店买县里补多少？",
        "裸车价格10万元（含）—20万元的新能源乘用车，每辆补贴3000元",
        JTD,
        ["3000"],
    ),
    (
        "n13",
        "number",
        "在金堂买的比亚迪车子买了23万（裸车21.6万），名下2012年的旧车也报废了，国家加县里一共能拿多少补贴？",
        "县级购车补贴5000元＋国家报废更新补贴2万元＋县级加码2000元，合计2.7万元",
        both(JTR, JTD),
        ["5000元", "2000元", "2.7万元"],
    ),
    (
        "n14",
        "number",
        "成都金堂县汽车消费补贴第一批一共发了多少钱？",
        "合计257.6万元（购车补贴796辆237.1万元，以旧换新县级加码118人次20.5万元）",
        JTX,
        ["257.6"],
    ),
    (
        "n15",
        "number",
        "金堂 汽车消费补贴 第二批 车辆数 资金",
        "1128辆，362.8万元（含以旧换新县级加码）",
        JTF,
        ["1128", "362.8万元"],
    ),
    (
        "n16",
        "number",
        "明年也就是2026年买新能源车，车购税每辆最多能减多少？",
        "2026年1月1日至2027年12月31日减半征收，每辆新能源乘用车减税额不超过1.5万元",
        JTF,
        ["1.5万元"],
    ),
    # 建水县 出租车
    (
        "n17",
        "number",
        "红河建水 出租车 夜间 起步价 续租价",
        "22:00至次日6:00起步价8元，续租价每公里2.1元",
        both(JSP, JSJ),
        ["8元", "2.1元"],
    ),
    # 靖边县 契税补贴
    (
        "n18",
        "number",
        "我跟媳妇在靖边买了第一套新房，120平，总价68万，契税补贴能补多少？",
        "首套、140平方米及以下契税1%，契税6800元，按100%补贴6800元（县长信箱答复）",
        both(JBR, JBD),
        ["6800元"],
    ),
    (
        "n19",
        "number",
        "榆林靖边县2025年第一批购房契税补贴一共拨了多少钱、多少套？",
        "1299400元；首套204套、二套49套",
        JBP,
        ["1299400", "204"],
    ),
    # 宁都县 个税, 嘉善县 增值税
    (
        "n20",
        "number",
        "宁都上班，大娃读初二，小的今年5月刚出生，爸妈都60多了我还有个妹妹，专项附家扣除我一个月最多扣多少？",
        "子女教育2000元＋婴幼儿照护2000元＋赡养老人分摊1500元，每月合计5500元",
        both(NDR, NDE),
        ["5500元"],
    ),
    (
        "n21",
        "number",
        "我在嘉善魏塘开面馆，个体户按季报，这个季度不含税卖了31万，增值税要交多少？",
        "季度超过30万元的全部销售额按1%缴纳：31万元×1%=3100元",
        both(JNR, JNP),
        ["3100元"],
    ),
    (
        "n22",
        "number",
        "赡养老人 非独生子女 每人每月 分摊 上限 宁都 税务",
        "每人分摊的额度不能超过每月1500元（共3000元）",
        NDE,
        ["1500元"],
    ),
    # dates
    (
        "t01",
        "date",
        "泰兴65岁老人免费坐公交是哪天开始的？",
        "2025年8月1日起施行",
        both(TXB, N6),
        ["2025年8月1日"],
    ),
    (
        "t02",
        "date",
        "泰兴 公交优惠办法 征求意见 截止 时间",
        "2025年5月9日（2025年4月10日起）",
        TXD,
        ["2025年5月9日"],
    ),
    ("t03", "date", "潢川城乡公交2元一漂制从什么时候开始？", "2025年4月1日起", HCD, ["2025年4月1日"]),
    (
        "t04",
        "date",
        "我12月中旬在金堂买的车，发票12月开的，县里汽车补贴最晚什么时候申请？",
        "延长至2026年1月31日",
        JTF,
        ["2026年1月31日"],
    ),
    (
        "t05",
        "date",
        "建水 出租车 新运价 执行日期",
        "2025年9月1日起执行",
        both(JSP, JSJ),
        ["2025年9月1日"],
    ),
    (
        "t06",
        "date",
        "嘉兴嘉善到枫泾的跨省公交是哪天开通的？",
        "2025年7月15日",
        both(JNB, N2),
        ["2025年7月15日"],
    ),
    (
        "t07",
        "date",
        "六税两费 减半征收 执行到 哪天",
        "至2027年12月31日",
        both(NDE, JNP),
        ["2027年12月31日"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "我今年63老伴66，户口在盐城，在泰兴带孙子办了居住证，我们能办泰兴的敬老咔吗？",
        "能，持本市居住证（签发满6个月）的非本市户籍老年人同等享受：老伴免费，您爱心卡每人次1元",
        both(TXR, TXB),
        ["同等享受"],
    ),
    (
        "y02",
        "yesno",
        "从寿光往外拉冻肉和速冻蔬菜，走高速能免通行费吗？",
        "不能，冷冻肉、速冻蔬菜不属于鲜活农产品，不享受绿色通道政策",
        SGQ,
        ["不属于鲜活农产品"],
    ),
    (
        "y03",
        "yesno",
        "建水 出租车 调价 网约车 是否 执行",
        "不执行，网约车实行市场调节价",
        both(JSP, JSJ),
        ["市场调节价"],
    ),
    (
        "y04",
        "yesno",
        "建水打出租以前每趟多收的1块钱燃油附加费现在还收吗？",
        "不收，燃油附加费自2025年9月1日起同时取消",
        JSP,
        ["取消"],
    ),
    (
        "y05",
        "yesno",
        "宁都坐公交投硬币的话，60分钟内换乘也免费吗？",
        "不免费，投币乘车不享受免费换乘",
        NDJ,
        ["投币乘车不享受"],
    ),
    (
        "y06",
        "yesno",
        "宁都 免费换乘 同一线路 往返 算不算",
        "不算，同一线路往返乘车不视为换乘",
        NDJ,
        ["不视为换乘"],
    ),
    (
        "y07",
        "yesno",
        "嘉善小规模纳税人季度销售额超了30万，是不是只就超出的部分交增值税？",
        "不是，应就全部销售额缴纳增值税（减按1%）",
        both(JNP, JNR),
        ["全部销售额"],
    ),
    (
        "y08",
        "yesno",
        "我是金堂人，在成都市区的4S店买的车，能领金堂县的汽车消费补贴吗？",
        "不能，须在金堂县内纳入限额以上统计的汽车销售企业购买",
        JTD,
        ["金堂县内"],
    ),
    (
        "y09",
        "yesno",
        "靖边 买二手房 契税补贴 有没有",
        "没有，补贴对象为购买新建商品住房并缴纳契税的",
        JBD,
        ["新建商品住房"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "泰兴敬老卡去哪办？要带什么？",
        "公交IC卡服务中心（鼓楼南路18号，"
        "工作日8:30—17:00）或各镇（街道）便民服务中心，带身份证（外地户口另带居住证），"
        "现场拍照当场制卡、免工本费；也可在“泰州公交”微信小程序申领电子卡",
        both(TXR, TXB),
        ["鼓楼南路18号", "泰州公交"],
    ),
    (
        "p02",
        "procedure",
        "泰兴 敬老卡 年审 方式",
        "每年一次，可在“泰州公交”微信小程序人脸识别年审，或到公交IC卡服务网点现场年审",
        TXB,
        ["人脸识别"],
    ),
    (
        "p03",
        "procedure",
        "在寿光装了一车西红柿要上高速，绿色通道怎么预约？",
        "出发前通过“e高速”App或“中国ETC服务”小程序预约，预约后24小时内驶入高速有效，出站走绿通专用车道查验",
        SGQ,
        ["e高速", "24小时"],
    ),
    (
        "p04",
        "procedure",
        "金堂 汽车消费补贴 申领 渠道 材料 期限",
        "发票开具之日起30日内，通过“金堂消费”微信小程序提交购车发票、身份证、行驶证和本人一类银行卡信息",
        JTD,
        ["金堂消费", "30日内"],
    ),
    (
        "p05",
        "procedure",
        "在建水想把自己的车接入网约车平台跑，运输证要交什么材料、多久能办下来？",
        "申请表、机动车行驶证、车辆所有人身份证、网约车平台公司出具的接入证明；承诺时限5个工作日，不收费",
        JSG,
        ["接入证明", "5个工作日"],
    ),
    (
        "p06",
        "procedure",
        "靖边购房契税补贴怎么申请，去哪里？",
        "缴纳契税之日起6个月内，持契税完税凭证、买卖合同、"
        "身份证、户口簿、婚姻状况证明到县住建局（房地产服务中心，"
        "张家畔街道长城路）申请，审核后20个工作日内拨付",
        both(JBD, JBR),
        ["6个月内", "契税完税凭证"],
    ),
    (
        "p07",
        "procedure",
        "赣州宁都县税务局办税服务厅在哪？平时上班没空，周末能去办个税吗？",
        "梅江镇翠微大道；每周六上午9:00—12:00延时服务，可办个人所得税、社保费缴纳等",
        NDE,
        ["翠微大道", "9:00—12:00"],
    ),
    # traditional script: two in Cantonese; c02-c04 ask simplified documents
    (
        "c01",
        "traditional",
        "我喺建水古城度假，夜晚十一點搭的士返酒店大概5公里，要俾幾多錢？",
        "夜間5公里：起步價8元＋3公里續租費6.3元，共14.3元（不含等候費）",
        JSJ,
        ["14.3元"],
    ),
    (
        "c02",
        "traditional",
        "我阿爺今年68歲，喺泰興住咗三年，戶口喺廣州，有居住證，佢搭巴士使唔使俾錢？",
        "唔使：持泰興居住證的非本市戶籍老人同等享受，65周歲以上辦敬老卡免費乘坐城市公交",
        both(TXB, TXR),
        ["同等享受"],
    ),
    (
        "c03",
        "traditional",
        "金堂縣買新能源車，裸車價格30萬以上的補貼多少？",
        "每輛8000元",
        JTD,
        ["8000"],
    ),
    (
        "c04",
        "traditional",
        "寧都 3歲以下嬰幼兒照護 個稅 每月扣除 標準",
        "每個嬰幼兒每月2000元，父母可選一方100%扣除或雙方各50%",
        NDE,
        ["2000元"],
    ),
    (
        "c05",
        "traditional",
        "建水縣出租車不按新價格收費，投訴電話是多少？",
        "12345熱線或建水縣交通運輸局運輸管理股0873-7652319",
        JSJ,
        ["0873-7652319"],
    ),
    # unanswerable: planned-only regions, neighbouring years or categories, figures not given
    ("u01", "unanswerable", "信阳息县城乡公交一票制票价是多少？", "应拒答：息县只是拟于明年推行", "-", []),
    ("u02", "unanswerable", "海盐 跨省公交 金山 票价", "应拒答：海盐县只是计划开通", "-", []),
    (
        "u03",
        "unanswerable",
        "安丘的绿通车预约通行是从哪天开始实行的？",
        "应拒答：安丘市只是计划下半年推行",
        "-",
        [],
    ),
    ("u04", "unanswerable", "红河石屏县出租车调价后起步价多少？", "应拒答：石屏县只是拟调整", "-", []),
    ("u05", "unanswerable", "米脂县 首套房 契税补贴 比例", "应拒答：米脂县只是将出台", "-", []),
    (
        "u06",
        "unanswerable",
        "信丰县城公交免费换乘的时限是多久？",
        "应拒答：信丰县只是计划年底前推出",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "泰兴 2024年 敬老卡 刷卡人次 全年",
        "应拒答：统计表只给2025年8—9月的刷卡人次",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "金堂县2026年还有汽车消费补贴吗？新能源车补多少？",
        "应拒答：细则只到2025年12月31日，2026年的补贴未见规定",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "寿光2024年全年绿色通道一共减免了多少通行费？",
        "应拒答：统计表只有2025年1—9月",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "靖边县第二批购房契税补贴拨了多少钱？",
        "应拒答：只有第一批汇总表",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "我妈72岁，坐嘉善到枫泾那趟跨省公交能免费吗？",
        "应拒答：通告只规定刷卡8折，未提老年人优惠",
        "-",
        [],
    ),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it (a path may itself hold " (")."""
    m = re.match(r"(.*?\.(?:html|docx|xlsx|ods|tsv|xml|epub|pdf))(?: \(.*\))?$", doc)
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    raw = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def html_text(data: bytes) -> str:
    """UTF-8, or — for a page saved as 网页，仅HTML that is not UTF-8 and declares no charset — GBK."""
    try:
        return strip_html(data.decode("utf-8"))
    except UnicodeDecodeError:
        assert b"charset" not in data.lower(), "a non-UTF-8 page that declares a charset"
        return strip_html(data.decode("gbk"))


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
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def ods_text(data: bytes) -> str:
    """content.xml: a line per table-row, each table-cell's text:p joined (covered cells are skipped)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        root = etree.fromstring(z.read("content.xml"))
    lines = []
    for row in root.iter(f"{{{ODF['table']}}}table-row"):
        cells = [
            "".join("".join(p.itertext()) for p in cell.iter(f"{{{ODF['text']}}}p"))
            for cell in row.iter(f"{{{ODF['table']}}}table-cell")
        ]
        lines.append("\t".join(c for c in cells if c))
    return "\n".join(lines)


def tsv_text(data: bytes) -> str:
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = csv.reader(io.StringIO(data.decode("utf-8")), delimiter="\t")
    return "\n".join("\t".join(r) for r in rows)


def rss_text(data: bytes) -> str:
    """Each item's title and its description's HTML (CDATA or entity-escaped: lxml gives the text)
    unstripped."""
    root = etree.fromstring(data)
    out = []
    for item in root.iter("item"):
        out.append(item.findtext("title") or "")
        out.append(strip_html(item.findtext("description") or ""))
    return "\n".join(out)


def epub_text(data: bytes) -> str:
    """container.xml → the .opf → its spine's XHTML chapters in order, each the text of its <body>."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/epub+zip"
        container = etree.fromstring(z.read("META-INF/container.xml"))
        ns_c = {"c": "urn:oasis:names:tc:opendocument:xmlns:container"}
        opf_path = container.find(".//c:rootfile", ns_c).get("full-path")
        opf = etree.fromstring(z.read(opf_path))
        ns = {"o": "http://www.idpf.org/2007/opf"}
        base = opf_path.rsplit("/", 1)[0] + "/"
        hrefs = {i.get("id"): i.get("href") for i in opf.findall(".//o:manifest/o:item", ns)}
        out = []
        for ref in opf.findall(".//o:spine/o:itemref", ns):
            doc = etree.fromstring(z.read(base + hrefs[ref.get("idref")]))
            body = doc.find("{http://www.w3.org/1999/xhtml}body")
            out.append("".join(body.itertext()))
    return "\n".join(out)


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text().replace("\n", "") for p in pypdf.PdfReader(io.BytesIO(data)).pages)


READERS = {
    ".html": html_text,
    ".docx": docx_text,
    ".xlsx": xlsx_text,
    ".ods": ods_text,
    ".tsv": tsv_text,
    ".xml": rss_text,
    ".epub": epub_text,
    ".pdf": pdf_text,
}


def doc_text(rel: str) -> str:
    """A document's text as decoded from its bytes (see the module's docstring)."""
    return READERS[Path(rel).suffix]((md.DOCS / rel).read_bytes())


def check_files() -> None:
    """Every file decodes; the 404 page is nearly empty; the 转载 repeats the 办法's first nine articles
    and not
    the rest; the two 政策解读.html differ; the GBK page has no charset; the 繁體 page is traditional."""
    for path in md.DOCS.rglob("*"):
        if path.is_file():
            doc_text(str(path.relative_to(md.DOCS)))
    assert len(doc_text(EMPTY).split()) <= 6, doc_text(EMPTY)
    repost = doc_text(doc_path(N6))
    arts = md.J(md.tx_articles(draft=False))
    assert all(a in repost for a in arts[:9]) and not any(a in repost for a in arts[9:])
    assert doc_text(doc_path(SGQ)) != doc_text(doc_path(NDJ))
    gbk = (md.DOCS / doc_path(HCG)).read_bytes()
    assert b"charset" not in gbk.lower() and b"\r\n" in gbk
    trad = doc_text(doc_path(JSJ))
    assert _T2S.convert(trad) != trad and "建水縣" in trad


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
    write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
