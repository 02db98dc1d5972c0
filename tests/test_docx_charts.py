"""A chart in a .docx read from its part's cached figures (indexer/wordchart.py), after the paragraph that
holds it: a notice whose per-sport quotas (游泳 200名) existed only in a chart had lost them (eval/policy30,
灵山县). Each document is built with python-docx, its chart part and relationship added as Word writes them,
and read through indexer.load.extract."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

from indexer import wordchart
from indexer.load import extract
from indexer.wordchart import drop_missing_charts

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
BEFORE = "三、培训项目和名额：开设游泳、篮球、足球3个项目，各项目招生名额见下图。"
AFTER = "四、报名方式：每人限报1个项目，额满即止。"
SAMPLE = (
    Path(__file__).resolve().parent.parent
    / "eval/policy30/docs/广西/灵山县/灵山县文化体育和旅游局关于举办2026年暑期青少年体育免费培训的通知.docx"
)


def title(text: str) -> str:
    rich = f"<c:rich><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></c:rich>"
    return f"<c:title><c:tx>{rich}</c:tx></c:title>"


def strings(values: list[str], ref: str = "Sheet1!$A$2:$A$4") -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values))
    cache = f'<c:strCache><c:ptCount val="{len(values)}"/>{points}</c:strCache>'
    return f"<c:strRef><c:f>{ref}</c:f>{cache}</c:strRef>"


def numbers(values: list[str], fmt: str = "General") -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values))
    return (
        f"<c:numRef><c:f>Sheet1!$B$2:$B$4</c:f><c:numCache><c:formatCode>{fmt}</c:formatCode>"
        f'<c:ptCount val="{len(values)}"/>{points}</c:numCache></c:numRef>'
    )


def series(name: str | None, categories: str, values: str, order: int = 0) -> str:
    named = f"<c:tx>{strings([name], 'Sheet1!$B$1')}</c:tx>" if name else ""
    return (
        f'<c:ser><c:idx val="{order}"/><c:order val="{order}"/>{named}'
        f"<c:cat>{categories}</c:cat><c:val>{values}</c:val></c:ser>"
    )


def chart(plot: str, heading: str = "", axes: str = "", kind: str = "barChart") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="{C}" xmlns:a="{A}" '
        f'xmlns:r="{R}"><c:date1904 val="0"/><c:chart>{heading}<c:plotArea><c:layout/><c:{kind}>{plot}'
        f'<c:axId val="1"/><c:axId val="2"/></c:{kind}>{axes}</c:plotArea></c:chart></c:chartSpace>'
    ).encode()


QUOTAS = chart(
    series("招生名额", strings(["游泳", "篮球", "足球"]), numbers(["200", "120", "100"], "0&quot;名&quot;")),
    title("2026年暑期青少年体育免费培训各项目招生名额"),
)


def graphic(rid: str) -> str:
    return (
        f'<a:graphic xmlns:a="{A}"><a:graphicData uri="{C}">'
        f'<c:chart xmlns:c="{C}" xmlns:r="{R}" r:id="{rid}"/></a:graphicData></a:graphic>'
    )


def inline(rid: str) -> str:
    return (
        f'<w:r xmlns:w="{W}"><w:drawing><wp:inline xmlns:wp="{WP}"><wp:extent cx="5274310" cy="3076575"/>'
        f'<wp:docPr id="1" name="图表 1"/>{graphic(rid)}</wp:inline></w:drawing></w:r>'
    )


def build(*charts: bytes, drawing: Callable[[str], str] = inline, workbook: bool = False) -> bytes:
    """A notice of two paragraphs with a paragraph of each chart between them (``drawing`` writes the run
    holding the chart of an r:id); ``workbook``: each chart related to an embedded workbook part."""
    document = docx.Document()
    document.add_paragraph(BEFORE)
    package = document.part.package
    for n, xml in enumerate(charts, 1):
        part = Part(PackURI(f"/word/charts/chart{n}.xml"), CT.DML_CHART, xml, package)
        if workbook:
            sheet = Part(PackURI(f"/word/embeddings/Sheet{n}.xlsx"), CT.SML_SHEET, b"PK", package)
            part.relate_to(sheet, RT.PACKAGE)
        rid = document.part.relate_to(part, RT.CHART)
        document.add_paragraph()._p.append(parse_xml(drawing(rid)))
    document.add_paragraph(AFTER)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def without(data: bytes, *names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            if entry.filename not in names:
                target.writestr(entry, source.read(entry))
    return out.getvalue()


def read(data: bytes) -> str:
    return extract(data, ".docx", name="通知.docx").text


def test_a_charts_figures_are_read_after_its_paragraph() -> None:
    assert read(build(QUOTAS)) == "\n".join(
        [
            BEFORE,
            "2026年暑期青少年体育免费培训各项目招生名额",
            "游泳 | 招生名额: 200名",
            "篮球 | 招生名额: 120名",
            "足球 | 招生名额: 100名",
            AFTER,
        ]
    )


def test_the_policy30_sample_reads_its_quotas() -> None:
    lines = read(SAMPLE.read_bytes()).splitlines()
    at = next(n for n, line in enumerate(lines) if line.endswith("各项目招生名额见下图。"))
    assert lines[at + 1 : at + 7] == [
        "2026年暑期青少年体育免费培训各项目招生名额",
        "游泳 | 招生名额: 200名",
        "篮球 | 招生名额: 120名",
        "足球 | 招生名额: 100名",
        "武术 | 招生名额: 80名",
        "乒乓球 | 招生名额: 60名",
    ]
    assert lines[at + 7].startswith("四、报名方式")


def test_series_share_a_line_per_category_each_shown_by_its_format() -> None:
    towns = strings(["城关镇", "檀圩镇"])
    plot = series("补助金额", towns, numbers(["24000", "15500.5"], "#,##0&quot;元&quot;")) + series(
        "完成率", towns, numbers(["0.355", "1"], "0.0%"), order=1
    )
    axes = f'<c:catAx><c:axId val="1"/><c:delete val="0"/>{title("乡镇")}</c:catAx>'
    axes += f'<c:valAx><c:axId val="2"/><c:delete val="1"/>{title("金额")}</c:valAx>'
    assert read(build(chart(plot, title("补助发放情况"), axes))).splitlines()[1:-1] == [
        "补助发放情况",
        "乡镇",
        "城关镇 | 补助金额: 24,000元 | 完成率: 35.5%",
        "檀圩镇 | 补助金额: 15,501元 | 完成率: 100.0%",
    ]


def test_general_dates_levels_literals_and_unnamed_series() -> None:
    months = (
        "<c:numRef><c:f>Sheet1!$A$2:$A$3</c:f><c:numCache><c:formatCode>yyyy&quot;年&quot;m&quot;月&quot;"
        '</c:formatCode><c:pt idx="0"><c:v>46023</c:v></c:pt><c:pt idx="1"><c:v>46054</c:v></c:pt>'
        "</c:numCache></c:numRef>"
    )
    dated = series(None, months, numbers(["12.300000000000001", "200.0"]))
    levels = (
        '<c:multiLvlStrRef><c:f>Sheet1!$A$2:$B$4</c:f><c:multiLvlStrCache><c:ptCount val="3"/>'
        '<c:lvl><c:pt idx="0"><c:v>一季度</c:v></c:pt><c:pt idx="1"><c:v>二季度</c:v></c:pt>'
        '<c:pt idx="2"><c:v>一季度</c:v></c:pt></c:lvl>'
        '<c:lvl><c:pt idx="0"><c:v>2025年</c:v></c:pt><c:pt idx="2"><c:v>2026年</c:v></c:pt></c:lvl>'
        "</c:multiLvlStrCache></c:multiLvlStrRef>"
    )
    literal = '<c:numLit><c:formatCode>0"人"</c:formatCode><c:pt idx="0"><c:v>35</c:v></c:pt>'
    literal += '<c:pt idx="2"><c:v>41</c:v></c:pt></c:numLit>'
    leveled = series("参训人数", levels, literal)
    assert read(build(chart(dated, kind="lineChart"), chart(leveled))).splitlines()[1:-1] == [
        "2026年1月 | 12.3",
        "2026年2月 | 200",
        "2025年 一季度 | 参训人数: 35人",
        "2026年 一季度 | 参训人数: 41人",
    ]


def drawing(rid: str) -> str:
    return inline(rid).removeprefix(f'<w:r xmlns:w="{W}">').removesuffix("</w:r>")


def alternate(rid: str) -> str:
    """A chart as Word or WPS may write it: in mc:Choice, and again in mc:Fallback."""
    choice = drawing(rid)
    return (
        f'<w:r xmlns:w="{W}"><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="c14">{choice}'
        f"</mc:Choice><mc:Fallback>{choice}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def fallback_only(rid: str) -> str:
    """A chart only in mc:Fallback (its mc:Choice a newer kind of chart this reader does not read)."""
    choice = drawing(rid)
    return (
        f'<w:r xmlns:w="{W}"><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="cx1">'
        f"<w:drawing/></mc:Choice><mc:Fallback>{choice}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def twice(rid: str) -> str:
    """The same chart drawn twice in a run."""
    return f'<w:r xmlns:w="{W}">{drawing(rid)}{drawing(rid)}</w:r>'


@pytest.mark.parametrize("written", [alternate, fallback_only, twice])
def test_a_chart_written_twice_or_only_as_a_fallback_is_read_once(written: Callable[[str], str]) -> None:
    assert read(build(QUOTAS, drawing=written)) == read(build(QUOTAS))


def test_a_chart_whose_part_is_missing_or_broken_is_skipped() -> None:
    alone = "\n".join([BEFORE, AFTER])
    assert read(without(build(QUOTAS), "word/charts/chart1.xml")) == alone
    assert read(build(b"<c:chartSpace><c:chart>")) == alone
    assert read(build(QUOTAS[:-40])) == alone


def test_a_chart_whose_workbook_part_is_missing_is_read() -> None:
    data = build(QUOTAS, workbook=True)
    assert read(without(data, "word/embeddings/Sheet1.xlsx")) == read(data) == read(build(QUOTAS))


def test_a_charts_points_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordchart, "MAX_CHART_POINTS", 4)  # 3 categories, then 1 value
    assert read(build(QUOTAS)).splitlines()[1:-1] == [
        "2026年暑期青少年体育免费培训各项目招生名额",
        "游泳 | 招生名额: 200名",
    ]


def test_a_docx_without_a_chart_reads_as_before() -> None:
    document = docx.Document()
    document.add_paragraph(BEFORE)
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "游泳"
    document.add_paragraph(AFTER)
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    assert drop_missing_charts(data) is data
    assert read(data) == "\n".join([BEFORE, "游泳", AFTER])
