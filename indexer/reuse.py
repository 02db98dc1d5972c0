"""Vectors an index already holds, by content key, so a rebuild or an updated document re-embeds only the
passages whose embedded text changed (embedding is by far the costliest step of indexing)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from indexer.build import context_text
from indexer.chunk import chunk_text
from indexer.embed import text_key
from indexer.settings import IndexSettings
from indexer.store import IndexData, read_manifest


def vectors_by_text(data: IndexData, doc_ids: set[str] | None = None) -> dict[bytes, np.ndarray]:
    """Content key of each stored passage's embedded text → its vector (of ``doc_ids``, or all documents).

    The index keeps a passage's text and title but not its heading, so the embedded text is re-derived by
    chunking the stored clean text again; only rows whose span matches are used.
    """
    settings = IndexSettings.from_manifest(data.settings)
    out: dict[bytes, np.ndarray] = {}
    order = np.argsort(data.doc_rows, kind="stable")
    bounds = np.searchsorted(data.doc_rows[order], np.arange(len(data.documents) + 1))
    for pos, meta in enumerate(data.documents):
        if doc_ids is not None and meta.doc_id not in doc_ids:
            continue
        rows = order[bounds[pos] : bounds[pos + 1]]
        text = data.texts[pos]
        spans = {(s.start, s.end): s for s in chunk_text(text, settings.chunking, title=meta.title)}
        for row in rows.tolist():
            span = spans.get((int(data.starts[row]), int(data.ends[row])))
            if span is not None:
                embedded = context_text(settings, meta.title, span, text[span.start : span.end])
                out[text_key(embedded)] = np.asarray(data.vectors[row], dtype=np.float32)
    return out


def readable_settings(index_dir: Path) -> IndexSettings | None:
    """The settings of the index being rebuilt, or None when there is none or it cannot be read."""
    try:
        if not (index_dir / "manifest.json").exists():
            return None
        return IndexSettings.from_manifest(read_manifest(index_dir))
    except (ValueError, KeyError, TypeError):
        return None
