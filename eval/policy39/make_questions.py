"""Writes eval/policy39/questions.jsonl: questions over eval/policy39/docs (林长制与生态护林员、畜禽粪污资
源化利用与粪肥还田、稻渔综合种养 of eight counties of central and east China), written before citeqa was
run on them, as chat users relay their own situation, as agents send keyword queries and as analysts ask
which regions. The chat users' questions carry the asker's situation first, in their own words (52岁 and
2800亩山 and 4口人, 46岁 and 1.2万亩林子, 49岁 and 2600来亩 and 巡了23次, 出栏1500头 and 四十多万, 180亩地
and 1.5吨 and 一台拖拉机, 存栏260头, 流转5年 and 环沟占8%, 七八年 and 快两成 and 9%) and figures that are
not the answer (17天 where it is 650元, 4月 where it is 2800元, 3月18号 where it is 1700元, 300平方 500方
8万 where it is 119000元, 120亩 60亩 where it is 6600元, 60方 40方 30亩 where it is 9500元, 180亩 2.4万
where it is 61200元, 260亩 where it is 7万元), with typos and homophones (护林圆, 储粪蓬, 厌养池, 奖不, 巡
户) and local words (山场 for 林地, 沼水 for 沼液, 大粪, 虾稻田, 龙虾 for 小龙虾, 方 for 立方米). Several
are answered only by a 12345 / 县长信箱 / 领导留言板 reply (650元, 2800元, 1700元, 119000元, 6600元,
9500元, 61200元, 7万元), some only by a new kind of file (the .enex's 386块, 7个工作日内办结 and
0566-6021110; the .po's 奖励500元, 不计入考核, 不少于5公里 and 0796-5702119; the .har's 每立方米25元, 30个
工作日内 and 免收; the .warc's 2026年6月15日 and 500亩以上; the .tex's 18.6% and 512), the GB18030 .txt (临
沂绿源生态农业服务有限公司), the UTF-16 .txt (4月20日前), the GBK .txt (禁养区, 50至499头), a 政策解读
(每5000亩, 42.6万亩, 12月底前), the 办事指南 (17号窗口, 环评批复) or the 繁體 page (勞務報酬每人每月1200元,
獎勵5萬元, 一票否決). The agents' queries are terse (「宜阳 粪污 设施 改造 项目 完工 期限」). Regions are
named by the county's name, full or short (屏南, 石台, 万安, 宜阳, 沂南, 宁远, 石首, 盱眙), the analysts'
questions by prefecture (宁德, 池州, 吉安, 洛阳, 临沂, 永州, 荆州, 淮安). Five questions are in traditional
script (three on the 繁體 page, whose keys are in traditional script as OpenCC s2tw writes them; the page
itself was written by hand). The keys are what a correct answer must contain, written as the documents
write them; where a figure is written two ways in a document, both are listed (7万元 / 70000元).

Each measure is stated by one region's documents and a roundup that also names a second region having done
it (贵池区, 峡江县, 井冈山市, 周宁县, 寿宁县, 伊川县, 汝阳县, 蒙阴县, 莒南县, 蓝山县, 洪湖市, 公安县, 淮阴
区); the roundups name regions that have only planned a measure (新干, 柘荣, 洛宁, 平邑, 双牌, 江陵: in no
expected list), regions named in passing (青原, 栾川, 郯城, 新田, 清江浦) and regions that did something
else instead of the measure a question asks (永丰, 嵩县, 临沭, 江华: in no expected list, each named in the
roundup the question lists). The unanswerable questions ask five planned regions, or a neighbour of what a
document states (屏南's 巡护装备补助, which only the 征求意见稿 had; 沂南's 补贴 of another year, 2025; 宜
阳's subsidy for another item, 商品有机肥; 临沭's 粪肥还田 补贴, a measure the roundup says it does not
have; 万安's 村级林长 补助 and 盱眙's 小龙虾 保险 保额, amounts the documents do not give).

``python -m eval.policy39.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv (not with citeqa, nor any reader of
the earlier collections):
- .html by a byte-order mark, else the charset its <meta> names (gbk read as GB18030), tags stripped;
- .docx by zipfile: word/document.xml a line per w:p (table cells are paragraphs); an empty file has no
  text;
- .pdf by pypdf, a page's lines joined; .txt by its byte-order mark (UTF-16, UTF-8), else UTF-8, else
  GB18030;
- .enex by lxml: per note its title, then its <content>'s ENML (the CDATA text) with blocks as lines, tags
  stripped and references resolved;
- .warc by hand: record by record (WARC/1.0, headers, Content-Length, the block, CRLF CRLF), each response
  of msgtype=response split into its HTTP head and body, the body de-chunked when Transfer-Encoding is
  chunked and decoded by the charset of the HTTP Content-Type (GBK read as GB18030), HTML stripped;
- .har by json: per entry its response content's text (base64-decoded when "encoding" is base64), JSON
  bodies parsed and every string value in order, HTML stripped; images and empty bodies skipped;
- .po by hand: per entry (the header and obsolete #~ entries skipped, fuzzy ones kept) its msgid,
  msgid_plural and msgstr strings, continued quoted lines joined and C escapes resolved;
- .tex by regular expressions: % comments dropped, the title, author and date, then the document body with
  \\textbf / \\caption / \\section kept as their text, \\footnote kept in brackets in place, \\% as %,
  tabular cells joined by spaces, a paragraph's lines joined (without a space beside a Chinese character).

It checks the expected regions, planned-only, passing and similar ones as above, that each planned-only
region is named beside 拟, 将 or 计划 in a roundup, that the kinds number as planned, that each new kind of
file alone answers at least two questions, and the files' peculiarities: the 征求意见稿 against its final
text; the duplicate (the same bytes under “ - 副本”); the empty 附件 (0 bytes); the two 政策解读.html (one
name, two folders); the GBK .txt (CRLF); the GB18030 .txt (CRLF, a name GBK cannot write); the UTF-16 .txt
(LE byte-order mark, CRLF); the .docx (two tables, the units in the header row only); the PDF (three pages,
its wrap cutting 每立方米1 | 00元); the 繁體 page (zh-TW, its furniture traditional too); the .enex (one
note, ENML in CDATA, an en-media whose hash is its resource's MD5, the bold run and the highlight cutting
386块 and the phone number); the .warc (its record types in order, every Content-Length and block digest
right, the 301, the GBK body with no <meta> charset, chunks cutting the date and the phone number); the
.har (HAR 1.2, five entries, the Gson escapes, the base64 JSON entry, the PNG, the 204 without text); the
.po (the header's Plural-Forms, one msgid under two msgctxt, a fuzzy entry with its previous msgid, a
plural entry, an obsolete entry whose 1000元 is not read, continued lines cutting 奖励500 | 元 and 0796-5 |
702119); the .tex (ctexart, booktabs, \\textbf{3.2}万亩, 18.6\\%, a % comment keeping 3.0万亩 that is not
read, footnotes)."""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import re
import zipfile
from pathlib import Path

import opencc
import pypdf
from lxml import etree

from eval import policy_make as make
from eval.policy39 import make_docs as md
from eval.policy_make import Documents, both, doc_path, not_utf8

_S2TW = opencc.OpenCC("s2tw")
_T2S = opencc.OpenCC("t2s")
t = _S2TW.convert  # a key of the 繁體 page, as that page writes it

PNB = f"福建/屏南县/{md.PN_TITLE}.html"
PNC = f"福建/屏南县/{md.PN_TITLE} - 副本.html (the same page under a copy's name)"
PNQ = (
    f"福建/屏南县/{md.PN_DRAFT_TITLE}.html"
    " (征求意见稿: 900元, 22天, 40元, 400元, 装备补助200元, 2026年3月1日)"
)
PNR = f"福建/屏南县/12345 {md.PN_REPLY_Q}.html"
STD = f"安徽/石台县/{md.ST_DOCX} (two tables, units in the header row)"
STE = f"安徽/石台县/{md.ST_ENEX} (印象笔记 export, ENML in CDATA, a bold run and a highlight cutting figures)"
STJ = "安徽/石台县/政策解读.html (named like 石首's)"
STR = f"安徽/石台县/县长信箱 {md.ST_REPLY_Q}.html"
WAP = f"江西/万安县/{md.WA_PO} (gettext catalogue, continued msgstr lines cutting 500元 and a phone number)"
WAT = f"江西/万安县/{md.WA_TRAD_TITLE}（繁體版）.html (traditional script, written by hand)"
WAR = f"江西/万安县/12345 {md.WA_REPLY_Q}.html"
YYP = f"河南/宜阳县/{md.YY_PDF} (hard-wrapped PDF, 每立方米1 / 00元)"
YYG = "河南/宜阳县/办事指南.html (key-value rows)"
YYH = f"河南/宜阳县/{md.YY_HAR} (HTTP archive, Gson-escaped JSON, a base64 entry)"
YYR = f"河南/宜阳县/12345 {md.YY_REPLY_Q}.html"
YNB = f"山东/沂南县/{md.YN_TITLE}.html"
YNT = f"山东/沂南县/{md.YN_TEX} (LaTeX report, \\textbf and \\% cutting figures)"
YNX = f"山东/沂南县/{md.YN_TXT} (GB18030, CRLF, space-aligned)"
YNR = f"山东/沂南县/领导留言板 {md.YN_REPLY_Q}.html"
NYX = f"湖南/宁远县/{md.NY_TXT} (GBK, CRLF)"
NYR = f"湖南/宁远县/12345 {md.NY_REPLY_Q}.html"
SSB = f"湖北/石首市/{md.SS_TITLE}.html"
SSJ = "湖北/石首市/政策解读.html (named like 石台's)"
SSW = f"湖北/石首市/{md.SS_WARC} (web archive, a GBK response in chunks cutting a date and a phone number)"
SSX = f"湖北/石首市/{md.SS_TXT} (UTF-16 LE, CRLF)"
SSR = f"湖北/石首市/领导留言板 {md.SS_REPLY_Q}.html"
XYB = f"江苏/盱眙县/{md.XY_TITLE}.html"
XYE = f"江苏/盱眙县/{md.XY_EMPTY} (empty)"
XYR = f"江苏/盱眙县/12345 {md.XY_REPLY_Q}.html"
N1, N2, N3, N4 = (f"新闻/{title}.html" for title, _ in md.NEWS)

PLANNED = ["新干", "柘荣", "洛宁", "平邑", "双牌", "江陵"]
PASSING = ["青原", "栾川", "郯城", "新田", "清江浦"]
# regions a roundup says have done something else instead of the measure a question asks
SIMILAR = ["永丰", "嵩县", "临沭", "江华"]
NEIGHBOURS = ("u06", "u07", "u08", "u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only,
    # passing and similar regions are in no list
    ("r01", "regions", "池州哪些县区已经给村级林长发工作补助了？", ["石台县", "贵池区"], both(STD, N1), []),
    (
        "r02",
        "regions",
        "吉安哪些县已经推行“林长+警长”了？只设了森林警务室的不算",
        ["万安县", "峡江县"],
        both(WAT, N1),
        [],
    ),
    ("r03", "regions", "吉安 护林员 巡护轨迹 纳入考核 县市", ["万安县", "井冈山市"], both(WAT, N1), []),
    (
        "r04",
        "regions",
        "宁德哪些县对生态护林员巡护天数不够的扣报酬？还在计划的不算",
        ["屏南县", "周宁县"],
        both(PNB, N2),
        [],
    ),
    ("r05", "regions", "宁德 生态护林员 意外伤害保险 已购买 县", ["屏南县", "寿宁县"], both(PNB, N2), []),
    (
        "r06",
        "regions",
        "洛阳哪些县对规模养猪场粪污处理设施改造给补助？病死猪无害化处理补助的不算",
        ["宜阳县", "伊川县"],
        both(YYP, N3),
        [],
    ),
    ("r07", "regions", "洛阳 散养密集村 粪污集中收集点 建设 县", ["宜阳县", "汝阳县"], both(YYP, N3), []),
    (
        "r08",
        "regions",
        "临沂哪些县给粪肥还田按亩发补贴？买商品有机肥给补贴的不算",
        ["沂南县", "蒙阴县"],
        both(YNB, N3),
        [],
    ),
    (
        "r09",
        "regions",
        "临沂 粪肥还田 社会化服务主体 撒施机 补助 县",
        ["沂南县", "莒南县"],
        both(YNB, N3),
        [],
    ),
    (
        "r10",
        "regions",
        "永州哪些县对养殖户建沉淀池、厌氧池这些“三池”给补助？光发菌剂的不算",
        ["宁远县", "蓝山县"],
        both(NYX, N3),
        [],
    ),
    (
        "r11",
        "regions",
        "荆州哪些县市对新建虾稻田、稻渔基地按亩奖补？只要已经实施的",
        ["石首市", "洪湖市"],
        both(SSB, N4),
        [],
    ),
    ("r12", "regions", "荆州 稻渔 投饵机 增氧机 购置补助 县市", ["石首市", "公安县"], both(SSB, N4), []),
    ("r13", "regions", "淮安哪些县区对老稻虾田压沟扩田改造给奖补？", ["盱眙县", "淮阴区"], both(XYB, N4), []),
    # numbers: a chat user's own case (the reply reckons it), a keyword query, a table's cell, a new kind of
    # file
    (
        "n01",
        "number",
        "我52岁，在屏南熙岭乡当生态护林员，管着村后2800亩山场，家里4口人。5月份家里插秧只巡了17天，月中还看到有人"
        "偷砍毛竹没及时报，5月份护林员工资能拿多少？",
        "1000\u22123×50\u2212200=650元（每少1天扣50元，未及时报告扣200元）",
        both(PNR, PNB),
        ["650元"],
    ),
    (
        "n02",
        "number",
        "屏南 生态护林员 劳务报酬 每月 标准",
        "每人每月1000元（征求意见稿为900元），按月考核、按季发放",
        PNB,
        ["1000元"],
    ),
    (
        "n03",
        "number",
        "我46岁，今年4月原来的书记调走了，我接任石台仙寓镇一个村的支书，兼村级林长，村里1.2万亩林子，年底考核评了"
        "优秀，今年林长补助加奖励一共能拿多少？",
        "2400÷12×9=1800元＋考核优秀奖励1000元=2800元",
        both(STR, STD),
        ["2800元"],
    ),
    (
        "n04",
        "number",
        "石台 村级护林员 补助 每月 多少",
        "每人每月800元，按月考核发放（表中单位只在表头：补助标准（元））",
        STD,
        ["800"],
    ),
    (
        "n05",
        "number",
        "石台县一共立了多少块林长公示牌？",
        "截至2025年底共设立各级林长公示牌386块",
        STE,
        ["386块"],
    ),
    (
        "n06",
        "number",
        "我49岁，在万安韶口乡当护林圆，管一个网格2600来亩，3月18号巡山第一个发现对面山上冒烟报了火警，3月份巡了23次，"
        "这个月一共能拿多少钱？",
        "劳务报酬1200元＋火情首报奖励500元=1700元",
        both(WAR, WAT),
        ["1700元"],
    ),
    (
        "n07",
        "number",
        "万安 护林员 首先发现 森林火情 奖励 多少",
        "经县林业局核实，给予一次性奖励500元（msgstr 的续行把 500 / 元 拆开）",
        WAP,
        ["奖励500元"],
    ),
    (
        "n08",
        "number",
        "我在宜阳柳泉镇养猪，一年出栏1500头左右，今年新建了300平方的储粪蓬、500方的沼液池，又花8万买了台固液分离机，"
        "前后投了四十多万，能补多少钱？",
        "300×150＋500×100＋80000×30%=119000元（未超过30万元上限）",
        both(YYR, YYP),
        ["119000元"],
    ),
    (
        "n09",
        "number",
        "宜阳 养殖场 新建 沼液贮存池 补助标准 每立方米",
        "按每立方米100元补助（PDF 第1页，折行把 1 / 00元 拆开；储粪棚每平方米150元）",
        YYP,
        ["每立方米100元"],
        1,
    ),
    (
        "n10",
        "number",
        "宜阳散养户的大粪让服务队上门收，一方要交多少钱？",
        "收运服务费每立方米25元，脱贫户和防止返贫监测户免收",
        YYH,
        ["每立方米25元"],
    ),
    (
        "n11",
        "number",
        "我在沂南岸堤镇办家庭农场种了180亩地，秋播前找合作社给120亩地撒了腐熟鸡粪每亩1.5吨左右，另外60亩浇了沼水每亩4方，"
        "家里还有台拖拉机，能补多少钱？",
        "120×40＋60×30=6600元",
        both(YNR, YNB),
        ["6600元"],
    ),
    (
        "n12",
        "number",
        "沂南粪肥还田试点以后化肥少用了多少？",
        "化肥用量减少18.6%（每亩减少折纯4.1公斤）",
        YNT,
        ["18.6%"],
    ),
    (
        "n13",
        "number",
        "我在宁远天堂镇养猪，存栏260头，今年新挖了60方的沉淀池和40方的厌养池，沼水浇自家30亩脐橙园，签了消纳协议，"
        "能补多少？",
        "100×80=8000元＋30×50=1500元，合计9500元",
        both(NYR, NYX),
        ["9500元"],
    ),
    (
        "n14",
        "number",
        "我是石首调关镇一个水产合作社的，流转了5年的田，新建了180亩虾稻田，环沟占8%，还花2.4万买了2台增氧机，验收过了"
        "能拿多少奖补？",
        "180×300=54000元＋24000×30%=7200元，合计61200元",
        both(SSR, SSB),
        ["61200元"],
    ),
    (
        "n15",
        "number",
        "石首 2025年 稻渔综合种养 面积",
        "42.6万亩（其中稻虾共作38.1万亩）",
        SSJ,
        ["42.6万亩"],
    ),
    (
        "n16",
        "number",
        "我在盱眙马坝镇办家庭农场养了七八年龙虾，今年把260亩老虾田压沟扩田改完了，沟坑从快两成降到9%，稻米6月还拿了"
        "绿色食品认证，一共能拿多少奖不？",
        "260×200=52000元超过单个主体5万元上限，按5万元；绿色食品认证奖励2万元；合计7万元（70000元）",
        both(XYR, XYB),
        ["7万元", "70000元"],
    ),
    # dates
    (
        "d01",
        "date",
        "屏南护林员新办法从哪天开始执行？",
        "2026年4月1日（征求意见稿为2026年3月1日）",
        PNB,
        ["2026年4月1日"],
    ),
    (
        "d02",
        "date",
        "宜阳 粪污 设施 改造 项目 完工 期限",
        "项目须在2026年10月31日前完工（PDF 第2页）",
        YYP,
        ["2026年10月31日前"],
        2,
    ),
    (
        "d03",
        "date",
        "宜阳 粪污项目 验收合格后 补助资金 多久到账",
        "验收结果公示5天无异议的，县财政局在30个工作日内拨付",
        YYH,
        ["30个工作日内"],
    ),
    (
        "d04",
        "date",
        "石首市级稻渔综合种养示范基地申报截止到哪天？",
        "即日起至2026年6月15日，逾期不予受理",
        SSW,
        ["2026年6月15日"],
    ),
    ("d05", "date", "沂南 秋季 粪肥还田 施用 时间", "2026年9月15日至10月31日", YNB, ["9月15日至10月31日"]),
    (
        "d06",
        "date",
        "石首虾稻田的虾苗最晚什么时候要放下去？",
        "4月20日前完成投放（3月下旬至4月中旬，水温稳定在15℃以上）",
        SSX,
        ["4月20日前"],
    ),
    ("d07", "date", "盱眙稻虾奖补申报到什么时候截止", "2026年7月31日", XYB, ["2026年7月31日"]),
    (
        "d08",
        "date",
        "石台林长公示牌信息什么时候前要更新完？",
        "2026年6月30日前完成全县林长公示牌信息更新（信息变更的30日内更新）",
        STD,
        ["2026年6月30日前"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "屏南护林员要是巡户轨迹造假，当月报酬还发吗",
        "不发：当月劳务报酬全部扣除；造假2次以上予以解聘",
        PNB,
        ["全部扣除"],
    ),
    (
        "y02",
        "yesno",
        "万安 巡护通 轨迹当天没传 第二天补传 算不算考核",
        "不算：须在巡护当日24时前上传，逾期上传的轨迹不计入考核",
        WAP,
        ["不计入考核"],
    ),
    (
        "y03",
        "yesno",
        "宜阳的养殖场之前已经拿过中央粪污项目补助的储粪棚，这次还能再报吗？",
        "不能：已享受中央或者省级项目补助的同一设施不得重复申报",
        YYP,
        ["不得重复申报"],
        2,
    ),
    (
        "y04",
        "yesno",
        "沂南 生粪 直接 撒地里 能 拿 补贴 吗",
        "不能：未经处理的生粪直接施用的，不予补贴",
        YNB,
        ["不予补贴"],
    ),
    (
        "y05",
        "yesno",
        "宁远养猪场在禁养区里，建三池能申请补助吗",
        "不能：养殖场所位于禁养区的不予补助",
        NYX,
        ["禁养区"],
    ),
    (
        "y06",
        "yesno",
        "在石首挖虾稻田环沟占了15%，还能拿新建基地的奖补吗？",
        "不能：环沟面积超过总面积10%的不予奖补",
        SSB,
        ["不予奖补"],
    ),
    (
        "y07",
        "yesno",
        "盱眙 小龙虾养殖保险 保费 全部 自己 出吗",
        "不是：保费由县财政补贴50%，养殖主体承担50%",
        XYB,
        ["50%"],
    ),
    (
        "y08",
        "yesno",
        "宜阳我家是脱贫户，散养的猪粪让服务队收运要交钱吗？",
        "不用：脱贫户和防止返贫监测户免收收运服务费",
        YYH,
        ["免收"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "屏南 生态护林员 怎么选 程序 公示",
        "个人申请、村委会推荐、乡镇审核、县林业局审定，结果在村务公开栏公示7天；聘期1年",
        PNB,
        ["公示7天"],
    ),
    (
        "p02",
        "procedure",
        "宜阳养殖场粪污设施补助到县政务服务中心哪个窗口办？",
        "县政务服务中心二楼农业农村窗口（17号窗口），办理时限20个工作日",
        YYG,
        ["17号窗口"],
    ),
    (
        "p03",
        "procedure",
        "宜阳 粪污设施 项目 完工后 多久内 申请验收",
        "完工后15个工作日内申请验收，县农业农村局会同县财政局在20个工作日内组织验收",
        YYP,
        ["15个工作日内"],
        2,
    ),
    (
        "p04",
        "procedure",
        "沂南粪肥还田补贴怎么申报？施完多长时间内去报？",
        "施用后10日内向所在乡镇（街道）农业综合服务中心申报，现场核实比例不低于30%，公示7天后发放",
        YNB,
        ["10日内"],
    ),
    (
        "p05",
        "procedure",
        "石台扫林长公示牌上的二维码反映了问题，多久能办好？",
        "县林长办24小时内交办，一般问题7个工作日内办结",
        STE,
        ["7个工作日内办结"],
    ),
    (
        "p06",
        "procedure",
        "石首稻渔奖补钱怎么发，啥时候能到账",
        "验收合格公示5天无异议后由市财政局直接拨付到申报主体账户，当年12月底前发放到位",
        SSJ,
        ["12月底前"],
    ),
    (
        "p07",
        "procedure",
        "我在沂南苏村镇，想找人上门撒粪肥，该联系哪家？",
        "临沂绿源生态农业服务有限公司（王德胜，15853976210），提前3天预约",
        YNX,
        ["临沂绿源生态农业服务有限公司", "15853976210"],
    ),
    # lists
    (
        "l01",
        "list",
        "宜阳 粪污 设施 补助 申报 要带 哪些 材料",
        "项目申报表；营业执照或者备案回执；环评批复或者环境影响登记表备案回执；设施建设方案和投资预算；银行基本存款账户信息",
        YYG,
        ["环评批复", "投资预算"],
    ),
    (
        "l02",
        "list",
        "屏南护林员有哪些情况会被解聘？",
        "连续2个月月度考核不合格；巡护轨迹造假2次以上；责任区发生森林火灾未及时报告造成严重后果；已稳定就业不再符合"
        "选聘条件（年度考核不合格的也予以解聘）",
        PNB,
        ["连续2个月", "稳定就业"],
    ),
    (
        "l03",
        "list",
        "盱眙稻虾奖补申报要交哪些材料",
        "奖补申报表（附件1）；营业执照或者身份证复印件；土地流转合同；改造前后对比照片；绿色食品证书复印件（申报认证奖励的）",
        XYB,
        ["土地流转合同", "对比照片"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "屏南当生态护林员年龄有什么要求？我61了还能报吗",
        "本县户籍农村居民，18至60周岁；61岁不符合",
        PNB,
        ["18至60周岁"],
    ),
    (
        "e02",
        "eligibility",
        "石首 市级 稻渔 示范基地 申报 条件 面积",
        "连片面积500亩以上，环沟不超过总面积10%，稻谷亩产不低于500公斤，带动周边农户50户以上",
        SSW,
        ["500亩以上"],
    ),
    (
        "e03",
        "eligibility",
        "宁远 三池 补助 养殖户 规模 要求",
        "规模以下养殖户，即生猪存栏50至499头（其他畜禽折算）",
        NYX,
        ["50至499头"],
    ),
    # fields
    ("f01", "field", "石台 林长办 监督电话", "0566-6021110", STE, ["0566-6021110"]),
    (
        "f02",
        "field",
        "万安发现山火打什么电话报警？",
        "县森林防火指挥部报警电话0796-5702119",
        WAP,
        ["0796-5702119"],
    ),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "石台村里按多大一片山配一个护林员？",
        "每5000亩林地配备1名村级护林员，不足5000亩的村配1名",
        STJ,
        ["每5000亩"],
    ),
    (
        "a02",
        "paraphrase",
        "万安的护林员巡一趟山要走多远、走多久才算数？",
        "轨迹长度不少于5公里且时长不少于3小时，计为一次有效巡护",
        WAP,
        ["不少于5公里"],
    ),
    (
        "a03",
        "paraphrase",
        "沂南用了粪肥的麦地，一亩能打多少斤麦子？",
        "试点田块小麦单产512公斤/亩（约1024斤），常规田块482公斤",
        YNT,
        ["512"],
    ),
    # traditional script: three on the 繁體 page, its keys as that page writes them
    (
        "c01",
        "traditional",
        "萬安縣生態護林員每個月勞務報酬多少錢？",
        "勞務報酬每人每月1200元，按月考核發放",
        WAT,
        [t("劳务报酬每人每月1200元")],
    ),
    (
        "c02",
        "traditional",
        "萬安縣林長制年度考核優秀的鄉鎮有什麼獎勵？",
        "給予工作經費獎勵5萬元",
        WAT,
        [t("奖励5万元")],
    ),
    (
        "c03",
        "traditional",
        "萬安縣的鄉鎮發生重大森林火災，林長制年度考核怎麼處理？",
        "實行一票否決",
        WAT,
        [t("一票否决")],
    ),
    (
        "c04",
        "traditional",
        "屏南縣給生態護林員買的意外傷害保險，保額是多少？",
        "保額不低於30萬元，保費由縣級財政承擔",
        PNB,
        ["30万元"],
    ),
    (
        "c05",
        "traditional",
        "盱眙縣老舊稻蝦田「壓溝擴田」改造，每畝獎補多少？",
        "每畝獎補200元，單個主體最高5萬元",
        XYB,
        ["每亩奖补200元"],
    ),
    # unanswerable: planned-only regions, neighbours of what the documents state
    (
        "u01",
        "unanswerable",
        "新干县推行林长+警长以后，乡级副林长由谁担任？",
        "应拒答：新干只是拟于年内推行",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "柘荣 生态护林员 巡护天数不足 每天扣多少钱",
        "应拒答：柘荣只是计划明年推行",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "洛宁县规模养殖场建储粪棚，每平方米补多少？",
        "应拒答：洛宁只是拟于下半年出台",
        "-",
        [],
    ),
    ("u04", "unanswerable", "平邑 粪肥还田 每亩 补贴 标准", "应拒答：平邑只是计划明年开展试点", "-", []),
    ("u05", "unanswerable", "江陵县新建稻虾基地每亩奖补多少钱？", "应拒答：江陵只是拟于明年出台", "-", []),
    (
        "u06",
        "unanswerable",
        "屏南 护林员 巡护装备补助 每年 多少",
        "应拒答：只有征求意见稿有每年200元的巡护装备补助，正式办法已删去",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "沂南县2025年粪肥还田每亩补贴多少钱？",
        "应拒答：方案只有2026年的补贴标准；调研报告只写2025年还田3.2万亩，没有当年的补贴标准",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "宜阳 买商品有机肥 每吨 补贴 多少",
        "应拒答：方案只补助粪污处理设施、集中收集点和收运车辆，没有商品有机肥补贴",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "临沭县粪肥还田每亩能补多少钱？",
        "应拒答：临沭只对购买商品有机肥给补贴，没有粪肥还田补贴",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "万安县村级林长每年有多少工作补助？",
        "应拒答：万安的细则只规定村级林长由村党组织书记担任，没有村级林长补助标准（每年2400元是石台的）",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "盱眙 小龙虾养殖保险 每亩 保额 多少",
        "应拒答：细则只规定保费由县财政补贴50%，没有保额",
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


def codec(charset: str) -> str:
    charset = charset.lower()
    return "gb18030" if charset in ("gb2312", "gbk", "gb18030") else charset


def html_text(data: bytes) -> str:
    """A byte-order mark, else the charset its <meta> names (gbk / gb2312 read as GB18030), else UTF-8."""
    if data[:3] == b"\xef\xbb\xbf" or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return strip_html(txt_decode(data))
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:2000])
    return strip_html(data.decode(codec(m.group(1).decode()) if m else "utf-8"))


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


def enml_text(enml: str) -> str:
    """An ENML note body: the declaration and doctype dropped, blocks as lines, tags stripped."""
    enml = re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "", enml)
    enml = re.sub(r"</(div|p|h\d|li)>|<br\s*/?>|<hr\s*/?>", "\n", enml)
    return html.unescape(re.sub(r"<[^>]+>", "", enml))


def enex_text(data: bytes) -> str:
    """An Evernote export: per note its title, then its content's ENML as text."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    out = []
    for note in root.iter("note"):
        out.append(note.findtext("title") or "")
        out.append(enml_text(note.findtext("content") or ""))
    return "\n".join(out)


def warc_records(data: bytes) -> list[tuple[dict[str, str], bytes]]:
    """The records of an uncompressed WARC file: (headers, block), each block exactly Content-Length bytes."""
    records, pos = [], 0
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        lines = data[pos:end].decode("utf-8").split("\r\n")
        assert lines[0] == "WARC/1.0", lines[0]
        headers = dict(line.split(": ", 1) for line in lines[1:])
        length = int(headers["Content-Length"])
        block = data[end + 4 : end + 4 + length]
        assert len(block) == length and data[end + 4 + length : end + 8 + length] == b"\r\n\r\n"
        records.append((headers, block))
        pos = end + 8 + length
    return records


def dechunk(body: bytes) -> bytes:
    out, pos = b"", 0
    while True:
        eol = body.index(b"\r\n", pos)
        size = int(body[pos:eol].split(b";")[0], 16)
        if size == 0:
            return out
        out += body[eol + 2 : eol + 2 + size]
        assert body[eol + 2 + size : eol + 4 + size] == b"\r\n"
        pos = eol + 4 + size


def http_parts(block: bytes) -> tuple[str, dict[str, str], bytes]:
    head, _, body = block.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v for k, v in (line.split(": ", 1) for line in lines[1:])}
    if headers.get("transfer-encoding") == "chunked":
        body = dechunk(body)
    return lines[0], headers, body


def warc_text(data: bytes) -> str:
    """Every HTTP response's body, de-chunked and decoded by its HTTP Content-Type's charset, HTML
    stripped."""
    out = []
    for headers, block in warc_records(data):
        if headers["WARC-Type"] != "response" or "msgtype=response" not in headers.get("Content-Type", ""):
            continue
        _, http, body = http_parts(block)
        ctype = http.get("content-type", "")
        m = re.search(r"charset=([\w-]+)", ctype)
        text = body.decode(codec(m.group(1)) if m else "utf-8")
        out.append(strip_html(text) if "html" in ctype else text)
    return "\n".join(out)


def json_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return []


def har_text(data: bytes) -> str:
    """Per entry its response body (base64-decoded when so marked): JSON by its string values, HTML stripped,
    text as it is; images and empty bodies skipped."""
    out = []
    for entry in json.loads(data.decode("utf-8"))["log"]["entries"]:
        content = entry["response"]["content"]
        mime, text = content.get("mimeType", ""), content.get("text")
        if text is None or mime.startswith("image/"):
            continue
        if content.get("encoding") == "base64":
            text = base64.b64decode(text).decode("utf-8")
        if "json" in mime:
            out += [strip_html(s) for s in json_strings(json.loads(text))]
        elif "html" in mime:
            out.append(strip_html(text))
        else:
            out.append(text)
    return "\n".join(out)


PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def po_entries(data: bytes) -> list[dict[str, str]]:
    """A gettext catalogue's entries: keyword → string (continued lines joined, escapes resolved); comment and
    obsolete (#~) lines skipped, so fuzzy entries are kept."""
    entries: list[dict[str, str]] = []
    current: dict[str, str] = {}
    key = ""
    for line in data.decode("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
        if m:
            key = m.group(1)
            if key in ("msgctxt", "msgid") and ("msgstr" in current or "msgstr[0]" in current):
                entries.append(current)
                current = {}
            current[key] = ""
            piece = m.group(2)
        else:
            assert line.startswith('"') and line.endswith('"'), line
            piece = line[1:-1]
        current[key] += re.sub(r"\\(.)", lambda e: PO_ESCAPES.get(e.group(1), e.group(1)), piece)
    if current:
        entries.append(current)
    return entries


def po_text(data: bytes) -> str:
    """Per entry (the header skipped) its msgid, msgid_plural and msgstr strings."""
    out = []
    for e in po_entries(data):
        if e.get("msgid") == "" and "msgctxt" not in e:
            continue
        out += [v for k, v in e.items() if k != "msgctxt"]
    return "\n".join(out)


def tex_join(lines: list[str]) -> str:
    """A paragraph's source lines joined: nothing beside a Chinese character, else a space."""
    out = ""
    for line in lines:
        if out and line and not (ord(out[-1]) > 127 or ord(line[0]) > 127):
            out += " "
        out += line
    return out


def tex_text(data: bytes) -> str:
    """A LaTeX source as a reader of its PDF would have it: comments dropped, title / author / date, the
    body's commands reduced to their text, footnotes in brackets in place, tabular rows as lines."""
    src = data.decode("utf-8")
    lines = [re.sub(r"(?<!\\)%.*$", "", ln) for ln in src.splitlines() if not re.match(r"^\s*%", ln)]
    src = "\n".join(ln.rstrip() for ln in lines)
    head = [m.group(1) for m in re.finditer(r"\\(?:title|author|date)\{([^{}]*)\}", src)]
    body = src.split(r"\begin{document}", 1)[1].split(r"\end{document}", 1)[0]
    body = re.sub(r"\\footnote\{([^{}]*)\}", r"（\1）", body)
    body = re.sub(r"\\(?:textbf|emph|textit|caption)\{([^{}]*)\}", r"\1", body)
    body = re.sub(r"\\(?:sub)*section\*?\{([^{}]*)\}", r"\n\n\1\n\n", body)
    body = re.sub(r"\\ref\{[^{}]*\}", "1", body)
    body = re.sub(r"\\label\{[^{}]*\}", "", body)
    body = re.sub(r"\\(?:begin|end)\{[^{}]*\}(?:\[[^\]]*\])?(?:\{[^{}]*\})?", "\n\n", body)
    body = re.sub(r"\\(?:toprule|midrule|bottomrule|centering|maketitle|hline)", "", body)
    body = body.replace("$-$", "-").replace("\\%", "%").replace("~", " ")
    body = re.sub(r"\s*&\s*", " ", body)
    body = re.sub(r"\s*\\\\\s*", "\n\n", body)
    paras = [
        tex_join([ln.strip() for ln in p.splitlines() if ln.strip()]) for p in re.split(r"\n\s*\n", body)
    ]
    return "\n".join(head + [p for p in paras if p])


DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".pdf", pdf_text),
        (".txt", txt_decode),
        (".enex", enex_text),
        (".warc", warc_text),
        (".har", har_text),
        (".po", po_text),
        (".tex", tex_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw
zpart = DOCUMENTS.part

ONLY = {
    STE: ["386块", "7个工作日内办结", "0566-6021110"],
    WAP: ["奖励500元", "0796-5702119", "不少于5公里", "不计入考核"],
    YYH: ["每立方米25元", "免收", "30个工作日内"],
    SSW: ["2026年6月15日", "500亩以上", "0716-7712368"],
    YNT: ["3.2万亩", "18.6%", "512"],
    WAT: [t("劳务报酬每人每月1200元"), t("奖励5万元"), t("一票否决")],
    STJ: ["每5000亩"],
    SSJ: ["42.6万亩", "12月底前"],
    SSX: ["4月20日前", "6000至8000尾"],
    YNX: ["临沂绿源生态农业服务有限公司", "15853976210"],
    NYX: ["50至499头", "禁养区"],
    YYG: ["17号窗口", "环评批复"],
    YYP: ["每立方米100元", "不得重复申报"],
    STD: ["2026年6月30日前"],
    PNR: ["650元"],
    STR: ["2800元"],
    WAR: ["1700元"],
    YYR: ["119000元"],
    YNR: ["6600元"],
    NYR: ["9500元"],
    SSR: ["61200元"],
    XYR: ["70000元"],
}
# keys cut in the file's bytes (a bold run, a highlight, \u escapes, base64, chunk boundaries, continued
# msgstr lines, \textbf and \%, a PDF's wrap), found only in its decoded text
CUT = {
    STE: ["386块", "0566-6021110"],
    WAP: ["奖励500元", "0796-5702119"],
    YYH: ["每立方米25元", "30个工作日内", "免收"],
    SSW: ["2026年6月15日", "0716-7712368"],
    YNT: ["3.2万亩", "18.6%"],
    YYP: ["每立方米100元"],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert len(texts) == 33, len(texts)
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures and an article the final text dropped
    final, draft = texts[doc_path(PNB)], texts[doc_path(PNQ)]
    for a, b in (
        ("每人每月1000元", "每人每月900元"),
        ("每月巡护不少于20天", "每月巡护不少于22天"),
        ("不足20天的，每少1天扣减50元", "不足22天的，每少1天扣减40元"),
        ("一次性奖励600元", "一次性奖励400元"),
        ("2026年4月1日起施行", "2026年3月1日起施行"),
    ):
        assert a in final and b in draft and a not in draft and b not in final, (a, b)
    assert "巡护装备补助200元" in draft and "装备补助" not in final
    # the duplicate, the empty 附件, the two 政策解读.html
    assert raw(PNB) == raw(PNC)
    assert raw(XYE) == b"" and texts[doc_path(XYE)] == ""
    assert Path(doc_path(STJ)).name == Path(doc_path(SSJ)).name and raw(STJ) != raw(SSJ)
    assert "石台" in texts[doc_path(STJ)] and "石首" in texts[doc_path(SSJ)]
    assert "问：" in texts[doc_path(STJ)] and "问1：" in texts[doc_path(SSJ)]
    # the GBK .txt (CRLF), the GB18030 .txt (CRLF, a name GBK cannot write), the UTF-16 .txt (LE BOM, CRLF)
    for doc in (NYX, YNX):
        data = raw(doc)
        assert not_utf8(data) and data.count(b"\r\n") == data.count(b"\n") > 5, doc
    raw(NYX).decode("gbk")
    assert "䶮" in texts[doc_path(YNX)]
    try:
        "䶮".encode("gbk")
        raise AssertionError("䶮 is in GBK")
    except UnicodeEncodeError:
        pass
    ss = raw(SSX)
    text16 = ss[2:].decode("utf-16-le")
    assert ss.startswith(b"\xff\xfe") and "\r\n" in text16 and "\n" not in text16.replace("\r\n", "")
    # the .docx: two tables, the units only in the header row
    xml = zpart(STD, "word/document.xml").decode("utf-8")
    assert xml.count("<w:tbl>") == 2 and "补助标准（元）" in xml and ">2400<" in xml and ">800<" in xml
    assert "2400元" not in xml and "800元" not in xml
    # the PDF: three pages, page numbers, the wrap
    pdf = pypdf.PdfReader(io.BytesIO(raw(YYP)))
    assert len(pdf.pages) == 3 and "— 2 —" in pdf.pages[1].extract_text()
    assert "每立方米1\n00元" in pdf.pages[0].extract_text()
    assert "2026年10月31日前" in pdf.pages[1].extract_text().replace("\n", "")
    # the 繁體 page: zh-TW, traditional text and furniture
    trad_raw = raw(WAT).decode("utf-8")
    trad = texts[doc_path(WAT)]
    assert (
        'lang="zh-TW"' in trad_raw and _T2S.convert(trad) != trad and "萬安縣" in trad and "當前位置" in trad
    )
    assert "万安" not in trad and "护林员" not in trad
    # the .enex: one note, ENML in CDATA, the media hash, the bold run and the highlight
    enex = raw(STE).decode("utf-8")
    root = etree.fromstring(raw(STE))
    assert root.tag == "en-export" and len(root.findall("note")) == 1 and "<![CDATA[<?xml" in enex
    content = root.findtext("note/content") or ""
    assert "<en-note>" in content and "<!DOCTYPE en-note" in content
    png = base64.b64decode(root.findtext("note/resource/data") or "")
    assert f'<en-media hash="{hashlib.md5(png).hexdigest()}"' in content and png.startswith(b"\x89PNG")
    assert "386</span>块" in content and f'0566-<span style="{md.HL}">6021110</span>' in content
    # the .warc: record types, lengths and digests, the 301, the GBK body without <meta> charset, the chunks
    records = warc_records(raw(SSW))
    kinds = [h["WARC-Type"] for h, _ in records]
    assert kinds == [
        "warcinfo",
        "request",
        "response",
        "request",
        "response",
        "request",
        "response",
        "metadata",
    ]
    for h, block in records:
        if "WARC-Block-Digest" in h:
            assert h["WARC-Block-Digest"] == md.b32sha1(block)
    statuses = [http_parts(b)[0] for h, b in records if h["WARC-Type"] == "response"]
    assert statuses == ["HTTP/1.1 200 OK", "HTTP/1.1 301 Moved Permanently", "HTTP/1.1 200 OK"]
    _, http, body = http_parts(records[6][1])
    assert http["content-type"] == "text/html; charset=GBK" and http["transfer-encoding"] == "chunked"
    assert not_utf8(body) and b"charset" not in body and "2026年6月15日" in body.decode("gbk")
    assert "2026年6月1".encode("gbk") + b"\r\n" in records[6][1] and b"0716-77\r\n" in records[6][1]
    # the .har: HAR 1.2, five entries, the Gson escapes, the base64 JSON, the PNG, the 204
    har = json.loads(raw(YYH))
    entries = har["log"]["entries"]
    assert har["log"]["version"] == "1.2" and len(entries) == 5
    listing = entries[2]["response"]["content"]["text"]
    assert listing.isascii() and "\\u003cstrong\\u003e" in listing and "\\u7caa" in listing
    detail = entries[3]["response"]["content"]
    assert detail["encoding"] == "base64" and detail["mimeType"].startswith("application/json")
    assert entries[1]["response"]["content"]["mimeType"] == "image/png"
    assert entries[4]["response"]["status"] == 204 and "text" not in entries[4]["response"]["content"]
    # the .po: header, msgctxt, fuzzy with previous msgid, plural, obsolete, continued lines
    po = raw(WAP).decode("utf-8")
    assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in po and po.count('msgid "Fire alarm"') == 2
    assert 'msgctxt "menu"' in po and 'msgctxt "help"' in po and "#, fuzzy\n#| msgid" in po
    assert "msgid_plural" in po and "msgstr[0]" in po and "#~ msgstr" in po
    assert '奖励500"\n"元。"' in po and '0796-5"\n"702119' in po
    assert "1000元" not in texts[doc_path(WAP)] and "150MB" in texts[doc_path(WAP)]
    # the .tex: ctexart, booktabs, \textbf, \%, a comment keeping the draft's figure, footnotes
    tex = raw(YNT).decode("utf-8")
    assert "\\documentclass[UTF8,a4paper,zihao=-4]{ctexart}" in tex and "\\toprule" in tex
    assert "\\textbf{3.2}万亩" in tex and "18.6\\%" in tex and tex.count("\\footnote{") == 2
    assert "3.0万亩" in tex and "3.0万亩" not in texts[doc_path(YNT)]
    assert "小麦单产（公斤/亩） 512 482 +6.2%" in texts[doc_path(YNT)]
    # the replies' keys stand in their pages
    assert "650元" in texts[doc_path(PNR)] and "7万元（70000元）" in texts[doc_path(XYR)]


def check() -> None:
    check_files()
    news = "\n".join(doc_text(doc_path(n)) for n in (N1, N2, N3, N4))
    make.check_roundups(news, PLANNED, PASSING)
    for region in SIMILAR:
        assert re.search(rf"{region}[^。]*但没有", news), region
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
        "yesno": 8,
        "procedure": 7,
        "list": 3,
        "eligibility": 3,
        "field": 2,
        "paraphrase": 3,
        "traditional": 5,
        "unanswerable": 11,
    }, kinds
    # every new kind of file answers at least two questions alone
    for suffix in (".enex", ".warc", ".har", ".po", ".tex"):
        alone = [q[0] for q in Q if " | " not in q[4] and doc_path(q[4]).endswith(suffix)]
        assert len(alone) >= 2, (suffix, alone)


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
