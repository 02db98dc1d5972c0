"""Kinds of file eval/policy24 (written blind) brought that citeqa had skipped as unsupported: an OpenDocument
spreadsheet, a tab-separated export, a portal's RSS feed and a 政策汇编 published as an EPUB book. Real
lxml, ebooklib and the csv module; the files are built here as their writers write them."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from io import BytesIO

import pytest

from indexer.decode import DocumentError
from indexer.load import extract

TABLE = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
ODS_NS = f'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" {TABLE} ' + (
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _zip(entries: list[tuple[str, str]]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in entries:
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(name, text, compress_type=kind)
    return out.getvalue()


def _cell(text: str, attrs: str = "") -> str:
    return f"<table:table-cell{attrs}><text:p>{text}</text:p></table:table-cell>"


def _ods(rows: str, mimetype: str = "application/vnd.oasis.opendocument.spreadsheet") -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}><office:body>'
        f'<office:spreadsheet><table:table table:name="1-9月">{rows}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    return _zip([("mimetype", mimetype), ("content.xml", content)])


def test_an_ods_sheet_reads_as_a_workbooks_under_its_two_row_header() -> None:
    """A title spanning the columns is the caption; the cell spanning two header rows (月份) stands in the
    second as well, which so names every column; a figure is its stored value (12643, shown 12643.0); a
    percentage is written with its sign; LibreOffice's run of 1,000 empty cells is nothing."""
    covered = "<table:covered-table-cell/>"
    rows = (
        "<table:table-row>"
        + _cell("寿光市鲜活农产品运输绿色通道减免统计表", ' table:number-columns-spanned="4"')
        + covered * 3
        + "</table:table-row><table:table-row>"
        + _cell("月份", ' table:number-rows-spanned="2"')
        + _cell("通行车辆（辆次）", ' table:number-columns-spanned="2"')
        + covered
        + _cell("减免通行费（万元）", ' table:number-rows-spanned="2"')
        + "</table:table-row><table:table-row>"
        + covered
        + _cell("合计")
        + _cell("蔬菜")
        + covered
        + "</table:table-row><table:table-row>"
        + _cell("合计")
        + '<table:table-cell office:value-type="float" office:value="397840"><text:p>397,840</text:p>'
        "</table:table-cell>"
        + '<table:table-cell office:value-type="percentage" office:value="0.817"><text:p>81.70%</text:p>'
        "</table:table-cell>"
        + '<table:table-cell office:value-type="float" office:value="12643"><text:p>12643.0</text:p>'
        "</table:table-cell>"
        + '<table:table-cell table:number-columns-repeated="1000"/>'
        + "</table:table-row>"
        + '<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>'
    )
    page = extract(_ods(rows), ".ods", name="统计表.ods")
    assert page.text.split("\n") == [
        "寿光市鲜活农产品运输绿色通道减免统计表",
        "月份 | 通行车辆（辆次） | — | 减免通行费（万元）",
        "月份 | 合计 | 蔬菜 | 减免通行费（万元）",
        "合计 | 397840 | 81.7% | 12643",
    ]


def test_an_ods_that_is_no_spreadsheet_or_no_zip_is_refused_in_one_line() -> None:
    with pytest.raises(DocumentError) as caught:
        extract(_ods("", "application/vnd.oasis.opendocument.text"), ".ods", name="x.ods")
    assert caught.value.reason == "is an OpenDocument text, not a spreadsheet; save it as .ods"
    with pytest.raises(DocumentError) as caught:
        extract(_zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet")]), ".ods", name="y.ods")
    assert caught.value.reason == (
        "is not a readable .ods file (\"There is no item named 'content.xml' in the archive\"); "
        "re-save it as .ods or .xlsx"
    )


def test_a_tsv_export_is_a_table() -> None:
    data = (
        "# 数据更新时间：2025-10-09\n"
        "卡类\t适用对象\t累计办理（张）\n"
        "敬老卡\t65周岁以上老年人\t48236\n"
        "合计\t\t104843\n"
    ).encode()
    assert extract(data, ".tsv", name="统计.tsv").text.split("\n") == [
        "# 数据更新时间：2025-10-09",
        "卡类 | 适用对象 | 累计办理（张）",
        "敬老卡 | 65周岁以上老年人 | 48236",
        "合计 | — | 104843",
    ]


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>金堂县人民政府 - 政府信息公开</title>
<link>http://www.jintang.gov.cn/</link>
<item><title>关于延长汽车消费补贴申领期限的通知</title>
<link>http://www.jintang.gov.cn/art7.shtml</link>
<pubDate>Sat, 20 Dec 2025 09:12:00 +0800</pubDate>
<description><![CDATA[<p>补贴申领截止时间延长至2026年1月31日。</p><p>金堂县商务局</p>]]></description>
</item>
<item><title>第二批发放公示</title>
<description>&lt;p&gt;第二批拟发放补贴资金362.8万元。&lt;/p&gt;</description>
</item>
</channel></rss>"""


def test_an_rss_feed_reads_each_items_title_date_and_html_without_its_links() -> None:
    """A description's HTML, in CDATA or escaped, is read as a page's body; a link is no text."""
    page = extract(FEED.encode(), ".xml", name="RSS订阅.xml")
    assert page.title == "金堂县人民政府 - 政府信息公开"
    assert page.text.split("\n") == [
        "金堂县人民政府 - 政府信息公开",
        "",
        "关于延长汽车消费补贴申领期限的通知",
        "pubDate：Sat, 20 Dec 2025 09:12:00 +0800",
        "补贴申领截止时间延长至2026年1月31日。",
        "金堂县商务局",
        "",
        "第二批发放公示",
        "第二批拟发放补贴资金362.8万元。",
    ]


def test_xml_that_is_not_well_formed_or_declares_entities_is_read_safely_or_refused() -> None:
    with pytest.raises(DocumentError) as caught:
        extract(b"<rss><channel><title>x</title>", ".xml", name="x.xml")
    assert caught.value.reason.startswith("is not well-formed XML (")
    # an external entity is never read: the file is refused; an internal one is expanded, within libxml2's
    # amplification cap (a billion laughs is refused)
    external = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><r><v>&x;</v></r>'
    )
    with pytest.raises(DocumentError) as caught:
        extract(external.encode(), ".xml", name="y.xml")
    assert caught.value.reason.startswith("is not well-formed XML (Entity 'x' not defined")
    laughs = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "哈" * 10}">' for i in range(9))
    with pytest.raises(DocumentError) as caught:
        extract(
            f'<?xml version="1.0"?><!DOCTYPE r [{laughs}]><r><v>&e8;</v></r>'.encode(), ".xml", name="z.xml"
        )
    assert "amplification" in caught.value.reason
    internal = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY org "某市人民政府">]><r><t>本通知由&org;发布。</t></r>'
    )
    assert extract(internal.encode(), ".xml", name="w.xml").text == "本通知由某市人民政府发布。"


def test_xml_text_running_through_elements_is_one_paragraph_in_order() -> None:
    """DocBook's <para> with <emph> and <link> inside had been read as records: the text after them lost
    and the rest out of order (a fault probe)."""
    docbook = (
        "<article><title>补贴发放通知</title><para>根据规定，<emph>补贴标准</emph>为每人每月500元，"
        "<link>详见附件</link>由县财政支付。</para></article>"
    )
    assert extract(docbook.encode(), ".xml", name="v.xml").text.split("\n") == [
        "补贴发放通知",
        "根据规定，补贴标准为每人每月500元，详见附件由县财政支付。",
    ]


def _epub(chapters: list[tuple[str, str]], title: str = "宁都县税费优惠政策汇编") -> bytes:
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    items = "".join(
        f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
        for i in range(len(chapters))
    )
    # the spine reads the chapters in reverse of their files' order: the spine decides
    spine = "".join(f'<itemref idref="c{i}"/>' for i in reversed(range(len(chapters))))
    opf = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="id">urn:uuid:1</dc:identifier><dc:title>{title}</dc:title>'
        "<dc:language>zh-CN</dc:language></metadata><manifest>"
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        f'{items}</manifest><spine><itemref idref="nav"/>{spine}</spine></package>'
    )
    nav = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>'
        + "".join(f"<li><a href='c{i}.xhtml'>{h}</a></li>" for i, (h, _) in enumerate(chapters))
        + "</ol></nav></body></html>"
    )
    pages = [
        (
            f"OEBPS/c{i}.xhtml",
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f"<title>{h}</title></head><body><h2>{h}</h2><p>{body}</p></body></html>",
        )
        for i, (h, body) in enumerate(chapters)
    ]
    return _zip(
        [
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("OEBPS/content.opf", opf),
            ("OEBPS/nav.xhtml", nav),
            *pages,
        ]
    )


def test_an_epub_reads_its_chapters_in_spine_order_without_its_table_of_contents() -> None:
    """Each chapter's XHTML declares its encoding, which lxml refuses in a str: it had read as nothing."""
    book = _epub(
        [
            ("附录 办税服务指引", "纳税服务热线：12366。"),
            ("第一章 小规模纳税人增值税优惠", "合计月销售额未超过10万元的，免征增值税。"),
        ]
    )
    page = extract(book, ".epub", name="汇编.epub")
    assert page.title == "宁都县税费优惠政策汇编"
    assert page.text.split("\n") == [
        "第一章 小规模纳税人增值税优惠",
        "合计月销售额未超过10万元的，免征增值税。",
        "",
        "附录 办税服务指引",
        "纳税服务热线：12366。",
    ]


def test_an_epub_that_is_no_book_is_refused_in_one_line() -> None:
    with pytest.raises(DocumentError) as caught:
        extract(_zip([("mimetype", "application/epub+zip")]), ".epub", name="x.epub")
    assert caught.value.reason.startswith("is not a readable .epub file (")
    assert caught.value.reason.endswith("); re-save it or upload its text")


def _with_method(data: bytes, member: str, method: int) -> bytes:
    """``data`` (a zip) with ``member``'s compression method set to ``method`` in both of its headers."""
    out = bytearray(data)
    name = member.encode()
    local = out.find(b"PK\x03\x04")
    while local >= 0:
        if out[local + 30 : local + 30 + len(name)] == name:
            out[local + 8 : local + 10] = method.to_bytes(2, "little")
        local = out.find(b"PK\x03\x04", local + 4)
    central = out.find(b"PK\x01\x02")
    while central >= 0:
        if out[central + 46 : central + 46 + len(name)] == name:
            out[central + 10 : central + 12] = method.to_bytes(2, "little")
        central = out.find(b"PK\x01\x02", central + 4)
    return bytes(out)


@pytest.mark.parametrize(
    ("suffix", "book"),
    [(".ods", lambda: _ods(_cell("甲"))), (".epub", lambda: _epub([("第一章", "正文。")]))],
)
def test_a_zip_member_compressed_by_a_method_zipfile_lacks_is_refused_in_one_line(
    suffix: str, book: Callable[[], bytes]
) -> None:
    """Deflate64 (method 9) had raised NotImplementedError through `citeqa index`, ending the run on the
    first such file (a fault probe)."""
    member = "content.xml" if suffix == ".ods" else "OEBPS/c0.xhtml"
    with pytest.raises(DocumentError) as caught:
        extract(_with_method(book(), member, 9), suffix, name=f"x{suffix}")
    assert "That compression method is not supported" in caught.value.reason


def test_an_epub_ebooklib_cannot_read_is_refused_in_one_line() -> None:
    """A package with no manifest had raised ebooklib's own KeyError (a fault probe)."""
    broken = _zip(
        [
            ("mimetype", "application/epub+zip"),
            (
                "META-INF/container.xml",
                '<?xml version="1.0"?><container version="1.0" '
                'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                '<rootfile full-path="p.opf" media-type="application/oebps-package+xml"/>'
                "</rootfiles></container>",
            ),
            ("p.opf", '<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/></package>'),
        ]
    )
    with pytest.raises(DocumentError) as caught:
        extract(broken, ".epub", name="x.epub")
    assert caught.value.reason.startswith("is not a readable .epub file (")


def test_an_epub_chapter_is_read_from_its_own_bytes() -> None:
    """ebooklib's get_content() re-parses a chapter: a GBK one came out as mojibake, one nested 300 deep lost
    what lay past libxml2's depth limit (a fault probe)."""
    deep = "<div>" * 300 + "深层内容三百层。" + "</div>" * 300 + "<p>结尾段落。</p>"
    book = _epub([("第一章", deep)])
    assert extract(book, ".epub", name="x.epub").text.split("\n") == [
        "第一章",
        "深层内容三百层。",
        "结尾段落。",
    ]
    gbk = _epub([("第一章", "补贴每人五百元。")]).replace(
        "补贴每人五百元。".encode(), "补贴每人五百元。".encode("gbk")
    )
    assert "补贴每人五百元。" in extract(gbk, ".epub", name="y.epub").text


def test_an_ods_reads_repeats_spans_and_values_as_a_sheet_holds_them() -> None:
    """A filled cell repeated 70 times had been cut to 64, moving the cells after it under other columns; a
    filled row repeated 100 times likewise; a cell spanning rows had spilled into the empty columns after it;
    1e999 and nan had replaced what the cell shows; a cell 1,500 spans deep had raised RecursionError."""
    header = "<table:table-row>" + "".join(_cell(f"H{i}") for i in range(1, 73)) + "</table:table-row>"
    repeated = (
        '<table:table-row><table:table-cell table:number-columns-repeated="70" office:value-type="float" '
        'office:value="0"><text:p>0</text:p></table:table-cell>'
        + _cell("X71")
        + _cell("X72")
        + "</table:table-row>"
    )
    lines = extract(_ods(header + repeated), ".ods", name="a.ods").text.split("\n")
    assert lines[-1] == " | ".join(["0"] * 70 + ["X71", "X72"])
    rows = (
        '<table:table-row table:number-rows-repeated="100">' + _cell("同") + _cell("5") + "</table:table-row>"
    )
    assert extract(_ods(rows), ".ods", name="b.ods").text.count("同 | 5") == 100
    spans = (
        "<table:table-row>"
        + _cell("甲", ' table:number-rows-spanned="2"')
        + _cell("乙")
        + _cell("丙")
        + '</table:table-row><table:table-row><table:table-cell table:number-columns-repeated="3"/>'
        + "</table:table-row>"
    )
    assert extract(_ods(spans), ".ods", name="c.ods").text.split("\n")[-2:] == ["甲 | 乙 | 丙", "甲"]
    values = (
        "<table:table-row>"
        + _cell("甲")
        + '<table:table-cell office:value-type="float" office:value="1e999">'
        "<text:p>很大</text:p></table:table-cell>"
        '<table:table-cell office:value-type="percentage" office:value="nan"><text:p>未知</text:p>'
        "</table:table-cell></table:table-row>"
    )
    assert extract(_ods(values), ".ods", name="d.ods").text.split("\n")[-1] == "甲 | 很大 | 未知"
    deep = "<table:table-row><table:table-cell><text:p>" + "<text:span>" * 1500 + "深"
    deep += "</text:span>" * 1500 + "</text:p></table:table-cell>" + _cell("x") + "</table:table-row>"
    with pytest.raises(DocumentError) as caught:
        extract(_ods(deep), ".ods", name="e.ods")
    assert caught.value.reason == "nests its elements too deeply to read; re-save it as .xlsx"


def test_a_tsvs_quotes_are_text_and_a_numeric_json_field_names_nothing() -> None:
    """An unclosed quote had swallowed the rest of a .tsv; {"name": 1} had titled a JSON file 1 and kept its
    envelope's code (a fault probe)."""
    tsv = '名称\t说明\n甲\t"未闭合\n乙\t2\n'.encode()
    assert extract(tsv, ".tsv", name="a.tsv").text.split("\n")[-2:] == ['甲 | "未闭合', "乙 | 2"]
    record = '{"title": "记录", "content": "正文内容很多的一段文字，讲的是补贴。"}'
    envelope = '{"code": 200, "name": 1, "data": [' + record + "]}"
    page = extract(envelope.encode(), ".json", name="b.json")
    assert (page.title, page.text.split("\n")) == ("记录", ["记录", "正文内容很多的一段文字，讲的是补贴。"])
