"""Reading every member of a solid .7z or a compressed tar: the stream inflated once and its members kept
(indexer/sevenzip.py, indexer/tararchive.py: archive.keep, as citeqa reads them now) against each member
inflated alone (the reference, as they were read before: each read inflates every member before it). An
archive of ``--members`` text files of ``--kib`` KiB each (py7zr's LZMA2 in one solid block; tarfile's gzip,
bzip2 and xz); both read it through in the archive's order, ``--repeats`` times each in turn, median
reported; the ratio is from the same run, and both must give the same bytes.

    python -m eval.bench_archive_members [--members 10 50] [--kib 200] [--repeats 5]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import py7zr

from indexer import archive, sevenzip
from indexer.archive import read_member
from indexer.settings import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "eval" / "results"
WORDS = "设立 人才 编制 周转池 补贴 标准 申请 材料 办理 时限 每户 最高 不超过 元 县 乡镇 村 窗口".split()


TAR_MODES: dict[str, Literal["w:gz", "w:bz2", "w:xz"]] = {
    ".tar.gz": "w:gz",
    ".tar.bz2": "w:bz2",
    ".tar.xz": "w:xz",
}
KINDS = [".7z", *TAR_MODES]


def write_archive(folder: Path, suffix: str, members: int, kib: int) -> tuple[Path, list[str]]:
    rng = random.Random(members)
    path = folder / f"{members}{suffix}"
    names = [f"附件/{n:03d}.txt" for n in range(members)]
    texts = ["".join(rng.choice(WORDS) for _ in range(kib * 1024 // 6)).encode()[: kib * 1024] for _ in names]
    if suffix == ".7z":
        with py7zr.SevenZipFile(path, "w") as out:
            for name, text in zip(names, texts, strict=True):
                out.writestr(text, name)
    else:
        with tarfile.open(path, TAR_MODES[suffix]) as tar:
            for name, text in zip(names, texts, strict=True):
                info = tarfile.TarInfo(name)
                info.size = len(text)
                tar.addfile(info, io.BytesIO(text))
    return path, names


def kept(path: Path, names: list[str]) -> list[bytes]:
    archive._kept = None  # (each repeat starts with nothing kept)
    return [read_member(path, n, f"{path.name}/{n}") for n in names]


def alone(path: Path, names: list[str]) -> list[bytes]:
    if path.suffix == ".7z":
        return [bytes(sevenzip._inflate(path, [n])[n].data) for n in names]
    out = []
    for name in names:  # (walked to and no further, as read_tar_member did)
        with tarfile.open(path) as tar:
            while (info := tar.next()) is not None and info.name != name:
                pass
            handle = tar.extractfile(name) if info is not None else None
            assert handle is not None
            out.append(handle.read())
    return out


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
    parser.add_argument("--kinds", nargs="+", default=KINDS, choices=KINDS)
    parser.add_argument("--out", type=Path, default=RESULTS / "archive-members")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for suffix, members in [(k, m) for k in args.kinds for m in args.members]:
            path, names = write_archive(Path(folder), suffix, members, args.kib)
            times: dict[str, list[float]] = {"kept": [], "alone": []}
            digests = set()
            for _ in range(args.repeats):
                for label, read in (("kept", kept), ("alone", alone)):
                    seconds, digest = timed(read, path, names)
                    times[label].append(seconds)
                    digests.add(digest)
            assert len(digests) == 1, "the two readings differ"
            row = {
                "kind": suffix,
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
        "# Reading the members of a solid .7z or a compressed tar: the stream kept vs each member alone",
        "",
        f"`python -m eval.bench_archive_members` — {args.repeats} repeats each in turn, medians; text members"
        f" of {args.kib} KiB (a .7z: one LZMA2 solid block, py7zr; a tar: tarfile); both readings give the"
        " same bytes.",
        "",
        "| archive | members | archive bytes | stream kept (s) | each alone, reference (s) | speed-up |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['kind']} | {r['members']} | {r['archive_bytes']:,} | {r['kept_s']:.2f} |"
            f" {r['alone_s']:.2f} | {r['speedup']:.1f}x |"
        )
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
