"""Four ways a .docx held text python-docx does not read, each read since (indexer/wordx.py, ooxmlpkg.py):
content controls (w:sdt: a form's answers, in the body, in a paragraph, around a row or a cell, nested), an
altChunk (a document.xml of a title and a chunk of HTML, MHT, text or a whole .docx holding the notice), a
package saved as Strict Open XML, and SmartArt (its nodes' text only in the diagram's data part). Each file
is written here as its program writes it, as zip and XML, and read through indexer.load.extract."""

from __future__ import annotations

import io
import zipfile

import pytest

from indexer.load import extract

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def package(
    body: str,
    parts: dict[str, tuple[str, str, bytes | str]] | None = None,
    title: str | None = None,
) -> bytes:
    """A .docx of ``body`` (w:body's children), with ``parts`` related to the document by rId: {rId:
    (relationship type after …/relationships/ or a full URI, content type, bytes)}, each stored under
    word/ by the name its relationship type and rId give it."""
    parts = parts or {}
    overrides = [("/word/document.xml", CT_MAIN)]
    rels = []
    files: dict[str, bytes | str] = {}
    for rid, (reltype, content_type, blob) in parts.items():
        name = f"part{rid[3:]}.{_EXTENSIONS.get(content_type, 'bin')}"
        files[f"word/{name}"] = blob
        overrides.append((f"/word/{name}", content_type))
        full = reltype if reltype.startswith("http") else REL + reltype
        rels.append(f'<Relationship Id="{rid}" Type="{full}" Target="{name}"/>')
    root_rels = [f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/>']
    if title is not None:
        files["docProps/core.xml"] = HEAD + (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-'
            f'properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
            "</cp:coreProperties>"
        )
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        root_rels.append(
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/>'
        )
    files["[Content_Types].xml"] = HEAD + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
        + "</Types>"
    )
    files["_rels/.rels"] = HEAD + f'<Relationships xmlns="{PKG_RELS}">{"".join(root_rels)}</Relationships>'
    files["word/_rels/document.xml.rels"] = (
        HEAD + f'<Relationships xmlns="{PKG_RELS}">{"".join(rels)}</Relationships>'
    )
    files["word/document.xml"] = (
        HEAD + f'<w:document xmlns:w="{W}" xmlns:r="{R}" xmlns:a="{A}" xmlns:dgm="{DGM}" xmlns:wp="{WP}">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    return _zip(files)


_EXTENSIONS = {
    "text/html": "htm",
    "message/rfc822": "mht",
    "text/plain": "txt",
    "application/rtf": "rtf",
    CT_MAIN: "docx",
    "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml": "xml",
    "application/vnd.ms-office.drawingml.diagramDrawing+xml": "xml",
}


def _zip(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in files.items():
            archive.writestr(name, blob.encode("utf-8") if isinstance(blob, str) else blob)
    return buffer.getvalue()


def p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def sdt(content: str, placeholder: bool = False, gallery: str | None = None) -> str:
    """A content control around ``content``, as Word writes it (its properties, then its content)."""
    props = '<w:alias w:val="填写项"/><w:tag w:val="field"/><w:id w:val="-1"/>'
    if placeholder:
        props += "<w:showingPlcHdr/><w:text/>"
    if gallery:
        props += f'<w:docPartObj><w:docPartGallery w:val="{gallery}"/><w:docPartUnique/></w:docPartObj>'
    return (
        f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtEndPr><w:rPr><w:b/></w:rPr></w:sdtEndPr>"
        f"<w:sdtContent>{content}</w:sdtContent></w:sdt>"
    )


def run(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


def cell(text: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{p(text)}</w:tc>'


def table(rows: str, columns: int = 2) -> str:
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(columns))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"


def read(data: bytes) -> str:
    return extract(data, ".docx", name="表单.docx").text


# ---------------------------------------------------------------------------------- content controls


def test_block_and_inline_content_controls_are_read_where_they_stand() -> None:
    body = (
        p("农机购置补贴申请表")
        + sdt(p("申请人：王建国") + p("身份证号：370602197001011234"))
        + f"<w:p>{run('补贴金额：')}{sdt(run('3000'))}{run('元')}</w:p>"
        + p("以上情况属实。")
    )
    assert read(package(body)) == (
        "农机购置补贴申请表\n申请人：王建国\n身份证号：370602197001011234\n补贴金额：3000元\n以上情况属实。"
    )


def test_nested_content_controls_are_read() -> None:
    inner = f"<w:p>{run('联系电话：')}{sdt(run('0535-6666888'))}</w:p>"
    body = p("一、申请单位") + sdt(sdt(p("单位名称：烟台市福山区农机合作社")) + inner) + p("二、申请事项")
    assert read(package(body)) == (
        "一、申请单位\n单位名称：烟台市福山区农机合作社\n联系电话：0535-6666888\n二、申请事项"
    )


def test_rows_and_cells_in_content_controls_are_read() -> None:
    rows = (
        f"<w:tr>{cell('项目')}{cell('金额')}</w:tr>"
        + sdt(f"<w:tr>{cell('拖拉机')}{cell('3000元')}</w:tr>")  # a repeating section's row
        + f"<w:tr>{cell('播种机')}{sdt(cell('1200元'))}</w:tr>"  # a control around a cell
        + f"<w:tr>{cell('收割机')}<w:tc>{sdt(p('5000元'))}</w:tc></w:tr>"  # a control in a cell
    )
    assert read(package(p("补贴明细") + table(rows))) == (
        "补贴明细\n项目 | 金额\n拖拉机 | 3000元\n播种机 | 1200元\n收割机 | 5000元"
    )


def test_a_controls_placeholder_and_the_table_of_contents_are_no_text() -> None:
    contents = sdt(p("目录") + p("一、总则\t1") + p("二、补贴标准\t2"), gallery="Table of Contents")
    body = (
        contents
        + p("一、总则")
        + f"<w:p>{run('申请人：')}{sdt(run('单击或点击此处输入文字。'), placeholder=True)}</w:p>"
        + f"<w:p>{run('申请日期：')}{sdt(run('2025年3月1日'))}</w:p>"
        + table(f"<w:tr>{cell('备注')}{sdt(cell('单击此处输入文字。'), placeholder=True)}</w:tr>")
    )
    assert read(package(body)) == "一、总则\n申请人：\n申请日期：2025年3月1日\n备注"


# -------------------------------------------------------------------------------------------- altChunk


def chunk(rid: str) -> str:
    return f'<w:altChunk r:id="{rid}"/>'


HTML_CHUNK = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>正文</title>'
    "</head><body><p>一、补贴对象：本县户籍的农机购置户。</p><table><tr><td>机具</td><td>补贴</td></tr>"
    "<tr><td>拖拉机</td><td>3000元</td></tr></table></body></html>"
)


def test_an_html_altchunk_is_read_where_it_stands() -> None:
    body = p("关于印发农机购置补贴实施方案的通知") + chunk("rId7") + p("县农业农村局")
    data = package(body, {"rId7": ("aFChunk", "text/html", HTML_CHUNK.encode("utf-8"))})
    assert read(data) == (
        "关于印发农机购置补贴实施方案的通知\n一、补贴对象：本县户籍的农机购置户。"
        "\n机具 | 补贴\n拖拉机 | 3000元\n县农业农村局"
    )


def test_mht_and_text_altchunks_are_read() -> None:
    page = "<html><body><p>二、补贴标准：每台最高3000元。</p></body></html>".encode()
    mht = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
        b'------=_NextPart_01\r\nContent-Type: text/html; charset="utf-8"\r\n'
        b"Content-Transfer-Encoding: 8bit\r\nContent-Location: file:///C:/afchunk.htm\r\n\r\n"
        + page
        + b"\r\n------=_NextPart_01--\r\n"
    )
    text = "三、申请时间：2025年3月1日至6月30日。".encode()
    body = p("实施方案") + chunk("rId8") + chunk("rId9")
    data = package(
        body, {"rId8": ("aFChunk", "message/rfc822", mht), "rId9": ("aFChunk", "text/plain", text)}
    )
    assert read(data) == "实施方案\n二、补贴标准：每台最高3000元。\n三、申请时间：2025年3月1日至6月30日。"


def test_a_docx_altchunk_is_read_two_levels_deep() -> None:
    deepest = package(p("第三层：不再读取"))
    inner = package(
        p("第二层：补贴资金由县财政承担。") + chunk("rId3"), {"rId3": ("aFChunk", CT_MAIN, deepest)}
    )
    middle = package(
        p("第一层：附件1") + table(f"<w:tr>{cell('乡镇')}{cell('名额')}</w:tr>") + chunk("rId4"),
        {"rId4": ("aFChunk", CT_MAIN, inner)},
    )
    data = package(p("通知") + chunk("rId5") + p("附件完"), {"rId5": ("aFChunk", CT_MAIN, middle)})
    assert read(data) == "通知\n第一层：附件1\n乡镇 | 名额\n第二层：补贴资金由县财政承担。\n附件完"


def test_an_unreadable_altchunk_is_skipped_and_the_rest_read() -> None:
    body = p("通知") + chunk("rId3") + chunk("rId4") + chunk("rId99") + chunk("rId5") + p("特此通知。")
    data = package(
        body,
        {
            "rId3": ("aFChunk", CT_MAIN, b"PK\x03\x04 a .docx cut short"),
            "rId4": ("aFChunk", "application/rtf", b"{\\rtf1"),
            "rId5": ("aFChunk", "text/html", HTML_CHUNK.encode("utf-8")),
        },
    )
    assert read(data) == (
        "通知\n一、补贴对象：本县户籍的农机购置户。\n机具 | 补贴\n拖拉机 | 3000元\n特此通知。"
    )


# ----------------------------------------------------------------------------------- Strict Open XML


def strict(data: bytes) -> bytes:
    """A package as Word's "Strict Open XML Document" save names it (the two renamed ones included)."""
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            text = archive.read(name).decode("utf-8")
            for area in ("wordprocessingml", "officeDocument", "drawingml"):
                text = text.replace(
                    f"http://schemas.openxmlformats.org/{area}/2006/", f"http://purl.oclc.org/ooxml/{area}/"
                )
            out[name] = text.replace("<w:document ", '<w:document w:conformance="strict" ')
    out["docProps/app.xml"] = HEAD + (
        '<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties">'
        "<Application>Microsoft Office Word</Application></Properties>"
    )
    out["_rels/.rels"] = str(out["_rels/.rels"]).replace(
        "</Relationships>",
        '<Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/'
        'extendedProperties" Target="docProps/app.xml"/></Relationships>',
    )
    return _zip(dict(out))


def test_a_strict_open_xml_document_is_read() -> None:
    rows = f"<w:tr>{cell('档次')}{cell('补贴')}</w:tr><w:tr>{cell('一档')}{cell('每人每年30元')}</w:tr>"
    data = strict(package(p("城乡居民养老保险缴费补贴标准") + table(rows), title="缴费补贴标准"))
    page = extract(data, ".docx", name="补贴标准.docx")
    assert (page.text, page.title) == (
        "城乡居民养老保险缴费补贴标准\n档次 | 补贴\n一档 | 每人每年30元",
        "缴费补贴标准",
    )


def test_transitional_maps_strict_names_and_leaves_other_packages_alone() -> None:
    from indexer.ooxmlpkg import transitional, word_package  # (here: the file also runs on the reader before)

    plain = package(p("正文"))
    assert transitional(plain) is plain and word_package(plain) is plain
    assert transitional(b"no zip") == b"no zip"
    mapped = transitional(strict(plain))
    with zipfile.ZipFile(io.BytesIO(mapped)) as archive:
        assert b"purl.oclc.org" not in b"".join(archive.read(n) for n in archive.namelist())
        assert (
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
            in archive.read("_rels/.rels")
        )
        assert b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" in archive.read(
            "docProps/app.xml"
        )


# ------------------------------------------------------------------------------------------- SmartArt


def smartart_data() -> str:
    """A diagram's data part as Word writes it: its points in the order they were added (the third step
    first), their order in the parent-of connections; transitions and presentation points carry no text."""

    def point(model: str, kind: str | None, text: str | None) -> str:
        typed = f' type="{kind}"' if kind else ""
        body = f"<dgm:t><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t>" if text else ""
        return f'<dgm:pt modelId="{model}"{typed}><dgm:prSet/>{body}</dgm:pt>'

    points = (
        point("{0}", "doc", None)
        + point("{3}", None, "审核发放")
        + point("{1}", "node", "个人申请")
        + point("{2}", None, "乡镇初审")
        + point("{9}", "pres", None)
        + '<dgm:pt modelId="{8}" type="parTrans"><dgm:prSet/>'
        "<dgm:t><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>"
    )
    connections = (
        "".join(
            f'<dgm:cxn modelId="{{c{n}}}" srcId="{{0}}" destId="{{{n}}}" srcOrd="{n - 1}" destOrd="0"/>'
            for n in (3, 1, 2)
        )
        + '<dgm:cxn modelId="{c9}" type="presOf" srcId="{1}" destId="{9}" srcOrd="0" destOrd="0"/>'
    )
    return (
        HEAD + f'<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A}"><dgm:ptLst>{points}</dgm:ptLst>'
        f"<dgm:cxnLst>{connections}</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>"
    )


def test_smartart_nodes_are_read_after_their_paragraph_once() -> None:
    drawing = (
        '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/>'
        f'<wp:docPr id="1" name="图示 1"/><a:graphic><a:graphicData uri="{DGM}">'
        '<dgm:relIds r:dm="rId10" r:lo="rId11" r:qs="rId12" r:cs="rId13"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    cache = (
        HEAD + '<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" '
        f'xmlns:a="{A}"><dsp:spTree><dsp:sp><dsp:txBody><a:p><a:r><a:t>个人申请</a:t></a:r></a:p>'
        "</dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>"
    )
    data = package(
        p("补贴办理流程") + drawing + p("办理时限为15个工作日。"),
        {
            "rId10": (
                "diagramData",
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                smartart_data(),
            ),
            "rId14": (
                "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
                "application/vnd.ms-office.drawingml.diagramDrawing+xml",
                cache,
            ),
        },
    )
    assert read(data) == "补贴办理流程\n个人申请\n乡镇初审\n审核发放\n办理时限为15个工作日。"


@pytest.mark.parametrize("kind", ["strict", "plain"])
def test_a_strict_package_with_every_case_is_read(kind: str) -> None:
    """The four cases in one document, strict or not: one reading."""
    body = (
        p("通知")
        + sdt(p("申请人：王建国"))
        + chunk("rId7")
        + '<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="x">'
        '<dgm:relIds r:dm="rId10"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    )
    data = package(
        body,
        {
            "rId7": ("aFChunk", "text/html", HTML_CHUNK.encode("utf-8")),
            "rId10": (
                "diagramData",
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                smartart_data(),
            ),
        },
    )
    if kind == "strict":
        data = strict(data)
    assert read(data) == (
        "通知\n申请人：王建国\n一、补贴对象：本县户籍的农机购置户。\n机具 | 补贴\n拖拉机 | 3000元"
        "\n个人申请\n乡镇初审\n审核发放"
    )


def test_runs_inside_smart_tags_custom_xml_fields_and_ruby_are_read() -> None:
    """python-docx reads a paragraph's own runs and hyperlinks only: a date in a smart tag, a sum in custom
    XML, a simple field's result and a ruby's base were lost; a ruby's 拼音 and a deletion stay out, and a
    text box's paragraphs are read once, after the paragraph."""
    body = (
        "<w:p><w:r><w:t>补贴发放日期：</w:t></w:r>"
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
        "<w:r><w:t>2025年3月1日</w:t></w:r></w:smartTag><w:r><w:t>，标准</w:t></w:r>"
        '<w:customXml w:element="amount"><w:r><w:t>每人每年3000元</w:t></w:r></w:customXml>'
        "<w:r><w:t>（</w:t></w:r>"
        '<w:fldSimple w:instr=" DOCPROPERTY 文号 "><w:r><w:t>福农2025年3号</w:t></w:r></w:fldSimple>'
        "<w:r><w:t>）。</w:t></w:r></w:p>"
        "<w:p><w:ruby><w:rubyPr/><w:rt><w:r><w:t>bǔ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>补</w:t></w:r>"
        "</w:rubyBase></w:ruby><w:ruby><w:rubyPr/><w:rt><w:r><w:t>tiē</w:t></w:r></w:rt><w:rubyBase><w:r>"
        "<w:t>贴</w:t></w:r></w:rubyBase></w:ruby><w:r><w:t>按季度发放</w:t></w:r>"
        "<w:del><w:r><w:delText>按年</w:delText></w:r></w:del>"
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>咨询电话：0535-6666888</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>"
        "</w:pict></w:r></w:p>"
    )
    assert extract(package(body), ".docx", name="x.docx").text == (
        "补贴发放日期：2025年3月1日，标准每人每年3000元（福农2025年3号）。\n补贴按季度发放\n咨询电话：0535-6666888"
    )


def _workbook(rows: list[list[str]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "附件1"
    for row in rows:
        sheet.append(row)
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_an_embedded_worksheet_object_is_read_after_its_paragraph() -> None:
    """A notice's 附件 table pasted as an Excel object: document.xml holds only its picture and a reference to
    word/embeddings/…xlsx, whose cells were read as nothing."""
    obj = (
        "<w:p><w:r><w:t>附件：补助标准表</w:t></w:r><w:r>"
        '<w:object xmlns:o="urn:schemas-microsoft-com:office:office"><o:OLEObject Type="Embed"'
        ' ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" r:id="rId5"/>'
        "</w:object></w:r></w:p>"
    )
    table = _workbook([["困难类别", "补助标准（元/年）"], ["深度困难职工", "6000"], ["一般困难职工", "3000"]])
    parts: dict[str, tuple[str, str, bytes | str]] = {"rId5": ("package", XLSX, table)}
    data = package(p("关于做好困难职工帮扶工作的通知") + obj + p("特此通知。"), parts)
    assert extract(data, ".docx", name="x.docx").text == (
        "关于做好困难职工帮扶工作的通知\n附件：补助标准表\n困难类别 | 补助标准（元/年）\n"
        "深度困难职工 | 6000\n一般困难职工 | 3000\n特此通知。"
    )


def test_hidden_text_is_not_read() -> None:
    """Word neither shows nor prints a run formatted hidden (w:vanish): an editor's note with a draft's
    figures is no part of the rule; w:val="0" is shown."""
    body = (
        "<w:p><w:r><w:t>疗休养补贴每人每年1500元。</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注：原拟每人2000元）</w:t></w:r>"
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>由县总工会发放。</w:t></w:r></w:p>'
    )
    assert extract(package(body), ".docx", name="x.docx").text == "疗休养补贴每人每年1500元。由县总工会发放。"
