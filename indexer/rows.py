"""The passage rows of an in-memory index: an empty index, documents deleted from both legs, a batch of new
documents tokenised, embedded and appended. Pure data → data; `store` writes what these return."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import faiss
import numpy as np
from tqdm import tqdm

from indexer.dense import train_ivf
from indexer.embed import Encoder
from indexer.ingest import Prepared, stage
from indexer.pipeline import EMBED_BATCH, Batch
from indexer.sentences import SentenceVectors, occurrence_keys
from indexer.settings import IndexSettings, holds_units
from indexer.sparse import BM25
from indexer.store import IndexData

logger = logging.getLogger(__name__)


def empty_index(settings: IndexSettings, dim: int) -> IndexData:
    return IndexData(
        settings=settings.to_manifest(dim),
        documents=[],
        texts=[],
        keys=np.zeros(0, dtype=np.int64),
        doc_rows=np.zeros(0, dtype=np.int32),
        starts=np.zeros(0, dtype=np.int32),
        ends=np.zeros(0, dtype=np.int32),
        ordinals=np.zeros(0, dtype=np.int32),
        vectors=np.zeros((0, dim), dtype=np.float32),
        bm25=BM25.from_tokens([], settings.bm25),
        sentences=SentenceVectors.empty(dim) if settings.fusion.sentence_dense_weight > 0 else None,
    )


def embed_all(encoder: Encoder, texts: Sequence[str], progress: bool = False) -> np.ndarray:
    out = np.zeros((len(texts), encoder.dim), dtype=np.float32)
    bar = tqdm(total=len(texts), desc="embedding", unit="passage", disable=not progress, file=None)
    for lo in range(0, len(texts), EMBED_BATCH):
        batch = texts[lo : lo + EMBED_BATCH]
        out[lo : lo + len(batch)] = encoder.encode_passages(batch)
        bar.update(len(batch))
    bar.close()
    return out


def delete_documents(data: IndexData, doc_ids: Iterable[str]) -> IndexData:
    """``data`` without the given documents, in both legs (the caller writes it)."""
    drop = {data.doc_index[d] for d in doc_ids if d in data.doc_index}
    if not drop:
        return data
    keep_docs = np.array([i not in drop for i in range(len(data.documents))], dtype=bool)
    keep_rows = keep_docs[data.doc_rows]
    new_doc_pos = np.cumsum(keep_docs) - 1
    ivf = data.ivf
    if ivf is not None:
        ivf = faiss.clone_index(ivf)  # the live snapshot keeps its own until the new one is committed
        ivf.remove_ids(faiss.IDSelectorBatch(data.keys[~keep_rows].astype(np.int64)))
    sentences = data.sentences
    if sentences is not None:
        gone = np.flatnonzero(~keep_rows).tolist()
        bodies = [data.passage_text(r) for r in gone]
        sentences = sentences.removed(occurrence_keys(bodies, holds_units(data.settings)))
    return IndexData(
        settings=data.settings,
        documents=[d for i, d in enumerate(data.documents) if keep_docs[i]],
        texts=[t for i, t in enumerate(data.texts) if keep_docs[i]],
        keys=data.keys[keep_rows],
        doc_rows=new_doc_pos[data.doc_rows[keep_rows]].astype(np.int32),
        starts=data.starts[keep_rows],
        ends=data.ends[keep_rows],
        ordinals=data.ordinals[keep_rows],
        vectors=np.asarray(data.vectors[keep_rows], dtype=np.float32),
        bm25=data.bm25.with_rows_kept(keep_rows),
        ivf=ivf,
        next_key=data.next_key,
        generation=data.generation,
        sentences=sentences,
    )


def add_documents(
    data: IndexData,
    docs: Sequence[Prepared],
    encoder: Encoder,
    progress: bool = False,
    known: SentenceVectors | None = None,
) -> IndexData:
    """``data`` with ``docs`` added (a document whose id exists replaces it); sentence vectors ``data`` or
    ``known`` (an index of the same model) hold are copied, not embedded again."""
    settings = IndexSettings.from_manifest(data.settings)
    batch = Batch(settings, lambda: encoder, known if known is not None else data.sentences)
    for doc in docs:
        batch.add(stage(doc, settings, doc.meta.doc_id))
    return merge_batch(data, batch, encoder.dim)


def batch_rows(batch: Batch, settings: IndexSettings) -> IndexData:
    """``batch``'s documents as an index of their own (keys from 0), every passage embedded."""
    dim = batch.encoder.dim
    return merge_batch(empty_index(settings, dim), batch, dim)


def extended_ivf(
    ivf: faiss.Index | None,
    new_vectors: np.ndarray,
    new_keys: np.ndarray,
    all_vectors: np.ndarray,
    all_keys: np.ndarray,
    threshold: int,
) -> faiss.Index | None:
    """The IVF index once ``new_vectors`` have joined: a copy of ``ivf`` extended (the live snapshot keeps its
    own until the new one is committed), one trained over ``all_vectors`` when the index reaches
    ``threshold`` passages, else None (flat search)."""
    if ivf is not None:
        if len(new_vectors):
            ivf = faiss.clone_index(ivf)
            ivf.add_with_ids(new_vectors, new_keys)
        return ivf
    if len(all_vectors) >= threshold:
        logger.info("training an IVF index over %d passages", len(all_vectors))
        return train_ivf(all_vectors, all_keys)
    return None


def merge_batch(data: IndexData, batch: Batch, dim: int) -> IndexData:
    """``data`` with ``batch``'s documents added (a document whose id exists replaces it)."""
    settings = IndexSettings.from_manifest(data.settings)
    data = delete_documents(data, [d.doc_id for d in batch.documents])
    n = batch.passages
    doc_rows = [len(data.documents) + r for r in batch.doc_rows]
    starts, ends, ordinals = batch.starts, batch.ends, batch.ordinals
    keys = np.arange(data.next_key, data.next_key + n, dtype=np.int64)
    old = np.asarray(data.vectors, dtype=np.float32).reshape(-1, dim)
    all_vectors = np.concatenate([old, *batch.take_vectors()])
    vectors = all_vectors[len(old) :]
    all_keys = np.concatenate([data.keys, keys])
    # a fresh index takes the batch's term matrix as it is (a merge would copy it twice more)
    extra = batch.bm25()
    bm25 = extra if data.bm25.size == 0 and not data.bm25.vocab else data.bm25.appended(extra)
    ivf = extended_ivf(data.ivf, vectors, keys, all_vectors, all_keys, settings.dense.ivf_threshold)
    sentences = data.sentences
    if sentences is not None and batch.sentences:
        sentences = sentences.added(*batch.take_sentences())
    return IndexData(
        settings=data.settings,
        documents=[*data.documents, *batch.documents],
        texts=[*data.texts, *batch.texts],
        keys=all_keys,
        doc_rows=np.concatenate([data.doc_rows, np.asarray(doc_rows, dtype=np.int32)]),
        starts=np.concatenate([data.starts, np.asarray(starts, dtype=np.int32)]),
        ends=np.concatenate([data.ends, np.asarray(ends, dtype=np.int32)]),
        ordinals=np.concatenate([data.ordinals, np.asarray(ordinals, dtype=np.int32)]),
        vectors=all_vectors,
        bm25=bm25,
        ivf=ivf,
        next_key=data.next_key + n,
        generation=data.generation,
        sentences=sentences,
    )
