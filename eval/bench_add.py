"""`python -m eval.bench_add INDEX`: one document written to a large index, before vs after a git revision.

Through `Retriever.add` / `delete` as the server runs them (embed, merge under the write lock, write the next
generation, reload it): a new document *added* (a different text each time), one of those *replaced* by a
changed text under the same id (its old rows deleted, the new ones appended), and one *deleted*. Each variant
runs in its own process (``PYTHONPATH`` at its code: ``--before`` extracted with `git archive` as
eval/bench_writer.py does, "after" this tree) on its own copy of INDEX — the bench's synthetic 100k index,
built and cached by `make bench-full` under .cache/bench — and the variants take turns, ``--rounds`` times,
so a change in the machine's load falls on both alike. Seconds per write, medians over every round.
Results: eval/results/bench-add.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eval.bench_writer import checkout
from eval.report import describe_machine, machine_line, md_table, now, write_result
from indexer.settings import PROJECT_ROOT, default_seeds_dir

WRITES = ("add", "replace", "delete")


def one_round(index_dir: Path, work: Path, repeats: int, source: Path) -> dict[str, list[float]]:
    """Seconds of each write on a fresh copy of ``index_dir`` (run inside a variant's process)."""
    from indexer.build import prepare
    from indexer.retrieve import Retriever

    target = work / "index"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(index_dir, target)
    retriever = Retriever(target)
    retriever.warm_up()  # the encoder loads first, as a serving process's does at start
    raw = source.read_text(encoding="utf-8")
    seconds: dict[str, list[float]] = {w: [] for w in WRITES}

    def timed(write: str, call: Any, *args: Any) -> None:
        started = time.perf_counter()
        call(*args)
        seconds[write].append(time.perf_counter() - started)

    for rep in range(repeats):
        # a different text each time: the same text under another id is a duplicate, not written again
        text = f"{raw}\n本文是第{rep + 1}次追加的副本,用于测量把一份新文件写入索引所需的时间。"
        doc_id = f"bench-add-{rep}"
        timed("add", retriever.add, [prepare(text, doc_id, retriever.settings)])
        changed = prepare(text + "\n其中一段内容已经修改。", doc_id, retriever.settings)
        timed("replace", retriever.add, [changed])
        timed("delete", retriever.delete, [doc_id])
    if retriever.data.passages != len(retriever.data.keys):
        raise RuntimeError("index inconsistent after the writes")
    shutil.rmtree(target, ignore_errors=True)
    return seconds


def run_variant(
    code: Path, index_dir: Path, work: Path, repeats: int, source: Path
) -> dict[str, list[float]]:
    """One round in a subprocess whose `indexer` is ``code``'s (this tree's eval drives it)."""
    script = (
        f"import json, sys; sys.path.append({str(PROJECT_ROOT)!r}); from pathlib import Path; "
        "from eval.bench_add import one_round; "
        f"print(json.dumps(one_round(Path({str(index_dir)!r}), Path({str(work)!r}), {repeats}, "
        f"Path({str(source)!r}))))"
    )
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=code, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"variant at {code} failed: {done.stderr[-2000:]}")
    result: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(result: dict[str, Any]) -> str:
    rows = []
    for write in WRITES:
        before = statistics.median(result["samples"]["before"][write])
        after = statistics.median(result["samples"]["after"][write])
        rows.append([write, f"{before:.2f}", f"{after:.2f}", f"{before / after:.2f}×"])
    return "\n".join(
        [
            "# One document written to a large index, before vs after",
            "",
            f"{result['when']}, {machine_line(result['machine'])}. Index: {result['index']} "
            f"({result['passages']:,} passages); before = {result['before']}, after = this tree. "
            f"{result['rounds']} rounds × {result['repeats']} writes of each kind per variant, the variants "
            "taking turns; each round in its own process on its own copy of the index. Seconds per write "
            "(embed, merge under the lock, write the next generation, reload it), medians over every round. "
            "`python -m eval.bench_add`.",
            "",
            md_table(["write", "before s", "after s", "before / after"], rows),
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("index", type=Path, help="the index to write to (a copy of it, per round)")
    parser.add_argument("--before", default="ebcb1d2", help="git revision of the code to compare against")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3, help="writes of each kind per round")
    args = parser.parse_args(argv)
    sha, before = checkout(args.before)
    variants = {"before": before, "after": PROJECT_ROOT}
    samples: dict[str, dict[str, list[float]]] = {v: {w: [] for w in WRITES} for v in variants}
    # the document written: the smallest seed (7 passages), as the bench's incremental add
    source = min(default_seeds_dir().glob("*.txt"), key=lambda p: p.stat().st_size)
    with tempfile.TemporaryDirectory(prefix="bench-add-", dir=PROJECT_ROOT / ".cache") as tmp:
        for rnd in range(args.rounds):
            for name in variants if rnd % 2 == 0 else list(variants)[::-1]:
                got = run_variant(variants[name], args.index.resolve(), Path(tmp), args.repeats, source)
                for write in WRITES:
                    samples[name][write].extend(got[write])
                print(name, json.dumps(got), file=sys.stderr, flush=True)
    manifest = json.loads((args.index / "manifest.json").read_text(encoding="utf-8"))
    result = {
        "when": now(),
        "machine": describe_machine(),
        "index": str(args.index),
        "passages": manifest["counts"]["passages"],
        "before": sha[:12],
        "rounds": args.rounds,
        "repeats": args.repeats,
        "samples": samples,
    }
    write_result("bench-add", result, report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
