"""Writes eval/policy37/questions.jsonl: questions over eval/policy37/docs (禁毒举报奖励与社区戒毒康复、慈善事
业与社区慈善基金、全民阅读与农家书屋 of eight regions), written before citeqa was run on them, as chat users
relay their own situation, as agents send keyword queries and as analysts ask which regions. The chat users'
questions carry the asker's situation first, in their own words (52岁 and 6亩草果, 86个职工, 1860人 and 5次宣
传, 326户 in 官庄镇, 26岁 and 每周透析3次, 150平方米 8000册 40个座位, 68岁 and 2300册, 女儿2岁 and 逾期一个星
期) and figures that are not the answer (460株 and 1个 where the answer is 1704元, 4个 and 6个月 where it is
9000元, 2名专干 where it is 13000元, 6.8万 where it is 按1万元配捐, 9.3万 and 4.6万 where it is 11800元, 3200
小时 where it is 共计8万元, 6个月 where it is 1500元, 4口人 where it is 25册), with typos and homophones (举报
将金, 罂粟 written 婴粟, 康复人圆, 无毒村 奖不, 慈善基今, 透折, 城市书方, 农家书物, 读者症). Several are
answered only by a 12345 / 县长信箱 / 领导留言板 / 市长信箱 reply (1704元, 9000元, 13000元, 按1万元配捐, 11800
元, 共计8万元, 1500元, 25册), some only by a new kind of file (the .xlf's 0875-5183110 and 猴桥、滇滩口岸; the
.sbv's 每周三上午 and 巡场镇新街28号; the .smi's 每天9:00至21:00; the .opml's 2026年9月5日 and “沅陵慈善”微信
小程序; the .ipynb's 4.37万册次), the .xlsx's 合计, the .txt (每月第一个星期二) or the 繁體 page (一次可借圖書
10冊, 價值500元的購書卡, 14週歲以下). The agents' queries are terse (「沅陵 慈善基金 配捐 比例」). Regions are
named by the county's name, full or short (腾冲, 珙县, 余干, 沅陵, 建瓯, 赤水, 南丹, 南雄), the analysts'
questions by city (保山, 宜宾, 上饶, 怀化, 南平, 遵义, 河池, 韶关). Five questions are in traditional script,
two of them in Cantonese (南雄圖書館嘅成人讀者證一次可以借幾多本書㗎？ and 我屋企想喺南雄評書香家庭…). The
keys are what any correct answer must contain, written as the documents write them (the 繁體 page's keys in
traditional script, as OpenCC s2hk writes them).

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (龙陵, 屏山, 广丰, 溆浦, 浦城, 播州, 东兰, 始兴: in
no expected list) and regions named in passing (昌宁, 南溪, 玉山, 中方, 光泽, 红花岗, 凤山, 翁源). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (腾冲's 笑气
reward, which only the 征求意见稿 had; 沅陵's 配捐 for a 企业冠名 基金, where the 办法 names only 社区（村）慈
善基金; 珙县's 帮扶 for the families of people in 强制隔离戒毒, where the 办法 covers only 社区戒毒、社区康
复人员).

``python -m eval.policy37.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html by a byte-order mark, else the charset its <meta> names (eval.policy30's reader);
- .xlf by lxml: the header's note, then per trans-unit its source and its target, the inline codes (bpt, ept,
  ph, it) dropped with their escaped markup and their tails kept;
- .sbv (UTF-8): the cues in order, each cue's lines and the cues joined without a break (a break between cues
  falls inside a Chinese sentence);
- .smi (UTF-8, else GB18030): the TITLE, then each SYNC block's caption, its tags stripped (<br> as nothing),
  references resolved, &nbsp; cues dropped, joined without a break;
- .opml by lxml: the head's title, then every outline in document order, its text read as HTML (幕布's markup,
  escaped in the attribute, stripped) and its _note;
- .ipynb by json: per cell its source, a markdown cell's bold and italic marks dropped, then a code cell's
  outputs (stream text, text/plain of results and displays);
- .docx by zipfile (eval.policy30's reader), .xlsx by openpyxl (eval.policy30's reader; an empty file has no
  text), .pdf by pypdf (eval.policy29's reader, a page's lines joined), .txt as UTF-8, else GB18030.

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional questions are traditional, that the kinds number as in eval/policy32 … eval/policy36 and that each
new kind of file alone answers some question, and the files' peculiarities: the 征求意见稿 differing from its
final text (每克20元, 最高5万元, 1万元, 100元, 300元, 笑气, 2026年1月1日, no 边民 上浮); the duplicate (the
same bytes under “(1)”); the empty 附件 (0 bytes); the two 政策解读.html (one name, two folders, other texts);
the .xlf (a byte-order mark, XLIFF 1.2, zh-CN to en-US, memoQ, a trans-unit per segment, the states, one unit
with no target, bpt / ept with escaped markup cutting the number so not in the bytes); the .sbv (every cue's
timing line, blank lines between cues, the number cut between two cues); the .smi (GBK, CRLF, SAMIParam, the
.ZHCNCC class, a SYNC per caption with its Start in milliseconds rising, &nbsp; cues, a <br>, the hours cut
between two SYNC blocks); the .opml (OPML 2.0, nested outlines, escaped span markup, _mubu_text URL-encoded,
_note, the date cut so not in the bytes); the .ipynb (nbformat 4.5, cell ids, the output types, a PNG, the
bold figure so not in the bytes); the GBK page; the GB18030 .txt (CRLF); the .docx (its table); the .xlsx (合
计 only there, a value and no formula); the 繁體 page (traditional, zh-HK); the PDF (three pages, 第 2 页 共 3
页 on the second)."""

from __future__ import annotations

import base64
import html
import io
import json
import re
import zipfile
from pathlib import Path

import opencc
import openpyxl
import pypdf
from lxml import etree

from eval import policy_make as make
from eval.policy29.make_questions import pdf_text, strip_html
from eval.policy30.make_questions import docx_text, html_text, txt_decode, xlsx_text
from eval.policy37 import make_docs as md
from eval.policy_make import Documents, both, doc_path, in_bytes, not_utf8

_S2HK = opencc.OpenCC("s2hk")
_T2S = opencc.OpenCC("t2s")
t = _S2HK.convert  # a key of the 繁體 page, as that page writes it

TCB = f"云南/腾冲市/{md.TC_TITLE}.html"
TCD = f"云南/腾冲市/{md.TC_TITLE}(1).html (the same page downloaded twice)"
TCQ = f"云南/腾冲市/{md.TC_DRAFT_TITLE}.html (征求意见稿: 每克20元, 最高5万元, 笑气, 2026年1月1日)"
TCX = f"云南/腾冲市/{md.TC_XLF} (XLIFF 1.2, a number cut by inline codes)"
TCR = "云南/腾冲市/12345 发现邻村地里种罂粟举报了，还举报了一个吸毒的，能拿多少奖金？.html"
GXB = f"四川/珙县/{md.GX_TITLE}.html (GBK)"
GXS = f"四川/珙县/{md.GX_SBV} (YouTube subtitles, a number cut between cues)"
GXR = "四川/珙县/县长信箱 茶厂招了4个社区康复人员，就业补贴能拿多少？.html"
YGD = f"江西/余干县/{md.YG_DOCX}"
YGE = f"江西/余干县/{md.YG_EMPTY} (empty)"
YGR = "江西/余干县/领导留言板 村里今年首次申报无毒村，还建了禁毒宣传墙，能拿多少奖补？.html"
YLB = f"湖南/沅陵县/{md.YL_TITLE}.html"
YLO = f"湖南/沅陵县/{md.YL_OPML} (幕布 OPML, a date cut by escaped markup)"
YLR = "湖南/沅陵县/12345 村里慈善基金今年募集了6.8万元，县慈善会配捐多少？.html"
JOP = f"福建/建瓯市/{md.JO_PDF} (hard-wrapped PDF)"
JOJ = "福建/建瓯市/政策解读.html (named like 赤水's)"
JOR = "福建/建瓯市/市长信箱 儿子尿毒症透析，低保边缘家庭，今年自付4.6万，慈善医疗救助能给多少？.html"
CSB = f"贵州/赤水市/{md.CS_TITLE}.html"
CSJ = "贵州/赤水市/政策解读.html (named like 建瓯's)"
CSM = f"贵州/赤水市/{md.CS_SMI} (SAMI captions, GBK, hours cut between SYNC blocks)"
CSR = "贵州/赤水市/12345 书店想和市里合作建城市书房，验收后又评了优秀，一共能拿多少钱？.html"
NDB = f"广西/南丹县/{md.ND_TITLE}.html"
NDX = f"广西/南丹县/{md.ND_XLSX}"
NDI = f"广西/南丹县/{md.ND_IPYNB} (Jupyter notebook, the figure in bold markdown)"
NDR = "广西/南丹县/12345 管农家书屋上半年，3月份装修关了一个月，补贴能发多少？.html"
NXT = f"广东/南雄市/{t(md.NX_TITLE)}（繁體版）.html (traditional script)"
NXX = f"广东/南雄市/{md.NX_TXT} (GB18030, CRLF)"
NXR = "广东/南雄市/12345 一家四口都想借书，一次最多能借几本？.html"
N1, N2, N3, N4, N5 = (f"新闻/{title}.html" for title, _ in md.NEWS)

PLANNED = ["龙陵", "屏山", "广丰", "溆浦", "浦城", "播州", "东兰", "始兴"]
PASSING = ["昌宁", "南溪", "玉山", "中方", "光泽", "红花岗", "凤山", "翁源"]
NEIGHBOURS = ("u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "保山哪些县市区已经出台了禁毒举报奖励办法？只是打算出台的不算",
        ["腾冲市", "施甸县"],
        both(TCB, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "保山 举报 种植罂粟 毒品原植物 奖励 已实施 县市区",
        ["腾冲市", "隆阳区"],
        both(TCB, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "宜宾哪些县区对招用社区戒毒社区康复人员的企业给就业补贴？",
        ["珙县", "筠连县"],
        both(GXB, N5),
        [],
    ),
    ("r04", "regions", "宜宾 操守保持奖励 连续3年未复吸 已实行 县区", ["珙县", "叙州区"], both(GXB, N5), []),
    (
        "r05",
        "regions",
        "上饶有哪些县区对评上“无毒村”的村给奖补了？",
        ["余干县", "横峰县"],
        both(YGD, N5),
        [],
    ),
    ("r06", "regions", "怀化 社区慈善基金 配捐 已实施 县市", ["沅陵县", "辰溪县"], both(YLB, N2), []),
    (
        "r07",
        "regions",
        "怀化哪些县市已经在村（社区）设立了慈善基金？",
        ["沅陵县", "洪江市"],
        both(YLB, N2),
        [],
    ),
    (
        "r08",
        "regions",
        "南平哪些县市的慈善总会在做慈善医疗救助？计划启动的不算",
        ["建瓯市", "顺昌县"],
        both(JOP, N2),
        [],
    ),
    (
        "r09",
        "regions",
        "遵义 城市书房 合作建设 建设奖补 已实施 县市区",
        ["赤水市", "习水县"],
        both(CSB, N3),
        [],
    ),
    (
        "r10",
        "regions",
        "河池哪些县区给农家书屋管理员发补贴？",
        ["南丹县", "天峨县"],
        both(NDB, N3),
        [],
    ),
    ("r11", "regions", "河池 示范农家书屋 评选 奖励 县区", ["南丹县", "宜州区"], both(NDB, N3), []),
    (
        "r12",
        "regions",
        "韶关哪些县市在评“书香家庭”并给奖励？",
        ["南雄市", "仁化县"],
        both(NXT, N4),
        [],
    ),
    # 腾冲市
    (
        "n01",
        "number",
        "我52岁住腾冲猴桥镇边境村，家里种6亩草果，4月上山发现邻村地里偷种婴粟，打110举报后派出所铲了460株，后来又举报了村里1个吸毒的也查实了，两次举报将金一共能拿多少？",
        "（460×2+500）×（1+20%）=1704元",
        both(TCR, TCB),
        ["1704元"],
    ),
    (
        "n02",
        "number",
        "腾冲 举报 查获 海洛因 冰毒 每克 奖励",
        "按每克30元计算，单起案件最高10万元（征求意见稿每克20元、最高5万元）",
        TCB,
        ["按每克30元计算奖励"],
    ),
    # 珙县
    (
        "n03",
        "number",
        "我在珙县巡场镇开茶叶加工厂，86个职工，今年招了4个社区康复人圆，3个签了2年合同，1个只签了6个月临时合同，厂里能拿多少就业补贴？",
        "签1年以上合同的3人符合条件，3×3000=9000元",
        both(GXR, GXB),
        ["9000元"],
    ),
    (
        "n04",
        "number",
        "珙县 康复人员 职业技能培训 生活补助 每天",
        "每人每天30元，每人每年最多30天",
        GXB,
        ["每人每天给予生活补助30元"],
    ),
    # 余干县
    (
        "n05",
        "number",
        "我是余干瑞洪镇一个村的支书，村里1860人，今年第一次报无毒村，村委门口建了禁毒宣传墙，搞了5次宣传，有2名禁毒专干，验收过了能拿多少奖不？",
        "首次命名1万元＋宣传阵地3000元=13000元（禁毒专干只按1名每月300元）",
        both(YGR, YGD),
        ["13000元"],
    ),
    (
        "n06",
        "number",
        "余干 无毒村 禁毒专干 补贴 标准",
        "每人每月300元，每个村（社区）配备1名",
        YGD,
        ["每人每月300元"],
    ),
    # 沅陵县
    (
        "n07",
        "number",
        "沅陵官庄镇的，我是村报账员，村里慈善基今今年326户捐款一共筹了6.8万元，县慈善会配捐能配多少？",
        "68000×20%=13600元，超过每年最高1万元，按1万元配捐",
        both(YLR, YLB),
        ["按1万元配捐"],
    ),
    (
        "n08",
        "number",
        "沅陵 慈善基金 配捐 比例",
        "当年新募集资金的20%，每个基金每年最高1万元",
        YLB,
        ["当年新募集资金的20%"],
    ),
    # 建瓯市
    (
        "n09",
        "number",
        "儿子26岁尿毒症，每周在建瓯市医院透折3次，我们是低保边缘家庭户口在东峰镇，今年1到5月住了两次院总共9.3万，报销完政策范围内自付4.6万，慈善医疗救助能给多少？",
        "（46000\u221210000）×30%=10800元＋营养补助1000元，合计11800元",
        both(JOR, JOP),
        ["11800元"],
    ),
    (
        "n10",
        "number",
        "建瓯 慈善医疗救助 恶性肿瘤 尿毒症 营养补助",
        "每人每年另给予营养补助1000元",
        JOP,
        ["营养补助1000元"],
    ),
    # 赤水市
    (
        "n11",
        "number",
        "我在赤水市中街道开书店，150平方米、8000册书、40个座位，今年和图书馆合作改成城市书方，4月验收合格，全年开了3200小时，年底考核优秀，一共能拿多少钱？",
        "建设奖补5万元＋运营补贴（优秀）3万元，共计8万元",
        both(CSR, CSB),
        ["共计8万元"],
    ),
    (
        "n12",
        "number",
        "赤水 城市书房 运营补贴 考核优秀",
        "考核合格2万元，考核优秀3万元",
        CSB,
        ["考核优秀的3万元"],
    ),
    # 南丹县
    (
        "n13",
        "number",
        "我68岁，在南丹芒场镇管农家书物，藏书2300册，1到6月一直在管，3月份村委装修关了一整个月，其他月都按时开了，上半年补贴能发多少？",
        "除3月外5个月达标，5×300=1500元",
        both(NDR, NDB),
        ["1500元"],
    ),
    (
        "n14",
        "number",
        "南丹县2026年上半年农家书屋管理员补贴一共发了多少钱？",
        f"合计{md.nd_total()}元",
        NDX,
        [str(md.nd_total())],
    ),
    (
        "n15",
        "number",
        "南丹县农家书屋2025年全年借阅总量是多少？",
        "4.37万册次，比上年增长18.6%",
        NDI,
        ["4.37万册次"],
    ),
    (
        "n16",
        "number",
        "我家4口人住南雄雄州街道，我和老婆都办了成人读者症，儿子8岁办了少儿证，女儿2岁还没办，上个月借的3本书逾期了一个星期，一家人一次最多能借多少本？",
        "10+10+5=25册（逾期不收滞纳金）",
        both(NXR, NXT),
        ["25册"],
    ),
    (
        "n17",
        "number",
        "南丹 示范农家书屋 奖励 每个",
        "每年评选10个，每个奖励5000元",
        NDB,
        ["每个奖励5000元"],
    ),
    # dates
    (
        "t01",
        "date",
        "腾冲 禁毒举报奖励办法 施行日期",
        "自2026年3月1日起施行（征求意见稿为2026年1月1日）",
        TCB,
        ["2026年3月1日"],
    ),
    (
        "t02",
        "date",
        "在腾冲举报毒品拿到领奖通知了，要在多长时间内去领？",
        "自接到通知之日起90日内领取，逾期视为自动放弃",
        TCB,
        ["90日内"],
    ),
    (
        "t03",
        "date",
        "珙县社区康复人员每周哪天去社工站集中尿检？",
        "每周三上午",
        GXS,
        ["每周三上午"],
    ),
    (
        "t04",
        "date",
        "余干 无毒村 创建 村 申报 截止",
        "每年10月底前向乡镇（街道）申报，乡镇11月15日前报县禁毒办",
        YGD,
        ["10月底前"],
    ),
    (
        "t05",
        "date",
        "沅陵今年慈善基金集中募捐是哪一天？",
        "2026年9月5日“中华慈善日”",
        YLO,
        ["2026年9月5日"],
    ),
    (
        "t06",
        "date",
        "赤水的城市书房每天几点开门几点关门？",
        "每天9:00至21:00，节假日不休息",
        CSM,
        ["每天9:00至21:00"],
    ),
    (
        "t07",
        "date",
        "建瓯 慈善医疗救助 申请 时限",
        "出院结算后3个月内",
        JOP,
        ["出院结算后3个月内"],
    ),
    (
        "t08",
        "date",
        "南雄图书馆的流动图书车什么时候到珠玑镇？",
        "每月第一个星期二，上午9:00—11:30，在镇文化站",
        NXX,
        ["每月第一个星期二"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "在腾冲匿名举报了毒品线索，查实以后怎么领奖金？",
        "凭举报时获得的举报编号领取",
        TCB,
        ["举报编号"],
    ),
    (
        "p02",
        "procedure",
        "珙县 禁毒社工站 地址 心理辅导",
        "巡场镇新街28号，可以预约心理辅导，心理咨询热线0831-4412680",
        GXS,
        ["巡场镇新街28号"],
    ),
    (
        "p03",
        "procedure",
        "余干的无毒村是怎么申报和验收的？",
        "村10月底前向乡镇申报，乡镇初审后11月15日前报县禁毒办，12月验收，命名结果公示7天",
        YGD,
        ["初审", "公示7天"],
    ),
    (
        "p04",
        "procedure",
        "沅陵 村级慈善基金 设立 流程",
        "村（社区）“两委”提出申请，与县慈善会签订协议（村级起始资金不低于2万元）",
        YLB,
        ["与县慈善会签订协议"],
    ),
    (
        "p05",
        "procedure",
        "建瓯慈善医疗救助交上去以后怎么审核、多久发钱？",
        "乡镇（街道）慈善分会初审，市慈善总会审核，公示5个工作日，无异议的15个工作日内打卡发放",
        JOP,
        ["15个工作日内打卡发放"],
    ),
    (
        "p06",
        "procedure",
        "我开民宿，想在赤水跟图书馆合作办城市书房，找哪个部门申请？",
        "填写《城市书房合作建设申请书》，连同场地产权证明或租赁合同报市文体广电旅游局公共服务股",
        CSJ,
        ["公共服务股"],
    ),
    (
        "p07",
        "procedure",
        "沅陵 给村里慈善基金捐款 线上 渠道",
        "“沅陵慈善”微信小程序，选择本村（社区）基金捐款，可在线申请捐赠票据",
        YLO,
        ["“沅陵慈善”微信小程序"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "我住腾冲边境村，举报毒品奖励比别人多吗？",
        "多：边境沿线村寨的边民举报的，按标准上浮20%",
        TCB,
        ["上浮20%"],
    ),
    (
        "y02",
        "yesno",
        "腾冲 多人举报同一线索 都有奖励吗",
        "不是：奖励最先举报的人；联名举报的由联名举报人协商分配",
        TCB,
        ["奖励最先举报的人"],
    ),
    (
        "y03",
        "yesno",
        "珙县社区康复人员自己开了个小店，办了营业执照干了8个月，能拿创业补助吗？",
        "能：办理营业执照并正常经营6个月以上的，给予一次性创业补助5000元",
        GXB,
        ["一次性创业补助5000元"],
    ),
    ("y04", "yesno", "沅陵 县慈善会 收不收 管理费", "不收：县慈善会不收取管理费", YLB, ["不收取管理费"]),
    (
        "y05",
        "yesno",
        "沅陵村里慈善基金的钱能不能给管基金的人发点工资？",
        "不能：不得用于发放工作人员工资、福利",
        YLB,
        ["不得用于发放工作人员工资"],
    ),
    (
        "y06",
        "yesno",
        "在赤水城市书房借书要交押金吗？",
        "不要：凭身份证或者社保卡免押金借阅",
        CSB,
        ["免押金借阅"],
    ),
    (
        "y07",
        "yesno",
        "南丹 农家书屋 当月 开放 不达标 补贴 还发吗",
        "不发：当月开放不达标的，不发放当月补贴",
        NDB,
        ["不发放当月补贴"],
    ),
    (
        "y08",
        "yesno",
        "建瓯的慈善医疗救助一年里能不能申请好几次？",
        "可以：一年内可以多次申请，累计不超过每人每年最高限额",
        JOP,
        ["可以多次申请"],
    ),
    # lists
    (
        "l01",
        "list",
        "余干 无毒村 创建标准 有哪些",
        "无制毒贩毒种毒案件、无新增吸毒人员、社区戒毒社区康复执行率100%、建有禁毒宣传阵地",
        YGD,
        ["无新增吸毒人员", "建有禁毒宣传阵地"],
    ),
    (
        "l02",
        "list",
        "建瓯慈善医疗救助哪些人能申请？",
        "本市户籍的低保对象、特困人员、低保边缘家庭成员和因病致贫家庭成员",
        JOP,
        ["低保对象", "特困人员", "低保边缘家庭成员"],
    ),
    (
        "l03",
        "list",
        "沅陵 社区慈善基金 用途",
        "困难群众救助、助学、助老、助残和社区公益项目",
        YLB,
        ["助学", "助老", "助残"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "赤水 城市书房 建设 条件 面积 藏书 座位",
        "使用面积不少于100平方米，藏书不少于5000册，阅览座位不少于30个",
        CSB,
        ["使用面积不少于100平方米", "阅览座位不少于30个"],
    ),
    (
        "e02",
        "eligibility",
        "珙县戒毒康复的人要满足什么条件才能拿操守保持奖励？",
        "社区康复期满、连续3年未复吸，一次性奖励1000元",
        GXB,
        ["连续3年未复吸"],
    ),
    (
        "e03",
        "eligibility",
        "南雄 少儿读者证 年龄",
        "14周岁以下少年儿童，一次可借图书5册",
        NXT,
        [t("14周岁以下")],
    ),
    # fields
    ("f01", "field", "腾冲 禁毒 24小时 举报热线", "0875-5183110", TCX, ["0875-5183110"]),
    ("f02", "field", "建瓯市慈善总会的咨询电话是多少？", "0599-3822516", JOJ, ["0599-3822516"]),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "在腾冲举报了贩毒的，怕被打击报复，我的名字会不会泄露出去？",
        "不会：公安机关和市禁毒办对举报人信息严格保密",
        TCB,
        ["严格保密"],
    ),
    (
        "a02",
        "paraphrase",
        "在赤水城市书房借的书，能不能拿到市图书馆去还？",
        "能：城市书房与市图书馆通借通还",
        CSB,
        ["通借通还"],
    ),
    (
        "a03",
        "paraphrase",
        "南丹农忙的时候白天大家都下地了，农家书屋白天没人来怎么办？",
        "农忙时节可以调整为晚上开放，在村务公开栏公示",
        NDB,
        ["调整为晚上开放"],
    ),
    # traditional script: two in Cantonese
    (
        "c01",
        "traditional",
        "南雄圖書館嘅成人讀者證一次可以借幾多本書㗎？",
        "一次可借圖書10冊，借期60天",
        NXT,
        [t("一次可借图书10册")],
    ),
    (
        "c02",
        "traditional",
        "我屋企想喺南雄評書香家庭，評到嘅話有咩獎勵？",
        "每戶獎勵價值500元的購書卡",
        NXT,
        [t("价值500元的购书卡")],
    ),
    (
        "c03",
        "traditional",
        "騰衝市舉報非法種植罌粟，每株獎勵多少錢？",
        "按每株2元計算，每起不低於200元",
        TCB,
        ["按每株2元计算奖励"],
    ),
    (
        "c04",
        "traditional",
        "赤水市社會力量合作建設城市書房，驗收合格給多少建設獎補？",
        "一次性建設獎補5萬元",
        CSB,
        ["一次性建设奖补5万元"],
    ),
    (
        "c05",
        "traditional",
        "沅陵縣村級慈善基金的起始資金最少要多少？",
        "不低於2萬元（社區不低於5萬元）",
        YLB,
        ["起始资金不低于2万元"],
    ),
    # unanswerable: planned-only regions, neighbours of what the documents state
    ("u01", "unanswerable", "龙陵县举报贩毒每克奖励多少钱？", "应拒答：龙陵只是拟于下半年出台", "-", []),
    (
        "u02",
        "unanswerable",
        "屏山县 吸纳 康复人员 就业补贴 每人",
        "应拒答：屏山只是计划年内出台",
        "-",
        [],
    ),
    ("u03", "unanswerable", "广丰区评上无毒村的村能拿多少奖补？", "应拒答：广丰只是拟于明年开展", "-", []),
    ("u04", "unanswerable", "溆浦县 社区慈善基金 配捐 比例 上限", "应拒答：溆浦只是拟于明年安排", "-", []),
    (
        "u05",
        "unanswerable",
        "浦城县慈善医疗救助自付超过多少开始救助？",
        "应拒答：浦城只是计划下半年启动",
        "-",
        [],
    ),
    ("u06", "unanswerable", "播州区 城市书房 建设奖补 标准", "应拒答：播州只是计划明年启动建设", "-", []),
    ("u07", "unanswerable", "东兰县农家书屋管理员每月补贴多少？", "应拒答：东兰只是拟于年内出台", "-", []),
    ("u08", "unanswerable", "始兴县 书香家庭 奖励 多少", "应拒答：始兴只是将于明年启动评选", "-", []),
    (
        "u09",
        "unanswerable",
        "腾冲这边有人在KTV卖笑气，我举报了的话，听说每起能奖1000块，是真的吗？",
        "应拒答：只有征求意见稿有举报笑气每起奖励1000元，正式办法已删去",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "沅陵 企业 冠名 慈善基金 配捐 多少",
        "应拒答：办法只规定社区（村）慈善基金的配捐，没有企业冠名基金",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "我弟弟在强制隔离戒毒所里，家里生活困难，珙县对强戒人员家属有什么补助标准？",
        "应拒答：办法只适用于社区戒毒、社区康复人员，没有强制隔离戒毒人员家属的补助标准",
        "-",
        [],
    ),
]


# ---------- readers of the new kinds of file ----------
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"
INLINE = {f"{XLIFF}{n}" for n in ("bpt", "ept", "ph", "it")}


def xlf_segment(el: etree._Element) -> str:
    """A source / target's text: its own text, inline codes dropped (their escaped markup) but their tails
    kept."""
    out = [el.text or ""]
    for child in el:
        if child.tag not in INLINE:
            out.append(xlf_segment(child))
        out.append(child.tail or "")
    return "".join(out)


def xlf_text(data: bytes) -> str:
    """An XLIFF 1.2 file by lxml: the header's notes, then per trans-unit its source and target."""
    root = etree.fromstring(data)
    lines = [n.text or "" for n in root.iter(f"{XLIFF}note")]
    for unit in root.iter(f"{XLIFF}trans-unit"):
        for name in ("source", "target"):
            el = unit.find(f"{XLIFF}{name}")
            if el is not None:
                lines.append(xlf_segment(el))
    return "\n".join(lines)


SBV_TIME = re.compile(r"^\d+:\d\d:\d\d\.\d{3},\d+:\d\d:\d\d\.\d{3}$")


def sbv_text(data: bytes) -> str:
    """YouTube .sbv (UTF-8): the cues' text lines in order, joined without a break."""
    out: list[str] = []
    for block in re.split(r"\r?\n\s*\r?\n", data.decode("utf-8-sig").strip()):
        lines = block.splitlines()
        assert SBV_TIME.match(lines[0]), lines[0]
        out += lines[1:]
    return "".join(out)


def smi_text(data: bytes) -> str:
    """SAMI (UTF-8, else GB18030): the TITLE, then each SYNC block's caption (tags stripped, <br> as nothing,
    references resolved; &nbsp; cues dropped), joined without a break."""
    text = txt_decode(data)
    title = re.search(r"<TITLE>(.*?)</TITLE>", text, re.S | re.I)
    body = text.split("<BODY>", 1)[1] if "<BODY>" in text else text
    caps = []
    for block in re.split(r"<SYNC\b[^>]*>", body, flags=re.I)[1:]:
        block = re.sub(r"</?(BODY|SAMI)>", "", block, flags=re.I)
        cap = html.unescape(re.sub(r"<[^>]+>", "", block)).replace("\xa0", "").strip()
        if cap:
            caps.append(cap)
    return (title.group(1) if title else "") + "\n" + "".join(caps)


def opml_text(data: bytes) -> str:
    """An OPML outline by lxml: the head's title, then every outline in document order, its text read as
    HTML (markup stripped) and its _note."""
    root = etree.fromstring(data)
    lines = [root.findtext("head/title") or ""]
    for node in root.iter("outline"):
        lines.append(strip_html(node.get("text", "")))
        if node.get("_note"):
            lines.append(node.get("_note", ""))
    return "\n".join(lines)


def ipynb_text(data: bytes) -> str:
    """A Jupyter notebook by json: per cell its source (a markdown cell's ** / __ / * marks dropped), then a
    code cell's outputs: stream text and the text/plain of results and displays."""
    nb = json.loads(data)
    lines = []
    for cell in nb["cells"]:
        src = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            src = re.sub(r"(\*\*|__)(.+?)\1", r"\2", src)
        lines.append(src)
        for out in cell.get("outputs", []):
            if out["output_type"] == "stream":
                lines.append("".join(out["text"]))
            elif "text/plain" in out.get("data", {}):
                lines.append("".join(out["data"]["text/plain"]))
    return "\n".join(lines)


def xlsx_or_empty(data: bytes) -> str:
    """An .xlsx by eval.policy30's reader; a file that came down empty has no text."""
    return xlsx_text(data) if data else ""


# each document's text as decoded from its bytes (see the module's docstring), its bytes and parts
DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".xlsx", xlsx_or_empty),
        (".pdf", pdf_text),
        (".txt", txt_decode),
        (".xlf", xlf_text),
        (".sbv", sbv_text),
        (".smi", smi_text),
        (".opml", opml_text),
        (".ipynb", ipynb_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw
zpart = DOCUMENTS.part

ONLY = {
    TCX: ["0875-5183110", "猴桥、滇滩口岸"],
    GXS: ["每周三上午", "巡场镇新街28号", "0831-4412680"],
    CSM: ["每天9:00至21:00", "第一批7家"],
    YLO: ["2026年9月5日", "“沅陵慈善”微信小程序", "0745-4223608"],
    NDI: ["4.37万册次", "芒场镇巴平村书屋"],
    NDX: [str(md.nd_total())],
    NXT: [t("一次可借图书10册"), t("价值500元的购书卡"), t("14周岁以下")],
    NXX: ["每月第一个星期二"],
    JOJ: ["0599-3822516"],
    CSJ: ["公共服务股"],
    TCR: ["1704元"],
    GXR: ["9000元"],
    YGR: ["13000元"],
    YLR: ["按1万元配捐"],
    JOR: ["11800元"],
    CSR: ["共计8万元"],
    NDR: ["1500元"],
    NXR: ["25册"],
}
# keys cut in the file's bytes (by inline codes, cues, SYNC blocks, escaped markup or bold marks), found only
# in its decoded text
CUT = {
    TCX: ["0875-5183110"],
    GXS: ["0831-4412680"],
    CSM: ["每天9:00至21:00"],
    YLO: ["2026年9月5日"],
    NDI: ["4.37万册次"],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert 30 <= len(texts) <= 35, len(texts)
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(TCB)), doc_text(doc_path(TCQ))
    assert "按每克30元计算奖励" in final and "按每克20元计算奖励" in draft
    assert "单起案件奖励最高10万元" in final and "单起案件奖励最高5万元" in draft
    assert "每查实1个奖励2万元" in final and "每查实1个奖励1万元" in draft
    assert "每起不低于200元" in final and "每起不低于100元" in draft
    assert "每查获1名奖励500元" in final and "每查获1名奖励300元" in draft
    assert "笑气" in draft and "笑气" not in final
    assert "上浮20%" in final and "上浮20%" not in draft
    assert "2026年3月1日起施行" in final and "2026年1月1日起施行" in draft
    # the duplicate, the empty 附件, the two 政策解读.html
    assert raw(TCB) == raw(TCD)
    assert raw(YGE) == b"" and texts[doc_path(YGE)] == ""
    assert Path(doc_path(JOJ)).name == Path(doc_path(CSJ)).name and raw(JOJ) != raw(CSJ)
    assert "建瓯" in texts[doc_path(JOJ)] and "赤水" in texts[doc_path(CSJ)]
    # the .xlf: a BOM, XLIFF 1.2 from memoQ, zh-CN to en-US, the states, a unit with no target, the bold run
    # as bpt / ept with escaped markup
    xlf = raw(TCX)
    assert xlf.startswith(b"\xef\xbb\xbf<?xml")
    root = etree.fromstring(xlf)
    assert root.get("version") == "1.2" and root.tag == f"{XLIFF}xliff"
    f = root.find(f"{XLIFF}file")
    assert f is not None and (f.get("source-language"), f.get("target-language")) == ("zh-CN", "en-US")
    assert b'tool-name="memoQ"' in xlf
    units = list(root.iter(f"{XLIFF}trans-unit"))
    assert len(units) == len(md.TC_SEGMENTS)
    states = [u.find(f"{XLIFF}target").get("state") for u in units if u.find(f"{XLIFF}target") is not None]
    assert "needs-review-translation" in states and len(states) == len(units) - 1
    assert b'<bpt id="1" ctype="bold">&lt;b&gt;</bpt>' in xlf and b'<ept id="1">&lt;/b&gt;</ept>' in xlf
    # the .sbv: every cue's timing line, blank lines between cues, the number cut between two cues
    sbv = raw(GXS).decode("utf-8")
    blocks = sbv.strip().split("\n\n")
    assert len(blocks) == len(md.GX_CUES) and all(SBV_TIME.match(b.splitlines()[0]) for b in blocks)
    assert "0831-44\n\n0:00:32.500,0:00:36.000\n12680" in sbv and "\r" not in sbv
    # the .smi: GBK, CRLF, SAMIParam, the class, a SYNC per caption, starts rising, &nbsp; cues, a <br>
    smi = raw(CSM)
    assert not_utf8(smi) and smi.count(b"\r\n") == smi.count(b"\n")
    s = smi.decode("gb18030")
    assert s.startswith("<SAMI>") and "<SAMIParam>" in s and ".ZHCNCC {" in s
    starts = [int(x) for x in re.findall(r"<SYNC Start=(\d+)><P Class=ZHCNCC>", s)]
    assert len(starts) == len(md.CS_CAPTIONS) and starts == sorted(starts)
    assert s.count("&nbsp;") == 2 and "<br>" in s and "</P>" not in s
    assert "每天9:00至\r\n<SYNC Start=13100><P Class=ZHCNCC>21:00开放" in s
    # the .opml: OPML 2.0, nested outlines, escaped span markup, _mubu_text URL-encoded, notes
    opml = raw(YLO)
    root = etree.fromstring(opml)
    assert root.get("version") == "2.0" and root.find("head/title") is not None
    assert root.find("body/outline/outline") is not None
    assert b"&lt;span class=&quot;bold&quot;&gt;5&lt;/span&gt;" in opml and b"_mubu_text=" in opml
    assert b"%E6%B2%85%E9%99%B5" in opml and b"_note=" in opml
    # the .ipynb: nbformat 4.5, ids, the output types, a PNG, the figure in bold so not in the bytes
    nb = json.loads(raw(NDI))
    assert (nb["nbformat"], nb["nbformat_minor"]) == (4, 5)
    assert all(re.fullmatch(r"[0-9a-f]{8}", c["id"]) for c in nb["cells"])
    kinds = {o["output_type"] for c in nb["cells"] for o in c.get("outputs", [])}
    assert kinds == {"stream", "execute_result", "display_data"}
    png = next(
        o["data"]["image/png"]
        for c in nb["cells"]
        for o in c.get("outputs", [])
        if "data" in o and "image/png" in o["data"]
    )
    assert base64.b64decode(png).startswith(b"\x89PNG\r\n\x1a\n")
    assert "**4.37**万册次" in raw(NDI).decode("utf-8")
    # the GBK page, the GB18030 .txt (CRLF), the .docx table, the .xlsx (合计 a value, no formula), the 繁體
    # page, the PDF
    assert not_utf8(raw(GXB)) and b"charset=gbk" in raw(GXB)
    txt = raw(NXX)
    assert not_utf8(txt) and b"\r\n" in txt and txt.count(b"\r\n") == txt.count(b"\n")
    assert b"<w:tbl>" in zpart(YGD, "word/document.xml")
    with zipfile.ZipFile(io.BytesIO(raw(YGD))) as z:
        assert all(i.date_time == md.STAMP for i in z.infolist())
    assert "<f>" not in zpart(NDX, "xl/worksheets/sheet1.xml").decode("utf-8")
    sheet = openpyxl.load_workbook(io.BytesIO(raw(NDX))).active
    assert sheet is not None and sheet.cell(len(md.ND_ROWS) + 3, 1).value == "合计"
    assert "（元）" in str(sheet.cell(2, 7).value)
    trad = texts[doc_path(NXT)]
    assert 'lang="zh-HK"' in raw(NXT).decode("utf-8") and _T2S.convert(trad) != trad and "圖書館" in trad
    pdf = pypdf.PdfReader(io.BytesIO(raw(JOP)))
    assert len(pdf.pages) == len(md.JO_PAGES) and "第 2 页 共 3 页" in pdf.pages[1].extract_text()
    # the replies' keys stand in their bytes
    assert in_bytes("1704元", raw(TCR)) and in_bytes("9000元", raw(GXR))


def check() -> None:
    check_files()
    make.check_roundups("\n".join(doc_text(doc_path(n)) for n in (N1, N2, N3, N4, N5)), PLANNED, PASSING)
    make.check_questions(
        Q, lambda d: doc_text(doc_path(d)), PLANNED, PASSING, NEIGHBOURS, lambda q: _T2S.convert(q) != q
    )
    # the question kinds as eval/policy32 … eval/policy36 have them
    kinds: dict[str, int] = {}
    for q in Q:
        kinds[q[1]] = kinds.get(q[1], 0) + 1
    assert kinds == {
        "regions": 12,
        "number": 17,
        "date": 8,
        "procedure": 7,
        "yesno": 8,
        "list": 3,
        "eligibility": 3,
        "field": 2,
        "paraphrase": 3,
        "traditional": 5,
        "unanswerable": 11,
    }, kinds
    # every new kind of file answers at least one question alone
    for suffix in (".xlf", ".sbv", ".smi", ".opml", ".ipynb"):
        assert any(doc_path(q[4]).endswith(suffix) and " | " not in q[4] for q in Q), suffix


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
