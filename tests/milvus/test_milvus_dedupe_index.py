"""The documents collection's scalar indexes on ``sha256`` and ``part`` (the de-duplication lookup): made with
the collections, and added when an index made before them is opened — with the same answers either way."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from indexer import milvus_schema
from indexer.build import make_doc_id, prepare
from indexer.dedupe import Verdict
from indexer.load import read_document
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.milvus_write import holdings
from indexer.settings import DEFAULTS
from tests.conftest import SEEDS, KeywordEncoder


def test_an_index_made_without_the_dedupe_indexes_gains_them_and_finds_the_same_duplicates(
    milvus_uri: str, collection_name: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("oldidx"))
    files = sorted(SEEDS.glob("*.txt"))
    docs = [prepare(read_document(f), make_doc_id(f.name), DEFAULTS, path=str(f)) for f in files]
    # made as citeqa made it before these indexes: doc_id the only scalar index of the documents
    # (milvus-lite cannot drop one index of several: dropping by name drops them all)
    monkeypatch.setattr(milvus_schema, "DOCUMENT_INDEXES", ("doc_id",))
    made = MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
    made.add(docs)
    client = made.cols.client
    assert sorted(client.list_indexes(config.documents)) == ["doc_id", "v"]
    monkeypatch.undo()
    copy = prepare(read_document(files[0]), "copy_of_000", DEFAULTS, path="elsewhere/000.txt")
    metas = [*(d.meta for d in docs), copy.meta]
    scanned = holdings(made.cols, metas)

    reopened = MilvusRetriever(config, encoder=KeywordEncoder())
    assert sorted(client.list_indexes(config.documents)) == ["doc_id", "part", "sha256", "v"]
    built = client.describe_index(config.documents, "sha256")
    assert (built["indexed_rows"], built["total_rows"], built["state"]) == (5, 5, "Finished")
    indexed = holdings(reopened.cols, metas)
    assert indexed == scanned
    assert dict(indexed.holders) == {d.meta.sha256: d.meta.doc_id for d in docs}
    assert reopened.add([copy]) == [Verdict("duplicate", "000_b2aa1ed1528afdcc")]
    assert reopened.add([docs[1]]) == [Verdict("unchanged", "001_23f8d249a03d504e")]
    # opening it again finds every index in place and changes nothing
    MilvusRetriever(config, encoder=KeywordEncoder())
    assert sorted(client.list_indexes(config.documents)) == ["doc_id", "part", "sha256", "v"]
