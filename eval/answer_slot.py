"""Slot precedence for the first claim: does quoting a candidate that fills the question's slot (a number for
多少, a date for 何时 …) first, when the best-ranked candidate does not and the filler is close behind, answer
more bench questions? (`python -m eval.answer_slot --set cmrc2018 --limit 1000 --out DIR`)

Each question is composed once with the shipped settings; every rule variant then re-picks the claims from
the same scored candidates (retrieval, scoring and the abstention decision are shared, so a variant can only
change which supported candidate is quoted first). The replay of the shipped settings must reproduce the
composed answer exactly; the script counts any question where it does not.

Variants (the filler: the best-ranked candidate that fills the slot and meets the condition, moved first):
  support:M  its support is at least the best-ranked candidate's minus M
  threshold  its support reaches the abstention threshold
  chance:R   the ranker gives it at least R times the best-ranked candidate's chance of holding the answer

`--report A.json B.json` merges two sets' runs and picks each set's variant on the other (leave one corpus
out); `--index DIR --questions FILE` asks a seed question file instead (report only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval.answers import ASK_K, BENCH, is_hit, load_answers, naive_answer, open_set, split_spec
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer import DEFAULT_CONFIG, compose
from server.answer.calibration import claim_threshold_for, ranker_for, threshold_for
from server.answer.claims import fit_budget, order_claims, select_claims, write_answer
from server.answer.compose import NOT_FOUND, Composition
from server.answer.ranking import Ranker
from server.answer.units import RetrievedTexts, Unit
from server.answer.widen import with_context

SUPPORT_MARGINS = (0.0, 0.02, 0.05, 0.1, 0.2, 1.0)
CHANCES = (0.5, 0.25, 0.1, 0.05, 0.01)
SLOTS = ("number", "date", "person", "place", "reason")

Condition = Callable[[Unit, Unit], bool]


def variants(threshold: float, ranker: Ranker) -> dict[str, Condition]:
    sup = DEFAULT_CONFIG.support
    out: dict[str, Condition] = {}
    for m in SUPPORT_MARGINS:
        out[f"support:{m}"] = lambda u, top, m=m: sup(u) >= sup(top) - m  # type: ignore[misc]
    out["threshold"] = lambda u, top: sup(u) >= threshold
    for r in CHANCES:
        out[f"chance:{r}"] = lambda u, top, r=r: ranker.relative(u.score, top.score) >= r  # type: ignore[misc]
    return out


def promoted(units: Sequence[Unit], condition: Condition) -> list[Unit]:
    """``units`` (best first) with the best-ranked slot filler meeting ``condition`` moved first, when the
    best-ranked candidate does not fill the slot."""
    if not units or units[0].slot:
        return list(units)
    for i, u in enumerate(units):
        if u.slot and condition(u, units[0]):
            return [u, *units[:i], *units[i + 1 :]]
    return list(units)


def replay(
    retriever: Retriever, comp: Composition, units: Sequence[Unit], strict: float, ranker: Ranker
) -> str:
    """The answer compose() writes from these scored candidates (same steps, same settings)."""
    q = comp.analysed
    assert q is not None
    if not comp.answerable:
        return comp.answer
    texts = RetrievedTexts(retriever)
    chosen = select_claims(units, q, DEFAULT_CONFIG, strict, ranker)
    if not q.listing:
        chosen = with_context(texts, chosen, DEFAULT_CONFIG)
    claims = fit_budget(texts, order_claims(chosen, q.region_question), q, DEFAULT_CONFIG)
    return write_answer(claims, q.listing) if claims else NOT_FOUND


def holds(text: str, golds: Sequence[str]) -> bool:
    norm = normalize(text)
    return any(g.strip() and normalize(g.strip()) in norm for g in golds)


def run_set(spec: str, limit: int | None) -> dict[str, Any]:
    folder, _ = split_spec(spec)
    golds = load_answers(BENCH / folder)
    dataset, retriever, qids, inner = open_set(BENCH, spec, limit)
    asked = [(q, dataset.queries[q][:1000], golds[q]) for q in qids if golds.get(q)]
    out = run_questions(spec, retriever, asked)
    inner.save()
    return out


def seed_questions(path: Path) -> list[tuple[str, str, list[str]]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["id"], r["question"], r["answers"]) for r in rows if r.get("answers")]


def run_questions(
    label: str, retriever: Retriever, asked: Sequence[tuple[str, str, list[str]]]
) -> dict[str, Any]:
    """Compose each question once, replay every variant from its scored candidates, judge all answers."""
    model = retriever.settings.model
    threshold, ranker = threshold_for(model), ranker_for(model)
    strict = max(threshold, claim_threshold_for(model))
    conds = variants(threshold, ranker)
    rows = []
    mismatches = 0
    started = time.perf_counter()
    for n, (qid, question, gold) in enumerate(asked):
        comp = compose(retriever, question, ASK_K, DEFAULT_CONFIG)
        q = comp.analysed
        assert q is not None
        units = list(comp.units)
        if comp.answerable and replay(retriever, comp, units, strict, ranker) != comp.answer:
            mismatches += 1
        naive = naive_answer(retriever, question)
        row: dict[str, Any] = {
            "qid": qid,
            "question": question,
            "gold": gold[:3],
            "slot": q.slot,
            "listing": q.listing,
            "answerable": comp.answerable,
            "current": comp.answerable and is_hit(comp.answer, gold),
            "naive": bool(naive) and is_hit(naive, gold),
            "answer": comp.answer,
            "top": [
                {
                    "score": round(u.score, 4),
                    "support": round(DEFAULT_CONFIG.support(u), 4),
                    "slot": u.slot,
                    "gold": holds(u.text, gold),
                    "text": u.text[:120],
                }
                for u in units[:8]
            ],
            "variants": {},
        }
        if comp.answerable and q.slot and not q.listing:
            for name, cond in conds.items():
                order = promoted(units, cond)
                if order[0] is units[0]:
                    continue  # unchanged: same answer as current
                answer = replay(retriever, comp, order, strict, ranker)
                row["variants"][name] = {"hit": is_hit(answer, gold), "answer": answer}
        rows.append(row)
        if (n + 1) % 100 == 0:
            print(f"{label}: {n + 1}/{len(asked)} {time.perf_counter() - started:.0f}s", file=sys.stderr)
    return {
        "set": label,
        "questions": len(rows),
        "threshold": threshold,
        "replay_mismatches": mismatches,
        "variants": list(conds),
        "seconds": round(time.perf_counter() - started, 1),
        "rows": rows,
    }


# ---------- report ----------
def variant_hit(row: dict[str, Any], name: str, only: str = "") -> bool:
    v = row["variants"].get(name) if not only or row["slot"] == only else None
    return bool(row["current"] if v is None else v["hit"])


def rate(rows: Sequence[dict[str, Any]], key: Callable[[dict[str, Any]], bool]) -> float:
    return round(sum(key(r) for r in rows) / max(1, len(rows)), 4)


def slot_table(data: dict[str, Any]) -> list[str]:
    """Per slot: questions, top not filling while a filler exists (in the top 8 / at the threshold), hits."""
    rows = data["rows"]
    thr = data["threshold"]
    out = [
        f"#### {data['set']} ({len(rows)} questions)",
        "",
        "| slot | questions | top fills | top does not fill, a filler in top 8 | "
        "… filler reaches threshold | … filler within 0.05 support | hit when top fills | "
        "hit when top does not (filler in top 8) | "
        "filler holds gold there |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for slot in SLOTS:
        mine = [r for r in rows if r["slot"] == slot and r["answerable"] and not r["listing"] and r["top"]]
        fills = [r for r in mine if r["top"][0]["slot"]]
        gap = [r for r in mine if not r["top"][0]["slot"] and any(u["slot"] for u in r["top"])]

        def first_filler(r: dict[str, Any]) -> dict[str, Any]:
            return next(u for u in r["top"] if u["slot"])

        at_thr = [r for r in gap if first_filler(r)["support"] >= thr]
        within = [r for r in gap if first_filler(r)["support"] >= r["top"][0]["support"] - 0.05]
        out.append(
            f"| {slot} | {len([r for r in rows if r['slot'] == slot])} | {len(fills)} | {len(gap)} | "
            f"{len(at_thr)} | {len(within)} | {rate(fills, lambda r: r['current'])} | "
            f"{rate(gap, lambda r: r['current'])} | {rate(gap, lambda r: first_filler(r)['gold'])} |"
        )
    return out


def summary(data: dict[str, Any], only: str = "") -> dict[str, dict[str, Any]]:
    """Hit rates of the baselines and of each variant; ``only``: the rule applies to that slot alone."""
    rows = data["rows"]
    out: dict[str, dict[str, Any]] = {
        "naive": {"hit": rate(rows, lambda r: r["naive"])},
        "current": {"hit": rate(rows, lambda r: r["current"])},
    }
    for name in data["variants"]:
        changed = [r for r in rows if name in r["variants"] and (not only or r["slot"] == only)]
        out[name] = {
            "hit": round(sum(variant_hit(r, name, only) for r in rows) / max(1, len(rows)), 4),
            "changed": len(changed),
            "won": sum(r["variants"][name]["hit"] and not r["current"] for r in changed),
            "lost": sum(r["current"] and not r["variants"][name]["hit"] for r in changed),
        }
        for slot in SLOTS:
            mine = [r for r in rows if r["slot"] == slot]
            out[name][slot] = sum(variant_hit(r, name, only) for r in mine) - sum(r["current"] for r in mine)
    return out


def report(paths: Sequence[Path]) -> str:
    sets = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    lines = ["### Where the first claim misses the slot", ""]
    for d in sets:
        lines += [*slot_table(d), ""]
        if d["replay_mismatches"]:
            lines.append(f"replay mismatches: {d['replay_mismatches']}")
    for only in ("", "number"):
        lines += variant_tables(sets, only)
    return "\n".join(lines) + "\n"


def variant_tables(sets: Sequence[dict[str, Any]], only: str) -> list[str]:
    sums = {d["set"]: summary(d, only) for d in sets}
    names = sets[0]["variants"]
    scope = f"the rule for {only} questions only" if only else "the rule for every slot"
    lines = [
        f"### Variants, {scope} (answer hit; changed = questions whose first claim moved, won / lost vs "
        "current)",
        "",
        "| variant | "
        + " | ".join(f"{d['set']} hit | changed | won | lost | Δ by slot" for d in sets)
        + " |",
        "|---|" + "---|---|---|---|---|" * len(sets),
    ]
    for base in ("naive", "current"):
        lines.append(
            f"| {base} | " + " | ".join(f"{sums[d['set']][base]['hit']} | | | | " for d in sets) + " |"
        )
    for name in names:
        cells = []
        for d in sets:
            s = sums[d["set"]][name]
            by_slot = ", ".join(f"{k} {s[k]:+d}" for k in SLOTS if s[k])
            cells.append(f"{s['hit']} | {s['changed']} | {s['won']} | {s['lost']} | {by_slot}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Leave one corpus out ({scope}; ties: the variant changing fewest answers where chosen):",
        "",
    ]
    for d in sets:
        others = [o for o in sets if o is not d]
        for o in others:
            so = sums[o["set"]]
            # the best variant on the other set (ties: the one changing fewest answers there)
            pick = max(names, key=lambda n: (so[n]["hit"], -so[n]["changed"]))
            s = sums[d["set"]]
            lines.append(
                f"- {d['set']}: chosen on {o['set']} → `{pick}` ({o['set']} {so[pick]['hit']}); "
                f"on {d['set']}: naive {s['naive']['hit']}, current {s['current']['hit']}, "
                f"variant {s[pick]['hit']} (won {s[pick]['won']}, lost {s[pick]['lost']})"
            )
    return [*lines, ""]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.answer_slot", description=__doc__)
    parser.add_argument("--set", default="cmrc2018")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument(
        "--index", type=Path, default=None, help="ask --questions (a seed file) of this index"
    )
    parser.add_argument("--questions", type=Path, default=None, help="questions .jsonl with answers")
    parser.add_argument("--out", type=Path, default=None, help="write the per-question JSON here")
    parser.add_argument("--report", type=Path, nargs="+", default=None, help="merge runs into markdown")
    args = parser.parse_args(argv)
    if args.report:
        sys.stdout.write(report(args.report))
        return 0
    if args.index and args.questions:
        data = run_questions(args.questions.stem, Retriever(args.index), seed_questions(args.questions))
    else:
        data = run_set(args.set, args.limit)
    body = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if args.out:
        args.out.write_text(body, encoding="utf-8")
    sys.stdout.write(report([args.out]) if args.out else body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
