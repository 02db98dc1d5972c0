"""Writes eval/policy43/questions.jsonl: questions over eval/policy43/docs (黑土地保护与保护性耕作、农村公路养
护与路长制、养老机构与社区养老服务综合体 of eight counties of 吉林, 黑龙江, 内蒙古, 西藏, 青海 and 海南),
written before citeqa was run on them, as chat users relay their own situation, as agents send keyword queries
and as analysts ask which regions. The chat users carry their case and figures that are not the answer (300亩
120亩 and the draft's 35 where it is 12600元; 260亩 80亩 and last year's 40 where it is 18100元; 9公里 5天
where it is 2920元; 12 18 9 and last year's 150 where it is 4680元; 82岁 where it is 4900元; 30张 24人 6张
where it is 50400元). Several are answered only by a reply (12345 or 领导留言板), some only by a new kind of
file: the draw.io flowchart (3个工作日内完成 cut by <b>, 5个工作日内复核 on its plain page), the KityMinder
map's notes (每季度至少巡路1次), the .properties help texts (2小时内到场处置, 24小时内核定 cut by a
continuation line, 首位上报人; the comments' 4小时 and 20元 are old), the XML plist (0436-3222901) and the
binary plist (每月上门服务不少于4次), the DocBook chapter (每户奖励3000元; its comment's 1500元 is old), the
bz2 CSV (146700) and the xz text (6月2日至6月8日). Others sit in a table row (80 beside last year's 60 in a
.docx whose units stand in the header; 50 in the 附件 .docx; 53.27 in the UTF-16 table; 每人每月200元 beside
150元), behind a 征求意见稿 (40元, 4月15日至5月25日 against 35元 and 4月20日至5月20日) or beside last year's
figures (1420万元 against 1260万元). Four questions are in traditional script, over the 繁體 page (its keys as
OpenCC s2tw writes them, or figures the scripts share). Regions are named by county (full or short), some by
prefecture only (兴安盟, 三亚).

Each measure is stated by one county's documents and a roundup that also names a second county of the same
prefecture having done it; the roundups name counties that have only planned a measure (扶余, 拜泉, 突泉,
当雄, 泽库, 镇赉, 磴口, 海棠: in no expected list, asked by eight unanswerable questions), counties named in
passing (前郭, 讷河, 乌兰浩特, 尼木, 通榆, 杭锦后旗, 崖州) and counties that did something else (克东, 曲水,
乌拉特中旗). Three unanswerable questions ask a neighbour of what a document states (长岭's 2027 standard; 林
周's 新建 村道, which it does not fund; 吉阳's 托育 per 托位, 另行制定).

``python -m eval.policy43.make_questions`` checks that every key occurs in a listed document's text as decoded
from its bytes with the stdlib and the venv (not with citeqa), the markup removed: .html tags stripped; .docx
a line per w:p; .pdf by pypdf, a page's lines joined; .txt by its byte-order mark, else UTF-8, else GB18030;
.drawio each page's mxGraphModel (inflated from base64 raw deflate and URL-decoded when compressed), each
cell's label with its HTML removed; .km each node's text and note; .properties as java.util.Properties loads
it (comments dropped, continuation lines joined, \\u escapes resolved); .plist by plistlib (XML or binary);
.dbk by ElementTree (comments dropped, a table row a line, whitespace inside paragraphs removed); .csv.bz2 by
bz2, GB18030 and csv; .txt.xz by lzma then as a .txt. It checks the files' peculiarities, the regions, the
kinds' counts, that each new kind of file alone answers at least one question, and writes the file.
"""

from __future__ import annotations

import base64
import bz2
import csv
import html
import io
import json
import lzma
import plistlib
import re
import urllib.parse
import xml.etree.ElementTree as ET
import zlib
from datetime import datetime
from pathlib import Path

import opencc
import pypdf

from eval import policy_make as make
from eval.policy43 import make_docs as md
from eval.policy_make import Documents, both, doc_path, not_utf8

_T2S = opencc.OpenCC("t2s").convert
t = md.S2T  # a key of the 繁體 page, as that page writes it

CLF = f"吉林/长岭县/{md.CL_TITLE}.html"
CLC = f"下载/{md.CL_TITLE}.html (the same bytes as the final page)"
CLQ = (
    f"吉林/长岭县/{md.CL_DRAFT_TITLE}.html (征求意见稿: 每亩35元, 每亩20元, 15万元, 4月20日至5月20日,"
    " 不低于25%, 6月10日前, 9月30日前, no 连续 bonus)"
)
CLW = (
    "吉林/长岭县/长岭县保护性耕作作业补助申领流程.drawio (draw.io: a compressed page and a plain one,"
    " labels of HTML whose bold runs cut figures)"
)
CLR = f"吉林/长岭县/12345 {md.CL_REPLY_Q}.html"
KSD = f"黑龙江/克山县/{md.KS_DOCX} (tables, units only in the header, 2025 beside 2026)"
KSB = f"黑龙江/克山县/{md.KS_DBK} (DocBook 5 chapter: informaltable, footnote, an old figure in a comment)"
KSJ = "黑龙江/克山县/克山县黑土地保护利用项目政策解读.html"
KSR = f"黑龙江/克山县/领导留言板 {md.KS_REPLY_Q}.html"
ZLG = "内蒙古/扎赉特旗/办事指南.html (保护性耕作作业补助申领; key-value rows, named like 林周县's)"
ZLC = f"内蒙古/扎赉特旗/{md.ZL_CSV} (a GBK CSV compressed as bz2: title line, units in the header, 合计 row)"
ZLT = f"内蒙古/扎赉特旗/{md.ZL_TXT} (GBK, CRLF)"
LZB = f"西藏/林周县/{md.LZ_TITLE}.html"
LZK = "西藏/林周县/林周县农村公路路长制工作导图.km (百度脑图 KityMinder JSON, facts in nodes' notes)"
LZG = "西藏/林周县/办事指南.html (涉路施工许可; 【字段】 lines, named like 扎赉特旗's)"
LZT = f"西藏/林周县/{md.LZ_TXT} (UTF-16 LE with BOM, CRLF, space-aligned)"
LZR = f"西藏/林周县/12345 {md.LZ_REPLY_Q}.html"
JZP = f"青海/尖扎县/{md.JZ_PDF} (hard-wrapped PDF whose wrap splits 1500元, 600元 and 5000元)"
JZK = (
    f"青海/尖扎县/{md.JZ_PROPS} (Java .properties: \\u escapes, continuation lines, old figures in # and !"
    " comments)"
)
JZS = f"青海/尖扎县/{md.JZ_SUMMARY_TITLE}.html (2025 results beside 2026 targets)"
JZR = f"青海/尖扎县/领导留言板 {md.JZ_REPLY_Q}.html"
TBN = f"吉林/洮北区/{md.TB_TITLE}.html (原标准（2025年） beside 调整后标准（2026年起）)"
TBP = f"吉林/洮北区/{md.TB_PLIST} (an iOS app's FAQ, XML plist)"
TBR = f"吉林/洮北区/12345 {md.TB_REPLY_Q}.html"
LHN = f"内蒙古/临河区/{md.LH_TITLE}.html"
LHA = f"内蒙古/临河区/{md.LH_ATT1} (附件1: two tables, units only in the header)"
LHE = f"内蒙古/临河区/{md.LH_ATT2} (empty)"
LHP = f"内蒙古/临河区/{md.LH_PLIST} (an iOS app's FAQ, binary plist)"
LHT = f"内蒙古/临河区/{md.LH_TXT} (GB18030, CRLF)"
LHR = f"内蒙古/临河区/领导留言板 {md.LH_REPLY_Q}.html"
JYT = f"海南/吉阳区/{md.JY_TRAD_FILE} (the portal's 繁體 switch, s2tw)"
JYX = f"海南/吉阳区/{md.JY_XZ} (a UTF-8 .txt compressed as xz)"
JYR = f"海南/吉阳区/12345 {md.JY_REPLY_Q}.html"
N1, N2, N3 = (f"新闻/{n[0]}.html" for n in md.NEWS)

PLANNED = ["扶余", "拜泉", "突泉", "当雄", "泽库", "镇赉", "磴口", "海棠"]
PASSING = ["前郭", "讷河", "乌兰浩特", "尼木", "通榆", "杭锦后旗", "崖州"]
SIMILAR = ["克东", "曲水", "乌拉特中旗"]
NEIGHBOURS = ("u09", "u10", "u11")
# the words that answer a yes/no question; its other keys (the deciding figure or phrase) stand in a document
VERDICTS = {"可以", "不可以", "能", "不能", "不得", "会", "不会", "不合理"}


# (id, kind, question, expected answer (or regions), documents, keys[, page])
Q: list[tuple] = [
    # ---- which regions: one county's document and the roundup naming a second of its prefecture ----
    (
        "r01",
        "regions",
        "松原哪些县区已经给秸秆覆盖免耕播种作业发补助了？只是计划的不算",
        ["长岭县", "乾安县"],
        both(CLF, N1),
        [],
    ),
    (
        "r02",
        "regions",
        "松原 保护性耕作 作业机具 北斗监测终端 全覆盖 县区",
        ["长岭县", "宁江区"],
        both(CLF, N1),
        [],
    ),
    (
        "r03",
        "regions",
        "齐齐哈尔哪些县对秸秆还田作业按亩补助？只搞深松整地的不算",
        ["克山县", "依安县"],
        both(KSD, N1),
        [],
    ),
    ("r04", "regions", "齐齐哈尔 增施有机肥 按亩补助 已实施 县", ["克山县", "泰来县"], both(KSD, N1), []),
    (
        "r05",
        "regions",
        "兴安盟哪些旗县已经在发保护性耕作作业补助了？",
        ["扎赉特旗", "科尔沁右翼前旗"],
        both(ZLG, N1),
        [],
    ),
    (
        "r06",
        "regions",
        "拉萨哪些县区选聘了专职护路员、按月发报酬？还在计划的不算",
        ["林周县", "墨竹工卡县"],
        both(LZB, N2),
        [],
    ),
    ("r07", "regions", "拉萨 农村公路 三级路长制 已建立 县区", ["林周县", "达孜区"], both(LZB, N2), []),
    (
        "r08",
        "regions",
        "黄南哪些县市对乡镇组织的农村公路水毁抢修给补助？",
        ["尖扎县", "同仁市"],
        both(JZP, N2),
        [],
    ),
    (
        "r09",
        "regions",
        "白城哪些县市区按老人失能程度给养老机构发运营补贴？准备出台的不算",
        ["洮北区", "洮南市"],
        both(TBN, N3),
        [],
    ),
    (
        "r10",
        "regions",
        "巴彦淖尔 家庭养老床位 建设补贴 已实施 旗县区",
        ["临河区", "五原县"],
        both(LHN, N3),
        [],
    ),
    (
        "r11",
        "regions",
        "巴彦淖尔哪些旗县区对新建社区养老服务综合体给建设补助？",
        ["临河区", "乌拉特前旗"],
        both(LHA, N3),
        [],
    ),
    (
        "r12",
        "regions",
        "三亚哪些区对通过等级评定的养老机构给一次性奖励？",
        ["吉阳区", "天涯区"],
        both(JYX, N3),
        [],
    ),
    # ---- numbers ----
    ("n01", "number", "长岭 秸秆覆盖免耕播种 每亩补助 标准", "每亩40元（征求意见稿为35元）", CLF, ["40元"]),
    (
        "n02",
        "number",
        "我在长岭太平川镇流转了300亩地，春天全用免耕播种机种的玉米，有120亩是2024年起一直免耕的，村里人说每亩35，"
        "我今年能拿多少？",
        "300×40+120×5=12600元（12345答复）",
        CLR,
        ["12600元", "12600"],
    ),
    ("n03", "number", "克山县今年增施有机肥每亩补多少？", "2026年每亩80元（2025年为60元）", KSD, ["80"]),
    (
        "n04",
        "number",
        "我在克山北联镇种了260亩玉米，秋天打算全部翻埋还田，其中80亩再施有机肥，去年翻埋是一亩40，今年一共能补"
        "多少钱",
        "260×45+80×80=18100元（留言板答复）",
        KSR,
        ["18100元", "18100"],
    ),
    (
        "n05",
        "number",
        "兴安盟 丰源农机专业合作社 春季 保护性耕作 补助金额 公示",
        "核定3260亩，补助146700元",
        ZLC,
        ["146700"],
    ),
    (
        "n06",
        "number",
        "林周 村道 日常养护资金 每公里每年",
        "村道每公里每年3500元（县道1.2万元、乡道6000元）",
        LZB,
        ["3500元"],
    ),
    (
        "n07",
        "number",
        "我是林周卡孜乡的护路员，管9公里村道，3月考核优秀，4月请假少巡了5天考核不合格，这两个月一共发多少？",
        "1800元+1120元=2920元（12345答复）",
        LZR,
        ["2920元"],
    ),
    (
        "n08",
        "number",
        "林周县旁多乡2026年分到多少农村公路养护资金？",
        "53.27万元（乡道38.5公里、村道86.2公里）",
        LZT,
        ["53.27"],
    ),
    (
        "n09",
        "number",
        "尖扎 农村公路养护员 报酬 每月",
        "每人每月1500元（年度考核优秀另奖600元）",
        JZP,
        ["1500元"],
        2,
    ),
    (
        "n10",
        "number",
        "尖扎马克唐镇村道被暴雨冲了2处小型水毁1处中型，镇上抢修完能补多少？",
        "2×5000+20000=30000元，即3万元，拨付镇政府（留言板答复）",
        JZR,
        ["30000元", "3万元"],
    ),
    (
        "n11",
        "number",
        "尖扎县2026年计划投入多少农村公路养护资金",
        "1420万元（2025年实际投入1260万元）",
        JZS,
        ["1420万元"],
    ),
    (
        "n12",
        "number",
        "白城洮北 养老机构 收住失能老人 运营补贴 2026",
        "每人每月200元（2025年为150元）",
        TBN,
        ["每人每月200元", "200元"],
    ),
    (
        "n13",
        "number",
        "洮北的民办养老院，前年10月备案，现在住着自理12个、半失能18个、失能9个，去年失能的补150，现在一个月运营"
        "补贴能拿多少？",
        "12×60+18×120+9×200=4680元（12345答复）",
        TBR,
        ["4680元", "4680"],
    ),
    (
        "n14",
        "number",
        "临河区街道社区养老服务综合体建设补助一个多少钱？",
        "每个50万元（运营补贴每年10万元）",
        LHA,
        ["50"],
    ),
    (
        "n15",
        "number",
        "我妈82岁卧床失能，家是低保边缘户，住临河新华街道，家庭养老床位第一年一共能补多少",
        "2500+200×12=4900元，拨付服务机构（留言板答复）",
        LHR,
        ["4900元", "4900"],
    ),
    (
        "n16",
        "number",
        "吉阳区红沙社区的嵌入式小养老机构，30张床去年平均住24人，6张认知症床位一直住满，一年床位运营补贴多少",
        "24×150×12+6×100×12=50400元（12345答复）",
        JYR,
        ["50400元", "5.04万元"],
    ),
    # ---- dates ----
    (
        "d01",
        "date",
        "长岭县保护性耕作春季作业时间是哪几天？",
        "4月15日至5月25日（征求意见稿为4月20日至5月20日）",
        CLF,
        ["4月15日至5月25日"],
    ),
    (
        "d02",
        "date",
        "克山黑土地保护的秸秆还田补助什么时候能到账？",
        "秋季作业验收合格后，2027年3月31日前兑付",
        KSJ,
        ["2027年3月31日"],
    ),
    (
        "d03",
        "date",
        "克山 秋季 秸秆还田 深松 作业时间",
        "2026年9月25日至11月15日",
        KSD,
        ["9月25日至11月15日"],
    ),
    (
        "d04",
        "date",
        "林周县农村公路养护管理办法从哪天开始施行",
        "2026年5月1日起施行，有效期5年",
        LZB,
        ["2026年5月1日"],
    ),
    (
        "d05",
        "date",
        "尖扎路长通 随手拍 报了水毁 乡镇路长 多久到场",
        "接报后2小时内到场处置（旧文案为4小时）",
        JZK,
        ["2小时内"],
    ),
    (
        "d06",
        "date",
        "临河区2026年社区养老服务综合体建设补助什么时候申报？",
        "2026年5月10日至6月20日",
        LHN,
        ["5月10日至6月20日"],
    ),
    (
        "d07",
        "date",
        "三亚 养老机构 等级评定 结果 公示期",
        "2026年6月2日至6月8日（5个工作日）",
        JYX,
        ["6月8日"],
    ),
    (
        "d08",
        "date",
        "林周 县级总路长 多久巡一次路",
        "每季度至少巡路1次，巡路后5个工作日内形成问题清单",
        LZK,
        ["每季度至少巡路1次", "每季度"],
    ),
    # ---- fields ----
    (
        "f01",
        "field",
        "临河 第一批 家庭养老床位 公示 监督电话",
        "0478-8216600（公示期7月1日至7月7日）",
        LHT,
        ["0478-8216600"],
    ),
    ("f02", "field", "林周 涉路施工许可 承诺时限", "承诺时限8个工作日（法定20个工作日）", LZG, ["8个工作日"]),
    (
        "f03",
        "field",
        "洮北区对养老院服务不满意，投诉电话是多少？",
        "0436-3222901（区民政局5个工作日内答复）",
        TBP,
        ["0436-3222901"],
    ),
    # ---- eligibility ----
    (
        "e01",
        "eligibility",
        "克山的地流转给别人种了，黑土地保护补助是给承包户还是给种地的？",
        "发放给实际种植者，不发给土地承包户",
        KSJ,
        ["实际种植者"],
    ),
    (
        "e02",
        "eligibility",
        "扎赉特旗 保护性耕作补助 申请条件 地块面积 要求",
        "单个作业地块连片50亩以上（并装北斗终端、秸秆覆盖率30%以上）",
        ZLG,
        ["50亩"],
    ),
    (
        "e03",
        "eligibility",
        "洮北区养老机构要满足什么条件才能领运营补贴？",
        "完成备案且连续运营满1年、年均入住率不低于30%，按收住本区户籍老人计",
        TBN,
        ["不低于30%", "满1年"],
    ),
    (
        "e04",
        "eligibility",
        "临河区家庭养老床位哪些老人可以申请？",
        "本区户籍的特困、低保、低保边缘家庭失能老年人和80周岁以上失能老年人",
        LHN,
        ["80周岁以上失能老年人"],
    ),
    # ---- lists ----
    (
        "l01",
        "list",
        "扎赉特 保护性耕作作业补助 申请材料",
        "申请表；身份证或营业执照复印件；土地承包或流转合同；作业服务合同（委托作业的）；“一卡通”账户信息",
        ZLG,
        ["账户信息"],
    ),
    (
        "l02",
        "list",
        "长岭县保护性耕作哪些情况不给补助？",
        "焚烧秸秆或打包离田；深翻旋耕等传统耕作；监测数据缺失或轨迹异常；同一地块重复申报",
        CLF,
        ["重复申报"],
    ),
    (
        "l03",
        "list",
        "临河 综合体建设补助 申报材料",
        "申报表；营业执照或民非登记证书；产权证明或租赁合同（租期不少于5年）"
        "；消防验收或备案材料；申报承诺书（附件2）",
        LHN,
        ["承诺书"],
    ),
    # ---- procedures ----
    (
        "p01",
        "procedure",
        "长岭保护性耕作补助申报表交到乡镇农业站以后，初审要几天？后面还有哪些环节？",
        "乡镇农业站3个工作日内完成初审→秸秆覆盖率≥30%的由县农机推广站实地抽查（不低于20%）→乡镇、村两级公示7天→"
        "8月31日前一卡通发放（流程图）",
        CLW,
        ["3个工作日内完成", "3个工作日"],
    ),
    (
        "p02",
        "procedure",
        "长岭 保护性耕作补助 公示 有异议 怎么处理 多久答复",
        "公示期内向县农业农村局农机推广站提出，5个工作日内复核并书面答复，属实的更正后重新公示（流程图）",
        CLW,
        ["5个工作日内复核", "5个工作日"],
    ),
    (
        "p03",
        "procedure",
        "在林周要挖开农村公路埋管道，许可怎么办？",
        "申请—受理—现场勘查—审查—决定—送达，县政务服务中心一楼交通运输窗口，承诺8个工作日",
        LZG,
        ["现场勘查"],
    ),
    (
        "p04",
        "procedure",
        "尖扎村道塌方了老百姓怎么报？报了以后怎么处理？",
        "在“尖扎路长通”小程序随手拍上传照片和定位；乡镇路长接报后2小时内到场处置；县交通运输局24小时内核定水毁"
        "等级",
        JZK,
        ["24小时内核定"],
    ),
    (
        "p05",
        "procedure",
        "克山黑土地保护利用项目补助怎么申报",
        "先与乡镇签订实施协议；作业完成后向乡镇农业综合服务"
        "中心申报；乡镇全面核查、县抽查验收；村乡两级公示后兑付",
        KSJ,
        ["实施协议"],
    ),
    (
        "p06",
        "procedure",
        "临河 社区养老服务综合体 建设补助 申报 审核 流程",
        "向所在街道（乡镇）提交，5个工作日内初审"
        "；区民政局会同区财政局审核、实地核查；区政府网站公示5个工作日；拨付（验收后60%，运营满1年考核合格后40%）",
        LHN,
        ["5个工作日内完成初审", "区财政局"],
    ),
    # ---- paraphrases ----
    (
        "a01",
        "paraphrase",
        "长岭的保护性耕作补助是按我自己报的亩数给钱吗？",
        "不是，以县级监测平台核定面积为准",
        CLF,
        ["监测平台核定面积", "核定面积"],
    ),
    (
        "a02",
        "paraphrase",
        "林周护路员要是哪个月没干好，工资扣多少？",
        "考核不合格扣发当月报酬的30%，连续2个月不合格解聘",
        LZB,
        ["30%"],
    ),
    (
        "a03",
        "paraphrase",
        "临河家庭养老床位签了以后，服务人员多久上门一次，一次待多长时间？",
        "每月上门服务不少于4次，每次不少于1小时（App常见问题）",
        LHP,
        ["不少于4次"],
    ),
    (
        "a04",
        "paraphrase",
        "克山种地种得好被评上黑土地保护示范户，有啥奖励？",
        "每户奖励3000元（2024年版为1500元）",
        KSB,
        ["3000元"],
    ),
    # ---- traditional script, over the 繁體 page ----
    (
        "c01",
        "traditional",
        "吉陽區認知症照護床位每個月另外加多少補貼？",
        "每床每月另加100元",
        JYT,
        [t("另加100元"), "100元"],
    ),
    (
        "c02",
        "traditional",
        "吉陽區社區養老服務綜合體考核合格，每年補貼多少？",
        "每個每年20萬元，優秀再增加5萬元",
        both(JYT, N3),
        [t("20万元"), "20万元"],
    ),
    ("c03", "traditional", "吉陽 嵌入式小微養老機構 床位運營補貼 每床每月", "每床每月150元", JYT, ["150元"]),
    (
        "c04",
        "traditional",
        "吉陽區的養老補貼每年幾月份申請？",
        "每年3月1日至3月31日申請上一年度補貼",
        JYT,
        ["3月1日至3月31日"],
    ),
    # ---- yes / no ----
    (
        "y01",
        "yesno",
        "长岭 农机合作社 给我装北斗终端 要收安装费和流量费 合理吗",
        "不合理：终端由县农业农村局统一招标安装，不得向农户收取",
        CLF,
        ["不合理", "不能", "不可以", "不得向农户收取"],
    ),
    (
        "y02",
        "yesno",
        "克山同一块地既翻埋又碎混，能领两份还田补助吗？",
        "不可以：同一地块同一年度只能享受一种",
        KSJ,
        ["不可以", "不能", "只能享受一种"],
    ),
    (
        "y03",
        "yesno",
        "克山秸秆翻埋还田的地再施有机肥，两个补助能一起拿吗",
        "可以：有机肥补助可与秸秆还田补助叠加",
        KSD,
        ["可以", "叠加"],
    ),
    (
        "y04",
        "yesno",
        "我今年62岁，还能去林周当专职护路员吗？",
        "不能：护路员年龄为18周岁至60周岁",
        LZB,
        ["不能", "60周岁"],
    ),
    (
        "y05",
        "yesno",
        "尖扎同一处塌方我和邻居都在随手拍上报了，都能拿奖励吗",
        "不能：同一处险情只奖励首位上报人",
        JZK,
        ["不能", "首位上报人"],
    ),
    (
        "y06",
        "yesno",
        "洮北新开的民办养老院才运营半年，能申请运营补贴吗？",
        "不能：须备案且连续运营满1年",
        TBN,
        ["不能", "满1年"],
    ),
    (
        "y07",
        "yesno",
        "我爸75岁失能，家里不是低保也不是特困，临河的家庭养老床位补贴能享受吗？",
        "不能：非困难家庭的须80周岁以上",
        LHA,
        ["不能", "80周岁"],
    ),
    (
        "y08",
        "yesno",
        "吉阳的综合体已经拿了运营补贴，里面的床位还能再领小微机构床位补贴吗",
        "不能：不得同时享受",
        JYT,
        ["不能", "不可以", t("不得同时享受")],
    ),
    # ---- unanswerable: a planned-only county, or a neighbour of what a document states ----
    ("u01", "unanswerable", "扶余市 保护性耕作 作业补助 每亩多少", "应拒答：扶余市只计划明年开展", "-", []),
    ("u02", "unanswerable", "拜泉县秸秆还田一亩地补多少钱？", "应拒答：拜泉县拟于明年试点", "-", []),
    ("u03", "unanswerable", "突泉县 免耕播种 补助 标准", "应拒答：突泉县计划秋季启动", "-", []),
    ("u04", "unanswerable", "当雄县的专职护路员一个月多少钱？", "应拒答：当雄县计划下半年选聘", "-", []),
    ("u05", "unanswerable", "泽库县 水毁抢修 每处 补助", "应拒答：泽库县拟出台办法", "-", []),
    (
        "u06",
        "unanswerable",
        "镇赉县养老机构收住失能老人，运营补贴每月多少？",
        "应拒答：镇赉县将于下半年出台",
        "-",
        [],
    ),
    ("u07", "unanswerable", "磴口县 家庭养老床位 建设补贴 每张", "应拒答：磴口县计划明年启动", "-", []),
    ("u08", "unanswerable", "海棠区养老机构评上四级能奖励多少？", "应拒答：海棠区拟出台奖励办法", "-", []),
    (
        "u09",
        "unanswerable",
        "长岭县2027年免耕播种每亩补多少？",
        "应拒答：只有2026年方案（每亩40元）",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "林周县新建村道每公里补助多少钱",
        "应拒答：办法只定养护资金，不含新建补助",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "吉阳区综合体开托育，每个托位补贴多少？",
        "应拒答：托育补助标准另行制定",
        "-",
        [],
    ),
]


# ---------------------------------------------------------------------------------------------------------
# readers: each document's text as decoded from its bytes
# ---------------------------------------------------------------------------------------------------------


def strip_html(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>", "\n", markup)
    markup = re.sub(r"(?i)</(p|div|tr|li|h\d|table|dd|dt|ul)>", "\n", markup)
    markup = re.sub(r"(?i)</t[dh]>", " ", markup)
    text = html.unescape(re.sub(r"<[^>]+>", "", markup)).replace("\xa0", " ")
    return "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())


def html_text(data: bytes) -> str:
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:2000])
    return strip_html(data.decode(m.group(1).decode() if m else "utf-8"))


def docx_text(data: bytes) -> str:
    if not data:
        return ""
    with zipfile_open(data) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    return "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paras)


def zipfile_open(data: bytes):
    import zipfile

    return zipfile.ZipFile(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return "\n".join("".join((p.extract_text() or "").splitlines()) for p in pages)


def txt_decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def drawio_models(data: bytes) -> list[tuple[str, ET.Element, bool]]:
    """Each page of a draw.io file: its name, its mxGraphModel and whether it was stored compressed."""
    out = []
    for diagram in ET.fromstring(data).iter("diagram"):
        model = diagram.find("mxGraphModel")
        if model is not None:
            out.append((diagram.get("name", ""), model, False))
            continue
        raw = zlib.decompress(base64.b64decode((diagram.text or "").strip()), -15)
        out.append((diagram.get("name", ""), ET.fromstring(urllib.parse.unquote(raw.decode("ascii"))), True))
    return out


def drawio_text(data: bytes) -> str:
    pages = []
    for name, model, _ in drawio_models(data):
        labels = [strip_html(c.get("value") or "") for c in model.iter("mxCell") if c.get("value")]
        pages.append(name + "\n" + "\n".join(labels))
    return "\n\n".join(pages)


def km_text(data: bytes) -> str:
    lines: list[str] = []

    def walk(node: dict, depth: int) -> None:
        lines.append("  " * depth + node["data"]["text"])
        if node["data"].get("note"):
            lines.append("  " * depth + "（备注：" + node["data"]["note"] + "）")
        for child in node.get("children", []):
            walk(child, depth + 1)

    walk(json.loads(data.decode("utf-8"))["root"], 0)
    return "\n".join(lines)


def properties_load(data: bytes) -> list[tuple[str, str]]:
    """(key, value) pairs as java.util.Properties.load reads an ISO-8859-1 stream."""
    lines = data.decode("iso-8859-1").splitlines()
    logical: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].lstrip(" \t\f")
        i += 1
        if not line or line[0] in "#!":
            continue
        while (len(line) - len(line.rstrip("\\"))) % 2 == 1:  # an odd number of backslashes continues it
            line = line[:-1] + (lines[i].lstrip(" \t\f") if i < len(lines) else "")
            i += 1
        logical.append(line)
    pairs = []
    for line in logical:
        j = 0
        while j < len(line):
            if line[j] == "\\":
                j += 2
                continue
            if line[j] in "=: \t\f":
                break
            j += 1
        key, rest = line[:j], line[j:]
        rest = rest.lstrip(" \t\f")
        if rest[:1] in ("=", ":"):
            rest = rest[1:].lstrip(" \t\f")
        pairs.append((java_unescape(key), java_unescape(rest)))
    return pairs


def java_unescape(s: str) -> str:
    s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return re.sub(
        r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(m.group(1), m.group(1)), s
    )


def properties_text(data: bytes) -> str:
    return "\n".join(f"{k} = {v}" for k, v in properties_load(data))


def plist_text(data: bytes) -> str:
    lines: list[str] = []

    def walk(prefix: str, value: object) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else k, v)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(f"{prefix}[{i}]", v)
        else:
            lines.append(f"{prefix}：{value}")

    walk("", plistlib.loads(data))
    return "\n".join(lines)


DB = "{http://docbook.org/ns/docbook}"


def dbk_text(data: bytes) -> str:
    """DocBook's words: titles and paragraphs a line each (a footnote inline where it stands), a table row a
    line; XML comments dropped, the whitespace of wrapped source lines removed."""
    out: list[str] = []

    def flat(el: ET.Element) -> str:
        return re.sub(r"\s*\n\s*", "", "".join(el.itertext())).strip()

    def walk(el: ET.Element) -> None:
        tag = el.tag.replace(DB, "")
        if tag in ("title", "subtitle", "para", "orgname", "pubdate"):
            out.append(flat(el))
            return
        if tag == "row":
            out.append(" | ".join(flat(e) for e in el if e.tag == DB + "entry"))
            return
        for child in el:
            walk(child)

    walk(ET.fromstring(data))
    return "\n".join(out)


def csv_bz2_text(data: bytes) -> str:
    rows = csv.reader(io.StringIO(bz2.decompress(data).decode("gb18030"), newline=""))
    return "\n".join("，".join(row) for row in rows)


def txt_xz_text(data: bytes) -> str:
    return txt_decode(lzma.decompress(data))


DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".pdf", pdf_text),
        (".txt.xz", txt_xz_text),
        (".csv.bz2", csv_bz2_text),
        (".txt", txt_decode),
        (".drawio", drawio_text),
        (".km", km_text),
        (".properties", properties_text),
        (".plist", plist_text),
        (".dbk", dbk_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw
zpart = DOCUMENTS.part

ONLY = {
    CLW: ["3个工作日内完成", "抽查比例不低于20%", "5个工作日内复核"],
    KSB: ["每户奖励3000元", "每年800元", "不超过50户"],
    ZLC: ["146700", "785550"],
    LZK: ["每季度至少巡路1次", "0891-6122071", "巡路后5个工作日内"],
    JZK: ["每条奖励30元", "2小时内到场处置", "24小时内核定", "0973-8792315", "首位上报人"],
    TBP: ["评估结果有效期1年", "7个工作日内退还", "0436-3222901"],
    LHP: ["每月上门服务不少于4次", "签约后15日内", "0478-8201233"],
    JYX: ["6月2日至6月8日", "0898-88661207", "椰林颐养中心"],
    LHT: ["0478-8216600", "7月1日至7月7日"],
    ZLT: ["作业结束后10日内", "不低于5%"],
    LZT: ["53.27"],
    JZP: ["每人每月1500元", "每人奖励600元"],
    JZS: ["1420万元", "1260万元"],
    KSJ: ["实际种植者", "2027年3月31日"],
    CLR: ["12600元"],
    KSR: ["18100元"],
    LZR: ["2920元"],
    JZR: ["30000元"],
    TBR: ["4680元"],
    LHR: ["4900元"],
    JYR: ["50400元"],
}
# keys cut in the file's bytes (a wrap, markup, a continuation line, escapes, compression): only in the text
CUT = {
    JZP: ["1500元", "600元", "5000元"],
    CLW: ["3个工作日内完成", "抽查比例不低于20%", "5个工作日内复核"],
    JZK: ["24小时内核定", "每条奖励30元", "2小时内到场处置"],
    ZLC: ["146700"],
    JYX: ["6月2日至6月8日"],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstrings say it is."""
    texts = DOCUMENTS.texts()
    assert len(texts) == 36, len(texts)
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside its final text, with other figures
    final, draft = texts[doc_path(CLF)], texts[doc_path(CLQ)]
    for key, (new, old) in md.CL_FIG.items():
        assert new in final and old in draft and new not in draft and old not in final, key
    assert "每亩再增加5元" in final and "每亩再增加5元" not in draft and "征求意见时间为2026年2月9日" in draft
    # the copy in 下载/, the empty 附件 and the notice's links to both 附件, the two 办事指南.html
    assert raw(CLF) == raw(CLC)
    assert raw(LHE) == b"" and texts[doc_path(LHE)] == ""
    notice = raw(LHN).decode("utf-8")
    assert md.LH_ATT1 in notice and md.LH_ATT2 in notice and "附件：" in texts[doc_path(LHN)]
    assert Path(doc_path(ZLG)).name == Path(doc_path(LZG)).name == "办事指南.html" and raw(ZLG) != raw(LZG)
    assert (
        "保护性耕作作业补助申领" in texts[doc_path(ZLG)]
        and "【事项名称】涉路施工许可" in texts[doc_path(LZG)]
    )
    # the two CMS families and the 人民网 board: their furniture
    assert "【打印本页】" in texts[doc_path(CLF)] and "索 引 号：" in texts[doc_path(CLF)]
    assert "分享到：" in texts[doc_path(CLF)] and "上一篇：" in texts[doc_path(LHN)]
    assert (
        "分享至：" in texts[doc_path(JZS)]
        and "人民网" in texts[doc_path(KSR)]
        and "留言编号：" in texts[doc_path(JZR)]
    )
    assert "工单编号" in texts[doc_path(CLR)] and "办理结果" in texts[doc_path(TBR)]
    # last year's figures beside this year's
    assert "原标准（2025年）" in texts[doc_path(TBN)] and "每人每月150元" in texts[doc_path(TBN)]
    summary = texts[doc_path(JZS)]
    assert "1260万元" in summary and "1420万元" in summary and "78.6%" in summary and "— 2 —" in summary
    assert re.search(r"养护资金\n— 2 —\n1420万元", summary)
    assert "— 2 —" in texts[doc_path(LZB)] and "— 3 —" in texts[doc_path(LZB)]
    # the GBK .txt, the GB18030 .txt (䶮 that GBK cannot write) and the UTF-16 LE .txt, each with CRLF
    for doc in (ZLT, LHT):
        data = raw(doc)
        assert not_utf8(data) and data.count(b"\r\n") == data.count(b"\n") > 5, doc
    raw(ZLT).decode("gbk")
    assert "䶮" in texts[doc_path(LHT)]
    try:
        "䶮".encode("gbk")
        raise AssertionError("䶮 is in GBK")
    except UnicodeEncodeError:
        pass
    lz = raw(LZT)
    assert lz.startswith(b"\xff\xfe") and "\r\n" in lz[2:].decode("utf-16-le")
    # the .docx files: tables whose units stand only in the header row
    xml = zpart(KSD, "word/document.xml").decode("utf-8")
    assert xml.count("<w:tbl>") == 2 and "2026年补助标准（元/亩）" in xml and "2025年补助标准（元/亩）" in xml
    assert ">45<" in xml and ">80<" in xml and ">60<" in xml and "45元" not in xml and "80元" not in xml
    xml = zpart(LHA, "word/document.xml").decode("utf-8")
    assert (
        xml.count("<w:tbl>") == 2 and "建设补助（万元/个）" in xml and ">50<" in xml and "50万元" not in xml
    )
    # the PDF: three pages, page labels, the wrap splitting figures (the page a question gives)
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(raw(JZP))).pages]
    assert len(pages) == 3 and "第 2 页 / 共 3 页" in pages[1]
    assert "1500\n元" in pages[1] and "60\n0元" in pages[1] and "500\n0元" in pages[1]
    # the 繁體 page: zh-Hant, traditional text and furniture
    trad = texts[doc_path(JYT)]
    assert 'lang="zh-Hant"' in raw(JYT).decode("utf-8") and _T2S(trad) != trad
    assert "吉陽區" in trad and "吉阳区" not in trad and "养老" not in trad and "您的位置" in trad
    # the .drawio: an mxfile of two pages, the first compressed, labels of HTML
    drawio = raw(CLW).decode("utf-8")
    models = drawio_models(raw(CLW))
    assert drawio.startswith("<mxfile ") and [(n, c) for n, _, c in models] == [
        ("申领流程", True),
        ("异议处理", False),
    ]
    labels = "".join(c.get("value", "") for _, m, _ in models for c in m.iter("mxCell"))
    assert "<b>3</b>个工作日内完成" in labels and "&nbsp;" in labels and "<br>" in labels
    assert "3个工作日" not in drawio and "&lt;b&gt;5&lt;/b&gt;个工作日内复核" in drawio
    assert sum(1 for _, m, _ in models for c in m.iter("mxCell") if c.get("edge") == "1") == 13
    # the .km: KityMinder's JSON, notes on nodes
    km = json.loads(raw(LZK))
    assert set(km) == {"root", "template", "theme", "version"} and km["root"]["data"]["note"].startswith(
        "依据"
    )
    # the .properties: ASCII only (\\u escapes), comments of both kinds holding old figures, three separators,
    # continuation lines
    props = raw(JZK)
    assert all(b < 128 for b in props) and b"\\u5C16" in props
    escaped = java_unescape(props.decode("iso-8859-1"))
    words = texts[doc_path(JZK)]
    for old in ("4小时内到场", "每条奖励20元"):
        assert old in escaped and old not in words, old
    assert "\n! " in escaped and "\n# " in escaped and "help.reward.title: " in escaped
    assert b"\nhelp.reward.limit \\u" in props and b"\nhelp.report.body=" in props
    assert props.count(b"\\\n") >= 5 and "help.reward.limit = 同一用户每月最多奖励10条。" in words
    # the plists: one XML, one binary, dicts, arrays, strings, integers, dates, booleans
    assert raw(TBP).startswith(b"<?xml") and b"<date>2026-04-20T08:00:00Z</date>" in raw(TBP)
    assert b"<integer>7</integer>" in raw(TBP) and b"<true/>" in raw(TBP)
    assert raw(LHP).startswith(b"bplist00") and plistlib.loads(raw(LHP))["LastUpdated"] == datetime(
        2026, 5, 8, 2, 30
    )
    # the .dbk: DocBook 5, an informaltable, a footnote, a comment holding the 2024 figure
    dbk = raw(KSB).decode("utf-8")
    assert 'xmlns="http://docbook.org/ns/docbook"' in dbk and "<informaltable" in dbk and "<footnote>" in dbk
    assert "每户奖励1500元" in dbk and "1500元" not in texts[doc_path(KSB)]
    assert "合计 | 16 | 5" in texts[doc_path(KSB)]
    # the .csv.bz2: bz2, GBK inside with CRLF, a title line, units in the header, the 合计 row the rows' sums
    inner = bz2.decompress(raw(ZLC))
    assert (
        raw(ZLC).startswith(b"BZh9") and not_utf8(inner) and inner.count(b"\r\n") == inner.count(b"\n") == 12
    )
    table = list(csv.reader(io.StringIO(inner.decode("gbk"), newline="")))
    assert table[1][7] == "补助金额（元）" and table[-2][0] == "合计"
    assert sum(int(r[7]) for r in table[2:-2]) == int(table[-2][7]) == md.ZL_TOTAL == 785550
    # the .txt.xz: xz, UTF-8 inside
    assert raw(JYX).startswith(b"\xfd7zXZ\x00") and "四级" in lzma.decompress(raw(JYX)).decode("utf-8")
    # the replies' reckonings stand in their pages
    assert "合计12600元" in texts[doc_path(CLR)] and "合计18100元" in texts[doc_path(KSR)]
    assert "两个月合计2920元" in texts[doc_path(LZR)] and "即3万元" in texts[doc_path(JZR)]
    assert "=4680元" in texts[doc_path(TBR)] and "=4900元" in texts[doc_path(LHR)]
    assert "全年合计50400元" in texts[doc_path(JYR)]


def check() -> None:
    check_files()
    news = "\n".join(doc_text(doc_path(n)) for n in (N1, N2, N3))
    make.check_roundups(news, PLANNED, PASSING)
    for region in SIMILAR:
        assert re.search(rf"{region}[^。]*但没有", news), region
    for i, kind, question, answer, docs, keys, *_ in Q:
        texts = [doc_text(doc_path(d)) for d in docs.split(" | ")] if docs != "-" else []
        if kind == "unanswerable":
            assert not keys and not texts and answer.startswith("应拒答"), i
            assert any(p in question for p in PLANNED) or i in NEIGHBOURS, i
            continue
        if kind == "regions":
            assert len(answer) == 2 and not keys, i
            roundup = texts[-1]
            for region in answer:
                assert any(region in tx for tx in texts) and region in roundup, (i, region)
                assert not any(p in region for p in [*PLANNED, *PASSING, *SIMILAR]), (i, region)
            assert re.search(rf"{question[:2]}\S*{answer[1]}", roundup), i  # asked by prefecture
            continue
        assert keys, i
        for key in keys:
            if kind == "yesno" and key in VERDICTS:
                continue
            assert any(key in tx for tx in texts), (i, key)
        if kind == "yesno":
            assert any(k in VERDICTS for k in keys) and any(k not in VERDICTS for k in keys), i
        if kind == "traditional":
            assert _T2S(question) != question, i
    assert len({q[0] for q in Q}) == len(Q)
    kinds: dict[str, int] = {}
    for q in Q:
        kinds[q[1]] = kinds.get(q[1], 0) + 1
    assert kinds == {
        "regions": 12,
        "number": 16,
        "date": 8,
        "field": 3,
        "eligibility": 4,
        "list": 3,
        "procedure": 6,
        "paraphrase": 4,
        "traditional": 4,
        "yesno": 8,
        "unanswerable": 11,
    }, kinds
    # every new kind of file alone answers at least one question
    for suffix in (".drawio", ".km", ".properties", ".plist", ".dbk", ".csv.bz2", ".txt.xz"):
        alone = [q[0] for q in Q if " | " not in q[4] and doc_path(q[4]).endswith(suffix)]
        assert alone, suffix
    assert any(doc_path(q[4]) == doc_path(TBP) for q in Q) and any(doc_path(q[4]) == doc_path(LHP) for q in Q)
    # a question giving a page names the PDF, and its keys stand on that page
    for q in Q:
        if len(q) > 6:
            page = pypdf.PdfReader(io.BytesIO(raw(q[4]))).pages[q[6] - 1].extract_text().replace("\n", "")
            assert all(k in page for k in q[5]), q[0]
    print("keys checked:", kinds, len(Q))


def main() -> None:
    check()
    make.write_questions(Q, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
