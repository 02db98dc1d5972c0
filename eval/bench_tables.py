"""`python -m eval.bench_tables`: what a long spreadsheet costs to index and to ask, before vs after.

A 名单 of ``--sizes`` rows (序号 | 企业名称 | 从业人数 | 补贴金额（元） | 申报日期, the 序号 numbered from 1,
written with openpyxl) is indexed with the default encoder by each variant:

- before: the code at ``--before`` (a git revision, extracted with `git archive`), default settings;
- after: this tree, default settings (every sentence of every passage — each table row — embedded at build
  time for /ask's claim scoring);
- after, rows unembedded: this tree with no sentence vectors (``sentence_dense_weight`` 0): the sheet holds
  nothing but rows, so this is the build a table row left unembedded would give; /ask then encodes the
  candidate rows it scores at question time.

Each build runs in a subprocess with PYTHONPATH pointing at its code (the encoder loaded and warmed before
the clock starts: the time is `index_paths` alone); variants take turns within each repeat, medians of
``--repeats`` (``--big-repeats`` for sheets of 5,000 rows or more). Then, over each variant's first index, a
fresh process asks ``--questions`` questions about single rows past the first passage
(运城市第N号鑫源食品有限公司的补贴金额是多少？, each about another row, so no candidate's vector is cached)
through `answer_question` — what /ask answers — after one warm-up question: median seconds, and how many
answers hold the row's figure. Results: eval/results/bench-tables.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.bench_writer import checkout
from eval.report import alternate, describe_machine, machine_line, md_table, now, write_result
from indexer.settings import PROJECT_ROOT

COLUMNS = ["序号", "企业名称", "从业人数", "补贴金额（元）", "申报日期"]

# Run in the variant's own code (only APIs both trees have): build, or ask; one JSON line on stdout.
_BUILD = """
import json, sys, time
from dataclasses import replace
from pathlib import Path
from indexer.build import index_paths
from indexer.embed import load_encoder
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
sheet, index, weight = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
settings = replace(DEFAULTS, fusion=replace(DEFAULTS.fusion, sentence_dense_weight=weight))
encoder = load_encoder(settings.model)
encoder.encode_passages(["预热"])
began = time.perf_counter()
report = index_paths([sheet], index, lambda _: encoder, settings, rebuild=True)
took = time.perf_counter() - began
stored = Retriever(index).data.sentences
print(json.dumps({"seconds": took, "passages": report.passages, "sentences": len(stored) if stored else 0}))
"""
_ASK = """
import json, sys, time
from pathlib import Path
from indexer.retrieve import Retriever
from server.config import Settings
from server.generate import answer_question
index, asks = Path(sys.argv[1]), json.loads(sys.argv[2])
retriever, settings = Retriever(index), Settings(index_dir=index)
answer_question(retriever, asks[0][0], 5, settings)  # warm-up: the encoder, the index's arrays
seconds, holds = [], 0
for question, figure in asks[1:]:
    began = time.perf_counter()
    answer = answer_question(retriever, question, 5, settings)
    seconds.append(time.perf_counter() - began)
    holds += answer.answerable and figure in answer.answer
print(json.dumps({"seconds": seconds, "holds": holds, "asked": len(asks) - 1}))
"""


def figure(row: int) -> int:
    return 1000 * (1 + row % 30)


def make_sheet(rows: int, path: Path) -> None:
    """A 名单 of ``rows`` rows under its header row, numbered from 1 in the first column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(COLUMNS)
    for n in range(1, rows + 1):
        date = f"2025年{1 + n % 12}月{1 + n % 28}日"
        sheet.append([n, f"运城市第{n}号鑫源食品有限公司", 5 + n % 40, figure(n), date])
    book.save(path)


def child(code: Path, script: str, *args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, cwd=code
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench_tables child failed: {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def questions(rows: int, count: int) -> list[tuple[str, str]]:
    """A warm-up question and ``count`` more, each about another row past the first passage."""
    picked = [max(20, rows * (k + 1) // (count + 2)) + k for k in range(count + 1)]
    return [(f"运城市第{n}号鑫源食品有限公司的补贴金额是多少？", str(figure(n))) for n in picked]


VARIANTS = ("before", "after", "after, rows unembedded")


def bench(code: dict[str, Path], work: Path, rows: int, repeats: int, asks: int) -> dict[str, Any]:
    sheet = work / f"名单{rows}.xlsx"
    make_sheet(rows, sheet)
    weight = {"before": "0.75", "after": "0.75", "after, rows unembedded": "0"}
    builds: dict[str, list[dict[str, Any]]] = {name: [] for name in VARIANTS}

    def build(name: str) -> Callable[[int], float]:
        def run(repeat: int) -> float:
            out = child(code[name], _BUILD, str(sheet), str(work / f"{rows}-{name}-{repeat}"), weight[name])
            builds[name].append(out)
            return round(float(out["seconds"]), 2)

        return run

    alternate({name: build(name) for name in VARIANTS}, repeats)
    asked = questions(rows, asks)
    result: dict[str, Any] = {"rows": rows, "repeats": repeats}
    for name in VARIANTS:
        ask = child(code[name], _ASK, str(work / f"{rows}-{name}-0"), json.dumps(asked, ensure_ascii=False))
        seconds = [float(b["seconds"]) for b in builds[name]]
        result[name] = {
            "index_seconds": [round(s, 2) for s in seconds],
            "index_median": round(statistics.median(seconds), 2),
            "passages": builds[name][0]["passages"],
            "sentence_vectors": builds[name][0]["sentences"],
            "ask_seconds": [round(s, 3) for s in ask["seconds"]],
            "ask_median": round(statistics.median(ask["seconds"]), 3),
            "holds": f"{ask['holds']}/{ask['asked']}",
        }
        print(f"{rows} rows, {name}: {result[name]}", file=sys.stderr, flush=True)
    return result


def report(result: dict[str, Any]) -> str:
    rows = []
    for size in result["sizes"]:
        for name in VARIANTS:
            r = size[name]
            rows.append(
                [
                    size["rows"],
                    name,
                    f"{r['index_median']:.1f}",
                    r["passages"],
                    r["sentence_vectors"],
                    f"{r['ask_median']:.2f}",
                    r["holds"],
                ]
            )
    table = md_table(
        ["rows", "code", "index s (median)", "passages", "sentence vectors", "/ask s (median)", "holds"],
        rows,
        "rlrrrrr",
    )
    return (
        "# Long tables: index and /ask cost (eval/bench_tables.py)\n\n"
        f"`{result['command']}` on {result['when']}; before = {result['before']}, after = this tree "
        f"(plus uncommitted changes at the time of the run).\n\n{machine_line(result['machine'])}\n\n"
        f"{table}\n\nIndex seconds: `index_paths` alone in a fresh process (encoder loaded and warmed "
        "first), variants alternating, medians of the repeats; /ask seconds: `answer_question` for "
        "questions each about another row (运城市第N号鑫源食品有限公司的补贴金额是多少？), after one "
        "warm-up question; an answer holds when it is answerable and names the row's 补贴金额. Sample lists "
        "in bench-tables.json.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--before", default="6dc2e40", help="git revision to compare against (default: before 986a367)"
    )
    parser.add_argument("--sizes", default="300,1000,5000", help="rows of each sheet, comma-separated")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--big-repeats", type=int, default=1, help="repeats for sheets of 5,000 rows or more")
    parser.add_argument("--questions", type=int, default=5, help="timed questions per index")
    args = parser.parse_args(argv)
    sha, before = checkout(args.before)
    code = {"before": before, "after": PROJECT_ROOT, "after, rows unembedded": PROJECT_ROOT}
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="bench-tables-") as tmp:
        out = [
            bench(code, Path(tmp), n, args.big_repeats if n >= 5000 else args.repeats, args.questions)
            for n in sizes
        ]
    command = "python -m eval.bench_tables " + " ".join(sys.argv[1:] if argv is None else argv)
    result = {
        "when": now(),
        "machine": describe_machine(),
        "before": sha[:12],
        "command": command.strip(),
        "sizes": out,
    }
    write_result("bench-tables", result, report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
