"""One query analysis: a question is validated, tokenised and encoded once, and search consumes it as is."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from indexer.build import index_paths, index_records
from indexer.retrieve import Query, Retriever
from indexer.segment import tokenize
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder
from tests.test_store import RECORDS


@pytest.fixture
def retriever(tmp_path: Path) -> Retriever:
    index_dir = tmp_path / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


def calls(retriever: Retriever) -> dict[str, int]:
    encoder = retriever.encoder
    assert isinstance(encoder, KeywordEncoder)
    return dict(encoder.calls)


def test_analyse_validates_normalises_tokenises_and_encodes_once(retriever: Retriever) -> None:
    query = retriever.analyse("  運城市人才周轉池在哪裡? ")
    assert query.text == "運城市人才周轉池在哪裡?"
    assert query.norm == "运城市人才周转池在哪里?"
    assert query.tokens == tuple(tokenize("运城市人才周转池在哪里?", DEFAULTS.tokenizer))
    assert {"运城市", "人才", "#周转"} <= set(query.tokens)
    assert query.vector is not None
    np.testing.assert_array_equal(query.vector, KeywordEncoder().encode_queries([query.norm])[0])
    assert calls(retriever) == {"queries": 1, "passages": 0}


def test_bm25_analysis_has_no_vector_and_never_encodes(retriever: Retriever) -> None:
    query = retriever.analyse("人才周转池", "bm25")
    assert query.vector is None
    assert calls(retriever) == {"queries": 0, "passages": 0}
    assert [h.doc_id for h in retriever.search(query, 1, "bm25")] == ["a1"]
    assert calls(retriever)["queries"] == 0


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_search_with_an_analysed_query_recomputes_nothing(retriever: Retriever, mode: str) -> None:
    query = retriever.analyse("盐湖区高校合作", mode)
    before = calls(retriever)
    hits = retriever.search(query, 3, mode)
    assert calls(retriever) == before
    assert hits[0].doc_id == "b2"
    # the same ranking as from the plain string, which analyses it on the way
    assert [(h.passage_id, h.score) for h in retriever.search("盐湖区高校合作", 3, mode)] == [
        (h.passage_id, h.score) for h in hits
    ]


def test_search_keeps_the_analysed_tokens(retriever: Retriever) -> None:
    # tokens that no longer match the text prove the analysed tokens, not the text, were searched
    query = Query(text="x", norm="x", tokens=("#服务",), vector=None)
    assert [h.doc_id for h in retriever.search(query, 3, "bm25")] == ["c3"]


def test_a_bm25_analysis_used_for_hybrid_is_encoded_once(retriever: Retriever) -> None:
    query = retriever.analyse("綦江人才服务卡", "bm25")
    hits = retriever.search(query, 2, "hybrid")
    assert calls(retriever) == {"queries": 1, "passages": 0}
    assert hits[0].doc_id == "c3"


def test_idf_looks_up_index_terms(retriever: Retriever) -> None:
    bm25 = retriever.data.bm25
    assert retriever.idf("#周转") == pytest.approx(float(bm25.idf[bm25.column["#周转"]]))
    assert retriever.idf("#周转") > 0
    assert retriever.idf("不存在的词") == 0.0


@pytest.mark.parametrize(
    ("text", "mode", "message"),
    [
        ("", "hybrid", "query is empty"),
        ("\x00 \x85\t", "hybrid", "query is empty"),  # control characters alone: as the CLI reads a NUL
        # a fault probe: invisible format characters alone (zero-width space, BOM, a right-to-left override)
        # had been searched, dense neighbours of nothing returned
        ("\u200b\u200b", "hybrid", "query is empty"),
        ("\ufeff \u202e\u200d", "dense", "query is empty"),
        ("人" * 1001, "bm25", "1001 characters"),
        ("人才", "x", "unknown mode"),
    ],
)
def test_analyse_rejects_bad_input(retriever: Retriever, text: str, mode: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        retriever.analyse(text, mode)


def test_invisible_characters_inside_a_question_are_kept(retriever: Retriever) -> None:
    assert retriever.analyse("\u202e运\u200b城", "bm25").text == "\u202e运\u200b城"


def test_rebuild_and_update_reuse_vectors_of_unchanged_passages(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for doc_id, title, text in RECORDS:
        (docs / f"{doc_id}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    index_dir = tmp_path / "idx"
    encoders: list[KeywordEncoder] = []

    def factory(model: str) -> KeywordEncoder:
        encoders.append(KeywordEncoder())
        return encoders[-1]

    settings = DEFAULTS.with_model("keywords")
    first = index_paths([docs], index_dir, factory, settings)
    stored = Retriever(index_dir).data.sentences
    assert stored is not None and first.passages == 3
    # every passage, and each distinct sentence once (embedded alone for the sentence stage)
    assert encoders[-1].texts["passages"] == 3 + len(stored) == 7
    before = Retriever(index_dir).data.vectors.copy()

    index_paths([docs], index_dir, factory, settings, rebuild=True)
    assert encoders[-1].texts["passages"] == 0  # every passage's text is unchanged: nothing re-embedded
    np.testing.assert_array_equal(Retriever(index_dir).data.vectors, before)

    # an update re-embeds only the passage whose text changed (the document has one)
    (docs / "c3.txt").write_text(f"綦江区人才服务\n\n{RECORDS[2][2] * 2}\n", encoding="utf-8")
    report = index_paths([docs], index_dir, factory, settings)
    assert report.updated == ("c3",)
    after = Retriever(index_dir).data.sentences
    assert after is not None
    # the doubled text's sentence is held already: not embedded again, now counted twice
    assert encoders[-1].texts["passages"] == 1
    assert after.keys.tolist() == stored.keys.tolist() and sorted(after.counts.tolist()) == [1, 1, 1, 2]
