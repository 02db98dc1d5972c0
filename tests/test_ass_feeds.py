"""Advanced SubStation subtitles (.ass, .ssa: what Aegisub saves), OpenDocument templates (.ott …) and a
portal's feed saved as .rss or .atom, as documents (indexer/subtitles.py, odf.py, xmldoc.py): eval/policy34's
files, written blind — which citeqa had skipped as unsupported — and the shapes such files take beyond
them."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.decode import DocumentError
from indexer.load import extract, read_document
from indexer.settings import PROJECT_ROOT
from tests.foldersearch import index_and_search
from tests.odfpackage import odf_package

DOCS = PROJECT_ROOT / "eval/policy34/docs"
ASS = DOCS / "江西/寻乌县/寻乌县农业保险政策解读（乡村振兴大讲堂第7期）.ass"
OTT = DOCS / "甘肃/陇西县/陇西县2026年完全成本保险投保分户清单（模板）.ott"
RSS = DOCS / "云南/宾川县/宾川县金融服务信息订阅.rss"


def test_the_talk_reads_as_its_sentences_its_programme_title_a_line_of_its_own() -> None:
    """The title shown over the whole talk (a Dialogue on a layer of its own, 0:00:00 to 0:01:12) had run
    into the first sentence; a figure cut between events (2026年5 | 月31日前) or by a colour tag
    ({\\c&H00FFFF&\\b1}60{\\r}元) reads whole; the Comment line and the speakers' names are no text."""
    lines = read_document(ASS).split("\n")
    assert lines[:3] == [
        "乡村振兴大讲堂·农业保险政策解读",
        "观众朋友们大家好，欢迎收看《乡村振兴大讲堂》。",
        "今天请来县农业农村局的同志，讲一讲农业保险。",
    ]
    assert "脐橙是地方特色险种，保额每亩4000元，省级奖补和县级财政一共补贴70%，农户每亩自缴60元。" in lines
    assert "脐橙保险今年要在2026年5月31日前投保，过了时间就不再承保了。" in lines
    assert "要及时报案，出险后要在48小时内报案，报案电话95518，保险公司会上门查勘定损。" in lines
    assert not any("校对" in line or "主持人" in line for line in lines)
    assert len(lines) == 12


def _ass(
    events: str, fields: str = "Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"
) -> bytes:
    return (f"[Script Info]\r\nScriptType: v4.00+\r\n\r\n[Events]\r\nFormat: {fields}\r\n{events}").encode()


def test_events_are_read_in_the_order_of_their_start_by_the_fields_their_format_names() -> None:
    """An SSA v4 file (Marked= first, its own Format), events listed out of order, a Text with commas, \\h a
    hard space, \\n a soft break, an override block alone on its event (no text)."""
    events = (
        "Dialogue: Marked=0,0:00:05.00,0:00:08.00,Default,NTP,0000,0000,0000,,"
        "每户补贴500元,\\h一次性发放。\r\n"
        "Dialogue: Marked=0,0:00:01.00,0:00:04.00,Default,NTP,0000,0000,0000,,{\\pos(10,20)}今年起\\n实施\r\n"
        "Dialogue: Marked=0,0:00:04.00,0:00:05.00,Default,NTP,0000,0000,0000,,{\\fad(200,200)}\r\n"
    )
    ssa = _ass(events, "Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text")
    assert extract(ssa, ".ssa", name="a.ssa").text == "今年起，实施，每户补贴500元, 一次性发放。"


def test_a_file_without_a_format_line_or_script_info_first_is_read_with_v4_fields() -> None:
    """A comment line before its sections, no Format line: the fields every v4+ file names; times with three
    decimals read as a fraction (0:00:02.500 ends before 0:00:03.00 starts, no title over it)."""
    ass = (
        "; 导出自字幕软件\n[Events]\n"
        "Dialogue: 0,0:00:01.000,0:00:02.500,Default,,0,0,0,,申报截止时间为\n"
        "Dialogue: 0,0:00:03.00,0:00:05.00,Default,,0,0,0,,6月30日。\n"
    )
    assert extract(ass.encode(), ".ass", name="a.ass").text == "申报截止时间为，6月30日。"


def test_a_file_of_no_events_is_refused_in_one_line() -> None:
    with pytest.raises(DocumentError) as raised:
        extract(_ass("Comment: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,校对\r\n"), ".ass", name="a.ass")
    assert str(raised.value) == "a.ass: has no timed cues; it is not a .ass subtitle file"


def test_the_template_reads_as_the_text_it_starts_its_fields_and_empty_table_kept() -> None:
    lines = read_document(OTT).split("\n")
    assert lines[:3] == [
        "陇西县2026年完全成本保险投保分户清单",
        "投保乡镇：<乡镇>\u3000村：<村名>\u3000填报日期：<日期>",
        "序号 | 农户姓名 | 身份证号 | 投保作物 | 投保面积（亩） | 自缴保费（元） | 农户签字",
    ]
    assert "1.玉米投保截止2026年5月20日前，冬小麦投保截止2026年10月15日前。" in lines


_TEXT = "<office:text><text:p>申报截止：6月30日</text:p></office:text>"


def test_a_template_is_read_by_its_mimetype_and_another_kind_refused_naming_it() -> None:
    assert (
        extract(odf_package("application/vnd.oasis.opendocument.text-template", _TEXT), ".ott").text
        == "申报截止：6月30日"
    )
    with pytest.raises(DocumentError, match=r"^a\.ott: is an OpenDocument spreadsheet"):
        extract(odf_package("application/vnd.oasis.opendocument.spreadsheet", _TEXT), ".ott", name="a.ott")


def test_the_feed_reads_each_item_under_its_title_a_cut_figure_whole() -> None:
    text = read_document(RSS)
    assert text.startswith("宾川县人民政府 - 金融服务\n")
    assert (
        "关于举办2026年普惠金融服务站站长培训班的通知\n各乡镇、各合作银行：\n"
        "县金融服务中心定于2026年3月24日至3月25日在县政务服务中心五楼会议室举办普惠金融服务站站长培训班。"
    ) in text
    assert "合作银行按存入风险补偿金的10倍发放贷款，单户信用贷款最高50万元。" in text


def test_an_atom_feed_is_read_as_the_xml_it_is() -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>县政府信息公开</title><entry><title>关于发放补贴的通知</title>"
        '<content type="html">&lt;p&gt;每户补贴&lt;b&gt;800&lt;/b&gt;元。&lt;/p&gt;</content></entry></feed>'
    )
    assert (
        extract(atom.encode(), ".atom", name="a.atom").text
        == "县政府信息公开\n关于发放补贴的通知\n每户补贴800元。"
    )


def test_a_folder_of_the_three_is_indexed_and_searched(tmp_path: Path) -> None:
    said, top = index_and_search(tmp_path, (ASS, OTT, RSS), "寻乌 脐橙 报案 电话")
    assert "3 documents" in said and "skipped 0" in said
    assert "95518" in top["text"]
