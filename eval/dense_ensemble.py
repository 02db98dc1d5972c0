"""Two encoders in the dense leg: does USE (the fast encoder) add to E5? Leave one corpus out.

The two shipped encoders were trained apart, on different data and objectives, so where E5 misreads a
question USE may not. The ensemble is one vector per text — E5's and √w × USE's, side by side, over √(1 + w)
— so its cosine is (cos_E5 + w × cos_USE) / (1 + w) and everything after the encoder (the faiss search,
Rocchio feedback, the sentence stage, Milvus) would run unchanged. Here each set is scored as the index
would (eval/loco_scores.py: coverage-weighted fusion, feedback), with the sentence stage on top (weight
0.75 over the top 10, sentence vectors combined the same way: E5's from the evaluation index, USE's encoded
here and cached). ``w`` = 0 is the default. ``python -m eval.dense_ensemble`` writes
eval/results/dense-ensemble.{json,md}.
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

from eval.beir import cache_root, cached_encoder
from eval.embcache import VectorFile
from eval.loco import rotations_vs_default
from eval.loco_report import gain_lines, lab_main, rotation_lines
from eval.loco_scores import (
    SetData,
    bm25_scores,
    hybrid_scores,
    load_set,
    rank_metrics,
    reciprocal_ranks,
)
from eval.sentence_dense import rescored
from eval.sentence_leg import held_sentences
from indexer.embed import USE_MODEL, load_encoder
from indexer.settings import IndexSettings

logger = logging.getLogger(__name__)
WEIGHTS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0)
STAGE, DEPTH = 0.75, 10


def joined(e5: np.ndarray, use: np.ndarray, w: float) -> np.ndarray:
    """Unit vectors whose dot product is (cos_E5 + w × cos_USE) / (1 + w)."""
    return np.hstack([e5, np.sqrt(w) * use]).astype(np.float32) / np.float32(np.sqrt(1 + w))


def sentence_cosines(data: SetData, use_q: np.ndarray, name: str, settings: IndexSettings) -> tuple:
    """Per query × sentence cosines of both encoders, the sentences grouped by passage (``starts``) for the
    passages whose every sentence the evaluation index holds (``cols``)."""
    e5_vectors, starts, cols, texts = held_sentences(name, settings)
    use_file = VectorFile(cache_root() / f"sentences-use-{name}.npz", 512)
    use_vectors = use_file.lookup(texts, load_encoder(USE_MODEL).encode_passages)
    use_file.save()
    e5_cos = (data.query_vectors @ e5_vectors.T).astype(np.float32)
    use_cos = (use_q @ use_vectors.T).astype(np.float32)
    return e5_cos, use_cos, starts, cols


def run(sets: Sequence[str], settings: IndexSettings) -> dict[str, Any]:
    table: dict[str, dict[str, dict[str, float]]] = {}
    recip: dict[str, dict[str, np.ndarray]] = {}
    references: dict[str, dict[str, float]] = {}
    use_encoder = cached_encoder(USE_MODEL)
    for name in sets:
        data = load_set(name, settings)
        use = load_set(name, settings, encoder=use_encoder)
        use_encoder.save()
        references[name] = data.reference
        bm25 = bm25_scores(data, settings.bm25)
        e5_cos, use_cos, starts, cols = sentence_cosines(data, use.query_vectors, name, settings)
        for w in WEIGHTS:
            q = joined(data.query_vectors, use.query_vectors, w)
            p = joined(data.passage_vectors, use.passage_vectors, w)
            both = replace(data, query_vectors=q, passage_vectors=p, dense=(q @ p.T).astype(np.float64))
            fused = hybrid_scores(both, bm25, settings.fusion)
            best = both.dense.copy()
            best[:, cols] = np.maximum.reduceat((e5_cos + w * use_cos) / (1 + w), starts, axis=1)
            order = np.argsort(-fused, axis=1, kind="stable")
            head = np.take_along_axis(best, order[:, :DEPTH], axis=1)
            docs = data.doc_scores(rescored(fused, order, head, STAGE, DEPTH))
            label = "default" if w == 0 else json.dumps({"use_weight": w})
            table.setdefault(label, {})[name] = rank_metrics(docs, data.relevant, data.n_relevant)
            recip.setdefault(label, {})[name] = reciprocal_ranks(docs, data.relevant)
            alone = rank_metrics(data.doc_scores(both.dense), data.relevant, data.n_relevant)
            table.setdefault(f"dense {w}", {})[name] = alone
            logger.info("%s w=%s: hybrid %s, dense %s", name, w, table[label][name], alone)
    hybrid = {k: v for k, v in table.items() if not k.startswith("dense ")}
    rotations = rotations_vs_default(hybrid, recip, sets, references)
    return {"sets": list(sets), "grid": table, "rotations": rotations}


def write_markdown(result: dict[str, Any], path: Path) -> None:
    table, sets = result["grid"], result["sets"]

    def cells(row: dict[str, dict[str, float]]) -> str:
        return " | ".join(f"{row[s]['success@1']:.4f} / {row[s]['mrr@10']:.4f}" for s in sets)

    dense_rows = [f"| {k.split()[1]} | {cells(v)} |" for k, v in table.items() if k.startswith("dense ")]
    hybrid = {k: v for k, v in table.items() if not k.startswith("dense ")}
    lines = [
        "# Two encoders in the dense leg (E5 + w × USE), leave one corpus out",
        "",
        "Regenerate with `python -m eval.dense_ensemble`. Each text's vector is E5's beside √w × USE's, so a "
        "cosine is (cos_E5 + w × cos_USE) / (1 + w); passages, questions and sentences alike. Scored as the "
        f"index scores (coverage-weighted fusion, feedback, sentence stage {STAGE} over the top {DEPTH}). "
        "`w` 0 is the default. Chosen per rotation: the largest smallest gain (S@1 + MRR@10) over the "
        "default on the two tuning sets. Cells: S@1 / MRR@10 (documents).",
        "",
        *rotation_lines(result["rotations"]),
        "",
        "Gain over the default (S@1 + MRR@10) of every setting:",
        "",
        *gain_lines(hybrid, sets),
        "",
        "The dense leg alone (no BM25, no feedback, no sentence stage):",
        "",
        "| w | " + " | ".join(sets) + " |",
        "|--:|" + "--:|" * len(sets),
        *dense_rows,
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    return lab_main(argv, "dense_ensemble", __doc__, run, write_markdown)


if __name__ == "__main__":
    sys.exit(main())
