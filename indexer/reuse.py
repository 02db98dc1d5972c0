"""Vectors an index already holds, by content key, so a rebuild or an updated document re-embeds only the
passages whose embedded text changed (embedding is by far the costliest step of indexing).

The key is the sha1 of the exact text the encoder saw (title/heading context + passage, `ingest.context_text`)
and a vector is reused only by an encoder of the model the index's manifest names: the same text under the
same model is the same vector, whichever document or generation it came from.

The index keeps no passage's context, so it is derived again by this citeqa's chunker. For an index of
another text pipeline (indexer.chunk.PIPELINE_VERSION) that chunker may give a passage of the same span
another heading or question than the one it was embedded with: there a vector is reused only when the
derived context tokenises to the passage's stored BM25 term counts, which were counted from what was
embedded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from indexer.chunk import PIPELINE_VERSION, chunk_text
from indexer.embed import Encoder, ReusingEncoder, text_key
from indexer.ingest import embedding_text, passage_contexts
from indexer.segment import tokenize
from indexer.settings import IndexSettings
from indexer.store import IndexData, read_manifest


class StoredVectors:
    """The vectors of an index's passages by content key, derived per document on demand."""

    def __init__(self, data: IndexData) -> None:
        self.data = data
        self.settings = IndexSettings.from_manifest(data.settings)
        self._order: np.ndarray | None = None
        self._bounds: np.ndarray | None = None
        # an index of another text pipeline: each derived context is checked against the stored term counts
        self._counts: sp.csr_matrix | None = None
        self.checked = self.settings.pipeline != PIPELINE_VERSION
        self.refused = 0  # rows whose derived context did not match what was embedded

    def matches(self, model: str, dim: int) -> bool:
        """Whether an encoder of ``model`` (its name in manifests) and ``dim`` made these vectors."""
        stored = self.data.settings["model"]
        return str(stored["name"]) == model and int(stored["dim"]) == dim

    def _rows_of(self, pos: int) -> np.ndarray:
        if self._order is None or self._bounds is None:
            self._order = np.argsort(self.data.doc_rows, kind="stable")
            self._bounds = np.searchsorted(
                self.data.doc_rows[self._order], np.arange(len(self.data.documents) + 1)
            )
        return self._order[self._bounds[pos] : self._bounds[pos + 1]]

    def of(self, doc_ids: Iterable[str] | None = None) -> dict[bytes, np.ndarray]:
        """Content key of each stored passage's embedded text → its vector (of ``doc_ids``, or all documents).

        The index keeps a passage's text and title but not its heading, so the embedded text is re-derived by
        chunking the stored clean text again; only rows whose span matches are used.
        """
        data = self.data
        positions = (
            range(len(data.documents))
            if doc_ids is None
            else sorted({data.doc_index[d] for d in doc_ids if d in data.doc_index})
        )
        out: dict[bytes, np.ndarray] = {}
        for pos in positions:
            meta, text = data.documents[pos], data.texts[pos]
            chunked = chunk_text(text, self.settings.chunking, title=meta.title)
            contexts = passage_contexts(self.settings, meta.title, text, chunked)
            spans = {(s.start, s.end): n for n, s in enumerate(chunked)}
            for row in self._rows_of(pos).tolist():
                n = spans.get((int(data.starts[row]), int(data.ends[row])))
                if n is None:
                    continue
                if self.checked and not self._embedded_as(row, contexts[n]):
                    self.refused += 1
                    continue
                embedded = embedding_text(self.settings, contexts[n])
                out[text_key(embedded)] = np.asarray(data.vectors[row], dtype=np.float32)
        return out

    def _embedded_as(self, row: int, context: str) -> bool:
        """Whether passage ``row`` was tokenised (and so embedded) as ``context``: its stored term counts."""
        if self._counts is None:
            self._counts = sp.csr_matrix(self.data.bm25.tf)
        counts, vocab = self._counts, self.data.bm25.vocab
        lo, hi = int(counts.indptr[row]), int(counts.indptr[row + 1])
        columns, values = counts.indices[lo:hi], counts.data[lo:hi]
        stored = {vocab[int(c)]: float(v) for c, v in zip(columns, values, strict=True) if v}
        derived = Counter(tokenize(context, self.settings.tokenizer))
        return stored == {term: float(n) for term, n in derived.items()}


def vectors_by_text(data: IndexData, doc_ids: set[str] | None = None) -> dict[bytes, np.ndarray]:
    """Content key of each stored passage's embedded text → its vector (of ``doc_ids``, or all documents)."""
    return StoredVectors(data).of(doc_ids)


def reusing(
    encoder: Encoder, data: IndexData | None, doc_ids: Iterable[str] | None = None, model: str | None = None
) -> Encoder:
    """``encoder`` taking the vectors ``data`` holds for ``doc_ids`` (None: every document) whenever it is
    the model ``data`` was embedded with (``model``: its name in manifests, default ``encoder.name``);
    ``encoder`` itself otherwise."""
    if data is None or not data.documents:
        return encoder
    stored = StoredVectors(data)
    if not stored.matches(model or encoder.name, encoder.dim):
        return encoder
    return ReusingEncoder(encoder, stored.of(doc_ids))


def readable_settings(index_dir: Path) -> IndexSettings | None:
    """The settings of the index being rebuilt, or None when there is none or it cannot be read."""
    try:
        if not (index_dir / "manifest.json").exists():
            return None
        return IndexSettings.from_manifest(read_manifest(index_dir))
    except (ValueError, KeyError, TypeError):
        return None
