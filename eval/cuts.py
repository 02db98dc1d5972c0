"""Abstention cuts derived from score rows, and the leave-one-corpus-out rotation that checks them.

Pure functions over rows that eval/calibrate.py computes once per question: (best support, the rule that
declined the question before any score or "", best question-sentence cosine). The rotation derives both
cuts — support threshold and meaning cut — from the negatives of all corpora but one, exactly as the shipped
cuts are derived from all of them, and reports how the held-out corpus fares: a cut that only holds on the
questions it was chosen on would decline the held-out corpus's questions less.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Row = tuple[float, str, float]  # (best support, rule that declined it or "", best cosine)

# Share of the bench questions (unanswerable on the seeds index) the threshold must decline: the target is
# 0.97; 0.99 answers at most a third of the wrong questions the target allows, margin for questions unlike
# the ones calibrated on (the rotation measures how much of that margin a new corpus uses).
BENCH_DECLINED = 0.99
# Seed questions the documents do not answer that may still reach the threshold (the seed report lists them).
SEED_SPARE = 1
# Above the most similar declined negative: the meaning path must not answer what support declines.
MEANING_MARGIN = 0.02
STEP = 1e-4  # a threshold sits just above the score it must decline


@dataclass(frozen=True)
class Cuts:
    threshold: float  # support a candidate must reach to answer
    meaning: float  # cosine at which a candidate answers on meaning alone
    claim: float  # the highest cut answering every positive: each claim after the first must reach it


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


def meaning_cut(negatives: Sequence[Row], threshold: float, margin: float = MEANING_MARGIN) -> float:
    """The similarity at which a candidate answers on meaning alone: above every negative the support
    threshold declines, with ``margin`` to spare, so the meaning path answers none of them."""
    declined = [m for s, rule, m in negatives if not rule and s < threshold]
    return round(max(declined, default=0.0) + margin, 4)


def derive_cuts(
    positives: Sequence[Row],
    seed_negatives: Sequence[Row],
    bench_negatives: Sequence[Row],
    share: float = BENCH_DECLINED,
    spare: int = SEED_SPARE,
    margin: float = MEANING_MARGIN,
) -> Cuts:
    """Both cuts (and the strict claim cut) from the answerable seed questions' rows, the seed negatives' and
    the bench negatives'. A positive a rule declines cannot be saved by any cut and constrains none."""
    scores = [s for s, rule, _ in positives if not rule]
    seed = [(s, rule) for s, rule, _ in seed_negatives]
    bench = [(s, rule) for s, rule, _ in bench_negatives]
    threshold = lowest_threshold(scores, seed, bench, share, spare)
    claim = choose_threshold(scores, [s for s, rule in [*seed, *bench] if not rule])
    return Cuts(threshold, meaning_cut([*seed_negatives, *bench_negatives], threshold, margin), claim)


def declines(row: Row, cuts: Cuts) -> bool:
    """Whether /ask declines a question with this row: a rule, or no candidate reaching either cut (the best
    support and the best cosine may come from different candidates; either one answering is enough)."""
    support, rule, meaning = row
    return bool(rule) or (support < cuts.threshold and meaning < cuts.meaning)


def declined_share(rows: Sequence[Row], cuts: Cuts) -> float:
    return round(sum(declines(r, cuts) for r in rows) / max(1, len(rows)), 4)


def precision_recall(answerable: Sequence[Row], unanswerable: Sequence[Row], cuts: Cuts) -> dict[str, Any]:
    """Abstention as a detector of unanswerable questions: precision = declined questions that were
    unanswerable / all declined; recall = unanswerable questions declined / all unanswerable."""
    wrong = sum(declines(r, cuts) for r in answerable)
    right = sum(declines(r, cuts) for r in unanswerable)
    return {
        "answerable": len(answerable),
        "answerable_declined": wrong,
        "unanswerable": len(unanswerable),
        "unanswerable_declined": right,
        "precision": round(right / (right + wrong), 4) if right + wrong else None,
        "recall": round(right / len(unanswerable), 4) if unanswerable else None,
    }


def corpus_of(spec: str) -> str:
    """'drcd/queries.zh-hans.jsonl' → 'drcd': query files of one corpus are held out together."""
    return spec.partition("/")[0]


def rotate(
    positives: Sequence[Row],
    seed_negatives: Sequence[Row],
    bench: Mapping[str, Sequence[Row]],
    report_positives: Sequence[Row] = (),
    report_only: Mapping[str, Sequence[Row]] | None = None,
    share: float = BENCH_DECLINED,
    spare: int = SEED_SPARE,
    margin: float = MEANING_MARGIN,
) -> list[dict[str, Any]]:
    """One entry per fold: first all sets (the shipped cuts), then each corpus of ``bench`` held out — its
    cuts derived from the seed rows and the other corpora's bench rows, judged on the held-out corpus.

    ``report_positives`` (answerable questions never used to choose a cut) and ``report_only`` (negative sets
    never calibrated on, e.g. a second script of a corpus's questions) are only judged, in every fold.
    """
    extra = report_only or {}
    corpora = list(dict.fromkeys(corpus_of(spec) for spec in bench))
    folds: list[str | None] = [None, *corpora]
    out = []
    for held in folds:
        train = [row for spec, rows in bench.items() if corpus_of(spec) != held for row in rows]
        cuts = derive_cuts(positives, seed_negatives, train, share, spare, margin)
        held_rows = [row for spec, rows in bench.items() if corpus_of(spec) == held for row in rows]
        # the questions no cut was chosen on: the held-out corpus (every bench row for all sets, in-sample)
        pool = held_rows if held else [row for rows in bench.values() for row in rows]
        out.append(
            {
                "held_out": held,
                "calibrated_on": [spec for spec in bench if corpus_of(spec) != held],
                "threshold": cuts.threshold,
                "meaning_threshold": cuts.meaning,
                "claim_threshold": cuts.claim,
                "held_out_questions": len(held_rows),
                "held_out_declined": declined_share(held_rows, cuts) if held else None,
                "declined_by_set": {
                    spec: declined_share(rows, cuts) for spec, rows in {**bench, **extra}.items()
                },
                "seed": precision_recall(positives, seed_negatives, cuts),
                "report_answerable_declined": sum(declines(r, cuts) for r in report_positives),
                "held_out_pool": precision_recall(report_positives, pool, cuts),
            }
        )
    return out
