"""Kinds of file eval/policy24 (written blind) brought that citeqa had skipped as unsupported: an OpenDocument
spreadsheet, a tab-separated export, a portal's RSS feed and a 政策汇编 published as an EPUB book. Real
lxml, ebooklib and the csv module; the files are built here as their writers write them."""

from __future__ import annotations

import zipfile
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
    # an entity is never fetched nor expanded (a file's content, a billion laughs)
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">'
        '<!ENTITY y "哈哈哈哈哈哈哈哈"><!ENTITY z "&y;&y;&y;&y;&y;&y;&y;&y;">]>'
        "<r><v>&x;</v><w>&z;</w><note>正文内容。</note></r>"
    )
    assert extract(hostile.encode(), ".xml", name="y.xml").text == "正文内容。"


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
