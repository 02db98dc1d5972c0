"""Writes eval/policy40/questions.jsonl: questions over eval/policy40/docs (白蚁防治、城镇排水与雨污分流、城市
树木保护与立体绿化 of eight counties of 广东 and 广西), written before citeqa was run on them, as chat users
relay their own situation, as agents send keyword queries and as analysts ask which regions. The chat users'
questions carry the asker's situation first, in their own words (罗州街道 and 宅基地 and 施工队, 笪桥镇 and 回
南天 and 砖木老屋, 98年建的砖混房, 罗镜镇 and 清末 and 村民小组长, 60平的快餐店, 粿条粉店, 城东 and 两栋三层,
大叶榕 and 25公分, 飞鹅路 and 覆土40公分) and figures that are not the answer (480平方 120平方 where it is
1392元, 140平方 where it is 126元, 120平方 where it is 216元, 6800块 where it is 3400元, 150方 where it is
210元, 两栋 where it is 1800元, 25公分 15公分 where it is 4100元, 180平方 40米 where it is 20000元), with
local words (白蚂蚁, 老屋, 方 for 立方米, 公分 for 厘米, 下水道, 爬山虎). Several are answered only by a 12345
/ 市长信箱 / 领导留言板 reply (1392元, 126元, 3400元, 210元, 2300元, 1800元, 4100元, 20000元), some only by a
new kind of file (the .sql's 216元, 免费复治, 24小时内上门 and 0668-7362110; the .ics's 2026年4月30日, 每周三
and 0772-6812345; the .dbf's 1260, 328000 and 2026年10月底前; the .db's 每户补助300元, 第3个月和第12个月 and
不属于补助范围; the .rst's 届满前30日, 每季度1次 and 日排水量100立方米以上), the GB18030 .txt (饶平县正达市政
工程有限公司), the UTF-16 .txt (5月底前, 二分之一), the GBK .txt (违法建筑, 一证为一户), a 政策解读 (2.3万株,
业主委员会, 15个工作日内, 不向学生家长收取), the 办事指南 (8号窗口, 隐蔽工程竣工报告), the .docx's cells whose
unit only the header names (2.5) or the 繁體 page (市財政全額承擔, 每處最高5000元, 專項經費80萬元). The
agents' queries are terse (「鹿寨 屋顶绿化 垂直绿化 奖补 第一批 申报 截止」). Regions are named by the
county's name, full or short (廉江, 化州, 罗定, 怀集, 饶平, 昭平, 象州, 鹿寨), the analysts' questions by
prefecture (湛江, 茂名, 云浮, 肇庆, 潮州, 贺州, 来宾, 柳州). Five questions are in traditional script (three
on the 繁體 page, whose keys are in traditional script as OpenCC s2tw writes them; the page itself was written
by hand). The keys are what a correct answer must contain, written as the documents write them; where a figure
is written two ways in a document, both are listed (20000元 / 2万元).

Each measure is stated by one region's documents and a roundup that also names a second region having done it
(遂溪县, 吴川市, 信宜市, 茂南区, 郁南县, 云城区, 广宁县, 四会市, 潮安区, 钟山县, 武宣县, 兴宾区, 柳城县); the
roundups name regions that have only planned a measure (徐闻, 高州, 云安, 封开, 湘桥, 富川, 忻城, 融安: in no
expected list), regions named in passing (坡头, 鼎湖, 八步, 合山, 柳江) and regions that did something else
instead of the measure a question asks (雷州, 电白, 德庆, 平桂, 金秀: in no expected list, each named in the
roundup the question lists). The unanswerable questions ask five planned regions, or a neighbour of what a
document states (廉江's 农村自建住宅 白蚁预防 补助, which only the 征求意见稿 had; 化州's 新建房屋 预防费,
which only 廉江 sets; 鹿寨's 第二批 申报, which the calendar does not have; 电白's 灭治 补助, a measure the
roundup says it does not have; 饶平's 污水处理费, which only 怀集 states; 象州's 树木 认养 fee, which the 办法
does not give).

``python -m eval.policy40.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv (not with citeqa, nor any reader of the
earlier collections):
- .html by the charset its <meta> names, tags stripped; .docx by zipfile, word/document.xml a line per w:p (an
  empty file has no text); .pdf by pypdf, a page's lines joined; .txt by its byte-order mark (UTF-16, UTF-8),
  else UTF-8, else GB18030;
- .sql by hand: the CREATE TABLE's column COMMENTs, then per row of the extended INSERT a line per non-NULL
  value named by its COMMENT, strings unescaped (\\r, \\n, \\', \\", \\\\);
- .ics by hand: lines unfolded (CRLF and a space), per VEVENT its SUMMARY, LOCATION and DESCRIPTION with the
  TEXT escapes resolved, a cancelled event marked （已取消）;
- .dbf by struct: the header, the field descriptors (names decoded by the language driver's code page), each
  live record's cells (deleted '*' records skipped) as name：value;
- .db by sqlite3 (Connection.deserialize): per table and view in sqlite_master order, its rows as
  column：value;
- .rst by regular expressions: comments, targets, substitution definitions and the contents directive dropped,
  substitutions replaced, over- and underlines dropped, field lists as name：value, list-table rows as lines,
  admonitions' bodies kept, **, `` and escaped spaces stripped.

It checks the expected regions, planned-only, passing and similar ones as above, that each planned-only region
is named beside 拟, 将 or 计划 in a roundup, that the kinds number as planned, that each new kind of file
alone answers at least two questions, and the files' peculiarities: the 征求意见稿 against its final text; the
duplicate (the same bytes under “ - 副本”); the empty 附件 (0 bytes); the two 政策解读.html (one name, two
folders); the GBK .txt (CRLF); the GB18030 .txt (CRLF, 㛃 that GBK cannot write); the UTF-16 .txt (LE
byte-order mark, CRLF); the .docx (two tables, the units in the header row only); the PDF (three pages, its
wrap cutting 每立方米0.9 | 5元); the 繁體 page (zh-TW, its furniture traditional too); the .sql (mysqldump's
header and SET lines, DROP / CREATE with COMMENTs, LOCK TABLES, one INSERT, the escapes, NULLs, unquoted
DECIMALs without their unit); the .ics (VTIMEZONE, four VEVENTs, RRULE and EXDATE, the cancelled one, every
line at most 75 octets, the folds cutting 2026年4月30日 and 0772-6812345); the .dbf (version 3, the header's
date, code page 0x7A, GBK field names, the deleted record whose 1620 is not read); the .db (page size 4096,
two tables and a view, 补助金额_分 sums); the .rst (substitutions resolved, the comment's 60日 not read, the
list-table row, the field list)."""

from __future__ import annotations

import html
import io
import re
import sqlite3
import struct
import zipfile
from pathlib import Path

import opencc
import pypdf

from eval import policy_make as make
from eval.policy40 import make_docs as md
from eval.policy_make import Documents, both, doc_path, not_utf8

_S2TW = opencc.OpenCC("s2tw")
_T2S = opencc.OpenCC("t2s")
t = _S2TW.convert  # a key of the 繁體 page, as that page writes it

LJB = f"广东/廉江市/{md.LJ_TITLE}.html"
LJC = f"广东/廉江市/{md.LJ_TITLE} - 副本.html (the same page under a copy's name)"
LJQ = (
    f"广东/廉江市/{md.LJ_DRAFT_TITLE}.html"
    " (征求意见稿: 2.6元, 3.2元, 每2年, 72小时, 5日, 农村自建住宅补助500元, 2026年4月1日)"
)
LJR = f"广东/廉江市/12345 {md.LJ_REPLY_Q}.html"
HZD = f"广东/化州市/{md.HZ_DOCX} (two tables, units in the header row)"
HZS = f"广东/化州市/{md.HZ_SQL} (MySQL dump, answers in escaped multi-line reply fields)"
HZJ = "广东/化州市/政策解读.html (named like 象州's)"
HZR = f"广东/化州市/市长信箱 {md.HZ_REPLY_Q}.html"
LDB = f"广东/罗定市/{md.LD_DB} (SQLite 台账, text columns, 补助金额_分 in 分)"
LDT = f"广东/罗定市/{md.LD_TRAD_TITLE}（繁體版）.html (traditional script, written by hand)"
LDR = f"广东/罗定市/12345 {md.LD_REPLY_Q}.html"
HJP = f"广东/怀集县/{md.HJ_PDF} (hard-wrapped PDF, 每立方米0.9 / 5元)"
HJG = "广东/怀集县/办事指南.html (key-value rows)"
HJS = f"广东/怀集县/{md.HJ_RST} (reStructuredText, substitutions, a comment holding an old figure)"
HJR = f"广东/怀集县/12345 {md.HJ_REPLY_Q}.html"
RPB = f"广东/饶平县/{md.RP_TITLE}.html"
RPD = f"广东/饶平县/{md.RP_DBF} (dBase III, GBK field names, a deleted record with a wrong figure)"
RPX = f"广东/饶平县/{md.RP_TXT} (GB18030, CRLF, space-aligned)"
RPR = f"广东/饶平县/领导留言板 {md.RP_REPLY_Q}.html"
ZPX = f"广西/昭平县/{md.ZP_TXT} (GBK, CRLF)"
ZPR = f"广西/昭平县/12345 {md.ZP_REPLY_Q}.html"
XZB = f"广西/象州县/{md.XZ_TITLE}.html"
XZJ = "广西/象州县/政策解读.html (named like 化州's)"
XZX = f"广西/象州县/{md.XZ_TXT} (UTF-16 LE, CRLF)"
XZR = f"广西/象州县/领导留言板 {md.XZ_REPLY_Q}.html"
LZB = f"广西/鹿寨县/{md.LZ_TITLE}.html"
LZI = f"广西/鹿寨县/{md.LZ_ICS} (iCalendar, folds cutting the deadline and the phone number)"
LZE = f"广西/鹿寨县/{md.LZ_EMPTY} (empty)"
LZR = f"广西/鹿寨县/12345 {md.LZ_REPLY_Q}.html"
N1, N2, N3, N4 = (f"新闻/{title}.html" for title, _ in md.NEWS)

PLANNED = ["徐闻", "高州", "云安", "封开", "湘桥", "富川", "忻城", "融安"]
PASSING = ["坡头", "鼎湖", "八步", "合山", "柳江"]
# regions a roundup says have done something else instead of the measure a question asks
SIMILAR = ["雷州", "电白", "德庆", "平桂", "金秀"]
NEIGHBOURS = ("u06", "u07", "u08", "u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only,
    # passing and similar regions are in no list
    (
        "r01",
        "regions",
        "湛江哪些县市已经把白蚁预防纳入新房竣工验收了？只搞了白蚁普查的不算",
        ["廉江市", "遂溪县"],
        both(LJB, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "湛江 包治期内 白蚁 接报后48小时 上门灭治 县市",
        ["廉江市", "吴川市"],
        both(LJB, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "茂名哪些县市区对低保户这些困难家庭灭白蚁给补助？只发灭蚁药的不算",
        ["化州市", "信宜市"],
        both(HZD, N1),
        [],
    ),
    ("r04", "regions", "茂名 白蚁灭治 收费指导价 已公布 县市区", ["化州市", "茂南区"], both(HZD, N1), []),
    (
        "r05",
        "regions",
        "云浮哪些地方对农村老房子灭白蚁按户补助？还在计划的不算",
        ["罗定市", "郁南县"],
        both(LDB, N1),
        [],
    ),
    (
        "r06",
        "regions",
        "云浮 文物建筑 白蚁防治费用 财政承担 县市区",
        ["罗定市", "云城区"],
        both(LDT, N1),
        [],
    ),
    (
        "r07",
        "regions",
        "肇庆哪些县市的排水许可实行告知承诺制？只做了管网普查的不算",
        ["怀集县", "广宁县"],
        both(HJP, N2),
        [],
    ),
    ("r08", "regions", "肇庆 排水户 分类管理 重点排水户 县市", ["怀集县", "四会市"], both(HJS, N2), []),
    (
        "r09",
        "regions",
        "潮州哪些县区对居民家雨污分流入户改造给补助？只要已经在做的",
        ["饶平县", "潮安区"],
        both(RPB, N2),
        [],
    ),
    (
        "r10",
        "regions",
        "贺州哪些县区给自建房接驳污水管网发补助？只建了农村污水处理设施的不算",
        ["昭平县", "钟山县"],
        both(ZPX, N2),
        [],
    ),
    (
        "r11",
        "regions",
        "来宾哪些县区砍城市树木要按胸径交绿化补偿费？只搞古树名木挂牌的不算",
        ["象州县", "武宣县"],
        both(XZB, N3),
        [],
    ),
    ("r12", "regions", "来宾 临时占用城市绿地 收费 县区", ["象州县", "兴宾区"], both(XZB, N3), []),
    (
        "r13",
        "regions",
        "柳州哪些县区对屋顶绿化按面积给奖补？还在计划的不算",
        ["鹿寨县", "柳城县"],
        both(LZB, N4),
        [],
    ),
    # numbers: a chat user's own case (the reply reckons it), a keyword query, a table's cell, a new kind of
    # file
    (
        "n01",
        "number",
        "我在廉江罗州街道自己的宅基地上盖4层商住楼，二到四层住人共480平方，一楼商铺120平方，施工队说开工前要签白蚁"
        "预防合同，白蚁预防费一共要交多少？",
        "480×2.2=1056元＋120×2.8=336元，合计1392元",
        both(LJR, LJB),
        ["1392元"],
    ),
    (
        "n02",
        "number",
        "廉江 新建 住宅 白蚁预防费 收费标准",
        "住宅每平方米2.2元，非住宅每平方米2.8元（征求意见稿为2.6元、3.2元）",
        LJB,
        ["每平方米2.2元"],
    ),
    (
        "n03",
        "number",
        "我家是化州笪桥镇的防止返贫监测户，140平方的砖木老屋回南天以后梁上门框都是白蚂蚁，请防治所来灭，政府补完"
        "自己还要出多少？",
        "灭治费140×1.8=252元，补助50%即126元（上限300元），自付126元",
        both(HZR, HZD),
        ["126元"],
    ),
    (
        "n04",
        "number",
        "化州 非住宅 白蚁灭治 收费指导价 每平方米",
        "每平方米2.5元，保质期3年（表中单位只在表头：灭治收费（元/平方米））",
        HZD,
        ["2.5"],
    ),
    (
        "n05",
        "number",
        "我家在化州，98年建的砖混房120平方，楼梯木地板都有白蚁，不是低保户，请人灭一次大概要多少钱？",
        "120×1.8=216元，不属于补助对象",
        HZS,
        ["216元"],
    ),
    (
        "n06",
        "number",
        "我是罗定罗镜镇的村民小组长，村里清末的彭氏宗祠列入了传统建筑保护名录但不是文保单位，梁柱被白蚁蛀了，请防治所"
        "灭治花了6800块，能补多少？",
        "按灭治费用50%补助，每处最高5000元：6800×50%=3400元",
        both(LDR, LDT),
        ["3400元"],
    ),
    (
        "n07",
        "number",
        "罗定 农村 砖木 老房 灭白蚁 每户 补助 多少",
        "砖木、土木结构农房每户补助300元（台账的补助金额_分列写作30000，单位是分）",
        LDB,
        ["每户补助300元"],
    ),
    (
        "n08",
        "number",
        "我在怀集怀城街道开了家60平的快餐店，一个月用水150方左右，厨房油污水排到门口下水道，每个月污水处理费要交多少？",
        "非居民每立方米1.40元：150×1.40=210元",
        both(HJR, HJP),
        ["210元"],
    ),
    (
        "n09",
        "number",
        "怀集 居民 生活用水 污水处理费 每立方米",
        "居民生活用水每立方米0.95元（PDF 第2页，折行把 0.9 / 5元 拆开；非居民1.40元）",
        HJP,
        ["每立方米0.95元"],
        2,
    ),
    (
        "n10",
        "number",
        "饶平黄冈镇一共有多少户做了雨污分流入户改造？",
        "1260户（含沿街餐饮隔油池12个；作废的那条记录写的是1620户）",
        RPD,
        ["1260"],
    ),
    (
        "n11",
        "number",
        "饶平 三饶镇 雨污分流入户改造 补助金额",
        "328000元（410户）",
        RPD,
        ["328000"],
    ),
    (
        "n12",
        "number",
        "我家在饶平黄冈镇沿街，一楼开粿条粉店二三楼自己住，阳台洗衣机和厨房的水都接在雨水管，店里还要建隔油池，6月"
        "中旬报了名，改完一共能补多少？",
        "住户立管改造800元＋隔油池1500元，合计2300元",
        both(RPR, RPB),
        ["2300元"],
    ),
    (
        "n13",
        "number",
        "我在昭平镇城东，我和儿子两栋三层自建房挨着，各有不动产权证，今年都接驳了市政污水管，我家还把化粪池清掏封堵了，"
        "儿子那栋化粪池还在用，两家一共能补多少？",
        "我家700+400=1100元，儿子家700元，合计1800元",
        both(ZPR, ZPX),
        ["1800元"],
    ),
    (
        "n14",
        "number",
        "我家住象州镇，门口人行道3棵大叶榕的树根把一楼地基拱裂了，量了两棵胸径25公分左右、一棵15公分，申请砍伐批下来"
        "要交多少绿化补偿费？",
        "2×1600+900=4100元，另须补植9株",
        both(XZR, XZB),
        ["4100元"],
    ),
    (
        "n15",
        "number",
        "我在鹿寨县城飞鹅路有栋4层商铺，去年楼顶做了180平方花园式绿化，覆土40公分，临街外墙种了40米长的爬山虎，荷载"
        "证明有，能拿多少奖补？",
        "180×100＋40×50=20000元（2万元），未超过20万元上限",
        both(LZR, LZB),
        ["20000元", "2万元"],
    ),
    (
        "n16",
        "number",
        "象州县城现在一共有多少棵行道树？",
        "截至2025年底，县城共有行道树2.3万株（登记在册的古树名木46株）",
        XZJ,
        ["2.3万株"],
    ),
    # dates
    (
        "d01",
        "date",
        "廉江新建房屋白蚁预防新办法从哪天开始执行？",
        "2026年5月1日（征求意见稿为2026年4月1日），有效期5年",
        LJB,
        ["2026年5月1日"],
    ),
    (
        "d02",
        "date",
        "鹿寨 屋顶绿化 垂直绿化 奖补 第一批 申报 截止",
        "2026年4月30日（4月1日至4月30日；日历中已取消的旧申报期为3月16日至4月15日）",
        LZI,
        ["2026年4月30日"],
    ),
    (
        "d03",
        "date",
        "饶平 浮滨镇 雨污分流 入户施工 什么时候 完成",
        "山区镇，入户施工于2026年10月底前完成",
        RPD,
        ["2026年10月底前"],
    ),
    ("d04", "date", "饶平雨污分流入户改造报名截止到哪天？", "2026年6月30日", RPB, ["2026年6月30日"]),
    (
        "d05",
        "date",
        "怀集 排水许可证 快到期 提前多久 申请延续",
        "有效期届满前30日申请延续，逾期未申请的到期失效须重新申领",
        HJS,
        ["届满前30日"],
    ),
    (
        "d06",
        "date",
        "象州 行道树 台风季 防风修剪 最晚 什么时候",
        "台风季节前须在5月底前完成防风修剪（常规修剪每年11月至次年2月）",
        XZX,
        ["5月底前"],
    ),
    (
        "d07",
        "date",
        "鹿寨的立体绿化奖补钱什么时候能发下来？",
        "核验结果公示7天无异议的，于2026年8月底前兑付",
        LZB,
        ["2026年8月底前"],
    ),
    (
        "d08",
        "date",
        "象州 批准 砍树 以后 补种 要在 多长时间内 完成",
        "砍伐后3个月内完成补植，未按期补植的代为补植、费用由申请人承担",
        XZJ,
        ["3个月内完成补植"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "化州 去年请防治所灭过白蚁 今年又有蚁路 还要再交钱吗",
        "不用：住宅灭治保质期3年，保质期内复发的由白蚁防治所免费复治",
        HZS,
        ["免费复治"],
    ),
    (
        "y02",
        "yesno",
        "廉江买的新房交房第8年发现白蚁，白蚁防治单位还管不管？",
        "管：包治期自竣工验收起不少于15年，包治期内接报后48小时内上门免费灭治并承担修复费用",
        LJB,
        ["不少于15年"],
    ),
    (
        "y03",
        "yesno",
        "罗定 我家是砖混楼房 灭白蚁 能享受 每户补助 吗",
        "不能：砖混结构不属于补助范围，农户自费灭治（补助只面向砖木、土木结构农房）",
        LDB,
        ["不属于补助范围"],
    ),
    (
        "y04",
        "yesno",
        "昭平 没办证的违建自建房 接驳污水管网 能领补助吗",
        "不能：违法建筑不予补助",
        ZPX,
        ["违法建筑"],
    ),
    (
        "y05",
        "yesno",
        "象州 批准 把树 移走 不砍 还要交绿化补偿费吗",
        "不用：经批准迁移的不缴纳绿化补偿费；但迁移的树木1年内死亡的要补缴",
        XZB,
        ["不缴纳绿化补偿费"],
    ),
    (
        "y06",
        "yesno",
        "在怀集开饭馆，往市政下水道排污水要不要办证？",
        "要：餐饮等排水户应当申请领取污水排入排水管网许可证（有效期5年，告知承诺当场办结）",
        HJP,
        ["污水排入排水管网许可证"],
        1,
    ),
    (
        "y07",
        "yesno",
        "化州孩子学校宿舍有白蚁，学校让家长分摊灭治费，合理吗？",
        "不合理：中小学校、幼儿园的白蚁灭治费用由市财政承担，不向学生家长收取",
        HZJ,
        ["不向学生家长收取"],
    ),
    (
        "y08",
        "yesno",
        "鹿寨 屋顶绿化 刚做完 一个月 能申报 奖补 吗",
        "不能：须建成后养护满6个月、植物覆盖率达到80%以上",
        LZB,
        ["养护满6个月"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "化州家里木门框被白蚁蛀空了，打电话报了以后多久有人上门？",
        "拨打白蚁防治所0668-7362110，接报后24小时内上门查勘，确认后3个工作日内灭治",
        HZS,
        ["24小时内上门"],
    ),
    (
        "p02",
        "procedure",
        "鹿寨 立体绿化奖补 现场受理 哪天 在哪个窗口",
        "申报期内每周三上午9:00-12:00，县政务服务中心三楼12号窗口（4月15日暂停一次）",
        LZI,
        ["每周三"],
    ),
    (
        "p03",
        "procedure",
        "怀集排水许可证到县政务服务中心哪个窗口办？",
        "县政务服务中心一楼8号窗口，不收费，材料齐全并书面承诺的当场办结",
        HJG,
        ["8号窗口"],
    ),
    (
        "p04",
        "procedure",
        "化州困难家庭申请灭白蚁补助找谁？多久审完？",
        "向户籍所在镇（街道）申请，初审后报市住建局，15个工作日内完成审核",
        HZJ,
        ["15个工作日内"],
    ),
    (
        "p05",
        "procedure",
        "昭平 自建房 接驳补助 验收后 钱打到哪",
        "验收合格后30日内拨付到申请人社会保障卡账户",
        ZPX,
        ["社会保障卡账户"],
    ),
    (
        "p06",
        "procedure",
        "象州台风天大树要倒了压到房子，来不及审批先砍了，手续怎么补？",
        "抢险救灾或者严重危及安全需紧急砍伐的可先行处置，处置后5日内补办手续",
        XZB,
        ["5日内补办手续"],
    ),
    (
        "p07",
        "procedure",
        "我在饶平钱东镇，雨污分流入户改造是哪家施工单位负责？怎么联系？",
        "饶平县正达市政工程有限公司，联系人许少鹏，13829094517",
        RPX,
        ["饶平县正达市政工程有限公司", "13829094517"],
    ),
    # lists
    (
        "l01",
        "list",
        "怀集 排水许可 申请 要准备 哪些材料",
        "排水许可申请表；内部排水管网、专用检测井、排放口的图纸及说明；污水预处理设施材料；排水隐蔽工程竣工报告；"
        "排水水质检测报告",
        HJG,
        ["隐蔽工程竣工报告", "检测报告"],
    ),
    (
        "l02",
        "list",
        "鹿寨 立体绿化 奖补 申报 条件",
        "屋顶绿化面积50平方米以上；建成后养护满6个月、覆盖率80%以上；取得荷载安全证明",
        LZB,
        ["50平方米以上", "荷载安全证明"],
    ),
    (
        "l03",
        "list",
        "廉江新房办竣工验收备案时，白蚁预防这块要交哪些东西？",
        "白蚁预防合同和施工记录；未实施白蚁预防的不予办理竣工验收备案",
        LJB,
        ["白蚁预防合同和施工记录"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "昭平 接驳补助 户数 怎么算 一栋房两个本",
        "以不动产权证书或者宅基地使用权证确定，一证为一户",
        ZPX,
        ["一证为一户"],
    ),
    (
        "e02",
        "eligibility",
        "怀集 什么样的 排水户 算 重点排水户",
        "日排水量100立方米以上的工业、医疗排水户（每季度检测1次水质）",
        HJS,
        ["日排水量100立方米以上"],
    ),
    (
        "e03",
        "eligibility",
        "象州小区里的树要砍，该谁去申请？",
        "由业主委员会或者物业服务企业征求业主意见后向县住建局申请",
        XZJ,
        ["业主委员会"],
    ),
    # fields
    ("f01", "field", "化州 白蚁防治所 服务电话", "0668-7362110", HZS, ["0668-7362110"]),
    (
        "f02",
        "field",
        "鹿寨县住建局园林绿化股咨询电话多少？",
        "0772-6812345（工作日8:00-12:00, 15:00-18:00）",
        LZI,
        ["0772-6812345"],
    ),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "怀集一家医院每天排150方污水，水质多久要查一次？",
        "日排水量100立方米以上的医疗排水户属重点排水户，每季度检测1次",
        HJS,
        ["每季度1次"],
    ),
    (
        "a02",
        "paraphrase",
        "罗定农村老房子灭完白蚁，后面还会有人来回访检查吗？什么时候？",
        "灭治后第3个月和第12个月各复查1次，发现活体白蚁的免费补治",
        LDB,
        ["第3个月和第12个月"],
    ),
    (
        "a03",
        "paraphrase",
        "象州修剪行道树，最多能把树剪掉多少？",
        "修剪后树冠高度不少于树高的二分之一，严禁砍头式修剪",
        XZX,
        ["二分之一"],
    ),
    # traditional script: three on the 繁體 page, its keys as that page writes them
    (
        "c01",
        "traditional",
        "羅定市文物建築和歷史建築的白蟻防治費用由誰出？",
        "由市財政全額承擔",
        LDT,
        [t("市财政全额承担")],
    ),
    (
        "c02",
        "traditional",
        "羅定宗祠這類未定級傳統建築滅白蟻，每處最多補助多少？",
        "按滅治費用的50%補助，每處最高5000元",
        LDT,
        [t("每处最高5000元")],
    ),
    (
        "c03",
        "traditional",
        "羅定市每年安排多少白蟻防治專項經費？",
        "每年安排白蟻防治專項經費80萬元",
        LDT,
        [t("专项经费80万元")],
    ),
    (
        "c04",
        "traditional",
        "廉江市新建住宅的白蟻預防費每平方米收多少？",
        "住宅每平方米2.2元，非住宅每平方米2.8元",
        LJB,
        ["每平方米2.2元"],
    ),
    (
        "c05",
        "traditional",
        "鹿寨縣花園式屋頂綠化每平方米獎補多少？",
        "每平方米獎補100元，單個項目最高20萬元",
        LZB,
        ["每平方米奖补100元"],
    ),
    # unanswerable: planned-only regions, neighbours of what the documents state
    (
        "u01",
        "unanswerable",
        "徐闻县新建房屋白蚁预防费每平方米收多少？",
        "应拒答：徐闻只是拟于下半年将白蚁预防纳入竣工验收",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "高州 困难家庭 白蚁灭治 补助 每户 上限",
        "应拒答：高州只是计划明年出台补助办法",
        "-",
        [],
    ),
    ("u03", "unanswerable", "云安区农村老房子灭白蚁每户补多少钱？", "应拒答：云安只是拟于明年开展", "-", []),
    (
        "u04",
        "unanswerable",
        "富川 自建房 接驳 污水管网 补助 每户 多少",
        "应拒答：富川只是拟于明年出台接驳补助政策",
        "-",
        [],
    ),
    ("u05", "unanswerable", "融安县屋顶绿化每平方米奖补多少？", "应拒答：融安只是计划明年出台", "-", []),
    (
        "u06",
        "unanswerable",
        "廉江 农村自建住宅 白蚁预防 补助 每户 多少",
        "应拒答：只有征求意见稿有每户500元的农村自建住宅补助，正式办法已删去",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "化州新建房屋的白蚁预防费每平方米收多少？",
        "应拒答：化州的方案只定了既有房屋白蚁灭治的收费指导价，没有新建房屋预防费（每平方米2.2元是廉江的）",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "鹿寨 立体绿化 奖补 第二批 申报 时间",
        "应拒答：申报日历只有第一批（4月1日至4月30日）和已取消的旧申报期，没有第二批",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "电白区困难家庭灭白蚁每户能补助多少？",
        "应拒答：电白只免费发放灭蚁药剂，没有白蚁灭治补助",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "饶平 居民 污水处理费 每立方米 多少钱",
        "应拒答：饶平的文件只有雨污分流入户改造补助，没有污水处理费标准（每立方米0.95元是怀集的）",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "象州 认养 一棵 城市树木 一年 多少钱",
        "应拒答：象州的办法只规定砍伐、迁移审批和绿化补偿费，没有树木认养费用",
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


SQL_ESCAPES = {"0": "\0", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "b": "\b"}


def sql_values(text: str) -> list[list[str | None]]:
    """The rows of a mysqldump extended INSERT's VALUES list: strings unescaped (\\n, \\r, \\', \\",
    \\\\ …), NULL as None, numbers as written."""
    rows: list[list[str | None]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] != "(":
            i += 1
            continue
        i += 1
        row: list[str | None] = []
        while True:
            if text[i] == "'":
                i += 1
                out = []
                while text[i] != "'":
                    if text[i] == "\\":
                        out.append(SQL_ESCAPES.get(text[i + 1], text[i + 1]))
                        i += 2
                    else:
                        out.append(text[i])
                        i += 1
                row.append("".join(out))
                i += 1
            else:
                m = re.match(r"[^,)]*", text[i:])
                assert m
                token = m.group(0)
                row.append(None if token == "NULL" else token)
                i += len(token)
            if text[i] == ",":
                i += 1
                continue
            assert text[i] == ")"
            i += 1
            break
        rows.append(row)
        if text[i] == ";":
            break
    return rows


def sql_columns(dump: str, table: str) -> list[tuple[str, str]]:
    """The (column, COMMENT) pairs of a CREATE TABLE in a dump."""
    body = dump.split(f"CREATE TABLE `{table}` (", 1)[1].split("\n) ", 1)[0]
    cols = []
    for line in body.splitlines():
        m = re.match(r"\s*`(\w+)` .*?(?:COMMENT '((?:[^'\\]|\\.)*)')?,?$", line)
        if m:
            cols.append((m.group(1), m.group(2) or m.group(1)))
    return cols


def sql_text(data: bytes) -> str:
    """A mysqldump file: per row of each INSERT, a line per non-NULL value, named by its column's COMMENT."""
    dump = data.decode("utf-8")
    out = []
    for m in re.finditer(r"^INSERT INTO `(\w+)` VALUES (.*);$", dump, re.M):
        cols = sql_columns(dump, m.group(1))
        for row in sql_values(m.group(2) + ";"):
            assert len(row) == len(cols), row
            out += [f"{comment}：{v}" for (_, comment), v in zip(cols, row, strict=True) if v is not None]
            out.append("")
    return "\n".join(out)


def ics_unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def ics_components(data: bytes) -> list[dict[str, str]]:
    """The VEVENTs of an iCalendar file: lines unfolded (CRLF and one space or tab), each property by its name
    (parameters dropped) with its raw value."""
    text = re.sub(r"\r\n[ \t]", "", data.decode("utf-8"))
    events: list[dict[str, str]] = []
    current: dict[str, str] = {}
    depth: list[str] = []
    for line in text.split("\r\n"):
        if line.startswith("BEGIN:"):
            depth.append(line[6:])
            if line == "BEGIN:VEVENT":
                current = {}
            continue
        if line.startswith("END:"):
            if depth.pop() == "VEVENT":
                events.append(current)
            continue
        if depth and depth[-1] == "VEVENT" and ":" in line:
            name, value = line.split(":", 1)
            current[name.split(";", 1)[0]] = value
    return events


def ics_text(data: bytes) -> str:
    """Per VEVENT its SUMMARY, LOCATION and DESCRIPTION, TEXT escapes resolved; a cancelled one marked so."""
    out = []
    for e in ics_components(data):
        mark = "（已取消）" if e.get("STATUS") == "CANCELLED" else ""
        out += [ics_unescape(e.get(k, "")) for k in ("SUMMARY", "LOCATION", "DESCRIPTION")]
        out[-3] += mark
        out.append("")
    return "\n".join(out)


def dbf_table(data: bytes) -> tuple[dict, list[tuple[str, str, int, int]], list[tuple[bool, list[str]]]]:
    """A dBase III file: its header fields, field descriptors and records (deleted flag, raw cell text)."""
    version, yy, mm, dd, count, head_len, rec_len = struct.unpack("<BBBBIHH", data[:12])
    codec = {0x7A: "gb18030", 0x4D: "gb18030"}.get(data[29], "cp1252")
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        d = data[pos : pos + 32]
        fields.append((d[:11].split(b"\x00", 1)[0].decode(codec), chr(d[11]), d[16], d[17]))
        pos += 32
    assert pos + 1 == head_len
    records = []
    for k in range(count):
        rec = data[head_len + k * rec_len : head_len + (k + 1) * rec_len]
        cells, off = [], 1
        for _, _, length, _ in fields:
            cells.append(rec[off : off + length].decode(codec).strip())
            off += length
        records.append((rec[:1] == b"*", cells))
    assert data[head_len + count * rec_len :] == b"\x1a"
    header = {"version": version, "date": (1900 + yy, mm, dd), "count": count, "codepage": data[29]}
    return header, fields, records


def dbf_text(data: bytes) -> str:
    """A .dbf table: per live record (deleted ones skipped) a line of field name and value pairs."""
    _, fields, records = dbf_table(data)
    return "\n".join(
        "　".join(f"{f[0]}：{v}" for f, v in zip(fields, cells, strict=True) if v)
        for deleted, cells in records
        if not deleted
    )


def sqlite_text(data: bytes) -> str:
    """A SQLite database: per table and view (in sqlite_master order), its rows as column: value lines."""
    con = sqlite3.connect(":memory:")
    con.deserialize(data)
    out = []
    names = con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY rowid")
    for _, name in names.fetchall():
        cur = con.execute(f'SELECT * FROM "{name}"')
        cols = [c[0] for c in cur.description]
        out.append(name)
        for row in cur.fetchall():
            out.append("　".join(f"{c}：{v}" for c, v in zip(cols, row, strict=True) if v is not None))
    con.close()
    return "\n".join(out)


def rst_text(data: bytes) -> str:
    """A reStructuredText page as its built HTML reads: comments and substitution definitions dropped (their
    uses replaced), section over/underlines dropped, field lists as name: value, list-table rows as lines,
    admonitions' bodies kept, inline markup (**, ``) and escaped spaces (\\ ) stripped."""
    lines = data.decode("utf-8").splitlines()
    subs = {}
    for line in lines:
        m = re.match(r"\.\. \|([^|]+)\| replace:: (.*)$", line)
        if m:
            subs[m.group(1)] = m.group(2)
    out: list[str] = []
    skip_block = False
    row: list[str] = []
    for line in lines:
        if skip_block:
            if line.startswith("   ") or not line.strip():
                continue
            skip_block = False
        if line.startswith(".. "):
            directive = re.match(r"\.\. ([\w-]+)::(.*)$", line)
            if directive and directive.group(1) in ("note", "warning", "list-table"):
                if directive.group(2).strip():
                    out.append(directive.group(2).strip())
                continue
            # a comment, a target, a substitution definition or a contents directive, with its indented block
            skip_block = True
            continue
        if re.fullmatch(r"([=\-~^])\1{3,}", line.strip()):
            continue
        stripped = line.strip()
        if re.match(r":[\w-]+: ", stripped) and line.startswith("   :"):
            continue  # a directive's option
        if stripped.startswith("* - "):
            if row:
                out.append(" ".join(row))
            row = [stripped[4:]]
            continue
        if stripped.startswith("- ") and row:
            row.append(stripped[2:])
            continue
        if row and not stripped:
            out.append(" ".join(row))
            row = []
        m = re.match(r":([^:]+): (.*)$", stripped)
        out.append(f"{m.group(1)}：{m.group(2)}" if m else stripped)
    if row:
        out.append(" ".join(row))
    text = "\n".join(out)
    for name, value in subs.items():
        text = text.replace(f"|{name}|", value)
    text = text.replace("\\ ", "").replace("**", "").replace("``", "")
    return re.sub(r"\n{3,}", "\n\n", text)


DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".pdf", pdf_text),
        (".txt", txt_decode),
        (".sql", sql_text),
        (".ics", ics_text),
        (".dbf", dbf_text),
        (".db", sqlite_text),
        (".rst", rst_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw
zpart = DOCUMENTS.part

ONLY = {
    HZS: ["216元", "免费复治", "24小时内上门", "0668-7362110"],
    LZI: ["2026年4月30日", "每周三", "0772-6812345", "12号窗口"],
    RPD: ["1260", "328000", "2026年10月底前"],
    LDB: ["每户补助300元", "第3个月和第12个月", "不属于补助范围"],
    HJS: ["届满前30日", "每季度1次", "日排水量100立方米以上"],
    LDT: [t("市财政全额承担"), t("每处最高5000元"), t("专项经费80万元")],
    HJP: ["每立方米0.95元", "污水排入排水管网许可证"],
    HJG: ["隐蔽工程竣工报告"],
    HZJ: ["15个工作日内", "不向学生家长收取", "1370间"],
    XZJ: ["2.3万株", "3个月内完成补植", "业主委员会"],
    XZX: ["5月底前", "二分之一"],
    ZPX: ["违法建筑"],
    RPX: ["饶平县正达市政工程有限公司", "13829094517", "质保期2年"],
    LZB: ["养护满6个月", "荷载安全证明"],
    LJR: ["1392元"],
    HZR: ["126元"],
    LDR: ["3400元"],
    HJR: ["210元"],
    RPR: ["2300元"],
    ZPR: ["1800元"],
    XZR: ["4100元"],
    LZR: ["20000元"],
}
# keys cut in the file's bytes (the calendar's folds, the PDF's wrap), found only in the decoded text
CUT = {
    LZI: ["2026年4月30日", "0772-6812345"],
    HJP: ["每立方米0.95元"],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert len(texts) == 33, len(texts)
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures and an article the final text dropped
    final, draft = texts[doc_path(LJB)], texts[doc_path(LJQ)]
    for a, b in (
        ("住宅每平方米2.2元", "住宅每平方米2.6元"),
        ("非住宅每平方米2.8元", "非住宅每平方米3.2元"),
        ("应当每年回访检查1次", "应当每2年回访检查1次"),
        ("接到报告后48小时内", "接到报告后72小时内"),
        ("基础施工前3日", "基础施工前5日"),
        ("2026年5月1日起施行", "2026年4月1日起施行"),
    ):
        assert a in final and b in draft and a not in draft and b not in final, (a, b)
    assert "每户补助500元" in draft and "自建住宅" not in final
    # the duplicate, the empty 附件, the two 政策解读.html
    assert raw(LJB) == raw(LJC)
    assert raw(LZE) == b"" and texts[doc_path(LZE)] == ""
    assert Path(doc_path(HZJ)).name == Path(doc_path(XZJ)).name and raw(HZJ) != raw(XZJ)
    assert "化州" in texts[doc_path(HZJ)] and "象州" in texts[doc_path(XZJ)]
    assert "问：" in texts[doc_path(HZJ)] and "问1：" in texts[doc_path(XZJ)]
    # the GBK .txt (CRLF), the GB18030 .txt (CRLF, a name GBK cannot write), the UTF-16 .txt (LE BOM, CRLF)
    for doc in (ZPX, RPX):
        data = raw(doc)
        assert not_utf8(data) and data.count(b"\r\n") == data.count(b"\n") > 5, doc
    raw(ZPX).decode("gbk")
    assert "陈㛃" in texts[doc_path(RPX)]
    try:
        "㛃".encode("gbk")
        raise AssertionError("㛃 is in GBK")
    except UnicodeEncodeError:
        pass
    xz = raw(XZX)
    text16 = xz[2:].decode("utf-16-le")
    assert xz.startswith(b"\xff\xfe") and "\r\n" in text16 and "\n" not in text16.replace("\r\n", "")
    # the .docx: two tables, the units only in the header row
    xml = zpart(HZD, "word/document.xml").decode("utf-8")
    assert xml.count("<w:tbl>") == 2 and "灭治收费（元/平方米）" in xml and "补助上限（元/户）" in xml
    assert ">1.8<" in xml and ">2.5<" in xml and ">600<" in xml
    assert "1.8元" not in xml and "2.5元" not in xml and "600元" not in xml
    # the PDF: three pages, page numbers, the wrap
    pdf = pypdf.PdfReader(io.BytesIO(raw(HJP)))
    assert len(pdf.pages) == 3 and "第 2 页 共 3 页" in pdf.pages[1].extract_text()
    assert "每立方米0.9\n5元" in pdf.pages[1].extract_text()
    assert "污水排入排水管网许可证" in pdf.pages[0].extract_text().replace("\n", "")
    # the 繁體 page: zh-TW, traditional text and furniture
    trad_raw = raw(LDT).decode("utf-8")
    trad = texts[doc_path(LDT)]
    assert (
        'lang="zh-TW"' in trad_raw
        and _T2S.convert(trad) != trad
        and "羅定市" in trad
        and "您所在的位置" in trad
    )
    assert "罗定" not in trad and "白蚁" not in trad
    # the .sql: mysqldump's header and SET statements, DROP / CREATE with Chinese comments, LOCK TABLES, one
    # extended INSERT whose strings carry \r\n, \n, \', \" and \\ escapes, NULLs, unquoted DECIMALs whose unit
    # only the column COMMENT names
    dump = raw(HZS).decode("utf-8")
    assert dump.startswith("-- MySQL dump 10.13  Distrib 8.0.36") and "/*!50503 SET NAMES utf8mb4 */;" in dump
    assert "DROP TABLE IF EXISTS `zwfw_liuyan`;" in dump and "LOCK TABLES `zwfw_liuyan` WRITE;" in dump
    assert dump.count("INSERT INTO") == 1 and "UNLOCK TABLES;" in dump and "-- Dump completed on" in dump
    assert "COMMENT '核定灭治费用，单位：元'" in dump and "COMMENT '房屋建筑面积，单位：平方米'" in dump
    assert (
        "\\r\\n" in dump and "'K\\'哥'" in dump and '\\"白蚁\\"' in dump and "D:\\\\照片\\\\路灯.jpg" in dump
    )
    assert ",120.00,216.00,0.00," in dump and ",NULL,NULL,NULL," in dump and "216.00元" not in dump
    rows = sql_values(dump.split("INSERT INTO `zwfw_liuyan` VALUES ", 1)[1])
    assert len(rows) == len(md.HZ_ROWS) and rows[-1][5] is None
    assert [r[1] for r in rows] == [r[1] for r in md.HZ_ROWS]
    assert (
        rows[1][2] == "K'哥"
        and "\r\n" in (rows[0][5] or "")
        and (rows[5][4] or "").endswith("D:\\照片\\路灯.jpg")
    )
    # the .ics: a VTIMEZONE, four VEVENTs (an RRULE with an EXDATE, a cancelled one holding the old window),
    # TEXT escapes, CRLF lines of at most 75 octets, folds between characters cutting the date and the number
    ics = raw(LZI)
    ical = ics.decode("utf-8")
    assert ical.count("\r\n") == ical.count("\n") and all(len(x.encode()) <= 75 for x in ical.split("\r\n"))
    assert "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai" in ical and ical.count("BEGIN:VEVENT") == 4
    assert "RRULE:FREQ=WEEKLY;BYDAY=WE;" in ical and "EXDATE;TZID=Asia/Shanghai:20260415T090000" in ical
    assert "STATUS:CANCELLED" in ical and "\\n" in ical and "\\;" in ical and "\\," in ical
    assert "2026年4月3\r\n 0日" in ical and f"{md.LZ_TEL[:8]}\r\n {md.LZ_TEL[8:]}" in ical
    events = ics_components(ics)
    assert [e["STATUS"] for e in events] == ["CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED"]
    assert "2026年3月16日至4月15日" in texts[doc_path(LZI)] and "（已取消）" in texts[doc_path(LZI)]
    # the .dbf: dBase III, the date in the header, GBK code page byte, a deleted record with a wrong figure
    dbf = raw(RPD)
    header, fields, records = dbf_table(dbf)
    assert header == {"version": 3, "date": (2026, 9, 30), "count": 6, "codepage": 0x7A}
    assert [f[:2] for f in fields] == [
        ("乡镇", "C"),
        ("户数", "N"),
        ("隔油池", "N"),
        ("补助金额", "N"),
        ("备注", "C"),
    ]
    assert fields[3][2:] == (12, 2) and [d for d, _ in records] == [False, True, False, False, False, False]
    assert records[1][1][1] == "1620" and "1620" not in texts[doc_path(RPD)] and not_utf8(dbf)
    assert "补助金额：1026000.00" in texts[doc_path(RPD)]
    # the .db: SQLite, page size 4096, two tables and a view, the amount in 分 only named by its column
    db = raw(LDB)
    assert db.startswith(b"SQLite format 3\x00") and struct.unpack(">H", db[16:18])[0] == 4096
    con = sqlite3.connect(":memory:")
    con.deserialize(db)
    kinds = con.execute("SELECT type, name FROM sqlite_master ORDER BY rowid").fetchall()
    assert [k for k in kinds if k[0] != "index"] == [
        ("table", "村台账"),
        ("table", "灭治记录"),
        ("view", "v_村汇总"),
    ]
    cols = [c[1] for c in con.execute("PRAGMA table_info(灭治记录)").fetchall()]
    assert "补助金额_分" in cols
    assert con.execute("SELECT SUM(补助金额_分) FROM 灭治记录").fetchone() == (150000,)
    assert con.execute("SELECT 补助合计_分 FROM v_村汇总 WHERE 村名 = '杨绿村'").fetchone() == (60000,)
    con.close()
    assert "补助金额_分：30000" in texts[doc_path(LDB)]
    # the .rst: title over and underline, a field list, a list-table, a note, substitutions holding a figure,
    # a comment holding the old figure, inline bold around whole phrases
    rst = raw(HJS).decode("utf-8")
    assert rst.count("======================================") == 2 and ".. list-table:: 排水户分类" in rst
    assert (
        ".. |renew| replace:: 有效期届满前30日" in rst and "须在 |renew| 通过" in rst and ".. note::" in rst
    )
    assert ":版本: 2.3.0" in rst and "**告知承诺制**" in rst and "届满前60日" in rst
    rtext = texts[doc_path(HJS)]
    assert "60日" not in rtext and "|renew|" not in rtext and "须在 有效期届满前30日 通过" in rtext
    assert (
        "重点排水户 日排水量100立方米以上的工业、医疗排水户 每季度1次 5年" in rtext and "版本：2.3.0" in rtext
    )
    # the replies' keys stand in their pages
    assert "1392元" in texts[doc_path(LJR)] and "合计20000元（2万元）" in texts[doc_path(LZR)]


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
    for suffix in (".sql", ".ics", ".dbf", ".db", ".rst"):
        alone = [q[0] for q in Q if " | " not in q[4] and doc_path(q[4]).endswith(suffix)]
        assert len(alone) >= 2, (suffix, alone)


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
