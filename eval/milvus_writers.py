"""Two processes writing to one Milvus index at once, with and without the writer lease (a measurement, not a
test): how far the BM25 statistics drift without serialisation, and what the lease costs.

    python -m eval.milvus_writers [--runs 3] [--uri http://...]

The seed corpus cut into 64 one-passage documents; each process adds half of them, one write each, both
starting together. The reference is one process adding all 64. The keyword encoder of the tests stands in
for the model (the statistics do not depend on vectors). Results: eval/results/milvus-writers.{json,md}.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.milvus_server import lite_server
from indexer.build import make_doc_id, prepare
from indexer.load import read_document
from indexer.milvus_collections import Collections
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig, Stats
from indexer.settings import DEFAULTS, PROJECT_ROOT

RESULTS = PROJECT_ROOT / "eval" / "results"
SEEDS = PROJECT_ROOT / "seeds"

# One writer process: reads its job, says ready, waits for "go", adds its documents one write at a time,
# deletes some, prints how many it deleted.
WORKER = """
import json, sys
from indexer.build import prepare
from indexer.milvus_collections import Collections
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from tests.conftest import KeywordEncoder
r = MilvusRetriever(MilvusConfig(uri=sys.argv[1], collection=sys.argv[2]), encoder=KeywordEncoder())
job = json.loads(sys.stdin.readline())
docs = [prepare(text, doc_id, r.settings) for doc_id, text in job["add"]]
print("ready", flush=True)
sys.stdin.readline()
for doc in docs:
    r.add([doc])
print(r.delete(job["delete"]), flush=True)
"""
# the lease switched off in the worker (the measurement's "without" arm only)
WITHOUT_LEASE = (
    "import contextlib, indexer.milvus_write as w\nw.writer_lease = lambda cols: contextlib.nullcontext()\n"
)


def small_documents() -> list[tuple[str, str]]:
    """The seed corpus cut into one document per passage: 64 small documents."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        doc = prepare(read_document(path), make_doc_id(path.name), DEFAULTS)
        for ordinal, span in enumerate(doc.spans):
            out.append((f"{doc.meta.doc_id}-{ordinal}", doc.text[span.start : span.end]))
    return out


def comparable(stats: Stats) -> dict[str, float]:
    """The statistics that must not depend on how writes interleaved (not the write counters)."""
    fields = ("passages", "documents", "total_length", "chars_total_length", "vocabulary", "chars_vocabulary")
    return {f: getattr(stats, f) for f in (*fields, "sum_df", "chars_sum_df")}


def document_frequencies(retriever: MilvusRetriever) -> dict[int, int]:
    return {t: n for terms in retriever.cols.all_df().values() for t, n in terms.items()}


def write_at_once(
    uri: str, name: str, jobs: list[dict[str, Any]], lease: bool = True
) -> tuple[list[int], float]:
    """Run one writer process per job, all starting together; (documents each deleted, seconds)."""
    from tests.conftest import KeywordEncoder

    config = MilvusConfig(uri=uri, collection=name)
    Collections(config).drop()
    MilvusRetriever.create(config, DEFAULTS, KeywordEncoder())
    source = WORKER if lease else WITHOUT_LEASE + WORKER
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", source, uri, name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=PROJECT_ROOT,
        )
        for _ in jobs
    ]
    try:
        for proc, job in zip(procs, jobs, strict=True):
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(job) + "\n")
            proc.stdin.flush()
            if proc.stdout.readline().strip() != "ready":
                raise RuntimeError("a writer process failed to start")
        started = time.perf_counter()
        for proc in procs:
            proc.stdin.write("go\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
        removed = [int(proc.stdout.readline()) for proc in procs]  # type: ignore[union-attr]
        return removed, time.perf_counter() - started
    finally:
        for proc in procs:
            proc.stdin.close()  # type: ignore[union-attr]
            proc.wait(timeout=120)
            proc.stdout.close()  # type: ignore[union-attr]


def measure(uri: str, runs: int) -> dict[str, Any]:
    from tests.conftest import KeywordEncoder

    docs = small_documents()
    Collections(MilvusConfig(uri=uri, collection="writers_ref")).drop()
    reference = MilvusRetriever.create(
        MilvusConfig(uri=uri, collection="writers_ref"), DEFAULTS, KeywordEncoder()
    )
    started = time.perf_counter()
    for doc_id, text in docs:
        reference.add([prepare(text, doc_id, reference.settings)])
    single = time.perf_counter() - started
    want, want_df = comparable(reference.stats()), document_frequencies(reference)
    jobs = [{"add": docs[0::2], "delete": []}, {"add": docs[1::2], "delete": []}]
    rows = []
    for run in range(runs):
        for lease in (False, True):
            name = f"writers_{run}_{int(lease)}"
            _, seconds = write_at_once(uri, name, jobs, lease)
            got = MilvusRetriever(MilvusConfig(uri=uri, collection=name), encoder=KeywordEncoder())
            stats, df = comparable(got.stats()), document_frequencies(got)
            rows.append(
                {
                    "run": run,
                    "lease": lease,
                    "seconds": round(seconds, 2),
                    "passages": stats["passages"],
                    "total_length": stats["total_length"],
                    "terms_with_wrong_df": sum(
                        1 for t in set(want_df) | set(df) if want_df.get(t) != df.get(t)
                    ),
                    "exact": stats == want and df == want_df,
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    return {
        "documents": len(docs),
        "single_process_seconds": round(single, 2),
        "expected": {**want, "terms": len(want_df)},
        "runs": rows,
    }


def markdown(r: dict[str, Any]) -> str:
    e = r["expected"]
    lines = [
        "# Two writers on one Milvus index: with and without the writer lease",
        "",
        "`python -m eval.milvus_writers` — milvus-lite, two processes each adding 32 of the seed corpus's 64",
        "passages as one-passage documents (one write each), started together; the reference is one process",
        f"adding all 64 ({r['single_process_seconds']} s). Expected: {e['passages']} passages, word-field "
        f"length {e['total_length']:.0f},",
        f"{e['terms']} terms with a document frequency.",
        "",
        "| run | lease | seconds | passages (N) | word-field length | terms with a wrong df | exact |",
        "|--:|---|--:|--:|--:|--:|---|",
    ]
    for row in r["runs"]:
        lines.append(
            f"| {row['run']} | {'yes' if row['lease'] else 'no'} | {row['seconds']} | {row['passages']} | "
            f"{row['total_length']:.0f} | {row['terms_with_wrong_df']} | {'yes' if row['exact'] else 'no'} |"
        )
    lines.append("")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--uri", default=None, help="a running Milvus; default: start milvus-lite")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        uri = args.uri or stack.enter_context(lite_server(Path(tmp) / "data")).uri
        result = measure(uri, args.runs)
    (RESULTS / "milvus-writers.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "milvus-writers.md").write_text(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
