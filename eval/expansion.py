"""Pseudo-relevance feedback for the BM25 leg (RM3-style query expansion), chosen leave-one-corpus-out.

After the default hybrid (coverage-weighted fusion, Rocchio feedback on the dense leg), the question's BM25
query gains the ``terms`` highest-weighted terms of its top ``depth`` passages (each passage's term
frequencies over its length, times idf, averaged; per field), holding ``weight`` of the query's own term mass;
the BM25 leg is scored again with that query and fused again (same per-question weight, same dense leg). No
passage is embedded again. In each rotation the setting with the largest smallest gain over the default on
the two tuning sets is chosen and reported on the third. ``python -m eval.expansion`` writes
eval/results/expansion.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from eval.loco import SETS, grid, rotations_vs_default
from eval.loco_report import gain_lines, rotation_lines
from eval.loco_scores import (
    Field,
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
from indexer.fuse import FusionConfig
from indexer.settings import DEFAULTS, IndexSettings
from indexer.sparse import BM25Params

logger = logging.getLogger(__name__)
GRID = {
    "fields": ("chars", "words", "both"),
    "depth": (3, 5, 10),
    "terms": (10, 30),
    "weight": (0.1, 0.25, 0.5),
}


def term_weights(field: Field, k1: float, b: float, epsilon: float = 0.25) -> sp.csr_matrix:
    """Passages × vocabulary: each term's BM25 contribution per query occurrence (eval/loco.py's formula)."""
    idf = np.where(field.raw_idf < 0, epsilon * field.raw_idf.mean(), field.raw_idf)
    tf = field.tf.tocoo()
    norm = k1 * (1 - b + b * field.dl / field.dl.mean())
    weights = idf[tf.col] * tf.data * (k1 + 1) / (tf.data + norm[tf.row])
    return sp.csr_matrix((weights, (tf.row, tf.col)), shape=field.tf.shape)


def expanded_query(field: Field, top: np.ndarray, terms: int, weight: float) -> sp.csr_matrix:
    """The field's query counts plus ``weight`` × their mass spread over the ``terms`` best feedback terms."""
    n_q, depth = top.shape
    pick = sp.csr_matrix(
        (np.full(top.size, 1.0 / depth), (np.repeat(np.arange(n_q), depth), top.ravel())),
        shape=(n_q, field.tf.shape[0]),
    )
    idf = np.maximum(field.raw_idf, 0.0)
    share = sp.diags(1.0 / np.maximum(field.dl, 1.0)) @ field.tf @ sp.diags(idf)
    model = (pick @ share).tocsr()
    q = field.q
    if q.shape[1] < field.tf.shape[1]:
        q = sp.csr_matrix((q.data, q.indices, q.indptr), shape=(q.shape[0], field.tf.shape[1]))
    mass = np.asarray(q.sum(axis=1)).ravel()
    rows, cols, vals = [], [], []
    for i in range(n_q):
        lo, hi = model.indptr[i], model.indptr[i + 1]
        if hi == lo or mass[i] == 0:
            continue
        data, idx = model.data[lo:hi], model.indices[lo:hi]
        best = np.argsort(-data, kind="stable")[:terms]
        chosen = data[best] / data[best].sum()
        rows += [i] * len(best)
        cols += idx[best].tolist()
        vals += (weight * mass[i] * chosen).tolist()
    extra = sp.csr_matrix((vals, (rows, cols)), shape=q.shape)
    return (q.astype(np.float64) + extra).tocsr()


def expanded_bm25(data: SetData, params: BM25Params, top: np.ndarray, point: dict[str, Any]) -> np.ndarray:
    """The BM25 leg scored with the expanded query (fields not expanded keep the question's own)."""
    out = np.zeros(data.dense.shape)
    for name, field, k1, b, w in (
        ("words", data.words, params.k1, params.b, 1.0),
        ("chars", data.chars, params.chars_k1, params.chars_b, params.chars_weight),
    ):
        if point["fields"] in (name, "both"):
            q = expanded_query(field, top, point["terms"], point["weight"])
            out += w * np.asarray((q @ term_weights(field, k1, b).T).todense())
        else:
            out += w * field.scores(k1, b).astype(np.float64)
    return np.where(out > 0, out, -np.inf)


def hybrid(data: SetData, bm25: np.ndarray, config: FusionConfig, weights: np.ndarray) -> np.ndarray:
    """eval/loco.py `hybrid_scores` with the per-question BM25 weights given."""
    fused = fused_scores(bm25, data.dense, config, weights)
    if config.feedback_depth == 0:
        return fused
    top = np.argsort(-fused, axis=1, kind="stable")[:, : config.feedback_depth]
    found = np.isfinite(np.take_along_axis(fused, top, axis=1))
    vectors = data.passage_vectors[top] * found[:, :, None]
    mean = vectors.sum(axis=1) / np.maximum(found.sum(axis=1), 1)[:, None]
    moved = data.query_vectors + np.float32(config.feedback_weight) * mean
    moved /= np.linalg.norm(moved, axis=1, keepdims=True)
    return fused_scores(bm25, (moved @ data.passage_vectors.T).astype(np.float64), config, weights)


def run(sets: Sequence[str], settings: IndexSettings | None = None) -> dict[str, Any]:
    settings = settings or DEFAULTS.with_model(E5_MODEL)
    config, params = settings.fusion, settings.bm25
    table: dict[str, dict[str, dict[str, float]]] = {}
    recip: dict[str, dict[str, np.ndarray]] = {}
    references: dict[str, dict[str, float]] = {}
    for name in sets:
        data = load_set(name, settings)
        references[name] = data.reference
        bm25 = bm25_scores(data, params)
        weights = config.weight_at(0.0) + (config.bm25_weight - config.uncovered_bm25_weight) * coverage(
            data, bm25
        )
        default = hybrid(data, bm25, config, weights)
        order = np.argsort(-default, axis=1, kind="stable")
        docs = data.doc_scores(default)
        table.setdefault("default", {})[name] = rank_metrics(docs, data.relevant, data.n_relevant)
        recip.setdefault("default", {})[name] = reciprocal_ranks(docs, data.relevant)
        started = time.perf_counter()
        for point in grid(GRID):
            label = json.dumps(point)
            expanded = expanded_bm25(data, params, order[:, : point["depth"]], point)
            docs = data.doc_scores(hybrid(data, expanded, config, weights))
            table.setdefault(label, {})[name] = rank_metrics(docs, data.relevant, data.n_relevant)
            recip.setdefault(label, {})[name] = reciprocal_ranks(docs, data.relevant)
        logger.info("%s: %d settings in %.0fs", name, len(table) - 1, time.perf_counter() - started)
    rotations = rotations_vs_default(table, recip, sets, references)
    return {"sets": list(sets), "grid": table, "references": references, "rotations": rotations}


def write_markdown(result: dict[str, Any], path: Path) -> None:
    table = result["grid"]
    lines = [
        "# Query expansion for the BM25 leg (RM3-style), leave one corpus out",
        "",
        "Regenerate with `python -m eval.expansion`. After the default hybrid, the BM25 query gains the "
        "`terms` best terms (tf/length × idf, averaged) of the top `depth` passages in `fields`, holding "
        "`weight` of the question's own term mass; BM25 is scored and fused again. Chosen per rotation: "
        "the largest smallest gain (S@1 + MRR@10) over the current default on the two tuning sets. Cells: "
        "S@1 / MRR@10 (documents). Paired: held-out questions whose reciprocal rank it raises / lowers.",
        "",
    ]
    lines += rotation_lines(result["rotations"])
    sets = result["sets"]
    lines += ["", "Gain over the default (S@1 + MRR@10) of every setting:", "", *gain_lines(table, sets)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.expansion", description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    result = run([s.strip() for s in args.sets.split(",") if s.strip()])
    for r in result["rotations"]:
        print(r["held_out"], r["chosen"], r["train_gains"], r["result"], r["default"], r["paired_vs_default"])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "expansion.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    write_markdown(result, args.out / "expansion.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
