"""A UOF document (GB/T 20916: .uof, .uot …) and a vCard contact file (.vcf) as documents (indexer/uof.py,
indexer/vcard.py): eval/policy32's files, written blind — which citeqa had skipped as unsupported — and the
shapes such files take beyond them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from indexer.decode import DocumentError
from indexer.load import extract, read_document
from indexer.settings import PROJECT_ROOT
from tests.foldersearch import index_and_search

DOCS = PROJECT_ROOT / "eval/policy32/docs"
UOF = DOCS / "湖南/隆回县/隆回县2026年下半年征兵工作通告.uof"
VCF = DOCS / "福建/霞浦县/霞浦县伏季休渔渔民生活补助受理联系人.vcf"
UOF_NS = (
    'xmlns:uof="http://schemas.uof.org/cn/2003/uof" xmlns:字="http://schemas.uof.org/cn/2003/uof-wordproc" '
    'xmlns:表="http://schemas.uof.org/cn/2003/uof-spreadsheet"'
)


def _uof(body: str, title: str = "") -> bytes:
    meta = f"<uof:元数据><uof:标题>{title}</uof:标题></uof:元数据>" if title else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><uof:UOF {UOF_NS} uof:mimetype="vnd.uof.text">{meta}'
        f"<uof:文字处理><字:主体>{body}</字:主体></uof:文字处理></uof:UOF>"
    ).encode()


def _para(*runs: str) -> str:
    return "<字:段落>" + "".join(f"<字:句><字:文本串>{r}</字:文本串></字:句>" for r in runs) + "</字:段落>"


def test_the_notice_reads_as_its_paragraphs_a_bold_figure_in_its_sentence() -> None:
    lines = read_document(UOF).split("\n")
    assert lines[0] == "隆回县人民政府征兵办公室关于2026年下半年征兵工作的通告"
    assert (
        lines[3]
        == "二、网上报名：应征青年登录全国征兵网进行兵役登记和应征报名，报名截止时间为2026年8月10日。"
    )
    assert (
        lines[5] == "四、体格检查：2026年8月15日至8月25日，在县征兵体检站（隆回县人民医院）统一进行体格检查。"
    )
    assert len(lines) == 12 and lines[-1] == "2026年7月1日"
    assert "报名截止时间为2026年8月10日" not in UOF.read_text(encoding="utf-8")  # (split over runs)


def test_uof_metadata_styles_and_objects_are_not_text_and_a_table_reads_as_rows() -> None:
    body = (
        "<uof:式样集><字:段落><字:句><字:文本串>样式文字</字:文本串></字:句></字:段落></uof:式样集>"
        + _para("每人", "8000", "元")
        + '<字:段落><字:句><字:文本串>电话</字:文本串><字:空格符 字:个数="2"/>'
        "<字:文本串>12345</字:文本串><字:换行符/><字:文本串>地址：县政府</字:文本串></字:句></字:段落>"
        "<字:文字表><字:行><字:单元格>"
        + _para("学历")
        + "</字:单元格><字:单元格>"
        + _para("奖励")
        + "</字:单元格></字:行><字:行><字:单元格>"
        + _para("本科")
        + "</字:单元格><字:单元格>"
        + _para("8000元")
        + "</字:单元格></字:行></字:文字表>"
        "<uof:对象集><uof:对象数据>iVBORw0KGgo=</uof:对象数据></uof:对象集>"
    )
    extracted = extract(_uof(body, "征兵通告"), ".uof", name="a.uof")
    assert extracted.title == "征兵通告"
    assert extracted.text.split("\n") == [
        "每人8000元",
        "电话 12345",
        "地址：县政府",
        "学历 | 奖励",
        "本科 | 8000元",
    ]


def test_a_uof_2_package_reads_its_coded_names() -> None:
    body = (
        '<字:文字处理文档_4225 xmlns:字="http://schemas.uof.org/cn/2009/wordproc"><字:段落_416B>'
        "<字:句_419D><字:文本串_415B>补贴标准为每户</字:文本串_415B></字:句_419D><字:句_419D>"
        "<字:文本串_415B>2700元</字:文本串_415B></字:句_419D></字:段落_416B></字:文字处理文档_4225>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.uof.text")
        package.writestr("content.xml", body.encode())
    assert extract(buffer.getvalue(), ".uot", name="a.uot").text == "补贴标准为每户2700元"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<uof:UOF", "a.uof: is not a well-formed UOF document"),
        (b"<html><body>x</body></html>", "a.uof: is no UOF document (no 字:段落 or 表:单元格 in it)"),
    ],
)
def test_a_uof_that_is_none_is_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        extract(data, ".uof", name="a.uof")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_the_contacts_read_as_a_paragraph_per_card_quoted_printable_unfolded() -> None:
    lines = read_document(VCF).split("\n")
    assert len(lines) == 4
    assert lines[1] == (
        "姓名：郑海燕；单位：霞浦县三沙镇人民政府；职务：渔业办公室；电话：0593-8591032；地址：霞浦县三沙镇便民服务中心；"
        "备注：三沙镇受理点设在三沙镇便民服务中心2号窗口。"
    )
    assert "三沙镇" not in VCF.read_text(encoding="ascii")  # (every Chinese byte quoted-printable)


def test_vcard_3_folding_escapes_a_gbk_card_and_a_photo() -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王芳\r\nORG:县退役军人事务局;优抚股\r\nTEL;TYPE=WORK:0739-822\r\n"
        " 1370\r\nNOTE:工作日受理\\n周末休息\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==\r\nEND:VCARD\r\n"
    ).encode()
    gbk = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:"
    gbk += "".join(f"={b:02X}" for b in "李明".encode("gbk")).encode() + b"\r\nEND:VCARD\r\n"
    assert extract(card + gbk, ".vcf", name="a.vcf").text.split("\n") == [
        "姓名：王芳；单位：县退役军人事务局 优抚股；电话：0739-8221370；备注：工作日受理 周末休息。",
        "姓名：李明。",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"FN:x\r\n", "a.vcf: holds no contact (no BEGIN:VCARD); it is not a vCard file"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n", "a.vcf: has no filled contact; nothing to index"),
    ],
)
def test_a_vcf_that_is_none_is_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        extract(data, ".vcf", name="a.vcf")
    assert str(caught.value) == message


def test_a_folder_of_both_is_indexed_and_searched(tmp_path: Path) -> None:
    said, top = index_and_search(tmp_path, (UOF, VCF), "三沙镇 受理点 窗口")
    assert "2 documents" in said and "skipped 0" in said
    assert "三沙镇受理点设在三沙镇便民服务中心2号窗口" in top["text"]
