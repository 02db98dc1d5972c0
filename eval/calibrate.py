"""Derive the abstention threshold from data and store it for the encoder (`python -m eval.calibrate`).

Positives: the answerable questions of the seed question set (eval/questions.jsonl). Negatives: its
unanswerable questions, plus thousands of questions from elsewhere — the ../shared/bench query files asked
against the seeds index, where none is answerable. Each question's best support (words found and meaning,
ranking.support) is computed once with no threshold; the rules that decline before any score (a place or
year the documents never mention) decide some negatives outright.

The threshold is the lowest that still declines nearly every negative — ``BENCH_DECLINED`` of the bench
questions and all but ``SEED_SPARE`` of the seed set's own unanswerable questions — so that answerable
questions worded unlike the seeds' are declined as little as possible; never above the highest cut that
answers every answerable seed question (the middle of the gap between the lowest answerable score and the
highest negative below it), which it falls back to when the two conflict. Rerun it whenever the encoder (or
the scoring) changes: scores live on the encoder's own scale.

The same rows also serve a leave-one-corpus-out rotation (eval/cuts.py): the cuts derived without one bench
corpus, judged on it — how far the rule holds on questions from a corpus it never saw.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from eval.answers import ASK_K, BENCH, NEGATIVE_SETS, RESULTS, negative_questions
from eval.cuts import (
    BENCH_DECLINED,
    MEANING_MARGIN,
    SEED_SPARE,
    Cuts,
    Row,
    declined_share,
    declines,
    rotate,
)
from eval.heldout import HELDOUT
from eval.seedqa import QUESTIONS, load_questions
from indexer.retrieve import Retriever
from indexer.settings import default_index_dir
from server.answer import DEFAULT_CONFIG, compose
from server.answer.calibration import store_entry

# Rules that decline a question before any score: the threshold cannot change their verdict.
RULES = ("no_passages", "place_absent", "year_absent", "measure_absent", "place_unmatched")
# Negative sets judged in every fold but never calibrated on: DRCD's questions in traditional script are,
# normalised, nearly its simplified ones again (3,346 of 3,524 score rows identical), so calibrating on both
# would count DRCD twice.
REPORT_ONLY_SETS = ("drcd",)
# Shares the rule could ask for instead of BENCH_DECLINED, judged leave-one-corpus-out on the same rows.
SWEEP_SHARES = (0.98, 0.985, 0.99, 0.993, 0.995)


def score_rows(retriever: Retriever, questions: Sequence[str]) -> list[Row]:
    """(best support, rule that declined it or "", best question-sentence similarity) per question, with no
    threshold applied."""
    config = replace(DEFAULT_CONFIG, threshold=0.0, meaning_threshold=2.0)
    out = []
    for q in questions:
        comp = compose(retriever, q[:1000], ASK_K, config)
        meaning = max((u.dense for u in comp.units), default=0.0)
        out.append((comp.best, comp.reason if comp.reason in RULES else "", meaning))
    return out


@dataclass(frozen=True)
class Rows:
    """Every question's score row, computed once: the folds of the rotation all read these."""

    model: str
    seed_positive: list[Row]  # the seed set's answerable questions
    seed_negative: list[Row]  # its unanswerable ones
    report_positive: list[Row]  # held-out-style answerable questions: judged only, never calibrated on
    bench: dict[str, list[Row]]  # bench query file → rows (unanswerable on the seeds index)
    report_only: dict[str, list[Row]]  # bench query files judged only
    seconds: float


def collect(retriever: Retriever, bench: Path, limit: int | None) -> Rows:
    started = time.perf_counter()
    seed = load_questions(QUESTIONS)
    seed_rows = score_rows(retriever, [q.question for q in seed])
    heldout = [q for q in load_questions(HELDOUT) if q.answerable]
    sets: dict[str, list[Row]] = {}
    for spec, question in negative_questions(bench, (*NEGATIVE_SETS, *REPORT_ONLY_SETS), limit):
        sets.setdefault(spec, []).append(score_rows(retriever, [question])[0])
    return Rows(
        model=retriever.settings.model,
        seed_positive=[r for r, q in zip(seed_rows, seed, strict=True) if q.answerable],
        seed_negative=[r for r, q in zip(seed_rows, seed, strict=True) if not q.answerable],
        report_positive=score_rows(retriever, [q.question for q in heldout]),
        bench={s: sets[s] for s in NEGATIVE_SETS if s in sets},
        report_only={s: sets[s] for s in REPORT_ONLY_SETS if s in sets},
        seconds=round(time.perf_counter() - started, 1),
    )


def save_rows(rows: Rows, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(rows)) + "\n", encoding="utf-8")


def load_rows(path: Path) -> Rows:
    data = json.loads(path.read_text(encoding="utf-8"))

    def rows(xs: list[list[Any]]) -> list[Row]:
        return [(float(s), str(rule), float(m)) for s, rule, m in xs]

    return Rows(
        model=str(data["model"]),
        seed_positive=rows(data["seed_positive"]),
        seed_negative=rows(data["seed_negative"]),
        report_positive=rows(data["report_positive"]),
        bench={k: rows(v) for k, v in data["bench"].items()},
        report_only={k: rows(v) for k, v in data["report_only"].items()},
        seconds=float(data["seconds"]),
    )


def calibrate(rows: Rows) -> dict[str, Any]:
    """The shipped cuts (derived on every bench set) and the leave-one-corpus-out rotation, from one set of
    rows."""
    folds = rotate(rows.seed_positive, rows.seed_negative, rows.bench, rows.report_positive, rows.report_only)
    shipped = folds[0]
    cuts = Cuts(shipped["threshold"], shipped["meaning_threshold"], shipped["claim_threshold"])
    positives = [s for s, rule, _ in rows.seed_positive if not rule]
    bench_negative = [r for xs in rows.bench.values() for r in xs]
    negatives = [s for s, rule, _ in [*rows.seed_negative, *bench_negative] if not rule]
    return {
        "model": rows.model,
        "threshold": cuts.threshold,
        "meaning_threshold": cuts.meaning,
        "rule": f"lowest declining {BENCH_DECLINED} of the bench and all but {SEED_SPARE} seed negative(s)",
        "highest_answering_every_positive": cuts.claim,
        "seed_answerable": len(rows.seed_positive),
        "seed_answerable_declined": sum(declines(r, cuts) for r in rows.seed_positive),
        "lowest_answerable_support": round(min(positives), 4),
        "seed_unanswerable": len(rows.seed_negative),
        "seed_unanswerable_declined": sum(declines(r, cuts) for r in rows.seed_negative),
        "bench_questions": len(bench_negative),
        "bench_declined": declined_share(bench_negative, cuts),
        "bench_by_set": {spec: shipped["declined_by_set"][spec] for spec in rows.bench},
        "report_only_by_set": {spec: shipped["declined_by_set"][spec] for spec in rows.report_only},
        "bench_declined_by_rules": round(
            sum(1 for _, r, _ in bench_negative if r) / max(1, len(bench_negative)), 4
        ),
        "highest_negative_support": round(max(negatives, default=0.0), 4),
        "seed_unanswerable_supports": sorted(round(s, 4) for s, rule, _ in rows.seed_negative if not rule),
        "bench_support_quantiles": {
            str(q): round(float(np.quantile([s for s, _, _ in bench_negative], q)), 4)
            for q in (0.9, 0.97, 0.99, 1.0)
        },
        "heldout_answerable": len(rows.report_positive),
        "rotation": folds,
        "share_sweep": sweep(rows),
        "seconds": rows.seconds,
    }


def sweep(rows: Rows, shares: Sequence[float] = SWEEP_SHARES) -> list[dict[str, Any]]:
    """For each share the rule could ask for: the all-sets cut, the held-out corpus declining least under its
    own fold's cuts, and the answerable questions the all-sets cut declines."""
    out = []
    for share in shares:
        folds = rotate(rows.seed_positive, rows.seed_negative, rows.bench, rows.report_positive, share=share)
        worst = min(folds[1:], key=lambda f: f["held_out_declined"])
        out.append(
            {
                "share": share,
                "threshold": folds[0]["threshold"],
                "worst_held_out": worst["held_out"],
                "worst_held_out_declined": worst["held_out_declined"],
                "seed_answerable_declined": folds[0]["seed"]["answerable_declined"],
                "seed_unanswerable_declined": folds[0]["seed"]["unanswerable_declined"],
                "report_answerable_declined": folds[0]["report_answerable_declined"],
            }
        )
    return out


def _share(x: float | None) -> str:
    return "—" if x is None else f"{x:.4f}"


def render_rotation(c: dict[str, Any]) -> list[str]:
    folds = c["rotation"]
    sets = list(folds[0]["declined_by_set"])
    lines = [
        "## Leave one corpus out",
        "",
        "Both cuts derived by the same rule from the seed set and the bench negatives of all corpora but one "
        "(DRCD's two query files are one corpus), then judged on the held-out corpus; scores computed once. "
        "A held-out corpus's questions were never seen by the cuts judging it. Declined shares per query "
        "file (in-sample for the corpora calibrated on); DRCD's traditional-script file is judged only "
        "(normalised, it is nearly the simplified file again, so it is never calibrated on).",
        "",
        "| held out | threshold | meaning cut | held-out declined | "
        + " | ".join(f"{s} declined" for s in sets)
        + " | seed answerable answered | seed unanswerable declined | held-out-style answerable declined |",
        "|---|---|---|---|" + "---|" * len(sets) + "---|---|---|",
    ]
    for f in folds:
        seed = f["seed"]
        lines.append(
            f"| {f['held_out'] or 'none (all sets: shipped)'} | {f['threshold']} | {f['meaning_threshold']} "
            f"| {_share(f['held_out_declined'])} | "
            + " | ".join(_share(f["declined_by_set"][s]) for s in sets)
            + f" | {seed['answerable'] - seed['answerable_declined']}/{seed['answerable']} "
            f"| {seed['unanswerable_declined']}/{seed['unanswerable']} "
            f"| {f['report_answerable_declined']}/{c['heldout_answerable']} |"
        )
    lines += [
        "",
        "Precision and recall of abstention (declining as the detection of an unanswerable question): on the "
        "seed set (69 questions, calibrated on) and on the questions no cut was chosen on — the held-out "
        f"corpus's negatives with the {c['heldout_answerable']} held-out-style answerable seed questions "
        "(for the all-sets row, every bench negative: in-sample).",
        "",
        "| held out | seed precision | seed recall | held-out precision | held-out recall |",
        "|---|---|---|---|---|",
    ]
    for f in folds:
        seed, pool = f["seed"], f["held_out_pool"]
        lines.append(
            f"| {f['held_out'] or 'none (all sets: shipped)'} | {_share(seed['precision'])} "
            f"| {_share(seed['recall'])} | {_share(pool['precision'])} | {_share(pool['recall'])} |"
        )
    lines += [
        "",
        "The share of bench negatives the rule asks for, judged the same way: the all-sets cut it gives, the "
        "held-out corpus declined least under its own fold's cuts, and what the all-sets cut costs in "
        f"answerable questions (seed set; the {c['heldout_answerable']} held-out-style ones).",
        "",
        "| share asked | all-sets threshold | worst held-out declined | seed answerable declined "
        "| seed unanswerable declined | held-out-style answerable declined |",
        "|---|---|---|---|---|---|",
    ]
    for w in c["share_sweep"]:
        mark = "**" if w["share"] == BENCH_DECLINED else ""
        lines.append(
            f"| {mark}{w['share']}{mark} | {w['threshold']} | {w['worst_held_out_declined']:.4f} "
            f"({w['worst_held_out']}) | {w['seed_answerable_declined']}/{c['seed_answerable']} "
            f"| {w['seed_unanswerable_declined']}/{c['seed_unanswerable']} "
            f"| {w['report_answerable_declined']}/{c['heldout_answerable']} |"
        )
    return lines


def render_markdown(c: dict[str, Any]) -> str:
    lines = [
        "# Abstention threshold",
        "",
        f"Encoder `{c['model']}`; regenerate with `python -m eval.calibrate --store`. Threshold "
        f"**{c['threshold']}** on support (words found and meaning): the lowest that declines "
        f"{BENCH_DECLINED} of the bench questions and all but {SEED_SPARE} of the seed set's unanswerable "
        f"ones, provided it answers every answerable seed question (lowest support "
        f"{c['lowest_answerable_support']}; the highest cut that does: "
        f"{c['highest_answering_every_positive']}, which every claim after an answer's first must reach).",
        "",
        "| questions | asked | declined |",
        "|---|---|---|",
        f"| seed set, answerable | {c['seed_answerable']} | {c['seed_answerable_declined']} |",
        f"| seed set, unanswerable | {c['seed_unanswerable']} | {c['seed_unanswerable_declined']} |",
    ]
    for spec, share in c["bench_by_set"].items():
        lines.append(f"| bench {spec} on the seeds index | — | {share:.4f} |")
    lines.append(
        f"| all bench questions on the seeds index | {c['bench_questions']} | {c['bench_declined']:.4f} |"
    )
    for spec, share in c["report_only_by_set"].items():
        lines.append(
            f"| bench {spec} on the seeds index (judged only, not calibrated on) | — | {share:.4f} |"
        )
    lines += [
        "",
        f"Declined by rules before any score (a place or year the seeds never mention): "
        f"{c['bench_declined_by_rules']:.4f} of the bench questions. Highest support of any negative: "
        f"{c['highest_negative_support']}.",
        "",
        f"A question is also answered when a candidate sentence's similarity to it (the encoder's cosine) "
        f"reaches **{c['meaning_threshold']}** — {MEANING_MARGIN} above the most similar negative the "
        f"support threshold declines — so paraphrases sharing few words (孩子上学 for 子女入学) are answered "
        f"and none of the negatives above is.",
        "",
        *render_rotation(c),
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.calibrate", description=__doc__)
    parser.add_argument("--index", type=Path, default=None, help="index of seeds/ (default: $CITEQA_INDEX)")
    parser.add_argument("--limit", type=int, default=None, help="first N questions of each bench query file")
    parser.add_argument("--store", action="store_true", help="record the threshold in calibration.json")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where calibration.md/json go")
    parser.add_argument(
        "--rows",
        type=Path,
        default=None,
        help="score rows file: read when it exists (no scoring; stale once the scoring code changes), "
        "else computed and written there",
    )
    args = parser.parse_args(argv)
    try:
        if args.rows is not None and args.rows.exists():
            rows = load_rows(args.rows)
        else:
            retriever = Retriever(args.index or default_index_dir())
            retriever.warm_up()
            rows = collect(retriever, BENCH, args.limit)
            if args.rows is not None:
                save_rows(rows, args.rows)
        result = calibrate(rows)
    except ValueError as exc:
        print(f"eval.calibrate: {exc}", file=sys.stderr)
        return 2
    if args.store:
        entry = {
            "threshold": result["threshold"],
            "claim_threshold": result["highest_answering_every_positive"],
            "meaning_threshold": result["meaning_threshold"],
            # the rotation and sweep stay in eval/results: the server reads only the cuts
            "threshold_derivation": {k: v for k, v in result.items() if k not in ("rotation", "share_sweep")},
        }
        store_entry(result["model"], entry)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "calibration.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        (args.out / "calibration.md").write_text(render_markdown(result), encoding="utf-8")
    sys.stdout.write(render_markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
