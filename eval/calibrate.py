"""Derive the abstention threshold from data and store it for the encoder (`python -m eval.calibrate`).

Positives: the answerable questions of the seed question set (eval/questions.jsonl). Negatives: its
unanswerable questions, plus thousands of questions from elsewhere — the ../shared/bench query files asked
against the seeds index, where none is answerable. Each question's best support (words found and meaning,
scoring.support) is computed once with no threshold; the rules that decline before any score (a place or
year the documents never mention) decide some negatives outright.

The threshold is the lowest that still declines nearly every negative — ``BENCH_DECLINED`` of the bench
questions and all but ``SEED_SPARE`` of the seed set's own unanswerable questions — so that answerable
questions worded unlike the seeds' are declined as little as possible; never above the highest cut that
answers every answerable seed question (the middle of the gap between the lowest answerable score and the
highest negative below it), which it falls back to when the two conflict. Rerun it whenever the encoder (or
the scoring) changes: scores live on the encoder's own scale.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from eval.answers import ASK_K, BENCH, NEGATIVE_SETS, RESULTS, negative_questions
from eval.seedqa import QUESTIONS, load_questions
from indexer.retrieve import Retriever
from indexer.settings import default_index_dir
from server.answer import DEFAULT_CONFIG, compose
from server.answer.calibration import store_entry

# Rules that decline a question before any score: the threshold cannot change their verdict.
RULES = ("no_passages", "place_absent", "year_absent", "measure_absent", "place_unmatched")
# Share of the bench questions (unanswerable on the seeds index) the threshold must decline: the target is
# 0.97; 0.99 answers at most a third of the wrong questions the target allows, margin for questions unlike
# the 1,500 sampled.
BENCH_DECLINED = 0.99
# Seed questions the documents do not answer that may still reach the threshold (the seed report lists them).
SEED_SPARE = 1
# Above the most similar declined negative: the meaning path must not answer what support declines.
MEANING_MARGIN = 0.02
STEP = 1e-4  # a threshold sits just above the score it must decline


def score_rows(retriever: Retriever, questions: Sequence[str]) -> list[tuple[float, str, float]]:
    """(best support, rule that declined it or "", best question-sentence similarity) per question, with no
    threshold applied."""
    config = replace(DEFAULT_CONFIG, threshold=0.0, meaning_threshold=2.0)
    out = []
    for q in questions:
        comp = compose(retriever, q[:1000], ASK_K, config)
        meaning = max((u.dense for u in comp.units), default=0.0)
        out.append((comp.best, comp.reason if comp.reason in RULES else "", meaning))
    return out


def scores(retriever: Retriever, questions: Sequence[str]) -> list[tuple[float, str]]:
    """(best support, rule that declined it or "") per question, with no threshold applied."""
    return [(best, rule) for best, rule, _ in score_rows(retriever, questions)]


def meaning_cut(negatives: Sequence[tuple[float, str, float]], threshold: float) -> float:
    """The similarity at which a candidate answers on meaning alone: above every negative the support
    threshold declines, with MEANING_MARGIN to spare, so the meaning path answers none of them."""
    declined = [m for s, rule, m in negatives if not rule and s < threshold]
    return round(max(declined, default=0.0) + MEANING_MARGIN, 4)


def choose_threshold(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """The highest cut answering every positive: halfway between the lowest positive and the highest
    negative below it (just under the lowest positive when no negative lies below)."""
    if not positives:
        raise ValueError("no answerable seed question reached scoring; check the seeds index")
    low = min(positives)
    below = [s for s in negatives if s < low]
    return round((low + max(below)) / 2 if below else low - 0.005, 4)


def declining_cut(values: Sequence[tuple[float, str]], share: float) -> float:
    """The lowest threshold at which at least ``share`` of ``values`` (score, rule) are declined."""
    if not values:
        return 0.0
    allowed = int(len(values) * (1 - share) + 1e-9)  # how many may be answered
    scored = sorted((s for s, rule in values if not rule), reverse=True)
    return scored[allowed] + STEP if allowed < len(scored) else 0.0


def lowest_threshold(
    positives: Sequence[float],
    seed_negatives: Sequence[tuple[float, str]],
    bench_negatives: Sequence[tuple[float, str]],
    share: float = BENCH_DECLINED,
    spare: int = SEED_SPARE,
) -> float:
    """The lowest cut declining ``share`` of the bench negatives and all but ``spare`` seed negatives, when it
    answers every positive; else ``choose_threshold`` (the highest cut that does)."""
    negatives = [s for s, rule in [*seed_negatives, *bench_negatives] if not rule]
    upper = choose_threshold(positives, negatives)
    seed_scored = sorted((s for s, rule in seed_negatives if not rule), reverse=True)
    seed_cut = seed_scored[spare] + STEP if spare < len(seed_scored) else 0.0
    cut = round(max(declining_cut(bench_negatives, share), seed_cut), 4)
    return cut if cut <= min(positives) else upper


def declined_share(values: Sequence[tuple[float, str]], threshold: float) -> float:
    return sum(1 for s, rule in values if rule or s < threshold) / max(1, len(values))


def calibrate(seed_index: Path, bench: Path, limit: int | None) -> dict[str, Any]:
    retriever = Retriever(seed_index)
    retriever.warm_up()
    started = time.perf_counter()
    seed = load_questions(QUESTIONS)
    seed_rows = score_rows(retriever, [q.question for q in seed])
    seed_scores = [(b, r) for b, r, _ in seed_rows]
    positives = [s for (s, rule), q in zip(seed_scores, seed, strict=True) if q.answerable and not rule]
    seed_negative = [x for x, q in zip(seed_scores, seed, strict=True) if not q.answerable]
    by_set: dict[str, list[tuple[float, str]]] = {}
    bench_rows: list[tuple[float, str, float]] = []
    for spec, question in negative_questions(bench, NEGATIVE_SETS, limit):
        row = score_rows(retriever, [question])[0]
        bench_rows.append(row)
        by_set.setdefault(spec, []).append(row[:2])
    bench_negative = [x for xs in by_set.values() for x in xs]
    negatives = [s for s, rule in seed_negative + bench_negative if not rule]
    threshold = lowest_threshold(positives, seed_negative, bench_negative)
    seed_negative_rows = [x for x, q in zip(seed_rows, seed, strict=True) if not q.answerable]
    meaning = meaning_cut([*seed_negative_rows, *bench_rows], threshold)
    unanswered_positives = sum(s < threshold for s in positives) + sum(
        1 for (s, rule), q in zip(seed_scores, seed, strict=True) if q.answerable and rule
    )
    seed_declined = sum(1 for s, rule in seed_negative if rule or s < threshold)
    return {
        "model": retriever.settings.model,
        "threshold": threshold,
        "meaning_threshold": meaning,
        "rule": f"lowest declining {BENCH_DECLINED} of the bench and all but {SEED_SPARE} seed negative(s)",
        "highest_answering_every_positive": choose_threshold(positives, negatives),
        "seed_answerable": len(positives),
        "seed_answerable_declined": unanswered_positives,
        "lowest_answerable_support": round(min(positives), 4),
        "seed_unanswerable": len(seed_negative),
        "seed_unanswerable_declined": seed_declined,
        "bench_questions": len(bench_negative),
        "bench_declined": round(declined_share(bench_negative, threshold), 4),
        "bench_by_set": {s: round(declined_share(xs, threshold), 4) for s, xs in by_set.items()},
        "bench_declined_by_rules": round(
            sum(1 for _, r in bench_negative if r) / max(1, len(bench_negative)), 4
        ),
        "highest_negative_support": round(max(negatives, default=0.0), 4),
        "seed_unanswerable_supports": sorted(round(s, 4) for s, rule in seed_negative if not rule),
        "bench_support_quantiles": {
            str(q): round(float(np.quantile([s for s, _ in bench_negative], q)), 4)
            for q in (0.9, 0.97, 0.99, 1.0)
        },
        "seconds": round(time.perf_counter() - started, 1),
    }


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
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.calibrate", description=__doc__)
    parser.add_argument("--index", type=Path, default=None, help="index of seeds/ (default: $CITEQA_INDEX)")
    parser.add_argument("--limit", type=int, default=None, help="first N questions of each bench query file")
    parser.add_argument("--store", action="store_true", help="record the threshold in calibration.json")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where calibration.md/json go")
    args = parser.parse_args(argv)
    try:
        result = calibrate(args.index or default_index_dir(), BENCH, args.limit)
    except ValueError as exc:
        print(f"eval.calibrate: {exc}", file=sys.stderr)
        return 2
    if args.store:
        entry = {
            "threshold": result["threshold"],
            "claim_threshold": result["highest_answering_every_positive"],
            "meaning_threshold": result["meaning_threshold"],
            "threshold_derivation": result,
        }
        store_entry(result["model"], entry)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "calibration.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        (args.out / "calibration.md").write_text(render_markdown(result), encoding="utf-8")
    sys.stdout.write(render_markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
