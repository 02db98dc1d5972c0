"""A PDF's attached files (/EmbeddedFiles) read after its last page, and a PDF locked only against editing
(an owner password, AES) read as any other."""

from __future__ import annotations

import io

import pytest

from indexer.decode import DocumentError
from indexer.load import extract
from tests.conftest import pdf_bytes


def _with(pdf: bytes, attachments: dict[str, bytes], owner: str | None = None, user: str = "") -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    for name, data in attachments.items():
        writer.add_attachment(name, data)
    if owner is not None:
        writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


NOTICE = ["关于下达2025年种粮大户烘干补贴资金的通知\n各乡镇：补贴对象和金额详见附件。", "特此通知。"]


def test_a_pdfs_attached_files_are_read_after_its_last_page() -> None:
    detail = "乡镇\t大户\t补贴（元）\n城关镇\t张某\t12000\n".encode()
    data = _with(pdf_bytes(NOTICE), {"烘干补贴明细.txt": detail, "说明.bin": b"\x00\x01"})
    read = extract(data, ".pdf", name="通知.pdf")
    assert read.pages is not None and len(read.pages) == 2
    assert read.text.endswith(
        "特此通知。\n附件：烘干补贴明细.txt\n乡镇 | 大户 | 补贴（元）\n城关镇 | 张某 | 12000"
    )


def test_a_pdf_locked_only_against_editing_is_read_and_one_needing_a_password_is_refused() -> None:
    locked = _with(pdf_bytes(NOTICE), {}, owner="owner-secret")
    assert extract(locked, ".pdf", name="通知.pdf").text.startswith(
        "关于下达2025年种粮大户烘干补贴资金的通知"
    )
    with pytest.raises(DocumentError, match="password"):
        extract(_with(pdf_bytes(NOTICE), {}, owner="owner-secret", user="open-me"), ".pdf", name="x.pdf")
