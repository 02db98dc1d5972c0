"""eval/policy_pooled.py's summary: every collection's questions asked of one index, beside the same questions
asked of each collection's own index (the committed eval/results/<set>-set.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.policy_pooled import gather, summarise


def _row(
    name: str, qid: str, kind: str, holds: bool | None, answerable: bool = True, **extra: Any
) -> dict[str, Any]:
    return {
        "set": name,
        "id": qid,
        "kind": kind,
        "holds": holds,
        "answerable": answerable,
        "quotes_exact": True,
        "chars": 40,
        **extra,
    }


def test_the_summary_sets_pooled_answers_beside_each_collections_own(tmp_path: Path) -> None:
    alone = [
        {"id": "n01", "holds": True},
        {"id": "n02", "holds": False},
        {"id": "n03", "holds": True},
    ]
    (tmp_path / "policy7-set.json").write_text(json.dumps({"questions": alone}), encoding="utf-8")
    rows = [
        _row("policy7", "n01", "number", True),
        _row("policy7", "n02", "number", True),  # held pooled only
        _row("policy7", "n03", "number", False),  # held alone only
        _row("policy7", "r01", "regions", False, missing=[], extra=["某区"]),  # another collection's region
        _row("policy7", "r02", "regions", False, missing=["甲区"], extra=[]),
        _row("policy7", "u01", "unanswerable", None, answerable=False),
        _row("policy7", "u02", "unanswerable", None, answerable=True),
    ]
    summary = summarise(rows, tmp_path)
    assert summary == {
        "questions": 7,
        "answers_hold": "2/3",
        "answers_hold_alone": "2/3",
        "lost_against_alone": ["policy7/n03"],
        "gained_against_alone": ["policy7/n02"],
        "declined_answerable": 0,
        "regions_none_missing": "1/2",
        "regions_exact": "0/2",
        "unanswerable_declined": "1/2",
        "quotes_exact": "7/7",
        "over_250_chars": 0,
    }


def test_each_collection_keeps_its_folders_under_its_own_name(tmp_path: Path) -> None:
    gather(tmp_path / "docs", ["policy2", "policy16"])
    assert (tmp_path / "docs" / "policy16" / "浙江" / "慈溪市").is_dir()
    assert (tmp_path / "docs" / "policy2").is_dir()
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["policy16", "policy2"]
