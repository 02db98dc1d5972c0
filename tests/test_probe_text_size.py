"""A plain-text document is bounded as every other format is (a probe of `citeqa index` with a 200 MB .txt:
read, cleaned and segmented for over 13 minutes at 7 GB of memory, printing nothing, on its way to hours of
embedding). Past MAX_TEXT_BYTES a .txt, .md or .html file is skipped unread; past MAX_TEXT_CHARS decoded
characters it is refused as a .docx or .pdf is — one line naming it, the rest of the folder indexed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from indexer.load import extract
from indexer.worddoc import DocumentTooLarge
from tests.conftest import CITEQA

MAX_TEXT_CHARS = 5_000_000  # indexer.load's, as every format's
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS
GOOD = "山西省运城市拿出150个事业编制作为人才引进事业编制周转池，支持科技创新平台引进高层次人才。\n"


@pytest.mark.model
def test_a_200_mb_text_file_is_skipped_unread_and_the_rest_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 200 MB on no disk at all
        handle.truncate(200_000_000)
    run = subprocess.run(
        [CITEQA, "index", str(folder), "--index", str(tmp_path / "index"), "--model", "usem3"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 0, run.stderr
    assert lines[0] == (
        f"skipped {folder / 'huge.txt'}: is 200,000,000 bytes, over the 20,000,000 a text file is read to; "
        "split it"
    )
    assert lines[-1].startswith(f"{tmp_path / 'index'}: 1 documents, ")
    assert "(added 1, updated 0, unchanged 0, duplicates 0, skipped 1)" in lines[-1]
    ask = subprocess.run(
        [CITEQA, "search", "人才引进事业编制周转池", "--index", str(tmp_path / "index"), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ask.returncode == 0 and "周转池" in ask.stdout


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_text_past_the_character_limit_is_too_large(suffix: str) -> None:
    body = "运城市人才政策。" * (MAX_TEXT_CHARS // 8 + 1)
    data = (f"<html><body><p>{body}</p></body></html>" if suffix == ".html" else body).encode("utf-8")
    assert len(data) <= MAX_TEXT_BYTES  # refused for its characters, not its bytes
    with pytest.raises(DocumentTooLarge) as refused:
        extract(data, suffix, name="long" + suffix)
    assert str(refused.value) == f"long{suffix}: has more than 5,000,000 characters; split it"


def test_text_bytes_past_the_limit_are_refused_before_decoding() -> None:
    with pytest.raises(DocumentTooLarge) as refused:
        extract(b"a" * (MAX_TEXT_BYTES + 1), ".txt", name="big.txt")
    assert str(refused.value) == (
        "big.txt: is 20,000,001 bytes, over the 20,000,000 a text file is read to; split it"
    )


def test_a_text_at_the_limit_is_read() -> None:
    assert len(extract(("人" * MAX_TEXT_CHARS).encode("utf-8"), ".txt").text) == MAX_TEXT_CHARS
