"""OpenOffice.org 1.x documents (.sxw, .sxc, .sxi …), Timed Text subtitles (.ttml, .dfxp, TTML saved as .xml)
and a map's places (.kml, .kmz) as documents (indexer/staroffice.py, ttml.py, kml.py): eval/policy35's files,
written blind — which citeqa had skipped as unsupported — and the shapes such files take beyond them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from indexer.decode import DocumentError
from indexer.load import extract, read_document
from indexer.settings import PROJECT_ROOT
from tests.foldersearch import index_and_search

DOCS = PROJECT_ROOT / "eval/policy35/docs"
SXW = DOCS / "福建/南靖县/南靖县台胞台企服务指南（2026版）.sxw"
TTML = DOCS / "广东/英德市/英德市港澳青年创新创业政策解读（《政策直通车》第12期）.ttml"
KML = DOCS / "贵州/瓮安县/瓮安县村卫生室分布图（县卫生健康局）.kml"

OOO = (
    'xmlns:office="http://openoffice.org/2000/office" xmlns:text="http://openoffice.org/2000/text" '
    'xmlns:table="http://openoffice.org/2000/table" xmlns:draw="http://openoffice.org/2000/drawing" '
    'xmlns:presentation="http://openoffice.org/2000/presentation" xmlns:svg="http://www.w3.org/2000/svg" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def _legacy(mimetype: str, kind: str, body: str, title: str = "") -> bytes:
    """An OpenOffice.org 1.x package: its mimetype, content.xml of office:class ``kind`` and a meta.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {OOO} office:class="{kind}">'
            f"<office:body>{body}</office:body></office:document-content>",
        )
        package.writestr(
            "meta.xml",
            f"<office:document-meta {OOO}><office:meta><dc:title>{title}</dc:title></office:meta>"
            "</office:document-meta>",
        )
    return out.getvalue()


def test_the_writer_guide_reads_as_the_opendocument_it_became() -> None:
    """Its date cut by a bold red span (2026年3月 | 31日) reads whole; its table a line a row."""
    lines = read_document(SXW).split("\n")
    assert lines[:5] == [
        "南靖县台胞台企服务指南（2026版）",
        "南靖县台港澳事务办公室  2026年2月",
        "一、服务窗口",
        "县行政服务中心二楼设台胞服务专窗（8号窗口），集中受理台胞创业就业补贴申请和台胞证件咨询，咨询电话"
        "0596-7835116。",
        "每月第一个星期三为台胞接待日，县台办负责人在台胞服务专窗现场接待。",
    ]
    assert "上半年集中申报：2026年3月1日起，申报截止2026年3月31日前。" in lines
    assert "南靖土楼文化旅游发展有限公司 | 导游、文创设计 | 12" in lines
    assert extract(SXW.read_bytes(), ".sxw", name=SXW.name).title == "南靖县台胞台企服务指南（2026版）"


def test_a_writer_files_footnotes_and_lists_and_its_template() -> None:
    body = (
        '<text:p>补贴标准为每人2万元<text:footnote text:id="ftn1">'
        "<text:footnote-citation>1</text:footnote-citation>"
        "<text:footnote-body><text:p>经营满6个月。</text:p></text:footnote-body></text:footnote>。</text:p>"
        "<text:ordered-list><text:list-item><text:p>1.身份证</text:p></text:list-item></text:ordered-list>"
    )
    for suffix, mimetype in (
        (".sxw", "application/vnd.sun.xml.writer"),
        (".stw", "application/vnd.sun.xml.writer.template"),
    ):
        read = extract(_legacy(mimetype, "text", body, "台胞创业补贴"), suffix, name=f"a{suffix}")
        assert (read.text, read.title) == ("补贴标准为每人2万元。\n经营满6个月。\n1.身份证", "台胞创业补贴")


def test_a_calc_sheet_reads_its_stored_values_and_an_impress_slide_its_boxes_in_order() -> None:
    sheet = (
        '<table:table table:name="补贴"><table:table-row><table:table-cell><text:p>类别</text:p>'
        "</table:table-cell><table:table-cell><text:p>每人每月（元）</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>一级</text:p></table:table-cell>"
        '<table:table-cell table:value-type="float" table:value="1500"><text:p>1,500.00</text:p>'
        "</table:table-cell></table:table-row></table:table>"
    )
    read = extract(
        _legacy("application/vnd.sun.xml.calc", "spreadsheet", sheet, "补贴标准"), ".sxc", name="a.sxc"
    )
    assert read.text == "补贴标准\n类别 | 每人每月（元）\n一级 | 1500"
    slide = (
        '<draw:page draw:name="p1"><draw:text-box svg:x="1cm" svg:y="5cm"><text:p>申报截止6月30日</text:p>'
        '</draw:text-box><draw:text-box svg:x="1cm" svg:y="1cm"><text:p>台胞创业补贴</text:p></draw:text-box>'
        "<presentation:notes><draw:text-box><text:p>讲稿：补贴2万元</text:p></draw:text-box></presentation:notes>"
        "</draw:page>"
    )
    read = extract(_legacy("application/vnd.sun.xml.impress", "presentation", slide), ".sxi", name="a.sxi")
    assert read.pages == ("台胞创业补贴\n申报截止6月30日\n讲稿：补贴2万元",)


def test_a_legacy_file_of_another_kind_is_refused_in_one_line() -> None:
    calc = _legacy("application/vnd.sun.xml.calc", "spreadsheet", "<table:table/>")
    with pytest.raises(DocumentError) as raised:
        extract(calc, ".sxw", name="b.sxw")
    assert str(raised.value) == "b.sxw: is an OpenDocument calc, not text; save it as .odt"


def test_the_talks_cues_read_as_its_sentences_a_figure_cut_between_cues_whole() -> None:
    """2026年6 | 月15日前 (two cues) and 开放<span>20</span>个 read whole; a cue's <br/> is its screen's
    width; the speakers (ttm:agent) and the head's metadata are no text; the title is the one it states."""
    read = extract(TTML.read_bytes(), ".ttml", name=TTML.name)
    assert read.title == "英德市港澳青年创新创业政策解读"
    assert read.text.split("\n") == [
        "各位观众大家好，欢迎收看《政策直通车》。",
        "今天我们请来市人社局的同志，聊聊港澳青年来英德创业。",
        "港澳青年在英德首次创业、经营满一年，可以拿一次性3万元创业启动补贴。",
        "创业基地今年怎么入驻？",
        "今年基地首批开放20个入驻名额，先到先审。",
        "申请要在2026年6月15日前提交，过了时间就等下一批。",
        "有问题打哪个电话？",
        "可以拨打港澳青年创业服务热线0763-2281369，我们会安排创业导师一对一对接。",
        "好的，感谢收看，我们下期再见。",
    ]
    # … and the same file saved as .xml, as video platforms export it, is subtitles too
    assert extract(TTML.read_bytes(), ".xml", name="talk.xml").text == read.text


def _tt(body: str, parameters: str = "") -> bytes:
    return (
        '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" '
        f"{parameters}><body>{body}</body></tt>"
    ).encode()


def test_cues_are_timed_from_their_divs_begin_in_any_of_ttmls_time_expressions() -> None:
    """Frames (00:00:01:12), offsets (2.5s, 4000ms) and ticks at the stated rate, counted from the div's
    begin: the second div's cue, listed first, is spoken last; a cue ending within a pause of the next is
    a clause of its sentence, one after a pause of over two seconds a sentence of its own."""
    body = (
        '<div begin="10s"><p begin="0s" dur="1s">最后一句</p></div>'
        '<div><p begin="00:00:01:12" end="2.5s">补贴标准为</p>'
        '<p begin="40000000t" end="5s">每人2万元</p></div>'
    )
    text = extract(_tt(body, 'ttp:frameRate="25" ttp:tickRate="10000000"'), ".ttml", name="a.ttml").text
    assert text == "补贴标准为，每人2万元\n最后一句"


def test_timed_text_that_is_no_ttml_is_refused_in_one_line() -> None:
    with pytest.raises(DocumentError) as raised:
        extract(b"<rss><channel/></rss>", ".ttml", name="a.ttml")
    assert (
        str(raised.value)
        == "a.ttml: is XML but not Timed Text (its root is no <tt>); it is no TTML subtitle file"
    )
    with pytest.raises(DocumentError) as raised:
        extract(_tt('<div><p begin="1s" end="2s"></p></div>'), ".dfxp", name="a.dfxp")
    assert str(raised.value) == "a.dfxp: has no timed cues with text; it is not a .dfxp subtitle file"


def test_the_maps_places_read_as_records_under_their_township() -> None:
    """Each village clinic under its township: its name, address, description and attached data by their
    names (联系电话：…, the map's tel:+86-854-2651087 the same number); 7×<b>24</b>小时 whole; styles and
    coordinates no text."""
    read = extract(KML.read_bytes(), ".kml", name=KML.name)
    assert read.title == "瓮安县村卫生室分布图"
    lines = read.text.split("\n")
    at = lines.index("草塘镇新华村卫生室（中心村卫生室）")
    assert lines[at - 2 : at + 8] == [
        "草塘镇",
        "",
        "草塘镇新华村卫生室（中心村卫生室）",
        "地址：瓮安县草塘镇新华村村委会旁",
        "乡镇卫生院医生每周二、周五到本室坐诊。",
        "可开展中医理疗、慢病随访。",
        "乡村医生：罗**、宋**",
        "联系电话：0854-2651087",
        "服务时间：全天值班",
        "",
    ]
    assert "全县共有村卫生室102个，其中中心村卫生室12个，实行7×24小时值班。" in lines
    assert not any("coordinates" in line or "clinic" in line or "107." in line for line in lines)


def test_a_kmz_is_its_zipped_map_and_one_without_a_map_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as kmz:
        kmz.writestr("files/icon.png", b"\x89PNG")
        kmz.writestr("doc.kml", KML.read_bytes())
    assert extract(out.getvalue(), ".kmz", name="map.kmz") == extract(KML.read_bytes(), ".kml", name=KML.name)
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as kmz:
        kmz.writestr("files/icon.png", b"\x89PNG")
    with pytest.raises(DocumentError) as raised:
        extract(empty.getvalue(), ".kmz", name="map.kmz")
    assert str(raised.value) == "map.kmz: is a zip holding no .kml map; it is no .kmz"


def test_a_folder_of_the_three_is_indexed_and_searched(tmp_path: Path) -> None:
    said, top = index_and_search(tmp_path, (SXW, TTML, KML), "英德 港澳青年 创业基地 入驻 申请 截止")
    assert "3 documents" in said and "skipped 0" in said
    assert "2026年6月15日前" in top["text"]


def test_a_places_own_telephone_stands_when_its_data_gives_no_other() -> None:
    kml = (
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>便民服务点</name><Placemark>'
        "<name>城关镇便民服务中心</name><phoneNumber>tel:+86-854-2651000</phoneNumber>"
        '<ExtendedData><Data name="联系电话"><value>0854-2651087</value></Data>'
        '<Data name="办公时间"><displayName>服务时间</displayName><value>8:30-17:30</value></Data>'
        "</ExtendedData>"
        "<Point><coordinates>107.6,27.2,0</coordinates></Point></Placemark></Document></kml>"
    ).encode()
    assert extract(kml, ".kml", name="a.kml").text.split("\n") == [
        "便民服务点",
        "",
        "城关镇便民服务中心",
        "电话：+86-854-2651000",
        "联系电话：0854-2651087",
        "服务时间：8:30-17:30",
    ]
