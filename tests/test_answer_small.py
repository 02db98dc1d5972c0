"""Question words over collections unlike the seeds: two passages (where BM25's idf is 0 for a word in
half of them) and an index of character bigrams only (no words for the dictionary to know)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from indexer.build import index_records
from indexer.retrieve import Retriever
from indexer.segment import TokenizerConfig
from indexer.settings import DEFAULTS, IndexSettings
from server.answer import compose
from server.answer.question import analyse_question, term_stats
from tests.conftest import KeywordEncoder

RECORDS = [
    ("yuncheng", "运城人才", "山西省运城市设立了人才编制周转池,拿出150个事业编制。"),
    ("qijiang", "綦江人才", "重庆市綦江区建设人才公寓,为高层次人才提供住房。"),
]


def retriever(tmp_path: Path, settings: IndexSettings) -> Retriever:
    index_records(RECORDS, tmp_path / "idx", KeywordEncoder(), settings)
    return Retriever(tmp_path / "idx", encoder=KeywordEncoder())


def test_a_word_in_half_the_passages_is_known(tmp_path: Path) -> None:
    found = retriever(tmp_path, DEFAULTS.with_model("keywords"))
    bm25 = found.data.bm25
    assert (bm25.df_of("周转池"), found.data.passages) == (1, 2)
    _, df, known = term_stats(bm25, "周转池")  # BM25's idf is log(1.5 / 1.5) = 0 here
    assert (df, known) == (1, True)
    question = analyse_question(found, found.analyse("运城市设立了什么周转池?"))
    assert [(t.text, t.in_corpus) for t in question.terms] == [
        ("运城市", True),
        ("设立", True),
        ("周转池", True),
    ]
    assert "人才编制周转池" in compose(found, "运城市设立了什么周转池?").answer


def test_an_index_of_bigrams_reads_the_question_in_words(tmp_path: Path) -> None:
    grams = replace(DEFAULTS.with_model("keywords"), tokenizer=TokenizerConfig(words=False, bigrams=True))
    found = retriever(tmp_path, grams)
    question = analyse_question(found, found.analyse("哪些地区设立了人才编制周转池?"))
    assert [t.text for t in question.terms] == ["设立", "人才", "编制", "周转池"]
    assert all(t.in_corpus for t in question.terms)
    # a number or a Latin word is a token of such an index too: the Chinese words are still read
    dated = analyse_question(found, found.analyse("哪些地区在2023年设立了v2人才编制周转池?"))
    assert [t.text for t in dated.terms] == ["2023", "年", "设立", "v2", "人才", "编制", "周转池"]
    composition = compose(found, "哪些地区设立了人才编制周转池?")
    assert composition.answerable is True
    assert "山西省运城市" in composition.answer
