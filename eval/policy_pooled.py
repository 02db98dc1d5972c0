"""All policy collections as one collection, as a user with hundreds of documents brings them
(`make eval-policy-pooled`).

Each collection of eval/policy_set.py was written with its own twenty-odd files; a user's folder holds
hundreds, and the documents of one topic then stand beside those of forty others, of the same kinds
(办法, 指南, 问答, roundups) and the same words (补贴, 申请, 标准). This indexes every collection's documents
into one index (each under a folder of its collection's name) and asks every collection's questions of it,
judged as eval/policy_set.py judges them, beside the same questions asked of their own collection's index.

A which-regions question of one collection may rightly be answered with a region of another collection that
states the same measure (two collections both have 以旧换新), so those questions are reported apart from the
rest: a region listed that the question's own collection does not expect is not counted as wrong here, only a
region missing is. Every other question names its region or its matter, and must hold as on its own
collection. ``python -m eval.policy_pooled --index DIR`` writes eval/results/policy-pooled.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.policy_set import SETS, judge
from eval.report import RESULTS
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from server.cli import main as citeqa
from server.config import Settings
from server.generate import answer_question


def gather(into: Path, sets: Sequence[str]) -> None:
    """Every collection's documents under ``into/<collection>/`` (their own folders below it, as written)."""
    for name in sets:
        shutil.copytree(PROJECT_ROOT / "eval" / name / "docs", into / name)


def ask_all(retriever: Retriever, settings: Settings, sets: Sequence[str]) -> list[dict[str, Any]]:
    rows = []
    for name in sets:
        path = PROJECT_ROOT / "eval" / name / "questions.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            question = json.loads(line)
            answer = answer_question(retriever, question["question"], 5, settings).model_dump()
            row = judge(retriever, question, answer)
            rows.append({"set": name, **row})
    return rows


def _own(name: str, results: Path) -> dict[str, dict[str, Any]]:
    """The questions' rows as eval/policy_set.py last judged them on their own collection (committed)."""
    path = results / f"{name}-set.json"
    if not path.exists():
        return {}
    return {r["id"]: r for r in json.loads(path.read_text(encoding="utf-8"))["questions"]}


def summarise(rows: Sequence[dict[str, Any]], results: Path) -> dict[str, Any]:
    own = {name: _own(name, results) for name in {r["set"] for r in rows}}
    answerable = [r for r in rows if r["kind"] != "unanswerable" and r["holds"] is not None]
    regions = [r for r in answerable if "missing" in r]
    others = [r for r in answerable if "missing" not in r]
    negatives = [r for r in rows if r["kind"] == "unanswerable"]

    def held_alone(r: dict[str, Any]) -> bool | None:
        alone = own[r["set"]].get(r["id"])
        return None if alone is None else bool(alone["holds"])

    lost = [r for r in others if not r["holds"] and held_alone(r)]
    gained = [r for r in others if r["holds"] and held_alone(r) is False]
    return {
        "questions": len(rows),
        "answers_hold": f"{sum(bool(r['holds']) for r in others)}/{len(others)}",
        "answers_hold_alone": f"{sum(bool(held_alone(r)) for r in others)}/{len(others)}",
        "lost_against_alone": [f"{r['set']}/{r['id']}" for r in lost],
        "gained_against_alone": [f"{r['set']}/{r['id']}" for r in gained],
        "declined_answerable": sum(not r["answerable"] for r in answerable),
        "regions_none_missing": f"{sum(r['answerable'] and not r['missing'] for r in regions)}"
        f"/{len(regions)}",
        "regions_exact": f"{sum(bool(r['holds']) for r in regions)}/{len(regions)}",
        "unanswerable_declined": f"{sum(not r['answerable'] for r in negatives)}/{len(negatives)}",
        "quotes_exact": f"{sum(r['quotes_exact'] for r in rows)}/{len(rows)}",
        "over_250_chars": sum(r["chars"] > 250 for r in rows),
    }


def write_markdown(result: dict[str, Any], path: Path) -> None:
    s = result["summary"]
    lines = [
        "# All policy collections as one collection",
        "",
        " ".join((__doc__ or "").split("\n\n")[1].split()),
        "",
        f"{result['documents']} documents, {result['passages']} passages, indexed in "
        f"{result['index_seconds']} s; "
        f"{s['questions']} questions. Regenerate with `python -m eval.policy_pooled`.",
        "",
        "| | pooled index | each collection's own index |",
        "|---|--:|--:|",
        f"| answers that hold the expected figure (not which-regions) | {s['answers_hold']} | "
        f"{s['answers_hold_alone']} |",
        f"| which-regions: none expected missing / exactly the expected | {s['regions_none_missing']} / "
        f"{s['regions_exact']} | |",
        f"| answerable declined | {s['declined_answerable']} | |",
        f"| unanswerable declined | {s['unanswerable_declined']} | |",
        f"| every quote the document's text[start:end] | {s['quotes_exact']} | |",
        f"| answers over 250 characters | {s['over_250_chars']} | |",
        "",
        f"Held alone, not pooled: {', '.join(s['lost_against_alone']) or '—'}.",
        f"Held pooled, not alone: {', '.join(s['gained_against_alone']) or '—'}.",
        "",
        "| set | id | kind | holds | declined | answer |",
        "|---|---|---|---|---|---|",
    ]
    for r in result["questions"]:
        if r["holds"] or (r["holds"] is None and r["kind"] != "unanswerable"):
            continue
        if r["kind"] == "unanswerable" and not r["answerable"]:
            continue
        holds = "—" if r["holds"] is None else ("yes" if r["holds"] else "**no**")
        if r.get("missing") or r.get("extra"):
            holds += f" (missing {'、'.join(r['missing']) or '—'}; other {'、'.join(r['extra']) or '—'})"
        answer = r["answer"].replace("|", "\\|").replace("\n", " ")[:120]
        declined = "yes" if not r["answerable"] else ""
        lines.append(f"| {r['set']} | {r['id']} | {r['kind']} | {holds} | {declined} | {answer} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.policy_pooled", description=__doc__)
    parser.add_argument("--index", type=Path, default=None, help="keep the pooled index here and reuse it")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="citeqa-pooled-") as tmp:
        index_dir = args.index or Path(tmp) / "index"
        seconds = 0.0
        if not (index_dir / "manifest.json").exists():
            docs = Path(tmp) / "docs"
            gather(docs, SETS)
            started = time.perf_counter()
            if citeqa(["index", str(docs), "--index", str(index_dir)]) != 0:
                raise SystemExit("python -m eval.policy_pooled: indexing the collections failed")
            seconds = time.perf_counter() - started
        retriever = Retriever(index_dir)
        rows = ask_all(retriever, Settings(index_dir=index_dir), SETS)
        result = {
            "documents": len(retriever.data.documents),
            "passages": retriever.data.passages,
            "index_seconds": round(seconds) if seconds else "(reused)",
            "summary": summarise(rows, RESULTS),  # beside the committed runs of each collection alone
            "questions": rows,
        }
    print(json.dumps(result["summary"], ensure_ascii=False))
    dumped = json.dumps(result, ensure_ascii=False, indent=1)
    (args.out / "policy-pooled.json").write_text(dumped, encoding="utf-8")
    write_markdown(result, args.out / "policy-pooled.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
