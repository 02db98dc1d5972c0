"""`python -m eval.bm25_update`: what a one-document write costs the BM25 leg, against the references.

Adding a document appends its rows to the term matrix (`BM25.appended`: each posting inserted at the end
of its term's list, one copy of the arrays); deleting or replacing one keeps the other rows
(`BM25.with_rows_kept`: one pass over the postings); loading derives each passage's length per field
(`field_lengths`: two products with a 0/1 vector). The references are the ways these were done before and
stay in indexer/sparse.py: `appended_by_rebuild` (both matrices to coordinates, one matrix built again),
`rows_kept_by_slicing` (scipy row and column slicing), and per-field lengths by slicing the matrix's columns
and summing. On each index given
(the bench's synthetic 10k / 100k / 1M, which `make bench-full` builds and caches under .cache/bench), the
index's last document is appended to the rest and deleted from the whole, both ways alternating in one
process; seconds, medians over repeats; *identical*: every array and statistic equal, bit for bit. Writes
eval/results/bm25-update.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from eval.report import md_table
from indexer.settings import PROJECT_ROOT
from indexer.sparse import BM25, appended_by_rebuild, field_lengths, rows_kept_by_slicing
from indexer.store import read_index

RESULTS = PROJECT_ROOT / "eval" / "results"
STATS = ("chars", "field", "lengths", "doc_len", "idf", "norm", "least_norm")


def same(a: BM25, b: BM25) -> bool:
    """Every array and statistic of two BM25s equal, bit for bit."""
    if a.vocab != b.vocab or a.tf.shape != b.tf.shape:
        return False
    arrays = [(getattr(a.tf, n), getattr(b.tf, n)) for n in ("indptr", "indices", "data")]
    arrays += [(getattr(a, n), getattr(b, n)) for n in STATS]
    return all(np.array_equal(x, y) for x, y in arrays) and a.avgdl == b.avgdl


def lengths_by_slicing(bm25: BM25) -> np.ndarray:
    """Each passage's length per field as `BM25` derived it before: the field's columns sliced out, summed."""
    return np.stack(
        [np.asarray(bm25.tf[:, bm25.chars == f].sum(axis=1), dtype=np.float64).ravel() for f in (False, True)]
    )


def timed(ways: dict[str, Callable[[], Any]], repeats: int) -> tuple[dict[str, float], dict[str, Any]]:
    """Median seconds of each way over ``repeats`` alternating passes, and each way's last result."""
    seconds: dict[str, list[float]] = {name: [] for name in ways}
    last: dict[str, Any] = {}
    names = list(ways)
    for rep in range(repeats):
        for name in names if rep % 2 == 0 else names[::-1]:
            last.pop(name, None)  # its previous result released before it runs again
            started = time.perf_counter()
            last[name] = ways[name]()
            seconds[name].append(time.perf_counter() - started)
    return {name: round(statistics.median(s), 4) for name, s in seconds.items()}, last


def measure(index_dir: Path, repeats: int) -> dict[str, Any]:
    data = read_index(index_dir)
    bm25 = data.bm25
    last_doc = len(data.documents) - 1
    mask = data.doc_rows != last_doc
    rest = bm25.with_rows_kept(mask)
    extra = bm25.with_rows_kept(~mask)
    out: dict[str, Any] = {
        "index": str(index_dir),
        "passages": bm25.size,
        "postings": int(bm25.tf.nnz),
        "document_passages": int((~mask).sum()),
    }
    append, results = timed(
        {"ours": lambda: rest.appended(extra), "reference": lambda: appended_by_rebuild(rest, extra)}, repeats
    )
    out["append"] = {**append, "identical": same(results["ours"], results["reference"])}
    results.clear()
    delete, results = timed(
        {"ours": lambda: bm25.with_rows_kept(mask), "reference": lambda: rows_kept_by_slicing(bm25, mask)},
        repeats,
    )
    out["delete"] = {**delete, "identical": same(results["ours"], results["reference"])}
    results.clear()
    lengths, results = timed(
        {"ours": lambda: field_lengths(bm25.tf, bm25.chars), "reference": lambda: lengths_by_slicing(bm25)},
        repeats,
    )
    out["lengths"] = {**lengths, "identical": bool(np.array_equal(results["ours"], results["reference"]))}
    for part in ("append", "delete", "lengths"):
        out[part]["speedup"] = round(out[part]["reference"] / max(out[part]["ours"], 1e-9), 1)
    return out


def write(results: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "bm25-update.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    rows = [
        [
            name,
            f"{r['passages']:,}",
            f"{r['postings']:,}",
            part,
            r[part]["reference"],
            r[part]["ours"],
            f"{r[part]['speedup']}×",
            "yes" if r[part]["identical"] else "**no**",
        ]
        for name, r in results["sets"].items()
        for part in ("append", "delete", "lengths")
    ]
    text = "\n".join(
        [
            "# BM25 leg: a one-document write against the references",
            "",
            f"Generated {results['generated_at']} by `{results['command']}`; load average at start "
            f"{results['load_start']}, at end {results['load_end']}.",
            "",
            "*append*: the index's last document appended to the rest (what adding a document does to the "
            "term matrix); *delete*: that document's rows dropped from the whole (deleting or replacing a "
            "document); *lengths*: each passage's length per field, derived at every load. Seconds, medians "
            f"over {results['repeats']} alternating passes in one process; *identical*: every array and "
            "statistic equal, bit for bit. References: `indexer.sparse.appended_by_rebuild`, "
            "`rows_kept_by_slicing`, and the fields' columns sliced out and summed.",
            "",
            md_table(
                ["index", "passages", "postings", "step", "reference s", "ours s", "speed-up", "identical"],
                rows,
            ),
            "",
        ]
    )
    (out / "bm25-update.md").write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bm25_update", description=__doc__)
    parser.add_argument("index", nargs="+", type=Path, help="NAME=DIR of an index to measure")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results: dict[str, Any] = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": "python -m eval.bm25_update " + " ".join(sys.argv[1:] if argv is None else argv),
        "load_start": [round(x, 2) for x in os.getloadavg()],
        "repeats": args.repeats,
        "sets": {},
    }
    for spec in args.index:
        name, _, path = str(spec).partition("=")
        results["sets"][name] = measure(Path(path), args.repeats)
        print(name, json.dumps(results["sets"][name]), flush=True)
    results["load_end"] = [round(x, 2) for x in os.getloadavg()]
    write(results, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
