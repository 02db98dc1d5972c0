"""Writes eval/policy38/questions.jsonl: questions over eval/policy38/docs (网格化管理与专职网格员、野生动物致
害补偿、校园足球与青少年体育 of eight regions), written before citeqa was run on them, as chat users relay
their own situation, as agents send keyword queries and as analysts ask which regions. The chat users'
questions carry the asker's situation first, in their own words (55岁 and 22亩, 58岁 and 5口人 and 12亩, 62岁
and 9亩, 34岁 and 420户, 29岁 and 186户, 51岁 and 213户, 860个学生, 3个教练) and figures that are not the
answer (8亩 60% and 5亩 40% where it is 5040元, 6亩 and 2亩 where it is 6000元, 4亩 and 3亩 where it is
2400元, 86分 where it is 2600元, 12个月 where it is 39000元 or 8000元, 3万 where it is 3.5万元, 2600人次
where it is 8.2万元), with typos and homophones (野猪供了, 网格圆, 补尝) and local words (洋芋 for 马铃薯, 黑
瞎子 for 黑熊, 娃娃). Several are answered only by a 12345 / 领导留言板 / 县长信箱 reply (5040元, 6000元, 2400
元, 2600元, 39000元, 8000元, 3.5万元, 8.2万元), some only by a new kind of file (the .xmind's 绩效奖励400元
and 连续3个月不合格; the .mm's 每延长米15元 and 0458-8163729; the .vsdx's 2个工作日内, 村务公开栏公示3天 and
0941-5121367; the .yaml's 网格公示牌, 0970-8616110, 严格保密 and 随手拍; the .tmx's 2026年6月20日 and
0999-3028816), the GB18030 .txt (30分钟内), the UTF-16 .txt (2026年4月11日), a 政策解读 (86.3万元, 不少于1.5小
时), the 办事指南 (24号窗口) or the 繁體 page (每月發放補貼500元, 保額50萬元, 每人獎勵2000元). The agents'
queries are terse (「舟曲 农作物 家畜 损失 保险 报案 时限」). Regions are named by the county's name, full or
short (铁力, 舟曲, 青龙, 宽甸, 门源, 洪洞, 霍城, 四子王旗), the analysts' questions by prefecture (伊春, 秦皇
岛, 甘南, 丹东, 海北, 临汾, 伊犁, 乌兰察布). Five questions are in traditional script (three on the 繁體 page,
whose keys are in traditional script as OpenCC s2tw writes them). The keys are what a correct answer must
contain, written as the documents write them; where a figure is written two ways in the documents, both are
listed (3.5万元 / 35000元, 8.2万元 / 82000元).

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (伊美, 抚宁, 卓尼, 振安, 海晏, 侯马, 察布查尔, 化
德: in no expected list), regions named in passing (金林, 昌黎, 临潭, 元宝, 曲沃, 巩留, 集宁) and regions
whose measure is only similar to the one a question asks (丰林, 汤旺, 北戴河, 碌曲, 刚察, 新源, 商都: in no
expected list, each named in the roundup a question lists). The unanswerable questions ask five planned
regions, or a neighbour of what a document states (铁力's standard of another year, 2024; 青龙's compensation
for another animal, 獾子; 铁力's 蜂箱 article, which only the 征求意见稿 had; 门源's 网格长 补贴, an amount
the 办法 does not give; 刚察's 交通补贴, a measure the roundup says it does not have; 霍城's league of another
year, 2025).

``python -m eval.policy38.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv (not with citeqa, nor any reader of the
earlier collections):
- .html by a byte-order mark, else the charset its <meta> names (gbk read as GB18030), tags stripped;
- .docx by zipfile: word/document.xml a line per w:p (table cells are paragraphs); an empty file has no text;
- .pdf by pypdf, a page's lines joined; .txt by its byte-order mark (UTF-16, UTF-8), else UTF-8, else GB18030;
- .xmind by zipfile and json: content.json's sheets, every topic's title, labels and plain note in order;
- .mm by lxml: every node's TEXT (references resolved) or its richcontent NODE's paragraphs, then its NOTE;
- .vsdx by zipfile and lxml: the pages that visio/pages/pages.xml lists (through its rels), every Shape's
  Text, the cp / pp / tp markers dropped;
- .yaml by PyYAML: per entry its question, answer and tags;
- .tmx by lxml: per tu each tuv's seg, the inline codes (bpt, ept, ph, it) dropped with their escaped markup
  and their tails kept.

It checks the expected regions, planned-only, passing and similar ones as above, that each planned-only region
is named beside 拟, 将 or 计划 in a roundup, that the kinds number as planned, that each new kind of file
alone answers at least two questions, and the files' peculiarities: the 征求意见稿 against its final text; the
duplicate (the same bytes under “ - 副本”); the empty 附件 (0 bytes); the two 政策解读.html (one name, two
folders); the GBK page; the GB18030 .txt (CRLF); the UTF-16 .txt (LE byte-order mark, CRLF); the .docx (three
tables, the units in the header row only); the PDF (three pages, its wrap cutting 每亩补偿5 | 00元); the 繁體
page (zh-TW); the .xmind (its parts, the content.xml warning without the facts, labels and notes); the .mm
(FreeMind 1.0.1, references, richcontent NODE and NOTE); the .vsdx (its parts, markers, connectors, the number
cut by a cp marker); the .yaml (a list of question / answer / tags, a fold inside a sentence, escapes and
backslash-continued lines); the .tmx (TMX 1.4, zh-CN to en-US, bpt / ept / ph cutting a date and a number, an
untranslated tu)."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from pathlib import Path

import opencc
import pypdf
import yaml
from lxml import etree

from eval import policy_make as make
from eval.policy38 import make_docs as md
from eval.policy_make import Documents, both, doc_path, not_utf8

_S2TW = opencc.OpenCC("s2tw")
_T2S = opencc.OpenCC("t2s")
t = _S2TW.convert  # a key of the 繁體 page, as that page writes it

TLB = f"黑龙江/铁力市/{md.TL_TITLE}.html"
TLC = f"黑龙江/铁力市/{md.TL_TITLE} - 副本.html (the same page under a copy's name)"
TLQ = f"黑龙江/铁力市/{md.TL_DRAFT_TITLE}.html (征求意见稿: 25万元, 玉米700元, 蜂箱, 2026年4月1日)"
TLM = f"黑龙江/铁力市/{md.TL_MM} (FreeMind map, a figure in numeric references)"
TLR = f"黑龙江/铁力市/12345 {md.TL_REPLY_Q}.html"
ZQD = f"甘肃/舟曲县/{md.ZQ_DOCX} (tables, units in the header row)"
ZQV = f"甘肃/舟曲县/{md.ZQ_VSDX} (Visio flowchart, a number cut by a cp marker)"
ZQJ = "甘肃/舟曲县/政策解读.html (named like 四子王旗's)"
ZQR = f"甘肃/舟曲县/领导留言板 {md.ZQ_REPLY_Q}.html"
QLP = f"河北/青龙满族自治县/{md.QL_PDF} (hard-wrapped PDF, 每亩补偿5 / 00元)"
QLG = "河北/青龙满族自治县/办事指南.html (key-value fields)"
QLR = f"河北/青龙满族自治县/12345 {md.QL_REPLY_Q}.html"
KDB = f"辽宁/宽甸满族自治县/{md.KD_TITLE}.html (GBK)"
KDX = f"辽宁/宽甸满族自治县/{md.KD_XMIND} (XMind map, 等次 in a title and 绩效 in its label)"
KDR = f"辽宁/宽甸满族自治县/12345 {md.KD_REPLY_Q}.html"
MYB = f"青海/门源回族自治县/{md.MY_TITLE}.html"
MYY = f"青海/门源回族自治县/{md.MY_YAML} (chatbot FAQ, folded and escaped entries)"
MYR = f"青海/门源回族自治县/12345 {md.MY_REPLY_Q}.html"
HDT = f"山西/洪洞县/{t(md.HD_TITLE)}（繁體版）.html (traditional script)"
HDX = f"山西/洪洞县/{md.HD_TXT} (GB18030, CRLF)"
HDR = f"山西/洪洞县/12345 {md.HD_REPLY_Q}.html"
HCB = f"新疆/霍城县/{md.HC_TITLE}.html"
HCT = f"新疆/霍城县/{md.HC_TMX} (TMX 1.4, a date and a number cut by inline codes)"
HCX = f"新疆/霍城县/{md.HC_TXT} (UTF-16 LE, CRLF)"
HCR = f"新疆/霍城县/县长信箱 {md.HC_REPLY_Q}.html"
SZB = f"内蒙古/四子王旗/{md.SZ_TITLE}.html"
SZJ = "内蒙古/四子王旗/政策解读.html (named like 舟曲's)"
SZE = f"内蒙古/四子王旗/{md.SZ_EMPTY} (empty)"
SZR = f"内蒙古/四子王旗/12345 {md.SZ_REPLY_Q}.html"
N1, N2, N3, N4 = (f"新闻/{title}.html" for title, _ in md.NEWS)

PLANNED = ["伊美", "抚宁", "卓尼", "振安", "海晏", "侯马", "察布查尔", "化德"]
PASSING = ["金林", "昌黎", "临潭", "元宝", "曲沃", "巩留", "集宁"]
# regions a roundup says have done something only like the measure a question asks
SIMILAR = ["丰林", "汤旺", "北戴河", "碌曲", "刚察", "新源", "商都"]
NEIGHBOURS = ("u06", "u07", "u08", "u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only,
    # passing and similar regions are in no list
    (
        "r01",
        "regions",
        "伊春哪些县市区已经对野生动物伤人、致人死亡给补偿了？只管庄稼的不算",
        ["铁力市", "嘉荫县"],
        both(TLB, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "伊春 农户 自建 防野猪 电子围栏 补助 已实施 县区",
        ["铁力市", "南岔县"],
        both(TLM, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "秦皇岛哪些县区对野猪糟蹋庄稼给补偿？还在计划的不算",
        ["青龙满族自治县", "卢龙县"],
        both(QLP, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "秦皇岛 组建 狩猎队 调控 野猪种群 县区",
        ["青龙满族自治县", "山海关区"],
        both(QLP, N1),
        [],
    ),
    (
        "r05",
        "regions",
        "甘南哪些县给老百姓上了野生动物致害的政府救助责任保险？",
        ["舟曲县", "迭部县"],
        both(ZQD, N2),
        [],
    ),
    ("r06", "regions", "甘南 野生动物 咬死 牲畜 赔付 补偿 县", ["舟曲县", "玛曲县"], both(ZQD, N2), []),
    (
        "r07",
        "regions",
        "丹东哪些县市区按月度考核给专职网格员发绩效奖励？",
        ["宽甸满族自治县", "东港市"],
        both(KDB, N3),
        [],
    ),
    ("r08", "regions", "丹东 兼职网格员 补贴 已发放 县区", ["宽甸满族自治县", "振兴区"], both(KDB, N3), []),
    (
        "r09",
        "regions",
        "海北哪些县给牧区的网格员发交通补贴？光配摩托车的不算",
        ["门源回族自治县", "祁连县"],
        both(MYB, N3),
        [],
    ),
    (
        "r10",
        "regions",
        "临汾 评选 十佳网格员 优秀网格员 奖励 已开展 县市",
        ["洪洞县", "霍州市"],
        both(HDT, N3),
        [],
    ),
    (
        "r11",
        "regions",
        "伊犁哪些县对校园足球特色学校给奖补？篮球的不算",
        ["霍城县", "伊宁县"],
        both(HCB, N4),
        [],
    ),
    ("r12", "regions", "伊犁 校外 足球教练员 课时补贴 县", ["霍城县", "昭苏县"], both(HCB, N4), []),
    (
        "r13",
        "regions",
        "乌兰察布哪些旗县对新认定的青少年体育俱乐部给奖励？",
        ["四子王旗", "卓资县"],
        both(SZB, N4),
        [],
    ),
    # numbers: a chat user's own case (the reply reckons it), a keyword query, a table's cell, a new kind of
    # file
    (
        "n01",
        "number",
        "我55岁住铁力年丰乡，家里包了22亩地，9月野猪连着几晚下山，8亩玉米被供得不成样子，核查损失率60%，"
        "5亩大豆损失率40%，"
        "还有2亩水稻损失率8%，9月16号就报了，能补多少钱？",
        "玉米8×800×60%=3840元＋大豆5×600×40%=1200元，水稻损失率不足10%不补，合计5040元",
        both(TLR, TLB),
        ["5040元"],
    ),
    (
        "n02",
        "number",
        "铁力 野生动物 致人死亡 补偿 多少",
        "一次性补偿30万元（征求意见稿为25万元）",
        TLB,
        ["30万元"],
    ),
    (
        "n03",
        "number",
        "我58岁在舟曲大川镇种了12亩地，家里5口人，8月20号夜里野猪把6亩玉米全拱了（损失率100%），"
        "还拱了2亩洋芋（损失率50%），"
        "第二天就报案了，保险能赔多少？",
        "6×900×100%＋2×800×50%\u2212免赔额200=6000元",
        both(ZQR, ZQD),
        ["6000元"],
    ),
    (
        "n04",
        "number",
        "舟曲 野生动物致害保险 2025年 试点 赔付 金额",
        "2025年在大川镇、立节镇试点，共为412户群众赔付86.3万元",
        ZQJ,
        ["86.3万元"],
    ),
    (
        "n05",
        "number",
        "舟曲家里挂果的花椒被野猪糟蹋了，保险每亩按多少赔？",
        "花椒、核桃每亩1200元，按定损损失率计算（表中单位只在表头：元/亩）",
        ZQD,
        ["1200"],
    ),
    (
        "n06",
        "number",
        "我是青龙八道河镇的，62岁，老两口种9亩地，9月底野猪把4亩玉米拱了（损失率60%），3亩甘薯全毁了，"
        "1亩花生损失率15%，"
        "能补多少？",
        "玉米1200元＋甘薯1200元=2400元，花生损失率不足20%不补",
        both(QLR, QLP),
        ["2400元"],
    ),
    (
        "n07",
        "number",
        "青龙 野猪 玉米 谷子 每亩 补偿 标准",
        "玉米、谷子每亩补偿500元，按损失率计算（PDF 第2页，折行把 5 / 00元 拆开）",
        QLP,
        ["每亩补偿500元"],
        2,
    ),
    (
        "n08",
        "number",
        "我是洪洞大槐树镇的村民小组长，51岁，今年1月开始兼网格员，网格里213户，12月评上了十佳网格员，"
        "今年补贴加奖励一共多少"
        "钱？",
        "12×500=6000元＋十佳奖励2000元=8000元",
        both(HDR, HDT),
        ["8000元"],
    ),
    (
        "n09",
        "number",
        "我34岁，在宽甸镇社区当专职网格圆，网格里420户，3月份月度考核打了86分，家里两个孩子上学，"
        "当月能拿多少？",
        "基本报酬2200元＋合格等次绩效奖励400元=2600元",
        both(KDR, KDB, KDX),
        ["2600元"],
    ),
    (
        "n10",
        "number",
        "宽甸 专职网格员 月度考核 80多分 合格 绩效奖励",
        "合格（80—89分）绩效奖励400元（优秀600元，基本合格200元）",
        KDX,
        ["绩效奖励400元"],
    ),
    (
        "n11",
        "number",
        "我29岁在门源苏吉滩乡牧业村当专职网格员，村里186户，草场大骑摩托油钱不少，去年考核优秀，"
        "今年一年加上优秀奖励一共能拿"
        "多少？",
        "（2800+200）×12+3000=39000元",
        both(MYR, MYB),
        ["39000元"],
    ),
    (
        "n12",
        "number",
        "霍城 校园足球特色学校 运转经费 标准",
        "每年按在校学生每生20元，每校每年不低于1万元",
        HCB,
        ["每生20元"],
    ),
    (
        "n13",
        "number",
        "我是霍城水定镇一所小学的校长，学校860个学生，2024年评了州级足球特色学校拿过3万，今年升成自治区级，"
        "校队6月又拿了州里"
        "第二名，今年能拿多少奖补？",
        "晋级差额5\u22123=2万元＋州级比赛第二名1.5万元，合计3.5万元（运转经费另拨）",
        both(HCR, HCB),
        ["3.5万元", "35000元"],
    ),
    (
        "n14",
        "number",
        "铁力 农户 自建 防野猪 电子围栏 补助 标准",
        "按每延长米15元补助，每户最高3000元",
        TLM,
        ["每延长米15元"],
    ),
    (
        "n15",
        "number",
        "我们家在四子王旗乌兰花镇开搏克俱乐部，民政局登记了，今年7月认定成旗级俱乐部，"
        "暑假周末免费教学生一共2600人次，有3个"
        "教练，认定奖励加培训补贴一共能拿多少？",
        "认定奖励30000元＋培训补贴2600×20=52000元，合计82000元（8.2万元）",
        both(SZR, SZB),
        ["82000元", "8.2万元"],
    ),
    (
        "n16",
        "number",
        "四子王旗 俱乐部 免费 公益培训 补贴 每人次",
        "每人次20元，每个俱乐部每年最高10万元",
        SZB,
        ["每人次20元"],
    ),
    # dates
    (
        "t01",
        "date",
        "铁力市野生动物致害补偿办法从哪天开始施行？",
        "2026年5月1日（征求意见稿为2026年4月1日）",
        TLB,
        ["2026年5月1日"],
    ),
    (
        "t02",
        "date",
        "铁力 野生动物 致害 申报 时限",
        "自损害发生之日起7日内向损害发生地乡镇政府书面申报（征求意见稿为5日）",
        TLB,
        ["7日内"],
    ),
    (
        "t03",
        "date",
        "舟曲报案以后，保险公司多久来现场查勘定损？",
        "接到报案后2个工作日内，会同乡镇林业站现场查勘定损",
        ZQV,
        ["2个工作日内"],
    ),
    (
        "t04",
        "date",
        "舟曲 农作物 家畜 损失 保险 报案 时限",
        "48小时内报案（人身伤亡24小时内）",
        ZQD,
        ["48小时内"],
    ),
    (
        "t05",
        "date",
        "霍城薰衣草杯国际青少年足球邀请赛报名截止到哪天？",
        "2026年6月20日",
        HCT,
        ["2026年6月20日"],
    ),
    (
        "t06",
        "date",
        "霍城 2026年 春季 中小学 校园足球联赛 比赛时间",
        "2026年4月11日至5月30日，每周六进行",
        HCX,
        ["2026年4月11日"],
    ),
    (
        "t07",
        "date",
        "洪洞 网格 重大事件 上报 时限",
        "30分钟内（先电话报告，再通过“平安洪洞”APP补报）",
        HDX,
        ["30分钟内"],
    ),
    (
        "t08",
        "date",
        "四子王旗青少年体育俱乐部的扶持资金每年什么时候之前要报上去？",
        "每年11月30日前报旗教育体育局体育股",
        SZB,
        ["11月30日前"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "铁力报了野生动物致害以后，核查和公示是怎么走的？",
        "乡镇会同市林草局10个工作日内现场核查、核定损失，在村（社区）公示5天，无异议的30日内审核完毕，"
        "经“一卡通”发放",
        TLB,
        ["公示5天", "10个工作日内"],
    ),
    (
        "p02",
        "procedure",
        "舟曲 保险 定损结果 公示 几天 在哪",
        "在村务公开栏公示3天",
        ZQV,
        ["村务公开栏公示3天"],
    ),
    (
        "p03",
        "procedure",
        "宽甸网格员碰到火情这种紧急情况，要多快报告、怎么报？",
        "发现后15分钟内电话报告乡镇（街道）网格化服务管理中心，1小时内通过“宽甸网格通”APP补报",
        KDB,
        ["15分钟内电话报告"],
    ),
    (
        "p04",
        "procedure",
        "门源 怎么 查 自己家 网格员 是谁",
        "看小区出入口或者村委会门口的网格公示牌，或在“门源智慧网格”公众号“我的网格”输入住址查询",
        MYY,
        ["网格公示牌"],
    ),
    (
        "p05",
        "procedure",
        "青龙 野生动物 致害 补偿 去哪里 办 窗口",
        "县政务服务中心二楼林业局窗口（24号窗口）",
        QLG,
        ["24号窗口"],
    ),
    (
        "p06",
        "procedure",
        "四子王旗 俱乐部 扶持资金 申报 材料",
        "申请表（附件1）、民政部门登记证书复印件、公益培训签到表、教练员证书复印件，11月30日前报体育股",
        SZB,
        ["培训签到表"],
    ),
    (
        "p07",
        "procedure",
        "有人自称门源的网格员上门要登记家里信息，怎么核实他的身份？",
        "看统一制发的工作证（编号以“MYWG”开头），或拨打县社会治理综合服务中心0970-8616110核实",
        MYY,
        ["0970-8616110", "MYWG"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "在舟曲上山被毒蛇咬伤了，这个保险赔不赔？",
        "不赔：蛇类、鼠类及昆虫造成的损害属于除外责任",
        ZQD,
        ["蛇类"],
    ),
    (
        "y02",
        "yesno",
        "舟曲 野生动物致害保险 老百姓 要不要 交保费",
        "不用交：全年保费68万元由县财政全额承担",
        ZQD,
        ["县财政全额承担"],
    ),
    (
        "y03",
        "yesno",
        "铁力家里水稻被野猪踩了，损失率才百分之八，能补尝吗？",
        "不能：损失率不足10%的不予补偿",
        TLB,
        ["损失率不足10%的不予补偿"],
    ),
    (
        "y04",
        "yesno",
        "在铁力自然保护区核心区里采山货被黑熊伤了，能拿补偿吗？",
        "不能：在自然保护区核心区内从事生产经营活动受到损害的不予补偿",
        TLB,
        ["自然保护区核心区"],
    ),
    (
        "y05",
        "yesno",
        "霍城 学校 州级 升 自治区级 特色学校 还能 再拿 奖补 吗",
        "能：同一学校晋级认定的，按差额补足",
        HCB,
        ["按差额补足"],
    ),
    (
        "y06",
        "yesno",
        "霍城的校队在同一个比赛里拿了小组第一又拿了总决赛第二，两个名次都能拿奖励吗？",
        "不能：同一赛事按最高名次奖励，不重复计算",
        HCB,
        ["不重复计算"],
    ),
    (
        "y07",
        "yesno",
        "宽甸专职网格员月度考核不及格，会不会被辞退？",
        "当月不发绩效奖励；连续3个月不合格的予以解聘",
        KDX,
        ["连续3个月不合格"],
    ),
    (
        "y08",
        "yesno",
        "门源 发现 邻居 安全隐患 能不能 匿名 让网格员 上报",
        "可以：网格员对报告人信息严格保密；也可在“门源智慧网格”公众号“随手拍”栏目匿名上报",
        MYY,
        ["严格保密", "随手拍"],
    ),
    # lists
    (
        "l01",
        "list",
        "铁力 野生动物 致害 哪些情况 不予补偿",
        "自然保护区核心区内生产经营受损、故意挑逗伤害猎捕、擅自进入设有明显警示标志的区域、"
        "未按规定申报或弄虚作假",
        TLB,
        ["故意挑逗", "明显警示标志"],
    ),
    (
        "l02",
        "list",
        "在青龙申请野生动物致害补偿要带哪些材料？",
        "申请表、身份证户口簿复印件、损失现场照片、村委会出具的损失证明；人身伤害的加诊断证明和医疗费票据",
        QLG,
        ["损失证明", "现场照片"],
    ),
    (
        "l03",
        "list",
        "宽甸 网格员 职责 有哪些",
        "信息采集、隐患排查、矛盾调解、事件上报、政策宣传和服务代办",
        KDB,
        ["信息采集", "矛盾调解"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "想在宽甸当专职网格员，年龄和学历有什么要求？",
        "18至45周岁，高中（中专）以上学历",
        KDB,
        ["18至45周岁"],
    ),
    (
        "e02",
        "eligibility",
        "四子王旗 哪些 俱乐部 能 享受 扶持 营利性 培训机构",
        "在旗民政部门登记、以开展青少年体育活动为主的非营利性社会组织（营利性培训机构不在范围内）",
        SZB,
        ["非营利性社会组织"],
    ),
    (
        "e03",
        "eligibility",
        "门源 专职网格员 选聘 条件 年龄",
        "20至45周岁，高中（中专）以上学历，懂藏语的优先",
        MYB,
        ["20至45周岁"],
    ),
    # fields
    (
        "f01",
        "field",
        "舟曲 对 保险 赔付结果 有异议 复核 电话",
        "县林草局野生动物保护股0941-5121367",
        ZQV,
        ["0941-5121367"],
    ),
    (
        "f02",
        "field",
        "霍城国际青少年足球邀请赛的联系电话是多少？",
        "0999-3028816（县教育局体卫艺股）",
        HCT,
        ["0999-3028816"],
    ),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "在铁力被狍子撞伤住了院，医保报完剩下自己掏的那些钱，政府管不管？",
        "管：补偿医疗费中经基本医疗保险、大病保险报销后由个人负担的部分，另按每天150元给误工补偿，最长60天",
        TLB,
        ["由个人负担的部分"],
    ),
    (
        "a02",
        "paraphrase",
        "娃娃去四子王旗的俱乐部练一趟，得练够多长时间才算一次？",
        "每次不少于1.5小时计为1人次，签到表须学生本人和家长签字",
        SZJ,
        ["不少于1.5小时"],
    ),
    (
        "a03",
        "paraphrase",
        "铁力这边半夜在村口看见黑瞎子了，该打哪个电话？",
        "24小时报案电话0458-8163729（市林草局值班室）",
        TLM,
        ["0458-8163729"],
    ),
    # traditional script: three on the 繁體 page, its keys as that page writes them
    (
        "c01",
        "traditional",
        "洪洞縣農村兼職網格員每個月補貼多少錢？",
        "每月發放補貼500元",
        HDT,
        [t("每月发放补贴500元")],
    ),
    (
        "c02",
        "traditional",
        "洪洞縣給網格員買的意外傷害保險，保額是多少？",
        "保額50萬元",
        HDT,
        [t("保额50万元")],
    ),
    (
        "c03",
        "traditional",
        "洪洞縣評上「十佳網格員」有什麼獎勵？",
        "每人獎勵2000元",
        HDT,
        [t("每人奖励2000元")],
    ),
    (
        "c04",
        "traditional",
        "鐵力市野豬拱了玉米地，每畝補償標準是多少？",
        "玉米每畝800元，按損失面積×每畝補償標準×損失率計算",
        TLB,
        ["玉米800元"],
    ),
    (
        "c05",
        "traditional",
        "霍城縣學校新認定為全國青少年校園足球特色學校，一次性獎補多少？",
        "一次性獎補10萬元",
        HCB,
        ["一次性奖补10万元"],
    ),
    # unanswerable: planned-only regions, neighbours of what the documents state
    (
        "u01",
        "unanswerable",
        "伊美区 野生动物 伤人 误工 补偿 每天 多少",
        "应拒答：伊美区只是拟于年内出台",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "卓尼县的野猪拱了庄稼，保险每亩赔多少？",
        "应拒答：卓尼只是拟于明年推行该项保险",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "振安区专职网格员的绩效奖励标准是多少？",
        "应拒答：振安只是拟于下半年推行",
        "-",
        [],
    ),
    (
        "u04",
        "unanswerable",
        "察布查尔县的学校评上校园足球特色学校能奖多少钱？",
        "应拒答：察布查尔只是拟于明年出台",
        "-",
        [],
    ),
    (
        "u05",
        "unanswerable",
        "化德县 新认定 青少年体育俱乐部 奖励 多少",
        "应拒答：化德只是计划年内出台",
        "-",
        [],
    ),
    (
        "u06",
        "unanswerable",
        "铁力市2024年的时候野猪拱了玉米，每亩补多少钱？",
        "应拒答：办法自2026年5月1日起施行，文件没有2024年的补偿标准",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "青龙 獾子 祸害 花生 每亩 补偿",
        "应拒答：方案只规定野猪造成的农作物损失的补偿标准，没有獾子的",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "在铁力，黑熊把我家的蜂箱拱翻了，每箱能补多少？",
        "应拒答：只有征求意见稿有蜂箱每箱补偿300元，正式办法已删去",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "门源 网格长 每月 补贴 多少",
        "应拒答：办法只规定网格长由村（社区）党组织书记担任，没有网格长补贴标准",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "刚察县牧区网格员每月交通补贴多少？",
        "应拒答：刚察只是给牧区网格员配发了摩托车，没有发放交通补贴",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "霍城县2025年春季校园足球联赛是哪天开赛的？",
        "应拒答：只有2026年春季联赛的竞赛规程",
        "-",
        [],
    ),
]


# ---------- readers (stdlib and the venv's libraries) ----------
def strip_html(raw: str) -> str:
    """Comments, <script> and <style> dropped, tags stripped, references resolved."""
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    raw = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def txt_decode(data: bytes) -> str:
    """A byte-order mark first (UTF-16 LE or BE, UTF-8), else UTF-8, else GB18030."""
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8")):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def html_text(data: bytes) -> str:
    """A byte-order mark, else the charset its <meta> names (gbk / gb2312 read as GB18030), else UTF-8."""
    if data[:3] in (b"\xef\xbb\xbf",) or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return strip_html(txt_decode(data))
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:2000])
    charset = m.group(1).decode().lower() if m else "utf-8"
    return strip_html(data.decode("gb18030" if charset in ("gb2312", "gbk") else charset))


def docx_text(data: bytes) -> str:
    """word/document.xml, a line per w:p; an empty file has no text."""
    if not data:
        return ""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))) for p in paras)


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text().replace("\n", "") for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def xmind_text(data: bytes) -> str:
    """content.json: per sheet its title, then every topic in order: title, labels, plain note."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = json.loads(z.read("content.json"))
    lines: list[str] = []

    def walk(topic: dict) -> None:
        lines.append(topic.get("title", ""))
        lines.extend(topic.get("labels", []))
        note = topic.get("notes", {}).get("plain", {}).get("content")
        if note:
            lines.append(note)
        for child in topic.get("children", {}).get("attached", []):
            walk(child)

    for sheet in sheets:
        lines.append(sheet.get("title", ""))
        walk(sheet["rootTopic"])
    return "\n".join(lines)


def mm_text(data: bytes) -> str:
    """A FreeMind map: per node its TEXT or its richcontent NODE's paragraphs (joined), then its NOTE."""
    root = etree.fromstring(data)
    lines = []

    def rich(node: etree._Element, kind: str) -> str | None:
        for rc in node.findall("richcontent"):
            if rc.get("TYPE") == kind:
                return "".join(" ".join(p.itertext()).strip() for p in rc.iter("p"))
        return None

    for node in root.iter("node"):
        text = node.get("TEXT")
        lines.append(text if text is not None else (rich(node, "NODE") or ""))
        note = rich(node, "NOTE")
        if note:
            lines.append(note)
    return "\n".join(lines)


VSD = "{http://schemas.microsoft.com/office/visio/2012/main}"
RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def vsdx_text(data: bytes) -> str:
    """The pages visio/pages/pages.xml lists (through its rels), every Shape's Text (markers dropped)."""
    lines = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rels = etree.fromstring(z.read("visio/pages/_rels/pages.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        for pg in etree.fromstring(z.read("visio/pages/pages.xml")).iter(f"{VSD}Page"):
            rel = pg.find(f"{VSD}Rel")
            assert rel is not None
            page = etree.fromstring(z.read("visio/pages/" + target[rel.get(RID)]))
            for shape in page.iter(f"{VSD}Shape"):
                text = shape.find(f"{VSD}Text")
                if text is not None:
                    lines.append("".join(text.itertext()))
    return "\n".join(lines)


def yaml_text(data: bytes) -> str:
    """A FAQ knowledge file: per entry its question, answer and tags."""
    lines = []
    for item in yaml.safe_load(data.decode("utf-8")):
        lines += [item["question"], item["answer"], " ".join(item.get("tags", []))]
    return "\n".join(lines)


INLINE = {"bpt", "ept", "ph", "it"}


def seg_text(el: etree._Element) -> str:
    out = [el.text or ""]
    for child in el:
        if child.tag not in INLINE:
            out.append(seg_text(child))
        out.append(child.tail or "")
    return "".join(out)


def tmx_text(data: bytes) -> str:
    """A TMX file: per tu each tuv's seg, the inline codes dropped with their markup, their tails kept."""
    root = etree.fromstring(data)
    return "\n".join(seg_text(seg) for seg in root.iter("seg"))


DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".pdf", pdf_text),
        (".txt", txt_decode),
        (".xmind", xmind_text),
        (".mm", mm_text),
        (".vsdx", vsdx_text),
        (".yaml", yaml_text),
        (".tmx", tmx_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw
zpart = DOCUMENTS.part

ONLY = {
    KDX: ["绩效奖励400元", "连续3个月不合格"],
    TLM: ["每延长米15元", "0458-8163729", "乡镇林业工作站"],
    ZQV: ["2个工作日内", "村务公开栏公示3天", "0941-5121367"],
    MYY: ["网格公示牌", "0970-8616110", "严格保密", "随手拍"],
    HCT: ["2026年6月20日", "0999-3028816", "不超过18人"],
    HDT: [t("每月发放补贴500元"), t("保额50万元"), t("每人奖励2000元")],
    HDX: ["30分钟内", "0357-6225110"],
    HCX: ["2026年4月11日"],
    ZQJ: ["86.3万元"],
    SZJ: ["不少于1.5小时"],
    QLG: ["24号窗口"],
    QLP: ["每亩补偿500元"],
    TLR: ["5040元"],
    QLR: ["2400元"],
    KDR: ["2600元"],
    MYR: ["39000元"],
    HCR: ["3.5万元"],
    SZR: ["82000元"],
}
# keys cut in the file's bytes (references, a cp marker, \u escapes, inline codes, a PDF's wrap), found only
# in
# its decoded text
CUT = {
    TLM: ["每延长米15元"],
    ZQV: ["0941-5121367"],
    MYY: ["严格保密", "随手拍"],
    HCT: ["2026年6月20日", "0999-3028816"],
    QLP: ["每亩补偿500元"],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert len(texts) == 33, len(texts)
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures
    final, draft = texts[doc_path(TLB)], texts[doc_path(TLQ)]
    for a, b in (
        ("一次性补偿30万元", "一次性补偿25万元"),
        ("按每天150元", "按每天100元"),
        ("玉米800元", "玉米700元"),
        ("大豆600元", "大豆500元"),
        ("补偿最高3万元", "补偿最高2万元"),
        ("之日起7日内", "之日起5日内"),
        ("2026年5月1日起施行", "2026年4月1日起施行"),
    ):
        assert a in final and b in draft and a not in draft and b not in final, (a, b)
    assert "蜂箱" in draft and "蜂箱" not in final and "公众责任保险" in final and "公众责任保险" not in draft
    # the duplicate, the empty 附件, the two 政策解读.html
    assert raw(TLB) == raw(TLC)
    assert raw(SZE) == b"" and texts[doc_path(SZE)] == ""
    assert Path(doc_path(ZQJ)).name == Path(doc_path(SZJ)).name and raw(ZQJ) != raw(SZJ)
    assert "舟曲" in texts[doc_path(ZQJ)] and "四子王旗" in texts[doc_path(SZJ)]
    assert "问：" in texts[doc_path(ZQJ)] and "问一：" in texts[doc_path(SZJ)]
    # the GBK page, the GB18030 .txt (CRLF), the UTF-16 .txt (LE BOM, CRLF)
    assert not_utf8(raw(KDB)) and b"charset=gbk" in raw(KDB)
    hd = raw(HDX)
    assert not_utf8(hd) and hd.count(b"\r\n") == hd.count(b"\n") > 5
    hc = raw(HCX)
    assert (
        hc.startswith(b"\xff\xfe")
        and "\r\n" in hc.decode("utf-16")
        and "\n" not in hc.decode("utf-16").replace("\r\n", "")
    )
    # the .docx: three tables, the units only in the header row
    xml = zpart(ZQD, "word/document.xml").decode("utf-8")
    assert (
        xml.count("<w:tbl>") == 3 and "赔偿标准（元/亩）" in xml and ">1200<" in xml and "1200元" not in xml
    )
    # the PDF: three pages, page numbers, the wrap
    pdf = pypdf.PdfReader(io.BytesIO(raw(QLP)))
    assert len(pdf.pages) == 3 and "— 2 —" in pdf.pages[1].extract_text()
    assert "每亩补偿5\n00元" in pdf.pages[1].extract_text()
    # the 繁體 page
    trad = texts[doc_path(HDT)]
    assert 'lang="zh-TW"' in raw(HDT).decode("utf-8") and _T2S.convert(trad) != trad and "網格員" in trad
    # the .xmind: its parts; the content.xml warning holds none of the facts; labels and notes
    with zipfile.ZipFile(io.BytesIO(raw(KDX))) as z:
        names = z.namelist()
        warning = z.read("content.xml").decode("utf-8")
        meta = json.loads(z.read("metadata.json"))
        manifest = json.loads(z.read("manifest.json"))
    assert names == [
        "content.json",
        "content.xml",
        "metadata.json",
        "manifest.json",
        "Thumbnails/thumbnail.png",
    ]
    assert "XMind 8 Update 3" in warning and "400" not in warning and meta["dataStructureVersion"] == "2"
    assert set(manifest["file-entries"]) == {"content.json", "metadata.json", "Thumbnails/thumbnail.png"}
    content = zpart(KDX, "content.json").decode("utf-8")
    assert '"title":"合格（80—89分）","labels":["绩效奖励400元"]' in content and '"notes":{"plain"' in content
    # the .mm: FreeMind 1.0.1, references, a richcontent NODE without TEXT, NOTEs
    mm = raw(TLM).decode("utf-8")
    assert mm.startswith('<map version="1.0.1">') and "&#x4e61;&#x9547;" in mm
    assert mm.count('<richcontent TYPE="NODE">') == 1 and mm.count('<richcontent TYPE="NOTE">') == 2
    # the .vsdx: its parts, the markers, the connectors, the number cut by a cp marker
    with zipfile.ZipFile(io.BytesIO(raw(ZQV))) as z:
        vnames = z.namelist()
    assert (
        vnames[0] == "[Content_Types].xml"
        and "visio/pages/page1.xml" in vnames
        and "visio/document.xml" in vnames
    )
    page = zpart(ZQV, "visio/pages/page1.xml").decode("utf-8")
    assert "0941-<cp IX='1'/>5121367" in page and "<pp IX='0'/>" in page and "<pp IX='1'/>" in page
    assert page.count("<Connect ") == 2 * len(md.ZQ_LINKS) and page.count("<Shape ") == len(
        md.ZQ_SHAPES
    ) + len(md.ZQ_LINKS)
    # the .yaml: a list of question / answer / tags, a fold inside a sentence, escapes, continued lines
    y = raw(MYY).decode("utf-8")
    items = yaml.safe_load(y)
    assert all(set(i) == {"question", "answer", "tags"} for i in items) and len(items) == 6
    assert "网格员的 姓名" in items[0]["answer"] and "answer: >\n" in y and "answer: |\n" in y
    assert "\\u7F51\\u683C" in y and re.search(r"\\\n +\\u", y) and "\\n" in y
    # the .tmx: TMX 1.4, zh-CN to en-US, bpt / ept / ph cutting the date and the number, an untranslated tu
    root = etree.fromstring(raw(HCT))
    header = root.find("header")
    assert root.get("version") == "1.4" and header is not None and header.get("srclang") == "zh-CN"
    tus = root.findall("body/tu")
    langs = [[v.get("{http://www.w3.org/XML/1998/namespace}lang") for v in tu.findall("tuv")] for tu in tus]
    assert langs.count(["zh-CN", "en-US"]) == len(tus) - 1 and langs[-1] == ["zh-CN"]
    tmx = raw(HCT).decode("utf-8-sig")
    assert "2026年6月<bpt" in tmx and "0999-<ph" in tmx and "&lt;b&gt;" in tmx
    # the replies' keys stand in their pages
    assert "5040元" in texts[doc_path(TLR)] and "6000元" in texts[doc_path(ZQR)]


def check() -> None:
    check_files()
    news = "\n".join(doc_text(doc_path(n)) for n in (N1, N2, N3, N4))
    make.check_roundups(news, PLANNED, PASSING)
    for region in SIMILAR:
        assert region in news, region
    for q in Q:
        if q[1] == "regions":
            assert not any(s in r for s in SIMILAR for r in q[3]), q[0]
    make.check_questions(
        Q, lambda d: doc_text(doc_path(d)), PLANNED, PASSING, NEIGHBOURS, lambda q: _T2S.convert(q) != q
    )
    kinds: dict[str, int] = {}
    for q in Q:
        kinds[q[1]] = kinds.get(q[1], 0) + 1
    assert kinds == {
        "regions": 13,
        "number": 16,
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
    # every new kind of file answers at least two questions alone
    for suffix in (".xmind", ".mm", ".vsdx", ".yaml", ".tmx"):
        alone = [q[0] for q in Q if " | " not in q[4] and doc_path(q[4]).endswith(suffix)]
        assert len(alone) >= 2, (suffix, alone)


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
