"""Sentence vectors in the dense leg itself, not only in the last stage: leave one corpus out.

The index embeds every passage's sentences (indexer/sentences.py) and today uses them only to re-score the
fused top 10. Here the dense leg's score of every passage becomes (1 - ``mix``) × its passage cosine + ``mix``
× its best sentence's cosine before fusion and feedback, then the sentence stage runs as in the index
(``stage`` weight over the top 10). The sentence vectors are read from the evaluation index of each set (the
store `citeqa index` wrote), so nothing is embedded. ``python -m eval.sentence_leg`` writes
eval/results/sentence-leg.{json,md}.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from eval.beir import ensure_index, load_dataset
from eval.loco import grid, rotations_vs_default
from eval.loco_report import gain_lines, lab_main, rotation_lines
from eval.loco_scores import (
    BENCH,
    SetData,
    bm25_scores,
    hybrid_scores,
    load_set,
    rank_metrics,
    reciprocal_ranks,
)
from eval.sentence_dense import passage_sentences, rescored
from indexer.sentences import sentence_key
from indexer.settings import IndexSettings
from indexer.store import read_index

logger = logging.getLogger(__name__)
GRID = {"mix": (0.0, 0.25, 0.5, 0.75, 1.0), "stage": (0.0, 0.5, 0.75, 1.0)}
DEPTH = 10


def held_sentences(
    name: str, settings: IndexSettings
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """The evaluation index's sentence vectors of the passages whose every sentence it holds: the vectors
    (grouped by passage), each group's start, the passage columns, and the sentences' texts."""
    dataset = load_dataset(BENCH / name)
    store = read_index(ensure_index(BENCH / name, dataset, settings, progress=False)).sentences
    assert store is not None, "the evaluation index has no sentence vectors"
    per = passage_sentences(name, settings)
    rows = [store.find(np.array([sentence_key(t) for t in p], dtype=np.int64)) for p in per]
    cols = np.flatnonzero([len(r) > 0 and bool((r >= 0).all()) for r in rows])
    flat = np.concatenate([rows[c] for c in cols])
    starts = np.cumsum([0] + [len(rows[c]) for c in cols])[:-1]
    logger.info("%s: %d of %d passages with every sentence held", name, len(cols), len(per))
    texts = [t for c in cols for t in per[c]]
    return np.asarray(store.vectors[flat], dtype=np.float32), starts, cols, texts


def best_sentence_all(data: SetData, name: str, settings: IndexSettings) -> np.ndarray:
    """Queries × passages: each passage's best sentence cosine (its passage cosine where a sentence is not
    held or it has none), from the evaluation index's sentence store."""
    vectors, starts, cols, _ = held_sentences(name, settings)
    out = data.dense.copy()
    for lo in range(0, len(data.qids), 512):
        cos = data.query_vectors[lo : lo + 512] @ vectors.T
        out[lo : lo + 512, cols] = np.maximum.reduceat(cos, starts, axis=1)
    return out


def run(sets: Sequence[str], settings: IndexSettings) -> dict[str, Any]:
    table: dict[str, dict[str, dict[str, float]]] = {}
    recip: dict[str, dict[str, np.ndarray]] = {}
    references: dict[str, dict[str, float]] = {}
    for name in sets:
        data = load_set(name, settings)
        references[name] = data.reference
        best = best_sentence_all(data, name, settings)
        bm25 = bm25_scores(data, settings.bm25)
        for point in grid(GRID):
            mixed = replace(data, dense=(1 - point["mix"]) * data.dense + point["mix"] * best)
            fused = hybrid_scores(mixed, bm25, settings.fusion)
            order = np.argsort(-fused, axis=1, kind="stable")
            head_best = np.take_along_axis(best, order[:, :DEPTH], axis=1)
            scores = rescored(fused, order, head_best, point["stage"], DEPTH)
            docs = data.doc_scores(scores)
            label = "default" if point == {"mix": 0.0, "stage": 0.75} else json.dumps(point)
            table.setdefault(label, {})[name] = rank_metrics(docs, data.relevant, data.n_relevant)
            recip.setdefault(label, {})[name] = reciprocal_ranks(docs, data.relevant)
        logger.info("%s: default %s", name, table["default"][name])
    rotations = rotations_vs_default(table, recip, sets, references)
    return {"sets": list(sets), "grid": table, "rotations": rotations}


def write_markdown(result: dict[str, Any], path: Path) -> None:
    lines = [
        "# Sentence vectors in the dense leg, leave one corpus out",
        "",
        "Regenerate with `python -m eval.sentence_leg`. The dense leg scores every passage (1 - `mix`) × its "
        "passage cosine + `mix` × its best sentence's cosine (the evaluation index's sentence store), before "
        f"fusion and feedback; then the sentence stage with weight `stage` over the top {DEPTH}. The "
        "default is `mix` 0, `stage` 0.75 (the index today). Chosen per rotation: the largest smallest gain "
        "(S@1 + MRR@10) over the default on the two tuning sets. Cells: S@1 / MRR@10 (documents).",
        "",
        *rotation_lines(result["rotations"]),
        "",
        "Gain over the default (S@1 + MRR@10) of every setting:",
        "",
        *gain_lines(result["grid"], result["sets"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    return lab_main(argv, "sentence_leg", __doc__, run, write_markdown)


if __name__ == "__main__":
    sys.exit(main())
