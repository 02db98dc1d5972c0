"""An Evernote export (.enex), a crawler's web archive (.warc, .warc.gz), a browser's HTTP archive (.har), a
gettext catalogue (.po) and a LaTeX document (.tex) as documents (indexer/enex.py, warc.py, har.py,
gettextpo.py, latexdoc.py): eval/policy39's files, written blind — citeqa had skipped all five as
unsupported."""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path

import pytest

from indexer.filenames import name_suffix
from indexer.ingest import ingest_bytes
from indexer.load import SUPPORTED_SUFFIXES, extract
from indexer.settings import DEFAULTS, PROJECT_ROOT
from tests.extracting import lines, refused

DOCS = PROJECT_ROOT / "eval/policy39/docs"
ENEX = DOCS / "安徽/石台县/石台\u201c林长+\u201d机制守护牯牛降（池州新闻网剪藏）.enex"
WARC = DOCS / "湖北/石首市/nyncj.shishou.gov.cn-20260520021307-00000.warc"
HAR = DOCS / "河南/宜阳县/ysb.henan.gov.cn_宜阳政策问答.har"
PO = DOCS / "江西/万安县/linzhang-xunhu_zh_CN.po"
TEX = DOCS / "山东/沂南县/沂南县粪肥还田试点成效与问题调研报告.tex"


def test_the_new_kinds_are_supported() -> None:
    assert {".enex", ".warc", ".warc.gz", ".har", ".po", ".tex"} <= set(SUPPORTED_SUFFIXES)
    assert name_suffix("crawl-00000.warc.gz") == ".warc.gz"
    assert name_suffix("site.tar.gz") == ".tar.gz" and name_suffix("x.gz") == ".gz"


# -------------------------------------------------------------------------------------------------- ENEX

_HL = "--en-highlight:yellow;background-color: rgb(255, 250, 165);"


def enex(*notes: tuple[str, str]) -> bytes:
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40).decode()
    body = "".join(
        f"<note><title>{title}</title><created>20260511T021844Z</created><tag>林长制</tag>"
        "<note-attributes><author>lin</author><source-url>https://www.example.cn/a.htm</source-url>"
        f"</note-attributes><content><![CDATA[{content}]]></content>"
        f'<resource><data encoding="base64">{png}</data><mime>image/png</mime></resource></note>'
        for title, content in notes
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM '
        '"http://xml.evernote.com/pub/evernote-export4.dtd">\n'
        f'<en-export export-date="20260512T083015Z" application="YXBJ Windows">{body}</en-export>'
    ).encode()


def enml(inner: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
        f"<en-note>{inner}</en-note>"
    )


def test_an_enex_note_is_its_title_then_its_enml_lines_figures_whole() -> None:
    """The bold span and the highlight cut nothing; en-media, en-crypt, tags, attributes and the resource's
    base64 are no text; the title is the note's."""
    content = enml(
        f'<div><span style="{_HL}">批注：见第二段。</span></div><div><br/></div><hr/>'
        '<h2 style="text-align: center;">石台林长制见闻</h2>'
        '<div><en-media hash="ab12" type="image/png"/></div>'
        '<div style="text-indent: 2em;">共设立公示牌<span style="font-weight: bold;">386</span>块。</div>'
        f'<div>监督电话0566-<span style="{_HL}">6021110</span>。</div>'
        '<div><en-crypt hint="密码" cipher="AES">U2FsdGVkX19zZWNyZXQ=</en-crypt></div>'
    )
    found = extract(enex(("石台剪藏", content)), ".enex", name="剪藏.enex")
    assert found.title == "石台剪藏"
    assert found.text.split("\n") == [
        "石台剪藏",
        "批注：见第二段。",
        "石台林长制见闻",
        "共设立公示牌386块。",
        "监督电话0566-6021110。",
    ]


def test_an_enex_of_two_notes_reads_each_apart_untitled() -> None:
    data = enex(("甲", enml("<div>第一条笔记。</div>")), ("乙", enml("<p>乙</p><p>第二条。</p>")))
    found = extract(data, ".enex", name="n.enex")
    assert found.title is None
    assert found.text.split("\n") == ["甲", "第一条笔记。", "", "乙", "第二条。"]


# -------------------------------------------------------------------------------------------------- WARC


def record(kind: str, block: bytes, uri: str = "", content_type: str = "") -> bytes:
    head = f"WARC/1.0\r\nWARC-Type: {kind}\r\n"
    head += f"WARC-Target-URI: {uri}\r\n" if uri else ""
    head += "WARC-Date: 2026-05-20T02:13:10Z\r\n"
    head += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
    head += f"Content-Type: {content_type}\r\n" if content_type else ""
    return f"{head}Content-Length: {len(block)}\r\n\r\n".encode() + block + b"\r\n\r\n"


def response(uri: str, status: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return record("response", head.encode() + body, uri, "application/http; msgtype=response")


_PAGE = (
    "<!DOCTYPE html><html><head><title>申报通知 石首市农业农村局</title></head><body>"
    '<div class="nav"><a href="/">首页</a> <a href="#">通知公告</a></div>'
    '<h1>关于示范基地申报的通知</h1><div id="zoom"><p>一、申报条件：连片面积500亩以上。</p>'
    "<p>二、申报时间：即日起至2026年6月15日，逾期不予受理。</p><p>三、联系电话：0716-7712368。</p></div>"
    "</body></html>"
)


def chunked(body: bytes, *cuts: bytes) -> bytes:
    """``body`` in chunks ending just after each of ``cuts``."""
    ends = sorted(body.index(cut) + len(cut) for cut in cuts)
    out, start = b"", 0
    for end in [*ends, len(body)]:
        out += f"{end - start:x}\r\n".encode() + body[start:end] + b"\r\n"
        start = end
    return out + b"0\r\n\r\n"


def crawl() -> list[bytes]:
    """A Heritrix crawl: warcinfo, a request, robots.txt, a 301, the page (GBK, chunked), an image, a text
    file and a metadata record."""
    page = _PAGE.encode("gbk")
    site = "https://nyncj.example.gov.cn"
    fields, http = "application/warc-fields", "application/http; msgtype=request"
    moved = b"<html><body><h1>301 Moved Permanently</h1></body></html>"
    cut = chunked(page, "2026年6月1".encode("gbk"), "0716-77".encode("gbk"))
    gbk = [("Content-Type", "text/html; charset=GBK"), ("Transfer-Encoding", "chunked")]
    plain = [("Content-Type", "text/plain; charset=utf-8")]
    return [
        record("warcinfo", b"software: Heritrix/3.4.0\r\nformat: WARC File Format 1.0\r\n", "", fields),
        record("request", b"GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n", f"{site}/robots.txt", http),
        response(f"{site}/robots.txt", "200 OK", [("Content-Type", "text/plain")], b"User-agent: *\r\n"),
        response(f"{site}/a.html", "301 Moved Permanently", [("Content-Type", "text/html")], moved),
        response(f"{site}/art.html", "200 OK", gbk, cut),
        response(f"{site}/logo.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n\x00"),
        response(f"{site}/note.txt", "200 OK", plain, "说明：\r\n  材料一式两份。\r\n".encode()),
        record(
            "metadata", b"outlink: https://nyncj.example.gov.cn/x L a/@href\r\n", f"{site}/a.html", fields
        ),
    ]


_CRAWLED = [
    "关于示范基地申报的通知",
    "一、申报条件：连片面积500亩以上。",
    "二、申报时间：即日起至2026年6月15日，逾期不予受理。",
    "三、联系电话：0716-7712368。",
    "",
    "说明：",
    "材料一式两份。",
]


def test_a_warc_is_its_200_pages_dechunked_in_their_header_charset() -> None:
    """GBK named only by the HTTP header, the chunks cutting the date and the phone number; robots.txt, the
    301, the image and the warcinfo, request and metadata records not read."""
    found = extract(b"".join(crawl()), ".warc", name="crawl.warc")
    assert found.text.split("\n") == _CRAWLED
    assert found.title is None


def test_a_warc_gz_member_by_member_reads_as_the_warc_and_one_page_titles_it() -> None:
    data = b"".join(gzip.compress(r) for r in crawl())
    assert lines(data, ".warc.gz") == _CRAWLED
    found = extract(gzip.compress(b"".join(crawl()[:5])), ".warc.gz", name="one.warc.gz")
    assert found.title == "关于示范基地申报的通知"


def test_a_cut_or_damaged_warc_is_refused_naming_the_record() -> None:
    whole = b"".join(crawl())
    cut = whole[: whole.index(b"Transfer-Encoding") + 40]
    assert refused(cut, ".warc").startswith("bad.warc: ends inside record 5 (at byte ")
    assert refused(cut, ".warc").endswith("; the file is cut short")
    assert refused(whole.replace(b"Content-Length: ", b"Content-Lenght: ", 1), ".warc") == (
        "bad.warc: states no Content-Length in record 1 (at byte 0); the file is damaged"
    )
    assert refused(b"hello\r\n", ".warc") == (
        "bad.warc: does not begin with a WARC/ record; it is no WARC web archive"
    )
    assert refused(gzip.compress(whole)[:-30], ".warc.gz") == (
        "bad.warc.gz: is a gzip file cut short; the archive is incomplete"
    )
    assert refused(b"".join(crawl()[:4]), ".warc") == (
        "bad.warc: holds no archived HTML or text page (of 4 records); nothing to index"
    )


# --------------------------------------------------------------------------------------------------- HAR


def gson(value: object) -> str:
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    for c in "<>=&'":
        text = text.replace(c, f"\\u{ord(c):04x}")
    return text


def har(*responses: tuple[int, str, str | None, bool]) -> bytes:
    entries = []
    for status, mime, text, b64 in responses:
        content: dict[str, object] = {"size": len(text or ""), "mimeType": mime}
        if text is not None:
            content["text"] = text
        if b64:
            content["encoding"] = "base64"
        entries.append(
            {
                "request": {"method": "GET", "url": "https://ysb.example.cn/api", "headers": []},
                "response": {"status": status, "headers": [], "content": content},
                "timings": {"wait": 12.5},
            }
        )
    page = {"id": "page_1", "title": "https://ysb.example.cn/h5/index.html"}
    return json.dumps({"log": {"version": "1.2", "pages": [page], "entries": entries}}).encode()


def test_a_har_is_its_html_json_and_text_responses() -> None:
    """Gson's \\u escapes decoded and the <strong>-cut 每立方米25元 whole; the envelope's code and msg left
    out; a base64 body in its charset; the image, the 204 and the empty body not read."""
    answer = "<p>收运服务费<strong>每立方米25</strong>元，脱贫户免收。</p>"
    record = {"question": "散养户粪污怎么处理？", "answer": answer}
    listing = gson({"code": 200, "msg": "操作成功", "data": {"records": [record]}})
    detail = json.dumps({"data": {"answer": "<p>验收后30个工作日内拨付。</p>"}}, ensure_ascii=False)
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00").decode()
    page = (
        "<html><head><title>政策问答</title></head><body><h1>政策问答</h1>"
        "<p>豫事办政策问答专区，欢迎咨询。</p></body></html>"
    )
    data = har(
        (200, "text/html", page, False),
        (200, "image/png", png, True),
        (200, "application/json", listing, False),
        (200, "application/json;charset=GBK", base64.b64encode(detail.encode("gbk")).decode(), True),
        (204, "text/plain", None, False),
        (200, "text/plain", "", False),
        (200, "text/plain", "咨询电话：0379-68852013", False),
    )
    found = extract(data, ".har", name="qa.har")
    assert found.text.split("\n") == [
        "政策问答",
        "豫事办政策问答专区，欢迎咨询。",
        "",
        "散养户粪污怎么处理？",
        "收运服务费每立方米25元，脱贫户免收。",
        "",
        "验收后30个工作日内拨付。",
        "",
        "咨询电话：0379-68852013",
    ]
    assert found.title == "政策问答"


def test_a_har_with_bad_base64_or_no_entries_is_refused() -> None:
    bad = har((200, "application/json", "@@not base64@@", True))
    assert refused(bad, ".har") == "bad.har: holds a response (entry 1) whose base64 content does not decode"
    assert refused(b'{"log": {"pages": []}}', ".har") == (
        "bad.har: is JSON but no HTTP archive (it has no log.entries)"
    )
    assert refused(har((200, "image/png", "AAAA", True)), ".har") == (
        "bad.har: holds no responses with HTML, JSON or text; nothing to index"
    )


# ---------------------------------------------------------------------------------------------------- PO

_PO = r"""# Chinese translation
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=1; plural=0;\n"

#: src/home.vue:18
msgid "Patrol"
msgstr "开始巡护"

#: src/rules.vue:24
msgid "Reward"
msgstr ""
"首先报告森林火情的，给予一次性奖励500"
"元。"

msgctxt "menu"
msgid "Fire alarm"
msgstr "火情报警"

msgctxt "help"
msgid "Fire alarm"
msgstr "请拨打0796-5"
"702119报警。\n夜间不得单独巡护。"

#, fuzzy
#| msgid "Map size: 150 MB"
msgid "Map size: 200 MB"
msgstr "地图约占用150MB"

msgid "%d patrol"
msgid_plural "%d patrols"
msgstr[0] "本月巡护%d次"

msgid "Not yet"
msgstr ""

#~ msgid "Allowance: 1,000 yuan"
#~ msgstr "每月补助1000元"
"""


def test_a_po_catalogue_is_its_reviewed_translations_a_line_each() -> None:
    """Continued lines joined with nothing (奖励500元, 0796-5702119); msgctxt no text, the same msgid under
    two contexts read twice; a plural's msgstr[0] once; the header, the fuzzy, the untranslated and the
    obsolete entries not read; an embedded \\n a line break."""
    found = extract(_PO.encode(), ".po", name="app_zh_CN.po")
    assert found.title is None
    assert found.text.split("\n") == [
        "开始巡护",
        "首先报告森林火情的，给予一次性奖励500元。",
        "火情报警",
        "请拨打0796-5702119报警。",
        "夜间不得单独巡护。",
        "本月巡护%d次",
    ]


def test_a_po_of_no_translations_or_no_entries_says_so() -> None:
    template = b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Hi"\nmsgstr ""\n'
    assert refused(template, ".po") == (
        "bad.po: has no translated entries (each msgstr is empty, fuzzy or obsolete); nothing to index"
    )
    assert refused("只是一段文字。\n".encode(), ".po") == (
        "bad.po: holds no msgid or msgstr entries; it is no gettext catalogue"
    )
    assert refused(b'msgid "a"\nmsgstr "b"\nbogus line\n', ".po").startswith(
        "bad.po: is not a readable gettext catalogue (Syntax error in po file"
    )


# --------------------------------------------------------------------------------------------------- TeX

_TEX = r"""% !TEX program = xelatex
\documentclass[UTF8]{ctexart}
\usepackage{booktabs}
\geometry{left=2.8cm}
\title{粪肥还田调研报告}
\author{课题组 \and 土肥所}
\date{2026年4月}
\begin{document}
\maketitle
\begin{abstract}
课题组走访12个乡镇。
\end{abstract}
\section{基本情况}
2025年开展试点，
% 初稿写的是“3.0万亩”
全年还田面积达到\textbf{3.2}万亩\footnote{数据来源：县农业农村局。}，
化肥减少18.6\%，见表\ref{tab:a}。
Yields rose
as expected.
\iffalse 初稿：还田2.9万亩。\fi
\subsection*{存在的问题}
\begin{enumerate}
\item 运输成本偏高；
\item 撒施机械不足。
\end{enumerate}
\begin{table}[htbp]
\caption{试点对比}\label{tab:a}
\begin{tabular}{lrr}
\toprule
指标 & 还田 & 常规 \\
\midrule
小麦单产（公斤/亩） & 512 & 482 \\
化肥 & \multicolumn{2}{c}{$-$18.6\%} \\
\bottomrule
\end{tabular}
\end{table}
\input{chapter2}
\end{document}
"""


def test_a_tex_document_is_its_body_as_lines_tables_as_rows_footnotes_after() -> None:
    found = extract(_TEX.encode(), ".tex", name="report.tex")
    assert found.title == "粪肥还田调研报告"
    assert found.text.split("\n") == [
        "粪肥还田调研报告",
        "课题组 土肥所",
        "2026年4月",
        "课题组走访12个乡镇。",
        "基本情况",
        "2025年开展试点，全年还田面积达到3.2万亩，化肥减少18.6%，见表1。Yields rose as expected.",
        "数据来源：县农业农村局。",
        "存在的问题",
        "1. 运输成本偏高；",
        "2. 撒施机械不足。",
        "试点对比",
        "指标 | 还田 | 常规",
        "小麦单产（公斤/亩） | 512 | 482",
        "化肥 | -18.6%",
    ]
    assert "3.0" not in found.text and "2.9" not in found.text
    assert "chapter2" not in found.text and "2.8cm" not in found.text


def test_a_tex_fragment_or_an_oversized_source_is_refused() -> None:
    assert refused(rb"\section{a} text", ".tex") == (
        "bad.tex: has no \\begin{document}; it is a LaTeX fragment or package, no document"
    )
    assert refused(rb"\begin{document}%only a comment" + b"\n\\end{document}", ".tex") == (
        "bad.tex: has no text in its document body; nothing to index"
    )
    deep = b"\\begin{document}" + b"{" * 20000 + b"x" + b"}" * 20000 + b"\\end{document}"
    assert refused(deep, ".tex") == "bad.tex: nests groups or environments too deeply to read"
    big = b"\\begin{document}" + b"x" * (4 * 1024 * 1024) + b"\\end{document}"
    assert refused(big, ".tex").startswith("bad.tex: is 4,194,334 bytes, over the 4,194,304 a LaTeX source")


# ---------------------------------------------------------------------------------------------- damaged


@pytest.mark.parametrize(
    ("suffix", "data", "message"),
    [
        (".enex", b"<en-export><note><title>a</title>", "is not well-formed XML ("),
        (".enex", b"<opml/>", "is XML but no Evernote export (its root is no <en-export>)"),
        (".enex", b"<en-export><note><title> </title></note></en-export>", "holds no notes with text"),
        (".har", b'{"log": {"entries": [', "is not valid JSON ("),
        (".har", b"[1, 2]", "is JSON but no HTTP archive (it has no log.entries)"),
        (".warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 10\r\n\r\nab", "ends inside record 1"),
        (
            ".warc",
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 4\r\n\r\nxxxx",
            "record 1 (at byte 0) is",
        ),
        (".warc.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xffgarbage", "is not a readable gzip file ("),
        (".po", b'msgid "a"\nmsgstr[x] "b"\n', "is not a readable gettext catalogue ("),
        (".tex", "\\documentclass{article}\n正文".encode(), "has no \\begin{document}"),
    ],
)
def test_malformed_input_is_refused_in_words(suffix: str, data: bytes, message: str) -> None:
    assert refused(data, suffix).startswith(f"bad{suffix}: {message}")


@pytest.mark.parametrize("suffix", [".enex", ".warc", ".warc.gz", ".har", ".po", ".tex"])
def test_a_0_byte_file_of_each_kind_is_empty(suffix: str) -> None:
    assert refused(b"", suffix) == f"bad{suffix}: is empty; nothing to index"


def test_an_archive_over_the_bound_is_refused_before_it_is_read() -> None:
    big = b"WARC/1.0\r\n" + b" " * (100 * 1024 * 1024)
    assert refused(big, ".warc") == (
        "bad.warc: is 104,857,610 bytes, over the 104,857,600 a web archive is read to"
    )


# ------------------------------------------------------------------------------------ the collection


def test_the_five_new_files_index_with_their_facts_whole() -> None:
    """Each file through the real loader and cleaning (ingest_bytes): the facts only it holds
    (make_questions.py's docstring) whole in the clean text, what is no text of it absent."""
    facts: dict[Path, tuple[tuple[str, ...], tuple[str, ...]]] = {
        ENEX: (
            ("公示牌386块", "7个工作日内办结", "监督电话0566-6021110反映"),
            ("lin.yanjiu", "iVBOR", "待对比"),
        ),
        WARC: (
            ("即日起至2026年6月15日", "500亩以上", "电话：0716-7712368"),
            ("Disallow", "Moved", "outlink"),
        ),
        HAR: (("收运服务费每立方米25元", "免收", "30个工作日内"), ("操作成功", "iVBOR", "Bearer")),
        PO: (("奖励500元", "0796-5702119", "不少于5公里", "不计入考核"), ("1000元", "150MB", "Patrol")),
        TEX: (("3.2万亩", "18.6%", "小麦单产（公斤/亩） | 512 | 482 | +6.2%"), ("3.0万亩", "2.8cm")),
    }
    for path, (wanted, unwanted) in facts.items():
        prepared = ingest_bytes(path.name, path.read_bytes(), DEFAULTS)
        assert prepared.spans
        for fact in wanted:
            assert fact in prepared.text, (path.name, fact)
        for fact in unwanted:
            assert fact not in prepared.text, (path.name, fact)
    assert extract(TEX.read_bytes(), ".tex").title == "沂南县粪肥还田试点成效与问题调研报告"
