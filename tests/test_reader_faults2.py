"""Hostile and odd inputs for the readers added last (Office 2003 XML, PDF pages turned by /Rotate, <iframe
srcdoc> and framesets, files without a suffix, .eml with forwarded messages): each is read or refused in one
line, in bounded time and memory, through the real extraction (indexer.load.extract) and, for one case, the
real CLI."""

from __future__ import annotations

import io
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from indexer.decode import DocumentError
from indexer.frames import frameset, inline_srcdoc
from indexer.load import extract
from indexer.worddoc import DocumentTooLarge

ROOT = Path(__file__).resolve().parent.parent

# ------------------------------------------------------------------------------------------------ .eml


def _message(subject: str, body: str, forwarded: str | None = None, encoding: str = "") -> str:
    head = f"From: a@b.c\nSubject: {subject}\nMIME-Version: 1.0\n"
    if forwarded is None:
        return head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    boundary = f"B{len(forwarded)}x"
    return (
        head + f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--{boundary}\nContent-Type: message/rfc822\n{encoding}Content-Disposition: attachment\n\n"
        f"{forwarded}\n--{boundary}--\n"
    )


def _nested(depth: int) -> bytes:
    mail = _message("最内层", "最内层正文：补贴标准每人500元。")
    for level in range(depth):
        mail = _message(f"转发{level}", f"第{level}层正文。", mail)
    return mail.encode()


def test_eml_forwarded_twenty_deep_reads_two_forwards_down() -> None:
    got = extract(_nested(20), ".eml", name="n.eml")
    assert got.title == "转发19"
    assert got.text == "第19层正文。\n\n附件：转发18.eml\n第18层正文。\n\n附件：转发17.eml\n第17层正文。"


def test_eml_forwarded_hundreds_deep_is_refused_in_one_line() -> None:
    # (a RecursionError had escaped the reader: "could not be read (RecursionError: …)")
    with pytest.raises(DocumentError, match="nests its parts or forwarded messages too deeply to read"):
        extract(_nested(300), ".eml", name="n.eml")


def test_eml_of_too_many_parts_is_refused_before_it_is_parsed() -> None:
    parts = "--X\nContent-Type: text/plain\n\n正文。\n" * 2001
    data = f'From: a@b.c\nSubject: s\nContent-Type: multipart/mixed; boundary="X"\n\n{parts}--X--\n'.encode()
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match=r"has 2,002 MIME part lines \(limit 2,000\)"):
        extract(data, ".eml", name="m.eml")
    assert time.monotonic() - started < 0.5  # (100,000 parts had taken 48 s)


def test_eml_multipart_without_boundary_is_read_by_its_delimiter() -> None:
    data = (
        b"From: a@b.c\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n"
        + "--X\nContent-Type: text/plain; charset=utf-8\n\n正文。\n--X--\n".encode()
    )
    assert extract(data, ".eml", name="m.eml").text == "正文。"  # (had been "has no text in its body")


def test_eml_forwarded_message_without_boundary_is_read() -> None:
    inner = "From: x@y.z\nSubject: inner\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n"
    inner += "--Y\nContent-Type: text/plain; charset=utf-8\n\n内层。\n--Y--\n"
    got = extract(_message("外层", "外层正文。", inner).encode(), ".eml", name="m.eml")
    assert got.text == "外层正文。\n\n附件：inner.eml\n内层。"


def test_eml_base64_forwarded_message_is_read() -> None:
    # (From, Subject: inner, 内层正文。 in base64)
    inner = "RnJvbTogeEB5LnoKU3ViamVjdDogaW5uZXIKCuWGheWxguato+aWh+OAggo=\n"
    data = _message("外层", "外层正文。", inner, "Content-Transfer-Encoding: base64\n").encode()
    assert extract(data, ".eml", name="m.eml").text == "外层正文。\n\n附件：转发的邮件.eml\n内层正文。"


def test_eml_broken_charsets_and_empty_forward_are_read() -> None:
    data = b"From: a@b.c\nSubject: =?no-such?B?5Lit5paH?=\nContent-Type: text/plain; charset=x-no-such\n\n"
    assert extract(data + "正文内容。\n".encode(), ".eml", name="m.eml").text == "正文内容。"
    empty = _message("外层", "外层正文。", "From: x@y.z\nSubject: 空\n\n").encode()
    assert extract(empty, ".eml", name="m.eml").text == "外层正文。\n\n附件：空.eml"


# ------------------------------------------------------------------------------------- srcdoc, frames


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>正文</p>" + "<iframe srcdoc=a " * 20000,  # tags never closed
        "<html><body><p>正文</p>" + '<iframe srcdoc="b">' * 20000,  # no </iframe>
        '<html><body><iframe srcdoc="' + "&lt;head " * 20000 + '"></iframe></body></html>',  # no </head>
        '<html><body><iframe srcdoc="' + "&lt;body " * 20000 + '"></iframe></body></html>',  # no >
    ],
    ids=["unclosed-iframes", "no-iframe-end", "srcdoc-heads", "bodies"],
)
def test_srcdoc_pages_are_scanned_in_linear_time(page: str) -> None:
    started = time.monotonic()
    inline_srcdoc(page)
    assert time.monotonic() - started < 1.0  # (each had been scanned again from each tag: minutes)


def test_frameset_of_unclosed_frames_is_scanned_in_linear_time() -> None:
    page = "<html><frameset>" + "<frame x " * 20000 + "<noframes " * 20000
    started = time.monotonic()
    found = frameset(page)
    assert time.monotonic() - started < 1.0
    assert found is not None and found[1] == []


def test_srcdoc_behind_a_quoted_angle_bracket_is_read_and_frames_named() -> None:
    page = '<html><body><h1>外层</h1><iframe title="t>x" '
    page += 'srcdoc="&lt;p&gt;问：补贴多少？答：每人500元。&lt;/p&gt;">'
    # (a ">" inside a quoted attribute before srcdoc had ended the tag: the answer was lost)
    assert extract((page + "</iframe></body></html>").encode(), ".html").text.endswith("答：每人500元。")
    passwd = '<html><frameset><frame src="../../etc/passwd"><frame src="self.html"></frameset></html>'
    with pytest.raises(DocumentError, match=r"is a frameset page: .*\(\.\./\.\./etc/passwd, self\.html\)"):
        extract(passwd.encode(), ".html", name="f.html")


# ------------------------------------------------------------------------------------ Office 2003 XML

SS_URN = "urn:schemas-microsoft-com:office:spreadsheet"
SS = f'xmlns="{SS_URN}" xmlns:ss="{SS_URN}"'


def _workbook(table: str, attributes: str = "") -> bytes:
    worksheet = f'<Worksheet ss:Name="S"><Table {attributes}>{table}</Table></Worksheet>'
    return f'<?xml version="1.0"?><Workbook {SS}>{worksheet}</Workbook>'.encode()


def _cell(text: str, attributes: str = "") -> str:
    return f'<Cell {attributes}><Data ss:Type="String">{text}</Data></Cell>'


@pytest.mark.parametrize(
    "table",
    [
        "<Row>" + _cell("甲") + _cell("乙", 'ss:Index="100000000"') + "</Row>"
        '<Row ss:Index="100000000">' + _cell("丙") + "</Row>",
        "<Row>" + _cell("甲", 'ss:MergeAcross="100000000"') + _cell("乙") + "</Row>",
        '<Row ss:Span="2000000000">' + _cell("甲") + "</Row><Row>" + _cell("乙") + "</Row>",
    ],
    ids=["index", "merge-across", "span"],
)
def test_spreadsheetml_huge_positions_allocate_nothing(table: str) -> None:
    tracemalloc.start()
    try:
        text = extract(_workbook(table, 'ss:ExpandedColumnCount="2000000000"'), ".xls", name="w.xls").text
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text == "甲"  # (what lies past Excel's 1,048,576 rows and 16,384 columns is no cell)
    assert peak < 20_000_000


def test_office_xml_nested_past_the_parser_is_refused_in_words() -> None:
    word = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"'
    wx = 'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"'
    body = "<wx:sect>" * 3000 + "<w:p><w:r><w:t>深</w:t></w:r></w:p>" + "</wx:sect>" * 3000
    data = f"<w:wordDocument {word} {wx}><w:body>{body}</w:body></w:wordDocument>".encode()
    with pytest.raises(DocumentError) as caught:
        extract(data, ".doc", name="d.doc")
    assert str(caught.value) == (
        "d.doc: nests its elements too deeply to read (past the XML parser's bound); re-save it from Word"
    )  # (had been libxml2's "Excessive depth in document: 2048, use XML_PARSE_HUGE option")


def test_office_xml_entities_are_refused() -> None:
    dtd = '<?xml version="1.0"?><!DOCTYPE Workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    data = dtd.encode() + _workbook(_cell("&x;")).split(b"?>", 1)[1]
    with pytest.raises(DocumentError, match="declares a DTD"):
        extract(data, ".xls", name="w.xls")


# ---------------------------------------------------------------------------------------- no suffix


def test_suffixless_pdf_cut_in_its_header_is_a_damaged_pdf() -> None:
    with pytest.raises(DocumentError, match=r"is not a readable \.pdf file"):
        extract(b"%PDF", "", name="cut")  # (had been indexed as the text "%PDF")


def test_suffixless_random_bytes_and_zip_are_refused() -> None:
    import zipfile

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "hello")
    for data in (bytes(range(256)) * 40, archive.getvalue()):
        with pytest.raises(DocumentError, match="has no suffix, and its bytes are no document citeqa reads"):
            extract(data, "", name="x")


# -------------------------------------------------------------------------------------------- PDF


def _pdf(rotate: bytes, pages: int = 1, image: int = 0) -> bytes:
    """A PDF whose pages draw a line of text turned (reading up the page) beside an image they share."""
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n"
        % (max(image, 1), max(image, 1))
        + b"\x80" * max(image, 1)
        + b"\nendstream",
        b"90",
    ]
    words = [b"alpha", b"beta", b"gamma", b"delta"]
    for i in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
            b"/XObject << /Im1 4 0 R >> >> /Contents %d 0 R /Rotate %s >>" % (7 + 2 * i, rotate)
        )
        drawn = b"BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Turned %s line) Tj ET " % words[i]
        drawn += b"q 9 0 0 9 0 0 cm /Im1 Do Q"
        objects.append(b"<< /Length %d >>\nstream\n" % len(drawn) + drawn + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


@pytest.mark.parametrize("rotate", [b"45", b"-90", b"450", b"270", b"90.5", b"/Ninety", b"5 0 R", b"1e400"])
def test_pdf_odd_rotate_reads_the_turned_text(rotate: bytes) -> None:
    assert extract(_pdf(rotate), ".pdf", name="p.pdf").text == "Turned alpha line"


def _image(page: Any) -> bytes:
    return page["/Resources"]["/XObject"]["/Im1"].get_object().get_data()


def test_turned_pdf_page_copies_no_image_bytes() -> None:
    import pypdf

    from indexer.pdfturn import turned

    reader = pypdf.PdfReader(io.BytesIO(_pdf(b"90", pages=2, image=2_000_000)))
    copy = turned(reader.pages[0], 90)
    assert copy.extract_text().strip() == "Turned alpha line"
    assert _image(copy) == b""  # (had been its 2,000,000 bytes, written and read again for each page)
    assert len(_image(reader.pages[0])) == 2_000_000  # (the document's own image untouched)
    both = extract(_pdf(b"90", pages=2, image=2_000_000), ".pdf").text
    assert both == "Turned alpha line\nTurned beta line"


# -------------------------------------------------------------------------------------------- CLI


def test_cli_skips_a_hostile_mail_in_one_line_and_keeps_the_rest(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    notice = "关于发放春耕补贴的通知：每亩补贴120元，申请截止日期为3月31日。"
    (docs / "notice.txt").write_text(notice, encoding="utf-8")
    (docs / "deep.eml").write_bytes(_nested(300))
    run = subprocess.run(
        [sys.executable, "-m", "server.cli", "index", str(docs), "--index", str(tmp_path / "index")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    said = run.stdout + run.stderr
    assert f"skipped {docs / 'deep.eml'}: nests its parts or forwarded messages too deeply to read" in said
    assert "Traceback" not in said and "RecursionError" not in said
    assert "1 documents" in said and "skipped 1" in said
