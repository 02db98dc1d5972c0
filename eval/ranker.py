"""Fit the candidate ranker of answer composition (server/answer/ranking.py FEATURES) by logistic regression
on a bench set with gold answers, and check it on another: ``python -m eval.ranker --fit cmrc2018 --check
drcd``. A candidate's label is whether it contains a gold answer string. ``--store`` records the fitted
weights for the index's encoder in server/answer/calibration.json (the features include the encoder's
cosine, whose scale is the encoder's own), with the sets it was fitted and checked on. ``--loco`` also fits
on each set alone and writes eval/results/ranker-loco.json, so every set can be answered with weights that
never saw it (``eval.answers`` reports that row).

``--policy-root DIR`` pools the policy collections of eval/ (``--policy``, the nine earlier ones by default)
with the bench sets: their answerable questions that name an expected figure (not region listings), over the
indexes ``python -m eval.policy_retrieval --index-root DIR`` or ``eval.policy_set --index-root DIR`` built; a
candidate's label is whether it holds one of the question's keys. ``--policy-check`` (the three collections
written last, never fitted on) reports how often the top-scored candidate holds the figure there.

Candidates are embedded as /ask embeds them (the best ``dense_candidates`` by the ranker in use, and the two
with most words found): the others keep meaning 0, as they do at run time — and E5 costs tens of
milliseconds a sentence, so embedding every candidate of a thousand questions is out of reach.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from eval.answers import BENCH, LOCO, evaluate_answers, load_answers, open_set, split_spec
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from server.answer import DEFAULT_CONFIG, analyse, gather_hits
from server.answer.absent import about_places
from server.answer.calibration import ranker_for, store_entry
from server.answer.ranking import FEATURES, HAND_RANKER, Ranker, score_units
from server.answer.units import RetrievedTexts, candidate_units

ASK_K = 5
POLICY_FIT = (
    "policy",
    "policy2",
    "policy3",
    "policy4",
    "policy5",
    "policy6",
    "policy7",
    "policy8",
    "policy9",
)
POLICY_CHECK = ("policy10", "orgdocs", "policy11")  # written last, blind: never fitted on
LOCO_NOTE = (
    "leave-one-corpus-out rankers (python -m eval.ranker --loco): each set is answered with the weights "
    "fitted on the others"
)


def collect(spec: str, bench: Path, limit: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """Feature rows, labels and question numbers of every candidate of every question of ``spec`` (embedded
    as /ask embeds them)."""
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
        units = candidate_units(RetrievedTexts(retriever), hits, question, DEFAULT_CONFIG)
        ranker = ranker_for(retriever.settings.model)
        units = score_units(retriever.encoder, question, units, ranker, DEFAULT_CONFIG.dense_candidates)
        for u in units:
            rows.append([float(getattr(u, f)) for f in FEATURES])
            norm = normalize(u.text)
            labels.append(1.0 if any(g in norm for g in wanted) else 0.0)
            groups.append(number)
    inner.save()
    return np.array(rows), np.array(labels), np.array(groups), retriever.settings.model


def collect_policy(questions: Path, index_dir: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """``collect`` for a policy collection's ``questions`` (eval/policy_set.py's questions.jsonl) over its
    index: the candidates /ask scores (a question naming a place keeps those about it), labelled by holding
    one of the question's keys."""
    retriever = Retriever(index_dir)
    ranker = ranker_for(retriever.settings.model)
    rows: list[list[float]] = []
    labels: list[float] = []
    groups: list[int] = []
    for number, line in enumerate(questions.read_text(encoding="utf-8").splitlines()):
        asked = json.loads(line)
        if asked["kind"] == "unanswerable" or not asked.get("keys") or asked.get("regions"):
            continue
        question = analyse(retriever, asked["question"])
        hits = gather_hits(retriever, question, ASK_K, DEFAULT_CONFIG)
        units = candidate_units(RetrievedTexts(retriever), hits, question, DEFAULT_CONFIG)
        if question.places:
            units = [u for u in units if about_places(u, question.places)]
        stored = retriever.stored_sentences
        units = score_units(
            retriever.encoder, question, units, ranker, DEFAULT_CONFIG.dense_candidates, stored
        )
        for u in units:
            rows.append([float(getattr(u, f)) for f in FEATURES])
            labels.append(1.0 if any(k in u.text for k in asked["keys"]) else 0.0)
            groups.append(number)
    return np.array(rows), np.array(labels), np.array(groups), retriever.settings.model


def fit_softmax(x: np.ndarray, y: np.ndarray, groups: np.ndarray, l2: float = 0.1) -> np.ndarray:
    """Weights of a conditional logit: over each question's candidates, softmax(x @ w) puts its mass on
    the candidates holding a gold answer (questions with none are left out). L2-regularised, L-BFGS."""
    keep = np.isin(groups, np.unique(groups[y > 0]))
    xs, ys, gs = x[keep], y[keep], groups[keep]
    order = np.argsort(gs, kind="stable")
    xs, ys, gs = xs[order], ys[order], gs[order]
    starts = np.r_[0, np.flatnonzero(np.diff(gs)) + 1]
    sizes = np.diff(np.r_[starts, len(gs)])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = xs @ w
        e = np.exp(s - np.repeat(np.maximum.reduceat(s, starts), sizes))
        total = np.add.reduceat(e, starts)
        positive = np.add.reduceat(e * ys, starts)
        p_all = e / np.repeat(total, sizes)
        p_pos = e * ys / np.repeat(positive, sizes)
        value = -float((np.log(positive) - np.log(total)).sum()) + l2 * float(w @ w)
        return value, xs.T @ (p_all - p_pos) + 2 * l2 * w

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B")
    return np.asarray(result.x)


Parts = tuple[np.ndarray, np.ndarray, np.ndarray, str]


def collect_all(
    specs: Sequence[str], bench: Path, limit: int | None, saved: Path | None, policy_root: Path | None = None
) -> dict[str, Parts]:
    """``collect`` for each set (``collect_policy`` for a policy collection, with ``policy_root``), read
    from / written to ``saved`` (a folder) when given: refitting with other regularisation or feature subsets
    then costs nothing."""
    out: dict[str, Parts] = {}
    for spec in specs:
        policy = policy_root is not None and spec in POLICY_FIT + POLICY_CHECK
        tag = "all" if policy else limit
        path = saved / f"{spec.replace('/', '_')}-{tag}.npz" if saved else None
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as z:
                if list(z["features"]) == list(FEATURES):
                    out[spec] = (z["x"], z["y"], z["groups"], str(z["model"]))
                    continue
        out[spec] = (
            collect_policy(PROJECT_ROOT / "eval" / spec / "questions.jsonl", policy_root / spec)
            if policy_root is not None and policy
            else collect(spec, bench, limit)
        )
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            x, y, groups, model = out[spec]
            np.savez(path, x=x, y=y, groups=groups, model=model, features=np.array(FEATURES))
    return out


def fit(parts: Sequence[Parts]) -> tuple[Ranker, str, dict[str, Any]]:
    """The softmax ranker fitted on the pooled candidates of ``parts``, the encoder, and a summary."""
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    # question numbers restart in each set: offset them apart
    groups = np.concatenate([p[2] + i * 1_000_000 for i, p in enumerate(parts)])
    weights = fit_softmax(x, y, groups)
    ranker = Ranker(tuple(round(float(w), 4) for w in weights), softmax=True)
    summary = {
        "candidates": len(y),
        "holding_gold": int(y.sum()),
        "top1_in_sample": top1(x, y, groups, weights),
    }
    return ranker, parts[0][3], summary


def top1(x: np.ndarray, y: np.ndarray, groups: np.ndarray, weights: np.ndarray) -> float:
    """Share of questions whose best-scored candidate holds a gold answer."""
    scores = x @ weights
    found = [bool(y[groups == g][np.argmax(scores[groups == g])] > 0) for g in np.unique(groups)]
    return round(sum(found) / max(1, len(found)), 4)


def top1_on(parts: Parts, ranker: Ranker) -> float:
    return top1(parts[0], parts[1], parts[2], np.array(ranker.weights))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.ranker", description=__doc__)
    parser.add_argument("--fit", default="cmrc2018,drcd", help="comma-separated bench sets, pooled")
    parser.add_argument("--check", default="", help="comma-separated bench sets to report answer hit on")
    parser.add_argument("--limit", type=int, default=1000, help="first N questions of each set")
    parser.add_argument("--check-limit", type=int, default=None, help="first N questions of each checked set")
    parser.add_argument("--store", action="store_true", help="record the weights in calibration.json")
    parser.add_argument("--loco", action="store_true", help="also fit on each set alone (ranker-loco.json)")
    parser.add_argument("--features", type=Path, default=None, help="folder to keep collected features in")
    parser.add_argument(
        "--policy-root", type=Path, default=None, help="policy collections' indexes: pool them"
    )
    parser.add_argument("--policy", default=",".join(POLICY_FIT), help="policy collections to fit on")
    parser.add_argument("--policy-check", default=",".join(POLICY_CHECK), help="policy collections to check")
    args = parser.parse_args(argv)
    specs = [s for s in args.fit.split(",") if s]
    policy = [s for s in args.policy.split(",") if s] if args.policy_root else []
    checked = [s for s in args.policy_check.split(",") if s] if args.policy_root else []
    parts = collect_all(specs + policy + checked, BENCH, args.limit, args.features, args.policy_root)
    ranker, model, summary = fit([parts[s] for s in specs + policy])
    print(f"fitted on {', '.join(specs + policy)}: {summary}")
    print("  " + ", ".join(f"{f} {w:+.3f}" for f, w in zip(FEATURES, ranker.weights, strict=True)))
    stored = ranker_for(model)
    for name in specs + policy + checked:
        print(
            f"  {name:<10} top-1 candidate holds the answer: {top1_on(parts[name], ranker):.4f} "
            f"(the stored ranker {top1_on(parts[name], stored):.4f})"
        )
    if args.loco and len(specs) > 1:
        loco: dict[str, Any] = {"note": LOCO_NOTE}
        for held in specs:
            others = [s for s in specs + policy if s != held]
            alone, _, _ = fit([parts[s] for s in others])
            print(
                f"  fitted on {', '.join(others)}: top-1 candidate holds gold on {held} "
                f"{top1_on(parts[held], alone):.4f} (pooled, in sample: {top1_on(parts[held], ranker):.4f})"
            )
            loco[split_spec(held)[0]] = {"fitted_on": ", ".join(others), **alone.to_dict()}
        LOCO.write_text(json.dumps(loco, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    report: dict[str, Any] = {}
    for spec in [s for s in args.check.split(",") if s]:
        configs = {
            "fitted": replace(DEFAULT_CONFIG, ranker=ranker),
            "hand": replace(DEFAULT_CONFIG, ranker=HAND_RANKER),
        }
        result = evaluate_answers(spec, BENCH, args.check_limit, configs)
        report[spec] = result["runs"]
        for label, r in result["runs"].items():
            print(f"  {spec:<30} {label:<15} hit {r['answer_hit']:.3f}  median {r['median_chars']}")
    if args.store:
        entry = {**ranker.to_dict(), "fitted_on": specs + policy, "questions_each": args.limit, **summary}
        if checked:
            entry["policy_check_top1"] = {name: top1_on(parts[name], ranker) for name in checked}
        store_entry(model, {"ranker": {**entry, "checked": report}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
