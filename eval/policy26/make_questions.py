"""Writes eval/policy26/questions.jsonl: questions over eval/policy26/docs (水利、商务与科技创新 of eight
regions), written before citeqa was run on them, as chat users relay their own situation, as agents send
keyword queries and as analysts ask which regions. The chat users' questions carry the asker's situation
first, in their own words (尖山镇的低保户 家里4口人 每月12吨, 老山塘 下游管着200多亩田 自筹3万,
冰箱用了12年 5299 and 2600, 2025年6月开的代收点 一天130件, 去年出口1200万美元 保费68万, 研发投入620万
营收1.2个亿, 今年62 服务两个村 待了90来天) and figures that are not the answer (12吨 where the answer is
16.10元, 18万 where it is 12.6万元, 130件 where it is 2000元, 68万 where it is 30万元), with typos and
homophones (我系, 减勉, 先建后不, 以旧换心, 摊位废, 科技特排员, 发明专力). Several are answered only by a
12345 / 县长信箱 / 领导留言板 / 领导信箱 reply (16.10元, 12.6万元, 1449.80元, 49.6万元, 8000元, 17000元),
some only by a table cell (the turned PDF page's 每米180元, the .xlsx's cached 合计 1752000 and 空调 647,
the SpreadsheetML .xls's 20000 and 8000, the suffixless .docx's 合计 195, the Word 2003 XML table's
486万元, the .docx's 50000元), some only by a new kind of file (the iframe srcdoc, the .ics, the .eml's
forwarding note and attached message, the .docx beside its comments). The agents' queries are terse (「西峡
快递共同配送中心 进村派件 每件补贴 每年上限」). Regions are named by city and county (金华磐安, 吉安安福,
潍坊临朐, 南阳西峡, 惠州博罗, 宿迁泗阳, 汉中洋县, 三明尤溪) or the short name. Five questions are in
traditional script, two of them in Cantonese (我哋係博羅嘅港資電子廠… 可以補幾多錢？ on the Hong Kong page;
我阿爸喺磐安鄉下住，係低保戶…每個月可以減幾多噸？ on simplified documents), three asking simplified
documents. The keys are what any correct answer must contain, written as the documents write them.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (浦江, 遂川, 昌邑, 社旗, 惠阳, 灌南, 勉县, 宁化: in
no expected list) and regions named in passing (兰溪, 泰和, 沂水, 南召, 紫金, 睢宁, 西乡, 明溪). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (临朐's 2025
以旧换新 where the 细则 is for 2026, 安福's 2025年度 采砂权 where the 公告 is for 2026年度, 泗阳's 2025年度
高企奖励 名单 where the 名单 is for 2026年度).

``python -m eval.policy26.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html as UTF-8 with comments, <script> and <style> dropped, tags stripped and references resolved; then the
  document in any <iframe srcdoc="…">, unescaped and read the same way;
- .docx by zipfile and regular expressions (word/document.xml, a line per w:p; comments.xml not read);
- .doc (Word 2003 XML) by lxml: each w:p's w:t joined, a line per paragraph, table cells among them;
- .xls (Excel 2003 XML) by lxml: each Worksheet's name, then a line per Row of its Cells' Data joined by tabs;
- .xlsx by openpyxl with data_only (a formula cell gives its cached value; a line per row, hidden rows
  included, non-empty cells joined by tabs);
- .eml by the email package (policy default): the subjects and every text/plain part's content in its charset,
  the message/rfc822 attachment walked into;
- .ics unfolded (CRLF and one space or tab removed), each SUMMARY, LOCATION and DESCRIPTION unescaped;
- .pdf by pypdf (the /Rotate 90 page's text comes out upright) with line breaks removed;
- the file without a suffix by its bytes: a zip holding word/document.xml, read as .docx.

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional-script page and questions are traditional, and the files' peculiarities: the 征求意见稿 differing
from its final text; the 转载 repeating the 若干政策's preamble and first three items and not the rest; the
解读 page's own text holding none of its 问/答, all of them in the srcdoc; the PDF's third page alone turned
(/Rotate 90, a portrait MediaBox) and alone holding the 补助标准; the .doc being XML (no OLE2, no zip) with
486 and 万元 in separate runs; the .xls being XML with ss:MergeAcross, ss:Index and CRLF; the .xlsx without
sharedStrings, its hidden row left out of the SUBTOTAL's cached total; the .docx's two anchored comments whose
figures its text lacks; the .eml's parts (multipart/mixed, text/plain, message/rfc822, text/plain), GB2312
quoted-printable with a soft break inside a character, CRLF, the deadline only in the note; the .ics's CRLF,
75-octet folded lines, escapes and the 申报 dates split by a fold; the suffixless file being a .docx."""

from __future__ import annotations

import email
import email.policy
import html
import io
import quopri
import re
import zipfile
from pathlib import Path

import opencc
import openpyxl
import pypdf
from lxml import etree

from eval import policy_make as make
from eval.policy26 import make_docs as md

PAB = f"浙江/磐安县/{md.PA_TITLE}.html (征求意见稿 beside it with other figures)"
PAD = f"浙江/磐安县/{md.PA_DRAFT_TITLE}.html (征求意见稿: 12吨 阶梯, 低保 减免3吨, 4月1日施行)"
PAJ = f"浙江/磐安县/《{md.PA_TITLE}》政策解读.html (the 问/答 only in an <iframe srcdoc>)"
PAR = "浙江/磐安县/12345 低保户4口人每月用12吨水，减免后水费要交多少？.html"
AFP = f"江西/安福县/{md.AF_PDF} (hard-wrapped PDF; the 补助标准 annex a landscape table on a /Rotate 90 page)"
AFC = f"江西/安福县/{md.AF_DOC} (Word 2003 XML under a .doc name; runs split by script)"
AFG = "江西/安福县/河道采砂许可办事指南.html (key-value rows)"
AFR = "江西/安福县/县长信箱 村里山塘清淤加固核定投资18万，先建后补能补多少？.html"
LQB = f"山东/临朐县/{md.LQ_TITLE}.html (补贴比例 table)"
LQX = (
    f"山东/临朐县/{md.LQ_XLSX} (hand-written .xlsx: inline strings, a hidden withdrawn row, SUBTOTAL/SUM"
    " formulas with cached values, a second sheet)"
)
LQR = "山东/临朐县/12345热线 一级能效冰箱5299、二级洗衣机2600，以旧换新能补多少？.html"
XXD = f"河南/西峡县/{md.XX_DOCX} (review comments left in: an earlier draft's figures only in comments.xml)"
XXE = (
    f"河南/西峡县/{md.XX_EML} (Foxmail forward: GB2312 quoted-printable, the original attached as"
    " message/rfc822)"
)
XXR = "河南/西峡县/领导留言板 村里快递代收点去年6月开的，一天130件，能申请啥奖补？.html"
BLB = f"广东/博罗县/{md.BL_TITLE}.html"
BLX = f"广东/博罗县/{md.BL_XLS} (Excel 2003 XML Spreadsheet under a .xls name; two worksheets)"
BLH = (
    f"广东/博罗县/{md._S2HK.convert(md.BL_HK_TITLE)}_灣區經貿網.html (Hong Kong traditional script: a news"
    " site's report with one 港资 factory's reckoning)"
)
BLR = "广东/博罗县/12345热线 去年出口1200万美元，今年出口信保交了68万保费能补多少？.html"
SYB = f"江苏/泗阳县/{md.SY_TITLE}.html (a 转载 in 新闻/)"
SYI = f"江苏/泗阳县/{md.SY_ICS} (iCalendar: folded lines, escaped ; and ,)"
SYN = f"江苏/泗阳县/{md.SY_LIST_NAME} (no suffix: a .docx)"
SYR = "江苏/泗阳县/12345 去年研发投入620万，已入库科技型中小企业，研发后补助能拿多少？.html"
YXB = f"陕西/洋县/{md.YX_TITLE}.html (an old site laid out in tables)"
YXN = f"陕西/洋县/{md.YX_NOTICE_TITLE}.html"
YXR = "陕西/洋县/12345热线 退休农艺师当科技特派员服务两个村，考核优秀补贴一共多少？.html"
YQD = f"福建/尤溪县/{md.YQ_DOCX} (资助标准 table)"
YQR = "福建/尤溪县/领导信箱 合作社拿了2件发明专利、3个商标还有马德里注册，能资助多少？.html"
N1 = f"新闻/{md.N1_TITLE}.html"
N2 = f"新闻/{md.N2_TITLE}.html (数字报 page)"
N3 = f"新闻/{md.N3_TITLE}.html"
N4 = f"新闻/{md.N4_TITLE}.html (数字报 page)"
N5 = f"新闻/{md.N5_TITLE}.html"
N6 = f"新闻/{md.N6_TITLE}_宿迁市科学技术局.html (转载: near duplicate of the 若干政策, cut after 第三条)"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["浦江", "遂川", "昌邑", "社旗", "惠阳", "灌南", "勉县", "宁化"]
PASSING = ["兰溪", "泰和", "沂水", "南召", "紫金", "睢宁", "西乡", "明溪"]
NEIGHBOURS = ("u09", "u10", "u11")


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    ("r01", "regions", "哪些县已经给低保户减免农村自来水水费了？", ["磐安县", "武义县"], both(PAB, N1), []),
    (
        "r02",
        "regions",
        "小型农田水利 先建后补 已推行 县 吉安",
        ["安福县", "永新县"],
        both(AFP, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "河道采砂权已经搞公开拍卖出让的县有哪些？",
        ["安福县", "吉水县"],
        both(AFC, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "潍坊哪些县市已经在发家电以旧换新补贴？只要已经发了的",
        ["临朐县", "青州市"],
        both(LQB, N2),
        [],
    ),
    ("r05", "regions", "快递进村 村级服务站 奖补 已实施 县", ["西峡县", "内乡县"], both(XXD, N2), []),
    (
        "r06",
        "regions",
        "已经兑现农村电商发展奖补的县有哪几个",
        ["西峡县", "淅川县"],
        both(XXE, N2),
        [],
    ),
    (
        "r07",
        "regions",
        "惠州有哪些县给外贸企业补出口信用保险保费？",
        ["博罗县", "惠东县"],
        both(BLB, N3),
        [],
    ),
    ("r08", "regions", "境外展会 摊位费 补贴 已出台 县区 惠州", ["博罗县", "龙门县"], both(BLB, N3), []),
    (
        "r09",
        "regions",
        "哪些县区已经在给科技型中小企业发研发费用后补助？",
        ["泗阳县", "宿豫区"],
        both(SYB, N4),
        [],
    ),
    (
        "r10",
        "regions",
        "首次认定高新技术企业有奖励的县区有哪些？已经兑现的",
        ["泗阳县", "宿城区"],
        both(SYB, N4),
        [],
    ),
    ("r11", "regions", "科技特派员 工作补贴 已发放 县 汉中", ["洋县", "城固县"], both(YXB, N4), []),
    ("r12", "regions", "哪些县对发明专利授权给资助？", ["尤溪县", "大田县"], both(YQD, N5), []),
    # 磐安县 农村供水
    (
        "n01",
        "number",
        "我系尖山镇的低保户，家里4口人，每个月大概用12吨水，水费减勉以后一个月还要交多少钱？",
        "减免5吨后按7吨计，7吨×2.30元=16.10元（12345答复）",
        both(PAR, PAB),
        ["16.10元"],
    ),
    (
        "n02",
        "number",
        "磐安 农村供水 居民生活用水 第二阶梯 水价",
        "每户每月15吨以上至25吨（含），每吨3.45元",
        PAB,
        ["3.45元"],
    ),
    (
        "n03",
        "number",
        "磐安农村一户人家一个月用了20吨水，按新水价要交多少水费？",
        "前15吨×2.30元=34.50元，后5吨×3.45元=17.25元，合计51.75元（政策解读）",
        PAJ,
        ["51.75元"],
    ),
    (
        "n04",
        "number",
        "磐安水费减免办法征求意见稿里，低保户每个月能减免几吨？",
        "征求意见稿：每户每月减免3吨（正式办法为5吨）",
        PAD,
        ["减免3吨"],
    ),
    # 安福县 农田水利、采砂
    (
        "n05",
        "number",
        "我们村有口老山塘淤得厉害，下游管着200多亩田，县里核定投资18万，村里能自筹3万，先建后不能补多少？",
        "山塘整治按核定投资的70%：18万元×70%=12.6万元（未超过15万元上限）",
        both(AFR, AFP),
        ["12.6万元"],
    ),
    (
        "n06",
        "number",
        "安福 先建后补 灌溉渠道 硬化 每米 补助标准 上限",
        "每米180元，单个项目上限20万元（附件补助标准表）",
        AFP,
        ["180元"],
    ),
    (
        "n07",
        "number",
        "安福 泸水河 2026年度 采砂权 起拍价 竞买保证金",
        "起拍价486万元，竞买保证金100万元",
        AFC,
        ["486万元", "100万元"],
    ),
    # 临朐县 家电以旧换新
    (
        "n08",
        "number",
        "我在冶源镇，家里冰箱用了12年了，看中一台一级能效冰箱5299，还有台二级能效的洗衣机2600，以旧换心一共能补多少？",
        "冰箱20%补1059.80元＋洗衣机15%补390元，合计1449.80元",
        both(LQR, LQB),
        ["1449.80元"],
    ),
    (
        "n09",
        "number",
        "临朐 以旧换新 第三批 补贴金额 合计",
        "1752000元（合计不含已撤销的顺发电器；核销2163笔）",
        LQX,
        ["1752000"],
    ),
    (
        "n10",
        "number",
        "临朐第三批以旧换新里空调一共补了多少台？",
        "647件",
        LQX,
        ["647"],
    ),
    # 西峡县 快递进村、电商
    (
        "n11",
        "number",
        "我在丁河镇村里开的快递代收点，2025年6月开的，现在一天差不多130件，能申请啥奖补，多少钱？",
        "不属2026年新建，不能拿新建奖补3000元；日均100件以上可申请运营奖补每年2000元",
        both(XXR, XXD),
        ["2000元"],
    ),
    (
        "n12",
        "number",
        "西峡 快递共同配送中心 进村派件 每件补贴 每年上限",
        "每件0.1元，每家每年最高30万元（批注中的0.15元不是正文）",
        XXD,
        ["0.1元", "30万元"],
    ),
    (
        "n13",
        "number",
        "西峡做农产品电商的，去年网上卖了1200多万，零售额奖补能奖多少？",
        "1000万元以上的奖励5万元",
        XXE,
        ["5万元"],
    ),
    # 博罗县 外贸
    (
        "n14",
        "number",
        "我们是博罗园洲的电子厂，去年出口1200万美元，今年出口信保交了68万保费，县里能补多少？",
        "50%为34万元，超过每家每年最高30万元，补30万元；不属统保平台全额承担",
        both(BLR, BLB),
        ["30万元"],
    ),
    (
        "n15",
        "number",
        "博罗 重点境外展会目录 香港秋季电子产品展 每个展位 补贴上限",
        "补贴比例70%，每个展位上限20000元",
        BLX,
        ["20000"],
    ),
    (
        "n16",
        "number",
        "去上海进博会参展，博罗摊位废每个展位最多补多少？",
        "境内重点展会目录：中国国际进口博览会补50%，每个展位上限8000元",
        BLX,
        ["8000"],
    ),
    # 泗阳县 科技创新
    (
        "n17",
        "number",
        "我们公司去年研发投入620万，营收1.2个亿，已经入库科技型中小企业，泗阳研发后补助能拿多少？",
        "研发费用加计扣除额620万元×8%=49.6万元",
        both(SYR, SYB),
        ["49.6万元"],
    ),
    (
        "n18",
        "number",
        "泗阳 2026年度 高新技术企业认定奖励 拟拨付名单 合计 万元",
        "合计195万元（首次认定7家各20万元，重新认定4家各10万元，整体迁入1家15万元）",
        SYN,
        ["195"],
    ),
    # 洋县 科技特派员
    (
        "n19",
        "number",
        "我是县农技中心退休的农艺师，今年62，今年当了科技特排员服务两个村，在村里待了90来天，考核优秀，补贴一共多少？",
        "工作补贴6000元＋优秀奖励2000元，合计8000元；服务2个村不增加",
        both(YXR, YXB),
        ["8000元"],
    ),
    # 尤溪县 知识产权
    (
        "n20",
        "number",
        "我们合作社做金柑和绿茶，拿了2件发明专力，注册了3个商标以前没注册过，马德里国际注册指定了日本韩国，尤溪能资助多少？",
        "发明专利2件10000元＋首件商标1000元＋马德里2国6000元，合计17000元",
        both(YQR, YQD),
        ["17000元"],
    ),
    ("n21", "number", "尤溪 地理标志证明商标 注册 资助", "每件50000元", YQD, ["50000元"]),
    # dates
    (
        "t01",
        "date",
        "磐安农村自来水新水价是哪天开始执行的？",
        "2026年5月1日（征求意见稿为4月1日）",
        PAB,
        ["2026年5月1日"],
    ),
    (
        "t02",
        "date",
        "安福 先建后补 申报时间",
        "每年3月1日至3月31日向所在乡镇申报",
        both(AFP, AFR),
        ["3月1日至3月31日"],
    ),
    (
        "t03",
        "date",
        "安福泸水河的采砂权哪天拍卖？",
        "2026年8月28日上午10:00，县公共资源交易中心",
        AFC,
        ["2026年8月28日"],
    ),
    (
        "t04",
        "date",
        "临朐以旧换新补贴到什么时候截止？",
        "2026年12月31日，资金用完即止",
        LQB,
        ["2026年12月31日"],
    ),
    (
        "t05",
        "date",
        "泗阳 研发费用后补助 2026 申报时间",
        "2026年6月1日至6月30日",
        SYI,
        ["2026年6月1日至6月30日"],
    ),
    (
        "t06",
        "date",
        "西峡 农村电商 奖补 乡镇 初审 汇总 报送截止",
        "2026年10月20日前报县商务局电商办（企业向乡镇申报截至10月15日）",
        XXE,
        ["2026年10月20日"],
    ),
    (
        "t07",
        "date",
        "洋县今年科技特派员什么时候报名？",
        "2026年4月20日至5月10日",
        YXN,
        ["2026年4月20日至5月10日"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "磐安家里水表后面的管子漏水了，漏掉的水费能少收吗？",
        "能：经确认并及时修复的，漏水当月按上年同期月均用水量计收，每户每年限1次",
        PAB,
        ["上年同期月均用水量"],
    ),
    (
        "y02",
        "yesno",
        "在磐安开农家乐，用水是按居民价收吗？",
        "不是：经营性农家乐、民宿按非居民用水每吨3.80元",
        both(PAJ, PAB),
        ["3.80元"],
    ),
    (
        "y03",
        "yesno",
        "安福 泸水河 汛期 能不能采砂",
        "不能：每年4月1日至9月30日为禁采期",
        AFC,
        ["禁采期"],
    ),
    (
        "y04",
        "yesno",
        "临朐以旧换新是不是必须把旧家电交了才给补？",
        "不是：补贴不以交售旧家电为前提",
        both(LQB, LQR),
        ["不以交售旧家电为前提"],
    ),
    (
        "y05",
        "yesno",
        "西峡一个村建了两个快递服务站，能各补3000吗？",
        "不能：每个行政村限奖补1个服务站",
        XXD,
        ["每个行政村限奖补1个服务站"],
    ),
    (
        "y06",
        "yesno",
        "博罗的小微企业上年出口200万美元，走统保平台投保，保费是不是全免？",
        "是：上年度出口额300万美元以下通过统保平台投保的，保费由县财政全额承担",
        BLB,
        ["全额承担"],
    ),
    (
        "y07",
        "yesno",
        "博罗 云展会 线上展会 摊位费 补贴吗",
        "不补：线上展会（云展会）不予补贴",
        BLB,
        ["不予补贴"],
    ),
    (
        "y08",
        "yesno",
        "泗阳高企到期重新认定的还有奖励吗？",
        "有：重新认定的高新技术企业奖励10万元",
        SYB,
        ["10万元"],
    ),
    (
        "y09",
        "yesno",
        "尤溪实用新型专利有资助吗？",
        "没有：实用新型、外观设计专利不予资助",
        both(YQD, YQR),
        ["不予资助"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "磐安低保户水费减免要到哪里申请，带什么？",
        "户籍所在乡镇（街道）社会事务办公室；身份证、低保证或特困供养证、用水户号；次月起减免",
        both(PAB, PAR),
        ["社会事务办公室", "用水户号"],
    ),
    (
        "p02",
        "procedure",
        "安福 河道采砂许可证 申请材料 办理地点 时限",
        "申请书、成交确认书和出让合同、营业执照、作业方式和弃料处理方案、GPS和视频监控安装证明；县政务服务中心二楼水利窗口；承诺5个工作日",
        AFG,
        ["成交确认书", "5个工作日"],
    ),
    (
        "p03",
        "procedure",
        "安福先建后补的项目从申报到拿到钱要走哪些步骤？",
        "3月申报→4月30日前核定→自建（11月30日前完工）→申请验收→验收合格后30个工作日内拨付",
        AFP,
        ["验收合格后30个工作日内"],
    ),
    (
        "p04",
        "procedure",
        "临朐以旧换新补贴怎么领？",
        "“云闪付”App搜索“临朐以旧换新”，实名认证后领取资格，门店付款时出示付款码直接立减",
        LQB,
        ["云闪付", "实名认证"],
    ),
    (
        "p05",
        "procedure",
        "西峡快递进村服务站奖补申报要交哪些材料？",
        "申请表、营业执照或村委会证明、门头和内部照片、快递系统后台收派件数据截图、银行账户信息；11月集中申报",
        XXD,
        ["收派件数据截图"],
    ),
    (
        "p06",
        "procedure",
        "博罗 参加境外展会 摊位费补贴 申报材料",
        "展会邀请函或参展合同、摊位费发票和付款凭证、展位现场照片、参展人员出入境记录；涉企资金申报系统在线申报",
        BLB,
        ["摊位费发票", "出入境记录"],
    ),
    (
        "p07",
        "procedure",
        "尤溪专利资助什么时候去哪里申报？",
        "每年9月1日至9月30日，向县市场监督管理局知识产权股提交",
        YQD,
        ["9月1日至9月30日", "知识产权股"],
    ),
    # traditional script: two in Cantonese; c02, c03 and c05 ask simplified documents
    (
        "c01",
        "traditional",
        "我哋係博羅嘅港資電子廠，今年10月報咗香港秋季電子展兩個標準攤位，攤位費一共5萬6人民幣，可以補幾多錢？",
        "每個展位2.8萬元補七成1.96萬元，未超過2萬元上限，合共3.92萬元",
        BLH,
        ["3.92萬元"],
    ),
    (
        "c02",
        "traditional",
        "我阿爸喺磐安鄉下住，係低保戶，聽講水費有得減，每個月可以減幾多噸？",
        "低保家庭每戶每月減免5噸水費",
        both(PAB, PAR),
        ["减免5吨"],
    ),
    (
        "c03",
        "traditional",
        "臨朐縣家電以舊換新，一級能效產品的補貼比例是多少？",
        "產品最終銷售價格的20%，每件不超過2000元",
        LQB,
        ["20%"],
    ),
    (
        "c04",
        "traditional",
        "在博羅設廠的港資企業，參加境外展會也能申請攤位費補貼嗎？",
        "能：在博羅登記註冊的港澳資企業同等享受",
        both(BLH, BLB),
        ["同等享受"],
    ),
    (
        "c05",
        "traditional",
        "泗陽縣 首次認定 高新技術企業 獎勵 金額",
        "首次認定獎勵20萬元（重新認定10萬元）",
        both(SYB, N6),
        ["20万元"],
    ),
    # unanswerable: planned-only regions, a neighbouring year
    ("u01", "unanswerable", "浦江县农村供水水费减免标准是多少？", "应拒答：浦江县只是拟于明年出台", "-", []),
    (
        "u02",
        "unanswerable",
        "遂川 先建后补 山塘整治 补助比例",
        "应拒答：遂川县只是计划明年推行",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "昌邑市县级家电以旧换新补贴怎么领？",
        "应拒答：昌邑市只是拟于年底前叠加县级补贴",
        "-",
        [],
    ),
    ("u04", "unanswerable", "社旗县村级快递服务站奖补多少钱？", "应拒答：社旗县只是计划明年出台", "-", []),
    (
        "u05",
        "unanswerable",
        "惠阳区参加境外展会摊位费补贴比例是多少？",
        "应拒答：惠阳区只是将出台",
        "-",
        [],
    ),
    (
        "u06",
        "unanswerable",
        "灌南县 研发费用后补助 比例 上限",
        "应拒答：灌南县只是拟于明年出台",
        "-",
        [],
    ),
    ("u07", "unanswerable", "勉县科技特派员每年补贴多少？", "应拒答：勉县只是计划明年起补贴", "-", []),
    ("u08", "unanswerable", "宁化县发明专利授权每件资助多少钱？", "应拒答：宁化县只是将出台", "-", []),
    (
        "u09",
        "unanswerable",
        "临朐县2025年家电以旧换新一级能效补贴多少？",
        "应拒答：细则只有2026年的",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "安福县泸水河2025年度采砂权起拍价是多少？",
        "应拒答：出让公告只有2026年度的",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "泗阳县2025年度高新技术企业认定奖励拟拨付名单一共多少钱？",
        "应拒答：名单只有2026年度的",
        "-",
        [],
    ),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it (a path may itself hold " (", and one
    file has no suffix)."""
    m = re.match(
        rf"(.*?(?:\.(?:html|docx|xlsx|xls|doc|eml|ics|pdf)|{re.escape(md.SY_LIST_NAME)}))(?: \(.*\))?$", doc
    )
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    """Comments, <script> and <style> dropped, tags stripped (an <iframe srcdoc> with them), references
    resolved."""
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    raw = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def srcdoc_texts(raw: str) -> list[str]:
    """The documents an <iframe srcdoc="…"> carries, each unescaped and stripped of its HTML."""
    return [strip_html(html.unescape(m.group(1))) for m in re.finditer(r'\ssrcdoc="([^"]*)"', raw)]


def html_text(data: bytes) -> str:
    """The page's text, then the text of any iframe's srcdoc."""
    raw = data.decode("utf-8")
    return "\n".join([strip_html(raw), *srcdoc_texts(raw)])


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n")))


W03 = "http://schemas.microsoft.com/office/word/2003/wordml"


def wordml_text(data: bytes) -> str:
    """Word 2003 XML: each w:p's w:t joined (runs split by script come back whole), a line per paragraph,
    table cells' paragraphs among them."""
    root = etree.fromstring(data)
    assert root.tag == f"{{{W03}}}wordDocument"
    return "\n".join("".join(t.text or "" for t in p.iter(f"{{{W03}}}t")) for p in root.iter(f"{{{W03}}}p"))


SS = "urn:schemas-microsoft-com:office:spreadsheet"


def spreadsheetml_text(data: bytes) -> str:
    """Excel 2003 XML: each worksheet's name, then a line per Row, its Cells' Data joined by tabs."""
    root = etree.fromstring(data)
    assert root.tag == f"{{{SS}}}Workbook"
    lines = []
    for ws in root.iter(f"{{{SS}}}Worksheet"):
        lines.append(ws.get(f"{{{SS}}}Name"))
        for row in ws.iter(f"{{{SS}}}Row"):
            lines.append("\t".join("".join(d.itertext()) for d in row.iter(f"{{{SS}}}Data")))
    return "\n".join(lines)


def xlsx_text(data: bytes) -> str:
    """openpyxl with data_only (a formula cell gives the value Excel cached), a line per row (hidden rows
    included), non-empty cells joined by tabs."""
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(c) for c in row if c is not None]
            if cells:
                lines.append("\t".join(cells))
    return "\n".join(lines)


def eml_text(data: bytes) -> str:
    """The stdlib's email parser (policy default): the subjects (RFC 2047 decoded) and every text/plain
    part's content in its charset, the attached message/rfc822 walked into."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = [str(msg["subject"])]
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            out.append(str(part.get_content()["subject"]))
        elif part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return "\n".join(out)


def ics_unfold(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


def ics_text(data: bytes) -> str:
    """iCalendar: lines unfolded (a CRLF and one space or tab removed), then each SUMMARY, LOCATION and
    DESCRIPTION value unescaped (\\n, \\, \\; \\\\), a line each."""
    out = []
    for line in ics_unfold(data):
        name, _, value = line.partition(":")
        if name.split(";")[0] in ("SUMMARY", "LOCATION", "DESCRIPTION", "X-WR-CALNAME"):
            value = re.sub(r"\\([nN,;\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
            out.append(value)
    return "\n".join(out)


def pdf_text(data: bytes) -> str:
    """pypdf (its extraction turns the /Rotate 90 page's text upright) with line breaks removed (the hard
    wraps split words and figures)."""
    return "".join(p.extract_text().replace("\n", "") for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def sniff_text(data: bytes) -> str:
    """A file without a suffix, read by its bytes: a zip holding word/document.xml is a .docx."""
    assert data.startswith(b"PK\x03\x04")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "word/document.xml" in z.namelist()
    return docx_text(data)


READERS = {
    ".html": html_text,
    ".docx": docx_text,
    ".doc": wordml_text,
    ".xls": spreadsheetml_text,
    ".xlsx": xlsx_text,
    ".eml": eml_text,
    ".ics": ics_text,
    ".pdf": pdf_text,
    "": sniff_text,
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
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(PAB)), doc_text(doc_path(PAD))
    assert (
        "每户每月减免5吨水费" in final
        and "每户每月减免5吨水费" not in draft
        and "每户每月减免3吨水费" in draft
    )
    assert "2026年5月1日" in final and "2026年4月1日" in draft and "社会事务办公室" not in draft
    # the 转载 repeats the 若干政策's preamble and first three items and not the rest
    repost = doc_text(doc_path(N6))
    items = md.J(md.SY_ITEMS)
    assert all(a in repost for a in items[:4]) and not any(a in repost for a in items[4:])
    # the 政策解读: nothing of the 问/答 in the page's own text, all of it in the iframe's srcdoc
    page = raw(PAJ).decode("utf-8")
    visible = strip_html(page)
    assert "srcdoc=" in page and "51.75元" not in visible and "两个月抄表" not in visible, visible
    assert any("51.75元" in t and "两个月抄表" in t for t in srcdoc_texts(page))
    # the PDF: two portrait pages, then the annex turned by /Rotate 90, its figures only there
    pages = pypdf.PdfReader(io.BytesIO(raw(AFP))).pages
    assert [p.get("/Rotate", 0) for p in pages] == [0, 0, 90]
    assert all(p.mediabox.width < p.mediabox.height for p in pages)
    assert "每米180元" in pages[2].extract_text() and not any("180元" in p.extract_text() for p in pages[:2])
    # Word 2003 XML under .doc: neither OLE2 nor a zip; 486万元 split over runs
    doc = raw(AFC)
    assert doc.startswith(b"<?xml") and b'progid="Word.Document"' in doc and b"<w:wordDocument" in doc
    assert not doc.startswith((b"\xd0\xcf\x11\xe0", b"PK"))
    assert b"<w:t>486</w:t>" in doc and b"<w:t>486\xe4\xb8\x87\xe5\x85\x83</w:t>" not in doc
    # Excel 2003 XML under .xls: merged title, an ss:Index cell, CRLF
    xls = raw(BLX)
    assert xls.startswith(b"<?xml") and b'progid="Excel.Sheet"' in xls and b"\r\n" in xls
    assert b"ss:MergeAcross=" in xls and b"ss:Index=" in xls and not xls.startswith(b"\xd0\xcf\x11\xe0")
    # the hand-written .xlsx: no shared strings, a hidden row left out of SUBTOTAL's cached total
    with zipfile.ZipFile(io.BytesIO(raw(LQX))) as z:
        assert "xl/sharedStrings.xml" not in z.namelist()
        sheet1 = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert 'hidden="1"' in sheet1 and "<f>SUBTOTAL(109," in sheet1 and 't="inlineStr"' in sheet1
    ws = openpyxl.load_workbook(io.BytesIO(raw(LQX)), data_only=True)["第三批汇总"]
    hidden = [r for r, d in ws.row_dimensions.items() if d.hidden]
    money = {r: ws.cell(r, 5).value for r in range(4, 4 + len(md.LQ_SHOPS))}
    total = ws.cell(4 + len(md.LQ_SHOPS), 5).value
    assert len(hidden) == 1 and round(sum(money.values()) - money[hidden[0]], 2) == total != sum(
        money.values()
    )
    # the .docx's comments: two, anchored, their figures not in the document's text
    with zipfile.ZipFile(io.BytesIO(raw(XXD))) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
        body = z.read("word/document.xml").decode("utf-8")
    assert comments.count("<w:comment ") == 2 and body.count("<w:commentRangeStart") == 2
    text = docx_text(raw(XXD))
    assert (
        "每个2000元" in comments and "0.15元" in comments and "0.15元" not in text and "每个2000" not in text
    )
    # the .eml: a forward with the original as message/rfc822, GB2312 quoted-printable whose soft breaks
    # fall inside characters, CRLF; the 乡镇 deadline only in the forwarding note
    eml = raw(XXE)
    assert b"\r\n" in eml and b"\n" not in eml.replace(b"\r\n", b"")
    msg = email.message_from_bytes(eml, policy=email.policy.default)
    kinds = [p.get_content_type() for p in msg.walk()]
    assert kinds == ["multipart/mixed", "text/plain", "message/rfc822", "text/plain"], kinds
    qp = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    assert all(
        p["Content-Transfer-Encoding"] == "quoted-printable" and p.get_content_charset() == "gb2312"
        for p in qp
    )
    split = False
    for line in eml.decode("ascii").split("\r\n"):
        if line.endswith("=") and "=" in line[:-1]:
            try:
                quopri.decodestring(line[:-1].encode()).decode("gb2312")
            except UnicodeDecodeError:
                split = True
    assert split
    assert "2026年10月20日" in qp[0].get_content() and "2026年10月20日" not in qp[1].get_content()
    # the .ics: CRLF, lines of at most 75 octets, folded; escaped ; and ,; the 申报 dates split by a fold
    ics = raw(SYI)
    lines = ics.decode("utf-8").split("\r\n")
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and all(len(ln.encode("utf-8")) <= 75 for ln in lines)
    assert any(ln.startswith(" ") for ln in lines) and b"\\;" in ics and b"\\," in ics
    assert "2026年6月1日至6月30日" not in ics.decode("utf-8") and "2026年6月1日至6月30日" in doc_text(
        doc_path(SYI)
    )
    # the file without a suffix is a .docx
    assert Path(doc_path(SYN)).suffix == "" and raw(SYN).startswith(b"PK")
    # the Hong Kong page is traditional (Hong Kong forms)
    hk = doc_text(doc_path(BLH))
    assert _T2S.convert(hk) != hk and "博羅縣" in hk and "港資企業同等享受" in hk


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
            assert any(p in question for p in PLANNED) or i in NEIGHBOURS, i
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
