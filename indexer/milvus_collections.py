"""The rows of one citeqa index's Milvus collections: paged reads, documents by primary key, the statistics
and term buckets read and written. The collections themselves — schemas, creation, loading, a rebuild's
swap — are indexer/milvus_schema.py's `CollectionSet`, which `Collections` extends.

Everything here is plain Milvus calls through pymilvus' ``MilvusClient``; the ranking logic lives in
indexer/milvus_retrieve.py. Every read passes the configured consistency level explicitly (collections are
also created with it), so a read after a write sees the write under Strong.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import Any

from indexer.milvus_client import BackendUnavailableError
from indexer.milvus_schema import CollectionSet
from indexer.milvus_store import (
    META_FIELDS,
    PAGE,
    STATS_ROW,
    Stats,
    bucket_of,
    chunks,
    in_list,
    part_pk,
)

HIT_FIELDS = [
    "pk",
    "passage_id",
    "doc_id",
    "ordinal",
    "start",
    "end",
    "text",
    *META_FIELDS,
    "dl",
    "avgdl",
    "dl_chars",
    "avgdl_chars",
]
# How long a reader waits for a rebuild's swap (Collections.swap_in: seconds) before the index is unavailable.
SWAP_RETRIES, SWAP_WAIT = 10, 0.5
PLACEHOLDER = [0.0, 1.0]  # the 2-d vector every collection needs (Milvus requires one vector field)


class Collections(CollectionSet):
    """Typed access to ``<name>_passages``, ``<name>_documents``, ``<name>_stats`` and, when the index
    has dense at sentence grain, ``<name>_sentences``."""

    # ---------- reads ----------
    def query_all(self, collection: str, filter: str, fields: list[str]) -> list[dict[str, Any]]:
        """Every row matching ``filter``: one query when they fit a page, else a query iterator (no offset
        limit). The single query is the common case (one document's rows) and avoids the iterator's
        extra round trips."""
        rows = self.client.query(collection, filter=filter, output_fields=fields, limit=PAGE, **self.read)
        if len(rows) < PAGE:
            return list(rows)
        rows = []
        iterator = self.client.query_iterator(
            collection, batch_size=PAGE, filter=filter, output_fields=fields, **self.read
        )
        try:
            while True:
                page = iterator.next()
                if not page:
                    break
                rows.extend(page)
        finally:
            iterator.close()
        return rows

    def stats(self) -> Stats:
        for attempt in range(SWAP_RETRIES + 1):
            try:
                rows = self.client.query(
                    self.config.stats, filter=f"pk in [{STATS_ROW}]", output_fields=["info"], **self.read
                )
                return Stats.from_json(rows[0]["info"]) if rows else Stats()
            except BackendUnavailableError as exc:
                # a rebuild swapping its collections in drops the statistics first and renames the new ones
                # in last: a reader in between waits for it (a probe: searches and uploads answered 503)
                if "does not exist" not in str(exc):
                    raise
                if attempt == SWAP_RETRIES:
                    # … and one still missing then was cut short (Milvus killed mid-swap): completed here, as
                    # the next CLI command would (running servers had answered 503 until one was run)
                    if not self.finish_swap(Collections(self.config.staging(), self.client)):
                        raise
                    return self.stats()
                time.sleep(SWAP_WAIT)
        raise AssertionError("unreachable")

    def _bucket_rows(
        self, buckets: Sequence[int], with_stats: bool
    ) -> tuple[Stats, dict[int, dict[int, int]]]:
        ids = [STATS_ROW] if with_stats else []
        ids += sorted(set(buckets))
        stats = Stats()
        out: dict[int, dict[int, int]] = {}
        for part in chunks(ids, 5000):
            rows = self.client.query(
                self.config.stats, filter=f"pk in {in_list(part)}", output_fields=["pk", "info"], **self.read
            )
            for row in rows:
                if row["pk"] == STATS_ROW:
                    stats = Stats.from_json(row["info"])
                else:
                    out[int(row["pk"])] = {int(t): int(n) for t, n in json.loads(row["info"]).items()}
        return stats, out

    def stats_and_df(self, term_ids: Sequence[int]) -> tuple[Stats, dict[int, int]]:
        """The statistics row and the document frequency of the given terms, in one request."""
        stats, buckets = self._bucket_rows([bucket_of(t) for t in term_ids], with_stats=True)
        df = {}
        for tid in term_ids:
            n = buckets.get(bucket_of(tid), {}).get(tid, 0)
            if n > 0:
                df[tid] = n
        return stats, df

    def read_buckets(self, term_ids: Sequence[int]) -> dict[int, dict[int, int]]:
        """The whole buckets (term id -> df) holding the given terms: a writer rewrites them."""
        return self._bucket_rows([bucket_of(t) for t in term_ids], with_stats=False)[1]

    def all_df(self) -> dict[int, dict[int, int]]:
        rows = self.query_all(self.config.stats, "pk >= 0", ["pk", "info"])
        return {int(r["pk"]): {int(t): int(n) for t, n in json.loads(r["info"]).items()} for r in rows}

    def passages_of(self, doc_ids: Sequence[str], fields: list[str]) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for part in chunks(list(doc_ids), 200):
            rows.extend(self.query_all(self.config.passages, f"doc_id in {in_list(part)}", fields))
        return rows

    # Document rows are addressed by primary key (DOC_ID/00000 ...): primary-key lookups are index reads
    # everywhere, while a scalar filter is a scan on milvus-lite.
    def _by_pk(self, pks: Sequence[str], fields: list[str]) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for part in chunks(list(pks), 1000):
            rows.extend(
                self.client.query(
                    self.config.documents, filter=f"pk in {in_list(part)}", output_fields=fields, **self.read
                )
            )
        return rows

    def documents_present(self, doc_ids: Sequence[str], fields: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Part 0 (doc_id, parts, and ``fields``) of each of the given documents that exists."""
        return self._by_pk(
            [part_pk(d, 0) for d in doc_ids], list(dict.fromkeys(["pk", "doc_id", "parts", *fields]))
        )

    def document_parts(self, present: Sequence[dict[str, Any]]) -> list[str]:
        """Primary keys of every part of documents returned by ``documents_present``."""
        return [part_pk(r["doc_id"], i) for r in present for i in range(int(r["parts"]))]

    def document_rows(self, doc_id: str | None, fields: list[str]) -> list[dict[str, Any]]:
        """Every part of one document (in order), or part 0 of every document (``doc_id`` None)."""
        if doc_id is None:
            return self.query_all(self.config.documents, "part == 0", fields)
        wanted = list(dict.fromkeys([*fields, "parts", "part"]))
        first = self._by_pk([part_pk(doc_id, 0)], wanted)
        if not first:
            return []
        parts = int(first[0]["parts"])
        rest = self._by_pk([part_pk(doc_id, i) for i in range(1, parts)], wanted) if parts > 1 else []
        return sorted([*first, *rest], key=lambda r: int(r["part"]))

    # ---------- writes ----------
    def insert(self, collection: str, rows: list[dict[str, Any]]) -> None:
        for part in chunks(rows, self.config.batch):
            self.client.insert(collection, list(part))

    def upsert(self, collection: str, rows: list[dict[str, Any]]) -> None:
        for part in chunks(rows, self.config.batch):
            self.client.upsert(collection, list(part))

    def delete_pks(self, collection: str, pks: Sequence[Any]) -> None:
        for part in chunks(list(pks), 1000):
            self.client.delete(collection, filter=f"pk in {in_list(part)}")

    def flush(self) -> None:
        """Seal what was just written into segments. Done after bulk writes only: milvus-lite rebuilds the
        sparse index of unsealed rows on every search (13 s per query at 1,853 passages, 3 ms once sealed),
        while a cluster seals on its own and dislikes many small flushes."""
        for name in self._names():
            self.client.flush(name)

    def commit_stats(self, stats: Stats, buckets: dict[int, dict[int, int]]) -> None:
        """Write the given term buckets (an empty one is removed), then the statistics row."""
        kept = [
            {"pk": b, "info": json.dumps(terms, separators=(",", ":")), "v": PLACEHOLDER}
            for b, terms in buckets.items()
            if terms
        ]
        for part in chunks(kept, 2000):
            self.client.upsert(self.config.stats, list(part))
        gone = [b for b, terms in buckets.items() if not terms]
        if gone:
            self.delete_pks(self.config.stats, gone)
        self.client.upsert(self.config.stats, [{"pk": STATS_ROW, "info": stats.to_json(), "v": PLACEHOLDER}])
