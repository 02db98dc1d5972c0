"""A messy folder in, nothing lost: real files of every kind, built here; every readable one indexed and found
by a sentence it contains with exact offsets, every bad one reported by name, nothing else affected."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from indexer.build import IndexReport, index_paths
from indexer.ingest import file_doc_id, ingest_bytes, record_doc_id
from indexer.load import DocumentError, page_at
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from indexer.store import read_index
from tests.conftest import PDF_PAGE2, PDF_PAGES, KeywordEncoder, pdf_bytes

GBK_TEXT = "运城市人才工作\n运城市拿出150个事业编制作为人才引进事业编制周转池，专门用于引进高层次人才。"
BIG5_TEXT = "天橋區人才公寓\n天橋區建成人才公寓2112套，為青年人才提供安居保障，讓人才留得住。"
DOCX_SENTENCE = "綦江区设立人才发展专项资金，每年安排不少于五千万元支持产业人才引进。"
HTML = """<html><head><title>高校毕业生留运就业政策</title>
<meta name="date" content="2023-02-06"></head><body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li>
<li><a href="/x">政务公开</a></li></ul></nav>
<article><h1>高校毕业生留运就业政策</h1>
<p>对留在运城就业的高校毕业生，给予每人每月一千元的生活补贴，连续发放三年。</p></article>
<footer><p>版权所有 运城市人民政府</p><p><a href="/map">网站地图</a></p></footer></body></html>"""


def _docx() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("綦江区人才发展资金管理办法")
    document.add_paragraph(DOCX_SENTENCE)
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("类别", "金额"), ("人才公寓", "三千万元")]):
        for c, value in enumerate(row):
            table.rows[r].cells[c].text = value
    document.add_paragraph("本办法自发布之日起施行。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _bomb(paragraphs: int = 2_000_000) -> bytes:
    """A .docx whose document.xml expands to ``paragraphs`` empty paragraphs (issue 11's 194 KiB bomb)."""
    body = "<w:p><w:r><w:t></w:t></w:r></w:p>" * paragraphs
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    (root / "a" / "report.txt").write_bytes(GBK_TEXT.encode("gbk"))
    (root / "b" / "report.txt").write_bytes(BIG5_TEXT.encode("big5"))
    (root / "copy.txt").write_text(GBK_TEXT, encoding="utf-8")  # same text as a/report.txt, other bytes
    (root / "page.html").write_text(HTML, encoding="utf-8")
    (root / "fund.docx").write_bytes(_docx())
    (root / "paper.pdf").write_bytes(pdf_bytes(PDF_PAGES))
    records = [
        {
            "id": "policy-1",
            "title": "人才编制周转池",
            "text": "临汾市设立人才编制周转池，总量控制，动态调整。",
        },
        {
            "id": "法规:第一条",
            "title": "人才条例第一条",
            "text": "为了培养和引进人才，制定本条例。",
            "date": "2020-01-01",
        },
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ["{not json", json.dumps({"id": "x"})]
    (root / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "bomb.docx").write_bytes(_bomb())
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


def _index(folder: Path, index_dir: Path, workers: int = 0) -> IndexReport:
    return index_paths([folder], index_dir, lambda _: KeywordEncoder(), DEFAULTS, workers=workers)


def _found(retriever: Retriever, sentence: str) -> str:
    """doc_id of the top BM25 hit for ``sentence``, checking its offsets against the document's text."""
    hits = retriever.search(sentence, 1, "bm25")
    assert hits, sentence
    hit = hits[0]
    _, text, _ = retriever.document(hit.doc_id) or (None, "", 0)
    assert text[hit.start : hit.end] == hit.text
    assert sentence in hit.text
    return hit.doc_id


def test_messy_folder_indexes_every_readable_document(messy: Path, tmp_path: Path) -> None:
    report = _index(messy, tmp_path / "index")
    skipped = {Path(s.name).name: s.reason for s in report.skipped}
    assert sorted(skipped) == [
        "binary.txt",
        "bomb.docx",
        "empty.txt",
        "photo.png",
        "records.jsonl:3",
        "records.jsonl:4",
    ]
    assert skipped["empty.txt"].startswith("is empty")
    assert "is not a text file" in skipped["binary.txt"]
    assert "decompression bomb" in skipped["bomb.docx"] or "expands to" in skipped["bomb.docx"]
    assert "unsupported file type '.png'" in skipped["photo.png"]
    assert "has no text" in skipped["records.jsonl:4"]
    assert [(Path(name).name, holder) for name, holder in report.duplicates] == [
        ("copy.txt", file_doc_id("a/report.txt"))
    ]
    assert sorted(report.added) == sorted(
        [
            file_doc_id("a/report.txt"),
            file_doc_id("b/report.txt"),
            file_doc_id("page.html"),
            file_doc_id("fund.docx"),
            file_doc_id("paper.pdf"),
            "policy-1",
            record_doc_id("法规:第一条"),
        ]
    )
    assert (report.documents, report.updated, report.unchanged) == (7, (), ())

    retriever = Retriever(tmp_path / "index", encoder=KeywordEncoder())
    assert _found(retriever, "专门用于引进高层次人才") == file_doc_id("a/report.txt")
    assert _found(retriever, "為青年人才提供安居保障") == file_doc_id("b/report.txt")
    assert _found(retriever, "给予每人每月一千元的生活补贴") == file_doc_id("page.html")
    assert _found(retriever, DOCX_SENTENCE) == file_doc_id("fund.docx")
    assert _found(retriever, "人才公寓 | 三千万元") == file_doc_id("fund.docx")
    assert _found(retriever, PDF_PAGE2) == file_doc_id("paper.pdf")
    assert _found(retriever, "总量控制，动态调整") == "policy-1"
    assert _found(retriever, "为了培养和引进人才") == record_doc_id("法规:第一条")

    html_meta, html_text, _ = retriever.document(file_doc_id("page.html")) or (None, "", 0)
    assert html_meta is not None and (html_meta.title, html_meta.date) == (
        "高校毕业生留运就业政策",
        "2023-02-06",
    )
    assert "网站地图" not in html_text and "新闻中心" not in html_text
    docx_text = (retriever.document(file_doc_id("fund.docx")) or (None, "", 0))[1]
    table = "类别 | 金额\n人才公寓 | 三千万元"
    assert docx_text == f"綦江区人才发展资金管理办法\n{DOCX_SENTENCE}\n{table}\n本办法自发布之日起施行。"
    record_meta = (retriever.document(record_doc_id("法规:第一条")) or (None, "", 0))[0]
    assert record_meta is not None and (record_meta.title, record_meta.date) == (
        "人才条例第一条",
        "2020-01-01",
    )


def test_pdf_offsets_map_to_pages(messy: Path, tmp_path: Path) -> None:
    _index(messy, tmp_path / "index")
    retriever = Retriever(tmp_path / "index", encoder=KeywordEncoder())
    meta, text, _ = retriever.document(file_doc_id("paper.pdf")) or (None, "", 0)
    assert meta is not None and meta.pages is not None
    # a quote is cited with the page it starts on
    assert page_at(meta.pages, text.index("第一页的内容")) == 1
    assert page_at(meta.pages, text.index(PDF_PAGE2)) == 2
    assert page_at(meta.pages, len(text) - 1) == 2
    assert page_at(None, 10) is None


def test_second_run_reports_unchanged_and_replaced(messy: Path, tmp_path: Path) -> None:
    _index(messy, tmp_path / "index")
    (messy / "a" / "report.txt").write_bytes(
        (GBK_TEXT + "\n新增一句：周转池编制总量为一百五十名。").encode("gbk")
    )
    report = _index(messy, tmp_path / "index")
    assert report.updated == (file_doc_id("a/report.txt"),)
    assert len(report.unchanged) == 6
    # copy.txt no longer matches what a/report.txt holds: it is indexed on its own now
    assert (report.added, report.duplicates) == ((file_doc_id("copy.txt"),), ())
    assert report.documents == 8


def test_a_file_changed_into_a_copy_of_another_loses_its_old_text(tmp_path: Path) -> None:
    """A fault probe: a.txt rewritten to b.txt's text was reported a duplicate of b and stored once — but
    a's earlier text stayed in the index, cited to a file that no longer says it."""
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.txt").write_text("甲文件\n人才公寓租金每月五百元，面向新引进的博士。", encoding="utf-8")
    (folder / "b.txt").write_text("乙文件\n创业担保贷款最高三十万元，由区人社局受理。", encoding="utf-8")
    first = _index(folder, tmp_path / "index")
    assert (first.added, first.documents) == (("a", "b"), 2)
    shutil.copyfile(folder / "b.txt", folder / "a.txt")
    second = _index(folder, tmp_path / "index")
    assert (second.added, second.updated, second.unchanged) == ((), (), ("b",))
    assert [(Path(name).name, holder) for name, holder in second.duplicates] == [("a.txt", "b")]
    assert (second.documents, second.passages) == (1, 1)
    retriever = Retriever(tmp_path / "index", encoder=KeywordEncoder())
    assert retriever.document("a") is None
    hits = retriever.search("人才公寓租金每月五百元", 5, "bm25")
    assert [(h.doc_id, "租金" in h.text) for h in hits] == [("b", False)]
    # its old text is free again: a third file holding it is indexed on its own
    (folder / "c.txt").write_text("甲文件\n人才公寓租金每月五百元，面向新引进的博士。", encoding="utf-8")
    third = _index(folder, tmp_path / "index")
    assert (third.added, third.duplicates, third.documents) == (("c",), ((str(folder / "a.txt"), "b"),), 2)


def test_of_two_copies_the_original_is_kept(tmp_path: Path) -> None:
    """A probe: of 下载/x(1).html and 浙江/吴兴区/x.html (the same bytes) the copy in 下载/ was kept, as it
    sorts first, and the original, whose folder names its region, was the duplicate: answers cited the
    download."""
    folder = tmp_path / "f"
    text = "民宿奖补办法\n新评定为金宿的，一次性奖励12万元。"
    copies = ("下载/奖补办法(1).txt", "浙江/吴兴区/奖补办法.txt", "奖补办法 - 副本.txt", "备份/奖补办法.txt")
    for rel in copies:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    report = _index(folder, tmp_path / "index")
    original = file_doc_id("浙江/吴兴区/奖补办法.txt")
    assert report.added == (original,)
    assert sorted(Path(name).relative_to(folder).as_posix() for name, _ in report.duplicates) == [
        "下载/奖补办法(1).txt",
        "备份/奖补办法.txt",
        "奖补办法 - 副本.txt",
    ]
    meta = read_index(tmp_path / "index").documents[0]
    assert (meta.doc_id, meta.region) == (original, "浙江省湖州市吴兴区")


def test_pool_path_gives_the_same_index(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    rows = [
        {"id": f"n{i}", "text": f"第{i}号通知：运城市第{i}批人才编制周转池名单公布，共引进{i}名人才。"}
        for i in range(60)
    ]
    rows.insert(30, {"id": "bad"})
    (folder / "many.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
    )
    pooled = _index(folder, tmp_path / "pooled", workers=1)
    inline = _index(folder, tmp_path / "inline", workers=0)
    assert [s.name.rsplit(":", 1)[1] for s in pooled.skipped] == ["31"]
    assert pooled.added == inline.added == tuple(f"n{i}" for i in range(60))
    a, b = read_index(tmp_path / "pooled"), read_index(tmp_path / "inline")
    assert a.texts == b.texts
    assert (a.starts.tolist(), a.ends.tolist()) == (b.starts.tolist(), b.ends.tolist())
    assert sorted(a.bm25.vocab) == sorted(b.bm25.vocab)
    assert a.bm25.scores(["周转池"]).tolist() == b.bm25.scores(["周转池"]).tolist()


class _FailingEncoder(KeywordEncoder):
    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        raise RuntimeError("encoder died")


def test_failed_batch_leaves_the_index_as_it_was(messy: Path, tmp_path: Path) -> None:
    _index(messy, tmp_path / "index")
    before = read_index(tmp_path / "index")
    (messy / "new.txt").write_text("新文件：临汾市人才公寓建设情况。", encoding="utf-8")
    with pytest.raises(RuntimeError, match="encoder died"):
        index_paths([messy], tmp_path / "index", lambda _: _FailingEncoder(), DEFAULTS, workers=0)
    after = read_index(tmp_path / "index")
    assert (after.generation, [d.doc_id for d in after.documents]) == (
        before.generation,
        [d.doc_id for d in before.documents],
    )


def test_doc_id_rule() -> None:
    assert file_doc_id("001_23f8d249a03d504e.txt") == "001_23f8d249a03d504e"  # the seeds keep their ids
    assert file_doc_id("a/report.txt") != file_doc_id("b/report.txt")
    assert file_doc_id("report.md") != file_doc_id("report.txt") == "report"
    assert file_doc_id("a/附件1.docx").startswith("a-1.docx~")
    assert file_doc_id("a/附件1.docx") == file_doc_id("a/附件1.docx")
    assert record_doc_id("DEV_1") == "DEV_1"
    assert record_doc_id("lrb:第一条").startswith("lrb~")


def test_ingest_bytes_contract() -> None:
    prepared = ingest_bytes("通知.html", HTML.encode("utf-8"), DEFAULTS)
    assert prepared.meta.doc_id == file_doc_id("通知.html")
    assert prepared.meta.title == "高校毕业生留运就业政策"
    with pytest.raises(DocumentError) as err:
        ingest_bytes("bomb.docx", _bomb(), DEFAULTS)
    assert err.value.name == "bomb.docx"
    with pytest.raises(DocumentError, match="is empty"):
        ingest_bytes("empty.txt", b"   \n", DEFAULTS)
    with pytest.raises(DocumentError, match="unsupported file type"):
        ingest_bytes("x.exe", b"MZ", DEFAULTS)
    with pytest.raises(ValueError, match="is not allowed"):
        ingest_bytes("a.txt", "正文。".encode(), DEFAULTS, doc_id="bad/id")
