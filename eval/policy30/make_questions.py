"""Writes eval/policy30/questions.jsonl: questions over eval/policy30/docs (人民防空与防震减灾、档案与地方志、
全民健身与体育 of eight regions), written before citeqa was run on them, as chat users relay their own
situation, as agents send keyword queries and as analysts ask which regions. The chat users' questions carry
the asker's situation first, in their own words (车站街道 民办幼儿园 总投资1800万, 物业 停车费 一万五左右, 莲
花镇 脱贫户 预算15万左右, 大畈镇 村文书 花了8000多, 有人出5000想收, 乾佑街道 队里60多人, 荔枝半程马拉松 花了60
多万) and figures that are not the answer (1800万 where the answer is 24万元, 一万五 where it is 56000元, 15万
where it is 3万元, 8000多 where it is 5000元, 5000 where it is 2200元, 60多人 where it is 1800元, 60多万 where
it is 8万元), with typos and homophones (易地建设废, 式鸣, 平站结合, 抗振改造, 地震检测站, 档案数子化, 村志编
篡, 社会体育知道员, 开方, 奖历). Several are answered only by a 12345 / 市长信箱 / 领导留言板 / 县长信箱 reply
(24万元, 56000元, 3万元, 按5000元补助, 2200元, 1800元, 合计8万元), some only by a new kind of file (the
showinfo.jsp?infoid= page's 7个工作日内作出决定; the UTF-16 page's 2026年9月19日 and 不必进入防空地下室; the
.fodt's 单个工程每年最高15万元 and 每年另补维护费5000元; the .xlsx text box's 一式三份 and 408室; the
mailpubdetail.do reply's 56000元; the .fods's 合计; the .tar.gz's 2026年9月30日前; the .dps's 2026年7月6日至7
月10日; the .xlsb's 合计 and 2026年4月30日前拨付60%; the .dotx's 1月31日前 and 安全应急预案; the chart .docx's
200名, 2026年7月13日至8月14日 and 报名 dates). The agents' queries are terse (「遂平 人防 易地建设费 每平方米
收费标准」). Regions are named by the county's name, full or short (遂平, 宁安, 秦安, 通山, 南江, 柞水, 赫章,
灵山), the analysts' questions by city (驻马店, 牡丹江, 天水, 咸宁, 巴中, 商洛, 毕节, 钦州). Five questions
are in traditional script, two of them in Cantonese (我哋協會喺靈山搞咗個自治區級嘅龍舟賽… and 我個仔今年10歲
，喺靈山讀小學…), all asking simplified documents. The keys are what any correct answer must contain, written
as the documents write them.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (上蔡, 穆棱, 张家川, 通城, 恩阳, 山阳, 纳雍, 钦北:
in no expected list) and regions named in passing (汝南, 东宁, 麦积, 嘉鱼, 巴州区, 丹凤, 织金, 合浦). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (遂平's 2025年 试鸣
where the 通告 is for 2026年, 通山's 第二批 where the 分配表 is the 第一批, 灵山's 全国运动会 获奖 奖励 where
the 办法 names only the 自治区运动会).

``python -m eval.policy30.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html, showinfo.jsp?infoid=… and .do (saved pages, whatever their name) by a byte-order mark first (UTF-16
  LE or BE, UTF-8), else the charset its <meta> names (UTF-8 unless it says gbk / gb2312, read as GB18030),
  comments, <script> and <style> dropped, tags stripped, references resolved;
- .fodt by lxml: a line per text:h and text:p of office:body in document order (table cells' among them),
  text:spans entered, text:s as spaces, text:tab a tab;
- .fods by lxml: a line per table:table-row, its cells' text:p (the displayed text) joined by tabs, covered
  and empty cells left out;
- .xlsx by openpyxl (a line per row, non-empty cells joined by tabs), then every xl/drawings/drawingN.xml's
  shapes and text boxes, a line per a:p of its a:t runs;
- .xlsb by zipfile and its BIFF12 records (types and sizes as 7-bit varints): the shared strings (BrtSSTItem),
  then the sheets BrtBundleSh names through xl/_rels/workbook.bin.rels, a line per BrtRowHdr, BrtCellIsst /
  BrtCellSt / BrtCellRk / BrtCellReal joined by tabs, an integral number as an integer;
- .docx and .dotx by zipfile: the main part through _rels/.rels (whatever its content type) a line per w:p,
  then each chart part it links to as its cached text — the rich title, the series name, and a line per point
  of category and value as the cache's format code shows it (200 under 0"名" as 200名);
- .dps by olefile: the “PowerPoint Document” stream's records walked in order, TextCharsAtom as UTF-16LE and
  TextBytesAtom as Latin-1, CR made LF;
- .tar.gz by tarfile: each regular member's name and its text (UTF-8, else GB18030);
- .pdf by pypdf: the page's text in stream order with line breaks removed.

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional questions are traditional, and the files' peculiarities: the 征求意见稿 differing from its final
text; the 转载 repeating the 办法's first three articles and not the rest; the jsp page's name (a query
string, no .html); the UTF-16 page (a BOM, not UTF-8, charset=unicode, CRLF only, the saved-from-url length
right); the .fodt (one XML file, the text mimetype, a table:table, a figure cut by a text:span so that the key
is not in the XML); the .xlsx (a drawing relationship, txBox="1", the 填表说明 in no cell, 408室 split over
runs); the .do (GBK, not UTF-8); the .fods (the spreadsheet mimetype, a spanned title and covered cells, the
合计 an of:=SUM with its value); the .tar.gz (no gzip file name, the fixed time in the gzip header and every
member, a GNU tar of UTF-8 names, the keys not in the compressed bytes); the .dps (OLE2, not a zip, its
streams and record types); the .xlsb (no worksheet XML, the binary content type, the 合计 an RK number in no
part as text, the 说明 UTF-16 in sharedStrings.bin); the .dotx (the template content type, Normal.dotm); the
chart .docx (no figure in document.xml, the values in chart1.xml, the workbook an external link, nothing
embedded); the two-column PDF (the left column whole before the right in stream order, the columns interleaved
in a layout reading)."""

from __future__ import annotations

import gzip
import io
import re
import struct
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import olefile
import opencc
import openpyxl
import pypdf
from lxml import etree

from eval import policy_make as make
from eval.policy29.make_questions import docx_lines, part_rels, pdf_text, ppt_records, ppt_text, strip_html
from eval.policy30 import make_docs as md
from eval.policy_make import both, doc_path, not_utf8

SPJ = f"河南/遂平县/{md.SP_JSP} (the 办法 saved under its URL's name, query string and all)"
SPA = f"河南/遂平县/{md.SP_ALARM_TITLE}.html (UTF-16 LE with a BOM, charset=unicode)"
SPR = "河南/遂平县/12345 民办幼儿园新建6000平方米教学楼，人防易地建设费要交多少？.html"
NAF = f"黑龙江/宁安市/{md.NA_FODT} (Flat OpenDocument text)"
NAX = f"黑龙江/宁安市/{md.NA_XLSX} (the 填表说明 a text box in the drawing layer)"
NAD = "黑龙江/宁安市/mailpubdetail.do (市长信箱 reply, GBK)"
QAB = f"甘肃/秦安县/{md.QA_TITLE}.html"
QAN = f"甘肃/秦安县/{md.QA_NOTICE_TITLE}.html"
QAP = f"甘肃/秦安县/{md.QA_PDF} (two columns)"
QAR = "甘肃/秦安县/12345 脱贫户的土坯房鉴定为D级，准备拆了重建，抗震改造能补多少？.html"
TSB = f"湖北/通山县/{md.TS_TITLE}.html"
TSF = f"湖北/通山县/{md.TS_FODS} (Flat OpenDocument spreadsheet)"
TSR = "湖北/通山县/领导留言板 村档案室扫描了18000页纸质档案和600张老照片，数字化补助能给多少？.html"
NJB = f"四川/南江县/{md.NJ_TITLE}.html"
NJP = f"四川/南江县/{md.NJ_PLAN_TITLE}.html"
NJT = f"四川/南江县/{md.NJ_TAR} (a gzipped tar of two UTF-8 .txt files)"
NJR = "四川/南江县/县长信箱 爷爷留下一张红军布告和两本老账本，捐给县档案馆有奖励吗？.html"
ZSB = f"陕西/柞水县/{md.ZS_TITLE}.html"
ZSD = f"陕西/柞水县/{md.ZS_DPS} (WPS 演示: the PowerPoint 97-2003 binary)"
ZSR = "陕西/柞水县/12345 一级社会体育指导员每月带14次广场舞，一个季度能领多少补贴？.html"
HZB = f"贵州/赫章县/{md.HZ_TITLE}.html"
HZX = f"贵州/赫章县/{md.HZ_XLSB} (Excel binary workbook, BIFF12)"
HZD = f"贵州/赫章县/{md.HZ_DOTX} (Word template)"
LSB = f"广西/灵山县/{md.LS_TITLE}.html"
LSQ = f"广西/灵山县/{md.LS_DRAFT_TITLE}.html (征求意见稿: 全国性 8万元, 2000人以上 另奖2万元)"
LSD = f"广西/灵山县/{md.LS_DOCX} (the 名额 only in a chart's cache)"
LSR = "广西/灵山县/12345 协会办了自治区级的荔枝半程马拉松，1500人参赛，县里能奖励多少？.html"
N1 = f"新闻/{md.N1_TITLE}.html"
N2 = f"新闻/{md.N2_TITLE}.html"
N3 = f"新闻/{md.N3_TITLE}.html"
N4 = f"新闻/{md.N4_TITLE}.html"
N5 = f"新闻/{md.N5_TITLE}.html"
N6 = f"{md.ZS_REPOST} (转载, cut after 第三条)"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["上蔡", "穆棱", "张家川", "通城", "恩阳", "山阳", "纳雍", "钦北"]
PASSING = ["汝南", "东宁", "麦积", "嘉鱼", "巴州区", "丹凤", "织金", "合浦"]
NEIGHBOURS = ("u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "驻马店哪些县已经在减免人防易地建设废了？",
        ["遂平县", "确山县"],
        both(SPJ, N1),
        [],
    ),
    ("r02", "regions", "驻马店 防空警报 式鸣 已开展 县", ["遂平县", "泌阳县"], both(SPA, N1), []),
    (
        "r03",
        "regions",
        "牡丹江哪些县市给地下人防工程平站结合使用发补贴？只要已经在发的",
        ["宁安市", "海林市"],
        both(NAF, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "天水哪些县已经在给农村民居抗振改造发补助了？",
        ["秦安县", "甘谷县"],
        both(QAB, N2),
        [],
    ),
    (
        "r05",
        "regions",
        "地震监测设施 观测环境 保护范围 已划定 县 天水",
        ["秦安县", "武山县"],
        both(QAN, N2),
        [],
    ),
    (
        "r06",
        "regions",
        "咸宁哪些县对档案数子化加工有补助？要已经实行的",
        ["通山县", "崇阳县"],
        both(TSB, N3),
        [],
    ),
    (
        "r07",
        "regions",
        "巴中 红色档案 征集 捐赠 奖励 已开展 县",
        ["南江县", "通江县"],
        both(NJB, N3),
        [],
    ),
    ("r08", "regions", "巴中哪些县已经给村志编篡发补助了？", ["南江县", "平昌县"], both(NJP, N3), []),
    (
        "r09",
        "regions",
        "商洛哪些县已经给社会体育知道员发服务补贴？",
        ["柞水县", "镇安县"],
        both(ZSB, N4),
        [],
    ),
    ("r10", "regions", "学校体育场地 开方 补助 已实施 县 毕节", ["赫章县", "威宁县"], both(HZB, N4), []),
    (
        "r11",
        "regions",
        "钦州哪些县区已经对社会力量办赛事有奖历？",
        ["灵山县", "浦北县"],
        both(LSB, N5),
        [],
    ),
    (
        "r12",
        "regions",
        "钦州 暑期 青少年 体育 免费培训 已举办 县区",
        ["灵山县", "钦南区"],
        both(LSD, N5),
        [],
    ),
    # 遂平县
    (
        "n01",
        "number",
        "我在遂平车站街道办了个民办幼儿园，已经登记成民办非企业了，非营利的。今年新盖教学楼地上6000平，总投资1800万，"
        "设计院说地质不适合建地下室，人防易地建设废要交多少？",
        "应建300平方米×每平方米1600元=48万元，民办非营利性幼儿园减半收取，实缴24万元",
        both(SPR, SPJ),
        ["24万元"],
    ),
    ("n02", "number", "遂平 人防 易地建设费 每平方米 收费标准", "每平方米1600元", SPJ, ["每平方米1600元"]),
    (
        "n03",
        "number",
        "遂平县城新建民用建筑要按多大比例修防空地下室？",
        "按地面总建筑面积的5%修建",
        SPJ,
        ["地面总建筑面积的5%"],
    ),
    # 宁安市
    (
        "n04",
        "number",
        "我们物业管的小区地下人防有4500平做停车场全部对外开放，每月停车费收一万五左右，还有300平做了免费的老年活动室，"
        "防护设备也按要求维护了，宁安平站结合补贴一年能拿多少？",
        "停车场4500×10元=45000元＋活动室300×20元=6000元＋维护费5000元，合计56000元",
        both(NAD, NAF),
        ["56000元"],
    ),
    (
        "n05",
        "number",
        "宁安 人防工程 公共停车场 补贴 上限",
        "按开放面积每平方米每年10元，单个工程每年最高15万元",
        NAF,
        ["单个工程每年最高15万元"],
    ),
    (
        "n06",
        "number",
        "宁安人防工程的防护设备维护得好，还额外补多少维护费？",
        "每个工程每年另补维护费5000元",
        NAF,
        ["每年另补维护费5000元"],
    ),
    # 秦安县
    (
        "n07",
        "number",
        "我家在秦安莲花镇，是脱贫户，80年代的土坯房鉴定成D级了，准备拆了重建一层砖混的，预算15万左右，抗振改造一共能补"
        "多少？",
        "拆除重建2.5万元＋脱贫户增加5000元，合计3万元（主体完工拨60%，验收后拨40%）",
        both(QAR, QAB),
        ["3万元"],
    ),
    ("n08", "number", "秦安 农村民居 加固改造 每户 补助", "每户补助1.2万元", QAB, ["每户补助1.2万元"]),
    (
        "n09",
        "number",
        "秦安今年的抗震改造到6月底开工了多少户？",
        "截至6月25日，计划1260户，已开工1138户（拆除重建716户、加固改造422户）",
        QAP,
        ["1138户"],
    ),
    (
        "n10",
        "number",
        "在秦安举报破坏地震检测站的，查实了奖多少钱？",
        "给予举报人500元至2000元奖励",
        QAN,
        ["500元至2000元"],
    ),
    # 通山县
    (
        "n11",
        "number",
        "通山 档案数字化 纸质档案 每页 补助",
        "每页0.3元，单位每年最高3万元",
        TSB,
        ["每页0.3元"],
    ),
    (
        "n12",
        "number",
        "我是大畈镇一个村的文书，村档案室扫了18000页纸质档案，还有600张老照片，前后花了8000多，档案数子化补助村里能"
        "拿多少？",
        "5400元＋600元=6000元，超过村（社区）档案室每年最高5000元，按5000元补助",
        both(TSR, TSB),
        ["按5000元补助"],
    ),
    (
        "n13",
        "number",
        "通山县2026年第一批档案数字化补助资金一共分了多少？",
        f"合计{md.ts_total()}元",
        TSF,
        [str(md.ts_total())],
    ),
    # 南江县
    (
        "n14",
        "number",
        "爷爷留下一张红军布告，还有两本民国的老账本，有人出5000想收我没卖，捐给南江县档案馆能有多少奖励？",
        "红军布告鉴定为一级珍贵档案奖励2000元＋两本账本一般档案每件100元，合计2200元",
        both(NJR, NJB),
        ["2200元"],
    ),
    (
        "n15",
        "number",
        "南江 村志 30万字以上 出版 补助",
        "30万字以上的补助5万元（验收合格拨50%，出版后拨50%）",
        NJP,
        ["30万字以上的补助5万元"],
    ),
    # 柞水县
    (
        "n16",
        "number",
        "我是柞水的一级社体指导员，在乾佑街道带广场舞，队里60多人，一季度每个月都带了14次，一个季度补贴能领多少？",
        "每次50元×14次=700元，超过每月最高600元按600元，一季度合计1800元",
        both(ZSR, ZSB),
        ["1800元"],
    ),
    (
        "n17",
        "number",
        "柞水 一级 社会体育指导员 每次 服务补贴",
        "一级及以上每次50元（三级、二级每次30元），每人每月最高600元",
        ZSB,
        ["一级及以上社会体育指导员每次服务补贴50元"],
    ),
    # 赫章县
    (
        "n18",
        "number",
        "赫章学校操场对外开放，每所学校一年补多少？",
        "每所每年补助2万元，同时开放室内场馆的再补1万元",
        HZB,
        ["每所每年补助2万元"],
    ),
    (
        "n19",
        "number",
        "赫章县2026年学校体育场地开放补助资金一共分配了多少？",
        f"合计{md.hz_total()}元（12所学校）",
        HZX,
        [str(md.hz_total())],
    ),
    # 灵山县
    (
        "n20",
        "number",
        "我是灵山田径协会的，5月办了荔枝半程马拉松，自治区田协批的自治区级赛事，1500人参赛，花了60多万主要靠赞助，"
        "县里赛事奖历能给多少？",
        "自治区级赛事5万元＋参赛1000人以上另奖3万元，合计8万元",
        both(LSR, LSB),
        ["合计8万元"],
    ),
    ("n21", "number", "灵山暑假免费体育培训游泳招多少人？", "游泳200名", LSD, ["200名"]),
    # dates
    (
        "t01",
        "date",
        "遂平今年防空警报试鸣是哪天几点？",
        "2026年9月19日（星期六）上午10时至10时23分",
        SPA,
        ["2026年9月19日"],
    ),
    (
        "t02",
        "date",
        "宁安 平战结合 补贴 申报 时间",
        "每年11月1日至11月30日向市人防办申报，次年1月底前拨付",
        NAF,
        ["每年11月1日至11月30日"],
    ),
    ("t03", "date", "秦安抗震改造补助办法从哪天开始实行？", "2026年2月1日", QAB, ["2026年2月1日"]),
    (
        "t04",
        "date",
        "南江村志编篡今年申报截止到什么时候？",
        "2026年9月30日前报县地方志编纂中心",
        NJT,
        ["2026年9月30日前"],
    ),
    (
        "t05",
        "date",
        "柞水 三级 社会体育指导员 培训班 时间 地点",
        "2026年7月6日至7月10日，柞水县全民健身中心三楼多功能厅",
        ZSD,
        ["2026年7月6日至7月10日"],
    ),
    (
        "t06",
        "date",
        "赫章学校场地开放补助第一笔60%什么时候拨？",
        "2026年4月30日前拨付60%，年度考核合格后拨付40%",
        HZX,
        ["2026年4月30日前拨付60%"],
    ),
    (
        "t07",
        "date",
        "灵山暑期青少年体育免费培训几号开始几号结束？",
        "2026年7月13日至8月14日，每周一至周五下午",
        LSD,
        ["2026年7月13日至8月14日"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "遂平 易地建设费 减免 申请 材料 时限",
        "施工许可前向县人防办申请：减免申请书、立项批复或备案文件、建设工程规划许可证，民办非营利单位另附民办非企业单位"
        "登记证书；7个工作日内作出决定",
        SPJ,
        ["民办非企业单位登记证书", "7个工作日内作出决定"],
    ),
    (
        "p02",
        "procedure",
        "宁安平战结合补贴的申报表怎么交？交到哪？要附什么？",
        "一式三份，11月30日前报市人防办工程管理科（市政务服务中心四楼408室）；附平时使用证复印件、收费公示照片和全年开放记录",
        NAX,
        ["一式三份", "408室"],
    ),
    (
        "p03",
        "procedure",
        "秦安 地震台 保护范围 内 要 搞建设 怎么办",
        "事先征得县地震局同意，并承担增建抗干扰设施或者迁建监测设施的费用",
        QAN,
        ["征得县地震局同意"],
    ),
    (
        "p04",
        "procedure",
        "通山 档案数字化 扫描 分辨率 验收 要求",
        "纸质档案不低于200dpi，彩色不低于300dpi，成果须经县档案馆验收",
        TSB,
        ["200dpi", "300dpi"],
    ),
    (
        "p05",
        "procedure",
        "南江把老档案捐给档案馆以后，多久能鉴定出结果？",
        "县档案馆自接收之日起30日内组织鉴定，并书面告知捐赠人",
        NJB,
        ["30日内"],
    ),
    (
        "p06",
        "procedure",
        "赫章的学校想申请体育场地开放补助，申请表什么时候交，要附哪些材料？",
        "一式两份，每年1月31日前报县教育科技局体育卫生艺术股；附开放时段公示照片、安全应急预案和上年度开放记录",
        HZD,
        ["1月31日前", "安全应急预案"],
    ),
    (
        "p07",
        "procedure",
        "灵山 赛事奖励 申请 时限 材料",
        "赛事结束后3个月内向县文化体育和旅游局申请：赛事批复或备案文件、参赛名单、赛事总结、财务审计报告",
        LSB,
        ["3个月内", "财务审计报告"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "在遂平盖商品房小区，人防易地建设费能减免吗？",
        "不能：商业住宅不予减免",
        SPJ,
        ["不予减免"],
    ),
    (
        "y02",
        "yesno",
        "遂平9月试鸣防空警报的时候，老百姓要躲到地下室去吗？",
        "不必：保持正常生产生活秩序，不必进入防空地下室",
        SPA,
        ["不必进入防空地下室"],
    ),
    (
        "y03",
        "yesno",
        "宁安的地下人防工程能租来存放烟花爆竹吗？",
        "不能：不得用于生产、储存易燃易爆和有毒有害物品",
        NAF,
        ["易燃易爆"],
    ),
    (
        "y04",
        "yesno",
        "秦安已经拿过农村危房改造补助了，还能再申请抗震改造补助吗？",
        "不能：已享受农村危房改造补助的不重复享受",
        QAB,
        ["不重复享受本补助"],
    ),
    (
        "y05",
        "yesno",
        "通山 机关档案 可以 拿到 外包公司 去扫描 吗",
        "不能：须在本单位档案室或县档案馆指定场所进行，档案不得带离",
        TSB,
        ["档案不得带离"],
    ),
    (
        "y06",
        "yesno",
        "南江老家谱想寄存在档案馆，所有权还是我自己的，有奖励吗？",
        "没有：寄存不予奖励",
        NJB,
        ["寄存不予奖励"],
    ),
    (
        "y07",
        "yesno",
        "柞水的社会体育指导员这个月只服务了6次，还能拿补贴吗？",
        "不能：每月不足8次的当月不予补贴",
        ZSB,
        ["当月不予补贴"],
    ),
    (
        "y08",
        "yesno",
        "赫章学校操场晚上对外开放要收钱吗？",
        "不收：室外场地免费开放",
        HZB,
        ["室外场地免费开放"],
    ),
    (
        "y09",
        "yesno",
        "灵山政府全额出钱办的比赛，承办的公司能拿赛事奖励吗？",
        "不能：政府全额出资的赛事不予奖励",
        LSB,
        ["政府全额出资的赛事不予奖励"],
    ),
    # traditional script: two in Cantonese
    (
        "c01",
        "traditional",
        "我哋協會喺靈山搞咗個自治區級嘅龍舟賽，縣裏有冇獎勵㗎？有幾多錢？",
        "自治區級賽事獎勵5萬元；參賽1000人以上另獎3萬元",
        LSB,
        ["自治区级赛事奖励5万元"],
    ),
    (
        "c02",
        "traditional",
        "我個仔今年10歲，喺靈山讀小學，暑假嗰個免費體育培訓幾時報名㗎？",
        "2026年7月1日至7月5日經「靈山體育」公眾號報名",
        LSD,
        ["2026年7月1日至7月5日"],
    ),
    (
        "c03",
        "traditional",
        "南江縣捐贈一級珍貴檔案，每件獎勵多少錢？",
        "每件獎勵2000元",
        NJB,
        ["每件奖励2000元"],
    ),
    (
        "c04",
        "traditional",
        "秦安縣農村民居拆除重建，每戶補助多少？",
        "每戶補助2.5萬元",
        QAB,
        ["每户补助2.5万元"],
    ),
    (
        "c05",
        "traditional",
        "寧安市人防工程平時作公共停車場向社會開放，每平方米每年補貼多少？",
        "每平方米每年補貼10元，單個工程每年最高15萬元",
        NAF,
        ["每平方米每年补贴10元"],
    ),
    # unanswerable: planned-only regions, a neighbouring year, batch or games
    ("u01", "unanswerable", "上蔡县人防易地建设费减免标准是什么？", "应拒答：上蔡只是拟于年内出台", "-", []),
    (
        "u02",
        "unanswerable",
        "穆棱市 人防工程 平战结合 补贴 每平方米",
        "应拒答：穆棱只是计划明年出台",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "张家川县农村民居抗震改造每户补助多少？",
        "应拒答：张家川只是将于明年启动",
        "-",
        [],
    ),
    ("u04", "unanswerable", "通城县档案数字化每页补多少钱？", "应拒答：通城只是拟于明年出台", "-", []),
    ("u05", "unanswerable", "恩阳区 村志 编纂 补助 标准", "应拒答：恩阳区只是将于明年启动", "-", []),
    (
        "u06",
        "unanswerable",
        "山阳县社会体育指导员每次服务补贴多少？",
        "应拒答：山阳只是计划下半年出台",
        "-",
        [],
    ),
    ("u07", "unanswerable", "纳雍县学校体育场地开放每所补助多少？", "应拒答：纳雍只是拟于明年推行", "-", []),
    ("u08", "unanswerable", "钦北区 社会力量 办赛 奖励 标准", "应拒答：钦北只是将于年内出台", "-", []),
    ("u09", "unanswerable", "遂平县2025年防空警报试鸣是哪天？", "应拒答：只有2026年的试鸣通告", "-", []),
    (
        "u10",
        "unanswerable",
        "通山县档案数字化补助第二批分配了多少钱？",
        "应拒答：分配表只有第一批",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "灵山县运动员在全国运动会上拿了第一名奖励多少？",
        "应拒答：办法只规定自治区运动会获奖奖励",
        "-",
        [],
    ),
]


def html_decode(data: bytes) -> str:
    """A byte-order mark first (UTF-16 LE or BE, UTF-8), else the charset its <meta> names: gbk / gb2312 read
    as GB18030, UTF-8 when it names none."""
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8")):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec)
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:2000])
    charset = m.group(1).decode().lower() if m else "utf-8"
    return data.decode("gb18030" if charset in ("gb2312", "gbk") else charset)


def html_text(data: bytes) -> str:
    return strip_html(html_decode(data))


ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}


def odf_inline(el: Any) -> str:
    """A text:p / text:h's text: its spans entered, text:s as that many spaces, text:tab a tab,
    text:line-break
    a line break."""
    out = [el.text or ""]
    for child in el:
        name = etree.QName(child).localname
        if name == "s":
            out.append(" " * int(child.get(f"{{{ODF['text']}}}c", "1")))
        elif name == "tab":
            out.append("\t")
        elif name == "line-break":
            out.append("\n")
        else:
            out.append(odf_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def fodt_text(data: bytes) -> str:
    """A line per text:h and text:p of office:body in document order (table cells' paragraphs among them)."""
    root = etree.fromstring(data)
    body = root.find("office:body", ODF)
    return "\n".join(odf_inline(p) for p in body.iter(f"{{{ODF['text']}}}p", f"{{{ODF['text']}}}h"))


def fods_text(data: bytes) -> str:
    """A line per table:table-row: its cells' displayed text (their text:p) joined by tabs, covered and empty
    cells left out."""
    root = etree.fromstring(data)
    lines = []
    for row in root.iter(f"{{{ODF['table']}}}table-row"):
        cells = []
        for cell in row.findall("table:table-cell", ODF):
            shown = "\n".join(odf_inline(p) for p in cell.findall("text:p", ODF))
            if shown:
                cells.append(shown)
        if cells:
            lines.append("\t".join(cells))
    return "\n".join(lines)


A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def drawing_paragraphs(xml: bytes) -> list[str]:
    """Each a:p of a DrawingML part (text boxes, shapes, a chart's rich title): its a:t runs joined."""
    root = etree.fromstring(xml)
    return ["".join(t.text or "" for t in p.iter(f"{A}t")) for p in root.iter(f"{A}p")]


def xlsx_text(data: bytes) -> str:
    """The worksheets by openpyxl (a line per row, non-empty cells joined by tabs), then the text of every
    drawing part's shapes and text boxes (xl/drawings/drawingN.xml), a line per a:p."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(v) for v in row if v not in (None, "")]
            if cells:
                lines.append("\t".join(cells))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in sorted(n for n in z.namelist() if re.match(r"xl/drawings/drawing\d+\.xml$", n)):
            lines += drawing_paragraphs(z.read(name))
    return "\n".join(lines)


C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def chart_lines(xml: bytes) -> list[str]:
    """A chart part's cached text: its title, then per series its name and a line per point, the category
    and the value as the cache's format code shows it (0"名" → 200名)."""
    root = etree.fromstring(xml)
    lines = []
    title = root.find(f".//{C}title")
    if title is not None:
        lines += drawing_paragraphs(etree.tostring(title))
    for ser in root.iter(f"{C}ser"):
        name = ser.find(f"{C}tx//{C}v")
        if name is not None:
            lines.append(name.text or "")
        cats = {p.get("idx"): p.findtext(f"{C}v") for p in ser.iterfind(f"{C}cat//{C}pt")}
        cache = ser.find(f"{C}val//{C}numCache")
        if cache is None:
            continue
        fmt = cache.findtext(f"{C}formatCode") or "General"
        literal = "".join(re.findall(r'"([^"]*)"', fmt))
        for p in cache.iterfind(f"{C}pt"):
            value = p.findtext(f"{C}v") or ""
            if re.fullmatch(r"-?\d+\.0+", value):
                value = value.split(".")[0]
            lines.append(f"{cats.get(p.get('idx'), '')}\t{value}{literal}")
    return lines


def docx_text(data: bytes) -> str:
    """.docx and .dotx by zipfile: the main part (through _rels/.rels, whatever its content type) a line per
    w:p, then each chart part it links to (…/relationships/chart) as its cached text."""
    lines = docx_lines(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = next(t for k, t in part_rels(z, "").values() if k.endswith("/officeDocument"))
        for kind, target in part_rels(z, main).values():
            if kind.endswith("/chart"):
                lines += chart_lines(z.read(target))
    return "\n".join(lines)


def biff12_records(data: bytes) -> list[tuple[int, bytes]]:
    """BIFF12 records: a type of one or two 7-bit bytes, a size of up to four, the payload."""
    out, i = [], 0
    while i < len(data):
        rtype = data[i]
        i += 1
        if rtype & 0x80:
            rtype = (rtype & 0x7F) | ((data[i] & 0x7F) << 7)
            i += 1
        size = shift = 0
        for _ in range(4):
            b = data[i]
            i += 1
            size |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        out.append((rtype, data[i : i + size]))
        i += size
    return out


def wide_string(payload: bytes, at: int) -> str:
    n = struct.unpack_from("<I", payload, at)[0]
    return payload[at + 4 : at + 4 + 2 * n].decode("utf-16-le")


def rk_number(raw: int) -> float:
    value = (
        float(raw >> 2) if raw & 0x02 else struct.unpack("<d", struct.pack("<Q", (raw & 0xFFFFFFFC) << 32))[0]
    )
    return value / 100 if raw & 0x01 else value


def xlsb_text(data: bytes) -> str:
    """An .xlsb by zipfile and its records: the shared strings (BrtSSTItem), then each sheet the workbook's
    BrtBundleSh names (through xl/_rels/workbook.bin.rels) a line per row (BrtRowHdr), its cells —
    BrtCellIsst,
    BrtCellSt, BrtCellRk, BrtCellReal — joined by tabs, an integral number as an integer."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        strings = [wide_string(p, 1) for t, p in biff12_records(z.read("xl/sharedStrings.bin")) if t == 0x13]
        targets = {i: t for i, (_, t) in part_rels(z, "xl/workbook.bin").items()}
        lines = []
        for rtype, payload in biff12_records(z.read("xl/workbook.bin")):
            if rtype != 0x9C:
                continue
            rel = wide_string(payload, 8)
            row: list[str] = []
            for t, p in biff12_records(z.read(targets[rel])):
                if t == 0x00 or t == 0x92:
                    if row:
                        lines.append("\t".join(row))
                    row = []
                elif t == 0x07:
                    row.append(strings[struct.unpack_from("<I", p, 8)[0]])
                elif t == 0x06:
                    row.append(wide_string(p, 8))
                elif t in (0x02, 0x05):
                    value = (
                        rk_number(struct.unpack_from("<I", p, 8)[0])
                        if t == 0x02
                        else struct.unpack_from("<d", p, 8)[0]
                    )
                    row.append(str(int(value)) if value.is_integer() else str(value))
    return "\n".join(lines)


def txt_decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def targz_text(data: bytes) -> str:
    """A .tar.gz by tarfile: each regular member, in order, its name on a line and its text (UTF-8, else
    GB18030) after it."""
    out = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            if member.isfile():
                f = tar.extractfile(member)
                assert f is not None
                out += [member.name, txt_decode(f.read())]
    return "\n".join(out)


def reader(rel: str) -> Callable[[bytes], str]:
    name = Path(rel).name
    if re.search(r"\.(html|do)$|\.jsp\?", name):
        return html_text
    for suffix, read in (
        (".tar.gz", targz_text),
        (".fodt", fodt_text),
        (".fods", fods_text),
        (".xlsx", xlsx_text),
        (".xlsb", xlsb_text),
        (".docx", docx_text),
        (".dotx", docx_text),
        (".dps", ppt_text),
        (".pdf", pdf_text),
    ):
        if name.endswith(suffix):
            return read
    raise AssertionError(rel)


def doc_text(rel: str) -> str:
    """A document's text as decoded from its bytes (see the module's docstring)."""
    return reader(rel)((md.DOCS / rel).read_bytes())


def raw(doc: str) -> bytes:
    return (md.DOCS / doc_path(doc)).read_bytes()


def zpart(doc: str, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw(doc))) as z:
        return z.read(name)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ONLY = {
    SPJ: ["7个工作日内作出决定", "产业集聚区"],
    SPA: ["2026年9月19日", "鸣6秒、停6秒", "5分钟内疏散"],
    NAF: ["单个工程每年最高15万元", "每年另补维护费5000元", "15日内完成平战转换"],
    NAX: ["一式三份", "408室", "竣工测绘报告"],
    NAD: ["56000元"],
    TSF: [str(md.ts_total()), "港路村"],
    NJT: ["2026年9月30日前", "首批确定10个村"],
    ZSD: ["2026年7月6日至7月10日", "32学时"],
    HZX: [str(md.hz_total()), "2026年4月30日前拨付60%"],
    HZD: ["1月31日前", "不少于2名管理人员", "安全应急预案"],
    LSD: ["200名", "2026年7月13日至8月14日", "2026年7月1日至7月5日"],
    QAP: ["1138户", "1962万元"],
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
    final, draft = doc_text(doc_path(LSB)), doc_text(doc_path(LSQ))
    assert "全国性赛事奖励10万元" in final and "全国性赛事奖励8万元" in draft and "8万元" not in final
    assert "参赛人数1000人以上" in final and "参赛人数2000人以上" in draft
    assert "2026年4月1日起施行" in final and "2026年1月1日起施行" in draft
    # the 转载 repeats the 办法's first three articles and not the rest
    repost = doc_text(doc_path(N6))
    items = md.J(md.ZS_BODY)
    assert all(a in repost for a in items[:3]) and not any(a in repost for a in items[3:])
    # a page saved under its URL's name: no .html, the query string in the file name
    assert "?" in doc_path(SPJ) and not doc_path(SPJ).endswith(".html")
    assert Path(doc_path(SPJ)).suffix == ".jsp?infoid=21573" and b'var infoid = "21573"' in raw(SPJ)
    # the IE “Unicode” page: UTF-16 LE after a BOM, charset=unicode, CRLF, the saved-from-url mark's length
    page = raw(SPA)
    assert page.startswith(b"\xff\xfe") and not_utf8(page) and "2026年9月19日".encode() not in page
    html = page[2:].decode("utf-16-le")
    assert "charset=unicode" in html and "\n" not in html.replace("\r\n", "")
    m = re.search(r"saved from url=\((\d{4})\)(\S+) -->", html)
    assert m and int(m.group(1)) == len(m.group(2))
    # the Flat ODF text: one XML file, figures cut by text:spans, the 补贴标准 a table:table
    fodt = raw(NAF)
    assert fodt.startswith(b"<?xml") and not zipfile.is_zipfile(io.BytesIO(fodt))
    root = etree.fromstring(fodt)
    assert root.get(f"{{{ODF['office']}}}mimetype") == "application/vnd.oasis.opendocument.text"
    assert root.find(".//table:table", ODF) is not None and b"<text:span" in fodt
    assert "每平方米每年补贴10元".encode() not in fodt and "每平方米每年补贴10元" in doc_text(doc_path(NAF))
    # the .xlsx: the 填表说明 only in a text box of the drawing linked from the sheet
    assert b'r:id="rId1"' in zpart(NAX, "xl/worksheets/sheet1.xml")
    assert b"relationships/drawing" in zpart(NAX, "xl/worksheets/_rels/sheet1.xml.rels")
    drawing = zpart(NAX, "xl/drawings/drawing1.xml")
    assert b'txBox="1"' in drawing and "一式三份".encode() in drawing and "408室".encode() not in drawing
    wb = openpyxl.load_workbook(io.BytesIO(raw(NAX)))
    cells = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert "填表说明" not in cells and "一式三份" not in cells
    # the .do: GBK, as the platform serves it
    do = raw(NAD)
    assert doc_path(NAD).endswith(".do") and not_utf8(do) and b"charset=GBK" in do
    # the Flat ODF spreadsheet: a spanned title, covered cells, the 合计 a SUM formula with its value
    fods = raw(TSF)
    root = etree.fromstring(fods)
    assert root.get(f"{{{ODF['office']}}}mimetype") == "application/vnd.oasis.opendocument.spreadsheet"
    assert b"table:covered-table-cell" in fods and b'table:number-columns-spanned="8"' in fods
    assert (
        f'table:formula="of:=SUM([.G3:.G12])" office:value-type="float" '
        f'office:value="{md.ts_total()}"'.encode()
        in fods
    )
    # the .tar.gz: gzip without a file name and with a fixed time, a GNU tar of UTF-8 names, nothing readable
    tgz = raw(NJT)
    assert (
        tgz[:3] == b"\x1f\x8b\x08" and tgz[3] & 0x08 == 0 and struct.unpack_from("<I", tgz, 4)[0] == md.EPOCH
    )
    assert "2026年9月30日前".encode() not in tgz
    with tarfile.open(fileobj=io.BytesIO(tgz), mode="r:gz") as tar:
        members = tar.getmembers()
    assert [m.type for m in members] == [tarfile.DIRTYPE, tarfile.REGTYPE, tarfile.REGTYPE]
    assert all(m.mtime == md.EPOCH and "村志" in m.name for m in members)
    assert b"ustar  \x00" in gzip.decompress(tgz)[:512]
    # the .dps: a PowerPoint 97-2003 binary (OLE2, Current User and PowerPoint Document, TextCharsAtoms)
    dps = raw(ZSD)
    assert dps.startswith(OLE) and not zipfile.is_zipfile(io.BytesIO(dps))
    ole = olefile.OleFileIO(io.BytesIO(dps))
    assert ole.exists("Current User") and ole.exists("PowerPoint Document")
    kinds = [k for k, _ in ppt_records(ole.openstream("PowerPoint Document").read())]
    assert 0x0FA0 in kinds and 0x0FA8 in kinds and 0x03F3 in kinds and 0x0FF5 in kinds
    # the .xlsb: BIFF12 parts, no worksheet XML, the 合计 an RK number, the strings UTF-16 in records
    with zipfile.ZipFile(io.BytesIO(raw(HZX))) as z:
        names = z.namelist()
        parts = {n: z.read(n) for n in names}
    assert "xl/workbook.bin" in names and not any(n.startswith("xl/") and n.endswith(".xml") for n in names)
    assert b"application/vnd.ms-excel.sheet.binary.macroEnabled.main" in parts["[Content_Types].xml"]
    assert not any(str(md.hz_total()).encode() in body for body in parts.values())
    assert md.HZ_NOTE.encode("utf-16-le") in parts["xl/sharedStrings.bin"]
    sheet = biff12_records(parts["xl/worksheets/sheet1.bin"])
    assert sheet[0][0] == 0x81 and sheet[-1][0] == 0x82
    rk = [struct.unpack_from("<I", p, 8)[0] for t, p in sheet if t == 0x02]
    assert (md.hz_total() << 2) | 2 in rk
    # the .dotx: a template's main content type, app.xml naming its template
    assert b"wordprocessingml.template.main+xml" in zpart(HZD, "[Content_Types].xml")
    assert b"<Template>Normal.dotm</Template>" in zpart(HZD, "docProps/app.xml")
    # the chart .docx: the 名额 only in the chart part's caches, the workbook an external link, not embedded
    document = zpart(LSD, "word/document.xml")
    assert b"<c:chart " in document and "游泳项目".encode() in document and b">200<" not in document
    chart = zpart(LSD, "word/charts/chart1.xml")
    assert b"<c:v>200</c:v>" in chart and b"<c:externalData" in chart
    assert b'TargetMode="External"' in zpart(LSD, "word/charts/_rels/chart1.xml.rels")
    with zipfile.ZipFile(io.BytesIO(raw(LSD))) as z:
        assert not any("embeddings" in n for n in z.namelist())
    # the two-column PDF: in stream order the left column comes whole, laid out the columns interleave
    pdf = pypdf.PdfReader(io.BytesIO(raw(QAP))).pages[0]
    stream_order = pdf.extract_text()
    assert (
        stream_order.index("抗震改造进展顺利")
        < stream_order.index("观测环境专项检查")
        < stream_order.index("知识进校园")
    )
    layout = pdf.extract_text(extraction_mode="layout").splitlines()
    assert any("抗震改造进展顺利" in line and "知识进校园" in line for line in layout)


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
