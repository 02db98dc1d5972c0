"""`citeqa index` on the Milvus backend: the embedded build's intake (indexer/intake.py: workers read, clean,
chunk and tokenise; unchanged, duplicate and unreadable documents are sorted out the same way), then the new
and changed documents are embedded and written to Milvus in batches (indexer/milvus_write.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Unpack

from indexer.build import embed_all, under_roots
from indexer.chunk import chunk_text
from indexer.dedupe import Verdict
from indexer.embed import Encoder
from indexer.ingest import Prepared, Staged
from indexer.intake import IndexReport, stage_and_tally
from indexer.milvus_collections import Collections
from indexer.milvus_lease import writer_lease
from indexer.milvus_recover import recover
from indexer.milvus_retrieve import WRITE_DOCS, MilvusRetriever
from indexer.milvus_sentences import embed_missing
from indexer.milvus_store import MilvusConfig, Stats, clip_bytes, term_id
from indexer.milvus_write import NewDocument, NewPassage, apply_new
from indexer.settings import (
    DEFAULT_POLICY,
    CommitPolicy,
    IndexSettings,
    RunOptions,
    holds_units,
    mixing_refused,
    pipeline_behind,
)
from indexer.sources import iter_sources
from indexer.store import IndexFormatError

logger = logging.getLogger(__name__)


class _Target:
    """Where a run's batches go: the Milvus index, created with the first batch when there is none yet."""

    def __init__(
        self,
        config: MilvusConfig,
        cols: Collections,
        settings: IndexSettings,
        encoder_factory: Callable[[str], Encoder],
        existing: MilvusRetriever | None,
        dedupe: bool,
    ) -> None:
        self.config, self.cols, self.settings, self.dedupe = config, cols, settings, dedupe
        self.encoder_factory, self.existing = encoder_factory, existing
        self._encoder: Encoder | None = None
        self.revisions: list[tuple[str, str, Verdict]] = []
        self.new_passages = 0

    def encoder(self) -> Encoder:
        if self._encoder is None:  # all cores for batches, not a query's single thread
            self._encoder = self.encoder_factory(self.settings.model)
        return self._encoder

    def open(self) -> MilvusRetriever:
        if self.existing is None:
            self.existing = MilvusRetriever.create(
                self.config, self.settings, self.encoder(), client=self.cols.client
            )
        return self.existing

    def write(self, batch: Sequence[Staged]) -> None:
        stored = self.open().stats().settings
        encoder = self.encoder()
        passages, docs = _rows(batch, encoder)
        metas = [d.meta for d in docs]
        bodies = [clip_bytes(p.text) for p in passages]
        vectors = embed_missing(self.cols, bodies, encoder, holds_units(stored))
        # every document is encoded: the verdicts, against what other writers wrote meanwhile, only leave
        # some out (and correct the report)
        verdicts = apply_new(self.cols, stored, metas, passages, docs, self.dedupe, vectors, encoder)
        if verdicts is None:  # only for a document not encoded
            raise AssertionError("unreachable")
        self.revisions += [(s.name, m.doc_id, v) for s, m, v in zip(batch, metas, verdicts, strict=True)]
        self.new_passages += len(passages)


class _Batches:
    """The intake's sink: new and changed documents written as they come, a batch every ``policy.documents``
    documents (at most WRITE_DOCS) or ``policy.seconds`` — `citeqa index --commit-every` — so an interrupted
    run keeps what it wrote, and memory holds one batch, not the whole corpus (a probe: on Milvus the flag
    was ignored, and every document was staged before the first was written)."""

    def __init__(self, target: _Target, policy: CommitPolicy) -> None:
        self.target, self.policy = target, policy
        self.docs: list[Staged] = []
        self.since = time.monotonic()

    def add(self, staged: Staged) -> None:
        self.docs.append(staged)
        waited = time.monotonic() - self.since
        if len(self.docs) >= WRITE_DOCS or self.policy.due(len(self.docs), waited):
            self.flush()

    def flush(self) -> None:
        if self.docs:
            self.target.write(self.docs)
            self.docs = []
        self.since = time.monotonic()


def index_paths_milvus(
    config: MilvusConfig,
    paths: Sequence[Path],
    encoder_factory: Callable[[str], Encoder],
    settings: IndexSettings,
    **options: Unpack[RunOptions],
) -> IndexReport:
    """Index files, folders and .jsonl/.csv collections into the Milvus collections of ``config``: new or
    changed documents only (by content hash), as indexer.build.index_paths does for the embedded index
    (``options``: `RunOptions`; ``policy`` is the embedded store's: rows are written as they come). An
    existing collection's settings win over ``settings``; another ``model`` needs ``rebuild``, which builds
    the new collections aside and swaps them in once complete."""
    model, rebuild = options.get("model"), options.get("rebuild", False)
    cols = Collections(config)
    staging = Collections(config.staging(), cols.client)
    cols.finish_swap(staging)
    if rebuild and cols.exists():
        # Made aside and swapped in when complete: until then the index serves as it was, and a rebuild
        # cut short leaves it so (its staging copy is dropped by the next rebuild).
        staging.drop()
        before = {d.doc_id: d.sha256 for d in MilvusRetriever(config, client=cols.client).data.documents}
        aside: RunOptions = {**options, "rebuild": False}
        made = index_paths_milvus(config.staging(), paths, encoder_factory, settings, **aside)
        if not made.indexed:
            # nothing to rebuild from (an empty folder, a mistyped path, only unreadable files): the index
            # stays as it was, where swapping in the empty staging copy had emptied it (or, with no staging
            # copy made at all, dropped its statistics)
            staging.drop()
            stats = cols.stats()
            return replace(made, documents=stats.documents, passages=stats.passages)
        copied = _carry_over(config, paths, before, encoder_factory, cols.client, {})
        # … and, holding the live index's writer lease (a server's writes wait), what was written since that
        # copy began, then the swap: a write acknowledged during the rebuild is never lost (a probe: uploads,
        # deletes and updates made in the seconds before the swap were dropped or undone)
        with writer_lease(cols):
            copied = _carry_over(config, paths, before, encoder_factory, cols.client, copied)
            # the new index's statistics version goes on from the old one's: readers key what they cache on
            # it (the settings, the regions), and a rebuild had started it again from 1 (a probe: /healthz's
            # generation went 7 -> 2, and a server could take the new index's version 7 for the old one's)
            made_stats = staging.stats()
            version = cols.stats().version + made_stats.version + 1
            staging.commit_stats(replace(made_stats, version=version), {})
            cols.swap_in(staging)
        if not copied:
            return made
        stats = cols.stats()
        return replace(made, documents=stats.documents, passages=stats.passages)
    existing = MilvusRetriever(config, client=cols.client) if cols.exists() else None
    if existing is not None:
        recover(cols)  # a writer killed midway: repaired before what the index holds is read
    if existing is not None and model is not None and existing.settings.model != model:
        raise IndexFormatError(
            f"the Milvus index {config.collection!r} was built with model {existing.settings.model!r}, "
            f"not {model!r}; pass --rebuild to re-embed everything with the new model"
        )
    behind = pipeline_behind(existing.settings) if existing is not None else None
    if behind is not None:  # as the embedded store refuses it (indexer/build.py)
        raise IndexFormatError(mixing_refused(f"the Milvus index {config.collection!r}", behind, paths))
    effective = existing.settings if existing is not None else settings.with_model(model or settings.model)
    documents = existing.data.documents if existing is not None else []
    known = {d.doc_id: d.sha256 for d in documents}
    owner = {d.sha256: d.doc_id for d in documents}
    dedupe, workers = options.get("dedupe", True), options.get("workers")
    progress = options.get("progress", False)
    target = _Target(config, cols, effective, encoder_factory, existing, dedupe)
    sink = _Batches(target, options.get("policy", DEFAULT_POLICY))
    report = stage_and_tally(iter_sources(paths), effective, workers, sink, known, owner, dedupe, progress)
    sink.flush()
    report.revise(target.revisions)
    existing = target.existing
    # a new index is created even when empty (an empty folder), but not out of nothing but failures
    if existing is None and not report.skipped:
        existing = target.open()
    stats = cols.stats() if existing is not None else Stats()  # nothing but failures: no index made
    return report.summary(stats.documents, stats.passages, target.new_passages)


def _carry_over(
    config: MilvusConfig,
    roots: Sequence[Path],
    before: dict[str, str],
    encoder_factory: Callable[[str], Encoder],
    client: Any,
    copied: dict[str, str],
) -> dict[str, str]:
    """Copy into the rebuild made aside (``config.staging()``) every document of the live index that the
    rebuild did not index and that is no file under ``roots`` — uploads, other folders' documents — or
    that was written since the rebuild began (``before``: doc_id -> sha256 then), as the embedded store's
    rebuild keeps them (indexer/update.carry_over). Re-chunked from the stored text with the rebuild's
    settings and embedded by its encoder (a rebuild may change both). ``copied`` (doc_id -> sha256) names
    what an earlier pass copied: only what changed since is copied again, and what was deleted since is
    deleted. What is copied now, doc_id -> sha256."""
    live = MilvusRetriever(config, client=client)
    fresh = MilvusRetriever(config.staging(), client=client)
    made = {d.doc_id for d in fresh.data.documents}
    now = {d.doc_id: d for d in live.data.documents}
    theirs = [
        d.doc_id
        for d in now.values()
        if (d.doc_id not in made or d.doc_id in copied)
        and copied.get(d.doc_id) != d.sha256
        and (not under_roots(d.path, roots) or before.get(d.doc_id) != d.sha256)
    ]
    gone = [doc_id for doc_id in copied if doc_id not in now]  # copied, then deleted from the live index
    out = {doc_id: sha for doc_id, sha in copied.items() if doc_id not in gone}
    if gone:
        fresh.delete(gone)
    if not theirs:
        return out
    logger.warning("keeping %d documents the rebuild did not index (uploads, others' writes)", len(theirs))
    settings = fresh.settings
    fresh = MilvusRetriever(config.staging(), encoder=encoder_factory(settings.model), client=client)
    docs = []
    for doc_id in theirs:
        found = live.document(doc_id)
        if found is None:  # deleted meanwhile
            continue
        meta, text, _ = found
        docs.append(Prepared(meta, text, tuple(chunk_text(text, settings.chunking, title=meta.title))))
    fresh.add(docs, dedupe=False)
    return {**out, **{d.meta.doc_id: d.meta.sha256 for d in docs}}


def _rows(batch: Sequence[Staged], encoder: Encoder) -> tuple[list[NewPassage], list[NewDocument]]:
    """The passages (term ids and counts from the intake's tokens, vectors embedded here) and documents."""
    vectors = embed_all(encoder, [t for s in batch for t in s.texts])
    passages: list[NewPassage] = []
    for staged in batch:
        doc = staged.prepared
        for ordinal, (span, terms) in enumerate(zip(doc.spans, staged.terms, strict=True)):
            counts: dict[int, int] = {}
            for term, n in terms.items():
                tid = term_id(term)
                counts[tid] = counts.get(tid, 0) + int(n)
            vector = vectors[len(passages)]
            text = doc.text[span.start : span.end]
            passages.append(NewPassage(doc.meta.doc_id, ordinal, span.start, span.end, text, counts, vector))
    documents = [NewDocument(s.prepared.meta, s.prepared.text, len(s.prepared.spans)) for s in batch]
    return passages, documents
