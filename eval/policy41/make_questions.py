"""Writes eval/policy41/questions.jsonl: questions over eval/policy41/docs (长江禁渔与退捕渔民安置、动物防疫与
病死畜禽无害化处理、机动车驾驶培训 of eight counties of 湖南, 江西 and 湖北), written before citeqa was run
on them, as chat users relay their own situation, as agents send keyword queries and as analysts ask which
regions. The chat users' questions carry the asker's situation first, in their own words (老伴 and 两口子
and 上岸, 09年买的木质渔船 and 机子, 半夜开船电鱼 and 罚没了3.6万, 山羊 and 抗体合格率, 一百二十多斤 and 架
子猪 and 猪崽, 流转了30亩地, 驾校说只退1000, 人多车少 and 约考) and figures that are not the answer (57岁
55岁 3000 2000 where it is 2500元, 9米 22千瓦 6套 where it is 30220元, 8000块 3.6万 where it is 2300元,
1200头 600头 150只 85% where it is 3450元, 19头 and 斤 where it is 630元, 800头 12万 where it is 30000元,
4200块 18个学时 1000 where it is 2100元, 10个学时 300块 where it is 14学时), with local words (老伴, 机子
for 主机, 斤 for 公斤, 架子猪, 猪崽, 刀鱼 for 长江刀鲚, 狗, 学车, 约考). Several are answered only by a
12345 / 市长信箱 / 领导留言板 reply (2500元, 30220元, 2300元, 3450元, 630元, 30000元, 2100元, 14学时), some
only by a new kind of file (the .jsonl's 实名登记, 0713-6216110, 20时至次日5时 from its \\u-escaped row and
提前30日向市农业农村局报备 from its row with a trailing comma; the .ndjson's 19170 and 6月1日至6月10日; the
.emlx's 每户8000元, 2026年9月30日 and 7个工作日内初审; the .fb2's 满3月龄首次免疫 and 至少15分钟, both cut by
<strong> runs; the .gnumeric's 12000 and 10000, whose units only the header rows name; the .adoc's 学时产生
之日起7日内, 0730-7625328 and 不超过4学时, held in attributes), the GBK .txt (16至60周岁), the GB18030 .txt
(免费上门收集), the UTF-16 .txt (10月8日至10月31日), the 政策解读 (4689人, 次月起停止享受, 渔民安置工作站),
the 办事指南 (C21号, 环评备案回执, 2个工作日内确认), the .docx's cells whose unit only the header names
(3200) or the 繁體 page (夜間駕駛不少於2學時, 有效投訴3次以上, 10個工作日內調查處理). The agents' queries
are terse (「进贤 转产就业补贴 申领 截止」). Regions are named by the county's name, full or short (沅江,
进贤, 武穴, 鼎城, 庐山, 新洲, 岳阳县, 蕲春), the analysts' questions by prefecture (益阳, 南昌, 黄冈, 常德,
九江, 武汉, 岳阳). Five questions are in traditional script (three on the 繁體 page, whose keys are in
traditional script as OpenCC s2tw writes them; the page itself was written by hand). The keys are what a
correct answer must contain, written as the documents write them; where a figure is written two ways in a
document, both are listed (30000元 / 3万元).

Each measure is stated by one region's documents and a roundup that also names a second region having done it
(资阳区, 赫山区, 南昌县, 安义县, 黄梅县, 浠水县, 武陵区, 临澧县, 彭泽县, 柴桑区, 黄陂区, 云溪区, 麻城市); the
roundups name regions that have only planned a measure (桃江, 新建区, 东湖区, 团风, 共青城, 蔡甸, 岳阳楼,
红安: in no expected list), regions named in passing (大通湖, 余江, 伍家岗, 浮梁, 汉南) and regions that did
something else instead of the measure a question asks (青云谱, 罗田, 濂溪, 东西湖, 英山: in no expected list,
each named in the roundup the question lists). The unanswerable questions ask five planned regions, or a
neighbour of what a document states (沅江's 子女 高中 资助, which only the 征求意见稿 had; 进贤's 养老保险 缴
费补贴, which only 沅江 gives; 青云谱's 转产就业补贴, a measure the roundup says it does not have; 新洲's 先打
后补 per 头, which only 鼎城 sets; 鼎城's 病死猪 补助 per 头, which only 庐山 pays; 蕲春's 先培训后付费 拨付比
例, which only 岳阳县 has).

``python -m eval.policy41.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv (not with citeqa, nor any reader of the
earlier collections):
- .html by the charset its <meta> names, tags stripped; .docx by zipfile, word/document.xml a line per w:p (an
  empty file has no text); .pdf by pypdf, a page's lines joined; .txt by its byte-order mark (UTF-16, UTF-8),
  else UTF-8, else GB18030;
- .jsonl and .ndjson by json, a line at a time: blank lines skipped, a line that is not JSON only for a
  trailing comma read with the comma dropped, each object's non-null fields as name：value;
- .emlx by hand and email: the first line's byte count cuts the message from the plist trailer (skipped); the
  subject and sender as the email package decodes them, each text part's bytes by its charset (gb2312 and gbk
  read as GB18030), the HTML part's tags stripped;
- .fb2 by xml.etree: the book title, the annotation, every <body>'s (the notes' too) paragraphs, subtitles and
  verses, each element's itertext joined; the <binary> skipped;
- .gnumeric by gzip and xml.etree: per sheet its name and a line per row of its valued cells (a formula cell
  has no value);
- .adoc as its raw text (attribute entries hold the answers; the check also reads it resolved: comment blocks,
  includes and entries dropped, attributes replaced).

It checks the expected regions, planned-only, passing and similar ones as above, that each planned-only region
is named beside 拟, 将 or 计划 in a roundup, that the kinds number as planned, that each new kind of file
alone answers at least two questions, and the files' peculiarities: the 征求意见稿 against its final text; the
duplicate (the same bytes under “ - 副本”); the empty 附件 (0 bytes); the two 办事指南.html (one name, two
folders); the GBK .txt (CRLF); the GB18030 .txt (CRLF, 䶮 that GBK cannot write); the UTF-16 .txt (LE
byte-order mark, CRLF); the .docx (two tables, the units in the header row only); the PDF (three pages, its
wrap cutting 不超过2. | 5公斤); the 繁體 page (zh-TW, its furniture traditional too, its link to the empty 附
件); the .jsonl (nine objects, a blank line, one line json cannot read for its trailing comma, a \\u-escaped
row whose 20时至次日5时 is not in the bytes as UTF-8, escaped line breaks, a row of nulls); the .ndjson (CRLF,
compact, amounts in 元 as named, a 头数 as text, the 合计 line the rows' sums); the .emlx (the byte count, the
plist read by plistlib, the base64 GBK part gb2312 cannot read, the quoted-printable UTF-8 part); the .fb2
(namespace, two bodies, the cover a PNG, the note link, the keys cut by runs); the .gnumeric (gzip with mtime
0, two sheets, merged titles, a formula cell without a value, units in the header cells only); the .adoc
(attributes, table, admonitions, the missing includes, the comment block's old figures gone once resolved)."""

from __future__ import annotations

import base64
import email
import email.policy
import gzip
import html
import io
import json
import plistlib
import re
import struct
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import opencc
import pypdf

from eval import policy_make as make
from eval.policy41 import make_docs as md
from eval.policy_make import Documents, both, doc_path, not_utf8

_S2TW = opencc.OpenCC("s2tw")
_T2S = opencc.OpenCC("t2s")
t = _S2TW.convert  # a key of the 繁體 page, as that page writes it

YJB = f"湖南/沅江市/{md.YJ_TITLE}.html"
YJC = f"湖南/沅江市/{md.YJ_TITLE} - 副本.html (the same page under a copy's name)"
YJQ = (
    f"湖南/沅江市/{md.YJ_DRAFT_TITLE}.html"
    " (征求意见稿: 40%, 1200元, 10年, 2000元, 100元, 500元, 18个月, 子女资助1000元, 2026年1月1日)"
)
YJJ = "湖南/沅江市/政策解读.html"
YJR = f"湖南/沅江市/12345 {md.YJ_REPLY_Q}.html"
JXD = f"江西/进贤县/{md.JX_DOCX} (two tables, units in the header row)"
JXE = f"江西/进贤县/{md.JX_EMLX} (Apple Mail: GBK text declared gb2312 in base64, UTF-8 HTML in QP, a plist)"
JXT = f"江西/进贤县/{md.JX_TXT} (GBK, CRLF)"
JXR = f"江西/进贤县/领导留言板 {md.JX_REPLY_Q}.html"
WXP = f"湖北/武穴市/{md.WX_PDF} (hard-wrapped PDF, 不超过2. / 5公斤)"
WXJ = (
    f"湖北/武穴市/{md.WX_JSONL} (12345 export: JSON lines, a \\u-escaped row, a blank line, a trailing comma)"
)
WXB = f"湖北/武穴市/{md.WX_REWARD_TITLE}.html"
WXR = f"湖北/武穴市/市长信箱 {md.WX_REPLY_Q}.html"
DCB = f"湖南/鼎城区/{md.DC_TITLE}.html"
DCF = f"湖南/鼎城区/{md.DC_FB2} (FictionBook 2: <strong> runs cutting figures, a note, a base64 cover)"
DCU = f"湖南/鼎城区/{md.DC_TXT} (UTF-16 LE, CRLF)"
DCR = f"湖南/鼎城区/12345 {md.DC_REPLY_Q}.html"
LSB = f"江西/庐山市/{md.LS_TITLE}.html"
LSN = f"江西/庐山市/{md.LS_NDJSON} (补助发放台账 as JSON lines, amounts in 元 as the field names say)"
LSX = f"江西/庐山市/{md.LS_TXT} (GB18030, CRLF, space-aligned)"
LSR = f"江西/庐山市/领导留言板 {md.LS_REPLY_Q}.html"
XZG = "湖北/新洲区/办事指南.html (key-value rows, named like 岳阳县's)"
XZN = f"湖北/新洲区/{md.XZ_GNM} (Gnumeric: gzip XML, two sheets, units in the header rows)"
XZR = f"湖北/新洲区/12345 {md.XZ_REPLY_Q}.html"
YYB = f"湖南/岳阳县/{md.YY_TITLE}.html"
YYA = f"湖南/岳阳县/{md.YY_ADOC} (AsciiDoc: attributes, a table, old figures in a comment, missing includes)"
YYG = "湖南/岳阳县/办事指南.html (key-value rows, named like 新洲区's)"
YYR = f"湖南/岳阳县/12345 {md.YY_REPLY_Q}.html"
QCT = f"湖北/蕲春县/{md.QC_TRAD_TITLE}（繁體版）.html (traditional script, written by hand)"
QCE = f"湖北/蕲春县/{md.QC_EMPTY} (empty)"
QCR = f"湖北/蕲春县/领导留言板 {md.QC_REPLY_Q}.html"
N1, N2, N3, N4 = (f"新闻/{title}.html" for title, _ in md.NEWS)

PLANNED = ["桃江", "新建区", "东湖区", "团风", "共青城", "蔡甸", "岳阳楼", "红安"]
PASSING = ["大通湖", "余江", "伍家岗", "浮梁", "汉南"]
# regions a roundup says have done something else instead of the measure a question asks
SIMILAR = ["青云谱", "罗田", "濂溪", "东西湖", "英山"]
NEIGHBOURS = ("u06", "u07", "u08", "u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only,
    # passing and similar regions are in no list
    (
        "r01",
        "regions",
        "益阳哪些县市区给退捕渔民交养老保险发缴费补贴？还在计划的不算",
        ["沅江市", "资阳区"],
        both(YJB, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "益阳 退捕渔民 过渡期生活补助 按月发放 县市区",
        ["沅江市", "赫山区"],
        both(YJB, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "南昌哪些县区已经按船长和主机功率给退捕渔船回收补偿？计划下半年才搞的不算",
        ["进贤县", "南昌县"],
        both(JXD, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "南昌 退捕渔民 一次性转产就业补贴 已发放 县区 只搞技能培训的不算",
        ["进贤县", "安义县"],
        both(JXE, N1),
        [],
    ),
    (
        "r05",
        "regions",
        "黄冈哪些县市在长江禁捕水域搞休闲垂钓“一人一杆、一线一钩”？",
        ["武穴市", "黄梅县"],
        both(WXP, N2),
        [],
    ),
    (
        "r06",
        "regions",
        "黄冈哪些县市设立了非法捕捞举报奖励？只做禁渔宣传的不算",
        ["武穴市", "浠水县"],
        both(WXB, N2),
        [],
    ),
    ("r07", "regions", "常德 强制免疫 先打后补 区县", ["鼎城区", "武陵区"], both(DCB, N3), []),
    (
        "r08",
        "regions",
        "常德哪些区县给狗免费打狂犬疫苗？",
        ["鼎城区", "临澧县"],
        both(DCF, N3),
        [],
    ),
    (
        "r09",
        "regions",
        "九江哪些县市区按头给养殖户病死猪无害化处理补助？只建了处理中心的不算",
        ["庐山市", "彭泽县"],
        both(LSB, N3),
        [],
    ),
    (
        "r10",
        "regions",
        "九江 乡镇 病死畜禽收集点 已经设立 县市区",
        ["庐山市", "柴桑区"],
        both(LSX, N3),
        [],
    ),
    (
        "r11",
        "regions",
        "武汉哪些区对畜禽规模养殖场实行备案管理？只搞养殖污染整治的不算",
        ["新洲区", "黄陂区"],
        both(XZG, N3),
        [],
    ),
    (
        "r12",
        "regions",
        "岳阳哪些县区学车已经实行“先培训后付费”？拟推行的不算",
        ["岳阳县", "云溪区"],
        both(YYB, N4),
        [],
    ),
    (
        "r13",
        "regions",
        "黄冈 驾校 全面实行计时培训 学时不够不得约考 县市",
        ["蕲春县", "麻城市"],
        both(QCR, N4),
        [],
    ),
    # numbers: a chat user's own case (the reply reckons it), a keyword query, a table's cell, a new kind of
    # file
    (
        "n01",
        "number",
        "我和老伴都是沅江琼湖街道的退捕渔民，2020年上岸的，都建档立卡了。我57岁，"
        "今年城乡居民养老保险交3000那一档，"
        "老伴55岁交2000那一档，政府今年给我们两口子补多少？",
        "每人按缴费额50%补、最高1500元：3000×50%=1500元，2000×50%=1000元，合计2500元",
        both(YJR, YJB),
        ["2500元"],
    ),
    (
        "n02",
        "number",
        "沅江 退捕渔民 过渡期生活补助 每月 多少",
        "每人每月600元，发放12个月（征求意见稿为每人每月500元、18个月）",
        YJB,
        ["每人每月600元"],
    ),
    (
        "n03",
        "number",
        "我是进贤三里乡的退捕渔民，家里一条09年买的木质渔船，船检证上写9米长、机子22千瓦，还有6套刺网、"
        "十几条地笼，"
        "4月18号交到乡里拆了，一共能补多少？",
        "9×2400=21600元＋22×260=5720元＋提前交船奖励2000元＋刺网6×150=900元，合计30220元（地笼另算）",
        both(JXR, JXD),
        ["30220元"],
    ),
    (
        "n04",
        "number",
        "进贤 钢质渔船 回收 船体补偿 每米 多少",
        "每米3200元，主机每千瓦260元，单船封顶8万元（表中单位只在表头：船体补偿（元/米））",
        JXD,
        ["3200"],
    ),
    (
        "n05",
        "number",
        "进贤的退捕渔民上岸后自己开了个小饭馆，营业执照办了半年多，能拿多少一次性创业补贴？",
        "首次创办经营实体、领取营业执照并正常经营6个月以上的，每户8000元",
        JXE,
        ["每户8000元"],
    ),
    (
        "n06",
        "number",
        "我住武穴梅川镇，4月和5月两次在太白湖边看到有人半夜开船电鱼，都打12345实名举报了，"
        "后来一起罚了8000块，另一起"
        "是团伙罚没了3.6万，这两起我能拿多少奖励？",
        "罚没款1万元以下每起500元；1万元以上按5%：36000×5%=1800元；合计2300元",
        both(WXR, WXB),
        ["2300元"],
    ),
    (
        "n07",
        "number",
        "我在鼎城谢家铺镇的养殖场备了案，去年出栏1200头猪，常年存栏600头左右，还养了150只山羊，"
        "今年上半年自己买疫苗"
        "打了口蹄疫，抗体合格率85%，先打后补能补多少？",
        "生猪按上年出栏每头2.5元：3000元；羊按存栏每只3元：450元；合计3450元",
        both(DCR, DCB),
        ["3450元"],
    ),
    (
        "n08",
        "number",
        "武穴 长江 钓鱼 每人每天 最多 能 带走 多少 鱼",
        "每人每日渔获物不超过2.5公斤（单尾超重的以1尾为限；PDF 第2页，折行把 2. / 5公斤 拆开）",
        WXP,
        ["不超过2.5公斤"],
        2,
    ),
    (
        "n09",
        "number",
        "我在庐山白鹿镇养猪，存栏300多头，这个月猪场发病死了19头：3头一百二十多斤的大猪、"
        "6头四五十斤的架子猪、10头"
        "刚生没几天的猪崽，当天报了镇畜牧站送到收集点登了记，能补多少？",
        "3×80=240元＋6×40=240元＋10×15=150元，合计630元",
        both(LSR, LSB),
        ["630元"],
    ),
    (
        "n10",
        "number",
        "庐山市2026年二季度病死畜禽无害化处理补助一共发了多少钱？",
        "合计19170元（392头，补助金额_元 字段）",
        LSN,
        ["19170"],
    ),
    (
        "n11",
        "number",
        "我在新洲辛冲街道流转了30亩地建猪场，设计存栏400头、年出栏800头，年底投产，"
        "打算建个车辆洗消烘干中心，预算12万，"
        "防疫设施改造补助能补多少？",
        "按投资额30%为36000元，超过每场上限30000元，补助30000元（3万元）；且须在投产前备案",
        both(XZR, XZN),
        ["30000元", "3万元"],
    ),
    (
        "n12",
        "number",
        "新洲 病死畜禽暂存冷库 改造 补助 上限 每场",
        "每场上限12000元，补助比例30%（表中单位只在表头：补助上限（元/场））",
        XZN,
        ["12000"],
    ),
    (
        "n13",
        "number",
        "我3月在岳阳县城驾校报了C1，4200块交到监管账户，科目一科目二都考过了，"
        "科目二练了18个学时还补考了1次，现在要去"
        "广东打工不学了，驾校说只退1000，到底该退多少？",
        "已拨付科目一10%＋科目二40%即2100元，尚未拨付的2100元应全额退还，驾校不得收取违约金",
        both(YYR, YYB),
        ["2100元"],
    ),
    (
        "n14",
        "number",
        "我在蕲春县城驾校学C1，科目二上个月过了，科目三才练了10个学时，夜间一次都没练，"
        "驾校说补考一次300块，直接给我约了"
        "下周考试，我还要练多少学时？",
        "科目三不少于24学时（夜间驾驶不少于2学时），还须补足14学时后方可约考",
        both(QCR, QCT),
        ["14学时"],
    ),
    (
        "n15",
        "number",
        "沅江全市建档立卡的退捕渔民有多少人？",
        "建档立卡退捕渔民4689人（回收渔船2316艘，已转产就业3870人）",
        YJJ,
        ["4689人"],
    ),
    (
        "n16",
        "number",
        "新洲 养 蛋鸡 存栏 多少只 要 备案",
        "蛋鸡存栏10000只（羽）以上须备案（表中单位只在表头：存栏（头、只、羽））",
        XZN,
        ["10000"],
    ),
    # dates
    (
        "d01",
        "date",
        "沅江退捕渔民安置保障办法正式版哪天开始施行？",
        "2026年3月1日（征求意见稿为2026年1月1日），有效期5年",
        YJB,
        ["2026年3月1日"],
    ),
    (
        "d02",
        "date",
        "进贤 转产就业补贴 申领 截止",
        "2026年9月30日，逾期不再受理",
        JXE,
        ["2026年9月30日"],
    ),
    (
        "d03",
        "date",
        "进贤的退捕渔船最晚什么时候之前要交？拖着不交还有补偿吗？",
        "2026年6月30日后仍未交船的不予补偿、依法强制拆解（4月30日前交船另奖2000元）",
        JXD,
        ["2026年6月30日"],
    ),
    (
        "d04",
        "date",
        "武穴 长江边 夜钓 几点到几点 不让钓",
        "禁捕水域每日20时至次日5时禁止垂钓",
        WXJ,
        ["20时至次日5时"],
    ),
    (
        "d05",
        "date",
        "鼎城 秋季 犬只 狂犬病 集中免疫 时间",
        "10月8日至10月31日（春季4月1日至4月30日）",
        DCU,
        ["10月8日至10月31日"],
    ),
    (
        "d06",
        "date",
        "鼎城的养殖场上半年先打后补要在几号前申报？",
        "上半年免疫情况于7月15日前申报（下半年于次年1月15日前）",
        DCB,
        ["7月15日前"],
    ),
    (
        "d07",
        "date",
        "庐山 白鹿镇收集点 冷库检修 哪几天 病死猪 送哪里",
        "6月1日至6月10日，改送蛟塘镇收集点",
        LSN,
        ["6月1日至6月10日"],
    ),
    (
        "d08",
        "date",
        "岳阳县学车，发现平台上的学时记少了，要在多少天内申诉？",
        "学时产生之日起7日内通过“岳阳驾培”微信小程序提出（旧版为3日内）",
        YYA,
        ["学时产生之日起7日内"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "沅江的退捕渔民，户口迁到长沙去了，补贴还能接着领吗？",
        "不能：户籍迁出本市的，从迁出的次月起停止享受各项补贴",
        YJJ,
        ["次月起停止享受"],
    ),
    (
        "y02",
        "yesno",
        "沅江 退捕渔民 已经进厂上班 还能领 过渡期生活补助 吗",
        "不能：已就业、领取失业保险金或者享受低保期间停发",
        YJB,
        ["停发过渡期生活补助"],
    ),
    (
        "y03",
        "yesno",
        "进贤 三无船舶 拆解 有没有 补偿",
        "没有：“三无”船舶一律拆解，不予补偿",
        JXD,
        ["一律拆解"],
    ),
    (
        "y04",
        "yesno",
        "在武穴长江边钓到一条刀鱼，能带回家吃吗？",
        "不能：钓获长江刀鲚应当立即无损放生",
        WXP,
        ["立即无损放生"],
        2,
    ),
    (
        "y05",
        "yesno",
        "武穴 长江边 钓鱼 要不要 办 钓鱼证",
        "不用办证，但须通过“武穴垂钓”微信小程序实名登记",
        WXJ,
        ["实名登记"],
    ),
    (
        "y06",
        "yesno",
        "庐山 存栏600头的猪场 死猪 要自己 拉到 收集点 吗",
        "不用：存栏500头以上的规模猪场由收集车免费上门收集",
        LSX,
        ["免费上门收集"],
    ),
    (
        "y07",
        "yesno",
        "我在鼎城乡下散养了几头猪，打强制免疫的疫苗要自己掏钱买吗？",
        "不用：未纳入先打后补的散养户，由乡镇（街道）畜牧兽医站免费提供疫苗并实施免疫",
        DCB,
        ["免费提供疫苗"],
    ),
    (
        "y08",
        "yesno",
        "岳阳县的驾校说中途退学要扣违约金，这合法吗？",
        "不合法：中途退学的，尚未拨付的培训费全额退还，驾校不得收取违约金、手续费",
        YYB,
        ["不得收取违约金"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "沅江退捕渔民申请这些补贴到哪里办？要带什么？",
        "持身份证、社会保障卡和退捕协议到户籍所在乡镇（街道）渔民安置工作站申请，10个工作日内初审",
        YJJ,
        ["渔民安置工作站"],
    ),
    (
        "p02",
        "procedure",
        "进贤 转产就业补贴 怎么申领 找谁",
        "向户籍所在乡镇社保所申请，7个工作日内初审后报县就业创业服务中心，公示5天后发放到社会保障卡",
        JXE,
        ["7个工作日内初审"],
    ),
    (
        "p03",
        "procedure",
        "武穴举报电鱼查实了，奖励钱多久能发下来？",
        "案件办结后15个工作日内发放，由市农业农村局通知领取或者转账",
        WXB,
        ["15个工作日内发放"],
    ),
    (
        "p04",
        "procedure",
        "庐山 猪 病死了 多久内 要报告",
        "发现后12小时内向所在乡镇（街道）畜牧兽医站报告，并交送收集点",
        LSB,
        ["12小时内"],
    ),
    (
        "p05",
        "procedure",
        "新洲 畜禽养殖场 备案 在政务服务中心哪个窗口办",
        "区政务服务中心二楼农业农村窗口（C21号），承诺3个工作日，不收费",
        XZG,
        ["C21号"],
    ),
    (
        "p06",
        "procedure",
        "岳阳县学车申请退学后，驾校多久要确认？不确认怎么办？",
        "驾校应当在收到退学申请后2个工作日内确认，逾期未确认的视为同意",
        YYG,
        ["2个工作日内确认"],
    ),
    (
        "p07",
        "procedure",
        "在鼎城被狗咬了一口，第一时间该怎么处理？",
        "立即用肥皂水和流动清水交替冲洗伤口至少15分钟，24小时内到狂犬病暴露预防处置门诊接种疫苗",
        DCF,
        ["至少15分钟"],
    ),
    # lists
    (
        "l01",
        "list",
        "新洲 畜禽养殖场 备案 要准备 哪些材料",
        "备案表；营业执照或者身份证；土地使用证明或者流转合同；动物防疫条件合格证；"
        "环评批复文件或者环评备案回执",
        XZG,
        ["动物防疫条件合格证", "环评备案回执"],
    ),
    (
        "l02",
        "list",
        "武穴长江边钓鱼，哪些钓法和钓具是禁止的？",
        "多竿多线多钩、锚鱼、可视锚鱼、探鱼设备、船钓和筏钓，以及含有毒有害物质的钓饵",
        WXP,
        ["可视锚鱼", "探鱼设备"],
        1,
    ),
    (
        "l03",
        "list",
        "鼎城 强制免疫 病种 有哪些",
        "口蹄疫、布鲁氏菌病、小反刍兽疫、高致病性禽流感",
        DCB,
        ["小反刍兽疫", "高致病性禽流感"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "鼎城 养猪场 多大规模 才能 先打后补",
        "已备案、生猪年出栏500头以上，有免疫档案，抽检抗体合格率70%以上",
        DCB,
        ["年出栏500头以上"],
    ),
    (
        "e02",
        "eligibility",
        "进贤 退捕渔民 多大年纪 能报 免费技能培训班",
        "建档立卡、有培训意愿的退捕渔民，年龄16至60周岁",
        JXT,
        ["16至60周岁"],
    ),
    (
        "e03",
        "eligibility",
        "沅江退捕渔民多大年纪能领过渡期生活补助？",
        "年满16周岁至未满60周岁、尚未就业的退捕渔民",
        YJB,
        ["年满16周岁至未满60周岁"],
    ),
    # fields
    ("f01", "field", "武穴 渔政执法大队 值班电话", "0713-6216110", WXJ, ["0713-6216110"]),
    (
        "f02",
        "field",
        "岳阳县驾培监管服务平台的服务电话是多少？",
        "0730-7625328（工作日8:00-12:00，14:30-17:30）",
        YYA,
        ["0730-7625328"],
    ),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "岳阳县学车，一天练得再多，平台最多算几个学时？",
        "每日计入的有效学时不超过4学时，超出部分不计（旧版为6学时）",
        YYA,
        ["不超过4学时"],
    ),
    (
        "a02",
        "paraphrase",
        "鼎城 小狗 几个月大 开始打狂犬疫苗 以后多久打一次",
        "满3月龄首次免疫，以后每年加强免疫1次，免费",
        DCF,
        ["满3月龄首次免疫"],
    ),
    (
        "a03",
        "paraphrase",
        "我们钓鱼协会想在武穴长江边搞个钓鱼比赛，需要提前跟哪个部门打招呼？",
        "主办方须提前30日向市农业农村局报备，参赛不超过100人，钓获即放",
        WXJ,
        ["提前30日向市农业农村局报备"],
    ),
    # traditional script: three on the 繁體 page, its keys as that page writes them
    (
        "c01",
        "traditional",
        "蘄春縣學小型汽車，科目三夜間駕駛最少要練幾個學時？",
        "科目三24學時，其中夜間駕駛不少於2學時",
        QCT,
        [t("夜间驾驶不少于2学时")],
    ),
    (
        "c02",
        "traditional",
        "蘄春縣駕校一年被投訴幾次會被列入重點監管？",
        "一年內被有效投訴3次以上的，列入重點監管名單，暫停新增教練車審批",
        QCT,
        [t("有效投诉3次以上")],
    ),
    (
        "c03",
        "traditional",
        "蘄春縣交通運輸局受理駕培投訴以後，多久要處理完？",
        "受理後10個工作日內調查處理並答覆投訴人",
        QCT,
        [t("10个工作日内调查处理")],
    ),
    (
        "c04",
        "traditional",
        "廬山市養殖戶的病死豬交到收集點，每頭補助多少錢？",
        "50公斤以上每頭80元；10至50公斤每頭40元；不足10公斤的仔豬每頭15元",
        LSB,
        ["每头80元"],
    ),
    (
        "c05",
        "traditional",
        "沅江市退捕漁民參加城鄉居民養老保險，每年最高補貼多少？",
        "按個人繳費額50%補貼，每人每年最高1500元，最長15年",
        YJB,
        ["每人每年最高1500元"],
    ),
    # unanswerable: planned-only regions, neighbours of what the documents state
    (
        "u01",
        "unanswerable",
        "桃江县退捕渔民交养老保险，每人每年补贴多少？",
        "应拒答：桃江只是拟于明年出台养老保险缴费补贴办法",
        "-",
        [],
    ),
    (
        "u02",
        "unanswerable",
        "南昌新建区 退捕渔船 回收补偿 每米 多少钱",
        "应拒答：新建区只是计划下半年开展渔船网具回收补偿",
        "-",
        [],
    ),
    (
        "u03",
        "unanswerable",
        "团风县举报非法捕捞，查实了奖励多少？",
        "应拒答：团风只是拟于年内建立举报奖励制度",
        "-",
        [],
    ),
    (
        "u04",
        "unanswerable",
        "共青城市 病死畜禽收集点 在哪 几点接收",
        "应拒答：共青城只是拟于明年建设收集点",
        "-",
        [],
    ),
    (
        "u05",
        "unanswerable",
        "岳阳楼区学车先培训后付费，中途退学能退多少？",
        "应拒答：岳阳楼区只是拟于下半年推行先培训后付费",
        "-",
        [],
    ),
    (
        "u06",
        "unanswerable",
        "沅江 退捕渔民 孩子 读高中 每学年 资助 多少",
        "应拒答：只有征求意见稿有子女就读高中每学年资助1000元，正式办法已删去",
        "-",
        [],
    ),
    (
        "u07",
        "unanswerable",
        "进贤县退捕渔民交城乡居民养老保险，每人每年有多少缴费补贴？",
        "应拒答：进贤的文件只有渔船回收补偿、转产就业补贴和技能培训，养老保险缴费补贴是沅江的",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "青云谱区退捕渔民的一次性转产就业补贴每人多少？",
        "应拒答：青云谱只组织了技能培训，没有发放转产就业补贴",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "新洲 强制免疫 先打后补 生猪 每头 补多少",
        "应拒答：新洲的文件只有养殖场备案和防疫设施改造补助，先打后补的标准是鼎城的",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "鼎城区病死猪交去无害化处理，每头补助多少钱？",
        "应拒答：鼎城的读本只要求病死动物交无害化处理场所，没有按头补助（每头80元是庐山的）",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "蕲春 学车 先培训后付费 监管账户 科目二 拨付比例",
        "应拒答：蕲春的办法只管学时和投诉，没有先培训后付费和拨付比例（那是岳阳县的）",
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


def json_lines(data: bytes) -> list[dict]:
    """A JSON-lines export's objects: blank lines skipped; a line that is not JSON only for a trailing comma
    (an array's elements pasted as lines) read with the comma dropped."""
    rows = []
    for line in data.decode("utf-8").splitlines():
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            rows.append(json.loads(line.rstrip().removesuffix(",")))
    return rows


def jsonl_text(data: bytes) -> str:
    """Per object a line per non-null field, name：value (a string's \\n escapes resolved by json)."""
    return "\n\n".join(
        "\n".join(f"{k}：{v}" for k, v in row.items() if v is not None) for row in json_lines(data)
    )


def emlx_split(data: bytes) -> tuple[bytes, bytes]:
    """An .emlx file's RFC 822 message (its length on the first line) and the plist trailer after it."""
    first, rest = data.split(b"\n", 1)
    size = int(first.strip())
    return rest[:size], rest[size:]


def emlx_text(data: bytes) -> str:
    """The message's subject and sender (RFC 2047 decoded) and its text parts: a gb2312 / gbk part read as
    GB18030, an HTML part's tags stripped; the plist trailer skipped."""
    msg = email.message_from_bytes(emlx_split(data)[0], policy=email.policy.default)
    out = [str(msg["subject"]), str(msg["from"]), str(msg["date"])]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        charset = (part.get_content_charset() or "utf-8").lower()
        text = payload.decode("gb18030" if charset in ("gb2312", "gbk", "gb18030") else charset)
        out.append(strip_html(text) if part.get_content_subtype() == "html" else text)
    return "\n".join(out)


FB2 = f"{{{md.FB2_NS}}}"


def fb2_text(data: bytes) -> str:
    """A FictionBook 2 document by xml.etree: the book title, the annotation's paragraphs, then every <body>
    (the notes body too) as its paragraphs, titles' paragraphs, subtitles and verses, each an element's
    itertext joined; <binary> skipped."""
    root = ET.fromstring(data)
    out = []
    info = root.find(f"{FB2}description/{FB2}title-info")
    assert info is not None
    out.append(info.findtext(f"{FB2}book-title") or "")
    out += ["".join(p.itertext()) for p in info.iter(f"{FB2}p")]
    for body in root.findall(f"{FB2}body"):
        for el in body.iter():
            if el.tag in (f"{FB2}p", f"{FB2}subtitle", f"{FB2}v", f"{FB2}text-author"):
                out.append("".join(el.itertext()))
    return "\n".join(out)


GNM = f"{{{md.GNM_NS}}}"


def gnumeric_cells(data: bytes) -> dict[str, dict[tuple[int, int], tuple[str | None, str]]]:
    """Per sheet (by name) its cells: (row, col) to (ValueType, text)."""
    root = ET.fromstring(gzip.decompress(data))
    sheets = {}
    for sheet in root.iter(f"{GNM}Sheet"):
        cells = {}
        for c in sheet.iter(f"{GNM}Cell"):
            cells[(int(c.get("Row", "0")), int(c.get("Col", "0")))] = (c.get("ValueType"), c.text or "")
        sheets[sheet.findtext(f"{GNM}Name") or ""] = cells
    return sheets


def gnumeric_text(data: bytes) -> str:
    """gzip, then xml.etree: per sheet its name, then a line per row of its valued cells in column order
    (a formula cell has no ValueType and no value: skipped)."""
    out = []
    for name, cells in gnumeric_cells(data).items():
        out.append(name)
        for row in sorted({r for r, _ in cells}):
            values = [v for (r, c), (kind, v) in sorted(cells.items()) if r == row and kind is not None]
            out.append("　".join(values))
    return "\n".join(out)


def adoc_text(data: bytes) -> str:
    """An AsciiDoc page's raw text."""
    return data.decode("utf-8")


def adoc_resolved(text: str) -> str:
    """The page as Asciidoctor renders its words: comment blocks and line comments dropped, include lines
    dropped (their files are not there), attribute entries dropped and their uses replaced."""
    text = re.sub(r"^////\n.*?^////\n", "", text, flags=re.S | re.M)
    attrs = dict(re.findall(r"^:([\w-]+): (.*)$", text, re.M))
    lines = [
        ln
        for ln in text.splitlines()
        if not ln.startswith(("//", "include::")) and not re.match(r"^:[\w-]+:", ln)
    ]
    out = "\n".join(lines)
    for name, value in attrs.items():
        out = out.replace(f"{{{name}}}", value)
    return out


DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".pdf", pdf_text),
        (".txt", txt_decode),
        (".jsonl", jsonl_text),
        (".ndjson", jsonl_text),
        (".emlx", emlx_text),
        (".fb2", fb2_text),
        (".gnumeric", gnumeric_text),
        (".adoc", adoc_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw
zpart = DOCUMENTS.part

ONLY = {
    WXJ: ["实名登记", "0713-6216110", "20时至次日5时", "提前30日向市农业农村局报备", "上下游各500米"],
    LSN: ["19170", "6月1日至6月10日"],
    JXE: ["每户8000元", "每人3000元", "2026年9月30日", "0791-85672318", "每人每月1300元", "7个工作日内初审"],
    DCF: ["满3月龄首次免疫", "每年加强免疫1次", "至少15分钟", "0736-7389110", "3.6万只"],
    XZN: ["12000", "10000"],
    YYA: ["0730-7625328", "不超过4学时", "学时产生之日起7日内", "5个工作日内原路退回", "每20分钟随机抓拍1次"],
    QCT: [t("夜间驾驶不少于2学时"), t("有效投诉3次以上"), t("10个工作日内调查处理")],
    WXP: ["不超过2.5公斤"],
    JXD: ["一律拆解"],
    JXT: ["16至60周岁", "每人每天60元"],
    LSX: ["免费上门收集", "8:00-18:00"],
    DCU: ["10月8日至10月31日"],
    YJJ: ["4689人", "次月起停止享受", "渔民安置工作站申请"],
    YYG: ["2个工作日内确认"],
    XZG: ["C21号", "畜禽养殖代码", "环评备案回执"],
    YJR: ["2500元"],
    JXR: ["30220元"],
    WXR: ["2300元"],
    DCR: ["3450元"],
    LSR: ["630元"],
    XZR: ["36000元"],
    YYR: ["2100元"],
    QCR: ["14学时"],
}
# keys cut in the file's bytes (the PDF's wrap), found only in the decoded text
CUT = {WXP: ["不超过2.5公斤"]}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert len(texts) == 35, len(texts)
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures and an article the final text dropped
    final, draft = texts[doc_path(YJB)], texts[doc_path(YJQ)]
    for a, b in (
        ("按个人缴费额的50%给予缴费补贴", "按个人缴费额的40%给予缴费补贴"),
        ("每人每年最高1500元", "每人每年最高1200元"),
        ("补贴期限最长15年", "补贴期限最长10年"),
        ("每人每年给予缴费补贴2400元", "每人每年给予缴费补贴2000元"),
        ("养老补助120元", "养老补助100元"),
        ("每人每月600元", "每人每月500元"),
        ("发放期限12个月", "发放期限18个月"),
        ("2026年3月1日起施行", "2026年1月1日起施行"),
    ):
        assert a in final and b in draft and a not in draft and b not in final, (a, b)
    assert "每学年资助1000元" in draft and "高中" not in final
    # the duplicate, the empty 附件, the two 办事指南.html
    assert raw(YJB) == raw(YJC)
    assert raw(QCE) == b"" and texts[doc_path(QCE)] == ""
    assert Path(doc_path(XZG)).name == Path(doc_path(YYG)).name and raw(XZG) != raw(YYG)
    assert "畜禽规模养殖场备案" in texts[doc_path(XZG)] and "退学退费" in texts[doc_path(YYG)]
    # the GBK .txt (CRLF), the GB18030 .txt (CRLF, 䶮 that GBK cannot write), the UTF-16 .txt (LE BOM, CRLF)
    for doc in (JXT, LSX):
        data = raw(doc)
        assert not_utf8(data) and data.count(b"\r\n") == data.count(b"\n") > 5, doc
    raw(JXT).decode("gbk")
    assert "刘䶮" in texts[doc_path(LSX)]
    try:
        "䶮".encode("gbk")
        raise AssertionError("䶮 is in GBK")
    except UnicodeEncodeError:
        pass
    dc = raw(DCU)
    text16 = dc[2:].decode("utf-16-le")
    assert dc.startswith(b"\xff\xfe") and "\r\n" in text16 and "\n" not in text16.replace("\r\n", "")
    # the .docx: two tables, the units only in the header row
    xml = zpart(JXD, "word/document.xml").decode("utf-8")
    assert xml.count("<w:tbl>") == 2 and "船体补偿（元/米）" in xml and "补偿标准（元/套）" in xml
    assert ">3200<" in xml and ">2400<" in xml and ">260<" in xml and ">150<" in xml
    assert "3200元" not in xml and "2400元" not in xml and "150元" not in xml
    # the PDF: three pages, page numbers, the wrap
    pdf = pypdf.PdfReader(io.BytesIO(raw(WXP)))
    assert len(pdf.pages) == 3 and "— 2 —" in pdf.pages[1].extract_text()
    assert "不超过2.\n5公斤" in pdf.pages[1].extract_text()
    assert "探鱼设备" in pdf.pages[0].extract_text().replace("\n", "")
    # the 繁體 page: zh-TW, traditional text and furniture, its 附件 link to the empty file
    trad_raw = raw(QCT).decode("utf-8")
    trad = texts[doc_path(QCT)]
    assert 'lang="zh-TW"' in trad_raw and _T2S.convert(trad) != trad and "蘄春縣" in trad
    assert "您現在的位置" in trad and "蕲春" not in trad and "学时" not in trad and md.QC_EMPTY in trad_raw
    # the .jsonl: one object a line, a blank line, a row of \u escapes whose answer is not in the bytes as
    # UTF-8, a row with a trailing comma that json cannot read, escaped line breaks, a pending row of nulls
    jl = raw(WXJ)
    lines = jl.decode("utf-8").split("\n")
    assert lines[-1] == "" and "" in lines[:-1] and len([x for x in lines if x]) == 9
    bad = []
    for line in lines:
        if not line:
            continue
        try:
            json.loads(line)
        except json.JSONDecodeError:
            bad.append(line)
    assert len(bad) == 1 and bad[0].endswith("},") and "提前30日向市农业农村局报备" in bad[0]
    assert "20时至次日5时".encode() not in jl and "\\u5de5\\u5355\\u7f16\\u53f7" in jl.decode(
        "ascii", "replace"
    )
    assert "\\n" in jl.decode("utf-8") and '"办理结果": null' in jl.decode("utf-8")
    rows = json_lines(jl)
    assert len(rows) == 9 and rows[-1]["办理结果"] is None and "\n" in rows[0]["办理结果"]
    # the .ndjson: compact objects, CRLF, amounts in 元 as the field names say, one 头数 written as text,
    # the 合计 line the sum of the rows
    nd = raw(LSN)
    assert nd.count(b"\r\n") == nd.count(b"\n") == 13 and b'": ' not in nd
    ledger = json_lines(nd)
    assert all("补助金额_元" in r for r in ledger) and not any("补助金额_分" in r for r in ledger)
    items, total = ledger[:-1], ledger[-1]
    assert total["台账编号"] == "合计" and [type(r["头数"]) for r in items].count(str) == 1
    assert sum(r["补助金额_元"] for r in items) == total["补助金额_元"] == 19170
    assert sum(int(r["头数"]) for r in items) == total["头数"] == 392
    assert all(int(r["头数"]) * r["补助标准_元每头"] == r["补助金额_元"] for r in items)
    # the .emlx: the byte count, the message, the plist; the text part GBK declared gb2312 (which cannot read
    # 堃), base64; the HTML part UTF-8 quoted-printable; the subject RFC 2047 encoded
    em = raw(JXE)
    message, trailer = emlx_split(em)
    assert em.split(b"\n", 1)[0] == f"{len(message):<10}".encode() and trailer.startswith(b"<?xml")
    plist = plistlib.loads(trailer)
    assert plist["subject"] == md.JX_MAIL_SUBJECT and plist["remote-id"] == "3318"
    assert b"Subject: =?GB2312?B?" in message and md.JX_MAIL_TEL.encode() not in message
    msg = email.message_from_bytes(message, policy=email.policy.default)
    plain, htm = [p for p in msg.walk() if p.get_content_maintype() == "text"]
    assert plain["Content-Transfer-Encoding"] == "base64" and plain.get_content_charset() == "gb2312"
    assert htm["Content-Transfer-Encoding"] == "quoted-printable" and htm.get_content_charset() == "utf-8"
    body = plain.get_payload(decode=True)
    assert isinstance(body, bytes) and "王堃".encode("gbk") in body
    try:
        body.decode("gb2312")
        raise AssertionError("the text part reads as GB2312")
    except UnicodeDecodeError:
        pass
    # the .fb2: its namespace, the cover a PNG in a <binary>, a note linked from the text, figures cut by
    # <strong> and <emphasis> runs (not in the raw XML as one string)
    fb = raw(DCF)
    root = ET.fromstring(fb)
    assert root.tag == f"{FB2}FictionBook" and len(root.findall(f"{FB2}body")) == 2
    binary = root.find(f"{FB2}binary")
    assert binary is not None and binary.get("content-type") == "image/png"
    assert base64.b64decode(binary.text or "").startswith(b"\x89PNG\r\n\x1a\n")
    assert b'<a l:href="#n1" type="note">' in fb and b'<image l:href="#cover.png"/>' in fb
    for key in ("满3月龄首次免疫", "每年加强免疫1次", "至少15分钟"):
        assert key.encode() not in fb and key in texts[doc_path(DCF)], key
    # the .gnumeric: gzip (mtime 0), two sheets, merged titles, units only in the header rows, a formula cell
    # without a value
    gn = raw(XZN)
    assert gn[:2] == b"\x1f\x8b" and struct.unpack("<I", gn[4:8])[0] == 0
    gxml = gzip.decompress(gn).decode("utf-8")
    assert gxml.count("<gnm:Sheet ") == 2 and gxml.count("<gnm:Merge>A1:D1</gnm:Merge>") == 2
    assert '<gnm:Cell Row="5" Col="3">=SUM(D3:D5)</gnm:Cell>' in gxml
    sheets = gnumeric_cells(gn)
    assert list(sheets) == ["备案规模标准", "防疫设施改造补助"]
    assert sheets["防疫设施改造补助"][(1, 2)] == ("60", "补助上限（元/场）")
    assert sheets["防疫设施改造补助"][(3, 2)] == ("40", "12000")
    assert sheets["备案规模标准"][(6, 2)] == ("40", "10000") and "10000只" not in gxml and "元/场）" in gxml
    # the .adoc: attributes used in the text, a table, a NOTE, a WARNING block, a comment block holding the
    # old figures, includes of files that are not there
    adoc = raw(YYA).decode("utf-8")
    resolved = adoc_resolved(adoc)
    assert "{refund-time}" in adoc and "|===" in adoc and "\nNOTE: " in adoc and "[WARNING]" in adoc
    assert "include::partials/hetong-fanben.adoc[]" in adoc
    assert not (md.DOCS / doc_path(YYA)).parent.joinpath("partials").exists()
    assert "10个工作日内原路退回" in adoc and "不超过6学时" in adoc
    assert "10个工作日内原路退回" not in resolved and "不超过6学时" not in resolved and "{" not in resolved
    assert "监管银行在5个工作日内原路退回尚未拨付的培训费" in resolved
    assert "每日计入的有效学时不超过4学时，超出部分不计入学时" in resolved
    # the replies' keys stand in their pages
    assert "合计30220元" in texts[doc_path(JXR)] and "可补助30000元（3万元）" in texts[doc_path(XZR)]


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
    for suffix in (".jsonl", ".ndjson", ".emlx", ".fb2", ".gnumeric", ".adoc"):
        alone = [q[0] for q in Q if " | " not in q[4] and doc_path(q[4]).endswith(suffix)]
        assert len(alone) >= 2, (suffix, alone)


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
