"""The seed question set's report: seedqa.md (and seedqa-heldout.md's writer) from a run's result, which
eval/seedqa.py computes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.report import RESULTS


def _fmt(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def _row(*cells: Any) -> str:
    return "| " + " | ".join(_fmt(c) for c in cells) + " |"


def _pair(d: dict[str, Any], name: str) -> str:
    return f"{d[name + '_p50']} / {d[name + '_p95']}"


def render_markdown(result: dict[str, Any]) -> str:
    a, lat, cal = result["answers"], result["latency"], result["calibration"]
    ranking = ("success@1", "recall@1", "recall@5", "mrr@10")
    lines = [
        "# Seed question set",
        "",
        f"{a['questions']} questions ({a['answerable']} answerable, {a['unanswerable']} not) over "
        f"{result['documents']} documents / {result['passages']} passages. Regenerate with "
        "`citeqa eval` (or `python -m eval.seedqa --index DIR`).",
        "",
        "## Retrieval (answerable questions)",
        "",
        "Documents: the gold documents. Answer passages: passages of a gold document that contain a gold "
        "phrase (with five documents, document recall@5 is nearly automatic; passages are the informative "
        "level).",
        "",
        _row("mode", *(f"doc {m}" for m in ranking), *(f"passage {m}" for m in ranking)),
        "|---" * 9 + "|",
    ]
    # "reference": plain char uni+bigram BM25 over the same passages (eval/reference.py)
    for mode, m in result["retrieval"].items():
        d, p = m["documents"], m["answer_passages"]
        lines.append(_row(mode, *(d[x] for x in ranking), *(p[x] for x in ranking)))
    lines += [
        "",
        "## Answers",
        "",
        "| metric | value |",
        "|---|---|",
        _row("answer-phrase accuracy (answerable)", a["answer_accuracy"]),
        _row("gold documents cited (answerable)", a["cited_doc_recall"]),
        _row(
            "citation validity (quote == text[start:end])",
            f"{a['citation_validity']:.3f} ({a['citations']} citations)",
        ),
        _row("answers whose [n] markers match their citations", a["marker_consistency"]),
        _row("quote length, median / max (chars)", f"{a['quote_chars_p50']} / {a['quote_chars_max']}"),
        _row("abstention precision", a["abstention_precision"]),
        _row("abstention recall", a["abstention_recall"]),
        _row("/ask latency p50 / p95 (ms, cold sentence cache)", _pair(lat, "ask_ms")),
        _row("composition beyond retrieval p50 / p95 (ms, cold)", _pair(lat, "compose_ms")),
        _row("composition beyond retrieval, CPU time p50 / p95 (ms, cold)", _pair(lat, "compose_cpu_ms")),
        _row("composition beyond retrieval p50 / p95 (ms, warm)", _pair(lat, "compose_warm_ms")),
        _row(
            "machine load (1-minute average) / cores during the run",
            f"{lat['load_average_1m']} / {lat['cores']}",
        ),
        "",
        "| kind | answerable questions | correct |",
        "|---|---|---|",
    ]
    for kind, k in a["by_kind"].items():
        lines.append(_row(kind, k["questions"], k["correct"]))
    loo = cal["leave_one_out_errors"]
    lines += [
        "",
        "## Abstention threshold",
        "",
        f"Threshold in use: {cal['threshold']}. Only questions that reach the threshold count here (the "
        "place/year rules decide the others). The fewest-errors threshold, in the middle of the widest gap, "
        f"would be {cal['suggested']} for this run. Highest unanswerable score "
        f"{cal['highest_unanswerable_best']}, lowest answerable score {cal['lowest_answerable_best']}. "
        "Leave-one-out (each question decided by the threshold fitted to the others): "
        f"{len(loo)} of {cal['leave_one_out_questions']} wrong ({', '.join(loo) or 'none'}).",
        "",
        "| threshold | unanswerable abstained | unanswerable answered | answerable abstained |",
        "|---|---|---|---|",
    ]
    for s in cal["sweep"]:
        lines.append(
            _row(
                f"{s['threshold']:.2f}",
                s["abstain_unanswerable"],
                s["answer_unanswerable"],
                s["abstain_answerable"],
            )
        )
    lines += ["", "## Failing questions", ""]
    if not result["failures"]:
        lines.append("None.")
    for f in result["failures"]:
        status = "answered" if f["answerable"] else f"abstained ({f['reason']})"
        lines.append(
            f"- **{f['id']}** ({f['kind']}) {f['question']} — {status}, best {f['best']}: {f['answer']}"
        )
    lines += [
        "",
        "## All questions",
        "",
        _row("id", "kind", "answerable", "correct", "best", "ms", "answer"),
        "|---" * 7 + "|",
    ]
    for r in result["per_question"]:
        answer = r["answer"].replace("|", "\\|")
        answer = answer if len(answer) <= 90 else answer[:89] + "…"
        ok = "—" if not r["answerable_gold"] else ("yes" if r["correct"] else "no")
        lines.append(_row(r["id"], r["kind"], r["answerable"], ok, r["best"], r["ms"], answer))
    return "\n".join(lines) + "\n"


def write_report(
    result: dict[str, Any],
    out_dir: Path = RESULTS,
    name: str = "seedqa",
    render: Callable[[dict[str, Any]], str] = render_markdown,
) -> tuple[Path, Path]:
    """``name``.json and ``name``.md (``render``-ed) of a question-set run, in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / f"{name}.json", out_dir / f"{name}.md"
    json_path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md_path.write_text(render(result), encoding="utf-8")
    return json_path, md_path
