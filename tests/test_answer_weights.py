"""Question term weights: the index's idf smoothed towards general Chinese (server/answer/question.py
`prior_idf`), so that in a small collection the question's frame (具体, 讲话) weighs less than its topic."""

from __future__ import annotations

import math

import pytest

from indexer.retrieve import Retriever
from indexer.segment import rarity
from server.answer import compose
from server.answer.question import analyse_question
from server.answer.terms import IDF_PRIOR, prior_idf

SPEECH = "004_9f4021d1b6bf3f3e"
ONE_IN_64 = math.log(63.5 / 1.5)  # BM25 idf of a word in one passage of 64


def test_without_a_prior_it_is_the_bm25_idf() -> None:
    assert prior_idf(1, 64, 17.91, 0.0) == pytest.approx(ONE_IN_64, abs=1e-12)
    assert prior_idf(1, 64, 8.72, 0.0) == pytest.approx(ONE_IN_64, abs=1e-12)


def test_a_small_collection_takes_the_rarity_of_general_chinese() -> None:
    # both in one passage of 64: the common word (具体, rarity 8.72) and the rare one (五安, 17.91) no
    # longer weigh the same
    assert prior_idf(1, 64, 8.72, 300.0) == pytest.approx(3.5503, abs=1e-4)
    assert prior_idf(1, 64, 17.91, 300.0) == pytest.approx(5.4897, abs=1e-4)
    # a word the collection never uses: as rare as the dictionary says, nothing for an everyday word
    assert prior_idf(0, 64, 17.91, 300.0) == pytest.approx(6.5899, abs=1e-4)
    assert prior_idf(0, 64, 5.0, 300.0) == 0.0
    # an empty collection: the dictionary alone
    alone = math.log(300.5 / (300 * 180 * math.exp(-17.91) + 0.5))
    assert prior_idf(0, 0, 17.91, 300.0) == pytest.approx(alone)


def test_a_large_collection_keeps_its_own_idf() -> None:
    idf = math.log((1e6 - 100 + 0.5) / 100.5)  # 100 passages of a million
    assert prior_idf(100, 1_000_000, 17.91, 300.0) == pytest.approx(idf, abs=1e-3)
    assert prior_idf(100, 1_000_000, 8.72, 300.0) == pytest.approx(9.1226, abs=1e-4)


def test_the_topic_outweighs_the_frame_over_the_seeds(seed_retriever: Retriever) -> None:
    # 「讲话里说的五安工程具体指哪些?」: each of 五安 and 具体 occurs in one of the 54 seed passages
    bm25, passages = seed_retriever.data.bm25, seed_retriever.data.passages
    assert (bm25.df_of("五安"), bm25.df_of("具体"), passages) == (1, 1, 54)
    question = analyse_question(seed_retriever, seed_retriever.analyse("讲话里说的五安工程具体指哪些?"))
    weights = {t.text: t.weight for t in question.terms}
    assert weights["五安"] == pytest.approx(prior_idf(1, 54, rarity("五安"), IDF_PRIOR))
    # general Chinese: 五安 17.91, 具体 8.72, 里 6.66, 说 5.61 (rarity)
    assert weights["五安"] > 1.5 * weights["具体"]
    assert weights["具体"] > weights["里"] > weights["说"]
    # the five 安 are listed in the speech: it answers (it was declined with the index's idf alone)
    composition = compose(seed_retriever, "讲话里说的五安工程具体指哪些?")
    assert composition.answerable is True
    assert "配偶安置、子女安顿" in composition.answer
    assert {c.unit.hit.doc_id for c in composition.claims} == {SPEECH}


def test_a_word_in_every_passage_weighs_its_true_count(seed_retriever: Retriever) -> None:
    # 人才 is in all 54 seed passages: its BM25 idf is floored (negative raw idf), so the weight comes from
    # the count, not from the floor read back as a count
    bm25 = seed_retriever.data.bm25
    assert bm25.df_of("人才") == 54
    question = analyse_question(seed_retriever, seed_retriever.analyse("人才子女入学有什么政策?"))
    weights = {t.text: t.weight for t in question.terms}
    assert weights["人才"] == pytest.approx(prior_idf(54, 54, rarity("人才"), IDF_PRIOR))
    assert weights["人才"] == pytest.approx(1.5481, abs=1e-4)


def test_a_place_the_question_names_weighs_what_the_collection_says(seed_retriever: Retriever) -> None:
    # jieba reads 綦江区 as 綦江 + 区: both are the place, the question's scope, not its topic — the
    # dictionary calls 綦江 rare (14.9), but a collection of regional documents names its places everywhere
    question = analyse_question(seed_retriever, seed_retriever.analyse("綦江区拿出多少个事业编制?"))
    terms = {t.text: t for t in question.terms}
    assert [(t.text, t.place) for t in question.terms] == [
        ("綦江", "重庆市綦江区"),
        ("区", "重庆市綦江区"),
        ("拿出", None),
        ("事业", None),
        ("编制", None),
    ]
    bm25 = seed_retriever.data.bm25
    assert bm25.df_of("綦江") == 13
    assert terms["綦江"].weight == pytest.approx(math.log(41.5 / 13.5))  # 1.12
    assert terms["拿出"].weight == pytest.approx(prior_idf(1, 54, rarity("拿出"), IDF_PRIOR))
    # two places side by side are not a contracted compound (重庆綦 / 重庆江 were forms of 綦江)
    after = analyse_question(seed_retriever, seed_retriever.analyse("重庆綦江拿出多少个事业编制?"))
    assert [(t.text, t.place, t.shorts) for t in after.terms[:2]] == [
        ("重庆", "重庆市", ()),
        ("綦江", "重庆市綦江区", ()),
    ]
    # 区 of 綦江区和盐湖区 is in two places: neither
    two = analyse_question(seed_retriever, seed_retriever.analyse("綦江区和盐湖区拿出多少个事业编制?"))
    assert [(t.text, t.place) for t in two.terms[:3]] == [
        ("綦江", "重庆市綦江区"),
        ("区", None),
        ("盐湖区", "山西省运城市盐湖区"),
    ]
    # only 运城市 put up 150 事业编制: 綦江区's sentence naming itself (an award) does not answer
    assert compose(seed_retriever, "綦江区拿出多少个事业编制?").answerable is False
    assert "拿出150个事业编制" in compose(seed_retriever, "运城市拿出多少个事业编制?").answer
