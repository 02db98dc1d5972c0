"""Emacs Org-mode (.org), MediaWiki page sources (.wiki, .mediawiki), TOML (.toml), single gzipped documents
(NAME.csv.gz …), RIS (.ris) and BibTeX (.bib) reference exports as documents (indexer/orgdoc.py, wikidoc.py,
tomldoc.py, gzipped.py, risdoc.py, bibdoc.py): citeqa had skipped all six as unsupported (eval/policy42,
written blind, holds one of each). Each small file is written here, byte for byte; one test per kind reads
eval/policy42's own file for a figure only it holds."""

from __future__ import annotations

import gzip
import io
import tarfile
import zlib
from pathlib import Path

import pytest

from indexer.build import index_paths
from indexer.chunk import PIPELINE_VERSION
from indexer.decode import DocumentError
from indexer.filenames import name_suffix
from indexer.ingest import file_doc_id, ingest_bytes
from indexer.load import SUPPORTED_SUFFIXES, extract
from indexer.settings import DEFAULTS
from indexer.store import read_index
from tests.conftest import KeywordEncoder
from tests.extracting import lines, refused

NEW = (".org", ".wiki", ".mediawiki", ".toml", ".gz", ".ris", ".bib")


def test_the_new_kinds_are_supported() -> None:
    assert set(NEW) <= set(SUPPORTED_SUFFIXES)
    assert [name_suffix(n) for n in ("明细.CSV.GZ", "a.tar.gz", "a.tgz", "a.warc.gz", "手册.MediaWiki")] == [
        ".gz",
        ".tar.gz",
        ".tgz",
        ".warc.gz",
        ".mediawiki",
    ]
    assert PIPELINE_VERSION >= 23  # what these files read changed: indexes of 22 are rebuilt


# ------------------------------------------------------------------------------------------------ Org-mode

ZW = "\u200b"  # the zero-width space Chinese Org users set around an emphasis run
ORG = f"""#+TITLE: 南哨镇河长办工作台账
#+AUTHOR: 综合组 杨秀
#+DATE: <2026-03-02 Mon>
#+OPTIONS: toc:nil
#+TODO: TODO DOING | DONE

# 本台账每周一更新（旧标准：每次巡河补助20元）

* 一、巡河补助 :补助:
  :PROPERTIES:
  :CUSTOM_ID: buzhu
  :依据:     南哨镇河长制工作规则（南河长办发\u30142026\u30151号）
  :END:
  #+CAPTION: 巡河补助标准
  | 河长层级 | 补助（元/次） | 每月上限（次） |
  |----------+---------------+----------------|
  | 村级河长 | 25            | 8              |
  | 巡查员   |               | 20             |

  - 单次巡河时长不少于{ZW}*30*{ZW}分钟、轨迹不少于{ZW}*2*{ZW}公里的，计为
    一次有效巡河。
  - [X] 补助按季度发放
  1. 整改时限：{ZW}=交办之日起15日内={ZW}完成
  - 值班电话 :: =0855-5222910=

  #+BEGIN_COMMENT
  2025年版：单次巡河不少于20分钟即有效。
  #+END_COMMENT
** DONE [#A] 一季度述职 [2/2]
   CLOSED: [2026-03-28 Sat 16:20]
   :LOGBOOK:
   - State "DONE"       from "TODO"       [2026-03-28 Sat 16:20]
   :END:
   会议纪要见[[file:./纪要.org][述职会纪要]]，
   专栏见[[https://www.example.gov.cn/hhz/]]。
** DOING 清四乱 :专项:
   SCHEDULED: <2026-04-15 Wed>
   乱占、乱采问题 /当场/ 处理，+旧办法+ 不再适用。
** COMMENT 旧稿
   旧稿：每月最多计6次。
* 二、附录
  #+BEGIN_SRC sh
  echo 台账导出
  #+END_SRC
  : 固定宽度：APP版本3.2
  #+BEGIN_QUOTE
  河长制是*制度*创新。
  #+END_QUOTE
"""
ORG_LINES = [
    "南哨镇河长办工作台账",
    "一、巡河补助",
    "依据：南哨镇河长制工作规则（南河长办发\u30142026\u30151号）",
    "巡河补助标准",
    "河长层级 | 补助（元/次） | 每月上限（次）",
    "村级河长 | 25 | 8",
    "巡查员 | — | 20",
    "单次巡河时长不少于30分钟、轨迹不少于2公里的，计为一次有效巡河。",
    "补助按季度发放",
    "1. 整改时限：交办之日起15日内完成",
    "值班电话：0855-5222910",
    "一季度述职",
    "会议纪要见述职会纪要，专栏见https://www.example.gov.cn/hhz/。",
    "清四乱",
    "乱占、乱采问题 当场 处理，旧办法 不再适用。",
    "二、附录",
    "echo 台账导出",
    "固定宽度：APP版本3.2",
    "河长制是制度创新。",
]


def test_an_org_file_is_its_title_headings_tables_and_items() -> None:
    """The title a line, TODO states, priorities, cookies and tags dropped; a table a row a line, its rule
    none, an empty cell a dash; emphasis set off by zero-width spaces no longer cuts 30分钟 or the phone; a
    property named in Chinese a line, Org's own none; comments, the COMMENT block and heading, planning lines
    and the logbook no text (their old figures absent); a SRC block's lines as written."""
    read = extract(ORG.encode(), ".org", name="台账.org")
    assert (read.text.split("\n"), read.title) == (ORG_LINES, "南哨镇河长办工作台账")
    for absent in (
        "20元",
        "20分钟",
        "6次",
        "杨秀",
        "buzhu",
        "2026-03-28",
        "2026-04-15",
        "State",
        "toc",
        "\u200b",
    ):
        assert absent not in read.text, absent
    assert lines(ORG.replace("\n", "\r\n").encode("utf-8-sig"), ".org") == ORG_LINES  # (BOM, CRLF)


def test_org_emphasis_between_chinese_characters_and_an_unclosed_block() -> None:
    """Bold and verbatim written without zero-width spaces lose their marks too; a slash between Chinese words
    is no italic; a COMMENT block never closed is no block (Org reads its lines)."""
    said = "补助*25*元，按月/按季度发放，电话=0855-5222910=。\n#+BEGIN_COMMENT\n正文照读。\n"
    assert lines(said.encode(), ".org") == ["补助25元，按月/按季度发放，电话0855-5222910。", "正文照读。"]


def test_an_org_file_of_comments_and_keywords_only_is_refused() -> None:
    org = b"#+TITLE:\n#+AUTHOR: x\n# old\n#+BEGIN_COMMENT\ny\n#+END_COMMENT\n:PROPERTIES:\n:ID: 1\n:END:\n"
    assert refused(org, ".org") == (
        "bad.org: has no text outside comments, keywords and drawers; nothing to index"
    )


# ----------------------------------------------------------------------------------------------- MediaWiki

WIKI = """{{Infobox 岗位
| 名称     = 儿童主任
| 主管部门 = [[县民政局|民政局]]儿童福利股
| 人数     = 52名
| 图片     =
}}
'''儿童主任'''是村（居）委会中负责儿童关爱服务的人员。<ref name="yj">《关于健全关爱服务体系的意见》</ref>
__NOTOC__
== 工作补贴 ==
补贴标准为每人每月'''300'''元，按季度发放。<ref name="yj" /><ref>{{cite web|title=县财政局通知|url=https://example.cn/a|date=2026-01-05}}</ref>
<!-- 旧标准：每人每月200元 -->
{{citation needed}}
# 定期走访困境儿童；<br/>录入系统。
# 参加[[督导员|乡镇督导员]]组织的培训，详见[https://example.cn/guide 培训指南]。
* 系统中不要加<nowiki>'''粗体'''和[[链接]]</nowiki>。
; 联系电话 : 0878-4123456
{| class="wikitable" style="width:100%"
|+ 探访频次
! 对象 !! style="width:30%" | 频次
|-
| 困境儿童 || 每月至少1次
|-
| style="color:red" | 散居孤儿
| 每月至少2次
|-
| 留守儿童 ||
|}
{{lang|en|Child Director}} [[File:photo.png|thumb|200px|培训现场]] [[en:Child director]]
== 参考资料 ==
<references />
[[分类:儿童福利]]
[[Category:Handbooks]]
"""
WIKI_LINES = [
    "名称：儿童主任",
    "主管部门：民政局儿童福利股",
    "人数：52名",
    "儿童主任是村（居）委会中负责儿童关爱服务的人员。",
    "工作补贴",
    "补贴标准为每人每月300元，按季度发放。",
    "1. 定期走访困境儿童；",
    "录入系统。",
    "2. 参加乡镇督导员组织的培训，详见培训指南。",
    "系统中不要加'''粗体'''和[[链接]]。",
    "联系电话：0878-4123456",
    "探访频次",
    "对象 | 频次",
    "困境儿童 | 每月至少1次",
    "散居孤儿 | 每月至少2次",
    "留守儿童 | —",
    "Child Director 培训现场",
    "参考资料",
    "《关于健全关爱服务体系的意见》",
    "县财政局通知 2026-01-05",
]


def test_a_wiki_page_is_its_infobox_headings_paragraphs_lists_and_table_rows() -> None:
    """The infobox a key：value line a filled field; bold cutting 300元 no longer does; links their labels;
    the table's header above its rows, a cell's attributes no text; footnotes where <references /> lists
    them, a reuse by name none; the comment's old 200元, categories, magic words, an interlanguage link and
    a template of no words absent; <nowiki> as written; the title the page's name."""
    read = extract(WIKI.encode(), ".wiki", name="手册.wiki")
    assert (read.text.split("\n"), read.title) == (WIKI_LINES, "手册")
    for absent in ("200元", "NOTOC", "分类", "儿童福利]", "Handbooks", "Child director", "citation", "photo"):
        assert absent not in read.text, absent
    for absent in ("https", "width", "color", "yj", "thumb", "<br", "县民政局"):
        assert absent not in read.text, absent
    assert lines(WIKI.replace("\n", "\r\n").encode("utf-8-sig"), ".mediawiki") == WIKI_LINES


def test_a_wiki_page_titled_by_displaytitle_and_its_notes_after_the_text() -> None:
    page = "{{DISPLAYTITLE:''儿童主任''手册}}\n补贴每人每月300元。<ref>州民政局通知</ref>\n"
    read = extract(page.encode(), ".mediawiki", name="a.mediawiki")
    assert (read.text, read.title) == ("补贴每人每月300元。\n州民政局通知", "儿童主任手册")


def test_a_wiki_page_of_comments_and_categories_only_is_refused() -> None:
    assert refused("<!-- 每人每月200元 -->\n__NOTOC__\n[[分类:儿童福利]]\n{{stub}}\n".encode(), ".wiki") == (
        "bad.wiki: has no text outside comments, templates and categories; nothing to index"
    )


# ---------------------------------------------------------------------------------------------------- TOML

TOML = '''# 申报系统：补贴标准配置（单位：元）
title = "首店经济扶持资金申报"
hotline = "0951-6021358"  # 工作日 9:00-17:30
effective = 2026-05-01
enabled = true
# reward_old = 200_000  # 2025版标准，已停用

[[batch]]
name = "第一批"
display = "2026年6月1日至6月30日"

[[batch]]
name = "第二批"
display = "2026年10月8日至10月31日"

[decoration]
rate_percent = 20
cap_yuan = 300_000
flagship = { rate_percent = 10, cap_yuan = 100_000 }

[materials]
required = ["申报表", "营业执照"]
notice = """
材料不全的，系统退回补正，
补正期限为5个工作日。"""
'''
TOML_LINES = [
    "首店经济扶持资金申报",
    "hotline：0951-6021358",
    "effective：2026-05-01",
    "enabled：true",
    "",
    "batch",
    "第一批",
    "display：2026年6月1日至6月30日",
    "",
    "batch",
    "第二批",
    "display：2026年10月8日至10月31日",
    "",
    "decoration",
    "rate_percent：20",
    "cap_yuan：300000",
    "",
    "decoration.flagship",
    "rate_percent：10",
    "cap_yuan：100000",
    "",
    "materials",
    "required：申报表",
    "required：营业执照",
    "材料不全的，系统退回补正，",
    "补正期限为5个工作日。",
]


def test_a_toml_file_is_read_as_a_json_value_its_tables_headed() -> None:
    """Keys with their values (600_000 as 600000, a date as written), each table under its dotted name, each
    of an array of tables a record under its name, the multi-line string its lines; comments — the unit, the
    hours, the commented-out old value — no text."""
    read = extract(TOML.encode(), ".toml", name="config.toml")
    assert (read.text.split("\n"), read.title) == (TOML_LINES, "首店经济扶持资金申报")
    for absent in ("200000", "200_000", "2025版", "单位", "9:00", "reward_old"):
        assert absent not in read.text, absent
    assert lines(TOML.replace("\n", "\r\n").encode("utf-8-sig"), ".toml") == TOML_LINES


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            'title = "申报"\nhotline = 0951-6021358\n',
            "is not valid TOML (Expected newline or end of document after a statement (at line 2, column "
            "12)); fix it or save the data as text",
        ),
        (
            "[a]\nx = 1\n[a]\n",
            "is not valid TOML (Cannot declare ('a',) twice (at line 3, column 3)); fix it",
        ),
        ("# reward = 200_000\n[empty]\n", "holds no values; nothing to index"),
    ],
    ids=["bad-value", "twice", "no-values"],
)
def test_a_toml_file_that_does_not_parse_is_refused_naming_the_line(toml: str, message: str) -> None:
    assert refused(toml.encode(), ".toml").startswith(f"bad.toml: {message}")


# ------------------------------------------------------------------------------------------------- gzipped

CSV = (
    "序号,标段,扣款金额（元）,备注\r\n1,一标段,600,\r\n2,二标段,0,春节期间（2月10日至2月24日）暂停暗访\r\n"
    "合计,,7700,\r\n"
)


def _refused_gz(data: bytes, name: str) -> str:
    with pytest.raises(DocumentError) as raised:
        extract(data, ".gz", name=name)
    assert "\n" not in str(raised.value)
    return str(raised.value)


def test_a_csv_gz_reads_exactly_as_the_csv_it_holds() -> None:
    """Its GBK decoded and its CRLF read as the .csv reader does; named as its member (明细), as a .csv is."""
    read = extract(gzip.compress(CSV.encode("gbk"), mtime=0), ".gz", name="明细.csv.gz")
    assert read == extract(CSV.encode("gbk"), ".csv", name="明细.csv")
    assert read.text.split("\n") == [
        "明细",
        "序号 | 标段 | 扣款金额（元） | 备注",
        "1 | 一标段 | 600 | —",
        "2 | 二标段 | 0 | 春节期间（2月10日至2月24日）暂停暗访",
        "合计 | — | 7700 | —",
    ]


def test_other_gzipped_kinds_several_members_and_a_name_gzip_stored() -> None:
    notice = "补贴每人每月300元。\n"
    assert extract(gzip.compress(notice.encode("gbk")), ".gz", name="公告.txt.gz").text == notice  # (GBK)
    record = '{"title": "补贴公示", "金额": 1500}'
    read = extract(gzip.compress(record.encode()), ".gz", name="公示.JSON.GZ")
    assert (read.text, read.title) == ("补贴公示\n金额：1500", "补贴公示")
    two = gzip.compress("第一段。\n".encode()) + gzip.compress("第二段。\n".encode())  # (cat a.gz b.gz)
    assert extract(two, ".gz", name="日志.txt.gz").text == "第一段。\n第二段。\n"
    buffer = io.BytesIO()
    stored = gzip.GzipFile(filename="notice.txt", mode="wb", fileobj=buffer)
    stored.write(notice.encode())
    stored.close()
    assert extract(buffer.getvalue(), ".gz", name="download.gz").text == notice


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "明细.csv.gz.gz",
            gzip.compress(gzip.compress(CSV.encode())),
            "is a gzip of a gzipped file; unpack it once and index what it holds",
        ),
        (
            "程序.exe.gz",
            gzip.compress(b"MZ"),
            "holds a .exe file, a kind citeqa does not read; a .gz is read as the document it holds, named "
            "after it (明细.csv.gz, 公告.txt.gz)",
        ),
        ("数据.gz", gzip.compress(CSV.encode()), "does not say what it holds; a .gz is read as the document"),
        ("明细.csv.gz", CSV.encode(), "is not a gzip file (it does not start as one); download it again"),
        (
            "明细.csv.gz",
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff",
            "is not a readable gzip file (Error -3 while decompressing data: invalid block type); download",
        ),
        ("明细.csv.gz", gzip.compress(CSV.encode())[:-12], "is a gzip file cut short; download it again"),
        ("明细.csv.gz", gzip.compress(b""), "unpacks to an empty file; nothing to index"),
    ],
    ids=["gz-of-gz", "unsupported", "unnamed", "not-gzip", "corrupt", "cut", "empty-inside"],
)
def test_a_gz_that_cannot_be_read_is_refused_in_one_line(name: str, data: bytes, message: str) -> None:
    assert _refused_gz(data, name).startswith(f"{name}: {message}")


def test_a_gzip_bomb_is_refused_at_the_office_bound_unpacked_no_further() -> None:
    """66 kB of gzip that unpacks to 65 MiB: refused at the bound a .docx's contents are read to."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    spaces = b" " * (1 << 20)
    bomb = b"".join([packer.compress(b"x"), *(packer.compress(spaces) for _ in range(65)), packer.flush()])
    assert len(bomb) < 100_000
    assert _refused_gz(bomb, "日志.txt.gz") == (
        "日志.txt.gz: is refused: it unpacks to over 67,108,864 bytes (what a .docx or a zip member may hold "
        "unpacked), the mark of a decompression bomb; unpack it and split it"
    )


def test_a_csv_gz_of_id_and_text_columns_is_a_document_and_a_tar_gz_still_an_archive(tmp_path: Path) -> None:
    """`citeqa index`'s path: a .csv.gz is a document whatever its header names (a collection is a .csv kept
    unpacked), a .tar.gz's files are documents of their own as before."""
    folder = tmp_path / "docs"
    folder.mkdir()
    rows = "id,text\r\nr1,运城市拿出150个事业编制作为人才引进周转池。\r\n"
    (folder / "rows.csv.gz").write_bytes(gzip.compress(rows.encode("gbk")))
    with tarfile.open(folder / "资料.tar.gz", "w:gz") as archive:
        member = tarfile.TarInfo("通知.txt")
        body = "补贴每人每月300元。".encode()
        member.size = len(body)
        archive.addfile(member, io.BytesIO(body))
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert sorted(report.added) == sorted([file_doc_id("rows.csv.gz"), file_doc_id("资料.tar.gz/通知.txt")])
    data = read_index(tmp_path / "index")
    assert (
        "r1 | 运城市拿出150个事业编制作为人才引进周转池。"
        in data.texts[data.doc_index[file_doc_id("rows.csv.gz")]]
    )


# ----------------------------------------------------------------------------------------------------- RIS

RIS = (
    "\ufeffTY  - JOUR\r\n"
    "AU  - 马丽\r\n"
    "AU  - 王强\r\n"
    "TI  - 委托照护协议制度的实践探索\r\n"
    "JO  - 陇东学院学报\r\n"
    "PY  - 2026///\r\n"
    "SP  - 88\r\n"
    "EP  - 93\r\n"
    "KW  - 委托照护\r\n"
    "KW  - 监护责任\r\n"
    "AB  - 截至2026年6月30日，全县共签订委托照护协议5126份，协议备案率达到96.\r\n"
    "3%，较制度推行前提高40个百分点。照护\r\n"
    "补贴标准为每人每月200元。\r\n"
    "DO  - 10.1234/ldxb.2026.02.015\r\n"
    "ER  - \r\n"
    "\r\n"
    "TY  - THES\r\n"
    "AU  - 赵文静\r\n"
    "T1  - 县域儿童关爱服务体系建设研究\r\n"
    "PB  - 西北师范大学\r\n"
    "Y1  - 2024\r\n"
    "AB  - \r\n"
    "N1  - An English note wrapped\r\n"
    "over two lines\r\n"
    "ER  - \r\n"
    "\r\n"
    "TY  - RPRT\r\n"
    "AU  - 县民政局\r\n"
    "AB  - 全县共有农村留守儿童7364名。\r\n"
    "UR  - https://example.cn/report\r\n"
    "ID  - 12345\r\n"
    "ER  - \r\n"
)
RIS_LINES = [
    "委托照护协议制度的实践探索",
    "作者：马丽；王强",
    "刊名：陇东学院学报",
    "年份：2026",
    "页码：88-93",
    "文献类型：期刊论文",
    "关键词：委托照护；监护责任",
    "摘要：截至2026年6月30日，全县共签订委托照护协议5126份，协议备案率达到96.3%，较制度推行前提高40个百分点。照护"
    "补贴标准为每人每月200元。",
    "DOI：10.1234/ldxb.2026.02.015",
    "",
    "县域儿童关爱服务体系建设研究",
    "作者：赵文静",
    "学位授予单位：西北师范大学",
    "年份：2024",
    "文献类型：学位论文",
    "备注：An English note wrapped over two lines",
    "",
    "作者：县民政局",
    "文献类型：报告",
    "摘要：全县共有农村留守儿童7364名。",
    "URL：https://example.cn/report",
]


def test_a_ris_export_is_a_block_per_record_its_fields_labelled() -> None:
    """BOM and CRLF read through; the abstract's wrapped lines joined, 96. and 3% one figure again, no space
    between Chinese characters, one between English words; an empty AB no line; a record with no title its
    fields; a date's slashes and an ID tag no text."""
    read = extract(RIS.encode(), ".ris", name="知网.ris")
    assert (read.text.split("\n"), read.title) == (RIS_LINES, None)
    for absent in ("12345", "JOUR", "///", "摘要：\n"):
        assert absent not in read.text, absent
    one = "TY  - JOUR\nTI  - 留守儿童调查\nAU  - 张宏\nER  - \n"  # (LF only, no BOM)
    assert (extract(one.encode(), ".ris").text, extract(one.encode(), ".ris").title) == (
        "留守儿童调查\n作者：张宏\n文献类型：期刊论文",
        "留守儿童调查",
    )


def test_a_file_that_is_no_ris_export_is_refused() -> None:
    assert refused("作者：马丽\n题名：委托照护\n".encode(), ".ris") == (
        "bad.ris: is no RIS export: no record in it starts with a TY line; export it again"
    )
    assert refused(b"TY  - JOUR\r\nDB  - CNKI\r\nER  - \r\n", ".ris") == (
        "bad.ris: holds no RIS record with text; nothing to index"
    )


# -------------------------------------------------------------------------------------------------- BibTeX

BIB = r"""% Encoding: UTF-8
% 旧稿：云南老字号7家（已更正）@misc{old,}

@String{sjyj = "商业经济研究"}

@article{zhang2025,
  author   = {张丽华 and 杨明},
  title    = {{红塔区老字号企业传承创新研究}},
  journal  = sjyj,
  year     = 2025,
  month    = mar,
  pages    = {178--181},
  abstract = {红塔区现有云南老字号9家，营业收入合计4.7亿元，同比增长12.5\%。以``守正\&创新''
              为主线，完善{\it 认定}奖励。},
  keywords = {老字号; 传承创新},
  doi      = {10.1234/sjyj_2025%14},
  file     = {:C\:/文献/zhang.pdf:PDF},
}

@article{broken2025,
  author = {李四,
  title  = {没有闭合的条目},

@mastersthesis{li2024,
  author = "李娜",
  title  = "老字号品牌活化路径研究" # "——以" # {{玉溪}} # "为例",
  school = "云南大学",
  type   = {硕士学位论文},
  note   = "M{\"u}ller教授指导，占比21.6%",
}

@comment{旧版摘要：云南老字号7家，营业收入3.9亿元。}
@preamble{ "\newcommand{\noop}[1]{} 旧值8家" }
@Comment{jabref-meta: databaseType:bibtex;}
"""
BIB_LINES = [
    "红塔区老字号企业传承创新研究",
    "作者：张丽华；杨明",
    "期刊：商业经济研究",
    "年份：2025",
    "月份：3",
    "页码：178-181",
    "关键词：老字号；传承创新",
    "摘要：红塔区现有云南老字号9家，营业收入合计4.7亿元，同比增长12.5%。以“守正&创新”为主线，完善认定奖励。",
    "DOI：10.1234/sjyj_2025%14",
    "",
    "老字号品牌活化路径研究——以玉溪为例",
    "作者：李娜",
    "学校：云南大学",
    "类型：硕士学位论文",
    "备注：Müller教授指导，占比21.6%",
]


def test_a_bib_file_is_a_block_per_entry_its_escapes_resolved() -> None:
    """The double-braced title its words, a @string and a month macro expanded, # joining a title's parts;
    12.5\\% whole, \\& and a quoted ``…'' resolved, {\\"u} ü, an unescaped % the character, a DOI as written;
    the entry whose brace is never closed left out, the others read; the @comment's and the %-line's old
    figures, the @preamble, JabRef's encoding line and meta block, the file field no text."""
    read = extract(BIB.encode(), ".bib", name="文献.bib")
    assert (read.text.split("\n"), read.title) == (BIB_LINES, None)
    for absent in (
        "7家",
        "3.9亿元",
        "8家",
        "jabref",
        "Encoding",
        "没有闭合",
        "李四",
        "zhang.pdf",
        "newcommand",
    ):
        assert absent not in read.text, absent
    one = '@book{k, title = "老字号志", publisher = {云南人民出版社}, year = {2024}}'
    assert (extract(one.encode(), ".bib").text, extract(one.encode(), ".bib").title) == (
        "老字号志\n出版社：云南人民出版社\n年份：2024",
        "老字号志",
    )


@pytest.mark.parametrize(
    ("bib", "message"),
    [
        (
            "作者：李娜\n% 云南老字号7家\n",
            "is no BibTeX file: no @type{key, ...} entry in it; export it again",
        ),
        (
            '@article{a, title = {老字号}\n@book{b, title = "志\n',
            "holds no BibTeX entry that parses (line 1: no comma or closing } after its title field); export",
        ),
        ("@comment{x}\n@misc{k}\n", "holds no BibTeX entry with a title or fields; nothing to index"),
    ],
    ids=["not-bibtex", "all-broken", "no-fields"],
)
def test_a_bib_file_that_does_not_parse_is_refused_in_one_line(bib: str, message: str) -> None:
    assert refused(bib.encode(), ".bib").startswith(f"bad.bib: {message}")


# ---------------------------------------------------------------------------------------------- all six


@pytest.mark.parametrize("suffix", NEW)
def test_a_0_byte_file_of_each_kind_is_empty(suffix: str) -> None:
    assert refused(b"", suffix) == f"bad{suffix}: is empty; nothing to index"


def test_each_kind_ingests_into_passages_with_its_facts_whole() -> None:
    """Through the real loader, cleaning and chunking (ingest_bytes): the facts each file holds whole, what is
    no text of it absent."""
    files: dict[str, tuple[bytes, tuple[str, ...], tuple[str, ...]]] = {
        "台账.org": (ORG.encode(), ("不少于30分钟", "0855-5222910", "村级河长 | 25 | 8"), ("20元", "6次")),
        "手册.wiki": (WIKI.encode(), ("每人每月300元", "人数：52名", "散居孤儿 | 每月至少2次"), ("200元",)),
        "config.toml": (TOML.encode(), ("2026年10月8日至10月31日", "补正期限为5个工作日"), ("200000",)),
        "明细.csv.gz": (gzip.compress(CSV.encode("gbk")), ("7700", "2月10日至2月24日"), ()),
        "知网.ris": (RIS.encode(), ("96.3%", "7364名"), ("96. 3%",)),
        "文献.bib": (BIB.encode(), ("云南老字号9家", "12.5%", "21.6%"), ("7家", "3.9亿元")),
    }
    for name, (data, wanted, unwanted) in files.items():
        prepared = ingest_bytes(name, data, DEFAULTS)
        assert prepared.spans, name
        for fact in wanted:
            assert fact in prepared.text, (name, fact)
        for fact in unwanted:
            assert fact not in prepared.text, (name, fact)


POLICY42 = Path(__file__).resolve().parents[1] / "eval/policy42/docs"


@pytest.mark.parametrize(
    ("relative", "wanted", "unwanted"),
    [
        (
            "贵州/剑河县/剑河县河长办2026年工作台账.org",
            "村级河长通过\u201c剑河河长\u201dAPP巡河打卡，单次巡河时长不少于30分钟、轨迹不少于2公里的，计为一次有效巡河。",
            ("每次补助20元", "每月最多计6次", "不少于20分钟"),
        ),
        (
            "云南/禄丰市/儿童主任工作手册.wiki",
            "儿童主任工作补贴标准为每人每月300元，由市财政列支，按季度发放。",
            ("每人每月200元", "每人每月350元"),
        ),
        ("宁夏/兴庆区/shoudian_subsidy.toml", "display：2026年10月8日至10月31日", ("200000",)),
        (
            "甘肃/凉州区/凉州区2026年一季度河道保洁考核扣款明细.csv.gz",
            "合计 | — | — | — | — | — | 21 | 7700 | —",
            (),
        ),
        ("甘肃/西和县/CNKI-20260512103045871.ris", "作者：马丽", ("96.\n",)),
        ("云南/红塔区/老字号文献.bib", "作者：张丽华；杨明", ("云南老字号7家", "3.9亿元")),
    ],
    ids=["org", "wiki", "toml", "csv-gz", "ris", "bib"],
)
def test_eval_policy42s_file_of_each_kind_reads_its_facts(
    relative: str, wanted: str, unwanted: tuple[str, ...]
) -> None:
    """eval/policy42's file of each kind (written blind): a line only it holds stands whole; a comment's or a
    draft's old figure is absent."""
    path = POLICY42 / relative
    text = extract(path.read_bytes(), name_suffix(path.name), name=path.name).text
    assert wanted in text.split("\n")
    for fact in unwanted:
        assert fact not in text, fact
    facts = {
        ".org": ("0855-5222910", "交办之日起15日内完成整改"),
        ".wiki": ("169名", "每人每月400元"),
        ".toml": ("0951-6021358", "补正期限为5个工作日"),
        ".gz": ("2月10日至2月24日",),
        ".ris": ("7364名", "96.3%"),
        ".bib": ("云南老字号9家", "同比增长12.5%"),
    }[name_suffix(path.name)]
    for fact in facts:
        assert fact in text, fact
