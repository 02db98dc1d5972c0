"""Writes eval/policy22/questions.jsonl: questions over eval/policy22/docs (应急管理、防灾减灾与自然资源 of eight
regions), written before citeqa was run on them, as chat users relay their own situation, as agents send keyword
queries and as analysts ask which regions. The chat users' questions carry the asker's situation first, in their
own words (屋后山坡开裂, 一家3口转移了4天, 煤矿井下工人, 翻建老房子要30吨沙子, 茶餐厅用罐装石油气) and figures that are not
the answer (5口人 and 90平方米 where the answer is the capped 12万元, 100万元 罚款 where it is 22.5万元, 30吨 where it is
每吨75元), with typos and homophones (避显搬迁, 过度期, 举报将励, 野外用伙, 采沙, 补尝费, 微形消防站, 燃汽, 林木采代);
several are answered only by a 12345, 留言板 or 县长信箱 reply (12万元, 7月31日, 1200元, 不属于巨灾保险赔付范围, 75元).
The agents' queries are terse (「岷县 冬春临时生活困难救助 2025年 现行标准 每人每月」). Regions are often named by city
and county (昭通彝良, 定西岷县, 台州临海, 晋中灵石, 宜昌秭归) or by the short name. Five questions are in traditional
script, two of them in Cantonese (我喺開平開咗間茶餐廳…最多補幾多？), three asking simplified documents. The keys are what
any correct answer must contain, written as the documents write them (3000 where the table's header says 元/户, 3萬元
in the traditional page). Answers that need a new kind of file — the .mht, the .rtf, the .pptx (its speaker notes
included), the .ofd, the JavaScript-only page, the UTF-16 BE .txt, the PDF table, the .docx footnote and text box —
are marked in ``doc``.

Each measure is stated by one region's documents and a roundup that also names a second region having done it, a
region that has only planned it (大关县, 天台县, 左权县, 牙克石市, 远安县: not in any expected list) and one named in
passing (镇雄县, 宁海县, 平遥县, 瑞昌市, 都昌县). The unanswerable questions ask those regions, or a neighbour of what a
document states (2023 where the 办法 is of 2024 and the 通知 of 2025; 2023年度 赔付 where the notes give 2024年度; 开采期间
where the 水保费 table has only area-based rows and says 另行公布; 洪涝 搬迁 where the 办法 is of 地质灾害).

``python -m eval.policy22.make_questions`` writes the file and checks that every key occurs in a listed document's
text as decoded from its bytes with the stdlib and the venv: HTML as UTF-8 with tags stripped and references
resolved (the JavaScript-only page by its ``var pageData`` JSON); the .mht by ``email`` (its text/html part, decoded
from quoted-printable and its declared gb2312); the .rtf by a small RTF decoder (\\'xx bytes as GBK, \\uN? code
points, destinations such as \\fonttbl and \\info skipped); the .pptx's slides and notes and the .docx's document and
footnotes by zipfile and regular expressions (runs of a paragraph joined); the .ofd's pages by zipfile and regular
expressions (TextCodes of a TextObject joined, line breaks removed, as wraps split figures); the UTF-16 .txt by its
BOM; the PDF by pypdf. It checks that a PDF answer's first key stands on the page given, and that every expected
region is named in a listed document as having done the measure while no planned-only or passing region is expected
(and that each planned-only region is named beside 拟, 将 or 计划)."""

from __future__ import annotations

import email
import html
import io
import json
import re
import zipfile
from pathlib import Path

import opencc
import pypdf

from eval.policy22 import make_docs as md
from eval.policy_make import write_questions

YLB = "云南/彝良县/彝良县地质灾害避险搬迁补助办法.html (征求意见稿 beside it with other figures)"
YLD = "云南/彝良县/关于公开征求《彝良县地质灾害避险搬迁补助办法（征求意见稿）》意见的公告.html (征求意见稿: other figures)"
YLR = "云南/彝良县/12345热线-家在滑坡隐患点上，搬去县城买房能补多少钱？.html"
MXB = "甘肃/岷县/岷县自然灾害救助资金管理办法.html (2024; units only in the tables' header; figures raised by the 2025 通知)"
MXM = "甘肃/岷县/岷县应急管理局 岷县财政局关于提高2025年自然灾害生活救助标准的通知.mht (MHTML saved by IE: GB2312 quoted-printable HTML part, image part)"
MXP = "甘肃/岷县/岷县2024—2025年度冬春临时生活困难救助资金分配表.pdf (a table of figures over two pages; units in the header)"
LHP = "浙江/临海市/临海市政策性巨灾保险政策解读.pptx (slide deck: runs split mid-figure, a table, speaker notes; + 下载/ exact duplicate)"
LHR = "浙江/临海市/留言板：台风天被转移到安置点住了几天，巨灾保险怎么赔？.html"
LSO = "山西/灵石县/灵石县人民政府办公室关于印发灵石县安全生产领域举报奖励办法的通知（灵政办发〔2025〕9号）.ofd (OFD: TextObject/TextCode, wrapped at 36 characters, some lines one character per TextCode)"
LSJ = "山西/灵石县/《灵石县安全生产领域举报奖励办法》政策解读.html (问/答 pairs)"
GHT = "内蒙古/根河市/根河市人民政府关于2025年森林草原防火期野外用火管理的通告.html (the article only in a JavaScript variable; the body a 加载中 placeholder)"
GHR = "内蒙古/根河市/12345热线：清明节回根河给父母上坟，还能烧纸放鞭炮吗？.html"
ZGG = "湖北/秭归县/办事指南.html (河道采砂许可; key-value rows; 修水县 has a file of the same name)"
ZGD = "湖北/秭归县/秭归县2025年度河道采砂管理实施方案.docx (the 控制总量 only in a footnote, the 举报奖励 only in a text box)"
ZGR = "湖北/秭归县/县长信箱 老家翻建房子要用沙，能不能在门口河里自己挖一点？.html"
XSG = "江西/修水县/办事指南.html (林木采伐许可证核发; 【字段】 lines; 秭归县 has a file of the same name)"
XSR = "江西/修水县/修水县水土保持补偿费征收须知.rtf (RTF by WPS: GBK \\'xx escapes, \\uN? table cells, units in the header)"
KPT = "广东/开平市/開平市村（社區）微型消防站建設和運行經費補助辦法.html (traditional script)"
KPU = "广东/开平市/关于开展餐饮场所燃气安全专项整治和燃气泄漏报警装置安装补助工作的通知.txt (UTF-16 BE with BOM)"
N1 = "新闻/避险搬迁去“险根” 救助标准再提高 多地织密防灾减灾救灾保障网.html"
N2 = "新闻/政府买单群众受益 巨灾保险为台风季撑起“保护伞”.html"
N3 = "新闻/举报有奖 消防站建到家门口 多地筑牢安全生产和消防安全防线.html"
N4 = "新闻/春防“不见烟” 采伐“网上办” 多地守护绿水青山.html"
N5 = "新闻/规范河道采砂 依法征收水保费 多地加强河湖和水土保持管理.html"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["大关", "天台", "左权", "牙克石", "远安"]
PASSING = ["镇雄", "宁海", "平遥", "瑞昌", "都昌"]


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the roundups'
    # planned-only regions (大关县, 天台县, 左权县, 牙克石市, 远安县) and those named in passing (镇雄县, 宁海县,
    # 平遥县, 瑞昌市, 都昌县) are not in the lists
    (
        "r01",
        "regions",
        "哪些地方已经在给地质灾害避险搬迁的农户发补助了？",
        ["彝良县", "盐津县"],
        both(YLB, N1),
        [],
    ),
    ("r02", "regions", "自然灾害 过度期生活救助 标准 提高 已实施 县", ["岷县", "渭源县"], both(MXM, N1), []),
    (
        "r03",
        "regions",
        "冬春临时生活困难救助资金已经分配下拨到户的有哪些县？",
        ["岷县", "通渭县"],
        both(MXP, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "哪些地方的政府出钱给全体老百姓统一买了巨灾保险？",
        ["临海市", "三门县"],
        both(LHP, N2),
        [],
    ),
    (
        "r05",
        "regions",
        "台风天被政府转移到安置点，听说有的地方按天给转移的人发补助，是哪些地方？",
        ["临海市", "玉环市"],
        both(LHR, N2),
        [],
    ),
    ("r06", "regions", "安全生产举报将励 办法出台或已发放奖金 地区", ["灵石县", "寿阳县"], both(LSO, N3), []),
    (
        "r07",
        "regions",
        "哪些地方给村（社区）微形消防站发建设或者运行经费补助？",
        ["开平市", "蓬江区"],
        both(KPT, N3),
        [],
    ),
    (
        "r08",
        "regions",
        "饭店装燃汽泄漏报警器，有的地方政府给补贴或者免费装，都有哪些地方？",
        ["开平市", "江海区"],
        both(KPU, N3),
        [],
    ),
    ("r09", "regions", "举报违规野外用火有奖励的地方有哪些？", ["根河市", "额尔古纳市"], both(GHT, N4), []),
    ("r10", "regions", "林木采伐许可 告知承诺 不见面审批 已推行 县", ["修水县", "武宁县"], both(XSG, N4), []),
    (
        "r11",
        "regions",
        "哪些县的河道砂石已经由国有企业统一开采经营了？",
        ["秭归县", "兴山县"],
        both(ZGD, N5),
        [],
    ),
    ("r12", "regions", "已经在征收水土保持补尝费的县有哪些？", ["修水县", "永修县"], both(XSR, N5), []),
    # 彝良县 避险搬迁: 办法, 征求意见稿, 12345 reply
    (
        "n01",
        "number",
        "彝良 避显搬迁 集中安置 每人补助标准",
        "每人1.5万元（征求意见稿为1.2万元）",
        YLB,
        ["1.5万元"],
    ),
    (
        "n02",
        "number",
        "彝良县避险搬迁补助办法征求意见稿里，分散自建安置每户补多少？",
        "征求意见稿：每户5万元（正式办法为6万元）",
        YLD,
        ["5万元"],
    ),
    (
        "n03",
        "number",
        "我家在彝良洛泽河镇，屋后山坡开裂被划进了滑坡隐患点，家里5口人，老房子90平方米，想去县城买房不回村建了，搬迁补助最多能拿多少？",
        "货币化安置每人2.5万元，5人为12.5万元，超过每户最高限额，可补助12万元（12345答复）",
        both(YLR, YLB),
        ["12万元"],
    ),
    # 岷县 自然灾害救助: the 2024 办法, the 2025 通知 (.mht), the 冬春救助 分配表 (PDF)
    (
        "n04",
        "number",
        "岷县 冬春临时生活困难救助 2025年 现行标准 每人每月",
        "每人每月260元（2025年通知；2024年办法为200元）",
        MXM,
        ["260元"],
    ),
    (
        "n05",
        "number",
        "岷县2024年那个救助资金管理办法里，一般损坏的住房维修每户补多少？",
        "3000元/户（表2，单位只在表头；2025年通知说此项不变）",
        MXB,
        ["3000"],
    ),
    (
        "n06",
        "number",
        "我家在岷县闾井镇，今年5月下冰雹又发山洪，房子整个塌了，一家4口现在借住在亲戚家，倒房重建政府能补多少钱？",
        "倒塌需重建的每户5万元（2025年通知；2024年办法为40000元/户）",
        MXM,
        ["5万元"],
    ),
    (
        "n07",
        "number",
        "岷县 遇难人员家属抚慰金 现行 标准",
        "每名遇难人员3万元（2025年通知）",
        both(MXM, N1),
        ["3万元"],
    ),
    (
        "n08",
        "number",
        "岷县 2024-2025年度 冬春救助资金分配 梅川镇 分配资金",
        "梅川镇706户2583人，分配资金258.30万元（分配表第1页）",
        MXP,
        ["258.30"],
        1,
    ),
    (
        "n09",
        "number",
        "岷县2024—2025年度冬春救助资金全县一共分配了多少？",
        "合计2576.40万元，7080户25764人（分配表第2页）",
        MXP,
        ["2576.40"],
        2,
    ),
    # 临海市 巨灾保险: slide deck (.pptx), 留言板 reply
    (
        "n10",
        "number",
        "临海巨灾保险因灾死亡的每人最高赔多少？",
        "人身伤亡抚恤每人最高20万元（幻灯片表格，20 与 万元 分在两个 run）",
        both(LHP, N2),
        ["20万元"],
    ),
    (
        "n11",
        "number",
        "我是临海上盘镇的，去年台风村里把我们一家3口转移到安置点住了4天，巨灾保险转移安置能赔我家多少钱？",
        "每人每天100元，3人4天共1200元（留言板答复）",
        LHR,
        ["1200元"],
    ),
    (
        "n12",
        "number",
        "临海 巨灾保险 2024年度 赔付总额",
        "1862万元，其中转移安置救助1437万元（只在第7张幻灯片的备注里）",
        LHP,
        ["1862万元"],
    ),
    # 灵石县 举报奖励: 办法 (.ofd), 政策解读
    (
        "n13",
        "number",
        "灵石县举报重大事故隐患，查实后按什么比例奖励？最低最高多少？",
        "按行政处罚金额的15%，最低3000元，最高30万元",
        both(LSO, LSJ, N3),
        ["15%"],
    ),
    (
        "n14",
        "number",
        "灵石 举报 瞒报 较大事故 每人 奖励金额",
        "较大事故每查实瞒报、谎报1人奖励4万元（OFD 第五条，逐字 TextCode）",
        LSO,
        ["4万元"],
    ),
    (
        "n15",
        "number",
        "我是灵石一家煤矿的井下工人，发现矿上超层越界开采，听说查实后对煤矿罚款100万元，我作为矿上的职工去举报的话能拿多少奖金？",
        "内部职工按1.5倍：100万元×15%×1.5=22.5万元（政策解读的例子）",
        LSJ,
        ["22.5万元"],
    ),
    (
        "n16",
        "number",
        "灵石县2024年一共发了多少安全生产举报奖励？",
        "21.6万元（受理236件，查实88件）",
        LSJ,
        ["21.6万元"],
    ),
    # 根河市 森林草原防火: the JavaScript-only 通告, 12345 reply
    (
        "n17",
        "number",
        "根河 防火期 个人 违规野外用伙 罚款 金额",
        "对个人处200元以上3000元以下罚款（单位1万元以上5万元以下）",
        both(GHT, GHR),
        ["200元以上3000元以下"],
    ),
    # 秭归县 河道采砂: .docx (footnote, text box), 县长信箱 reply
    (
        "n18",
        "number",
        "秭归 2025年度 县管河道 采沙 控制总量",
        "18万吨（青干河8万吨、童庄河6万吨、九畹溪4万吨；只在脚注里）",
        ZGD,
        ["18万吨"],
    ),
    (
        "n19",
        "number",
        "在秭归举报非法采砂，查实了能奖多少钱？",
        "给予举报人1000元至5000元奖励（只在文本框里）",
        ZGD,
        ["1000元至5000元"],
    ),
    (
        "n20",
        "number",
        "我家在秭归郭家坝镇，今年翻建老房子大概要30吨沙子，听说不能自己去河里挖了，去县里砂石公司买，自建房的话一吨多少钱？",
        "河砂指导价每吨85元，自建房凭村委会证明每吨优惠10元，即每吨75元（县长信箱答复）",
        ZGR,
        ["75元"],
    ),
    # 修水县 水土保持补偿费 (.rtf)
    (
        "n21",
        "number",
        "修水 水土保持补偿费 一般性生产建设项目 征收标准 每平方米",
        "按征占用土地面积一次性计征，每平方米1.4元（表头写 元/平方米）",
        XSR,
        ["1.4"],
    ),
    # 开平市 微型消防站 (traditional script)
    (
        "n22",
        "number",
        "开平市新建村（社区）微型消防站，验收合格后一次性补助多少？",
        "一次性建设补助3万元（繁体页写 3萬元）",
        both(KPT, N3),
        ["3萬元", "3万元"],
    ),
    # yes/no
    (
        "y01",
        "yesno",
        "彝良 已经享受过易地扶贫搬迁住房的农户 还能不能申请地质灾害避险搬迁补助",
        "不能，已享受易地扶贫搬迁、农村危房改造等住房保障政策的不重复享受",
        YLB,
        ["不重复享受"],
    ),
    (
        "y02",
        "yesno",
        "岷县我家是2024年11月遭的灾，现在申请救助能按2025年提高以后的新标准算吗？",
        "不能，2025年1月1日以后发生的自然灾害才按新标准（2025年通知）",
        MXM,
        ["2025年1月1日以后"],
    ),
    (
        "y03",
        "yesno",
        "临海的巨灾保险要不要老百姓自己交钱买？",
        "不用，群众不用缴费、不用投保，保费由市财政承担",
        LHP,
        ["不用缴费"],
    ),
    (
        "y04",
        "yesno",
        "我老婆台风天在临海的安置点摔骨折了，花了8000多医药费，巨灾保险能不能赔？",
        "不能，因灾受伤的医疗费用不属于巨灾保险赔付范围，可按规定通过基本医疗保险报销（留言板答复）",
        LHR,
        ["不属于巨灾保险赔付范围"],
    ),
    (
        "y05",
        "yesno",
        "外地游客在临海旅游碰上台风被转移安置，也能拿到巨灾保险的转移安置救助吗？",
        "能，灾害发生时在本市的临时来临人员（含游客）也在保障范围内",
        LHP,
        ["临时来临人员"],
    ),
    (
        "y06",
        "yesno",
        "灵石 安全生产 匿名举报 能不能领奖励",
        "能，匿名举报人需在举报时提供能够辨认其身份的信息和有效联系方式（OFD 第九条，逐字 TextCode）",
        LSO,
        ["能够辨认其身份的信息"],
    ),
    (
        "y07",
        "yesno",
        "清明想回根河得耳布尔镇给父母上坟烧纸，坟离林子三四百米，这样可以吗？",
        "不可以，防火期内距林缘500米范围内禁止上坟烧纸、燃放鞭炮（12345答复）",
        both(GHR, GHT),
        ["禁止上坟烧纸"],
    ),
    (
        "y08",
        "yesno",
        "我在修水农村老家翻建自己住的房子，要交水土保持补偿费吗？",
        "不用，农民依法利用农村集体土地新建、翻建自用住房的免征（RTF）",
        XSR,
        ["免征"],
    ),
    (
        "y09",
        "yesno",
        "修水 房前屋后 自家种的几棵杉树 砍伐 需不需要办林木采代许可证",
        "不需要，农村居民采伐自留地和房前屋后个人所有的零星林木不需要申请采伐许可证",
        XSG,
        ["不需要申请采伐许可证"],
    ),
    # dates
    (
        "t01",
        "date",
        "彝良县地质灾害避险搬迁补助办法从什么时候开始施行？",
        "自2025年5月1日起施行，有效期5年（征求意见稿为自印发之日起）",
        YLB,
        ["2025年5月1日"],
    ),
    (
        "t02",
        "date",
        "彝良滑坡隐患点的搬迁户，今年避险搬迁补助最晚什么时候要去村委会申请？",
        "2025年7月31日前（12345答复）",
        YLR,
        ["7月31日"],
    ),
    (
        "t03",
        "date",
        "岷县 冬春救助资金 发放到户 截止时间",
        "各乡镇于2025年1月20日前通过“一卡通”发放到户（分配表第2页说明）",
        MXP,
        ["2025年1月20日"],
        2,
    ),
    (
        "t04",
        "date",
        "临海巨灾保险 2025年度 保险期间 到什么时候",
        "2025年6月1日至2026年5月31日",
        LHP,
        ["2026年5月31日"],
    ),
    (
        "t05",
        "date",
        "根河今年秋季森林草原防火期是从几号到几号？",
        "2025年9月15日至11月15日（只在 JavaScript 变量里的通告；春季为3月15日至6月15日）",
        GHT,
        ["11月15日"],
    ),
    (
        "t06",
        "date",
        "开平 餐饮场所 燃气泄漏报警装置 安装 最后期限",
        "2025年9月30日前全部安装并与紧急切断阀联动（UTF-16 BE txt）",
        KPU,
        ["9月30日"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "彝良 避险搬迁补助 申报 流程",
        "向村（居）委会申请→乡镇初审并在村务公开栏公示7天→县自然资源局会同县财政局审核→乡镇与搬迁户签订协议",
        YLB,
        ["公示7天"],
    ),
    (
        "p02",
        "procedure",
        "灵石安全生产举报奖金怎么领？有没有时间限制？",
        "接到领奖通知之日起30日内凭本人身份证到受理部门领取，逾期视为放弃；也可转账发放",
        both(LSO, LSJ),
        ["30日内"],
    ),
    (
        "p03",
        "procedure",
        "修水县林木采伐许可证可以在网上办吗？从哪里申请？",
        "可以，江西政务服务网、“赣服通”手机端、全国林木采伐管理系统手机APP，或到政务服务中心一楼林业窗口",
        XSG,
        ["赣服通"],
    ),
    (
        "p04",
        "procedure",
        "秭归 河道采砂许可 申请条件 采砂权 怎么取得",
        "通过公开招标、拍卖或者挂牌方式依法取得采砂权，并在可采区和可采期内申请",
        ZGG,
        ["挂牌"],
    ),
    # traditional script (the 开平市 办法 in traditional script; c02, c03 and c04 ask simplified documents)
    (
        "c01",
        "traditional",
        "開平嘅微型消防站隊員出動去救火，有冇補貼㗎？一次幾多錢？",
        "有，参加灭火救援经确认的每次出动补助500元",
        KPT,
        ["500元"],
    ),
    (
        "c02",
        "traditional",
        "我喺開平開咗間茶餐廳，用緊罐裝石油氣，政府話要裝燃氣報警器，裝咗有冇補貼？最多補幾多？",
        "有，按实际费用的50%补助，每户最高不超过600元（9月30日前安装并验收合格）",
        KPU,
        ["600元"],
    ),
    (
        "c03",
        "traditional",
        "岷縣2025年過渡期生活救助標準是每人每月多少錢？",
        "每人每月750元",
        both(MXM, N1),
        ["750元"],
    ),
    (
        "c04",
        "traditional",
        "秭歸縣河道採砂許可證的有效期是多久？",
        "不超过1年，且不得跨越禁采期",
        ZGG,
        ["不超过1年"],
    ),
    (
        "c05",
        "traditional",
        "開平市村（社區）微型消防站每年的運行經費補助是多少？",
        "每个站每年1.2万元",
        both(KPT, N3),
        ["1.2萬元", "1.2万元"],
    ),
    # unanswerable: planned-only regions, regions named in passing, neighbours of what a document states
    (
        "u01",
        "unanswerable",
        "大关县 地质灾害避险搬迁 货币化安置 每人补助",
        "（新闻说大关拟于下半年出台补助办法）应拒答",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "我住台州天台县，台风天被转移到安置点，天台的巨灾保险能赔多少？",
        "（新闻说天台计划明年推出巨灾保险；100元/人·天是临海市的）应拒答",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "左权县安全生产举报奖励最高能拿多少？",
        "（新闻说左权将于年内出台办法）应拒答",
        "-",
        [],
    ),
    (
        "u04",
        "unanswerable",
        "牙克石 举报违规野外用火 奖励 每件多少",
        "（新闻说牙克石计划出台举报奖励办法）应拒答",
        "-",
        [],
    ),
    (
        "u05",
        "unanswerable",
        "远安县 河道砂石 统一经营 河砂 指导价",
        "（新闻说远安拟推行统一经营）应拒答",
        "-",
        [],
    ),
    (
        "u06",
        "unanswerable",
        "镇雄县 地质灾害避险搬迁 补助标准",
        "（镇雄只作为在彝良施工的李师傅的来处被提到）应拒答",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "平遥县对村里的微型消防站有没有建设补助？补多少？",
        "（平遥只作为在灵石煤矿工作的王师傅的来处被提到）应拒答",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "岷县2023年的过渡期生活救助标准是每人每月多少？",
        "（只有2024年办法600元和2025年通知750元）应拒答",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "修水 开采矿产资源 开采期间 水土保持补偿费 征收标准",
        "（须知的表只有按面积计征的项目，注明开采期间的标准另行公布）应拒答",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "临海巨灾保险2023年度一共赔付了多少钱？",
        "（备注只有2024年度的1862万元）应拒答",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "彝良县房子被洪水淹了需要搬迁，洪涝灾害搬迁每户补助多少？",
        "（办法只适用于滑坡、崩塌、泥石流、地面塌陷等地质灾害隐患点）应拒答",
        "-",
        [],
    ),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it (a path may itself hold " (")."""
    m = re.match(r"(.*?\.(?:html|txt|docx|pdf|mht|rtf|pptx|ofd))(?: \(.*\))?$", doc)
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    raw = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def page_data_text(raw: str) -> str:
    """The article of a page that fills itself from ``var pageData = {…};``: the JSON's title and content."""
    m = re.search(r"var pageData = (\{.*?\});\n", raw, re.S)
    assert m, "no pageData"
    data = json.loads(m.group(1))
    return data["title"] + "\n" + strip_html(data["content"])


def mht_text(data: bytes) -> str:
    """The text/html part of an MHTML file, decoded from its transfer encoding and declared charset."""
    msg = email.message_from_bytes(data)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            charset = part.get_content_charset()
            assert charset == "gb2312" and part["Content-Transfer-Encoding"] == "quoted-printable"
            return strip_html(payload.decode(charset))
    raise ValueError("no text/html part")


_RTF_SKIP = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "listtable",
    "listoverridetable",
    "themedata",
}
_RTF_TOKEN = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|[\r\n]+|([^\\{}\r\n]+)", re.I
)


def rtf_text(data: bytes) -> str:
    """A small RTF decoder: \\'xx bytes gathered and decoded as GBK (\\ansicpg936), \\uN? as code point N (negative N
    plus 65536) skipping the \\ucN fallback characters after it, \\par / \\row as line breaks and \\cell as a tab,
    destinations (\\*, \\fonttbl, \\info …) skipped, line breaks in the file ignored."""
    out: list[str] = []
    pending = bytearray()
    stack: list[tuple[bool, int]] = []
    skip, uc, fallback = False, 1, 0

    def flush() -> None:
        if pending:
            out.append(pending.decode("gbk"))
            pending.clear()

    for m in _RTF_TOKEN.finditer(data.decode("latin-1")):
        word, arg, hexbyte, symbol, brace, text = m.groups()
        if brace == "{":
            stack.append((skip, uc))
        elif brace == "}":
            flush()
            skip, uc = stack.pop() if stack else (False, 1)
        elif symbol == "*":
            skip = True
        elif word is not None:
            if fallback and word != "u":
                fallback = 0
            if word in _RTF_SKIP:
                skip = True
            elif word == "uc":
                uc = int(arg or 1)
            elif skip:
                continue
            elif word == "u":
                flush()
                n = int(arg or 0)
                out.append(chr(n + 65536 if n < 0 else n))
                fallback = uc
            elif word in ("par", "line", "row"):
                flush()
                out.append("\n")
            elif word in ("cell", "tab"):
                flush()
                out.append("\t")
        elif hexbyte is not None:
            if fallback:
                fallback -= 1
            elif not skip:
                pending.append(int(hexbyte, 16))
        elif symbol is not None:
            if not skip and symbol in "\\{}":
                flush()
                out.append(symbol)
        elif text is not None:
            if fallback:
                k = min(fallback, len(text))
                text, fallback = text[k:], fallback - k
            if text and not skip:
                flush()
                out.append(text)
    flush()
    return "".join(out)


def _numbered(names: list[str], pattern: str) -> list[str]:
    found = [(int(m.group(1)), n) for n in names if (m := re.fullmatch(pattern, n))]
    return [n for _, n in sorted(found)]


def pptx_text(data: bytes) -> str:
    """Each slide's paragraphs (a:t runs of an a:p joined), then its speaker notes, slide by slide."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        parts = _numbered(names, r"ppt/slides/slide(\d+)\.xml") + _numbered(
            names, r"ppt/notesSlides/notesSlide(\d+)\.xml"
        )
        lines = []
        for name in parts:
            xml = z.read(name).decode("utf-8")
            for p in re.findall(r"<a:p>(.*?)</a:p>", xml, re.S):
                lines.append(html.unescape("".join(re.findall(r"<a:t>([^<]*)</a:t>", p))))
    return "\n".join(lines)


def ofd_text(data: bytes) -> str:
    """The pages' TextObjects in order, each one line (its TextCodes joined), the pages in Document.xml's order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert re.search(rb"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>", z.read("OFD.xml"))
        document = z.read("Doc_0/Document.xml").decode("utf-8")
        pages = re.search(r"<ofd:Pages>(.*)</ofd:Pages>", document, re.S)
        assert pages, "no <ofd:Pages>"
        lines = []
        for loc in re.findall(r'BaseLoc="([^"]+)"', pages.group(1)):
            xml = z.read(f"Doc_0/{loc}").decode("utf-8")
            for obj in re.findall(r"<ofd:TextObject\b.*?</ofd:TextObject>", xml, re.S):
                lines.append(
                    html.unescape("".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", obj)))
                )
    return "\n".join(lines)


def docx_text(data: bytes) -> str:
    """The document's and the footnotes' text, a line per paragraph (a text box's paragraphs inside its anchor's)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        if "word/footnotes.xml" in z.namelist():
            xml += z.read("word/footnotes.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n")))


def doc_text(rel: str) -> str:
    """A document's text as decoded from its bytes (see the module's docstring)."""
    path = md.DOCS / rel
    data = path.read_bytes()
    if rel.endswith(".html"):
        raw = data.decode("utf-8")
        return page_data_text(raw) if "var pageData" in raw else strip_html(raw)
    if rel.endswith(".mht"):
        return mht_text(data)
    if rel.endswith(".rtf"):
        return rtf_text(data)
    if rel.endswith(".pptx"):
        return pptx_text(data)
    if rel.endswith(".ofd"):
        return ofd_text(data).replace("\n", "")  # lines wrapped at 36 characters split figures
    if rel.endswith(".docx"):
        return docx_text(data)
    if rel.endswith(".txt"):
        assert data.startswith(b"\xfe\xff"), rel  # UTF-16 BE with its BOM
        return data.decode("utf-16")
    if rel.endswith(".pdf"):
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    raise ValueError(rel)


def check_roundups() -> None:
    """Each planned-only region is named beside 拟 / 将 / 计划 in a roundup; each passing region is named."""
    news = "\n".join(doc_text(n) for n in (N1, N2, N3, N4, N5))
    for region in PLANNED:
        assert re.search(rf"{region}[^。]*?(?:拟|将|计划)", news), region
    for region in PASSING:
        assert region in news, region


def check() -> None:
    check_roundups()
    for i, kind, question, answer, docs, keys, *page in Q:
        rels = [doc_path(d) for d in docs.split(" | ")] if docs != "-" else []
        texts = [doc_text(r) for r in rels]
        if kind == "unanswerable":
            assert not keys and not rels, i
            continue
        if kind == "regions":
            for region in answer:
                assert any(region in t for t in texts), (i, region)
                assert not any(p in region for p in PLANNED + PASSING), (i, region)
            continue
        assert keys, i
        for key in keys:
            assert any(key in t for t in texts), (i, key)
        if page:  # the first key on the PDF page expected, in pypdf's text with its line breaks removed
            reader = pypdf.PdfReader(md.DOCS / rels[0])
            extracted = reader.pages[page[0] - 1].extract_text().replace("\n", "")
            assert keys[0] in extracted, (i, page, keys[0])
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
