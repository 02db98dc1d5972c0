"""Superseded drafts on Milvus (tests/test_drafts.py tests the stage on embedded files): the same collection
copied into Milvus ranks the issued 办法 before its draft for comment, with the same scores, as the embedded
index does — Milvus reads each candidate's document title from its entity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from indexer.build import index_records
from indexer.milvus_retrieve import MilvusRetriever
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder, milvus_copy
from tests.test_drafts import QUESTION, RECORDS


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("drafts") / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


@pytest.mark.parametrize(
    ("superseded_drafts", "expected"),
    [(True, ["issued", "draft", "tuoyu", "jiaojiang"]), (False, ["draft", "issued", "tuoyu", "jiaojiang"])],
)
def test_the_issued_policy_goes_before_its_draft_on_both_backends(
    embedded: Retriever,
    milvus_uri: str,
    collection_name: Callable[[str], str],
    superseded_drafts: bool,
    expected: list[str],
) -> None:
    config = milvus_copy(Path(embedded.index_dir), milvus_uri, collection_name(f"drafts_{superseded_drafts}"))
    milvus = MilvusRetriever(config, encoder=KeywordEncoder())
    scores = []
    for found in (embedded, milvus):
        fusion = found.settings.fusion
        assert fusion.superseded_drafts is True  # the default, carried into Milvus with the settings
        hits = found.search(
            QUESTION, 4, "hybrid", fusion=replace(fusion, superseded_drafts=superseded_drafts)
        )
        assert [h.doc_id for h in hits] == expected, type(found).__name__
        scores.append([h.score for h in hits])
    assert scores[1] == pytest.approx(scores[0], rel=1e-5)
