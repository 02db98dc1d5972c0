"""The Milvus collections of one citeqa index: creation, paged reads, statistics reads and writes.

Everything here is plain Milvus calls through pymilvus' ``MilvusClient``; the ranking logic lives in
indexer/milvus_retrieve.py. Every read passes the configured consistency level explicitly (collections are
also created with it), so a read after a write sees the write under Strong.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from typing import Any

from indexer.milvus_client import BackendUnavailableError, Guarded, connect
from indexer.milvus_store import (
    META_FIELDS,
    PAGE,
    STATS_ROW,
    VARCHAR_MAX,
    MilvusConfig,
    Stats,
    bucket_of,
    chunks,
    in_list,
    part_pk,
)
from indexer.validate import IndexFormatError

logger = logging.getLogger(__name__)

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
# Scalar INVERTED indexes of the passages and the documents collections. Milvus (and milvus-lite 3)
# answers a filter from them only when every field it names has one: the de-duplication lookup
# `part == 0 and sha256 in [...]` (indexer/milvus_write.py `holdings`) needs both, else each write scans.
PASSAGE_INDEXES: tuple[str, ...] = ("doc_id", "passage_id")
DOCUMENT_INDEXES: tuple[str, ...] = ("doc_id", "sha256", "part")


class Collections:
    """Typed access to ``<name>_passages``, ``<name>_documents``, ``<name>_stats`` and, when the index
    has dense at sentence grain, ``<name>_sentences``."""

    def __init__(self, config: MilvusConfig, client: Any | None = None) -> None:
        self.config = config
        raw = client if client is not None else connect(config)
        self.client = raw if isinstance(raw, Guarded) else Guarded(raw)
        self.read = {"consistency_level": config.consistency}
        self._sentences = False  # known to exist (an index's collections are never added to later)

    # ---------- schema ----------
    def exists(self) -> bool:
        return bool(self.client.has_collection(self.config.stats))

    def foreign(self) -> str | None:
        """The first of this index's collection names held by a collection citeqa did not make (its fields
        are not a citeqa index's), or None. Such a collection is never loaded, indexed or written to."""
        c = self.config
        for name, fields in (
            (c.stats, {"pk", "info"}),
            (c.passages, {"pk", "passage_id", "doc_id", "text", "vector", "sparse"}),
            (c.documents, {"pk", "doc_id", "part", "text"}),
            (c.sentences, {"pk", "count", "vector"}),
        ):
            if self.client.has_collection(name):
                described = self.client.describe_collection(name)
                have = {f.get("name") for f in described.get("fields", [])}
                if not fields <= have:
                    return name
        return None

    def check_ours(self) -> None:
        """Raise IndexFormatError when a collection of this index's names is not a citeqa index's (a probe:
        citeqa had created indexes on and inserted into another application's collections)."""
        name = self.foreign()
        if name is not None:
            raise IndexFormatError(
                f"Milvus collection {name!r} exists but is not part of a citeqa index; choose another "
                "collection name (--milvus-collection / CITEQA_MILVUS_COLLECTION)"
            )

    def has_sentences(self) -> bool:
        """Whether the index keeps sentence vectors (made with a fusion whose sentence_dense_weight > 0)."""
        if not self._sentences:
            self._sentences = bool(self.client.has_collection(self.config.sentences))
        return self._sentences

    def _names(self) -> tuple[str, ...]:
        c = self.config
        return (c.passages, c.documents, c.stats, *((c.sentences,) if self.has_sentences() else ()))

    def load(self) -> None:
        """Load the collections (a reopened milvus-lite data dir, or a released collection, needs it), with
        the scalar indexes an index made by an earlier citeqa lacks."""
        for name in self._names():
            if self.config.replicas > 1:
                self.client.load_collection(name, replica_number=self.config.replicas)
            else:
                self.client.load_collection(name)
        self.add_missing_indexes()

    def add_missing_indexes(self) -> None:
        """Create the scalar indexes an index made by an earlier citeqa lacks. Milvus builds them in place on
        a loaded, filled collection; until then a filter scans as before. A missing index costs only speed,
        so a refusal (another process made it first, a server that cannot) is logged, not raised."""
        for name, fields in (
            (self.config.passages, PASSAGE_INDEXES),
            (self.config.documents, DOCUMENT_INDEXES),
        ):
            # an index created without a name is named after its field
            missing = [f for f in fields if f not in self.client.list_indexes(name)]
            if not missing:
                continue
            params = self.client.prepare_index_params()
            for field in missing:
                params.add_index(field, index_type="INVERTED")
            try:
                self.client.create_index(name, params, sync=False)
            except BackendUnavailableError as exc:
                logger.warning("cannot index %s of %s, filters on them scan: %s", missing, name, exc)

    def create(self, dim: int, sentences: bool = False) -> None:
        """Create the collections not there yet; ``sentences``: with ``<name>_sentences`` (only at the
        index's creation: an existing index keeps what it was made with)."""
        from pymilvus import DataType, MilvusClient

        c, client = self.config, self.client
        if not client.has_collection(c.passages):
            s = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
            s.add_field("pk", DataType.INT64, is_primary=True)
            s.add_field("passage_id", DataType.VARCHAR, max_length=512)
            s.add_field("doc_id", DataType.VARCHAR, max_length=256)
            s.add_field("ordinal", DataType.INT64)
            s.add_field("start", DataType.INT64)
            s.add_field("end", DataType.INT64)
            s.add_field("text", DataType.VARCHAR, max_length=VARCHAR_MAX)
            for name in META_FIELDS:
                s.add_field(name, DataType.VARCHAR, max_length=VARCHAR_MAX)
            s.add_field("region_norm", DataType.VARCHAR, max_length=VARCHAR_MAX)
            s.add_field("dl", DataType.FLOAT)  # BM25 length of the passage (tokens)
            s.add_field("avgdl", DataType.FLOAT)  # the average length its sparse weights were computed with
            # the same two for the character n-gram field of a two-field BM25 (0 for a one-field index)
            s.add_field("dl_chars", DataType.FLOAT)
            s.add_field("avgdl_chars", DataType.FLOAT)
            s.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
            s.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
            ip = client.prepare_index_params()
            ip.add_index("vector", index_type=c.dense_index, metric_type="IP", params=dict(c.dense_params))
            ip.add_index(
                "sparse",
                index_type="SPARSE_INVERTED_INDEX",
                metric_type="IP",
                params={"drop_ratio_build": 0.0},
            )
            for field in PASSAGE_INDEXES:
                ip.add_index(field, index_type="INVERTED")
            self._create(c.passages, s, ip, num_shards=c.shards)
        if not client.has_collection(c.documents):
            s = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
            s.add_field("pk", DataType.VARCHAR, is_primary=True, max_length=300)
            s.add_field("doc_id", DataType.VARCHAR, max_length=256)
            s.add_field("part", DataType.INT64)
            s.add_field("parts", DataType.INT64)
            s.add_field("seq", DataType.INT64)  # order of addition: documents list in the embedded order
            s.add_field("passages", DataType.INT64)
            for name in META_FIELDS:
                s.add_field(name, DataType.VARCHAR, max_length=VARCHAR_MAX)
            s.add_field("text", DataType.VARCHAR, max_length=VARCHAR_MAX)
            s.add_field("v", DataType.FLOAT_VECTOR, dim=2)
            ip = client.prepare_index_params()
            ip.add_index("v", index_type="FLAT", metric_type="IP")
            for field in DOCUMENT_INDEXES:
                ip.add_index(field, index_type="INVERTED")
            self._create(c.documents, s, ip)
        if sentences and not client.has_collection(c.stats) and not client.has_collection(c.sentences):
            # a sentence's content key, the number of passages holding it and its float16-rounded vector
            # (indexer/sentences.py); read by key only, the FLAT index just lets the collection load
            s = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
            s.add_field("pk", DataType.INT64, is_primary=True)
            s.add_field("count", DataType.INT64)
            s.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
            ip = client.prepare_index_params()
            ip.add_index("vector", index_type="FLAT", metric_type="IP")
            self._create(c.sentences, s, ip)
        if not client.has_collection(c.stats):
            s = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
            s.add_field("pk", DataType.INT64, is_primary=True)
            s.add_field("info", DataType.VARCHAR, max_length=VARCHAR_MAX)
            s.add_field("v", DataType.FLOAT_VECTOR, dim=2)
            ip = client.prepare_index_params()
            ip.add_index("v", index_type="FLAT", metric_type="IP")
            # created last: its existence marks a complete set of collections
            self._create(c.stats, s, ip)

    def _create(self, name: str, schema: Any, index_params: Any, **kwargs: Any) -> None:
        # Indexes of an empty collection are ready at once: skip pymilvus' polling (0.5 s per index).
        self.client.create_collection(
            name, schema=schema, consistency_level=self.config.consistency, **kwargs
        )
        self.client.create_index(name, index_params, sync=False)
        self.client.load_collection(name)

    def swap_in(self, staging: Collections) -> None:
        """Replace this index by ``staging``'s collections (a rebuild made there) by renaming them. The old
        statistics go first and the new ones come last, so an index without statistics whose staging
        collections exist is a swap cut short: `finish_swap` completes it."""
        c, s, has = self.config, staging.config, self.client.has_collection
        if has(c.stats):  # a fresh swap: the old statistics first, and old sentences the new index lacks
            self.client.drop_collection(c.stats)
            if has(c.sentences) and not has(s.sentences):
                self.client.drop_collection(c.sentences)
        for kind in ("passages", "documents", "sentences", "stats"):
            new, old = getattr(s, kind), getattr(c, kind)
            if has(new):
                if has(old):
                    self.client.drop_collection(old)
                self.client.rename_collection(new, old)
        self._sentences = False
        self.load()

    def finish_swap(self, staging: Collections) -> bool:
        """Complete a swap cut short (see `swap_in`); True when there was one."""
        kinds = ("passages", "documents", "sentences", "stats")
        if self.exists() or not any(self.client.has_collection(getattr(staging.config, k)) for k in kinds):
            return False
        logger.warning("completing the rebuild of Milvus index %s that was cut short", self.config.collection)
        self.swap_in(staging)
        return True

    def drop(self) -> None:
        c = self.config
        for name in (c.stats, c.passages, c.documents, c.sentences):
            if self.client.has_collection(name):
                self.client.drop_collection(name)
        self._sentences = False

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
