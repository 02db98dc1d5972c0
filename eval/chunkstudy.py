"""`python -m eval.chunkstudy`: a cheap first pass over chunking settings on the whole-document sets.

Embedding new passage texts costs ~0.15 s each here, so variants are screened on the BM25 leg alone (the index
is built with an encoder that writes zero vectors, in a scratch folder, never in the evaluation cache) beside
the reference BM25 over the same passages; only the variants worth it are then embedded and run through
`python -m eval.wholedoc --chunking …` for every leg. Results: eval/results/chunkstudy.md/.json.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eval.quality import bench_dir, settings_with, split_set
from eval.report import RESULTS, describe_machine, md_table
from eval.seedqa import QUESTIONS
from eval.wholedoc import (
    PASSAGES_LABEL,
    WholeDocSet,
    leg_scores,
    load_wholedoc,
    mean,
    our_passages,
    reference_scores,
    seeds_set,
    source_folder,
)
from indexer.build import index_paths
from indexer.retrieve import Retriever
from indexer.settings import IndexSettings, default_seeds_dir
from indexer.store import read_index

logger = logging.getLogger(__name__)
SETS = ("drcd", "cmrc2018", "seeds")


class ZeroEncoder:
    """Stands in for the model when only the sparse leg is measured: every vector is zero."""

    cosine_band = (0.0, 1.0)

    def __init__(self, name: str, dim: int = 384) -> None:
        self.name, self.dim = name, dim

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.zeros((len(texts), self.dim), np.float32)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return np.zeros((len(texts), self.dim), np.float32)


def sparse_run(ws: WholeDocSet, paths: list[Path], settings: IndexSettings, scratch: Path) -> dict[str, Any]:
    """The bm25 leg and the reference over our passages for one set and one chunking."""
    index_dir = scratch / "index"
    encoder = ZeroEncoder(settings.model)
    index_paths(paths, index_dir, lambda _: encoder, settings, rebuild=True, dedupe=False)
    retriever = Retriever(index_dir)
    data = read_index(index_dir)
    qids = list(ws.questions)
    per = {
        "bm25": leg_scores(ws, qids, retriever, "bm25"),
        PASSAGES_LABEL: reference_scores(ws, qids, our_passages(data)),
    }
    lengths = (data.ends - data.starts).astype(np.int64)
    return {
        "passages": data.passages,
        "mean_chars": round(float(lengths.mean()), 1),
        "legs": {label: mean(v) for label, v in per.items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.chunkstudy", description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="LABEL=JSON[|CONTEXT]",
        help='a chunking to screen, e.g. \'max600={"max_chars": 600}\' (repeatable; "default" always runs)',
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    root = bench_dir()
    variants: dict[str, IndexSettings] = {"default": settings_with(None, None)}
    for spec in args.variant:
        label, _, rest = spec.partition("=")
        chunking, _, context = rest.partition("|")
        try:
            if not label.strip() or label in variants or not rest:
                raise ValueError(
                    f"--variant {spec!r}: write LABEL=JSON[|CONTEXT] with a new label, "
                    "e.g. 'max600={\"max_chars\": 600}'"
                )
            variants[label] = settings_with(chunking or None, context or None, flag=f"--variant {label}")
        except ValueError as exc:
            print(f"eval.chunkstudy: {exc}", file=sys.stderr)
            return 2
    sets: list[tuple[WholeDocSet, list[Path]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec in args.sets.split(","):
            if spec == "seeds":
                sets.append((seeds_set(default_seeds_dir(), QUESTIONS), [default_seeds_dir()]))
            else:
                folder, queries = split_set(spec, root)
                ws = load_wholedoc(folder, queries)
                sets.append((ws, [source_folder(ws, folder, Path(tmp)) / "corpus.jsonl"]))
        results: dict[str, dict[str, Any]] = {}
        for label, settings in variants.items():
            results[label] = {}
            for ws, paths in sets:
                with tempfile.TemporaryDirectory(dir=tmp) as scratch:
                    results[label][ws.name] = sparse_run(ws, paths, settings, Path(scratch))
                print(label, ws.name, json.dumps(results[label][ws.name]["legs"]["bm25"]), flush=True)
    names = [ws.name for ws, _ in sets]
    header = ["variant", *(f"{n} {c}" for n in names for c in ("passages", "bm25 hit@1", "ref hit@1"))]
    rows = [
        [
            label,
            *(
                cell
                for n in names
                for cell in (
                    f"{r[n]['passages']} ({r[n]['mean_chars']:.0f})",
                    f"{r[n]['legs']['bm25']['hit@1']:.4f}",
                    f"{r[n]['legs'][PASSAGES_LABEL]['hit@1']:.4f}",
                )
            ),
        ]
        for label, r in results.items()
    ]
    specs = {label: {**s.chunking.to_dict(), "context": s.context} for label, s in variants.items()}
    text = "\n".join(
        [
            "# Chunking for whole documents: sparse screen",
            "",
            "BM25 leg only (zero vectors), hit@1 of a gold-document passage containing a gold answer; "
            "passages (mean characters). Variants:",
            "",
            *(f"- {label}: `{json.dumps(spec)}`" for label, spec in specs.items()),
            "",
            md_table(header, rows),
            "",
        ]
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "chunkstudy.md").write_text(text, encoding="utf-8")
    body = {"machine": describe_machine(), "variants": specs, "results": results}
    (args.out / "chunkstudy.json").write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
