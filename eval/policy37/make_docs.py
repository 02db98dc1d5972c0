"""Writes eval/policy37/docs: a thirty-eighth probe collection (33 files), 禁毒举报奖励与社区戒毒康复、慈善事
业与社区慈善基金、全民阅读与农家书屋 — what border villagers reporting poppy fields, tea factories hiring
people in 社区康复, village secretaries building a “无毒村”, village accountants raising a 慈善基金, the
families of dialysis patients, bookshop owners opening a 城市书房, 农家书屋 keepers and families with library
cards ask (禁毒举报 奖励 per 克 / per 株 / per 名, 边民 上浮, 奖金 领取 and 举报编号; 社区戒毒社区康复人员 尿
检, 就业补贴, 创业补助, 培训 生活补助 and 操守保持奖励; “无毒村（社区）” 命名 奖补, 禁毒宣传阵地 and 禁毒专干
补贴; 社区（村）慈善基金 起始资金, 配捐 and its cap, 用途 and 公示; 慈善医疗救助 and 营养补助; 城市书房 建设奖
补 and 运营补贴; 农家书屋 管理员补贴, 开放, 示范书屋; 读者证 免押金, 借阅册数, 书香家庭, 流动图书车) of eight
new regions in eight provinces of the south and south-west (腾冲市, 珙县, 余干县, 沅陵县, 建瓯市, 赤水市, 南丹
县, 南雄市), as chat users, agents and analysts bring them. Run once (``python -m eval.policy37.make_docs``);
the files are committed as data, and a second run writes the same bytes (every zip entry carries a fixed time,
the .docx and .xlsx fixed core dates, the PDF no creation date or id, the .ipynb no execution timestamps, the
.xlf and .opml fixed dates).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (施甸县, 隆阳区,
筠连县, 叙州区, 横峰县, 辰溪县, 洪江市, 顺昌县, 习水县, 天峨县, 宜州区, 仁化县, and 乐昌市 whom no question
asks); the roundups also name regions that have only planned a measure (龙陵县, 屏山县, 广丰区, 溆浦县, 浦城
县, 播州区, 东兰县, 始兴县) and regions named only in passing (昌宁县, 南溪区, 玉山县, 中方县, 光泽县, 红花岗
区, 凤山县, 翁源县).

The documents: a 腾冲市 禁毒举报奖励办法 beside its 征求意见稿 with other figures (每克20元, 最高5万元, 每名
300元, 1万元, 每起不低于100元, 2026年1月1日, a 笑气 reward of 1000元 per case that the final text dropped, no
边民 上浮) and a second copy of the final page as Firefox saves a repeated download (“(1)”), the 禁毒举报宣传
单's translation file from a CAT tool (.xlf) and a 12345 reply (1704元); a 珙县 社区戒毒社区康复人员帮扶救助办
法 (GBK), the 融媒体中心's video subtitles as YouTube Studio exports them (.sbv) and a 县长信箱 reply (9000
元); an 余干县 “无毒村（社区）”创建活动实施方案 (.docx, its 奖补标准 a table), its 附件2 评分表 that came down
empty (.xlsx, 0 bytes) and a 领导留言板 reply (13000元); a 沅陵县 社区（村）慈善基金管理办法, the 县慈善会's
training outline exported from 幕布 (.opml) and a 12345 reply (按1万元配捐); a 建瓯市 慈善总会 慈善医疗救助项
目实施办法 (a hard-wrapped three-page PDF under a running header), its 政策解读 and a 市长信箱 reply (11800
元); a 赤水市 城市书房建设运营管理办法, its 政策解读 (a file named like 建瓯's, in another folder), the 宣传片
's SAMI captions (.smi, GBK) and a 12345 reply (共计8万元); a 南丹县 农家书屋提质增效实施方案, the 2026年上半
年管理员补贴 发放明细表 (.xlsx, its 合计 only there, the units in the headers), a data analyst's notebook of
the 2025 borrowing (.ipynb) and a 12345 reply (1500元); a 南雄市 “书香南雄”全民阅读活动实施方案 on the city's
繁體 site (OpenCC s2hk, zh-HK), the 流动图书车 服务时间表 (.txt, GB18030, CRLF, a space-aligned table) and a
12345 reply (25册).

New kinds of file none of eval/policy .. eval/policy36 had:
- an XLIFF 1.2 file (.xlf) as a CAT tool (memoQ) exports a translation job: a UTF-8 byte-order mark, the file
  element's original / source-language / target-language / datatype, a header with the tool and a note, a
  trans-unit per segment with source, target (state translated, needs-review-translation, one untranslated
  with no target), inline codes for the original's bold run as bpt / ept carrying its escaped markup
  (&lt;b&gt;); the hot-line number cut by them (0875- | 5183110) (腾冲 宣传单: 0875-5183110 and 猴桥、滇滩口岸
  only there);
- YouTube subtitles (.sbv): cues of ``H:MM:SS.mmm,H:MM:SS.mmm`` and one or two text lines, a blank line
  between cues; a telephone number cut across two cues (0831-44 | 12680) (珙县 视频: 每周三上午, 巡场镇新街28
  号 and 0831-4412680 only there);
- SAMI captions (.smi) in GBK as a Windows captioning tool writes them: <SAMI>, a <HEAD> with SAMIParam and a
  <STYLE> of a P rule and a .ZHCNCC class, the <BODY> a <SYNC Start=ms> per caption with an unclosed <P
  Class=ZHCNCC>, &nbsp; cues clearing the screen, a <br> inside a caption; the opening hours cut across two
  SYNC blocks (每天9:00至 | 21:00开放) (赤水 宣传片: 每天9:00至21:00 and 第一批7家 only there);
- an OPML 2.0 outline (.opml) as 幕布 exports one: head with title, dateCreated and ownerName, nested outline
  elements whose text carries 幕布's markup escaped (&lt;span class=&quot;bold&quot;&gt;), a _mubu_text
  attribute of the same URL-encoded and _note attributes; a date cut by the escaped span (2026年9月 | 5 | 日)
  (沅陵 培训提纲: 2026年9月5日, “沅陵慈善”微信小程序 and 0745-4223608 only there);
- a Jupyter notebook (.ipynb, nbformat 4.5): cell ids, markdown and code cells, execution counts, outputs of
  stream, execute_result (text/plain and text/html of a pandas DataFrame) and display_data (a base64 PNG of
  the chart), the kernelspec and language_info; the analyst's conclusion in markdown with the figure in bold
  (**4.37**万册次) (南丹 借阅分析: 4.37万册次 and 巴平村书屋 only there).

Also: a 征求意见稿 beside its final text; a duplicate; an empty file; two files of one name (政策解读.html) in
two folders; a .docx with a table; an .xlsx 明细表 with its 合计 only there; a GBK page; a GB18030 .txt; a
page in traditional script on the city's own 繁體 site (南雄: 一次可借圖書10冊, 價值500元的購書卡 and 14週歲以
下 only there); a hard-wrapped PDF; spam lines and 打印 / 关闭 bars on some pages; eight replies (12345 ×5, 县
长信箱, 领导留言板, 市长信箱) each reckoning one asker's case to a figure only the reply holds."""

from __future__ import annotations

import base64
import io
import json
import shutil
import struct
import urllib.parse
import zipfile
import zlib
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import opencc
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab import rl_config

from eval import policy_make as make
from eval.policy29.make_docs import P, Site, core_xml, letter, portal

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2027, 11, 8, 0, 0, 0)
WHEN = "2026-03-06T09:15:00Z"
restamp = partial(make.restamp, stamp=STAMP)
_S2HK = opencc.OpenCC("s2hk")
L, R = "\u3014", "\u3015"  # the brackets of document numbers
MINUS = "\u2212"

SPAM = (
    '<div class="pl"><p>网友评论（5）</p>'
    "<p>游客：代办各类证件，慈善总会救助名额内部渠道，加V信 cs66****。</p>"
    "<p>游客：正规贷款，无抵押当天放款，联系 186****2207。</p>"
    "<p>游客：图书馆读者证代办，不用排队，QQ 3310****。</p>"
    "<p>游客：支持政府！禁毒人人有责。</p>"
    "<p>游客：【广告】高价回收旧书旧报纸，上门自提。</p></div>"
)
BAR = '<div class="dy"><p>【打印本页】　【关闭窗口】　【返回顶部】</p></div>'


def messy(page: str, spam: bool = True) -> str:
    """The page with an 打印 / 关闭 bar and, with ``spam``, a comment box of spam lines before the footer."""
    return page.replace('<div class="footer">', BAR + (SPAM if spam else "") + '<div class="footer">')


def gbk_page(page: str) -> str:
    return page.replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    )


OUT = make.Collection(DOCS)
write, write_bytes = OUT.write, OUT.write_bytes


def package(parts: dict[str, bytes]) -> bytes:
    """A zip package of ``parts`` in the order given, deflated, ``STAMP`` on every entry."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=STAMP), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def unpack(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def tiny_png(rgb: bytes) -> bytes:
    """A 16×8 PNG of bars in ``rgb`` on white, written by hand: the same bytes every run."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(
        b"\x00" + b"".join(rgb if x % 3 != 2 and y >= 7 - x // 2 else b"\xff\xff\xff" for x in range(16))
        for y in range(8)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


TC = Site("腾冲市人民政府", "滇ICP备05004871号")
GX = Site("珙县人民政府", "蜀ICP备05012239号")
YG = Site("余干县人民政府", "赣ICP备05006613号")
YL = Site("沅陵县人民政府", "湘ICP备05009352号")
JO = Site("建瓯市人民政府", "闽ICP备05017764号")
CS = Site("赤水市人民政府", "黔ICP备05002718号")
ND = Site("南丹县人民政府", "桂ICP备05008036号")
NX = Site("南雄市人民政府", "粤ICP备05041927号")


# ---------------------------------------------------------------------------------------------------------
# 1-5 腾冲市: the 禁毒举报奖励办法 beside its 征求意见稿 (and a second download of it), the 宣传单's
# translation (.xlf), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

TC_TITLE = "腾冲市禁毒举报奖励办法"
TC_DRAFT_TITLE = f"关于公开征求《{TC_TITLE}（征求意见稿）》意见的公告"


def tc_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    items = [
        "举报走私、贩卖、运输毒品，查获海洛因或者甲基苯丙胺（冰毒）的，"
        f"按每克{f('30', '20')}元计算奖励；查获其他毒品的，"
        f"按每克10元计算奖励。单起案件奖励最高{f('10万元', '5万元')}。",
        f"举报制造毒品窝点的，每查实1个奖励{f('2万元', '1万元')}。",
        f"举报非法种植罂粟、大麻等毒品原植物的，按每株2元计算奖励，每起不低于{f('200元', '100元')}。",
        f"举报吸毒人员，经查证属实的，每查获1名奖励{f('500元', '300元')}。",
        "举报贩卖“笑气”（一氧化二氮）等新型毒品的，每起奖励1000元。" if draft else "",
    ]
    labels = iter("一二三四五")
    listed = "".join(f"（{next(labels)}）{i}" for i in items if i)
    articles = [
        "为鼓励公民积极举报毒品违法犯罪线索，依法严厉打击毒品违法犯罪活动，根据《中华人民共和国禁毒法》等规定，结合我市"
        "边境禁毒工作实际，制定本办法。",
        "本办法所称禁毒举报，是指公民、法人和其他组织向公安机关或者市禁毒委员会办公室（以下简称市禁毒办）举报毒品违法犯"
        "罪线索的行为。",
        "举报人可以通过拨打110、市禁毒办公布的举报电话、书信、“腾冲禁毒”微信公众号或者当面等方式举报。",
        "举报经查证属实的，按下列标准给予奖励：" + listed,
        "" if draft else "居住在边境沿线村寨的边民举报的，按本办法第四条规定的标准上浮20%给予奖励。",
        "多人举报同一线索的，奖励最先举报的人；联名举报的，奖金由联名举报人协商分配。",
        "举报经查证属实、案件办结后30日内，市禁毒办通知举报人领取奖金。举报人应当自接到通知之日起90日内领取，逾期未领取的"
        "视为自动放弃。匿名举报的，可以凭举报时获得的举报编号领取奖金。",
        "公安机关和市禁毒办对举报人的姓名、住址、联系方式和举报内容严格保密，不得泄露。",
        "奖励资金从市财政安排的禁毒专项经费中列支。",
        f"本办法自{f('2026年3月1日', '2026年1月1日')}起施行。",
    ]
    n = iter("一二三四五六七八九十")
    return "\n\n".join(f"第{next(n)}条　{a}" for a in articles if a)


TC_DRAFT_LEAD = f"""
为提高政策制定的透明度和公众参与度，现将《{TC_TITLE}（征求意见稿）》全文公布，征求社会各界意见。征求意见截止时间为2025年12
月15日。意见建议可以通过信函寄至市禁毒委员会办公室（信封注明“禁毒举报奖励办法意见”），或者发送至市禁毒办电子邮箱。

腾冲市禁毒委员会办公室

2025年11月14日
"""

TC_XLF = "腾冲市禁毒举报宣传单_zh-CN_en-US.xlf"
# (source, target or None, state); [ and ] mark the original's bold run, kept as bpt / ept inline codes
TC_SEGMENTS: list[tuple[str, str | None, str]] = [
    ("腾冲市禁毒举报宣传单", "Tengchong Anti-Drug Reporting Leaflet", "translated"),
    ("举报毒品违法犯罪，有奖！", "Report drug crimes and get rewarded!", "translated"),
    ("24小时禁毒举报热线：0875-[5183110]", "24-hour anti-drug hotline: 0875-[5183110]", "translated"),
    (
        "也可以拨打110，或者关注“腾冲禁毒”微信公众号在线举报。",
        "You may also dial 110, or report online through the WeChat official account "
        "\u201cTengchong Jindu\u201d.",
        "translated",
    ),
    (
        "猴桥、滇滩口岸和各边境通道设有禁毒举报箱。",
        "Anti-drug report boxes are set up at Houqiao Port, Diantan Port and every border passage.",
        "needs-review-translation",
    ),
    (
        "举报人可以使用中文、缅甸语或者英语举报。",
        "Reports may be made in Chinese, Burmese or English.",
        "translated",
    ),
    (
        "举报查获海洛因、冰毒的，每克奖励30元，单起案件最高10万元；边民举报的，奖励上浮20%。",
        "For a report leading to the seizure of heroin or methamphetamine, the reward is 30 yuan per gram, "
        "up to 100,000 yuan per case; rewards for border residents are raised by 20%.",
        "translated",
    ),
    ("举报人信息严格保密。", "The identity of every informant is kept strictly confidential.", "translated"),
    ("腾冲市禁毒委员会办公室　2026年3月", None, "new"),
]


def xlf_inline(text: str) -> str:
    """A segment's text with the original's bold run as bpt / ept inline codes (its markup escaped)."""
    out = escape(text)
    out = out.replace("[", '<bpt id="1" ctype="bold">&lt;b&gt;</bpt>')
    return out.replace("]", '<ept id="1">&lt;/b&gt;</ept>')


def tc_xlf() -> bytes:
    """XLIFF 1.2 as memoQ exports a job: a byte-order mark, the file element, a header naming the tool, a
    trans-unit per segment (source, target with its state, inline codes for a bold run)."""
    units = []
    for i, (src, tgt, state) in enumerate(TC_SEGMENTS, 1):
        target = "" if tgt is None else f'\n        <target state="{state}">{xlf_inline(tgt)}</target>'
        units.append(
            f'      <trans-unit id="{i}" resname="p{i}" xml:space="preserve">\n'
            f"        <source>{xlf_inline(src)}</source>{target}\n"
            "      </trans-unit>"
        )
    body = "\n".join(units)
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" \
xmlns:mq="MQXliff">
  <file original="腾冲市禁毒举报宣传单.docx" source-language="zh-CN" target-language="en-US" \
datatype="x-docx" \
date="2026-03-10T06:42:18Z" product-name="腾冲市禁毒举报宣传单" tool-id="MQ">
    <header>
      <tool tool-id="MQ" tool-name="memoQ" tool-version="9.14.8" tool-company="memoQ Ltd"/>
      <note>项目：禁毒宣传双语化（中英、中缅）　客户：腾冲市禁毒委员会办公室　译员：李**　审校：待定</note>
    </header>
    <body>
{body}
    </body>
  </file>
</xliff>
"""
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def write_tengchong() -> None:
    final = messy(
        portal(
            TC,
            TC_TITLE,
            "政务公开 &gt; 规范性文件",
            "2026-02-12",
            "腾冲市禁毒委员会办公室",
            P(tc_articles(False)) + "<p>腾冲市人民政府办公室</p><p>2026年2月12日</p>",
            f"腾政办发{L}2026{R}8号",
        ),
        spam=False,
    )
    write(f"云南/腾冲市/{TC_TITLE}.html", final)
    write(f"云南/腾冲市/{TC_TITLE}(1).html", final)
    write(
        f"云南/腾冲市/{TC_DRAFT_TITLE}.html",
        portal(
            TC,
            TC_DRAFT_TITLE,
            "政务公开 &gt; 意见征集",
            "2025-11-14",
            "腾冲市禁毒委员会办公室",
            P(TC_DRAFT_LEAD)
            + f"<p style='text-align:center'><b>{TC_TITLE}（征求意见稿）</b></p>"
            + P(tc_articles(True)),
        ),
    )
    write_bytes(f"云南/腾冲市/{TC_XLF}", tc_xlf())
    t = "发现邻村地里种罂粟举报了，还举报了一个吸毒的，能拿多少奖金？"
    write(
        f"云南/腾冲市/12345 {t}.html",
        messy(
            letter(
                TC,
                "12345热线",
                t,
                "杨**（猴桥镇）",
                "2026-05-11",
                """
我今年52岁，住在猴桥镇一个边境村，家里种了6亩草果。4月份上山时发现邻村一块地里偷偷种了罂粟，就打了110举报，派出所
来铲了460株。后来我又举报了村里一个吸毒的人，也查实了。请问这两次举报能拿多少奖金？
""",
                "腾冲市禁毒委员会办公室",
                "2026-05-15",
                """
您好！感谢您对禁毒工作的支持！根据《腾冲市禁毒举报奖励办法》，举报非法种植罂粟的，按每株2元计算奖励，每起不低于200元；
举报吸毒人员经查证属实的，每查获1名奖励500元；居住在边境沿线村寨的边民举报的，上浮20%给予奖励。

您可获奖励（460×2+500）×（1+20%）=1704元。案件办结后，市禁毒办将在30日内通知您领取，请在接到通知之日起90日内领取。
""",
                "TC12345-2026-05112",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 6-8 珙县: the 社区戒毒社区康复人员帮扶救助办法 (GBK), the 融媒体中心 video's subtitles (.sbv), a 县长信箱
# reply
# ---------------------------------------------------------------------------------------------------------

GX_TITLE = "珙县社区戒毒社区康复人员帮扶救助办法"
GX_BODY = """
第一条　为帮助社区戒毒、社区康复人员戒断毒瘾、回归社会，巩固戒毒成果，减少复吸，根据《戒毒条例》等规定，结合
本县实际，
制定本办法。

第二条　本办法适用于本县户籍或者在本县居住的社区戒毒、社区康复人员（以下简称康复人员）。

第三条　乡镇（街道）禁毒工作办公室负责组织实施帮扶救助，县禁毒社工站提供心理辅导、行为矫治等专业服务。

第四条　康复人员应当按要求接受尿液检测：社区戒毒期间每月1次，社区康复期间每2个月1次。

第五条　用人单位吸纳康复人员就业并签订1年以上劳动合同的，每吸纳1人给予一次性就业补贴3000元。

第六条　康复人员自主创业、办理营业执照并正常经营6个月以上的，给予一次性创业补助5000元。

第七条　康复人员参加县人力资源社会保障部门组织的职业技能培训的，培训期间每人每天给予生活补助30元，每人每年最
多30天。

第八条　康复人员家庭生活困难的，按规定纳入最低生活保障或者给予临时救助。

第九条　社区康复期满、连续3年未复吸的，给予一次性操守保持奖励1000元。

第十条　本办法所需资金从县禁毒专项经费中列支。

第十一条　本办法自2026年1月1日起施行。

珙县禁毒委员会办公室　珙县人力资源和社会保障局

2025年12月22日
"""

GX_SBV = "珙县禁毒 _ 走出阴霾 重新出发——社区康复人员帮扶故事.sbv"
# (start, end, text lines)
GX_CUES: list[tuple[str, str, list[str]]] = [
    ("0:00:00.000", "0:00:03.400", ["（音乐）"]),
    ("0:00:03.400", "0:00:07.900", ["在珙县巡场镇的一家茶叶加工厂，", "小陈正在分拣新茶。"]),
    ("0:00:07.900", "0:00:12.300", ["三年前，他因为吸毒", "被责令接受社区康复。"]),
    ("0:00:12.300", "0:00:16.800", ["小陈：那时候觉得这辈子完了，", "是禁毒社工一直陪着我。"]),
    ("0:00:16.800", "0:00:21.200", ["社工刘**：我们县禁毒社工站", "在巡场镇新街28号，"]),
    ("0:00:21.200", "0:00:25.600", ["康复人员每周三上午", "到社工站集中尿检，"]),
    ("0:00:25.600", "0:00:29.100", ["需要心理辅导的也可以预约，"]),
    ("0:00:29.100", "0:00:32.500", ["心理咨询热线是0831-44"]),
    ("0:00:32.500", "0:00:36.000", ["12680，工作日都有人接听。"]),
    ("0:00:36.000", "0:00:40.700", ["旁白：去年，珙县有19家爱心企业", "吸纳康复人员就业。"]),
    ("0:00:40.700", "0:00:45.200", ["小陈：现在我签了两年的合同，", "每个月工资3200元，"]),
    ("0:00:45.200", "0:00:49.000", ["等攒够了钱，想自己开个小茶店。"]),
    ("0:00:49.000", "0:00:53.500", ["旁白：远离毒品，珍爱生命。", "珙县融媒体中心出品"]),
]


def gx_sbv() -> str:
    """YouTube Studio's .sbv: per cue ``H:MM:SS.mmm,H:MM:SS.mmm`` and its lines, a blank line between cues."""
    return "\n\n".join(f"{start},{end}\n" + "\n".join(lines) for start, end, lines in GX_CUES) + "\n"


def write_gongxian() -> None:
    write(
        f"四川/珙县/{GX_TITLE}.html",
        gbk_page(
            messy(
                portal(
                    GX,
                    GX_TITLE,
                    "政务公开 &gt; 规范性文件",
                    "2025-12-22",
                    "珙县禁毒委员会办公室",
                    P(GX_BODY),
                    f"珙禁委办发{L}2025{R}17号",
                )
            )
        ),
        "gbk",
    )
    write(f"四川/珙县/{GX_SBV}", gx_sbv())
    t = "茶厂招了4个社区康复人员，就业补贴能拿多少？"
    write(
        f"四川/珙县/县长信箱 {t}.html",
        letter(
            GX,
            "县长信箱",
            t,
            "罗**（巡场镇）",
            "2026-06-03",
            """
我在巡场镇开了一家茶叶加工厂，现有职工86人。今年响应号召，招了4名社区康复人员，其中3人签了2年的劳动合同，1人只签了6
个月的临时合同。这几个人干活都很踏实。请问厂里能拿到多少就业补贴？
""",
            "珙县禁毒委员会办公室",
            "2026-06-08",
            """
您好！感谢贵厂对禁毒工作的支持！根据《珙县社区戒毒社区康复人员帮扶救助办法》，用人单位吸纳康复人员就业并签订1年以上劳动
合同的，每吸纳1人给予一次性就业补贴3000元。

贵厂签订2年合同的3人符合条件，签订6个月合同的1人不符合条件，可获就业补贴3×3000=9000元。请携带劳动合同等材料到巡场镇禁
毒工作办公室申请。
""",
            "GXXZXX-2026-0603",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 9-11 余干县: the “无毒村（社区）”创建活动实施方案 (.docx with a table), its 附件2 that came down empty, a
# 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

YG_TITLE = "余干县“无毒村（社区）”创建活动实施方案"
YG_DOCX = f"{YG_TITLE}.docx"
YG_EMPTY = "附件2 无毒村（社区）创建验收评分表.xlsx"
YG_BLOCKS: list = [
    f"# {YG_TITLE}",
    "为深入推进禁毒人民战争，从源头上遏制毒品问题，县禁毒委员会决定在全县开展“无毒村（社区）”创建活动。现制定如下实施方案。",
    "## 一、创建目标",
    "到2027年底，全县60%以上的村（社区）建成“无毒村（社区）”。",
    "## 二、创建标准",
    "（一）辖区内无制毒、贩毒、种毒案件；（二）辖区内无新增吸毒人员；（三）社区戒毒社区康复执行率达到100%；（四）建有禁毒宣"
    "传阵地，每年开展禁毒宣传不少于4次。",
    "## 三、奖补标准",
    [
        ["奖补项目", "标准", "说明"],
        ["首次命名“无毒村（社区）”", "每个1万元", "县禁毒办验收命名后发放"],
        ["连续3年保持称号", "每个再奖5000元", "第3年验收合格后发放"],
        ["禁毒宣传阵地建设", "每个3000元", "禁毒宣传栏、宣传墙等"],
        ["村（社区）禁毒专干", "每人每月300元", "每个村（社区）配备1名"],
    ],
    "## 四、申报验收",
    "村（社区）每年10月底前向乡镇（街道）申报，乡镇（街道）初审后于11月15日前报县禁毒办；县禁毒办于12月组织验收，命名结果公"
    "示7天。",
    "## 五、动态管理",
    "已命名的村（社区）发生制毒、贩毒、种毒案件或者新增吸毒人员超过2名的，撤销称号，3年内不得重新申报。",
    "附件：1.“无毒村（社区）”创建申报表　2.“无毒村（社区）”创建验收评分表",
]


def write_yugan() -> None:
    parts = unpack(make.docx_bytes(YG_BLOCKS, "余干县禁毒委员会文件", "— 1 —", "余干县禁毒办", WHEN, STAMP))
    parts["docProps/core.xml"] = core_xml(YG_TITLE, "余干县禁毒办", WHEN).encode("utf-8")
    write_bytes(f"江西/余干县/{YG_DOCX}", package(parts))
    write_bytes(f"江西/余干县/{YG_EMPTY}", b"")
    t = "村里今年首次申报无毒村，还建了禁毒宣传墙，能拿多少奖补？"
    write(
        f"江西/余干县/领导留言板 {t}.html",
        messy(
            letter(
                YG,
                "领导留言板",
                t,
                "周**（瑞洪镇）",
                "2026-09-16",
                """
我是瑞洪镇一个村的支部书记，村里有1860人。今年村里第一次申报“无毒村”，已经在村委会门口建了禁毒宣传墙，全年搞了5次禁毒宣
传。村里现在有2名禁毒专干，其中一名是我兼任的。请问如果验收通过，村里能拿到多少奖补？禁毒专干的补贴怎么发？
""",
                "余干县禁毒委员会办公室",
                "2026-09-21",
                """
您好！根据《余干县“无毒村（社区）”创建活动实施方案》，首次命名“无毒村（社区）”的每个奖补1万元，禁毒宣传阵地建设每个奖
补3000元。

贵村验收通过后可获奖补10000+3000=13000元。禁毒专干每个村（社区）配备1名，每人每月300元，贵村只能按1名发放。请于10月底
前向瑞洪镇申报。
""",
                "YGLDLY-2026-0916",
            ),
            spam=False,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 12-14 沅陵县: the 社区（村）慈善基金管理办法, the 县慈善会's training outline from 幕布 (.opml), a
# 12345 reply
# ---------------------------------------------------------------------------------------------------------

YL_TITLE = "沅陵县社区（村）慈善基金管理办法"
YL_BODY = """
第一条　为动员社会力量参与基层治理，发展社区慈善事业，根据《中华人民共和国慈善法》等规定，结合本县实际，制定
本办法。

第二条　本办法所称社区（村）慈善基金，是指在县慈善会设立、以社区（村）命名、专项用于本社区（村）公益慈善事业
的专项基金。

第三条　村级慈善基金起始资金不低于2万元，社区慈善基金起始资金不低于5万元。设立基金由村（社区）“两委”提出申请，
与县慈善会签订协议。

第四条　县慈善会按社区（村）慈善基金当年新募集资金的20%给予配捐，每个基金每年配捐最高1万元。

第五条　基金用于本社区（村）困难群众救助、助学、助老、助残和社区公益项目，不得用于发放工作人员工资、福利。

第六条　每个基金设立管理委员会，由5至7人组成。单笔支出超过5000元的，须经基金管理委员会集体研究。

第七条　县慈善会不收取管理费。

第八条　基金收支情况每季度在村务（居务）公开栏公示一次。

第九条　本办法自2026年2月1日起施行。

沅陵县民政局　沅陵县慈善会

2026年1月16日
"""

YL_OPML = "沅陵县社区慈善基金培训提纲.opml"
# an outline: (text, note, children); [..] is a bold span in 幕布's markup
YL_OUTLINE: list[tuple[str, str, list]] = [
    (
        "一、什么是社区（村）慈善基金",
        "在县慈善会设立、以本村（社区）命名，钱只用于本村（社区）",
        [],
    ),
    (
        "二、怎么设立",
        "",
        [
            ("起始资金：村级不低于2万元，社区不低于5万元", "", []),
            ("村（社区）“两委”提出申请，与县慈善会签订协议", "协议范本找县慈善会要", []),
        ],
    ),
    (
        "三、怎么募捐",
        "",
        [
            ("线上：“沅陵慈善”微信小程序，选择本村（社区）基金捐款", "捐款后可以在线申请捐赠票据", []),
            ("线下：到县慈善会现场捐款", "", []),
            ("集中募捐：2026年9月[5]日“中华慈善日”全县集中开展", "各村提前一周发动", []),
        ],
    ),
    ("四、配捐", "当年新募集资金的20%，每个基金每年最高1万元", []),
    ("五、怎么用", "救助、助学、助老、助残、社区公益项目；单笔超过5000元要管委会集体研究", []),
    ("六、联系方式", "县慈善会办公室：0745-4223608", []),
]


def attr(value: str) -> str:
    """An XML attribute value in double quotes, its markup characters and quotes escaped."""
    return '"' + escape(value, {'"': "&quot;"}) + '"'


def mubu_markup(text: str) -> str:
    """幕布's rich text: a bold run a <span class="bold">."""
    return text.replace("[", '<span class="bold">').replace("]", "</span>")


def yl_opml() -> str:
    """OPML 2.0 as 幕布 exports a document: head (title, dates, owner), nested outlines whose text is the
    markup (escaped in the attribute), _mubu_text the same URL-encoded, _note the node's note."""

    def node(item: tuple[str, str, list], depth: int) -> str:
        text, note, children = item
        html = mubu_markup(text)
        attrs = f"text={attr(html)} _mubu_text={attr(urllib.parse.quote(html))}"
        if note:
            attrs += f" _note={attr(note)} _mubu_note={attr(urllib.parse.quote(note))}"
        pad = "  " * depth
        if not children:
            return f"{pad}<outline {attrs}/>"
        inner = "\n".join(node(c, depth + 1) for c in children)
        return f"{pad}<outline {attrs}>\n{inner}\n{pad}</outline>"

    body = "\n".join(node(item, 2) for item in YL_OUTLINE)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head>
    <title>沅陵县社区慈善基金培训提纲</title>
    <dateCreated>Tue, 10 Mar 2026 02:16:40 GMT</dateCreated>
    <dateModified>Thu, 19 Mar 2026 08:03:11 GMT</dateModified>
    <ownerName>沅陵县慈善会-向**</ownerName>
  </head>
  <body>
{body}
  </body>
</opml>
"""


def write_yuanling() -> None:
    write(
        f"湖南/沅陵县/{YL_TITLE}.html",
        portal(
            YL,
            YL_TITLE,
            "政务公开 &gt; 规范性文件",
            "2026-01-16",
            "沅陵县民政局",
            P(YL_BODY),
            f"沅民发{L}2026{R}2号",
        ),
    )
    write(f"湖南/沅陵县/{YL_OPML}", yl_opml())
    t = "村里慈善基金今年募集了6.8万元，县慈善会配捐多少？"
    write(
        f"湖南/沅陵县/12345 {t}.html",
        messy(
            letter(
                YL,
                "12345热线",
                t,
                "张**（官庄镇）",
                "2026-10-12",
                """
我是官庄镇一个村的报账员。村里的慈善基金去年设立，今年“中华慈善日”前后发动村民和在外乡贤捐款，全村有326户捐了款，一共
募集了6.8万元。听说县慈善会还要按比例配捐，请问能配多少？
""",
                "沅陵县慈善会",
                "2026-10-15",
                """
您好！根据《沅陵县社区（村）慈善基金管理办法》，县慈善会按社区（村）慈善基金当年新募集资金的20%给予配捐，每个基金每年配捐
最高1万元。

贵村今年新募集68000元，按20%计算为13600元，超过每年最高1万元的限额，按1万元配捐。配捐资金年底前直接拨入贵村基金账户。
""",
                "YL12345-2026-10121",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 15-17 建瓯市: the 慈善总会 慈善医疗救助 项目实施办法 (a hard-wrapped PDF), its 政策解读, a 市长信箱 reply
# ---------------------------------------------------------------------------------------------------------

JO_TITLE = "建瓯市慈善总会“慈善医疗救助”项目实施办法"
JO_PDF = f"{JO_TITLE}.pdf"
JO_PAGES: list[list[str]] = [
    [
        f"建瓯市慈善总会关于印发《{JO_TITLE}》的通知",
        f"建慈{L}2026{R}1号",
        "",
        "各乡镇（街道）慈善分会：",
        f"　　《{JO_TITLE}》已经市慈善总会第五届理事会第六次会议审议通过，现印发给你们，请认真组织实施。",
        "",
        "建瓯市慈善总会",
        "2026年1月8日",
        "",
        JO_TITLE,
        "　　第一条　为帮助困难群众减轻医疗费用负担，发挥慈善事业在多层次医疗保障体系中的补充作用，"
        "制定本办法。",
        "　　第二条　救助对象为本市户籍的低保对象、特困人员、低保边缘家庭成员，以及因病致贫家庭成员。",
    ],
    [
        "　　第三条　救助对象住院医疗费用经基本医疗保险、大病保险、医疗救助报销后，"
        "政策范围内个人自付超过1万元的部分，"
        "按30%给予救助，每人每年最高2万元。",
        "　　第四条　恶性肿瘤、尿毒症（透析治疗）患者，每人每年另给予营养补助1000元。",
        "　　第五条　申请人应当在出院结算后3个月内，向户籍所在乡镇（街道）慈善分会提出申请，"
        "提交身份证、户口簿、医疗费用结算单、出院小结和困难证明。",
        "　　第六条　乡镇（街道）慈善分会初审，市慈善总会审核，审核结果公示5个工作日，"
        "无异议的在15个工作日内打卡发放。",
        "　　第七条　同一救助对象一年内可以多次申请，累计救助金额不超过每人每年最高限额。",
    ],
    [
        "　　第八条　救助资金从市慈善总会募集的“慈善医疗救助”专项资金中列支，专款专用。",
        "　　第九条　本办法自2026年1月1日起施行，有效期3年。",
        "",
        "抄送：市民政局，市医疗保障局。",
        "建瓯市慈善总会秘书处　　　　　　　　2026年1月8日印发",
    ],
]

JO_READ = """
一、为什么出台《办法》？近年来，市慈善总会每年募集“慈善医疗救助”专项资金300万元以上。为规范救助行为，让善款用在最需要
的地方，市慈善总会制定了《办法》。

二、哪些人可以申请？本市户籍的低保对象、特困人员、低保边缘家庭成员和因病致贫家庭成员。

三、救助多少？住院费用经各项医保报销后，政策范围内个人自付超过1万元的部分按30%救助，每人每年最高2万元；恶性肿瘤、尿毒症
透析患者每年另给营养补助1000元。

四、到哪里申请？出院结算后3个月内，向户籍所在乡镇（街道）慈善分会申请。

五、咨询电话：市慈善总会0599-3822516（工作日上午8:00—12:00，下午14:30—17:30）。
"""


def write_jianou() -> None:
    OUT.write_pdf(
        f"福建/建瓯市/{JO_PDF}",
        ["\n".join(page) for page in JO_PAGES],
        "建瓯市慈善总会文件",
        36,
        lambda n, total: f"第 {n} 页 共 {total} 页",
        250,
    )
    write(
        "福建/建瓯市/政策解读.html",
        messy(
            portal(
                JO,
                f"《{JO_TITLE}》政策解读",
                "政务公开 &gt; 政策解读",
                "2026-01-12",
                "建瓯市慈善总会",
                P(JO_READ),
            )
        ),
    )
    t = "儿子尿毒症透析，低保边缘家庭，今年自付4.6万，慈善医疗救助能给多少？"
    write(
        f"福建/建瓯市/市长信箱 {t}.html",
        letter(
            JO,
            "市长信箱",
            t,
            "黄**（东峰镇）",
            "2026-06-22",
            """
我儿子今年26岁，前年查出尿毒症，现在每周在市医院透析3次。我家是低保边缘家庭，户口在东峰镇。今年1到5月儿子住了两次院，
总费用9.3万元，经医保、大病保险和医疗救助报销后，政策范围内个人自付4.6万元。请问慈善总会的医疗救助能给多少？
""",
            "建瓯市慈善总会",
            "2026-06-26",
            """
您好！根据《建瓯市慈善总会“慈善医疗救助”项目实施办法》，低保边缘家庭成员住院政策范围内个人自付超过1万元的部分，按30%给
予救助，每人每年最高2万元；尿毒症（透析治疗）患者每人每年另给予营养补助1000元。

您儿子可获医疗救助（46000{MINUS}10000）×30%=10800元，另加营养补助1000元，合计11800元。请在出院结算后3个月内向东峰镇慈善
分会申请。
""".replace("{MINUS}", MINUS),
            "JOSZXX-2026-0622",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 18-21 赤水市: the 城市书房建设运营管理办法, its 政策解读, the 宣传片's SAMI captions (.smi, GBK), a 12345
# reply
# ---------------------------------------------------------------------------------------------------------

CS_TITLE = "赤水市城市书房建设运营管理办法"
CS_BODY = """
第一条　为完善公共文化服务体系，推进全民阅读，规范城市书房建设和运营管理，结合本市实际，制定本办法。

第二条　本办法所称城市书房，是指由市图书馆与社会力量合作建设、纳入全市公共图书馆总分馆体系、免费向公众开放的
公共阅读空间。

第三条　城市书房应当具备以下条件：使用面积不少于100平方米，藏书不少于5000册，阅览座位不少于30个，配备自助借
还设备、无线网络和空调。

第四条　社会力量合作建设的城市书房，经市文体广电旅游局验收合格的，给予一次性建设奖补5万元。

第五条　城市书房每年开放时间不少于3000小时。年度考核合格的，给予运营补贴2万元；考核优秀的3万元。

第六条　读者凭身份证或者社保卡免押金借阅，城市书房与市图书馆通借通还。每证一次可借5册，借期30天。

第七条　城市书房不得向读者收取任何费用，不得从事与阅读服务无关的经营活动。

第八条　本办法自2026年1月1日起施行。

赤水市文体广电旅游局

2025年12月18日
"""

CS_READ = """
一、什么是城市书房？城市书房是市图书馆和社会力量合作建设的“家门口的图书馆”，免费开放，与市图书馆通借通还。

二、谁可以合作建设？商场、酒店、民宿、书店、景区等社会力量，有符合条件的场地，都可以申请。

三、怎么申请？合作方填写《城市书房合作建设申请书》，连同场地产权证明或者租赁合同，报市文体广电旅游局公共服务股，经实地
查看后签订合作协议。

四、有什么扶持？验收合格的一次性建设奖补5万元；年度考核合格的运营补贴2万元，优秀的3万元。

五、咨询电话：0851-22826157。
"""

CS_SMI = "赤水城市书房宣传片（中文字幕）.smi"
# (start ms, caption or None to clear the screen); | marks a <br> inside a caption
CS_CAPTIONS: list[tuple[int, str | None]] = [
    (0, "赤水市图书馆　出品"),
    (3200, None),
    (4000, "在赤水，城市书房就在你身边。"),
    (7600, "第一批7家城市书房|已经全部开放，"),
    (11300, "每天9:00至"),
    (13100, "21:00开放，节假日不休息。"),
    (16900, "凭身份证或社保卡|就能免押金借书，"),
    (20800, "借的书可以在全市任何一家书房归还。"),
    (24500, "丹霞书房、竹海书房、河滨书房……"),
    (28200, "总有一间，离你不远。"),
    (31500, None),
]


def cs_smi() -> str:
    """SAMI as a Windows captioning tool writes it: upper-case tags, SAMIParam, a STYLE with a .ZHCNCC class,
    a <SYNC Start=ms> per caption with an unclosed <P Class=ZHCNCC>, &nbsp; clearing the screen, CRLF."""
    syncs = []
    for start, text in CS_CAPTIONS:
        body = "&nbsp;" if text is None else escape(text).replace("|", "<br>")
        syncs.append(f"<SYNC Start={start}><P Class=ZHCNCC>{body}")
    lines = [
        "<SAMI>",
        "<HEAD>",
        "<TITLE>赤水城市书房宣传片</TITLE>",
        "<SAMIParam>",
        "  Metrics {time:ms;}",
        "  Spec {MSFT:1.0;}",
        "</SAMIParam>",
        '<STYLE TYPE="text/css">',
        "<!--",
        "P { margin-left:8pt; margin-right:8pt; margin-bottom:2pt; margin-top:2pt;",
        "    text-align:center; font-size:20pt; font-family:宋体, Arial; font-weight:normal; color:white; }",
        ".ZHCNCC { Name:简体中文; lang:zh-CN; SAMIType:CC; }",
        "-->",
        "</STYLE>",
        "</HEAD>",
        "<BODY>",
        *syncs,
        "</BODY>",
        "</SAMI>",
        "",
    ]
    return "\r\n".join(lines)


def write_chishui() -> None:
    write(
        f"贵州/赤水市/{CS_TITLE}.html",
        portal(
            CS,
            CS_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-18",
            "赤水市文体广电旅游局",
            P(CS_BODY),
            f"赤文旅发{L}2025{R}39号",
        ),
    )
    write(
        "贵州/赤水市/政策解读.html",
        portal(
            CS,
            f"图解：《{CS_TITLE}》",
            "政务公开 &gt; 政策解读",
            "2025-12-20",
            "赤水市文体广电旅游局",
            P(CS_READ),
        ),
    )
    write(f"贵州/赤水市/{CS_SMI}", cs_smi(), "gbk")
    t = "书店想和市里合作建城市书房，验收后又评了优秀，一共能拿多少钱？"
    write(
        f"贵州/赤水市/12345 {t}.html",
        letter(
            CS,
            "12345热线",
            t,
            "袁**（市中街道）",
            "2026-12-28",
            """
我在市中街道开了一家书店，店面150平方米，藏书8000册，阅览座位40个。今年3月和市图书馆签了协议，把书店改成了城市书房，4月
验收合格，全年开放了3200小时，年底考核评了优秀。请问今年一共能拿到多少扶持资金？
""",
            "赤水市文体广电旅游局",
            "2026-12-31",
            """
您好！根据《赤水市城市书房建设运营管理办法》，社会力量合作建设的城市书房验收合格的，给予一次性建设奖补5万元；年度考核合格
的给予运营补贴2万元，考核优秀的3万元。

您的书房可获建设奖补5万元和运营补贴3万元，共计8万元。感谢您为全民阅读作出的贡献！
""",
            "CS12345-2026-12286",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 22-25 南丹县: the 农家书屋提质增效实施方案, the 管理员补贴 明细表 (.xlsx), an analyst's notebook (.ipynb), a
# 12345 reply
# ---------------------------------------------------------------------------------------------------------

ND_TITLE = "南丹县农家书屋提质增效实施方案"
ND_BODY = """
一、工作目标。巩固全县148个农家书屋建设成果，到2026年底，农家书屋实现“有人管、常开放、书常新、用得好”。

二、管理员。每个农家书屋配备1名管理员，补贴每月300元。补贴按月考核发放，当月开放不达标的，不发放当月补贴。

三、开放时间。农家书屋每周开放不少于5天、每天不少于4小时；农忙时节可以调整为晚上开放，调整后的开放时间在村务公开栏公示。

四、图书更新。每个农家书屋每年补充新出版图书不少于60种，由县新华书店按村民需求配送。

五、数字阅读。每个农家书屋配备1台数字阅读终端，推广数字农家书屋平台。

六、示范书屋。每年评选示范农家书屋10个，每个奖励5000元。

七、本方案自2026年1月1日起施行。

中共南丹县委宣传部

2025年12月26日
"""

ND_XLSX = "南丹县2026年上半年农家书屋管理员补贴发放明细表.xlsx"
# (乡镇, 书屋数, 考核不合格月数)
ND_ROWS = [
    ("城关镇", 14, 2),
    ("大厂镇", 18, 3),
    ("车河镇", 12, 0),
    ("芒场镇", 15, 1),
    ("六寨镇", 16, 4),
    ("月里镇", 11, 0),
    ("吾隘镇", 13, 2),
    ("罗富镇", 10, 1),
    ("里湖瑶族乡", 13, 3),
    ("八圩瑶族乡", 12, 0),
    ("中堡苗族乡", 14, 2),
]


def nd_total() -> int:
    return sum(300 * (6 * houses - bad) for _, houses, bad in ND_ROWS)


def nd_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "发放明细"
    ws.append([ND_XLSX.removesuffix(".xlsx")])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        [
            "序号",
            "乡镇",
            "书屋数（个）",
            "应发月数（人·月）",
            "不合格月数（人·月）",
            "补贴标准（元/月）",
            "发放金额（元）",
        ]
    )
    for n, (town, houses, bad) in enumerate(ND_ROWS, 1):
        ws.append([n, town, houses, 6 * houses, bad, 300, 300 * (6 * houses - bad)])
    ws.append(
        [
            "合计",
            "",
            sum(r[1] for r in ND_ROWS),
            sum(6 * r[1] for r in ND_ROWS),
            sum(r[2] for r in ND_ROWS),
            "",
            nd_total(),
        ]
    )
    ws.append(
        ["说明：补贴按月考核发放，当月开放不达标的不发放当月补贴；制表：县委宣传部；制表日期：2026年7月8日"]
    )
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=len(ND_ROWS) + 3):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.properties.creator = wb.properties.lastModifiedBy = "南丹县委宣传部"
    buf = io.BytesIO()
    wb.save(buf)
    return restamp(buf.getvalue(), WHEN)


ND_IPYNB = "南丹县农家书屋借阅数据分析（2025年）.ipynb"
# 2025 borrowing by town: (乡镇, 书屋数, 借阅册次)
ND_BORROW = [
    ("城关镇", 14, 5127),
    ("大厂镇", 18, 6046),
    ("车河镇", 12, 3921),
    ("芒场镇", 15, 6380),
    ("六寨镇", 16, 5314),
    ("月里镇", 11, 3108),
    ("吾隘镇", 13, 3567),
    ("罗富镇", 10, 2735),
    ("里湖瑶族乡", 13, 2906),
    ("八圩瑶族乡", 12, 2471),
    ("中堡苗族乡", 14, 2125),
]


def nd_sum() -> int:
    return sum(b for *_, b in ND_BORROW)


def nd_ipynb() -> str:
    """A notebook as Jupyter saves it (nbformat 4.5, one-space indent, non-ASCII unescaped): cell ids,
    markdown and code cells, stream / execute_result / display_data outputs (a DataFrame as text/plain and
    text/html, a chart as a base64 PNG); the conclusion's figure in bold."""
    total = nd_sum()
    assert f"{total / 10000:.2f}" == "4.37"
    ranked = sorted(ND_BORROW, key=lambda r: -r[2])

    def lines(text: str) -> list[str]:
        parts = text.split("\n")
        return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])

    def md(cid: str, text: str) -> dict:
        return {"cell_type": "markdown", "id": cid, "metadata": {}, "source": lines(text)}

    def code(cid: str, n: int, text: str, outputs: list) -> dict:
        return {
            "cell_type": "code",
            "execution_count": n,
            "id": cid,
            "metadata": {},
            "outputs": outputs,
            "source": lines(text),
        }

    head = f"{'':<4}{'乡镇':<8}{'书屋数':>6}{'借阅册次':>8}{'屋均册次':>8}"
    plain = "\n".join(
        [head] + [f"{i:<4}{t:<8}{h:>6}{b:>8}{b / h:>8.1f}" for i, (t, h, b) in enumerate(ranked[:5])]
    )
    html = (
        '<div>\n<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n'
        "      <th></th>\n      <th>乡镇</th>\n      <th>书屋数</th>\n      <th>借阅册次</th>\n"
        "      <th>屋均册次</th>\n    </tr>\n  </thead>\n  <tbody>\n"
        + "".join(
            f"    <tr>\n      <th>{i}</th>\n      <td>{t}</td>\n      <td>{h}</td>\n      <td>{b}</td>\n"
            f"      <td>{b / h:.1f}</td>\n    </tr>\n"
            for i, (t, h, b) in enumerate(ranked[:5])
        )
        + "  </tbody>\n</table>\n</div>"
    )
    cells = [
        md(
            "3f9a1c2e",
            "# 南丹县农家书屋借阅数据分析（2025年）\n\n"
            "数据来源：县委宣传部农家书屋管理系统导出（2026-01-06），"
            "分析：县融媒体中心数据组。",
        ),
        code(
            "b7d04e51",
            1,
            "import pandas as pd\nimport matplotlib.pyplot as plt\n"
            "plt.rcParams['font.sans-serif'] = ['SimHei']\n\n"
            "df = pd.read_excel('农家书屋借阅登记_2025.xlsx')\nprint(df.shape)",
            [{"name": "stdout", "output_type": "stream", "text": ["(38604, 7)\n"]}],
        ),
        code(
            "c52e8a90",
            2,
            "town = df.groupby('乡镇').agg(书屋数=('书屋', 'nunique'), 借阅册次=('册数', 'sum'))\n"
            "town['屋均册次'] = (town['借阅册次'] / town['书屋数']).round(1)\n"
            "town.sort_values('借阅册次', ascending=False).reset_index().head()",
            [
                {
                    "data": {"text/html": lines(html), "text/plain": lines(plain)},
                    "execution_count": 2,
                    "metadata": {},
                    "output_type": "execute_result",
                }
            ],
        ),
        code(
            "d81f6b37",
            3,
            "top = df.groupby('书屋')['册数'].sum().sort_values(ascending=False).head(3)\nprint(top)",
            [
                {
                    "name": "stdout",
                    "output_type": "stream",
                    "text": [
                        "书屋\n",
                        "芒场镇巴平村书屋    2186\n",
                        "大厂镇拉易村书屋    1903\n",
                        "城关镇甲坪村书屋    1744\n",
                        "Name: 册数, dtype: int64\n",
                    ],
                }
            ],
        ),
        code(
            "e0a4c9d2",
            4,
            "ax = town['借阅册次'].sort_values().plot.barh(figsize=(8, 5), color='#2e7d32')\n"
            "ax.set_title('2025年各乡镇农家书屋借阅册次')\nplt.tight_layout()",
            [
                {
                    "data": {
                        "image/png": base64.b64encode(tiny_png(b"\x2e\x7d\x32")).decode() + "\n",
                        "text/plain": ["<Figure size 800x500 with 1 Axes>"],
                    },
                    "metadata": {},
                    "output_type": "display_data",
                }
            ],
        ),
        md(
            "f6c3b8a5",
            "## 结论\n\n"
            f"1. 2025年全县农家书屋借阅总量**{total / 10000:.2f}**万册次，比上年增长18.6%。\n"
            "2. 借阅量最高的书屋是芒场镇巴平村书屋（2186册次），"
            "最低的3个书屋全年不足50册次，建议纳入重点督导。\n"
            "3. 三个民族乡屋均借阅量偏低，建议增配少儿读物和农业技术类图书。",
        ),
    ]
    nb = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {
                "codemirror_mode": {"name": "ipython", "version": 3},
                "file_extension": ".py",
                "mimetype": "text/x-python",
                "name": "python",
                "nbconvert_exporter": "python",
                "pygments_lexer": "ipython3",
                "version": "3.11.7",
            },
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_nandan() -> None:
    write(
        f"广西/南丹县/{ND_TITLE}.html",
        messy(
            portal(
                ND,
                ND_TITLE,
                "政务公开 &gt; 通知公告",
                "2025-12-26",
                "中共南丹县委宣传部",
                P(ND_BODY),
                f"丹宣发{L}2025{R}21号",
            )
        ),
    )
    write_bytes(f"广西/南丹县/{ND_XLSX}", nd_xlsx())
    write(f"广西/南丹县/{ND_IPYNB}", nd_ipynb())
    t = "管农家书屋上半年，3月份装修关了一个月，补贴能发多少？"
    write(
        f"广西/南丹县/12345 {t}.html",
        letter(
            ND,
            "12345热线",
            t,
            "韦**（芒场镇）",
            "2026-07-14",
            """
我今年68岁，是芒场镇一个村的农家书屋管理员，书屋有藏书2300册。今年1到6月我一直在管书屋，但是3月份村委会装修，书屋整整关了
一个月，其他月份都按时开放了。请问上半年的管理员补贴能发多少？
""",
            "中共南丹县委宣传部",
            "2026-07-17",
            """
您好！根据《南丹县农家书屋提质增效实施方案》，农家书屋管理员补贴每月300元，按月考核发放，当月开放不达标的，不发放当月补贴。

您上半年除3月外的5个月开放达标，可发补贴5×300=1500元。感谢您对农家书屋工作的付出！
""",
            "ND12345-2026-07142",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 26-28 南雄市: the “书香南雄”全民阅读活动实施方案 on the city's 繁體 site, the 流动图书车 服务时间表 (.txt,
# GB18030), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

NX_TITLE = "南雄市“书香南雄”全民阅读活动实施方案（2026—2028年）"
NX_BODY = """
为深入推进全民阅读，建设书香社会，结合我市实际，制定本方案。

一、读者证办理。市民凭身份证或者社保卡到市图书馆免押金办理读者证。成人读者证一次可借图书10册，借期60天，可以续借1次30天；
14周岁以下少年儿童办理少儿读者证，一次可借图书5册。

二、逾期归还。逾期归还图书不收取滞纳金，逾期超过30天的，暂停借阅资格1个月。

三、流动图书车。市图书馆流动图书车每月到各镇服务2次，具体时间以市图书馆公布的服务时间表为准。

四、书香家庭。每年评选“书香家庭”20户，每户奖励价值500元的购书卡。评选结果在每年4月23日“世界读书日”公布。

五、阅读推广人。经市图书馆登记的阅读推广人每开展一场公益阅读推广活动，补贴200元，每人每年最多12场。

六、咨询电话：市图书馆0751-3826231。

南雄市文化广电旅游体育局

2026年2月20日
"""

NX_TXT = "南雄市图书馆流动图书车服务时间表（2026年下半年）.txt"
NX_STOPS = [
    ("珠玑镇", "镇文化站", "每月第一个星期二"),
    ("湖口镇", "镇政府广场", "每月第一个星期三"),
    ("乌迳镇", "镇文化站", "每月第一个星期四"),
    ("百顺镇", "镇中心小学", "每月第二个星期二"),
    ("坪田镇", "坪田圩", "每月第二个星期三"),
    ("全安镇", "镇文化站", "每月第二个星期四"),
    ("南亩镇", "镇政府广场", "每月第三个星期二"),
    ("水口镇", "水口圩", "每月第三个星期三"),
]


def nx_txt() -> str:
    """The 时间表 as typed in Notepad: a space-aligned table (widths by GBK bytes), CRLF lines."""
    lines = [
        "南雄市图书馆流动图书车服务时间表（2026年下半年）",
        "",
        "服务时间：上午9:00—11:30（每月第二次服务的日期在“南雄图书馆”微信公众号提前公布）",
        "",
    ]
    lines.append("镇        服务点            时间")
    for town, spot, when in NX_STOPS:
        lines.append(
            town + " " * (10 - len(town.encode("gbk"))) + spot + " " * (18 - len(spot.encode("gbk"))) + when
        )
    lines += [
        "",
        "说明：遇雨天或者节假日顺延，调整情况在“南雄图书馆”微信公众号发布。",
        "凭读者证借书，可以在流动图书车上办理续借和归还。",
        "",
        "南雄市图书馆",
        "2026年6月20日",
        "",
    ]
    return "\r\n".join(lines)


def write_nanxiong() -> None:
    page = portal(
        NX,
        NX_TITLE,
        "政务公开 &gt; 通知公告",
        "2026-02-20",
        "南雄市文化广电旅游体育局",
        P(NX_BODY),
        f"雄文广旅体{L}2026{R}5号",
    )
    page = page.replace('<html lang="zh-CN">', '<html lang="zh-HK">')
    write(f"广东/南雄市/{_S2HK.convert(NX_TITLE)}（繁體版）.html", _S2HK.convert(messy(page, spam=False)))
    write(f"广东/南雄市/{NX_TXT}", nx_txt(), "gb18030")
    t = "一家四口都想借书，一次最多能借几本？"
    write(
        f"广东/南雄市/12345 {t}.html",
        messy(
            letter(
                NX,
                "12345热线",
                t,
                "邓**（雄州街道）",
                "2026-03-09",
                """
我家4口人，住雄州街道。我和老婆都用身份证在市图书馆办了成人读者证，儿子今年8岁办了少儿读者证，女儿才2岁还没办证。上个月借的
3本书逾期了一个星期。请问我们一家人一次最多能借多少本书？逾期要交钱吗？
""",
                "南雄市图书馆",
                "2026-03-12",
                """
您好！根据《南雄市“书香南雄”全民阅读活动实施方案（2026—2028年）》，成人读者证一次可借图书10册，少儿读者证一次可借图书5册。

您家3个读者证一次最多可借10+10+5=25册。逾期归还不收取滞纳金，但逾期超过30天的将暂停借阅资格1个月，请按时归还。
""",
                "NX12345-2026-03094",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 29-33 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 社会")


N1_TITLE = "举报有奖 边境织密禁毒防线 保山多地出台禁毒举报奖励措施"
N1 = news(
    N1_TITLE,
    "云南网",
    "2026-04-02 10:18　来源：云南网　记者：段丽",
    """
保山地处边境禁毒前沿。今年以来，保山多个县市区出台禁毒举报奖励措施，发动群众参与禁毒人民战争。

保山腾冲市出台禁毒举报奖励办法，举报查获海洛因、冰毒的每克奖励30元。保山施甸县也已出台禁毒举报奖励办法。保山龙陵县禁毒
办表示，龙陵拟于下半年出台禁毒举报奖励办法。

腾冲市对举报非法种植罂粟等毒品原植物的给予奖励。保山隆阳区也已对举报种植毒品原植物的群众给予奖励。

昌宁县的禁毒志愿者也到腾冲参加了边境禁毒宣传活动。
""",
    "滇ICP备05000187号",
    ["云南开展禁毒“两打两控”专项行动", "6·26国际禁毒日：全省集中销毁毒品"],
)

N2_TITLE = "善款留在家门口 救助送到病床前 怀化南平慈善事业新观察"
N2 = news(
    N2_TITLE,
    "公益时报网",
    "2026-05-19 09:40　来源：公益时报　记者：丁宁",
    """
慈善不只是大额捐赠，也可以是一个村的互助、一次及时的救助。湖南怀化、福建南平一些县市让慈善更贴近群众。

怀化沅陵县在县慈善会设立社区（村）慈善基金，善款留在家门口。怀化洪江市也已在村（社区）设立慈善基金。

沅陵县慈善会按社区（村）慈善基金当年新募集资金的20%给予配捐。怀化辰溪县也已对社区慈善基金给予配捐。怀化溆浦县拟于明年
安排社区慈善基金配捐资金。

南平建瓯市慈善总会开展慈善医疗救助，对低保、特困等困难群众住院自付费用给予救助。南平顺昌县也已开展慈善医疗救助。南平浦城
县计划下半年启动慈善医疗救助项目。

中方县的村干部也到沅陵学习了慈善基金管理经验；光泽县慈善总会的工作人员也到建瓯交流。
""",
    "京ICP备05083215号",
    ["第十三届“中华慈善奖”评选启动", "社区慈善基金如何管好用好"],
)

N3_TITLE = "书香飘进城市书房和农家书屋 遵义河池全民阅读见闻"
N3 = news(
    N3_TITLE,
    "光明网",
    "2026-04-23 08:30　来源：光明网　记者：吴倩",
    """
4月23日是世界读书日。在贵州遵义和广西河池，城市书房和农家书屋让群众在家门口就能读好书。

遵义赤水市与社会力量合作建设城市书房，验收合格的给予一次性建设奖补5万元。遵义习水县也已对合作建设的城市书房给予建设奖补。
遵义播州区计划明年启动城市书房建设。

河池南丹县为农家书屋管理员每月发放补贴300元。河池天峨县也已为农家书屋管理员发放补贴。河池东兰县拟于年内出台农家书屋管理员
补贴办法。

南丹县每年评选示范农家书屋，每个奖励5000元。河池宜州区也已开展示范农家书屋评选并给予奖励。

红花岗区的读者也到赤水的城市书房打卡；凤山县的书屋管理员也到南丹参加了培训。
""",
    "京ICP备05065873号",
    ["全民阅读大会在京举行", "农家书屋提质增效工作推进会召开"],
)

N4_TITLE = "书香家庭点亮书香城市 韶关多地推进全民阅读"
N4 = news(
    N4_TITLE,
    "南方网",
    "2026-04-24 15:05　来源：南方日报　记者：温静",
    """
世界读书日前后，韶关各地图书馆人气旺。南雄市公布了今年的“书香家庭”名单。

韶关南雄市每年评选20户“书香家庭”，每户奖励价值500元的购书卡。韶关仁化县也已开展书香家庭评选并给予奖励。韶关始兴县将于明
年启动书香家庭评选。

南雄市图书馆凭身份证或者社保卡免押金办理读者证。韶关乐昌市图书馆也已实行免押金办证。

翁源县的读者也参加了南雄的全民阅读活动。
""",
    "粤ICP备05070829号",
    ["广东省第二十届南国书香节开幕", "韶关公共图书馆总分馆制建设提速"],
)

N5_TITLE = "帮一把 拉一把 宜宾上饶探索社区戒毒康复和无毒村创建新路"
N5 = news(
    N5_TITLE,
    "法治网",
    "2026-06-26 11:20　来源：法治日报　记者：秦川",
    """
今天是国际禁毒日。在四川宜宾和江西上饶，社区戒毒康复人员得到就业帮扶，“无毒村”创建让乡村更安宁。

宜宾珙县对吸纳社区戒毒社区康复人员就业的用人单位给予一次性就业补贴3000元。宜宾筠连县也已对吸纳康复人员就业的企业给予就业
补贴。宜宾屏山县计划年内出台康复人员就业帮扶措施。

珙县对社区康复期满、连续3年未复吸的给予操守保持奖励。宜宾叙州区也已实行操守保持奖励。

上饶余干县对首次命名的“无毒村（社区）”每个奖补1万元。上饶横峰县也已对命名的无毒村给予奖补。上饶广丰区拟于明年开展无毒村
创建。

南溪区的禁毒社工也到珙县交流了帮扶经验；玉山县的禁毒专干也参加了余干的培训。
""",
    "京ICP备05053127号",
    ["全国禁毒工作电视电话会议召开", "社区戒毒社区康复工作规范出台"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)]


def write_news() -> None:
    for title, page in NEWS:
        write(f"新闻/{title}.html", page)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_tengchong()
    write_gongxian()
    write_yugan()
    write_yuanling()
    write_jianou()
    write_chishui()
    write_nandan()
    write_nanxiong()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
