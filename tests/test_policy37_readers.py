"""A translation job's XLIFF (.xlf), YouTube's SubViewer (.sbv) and SAMI (.smi) captions, an outline's OPML
(.opml) and a Jupyter notebook (.ipynb) as documents (indexer/xliff.py, subtitles.py, opml.py, notebook.py),
and a 0-byte file of any kind empty: eval/policy37's files, written blind — citeqa had skipped the five as
unsupported and the 0-byte .xlsx as a damaged workbook."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.clean import clean_document
from indexer.decode import DocumentError
from indexer.load import extract
from indexer.settings import PROJECT_ROOT
from indexer.subtitles import subtitle_text
from tests.foldersearch import index_and_search

DOCS = PROJECT_ROOT / "eval/policy37/docs"
XLF = DOCS / "云南/腾冲市/腾冲市禁毒举报宣传单_zh-CN_en-US.xlf"
SBV = DOCS / "四川/珙县/珙县禁毒 _ 走出阴霾 重新出发——社区康复人员帮扶故事.sbv"
SMI = DOCS / "贵州/赤水市/赤水城市书房宣传片（中文字幕）.smi"
OPML = DOCS / "湖南/沅陵县/沅陵县社区慈善基金培训提纲.opml"
IPYNB = DOCS / "广西/南丹县/南丹县农家书屋借阅数据分析（2025年）.ipynb"
EMPTY_XLSX = DOCS / "江西/余干县/附件2 无毒村（社区）创建验收评分表.xlsx"


def read(path: Path) -> tuple[list[str], str | None]:
    found = extract(path.read_bytes(), path.suffix, name=path.name)
    return found.text.split("\n"), found.title


def test_the_xliff_leaflet_is_its_chinese_side_with_the_hotline_whole() -> None:
    """memoQ's XLIFF 1.2 with a BOM: the zh-CN source read, the English targets and the job's header note no
    text; 0875-<bpt>&lt;b&gt;</bpt>5183110<ept>&lt;/b&gt;</ept> reads 0875-5183110; the untranslated last
    unit read all the same; titled by the document translated."""
    lines, title = read(XLF)
    assert title == "腾冲市禁毒举报宣传单"
    assert lines == [
        "腾冲市禁毒举报宣传单",
        "举报毒品违法犯罪，有奖！",
        "24小时禁毒举报热线：0875-5183110",
        "也可以拨打110，或者关注“腾冲禁毒”微信公众号在线举报。",
        "猴桥、滇滩口岸和各边境通道设有禁毒举报箱。",
        "举报人可以使用中文、缅甸语或者英语举报。",
        "举报查获海洛因、冰毒的，每克奖励30元，单起案件最高10万元；边民举报的，奖励上浮20%。",
        "举报人信息严格保密。",
        "腾冲市禁毒委员会办公室 2026年3月",
    ]


def test_an_xliff_whose_target_is_chinese_reads_its_targets_and_2_0_its_segments() -> None:
    """A Chinese target is the side read (a missing one falls back to the source); <g> and <pc> mark text,
    <ph>, <x/> stand for code; a unit's translation-memory match (<alt-trans>) is no text."""
    job = (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="C:\\稿件\\养老补贴告知书.docx" source-language="en-US" target-language="zh-CN" '
        'datatype="plaintext"><body><group id="g1">'
        '<trans-unit id="1"><source>Subsidy notice</source><target>养老<g id="1">补贴</g>告知书</target>'
        "</trans-unit>"
        '<trans-unit id="2"><source>Call 0851-6821345</source>'
        '<target>咨询电话：0851-<ph id="1">&lt;b&gt;</ph>6821<x id="2"/>345</target>'
        "<alt-trans><target>旧译文</target></alt-trans></trans-unit>"
        '<trans-unit id="3"><source>Not translated yet.</source></trans-unit>'
        "</group></body></file></xliff>"
    ).encode()
    found = extract(job, ".xliff", name="job.xliff")
    assert found.title == "养老补贴告知书"
    assert found.text.split("\n") == ["养老补贴告知书", "咨询电话：0851-6821345", "Not translated yet."]
    second = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">'
        '<file id="f1"><unit id="u1"><originalData><data id="d1">&lt;b&gt;</data></originalData>'
        '<segment><source>申请截止<pc id="1" dataRefStart="d1">6月30日</pc>。</source>'
        "<target>Deadline June 30.</target></segment><ignorable><source> </source></ignorable>"
        '<segment><source>逾期<ph id="2" dataRef="d1"/>不受理。</source></segment></unit></file></xliff>'
    ).encode()
    found = extract(second, ".xlf", name="job.xlf")
    assert (found.text, found.title) == ("申请截止6月30日。 逾期不受理。", None)


def test_xml_of_another_kind_or_none_is_no_xliff() -> None:
    with pytest.raises(DocumentError) as raised:
        extract(b'<?xml version="1.0"?><kml><Document/></kml>', ".xlf", name="map.xlf")
    assert str(raised.value) == "map.xlf: is XML but no XLIFF file (its root is no <xliff>)"
    not_xml = r"^job\.xlf: is not well-formed XML \(.*\); it is no XLIFF file$"
    with pytest.raises(DocumentError, match=not_xml):
        extract(b"<xliff><file>", ".xlf", name="job.xlf")
    with pytest.raises(DocumentError) as raised:
        extract(b'<xliff version="1.2"><file><body/></file></xliff>', ".xlf", name="empty.xlf")
    assert str(raised.value) == "empty.xlf: holds no translation units with text; nothing to index"


def test_the_sbv_story_joins_the_hotline_cut_between_cues() -> None:
    """SubViewer's 0:00:29.100,0:00:32.500 timings; 心理咨询热线是0831-44 | 12680 one number again."""
    lines, title = read(SBV)
    assert title == "珙县禁毒 _ 走出阴霾 重新出发——社区康复人员帮扶故事"
    assert lines == [
        "（音乐）在珙县巡场镇的一家茶叶加工厂，小陈正在分拣新茶。",
        "三年前，他因为吸毒被责令接受社区康复。",
        "小陈：那时候觉得这辈子完了，是禁毒社工一直陪着我。",
        "社工刘**：我们县禁毒社工站在巡场镇新街28号，康复人员每周三上午到社工站集中尿检，"
        "需要心理辅导的也可以预约，心理咨询热线是0831-4412680，工作日都有人接听。",
        "旁白：去年，珙县有19家爱心企业吸纳康复人员就业。",
        "小陈：现在我签了两年的合同，每个月工资3200元，等攒够了钱，想自己开个小茶店。",
        "旁白：远离毒品，珍爱生命。珙县融媒体中心出品",
    ]


def test_sbv_cues_are_numbered_by_nothing_and_latin_numbers_keep_their_space() -> None:
    """A cue's last line of digits is its words, not the next cue's number (as in .srt); two numbers of
    English text are two, a number of Chinese cut between cues one."""
    captions = (
        "0:00:01.000,0:00:03.000\nThe hotline opened in 2025\n\n"
        "0:00:03.000,0:00:05.000\n10 people answer it.\n\n"
        "0:00:08.000,0:00:10.000\n热线号码是：\n12345\n\n"
        "0:00:14.000,0:00:16.000\n或者拨打0831-44\n\n"
        "0:00:16.000,0:00:18.000\n12680\n"
    )
    assert subtitle_text(captions).split("\n") == [
        "The hotline opened in 2025 10 people answer it.",
        "热线号码是：12345",
        "或者拨打0831-4412680",
    ]
    with pytest.raises(DocumentError) as raised:
        extract("字幕稿：没有时间轴\n".encode(), ".sbv", name="稿.sbv")
    assert str(raised.value) == "稿.sbv: has no timed cues; it is not a .sbv subtitle file"


def test_the_sami_captions_in_gbk_read_with_the_opening_hours_whole() -> None:
    """GBK, CRLF, <P> unclosed, &nbsp; clearing the screen, <br> a line break inside a caption; 每天9:00至 |
    21:00开放 one sentence; the <TITLE> the title."""
    lines, title = read(SMI)
    assert title == "赤水城市书房宣传片"
    assert lines[1:] == [
        "第一批7家城市书房已经全部开放，每天9:00至21:00开放，节假日不休息。",
        "凭身份证或社保卡就能免押金借书，借的书可以在全市任何一家书房归还。",
        "丹霞书房、竹海书房、河滨书房……",
        "总有一间，离你不远。",
    ]
    assert lines[0].startswith("赤水市图书馆 出品")
    assert not any("宋体" in line or "ZHCNCC" in line or "nbsp" in line for line in lines)


def test_sami_of_two_languages_reads_the_chinese_class() -> None:
    captions = (
        "<SAMI><HEAD><TITLE>政策解读</TITLE><STYLE><!-- .ENUSCC {lang:en-US;} .ZHCNCC {lang:zh-CN;} -->"
        "</STYLE></HEAD>\n<BODY>\n"
        "<SYNC Start=1000><P Class=ENUSCC>Apply before June 30.<P Class=ZHCNCC>申请截止到\n"
        "<SYNC Start=2500><P Class=ENUSCC>&nbsp;<P Class=ZHCNCC>6月30日，<br>逾期不再受理。\n"
        "<!-- <SYNC Start=3000><P Class=ZHCNCC>注释里的字幕 -->\n"
        '<SYNC Start="4000"><P Class=ZHCNCC>&nbsp;\n'
        "<SYNC Start=9000><P Class=ZHCNCC>咨询电话：12345\n</BODY></SAMI>\n"
    )
    found = extract(captions.encode("gb18030"), ".sami", name="解读.sami")
    assert found.title == "政策解读"
    assert found.text.split("\n") == ["申请截止到6月30日，逾期不再受理。", "咨询电话：12345"]
    with pytest.raises(DocumentError) as raised:
        extract(b'<smil><body><video src="a.mp4"/></body></smil>', ".smi", name="play.smi")
    assert str(raised.value) == "play.smi: has no timed cues with text; it is not a .smi subtitle file"


def test_the_outline_reads_each_node_and_note_with_the_date_a_bold_span_cut_whole() -> None:
    """幕布's OPML: text and _note a line each, 2026年9月&lt;span class=&quot;bold&quot;&gt;5&lt;/span&gt;日
    whole, the URL-encoded _mubu_text copies no text; cleaning keeps the dated node (no page's date line) and
    the head's title first."""
    found = extract(OPML.read_bytes(), ".opml", name=OPML.name)
    assert found.title == "沅陵县社区慈善基金培训提纲"
    lines = found.text.split("\n")
    assert lines[:4] == [
        "沅陵县社区慈善基金培训提纲",
        "一、什么是社区（村）慈善基金",
        "在县慈善会设立、以本村（社区）命名，钱只用于本村（社区）",
        "二、怎么设立",
    ]
    assert lines[10:13] == [
        "线下：到县慈善会现场捐款",
        "集中募捐：2026年9月5日“中华慈善日”全县集中开展",
        "各村提前一周发动",
    ]
    assert lines[-1] == "县慈善会办公室：0745-4223608"
    assert len(lines) == 19
    assert not any("%E" in line or "span" in line for line in lines)
    cleaned = clean_document(found.text, navigation=found.navigation, header=found.header)
    assert (cleaned.title, cleaned.date, cleaned.text) == ("沅陵县社区慈善基金培训提纲", None, found.text)


def test_an_outline_of_titles_and_other_xml() -> None:
    outline = (
        '<?xml version="1.0"?><opml version="1.0"><head><title>订阅</title></head><body>'
        '<outline title="政策发布" xmlUrl="http://example.cn/rss">'
        '<outline text="解读&lt;br&gt;问答"/></outline>'
        "</body></opml>"
    ).encode()
    found = extract(outline, ".opml", name="feeds.opml")
    assert (found.title, found.text) == ("订阅", "订阅\n政策发布\n解读\n问答")
    with pytest.raises(DocumentError) as raised:
        extract(b"<rss><channel/></rss>", ".opml", name="feed.opml")
    assert str(raised.value) == "feed.opml: is XML but no OPML outline (its root is no <opml>)"


def test_the_notebook_is_its_markdown_and_results_not_its_code() -> None:
    """Markdown read as .md is (**4.37**万册次 reads 4.37万册次), stdout and the DataFrame's table (its row
    numbers left out) read; the code, the chart's PNG and its <Figure …> repr not."""
    lines, title = read(IPYNB)
    assert title == "南丹县农家书屋借阅数据分析（2025年）"
    assert [line for line in lines if line] == [
        "南丹县农家书屋借阅数据分析（2025年）",
        "数据来源：县委宣传部农家书屋管理系统导出（2026-01-06），分析：县融媒体中心数据组。",
        "(38604, 7)",
        "乡镇 | 书屋数 | 借阅册次 | 屋均册次",
        "芒场镇 | 15 | 6380 | 425.3",
        "大厂镇 | 18 | 6046 | 335.9",
        "六寨镇 | 16 | 5314 | 332.1",
        "城关镇 | 14 | 5127 | 366.2",
        "车河镇 | 12 | 3921 | 326.8",
        "书屋",
        "芒场镇巴平村书屋 | 2186",
        "大厂镇拉易村书屋 | 1903",
        "城关镇甲坪村书屋 | 1744",
        "Name: 册数, dtype: int64",
        "结论",
        "1. 2025年全县农家书屋借阅总量4.37万册次，比上年增长18.6%。",
        "2. 借阅量最高的书屋是芒场镇巴平村书屋（2186册次），最低的3个书屋全年不足50册次，建议纳入重点督导。",
        "3. 三个民族乡屋均借阅量偏低，建议增配少儿读物和农业技术类图书。",
    ]
    assert not any("read_excel" in line or "Figure" in line or "iVBOR" in line for line in lines)


def test_an_nbformat_3_notebook_and_json_of_no_cells() -> None:
    """stderr, an error's traceback and an object's repr are no text."""
    notebook = (
        '{"nbformat": 3, "metadata": {"name": ""}, "worksheets": [{"cells": ['
        '{"cell_type": "heading", "level": 1, "source": ["补贴测算"]},'
        '{"cell_type": "code", "input": ["print(\'合计：120万元\')"], "outputs": ['
        '{"output_type": "stream", "stream": "stdout", "text": ["合计：120万元\\n"]},'
        '{"output_type": "stream", "stream": "stderr", "text": ["FutureWarning: 乡镇\\n"]},'
        '{"output_type": "pyout", "text": ["<matplotlib.axes._subplots.AxesSubplot at 0x7f3a>"]},'
        '{"output_type": "pyerr", "ename": "KeyError", "evalue": "x", "traceback": ["KeyError: 乡镇"]}]},'
        '{"cell_type": "markdown", "source": "人均补贴**600**元。"}]}]}'
    ).encode()
    found = extract(notebook, ".ipynb", name="测算.ipynb")
    assert (found.text, found.title) == ("补贴测算\n合计：120万元\n人均补贴600元。", None)
    with pytest.raises(DocumentError) as raised:
        extract(b'{"data": [1, 2]}', ".ipynb", name="data.ipynb")
    assert str(raised.value) == "data.ipynb: is JSON but no Jupyter notebook (it has no cells)"
    with pytest.raises(DocumentError) as raised:
        extract(b"print(1)", ".ipynb", name="code.ipynb")
    assert str(raised.value) == (
        "code.ipynb: is not valid JSON (Expecting value: line 1 column 1 (char 0)); it is no Jupyter notebook"
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".pptx", ".docx", ".pdf", ".srt", ".xlf", ".opml", ".ipynb"])
def test_a_zero_byte_file_of_any_kind_is_empty(suffix: str) -> None:
    """As an empty .txt is (ingest.prepare_extracted) — not a damaged workbook (File is not a zip file)."""
    with pytest.raises(DocumentError) as raised:
        extract(b"", suffix, name=f"新建{suffix}")
    assert str(raised.value) == f"新建{suffix}: is empty; nothing to index"
    if suffix == ".xlsx":
        with pytest.raises(DocumentError, match=r"is empty; nothing to index$"):
            extract(EMPTY_XLSX.read_bytes(), ".xlsx", name=EMPTY_XLSX.name)


def test_a_folder_of_the_five_is_indexed_and_searched(tmp_path: Path) -> None:
    said, top = index_and_search(tmp_path, (XLF, SBV, SMI, OPML, IPYNB), "沅陵 慈善基金 集中募捐 哪一天")
    assert "5 documents" in said and "skipped 0" in said
    assert "2026年9月5日“中华慈善日”" in top["text"]
