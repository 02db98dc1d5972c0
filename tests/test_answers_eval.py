"""The answer evaluation's judgement (hit, markers, length), its CLI errors, and the layering it relies on:
the server never imports the evaluation code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eval.answers import MAX_ANSWER_CHARS, is_hit, strip_markers
from eval.cuts import choose_threshold, declining_cut, lowest_threshold
from server.answer.calibration import claim_threshold_for, store_entry, threshold_for
from server.cli import main as cli_main


def test_hit_needs_a_gold_string_in_a_short_answer() -> None:
    answer = "運城市拿出150個事業編制[1];臨猗縣規劃251畝[2]。"
    assert strip_markers(answer) == "運城市拿出150個事業編制;臨猗縣規劃251畝。"
    assert is_hit(answer, ["150个事业编制"]) is True  # both normalised: scripts need not match
    assert is_hit(answer, ["300个"]) is False
    assert is_hit(answer, ["", "  "]) is False
    long = "甲" * MAX_ANSWER_CHARS + "150个[1]"
    assert is_hit(long, ["150个"]) is False  # a reader wants a short answer


def test_threshold_sits_between_the_lowest_positive_and_the_negatives_below_it() -> None:
    assert choose_threshold([0.5, 0.7], [0.1, 0.3, 0.9]) == 0.4
    assert choose_threshold([0.5], [0.6]) == 0.495  # no negative below: just under the lowest positive
    with pytest.raises(ValueError, match="no answerable seed question"):
        choose_threshold([], [0.2])


def test_lowest_threshold_declines_the_share_asked_and_answers_every_positive() -> None:
    bench = [(0.1, "")] * 990 + [(0.3, "")] * 5 + [(0.35, "")] * 3 + [(0.9, "place_absent")] * 2
    # 1,000 negatives, 0.995 declined: five may be answered (a rule declines the two 0.9s whatever the cut)
    assert declining_cut(bench, 0.995) == 0.3001
    seeds = [(0.45, ""), (0.4, ""), (0.2, "")]
    # the seeds' own negatives weigh more: all but one declined, so the cut sits just above the second
    assert lowest_threshold([0.6, 0.7], seeds, bench) == 0.4001
    assert lowest_threshold([0.6, 0.7], seeds, bench, spare=0) == 0.4501
    # a cut above the lowest positive would refuse an answerable seed question: the highest safe cut instead
    assert lowest_threshold([0.42, 0.7], seeds, bench, spare=0) == choose_threshold([0.42, 0.7], [0.4, 0.35])


def test_server_never_imports_eval() -> None:
    code = (
        "import sys, server.cli, server.api, server.generate; "
        "print(sorted(m for m in sys.modules if m == 'eval' or m.startswith('eval.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_eval_answers_bad_limit_is_one_line(capfd: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["eval", "--answers", "--limit", "0"]) == 2
    err = capfd.readouterr().err.strip().splitlines()
    assert err == ["citeqa eval: --limit of 0 is not positive; pass the number of questions to evaluate"]


def test_claim_threshold_is_the_strict_cut_else_the_threshold(tmp_path: Path) -> None:
    table = tmp_path / "calibration.json"
    store_entry("enc", {"threshold": 0.48, "claim_threshold": 0.58}, table)
    store_entry("plain", {"threshold": 0.41}, table)
    assert (threshold_for("enc", table), claim_threshold_for("enc", table)) == (0.48, 0.58)
    assert claim_threshold_for("plain", table) == 0.41  # none recorded: every claim reads the threshold
    store_entry("enc", {"threshold": 0.5}, table)  # a new threshold keeps the rest of the entry
    assert (threshold_for("enc", table), claim_threshold_for("enc", table)) == (0.5, 0.58)
