"""The Milvus de-duplication lookup with and without scalar indexes on ``sha256`` and ``part``.

Every write asks the documents collection which of its contents are already held (indexer/milvus_write.py
`holdings`: ``part == 0 and sha256 in [...]``). Two documents collections of the same rows on one
milvus-lite server: one made as citeqa makes it now (INVERTED indexes on doc_id, sha256, part), one as it
was made before (doc_id only). Rows are written in batches of ``--batch`` documents with a flush after each,
as writes arrive; a lookup is a write's ``--write`` documents, half held and half new. The two are timed in
turn, ``--repeats`` times each, median reported; the ratio is from the same run.

    python -m eval.bench_dedupe_index [--documents 2000 8000] [--repeats 31]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eval.milvus_server import lite_server
from indexer import milvus_schema
from indexer.milvus_collections import PLACEHOLDER, Collections
from indexer.milvus_store import META_FIELDS, MilvusConfig, part_pk
from indexer.milvus_write import holdings
from indexer.settings import PROJECT_ROOT
from indexer.store import DocumentMeta

RESULTS = PROJECT_ROOT / "eval" / "results"
TEXT = "本市设立人才编制周转池，用于支持高校和科研院所引进急需紧缺人才。" * 40  # ~1,300 characters a document


def sha(i: int) -> str:
    return hashlib.sha256(f"document {i}".encode()).hexdigest()


def meta(i: int) -> DocumentMeta:
    return DocumentMeta(f"doc_{i:06d}", f"文件{i}", None, None, None, None, sha(i))


def row(i: int) -> dict[str, Any]:
    fields = {name: "" for name in META_FIELDS}
    m = meta(i)
    fields.update(title=str(m.title), sha256=m.sha256)
    return {
        "pk": part_pk(m.doc_id, 0),
        "doc_id": m.doc_id,
        "part": 0,
        "parts": 1,
        "seq": i,
        "passages": 1,
        **fields,
        "text": TEXT,
        "v": PLACEHOLDER,
    }


@contextlib.contextmanager
def documents_indexed_by(fields: tuple[str, ...]) -> Iterator[None]:
    """Collections created inside are made with these scalar indexes on their documents (the layout of an
    index made before sha256 and part were indexed is ``("doc_id",)``)."""
    kept = milvus_schema.DOCUMENT_INDEXES
    milvus_schema.DOCUMENT_INDEXES = fields
    try:
        yield
    finally:
        milvus_schema.DOCUMENT_INDEXES = kept


def fill(cols: Collections, documents: int, batch: int) -> None:
    for lo in range(0, documents, batch):
        cols.insert(cols.config.documents, [row(i) for i in range(lo, min(lo + batch, documents))])
        cols.client.flush(cols.config.documents)


def timed(cols: Collections, metas: list[DocumentMeta]) -> tuple[float, dict[str, str]]:
    t0 = time.perf_counter()
    held = holdings(cols, metas)
    return time.perf_counter() - t0, dict(held.holders)


def measure(uri: str, documents: int, write: int, batch: int, repeats: int) -> dict[str, Any]:
    layouts = {"indexed": milvus_schema.DOCUMENT_INDEXES, "doc_id only": ("doc_id",)}
    cols = {}
    fill_s = {}
    for name, fields in layouts.items():
        config = MilvusConfig(uri=uri, collection=f"dedupe_{documents}_{len(fields)}")
        with documents_indexed_by(fields):
            cols[name] = Collections(config)
            cols[name].create(2)
        t0 = time.perf_counter()
        fill(cols[name], documents, batch)
        fill_s[name] = time.perf_counter() - t0
        indexes = sorted(cols[name].client.list_indexes(config.documents))
        assert indexes == sorted(["v", *fields]), indexes
    # half of the write is held (spread over the collection), half is new
    held = [meta(i) for i in range(0, documents, max(1, 2 * documents // write))][: write // 2]
    metas = held + [meta(documents + i) for i in range(write - len(held))]
    seconds: dict[str, list[float]] = {name: [] for name in [*layouts, "ids by primary key"]}
    ids = [m.doc_id for m in metas]
    answers = {}
    for name in layouts:  # warm-up: filters compiled, segments and indexes loaded
        answers[name] = timed(cols[name], metas)[1]
    assert answers["indexed"] == answers["doc_id only"] == {m.sha256: m.doc_id for m in held}
    for _ in range(repeats):
        for name in layouts:
            seconds[name].append(timed(cols[name], metas)[0])
        t0 = time.perf_counter()
        cols["indexed"].documents_present(ids)
        seconds["ids by primary key"].append(time.perf_counter() - t0)
    median = {name: statistics.median(s) * 1000 for name, s in seconds.items()}
    return {
        "documents": documents,
        "write": write,
        "held": len(held),
        "segments_of": batch,
        "median_ms": median,
        "fill_s": fill_s,
        "ratio_scan_over_indexed": median["doc_id only"] / median["indexed"],
    }


def report(rows: list[dict[str, Any]], repeats: int) -> str:
    lines = [
        "# Milvus de-duplication lookup: scalar indexes on sha256 and part",
        "",
        "`python -m eval.bench_dedupe_index`. One milvus-lite server (loopback); per size two documents",
        "collections of identical rows, written in flushed batches: indexed as citeqa makes them now",
        "(INVERTED on doc_id, sha256, part) and as before (doc_id only). A lookup is `holdings` for one",
        "write (its ids by primary key, its contents by `part == 0 and sha256 in [...]`), half of its",
        f"documents held; median of {repeats} runs each, the two layouts timed in turn on a shared 2-core",
        "machine (compare the columns of a row, not rows of another run). Writing all: the documents'",
        "rows alone, in flushed batches (a real write also embeds and writes passages).",
        "",
        "Where milvus-lite spends a filtered query (milvus_lite/engine/collection.py `query`): it gathers",
        "the key of every row of every segment, then masks them; a scalar index replaces only the mask's",
        "evaluation, so the lookup stays linear in the collection. A primary-key lookup (`pk in [...]`,",
        "here the write's ids alone, which `holdings` also makes) is the one that is not.",
        "",
        "| documents | write (held) | indexed ms | doc_id only ms | scan / indexed | ids by primary key ms |"
        " write all, indexed s | write all, doc_id only s |",
        "|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in rows:
        m = r["median_ms"]
        lines.append(
            f"| {r['documents']:,} | {r['write']} ({r['held']}) | {m['indexed']:.2f} | "
            f"{m['doc_id only']:.2f} | {r['ratio_scan_over_indexed']:.2f} | {m['ids by primary key']:.2f} | "
            f"{r['fill_s']['indexed']:.1f} | "
            f"{r['fill_s']['doc_id only']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, nargs="+", default=[2000, 8000])
    parser.add_argument("--write", type=int, default=64, help="documents of one write")
    parser.add_argument("--batch", type=int, default=200, help="documents written between two flushes")
    parser.add_argument("--repeats", type=int, default=31)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, lite_server(Path(tmp) / "data") as server:
        rows = [measure(server.uri, n, args.write, args.batch, args.repeats) for n in args.documents]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "milvus-dedupe-index.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    text = report(rows, args.repeats)
    (RESULTS / "milvus-dedupe-index.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
