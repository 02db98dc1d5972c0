"""Which of a write's documents are new: added, updated, unchanged (that id already holds this content), or a
duplicate (another id holds it) — decided against the latest commit, under the writer's lock, so two writers
that prepared the same content while neither held the lock store it once and both report it truthfully.

The rule is `citeqa index`'s (indexer/intake.py sorts a run's documents as they stream in): content is the
document's sha256; a duplicate is not stored and the document that holds the content is named instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from indexer.store import DocumentMeta

Outcome = Literal["added", "updated", "unchanged", "duplicate"]
WRITTEN: tuple[Outcome, ...] = ("added", "updated")


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    doc_id: str  # the document holding the content: the one written or unchanged, or the one duplicated

    @property
    def written(self) -> bool:
        return self.outcome in WRITTEN


@dataclass(frozen=True)
class Holdings:
    """What the index holds that a write's documents could meet: the indexed version of each of their ids,
    and which document holds each of their contents."""

    stored: Mapping[str, DocumentMeta]  # doc_id -> the indexed document (only ids of the write needed)
    holders: Mapping[str, str]  # sha256 -> a doc_id holding that content (only the write's contents needed)

    @classmethod
    def of(cls, documents: Iterable[DocumentMeta]) -> Holdings:
        stored: dict[str, DocumentMeta] = {}
        holders: dict[str, str] = {}
        for meta in documents:
            stored[meta.doc_id] = meta
            holders.setdefault(meta.sha256, meta.doc_id)
        return cls(stored, holders)


def _same(new: DocumentMeta, old: DocumentMeta | None) -> bool:
    # a JSON upload may restate a document's text with a corrected title: that is an update
    return old is not None and old.sha256 == new.sha256 and old.title == new.title


def sort_writes(metas: Sequence[DocumentMeta], held: Holdings, dedupe: bool = True) -> list[Verdict]:
    """One verdict per document of a write (their doc_ids are distinct), in order. A document whose content
    another id holds is a duplicate of it — unless that holder is itself replaced with other content by a
    later document of this write (then the content is free again, as in `citeqa index`). ``dedupe`` False
    only tells unchanged documents from new ones (benchmark corpora keep identical texts under each id)."""
    owner = dict(held.holders)
    batch = {m.doc_id: i for i, m in enumerate(metas)}
    verdicts: list[Verdict | None] = [None] * len(metas)

    def leave(meta: DocumentMeta) -> DocumentMeta | None:
        old = held.stored.get(meta.doc_id)
        if old is not None and owner.get(old.sha256) == meta.doc_id:
            del owner[old.sha256]  # its old content leaves the index with this write
        return old

    def write(i: int) -> None:
        meta = metas[i]
        old = leave(meta)
        owner[meta.sha256] = meta.doc_id
        verdicts[i] = Verdict("updated" if old is not None else "added", meta.doc_id)

    def duplicate(i: int, holder: str) -> None:
        leave(metas[i])  # indexed before, now a copy of another: its earlier version goes (`retired`)
        verdicts[i] = Verdict("duplicate", holder)

    waiting: list[int] = []
    for i, meta in enumerate(metas):
        holder = owner.get(meta.sha256)
        if _same(meta, held.stored.get(meta.doc_id)):
            verdicts[i] = Verdict("unchanged", meta.doc_id)
        elif not dedupe or holder is None or holder == meta.doc_id:
            write(i)
        elif batch.get(holder, -1) > i:
            waiting.append(i)  # its holder comes later in this write and may change
        else:
            duplicate(i, holder)
    for i in waiting:
        holder = owner.get(metas[i].sha256)
        if holder is None:
            write(i)
        else:
            duplicate(i, holder)
    return [v for v in verdicts if v is not None]


def retired(metas: Sequence[DocumentMeta], verdicts: Sequence[Verdict], held: Holdings) -> list[str]:
    """The ids whose document the write found a duplicate while the index holds an earlier version under that
    id (a file changed into a copy of another): that version is removed, as the content is stored once and
    the file no longer says what it said — kept, it would be cited for text the file has lost."""
    return [
        m.doc_id
        for m, v in zip(metas, verdicts, strict=True)
        if v.outcome == "duplicate" and m.doc_id in held.stored
    ]
