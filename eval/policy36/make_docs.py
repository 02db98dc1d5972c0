"""Writes eval/policy36/docs: a thirty-seventh probe collection (32 files), 婚俗改革与移风易俗、志愿服务激励
与互助养老、红十字人道服务 — what newly-weds, the heads of village 红白理事会, retirees banking volunteer
hours, villagers saving 爱心积分, long-serving volunteers, bus companies training drivers in first aid and
the families of the seriously ill and of organ donors ask (婚事新办奖励, 集体婚礼补助, 彩礼 and 婚宴 倡导标
准, 婚姻家庭辅导室; 红白理事会 工作经费 and 误工补贴, 婚丧 报备, 文明家庭 奖励; “时间银行” 时间币 存储, 兑换
and 转赠, 服务站 运营补贴; 爱心超市 积分 and 运营经费; 志愿者 星级, 礼遇 and 意外伤害保险; 红十字 救护员培训,
复训 and 应急救护站; 人道救助 — 大病救助, 突发事件救助, 博爱助学; 人体器官和遗体捐献者 人道救助金, 丧葬补助
and 就医优待) of eight new regions in eight provinces (凌源市, 隆德县, 祁县, 乐都区, 宁城县, 梅河口市, 镇原
县, 安达市), as chat users, agents and analysts bring them. Run once (``python -m eval.policy36.make_docs``);
the files are committed as data, and a second run writes the same bytes (every zip entry carries a fixed
time, the .docx, .xlsx, .pptm and .dotm fixed core dates and no python-docx / python-pptx trace, the PDF no
creation date or id, the .mhtml a fixed Date header, boundary and Content-IDs, the .gpx fixed times).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (北票市, 朝阳
县, 彭阳县, 泾源县, 太谷区, 平安区, 敖汉旗, 巴林左旗, 辉南县, 环县, 庆城县, 肇东市); the roundups also name
regions that have only planned a measure (喀左县, 原州区, 昔阳县, 化隆县, 林西县, 集安市, 合水县, 肇源县) and
regions named only in passing (龙城区, 海原县, 榆次区, 循化县, 克什克腾旗, 通化县, 华池县, 肇州县).

The documents: a 凌源市 婚俗改革实验区建设实施方案 beside its 征求意见稿 with other figures (彩礼 5万元, 20
桌, 消费券 1000元, 集体婚礼 每对 2000元, a 彩礼奖励 of 1000元 for 彩礼 under 1万元 that the final text
dropped, 2026年1月1日 施行), the “520”集体婚礼 报名 article of the 凌源民政 WeChat account as Chrome saved
it (.mhtml) and a 12345 reply (5000元); a 隆德县 红白理事会 规范运行和移风易俗激励办法 (GBK), the 2026年上半
年 经费拨付 明细表 (.xlsx, its 合计 only there) and a 县长信箱 reply (600元, the yearly cap); a 祁县 “时间银
行” 互助养老服务实施办法 (.docx, its 折算标准 a table), the 民政局's 社区宣讲 deck (.pptm) and a 12345 reply
(78个时间币); a 乐都区 “爱心超市” 积分兑换管理办法, the 2026年第二季度 兑换物品目录 (.txt, GB18030, CRLF,
hard-wrapped, a space-aligned table) and a 12345 reply (110分); a 宁城县 志愿者礼遇激励办法 beside the 2021
星级认定和激励办法 it repealed (已废止: 300小时 for 三星级, 四星级以上 ride free, 保额 10万元, 项目 1万元),
the 文明实践大喇叭 broadcast's lyrics file (.lrc) and a 领导留言板 reply (650小时); a 梅河口市 红十字会 群众
性应急救护培训 通知 on the city's 繁體 site (OpenCC s2t, zh-TW), the 应急救护站 layer exported from a map app
(.gpx) and a 12345 reply (24名); a 镇原县 红十字会 人道救助实施办法 (its 附件 link naming the template), the
申请审批表 template (.dotm), the 2026年第一季度 救助对象 公示 (a 名单 table) and a 12345 reply (6500元); an
安达市 人体器官和遗体捐献者关怀激励办法 (a hard-wrapped three-page PDF under a running header, 第八条's
sentence running on over a page break past the “— 2 —” page number), its 政策解读 and a 市长信箱 reply (23000
元).

New kinds of file none of eval/policy .. eval/policy35 had:
- a web page saved by Chrome as one file (.mhtml): the Blink header (From: <Saved by Blink>,
  Snapshot-Content-Location, a folded RFC 2047 Q-encoded Subject, Date, multipart/related; type="text/html"
  with its ----MultipartBoundary-- boundary), the frame's serialised DOM quoted-printable (every byte outside
  printable ASCII and every ``=`` as =XX, soft line breaks ``=`` before 76 columns, CRLF), the stylesheet a
  cid:…@mhtml.blink part, the picture a base64 PNG; every Chinese figure cut by the escapes, and the
  telephone number by a soft line break (042= | 1-6822513) (凌源 集体婚礼: 2026年4月30日, 至少一方户籍在凌源,
  0421-6822513 and 婚纱礼服 only there);
- a PowerPoint macro-enabled deck (.pptm): slides built with python-pptx, then the presentation part given
  the …presentation.macroEnabled.main+xml type, ppt/vbaProject.bin an OLE2 VBA project (MS-OVBA: PROJECT,
  PROJECTwm, VBA/_VBA_PROJECT, a compressed VBA/dir with its PROJECTINFORMATION, stdole reference and
  PROJECTMODULES records, an 自动播放 module in code page 936) under its vbaProject relationship,
  PowerPoint's app properties, a speaker note, no printer settings; a date cut by a bold red run (2026年6月 |
  30 | 日前) (祁县 宣讲: 2026年6月30日前, 扫码确认 and 0354-5233619 only there);
- a Word macro-enabled template (.dotm): the 申请审批表 (a bordered table with merged cells) and its 填表说
  明, the main part given the …template.macroEnabledTemplate.main+xml type, word/vbaProject.bin
  (TemplateProject: a ThisDocument module and a 一键排版 macro) with word/vbaData.xml under the wordVbaData
  relationship of its own part; a date cut where Word's editing left its runs (rsid attributes, the _GoBack
  bookmark: 每季度末月 | 10 | 日前) (镇原 申请表: 每季度末月10日前, 一式三份 and 0934-8621439 only there);
- an LRC lyrics file (.lrc) in GBK with CRLF lines: the ti / ar / al / by / offset / re / ve tags, a line per
  timed line ([mm:ss.xx]), the opening jingle's line carrying two tags (it plays again at the end); a date
  cut between two timed lines (2026年7 | [00:37.20]月1日至7月31日) (宁城 大喇叭: 2026年7月1日至7月31日 and
  0476-4223719 only there);
- a GPX 1.1 file (.gpx) of waypoints as a map app exports them: metadata (name, an escaped-HTML desc, author,
  time, bounds), a wpt per 救护站 with ele, time, name, cmt, an escaped-HTML desc, a Garmin sym and a type; a
  figure cut by the escaped markup (全天&lt;b&gt;24&lt;/b&gt;小时) (梅河口 救护站: 全天24小时, 0435-4231207
  and 应急救护站16个 only there).

Also: a 征求意见稿 beside its final text; a repealed 办法 beside the one that replaced it; a .docx with a
table; an .xlsx 明细表 with its 合计 only there; a GBK page; a GB18030 .txt; a page in traditional script on
the city's own 繁體 site (梅河口: 複訓8學時 and the “梅河口紅十字”微信公衆號 only there); a hard-wrapped PDF
with a page-number cut; spam lines and 打印 / 关闭 bars on some pages; eight replies (12345 ×5, 县长信箱, 领
导留言板, 市长信箱) each reckoning one asker's case to a figure only the reply holds."""

from __future__ import annotations

import base64
import io
import re
import shutil
import struct
import zipfile
import zlib
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import opencc
import openpyxl
import pptx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, Side
from pptx.dml.color import RGBColor as PptColor
from pptx.util import Emu
from reportlab import rl_config

from eval import policy_make as make
from eval.policy29.cfb import compound_file
from eval.policy29.make_docs import P, Site, core_xml, letter, portal

DOCS = Path(__file__).resolve().parent / "docs"
rl_config.invariant = 1  # no creation date or random id in the PDF: a second run writes the same bytes

STAMP = (2027, 10, 11, 0, 0, 0)
WHEN = "2026-04-02T08:30:00Z"
restamp = partial(make.restamp, stamp=STAMP)
_S2T = opencc.OpenCC("s2t")
L, R = "\u3014", "\u3015"  # the brackets of document numbers


SPAM = (
    '<div class="pl"><p>网友评论（4）</p>'
    "<p>游客：专业代办结婚证补办、离婚证，加急当天取，V信 hy88****。</p>"
    "<p>游客：志愿服务时长代刷，100小时起，价格优惠，QQ 2713****。</p>"
    "<p>游客：救护员证、急救证包过，不用上课，联系 139****5521。</p>"
    "<p>游客：支持！移风易俗早就该管管了。</p></div>"
)
BAR = '<div class="dy"><p>【打印本页】　【关闭窗口】　【返回顶部】</p></div>'


def messy(page: str, spam: bool = True) -> str:
    """The page with an 打印 / 关闭 bar and, with ``spam``, a comment box of spam lines before the footer."""
    return page.replace('<div class="footer">', BAR + (SPAM if spam else "") + '<div class="footer">')


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


LY = Site("凌源市人民政府", "辽ICP备05011736号")
LD = Site("隆德县人民政府", "宁ICP备05002917号")
QX = Site("祁县人民政府", "晋ICP备05004382号")
LDU = Site("海东市乐都区人民政府", "青ICP备05000863号")
NC = Site("宁城县人民政府", "蒙ICP备05003591号")
MH = Site("梅河口市人民政府", "吉ICP备05006247号")
ZY = Site("镇原县人民政府", "陇ICP备05008125号")
AD = Site("安达市人民政府", "黑ICP备05009458号")


# ---------------------------------------------------------------------------------------------------------
# a VBA project (MS-OVBA) for the macro-enabled packages: the PROJECT and PROJECTwm streams, VBA/dir and
# VBA/_VBA_PROJECT, a stream per module, the source in code page 936
# ---------------------------------------------------------------------------------------------------------


def ovba_compress(data: bytes) -> bytes:
    """An MS-OVBA CompressedContainer: a full 4096-byte chunk stored raw, the last (shorter) one as a
    compressed chunk of literal tokens (a flag byte 0 before every eight bytes)."""
    out = b"\x01"
    for i in range(0, max(len(data), 1), 4096):
        chunk = data[i : i + 4096]
        if len(chunk) == 4096:
            out += struct.pack("<H", 0x3000 | (4096 + 2 - 3)) + chunk
            continue
        body = b"".join(b"\x00" + chunk[j : j + 8] for j in range(0, len(chunk), 8))
        out += struct.pack("<H", 0xB000 | (len(body) + 2 - 3)) + body
    return out


def _rec(rid: int, payload: bytes) -> bytes:
    return struct.pack("<HI", rid, len(payload)) + payload


STDOLE = b"*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#C:\\Windows\\System32\\stdole2.tlb#OLE Automation"


def vba_dir(project: str, modules: list[tuple[str, bool]]) -> bytes:
    """The VBA/dir stream (uncompressed): PROJECTINFORMATION, a stdole reference, PROJECTMODULES with a
    record set per module (``True``: a document module)."""
    name = project.encode("cp936")
    info = (
        _rec(0x0001, struct.pack("<I", 1))  # SysKind: Win32
        + _rec(0x004A, struct.pack("<I", 0x00000002))  # CompatVersion
        + _rec(0x0002, struct.pack("<I", 0x0804))  # LCID
        + _rec(0x0014, struct.pack("<I", 0x0804))  # LCIDINVOKE
        + _rec(0x0003, struct.pack("<H", 936))  # CODEPAGE
        + _rec(0x0004, name)
        + _rec(0x0005, b"")
        + _rec(0x0040, b"")
        + _rec(0x0006, b"")
        + _rec(0x003D, b"")
        + _rec(0x0007, struct.pack("<I", 0))
        + _rec(0x0008, struct.pack("<I", 0))
        + struct.pack("<HIIH", 0x0009, 4, 1425213442, 14)  # PROJECTVERSION
        + _rec(0x000C, b"")
        + _rec(0x003C, b"")
    )
    refs = (
        _rec(0x0016, b"stdole")
        + _rec(0x003E, "stdole".encode("utf-16-le"))
        + _rec(0x000D, struct.pack("<I", len(STDOLE)) + STDOLE + struct.pack("<IH", 0, 0))
    )
    mods = _rec(0x000F, struct.pack("<H", len(modules))) + _rec(0x0013, struct.pack("<H", 0xFFFF))
    for mod, document in modules:
        m = mod.encode("cp936")
        mods += (
            _rec(0x0019, m)
            + _rec(0x0047, mod.encode("utf-16-le"))
            + _rec(0x001A, m)
            + _rec(0x0032, mod.encode("utf-16-le"))
            + _rec(0x001C, b"")
            + _rec(0x0048, b"")
            + _rec(0x0031, struct.pack("<I", 0))  # MODULEOFFSET: no performance cache
            + _rec(0x001E, struct.pack("<I", 0))
            + _rec(0x002C, struct.pack("<H", 0xFFFF))
            + struct.pack("<HI", 0x0022 if document else 0x0021, 0)
            + struct.pack("<HI", 0x002B, 0)
        )
    return info + refs + mods + struct.pack("<HI", 0x0010, 0)


def vba_project(project: str, guid: str, modules: list[tuple[str, bool, str]], workspace: str) -> bytes:
    """xl/ppt/word vbaProject.bin: an OLE2 compound file holding the project (``modules``: name, document
    module or not, source) as Office writes it, the source compressed in code page 936."""
    lines = [f'ID="{{{guid}}}"']
    for mod, document, _ in modules:
        lines.append(f"Document={mod}/&H00000000" if document else f"Module={mod}")
    lines += [
        f'Name="{project}"',
        'HelpContextID="0"',
        'VersionCompatible32="393222000"',
        'CMG="5D5FBF73C377C377C377C377"',
        'DPB="1F1DFD35BCE9BDE9BDE9"',
        'GC="4644E6C1E7C1E73E"',
        "",
        "[Host Extender Info]",
        "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
        "",
        "[Workspace]",
        workspace,
        "",
    ]
    streams = {
        "PROJECT": "\r\n".join(lines).encode("cp936"),
        "PROJECTwm": b"".join(
            m.encode("cp936") + b"\0" + m.encode("utf-16-le") + b"\0\0" for m, *_ in modules
        )
        + b"\0\0",
        "VBA/_VBA_PROJECT": b"\xcc\x61\xff\xff\x00\x00\x00",
        "VBA/dir": ovba_compress(vba_dir(project, [(m, d) for m, d, _ in modules])),
    }
    for mod, _, source in modules:
        streams[f"VBA/{mod}"] = ovba_compress(source.replace("\n", "\r\n").encode("cp936"))
    return compound_file(streams)


VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
VBA_TYPE = b"application/vnd.ms-office.vbaProject"


# ---------------------------------------------------------------------------------------------------------
# 1-4 凌源市: the 婚俗改革实验区 实施方案 beside its 征求意见稿, the “520”集体婚礼 报名 article saved by
# Chrome (.mhtml), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LY_TITLE = "凌源市婚俗改革实验区建设实施方案"
LY_DRAFT_TITLE = f"关于公开征求《{LY_TITLE}（征求意见稿）》意见的公告"


def ly_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    n = iter("一二三四五六七八")
    measures = [
        "婚事新办奖励。新人签订《婚事新办承诺书》，彩礼、婚宴均不超过倡导标准的，"
        f"每对给予{f('2000元', '1000元')}婚庆消费券。",
        "彩礼奖励。彩礼不超过1万元的，另奖励1000元。" if draft else "",
        "集体婚礼。市民政局每年5月20日、10月1日举办集体婚礼，"
        f"参加集体婚礼的新人每对补助{f('3000元', '2000元')}，婚礼场地、主持等费用由市财政承担。"
        + ("" if draft else "婚事新办奖励与集体婚礼补助可以同时享受。"),
        "颁证服务。婚姻登记机关免费提供结婚颁证服务，5月20日、七夕等特殊日期可以预约办理。",
        "婚姻家庭辅导。市婚姻登记处设立婚姻家庭辅导室，免费为登记当事人提供婚前辅导和婚姻家庭矛盾调解。",
    ]
    labels = iter("一二三四五六")
    listed = "\n\n".join(f"（{next(labels)}）{m}" for m in measures if m)
    return f"""
为深入推进移风易俗，破除高价彩礼、婚事大操大办等陈规陋习，根据民政部关于开展婚俗改革实验工作的部署，结合我市实
际，制定本方案。

{next(n)}、工作目标。到2026年底，全市婚事新办率达到{f("90%", "80%")}以上，婚姻登记机关婚姻家庭辅导室实现全
覆盖。

{next(n)}、倡导标准。

（一）彩礼。倡导婚嫁彩礼总额不超过{f("3万元", "5万元")}，不索要“三金”以外的大额财物。

（二）婚宴。城区婚宴不超过{f("15桌", "20桌")}、每桌标准不超过600元；农村婚宴不超过20桌。

（三）婚车。婚车不超过6辆，不使用豪华车队。

{next(n)}、激励措施。

{listed}

{next(n)}、申请程序。婚事新办奖励由新人在结婚登记后6个月内向一方户籍所在乡镇（街道）民政办申请，乡镇（街道）审核、
市民政局复核，公示5个工作日无异议后发放。

{next(n)}、本方案自{f("2026年3月1日", "2026年1月1日")}起施行。
"""


LY_DRAFT_LEAD = f"""
为广泛听取社会各界意见，现将《{LY_TITLE}（征求意见稿）》全文公布，征求意见截止时间为2025年12月20日。意见建议请发送至市
民政局社会事务科电子邮箱，或者邮寄至市民政局（请在信封上注明“婚俗改革意见”字样）。

凌源市民政局

2025年11月20日
"""

LY_MHTML = "报名啦！凌源市2026年“520”集体婚礼开始报名.mhtml"
LY_ARTICLE_TITLE = "报名啦！凌源市2026年“520”集体婚礼开始报名"
LY_URL = "https://mp.weixin.qq.com/s/Lk3vQ8mZr2TnYb5wXc7JdA"
LY_BOUNDARY = "----MultipartBoundary--n4Gq7ZkP2sWd9XbR1cVf8LtJ3mYh6QeA5oUi0ErT----"
# the article's sections: (style of the <section>, paragraphs)
LY_SECTIONS = [
    "为倡导婚事新办、简办，凌源市民政局将于2026年5月20日上午9:30在凌源市××公园举办“520”集体婚礼，现面向全市新人公"
    "开招募，欢迎符合条件的新人踊跃报名！",
    "一、报名条件：2026年1月1日以后在凌源市登记结婚、至少一方户籍在凌源的新人。",
    "二、招募名额：30对，额满为止。",
    "三、报名时间：即日起至2026年4月30日。",
    "四、报名方式：携带双方身份证和结婚证到市婚姻登记处（市政务服务中心一楼）现场报名，也可以拨打市民政局电话0421-6822513报名。",
    "五、新人福利：婚纱礼服、化妆、摄影由主办方免费提供；每对新人可以领取集体婚礼补助3000元。",
    "简约不简单，幸福不打折。期待与你们一起，在最美的季节许下最美的誓言！",
]
LY_CSS = """@charset "utf-8";

.rich_media_title { font-size: 22px; line-height: 1.4; margin-bottom: 14px; font-weight: 500; }
.rich_media_meta_list { margin-bottom: 22px; line-height: 20px; font-size: 0px; }
.rich_media_content { overflow: hidden; color: rgba(0, 0, 0, 0.9); font-size: 17px; position: relative; }
.qr_code_pc { position: absolute; left: 100%; top: 0px; width: 140px; padding: 16px; }
"""


def tiny_png() -> bytes:
    """A 16×8 PNG (a red ribbon on white), written by hand: the same bytes every run."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(
        b"\x00" + b"".join(b"\xc8\x10\x2e" if 2 <= y <= 5 else b"\xff\xff\xff" for _ in range(16))
        for y in range(8)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def quoted_printable(text: str) -> str:
    """Blink's quoted-printable: UTF-8 bytes, ``=`` and every byte outside printable ASCII as =XX, a
    trailing space or tab escaped, lines soft-broken with ``=`` before 76 columns, CRLF line ends."""
    out: list[str] = []
    for line in text.split("\n"):
        tokens = [chr(b) if 32 <= b <= 126 and b != 0x3D else f"={b:02X}" for b in line.encode("utf-8")]
        if tokens and tokens[-1] in (" ", "\t"):
            tokens[-1] = f"={ord(tokens[-1]):02X}"
        cur = ""
        for t in tokens:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def encoded_words(text: str) -> str:
    """A header value as RFC 2047 Q-encoded words of UTF-8, folded."""
    words, cur = [], ""
    for ch in text:
        enc = "".join(f"={b:02X}" for b in ch.encode("utf-8")) if ord(ch) > 126 or ch in "=?_ " else ch
        if len(cur) + len(enc) > 60:
            words.append(f"=?utf-8?Q?{cur}?=")
            cur = ""
        cur += enc
    words.append(f"=?utf-8?Q?{cur}?=")
    return "\r\n ".join(words)


def ly_article_html() -> str:
    """The 微信公众号 article as Blink serialises its DOM for an MHTML snapshot: the charset <meta> first in
    <head>, the stylesheet as a cid: link, the body's sections with inline styles, the account's furniture."""
    style = (
        "margin: 0px 0px 16px; padding: 0px; outline: 0px; max-width: 100%; "
        "box-sizing: border-box !important; overflow-wrap: break-word !important; letter-spacing: 1px; "
        "line-height: 1.75em; text-indent: 2em;"
    )
    sections = "".join(
        f'<section style="{style}"><span style="font-size: 15px; color: rgb(62, 62, 62);">{escape(p)}</span>'
        "</section>"
        for p in LY_SECTIONS
    )
    img = (
        '<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5" '
        'data-type="png" data-w="1080" '
        'src="https://mmbiz.qpic.cn/mmbiz_png/Qv3xLkR8TnZ2bW5yPc7JdAm9Gf0Hs1Ue/640?wx_fmt=png" '
        'style="width: 100%; height: auto !important;"></section>'
    )
    return f"""<!DOCTYPE html><html class=""><head><meta http-equiv="Content-Type" content="text/html; \
charset=UTF-8"><link rel="stylesheet" type="text/css" \
href="cid:css-7d1e0b52-3a9c-4f61-b8e2-5c0a91d4f7e3@mhtml.blink" />
<meta name="viewport" \
content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{LY_ARTICLE_TITLE}"><meta property="og:url" content="{LY_URL}">
<meta property="og:site_name" content="微信公众平台"><title>{LY_ARTICLE_TITLE}</title></head>
<body id="activity-detail" class="zh_CN wx_wap_page wx_wap_desktop_fontsize_2 mm_appmsg comment_feature \
discuss_tab appmsg_skin_default appmsg_style_default pages_skin_pc">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" \
class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title " id="activity-name">{LY_ARTICLE_TITLE}</h1>
<div id="meta_content" class="rich_media_meta_list"><span \
class="rich_media_meta rich_media_meta_text">凌源民政</span> <span \
class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" \
class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">凌源民政</a></span> \
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年4月10日 17:32</em> \
<em id="js_ip_wording_wrp" \
class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">辽宁</span></em></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" \
style="visibility: visible;">{img}{sections}<p style="text-align: right;"><span style="font-size: 12px;">\
来源：凌源市民政局　编辑：刘**　审核：王**</span></p></div>
<div id="js_tags" class="article-tag__list"><span class="article-tag__item">#婚俗改革</span> \
<span class="article-tag__item">#集体婚礼</span></div>
<div class="rich_media_tool" id="js_toobar3"><div class="media_tool_meta">阅读 \
<span id="readNum3">3826</span></div><div class="media_tool_meta" id="like3">赞 <span>126</span></div>\
<div class="media_tool_meta">在看 \
<span>57</span></div><div class="media_tool_meta">写留言</div></div>
</div></div></div></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" \
src="https://open.weixin.qq.com/qr/code?username=gh_4c1d92e7a5b3"><p>微信扫一扫<br>关注该公众号</p></div></div>
</body></html>"""


def ly_mhtml() -> bytes:
    """A page saved by Chrome as one file (MHTML): the Blink header (From, Snapshot-Content-Location, a
    Q-encoded Subject, Date, multipart/related with its boundary), the frame's HTML quoted-printable, the
    stylesheet as a cid: part and the picture base64."""
    png = base64.b64encode(tiny_png()).decode()
    png_lines = "\r\n".join(png[i : i + 76] for i in range(0, len(png), 76))
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {LY_URL}\r\n"
        f"Subject: {encoded_words(LY_ARTICLE_TITLE)}\r\n"
        "Date: Sat, 11 Apr 2026 02:22:31 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{LY_BOUNDARY}"\r\n'
        "\r\n\r\n"
    )
    parts = [
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-4A1F9C2D7E3B8056C1D4E9F2A7B3C605@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {LY_URL}\r\n\r\n" + quoted_printable(ly_article_html()) + "\r\n",
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: cid:css-7d1e0b52-3a9c-4f61-b8e2-5c0a91d4f7e3@mhtml.blink\r\n\r\n"
        + quoted_printable(LY_CSS)
        + "\r\n",
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://mmbiz.qpic.cn/mmbiz_png/Qv3xLkR8TnZ2bW5yPc7JdAm9Gf0Hs1Ue/640?wx_fmt=png\r\n\r\n"
        + png_lines
        + "\r\n",
    ]
    body = "".join(f"--{LY_BOUNDARY}\r\n{p}" for p in parts) + f"--{LY_BOUNDARY}--\r\n"
    return (head + body).encode("ascii")


def write_lingyuan() -> None:
    write(
        f"辽宁/凌源市/{LY_TITLE}.html",
        messy(
            portal(
                LY,
                LY_TITLE,
                "政务公开 &gt; 规范性文件",
                "2026-02-16",
                "凌源市民政局",
                P(ly_articles(False))
                + "<p>附件：婚事新办承诺书（样式）</p><p>凌源市民政局　凌源市精神文明建设办公室</p>"
                "<p>2026年2月16日</p>",
                f"凌民发{L}2026{R}4号",
            ),
            spam=False,
        ),
    )
    write(
        f"辽宁/凌源市/{LY_DRAFT_TITLE}.html",
        portal(
            LY,
            LY_DRAFT_TITLE,
            "政务公开 &gt; 意见征集",
            "2025-11-20",
            "凌源市民政局",
            P(LY_DRAFT_LEAD)
            + f"<p style='text-align:center'><b>{LY_TITLE}（征求意见稿）</b></p>"
            + P(ly_articles(True)),
        ),
    )
    write_bytes(f"辽宁/凌源市/{LY_MHTML}", ly_mhtml())
    t = "3月刚领证，彩礼2.8万、婚宴12桌，还报了520集体婚礼，能拿多少补助？"
    write(
        f"辽宁/凌源市/12345 {t}.html",
        messy(
            letter(
                LY,
                "12345热线",
                t,
                "孙**（城关街道）",
                "2026-04-16",
                """
我和爱人今年3月8日在市婚姻登记处登记结婚，两人户籍都在城关街道。我们彩礼给了2.8万元，婚宴在城区酒店办了12桌，每桌580
元，婚车用了4辆，登记时签了《婚事新办承诺书》。我们还报名参加了今年的“520”集体婚礼。请问按市里的婚俗改革方案，我们能
拿到哪些补助，一共多少钱？
""",
                "凌源市民政局",
                "2026-04-20",
                """
您好！根据《凌源市婚俗改革实验区建设实施方案》，新人签订《婚事新办承诺书》，彩礼、婚宴均不超过倡导标准（彩礼3万元，城
区婚宴15桌、每桌600元）的，每对给予2000元婚庆消费券；参加集体婚礼的新人每对补助3000元，两项可以同时享受。

您二位可获婚事新办奖励2000元（婚庆消费券）和集体婚礼补助3000元，合计5000元。婚事新办奖励请在登记后6个月内向城关街道民
政办申请，集体婚礼补助在婚礼当天发放。
""",
                "LY12345-2026-04163",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 5-7 隆德县: the 红白理事会 规范运行 和 移风易俗 激励办法 (GBK), the 经费拨付 明细表 (.xlsx), a 县长信箱
# reply
# ---------------------------------------------------------------------------------------------------------

LD_TITLE = "隆德县村级红白理事会规范运行和移风易俗激励办法"
LD_BODY = """
第一条　为深入推进移风易俗，遏制婚丧事宜大操大办、高价彩礼等不良风气，规范村级红白理事会运行，结合本县实
际，制定本办
法。

第二条　各行政村（社区）成立红白理事会，由5至7人组成，会长一般由村“两委”成员担任，成员从老党员、老干部、
乡贤中推选。

第三条　红白理事会工作经费每个行政村每年5000元，由县财政列支，用于购置公用餐具、开展培训和日常办公。

第四条　红白理事会成员主持操办婚丧事宜的，每人每场次误工补贴50元，每人每年最高600元。

第五条　倡导标准：婚事彩礼不超过5万元，宴席不超过10桌、每桌不超过400元；丧事办理一般不超过3天，不搞吹打
乐队，不燃放
大型烟花。

第六条　婚丧事宜实行报备制度：婚事须提前7天、丧事须在1天内向本村红白理事会报备。

第七条　党员干部操办婚丧事宜的，须提前向所在党组织报告，带头婚事新办、丧事简办。

第八条　每年评选县级“移风易俗示范村”，每个奖补2万元；评选县级“文明家庭”，每户奖励1000元。

第九条　本办法自2026年1月1日起施行。

中共隆德县委宣传部　隆德县民政局

2025年12月15日
"""

LD_XLSX = "隆德县2026年上半年村级红白理事会经费拨付明细表.xlsx"
# (乡镇, 行政村, 工作经费 元, 主持操办场次, 误工补贴人次)
LD_ROWS = [
    ("城关镇", "新民村", 5000, 9, 41),
    ("沙塘镇", "杨家村", 5000, 12, 55),
    ("联财镇", "联合村", 5000, 7, 30),
    ("山河镇", "崇安村", 5000, 5, 22),
    ("观庄乡", "前庄村", 5000, 6, 27),
    ("温堡乡", "新庄村", 5000, 4, 18),
]


def ld_total() -> int:
    return sum(fund + 50 * times for *_, fund, _, times in LD_ROWS)


def ld_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "拨付明细"
    ws.append([LD_XLSX.removesuffix(".xlsx")])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        [
            "序号",
            "乡镇",
            "行政村",
            "工作经费（元）",
            "主持操办场次",
            "误工补贴人次",
            "误工补贴（元）",
            "小计（元）",
        ]
    )
    for n, (town, village, fund, events, times) in enumerate(LD_ROWS, 1):
        ws.append([n, town, village, fund, events, times, 50 * times, fund + 50 * times])
    ws.append(
        [
            "合计",
            "",
            f"{len(LD_ROWS)}个村",
            sum(r[2] for r in LD_ROWS),
            sum(r[3] for r in LD_ROWS),
            sum(r[4] for r in LD_ROWS),
            sum(50 * r[4] for r in LD_ROWS),
            ld_total(),
        ]
    )
    ws.append(["说明：误工补贴按每人每场次50元计算；制表单位：隆德县民政局；制表日期：2026年7月10日"])
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=len(LD_ROWS) + 3):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.properties.creator = wb.properties.lastModifiedBy = "隆德县民政局"
    buf = io.BytesIO()
    wb.save(buf)
    return restamp(buf.getvalue(), WHEN)


def gbk_page(page: str) -> str:
    return page.replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    )


def write_longde() -> None:
    write(
        f"宁夏/隆德县/{LD_TITLE}.html",
        gbk_page(
            messy(
                portal(
                    LD,
                    LD_TITLE,
                    "政务公开 &gt; 规范性文件",
                    "2025-12-15",
                    "隆德县民政局",
                    P(LD_BODY),
                    f"隆民发{L}2025{R}61号",
                )
            )
        ),
        "gbk",
    )
    write_bytes(f"宁夏/隆德县/{LD_XLSX}", ld_xlsx())
    t = "当红白理事会会长，上半年主持了14场婚丧事，误工补贴能领多少？"
    write(
        f"宁夏/隆德县/县长信箱 {t}.html",
        letter(
            LD,
            "县长信箱",
            t,
            "马**（沙塘镇）",
            "2026-07-02",
            """
我是沙塘镇一个村的红白理事会会长，今年67岁，当了30年村干部。今年1到6月村里办了11场婚事、5场丧事，其中我主持操办了14场，
每场都按标准简办，最多的一场才8桌。听说县里给理事会成员发误工补贴，请问我能领多少？
""",
            "隆德县民政局",
            "2026-07-07",
            """
您好！根据《隆德县村级红白理事会规范运行和移风易俗激励办法》，红白理事会成员主持操办婚丧事宜的，每人每场次误工补贴50元，
每人每年最高600元。

您上半年主持操办14场，按标准计算为14×50=700元，超过每人每年最高600元的限额，按600元发放；下半年再主持操办的，不再发放
误工补贴。感谢您为移风易俗工作付出的辛劳！
""",
            "LDXZXX-2026-0702",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 8-10 祁县: the “时间银行” 互助养老 实施办法 (.docx with a table), the 社区宣讲 slides (.pptm), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

QX_TITLE = "祁县“时间银行”互助养老服务实施办法"
QX_DOCX = f"{QX_TITLE}.docx"
QX_BLOCKS: list = [
    f"# {QX_TITLE}",
    "为积极应对人口老龄化，弘扬互帮互助的社会风尚，推动志愿服务与居家养老服务相结合，结合本县实际，制定本办法。",
    "## 一、参与对象",
    "年满16周岁、身体健康、具有服务能力的本县居民，均可以注册成为时间银行志愿者。服务对象为本县60周岁以上老年人，独居、空"
    "巢、失能、高龄老年人优先。",
    "## 二、时间存储",
    "志愿者为老年人提供服务，经服务对象确认后，按服务时长和服务类别折算存入“时间币”。折算标准如下：",
    [
        ["服务类别", "服务内容", "折算标准"],
        ["生活照料", "助餐、助洁、代购代办", "1小时计1个时间币"],
        ["精神慰藉", "陪伴聊天、读书读报", "1小时计1个时间币"],
        ["专业服务", "理发、康复护理、法律咨询", "1小时计1.5个时间币"],
        ["夜间陪护", "22:00至次日6:00陪护", "1小时计2个时间币"],
    ],
    "## 三、时间兑换",
    "志愿者年满60周岁后，可以用存储的时间币兑换同等时长的养老服务；时间币也可以转赠给本人直系亲属使用。",
    "时间币在全县范围内通存通兑，长期有效，不得买卖。存储时间币满100个的，年底可以参评“时间银行星级志愿者”。",
    "## 四、保障措施",
    "县财政为注册志愿者购买意外伤害保险。各乡镇（街道）设立时间银行服务站，每个服务站运营补贴每年2万元，由县民政局按年度考"
    "核后拨付。",
    "## 五、附则",
    "本办法自2026年4月1日起施行，由县民政局负责解释。",
]

QX_PPTM = "祁县时间银行社区宣讲（2026年4月）.pptm"
# a slide: (title, [paragraphs]); in a paragraph [..] is a bold red run of its own
QX_SLIDES: list[tuple[str, list[str]]] = [
    ("祁县“时间银行”互助养老", ["存时间　换服务", "祁县民政局　2026年4月"]),
    (
        "什么是时间银行？",
        [
            "年轻时为老人服务，把服务时间存起来",
            "自己年老时，再用存下的时间兑换服务",
            "全县通存通兑，时间币长期有效",
        ],
    ),
    (
        "怎么注册？",
        [
            "微信搜索“祁县时间银行”小程序，实名注册",
            "也可以到所在社区的时间银行服务站登记",
            "首批志愿者注册截止2026年6月[30]日前",
        ],
    ),
    (
        "怎么存时间？",
        [
            "在小程序接单后上门服务",
            "服务结束由老人或家属扫码确认",
            "系统按服务类别自动折算时间币",
            "夜间陪护1小时计2个时间币",
        ],
    ),
    (
        "首批服务站",
        [
            "昭馀镇西大街社区服务站",
            "东观镇东观村服务站",
            "古县镇古县村服务站",
            "开放时间：周一至周五 8:30-17:30",
        ],
    ),
    ("联系我们", ["县民政局养老服务股", "电话：0354-5233619"]),
]
QX_NOTES = {2: "讲解时提醒：未满16周岁的学生可以随家长参加服务，但不单独注册。"}
QX_VBA = """Attribute VB_Name = "Module1"
Sub 自动播放()
    ' 宣讲现场循环播放
    With ActivePresentation.SlideShowSettings
        .LoopUntilStopped = msoTrue
        .AdvanceMode = ppSlideShowUseSlideTimings
        .Run
    End With
End Sub
"""
PPTX_MAIN = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
PPTM_MAIN = b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"
PRINTER = b"application/vnd.openxmlformats-officedocument.presentationml.printerSettings"


def qx_app(slides: int) -> str:
    titles = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t, _ in QX_SLIDES)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<TotalTime>86</TotalTime><Words>142</Words><Application>Microsoft Office PowerPoint</Application>"
        "<PresentationFormat>宽屏</PresentationFormat><Paragraphs>24</Paragraphs>"
        f"<Slides>{slides}</Slides><Notes>1</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>"
        '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant>'
        "<vt:lpstr>主题</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant>"
        f"<vt:lpstr>幻灯片标题</vt:lpstr></vt:variant><vt:variant><vt:i4>{slides}</vt:i4></vt:variant>"
        f'</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="{slides + 1}" baseType="lpstr">'
        f"<vt:lpstr>Office 主题</vt:lpstr>{titles}</vt:vector></TitlesOfParts><Company>祁县民政局</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false"
        "</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
    )


def qx_pptm() -> bytes:
    """A macro-enabled PowerPoint deck: slides built with python-pptx (a title and a bulleted body, a date
    cut by a bold red run, a speaker note), then the package made a .pptm — the presentation part given the
    …presentation.macroEnabled.main+xml type, ppt/vbaProject.bin (an auto-play macro) under its relationship,
    PowerPoint's app properties, no printer settings part."""
    prs = pptx.Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    for i, (title, paras) in enumerate(QX_SLIDES):
        slide = prs.slides.add_slide(prs.slide_layouts[0 if i == 0 else 1])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        for j, text in enumerate(paras):
            p = body.paragraphs[0] if j == 0 else body.add_paragraph()
            for k, piece in enumerate(re.split(r"\[|\]", text)):
                if not piece:
                    continue
                run = p.add_run()
                run.text = piece
                if k % 2:
                    run.font.bold = True
                    run.font.color.rgb = PptColor(0xC0, 0x00, 0x00)
        if i in QX_NOTES:
            slide.notes_slide.notes_text_frame.text = QX_NOTES[i]
    buf = io.BytesIO()
    prs.save(buf)
    parts = unpack(buf.getvalue())
    del parts["ppt/printerSettings/printerSettings1.bin"]
    types = parts["[Content_Types].xml"]
    assert PPTX_MAIN in types and PRINTER in types
    parts["[Content_Types].xml"] = types.replace(PPTX_MAIN, PPTM_MAIN).replace(PRINTER, VBA_TYPE)
    rels = re.sub(
        rb'<Relationship Id="rId\d+" Type="[^"]*/printerSettings" Target="[^"]*"/>',
        b"",
        parts["ppt/_rels/presentation.xml.rels"],
    )
    parts["ppt/_rels/presentation.xml.rels"] = rels.replace(
        b"</Relationships>",
        f'<Relationship Id="rId99" Type="{VBA_REL}" Target="vbaProject.bin"/></Relationships>'.encode(),
    )
    parts["docProps/core.xml"] = core_xml("祁县“时间银行”互助养老", "祁县民政局", WHEN).encode("utf-8")
    parts["docProps/app.xml"] = qx_app(len(QX_SLIDES)).encode("utf-8")
    parts["ppt/vbaProject.bin"] = vba_project(
        "VBAProject",
        "5E2B7C14-8D3A-4F09-A6C1-2B9E0D47F3A8",
        [("Module1", False, QX_VBA)],
        "Module1=26, 26, 1180, 620, Z",
    )
    return restamp(package(parts), WHEN)


def write_qixian() -> None:
    parts = unpack(make.docx_bytes(QX_BLOCKS, "祁县民政局文件", "— 1 —", "祁县民政局", WHEN, STAMP))
    parts["docProps/core.xml"] = core_xml(QX_TITLE, "祁县民政局", WHEN).encode("utf-8")
    write_bytes(f"山西/祁县/{QX_DOCX}", package(parts))
    write_bytes(f"山西/祁县/{QX_PPTM}", qx_pptm())
    t = "退休后做时间银行志愿者，助餐理发夜间陪护都干过，能存多少时间币？"
    write(
        f"山西/祁县/12345 {t}.html",
        letter(
            QX,
            "12345热线",
            t,
            "郭**（昭馀镇）",
            "2026-08-12",
            """
我今年58岁，家住昭馀镇，去年从县里的棉纺厂退休，退休金每月2900元。今年4月注册成了时间银行志愿者，到现在给小区里的老人助
餐40小时、理发12小时，还有夜间陪护10小时，一共62个小时。请问我能存多少个时间币？以后我老了能换多少服务？
""",
            "祁县民政局",
            "2026-08-15",
            """
您好！根据《祁县“时间银行”互助养老服务实施办法》，生活照料（助餐等）1小时计1个时间币，专业服务（理发等）1小时计1.5个时
间币，夜间陪护1小时计2个时间币。

您可存入40×1+12×1.5+10×2=78个时间币。您年满60周岁后，可以用时间币兑换同等时长的养老服务，也可以转赠给直系亲属使用。
感谢您的爱心奉献！
""",
            "QX12345-2026-08127",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 11-13 乐都区: the “爱心超市” 积分兑换 管理办法, the 兑换物品目录 (.txt, GB18030), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LDU_TITLE = "海东市乐都区“爱心超市”积分兑换管理办法"
LDU_BODY = """
第一条　为激发群众参与乡村治理的内生动力，弘扬文明乡风，推行“以表现换积分、以积分换物品”的激励机制，结合
本区实际，制定
本办法。

第二条　爱心超市以行政村为单位设立，由村“两委”负责日常管理。区财政对每个爱心超市每年补助运营经费8000元，
用于采购兑换
物品。

第三条　积分以户为单位，每户建立《爱心积分卡》。

第四条　加分标准：（一）参加村内志愿服务、义务劳动的，每次积5分；（二）当月被评为“清洁户”的，每月积10分
；（三）被评为
“好婆婆”“好媳妇”等孝老爱亲典型的，一次性积50分；（四）婚事新办、丧事简办的，一次性积30分。

第五条　扣分标准：乱堆乱放、乱倒垃圾的，每次扣5分；大操大办婚丧事宜的，扣30分。

第六条　积分由村“两委”每月评定一次，在村务公开栏公示3天后记入《爱心积分卡》。

第七条　每1积分兑换价值1元的物品。积分不得兑换现金、不得转让，当年积分有效期至次年3月31日。

第八条　本办法自2026年3月15日起施行。

海东市乐都区精神文明建设办公室

2026年3月2日
"""

LDU_TXT = "乐都区爱心超市兑换物品目录（2026年第二季度）.txt"
LDU_INTRO = (
    "根据《海东市乐都区“爱心超市”积分兑换管理办法》，现将2026年第二季度区里统一采购的兑换物品目录印发给你们，请各村"
    "爱心超市按目录兑换，不得擅自调整积分标准，兑换情况每月底报乡镇汇总。"
)
LDU_GOODS = [
    ("1", "食用油（5L）", "桶", "60分"),
    ("2", "大米（10kg）", "袋", "45分"),
    ("3", "面粉（10kg）", "袋", "40分"),
    ("4", "洗衣粉（1kg）", "袋", "12分"),
    ("5", "毛巾", "条", "8分"),
    ("6", "学生书包", "个", "30分"),
    ("7", "保温水壶", "个", "35分"),
]


def ldu_txt() -> str:
    """The 目录 as pasted into Notepad from a forwarded message: a hard-wrapped lead, a space-aligned table,
    CRLF lines."""
    lines = ["乐都区爱心超市兑换物品目录（2026年第二季度）", "", "各乡镇、各村爱心超市："]
    lines += ["　　" + LDU_INTRO[:30]] + [LDU_INTRO[i : i + 32] for i in range(30, len(LDU_INTRO), 32)]
    lines += ["", "序号  物品名称          单位    所需积分"]
    for n, name, unit, points in LDU_GOODS:
        pad = 18 - len(name.encode("gbk"))
        lines.append(f"{n:<6}{name}{' ' * pad}{unit}      {points}")
    lines += [
        "",
        "兑换时间：每月5日和20日上午9:00至12:00，由村爱心超市管理员登记兑换。",
        "兑换须出示《爱心积分卡》，积分不足的不予兑换。",
        "",
        "乐都区新时代文明实践中心",
        "2026年3月28日",
        "",
    ]
    return "\r\n".join(lines)


def write_ledu() -> None:
    write(
        f"青海/乐都区/{LDU_TITLE}.html",
        portal(LDU, LDU_TITLE, "政务公开 &gt; 规范性文件", "2026-03-02", "乐都区文明办", P(LDU_BODY)),
    )
    write(f"青海/乐都区/{LDU_TXT}", ldu_txt(), "gb18030")
    t = "我家今年义务劳动6次，评了3个月清洁户，婆婆还评上了好婆婆，能攒多少积分？"
    write(
        f"青海/乐都区/12345 {t}.html",
        messy(
            letter(
                LDU,
                "12345热线",
                t,
                "李**（高庙镇）",
                "2026-09-03",
                """
我是高庙镇一个村的村民，家里5口人，种了8亩地，还养了20只羊。今年村里搞了爱心超市，我家参加了6次义务劳动，有3个月评上了
清洁户，我婆婆今年还被评为村里的“好婆婆”。请问我家一共能攒多少积分？能换多少钱的东西？
""",
                "乐都区精神文明建设办公室",
                "2026-09-06",
                """
您好！根据《海东市乐都区“爱心超市”积分兑换管理办法》，参加志愿服务、义务劳动的每次积5分，被评为清洁户的每月积10分，被
评为“好婆婆”的一次性积50分；每1积分兑换价值1元的物品。

您家可积6×5+3×10+50=110分，可以到本村爱心超市兑换价值110元的物品。积分不能兑换现金，当年积分有效期至次年3月31日。
""",
                "LDU12345-2026-09031",
            )
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 14-17 宁城县: the 志愿者礼遇激励办法 and the 2021 办法 it repealed, the 文明实践大喇叭 lyrics file (.lrc,
# GBK), a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

NC_TITLE = "宁城县志愿者礼遇激励办法"
NC_OLD_TITLE = "宁城县志愿者星级认定和激励办法"


def nc_articles(old: bool) -> str:
    """The 办法's articles: the 2026 text, or (``old``) the 2021 one it repealed."""

    def f(new: str, was: str) -> str:
        return was if old else new

    articles = [
        "为弘扬“奉献、友爱、互助、进步”的志愿精神，"
        f"建立健全志愿者{f('礼遇激励', '星级认定和激励')}机制，结合本县实际，制定本办法。",
        "本办法适用于在全国志愿服务信息系统注册、在本县参加志愿服务的志愿者。志愿服务时长以全国志愿服务信息系统记录为准。",
        f"志愿者星级按累计志愿服务时长认定：累计{f('100', '50')}小时为一星级，{f('300', '150')}小时为二星级，"
        f"{f('600', '300')}小时为三星级，{f('1000', '600')}小时为四星级，{f('1500', '1000')}小时为五星级。",
        f"{f('三', '四')}星级以上志愿者凭志愿者证免费乘坐县城公交车{f('，免费游览县内国有景区', '')}。",
        f"县文明办每年为全县注册志愿者统一购买志愿服务意外伤害保险，保额每人{f('20万元', '10万元')}。",
        "" if old else "五星级志愿者在同等条件下优先招录为社区工作者。",
        f"对评选出的优秀志愿服务项目，每个资助最高{f('2万元', '1万元')}。",
        "星级认定每年集中开展一次，由志愿者向所在村（社区）新时代文明实践站申报，县文明办审核认定。",
        f"本办法自{f('2026年5月1日', '2021年6月1日')}起施行。"
        + f(f"《{NC_OLD_TITLE}》（宁文明委发{L}2021{R}3号）同时废止。", ""),
    ]
    n = iter("一二三四五六七八九十")
    return "\n\n".join(f"第{next(n)}条　{a}" for a in articles if a)


NC_LRC = "文明实践大喇叭（第37期）志愿者礼遇激励政策解读.lrc"
# (time tags, text): the opening jingle plays again at the end (two tags on one line)
NC_LINES: list[tuple[list[str], str]] = [
    (["00:00.00", "01:09.80"], "（音乐）文明实践大喇叭，传递文明好声音"),
    (["00:04.20"], "主持人：乡亲们好，欢迎收听《文明实践大喇叭》，我是主持人晓雯。"),
    (["00:09.80"], "今天我们请来了县文明办的同志，"),
    (["00:12.60"], "给大家讲讲新出台的志愿者礼遇激励办法。"),
    (["00:17.30"], "嘉宾：大家好。从今年5月1日起，"),
    (["00:20.90"], "志愿服务时长累计满600小时的就是三星级志愿者，"),
    (["00:25.40"], "三星级以上可以免费坐县城公交车。"),
    (["00:30.10"], "主持人：那今年什么时候申报星级？"),
    (["00:33.50"], "嘉宾：今年星级志愿者集中认定，申报时间是2026年7"),
    (["00:37.20"], "月1日至7月31日，到所在村（社区）的"),
    (["00:40.80"], "新时代文明实践站提交申请。"),
    (["00:44.60"], "主持人：时长怎么算？"),
    (["00:47.00"], "嘉宾：以全国志愿服务信息系统里的记录为准，"),
    (["00:51.30"], "还没注册的乡亲，可以请文明实践站的工作人员帮着注册。"),
    (["00:56.20"], "主持人：有问题打哪个电话？"),
    (["00:58.90"], "嘉宾：县文明办志愿服务科，电话0476-4223719。"),
    (["01:04.50"], "主持人：好的，感谢收听，我们下期再见。"),
]


def nc_lrc() -> str:
    """An LRC lyrics file as an audio editor exports it for the broadcast: the ID tags, then a line per
    timed line ([mm:ss.xx], two tags where a line repeats), CRLF; a date cut between two timed lines."""
    head = [
        "[ti:文明实践大喇叭（第37期）志愿者礼遇激励政策解读]",
        "[ar:宁城县融媒体中心]",
        "[al:文明实践大喇叭]",
        "[by:宁城县融媒体中心新媒体部]",
        "[offset:0]",
        "[re:Adobe Audition 2020]",
        "[ve:13.0]",
        "",
    ]
    lines = ["".join(f"[{t}]" for t in tags) + text for tags, text in NC_LINES]
    return "\r\n".join(head + lines) + "\r\n"


def write_ningcheng() -> None:
    write(
        f"内蒙古/宁城县/{NC_TITLE}.html",
        portal(
            NC,
            NC_TITLE,
            "政务公开 &gt; 规范性文件",
            "2026-04-17",
            "宁城县精神文明建设委员会",
            P(nc_articles(False)) + "<p>宁城县精神文明建设委员会</p><p>2026年4月17日</p>",
            f"宁文明委发{L}2026{R}2号",
        ),
    )
    old = portal(
        NC,
        NC_OLD_TITLE,
        "政务公开 &gt; 规范性文件",
        "2021-05-20",
        "宁城县精神文明建设委员会",
        '<table class="xxgk" border="1"><tr><th>发文机关</th><td>宁城县精神文明建设委员会</td><th>文号</th>'
        f"<td>宁文明委发{L}2021{R}3号</td></tr><tr><th>成文日期</th><td>2021-05-20</td><th>有效性</th>"
        '<td><span style="color:red">已废止</span></td></tr></table>'
        + P(nc_articles(True))
        + "<p>宁城县精神文明建设委员会</p><p>2021年5月20日</p>",
        f"宁文明委发{L}2021{R}3号",
    )
    write(f"内蒙古/宁城县/{NC_OLD_TITLE}（2021年，已废止）.html", old)
    write(f"内蒙古/宁城县/{NC_LRC}", nc_lrc(), "gbk")
    t = "做了3年志愿者，今年能评几星？能不能免费坐公交？"
    write(
        f"内蒙古/宁城县/领导留言板 {t}.html",
        messy(
            letter(
                NC,
                "领导留言板",
                t,
                "张**（天义镇）",
                "2026-05-26",
                """
我是天义镇的退休教师，今年63岁，2023年开始在社区做志愿者，教孩子们写毛笔字。全国志愿服务信息系统里，2023年记录了210小时，
2024年260小时，2025年180小时。听说以前的办法600小时就是四星级，现在新办法出来了，我能评几星？能免费坐县城公交吗？
""",
                "宁城县精神文明建设委员会办公室",
                "2026-05-29",
                """
您好！根据2026年5月1日起施行的《宁城县志愿者礼遇激励办法》，累计志愿服务600小时为三星级、1000小时为四星级，原办法同时废
止。

您累计志愿服务时长为210+260+180=650小时，达到三星级，未达到四星级。三星级以上志愿者凭志愿者证可以免费乘坐县城公交车。请
在今年星级集中认定时向所在社区新时代文明实践站申报。
""",
                "NCLDLY-2026-0526",
            ),
            spam=False,
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 18-20 梅河口市: the 应急救护培训 通知 on the city's 繁體 site, the 应急救护站 layer (.gpx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

MH_TITLE = "梅河口市红十字会关于开展2026年群众性应急救护培训工作的通知"
MH_BODY = """
各乡镇（街道）红十字会，市直各单位：

为普及应急救护知识和技能，提高群众自救互救能力，市红十字会决定在全市开展2026年群众性应急救护培训工作。现将有关事项通知如
下：

一、培训内容。救护员培训16学时，内容包括心肺复苏、自动体外除颤器（AED）使用、气道异物梗阻急救、创伤救护等，考核合格的颁
发《红十字救护员证》，证书有效期3年；普及培训4学时，面向社区居民和中小学生。

二、培训费用。培训全部免费，教材、考核费用由市红十字会承担。

三、重点人群。重点面向教师、公安民警、公交和出租车驾驶员、导游、学校和大型商场保安等行业从业人员。到2026年底，重点行业从
业人员救护员持证率达到50%以上。

四、报名方式。单位集中报名的，每期30至40人，由单位统一向市红十字会报名；个人可以通过“梅河口红十字”微信公众号报名。

五、开班时间。每月第二周、第四周的周六在市红十字会应急救护培训中心集中开班。

六、复训。救护员证到期前3个月内可以参加复训，复训8学时，考核合格的重新核发证书。

七、联系电话：0435-4226120。

梅河口市红十字会

2026年3月2日
"""

MH_GPX = "梅河口市红十字应急救护站（奥维地图导出）.gpx"
# (name, lat, lon, ele, phone, description HTML)
MH_STATIONS = [
    (
        "梅河口站应急救护站",
        42.539318,
        125.670214,
        346.2,
        "0435-4231207",
        "<p>位于梅河口站进站口东侧，全天<b>24</b>小时有人值守，配备AED 2台。</p>",
    ),
    (
        "人民广场应急救护站",
        42.530127,
        125.644806,
        351.7,
        "0435-4229316",
        "<p>开放时间：8:00-20:00，夏季延长至21:30。</p>",
    ),
    (
        "海龙湖景区应急救护站",
        42.495512,
        125.712133,
        382.4,
        "0435-4258830",
        "<p>景区开放期间有人值守，节假日增派红十字志愿者。</p>",
    ),
    (
        "梅河口客运站应急救护站",
        42.535208,
        125.661735,
        348.9,
        "0435-4236652",
        "<p>开放时间：6:00-18:00。</p>",
    ),
]


def mh_gpx() -> str:
    """GPX 1.1 as a map tool exports a layer of marks: metadata (name, an escaped-HTML desc, author, time,
    bounds), a wpt per 救护站 with ele, time, name, cmt, an escaped-HTML desc, sym and type."""
    lats = [s[1] for s in MH_STATIONS]
    lons = [s[2] for s in MH_STATIONS]
    wpts = "\n".join(
        f"""<wpt lat="{lat:.6f}" lon="{lon:.6f}">
<ele>{ele:.1f}</ele>
<time>2026-03-18T02:{10 + i:02d}:00Z</time>
<name>{name}</name>
<cmt>电话：{phone}</cmt>
<desc>{escape(desc)}</desc>
<sym>Medical Facility</sym>
<type>红十字应急救护站</type>
</wpt>"""
        for i, (name, lat, lon, ele, phone, desc) in enumerate(MH_STATIONS)
    )
    meta_desc = escape(
        "<p>全市已建成红十字应急救护站16个，均配备自动体外除颤器（AED）和急救箱。</p><p>数据更新：2026年3月</p>"
    )
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="Ovital Map 9.8.2" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">
<metadata>
<name>梅河口市红十字应急救护站</name>
<desc>{meta_desc}</desc>
<author><name>梅河口市红十字会</name></author>
<time>2026-03-18T02:30:00Z</time>
<bounds minlat="{min(lats):.6f}" minlon="{min(lons):.6f}" maxlat="{max(lats):.6f}" maxlon="{max(lons):.6f}"/>
</metadata>
{wpts}
</gpx>
"""


def write_meihekou() -> None:
    page = portal(
        MH,
        MH_TITLE,
        "政务公开 &gt; 通知公告",
        "2026-03-02",
        "梅河口市红十字会",
        P(MH_BODY),
        f"梅红字{L}2026{R}3号",
    )
    page = page.replace('<html lang="zh-CN">', '<html lang="zh-TW">')
    write(f"吉林/梅河口市/{_S2T.convert(MH_TITLE)}（繁體版）.html", _S2T.convert(messy(page, spam=False)))
    write(f"吉林/梅河口市/{MH_GPX}", mh_gpx())
    t = "公交公司120名驾驶员已有36人持证，要达到持证率还要培训多少人？"
    write(
        f"吉林/梅河口市/12345 {t}.html",
        letter(
            MH,
            "12345热线",
            t,
            "于**（和平街道）",
            "2026-03-20",
            """
我是市里一家公交公司的安全主管，公司有驾驶员120名，运营线路18条，去年有36名驾驶员考取了红十字救护员证。听说今年市里对重点
行业救护员持证率有要求，请问我们还需要再培训多少人？怎么报名？要不要交钱？
""",
            "梅河口市红十字会",
            "2026-03-24",
            """
您好！根据《梅河口市红十字会关于开展2026年群众性应急救护培训工作的通知》，到2026年底，重点行业从业人员救护员持证率达到50%
以上，公交驾驶员属于重点人群。

贵公司120名驾驶员中持证人数应达到120×50%=60人，已有36人持证，还需组织24名驾驶员参加救护员培训。单位集中报名的每期30至40
人，贵公司可以报名一期，培训全部免费。
""",
            "MH12345-2026-03204",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 21-24 镇原县: the 红十字会 人道救助 实施办法, the 申请审批表 template (.dotm), the 第一季度 救助对象 公示, a
# 12345 reply
# ---------------------------------------------------------------------------------------------------------

ZY_TITLE = "镇原县红十字会人道救助实施办法"
ZY_BODY = """
第一条　为发挥红十字会在人道领域的助手作用，帮助遭受重大疾病、突发事件等困难的群众，结合本县实际，制定本办法。

第二条　人道救助包括大病救助、突发事件救助和博爱助学，所需资金从县红十字会募集的社会捐赠款物中列支。

第三条　大病救助：本县户籍居民患重大疾病，年度内个人自付合规医疗费用超过3万元的，按超过部分的10%给予救助
，每人每年最高1
万元。大病救助每人每年只能申请一次。

第四条　突发事件救助：因火灾、交通事故等突发事件导致基本生活陷入困难的家庭，每户一次性救助3000元。

第五条　博爱助学：当年考入全日制普通本科的困难家庭学生，每人一次性资助3000元；考入全日制普通专科（高职）
的，每人资助2000
元。

第六条　申请程序：申请人向户籍所在村（社区）提出申请，经乡镇红十字会初审后报县红十字会审核，审核结果在县
政府网站公示5个工作
日，无异议的在15个工作日内发放。

第七条　已享受民政临时救助的，可以同时申请人道救助。

第八条　本办法自2026年1月1日起施行。
"""

ZY_DOTM = "镇原县红十字人道救助申请审批表（模板）.dotm"
ZY_FORM = [
    ["申请人姓名", "", "性别", ""],
    ["身份证号码", "", "联系电话", ""],
    ["家庭住址", "", "家庭人口", ""],
    ["救助类别", "□大病救助　□突发事件救助　□博爱助学", "申请金额（元）", ""],
    ["申请事由", "", "", ""],
    ["村（社区）意见", "（盖章）　　年　月　日", "", ""],
    ["乡镇红十字会意见", "（盖章）　　年　月　日", "", ""],
    ["县红十字会审核意见", "（盖章）　　年　月　日", "", ""],
]
# a note: its runs, each (text, rsid) — Word's runs as editing left them; None marks the _GoBack bookmark
ZY_NOTES: list[list[tuple[str, str] | None]] = [
    [("1.本表一式三份，申请人、乡镇红十字会、县红十字会各存一份。", "00C41A7E")],
    [
        (
            "2.申请大病救助的，须附医疗费用票据复印件和医保结算单；申请博爱助学的，须附录取通知书复印件。",
            "00C41A7E",
        )
    ],
    [
        ("3.乡镇红十字会于每季度末月", "00C41A7E"),
        None,
        ("10", "0052F3B9"),
        ("日前将审核通过的申请表报送县红十字会。", "00C41A7E"),
    ],
    [("4.咨询电话：0934-8621439（县红十字会办公室）。", "00C41A7E")],
]
ZY_VBA_MODULE = """Attribute VB_Name = "Module1"
Sub 一键排版()
    ' 按公文格式排版：正文仿宋_GB2312三号，固定行距28磅
    With ActiveDocument.Content
        .Font.Name = "仿宋_GB2312"
        .Font.Size = 16
        .ParagraphFormat.LineSpacingRule = wdLineSpaceExactly
        .ParagraphFormat.LineSpacing = 28
    End With
End Sub
"""
ZY_VBA_DOC = """Attribute VB_Name = "ThisDocument"
Attribute VB_Base = "1Normal.ThisDocument"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = True
Attribute VB_TemplateDerived = True
Attribute VB_Customizable = True
"""
DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOTM_MAIN = b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
ZY_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
    "</Template><TotalTime>42</TotalTime><Pages>1</Pages><Words>96</Words><Characters>552</Characters>"
    "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>4</Lines>"
    "<Paragraphs>1</Paragraphs><ScaleCrop>false</ScaleCrop><Company>镇原县红十字会</Company>"
    "<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>647</CharactersWithSpaces><SharedDoc>false"
    "</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)
ZY_VBA_DATA = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"><wne:mcds>'
    '<wne:mcd wne:macroName="TEMPLATEPROJECT.MODULE1.一键排版" wne:name="TemplateProject.Module1.一键排版" '
    'wne:bEncrypt="00" wne:cmg="56"/></wne:mcds></wne:vbaSuppData>'
)


def zy_dotm() -> bytes:
    """A Word macro-enabled template: the 申请审批表 (a bordered table) and its 填表说明 built with
    python-docx, the runs of one note as Word's editing left them (rsid attributes, the _GoBack bookmark
    between two runs, a date cut there); then made a .dotm — the main part given the
    …template.macroEnabledTemplate.main+xml type, word/vbaProject.bin (TemplateProject: ThisDocument and a
    公文排版 macro) with word/vbaData.xml under its own relationship."""
    d = docx.Document()
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("镇原县红十字人道救助申请审批表")
    run.bold = True
    run.font.size = Pt(18)
    table = d.add_table(rows=len(ZY_FORM), cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(ZY_FORM):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
        if row[2] == row[3] == "":
            table.cell(i, 1).merge(table.cell(i, 3))
    d.add_paragraph().add_run("填表说明：").bold = True
    bookmark = 0
    for note in ZY_NOTES:
        p = d.add_paragraph()
        for piece in note:
            if piece is None:
                start = p._p.makeelement(
                    qn("w:bookmarkStart"), {qn("w:id"): str(bookmark), qn("w:name"): "_GoBack"}
                )
                end = p._p.makeelement(qn("w:bookmarkEnd"), {qn("w:id"): str(bookmark)})
                p._p.append(start)
                p._p.append(end)
                continue
            text, rsid = piece
            r = p.add_run(text)
            r._r.set(qn("w:rsidR"), rsid)
            if rsid != "00C41A7E":
                r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    d.sections[0].header.paragraphs[0].text = "镇原县红十字会"
    d.sections[0].footer.paragraphs[0].text = "本表可从县政府网站下载，复印有效"
    d.core_properties.author = d.core_properties.last_modified_by = "镇原县红十字会"
    d.core_properties.title = "镇原县红十字人道救助申请审批表"
    d.core_properties.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    parts = unpack(buf.getvalue())
    types = parts["[Content_Types].xml"]
    assert DOCX_MAIN in types
    parts["[Content_Types].xml"] = (
        types.replace(DOCX_MAIN, DOTM_MAIN)
        .replace(b"<Default ", b'<Default Extension="bin" ContentType="' + VBA_TYPE + b'"/><Default ', 1)
        .replace(
            b"</Types>",
            b'<Override PartName="/word/vbaData.xml" '
            b'ContentType="application/vnd.ms-word.vbaData+xml"/></Types>',
        )
    )
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rId99" Type="{VBA_REL}" Target="vbaProject.bin"/></Relationships>'.encode(),
    )
    parts["word/vbaProject.bin"] = vba_project(
        "TemplateProject",
        "A3D71C58-2E94-4B6F-9C0D-71E2F8B45A36",
        [("ThisDocument", True, ZY_VBA_DOC), ("Module1", False, ZY_VBA_MODULE)],
        "ThisDocument=0, 0, 0, 0, C\r\nModule1=26, 26, 1210, 640, Z",
    )
    parts["word/_rels/vbaProject.bin.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
        b'Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" '
        b'Target="vbaData.xml"/></Relationships>'
    )
    parts["word/vbaData.xml"] = ZY_VBA_DATA.encode("utf-8")
    parts["docProps/core.xml"] = core_xml("镇原县红十字人道救助申请审批表", "镇原县红十字会", WHEN).encode(
        "utf-8"
    )
    parts["docProps/app.xml"] = ZY_APP.encode("utf-8")
    return restamp(package(parts), WHEN)


ZY_LIST_TITLE = "镇原县红十字会2026年第一季度人道救助对象公示"
ZY_LIST = [
    ["序号", "姓名", "乡镇", "救助类别", "救助金额（元）"],
    ["1", "张**", "城关镇", "大病救助", "6200"],
    ["2", "李**", "屯字镇", "大病救助", "10000"],
    ["3", "王**", "孟坝镇", "突发事件救助", "3000"],
    ["4", "刘**", "平泉镇", "大病救助", "3800"],
    ["5", "马**", "太平镇", "突发事件救助", "3000"],
    ["6", "陈**", "临泾镇", "大病救助", "5100"],
]
ZY_LIST_LEAD = f"""
根据《{ZY_TITLE}》，经本人申请、村（社区）推荐、乡镇红十字会初审和县红十字会审核，现将2026年第一季度拟救助对象予以公示：
"""
ZY_LIST_TAIL = """
公示期为2026年4月8日至4月14日。对公示对象有异议的，请在公示期内向县红十字会反映，监督电话0934-8626315。

镇原县红十字会

2026年4月8日
"""


def write_zhenyuan() -> None:
    write(
        f"甘肃/镇原县/{ZY_TITLE}.html",
        portal(
            ZY,
            ZY_TITLE,
            "政务公开 &gt; 规范性文件",
            "2025-12-26",
            "镇原县红十字会",
            P(ZY_BODY)
            + f"<p>附件：<a href='/upload/2025/12/{escape(ZY_DOTM)}'>{ZY_DOTM.removesuffix('.dotm')}</a></p>",
        ),
    )
    write_bytes(f"甘肃/镇原县/{ZY_DOTM}", zy_dotm())
    write(
        f"甘肃/镇原县/{ZY_LIST_TITLE}.html",
        messy(
            portal(
                ZY,
                ZY_LIST_TITLE,
                "政务公开 &gt; 通知公告",
                "2026-04-08",
                "镇原县红十字会",
                P(ZY_LIST_LEAD) + make.table(ZY_LIST, 'class="gs" border="1"') + P(ZY_LIST_TAIL),
            )
        ),
    )
    t = "父亲肺癌治疗自付9.5万元，红十字会大病救助能给多少？"
    write(
        f"甘肃/镇原县/12345 {t}.html",
        letter(
            ZY,
            "12345热线",
            t,
            "慕**（屯字镇）",
            "2026-06-09",
            """
我父亲今年61岁，家住屯字镇，今年1月查出肺癌，到5月份在兰州住院3次，总费用18万元，医保报销后个人自付的合规医疗费用9.5万元。
家里种了12亩玉米，我在外打工，收入不高。请问县红十字会的大病救助能给多少？
""",
            "镇原县红十字会",
            "2026-06-12",
            """
您好！根据《镇原县红十字会人道救助实施办法》，本县户籍居民患重大疾病，年度内个人自付合规医疗费用超过3万元的，按超过部分的
10%给予救助，每人每年最高1万元。

您父亲可获救助（95000\u221230000）×10%=6500元。请向户籍所在村提出申请，填写《镇原县红十字人道救助申请审批表》，并附医疗费用
票据复印件和医保结算单。
""",
            "ZY12345-2026-06095",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 25-27 安达市: the 人体器官和遗体捐献者 关怀激励办法 (a hard-wrapped PDF), its 政策解读, a 市长信箱 reply
# ---------------------------------------------------------------------------------------------------------

AD_TITLE = "安达市人体器官和遗体捐献者关怀激励办法"
AD_PDF = f"{AD_TITLE}.pdf"
# each page a list of printed paragraphs (hard-wrapped at 36 characters when drawn); the sentence of 第八条
# runs on over the page break
AD_PAGES: list[list[str]] = [
    [
        f"安达市人民政府办公室关于印发《{AD_TITLE}》的通知",
        f"安政办发{L}2026{R}5号",
        "",
        "各乡镇人民政府、街道办事处，市政府各部门：",
        f"　　《{AD_TITLE}》已经市政府同意，现印发给你们，请认真贯彻执行。",
        "",
        "安达市人民政府办公室",
        "2026年1月20日",
        "",
        AD_TITLE,
        "　　第一条　为弘扬人道、博爱、奉献精神，关心关爱人体器官和遗体捐献者及其家属，"
        "推动捐献事业健康发展，结合本市实际，制定本办法。",
        "　　第二条　本办法所称捐献者，是指公民逝世后自愿、无偿捐献人体器官或者遗体（含角膜）的"
        "本市户籍居民。",
    ],
    [
        "　　第三条　市红十字会负责捐献的宣传动员、登记报名、见证和缅怀纪念工作。"
        "公民可以到市红十字会登记，也可以通过中国人体器官捐献管理中心网站在线登记为捐献志愿者。",
        "　　第四条　人体器官捐献者家庭经济困难的，由市红十字会给予一次性人道救助金，"
        "最高2万元；遗体（含角膜）捐献者家庭经济困难的，最高5000元。低保、特困家庭按最高标准给予救助。",
        "　　第五条　人道救助金由捐献者直系亲属在捐献完成后6个月内向市红十字会申请。",
        "　　第六条　捐献者遗体火化等丧葬事宜由市红十字会协助办理，给予丧葬补助3000元。",
        "　　第七条　捐献者直系亲属（配偶、父母、子女）在本市公立医疗机构就医的，免收普通门诊诊查费。",
        "　　第八条　市红十字会在市人民公园设立捐献者纪念碑，每年清明节前后组织缅怀纪念活动，经家属同意，",
    ],
    [
        "将捐献者姓名镌刻在纪念碑上。",
        "　　第九条　本办法自2026年2月1日起施行。",
        "",
        "（此件公开发布）",
        "",
        "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
        "安达市人民政府办公室　　　　　　　　2026年1月20日印发",
    ],
]


def ad_pages() -> list[str]:
    return ["\n".join(page) for page in AD_PAGES]


AD_READ_TITLE = f"《{AD_TITLE}》政策解读"
AD_READ = f"""
一、出台背景。截至2025年底，全市登记人体器官和遗体捐献志愿者2316人，实现人体器官捐献9例、遗体捐献4例、角膜捐献11例。为
让捐献者家属感受到社会的温暖，市红十字会起草了《{AD_TITLE}》，经市政府同意印发实施。

二、主要内容。办法明确了人道救助、丧葬补助、就医优待和缅怀纪念四个方面的关怀措施。

三、哪些人可以享受？本市户籍居民逝世后自愿、无偿捐献人体器官或者遗体（含角膜）的，其家属可以按办法享受关怀措施。

四、怎么申请人道救助金？捐献者直系亲属在捐献完成后6个月内，携带身份证、户口簿、捐献证明和家庭困难证明到市红十字会（市政务服
务中心二楼）申请，市红十字会在20个工作日内完成审核。

五、咨询电话：0455-7322615。
"""


def write_anda() -> None:
    OUT.write_pdf(
        f"黑龙江/安达市/{AD_PDF}",
        ad_pages(),
        "安达市人民政府办公室文件",
        36,
        lambda n, total: f"— {n} —",
        280,
    )
    write(
        f"黑龙江/安达市/{AD_READ_TITLE}.html",
        messy(
            portal(AD, AD_READ_TITLE, "政务公开 &gt; 政策解读", "2026-01-23", "安达市红十字会", P(AD_READ)),
            spam=False,
        ),
    )
    t = "父亲去世后捐献了器官，家里是低保户，能得到哪些救助？"
    write(
        f"黑龙江/安达市/市长信箱 {t}.html",
        letter(
            AD,
            "市长信箱",
            t,
            "王**（东城街道）",
            "2026-04-13",
            """
我父亲今年3月因脑出血去世，生前登记过捐献志愿者，去世后在哈尔滨的医院捐献了肝脏和两个肾脏，救了3个人。我家住东城街道，母
亲常年患糖尿病，家里是低保户。父亲的丧事一共花了1.2万元。请问我们家能拿到多少救助？
""",
            "安达市红十字会",
            "2026-04-17",
            """
您好！向您父亲致以崇高的敬意！根据《安达市人体器官和遗体捐献者关怀激励办法》，人体器官捐献者家庭经济困难的，给予一次性人道
救助金，最高2万元，低保家庭按最高标准给予救助；另给予丧葬补助3000元。

您家可获人道救助金20000元和丧葬补助3000元，合计23000元。请在捐献完成后6个月内到市红十字会申请。此外，您和母亲在本市公立医
疗机构就医，免收普通门诊诊查费。
""",
            "ADSZXX-2026-0413",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 28-32 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 社会")


N1_TITLE = "彩礼降下来 新风树起来 辽宁朝阳宁夏固原婚俗改革见实效"
N1 = news(
    N1_TITLE,
    "中国社会报网",
    "2026-06-18 09:20　来源：中国社会报　记者：韩雪",
    """
婚丧嫁娶是群众生活中的大事。辽宁朝阳、宁夏固原一些县市把婚俗改革和移风易俗作为乡村治理的重要抓手，高价彩礼、大操大办之风
明显刹住。

朝阳凌源市对参加集体婚礼的新人每对补助3000元，今年“520”集体婚礼报名十分踊跃。朝阳北票市也已举办集体婚礼并给予新人补助。
朝阳喀左县民政局表示，喀左计划明年举办首届集体婚礼。

凌源市在婚姻登记处设立婚姻家庭辅导室，免费为登记当事人提供婚前辅导。朝阳县也已在婚姻登记处开设婚姻家庭辅导室。

固原隆德县为每个行政村红白理事会每年安排工作经费5000元。固原彭阳县也已为村级红白理事会落实工作经费。固原原州区拟于下半年
出台红白理事会工作经费保障办法。

隆德县还对评为县级“文明家庭”的每户奖励1000元。固原泾源县也已对评选出的文明家庭给予奖励。

龙城区的新人也报名参加了凌源的集体婚礼；海原县的红白理事会成员也到隆德观摩学习。
""",
    "京ICP备05064721号",
    ["全国婚俗改革实验区工作推进会召开", "农村移风易俗重点领域突出问题专项治理持续推进"],
)

N2_TITLE = "存下志愿时间 攒起文明积分 晋中海东探索基层互助新模式"
N2 = news(
    N2_TITLE,
    "中国文明网",
    "2026-08-25 10:05　来源：中国文明网　记者：赵婧",
    """
在山西晋中和青海海东，志愿服务可以“存”进银行，文明表现可以“兑”成物品，基层互助和乡村治理有了新抓手。

晋中祁县推行“时间银行”互助养老，志愿者服务1小时存入1个时间币，年满60周岁后可以兑换同等时长的服务。晋中太谷区也已推行
“时间银行”互助养老。晋中昔阳县计划年内启动“时间银行”试点。

海东乐都区在行政村设立爱心超市，村民参加义务劳动、评上清洁户就能攒积分，凭积分兑换生活用品。海东平安区也已在行政村设立爱
心超市。海东化隆县拟于明年在全县推广爱心超市。

榆次区的志愿者也到祁县交流了时间银行的做法；循化县的村干部也到乐都参观了爱心超市。
""",
    "京ICP备05030133号",
    ["新时代文明实践中心建设扎实推进", "志愿服务制度化常态化水平不断提升"],
)

N3_TITLE = "让志愿者有荣誉感获得感 赤峰宁城出台志愿者礼遇激励办法"
N3 = news(
    N3_TITLE,
    "内蒙古新闻网",
    "2026-05-08 16:40　来源：内蒙古新闻网　记者：白玉",
    """
志愿者奉献爱心，社会也要关爱志愿者。赤峰一些旗县出台礼遇激励措施，让志愿者更有荣誉感、获得感。

宁城县对三星级以上志愿者给予免费乘坐县城公交车、免费游览县内国有景区等礼遇。赤峰敖汉旗也已对星级志愿者给予免费乘坐公交车
等礼遇。赤峰林西县将于下半年出台志愿者礼遇激励办法。

宁城县每年为全县注册志愿者统一购买志愿服务意外伤害保险。赤峰巴林左旗也已为注册志愿者统一购买意外伤害保险。

克什克腾旗的志愿服务队也参加了宁城举办的志愿服务项目交流会。
""",
    "蒙ICP备05001124号",
    ["内蒙古志愿服务信息系统注册志愿者持续增长", "自治区表彰优秀志愿服务项目"],
)

N4_TITLE = "救在身边 助在心间 通化庆阳红十字工作见闻"
N4 = news(
    N4_TITLE,
    "中国红十字报网",
    "2026-07-14 08:50　来源：中国红十字报　记者：程莉",
    """
应急救护培训进社区、进校园，人道救助送到困难群众手中。吉林通化、甘肃庆阳一些县市红十字会扎实履行人道职责。

通化梅河口市红十字会面向群众免费开展救护员培训，考核合格的颁发红十字救护员证。通化辉南县也已免费开展救护员培训。通化集安
市红十字会表示，集安计划明年起免费开展救护员培训。

庆阳镇原县红十字会对年度内个人自付合规医疗费用超过3万元的大病患者给予人道救助。庆阳环县也已开展大病人道救助。庆阳合水县拟
于年内出台人道救助办法。

镇原县还对考入全日制普通本科的困难家庭学生给予博爱助学资助。庆阳庆城县也已开展博爱助学。

通化县的红十字志愿者也参加了梅河口的师资培训；华池县红十字会的工作人员也到镇原交流学习。
""",
    "京ICP备05041259号",
    ["“红十字博爱周”活动启动", "全国红十字系统应急救护培训工作会议召开"],
)

N5_TITLE = "生命接力 大爱传承 安达出台人体器官和遗体捐献者关怀激励办法"
N5 = news(
    N5_TITLE,
    "东北网",
    "2026-02-06 11:15　来源：东北网　记者：孙宏",
    """
近日，安达市出台人体器官和遗体捐献者关怀激励办法，从人道救助、丧葬补助、就医优待和缅怀纪念等方面关心关爱捐献者家属。

绥化安达市对人体器官捐献者家庭经济困难的给予一次性人道救助金。绥化肇东市也已对器官捐献者困难家庭给予人道救助。大庆肇源县
红十字会表示，肇源拟于明年出台捐献者关怀激励措施。

肇州县的捐献志愿者也参加了安达的缅怀纪念活动。
""",
    "黑ICP备05002164号",
    ["我省人体器官捐献志愿登记人数持续增长", "清明节前夕各地开展遗体器官捐献者缅怀活动"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)]


def write_news() -> None:
    for title, page in NEWS:
        write(f"新闻/{title}.html", page)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_lingyuan()
    write_longde()
    write_qixian()
    write_ledu()
    write_ningcheng()
    write_meihekou()
    write_zhenyuan()
    write_anda()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
