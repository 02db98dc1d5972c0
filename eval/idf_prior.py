"""Question term weights smoothed towards general Chinese: how strong a prior? (``python -m eval.idf_prior``)

Answer composition weighs the question's words by their idf in the index (server/answer/question.py). In a
small collection that idf cannot tell the question's frame (具体, 讲话) from its topic (五安): both occur in
one passage of five documents. `prior_idf` adds jieba's dictionary counts as ``IDF_PRIOR`` passages of
evidence. For each prior strength this derives the abstention cuts as `python -m eval.calibrate` does (seed
set and the 7,978 bench negatives on the seeds index, with the leave-one-corpus-out rotation), then answers
the first ``--limit`` questions of cmrc2018 and drcd and the held-out-style seed questions with those cuts.
Writes eval/results/idf-prior.{json,md}. The held-out-style questions are reported, never chosen on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import server.answer.terms as terms
from eval.answers import BENCH, configs_for, evaluate_answers
from eval.calibrate import calibrate, collect
from eval.heldout import run_heldout
from eval.report import RESULTS
from indexer.retrieve import Retriever
from indexer.settings import default_index_dir
from server.answer import DEFAULT_CONFIG

PRIORS = (0.0, 100.0, 300.0, 1000.0)
SETS = ("cmrc2018", "drcd")


def one(prior: float, index_dir: Path, limit: int) -> dict[str, Any]:
    shipped = terms.IDF_PRIOR
    terms.IDF_PRIOR = prior
    try:
        return _measure(prior, index_dir, limit)
    finally:
        terms.IDF_PRIOR = shipped


def _measure(prior: float, index_dir: Path, limit: int) -> dict[str, Any]:
    retriever = Retriever(index_dir)
    retriever.warm_up()
    cuts = calibrate(collect(retriever, BENCH, None))
    config = replace(
        DEFAULT_CONFIG,
        threshold=cuts["threshold"],
        claim_threshold=cuts["highest_answering_every_positive"],
        meaning_threshold=cuts["meaning_threshold"],
    )
    answers = [evaluate_answers(s, BENCH, limit, configs_for(s, config)) for s in SETS]
    heldout = run_heldout(index_dir, config=config)
    return {
        "prior": prior,
        "cuts": {k: v for k, v in cuts.items() if k != "share_sweep"},
        "answers": answers,
        "heldout": {k: heldout[k] for k in ("citeqa", "by_kind")},
    }


def write_markdown(runs: Sequence[dict[str, Any]], path: Path) -> None:
    lines = [
        "# Question term weights: the corpus idf smoothed towards general Chinese",
        "",
        "Regenerate with `python -m eval.idf_prior`. Per prior strength (passages of evidence jieba's "
        "dictionary adds; 0 = the corpus idf alone, the previous default), the abstention cuts derived as "
        "`python -m eval.calibrate` derives them, then answers with those cuts. Abstention: declined share "
        "of the held-out corpus's negatives when the cuts are derived without it (leave one corpus out); "
        "seed set: answerable answered / unanswerable declined. Answer hit on the first questions of each "
        "bench set (its row with the ranker fitted on the other set in brackets). Held-out-style: the 45 "
        "answerable seed questions in users' words, reported only.",
        "",
        "| prior | threshold | claim cut | lowest answerable support | held out cmrc2018 / drcd / stard "
        "declined | seed answerable / unanswerable | cmrc2018 answer hit | drcd answer hit | held-out-style "
        "hit / declined |",
        "|--:|--:|--:|--:|---|---|---|---|---|",
    ]
    for r in runs:
        c = r["cuts"]
        held = {f["held_out"]: f for f in c["rotation"] if f["held_out"]}
        declined = " / ".join(f"{held[s]['held_out_declined']:.4f}" for s in ("cmrc2018", "drcd", "stard"))
        hits = []
        for a in r["answers"]:
            runs_ = a["runs"]
            main = runs_["citeqa"]["answer_hit"]
            other = [v["answer_hit"] for k, v in runs_.items() if k.startswith("citeqa, ranker")]
            hits.append(f"{main:.3f}" + (f" ({other[0]:.3f})" if other else ""))
        h = r["heldout"]["citeqa"]
        lines.append(
            f"| {r['prior']:g} | {c['threshold']} | {c['highest_answering_every_positive']} "
            f"| {c['lowest_answerable_support']} | {declined} "
            f"| {c['seed_answerable'] - c['seed_answerable_declined']}/{c['seed_answerable']} / "
            f"{c['seed_unanswerable_declined']}/{c['seed_unanswerable']} | {hits[0]} | {hits[1]} "
            f"| {h['answer_hit']:.3f} / {h['declined']:.3f} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.idf_prior", description=__doc__)
    parser.add_argument("--index", type=Path, default=None, help="index of seeds/ (default: $CITEQA_INDEX)")
    parser.add_argument("--priors", default=",".join(f"{p:g}" for p in PRIORS))
    parser.add_argument("--limit", type=int, default=1000, help="first N questions of each bench set")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--combine", type=Path, nargs="+", default=None, help="merge the idf-prior.json of runs made apart"
    )
    args = parser.parse_args(argv)
    if args.combine:
        runs = [
            r for d in args.combine for r in json.loads((d / "idf-prior.json").read_text(encoding="utf-8"))
        ]
        runs.sort(key=lambda r: r["prior"])
    else:
        index_dir = args.index or default_index_dir()
        runs = [one(float(p), index_dir, args.limit) for p in args.priors.split(",") if p.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "idf-prior.json").write_text(json.dumps(runs, ensure_ascii=False, indent=1), encoding="utf-8")
    write_markdown(runs, args.out / "idf-prior.md")
    sys.stdout.write((args.out / "idf-prior.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
