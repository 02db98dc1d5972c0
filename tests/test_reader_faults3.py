"""Faults found probing the readers of eval/policy29's new kinds of file (numfmt.py, pptbin.py, olemsg.py)
with hostile input: a number format that overflowed a float, rounded as Python does and not as Excel
shows, or was parsed again for every cell; a .ppt whose listed texts, edits, nesting or notes made its
reading quadratic or unbounded, or that is a .pptx or PDF under a .ppt name; an Outlook attachment whose
long name is NULs or a folder. Each is read or refused in one line, through the real extraction."""

from __future__ import annotations

import io
import struct

import openpyxl
import pytest

from eval.policy29.cfb import compound_file
from indexer.decode import DocumentError
from indexer.load import extract
from indexer.numfmt import with_text
from indexer.olemsg import read_msg
from indexer.pptbin import ppt_pages
from tests.test_load_ole import _chars, _con, _msg, _rec

# ------------------------------------------------------------------------------------------ numfmt


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        # Excel rounds half away from zero, from 15 significant digits (it had been 2.67元, 2元, 3.12万元)
        (2.675, '0.00"元"', "2.68元"),
        (2.5, '0"元"', "3元"),
        (-2.5, '0"元"', "-3元"),
        (3.125, '0.00"万元"', "3.13万元"),
        (0.1 + 0.2, '0.000000000000000000"元"', "0.300000000000000000元"),
        # more trailing commas than a float holds (an OverflowError had refused the whole workbook)
        (3.12, "0" + "," * 200 + '"元"', "0元"),
        (1e308, "0" + "," * 120 + '"亿"', "0亿"),
        # an int beyond a float (openpyxl reads <v>1…</v> of 400 digits as one)
        (10**400, '0"元"', "1" + "0" * 400 + "元"),
        # Excel's 30 digits after the point at most
        (0.5, "0." + "0" * 40 + '"元"', "0." + "5" + "0" * 29 + "元"),
        # not a finite number: as the cell shows it without its format (it had been nan元, inf元)
        (float("nan"), '0"元"', None),
        (float("-inf"), '0.00"万元"', None),
        # a format longer than Excel accepts is not read (10,000 characters had been parsed for every cell)
        (3.12, "0.00" + '"元"' * 200, None),
        # an escape, padding or fill with nothing after it is no text (0\ had shown 3.12 as 3\)
        (3.12, "0\\", None),
        (3.12, "0*", None),
        (3.12, "0_", None),
        (3.12, '0"元"\\', "3元"),
        # unterminated quotes and brackets, literals only, empty sections, negative zero
        (3.12, '0.00"万元', "3.12万元"),
        (3.12, '"万元', None),
        (3.12, "[$¥-804#,##0.00", None),
        (3.12, '"元";"元";"元"', None),
        (3.12, ";;;", None),
        (-0.0, '0"元";-0"元";0"元整"', "0元整"),
        (-0.0, '0"元"', "0元"),
        (5e-324, '0.00"元"', "0.00元"),
    ],
)
def test_adversarial_number_formats(value: float, fmt: str, shown: str | None) -> None:
    assert with_text(value, fmt) == shown


def _workbook(fmt: str, value: float, cells: int = 1) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "合计"
    for row in range(2, cells + 2):
        sheet.cell(row=row, column=1, value=value).number_format = fmt
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbook_whose_format_overflows_is_read() -> None:
    """It had been refused whole: "is not a readable .xlsx file (a part of it is XML but not what Excel
    writes there)", the OverflowError of 1000 ** 200 caught by the workbook's catch-all."""
    data = _workbook("0" + "," * 200 + '"元"', 3.12)
    assert extract(data, ".xlsm", name="表.xlsm").text == "合计\n0元"


def test_a_workbook_of_rounded_unit_figures() -> None:
    assert extract(_workbook('0.00"万元"', 2.675), ".xlsx", name="表.xlsx").text == "合计\n2.68万元"


def test_a_long_format_shared_by_many_cells_is_parsed_once() -> None:
    fmt = "0.00" + '"元"' * 80  # (under Excel's 255 characters: read, and parsed once)
    for i in range(20000):  # (it had been parsed again for every cell: eval/reader_costs.py times it)
        assert with_text(i + 0.5, fmt) == f"{i}.50" + "元" * 80


# ------------------------------------------------------------------------------------------- .ppt


def _persist_atom(persist: int, ident: int) -> bytes:
    return _rec(0x03F3, struct.pack("<IIiII", persist, 0, 0, ident, 0))


def _deck(slides: list[bytes], notes: list[bytes], pages: list[bytes], edits: int = 1) -> bytes:
    """A .ppt whose DocumentContainer lists ``slides`` (instance 0) and ``notes`` (instance 2), followed by
    ``pages`` at persist ids 2, 3 …; ``edits`` UserEditAtoms chained back, all naming one directory."""
    document = _con(0x03E8, _con(0x0FF0, *slides, instance=0), _con(0x0FF0, *notes, instance=2))
    stream, offsets = document, [0]
    for page in pages:
        offsets.append(len(stream))
        stream += page
    directory = len(stream)
    body = b""
    for first in range(0, len(offsets), 4095):
        chunk = offsets[first : first + 4095]
        body += struct.pack("<I", (first + 1) | (len(chunk) << 20)) + struct.pack(f"<{len(chunk)}I", *chunk)
    stream += _rec(0x1772, body)
    last = 0
    for _ in range(edits):
        at = len(stream)
        stream += _rec(0x0FF5, struct.pack("<IHBBIIIIHH", 256, 0, 0, 3, last, directory, 1, 3, 1, 0))
        last = at
    user = _rec(0x0FF6, struct.pack("<IIIHHBBH", 0x14, 0xE391C05F, last, 3, 0x03F4, 3, 0, 0) + b"jyb")
    return compound_file({"PowerPoint Document": stream, "Current User": user})


def _textbox(*atoms: bytes) -> bytes:
    return _con(0xF004, _con(0xF00D, *atoms))


def _read(data: bytes, suffix: str = ".ppt") -> str:
    """(How long these decks take against plain ones of their size: eval/reader_costs.py.)"""
    return extract(data, suffix, name="宣讲.ppt").text


def test_many_listed_texts_beside_many_drawn_ones() -> None:
    """Each listed text had been looked for in a list of the drawn ones: 20,000 of each took 5 s."""
    drawn = [chr(0x4E00 + i % 100) + chr(0x5E00 + i // 100) for i in range(20000)]
    listed = [chr(0x6E00 + i % 100) + chr(0x7E00 + i // 100) for i in range(20000)]
    slide = _con(0x03EE, _con(0x040C, _con(0xF00D, *map(_chars, drawn))))
    data = _deck([_persist_atom(2, 256), *map(_chars, listed)], [], [slide])
    assert _read(data) == "\n".join(drawn + listed)


def test_many_edits_naming_one_big_persist_directory() -> None:
    """Each edit's directory had been read again: 9,000 edits naming one of 60,000 entries took minutes."""
    slide = _con(0x03EE, _textbox(_chars("侨务政策")))
    data = _deck([_persist_atom(2, 256)], [], [slide] + [b""] * 59998, edits=9000)
    assert _read(data) == "侨务政策"


def test_records_nested_64_deep_are_walked_at_the_cost_of_a_flat_list() -> None:
    """Each record had passed up through one generator per level: 2,000,000 records 64 deep took 4 s."""
    inner = b"".join(_rec(0x0FA0, b"") for _ in range(100000))
    for _ in range(63):
        inner = _con(0x040C, inner)
    slides = [_persist_atom(2, 256 + i) for i in range(30)]
    data = _deck(slides, [], [_con(0x03EE, inner)])
    with pytest.raises(DocumentError) as caught:
        _read(data)
    assert str(caught.value) == (
        "宣讲.ppt: is a damaged .ppt file (it has more than 2,000,000 records); re-save it from PowerPoint"
    )


def test_nesting_past_64_is_refused() -> None:
    def nested(depth: int) -> bytes:  # (containers inside the slide's)
        inner = _textbox(_chars("侨务"))  # (two of them)
        for _ in range(depth - 2):
            inner = _con(0x040C, inner)
        return _deck([_persist_atom(2, 256)], [], [_con(0x03EE, inner)])

    assert _read(nested(64)) == "侨务"
    with pytest.raises(DocumentError) as caught:
        _read(nested(65))
    assert str(caught.value) == (
        "宣讲.ppt: is a damaged .ppt file (its records nest more than 64 deep); re-save it from PowerPoint"
    )


def test_one_notes_page_listed_thousands_of_times() -> None:
    """Notes are read before any slide's check: 5,000 entries naming one page of 400,000 characters had
    been read whole, for minutes and gigabytes."""
    slide = _con(0x03EE, _textbox(_chars("侨务政策")))
    notes = _con(0x03F0, _con(0x040C, _textbox(_chars("备" * 400000))))
    data = _deck([_persist_atom(2, 256)], [_persist_atom(3, 512 + i) for i in range(5000)], [slide, notes])
    with pytest.raises(DocumentError) as caught:
        _read(data)
    assert str(caught.value) == (
        "宣讲.ppt: is a damaged .ppt file (its notes list one notes page over and over); re-save it from "
        "PowerPoint"
    )


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            b"PK\x03\x04" + bytes(600),
            "not an OLE compound file: a zip package, as a .pptx is); rename it .pptx",
        ),
        # (a 0-byte file is empty, whatever its kind: tests/test_policy37_readers.py)
        (b"\x00" * 10, "not an OLE compound file); save it as .pptx"),
    ],
)
def test_a_deck_that_is_no_ole_file(data: bytes, said: str) -> None:
    """It had been "is not a readable .ppt file (its OLE structure is damaged)"."""
    for suffix in (".ppt", ".pps", ".dps"):
        with pytest.raises(DocumentError) as caught:
            extract(data, suffix, name=f"宣讲{suffix}")
        assert str(caught.value) == f"宣讲{suffix}: is not a PowerPoint 97-2003 presentation ({said}"


def test_a_deck_that_is_a_pdf_is_read_as_the_pdf() -> None:
    """A PDF under a .ppt name is read by the PDF reader (sniff.py), as one under a .doc name is; the .ppt
    reader, handed one, names what it is."""
    data = b"%PDF-1.7\n" + bytes(600)
    with pytest.raises(DocumentError, match=r"^宣讲\.ppt: is not a readable \.pdf file"):
        extract(data, ".ppt", name="宣讲.ppt")
    with pytest.raises(DocumentError) as caught:
        ppt_pages(data, "宣讲.ppt", lambda n: None)
    assert str(caught.value) == (
        "宣讲.ppt: is not a PowerPoint 97-2003 presentation (not an OLE compound file: a PDF); rename it .pdf"
    )


# ------------------------------------------------------------------------------------------- .msg


@pytest.mark.parametrize(
    ("long_name", "read_as"),
    [
        ("\x00", "SHORT~1.TXT"),  # (it had been "attachment", with no suffix, and left unread)
        ("申报说明.txt\x00垃圾", "申报说明.txt"),  # (its suffix had been .txt\x00垃圾)
        ("材料/", "SHORT~1.TXT"),
        ("..", "SHORT~1.TXT"),
        ("..\\..\\申报说明.txt", "申报说明.txt"),
    ],
)
def test_an_attachments_long_name_of_nuls_or_a_folder(long_name: str, read_as: str) -> None:
    data = _msg({0x0037: "通知", 0x1000: "正文见附件。"}, attachments=[(long_name, "每人五百元。".encode())])
    assert read_msg(data, "通知.msg").attachments == [(read_as, "每人五百元。".encode())]
    assert extract(data, ".msg", name="通知.msg").text == f"正文见附件。\n\n附件：{read_as}\n每人五百元。"
