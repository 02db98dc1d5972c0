"""Writes eval/policy35/questions.jsonl: questions over eval/policy35/docs (基层医疗卫生与中医药、医疗保障经
办、港澳台与外籍人员服务 of eight regions), written before citeqa was run on them, as chat users relay their
own situation, as agents send keyword queries and as analysts ask which regions. The chat users' questions
carry the asker's situation first, in their own words (高雄人 来大陆8年 and 月营业额5万, 28岁 投了80万 and 营
业额200万, 82岁 退休金3600 and 一个月4500, 村里1500多人 and 门诊6000多人次, 150个员工 and 40个越南边民, 村里
1100多人 and 接诊4000多人次, 73岁 高血压10年 and 药费150, 退休金4200 and 个人账户1500) and figures that are
not the answer (4.8万 where the answer is 44000元, 80万 where it is 42000元, 4500 where it is 1860元, 6类12项
where it is 22000元, 6000万 where it is 9万元, 32年 where it is 640元, 150 where it is 180元, 3200元 where it
is 2100元), with typos and homophones (补帖, 创业起动补贴, 长户险, 中医格, 将励, 退修, 签约服务废, 门诊共计).
Several are answered only by a 12345 / 市长信箱 / 县长信箱 / 领导留言板 reply (44000元, 42000元, 1860元, 22000
元, 9万元, 640元, 180元, 2100元), some only by a new kind of file (the .sxw's 2026年3月31日前 and 台胞服务专窗
（8号窗口）; the .ttml's 2026年6月15日前 and 0763-2281369; the .atom's 2026年2月28日, 国家医保服务平台APP and
增至48种; the .kml's 每周二、周五, 0854-2651087 and 7×24小时; the .xltm's 6月1日至6月20日 and 0771-8527316),
the .xlsx's 合计 or the 繁體 page (2026年8月1日, 共有12個項目, 入駐期爲3年). The agents' queries are terse
(「南靖 台胞 就业生活补贴 每月」). Regions are named by the county's name, full or short (南靖, 英德, 夹江, 涡
阳, 凭祥, 瓮安, 禹州, 云梦), the analysts' questions by city (漳州, 清远, 崇左, 黔南, 许昌, 亳州, 乐山, 孝感).
Five questions are in traditional script, two of them in Cantonese (英德港澳青年創新創業基地第二批有幾多個項目
入駐㗎？ and 我係香港後生仔…). The keys are what any correct answer must contain, written as the documents
write them (the 繁體 page's keys in traditional script).

Each measure is stated by one region's documents and a roundup that also names a second region having done
it; the roundups name regions that have only planned a measure (龙海, 连州, 江州, 蒙城, 福泉, 襄城, 犍为, 大
悟: in no expected list) and regions named in passing (龙文, 阳山, 扶绥, 谯城, 平塘, 临颍, 沐川, 孝昌). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (南靖's 购房补贴,
which only the 征求意见稿 had; 凭祥's 越南籍边民 务工 补贴, where the 办法 says the 边民 are not covered; 夹
江's 中度失能, where the 细则 covers only 重度失能).

``python -m eval.policy35.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html by a byte-order mark, else the charset its <meta> names (eval.policy30's reader);
- .sxw by zipfile and lxml: a line per text:h and text:p of content.xml's office:body in the OpenOffice.org
  1.x namespaces, in document order (spans entered, text:s as that many spaces, text:tab-stop a tab);
- .ttml by lxml: each body <p>'s text (spans entered, <br/> dropped: a break inside a Chinese line), the
  cues joined without a break;
- .atom by lxml: the feed's title, then per entry its title, published date, summary and content (type html
  as HTML with its tags stripped and references resolved, CDATA or escaped; type xhtml the div's text);
- .kml by lxml: the Document's name and description (HTML, tags stripped), then per Folder its name and per
  Placemark its name, address, description and ExtendedData fields;
- .xltm and .xlsx by openpyxl (eval.policy30's reader: a line per row, rich-text runs joined), .docx by
  zipfile (eval.policy30's reader).

It checks that every expected region is named in a listed document while no planned-only or passing region
is expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional questions are traditional, and the files' peculiarities: the 征求意见稿 differing from its final
text (1万元, 每年最高2万元, 购房补贴, 2025年12月1日); the .sxw (mimetype first and stored, the sun writer
type, no OASIS namespace anywhere, the OfficeDocument 1.0 DOCTYPE, office:class="text" and no office:text,
text:level, a table:table and text:s, the manifest DTD, the fixed entry time, 2026年3月31日前 cut by a span so
not in any part); the .ttml (the tt namespace, eleven cues with clock begin / end, ttm:agent, <br/> and a
styled span, the keys cut between cues or by the span so not in the bytes); the .atom (Atom 1.0, three
entries, seven RFC 3339 dates, escaped html, CDATA and an xhtml div, the keys cut by tags so not in the
bytes); the .kml (KML 2.2, four Placemarks each with ExtendedData and a Point inside 瓮安, CDATA, 7×24小时 cut
by <b>); the .xltm (the macro-enabled template type and not the workbook one, an OLE2 vbaProject.bin with its
relationship and codeName, shared strings with a rich-text run and no inline string, no openpyxl trace, fixed
times, openpyxl reading its two sheets, 6月1日至6月20日 cut across runs so not in any part); the GBK page; the
.xlsx (合计 only there, no formula); the 繁體 page (traditional, zh-TW)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import opencc
import openpyxl
from lxml import etree

from eval import policy_make as make
from eval.policy29.make_questions import strip_html
from eval.policy30.make_questions import docx_text, html_text, xlsx_text
from eval.policy35 import make_docs as md
from eval.policy_make import Documents, both, doc_path, not_utf8

NJB = f"福建/南靖县/{md.NJ_TITLE}.html"
NJQ = f"福建/南靖县/{md.NJ_DRAFT_TITLE}.html (征求意见稿: 1万元, 每年最高2万元, 购房补贴)"
NJS = f"福建/南靖县/{md.NJ_SXW} (OpenOffice.org 1.x Writer, a date cut by a span)"
NJR = "福建/南靖县/12345 台湾来的，在山城镇开了家奶茶店，店租一年4.8万，县里能补多少？.html"
YDD = f"广东/英德市/{md.YD_DOCX}"
YDT = f"广东/英德市/{md.YD_TTML} (TTML subtitles, figures cut between cues)"
YDF = "广东/英德市/英德市港澳青年創新創業基地2026年第二批入駐項目公告（繁體版）.html (traditional script)"
YDR = "广东/英德市/市长信箱 澳门来英德开了家红茶公司，招了4个本地员工，能拿哪些补贴、一共多少？.html"
JJB = f"四川/夹江县/{md.JJ_TITLE}.html (GBK)"
JJX = f"四川/夹江县/{md.JJ_XLSX}"
JJR = "四川/夹江县/12345 父亲重度失能住进定点护理院，护理费每天100元，3月份长护险能报多少？.html"
GYB = f"安徽/涡阳县/{md.GY_TITLE}.html"
GYN = f"安徽/涡阳县/{md.GY_NOTICE_TITLE}.html"
GYR = "安徽/涡阳县/领导留言板 村卫生室建了中医阁，我适宜技术也考过了，能奖补多少？.html"
PXB = f"广西/凭祥市/{md.PX_TITLE}.html"
PXT = f"广西/凭祥市/{md.PX_XLTM} (Excel macro-enabled template, a date cut across runs)"
PXG = f"广西/凭祥市/{md.PX_GUIDE_TITLE}.html"
PXR = "广西/凭祥市/12345 红木企业今年引进了1名A类和2名B类外国人才，奖励一共多少？.html"
WAB = f"贵州/瓮安县/{md.WA_TITLE}.html"
WAK = f"贵州/瓮安县/{md.WA_KML} (KML map layer)"
WAR = "贵州/瓮安县/县长信箱 当了32年村医，今年满60岁退下来，每月能领多少生活补助？.html"
YZB = f"河南/禹州市/{md.YZ_TITLE}.html"
YZL = f"河南/禹州市/{md.YZ_LIST_TITLE}.html"
YZR = "河南/禹州市/12345 爸妈都70多了，爸爸有高血压，家庭医生签约加上服务包一年自己要掏多少？.html"
YMB = f"湖北/云梦县/{md.YM_TITLE}.html"
YMA = f"湖北/云梦县/{md.YM_ATOM} (Atom 1.0 feed)"
YMR = "湖北/云梦县/12345 退休了，今年在社区医院看门诊花了3200元，门诊统筹能报多少？.html"
N1, N2, N3, N4, N5 = (f"新闻/{t}.html" for t, _ in md.NEWS)

_T2S = opencc.OpenCC("t2s")
PLANNED = ["龙海", "连州", "江州", "蒙城", "福泉", "襄城", "犍为", "大悟"]
PASSING = ["龙文", "阳山", "扶绥", "谯城", "平塘", "临颍", "沐川", "孝昌"]
NEIGHBOURS = ("u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "漳州哪些县区已经给台胞首次创业发一次性补贴了？",
        ["南靖县", "华安县"],
        both(NJB, N1),
        [],
    ),
    ("r02", "regions", "漳州 台湾青年 就业见习补贴 已实施 县区", ["南靖县", "长泰区"], both(NJB, N1), []),
    (
        "r03",
        "regions",
        "清远哪些县市对港澳青年创业发启动补贴？只算已经在发的",
        ["英德市", "佛冈县"],
        both(YDD, N1),
        [],
    ),
    (
        "r04",
        "regions",
        "崇左哪些县市对引进外籍人才的用人单位给奖励？",
        ["凭祥市", "龙州县"],
        both(PXB, N2),
        [],
    ),
    ("r05", "regions", "崇左 外籍人才子女 公办学校 就读 县市", ["凭祥市", "宁明县"], both(PXB, N2), []),
    (
        "r06",
        "regions",
        "黔南哪些县已经给在岗乡村医生发定额补助了？打算发的不算",
        ["瓮安县", "贵定县"],
        both(WAB, N3),
        [],
    ),
    ("r07", "regions", "黔南 村卫生室 运行经费 补助 已落实 县", ["瓮安县", "龙里县"], both(WAB, N3), []),
    (
        "r08",
        "regions",
        "许昌哪些县市已经明确了家庭医生签约服务费标准？",
        ["禹州市", "鄢陵县"],
        both(YZB, N3),
        [],
    ),
    ("r09", "regions", "亳州 乡镇卫生院 中医馆建设 奖补 县", ["涡阳县", "利辛县"], both(GYB, N4), []),
    (
        "r10",
        "regions",
        "乐山哪些县已经开展长期护理保险了？",
        ["夹江县", "井研县"],
        both(JJB, N5),
        [],
    ),
    ("r11", "regions", "孝感 职工医保 门诊共济 已实施 县市", ["云梦县", "安陆市"], both(YMB, N5), []),
    (
        "r12",
        "regions",
        "孝感哪些县市的异地就医备案已经可以线上办了？",
        ["云梦县", "应城市"],
        both(YMB, N5),
        [],
    ),
    # 南靖县
    (
        "n01",
        "number",
        "我是台湾高雄人，来大陆8年了，去年5月在南靖山城镇开了家奶茶店，第一次创业，雇了3个人，月营业额5万左右，店不在创业基地，一年房租4.8万，县里创业补帖和场租补贴一共能拿多少？",
        "创业补贴20000元＋场租补贴48000×50%=24000元，合计44000元",
        both(NJR, NJB),
        ["44000元"],
    ),
    (
        "n02",
        "number",
        "南靖 台胞 就业生活补贴 每月",
        "每人每月给予就业生活补贴1500元，最长12个月（征求意见稿1000元）",
        NJB,
        ["就业生活补贴1500元"],
    ),
    (
        "n03",
        "number",
        "我是台湾青年，在南靖的就业见习基地见习，见习补贴每个月多少钱？",
        "按每人每月3000元给予见习补贴，见习期最长6个月",
        NJB,
        ["每人每月3000元"],
    ),
    # 英德市
    (
        "n04",
        "number",
        "我是澳门人，28岁，前年12月在英德英城街道注册了红茶文创公司，投了80万，去年营业额200万，招了4个本地员工社保都交满6个月了，创业起动补贴加带动就业补贴一共多少？",
        "创业启动补贴30000元＋带动就业补贴4×3000=12000元，合计42000元",
        both(YDR, YDD),
        ["42000元"],
    ),
    (
        "n05",
        "number",
        "英德 港澳青年 带动就业补贴 每人",
        "每吸纳1人补贴3000元，每家最高3万元",
        YDD,
        ["每吸纳1人补贴3000元"],
    ),
    # 夹江县
    (
        "n06",
        "number",
        "我爸82岁，退休金每月3600，中风后评估重度失能二级，住在夹江县里的定点护理院，护理费每天100元，连伙食一个月4500左右，3月份31天长户险能报多少？",
        "每天100×70%=70元超过60元上限，按60元×31天=1860元",
        both(JJR, JJB),
        ["1860元"],
    ),
    (
        "n07",
        "number",
        "夹江县2026年第一季度长护险机构护理待遇支付明细表合计基金支付多少？",
        f"合计{md.jj_total()}元（{len(md.JJ_ROWS)}人）",
        JJX,
        [md.jj_total()],
    ),
    (
        "n08",
        "number",
        "夹江 长期护理保险 亲属照护 补贴 每月",
        "每人每月发放居家照护补贴450元",
        JJB,
        ["居家照护补贴450元"],
    ),
    # 涡阳县
    (
        "n09",
        "number",
        "我是涡阳义门镇的村医，村里1500多人，一年门诊6000多人次，今年卫生室建了中医格验收合格，我考核过了6类12项适宜技术，另一个村医只会4类7项，一共能奖补多少？",
        "中医阁20000元＋本人适宜技术2000元=22000元（另一位未达6类10项）",
        both(GYR, GYB),
        ["22000元"],
    ),
    (
        "n10",
        "number",
        "涡阳 乡镇卫生院 中医馆 验收合格 奖补",
        "一次性奖补20万元；评为省级精品中医馆的再奖补10万元",
        GYB,
        ["一次性奖补20万元"],
    ),
    # 凭祥市
    (
        "n11",
        "number",
        "凭祥镇的红木家具厂，150个员工，年产值6000万，还用了40个越南边民，今年引进1个A类法国设计师、2个B类越南技术员，都办了工作许可，企业能拿多少将励？",
        "A类5万元＋B类2×2万元=9万元（边民不适用）",
        both(PXR, PXB),
        ["9万元"],
    ),
    (
        "n12",
        "number",
        "凭祥 外国高端人才 生活补贴 每月",
        "每月给予生活补贴3000元，最长3年",
        PXB,
        ["每月给予生活补贴3000元"],
    ),
    # 瓮安县
    (
        "n13",
        "number",
        "我在瓮安草塘镇当村医32年了，有乡村全科执业助理医师资格，村里1100多人，一年接诊4000多人次，今年满60岁退修，每月生活补助有多少？",
        "每满1年每月20元：32×20=640元",
        both(WAR, WAB),
        ["640元"],
    ),
    (
        "n14",
        "number",
        "瓮安 村卫生室 运行经费 每年",
        "每个每年1万元；15公里以上另加3000元",
        WAB,
        ["每个每年1万元"],
    ),
    # 禹州市
    (
        "n15",
        "number",
        "我家在禹州神垕镇，我爸73岁高血压10年每月药费150，我妈70岁，两人都签家庭医生基础包，我爸再加慢病包、我妈加老年人包，不是低保户，一年个人要交多少签约服务废？",
        "基础包20×2=40元＋慢病管理包80元＋老年人健康管理包60元=180元",
        both(YZR, YZB),
        ["180元"],
    ),
    # 云梦县
    (
        "n16",
        "number",
        "我68岁退休职工，退休金4200，医保个人账户还剩1500，上半年在云梦城关镇社区卫生服务中心看普通门诊花了3200元（政策范围内），门诊共计能报多少？",
        "（3200\u2212200）×70%=2100元，未超过年度限额2500元",
        both(YMR, YMB),
        ["2100元"],
    ),
    (
        "n17",
        "number",
        "云梦 2026年度 城乡居民医保 个人缴费 标准",
        "每人每年400元",
        YMB,
        ["每人每年400元"],
    ),
    # dates
    (
        "t01",
        "date",
        "南靖台胞创业补贴上半年申报截止到哪天？",
        "2026年3月31日前（下半年9月1日至9月30日）",
        NJS,
        ["2026年3月31日前"],
    ),
    (
        "t02",
        "date",
        "南靖 台胞 创业就业 若干措施 施行日期",
        "2026年2月1日（征求意见稿2025年12月1日）",
        NJB,
        ["2026年2月1日"],
    ),
    (
        "t03",
        "date",
        "英德港澳青年创业基地首批入驻申请最晚什么时候交？",
        "2026年6月15日前（首批开放20个入驻名额）",
        YDT,
        ["2026年6月15日前"],
    ),
    (
        "t04",
        "date",
        "英德港澳青年创新创业基地第二批项目什么时候入驻？",
        "自2026年8月1日起入驻，入驻期为3年",
        YDF,
        ["2026年8月1日"],
    ),
    (
        "t05",
        "date",
        "云梦 2026年度 城乡居民医保 集中缴费期 延长到",
        "延长至2026年2月28日",
        YMA,
        ["2026年2月28日"],
    ),
    (
        "t06",
        "date",
        "凭祥外籍人才子女入学申请每年什么时候集中受理？",
        "每年6月1日至6月20日，逾期不再受理",
        PXT,
        ["6月1日至6月20日"],
    ),
    (
        "t07",
        "date",
        "涡阳2025年度中医药服务能力提升拟奖补名单公示到哪天？",
        "公示期2026年4月13日至4月19日",
        GYN,
        ["2026年4月13日至4月19日"],
    ),
    (
        "t08",
        "date",
        "英德 港澳青年 创新创业 实施方案 有效期",
        "2026年3月1日起实施，有效期至2028年12月31日",
        YDD,
        ["2028年12月31日"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "南靖台胞创业补贴去县行政服务中心哪个窗口办？",
        "县行政服务中心二楼台胞服务专窗（8号窗口），电话0596-7835116",
        NJS,
        ["台胞服务专窗（8号窗口）"],
    ),
    (
        "p02",
        "procedure",
        "夹江 长护险 失能评估 向谁申请 多久完成",
        "向县医疗保障局或者定点护理机构提出，受理后30个工作日内完成评估",
        JJB,
        ["县医疗保障局或者定点护理机构", "30个工作日内"],
    ),
    (
        "p03",
        "procedure",
        "在凭祥给外国员工办工作许可去哪个窗口？",
        "凭祥市行政审批局（市政务服务中心三楼外国人工作管理窗口）",
        PXG,
        ["外国人工作管理窗口"],
    ),
    (
        "p04",
        "procedure",
        "云梦的医保异地就医备案在手机上能办吗？用什么APP？",
        "可以：国家医保服务平台APP或者“鄂汇办”APP，即时办结",
        YMA,
        ["国家医保服务平台APP"],
    ),
    (
        "p05",
        "procedure",
        "涡阳 中医馆 奖补 申报 时间 部门",
        "每年10月向县卫生健康委员会（县中医药管理局）申报，验收、公示后拨付",
        GYB,
        ["每年10月", "县卫生健康委员会（县中医药管理局）"],
    ),
    (
        "p06",
        "procedure",
        "禹州的家庭医生签约服务费是怎么拨给医疗机构的？",
        "按季度预拨60%，年终考核后结算",
        YZB,
        ["按季度预拨60%", "年终考核后结算"],
    ),
    (
        "p07",
        "procedure",
        "瓮安 中心村卫生室 乡镇卫生院医生 坐诊 时间",
        "乡镇卫生院医生每周二、周五到草塘镇新华村卫生室坐诊",
        WAK,
        ["每周二、周五"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "台胞的创业项目入驻南靖海峡两岸青年创业基地，还要交场租吗？",
        "不用：3年内免收场租",
        NJB,
        ["3年内免收场租"],
    ),
    ("y02", "yesno", "英德 港澳青年 创业担保贷款 有没有 贴息", "有：财政全额贴息", YDD, ["财政全额贴息"]),
    (
        "y03",
        "yesno",
        "我妈在夹江住院期间请了护工，护理费长护险能报吗？",
        "不能：在医疗机构住院期间的护理费用不予支付",
        JJB,
        ["在医疗机构住院期间的护理费用"],
    ),
    (
        "y04",
        "yesno",
        "夹江 长护险 机构护理 亲属照护 能否同时享受",
        "不能：机构护理、居家护理和亲属照护不得同时享受",
        JJB,
        ["不得同时享受"],
    ),
    (
        "y05",
        "yesno",
        "涡阳县中医院的医生下乡到中医馆坐诊，一个月去了10次，是不是10次都能补？",
        "不是：每人每月最多补助8次",
        GYB,
        ["每人每月最多补助8次"],
    ),
    (
        "y06",
        "yesno",
        "在凭祥工作的外籍人才，孩子上公办小学要交学杂费吗？",
        "不用：义务教育阶段与本地学生同等免除学杂费",
        PXB,
        ["同等免除学杂费"],
    ),
    (
        "y07",
        "yesno",
        "禹州 低保户 签约家庭医生 个人要不要出钱",
        "不用：个人支付部分由医保基金全额承担",
        YZB,
        ["由医保基金全额承担"],
    ),
    (
        "y08",
        "yesno",
        "云梦职工医保的个人账户能不能给我妈交城乡居民医保？",
        "能：个人账户可以支付父母等参加城乡居民医保的个人缴费",
        YMB,
        ["参加城乡居民医保的个人缴费"],
    ),
    # lists
    (
        "l01",
        "list",
        "凭祥 外国人来华工作许可 申请材料",
        "护照；工作资历证明；最高学位（学历）证书；无犯罪记录证明；体检证明；聘用合同；近期白底证件照",
        PXG,
        ["无犯罪记录证明", "体检证明"],
    ),
    (
        "l02",
        "list",
        "英德的港澳青年来创业有哪些扶持项目？",
        "创业启动补贴、场租补贴、带动就业补贴、创业担保贷款、人才公寓",
        YDD,
        ["创业启动补贴", "带动就业补贴", "人才公寓"],
    ),
    (
        "l03",
        "list",
        "云梦 职工医保 个人账户 家庭共济 可以给谁用",
        "本人及其配偶、父母、子女",
        YMB,
        ["配偶、父母、子女"],
    ),
    # eligibility
    ("e01", "eligibility", "英德 港澳青年 年龄 要求", "18至45周岁的香港、澳门居民", YDD, ["18至45周岁"]),
    (
        "e02",
        "eligibility",
        "夹江县什么样的失能老人才能享受长护险待遇？",
        "参加职工医保，经评估达到重度失能等级、失能状态持续6个月以上",
        JJB,
        ["重度失能等级", "6个月以上"],
    ),
    (
        "e03",
        "eligibility",
        "瓮安 村卫生室 运行经费 另加3000元 条件",
        "距离乡镇卫生院15公里以上的村卫生室",
        WAB,
        ["15公里以上"],
    ),
    # fields
    ("f01", "field", "瓮安 草塘镇新华村卫生室 电话", "0854-2651087", WAK, ["0854-2651087"]),
    (
        "f02",
        "field",
        "凭祥外籍人才子女入学的咨询电话是多少？",
        "0771-8527316（市教育局基础教育股）",
        PXT,
        ["0771-8527316"],
    ),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "在云梦没办备案就去外地临时看病，报销会少多少？",
        "未备案的异地就医，报销比例降低20个百分点",
        YMB,
        ["降低20个百分点"],
    ),
    (
        "a02",
        "paraphrase",
        "瓮安的中心村卫生室晚上有没有人？半夜孩子发烧能去吗？",
        "中心村卫生室12个，实行7×24小时值班",
        WAK,
        ["7×24小时"],
    ),
    (
        "a03",
        "paraphrase",
        "禹州家庭医生签约收的钱，村医能分到多少？",
        "70%用于团队绩效，团队中乡村医生分配比例不低于40%",
        YZB,
        ["不低于40%"],
    ),
    # traditional script: two in Cantonese
    (
        "c01",
        "traditional",
        "英德港澳青年創新創業基地第二批有幾多個項目入駐㗎？",
        "共有12個項目（香港7個、澳門5個）",
        YDF,
        ["共有12個項目"],
    ),
    (
        "c02",
        "traditional",
        "我係香港後生仔，想入英德個創業基地，入駐期有幾耐？",
        "入駐期爲3年，首年免收場租",
        YDF,
        ["入駐期爲3年"],
    ),
    (
        "c03",
        "traditional",
        "南靖縣台胞首次創業的一次性創業補貼是多少？",
        "一次性創業補貼2萬元（徵求意見稿1萬元）",
        NJB,
        ["一次性创业补贴2万元"],
    ),
    ("c04", "traditional", "英德港澳青年創業服務熱線電話是多少？", "0763-2281369", YDT, ["0763-2281369"]),
    (
        "c05",
        "traditional",
        "雲夢縣門診慢特病病種增加到多少種？",
        "自2026年4月1日起增至48種",
        YMA,
        ["增至48种"],
    ),
    # unanswerable: planned-only regions, a neighbouring measure
    ("u01", "unanswerable", "龙海区台胞首次创业补贴多少钱？", "应拒答：龙海只是计划年内出台", "-", []),
    ("u02", "unanswerable", "连州市 港澳青年 创新创业基地 场租", "应拒答：连州只是拟于明年建设基地", "-", []),
    (
        "u03",
        "unanswerable",
        "江州区引进外国高端人才，给用人单位奖励多少？",
        "应拒答：江州只是计划下半年出台",
        "-",
        [],
    ),
    ("u04", "unanswerable", "蒙城县 乡镇卫生院 中医馆 奖补 标准", "应拒答：蒙城只是计划年内启动", "-", []),
    ("u05", "unanswerable", "福泉市在岗乡村医生每月补助多少？", "应拒答：福泉只是计划明年起发放", "-", []),
    ("u06", "unanswerable", "襄城县 家庭医生 签约服务费 分配比例", "应拒答：襄城只是拟于下半年出台", "-", []),
    (
        "u07",
        "unanswerable",
        "犍为县长期护理保险机构护理每天最高报多少？",
        "应拒答：犍为只是拟于明年启动",
        "-",
        [],
    ),
    (
        "u08",
        "unanswerable",
        "大悟县 职工医保 普通门诊统筹 报销比例",
        "应拒答：大悟只是将于下半年实施",
        "-",
        [],
    ),
    (
        "u09",
        "unanswerable",
        "我是台胞，去年在南靖买了套120平方的首套商品房，县里能给多少购房补贴？",
        "应拒答：只有征求意见稿提出购房补贴每平方米200元，正式措施已删去",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "凭祥 越南籍边民 务工证 企业用工 补贴",
        "应拒答：办法明确持务工证入境务工的边民不适用",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "夹江县中度失能的老人，长护险每月能报多少？",
        "应拒答：细则只规定重度失能人员的待遇",
        "-",
        [],
    ),
]


# ---------- readers of the new kinds of file ----------
OOO = {
    "office": "http://openoffice.org/2000/office",
    "text": "http://openoffice.org/2000/text",
    "table": "http://openoffice.org/2000/table",
}


def ooo_inline(el: Any) -> str:
    """A text:p / text:h of OpenOffice.org 1.x: spans entered, text:s as that many spaces, text:tab-stop a
    tab, text:line-break a line break."""
    out = [el.text or ""]
    for child in el:
        name = etree.QName(child).localname
        if name == "s":
            out.append(" " * int(child.get(f"{{{OOO['text']}}}c", "1")))
        elif name == "tab-stop":
            out.append("\t")
        elif name == "line-break":
            out.append("\n")
        else:
            out.append(ooo_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def sxw_text(data: bytes) -> str:
    """An OpenOffice.org 1.x Writer document by zipfile and lxml: a line per text:h and text:p of
    content.xml's office:body in document order (table cells' paragraphs among them)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("content.xml"))
    body = root.find("office:body", OOO)
    assert body is not None
    return "\n".join(ooo_inline(p) for p in body.iter(f"{{{OOO['text']}}}p", f"{{{OOO['text']}}}h"))


TT = "{http://www.w3.org/ns/ttml}"


def ttml_cues(data: bytes) -> list[Any]:
    root = etree.fromstring(data)
    body = root.find(f"{TT}body")
    assert body is not None
    return list(body.iter(f"{TT}p"))


def ttml_text(data: bytes) -> str:
    """TTML subtitles by lxml: each body <p>'s text (spans entered, <br/> dropped: a break inside a Chinese
    line), the cues joined without a break."""
    return "".join("".join(p.itertext()) for p in ttml_cues(data))


ATOM = "{http://www.w3.org/2005/Atom}"


def atom_text(data: bytes) -> str:
    """An Atom 1.0 feed by lxml: the feed's title, then per entry its title, published date, summary and
    content (type html: its text as HTML, tags stripped and references resolved; xhtml: the div's text)."""
    root = etree.fromstring(data)
    lines = [root.findtext(f"{ATOM}title") or ""]
    for entry in root.iter(f"{ATOM}entry"):
        lines += [entry.findtext(f"{ATOM}{n}") or "" for n in ("title", "published", "summary")]
        content = entry.find(f"{ATOM}content")
        assert content is not None
        if content.get("type") == "xhtml":
            lines.append("".join(content.itertext()))
        else:
            lines.append(strip_html(content.text or ""))
    return "\n".join(lines)


KML = "{http://www.opengis.net/kml/2.2}"


def kml_text(data: bytes) -> str:
    """A KML layer by lxml: the document's name and description (HTML, tags stripped), then each folder's
    name and per Placemark its name, address, description and ExtendedData fields (名：值)."""
    root = etree.fromstring(data)
    doc = root.find(f"{KML}Document")
    assert doc is not None
    lines = [doc.findtext(f"{KML}name") or "", strip_html(doc.findtext(f"{KML}description") or "")]
    for folder in doc.iter(f"{KML}Folder"):
        lines.append(folder.findtext(f"{KML}name") or "")
        for mark in folder.iter(f"{KML}Placemark"):
            lines += [mark.findtext(f"{KML}{n}") or "" for n in ("name", "address")]
            lines.append(strip_html(mark.findtext(f"{KML}description") or ""))
            for field in mark.iter(f"{KML}Data"):
                lines.append(f"{field.get('name')}：{field.findtext(f'{KML}value') or ''}")
    return "\n".join(lines)


# each document's text as decoded from its bytes (see the module's docstring), its bytes and parts
DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".xlsx", xlsx_text),
        (".xltm", xlsx_text),
        (".sxw", sxw_text),
        (".ttml", ttml_text),
        (".atom", atom_text),
        (".kml", kml_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw

zpart = DOCUMENTS.part


ONLY = {
    NJS: ["台胞服务专窗（8号窗口）", "0596-7835116", "每月第一个星期三", "2026年3月31日前"],
    YDT: ["2026年6月15日前", "首批开放20个入驻名额", "0763-2281369", "创业导师一对一"],
    YMA: ["2026年2月28日", "增至48种", "国家医保服务平台APP", "0712-4322517"],
    WAK: ["7×24小时", "0854-2651087", "每周二、周五", "村卫生室102个"],
    PXT: ["6月1日至6月20日", "7月15日前", "0771-8527316", "中文或英文填写"],
    YDF: ["2026年8月1日", "共有12個項目", "入駐期爲3年", "0763-2285120"],
    JJX: [md.jj_total()],
}
# keys cut in the file's bytes (by spans, runs, cues or tags), found only in its decoded text
CUT = {
    NJS: ["2026年3月31日前"],
    YDT: ["2026年6月15日前", "首批开放20个入驻名额"],
    YMA: ["2026年2月28日", "增至48种"],
    WAK: ["7×24小时"],
    PXT: ["6月1日至6月20日"],
}
CLOCK = re.compile(r"\d{2}:\d{2}:\d{2}\.\d{3}")
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00")


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    texts = DOCUMENTS.texts()
    assert 30 <= len(texts) <= 34, len(texts)
    # the answers that stand only in one new kind of file (or the table's 合计, the 繁體 page), and the keys
    # cut in the bytes
    DOCUMENTS.check_placed(texts, ONLY, CUT)
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(NJB)), doc_text(doc_path(NJQ))
    assert "一次性创业补贴2万元" in final and "一次性创业补贴1万元" in draft
    assert "每年最高3万元" in final and "每年最高2万元" in draft
    assert "购房补贴" in draft and "购房补贴" not in final
    assert "2026年2月1日起施行" in final and "2025年12月1日起施行" in draft
    # the .sxw: mimetype first and stored, the 2000 namespaces and DOCTYPEs, text:level, a table, text:s
    with zipfile.ZipFile(io.BytesIO(raw(NJS))) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == md.SXW_MIME.encode() and all(
            i.date_time == md.STAMP for i in z.infolist()
        )
        sxw_parts = {n: z.read(n) for n in z.namelist()}
    assert not any(b"urn:oasis:names:tc:opendocument" in b for b in sxw_parts.values())
    content = sxw_parts["content.xml"].decode("utf-8")
    assert '<!DOCTYPE office:document-content PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN"' in (
        content
    )
    assert 'office:class="text"' in content and "<office:text>" not in content
    assert 'text:level="2"' in content and "<table:table " in content and '<text:s text:c="2"/>' in content
    assert (
        b"Manifest.dtd" in sxw_parts["META-INF/manifest.xml"]
        and b"OpenOffice.org 1.1" in sxw_parts["meta.xml"]
    )
    # the .ttml: the tt namespace, a <p> per cue with clock times and an agent, <br/> and a styled <span>
    ttml = raw(YDT)
    assert etree.fromstring(ttml).tag == f"{TT}tt" and b'ttp:timeBase="media"' in ttml
    cues = ttml_cues(ttml)
    assert len(cues) == len(md.YD_CUES)
    assert all(CLOCK.fullmatch(p.get("begin")) and CLOCK.fullmatch(p.get("end")) for p in cues)
    assert b"<br/>" in ttml and b'<span style="hl">' in ttml and b"<ttm:agent " in ttml
    # the .atom: Atom 1.0, three entries with RFC 3339 dates, escaped html, CDATA and an xhtml div
    atom = raw(YMA)
    assert etree.fromstring(atom).tag == f"{ATOM}feed" and atom.count(b"<entry>") == 3
    assert len(RFC3339.findall(atom.decode("utf-8"))) == 7
    assert b'<content type="html">&lt;p&gt;' in atom and b'<content type="html"><![CDATA[' in atom
    assert b'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' in atom
    # the .kml: KML 2.2, a Placemark per clinic with a Point in 瓮安, CDATA descriptions and ExtendedData
    kml = etree.fromstring(raw(WAK))
    assert kml.tag == f"{KML}kml"
    marks = list(kml.iter(f"{KML}Placemark"))
    assert len(marks) == len(md.WA_CLINICS) and b"<![CDATA[" in raw(WAK)
    for mark in marks:
        lon, lat, _ = (float(v) for v in (mark.findtext(f"{KML}Point/{KML}coordinates") or "").split(","))
        assert 107.2 < lon < 107.8 and 26.8 < lat < 27.4 and mark.find(f"{KML}ExtendedData") is not None
    # the .xltm: the macro-enabled template type, a VBA project (OLE2) and its relationship, shared strings
    # with rich-text runs, fixed times, openpyxl reads it
    types = zpart(PXT, "[Content_Types].xml")
    assert md.XLTM_MAIN in types and md.XLSX_MAIN not in types and b"vnd.ms-office.vbaProject" in types
    assert zpart(PXT, "xl/vbaProject.bin").startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    assert b"relationships/vbaProject" in zpart(PXT, "xl/_rels/workbook.xml.rels")
    assert b'codeName="ThisWorkbook"' in zpart(PXT, "xl/workbook.xml")
    assert b"<r><rPr><b" in zpart(PXT, "xl/sharedStrings.xml")
    with zipfile.ZipFile(io.BytesIO(raw(PXT))) as z:
        assert all(i.date_time == md.STAMP for i in z.infolist())
        assert not any(b"openpyxl" in z.read(n) for n in z.namelist())
        assert not any(b't="inlineStr"' in z.read(n) for n in z.namelist())
    assert openpyxl.load_workbook(io.BytesIO(raw(PXT))).sheetnames == ["登记表", "填表说明"]
    # the GBK page
    assert not_utf8(raw(JJB)) and b'charset="gbk"' in raw(JJB)
    # the .xlsx: 合计 a value, no formula
    assert "<f>" not in zpart(JJX, "xl/worksheets/sheet1.xml").decode("utf-8")
    # the 繁體 page
    trad = texts[doc_path(YDF)]
    assert 'lang="zh-TW"' in raw(YDF).decode("utf-8") and _T2S.convert(trad) != trad and "創業基地" in trad


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
