"""eval/phrase_lab.py's stage (measured, not adopted): the share of a question's 4-character runs a passage
holds, and the head re-scored by it."""

from __future__ import annotations

import pytest

from eval.phrase_lab import phrase_share, reranked
from indexer.contents import DocumentMeta
from indexer.searcher import Hit


def _hit(doc_id: str, score: float, text: str) -> Hit:
    meta = DocumentMeta(doc_id, None, None, None, None, None, "")
    return Hit(0, f"{doc_id}:0", doc_id, score, 0.0, 0.0, 0, len(text), text, meta)


def test_runs_holding_a_question_word_are_no_phrase() -> None:
    # of 闪电山是哪一座岛屿的最高处's ten runs every one but 一座岛屿 holds 是, 哪 or 的
    question = "闪电山是哪一座岛屿的最高处"
    assert phrase_share(question, "最高点为闪电山,海拔1334英尺") == 0.0
    assert phrase_share(question, "关岛为马里亚纳群岛最南一座岛屿") == pytest.approx(1.0)
    assert phrase_share("什么是吗", "什么是吗") == 0.0  # no run left: nothing to share


def test_the_head_is_rescored_by_phrase_share() -> None:
    hits = [_hit("a", 3.0, "甲乙丙丁"), _hit("b", 2.0, "一座岛屿在此"), _hit("c", 1.0, "无关")]
    question = "闪电山是哪一座岛屿的最高处"
    assert [h.doc_id for h in reranked(question, hits, 0.0)] == ["a", "b", "c"]
    # std of (3, 2, 1) is 0.816: weight 2 lifts b by 1.63, past a
    assert [h.doc_id for h in reranked(question, hits, 2.0)] == ["b", "a", "c"]
    assert [h.doc_id for h in reranked(question, hits, 1.0)] == ["a", "b", "c"]
