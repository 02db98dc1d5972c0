"""Held-out-style seed questions (eval/questions_heldout.jsonl): /ask judged as the held-out policy set is.

The questions were written after the answer code, in the words of users who did not copy the documents
(paraphrases, informal wording, amounts, conditions, who is eligible, which regions), and are used only for
reporting — never to choose a setting. A hit is the held-out judge's: the answer, citation markers removed,
is at most 250 characters and contains a gold answer string. Beside it, in the same run, the naive baseline
of eval/answers.py (the best-overlap sentence of the top BM25 passage).

    python -m eval.heldout [--index DIR] [--out eval/results]
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.answers import is_hit, naive_answer, strip_markers
from eval.seedqa import Question, load_questions, question_set_args
from eval.seedqa_report import write_report
from indexer.retrieve import Retriever
from indexer.settings import default_index_dir
from server.answer import DEFAULT_CONFIG, AnswerConfig, compose, to_response

HELDOUT = Path(__file__).resolve().parent / "questions_heldout.jsonl"
ASK_K = 5


def _summary(rows: Sequence[dict[str, Any]], key: str) -> dict[str, Any]:
    n = max(1, len(rows))
    answered = [len(r[f"{key}_answer"]) for r in rows if r[f"{key}_answered"]]
    return {
        "answer_hit": round(sum(r[f"{key}_hit"] for r in rows) / n, 4),
        "declined": round(sum(not r[f"{key}_answered"] for r in rows) / n, 4),
        "cites_gold_document": round(sum(r[f"{key}_cites_gold"] for r in rows) / n, 4),
        "median_chars": statistics.median(answered) if answered else 0,
        "over_250": sum(n > 250 for n in answered),
    }


def run_heldout(
    index_dir: Path, questions: Path = HELDOUT, config: AnswerConfig = DEFAULT_CONFIG
) -> dict[str, Any]:
    qs: list[Question] = [q for q in load_questions(questions) if q.answerable]
    retriever = Retriever(index_dir)
    retriever.warm_up()
    known = {d.doc_id for d in retriever.data.documents}
    unknown = sorted({d for q in qs for d in q.docs} - known)
    if unknown:
        raise ValueError(f"the questions cite documents not in {index_dir}: {unknown}; index seeds/ there")
    rows: list[dict[str, Any]] = []
    for q in qs:
        response = to_response(compose(retriever, q.question, ASK_K, config))
        answer = strip_markers(response.answer) if response.answerable else ""
        top = retriever.search(q.question, 1, "bm25")
        naive = naive_answer(retriever, q.question)
        rows.append(
            {
                "id": q.id,
                "kind": q.kind,
                "question": q.question,
                "citeqa_answered": response.answerable,
                "citeqa_hit": response.answerable and is_hit(response.answer, q.answers),
                "citeqa_cites_gold": any(c.doc_id in q.docs for c in response.citations),
                "citeqa_answer": answer,
                "naive_answered": bool(naive),
                "naive_hit": bool(naive) and is_hit(naive, q.answers),
                "naive_cites_gold": bool(top) and top[0].doc_id in q.docs,
                "naive_answer": naive,
            }
        )
    return {
        "index": str(index_dir),
        "questions_file": questions.name,
        "questions": len(rows),
        "citeqa": _summary(rows, "citeqa"),
        "naive baseline": _summary(rows, "naive"),
        "by_kind": {
            kind: {
                "questions": len(group),
                "citeqa": sum(r["citeqa_hit"] for r in group),
                "naive baseline": sum(r["naive_hit"] for r in group),
            }
            for kind in sorted({r["kind"] for r in rows})
            if (group := [r for r in rows if r["kind"] == kind])
        },
        "per_question": rows,
    }


def render_markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Held-out-style seed questions",
        "",
        f"{result['questions']} answerable questions ({result['questions_file']}) over the seeds index, "
        "written in users' own words and used only for reporting. Hit: the answer without citation markers "
        "is at most 250 characters and contains a gold answer string. Regenerate with "
        "`python -m eval.heldout`.",
        "",
        "| | answer hit | declined | cites a gold document | median chars | answers over 250 |",
        "|---|---|---|---|---|---|",
    ]
    for label in ("citeqa", "naive baseline"):
        s = result[label]
        lines.append(
            f"| {label} | {s['answer_hit']:.3f} | {s['declined']:.3f} | {s['cites_gold_document']:.3f} "
            f"| {s['median_chars']} | {s['over_250']} |"
        )
    lines += ["", "| kind | questions | citeqa hits | naive hits |", "|---|---|---|---|"]
    for kind, k in result["by_kind"].items():
        lines.append(f"| {kind} | {k['questions']} | {k['citeqa']} | {k['naive baseline']} |")
    lines += ["", "## Questions citeqa misses", ""]
    misses = [r for r in result["per_question"] if not r["citeqa_hit"]]
    for r in misses:
        answer = r["citeqa_answer"] or "(declined)"
        lines.append(f"- **{r['id']}** ({r['kind']}) {r['question']} — {answer}")
    if not misses:
        lines.append("None.")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = question_set_args("python -m eval.heldout", __doc__, HELDOUT, "seedqa-heldout", argv)
    try:
        result = run_heldout(args.index or default_index_dir(), args.questions)
    except ValueError as exc:
        print(f"heldout: {exc}", file=sys.stderr)
        return 2
    _, md_path = write_report(result, args.out, "seedqa-heldout", render_markdown)
    sys.stdout.write(md_path.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
