"""Replies on Milvus (tests/test_replies.py tests the stage on embedded files): the same letter and reply
copied into Milvus rank the reply above the letter asking the same, with the same scores, as the embedded
index does — Milvus reads each candidate's document id and offsets from its entity."""

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
from tests.test_replies import QUESTION, RECORDS


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("replies") / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


@pytest.mark.parametrize(
    ("replies", "expected"),
    [
        (True, [("letter", 150), ("letter", 0), ("rules", 0), ("other", 0)]),
        (False, [("letter", 0), ("letter", 150), ("rules", 0), ("other", 0)]),
    ],
)
def test_the_reply_goes_before_its_letter_on_both_backends(
    embedded: Retriever,
    milvus_uri: str,
    collection_name: Callable[[str], str],
    replies: bool,
    expected: list[tuple[str, int]],
) -> None:
    config = milvus_copy(Path(embedded.index_dir), milvus_uri, collection_name(f"replies_{replies}"))
    milvus = MilvusRetriever(config, encoder=KeywordEncoder())
    scores = []
    for found in (embedded, milvus):
        fusion = found.settings.fusion
        assert fusion.replies is True  # the default, carried into Milvus with the settings
        # the answer-type stage off, so that the letter's own match ranks it first
        plain = replace(fusion, replies=replies, answer_type_weight=0.0)
        hits = found.search(QUESTION, 4, "hybrid", fusion=plain)
        assert [(h.doc_id, h.start) for h in hits] == expected, type(found).__name__
        scores.append([h.score for h in hits])
    assert scores[1] == pytest.approx(scores[0], rel=1e-5)
