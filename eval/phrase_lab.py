"""Phrase coverage as a rerank stage: measured, not adopted (docs/retrieval.md).

drcd's questions were written looking at their paragraph and copy its phrases: among the hybrid top 10, the
passage holding more of the question's 4-character runs (question words and function characters left out)
is often the gold one, where the legs put another paragraph of the same article first. The stage tried:
each head passage gains ``weight`` × the head's score spread × the share of the question's runs it holds.
Reported per set beside the default ranking (weight 0), on cmrc2018, drcd, stard and the nine policy
collections indexed as users index them. ``python -m eval.phrase_lab --policy-root DIR`` writes
eval/results/phrase-lab.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from eval.beir import ensure_index, load_dataset, open_retriever
from eval.policy_retrieval import build, load_set
from eval.policy_set import SETS as POLICY_SETS
from eval.report import RESULTS
from eval.wholedoc import score
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.searcher import Hit
from indexer.settings import DEFAULTS

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
WEIGHTS = (0.0, 1.0, 2.0, 3.0)
RUN = 4  # characters in a run
HEAD = 10
# a run holding a question word or a function character is no phrase of the passage's
_ASKING = re.compile(r"什么|甚么|哪|谁|多少|几|何|吗|呢|为|是|的|了|在|[?？,，。]")


def phrase_share(question: str, passage: str) -> float:
    """Share of the question's ``RUN``-character runs (normalised; none holding a question word or function
    character) found in the passage."""
    runs = [question[i : i + RUN] for i in range(len(question) - RUN + 1)]
    runs = [r for r in runs if not _ASKING.search(r)]
    return sum(r in passage for r in runs) / len(runs) if runs else 0.0


def reranked(question: str, hits: Sequence[Hit], weight: float) -> list[Hit]:
    """``hits`` with the head re-scored by phrase share (the rest after it, in order)."""
    head = list(hits[:HEAD])
    if weight <= 0 or len(head) < 2:
        return list(hits)
    scores = np.array([h.score for h in head])
    shares = np.array([phrase_share(normalize(question), normalize(h.text)) for h in head])
    new = scores + weight * float(scores.std()) * shares
    order = sorted(range(len(head)), key=lambda i: -new[i])
    return [head[i] for i in order] + list(hits[HEAD:])


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(float(np.mean([r[k] for r in rows])), 4) for k in rows[0]} if rows else {}


def bench_set(name: str, weights: Sequence[float]) -> dict[str, dict[str, float]]:
    folder = BENCH / name
    dataset = load_dataset(folder)
    index_dir = ensure_index(folder, dataset, DEFAULTS, progress=False)
    retriever, _ = open_retriever(index_dir, dataset, ["hybrid"])
    rows: dict[float, list[dict[str, float]]] = {w: [] for w in weights}
    for qid, text in dataset.queries.items():
        hits = retriever.search(text, 2 * HEAD, "hybrid")
        gold = dataset.qrels.get(qid, set())
        for w in weights:
            docs = list(dict.fromkeys(h.doc_id for h in reranked(text, hits, w)))[:HEAD]
            first = next((i for i, d in enumerate(docs) if d in gold), None)
            rows[w].append({"s@1": float(first == 0), "mrr@10": 0.0 if first is None else 1.0 / (first + 1)})
    return {str(w): _mean(r) for w, r in rows.items()}


def policy_sets(root: Path, weights: Sequence[float]) -> dict[str, dict[str, float]]:
    rows: dict[float, list[dict[str, float]]] = {w: [] for w in weights}
    for name in POLICY_SETS:
        index_dir = root / name
        if not (index_dir / "manifest.json").exists():
            build(name, index_dir, DEFAULTS)
        ws = load_set(name, index_dir)
        retriever = Retriever(index_dir)
        for qid, text in ws.questions.items():
            hits = retriever.search(text, 2 * HEAD, "hybrid")
            for w in weights:
                ranked = [(h.doc_id, h.text) for h in reranked(text, hits, w)]
                s = score(ranked, ws.gold[qid], ws.answers[qid])
                rows[w].append({"hit@1": s["hit@1"], "mrr@10": s["mrr@10"]})
    return {str(w): _mean(r) for w, r in rows.items()}


def write(report: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "phrase-lab.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    weights = report["weights"]
    lines = [
        "# Phrase coverage as a rerank stage (measured, not adopted)",
        "",
        str(__doc__).strip().split("\n\n")[1].replace("\n", " "),
        "",
        f"Command: `python -m eval.phrase_lab {' '.join(report['argv'])}`. S@1 / MRR@10 on the bench sets "
        "(a query's ranking is its distinct documents), hit@1 / MRR@10 on the policy collections "
        "(a passage of the gold document holding the figure); weight 0 is the default ranking.",
        "",
        "| set | " + " | ".join(f"weight {w}" for w in weights) + " |",
        "|---|" + "--:|" * len(weights),
    ]
    for name, by_weight in report["sets"].items():
        cells = [" / ".join(f"{v:.4f}" for v in by_weight[str(w)].values()) for w in weights]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    (out / "phrase-lab.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.phrase_lab", description=__doc__)
    parser.add_argument("--sets", default="cmrc2018,drcd,stard", help="bench sets")
    parser.add_argument(
        "--policy-root", type=Path, help="index root of the policy collections (built if missing)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    weights = list(WEIGHTS)
    sets: dict[str, dict[str, dict[str, float]]] = {}
    runs: list[tuple[str, Callable[[], dict[str, dict[str, float]]]]] = [
        (name, partial(bench_set, name, weights)) for name in args.sets.split(",") if name
    ]
    if args.policy_root is not None:
        runs.append(("policy collections (433 q)", partial(policy_sets, args.policy_root, weights)))
    for label, run in runs:
        sets[label] = run()
        print(label, json.dumps(sets[label]), file=sys.stderr)
    write(
        {"argv": list(argv if argv is not None else sys.argv[1:]), "weights": weights, "sets": sets}, args.out
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
