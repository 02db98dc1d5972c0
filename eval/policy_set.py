"""A policy collection as users bring it, asked as analysts ask: eval/policy/docs (44 files: .docx with
tables, headers and footers, hard-wrapped PDFs, .doc files that are .docx or web pages, HTML pages
with navigation, UTF-8 / GBK / GB18030 / Big5 / UTF-16 .txt, duplicates, empty and same-named files;
20 regions) and eval/policy/questions.jsonl (55 questions: amounts in tables, dates, who may apply,
procedures, which regions, paraphrases, traditional script, 6 the collection cannot answer).

Written by a helper to probe citeqa; the defects it found were fixed on it, so it is development data, not a
held-out set. Each question goes through `answer_question` (what /ask answers) over an index `citeqa index`
builds of the folder; an answer *holds* the expected figure when it contains one of the question's
``keys``. Every citation is checked against the document's clean text (``quote == text[start:end]``), and a
PDF citation's page against the page expected. ``python -m eval.policy_set`` writes
eval/results/policy-set.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.report import RESULTS
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from server.cli import main as citeqa
from server.config import Settings
from server.generate import answer_question

POLICY = PROJECT_ROOT / "eval" / "policy"


def judge(retriever: Retriever, question: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    def text(doc_id: str) -> str:
        found = retriever.document(doc_id)
        return found[1] if found else ""

    quotes_exact = all(text(c["doc_id"])[c["start"] : c["end"]] == c["quote"] for c in answer["citations"])
    pages = [c["page"] for c in answer["citations"] if c["page"] is not None]
    return {
        "id": question["id"],
        "kind": question["kind"],
        "answerable": answer["answerable"],
        "holds": any(k in answer["answer"] for k in question["keys"]) if question["keys"] else None,
        "quotes_exact": quotes_exact,
        # judged when the answer cites a PDF (another file of the same text, a .txt copy, has no pages)
        "page_right": None if question.get("page") is None or not pages else question["page"] in pages,
        "chars": len(answer["answer"]),
        "answer": answer["answer"],
    }


def run(index_dir: Path) -> dict[str, Any]:
    if citeqa(["index", str(POLICY / "docs"), "--index", str(index_dir), "--rebuild"]) != 0:
        raise SystemExit("python -m eval.policy_set: indexing the collection failed")
    retriever = Retriever(index_dir)
    settings = Settings(index_dir=index_dir)
    rows = []
    for line in (POLICY / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        question = json.loads(line)
        answer = answer_question(retriever, question["question"], 5, settings).model_dump()
        rows.append(judge(retriever, question, answer))
    answerable = [r for r in rows if r["kind"] != "unanswerable"]
    negatives = [r for r in rows if r["kind"] == "unanswerable"]
    paged = [r for r in rows if r["page_right"] is not None]
    summary = {
        "answerable": len(answerable),
        "holds": sum(bool(r["holds"]) for r in answerable),
        "declined_answerable": sum(not r["answerable"] for r in answerable),
        "unanswerable": len(negatives),
        "declined_unanswerable": sum(not r["answerable"] for r in negatives),
        "quotes_exact": sum(r["quotes_exact"] for r in rows),
        "pdf_pages_right": f"{sum(bool(r['page_right']) for r in paged)}/{len(paged)}",
        "over_250_chars": sum(r["chars"] > 250 for r in rows),
        "documents": len(retriever.data.documents),
        "passages": retriever.data.passages,
    }
    return {"summary": summary, "questions": rows}


def write_markdown(result: dict[str, Any], path: Path) -> None:
    s = result["summary"]
    lines = [
        "# A policy collection as users bring it",
        "",
        *(" ".join(part.split()) + "\n" for part in (__doc__ or "").split("\n\n")[:2]),
        f"{s['documents']} documents, {s['passages']} passages. Regenerate with `python -m eval.policy_set`.",
        "",
        "| | |",
        "|---|--:|",
        f"| answerable questions whose answer holds the expected figure | {s['holds']} / {s['answerable']} |",
        f"| answerable questions declined | {s['declined_answerable']} |",
        f"| unanswerable questions declined | {s['declined_unanswerable']} / {s['unanswerable']} |",
        f"| answers whose every quote is the document's text[start:end] | {s['quotes_exact']} / "
        f"{s['answerable'] + s['unanswerable']} |",
        f"| answers citing a PDF that cite the expected page | {s['pdf_pages_right']} |",
        f"| answers over 250 characters | {s['over_250_chars']} |",
        "",
        "| id | kind | holds | declined | answer |",
        "|---|---|---|---|---|",
    ]
    for r in result["questions"]:
        holds = "—" if r["holds"] is None else ("yes" if r["holds"] else "**no**")
        answer = r["answer"].replace("|", "\\|").replace("\n", " ")[:120]
        lines.append(
            f"| {r['id']} | {r['kind']} | {holds} | {'yes' if not r['answerable'] else ''} | {answer} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.policy_set", description=__doc__)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="citeqa-policy-") as tmp:
        result = run(Path(tmp) / "index")
    print(json.dumps(result["summary"], ensure_ascii=False))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "policy-set.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    write_markdown(result, args.out / "policy-set.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
