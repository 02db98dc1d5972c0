"""Writes eval/policy29/questions.jsonl: questions over eval/policy29/docs (交通运输与物流、侨务与民族宗教 of
eight regions), written before citeqa was run on them, as chat users relay their own situation, as agents send
keyword queries and as analysts ask which regions. The chat users' questions carry the asker's situation
first, in their own words (燕店镇 合作社 投了160多万, 日峰镇 每天跑6个班次 油费20多万, 盐山镇 一季度交了17万8,
湖寮镇 住院花了6万多, 莲城镇 考了560分) and figures that are not the answer (160多万 where the answer is 18万
元, 20多万 where it is 68000元, 17万8 where it is 8400元, 6万多 where it is 9800元, 560分 where it is 6500元),
with typos and homophones (冷连, 寄第, 通村班綫 → 班线补帖, 超现, 渡工补帖, 归桥, 侨资企叶, 民族助雪, 宗教场所
消方). Several are answered only by a 12345 / 领导留言板 / 县长信箱 reply (18万元, 68000元, 8400元, 9800元,
6500元), some only by a new kind of file (the .shtml's 每辆补助2万元 and 不重复补助 beside a 征求意见稿 with
other figures; the <div role="table">'s 8000元 and 2400元; the .msg's 2026年7月15日前, 50% and GPS轨迹; the
.ppt's 华侨回国定居证 and 30个工作日内办结; the .xlsm's displayed 3.12万元 and 2026年4月10日; the
auto-numbered .docx's 每起奖励200元, 提前5个工作日 and 第四条; the PDF-converted .docx's 1500元 and 2026年6月
15 日; the two-encoding .txt's 10万元 and 2026年8月31日; the Form XObject PDF's 每人每月补贴800元, 每艘最高10
万元 and 免费过渡; the .php's 2026年11月1日至11月30日). The agents' queries are terse (「盐山 挂车 ETC 补助」
). Regions are named by the county's name, full or short (莘县, 黎川, 盐山, 安乡, 大埔, 青田, 广南, 同心), the
analysts' questions by city (聊城, 抚州, 沧州, 常德, 梅州, 丽水, 文山, 吴忠). Five questions are in
traditional script, two of them in Cantonese (我阿爺係大埔嘅歸僑… and 我喺香港做嘢，老家青田…), one asking the
Hong Kong page (30萬元), the others simplified documents. The keys are what any correct answer must contain,
written as the documents write them.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (东阿, 东光, 资溪, 澧县, 平远, 庆元, 西畴, 盐池: in
no expected list) and regions named in passing (高唐, 黄骅, 金溪, 石门, 蕉岭, 松阳, 马关, 利通区). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (安乡's 2025年第四
季度 渡工补贴 where the 发放表 is for 2026年第一季度, 广南's 研究生 资助 where the 办法 names 本科, 专科 and
高中 only, 黎川's 城市公交 补贴 where the 办法 is for 农村客运 通村班线).

``python -m eval.policy29.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html, .htm, .shtml, .aspx, .php (saved pages, whatever the site's suffix) in the charset its <meta> names
  (UTF-8 unless it says gbk / gb2312, read as GB18030), comments (SSI include markers among them), <script>
  and <style> dropped, tags stripped (a <div role="table"> becomes its cells' text), references resolved;
- .docx by zipfile: the main part through _rels/.rels, a line per w:p, each numbered paragraph (w:numPr)
  preceded by its label rendered from word/numbering.xml (lvlText with %N replaced by the level's counter in
  its numFmt: decimal, chineseCounting), the “— N —” page-number lines dropped and the lines joined without
  breaks (a document converted from a PDF cuts sentences and figures at every printed line);
- .xlsx / .xlsm by openpyxl (the VBA project is not text): the worksheets, a line per row, non-empty cells
  joined by tabs, each cell as its number format displays it (a date under yyyy"年"m"月"d"日" as 2026年4月10
  日, a number under 0.00"万元" as 3.12万元, under #,##0"元" as 2,400元), an integral float as an integer;
- .pdf by pypdf: the pages' text (pypdf follows a page's Form XObjects) with line breaks removed;
- .msg by olefile: the subject (__substg1.0_0037001F) and the plain body (__substg1.0_1000001F), UTF-16LE;
- .ppt by olefile: the “PowerPoint Document” stream's records walked in order (containers, recVer 0xF,
  entered), every TextCharsAtom (0x0FA0) as UTF-16LE and TextBytesAtom (0x0FA8) as Latin-1, CR made LF;
- .txt by its bytes: empty is empty; line by line, UTF-8, else GB18030 (a file pasted together from two
  sources is neither as a whole); CRLF made LF.

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional-script page and questions are traditional, and the files' peculiarities: the 征求意见稿 differing
from its final text; the 转载 repeating the 办法's first four paragraphs and not the rest; the exact
duplicate, the empty file, the two 办事指南.html; the .shtml (SSI markers), the .aspx (__VIEWSTATE, a form
posting back, a <div role="table"> and no <table> in the article, the 补助标准 only in its cells) and the .php
(GBK, not UTF-8); the .msg (an OLE2 file, the message class IPM.Note, the body stream's 0x1000001F tag and its
size in __properties_version1.0, a recipient storage, the body's figures in no other stream); the .ppt (an
OLE2 file with the Current User and PowerPoint Document streams, a DocumentContainer, TextCharsAtoms, the text
in no other file); the .xlsm (the macroEnabled content type, xl/vbaProject.bin an OLE2 file under a vbaProject
relationship, the date a serial number in the sheet XML and 万元 only in styles.xml); the numbered .docx
(numbering.xml, w:numPr, no 第X条 in document.xml); the converted .docx (a paragraph per printed line, the
keys in no single paragraph, page-number lines); the two-encoding .txt (not UTF-8 as a whole, its UTF-8 part
garbled when the whole is read as GB18030, CRLF in the GBK part only); the Form XObject PDF (the page's
content stream only a Do, the text in a /Subtype /Form XObject)."""

from __future__ import annotations

import html
import io
import re
import struct
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import olefile
import opencc
import openpyxl
import pypdf

from eval import policy_make as make
from eval.policy29 import make_docs as md

SXB = f"山东/莘县/{md.SX_SHTML} (.shtml; 征求意见稿 beside it with other figures)"
SXD = f"山东/莘县/{md.SX_DRAFT_TITLE}.html (征求意见稿: 每立方米80元, 每辆1.5万元, 1月1日施行)"
SXA = f"山东/莘县/{md.SX_ASPX} (.aspx, the 补助标准 a <div role=table>)"
SXR = "山东/莘县/12345 合作社建了1200立方的冷库又买了3辆冷藏车，能补多少？.html"
LCB = f"江西/黎川县/{md.LC_TITLE}.html"
LCG = "江西/黎川县/办事指南.html (网约车驾驶员; the same name as 安乡's)"
LCM = f"江西/黎川县/{md.LC_MSG_SUBJECT}.msg (Outlook .msg: the body in __substg1.0_1000001F)"
LCR = "江西/黎川县/领导留言板 4辆车跑通村班线，2辆延伸到自然村，1辆新能源，一年补贴多少？.html"
YSB = f"河北/盐山县/{md.YS_TITLE}.html"
YSD = f"河北/盐山县/{md.YS_DOCX} (第X条 only as Word automatic numbering)"
YSR = "河北/盐山县/12345 3辆货车一季度交了17万8的高速费，ETC补助能拿多少？.html"
AXP = f"湖南/安乡县/{md.AX_PDF} (the text in Form XObjects)"
AXX = f'湖南/安乡县/{md.AX_XLSM} (.xlsm: date serials, 0.00"万元" and #,##0"元" formats)'
AXG = "湖南/安乡县/办事指南.html (渡船 更新改造; the same name as 黎川's)"
DBB = f"广东/大埔县/{md.DB_TITLE}.html"
DBD = f"广东/大埔县/{md.DB_DOCX} (converted from a PDF: a paragraph per printed line)"
DBR = "广东/大埔县/县长信箱 我爸是归侨85岁了，今年得了重病，家里困难，一年能有多少帮扶？.html"
QTB = f"浙江/青田县/{md.QT_TITLE}.html"
QTP = f"浙江/青田县/{md.QT_PPT} (PowerPoint 97-2003: TextCharsAtom records)"
QTH = f"浙江/青田县/{md._S2HK.convert(md.QT_HK_TITLE)}_香港僑聲網.html (Hong Kong traditional script)"
GNB = f"云南/广南县/{md.GN_TITLE}.html"
GNT = f"云南/广南县/{md.GN_TXT} (a GBK part, then a UTF-8 part)"
GNR = "云南/广南县/12345 家里两个孩子，一个考上本科一个读高中，民族助学能领多少？.html"
TXB = f"宁夏/同心县/{md.TX_TITLE}.html"
TXC = f"宁夏/同心县/{md.TX_TITLE}(1).html (exact duplicate)"
TXP = f"宁夏/同心县/{md.TX_PHP} (PHPCMS page, GBK)"
TXZ = "宁夏/同心县/新建文本文档.txt (empty)"
N1 = f"新闻/{md.N1_TITLE}.html"
N2 = f"新闻/{md.N2_TITLE}.html"
N3 = f"新闻/{md.N3_TITLE}.html"
N4 = f"新闻/{md.N4_TITLE}.html"
N5 = f"新闻/{md.N5_TITLE}.html"
N6 = "新闻/莘县出台冷链物流发展奖补办法_聊城新闻网.html (转载, cut inside 第三条)"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["东阿", "东光", "资溪", "澧县", "平远", "庆元", "西畴", "盐池"]
PASSING = ["高唐", "黄骅", "金溪", "石门", "蕉岭", "松阳", "马关", "利通区"]
NEIGHBOURS = ("u09", "u10", "u11")


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    ("r01", "regions", "聊城哪些县区已经对新建冷库、买冷藏车给了奖补？", ["莘县", "冠县"], both(SXB, N1), []),
    ("r02", "regions", "村级寄第物流服务站 建设补助 已实施 县区 聊城", ["莘县", "茌平区"], both(SXA, N1), []),
    ("r03", "regions", "货车ETC通行费补助 已实行 县 沧州", ["盐山县", "海兴县"], both(YSB, N2), []),
    (
        "r04",
        "regions",
        "沧州哪些县已经在搞公路超现超载治理？只要已经开展的",
        ["盐山县", "南皮县"],
        both(YSD, N2),
        [],
    ),
    (
        "r05",
        "regions",
        "抚州哪些县已经给农村客运通村班线发运营补贴了？",
        ["黎川县", "广昌县"],
        both(LCB, N3),
        [],
    ),
    ("r06", "regions", "网约车驾驶员 从业资格 考试 已开展 县 抚州", ["黎川县", "崇仁县"], both(LCG, N3), []),
    (
        "r07",
        "regions",
        "常德哪些县对公益性渡口的渡工发了补帖？",
        ["安乡县", "汉寿县"],
        both(AXP, N3),
        [],
    ),
    (
        "r08",
        "regions",
        "梅州哪些县已经对困难归桥侨眷开展帮扶？",
        ["大埔县", "丰顺县"],
        both(DBB, N4),
        [],
    ),
    ("r09", "regions", "侨资企叶 奖励 已兑现 县 丽水", ["青田县", "遂昌县"], both(QTB, N4), []),
    (
        "r10",
        "regions",
        "文山哪些县已经给少数民族学生发助学金？要已经在发的",
        ["广南县", "砚山县"],
        both(GNB, N5),
        [],
    ),
    ("r11", "regions", "民族团结进步示范村 奖补 已实施 县 文山", ["广南县", "富宁县"], both(GNT, N5), []),
    (
        "r12",
        "regions",
        "吴忠哪些县市已经对宗教活动场所消防改造给补助？",
        ["同心县", "青铜峡市"],
        both(TXB, N5),
        [],
    ),
    # 莘县
    (
        "n01",
        "number",
        "我是燕店镇蔬菜合作社的，今年建了个1200立方米的冷库，前后投了160多万，又买了3辆国六冷藏车，"
        "县里冷连物流奖补一共能给多少？",
        "冷库1200立方米×100元=12万元＋冷藏车3辆×2万元=6万元，合计18万元",
        both(SXR, SXB),
        ["18万元"],
    ),
    ("n02", "number", "莘县 冷藏车 每辆 补助", "每辆补助2万元，每家企业每年最多5辆", SXB, ["每辆补助2万元"]),
    (
        "n03",
        "number",
        "莘县冷链物流奖补办法征求意见稿里新建冷库每立方米补多少？",
        "征求意见稿：每立方米80元，单个项目最高40万元（正式办法为100元、50万元）",
        SXD,
        ["每立方米80元"],
    ),
    (
        "n04",
        "number",
        "莘县村级寄递物流综合服务站建一个补助多少钱？",
        "每个服务站8000元（一次性建设补助，验收合格后拨付）",
        SXA,
        ["每个服务站8000元"],
    ),
    (
        "n05",
        "number",
        "莘县 寄递物流 服务站 运营补贴 每年",
        "每站每年2400元，连续运营满12个月后按年拨付",
        SXA,
        ["每站每年2400元"],
    ),
    # 黎川县
    (
        "n06",
        "number",
        "黎川 通村班线 客车 每车每年 补贴",
        "每车每年补贴1.5万元（延伸至自然村另补3000元，新能源另补2000元）",
        LCB,
        ["每车每年补贴1.5万元"],
    ),
    (
        "n07",
        "number",
        "我们公司4辆客车跑黎川的通村班线，每天每辆跑6个班次，一年油费20多万，其中2辆延伸到25户以上的自然村，"
        "1辆是新能源车，都跑满全年，通村班綫补帖一年一共多少？",
        "4×1.5万元=6万元＋2×3000元＋1×2000元，合计68000元",
        both(LCR, LCB),
        ["68000元"],
    ),
    (
        "n08",
        "number",
        "黎川县2026年上半年农村客运补贴首期拨付多少比例？",
        "首期拨付50%，余额全年考核后结清",
        LCM,
        ["首期拨付50%"],
    ),
    # 盐山县
    (
        "n09",
        "number",
        "我在盐山镇开物流公司，3辆货车都在本县上户用本县ETC，一季度高速费分别4.8万、7万、6万，一共17万8，"
        "县里ETC通行费补助能拿多少？",
        "2400元＋3000元（3500元超上限）＋3000元，合计8400元",
        both(YSR, YSB),
        ["8400元"],
    ),
    (
        "n10",
        "number",
        "盐山 货车 ETC 通行费 补助 上限",
        "通行费的5%，每车每年最高3000元",
        YSB,
        ["每车每年最高3000元"],
    ),
    (
        "n11",
        "number",
        "盐山县举报违法超限超载查实了奖励多少？",
        "经查证属实的，每起奖励200元",
        YSD,
        ["每起奖励200元"],
    ),
    # 安乡县
    (
        "n12",
        "number",
        "安乡公益性渡口的渡工每个月补贴多少？",
        "持有效船员适任证书的渡工每人每月补贴800元（安全员300元）",
        AXP,
        ["每人每月补贴800元"],
    ),
    (
        "n13",
        "number",
        "安乡 老旧渡船 更新改造 补助 最高",
        "按实际造价的70%补助，每艘最高10万元",
        AXP,
        ["每艘最高10万元"],
    ),
    (
        "n14",
        "number",
        "安乡县2026年第一季度渡工补贴一共发了多少？",
        "合计3.12万元（13名渡工，每人2,400元）",
        AXX,
        ["3.12万元"],
    ),
    # 大埔县
    (
        "n15",
        "number",
        "我爸是从印尼回来的归侨，今年85岁，家里困难，去年重病住院花了6万多，按大埔的帮扶办法今年一共能有多少？",
        "生活补助300元×12=3600元＋高龄慰问金1200元＋大病救助5000元，合计9800元",
        both(DBR, DBB),
        ["9800元"],
    ),
    (
        "n16",
        "number",
        "大埔 困难归侨 生活补助 每月",
        "每人每月300元，限困难归侨本人",
        DBB,
        ["每人每月发放生活补助300元"],
    ),
    (
        "n17",
        "number",
        "大埔侨联今年困难归侨侨眷帮扶申报，家庭人均月收入低于多少可以报？",
        "家庭人均月收入低于1500元",
        DBD,
        ["低于1500元"],
    ),
    # 青田县
    (
        "n18",
        "number",
        "青田 侨资企业 到位外资 500万美元 奖励",
        "实际到位外资500万美元以上、不足1000万美元的，一次性奖励30万元",
        QTB,
        ["一次性奖励30万元"],
    ),
    # 广南县
    (
        "n19",
        "number",
        "我们家是壮族，住莲城镇，大孩子高考考了560分录取本科，小孩子在广南一中读高二，民族助雪两个一共领多少？",
        "本科5000元＋普通高中1500元，合计6500元",
        both(GNR, GNB),
        ["6500元"],
    ),
    (
        "n20",
        "number",
        "广南 民族团结进步示范村 奖补 每个",
        "经州级验收命名的示范村每个奖补10万元（示范单位3万元）",
        GNT,
        ["每个奖补10万元"],
    ),
    # 同心县
    (
        "n21",
        "number",
        "同心县宗教活动场所危房修缮补助最多给多少？",
        "按工程造价30%补助，每处最高10万元",
        TXB,
        ["每处最高10万元"],
    ),
    # dates
    (
        "t01",
        "date",
        "莘县冷链物流发展奖补办法哪天开始施行？",
        "2026年4月1日（有效期3年）",
        SXB,
        ["2026年4月1日"],
    ),
    (
        "t02",
        "date",
        "黎川客运企业上半年通村班线补贴材料最晚什么时候报？",
        "2026年7月15日前报送局运输股，逾期视为放弃",
        LCM,
        ["2026年7月15日前"],
    ),
    ("t03", "date", "盐山 ETC 补助 申报 时间", "按季度申报，每季度结束后15日内", YSB, ["每季度结束后15日内"]),
    (
        "t04",
        "date",
        "安乡一季度渡工补贴是哪天发的？",
        "2026年4月10日",
        AXX,
        ["2026年4月10日"],
    ),
    (
        "t05",
        "date",
        "大埔县侨联 2026 困难归侨侨眷 帮扶 申报 截止",
        "2026年6月15日前报县侨联权益部",
        DBD,
        ["2026年6月15日"],
    ),
    (
        "t06",
        "date",
        "广南县今年民族团结进步示范创建申报什么时候截止？",
        "2026年8月31日",
        GNT,
        ["2026年8月31日"],
    ),
    (
        "t07",
        "date",
        "同心 冬季 宗教场所 消方 安全检查 时间",
        "2026年11月1日至11月30日",
        TXP,
        ["2026年11月1日至11月30日"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "莘县冷链奖补怎么申报？要公示吗，多久拨钱？",
        "3月31日前向县商务局申请→商务局会同交通运输局现场核查→县政府网站公示7天→30个工作日内拨付",
        SXB,
        ["公示7天", "30个工作日"],
    ),
    (
        "p02",
        "procedure",
        "想在黎川考网约车驾驶员证，要准备什么材料？考过多久发证？",
        "身份证、驾驶证、无犯罪记录证明、照片；全国公共科目和区域科目考试，合格后10日内核发",
        LCG,
        ["无犯罪记录证明", "10日内"],
    ),
    (
        "p03",
        "procedure",
        "黎川 农村客运补贴 运营天数 以什么为准",
        "以车辆卫星定位平台的GPS轨迹记录为准，台账与轨迹不一致以GPS轨迹为准",
        LCM,
        ["GPS轨迹"],
    ),
    (
        "p04",
        "procedure",
        "盐山县大件运输许可要提前多久申请？是超限办法第几条规定的？",
        "第四条：承运人应提前5个工作日向县交通运输局申请，提交行驶证、道路运输证、货物情况和运输路线方案",
        YSD,
        ["第四条", "提前5个工作日"],
    ),
    (
        "p05",
        "procedure",
        "安乡 渡船 更新改造 补助 申请 材料 时限",
        "申请表、船舶检验证书、所有权登记证书、建造合同和发票、安全管理责任书；20个工作日",
        AXG,
        ["船舶检验证书", "20个工作日"],
    ),
    (
        "p06",
        "procedure",
        "青田华侨回国定居怎么办理，多久能批下来？",
        "护照、居住国居留证件、国内住所证明、照片→县侨办受理报省侨办审批，30个工作日内办结，发《华侨回国定居证》",
        QTP,
        ["华侨回国定居证", "30个工作日内办结"],
    ),
    (
        "p07",
        "procedure",
        "同心 宗教活动场所 修缮补助 申请 条件 时间",
        "须持《宗教活动场所登记证》；每年3月1日至4月30日向乡镇申请，核查后公示7天",
        TXB,
        ["宗教活动场所登记证"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "莘县的冷库项目已经拿了省里的冷链补助，县里还能再补吗？",
        "不能：同一项目已享受其他同类财政补助的，不重复补助",
        SXB,
        ["不重复补助"],
    ),
    (
        "y02",
        "yesno",
        "莘县 800立方米 冷库 能 申请 补助 吗",
        "不能：新建冷库须库容1000立方米以上",
        SXB,
        ["1000立方米以上"],
    ),
    (
        "y03",
        "yesno",
        "黎川通村班线客车一年只跑了250天，补贴能拿全额吗？",
        "不能：不足300天的按比例折算",
        LCB,
        ["不足300天"],
    ),
    ("y04", "yesno", "黎川办网约车驾驶员从业资格证要交钱吗", "不收费", LCG, ["不收费"]),
    ("y05", "yesno", "盐山 挂车 ETC 补助", "不享受：挂车不享受本补助", YSB, ["挂车不享受"]),
    (
        "y06",
        "yesno",
        "安乡坐公益性渡口的渡船过河要交钱吗？",
        "不要：公益性渡口实行免费过渡",
        AXP,
        ["免费过渡"],
    ),
    (
        "y07",
        "yesno",
        "大埔困难侨眷本人能领每个月的生活补助吗？",
        "不能：生活补助限困难归侨本人，侨眷不享受（可享受春节慰问）",
        DBB,
        ["侨眷不享受"],
    ),
    (
        "y08",
        "yesno",
        "广南的少数民族学生在文山市读高中，能领每年1500元的资助吗？",
        "不能：高中资助限在本县高中就读的学生",
        GNB,
        ["限在本县高中就读"],
    ),
    (
        "y09",
        "yesno",
        "同心的宗教活动场所修缮时能顺便扩建吗？",
        "不能：按原规模、原面积修缮，不得擅自扩建、新建",
        TXB,
        ["不得擅自扩建"],
    ),
    # traditional script: two in Cantonese; c03 asks the Hong Kong page, the others simplified documents
    (
        "c01",
        "traditional",
        "我阿爺係大埔嘅歸僑，屋企好困難，每個月有幾多生活補助？",
        "困難歸僑每人每月生活補助300元",
        DBB,
        ["300元"],
    ),
    (
        "c02",
        "traditional",
        "我喺香港做嘢，老家青田，想返去開廠，僑資企業到位外資夠1000萬美元有幾多獎勵？",
        "一次性獎勵50萬元",
        QTB,
        ["一次性奖励50万元"],
    ),
    (
        "c03",
        "traditional",
        "青田縣那位在西班牙經商的華僑回鄉辦廠，獲得多少獎勵？",
        "一次性獎勵30萬元",
        QTH,
        ["30萬元"],
    ),
    (
        "c04",
        "traditional",
        "廣南縣少數民族學生考上全日制本科資助多少？",
        "每人一次性資助5000元",
        both(GNB, GNR),
        ["5000元"],
    ),
    (
        "c05",
        "traditional",
        "同心縣宗教活動場所消防設施改造最高補助多少？",
        "每處最高3萬元",
        TXB,
        ["最高3万元"],
    ),
    # unanswerable: planned-only regions, a neighbouring quarter, level or kind of route
    ("u01", "unanswerable", "东阿县新建冷库每立方米补助多少？", "应拒答：东阿只是拟于年内出台", "-", []),
    ("u02", "unanswerable", "东光县 货车 ETC 通行费 补助 比例", "应拒答：东光只是计划下半年推出", "-", []),
    ("u03", "unanswerable", "资溪县通村客运班线每车每年补贴多少？", "应拒答：资溪只是将于明年出台", "-", []),
    ("u04", "unanswerable", "澧县渡口安全员每月补贴多少？", "应拒答：澧县只是计划明年补贴", "-", []),
    ("u05", "unanswerable", "平远县困难归侨每月生活补助多少？", "应拒答：平远只是拟于下半年出台", "-", []),
    ("u06", "unanswerable", "庆元县 侨资企业 奖励 标准", "应拒答：庆元只是计划明年制定", "-", []),
    ("u07", "unanswerable", "西畴县少数民族学生考上本科资助多少？", "应拒答：西畴只是将于明年建立", "-", []),
    ("u08", "unanswerable", "盐池县宗教活动场所危房修缮补助多少？", "应拒答：盐池只是计划明年开展", "-", []),
    (
        "u09",
        "unanswerable",
        "安乡县2025年第四季度渡工补贴一共发了多少？",
        "应拒答：发放表只有2026年第一季度的",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "广南县少数民族学生考上研究生资助多少？",
        "应拒答：办法只规定本科、专科和高中",
        "-",
        [],
    ),
    ("u11", "unanswerable", "黎川 城市公交 运营补贴 标准", "应拒答：办法只管农村客运通村班线", "-", []),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it."""
    m = re.match(r"(.*?\.(?:html|shtml|aspx|php|docx|xlsm|pdf|txt|msg|ppt))(?: \(.*\))?$", doc)
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    """Comments, <script> and <style> dropped, tags stripped, references resolved."""
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    raw = re.sub(r"<(script|style)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def html_decode(data: bytes) -> str:
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:2000])
    charset = m.group(1).decode().lower() if m else "utf-8"
    return data.decode("gb18030" if charset in ("gb2312", "gbk") else charset)


def html_text(data: bytes) -> str:
    return strip_html(html_decode(data))


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
        out[attrs["Id"]] = (attrs["Type"], f"{folder}/{target}" if folder else target)
    return out


def main_part(z: zipfile.ZipFile) -> str:
    for kind, target in part_rels(z, "").values():
        if kind.endswith("/officeDocument"):
            return target
    raise AssertionError("no officeDocument relationship")


CHINESE = "零一二三四五六七八九"


def chinese_counting(n: int) -> str:
    """Word's chineseCounting below 100: 一 … 十, 十一 … 九十九."""
    if n < 10:
        return CHINESE[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CHINESE[tens]) + "十" + (CHINESE[ones] if ones else "")


def numbering(z: zipfile.ZipFile, main: str) -> dict[str, dict[int, tuple[str, str]]]:
    """numId → level → (numFmt, lvlText), through the w:num's abstractNum."""
    targets = [t for k, t in part_rels(z, main).values() if k.endswith("/numbering")]
    if not targets:
        return {}
    xml = z.read(targets[0]).decode("utf-8")
    abstract = {}
    for a_id, body in re.findall(r'<w:abstractNum w:abstractNumId="(\d+)">(.*?)</w:abstractNum>', xml, re.S):
        levels = {}
        for lvl, inner in re.findall(r'<w:lvl w:ilvl="(\d+)">(.*?)</w:lvl>', body, re.S):
            fmt = re.search(r'<w:numFmt w:val="(\w+)"', inner)
            text = re.search(r'<w:lvlText w:val="([^"]*)"', inner)
            levels[int(lvl)] = (fmt.group(1) if fmt else "decimal", text.group(1) if text else "")
        abstract[a_id] = levels
    nums = re.findall(r'<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"/>', xml)
    return {n: abstract[a] for n, a in nums}


def docx_lines(data: bytes) -> list[str]:
    """A line per w:p, each numbered paragraph preceded by its label (lvlText, %N the level's counter)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = main_part(z)
        nums = numbering(z, main)
        xml = z.read(main).decode("utf-8")
    counters: dict[str, list[int]] = {}
    lines = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        text = html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        m = re.search(r'<w:ilvl w:val="(\d+)"/><w:numId w:val="(\d+)"/>', p)
        if m and m.group(2) in nums:
            lvl, num = int(m.group(1)), m.group(2)
            c = counters.setdefault(num, [0] * 9)
            c[lvl] += 1
            c[lvl + 1 :] = [0] * (8 - lvl)
            fmt, label = nums[num][lvl]
            for i in range(lvl + 1):
                f = nums[num][i][0]
                value = chinese_counting(c[i]) if f.startswith("chineseCounting") else str(c[i])
                label = label.replace(f"%{i + 1}", value)
            text = label + "\u3000" + text if fmt else text
        lines.append(text)
    return lines


PAGE_NUMBER = re.compile(r"^— \d+ —$")


def docx_text(data: bytes) -> str:
    return "".join(line for line in docx_lines(data) if not PAGE_NUMBER.match(line))


def cell_text(value: Any, fmt: str = "General") -> str:
    """A cell as its format shows it: dates under yyyy"年"m"月"d"日", numbers under 0.00"万元" or
    #,##0"元" with their literal units, an integral float as an integer."""
    literal = "".join(re.findall(r'"([^"]*)"', fmt))
    if isinstance(value, datetime):
        shown = (
            fmt.replace("yyyy", str(value.year)).replace("m", str(value.month)).replace("d", str(value.day))
        )
        return shown.replace('"', "")
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and fmt != "General":
        code = re.sub(r'"[^"]*"', "", fmt)
        decimals = len(code.split(".")[1]) if "." in code else 0
        return f"{value:{',' if ',' in code else ''}.{decimals}f}{literal}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_text(data: bytes) -> str:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            cells = [cell_text(c.value, c.number_format) for c in row if c.value not in (None, "")]
            if cells:
                lines.append("\t".join(cells))
    return "\n".join(lines)


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text().replace("\n", "") for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def msg_text(data: bytes) -> str:
    ole = olefile.OleFileIO(io.BytesIO(data))
    return "\n".join(
        ole.openstream(s).read().decode("utf-16-le") for s in ("__substg1.0_0037001F", "__substg1.0_1000001F")
    )


def ppt_records(data: bytes, start: int = 0, end: int | None = None) -> list[tuple[int, bytes]]:
    """The records in ``data[start:end]``, containers (recVer 0xF) entered: (recType, body) of the atoms."""
    end = len(data) if end is None else end
    out = []
    while start + 8 <= end:
        ver_inst, rtype, length = struct.unpack_from("<HHI", data, start)
        body_start = start + 8
        if ver_inst & 0xF == 0xF:
            out += ppt_records(data, body_start, body_start + length)
        else:
            out.append((rtype, data[body_start : body_start + length]))
        start = body_start + length
    return out


def ppt_text(data: bytes) -> str:
    stream = olefile.OleFileIO(io.BytesIO(data)).openstream("PowerPoint Document").read()
    out = []
    for rtype, body in ppt_records(stream):
        if rtype == 0x0FA0:
            out.append(body.decode("utf-16-le"))
        elif rtype == 0x0FA8:
            out.append(body.decode("latin-1"))
    return "\n".join(out).replace("\r", "\n")


def decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("gb18030")


def txt_text(data: bytes) -> str:
    if not data:
        return ""
    return "\n".join(decode_line(line).rstrip("\r") for line in data.split(b"\n"))


READERS = {
    ".html": html_text,
    ".shtml": html_text,
    ".aspx": html_text,
    ".php": html_text,
    ".docx": docx_text,
    ".xlsm": xlsx_text,
    ".pdf": pdf_text,
    ".msg": msg_text,
    ".ppt": ppt_text,
    ".txt": txt_text,
}


def doc_text(rel: str) -> str:
    """A document's text as decoded from its bytes (see the module's docstring)."""
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


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ONLY = {
    SXB: ["每辆补助2万元", "不重复补助"],
    SXA: ["每个服务站8000元", "每站每年2400元"],
    TXP: ["2026年11月1日至11月30日"],
    LCM: ["2026年7月15日前", "首期拨付50%", "GPS轨迹"],
    QTP: ["华侨回国定居证", "30个工作日内办结"],
    AXX: ["3.12万元", "2026年4月10日"],
    YSD: ["每起奖励200元", "提前5个工作日"],
    DBD: ["低于1500元", "2026年6月15日"],
    GNT: ["每个奖补10万元", "2026年8月31日", "每户奖补2000元"],
    AXP: ["每人每月补贴800元", "每艘最高10万元", "免费过渡"],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    files = [p for p in md.DOCS.rglob("*") if p.is_file()]
    texts = {str(p.relative_to(md.DOCS)): doc_text(str(p.relative_to(md.DOCS))) for p in files}
    assert 30 <= len(files) <= 36, len(files)
    # the answers that stand only in one new kind of file
    for doc, keys in ONLY.items():
        for key in keys:
            assert [r for r, t in texts.items() if key in t] == [doc_path(doc)], key
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(SXB)), doc_text(doc_path(SXD))
    assert "每立方米100元" in final and "每立方米100元" not in draft and "每立方米80元" not in final
    assert "每辆补助1.5万元" in draft and "每辆补助2万元" in final
    assert "2026年4月1日起施行" in final and "2026年1月1日起施行" in draft
    # the 转载 repeats the 办法's first four paragraphs (to 第三条's first item) and not the rest
    repost = doc_text(doc_path(N6))
    items = md.J(md.sx_articles(draft=False))
    assert items[3].startswith("（一）") and items[4].startswith("（二）")
    assert all(a in repost for a in items[:4]) and not any(a in repost for a in items[4:])
    # the exact duplicate, the empty file, two files of one name in different folders
    assert raw(TXB) == raw(TXC) and raw(TXZ) == b""
    assert Path(doc_path(LCG)).name == Path(doc_path(AXG)).name and raw(LCG) != raw(AXG)
    # pages under the site's own suffix: .shtml with SSI markers, .aspx with WebForms state, .php in GBK
    shtml = raw(SXB).decode("utf-8")
    assert doc_path(SXB).endswith(".shtml") and '<!--#include virtual="/include/top.shtml"-->' in shtml
    aspx = raw(SXA).decode("utf-8")
    assert 'name="__VIEWSTATE"' in aspx and 'name="__EVENTVALIDATION"' in aspx
    assert '<form method="post" action="./ArticleShow.aspx' in aspx
    php = raw(TXP)
    assert doc_path(TXP).endswith(".php") and not_utf8(php) and b"charset=gbk" in php
    assert "2026年11月1日至11月30日" in doc_text(doc_path(TXP))
    # the <div role="table">: no <table> in the article, the 补助标准 only in its cells
    article = aspx.split('<div class="content" id="zoom">')[1].split('<div class="fx">')[0]
    assert "<table" not in article and 'role="table"' in article and 'role="cell"' in article
    assert 'role="columnheader"' in article
    cells = re.findall(r'<div role="cell"[^>]*>([^<]*)</div>', article)
    assert "每个服务站8000元" in cells and "每站每年2400元" in cells
    grid = md.div_table(md.SX_JD_TABLE)
    outside = article.replace(grid, "")
    assert grid in article and "<div" not in outside
    assert "8000元" not in outside and "2400元" not in outside
    # the .msg: an OLE2 file, IPM.Note, the body only in 0x1000001F, its size in the property stream
    msg = raw(LCM)
    assert msg.startswith(OLE) and olefile.isOleFile(io.BytesIO(msg))
    ole = olefile.OleFileIO(io.BytesIO(msg))
    assert ole.openstream("__substg1.0_001A001F").read().decode("utf-16-le") == "IPM.Note"
    assert ole.exists("__recip_version1.0_#00000000/__substg1.0_3003001F")
    assert ole.exists("__nameid_version1.0/__substg1.0_00020102")
    body = ole.openstream("__substg1.0_1000001F").read()
    props = ole.openstream("__properties_version1.0").read()
    entries = {
        struct.unpack_from("<I", props, i)[0]: props[i + 8 : i + 16] for i in range(32, len(props), 16)
    }
    assert struct.unpack_from("<I", entries[0x1000001F])[0] == len(body) + 2
    assert "2026年7月15日前" in body.decode("utf-16-le")
    others = [ole.openstream(s).read() for s in ole.listdir() if s[-1] != "__substg1.0_1000001F"]
    assert not any("GPS轨迹".encode("utf-16-le") in s for s in others)
    # the .ppt: an OLE2 file, Current User and PowerPoint Document, the text in TextCharsAtoms
    ppt = raw(QTP)
    assert ppt.startswith(OLE) and not zipfile.is_zipfile(io.BytesIO(ppt))
    ole = olefile.OleFileIO(io.BytesIO(ppt))
    assert ole.exists("Current User") and ole.exists("PowerPoint Document")
    stream = ole.openstream("PowerPoint Document").read()
    assert struct.unpack_from("<HH", stream)[1] == 0x03E8
    kinds = [k for k, _ in ppt_records(stream)]
    assert 0x0FA0 in kinds and 0x0FA8 in kinds and 0x03F3 in kinds and 0x0FF5 in kinds and 0x1772 in kinds
    current = ole.openstream("Current User").read()
    assert struct.unpack_from("<HHIII", current)[1:] == (0x0FF6, len(current) - 8, 0x14, 0xE391C05F)
    assert "华侨回国定居证" in doc_text(doc_path(QTP)) and not any(
        "华侨回国定居证" in t for r, t in texts.items() if not r.endswith(".ppt")
    )
    # the .xlsm: macro-enabled content type, the VBA project, a date serial and the 万元 unit in a format
    types = zpart(AXX, "[Content_Types].xml")
    assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
    assert "application/vnd.ms-office.vbaProject" in types
    assert "relationships/vbaProject" in zpart(AXX, "xl/_rels/workbook.xml.rels")
    with zipfile.ZipFile(io.BytesIO(raw(AXX))) as z:
        vba = z.read("xl/vbaProject.bin")
    assert vba.startswith(OLE) and olefile.OleFileIO(io.BytesIO(vba)).exists("VBA/dir")
    sheet = zpart(AXX, "xl/worksheets/sheet1.xml")
    serial = (datetime(2026, 4, 10) - datetime(1899, 12, 30)).days
    assert f"<v>{serial}</v>" in sheet and "<v>3.12</v>" in sheet and "2026年4月10日" not in sheet
    styles = zpart(AXX, "xl/styles.xml")
    assert "&quot;万元&quot;" in styles or '"万元"' in styles
    shown = doc_text(doc_path(AXX))
    assert "3.12万元" in shown and "2,400元" in shown and "2026年4月10日" in shown
    # the auto-numbered .docx: numbering.xml, w:numPr, no 第X条 in document.xml
    document = zpart(YSD, "word/document.xml")
    assert "<w:numPr>" in document and "第四条" not in document and "（一）" not in document
    assert "第%1条" in zpart(YSD, "word/numbering.xml")
    numbered = docx_lines(raw(YSD))
    assert numbered[4].startswith("第四条\u3000") and numbered[5].startswith("（一）")
    assert numbered[-1].startswith("第七条\u3000本办法自2026年2月1日")
    # the converted .docx: a paragraph per printed line, the keys in no single paragraph, page numbers
    lines = docx_lines(raw(DBD))
    assert len(lines) > 20 and max(len(line) for line in lines) <= 27 and "— 1 —" in lines
    for key in ("低于1500元", "2026年6月15日"):
        assert key in doc_text(doc_path(DBD)) and not any(key in line for line in lines), key
    # the two-encoding .txt: neither UTF-8 nor (readably) GB18030 as a whole
    data = raw(GNT)
    assert not_utf8(data) and "2026年8月31日" not in data.decode("gb18030", errors="replace")
    gbk_part, utf8_part = data.split(b"---- ", 1)
    assert b"\r\n" in gbk_part and b"\r\n" not in utf8_part and not_utf8(gbk_part)
    assert "每个奖补10万元" in gbk_part.decode("gbk") and "2026年8月31日" in utf8_part.decode("utf-8")
    # the Form XObject PDF: the page's content stream only invokes the form
    reader = pypdf.PdfReader(io.BytesIO(raw(AXP)))
    page = reader.pages[0]
    content = page.get_contents()
    assert content is not None and b" Do" in content.get_data() and b"Tj" not in content.get_data()
    resources: Any = page["/Resources"]
    xobjects: Any = resources["/XObject"]
    form = next(iter(xobjects.values())).get_object()
    assert form["/Subtype"] == "/Form" and b"Tj" in form.get_data()
    assert "每人每月补贴800元" in doc_text(doc_path(AXP))
    # the Hong Kong page is traditional
    hk = doc_text(doc_path(QTH))
    assert (
        _T2S.convert(hk) != hk
        and "青田縣" in hk
        and "30萬元" in hk
        and 'lang="zh-Hant-HK"' in raw(QTH).decode()
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
