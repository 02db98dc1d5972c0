"""The seed question set (eval/questions.jsonl): retrieval, answer, citation and abstention quality of /ask.

Gold labels name documents and answer phrases, never passage ids, so re-chunking cannot break them. A passage
is answer-bearing when it belongs to a gold document and contains a gold phrase (both normalised).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eval.metrics import aggregate, query_metrics
from indexer.normalize import normalize
from indexer.retrieve import MODES, Retriever
from indexer.settings import default_index_dir
from server.answer import _VECTORS, DEFAULT_CONFIG, Composition, compose, to_response
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
            q = Question(str(row["id"]), str(row["question"]), tuple(row["docs"]), tuple(row["answers"]),
                         str(row["kind"]))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: expected a JSON object with id, question, docs, answers, kind ({exc})") from exc
        if q.kind not in KINDS:
            raise ValueError(f"{path}:{n}: kind {q.kind!r} is not one of {', '.join(KINDS)}")
        if q.answerable != bool(q.answers) or (q.kind == "unanswerable") == q.answerable:
            raise ValueError(f"{path}:{n}: an answerable question needs docs and answers; an unanswerable one neither")
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


def retrieval_metrics(retriever: Retriever, questions: Sequence[Question]) -> dict[str, Any]:
    answerable = [q for q in questions if q.answerable]
    relevant_passages = {q.id: answer_passages(retriever, q) for q in answerable}
    out: dict[str, Any] = {}
    for mode in MODES:
        by_doc: dict[str, dict[str, float]] = {}
        by_passage: dict[str, dict[str, float]] = {}
        for q in answerable:
            hits = retriever.search(q.question, RETRIEVE_K, mode)
            by_doc[q.id] = query_metrics([h.doc_id for h in hits], set(q.docs))
            by_passage[q.id] = query_metrics([h.passage_id for h in hits], relevant_passages[q.id])
        out[mode] = {"documents": aggregate(by_doc), "answer_passages": aggregate(by_passage),
                     "misses@5": sorted(q for q, m in by_doc.items() if m["recall@5"] < 1.0)}
    return out


def calibration(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Sweep the abstention threshold over the best sentence scores the run saw.

    Questions the rules already decide (a place or year the documents never mention) are left out: the
    threshold only matters for the rest. The chosen threshold is the middle of the widest gap that keeps
    every answerable question answered while abstaining on as many unanswerable ones as possible.
    """
    scored = [r for r in rows if r["reason"] in ("", "low_score")]
    pos = sorted(r["best"] for r in scored if not r["answerable_gold"])  # should abstain
    neg = sorted(r["best"] for r in scored if r["answerable_gold"])  # should answer
    lowest_answerable = neg[0] if neg else 1.0
    below = [s for s in pos if s < lowest_answerable]
    suggested = round((max(below) + lowest_answerable) / 2, 3) if below else round(lowest_answerable - 0.01, 3)
    sweep = []
    for t in np.round(np.arange(0.30, 0.61, 0.02), 2).tolist():
        tp = sum(s < t for s in pos)
        fn = len(pos) - tp
        fp = sum(s < t for s in neg)
        sweep.append({"threshold": t, "abstain_unanswerable": tp, "answer_unanswerable": fn,
                      "abstain_answerable": fp})
    return {
        "threshold": DEFAULT_CONFIG.threshold,
        "suggested": suggested,
        "lowest_answerable_best": round(lowest_answerable, 4),
        "unanswerable_best": [round(s, 4) for s in pos],
        "sweep": sweep,
    }


def run_seedqa(index_dir: Path, questions: Path = QUESTIONS) -> dict[str, Any]:
    """Evaluate retrieval and /ask on the seed question set; returns a JSON-ready report."""
    qs = load_questions(questions)
    retriever = Retriever(index_dir)
    retriever.warm_up()
    known = {d.doc_id for d in retriever.data.documents}
    unknown = sorted({d for q in qs for d in q.docs} - known)
    if unknown:
        raise ValueError(f"the questions cite documents not in {index_dir}: {unknown}; index seeds/ there first")
    started = time.perf_counter()
    retrieval = retrieval_metrics(retriever, qs)

    rows: list[dict[str, Any]] = []
    cold_ms: list[float] = []
    compose_cold: list[float] = []
    compose_warm: list[float] = []
    for q in qs:
        _VECTORS.clear()  # time each question as if its sentences had never been seen
        comp: Composition = compose(retriever, q.question, ASK_K)
        cold_ms.append(comp.retrieve_ms + comp.compose_ms)
        compose_cold.append(comp.compose_ms)
        compose_warm.append(compose(retriever, q.question, ASK_K).compose_ms)
        response = to_response(comp)
        valid, cited, markers_ok = citation_checks(retriever, response)
        cited_docs = {c.doc_id for c in response.citations}
        rows.append({
            "id": q.id,
            "kind": q.kind,
            "question": q.question,
            "answerable_gold": q.answerable,
            "answerable": response.answerable,
            "reason": comp.reason,
            "best": round(comp.best, 4),
            "correct": bool(q.answerable and response.answerable and contains_answer(response.answer, q.answers)),
            "doc_recall": (len(cited_docs & set(q.docs)) / len(q.docs)) if q.answerable else None,
            "regions": [g.region for g in response.groups],
            "valid_quotes": valid,
            "citations": cited,
            "markers_ok": markers_ok,
            "quote_chars": [len(c.quote) for c in response.citations],
            "answer": response.answer,
            "ms": round(comp.retrieve_ms + comp.compose_ms, 2),
        })

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
        if total_citations else 1.0,
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
        "compose_warm_ms_p50": _percentile(compose_warm, 50),
        "compose_warm_ms_p95": _percentile(compose_warm, 95),
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
        "answers": answers,
        "latency": latency,
        "calibration": calibration(rows),
        "failures": failures,
        "per_question": rows,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _fmt(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def render_markdown(result: dict[str, Any]) -> str:
    a, lat, cal = result["answers"], result["latency"], result["calibration"]
    lines = [
        "# Seed question set",
        "",
        f"{a['questions']} questions ({a['answerable']} answerable, {a['unanswerable']} not) over "
        f"{result['documents']} documents / {result['passages']} passages. Regenerate with "
        "`citeqa eval` (or `python -m eval.seedqa --index DIR`).",
        "",
        "## Retrieval (answerable questions)",
        "",
        "Documents: the gold documents. Answer passages: passages of a gold document that contain a gold phrase "
        "(with five documents, document recall@5 is nearly automatic; the passage level is the informative one).",
        "",
        "| mode | doc R@1 | doc R@5 | doc R@10 | doc MRR@10 | passage R@1 | passage R@5 | passage R@10 | passage MRR@10 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for mode, m in result["retrieval"].items():
        d, p = m["documents"], m["answer_passages"]
        lines.append(
            f"| {mode} | {_fmt(d['recall@1'])} | {_fmt(d['recall@5'])} | {_fmt(d['recall@10'])} | {_fmt(d['mrr@10'])} "
            f"| {_fmt(p['recall@1'])} | {_fmt(p['recall@5'])} | {_fmt(p['recall@10'])} | {_fmt(p['mrr@10'])} |"
        )
    lines += [
        "",
        "## Answers",
        "",
        "| metric | value |",
        "|---|---|",
        f"| answer-phrase accuracy (answerable) | {_fmt(a['answer_accuracy'])} |",
        f"| gold documents cited (answerable) | {_fmt(a['cited_doc_recall'])} |",
        f"| citation validity (quote == text[start:end]) | {_fmt(a['citation_validity'])} ({a['citations']} citations) |",
        f"| answers whose [n] markers match their citations | {_fmt(a['marker_consistency'])} |",
        f"| quote length, median / max (chars) | {a['quote_chars_p50']} / {a['quote_chars_max']} |",
        f"| abstention precision | {_fmt(a['abstention_precision'])} |",
        f"| abstention recall | {_fmt(a['abstention_recall'])} |",
        f"| /ask latency p50 / p95 (ms, cold sentence cache) | {lat['ask_ms_p50']} / {lat['ask_ms_p95']} |",
        f"| composition beyond retrieval p50 / p95 (ms, cold) | {lat['compose_ms_p50']} / {lat['compose_ms_p95']} |",
        f"| composition beyond retrieval p50 / p95 (ms, warm) | {lat['compose_warm_ms_p50']} / "
        f"{lat['compose_warm_ms_p95']} |",
        "",
        "| kind | answerable questions | correct |",
        "|---|---|---|",
    ]
    for kind, k in a["by_kind"].items():
        lines.append(f"| {kind} | {k['questions']} | {k['correct']} |")
    lines += [
        "",
        "## Abstention threshold",
        "",
        f"Threshold in use: {cal['threshold']}; suggested by this run: {cal['suggested']} (midpoint between the "
        f"highest unanswerable score below the lowest answerable best score, {cal['lowest_answerable_best']}). "
        f"Best scores of unanswerable questions not already caught by the place/year rules: "
        f"{', '.join(str(s) for s in cal['unanswerable_best']) or 'none'}.",
        "",
        "| threshold | unanswerable abstained | unanswerable answered | answerable abstained |",
        "|---|---|---|---|",
    ]
    for s in cal["sweep"]:
        lines.append(f"| {s['threshold']:.2f} | {s['abstain_unanswerable']} | {s['answer_unanswerable']} | "
                     f"{s['abstain_answerable']} |")
    lines += ["", "## Failing questions", ""]
    if not result["failures"]:
        lines.append("None.")
    for f in result["failures"]:
        status = "answered" if f["answerable"] else f"abstained ({f['reason']})"
        lines.append(f"- **{f['id']}** ({f['kind']}) {f['question']} — {status}, best {f['best']}: {f['answer']}")
    lines += ["", "## All questions", "", "| id | kind | answerable | correct | best | ms | answer |",
              "|---|---|---|---|---|---|---|"]
    for r in result["per_question"]:
        answer = r["answer"].replace("|", "\\|")
        answer = answer if len(answer) <= 90 else answer[:89] + "…"
        ok = "—" if not r["answerable_gold"] else ("yes" if r["correct"] else "no")
        lines.append(f"| {r['id']} | {r['kind']} | {r['answerable']} | {ok} | {r['best']} | {r['ms']} | {answer} |")
    return "\n".join(lines) + "\n"


def write_report(result: dict[str, Any], out_dir: Path = RESULTS) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / "seedqa.json", out_dir / "seedqa.md"
    json_path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md_path.write_text(render_markdown(result), encoding="utf-8")
    return json_path, md_path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.seedqa", description=__doc__)
    parser.add_argument("--index", type=Path, default=None, help="index of seeds/ (default: $CITEQA_INDEX or ./index)")
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--out", type=Path, default=RESULTS, help="where seedqa.json and seedqa.md go")
    args = parser.parse_args(argv)
    try:
        result = run_seedqa(args.index or default_index_dir(), args.questions)
    except ValueError as exc:
        print(f"seedqa: {exc}", file=sys.stderr)
        return 2
    json_path, md_path = write_report(result, args.out)
    a = result["answers"]
    print(f"answer accuracy {a['answer_accuracy']}, citation validity {a['citation_validity']}, "
          f"abstention P/R {a['abstention_precision']}/{a['abstention_recall']}; wrote {json_path} and {md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
