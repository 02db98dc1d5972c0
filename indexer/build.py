"""Composes the offline pipeline: load → clean → chunk → tokenise/embed → index store, incrementally.

Adding a document tokenises and embeds only that document's passages; deleting one drops its rows from
both legs. Every change is written as a new index generation (see store.py), so it survives a restart.
A batch never stops on one bad document: each is reported by name with its reason and the rest are indexed;
nothing is written until the whole batch is ready, so the index is never half-written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import faiss
import numpy as np
from tqdm import tqdm

from indexer.chunk import Span
from indexer.collection import Record
from indexer.dense import train_ivf
from indexer.embed import Encoder, ReusingEncoder
from indexer.ingest import (
    DOC_ID_PATTERN,
    Prepared,
    Source,
    context_text,
    file_doc_id,
    ingest_text,
    iter_sources,
    stage,
    validate_doc_id,
)
from indexer.intake import IndexReport, Skipped, stage_and_tally
from indexer.load import DocumentError
from indexer.pipeline import EMBED_BATCH, Batch
from indexer.settings import IndexSettings
from indexer.sparse import BM25
from indexer.store import IndexData, IndexFormatError, read_index, write_index, write_lock

logger = logging.getLogger(__name__)

__all__ = [
    "DOC_ID_PATTERN",
    "EMBED_BATCH",
    "IndexReport",
    "Prepared",
    "Skipped",
    "Span",
    "add_documents",
    "context_text",
    "delete_documents",
    "index_paths",
    "index_records",
    "make_doc_id",
    "prepare",
    "validate_doc_id",
]


def make_doc_id(name: str) -> str:
    """doc_id of an uploaded or top-level file by its name (see indexer.ingest for the rule)."""
    return file_doc_id(Path(name).name)


def prepare(
    raw: str, doc_id: str, settings: IndexSettings, path: str | None = None, title: str | None = None
) -> Prepared:
    """Clean, describe and chunk one document's raw text (DocumentError when nothing is left)."""
    prepared = ingest_text(raw, doc_id, settings, title=title)
    return replace(prepared, meta=replace(prepared.meta, path=path)) if path else prepared


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
    )


def add_documents(
    data: IndexData, docs: Sequence[Prepared], encoder: Encoder, progress: bool = False
) -> IndexData:
    """``data`` with ``docs`` added (a document whose id exists replaces it)."""
    settings = IndexSettings.from_manifest(data.settings)
    batch = Batch(settings, lambda: encoder)
    for doc in docs:
        batch.add(stage(doc, settings, doc.meta.doc_id))
    return merge_batch(data, batch, encoder.dim)


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
    ivf = data.ivf
    if ivf is not None:
        if len(vectors):
            ivf = faiss.clone_index(ivf)
            ivf.add_with_ids(vectors, keys)
    elif len(all_vectors) >= settings.dense.ivf_threshold:
        logger.info("training an IVF index over %d passages", len(all_vectors))
        ivf = train_ivf(all_vectors, all_keys)
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
    )


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Supported document files under the given files and folders, in a stable order (bad paths skipped)."""
    return [s.path for s in iter_sources(paths) if isinstance(s, Source) and s.path is not None]


def index_paths(
    paths: Sequence[Path],
    index_dir: Path,
    encoder_factory: Callable[[str], Encoder],
    settings: IndexSettings,
    model: str | None = None,
    rebuild: bool = False,
    progress: bool = False,
    workers: int | None = None,
    dedupe: bool = True,
) -> IndexReport:
    """Index files, folders and .jsonl/.csv collections into ``index_dir``: new or changed documents only.

    A document that cannot be read, decoded or cleaned into text is skipped and reported (``skipped``);
    one whose content is already indexed under another id is reported in ``duplicates`` and stored once.
    The new generation is written atomically once every document is ready. ``model`` None keeps the model
    of an existing index (or the default for a new one); naming a different model needs ``rebuild``.
    ``dedupe`` False keeps identical texts under each of their ids (benchmark corpora, whose qrels name both).
    """
    return index_sources(
        iter_sources(paths), index_dir, encoder_factory, settings, model, rebuild, progress, workers, dedupe
    )


def index_records(
    records: Iterable[tuple[str, str | None, str]],
    index_dir: Path,
    encoder: Encoder,
    settings: IndexSettings,
    progress: bool = False,
    workers: int | None = None,
) -> IndexReport:
    """Build a fresh index from in-memory (doc_id, title, text) records — benchmark corpora, tests — through
    the same streaming path as files (duplicates and empty documents are reported, not fatal)."""

    def sources() -> Iterator[Source | DocumentError]:
        for doc_id, title, text in records:
            validate_doc_id(doc_id)
            record = Record(name=doc_id, id=doc_id, text=text, title=title)
            yield Source(name=doc_id, doc_id=doc_id, record=record)

    return index_sources(
        sources(), index_dir, lambda _: encoder, settings, None, True, progress, workers, dedupe=False
    )


def _reusing_factory(
    index_dir: Path, rebuild: bool, effective: IndexSettings, encoder_factory: Callable[[str], Encoder]
) -> Callable[[], Encoder]:
    """The encoder for a build; a rebuild with the same model reuses the vectors of unchanged passages."""
    from indexer.reuse import readable_settings, vectors_by_text  # reuse imports this module

    previous = readable_settings(index_dir) if rebuild else None
    if previous is None or previous.model != effective.model:
        return lambda: encoder_factory(effective.model)
    try:
        known = vectors_by_text(read_index(index_dir))
    except ValueError:  # a damaged index is rebuilt from scratch
        return lambda: encoder_factory(effective.model)
    return lambda: ReusingEncoder(encoder_factory(effective.model), known)


def index_sources(
    sources: Iterable[Source | DocumentError],
    index_dir: Path,
    encoder_factory: Callable[[str], Encoder],
    settings: IndexSettings,
    model: str | None = None,
    rebuild: bool = False,
    progress: bool = False,
    workers: int | None = None,
    dedupe: bool = True,
) -> IndexReport:
    with write_lock(index_dir):
        existing = None if rebuild else _existing_settings(index_dir)
        if existing is not None and model is not None and existing.model != model:
            raise IndexFormatError(
                f"index at {index_dir} was built with model {existing.model!r}, not {model!r}; "
                "pass --rebuild to re-embed everything with the new model"
            )
        effective = existing or (settings.with_model(model) if model else settings)
        data = read_index(index_dir) if existing is not None else None
        known = {d.doc_id: d.sha256 for d in data.documents} if data is not None else {}
        owner = {d.sha256: d.doc_id for d in data.documents} if data is not None else {}
        batch = Batch(effective, _reusing_factory(index_dir, rebuild, effective, encoder_factory))
        report = stage_and_tally(sources, effective, workers, batch, known, owner, dedupe, progress)
        # a new index is created even when empty (an empty folder), but not out of nothing but failures
        if batch.documents or (data is None and not report.skipped):
            if data is None:
                data = empty_index(effective, batch.encoder.dim)
            data = merge_batch(data, batch, int(data.vectors.shape[1]))
            data = write_index(index_dir, data)
        if data is None:
            return report.summary(0, 0, batch.passages)
        return report.summary(len(data.documents), data.passages, batch.passages)


def _existing_settings(index_dir: Path) -> IndexSettings | None:
    if not (index_dir / "manifest.json").exists():
        return None
    from indexer.store import read_manifest

    return IndexSettings.from_manifest(read_manifest(index_dir))
