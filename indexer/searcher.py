"""The search both backends answer: its filters, the hits it returns, and `Searcher`, the public `search`
that validates and analyses a question once and hands it to the backend's own ranking (indexer/retrieve.py's
`Retriever` over index files, indexer/milvus_retrieve.py's `MilvusRetriever` over Milvus)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from indexer.fuse import FusionConfig
from indexer.hybrid import QuerySide
from indexer.query import Query, search_query
from indexer.region_input import check_region_filter
from indexer.store import DocumentMeta


@dataclass(frozen=True)
class Filters:
    region: str | None = None
    doc_id: str | None = None

    def __post_init__(self) -> None:
        # 「 运城市 」 as typed or pasted is 运城市 (it had matched nothing); a blank region filters nothing
        if self.region is not None:
            check_region_filter(self.region)
            object.__setattr__(self, "region", self.region.strip() or None)


@dataclass(frozen=True)
class Hit:
    row: int
    passage_id: str
    doc_id: str
    score: float
    bm25: float
    dense: float
    start: int
    end: int
    text: str
    document: DocumentMeta


class Searcher(QuerySide):
    """The public search of both backends (indexer/retrieve.py's `Retriever`, indexer/milvus_retrieve.py's
    `MilvusRetriever`): one validation and analysis of the question, then the backend's own ranking."""

    def search(
        self,
        query: str | Query,
        k: int = 5,
        mode: str = "hybrid",
        filters: Filters | None = None,
        fusion: FusionConfig | None = None,
    ) -> list[Hit]:
        """The ``k`` best passages. An analysed `Query` is used as is: nothing of it is recomputed."""
        return self._ranked(
            search_query(query, k, mode, self.encoder, self.analyse), k, mode, filters, fusion
        )

    def _ranked(
        self, query: Query, k: int, mode: str, filters: Filters | None, fusion: FusionConfig | None
    ) -> list[Hit]:
        """The ``k`` best passages for a validated, analysed ``query`` (a vector when ``mode`` needs one)."""
        raise NotImplementedError

    def stored_sentences(self, keys: np.ndarray) -> np.ndarray | None:
        """The index's sentence vectors for content ``keys`` (`indexer.sentences.sentence_key`) as float32
        rows, NaN where one is not held; None when the index holds none."""
        return None
