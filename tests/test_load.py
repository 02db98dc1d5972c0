"""Loading files: encoding detection, binary rejection, HTML/.docx/.pdf extraction."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from indexer.load import (
    SUPPORTED_SUFFIXES,
    decode_bytes,
    extract,
    extract_text,
    html_to_text,
    read_document,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SIMPLIFIED = (SEEDS / "001_23f8d249a03d504e.txt").read_text(encoding="utf-8")
TRADITIONAL = (SEEDS / "000_b2aa1ed1528afdcc.txt").read_text(encoding="utf-8")


def _round_trip(text: str, codec: str) -> tuple[str, str]:
    """(what ``codec`` can carry of ``text``, what decode_bytes makes of its bytes)."""
    data = text.encode(codec, errors="ignore")
    return data.decode(codec), decode_bytes(data)


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
@pytest.mark.parametrize("length", [None, 200, 40, 12])
def test_simplified_round_trips(codec: str, length: int | None) -> None:
    expected, decoded = _round_trip(SIMPLIFIED[:length], codec)
    assert decoded == expected


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "big5", "cp950"])
@pytest.mark.parametrize("length", [None, 200, 40, 12])
def test_traditional_round_trips(codec: str, length: int | None) -> None:
    expected, decoded = _round_trip(TRADITIONAL[:length], codec)
    assert decoded == expected


def test_bom_is_dropped() -> None:
    assert decode_bytes("厚植人才".encode("utf-8-sig")) == "厚植人才"
    assert decode_bytes("厚植人才".encode("utf-16")) == "厚植人才"


def test_empty_bytes_are_empty_text() -> None:
    assert decode_bytes(b"") == ""


@pytest.mark.parametrize("tail", [b"\x1a", b"\x00", b"\x00\x00\x00\x1a"])
def test_an_end_of_file_marker_or_nul_padding_is_no_content(tail: bytes) -> None:
    """A fault probe: a UTF-8 .txt ending in a DOS Ctrl-Z or a NUL was refused whole as binary."""
    text = "某地设立人才公寓，每户补贴三千元。"
    assert decode_bytes(text.encode() + tail) == text
    assert decode_bytes(text.encode("gb18030") + tail) == text
    # UTF-16 text holds NULs throughout: its last one is content, not padding
    assert decode_bytes("人才abc".encode("utf-16-le")) == "人才abc"


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04\x14\x00\x00\x00" + bytes(range(256)),  # a zip (docx) renamed to .txt
        b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 4,
        bytes(range(1, 256)) * 8,  # no NUL, but control bytes everywhere
        os.urandom(4096).replace(b"\x00", b"\x01"),
    ],
)
def test_binary_is_rejected(data: bytes) -> None:
    with pytest.raises(ValueError, match="is not a text file"):
        extract_text(data, ".txt", name="upload.txt")


def test_utf32_and_a_utf16_file_of_odd_length_are_read() -> None:
    """A fault probe: UTF-32 with its byte-order mark was read as UTF-16 full of NULs and refused as binary;
    UTF-16 with one byte appended was refused with Python's "'utf-16-le' codec can't decode byte 0x00 in
    position 1602: truncated data". The incomplete last code unit is no character."""
    text = "运城市拿出150个事业编制作为人才引进事业编制周转池。"
    assert decode_bytes(text.encode("utf-32")) == text
    assert decode_bytes(b"\x00\x00\xfe\xff" + text.encode("utf-32-be")) == text
    assert decode_bytes(text.encode("utf-16") + b"\n") == text
    assert decode_bytes(b"\xfe\xff" + text.encode("utf-16-be") + b"\x0a") == text
    with pytest.raises(ValueError) as refused:
        decode_bytes(
            b"\xff\xfe" + "人才".encode("utf-16-le") + b"\x00\xd8" + "编制".encode("utf-16-le"), name="a.txt"
        )
    assert str(refused.value) == (
        "a.txt: starts with a UTF-16 byte-order mark but is not UTF-16 at byte 6 (illegal UTF-16 surrogate); "
        "save it again as UTF-8"
    )


def test_utf8_with_a_few_bad_bytes_is_refused_naming_them() -> None:
    """A fault probe: a UTF-8 file with a Latin-1 line appended, or a byte damaged, was refused as "not a
    text file (binary content or an unknown encoding)", which sends its user looking for the wrong thing."""
    text = "运城市拿出150个事业编制作为人才引进事业编制周转池，专门用于引进高层次人才。\n" * 20
    with pytest.raises(ValueError) as refused:
        decode_bytes(text.encode() + "Café résumé\n".encode("latin-1"), name="a.txt")
    assert str(refused.value) == (
        "a.txt: is UTF-8 but for 3 byte sequences that are not (the first at byte 2,243: 0xe9); correct or "
        "remove them, or save the file again as UTF-8"
    )
    with pytest.raises(ValueError) as refused:
        decode_bytes(text.encode()[:90] + b"\xff" + text.encode()[90:], name="b.txt")
    assert str(refused.value) == (
        "b.txt: is UTF-8 but for 1 byte sequence that is not (the first at byte 90: 0xff); correct or "
        "remove it, or save the file again as UTF-8"
    )
    with pytest.raises(ValueError) as refused:
        decode_bytes((("人" * 30 + "\n").encode() + b"\xff\xfe") * 2000, name="c.txt")
    assert str(refused.value).startswith("c.txt: is UTF-8 but for at least 1,000 byte sequences that are not")


def test_latin1_text_still_decodes() -> None:
    assert decode_bytes("Grüße aus München, café".encode("latin-1")) == "Grüße aus München, café"


PORTUGUESE = (
    "O governo anunciou hoje um novo programa de apoio às pequenas empresas. As candidaturas abrem na "
    "próxima semana e o prazo termina no final do mês. Segundo o ministro, a medida vai ajudar milhares de "
    "famílias."
)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Café naïve £5", "latin-1"),  # was 'Cafﻠ naﺅve ۲5' (the detector's cp1006)
        ("Menu\n“Déjà vu” breakfast \u2013 €3.\nCrème brûlée, £4.\n", "cp1252"),  # was 'Déjŕ', 'Crčme', 'Ł4'
        ("“Smart quotes” \u2014 and a déjà vu for €3. Don’t worry… it’s fine.", "cp1252"),  # was 'déją'
        (PORTUGUESE, "latin-1"),  # was 'ŕs', 'męs' (cp1250)
    ],
)
def test_western_text_in_latin1_or_windows1252_decodes(text: str, codec: str) -> None:
    """A fault probe: English (or French, Portuguese) files among Chinese ones, saved in Latin-1 or
    Windows-1252, were read in the detector's guess — Arabic, Baltic or Central European letters for à é £."""
    assert decode_bytes(text.encode(codec)) == text


CROATIAN = (
    "Vlada je danas najavila novi program potpore za mala poduzeća. Prijave će se otvoriti sljedeći tjedan, "
    "a rok ističe krajem mjeseca. Prema riječima ministra, mjera će pomoći tisućama obitelji i otvoriti "
    "radna mjesta u ruralnim regijama, gdje se broj stanovnika smanjuje."
)
HUNGARIAN = (
    "A kormány ma új támogatási programot jelentett be a kisvállalkozások számára. A pályázatok jövő héten "
    "nyílnak meg, a határidő a hónap végén jár le. A miniszter szerint az intézkedés családok ezreinek segít "
    "majd, és munkahelyeket teremt a vidéki régiókban, ahol a népesség csökkent."
)
POLISH = (
    "Rząd ogłosił dziś nowy program wsparcia dla małych firm. Wnioski będzie można składać od przyszłego "
    "tygodnia, a termin upływa z końcem miesiąca."
)
RUSSIAN = "Правительство объявило о новой программе поддержки малого бизнеса."  # noqa: RUF001


@pytest.mark.parametrize(
    ("text", "codec"),
    [(CROATIAN, "cp1250"), (HUNGARIAN, "cp1250"), (POLISH, "cp1250"), (RUSSIAN, "cp1251")],
)
def test_other_code_pages_are_not_taken_for_windows1252(text: str, codec: str) -> None:
    """Text in Latin script read in Windows-1252 looks Western too (č as è, ő as õ): many accented letters,
    signs inside words (ł as ³) or a better fit of the detector's language keep its own code page."""
    assert decode_bytes(text.encode(codec)) == text


KOREAN = (
    "대한민국 헌법은 국민의 기본권을 보장한다. 모든 국민은 인간으로서의 존엄과 가치를 가지며, 행복을 추구할 "
    "권리를 가진다. 국가는 개인이 가지는 불가침의 기본적 인권을 확인하고 이를 보장할 의무를 진다."
)


@pytest.mark.parametrize("codec", ["euc-kr", "cp949"])
def test_korean_in_euc_kr_is_read_as_korean(codec: str) -> None:
    """A fault probe: Korean saved in EUC-KR decodes strictly as GB18030 into everyday characters (措茄刮惫
    清过篮 for 대한민국 헌법은) and was indexed as that. Its Hangul rows are GB2312's rows a to r, which
    Chinese of 12 or more characters never keeps to; a shorter Korean text cannot be told apart."""
    assert decode_bytes(KOREAN.encode(codec)) == KOREAN
    assert decode_bytes("안녕하세요".encode(codec)) == "救崇窍技夸"


@pytest.mark.parametrize(
    "question",
    [
        "富豪超级奥林比安10.6（ASV）后改被什么车取代？",
        "被流放的塞雷茨创立了什么党派？",
        "华北陆块面积达多少平方公里？",
    ],
)
def test_chinese_mostly_in_the_hangul_rows_stays_chinese(question: str) -> None:
    """The cmrc2018 questions with the most characters in those rows (15 of 16, 13 of 14, 12 of 13)."""
    assert decode_bytes(question.encode("gbk")) == question


PAGE = """<html><head><title>运城市人才编制周转池 - 运城市人民政府</title>
<meta name="date" content="2023-02-06"><meta property="og:site_name" content="运城市人民政府"></head><body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li>
<li><a href="/gk">政务公开</a></li></ul></nav>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>
<article><h1>运城市人才编制周转池</h1>
<p>运城市拿出150个事业编制作为人才引进事业编制周转池，用于引进高层次人才和急需紧缺人才。</p>
<p>截至目前，已有86名博士通过周转池入编，分布在全市各高校、医院和科研院所。</p>
<table><tr><th>年份</th><th>引进人数</th></tr><tr><td>2022</td><td>40</td></tr><tr><td>2023</td><td>46</td></tr></table>
</article>
<footer><p>版权所有 运城市人民政府 晋ICP备12345号</p>
<p><a href="/about">关于我们</a> | <a href="/map">网站地图</a></p>
</footer></body></html>"""


def test_html_main_text_title_date_site_and_tables() -> None:
    extracted = extract(PAGE.encode("gb18030"), ".HTM", name="page.htm")
    assert extracted.text == (
        "运城市人才编制周转池\n"
        "运城市拿出150个事业编制作为人才引进事业编制周转池，用于引进高层次人才和急需紧缺人才。\n"
        "截至目前，已有86名博士通过周转池入编，分布在全市各高校、医院和科研院所。\n"
        "年份 | 引进人数\n2022 | 40\n2023 | 46"
    )
    assert (extracted.title, extracted.date, extracted.source) == (
        "运城市人才编制周转池",
        "2023-02-06",
        "运城市人民政府",
    )
    assert html_to_text(PAGE) == extracted.text


def test_markdown_is_text_without_its_markup() -> None:
    """A third policy collection's .md notices kept 「## 三、申报时间」 and 「1. **基础类**：…」 as written:
    the emphasis marks were in every quote and the heading was no heading."""
    markdown = (
        "# 标题\n\n> 发布时间：2024-07-22\n\n## 一、改造内容\n\n1. **基础类**：水电气路改造；\n"
        "2. __完善类__：[加装电梯](https://example.cn/dt)。\n\n"
        "| 项目 | 标准 |\n|---|---|\n| 托位 | 10000元 |\n\n"
        "---\n\n```\n**原样**\n```\n- 申请表；\n"
    )
    assert extract_text(markdown.encode(), ".md").split("\n") == [
        "标题",
        "",
        "发布时间：2024-07-22",
        "",
        "一、改造内容",
        "",
        "1. 基础类：水电气路改造；",
        "2. 完善类：加装电梯。",
        "",
        "项目 | 标准",
        "托位 | 10000元",
        "",
        "",
        "**原样**",
        "- 申请表；",
        "",
    ]


def test_docx_extraction() -> None:
    docx = pytest.importorskip("docx", reason="python-docx is not installed")
    document = docx.Document()
    document.add_paragraph("在全市校企校地人才合作暨产学研对接推进会上的讲话")
    document.add_paragraph("")
    document.add_paragraph("今天我们在*学院召开推进会。")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "甲"
    table.rows[0].cells[1].text = "乙"
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text(buffer.getvalue(), ".docx") == (
        "在全市校企校地人才合作暨产学研对接推进会上的讲话\n今天我们在*学院召开推进会。\n甲 | 乙"
    )


def test_corrupt_docx_and_pdf_are_rejected() -> None:
    with pytest.raises(ValueError, match=r"not a readable \.docx"):
        extract_text(b"not a zip", ".docx")
    with pytest.raises(ValueError, match=r"not a readable \.pdf"):
        extract_text(b"not a pdf", ".pdf")


def _damaged_docx(part: str, content: str | None) -> bytes:
    """A Word document with ``part`` replaced by ``content`` (None: left out)."""
    docx = pytest.importorskip("docx", reason="python-docx is not installed")
    document = docx.Document()
    document.add_paragraph("人才补贴五万元")
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(out, "w") as damaged:
        for entry in source.infolist():
            if entry.filename != part:
                damaged.writestr(entry, source.read(entry))
            elif content is not None:
                damaged.writestr(entry, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("part", "content", "why"),
    [
        # a probe: these had read "('lxml.etree._Element' object has no attribute 'overrides')"
        ("[Content_Types].xml", "<x/>", "a part of it is XML but not what Word writes there"),
        ("word/document.xml", "<x/>", "a part of it is XML but not what Word writes there"),
        ("word/document.xml", None, "There is no item named 'word/document.xml' in the archive"),
        ("_rels/.rels", "garbage", "broken XML: Start tag expected, '<' not found, line 1, column 1"),
    ],
)
def test_a_damaged_docx_says_what_is_wrong_in_the_senders_terms(
    part: str, content: str | None, why: str
) -> None:
    with pytest.raises(ValueError) as raised:
        extract(_damaged_docx(part, content), ".docx", name="报告.docx")
    assert str(raised.value).startswith(f"报告.docx: is not a readable .docx file ({why}")
    assert str(raised.value).endswith("); re-save it from Word or upload text")
    assert "lxml" not in str(raised.value)


def test_pdf_without_text_is_rejected() -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf is not installed")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ValueError, match="no extractable text"):
        extract_text(buffer.getvalue(), ".pdf")


def test_unknown_suffix_names_supported_ones() -> None:
    with pytest.raises(
        ValueError,
        match=r"\.txt, \.md, \.html, \.htm, \.docx, \.doc, \.wps, \.pdf, \.xlsx, \.xls, \.csv, "
        r"\.mht, \.mhtml, \.rtf, \.pptx, \.ofd, \.odt, \.eml, \.json, \.ods, \.tsv, \.xml, \.epub, \.odp, "
        r"\.webarchive, \.srt, \.vtt, \.et, \.xps, \.oxps, \.shtml, \.shtm, \.xhtml, \.aspx, \.asp, \.jsp, "
        r"\.php, \.jhtml, \.do, \.action, \.cfm, \.nsf, \.docm, \.dotx, \.dotm, \.xlsm, \.xltx, \.xltm, "
        r"\.pptm, \.ppsx, \.ppsm, \.potx, \.potm, \.msg, \.ppt, \.pps, \.pot, \.dps, \.fodt, \.fods, \.fodp, "
        r"\.xlsb, \.geojson, \.svg, \.uof, \.uot, \.uos, \.uop, \.vcf, \.odg, \.mbox, \.ott, \.ots, \.otp, "
        r"\.otg, \.rss, \.atom, \.ass, \.ssa, \.sxw, \.stw, \.sxc, \.stc, \.sxi, \.sti, \.sxd, \.std, "
        r"\.ttml, \.dfxp, \.kml, \.kmz, \.lrc, \.gpx, \.xlf, \.xliff, \.sbv, \.smi, \.sami, \.opml, \.ipynb, "
        r"\.xmind, \.mm, \.vsdx, \.yaml, \.yml, \.tmx, \.enex, \.warc, \.warc\.gz, \.har, \.po, \.tex, "
        r"\.sql, \.ics, \.dbf, \.db, \.sqlite, \.sqlite3, \.rst, \.jsonl, \.ndjson, \.emlx, \.fb2, "
        r"\.gnumeric, \.adoc, \.asciidoc, \.org, \.wiki, \.mediawiki, \.toml, \.gz, \.ris, \.bib, "
        r"\.drawio, \.km, \.properties, \.plist, \.dbk, \.docbook, \.bz2, \.xz",
    ):
        extract_text(b"x", ".exe")
    assert " ".join(SUPPORTED_SUFFIXES) == (
        ".txt .md .html .htm .docx .doc .wps .pdf .xlsx .xls .csv .mht .mhtml .rtf .pptx .ofd .odt .eml "
        ".json .ods .tsv .xml .epub .odp .webarchive .srt .vtt .et .xps .oxps .shtml .shtm .xhtml .aspx .asp "
        ".jsp .php .jhtml .do .action .cfm .nsf .docm .dotx .dotm .xlsm .xltx .xltm .pptm .ppsx .ppsm .potx "
        ".potm .msg .ppt .pps .pot .dps .fodt .fods .fodp .xlsb .geojson .svg .uof .uot .uos .uop .vcf .odg "
        ".mbox .ott .ots .otp .otg .rss .atom .ass .ssa .sxw .stw .sxc .stc .sxi .sti .sxd .std .ttml .dfxp "
        ".kml .kmz .lrc .gpx .xlf .xliff .sbv .smi .sami .opml .ipynb .xmind .mm .vsdx .yaml .yml .tmx .enex "
        ".warc .warc.gz .har .po .tex .sql .ics .dbf .db .sqlite .sqlite3 .rst .jsonl .ndjson .emlx .fb2 "
        ".gnumeric .adoc .asciidoc .org .wiki .mediawiki .toml .gz .ris .bib .drawio .km .properties .plist "
        ".dbk .docbook .bz2 .xz"
    )


def test_read_document(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(TRADITIONAL.encode("gb18030"))
    assert read_document(path) == TRADITIONAL
    with pytest.raises(ValueError, match="does not exist"):
        read_document(tmp_path / "missing.txt")


def test_a_file_is_read_as_what_its_bytes_are() -> None:
    """Issue (a policy collection): government sites serve .doc files that are .docx or web pages; each was
    skipped as "not a readable Word 97-2003 document" and its text lost."""
    docx = pytest.importorskip("docx", reason="python-docx is not installed")
    document = docx.Document()
    document.add_paragraph("集美区引进人才生活补贴申报须知")
    document.add_paragraph("咨询电话：0592-6666666。")
    buffer = io.BytesIO()
    document.save(buffer)
    expected = "集美区引进人才生活补贴申报须知\n咨询电话：0592-6666666。"
    assert extract_text(buffer.getvalue(), ".doc") == expected
    page = "<html><head><title>申报须知</title></head><body><p>咨询电话：0592-6666666。</p></body></html>"
    assert "咨询电话：0592-6666666。" in extract_text(page.encode(), ".doc")
    from tests.conftest import pdf_bytes

    assert extract_text(pdf_bytes(["咨询电话：0592-6666666。"]), ".docx") == "咨询电话：0592-6666666。"
    # (a .txt that is a whole web page is read as one too: test_a_web_page_saved_as_txt_is_read_as_a_page)
    with pytest.raises(ValueError, match=r"not a readable Word 97-2003"):
        extract_text(b"neither OLE nor zip nor a page", ".doc")


def test_a_web_page_saved_as_txt_is_read_as_a_page() -> None:
    """A fourth policy collection's 鼓楼区 办法 was a web page saved under .txt: indexed with its tags, its
    title 「<!DOCTYPE html>」 and quotes holding <p>."""
    page = (
        "<!DOCTYPE html>\n<html><head><title>鼓楼区家政服务业提质扩容实施办法</title></head><body>"
        "<p>第三条 经评定为三星级的家政服务员，一次性奖励1000元。</p></body></html>"
    )
    for codec in ("utf-8", "gb18030"):
        extracted = extract(page.encode(codec), ".txt")
        assert extracted.title == "鼓楼区家政服务业提质扩容实施办法"
        assert extracted.text == "第三条 经评定为三星级的家政服务员，一次性奖励1000元。"
    # text that merely mentions a tag stays text
    assert extract_text("关于<html>标签的说明。".encode(), ".txt") == "关于<html>标签的说明。"
