"""Where an index lives — the embedded files (the default) or Milvus — and the one factory that opens a
retriever over either: the HTTP server, MCP, the OpenAI-compatible API and every `citeqa` command call
`open_retriever`, so they all run unchanged on both backends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack, cast

from indexer.embed import Encoder
from indexer.milvus_store import MilvusConfig
from indexer.settings import IndexSettings, RunOptions, default_index_dir

if TYPE_CHECKING:
    from indexer.build import IndexReport
    from indexer.retrieve import Retriever

BACKENDS = ("embedded", "milvus")


@dataclass(frozen=True)
class StoreConfig:
    """``backend`` "embedded": the index directory ``index_dir``; "milvus": the collections of ``milvus``."""

    backend: str = "embedded"
    index_dir: Path = field(default_factory=default_index_dir)
    milvus: MilvusConfig | None = None

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"unknown backend {self.backend!r}; use one of {', '.join(BACKENDS)}")
        if self.backend == "milvus" and self.milvus is None:
            raise ValueError("the milvus backend needs a Milvus URI: set CITEQA_MILVUS_URI or --milvus-uri")

    @classmethod
    def of(cls, backend: str, index_dir: Path, **milvus: Any) -> StoreConfig:
        """From plain settings (the server's environment or CLI flags): ``milvus`` holds `MilvusConfig`'s
        fields (uri, token, collection, consistency, dense_index, replicas) and counts only for milvus."""
        if backend != "milvus":
            return cls(backend=backend, index_dir=index_dir)
        if not milvus.get("uri"):
            raise ValueError(
                "the milvus backend needs a Milvus URI: set CITEQA_MILVUS_URI or pass --milvus-uri "
                "(e.g. http://127.0.0.1:19530)"
            )
        return cls(backend=backend, index_dir=index_dir, milvus=MilvusConfig(**milvus))

    @property
    def where(self) -> str:
        """The index's address for messages and the `citeqa index` summary line."""
        if self.milvus is not None:
            return f"{self.milvus.uri} collection {self.milvus.collection!r}"
        return str(self.index_dir)


def open_retriever(config: StoreConfig, encoder: Encoder | None = None) -> Retriever:
    """A retriever over the configured index. The Milvus one (indexer/milvus_retrieve.py) has the embedded
    `Retriever`'s interface — search, analyse, idf, document, add, delete and the ``data`` view — so callers
    type it as a `Retriever`; pymilvus is imported only for the milvus backend."""
    if config.milvus is not None:
        from indexer.milvus_retrieve import MilvusRetriever

        return cast("Retriever", MilvusRetriever(config.milvus, encoder))
    from indexer.retrieve import Retriever

    return Retriever(config.index_dir, encoder=encoder)


def check_store(config: StoreConfig) -> None:
    """Fail fast, in one line, when the configured index cannot be served: a missing, incompatible or damaged
    index directory, an unreachable Milvus, or no citeqa index in the named collections."""
    if config.milvus is None:
        from indexer.store import read_index

        read_index(config.index_dir)
        return
    from indexer.milvus_collections import Collections
    from indexer.store import IndexFormatError

    cols = Collections(config.milvus)
    try:
        # a rebuild's swap cut short (Milvus killed mid-swap) is completed, as the CLI's first open does: a
        # server had refused to start on an index whose data was intact (a probe)
        cols.finish_swap(Collections(config.milvus.staging(), cols.client))
        cols.check_ours()
        if not cols.exists():
            raise IndexFormatError(
                f"no citeqa index at {config.where}; build one with: citeqa index PATHS --backend milvus"
            )
    finally:
        cols.client.close()


def index_into(
    config: StoreConfig,
    paths: Sequence[Path],
    encoder_factory: Callable[[str], Encoder],
    settings: IndexSettings,
    **options: Unpack[RunOptions],
) -> IndexReport:
    """`citeqa index` on either backend: new or changed documents only, bad ones skipped and reported;
    ``options``: `indexer.settings.RunOptions`."""
    if config.milvus is not None:
        from indexer.milvus_index import index_paths_milvus

        return index_paths_milvus(config.milvus, paths, encoder_factory, settings, **options)
    from indexer.build import index_paths

    return index_paths(paths, config.index_dir, encoder_factory, settings, **options)
