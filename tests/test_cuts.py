"""The leave-one-corpus-out rotation of the abstention cuts (eval/cuts.py), on small synthetic score rows."""

from __future__ import annotations

from pathlib import Path

from eval.calibrate import Rows, calibrate, load_rows, save_rows
from eval.cuts import Cuts, Row, declines, derive_cuts, precision_recall, rotate

# (best support, rule that declined it or "", best cosine)
SEED_POSITIVE: list[Row] = [(0.6, "", 0.70), (0.7, "", 0.72), (0.9, "measure_absent", 0.9)]
SEED_NEGATIVE: list[Row] = [(0.3, "", 0.60), (0.2, "", 0.65)]
# corpus a: two negatives close in meaning; b (one query file of two): one high on words; c: five high on
# words and five a rule declines whatever their score
BENCH: dict[str, list[Row]] = {
    "a": [(0.1, "", 0.5)] * 98 + [(0.4, "", 0.79)] * 2,
    "b/x.jsonl": [(0.1, "", 0.5)] * 99 + [(0.5, "", 0.74)],
    "c": [(0.1, "", 0.5)] * 40 + [(0.45, "", 0.76)] * 5 + [(0.95, "place_absent", 0.9)] * 5,
}
REPORT_POSITIVE: list[Row] = [(0.42, "", 0.80), (0.2, "", 0.5)]
REPORT_ONLY: dict[str, list[Row]] = {"b": [(0.5, "", 0.74), (0.1, "", 0.5)]}


def test_a_question_is_answered_by_either_cut_and_never_past_a_rule() -> None:
    cuts = Cuts(threshold=0.45, meaning=0.78, claim=0.55)
    assert declines((0.44, "", 0.77), cuts) is True
    assert declines((0.45, "", 0.10), cuts) is False  # words enough
    assert declines((0.10, "", 0.78), cuts) is False  # meaning enough
    assert declines((0.99, "year_absent", 0.99), cuts) is True


def test_cuts_from_all_sets() -> None:
    rows = [r for rs in BENCH.values() for r in rs]
    # 250 negatives, 0.99 declined: two may be answered, so the cut sits above the third highest (0.45);
    # the meaning cut 0.02 above the most similar negative it declines (a's 0.79)
    assert derive_cuts(SEED_POSITIVE, SEED_NEGATIVE, rows) == Cuts(0.4501, 0.81, 0.55)


def test_precision_and_recall_of_abstention() -> None:
    cuts = Cuts(0.4501, 0.81, 0.55)
    assert precision_recall(SEED_POSITIVE, SEED_NEGATIVE, cuts) == {
        "answerable": 3,
        "answerable_declined": 1,  # the rule declines it: no cut can answer it
        "unanswerable": 2,
        "unanswerable_declined": 2,
        "precision": 0.6667,
        "recall": 1.0,
    }
    nothing = precision_recall([(0.9, "", 0.9)], [], cuts)
    assert (nothing["precision"], nothing["recall"]) == (None, None)


def test_rotation_derives_the_cuts_without_the_held_out_corpus() -> None:
    folds = rotate(SEED_POSITIVE, SEED_NEGATIVE, BENCH, REPORT_POSITIVE, REPORT_ONLY)
    summary = [
        (
            f["held_out"],
            f["calibrated_on"],
            f["threshold"],
            f["meaning_threshold"],
            f["claim_threshold"],
            f["held_out_questions"],
            f["held_out_declined"],
            f["report_answerable_declined"],
        )
        for f in folds
    ]
    assert summary == [
        (None, ["a", "b/x.jsonl", "c"], 0.4501, 0.81, 0.55, 0, None, 2),
        # without a, nothing declined is as close in meaning as a's two: a lower meaning cut answers them
        ("a", ["b/x.jsonl", "c"], 0.4501, 0.78, 0.55, 100, 0.98, 1),
        ("b", ["a", "c"], 0.4501, 0.81, 0.525, 100, 0.99, 2),
        # without c's five 0.45s the support cut falls below them: c is declined less than asked
        ("c", ["a", "b/x.jsonl"], 0.4001, 0.81, 0.55, 50, 0.9, 1),
    ]
    assert [f["declined_by_set"] for f in folds] == [
        {"a": 1.0, "b/x.jsonl": 0.99, "c": 1.0, "b": 0.5},
        {"a": 0.98, "b/x.jsonl": 0.99, "c": 1.0, "b": 0.5},
        {"a": 1.0, "b/x.jsonl": 0.99, "c": 1.0, "b": 0.5},
        {"a": 1.0, "b/x.jsonl": 0.99, "c": 0.9, "b": 0.5},
    ]
    pools = [
        (
            f["held_out_pool"]["answerable_declined"],
            f["held_out_pool"]["unanswerable_declined"],
            f["held_out_pool"]["precision"],
            f["held_out_pool"]["recall"],
        )
        for f in folds
    ]
    # all sets: every bench negative (in-sample); each fold: the held-out corpus and the report positives
    assert pools == [
        (2, 249, 0.992, 0.996),
        (1, 98, 0.9899, 0.98),
        (2, 99, 0.9802, 0.99),
        (1, 45, 0.9783, 0.9),
    ]
    assert {f["seed"]["answerable_declined"] for f in folds} == {1}
    assert {f["seed"]["unanswerable_declined"] for f in folds} == {2}


def test_score_rows_saved_are_the_rows_read_back(tmp_path: Path) -> None:
    rows = Rows("e5-small", SEED_POSITIVE, SEED_NEGATIVE, REPORT_POSITIVE, BENCH, REPORT_ONLY, 1.5)
    save_rows(rows, tmp_path / "rows.json")
    again = load_rows(tmp_path / "rows.json")
    assert again == rows
    # the folds read from the file are the folds of the rows scored
    assert calibrate(again)["rotation"] == rotate(
        SEED_POSITIVE, SEED_NEGATIVE, BENCH, REPORT_POSITIVE, REPORT_ONLY
    )
