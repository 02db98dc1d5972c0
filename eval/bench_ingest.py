"""`python -m eval.bench_ingest`: indexing throughput and memory of the streaming pipeline.

1. Throughput: the cmrc2018 corpus as a JSONL collection through `index_paths` (read, clean, chunk,
   tokenise in a worker pool beside the encoder, embed, write) next to the encoder alone on exactly the
   passages the pipeline embeds; same process, same encoder, alternating runs, medians. Default encoder.
2. Memory: a generated N-document JSONL collection streamed through the same path with a cheap hashing encoder
   (so the run measures the pipeline, not the model), each size in a fresh process; peak RSS per size.
Results: eval/results/bench-ingest.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from eval.report import RESULTS, alternate, describe_machine, machine_line, now, write_result
from indexer.build import embed_all, index_paths
from indexer.collection import read_collection
from indexer.embed import Encoder, load_encoder
from indexer.ingest import Staged, record_doc_id, stage_source
from indexer.settings import DEFAULTS, PROJECT_ROOT, IndexSettings
from indexer.sources import Source

BENCH = PROJECT_ROOT.parent / "shared" / "bench"


class HashEncoder:
    """Deterministic 512-dim vectors from character hashes: nearly free, so memory is the pipeline's."""

    name = "hash"
    dim = 512
    cosine_band = (0.0, 1.0)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_passages(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            idx = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) % self.dim
            np.add.at(out[i], idx, 1.0)
        out += 1e-3
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def passages_of(corpus: Path) -> list[str]:
    """The exact texts the pipeline embeds for ``corpus`` (context included)."""
    texts: list[str] = []
    for record in read_collection(corpus):
        if isinstance(record, ValueError):
            continue
        out = stage_source(Source(record.name, record_doc_id(record.id), record=record), DEFAULTS)
        if isinstance(out, Staged):
            texts.extend(out.texts)
    return texts


def throughput(
    corpus: Path, encoder: Encoder, work: Path, repeats: int, documents: int | None = None
) -> dict[str, Any]:
    texts = passages_of(corpus)
    encoder.encode_passages(texts[:8])  # load weights outside the measurement

    def encoder_alone(_: int) -> float:
        started = time.perf_counter()
        embed_all(encoder, texts)
        return len(texts) / (time.perf_counter() - started)

    def pipeline_with(settings: IndexSettings) -> Callable[[int], float]:
        def run(repeat: int) -> float:
            target = work / f"throughput-{repeat}"
            shutil.rmtree(target, ignore_errors=True)
            started = time.perf_counter()
            report = index_paths([corpus], target, lambda _: encoder, settings, rebuild=True, dedupe=False)
            rate = report.passages / (time.perf_counter() - started)
            shutil.rmtree(target, ignore_errors=True)
            return rate

        return run

    # the default embeds every passage's sentences too (indexer/sentences.py): measured beside the same
    # pipeline without them, in the same alternation
    no_sentences = replace(DEFAULTS, fusion=replace(DEFAULTS.fusion, sentence_dense_weight=0.0))
    runs = alternate(
        {
            "encoder": encoder_alone,
            "pipeline": pipeline_with(DEFAULTS),
            "pipeline_no_sentences": pipeline_with(no_sentences),
        },
        repeats,
    )  # passages/s
    alone, pipeline = runs["encoder"], runs["pipeline"]
    p, a = statistics.median(pipeline), statistics.median(alone)
    bare = statistics.median(runs["pipeline_no_sentences"])
    return {
        "corpus": "cmrc2018/corpus.jsonl" + (f" (first {documents} documents)" if documents else ""),
        "passages": len(texts),
        "encoder": encoder.name,
        "pipeline_passages_per_s": round(p, 1),
        "encoder_passages_per_s": round(a, 1),
        "ratio": round(p / a, 3),
        "pipeline_no_sentences_passages_per_s": round(bare, 1),
        "sentences_ratio": round(p / bare, 3),
        "repeats": repeats,
        "runs": {k: [round(x, 1) for x in v] for k, v in runs.items()},
    }


def write_collection(path: Path, n: int, seed: int = 0) -> None:
    """``n`` one-paragraph documents (up to 200 characters) drawn from cmrc2018 passages (else the seeds)."""
    source = BENCH / "cmrc2018" / "corpus.jsonl"
    if source.exists():
        paras = [str(json.loads(line)["text"]) for line in source.open(encoding="utf-8") if line.strip()]
    else:
        paras = [p.read_text(encoding="utf-8") for p in sorted((PROJECT_ROOT / "seeds").glob("*.txt"))]
    paras = [p[:200] for p in paras]
    rng = np.random.default_rng(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            picks = rng.integers(0, len(paras), size=1)
            text = "\n".join(paras[int(j)] for j in picks) + f"\n编号{i}。"
            handle.write(
                json.dumps({"id": f"g{i}", "title": f"文档{i}", "text": text}, ensure_ascii=False) + "\n"
            )


def memory_child(collection: str, index_dir: str) -> None:
    started = time.perf_counter()
    report = index_paths([Path(collection)], Path(index_dir), lambda _: HashEncoder(), DEFAULTS, rebuild=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "documents": report.documents,
                "passages": report.passages,
                "seconds": round(time.perf_counter() - started, 1),
                "peak_rss_mib": round(peak, 1),
                "worker_peak_rss_mib": round(children, 1),
                "vectors_mib": round(report.passages * HashEncoder.dim * 4 / 2**20, 1),
            }
        )
    )


def memory(sizes: Sequence[int], work: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in sizes:
        collection = work / f"gen-{n}.jsonl"
        write_collection(collection, n)
        print(f"memory run: {n} documents", file=sys.stderr, flush=True)
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "eval.bench_ingest",
                "--memory-child",
                str(collection),
                str(work / f"idx-{n}"),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        out[str(n)] = json.loads(proc.stdout.strip().splitlines()[-1])
        out[str(n)]["collection_mib"] = round(collection.stat().st_size / 2**20, 1)
        shutil.rmtree(work / f"idx-{n}", ignore_errors=True)
        collection.unlink()
    return out


def to_markdown(results: dict[str, Any]) -> str:
    t = results["throughput"]
    lines = [
        "# Indexing: streaming pipeline vs encoder alone",
        "",
        f"{machine_line(results['machine'])} — {results['when']}, load average at start "
        f"{results['machine']['load_average']}. Encoder: `{t['encoder']}`"
        + (" (the default)." if t["encoder"] == DEFAULTS.model else "."),
        "",
        f"Throughput on `{t['corpus']}` ({t['passages']} passages), "
        f"medians of {t['repeats']} alternating runs"
        + (f" (run {results['throughput_when']})" if "throughput_when" in results else "")
        + ":",
        "",
        "| path | passages/s |",
        "|---|---|",
        f"| encoder alone (same texts) | {t['encoder_passages_per_s']} |",
        f"| `citeqa index` pipeline (read, clean, chunk, tokenise in a pool; embed; write) | "
        f"{t['pipeline_passages_per_s']} |",
        f"| **ratio** | **{t['ratio']}** |",
        *(
            [
                f"| the same pipeline without sentence vectors (`sentence_dense_weight` 0) | "
                f"{t['pipeline_no_sentences_passages_per_s']} |",
                f"| **with sentences / without** | **{t['sentences_ratio']}** |",
            ]
            if "sentences_ratio" in t
            else []
        ),
        "",
        "Memory, streaming generated JSONL collections (hashing encoder, so the pipeline is measured)"
        + (f", run {results['memory_when']}" if "memory_when" in results else "")
        + ":",
        "",
        "| documents | passages | collection MiB | seconds | peak RSS MiB (main) | of which vectors MiB "
        "| peak RSS MiB (worker) |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, m in results["memory"].items():
        lines.append(
            f"| {n} | {m['passages']} | {m['collection_mib']} | {m['seconds']} | {m['peak_rss_mib']} | "
            f"{m.get('vectors_mib', '-')} | {m['worker_peak_rss_mib']} |"
        )
    return "\n".join(lines) + "\n"


def rewrite_markdown() -> None:
    """Regenerate the .md from the committed .json (after a change to the table layout)."""
    results = json.loads((RESULTS / "bench-ingest.json").read_text(encoding="utf-8"))
    (RESULTS / "bench-ingest.md").write_text(to_markdown(results), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench_ingest")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--docs", type=int, default=None, help="throughput on the first N corpus documents")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--memory-child", nargs=2, default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--memory-only", action="store_true", help="rerun the memory part, keep the committed throughput"
    )
    parser.add_argument(
        "--throughput-only", action="store_true", help="rerun the throughput part, keep the committed memory"
    )
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(*args.memory_child)
        return 0
    corpus = BENCH / "cmrc2018" / "corpus.jsonl"
    if not corpus.exists():
        print(f"{corpus} is absent; the throughput run needs ../shared/bench", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.docs:
            subset = work / "corpus.jsonl"
            with open(corpus, encoding="utf-8") as src:
                head = [line for _, line in zip(range(args.docs), src, strict=False)]
            subset.write_text("".join(head), encoding="utf-8")
            corpus = subset
        results: dict[str, Any] = {"machine": describe_machine(), "when": now()}
        if args.memory_only:
            previous = json.loads((RESULTS / "bench-ingest.json").read_text(encoding="utf-8"))
            results["throughput"] = previous["throughput"]
            results["throughput_when"] = previous.get("throughput_when", previous["when"])
        else:
            encoder = load_encoder(DEFAULTS.model)
            results["throughput"] = throughput(corpus, encoder, work, args.repeats, args.docs)
        if args.throughput_only:
            previous = json.loads((RESULTS / "bench-ingest.json").read_text(encoding="utf-8"))
            results["memory"] = previous["memory"]
            results["memory_when"] = previous.get("memory_when", previous["when"])
        else:
            results["memory"] = memory([int(s) for s in args.sizes.split(",") if s], work)
    write_result("bench-ingest", results, to_markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
