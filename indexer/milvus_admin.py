"""Operations on a Milvus-backed index: index files, copy an embedded index in, recount statistics, drop.

    python -m indexer.milvus_admin index seeds/ --uri http://milvus:19530 [--collection citeqa]
    python -m indexer.milvus_admin import --index index/ --uri http://milvus:19530 [--collection citeqa]
    python -m indexer.milvus_admin rebuild-stats --uri ... [--reweight]
    python -m indexer.milvus_admin drop --uri ... --collection NAME

Connection settings default to the CITEQA_MILVUS_* environment variables (MilvusConfig.from_env).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from indexer.build import IndexReport, Prepared, collect_files, make_doc_id, prepare
from indexer.embed import Encoder, load_encoder
from indexer.load import read_document
from indexer.milvus_collections import Collections
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.milvus_write import import_index, rebuild_stats
from indexer.settings import DEFAULTS, IndexSettings, default_seeds_dir
from indexer.store import read_index


def index_files(
    config: MilvusConfig,
    paths: Sequence[Path],
    encoder_factory: Callable[[str], Encoder],
    settings: IndexSettings,
) -> IndexReport:
    """`citeqa index` for the Milvus backend: new or changed files only (by content hash), as
    indexer.build.index_paths does for the embedded index. The index settings of an existing collection
    win over ``settings`` (its model and tokenizer decided what is stored)."""
    files = collect_files(paths)
    cols = Collections(config)
    if cols.exists():
        retriever = MilvusRetriever(config, client=cols.client)
    else:
        encoder = encoder_factory(settings.model)
        retriever = MilvusRetriever.create(config, settings, encoder, client=cols.client)
    effective = retriever.settings
    known = {d.doc_id: d.sha256 for d in retriever.data.documents}
    seen: dict[str, Path] = {}
    todo: list[Prepared] = []
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    for file in files:
        doc_id = make_doc_id(file.name)
        if doc_id in seen:
            raise ValueError(
                f"{file} and {seen[doc_id]} would both get doc_id {doc_id!r}; rename one of them"
            )
        seen[doc_id] = file
        raw = read_document(file)
        if known.get(doc_id) == hashlib.sha256(raw.encode("utf-8")).hexdigest():
            unchanged.append(doc_id)
            continue
        (updated if doc_id in known else added).append(doc_id)
        todo.append(prepare(raw, doc_id, effective, path=str(file)))
    if todo:
        if retriever._encoder is None:
            retriever._encoder = encoder_factory(
                effective.model
            )  # all cores for batches, not the query's one
        retriever.add(todo)
    stats = retriever.stats()
    return IndexReport(tuple(added), tuple(updated), tuple(unchanged), stats.documents, stats.passages)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m indexer.milvus_admin", description=__doc__.splitlines()[0]
    )
    parser.add_argument("command", choices=("index", "import", "rebuild-stats", "drop"))
    parser.add_argument("paths", nargs="*", type=Path, help="index: files and folders")
    parser.add_argument("--index", type=Path, help="embedded index directory to import")
    parser.add_argument("--uri", help="Milvus URI (default $CITEQA_MILVUS_URI)")
    parser.add_argument("--token", help="Milvus token, user:password (default $CITEQA_MILVUS_TOKEN)")
    parser.add_argument(
        "--collection", help="collection name prefix (default $CITEQA_MILVUS_COLLECTION or citeqa)"
    )
    parser.add_argument("--index-type", help="dense index type: FLAT (exact), HNSW, IVF_FLAT, ...")
    parser.add_argument("--reweight", action="store_true", help="rebuild-stats: also refresh sparse weights")
    args = parser.parse_args(argv)
    try:
        config = MilvusConfig.from_env() if not args.uri else MilvusConfig(uri=args.uri)
        overrides = {
            k: v
            for k, v in (
                ("token", args.token),
                ("collection", args.collection),
                ("dense_index", args.index_type),
            )
            if v
        }
        config = dataclasses.replace(config, **overrides)
        cols = Collections(config)
        if args.command == "index":
            report = index_files(config, args.paths or [default_seeds_dir()], load_encoder, DEFAULTS)
            print(
                f"added {len(report.added)}, updated {len(report.updated)}, "
                f"unchanged {len(report.unchanged)}; "
                f"{report.documents} documents, {report.passages} passages in {config.collection!r}"
            )
        elif args.command == "import":
            if args.index is None:
                raise ValueError("import needs --index DIR (an index built by citeqa index)")
            stats = import_index(cols, read_index(args.index))
            print(
                f"imported {stats.documents} documents, {stats.passages} passages into {config.collection!r}"
            )
        elif args.command == "rebuild-stats":
            if not cols.exists():
                raise ValueError(f"no citeqa index in collection {config.collection!r}")
            stats = rebuild_stats(cols, reweight=args.reweight)
            print(f"statistics rebuilt: {stats.passages} passages, {stats.vocabulary} terms")
        else:
            cols.drop()
            print(f"dropped {config.collection!r}")
    except ValueError as exc:
        print(f"milvus_admin {args.command}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
