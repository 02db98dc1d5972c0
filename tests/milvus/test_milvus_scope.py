"""The scope stage on Milvus (tests/test_scope.py tests it on embedded files): the same collection copied into
Milvus ranks the named district's own notice before a news roundup, as the embedded index does, and the
regions a question's county short names are read against follow writes to the Milvus index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from indexer.build import index_records, prepare
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder, milvus_copy
from tests.test_scope import RECORDS, ZHANGDIAN

SETTINGS = DEFAULTS.with_model("keywords")
JIAOJIANG = "浙江省台州市椒江区"
QUESTION = "张店区90岁老人的高龄津贴每月多少?"

Backend = Retriever | MilvusRetriever


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("scope") / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), SETTINGS)
    return Retriever(index_dir, encoder=KeywordEncoder())


@pytest.fixture(scope="module")
def milvus(embedded: Retriever, milvus_uri: str, collection_name: Callable[[str], str]) -> MilvusRetriever:
    """The embedded collection imported into Milvus (same passages, vectors and document regions)."""
    config = milvus_copy(Path(embedded.index_dir), milvus_uri, collection_name("scope"))
    return MilvusRetriever(config, encoder=KeywordEncoder())


def test_milvus_holds_the_documents_regions(embedded: Retriever, milvus: MilvusRetriever) -> None:
    regions = {d.doc_id: d.region for d in embedded.data.documents}
    assert regions["roundup"] is None and regions["zhangdian"] == ZHANGDIAN
    assert {d.doc_id: d.region for d in milvus.data.documents} == regions
    assert sorted(milvus.known_regions()) == sorted(embedded.known_regions())


@pytest.mark.parametrize(
    ("scope_weight", "expected"),
    [(1.0, ["zhangdian", "roundup", "jiaojiang"]), (0.0, ["roundup", "zhangdian", "jiaojiang"])],
)
def test_the_district_asked_goes_first_on_both_backends(
    embedded: Retriever, milvus: MilvusRetriever, scope_weight: float, expected: list[str]
) -> None:
    backends: list[Backend] = [embedded, milvus]
    for found in backends:
        query = found.analyse(QUESTION)
        assert query.places == (ZHANGDIAN,)
        fusion = found.settings.fusion
        assert fusion.scope_weight == 1.0  # the default, carried into Milvus with the settings
        hits = found.search(query, 3, "hybrid", fusion=replace(fusion, scope_weight=scope_weight))
        assert [h.doc_id for h in hits] == expected, type(found).__name__


def test_milvus_known_regions_follow_writes(milvus_uri: str, collection_name: Callable[[str], str]) -> None:
    """椒江 is a county stem, a place only once some document is about 椒江区: the regions Milvus caches
    per statistics version are read again after a document of it is added (one retriever throughout)."""
    config = MilvusConfig(uri=milvus_uri, collection=collection_name("scope_write"))
    found = MilvusRetriever.create(config, SETTINGS, KeywordEncoder())
    rest = [r for r in RECORDS if r[0] != "jiaojiang"]
    found.add([prepare(text, doc_id, found.settings, title=title) for doc_id, title, text in rest])
    question = "椒江光伏补助多少?"
    assert JIAOJIANG not in found.known_regions()
    assert ZHANGDIAN in found.known_regions()
    assert found.analyse(question).places == ()
    assert found.analyse(question).places == ()  # read from the cache: no write in between

    doc_id, title, text = next(r for r in RECORDS if r[0] == "jiaojiang")
    [verdict] = found.add([prepare(text, doc_id, found.settings, title=title)])
    assert verdict.written
    assert JIAOJIANG in found.known_regions()
    assert found.analyse(question).places == (JIAOJIANG,)
    # and the write reaches a retriever opened afresh on the same collection
    assert MilvusRetriever(config, encoder=KeywordEncoder()).analyse(question).places == (JIAOJIANG,)
