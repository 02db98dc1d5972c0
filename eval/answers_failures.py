"""Where citeqa's answers miss (`python -m eval.answers_failures`): the questions the naive baseline hits and
citeqa misses, and those both miss although citeqa cites a gold passage, each put in one cause category.

Categories, in the order they are tested:
- declined: /ask declined an answerable question;
- too_long: the answer holds a gold string but is over 250 characters;
- wrong_passage: no citation is of a gold passage;
- trimmed: a cited quote was cut from a sentence that holds the gold string (clause trimming dropped it);
- wrong_sentence: the gold passage is cited, but the gold string lies in another of its sentences;
- gold_elsewhere: the gold passage is cited and none of its retrieved text holds the gold string as given.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.answers import (
    ASK_K,
    BENCH,
    is_hit,
    load_answers,
    naive_answer,
    open_set,
    split_spec,
    strip_markers,
)
from eval.answers_report import MAX_ANSWER_CHARS
from indexer.normalize import normalize
from server.answer import DEFAULT_CONFIG, compose, to_response

CATEGORIES = ("declined", "too_long", "wrong_passage", "trimmed", "wrong_sentence", "gold_elsewhere")


def _holds(text: str, golds: Sequence[str]) -> bool:
    norm = normalize(text)
    return any(g.strip() and normalize(g.strip()) in norm for g in golds)


def categorise(comp: Any, golds: Sequence[str], relevant: set[str]) -> str:
    """The cause of one miss (see the module docstring)."""
    if not comp.answerable:
        return "declined"
    answer = strip_markers(comp.answer)
    if len(answer) > MAX_ANSWER_CHARS and _holds(answer, golds):
        return "too_long"
    cited = [c for c in comp.claims if c.unit.hit.doc_id in relevant]
    if not cited:
        return "wrong_passage"
    if any(_holds(c.unit.sentence, golds) for c in cited):
        return "trimmed"
    if any(_holds(c.unit.hit.text, golds) for c in cited):
        return "wrong_sentence"
    return "gold_elsewhere"


def analyse_set(spec: str, limit: int, bench: Path = BENCH) -> dict[str, Any]:
    folder, _ = split_spec(spec)
    golds = load_answers(bench / folder)
    dataset, retriever, qids, inner = open_set(bench, spec, limit)
    qids = [q for q in qids if golds.get(q)]
    rows: list[dict[str, Any]] = []
    for q in qids:
        question = dataset.queries[q][:1000]
        comp = compose(retriever, question, ASK_K, DEFAULT_CONFIG)
        answer = to_response(comp).answer if comp.answerable else ""
        hit = comp.answerable and is_hit(answer, golds[q])
        naive = naive_answer(retriever, question)
        naive_hit = is_hit(naive, golds[q])
        cites_gold = any(c.unit.hit.doc_id in dataset.qrels[q] for c in comp.claims)
        if hit or not (naive_hit or cites_gold):
            continue
        rows.append(
            {
                "qid": q,
                "group": "naive hits, citeqa misses" if naive_hit else "both miss, gold cited",
                "cause": categorise(comp, golds[q], dataset.qrels[q]),
                "slot": comp.analysed.slot if comp.analysed else "",
                "question": question,
                "gold": golds[q][:2],
                "answer": strip_markers(answer),
                "naive": naive,
            }
        )
    inner.save()
    return {"set": spec, "questions": len(qids), "rows": rows}


def render(results: Sequence[dict[str, Any]], examples: int = 6) -> str:
    out = [
        "# Where the answers miss",
        "",
        "Regenerate with `python -m eval.answers_failures` (same questions as eval/results/answers.md). "
        "Rows: the questions where the naive baseline hits and citeqa misses, and where both miss although "
        "citeqa cites a gold passage; each in the first cause that applies (see eval/answers_failures.py).",
        "",
        "| set | questions | group | " + " | ".join(CATEGORIES) + " | total |",
        "|---|---|---|" + "---|" * (len(CATEGORIES) + 1),
    ]
    for res in results:
        for group in ("naive hits, citeqa misses", "both miss, gold cited"):
            rows = [r for r in res["rows"] if r["group"] == group]
            counts = Counter(r["cause"] for r in rows)
            cells = " | ".join(str(counts.get(c, 0)) for c in CATEGORIES)
            out.append(f"| {res['set']} | {res['questions']} | {group} | {cells} | {len(rows)} |")
    out += ["", "By the slot the question asks for (all rows of all sets):", ""]
    slots = Counter((r["slot"] or "other", r["cause"]) for res in results for r in res["rows"])
    names = sorted({s for s, _ in slots})
    out.append("| slot | " + " | ".join(CATEGORIES) + " |")
    out.append("|---|" + "---|" * len(CATEGORIES))
    for s in names:
        out.append(f"| {s} | " + " | ".join(str(slots.get((s, c), 0)) for c in CATEGORIES) + " |")
    out += ["", "## Examples", ""]
    for res in results:
        for cause in CATEGORIES:
            rows = [r for r in res["rows"] if r["cause"] == cause][:examples]
            if not rows:
                continue
            out.append(f"### {res['set']}: {cause}")
            out.append("")
            for r in rows:
                out.append(
                    f"- {r['question']} — gold 「{r['gold'][0]}」; citeqa: {r['answer'][:120]}; naive: "
                    f"{r['naive'][:80]}"
                )
            out.append("")
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.answers_failures", description=__doc__)
    parser.add_argument("--sets", default="cmrc2018,drcd")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=None, help="write answers-failures.md/.json here")
    args = parser.parse_args(argv)
    results = [analyse_set(s, args.limit) for s in args.sets.split(",") if s]
    md = render(results)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "answers-failures.md").write_text(md, encoding="utf-8")
        body = json.dumps(results, ensure_ascii=False, indent=1) + "\n"
        (args.out / "answers-failures.json").write_text(body, encoding="utf-8")
    sys.stdout.write(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
