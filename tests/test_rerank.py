"""The sentence stage: idf-weighted coverage of the query by a passage's best window of sentences."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.asked import asks
from indexer.normalize import normalize
from indexer.rerank import answer_type_stage, best_window_coverage, weighted_terms
from indexer.segment import TokenizerConfig, tokenize

GRAMS = TokenizerConfig(words=False, bigrams=True, stopwords=False, user_dict=False)


def grams(text: str) -> list[str]:
    return tokenize(text, GRAMS)


def test_terms_absent_from_the_collection_are_dropped() -> None:
    idf = {"#人才": 1.0, "#才公": 2.0}
    assert weighted_terms(["#人才", "#才公", "#公寓", "#人才"], lambda t: idf.get(t, 0.0)) == idf


def test_query_terms_together_in_one_window_beat_scattered_ones() -> None:
    terms = {t: 1.0 for t in grams("交换发球权")}
    together = "网球比赛规则很多。一局比赛结束之后交换发球权。其他说明。"
    scattered = "一局比赛结束后交换场地。第二段说明。第三段说明。发球权由裁判决定。"
    cover = best_window_coverage(terms, [together, scattered], grams)
    assert cover[0] == 1.0
    assert 0 < cover[1] < 1.0


def test_window_spans_two_sentences_and_weights_by_idf() -> None:
    terms = {"#运城": 3.0, "#编制": 1.0}
    cover = best_window_coverage(
        terms, ["運城市人才工作。拿出150個事業編制。", "编制很多。无关。无关。运城"], grams
    )
    np.testing.assert_allclose(cover, [1.0, 0.75])
    assert best_window_coverage({}, ["任何文本。"], grams).tolist() == [0.0]


def test_the_answer_type_stage_raises_only_passages_stating_what_is_asked() -> None:
    """「每月补贴多少钱」: the passage stating 300元 gains the head's score spread × weight over a letter that
    only repeats the question's words; a question asking no number or date leaves the scores as they were."""
    texts = ["请问高龄补贴每月多少钱？", "每人每月300元。", "补贴按月发放。"]
    fused = np.array([3.0, 2.0, 1.0])
    keys = np.array([0, 1, 2])
    head = np.array([0, 1, 2])
    money = asks(normalize("闵行区高龄补贴每月多少钱?"))
    assert (money.slot, money.measure) == ("number", "money")
    out = answer_type_stage(fused, head, money, texts.__getitem__, keys, 1.5)
    assert out.tolist() == pytest.approx([3.0, 2.0 + 1.5 * float(np.std([3.0, 2.0, 1.0])), 1.0])
    assert int(np.argmax(out)) == 1
    how = asks(normalize("高龄补贴怎么申请?"))
    assert answer_type_stage(fused, head, how, texts.__getitem__, keys, 1.5).tolist() == [3.0, 2.0, 1.0]
    # a figure the question states itself is no answer (2024 of 「2024年…什么时候」)
    when = asks(normalize("2024年的补贴什么时候发放?"))
    dated = ["2024年补贴政策问答", "资金自7月起拨付。", "补贴按月发放。"]
    out = answer_type_stage(fused, head, when, dated.__getitem__, keys, 1.0)
    assert out[0] == 3.0 and out[1] > 2.0 and out[2] == 1.0
