"""Writes eval/policy27/questions.jsonl: questions over eval/policy27/docs (文化遗产保护、司法行政与公共法律服
务 of eight regions), written before citeqa was run on them, as chat users relay their own situation, as
agents send keyword queries and as analysts ask which regions. The chat users' questions carry the asker's
situation first, in their own words (瀛洲镇 祖上老房子 自己估了35万 核定28万, 挖地基 2个陶罐 40枚铜钱, 侗寨 12
栋老木楼投资300万, 甸南镇 20件 6件 1件 还有2件没调成, 一家4口 每月5000块, 我妈72岁 我爸65岁, 江湾镇 3次培训)
and figures that are not the answer (28万 where the answer is 14万元, 40枚 where it is 13000元, 300万 where it
is 18万元, 5000块 where it is 1250元), with typos and homophones (历史建筹, 以案定不, 法律援住, 公正费, 法律明
白仁, 传成人). Several are answered only by a 12345 / 县长信箱 / 领导留言板 reply (14万元, 13000元, 18万元,
2700元, 1250元, 100元, 1500元, 4600元), some only by a table cell (the .xlsx's split 合计 267.5万元, the
Unicode-text export's 1800 and 交通补贴200元, the slides' 450元), some only by a new kind of file (the
AcroForm values 163200元 and 2026年6月18日, the content controls' 不少于10张, the SmartArt's 公示7天, the
altChunk's 1000元 and 1.5万元, the Strict .docx's 1万元 and 2026年3月15日, the <noscript> 7个工作日, the
CR-only .txt's 回访记录, the bottom-up PDF's 每半天补贴200元, the .xlsx comment's 60%, the ruby page's 16周岁
and 40课时). The agents' queries are terse (「阆中 公共法律服务中心 值班律师 补贴 每半天」). Regions are named
by the county's name, full or short (绩溪, 阳城, 蔚县, 阆中), the analysts' questions by city (宣城, 晋城,
黔东南, 南充, 上饶). Five questions are in traditional script, two of them in Cantonese
(我阿爺今年75歲，係蔚縣剪紙嘅市級傳承人… 可以攞幾多錢？ and
我阿媽72歲，喺閬中想做遺囑公證，使唔使俾公證費？), one asking the Taiwan page (5500元), two asking
simplified documents. The keys are what any correct answer must contain, written as the
documents write them.

Each measure is stated by one region's documents and a roundup that also names a second region having done it;
the roundups name regions that have only planned a measure (广德, 陵川, 榕江, 怀安, 洱源, 保靖, 营山, 万年: in
no expected list) and regions named in passing (徽州区, 高平, 锦屏, 涿鹿, 云龙, 花垣, 蓬安, 铅山). The
unanswerable questions ask those planned regions, or a neighbour of what a document states (黎平's 2025 分配表
where the table is for 2026, 阆中's 2025 值班 where the 安排 is for 2026年度, 绩溪's 市级文物保护单位 where
the 办法 names 县级 only).

``python -m eval.policy27.make_questions`` writes the file and checks that every key occurs in a listed
document's text as decoded from its bytes with the stdlib and the venv, not with citeqa:
- .html as UTF-8 with comments, <script> and <style> dropped, <rt> and <rp> dropped (the ruby page's 拼音),
  tags stripped (a <noscript>'s content kept) and references resolved;
- .docx by zipfile: the main part found through _rels/.rels (transitional or strict relationship type), a line
  per w:p of its text (content controls' sdtContent included); then each w:altChunk's part read as HTML; then
  each SmartArt's data part (dgm:relIds r:dm), a line per dgm:pt's a:t;
- .pptx by zipfile: the slides in presentation order, a line per a:p (grouped shapes and table cells among
  them);
- .xlsx by openpyxl (rich-text shared strings come back whole; a line per row, non-empty cells joined by
  tabs), then every cell comment's text;
- .pdf by pypdf: the page's text pieces sorted into reading order by their text matrix (top to bottom, left to
  right), then every AcroForm field as ``name：value``;
- .txt by its bytes: empty is empty; a UTF-16 LE BOM is Excel's Unicode text, parsed by the csv module (tab,
  quoted cells); otherwise UTF-8, else GB18030, its CR line ends made LF.

It checks that every expected region is named in a listed document while no planned-only or passing region is
expected, that each planned-only region is named beside 拟, 将 or 计划 in a roundup and each passing one is
named, that every unanswerable question asks a planned region or is one of the three neighbours, that the
traditional-script page and questions are traditional, and the files' peculiarities: the 征求意见稿 differing
from its final text; the 转载 repeating the 办法's first six paragraphs and not the rest; the exact duplicate,
the empty file, the two 办事指南.html; the AcroForm PDF (/NeedAppearances true, every widget a /V and no /AP,
no value in the page's text); the content controls (block-level, inline and in cells, the answers only inside
sdtContent); the SmartArt (document.xml only dgm:relIds, the steps in data1.xml, no drawing part); the
altChunk (aFChunk relationship, text/html part, the article not in document.xml); the Strict .docx (strict
namespaces and relationship types, python-docx unable to open it); the .xlsx's rich runs splitting the 合计
and the comment holding the 60%; the <noscript>-only article; the ruby page's characters interleaved with 拼音
; the CR-only GB18030 .txt; the UTF-16 export's BOM, tabs and quoted line breaks; the bottom-up PDF; the
nested group shapes."""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import opencc
import openpyxl
import pypdf

from eval import policy_make as make
from eval.policy27 import make_docs as md

JXB = f"安徽/绩溪县/{md.JX_TITLE}.html (征求意见稿 beside it with other figures)"
JXD = f"安徽/绩溪县/{md.JX_DRAFT_TITLE}.html (征求意见稿: 40% / 15万元, 3月1日施行)"
JXF = f"安徽/绩溪县/{md.JX_FORM} (filled values only in AcroForm fields)"
JXT = f"安徽/绩溪县/{md.JX_TEMPLATE} (template form: answers in content controls)"
JXR = "安徽/绩溪县/12345 老房子认定成历史建筑了，修缮核定费用28万，能补多少？.html"
YCD = f"山西/阳城县/{md.YC_DOCX} (Strict Open XML)"
YCP = f"山西/阳城县/{md.YC_PPTX} (table and text boxes in group shapes nested two deep)"
YCR = "山西/阳城县/县长信箱 盖房挖出两个陶罐和一堆铜钱，上报了能奖励多少？.html"
LPB = f"贵州/黎平县/{md.LP_TITLE}.html"
LPX = f"贵州/黎平县/{md.LP_XLSX} (rich-text shared strings, a cell comment)"
LPF = f"贵州/黎平县/{md.LP_FLOW} (the 流程 a SmartArt diagram)"
LPR = "贵州/黎平县/领导留言板 村里列入了中国传统村落名录，12栋老木楼改民宿能奖补多少？.html"
YUB = f"河北/蔚县/{md.YU_TITLE}.html"
YUY = f"河北/蔚县/{md.YU_RUBY_TITLE}.html (<ruby> on every character)"
YUT = f"河北/蔚县/{md._S2TW.convert(md.YU_TW_TITLE)}_兩岸文化觀察.html (Taiwan traditional script)"
YUR = "河北/蔚县/12345 爷爷75岁是市级剪纸传承人，今年带了2个徒弟，一年能领多少补助？.html"
JCD = f"云南/剑川县/{md.JC_DOCX} (altChunk: the article an HTML part)"
JCT = f"云南/剑川县/{md.JC_TXT} (GB18030, CR line ends)"
JCE = "云南/剑川县/新建文本文档.txt (empty)"
JCR = "云南/剑川县/12345 我是村调解员，这个季度调成了20件小纠纷、6件写了协议的、1件疑难的，能补多少？.html"
FHB = f"湖南/凤凰县/{md.FH_TITLE}.html"
FHC = f"湖南/凤凰县/{md.FH_TITLE}(1).html (exact duplicate)"
FHG = "湖南/凤凰县/办事指南.html (the article only in <noscript>)"
FHT = f"湖南/凤凰县/{md.FH_TXT} (Excel Unicode text: UTF-16 LE, tabs, quoted line breaks)"
FHR = "湖南/凤凰县/县长信箱 家里4口人住县城，每月总收入5000元，打官司能申请法律援助吗？.html"
LZG = "四川/阆中市/办事指南.html (公证费减免; the same name as 凤凰's)"
LZP = f"四川/阆中市/{md.LZ_PDF} (lines drawn bottom-up)"
LZR = "四川/阆中市/12345 母亲72岁想做遗嘱公证，父亲65岁要办委托公证，公证费要交多少？.html"
WYB = f"江西/婺源县/{md.WY_TITLE}.html"
WYR = "江西/婺源县/领导留言板 我是村里的法律明白人，去年考核优秀，补贴能拿多少、什么时候发？.html"
N1 = f"新闻/{md.N1_TITLE}.html"
N2 = f"新闻/{md.N2_TITLE}.html"
N3 = f"新闻/{md.N3_TITLE}.html"
N4 = f"新闻/{md.N4_TITLE}.html"
N5 = f"新闻/{md.N5_TITLE}.html"
N6 = "新闻/绩溪出台历史建筑和传统民居保护修缮补助办法_宣城市住房和城乡建设局.html (转载, cut after 第三条)"

_T2S = opencc.OpenCC("t2s")
PLANNED = ["广德", "陵川", "榕江", "怀安", "洱源", "保靖", "营山", "万年"]
PASSING = ["徽州区", "高平", "锦屏", "涿鹿", "云龙", "花垣", "蓬安", "铅山"]
NEIGHBOURS = ("u09", "u10", "u11")


def both(*docs: str) -> str:
    return " | ".join(docs)


# (id, kind, question, expected answer (or regions), documents, keys)
Q: list[tuple] = [
    # which regions: each measure in one region's documents and a roundup naming a second; the planned-only
    # regions and those in passing are in no list
    (
        "r01",
        "regions",
        "哪些县区已经给私人产权的历史建筑（老房子）修缮发补助了？",
        ["绩溪县", "宣州区"],
        both(JXB, N1),
        [],
    ),
    ("r02", "regions", "历史建筑 认定 挂牌 已完成 县市 宣城", ["绩溪县", "宁国市"], both(JXB, N1), []),
    (
        "r03",
        "regions",
        "群众报告文物发现给奖励的县有哪些？要已经兑现的",
        ["阳城县", "沁水县"],
        both(YCD, N1),
        [],
    ),
    ("r04", "regions", "晋城哪些县聘了文物看护员还发补贴？", ["阳城县", "泽州县"], both(YCP, N1), []),
    (
        "r05",
        "regions",
        "传统村落 保护发展 奖补 已实施 黔东南 县",
        ["黎平县", "雷山县"],
        both(LPB, N2),
        [],
    ),
    ("r06", "regions", "哪些县已经给非遗代表性传成人发补助了？", ["蔚县", "阳原县"], both(YUB, N2), []),
    ("r07", "regions", "人民调解以案定补已经在实行的县有哪几个", ["剑川县", "鹤庆县"], both(JCD, N3), []),
    (
        "r08",
        "regions",
        "法律援住经济困难标准已经放宽到低保标准2倍的县有哪些？",
        ["凤凰县", "泸溪县"],
        both(FHB, N3),
        [],
    ),
    (
        "r09",
        "regions",
        "南充哪些县市对老年人、低保户的公证费有减免？只要已经实行的",
        ["阆中市", "南部县"],
        both(LZG, N4),
        [],
    ),
    (
        "r10",
        "regions",
        "公共法律服务中心 律师值班 已安排 县市 南充",
        ["阆中市", "西充县"],
        both(LZP, N4),
        [],
    ),
    (
        "r11",
        "regions",
        "哪些县市已经在给农村“法律明白仁”发工作补贴？",
        ["婺源县", "德兴市"],
        both(WYB, N5),
        [],
    ),
    ("r12", "regions", "村居法律顾问 补贴 已发放 县 上饶", ["婺源县", "弋阳县"], both(WYB, N5), []),
    # 绩溪县 历史建筑
    (
        "n01",
        "number",
        "我家在瀛洲镇，祖上传下来的老房子去年被认定为历史建筹，屋顶漏雨柱子也蛀了，自己估了35万，住建局来核定修缮费用28万，能补多少钱？",
        "按核定修缮费用的50%：28万元×50%=14万元（未超过每处20万元上限），开工后可预拨30%即4.2万元",
        both(JXR, JXB),
        ["14万元"],
    ),
    (
        "n02",
        "number",
        "绩溪 个人产权 县级文物保护单位 修缮补助 比例 上限",
        "按核定修缮费用的60%，每处最高30万元",
        JXB,
        ["60%", "30万元"],
    ),
    (
        "n03",
        "number",
        "绩溪历史建筑修缮补助的征求意见稿里，历史建筑是按多少比例补、每处最高多少？",
        "征求意见稿：核定修缮费用的40%，每处最高15万元（正式办法为50%、20万元）",
        JXD,
        ["核定修缮费用的40%", "15万元"],
    ),
    (
        "n04",
        "number",
        "绩溪 修缮补助核定表 样表 胡氏民居 核定补助金额",
        "核定修缮费用326400元×50%=163200元（预拨48960元）",
        JXF,
        ["163200元"],
    ),
    # 阳城县 文物
    (
        "n05",
        "number",
        "我在润城镇翻盖房子，挖地基挖出2个陶罐和40枚铜钱，当天就报了文物局，鉴定陶罐是三级文物、铜钱是一般文物，能奖励多少？",
        "三级文物2件×5000元=10000元；一般文物40枚×200元=8000元，超过每次最高3000元按3000元；合计13000元",
        both(YCR, YCD),
        ["13000元"],
    ),
    (
        "n06",
        "number",
        "阳城 发现 二级文物 报告 奖励 每件",
        "经鉴定为二级文物的，每件奖励1万元",
        YCD,
        ["每件奖励1万元"],
    ),
    (
        "n07",
        "number",
        "阳城省级文物保护单位的看护员一个月补贴多少？",
        "每人每月450元（按季度发放）",
        YCP,
        ["450元"],
    ),
    # 黎平县 传统村落
    (
        "n08",
        "number",
        "我们茅贡镇的侗寨列入中国传统村落名录了，村里12栋老木楼空着，想跟公司合作改民宿，投资300万，县里能奖补多少？",
        "每栋1.5万元×12栋=18万元（每村每年最多20栋）",
        both(LPR, LPB),
        ["18万元"],
    ),
    (
        "n09",
        "number",
        "黎平 2026年 传统村落 奖补资金 分配表 合计 万元",
        "合计267.5万元（8个村，民居改造94栋）",
        LPX,
        ["267.5万元"],
    ),
    # 蔚县 非遗传承人
    (
        "n10",
        "number",
        "黎平 传统村落 奖补资金 分批 拨付 第一批 比例",
        "分两批：第一批2026年7月拨付60%，其余40%经年度验收合格后拨付（分配表批注的说明）",
        LPX,
        ["60%"],
    ),
    (
        "n11",
        "number",
        "孩子想在蔚县跟传承人学剪纸当学徒，要年满多少岁？每年集中培训不少于多少课时？",
        "年满16周岁；每年集中培训不少于40课时，12月考核",
        YUY,
        ["16周岁", "40课时"],
    ),
    # 剑川县 以案定补
    (
        "n12",
        "number",
        "我在甸南镇当调解员，这个季度调成20件当场说和的小纠纷，6件写了调解协议书，1件宅基地的疑难纠纷，还有2件没调成，以案定不能拿多少？",
        "20×50元+6×200元+1×500元=2700元；没调成的不补",
        both(JCR, JCD),
        ["2700元"],
    ),
    (
        "n13",
        "number",
        "剑川 以案定补 重大纠纷 每件 补贴",
        "涉及10人以上或者争议金额50万元以上的重大纠纷，每件1000元",
        JCD,
        ["每件1000元"],
    ),
    (
        "n14",
        "number",
        "剑川的人民调解员一年以案定补最多能拿多少？",
        "每名人民调解员年度个案补贴最高1.5万元",
        JCD,
        ["最高1.5万元"],
    ),
    # 凤凰县 法律援助
    (
        "n15",
        "number",
        "凤凰县 法律援助 经济困难 城镇 人均月收入 标准",
        "低保标准的2倍：城镇居民家庭人均月收入低于1360元（农村960元）",
        FHB,
        ["1360元"],
    ),
    (
        "n16",
        "number",
        "凤凰法律援助律师代理民事官司，办案补贴一件多少？",
        "民事、行政案件诉讼代理每件1800元（一审、二审各计一件）",
        FHT,
        ["1800"],
    ),
    (
        "n17",
        "number",
        "凤凰 法援 跨县 异地办案 交通补贴",
        "跨县（市）办案的另加交通补贴200元",
        FHT,
        ["交通补贴200元"],
    ),
    # 阆中市 公证、值班律师
    (
        "n18",
        "number",
        "我妈72岁想立遗嘱做公证，我爸65岁要办个委托书公证，我们不是低保户，在阆中两个一共要交多少公正费？",
        "遗嘱公证72岁免收；委托公证65岁减半，200元减半为100元；合计100元",
        both(LZR, LZG),
        ["100元"],
    ),
    (
        "n19",
        "number",
        "阆中 公共法律服务中心 值班律师 补贴 每半天",
        "每名律师每半天补贴200元，按季度发放",
        LZP,
        ["每半天补贴200元"],
    ),
    # 婺源县 法律明白人、法律顾问
    (
        "n20",
        "number",
        "我是江湾镇村里的法律明白人，2026年参加了3次培训，年底考核是优秀，这一年补贴能拿多少？",
        "工作补贴1200元＋优秀奖励300元=1500元",
        both(WYR, WYB),
        ["1500元"],
    ),
    (
        "n21",
        "number",
        "婺源 村（居）法律顾问 每村 每年 补贴",
        "每个村（社区）每年3000元",
        WYB,
        ["每年补贴3000元"],
    ),
    # dates
    (
        "t01",
        "date",
        "绩溪历史建筑修缮补助办法哪天开始施行？",
        "2026年4月1日（征求意见稿为3月1日）",
        JXB,
        ["2026年4月1日"],
    ),
    ("t02", "date", "绩溪 核定表 样表 核定日期", "2026年6月18日", JXF, ["2026年6月18日"]),
    (
        "t03",
        "date",
        "阳城文物发现报告奖励办法从什么时候起施行？",
        "2026年3月15日",
        YCD,
        ["2026年3月15日"],
    ),
    (
        "t04",
        "date",
        "剑川 以案定补 每季度 卷宗 报送 时间",
        "每季度结束后15日内报乡镇司法所初审",
        JCD,
        ["每季度结束后15日内"],
    ),
    (
        "t05",
        "date",
        "凤凰县法律援助新的经济困难标准从哪天开始执行？",
        "2026年7月1日",
        FHB,
        ["2026年7月1日"],
    ),
    ("t06", "date", "蔚县非遗传承人补助每年几月份发？", "每年6月一次性发放到社会保障卡", YUB, ["每年6月"]),
    (
        "t07",
        "date",
        "婺源 法律明白人 补贴 发放 时间",
        "根据年度考核结果于次年1月底前统一发放",
        both(WYB, WYR),
        ["次年1月底前"],
    ),
    # procedures
    (
        "p01",
        "procedure",
        "绩溪 历史建筑 认定 申请 材料 照片",
        "产权证明或村委会权属说明、建筑现状照片不少于10张、平面示意图、身份证明复印件；一式三份交乡镇",
        JXT,
        ["不少于10张"],
    ),
    (
        "p02",
        "procedure",
        "黎平传统村落项目申报要走哪几步？公示几天？",
        "村委会申请经村民代表大会通过→乡镇初审（5个工作日）→县住建局会同文体广电旅游局现场审核（10个工作日）→领导小组审定→公示7天→下达资金计划",
        LPF,
        ["乡镇人民政府初审", "公示7天"],
    ),
    (
        "p03",
        "procedure",
        "我在凤凰打工被拖欠工钱想申请法律援助，要带什么材料，多久能知道批不批？",
        "申请表、身份证、经济困难状况个人诚信承诺书（或免审证明）、案件材料；7个工作日内作出决定",
        FHG,
        ["个人诚信承诺书", "7个工作日"],
    ),
    (
        "p04",
        "procedure",
        "剑川 以案定补 卷宗 材料 清单",
        "申请书或口头申请登记表、调查笔录、调解笔录、调解协议书、回访记录（缺回访记录不予申报）",
        JCT,
        ["回访记录", "调查笔录"],
    ),
    (
        "p05",
        "procedure",
        "阆中公证费减免去哪里办？要带什么？",
        "阆中市公证处（七里街道滨江北路158号公共法律服务中心二楼）；公证申请表、身份证、户口簿及低保证等减免证明",
        LZG,
        ["阆中市公证处", "户口簿"],
    ),
    (
        "p06",
        "procedure",
        "阳城 挖出 文物 怎么 报告 多久",
        "发现后24小时内向县文物局报告（0356-4222110）并保护现场",
        YCD,
        ["24小时内", "保护现场"],
    ),
    (
        "p07",
        "procedure",
        "阳城文物看护员巡查记录怎么交？一个月交几次？",
        "通过“文物安全巡查”小程序上传，每月不少于8次，附现场照片",
        YCP,
        ["文物安全巡查", "不少于8次"],
    ),
    # yes / no
    (
        "y01",
        "yesno",
        "绩溪老房子拿了修缮补助以后，过两年想把外墙改一改可以吗？",
        "不可以：修缮完成后5年内不得擅自改变外观和主体结构",
        JXB,
        ["5年内"],
    ),
    (
        "y02",
        "yesno",
        "绩溪历史建筑修缮补助能不能开工就先拿一部分钱？",
        "能：开工后预拨30%，其余验收合格后拨付",
        both(JXB, JXR),
        ["预拨30%"],
    ),
    ("y03", "yesno", "阳城 私自挖掘 文物 还有奖励吗", "没有：不予奖励，并依法追究责任", YCD, ["不予奖励"]),
    (
        "y04",
        "yesno",
        "黎平一个传统村落今年改造了25栋民居，能全部拿奖补吗？",
        "不能：每村每年最多20栋",
        LPB,
        ["每村每年最多20栋"],
    ),
    (
        "y05",
        "yesno",
        "剑川调解员调解没调成的纠纷有没有补贴？",
        "没有：调解不成功的不予补贴",
        JCD,
        ["不予补贴"],
    ),
    (
        "y06",
        "yesno",
        "凤凰县农民工讨薪申请法律援助，还要审查家里经济困不困难吗？",
        "不要：农民工请求支付劳动报酬或工伤赔偿的免予经济困难审查",
        FHB,
        ["免予经济困难审查"],
    ),
    (
        "y07",
        "yesno",
        "我家住凤凰县城，一家4口，全家每月收入5000块，包工头欠我工伤赔偿，符合法律援助的经济困难标准吗？",
        "符合：人均1250元，低于城镇1360元（且工伤赔偿可免予审查）",
        both(FHR, FHB),
        ["1250元"],
    ),
    (
        "y08",
        "yesno",
        "阆中80多岁老人走不动路，公证处能上门吗？要收上门费吗？",
        "能预约上门办理，不收取上门服务费",
        LZG,
        ["不收取上门服务费"],
    ),
    (
        "y09",
        "yesno",
        "婺源 村法律顾问 是否 每月 都到村 服务",
        "是：每月到村（社区）服务不少于1次，每次不少于半天",
        WYB,
        ["每月到村（社区）服务不少于1次"],
    ),
    # traditional script: two in Cantonese; c03 asks the Taiwan page, c01 c02 c04 c05 simplified documents
    (
        "c01",
        "traditional",
        "我阿爺今年75歲，係蔚縣剪紙嘅市級傳承人，舊年開始帶咗兩個徒弟，學咗一年幾，每年可以攞幾多錢？",
        "市級每年3000元，70歲以上上浮20%為3600元；帶徒2名1000元；合共4600元",
        both(YUR, YUB),
        ["4600元"],
    ),
    (
        "c02",
        "traditional",
        "我阿媽72歲，喺閬中想做遺囑公證，使唔使俾公證費？",
        "唔使：年滿70周歲老年人辦理遺囑公證免收公證費",
        both(LZG, LZR),
        ["免收"],
    ),
    (
        "c03",
        "traditional",
        "蔚縣省級剪紙傳承人今年帶了3名學徒，一年補助合計可以領多少？",
        "省級4000元＋3名學徒1500元，合計5500元",
        YUT,
        ["5500元"],
    ),
    (
        "c04",
        "traditional",
        "黎平縣傳統民居改造成民宿，每棟獎補多少？",
        "驗收合格的每棟獎補1.5萬元，每村每年最多20棟",
        LPB,
        ["1.5万元"],
    ),
    (
        "c05",
        "traditional",
        "鳳凰縣法律援助經濟困難標準是低保標準的幾倍？",
        "2倍（城鎮人均月收入低於1360元）",
        FHB,
        ["2倍"],
    ),
    # unanswerable: planned-only regions, a neighbouring year or tier
    ("u01", "unanswerable", "广德市历史建筑修缮补助比例是多少？", "应拒答：广德市只是拟于明年出台", "-", []),
    ("u02", "unanswerable", "陵川县报告文物线索奖励多少钱？", "应拒答：陵川县只是计划明年起奖励", "-", []),
    (
        "u03",
        "unanswerable",
        "榕江县传统村落民居改造每栋奖补多少？",
        "应拒答：榕江县只是将出台奖补办法",
        "-",
        [],
    ),
    ("u04", "unanswerable", "怀安县 非遗传承人 补助 标准", "应拒答：怀安县只是拟于年底前出台", "-", []),
    (
        "u05",
        "unanswerable",
        "洱源县人民调解以案定补每件补多少？",
        "应拒答：洱源县只是计划明年推行",
        "-",
        [],
    ),
    ("u06", "unanswerable", "保靖县法律援助经济困难标准是多少？", "应拒答：保靖县只是拟于年内调整", "-", []),
    ("u07", "unanswerable", "营山县 老年人 遗嘱公证 免费吗", "应拒答：营山县只是将出台减免措施", "-", []),
    ("u08", "unanswerable", "万年县法律明白人每年补贴多少？", "应拒答：万年县只是拟于明年起发放", "-", []),
    (
        "u09",
        "unanswerable",
        "黎平县2025年传统村落奖补资金分配表合计多少？",
        "应拒答：分配表只有2026年的",
        "-",
        [],
    ),
    (
        "u10",
        "unanswerable",
        "阆中市2025年度值班律师每半天补贴多少？",
        "应拒答：值班安排只有2026年度的",
        "-",
        [],
    ),
    (
        "u11",
        "unanswerable",
        "绩溪县私人产权的市级文物保护单位修缮补助比例是多少？",
        "应拒答：办法只规定县级文物保护单位、历史建筑和未定级传统民居",
        "-",
        [],
    ),
]


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it."""
    m = re.match(r"(.*?\.(?:html|docx|pptx|xlsx|pdf|txt))(?: \(.*\))?$", doc)
    assert m, doc
    return m.group(1)


def strip_html(raw: str) -> str:
    """Comments, <script>, <style>, <rt> and <rp> dropped, tags stripped, references resolved."""
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    raw = re.sub(r"<(script|style|rt|rp)\b.*?</\1>", "", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def html_text(data: bytes) -> str:
    return strip_html(data.decode("utf-8"))


def xml_lines(xml: str, para: str) -> str:
    """A line per ``para`` element (w:p, a:p), tags stripped, references resolved."""
    return html.unescape(re.sub(r"<[^>]+>", "", xml.replace(f"</{para}>", f"</{para}>\n")))


def part_rels(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type, target resolved against the part's folder)."""
    folder, name = part.rsplit("/", 1) if "/" in part else ("", part)
    rels_name = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"  # the package's: "" → .rels
    if rels_name not in z.namelist():
        return {}
    out = {}
    for m in re.finditer(r"<Relationship ([^>]*)/>", z.read(rels_name).decode("utf-8")):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        target = attrs["Target"]
        parts = (folder.split("/") if folder else []) + target.split("/")
        resolved: list[str] = []
        for p in parts:
            if p == "..":
                resolved.pop()
            elif p:
                resolved.append(p)
        out[attrs["Id"]] = (attrs["Type"], "/".join(resolved))
    return out


def main_part(z: zipfile.ZipFile) -> str:
    """The package's main part, by the transitional or the strict officeDocument relationship."""
    for kind, target in part_rels(z, "").values():
        if kind.endswith("/officeDocument"):
            return target
    raise AssertionError("no officeDocument relationship")


def docx_text(data: bytes) -> str:
    """document.xml a line per w:p (content controls included), then each altChunk's HTML part, then each
    SmartArt's data part a line per dgm:pt."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = main_part(z)
        xml = z.read(main).decode("utf-8")
        rel = part_rels(z, main)
        out = [xml_lines(xml, "w:p")]
        for rid in re.findall(r'<w:altChunk r:id="([^"]+)"', xml):
            out.append(strip_html(z.read(rel[rid][1]).decode("utf-8")))
        for rid in re.findall(r'<dgm:relIds[^>]* r:dm="([^"]+)"', xml):
            dm = z.read(rel[rid][1]).decode("utf-8")
            out.append(
                "\n".join(
                    "".join(re.findall(r"<a:t>([^<]*)</a:t>", pt))
                    for pt in re.findall(r"<dgm:pt .*?</dgm:pt>", dm)
                )
            )
    return "\n".join(out)


def pptx_text(data: bytes) -> str:
    """The slides in presentation order, a line per a:p (grouped shapes and table cells among them)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        main = main_part(z)
        rel = part_rels(z, main)
        ids = re.findall(r'<p:sldId [^>]*r:id="([^"]+)"', z.read(main).decode("utf-8"))
        return "\n".join(xml_lines(z.read(rel[i][1]).decode("utf-8"), "a:p") for i in ids)


def xlsx_text(data: bytes) -> str:
    """openpyxl: a line per row, non-empty cells joined by tabs; then every cell comment's text."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    lines, notes = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            cells = [str(c.value) for c in row if c.value is not None]
            if cells:
                lines.append("\t".join(cells))
            notes += [c.comment.text for c in row if c.comment]
    return "\n".join(lines + notes)


def pdf_lines(page: pypdf.PageObject) -> list[str]:
    """The page's text pieces in reading order: sorted by their text matrix, top to bottom, left to right."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list, tm: list, font: object, size: object) -> None:
        if text.strip():
            pieces.append((-tm[5], tm[4], text.strip()))

    page.extract_text(visitor_text=visit)
    return [t for _, _, t in sorted(pieces)]


def pdf_text(data: bytes) -> str:
    """The pages' text in reading order with line breaks removed (hard wraps split figures), then every
    AcroForm field as name：value."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "".join("".join(pdf_lines(p)) for p in reader.pages)
    fields = reader.get_fields() or {}
    return text + "\n" + "\n".join(f"{k}：{v.get('/V', '')}" for k, v in fields.items())


def unicode_rows(data: bytes) -> list[list[str]]:
    """Excel's Unicode text: UTF-16 LE after its BOM, tab-separated, quoted cells."""
    assert data.startswith(b"\xff\xfe")
    return list(csv.reader(io.StringIO(data[2:].decode("utf-16-le"), newline=""), delimiter="\t"))


def txt_text(data: bytes) -> str:
    if not data:
        return ""
    if data.startswith(b"\xff\xfe"):
        return "\n".join("\t".join(r) for r in unicode_rows(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    return text.replace("\r\n", "\n").replace("\r", "\n")


READERS = {
    ".html": html_text,
    ".docx": docx_text,
    ".pptx": pptx_text,
    ".xlsx": xlsx_text,
    ".pdf": pdf_text,
    ".txt": txt_text,
}


def doc_text(rel: str) -> str:
    """A document's text as decoded from its bytes (see the module's docstring)."""
    return READERS[Path(rel).suffix]((md.DOCS / rel).read_bytes())


def raw(rel: str) -> bytes:
    return (md.DOCS / doc_path(rel)).read_bytes()


def zpart(rel: str, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(raw(rel))) as z:
        return z.read(name).decode("utf-8")


def check_files() -> None:
    """Every file decodes, and each file's peculiarity is what the docstring says it is."""
    files = [p for p in md.DOCS.rglob("*") if p.is_file()]
    for path in files:
        doc_text(str(path.relative_to(md.DOCS)))
    assert 30 <= len(files) <= 36, len(files)
    # the 征求意见稿 beside the final text, with other figures
    final, draft = doc_text(doc_path(JXB)), doc_text(doc_path(JXD))
    assert "核定修缮费用的50%" in final and "核定修缮费用的50%" not in draft.split("（二）")[0]
    assert "每处最高15万元" in draft and "每处最高15万元" not in final
    assert "2026年4月1日起施行" in final and "2026年3月1日起施行" in draft and "预拨30%" not in draft
    # the 转载 repeats the 办法's first six paragraphs (to 第三条's last item) and not the rest
    repost = doc_text(doc_path(N6))
    items = md.J(md.jx_articles(draft=False))
    assert all(a in repost for a in items[:6]) and not any(a in repost for a in items[6:])
    # the exact duplicate, the empty file, two files of one name in different folders
    assert raw(FHB) == raw(FHC) and raw(JCE) == b""
    assert Path(doc_path(FHG)).name == Path(doc_path(LZG)).name and raw(FHG) != raw(LZG)
    # the AcroForm PDF: NeedAppearances, widgets with /V and no /AP, no value in the page's own text
    reader = pypdf.PdfReader(io.BytesIO(raw(JXF)))
    form: Any = reader.root_object["/AcroForm"]
    annots: Any = reader.pages[0]["/Annots"]
    assert form["/NeedAppearances"] == pypdf.generic.BooleanObject(True)
    widgets = [a.get_object() for a in annots]
    assert len(widgets) == len(md.JX_FIELDS) and len(form["/Fields"]) == len(widgets)
    assert all(w["/Subtype"] == "/Widget" and "/V" in w and "/AP" not in w for w in widgets)
    page_text = reader.pages[0].extract_text()
    assert "163200" not in page_text and "胡氏民居" not in page_text and "2026年6月18日" not in page_text
    assert "核定补助金额" in page_text and "163200元" in doc_text(doc_path(JXF))
    # content controls: block-level, inline, in cells; the answers only inside them
    xml = zpart(JXT, "word/document.xml")
    assert re.search(r"</w:tbl><w:sdt>", xml) and re.search(r"</w:r><w:sdt>", xml) and "<w:tc><w:tcPr>" in xml
    assert re.search(r"<w:tc><w:tcPr><w:tcW[^>]*/></w:tcPr><w:sdt>", xml)
    assert "<w:showingPlcHdr/>" in xml
    outside = re.sub(r"<w:sdt>.*?</w:sdt>", "", xml, flags=re.S)
    for key in ("20个工作日", "不少于10张", "一式三份"):
        assert key in xml and key not in outside, key
    # SmartArt: document.xml only references the diagram; the steps in data1.xml; no drawing fallback
    with zipfile.ZipFile(io.BytesIO(raw(LPF))) as z:
        names = z.namelist()
        body = z.read("word/document.xml").decode("utf-8")
        data = z.read("word/diagrams/data1.xml").decode("utf-8")
    assert "<dgm:relIds" in body and not any("drawing" in n for n in names if n.startswith("word/diagrams/"))
    assert all(s in data and s not in body for s in md.LP_STEPS) and "公示7天" in doc_text(doc_path(LPF))
    # altChunk: the article in an HTML part, not in document.xml
    with zipfile.ZipFile(io.BytesIO(raw(JCD))) as z:
        body = z.read("word/document.xml").decode("utf-8")
        types = z.read("[Content_Types].xml").decode("utf-8")
        relxml = z.read("word/_rels/document.xml.rels").decode("utf-8")
        chunk = z.read("word/afchunk.htm").decode("utf-8")
    assert "<w:altChunk r:id=" in body and "1.5万元" not in body and "1.5万元" in chunk
    assert '/word/afchunk.htm" ContentType="text/html"' in types and "/relationships/aFChunk" in relxml
    # Strict Open XML: strict namespaces and relationship types; python-docx cannot open it
    body = zpart(YCD, "word/document.xml")
    root_rel = zpart(YCD, "_rels/.rels")
    assert f'xmlns:w="{md.S_W}"' in body and 'w:conformance="strict"' in body
    assert (
        f"{md.S_R}/officeDocument" in root_rel and "schemas.openxmlformats.org/wordprocessingml" not in body
    )
    try:
        docx.Document(str(md.DOCS / doc_path(YCD)))
    except Exception:  # any failure shows that it does not read the strict package
        pass
    else:
        raise AssertionError("python-docx opened the strict .docx")
    assert "每件奖励1万元" in doc_text(doc_path(YCD))
    # the .xlsx: rich runs split the 合计; the comment holds the 说明's 60%
    sst = zpart(LPX, "xl/sharedStrings.xml")
    total = md.lp_total() + "万元"
    assert total == "267.5万元" and total not in sst and "<r><rPr>" in sst
    assert "60%" in zpart(LPX, "xl/comments1.xml") and "60%" not in sst
    assert total in doc_text(doc_path(LPX))
    # the <noscript>-only article: an empty app root and a spinner outside it
    page = raw(FHG).decode("utf-8")
    outside = strip_html(re.sub(r"<noscript>.*?</noscript>", "", page, flags=re.S))
    assert '<div id="app"></div>' in page and "加载中" in outside
    assert (
        "7个工作日" not in outside
        and "个人诚信承诺书" not in outside
        and "7个工作日" in doc_text(doc_path(FHG))
    )
    # the ruby page: every character of the article in a <ruby>, the text interleaved with 拼音
    page = raw(YUY).decode("utf-8")
    chars = sum(1 for t in md.YU_RUBY_TEXT for ch in t if "\u4e00" <= ch <= "\u9fff")
    assert page.count("<ruby>") >= chars and page.count("<rt>") == page.count("<ruby>")
    assert "40课时" not in page and "不少于40课时" in doc_text(doc_path(YUY)) and "kè" in page
    # the CR-only GB18030 .txt
    cr = raw(JCT)
    assert b"\n" not in cr and cr.count(b"\r") > 10
    try:
        cr.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("the GB18030 .txt is UTF-8")
    assert "回访记录" in cr.decode("gb18030")
    # Excel's Unicode text: BOM, tabs, CRLF, quoted cells with line breaks
    u16 = raw(FHT)
    rows = unicode_rows(u16)
    assert (
        '"按""件""计算"' in u16.decode("utf-16")
        and b"\r\x00\n\x00" in u16
        and len(rows) == len(md.FH_SUBSIDY)
        and all(len(r) == 4 for r in rows)
    )
    assert rows == md.FH_SUBSIDY and any("\n" in c for r in rows for c in r)
    # the bottom-up PDF: the stream's order is the reading order reversed
    lz = pypdf.PdfReader(io.BytesIO(raw(LZP))).pages[0]
    stream = [ln for ln in lz.extract_text().split("\n") if ln.strip()]
    reading = pdf_lines(lz)
    assert reading[0].startswith("阆中市公共法律服务中心值班律师工作安排") and stream[0] == "2026年1月8日"
    assert [s.strip() for s in stream] == list(reversed(reading))
    # the slides: a table and text boxes inside group shapes nested two deep
    s2 = zpart(YCP, "ppt/slides/slide2.xml")
    s3 = zpart(YCP, "ppt/slides/slide3.xml")
    assert re.search(r"<p:grpSp>.*<p:grpSp>.*<p:graphicFrame>.*<a:tbl>.*</p:grpSp>.*</p:grpSp>", s2, re.S)
    assert re.search(r"<p:grpSp>.*<p:grpSp>.*不少于8次.*</p:grpSp>.*</p:grpSp>", s3, re.S)
    assert "每人每月450元" in doc_text(doc_path(YCP))
    # the Taiwan page is traditional (Taiwan forms)
    tw = doc_text(doc_path(YUT))
    assert (
        _T2S.convert(tw) != tw
        and "蔚縣" in tw
        and "5500元" in tw
        and 'lang="zh-Hant-TW"' in raw(YUT).decode()
    )


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
