"""An SVG infographic (「一图读懂」) and a GeoJSON open-data set as documents (indexer/svgdoc.py,
indexer/jsondoc.py): eval/policy31's files, written blind — which citeqa had skipped as unsupported — and
the shapes such files take beyond them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.decode import DocumentError
from indexer.load import extract, read_document
from indexer.settings import PROJECT_ROOT
from indexer.svgdoc import read_svg
from tests.foldersearch import index_and_search

DOCS = PROJECT_ROOT / "eval/policy31/docs/云南/双柏县"
SVG = DOCS / "一图读懂：双柏县古树名木认养.svg"
GEOJSON = DOCS / "双柏县古树名木资源信息.geojson"
NS = 'xmlns="http://www.w3.org/2000/svg"'


def test_an_infographic_reads_as_its_lines_with_a_figure_in_its_own_run_in_its_sentence() -> None:
    assert read_document(SVG).split("\n") == [
        "一图读懂：双柏县古树名木认养",
        "谁可以认养？",
        "机关、企事业单位、社会团体和个人均可认养",
        "认养多久？",
        "认养期限不少于3年，期满可以续养",
        "认养人享有什么？",
        "颁发认养证书，在古树旁设立认养牌，标明认养人名称",
        "怎么申请？",
        "向县林业和草原局生态保护修复股提出申请，签订认养协议后15日内缴纳认养费",
        "咨询电话：0878-7712306 双柏县林业和草原局制",
    ]
    assert "认养期限不少于3年" not in SVG.read_text(encoding="utf-8")  # (split over three tspans)


def test_what_an_svg_never_draws_is_not_its_text() -> None:
    svg = (
        f"<svg {NS}><title>补贴一图读懂</title><desc>设计稿说明</desc><style>.a{{fill:red}}</style>"
        "<defs><text id='t'>模板文字</text></defs><metadata>作者</metadata>"
        "<g><text x='10' y='20'>每人每月<tspan font-weight='bold'>600</tspan>元</text>"
        "<text x='10' y='50'>申请时间<tspan x='10' dy='20'>每年3月</tspan><tspan>至4月</tspan></text></g>"
        "<foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>咨询电话：12345</div></foreignObject>"
        "</svg>"
    ).encode()
    text, title = read_svg(svg, "a.svg")
    assert (text.split("\n"), title) == (
        ["每人每月600元", "申请时间", "每年3月至4月", "咨询电话：12345"],
        "补贴一图读懂",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<svg", "a.svg: is not a well-formed SVG image"),
        (b"<html><body>x</body></html>", "a.svg: is not an SVG image (its root element is not <svg>)"),
        (
            f"<svg {NS}><path d='M0 0 L10 10'/></svg>".encode(),
            "a.svg: draws no text (its words may be outlines, an image); nothing to index",
        ),
    ],
)
def test_an_svg_that_is_none_or_draws_no_text_is_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        extract(data, ".svg", name="a.svg")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_an_svg_s_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    svg = (
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file://{secret}">]>'
        f"<svg {NS}><text>补贴&x;</text></svg>"
    ).encode()
    with pytest.raises(DocumentError) as caught:
        extract(svg, ".svg", name="a.svg")
    assert "机密内容" not in str(caught.value)


def test_a_geojson_set_reads_as_a_table_of_its_features_properties() -> None:
    assert read_document(GEOJSON).split("\n") == [
        "双柏县古树名木资源信息",
        "数据提供单位：双柏县林业和草原局",
        "更新日期：2026-04-20",
        "开放类型：无条件开放",
        "",
        "编号 | 树种 | 树龄（年） | 保护等级 | 所在乡镇 | 生长地点 | 认养人 | 管护责任单位",
        "SB-001 | 滇朴 | 520 | 一级 | 妥甸镇 | 妥甸镇麻栗树村委会大树脚 | 未认养 | 双柏县林业和草原局",
        "SB-002 | 黄连木 | 360 | 二级 | 大庄镇 | 大庄镇各三郎村小组 | 云南楚雄某茶业公司 | "
        "双柏县林业和草原局",
        "SB-003 | 云南松 | 180 | 三级 | 妥甸镇 | 妥甸镇查姆湖公园 | 未认养 | 双柏县林业和草原局",
        "SB-004 | 清香木 | 260 | 三级 | 法脿镇 | 法脿镇雨龙村委会 | 法脿镇中心学校 | 双柏县林业和草原局",
        "SB-005 | 黄葛树 | 430 | 二级 | 爱尼山乡 | 爱尼山乡海子底村 | 未认养 | 双柏县林业和草原局",
    ]
    assert b"\\u" in GEOJSON.read_bytes() and not any(b > 0x7F for b in GEOJSON.read_bytes())


def test_geojson_s_shapes_as_data_sets_take_them() -> None:
    """Features of different properties (a column each, empty where a feature has none), a value with a line
    break or a cell bar, a nested value, a feature's id; a lone feature is a record; a .json that is GeoJSON
    reads the same."""
    collection = {
        "type": "FeatureCollection",
        "bbox": [100.0, 20.0, 110.0, 30.0],
        "features": [
            {
                "type": "Feature",
                "id": 7,
                "geometry": {"type": "Point", "coordinates": [101.5, 24.7]},
                "properties": {"名称": "城北避难场所", "容纳人数": 3000, "地址": "城北路1号\n北门"},
            },
            {
                "type": "Feature",
                "geometry": None,
                "properties": {"名称": "体育馆 | 场馆", "开放": True, "设施": ["饮水", "照明"]},
            },
        ],
    }
    text = extract(json.dumps(collection, ensure_ascii=False).encode(), ".geojson", name="a.geojson").text
    assert text.split("\n") == [
        "id | 名称 | 容纳人数 | 地址 | 开放 | 设施",
        "7 | 城北避难场所 | 3000 | 城北路1号 北门",
        ' | 体育馆 场馆 |  |  | true | ["饮水", "照明"]',
    ]
    as_json = extract(json.dumps(collection, ensure_ascii=False).encode(), ".json", name="a.json").text
    assert as_json == text
    feature = collection["features"][0]
    lone = extract(json.dumps(feature, ensure_ascii=False).encode(), ".geojson", name="b.geojson").text
    assert lone.split("\n") == ["id：7", "名称：城北避难场所", "容纳人数：3000", "地址：城北路1号", "北门"]


def test_a_folder_of_both_is_indexed_and_searched(tmp_path: Path) -> None:
    said, top = index_and_search(tmp_path, (SVG, GEOJSON), "黄连木 树龄")
    assert "2 documents" in said and "skipped 0" in said
    assert "SB-002 | 黄连木 | 360 | 二级" in top["text"]


@pytest.mark.parametrize(
    "collection",
    [
        {"type": "FeatureCollection", "features": [1, 2, 3]},
        {"type": "FeatureCollection"},
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": [1, 2]}]},
        {"type": "Feature", "properties": None, "geometry": None},
    ],
)
def test_geojson_with_no_properties_is_empty(collection: dict[str, object]) -> None:
    assert extract(json.dumps(collection).encode(), ".geojson", name="a.geojson").text == ""
