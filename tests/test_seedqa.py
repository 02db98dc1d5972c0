"""The seed question set: its labels are sound, and the report holds what /ask must guarantee."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval.heldout import HELDOUT
from eval.seedqa import KINDS, QUESTIONS, load_questions, run_seedqa, separating_threshold
from eval.seedqa_report import write_report
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from server.answer import DEFAULT_CONFIG
from server.answer.calibration import threshold_for


@pytest.fixture(scope="module")
def report(seed_index: Path) -> dict[str, Any]:
    return run_seedqa(seed_index, QUESTIONS)


def test_question_file_is_sound(seed_index: Path) -> None:
    questions = load_questions(QUESTIONS)
    kinds = Counter(q.kind for q in questions)
    assert len(questions) >= 40
    assert kinds["unanswerable"] >= 6
    assert set(kinds) == set(KINDS)
    data = Retriever(seed_index).data
    texts = {d.doc_id: normalize(t) for d, t in zip(data.documents, data.texts, strict=True)}
    for q in questions:
        for phrase in q.answers:  # every gold phrase is really in one of its gold documents
            assert any(normalize(phrase) in texts[d] for d in q.docs), (q.id, phrase)


def test_heldout_question_file_is_sound(seed_index: Path) -> None:
    # the held-out-style questions: new, answerable, and every gold phrase really in a gold document
    heldout = load_questions(HELDOUT)
    assert len(heldout) >= 40 and all(q.answerable for q in heldout)
    assert not {q.question for q in heldout} & {q.question for q in load_questions(QUESTIONS)}
    data = Retriever(seed_index).data
    texts = {d.doc_id: normalize(t) for d, t in zip(data.documents, data.texts, strict=True)}
    for q in heldout:
        for phrase in q.answers:
            assert any(normalize(phrase) in texts[d] for d in q.docs), (q.id, phrase)


def test_report_guarantees(report: dict[str, Any]) -> None:
    a = report["answers"]
    assert (a["questions"], a["answerable"], a["unanswerable"]) == (69, 53, 16)
    assert a["citation_validity"] == 1.0
    assert a["marker_consistency"] == 1.0
    assert a["abstention_precision"] == 1.0  # never refuses a question the seeds answer
    assert a["abstention_recall"] >= 0.9
    assert a["answer_accuracy"] >= 0.94
    assert a["cited_doc_recall"] >= 0.98
    assert a["quote_chars_max"] <= DEFAULT_CONFIG.max_quote
    hybrid = report["retrieval"]["hybrid"]
    assert hybrid["documents"]["recall@5"] == 1.0
    assert hybrid["documents"]["mrr@10"] >= 0.95
    assert hybrid["answer_passages"]["recall@10"] >= 0.95
    assert set(report["retrieval"]) == {"hybrid", "bm25", "dense", "reference"}
    assert report["modes"]["hybrid"] == hybrid["documents"]
    # every question with a wrong outcome is listed, and nothing else
    wrong = {
        r["id"]
        for r in report["per_question"]
        if (r["answerable_gold"] and not r["correct"]) or (not r["answerable_gold"] and r["answerable"])
    }
    assert {f["id"] for f in report["failures"]} == wrong


def test_threshold_never_refuses_an_answerable_question(report: dict[str, Any]) -> None:
    cal = report["calibration"]
    threshold = threshold_for(DEFAULTS.model)  # derived from data by eval/calibrate.py
    assert cal["threshold"] == threshold
    assert threshold <= cal["lowest_answerable_best"]
    # at most one unanswerable question scores above it (see eval/results/seedqa.md)
    assert sum(s >= threshold for s in cal["unanswerable_best"]) <= 1
    assert len(cal["leave_one_out_errors"]) <= 3


def test_report_files(report: dict[str, Any], tmp_path: Path) -> None:
    json_path, md_path = write_report(report, tmp_path)
    assert json.loads(json_path.read_text(encoding="utf-8"))["answers"] == report["answers"]
    md = md_path.read_text(encoding="utf-8")
    assert md.startswith("# Seed question set")
    assert "| hybrid |" in md and "## Failing questions" in md and "| q01 |" in md


def test_separating_threshold() -> None:
    assert separating_threshold([0.2, 0.3], [0.5, 0.6]) == 0.4
    # one error is unavoidable: of the cuts that make only one, the widest gap wins
    assert separating_threshold([0.2, 0.55], [0.5, 0.6]) == 0.35


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '{"id": "a", "question": "?", "docs": [], "answers": [], "kind": "number"}',
            "answerable question needs",
        ),
        ('{"id": "a", "question": "?", "docs": ["d"], "answers": ["x"], "kind": "rumour"}', "kind 'rumour'"),
        ('{"id": "a", "question": "?"}', "expected a JSON object"),
    ],
)
def test_bad_question_lines(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_questions(path)
