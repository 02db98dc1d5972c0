"""A file saved without a suffix is read as what its bytes are: eval/policy26 (written blind) brought
泗阳县2026年度高新技术企业认定奖励资金拟拨付名单, a .docx whose name lost its .docx, and it had been skipped
as an unsupported file type. Real python-docx, real extraction, the real CLI."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from indexer.decode import DocumentError
from indexer.load import extract
from indexer.sources import iter_sources
from tests.conftest import CITEQA

NOT_READ = (
    "has no suffix, and its bytes are no document citeqa reads (not text, a PDF, an Office, OpenDocument or "
    "RTF file, nor a web page); name it by its format"
)


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("泗阳县2026年度高新技术企业认定奖励资金拟拨付名单")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(
        table.rows[0].cells + table.rows[1].cells,
        ["认定类别", "奖励金额（万元）", "首次认定", "20"],
        strict=True,
    ):
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _zip_of(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, data)
    return out.getvalue()


def test_a_docx_without_its_suffix_is_read_as_a_docx() -> None:
    page = extract(_docx(), "", name="拟拨付名单")
    assert page.text.split("\n") == [
        "泗阳县2026年度高新技术企业认定奖励资金拟拨付名单",
        "认定类别 | 奖励金额（万元）",
        "首次认定 | 20",
    ]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("关于申报的通知\n每家企业奖励20万元。".encode("gbk"), "关于申报的通知\n每家企业奖励20万元。"),
        (
            b"<html><body><p>\xe6\xaf\x8f\xe5\xae\xb6\xe5\xa5\x96\xe5\x8a\xb110\xe4\xb8\x87\xe5\x85\x83\xe3\x80\x82</p></body></html>",
            "每家奖励10万元。",
        ),
    ],
)
def test_text_or_a_page_without_a_suffix_is_read_as_such(data: bytes, text: str) -> None:
    assert extract(data, "", name="通知").text == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,  # an image
        _zip_of("附件1.docx", _docx()),  # an archive of documents (indexed as .zip, not as one document)
        b"\x7fELF\x02\x01\x01" + bytes(2000),  # a program
    ],
)
def test_bytes_of_no_document_are_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(DocumentError) as caught:
        extract(data, "", name="x")
    assert caught.value.reason == NOT_READ


def test_a_folders_file_without_a_suffix_is_indexed_and_a_hidden_one_is_not(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "泗阳县").mkdir(parents=True)
    (docs / "泗阳县" / "泗阳县2026年度高新技术企业认定奖励资金拟拨付名单").write_bytes(_docx())
    (docs / "泗阳县" / "logo").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (docs / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(100))
    found = list(iter_sources([docs]))
    assert sorted(Path(s.name).name for s in found if not isinstance(s, DocumentError)) == [
        "logo",
        "泗阳县2026年度高新技术企业认定奖励资金拟拨付名单",
    ]
    done = subprocess.run(
        [CITEQA, "index", str(docs), "--index", str(tmp_path / "index")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "1 documents" in done.stderr and "skipped 1" in done.stderr
    assert f"logo: {NOT_READ}" in done.stderr
    search = subprocess.run(
        [CITEQA, "search", "首次认定 奖励金额", "--index", str(tmp_path / "index"), "--top-k", "1"],
        capture_output=True,
        text=True,
    )
    assert search.returncode == 0, search.stderr
    assert "首次认定 | 20" in search.stdout
