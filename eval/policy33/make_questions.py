"""Writes eval/policy33/questions.jsonl: questions over eval/policy33/docs (供销合作与邮政寄递、广播电视与网
络视听、无障碍环境建设与低空经济 of eight regions), written before citeqa was run on them, as chat users
relay their own situation, as agents send keyword queries and as analysts ask which regions. The chat users'
questions carry the asker's situation first, in their own words (高河镇 6个员工 and 三轮车 花了2万3, 利民镇
800亩辣椒 and 总投资120万, 龙固镇 卖了1.5万 and 补光灯 花了3800, 溢水镇 电视 2300 and 离镇18公里, 乌石镇 5口
人, 马官镇 养老金一千出头, 蔡家坡 45辆 and 车价12万, 惠七镇 5000亩 and 每台6万8) and figures that are not the
answer (2万3 where the answer is 19200元, 120万 where it is 43万元, 3800 where it is 4500元, 2300 where it is
205元, 420元 where it is 300元, 7500元 where it is 1500元, 12万 where it is 10.5万元, 6万8 where it is
16000元), with typos and homophones (运费补帖, 冷连补助, 户户同). Several are answered only by a 12345 / 县长
信箱 / 领导留言板 reply (19200元, 43万元, 4500元, 205元, 300元, 1500元, 10.5万元, 16000元), some only by a
new kind of file (the .tar.bz2's 2026年4月1日至4月15日, 电子商务股（305室） and 快递业务经营许可证; the
.mbox's 2026年2月20日前, 0370-4213688 and 2026年10月31日前建成投用; the .odg's 2026年3月1日至12月31日, 免费
更换高清机顶盒1台 and 96335; the .vtt's 2026年6月30日前 and 入户评估后30日内完成施工; the .xltx's
2026年4月30日前 and 北斗定位作业监测终端), the .xlsx's 合计 or the 繁體 page (0917-8236110, 提前2小時,
2026年5月18日). The agents' queries are terse (「怀宁 新建 村级寄递物流综合服务站 补贴 每个」). Regions are
named by the county's name, full or short (怀宁, 虞城, 沛县, 竹山, 陆川, 普定, 岐山, 望奎), the analysts'
questions by city (安庆, 商丘, 徐州, 十堰, 玉林, 安顺, 宝鸡, 绥化). Five questions are in traditional script,
two of them in Cantonese (我阿爸喺陸川係低保戶… and 岐山啲無障礙的士點樣預約㗎…). The keys are what any
correct answer must contain, written as the documents write them (the 繁體 page's keys in traditional script).

Each measure is stated by one region's documents and a roundup that also names a second region having done
it; the roundups name regions that have only planned a measure (宿松, 宁陵, 贾汪, 郧西, 玉州, 西秀, 眉县, 明
水: in no expected list) and regions named in passing (岳西, 民权, 泉山, 丹江口, 福绵, 镇宁, 凤翔, 北林). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (怀宁's 服务站 聘
用脱贫人口 补贴, which only the 征求意见稿 had; 岐山's 无障碍公交车, where the 办法 covers only 出租车; 望
奎's 航拍 无人机, where the 方案 covers only 植保无人机).

``python -m eval.policy33.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html by a byte-order mark, else the charset its <meta> names (eval.policy30's reader);
- .tar.bz2 by tarfile: each regular member in order, its name on a line, then its text (.docx eval.policy30's
  reader, else UTF-8, else GB18030);
- .mbox by the stdlib: the file cut at each ``From `` line, each message by email (policy default): its
  Subject, From and Date decoded, then every text/plain part's decoded content and every attachment's name
  (RFC 2231) and, for a .docx, its text;
- .odg by zipfile and lxml: a line per text:p of content.xml's office:body in document order (eval.policy30's
  inline reading: spans entered);
- .vtt by the stdlib: the header, NOTE, STYLE and REGION blocks dropped, in each cue the identifier and the
  timing line dropped and the tags (<v …>, </v>) stripped, the cues' text joined without a break;
- .docx by zipfile, .xlsx and .xltx by openpyxl (eval.policy30's readers).

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional questions are traditional, and the files' peculiarities: the 征求意见稿 differing from its final
text; the .tar.bz2 (bzip2, GNU tar, a directory and two members at the fixed mtime with no owner, a GBK CRLF
.txt and a .docx); the .mbox (ASCII only, two From lines, a base64 GBK message and a multipart one whose
attachment is named by RFC 2231, no key in the bytes); the .odg (mimetype first and stored, the graphics
media type, draw:frame and draw:custom-shape on a draw:page, 每户每月25元 cut by a span so not in the bytes);
the .vtt (the WEBVTT signature, a NOTE and a STYLE block, voice spans, the keys cut between cues so not in
the bytes); the .xltx (the template content type, no worksheet formula); the 繁體 page (traditional,
zh-TW)."""

from __future__ import annotations

import bz2
import email
import email.policy
import io
import re
import tarfile
import zipfile
from pathlib import Path

import opencc
from lxml import etree

from eval import policy_make as make
from eval.policy30.make_questions import ODF, docx_text, html_text, odf_inline, txt_decode, xlsx_text
from eval.policy33 import make_docs as md
from eval.policy_make import Documents, both, doc_path, in_bytes, not_utf8

HNB = f"安徽/怀宁县/{md.HN_TITLE}.html"
HNQ = f"安徽/怀宁县/{md.HN_DRAFT_TITLE}.html (征求意见稿: 1万元, 每站每年2400元, 每件0.25元, 脱贫人口 200元)"
HNT = f"安徽/怀宁县/{md.HN_TAR} (tar.bz2: a GBK .txt and a .docx)"
HNR = "安徽/怀宁县/12345 快递网点一季度往村级服务站派了9.6万件，运费补贴能拿多少？.html"
YCD = f"河南/虞城县/{md.YC_DOCX}"
YCM = f"河南/虞城县/{md.YC_MBOX} (mbox: a base64 GBK message, a message with a .docx attachment)"
YCR = "河南/虞城县/县长信箱 合作社新建2200立方米冷库，又买了1辆冷藏车，冷链补助一共多少？.html"
PXB = f"江苏/沛县/{md.PX_TITLE}.html (GBK)"
PXX = f"江苏/沛县/{md.PX_XLSX}"
PXR = "江苏/沛县/12345 我和老婆都参加了直播电商培训，我还开了店卖了1.5万，补贴一共多少？.html"
ZSB = f"湖北/竹山县/{md.ZS_TITLE}.html"
ZSN = f"湖北/竹山县/{md.ZS_NOTICE_TITLE}.html"
ZSR = "湖北/竹山县/领导留言板 户户通机顶盒和高频头都坏了，上门修要花多少钱？.html"
LCB = f"广西/陆川县/{md.LC_TITLE}.html"
LCO = f"广西/陆川县/{md.LC_ODG} (OpenDocument drawing)"
LCR = "广西/陆川县/12345 家里是低保户有两台电视，今年有线电视费交了420元，能退多少？.html"
PDB = f"贵州/普定县/{md.PD_TITLE}.html"
PDG = f"贵州/普定县/{md.PD_GUIDE_TITLE}.html"
PDV = f"贵州/普定县/{md.PD_VTT} (WebVTT subtitles, figures cut between cues)"
PDR = "贵州/普定县/县长信箱 父亲二级残疾是低保户，母亲半失能，家里改造报价7500元，要自己出多少？.html"
QSB = f"陕西/岐山县/{md.QS_TITLE}.html"
QST = "陕西/岐山县/岐山縣無障礙出租車電話預約服務公告（繁體版）.html (traditional script)"
QSR = "陕西/岐山县/12345 出租车公司新买2辆无障碍车、改装3辆，购置补贴一共多少？.html"
WKB = f"黑龙江/望奎县/{md.WK_TITLE}.html"
WKX = f"黑龙江/望奎县/{md.WK_XLTX} (Excel template with values)"
WKG = f"黑龙江/望奎县/{md.WK_GUIDE_TITLE}.html"
WKR = "黑龙江/望奎县/12345 合作社买了3台40公斤的植保无人机，县里累加补贴能拿多少？.html"
N1, N2, N3, N4, N5 = (f"新闻/{t}.html" for t, _ in md.NEWS)

_T2S = opencc.OpenCC("t2s")
PLANNED = ["宿松", "宁陵", "贾汪", "郧西", "玉州", "西秀", "眉县", "明水"]
PASSING = ["岳西", "民权", "泉山", "丹江口", "福绵", "镇宁", "凤翔", "北林"]
NEIGHBOURS = ("u09", "u10", "u11")


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "安庆哪些县已经给新建的村级寄递物流综合服务站发建设补贴了？",
        ["怀宁县", "望江县"],
        both(HNB, N1),
        [],
    ),
    ("r02", "regions", "安庆 快递进村 运费补贴 已实行 县", ["怀宁县", "太湖县"], both(HNB, N1), []),
    (
        "r03",
        "regions",
        "商丘哪些县的供销社已经在做化肥淡季储备保春耕？",
        ["虞城县", "柘城县"],
        both(YCD, N2),
        [],
    ),
    ("r04", "regions", "商丘 产地冷藏保鲜库 建设补助 已发放 县", ["虞城县", "睢县"], both(YCD, N2), []),
    (
        "r05",
        "regions",
        "徐州哪些县区已经对直播电商培训发补贴了？计划的不算",
        ["沛县", "铜山区"],
        both(PXB, N2),
        [],
    ),
    ("r06", "regions", "十堰 户户通 上门维修 已推行 县", ["竹山县", "竹溪县"], both(ZSB, N3), []),
    (
        "r07",
        "regions",
        "十堰哪些县的应急广播已经覆盖到行政村了？",
        ["竹山县", "房县"],
        both(ZSB, N3),
        [],
    ),
    (
        "r08",
        "regions",
        "玉林哪些县已经给低保户减免有线电视收视费了？",
        ["陆川县", "博白县"],
        both(LCB, N3),
        [],
    ),
    (
        "r09",
        "regions",
        "安顺 困难残疾人家庭 无障碍改造 已开展 县区",
        ["普定县", "平坝区"],
        both(PDB, N4),
        [],
    ),
    (
        "r10",
        "regions",
        "宝鸡哪些县已经有无障碍出租车在跑了？只要已经投放的",
        ["岐山县", "扶风县"],
        both(QSB, N4),
        [],
    ),
    (
        "r11",
        "regions",
        "绥化 植保无人机 县级累加补贴 已实行 县",
        ["望奎县", "青冈县"],
        both(WKB, N5),
        [],
    ),
    (
        "r12",
        "regions",
        "绥化哪些县建了低空飞行服务站，能给无人机报备飞行？",
        ["望奎县", "兰西县"],
        both(WKB, N5),
        [],
    ),
    # 怀宁县
    (
        "n01",
        "number",
        "我在怀宁高河镇开快递网点，6个员工，今年花2万3买了两辆三轮车，一季度往村级服务站派了9.6万件，运费补帖能拿多少？",
        "96000件×每件0.2元=19200元（每家企业每年最高25万元）",
        both(HNR, HNB),
        ["19200元"],
    ),
    (
        "n02",
        "number",
        "怀宁 新建 村级寄递物流综合服务站 补贴 每个",
        "验收合格的每个一次性补贴1.5万元（改建的每个8000元）",
        HNB,
        ["每个一次性补贴1.5万元"],
    ),
    (
        "n03",
        "number",
        "我在怀宁村里开了个寄递物流服务站，每天收发快递四五十件，一年的运营补贴有多少？",
        "日均收投不少于30件的，每站每年3600元",
        HNB,
        ["每站每年3600元"],
    ),
    # 虞城县
    (
        "n04",
        "number",
        "我是虞城利民镇的辣椒合作社，种了800亩，总投资120万左右，新建了2200立方米的冷库，又买了1辆冷藏车，冷连补助一共多少？",
        "冷库2200×200元=44万元，超过上限按40万元；冷藏车3万元；合计43万元",
        both(YCR, YCD),
        ["43万元"],
    ),
    (
        "n05",
        "number",
        "虞城 供销社 化肥 淡季储备 贴息 每吨",
        "按实际储备量每吨贴息20元，每家企业最高30万元",
        YCD,
        ["每吨贴息20元"],
    ),
    # 沛县
    (
        "n06",
        "number",
        "我家在沛县龙固镇，我上了直播电商中级班，老婆上了初级班她是脱贫户，我开抖音店卖了1.5万，补光灯花了3800，补贴一共多少？",
        "中级2000元＋创业奖励1000元＋初级1200元＋脱贫人口300元=4500元",
        both(PXR, PXB),
        ["4500元"],
    ),
    (
        "n07",
        "number",
        "沛县2026年第一期直播电商培训补贴花名册合计发了多少钱？",
        f"合计{md.px_total()}元（{len(md.PX_ROWS)}人）",
        PXX,
        [md.px_total()],
    ),
    # 竹山县
    (
        "n08",
        "number",
        "竹山溢水镇，家住山上离镇18公里，电视是花2300买的，户户同机顶盒和高频头都坏了，不是低保户，上门修要多少钱？",
        "接收机160元＋高频头45元=205元，免收人工费",
        both(ZSR, ZSN),
        ["205元"],
    ),
    (
        "n09",
        "number",
        "竹山 应急广播 村管理员 补贴",
        "每村每年1200元",
        ZSB,
        ["每村每年1200元"],
    ),
    # 陆川县
    (
        "n10",
        "number",
        "陆川乌石镇的，家里5口人是低保户，两台电视都装了有线，年初交了全年420元，3月办了减免，能退多少？",
        "第二个终端全年10×12=120元，应退还300元",
        both(LCR, LCB),
        ["300元"],
    ),
    (
        "n11",
        "number",
        "陆川 重度残疾人家庭 有线电视 收视维护费 每月",
        "减半收取，每户每月12.5元",
        LCB,
        ["每户每月12.5元"],
    ),
    # 普定县
    (
        "n12",
        "number",
        "普定马官镇，我爸二级残疾家里是低保户，我妈72岁半失能，两个老人养老金一千出头，改造报价7500元，要自己出多少？",
        "按就高原则补贴6000元，超出的1500元由家庭自愿承担",
        both(PDR, PDB),
        ["1500元"],
    ),
    (
        "n13",
        "number",
        "普定 困难老年人家庭 无障碍改造 每户最高",
        "每户最高4000元",
        PDB,
        ["每户最高4000元"],
    ),
    # 岐山县
    (
        "n14",
        "number",
        "岐山蔡家坡的出租车公司，45辆车，今年新买2辆无障碍车每辆12万，又改装了3辆，购置补贴一共多少？",
        "新购2×3万元＋改装3×1.5万元=10.5万元",
        both(QSR, QSB),
        ["10.5万元"],
    ),
    # 望奎县
    (
        "n15",
        "number",
        "望奎惠七镇的合作社，承包5000亩，买了3台40公斤的植保无人机每台6万8，县里累加补贴能拿多少？",
        "每台8000元，每个主体最多2台：2×8000=16000元",
        both(WKR, WKB),
        ["16000元"],
    ),
    (
        "n16",
        "number",
        "望奎 植保无人机 统防统治 作业补助 每亩",
        "每亩补助作业费3元",
        WKB,
        ["每亩补助作业费3元"],
    ),
    (
        "n17",
        "number",
        "望奎县载药量25公斤的植保无人机，县级累加补贴一台多少？",
        "20公斤及以上不足30公斤的每台5000元",
        WKB,
        ["每台5000元"],
    ),
    # dates
    (
        "t01",
        "date",
        "怀宁 快递进村 一季度 运费补贴 申报时间",
        "2026年4月1日至4月15日",
        HNT,
        ["2026年4月1日至4月15日"],
    ),
    (
        "t02",
        "date",
        "怀宁的寄递物流服务站补贴办法是从哪天开始施行的？",
        "2026年3月1日",
        HNB,
        ["2026年3月1日"],
    ),
    (
        "t03",
        "date",
        "虞城基层社春耕化肥储备要在什么时候前入库？",
        "2026年2月20日前",
        YCM,
        ["2026年2月20日前"],
    ),
    (
        "t04",
        "date",
        "虞城 冷藏保鲜库 补助 建成投用 期限",
        "须于2026年10月31日前建成投用，逾期未建成的不予补助",
        YCM,
        ["2026年10月31日前建成投用"],
    ),
    (
        "t05",
        "date",
        "普定家庭无障碍改造今年的申请截止到什么时候？",
        "2026年6月30日前交到乡镇",
        PDV,
        ["2026年6月30日前"],
    ),
    (
        "t06",
        "date",
        "陆川 有线电视 减免 免费换高清机顶盒 办理时间",
        "2026年3月1日至12月31日办理减免的家庭",
        LCO,
        ["2026年3月1日至12月31日"],
    ),
    (
        "t07",
        "date",
        "岐山第一批无障碍出租车哪天开始运营的？",
        "2026年5月18日（全国助残日）",
        QST,
        ["2026年5月18日"],
    ),
    (
        "t08",
        "date",
        "望奎 植保无人机 累加补贴 汇总表 报送截止",
        "2026年4月30日前报送县农机化技术推广中心（农机大厦2楼）",
        WKX,
        ["2026年4月30日前"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "怀宁快递进村的运费补贴申报表交到哪里？多久能拨下来？",
        "县商务局三楼电子商务股（305室）；审核通过的20个工作日内拨付",
        HNT,
        ["电子商务股（305室）", "20个工作日内拨付"],
    ),
    (
        "p02",
        "procedure",
        "普定 无障碍改造 申请后 多久 完成施工",
        "县残联会同民政局入户评估，入户评估后30日内完成施工",
        PDV,
        ["入户评估后30日内完成施工"],
    ),
    (
        "p03",
        "procedure",
        "沛县 直播电商 培训补贴 申报 审核 时限",
        "培训机构结业后30日内申报，人社局15个工作日内审核，拨付到本人社会保障卡",
        PXB,
        ["结业后30日内", "15个工作日内审核"],
    ),
    (
        "p04",
        "procedure",
        "竹山户户通坏了打电话报修，多久能上门？",
        "48小时内上门；距集镇15公里以上的偏远村组72小时内；报修电话0719-4223650",
        both(ZSB, ZSN),
        ["48小时内", "72小时内"],
    ),
    (
        "p05",
        "procedure",
        "陆川 低保户 有线电视 减免 怎么办理 什么时候生效",
        "持低保证等到营业厅办理，自办理的次月起生效",
        LCB,
        ["次月起生效"],
    ),
    (
        "p06",
        "procedure",
        "在望奎飞植保无人机要提前多久报备？",
        "飞行前1个工作日12时前报备；作业季可一次报备7日内的作业计划",
        WKG,
        ["飞行前1个工作日12时前报备"],
    ),
    (
        "p07",
        "procedure",
        "岐山 无障碍出租车 预约电话 提前多久",
        "0917-8236110，需提前2小时电话预约",
        QST,
        ["0917-8236110", "提前2小時"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "怀宁村里的服务站给村民送件多收一块钱二次派送费，可以吗？",
        "不可以：不得收取二次派送费，查实的取消当年补贴",
        HNB,
        ["不得向村民收取二次派送费"],
    ),
    (
        "y02",
        "yesno",
        "虞城 冷库 已享受 其他财政资金补助 能否 再申报",
        "不能：同一项目已享受其他财政资金补助的，不得重复申报",
        YCD,
        ["不得重复申报"],
    ),
    (
        "y03",
        "yesno",
        "我去年在沛县上过直播电商初级班领了补贴，今年再上一次初级班还能领吗？",
        "不能：同一等级不得重复享受",
        PXB,
        ["同一等级不得重复享受"],
    ),
    (
        "y04",
        "yesno",
        "竹山 低保户 户户通 换配件 要钱吗",
        "不要钱：脱贫户、低保户免费更换，每户每年限1次",
        ZSB,
        ["免费更换，每户每年限1次"],
    ),
    (
        "y05",
        "yesno",
        "陆川低保户家里第二台电视的有线电视费也能免吗？",
        "不能：第二个终端按每个每月10元收取，不享受减免",
        LCB,
        ["不享受减免"],
    ),
    (
        "y06",
        "yesno",
        "普定 2022年 已做过 无障碍改造 能否 再申请",
        "不能：2021年以来已享受过的不再重复改造",
        PDB,
        ["不再重复改造"],
    ),
    (
        "y07",
        "yesno",
        "望奎打药的无人机没装北斗终端，县里累加补贴还给吗？",
        "不给：所购机具须安装北斗定位作业监测终端，未安装的不予补贴",
        WKX,
        ["北斗定位作业监测终端"],
    ),
    (
        "y08",
        "yesno",
        "望奎 无人机 真高120米以下 需要 申请空域 吗",
        "不需要：适飞空域无需申请空域，报备后即可飞行",
        WKG,
        ["无需申请空域"],
    ),
    # lists
    (
        "l01",
        "list",
        "普定申请家庭无障碍改造要带哪些材料？",
        "申请表；户口簿和身份证；残疾人证或失能、半失能评估证明；低保证、特困供养证或脱贫户证明",
        PDG,
        ["户口簿和身份证", "残疾人证或失能、半失能评估证明"],
    ),
    (
        "l02",
        "list",
        "望奎 无人机 飞行报备 材料",
        "无人机实名登记信息；操作人员身份证和操控培训合格证明；飞行区域、时段和高度",
        WKG,
        ["无人机实名登记信息", "操控培训合格证明"],
    ),
    (
        "l03",
        "list",
        "怀宁快递公司申报运费补贴要准备哪些材料？",
        "申报表、营业执照、快递业务经营许可证、派送到村级服务站的系统导出数据",
        HNT,
        ["快递业务经营许可证", "系统导出数据"],
    ),
    # eligibility
    (
        "e01",
        "eligibility",
        "陆川哪些家庭可以减免有线电视收视费？",
        "城乡低保户、特困供养人员和持证重度残疾人家庭",
        LCB,
        ["低保户、特困供养人员和持证重度残疾人家庭"],
    ),
    (
        "e02",
        "eligibility",
        "普定 老年人家庭 无障碍改造 条件",
        "60周岁以上失能、半失能的特困、低保老年人家庭",
        PDB,
        ["60周岁以上失能、半失能"],
    ),
    (
        "e03",
        "eligibility",
        "岐山的无障碍出租车要跑够多少才有运营补贴？",
        "全年运营满10个月、接送乘坐轮椅乘客不少于60单，每辆每年6000元",
        QSB,
        ["全年运营满10个月", "不少于60单"],
    ),
    # fields
    ("f01", "field", "虞城 供销社 农资保供热线", "0370-4213688", YCM, ["0370-4213688"]),
    ("f02", "field", "陆川有线电视的客服电话是多少？", "96335（每日8:00-20:00）", LCO, ["96335"]),
    # paraphrases
    (
        "a01",
        "paraphrase",
        "在岐山坐轮椅的残疾人打那种能推轮椅上去的出租车，车钱能便宜吗？",
        "凭残疾人证乘坐，车费按八折收取",
        QSB,
        ["车费按八折收取"],
    ),
    (
        "a02",
        "paraphrase",
        "沛县学完带货开网店，卖够一万块钱有没有奖励？",
        "结业后3个月内在本县开设直播店铺且销售额达到1万元的，一次性创业奖励1000元",
        PXB,
        ["一次性创业奖励1000元"],
    ),
    (
        "a03",
        "paraphrase",
        "虞城供销社那边买拉冷冻货的车，一辆给补多少？",
        "冷藏车每辆补助3万元，每个主体最多补助2辆",
        YCD,
        ["每辆补助3万元"],
    ),
    # traditional script: two in Cantonese
    (
        "c01",
        "traditional",
        "懷寧縣快遞企業把快件派送到村級服務站，運費補貼每件多少？",
        "每件0.2元，每家企業每年最高25萬元",
        HNB,
        ["每件0.2元"],
    ),
    (
        "c02",
        "traditional",
        "我阿爸喺陸川係低保戶，屋企有線電視嘅收視費使唔使俾錢㗎？",
        "唔使：低保戶基本收視維護費全額減免",
        LCB,
        ["全额减免"],
    ),
    (
        "c03",
        "traditional",
        "岐山啲無障礙的士點樣預約㗎？要早幾耐打電話？",
        "打0917-8236110，要提前2小時預約",
        QST,
        ["0917-8236110", "提前2小時"],
    ),
    (
        "c04",
        "traditional",
        "沛縣直播電商中級班培訓補貼每人多少？",
        "中級班不少於80課時，每人補貼2000元",
        PXB,
        ["每人补贴2000元"],
    ),
    (
        "c05",
        "traditional",
        "竹山縣每個行政村的應急廣播終端要建幾個？",
        "不少於3個，終端完好率不低於95%",
        ZSB,
        ["不少于3个"],
    ),
    # unanswerable: planned-only regions, a neighbouring measure
    (
        "u01",
        "unanswerable",
        "宿松县新建村级寄递物流服务站补贴多少？",
        "应拒答：宿松只是计划下半年出台",
        "-",
        [],
    ),
    ("u02", "unanswerable", "宁陵县 供销社 化肥储备 贴息 每吨", "应拒答：宁陵只是拟于明年建立", "-", []),
    ("u03", "unanswerable", "贾汪区直播电商培训每人补贴多少？", "应拒答：贾汪只是计划年内纳入", "-", []),
    ("u04", "unanswerable", "郧西县 户户通 上门维修 人工费", "应拒答：郧西只是将于明年推行", "-", []),
    (
        "u05",
        "unanswerable",
        "玉州区低保户有线电视收视费能减免多少？",
        "应拒答：玉州区只是拟于明年出台",
        "-",
        [],
    ),
    ("u06", "unanswerable", "西秀区 适老化 改造 补贴 每户", "应拒答：西秀区只是计划明年纳入", "-", []),
    ("u07", "unanswerable", "眉县买无障碍出租车每辆补贴多少？", "应拒答：眉县只是拟于明年推广", "-", []),
    ("u08", "unanswerable", "明水县 植保无人机 累加补贴 每台", "应拒答：明水只是计划明年补贴", "-", []),
    (
        "u09",
        "unanswerable",
        "我在怀宁的村级寄递服务站聘了一个脱贫户帮忙，每月能另外补多少？",
        "应拒答：只有征求意见稿提出聘用脱贫人口每人每月另补贴200元，正式办法已删去",
        "-",
        [],
    ),
    ("u10", "unanswerable", "岐山 无障碍 公交车 购置 补贴", "应拒答：办法只规定无障碍出租车", "-", []),
    (
        "u11",
        "unanswerable",
        "望奎县买航拍无人机有购置补贴吗？每台多少？",
        "应拒答：方案只规定植保无人机的补贴",
        "-",
        [],
    ),
]


def tarbz2_text(data: bytes) -> str:
    """A .tar.bz2 by tarfile: each regular member in order, its name on a line and its text after it (.docx by
    eval.policy30's reader, else UTF-8, else GB18030)."""
    out = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:bz2") as tar:
        for member in tar.getmembers():
            if member.isfile():
                f = tar.extractfile(member)
                assert f is not None
                body = f.read()
                out += [member.name, docx_text(body) if member.name.endswith(".docx") else txt_decode(body)]
    return "\n".join(out)


def mbox_messages(data: bytes) -> list[email.message.EmailMessage]:
    """The messages of an mbox: the file cut at each ``From `` line starting a line."""
    parts = re.split(rb"^From \S+ .*\n", data, flags=re.M)
    assert not parts[0].strip()
    out = []
    for raw_msg in parts[1:]:
        msg = email.message_from_bytes(raw_msg, policy=email.policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        out.append(msg)
    return out


def mbox_text(data: bytes) -> str:
    """Each message's Subject, From and Date (decoded), then its text/plain parts' content and each
    attachment's name (and a .docx's text)."""
    out = []
    for msg in mbox_messages(data):
        out += [f"主题：{msg['Subject']}", f"发件人：{msg['From']}", f"日期：{msg['Date']}"]
        for part in msg.walk():
            if part.is_multipart():
                continue
            name = part.get_filename()
            if name:
                out.append(f"附件：{name}")
                body = part.get_payload(decode=True)
                if name.endswith(".docx") and isinstance(body, bytes):
                    out.append(docx_text(body))
            elif part.get_content_type() == "text/plain":
                out.append(part.get_content())
    return "\n".join(out)


def odg_text(data: bytes) -> str:
    """An OpenDocument drawing: a line per text:p of content.xml's office:body, spans entered."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("content.xml"))
    body = root.find("office:body", ODF)
    assert body is not None
    return "\n".join(odf_inline(p) for p in body.iter(f"{{{ODF['text']}}}p"))


def vtt_text(data: bytes) -> str:
    """A WebVTT file: the header and NOTE / STYLE / REGION blocks dropped; each cue's identifier and timing
    line dropped, its tags stripped; the cues' text joined without a break."""
    blocks = re.split(r"\n[ \t]*\n", data.decode("utf-8").replace("\r\n", "\n").strip())
    assert blocks[0].startswith("WEBVTT")
    out = []
    for block in blocks[1:]:
        lines = block.split("\n")
        if lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        at = next(i for i, line in enumerate(lines) if "-->" in line)
        out.append(re.sub(r"<[^>]*>", "", "".join(lines[at + 1 :])))
    return "".join(out)


# each document's text as decoded from its bytes (see the module's docstring), its bytes and parts
DOCUMENTS = Documents(
    md.DOCS,
    (
        (".html", html_text),
        (".docx", docx_text),
        (".xlsx", xlsx_text),
        (".xltx", xlsx_text),
        (".tar.bz2", tarbz2_text),
        (".mbox", mbox_text),
        (".odg", odg_text),
        (".vtt", vtt_text),
    ),
)
doc_text = DOCUMENTS.text
raw = DOCUMENTS.raw


ONLY = {
    HNT: ["2026年4月1日至4月15日", "电子商务股（305室）", "0556-4612837", "须加盖企业公章"],
    YCM: ["2026年2月20日前", "0370-4213688", "综合楼402室", "2026年10月31日前建成投用"],
    LCO: ["免费更换高清机顶盒1台", "2026年3月1日至12月31日", "温泉路营业厅", "96335"],
    PDV: ["2026年6月30日前", "入户评估后30日内完成施工", "县残联一楼康复部", "自付部分"],
    WKX: ["2026年4月30日前", "农机大厦2楼", "0455-6722315", "北斗定位作业监测终端"],
    QST: ["0917-8236110", "提前2小時", "2026年5月18日"],
    PXX: [md.px_total()],
}


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    files = [p for p in md.DOCS.rglob("*") if p.is_file()]
    texts = {str(p.relative_to(md.DOCS)): doc_text(str(p.relative_to(md.DOCS))) for p in files}
    assert 30 <= len(files) <= 34, len(files)
    # the answers that stand only in one new kind of file (or the 花名册's 合计, the 繁體 page)
    for doc, keys in ONLY.items():
        for key in keys:
            assert [r for r, t in texts.items() if key in t] == [doc_path(doc)], key
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(HNB)), doc_text(doc_path(HNQ))
    assert "每个一次性补贴1.5万元" in final and "每个一次性补贴1万元" in draft
    assert "每站每年3600元" in final and "每站每年2400元" in draft and "每件0.25元" in draft
    assert "每件0.2元" in final and "0.25元" not in final and "最高25万元" in final and "最高20万元" in draft
    assert "脱贫人口" in draft and "脱贫人口" not in final
    assert "2026年3月1日起施行" in final and "2026年1月1日起施行" in draft
    # the GBK page
    assert not_utf8(raw(PXB)) and b'charset="gbk"' in raw(PXB)
    # the .tar.bz2: bzip2, a GNU tar of a directory and two members, fixed mtime, no owner
    tb = raw(HNT)
    assert tb.startswith(b"BZh9")
    with tarfile.open(fileobj=io.BytesIO(tb), mode="r:bz2") as tar:
        members = tar.getmembers()
        assert [m.isdir() for m in members] == [True, False, False]
        assert all(m.mtime == md.MTIME and m.uid == 0 and not m.uname for m in members)
        txt = tar.extractfile(members[1])
        form = tar.extractfile(members[2])
        assert txt is not None and form is not None
        body = txt.read()
        assert not_utf8(body) and b"\r\n" in body and form.read().startswith(b"PK")
    assert b"ustar  \x00" in bz2.decompress(tb)[:512]  # the GNU magic
    # the .mbox: ASCII, two messages, a base64 GBK one, a multipart one with an RFC 2231 attachment
    mbox = raw(YCM)
    assert mbox.isascii() and mbox.startswith(b"From ") and len(re.findall(rb"^From \S+ ", mbox, re.M)) == 2
    first, second = mbox_messages(mbox)
    assert first.get_content_charset() == "gbk" and first["Content-Transfer-Encoding"] == "base64"
    assert second.is_multipart() and b"filename*=UTF-8''" in mbox
    assert not any(in_bytes(k, mbox) for k in ONLY[YCM])
    # the .odg: mimetype first and stored, a draw:page of frames and custom shapes, a figure cut by a span
    odg = raw(LCO)
    with zipfile.ZipFile(io.BytesIO(odg)) as z:
        first_entry = z.infolist()[0]
        assert first_entry.filename == "mimetype" and first_entry.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.graphics"
        content = z.read("content.xml").decode("utf-8")
    assert "<office:drawing>" in content and "<draw:page " in content
    assert "<draw:frame " in content and "<draw:custom-shape " in content
    assert "每户每月25元" in texts[doc_path(LCO)] and "每户每月25元" not in content
    # the .vtt: signature, NOTE and STYLE blocks, voice spans, keys cut between cues
    vtt = raw(PDV)
    assert vtt.startswith(b"WEBVTT\n") and b"\nNOTE\n" in vtt and b"\nSTYLE\n" in vtt and b"<v " in vtt
    assert vtt.count(b" --> ") == len(md.PD_CUES)
    for key in ("2026年6月30日前", "入户评估后30日内完成施工"):
        assert not in_bytes(key, vtt), key
    # the .xltx: the template content type, values, no formula
    with zipfile.ZipFile(io.BytesIO(raw(WKX))) as z:
        types = z.read("[Content_Types].xml").decode("utf-8")
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "spreadsheetml.template.main+xml" in types and "<f>" not in sheet
    # the 繁體 page
    trad = texts[doc_path(QST)]
    assert 'lang="zh-TW"' in raw(QST).decode("utf-8") and _T2S.convert(trad) != trad and "預約" in trad


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
