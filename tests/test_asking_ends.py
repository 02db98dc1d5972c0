"""question.asking_ends: the offsets right after an interrogative, found once per question, read as the
pattern ``_ASKING + word`` searched for every word (what the question asks for: 什么时期, 哪个位置)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.normalize import normalize
from indexer.segment import tokenize
from server.answer.question import _ASKING, _asks_for, asking_ends

ROOT = Path(__file__).resolve().parent.parent


def _by_pattern(word: str, norm: str) -> bool:
    return re.search(_ASKING + re.escape(word), norm) is not None


def test_offsets_after_each_interrogative_with_its_tail() -> None:
    assert asking_ends("哪个人的什么样的时期") == frozenset({1, 2, 6, 8})
    assert asking_ends("没有问题") == frozenset()
    # 哪个人: both 个人 (after 哪) and 人 (after 哪个) are asked for, as the pattern backtracks to read them
    assert _asks_for("个人", "哪个人", asking_ends("哪个人"))
    assert _asks_for("人", "哪个人", asking_ends("哪个人"))
    assert not _asks_for("人才", "哪个人", asking_ends("哪个人"))


def test_the_same_reading_as_the_pattern_on_every_collection_question() -> None:
    questions = [
        json.loads(line)["question"]
        for path in sorted(ROOT.glob("eval/*/questions.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(questions) > 1000
    asked = 0
    for question in questions:
        norm = normalize(question)
        ends = asking_ends(norm)
        for word in dict.fromkeys(tokenize(norm)):
            assert _asks_for(word, norm, ends) == _by_pattern(word, norm), (question, word)
            asked += _by_pattern(word, norm)
    assert asked > 50  # the comparison covers words the pattern does read as asked for


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="什么哪一个些种类位何多少几样的人时期", max_size=12),
    st.text(alphabet="什么哪一个些种类位何多少几样的人时期", min_size=1, max_size=3),
)
def test_the_same_reading_as_the_pattern_on_any_text(norm: str, word: str) -> None:
    assert _asks_for(word, norm, asking_ends(norm)) == _by_pattern(word, norm)
