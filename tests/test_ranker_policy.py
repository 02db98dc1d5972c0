"""The ranker's features collected on a policy collection (eval/ranker.py collect_policy): the candidates /ask
scores for each answerable question naming its figure, labelled by holding one of its keys; unanswerable
questions and region listings add none. Real seed index, real encoder."""

from __future__ import annotations

import json
from pathlib import Path

from eval.ranker import collect_policy, top1_on
from server.answer.calibration import ranker_for
from server.answer.ranking import FEATURES


def test_policy_questions_give_labelled_candidates(seed_index: Path, tmp_path: Path) -> None:
    questions = tmp_path / "questions.jsonl"
    rows = [
        {
            "id": "n01",
            "kind": "number",
            "question": "运城市拿出多少个事业编制作为人才引进周转池?",
            "keys": ["150"],
        },
        {"id": "u01", "kind": "unanswerable", "question": "运城市人才公寓租金多少?", "keys": []},
        {
            "id": "r01",
            "kind": "regions",
            "question": "哪些地区设立了人才编制周转池?",
            "keys": [],
            "regions": ["运城市"],
        },
        {"id": "n02", "kind": "number", "question": "运城市全市共引进高素质人才多少人?", "keys": ["1800"]},
    ]
    questions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    x, y, groups, model = collect_policy(questions, seed_index)
    assert model == "e5-small"
    assert x.shape == (len(y), len(FEATURES))
    assert sorted(set(groups.tolist())) == [0, 3]  # the unanswerable and the listing add no candidates
    # each question's figure is among its candidates, and the stored ranker puts it first
    assert {int(g) for g in groups[y > 0]} == {0, 3}
    assert top1_on((x, y, groups, model), ranker_for(model)) == 1.0
