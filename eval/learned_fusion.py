"""Can a learned combination of the retrieval signals beat the hand-tuned fusion? Leave one corpus out.

Over each question's top ``--depth`` passages of the default hybrid (indexer/hybrid.py, reproduced as
matrices by eval/loco.py), a model scores features that exist or are cheap at query time: both legs' scores
(raw, z-scored over the fusion's candidates, rank in their own leg), the feedback cosine, the word and n-gram
BM25 fields apart, the share of the question's idf mass the passage and its title hold, passage length, the
fused score and rank, and the question's coverage times each leg. A linear model is fitted listwise (softmax
over a question's candidates, the relevant ones as the target; each tuning set weighs the same), boosted
trees pointwise, on two of cmrc2018 / drcd / stard, and scored on the third.
``python -m eval.learned_fusion`` writes eval/results/learned-fusion.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import logging
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize
from scipy.special import logsumexp

from eval.beir import cache_root, load_dataset
from eval.loco import SETS
from eval.loco_scores import (
    BENCH,
    SetData,
    _normalized,
    _top_mask,
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
from indexer.normalize import normalize
from indexer.segment import tokenize
from indexer.settings import DEFAULTS, IndexSettings
from indexer.sparse import CHAR_PREFIX

logger = logging.getLogger(__name__)
FEATURES = (
    "fused",
    "fused_rank",
    "bm25_z",
    "bm25_rel",
    "bm25_rank",
    "dense_z",
    "dense_gap",
    "dense_rank",
    "feedback_z",
    "words_z",
    "chars_z",
    "idf_share",
    "words_share",
    "title_share",
    "length",
    "cov_x_bm25",
    "cov_x_dense",
)
DEPTH = 30
L2 = 0.01
L2_GRID = (0.001, 0.01, 0.1, 1.0)


@dataclass
class Candidates:
    """One set's top candidates of the default hybrid, their features, and what scoring needs."""

    name: str
    top: np.ndarray  # queries × depth passage columns, the default's order
    features: np.ndarray  # queries × depth × len(FEATURES)
    relevant: np.ndarray  # queries × depth: the passage's document is relevant
    default: np.ndarray  # queries × passages: the default hybrid's scores


def idf_of(field: Any) -> np.ndarray:
    return np.where(field.raw_idf < 0, 0.25 * field.raw_idf.mean(), field.raw_idf)


def share(field: Any, held: sp.csr_matrix) -> np.ndarray:
    """Queries × rows of ``held`` (term presence in the field's vocabulary): the share of each question's
    distinct-term idf mass the row holds."""
    asked = (field.q > 0).astype(np.float64).multiply(idf_of(field)[None, :]).tocsr()
    total = np.asarray(asked.sum(axis=1)).ravel()
    found = np.asarray((asked @ (held > 0).astype(np.float64).T).todense())
    return found / np.where(total > 0, total, 1.0)[:, None]


def title_rows(data: SetData, settings: IndexSettings, bench: Path) -> sp.csr_matrix:
    """Per passage, the n-grams of its document's title in the n-gram field's vocabulary."""
    corpus = load_dataset(bench / data.name).corpus
    titles = [t or "" for _, t, _ in corpus]
    if data.skipped:  # documents rejected by cleaning have no column: keep the ones `load_set` kept
        from eval.beir import indexable

        titles = [t or "" for _, t, _ in indexable(corpus, settings)]
    tokenizer = replace(settings.tokenizer, chars=True, bigrams=False)
    vocab = data.chars.vocab
    rows, cols = [], []
    for row, title in enumerate(titles):
        grams = {t for t in tokenize(normalize(title), tokenizer) if t.startswith(CHAR_PREFIX)}
        for term in grams:
            if (col := vocab.get(term)) is not None:
                rows.append(row)
                cols.append(col)
    by_doc = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(titles), len(vocab)))
    return by_doc[data.doc_of]


def leg_rank(scores: np.ndarray, top: np.ndarray) -> np.ndarray:
    """0-based rank within its leg of each ``top`` passage (ties counted above)."""
    picked = np.take_along_axis(scores, top, axis=1)
    out = np.empty(picked.shape, dtype=np.int64)
    for i in range(scores.shape[0]):
        ordered = np.sort(-scores[i])
        out[i] = np.searchsorted(ordered, -picked[i], side="left")
    return out


def zscore_over(values: np.ndarray) -> np.ndarray:
    mean = values.mean(axis=1, keepdims=True)
    std = values.std(axis=1, keepdims=True)
    return np.where(std > 0, (values - mean) / np.where(std > 0, std, 1.0), 0.0)


def candidates(data: SetData, settings: IndexSettings, depth: int, bench: Path = BENCH) -> Candidates:
    """The default hybrid (eval/loco.py `hybrid_scores`, step by step) and its top ``depth``'s features."""
    config: FusionConfig = settings.fusion
    params = settings.bm25
    bm25 = bm25_scores(data, params)
    q_cov = coverage(data, bm25)
    weights = config.weight_at(0.0) + (config.bm25_weight - config.uncovered_bm25_weight) * q_cov
    first = fused_scores(bm25, data.dense, config, weights)
    moved_dense = data.dense
    if config.feedback_depth:
        head = np.argsort(-first, axis=1, kind="stable")[:, : config.feedback_depth]
        found = np.isfinite(np.take_along_axis(first, head, axis=1))
        vectors = data.passage_vectors[head] * found[:, :, None]
        mean = vectors.sum(axis=1) / np.maximum(found.sum(axis=1), 1)[:, None]
        moved = data.query_vectors + np.float32(config.feedback_weight) * mean
        moved /= np.linalg.norm(moved, axis=1, keepdims=True)
        moved_dense = (moved @ data.passage_vectors.T).astype(np.float64)
    default = fused_scores(bm25, moved_dense, config, weights)
    cand = _top_mask(bm25, config.candidates) | _top_mask(moved_dense, config.candidates)
    b = np.where(np.isfinite(bm25), bm25, 0.0)
    top = np.argsort(-default, axis=1, kind="stable")[:, :depth]

    def at(matrix: np.ndarray) -> np.ndarray:
        return np.take_along_axis(matrix, top, axis=1)

    words = data.words.scores(params.k1, params.b).astype(np.float64)
    chars = data.chars.scores(params.chars_k1, params.chars_b).astype(np.float64)
    best_b = np.where(np.isfinite(bm25.max(axis=1)), b.max(axis=1), 1.0)
    b_top = at(b)
    columns = {
        "fused": at(default),
        "fused_rank": np.log1p(np.broadcast_to(np.arange(depth), top.shape)).astype(np.float64),
        "bm25_z": at(_normalized(b, cand, "zscore")),
        "bm25_rel": b_top / np.where(best_b > 0, best_b, 1.0)[:, None],
        "bm25_rank": np.log1p(leg_rank(b, top)),
        "dense_z": at(_normalized(data.dense, cand, "zscore")),
        "dense_gap": at(data.dense) - data.dense.max(axis=1, keepdims=True),
        "dense_rank": np.log1p(leg_rank(data.dense, top)),
        "feedback_z": at(_normalized(moved_dense, cand, "zscore")),
        "words_z": zscore_over(at(words)),
        "chars_z": zscore_over(at(chars)),
        "idf_share": at(share(data.chars, data.chars.tf)),
        "words_share": at(share(data.words, data.words.tf)) if data.words.q.nnz else np.zeros(top.shape),
        "title_share": at(share(data.chars, title_rows(data, settings, bench))),
        "length": np.log1p(data.chars.dl[top]),
    }
    columns["cov_x_bm25"] = q_cov[:, None] * columns["bm25_z"]
    columns["cov_x_dense"] = q_cov[:, None] * columns["dense_z"]
    features = np.stack([columns[f] for f in FEATURES], axis=2)
    relevant = np.take_along_axis(data.relevant, data.doc_of[top], axis=1)
    return Candidates(data.name, top, features, relevant, default)


@dataclass(frozen=True)
class Model:
    """A linear score over standardised features."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    def score(self, features: np.ndarray) -> np.ndarray:
        return ((features - self.mean) / self.scale) @ self.weights

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "mean": self.mean.round(6).tolist(),
            "scale": self.scale.round(6).tolist(),
            "weights": self.weights.round(6).tolist(),
        }


def fit(sets: Sequence[Candidates], l2: float = L2) -> Model:
    """Listwise softmax: maximise each question's probability mass on its relevant candidates; every set
    weighs the same (stard has a third of the others' questions, and most of the headroom)."""
    usable = [(c.features[c.relevant.any(axis=1)], c.relevant[c.relevant.any(axis=1)]) for c in sets]
    stacked = np.concatenate([x.reshape(-1, x.shape[2]) for x, _ in usable])
    mean, scale = stacked.mean(axis=0), stacked.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    groups = [((x - mean) / scale, r, 1.0 / len(x) / len(usable)) for x, r in usable]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * float(w @ w), 2 * l2 * w
        for x, rel, weight in groups:
            s = x @ w
            p_all = np.exp(s - logsumexp(s, axis=1, keepdims=True))
            s_rel = np.where(rel, s, -np.inf)
            p_rel = np.exp(s_rel - logsumexp(s_rel, axis=1, keepdims=True))
            total += weight * float((logsumexp(s, axis=1) - logsumexp(s_rel, axis=1)).sum())
            grad += weight * np.einsum("qn,qnf->f", p_all - p_rel, x)
        return total, grad

    start = np.zeros(len(FEATURES))
    start[FEATURES.index("fused")] = 1.0
    result = minimize(loss, start, jac=True, method="L-BFGS-B")
    return Model(mean, scale, result.x)


def rescored(c: Candidates, model: Model) -> np.ndarray:
    """The default's passage scores, the top candidates reordered by ``model`` (all kept above the rest)."""
    out = np.where(np.isfinite(c.default), c.default - 1e6, -np.inf)
    rows = np.arange(len(c.top))[:, None]
    out[rows, c.top] = 1e6 + model.score(c.features)
    return out


def load_candidates(name: str, settings: IndexSettings, depth: int) -> tuple[Candidates, SetData]:
    """Candidates of one set, kept in the evaluation cache (loading a set tokenises its corpus)."""
    path = cache_root() / f"learned-fusion-{name}-{depth}.pkl"
    data = load_set(name, settings)
    if path.exists():
        with open(path, "rb") as f:
            cached = pickle.load(f)
        if cached.features.shape[2] == len(FEATURES):
            return cached, data
    started = time.perf_counter()
    c = candidates(data, settings, depth)
    logger.info("%s features in %.0fs", name, time.perf_counter() - started)
    with open(path, "wb") as f:
        pickle.dump(c, f)
    return c, data


def evaluate(c: Candidates, data: SetData, passages: np.ndarray) -> tuple[dict[str, float], np.ndarray]:
    docs = data.doc_scores(passages)
    return rank_metrics(docs, data.relevant, data.n_relevant), reciprocal_ranks(docs, data.relevant)


def gain(result: dict[str, float], base: dict[str, float]) -> float:
    return result["success@1"] - base["success@1"] + result["mrr@10"] - base["mrr@10"]


def choose_l2(train: Sequence[tuple[Candidates, SetData]]) -> float:
    """The L2 weight whose model, fitted on one tuning set, gains most over the default on the other (the
    smaller of the two gains): the held-out set plays no part."""

    def worst(l2: float) -> float:
        gains = []
        for i, (c, data) in enumerate(train):
            others = [o for j, (o, _) in enumerate(train) if j != i]
            learned, _ = evaluate(c, data, rescored(c, fit(others, l2)))
            default, _ = evaluate(c, data, c.default)
            gains.append(gain(learned, default))
        return min(gains)

    return max(L2_GRID, key=worst)


def boosted(train: Sequence[Candidates], held: Candidates) -> np.ndarray:
    """Pointwise gradient-boosted trees (scikit-learn) over the same features: the held-out passage scores."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    x = np.concatenate([c.features.reshape(-1, len(FEATURES)) for c in train])
    y = np.concatenate([c.relevant.ravel() for c in train])
    w = np.concatenate([np.full(c.relevant.size, 1.0 / c.relevant.size) for c in train])
    model = HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=50, random_state=0
    )
    model.fit(x, y, sample_weight=w * len(y))
    p = model.predict_proba(held.features.reshape(-1, len(FEATURES)))[:, 1].reshape(held.top.shape)
    out = np.where(np.isfinite(held.default), held.default - 1e6, -np.inf)
    out[np.arange(len(held.top))[:, None], held.top] = 1e6 + np.log(p + 1e-9)
    return out


def run(sets: Sequence[str], depth: int = DEPTH) -> dict[str, Any]:
    settings = DEFAULTS.with_model(E5_MODEL)
    loaded = {s: load_candidates(s, settings, depth) for s in sets}
    rows = []
    for held in sets:
        train = [s for s in sets if s != held]
        l2 = choose_l2([loaded[s] for s in train])
        model = fit([loaded[s][0] for s in train], l2)
        c, data = loaded[held]
        default, rr_default = evaluate(c, data, c.default)
        for kind, passages, fitted in (
            ("linear listwise", rescored(c, model), {"l2": l2, **model.to_dict()}),
            ("boosted trees", boosted([loaded[s][0] for s in train], c), {}),
        ):
            metrics, rr = evaluate(c, data, passages)
            rows.append(
                {
                    "held_out": held,
                    "tuned_on": train,
                    "model": kind,
                    "learned": metrics,
                    "default": default,
                    "reference": data.reference,
                    "paired_vs_default": {
                        "wins": int((rr > rr_default).sum()),
                        "losses": int((rr < rr_default).sum()),
                    },
                    "relevant_in_top": round(float(c.relevant.any(axis=1).mean()), 4),
                    "fitted": fitted,
                }
            )
            logger.info("%s %s: learned %s default %s", held, kind, metrics, default)
    # The ceiling: one model fitted on all three sets, scored on each (in-sample, not a held-out result).
    everything = fit([c for c, _ in loaded.values()], L2)
    ceiling = {s: evaluate(c, data, rescored(c, everything))[0] for s, (c, data) in loaded.items()}
    return {
        "sets": list(sets),
        "depth": depth,
        "features": list(FEATURES),
        "rotations": rows,
        "in_sample": {"l2": L2, "metrics": ceiling, **everything.to_dict()},
    }


def write_markdown(result: dict[str, Any], path: Path) -> None:
    def cell(m: dict[str, float]) -> str:
        return f"{m['success@1']:.4f} / {m['mrr@10']:.4f}"

    lines = [
        "# A learned reranker over the hybrid's candidates, leave one corpus out",
        "",
        "Regenerate with `python -m eval.learned_fusion`. Over each question's top "
        f"{result['depth']} passages of the default hybrid, a model over these features reorders them: "
        + ", ".join(f"`{f}`" for f in result["features"])
        + ". Linear listwise: softmax over the candidates, fitted on the two tuning sets (each weighing the "
        "same), L2 weight chosen by fitting on one tuning set and checking on the other. Boosted trees: "
        "scikit-learn's HistGradientBoostingClassifier, pointwise. Cells: S@1 / MRR@10 (documents). Paired: "
        "held-out questions whose reciprocal rank the model raises / lowers against the current default.",
        "",
        "| held-out set | trained on | model | learned | current default | reference | paired W / L |",
        "|---|---|---|--:|--:|--:|--:|",
    ]
    for r in result["rotations"]:
        paired = r["paired_vs_default"]
        lines.append(
            f"| {r['held_out']} | {' + '.join(r['tuned_on'])} | {r['model']} | {cell(r['learned'])} | "
            f"{cell(r['default'])} | {cell(r['reference'])} | {paired['wins']} / {paired['losses']} |"
        )
    ceiling = result["in_sample"]
    lines += [
        "",
        "The ceiling: the linear model fitted on all three sets (L2 "
        f"{ceiling['l2']}) and scored on each — in-sample, so not a result a new corpus would see:",
        "",
        "| set | in-sample linear | current default |",
        "|---|--:|--:|",
    ]
    defaults = {r["held_out"]: r["default"] for r in result["rotations"]}
    for s, m in ceiling["metrics"].items():
        lines.append(f"| {s} | {cell(m)} | {cell(defaults[s])} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.learned_fusion", description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--depth", type=int, default=DEPTH)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    result = run([s.strip() for s in args.sets.split(",") if s.strip()], args.depth)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "learned-fusion.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    write_markdown(result, args.out / "learned-fusion.md")
    print(args.out / "learned-fusion.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
