"""What reading a PDF page's text runs with their positions costs (indexer/pdfcolumns.py): every PDF of the
policy collections (and any given), each page read by pypdf's plain ``extract_text`` (the reference, what
load.py read before two-column pages were recognised) and with the position visitor and the two-column test
load.py now runs, alternating page by page in one process; medians over repeats, as a ratio to the
reference. ``python -m eval.pdf_columns_cost`` writes eval/results/pdf-columns-cost.{json,md}.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pypdf

from eval.report import RESULTS, describe_machine, machine_line, now
from indexer.pdfcolumns import Run, column_text, visitor
from indexer.settings import PROJECT_ROOT


def _plain(page: Any) -> str:
    return page.extract_text() or ""


def _with_columns(page: Any) -> str:
    runs: list[Run] = []
    text = page.extract_text(visitor_text=visitor(runs)) or ""
    box = page.mediabox
    return column_text(runs, float(box.width), float(box.left)) or text


def measure(files: Sequence[Path], repeats: int) -> dict[str, Any]:
    pages = [p for f in files for p in pypdf.PdfReader(io.BytesIO(f.read_bytes())).pages]
    times: dict[str, list[float]] = {"plain": [], "columns": []}
    columns = 0
    readers = [("plain", _plain), ("columns", _with_columns)]
    for repeat in range(repeats):
        total = {"plain": 0.0, "columns": 0.0}
        for page in pages:  # (each first on alternate repeats: pypdf keeps a page's parsed content)
            for name, read in readers if repeat % 2 == 0 else readers[::-1]:
                started = time.perf_counter()
                read(page)
                total[name] += time.perf_counter() - started
        for name in times:
            times[name].append(total[name] * 1000)
    for page in pages:
        runs: list[Run] = []
        page.extract_text(visitor_text=visitor(runs))
        columns += column_text(runs, float(page.mediabox.width), float(page.mediabox.left)) is not None
    median = {name: statistics.median(v) for name, v in times.items()}
    return {
        "files": len(files),
        "pages": len(pages),
        "two_column_pages": columns,
        "repeats": repeats,
        "median_ms_all_pages": {k: round(v, 1) for k, v in median.items()},
        "ratio_to_plain": round(median["columns"] / median["plain"], 3),
    }


def write_markdown(result: dict[str, Any], path: Path) -> None:
    ms = result["median_ms_all_pages"]
    lines = [
        "# Reading PDF text runs with their positions (indexer/pdfcolumns.py)",
        "",
        f"Generated {result['generated_at']} by `python -m eval.pdf_columns_cost` on "
        f"{result['machine_line']}.",
        "",
        f"{result['pages']} pages of {result['files']} PDFs (every PDF of eval/policy*), each read by "
        "pypdf's "
        "plain extract_text (the reference) and with the position visitor and two-column test, alternating "
        f"page by page and which goes first, {result['repeats']} repeats; median ms for all pages. "
        f"{result['two_column_pages']} pages read as two columns.",
        "",
        "| read | median ms, all pages | ratio to plain |",
        "|---|--:|--:|",
        f"| plain extract_text | {ms['plain']:.1f} | 1.000 |",
        f"| with positions and the column test | {ms['columns']:.1f} | {result['ratio_to_plain']:.3f} |",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.pdf_columns_cost", description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, help="PDFs (default: every PDF of eval/policy*)")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    files = args.files or sorted((PROJECT_ROOT / "eval").glob("policy*/docs/**/*.pdf"))
    if not files:
        print("python -m eval.pdf_columns_cost: no PDF to read", file=sys.stderr)
        return 2
    machine = describe_machine()
    result = {
        "command": "python -m eval.pdf_columns_cost",
        "generated_at": now(),
        "machine": machine,
        "machine_line": machine_line(machine),
        **measure(files, args.repeats),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "pdf-columns-cost.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    write_markdown(result, args.out / "pdf-columns-cost.md")
    print(json.dumps({k: result[k] for k in ("pages", "median_ms_all_pages", "ratio_to_plain")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
