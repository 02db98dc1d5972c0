"""Sorting the documents of an indexing run: each source is staged (read, cleaned, chunked, tokenised, in
worker processes) and found skipped, unchanged, a duplicate of indexed content, or new — and then handed to a
sink: the embedded build's `Batch` or the Milvus indexer. One home, so both backends report a run alike.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Protocol

from indexer.dedupe import Outcome, Verdict
from indexer.ingest import Staged, Unchanged, legacy_doc_ids
from indexer.load import DocumentError
from indexer.pipeline import progress_bar, stage_stream
from indexer.settings import IndexSettings
from indexer.sources import Source

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Skipped:
    name: str
    reason: str


@dataclass(frozen=True)
class IndexReport:
    added: tuple[str, ...]
    updated: tuple[str, ...]  # replaced: the id was indexed with other content
    unchanged: tuple[str, ...]
    documents: int
    passages: int
    skipped: tuple[Skipped, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()  # (name, doc_id already holding the same content)
    new_passages: int = 0

    @property
    def indexed(self) -> int:
        return len(self.added) + len(self.updated)


class Sink(Protocol):
    """Where staged documents go: the embedded build's `Batch`, or the Milvus indexer's list."""

    def add(self, staged: Staged) -> None: ...


def stage_and_tally(
    sources: Iterable[Source | DocumentError],
    settings: IndexSettings,
    workers: int | None,
    sink: Sink,
    known: dict[str, str],
    owner: dict[str, str],
    dedupe: bool,
    progress: bool,
) -> Tally:
    """Stage every source (in worker processes) and sort the outcomes: skipped, unchanged, duplicate, or new
    and handed to ``sink``. ``known``: doc_id → indexed content hash; ``owner``: content hash → doc_id."""
    report = Tally()
    bar = progress_bar(progress)
    for outcome in stage_stream(_unique_ids(sources, known), settings, workers):
        bar.update(1)
        if isinstance(outcome, DocumentError):
            report.skipped.append(Skipped(outcome.name, outcome.reason))
            logger.info("skipped %s", outcome)  # the caller reports it (the CLI: one line); not twice
        elif isinstance(outcome, Unchanged):
            report.unchanged.append(outcome.doc_id)
            report.seen.add(outcome.doc_id)
        else:
            _take(outcome, sink, report, known, owner, dedupe)
    bar.close()
    _settle(sink, report, known, owner)
    return report


def _unique_ids(
    sources: Iterable[Source | DocumentError], known: dict[str, str]
) -> Iterator[Source | DocumentError]:
    seen: dict[str, Source] = {}
    legacy = legacy_doc_ids(known)
    for item in sources:
        if isinstance(item, Source):
            if item.doc_id not in known and item.doc_id in legacy:
                item = replace(item, doc_id=legacy[item.doc_id])  # indexed under the earlier rule: keep it
            if item.doc_id in seen:
                item = DocumentError(item.name, _taken(item, seen[item.doc_id]))
            else:
                seen[item.doc_id] = item
                item = replace(item, known_sha=known.get(item.doc_id))
        yield item


def _taken(later: Source, first: Source) -> str:
    """Why ``later`` is skipped: ``first``, met earlier in the run, has its doc_id and keeps it."""
    if later.record is not None and first.record is not None and later.record.id == first.record.id:
        # records are named file:line; in the same file the line number says which
        first_file, _, first_line = first.name.rpartition(":")
        same_file = later.name.rpartition(":")[0] == first_file
        where = f"line {first_line}" if same_file else first.name
        hint = "" if same_file else " (ids are unique across the collections indexed together)"
        return (
            f"repeats the id {first.record.id!r} of {where}, which keeps it; give each record its own id"
            + hint
        )
    if later.record is None and first.record is None:
        return (
            f"would get doc_id {later.doc_id!r} like {first.name}; index the folders "
            "from their common parent so their ids differ, or rename one"
        )
    return f"would get doc_id {later.doc_id!r} like {first.name}; rename the file or change the record's id"


@dataclass
class Tally:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    tentative: list[tuple[Staged, str]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)  # doc_ids this run has indexed or found unchanged

    def revise(self, verdicts: Iterable[tuple[str, str, Verdict]]) -> None:
        """Correct the added/updated documents whose write found, under the lock, that another writer had
        committed them (unchanged), or their content under another id (duplicate), or removed them (added):
        (name, doc_id, verdict) of each document written."""
        updated = set(self.updated)
        lists = {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}
        for name, doc_id, verdict in verdicts:
            was: Outcome = "updated" if doc_id in updated else "added"
            if verdict.outcome == was:
                continue
            lists[was].remove(doc_id)  # rare: only when another writer came in between
            if verdict.outcome == "duplicate":
                self.duplicates.append((name, verdict.doc_id))
            else:
                lists[verdict.outcome].append(doc_id)

    def summary(self, documents: int, passages: int, new_passages: int) -> IndexReport:
        """The run's report, with the index's counts after it."""
        return IndexReport(
            added=tuple(self.added),
            updated=tuple(self.updated),
            unchanged=tuple(self.unchanged),
            documents=documents,
            passages=passages,
            skipped=tuple(self.skipped),
            duplicates=tuple(self.duplicates),
            new_passages=new_passages,
        )


def _take(
    staged: Staged, batch: Sink, report: Tally, known: dict[str, str], owner: dict[str, str], dedupe: bool
) -> None:
    meta = staged.prepared.meta
    holder = owner.get(meta.sha256)
    if dedupe and holder is not None and holder != meta.doc_id:
        if holder in known and holder not in report.seen:
            # held by an indexed document this run has not reached yet: it may still change
            report.tentative.append((staged, holder))
            return
        if meta.doc_id not in known:
            report.duplicates.append((staged.name, holder))
            return
        # indexed before with other content, now a copy of another: it goes with the batch, whose commit
        # finds it a duplicate (the report is revised) and removes its earlier version (dedupe.retired)
    report.seen.add(meta.doc_id)
    previous = known.get(meta.doc_id)
    if previous is not None and owner.get(previous) == meta.doc_id:
        del owner[previous]  # its old content is gone from the index once this batch is written
    owner.setdefault(meta.sha256, meta.doc_id)
    (report.updated if meta.doc_id in known else report.added).append(meta.doc_id)
    batch.add(staged)


def _settle(batch: Sink, report: Tally, known: dict[str, str], owner: dict[str, str]) -> None:
    """Decide the duplicates whose holder was an indexed document: still there with that content, or not."""
    for staged, holder in report.tentative:
        meta = staged.prepared.meta
        still = owner.get(meta.sha256, holder) == holder and holder not in report.updated
        if still and meta.doc_id not in known:
            report.duplicates.append((staged.name, holder))
        else:
            report.seen.add(holder)  # so _take decides finally
            _take(staged, batch, report, known, owner, True)
    report.tentative.clear()
