"""Word 2003 XML and Excel 2003 XML (SpreadsheetML) files, as government sites serve them under .doc and .xls
names (eval/policy26: 安福县's 采砂权公开出让公告.doc, 博罗县's 展会目录及摊位费补贴标准.xls): read as what
they are (indexer/officexml.py, sheetxml.py), not refused as no Word 97-2003 file and no BOF record; a hostile
one (a billion laughs, an external entity) refused in one line."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from indexer.decode import DocumentError
from indexer.load import extract
from tests.conftest import CITEQA

WORD_ROOT = (
    '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
    'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
    'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" xml:space="preserve">'
)


def run(text: str, bold: bool = False) -> str:
    style = '<w:rPr><w:b/><wx:font wx:val="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>' if bold else ""
    return f"<w:r>{style}<w:t>{text}</w:t></w:r>"


def cell(*paragraphs: str, merge: str = "") -> str:
    props = f'<w:tcPr><w:tcW w:w="2200" w:type="dxa"/>{merge}</w:tcPr>'
    return f"<w:tc>{props}{''.join(f'<w:p>{p}</w:p>' for p in paragraphs)}</w:tc>"


WORD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<?mso-application progid="Word.Document"?>\n'
    + WORD_ROOT
    + "<o:DocumentProperties><o:Title>泸水河采砂权出让公告</o:Title><o:Author>afxslj</o:Author>"
    "<o:Company>安福县水利局</o:Company></o:DocumentProperties>"
    '<w:fonts><w:font w:name="仿宋_GB2312"><w:charset w:val="86"/></w:font></w:fonts>'
    '<w:docPr><w:view w:val="print"/><w:defaultTabStop w:val="420"/></w:docPr>'
    "<w:body><wx:sect>"
    # a heading numbered by Word (its label a hint Word wrote), a figure split over runs
    '<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><wx:t wx:val="一、"/></w:listPr></w:pPr>'
    + run("出让标的", bold=True)
    + "</w:p>"
    "<w:p>" + run("起拍价") + run("486", bold=True) + run("万元。") + "</w:p>"
    # a tracked deletion (80) and insertion (100), a comment on it
    "<w:p>" + run("竞买保证金") + '<aml:annotation aml:id="1" w:type="Word.Deletion"><aml:content>'
    "<w:r><w:delText>80</w:delText></w:r></aml:content></aml:annotation>"
    '<aml:annotation aml:id="2" w:type="Word.Insertion"><aml:content>'
    + run("100")
    + "</aml:content></aml:annotation>"
    + run("万元")
    + '<aml:annotation aml:id="3" w:type="Word.Comment"><aml:content><w:p>'
    + run("请核对金额")
    + "</w:p></aml:content></aml:annotation>"
    "</w:p>"
    # a tab, a line break
    "<w:p>" + run("联系人：河湖科") + "<w:r><w:tab/></w:r>" + run("电话：0796-7612385") + "<w:r><w:br/></w:r>"
    "" + run("2026年7月30日") + "</w:p>"
    # a table: a header, a cell of two paragraphs, a cell merged down, an empty cell
    '<w:tbl><w:tblPr><w:tblW w:w="8500" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2200"/>'
    '<w:gridCol w:w="2200"/><w:gridCol w:w="2200"/></w:tblGrid>'
    "<w:tr>" + cell(run("项目")) + cell(run("内容")) + cell(run("备注")) + "</w:tr>"
    "<w:tr>"
    + cell(run("起拍价"))
    + cell(run("486") + run("万元"))
    + cell(run("含税"), merge='<w:vmerge w:val="restart"/>')
    + "</w:tr>"
    "<w:tr>"
    + cell(run("开采期限"))
    + cell(run("2026年10月1日至"), run("2027年3月31日"))
    + cell("", merge="<w:vmerge/>")
    + "</w:tr>"
    "<w:tr>" + cell(run("增价幅度")) + cell(run("5") + run("万元")) + cell("") + "</w:tr>"
    "</w:tbl>"
    "<w:p>" + run("每年4月1日至9月30日为禁采期。") + "</w:p>"
    '<w:sectPr><w:hdr w:type="odd"><w:p>' + run("安福县水利局文件") + "</w:p></w:hdr>"
    '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    "</wx:sect></w:body></w:wordDocument>"
)
WORD_TEXT = (
    "一、出让标的\n"
    "起拍价486万元。\n"
    "竞买保证金100万元\n"
    "联系人：河湖科\t电话：0796-7612385\n"
    "2026年7月30日\n"
    "项目 | 内容 | 备注\n"
    "起拍价 | 486万元 | 含税\n"
    "开采期限 | 2026年10月1日至 2027年3月31日 | 含税\n"
    "增价幅度 | 5万元\n"
    "每年4月1日至9月30日为禁采期。"
)


def test_a_word_2003_xml_doc_is_read_as_word_shows_it() -> None:
    """A figure split over runs is one word (486万元), a deletion is no text and an insertion is, a comment,
    the properties, the fonts and the header are not read; a table a row a line of cells."""
    read = extract(WORD.encode("utf-8"), ".doc", name="泸水河采砂权出让公告.doc")
    assert read.text == WORD_TEXT
    assert read.title == "泸水河采砂权出让公告"
    assert not read.navigation


SS = (
    'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:x="urn:schemas-microsoft-com:office:excel" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:html="http://www.w3.org/TR/REC-html40"'
)


def data(kind: str, value: str, style: str = "", at: str = "", across: int = 0) -> str:
    attributes = (f' ss:Index="{at}"' if at else "") + (f' ss:MergeAcross="{across}"' if across else "")
    attributes += f' ss:StyleID="{style}"' if style else ""
    return f'<Cell{attributes}><Data ss:Type="{kind}">{value}</Data></Cell>'


def text(value: str, at: str = "", across: int = 0) -> str:
    return data("String", value, at=at, across=across)


def number(value: str, style: str = "", at: str = "") -> str:
    return data("Number", value, style=style, at=at)


SHEET = (
    '<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n'
    f"<Workbook {SS}>\r\n"
    ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">\r\n'
    "  <Title>博罗县重点展会目录</Title><Author>blxswj</Author><Company>博罗县商务局</Company>\r\n"
    " </DocumentProperties>\r\n"
    ' <Styles><Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="宋体"/></Style>\r\n'
    '  <Style ss:ID="pct"><NumberFormat ss:Format="Percent"/></Style></Styles>\r\n'
    ' <Worksheet ss:Name="境外展会"><Table ss:ExpandedColumnCount="4" ss:ExpandedRowCount="6">\r\n'
    '  <Column ss:Width="36"/><Column ss:Hidden="1" ss:Width="220"/>\r\n'
    "  <Row>" + text("2026年重点境外展会目录", across=3) + "</Row>\r\n"
    "  <Row>" + text("序号") + text("展会名称") + text("举办地") + text("补贴上限（元）") + "</Row>\r\n"
    # the 举办地 of CES left empty: its 50000 at ss:Index 4, under 补贴上限
    "  <Row>" + number("1") + text("拉斯维加斯消费电子展") + number("50000", at="4") + "</Row>\r\n"
    # row 4 left out: the next row states its number; a hidden row is read, as an .xlsx's is
    '  <Row ss:Index="5" ss:Hidden="1">'
    + number("2")
    + text("科隆五金展")
    + text("德国科隆")
    + number("45000")
    + "</Row>\r\n"
    '  <Row><Cell ss:Index="2" ss:MergeAcross="2"><Data ss:Type="String">注：目录外展会最高'
    "<html:B>10000</html:B>元</Data></Cell></Row>\r\n"
    " </Table></Worksheet>\r\n"
    ' <Worksheet ss:Name="境内展会"><Table>\r\n'
    "  <Row>" + text("序号") + text("展会名称") + text("补贴比例") + text("开幕日期") + "</Row>\r\n"
    "  <Row>"
    + number("1")
    + text("广交会")
    + number("0.5", style="pct")
    + data("DateTime", "2026-04-15T00:00:00.000")
    + "</Row>\r\n"
    "  <Row>"
    + number("2")
    + text("进博会")
    + number("0.35", style="pct")
    + number("8000", at="6")
    + "</Row>\r\n"
    " </Table></Worksheet>\r\n"
    ' <Worksheet ss:Name="草稿"><Table><Row>' + text("旧标准") + text("3000") + "</Row></Table>\r\n"
    '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible>'
    "</WorksheetOptions></Worksheet>\r\n"
    "</Workbook>\r\n"
)
SHEET_TEXT = (
    "2026年重点境外展会目录\n"
    "序号 | 展会名称 | 举办地 | 补贴上限（元）\n"
    "1 | 拉斯维加斯消费电子展 | — | 50000\n"
    "2 | 科隆五金展 | 德国科隆 | 45000\n"
    "注：目录外展会最高10000元\n"
    "境内展会\n"
    "序号 | 展会名称 | 补贴比例 | 开幕日期 | —\n"
    "1 | 广交会 | 50% | 2026年4月15日 | —\n"
    "2 | 进博会 | 35% | — | 8000"
)


def test_an_excel_2003_xml_xls_is_laid_out_as_its_xlsx_would_be() -> None:
    """ss:Index places a cell (the columns it skips are empty, so 50000 stays under 补贴上限) and a row, a
    merged title is a caption, each visible sheet is read — the hidden one not — and the text is what an
    .xlsx of the same cells gives."""
    read = extract(SHEET.encode("utf-8"), ".xls", name="博罗县展会目录.xls")
    assert read.text == SHEET_TEXT
    assert read.title == "博罗县重点展会目录"
    assert read.text == extract(same_as_xlsx(), ".xlsx", name="博罗县展会目录.xlsx").text


def same_as_xlsx() -> bytes:
    """SHEET's cells as an .xlsx (openpyxl): merged ranges, a percentage format, a date, a hidden sheet."""
    import openpyxl

    book = openpyxl.Workbook()
    book.properties.title = "博罗县重点展会目录"
    first = book.active
    assert first is not None
    first.title = "境外展会"
    first.append(["2026年重点境外展会目录"])
    first.merge_cells("A1:D1")
    first.append(["序号", "展会名称", "举办地", "补贴上限（元）"])
    first.append([1, "拉斯维加斯消费电子展", None, 50000])
    first.append([2, "科隆五金展", "德国科隆", 45000])
    first.move_range("A4:D4", rows=1)
    first["B6"] = "注：目录外展会最高10000元"
    first.merge_cells("B6:D6")
    second = book.create_sheet("境内展会")
    second.append(["序号", "展会名称", "补贴比例", "开幕日期"])
    second.append([1, "广交会", 0.5, dt.datetime(2026, 4, 15)])
    second.append([2, "进博会", 0.35, None, None, 8000])
    for row in (2, 3):
        second.cell(row, 3).number_format = "0%"
    hidden = book.create_sheet("草稿")
    hidden.append(["旧标准", "3000"])
    hidden.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_cell_merged_down_stands_in_each_row_it_spans() -> None:
    sheet = (
        f'<?xml version="1.0"?><Workbook {SS}><Worksheet ss:Name="Sheet1"><Table>'
        "<Row>" + text("类别") + text("档次") + text("补贴（元）") + "</Row>"
        '<Row><Cell ss:MergeDown="1"><Data ss:Type="String">境外</Data></Cell>'
        + text("重点")
        + number("50000")
        + "</Row>"
        '<Row><Cell ss:Index="2"><Data ss:Type="String">一般</Data></Cell>' + number("10000") + "</Row>"
        "</Table></Worksheet></Workbook>"
    )
    assert extract(sheet.encode(), ".xls", name="标准.xls").text == (
        "标准\n类别 | 档次 | 补贴（元）\n境外 | 重点 | 50000\n境外 | 一般 | 10000"
    )


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".docx", ".xml", ".xls"])
def test_word_xml_is_read_under_any_office_or_xml_name(suffix: str) -> None:
    assert extract(WORD.encode(), suffix, name=f"公告{suffix}").text == WORD_TEXT


@pytest.mark.parametrize("suffix", [".xls", ".xlsx", ".xml", ".doc"])
def test_spreadsheet_xml_is_read_under_any_office_or_xml_name(suffix: str) -> None:
    assert extract(SHEET.encode(), suffix, name=f"博罗县展会目录{suffix}").text == SHEET_TEXT


@pytest.mark.parametrize(
    "encoded",
    [
        lambda xml: codecs.BOM_UTF8 + b"\r\n  " + xml.encode("utf-8"),
        lambda xml: xml.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
        lambda xml: "\n".join(xml.split("\n")).replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["bom-and-whitespace", "utf-16", "crlf"],
)
def test_word_xml_after_a_bom_and_whitespace_or_in_utf16_is_read_the_same(
    encoded: Callable[[str], bytes],
) -> None:
    assert extract(encoded(WORD), ".doc", name="公告.doc").text == WORD_TEXT
    sheet = SHEET.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>')
    assert extract(encoded(sheet), ".xls", name="博罗县展会目录.xls").text == SHEET_TEXT


def test_an_xml_file_is_words_or_excels_only_in_their_namespace() -> None:
    """A .xml file of Word's or Excel's 2003 XML is read as one; what is neither — a feed, or a root of the
    same name in another namespace — is read by xmldoc as before."""
    read = extract(WORD.encode(), ".xml", name="公告.xml")
    assert (read.text, read.title) == (WORD_TEXT, "泸水河采砂权出让公告")
    feed = "<rss><channel><title>通知公告</title><item><title>采砂公告</title></item></channel></rss>"
    assert extract(feed.encode(), ".xml", name="feed.xml").title == "通知公告"
    other = '<Workbook xmlns="urn:example:books"><Title>采砂公告</Title></Workbook>'
    assert extract(other.encode(), ".xml", name="x.xml").text == "Title：采砂公告"  # (a value under its name)
    with pytest.raises(DocumentError, match="not a readable Word 97-2003"):
        extract(other.encode(), ".doc", name="x.doc")


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE w:wordDocument [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + "]>\n"
    + WORD_ROOT
    + "<w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:wordDocument>"
)
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE Workbook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    f'<Workbook {SS}><Worksheet ss:Name="表"><Table><Row>'
    '<Cell><Data ss:Type="String">&secret;</Data></Cell><Cell><Data ss:Type="String">x</Data></Cell>'
    "</Row></Table></Worksheet></Workbook>"
)
DTD = "declares a DTD \\(entities\\), which (Word|Excel) never writes; refused: re-save it from"


@pytest.mark.parametrize(
    ("xml", "suffix", "said"),
    [
        (LAUGHS, ".doc", DTD),
        (LAUGHS.replace("&j;", "&b;"), ".doc", DTD),  # (a small one parses: refused all the same)
        (EXTERNAL, ".xls", DTD),
        (EXTERNAL.replace("SYSTEM", "PUBLIC 'x'"), ".xml", DTD),
        (WORD[: len(WORD) // 2], ".doc", r"is not well-formed XML \(.*\); re-save it from Word"),
        (SHEET[: len(SHEET) // 2], ".xls", r"is not well-formed XML \(.*\); re-save it from Excel"),
    ],
    ids=["billion-laughs", "small-entities", "external-entity", "public-entity", "cut-word", "cut-sheet"],
)
def test_a_hostile_or_damaged_office_xml_file_is_refused_in_one_line(
    xml: str, suffix: str, said: str
) -> None:
    with pytest.raises(DocumentError, match=said) as refused:
        extract(xml.encode(), suffix, name=f"x{suffix}")
    assert "\n" not in str(refused.value)


def test_office_xml_files_are_indexed_and_found_by_citeqa(tmp_path: Path) -> None:
    """Through the CLI: the .doc and the .xls indexed, the hostile one skipped in one line, and a search
    finds 486万元 in the notice's table and 45000 in the workbook's row."""
    docs = tmp_path / "docs" / "安福县"
    docs.mkdir(parents=True)
    (docs / "泸水河采砂权出让公告.doc").write_bytes(WORD.encode("utf-8"))
    (docs / "博罗县展会目录.xls").write_bytes(SHEET.replace("\r\n", "\n").encode("utf-8"))
    (docs / "附件.doc").write_bytes(LAUGHS.encode("utf-8"))
    index = tmp_path / "index"
    done = subprocess.run(
        [CITEQA, "index", str(tmp_path / "docs"), "--index", str(index)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "2 documents" in done.stderr and "skipped 1" in done.stderr, done.stderr
    assert "附件.doc: declares a DTD (entities), which Word never writes" in done.stderr
    assert "Traceback" not in done.stderr
    for query, said in (
        ("起拍价", "起拍价 | 486万元 | 含税"),
        ("科隆五金展补贴上限", "2 | 科隆五金展 | 德国科隆 | 45000"),
    ):
        found = subprocess.run(
            [CITEQA, "search", query, "--index", str(index), "--json", "--mode", "bm25"],
            capture_output=True,
            text=True,
        )
        assert found.returncode == 0, found.stderr
        results = json.loads(found.stdout)["results"]
        assert any(said in r["text"] for r in results), results
