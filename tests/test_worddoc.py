"""Word 97-2003 binary documents (.doc, and .wps in that format), read through their piece table.

The fixtures were written by LibreOffice 7.4 (`soffice --headless --convert-to doc:"MS Word 97"`):
seed-003.doc from seeds/003_dd92aab7b1df29c9.txt (traditional script, pinyin in brackets), table.doc from a
.docx made with python-docx — a title in its properties, a table, a hyperlink (a HYPERLINK field in .doc) and
a footer.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from indexer.build import index_paths
from indexer.decode import DocumentError
from indexer.ingest import file_doc_id, ingest_bytes
from indexer.load import extract
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from indexer.worddoc import _lines, _pieces, _without_field_codes
from tests.conftest import SEEDS, KeywordEncoder

FIXTURES = Path(__file__).parent / "fixtures"
TABLE_DOC = FIXTURES / "table.doc"
SEED_DOC = FIXTURES / "seed-003.doc"


def test_paragraphs_table_rows_and_field_results_in_document_order() -> None:
    got = extract(TABLE_DOC.read_bytes(), ".doc", name="table.doc")
    assert got.text.split("\n") == [
        "关于加强新时代人才工作的实施意见",
        "运城市拿出150个事业编制作为人才引进事业编制周转池。",
        "地区 | 编制 | 年份",  # a table row is one line, its cells separated as a .docx table's are
        "运城市 | 150个 | 2022年",
        "详情见运城人才网。",  # the hyperlink's words, not its field code
        "第二段:綦江区建立人才公寓2112套,A.B.C English words too.",
    ]  # the footer (第1页 页脚文字) lies past the main text and is left out
    assert got.title == "人才政策问答"
    assert got.navigation is False


def test_a_seed_saved_as_doc_reads_as_its_text_file() -> None:
    got = extract(SEED_DOC.read_bytes(), ".wps", name="seed-003.wps")  # .wps in Word format: the same reader
    original = (SEEDS / "003_dd92aab7b1df29c9.txt").read_text(encoding="utf-8")
    lines = [" ".join(line.replace("\xa0", " ").split()) for line in original.splitlines()]
    assert [" ".join(line.split()) for line in got.text.split("\n")] == [line for line in lines if line]


def _flip_flag(data: bytes, flag: int) -> bytes:
    at = data.find(b"\xec\xa5")  # the FIB's wIdent, at the start of the WordDocument stream
    flags = int.from_bytes(data[at + 10 : at + 12], "little") | flag
    return data[: at + 10] + flags.to_bytes(2, "little") + data[at + 12 :]


def _word95(data: bytes) -> bytes:
    at = data.find(b"\xec\xa5")
    return data[: at + 2] + (104).to_bytes(2, "little") + data[at + 4 :]  # nFib 104: Word 95


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xef\xbb\xbf\xe8\xbf\x99\xe4\xb8\x8d\xe6\x98\xaf Word", "not an OLE compound file"),
        (TABLE_DOC.read_bytes()[:3000], "is not a readable Word 97-2003 document"),
        # an OLE header over random bytes: olefile's own complaint is no message for a user
        (TABLE_DOC.read_bytes()[:512] + random.Random(7).randbytes(4096), "(its structure is damaged)"),
        (_flip_flag(TABLE_DOC.read_bytes(), 0x0100), "is encrypted; save it without a password"),
        (_word95(TABLE_DOC.read_bytes()), r"\(a Word 6 or Word 95 file\); save it as \.docx"),
    ],
    ids=["text named .doc", "truncated", "random bytes", "encrypted", "Word 95"],
)
def test_unreadable_doc_is_one_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as caught:
        extract(data, ".doc", name="附件1.doc")
    assert str(caught.value).startswith("附件1.doc: ")


def test_too_long_doc_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("indexer.load.MAX_TEXT_CHARS", 100)
    with pytest.raises(DocumentError, match="has more than 100 characters; split it"):
        extract(TABLE_DOC.read_bytes(), ".doc", name="table.doc")


def test_a_folder_with_doc_files_is_indexed_and_searchable(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "policy.doc").write_bytes(TABLE_DOC.read_bytes())
    for seed in SEEDS.glob("*.txt"):  # company for BM25: with one document, every term's idf is floored
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "broken.doc").write_bytes(b"not a word file")
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, rebuild=True)
    assert file_doc_id("policy.doc") in report.added and len(report.added) == 6
    assert {Path(s.name).name: s.reason for s in report.skipped} == {
        "broken.doc": "is not a readable Word 97-2003 document (not an OLE compound file); save it as .docx "
        "or upload text"
    }
    hits = Retriever(tmp_path / "index", encoder=KeywordEncoder()).search("运城人才网", 1, "bm25")
    assert (hits[0].doc_id, hits[0].document.title) == (file_doc_id("policy.doc"), "人才政策问答")
    assert "详情见运城人才网。" in hits[0].text


def test_an_uploaded_doc_keeps_its_title_and_table_rows() -> None:
    # what POST /documents does with a file's bytes (in its parse child)
    prepared = ingest_bytes("通知.doc", TABLE_DOC.read_bytes(), DEFAULTS)
    assert prepared.meta.title == "人才政策问答"
    assert "\n运城市 | 150个 | 2022年\n" in prepared.text
    with pytest.raises(DocumentError, match=r"通知\.wps: is not a readable Word 97-2003 document"):
        ingest_bytes("通知.wps", b"WPS Office 2019 \x00\x01", DEFAULTS)


def test_damaged_properties_are_read_with_bounds() -> None:
    # a fuzzed copy of table.doc whose summary properties olefile's own reader looped on for minutes: the
    # bounded reader takes the title and the text as they are
    got = extract((FIXTURES / "damaged-properties.doc").read_bytes(), ".doc", name="damaged.doc")
    assert got.title == "人才政策问答"
    assert got.text.startswith("关于加强新时代人才工作的实施意见\n")


def test_damaged_bytes_are_read_or_refused_in_one_clear_error() -> None:
    base = TABLE_DOC.read_bytes()
    rng = random.Random(7)
    outcomes = {"read": 0, "refused": 0}
    for _ in range(300):
        data = bytearray(base)
        for _ in range(rng.randint(1, 20)):  # the OLE header, the FIB, or anywhere
            data[rng.choice([rng.randrange(1024), rng.randrange(14336, 15400), rng.randrange(len(data))])] = (
                rng.randrange(256)
            )
        try:
            extract(
                bytes(data[: rng.randrange(len(data))] if rng.random() < 0.2 else data), ".doc", name="x.doc"
            )
            outcomes["read"] += 1
        except DocumentError as e:
            assert str(e).startswith("x.doc: ")
            outcomes["refused"] += 1
    assert outcomes["read"] > 0 and outcomes["refused"] > 0


def test_table_rows_keep_their_cells_together() -> None:
    # \x07 ends a cell, one more ends the row; a cell may hold paragraphs (\r) or nothing
    text = (
        "前言\r地区\x07编制\x07年份\x07\x07运城市\x07第一段\r第二段\x072022年\x07\x07"
        "綦江区\x07\x072023年\x07\x07后文\r"
    )
    assert _lines(text) == [
        "前言",
        "地区 | 编制 | 年份",
        "运城市 | 第一段 第二段 | 2022年",  # a cell of two paragraphs is one cell
        "綦江区 | 2023年",  # an empty cell
        "后文",
    ]
    # a paragraph at a row's start ends the table: two tables around it
    assert _lines("甲\x07乙\x07\x07中间段落\r丙\x07丁\x07\x07") == ["甲 | 乙", "中间段落", "丙 | 丁"]


def test_field_codes_go_and_their_results_stay() -> None:
    assert (
        _without_field_codes('详情见\x13 HYPERLINK "http://x" \x14运城人才网\x15。') == "详情见运城人才网。"
    )
    # a field inside another's code goes with it; deep nesting is one pass
    assert _without_field_codes("\x13 IF \x13 PAGE \x141\x15 \x14结果\x15") == "结果"
    assert _without_field_codes("\x13\x14" * 40_000 + "正文" + "\x15" * 40_000) == "正文"
    # a field never closed keeps the words after it rather than swallowing the document
    assert _without_field_codes("第一段\x13 PAGE \r第二段") == "第一段 PAGE \r第二段"


def test_piece_table_positions_must_not_go_back() -> None:
    word = "重复的文字".encode("utf-16-le")
    pcd = (0).to_bytes(2, "little") + (0).to_bytes(4, "little") + (0).to_bytes(2, "little")
    plc = b"".join(n.to_bytes(4, "little") for n in (0, 5, 0, 5)) + pcd * 3  # pieces re-reading one run
    with pytest.raises(ValueError, match="go backwards"):
        _pieces(word, plc, 5)
    plc = b"".join(n.to_bytes(4, "little") for n in (0, 5)) + pcd
    assert _pieces(word, plc, 5) == "重复的文字"
    # 8-bit pieces: Latin-1 but for the bytes [MS-DOC] maps to punctuation
    compressed = (0).to_bytes(2, "little") + (0x40000000).to_bytes(4, "little") + (0).to_bytes(2, "little")
    plc = b"".join(n.to_bytes(4, "little") for n in (0, 6)) + compressed
    assert _pieces(b"\x93hi\x94 \xe9", plc, 6) == "\u201chi\u201d \xe9"
