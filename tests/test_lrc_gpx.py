"""A programme's lyrics (.lrc) and a GPS file's points (.gpx) as documents (indexer/subtitles.py, kml.py), and
a slide's short line setting a time limit read as what it says (indexer/clean.py, server/answer/units.py):
eval/policy36's files, written blind — citeqa had skipped the .lrc and the .gpx as unsupported, and dropped
the slide's 首批志愿者注册截止2026年6月30日前 as the page's date, its title the line above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.clean import clean_document
from indexer.decode import DocumentError
from indexer.load import extract, read_document
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from indexer.subtitles import subtitle_text
from tests.foldersearch import index_and_search
from tests.policydocs import ask, index_docs

DOCS = PROJECT_ROOT / "eval/policy36/docs"
LRC = DOCS / "内蒙古/宁城县/文明实践大喇叭（第37期）志愿者礼遇激励政策解读.lrc"
GPX = DOCS / "吉林/梅河口市/梅河口市红十字应急救护站（奥维地图导出）.gpx"
PPTM = DOCS / "山西/祁县/祁县时间银行社区宣讲（2026年4月）.pptm"


def test_the_lyrics_are_the_programmes_sentences_with_the_cut_date_whole() -> None:
    """GBK with CRLF; ID tags no text; the jingle two tags time read once, where first heard; a cue opening
    with its speaker's name a sentence of its own; 2026年7 | 月1日 joined (a number keeps its unit)."""
    found = extract(LRC.read_bytes(), ".lrc", name=LRC.name)
    assert found.title == "文明实践大喇叭（第37期）志愿者礼遇激励政策解读"
    lines = found.text.split("\n")
    assert lines[:3] == [
        "（音乐）文明实践大喇叭，传递文明好声音",
        "主持人：乡亲们好，欢迎收听《文明实践大喇叭》，我是主持人晓雯。",
        "今天我们请来了县文明办的同志，给大家讲讲新出台的志愿者礼遇激励办法。",
    ]
    assert (
        "嘉宾：今年星级志愿者集中认定，申报时间是2026年7月1日至7月31日，到所在村（社区）的新时代文明实践站提交申请。"
        in lines
    )
    assert lines[-1] == "主持人：好的，感谢收听，我们下期再见。"
    assert len(lines) == 11
    assert not any("宁城县融媒体中心" in line or "Adobe" in line for line in lines)


def test_lyrics_lines_are_read_in_the_order_of_their_times_and_word_times_are_no_text() -> None:
    lyrics = (
        "[ti:政策早知道]\n[offset:+200]\n"
        "[00:09.00]申请截止到6月30日。\n"
        "[00:01.00]<00:01.00>主持人：<00:01.80>今天说说<00:02.40>养老补贴，\n"
        "[00:05.00][00:12.00]每人每月100元。\n"
        "[00:07.00]\n"
    )
    assert subtitle_text(lyrics).split("\n") == [
        "主持人：今天说说养老补贴，每人每月100元。",
        "申请截止到6月30日。",
    ]
    with pytest.raises(DocumentError, match="has no timed cues"):
        extract("[ti:只有标题]\n[ar:某县]\n".encode(), ".lrc", name="empty.lrc")


def test_the_gpx_layer_is_its_stations_with_their_escaped_descriptions_read() -> None:
    """全天&lt;b&gt;24&lt;/b&gt;小时 reads 全天24小时; coordinates, times and symbols are no text."""
    lines = read_document(GPX).split("\n")
    assert lines[:7] == [
        "梅河口市红十字应急救护站",
        "全市已建成红十字应急救护站16个，均配备自动体外除颤器（AED）和急救箱。",
        "数据更新：2026年3月",
        "",
        "梅河口站应急救护站",
        "电话：0435-4231207",
        "位于梅河口站进站口东侧，全天24小时有人值守，配备AED 2台。",
    ]
    assert lines.count("类型：红十字应急救护站") == 4
    assert not any("42.5" in line or "Medical" in line or "2026-03-18" in line for line in lines)


def test_a_gpx_routes_named_points_and_a_track_are_read_and_other_xml_is_refused() -> None:
    gpx = (
        '<?xml version="1.0"?><gpx version="1.0" creator="两步路" xmlns="http://www.topografix.com/GPX/1/0">'
        "<name>古道徒步线路</name><rte><name>东线</name><desc>全长12公里，约需5小时。</desc>"
        '<rtept lat="1" lon="2"><name>起点：村委会</name></rtept><rtept lat="1" lon="3"></rtept>'
        '<rtept lat="1" lon="4"><name>终点：观景台</name><cmt>禁止烟火</cmt></rtept></rte>'
        '<trk><name>巡护轨迹</name><src>护林员手机</src><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>'
    ).encode()
    found = extract(gpx, ".gpx", name="route.gpx")
    assert found.title == "古道徒步线路"
    assert found.text.split("\n") == [
        "古道徒步线路",
        "",
        "东线",
        "全长12公里，约需5小时。",
        "起点：村委会",
        "终点：观景台",
        "禁止烟火",
        "",
        "巡护轨迹",
        "来源：护林员手机",
    ]
    with pytest.raises(DocumentError) as raised:
        extract(b"<kml><Document/></kml>", ".gpx", name="map.gpx")
    assert str(raised.value) == "map.gpx: is XML but no GPX file (its root is no <gpx>)"


def test_a_slides_line_setting_a_time_limit_is_content_not_the_pages_date() -> None:
    """The deck's 首批志愿者注册截止2026年6月30日前 had been taken for the page's date line (dropped) and the
    line above it for the title; a header's 数据更新时间 line stays metadata though it says 统计截至."""
    found = extract(PPTM.read_bytes(), ".pptm", name=PPTM.name)
    cleaned = clean_document(found.text, navigation=found.navigation)
    assert cleaned.title == "祁县“时间银行”互助养老"
    lines = cleaned.text.split("\n")
    assert lines[9:12] == [
        "也可以到所在社区的时间银行服务站登记",
        "首批志愿者注册截止2026年6月30日前",
        "讲解时提醒：未满16周岁的学生可以随家长参加服务，但不单独注册。",
    ]
    stats = PROJECT_ROOT / "eval/policy24/docs/江苏/泰兴市/泰兴市公交卡分类办理情况统计.tsv"
    table = extract(stats.read_bytes(), ".tsv", name=stats.name)
    head = "# 数据更新时间：2025-10-09 数据提供单位：泰兴市交通运输局 统计截至2025年9月30日\n"
    assert table.text.startswith(head)
    header = clean_document(table.text, navigation=table.navigation)
    assert (header.title, header.date) == (None, "2025-10-09")


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    plan = (
        "祁县时间银行互助养老服务实施办法\n"
        "一、年满16周岁、身体健康、具有服务能力的本县居民，均可以注册成为时间银行志愿者。\n"
        "二、志愿者为老年人提供服务，经服务对象确认后，按服务时长折算存入时间币。\n"
    )
    slides = (
        "祁县时间银行宣讲\n怎么注册？\n微信搜索祁县时间银行小程序，实名注册\n"
        "首批志愿者注册截止2026年6月30日前\n讲解时提醒：未满16周岁的学生可以随家长参加服务，但不单独注册。\n"
    )
    return index_docs({"办法.txt": plan, "宣讲.txt": slides}, tmp_path_factory, "deck")


def test_a_deadline_a_slide_states_in_a_line_of_its_own_answers_when(deck: Retriever) -> None:
    """The line is shaped like a section's name (short, no full stop, no amount) but states a day: it had
    been set aside as a heading, and the question declined as one no document dates (policy36 t03)."""
    found = ask(deck, "祁县时间银行首批志愿者注册截止到什么时候？")
    assert found.answerable
    assert [c.unit.text for c in found.claims] == ["首批志愿者注册截止2026年6月30日前"]


def test_a_folder_of_both_is_indexed_and_searched(tmp_path: Path) -> None:
    said, top = index_and_search(tmp_path, (LRC, GPX), "梅河口站 应急救护站 电话")
    assert "2 documents" in said and "skipped 0" in said
    assert "0435-4231207" in top["text"]
