"""Writes eval/policy21/questions.jsonl: questions over eval/policy21/docs (市场监管与生态环境 of eight regions),
written before citeqa was run on them, as chat users relay their own situation, as agents send keyword queries and
as analysts ask which regions. The chat users' questions carry the asker's situation first, in their own words
(健身年卡, 私教课, 跑货运, 麦秸秆, 小吃店) and figures that are not the answer (8节, 1500的次卡, 营运的国四中型货车), with typos and
homophones (食品经营许可症, 秸杆, 柴由货车, 排物登记, 推卡); several are answered only by a 12345 or 县长信箱 reply (2400元,
7日内, 5月31日, 2万元, 6月13日). The agents' queries are terse (「汝州 国三 重型柴油货车 提前淘汰 现行补贴标准」).
Regions are often named by city and county (南通如皋, 滨州邹平, 平顶山汝州, 滁州明光, 株洲攸县, 达州大竹, 湖州长兴) or by
the short name. Five questions are in traditional script, two of them in Cantonese (我係香港永久居民…得唔得？), one asking
a simplified document; the 台山市 page they ask is in Hong Kong script (个体工商户 written 個體工商户, 税 not 稅), so the
askers' 戶 is not the page's 户. The keys are what any correct answer must contain, written as the documents write
them. Answers that need the hidden parts of pages (tab panels, 展开全文, a <textarea>), the inserted runs of a
tracked-changes .docx, a binary .xls, a two-column PDF, a GB18030 .txt whose wraps split figures, numeric character
references or a mislabelled charset are marked in ``doc``.

Each measure is stated by one region's documents and a roundup that also names a second region having done it, a
region that has only planned it (启东市, 阳春市, 宝丰县, 炎陵县, 邻水县: not in any expected list) and one named in
passing (阜宁县, 隆昌市, 凤阳县, 安仁县, 盐亭县). The unanswerable questions ask those regions, or a neighbour of what a
document states (国五 where the table has 国三 and 国四, 玉米 where the 办法 has 小麦 and 水稻, 小作坊 where the guide is of
小餐饮, 排污许可 where the guide is of 排污登记).

``python -m eval.policy21.make_questions`` writes the file and checks that every key occurs in a listed document's
text (HTML decoded from its bytes as UTF-8 whatever its <meta> says, tags stripped and character references
resolved, hidden panels included; the .txt and .docx and PDF by the source strings make_docs wrote, the .docx with
its changes accepted; the .csv in GBK; the .xlsx's cells, hidden sheet included; the .xls's cells by xlrd), that a
PDF answer's first key stands on the page given, and that every expected region is named in a listed document as
having done the measure while no planned-only or passing region is expected."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import opencc
import openpyxl
import pypdf
import xlrd

from eval.policy21 import make_docs as md
from eval.policy_make import write_questions

RGQ = "江苏/如皋市/【政策解读】食品经营许可告知承诺制十问十答.html (pasted from Word: mso markup, 1268 split over two spans)"
RGR = "江苏/如皋市/12345热线 健身房突然贴通知装修停业，办的年卡和私教课钱能退吗？.html"
ZPG = "山东/邹平市/办事指南.html (小餐饮登记证; tabs, all but 基本信息 display:none; 长兴县 has a file of the same name)"
ZPD = "山东/邹平市/邹平市住宅老旧电梯安全评估和维护保养提升工作实施方案（修订稿）.docx (tracked changes: the answer in <w:ins>)"
RZ24 = "河南/汝州市/汝州市老旧柴油货车提前淘汰补贴实施办法.html (2024; units in the table header, figures in the 注)"
RZ25 = "河南/汝州市/t20250415_1084732.html (2025 通知; title only in <title>; replaces the 2024 figures)"
RZX = (
    "河南/汝州市/汝州市2025年第一批老旧柴油货车提前淘汰补贴资金发放明细表.xlsx (hidden sheet of 2024 figures)"
)
MGB = "安徽/明光市/明光市秸秆综合利用奖补办法.html (征求意见稿 beside it)"
MGD = "安徽/明光市/关于公开征求《明光市秸秆综合利用奖补办法（征求意见稿）》意见的公告 [2025-02-14] (明光市农业农村局).html"
MGX = "安徽/明光市/明光市2025年夏季秸秆离田补助资金分配表.xls (binary BIFF8)"
YX21 = "湖南/攸县/攸县城区生活垃圾分类管理暂行办法.html (2021, 已废止; text in a <textarea>)"
YXT = "湖南/攸县/攸县人民政府关于印发《攸县生活垃圾分类管理办法》的通知（攸政发〔2025〕8号）.txt (GB18030; wrapped at 28, page-number lines)"
YXC = "湖南/攸县/攸县城市管理和综合执法局2025年第三季度生活垃圾分类行政处罚案件信息公示（截至9月30日）.csv (GBK; multi-line quoted cells)"
DZP = "四川/大竹县/大竹县人民政府公报2025年第3期（节选）.pdf (two columns; 公报 pages 21-22)"
DZF = "四川/大竹县/大竹县食品安全违法行为举报奖励实施细则.html (all but the lead in a hidden 展开全文 div)"
TSQ = "广东/台山市/台山市個體工商户登記註冊與註銷常見問題解答.html (Hong Kong traditional script)"
TSS = "广东/台山市/台山市线下实体店无理由退货承诺单位名单（第三批）.html (UTF-8 bytes, meta charset=gb2312)"
CXG = "浙江/长兴县/办事指南.html (固定污染源排污登记, key-value rows; 邹平市 has a file of the same name)"
CXQ = "浙江/长兴县/长兴县环评审批告知承诺制改革政策解读.html (body in numeric character references)"
CXL = "浙江/长兴县/县长信箱：小区旁边工地天天半夜施工，吵得孩子没法复习中考.html"
N1 = "新闻/告知承诺当场发证 小店登记即来即办 多地优化市场准入服务.html"
N2 = "新闻/预付卡可退 线下也能无理由退货 多地织密消费维权“保护网”.html"
N3 = "新闻/老旧柴油货车淘汰有补贴 秸秆离田有奖补 多地打好蓝天保卫战.html (+ 下载/ exact duplicate)"
N4 = "新闻/垃圾分类有奖有罚 老旧电梯“体检”有补助 多地提升城市精细化管理水平.html"
N5 = "新闻/有奖举报调动全民监督 环评审批当日办结 多地深化生态环境领域改革.html"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["启东", "阳春", "宝丰", "炎陵", "邻水"]
PASSING = ["阜宁", "隆昌", "凤阳", "安仁", "盐亭"]


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the roundups'
    # planned-only regions (启东市, 阳春市, 宝丰县, 炎陵县, 邻水县) and those named in passing (阜宁县, 隆昌市,
    # 凤阳县, 安仁县, 盐亭县) are not in the lists
    (
        "r01",
        "regions",
        "哪些地方已经全面推行食品经营许可告知承诺制了？",
        ["如皋市", "海安市"],
        both(RGQ, N1),
        [],
    ),
    ("r02", "regions", "哪些地方已经在核发小餐饮登记证？", ["邹平市", "博兴县"], both(ZPG, N1), []),
    (
        "r03",
        "regions",
        "个体工商户简易注销 已经在办理 的地区有哪些",
        ["台山市", "鹤山市"],
        both(TSQ, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "上次办了张美容卡没用几天就后悔了，店里不给推卡。听说有的地方预付卡有7天冷静期，没消费能全退，是哪些地方？",
        ["如皋市", "如东县"],
        both(RGR, N2),
        [],
    ),
    ("r05", "regions", "哪些地方的线下实体店也能无理由退货了？", ["台山市", "恩平市"], both(TSS, N2), []),
    (
        "r06",
        "regions",
        "请列出已经出台食品安全违法行为举报奖励细则或已兑现举报奖励的县。",
        ["大竹县", "宣汉县"],
        both(DZF, N2),
        [],
    ),
    (
        "r07",
        "regions",
        "老旧柴由货车提前淘汰，哪些地方已经在给补贴了？",
        ["汝州市", "郏县"],
        both(RZ25, N3),
        [],
    ),
    ("r08", "regions", "秸杆离田 每亩补助 已实施 县市", ["明光市", "来安县"], both(MGB, MGX, N3), []),
    (
        "r09",
        "regions",
        "哪些县已经施行生活垃圾分类管理办法，对不按规定分类投放的要罚款？",
        ["攸县", "茶陵县"],
        both(YXT, N4),
        [],
    ),
    (
        "r10",
        "regions",
        "老旧住宅电梯 安全评估 财政补助或承担评估费用 地区",
        ["邹平市", "无棣县"],
        both(ZPD, N4),
        [],
    ),
    (
        "r11",
        "regions",
        "哪些地方已经实行生态环境违法行为有奖举报（出台了办法或者已经发放了举报奖励）？",
        ["大竹县", "渠县"],
        both(DZP, N5),
        [],
    ),
    ("r12", "regions", "环评审批告知承诺制 已实行 县", ["长兴县", "安吉县"], both(CXQ, N5), []),
    # 如皋市 食品经营许可 (政策解读 pasted from Word) and 预付卡 (12345 reply)
    (
        "n01",
        "number",
        "如皋 食品经营许可 一般程序 承诺办理时限",
        "承诺办理时限压缩至5个工作日（法定10个工作日）",
        RGQ,
        ["5个工作日"],
    ),
    (
        "n02",
        "number",
        "如皋截至2025年6月底通过告知承诺方式发了多少张食品经营许可证？",
        "1268张，占同期发证总数七成以上（Word 粘贴页把 12 / 68 分在两个 span）",
        both(RGQ, N1),
        ["1268张"],
    ),
    (
        "n03",
        "number",
        "我在如皋那家突然贴通知装修停业的健身房买了私教课，还剩8节没上，年卡也才用了一个多月，私教课这块能退我多少钱？",
        "剩余8节私教课应退还2400元（12345答复；年卡按未使用天数折算）",
        RGR,
        ["2400元"],
    ),
    # 邹平市 小餐饮登记证 (tabbed guide) and 老旧电梯 (.docx with tracked changes)
    (
        "n04",
        "number",
        "邹平 小餐饮 经营场所 面积 上限",
        "经营场所使用面积在60平方米以下，从业人员不超过6人（申请条件标签页，display:none）",
        ZPG,
        ["60平方米"],
    ),
    (
        "n05",
        "number",
        "滨州邹平 老旧住宅电梯 安全评估 每台补助多少",
        "每台3000元（修订稿插入；删除的原文为2000元）",
        both(ZPD, N4),
        ["3000元"],
    ),
    # 汝州市 柴油货车: 2024 办法, 2025 通知, .xlsx
    (
        "n06",
        "number",
        "汝州2024年出的老旧柴油货车淘汰补贴办法里，国三重型货车一辆补多少？",
        "2024年办法：重型货车国三及以下30000元/辆（2025年通知调整为35000元）",
        RZ24,
        ["30000"],
    ),
    (
        "n07",
        "number",
        "汝州 国三 重型柴油货车 提前淘汰 现行补贴标准",
        "2025年：每辆35000元（营运车辆再加3000元）",
        both(RZ25, N3),
        ["35000"],
    ),
    (
        "n08",
        "number",
        "我在平顶山汝州跑货运，有辆营运的国四中型货车今年想报废，按现在的标准一共能拿多少补贴？",
        "中型货车国四每辆14000元，营运车辆每辆增加3000元，共17000元（2025年通知；明细表赵**一行即17000）",
        both(RZ25, RZX),
        ["17000", "14000元"],
    ),
    (
        "n09",
        "number",
        "汝州2024年办法里，营运货车在补贴表标准的基础上另外加多少？",
        "每辆增加2000元（表后的注第1项）",
        RZ24,
        ["2000元"],
    ),
    (
        "n10",
        "number",
        "汝州 第一批 淘汰补贴 豫D·3K217 补贴金额",
        "李**，中型货车国三及以下，非营运，18000元",
        RZX,
        ["18000"],
    ),
    # 明光市 秸秆: 办法, 征求意见稿, .xls
    (
        "n11",
        "number",
        "我家在滁州明光，合作社今年夏天打捆离田了一批麦秸秆，一亩能补多少钱？",
        "小麦秸秆每亩补助25元（水稻30元；征求意见稿为18元）",
        both(MGB, MGX, N3),
        ["25元"],
    ),
    (
        "n12",
        "number",
        "明光 秸秆奖补 征求意见稿 水稻秸秆 每亩",
        "征求意见稿：水稻秸秆每亩22元（正式办法为30元）",
        MGD,
        ["22元"],
    ),
    (
        "n13",
        "number",
        "明光市 夏季 秸秆离田补助 涧溪镇 补助资金",
        "涧溪镇：收储主体11个，离田15320亩，补助资金383000元（.xls）",
        MGX,
        ["383000"],
    ),
    # 攸县 生活垃圾分类: the 2025 办法 (.txt) and the 处罚 公示 (.csv)
    (
        "n14",
        "number",
        "株洲攸县 个人 垃圾不分类 拒不改正 罚款多少",
        "处50元以上200元以下罚款（2025年办法第十四条；2021年暂行办法为50元）",
        both(YXT, N4),
        ["50元以上200元以下"],
    ),
    (
        "n15",
        "number",
        "攸县 洁城环卫 混装混运 处罚金额",
        "株洲市洁城环卫运输有限公司攸县分公司混合收运3车次，罚款3000元（.csv）",
        YXC,
        ["罚款3000元"],
    ),
    (
        "n16",
        "number",
        "攸县的小区物业没按规定放垃圾分类桶，限期改了也没改，按现在的办法最多能罚多少？",
        "处2000元以上2万元以下罚款（2025年办法第十五条；txt 中折行把 2万元以 / 下 拆开）",
        YXT,
        ["2000元以上2万元以下"],
    ),
    # 大竹县: 有奖举报 (two-column PDF) and 食品安全 举报奖励 (hidden 展开全文)
    (
        "n17",
        "number",
        "大竹县生态环境违法行为有奖举报，作出行政处罚的怎么奖？最高多少？",
        "按罚款金额的5%奖励，最低500元，最高不超过2万元（公报第1页，双栏）",
        both(DZP, N5),
        ["5%"],
        1,
    ),
    (
        "n18",
        "number",
        "达州大竹 举报环境违法 移送追究刑事责任 奖励",
        "每件奖励1万元至5万元（公报第1页）",
        both(DZP, N5),
        ["1万元至5万元"],
        1,
    ),
    (
        "n19",
        "number",
        "大竹县食品安全举报奖励 二级 最低",
        "二级按罚没款金额的3%奖励，最低1500元（展开全文的隐藏部分）",
        DZF,
        ["1500元"],
    ),
    (
        "n20",
        "number",
        "我在大竹一家食品厂上班，发现厂里用过期原料做东西，我要是去举报，作为厂里的内部人员最多能拿多少奖励？",
        "内部知情人员奖励标准提高一倍，单笔最高不超过100万元",
        both(DZF, N2),
        ["100万元"],
    ),
    # 台山市 无理由退货 (charset lie), 长兴县 (NCR 解读, 县长信箱)
    (
        "n21",
        "number",
        "台山市线下无理由退货承诺单位现在累计有多少家？",
        "累计186家（第三批公布后）",
        both(TSS, N2),
        ["186家"],
    ),
    (
        "n22",
        "number",
        "长兴2024年有多少个项目通过环评告知承诺方式完成审批？",
        "112个，审批时间由平均15个工作日压缩至1天",
        both(CXQ, N5),
        ["112个"],
    ),
    # yes/no
    (
        "y01",
        "yesno",
        "我同事在如皋办了张1500的游泳次卡，第三天就后悔了，一次都没去，店家说办了卡概不退款，真的不能退吗？",
        "能，自购卡之日起7日内未消费的可以无理由全额退卡，经营者应在3个工作日内退款（12345答复）",
        both(RGR, N2),
        ["7日内"],
    ),
    (
        "y02",
        "yesno",
        "如皋 卖婴幼儿配方奶粉的店 食品经营许可症 能不能走告知承诺",
        "不能，经营特殊食品的不适用告知承诺制，按一般程序办理",
        RGQ,
        ["不适用"],
    ),
    (
        "y03",
        "yesno",
        "在邹平开了个小吃店办的是小餐饮登记证，能顺便卖裱花蛋糕吗？",
        "不能，不得经营生食类水产品、裱花蛋糕和冷荤类食品（申请条件标签页，隐藏）",
        ZPG,
        ["不得经营"],
    ),
    (
        "y04",
        "yesno",
        "汝州今年9月30日前报废柴油货车，还有没有额外的提前淘汰奖励？",
        "没有，原办法表注第2项的提前淘汰奖励不再执行（2025年通知）",
        RZ25,
        ["不再执行"],
    ),
    (
        "y05",
        "yesno",
        "攸县城区生活垃圾分类管理暂行办法现在还有效吗？",
        "无效，2025年7月1日起新办法施行，暂行办法同时废止（旧页面标注 已废止）",
        both(YXT, YX21),
        ["废止"],
    ),
    (
        "y06",
        "yesno",
        "我们是长兴做铅蓄电池的厂，新上个项目能不能走环评告知承诺？",
        "不能，涉及铅蓄电池等重污染行业的项目不适用告知承诺制（解读，数字字符引用）",
        CXQ,
        ["不适用"],
    ),
    (
        "y07",
        "yesno",
        "长兴 排物登记 小微企业第一次登记 能不能上门帮办",
        "能，小微企业首次登记可以电话预约上门帮办，预约后2个工作日内上门",
        CXG,
        ["2个工作日"],
    ),
    (
        "y08",
        "yesno",
        "想在台山用自己家住宅登记个体户开个小饭馆，行不行？",
        "不行，住宅可以作经营场所，但不得用于从事餐饮服务等活动（繁体页）",
        TSQ,
        ["不得用於從事餐飲"],
    ),
    (
        "y09",
        "yesno",
        "不想留真名，匿名举报大竹一家企业偷排污水，查实了还能领奖金吗？",
        "能，可以凭举报编号和查询密码领取奖金（公报第1页；食品安全举报则不提供真实身份不予奖励）",
        DZP,
        ["查询密码"],
        1,
    ),
    # dates
    (
        "t01",
        "date",
        "如皋那家装修停业的健身房，答应什么时候之前把钱退了？",
        "经营者承诺于2025年5月31日前通过原支付渠道退款（12345答复）",
        RGR,
        ["5月31日"],
    ),
    (
        "t02",
        "date",
        "汝州 2025年 柴油货车 淘汰补贴 申请 截止",
        "2025年11月30日，逾期不再受理",
        RZ25,
        ["11月30日"],
    ),
    (
        "t03",
        "date",
        "明光市秸秆综合利用奖补办法什么时候开始施行的？",
        "自2025年4月1日起施行，有效期3年（征求意见稿为自印发之日起）",
        MGB,
        ["2025年4月1日"],
    ),
    (
        "t04",
        "date",
        "攸县新的垃圾分类管理办法从哪天开始执行？",
        "自2025年7月1日起施行（GB18030 txt）",
        both(YXT, N4),
        ["7月1日"],
    ),
    (
        "t05",
        "date",
        "我家孩子今年在长兴参加中考，听说考试那几天考点附近不准夜间施工，具体是哪几天？",
        "2025年6月13日至6月18日，考点周边500米范围内禁止夜间施工（县长信箱答复）",
        CXL,
        ["6月13日"],
    ),
    (
        "t06",
        "date",
        "邹平 老旧电梯 安全评估补助 申报 截止日期",
        "2025年10月31日前（修订稿插入；删除的原文为9月30日）",
        ZPD,
        ["10月31日"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "如皋 食品经营许可 网上申请 渠道",
        "江苏政务服务网“食品经营许可”事项在线申请，或到如皋市政务服务中心二楼市场监管窗口",
        RGQ,
        ["江苏政务服务网"],
    ),
    (
        "p02",
        "procedure",
        "大竹县环境违法有奖举报，奖金怎么领，有没有时间限制？",
        "接到领奖通知之日起60日内凭本人身份证领取，委托代领需委托书和双方身份证，逾期视为放弃（公报第1页）",
        DZP,
        ["60日"],
        1,
    ),
    (
        "p03",
        "procedure",
        "长兴 固定污染源排污登记 怎么办理",
        "登录全国排污许可证管理信息平台自行填报排污登记表，提交后即时生成登记编号和回执，无需审批",
        CXG,
        ["全国排污许可证管理信息平台"],
    ),
    (
        "p04",
        "procedure",
        "邹平市小餐饮登记证的办理流程是怎样的？",
        "“爱山东”APP、山东政务服务网或窗口申请→当场受理→书面承诺当场发证→发证后30日内现场检查（办理流程标签页，隐藏）",
        ZPG,
        ["爱山东"],
    ),
    # traditional script (the 台山市 page in Hong Kong script; c05 asks a simplified document)
    (
        "c01",
        "traditional",
        "台山辦個體戶營業執照要等多久？網上申請呢？",
        "即时办结、当场发照；网上申请一般4小时内完成审核",
        TSQ,
        ["即時辦結"],
    ),
    (
        "c02",
        "traditional",
        "我係香港永久居民，想喺台山開間舖做個體戶，得唔得？",
        "可以，港澳永久性居民中的中国公民可申请登记为个体工商户，与内地居民同等办理",
        TSQ,
        ["永久性居民"],
    ),
    (
        "c03",
        "traditional",
        "台山 個體戶 簡易註銷 要唔要公示 幾耐辦好",
        "无需公示，资料齐全的1个工作日内办结",
        TSQ,
        ["1個工作日"],
    ),
    (
        "c04",
        "traditional",
        "台山市個轉企有沒有獎勵？多少錢？",
        "有，完成个转企的给予一次性奖励3000元",
        TSQ,
        ["3000元"],
    ),
    (
        "c05",
        "traditional",
        "汝州市2025年中型貨車國四排放標準的提前淘汰補貼是多少？",
        "每辆14000元（营运车辆再加3000元）",
        RZ25,
        ["14000"],
    ),
    # unanswerable: planned-only regions, regions named in passing, neighbours of what a document states
    (
        "u01",
        "unanswerable",
        "启东 食品经营许可 告知承诺 承诺时限",
        "（新闻说启东拟于下半年推行告知承诺制）应拒答",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "阳春市线下无理由退货的承诺店有哪些、能退几天？",
        "（新闻说阳春计划年内推行）应拒答",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "我在平顶山宝丰有辆国三的重卡，想提前报废，宝丰能给多少补贴？",
        "（新闻说宝丰拟出台补贴政策；35000元是汝州市的）应拒答",
        "-",
        [],
    ),
    (
        "u04",
        "unanswerable",
        "炎陵县 生活垃圾 不分类 个人 罚款",
        "（新闻说炎陵计划明年出台管理办法）应拒答",
        "-",
        [],
    ),
    (
        "u05",
        "unanswerable",
        "邻水县举报生态环境违法行为最高能奖多少？",
        "（新闻说邻水拟于明年出台有奖举报办法）应拒答",
        "-",
        [],
    ),
    (
        "u06",
        "unanswerable",
        "阜宁县的小餐饮登记证怎么办、要多久？",
        "（阜宁只作为在如皋开面馆的王先生的来处被提到）应拒答",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "隆昌 食品安全 举报奖励 标准",
        "（隆昌只作为在大竹打工的小刘的来处被提到）应拒答",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "汝州 国五 柴油货车 提前淘汰 补贴",
        "（办法和通知只列国三及以下和国四）应拒答",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "明光的玉米秸秆打捆离田一亩补多少？",
        "（办法只列小麦秸秆25元、水稻秸秆30元）应拒答",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "邹平 食品小作坊 登记证 有效期",
        "（办事指南是小餐饮登记证的，有效期3年；小作坊未说明）应拒答",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "长兴 排污许可证 重点管理 审批时限 几个工作日",
        "（办事指南只讲排污登记，即时办结；排污许可证审批时限未说明）应拒答",
        "-",
        [],
    ),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it (a path may itself hold " (")."""
    m = re.match(r"(.*?\.(?:html|txt|csv|docx|xlsx|xls|pdf))(?: \(.*\))?$", doc)
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    text = re.sub(r"<[^>]+>", "", raw)
    return html.unescape(text)


def doc_text(rel: str) -> str:
    """A document's text: HTML from its UTF-8 bytes (whatever its <meta> says) with tags stripped and references
    resolved; the .txt, .docx and PDF by the source strings make_docs wrote; .csv in GBK; .xlsx and .xls cells."""
    path = md.DOCS / rel
    data = path.read_bytes()
    if rel.endswith(".html"):
        return strip_html(data.decode("utf-8"))
    if rel.endswith(".txt"):
        data.decode("gb18030")  # it is GB18030
        return md.yx25_source()
    if rel.endswith(".csv"):
        return data.decode("gbk")
    if rel.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        inserted = " ".join(re.findall(r"<w:ins [^>]*><w:r><w:t[^>]*>([^<]*)</w:t>", xml))
        return md.zouping_docx_text() + "\n" + inserted
    if rel.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        return "\n".join(
            " ".join("" if v is None else str(v) for v in row)
            for ws in wb
            for row in ws.iter_rows(values_only=True)
        )
    if rel.endswith(".xls"):
        book = xlrd.open_workbook(str(path))
        cells = []
        for sheet in book.sheets():
            for r in range(sheet.nrows):
                for v in sheet.row_values(r):
                    cells.append(str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
        return " ".join(cells)
    if rel.endswith(".pdf"):
        return md.dz_source()
    raise ValueError(rel)


def check() -> None:
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
