"""Faults found probing this session's readers with hostile input (tar archives, .xlsb, a sheet's drawing, a
.docx chart's values, Flat OpenDocument, a name's suffix): a tar extended header read whole into memory or
chained past the recursion limit, a GBK member name read as UTF-8 letters, ./a.txt a second document of
a.txt's id, a reason over five lines; sheets naming one part of blank records read it once each without
bound, a cell's string cut short dropped unsaid; a heading deep in tracked changes escaping as a
RecursionError; a chart's far 1904 date or stray idx losing the whole chart, an elapsed [h] dropped. Each is
read or refused in one line."""

from __future__ import annotations

import gzip
import io
import struct
import tarfile
from pathlib import Path

import pytest

from indexer.archive import members, read_member
from indexer.chartvalue import shown
from indexer.decode import DocumentError
from indexer.filenames import name_suffix
from indexer.ingest import Staged, stage_source
from indexer.load import extract
from indexer.settings import DEFAULTS
from indexer.sources import iter_sources
from indexer.worddoc import DocumentTooLarge
from tests.test_docx_charts import build, chart, series, strings
from tests.test_docx_charts import read as read_docx
from tests.test_sheet_drawing import anchor, drawing, shape, with_drawing, workbook
from tests.test_sheet_drawing import read as read_xlsx
from tests.test_xlsb import AT, ROW, parts, record, relationships, sheet_with

# ------------------------------------------------------------------------------------------------- tar


def tar_of(*entries: tuple[tarfile.TarInfo, bytes | None], encoding: str = "utf-8") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT, encoding=encoding) as archive:
        for info, data in entries:
            archive.addfile(info, io.BytesIO(data) if data is not None else None)
    return out.getvalue()


def regular(name: str, data: bytes = "通知正文".encode()) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def special(name: str, kind: bytes, link: str = "") -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, link
    return info, None


def listed(tmp_path: Path, name: str, data: bytes) -> list[tuple[str, bytes] | str]:
    """Each member's name and bytes (a DocumentError in a member's place: its message)."""
    path = tmp_path / name
    path.write_bytes(data)
    out: list[tuple[str, bytes] | str] = []
    for member in members(path, name):
        if isinstance(member, DocumentError):
            out.append(str(member))
        else:
            out.append((member.name, read_member(path, member.stored, member.name)))
    return out


def test_links_devices_and_names_outside_are_passed_over_or_read_inside(tmp_path: Path) -> None:
    data = tar_of(
        regular("a.txt"),
        special("passwd.txt", tarfile.SYMTYPE, "/etc/passwd"),
        special("hard.txt", tarfile.LNKTYPE, "/etc/passwd"),
        special("again.txt", tarfile.LNKTYPE, "a.txt"),
        special("tty", tarfile.CHRTYPE),
        special("pipe", tarfile.FIFOTYPE),
        regular("/etc/abs.txt"),
        regular("../../up.txt"),
        regular("./a.txt", b"second"),  # (a.txt again: it had been a second document of a.txt's id)
        regular("a.txt", b"third"),
    )
    assert listed(tmp_path, "资料.tar", data) == [
        ("a.txt", "通知正文".encode()),
        ("etc/abs.txt", "通知正文".encode()),
        ("up.txt", "通知正文".encode()),
        "资料.tar/a.txt: is in its archive twice; the first is read",
        "资料.tar/a.txt: is in its archive twice; the first is read",
    ]


def test_a_gbk_name_that_reads_as_utf8_letters_is_read_as_gbk(tmp_path: Path) -> None:
    # 通知 in GBK is CD A8 D6 AA: UTF-8 for ֪ͨ (it had been the member's name)
    data = tar_of(regular("通知.txt"), regular("café.txt"), encoding="gbk")
    assert [m[0] for m in listed(tmp_path, "x.tar", data)] == ["通知.txt", "caf\u00e9.txt"]
    assert [m[0] for m in listed(tmp_path, "y.tar", tar_of(regular("通知.txt")))] == ["通知.txt"]


def extended(kind: bytes, size: int) -> bytes:
    info = tarfile.TarInfo("././@PaxHeader" if kind == tarfile.XHDTYPE else "././@LongLink")
    info.type, info.size = kind, size
    return info.tobuf(format=tarfile.USTAR_FORMAT)


@pytest.mark.parametrize("kind", [tarfile.XHDTYPE, tarfile.GNUTYPE_LONGNAME])
def test_a_huge_extended_header_is_refused_before_it_is_read(tmp_path: Path, kind: bytes) -> None:
    # (3 GB of zeros, 3 MB gzipped, had been read whole: 3.2 GB of memory; 2 MiB stands for it here)
    data = gzip.compress(extended(kind, 2 * 1024 * 1024) + bytes(2 * 1024 * 1024 + 1024), 1)
    with pytest.raises(DocumentTooLarge) as caught:
        listed(tmp_path, "bomb.tar.gz", data)
    assert str(caught.value) == (
        "bomb.tar.gz: has an extended header of 2,097,152 bytes; unpack it and index its files"
    )


def test_a_chain_of_extended_headers_is_one_error_not_a_recursion_error(tmp_path: Path) -> None:
    note = b"20 comment=abcdefgh\n"
    chain = (extended(tarfile.XHDTYPE, len(note)) + note.ljust(512, b"\0")) * 3000
    data = chain + tar_of(regular("a.txt"))
    with pytest.raises(DocumentError, match=r"^x\.tar: chains too many extended headers to read; unpack it"):
        listed(tmp_path, "x.tar", data)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("zip.tgz", b"PK\x03\x04" + bytes(200)),  # a zip named .tgz
        ("empty.tar", b""),
        ("junk.tar.gz", bytes(range(256)) * 8),
        # (mtime 0: the gzip header's time is in the bytes, and xdist's workers must collect the same test)
        ("cut.tar.gz", gzip.compress(tar_of(regular("a.txt", bytes(range(256)) * 400)), mtime=0)[:60]),
    ],
    ids=["zip.tgz", "empty.tar", "junk.tar.gz", "cut.tar.gz"],
)
def test_an_unreadable_tar_is_refused_in_one_line(tmp_path: Path, name: str, data: bytes) -> None:
    # (tarfile's own message is a line for each method it tried)
    with pytest.raises(DocumentError) as caught:
        listed(tmp_path, name, data)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"{name}: is not a readable tar archive (")


def test_a_tar_with_more_members_than_the_bound_or_no_file_is_refused(tmp_path: Path) -> None:
    many = gzip.compress(tar_of(*[regular(f"{n}.txt", b"x") for n in range(5000)]))
    with pytest.raises(DocumentTooLarge, match="holds over 1,000 entries; unpack it"):
        listed(tmp_path, "many.tgz", many)
    with pytest.raises(DocumentError, match="holds no files; nothing to index"):
        listed(tmp_path, "links.tar", tar_of(special("a.txt", tarfile.SYMTYPE, "/etc/passwd")))


def test_a_folders_tar_members_are_staged_each_a_document(tmp_path: Path) -> None:
    body = "关于开展2026年暑期青少年体育免费培训的通知。培训项目为游泳、篮球和足球。".encode()
    (tmp_path / "资料.tar.xz").write_bytes(b"")
    with tarfile.open(tmp_path / "资料.tar.xz", "w:xz") as archive:
        info, data = regular("通知.txt", body)
        archive.addfile(info, io.BytesIO(data))
    (tmp_path / "bomb.tar.gz").write_bytes(gzip.compress(extended(tarfile.XHDTYPE, 1 << 21) + bytes(1 << 21)))
    found = list(iter_sources([tmp_path]))
    errors = [str(e) for e in found if isinstance(e, DocumentError)]
    assert errors == [
        f"{tmp_path}/bomb.tar.gz: has an extended header of 2,097,152 bytes; unpack it and index its files"
    ]
    [source] = [s for s in found if not isinstance(s, DocumentError)]
    staged = stage_source(source, DEFAULTS)
    assert isinstance(staged, Staged)
    assert staged.name.endswith("资料.tar.xz/通知.txt")


# ------------------------------------------------------------------------------------------------ .xlsb

SHEET = "xl/worksheets/sheet1.bin"


def test_an_own_string_longer_than_its_record_is_damage_not_a_dropped_cell() -> None:
    cut = record(0x06, AT + struct.pack("<I", 0x7FFFFFFF) + "abc".encode("utf-16-le"))
    with pytest.raises(DocumentError) as caught:
        extract(parts(**{SHEET: sheet_with(ROW, cut)}), ".xlsb", name="表.xlsb")
    assert str(caught.value) == (
        "表.xlsb: is not a readable .xlsb file (a string of xl/worksheets/sheet1.bin is cut short); "
        "re-save it as .xlsx"
    )


def test_sheets_naming_one_part_count_its_records_against_the_workbooks_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (3,000 sheets naming one part of 200,000 blank records had read it 3,000 times: half an hour)
    monkeypatch.setattr("indexer.xlsb.MAX_RECORDS", 50_000)
    blank = sheet_with(ROW, *[record(0x01, struct.pack("<II", c % 16_000, 0)) for c in range(20_000)])
    book = record(0x83) + record(0x8F) + record(0x90) + record(0x84)
    sheets = b"".join(record(0x9C, struct.pack("<II", 0, n) + wide_pair(f"s{n}")) for n in range(10))
    book = book[:4] + sheets + book[4:]
    rels = relationships([("rId1", "worksheet", "worksheets/sheet1.bin")])
    data = parts(**{"xl/workbook.bin": book, SHEET: blank, "xl/_rels/workbook.bin.rels": rels})
    with pytest.raises(DocumentTooLarge, match=r"^表\.xlsb: has more than 50,000 records; split it"):
        extract(data, ".xlsb", name="表.xlsb")


def wide_pair(title: str) -> bytes:
    """A BrtBundleSh's relationship id (rId1) and the sheet's name."""
    return b"".join(struct.pack("<I", len(t)) + t.encode("utf-16-le") for t in ("rId1", title))


# -------------------------------------------------------------------------------------- sheet drawings

CELLS = ["补贴申报表", "项目 | 金额（万元）", "设备购置 | 15", "人员培训 | 2.5", "说明", "项目 | 内容"]
LAUGHS = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {c} "{f"&{p};" * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.mark.parametrize(
    ("xml", "target"),
    [
        (None, "../../../../etc/passwd"),  # outside the package
        (None, "../worksheets/sheet1.xml"),  # the sheet itself
        (None, "../drawings/none.xml"),  # a missing part
        (
            LAUGHS + "]>" + drawing(anchor(0, 0, shape(["笑&i;"]))).split("?>", 1)[1],
            "../drawings/drawing1.xml",
        ),
    ],
)
def test_a_drawing_that_is_no_drawing_of_the_package_leaves_the_cells(xml: str | None, target: str) -> None:
    lines = read_xlsx(with_drawing(workbook(), xml, target=target))
    assert lines[:6] == CELLS
    assert not any("aaaa" in line or "root:" in line for line in lines)


def test_a_drawings_huge_text_counts_against_the_bound() -> None:
    data = with_drawing(workbook(), drawing(anchor(0, 0, shape(["字" * 3_000_000]))))
    with pytest.raises(DocumentTooLarge, match="characters"):
        read_xlsx(data, max_chars=1_000_000)


# ------------------------------------------------------------------------------------------ .docx charts


def figures(idx: list[tuple[str, str]], fmt: str = "General", date1904: bool = False) -> list[str]:
    points = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in idx)
    cache = (
        f'<c:numCache><c:formatCode>{fmt}</c:formatCode><c:ptCount val="1000000000"/>{points}</c:numCache>'
    )
    part = chart(series("名额", strings(["游泳", "篮球"]), f"<c:numRef><c:f>S!$B$2</c:f>{cache}</c:numRef>"))
    if date1904:
        part = part.replace(b'date1904 val="0"', b'date1904 val="1"')
    return read_docx(build(part)).splitlines()[1:-1]


def test_a_points_stray_idx_is_passed_over_not_the_chart() -> None:
    # (idx="²" is a digit to str.isdigit, and int() refused it: the whole chart had been lost)
    idx = [("-1", "1"), ("9" * 30, "2"), ("x", "3"), ("\u00b2", "4"), ("0", "5"), ("1", "6")]
    assert figures(idx) == ["游泳 | 名额: 5", "篮球 | 名额: 6"]


def test_a_1904_date_past_9999_is_the_figure_not_a_lost_chart() -> None:
    assert figures([("0", "2958000")], "yyyy-mm-dd", date1904=True) == ["游泳 | 名额: 2958000"]
    assert figures([("0", "2957000")], "yyyy-mm-dd", date1904=True) == ["游泳 | 名额: 9999-12-28"]


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [
        ("45000", "[h]:mm:ss", "1080000:00:00"),  # (elapsed hours: it had been :00:00)
        ("1.5", "[mm]:ss", "2160:00"),
        ("45000", '[$-804]yyyy"年"m"月"', "2023年3月"),
        ("1", "[$-F800]dddd, mmmm dd, yyyy", "1900-01-01"),
        ("1", '"' * 255, "1"),
        ("1", "[" * 255, "1"),
        ("-1", "0;" * 127, "1"),
        ("nan", "0.0", "nan"),
        ("-inf", "yyyy", "-inf"),
        ("1", "0" * 256, "1"),  # over Excel's 255 characters: General
    ],
)
def test_pathological_format_codes_show_a_value(value: str, fmt: str, text: str) -> None:
    assert shown(value, fmt, False) == text


# ------------------------------------------------------------------------------------- Flat OpenDocument

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
TEXT_KIND = "application/vnd.oasis.opendocument.text"


def flat(body: str, head: str = "", kind: str = TEXT_KIND, root: str = "office:document") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{head}<{root} {NS} office:mimetype="{kind}">'
        f"<office:body><office:text>{body}</office:text></office:body></{root}>"
    ).encode()


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (flat("<text:p>前&x;后</text:p>", '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'), "前后"),
        (
            flat("<text:p>前后</text:p>", '<!DOCTYPE d [<!ENTITY % x SYSTEM "file:///etc/passwd"> %x;]>'),
            "前后",
        ),
        (flat("<text:p>正文</text:p>").decode().replace("UTF-8", "UTF-16").encode("utf-16"), "正文"),
        (b"\xef\xbb\xbf" + flat("<text:p>正文</text:p>"), "正文"),
        (
            flat(
                '<table:table><table:table-row><table:table-cell table:number-columns-repeated="1000000000">'
                "<text:p>格</text:p></table:table-cell></table:table-row></table:table>"
            ),
            " | ".join(["格"] * 16_384),
        ),
    ],
)
def test_a_flat_odt_reads_no_entity_and_its_tables_within_bounds(data: bytes, text: str) -> None:
    assert extract(data, ".fodt", name="通知.fodt").text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (flat("<text:p>&i;</text:p>", LAUGHS + "]>"), "is not a readable Flat .odt file (Maximum entity"),
        (flat("<text:p>x</text:p>", root="office:documentx"), "is XML but no Flat OpenDocument file"),
        (
            flat("<text:p>x</text:p>", kind="application/vnd.oasis.opendocument.spreadsheet"),
            "is an OpenDocument spreadsheet, not text; save it as .odt",
        ),
        (
            flat("<text:section>" * 5000 + "<text:p>x</text:p>" + "</text:section>" * 5000),
            "is not a readable Flat .odt file (Excessive depth in document",
        ),
        # a heading deep in tracked changes, where only the title is looked for (a RecursionError had escaped)
        (
            flat(
                "<text:tracked-changes><text:h>"
                + "<text:span>" * 1500
                + "x"
                + "</text:span>" * 1500
                + "</text:h></text:tracked-changes><text:p>正文</text:p>"
            ),
            "nests its elements too deeply to read; re-save it as .docx",
        ),
        (
            b"<x>" + b"a" * 21_000_000 + b"</x>",
            "is 21,000,007 bytes, over the 20,000,000 a text file is read to",
        ),
    ],
)
def test_a_hostile_flat_odt_is_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        extract(data, ".fodt", name="通知.fodt")
    assert caught.value.name == "通知.fodt"
    assert reason in caught.value.reason
    assert "\n" not in str(caught.value)


# ------------------------------------------------------------------------------------------- name_suffix


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("a.b.c.d.docx", ".docx"),
        ("通知.DOCX", ".docx"),
        ("showinfo.jsp?infoid=1", ".jsp"),
        ("index.html@id=3", ".html"),
        ("list.htm@page=2&x=a.b", ".htm"),
        ("a@b.docx", ".docx"),
        ("a.docx?", ".docx"),
        ("资料.TAR.GZ", ".tar.gz"),
        ("C:\\资料\\f.tgz", ".tgz"),
        ("a.tar.gz.txt", ".txt"),
        (".tar.gz", ".gz"),  # a name that is only a suffix: a hidden file's
        (".docx", ""),
        ("doc.pdf.", ".pdf"),  # trailing dots and spaces are no part of a name (Windows drops them)
        ("doc.pdf ", ".pdf"),
        ("文件。docx", ""),
        ("", ""),
        ("..", ""),
    ],
)
def test_a_names_suffix(name: str, suffix: str) -> None:
    assert name_suffix(name) == suffix
