"""An OpenDocument drawing (.odg, a 宣传单 made in LibreOffice Draw) and a mail folder (.mbox, as Thunderbird
and Foxmail export one) as documents (indexer/odf.py, indexer/mbox.py): eval/policy33's files, written blind —
which citeqa had skipped as unsupported — and the shapes such files take beyond them."""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

import pytest

from indexer import mbox
from indexer.build import index_paths
from indexer.decode import DocumentError
from indexer.load import extract, read_document
from indexer.settings import DEFAULTS, PROJECT_ROOT
from tests.conftest import KeywordEncoder
from tests.foldersearch import index_and_search
from tests.odfpackage import odf_package

DOCS = PROJECT_ROOT / "eval/policy33/docs"
ODG = DOCS / "广西/陆川县/陆川县有线电视惠民减免宣传单.odg"
MBOX = DOCS / "河南/虞城县/虞城县供销社业务邮件.mbox"


def test_the_flyer_reads_as_its_shapes_top_to_bottom_a_spanned_figure_whole() -> None:
    lines = read_document(ODG).split("\n")
    assert lines[:4] == [
        "有线电视惠民减免\u3000困难家庭看得起",
        "陆川县有线电视惠民政策宣传",
        "基本收视维护费每户每月25元",
        "低保户、特困供养人员：全额减免",
    ]
    assert lines[-1] == "客服热线：96335（每日8:00-20:00）" and len(lines) == 9
    with zipfile.ZipFile(ODG) as package:
        assert b"\xe6\xaf\x8f\xe6\x9c\x8825\xe5\x85\x83" not in package.read(
            "content.xml"
        )  # (每月25元 in spans)


def test_a_drawings_pages_and_shapes_and_a_presentation_by_its_name() -> None:
    body = (
        "<office:drawing><draw:page>"
        '<draw:custom-shape svg:x="1cm" svg:y="9cm"><text:p>办理地点：营业厅</text:p></draw:custom-shape>'
        '<draw:frame svg:x="1cm" svg:y="2cm"><draw:text-box><text:p>补贴<text:span>每户</text:span>'
        "200元</text:p></draw:text-box></draw:frame>"
        "</draw:page><draw:page><draw:frame><draw:text-box><text:p>第二页</text:p></draw:text-box></draw:frame>"
        "</draw:page></office:drawing>"
    )
    read = extract(odf_package("application/vnd.oasis.opendocument.graphics", body), ".odg", name="a.odg")
    assert read.text == "补贴每户200元\n办理地点：营业厅\n第二页"
    assert len(read.pages or []) == 2
    # a drawing saved without its suffix is one by its mimetype
    assert (
        extract(odf_package("application/vnd.oasis.opendocument.graphics", body), "", name="a").text
        == read.text
    )
    slides = odf_package("application/vnd.oasis.opendocument.presentation", "<office:presentation/>")
    with pytest.raises(
        DocumentError, match=r"^a.odg: is an OpenDocument presentation, not a drawing; save it"
    ):
        extract(slides, ".odg", name="a.odg")


def test_the_mail_folder_reads_each_message_under_its_subject_its_attachment_after_it() -> None:
    text = read_document(MBOX)
    lines = text.split("\n")
    assert lines[0] == "关于做好2026年春耕农资保供工作的通知"
    assert "一、各基层社须于2026年2月20日前完成化肥储备入库，储备数量按县社下达任务执行。" in lines
    assert "三、县社设立农资保供热线0370-4213688，各基层社要安排专人值守。" in lines
    second = lines.index("转发：冷链物流补助申报表")
    assert lines[second + 1 :].count("附件：冷链物流补助申报表.docx") == 1
    assert lines[-1] == "注：冷藏保鲜库须于2026年10月31日前建成投用，逾期未建成的不予补助。"
    assert b"0370-4213688" not in MBOX.read_bytes()  # (a base64 GBK body, its lines ended CRLF)
    assert "\r" not in text


def _message(subject: str, body: str) -> bytes:
    encoded = base64.b64encode(body.encode("gbk")).decode()
    return (
        f"Subject: =?GBK?B?{base64.b64encode(subject.encode('gbk')).decode()}?=\n"
        f'Content-Type: text/plain; charset="GBK"\nContent-Transfer-Encoding: base64\n\n{encoded}\n'
    ).encode()


def test_a_folders_messages_are_parted_only_at_from_lines_after_a_blank_line() -> None:
    plain = (
        b"Subject: plain\n\n>From the county office: line one.\n>From quoted.\n>>From twice.\nFrom here on.\n"
    )
    folder = (
        b"From a@x Mon Jan  5 09:00:00 2026\n"
        + _message("通知一", "第一条消息。")
        + b"\nFrom b@x Tue Jan  6 09:00:00 2026\n"
        + plain
        + b"\r\nFrom c@x Wed Jan  7 09:00:00 2026\r\n"
        + b"Content-Type: text/plain\r\n\r\n\r\n"  # (no text: left out)
        + b"\nFrom d@x Thu Jan  8 09:00:00 2026\n"
        + _message("通知四", "第四条消息。")
    )
    assert len(mbox.mbox_messages(folder, "a.mbox")) == 4
    assert extract(folder, ".mbox", name="a.mbox").text.split("\n") == [
        "通知一",
        "第一条消息。",
        "",
        "plain",
        "From the county office: line one.",
        "From quoted.",
        ">From twice.",
        "From here on.",
        "",
        "通知四",
        "第四条消息。",
    ]
    one = extract(
        b"From a@x Mon Jan  5 09:00:00 2026\n" + _message("通知一", "第一条消息。"), ".mbox", name="b"
    )
    assert one.title == "通知一"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"Subject: x\n\nbody\n",
            "a.mbox: is not a mail folder (no 'From ' line opens it); export it as .mbox again",
        ),
        (b"From a@x Mon Jan  5 09:00:00 2026\n\n\n", "a.mbox: holds no message with text; nothing to index"),
        (
            b"From a@x\n\nx\n\n" * (mbox.MAX_MESSAGES + 1),
            "a.mbox: holds over 1,000 messages; export its folders one by one",
        ),
    ],
)
def test_a_file_that_is_no_mail_folder_or_is_over_its_bound_is_one_line(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as raised:
        extract(data, ".mbox", name="a.mbox")
    assert str(raised.value) == message


def test_a_folder_of_both_is_indexed_and_searched(tmp_path: Path) -> None:
    said, top = index_and_search(tmp_path, (ODG, MBOX), "虞城 供销社 农资保供热线")
    assert "2 documents" in said and "skipped 0" in said
    assert "0370-4213688" in top["text"]


def test_a_mail_folder_over_its_bound_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder export runs to gigabytes: over the bound it is one skipped line, checked by the file's size
    before it is read, and the folder's other files are indexed."""
    monkeypatch.setattr(mbox, "MAX_MBOX_BYTES", 1000)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "收件箱.mbox").write_bytes(b"From a@x Mon Jan  5 09:00:00 2026\nSubject: x\n\n" + b"x" * 2000)
    (folder / "说明.txt").write_text("邮件夹之外的说明文件。", encoding="utf-8")
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert [(Path(s.name).name, s.reason) for s in report.skipped] == [
        ("收件箱.mbox", "is 2,046 bytes (limit 1,000); export its folders one by one")
    ]
    assert len(report.added) == 1 and report.documents == 1
