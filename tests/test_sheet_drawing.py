"""The text of a .xlsx sheet's text boxes and shapes (its drawing layer, indexer/sheetdrawing.py): lines
after the sheet's rows, in the order of their anchors' cells. Workbooks are built with openpyxl and a drawing
part (xl/drawings/drawing1.xml, as Excel writes a text box) is put into the zip by hand, linked from the
sheet through its relationships.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from indexer.sheetdrawing import drawing_text
from indexer.spreadsheet import read_xlsx
from indexer.worddoc import DocumentTooLarge

SAMPLE = (
    Path(__file__).parent.parent
    / "eval/policy30/docs/黑龙江/宁安市/宁安市2026年度人防工程平战结合使用补贴申报表.xlsx"
)
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml"

ROWS = [
    "补贴申报表",
    "项目 | 金额（万元）",
    "设备购置 | 15",
    "人员培训 | 2.5",
]
SECOND = ["说明", "项目 | 内容", "申报时间 | 2026年4月30日前"]


def workbook() -> bytes:
    """Two sheets: a table under a caption, and 说明."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "申报表"
    sheet.append(["补贴申报表"])
    sheet.append(["项目", "金额（万元）"])
    sheet.append(["设备购置", 15])
    sheet.append(["人员培训", 2.5])
    notes = book.create_sheet("说明")
    notes.append(["项目", "内容"])
    notes.append(["申报时间", "2026年4月30日前"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def anchor(row: int, col: int, content: str) -> str:
    return (
        f"<xdr:twoCellAnchor><xdr:from><xdr:col>{col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}"
        f"</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>{col + 4}</xdr:col><xdr:colOff>0"
        f"</xdr:colOff><xdr:row>{row + 4}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>{content}"
        "<xdr:clientData/></xdr:twoCellAnchor>"
    )


def shape(paragraphs: list[str], hidden: bool = False) -> str:
    """A text box: a paragraph's runs split at ``/`` (Excel splits a line into runs by formatting), a run of
    ``\n`` a line break (``a:br``)."""
    runs = [
        "".join(
            "<a:br/>" if run == "\n" else f'<a:r><a:rPr lang="zh-CN"/><a:t>{run}</a:t></a:r>'
            for run in p.split("/")
        )
        for p in paragraphs
    ]
    body = "".join(f"<a:p>{r}<a:endParaRPr/></a:p>" for r in runs)
    hide = ' hidden="1"' if hidden else ""
    return (
        f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="文本框 1"{hide}/>'
        '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/>'
        f"<xdr:txBody><a:bodyPr/><a:lstStyle/>{body}</xdr:txBody></xdr:sp>"
    )


CHART = (
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="图表 1"/>'
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic>"
    f'<a:graphicData uri="{CHART_NS}"><c:chart xmlns:c="{CHART_NS}" xmlns:r="{REL}" r:id="rId1"/>'
    "</a:graphicData></a:graphic></xdr:graphicFrame>"
)


def drawing(*anchors: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{A}" xmlns:mc="{MC}">{"".join(anchors)}</xdr:wsDr>'
    )


def with_drawing(
    data: bytes, xml: str | bytes | None, sheet: int = 1, target: str = "../drawings/drawing1.xml"
) -> bytes:
    """``data`` with a drawing part (``xml``; None: the link only, to a part that is not there) linked from
    sheet ``sheet``, as Excel links one: the sheet's rels, its ``<drawing r:id>``, the content type."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for item in source.infolist():
            blob = source.read(item.filename)
            if item.filename == f"xl/worksheets/sheet{sheet}.xml":
                blob = blob.replace(
                    b"</worksheet>", f'<drawing xmlns:r="{REL}" r:id="rId9"/></worksheet>'.encode()
                )
            elif item.filename == "[Content_Types].xml":
                part = f'<Override PartName="/xl/drawings/drawing1.xml" ContentType="{DRAWING_TYPE}"/>'
                blob = blob.replace(b"</Types>", f"{part}</Types>".encode())
            archive.writestr(item.filename, blob)
        archive.writestr(
            f"xl/worksheets/_rels/sheet{sheet}.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="{REL}/drawing" '
            f'Target="{target}"/></Relationships>',
        )
        if xml is not None:
            archive.writestr("xl/drawings/drawing1.xml", xml)
    return out.getvalue()


def read(data: bytes, max_chars: int = 100_000) -> list[str]:
    return read_xlsx(data, "申报表.xlsx", max_chars)[0].split("\n")


def test_text_boxes_are_lines_after_their_sheets_rows_in_the_order_of_their_cells() -> None:
    xml = drawing(
        # in the drawing's own order: a box lower down the sheet first
        anchor(12, 0, shape(["注：/金额/含税。"])),
        # a grouped box, and a chart beside it: the chart holds no text
        anchor(
            6,
            3,
            f"<xdr:grpSp><xdr:nvGrpSpPr/><xdr:grpSpPr/>{shape(['联系人：张三'])}</xdr:grpSp>{CHART}",
        ),
        anchor(
            6,
            0,
            shape(["填表说明：", "", "1\uff0e本表/一式三份，报市人防办/408室。", "2\uff0e  须附   复印件。"]),
        ),
        anchor(8, 0, shape(["", "   "])),  # an empty box
        anchor(9, 0, shape(["隐藏的框"], hidden=True)),  # a form control's hidden shape
        anchor(10, 0, "<xdr:pic><xdr:nvPicPr/><xdr:blipFill/><xdr:spPr/></xdr:pic>"),  # a picture
        # a line break inside a paragraph; a bar of the box's own
        anchor(11, 0, shape(["第一行/\n/第二行", "A | B"])),
        # what Excel writes for a reader of newer markup, and a copy for older ones: read once
        f'<mc:AlternateContent><mc:Choice Requires="a14">{anchor(11, 2, shape(["新版框"]))}</mc:Choice>'
        f"<mc:Fallback>{anchor(11, 2, shape(['新版框']))}</mc:Fallback></mc:AlternateContent>",
    )
    assert read(with_drawing(workbook(), xml)) == [
        *ROWS,
        "填表说明：",
        "1\uff0e本表一式三份，报市人防办408室。",
        "2\uff0e 须附 复印件。",
        "联系人：张三",
        "第一行",
        "第二行",
        "A ｜ B",
        "新版框",
        "注：金额含税。",
        *SECOND,
    ]


def test_the_second_sheets_drawing_goes_after_its_own_rows() -> None:
    xml = drawing(anchor(0, 3, shape(["逾期不予受理。"])))
    assert read(with_drawing(workbook(), xml, sheet=2)) == [*ROWS, *SECOND, "逾期不予受理。"]


def test_a_workbook_without_a_drawing_reads_as_before() -> None:
    data = workbook()
    assert read(data) == [*ROWS, *SECOND]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert drawing_text(archive, "xl/worksheets/sheet1.xml") == []


@pytest.mark.parametrize(
    "xml",
    [
        None,  # linked, but not in the zip
        "<xdr:wsDr>not closed",  # broken XML
        # an entity is not expanded: the box has no text of its own
        drawing(anchor(0, 0, shape(["&e;"]))).replace("?><", '?><!DOCTYPE x [<!ENTITY e "填表">]><', 1),
        f'<xdr:wsDr xmlns:xdr="{XDR}" xmlns:a="{A}"/>',  # an empty drawing
    ],
)
def test_a_missing_or_broken_drawing_leaves_the_cells_read(xml: str | None) -> None:
    assert read(with_drawing(workbook(), xml)) == [*ROWS, *SECOND]


def test_a_drawing_outside_the_zip_or_external_is_passed_over() -> None:
    xml = drawing(anchor(0, 0, shape(["框"])))
    assert read(with_drawing(workbook(), xml, target="../../../../etc/drawing1.xml")) == [*ROWS, *SECOND]
    web = "http://example.com/drawing1.xml"
    external = with_drawing(workbook(), xml, target=web)
    external = external.replace(f'Target="{web}"'.encode(), f'Target="{web}" TargetMode="External"'.encode())
    assert read(external) == [*ROWS, *SECOND]


def test_a_drawings_text_counts_against_the_bound() -> None:
    xml = drawing(anchor(6, 0, shape(["说明" * 200])))
    data = with_drawing(workbook(), xml)
    assert read(data, max_chars=1000)[-len(SECOND) - 1] == "说明" * 200
    with pytest.raises(DocumentTooLarge):
        read(data, max_chars=300)


def test_the_policy30_form_reads_its_instructions() -> None:
    lines = read(SAMPLE.read_bytes())
    assert lines[-5:] == [
        "填表说明：",
        "1\uff0e本表一式三份，于2026年11月30日前报市人防办工程管理科（市政务服务中心四楼408室）。",
        "2\uff0e须附《人防工程平时使用证》复印件、停车场收费公示照片和全年开放记录（按月汇总）。",
        "3\uff0e开放面积、使用面积以竣工测绘报告为准，不得填报通道、设备用房面积。",
        "4\uff0e联系电话：0453-6327419。",
    ]
    assert lines[-6] == "负责人（签字）： | 联系电话： | —"  # the form's last row, as before
