"""The set of Milvus collections one citeqa index is: ``<name>_passages``, ``<name>_documents``,
``<name>_stats`` and, when the index has dense at sentence grain, ``<name>_sentences`` — their schemas and
scalar indexes, creating and loading them, telling them from another application's collections, and a
rebuild's swap into place. Their rows are read and written through milvus_collections.py's `Collections`.
"""

from __future__ import annotations

import logging
from typing import Any

from indexer.milvus_client import BackendUnavailableError, Guarded, connect
from indexer.milvus_store import META_FIELDS, VARCHAR_MAX, MilvusConfig
from indexer.validate import IndexFormatError

logger = logging.getLogger(__name__)

# Scalar INVERTED indexes of the passages and the documents collections. Milvus (and milvus-lite 3)
# answers a filter from them only when every field it names has one: the de-duplication lookup
# `part == 0 and sha256 in [...]` (indexer/milvus_write.py `holdings`) needs both, else each write scans.
PASSAGE_INDEXES: tuple[str, ...] = ("doc_id", "passage_id")
DOCUMENT_INDEXES: tuple[str, ...] = ("doc_id", "sha256", "part")


class CollectionSet:
    """An index's collections as a whole: what exists, creating, loading, swapping in and dropping them."""

    def __init__(self, config: MilvusConfig, client: Any | None = None) -> None:
        self.config = config
        raw = client if client is not None else connect(config)
        self.client = raw if isinstance(raw, Guarded) else Guarded(raw)
        self.read = {"consistency_level": config.consistency}
        self._sentences = False  # known to exist (an index's collections are never added to later)

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

    def swap_in(self, staging: CollectionSet) -> None:
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

    def finish_swap(self, staging: CollectionSet) -> bool:
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
