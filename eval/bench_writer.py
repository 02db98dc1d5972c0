"""`python -m eval.bench_writer`: what `citeqa index` costs other writers and an update, before vs after.

1. Update: re-index the seeds with one paragraph of one document changed (`citeqa index seeds/ --index I`
   on a copy of the seed index), wall time of the whole command, medians of ``--repeats``; before and after
   alternate so both see the same machine load.
2. Lock: `citeqa index` of a ``--docs``-document folder (short cmrc2018 passages, one passage each) into a
   copy of the seed index; the write lock's holders are sampled from /proc/locks every millisecond or so
   (no process of ours takes the lock), and the longest continuous hold is reported next to the run's time.

"Before" is the code at ``--before`` (a git revision, extracted with `git archive`), "after" this tree; both
run as `python -m server.cli` subprocesses with PYTHONPATH pointing at their code and the default encoder.
Results: eval/results/bench-writer.{json,md}.
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
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.report import alternate, describe_machine, machine_line, now, write_result
from indexer.settings import PROJECT_ROOT, default_seeds_dir

BENCH = PROJECT_ROOT.parent / "shared" / "bench"
CACHE = PROJECT_ROOT / ".cache" / "bench-writer"
CHANGED_DOC = "001_23f8d249a03d504e.txt"
OLD, NEW = "水积而鱼聚,木茂而鸟集。", "水积而鱼聚,木茂而鸟集,人才汇聚。"  # as tests/test_store_reuse.py


def checkout(revision: str) -> tuple[str, Path]:
    """The code of ``revision`` (indexer/ and server/), extracted once under .cache."""
    sha = subprocess.run(
        ["git", "-C", str(PROJECT_ROOT), "rev-parse", revision], check=True, capture_output=True, text=True
    ).stdout.strip()
    root = CACHE / sha[:12]
    if not (root / "server" / "cli.py").exists():
        root.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(PROJECT_ROOT), "archive", sha, "indexer", "server"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    return sha, root


def citeqa(code: Path, *args: str) -> tuple[float, str]:
    """Run `citeqa` from ``code``; (wall seconds, stderr)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", *args], env=env, capture_output=True, text=True, cwd=code
    )
    took = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(f"citeqa {' '.join(args)} failed: {done.stderr[-2000:]}")
    return took, done.stderr


class LockWatch:
    """Samples /proc/locks for a lock on one file (by inode); records each continuous hold."""

    def __init__(self, path: Path) -> None:
        self.inode = f":{os.stat(path).st_ino} "
        self.holds: list[float] = []
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> LockWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _held(self) -> bool:
        with open("/proc/locks", encoding="ascii") as handle:
            return any(self.inode in line for line in handle)

    def _run(self) -> None:
        since: float | None = None
        while not self._stop.is_set():
            held, at = self._held(), time.perf_counter()
            self.samples += 1
            if held and since is None:
                since = at
            elif not held and since is not None:
                self.holds.append(at - since)
                since = None
            time.sleep(0.001)
        if since is not None:
            self.holds.append(time.perf_counter() - since)


def seed_index(code: Path, work: Path) -> Path:
    index = CACHE / "seed-index"
    if not (index / "manifest.json").exists():
        shutil.rmtree(index, ignore_errors=True)
        citeqa(code, "index", str(default_seeds_dir()), "--index", str(index))
    return index


def bench_update(variants: dict[str, Path], base: Path, work: Path, repeats: int) -> dict[str, Any]:
    folder = work / "seeds"
    shutil.copytree(default_seeds_dir(), folder)
    raw = (folder / CHANGED_DOC).read_text(encoding="utf-8")
    (folder / CHANGED_DOC).write_text(raw.replace(OLD, NEW, 1), encoding="utf-8")

    def update(name: str, code: Path) -> Callable[[int], float]:
        def run(repeat: int) -> float:
            index = work / f"update-{name}-{repeat}"
            shutil.copytree(base, index)
            took, err = citeqa(code, "index", str(folder), "--index", str(index))
            if "updated 1, unchanged 4" not in err:
                raise RuntimeError(f"{name}: unexpected summary: {err[-500:]}")
            shutil.rmtree(index)
            return round(took, 2)

        return run

    times = alternate({name: update(name, code) for name, code in variants.items()}, repeats)  # seconds
    return {name: {"seconds": t, "median": statistics.median(t)} for name, t in times.items()}


def bench_lock(variants: dict[str, Path], base: Path, work: Path, docs: int, every: int) -> dict[str, Any]:
    folder = work / "folder"
    folder.mkdir()
    with open(BENCH / "cmrc2018" / "corpus.jsonl", encoding="utf-8") as handle:
        for i, line in zip(range(docs), handle, strict=False):
            record = json.loads(line)
            (folder / f"c{i:04d}.txt").write_text(
                f"{record['title']}\n{record['text'][:150]}", encoding="utf-8"
            )
    out: dict[str, Any] = {}
    runs: list[tuple[str, Path, tuple[str, ...]]] = [(name, code, ()) for name, code in variants.items()]
    runs.append((f"after, --commit-every {every}", variants["after"], ("--commit-every", str(every))))
    for name, code, extra in runs:
        index = work / f"lock-{len(out)}"
        shutil.copytree(base, index)
        with LockWatch(index / "write.lock") as watch:
            took, err = citeqa(code, "index", str(folder), "--index", str(index), *extra)
        out[name] = {
            "run_seconds": round(took, 2),
            "longest_hold_seconds": round(max(watch.holds, default=0.0), 3),
            "holds": len(watch.holds),
            "held_seconds_total": round(sum(watch.holds), 3),
            "samples": watch.samples,
            "summary": err.strip().splitlines()[-1].split(": ", 1)[-1],
        }
        shutil.rmtree(index)
        print(f"lock {name}: {out[name]}", flush=True)
    return out


def report(result: dict[str, Any]) -> str:
    u, lk = result["update"], result["lock"]
    lines = [
        "# `citeqa index` as a writer: update cost and write-lock holds",
        "",
        f"Measured {result['when']} by `python -m eval.bench_writer` on {machine_line(result['machine'])}.",
        f"Load average at start: {result['machine']['load_average']}. Before = {result['before']}, after = "
        "this tree; both as `python -m server.cli` subprocesses, default encoder (e5-small).",
        "",
        "## Re-index the seeds with one paragraph changed "
        f"(wall time of the command, {result['repeats']} runs each)",
        "",
        "| code | runs (s) | median (s) |",
        "|---|---|--:|",
    ]
    for name in ("before", "after"):
        lines.append(
            f"| {name} | {', '.join(f'{t:.2f}' for t in u[name]['seconds'])} | {u[name]['median']:.2f} |"
        )
    ratio = u["before"]["median"] / u["after"]["median"]
    lines += [
        "",
        f"Median before / after: {ratio:.2f}×. Before re-embeds all 23 passages of the changed document, "
        "after only the one whose text changed (tests/test_store_reuse.py counts the encoder's inputs); the "
        "rest of each run is process start-up, loading the encoder and the index, and the commit.",
        "",
        f"## Longest write-lock hold during `citeqa index` of a {result['docs']}-document folder",
        "",
        "| code | run (s) | longest hold (s) | holds | total held (s) | summary |",
        "|---|--:|--:|--:|--:|---|",
    ]
    for name, r in lk.items():
        lines.append(
            f"| {name} | {r['run_seconds']:.1f} | {r['longest_hold_seconds']:.3f} | {r['holds']} | "
            f"{r['held_seconds_total']:.3f} | {r['summary']} |"
        )
    lines += [
        "",
        "A server's upload waits at most for the longest hold (it used to wait for the whole run, up to its "
        f"120 s timeout, then fail with 503). The default commits every 1000 documents or 60 s "
        f"({lk['after']['holds']} commits here); smaller batches commit more often, each hold as short.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--before", default="9d45e2a", help="git revision of the code to compare against")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--commit-every", type=int, default=50, help="batch size of the extra 'after' run")
    args = parser.parse_args(argv)
    sha, before = checkout(args.before)
    variants = {"before": before, "after": PROJECT_ROOT}
    machine = describe_machine()
    with tempfile.TemporaryDirectory(prefix="bench-writer-") as tmp:
        work = Path(tmp)
        base = seed_index(PROJECT_ROOT, work)
        result = {
            "when": now(),
            "machine": machine,
            "before": sha[:12],
            "repeats": args.repeats,
            "docs": args.docs,
            "update": bench_update(variants, base, work, args.repeats),
            "lock": bench_lock(variants, base, work, args.docs, args.commit_every),
        }
    write_result("bench-writer", result, report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
