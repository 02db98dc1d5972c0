"""Files as a folder holds them after a browser, wget or LibreOffice saved them (eval/policy30, written
blind): a CMS page saved under its URL's name, query and all (showinfo.jsp?infoid=21573), a Java site's reply
page (mailpubdetail.do, GBK), Flat OpenDocument text and spreadsheets (.fodt, .fods), and a tar archive of
text files (.tar.gz), each read as the folder indexer reads it."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from indexer.decode import DocumentError
from indexer.filenames import name_suffix
from indexer.ingest import Staged, stage_source
from indexer.load import extract
from indexer.settings import DEFAULTS
from indexer.sources import Source, iter_sources

PAGE = (
    "<html><head><meta charset='{}'><title>{}</title></head>"
    "<body><article><h1>{}</h1><p>{}</p></article></body></html>"
)
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DC = "http://purl.org/dc/elements/1.1/"


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("showinfo.jsp?infoid=21573", ".jsp"),
        ("index.html@id=3&page=2", ".html"),  # wget --restrict-file-names=windows writes ? as @
        ("content.do?id=7.2", ".do"),  # a dot in the query is no suffix
        ("王@家.docx", ".docx"),
        ("a@b", ""),  # an @ before no query names nothing
        ("村志编纂资料.tar.gz", ".tar.gz"),
        ("资料.TGZ", ".tgz"),
        (".tar.gz", ".gz"),  # a hidden file named for the suffix alone
        ("mailpubdetail.do", ".do"),
        ("汇报.key", ".key"),
        ("说明?", ""),
    ],
)
def test_a_files_suffix_is_its_pages_before_a_saved_query(name: str, suffix: str) -> None:
    assert name_suffix(name) == suffix


def _read(folder: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for source in iter_sources([folder]):
        assert isinstance(source, Source), source
        staged = stage_source(source, DEFAULTS)
        assert isinstance(staged, Staged), staged
        out[Path(source.name).relative_to(folder).as_posix()] = staged.prepared.text
    return out


def _flat(body: str, mimetype: str, title: str = "") -> bytes:
    meta = f"<office:meta><dc:title>{title}</dc:title></office:meta>" if title else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="{OFFICE}" xmlns:text="{TEXT}" '
        f'xmlns:table="{TABLE}" xmlns:dc="{DC}" office:version="1.3" office:mimetype="{mimetype}">{meta}'
        f"<office:body>{body}</office:body></office:document>"
    ).encode()


FODT = _flat(
    "<office:text><text:h>宁安市地下人防工程平战结合开发利用补贴办法</text:h>"
    "<text:p>第七条 使用单位于每年<text:span>11月1日</text:span>至11月30日申报。</text:p></office:text>",
    "application/vnd.oasis.opendocument.text",
    title="平战结合补贴办法",
)
FODS = _flat(
    '<office:spreadsheet><table:table table:name="第一批">'
    "<table:table-row><table:table-cell><text:p>单位</text:p></table:table-cell>"
    "<table:table-cell><text:p>核定补助（元）</text:p></table:table-cell></table:table-row>"
    + "".join(
        f"<table:table-row><table:table-cell><text:p>{who}</text:p></table:table-cell>"
        f'<table:table-cell office:value-type="float" office:value="{n}"><text:p>{n}</text:p>'
        "</table:table-cell></table:table-row>"
        for who, n in (("大畈镇", 9000), ("合计", 146100))
    )
    + "</table:table></office:spreadsheet>",
    "application/vnd.oasis.opendocument.spreadsheet",
)


def _tar(members: dict[str, bytes], mode: str = "w:gz") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode, format=tarfile.GNU_FORMAT) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("村志编纂资料/链接.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        archive.addfile(link)
    return buffer.getvalue()


def test_pages_saved_under_their_urls_flat_opendocument_and_a_tar_archive_are_read(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "showinfo.jsp?infoid=21573").write_text(
        PAGE.format(
            "utf-8",
            "减免办法",
            "遂平县结建式人防工程易地建设费减免办法",
            "申请人提交材料后，县人防办7个工作日内作出决定。",
        ),
        encoding="utf-8",
    )
    (docs / "mailpubdetail.do").write_bytes(
        PAGE.format("gbk", "市长信箱", "关于人防工程补贴的答复", "经核实，贵单位可补贴56000元。").encode(
            "gbk"
        )
    )
    (docs / "补贴办法.fodt").write_bytes(FODT)
    (docs / "分配表.fods").write_bytes(FODS)
    (docs / "村志编纂资料.tar.gz").write_bytes(
        _tar(
            {
                "村志编纂资料/通知.txt": "申报截止时间为2026年9月30日前。".encode(),
                "村志编纂资料/.隐藏.txt": "不读".encode(),
            }
        )
    )
    assert _read(docs) == {
        "showinfo.jsp?infoid=21573": "遂平县结建式人防工程易地建设费减免办法\n"
        "申请人提交材料后，县人防办7个工作日内作出决定。",
        "mailpubdetail.do": "关于人防工程补贴的答复\n经核实，贵单位可补贴56000元。",
        "分配表.fods": "分配表\n单位 | 核定补助（元）\n大畈镇 | 9000\n合计 | 146100",
        "村志编纂资料.tar.gz/村志编纂资料/通知.txt": "申报截止时间为2026年9月30日前。",
        "补贴办法.fodt": "宁安市地下人防工程平战结合开发利用补贴办法\n"
        "第七条 使用单位于每年11月1日至11月30日申报。",
    }
    assert extract(FODT, ".fodt").title == "平战结合补贴办法"


@pytest.mark.parametrize(
    ("data", "suffix", "said"),
    [
        (
            b"<html><body>x</body></html>",
            ".fodt",
            "is XML but no Flat OpenDocument file; re-save it as .odt or .docx",
        ),
        (b"\x00\x01not xml", ".fods", "is not a readable Flat .ods file"),
        (FODS, ".fodt", "is an OpenDocument spreadsheet, not text; save it as .odt"),
    ],
)
def test_what_is_no_flat_opendocument_is_refused_in_one_line(data: bytes, suffix: str, said: str) -> None:
    with pytest.raises(DocumentError, match=said.replace("(", r"\(").replace(".", r"\.")):
        extract(data, suffix, name="x" + suffix)


def test_a_broken_or_empty_tar_is_one_error_and_the_folder_goes_on(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "坏.tar.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    (docs / "空.tar").write_bytes(_tar({}, mode="w"))
    (docs / "好.txt").write_text("好的文本。", encoding="utf-8")
    found = list(iter_sources([docs]))
    errors = sorted(str(e).replace(str(docs) + "/", "") for e in found if isinstance(e, DocumentError))
    assert [e.split(" (")[0] for e in errors] == [
        "坏.tar.gz: is not a readable tar archive",
        "空.tar: holds no files; nothing to index",
    ]
    assert [Path(s.name).name for s in found if isinstance(s, Source)] == ["好.txt"]
