"""Writes eval/policy23/questions.jsonl: questions over eval/policy23/docs (卫生健康与民政服务 of eight regions),
written before citeqa was run on them, as chat users relay their own situation, as agents send keyword queries
and as analysts ask which regions. The chat users' questions carry the asker's situation first, in their own
words (爸91了妈86, 老大8岁今年3月生了双胞胎, 单位上年度平均工资6000, 我对象脑出血自己花了8万多, 我是二婚) and figures that
are not the answer (91 and 86 where the answer is 400元, 8万多 where it is 13200元, 6000 where it is 31600元), with
typos and homophones (育儿补帖, 反还). Several are answered only by a 县长信箱, 留言板 or 12345 reply (400元, 10800元,
13200元). The agents' queries are terse (「泾县 职工 剖宫产 生育医疗费用 定额 2025年7月起」). Regions are often named by
city and county (保定涞源, 广元苍溪, 宣城泾县, 漳州诏安, 桂林恭城, 绥化海伦, 延安洛川, 铜仁思南) or by the short name.
Five questions are in traditional script, two of them in Cantonese (我阿嫲住喺詔安…用咩APP？, 我同老婆喺恭城登記結婚…),
three asking simplified documents. The keys are what any correct answer must contain, written as the documents
write them (480 where the .odt's table header says 元/人, 6037560 where the .xlsx's header says 单位：人、元, 閩政通 in
the traditional page). Answers that need a new kind of file — the .odt, the .eml (its body and its .docx
attachment), the .zip's .docx and .xlsx, the 公众号 page, the JSON dump, the .md, the two-column PDF, the frameset's
main_content.htm, the GB18030 .txt — are marked in ``doc``.

Each measure is stated by one region's documents and a roundup that also names a second region having done it, a
region that has only planned it (剑阁县, 漳浦县, 顺平县, 庆安县, 印江县: not in any expected list) and one named in
passing (郎溪县, 阳朔县, 唐县, 宜川县, 德江县). The unanswerable questions ask those regions, or a neighbour of what a
document states (2024's 高龄津贴 where the 办法 is of 2025 and only names the 2019 one it repeals; 帕金森病 where the
限额 table has six other diseases; 居民医保 分娩 定额 where the 通知 is for 职工).

``python -m eval.policy23.make_questions`` writes the file and checks that every key occurs in a listed document's
text as decoded from its bytes with the stdlib and the venv: .html as UTF-8 with tags stripped and references
resolved (the 公众号 page too: its hidden js_content is text like any other); .htm by the charset its <meta
http-equiv> declares (GB2312), the frameset page giving only its title; the .md as it stands; the .json by
``json`` (each list item's title and its content with tags stripped); the .odt by zipfile and regular expressions
(content.xml, a line per text:p / text:h, spans joined); the .eml by ``email`` (the text/plain part decoded from
base64 and its declared GB2312, and each .docx attachment); the .zip by zipfile (names without the UTF-8 flag taken
back from cp437 to GBK), its .docx by zipfile and regular expressions and its .xlsx by openpyxl; .xlsx by openpyxl
(a line per row, cells joined by tabs); the .txt as GB18030 with its 第X页 共Y页 lines and line breaks removed, as
the wraps split figures; a PDF by pypdf with line breaks removed, and the two-column 折页 by pypdf's text visitor,
each string put in its column by its x and the columns read one after the other. It checks that a PDF answer's
first key stands on the page given, that every expected region is named in a listed document while no
planned-only or passing region is expected, and that each planned-only region is named beside 拟, 将 or 计划."""

from __future__ import annotations

import email
import html
import io
import json
import re
import zipfile
from pathlib import Path

import opencc
import openpyxl
import pypdf

from eval.policy23 import make_docs as md
from eval.policy_make import write_questions

LYB = "河北/涞源县/涞源县高龄津贴发放管理办法.html (征求意见稿 beside it with other figures)"
LYD = "河北/涞源县/关于公开征求《涞源县高龄津贴发放管理办法（征求意见稿）》意见的公告.html (征求意见稿: other figures)"
LYR = "河北/涞源县/县长信箱 父亲91岁母亲86岁，高龄津贴每月能领多少？.html"
LYF = "河北/涞源县/main_content.htm (the article of the frameset page 涞源县基本殡葬服务费用减免和生态安葬奖补实施办法.htm, which holds only the title; GB2312)"
CXW = "四川/苍溪县/重磅！苍溪县级育儿补贴来了，二孩、三孩每年再多领……（附申领指南）.html (微信公众号 article: hidden js_content, nested section/span, figures in strong)"
CXJ = "四川/苍溪县/《苍溪县育儿补贴实施方案》政策解读.html (问/答 pairs)"
CXR = "四川/苍溪县/留言板：双胞胎今年出生，国家和县里的育儿补贴一年一共能领多少？.html"
CXX = (
    "四川/苍溪县/苍溪县2025年第一批育儿补贴发放情况汇总表.xlsx (two-level merged header, units in the header)"
)
JXM = (
    "安徽/泾县/泾县生育保险待遇常见问题（12345知识库导出）.md (Markdown FAQ: pipe table, bold figures, links)"
)
JXP = "安徽/泾县/泾县医疗保障局关于调整职工生育医疗费用定额支付标准的通知.pdf (text layer)"
JXG = "安徽/泾县/办事指南.html (生育津贴申领; key-value rows; 海伦市 has a file of the same name)"
ZAO = "福建/诏安县/诏安县家庭医生签约服务包及收费标准.odt (ODT: table units only in the header, a figure split by text:span, text:list items)"
ZAT = "福建/诏安县/《詔安縣家庭醫生簽約服務實施方案》政策解讀.html (traditional script)"
GCD = "广西/恭城瑶族自治县/恭城瑶族自治县免费婚前医学检查和孕前优生健康检查项目实施方案.docx (a table, units in the header)"
GCF = "广西/恭城瑶族自治县/婚前孕前免费检查宣传折页.pdf (two columns drawn line by line in turn; + 下载/ exact duplicate)"
HLE = "黑龙江/海伦市/转发：关于进一步做好困难群众临时救助工作的通知.eml (e-mail: GB2312 base64 body, RFC 2047 subject, .docx attachment)"
HLG = "黑龙江/海伦市/办事指南.html (临时救助; 【字段】 lines; 泾县 has a file of the same name)"
HLR = "黑龙江/海伦市/12345热线：爱人突发脑出血自付8万多，能申请多少临时救助？.html"
LCZ = "陕西/洛川县/洛川县2025年农村部分计划生育家庭奖励扶助和特别扶助资金发放相关附件.zip (.docx and .xlsx, names GBK without the UTF-8 flag)"
SNT = "贵州/思南县/思南县无偿献血者及其亲属用血费用返还实施办法.txt (GB18030, hard-wrapped mid-figure, 第X页 共Y页 lines)"
SNJ = (
    "贵州/思南县/思南县门诊慢特病政策信息_开放数据接口导出.json (API dump: HTML in JSON strings, \\u escapes)"
)
N1 = "新闻/育儿补贴真金白银到账 生育保障持续加码 多地出台生育支持举措.html"
N2 = "新闻/家庭医生签约服务提质 婚检孕检免费 多地守护群众全生命周期健康.html"
N3 = "新闻/高龄津贴提标按季到账 惠民殡葬减轻负担 多地提升养老和殡葬服务水平.html"
N4 = "新闻/临时救助先行救急 计生家庭扶助到位 多地兜牢兜准民生底线.html"
N5 = "新闻/献血者用血一站式减免 慢特病认定随时办 多地优化医疗保障服务.html"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["剑阁", "漳浦", "顺平", "庆安", "印江"]
PASSING = ["郎溪", "阳朔", "唐县", "宜川", "德江"]
TWO_COLUMN = {md.GC_FOLD}


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the roundups'
    # planned-only regions (剑阁县, 漳浦县, 顺平县, 庆安县, 印江县) and those named in passing (郎溪县, 阳朔县,
    # 唐县, 宜川县, 德江县) are not in the lists
    (
        "r01",
        "regions",
        "哪些县的育儿补帖已经真正发到老百姓手里了？",
        ["苍溪县", "旺苍县"],
        both(CXX, N1),
        [],
    ),
    ("r02", "regions", "生育津贴 直接发放到职工个人 已实行 县", ["泾县", "旌德县"], both(JXM, N1), []),
    (
        "r03",
        "regions",
        "哪些县已经在搞家庭医生签约服务、已经有居民签约了？",
        ["诏安县", "云霄县"],
        both(ZAO, ZAT, N2),
        [],
    ),
    ("r04", "regions", "免费婚前医学检查 已开展 县市", ["恭城瑶族自治县", "平乐县"], both(GCD, N2), []),
    (
        "r05",
        "regions",
        "想知道哪些地方现在做孕前优生健康检查是免费的（已经在做的，不是说打算做的那种）",
        ["恭城瑶族自治县", "荔浦市"],
        both(GCF, N2),
        [],
    ),
    ("r06", "regions", "高龄津贴 80周岁以上 已发放 县", ["涞源县", "易县"], both(LYB, N3), []),
    (
        "r07",
        "regions",
        "哪里人去世了在殡仪馆火化不用花钱？基本殡葬服务费用全免的地方有哪些",
        ["涞源县", "涞水县"],
        both(LYF, N3),
        [],
    ),
    (
        "r08",
        "regions",
        "树葬 花坛葬 草坪葬 生态安葬 奖补 已兑现 地区",
        ["涞源县", "定兴县"],
        both(LYF, N3),
        [],
    ),
    (
        "r09",
        "regions",
        "困难群众临时救助，哪些县市已经在实施了？",
        ["海伦市", "绥棱县"],
        both(HLE, N4),
        [],
    ),
    (
        "r10",
        "regions",
        "计划生育特殊家庭 特别扶助金 已发放 县",
        ["洛川县", "黄陵县"],
        both(LCZ, N4),
        [],
    ),
    (
        "r11",
        "regions",
        "无偿献血的人家里人住院用血，哪些地方能反还用血的钱？",
        ["思南县", "石阡县"],
        both(SNT, N5),
        [],
    ),
    (
        "r12",
        "regions",
        "门诊慢特病认定已经可以在乡镇卫生院办的县有哪些？",
        ["思南县", "江口县"],
        both(SNJ, N5),
        [],
    ),
    # 涞源县 高龄津贴: 办法, 征求意见稿, 县长信箱 reply; 惠民殡葬: the frameset's main_content.htm
    (
        "n01",
        "number",
        "涞源 高龄津贴 90—99周岁 每月 标准",
        "每人每月300元（征求意见稿为200元）",
        LYB,
        ["300元"],
    ),
    (
        "n02",
        "number",
        "涞源县高龄津贴征求意见稿里，100岁以上的老人每个月给多少？",
        "征求意见稿：每人每月600元（正式办法为800元）",
        LYD,
        ["600元"],
    ),
    (
        "n03",
        "number",
        "我爸今年91了我妈86，户口都在保定涞源走马驿镇，听说县里高龄津贴今年涨了，俩老人加一块每个月能领多少钱啊？",
        "90—99周岁300元＋80—89周岁100元，两位老人每月合计400元（县长信箱答复；每季度1200元）",
        both(LYR, LYB),
        ["400元"],
    ),
    (
        "n04",
        "number",
        "涞源 殡仪馆 基本殡葬服务费用 减免 每具遗体 最高 多少",
        "每具遗体最高减免1250元（接运300、暂存150、火化450、骨灰盒200、寄存150）",
        LYF,
        ["1250元"],
    ),
    (
        "n05",
        "number",
        "老人走了想按他的意思把骨灰撒了，不留骨灰，在涞源这样政府有没有奖补？给多少？",
        "在县民政局指定区域撒散、不保留骨灰的，每例奖补3000元（树葬、花坛葬、草坪葬为1500元）",
        LYF,
        ["3000元"],
    ),
    # 苍溪县 育儿补贴: 公众号 article, 政策解读, 留言板 reply, 汇总表 (.xlsx)
    (
        "n06",
        "number",
        "苍溪 育儿补帖 三孩 县级 每年 多少",
        "三孩及以上每孩每年2400元（在国家育儿补贴3600元之外）",
        both(CXW, CXJ),
        ["2400元"],
    ),
    (
        "n07",
        "number",
        "我们家是广元苍溪的，老大今年8岁了，今年3月又生了一对双胞胎，户口都上了，国家的加上县里的育儿补贴，一年一共能给多少钱？",
        "国家3600元×2=7200元，县级二孩1200元＋三孩2400元=3600元，合计每年10800元（留言板答复）",
        CXR,
        ["10800元"],
    ),
    (
        "n08",
        "number",
        "苍溪县2025年第一批育儿补贴全县合计发了多少万元？",
        "合计2135.64万元（国家育儿补贴1952.64万元，县级183万元；汇总表）",
        CXX,
        ["2135.64"],
    ),
    # 泾县 生育保险: .md FAQ, text-layer PDF, 办事指南
    (
        "n09",
        "number",
        "宣城泾县 生育津贴 顺产 计发天数",
        "158天（98天产假＋延长产假60天；难产173天）",
        JXM,
        ["158天"],
    ),
    (
        "n10",
        "number",
        "我在泾县一家企业上班，单位上年度职工月平均工资是6000块，我今年顺产，生育津贴大概能拿多少？",
        "6000÷30×158=31600元",
        JXM,
        ["31600元"],
    ),
    (
        "n11",
        "number",
        "泾县 职工 剖宫产 生育医疗费用 定额 2025年7月起",
        "每例4500元（原3600元；自然分娩3000元）",
        JXP,
        ["4500元"],
        1,
    ),
    # 诏安县 家庭医生签约: .odt
    (
        "n12",
        "number",
        "漳州诏安家庭医生签约高级包一年服务费是多少？",
        "480元/人（医保基金200元、公卫经费40元、个人自付240元；表头写 元/人）",
        ZAO,
        ["480"],
    ),
    # 恭城瑶族自治县 婚检孕检: .docx, 折页
    (
        "n13",
        "number",
        "恭城 免费婚前医学检查 补助标准 每对",
        "每对420元（表头写 元/对）",
        GCD,
        ["420"],
    ),
    (
        "n14",
        "number",
        "在桂林恭城做免费的孕前优生健康检查，一共查多少项？",
        "共19项，其中女方14项、男方5项（折页第2页）",
        GCF,
        ["19项"],
        2,
    ),
    # 海伦市 临时救助: .eml (body and .docx attachment), 12345 reply
    (
        "n15",
        "number",
        "海伦市 急难型 临时救助 单次救助上限",
        "月低保标准的12倍（支出型24倍，重大特殊困难36倍；邮件附件）",
        HLE,
        ["12倍"],
    ),
    (
        "n16",
        "number",
        "绥化海伦2025年城市低保标准每人每月多少钱？",
        "每人每月780元（农村550元；邮件附件）",
        HLE,
        ["780元"],
    ),
    (
        "n17",
        "number",
        "我家在海伦东林乡，农村户口，4口人，今年我对象突发脑出血，医保报完自己还花了8万多，申请临时救助最多能给多少？",
        "支出型：4人×550元×6个月=13200元（12345答复）",
        HLR,
        ["13200元"],
    ),
    # 洛川县 计生扶助: .zip (.docx, .xlsx)
    (
        "n18",
        "number",
        "延安洛川 独生子女死亡家庭 特别扶助金 每人每月",
        "每人每月750元，全年9000元（伤残590元）",
        LCZ,
        ["750"],
    ),
    (
        "n19",
        "number",
        "洛川县2025年奖励扶助和特别扶助资金全县一共发放多少元？",
        "合计6037560元（奖励扶助5193600元，特别扶助843960元；分乡镇统计表）",
        LCZ,
        ["6037560"],
    ),
    # 思南县: GB18030 .txt, JSON dump
    (
        "n20",
        "number",
        "思南 无偿献血 累计不足800毫升 本人 免费用血 按几倍",
        "按献血量的5倍免费用血",
        SNT,
        ["5倍"],
    ),
    (
        "n21",
        "number",
        "铜仁思南县职工医保尿毒症透析门诊慢特病一年最多报多少？",
        "职工医保年度支付限额80000元（居民医保60000元）",
        SNJ,
        ["80000"],
    ),
    # yes/no
    (
        "y01",
        "yesno",
        "涞源 老人已经领高龄津贴了 还能不能再领失能老年人护理补贴",
        "能，高龄津贴不影响其他待遇，符合条件的可以同时享受",
        LYB,
        ["可以同时享受"],
    ),
    (
        "y02",
        "yesno",
        "涞源我奶奶今年9月忘了做生存认证被停发了，10月补做了认证，停的那个月的高龄津贴还能补发吗？",
        "能，新办法规定认证通过后补发暂停期间的津贴（征求意见稿为恢复发放）",
        both(LYB, LYR),
        ["补发暂停期间的津贴"],
    ),
    (
        "y03",
        "yesno",
        "苍溪 领育儿补贴 会不会 影响家里 低保",
        "不会，育儿补贴不计入家庭或者个人收入",
        CXJ,
        ["不计入家庭或者个人收入"],
    ),
    (
        "y04",
        "yesno",
        "我是二婚，老公和前妻有个儿子，我们俩今年在苍溪生了一个女儿，这个女儿算二孩吗？能领县级育儿补贴吗？",
        "算二孩，再婚家庭再婚前各自生育的子女合并计算孩次，可领二孩每年1200元",
        CXJ,
        ["合并计算孩次"],
    ),
    (
        "y05",
        "yesno",
        "泾县 灵活就业人员 参加职工医保 生了孩子 能领生育津贴吗",
        "不能，可以享受生育医疗费用待遇，不享受生育津贴",
        JXM,
        ["不享受生育津贴"],
    ),
    (
        "y06",
        "yesno",
        "台湾同胞住在福建诏安，可以签约家庭医生吗？",
        "可以，在本县居住的台湾同胞也可以签约（繁体页）",
        ZAT,
        ["臺灣同胞"],
    ),
    (
        "y07",
        "yesno",
        "我爸是思南的献血者，我妈在重庆的医院住院输了血，这个用血费用能在思南报吗？",
        "能，省外用血的自用血之日起3年内持材料到思南县中心血库申请返还",
        SNT,
        ["3年内"],
    ),
    (
        "y08",
        "yesno",
        "外地户口的人在海伦出了车祸生活没着落，能不能在海伦申请临时救助？",
        "能，由急难发生地乡镇（街道）直接实施临时救助",
        HLG,
        ["急难发生地乡镇（街道）直接实施临时救助"],
    ),
    (
        "y09",
        "yesno",
        "思南 门诊慢特病 恶性肿瘤门诊治疗 认定 是不是长期有效",
        "不是，恶性肿瘤门诊治疗认定有效期为2年，期满需重新认定（高血压、糖尿病等长期有效）",
        SNJ,
        ["有效期为2年"],
    ),
    # dates
    (
        "t01",
        "date",
        "涞源县高龄津贴发放管理办法什么时候开始施行的？",
        "自2025年7月1日起施行（征求意见稿为自印发之日起）",
        LYB,
        ["2025年7月1日"],
    ),
    (
        "t02",
        "date",
        "涞源 高龄津贴 每季度 几号之前 到账",
        "每季度第一个月的20日前（征求意见稿为每半年，1月和7月）",
        LYB,
        ["20日前"],
    ),
    (
        "t03",
        "date",
        "苍溪县级育儿补贴从哪天开始可以申领？",
        "2025年9月10日起（公众号文章）",
        CXW,
        ["2025年9月10日"],
    ),
    (
        "t04",
        "date",
        "泾县 生育津贴 申领 期限",
        "生育（流产）之日起1年内申领，逾期不予受理",
        JXG,
        ["1年内"],
    ),
    (
        "t05",
        "date",
        "海伦 乡镇 临时救助备用金 使用情况 报送 截止 日期",
        "2025年10月15日前报市民政局社会救助股（邮件正文转发的通知）",
        HLE,
        ["2025年10月15日"],
    ),
    (
        "t06",
        "date",
        "洛川县今年的奖励扶助金最晚什么时候发到个人账户？",
        "2025年6月30日前通过“一卡通”一次性发放",
        LCZ,
        ["6月30日"],
    ),
    (
        "t07",
        "date",
        "思南县申请门诊慢特病认定，多长时间能出结果？",
        "自受理之日起15个工作日内完成认定，自认定通过的次日起享受待遇",
        SNJ,
        ["15个工作日"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "苍溪 育儿补贴 网上 怎么申请",
        "“天府通办”APP“育儿补贴”专区选择苍溪县上传材料；或到乡镇（街道）便民服务中心",
        both(CXW, CXR),
        ["天府通办"],
    ),
    (
        "p02",
        "procedure",
        "泾县生育津贴申领要准备什么材料？在哪里办？",
        "社会保障卡或身份证、出生医学证明（难产、多胞胎另附证明）；皖事通APP或县政务服务中心二楼医保窗口",
        JXG,
        ["出生医学证明"],
    ),
    (
        "p03",
        "procedure",
        "恭城 免费婚检 地点 时间 带什么",
        "县妇幼保健院二楼婚前保健科，周一至周六上午8:00至11:30（需空腹），带双方身份证、户口簿或居住证（折页第1页）",
        GCF,
        ["婚前保健科"],
        1,
    ),
    (
        "p04",
        "procedure",
        "诏安家庭医生签约的初级包都包括哪些服务？",
        "每年1次免费体检和健康评估、每季度1次血压血糖检测和用药指导、优先预约县医院专家号源和转诊绿色通道、电话微信健康咨询",
        ZAO,
        ["优先预约县医院专家号源"],
    ),
    (
        "p05",
        "procedure",
        "海伦 临时救助 怎么申请 多久能批下来",
        "向户籍地或经常居住地乡镇（街道）申请（可代申请，或“黑龙江全省事”APP）；一般10个工作日，急难情形24小时内先行救助",
        HLG,
        ["24小时内先行救助"],
    ),
    (
        "p06",
        "procedure",
        "涞源 生态安葬 奖补 怎么申领 期限",
        "自安葬（撒散）之日起6个月内，持火化证明等向户籍地乡镇民政办申请，县民政局审批后发放到社会保障卡",
        LYF,
        ["6个月内"],
    ),
    (
        "p07",
        "procedure",
        "洛川 农村计生家庭 奖励扶助 怎么申报 每年什么时候报",
        "每年1月1日至3月31日向户籍地村（居）委会申报，村初审公示7天，镇审核，县卫健局审批，市卫健委确认",
        LCZ,
        ["3月31日"],
    ),
    # traditional script (the 诏安县 政策解读 in traditional script; c02, c04 and c05 ask simplified documents)
    (
        "c01",
        "traditional",
        "我阿嫲住喺詔安，想幫佢簽個家庭醫生，可唔可以喺手機度簽㗎？用咩APP？",
        "可以，通过“闽政通”APP“家庭医生”专区线上签约，或到乡镇卫生院、社区卫生服务中心、村卫生所签约",
        ZAT,
        ["閩政通"],
    ),
    (
        "c02",
        "traditional",
        "我同老婆喺恭城登記結婚，婚檢使唔使俾錢㗎？檢查結果要等幾耐先攞到？",
        "不用钱（一方为本县户籍全部免费），结果约7个工作日出具（折页第1页）",
        GCF,
        ["7个工作日"],
        1,
    ),
    (
        "c03",
        "traditional",
        "詔安縣重點人群家庭醫生簽約率去年達到多少？",
        "截至2024年底重点人群签约率78.6%（签约居民28.6万人）",
        ZAT,
        ["78.6%"],
    ),
    (
        "c04",
        "traditional",
        "淶源縣高齡津貼80到89歲的老人每月發多少？",
        "每人每月100元（征求意见稿为80元）",
        both(LYB, N3),
        ["100元"],
    ),
    (
        "c05",
        "traditional",
        "思南縣無償獻血者本人累計獻血多少毫升以上可以終身免費用血？",
        "累计献血量达到800毫升以上",
        SNT,
        ["800毫升"],
    ),
    # unanswerable: planned-only regions, regions named in passing, neighbours of what a document states
    (
        "u01",
        "unanswerable",
        "剑阁县 县级育儿补贴 二孩 每年 多少",
        "（新闻说剑阁拟于明年出台办法；1200元是苍溪县的）应拒答",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "漳浦县家庭医生签约的个性化服务包怎么收费？",
        "（新闻说漳浦计划年底前推出）应拒答",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "保定顺平县人去世火化能免多少钱？",
        "（新闻说顺平将于明年推行惠民殡葬）应拒答",
        "-",
        [],
    ),
    (
        "u04",
        "unanswerable",
        "庆安县 乡镇 临时救助备用金 每个乡镇 多少",
        "（新闻说庆安拟于四季度建立备用金制度；5万元是海伦市的）应拒答",
        "-",
        [],
    ),
    (
        "u05",
        "unanswerable",
        "印江县门诊慢特病可以在网上认定吗？在哪个APP上办？",
        "（新闻说印江计划年内开通线上认定）应拒答",
        "-",
        [],
    ),
    (
        "u06",
        "unanswerable",
        "郎溪县 职工 生育津贴 计发天数",
        "（郎溪只作为在泾县上班的刘女士的来处被提到）应拒答",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "唐县的高龄津贴标准是多少？",
        "（唐县只作为在涞源殡仪馆工作的王师傅的来处被提到）应拒答",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "德江县无偿献血者的家属用血能免费吗？",
        "（德江只作为在思南照顾母亲的张女士的来处被提到）应拒答",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "涞源县2024年的时候，90岁老人高龄津贴每个月是多少？",
        "（只有2025年办法300元和征求意见稿200元；2019年办法只被提到名字）应拒答",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "思南 门诊慢特病 帕金森病 年度 支付限额",
        "（限额表只有高血压、糖尿病、冠心病、慢阻肺、精神分裂症、尿毒症透析）应拒答",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "泾县城乡居民医保参保人顺产，生育医疗费用定额报多少？",
        "（定额通知只针对参保职工；FAQ只说居民可享受生育医疗费用待遇）应拒答",
        "-",
        [],
    ),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it (a path may itself hold " (")."""
    m = re.match(r"(.*?\.(?:html|htm|txt|docx|xlsx|pdf|odt|eml|zip|md|json))(?: \(.*\))?$", doc)
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    raw = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def htm_text(data: bytes) -> str:
    """An old page decoded by the charset its <meta http-equiv> declares."""
    m = re.search(rb"charset=([\w-]+)", data[:1024])
    assert m, "no charset"
    return strip_html(data.decode(m.group(1).decode("ascii")))


def docx_text(data: bytes) -> str:
    """The document's text, a line per paragraph (runs joined)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n")))


def xlsx_text(data: bytes) -> str:
    """Every sheet's rows, a line per row, its non-empty cells joined by tabs."""
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(c) for c in row if c is not None]
            if cells:
                lines.append("\t".join(cells))
    return "\n".join(lines)


def odt_text(data: bytes) -> str:
    """content.xml of an OpenDocument text: a line per text:p / text:h (spans joined), tags stripped."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.infolist()[0].filename == "mimetype" and z.read("mimetype").startswith(
            b"application/vnd.oasis"
        )
        xml = z.read("content.xml").decode("utf-8")
    xml = re.sub(r"</text:(?:p|h)>", "\n", xml)
    xml = re.sub(r"<text:(?:tab|line-break)/>", " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def eml_text(data: bytes) -> str:
    """The e-mail's text/plain part (decoded from its transfer encoding and declared charset) and the text of each
    .docx attachment."""
    msg = email.message_from_bytes(data)
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        if part.get_content_type() == "text/plain":
            charset = part.get_content_charset()
            assert charset == "gb2312" and part["Content-Transfer-Encoding"] == "base64"
            out.append(payload.decode(charset))
        elif part.get_content_type().endswith("wordprocessingml.document"):
            out.append(docx_text(payload))
    return "\n".join(out)


def zip_text(data: bytes) -> str:
    """Each entry of a 附件 archive: names without the UTF-8 flag taken back from cp437 to GBK; .docx and .xlsx."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            name = info.filename
            if not info.flag_bits & 0x800:
                name = name.encode("cp437").decode("gbk")
            out.append(name)
            if name.endswith(".docx"):
                out.append(docx_text(z.read(info)))
            elif name.endswith(".xlsx"):
                out.append(xlsx_text(z.read(info)))
    return "\n".join(out)


def json_text(data: bytes) -> str:
    dump = json.loads(data.decode("utf-8"))
    assert dump["code"] == 200
    return "\n".join(item["title"] + "\n" + strip_html(item["content"]) for item in dump["data"]["list"])


def txt_text(data: bytes) -> str:
    """A GB18030 .txt: its 第X页 共Y页 lines and line breaks removed (the wraps split figures and words)."""
    text = data.decode("gb18030")
    lines = [ln for ln in text.splitlines() if not re.fullmatch(r"\s*第\d+页 共\d+页\s*", ln)]
    return "".join(lines)


def column_pages(path: Path) -> list[str]:
    """A two-column PDF's pages, each its left column then its right (strings put by their x, read top down)."""
    pages = []
    for page in pypdf.PdfReader(path).pages:
        width = float(page.mediabox.width)
        parts: list[tuple[int, float, str]] = []

        def visit(
            text: str,
            cm: list,
            tm: list,
            font: object,
            size: float,
            parts: list = parts,
            mid: float = width / 2,
        ) -> None:
            if text.strip():
                x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
                parts.append((0 if x < mid else 1, -y, text))

        page.extract_text(visitor_text=visit)
        pages.append("".join(t for _, _, t in sorted(parts)).replace("\n", ""))
    return pages


def pdf_pages(rel: str) -> list[str]:
    path = md.DOCS / rel
    if Path(rel).name in TWO_COLUMN:
        return column_pages(path)
    return [p.extract_text().replace("\n", "") for p in pypdf.PdfReader(path).pages]


def doc_text(rel: str) -> str:
    """A document's text as decoded from its bytes (see the module's docstring)."""
    data = (md.DOCS / rel).read_bytes()
    suffix = Path(rel).suffix
    if suffix == ".html":
        return strip_html(data.decode("utf-8"))
    if suffix == ".htm":
        return htm_text(data)
    if suffix == ".md":
        return data.decode("utf-8")
    if suffix == ".json":
        return json_text(data)
    if suffix == ".odt":
        return odt_text(data)
    if suffix == ".eml":
        return eml_text(data)
    if suffix == ".zip":
        return zip_text(data)
    if suffix == ".xlsx":
        return xlsx_text(data)
    if suffix == ".docx":
        return docx_text(data)
    if suffix == ".txt":
        return txt_text(data)
    if suffix == ".pdf":
        return "\n".join(pdf_pages(rel))
    raise ValueError(rel)


def check_files() -> None:
    """The frameset page holds only its title; the duplicate is exact; the new .txt is empty."""
    frameset = doc_text(f"河北/涞源县/{md.LY_FUNERAL_TITLE}.htm")
    assert frameset.split() == [md.LY_FUNERAL_TITLE, "您的浏览器不支持框架，请升级浏览器。"], frameset
    assert (md.DOCS / f"下载/{md.GC_FOLD}").read_bytes() == (
        md.DOCS / f"广西/{md.GC}/{md.GC_FOLD}"
    ).read_bytes()
    assert (md.DOCS / "下载/新建 文本文档.txt").read_bytes() == b""


def check_roundups() -> None:
    """Each planned-only region is named beside 拟 / 将 / 计划 in a roundup; each passing region is named."""
    news = "\n".join(doc_text(n) for n in (N1, N2, N3, N4, N5))
    for region in PLANNED:
        assert re.search(rf"{region}[^。]*?(?:拟|将|计划)", news), region
    for region in PASSING:
        assert region in news, region


def check() -> None:
    check_files()
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
        if page:  # the first key on the PDF page expected
            assert keys[0] in pdf_pages(rels[0])[page[0] - 1], (i, page, keys[0])
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
