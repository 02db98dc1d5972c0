"""Real questions asked over their own corpus: how often /ask declines what it could answer
(`python -m eval.own_domain`).

The abstention cuts are derived from questions the seeds cannot answer (eval/calibrate.py). This measures
the other side on questions nobody here wrote: stard's legal questions from the public, asked against an
index of the statute articles they were written about (every one answerable there — qrels name its
articles). stard has no answer strings, so an answer is judged by what it cites: a gold article or not.

Per question, once with no cut (eval.calibrate.score_rows: best support, rule, best cosine) and once as
/ask answers it: answered, cites a gold article, a gold article among the passages retrieved for the
answer. From the rows, the same shares under the cuts of every BENCH_DECLINED share the calibration sweep
considers (eval/results/calibration.json), so the trade-off against out-of-corpus questions is in one table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.answers import ASK_K, BENCH, RESULTS, open_set
from eval.calibrate import score_rows
from eval.cuts import Cuts, Row, declines
from server.answer import DEFAULT_CONFIG, compose, to_response
from server.answer.calibration import claim_threshold_for, meaning_threshold_for, threshold_for

SETS = ("stard",)


@dataclass(frozen=True)
class Asked:
    qid: str
    row: Row
    answered: bool
    cites_gold: bool
    first_gold: bool  # the answer's first citation is a gold article
    gold_retrieved: bool
    gold_first: bool


def ask_all(spec: str, bench: Path, limit: int | None) -> tuple[list[Asked], str, float]:
    dataset, retriever, qids, inner = open_set(bench, spec, limit)
    started = time.perf_counter()
    out = []
    for q in qids:
        question = dataset.queries[q][:1000]
        relevant = dataset.qrels.get(q, set())
        row = score_rows(retriever, [question])[0]
        comp = compose(retriever, question, ASK_K, DEFAULT_CONFIG)
        response = to_response(comp)
        hit_docs = [h.doc_id for h in comp.hits]
        out.append(
            Asked(
                qid=q,
                row=row,
                answered=response.answerable,
                cites_gold=response.answerable and any(c.doc_id in relevant for c in response.citations),
                first_gold=response.answerable
                and bool(response.citations)
                and response.citations[0].doc_id in relevant,
                gold_retrieved=any(d in relevant for d in hit_docs),
                gold_first=bool(hit_docs) and hit_docs[0] in relevant,
            )
        )
    inner.save()
    return out, retriever.settings.model, time.perf_counter() - started


def shares(asked: Sequence[Asked], cuts: Cuts | None = None) -> dict[str, Any]:
    """Answered / declined shares; with ``cuts``, as the rows say /ask would decide under those cuts."""
    n = max(1, len(asked))

    def answered(a: Asked) -> bool:
        return a.answered if cuts is None else not declines(a.row, cuts)

    first = [a for a in asked if a.gold_first]
    retrieved = [a for a in asked if a.gold_retrieved]
    return {
        "answered": round(sum(answered(a) for a in asked) / n, 4),
        "declined_gold_first": round(sum(not answered(a) for a in first) / max(1, len(first)), 4),
        "declined_gold_retrieved": round(sum(not answered(a) for a in retrieved) / max(1, len(retrieved)), 4),
        "declined_gold_not_retrieved": round(
            sum(not answered(a) for a in asked if not a.gold_retrieved) / max(1, n - len(retrieved)), 4
        ),
    }


def sweep_cuts(model: str) -> list[tuple[float, Cuts, float | None]]:
    """(share asked of the bench negatives, the all-sets cuts it gives, the worst held-out corpus declined)
    from the calibration report's sweep; the shipped cuts first."""
    path = RESULTS / "calibration.json"
    meaning = meaning_threshold_for(model)
    # no meaning cut: meaning alone never answers (declines reads a cut of 2.0 as out of reach)
    shipped = Cuts(threshold_for(model), 2.0 if meaning is None else meaning, claim_threshold_for(model))
    out: list[tuple[float, Cuts, float | None]] = [(-1.0, shipped, None)]
    if path.exists() and model == "e5-small":
        report = json.loads(path.read_text(encoding="utf-8"))
        for s in report.get("share_sweep", []):
            out.append(
                (
                    s["share"],
                    Cuts(s["threshold"], shipped.meaning, shipped.claim),
                    s["worst_held_out_declined"],
                )
            )
    return out


def run(bench: Path, limit: int | None, specs: Sequence[str] = SETS) -> dict[str, Any]:
    report: dict[str, Any] = {"limit": limit, "sets": []}
    for spec in specs:
        asked, model, seconds = ask_all(spec, bench, limit)
        n = max(1, len(asked))
        entry = {
            "set": spec,
            "model": model,
            "questions": len(asked),
            "seconds": round(seconds, 1),
            "as_asked": {
                **shares(asked),
                "cites_gold": round(sum(a.cites_gold for a in asked) / n, 4),
                "cites_gold_when_answered": round(
                    sum(a.cites_gold for a in asked) / max(1, sum(a.answered for a in asked)), 4
                ),
                "first_cites_gold": round(sum(a.first_gold for a in asked) / n, 4),
                "gold_retrieved": round(sum(a.gold_retrieved for a in asked) / n, 4),
                "gold_first": round(sum(a.gold_first for a in asked) / n, 4),
            },
            "by_cut": [
                {
                    "share": share,
                    "threshold": cuts.threshold,
                    "worst_held_out_declined": worst,
                    **shares(asked, cuts),
                }
                for share, cuts, worst in sweep_cuts(model)
            ],
            "rows": [
                [a.qid, *a.row, a.answered, a.cites_gold, a.first_gold, a.gold_retrieved, a.gold_first]
                for a in asked
            ],
        }
        report["sets"].append(entry)
    return report


def render_markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Real questions over their own corpus: what /ask declines",
        "",
        "Regenerate with `python -m eval.own_domain --out eval/results`. stard's questions from the public "
        "asked with /ask's settings against an index of the statute articles (each passage one document), "
        "where every question is answerable. Gold = an article the qrels name. No answer strings: an answer "
        "counts as grounded when it cites a gold article.",
    ]
    for s in report["sets"]:
        a = s["as_asked"]
        lines += [
            "",
            f"## {s['set']}: {s['questions']} questions, encoder {s['model']} ({s['seconds']} s)",
            "",
            "| answered | cites a gold article | of the answered, cite gold | first citation gold "
            "| gold among the passages retrieved | gold first |",
            "|--:|--:|--:|--:|--:|--:|",
            f"| {a['answered']:.4f} | {a['cites_gold']:.4f} | {a['cites_gold_when_answered']:.4f} | "
            f"{a['first_cites_gold']:.4f} | "
            f"{a['gold_retrieved']:.4f} | {a['gold_first']:.4f} |",
            "",
            "Declined, by where the gold article was, under the shipped cuts and under the cut each share of "
            "bench negatives declined would give (eval/results/calibration.md's sweep, with the shipped "
            "meaning cut; worst held-out = the "
            "held-out corpus declining least in that share's leave-one-corpus-out rotation):",
            "",
            "| cut | support threshold | bench worst held-out declined | answered | declined, gold first "
            "| declined, gold retrieved | declined, gold not retrieved |",
            "|---|--:|--:|--:|--:|--:|--:|",
        ]
        for c in s["by_cut"]:
            label = "shipped" if c["share"] < 0 else f"share {c['share']}"
            worst = "—" if c["worst_held_out_declined"] is None else f"{c['worst_held_out_declined']:.4f}"
            lines.append(
                f"| {label} | {c['threshold']:.4f} | {worst} | {c['answered']:.4f} | "
                f"{c['declined_gold_first']:.4f} | {c['declined_gold_retrieved']:.4f} | "
                f"{c['declined_gold_not_retrieved']:.4f} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.own_domain", description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--limit", type=int, default=None, help="first N questions of each set")
    parser.add_argument("--out", type=Path, default=None, help="write own-domain.json and .md here")
    args = parser.parse_args(argv)
    report = run(BENCH, args.limit, [s for s in args.sets.split(",") if s])
    md = render_markdown(report)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "own-domain.json").write_text(
            json.dumps(report, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (args.out / "own-domain.md").write_text(md, encoding="utf-8")
    sys.stdout.write(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
