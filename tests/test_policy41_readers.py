"""JSON Lines (.jsonl that is no collection, .ndjson), an Apple Mail message (.emlx), a FictionBook e-book
(.fb2), a Gnumeric workbook (.gnumeric) and AsciiDoc (.adoc, .asciidoc) as documents (indexer/jsonlines.py,
emlx.py, fb2.py, gnumeric.py, asciidoc.py): citeqa had skipped the last four as unsupported, and a .jsonl
of no id and text had had each of its records refused. Each file is written here, byte for byte."""

from __future__ import annotations

import base64
import gzip
import json
import quopri
import zlib
from pathlib import Path

import pytest

from indexer.build import index_paths
from indexer.chunk import PIPELINE_VERSION
from indexer.collection import jsonl_records
from indexer.filenames import name_suffix
from indexer.ingest import file_doc_id, ingest_bytes, record_doc_id
from indexer.load import SUPPORTED_SUFFIXES, extract
from indexer.settings import DEFAULTS
from indexer.store import read_index
from tests.conftest import KeywordEncoder
from tests.extracting import lines, refused

NEW = (".jsonl", ".ndjson", ".emlx", ".fb2", ".gnumeric", ".adoc", ".asciidoc")


def test_the_new_kinds_are_supported() -> None:
    assert set(NEW) <= set(SUPPORTED_SUFFIXES)
    assert name_suffix("工单.NDJSON") == ".ndjson" and name_suffix("12.partial.emlx") == ".emlx"
    assert PIPELINE_VERSION >= 22  # what these files read changed: indexes of 21 are rebuilt


# ---------------------------------------------------------------------------------------------- JSON Lines

HOTLINE = (
    '{"工单号": "GD2026001", "诉求": "农机补贴何时发放？", "答复": "您好：\\n补贴于4月30日前发放。\\n'
    '咨询0736-1234567。", "金额": 1500.00}\n'
    "\n"  # a blank line: passed over
    '{"工单号": "GD2026002", "诉求": "\\u8865\\u8d34\\u6807\\u51c6", "状态": "已办结"},\n'  # a trailing comma
    '{"工单号": "GD2026003", "诉求": 坏行}\n'  # no JSON, however read: left out
    '  {"工单号": "GD2026004", "地址": {"县": "攸县", "镇": "网岭镇"}, "标签": ["农机", "补贴"]}  \r\n'
)


def test_json_lines_are_a_block_per_record_read_as_json_values() -> None:
    """\\n in a value a line break, \\u escapes their characters, a number as written; a line with a
    trailing comma read without it, a line no reading makes JSON left out, the others all read; a record
    holding a nested object keeps its short values (no API envelope)."""
    assert lines(HOTLINE.encode(), ".jsonl") == [
        "工单号：GD2026001",
        "农机补贴何时发放？",
        "您好：",
        "补贴于4月30日前发放。",
        "咨询0736-1234567。",
        "金额：1500.00",
        "",
        "工单号：GD2026002",
        "诉求：补贴标准",
        "状态：已办结",
        "",
        "工单号：GD2026004",
        "县：攸县",
        "镇：网岭镇",
        "标签：农机",
        "标签：补贴",
    ]
    assert lines(HOTLINE.encode("gbk"), ".ndjson") == lines(HOTLINE.encode(), ".jsonl")  # (GBK decoded)


def test_a_one_record_file_is_titled_and_a_pretty_printed_value_is_read_whole() -> None:
    one = extract('{"title": "农机补贴公示", "县": "攸县"}\n'.encode(), ".ndjson", name="a.ndjson")
    assert (one.text, one.title) == ("农机补贴公示\n县：攸县", "农机补贴公示")
    pretty = json.dumps([{"机具": "拖拉机", "补贴": 1500}, {"机具": "收割机"}], ensure_ascii=False, indent=2)
    assert lines(pretty.encode(), ".jsonl") == ["机具：拖拉机", "补贴：1500", "", "机具：收割机"]


def test_a_file_that_is_no_json_lines_is_refused_in_one_line() -> None:
    assert refused("申报材料：身份证\n户口本\n".encode(), ".jsonl") == (
        "bad.jsonl: is not JSON Lines: none of its first 20 lines is a JSON value; write one JSON object per "
        "line"
    )
    assert refused(b'{"a": null}\n[]\n', ".ndjson") == (
        "bad.ndjson: holds no JSON record with text; nothing to index"
    )


def test_a_jsonl_is_a_collection_only_when_its_records_name_an_id_and_a_text(tmp_path: Path) -> None:
    cases = {
        "rows.jsonl": '{"id": "a1", "text": "育儿补贴"}\n',
        "late.jsonl": 'garbage\n{"id": "a1"}\n{"_id": "a2", "text": "育儿补贴"}\n',
        "long.jsonl": '{"id": "a1", "text": "' + "补" * 400_000 + '"}\n',  # (past the bytes parsed)
        "binary.jsonl": "\x00\x01".join("ab") + "\n",  # (refused in the collection's words, as before)
        "hotline.jsonl": HOTLINE,
        "ids.jsonl": '{"id": 1, "content": "育儿补贴"}\n',
        "prose.jsonl": "申报材料：身份证\n",
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert {name: jsonl_records(tmp_path / name) for name in cases} == {
        **dict.fromkeys(("rows.jsonl", "late.jsonl", "long.jsonl", "binary.jsonl"), True),
        **dict.fromkeys(("hotline.jsonl", "ids.jsonl", "prose.jsonl"), False),
    }


def test_json_lines_beside_a_collection_index_through_the_real_path(tmp_path: Path) -> None:
    """`citeqa index`'s path (sources, workers, cleaning, chunking, the store): the hotline export is one
    document of its records, the collection one document a record, as before."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "hotline.jsonl").write_text(HOTLINE, encoding="utf-8")
    rows = [{"id": "r1", "text": "运城市拿出150个事业编制作为人才引进周转池。"}, {"id": "r2"}]
    (folder / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert sorted(report.added) == sorted([file_doc_id("hotline.jsonl"), record_doc_id("r1")])
    assert [(Path(s.name).name, s.reason) for s in report.skipped] == [
        ("rows.jsonl:2", "has no text; every record needs a non-empty 'text' string")
    ]
    data = read_index(tmp_path / "index")
    text = data.texts[data.doc_index[file_doc_id("hotline.jsonl")]]
    for fact in ("工单号：GD2026001", "补贴于4月30日前发放。", "诉求：补贴标准", "镇：网岭镇"):
        assert fact in text
    assert "GD2026003" not in text


# -------------------------------------------------------------------------------------------- Apple Mail

PLIST = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
    b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n'
    b"\t<key>date-received</key>\n\t<integer>1777777777</integer>\n"
    b"\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n"
)


def _message() -> bytes:
    subject = base64.b64encode("农机补贴发放通知".encode("gbk"))
    body = quopri.encodestring(
        "各位农户：\n农机购置补贴于2026年4月30日前发放，每台最高1500元。\n县农业农村局\n".encode("gbk")
    )
    return (
        b"From: nyj@example.cn\nTo: cun@example.cn\nSubject: =?GBK?B?" + subject + b"?=\n"
        b"Date: Mon, 6 Apr 2026 09:00:00 +0800\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=GBK\nContent-Transfer-Encoding: quoted-printable\n\n" + body
    )


MESSAGE = _message()
EMLX_TEXT = ["各位农户：", "农机购置补贴于2026年4月30日前发放，每台最高1500元。", "县农业农村局"]


def test_an_emlx_is_its_message_read_as_an_eml_and_its_plist_no_text() -> None:
    read = extract(str(len(MESSAGE)).encode() + b"\n" + MESSAGE + PLIST, ".emlx", name="m.emlx")
    assert (read.text.split("\n"), read.title) == (EMLX_TEXT, "农机补贴发放通知")
    assert "农机".encode("gbk") not in MESSAGE  # (its body quoted-printable GBK: decoded, in its charset)
    for flag in ("date-received", "1777777777", "8590195713", "plist", "DOCTYPE"):
        assert flag not in read.text


@pytest.mark.parametrize(
    "head",
    [
        str(len(MESSAGE) + 40).encode() + b"\n",  # past the message, into the plist
        str(len(MESSAGE) - 30).encode() + b"\n",  # short of it
        str(len(MESSAGE) + 10**6).encode() + b"       \n",  # past the file
        b"",  # no count at all
    ],
    ids=["long", "short", "past-the-end", "none"],
)
def test_a_wrong_byte_count_reads_the_message_to_the_plist(head: bytes) -> None:
    data = head + MESSAGE + PLIST
    assert lines(data, ".emlx") == EMLX_TEXT
    assert lines(head + MESSAGE, ".emlx") == EMLX_TEXT  # (a .partial.emlx: no plist at all)


# ------------------------------------------------------------------------------------------ FictionBook

IMAGE = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4).decode()
FB2 = f"""<?xml version="1.0" encoding="GB2312"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
 <description>
  <title-info>
   <genre>nonfiction</genre>
   <author><first-name>县</first-name><last-name>农业农村局</last-name></author>
   <book-title>农机补贴政策读本</book-title>
   <annotation><p>本书汇编2026年农机购置补贴政策。</p></annotation>
   <coverpage><image l:href="#cover.jpg"/></coverpage>
   <lang>zh</lang>
  </title-info>
  <document-info><program-used>FictionBook Editor 2.6</program-used><id>fb2-0001</id></document-info>
 </description>
 <body>
  <title><p>农机补贴政策读本</p></title>
  <section>
   <title><p>第一章</p><p>补贴标准</p></title>
   <epigraph><p>农业的根本出路在于机械化。</p><text-author>佚名</text-author></epigraph>
   <p>每台拖拉机补贴<strong>1500</strong>元<a l:href="#n1" type="note">[1]</a>。</p>
   <empty-line/>
   <subtitle>申报时间</subtitle>
   <p>2026年4月1日至
   4月30日。</p>
   <image l:href="#cover.jpg"/>
   <poem><title><p>农谚</p></title><stanza><v>春耕不肯忙，</v><v>秋后脸发黄。</v></stanza></poem>
   <cite><p>补贴资金直达农户。</p><text-author>省农业农村厅</text-author></cite>
   <table><tr><th>机具</th><th>补贴（元）</th></tr><tr><td>拖拉机</td><td>1500</td></tr></table>
  </section>
 </body>
 <body name="notes">
  <title><p>注释</p></title>
  <section id="n1"><title><p>[1]</p></title><p>以县级公示为准。</p></section>
 </body>
 <binary id="cover.jpg" content-type="image/jpeg">{IMAGE}</binary>
</FictionBook>
"""


def test_an_fb2_is_its_title_annotation_sections_and_notes_its_images_no_text() -> None:
    """GB2312 as its prolog declares; a note's mark no text in its sentence (1500元。 whole), the note after
    the text; the cover's base64 and the converter's information no text."""
    read = extract(FB2.encode("gb2312"), ".fb2", name="读本.fb2")
    assert read.title == "农机补贴政策读本"
    assert read.text.split("\n") == [
        "农机补贴政策读本",
        "本书汇编2026年农机购置补贴政策。",
        "第一章 补贴标准",
        "农业的根本出路在于机械化。",
        "佚名",
        "每台拖拉机补贴1500元。",
        "申报时间",
        "2026年4月1日至4月30日。",
        "农谚",
        "春耕不肯忙，",
        "秋后脸发黄。",
        "补贴资金直达农户。",
        "省农业农村厅",
        "机具 | 补贴（元）",
        "拖拉机 | 1500",
        "注释",
        "[1] 以县级公示为准。",
    ]
    assert IMAGE[:20] not in read.text and "FictionBook Editor" not in read.text


def test_an_fb2_in_windows_1251_is_read_in_it() -> None:
    book = (
        '<?xml version="1.0" encoding="windows-1251"?>\n'
        '<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0"><description><title-info>'
        "<book-title>Субсидии</book-title></title-info></description>"
        "<body><section><p>Субсидия 1500 юаней.</p></section></body></FictionBook>"
    )
    assert lines(book.encode("cp1251"), ".fb2") == ["Субсидии", "Субсидия 1500 юаней."]


def test_an_fb2_that_is_none_is_refused() -> None:
    assert refused(b"<html><body>x</body></html>", ".fb2") == (
        "bad.fb2: is XML but no FictionBook (FB2) e-book (its root is no <FictionBook>)"
    )
    empty = b'<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0"><body/></FictionBook>'
    assert refused(empty, ".fb2") == (
        "bad.fb2: has no text in its title, annotation or body; nothing to index"
    )
    deep = empty.replace(
        b"<body/>", b"<body>" + b"<section>" * 2000 + b"<p>x</p>" + b"</section>" * 2000 + b"</body>"
    )
    assert refused(deep, ".fb2") == "bad.fb2: nests its sections too deeply to read; re-save it as .epub"


# --------------------------------------------------------------------------------------------- Gnumeric


def _cell(row: int, col: int, text: str, kind: str = "60", extra: str = "") -> str:
    return f'<gnm:Cell Row="{row}" Col="{col}" ValueType="{kind}"{extra}>{text}</gnm:Cell>'


CELLS = "".join(
    [
        _cell(0, 0, "2026年农机购置补贴发放表"),  # merged across A1:D1: the caption
        *(_cell(1, c, t) for c, t in enumerate(["类别", "机具", "补贴金额（万元）", "发放日期"])),
        _cell(2, 0, "农机"),  # merged down A3:A4: in both rows
        _cell(2, 1, "拖拉机"),
        _cell(2, 2, "0.15", "40"),
        _cell(2, 3, "46142", "40", ' ValueFormat="yyyy-mm-dd"'),
        _cell(3, 1, "收割机"),
        _cell(3, 2, "0.2", "40"),
        _cell(3, 3, "46143", "40", ' ValueFormat="yyyy-mm-dd"'),
        _cell(4, 1, "合计"),
        # a formula, the value saved with it
        '<gnm:Cell Row="4" Col="2" ValueType="40" Value="0.35">=SUM(C3:C4)</gnm:Cell>',
        '<gnm:Cell Row="4" Col="3" ExprID="1"/>',  # a shared formula saved with no value: no text
        _cell(6, 0, "兑现率"),
        _cell(6, 1, "0.985", "40", ' ValueFormat="0.0%"'),
        _cell(6, 2, "12", "40", ' ValueFormat="0&quot;台&quot;"'),
        '<gnm:Cell Row="6" Col="3">=B7*2</gnm:Cell>',  # a formula Gnumeric saved no value for: no text
    ]
)
GNUMERIC = f"""<?xml version="1.0" encoding="UTF-8"?>
<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd"
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <office:document-meta office:version="1.2"><office:meta><dc:title>补贴发放表</dc:title></office:meta>
 </office:document-meta>
 <gnm:SheetNameIndex><gnm:SheetName>发放明细</gnm:SheetName><gnm:SheetName>草稿</gnm:SheetName></gnm:SheetNameIndex>
 <gnm:Sheets>
  <gnm:Sheet Visibility="GNM_SHEET_VISIBILITY_VISIBLE"><gnm:Name>发放明细</gnm:Name>
   <gnm:Cells>{CELLS}</gnm:Cells>
   <gnm:MergedRegions><gnm:Merge>A1:D1</gnm:Merge><gnm:Merge>A3:A4</gnm:Merge></gnm:MergedRegions>
  </gnm:Sheet>
  <gnm:Sheet Visibility="GNM_SHEET_VISIBILITY_HIDDEN"><gnm:Name>草稿</gnm:Name>
   <gnm:Cells>{_cell(0, 0, "旧标准每台3000元")}</gnm:Cells></gnm:Sheet>
 </gnm:Sheets>
</gnm:Workbook>
"""
GNUMERIC_LINES = [
    "2026年农机购置补贴发放表",
    "类别 | 机具 | 补贴金额（万元） | 发放日期",
    "农机 | 拖拉机 | 0.15 | 2026年4月30日",
    "农机 | 收割机 | 0.2 | 2026年5月1日",
    "— | 合计 | 0.35 | —",
    "兑现率 | 98.5% | 12台 | —",  # (a row below a gap, as wide as the table: still of it, as an .xlsx reads)
]


def test_a_gnumeric_workbook_is_laid_out_as_an_xlsx_gzipped_or_plain() -> None:
    """The merged title a caption, the header's unit above its figures, a formula its saved value, a hidden
    sheet none; plain XML (as a setting leaves it) reads the same."""
    read = extract(gzip.compress(GNUMERIC.encode()), ".gnumeric", name="发放表.gnumeric")
    assert (read.text.split("\n"), read.title) == (GNUMERIC_LINES, "补贴发放表")
    assert lines(GNUMERIC.encode(), ".gnumeric") == GNUMERIC_LINES
    assert "3000" not in read.text and "SUM" not in read.text


def test_a_gnumeric_cell_sharing_a_formula_reads_the_value_saved_with_it() -> None:
    """A cell of a shared formula (ExprID, no text of its own) reads the value a writer saved beside it."""
    cells = "".join(
        [
            _cell(0, 0, "村"),
            _cell(0, 1, "补贴（元）"),
            _cell(1, 0, "东村"),
            '<gnm:Cell Row="1" Col="1" ExprID="1" ValueType="40" Value="1500">=B1*10</gnm:Cell>',
            _cell(2, 0, "西村"),
            '<gnm:Cell Row="2" Col="1" ExprID="1" ValueType="40" Value="2000"/>',
        ]
    )
    book = GNUMERIC.replace(CELLS, cells).replace(
        "<gnm:Merge>A1:D1</gnm:Merge><gnm:Merge>A3:A4</gnm:Merge>", ""
    )
    # (the workbook's title leads a text that would open with a header, as an .xlsx's does)
    assert lines(book.encode(), ".gnumeric") == [
        "补贴发放表",
        "村 | 补贴（元）",
        "东村 | 1500",
        "西村 | 2000",
    ]


def test_a_gnumeric_gzip_bomb_is_refused_before_it_is_parsed() -> None:
    """66 kB of gzip that unpacks to 65 MiB: refused at MAX_XML_BYTES, unpacked no further."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    spaces = b" " * (1 << 20)
    head = b'<?xml version="1.0"?><gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">'
    bomb = b"".join([packer.compress(head), *(packer.compress(spaces) for _ in range(65)), packer.flush()])
    assert len(bomb) < 100_000
    assert refused(bomb, ".gnumeric") == (
        "bad.gnumeric: is refused: it unpacks to over 67,108,864 bytes, the mark of a decompression bomb; "
        "split it or save it as .xlsx"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (gzip.compress(GNUMERIC.encode())[:300], "is a gzip file cut short; re-save it from Gnumeric"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff", "is not a readable gzip file ("),
        (
            b'<?xml version="1.0"?><Workbook/>',
            "is XML but no Gnumeric workbook (its root is no gnm:Workbook)",
        ),
        (GNUMERIC.replace(CELLS, "").encode(), "has no filled cells; nothing to index"),
    ],
    ids=["cut", "not-gzip", "not-gnumeric", "no-cells"],
)
def test_a_broken_gnumeric_is_refused_in_one_line(data: bytes, message: str) -> None:
    assert refused(data, ".gnumeric").startswith(f"bad.gnumeric: {message}")


# --------------------------------------------------------------------------------------------- AsciiDoc

ADOC = """= 农机购置补贴办事指南
县农业农村局 <nyj@example.cn>
:补贴标准: 每亩补助120元
:电话: 0736-1234567
:toc:

// 编辑备注：第二节待复核
本指南说明{补贴标准}的申报方式，
咨询电话{电话}。

////
旧稿：补贴标准为每亩300元（已作废）。
////

include::附件/申报表.adoc[]

== 一、申报条件

. 本县户籍农户；
. 已购置列入目录的机具。

NOTE: 申报截止日期为2026年4月30日。

[WARNING]
====
逾期不予受理。
====

.补贴标准表
[cols="1,2,2",options="header"]
|===
|序号 |机具 |补贴（元）

|1
|拖拉机
|1500

|2 |收割机 |2000
2+|合计 |3500
|===

申报材料:: 身份证、购机发票
办理地点:: 县政务服务中心
一楼。

*重要*：材料须真实footnote:[虚假申报将追回补贴。]。
详见 https://example.cn/guide[申报系统]。

++++
<div class="ad">广告位</div>
++++

ifdef::backend-pdf[]
仅PDF版显示。
endif::[]
image::photo.png[现场照片]
"""


def test_an_adoc_is_its_titles_paragraphs_lists_and_table_rows() -> None:
    """Attributes substituted and no text; the comment block's outdated 300元 and the include absent; the
    table a row a line under its header, a cell spanning two columns once; admonitions after their label."""
    read = extract(ADOC.encode(), ".adoc", name="指南.adoc")
    assert read.title == "农机购置补贴办事指南"
    assert read.text.split("\n") == [
        "农机购置补贴办事指南",
        "县农业农村局",
        "本指南说明每亩补助120元的申报方式，咨询电话0736-1234567。",
        "一、申报条件",
        "1. 本县户籍农户；",
        "2. 已购置列入目录的机具。",
        "注解：申报截止日期为2026年4月30日。",
        "警告：逾期不予受理。",
        "补贴标准表",
        "序号 | 机具 | 补贴（元）",
        "1 | 拖拉机 | 1500",
        "2 | 收割机 | 2000",
        "合计 | — | 3500",
        "申报材料",
        "身份证、购机发票",
        "办理地点",
        "县政务服务中心一楼。",
        "重要：材料须真实。详见 申报系统。",
        "虚假申报将追回补贴。",
    ]
    for absent in ("300元", "待复核", "附件", "include", "广告", "PDF", "照片", "nyj@", "toc"):
        assert absent not in read.text, absent


def test_an_adoc_table_spanning_rows_and_a_csv_table() -> None:
    table = (
        '[cols="3*"]\n|===\n|类别 |项目 |金额\n\n.2+|农机 |拖拉机 |1500\n|收割机 |2000\n'
        '3+|以上为2026年标准\n|===\n\n,===\n县,补贴\n攸县,"1,500"\n,===\n'
    )
    assert lines(table.encode(), ".asciidoc") == [
        "类别 | 项目 | 金额",
        "农机 | 拖拉机 | 1500",
        "农机 | 收割机 | 2000",
        "以上为2026年标准 | — | —",
        "县 | 补贴",
        "攸县 | 1,500",
    ]


def test_an_adoc_of_comments_only_says_so() -> None:
    assert refused(b":a: b\n// x\n////\ny\n////\ninclude::z.adoc[]\n", ".adoc") == (
        "bad.adoc: has no text outside comments and directives; nothing to index"
    )


# --------------------------------------------------------------------------------------------- all five


@pytest.mark.parametrize("suffix", NEW)
def test_a_0_byte_file_of_each_kind_is_empty(suffix: str) -> None:
    assert refused(b"", suffix) == f"bad{suffix}: is empty; nothing to index"


def test_each_kind_ingests_into_passages_with_its_facts_whole() -> None:
    """Through the real loader, cleaning and chunking (ingest_bytes): the facts each file holds whole,
    what is no text of it absent."""
    files: dict[str, tuple[bytes, tuple[str, ...], tuple[str, ...]]] = {
        "热线.jsonl": (HOTLINE.encode(), ("补贴于4月30日前发放", "工单号：GD2026004"), ("GD2026003",)),
        "通知.emlx": (
            str(len(MESSAGE)).encode() + b"\n" + MESSAGE + PLIST,
            ("2026年4月30日前发放", "每台最高1500元"),
            ("8590195713", "plist"),
        ),
        "读本.fb2": (FB2.encode("gb2312"), ("每台拖拉机补贴1500元", "以县级公示为准"), (IMAGE[:20], "[1]。")),
        "发放表.gnumeric": (
            gzip.compress(GNUMERIC.encode()),
            ("补贴金额（万元） | 发放日期", "0.35"),
            ("3000", "SUM"),
        ),
        "指南.adoc": (ADOC.encode(), ("每亩补助120元", "拖拉机 | 1500"), ("300元", "{补贴标准}", "广告")),
    }
    for name, (data, wanted, unwanted) in files.items():
        prepared = ingest_bytes(name, data, DEFAULTS)
        assert prepared.spans, name
        for fact in wanted:
            assert fact in prepared.text, (name, fact)
        for fact in unwanted:
            assert fact not in prepared.text, (name, fact)
