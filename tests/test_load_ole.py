"""Outlook .msg (indexer/olemsg.py) and binary PowerPoint .ppt (indexer/pptbin.py): the two policy29 files as
committed, and variants written here with eval/policy29/cfb.py — attachments, an attached message, a cp936
8-bit body, an HTML-only and an RTF-only body; slides listed out of persist order, notes, a text box, table
cells, a master's prompts, a summary title — and damaged or foreign OLE files, each refused in one line."""

from __future__ import annotations

import struct
from pathlib import Path

import compressed_rtf
import pytest

from eval.policy29.cfb import compound_file
from indexer import olemsg
from indexer.decode import DocumentError
from indexer.olemsg import read_msg
from indexer.pptbin import ppt_pages
from indexer.worddoc import DocumentTooLarge

DOCS = Path(__file__).resolve().parents[1] / "eval" / "policy29" / "docs"
REAL_MSG = DOCS / "江西" / "黎川县" / "关于报送2026年上半年农村客运通村班线运营补贴申报材料的通知.msg"
REAL_PPT = DOCS / "浙江" / "青田县" / "青田县侨务政策宣讲（2026）.ppt"
MSG_CLSID = bytes.fromhex("0b0d020000000000c000000000000046")


def _none(_: int) -> None:
    return None


# ------------------------------------------------------------------------------------------- .msg


def _props(entries: list[tuple[int, int, int]], header: bytes) -> bytes:
    """A __properties_version1.0 stream: (property id, type, value or size) at 16 bytes each."""
    out = header
    for pid, kind, value in entries:
        out += struct.pack("<IIQ", (pid << 16) | kind, 6, value)
    return out


def _object(
    streams: dict[str, bytes],
    where: str,
    strings: dict[int, bytes | str],
    header: bytes,
    ints: dict[int, int],
) -> None:
    """Streams of one message, attachment or embedded message under ``where``: a str as 001F, bytes as 0102
    (or 001E when the id is in 0x0037/0x1000: tests of 8-bit strings pass them so)."""
    entries = []
    for pid, value in strings.items():
        if isinstance(value, str):
            data, kind = value.encode("utf-16-le"), 0x001F
        else:
            data, kind = value, 0x001E if pid in (0x0037, 0x1000) else 0x0102
        streams[f"{where}__substg1.0_{pid:04X}{kind:04X}"] = data
        entries.append((pid, kind, len(data) + (2 if kind == 0x001F else 1 if kind == 0x001E else 0)))
    entries += [(pid, 0x0003, value) for pid, value in ints.items()]
    streams[f"{where}__properties_version1.0"] = _props(entries, header)


def _msg(
    strings: dict[int, bytes | str],
    ints: dict[int, int] | None = None,
    attachments: list[tuple[str, bytes]] | None = None,
    embedded: dict[int, bytes | str] | None = None,
) -> bytes:
    attachments = attachments or []
    streams: dict[str, bytes] = {}
    top = (
        bytes(8) + struct.pack("<IIII", 0, 0, len(attachments) + bool(embedded), len(attachments)) + bytes(8)
    )
    _object(streams, "", {0x001A: "IPM.Note", **strings}, top, ints or {})
    for i, (filename, data) in enumerate(attachments):
        where = f"__attach_version1.0_#{i:08X}/"
        _object(
            streams, where, {0x3707: filename, 0x3704: "SHORT~1.TXT", 0x3701: data}, bytes(8), {0x3705: 1}
        )
    if embedded is not None:
        where = f"__attach_version1.0_#{len(attachments):08X}/"
        streams[f"{where}__properties_version1.0"] = _props(
            [(0x3705, 0x0003, 5), (0x3701, 0x000D, 0)], bytes(8)
        )
        inner = bytes(8) + struct.pack("<IIII", 0, 0, 0, 0)
        _object(streams, f"{where}__substg1.0_3701000D/", {0x001A: "IPM.Note", **embedded}, inner, {})
    return compound_file(streams, MSG_CLSID)


def test_real_msg_subject_and_body() -> None:
    mail = read_msg(REAL_MSG.read_bytes(), REAL_MSG.name)
    assert mail.subject == "关于报送2026年上半年农村客运通村班线运营补贴申报材料的通知"
    assert not mail.html and mail.attachments == []
    assert "一、请各企业于2026年7月15日前将申报表、车辆营运证复印件和上半年运营台账报送局运输股" in mail.body
    assert "以GPS轨迹为准。\n\n三、上半年补贴首期拨付50%，余额在全年考核后结清。" in mail.body
    assert "\r" not in mail.body


def test_msg_attachments_names_and_bytes_in_order() -> None:
    docx = b"PK\x03\x04" + bytes(range(256)) * 20  # (over the 4096-byte cutoff: a big stream)
    data = _msg(
        {0x0037: "附件通知", 0x1000: "正文见附件。"}, attachments=[("申报表.docx", docx), ("说明.txt", b"hi")]
    )
    mail = read_msg(data, "n.msg")
    assert (mail.subject, mail.body, mail.html) == ("附件通知", "正文见附件。", False)
    assert mail.attachments == [("申报表.docx", docx), ("说明.txt", b"hi")]


def test_msg_8bit_body_in_the_messages_code_page() -> None:
    body = "请于2026年7月15日前报送。"
    data = _msg({0x0037: "通知".encode("cp936"), 0x1000: body.encode("cp936")}, {0x3FFD: 936, 0x3FDE: 936})
    mail = read_msg(data, "gbk.msg")
    assert (mail.subject, mail.body) == ("通知", body)


def test_msg_html_body_when_no_plain_one() -> None:
    page = "<html><meta charset=gbk><p>首期拨付50%</p></html>"
    mail = read_msg(_msg({0x1013: page.encode("gbk")}, {0x3FDE: 936}), "h.msg")
    assert (mail.subject, mail.body, mail.html) == (None, page, True)


def test_msg_text_of_a_compressed_rtf_body() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 SimSun;}}\f0 GPS\'b9\'ec\'bc\'a3\par}"
    mail = read_msg(_msg({0x1009: compressed_rtf.compress(rtf)}), "r.msg")
    assert (mail.body.strip(), mail.html) == ("GPS轨迹", False)


def test_msg_attached_message_becomes_an_eml() -> None:
    data = _msg({0x0037: "转发", 0x1000: "见附件"}, embedded={0x0037: "原通知", 0x1000: "首期拨付50%"})
    mail = read_msg(data, "f.msg")
    [(filename, eml)] = mail.attachments
    assert filename == "原通知.eml"
    assert b"Subject: =?utf-8?" in eml and "首期拨付50%".encode() in eml


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Subject: hi\r\n\r\nbody", "not an OLE compound file"),
        (compound_file({"WordDocument": bytes(600), "1Table": bytes(10)}), "no MAPI property stream"),
        (REAL_MSG.read_bytes()[:3000], "OLE structure is damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(3000), "OLE structure is damaged"),
    ],
)
def test_msg_not_a_message_or_damaged(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason) as caught:
        read_msg(data, "坏.msg")
    assert str(caught.value).startswith("坏.msg: ") and "\n" not in str(caught.value)


def test_msg_too_many_attachments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(olemsg, "MAX_ATTACHMENTS", 2)
    data = _msg({0x1000: "x"}, attachments=[(f"{i}.txt", b"a") for i in range(3)])
    with pytest.raises(DocumentTooLarge, match=r"has 3 attachments \(limit 2\)"):
        read_msg(data, "many.msg")


# ------------------------------------------------------------------------------------------- .ppt


def _rec(kind: int, body: bytes, instance: int = 0, ver: int = 0) -> bytes:
    return struct.pack("<HHI", ver | (instance << 4), kind, len(body)) + body


def _con(kind: int, *children: bytes, instance: int = 0) -> bytes:
    return _rec(kind, b"".join(children), instance, 0xF)


def _chars(text: str) -> bytes:
    return _rec(0x0FA0, text.encode("utf-16-le"))


def _bytes(text: str) -> bytes:
    return _rec(0x0FA8, text.encode("latin-1"))


def _textbox(*atoms: bytes) -> bytes:
    """A shape holding a client text box (OfficeArtSpContainer > OfficeArtClientTextbox)."""
    return _con(0xF004, _con(0xF00D, *atoms))


def _summary(title: str) -> bytes:
    """\\x05SummaryInformation with a code page (UTF-8) and a VT_LPSTR title."""
    raw = title.encode("utf-8") + b"\0"
    props = struct.pack("<HxxH2x", 0x0002, 65001) + struct.pack("<HxxI", 0x001E, len(raw)) + raw
    section = struct.pack("<II", 8 + 16 + len(props), 2) + struct.pack("<IIII", 1, 24, 2, 32) + props
    return struct.pack("<HHI16sI", 0xFFFE, 0, 0, bytes(16), 1) + bytes(16) + struct.pack("<I", 48) + section


def _ppt(
    slides: list[tuple[list[bytes], list[bytes], list[bytes]]], order: list[int], current_user: bool = True
) -> bytes:
    """A .ppt: slide i has its list texts, its drawing's shapes and its notes' shapes; ``order`` is the
    presentation order (the SlideListWithText's) of the slides, whose persist ids are 2 + i."""
    n = len(slides)
    slist = b"".join(
        _rec(0x03F3, struct.pack("<IIiII", 2 + i, 0, len(slides[i][0]), 256 + i, 0))
        + b"".join(_rec(0x0F9F, struct.pack("<I", 1)) + t for t in slides[i][0])
        for i in order
    )
    nlist = b"".join(_rec(0x03F3, struct.pack("<IIiII", 2 + n + i, 0, 0, 512 + i, 0)) for i in range(n))
    master = _con(0x03F8, _con(0x040C, _textbox(_chars("单击此处编辑母版标题样式"), _bytes("Click to edit"))))
    document = _con(
        0x03E8,
        _rec(0x03E9, bytes(40)),
        _con(0x0FF0, slist, instance=0),
        _con(0x0FF0, nlist, instance=2),
        _rec(0x03EA, b""),
    )
    stream, offsets = document + master, [0]
    for i, (_, shapes, _) in enumerate(slides):
        offsets.append(len(stream))
        atom = _rec(0x03EF, struct.pack("<I8sIIHH", 0, bytes(8), 0x80000000, 512 + i, 1, 0), ver=2)
        stream += _con(0x03EE, atom, _con(0x040C, _con(0xF002, *shapes)))
    for i, (_, _, notes) in enumerate(slides):
        offsets.append(len(stream))
        stream += _con(0x03F0, _rec(0x03F1, struct.pack("<IHH", 256 + i, 0, 0)), _con(0x040C, *notes))
    directory = len(stream)
    stream += _rec(
        0x1772, struct.pack("<I", 1 | (len(offsets) << 20)) + struct.pack(f"<{len(offsets)}I", *offsets)
    )
    edit = len(stream)
    stream += _rec(0x0FF5, struct.pack("<IHBBIIIIHH", 256, 0, 0, 3, 0, directory, 1, len(offsets) + 1, 1, 0))
    streams = {"PowerPoint Document": stream, "\x05SummaryInformation": _summary("侨务政策宣讲")}
    if current_user:
        atom = struct.pack("<IIIHHBBH", 0x14, 0xE391C05F, edit, 3, 0x03F4, 3, 0, 0) + b"jyb"
        streams["Current User"] = _rec(0x0FF6, atom)
    return compound_file(streams)


DECK = [
    (
        [_chars("一、标题"), _chars("第一行\r第二行\v软换行")],
        [_textbox(_rec(0x0F9E, struct.pack("<iI", 1, 0)))],
        [],
    ),
    (
        [_bytes("Title only bytes")],
        [
            _textbox(_chars("文本框：30个工作日内办结")),
            _textbox(_chars("单元格A")),
            _textbox(_chars("单元格B")),
        ],
        [_textbox(_chars("备注：华侨回国定居证"))],
    ),
]


def test_real_ppt_slides_in_order() -> None:
    pages, title = ppt_pages(REAL_PPT.read_bytes(), REAL_PPT.name, _none)
    assert title is None and len(pages) == 4
    assert pages[0] == "青田县侨务政策宣讲\nQingtian Overseas Chinese Affairs Office, 2026"
    assert pages[2].splitlines()[2] == "审批：县侨办受理，报省侨办审批，30个工作日内办结"
    assert pages[2].splitlines()[3] == "批准后发给《华侨回国定居证》，凭证到公安机关办理户口登记"


def test_ppt_presentation_order_shapes_notes_and_title() -> None:
    sizes: list[int] = []
    pages, title = ppt_pages(_ppt(DECK, order=[1, 0]), "d.ppt", sizes.append)
    assert title == "侨务政策宣讲"
    assert pages == [
        "文本框：30个工作日内办结\n单元格A\n单元格B\nTitle only bytes\n备注：华侨回国定居证",
        "第一行\n第二行\n软换行\n一、标题",  # the shape's reference first, then the text no shape refers to
    ]
    assert sizes == [len(pages[0]), len(pages[0]) + len(pages[1])]
    assert all("母版" not in p and "Click" not in p for p in pages)


def test_ppt_without_current_user_reads_the_top_level_records() -> None:
    pages, _ = ppt_pages(_ppt(DECK, order=[0, 1], current_user=False), "d.ppt", _none)
    assert pages[0] == "第一行\n第二行\n软换行\n一、标题"


def test_ppt_check_can_refuse() -> None:
    def refuse(n: int) -> None:
        raise DocumentTooLarge("d.ppt", f"has more than {n} characters")

    with pytest.raises(DocumentTooLarge):
        ppt_pages(_ppt(DECK, order=[0, 1]), "d.ppt", refuse)


@pytest.mark.parametrize(
    ("streams", "reason"),
    [
        ({"PowerPoint Document": bytes(range(256)) * 3}, "damaged .ppt file"),
        (
            {"PowerPoint Document": _con(0x03E8, bytes(8))[:4] + struct.pack("<I", 10**6) + bytes(600)},
            "longer than",
        ),
        ({"WordDocument": bytes(600)}, "is not a PowerPoint 97-2003 presentation"),
        ({"PowerPoint Document": bytes(600), "EncryptedSummary": b"x"}, "is encrypted"),
    ],
)
def test_ppt_damaged_or_not_a_presentation(streams: dict[str, bytes], reason: str) -> None:
    with pytest.raises(DocumentError, match=reason) as caught:
        ppt_pages(compound_file(streams), "坏.ppt", _none)
    assert str(caught.value).startswith("坏.ppt: ") and "\n" not in str(caught.value)


def test_ppt_truncated_and_garbage_files() -> None:
    for data in (REAL_PPT.read_bytes()[:2000], b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(3000), b"not ole"):
        with pytest.raises(DocumentError, match=r"^坏\.ppt: "):
            ppt_pages(data, "坏.ppt", _none)


def test_ppt_record_overrunning_a_slide() -> None:
    deck = _ppt(DECK, order=[0, 1])
    broken = deck.replace(
        _chars("单元格A"), _rec(0x0FA0, b"")[:4] + struct.pack("<I", 5000) + "单元格A".encode("utf-16-le")
    )
    with pytest.raises(DocumentError, match="longer than what holds it"):
        ppt_pages(broken, "坏.ppt", _none)
