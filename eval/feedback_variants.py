"""Variants of the hybrid's second round that cost no re-embedding, chosen leave-one-corpus-out.

Dense feedback: Rocchio's weight per question running from ``w_uncovered`` (its best BM25 passage holds none
of its idf mass) to ``w_covered`` (all of it), over the top ``depth`` passages, averaged plainly or weighted
by their fused score, for one or two rounds. Passage groups: a passage of the top ``depth`` gains ``beta`` ×
how strongly the other top passages of its title score (their best, or log of their summed exp), so a
document that several candidates come from rises. In each rotation the setting with the largest smallest
gain over the current default on the two tuning sets is reported on the third.
``python -m eval.feedback_variants`` writes eval/results/feedback-variants.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eval.beir import load_dataset
from eval.expansion import hybrid
from eval.loco import SETS, grid, rotations_vs_default
from eval.loco_report import gain_lines, rotation_lines
from eval.loco_scores import (
    BENCH,
    SetData,
    bm25_scores,
    coverage,
    fused_scores,
    load_set,
    rank_metrics,
    reciprocal_ranks,
)
from eval.report import RESULTS
from indexer.embed import E5_MODEL
from indexer.settings import DEFAULTS

logger = logging.getLogger(__name__)
FEEDBACK_GRID = {
    "depth": (5, 10),
    "w_uncovered": (0.25, 0.5, 1.0),
    "w_covered": (0.0, 0.25),
    "rounds": (1, 2),
    "weighted": (False, True),
}
GROUP_GRID = {"how": ("max", "lse"), "depth": (10, 30), "beta": (0.05, 0.1, 0.2, 0.4)}


def feedback(data: SetData, bm25: np.ndarray, cov: np.ndarray, p: dict[str, Any]) -> np.ndarray:
    """The fused scores after ``p['rounds']`` Rocchio rounds with a per-question feedback weight (``cov``:
    each question's coverage by its best BM25 passage)."""
    config = DEFAULTS.fusion
    weights = config.weight_at(0.0) + (config.bm25_weight - config.uncovered_bm25_weight) * cov
    fused = fused_scores(bm25, data.dense, config, weights)
    step = (p["w_uncovered"] + (p["w_covered"] - p["w_uncovered"]) * cov).astype(np.float32)
    for _ in range(p["rounds"]):
        top = np.argsort(-fused, axis=1, kind="stable")[:, : p["depth"]]
        s = np.take_along_axis(fused, top, axis=1)
        found = np.isfinite(s)
        if p["weighted"]:
            best = np.where(found, s, -np.inf).max(axis=1, keepdims=True)
            share = np.where(found, np.exp(2.0 * (s - best)), 0.0)
        else:
            share = found.astype(np.float64)
        share = share / np.maximum(share.sum(axis=1, keepdims=True), 1e-12)
        mean = (data.passage_vectors[top] * share[:, :, None].astype(np.float32)).sum(axis=1)
        moved = data.query_vectors + step[:, None] * mean
        moved /= np.linalg.norm(moved, axis=1, keepdims=True)
        fused = fused_scores(bm25, (moved @ data.passage_vectors.T).astype(np.float64), config, weights)
    return fused


def grouped(fused: np.ndarray, title: np.ndarray, p: dict[str, Any]) -> np.ndarray:
    """The top ``p['depth']`` passages raised by ``p['beta']`` × the strength of their title's other ones."""
    rows = np.arange(len(fused))[:, None]
    top = np.argsort(-fused, axis=1, kind="stable")[:, : p["depth"]]
    s, t = fused[rows, top], title[top]
    boost = np.zeros_like(s)
    for j in range(top.shape[1]):
        same = t == t[:, j : j + 1]
        same[:, j] = False
        if p["how"] == "max":
            best = np.where(same, s, -np.inf).max(axis=1)
            boost[:, j] = np.where(np.isfinite(best), best - s[:, 0], -3.0)
        else:
            boost[:, j] = np.log1p(np.where(same, np.exp(s - s[:, :1]), 0.0).sum(axis=1))
    out = fused.copy()
    out[rows, top] = s + p["beta"] * boost
    return out


def run(sets: Sequence[str]) -> dict[str, Any]:
    settings = DEFAULTS.with_model(E5_MODEL)
    config, params = settings.fusion, settings.bm25
    tables: dict[str, dict[str, dict[str, dict[str, float]]]] = {"feedback": {}, "groups": {}}
    recip: dict[str, dict[str, np.ndarray]] = {}
    for name in sets:
        data = load_set(name, settings)
        titles = [t or d for d, t, _ in load_dataset(BENCH / name).corpus]
        number = {t: i for i, t in enumerate(dict.fromkeys(titles))}
        title = np.array([number[titles[d]] for d in data.doc_of])
        bm25 = bm25_scores(data, params)
        cov = coverage(data, bm25)
        weights = config.weight_at(0.0) + (config.bm25_weight - config.uncovered_bm25_weight) * cov
        default = hybrid(data, bm25, config, weights)
        for kind, label, scores in [("default", "default", default)] + [
            ("feedback", json.dumps(p), feedback(data, bm25, cov, p)) for p in grid(FEEDBACK_GRID)
        ]:
            docs = data.doc_scores(scores)
            for table in tables.values() if kind == "default" else [tables[kind]]:
                table.setdefault(label, {})[name] = rank_metrics(docs, data.relevant, data.n_relevant)
            recip.setdefault(label, {})[name] = reciprocal_ranks(docs, data.relevant)
        for p in grid(GROUP_GRID):
            docs = data.doc_scores(grouped(default, title, p))
            tables["groups"].setdefault(json.dumps(p), {})[name] = rank_metrics(
                docs, data.relevant, data.n_relevant
            )
            recip.setdefault(json.dumps(p), {})[name] = reciprocal_ranks(docs, data.relevant)
        logger.info("%s done", name)
    out: dict[str, Any] = {"sets": list(sets)}
    for kind, table in tables.items():
        rotations = rotations_vs_default(table, recip, sets)
        out[kind] = {"grid": table, "rotations": rotations}
    return out


def write_markdown(result: dict[str, Any], path: Path) -> None:
    sets = result["sets"]
    lines = [
        "# Dense-feedback variants and passage groups, leave one corpus out",
        "",
        "Regenerate with `python -m eval.feedback_variants` (eval/feedback_variants.py says what each "
        "setting does). Cells: S@1 / MRR@10 (documents); gains are S@1 + MRR@10 over the current default.",
    ]
    for kind, title in (("feedback", "Dense feedback"), ("groups", "Passage groups (same title)")):
        lines += [
            "",
            f"## {title}",
            "",
            *rotation_lines(result[kind]["rotations"]),
            "",
            *gain_lines(result[kind]["grid"], sets),
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.feedback_variants", description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    result = run([s.strip() for s in args.sets.split(",") if s.strip()])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "feedback-variants.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    write_markdown(result, args.out / "feedback-variants.md")
    print(args.out / "feedback-variants.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
