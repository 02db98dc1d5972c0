"""Formats users bring that citeqa had refused or read in part (eval/policy22, written blind): a page a
browser saved as .mht, a WPS .rtf, a .pptx deck with speaker notes, an .ofd 红头文件, a .docx whose figures
stand in a footnote and a text box, a page whose text only its script holds. Each file is written here as
its program writes it and read through indexer.load.extract; a folder of them is indexed through
indexer.build."""

from __future__ import annotations

import base64
import io
import quopri
import zipfile
from pathlib import Path

import docx
import pytest

from indexer.build import index_paths
from indexer.decode import DocumentError
from indexer.ingest import file_doc_id, ingest_bytes
from indexer.load import extract
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder

NOTICE = "过渡期生活救助标准由每人每月600元提高到每人每月750元，救助期限最长3个月。"


def mht() -> bytes:
    """As Internet Explorer saves a page: multipart/related, the page quoted-printable in gb2312, an image."""
    title = "岷县提高自然灾害生活救助标准的通知"
    page = f"<html><head><title>{title}</title></head><body><p>{NOTICE}</p></body></html>"
    return (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="----=_NextPart_000"\r\n\r\n'
        b'------=_NextPart_000\r\nContent-Type: text/html;\r\n\tcharset="gb2312"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: http://yjj.minxian.gov.cn/1.html\r\n\r\n"
        + quopri.encodestring(page.encode("gb2312"))
        + b"\r\n------=_NextPart_000\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"\x89PNG\r\n\x1a\n")
        + b"\r\n------=_NextPart_000--\r\n"
    )


def _rtf_escape(text: str) -> str:
    """Text as WPS writes it into RTF: GBK bytes as \\'xx escapes."""
    return "".join(f"\\'{b:02x}" for b in text.encode("gbk"))


def rtf() -> bytes:
    head = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n"
    title = "\\pard " + _rtf_escape("水土保持补偿费征收须知") + "\\par\n"
    # a table row: cells as \cell, the row closed by \row; one cell in \uN? escapes (negative above U+7FFF)
    cells = [
        _rtf_escape("一般性生产建设项目"),
        "".join(f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?" for c in "1.4元/平方米"),
    ]
    row = "\\trowd\\cellx3000\\cellx6000\n\\intbl " + "\\cell ".join(cells) + "\\cell\\row\n"
    return (head + title + row + "\\pard " + _rtf_escape("咨询电话：0792-7223316") + "\\par\n}").encode(
        "ascii"
    )


def pptx_deck() -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    deck.core_properties.title = "巨灾保险政策解读"
    for n, (heading, body, note) in enumerate(
        (
            ("一、保费谁出？", "保费由市财政全额承担，2025年度保费为980万元。", ""),
            ("二、赔多少？", "转移安置救助每人每天100元。", "2024年度全市巨灾保险共赔付1862万元。"),
        ),
        start=1,
    ):
        slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank
        # the body box first in the XML, the heading box above it on the slide
        slide.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(2)).text_frame.text = body
        slide.shapes.add_textbox(Inches(1), Inches(0.5), Inches(8), Inches(1)).text_frame.text = heading
        slide.shapes.add_textbox(
            Inches(1), Inches(6.8), Inches(4), Inches(0.5)
        ).text_frame.text = "临海市应急管理局"
        slide.shapes.add_textbox(Inches(8), Inches(6.8), Inches(1), Inches(0.5)).text_frame.text = str(n)
        if note:
            slide.notes_slide.notes_text_frame.text = note
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


_OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _text_object(x: float, y: float, codes: list[tuple[float, str]]) -> str:
    inner = "".join(f'<ofd:TextCode X="{dx}" Y="3.7">{t}</ofd:TextCode>' for dx, t in codes)
    return f'<ofd:TextObject ID="1" Boundary="{x} {y} 150 5" Font="4" Size="4.2">{inner}</ofd:TextObject>'


def ofd() -> bytes:
    """An OFD file as a 公文 system writes it: a line a TextObject, one line a TextCode per character."""
    page1 = [
        _text_object(48, 36, [(0, "灵石县人民政府办公室文件")]),
        _text_object(28, 60, [(0, "第四条　举报属实的，奖励金额按照行政处罚金额的15%计算，")]),
        _text_object(28, 68.6, [(0, "最低奖励3000元。")]),
    ]
    page2 = [_text_object(28, 40, [(4.2 * i, c) for i, c in enumerate("第六条　每件奖励500元。")])]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(
            "OFD.xml",
            f'<ofd:OFD {_OFD_NS} Version="1.0" DocType="OFD'
            '"><ofd:DocBody><ofd:DocInfo><ofd:Title>举报奖励办法'
            "</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        z.writestr(
            "Doc_0/Document.xml",
            f'<ofd:Document {_OFD_NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
            '<ofd:Page ID="2" BaseLoc="/Doc_0/Pages/Page_1/Content.xml"/></ofd:Pages></ofd:Document>',
        )
        for n, objects in enumerate((page1, page2)):
            # written in no particular order: reading goes by position
            body = "".join(reversed(objects))
            z.writestr(
                f"Doc_0/Pages/Page_{n}/Content.xml",
                f"<ofd:Page {_OFD_NS}><ofd:Content><ofd:Layer ID="
                f'"2">{body}</ofd:Layer></ofd:Content></ofd:Page>',
            )
    return buffer.getvalue()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BOX = (
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>举报非法采砂有奖</w:t></w:r></w:p>'
    "<w:p><w:r><w:t>给予举报人1000元至5000元奖励。</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>举报非法采砂有奖</w:t></w:r></w:p></w:txbxContent>"
    "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def docx_with_notes() -> bytes:
    """A .docx whose total stands in a footnote and whose reward stands in a text box (Word writes the box
    twice: DrawingML and a VML fallback)."""
    files = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="applicatio'
            'n/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentTy'
            'pe="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlforma'
            'ts.org/package/2006/relationships"><Relationship '
            'Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlforma'
            'ts.org/package/2006/relationships"><Relationship '
            'Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
            'Target="footnotes.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<w:document xmlns:w="{_W}"><w:body>'
            "<w:p><w:r><w:t>年度采砂控制总量按批复的采砂规划执行。</w:t></w:r>"
            '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
            f"<w:p><w:r><w:t>四、监管措施</w:t></w:r>{_BOX}</w:p>"
            "<w:p><w:r><w:t>五、法律责任</w:t></w:r></w:p></w:body></w:document>"
        ),
        "word/footnotes.xml": (
            f'<w:footnotes xmlns:w="{_W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
            '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t '
            'xml:space="preserve"> 2025年度采砂控制总量为18万吨。</'
            "w:t></w:r></w:p></w:footnote></w:footnotes>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, xml in files.items():
            z.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml)
    return buffer.getvalue()


SCRIPTED = (
    '<html><head><title>根河市人民政府</title></head><body><div id="app"><p>页面加载中，请稍候…</p></div>'
    '<script>var pageData = {"siteName": "根河市人民'
    '政府", "title": "根河市关于2025年森林草原防火期野外用火管理的通告",'
    ' "content": "<p>一、防火期。2025年3月15日至6月15日为春季森林草原防火期。<\\/p>\\n<p>二、擅自野外用火的，'
    '对个人并处200元以上3000元以下罚款。<\\/p>"};\n'
    "document.getElementById('app').innerHTML = '<h1>' + pageData.title + '</h1>';</script></body></html>"
)


def test_a_page_saved_as_mht_is_read_by_its_charset() -> None:
    page = extract(mht(), ".mht", name="通知.mht")
    assert (page.text, page.title) == (NOTICE, "岷县提高自然灾害生活救助标准的通知")
    with pytest.raises(DocumentError, match="no text/html part"):
        extract(b"From: x\r\nContent-Type: text/csv\r\n\r\na,b\r\n", ".mhtml", name="x.mhtml")


def test_an_rtf_reads_its_code_page_escapes_and_table_rows() -> None:
    assert extract(rtf(), ".rtf", name="须知.rtf").text == (
        "水土保持补偿费征收须知\n一般性生产建设项目 | 1.4元/平方米\n咨询电话：0792-7223316"
    )
    with pytest.raises(DocumentError, match=r"is not an RTF file"):
        extract(b"plain text", ".rtf", name="x.rtf")


def test_a_deck_reads_slides_in_reading_order_with_notes_and_no_repeated_footer() -> None:
    page = extract(pptx_deck(), ".pptx", name="解读.pptx")
    assert page.title == "巨灾保险政策解读"
    assert page.pages == (
        "一、保费谁出？\n保费由市财政全额承担，2025年度保费为980万元。",
        "二、赔多少？\n转移安置救助每人每天100元。\n2024年度全市巨灾保险共赔付1862万元。",
    )


def test_an_ofd_reads_its_lines_by_position_page_by_page() -> None:
    page = extract(ofd(), ".ofd", name="办法.ofd")
    assert page.title == "举报奖励办法"
    assert page.pages == (
        "灵石县人民政府办公室文件\n第四条　举报属实的，奖励金额按照行政处罚金额的15%计算，\n最低奖励3000元。",
        "第六条　每件奖励500元。",
    )
    with pytest.raises(DocumentError, match=r"not a readable \.ofd file"):
        extract(b"PK\x03\x04 broken", ".ofd", name="x.ofd")


def test_a_docx_reads_its_footnotes_and_text_boxes_where_they_are_referred() -> None:
    assert extract(docx_with_notes(), ".docx", name="方案.docx").text.split("\n") == [
        "年度采砂控制总量按批复的采砂规划执行。",
        "2025年度采砂控制总量为18万吨。",
        "四、监管措施",
        "举报非法采砂有奖",
        "给予举报人1000元至5000元奖励。",
        "五、法律责任",
    ]
    docx.Document(io.BytesIO(docx_with_notes()))  # a package python-docx opens as Word's


def test_a_page_whose_text_only_its_script_holds_is_read_from_the_script() -> None:
    page = extract(SCRIPTED.encode(), ".html", name="通告.html")
    assert page.title == "根河市关于2025年森林草原防火期野外用火管理的通告"
    assert page.text.split("\n") == [
        "根河市关于2025年森林草原防火期野外用火管理的通告",
        "一、防火期。2025年3月15日至6月15日为春季森林草原防火期。",
        "二、擅自野外用火的，对个人并处200元以上3000元以下罚款。",
    ]
    # a page with a body of its own keeps it, whatever its scripts say
    body = (
        "<p>本页正文：防火期内禁止一切野外用火，违者对个人处20"
        "0元以上3000元以下罚款，对单位处1万元以上罚款。</p>" * 3
    )
    ordinary = SCRIPTED.replace("<p>页面加载中，请稍候…</p>", body)
    assert "本页正文" in extract(ordinary.encode(), ".html", name="x.html").text
    assert "春季森林草原防火期" not in extract(ordinary.encode(), ".html", name="x.html").text


def test_a_folder_of_these_formats_is_indexed_and_each_uploads(tmp_path: Path) -> None:
    """They had been skipped as unsupported file types (.mht, .rtf, .pptx, .ofd) or indexed without the text
    that answered (a footnote, a text box, a script)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    files = {"通知.mht": mht(), "须知.rtf": rtf(), "解读.pptx": pptx_deck(), "办法.ofd": ofd()}
    files |= {"方案.docx": docx_with_notes(), "通告.html": SCRIPTED.encode()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert report.skipped == ()
    assert sorted(report.added) == sorted(file_doc_id(name) for name in files)
    needles = ("750元", "1.4元/平方米", "1862万元", "最低奖励3000元", "18万吨", "3000元以下罚款")
    for (name, data), needle in zip(files.items(), needles, strict=True):
        assert needle in ingest_bytes(name, data, DEFAULTS).text, name


def table_pdf() -> bytes:
    """A 分配表 as reportlab's Table draws it, cell by cell (pypdf's plain text gives a cell a line)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    head = ["序号", "乡镇", "救助户数（户）", "分配资金（万元）"]
    rows = [
        [str(n), town, str(100 + n), f"{10 * n}.50"]
        for n, town in enumerate(["岷阳镇", "蒲麻镇", "西寨镇", "梅川镇"], 1)
    ]
    total = ["合计", "", "410", "105.00"]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("SPAN", (0, 5), (1, 5)),
        ]
    )
    out = io.BytesIO()
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=14, leading=20)
    SimpleDocTemplate(out, pagesize=A4).build(
        [
            Paragraph("冬春救助资金分配表", title),
            Table([head, *rows, total], colWidths=[40, 80, 110, 120], style=style),
        ]
    )
    return out.getvalue()


def test_a_pdf_table_drawn_cell_by_cell_reads_as_rows_with_its_total() -> None:
    """pypdf gives such a table a cell a line: 「4 / 梅川镇 / 104 / 40.50」 was four lines, and the figure
    could not be quoted with its row (eval/policy22 n08, blind)."""
    page = extract(table_pdf(), ".pdf", name="分配表.pdf")
    assert page.text.split("\n") == [
        "冬春救助资金分配表",
        "序号 | 乡镇 | 救助户数（户） | 分配资金（万元）",
        "1 | 岷阳镇 | 101 | 10.50",
        "2 | 蒲麻镇 | 102 | 20.50",
        "3 | 西寨镇 | 103 | 30.50",
        "4 | 梅川镇 | 104 | 40.50",
        "合计 | 410 | 105.00",
    ]


def _locked(user: str, algorithm: str) -> bytes:
    """A notice locked as Acrobat locks one: a password to open it (``user``), or only one to edit it."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(table_pdf()))
    writer.encrypt(user_password=user, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128", "RC4-128"])
def test_a_pdf_locked_only_against_editing_is_read(algorithm: str) -> None:
    """Many published notices are locked against copying; they open without a password and are read."""
    page = extract(_locked("", algorithm), ".pdf", name="分配表.pdf")
    assert "4 | 梅川镇 | 104 | 40.50" in page.text.split("\n")


@pytest.mark.parametrize("algorithm", ["AES-256", "RC4-128"])
def test_a_pdf_that_needs_a_password_to_open_says_so(algorithm: str) -> None:
    """It had been refused with pypdf's own words, 「is not a readable .pdf file (File has not been
    decrypted)」, which tells a user nothing to do."""
    with pytest.raises(DocumentError) as caught:
        extract(_locked("secret", algorithm), ".pdf", name="分配表.pdf")
    assert str(caught.value) == (
        "分配表.pdf: is encrypted (password-protected); save it without a password and upload again"
    )
