"""Composes the offline pipeline: load → clean → chunk → tokenise/embed → index store, incrementally.

Adding a document tokenises and embeds only that document's passages — and only those whose embedded text
the index does not already hold (`indexer.reuse`); deleting one drops its rows from both legs. A run never
stops on one bad document: each is reported by name with its reason and the rest are indexed. Documents are
read, prepared and embedded with no lock held; every batch (`indexer.settings.CommitPolicy`) is merged into
the latest commit under the write lock and committed as a new generation (see store.py), so a killed run
loses at most its last batch, and other writers — a server's uploads — wait only for a merge.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Unpack

import numpy as np

from indexer.chunk import Span
from indexer.collection import Record
from indexer.dedupe import Verdict
from indexer.embed import Encoder, ReusingEncoder
from indexer.ingest import (
    DOC_ID_PATTERN,
    Prepared,
    Staged,
    context_text,
    file_doc_id,
    ingest_text,
    validate_doc_id,
)
from indexer.intake import IndexReport, Skipped, stage_and_tally
from indexer.load import DocumentError
from indexer.pipeline import EMBED_BATCH, Batch
from indexer.reuse import StoredVectors
from indexer.rows import add_documents, batch_rows, delete_documents, embed_all, empty_index, merge_batch
from indexer.sentences import SentenceVectors
from indexer.settings import (
    DEFAULT_POLICY,
    CommitPolicy,
    IndexSettings,
    RunOptions,
    mixing_refused,
    pipeline_behind,
)
from indexer.sources import Source, iter_sources
from indexer.store import MANIFEST, IndexData, IndexFormatError, read_index
from indexer.update import commit_rows, swap_in

logger = logging.getLogger(__name__)

__all__ = [
    "DOC_ID_PATTERN",
    "EMBED_BATCH",
    "CommitPolicy",
    "IndexReport",
    "Prepared",
    "Skipped",
    "Span",
    "add_documents",
    "context_text",
    "delete_documents",
    "embed_all",
    "empty_index",
    "index_paths",
    "index_records",
    "make_doc_id",
    "merge_batch",
    "prepare",
    "validate_doc_id",
]


def make_doc_id(name: str) -> str:
    """doc_id of an uploaded or top-level file by its name (see indexer.ingest for the rule)."""
    return file_doc_id(Path(name).name)


def prepare(
    raw: str, doc_id: str, settings: IndexSettings, path: str | None = None, title: str | None = None
) -> Prepared:
    """Clean, describe and chunk one document's raw text (DocumentError when nothing is left)."""
    prepared = ingest_text(raw, doc_id, settings, title=title)
    return replace(prepared, meta=replace(prepared.meta, path=path)) if path else prepared


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Supported document files under the given files and folders, in a stable order (bad paths skipped)."""
    listed = (s.path for s in iter_sources(paths) if isinstance(s, Source) and s.path is not None)
    return list(dict.fromkeys(listed))  # (an archive's documents are one file)


def index_paths(
    paths: Sequence[Path],
    index_dir: Path,
    encoder_factory: Callable[[str], Encoder],
    settings: IndexSettings,
    **options: Unpack[RunOptions],
) -> IndexReport:
    """Index files, folders and .jsonl/.csv collections into ``index_dir``: new or changed documents only.

    A document that cannot be read, decoded or cleaned into text is skipped and reported (``skipped``);
    one whose content is already indexed under another id is reported in ``duplicates`` and stored once.
    Committed in batches (``policy``); a rebuild is committed once, at the end. ``options``: `RunOptions`.
    """
    return index_sources(iter_sources(paths), index_dir, encoder_factory, settings, roots=paths, **options)


def under_roots(path: str | None, roots: Sequence[Path]) -> bool:
    """A document's recorded path names a file under one of ``roots`` (the paths a run indexes): the file
    was theirs. An upload's path is its bare name; a collection record's is its URL or file:line."""
    if not path:
        return False
    try:
        where = Path(path).resolve()
        return any(where == root or root in where.parents for root in (r.resolve() for r in roots))
    except (OSError, ValueError, RuntimeError):
        return False


def index_records(
    records: Iterable[tuple[str, str | None, str]],
    index_dir: Path,
    encoder: Encoder,
    settings: IndexSettings,
    progress: bool = False,
    workers: int | None = None,
) -> IndexReport:
    """Build a fresh index from in-memory (doc_id, title, text) records — benchmark corpora, tests — through
    the same streaming path as files (duplicates and empty documents are reported, not fatal)."""

    def sources() -> Iterator[Source | DocumentError]:
        for doc_id, title, text in records:
            validate_doc_id(doc_id)
            record = Record(name=doc_id, id=doc_id, text=text, title=title)
            yield Source(name=doc_id, doc_id=doc_id, record=record)

    return index_sources(
        sources(),
        index_dir,
        lambda _: encoder,
        settings,
        rebuild=True,
        progress=progress,
        workers=workers,
        dedupe=False,
    )


def index_sources(
    sources: Iterable[Source | DocumentError],
    index_dir: Path,
    encoder_factory: Callable[[str], Encoder],
    settings: IndexSettings,
    *,
    model: str | None = None,
    rebuild: bool = False,
    progress: bool = False,
    workers: int | None = None,
    dedupe: bool = True,
    policy: CommitPolicy = DEFAULT_POLICY,
    roots: Sequence[Path] | None = None,
) -> IndexReport:
    """Read, prepare and embed ``sources`` (options: `RunOptions`, with their defaults) with no lock held;
    merge them into the latest commit under the write lock in batches (`CommitPolicy`), keeping whatever
    other writers committed meanwhile — a document both changed goes to whichever merge comes later. A
    rebuild builds a fresh index and takes the lock once, to swap it in (carrying over documents others
    wrote during the rebuild, and, given the ``roots`` the sources come from, every document of the index
    that is no file under them — uploads, other folders' documents — re-chunked from its stored text when
    the settings changed: a rebuild, or `make run` after an upgrade, never drops what users uploaded)."""
    start = _readable_index(index_dir) if rebuild else _committed_index(index_dir)
    existing = None if rebuild or start is None else IndexSettings.from_manifest(start.settings)
    if existing is not None and model is not None and existing.model != model:
        raise IndexFormatError(
            f"index at {index_dir} was built with model {existing.model!r}, not {model!r}; "
            "pass --rebuild to re-embed everything with the new model"
        )
    behind = pipeline_behind(existing) if existing is not None else None
    if behind is not None:
        # new and changed documents would be cut by this citeqa's pipeline beside passages of another
        raise IndexFormatError(mixing_refused(f"index at {index_dir}", behind, roots))
    effective = existing or (settings.with_model(model) if model else settings)
    current = None if rebuild else start
    known = {d.doc_id: d.sha256 for d in current.documents} if current is not None else {}
    owner = {d.sha256: d.doc_id for d in current.documents} if current is not None else {}
    encoder = _RunEncoder(encoder_factory, effective.model, start, everything=rebuild)
    sink = _Committer(index_dir, effective, encoder, known, None if rebuild else policy, current, dedupe)
    if start is not None and start.settings["model"]["name"] == effective.model:
        sink.known_sentences = start.sentences  # copied, not embedded again
        sink.batch = sink.new_batch()
    report = stage_and_tally(sources, effective, workers, sink, known, owner, dedupe, progress)
    if rebuild and not sink.batch.documents and (index_dir / MANIFEST).exists():
        # nothing to rebuild from (an empty folder, a mistyped path, only unreadable files): the index stays
        # as it was, where the empty rebuild had been swapped in for it and every document lost
        kept = _readable_index(index_dir)
        return report.summary(len(kept.documents), kept.passages, 0) if kept else report.summary(0, 0, 0)
    # a new index is created even when empty (an empty folder), but not out of nothing but failures
    if sink.batch.documents or (sink.committed is None and not report.skipped):
        if rebuild:
            sink.new_passages += sink.batch.passages
            keep = (
                [d.doc_id for d in start.documents if not under_roots(d.path, roots)]
                if start is not None and roots is not None
                else []
            )
            rows = batch_rows(sink.batch, effective)
            sink.committed = swap_in(index_dir, rows, start, encoder.get(), keep)
        else:
            sink.commit()
    report.revise(sink.revisions)
    done = sink.committed
    if done is None:
        return report.summary(0, 0, sink.new_passages)
    return report.summary(len(done.documents), done.passages, sink.new_passages)


class _Committer:
    """Where a run's staged documents go: into a batch, embedded as passages arrive; when ``policy`` says so
    (never for a rebuild: None), the batch is merged into the latest commit under the write lock."""

    def __init__(
        self,
        index_dir: Path,
        settings: IndexSettings,
        encoder: _RunEncoder,
        known: dict[str, str],
        policy: CommitPolicy | None,
        committed: IndexData | None,
        dedupe: bool = True,
    ) -> None:
        self.index_dir, self.settings, self.encoder = index_dir, settings, encoder
        self.known, self.policy, self.dedupe = known, policy, dedupe
        self.committed = committed  # the latest commit this run has made or started from
        self.names: dict[str, str] = {}  # doc_id -> source name, of the batch's documents
        # each committed document's verdict against the commit it was merged into: the report's truth when
        # another writer committed the same document, or its content, while this run prepared it
        self.revisions: list[tuple[str, str, Verdict]] = []
        self.known_sentences: SentenceVectors | None = None
        self.batch = self.new_batch()
        self.opened, self.scale, self.new_passages = time.monotonic(), 1, 0

    def new_batch(self) -> Batch:
        return Batch(self.settings, self.encoder.get, self.known_sentences)

    def add(self, staged: Staged) -> None:
        doc_id = staged.prepared.meta.doc_id
        if doc_id in self.known:
            self.encoder.reuse_document(doc_id)  # replaced: its unchanged passages keep their vectors
        self.names[doc_id] = staged.name
        self.batch.add(staged)
        waited = time.monotonic() - self.opened
        if self.policy is not None and self.policy.due(len(self.batch.documents), waited, self.scale):
            self.commit()

    def commit(self) -> None:
        self.new_passages += self.batch.passages
        delta = batch_rows(self.batch, self.settings)  # embeds what is left: no lock held
        began = time.monotonic()
        self.committed, verdicts = commit_rows(self.index_dir, delta, self.committed, self.dedupe)
        ended = time.monotonic()
        for meta, verdict in zip(delta.documents, verdicts, strict=True):
            self.revisions.append((self.names[meta.doc_id], meta.doc_id, verdict))
        self.names.clear()
        if self.policy is not None:
            self.scale = self.policy.next_scale(self.scale, work=began - self.opened, commit=ended - began)
        self.batch, self.opened = self.new_batch(), ended
        self.encoder.forget()


class _RunEncoder:
    """The run's one encoder, loaded on first use (a run with nothing new never loads a model), taking the
    vectors the index already holds for unchanged passages: all of them for a rebuild with the same model,
    a replaced document's own for an update (derived when that document comes up)."""

    def __init__(
        self, factory: Callable[[str], Encoder], model: str, start: IndexData | None, everything: bool
    ) -> None:
        self._factory, self._model, self._everything = factory, model, everything
        self._stored = StoredVectors(start) if start is not None and start.documents else None
        self._known: dict[bytes, np.ndarray] = {}
        self._encoder: Encoder | None = None

    def get(self) -> Encoder:
        if self._encoder is None:
            inner = self._factory(self._model)
            if self._stored is None or not self._stored.matches(self._model, inner.dim):
                self._stored = None
                self._encoder = inner
            else:
                if self._everything:
                    self._known.update(self._stored.of())
                self._encoder = ReusingEncoder(inner, self._known)
        return self._encoder

    def forget(self) -> None:
        """After a commit: the replaced documents' vectors offered so far were for passages now embedded."""
        if not self._everything:
            self._known.clear()

    def reuse_document(self, doc_id: str) -> None:
        """Before a replaced document is embedded: offer its stored vectors (the model must be loaded by then
        to know whether they fit — it is about to be used anyway)."""
        self.get()
        if self._stored is not None and not self._everything:
            self._known.update(self._stored.of([doc_id]))


def _committed_index(index_dir: Path) -> IndexData | None:
    """The latest commit (None when there is none); a damaged or incompatible index stops the run."""
    return read_index(index_dir) if (index_dir / MANIFEST).exists() else None


def _readable_index(index_dir: Path) -> IndexData | None:
    """The index a rebuild replaces, when it can be read (its vectors may be reused)."""
    try:
        return _committed_index(index_dir)
    except ValueError:
        return None
