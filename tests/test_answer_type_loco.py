"""eval/answer_type_loco.py: S@1 and MRR@10 from per-query ranks, the rotations and the no-loss rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.answer_type_loco import main, no_loss, run

FUSION = {"answer_type_weight": 0.75}
# per set: ranks of (bm25, dense, hybrid = 0.75, at0, at05, reference) for four queries
RANKS = {
    "cmrc2018": [(1, 1, 1, 1, 1, 2), (2, 3, 2, 2, 1, 2), (1, 2, 1, 1, 1, 1), (0, 4, 3, 3, 3, 0)],
    "drcd": [(1, 1, 2, 1, 1, 1), (2, 1, 1, 1, 1, 2), (3, 3, 1, 1, 1, 4), (1, 1, 1, 1, 1, 1)],
    "stard": [(0, 2, 1, 2, 1, 0), (5, 1, 1, 1, 1, 5), (1, 1, 1, 1, 1, 1), (0, 0, 0, 0, 0, 0)],
}


def write_run(folder: Path) -> None:
    sets = []
    for name, rows in RANKS.items():
        tsv = f"quality-{name}-queries.tsv"
        lines = ["# rank of the first relevant passage", "qid\tbm25\tdense\thybrid\tat0\tat05\treference"]
        lines += [f"q{i}\t" + "\t".join(map(str, r)) for i, r in enumerate(rows)]
        (folder / tsv).write_text("\n".join(lines) + "\n", encoding="utf-8")
        variants = {"at0": {"answer_type_weight": 0}, "at05": {"answer_type_weight": 0.5}}
        sets.append({"dataset": name, "fusion": FUSION, "variants": variants, "per_query": tsv})
    body = {"command": "python -m eval.quality", "generated_at": "now", "datasets": sets}
    (folder / "quality.json").write_text(json.dumps(body), encoding="utf-8")


def test_weights_are_scored_from_ranks_and_chosen_leave_one_out(tmp_path: Path) -> None:
    write_run(tmp_path)
    result = run(tmp_path)
    assert list(result["table"]) == ["0", "0.5", "0.75"]
    assert result["table"]["0.5"]["cmrc2018"] == pytest.approx({"success@1": 0.75, "mrr@10": 3.333333 / 4})
    assert result["table"]["0.75"]["drcd"] == pytest.approx({"success@1": 0.75, "mrr@10": 3.5 / 4})
    assert result["references"]["stard"] == pytest.approx({"success@1": 0.25, "mrr@10": 1.2 / 4})
    chosen = [(r["held_out"], r["chosen"], r["beats_reference"]) for r in result["rotations"]]
    assert chosen == [("cmrc2018", "0.5", True), ("drcd", "0.5", True), ("stard", "0.5", True)]
    # 0.75 loses a query at rank 1 on drcd against the stage off; 0.5 loses nowhere
    assert no_loss(result["table"]) == result["no_loss_weight"] == "0.5"


def test_the_scope_stage_is_chosen_by_the_same_rule(tmp_path: Path) -> None:
    """--param scope_weight reads the scope stage's weight from the same kind of run (its labels, its
    default) and writes scope-loco.{json,md}."""
    write_run(tmp_path)
    body = json.loads((tmp_path / "quality.json").read_text(encoding="utf-8"))
    for summary in body["datasets"]:
        summary["fusion"] = {"scope_weight": 0.75}
        summary["variants"] = {"at0": {"scope_weight": 0}, "at05": {"scope_weight": 0.5}}
    (tmp_path / "quality.json").write_text(json.dumps(body), encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(tmp_path), "--param", "scope_weight", "--out", str(out)]) == 0
    result = json.loads((out / "scope-loco.json").read_text(encoding="utf-8"))
    assert (result["param"], list(result["table"]), result["no_loss_weight"]) == (
        "scope_weight",
        ["0", "0.5", "0.75"],
        "0.5",
    )
    text = (out / "scope-loco.md").read_text(encoding="utf-8")
    assert text.startswith("# Scope stage weight, leave one corpus out")
    assert "(the default is 1)" in text
