"""Choose a rerank stage's weight leave one corpus out, from an `eval.quality` run with one hybrid variant
per weight — the answer-type stage's (``answer_type_weight``, the default) or the scope stage's
(``--param scope_weight``).

    python -m eval.quality --out DIR --fusion 'at0={"answer_type_weight": 0}' --fusion 'at05=…' …
    python -m eval.answer_type_loco DIR

    python -m eval.policy_retrieval --out PDIR --fusion 'at0=…' …   (optional: the policy column)
    python -m eval.answer_type_loco DIR --policy PDIR/policy-retrieval.json [--param scope_weight]

The stages (indexer/rerank.py `answer_type_stage`, `scope_stage`) read passage text and documents'
regions, which eval/loco.py's score matrices do not hold, so they are measured on whole rankings instead:
each run's per-query rank of the first relevant passage (quality-<set>-queries.tsv) gives S@1 and MRR@10
exactly. The default hybrid row is the weight in
its fusion settings. In each rotation the weight is chosen on two of cmrc2018 / drcd / stard by
`eval.loco.choose` (the largest smallest gain over the reference row; the smaller weight wins ties) and
reported on the third. On these sets the weights from 0.5 to 1 differ by a query or two, so the default
follows a rule read off the bench sets alone: the largest weight whose S@1 and MRR@10 are at least the stage
off's on every bench set. The policy collections (held out from the choice) are reported beside it: whole
documents, a hit when the top passage is from the gold document and holds the expected figure.
Writes eval/results/answer-type-loco.{json,md} (scope-loco.{json,md} for the scope stage).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.loco import SETS, rotations
from eval.report import RESULTS
from indexer.settings import DEFAULTS

REPORTED = ("cmrc2018", "drcd", "drcd/queries.zh-hans.jsonl", "stard")
# the weight a run varies → (output name, what the report calls the stage)
STAGES = {
    "answer_type_weight": ("answer-type-loco", "Answer-type stage"),
    "scope_weight": ("scope-loco", "Scope stage"),
}


def ranks(tsv: Path) -> dict[str, list[int]]:
    """Each mode's rank of the first relevant passage per query (0: not in the top 10)."""
    with tsv.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    header, body = rows[0], rows[1:]
    return {mode: [int(r[i]) for r in body] for i, mode in enumerate(header) if i > 0}


def metrics(first: Sequence[int]) -> dict[str, float]:
    return {
        "success@1": sum(r == 1 for r in first) / len(first),
        "mrr@10": sum(1 / r for r in first if r > 0) / len(first),
    }


def weights_of(summary: dict[str, Any], param: str = "answer_type_weight") -> dict[str, float]:
    """Hybrid label → the stage's weight ``param``: the default hybrid and each variant."""
    out = {"hybrid": float(summary["fusion"][param])}
    out |= {label: float(c[param]) for label, c in summary["variants"].items()}
    return out


def no_loss(table: dict[str, dict[str, dict[str, float]]], off: str = "0") -> str:
    """The largest weight at or above the stage off (``off``) in S@1 and MRR@10 on every set."""
    fine = [
        key
        for key, cells in table.items()
        if all(cells[s][m] >= table[off][s][m] - 1e-12 for s in cells for m in ("success@1", "mrr@10"))
    ]
    return max(fine, key=float)


def policy_rows(path: Path, param: str = "answer_type_weight") -> dict[str, dict[str, float]]:
    """Weight → the pooled policy collections' hit@1 / MRR@10 (eval.policy_retrieval's json, whose hybrid
    rows record their fusion settings), for the rows differing from the default only in that weight."""
    pooled = json.loads(path.read_text(encoding="utf-8"))["runs"][0]
    configs: dict[str, dict[str, Any]] = pooled["fusion"]
    base = {k: v for k, v in configs["hybrid"].items() if k != param}
    return {
        f"{float(c[param]):g}": {
            "hit@1": pooled["legs"][label]["hit@1"],
            "mrr@10": pooled["legs"][label]["mrr@10"],
        }
        for label, c in configs.items()
        if {k: v for k, v in c.items() if k != param} == base
    }


def run(folder: Path, policy: Path | None = None, param: str = "answer_type_weight") -> dict[str, Any]:
    quality = json.loads((folder / "quality.json").read_text(encoding="utf-8"))
    table: dict[str, dict[str, dict[str, float]]] = {}
    references: dict[str, dict[str, float]] = {}
    sets: dict[str, Any] = {}
    for summary in quality["datasets"]:
        name = summary["dataset"]
        if name not in REPORTED:
            continue
        per_mode = ranks(folder / summary["per_query"])
        weights = weights_of(summary, param)
        labels = sorted(weights, key=lambda label: (weights[label], label != "hybrid"))
        references[name] = metrics(per_mode["reference"])
        for label in labels:
            key = f"{weights[label]:g}"
            table.setdefault(key, {})[name] = metrics(per_mode[label])
        sets[name] = {
            "queries": len(per_mode["reference"]),
            "bm25": metrics(per_mode["bm25"]),
            "dense": metrics(per_mode["dense"]),
            "default_weight": weights["hybrid"],
        }
    table = {k: table[k] for k in sorted(table, key=float)}
    loco_sets = [s for s in SETS if s in references]
    return {
        "param": param,
        "no_loss_weight": no_loss(table),
        "policy": policy_rows(policy, param) if policy else {},
        "source": quality["command"],
        "generated_at": quality["generated_at"],
        "sets": sets,
        "references": references,
        "table": table,
        "rotations": rotations(table, references, loco_sets),
    }


def _cell(m: dict[str, float]) -> str:
    return f"{m['success@1']:.4f} / {m['mrr@10']:.4f}"


def write_markdown(result: dict[str, Any], path: Path) -> None:
    names = list(result["references"])
    policy = result["policy"]
    param = result.get("param", "answer_type_weight")
    stage = STAGES[param][1]
    flag = "" if param == "answer_type_weight" else f" --param {param}"
    lines = [
        f"# {stage} weight, leave one corpus out",
        "",
        f"From `{result['source']}` ({result['generated_at']}); `python -m eval.answer_type_loco{flag}` "
        f"(eval/answer_type_loco.py says how). S@1 / MRR@10 of the hybrid ranking per weight of the "
        f"{stage.lower()} (0 = off), beside the plain reference row (char uni+bigram BM25) and the legs.",
        "",
        "| weight | " + " | ".join(names) + (" | policy collections hit@1 / MRR@10 |" if policy else " |"),
        "|---|" + "--:|" * (len(names) + bool(policy)),
    ]
    for key, cells in result["table"].items():
        extra = ""
        if policy:
            p = policy.get(key)
            extra = f" {p['hit@1']:.4f} / {p['mrr@10']:.4f} |" if p else " — |"
        lines.append(f"| {key} | " + " | ".join(_cell(cells[n]) for n in names) + " |" + extra)
    blank = " — |" if policy else ""
    for leg in ("bm25", "dense"):
        lines.append(
            f"| {leg} leg | " + " | ".join(_cell(result["sets"][n][leg]) for n in names) + " |" + blank
        )
    lines.append("| reference | " + " | ".join(_cell(result["references"][n]) for n in names) + " |" + blank)
    lines += [
        "",
        "Largest weight with no loss against the stage off on any bench set: "
        f"**{result['no_loss_weight']}** (the default is {getattr(DEFAULTS.fusion, param):g}).",
    ]
    lines += [
        "",
        "| held-out set | tuned on | chosen weight | held-out S@1 / MRR@10 | stage off | reference | "
        "beats reference |",
        "|---|---|--:|--:|--:|--:|---|",
    ]
    for r in result["rotations"]:
        held = r["held_out"]
        off = result["table"]["0"][held]
        lines.append(
            f"| {held} | {' + '.join(r['tuned_on'])} | {r['chosen']} | {_cell(r['result'])} | {_cell(off)} | "
            f"{_cell(r['reference'])} | {'yes' if r['beats_reference'] else 'no'} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.answer_type_loco", description=__doc__)
    parser.add_argument("run", type=Path, help="an `eval.quality --out` folder with weight variants")
    parser.add_argument("--policy", type=Path, default=None, help="eval.policy_retrieval's json, same labels")
    parser.add_argument(
        "--param", choices=sorted(STAGES), default="answer_type_weight", help="the weight varied"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if not (args.run / "quality.json").is_file():
        print(f"eval.answer_type_loco: no quality.json in {args.run}", file=sys.stderr)
        return 2
    if args.policy is not None and not args.policy.is_file():
        print(f"eval.answer_type_loco: no file {args.policy}", file=sys.stderr)
        return 2
    result = run(args.run, args.policy, args.param)
    for r in result["rotations"]:
        print(r["held_out"], "chosen", r["chosen"], _cell(r["result"]), "reference", _cell(r["reference"]))
    args.out.mkdir(parents=True, exist_ok=True)
    name = STAGES[args.param][0]
    (args.out / f"{name}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    write_markdown(result, args.out / f"{name}.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
