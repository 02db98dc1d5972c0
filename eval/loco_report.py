"""eval/results/loco.md: the leave-one-corpus-out choice (eval/loco.py's result) as tables."""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from indexer.settings import IndexSettings


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


def _cell(m: dict[str, float]) -> str:
    return f"{m['success@1']:.4f} / {m['mrr@10']:.4f}"


def rotation_lines(rotations: list[dict[str, Any]]) -> list[str]:
    """The table of `eval.loco.rotations_vs_default` rows: chosen setting, gains, held-out result, paired;
    with the plain-baseline (reference) row of the held-out set when the rotations carry it."""
    with_ref = bool(rotations) and all("reference" in r for r in rotations)
    lines = [
        "| held-out set | tuned on | chosen | gains on the tuning sets | held-out result "
        "| current default | " + ("reference (plain char BM25) | " if with_ref else "") + "paired W / L |",
        "|---|---|---|---|--:|--:|" + ("--:|" if with_ref else "") + "--:|",
    ]
    for r in rotations:
        gains = ", ".join(f"{s} {g:+.4f}" for s, g in r["train_gains"].items())
        paired = r["paired_vs_default"]
        lines.append(
            f"| {r['held_out']} | {' + '.join(r['tuned_on'])} | `{json.dumps(r['chosen'])}` | {gains} | "
            f"{_cell(r['result'])} | {_cell(r['default'])} | "
            + (f"{_cell(r['reference'])} | " if with_ref else "")
            + f"{paired['wins']} / {paired['losses']} |"
        )
    return lines


def gain_lines(table: dict[str, dict[str, dict[str, float]]], sets: list[str]) -> list[str]:
    """Every setting's gain (S@1 + MRR@10) over the table's ``"default"`` row, per set."""
    from eval.loco import gain

    lines = ["| setting | " + " | ".join(sets) + " |", "|---|" + "--:|" * len(sets)]
    for label, cells in table.items():
        if label != "default":
            row = " | ".join(f"{gain(cells[s], table['default'][s]):+.4f}" for s in sets)
            lines.append(f"| `{label}` | {row} |")
    return lines


def lab_main(
    argv: Sequence[str] | None,
    name: str,
    doc: str | None,
    run: Callable[[Sequence[str], IndexSettings], dict[str, Any]],
    write_markdown: Callable[[dict[str, Any], Path], None],
) -> int:
    """``python -m eval.<name>`` of a leave-one-corpus-out lab over the bench sets (e5-small): run, print
    each rotation, write eval/results/<name with dashes>.{json,md}."""
    from eval.loco import SETS
    from eval.report import RESULTS
    from indexer.embed import E5_MODEL
    from indexer.settings import DEFAULTS

    parser = argparse.ArgumentParser(prog=f"python -m eval.{name}", description=doc)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    result = run([s.strip() for s in args.sets.split(",") if s.strip()], DEFAULTS.with_model(E5_MODEL))
    for r in result["rotations"]:
        print(r["held_out"], r["chosen"], r["train_gains"], r["result"], r["default"], r["paired_vs_default"])
    args.out.mkdir(parents=True, exist_ok=True)
    stem = name.replace("_", "-")
    (args.out / f"{stem}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    write_markdown(result, args.out / f"{stem}.md")
    return 0
