"""`citeqa eval` (also `python -m eval`): retrieval metrics on a BEIR folder or the seed question set, and
with --answers the answer evaluation (eval/answers.py). Its own entry point, so the server never imports
the evaluation code: `citeqa eval …` runs `python -m eval …`.

Errors a user can fix print one line, ``citeqa eval: …``, and exit with status 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    from indexer.usage import OneLineParser
    from server.cli_args import add_index_args

    p = OneLineParser(
        prog="citeqa eval",
        description="retrieval metrics on a BEIR-style folder or the seed question set; "
        "--answers for answer quality and abstention",
    )
    p.add_argument(
        "--dataset",
        type=Path,
        default=None,
        help="BEIR folder (corpus.jsonl, queries.jsonl, qrels.tsv), indexed into a cache of its own "
        "(.cache/eval, or $CITEQA_EVAL_CACHE), so --index is refused with it; without it, the seed question "
        "set on --index. With --answers: a folder with answers.jsonl, else a name in ../shared/bench",
    )
    p.add_argument(
        "--queries", type=Path, default=None, help="queries file inside the dataset (default queries.jsonl)"
    )
    p.add_argument(
        "--modes",
        default="bm25,dense,hybrid",
        help="comma-separated modes (the reference row is always added)",
    )
    p.add_argument(
        "--fusion",
        default=None,
        help="hybrid fusion override as JSON, e.g. '{\"bm25_weight\": 0.6}' (on the seed question set "
        "also for its answers)",
    )
    p.add_argument("--limit", type=int, default=None, help="evaluate only the first N queries (or questions)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    # where the evaluated index lives: with --dataset on milvus, the dataset's evaluation index is copied
    # into Milvus (collection <milvus-collection>_eval_<dataset>) and served from there
    add_index_args(p)
    p.add_argument(
        "--answers",
        action="store_true",
        help="answer evaluation instead: answer hit, gold-passage citations and answer length on the bench "
        "answers files beside the naive baseline, abstention on out-of-corpus questions (eval/answers.py)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    from server.cli import guarded

    def run() -> int:
        if args.answers:
            from eval.answers import answers_cli

            return answers_cli(args)
        from eval.run import eval_cli

        return eval_cli(args)

    return guarded("eval", run)


if __name__ == "__main__":
    sys.exit(main())
