"""A read view of a Milvus-backed index with the accessors the server uses on the embedded ``IndexData``.

The server reads ``retriever.data.documents``, ``.passages``, ``.passage_counts()``, ``.settings``,
``.row_of(passage_id)`` then ``.doc_rows[row]``, ``.starts[row]``, ``.ends[row]``, ``.passage_text(row)``,
and the answer composer ``.bm25.column`` / ``.bm25.idf`` for term weights. This view answers each of them
from Milvus on demand (a row here is the passage's primary key), so server code runs unchanged on either
backend. Each view belongs to one request: it caches what it fetched and never goes stale for longer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from typing import Any, overload

import numpy as np

from indexer.milvus_collections import HIT_FIELDS, Collections
from indexer.milvus_store import FieldParams, Stats, field_of, quote, term_id
from indexer.milvus_write import meta_from_row
from indexer.store import DocumentMeta


class _Column:
    """``column[row]`` for a passage row (primary key)."""

    def __init__(self, get: Callable[[int], int]) -> None:
        self._get = get

    def __getitem__(self, row: int) -> int:
        return self._get(int(row))


class _Vocabulary:
    """``bm25.column``: a term's "column" is the term itself; membership = the collection uses it."""

    def __init__(self, terms: _TermStats) -> None:
        self._terms = terms

    def get(self, term: str, default: Any = None) -> str | None:
        return term if term in self else default

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self._terms.df(term) > 0

    def __getitem__(self, term: str) -> str:
        if term not in self:
            raise KeyError(term)
        return term


class _Idf:
    """``bm25.idf[term]`` / ``bm25.idf[[terms]]`` / ``bm25.idf.max()`` / ``len(bm25.idf)``."""

    def __init__(self, terms: _TermStats) -> None:
        self._terms = terms

    def __getitem__(self, key: str | Sequence[str]) -> Any:
        if isinstance(key, str):
            return self._terms.idf_of(key)
        return np.array([self._terms.idf_of(t) for t in key], dtype=np.float64)

    def __len__(self) -> int:
        return self._terms.stats.vocabulary

    def max(self) -> float:
        # the rarest term's idf: one passage has it in any collection with a vocabulary
        return self._terms.stats.idf(1) if self._terms.stats.vocabulary else 0.0


class _TermStats:
    def __init__(self, cols: Collections, stats: Stats) -> None:
        self.cols, self.stats = cols, stats
        self._df: dict[str, int] = {}
        self.column = _Vocabulary(self)
        self.idf = _Idf(self)

    def prefetch(self, terms: Sequence[str]) -> None:
        todo = [t for t in dict.fromkeys(terms) if t not in self._df]
        if todo:
            _, df = self.cols.stats_and_df([term_id(t) for t in todo])
            for t in todo:
                self._df[t] = df.get(term_id(t), 0)

    def df(self, term: str) -> int:
        if term not in self._df:
            self.prefetch([term])
        return self._df[term]

    def df_of(self, term: str) -> int:
        return self.df(term)

    def idf_of(self, term: str) -> float:
        fields = FieldParams.of(self.stats.settings["bm25"]).fields if self.stats.settings else False
        return self.stats.idf(self.df(term), field_of(term_id(term), fields))


class _Documents(Sequence[DocumentMeta]):
    """The document list, fetched on first use; its length comes from the statistics (so /healthz and
    the document gauges never list a million documents)."""

    def __init__(self, data: MilvusData) -> None:
        self._data = data

    def __len__(self) -> int:
        return self._data.stats.documents

    @overload
    def __getitem__(self, i: int) -> DocumentMeta: ...

    @overload
    def __getitem__(self, i: slice) -> list[DocumentMeta]: ...

    def __getitem__(self, i: int | slice) -> DocumentMeta | list[DocumentMeta]:
        return self._data._documents[i]

    def __iter__(self) -> Iterator[DocumentMeta]:
        return iter(self._data._documents)


class MilvusData:
    def __init__(self, cols: Collections, stats: Stats) -> None:
        self.cols, self.stats = cols, stats
        self.settings: dict[str, Any] = stats.settings
        self.passages = stats.passages
        self.generation = stats.version  # the statistics version: bumped by every committed write
        self.bm25 = _TermStats(cols, stats)
        self._rows: dict[int, dict[str, Any]] = {}
        self.doc_rows = _Column(lambda row: self.doc_index[self._row(row)["doc_id"]])
        self.starts = _Column(lambda row: int(self._row(row)["start"]))
        self.ends = _Column(lambda row: int(self._row(row)["end"]))

    @cached_property
    def _document_rows(self) -> list[dict[str, Any]]:
        fields = ["doc_id", "seq", "passages", "title", "region", "date", "source", "path", "sha256"]
        return sorted(self.cols.document_rows(None, fields), key=lambda r: int(r["seq"]))

    @cached_property
    def documents(self) -> _Documents:
        return _Documents(self)

    @cached_property
    def _documents(self) -> list[DocumentMeta]:
        return [meta_from_row(r) for r in self._document_rows]

    @cached_property
    def regions(self) -> tuple[str, ...]:
        """The distinct regions the documents are about, once per snapshot (as IndexData.regions)."""
        return tuple(dict.fromkeys(d.region for d in self._documents if d.region))

    @cached_property
    def doc_index(self) -> dict[str, int]:
        return {d.doc_id: i for i, d in enumerate(self.documents)}

    def passage_counts(self) -> np.ndarray:
        return np.array([int(r["passages"]) for r in self._document_rows], dtype=np.int64)

    def _row(self, row: int) -> dict[str, Any]:
        if row not in self._rows:
            rows = self.cols.client.query(
                self.cols.config.passages,
                filter=f"pk == {int(row)}",
                output_fields=HIT_FIELDS,
                **self.cols.read,
            )
            if not rows:
                raise KeyError(f"no passage with key {row}")
            self._rows[row] = rows[0]
        return self._rows[row]

    def row_of(self, passage_id: str) -> int | None:
        rows = self.cols.client.query(
            self.cols.config.passages,
            filter=f"passage_id == {quote(passage_id)}",
            output_fields=HIT_FIELDS,
            **self.cols.read,
        )
        if not rows or rows[0]["doc_id"] not in self.doc_index:
            return None  # none, or one a writer killed midway left without its document (milvus_recover)
        pk = int(rows[0]["pk"])
        self._rows[pk] = rows[0]
        return pk

    def passage_text(self, row: int) -> str:
        return str(self._row(row)["text"])
