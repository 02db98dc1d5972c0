"""Fit the candidate ranker of answer composition (server/answer/scoring.py FEATURES) by logistic regression
on a bench set with gold answers, and check it on another: ``python -m eval.ranker --fit cmrc2018 --check
drcd``. A candidate's label is whether it contains a gold answer string. ``--store`` records the fitted
weights for the index's encoder in server/answer/calibration.json (the features include the encoder's
cosine, whose scale is the encoder's own), with the sets it was fitted and checked on.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from eval.answers import BENCH, evaluate_answers, load_answers, open_set, split_spec
from indexer.normalize import normalize
from server.answer import DEFAULT_CONFIG, analyse, gather_hits
from server.answer.calibration import store_entry
from server.answer.scoring import FEATURES, HAND_RANKER, Ranker, score_units
from server.answer.units import candidate_units

ASK_K = 5


def collect(spec: str, bench: Path, limit: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """Feature rows, labels and question numbers of every candidate of every question of ``spec`` (all
    candidates embedded)."""
    golds = load_answers(bench / split_spec(spec)[0])
    dataset, retriever, qids, inner = open_set(bench, spec, limit)
    rows: list[list[float]] = []
    labels: list[float] = []
    groups: list[int] = []
    for number, qid in enumerate(qids):
        if not golds.get(qid):
            continue
        wanted = [normalize(g.strip()) for g in golds[qid] if g.strip()]
        question = analyse(retriever, dataset.queries[qid][:1000])
        hits = gather_hits(retriever, question, ASK_K, DEFAULT_CONFIG)
        units = candidate_units(retriever, hits, question, DEFAULT_CONFIG)
        units = score_units(retriever.encoder, question, units, HAND_RANKER, len(units))
        for u in units:
            rows.append([float(getattr(u, f)) for f in FEATURES])
            norm = normalize(u.text)
            labels.append(1.0 if any(g in norm for g in wanted) else 0.0)
            groups.append(number)
    inner.save()
    return np.array(rows), np.array(labels), np.array(groups), retriever.settings.model


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (a handful of features: exact and fast)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = l2 * np.eye(xb.shape[1])
    reg[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg @ w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.ranker", description=__doc__)
    parser.add_argument("--fit", default="cmrc2018", help="bench set the weights are fitted on")
    parser.add_argument("--check", default="drcd", help="comma-separated bench sets to report on")
    parser.add_argument("--limit", type=int, default=None, help="first N questions of each set")
    parser.add_argument("--store", action="store_true", help="record the weights in calibration.json")
    args = parser.parse_args(argv)
    x, y, _, model = collect(args.fit, BENCH, args.limit)
    weights, bias = fit_logistic(x, y)
    ranker = Ranker(tuple(round(float(w), 4) for w in weights), round(bias, 4), logistic=True)
    print(f"fitted on {args.fit}: {len(y)} candidates, {int(y.sum())} holding a gold answer")
    print("  " + ", ".join(f"{f} {w:+.3f}" for f, w in zip(FEATURES, ranker.weights, strict=True)))
    report: dict[str, Any] = {}
    for spec in [s for s in args.check.split(",") if s]:
        configs = {
            "fitted": replace(DEFAULT_CONFIG, ranker=ranker),
            "hand": replace(DEFAULT_CONFIG, ranker=HAND_RANKER),
        }
        result = evaluate_answers(spec, BENCH, args.limit, configs)
        report[spec] = result["runs"]
        for label, r in result["runs"].items():
            print(f"  {spec:<30} {label:<15} hit {r['answer_hit']:.3f}  median {r['median_chars']}")
    if args.store:
        store_entry(
            model,
            {
                "ranker": {
                    **ranker.to_dict(),
                    "fitted_on": args.fit,
                    "questions": args.limit or "all",
                    "checked": report,
                }
            },
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
