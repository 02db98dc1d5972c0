"""Reading every member of a solid .7z: the block inflated once and kept (indexer/sevenzip.py, as citeqa reads
one now) against each member inflated alone (the reference, as it read them before: in a solid block each
read inflates every member before it). An archive of ``--members`` text files of ``--kib`` KiB each, written
by py7zr (LZMA2, one solid block); both read it through in the archive's order, ``--repeats`` times each in
turn, median reported; the ratio is from the same run, and both must give the same bytes.

    python -m eval.bench_sevenzip [--members 10 50] [--kib 200] [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import py7zr

from indexer import sevenzip
from indexer.archive import read_member
from indexer.settings import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "eval" / "results"
WORDS = "设立 人才 编制 周转池 补贴 标准 申请 材料 办理 时限 每户 最高 不超过 元 县 乡镇 村 窗口".split()


def archive(folder: Path, members: int, kib: int) -> tuple[Path, list[str]]:
    rng = random.Random(members)
    path = folder / f"{members}.7z"
    names = [f"附件/{n:03d}.txt" for n in range(members)]
    with py7zr.SevenZipFile(path, "w") as out:
        for name in names:
            text = "".join(rng.choice(WORDS) for _ in range(kib * 1024 // 6))
            out.writestr(text.encode()[: kib * 1024], name)
    return path, names


def kept(path: Path, names: list[str]) -> list[bytes]:
    sevenzip._block = None  # (each repeat starts with nothing kept)
    return [read_member(path, n, f"{path.name}/{n}") for n in names]


def alone(path: Path, names: list[str]) -> list[bytes]:
    return [bytes(sevenzip._inflate(path, [n])[n].data) for n in names]


def timed(read: Callable[[Path, list[str]], list[bytes]], path: Path, names: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    out = read(path, names)
    return time.perf_counter() - start, hash(tuple(out))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--members", type=int, nargs="+", default=[10, 50])
    parser.add_argument("--kib", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS / "sevenzip-block")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for members in args.members:
            path, names = archive(Path(folder), members, args.kib)
            times: dict[str, list[float]] = {"kept": [], "alone": []}
            digests = set()
            for _ in range(args.repeats):
                for label, read in (("kept", kept), ("alone", alone)):
                    seconds, digest = timed(read, path, names)
                    times[label].append(seconds)
                    digests.add(digest)
            assert len(digests) == 1, "the two readings differ"
            row = {
                "members": members,
                "kib": args.kib,
                "archive_bytes": path.stat().st_size,
                "kept_s": statistics.median(times["kept"]),
                "alone_s": statistics.median(times["alone"]),
            }
            row["speedup"] = row["alone_s"] / row["kept_s"]
            rows.append(row)
            print(json.dumps(row))
    args.out.with_suffix(".json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    lines = [
        "# Reading a solid .7z's members: the block kept vs each member alone",
        "",
        f"`python -m eval.bench_sevenzip` — {args.repeats} repeats each in turn, medians; text members of"
        f" {args.kib} KiB, one LZMA2 solid block (py7zr); both readings give the same bytes.",
        "",
        "| members | archive bytes | block kept (s) | each alone, reference (s) | speed-up |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['members']} | {r['archive_bytes']:,} | {r['kept_s']:.2f} | {r['alone_s']:.2f} |"
            f" {r['speedup']:.1f}x |"
        )
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
