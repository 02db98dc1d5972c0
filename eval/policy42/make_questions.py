"""Writes eval/policy42/questions.jsonl: questions over eval/policy42/docs (河湖长制与河道保洁、农村留守儿童和
困境儿童关爱保护、首店经济与老字号扶持 of eight counties of 云南, 贵州, 甘肃 and 宁夏), written before citeqa
was run on them, as chat users relay their own situation, as agents send keyword queries and as analysts ask
which regions. The chat users' questions carry the asker's situation first, in their own words (58岁 and 划的
是6.5公里 and 塑料袋没捞干净, 南哨镇 and 下大雨只走了1.5公里, 合同价72万 and 晚到了, 离婚后都不管 and 二级肢体
残疾, 娃他爸妈 and 上初一, 去新疆打工 and 老大老二, 西南的火锅品牌 and 320平方米, 60平方米 and 签了2年) and
figures that are not the answer (58岁 6.5公里 86分 where it is 702元, 11次 7次 1.5公里 40分钟 where it is 350
元, 72万 3处 2处 78分 where it is 4700元, 9岁 5岁 where it is 750元, 3年级 where it is 2250元, 66岁 12岁9岁 6
岁 where it is 1200元, 320平方米 5年 140万 where it is 53万元, 4家 6个 2年 where it is 10.5万元), with local
words (娃, 娃他爸, 老两口, 一卡通, 开店, 学手艺). Several are answered only by a 12345 / 市长信箱 / 领导留言板
reply (702元, 350元, 4700元, 750元, 2250元, 1200元, 53万元, 10.5万元), some only by a new kind of file (the
.org's 7月10日前, 交办之日起15日内完成整改 and 不少于30分钟, both cut by emphasis set off with zero-width
spaces, and its =verbatim= 0855-5222910; the .wiki's 每人每月300元 cut by '''bold''' and its Infobox's 每人每
月400元; the .toml's 10月8日至10月31日, 补正期限为5个工作日, 品牌方出具的首店证明 and 0951-6021358; the
.csv.gz's 7700 and 2月10日至2月24日; the .ris's 7364名 and 96.3%, the latter cut by a continuation line; the
.bib's 云南老字号9家 and 4.7亿元), the GBK .txt (2026年1月1日至2027年12月31日), the UTF-16 .txt (6月16日至6月
18日), the PDF (当月服务费的15%, cut by the wrap, with the page it stands on), the 政策解读 (412名, 公示5个工
作日), the 办事指南 (水务窗口（12号）, 防洪评价技术审查时间不计入, 学校初审, 9月1日至9月30日), the .docx's
cells whose unit only the header names (450) or the 繁體 page (不滿70週歲, 外出之日起7日內, 24小時內報告). The
agents' queries are terse (「剑河 村级河长 二季度 巡河补助 什么时候发」). Regions are named by the county's
name, full or short (陆良, 剑河, 凉州, 禄丰, 碧江, 西和, 兴庆, 红塔), the analysts' questions by prefecture
(曲靖, 黔东南, 武威, 楚雄, 铜仁, 陇南, 银川, 玉溪). Five questions are in traditional script (three on the 繁
體 page, whose keys are in traditional script as OpenCC s2tw writes them; the page itself was written by
hand). The keys are what a correct answer must contain, written as the documents write them; where a figure is
written two ways in a document, both are listed (105000元 / 10.5万元).

Each measure is stated by one region's documents and a roundup that also names a second region having done it
(会泽县, 马龙区, 台江县, 三穗县, 民勤县, 大姚县, 武定县, 玉屏县, 松桃县, 徽县, 西夏区, 灵武市, 江川区); the
roundups name regions that have only planned a measure (师宗, 镇远, 岑巩, 古浪, 永仁, 礼县, 永宁, 易门: in no
expected list), regions named in passing (沾益, 天柱, 天祝, 两当, 峨山) and regions that did something else
instead of the measure a question asks (罗平, 麻江, 元谋, 武都, 通海: in no expected list, each named in the
roundup the question lists). The unanswerable questions ask six planned regions, or a neighbour of what a
document states (陆良's 优秀保洁员 奖励, which only the 征求意见稿 had; 剑河's 河道保洁员 补贴 per 公里, which
only 陆良 pays; 碧江's 困境儿童 基本生活保障金, which only 禄丰 sets; 罗平's 保洁员补贴, a measure the roundup
says it does not have; 通海's 老字号 认定 奖励, likewise).

``python -m eval.policy42.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv (not with citeqa, nor any reader of the
earlier collections), the markup removed:
- .html by the charset its <meta> names, tags stripped; .docx by zipfile, word/document.xml a line per w:p (an
  empty file has no text); .pdf by pypdf, a page's lines joined; .txt by its byte-order mark (UTF-16, UTF-8),
  else UTF-8, else GB18030;
- .org as Org exports it: the #+BEGIN_COMMENT block, # comment lines, other #+ settings and drawers dropped,
  the title, author and date kept, heading stars and TODO keywords dropped, table rules dropped and rows as
  cells, links as their descriptions, emphasis markers and zero-width spaces dropped;
- .wiki as MediaWiki renders its words: HTML comments dropped, <nowiki> kept literally, <ref> footnotes
  gathered where <references /> stands, the Infobox's rows as name：value, headings, list bullets, bold and
  italic quotes, table syntax and category lines dropped, links as their shown text;
- .toml by tomllib: a line per value, its dotted path = the value (comments gone);
- .csv.gz by gzip, GB18030 and csv: a line per row, its cells joined;
- .ris a tag line at a time, a line without a tag continuing the value before it (joined without a space);
- .bib by a small parser: %-comment lines and @comment blocks dropped, each entry's fields as name：value, the
  value's braces or quotes dropped and its LaTeX escapes resolved.

It checks the expected regions, planned-only, passing and similar ones as above, that each planned-only region
is named beside 拟, 将 or 计划 in a roundup, that the kinds number as planned, that each new kind of file
alone answers at least two questions, and the files' peculiarities: the 征求意见稿 against its final text; the
duplicate (the same bytes under “ - 副本”); the empty 附件 (0 bytes); the two 办事指南.html (one name, two
folders); the GBK .txt (CRLF); the GB18030 .txt (CRLF, 㛃 that GBK cannot write); the UTF-16 .txt (BE
byte-order mark, CRLF); the .docx (two tables, the units in the header row only); the PDF (three pages, its
wrap cutting 当月服务费的1 | 5%); the 繁體 page (zh-TW, its furniture traditional too, its link to the empty
附件); the .org (settings, drawer, aligned table with its rule, TODO / DONE, SCHEDULED and CLOSED, links, keys
cut by markup, the old figures in comments gone once exported); the .wiki (Infobox, table, refs, nowiki,
categories, the key cut by bold, the old figures in a comment gone once rendered); the .toml (tables, arrays
of tables, an inline table, a multi-line string, dates, the old values only in comments); the .csv.gz (gzip
with mtime 0 and no file name, GBK, CRLF, the 合计 row the rows' sums); the .ris (byte-order mark, CRLF, four
records, an empty abstract, the wrap cutting 96. | 3%); the .bib (the encoding line, braced and quoted fields,
a double-braced title, escapes cutting 12.5%, the old figure only in a @comment)."""

from __future__ import annotations

import csv
import gzip
import html
import io
import re
import tomllib
import zipfile
from pathlib import Path

import opencc
import pypdf

from eval import policy_make as make
from eval.policy42 import make_docs as md
from eval.policy_make import Documents, both, doc_path, not_utf8

_S2TW = opencc.OpenCC("s2tw")
_T2S = opencc.OpenCC("t2s")
t = _S2TW.convert  # a key of the 繁體 page, as that page writes it

LLB = f"云南/陆良县/{md.LL_TITLE}.html"
LLC = f"云南/陆良县/{md.LL_TITLE} - 副本.html (the same page under a copy's name)"
LLQ = (
    f"云南/陆良县/{md.LL_DRAFT_TITLE}.html (征求意见稿: 每公里每月100元, 保底500元, 10公里, 18周岁至60周岁,"
    " 85分 and 70分 steps, 每人每月100元, 优秀保洁员奖励1000元, 2026年4月1日)"
)
LLJ = "云南/陆良县/政策解读.html"
LLR = f"云南/陆良县/12345 {md.LL_REPLY_Q}.html"
JHG = "贵州/剑河县/办事指南.html (涉河建设项目审批; key-value rows, named like 碧江区's)"
JHO = (
    f"贵州/剑河县/{md.JH_ORG} (Emacs Org-mode: a table with units in the header, markup cutting figures,"
    " old figures in comments)"
)
JHR = f"贵州/剑河县/领导留言板 {md.JH_REPLY_Q}.html"
LZP = f"甘肃/凉州区/{md.LZ_PDF} (hard-wrapped PDF, 当月服务费的1 / 5%)"
LZC = f"甘肃/凉州区/{md.LZ_CSV} (gzipped GBK CSV from the open-data portal, a 合计 row)"
LZT = f"甘肃/凉州区/{md.LZ_TXT} (GBK, CRLF)"
LZR = f"甘肃/凉州区/市长信箱 {md.LZ_REPLY_Q}.html"
LFD = f"云南/禄丰市/{md.LF_DOCX} (two tables, units in the header row)"
LFW = (
    f"云南/禄丰市/{md.LF_WIKI} (MediaWiki source: an Infobox, '''bold''' cutting a figure, a wikitable,"
    " refs, old figures in a comment)"
)
LFT = f"云南/禄丰市/{md.LF_TXT} (UTF-16 BE, CRLF)"
LFR = f"云南/禄丰市/12345 {md.LF_REPLY_Q}.html"
BJF = f"贵州/碧江区/{md.BJ_TITLE}.html"
BJG = "贵州/碧江区/办事指南.html (困境儿童助学补助; key-value rows, named like 剑河县's)"
BJT = f"贵州/碧江区/{md.BJ_TXT} (GB18030, CRLF, space-aligned)"
BJR = f"贵州/碧江区/领导留言板 {md.BJ_REPLY_Q}.html"
XHT = f"甘肃/西和县/{md.XH_TRAD_TITLE}（繁體版）.html (traditional script, written by hand)"
XHE = f"甘肃/西和县/{md.XH_EMPTY} (empty)"
XHS = f"甘肃/西和县/{md.XH_RIS} (知网 RIS export: a wrapped abstract, an empty abstract)"
XHR = f"甘肃/西和县/12345 {md.XH_REPLY_Q}.html"
XQB = f"宁夏/兴庆区/{md.XQ_TITLE}.html"
XQT = (
    f"宁夏/兴庆区/{md.XQ_TOML} (TOML configuration: units in key names and comments,"
    " old values commented out)"
)
XQR = f"宁夏/兴庆区/12345 {md.XQ_REPLY_Q}.html"
HTB = f"云南/红塔区/{md.HT_TITLE}.html"
HTX = f"云南/红塔区/{md.HT_BIB} (BibTeX as JabRef writes it: escapes, a @comment with an old figure)"
HTR = f"云南/红塔区/领导留言板 {md.HT_REPLY_Q}.html"
N1, N2, N3, N4 = (f"新闻/{title}.html" for title, _ in md.NEWS)

PLANNED = ["师宗", "镇远", "岑巩", "古浪", "永仁", "礼县", "永宁", "易门"]
PASSING = ["沾益", "天柱", "天祝", "两当", "峨山"]
# regions a roundup says have done something else instead of the measure a question asks
SIMILAR = ["罗平", "麻江", "元谋", "武都", "通海"]
NEIGHBOURS = ("u07", "u08", "u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only,
    # passing and similar regions are in no list
    (
        "r01",
        "regions",
        "曲靖哪些县区已经按河道长度给村级河道保洁员发补贴？计划明年才搞的不算",
        ["陆良县", "会泽县"],
        both(LLB, N1),
        [],
    ),
    ("r02", "regions", "曲靖 民间河长 通讯交通补助 县区", ["陆良县", "马龙区"], both(LLB, N1), []),
    (
        "r03",
        "regions",
        "黔东南哪些县给村级河长发巡河补助？只换了河长公示牌的不算",
        ["剑河县", "台江县"],
        both(JHO, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "黔东南 涉河建设项目审批 压缩时限 已经做了的县",
        ["剑河县", "三穗县"],
        both(JHG, N1),
        [],
    ),
    (
        "r05",
        "regions",
        "武威哪些县区对河道保洁公司搞月度考核、按问题扣款？",
        ["凉州区", "民勤县"],
        both(LZP, N3),
        [],
    ),
    ("r06", "regions", "楚雄 儿童主任 工作补贴 按月发放 县市", ["禄丰市", "大姚县"], both(LFW, N2), []),
    (
        "r07",
        "regions",
        "楚雄哪些县市按类别分档给困境儿童发基本生活保障金？",
        ["禄丰市", "武定县"],
        both(LFD, N2),
        [],
    ),
    (
        "r08",
        "regions",
        "铜仁哪些区县建立了留守儿童定期探访制度？",
        ["碧江区", "玉屏县"],
        both(BJF, N2),
        [],
    ),
    ("r09", "regions", "铜仁 困境儿童 助学补助 已发放 区县", ["碧江区", "松桃县"], both(BJG, N2), []),
    (
        "r10",
        "regions",
        "陇南哪些县推行了留守儿童委托照护协议？只搞心理辅导的不算，计划的也不算",
        ["西和县", "徽县"],
        both(XHT, N3),
        [],
    ),
    (
        "r11",
        "regions",
        "银川哪些区县对引进的品牌首店分档奖励？拟出台的不算",
        ["兴庆区", "西夏区"],
        both(XQB, N4),
        [],
    ),
    ("r12", "regions", "银川 首店 装修补贴 县市区", ["兴庆区", "灵武市"], both(XQB, N4), []),
    (
        "r13",
        "regions",
        "玉溪哪些区县对新认定的老字号给一次性奖励？搞非遗带徒补贴的不算",
        ["红塔区", "江川区"],
        both(HTB, N4),
        [],
    ),
    # numbers: a chat user's own case (the reply reckons it), a keyword query, a table's cell, a new kind of
    # file
    (
        "n01",
        "number",
        "我是陆良马街镇的村级河道保洁员，今年58岁，乡里给我划的是6.5公里，6月份镇上考核我得了86分，"
        "说是有一次河面塑料袋没捞干净，6月补贴能拿多少？",
        "每公里每月120元：6.5×120=780元；80至89分扣发10%，实发702元",
        both(LLR, LLB),
        ["702元"],
    ),
    (
        "n02",
        "number",
        "陆良 村级河道保洁员 补贴 每公里 每月 多少",
        "每公里每月120元，按长度算不足600元的按600元发放（征求意见稿为每公里每月100元、保底500元）",
        LLB,
        ["每公里每月120元"],
    ),
    (
        "n03",
        "number",
        "我是剑河南哨镇的村级河长，巡河都用APP打卡，3月巡了11次，4月巡了7次，其中4月有一次下大雨只走了"
        "1.5公里就回来了，时间倒有40分钟，3、4月巡河补助能领多少？",
        "每次25元、每月最多计8次：3月8×25=200元；4月有效巡河6次（轨迹不足2公里的不算）150元；合计350元",
        both(JHR, JHO),
        ["350元"],
    ),
    (
        "n04",
        "number",
        "我们公司中标了凉州金塔河城区段保洁，合同价一年72万，5月暗访查出河面漂浮物3处、河岸垃圾2处，"
        "还有1次交办的问题晚到超过了2小时，月度考核78分，一共要扣多少钱？",
        "3×200+2×300+500=1700元；低于80分扣月服务费6万元的5%即3000元；合计4700元",
        both(LZR, LZP),
        ["4700元"],
    ),
    (
        "n05",
        "number",
        "凉州区2026年一季度河道保洁考核一共扣了多少钱？",
        "合计7700元（21处/次问题；扣款金额（元）列的合计行）",
        LZC,
        ["7700"],
    ),
    (
        "n06",
        "number",
        "我家在禄丰勤丰镇，儿子儿媳离婚后都不管孩子，两个孙辈跟着我过，家里是低保户。孙子9岁二级肢体残疾，"
        "孙女5岁上幼儿园，身体健康，困境儿童生活费每月一共能领多少？",
        "孙子属一类每月650元，孙女属四类每月增发100元，合计每月750元",
        both(LFR, LFD),
        ["750元"],
    ),
    (
        "n07",
        "number",
        "禄丰 村社区 儿童主任 工作补贴 每月 多少",
        "每人每月300元，市财政列支、按季度发放（2025年12月前为200元）",
        LFW,
        ["每人每月300元"],
    ),
    (
        "n08",
        "number",
        "我家在碧江瓦屋乡，是低保户，娃他爸妈都在浙江打工，两个孙子跟着我们老两口，大的今年秋季上初一，"
        "小的读小学三年级，困境儿童助学补助一年能补多少？",
        "小学每生每学年1000元，初中每生每学年1250元，合计每学年2250元",
        both(BJR, BJG),
        ["2250元"],
    ),
    (
        "n09",
        "number",
        "我66岁，住西和长道镇，儿子儿媳3月去新疆打工了，老大12岁、老二9岁、最小的6岁都由我带，走前在村委会"
        "签了委托照护协议也备了案，照护补贴一年能领多少？",
        "照护1名每年600元，每增加1名增加300元：600+2×300=1200元/年，12月发放",
        both(XHR, XHT),
        ["1200元"],
    ),
    (
        "n10",
        "number",
        "我们是西南的火锅品牌，5月在兴庆一家商业综合体开了西北第一家店，320平方米，租约签了5年，"
        "装修投了140万，首店奖励加装修补贴一共能拿多少？",
        "西北地区首店奖励25万元；装修140万×20%=28万元（未超30万元上限）；合计53万元",
        both(XQR, XQB),
        ["53万元"],
    ),
    (
        "n11",
        "number",
        "我们是云南老字号，今年在红塔聂耳路商圈、九龙池景区新开了4家直营店，每家60平方米以上，都开了半年，"
        "还招了6个学徒学糕点手艺，签了2年带徒协议，能拿多少？",
        "门店按最多3家×3万=9万元，学徒按最多5名×3000=1.5万元，合计105000元（10.5万元）",
        both(HTR, HTB),
        ["105000元", "10.5万元"],
    ),
    (
        "n12",
        "number",
        "禄丰 低保家庭以外 的 重残儿童 基本生活保障 每月 多少",
        "二类，每人每月450元（表中单位只在表头：基本生活保障标准（元/人·月））",
        LFD,
        ["450"],
    ),
    (
        "n13",
        "number",
        "西和县有多少农村留守儿童？",
        "7364名，其中祖辈隔代照护的占68.5%（知网文献摘要）",
        XHS,
        ["7364名"],
    ),
    (
        "n14",
        "number",
        "红塔区现在有几家中华老字号、几家云南老字号？",
        "截至2025年底中华老字号2家、云南老字号9家、玉溪老字号16家（旧版摘要为1家、7家）",
        HTX,
        ["云南老字号9家"],
    ),
    (
        "n15",
        "number",
        "凉州 河道保洁 月度考核 低于70分 扣 服务费 百分之几",
        "扣除当月服务费的15%，并约谈服务单位负责人（低于80分扣5%；PDF 第2页，折行把 1 / 5% 拆开）",
        LZP,
        ["当月服务费的15%"],
        2,
    ),
    (
        "n16",
        "number",
        "红塔区的老字号企业2025年营业收入一共多少？",
        "合计4.7亿元，同比增长12.5%（旧版摘要为3.9亿元）",
        HTX,
        ["4.7亿元"],
    ),
    # dates
    (
        "d01",
        "date",
        "陆良村级河道保洁员管理办法正式版从哪天起施行？",
        "2026年6月1日（征求意见稿为2026年4月1日），有效期5年",
        LLB,
        ["2026年6月1日"],
    ),
    (
        "d02",
        "date",
        "剑河 村级河长 二季度 巡河补助 什么时候发",
        "7月10日前发放到村级河长本人“一卡通”账户",
        JHO,
        ["7月10日前"],
    ),
    (
        "d03",
        "date",
        "兴庆区首店扶持资金第二批什么时候申报？",
        "2026年10月8日至10月31日，面向2026年5月1日至9月30日开业的首店",
        XQT,
        ["10月8日至10月31日"],
    ),
    (
        "d04",
        "date",
        "禄丰 儿童主任 第二期 培训 时间",
        "6月16日至6月18日，广通镇便民服务中心",
        LFT,
        ["6月16日至6月18日"],
    ),
    (
        "d05",
        "date",
        "碧江的困境儿童助学补助每年几月份申请？",
        "每年9月1日至9月30日（春季学期转入的3月1日至3月20日补报）",
        BJG,
        ["9月1日至9月30日"],
    ),
    (
        "d06",
        "date",
        "红塔 老字号 扶持资金 申报时间",
        "每年7月1日至7月31日向区商务局申报",
        HTB,
        ["7月1日至7月31日"],
    ),
    (
        "d07",
        "date",
        "凉州区这一轮河道保洁服务单位的服务期限到什么时候？",
        "2026年1月1日至2027年12月31日",
        LZT,
        ["2026年1月1日至2027年12月31日"],
    ),
    (
        "d08",
        "date",
        "凉州 金塔河标段 春节 暂停暗访 是哪几天",
        "春节期间2月10日至2月24日暂停暗访",
        LZC,
        ["2月10日至2月24日"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "陆良 河道保洁员 月度考核 不到60分 当月补贴 还发吗",
        "不发：60分以下当月不发放（连续两个月不合格的解聘）",
        LLB,
        ["60分以下当月不发放"],
    ),
    (
        "y02",
        "yesno",
        "我今年66岁了，身体还硬朗，还能在陆良村里当河道保洁员吗？",
        "不能：保洁员须年满18周岁至65周岁（征求意见稿为60周岁）",
        LLB,
        ["18周岁至65周岁"],
    ),
    (
        "y03",
        "yesno",
        "剑河 涉河建设项目审批 防洪评价 审查时间 算不算 在承诺时限里",
        "不算：承诺8个工作日，防洪评价技术审查时间不计入",
        JHG,
        ["防洪评价技术审查时间不计入"],
    ),
    (
        "y04",
        "yesno",
        "凉州区的保洁公司要是连续3个月考核都低于70分，会被解约吗？",
        "会：连续3个月考核低于70分或者年度累计扣款超过合同价款10%的，解除服务合同",
        LZP,
        ["连续3个月考核低于70分"],
        3,
    ),
    (
        "y05",
        "yesno",
        "禄丰的孩子既是重残儿童又在低保家庭，能同时领两个类别的保障金吗？",
        "不能：同时符合两个以上类别的，按就高原则享受一项",
        LFD,
        ["按就高原则享受一项"],
    ),
    (
        "y06",
        "yesno",
        "碧江 儿童之家 亲情电话 视频 要收费吗",
        "不收费：儿童之家的亲情电话和视频设备供留守儿童免费使用",
        BJF,
        ["免费使用"],
    ),
    (
        "y07",
        "yesno",
        "想在兴庆区开个品牌首店，铺面只租了2年，能申报首店奖励吗？",
        "不能：须签订3年以上租赁合同，并正常经营满6个月",
        XQB,
        ["3年以上租赁合同"],
    ),
    (
        "y08",
        "yesno",
        "红塔 老字号 新开门店 才开了4个月 能领 门店奖励 吗",
        "不能：须营业面积50平方米以上、经营满6个月",
        HTB,
        ["经营满6个月"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "在陆良想当村级河道保洁员，怎么选聘？",
        "优先脱贫户、监测户，村（社区）推荐、乡镇（街道）审核，公示5个工作日无异议后签订聘用协议",
        LLJ,
        ["村务公开栏公示5个工作日"],
    ),
    (
        "p02",
        "procedure",
        "剑河 涉河建设项目审批 去哪里办 哪个窗口",
        "剑河县政务服务中心一楼水务窗口（12号），不收费，承诺8个工作日",
        JHG,
        ["水务窗口（12号）"],
    ),
    (
        "p03",
        "procedure",
        "剑河县河长办交办的清四乱问题，乡镇要多少天内整改完？",
        "交办之日起15日内完成整改，逾期未完成的通报",
        JHO,
        ["交办之日起15日内完成整改"],
    ),
    (
        "p04",
        "procedure",
        "禄丰 困境儿童 基本生活保障 怎么申请 审批要多久",
        "监护人向户籍所在乡镇（街道）申请，乡镇15个工作日内审核，市民政局10个工作日内审批，次月起发放",
        LFD,
        ["15个工作日"],
    ),
    (
        "p05",
        "procedure",
        "碧江区困境儿童助学补助的申请流程是怎样的？",
        "学生所在学校初审，区民政局会同区教育局审核，公示5个工作日，20个工作日办结",
        BJG,
        ["学校初审"],
    ),
    (
        "p06",
        "procedure",
        "兴庆 首店 申报 材料不全 怎么办",
        "系统退回补正，补正期限为5个工作日，逾期视为放弃本批申报",
        XQT,
        ["补正期限为5个工作日"],
    ),
    (
        "p07",
        "procedure",
        "凉州区河道保洁考核是怎么考的，多久查一次？",
        "区河长制办公室每月明查1次、暗访不少于2次，百分制，当月通报",
        LZP,
        ["暗访不少于2次"],
        1,
    ),
    # lists
    (
        "l01",
        "list",
        "剑河 涉河建设项目审批 要交 哪些材料",
        "申请书；依据文件；涉河建设方案及防洪评价报告；涉及河道与防洪部分的方案；占用河道土地情况及防御洪涝的"
        "设防标准与措施；影响第三人水事权益的有关协议",
        JHG,
        ["防洪评价报告", "防御洪涝的设防标准与措施"],
    ),
    (
        "l02",
        "list",
        "兴庆区申报首店奖励要交哪些材料？",
        "申报表、营业执照、品牌方出具的首店证明（加盖公章）、租赁合同（3年以上），申报装修补贴的另交装修合同发票",
        XQT,
        ["品牌方出具的首店证明", "租赁合同"],
    ),
    (
        "l03",
        "list",
        "陆良 河道保洁 五无 标准 是什么",
        "河面无漂浮物、河岸无垃圾、河床无障碍物、无乱排乱倒、无违章搭建",
        LLB,
        ["河床无障碍物", "无违章搭建"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "兴庆 首店奖励 餐饮店 面积 要多大",
        "餐饮类不少于200平方米（零售类不少于100平方米），3年以上租约，经营满6个月",
        XQB,
        ["不少于200平方米"],
    ),
    (
        "e02",
        "eligibility",
        "禄丰认定困境儿童时说的重病，指的是哪些病？",
        "白血病、先天性心脏病、恶性肿瘤等20种重大疾病",
        LFD,
        ["20种重大疾病"],
    ),
    (
        "e03",
        "eligibility",
        "红塔 老字号 带徒补贴 学徒 要签 多久的协议",
        "签订1年以上带徒协议，每名学徒3000元，每个企业每年最多5名",
        HTB,
        ["1年以上带徒协议"],
    ),
    # fields
    (
        "f01",
        "field",
        "剑河县河长办 值班电话",
        "0855-5222910（工作日8:30-12:00，14:30-17:30）",
        JHO,
        ["0855-5222910"],
    ),
    (
        "f02",
        "field",
        "兴庆区首店扶持资金申报的咨询电话是多少？",
        "0951-6021358（工作日9:00-17:30）",
        XQT,
        ["0951-6021358"],
    ),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "剑河的村级河长用APP巡河，得走多长时间才算一次？",
        "单次巡河时长不少于30分钟、轨迹不少于2公里的计为一次有效巡河（旧制度为20分钟）",
        JHO,
        ["不少于30分钟"],
    ),
    (
        "a02",
        "paraphrase",
        "禄丰乡镇的儿童督导员一个月有多少钱？",
        "督导员补贴每人每月400元（2025年12月前为350元）",
        LFW,
        ["每人每月400元"],
    ),
    (
        "a03",
        "paraphrase",
        "西和县的留守儿童家庭签委托照护协议的多不多？",
        "截至2026年6月30日签订5126份，协议备案率96.3%（知网文献摘要）",
        XHS,
        ["96.3%"],
    ),
    # traditional script: three on the 繁體 page, its keys as that page writes them
    (
        "c01",
        "traditional",
        "西和縣的受委託照護人，年齡有什麼要求？",
        "年滿18週歲、不滿70週歲，身體健康，無犯罪、吸毒等不良記錄",
        XHT,
        [t("不满70周岁")],
    ),
    (
        "c02",
        "traditional",
        "西和縣父母外出打工後，多少天內要到村委會備案委託照護協議？",
        "外出之日起7日內報村（居）民委員會備案",
        XHT,
        [t("外出之日起7日内")],
    ),
    (
        "c03",
        "traditional",
        "西和縣村委會發現照護人照顧不了孩子，要多久內報告鄉鎮？",
        "24小時內報告鄉鎮人民政府，並通知外出務工父母",
        XHT,
        [t("24小时内报告")],
    ),
    (
        "c04",
        "traditional",
        "陸良縣的民間河長每個月有多少通訊交通補助？",
        "每人每月150元，每月巡河不少於2次（徵求意見稿為100元）",
        LLB,
        ["每人每月150元"],
    ),
    (
        "c05",
        "traditional",
        "興慶區引進全國首店，一次性獎勵多少？",
        "全國首店（中國內地首店）一次性獎勵60萬元",
        XQB,
        ["60万元"],
    ),
    # unanswerable: planned-only regions, neighbours of what the documents state
    (
        "u01",
        "unanswerable",
        "师宗县村级河道保洁员每公里每月补贴多少？",
        "应拒答：师宗只是计划明年推行保洁员按公里补贴",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "镇远 村级河长 巡河补助 每次 多少钱",
        "应拒答：镇远只是拟于下半年推行村级河长巡河补助",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "古浪县河道保洁公司考核，河岸垃圾每处扣多少？",
        "应拒答：古浪只是拟于明年实行考核扣款",
        "-",
        [],
    ),
    (
        "u04",
        "unanswerable",
        "永仁县的儿童主任每月补贴多少？",
        "应拒答：永仁只是拟于明年为儿童主任发放工作补贴",
        "-",
        [],
    ),
    (
        "u05",
        "unanswerable",
        "永宁县 引进 西北首店 奖励 多少",
        "应拒答：永宁只是拟于年内出台首店奖励政策",
        "-",
        [],
    ),
    (
        "u06",
        "unanswerable",
        "易门县新认定的中华老字号能奖励多少钱？",
        "应拒答：易门只是计划明年对新认定的老字号给予奖励",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "陆良 评上 优秀河道保洁员 奖励 多少",
        "应拒答：只有征求意见稿有优秀保洁员每人奖励1000元，正式办法已删去",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "剑河县村级河道保洁员按公里算，每公里每月补贴多少？",
        "应拒答：剑河的文件只有村级河长巡河补助和涉河建设审批，保洁员按公里补贴是陆良的",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "碧江区困境儿童的基本生活保障金每月多少？",
        "应拒答：碧江的文件只有留守儿童探访和困境儿童助学补助，分类基本生活保障金是禄丰的",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "罗平县的村级河道保洁员按公里每月补多少？",
        "应拒答：罗平只开展了河道清淤疏浚，没有推行保洁员按公里补贴",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "通海 新认定 云南老字号 一次性奖励",
        "应拒答：通海只开展了非遗传承人带徒补贴，没有对新认定的老字号给予奖励",
        "-",
        [],
    ),
]


# ---------- readers (the stdlib and the venv's libraries) ----------
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
    """The charset its <meta> names (gbk / gb2312 read as GB18030), else UTF-8."""
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:2000])
    charset = m.group(1).decode().lower() if m else "utf-8"
    return strip_html(data.decode("gb18030" if charset in ("gb2312", "gbk", "gb18030") else charset))


def docx_text(data: bytes) -> str:
    """word/document.xml, a line per w:p (table cells are paragraphs); an empty file has no text."""
    if not data:
        return ""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))) for p in paras)


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text().replace("\n", "") for p in pypdf.PdfReader(io.BytesIO(data)).pages)


ORG_KEEP = ("#+TITLE:", "#+AUTHOR:", "#+DATE:")


def org_text(data: bytes) -> str:
    """An Org file's words as Org exports them: comment blocks, # comment lines, in-buffer settings (but the
    title, author and date) and drawers dropped; heading stars and TODO keywords dropped; a table's rule
    dropped and its rows as cells; links as their descriptions; emphasis markers and zero-width spaces
    dropped."""
    text = data.decode("utf-8")
    text = re.sub(r"^[ \t]*#\+BEGIN_COMMENT\n.*?^[ \t]*#\+END_COMMENT\n", "", text, flags=re.S | re.M)
    out: list[str] = []
    drawer = False
    for line in text.splitlines():
        s = line.strip()
        if s == ":PROPERTIES:":
            drawer = True
        if drawer:
            drawer = s != ":END:"
            continue
        if s.startswith(ORG_KEEP):
            out.append(s.split(":", 1)[1].strip())
            continue
        if s.startswith("#+") or s == "#" or s.startswith("# "):
            continue
        if re.fullmatch(r"\|[-+]+\|", s):
            continue
        if s.startswith("|"):
            out.append("　".join(c.strip() for c in s.strip("|").split("|")))
            continue
        s = re.sub(r"^\*+\s+(?:(?:TODO|DOING|DONE|CANCELED)\s+)?", "", s)
        s = re.sub(r"\[\[[^\]]*\]\[([^\]]*)\]\]", r"\1", s)
        s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
        s = s.replace("\u200b", "")
        s = re.sub(r"([*=~])([^*=~\s](?:[^*=~\n]*?[^*=~\s])?)\1", r"\2", s)
        out.append(s)
    return "\n".join(out)


def wiki_text(data: bytes) -> str:
    """A MediaWiki page's words as it renders them: comments dropped, <nowiki> kept literally, <ref> footnotes
    gathered at <references />, the Infobox's rows as name：value, headings, bullets, bold and italic quotes,
    table syntax, magic words and category lines dropped, links as their shown text."""
    text = data.decode("utf-8")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    literal: list[str] = []

    def keep(m: re.Match[str]) -> str:
        literal.append(m.group(1))
        return f"\x00{len(literal) - 1}\x00"

    text = re.sub(r"<nowiki>(.*?)</nowiki>", keep, text, flags=re.S)
    notes: list[str] = []

    def note(m: re.Match[str]) -> str:
        notes.append(m.group(1))
        return f"[{len(notes)}]"

    text = re.sub(r"<ref(?: [^>]*)?>(.*?)</ref>", note, text, flags=re.S)
    text = text.replace("<references />", "\n".join(f"{i}. {n}" for i, n in enumerate(notes, 1)))
    out: list[str] = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("{{") or s in ("}}", "__TOC__", "|-", "|}") or s.startswith("{|"):
            continue
        if re.match(r"\[\[(?:分类|Category):", s):
            continue
        m = re.match(r"\|\s*([^=|]+?)\s*=\s*(.*)$", s)
        if m and not s.startswith("||"):
            out.append(f"{m.group(1)}：{m.group(2)}")
            continue
        if s.startswith("|+"):
            s = s[2:].strip()
        elif s.startswith("!"):
            s = "　".join(c.strip() for c in s[1:].split("!!"))
        elif s.startswith("|"):
            s = "　".join(c.strip() for c in s[1:].split("||"))
        s = re.sub(r"^(=+)\s*(.*?)\s*\1$", r"\2", s)
        s = re.sub(r"^[*#:;]+\s*", "", s)
        out.append(s)
    body = "\n".join(out)
    body = re.sub(r"\[\[[^\]|]*\|([^\]]*)\]\]", r"\1", body)
    body = re.sub(r"\[\[([^\]]*)\]\]", r"\1", body)
    body = body.replace("'''", "").replace("''", "")
    return re.sub(r"\x00(\d+)\x00", lambda m: literal[int(m.group(1))], body)


def toml_text(data: bytes) -> str:
    """tomllib's values, a line each: its dotted path (an array's index in brackets) = the value."""
    out: list[str] = []

    def walk(prefix: str, value: object) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else k, v)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(f"{prefix}[{i}]", v)
        else:
            out.append(f"{prefix} = {value}")

    walk("", tomllib.loads(data.decode("utf-8")))
    return "\n".join(out)


def csv_gz_text(data: bytes) -> str:
    """gunzip, GB18030, csv: a line per row, its cells joined by a comma."""
    rows = csv.reader(io.StringIO(gzip.decompress(data).decode("gb18030"), newline=""))
    return "\n".join("，".join(row) for row in rows)


def ris_records(data: bytes) -> list[list[tuple[str, str]]]:
    """The records of a RIS file: (tag, value) pairs, a line without a tag continuing the value before it."""
    records: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in data.decode("utf-8-sig").splitlines():
        m = re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", line)
        if m:
            current.append((m.group(1), m.group(2)))
            if m.group(1) == "ER":
                records.append(current)
                current = []
        elif line and current:
            tag, value = current[-1]
            current[-1] = (tag, value + line)
    return records


def ris_text(data: bytes) -> str:
    return "\n\n".join("\n".join(f"{tag}：{v}" for tag, v in r if v) for r in ris_records(data))


def bib_entries(data: bytes) -> list[tuple[str, str, dict[str, str]]]:
    """(type, key, fields) of each entry but @comment; a field's value as written (its delimiters dropped)."""
    text = "\n".join(ln for ln in data.decode("utf-8").splitlines() if not ln.lstrip().startswith("%"))
    entries = []
    pos = 0
    while (m := re.compile(r"@(\w+)\s*\{").search(text, pos)) is not None:
        depth, i = 1, m.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        body, pos = text[m.end() : i - 1], i
        if m.group(1).lower() == "comment":
            continue
        key, rest = body.split(",", 1)
        fields: dict[str, str] = {}
        j = 0
        while (f := re.compile(r"\s*(\w+)\s*=\s*").match(rest, j)) is not None:
            j = f.end()
            if rest[j] == "{":
                depth, k = 1, j + 1
                while depth:
                    depth += {"{": 1, "}": -1}.get(rest[k], 0)
                    k += 1
                value = rest[j + 1 : k - 1]
            else:
                k = rest.index('"', j + 1) + 1
                value = rest[j + 1 : k - 1]
            fields[f.group(1).lower()] = value
            j = k + 1 if k < len(rest) and rest[k] == "," else k
        entries.append((m.group(1).lower(), key.strip(), fields))
    return entries


def latex_plain(value: str) -> str:
    """A BibTeX value's words: braces dropped, LaTeX escapes and quotes resolved."""
    value = re.sub(r"\\([%&$#_])", r"\1", value)
    return value.replace("``", "“").replace("''", "”").replace("{", "").replace("}", "")


def bib_text(data: bytes) -> str:
    return "\n\n".join(
        "\n".join(f"{name}：{latex_plain(v)}" for name, v in fields.items())
        for _, _, fields in bib_entries(data)
    )


DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".pdf", pdf_text),
        (".txt", txt_decode),
        (".org", org_text),
        (".wiki", wiki_text),
        (".toml", toml_text),
        (".csv.gz", csv_gz_text),
        (".ris", ris_text),
        (".bib", bib_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw
zpart = DOCUMENTS.part

ONLY = {
    JHO: ["7月10日前", "交办之日起15日内完成整改", "不少于30分钟", "轨迹不少于2公里", "0855-5222910"],
    LFW: ["每人每月300元", "每人每月400元", "169名", "每月至少2次"],
    XQT: ["10月8日至10月31日", "补正期限为5个工作日", "品牌方出具的首店证明", "0951-6021358"],
    LZC: ["7700", "2月10日至2月24日"],
    XHS: ["7364名", "68.5%", "96.3%", "384名"],
    HTX: ["云南老字号9家", "4.7亿元", "12.5%", "21.6%"],
    XHT: [t("不满70周岁"), t("外出之日起7日内"), t("24小时内报告")],
    LZP: ["当月服务费的15%", "暗访不少于2次", "连续3个月考核低于70分"],
    LZT: ["2026年1月1日至2027年12月31日", "0935-2216330"],
    LFT: ["6月16日至6月18日"],
    BJT: ["周六、周日9:00-17:00"],
    LLJ: ["412名", "村务公开栏公示5个工作日", "保额20万元"],
    JHG: ["防洪评价技术审查时间不计入", "水务窗口（12号）"],
    BJG: ["学校初审", "9月1日至9月30日"],
    LFD: ["按就高原则享受一项", "20种重大疾病"],
    LLR: ["702元"],
    JHR: ["350元"],
    LZR: ["4700元"],
    LFR: ["750元"],
    BJR: ["2250元"],
    XHR: ["1200元"],
    XQR: ["53万元"],
    HTR: ["10.5万元"],
}
# keys cut in the file's bytes (the PDF's wrap, markup, a continuation line, an escape), found only in the
# decoded text
CUT = {
    LZP: ["当月服务费的15%"],
    JHO: ["交办之日起15日内完成整改", "不少于30分钟", "轨迹不少于2公里"],
    LFW: ["每人每月300元"],
    XHS: ["96.3%"],
    HTX: ["12.5%", "21.6%"],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert len(texts) == 34, len(texts)
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures and an article the final text dropped
    final, draft = texts[doc_path(LLB)], texts[doc_path(LLQ)]
    for a, b in (
        ("标准为每公里每月120元", "标准为每公里每月100元"),
        ("不足600元的，按600元发放", "不足500元的，按500元发放"),
        ("一般不超过8公里", "一般不超过10公里"),
        ("年满18周岁至65周岁", "年满18周岁至60周岁"),
        ("90分以上的全额发放", "85分以上的全额发放"),
        ("60分以下当月不发放", "70分以下当月不发放"),
        ("交通补助每人每月150元", "交通补助每人每月100元"),
        ("2026年6月1日起施行", "2026年4月1日起施行"),
    ):
        assert a in final and b in draft and a not in draft and b not in final, (a, b)
    assert "每人奖励1000元" in draft and "优秀保洁员" not in final
    # the duplicate, the empty 附件, the two 办事指南.html
    assert raw(LLB) == raw(LLC)
    assert raw(XHE) == b"" and texts[doc_path(XHE)] == ""
    assert Path(doc_path(JHG)).name == Path(doc_path(BJG)).name and raw(JHG) != raw(BJG)
    assert "涉河建设项目审批" in texts[doc_path(JHG)] and "助学补助" in texts[doc_path(BJG)]
    # two CMS families: the 信息公开 page's 索引号 table, the 集约化 page's 上一篇 bar
    assert "索引号：" in texts[doc_path(LLB)] and "【打印本页】" in texts[doc_path(BJF)]
    assert "上一篇：" in texts[doc_path(XQB)] and "浏览次数：" in texts[doc_path(LZR)]
    # the GBK .txt (CRLF), the GB18030 .txt (CRLF, 㛃 that GBK cannot write), the UTF-16 .txt (BE BOM, CRLF)
    for doc in (LZT, BJT):
        data = raw(doc)
        assert not_utf8(data) and data.count(b"\r\n") == data.count(b"\n") > 5, doc
    raw(LZT).decode("gbk")
    assert "杨㛃" in texts[doc_path(BJT)]
    try:
        "㛃".encode("gbk")
        raise AssertionError("㛃 is in GBK")
    except UnicodeEncodeError:
        pass
    lf = raw(LFT)
    text16 = lf[2:].decode("utf-16-be")
    assert lf.startswith(b"\xfe\xff") and "\r\n" in text16 and "\n" not in text16.replace("\r\n", "")
    # the .docx: two tables, the units only in the header row
    xml = zpart(LFD, "word/document.xml").decode("utf-8")
    assert xml.count("<w:tbl>") == 2 and "基本生活保障标准（元/人·月）" in xml
    assert ">650<" in xml and ">450<" in xml and ">300<" in xml and "450元" not in xml
    # the PDF: three pages, page labels, the wrap
    pdf = pypdf.PdfReader(io.BytesIO(raw(LZP)))
    pages = [p.extract_text() for p in pdf.pages]
    assert len(pages) == 3 and "第 2 页 共 3 页" in pages[1]
    assert "当月服务费的1\n5%" in pages[1] and "暗访不少于2次" in pages[0].replace("\n", "")
    assert "连续3个月考核低于70分" in pages[2].replace("\n", "")
    # the 繁體 page: zh-TW, traditional text and furniture, its 附件 link to the empty file
    trad_raw = raw(XHT).decode("utf-8")
    trad = texts[doc_path(XHT)]
    assert 'lang="zh-TW"' in trad_raw and _T2S.convert(trad) != trad and "西和縣" in trad
    assert "您所在的位置" in trad and "西和县" not in trad and "儿童" not in trad and md.XH_EMPTY in trad_raw
    # the .org: settings, a drawer, an aligned table with its rule and the units in the header, TODO / DONE
    # with SCHEDULED / CLOSED, links, figures cut by markup and zero-width spaces, old figures in comments
    org = raw(JHO).decode("utf-8")
    org_words = texts[doc_path(JHO)]
    for mark in (
        "#+TITLE: ",
        "#+AUTHOR: ",
        "#+DATE: <2026-03-02 Mon>",
        ":PROPERTIES:",
        ":END:",
        "** DONE ",
        "** TODO ",
        "SCHEDULED: <2026-07-10 Fri>",
        "CLOSED: [2026-03-28 Sat 16:20]",
        "#+BEGIN_COMMENT",
        "][剑河县河湖长制专栏]]",
        "=0855-5222910=",
        "\u200b*30*\u200b",
        "\u200b=交办之日起15日内=\u200b",
    ):
        assert mark in org, mark
    rows = [ln.strip() for ln in org.splitlines() if ln.strip().startswith("|")]
    assert len(rows) == 6 and rows[1].startswith("|---") and "+" in rows[1]
    assert len({md.width(r) for r in rows}) == 1 and "补助（元/次）" in rows[0] and "| 25 " in rows[4]
    for old in ("每次补助20元", "每月最多计6次", "不少于20分钟"):
        assert old in org and old not in org_words, old
    assert "剑河县河长制办公室2026年工作台账" in org_words and "剑河县河湖长制专栏" in org_words
    # the .wiki: an Infobox, a wikitable, refs, nowiki, categories, bold cutting a figure, old figures in a
    # comment
    wiki = raw(LFW).decode("utf-8")
    wiki_words = texts[doc_path(LFW)]
    for mark in (
        "{{Infobox 岗位",
        '{| class="wikitable"',
        "! 服务对象 !! ",
        "\n|-\n",
        "<ref>",
        "<references />",
        "<nowiki>[[ ]]</nowiki>",
        "[[分类:儿童福利]]",
        "[[儿童督导员工作手册|乡镇儿童督导员]]",
        "每人每月'''300'''元",
        "== 工作补贴 ==",
    ):
        assert mark in wiki, mark
    assert "每人每月200元" in wiki and "每人每月200元" not in wiki_words
    assert (
        "督导员补贴：每人每月400元" in wiki_words and "[[ ]]" in wiki_words and "乡镇儿童督导员" in wiki_words
    )
    assert "民发\u30142019\u301534号" in wiki_words and "分类:" not in wiki_words
    # the .toml: tables, arrays of tables, an inline table, a multi-line string, dates, old values commented
    toml_raw = raw(XQT).decode("utf-8")
    conf = tomllib.loads(toml_raw)
    assert len(conf["batch"]) == 2 and len(conf["tier"]) == 4 and conf["decoration"]["cap_yuan"] == 300000
    assert conf["decoration"]["flagship"] == {"rate_percent": 10, "cap_yuan": 100000}
    assert (
        str(conf["batch"][1]["open"]) == "2026-10-08"
        and '"""' in toml_raw
        and "\n" in conf["materials"]["notice"]
    )
    assert "# reward = 200_000" in toml_raw and "200000" not in texts[doc_path(XQT)]
    assert "# 单位：平方米" in toml_raw and "cap_per_event_yuan" in toml_raw
    # the .csv.gz: gzip, mtime 0, no file name, GBK CSV with CRLF, a header with units, the 合计 row
    gz = raw(LZC)
    assert gz[:3] == b"\x1f\x8b\x08" and gz[3] == 0 and gz[4:8] == b"\0\0\0\0"
    inner = gzip.decompress(gz)
    assert not_utf8(inner) and inner.count(b"\r\n") == inner.count(b"\n") == 14
    table = list(csv.reader(io.StringIO(inner.decode("gbk"), newline="")))
    assert table[0][7] == "扣款金额（元）" and table[-1][0] == "合计"
    assert sum(int(r[7]) for r in table[1:-1]) == int(table[-1][7]) == 7700
    assert sum(int(r[6]) for r in table[1:-1]) == int(table[-1][6])
    # the .ris: a byte-order mark, CRLF, four records, one empty abstract, one wrapped over continuation lines
    ris = raw(XHS)
    assert ris.startswith(b"\xef\xbb\xbf") and ris.count(b"\r\n") == ris.count(b"\n")
    records = ris_records(ris)
    assert len(records) == 4 and [dict(r)["TY"] for r in records] == ["JOUR", "JOUR", "JOUR", "THES"]
    assert ("AB", "") in records[2] and b"96.\r\n3%" in ris
    assert (
        sum(1 for ln in ris.decode("utf-8-sig").split("\r\n") if ln and not re.match(r"[A-Z][A-Z0-9]  -", ln))
        >= 3
    )
    # the .bib: the encoding line, braced and quoted fields, a double-braced title, escapes, comments
    bib = raw(HTX).decode("utf-8")
    entries = bib_entries(raw(HTX))
    assert bib.startswith("% Encoding: UTF-8") and [e[0] for e in entries] == [
        "article",
        "article",
        "mastersthesis",
    ]
    assert "title    = {{玉溪市红塔区" in bib and 'author   = "杨帆 and 周晓雯"' in bib and "\\&" in bib
    assert "云南老字号7家" in bib and "云南老字号7家" not in texts[doc_path(HTX)] and "@comment{" in bib
    # the replies' keys stand in their pages
    assert "实发780×90%=702元" in texts[doc_path(LLR)] and "合计105000元（10.5万元）" in texts[doc_path(HTR)]


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
    # the which-regions questions ask by prefecture: each names it, and its roundup names both regions
    for q in Q:
        if q[1] == "regions":
            roundup = doc_text(doc_path(q[4].split(" | ")[-1]))
            assert all(r in roundup for r in q[3]), q[0]
            assert re.search(rf"{q[2][:2]}\S*{q[3][1]}", roundup), q[0]
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
    # every new kind of file answers at least two questions alone, and twelve at least among them
    alone_all = 0
    for suffix in (".org", ".wiki", ".toml", ".csv.gz", ".ris", ".bib"):
        alone = [q[0] for q in Q if " | " not in q[4] and doc_path(q[4]).endswith(suffix)]
        assert len(alone) >= 2, (suffix, alone)
        alone_all += len(alone)
    assert alone_all >= 12, alone_all


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
