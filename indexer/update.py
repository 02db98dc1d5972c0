"""Composes a write in two halves: documents are tokenised and embedded *before* the write lock is taken
(`encode`), then merged *under* it into the latest committed generation (`merge`). A write therefore never
starts from a stale snapshot, and a large upload never holds the lock — or blocks readers, who never take
it — while it embeds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from indexer.build import Prepared, add_documents, delete_documents, empty_index
from indexer.dense import train_ivf
from indexer.disk import Disk
from indexer.embed import Encoder
from indexer.lock import DEFAULT_TIMEOUT, write_lock
from indexer.settings import IndexSettings
from indexer.store import IndexData, IndexFormatError, committed_id, read_index, write_index

logger = logging.getLogger(__name__)


def apply(
    index_dir: Path,
    change: Callable[[IndexData], IndexData | None],
    disk: Disk | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    current: IndexData | None = None,
) -> IndexData | None:
    """Read-modify-write under the index's write lock: ``change`` gets the latest committed generation
    (``current`` is reused when it is that one) and returns the data to commit, or None for no change.
    Returns what was committed. Keep ``change`` cheap — `merge` rows `encode`-d beforehand — so the lock is
    held briefly (``citeqa index`` can do the same: encode outside, then ``apply(dir, lambda d: merge(d,
    delta))``)."""
    with write_lock(index_dir, timeout):
        latest = current
        if latest is None or committed_id(index_dir) != latest.commit:
            latest = read_index(index_dir)
        data = change(latest)
        return None if data is None else write_index(index_dir, data, disk)


def encode(docs: Sequence[Prepared], settings: dict[str, Any], encoder: Encoder) -> IndexData:
    """``docs`` tokenised and embedded as an index of their own (keys from 0), with ``settings`` — the
    build-time settings of the index they are going into (its manifest's)."""
    return add_documents(empty_index(IndexSettings.from_manifest(settings), encoder.dim), docs, encoder)


def merge(base: IndexData, delta: IndexData) -> IndexData:
    """``base`` with ``delta``'s documents added; a document already in ``base`` is replaced."""
    if IndexSettings.from_manifest(base.settings) != IndexSettings.from_manifest(delta.settings) or (
        base.settings["model"] != delta.settings["model"]
    ):
        raise IndexFormatError(
            "the index was rebuilt with other settings while these documents were prepared; send them again"
        )
    base = delete_documents(base, [d.doc_id for d in delta.documents])
    n = delta.passages
    keys = np.arange(base.next_key, base.next_key + n, dtype=np.int64)
    delta_vectors = np.asarray(delta.vectors, dtype=np.float32)
    all_vectors = np.concatenate([np.asarray(base.vectors, dtype=np.float32), delta_vectors])
    all_keys = np.concatenate([base.keys, keys])
    ivf = base.ivf
    threshold = IndexSettings.from_manifest(base.settings).dense.ivf_threshold
    if ivf is not None:
        if n:
            ivf = faiss.clone_index(ivf)  # the live snapshot keeps its own until the new one is committed
            ivf.add_with_ids(delta_vectors, keys)
    elif len(all_vectors) >= threshold:
        logger.info("training an IVF index over %d passages", len(all_vectors))
        ivf = train_ivf(all_vectors, all_keys)
    return IndexData(
        settings=base.settings,
        documents=[*base.documents, *delta.documents],
        texts=[*base.texts, *delta.texts],
        keys=all_keys,
        doc_rows=np.concatenate([base.doc_rows, delta.doc_rows + len(base.documents)]).astype(np.int32),
        starts=np.concatenate([base.starts, delta.starts]).astype(np.int32),
        ends=np.concatenate([base.ends, delta.ends]).astype(np.int32),
        ordinals=np.concatenate([base.ordinals, delta.ordinals]).astype(np.int32),
        vectors=all_vectors,
        bm25=base.bm25.appended(delta.bm25),
        ivf=ivf,
        next_key=base.next_key + n,
        generation=base.generation,
    )
