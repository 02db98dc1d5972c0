"""Kinds of file eval/policy25 (written blind) brought that citeqa had skipped: a video's subtitles (.srt,
.vtt), an OpenDocument presentation (.odp), a page Safari saved (.webarchive); and a page saved complete,
whose _files folder holds its styles, scripts and an iframe's saved_resource.html, not documents. A slide's
bullets are lines as written, not a wrapped paragraph (.pptx too)."""

from __future__ import annotations

import io
import plistlib
import subprocess
import zipfile
from pathlib import Path

import pytest

from indexer.decode import DocumentError
from indexer.lines import is_heading_line
from indexer.load import extract
from indexer.sources import iter_sources
from tests.conftest import CITEQA

SRT = (
    "\ufeff1\r\n00:00:01,200 --> 00:00:05,460\r\n各位观众朋友大家好\r\n\r\n"
    "2\r\n00:00:05,700 --> 00:00:10,280\r\n今年我县助学贷款的受理时间是\r\n\r\n"
    "3\r\n00:00:10,520 --> 00:00:14,460\r\n2025年7月1日至9月30日\r\n\r\n"
    "4\r\n00:00:14,700 --> 00:00:17,520\r\n需要带哪些材料呢？\r\n\r\n"
    "5\r\n00:00:21,000 --> 00:00:24,000\r\n<i>身份证</i>、户口簿\r\n"
)


def test_subtitles_are_their_spoken_text_a_line_a_sentence() -> None:
    """Cue numbers and timings gone, a cue without punctuation joined to the next by a comma, a line ended
    at a cue's end once it is 40 characters long, by a question mark and by a pause of two seconds."""
    read = extract(SRT.encode("utf-8"), ".srt", name="字幕.srt")
    assert read.title == "字幕"  # its file's name: its first line is speech, no title
    assert read.text == (
        "各位观众朋友大家好，今年我县助学贷款的受理时间是，2025年7月1日至9月30日\n需要带哪些材料呢？\n身份证、户口簿"
    )
    # the same in UTF-16, as Windows tools save it
    assert extract(SRT.encode("utf-16"), ".srt", name="字幕.srt").text == read.text


def test_a_vtt_drops_its_header_notes_voices_and_rolling_repeats() -> None:
    vtt = (
        "WEBVTT\n\nNOTE 自动生成\n\nSTYLE\n::cue { color: white }\n\n"
        "intro\n00:01.000 --> 00:02.000 align:start\n<v 主持人>各位好&amp;欢迎\n\n"
        "00:02.000 --> 00:03.000\n各位好&amp;欢迎\n今天讲托育补贴。\n\n"
        "00:03.000 --> 00:04.000\n每月<c.yellow>500元</c>\n"
    )
    assert extract(vtt.encode(), ".vtt", name="x.vtt").text == "各位好&欢迎，今天讲托育补贴。\n每月500元"


def test_a_long_run_of_cues_without_punctuation_ends_a_line_at_forty_characters() -> None:
    cues = [
        "毕业以后有5年的还本宽限期",
        "这期间只还利息",
        "提前还款不收取违约金",
        "最后提醒大家家长",
        "不要轻信代办贷款",
    ]
    srt = "".join(f"{n}\n00:00:{n:02d},000 --> 00:00:{n:02d},900\n{cue}\n\n" for n, cue in enumerate(cues, 1))
    lines = extract(srt.encode(), ".srt", name="x.srt").text.split("\n")
    assert lines == [
        "毕业以后有5年的还本宽限期，这期间只还利息，提前还款不收取违约金，最后提醒大家家长",
        "不要轻信代办贷款",
    ]


def test_a_file_without_cues_is_refused_in_one_line() -> None:
    with pytest.raises(DocumentError, match=r"has no timed cues; it is not a \.srt subtitle file"):
        extract("这不是字幕".encode(), ".srt", name="x.srt")


ODP_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def _frame(y: str, inner: str) -> str:
    return f'<draw:frame svg:x="1cm" svg:y="{y}"><draw:text-box>{inner}</draw:text-box></draw:frame>'


def _odp(pages: str, mimetype: str = "application/vnd.oasis.opendocument.presentation") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        content = f"<office:document-content {ODP_NS}><office:body><office:presentation>{pages}"
        archive.writestr(
            "content.xml", content + "</office:presentation></office:body></office:document-content>"
        )
        meta = f"<office:document-meta {ODP_NS}><office:meta><dc:title>学生资助政策宣讲</dc:title>"
        archive.writestr("meta.xml", meta + "</office:meta></office:document-meta>")
    return buffer.getvalue()


SLIDES = (
    # the title box written after the body, above it on the slide
    "<draw:page>"
    + _frame(
        "3.6cm",
        "<text:list><text:list-item><text:p>寄宿生生活补助：小学每生每年1000元</text:p></text:list-item>"
        "<text:list-item><text:p>非寄宿生生活补助：小学每生每年500元</text:p></text:list-item></text:list>",
    )
    + _frame("0.8cm", "<text:p>义务教育阶段</text:p>")
    + '<draw:frame svg:y="9cm"><table:table><table:table-row><table:table-cell><text:p>档次</text:p>'
    "</table:table-cell><table:table-cell><text:p>标准（元/生·年）</text:p></table:table-cell></table:table-row>"
    "<table:table-row><table:table-cell><text:p>一档</text:p></table:table-cell><table:table-cell>"
    "<text:p>3000</text:p></table:table-cell></table:table-row></table:table></draw:frame>"
    '<presentation:notes><draw:page-thumbnail/><draw:frame svg:y="1cm"><draw:text-box>'
    "<text:p>讲解：初中每生每年1250元</text:p></draw:text-box></draw:frame></presentation:notes>"
    "</draw:page>"
    "<draw:page>" + _frame("1cm", "<text:p>咨询电话：0735-4426510</text:p>") + "</draw:page>"
)


def test_a_presentations_slides_are_pages_in_reading_order_with_their_notes() -> None:
    read = extract(_odp(SLIDES), ".odp", name="课件.odp")
    assert read.title == "学生资助政策宣讲"
    assert read.text == (
        "义务教育阶段\n寄宿生生活补助：小学每生每年1000元\n非寄宿生生活补助：小学每生每年500元\n"
        "档次 | 标准（元/生·年）\n一档 | 3000\n讲解：初中每生每年1250元\n咨询电话：0735-4426510"
    )
    assert read.pages is not None and len(read.pages) == 2


def test_an_odp_that_is_another_kind_is_refused_naming_it() -> None:
    with pytest.raises(DocumentError, match=r"is an OpenDocument text, not a presentation; save it as \.odp"):
        extract(_odp(SLIDES, "application/vnd.oasis.opendocument.text"), ".odp", name="x.odp")
    with pytest.raises(DocumentError, match=r"is not a readable \.odp file"):
        extract(b"PK\x03\x04 broken", ".odp", name="x.odp")


def test_a_pptx_slides_bullets_stay_lines() -> None:
    """Bullets of one width had been joined as a wrapped paragraph (每生每年1000元义务教育：…)."""
    import pptx

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "学前教育和义务教育阶段"
    body = slide.placeholders[1].text_frame
    body.text = "学前教育：家庭经济困难幼儿资助，每生每年1000元"
    body.add_paragraph().text = "义务教育：免除学杂费，免费提供国家规定课程教科书"
    saved = io.BytesIO()
    deck.save(saved)
    assert extract(saved.getvalue(), ".pptx", name="x.pptx").text == (
        "学前教育和义务教育阶段\n学前教育：家庭经济困难幼儿资助，每生每年1000元\n"
        "义务教育：免除学杂费，免费提供国家规定课程教科书"
    )


def _strict(data: bytes) -> bytes:
    """A package as PowerPoint's or Excel's "Strict Open XML" save names its parts (the OPC names stay)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            body = source.read(name)
            for area in (b"presentationml", b"spreadsheetml", b"officeDocument", b"drawingml"):
                body = body.replace(
                    b"http://schemas.openxmlformats.org/" + area + b"/2006/",
                    b"http://purl.oclc.org/ooxml/" + area + b"/",
                )
            target.writestr(name, body)
    return out.getvalue()


def test_a_pptx_saved_as_strict_open_xml_is_read() -> None:
    """A deck PowerPoint saved as "Strict Open XML" was refused: python-pptx found no presentation part."""
    import pptx

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "文物看护员培训"
    slide.placeholders[1].text_frame.text = "看护员每月补贴450元"
    saved = io.BytesIO()
    deck.save(saved)
    data = _strict(saved.getvalue())
    assert b"http://purl.oclc.org/ooxml/presentationml/main" in data
    assert extract(data, ".pptx", name="x.pptx").text == "文物看护员培训\n看护员每月补贴450元"


def test_an_xlsx_saved_as_strict_open_xml_is_read() -> None:
    """A workbook Excel saved as "Strict Open XML" was refused: openpyxl found no workbook part."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["项目", "补贴标准"])
    sheet.append(["文物看护员", "每月450元"])
    saved = io.BytesIO()
    book.save(saved)
    data = _strict(saved.getvalue())
    assert b"http://purl.oclc.org/ooxml/spreadsheetml/main" in data
    assert extract(data, ".xlsx", name="x.xlsx").text == "x\n项目 | 补贴标准\n文物看护员 | 每月450元"


PAGE = (
    "<html><head><title>代县体育中心开放时间公告</title></head><body><div class='zhengwen'>"
    "<h1>代县体育中心开放时间公告</h1><p>代县体育中心自2025年4月1日起向社会免费或低收费开放。</p>"
    "<p>体育馆场地可通过微信公众号提前3天预约，每人每次限约1片。</p></div></body></html>"
)


def _webarchive(data: bytes, encoding: str = "UTF-8", kind: str = "text/html") -> bytes:
    main = {
        "WebResourceData": data,
        "WebResourceMIMEType": kind,
        "WebResourceTextEncodingName": encoding,
        "WebResourceURL": "http://www.daixian.gov.cn/zwgk/t1.shtml",
        "WebResourceFrameName": "",
    }
    css = {
        "WebResourceData": b"body{}",
        "WebResourceMIMEType": "text/css",
        "WebResourceURL": "http://x/s.css",
    }
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [css]}, fmt=plistlib.FMT_BINARY)


def test_a_webarchive_is_its_main_page_in_the_encoding_it_records() -> None:
    read = extract(_webarchive(PAGE.encode("gbk"), "GBK"), ".webarchive", name="公告.webarchive")
    assert read.title == "代县体育中心开放时间公告"
    assert "体育馆场地可通过微信公众号提前3天预约，每人每次限约1片。" in read.text
    plain = extract(_webarchive("开放时间：每天6:00—21:00".encode(), kind="text/plain"), ".webarchive")
    assert plain.text == "开放时间：每天6:00—21:00"


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"not a plist", r"is not a readable \.webarchive \(InvalidFileException\)"),
        (plistlib.dumps({"a": 1}), r"is not a web archive \(no main resource\)"),
        (_webarchive(b"\x89PNG", kind="image/png"), r"holds a image/png page, not text"),
    ],
)
def test_what_is_no_readable_webarchive_is_refused_in_one_line(data: bytes, said: str) -> None:
    with pytest.raises(DocumentError, match=said):
        extract(data, ".webarchive", name="x.webarchive")


def test_a_saved_pages_files_folder_is_no_documents(tmp_path: Path) -> None:
    """指南_files/saved_resource.html (an iframe's consultation widget) had been indexed as a document and
    its .css, .js and .png reported as unsupported, one line each."""
    docs = tmp_path / "docs"
    (docs / "阜平县" / "指南_files").mkdir(parents=True)
    (docs / "阜平县" / "指南.html").write_text(PAGE, encoding="utf-8")
    for name in ("saved_resource.html", "style.css", "jquery.min.js", "logo.png"):
        (docs / "阜平县" / "指南_files" / name).write_text("<p>在线咨询</p>", encoding="utf-8")
    # a folder named so with no page beside it is a folder of documents
    (docs / "资料_files").mkdir()
    (docs / "资料_files" / "通知.txt").write_text("托育补贴每月500元。", encoding="utf-8")
    read = [
        Path(s.name).relative_to(docs).as_posix()
        for s in iter_sources([docs])
        if not isinstance(s, DocumentError)
    ]
    assert read == ["资料_files/通知.txt", "阜平县/指南.html"]
    assert [e for e in iter_sources([docs]) if isinstance(e, DocumentError)] == []
    # the indexed folder itself may be named so
    assert [Path(s.name).name for s in iter_sources([docs / "资料_files"])] == ["通知.txt"]
    done = subprocess.run(
        [CITEQA, "index", str(docs), "--index", str(tmp_path / "index")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "2 documents" in done.stderr and "skipped 0" in done.stderr


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("家庭经济困难寄宿生生活补助：小学每生每年1000元，初中每生每年1250元", False),
        ("全日制普通本专科学生每人每年申请贷款额度不超过20000元", False),
        ("年满65周岁老人免票", False),
        ("三、补贴标准", True),
        ("2025年工作要点", True),
        ("第4章 附则", True),
    ],
)
def test_a_short_line_stating_an_amount_is_no_heading(line: str, heading: bool) -> None:
    """A slide's bullets have no full stop: 寄宿生生活补助…1250元 had been taken for a section's name, and so
    never quoted (eval/policy25 n05, blind)."""
    text = f"义务教育阶段\n{line}\n其他说明如下。"
    start = text.index(line)
    assert is_heading_line(text, start, start + len(line)) is heading


@pytest.mark.parametrize(
    ("srt", "text"),
    [
        # cues with no blank line between them: each number and timing is still no text
        (
            "1\n00:00:01,000 --> 00:00:02,000\n大家好\n2\n00:00:02,100 --> 00:00:03,000\n今天介绍。\n",
            "大家好，今天介绍。",
        ),
        # a header with no blank line after it
        (
            "WEBVTT\n00:00.000 --> 00:01.000\n第一句。\n\n00:01.000 --> 00:02.000\n第二句。\n",
            "第一句。\n第二句。",
        ),
        # a less-than is no tag; the same words twice are said twice
        ("1\n00:00:01,000 --> 00:00:02,000\n月收入<3000元或>5000元的家庭\n", "月收入<3000元或>5000元的家庭"),
        ("1\n00:00:01,000 --> 00:00:02,000\n谢谢\n\n2\n00:00:02,000 --> 00:00:03,000\n谢谢\n", "谢谢，谢谢"),
        # classic Mac line endings, and hours of four digits
        ("1\r1000:00:01,000 --> 1000:00:02,000\r第一句。\r", "第一句。"),
    ],
)
def test_subtitles_read_as_written_whatever_their_layout(srt: str, text: str) -> None:
    """A fault probe's findings: cue numbers and timings had stood in the text of a file without blank lines,
    a cue right after the header had been lost, 月收入<3000元或> read as a tag, 谢谢 said twice read once as
    a rolling caption, a CR-only file refused, four-digit hours dropped."""
    assert extract(srt.encode(), ".vtt" if srt.startswith("WEBVTT") else ".srt", name="x").text == text


def test_a_line_of_unclosed_tags_is_read_as_itself() -> None:
    """200,000 '<' had taken the tag pattern 52 s (each scanned to the line's end); now read once."""
    line = "<" * 200_000
    assert extract(f"1\n00:00:01,000 --> 00:00:02,000\n{line}\n".encode(), ".srt", name="x").text == line


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><plist version="1.0"><dict><key>WebMainResource</key><dict>',
        b'<?xml version="1.0" encoding="U-8"?><plist version="1.0"><dict/></plist>',
    ],
)
def test_a_damaged_xml_webarchive_is_refused_in_one_line(data: bytes) -> None:
    """expat's error and an unknown declared encoding had ended `citeqa index` with a traceback."""
    with pytest.raises(DocumentError, match=r"is not a readable \.webarchive \((ExpatError|LookupError)\)"):
        extract(data, ".webarchive", name="x.webarchive")


def test_a_webarchives_images_do_not_count_as_its_text() -> None:
    """A page with a 25 MB image had been refused as a text file over 20,000,000 bytes."""
    main = {
        "WebResourceData": PAGE.encode(),
        "WebResourceMIMEType": "text/html",
        "WebResourceURL": "http://x/",
    }
    image = {"WebResourceData": b"\x89PNG" + bytes(25_000_000), "WebResourceMIMEType": "image/png"}
    data = plistlib.dumps({"WebMainResource": main, "WebSubresources": [image]}, fmt=plistlib.FMT_BINARY)
    assert "提前3天预约" in extract(data, ".webarchive", name="x.webarchive").text


def test_a_repeated_cell_is_counted_before_it_is_made() -> None:
    """150,000 hanzi repeated into 16,384 columns had taken 4.8 GB before the bound said no."""
    cell = "<table:table-cell table:number-columns-repeated='16384'><text:p>" + "字" * 150_000 + "</text:p>"
    table = f"<draw:frame svg:y='1cm'><table:table><table:table-row>{cell}</table:table-cell>"
    bomb = _odp(f"<draw:page>{table}</table:table-row></table:table></draw:frame></draw:page>")
    with pytest.raises(DocumentError, match=r"has more than 5,000,000 characters"):
        extract(bomb, ".odp", name="bomb.odp")


def test_resource_folders_are_known_whatever_their_case(tmp_path: Path) -> None:
    (tmp_path / "d_FILES").mkdir()
    (tmp_path / "d.HTML").write_text(PAGE, encoding="utf-8")
    (tmp_path / "d_FILES" / "frame.html").write_text("<p>在线咨询</p>", encoding="utf-8")
    (tmp_path / "m_files").mkdir()  # beside a single-file .mht, a folder of documents
    (tmp_path / "m.mht").write_bytes(b"")
    (tmp_path / "m_files" / "a.txt").write_text("托育补贴每月500元。", encoding="utf-8")
    names = [Path(s.name).name for s in iter_sources([tmp_path]) if not isinstance(s, DocumentError)]
    assert sorted(names) == ["a.txt", "d.HTML", "m.mht"]


def _deck(slides: list[list[str]]) -> bytes:
    import pptx
    from pptx.util import Inches

    deck = pptx.Presentation()
    for lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        for i, line in enumerate(lines):
            slide.shapes.add_textbox(
                Inches(1), Inches(0.5 + i), Inches(8), Inches(0.8)
            ).text_frame.text = line
    saved = io.BytesIO()
    deck.save(saved)
    return saved.getvalue()


def test_a_slides_figure_at_its_edge_and_titles_numbered_in_turn_are_text() -> None:
    """A fault probe's findings: 3000 at a slide's foot had been dropped as a slide number, and 第1部分 …
    第3部分 as one running header numbered; a slide's own number and a footer on every slide still go."""
    assert extract(_deck([["资助金额", "每生每年", "3000"]]), ".pptx").text == "资助金额\n每生每年\n3000"
    parts = [
        ["第1部分", "资助对象是困难学生。"],
        ["第2部分", "补助标准每年一千元。"],
        ["第3部分", "咨询电话请见公告。"],
    ]
    assert extract(_deck(parts), ".pptx").text == (
        "第1部分\n资助对象是困难学生。\n第2部分\n补助标准每年一千元。\n第3部分\n咨询电话请见公告。"
    )
    footed = [[f"第{n}部分", f"正文{n}。", "桂阳县学生资助管理中心", str(n)] for n in (1, 2, 3)]
    assert extract(_deck(footed), ".pptx").pages == (
        "第1部分\n正文1。",
        "第2部分\n正文2。",
        "第3部分\n正文3。",
    )


def test_a_txt_excel_saved_as_unicode_text_is_read_as_its_table() -> None:
    """Excel's "Unicode text" save: UTF-16 with a byte-order mark, tab-separated, a cell holding a line break
    or a quote in quotes; it was read as lines, a cell's second line apart from its row (eval/policy27)."""
    rows = (
        "案件类别\t补贴标准（元/件）\t备注\r\n"
        '刑事案件\t1500\t"可能判处无期徒刑的案件\n按2倍计发"\r\n'
        '民事案件\t1800\t"按""件""计算"\r\n'
        '各类案件\t—\t"跨县办案的，\n另加交通补贴200元"\r\n'
    )
    read = extract("\ufeff".encode("utf-16-le") + rows.encode("utf-16-le"), ".txt", name="办案补贴标准.txt")
    assert read.text == (
        "办案补贴标准\n案件类别 | 补贴标准（元/件） | 备注\n"
        "刑事案件 | 1500 | 可能判处无期徒刑的案件 按2倍计发\n"
        '民事案件 | 1800 | 按"件"计算\n各类案件 | — | 跨县办案的， 另加交通补贴200元'
    )
    # … and a text whose first line holds no tab is read as text, however many tabs its lines hold
    prose = "补贴标准\n刑事案件\t1500元\n民事案件\t1800元\n行政案件\t1800元\n"
    assert extract(prose.encode("utf-8"), ".txt", name="x.txt").text == prose


def test_a_wps_et_workbook_is_read_as_the_xls_it_is() -> None:
    """WPS 表格 saves its workbooks as .et: an Excel 97-2003 workbook (BIFF8 in an OLE file) by another name,
    which was refused as an unsupported suffix."""
    xls = (
        Path(__file__).resolve().parents[1]
        / "eval/policy21/docs/安徽/明光市/明光市2025年夏季秸秆离田补助资金分配表.xls"
    )
    data = xls.read_bytes()
    read = extract(data, ".et", name="分配表.et")
    assert read.text == extract(data, ".xls", name="分配表.xls").text
    assert "合计" in read.text


def _zip_of(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, data)
    return out.getvalue()


def _xps(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """An XPS print: a FixedDocument listing its FixedPages, each of Glyphs (x, y, text) as given."""
    ns = 'xmlns="http://schemas.microsoft.com/xps/2005/06"'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "FixedDocSeq.fdseq",
            f'<FixedDocumentSequence {ns}><DocumentReference Source="/Documents/1/FixedDoc.fdoc"/>'
            "</FixedDocumentSequence>",
        )
        listed = "".join(f'<PageContent Source="Pages/{n}.fpage"/>' for n in range(1, len(pages) + 1))
        archive.writestr("Documents/1/FixedDoc.fdoc", f"<FixedDocument {ns}>{listed}</FixedDocument>")
        for n, glyphs in enumerate(pages, start=1):
            runs = "".join(
                f'<Glyphs OriginX="{x}" OriginY="{y}" FontRenderingEmSize="12" UnicodeString="{text}"/>'
                for x, y, text in glyphs
            )
            archive.writestr(
                f"Documents/1/Pages/{n}.fpage",
                f'<FixedPage {ns} Width="816" Height="1056">{runs}</FixedPage>',
            )
    return out.getvalue()


def test_an_xps_print_is_read_page_by_page_in_reading_order() -> None:
    """Windows' "Microsoft XPS Document Writer" prints to .xps: its runs are read where they are drawn (here
    drawn bottom-up), a line's runs left to right; it was refused as an unsupported suffix."""
    data = _xps(
        [
            [
                (96, 140, "气象信息员每人每年补贴600元。"),
                (96, 120, "四、气象信息员。"),
                (96, 96, "巴东县预警叫应服务流程"),
            ],
            [(200, 96, "补贴。"), (96, 96, "年底考核发放")],
        ]
    )
    read = extract(data, ".xps", name="流程.xps")
    assert read.pages is not None and len(read.pages) == 2
    assert (
        read.text
        == "巴东县预警叫应服务流程\n四、气象信息员。\n气象信息员每人每年补贴600元。\n年底考核发放补贴。"
    )
    with pytest.raises(DocumentError, match=r"is not an XPS document \(it holds no fixed pages\)"):
        extract(_zip_of("a.txt", b"x"), ".oxps", name="x.oxps")


def test_punctuated_subtitles_cut_by_the_screen_run_on_and_a_number_keeps_its_unit() -> None:
    """Subtitles that keep their punctuation are cut by the screen's width: a cue ending without a mark runs
    straight on (每户最高补贴 | 6000元 and 2026年6 | 月30日前 had been read 补贴，6000元 and 2026年6，月30日:
    eval/policy33, written blind); in subtitles without punctuation a cue's end is still a comma, but not
    between a number and its unit (30 | 日内)."""
    punctuated = [
        "今年全县要给250户家庭做改造，",
        "残疾人家庭每户最高补贴",
        "6000元，老年人家庭每户最高4000元。",
        "今年的申请要在2026年6",
        "月30日前交到乡镇。",
    ]
    vtt = "WEBVTT\n\n" + "".join(
        f"00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000\n<v 主任>{cue}</v>\n\n"
        for n, cue in enumerate(punctuated)
    )
    assert extract(vtt.encode(), ".vtt", name="x.vtt").text == (
        "今年全县要给250户家庭做改造，残疾人家庭每户最高补贴6000元，老年人家庭每户最高4000元。\n"
        "今年的申请要在2026年6月30日前交到乡镇。"
    )
    bare = ["我们会上门评估", "评估后30", "日内完成施工", "施工单位统一组织"]
    srt = "".join(f"{n}\n00:00:{n:02d},000 --> 00:00:{n:02d},900\n{cue}\n\n" for n, cue in enumerate(bare, 1))
    assert (
        extract(srt.encode(), ".srt", name="x.srt").text
        == "我们会上门评估，评估后30日内完成施工，施工单位统一组织"
    )
