"""Writes eval/policy32/questions.jsonl: questions over eval/policy32/docs (能源与清洁取暖、国防动员与征兵、海
洋与渔业 of eight regions), written before citeqa was run on them, as chat users relay their own situation, as
agents send keyword queries and as analysts ask which regions. The chat users' questions carry the asker's
situation first, in their own words (大营镇 120平 and 热泵 花了2万1, 刘胡兰镇 花了3万8, 新窑镇 总投资160万左
右, 桃洪镇 小卖部 and 津贴一千多, 水南镇 跑货车 一天三百多, 衢山 2015年造 花了180万, 三沙 一个月挣七八千, 獐子
岛 船值80万) and figures that are not the answer (2万1 where the answer is 1920元, 3万8 where it is 3486元,
160万 where it is 120240元, 一千多 where it is 28000元, 三百多 where it is 1800元, 180万 where it is 57200元,
七八千 where it is 4100元, 80万 where it is 7080元), with typos and homophones (补帖, 运行补帖, 保费补帖).
Several are answered only by a 12345 / 县长信箱 / 领导留言板 reply (1920元, 3486元, 120240元, 28000元, 1800元,
57200元, 4100元, 7080元), some only by a new kind of file (the .uof's 2026年8月10日, 2026年8月15日至8月25日,
隆回县人民医院 and 每人8000元; the .vcf's 0593-8591032, 2026年6月1日至6月20日 and 2号窗口; the .7z's 2026年7月
1日至7月31日, 东沙渔船拆解场 and 先拨付70%; the .docm footnotes' 16000元 and 免修军事技能训练; the PDF form's
二楼8号窗口 and 2026年11月20日) or the .xlsx's 合计. The agents' queries are terse (「枣强 煤改电 空气源热泵
设备购置补贴 每户最高」). Regions are named by the county's name, full or short (枣强, 文水, 崇信, 隆回, 资中,
岱山, 霞浦, 长海), the analysts' questions by city (衡水, 吕梁, 平凉, 邵阳, 内江, 舟山, 宁德, 大连). Five
questions are in traditional script, two of them in Cantonese (我哋屋企喺霞浦三沙… and 岱山刺網漁船嘅漁業發展
補助…), all asking simplified documents. The keys are what any correct answer must contain, written as the
documents write them.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (阜城, 汾阳, 静宁, 绥宁, 威远, 普陀, 福安, 旅顺口:
in no expected list) and regions named in passing (武邑, 柳林, 崆峒, 新邵, 富顺, 定海, 古田, 金州). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (崇信's 自用充电桩
补贴, which only the 征求意见稿 had; 隆回's 士官 家庭优待金, where the 办法 covers only 义务兵; 岱山's 远洋渔
船补助, where the 方案 covers only 国内海洋捕捞渔船).

``python -m eval.policy32.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html by a byte-order mark, else the charset its <meta> names (eval.policy30's reader);
- .uof by lxml: a line per 字:段落 of uof:文字处理/字:主体 in document order, its 字:文本串 runs joined;
- .vcf by the stdlib: quoted-printable soft breaks and folded lines joined, each value decoded by quopri in
  its CHARSET, a line per card of its FN, ORG, TITLE, TEL, ADR and NOTE joined by tabs;
- .7z by struct, binascii and lzma: the signature header's CRCs checked, the plain header's PackInfo, coder
  (LZMA2 or LZMA), SubStreamsInfo and FilesInfo read, the folder unpacked raw, every member's CRC32 checked;
  each member's name, then its text (.txt UTF-8, else GB18030; .docx eval.policy30's reader);
- .docm by zipfile: the main part (eval.policy30's reader, through _rels/.rels whatever its content type),
  then the footnotes part it links to, a line per w:p of each w:footnote but the separators;
- .pdf by pypdf: the pages' text (line breaks removed), then each form field holding a value as its tooltip
  and value;
- .docx by zipfile (eval.policy30's reader), .xlsx by openpyxl (eval.policy30's).

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional questions are traditional, and the files' peculiarities: the 征求意见稿 differing from its final
text; the .uof (one XML file, the UOF 1.0 root and text mimetype, more 字:句 than 字:段落, a figure split so
that the key is not in the bytes); the .vcf (vCard 2.1, CRLF only, ASCII only, soft line breaks, no line over
76 bytes); the .7z (the members a GBK .txt and a .docx, no key in the bytes); the .docm (the macro-enabled
content type, no VBA project, the keys in footnotes.xml and not in document.xml nor in the main part's
reading); the PDF form (AcroForm, NeedAppearances, no /AP, four read-only fields, a UniGB-UCS2-H font not
embedded, the keys in no page text and no byte run)."""

from __future__ import annotations

import binascii
import io
import lzma
import quopri
import struct
import zipfile
from pathlib import Path

import opencc
import pypdf
from lxml import etree

from eval import policy_make as make
from eval.policy29.make_questions import part_rels, pdf_text
from eval.policy30.make_questions import docx_text, html_text, txt_decode, xlsx_text
from eval.policy32 import make_docs as md
from eval.policy_make import Documents, both, doc_path, in_bytes, not_utf8

ZQD = f"河北/枣强县/{md.ZQ_DOCX}"
ZQN = f"河北/枣强县/{md.ZQ_NOTICE_TITLE}.html"
ZQR = "河北/枣强县/12345 煤改电家里采暖季用了9600度电，运行补贴能补多少？.html"
WSG = f"山西/文水县/{md.WS_GUIDE_TITLE}.html"
WSN = f"山西/文水县/{md.WS_NOTICE_TITLE}.html"
WSR = "山西/文水县/县长信箱 屋顶装了10千瓦光伏，一年发1.2万度电自家用了1500度，余电上网能卖多少钱？.html"
CXB = f"甘肃/崇信县/{md.CX_TITLE}.html"
CXQ = f"甘肃/崇信县/{md.CX_DRAFT_TITLE}.html (征求意见稿: 每千瓦150元, 最高20万元, 自用充电桩 500元)"
CXG = f"甘肃/崇信县/{md.CX_GUIDE_TITLE}.html"
CXR = "甘肃/崇信县/12345 公司在新窑镇建了4台120千瓦直流桩和6台7千瓦交流桩，建设补贴能拿多少？.html"
LHB = f"湖南/隆回县/{md.LH_TITLE}.html"
LHU = f"湖南/隆回县/{md.LH_UOF} (UOF 1.0 text, GB/T 20916)"
LHR = "湖南/隆回县/县长信箱 儿子本科毕业入伍分到新疆，家里一年能领多少优待金？.html"
ZZB = f"四川/资中县/{md.ZZ_TITLE}.html"
ZZD = f"四川/资中县/{md.ZZ_DOCM} (macro-enabled Word, the figures in footnotes)"
ZZR = "四川/资中县/12345 基干民兵参加防汛抢险8天、军事训练5天，误工补贴一共多少？.html"
DSB = f"浙江/岱山县/{md.DS_TITLE}.html"
DS7 = f"浙江/岱山县/{md.DS_7Z} (7z, LZMA2: a GBK .txt and a .docx)"
DSR = "浙江/岱山县/12345 220千瓦的刺网渔船去年出海165天，今年渔业发展补助能拿多少？.html"
XPB = f"福建/霞浦县/{md.XP_TITLE}.html"
XPV = f"福建/霞浦县/{md.XP_VCF} (vCard 2.1, quoted-printable UTF-8)"
XPX = f"福建/霞浦县/{md.XP_XLSX}"
XPR = "福建/霞浦县/12345 父子俩都在休渔的拖网船上持证干活，父亲是低保户，休渔补助一共多少？.html"
CHB = f"辽宁/长海县/{md.CH_TITLE}.html"
CHP = f"辽宁/长海县/{md.CH_PDF} (PDF form: the office's entries only as field values)"
CHG = f"辽宁/长海县/{md.CH_GUIDE_TITLE}.html"
CHR = "辽宁/长海县/领导留言板 渔船全损险交了1.2万保费，3个船员平安险每人600元，保费补贴能拿多少？.html"
N1, N2, N3, N4, N5 = (f"新闻/{t}.html" for t, _ in md.NEWS)

_T2S = opencc.OpenCC("t2s")
PLANNED = ["阜城", "汾阳", "静宁", "绥宁", "威远", "普陀", "福安", "旅顺口"]
PASSING = ["武邑", "柳林", "崆峒", "新邵", "富顺", "定海", "古田", "金州"]
NEIGHBOURS = ("u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "衡水哪些县已经给煤改电煤改气的农户发设备补贴了？",
        ["枣强县", "景县"],
        both(ZQD, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "衡水 煤改电 采暖季 谷段电价 优惠 已实行 县",
        ["枣强县", "饶阳县"],
        both(ZQN, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "吕梁哪些县户用光伏可以让供电公司代为备案？要已经在做的",
        ["文水县", "中阳县"],
        both(WSG, N1),
        [],
    ),
    ("r04", "regions", "吕梁 低压报装 三零服务 已推行 县", ["文水县", "岚县"], both(WSN, N1), []),
    (
        "r05",
        "regions",
        "平凉哪些县已经给公共充电桩发建设补帖了？",
        ["崇信县", "灵台县"],
        both(CXB, N2),
        [],
    ),
    (
        "r06",
        "regions",
        "邵阳哪些县已经按新标准发义务兵家庭优待金了？",
        ["隆回县", "洞口县"],
        both(LHB, N3),
        [],
    ),
    ("r07", "regions", "邵阳 入伍 一次性奖励 已发放 县市", ["隆回县", "武冈市"], both(LHU, N3), []),
    (
        "r08",
        "regions",
        "内江哪些县区对大学生参军有县级奖励？只要已经实行的",
        ["资中县", "东兴区"],
        both(ZZD, N3),
        [],
    ),
    ("r09", "regions", "内江 基干民兵 误工补贴 已发放 县区", ["资中县", "市中区"], both(ZZB, N3), []),
    (
        "r10",
        "regions",
        "舟山哪些县区已经在搞捕捞渔船减船转产？",
        ["岱山县", "嵊泗县"],
        both(DSB, N4),
        [],
    ),
    (
        "r11",
        "regions",
        "宁德 伏季休渔 渔民生活补助 已发放 县区",
        ["霞浦县", "蕉城区"],
        both(XPB, N4),
        [],
    ),
    (
        "r12",
        "regions",
        "大连哪些县区给渔业互助保险补保费？要已经在补的",
        ["长海县", "普兰店区"],
        both(CHB, N5),
        [],
    ),
    # 枣强县
    (
        "n01",
        "number",
        "我家在枣强大营镇，120平的房子，煤改电装了空气源热泵花了2万1，这个采暖季用了9600度电，运行补帖能补多少？",
        "9600千瓦时×每千瓦时0.2元=1920元（未超过每户每年10000千瓦时上限）",
        both(ZQR, ZQD),
        ["1920元"],
    ),
    (
        "n02",
        "number",
        "枣强 煤改电 空气源热泵 设备购置补贴 每户最高",
        "按设备购置价格的85%补贴，每户最高7400元",
        ZQD,
        ["每户最高7400元"],
    ),
    (
        "n03",
        "number",
        "我家在枣强，煤改气以后烧壁挂炉，冬天用气有补贴吗？一方补多少，最多补多少方？",
        "采暖季用气每立方米补贴1元，每户每年最高补贴1200立方米",
        ZQD,
        ["每立方米补贴1元", "每户每年最高补贴1200立方米"],
    ),
    # 文水县
    (
        "n04",
        "number",
        "我在文水刘胡兰镇屋顶装了10千瓦光伏，花了3万8，一年发了12000度，自己用了1500度，余电上网一年能卖多少钱？",
        "余电10500千瓦时×每千瓦时0.332元=3486元",
        both(WSR, WSG),
        ["3486元"],
    ),
    # 崇信县
    (
        "n05",
        "number",
        "崇信新窑镇，我们公司建了4台120千瓦直流快充和6台7千瓦交流桩，总投资160万左右，建设补帖能拿多少？",
        "480千瓦×200元＋42千瓦×100元=100200元，乡镇上浮20%为120240元",
        both(CXR, CXB),
        ["120240元"],
    ),
    ("n06", "number", "崇信 公共充电桩 单个项目 补贴 最高", "单个项目补贴最高30万元", CXB, ["最高30万元"]),
    # 隆回县
    (
        "n07",
        "number",
        "我在隆回桃洪镇开小卖部，儿子本科毕业入伍分到新疆，每月津贴一千多，家里一年的优待金能领多少？",
        "20000元＋高校毕业生增发5000元＋艰苦边远地区增发3000元=28000元",
        both(LHR, LHB),
        ["28000元"],
    ),
    (
        "n08",
        "number",
        "隆回 义务兵 荣立三等功 奖励",
        "一次性奖励3000元（二等功6000元，一等功10000元）",
        LHB,
        ["三等功的，一次性奖励3000元"],
    ),
    (
        "n09",
        "number",
        "隆回大学毕业生去当兵，县里的一次性入伍奖励给多少？",
        "全日制普通高校毕业生每人8000元（在校生5000元，高中3000元）",
        LHU,
        ["全日制普通高校毕业生每人8000元"],
    ),
    # 资中县
    (
        "n10",
        "number",
        "我是资中水南镇的基干民兵，平时跑货车一天三百多，今年防汛抢险8天、军训5天，都是集中吃住，误工补帖一共多少？",
        "8×150元＋5×120元=1800元，集中食宿不发伙食补助",
        both(ZZR, ZZB),
        ["1800元"],
    ),
    (
        "n11",
        "number",
        "资中 大学生入伍 学费补偿 本科 每年 最高",
        "本科生每人每年最高不超过16000元（研究生20000元）",
        ZZD,
        ["本科生每人每年最高不超过16000元"],
    ),
    # 岱山县
    (
        "n12",
        "number",
        "我家在岱山衢山，刺网船220千瓦，2015年造的花了180万，去年出海165天，今年渔业发展补助能拿多少？",
        "220千瓦×每千瓦260元=57200元",
        both(DSR, DSB),
        ["57200元"],
    ),
    (
        "n13",
        "number",
        "岱山 减船转产 拆解渔船 每千瓦 补助",
        "按主机功率每千瓦补助5000元",
        DSB,
        ["每千瓦补助5000元"],
    ),
    # 霞浦县
    (
        "n14",
        "number",
        "霞浦三沙的，我跟我爸在同一条拖网船上都有船员证，我爸是低保户，平时一个月挣七八千，休渔补助一共能领多少？",
        "2人×1800元＋低保户增发500元=4100元",
        both(XPR, XPB),
        ["4100元"],
    ),
    (
        "n15",
        "number",
        "霞浦三沙镇2026年伏季休渔生活补助发放表合计发了多少钱？",
        f"合计{md.xp_total()}元（{len(md.XP_ROWS)}人）",
        XPX,
        [md.xp_total()],
    ),
    # 长海县
    (
        "n16",
        "number",
        "我是獐子岛的渔民，船值80万，全损险交了12000保费，3个船员平安险每人600，保费补帖能拿多少？",
        "12000×50%=6000元＋1800×60%=1080元，合计7080元",
        both(CHR, CHB),
        ["7080元"],
    ),
    (
        "n17",
        "number",
        "长海 开放式养殖用海 海域使用金 每公顷",
        "每公顷每年300元",
        CHG,
        ["每公顷每年300元"],
    ),
    # dates
    (
        "t01",
        "date",
        "枣强的采暖季是从几月几号到几月几号？",
        "每年11月15日至次年3月15日",
        ZQD,
        ["11月15日至次年3月15日"],
    ),
    ("t02", "date", "隆回今年下半年征兵网上报名截止到哪天？", "2026年8月10日", LHU, ["2026年8月10日"]),
    (
        "t03",
        "date",
        "隆回 征兵 体检 时间",
        "2026年8月15日至8月25日，在县征兵体检站（隆回县人民医院）",
        LHU,
        ["2026年8月15日至8月25日"],
    ),
    ("t04", "date", "岱山 减船转产 申报时间", "2026年7月1日至7月31日", DS7, ["2026年7月1日至7月31日"]),
    (
        "t05",
        "date",
        "霞浦今年伏季休渔从什么时候到什么时候？",
        "2026年5月1日12时至8月16日12时",
        XPB,
        ["2026年5月1日12时至8月16日12时"],
    ),
    (
        "t06",
        "date",
        "霞浦 休渔补助 县海洋与渔业局 受理时间",
        "2026年6月1日至6月20日（工作日8:00-12:00，14:30-17:30）",
        XPV,
        ["2026年6月1日至6月20日"],
    ),
    ("t07", "date", "崇信充电桩建设补贴办法从哪天开始施行？", "2026年6月1日", CXB, ["2026年6月1日"]),
    # procedures
    (
        "p01",
        "procedure",
        "枣强 清洁取暖 设备购置补贴 申领 流程 公示 几天",
        "村委会汇总报乡镇初审，公示5天，县住建局会同财政局复核，复核后15个工作日内拨付到户；11月30日截止",
        ZQN,
        ["公示5天", "15个工作日内拨付到户"],
    ),
    (
        "p02",
        "procedure",
        "文水户用光伏申请并网要多久？报上去以后几天能并上？",
        "受理并网申请后10个工作日内答复接入系统方案，受理并网验收申请后10个工作日内完成并网验收及调试",
        WSG,
        ["10个工作日内答复接入系统方案", "10个工作日内完成并网验收及调试"],
    ),
    (
        "p03",
        "procedure",
        "崇信 充电桩 建设补贴 什么时候申请 找哪个部门 多久审核",
        "投运满3个月后向县发展和改革局申请，会同县财政局20个工作日内完成审核",
        CXB,
        ["投运满3个月后", "20个工作日内完成审核"],
    ),
    (
        "p04",
        "procedure",
        "岱山减船转产的船在哪拆？拆完补助钱怎么拨？",
        "在县指定的东沙渔船拆解场监督拆解；拆解验收合格后先拨付70%，注销登记后拨付剩余30%",
        DS7,
        ["东沙渔船拆解场", "先拨付70%"],
    ),
    (
        "p05",
        "procedure",
        "长海渔业互保的保费补帖申请表交到哪里？截止到什么时候？",
        "长海县海洋发展局渔业科，县政务服务中心二楼8号窗口；截止2026年11月20日",
        CHP,
        ["二楼8号窗口", "2026年11月20日"],
    ),
    (
        "p06",
        "procedure",
        "资中 民兵 误工补贴 多久 发放 怎么发",
        "任务结束后15个工作日内，乡镇人武部审核，县人武部通过社会保障卡发放",
        ZZB,
        ["15个工作日内", "社会保障卡"],
    ),
    (
        "p07",
        "procedure",
        "霞浦三沙镇的渔民去哪里登记休渔补助？",
        "三沙镇便民服务中心2号窗口",
        XPV,
        ["三沙镇便民服务中心2号窗口"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "枣强煤改电以后，冬天冷的时候偶尔再烧点散煤行吗？",
        "不行：不得复烧散煤，查实的取消当年运行补贴",
        ZQD,
        ["取消当年运行补贴"],
    ),
    (
        "y02",
        "yesno",
        "枣强 同一户 煤改气 煤改电 补贴 能否 同时享受",
        "不能：同一户只能享受一种补贴",
        ZQD,
        ["同一户只能享受"],
    ),
    (
        "y03",
        "yesno",
        "文水 光伏 备案 并网 收费吗",
        "不收费：备案和并网服务不收费，接网工程由供电公司投资",
        WSG,
        ["备案和并网服务不收费"],
    ),
    (
        "y04",
        "yesno",
        "我在单位上班，参加资中的民兵训练，还能领误工补贴吗？",
        "不能：由所在单位照发工资，不发放误工补贴",
        ZZB,
        ["不发放误工补贴"],
    ),
    (
        "y05",
        "yesno",
        "资中 大学生 退役 复学 还要 军训 吗",
        "不用：退役复学的免修军事技能训练，直接获得学分",
        ZZD,
        ["免修军事技能训练"],
    ),
    (
        "y06",
        "yesno",
        "岱山的渔船休渔期偷偷出海被罚过，今年还有渔业发展补助吗？",
        "没有：违反伏季休渔规定受到处罚的，取消当年渔业发展补助",
        DSB,
        ["取消当年渔业发展补助"],
    ),
    (
        "y07",
        "yesno",
        "长海 在 商业保险公司 投保 渔船 有 保费补贴 吗",
        "没有：在商业保险公司投保的不享受补贴",
        CHB,
        ["不享受本办法补贴"],
    ),
    (
        "y08",
        "yesno",
        "隆回义务兵被部队除名了，家里的优待金还发吗？",
        "不发：停发优待金，并追回当年已发放的",
        LHB,
        ["停发优待金"],
    ),
    # lists
    (
        "l01",
        "list",
        "文水 户用光伏 备案并网 要 哪些材料",
        "身份证；房屋产权证明或村委会出具的宅基地使用证明；分布式光伏并网申请表",
        WSG,
        ["宅基地使用证明", "分布式光伏并网申请表"],
    ),
    (
        "l02",
        "list",
        "在崇信小区装自用充电桩要准备哪些材料？",
        "车主身份证；车位产权证明或一年以上租赁合同；物业服务企业出具的同意安装证明；购车发票或行驶证",
        CXG,
        ["物业服务企业出具的同意安装证明", "车位产权证明"],
    ),
    (
        "l03",
        "list",
        "长海 养殖用海 海域使用权 申请材料",
        "海域使用申请书；宗海图；海域使用论证材料；身份证明或营业执照",
        CHG,
        ["宗海图", "海域使用论证材料"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "霞浦哪些渔民能领伏季休渔生活补助？",
        "户籍在本县、在本县登记的休渔渔船上从业并持有渔业船员证书的渔民",
        XPB,
        ["持有渔业船员证书"],
    ),
    (
        "e02",
        "eligibility",
        "岱山 渔业发展补助 条件 出海天数",
        "持有效捕捞许可证、在本县登记，2025年实际出海作业天数不少于120天",
        DSB,
        ["不少于120天"],
    ),
    (
        "e03",
        "eligibility",
        "崇信的充电桩要满足什么条件才能拿建设补贴？",
        "对社会公众开放，接入平凉市充电设施监管平台，建成投运满3个月",
        CXB,
        ["接入平凉市充电设施监管平台", "建成投运满3个月"],
    ),
    # fields
    ("f01", "field", "隆回县征兵体检站设在哪里？", "隆回县人民医院", LHU, ["隆回县人民医院"]),
    (
        "f02",
        "field",
        "霞浦 三沙镇 休渔补助 联系电话",
        "0593-8591032（三沙镇渔业办公室）",
        XPV,
        ["0593-8591032"],
    ),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "在文水把自家屋顶发的电卖给国家电网，一度给多少钱？",
        "余电上网按燃煤发电基准价每千瓦时0.332元结算",
        WSG,
        ["每千瓦时0.332元"],
    ),
    ("a02", "paraphrase", "隆回当兵的人家里每年有多少钱拿？", "每人每年20000元", LHB, ["每人每年20000元"]),
    (
        "a03",
        "paraphrase",
        "长海给打鱼的人上的人身意外互助险，县里帮着出多少？",
        "渔民人身平安互助保险补贴保费的60%",
        CHB,
        ["人身平安互助保险，补贴保费的60%"],
    ),
    # traditional script: two in Cantonese
    (
        "c01",
        "traditional",
        "棗強縣煤改氣壁掛爐購置補貼每戶最高多少？",
        "按購置價格的70%補貼，每戶最高2700元",
        ZQD,
        ["每户最高2700元"],
    ),
    (
        "c02",
        "traditional",
        "我哋屋企喺霞浦三沙，休漁期出唔到海，政府有冇生活補助㗎？每人幾多錢？",
        "有：每人1800元，低保戶、特困人員另加500元",
        XPB,
        ["每人1800元"],
    ),
    (
        "c03",
        "traditional",
        "岱山刺網漁船嘅漁業發展補助，每千瓦補幾多錢呀？",
        "每千瓦補助260元，單船最高15萬元",
        DSB,
        ["每千瓦补助260元"],
    ),
    (
        "c04",
        "traditional",
        "資中縣基幹民兵參加搶險救災，每人每天誤工補貼多少？",
        "每人每天150元",
        ZZB,
        ["每人每天发放误工补贴150元"],
    ),
    (
        "c05",
        "traditional",
        "崇信縣直流充電樁建設補貼每千瓦多少錢？",
        "每千瓦補貼200元（鄉鎮上浮20%）",
        CXB,
        ["直流充电桩每千瓦补贴200元"],
    ),
    # unanswerable: planned-only regions, a neighbouring measure
    ("u01", "unanswerable", "阜城县煤改气补贴每户多少？", "应拒答：阜城只是计划明年启动", "-", []),
    ("u02", "unanswerable", "汾阳市 分布式光伏 管理办法 备案", "应拒答：汾阳只是拟于下半年出台", "-", []),
    ("u03", "unanswerable", "静宁县公共充电桩每千瓦补贴多少钱？", "应拒答：静宁只是计划年底前出台", "-", []),
    ("u04", "unanswerable", "绥宁县义务兵家庭优待金一年多少？", "应拒答：绥宁只是拟于明年提高", "-", []),
    ("u05", "unanswerable", "威远县 民兵 误工补贴 标准", "应拒答：威远只是计划年内出台", "-", []),
    ("u06", "unanswerable", "普陀区减船转产每千瓦补多少？", "应拒答：普陀只是将于明年启动", "-", []),
    ("u07", "unanswerable", "福安市 休渔 渔民 生活补助 每人", "应拒答：福安只是拟于明年出台", "-", []),
    (
        "u08",
        "unanswerable",
        "旅顺口区海水养殖互助保险保费补贴比例是多少？",
        "应拒答：旅顺口只是将于明年补贴",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "我在崇信小区装了个自用充电桩，县里能补贴多少？",
        "应拒答：只有征求意见稿提出自用充电桩每个补贴500元，正式办法已删去",
        "-",
        [],
    ),
    ("u10", "unanswerable", "隆回 士官 家庭 优待金 标准", "应拒答：办法只规定义务兵家庭优待金", "-", []),
    (
        "u11",
        "unanswerable",
        "岱山 远洋渔船 渔业发展补助 每千瓦",
        "应拒答：方案只针对国内海洋捕捞渔船",
        "-",
        [],
    ),
]


UOF = "{http://schemas.uof.org/cn/2003/uof}"
WP = "{http://schemas.uof.org/cn/2003/uof-wordproc}"


def uof_text(data: bytes) -> str:
    """A UOF text document by lxml: a line per 字:段落 of 字:主体 in document order, its 字:文本串 joined (the
    字:句属性 formatting left out)."""
    root = etree.fromstring(data)
    body = root.find(f"{UOF}文字处理/{WP}主体")
    return "\n".join("".join(t.text or "" for t in p.iter(f"{WP}文本串")) for p in body.iter(f"{WP}段落"))


def vcf_text(data: bytes) -> str:
    """A vCard file: lines unfolded (quoted-printable soft breaks, and a leading space for folding), each
    property's value decoded (QUOTED-PRINTABLE in its CHARSET), its components joined; a line per card of
    its FN, ORG, TITLE, TEL, ADR and NOTE values joined by tabs."""
    lines: list[str] = []
    for raw_line in data.decode("ascii").split("\r\n"):
        if lines and (lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].split(":", 1)[0]):
            lines[-1] = lines[-1][:-1] + raw_line
        elif lines and raw_line.startswith((" ", "\t")):
            lines[-1] += raw_line[1:]
        else:
            lines.append(raw_line)
    cards: list[str] = []
    card: list[str] = []
    for line in lines:
        if not line or ":" not in line:
            continue
        head, value = line.split(":", 1)
        name, *params = head.split(";")
        if name == "BEGIN":
            card = []
        elif name == "END":
            cards.append("\t".join(card))
        elif name in ("FN", "ORG", "TITLE", "TEL", "ADR", "NOTE"):
            if "ENCODING=QUOTED-PRINTABLE" in params:
                charset = next((p.split("=", 1)[1] for p in params if p.startswith("CHARSET=")), "utf-8")
                value = quopri.decodestring(value.encode("ascii")).decode(charset)
            card.append(" ".join(part for part in value.split(";") if part))
    return "\n".join(cards)


class _Cursor:
    """Reads a 7z header: bytes and NUMBERs (the first byte's leading ones count the bytes after it)."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def byte(self) -> int:
        self.at += 1
        return self.data[self.at - 1]

    def take(self, n: int) -> bytes:
        self.at += n
        return self.data[self.at - n : self.at]

    def number(self) -> int:
        first = self.byte()
        n = 0
        while n < 8 and first & (0x80 >> n):
            n += 1
        high = first & (0xFF >> (n + 1)) if n < 8 else 0
        return (high << (8 * n)) + int.from_bytes(self.take(n), "little")


def sevenz_members(data: bytes) -> list[tuple[str, bytes]]:
    """A 7z archive's members in order (name, bytes): the signature header's CRCs checked, a plain header of
    one folder of one coder (LZMA2 or LZMA), its substreams' sizes and CRC32s, the names from FilesInfo."""
    assert data[:6] == b"7z\xbc\xaf\x27\x1c"
    assert struct.unpack_from("<I", data, 8)[0] == binascii.crc32(data[12:32])
    offset, size, crc = struct.unpack_from("<QQI", data, 12)
    header = data[32 + offset : 32 + offset + size]
    assert binascii.crc32(header) == crc
    c = _Cursor(header)
    assert c.byte() == 0x01 and c.byte() == 0x04  # kHeader, kMainStreamsInfo (a plain header)
    pack_pos = pack_size = unpack_size = 0
    coder, props = b"", b""
    sizes: list[int] = []
    crcs: list[int] = []
    count = 1
    while (kind := c.byte()) != 0x00:
        if kind == 0x06:  # kPackInfo
            pack_pos, n = c.number(), c.number()
            assert n == 1 and c.byte() == 0x09
            pack_size = c.number()
            assert c.byte() == 0x00
        elif kind == 0x07:  # kUnPackInfo
            assert c.byte() == 0x0B and c.number() == 1 and c.byte() == 0 and c.number() == 1
            flags = c.byte()
            coder = c.take(flags & 0x0F)
            props = c.take(c.number()) if flags & 0x20 else b""
            assert c.byte() == 0x0C
            unpack_size = c.number()
            assert c.byte() == 0x00
        elif kind == 0x08:  # kSubStreamsInfo
            while (sub := c.byte()) != 0x00:
                if sub == 0x0D:
                    count = c.number()
                elif sub == 0x09:
                    sizes = [c.number() for _ in range(count - 1)]
                elif sub == 0x0A:
                    assert c.byte() == 1
                    crcs = [struct.unpack("<I", c.take(4))[0] for _ in range(count)]
    sizes.append(unpack_size - sum(sizes))
    packed = data[32 + pack_pos : 32 + pack_pos + pack_size]
    if coder == b"\x21":
        dict_size = (2 | (props[0] & 1)) << (props[0] // 2 + 11)
        flt = {"id": lzma.FILTER_LZMA2, "dict_size": dict_size}
    else:
        assert coder == b"\x03\x01\x01", coder
        lc, rest = props[0] % 9, props[0] // 9
        flt = {"id": lzma.FILTER_LZMA1, "lc": lc, "lp": rest % 5, "pb": rest // 5}
        flt["dict_size"] = struct.unpack("<I", props[1:5])[0]
    unpacked = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[flt]).decompress(packed, unpack_size)
    assert c.byte() == 0x05  # kFilesInfo
    names: list[str] = []
    c.number()
    while (prop := c.byte()) != 0x00:
        body = c.take(c.number())
        if prop == 0x11:
            assert body[0] == 0
            names = body[1:].decode("utf-16-le").split("\x00")[:-1]
    members, at = [], 0
    for i, (name, n) in enumerate(zip(names, sizes, strict=True)):
        member = unpacked[at : at + n]
        assert not crcs or binascii.crc32(member) == crcs[i], name
        members.append((name, member))
        at += n
    return members


def sevenz_text(data: bytes) -> str:
    """Each member in order: its name on a line, then its text (.txt UTF-8, else GB18030; .docx by
    zipfile)."""
    out = []
    for name, body in sevenz_members(data):
        out += [name, docx_text(body) if name.endswith(".docx") else txt_decode(body)]
    return "\n".join(out)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docm_text(data: bytes) -> str:
    """A .docm / .docx: the main part (eval.policy30's reader), then the footnotes part the main part links
    to (…/relationships/footnotes), a line per w:p of each w:footnote but the separators."""
    lines = [docx_text(data)]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = next(t for k, t in part_rels(z, "").values() if k.endswith("/officeDocument"))
        for kind, target in part_rels(z, main).values():
            if kind.endswith("/footnotes"):
                root = etree.fromstring(z.read(target))
                for note in root.iter(f"{W}footnote"):
                    if note.get(f"{W}type") in ("separator", "continuationSeparator"):
                        continue
                    for p in note.iter(f"{W}p"):
                        lines.append("".join(t.text or "" for t in p.iter(f"{W}t")).strip())
    return "\n".join(lines)


def pdf_form_text(data: bytes) -> str:
    """A PDF by pypdf: the pages' text (eval.policy29's reader), then each form field with a value as its
    tooltip (TU, else its name) and value."""
    lines = [pdf_text(data)]
    for name, field in (pypdf.PdfReader(io.BytesIO(data)).get_fields() or {}).items():
        value = field.get("/V")
        if value:
            lines.append(f"{field.get('/TU') or name}\uff1a{value}")
    return "\n".join(lines)


# each document's text as decoded from its bytes (see the module's docstring), its bytes and parts
DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".docm", docm_text),
        (".xlsx", xlsx_text),
        (".uof", uof_text),
        (".vcf", vcf_text),
        (".7z", sevenz_text),
        (".pdf", pdf_form_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw


ONLY = {
    LHU: ["2026年8月10日", "2026年8月15日至8月25日", "隆回县人民医院", "全日制普通高校毕业生每人8000元"],
    XPV: ["2026年6月1日至6月20日", "0593-8591032", "三沙镇便民服务中心2号窗口"],
    DS7: ["2026年7月1日至7月31日", "东沙渔船拆解场", "先拨付70%", "一式三份"],
    ZZD: ["本科生每人每年最高不超过16000元", "退役后2年", "免修军事技能训练"],
    CHP: ["二楼8号窗口", "2026年11月20日", "20个工作日内拨付"],
    XPX: [md.xp_total()],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    files = [p for p in md.DOCS.rglob("*") if p.is_file()]
    texts = {str(p.relative_to(md.DOCS)): doc_text(str(p.relative_to(md.DOCS))) for p in files}
    assert 30 <= len(files) <= 34, len(files)
    # the answers that stand only in one new kind of file (or the 花名册's 合计)
    for doc, keys in ONLY.items():
        for key in keys:
            assert [r for r, t in texts.items() if key in t] == [doc_path(doc)], key
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(CXB)), doc_text(doc_path(CXQ))
    assert "每千瓦补贴200元" in final and "每千瓦补贴150元" in draft and "150元" not in final
    assert "最高30万元" in final and "最高20万元" in draft and "上浮20%" in final and "上浮10%" in draft
    assert "自用充电桩" in draft and "自用充电桩" not in final
    assert "2026年6月1日起施行" in final and "2026年4月1日起施行" in draft
    # the .uof: one XML file (not a zip), the UOF 1.0 text root, a figure its own 字:句 so not in the bytes
    uof = raw(LHU)
    assert not uof.startswith(b"PK") and uof.startswith(b"<?xml")
    root = etree.fromstring(uof)
    assert root.tag == f"{UOF}UOF" and root.get(f"{UOF}mimetype") == "vnd.uof.text"
    assert root.get(f"{UOF}version") == "1.0" and len(root.findall(f".//{WP}句")) > len(md.LH_UOF_PARAS)
    assert not in_bytes("全日制普通高校毕业生每人8000元", uof) and not in_bytes("报名截止时间为2026", uof)
    # the .vcf: vCard 2.1, CRLF only, ASCII only (every Chinese byte =XX), soft line breaks, short lines
    vcf = raw(XPV)
    assert vcf.startswith(b"BEGIN:VCARD\r\nVERSION:2.1\r\n") and vcf.isascii()
    assert vcf.count(b"\n") == vcf.count(b"\r\n") and vcf.count(b"BEGIN:VCARD") == len(md.XP_CONTACTS)
    assert b"=\r\n" in vcf and all(len(line) <= 76 for line in vcf.split(b"\r\n"))
    assert b"ENCODING=QUOTED-PRINTABLE" in vcf and b"0593-8591032" in vcf
    # the .7z: the signature, both CRCs, LZMA2, two members (a GBK .txt, a .docx), no key in the bytes
    sz = raw(DS7)
    members = dict(sevenz_members(sz))
    assert list(members) == [md.DS_TXT_NAME, md.DS_DOCX_NAME]
    assert not_utf8(members[md.DS_TXT_NAME]) and b"\r\n" in members[md.DS_TXT_NAME]
    assert members[md.DS_DOCX_NAME].startswith(b"PK")
    assert not any(in_bytes(k, sz) for k in ONLY[DS7])
    # the .docm: the macro-enabled content type, no VBA project, the figures only in footnotes.xml
    docm = raw(ZZD)
    with zipfile.ZipFile(io.BytesIO(docm)) as z:
        types = z.read("[Content_Types].xml").decode("utf-8")
        document = z.read("word/document.xml").decode("utf-8")
        footnotes = z.read("word/footnotes.xml").decode("utf-8")
        assert "vbaProject" not in " ".join(z.namelist())
    assert "application/vnd.ms-word.document.macroEnabled.main+xml" in types
    assert document.count("<w:footnoteReference ") == len(md.ZZ_FOOTNOTES)
    for key in ONLY[ZZD]:
        assert key not in document and key in footnotes, key
    assert key not in docx_text(docm)
    # the PDF form: NeedAppearances, no appearance streams, the office's entries read-only field values in
    # UTF-16 hex strings, in no page text and no byte run
    pdf = raw(CHP)
    assert b"/AcroForm" in pdf and b"/NeedAppearances true" in pdf and b"/AP" not in pdf
    assert pdf.count(b"/FT /Tx") == len(md.CH_FIELDS) and pdf.count(b"/Ff 1") == 4
    assert b"/Encoding /UniGB-UCS2-H" in pdf and b"/FontFile" not in pdf
    page = pdf_text(pdf)
    assert "受理地点" in page
    for key in ONLY[CHP]:
        assert key not in page and not in_bytes(key, pdf), key


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
