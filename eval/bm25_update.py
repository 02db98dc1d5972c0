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
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eval.report import md_table, over_indexes
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


def peak_mib(way: Callable[[], Any]) -> float:
    """The most memory ``way`` held at once beyond what was allocated before it (numpy's arrays included:
    numpy reports its allocations to tracemalloc), in MiB, its result included."""
    tracemalloc.start()
    try:
        way()
        return round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    finally:
        tracemalloc.stop()


def compare(
    ours: Callable[[], Any],
    reference: Callable[[], Any] | None,
    equal: Callable[[Any, Any], bool],
    repeats: int,
) -> dict[str, Any]:
    """Seconds (medians, alternating) and peak memory of both ways, and whether their results are equal;
    ``reference`` None: ours alone."""
    ways = {"ours": ours} if reference is None else {"ours": ours, "reference": reference}
    seconds, results = timed(ways, repeats)
    out: dict[str, Any] = dict(seconds)
    if reference is not None:
        out["identical"] = equal(results["ours"], results["reference"])
        out["speedup"] = round(out["reference"] / max(out["ours"], 1e-9), 1)
    results.clear()
    out["peak_mib"] = {name: peak_mib(way) for name, way in ways.items()}
    return out


def measure(index_dir: Path, repeats: int, reference_postings: int) -> dict[str, Any]:
    data = read_index(index_dir)
    bm25, doc_rows, last_doc = data.bm25, data.doc_rows, len(data.documents) - 1
    del data  # vectors and texts are not part of this
    mask = doc_rows != last_doc
    rest = bm25.with_rows_kept(mask)
    extra = bm25.with_rows_kept(~mask)
    with_reference = bm25.tf.nnz <= reference_postings
    out: dict[str, Any] = {
        "index": str(index_dir),
        "passages": bm25.size,
        "postings": int(bm25.tf.nnz),
        "document_passages": int((~mask).sum()),
        "reference_run": with_reference,
    }
    out["append"] = compare(
        lambda: rest.appended(extra),
        (lambda: appended_by_rebuild(rest, extra)) if with_reference else None,
        same,
        repeats,
    )
    out["delete"] = compare(
        lambda: bm25.with_rows_kept(mask),
        (lambda: rows_kept_by_slicing(bm25, mask)) if with_reference else None,
        same,
        repeats,
    )
    out["lengths"] = compare(
        lambda: field_lengths(bm25.tf, bm25.chars), lambda: lengths_by_slicing(bm25), np.array_equal, repeats
    )
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
            r[part].get("reference", "not run"),
            r[part]["ours"],
            f"{r[part]['speedup']}×" if "speedup" in r[part] else "—",
            r[part]["peak_mib"].get("reference", "—"),
            r[part]["peak_mib"]["ours"],
            ("yes" if r[part]["identical"] else "**no**") if "identical" in r[part] else "—",
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
            "`rows_kept_by_slicing`, and the fields' columns sliced out and summed. *Peak MiB*: the most "
            "memory the step held at once beyond what was allocated before it (tracemalloc, a separate "
            f"pass). References of append and delete run up to {results['reference_postings']:,} postings "
            "only: their peak grows with the postings (at 100k passages the append reference's is 3.6 times "
            "ours), and a first run at 1M passages, which also kept the whole index and both ways' results "
            "in memory, was killed by the kernel's OOM killer at 24 GB.",
            "",
            md_table(
                [
                    "index",
                    "passages",
                    "postings",
                    "step",
                    "reference s",
                    "ours s",
                    "speed-up",
                    "reference peak MiB",
                    "ours peak MiB",
                    "identical",
                ],
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
    parser.add_argument(
        "--reference-postings",
        type=int,
        default=100_000_000,
        help="run the append and delete references only up to this many postings (memory)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = over_indexes(
        "python -m eval.bm25_update " + " ".join(sys.argv[1:] if argv is None else argv),
        args.index,
        lambda path: measure(path, args.repeats, args.reference_postings),
        repeats=args.repeats,
        reference_postings=args.reference_postings,
    )
    write(results, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
