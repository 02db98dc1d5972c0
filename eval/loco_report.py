"""eval/results/loco.md: the leave-one-corpus-out choice (eval/loco.py's result) as tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_markdown(result: dict[str, Any], path: Path) -> None:
    def cell(m: dict[str, float]) -> str:
        return f"{m['success@1']:.4f} / {m['mrr@10']:.4f}"

    lines = [
        "# Leave-one-corpus-out choice of the retrieval defaults",
        "",
        f"Regenerate with `python -m eval.loco`. Encoder: {result['model']}. In each rotation the setting "
        "whose smallest gain in S@1 + MRR@10 over the reference row (plain char uni+bigram BM25, "
        "k1 0.9, b 0.4) on the two tuning sets is largest (maximin) is reported on the held-out set. "
        "Cells: S@1 / MRR@10 (documents). "
        f"Corpus records rejected by cleaning and left out: {result['skipped_documents']}.",
        "",
    ]
    for stage, title in (("bm25", "BM25 leg"), ("fusion", "Hybrid (with the chosen BM25 leg)")):
        lines += [f"## {title}", ""]
        if stage == "fusion":
            lines += [
                "Fusion settings: fixed BM25 weights (`uncovered_bm25_weight` = `bm25_weight`, as "
                "before), and the BM25 weight per question running from `uncovered_bm25_weight` (its best "
                "BM25 passage holds none of its n-gram idf mass) to `bm25_weight` (all of it), with and "
                "without Rocchio feedback for the dense leg (`feedback_depth` passages, `feedback_weight`). "
                "Paired: held-out questions whose reciprocal rank the chosen setting raises / lowers against "
                "the previous default "
                f"`{json.dumps(result['fusion']['previous'])}`.",
                "",
                "| held out | tuned on | chosen | held-out result | previous default | paired W / L "
                "| reference | beats it |",
                "|---|---|---|--:|--:|--:|--:|---|",
            ]
        else:
            lines += [
                "| held out | tuned on | chosen | held-out result | reference | beats it |",
                "|---|---|---|--:|--:|---|",
            ]
        for r in result[stage]["rotations"]:
            middle = ""
            if stage == "fusion":
                paired = r["paired_vs_previous"]
                middle = f"{cell(r['previous_default'])} | {paired['wins']} / {paired['losses']} | "
            lines.append(
                f"| {r['held_out']} | {' + '.join(r['tuned_on'])} | `{r['chosen']}` | {cell(r['result'])} | "
                f"{middle}{cell(r['reference'])} | {'yes' if r['beats_reference'] else '**no**'} |"
            )
        lines += ["", f"Default (tuned on all three): `{json.dumps(result[stage]['chosen'])}`", ""]
    lines += [
        "## The default per leg",
        "",
        "| set | reference | bm25 | dense | previous hybrid | hybrid |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for s, legs in result["legs"].items():
        lines.append(
            f"| {s} | {cell(legs['reference'])} | {cell(legs['bm25'])} | {cell(legs['dense'])} | "
            f"{cell(legs['previous hybrid'])} | {cell(legs['hybrid'])} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
