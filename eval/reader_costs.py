"""What hostile inputs a fault probe found slow cost to read now, against a plain input of the same size
read in the same run: the readers' fixes of tests/test_reader_faults3.py (a number format parsed once, not
per cell; a .ppt's listed texts matched by a set; its edits' directory read once; records 64 levels deep
walked at a flat list's cost), whose tests assert what is read and refused, not how fast. Medians over
repeats, each case and its reference alternating which goes first. ``python -m eval.reader_costs`` writes
eval/results/reader-costs.{json,md}. The hostile files are built by the tests' own builders."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval.report import RESULTS, describe_machine, machine_line, now
from indexer.decode import DocumentError
from indexer.load import extract
from indexer.numfmt import with_text
from tests.test_load_ole import _chars, _con, _rec
from tests.test_reader_faults3 import _deck, _persist_atom, _textbox


def _formats(fmt: str) -> Callable[[], object]:
    return lambda: [with_text(i + 0.5, fmt) for i in range(20000)]


def _read(data: bytes) -> Callable[[], object]:
    def read() -> object:
        try:
            return extract(data, ".ppt", name="宣讲.ppt").text
        except DocumentError as e:  # (the nested deck is refused after its 2,000,000 records: walked whole)
            return str(e)

    return read


def _listed(count: int, listed: bool) -> bytes:
    drawn = [chr(0x4E00 + i % 100) + chr(0x5E00 + i // 100) for i in range(count)]
    texts = [chr(0x6E00 + i % 100) + chr(0x7E00 + i // 100) for i in range(count)] if listed else []
    slide = _con(0x03EE, _con(0x040C, _con(0xF00D, *map(_chars, drawn))))
    return _deck([_persist_atom(2, 256), *map(_chars, texts)], [], [slide])


def _edits(edits: int) -> bytes:
    slide = _con(0x03EE, _textbox(_chars("侨务政策")))
    return _deck([_persist_atom(2, 256)], [], [slide] + [b""] * 59998, edits=edits)


def _nested(depth: int) -> bytes:
    inner = b"".join(_rec(0x0FA0, b"") for _ in range(100000))
    for _ in range(depth - 1):
        inner = _con(0x040C, inner)
    slides = [_persist_atom(2, 256 + i) for i in range(30)]
    return _deck(slides, [], [_con(0x03EE, inner)])


# (name, what the case is, the case, its reference)
CASES: list[tuple[str, str, Callable[[], object], Callable[[], object]]] = [
    (
        "format",
        "20,000 cells in a number format of 80 quoted units, against the plain format 0.00",
        _formats("0.00" + '"元"' * 80),
        _formats("0.00"),
    ),
    (
        "listed",
        "a .ppt of 20,000 drawn texts and 20,000 listed ones, against the 20,000 drawn ones alone",
        _read(_listed(20000, True)),
        _read(_listed(20000, False)),
    ),
    (
        "edits",
        "a .ppt of 9,000 edits naming one directory of 60,000 entries, against one edit",
        _read(_edits(9000)),
        _read(_edits(1)),
    ),
    (
        "nested",
        "a .ppt of 2,000,000 records 64 levels deep (refused after them), against the same records 2 deep",
        _read(_nested(64)),
        _read(_nested(2)),
    ),
]


def measure(repeats: int, names: Sequence[str]) -> list[dict[str, Any]]:
    rows = []
    for name, what, case, reference in CASES:
        if names and name not in names:
            continue
        times: dict[str, list[float]] = {"case": [], "reference": []}
        for repeat in range(repeats):
            pair = [("case", case), ("reference", reference)]
            for label, run in pair if repeat % 2 == 0 else pair[::-1]:
                started = time.perf_counter()
                run()
                times[label].append((time.perf_counter() - started) * 1000)
        median = {k: statistics.median(v) for k, v in times.items()}
        rows.append(
            {
                "case": name,
                "what": what,
                "median_ms": round(median["case"], 1),
                "reference_ms": round(median["reference"], 1),
                "ratio": round(median["case"] / median["reference"], 2),
            }
        )
    return rows


def write_markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Hostile inputs the readers once read slowly (eval/reader_costs.py)",
        "",
        f"Generated {result['generated_at']} by `python -m eval.reader_costs` on {result['machine_line']}; "
        f"median of {result['repeats']} repeats, the case and its reference alternating which goes first.",
        "",
        "| case | what | median ms | reference ms | ratio |",
        "|---|---|--:|--:|--:|",
    ]
    for row in result["rows"]:
        lines.append(
            f"| {row['case']} | {row['what']} | {row['median_ms']} | {row['reference_ms']} | {row['ratio']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.reader_costs", description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--cases", default="", help="comma-separated: format, listed, edits, nested")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    names = [n for n in args.cases.split(",") if n]
    machine = describe_machine()
    result = {
        "generated_at": now(),
        "machine": machine,
        "machine_line": machine_line(machine),
        "repeats": args.repeats,
        "rows": measure(args.repeats, names),
    }
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "reader-costs.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    (out / "reader-costs.md").write_text(write_markdown(result), encoding="utf-8")
    print(write_markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
