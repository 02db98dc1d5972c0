"""Choose the retrieval defaults the way they are judged: leave one corpus out over cmrc2018, drcd and stard.

Per set, each BM25 field's scores and the E5 cosines are computed once as matrices (queries × passages), with
the same tokens, formula and fusion as the index (a test checks the matrices against `Retriever.search`);
every setting is then scored in numpy. In each rotation a setting is chosen on two sets — the largest
smallest gain in S@1 + MRR@10 over the reference row — and reported on the third. The BM25 leg is chosen
first (it must beat the reference on its own), then the fusion with that leg. `python -m eval.loco` writes
eval/results/loco.{json,md}.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eval.loco_report import write_markdown
from eval.loco_scores import SetData, bm25_scores, hybrid_scores, load_set, rank_metrics, reciprocal_ranks
from eval.report import RESULTS
from indexer.embed import E5_MODEL
from indexer.fuse import FusionConfig
from indexer.settings import DEFAULTS, IndexSettings
from indexer.sparse import BM25Params

logger = logging.getLogger(__name__)
SETS = ("cmrc2018", "drcd", "stard")
# Around the values a wider grid favoured on all three sets (k1 0.8-1.6 and b 0.3-0.75 for both fields, n-gram
# weight 0-3): the words' k1 matters least, the n-grams want a low k1.
SPARSE_GRID = {
    "k1": (1.2,),
    "b": (0.5, 0.75),
    "chars_k1": (0.6, 0.9),
    "chars_b": (0.5, 0.75),
    "chars_weight": (0.5, 1.0, 2.0),
}
FUSION_GRID = {
    "normalization": ("minmax", "zscore"),
    "bm25_weight": (0.3, 0.4, 0.5, 0.6, 0.7),
}
# Per-question BM25 weight from the coverage of its best BM25 passage, and Rocchio feedback for the dense leg.
ADAPTIVE_GRID = {
    "method": ("weighted",),
    "normalization": ("zscore",),
    "bm25_weight": (0.7, 0.8, 0.9),
    "uncovered_bm25_weight": (0.4, 0.5, 0.7),
    "feedback_depth": (0, 3, 5),
    "feedback_weight": (0.25, 0.5),
}
PREVIOUS_FUSION = {  # the default before coverage weighting and feedback, in the grid's own label form
    "method": "weighted",
    "normalization": "zscore",
    "bm25_weight": 0.7,
    "uncovered_bm25_weight": 0.7,
    "feedback_depth": 0,
}
OTHER_FUSIONS = (
    {"method": "weighted", "normalization": "max", "bm25_weight": 0.6},  # the previous default
    {"method": "weighted", "normalization": "max", "bm25_weight": 0.4},
    {"method": "rrf", "rrf_k": 60, "bm25_weight": 0.5},
    {"method": "rrf", "rrf_k": 10, "bm25_weight": 0.6},
)


def grid(values: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    keys = list(values)
    return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*values.values())]


def gain(result: dict[str, float], reference: dict[str, float]) -> float:
    return result["success@1"] - reference["success@1"] + result["mrr@10"] - reference["mrr@10"]


def choose(
    table: dict[str, dict[str, dict[str, float]]],
    references: dict[str, dict[str, float]],
    train: Sequence[str],
) -> str:
    """The label whose *smallest* gain over the reference on the ``train`` sets is largest (first wins ties).

    Maximin, not the mean: a mean is carried by the set with the most headroom (stard's gains are ten times
    cmrc2018's) and then picks weights that lose on a corpus like drcd, where the dense leg is weak; the
    default has to help every corpus.
    """
    return max(table, key=lambda label: min(gain(table[label][s], references[s]) for s in train))


def rotations(
    table: dict[str, dict[str, dict[str, float]]],
    references: dict[str, dict[str, float]],
    sets: Sequence[str],
) -> list[dict[str, Any]]:
    out = []
    for held in sets:
        train = [s for s in sets if s != held]
        label = choose(table, references, train)
        out.append(
            {
                "held_out": held,
                "tuned_on": train,
                "chosen": label,
                "result": table[label][held],
                "reference": references[held],
                "beats_reference": table[label][held]["success@1"] > references[held]["success@1"]
                and table[label][held]["mrr@10"] > references[held]["mrr@10"],
            }
        )
    return out


def rotations_vs_default(
    table: dict[str, dict[str, dict[str, float]]],
    recip: dict[str, dict[str, np.ndarray]],
    sets: Sequence[str],
    references: dict[str, dict[str, float]] | None = None,
) -> list[dict[str, Any]]:
    """Leave one corpus out against the current default (the ``"default"`` row of ``table``): per held-out
    set, the setting (a JSON label) whose smallest gain over the default on the other sets is largest, its
    held-out result and the held-out questions whose reciprocal rank (``recip``) it raises / lowers."""
    out = []
    for held in sets:
        train = [s for s in sets if s != held]
        label = max(
            (k for k in table if k != "default"),
            key=lambda k: min(gain(table[k][s], table["default"][s]) for s in train),
        )
        chosen, before = recip[label][held], recip["default"][held]
        row: dict[str, Any] = {
            "held_out": held,
            "tuned_on": train,
            "chosen": json.loads(label),
            "train_gains": {s: round(gain(table[label][s], table["default"][s]), 4) for s in train},
            "result": table[label][held],
            "default": table["default"][held],
        }
        if references is not None:
            row["reference"] = references[held]
        row["paired_vs_default"] = {
            "wins": int((chosen > before).sum()),
            "losses": int((chosen < before).sum()),
        }
        out.append(row)
    return out


def run(sets: Sequence[str], settings: IndexSettings | None = None) -> dict[str, Any]:
    settings = settings or DEFAULTS.with_model(E5_MODEL)
    data: dict[str, SetData] = {}
    for name in sets:
        started = time.perf_counter()
        data[name] = load_set(name, settings)
        logger.info("%s loaded in %.0fs", name, time.perf_counter() - started)
    references = {s: d.reference for s, d in data.items()}
    # stage 1: the BM25 leg
    sparse: dict[str, dict[str, dict[str, float]]] = {}
    for point in grid(SPARSE_GRID):
        params = BM25Params(**point)
        sparse[json.dumps(point)] = {s: d.metrics(bm25_scores(d, params)) for s, d in data.items()}
    sparse_rotations = rotations(sparse, references, sets)
    sparse_label = choose(sparse, references, sets)
    params = BM25Params(**json.loads(sparse_label))
    logger.info("bm25 leg: %s", sparse_label)
    # stage 2: the fusion, with that leg
    legs = {s: bm25_scores(d, params) for s, d in data.items()}
    fixed = [{"method": "weighted", **p} for p in grid(FUSION_GRID)] + list(OTHER_FUSIONS)
    points = [{**p, "uncovered_bm25_weight": p["bm25_weight"], "feedback_depth": 0} for p in fixed]
    points += [p for p in grid(ADAPTIVE_GRID) if p["feedback_depth"] or p["feedback_weight"] == 0.25]
    fusion: dict[str, dict[str, dict[str, float]]] = {}
    reciprocal: dict[str, dict[str, np.ndarray]] = {}
    for point in points:
        config = FusionConfig.from_dict({**point, "sentence_weight": 0.0})
        label = json.dumps(point)
        scores = {s: d.doc_scores(hybrid_scores(d, legs[s], config)) for s, d in data.items()}
        fusion[label] = {s: rank_metrics(scores[s], d.relevant, d.n_relevant) for s, d in data.items()}
        reciprocal[label] = {s: reciprocal_ranks(scores[s], d.relevant) for s, d in data.items()}
    fusion_rotations = rotations(fusion, references, sets)
    previous = json.dumps(PREVIOUS_FUSION)
    for r in fusion_rotations:
        chosen, before = reciprocal[r["chosen"]][r["held_out"]], reciprocal[previous][r["held_out"]]
        r["previous_default"] = fusion[previous][r["held_out"]]
        r["paired_vs_previous"] = {
            "wins": int((chosen > before).sum()),
            "losses": int((chosen < before).sum()),
        }
    fusion_label = choose(fusion, references, sets)
    return {
        "sets": list(sets),
        "model": settings.model,
        "skipped_documents": {s: d.skipped for s, d in data.items()},
        "references": references,
        "legs": {
            s: {
                "bm25": sparse[sparse_label][s],
                "dense": d.metrics(d.dense),
                "hybrid": fusion[fusion_label][s],
                "previous hybrid": fusion[previous][s],
                "reference": references[s],
            }
            for s, d in data.items()
        },
        "bm25": {"chosen": json.loads(sparse_label), "rotations": sparse_rotations, "grid": sparse},
        "fusion": {
            "chosen": json.loads(fusion_label),
            "previous": json.loads(previous),
            "rotations": fusion_rotations,
            "grid": fusion,
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.loco", description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    result = run(sets)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "loco.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    write_markdown(result, args.out / "loco.md")
    print(args.out / "loco.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
