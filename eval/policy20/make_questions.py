"""Writes eval/policy20/questions.jsonl: questions over eval/policy20/docs (就业创业与社会保险 of eight regions),
written before citeqa was run on them, as chat users relay their own situation, as agents send keyword queries
and as analysts ask which regions. The chat users' questions are long, their situation first (「我在钟祥一家建材厂
上了7年多班……拿了8个月工资的经济补偿，这样还能领失业金吗？」), in their own words rather than the documents'
(开店贷款 for 创业担保贷款, 失业金 for 失业保险金, 社保补贴 for 灵活就业人员社会保险补贴, 考证补贴 for 职业技能提升
补贴); several are answered only by a 12345 or 留言板 reply, not by the letter or the policy it cites (a mortgage does
not bar the loan, a second loan up to 3次, 经济补偿 does not bar 失业保险金, 5月30日, 1万元 垫付); the region is often
named by its city (宿迁泗洪, 荆门钟祥, 台州仙居, 邯郸武安, 大连瓦房店) or short name. The agents'
queries are terse (「武安 重度残疾人 城乡居民养老保险 政府代缴 标准」). New styles: a question comparing two figures of
one document (keys both figures), a question asking the figure now in force where an old and a new one stand
(key: the new one), typos and homophones (创业但保贷款, 失业保险精). A few are in traditional script and a few
simplified ones ask the 普宁市 page written in it. The keys are what any correct answer must contain, written as
the document writes them: 三十万元 and 一百元 in Chinese numerals, １５００元 and １１月１４日 in full-width digits
(with the Arabic form as a second key only where another listed document writes it so). Each measure is stated by
one or two regions' documents and a roundup that also names a region that has only planned it and one named in
passing; the figures are one of many like them (2025 beside 2024, 征求意见稿 beside the final text, 个人 beside 小微
企业, 脱贫人口 beside others, 初级 beside 中级 beside 高级, one 缴费档次 beside nine).

``python -m eval.policy20.make_questions`` writes the file and checks that every key occurs in a listed
document's text (HTML in its declared charset, .txt by its BOM or GBK, the .docx's XML text including the nested
table, the .xlsx's cells, the PDF's unwrapped source and its extracted text with line breaks removed) and that
every expected region is named in a listed document."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pypdf

from eval.policy20 import make_docs
from eval.policy_make import write_questions

SH24 = "江苏/泗洪县/泗洪县创业担保贷款及创业补贴实施办法.html (2024; the 2025 通知 replaces its figures)"
SH25 = "江苏/泗洪县/关于调整创业担保贷款额度和一次性创业补贴标准的通知.html (figures in Chinese numerals)"
SHR = "江苏/泗洪县/12345热线：辞职回老家想开个早餐店，创业担保贷款能贷多少？.html"
ZX1 = "湖北/钟祥市/钟祥市失业保险待遇政策解读.html (page 1 of 2)"
ZX2 = "湖北/钟祥市/钟祥市失业保险待遇政策解读_2.html (page 2 of 2)"
ZXR = "湖北/钟祥市/12345：公司协商解除合同，我还能领失业金吗？.html"
PNG = (
    "广东/普宁市/办事指南.html (灵活就业人员社会保险补贴, key-value rows; 仙居县 has a file of the same name)"
)
PNC = "广东/普宁市/普寧市第三代社會保障卡申領服務指南.html (the portal's 繁體 version)"
XJG = "浙江/仙居县/办事指南.html (职业技能提升补贴, 【字段】 lines; 普宁市 has a file of the same name)"
XJX = "浙江/仙居县/仙居县2025年第二批职业技能提升补贴发放汇总表.xlsx (table from row 3; 填表说明 sheet)"
WAD = "河北/武安市/武安市2025年度城乡居民基本养老保险费征缴工作方案.docx (nested table, units only in its header; 下载/ (1) copy)"
WFB = "辽宁/瓦房店市/瓦房店市就业见习管理办法.html (征求意见稿 beside it)"
WFZ = "辽宁/瓦房店市/关于公开征求《瓦房店市就业见习管理办法（征求意见稿）》意见的公告.html"
WFN = "辽宁/瓦房店市/关于做好2025年高校毕业生一次性求职创业补贴申领工作的公告.html (old CMS, GB2312, full-width digits)"
PGP = "广西/平果市/平果市以工代训补贴实施细则.pdf (wrapped at 27 characters)"
PGT = "广西/平果市/平果市2025年第一季度以工代训补贴拟发放名单公示.txt (GBK, space-aligned columns)"
PGM = "广西/平果市/家门口找活干！平果市零工市场正式启用.md (WeChat export)"
SMR = "陕西/神木市/领导留言板：工程完工半年了，包工头拖欠我们2.6万元工资不给怎么办？.html"
SMT = "陕西/神木市/退休办理须知.txt (UTF-16 LE with BOM, CRLF)"
N1 = "新闻/创业担保贷款额度提高 多地为创业者“扶上马送一程”.html"
N2 = "新闻/失业保险金标准上调 零工市场开到家门口 多地多措并举稳就业.html (+ 下载/ exact duplicate)"
N3 = "新闻/考证有补贴 社保有补助 多地技能和灵活就业政策“红包”上新.html"
N4 = "新闻/多缴多得有补贴 欠薪有人管 多地织密民生保障网.html"
N5 = "新闻/见习有补贴 求职有“红包” 多地出实招助高校毕业生就业.html"


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the roundups'
    # planned-only regions (固始县, 邵东市, 诸城市, 长丰县, 祁阳市) and those named in passing (涟水县, 瑞金市,
    # 洪雅县, 准格尔旗, 庄浪县) are not in the lists
    (
        "r01",
        "regions",
        "哪些地方已经把个人创业担保贷款最高额度提高到了30万元？",
        ["泗洪县", "曹县"],
        both(SH25, SHR, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "我打算从外地回老家开个小店，听说有的地方第一次创业能领一笔一次性的补贴，现在哪些县有这个一次性创业补贴？",
        ["泗洪县", "临泉县"],
        both(SH25, N1),
        [],
    ),
    ("r03", "regions", "失业保险金 每人每月1755元 地区", ["钟祥市", "京山市"], both(ZX1, N2), []),
    ("r04", "regions", "哪些地方已经建成零工市场投入使用了？", ["平果市", "容县"], both(PGM, N2), []),
    ("r05", "regions", "以工代训补贴 已发放 县市 汇总", ["平果市", "滑县"], both(PGP, PGT, N2), []),
    (
        "r06",
        "regions",
        "哪些地区对职工考取职业技能等级证书发放职业技能提升补贴？",
        ["仙居县", "兴化市"],
        both(XJG, XJX, N3),
        [],
    ),
    (
        "r07",
        "regions",
        "我是跑外卖的，自己交社保压力挺大，听说有些地方灵活就业的能领社保补贴，是哪些地方？",
        ["普宁市", "陆丰市"],
        both(PNG, N3),
        [],
    ),
    ("r08", "regions", "就业见习补贴 每人每月标准 已公布 地区", ["瓦房店市", "开原市"], both(WFB, N5), []),
    (
        "r09",
        "regions",
        "哪些地方公布了城乡居民养老保险政府缴费补贴的具体标准？",
        ["武安市", "迁西县"],
        both(WAD, N4),
        [],
    ),
    ("r10", "regions", "哪些地方设立了欠薪应急周转金？", ["神木市", "府谷县"], both(SMR, N4), []),
    (
        "r11",
        "regions",
        "困难家庭高校毕业生 一次性求职创业补贴 哪些地区 已发放或受理申领",
        ["瓦房店市", "安化县"],
        both(WFN, N5),
        [],
    ),
    ("r12", "regions", "第三代社保卡已经开始发放的有哪些地方？", ["普宁市", "惠来县"], both(PNC, N3), []),
    # 泗洪县 创业担保贷款 and 一次性创业补贴: the 2024 办法, the 2025 通知 (Chinese numerals), the 12345 reply
    (
        "n01",
        "number",
        "泗洪县2024年出的那个创业担保贷款实施办法里，个人最高能贷多少？",
        "2024年办法：个人创业担保贷款最高20万元（2025年通知提高至三十万元）",
        SH24,
        ["20万元"],
    ),
    (
        "n02",
        "number",
        "泗洪 开店贷款 个人 现在执行的 最高额度",
        "自2025年5月1日起个人创业担保贷款最高额度为三十万元（由二十万元提高）",
        both(SH25, SHR, N1),
        ["三十万元", "30万元"],
    ),
    (
        "n03",
        "number",
        "泗洪县个人和小微企业的创业担保贷款额度各是多少？",
        "个人最高三十万元（合伙创业每人不超过三十万元、总额不超过一百五十万元），小微企业最高四百万元（2025年通知）",
        SH25,
        ["三十万元", "四百万元"],
    ),
    (
        "n04",
        "number",
        "泗洪县创业但保贷款多少钱以下可以免除反担保？",
        "个人创业担保贷款二十万元以下的免除反担保（2024年办法为10万元以下）",
        both(SH25, SHR, N1),
        ["二十万元", "20万元"],
    ),
    (
        "n05",
        "number",
        "我在泗洪开了个小超市，营业执照办下来快七个月了，一直正常开着，是第一次创业。听说政府给一次性补贴，现在能领多少？",
        "一次性创业补贴由五千元提高至一万元（正常经营六个月以上）",
        both(SH25, SHR, N1),
        ["一万元", "1万元"],
    ),
    # 钟祥市 失业保险: the 政策解读 over two pages and the 12345 reply
    (
        "n06",
        "number",
        "钟祥 失业保险精 现在每个月发多少",
        "自2025年1月1日起每人每月1755元（最低工资标准的90%）",
        both(ZX1, ZXR, N2),
        ["1755元"],
    ),
    (
        "n07",
        "number",
        "钟祥失业金领完了还没找到工作，还有什么补助能领？一个月多少钱？",
        "失业补助金，失业保险金标准的80%，每人每月1404元，最长发放6个月（解读第2页）",
        ZX2,
        ["1404元"],
    ),
    # 普宁市 灵活就业人员社会保险补贴 (key-value guide)
    (
        "n08",
        "number",
        "普宁 灵活就业 社保补贴 按什么比例补",
        "按实际缴纳的基本养老保险费和基本医疗保险费的2/3补贴",
        both(PNG, N3),
        ["2/3"],
    ),
    (
        "n09",
        "number",
        "普宁市灵活就业人员社保补贴，就业困难人员和高校毕业生各能补几年？",
        "就业困难人员最长不超过3年（距退休不足5年可延长至退休），高校毕业生最长不超过2年",
        PNG,
        ["3年", "2年"],
    ),
    # 仙居县 职业技能提升补贴 (【字段】 guide and .xlsx)
    (
        "n10",
        "number",
        "我在台州仙居一家机械厂上班，失业保险交了3年了，今年考了个电工中级证，考证补贴能拿多少？",
        "中级工（四级）证书补贴1500元",
        both(XJG, N3),
        ["1500元"],
    ),
    (
        "n11",
        "number",
        "仙居县 2025 第二批 职业技能提升补贴 白塔镇 补贴金额",
        "白塔镇初级工22人、中级工14人、高级工6人，补贴金额55000元（.xlsx 第3行起的表格，单位在表头）",
        XJX,
        ["55000"],
    ),
    # 武安市 城乡居民基本养老保险 (.docx, nested table, units only in the header)
    (
        "n12",
        "number",
        "邯郸武安 城乡居民养老保险 5000元档 政府补贴",
        "缴费5000元档次，政府补贴260元/年（嵌套表格，单位只在表头）",
        both(WAD, N4),
        ["260"],
    ),
    (
        "n13",
        "number",
        "我妈在武安农村，今年城乡居民养老保险打算一年交3000块，政府每年给补多少？",
        "3000元档次政府补贴180元/年",
        WAD,
        ["180"],
    ),
    (
        "n14",
        "number",
        "武安 重度残疾人 城乡居民养老保险 政府代缴 标准",
        "由政府按每人每年一百元的标准代缴",
        WAD,
        ["一百元"],
    ),
    (
        "n15",
        "number",
        "武安市城乡居民基础养老金最低每月多少？缴费超过15年的每多缴1年加多少？",
        "基础养老金最低标准每人每月163元；每多缴费1年每月加发2元",
        WAD,
        ["163元", "2元"],
    ),
    # 瓦房店市 就业见习 (办法 beside its 征求意见稿) and 求职创业补贴 (old CMS, full-width digits)
    (
        "n16",
        "number",
        "瓦房店 就业见习补贴 每人每月 标准",
        "每人每月1800元；留用率50%以上的提高至每人每月2000元（征求意见稿为1600元）",
        both(WFB, N5),
        ["1800元"],
    ),
    (
        "n17",
        "number",
        "瓦房店见习办法征求意见稿里，见习补贴原来定的每人每月多少？",
        "征求意见稿：每人每月1600元（正式办法为1800元）",
        WFZ,
        ["1600元"],
    ),
    (
        "n18",
        "number",
        "大连瓦房店 困难家庭高校毕业生 一次性求职创业补贴 每人多少",
        "每人１５００元（全角数字）",
        WFN,
        ["１５００元"],
    ),
    # 平果市 以工代训 (PDF, GBK 公示) and 零工市场 (WeChat Markdown)
    (
        "n19",
        "number",
        "平果 以工代训 吸纳脱贫人口 每人每月 补贴",
        "吸纳脱贫人口和防止返贫监测对象的每人每月600元（其他人员500元），最长6个月（PDF 第1页）",
        both(PGP, N2),
        ["600元"],
        1,
    ),
    (
        "n20",
        "number",
        "平果市以工代训补贴，一家企业一年最多能拿多少？",
        "同一企业年度以工代训补贴总额最高20万元（PDF 第1页，折行把 20 / 万元 拆开）",
        PGP,
        ["20万元"],
        1,
    ),
    (
        "n21",
        "number",
        "平果 以工代训 华盛纺织 第一季度 补贴金额",
        "广西平果华盛纺织有限公司：吸纳26人，其中脱贫人口14人，3个月，补贴43200元",
        PGT,
        ["43200"],
    ),
    (
        "n22",
        "number",
        "在平果零工市场登记打零工，要是干活出了意外，有没有保险？最高保多少？",
        "可免费参加“零工保”意外伤害保险，意外身故、伤残最高保额30万元，意外医疗最高2万元",
        PGM,
        ["30万元"],
    ),
    # yes/no
    (
        "y01",
        "yesno",
        "泗洪的，想申请创业担保贷款开早餐店，我家在县城有套房子还在还房贷，这个会影响申请吗？",
        "不影响，住房贷款不在限制之列（12345答复）",
        SHR,
        ["不影响"],
    ),
    (
        "y02",
        "yesno",
        "我爱人几年前在泗洪贷过一次创业担保贷款，已经按时还清了，这次开店还能再贷吗？",
        "可以，已按期还清的可以再次申请，累计次数不超过3次（12345答复）",
        SHR,
        ["3次"],
    ),
    (
        "y03",
        "yesno",
        "钟祥 公司提出 协商解除 劳动合同 能不能 领 失业金",
        "能，用人单位提出、双方协商一致解除的，属于非因本人意愿中断就业（12345答复）",
        ZXR,
        ["非因本人意愿"],
    ),
    (
        "y04",
        "yesno",
        "在钟祥被公司裁员，公司给了8个月工资的经济补偿，这样我还能领失业金吗？",
        "能，用人单位依法支付的经济补偿不影响申领失业保险金（12345答复）",
        ZXR,
        ["不影响"],
    ),
    (
        "y05",
        "yesno",
        "钟祥领失业金领到一半找到工作了，后来又失业了，上次没领完的月数还算不算？",
        "算，与前次应领未领的期限合并计算，最长不超过24个月（解读第2页）",
        ZX2,
        ["合并计算"],
    ),
    (
        "y06",
        "yesno",
        "普宁灵活就业社保补贴，我自己补缴的前几年的社保费和滞纳金也能一起补吗？",
        "不能，不包括个人补缴的社会保险费和滞纳金",
        PNG,
        ["不包括"],
    ),
    (
        "y07",
        "yesno",
        "仙居 同一工种 同一等级 证书 能不能 重复领 技能提升补贴",
        "不能，同一职业（工种）同一等级不得重复享受；每人每年不超过3次",
        XJG,
        ["不得重复"],
    ),
    (
        "y08",
        "yesno",
        "在神木工地干活，包工头欠钱跑了，项目部说钱给了包工头不管，总包单位到底要不要负责？",
        "要，分包单位或包工头拖欠的，由施工总承包单位先行清偿再追偿（留言板答复）",
        SMR,
        ["先行清偿"],
    ),
    (
        "y09",
        "yesno",
        "我在神木上班，职工养老保险只交了12年就到退休年龄了，能不能转到城乡居民养老保险？",
        "可以，可以延长缴费至满15年，也可以申请转入户籍地城乡居民基本养老保险",
        SMT,
        ["城乡居民基本养老保险"],
    ),
    # dates
    (
        "t01",
        "date",
        "泗洪新的开店贷款额度和创业补贴标准从哪天开始执行？",
        "自二〇二五年五月一日起执行",
        both(SH25, SHR, N1),
        ["二〇二五年五月一日", "5月1日"],
    ),
    (
        "t02",
        "date",
        "我在钟祥的劳动合同是3月31号解除的，失业金最晚哪天之前要去申请？",
        "解除之日起60日内，即2025年5月30日前（12345答复）",
        ZXR,
        ["5月30日"],
    ),
    (
        "t03",
        "date",
        "仙居县 第二批 技能提升补贴 什么时候 发放到账",
        "2025年9月15日前发放至本人社会保障卡银行账户（.xlsx 填表说明 sheet）",
        XJX,
        ["9月15日"],
    ),
    (
        "t04",
        "date",
        "瓦房店 2026届 求职创业补贴 申领 截止时间",
        "２０２５年１０月１３日至２０２５年１１月１４日（全角数字），逾期不予受理",
        WFN,
        ["１１月１４日"],
    ),
    (
        "t05",
        "date",
        "平果的企业申请以工代训补贴，每个季度最晚什么时候交申请？",
        "每季度结束后次月15日前提交上一季度的申请（PDF 第1页，折行把 1 / 5日前 拆开）",
        PGP,
        ["次月15日前"],
        1,
    ),
    (
        "t06",
        "date",
        "神木 办理退休 什么时候 去 申报",
        "达到法定退休年龄前1个月内申报，养老金从次月起发放（UTF-16 须知）",
        SMT,
        ["前1个月"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "在神木工地干活被拖欠工资，可以通过哪些渠道投诉？",
        "拨打12345或12333，通过“全国根治欠薪线索反映平台”微信小程序，或到神木市劳动保障监察大队现场投诉",
        SMR,
        ["12333", "根治欠薪线索反映平台", "劳动保障监察大队"],
    ),
    (
        "p02",
        "procedure",
        "普宁灵活就业社保补贴在哪里申请，网上能办吗？",
        "广东政务服务网、“粤省事”小程序在线申领，或到市人社局就业服务窗口（政务服务中心一楼12号窗口）",
        PNG,
        ["粤省事", "广东政务服务网"],
    ),
    (
        "p03",
        "procedure",
        "仙居 考证补贴 网上 怎么 申领",
        "登录“浙里办”APP搜索“职业技能提升补贴”在线申领，或到县行政服务中心三楼人力社保窗口",
        XJG,
        ["浙里办"],
    ),
    (
        "p04",
        "procedure",
        "钟祥 失业保险金 去哪里 申领",
        "“湖北智慧人社”APP、“鄂汇办”APP在线申领，或到钟祥市政务服务中心二楼人社综合窗口",
        both(ZX1, ZXR),
        ["湖北智慧人社", "人社综合窗口"],
    ),
    # traditional script (the 普宁市 page on the portal's 繁體 version)
    (
        "c01",
        "traditional",
        "普寧市辦第三代社保卡，到網點即時製卡大概要等多久？",
        "约10分钟即可领卡",
        both(PNC, N3),
        ["10分"],
    ),
    (
        "c02",
        "traditional",
        "普寧 第三代社保卡 首次申領 要不要 工本費",
        "首次申领免收工本费；换领、补领目前也不收取费用",
        PNC,
        ["免收工本"],
    ),
    (
        "c03",
        "traditional",
        "我是在普宁工作的香港人，也能申领第三代社保卡吗？",
        "可以，在普宁市居住的港澳台居民和外籍人员都可以申领",
        PNC,
        ["港澳"],
    ),
    (
        "c04",
        "traditional",
        "普寧 16週歲以下 小孩 社保卡 誰來辦",
        "由监护人携带户口簿和监护人身份证件代为申领",
        PNC,
        ["監護人"],
    ),
    (
        "c05",
        "traditional",
        "普寧市社保卡的諮詢電話是多少？",
        "12333，或者普宁市社会保险基金管理局0663-2212333",
        PNC,
        ["0663-2212333"],
    ),
    # unanswerable: a neighbour of what a document states
    (
        "u01",
        "unanswerable",
        "固始县 创业担保贷款 个人 最高 额度",
        "（新闻说固始正在研究提高额度，计划下半年出台）应拒答",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "我在邵阳邵东，想去零工市场找点活干，邵东的零工市场在哪里、几点开门？",
        "（新闻说邵东计划年底前建成市级零工市场）应拒答",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "诸城 灵活就业人员 社保补贴 标准",
        "（新闻说诸城正在研究出台办法，计划明年实施）应拒答",
        "-",
        [],
    ),
    (
        "u04",
        "unanswerable",
        "长丰县城乡居民养老保险交500元档，政府补贴多少？",
        "（新闻说长丰正在研究调整缴费档次和补贴标准；500元档60元是武安市的）应拒答",
        "-",
        [],
    ),
    (
        "u05",
        "unanswerable",
        "祁阳市就业见习补贴每人每月多少？",
        "（新闻说祁阳正在研究制定办法，计划明年实施）应拒答",
        "-",
        [],
    ),
    (
        "u06",
        "unanswerable",
        "瑞金 失业保险金 每月 标准",
        "（瑞金只作为李师傅打过零工的地方被提到）应拒答",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "泗洪县2023年的一次性创业补贴是多少？",
        "（只有2024年办法5000元和2025年通知一万元）应拒答",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "钟祥市2024年的失业保险金标准是每月多少？",
        "（解读只给出自2025年1月1日起的1755元）应拒答",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "仙居 技师（二级）证书 技能提升补贴 多少钱",
        "（指南只列初级工、中级工、高级工）应拒答",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "武安 城乡居民养老保险 6000元档次 政府补贴",
        "（档次最高5000元，补贴260元）应拒答",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "瓦房店 就业见习 人身意外伤害保险 保额 多少",
        "（办法只说见习单位为见习人员办理人身意外伤害保险，没有保额）应拒答",
        "-",
        [],
    ),
]


def doc_text(rel: str) -> str:
    """A document's text as a reader decodes it: HTML in its declared charset, .txt by its BOM or else UTF-8
    or GBK, .docx and .xlsx by their XML and cells, the PDF by its source and its extracted text unwrapped."""
    path = make_docs.DOCS / rel
    data = path.read_bytes()
    if rel.endswith(".html"):
        return data.decode("gbk" if b"charset=gb2312" in data[:400] else "utf-8")
    if rel.endswith((".txt", ".md")):
        if data.startswith(b"\xff\xfe"):
            return data[2:].decode("utf-16-le")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("gbk")
    if rel.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n"))
    if rel.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " ".join("" if v is None else str(v) for v in row)
            for ws in wb
            for row in ws.iter_rows(values_only=True)
        )
    if rel.endswith(".pdf"):
        pages = [p.extract_text().replace("\n", "") for p in pypdf.PdfReader(path).pages]
        return "\n".join(pages) + "\n" + "\n".join(make_docs.PG_PAGES)
    raise ValueError(rel)


def check() -> None:
    for i, kind, _question, answer, docs, keys, *page in Q:
        rels = [d.split(" (")[0] for d in docs.split(" | ")] if docs != "-" else []
        texts = [doc_text(r) for r in rels]
        if kind == "unanswerable":
            assert not keys and not rels, i
            continue
        if kind == "regions":
            for region in answer:
                assert any(region in t for t in texts), (i, region)
            continue
        for key in keys:
            assert any(key in t for t in texts), (i, key)
        if page:  # the first key on the PDF page expected
            reader = pypdf.PdfReader(make_docs.DOCS / rels[0])
            src = make_docs.PG_PAGES[page[0] - 1]
            assert any(k in src for k in keys), (i, page)
            assert reader.pages[page[0] - 1].extract_text(), i
    kinds: dict[str, int] = {}
    for q in Q:
        kinds[q[1]] = kinds.get(q[1], 0) + 1
    assert len({q[0] for q in Q}) == len(Q)
    print("keys checked:", kinds)


def main() -> None:
    check()
    write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
