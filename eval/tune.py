"""Choose the default fusion by measurement: a grid over fusion settings on the bench sets, 2-fold
cross-validated.

For every query the candidate features (BM25, dense, best-sentence coverage) are computed once; each setting
is then scored in numpy. A setting is chosen on one half of the queries of every set and judged on the
other half, and the other way round, so the reported numbers are not fitted to the queries they are
measured on. `python -m eval.tune` writes eval/results/fusion-tuning.{json,md}.
"""

from __future__ import annotations

import argparse
import itertools
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from eval.beir import Dataset, ensure_index, load_dataset
from indexer.fuse import FusionConfig, fuse
from indexer.hybrid import rank_in as _rank_in
from indexer.rerank import best_window_coverage, weighted_terms
from indexer.retrieve import Retriever
from indexer.segment import TokenizerConfig, tokenize
from indexer.settings import DEFAULTS, PROJECT_ROOT, IndexSettings
from indexer.sparse import top_k

BENCH = PROJECT_ROOT.parent / "shared" / "bench"
SETS = (("cmrc2018", None), ("drcd", None), ("drcd", "queries.zh-hans.jsonl"))
GRID = {
    "bm25_weight": (1.0, 0.8, 0.7, 0.6, 0.5, 0.4),
    "normalization": ("max", "minmax"),
    "sentence_weight": (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0),
}


def features(retriever: Retriever, dataset: Dataset, depth: int = 40) -> list[dict[str, Any]]:
    """Per query: candidate doc ids, BM25 and dense scores, leg ranks and sentence coverage."""
    snap = retriever.snapshot
    data = snap.data
    grams = TokenizerConfig(words=False, bigrams=True, stopwords=False, user_dict=False)

    def terms_of(text: str) -> list[str]:
        return tokenize(text, grams)

    out = []
    for qid, query in dataset.queries.items():
        scores = data.bm25.scores(tokenize(query, snap.settings.tokenizer))
        qvec = retriever.embed_query(query)
        b_rows, _ = top_k(scores, depth)
        d_rows, _ = snap.dense.top(qvec, depth)
        cand = np.unique(np.concatenate([b_rows, d_rows]))
        terms = weighted_terms(terms_of(query), data.bm25.idf_of)
        cover = best_window_coverage(terms, [data.passage_text(int(r)) for r in cand], terms_of)
        out.append(
            {
                "qid": qid,
                "docs": [data.documents[int(data.doc_rows[r])].doc_id for r in cand],
                "bm25": scores[cand],
                "dense": snap.dense.scores_of(qvec, cand),
                "b_rank": _rank_in(cand, b_rows),
                "d_rank": _rank_in(cand, d_rows),
                "cover": cover,
            }
        )
    return out


def score(feats: list[dict[str, Any]], qrels: dict[str, set[str]], config: FusionConfig) -> np.ndarray:
    """Per query (recall@1, mrr@10) for one fusion setting."""
    out = np.zeros((len(feats), 2))
    for i, f in enumerate(feats):
        fused = (
            fuse(f["bm25"], f["dense"], f["b_rank"], f["d_rank"], config)
            + config.sentence_weight * f["cover"]
        )
        order = np.argsort(-fused, kind="stable")
        seen: list[str] = []
        for j in order:
            if f["docs"][j] not in seen:
                seen.append(f["docs"][j])
            if len(seen) == 10:
                break
        relevant = qrels[f["qid"]]
        out[i, 0] = 1.0 if seen and seen[0] in relevant else 0.0
        out[i, 1] = next((1.0 / (r + 1) for r, d in enumerate(seen) if d in relevant), 0.0)
    return out


def configs() -> list[FusionConfig]:
    keys = list(GRID)
    return [
        replace(DEFAULTS.fusion, method="weighted", **dict(zip(keys, values, strict=True)))  # type: ignore[arg-type]
        for values in itertools.product(*(GRID[k] for k in keys))
    ]


def write_markdown(result: dict[str, Any], path: Path) -> None:
    lines = [
        "# Fusion tuning (eval/tune.py)",
        "",
        "Grid: " + ", ".join(f"`{k}` in {list(v)}" for k, v in result["grid"].items()) + ".",
        "Candidates: top 40 of each leg; objective: mean of Recall@1 + MRR@10 over the three query sets.",
        "",
        "| set | BM25 leg alone R@1 / MRR@10 | chosen default R@1 / MRR@10 | 2-fold CV R@1 / MRR@10 |",
        "|---|---|---|---|",
    ]
    for name, cv in result["cross_validated"].items():
        leg, best = result["bm25_only_scores"][name], result["best_on_all_scores"][name]
        lines.append(
            f"| {name} | {leg['recall@1']:.4f} / {leg['mrr@10']:.4f} | {best['recall@1']:.4f} / "
            f"{best['mrr@10']:.4f} | {cv['recall@1']:.4f} / {cv['mrr@10']:.4f} |"
        )
    lines += ["", "Chosen per fold (each judged on the other half):", ""]
    lines += [f"- fold {i}: `{json.dumps(c)}`" for i, c in enumerate(result["chosen_per_fold"])]
    lines += [
        "",
        f"Default (best on all queries): `{json.dumps(result['best_on_all'])}`",
        "",
        "Top settings:",
        "",
    ]
    lines += [f"- {t['objective']:.5f} `{json.dumps(t['config'])}`" for t in result["top10"]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "eval" / "results")
    args = parser.parse_args()
    settings: IndexSettings = DEFAULTS
    grid = configs()
    per_set: dict[str, np.ndarray] = {}
    for name, queries in SETS:
        dataset = load_dataset(BENCH / name, Path(queries) if queries else None)
        retriever = Retriever(ensure_index(BENCH / name, dataset, settings))
        feats = features(retriever, dataset)
        per_set[dataset.name] = np.stack(
            [score(feats, dataset.qrels, c) for c in grid]
        )  # (configs, queries, 2)
        print(dataset.name, "features done", flush=True)

    # 2-fold CV: even/odd queries of every set; the objective is the mean R@1 + MRR over sets.
    def objective(mask_of: dict[str, np.ndarray]) -> np.ndarray:
        return np.mean([per_set[s][:, mask_of[s], :].mean(axis=1).sum(axis=1) for s in per_set], axis=0)

    folds = [{s: (np.arange(a.shape[1]) % 2 == f) for s, a in per_set.items()} for f in (0, 1)]
    cv: dict[str, list[float]] = {s: [0.0, 0.0] for s in per_set}
    chosen = []
    for f in (0, 1):
        best = int(np.argmax(objective(folds[f])))
        chosen.append(grid[best].to_dict())
        for s, a in per_set.items():
            held = ~folds[f][s]
            cv[s][0] += a[best, held, 0].sum()
            cv[s][1] += a[best, held, 1].sum()
    everything = {s: np.ones(a.shape[1], dtype=bool) for s, a in per_set.items()}
    best_all = int(np.argmax(objective(everything)))
    leg = {
        "bm25 only": next(
            i
            for i, c in enumerate(grid)
            if c.bm25_weight == 1.0 and c.sentence_weight == 0 and c.normalization == "max"
        )
    }
    result = {
        "grid": GRID,
        "chosen_per_fold": chosen,
        "cross_validated": {
            s: {
                "recall@1": round(v[0] / per_set[s].shape[1], 4),
                "mrr@10": round(v[1] / per_set[s].shape[1], 4),
            }
            for s, v in cv.items()
        },
        "best_on_all": grid[best_all].to_dict(),
        "best_on_all_scores": {
            s: {
                "recall@1": round(float(a[best_all, :, 0].mean()), 4),
                "mrr@10": round(float(a[best_all, :, 1].mean()), 4),
            }
            for s, a in per_set.items()
        },
        "bm25_only_scores": {
            s: {
                "recall@1": round(float(a[leg["bm25 only"], :, 0].mean()), 4),
                "mrr@10": round(float(a[leg["bm25 only"], :, 1].mean()), 4),
            }
            for s, a in per_set.items()
        },
        "top10": [
            {"config": grid[i].to_dict(), "objective": round(float(v), 5)}
            for i, v in sorted(enumerate(objective(everything)), key=lambda x: -x[1])[:10]
        ],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "fusion-tuning.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    write_markdown(result, args.out / "fusion-tuning.md")
    print(
        json.dumps(
            {
                k: result[k]
                for k in ("cross_validated", "best_on_all", "best_on_all_scores", "bm25_only_scores")
            },
            ensure_ascii=False,
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
