"""In-process measurements: search and ask latency (with a per-stage profile of hybrid search), indexing
throughput against the encoder alone, and incremental add of one document to a large index."""

from __future__ import annotations

import json
import logging
import math
import shutil
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from eval.bench_report import PROFILE_STAGES
from indexer.build import Prepared, embed_all, index_records, prepare
from indexer.embed import Encoder
from indexer.fuse import fuse
from indexer.hybrid import rank_in as _rank_in
from indexer.ingest import embedding_text, passage_contexts
from indexer.maxscore import bm25_leg
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.segment import tokenize
from indexer.sentences import keyed_sentences
from indexer.settings import DEFAULTS
from indexer.sparse import BM25, MIN_IDF, idf_floor, top_k
from indexer.store import read_index, write_index

logger = logging.getLogger(__name__)


def percentiles(samples_ms: Sequence[float]) -> dict[str, float]:
    a = np.asarray(samples_ms, dtype=np.float64)
    if len(a) == 0:
        return {"p50": float("nan"), "p95": float("nan"), "p99": float("nan")}
    return {f"p{p}": round(float(np.percentile(a, p)), 3) for p in (50, 95, 99)}


def median_of_repeats(repeats: Sequence[dict[str, float]]) -> dict[str, float]:
    """Each percentile's median over repeats (a repeat = one pass over every query)."""
    return {key: round(statistics.median(r[key] for r in repeats), 3) for key in repeats[0]}


def time_calls(
    fn: Callable[[str], object],
    queries: Sequence[str],
    repeats: int,
    before_each: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """p50/p95/p99 of ``fn(q)`` over the queries, per repeat, and their medians over repeats."""
    for q in queries[:3]:  # warm caches and lazy loads outside the measurement
        fn(q)
    per_repeat = []
    for _ in range(repeats):
        samples = []
        for q in queries:
            if before_each is not None:
                before_each()
            started = time.perf_counter()
            fn(q)
            samples.append((time.perf_counter() - started) * 1000)
        per_repeat.append(percentiles(samples))
    return {**median_of_repeats(per_repeat), "calls": len(queries) * repeats, "repeats": repeats}


def search_latency(
    retriever: Retriever,
    queries: Sequence[str],
    repeats: int,
    k: int = 10,
    modes: Sequence[str] = ("bm25", "dense", "hybrid"),
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for mode in modes:
        out[mode] = time_calls(lambda q, m=mode: retriever.search(q, k, m), queries, repeats)  # type: ignore[misc]
    return out


def ask_latency(retriever: Retriever, queries: Sequence[str], repeats: int) -> dict[str, Any]:
    """Latency of composing a cited answer; the sentence-vector cache is emptied before each question."""
    try:
        from server import answer
    except ImportError as exc:
        return {"skipped": f"server.answer is not available ({exc})"}
    cache = getattr(answer, "_VECTORS", None)
    clear = cache.clear if cache is not None and hasattr(cache, "clear") else None
    result = time_calls(lambda q: answer.compose_answer(retriever, q, 5), queries, repeats, before_each=clear)
    result["vector_cache"] = "cleared before each question" if clear else "not found"
    return result


def hybrid_profile(retriever: Retriever, queries: Sequence[str], k: int = 10) -> dict[str, float]:
    """Median milliseconds of each stage of a hybrid search, timed one stage at a time on the same
    snapshot."""
    snap = retriever.snapshot
    data = snap.data
    fusion = snap.settings.fusion
    n_cand = max(k, fusion.candidates)
    stages: dict[str, list[float]] = {s: [] for s in PROFILE_STAGES}
    rerank = getattr(retriever, "_rerank", None)  # the sentence-window rerank, when this citeqa has one
    for q in queries[:3]:
        retriever.search(q, k, "hybrid")
    for q in queries:
        q = q.strip()
        t0 = time.perf_counter()
        tokens = tokenize(q, snap.settings.tokenizer)
        t1 = time.perf_counter()
        leg = bm25_leg(data.bm25, tokens, n_cand)
        t2 = time.perf_counter()
        b_rows, _ = leg.top(n_cand)
        t3 = time.perf_counter()
        qvec = retriever.embed_query(q)
        t4 = time.perf_counter()
        d_rows, _ = snap.dense.top(qvec, n_cand)
        t5 = time.perf_counter()
        cand = np.unique(np.concatenate([b_rows, d_rows]))
        b_cand = leg.at(cand)
        fused = fuse(
            b_cand,
            snap.dense.scores_of(qvec, cand),
            _rank_in(cand, b_rows),
            _rank_in(cand, d_rows),
            fusion,
        )
        order = np.lexsort((cand, -fused))
        t6 = time.perf_counter()
        if (
            rerank is not None
            and getattr(fusion, "sentence_weight", 0) > 0
            and getattr(fusion, "rerank_depth", 0)
        ):
            order = rerank(snap, q, cand, fused, order, fusion)
        t7 = time.perf_counter()
        order = order[:k]
        retriever._hits(snap, cand[order], fused[order], b_cand[order], fused[order])
        t8 = time.perf_counter()
        for name, a, b in zip(
            PROFILE_STAGES,
            (t0, t1, t2, t3, t4, t5, t6, t7, t0),
            (t1, t2, t3, t4, t5, t6, t7, t8, t8),
            strict=True,
        ):
            stages[name].append((b - a) * 1000)
    return {name: round(statistics.median(v), 3) for name, v in stages.items()}


# ---------- BM25 against rank-bm25 ----------
def with_floor(ref: Any, docs: Sequence[Sequence[str]], epsilon: float) -> None:
    """rank-bm25's idf table with citeqa's one deliberate difference (indexer/sparse.py MIN_IDF): a term whose
    idf is not positive takes epsilon × the mean idf, at least MIN_IDF — where rank-bm25 keeps an idf of 0 (a
    term in exactly half the passages) and a negative floor (a small collection of like documents). The
    scoring is then compared, not the floor."""
    df = Counter(w for d in docs for w in set(d))
    n = len(docs)
    raw = {w: math.log(n - c + 0.5) - math.log(c + 0.5) for w, c in df.items()}
    floor = idf_floor(epsilon * sum(raw.values()) / len(raw)) if raw else MIN_IDF
    ref.idf = {w: v if v > 0 else floor for w, v in raw.items()}


def bm25_against_reference(
    docs: Sequence[Sequence[str]],
    queries: Sequence[Sequence[str]],
    repeats: int,
    k: int = 10,
    budget_s: float = 600.0,
    build: Callable[[], BM25] | None = None,
) -> dict[str, Any]:
    """The same tokenised corpus and queries through rank_bm25.BM25Okapi and citeqa's BM25, in this process.

    Both sides produce a top-k list per query (scores of every passage, then the k best, ties by position);
    rank-bm25's repeats stop early when ``budget_s`` runs out. ``build`` replaces BM25.from_tokens (at 1M
    passages its Python lists would need ~6 GB next to rank-bm25's own ~8 GB).
    """
    from rank_bm25 import BM25Okapi

    # one field: rank-bm25 has no second (character n-gram) field to compare against
    params = replace(DEFAULTS.bm25, chars_weight=0.0)
    started = time.perf_counter()
    ref = BM25Okapi(docs, k1=params.k1, b=params.b, epsilon=params.epsilon)
    with_floor(ref, docs, params.epsilon)
    ref_build = time.perf_counter() - started
    started = time.perf_counter()
    ours = build() if build is not None else BM25.from_tokens(docs, params)
    ours_build = time.perf_counter() - started

    def ref_top(q: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        scores = ref.get_scores(q)
        return top_k(np.asarray(scores, dtype=np.float64), k)

    for q in queries[:3]:
        ours.top(q, k)
        ref_top(q)
    ours_runs: list[dict[str, float]] = []
    ref_runs: list[dict[str, float]] = []
    deadline = time.perf_counter() + budget_s
    same_lists = 0
    max_diff = 0.0
    for rep in range(repeats):
        samples = []
        for q in queries:
            t = time.perf_counter()
            ours.top(q, k)
            samples.append((time.perf_counter() - t) * 1000)
        ours_runs.append(percentiles(samples))
        if time.perf_counter() > deadline and ref_runs:
            continue
        samples = []
        for q in queries:
            t = time.perf_counter()
            ref_top(q)
            samples.append((time.perf_counter() - t) * 1000)
        ref_runs.append(percentiles(samples))
        if rep == 0:
            for q in queries:
                r_rows, _ = ref_top(q)
                o_rows, _ = ours.top(q, k)
                same_lists += int(np.array_equal(r_rows, o_rows))
                full_ref = np.asarray(ref.get_scores(q), dtype=np.float64)
                max_diff = max(max_diff, float(np.abs(full_ref - ours.scores(q)).max(initial=0.0)))
    ours_p = median_of_repeats(ours_runs)
    ref_p = median_of_repeats(ref_runs)
    return {
        "passages": len(docs),
        "queries": len(queries),
        "citeqa_ms": ours_p,
        "rank_bm25_ms": ref_p,
        "speedup_p50": round(ref_p["p50"] / ours_p["p50"], 1) if ours_p["p50"] else None,
        "identical_top10": same_lists,
        "max_abs_score_diff": max_diff,
        "build_s": {"citeqa": round(ours_build, 2), "rank_bm25": round(ref_build, 2)},
        "citeqa_built_with": "BM25.from_tokens"
        if build is None
        else "term counts from arrays (bench_corpus)",
        "repeats": {"citeqa": len(ours_runs), "rank_bm25": len(ref_runs)},
    }


# ---------- indexing ----------
def indexing_throughput(
    records: Sequence[tuple[str, str | None, str]], encoder: Encoder, work: Path, repeats: int
) -> dict[str, Any]:
    """Passages per second through index_records (clean → chunk → tokenise → embed → write) next to the
    encoder alone on exactly the texts the pipeline embeds, alternating, same process, same encoder."""
    settings = DEFAULTS
    prepared = [prepare(text, doc_id, settings, title=title) for doc_id, title, text in records]
    passages, sentences = embedded_texts(prepared)
    texts = passages + sentences
    encoder.encode_passages(texts[:8])  # load weights outside the measurement
    pipeline, alone = [], []
    for rep in range(repeats):
        started = time.perf_counter()
        embed_all(encoder, texts)
        alone.append(len(passages) / (time.perf_counter() - started))
        target = work / f"throughput-{rep}"
        shutil.rmtree(target, ignore_errors=True)
        started = time.perf_counter()
        report = index_records(records, target, encoder, settings)
        # both as passages indexed per second: the encoder alone embeds them and their sentences, as the
        # pipeline does
        pipeline.append(report.passages / (time.perf_counter() - started))
        shutil.rmtree(target, ignore_errors=True)
    stages = indexing_stages(records, encoder, work / "stages")
    p, a = statistics.median(pipeline), statistics.median(alone)
    return {
        "documents": len(records),
        "passages": len(passages),
        "sentences_embedded": len(sentences),
        "characters": sum(len(t) for t in texts),
        "pipeline_passages_per_s": round(p, 1),
        "encoder_passages_per_s": round(a, 1),
        "ratio": round(p / a, 3),
        "repeats": repeats,
        "runs": {"pipeline": [round(x, 1) for x in pipeline], "encoder": [round(x, 1) for x in alone]},
        "stages_s": stages,
    }


def embedded_texts(prepared: Sequence[Prepared]) -> tuple[list[str], list[str]]:
    """What indexing embeds: each passage as the encoder sees it (with its context), and each distinct
    sentence of the passages alone when the sentence stage is on (indexer/pipeline.py)."""
    settings = DEFAULTS
    passages = [
        embedding_text(settings, context)
        for p in prepared
        for context in passage_contexts(settings, p.meta.title, p.text, p.spans)
    ]
    sentences: dict[int, str] = {}
    if settings.fusion.sentence_dense_weight > 0:
        for p in prepared:
            for span in p.spans:
                for key, text in keyed_sentences(
                    p.text[span.start : span.end], settings.dense.sentence_units
                ):
                    sentences.setdefault(key, text)
    return passages, list(sentences.values())


def indexing_stages(
    records: Sequence[tuple[str, str | None, str]], encoder: Encoder, target: Path
) -> dict[str, float]:
    """Seconds per pipeline stage, each timed on its own (where the pipeline's time goes)."""
    from indexer.build import add_documents, empty_index

    settings = DEFAULTS
    out: dict[str, float] = {}
    t = time.perf_counter()
    prepared = [prepare(text, doc_id, settings, title=title) for doc_id, title, text in records]
    out["clean_chunk_region"] = time.perf_counter() - t
    texts, sentences = embedded_texts(prepared)
    t = time.perf_counter()
    tokens = [tokenize(x, settings.tokenizer) for x in texts]
    out["tokenize"] = time.perf_counter() - t
    t = time.perf_counter()
    BM25.from_tokens(tokens, settings.bm25)
    out["bm25_matrix"] = time.perf_counter() - t
    t = time.perf_counter()
    embed_all(encoder, texts + sentences)
    out["embed"] = time.perf_counter() - t
    t = time.perf_counter()
    data = add_documents(empty_index(settings, encoder.dim), prepared, encoder)
    out["add_documents_total"] = time.perf_counter() - t
    shutil.rmtree(target, ignore_errors=True)
    t = time.perf_counter()
    write_index(target, data)
    out["write_index"] = time.perf_counter() - t
    shutil.rmtree(target, ignore_errors=True)
    return {k: round(v, 3) for k, v in out.items()}


def incremental_add(index_dir: Path, work: Path, raw: str, repeats: int) -> dict[str, Any]:
    """Seconds to add one document to a copy of ``index_dir`` through Retriever.add (persisted, swapped
    in)."""
    target = work / "incremental"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(index_dir, target)
    retriever = Retriever(target)  # as the server runs it, with the retriever's own encoder
    retriever.warm_up()  # the encoder loads before the first add, as a serving process's does at start
    before = retriever.data.passages
    totals = []
    passages = 0
    for rep in range(repeats):
        # a different text each time: the same text under another id is a duplicate, not written again
        text = f"{raw}\n本文是第{rep + 1}次追加的副本,内容与原文相同,用于测量把一份新文件写入索引所需的时间。"
        doc = prepare(text, f"bench-add-{rep}", retriever.settings)
        passages = len(doc.spans)
        started = time.perf_counter()
        retriever.add([doc])
        totals.append(time.perf_counter() - started)
    written = retriever.data.passages - before  # every repeat's passages, or an add was skipped
    # the same steps one at a time, to show where the time goes
    doc = prepare(raw, "bench-add-parts", retriever.settings)
    t = time.perf_counter()
    texts = [
        embedding_text(retriever.settings, context)
        for context in passage_contexts(retriever.settings, doc.meta.title, doc.text, doc.spans)
    ]
    embed_all(retriever.encoder, texts)
    embed_s = time.perf_counter() - t
    from indexer.build import add_documents

    t = time.perf_counter()
    data = add_documents(retriever.data, [doc], retriever.encoder)
    add_s = time.perf_counter() - t
    t = time.perf_counter()
    write_index(target, data)
    write_s = time.perf_counter() - t
    t = time.perf_counter()
    Retriever(target)
    reload_s = time.perf_counter() - t
    shutil.rmtree(target, ignore_errors=True)
    return {
        "index_passages": before,
        "document_passages": passages,
        "passages_written": written,
        "seconds_median": round(statistics.median(totals), 3),
        "runs_s": [round(x, 3) for x in totals],
        "parts_s": {
            "embed": round(embed_s, 3),
            "add_documents_in_memory": round(add_s, 3),
            "write_index": round(write_s, 3),
            "reload_snapshot": round(reload_s, 3),
        },
    }


def load_questions(bench: Path | None, n: int, seed: int = 0) -> list[str]:
    """Real questions: a deterministic sample of cmrc2018 and drcd (simplified); the seed questions
    otherwise."""
    pool: list[str] = []
    if bench is not None:
        for rel in ("cmrc2018/queries.jsonl", "drcd/queries.zh-hans.jsonl"):
            path = bench / rel
            if path.exists():
                with open(path, encoding="utf-8") as handle:
                    pool.extend(json.loads(line)["text"] for line in handle if line.strip())
    if not pool:
        from indexer.settings import PROJECT_ROOT

        path = PROJECT_ROOT / "eval" / "questions.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as handle:
                pool = [json.loads(line)["question"] for line in handle if line.strip()]
    pool = [q for q in pool if normalize(q).strip()] or [
        "哪些地区设立了人才编制周转池?",
        "运城科创城的投资额是多少?",
    ]
    rng = np.random.default_rng(seed)
    picks = (
        rng.choice(len(pool), size=min(n, len(pool)), replace=False) if len(pool) >= n else range(len(pool))
    )
    out = [pool[int(i)] for i in picks]
    while len(out) < n:
        out.extend(out[: n - len(out)])
    return out


def read_passage_count(index_dir: Path) -> int:
    return read_index(index_dir).passages
