"""A rebuild on the Milvus backend (`citeqa index PATHS --backend milvus --rebuild`) keeps what the embedded
store's rebuild keeps: every document that is no file under the paths it indexes — uploads, other folders'
documents — re-chunked from its stored text with the rebuild's settings; a file of those paths that is gone
is gone (tests/test_ingest_cli.py holds the embedded store's twin)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from indexer.ingest import ingest_text
from indexer.milvus_index import index_paths_milvus
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.settings import DEFAULTS
from tests.conftest import SEEDS, KeywordEncoder

UPLOAD = "网页上传的说明：见习补贴每人每月两千元。"


def test_a_milvus_rebuild_keeps_uploads_and_other_folders(
    milvus_uri: str, collection_name: Callable[[str], str], tmp_path: Path
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("rebuild_keeps"))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        (seeds / f.name).write_bytes(f.read_bytes())
    gone = "这份文件之后会被删掉：临时通知，补贴标准为每人三百元。"
    (seeds / "gone.txt").write_text(gone, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    report = "用户另行索引的报告：本单位人才补贴五万元，申请截止到十二月底。"
    (other / "report.txt").write_text(report, encoding="utf-8")

    def encoder(_model: str) -> KeywordEncoder:
        return KeywordEncoder()

    old = replace(DEFAULTS, chunking=replace(DEFAULTS.chunking, min_chars=60, tail_chars=60))
    index_paths_milvus(config, [seeds], encoder, old)
    index_paths_milvus(config, [other], encoder, old)
    writer = MilvusRetriever(config, encoder=KeywordEncoder())
    writer.add([ingest_text(UPLOAD, "myupload", writer.settings)])
    (seeds / "gone.txt").unlink()

    made = index_paths_milvus(config, [seeds], encoder, DEFAULTS, rebuild=True)

    after = MilvusRetriever(config, encoder=KeywordEncoder())
    ids = sorted(d.doc_id for d in after.data.documents)
    assert ids == sorted([*(f.stem for f in seeds.glob("*.txt")), "report", "myupload"])
    assert after.settings.chunking.min_chars == DEFAULTS.chunking.min_chars
    assert (made.documents, made.passages) == (after.stats().documents, after.stats().passages)
    found = after.document("myupload")
    assert found is not None and found[1] == UPLOAD
    assert after.document("report") is not None
    assert after.search("见习补贴", 1, "bm25")[0].doc_id == "myupload"
    # a second rebuild keeps them again, and nothing is doubled
    index_paths_milvus(config, [seeds], encoder, DEFAULTS, rebuild=True)
    again = MilvusRetriever(config, encoder=KeywordEncoder())
    assert sorted(d.doc_id for d in again.data.documents) == ids
    assert again.stats().passages == after.stats().passages
