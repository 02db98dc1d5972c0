"""Sentence vectors with context: is a sentence better embedded with its document's title (or with the
sentence before it) than alone? Chosen leave one corpus out against the shipped sentence stage.

The sentence stage (indexer/sentences.py) embeds each sentence alone, so a sentence loses what its document
is about — a statute's name, an article's subject, a policy's region — which the passage vector keeps (the
passage is embedded with its title first). Here every sentence of the passages in the default hybrid's top
``--depth`` is embedded once more per variant — ``title``: the document title, a line break, the sentence
(as passages are); ``window``: the sentence before it and the sentence — and each question's top ``rerank``
passages are re-scored exactly as the stage does, with the variant's best sentence cosine. The default row
is the shipped stage (sentences alone, weight 0.75 over the top 10).

``python -m eval.sentence_context encode`` (append-only vector files per variant, resumable) then
``report`` → eval/results/sentence-context.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eval import sentence_dense
from eval.beir import cache_root
from eval.embcache import VectorFile
from eval.loco import SETS, rotations_vs_default
from eval.loco_report import gain_lines, rotation_lines
from eval.loco_scores import load_set, rank_metrics, reciprocal_ranks
from eval.report import RESULTS
from eval.sentence_dense import best_sentence, default_scores, encode_into, rescored
from eval.sparse_leg import priority
from indexer.embed import E5_MODEL
from indexer.settings import DEFAULTS, IndexSettings

logger = logging.getLogger(__name__)
WEIGHTS = (0.5, 0.75, 1.0, 1.25)
RERANKS = (5, 10)
SHIPPED_WEIGHT, SHIPPED_RERANK = 0.75, 10


def _title(title: str | None, sentences: list[str]) -> list[str]:
    return [f"{title}\n{s}" if title else s for s in sentences]


def _window(title: str | None, sentences: list[str]) -> list[str]:
    return [sentences[i - 1] + s if i else s for i, s in enumerate(sentences)]


VARIANTS: dict[str, Callable[[str | None, list[str]], list[str]]] = {"title": _title, "window": _window}


def passage_sentences(name: str, settings: IndexSettings, variant: str | None) -> list[list[str]]:
    """Per passage column of `load_set`, its sentences as the variant embeds them (None: alone)."""
    return sentence_dense.passage_sentences(name, settings, context=VARIANTS[variant] if variant else None)


def store(name: str, variant: str) -> VectorFile:
    return VectorFile(cache_root() / f"sentences-e5-{name}-{variant}.npz", 384)


def encode(name: str, variant: str, depth: int, batch: int, settings: IndexSettings) -> None:
    data = load_set(name, settings)
    per_passage = passage_sentences(name, settings, variant)
    order = priority(default_scores(data, settings), depth)
    todo = list(dict.fromkeys(s for p in order for s in per_passage[p]))
    encode_into(store(name, variant), todo, batch, f"{name}/{variant}")


def run(sets: Sequence[str], variants: Sequence[str], settings: IndexSettings) -> dict[str, Any]:
    table: dict[str, dict[str, dict[str, float]]] = {}
    recip: dict[str, dict[str, np.ndarray]] = {}
    references: dict[str, dict[str, float]] = {}
    depth = max(RERANKS)
    for name in sets:
        data = load_set(name, settings)
        references[name] = data.reference
        fused = default_scores(data, settings)
        order = np.argsort(-fused, axis=1, kind="stable")
        best = {
            v: best_sentence(
                data,
                passage_sentences(name, settings, None if v == "alone" else v),
                sentence_dense.store(name) if v == "alone" else store(name, v),
                order[:, :depth],
            )
            for v in ("alone", *variants)
        }
        rows = [("default", rescored(fused, order, best["alone"], SHIPPED_WEIGHT, SHIPPED_RERANK))]
        rows.append((json.dumps({"context": "none (plain fusion)"}), fused))
        for v in best:
            for w in WEIGHTS:
                for r in RERANKS:
                    label = json.dumps({"context": v, "weight": w, "rerank": r})
                    rows.append((label, rescored(fused, order, best[v], w, r)))
        for label, scores in rows:
            docs = data.doc_scores(scores)
            table.setdefault(label, {})[name] = rank_metrics(docs, data.relevant, data.n_relevant)
            recip.setdefault(label, {})[name] = reciprocal_ranks(docs, data.relevant)
        logger.info("%s: shipped %s", name, table["default"][name])
    rotations = rotations_vs_default(table, recip, sets, references)
    return {"sets": list(sets), "variants": list(variants), "grid": table, "rotations": rotations}


def write_markdown(result: dict[str, Any], path: Path) -> None:
    table, sets = result["grid"], result["sets"]
    lines = [
        "# Sentence vectors with context (title, preceding sentence), leave one corpus out",
        "",
        "Regenerate with `python -m eval.sentence_context encode` then `report`. The default row is the "
        "shipped stage: sentences embedded alone, each question's top 10 fused passages gain 0.75 × "
        "std(their fused scores) × z(best sentence cosine). Variants embed each sentence of the default "
        "hybrid's top-10 passages as `title`: the document title, a line break, the sentence; `window`: "
        "the preceding sentence of the passage and the sentence. Chosen per rotation: the largest smallest "
        "gain (S@1 + MRR@10) over the shipped stage on the two tuning sets. Cells: S@1 / MRR@10 "
        "(documents).",
        "",
        *rotation_lines(result["rotations"]),
        "",
        "Gain over the shipped stage (S@1 + MRR@10) of every setting:",
        "",
        *gain_lines(table, sets),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.sentence_context", description=__doc__)
    parser.add_argument("action", choices=("encode", "report"))
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--depth", type=int, default=max(RERANKS))
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    settings = DEFAULTS.with_model(E5_MODEL)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    if args.action == "encode":
        for variant in variants:
            for name in sets:
                encode(name, variant, args.depth, args.batch, settings)
        return 0
    result = run(sets, variants, settings)
    for r in result["rotations"]:
        print(r["held_out"], r["chosen"], r["train_gains"], r["result"], r["default"], r["paired_vs_default"])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "sentence-context.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    write_markdown(result, args.out / "sentence-context.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
