"""The answer evaluation's report: the markdown of eval/results/answers.md, with the before/after table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from indexer.settings import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "eval" / "results"
MAX_ANSWER_CHARS = 250  # a reader wants a short answer: longer ones do not count as hits
# The run before e5-small and this answer code (USE encoder, first 500 questions of each set), kept for the
# before/after table.
BEFORE = RESULTS / "answers-use.json"


def _first(outcomes: Sequence[Sequence[Any]], n: int) -> tuple[float, int]:
    """Answer hit over the first ``n`` questions of a per-question list ([qid, hit, answered, chars])."""
    head = outcomes[:n]
    return round(sum(bool(o[1]) for o in head) / max(1, len(head)), 4), len(head)


def before_after(report: dict[str, Any], before: dict[str, Any]) -> list[str]:
    """Rows comparing the run before (its sets and question count) with this one on the same questions, and
    on all of this run's questions."""
    then = {s["set"]: s for s in before.get("sets", [])}
    lines = [
        "",
        "## Before and after",
        "",
        "Before: the previous answer code with the USE encoder (eval/results/answers-use.json). After: this "
        "run, on the same first questions and on all of its questions; the naive baseline beside each.",
        "",
        "| set | before | after, same questions | naive, same questions | after, all | naive, all |",
        "|---|---|---|---|---|---|",
    ]
    for result in report.get("sets", []):
        old = then.get(result["set"])
        per = result.get("per_question", {})
        if old is None or "citeqa" not in per or "naive baseline" not in per:
            continue
        n = old["questions"]
        hit, same = _first(per["citeqa"], n)
        naive, _ = _first(per["naive baseline"], n)
        now, base = result["runs"]["citeqa"], result["runs"]["naive baseline"]
        lines.append(
            f"| {result['set']} | {old['runs']['citeqa']['answer_hit']:.3f} ({n}) | **{hit:.3f}** ({same}) | "
            f"{naive:.3f} | **{now['answer_hit']:.3f}** ({result['questions']}) | {base['answer_hit']:.3f} |"
        )
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Answer quality",
        "",
        "Regenerate with `citeqa eval --answers` (`python -m eval.answers`). A hit: the answer without its "
        f"[n] markers is at most {MAX_ANSWER_CHARS} characters and contains a gold answer string. Naive "
        "baseline: the sentence of the top BM25 passage sharing most characters and character pairs with "
        "the question, measured in the same run.",
        "",
        "| set | questions | run | answer hit | cites gold passage | median chars | declined |",
        "|---|---|---|---|---|---|---|",
    ]
    for result in report.get("sets", []):
        for label, r in result["runs"].items():
            cites = "—" if r["cites_gold_passage"] is None else f"{r['cites_gold_passage']:.3f}"
            lines.append(
                f"| {result['set']} | {result['questions']} | {label} | {r['answer_hit']:.3f} | {cites} | "
                f"{r['median_chars']} | {r['declined']:.3f} |"
            )
    if BEFORE.exists():
        lines += before_after(report, json.loads(BEFORE.read_text(encoding="utf-8")))
    if "abstention" in report:
        a = report["abstention"]
        lines += [
            "",
            "## Abstention on questions from elsewhere",
            "",
            f"Bench questions asked against the seeds index ({a['index']}), where none is answerable.",
            "",
            "| questions from | asked | declined |",
            "|---|---|---|",
        ]
        for spec, s in a["sets"].items():
            lines.append(f"| {spec} | {s['questions']} | {s['declined']:.4f} |")
        lines.append(f"| all | {a['questions']} | {a['declined']:.4f} |")
    return "\n".join(lines) + "\n"
