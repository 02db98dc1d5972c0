"""The seed question set (eval/questions.jsonl): retrieval, answer, citation and abstention quality of /ask.

Gold labels name documents and answer phrases, never passage ids, so re-chunking cannot break them. A passage
is answer-bearing when it belongs to a gold document and contains a gold phrase (both normalised).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np

from eval.metrics import aggregate, query_metrics
from eval.seedqa_report import write_report
from indexer.fuse import FusionConfig
from indexer.normalize import normalize
from indexer.retrieve import MODES, Retriever
from indexer.searcher import Filters, Hit
from indexer.settings import default_index_dir
from server.answer import VECTORS, Composition, compose, to_response
from server.answer.calibration import FALLBACK_THRESHOLD, threshold_for
from server.schemas import AskResponse

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
RESULTS = Path(__file__).resolve().parent / "results"
KINDS = ("number", "paraphrase", "traditional", "multi_region", "unanswerable", "fact")
RETRIEVE_K = 20  # passages fetched per question for the ranking metrics (documents are de-duplicated)
ASK_K = 5  # what /ask uses by default
_MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    docs: tuple[str, ...]  # empty: the seeds do not answer it
    answers: tuple[str, ...]  # any one must appear in the answer
    kind: str

    @property
    def answerable(self) -> bool:
        return bool(self.docs)


def load_questions(path: Path) -> list[Question]:
    """Read and check a question file; every problem names its line."""
    out: list[Question] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            q = Question(
                str(row["id"]),
                str(row["question"]),
                tuple(row["docs"]),
                tuple(row["answers"]),
                str(row["kind"]),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(
                f"{path}:{n}: expected a JSON object with id, question, docs, answers, kind ({exc})"
            ) from exc
        if q.kind not in KINDS:
            raise ValueError(f"{path}:{n}: kind {q.kind!r} is not one of {', '.join(KINDS)}")
        if q.answerable != bool(q.answers) or (q.kind == "unanswerable") == q.answerable:
            raise ValueError(
                f"{path}:{n}: an answerable question needs docs and answers; an unanswerable one neither"
            )
        if q.id in seen:
            raise ValueError(f"{path}:{n}: duplicate id {q.id!r}")
        seen.add(q.id)
        out.append(q)
    if not out:
        raise ValueError(f"{path} holds no questions")
    return out


def contains_answer(answer: str, phrases: Sequence[str]) -> bool:
    norm = normalize(answer)
    return any(normalize(p) in norm for p in phrases)


def answer_passages(retriever: Retriever, q: Question) -> set[str]:
    """Passage ids of the gold documents that contain a gold phrase (the answer-bearing passages)."""
    data = retriever.data
    phrases = [normalize(p) for p in q.answers]
    out = set()
    for row in range(data.passages):
        doc = data.documents[int(data.doc_rows[row])].doc_id
        if doc in q.docs and any(p in normalize(data.passage_text(row)) for p in phrases):
            out.add(data.passage_id(row))
    return out


def citation_checks(retriever: Retriever, response: AskResponse) -> tuple[int, int, bool]:
    """(valid quotes, citations, markers consistent): every quote a true slice, every [n] backed and used."""
    valid = 0
    for c in response.citations:
        found = retriever.document(c.doc_id)
        if found is not None and found[1][c.start : c.end] == c.quote:
            valid += 1
    markers = {int(m) for m in _MARKER.findall(response.answer)}
    numbers = {c.n for c in response.citations}
    return valid, len(response.citations), markers == numbers


def _percentile(values: Sequence[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2) if values else 0.0


class FusedRetriever:
    """``retriever`` whose searches use ``fusion`` unless a call names its own: `citeqa eval --fusion` on the
    seed question set, so that /ask's answers are composed over the same hybrid ranking the rows measure."""

    def __init__(self, retriever: Retriever, fusion: FusionConfig) -> None:
        self._inner = retriever
        self._fusion = fusion

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def search(
        self,
        query: Any,
        k: int = 5,
        mode: str = "hybrid",
        filters: Filters | None = None,
        fusion: FusionConfig | None = None,
    ) -> list[Hit]:
        return self._inner.search(query, k, mode, filters, fusion or self._fusion)


def retrieval_metrics(
    retriever: Retriever, questions: Sequence[Question], modes: Sequence[str] = MODES
) -> dict[str, Any]:
    answerable = [q for q in questions if q.answerable]
    relevant_passages = {q.id: answer_passages(retriever, q) for q in answerable}
    out: dict[str, Any] = {}
    for mode in modes:
        by_doc: dict[str, dict[str, float]] = {}
        by_passage: dict[str, dict[str, float]] = {}
        for q in answerable:
            hits = retriever.search(q.question, RETRIEVE_K, mode)
            by_doc[q.id] = query_metrics([h.doc_id for h in hits], set(q.docs))
            by_passage[q.id] = query_metrics([h.passage_id for h in hits], relevant_passages[q.id])
        out[mode] = {
            "documents": aggregate(by_doc),
            "answer_passages": aggregate(by_passage),
            "misses@5": sorted(q for q, m in by_doc.items() if m["recall@5"] < 1.0),
        }
    out["reference"] = reference_metrics(retriever, answerable, relevant_passages)
    return out


def reference_metrics(
    retriever: Retriever, answerable: Sequence[Question], relevant_passages: dict[str, set[str]]
) -> dict[str, Any]:
    """The reference row (eval/reference.py) over the index's own passages: title + passage text."""
    from eval.reference import PARAMS, TOKENS
    from indexer.segment import tokenize
    from indexer.sparse import BM25, top_k

    data = retriever.data
    rows = range(data.passages)
    titles = [data.documents[int(data.doc_rows[r])].title or "" for r in rows]
    bm25 = BM25.from_tokens([tokenize(f"{titles[r]}\n{data.passage_text(r)}", TOKENS) for r in rows], PARAMS)
    by_doc: dict[str, dict[str, float]] = {}
    by_passage: dict[str, dict[str, float]] = {}
    for q in answerable:
        top, _ = top_k(bm25.scores(tokenize(q.question, TOKENS)), RETRIEVE_K)
        by_doc[q.id] = query_metrics(
            [data.passage_id(r).rpartition(":")[0] for r in top.tolist()], set(q.docs)
        )
        by_passage[q.id] = query_metrics([data.passage_id(r) for r in top.tolist()], relevant_passages[q.id])
    return {
        "documents": aggregate(by_doc),
        "answer_passages": aggregate(by_passage),
        "misses@5": sorted(q for q, m in by_doc.items() if m["recall@5"] < 1.0),
    }


def separating_threshold(abstain: Sequence[float], answer: Sequence[float]) -> float:
    """The threshold with the fewest errors (an ``abstain`` score at or above it, an ``answer`` score below
    it), taken in the middle of the widest such gap between neighbouring scores."""
    scores = sorted(set(abstain) | set(answer))
    if not scores:
        return FALLBACK_THRESHOLD
    cuts = [(scores[0] - 0.02, scores[0]), *itertools.pairwise(scores), (scores[-1], scores[-1] + 0.02)]
    best: tuple[int, float, float] | None = None
    for lo, hi in cuts:
        t = (lo + hi) / 2
        errors = sum(s >= t for s in abstain) + sum(s < t for s in answer)
        key = (errors, -(hi - lo), t)
        if best is None or key < best:
            best = key
    assert best is not None
    return round(best[2], 3)


def calibration(rows: Sequence[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """How the abstention threshold was chosen, and how well that choice generalises on this set.

    Questions the rules already decide (a place or year the documents never mention, or no passage about the
    place asked for) are left out: the threshold only matters for the rest. Leave-one-out: each question is
    decided by the threshold chosen from all the others, an honest estimate for a set this small.
    """
    scored = [r for r in rows if r["reason"] in ("", "low_score")]
    abstain = [r["best"] for r in scored if not r["answerable_gold"]]
    answer = [r["best"] for r in scored if r["answerable_gold"]]
    loo_errors = []
    for i, r in enumerate(scored):
        rest = scored[:i] + scored[i + 1 :]
        t = separating_threshold(
            [x["best"] for x in rest if not x["answerable_gold"]],
            [x["best"] for x in rest if x["answerable_gold"]],
        )
        if (r["best"] >= t) != r["answerable_gold"]:
            loo_errors.append(r["id"])
    sweep = []
    for t in np.round(np.arange(threshold - 0.1, threshold + 0.11, 0.02), 2).tolist():
        sweep.append(
            {
                "threshold": t,
                "abstain_unanswerable": sum(s < t for s in abstain),
                "answer_unanswerable": sum(s >= t for s in abstain),
                "abstain_answerable": sum(s < t for s in answer),
            }
        )
    return {
        "threshold": threshold,
        "suggested": separating_threshold(abstain, answer),
        "highest_unanswerable_best": round(max(abstain, default=0.0), 4),
        "lowest_answerable_best": round(min(answer, default=1.0), 4),
        "unanswerable_best": sorted(round(s, 4) for s in abstain),
        "leave_one_out_errors": loo_errors,
        "leave_one_out_questions": len(scored),
        "sweep": sweep,
    }


def run_seedqa(
    index_dir: Path,
    questions: Path = QUESTIONS,
    retriever: Retriever | None = None,
    modes: Sequence[str] = MODES,
    fusion: FusionConfig | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """Evaluate retrieval and /ask on the seed question set (over ``retriever`` when given, e.g. a Milvus one;
    else the index at ``index_dir``); returns a JSON-ready report. ``modes`` are the retrieval rows (the
    reference row is always added), ``fusion`` overrides the index's hybrid fusion for the rows and for /ask,
    and ``limit`` keeps the first questions of the file."""
    qs = load_questions(questions)
    if limit is not None:
        qs = qs[:limit]
    retriever = retriever or Retriever(index_dir)
    retriever.warm_up()
    if fusion is not None:
        retriever = cast(Retriever, FusedRetriever(retriever, fusion))
    known = {d.doc_id for d in retriever.data.documents}
    unknown = sorted({d for q in qs for d in q.docs} - known)
    if unknown:
        raise ValueError(
            f"the questions cite documents not in {index_dir}: {unknown}; index seeds/ there first"
        )
    started = time.perf_counter()
    retrieval = retrieval_metrics(retriever, qs, modes)

    rows: list[dict[str, Any]] = []
    cold_ms: list[float] = []
    compose_cold: list[float] = []
    compose_warm: list[float] = []
    compose_cpu: list[float] = []
    for q in qs:
        VECTORS.clear()  # time each question as if its sentences had never been seen
        comp: Composition = compose(retriever, q.question, ASK_K)
        cold_ms.append(comp.retrieve_ms + comp.compose_ms)
        compose_cold.append(comp.compose_ms)
        compose_cpu.append(comp.compose_cpu_ms)
        compose_warm.append(compose(retriever, q.question, ASK_K).compose_ms)
        response = to_response(comp)
        valid, cited, markers_ok = citation_checks(retriever, response)
        cited_docs = {c.doc_id for c in response.citations}
        rows.append(
            {
                "id": q.id,
                "kind": q.kind,
                "question": q.question,
                "answerable_gold": q.answerable,
                "answerable": response.answerable,
                "reason": comp.reason,
                "best": round(comp.best, 4),
                "correct": bool(
                    q.answerable and response.answerable and contains_answer(response.answer, q.answers)
                ),
                "doc_recall": (len(cited_docs & set(q.docs)) / len(q.docs)) if q.answerable else None,
                "regions": [g.region for g in response.groups],
                "valid_quotes": valid,
                "citations": cited,
                "markers_ok": markers_ok,
                "quote_chars": [len(c.quote) for c in response.citations],
                "answer": response.answer,
                "ms": round(comp.retrieve_ms + comp.compose_ms, 2),
            }
        )

    answerable = [r for r in rows if r["answerable_gold"]]
    unanswerable = [r for r in rows if not r["answerable_gold"]]
    abstained = [r for r in rows if not r["answerable"]]
    tp = sum(1 for r in abstained if not r["answerable_gold"])
    total_citations = sum(r["citations"] for r in rows)
    by_kind = {
        kind: {"questions": len(group), "correct": sum(r["correct"] for r in group)}
        for kind in KINDS
        if (group := [r for r in rows if r["kind"] == kind and r["answerable_gold"]])
    }
    quote_chars = [n for r in rows for n in r["quote_chars"]]
    answers = {
        "questions": len(rows),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "answer_accuracy": round(sum(r["correct"] for r in answerable) / max(1, len(answerable)), 4),
        "cited_doc_recall": round(sum(r["doc_recall"] for r in answerable) / max(1, len(answerable)), 4),
        "by_kind": by_kind,
        "citation_validity": round(sum(r["valid_quotes"] for r in rows) / total_citations, 4)
        if total_citations
        else 1.0,
        "marker_consistency": round(sum(r["markers_ok"] for r in rows) / len(rows), 4),
        "citations": total_citations,
        "quote_chars_p50": _percentile(quote_chars, 50),
        "quote_chars_max": max(quote_chars, default=0),
        "abstention_precision": round(tp / len(abstained), 4) if abstained else 1.0,
        "abstention_recall": round(tp / len(unanswerable), 4) if unanswerable else 1.0,
    }
    latency = {
        "ask_ms_p50": _percentile(cold_ms, 50),
        "ask_ms_p95": _percentile(cold_ms, 95),
        "compose_ms_p50": _percentile(compose_cold, 50),
        "compose_ms_p95": _percentile(compose_cold, 95),
        "compose_cpu_ms_p50": _percentile(compose_cpu, 50),
        "compose_cpu_ms_p95": _percentile(compose_cpu, 95),
        "compose_warm_ms_p50": _percentile(compose_warm, 50),
        "compose_warm_ms_p95": _percentile(compose_warm, 95),
        # other work on the machine inflates every wall time: record how busy it was
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cores": os.cpu_count(),
    }
    failures = [
        {k: r[k] for k in ("id", "kind", "question", "answerable", "reason", "best", "answer")}
        for r in rows
        if (r["answerable_gold"] and not r["correct"]) or (not r["answerable_gold"] and r["answerable"])
    ]
    return {
        "index": str(index_dir),
        "questions_file": str(questions),
        "documents": len(retriever.data.documents),
        "passages": retriever.data.passages,
        "retrieval": retrieval,
        # The shape `citeqa eval` prints for a BEIR set: per mode, document-level ranking metrics.
        "queries": sum(q.answerable for q in qs),
        "modes": {mode: m["documents"] for mode, m in retrieval.items()},
        "fusion": (fusion or retriever.settings.fusion).to_dict(),
        "answers": answers,
        "latency": latency,
        "calibration": calibration(rows, threshold_for(retriever.settings.model)),
        "failures": failures,
        "per_question": rows,
        "seconds": round(time.perf_counter() - started, 2),
    }


def question_set_args(
    prog: str, doc: str | None, questions: Path, name: str, argv: Sequence[str] | None
) -> argparse.Namespace:
    """The arguments of a run over a seed question set (eval.seedqa, eval.heldout): the index, the
    questions, and where ``name``.json and ``name``.md go."""
    parser = argparse.ArgumentParser(prog=prog, description=doc)
    parser.add_argument(
        "--index", type=Path, default=None, help="index of seeds/ (default: $CITEQA_INDEX or ./index)"
    )
    parser.add_argument("--questions", type=Path, default=questions)
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"where {name}.json and {name}.md go")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = question_set_args("python -m eval.seedqa", __doc__, QUESTIONS, "seedqa", argv)
    try:
        result = run_seedqa(args.index or default_index_dir(), args.questions)
    except ValueError as exc:
        print(f"seedqa: {exc}", file=sys.stderr)
        return 2
    json_path, md_path = write_report(result, args.out)
    a = result["answers"]
    print(
        f"answer accuracy {a['answer_accuracy']}, citation validity {a['citation_validity']}, "
        f"abstention P/R {a['abstention_precision']}/{a['abstention_recall']}; "
        f"wrote {json_path} and {md_path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
