"""`python -m eval.pdfreflow` (`make eval-pdf`): the seed question set over the seeds laid out as printed
pages, before vs after reflowing (indexer/reflow.py), beside the original .txt seeds.

Each seed's clean text is laid out two ways, as government documents reach us:
- ``pdf``: a hard-wrapped PDF (reportlab, Adobe's built-in STSong-Light): 38 characters a line, paragraphs
  indented two spaces, 40 lines a page, a running header (某市人才工作领导小组办公室文件), a 「— 3 —」
  footer;
- ``pdftotext``: the .txt pdftotext writes of such a page: wrapped at 76 display columns (a hanzi takes two),
  no indentation, the header, a 「第 3 页 共 5 页」 footer, form feeds between pages.
Each folder is indexed by `citeqa index` with the code at ``--before`` (a git revision: one line per printed
line, furniture indexed) and with this tree, the original seeds with this tree; then eval/seedqa.py runs over
each index (gold document ids mapped to the laid-out files' ids). Results: eval/results/pdf-reflow.{json,md}.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import unicodedata
from pathlib import Path
from typing import Any

from eval.bench_writer import checkout, citeqa
from eval.report import RESULTS, describe_machine, machine_line, now
from eval.seedqa import QUESTIONS, run_seedqa
from indexer.clean import clean_document
from indexer.ingest import file_doc_id
from indexer.normalize import normalize
from indexer.reflow import is_page_number
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT, default_seeds_dir

HEADER = "某市人才工作领导小组办公室文件"
LINES_PER_PAGE = 40
WORK = PROJECT_ROOT / ".cache" / "pdf-reflow"
BEFORE = "85465c7"  # main before indexer/reflow.py


def seed_paragraphs(path: Path) -> list[str]:
    return clean_document(path.read_text(encoding="utf-8")).text.split("\n")


def wrap_by_chars(paragraphs: list[str]) -> list[str]:
    """38 characters a line, a paragraph's first line indented by two spaces: a word processor's PDF as
    pypdf reads it."""
    lines = []
    for para in paragraphs:
        first = True
        while para:
            width = 36 if first else 38
            lines.append(("  " if first else "") + para[:width])
            para, first = para[width:], False
    return lines


def _columns(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap_by_columns(paragraphs: list[str], width: int = 76) -> list[str]:
    """Lines of at most ``width`` display columns (a typesetter's measure), no indentation."""
    lines = []
    for para in paragraphs:
        line, used = "", 0
        for ch in para:
            if used + _columns(ch) > width:
                lines.append(line)
                line, used = "", 0
            line += ch
            used += _columns(ch)
        lines.append(line)
    return lines


def pages_of(lines: list[str]) -> list[list[str]]:
    return [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]


def seed_pdf(paragraphs: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    for number, page in enumerate(pages_of(wrap_by_chars(paragraphs)), start=1):
        pdf.setFont("STSong-Light", 10)
        pdf.drawString(40, 810, HEADER)
        for i, line in enumerate(page):
            pdf.drawString(40, 780 - 18 * i, line)
        pdf.drawString(280, 30, f"— {number} —")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def seed_pdftotext(paragraphs: list[str]) -> str:
    pages = pages_of(wrap_by_columns(paragraphs))
    return "\f".join(
        "\n".join([HEADER, *page, f"第 {n} 页 共 {len(pages)} 页"]) + "\n" for n, page in enumerate(pages, 1)
    )


def lay_out(seeds: Path, root: Path) -> dict[str, Path]:
    """The folders to index: name → folder."""
    folders = {"txt": seeds, "pdf": root / "pdf", "pdftotext": root / "pdftotext"}
    for name in ("pdf", "pdftotext"):
        shutil.rmtree(folders[name], ignore_errors=True)
        folders[name].mkdir(parents=True)
    for path in sorted(seeds.glob("*.txt")):
        paragraphs = seed_paragraphs(path)
        (folders["pdf"] / f"{path.stem}.pdf").write_bytes(seed_pdf(paragraphs))
        (folders["pdftotext"] / path.name).write_text(seed_pdftotext(paragraphs), encoding="utf-8")
    return folders


def mapped_questions(kind: str, out: Path) -> Path:
    """The question file with gold document ids as the laid-out files get them."""
    rows = []
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if kind == "pdf":
                row["docs"] = [file_doc_id(f"{d}.pdf") for d in row["docs"]]
            rows.append(json.dumps(row, ensure_ascii=False))
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out


def text_checks(index: Path, questions: Path) -> dict[str, int]:
    """What the index holds that a reader would notice: passages carrying page furniture, gold answer phrases
    that no longer read whole in their document's text (cut by a line break), paragraphs."""
    retriever = Retriever(index)
    data = retriever.data
    furniture = 0
    for row in range(data.passages):
        text = data.passage_text(row)
        if HEADER in text or any(is_page_number(line) for line in text.split("\n")):
            furniture += 1
    texts: dict[str, str] = {}
    for d in data.documents:
        found = retriever.document(d.doc_id)
        texts[d.doc_id] = found[1] if found is not None else ""
    whole = total = 0
    for line in questions.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for doc in row["docs"]:
            total += 1
            whole += int(any(normalize(a) in normalize(texts[doc]) for a in row["answers"]))
    paragraphs = sum(len(text.split("\n")) for text in texts.values())
    return {
        "furniture_passages": furniture,
        "answers_whole": whole,
        "answers": total,
        "paragraphs": paragraphs,
    }


def run(before: str, root: Path) -> dict[str, Any]:
    root.mkdir(parents=True, exist_ok=True)
    folders = lay_out(default_seeds_dir(), root)
    sha, old_code = checkout(before)
    runs = [
        ("txt", "after"),
        ("pdf", "before"),
        ("pdf", "after"),
        ("pdftotext", "before"),
        ("pdftotext", "after"),
    ]
    rows = []
    for kind, code in runs:
        index = root / f"index-{kind}-{code}"
        shutil.rmtree(index, ignore_errors=True)
        seconds, _ = citeqa(
            old_code if code == "before" else PROJECT_ROOT, "index", str(folders[kind]), "--index", str(index)
        )
        questions = mapped_questions(kind, root / f"questions-{kind}.jsonl")
        result = run_seedqa(index, questions)
        hybrid = result["retrieval"]["hybrid"]
        a = result["answers"]
        answerable = [r for r in result["per_question"] if r["answerable_gold"]]
        rows.append(
            {
                "input": kind,
                "code": code,
                "documents": result["documents"],
                "passages": result["passages"],
                "doc_success@1": hybrid["documents"]["success@1"],
                "doc_mrr@10": hybrid["documents"]["mrr@10"],
                "passage_success@1": hybrid["answer_passages"]["success@1"],
                "passage_mrr@10": hybrid["answer_passages"]["mrr@10"],
                "answered": sum(r["answerable"] for r in answerable),
                "hit": sum(r["correct"] for r in answerable),
                "answerable": len(answerable),
                "abstained_unanswerable": sum(
                    1 for r in result["per_question"] if not r["answerable_gold"] and not r["answerable"]
                ),
                "unanswerable": a["unanswerable"],
                "citation_validity": a["citation_validity"],
                "index_seconds": round(seconds, 1),
                **text_checks(index, questions),
            }
        )
    return {"generated": now(), "before": sha, "machine": describe_machine(), "rows": rows}


def render(result: dict[str, Any]) -> str:
    head = (
        "| input | code | passages | paragraphs | passages with furniture | gold phrases whole in text "
        "| doc S@1 | doc MRR@10 | passage S@1 | passage MRR@10 | answered | hit | abstained (unanswerable) |"
    )
    lines = [
        "# Seeds laid out as printed pages: before vs after reflowing",
        "",
        f"Generated {result['generated']} by `make eval-pdf` (`python -m eval.pdfreflow`); before = "
        f"`{result['before'][:12]}` (one line per printed line, page furniture indexed), after = this tree.",
        "The five seeds laid out as a hard-wrapped PDF (38 characters a line, paragraphs indented, running "
        "header, 「— 3 —」 footer) and as pdftotext-like .txt (76 display columns, no indentation, header, "
        "「第 3 页 共 5 页」 footer, form feeds), indexed by `citeqa index` (default encoder), then the "
        "seed question set (eval/seedqa.py: 53 answerable, 16 not; retrieval in hybrid mode). "
        "`txt` is the original seeds.",
        "",
        head,
        "|---" * 13 + "|",
    ]
    for r in result["rows"]:
        lines.append(
            f"| {r['input']} | {r['code']} | {r['passages']} | {r['paragraphs']} | {r['furniture_passages']} "
            f"| {r['answers_whole']}/{r['answers']} | {r['doc_success@1']:.3f} | {r['doc_mrr@10']:.3f} "
            f"| {r['passage_success@1']:.3f} | {r['passage_mrr@10']:.3f} | {r['answered']}/{r['answerable']} "
            f"| {r['hit']}/{r['answerable']} | {r['abstained_unanswerable']}/{r['unanswerable']} |"
        )
    lines += ["", machine_line(result["machine"]), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", default=BEFORE, help="git revision of the code to compare against")
    parser.add_argument("--work", type=Path, default=WORK, help="folder for the laid-out files and indexes")
    args = parser.parse_args(argv)
    result = run(args.before, args.work)
    (RESULTS / "pdf-reflow.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    (RESULTS / "pdf-reflow.md").write_text(render(result))
    print(render(result))


if __name__ == "__main__":
    main()
