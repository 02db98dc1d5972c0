"""Writes eval/policy33/docs: a thirty-third probe collection (32 files), 供销合作与邮政寄递、广播电视与网络
视听、无障碍环境建设与低空经济 — what villagers, express-delivery outlets, supply-and-marketing cooperatives,
shop owners learning to sell on live streams, households with satellite TV, cable subscribers on 低保,
families of disabled and elderly people, taxi firms and drone operators ask (村级寄递物流综合服务站 建设 and
运营 补贴, 快递进村 运费补贴 per 件; 供销社 农资保供 淡季储备 贴息, 产地冷藏保鲜库 and 冷藏车 补助; 直播电商
培训补贴 and 创业奖励; 广播电视 户户通 维修 and 配件 收费, 应急广播 终端 and 村管理员 补贴; 有线电视 收视维护
费 减免 for 低保户 and 重度残疾人; 困难残疾人 / 老年人 家庭无障碍改造 补贴 per 户 最高; 无障碍出租车 购置 /
改装 and 运营 补贴, 残疾人 乘车 优惠; 植保无人机 县级累加 购置补贴, 无人机 飞行活动 报备 and 低空飞行服务站)
of eight new regions in eight provinces (怀宁县, 虞城县, 沛县, 竹山县, 陆川县, 普定县, 岐山县, 望奎县), as
chat users, agents and analysts bring them. Run once (``python -m eval.policy33.make_docs``); the files are
committed as data, and a second run writes the same bytes (every zip entry carries a fixed time, the .tar.bz2
members a fixed mtime and no owner, the .mbox fixed dates and MIME boundaries, the .xltx and .docx fixed core
dates).

Written blind (before citeqa was run on it, without reading how it answers). Each measure stands in one
region's documents and in one of five news roundups that names a second region having done it (望江县, 太湖
县, 柘城县, 睢县, 铜山区, 竹溪县, 房县, 博白县, 平坝区, 扶风县, 青冈县, 兰西县); the roundups also name
regions that have only planned a measure (宿松县, 宁陵县, 贾汪区, 郧西县, 玉州区, 西秀区, 眉县, 明水县) and
regions named only in passing (岳西县, 民权县, 泉山区, 丹江口市, 福绵区, 镇宁布依族苗族自治县, 凤翔区, 北林
区). The documents: a 怀宁县 寄递物流综合服务站 and 快递进村 补贴办法 beside its 征求意见稿 with other
figures (1万元, 5000元, 每站每年2400元, 日均50件, 每件0.25元, 最高20万元, 脱贫人口 每人每月200元,
2026年1月1日施行), the 快递进村 申报材料 (.tar.bz2) and a 12345 reply (19200元); a 虞城县 供销社 农资保供 和
冷链 补助 实施方案 (.docx, its 补助标准 a table), the 供销社 业务邮件 (.mbox) and a 县长信箱 reply (43万元);
a 沛县 直播电商 培训补贴 实施细则 (GBK), the 第一期 发放花名册 (.xlsx, its 合计 only there) and a 12345 reply
(4500元); a 竹山县 户户通 运行维护 和 应急广播 管理办法, the 维修网点 和 配件收费 公告 and a 领导留言板 reply
(205元); a 陆川县 有线电视 收视费减免 实施办法, the 惠民减免 宣传单 (.odg) and a 12345 reply (300元); a 普定
县 家庭无障碍改造 实施方案, the 政策解读 视频 字幕 (.vtt) and a 县长信箱 reply (1500元); a 岐山县 无障碍出租
车 补贴办法, the 预约服务 公告 in traditional script (the site's 繁體 page) and a 12345 reply (10.5万元); a
望奎县 植保无人机 购置补贴 和 低空飞行服务 实施方案, the 申报汇总表 template (.xltx), the 无人机 飞行活动 报
备 办事指南 and a 12345 reply (16000元).

New kinds of file none of eval/policy .. eval/policy32 had:
- a bzip2-compressed tar archive (.tar.bz2) written with tarfile and bz2 by the script: GNU format, UTF-8
  member names, a directory entry and two regular members, every member's mtime fixed (2026-03-20 00:00 UTC),
  uid / gid 0, no user or group name — a GBK .txt (CRLF) and a .docx form (怀宁 快递进村 申报: 2026年4月1日
  至4月15日, 电子商务股（305室）, 0556-4612837 and 须加盖企业公章 only there);
- an mbox mail archive (.mbox, the mboxo variant: each message after a ``From sender date`` line, LF line
  ends) of two messages written byte by byte: the first text/plain in GBK under base64, its From / To /
  Subject GBK RFC 2047 encoded words; the second multipart/mixed (a fixed boundary) of a quoted-printable
  UTF-8 text part and a base64 .docx attachment named by RFC 2231 (filename*=UTF-8''…) (虞城 供销社:
  2026年2月20日前, 0370-4213688 in the GBK message; 2026年6月25日前, 合作指导科（综合楼402室） in the
  second's text; 2026年10月31日前建成投用 only in the attachment);
- an OpenDocument drawing (.odg, application/vnd.oasis.opendocument.graphics): mimetype first and stored,
  content.xml whose office:drawing holds a draw:page of draw:frame / draw:text-box and draw:custom-shape
  elements, each with text:p paragraphs, a figure cut by a bold text:span so that it is not in the bytes, and
  styles.xml, meta.xml, META-INF/manifest.xml (陆川 宣传单: 免费更换高清机顶盒1台, 2026年3月1日至12月31日, 温
  泉路营业厅 and 96335 only there; 每户每月25元 cut by a span);
- a WebVTT subtitle file (.vtt) of a 政策解读 video: the WEBVTT header with Kind / Language, a NOTE block and
  a STYLE block, numbered cues with timings and cue settings, <v 主持人> / <v 康复部主任> voice spans,
  sentences and figures cut between cues (2026年6 | 月30日前, 入户评估后30 | 日内) so that they are not in
  the bytes (普定家庭无障碍改造: 2026年6月30日前, 入户评估后30日内完成施工, 县残联一楼康复部 and 自付部分
  only there);
- an Excel template (.xltx, …spreadsheetml.template.main+xml) holding values: a filled-in 示例
  row and the 填报说明 (望奎 植保无人机 申报汇总表: 2026年4月30日前, 农机大厦2楼, 0455-6722315 and 北斗定位作
  业监测终端 only there).

Also: a 征求意见稿 beside its final text; a .docx with a table; an .xlsx 花名册 with its 合计 only there; a
GBK page; a page in traditional script (OpenCC s2t) on the county's own 繁體 site (岐山 预约: 0917-8236110,
提前2小時 and 2026年5月18日 only there); eight replies (12345 ×5, 县长信箱 ×2, 领导留言板) each reckoning
one asker's case to a figure only the reply holds."""

from __future__ import annotations

import base64
import bz2
import io
import quopri
import shutil
import tarfile
from functools import partial
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape

import opencc
import openpyxl
from openpyxl.styles import Alignment, Font

from eval import policy_make as make
from eval.policy29.make_docs import P, Site, letter, portal

DOCS = Path(__file__).resolve().parent / "docs"

STAMP = (2027, 7, 15, 0, 0, 0)
WHEN = "2026-03-10T09:00:00Z"
MTIME = 1773964800  # 2026-03-20 00:00 UTC, every .tar.bz2 member's modification time
restamp = partial(make.restamp, stamp=STAMP)
_S2T = opencc.OpenCC("s2t")


def write_bytes(rel: str, data: bytes) -> None:
    path = DOCS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write(rel: str, text: str, encoding: str = "utf-8") -> None:
    write_bytes(rel, text.encode(encoding))


HN = Site("怀宁县人民政府", "皖ICP备05008163号")
YC = Site("虞城县人民政府", "豫ICP备05021937号")
PX = Site("沛县人民政府", "苏ICP备05069412号")
ZS = Site("竹山县人民政府", "鄂ICP备05011820号")
LC = Site("陆川县人民政府", "桂ICP备05007364号")
PD = Site("普定县人民政府", "黔ICP备05004512号")
QS = Site("岐山县人民政府", "陕ICP备05013278号")
WK = Site("望奎县人民政府", "黑ICP备05002649号")


# ---------------------------------------------------------------------------------------------------------
# 1-4 怀宁县: the 寄递物流 服务站 and 快递进村 补贴办法 beside its 征求意见稿, the 快递进村 申报材料 (.tar.bz2
# of a GBK .txt and a .docx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

HN_TITLE = "怀宁县村级寄递物流综合服务站建设和快递进村补贴办法"
HN_DRAFT_TITLE = f"关于公开征求《{HN_TITLE}（征求意见稿）》意见的公告"


def hn_articles(draft: bool) -> str:
    def f(final: str, drafted: str) -> str:
        return drafted if draft else final

    return f"""
第一条　为完善县乡村三级寄递物流体系，畅通农产品进城和工业品下乡“最后一公里”，结合本县实际，制定本办法。

第二条　本办法适用于在本县行政村建设的村级寄递物流综合服务站，以及将快件派送至村级服务站的快递企业。

第三条　新建村级寄递物流综合服务站，经县商务局验收合格的，每个一次性补贴
{f("1.5万元", "1万元")}；利用供销社基层网点、村邮站改建的，每个补贴{f("8000元", "5000元")}。

第四条　村级服务站正常运营、日均收投快件不少于{f("30件", "50件")}的，给予运营补贴每站每年
{f("3600元", "2400元")}。
{f("", "服务站聘用脱贫人口的，每聘用1人每月另补贴200元。")}

第五条　快递企业将快件派送至村级服务站的，按派送快件每件{f("0.2元", "0.25元")}给予运费补贴，每家企业每年最高
{f("25万元", "20万元")}。

第六条　快递企业和村级服务站不得向村民收取二次派送费；经查实收取的，取消当年补贴。

第七条　运费补贴按季度申报。快递企业在每季度结束后向县商务局申报，县商务局会同县邮政管理局审核，县财政局拨付。

第八条　本办法自{f("2026年3月1日", "2026年1月1日")}起施行。
"""


HN_DRAFT_LEAD = f"""
为广泛听取社会各界意见，现将《{HN_TITLE}（征求意见稿）》全文公布，征求意见截止时间为2025年12月15日，意见请发送至
县商务局电子邮箱。
"""

HN_TAR = "怀宁县2026年一季度快递进村运费补贴申报材料.tar.bz2"
HN_DIR = "怀宁县快递进村申报材料"
HN_TXT_NAME = "1.申报须知.txt"
HN_TXT = """怀宁县2026年一季度快递进村运费补贴申报须知

一、申报时间：2026年4月1日至4月15日，逾期不予受理。
二、申报地点：县商务局三楼电子商务股（305室）。
三、申报材料：运费补贴申报表、营业执照、快递业务经营许可证、快件派送到村级服务站的系统导出数据。
四、审核拨付：县商务局会同县邮政管理局抽查派送数据，审核通过的在20个工作日内拨付。
五、联系电话：0556-4612837。
"""
HN_DOCX_NAME = "2.运费补贴申报表.docx"
HN_FORM: list = [
    "# 怀宁县快递进村运费补贴申报表（2026年一季度）",
    [
        ["项目", "填写内容"],
        ["企业名称", ""],
        ["快递品牌", ""],
        ["负责人及联系电话", ""],
        ["派送到村级服务站快件数（件）", ""],
        ["申请补贴金额（元）", ""],
        ["县邮政管理局审核意见", ""],
    ],
    "注：本表须加盖企业公章，复印件无效。",
]


def tar_bz2(members: list[tuple[str, bytes | None]]) -> bytes:
    """A GNU tar of the members (None a directory), UTF-8 names, fixed mtime, no owner, then bzip2."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT, encoding="utf-8") as tar:
        for name, body in members:
            info = tarfile.TarInfo(name)
            info.mtime, info.uid, info.gid, info.uname, info.gname = MTIME, 0, 0, "", ""
            if body is None:
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            else:
                info.size, info.mode = len(body), 0o644
                tar.addfile(info, io.BytesIO(body))
    return bz2.compress(buf.getvalue(), 9)


def hn_tar() -> bytes:
    txt = HN_TXT.replace("\n", "\r\n").encode("gbk")
    form = make.docx_bytes(HN_FORM, "怀宁县商务局", "", "怀宁县商务局", WHEN, STAMP)
    return tar_bz2(
        [(f"{HN_DIR}/", None), (f"{HN_DIR}/{HN_TXT_NAME}", txt), (f"{HN_DIR}/{HN_DOCX_NAME}", form)]
    )


def write_huaining() -> None:
    write(
        f"安徽/怀宁县/{HN_TITLE}.html",
        portal(HN, HN_TITLE, "政务公开 &gt; 规范性文件", "2026-02-09", "怀宁县商务局", P(hn_articles(False))),
    )
    write(
        f"安徽/怀宁县/{HN_DRAFT_TITLE}.html",
        portal(
            HN,
            HN_DRAFT_TITLE,
            "政务公开 &gt; 意见征集",
            "2025-11-28",
            "怀宁县商务局",
            P(HN_DRAFT_LEAD) + P(hn_articles(True)),
        ),
    )
    write_bytes(f"安徽/怀宁县/{HN_TAR}", hn_tar())
    t = "快递网点一季度往村级服务站派了9.6万件，运费补贴能拿多少？"
    write(
        f"安徽/怀宁县/12345 {t}.html",
        letter(
            HN,
            "12345热线",
            t,
            "汪**（高河镇）",
            "2026-04-03",
            """
我在高河镇开了一个快递网点，有6个员工，今年还花了2万3买了两辆电动三轮车专门往村里送件。一季度我们往各村的村级寄递
物流综合服务站一共派了9.6万件，从来没收过村民的二次派送费。请问县里的快递进村运费补贴我们能拿多少？
""",
            "怀宁县商务局",
            "2026-04-08",
            """
您好！根据《怀宁县村级寄递物流综合服务站建设和快递进村补贴办法》，快递企业将快件派送至村级服务站的，按每件0.2元
给予运费补贴，每家企业每年最高25万元。贵网点一季度派送96000件，运费补贴为96000×0.2=19200元。

请在4月15日前携带申报材料到县商务局申报。
""",
            "HN12345-2026-04031",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 5-7 虞城县: the 农资保供 和 冷链 补助 实施方案 (.docx with a table), the 供销社 业务邮件 (.mbox), a 县长信箱
# reply
# ---------------------------------------------------------------------------------------------------------

YC_TITLE = "虞城县供销合作社2026年农资保供和农产品冷链物流补助实施方案"
YC_DOCX = f"{YC_TITLE}.docx"
YC_BLOCKS: list = [
    f"# {YC_TITLE}",
    "为发挥供销合作社农资保供主渠道作用，补齐农产品产地冷链物流短板，根据省、市供销合作社工作部署，制定本方案。",
    "## 一、目标任务",
    "2026年春耕前县供销社系统储备化肥3万吨、农药200吨；新建产地冷藏保鲜库库容2万立方米，新增冷藏车10辆。",
    "## 二、补助标准",
    [
        ["项目", "补助标准", "上限"],
        ["化肥淡季商业储备", "按实际储备量每吨贴息20元", "每家企业最高30万元"],
        ["产地冷藏保鲜库", "按新建库容每立方米补助200元", "单个主体最高40万元"],
        ["冷藏车", "每辆补助3万元", "每个主体最多补助2辆"],
    ],
    "## 三、补助对象",
    "县供销社系统农资企业、基层供销社，以及基层供销社领办的农民专业合作社。",
    "## 四、有关要求",
    "同一项目已享受其他财政资金补助的，不得重复申报。冷藏保鲜库和冷藏车须接入全县农产品冷链物流信息平台。",
    "补助资金在项目验收合格后拨付，由县供销合作社会同县财政局组织验收。",
]

YC_MBOX = "虞城县供销社业务邮件.mbox"
YC_MSG1_SUBJECT = "关于做好2026年春耕农资保供工作的通知"
YC_MSG1 = """各基层供销社：

为确保春耕生产农资供应，现将有关事项通知如下：

一、各基层社须于2026年2月20日前完成化肥储备入库，储备数量按县社下达任务执行。

二、春耕期间，每个保供服务网点每周至少配送到村2次，不得囤积居奇、哄抬价格。

三、县社设立农资保供热线0370-4213688，各基层社要安排专人值守。

虞城县供销合作社业务科
2026年1月12日
"""
YC_MSG2_SUBJECT = "转发：冷链物流补助申报表"
YC_MSG2 = """各基层社、领办合作社：

附件为2026年产地冷藏保鲜库和冷藏车补助申报表，请于2026年6月25日前报送县供销社合作指导科（综合楼402室）。

县供销社合作指导科
"""
YC_ATTACH_NAME = "冷链物流补助申报表.docx"
YC_ATTACH: list = [
    "# 虞城县2026年农产品冷链物流补助申报表",
    [
        ["项目", "填写内容"],
        ["申报主体名称", ""],
        ["建设地点", ""],
        ["冷藏保鲜库新建库容（立方米）", ""],
        ["新购冷藏车数量（辆）", ""],
        ["申请补助金额（元）", ""],
    ],
    "注：冷藏保鲜库须于2026年10月31日前建成投用，逾期未建成的不予补助。",
]
BOUNDARY = "----=_NextPart_000_0016_01DCDF0A.3C5E7A90"


def encoded_word(text: str, charset: str) -> str:
    """RFC 2047 B-encoded words, ten characters each, folded onto continuation lines."""
    chunks = [text[i : i + 10] for i in range(0, len(text), 10)]
    words = [f"=?{charset}?B?{base64.b64encode(c.encode(charset)).decode()}?=" for c in chunks]
    return "\n ".join(words)


def b64_lines(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def yc_mbox() -> bytes:
    """Two messages in mboxo form: a base64 GBK text/plain one, and a multipart/mixed one of a
    quoted-printable UTF-8 text and a .docx attachment named by RFC 2231."""
    sender = encoded_word("虞城县供销社业务科", "GBK")
    to = encoded_word("各基层供销社", "GBK")
    msg1 = (
        "From yc_gxs_ywk@163.com Mon Jan 12 09:05:31 2026\n"
        "Return-Path: <yc_gxs_ywk@163.com>\n"
        "Date: Mon, 12 Jan 2026 09:05:31 +0800\n"
        f"From: {sender} <yc_gxs_ywk@163.com>\n"
        f"To: {to} <yc_jcs@163.com>\n"
        f"Subject: {encoded_word(YC_MSG1_SUBJECT, 'GBK')}\n"
        "Message-ID: <202601120905314417213@163.com>\n"
        "X-Mailer: Foxmail 7.2.25.228[cn]\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="GBK"\n'
        "Content-Transfer-Encoding: base64\n"
        "\n" + b64_lines(YC_MSG1.replace("\n", "\r\n").encode("gbk")) + "\n"
    )
    form = make.docx_bytes(YC_ATTACH, "虞城县供销合作社", "", "虞城县供销合作社", WHEN, STAMP)
    qp_text = quopri.encodestring(YC_MSG2.encode("utf-8")).decode("ascii")
    name = quote(YC_ATTACH_NAME)
    msg2 = (
        "From yc_gxs_hzzd@163.com Fri May  8 16:22:07 2026\n"
        "Return-Path: <yc_gxs_hzzd@163.com>\n"
        "Date: Fri, 8 May 2026 16:22:07 +0800\n"
        f"From: {encoded_word('县供销社合作指导科', 'UTF-8')} <yc_gxs_hzzd@163.com>\n"
        f"To: {encoded_word('各基层社', 'UTF-8')} <yc_jcs@163.com>\n"
        f"Subject: {encoded_word(YC_MSG2_SUBJECT, 'UTF-8')}\n"
        "Message-ID: <202605081622079930418@163.com>\n"
        "MIME-Version: 1.0\n"
        f'Content-Type: multipart/mixed;\n boundary="{BOUNDARY}"\n'
        "\n"
        "This is a multi-part message in MIME format.\n"
        "\n"
        f"--{BOUNDARY}\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n" + qp_text + "\n"
        f"--{BOUNDARY}\n"
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n"
        f" name*=UTF-8''{name}\n"
        "Content-Transfer-Encoding: base64\n"
        f"Content-Disposition: attachment;\n filename*=UTF-8''{name}\n"
        "\n" + b64_lines(form) + "\n"
        f"--{BOUNDARY}--\n"
        "\n"
    )
    return (msg1 + msg2).encode("ascii")


def write_yucheng() -> None:
    write_bytes(
        f"河南/虞城县/{YC_DOCX}",
        make.docx_bytes(YC_BLOCKS, "虞城县供销合作社", "— 1 —", "虞城县供销合作社", WHEN, STAMP),
    )
    write_bytes(f"河南/虞城县/{YC_MBOX}", yc_mbox())
    t = "合作社新建2200立方米冷库，又买了1辆冷藏车，冷链补助一共多少？"
    write(
        f"河南/虞城县/县长信箱 {t}.html",
        letter(
            YC,
            "县长信箱",
            t,
            "张**（利民镇）",
            "2026-08-12",
            """
我是利民镇基层供销社领办的辣椒种植合作社的负责人，合作社种了800亩辣椒。今年新建了一座产地冷藏保鲜库，库容2200立
方米，又买了1辆冷藏车，总投资120万左右，都已接入县里的冷链物流信息平台，没有申请过别的补助。请问冷链补助一共能拿多少？
""",
            "虞城县供销合作社",
            "2026-08-17",
            """
您好！根据《虞城县供销合作社2026年农资保供和农产品冷链物流补助实施方案》，产地冷藏保鲜库按新建库容每立方米补助
200元，单个主体最高40万元；冷藏车每辆补助3万元。

贵合作社冷库2200立方米，按标准计算为44万元，超过上限，按40万元补助；冷藏车1辆补助3万元；合计43万元。项目验收合
格后拨付。
""",
            "YCXZXX-2026-0812",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 8-10 沛县: the 直播电商 培训补贴 实施细则 (GBK), the 第一期 发放花名册 (.xlsx), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

PX_TITLE = "沛县直播电商人才培训补贴实施细则"
PX_BODY = """
第一条　为培育直播电商人才，带动城乡劳动者就业创业，根据省、市职业技能培训补贴有关规定，制定本细则。

第二条　本县户籍劳动年龄内的城乡劳动者，在县人力资源和社会保障局认定的培训机构参加直播电商培训并结业的，享受
培训补贴。

第三条　初级班培训不少于40课时，每人补贴1200元；中级班培训不少于80课时，每人补贴2000元。脱贫人口、残疾人每人另
增加300元。

第四条　每人每年只能享受一次培训补贴，同一等级不得重复享受。

第五条　结业后3个月内在本县开设直播店铺，且店铺销售额达到1万元的，另给予一次性创业奖励1000元。

第六条　培训机构在结业后30日内向县人力资源和社会保障局申报，县人力资源和社会保障局在15个工作日内审核，补贴直接
拨付到学员本人社会保障卡。

第七条　本细则自2026年1月1日起施行。
"""

PX_XLSX = "沛县2026年第一期直播电商培训补贴发放花名册.xlsx"
PX_ROWS = [
    ("张**", "初级", "否"),
    ("李**", "初级", "是"),
    ("王**", "中级", "否"),
    ("刘**", "中级", "否"),
    ("陈**", "初级", "否"),
    ("杨**", "中级", "是"),
    ("赵**", "初级", "否"),
    ("孙**", "初级", "是"),
    ("周**", "中级", "否"),
]


def px_grant(level: str, poor: str) -> int:
    return (1200 if level == "初级" else 2000) + (300 if poor == "是" else 0)


def px_total() -> str:
    return str(sum(px_grant(lv, p) for _, lv, p in PX_ROWS))


def px_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "花名册"
    ws.append(["沛县2026年第一期直播电商培训补贴发放花名册"])
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["序号", "姓名", "培训等级", "是否脱贫人口或残疾人", "补贴金额（元）"])
    for n, (name, level, poor) in enumerate(PX_ROWS, 1):
        ws.append([n, name, level, poor, px_grant(level, poor)])
    ws.append(["合计", f"{len(PX_ROWS)}人", "", "", int(px_total())])
    ws.append(["培训机构：沛县龙城职业培训学校　结业日期：2026年4月28日"])
    wb.properties.creator = "沛县人力资源和社会保障局"
    buf = io.BytesIO()
    wb.save(buf)
    return restamp(buf.getvalue(), WHEN)


def gbk_page(page: str) -> str:
    return page.replace('<meta charset="utf-8">', '<meta charset="gbk">')


def write_peixian() -> None:
    write(
        f"江苏/沛县/{PX_TITLE}.html",
        gbk_page(
            portal(
                PX, PX_TITLE, "政务公开 &gt; 规范性文件", "2025-12-26", "沛县人力资源和社会保障局", P(PX_BODY)
            )
        ),
        "gbk",
    )
    write_bytes(f"江苏/沛县/{PX_XLSX}", px_xlsx())
    t = "我和老婆都参加了直播电商培训，我还开了店卖了1.5万，补贴一共多少？"
    write(
        f"江苏/沛县/12345 {t}.html",
        letter(
            PX,
            "12345热线",
            t,
            "刘**（龙固镇）",
            "2026-06-02",
            """
我家在龙固镇，今年3月我参加了直播电商中级班，我老婆参加了初级班，她是脱贫人口。结业后我在抖音上开了店卖咸鸭蛋，
两个月卖了1.5万元，为这个买手机支架、补光灯花了3800，现在有2万多粉丝。请问我们俩的培训补贴加上开店的奖励一共能拿多少？
""",
            "沛县人力资源和社会保障局",
            "2026-06-05",
            """
您好！根据《沛县直播电商人才培训补贴实施细则》，中级班每人补贴2000元，初级班每人补贴1200元，脱贫人口另增加300
元；结业后3个月内在本县开设直播店铺且销售额达到1万元的，另给予一次性创业奖励1000元。

您的中级班补贴2000元，创业奖励1000元；您爱人的初级班补贴1200元，脱贫人口另增加300元；合计4500元，拨付到本人社
会保障卡。
""",
            "PX12345-2026-06021",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 11-13 竹山县: the 户户通 运行维护 和 应急广播 管理办法, the 维修网点 和 配件收费 公告, a 领导留言板 reply
# ---------------------------------------------------------------------------------------------------------

ZS_TITLE = "竹山县广播电视户户通运行维护和应急广播管理办法"
ZS_BODY = """
第一条　为保障农村群众收听收看广播电视，发挥应急广播在防灾减灾中的作用，结合本县实际，制定本办法。

第二条　户户通设备保修期外发生故障的，由县广播电视服务中心上门维修，免收人工费，更换配件按公告的成本价收取。

第三条　脱贫户、低保户更换户户通配件的，免费更换，每户每年限1次。

第四条　群众报修后，县广播电视服务中心在48小时内上门维修；距乡镇集镇15公里以上的偏远村组，在72小时内上门。

第五条　每个行政村建设应急广播终端不少于3个，终端完好率不低于95%。

第六条　每个行政村确定1名应急广播村管理员，负责终端日常巡查和播发，给予村管理员补贴每村每年1200元。

第七条　县应急广播平台每月测试1次，汛期每周测试1次。

第八条　本办法自2026年5月1日起施行。
"""

ZS_NOTICE_TITLE = "竹山县广播电视户户通维修服务网点和配件收费标准公告"
ZS_PARTS = [
    ["配件名称", "收费标准（元）", "说明"],
    ["高频头（LNB）", "45", "含馈线接头"],
    ["户户通接收机（机顶盒）", "160", "含遥控器"],
    ["卫星天线（0.45米）", "80", "含支架"],
    ["馈线", "每米1.5", "按实际用量"],
]
ZS_NOTICE_LEAD = """
为方便群众维修户户通设备，现将全县户户通维修服务网点和配件收费标准公告如下：

一、维修服务网点：县广播电视服务中心在城关和各乡镇综合文化站设立维修服务网点，报修电话0719-4223650。

二、上门维修免收人工费，更换配件按下列成本价收取：
"""
ZS_NOTICE_TAIL = """
三、脱贫户、低保户凭证件免费更换配件，每户每年限1次。

竹山县广播电视服务中心
2026年5月6日
"""


def write_zhushan() -> None:
    write(
        f"湖北/竹山县/{ZS_TITLE}.html",
        portal(ZS, ZS_TITLE, "政务公开 &gt; 规范性文件", "2026-04-20", "竹山县文化和旅游局", P(ZS_BODY)),
    )
    write(
        f"湖北/竹山县/{ZS_NOTICE_TITLE}.html",
        portal(
            ZS,
            ZS_NOTICE_TITLE,
            "政务公开 &gt; 通知公告",
            "2026-05-06",
            "竹山县广播电视服务中心",
            P(ZS_NOTICE_LEAD) + make.table(ZS_PARTS, 'class="sfbz" border="1"') + P(ZS_NOTICE_TAIL),
        ),
    )
    t = "户户通机顶盒和高频头都坏了，上门修要花多少钱？"
    write(
        f"湖北/竹山县/领导留言板 {t}.html",
        letter(
            ZS,
            "领导留言板",
            t,
            "陈**（溢水镇）",
            "2026-07-14",
            """
我家住在溢水镇山上，离镇上18公里。家里的电视是前几年花2300买的，户户通已经过了保修期。上个月打雷以后没信号了，
听村里人说是机顶盒和高频头都坏了。我家不是低保户也不是脱贫户。请问县里上门来修，一共要花多少钱？多久能来？
""",
            "竹山县广播电视服务中心",
            "2026-07-16",
            """
您好！根据《竹山县广播电视户户通运行维护和应急广播管理办法》和配件收费标准公告，上门维修免收人工费，更换配件按成
本价收取。您家需要更换户户通接收机（160元）和高频头（45元），共需205元。

您家距集镇18公里，属于偏远村组，我中心将在报修后72小时内上门。
""",
            "ZSLDLY-2026-0714",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 14-16 陆川县: the 有线电视 收视费减免 实施办法, the 惠民减免 宣传单 (an OpenDocument drawing), a 12345 reply
# ---------------------------------------------------------------------------------------------------------

LC_TITLE = "陆川县有线电视惠民收视费减免实施办法"
LC_BODY = """
第一条　为让困难群众看得上、看得好有线电视，结合本县实际，制定本办法。

第二条　减免对象为本县城乡低保户、特困供养人员和持证重度残疾人家庭。

第三条　有线电视基本收视维护费标准为每户每月25元。低保户、特困供养人员全额减免；重度残疾人家庭减半收取，每户每
月12.5元。

第四条　每户限减免1个终端；第二个及以上终端按每个每月10元收取，不享受减免。

第五条　符合条件的家庭持低保证、特困供养证或残疾人证到有线电视营业厅办理，减免自办理的次月起生效；已缴纳的当年
收视费，按减免后的标准退还。

第六条　减免对象退出低保或特困供养的，自退出的次月起恢复正常收费。

第七条　本办法自2026年3月1日起施行。
"""

LC_ODG = "陆川县有线电视惠民减免宣传单.odg"
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
# (shape, x, y, w, h, paragraphs); [..] in a paragraph is a bold red span
LC_SHAPES: list[tuple[str, str, str, str, str, list[str]]] = [
    (
        "frame",
        "1.5cm",
        "1.2cm",
        "18cm",
        "2.4cm",
        ["有线电视惠民减免　困难家庭看得起", "陆川县有线电视惠民政策宣传"],
    ),
    (
        "custom",
        "1.5cm",
        "4.2cm",
        "18cm",
        "4.6cm",
        [
            "基本收视维护费每户每月[25]元",
            "低保户、特困供养人员：全额减免",
            "持证重度残疾人家庭：减半收取",
        ],
    ),
    (
        "frame",
        "1.5cm",
        "9.4cm",
        "18cm",
        "6.2cm",
        [
            "惠民加码：2026年3月1日至12月31日办理减免的家庭，免费更换高清机顶盒1台。",
            "办理地点：广西广电网络陆川分公司温泉路营业厅，或各乡镇广电服务站。",
            "携带材料：户主身份证，低保证、特困供养证或残疾人证。",
        ],
    ),
    ("custom", "1.5cm", "16.2cm", "18cm", "2cm", ["客服热线：96335（每日8:00-20:00）"]),
]


def odg_para(text: str) -> str:
    out = []
    rest = escape(text)
    while "[" in rest:
        before, after = rest.split("[", 1)
        bold, rest = after.split("]", 1)
        out.append(f'{before}<text:span text:style-name="T1">{bold}</text:span>')
    out.append(rest)
    return f'<text:p text:style-name="P1">{"".join(out)}</text:p>'


def lc_odg() -> bytes:
    """An OpenDocument drawing: one draw:page of text frames and custom shapes, a figure cut by a span."""
    shapes = []
    for n, (kind, x, y, w, h, paras) in enumerate(LC_SHAPES, 1):
        body = "".join(odg_para(p) for p in paras)
        geo = f'svg:x="{x}" svg:y="{y}" svg:width="{w}" svg:height="{h}"'
        if kind == "frame":
            shapes.append(
                f'<draw:frame draw:id="s{n}" draw:style-name="gr1" draw:layer="layout" {geo}>'
                f"<draw:text-box>{body}</draw:text-box></draw:frame>"
            )
        else:
            shapes.append(
                f'<draw:custom-shape draw:id="s{n}" draw:style-name="gr2" draw:layer="layout" {geo}>{body}'
                f'<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="round-rectangle"/>'
                f"</draw:custom-shape>"
            )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODF_NS} office:version="1.3"><office:automatic-styles>'
        '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" '
        'draw:fill="none"/></style:style>'
        '<style:style style:name="gr2" style:family="graphic">'
        '<style:graphic-properties draw:fill-color="#fff2cc"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
        'fo:color="#c00000" fo:font-size="28pt"/></style:style></office:automatic-styles>'
        '<office:body><office:drawing><draw:page draw:name="页1" draw:master-page-name="Default">'
        + "".join(shapes)
        + "</draw:page></office:drawing></office:body></office:document-content>\n"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {ODF_NS} office:version="1.3"><office:master-styles>'
        '<style:master-page style:name="Default"/></office:master-styles></office:document-styles>\n'
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {ODF_NS} office:version="1.3"><office:meta>'
        "<dc:title>陆川县有线电视惠民减免宣传单</dc:title>"
        "<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64</meta:generator>"
        "<meta:creation-date>2026-02-26T10:12:00</meta:creation-date>"
        "<dc:date>2026-02-27T15:40:00</dc:date></office:meta></office:document-meta>\n"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.graphics"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>\n"
    )
    return make.zip_package(
        [
            ("mimetype", "application/vnd.oasis.opendocument.graphics"),
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ],
        STAMP,
    )


def write_luchuan() -> None:
    write(
        f"广西/陆川县/{LC_TITLE}.html",
        portal(
            LC, LC_TITLE, "政务公开 &gt; 规范性文件", "2026-02-20", "陆川县文化广电体育和旅游局", P(LC_BODY)
        ),
    )
    write_bytes(f"广西/陆川县/{LC_ODG}", lc_odg())
    t = "家里是低保户有两台电视，今年有线电视费交了420元，能退多少？"
    write(
        f"广西/陆川县/12345 {t}.html",
        letter(
            LC,
            "12345热线",
            t,
            "李**（乌石镇）",
            "2026-03-09",
            """
我家在乌石镇，是低保户，家里5口人，有两台电视都装了有线电视，一台在客厅一台在老人房间。今年1月已经把全年的收视费
420元交了（每台每月25元加第二台每月10元）。听说现在低保户可以减免，3月份去营业厅办了减免。请问能退多少钱？
""",
            "陆川县文化广电体育和旅游局",
            "2026-03-12",
            """
您好！根据《陆川县有线电视惠民收视费减免实施办法》，低保户基本收视维护费全额减免，每户限减免1个终端，第二个终端按
每月10元收取；已缴纳的当年收视费按减免后的标准退还。

您家全年应缴第二个终端的费用10×12=120元，已缴420元，应退还300元。
""",
            "LC12345-2026-03094",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 17-19 普定县: the 家庭无障碍改造 实施方案, the 政策解读 视频字幕 (WebVTT), a 县长信箱 reply
# ---------------------------------------------------------------------------------------------------------

PD_TITLE = "普定县2026年困难残疾人和老年人家庭无障碍改造实施方案"
PD_BODY = """
为改善困难残疾人和老年人家庭居家环境，提高生活自理能力，根据省、市无障碍环境建设有关要求，制定本方案。

一、目标任务：2026年全县完成困难残疾人家庭无障碍改造150户、困难老年人家庭适老化无障碍改造100户。

二、改造对象：持证残疾人家庭中的低保户、脱贫户；60周岁以上失能、半失能的特困、低保老年人家庭。2021年以来已享受
过无障碍改造的，不再重复改造。

三、改造内容：入户坡道、扶手、蹲便改坐便、浴室防滑、闪光门铃、低位灶台等，根据入户评估结果“一户一策”确定。

四、补贴标准：困难残疾人家庭每户最高6000元；困难老年人家庭每户最高4000元。同一户同时符合两类条件的，按就高原则
享受一次。

五、实施程序：本人或家属向乡镇（街道）提出申请，乡镇初审后报县残联，县残联会同县民政局入户评估，由县残联统一组织
施工单位施工；改造完成后验收合格的，补贴资金拨付给施工单位。

普定县残疾人联合会　普定县民政局
2026年3月18日
"""

PD_VTT = "普定县家庭无障碍改造政策解读（政策面对面第18期）.vtt"
# (speaker, start, end, text): consecutive cues of one speaker make one sentence, cut where the subtitle
# is cut
PD_CUES = [
    ("主持人", "00:00:01.000", "00:00:04.600", "观众朋友们大家好，欢迎收看《政策面对面》。"),
    ("主持人", "00:00:04.600", "00:00:09.200", "今天我们请来县残联康复部主任，聊一聊家庭无障碍改造。"),
    ("康复部主任", "00:00:09.800", "00:00:14.400", "今年全县要给250户困难残疾人和老年人家庭做改造，"),
    ("康复部主任", "00:00:14.400", "00:00:19.000", "残疾人家庭每户最高补贴"),
    ("康复部主任", "00:00:19.000", "00:00:21.600", "6000元，老年人家庭每户最高4000元。"),
    ("主持人", "00:00:22.200", "00:00:26.000", "那群众什么时候申请呢？"),
    ("康复部主任", "00:00:26.400", "00:00:30.200", "今年的申请要在2026年6"),
    ("康复部主任", "00:00:30.200", "00:00:34.800", "月30日前交到乡镇，也可以直接到县残联一楼康复部。"),
    ("主持人", "00:00:35.400", "00:00:38.600", "申请以后要等多久才能改好？"),
    ("康复部主任", "00:00:39.000", "00:00:43.000", "我们会同民政局上门评估，入户评估后30"),
    ("康复部主任", "00:00:43.000", "00:00:47.400", "日内完成施工，施工单位由县残联统一组织。"),
    ("主持人", "00:00:48.000", "00:00:51.800", "如果改造花的钱超过补贴上限怎么办？"),
    ("康复部主任", "00:00:52.200", "00:00:56.600", "超出的部分由家庭自愿承担，自付部分要提前"),
    ("康复部主任", "00:00:56.600", "00:01:00.800", "签字确认，我们不会强制加项目。"),
    ("主持人", "00:01:01.400", "00:01:05.000", "好的，感谢收看，我们下期再见。"),
]


def pd_vtt() -> str:
    head = [
        "WEBVTT",
        "Kind: captions",
        "Language: zh-CN",
        "",
        "NOTE",
        "普定县融媒体中心《政策面对面》第18期 字幕 2026-04-02 校对：罗**",
        "",
        "STYLE",
        '::cue(v[voice="主持人"]) { color: yellow; }',
        "",
    ]
    cues = []
    for n, (who, start, end, text) in enumerate(PD_CUES, 1):
        cues += [str(n), f"{start} --> {end} line:85% align:center", f"<v {who}>{text}</v>", ""]
    return "\n".join(head + cues)


PD_GUIDE_TITLE = "普定县困难残疾人和老年人家庭无障碍改造申请办事指南"
PD_GUIDE = [
    ["事项", "内容"],
    ["事项名称", "困难残疾人和老年人家庭无障碍改造申请"],
    ["受理单位", "户籍所在乡镇（街道）社会事务办"],
    [
        "申请材料",
        "1.申请表；2.户口簿和身份证；3.残疾人证或失能、半失能评估证明；4.低保证、特困供养证或脱贫户证明",
    ],
    ["办理流程", "申请—乡镇初审—县残联会同县民政局入户评估—施工—验收—拨付"],
    ["公示", "初审通过的名单在村（社区）公示5个工作日"],
    ["收费标准", "不收费"],
    ["咨询电话", "0851-38221645（县残联康复部）"],
]


def write_puding() -> None:
    write(
        f"贵州/普定县/{PD_TITLE}.html",
        portal(PD, PD_TITLE, "政务公开 &gt; 通知公告", "2026-03-18", "普定县残疾人联合会", P(PD_BODY)),
    )
    write(
        f"贵州/普定县/{PD_GUIDE_TITLE}.html",
        portal(
            PD,
            PD_GUIDE_TITLE,
            "政务服务 &gt; 办事指南",
            "2026-03-25",
            "普定县残疾人联合会",
            make.table(PD_GUIDE, 'class="bszn" border="1"', thead=False),
        ),
    )
    write(f"贵州/普定县/{PD_VTT}", pd_vtt())
    t = "父亲二级残疾是低保户，母亲半失能，家里改造报价7500元，要自己出多少？"
    write(
        f"贵州/普定县/县长信箱 {t}.html",
        letter(
            PD,
            "县长信箱",
            t,
            "罗**（马官镇）",
            "2026-05-11",
            """
我家在马官镇，父亲肢体二级残疾，持有残疾人证，家里是低保户；母亲72岁，半失能。想给家里修个入户坡道、装扶手、把蹲
便改成坐便，施工单位来看过报价7500元。家里两个老人每月养老金加起来一千出头。请问按政策能补多少，我们自己要出多少？
""",
            "普定县残疾人联合会",
            "2026-05-14",
            """
您好！根据《普定县2026年困难残疾人和老年人家庭无障碍改造实施方案》，困难残疾人家庭每户最高6000元，困难老年人家
庭每户最高4000元，同一户同时符合两类条件的按就高原则享受一次。

您家按残疾人家庭标准补贴6000元，改造报价7500元，超出的1500元由家庭自愿承担。请向马官镇提出申请。
""",
            "PDXZXX-2026-0511",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 20-22 岐山县: the 无障碍出租车 补贴办法, the 预约服务 公告 on the 繁體 site, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

QS_TITLE = "岐山县无障碍出租车推广应用补贴办法"
QS_BODY = """
第一条　为方便残疾人、老年人等出行，推广无障碍出租车，结合本县实际，制定本办法。

第二条　本办法所称无障碍出租车，是指配备轮椅升降装置或者轮椅坡道、可供乘坐轮椅的乘客直接上下车的巡游出租汽车。

第三条　出租汽车企业新购置无障碍出租车的，每辆一次性补贴3万元；将现有出租车改装为无障碍出租车的，每辆补贴1.5万
元。

第四条　无障碍出租车全年运营满10个月、接送乘坐轮椅乘客不少于60单的，给予运营补贴每辆每年6000元。

第五条　残疾人乘客凭残疾人证乘坐无障碍出租车的，车费按八折收取，差额由县财政按月补给企业。

第六条　2026年全县投放无障碍出租车20辆。

第七条　本办法自2026年4月1日起施行。
"""

QS_NOTICE_TITLE = "岐山县无障碍出租车电话预约服务公告"
QS_NOTICE = """
为方便乘坐轮椅的残疾人、老年人出行，我县首批8辆无障碍出租车于2026年5月18日全国助残日投入运营，现将预约服务有关
事项公告如下：

一、预约电话：0917-8236110。

二、服务时间：每日7:00至21:00。

三、预约方式：乘客需提前2小时电话预约，说明上车地点、目的地和轮椅类型。

四、残疾人乘客凭残疾人证乘车，车费按八折收取。

岐山县交通运输局
2026年5月12日
"""


def write_qishan() -> None:
    write(
        f"陕西/岐山县/{QS_TITLE}.html",
        portal(QS, QS_TITLE, "政务公开 &gt; 规范性文件", "2026-03-25", "岐山县交通运输局", P(QS_BODY)),
    )
    page = portal(
        QS, QS_NOTICE_TITLE, "政务公开 &gt; 通知公告", "2026-05-12", "岐山县交通运输局", P(QS_NOTICE)
    )
    page = page.replace('<html lang="zh-CN">', '<html lang="zh-TW">')
    title = _S2T.convert(QS_NOTICE_TITLE)
    write(f"陕西/岐山县/{title}（繁體版）.html", _S2T.convert(page))
    t = "出租车公司新买2辆无障碍车、改装3辆，购置补贴一共多少？"
    write(
        f"陕西/岐山县/12345 {t}.html",
        letter(
            QS,
            "12345热线",
            t,
            "王**（蔡家坡镇）",
            "2026-06-18",
            """
我们公司在蔡家坡镇，一共有45辆出租车。今年响应县里号召，新买了2辆带轮椅升降装置的无障碍出租车，每辆车价12万；又把
3辆旧车改装成带轮椅坡道的无障碍车。请问县里的购置补贴一共能拿多少？
""",
            "岐山县交通运输局",
            "2026-06-22",
            """
您好！根据《岐山县无障碍出租车推广应用补贴办法》，新购置无障碍出租车的每辆一次性补贴3万元，改装的每辆补贴1.5万
元。贵公司新购2辆补贴6万元，改装3辆补贴4.5万元，合计10.5万元。

车辆全年运营满10个月、接送乘坐轮椅乘客不少于60单的，还可申请每辆每年6000元的运营补贴。
""",
            "QS12345-2026-06182",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 23-26 望奎县: the 植保无人机 购置补贴 和 低空飞行服务 实施方案, the 申报汇总表 (.xltx), the 飞行活动 报备
# 办事指南, a 12345 reply
# ---------------------------------------------------------------------------------------------------------

WK_TITLE = "望奎县2026年植保无人机购置补贴和低空飞行服务实施方案"
WK_BODY = """
为推进植保作业智能化，发展低空经济，规范无人机飞行活动，结合本县实际，制定本方案。

一、县级累加补贴：在享受中央农机购置补贴的基础上，对购置植保无人机的农业生产经营主体给予县级累加补贴。载药量30
公斤及以上的每台8000元，20公斤及以上不足30公斤的每台5000元，每个主体最多补贴2台。

二、操作人员：植保无人机操作人员须取得无人机操控培训合格证明。

三、统防统治作业补助：使用植保无人机开展大豆、玉米病虫害统防统治的，每亩补助作业费3元。

四、低空飞行服务站：2026年在县城建成低空飞行服务站1座，提供飞行计划报备、气象信息和飞手培训服务。

五、飞行报备：植保作业等飞行活动须提前向县低空飞行服务站报备，未经报备擅自飞行的，取消当年补贴。

望奎县农业农村局
2026年2月27日
"""

WK_XLTX = "望奎县2026年植保无人机县级累加补贴申报汇总表.xltx"
WK_NOTES = [
    "填报说明：",
    "1.县级累加补贴：载药量30公斤及以上每台8000元，20公斤及以上不足30公斤每台5000元，每个主体最多2台。",
    "2.各乡镇于2026年4月30日前将本表和购机发票复印件报送县农机化技术推广中心（农机大厦2楼），"
    "联系电话0455-6722315。",
    "3.所购机具须安装北斗定位作业监测终端，未安装的不予补贴。",
]


def wk_xltx() -> bytes:
    """An Excel template (.xltx): the 汇总表's header, a filled-in 示例 row, empty rows and the 填报说明."""
    wb = openpyxl.Workbook()
    wb.template = True
    ws = wb.active
    assert ws is not None
    ws.title = "汇总表"
    ws.append(["望奎县2026年植保无人机县级累加补贴申报汇总表"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["填报单位（乡镇）：", "", "", "", "填报日期：", "", ""])
    ws.append(
        ["序号", "购机主体", "机具型号", "载药量（公斤）", "购置数量（台）", "县级累加补贴（元）", "备注"]
    )
    ws.append(["示例", "望奎县××农机专业合作社", "3WWDZ-40B", 40, 2, 16000, "示例行，填报时删除"])
    for n in range(1, 11):
        ws.append([n])
    for note in WK_NOTES:
        ws.append([note])
    wb.properties.creator = "望奎县农机化技术推广中心"
    buf = io.BytesIO()
    wb.save(buf)
    return restamp(buf.getvalue(), WHEN)


WK_GUIDE_TITLE = "望奎县民用无人机飞行活动报备办事指南"
WK_GUIDE = [
    ["事项", "内容"],
    ["事项名称", "民用无人机飞行活动报备"],
    ["受理单位", "望奎县低空飞行服务站"],
    ["报备时限", "飞行前1个工作日12时前报备；植保作业季可一次报备7日内的作业计划"],
    ["报备材料", "1.无人机实名登记信息；2.操作人员身份证和操控培训合格证明；3.飞行区域、时段和高度"],
    ["适飞空域", "真高120米以下的适飞空域无需申请空域，报备后即可飞行"],
    ["禁止飞行", "机场净空保护区、军事管理区、县城重要活动场所周边禁止飞行"],
    ["办理方式", "县低空飞行服务站窗口（望奎镇迎宾路）或服务站微信小程序"],
    ["收费标准", "不收费"],
]


def write_wangkui() -> None:
    write(
        f"黑龙江/望奎县/{WK_TITLE}.html",
        portal(WK, WK_TITLE, "政务公开 &gt; 通知公告", "2026-02-27", "望奎县农业农村局", P(WK_BODY)),
    )
    write_bytes(f"黑龙江/望奎县/{WK_XLTX}", wk_xltx())
    write(
        f"黑龙江/望奎县/{WK_GUIDE_TITLE}.html",
        portal(
            WK,
            WK_GUIDE_TITLE,
            "政务服务 &gt; 办事指南",
            "2026-04-08",
            "望奎县低空飞行服务站",
            make.table(WK_GUIDE, 'class="bszn" border="1"', thead=False),
        ),
    )
    t = "合作社买了3台40公斤的植保无人机，县里累加补贴能拿多少？"
    write(
        f"黑龙江/望奎县/12345 {t}.html",
        letter(
            WK,
            "12345热线",
            t,
            "赵**（惠七镇）",
            "2026-04-20",
            """
我们是惠七镇的农机专业合作社，承包了5000亩地种大豆玉米。今年买了3台载药量40公斤的植保无人机，每台6万8，已经享受
了中央农机购置补贴，机子都装了北斗终端。请问县里的累加补贴能拿多少？
""",
            "望奎县农业农村局",
            "2026-04-23",
            """
您好！根据《望奎县2026年植保无人机购置补贴和低空飞行服务实施方案》，载药量30公斤及以上的植保无人机县级累加补贴每
台8000元，每个主体最多补贴2台。贵合作社购置3台，按2台计算，县级累加补贴为2×8000=16000元。

请在4月30日前通过惠七镇报送申报材料。
""",
            "WK12345-2026-04203",
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# 27-31 the news roundups
# ---------------------------------------------------------------------------------------------------------


def news(title: str, site: str, meta: str, body: str, icp: str, related: list[str]) -> str:
    return make.news_page(title, site, meta, P(body), icp, related, crumb="新闻 &gt; 民生")


N1_TITLE = "服务站建到村口 快递直达家门 安庆打通农村寄递“最后一公里”"
N1 = news(
    N1_TITLE,
    "安徽新闻网",
    "2026-05-20 09:40　来源：安徽新闻网　记者：汪立群",
    """
快件能不能送到村里，是农村群众最关心的事之一。安徽安庆一些县加快建设村级寄递物流综合服务站。

安庆怀宁县对新建村级寄递物流综合服务站每个补贴1.5万元，今年已建成服务站86个。安庆望江县也已对村级寄递物流综合服
务站给予建设补贴。安庆宿松县商务局表示，宿松计划下半年出台服务站建设补贴办法。

怀宁县还对快递企业派送到村的快件按件给予运费补贴。安庆太湖县也已对快递进村给予运费补贴，快递企业反映积极。

岳西县的快递企业负责人也到怀宁考察了共配中心的运营模式。
""",
    "皖ICP备05019273号",
    ["安徽推进县乡村三级寄递物流体系建设", "快递进村覆盖率持续提升"],
)

N2_TITLE = "供销社保春耕 直播间卖土产 商丘徐州激活县域商贸新动能"
N2 = news(
    N2_TITLE,
    "中华合作时报网",
    "2026-06-16 10:15　来源：中华合作时报网　记者：孟庆丰",
    """
春耕保供、冷链建设、直播带货，县域商贸正在发生新变化。

河南商丘虞城县供销社春耕前储备化肥3万吨，对化肥淡季储备给予贴息。商丘柘城县供销社也已开展化肥淡季储备，保障春耕
用肥。商丘宁陵县供销社拟于明年建立农资储备贴息制度。

虞城县还对新建产地冷藏保鲜库按库容给予补助。商丘睢县也已对产地冷藏保鲜库给予建设补助，今年新增库容8000立方米。

江苏徐州沛县对参加直播电商培训的城乡劳动者给予培训补贴，初级班每人1200元。徐州铜山区也已对直播电商培训给予补贴。
徐州贾汪区人社局表示，贾汪计划年内将直播电商纳入职业技能培训补贴目录。

民权县的合作社社员也到虞城参观了冷藏保鲜库；泉山区的电商主播还到沛县分享了直播经验。
""",
    "京ICP备05036624号",
    ["全国供销合作社系统春耕农资保供", "直播电商成为县域就业新渠道"],
)

N3_TITLE = "户户通修到家 大喇叭响起来 十堰玉林让农村广播电视更好用"
N3 = news(
    N3_TITLE,
    "中国广播电视网",
    "2026-08-03 15:30　来源：中国广播电视网　记者：程远",
    """
看得上、听得到、修得好，农村广播电视公共服务正在补短板。

湖北十堰竹山县对保修期外的户户通设备上门维修免收人工费，脱贫户、低保户免费更换配件。十堰竹溪县也已推行户户通上门
维修服务。十堰郧西县文旅局表示，郧西将于明年推行户户通免费上门维修。

竹山县每个行政村建设应急广播终端不少于3个，并给予村管理员补贴。十堰房县也已完成应急广播行政村全覆盖。

广西玉林陆川县对低保户、特困供养人员有线电视基本收视维护费全额减免。玉林博白县也已对低保户减免有线电视收视费。玉林
玉州区拟于明年出台有线电视收视费减免办法。

丹江口市的广电技术人员也到竹山交流了应急广播运维经验；福绵区的群众也在关注有线电视惠民政策。
""",
    "京ICP备05027731号",
    ["广播电视公共服务提质增效", "应急广播体系建设加快推进"],
)

N4_TITLE = "扶手装上了 轮椅能打车了 安顺宝鸡推进无障碍环境建设"
N4 = news(
    N4_TITLE,
    "中国残疾人网",
    "2026-07-08 11:20　来源：中国残疾人网　记者：田敏",
    """
无障碍环境建设关系到每一个有需要的人。贵州安顺、陕西宝鸡一些县区把无障碍改造做到家门口。

安顺普定县今年为困难残疾人和老年人家庭开展无障碍改造，残疾人家庭每户最高补贴6000元。安顺平坝区也已开展困难残疾人
家庭无障碍改造。安顺西秀区计划明年将适老化改造纳入家庭无障碍改造。

宝鸡岐山县对新购置无障碍出租车每辆补贴3万元，首批8辆已投入运营。宝鸡扶风县也已投放无障碍出租车，方便乘坐轮椅的群众
出行。宝鸡眉县交通运输局表示，眉县拟于明年推广无障碍出租车。

镇宁布依族苗族自治县的残联干部也到普定学习了入户评估经验；凤翔区的出租车司机也参加了岐山的无障碍服务培训。
""",
    "京ICP备05041172号",
    ["无障碍环境建设法实施一周年", "家庭无障碍改造惠及更多困难群众"],
)

N5_TITLE = "植保飞手上岗 服务站管飞行 绥化低空经济起步"
N5 = news(
    N5_TITLE,
    "黑龙江新闻网",
    "2026-06-25 08:55　来源：黑龙江新闻网　记者：孙志刚",
    """
黑土地上，植保无人机正在成为田间“新农具”。黑龙江绥化一些县加快发展低空经济。

绥化望奎县在中央农机购置补贴基础上，对植保无人机给予县级累加补贴，载药量30公斤及以上的每台8000元。绥化青冈县也已
对植保无人机给予县级累加补贴。绥化明水县农业农村局表示，明水计划明年对植保无人机给予累加补贴。

望奎县今年建设低空飞行服务站，为飞手提供飞行计划报备、气象信息和培训服务。绥化兰西县也已建成低空飞行服务站，提供
飞行报备服务。

北林区的飞手也到望奎参加了植保作业技能比武。
""",
    "黑ICP备05003318号",
    ["黑龙江推动低空经济发展", "植保无人机助力大豆病虫害统防统治"],
)

NEWS = [(N1_TITLE, N1), (N2_TITLE, N2), (N3_TITLE, N3), (N4_TITLE, N4), (N5_TITLE, N5)]


def write_news() -> None:
    for title, page in NEWS:
        write(f"新闻/{title}.html", page)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    write_huaining()
    write_yucheng()
    write_peixian()
    write_zhushan()
    write_luchuan()
    write_puding()
    write_qishan()
    write_wangkui()
    write_news()
    print(sum(1 for p in DOCS.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
