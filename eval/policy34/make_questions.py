"""Writes eval/policy34/questions.jsonl: questions over eval/policy34/docs (知识产权与标准化、政府采购与公共
资源交易、普惠金融与政策性农业保险 of eight regions), written before citeqa was run on them, as chat users
relay their own situation, as agents send keyword queries and as analysts ask which regions. The chat users'
questions carry the asker's situation first, in their own words (经济开发区 研发投入800多万 and 12件实用新
型, 澄江镇 冻害损失十几万 and 20万斤, 伍市镇 年营收3000万 and 8件发明专利, 巨鹿镇 员工120人 and 产值1.2亿,
罗阳镇 35人 and 1800万, 金牛镇 月营业额2万 and 900多人, 乔庄镇 注册资本800万 and 60人, 首阳镇 470亩 and 种子
化肥15万) and figures that are not the answer (12件 where the answer is 23000元, 十几万 where it is 4800元,
3000万 where it is 92000元, 3项团体标准 where it is 31万元, 72万 where it is 68.8万元, 6800笔 where it is
3240元, 800万 where it is 9万元, 15万 where it is 5160元), with typos and homophones (资注, 保废, 贴西, 正采
贷, 保涵, 普会金融). Several are answered only by a 12345 / 县长信箱 / 领导留言板 reply (23000元, 4800元,
92000元, 31万元, 68.8万元, 3240元, 9万元, 5160元), some only by a new kind of file (the .ppsx's 2026年4月30日
前, 知识产权股（312室） and 实用新型和外观设计专利不予资助; the .ass's 2026年5月31日前, 48小时内报案 and 每亩
自缴60元; the .rss's 2026年3月24日至3月25日, 上岗证 and 10倍; the .xhtml's 年利率不高于3.6%, 3个工作日内放款,
泰顺农商银行, 2026年12月31日 and 0577-67582316; the .ott's 2026年5月20日前 and 中华联合财产保险股份有限公司
陇西支公司), the .xlsx's 合计 or the 繁體 page (2026年6月1日, 千分之三, 10分鐘出函). The agents' queries are
terse (「夏津 国内发明专利 授权 资助 每件」). Regions are named by the county's name, full or short (夏津, 寻
乌, 平江, 巨鹿, 泰顺, 宾川, 青川, 陇西), the analysts' questions by city (德州, 赣州, 岳阳, 邢台, 温州, 大理,
广元, 定西). Five questions are in traditional script, two of them in Cantonese (我喺青川做工程… and 我喺尋烏
種臍橙…). The keys are what any correct answer must contain, written as the documents write them (the 繁體
page's keys in traditional script).

Each measure is stated by one region's documents and a roundup that also names a second region having done
it; the roundups name regions that have only planned a measure (临邑, 隆尧, 临湘, 永平, 永嘉, 朝天, 全南, 安定
: in no expected list) and regions named in passing (齐河, 新河, 君山, 南涧, 洞头, 利州, 龙南, 宕昌). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (夏津's 专利代理机
构 奖励, which only the 征求意见稿 had; 青川's 矿业权 出让 竞买保证金, where the 办法 covers only 工程建设 and
政府采购; 陇西's 马铃薯 完全成本保险, where the 方案 covers only 玉米 and 小麦).

``python -m eval.policy34.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html by a byte-order mark, else the charset its <meta> names (eval.policy30's reader);
- .ppsx by zipfile and lxml: the presentation part found through _rels/.rels, its slides in p:sldIdLst order
  through its relationships, a line per a:p of each slide (its a:t runs joined), then the a:p of the slide's
  notes slide, if any;
- .ass by the stdlib: UTF-8 (a BOM dropped), the [Events] section's Format line naming the fields, each
  Dialogue line split into that many fields (the last, Text, keeping its commas), Comment lines dropped;
  override blocks {…} stripped, \\N and \\n dropped (a break inside a Chinese line), \\h a space, and the
  events' text joined without a break;
- .rss by lxml: the channel's title, then per item its title, pubDate and description, the description (CDATA
  or escaped) as HTML with its tags stripped and references resolved;
- .xhtml by lxml's XML parser (so it must be well-formed): the body's text in document order;
- .ott by zipfile and lxml: a line per text:h and text:p of content.xml's office:body in document order
  (eval.policy30's inline reading: spans and placeholders entered);
- .docx by zipfile, .xlsx by openpyxl (eval.policy30's readers).

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional questions are traditional, and the files' peculiarities: the 征求意见稿 differing from its final
text; the .ppsx (the slideshow content type and not the presentation one, four slides and a notes slide, the
fixed entry time, no python-pptx trace, 2026年4月30日前 cut across runs so not in the slide's XML); the .ass
(a BOM, CRLF only, the three sections and the Aegisub one, a Format line of ten fields, {\\an8}, \\N, the
keys cut between events or by a tag so not in the bytes); the .rss (RSS 2.0, three items with RFC 822 dates,
CDATA and an escaped description, the keys not in the bytes); the .xhtml (an XML declaration, the XHTML
namespace and DOCTYPE, application/xhtml+xml, well-formed, the keys cut by elements so not in the bytes); the
.ott (mimetype first and stored, the text-template media type, a table:table and text:placeholder fields,
2026年5月20日前 cut by a span so not in content.xml); the GBK page; the .xlsx (合计 only there, no formula);
the 繁體 page (traditional, zh-TW)."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

import opencc
from lxml import etree

from eval import policy_make as make
from eval.policy29.make_questions import part_rels, strip_html
from eval.policy30.make_questions import ODF, docx_text, drawing_paragraphs, html_text, odf_inline, xlsx_text
from eval.policy34 import make_docs as md
from eval.policy_make import Documents, both, doc_path, not_utf8

XJB = f"山东/夏津县/{md.XJ_TITLE}.html"
XJQ = f"山东/夏津县/{md.XJ_DRAFT_TITLE}.html (征求意见稿: 5000元, 优秀奖 5万元, 专利代理机构 2万元)"
XJS = f"山东/夏津县/{md.XJ_PPSX} (PowerPoint show, a date cut across runs)"
XJR = "山东/夏津县/12345 公司去年拿了3件发明专利授权，还做了1件马德里商标，县里资助一共多少？.html"
XWD = f"江西/寻乌县/{md.XW_DOCX}"
XWA = f"江西/寻乌县/{md.XW_ASS} (ASS subtitles, figures cut between events)"
XWR = "江西/寻乌县/县长信箱 种了80亩脐橙，去年冻害损失十几万，今年投保脐橙保险自己要交多少？.html"
PJB = f"湖南/平江县/{md.PJ_TITLE}.html (GBK)"
PJX = f"湖南/平江县/{md.PJ_XLSX}"
PJR = "湖南/平江县/12345 公司用专利质押贷了400万，利息付了15.4万，评估费3万，能补多少？.html"
JLB = f"河北/巨鹿县/{md.JL_TITLE}.html"
JLN = f"河北/巨鹿县/{md.JL_NOTICE_TITLE}.html"
JLR = "河北/巨鹿县/领导留言板 企业主导了1项行业标准、参与了1项国家标准，还牵头3项团体标准，能奖多少？.html"
TSB = f"浙江/泰顺县/{md.TS_TITLE}.html"
TSX = f"浙江/泰顺县/{md.TS_XHTML} (XHTML, figures cut by elements)"
TSR = "浙江/泰顺县/12345 小微企业投标报价86万，另一家大公司报72万，评审时我们的价格算多少？.html"
BCB = f"云南/宾川县/{md.BC_TITLE}.html"
BCG = f"云南/宾川县/{md.BC_GUIDE_TITLE}.html"
BCF = f"云南/宾川县/{md.BC_RSS} (RSS 2.0 feed)"
BCR = "云南/宾川县/县长信箱 村里小卖部开了普惠金融服务站，去年办了6800笔业务，运营补贴能拿多少？.html"
QCB = f"四川/青川县/{md.QC_TITLE}.html"
QCT = "四川/青川县/青川縣公共資源交易中心關於全面推行電子保函的公告（繁體版）.html (traditional script)"
QCR = "四川/青川县/12345 建筑公司中了学校改造工程，合同360万，履约保证金要交多少？.html"
LXB = f"甘肃/陇西县/{md.LX_TITLE}.html"
LXO = f"甘肃/陇西县/{md.LX_OTT} (OpenDocument text template)"
LXG = f"甘肃/陇西县/{md.LX_GUIDE_TITLE}.html"
LXR = "甘肃/陇西县/12345 合作社种了350亩玉米、120亩小麦，完全成本保险自己要交多少保费？.html"
N1, N2, N3, N4, N5 = (f"新闻/{t}.html" for t, _ in md.NEWS)

_T2S = opencc.OpenCC("t2s")
PLANNED = ["临邑", "隆尧", "临湘", "永平", "永嘉", "朝天", "全南", "安定"]
PASSING = ["齐河", "新河", "君山", "南涧", "洞头", "利州", "龙南", "宕昌"]
NEIGHBOURS = ("u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "德州哪些县已经对发明专利授权发资助了？",
        ["夏津县", "武城县"],
        both(XJB, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "德州 马德里国际注册商标 奖励 已实行 县",
        ["夏津县", "宁津县"],
        both(XJB, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "邢台哪些县对主导制定标准的企业给奖励？只要已经在发的",
        ["巨鹿县", "广宗县"],
        both(JLB, N1),
        [],
    ),
    ("r04", "regions", "邢台 标准化试点示范项目 验收 奖励 县", ["巨鹿县", "平乡县"], both(JLB, N1), []),
    (
        "r05",
        "regions",
        "岳阳哪些县市已经给知识产权质押贷款贴息了？打算做的不算",
        ["平江县", "汨罗市"],
        both(PJB, N2),
        [],
    ),
    ("r06", "regions", "大理 村级 普惠金融服务站 已建成 县", ["宾川县", "弥渡县"], both(BCB, N2), []),
    (
        "r07",
        "regions",
        "大理哪些县设了小额贷款风险补偿金？",
        ["宾川县", "祥云县"],
        both(BCB, N2),
        [],
    ),
    (
        "r08",
        "regions",
        "温州哪些县的政府采购项目给中小企业预留了份额？",
        ["泰顺县", "文成县"],
        both(TSB, N3),
        [],
    ),
    (
        "r09",
        "regions",
        "温州 政采贷 政府采购合同融资 已开展 县",
        ["泰顺县", "苍南县"],
        both(TSB, N3),
        [],
    ),
    (
        "r10",
        "regions",
        "广元哪些县区的政府采购已经不收投标保证金了？",
        ["青川县", "昭化区"],
        both(QCB, N3),
        [],
    ),
    ("r11", "regions", "赣州 脐橙种植保险 已开办 县", ["寻乌县", "安远县"], both(XWD, N4), []),
    (
        "r12",
        "regions",
        "定西哪些县已经在搞玉米完全成本保险了？",
        ["陇西县", "临洮县"],
        both(LXB, N5),
        [],
    ),
    # 夏津县
    (
        "n01",
        "number",
        "我们公司在夏津经济开发区，每年研发投入800多万，去年拿了3件发明专利授权，还有12件实用新型，另外1件商标做了马德里国际注册，县里资注一共能拿多少？",
        "3件发明专利×6000元＋马德里商标5000元=23000元（实用新型不在资助范围）",
        both(XJR, XJB),
        ["23000元"],
    ),
    (
        "n02",
        "number",
        "夏津 国内发明专利 授权 资助 每件",
        "每件资助6000元，同一件只资助一次",
        XJB,
        ["每件资助6000元"],
    ),
    (
        "n03",
        "number",
        "我们厂去年评上了中国专利优秀奖，夏津县里奖多少钱？",
        "获得中国专利优秀奖的奖励10万元",
        XJB,
        ["优秀奖的奖励10万元"],
    ),
    # 寻乌县
    (
        "n04",
        "number",
        "我在寻乌澄江镇种了80亩脐橙，正常年份产20万斤，去年冻害损失十几万，不是脱贫户，今年买脐橙保险自己要交多少保废？",
        "每亩保费4000×5%=200元，自缴30%即每亩60元，80亩共4800元",
        both(XWR, XWD),
        ["4800元"],
    ),
    (
        "n05",
        "number",
        "寻乌 能繁母猪 保险 保险金额 每头",
        "每头1500元，费率6%，农户自缴20%",
        XWD,
        ["每头1500元"],
    ),
    # 平江县
    (
        "n06",
        "number",
        "平江伍市镇的食品公司，年营收3000万，有8件发明专利，用2件质押贷了400万，利息付了15.4万，评估费3万，贴西加评估费补助一共多少？",
        "贴息154000×50%=77000元＋评估费补助30000×50%=15000元，合计92000元",
        both(PJR, PJB),
        ["92000元"],
    ),
    (
        "n07",
        "number",
        "平江县2025年下半年知识产权质押融资贴息花名册上合计贴息多少钱？",
        f"合计{md.pj_total()}元（{len(md.PJ_ROWS)}家）",
        PJX,
        [md.pj_total()],
    ),
    (
        "n08",
        "number",
        "平江 知识产权 评估费 补助 每笔 最高",
        "按实际发生额的50%补助，每笔最高2万元",
        PJB,
        ["每笔最高2万元"],
    ),
    # 巨鹿县
    (
        "n09",
        "number",
        "巨鹿镇的金银花加工企业，员工120人，产值1.2亿，去年主导了1项行业标准，参与1项国家标准排第二，还牵头3项团体标准，能奖多少？",
        "行业标准15万元＋国家标准参与10万元＋团体标准2项6万元=31万元",
        both(JLR, JLB),
        ["31万元"],
    ),
    (
        "n10",
        "number",
        "巨鹿 主导制定 国家标准 奖励 每项",
        "每项奖励30万元",
        JLB,
        ["国家标准的，每项奖励30万元"],
    ),
    # 泰顺县
    (
        "n11",
        "number",
        "泰顺罗阳镇的办公设备公司，35个人，年营收1800万，投了个没预留的货物项目，我们报86万，大公司报72万，评审按多少算？",
        "小微企业报价扣除20%：86万元×80%=68.8万元，低于72万元",
        both(TSR, TSB),
        ["68.8万元"],
    ),
    (
        "n12",
        "number",
        "泰顺 正采贷 贷款额度 合同金额 比例",
        "最高为合同金额的90%，单户最高1000万元",
        TSB,
        ["合同金额的90%"],
    ),
    # 宾川县
    (
        "n13",
        "number",
        "宾川金牛镇开小卖部的，月营业额2万，村里900多人，店里的普会金融服务站去年办了6800笔业务，考核合格，运营补贴能拿多少？",
        "基础补贴1200元＋业务量补贴6800×0.3=2040元，共3240元",
        both(BCR, BCB),
        ["3240元"],
    ),
    (
        "n14",
        "number",
        "宾川 小额贷款 风险补偿金 承担 本金损失 比例",
        "风险补偿金承担本金损失的60%，合作银行承担40%",
        BCB,
        ["本金损失的60%"],
    ),
    # 青川县
    (
        "n15",
        "number",
        "青川乔庄镇的建筑公司，注册资本800万，60个员工，中标学校改造工程合同360万，履约保证金交多少？",
        "中小企业按2.5%：360万元×2.5%=9万元",
        both(QCR, QCB),
        ["9万元"],
    ),
    # 陇西县
    (
        "n16",
        "number",
        "陇西首阳镇的合作社流转了470亩地，玉米350亩、冬小麦120亩，种子化肥花了15万，完全成本保险自己要交多少？",
        "玉米每亩12元×350=4200元＋小麦每亩8元×120=960元，合计5160元",
        both(LXR, LXB),
        ["5160元"],
    ),
    (
        "n17",
        "number",
        "陇西 玉米 完全成本保险 保险金额 每亩",
        "玉米保险金额每亩1000元，费率6%",
        LXB,
        ["玉米保险金额每亩1000元"],
    ),
    # dates
    (
        "t01",
        "date",
        "夏津 专利检索分析报告 免费 报名 截止",
        "2026年4月30日前（2026年计划服务30家企业）",
        XJS,
        ["2026年4月30日前"],
    ),
    (
        "t02",
        "date",
        "夏津的知识产权资助和奖励办法从哪天开始施行？",
        "2026年1月1日",
        XJB,
        ["2026年1月1日"],
    ),
    (
        "t03",
        "date",
        "寻乌脐橙保险今年最晚什么时候要投保？",
        "2026年5月31日前",
        XWA,
        ["2026年5月31日前"],
    ),
    (
        "t04",
        "date",
        "宾川 普惠金融服务站 站长培训班 时间",
        "2026年3月24日至3月25日，县政务服务中心五楼会议室",
        BCF,
        ["2026年3月24日至3月25日"],
    ),
    (
        "t05",
        "date",
        "泰顺政采贷的优惠利率执行到什么时候？",
        "执行至2026年12月31日",
        TSX,
        ["2026年12月31日"],
    ),
    (
        "t06",
        "date",
        "青川 电子保函 全面推行 起始日期",
        "自2026年6月1日起",
        QCT,
        ["2026年6月1日"],
    ),
    (
        "t07",
        "date",
        "陇西 玉米 完全成本保险 投保截止",
        "2026年5月20日前（冬小麦2026年10月15日前）",
        LXO,
        ["2026年5月20日前"],
    ),
    (
        "t08",
        "date",
        "巨鹿2025年度标准化奖励拟奖励名单公示到哪天？",
        "公示期2026年5月6日至5月12日",
        JLN,
        ["2026年5月6日至5月12日"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "夏津知识产权资助的纸质材料交到哪里？",
        "县市场监督管理局三楼知识产权股（312室），也可在夏津县惠企政策直达平台网上申报",
        XJS,
        ["知识产权股（312室）"],
    ),
    (
        "p02",
        "procedure",
        "寻乌 脐橙 受灾 报案 时限",
        "出险后48小时内报案，报案电话95518",
        XWA,
        ["48小时内报案"],
    ),
    (
        "p03",
        "procedure",
        "平江 知识产权质押 贴息 什么时候申报 找哪个部门",
        "每年1月和7月集中申报，向县市场监督管理局申报，会同县财政局审核",
        PJB,
        ["每年1月和7月", "县市场监督管理局"],
    ),
    (
        "p04",
        "procedure",
        "在泰顺申请政采贷，资料交齐以后几天能放款？",
        "合作银行3个工作日内放款",
        TSX,
        ["3个工作日内放款"],
    ),
    (
        "p05",
        "procedure",
        "青川 投标保证金 中标后 多久 退还",
        "签订合同后5日内退还投标保证金及银行同期存款利息",
        QCB,
        ["签订合同后5日内"],
    ),
    (
        "p06",
        "procedure",
        "陇西玉米受了灾，多长时间内要报案？赔款多久能到？",
        "出险后72小时内报案；达成赔偿协议后10日内支付赔款",
        LXG,
        ["72小时内", "10日内支付赔款"],
    ),
    (
        "p07",
        "procedure",
        "我想在宾川村里开个普惠金融服务站，要走哪些流程？",
        "申请人提出申请—村委会推荐—合作银行实地考察—县金融服务中心备案—挂牌运营",
        BCG,
        ["村委会推荐", "挂牌运营"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "夏津 实用新型专利 有没有资助",
        "没有：实用新型和外观设计专利不予资助",
        XJS,
        ["实用新型和外观设计专利不予资助"],
    ),
    (
        "y02",
        "yesno",
        "寻乌的脐橙得了黄龙病，保险赔不赔？",
        "不赔：黄龙病造成的损失不在保险责任范围内",
        XWD,
        ["黄龙病造成的损失不在保险责任范围内"],
    ),
    (
        "y03",
        "yesno",
        "巨鹿 去年 牵头 4项 团体标准 都能 奖励 吗",
        "不能：每家单位每年获得团体标准奖励不超过2项",
        JLB,
        ["不超过2项"],
    ),
    (
        "y04",
        "yesno",
        "泰顺一个150万元的货物采购项目，适合中小企业做，是不是要全部留给中小企业？",
        "是：200万元以下的货物和服务采购项目原则上全部预留给中小企业",
        TSB,
        ["原则上全部预留给中小企业"],
    ),
    (
        "y05",
        "yesno",
        "宾川村里的金融服务站取钱要收手续费吗？",
        "不收：服务站不得收取任何费用",
        BCB,
        ["不得收取任何费用"],
    ),
    (
        "y06",
        "yesno",
        "青川 政府采购 投标 要不要 交 保证金",
        "不要：政府采购项目一律不收取投标保证金",
        QCB,
        ["一律不收取投标保证金"],
    ),
    (
        "y07",
        "yesno",
        "陇西的保险公司说可以先帮我们垫付自缴的保费，这样行吗？",
        "不行：农户自缴保费不得由承保机构垫付",
        LXB,
        ["不得由承保机构垫付"],
    ),
    (
        "y08",
        "yesno",
        "平江的企业拿商标权去质押贷款，也能享受贴息吗？",
        "能：专利权、商标权、地理标志质押都属于知识产权质押融资",
        PJB,
        ["商标权"],
    ),
    # lists
    (
        "l01",
        "list",
        "宾川的普惠金融服务站都能办哪些业务？",
        "助农取款、转账汇款、代理缴费、金融知识宣传、信用信息采集和贷款需求收集",
        BCB,
        ["助农取款", "代理缴费"],
    ),
    (
        "l02",
        "list",
        "泰顺 政采贷 合作银行 名单",
        "泰顺农商银行、工商银行泰顺支行、邮储银行泰顺县支行",
        TSX,
        ["泰顺农商银行", "邮储银行泰顺县支行"],
    ),
    (
        "l03",
        "list",
        "陇西农业保险理赔要交哪些材料？",
        "出险通知书；身份证和银行账户（惠农一卡通）；土地承包合同或土地流转合同；受灾现场照片",
        LXG,
        ["出险通知书", "土地承包合同或土地流转合同"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "巨鹿 参与制定 国家标准 起草单位 排名 要求",
        "起草单位排名前三的，按主导制定奖励标准的三分之一奖励",
        JLB,
        ["排名前三"],
    ),
    (
        "e02",
        "eligibility",
        "宾川开普惠金融服务站对场地和站长有什么要求？",
        "固定经营场所，营业面积不少于10平方米；站长初中以上文化程度、无不良信用记录",
        BCG,
        ["不少于10平方米", "初中以上文化程度"],
    ),
    (
        "e03",
        "eligibility",
        "寻乌哪些农户买农业保险自己交的钱还能再少一半？",
        "脱贫户、监测对象：自缴部分由县级财政再承担50%",
        XWD,
        ["脱贫户、监测对象"],
    ),
    # fields
    (
        "f01",
        "field",
        "陇西 完全成本保险 承保机构",
        "中华联合财产保险股份有限公司陇西支公司（0932-6621570）",
        LXO,
        ["中华联合财产保险股份有限公司陇西支公司"],
    ),
    (
        "f02",
        "field",
        "泰顺政采贷的咨询电话是多少？",
        "0577-67582316（县财政局政府采购监管科）",
        TSX,
        ["0577-67582316"],
    ),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "在平江拿专利抵押给银行借钱，利息政府能帮着出一半吗？",
        "能：按期还本付息后按实际支付利息的50%贴息，每家企业每年最高50万元",
        PJB,
        ["实际支付利息的50%"],
    ),
    (
        "a02",
        "paraphrase",
        "泰顺的小公司去投政府的单子，报价能打折算吗？",
        "未预留份额的货物和服务项目，对小微企业报价给予20%的扣除后参加评审（工程5%）",
        TSB,
        ["给予20%的扣除"],
    ),
    (
        "a03",
        "paraphrase",
        "青川的小建筑公司中了标，押给甲方保证干好活的那笔钱按多少比例交？",
        "中小企业的履约保证金降至中标合同金额的2.5%",
        QCB,
        ["中标合同金额的2.5%"],
    ),
    # traditional script: two in Cantonese
    (
        "c01",
        "traditional",
        "巨鹿縣主導制定行業標準，每項獎勵多少錢？",
        "每項獎勵15萬元",
        JLB,
        ["行业标准的，每项奖励15万元"],
    ),
    (
        "c02",
        "traditional",
        "我喺青川做工程，聽講而家可以用電子保涵，保函費點計㗎？",
        "單筆保函費率不高於擔保金額的千分之三，最低收費200元",
        QCT,
        ["千分之三", "最低收費200元"],
    ),
    (
        "c03",
        "traditional",
        "青川縣電子保函線上申請最快多久出函？",
        "最快10分鐘出函",
        QCT,
        ["10分鐘出函"],
    ),
    (
        "c04",
        "traditional",
        "我喺尋烏種臍橙，買臍橙保險每畝自己要俾幾多錢㗎？",
        "每畝自繳60元（保額每畝4000元，財政補貼70%）",
        XWA,
        ["每亩自缴60元"],
    ),
    (
        "c05",
        "traditional",
        "賓川縣普惠金融服務站的業務量補貼每筆多少？",
        "每筆0.3元，每站每年最高3000元",
        BCB,
        ["每笔0.3元"],
    ),
    # unanswerable: planned-only regions, a neighbouring measure
    ("u01", "unanswerable", "临邑县发明专利授权每件资助多少？", "应拒答：临邑只是计划年内出台", "-", []),
    ("u02", "unanswerable", "隆尧县 主导制定 团体标准 奖励", "应拒答：隆尧只是拟于明年出台", "-", []),
    (
        "u03",
        "unanswerable",
        "临湘市知识产权质押贷款的风险补偿资金池有多少钱？",
        "应拒答：临湘只是拟于下半年设立",
        "-",
        [],
    ),
    ("u04", "unanswerable", "永平县 普惠金融服务站 运营补贴 每站", "应拒答：永平只是计划明年建设", "-", []),
    (
        "u05",
        "unanswerable",
        "永嘉县政采贷最高能贷合同金额的多少？",
        "应拒答：永嘉只是将于下半年推出",
        "-",
        [],
    ),
    ("u06", "unanswerable", "朝天区 政府采购 投标保证金 免收", "应拒答：朝天区只是拟于明年免收", "-", []),
    (
        "u07",
        "unanswerable",
        "全南县脐橙种植保险农户每亩自己交多少？",
        "应拒答：全南只是计划明年开办",
        "-",
        [],
    ),
    ("u08", "unanswerable", "安定区 完全成本保险 玉米 保险金额", "应拒答：安定区只是拟于明年开展", "-", []),
    (
        "u09",
        "unanswerable",
        "我在夏津新开了一家专利代理机构，拿到了执业许可，县里一次性奖励多少？",
        "应拒答：只有征求意见稿提出专利代理机构一次性奖励2万元，正式办法已删去",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "青川 矿业权 出让 竞买保证金 减免",
        "应拒答：办法只规定工程建设项目和政府采购",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "陇西县种马铃薯的完全成本保险每亩保额多少？",
        "应拒答：方案的完全成本保险只有玉米和小麦",
        "-",
        [],
    ),
]


def resolve(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships with their targets normalised (``../`` resolved)."""
    return {i: (k, posixpath.normpath(t)) for i, (k, t) in part_rels(z, part).items()}


R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"


def ppsx_text(data: bytes) -> str:
    """A .ppsx (or .pptx) by zipfile and lxml: the presentation part through _rels/.rels, its slides in
    p:sldIdLst order, a line per a:p of each slide, then the a:p of its notes slide."""
    lines = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = next(t for k, t in resolve(z, "").values() if k.endswith("/officeDocument"))
        targets = resolve(z, main)
        root = etree.fromstring(z.read(main))
        for sld in root.iter(f"{{{P_NS}}}sldId"):
            slide = targets[sld.get(f"{{{R_NS}}}id")][1]
            lines += [p for p in drawing_paragraphs(z.read(slide)) if p]
            for kind, target in resolve(z, slide).values():
                if kind.endswith("/notesSlide"):
                    lines += [p for p in drawing_paragraphs(z.read(target)) if p]
    return "\n".join(lines)


def ass_events(data: bytes) -> list[tuple[str, dict[str, str]]]:
    """The [Events] section's lines: (Dialogue or Comment, its fields by the Format line's names)."""
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    section, fields, out = "", [], []
    for line in text.split("\n"):
        if line.startswith("[") and line.endswith("]"):
            section = line
            continue
        if section != "[Events]" or ":" not in line:
            continue
        kind, rest = line.split(":", 1)
        if kind == "Format":
            fields = [f.strip() for f in rest.split(",")]
        elif kind in ("Dialogue", "Comment"):
            out.append((kind, dict(zip(fields, rest.lstrip().split(",", len(fields) - 1), strict=True))))
    return out


def ass_text(data: bytes) -> str:
    """An .ass: the Dialogue events' Text, override blocks stripped, \\N / \\n dropped, \\h a space, the
    events joined without a break."""
    out = []
    for kind, event in ass_events(data):
        if kind != "Dialogue":
            continue
        text = re.sub(r"\{[^}]*\}", "", event["Text"])
        out.append(text.replace("\\N", "").replace("\\n", "").replace("\\h", " "))
    return "".join(out)


def rss_text(data: bytes) -> str:
    """An RSS 2.0 feed: the channel's title, then per item its title, pubDate and description as text."""
    root = etree.fromstring(data)
    channel = root.find("channel")
    assert channel is not None
    lines = [channel.findtext("title") or ""]
    for item in channel.iter("item"):
        lines += [item.findtext("title") or "", item.findtext("pubDate") or ""]
        lines.append(strip_html(item.findtext("description") or ""))
    return "\n".join(lines)


XHTML = "{http://www.w3.org/1999/xhtml}"


def xhtml_text(data: bytes) -> str:
    """An XHTML page by lxml's XML parser (it must be well-formed): the body's text in document order."""
    root = etree.fromstring(data)
    body = root.find(f"{XHTML}body")
    assert body is not None
    return "".join(body.itertext())


def ott_text(data: bytes) -> str:
    """An OpenDocument text (template): a line per text:h and text:p of content.xml's office:body."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("content.xml"))
    body = root.find("office:body", ODF)
    assert body is not None
    return "\n".join(odf_inline(p) for p in body.iter(f"{{{ODF['text']}}}p", f"{{{ODF['text']}}}h"))


# each document's text as decoded from its bytes (see the module's docstring), its bytes and parts
DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".xlsx", xlsx_text),
        (".ppsx", ppsx_text),
        (".ass", ass_text),
        (".rss", rss_text),
        (".xhtml", xhtml_text),
        (".ott", ott_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw

zpart = DOCUMENTS.part


ONLY = {
    XJS: [
        "2026年4月30日前",
        "知识产权股（312室）",
        "0534-3221796",
        "专利检索分析报告",
        "实用新型和外观设计专利不予资助",
    ],
    XWA: ["2026年5月31日前", "48小时内报案", "95518", "每亩自缴60元"],
    BCF: ["2026年3月24日至3月25日", "上岗证", "10倍", "2026年4月20日前"],
    TSX: ["年利率不高于3.6%", "3个工作日内放款", "泰顺农商银行", "2026年12月31日", "0577-67582316"],
    LXO: ["2026年5月20日前", "不少于5天", "中华联合财产保险股份有限公司陇西支公司", "0932-6621570"],
    QCT: ["2026年6月1日", "千分之三", "10分鐘出函", "0839-7202365"],
    PJX: [md.pj_total()],
}
# keys cut in the file's bytes (across runs, events, tags or elements), found only in its decoded text
CUT = {
    XJS: ["2026年4月30日前"],
    XWA: ["2026年5月31日前", "48小时内报案", "每亩自缴60元"],
    BCF: ["2026年3月24日至3月25日", "10倍", "2026年4月20日前"],
    TSX: ["年利率不高于3.6%", "3个工作日内放款"],
    LXO: ["2026年5月20日前"],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert 30 <= len(texts) <= 34, len(texts)
    # the answers that stand only in one new kind of file (or the table's 合计, the 繁體 page), and the keys
    # cut in the bytes
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(XJB)), doc_text(doc_path(XJQ))
    assert "每件资助6000元" in final and "每件资助5000元" in draft
    assert "优秀奖的奖励10万元" in final and "优秀奖的奖励5万元" in draft
    assert "专利代理机构" in draft and "专利代理机构" not in final
    assert "2026年1月1日起施行" in final and "2025年10月1日起施行" in draft
    # the .ppsx: the slideshow content type, four slides and a notes slide, fixed times, no python-pptx trace
    ppsx = raw(XJS)
    types = zpart(XJS, "[Content_Types].xml").decode("utf-8")
    assert md.SHOW in types and md.DECK not in types
    with zipfile.ZipFile(io.BytesIO(ppsx)) as z:
        names = z.namelist()
        assert all(i.date_time == md.STAMP for i in z.infolist())
        assert not any(b"python-pptx" in z.read(n) for n in names)
    assert len([n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]) == len(md.XJ_SLIDES)
    assert "ppt/notesSlides/notesSlide1.xml" in names
    # the .ass: BOM, CRLF only, the sections, a Format of ten fields, {\an8}, \N, Comment lines
    ass = raw(XWA)
    assert ass.startswith(b"\xef\xbb\xbf[Script Info]\r\n") and ass.count(b"\n") == ass.count(b"\r\n")
    for section in (b"[V4+ Styles]", b"[Events]", b"[Aegisub Project Garbage]", b"ScriptType: v4.00+"):
        assert section in ass, section
    events = ass_events(ass)
    assert all(len(e) == 10 for _, e in events) and any(k == "Comment" for k, _ in events)
    assert b"{\\an8}" in ass and b"\\N" in ass
    # the .rss: RSS 2.0, three items with RFC 822 dates, CDATA and an escaped description
    rss = raw(BCF)
    assert rss.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')
    assert rss.count(b"<item>") == 3 and b"<![CDATA[" in rss and b"&lt;p&gt;" in rss
    assert len(re.findall(rb"<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0800</pubDate>", rss)) == 3
    # the .xhtml: XML declaration, DOCTYPE, namespace, application/xhtml+xml, well-formed
    xh = raw(TSX)
    assert xh.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML')
    assert b'xmlns="http://www.w3.org/1999/xhtml"' in xh and b"application/xhtml+xml" in xh
    assert etree.fromstring(xh).tag == f"{XHTML}html"
    # the .ott: mimetype first and stored, the text-template type, a table and placeholders
    with zipfile.ZipFile(io.BytesIO(raw(LXO))) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text-template"
        content = z.read("content.xml").decode("utf-8")
        assert b"opendocument.text-template" in z.read("META-INF/manifest.xml")
    assert "<office:text>" in content and "<table:table " in content and "<text:placeholder " in content
    # the GBK page
    assert not_utf8(raw(PJB)) and b'charset="gbk"' in raw(PJB)
    # the .xlsx: 合计 a value, no formula
    assert "<f>" not in zpart(PJX, "xl/worksheets/sheet1.xml").decode("utf-8")
    # the 繁體 page
    trad = texts[doc_path(QCT)]
    assert 'lang="zh-TW"' in raw(QCT).decode("utf-8") and _T2S.convert(trad) != trad and "電子保函" in trad


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
