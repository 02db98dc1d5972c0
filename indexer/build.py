"""Composes the offline pipeline: load → clean → chunk → tokenise/embed → index store, incrementally.

Adding a document tokenises and embeds only that document's passages; deleting one drops its rows from
both legs. Every change is written as a new index generation (see store.py), so it survives a restart.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np
from tqdm import tqdm

from indexer.chunk import Span, chunk_text
from indexer.clean import clean_document
from indexer.dense import train_ivf
from indexer.embed import Encoder, ReusingEncoder
from indexer.load import SUPPORTED_SUFFIXES, read_document
from indexer.region import detect_region
from indexer.segment import tokenize
from indexer.settings import IndexSettings
from indexer.sparse import BM25
from indexer.store import DocumentMeta, IndexData, IndexFormatError, read_index, write_index, write_lock

logger = logging.getLogger(__name__)

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
EMBED_BATCH = 64


@dataclass(frozen=True)
class Prepared:
    """A cleaned, chunked document ready to be indexed."""

    meta: DocumentMeta
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class IndexReport:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    documents: int
    passages: int


def make_doc_id(name: str) -> str:
    """A stable id from a file name: the stem when it is URL-safe ASCII, else a hash of it."""
    stem = Path(name).stem
    if _SAFE_ID.match(stem):
        return stem
    return "d" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:15]


def validate_doc_id(doc_id: str) -> str:
    if not _SAFE_ID.match(doc_id):
        raise ValueError(
            f"doc_id {doc_id!r} is not allowed: use 1 to 80 ASCII letters, digits, '_', '-' or '.', "
            "starting with "
            "a letter or digit"
        )
    return doc_id


def prepare(
    raw: str, doc_id: str, settings: IndexSettings, path: str | None = None, title: str | None = None
) -> Prepared:
    """Clean, describe and chunk one document's raw text."""
    cleaned = clean_document(raw)
    text = cleaned.text
    if not text.strip():
        raise ValueError(
            f"document {doc_id!r} has no text left after cleaning; is it empty or only boilerplate?"
        )
    doc_title = title or cleaned.title
    meta = DocumentMeta(
        doc_id=doc_id,
        title=doc_title,
        region=detect_region(doc_title, text),
        date=cleaned.date,
        source=cleaned.source,
        path=path,
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
    )
    spans = tuple(chunk_text(text, settings.chunking, title=doc_title))
    return Prepared(meta=meta, text=text, spans=spans)


def context_text(settings: IndexSettings, title: str | None, span: Span, passage: str) -> str:
    """What a passage is tokenised and embedded as: its text, with the document title and heading first."""
    parts = []
    if "title" in settings.context and title:
        parts.append(title)
    if "heading" in settings.context and span.heading and span.heading != title:
        parts.append(span.heading)
    parts.append(passage)
    return "\n".join(parts)


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
    data = delete_documents(data, [d.meta.doc_id for d in docs])
    texts: list[str] = []
    doc_rows: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    ordinals: list[int] = []
    for offset, doc in enumerate(docs):
        for ordinal, span in enumerate(doc.spans):
            texts.append(context_text(settings, doc.meta.title, span, doc.text[span.start : span.end]))
            doc_rows.append(len(data.documents) + offset)
            starts.append(span.start)
            ends.append(span.end)
            ordinals.append(ordinal)
    tokens = [tokenize(t, settings.tokenizer) for t in tqdm(texts, desc="tokenising", disable=not progress)]
    vectors = embed_all(encoder, texts, progress)
    keys = np.arange(data.next_key, data.next_key + len(texts), dtype=np.int64)
    all_vectors = np.concatenate([np.asarray(data.vectors, dtype=np.float32), vectors])
    all_keys = np.concatenate([data.keys, keys])
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
        documents=[*data.documents, *(d.meta for d in docs)],
        texts=[*data.texts, *(d.text for d in docs)],
        keys=all_keys,
        doc_rows=np.concatenate([data.doc_rows, np.asarray(doc_rows, dtype=np.int32)]),
        starts=np.concatenate([data.starts, np.asarray(starts, dtype=np.int32)]),
        ends=np.concatenate([data.ends, np.asarray(ends, dtype=np.int32)]),
        ordinals=np.concatenate([data.ordinals, np.asarray(ordinals, dtype=np.int32)]),
        vectors=all_vectors,
        bm25=data.bm25.with_added(tokens),
        ivf=ivf,
        next_key=data.next_key + len(texts),
        generation=data.generation,
    )


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Supported files under the given files and folders, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                raise ValueError(f"{path}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}")
            files.append(path)
        else:
            raise ValueError(f"{path}: no such file or folder")
    return files


def index_paths(
    paths: Sequence[Path],
    index_dir: Path,
    encoder_factory: Callable[[str], Encoder],
    settings: IndexSettings,
    model: str | None = None,
    rebuild: bool = False,
    progress: bool = False,
) -> IndexReport:
    """Index files and folders into ``index_dir``: new or changed documents only, written atomically.

    ``model`` None keeps the model of an existing index (or the default for a new one); naming a different
    model than the index was built with needs ``rebuild``.
    """
    from indexer.reuse import readable_settings, reusable_vectors  # reuse imports this module

    files = collect_files(paths)
    with write_lock(index_dir):
        previous = readable_settings(index_dir) if rebuild else None
        existing = None if rebuild else _existing_settings(index_dir)
        if existing is not None and model is not None and existing.model != model:
            raise IndexFormatError(
                f"index at {index_dir} was built with model {existing.model!r}, not {model!r}; "
                "pass --rebuild to re-embed everything with the new model"
            )
        effective = existing or (settings.with_model(model) if model else settings)
        encoder: Encoder | None = None
        data: IndexData | None = None
        if existing is not None:
            data = read_index(index_dir)
        seen: dict[str, Path] = {}
        todo: list[Prepared] = []
        added: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        for file in tqdm(files, desc="reading", unit="file", disable=not progress):
            doc_id = make_doc_id(file.name)
            if doc_id in seen:
                raise ValueError(
                    f"{file} and {seen[doc_id]} would both get doc_id {doc_id!r}; rename one of them"
                )
            seen[doc_id] = file
            raw = read_document(file)
            sha = hashlib.sha256(raw.encode("utf-8")).hexdigest()
            if data is not None and doc_id in data.doc_index:
                if data.documents[data.doc_index[doc_id]].sha256 == sha:
                    unchanged.append(doc_id)
                    continue
                updated.append(doc_id)
            else:
                added.append(doc_id)
            todo.append(prepare(raw, doc_id, effective, path=str(file)))
        if todo or data is None:
            encoder = encoder_factory(effective.model)
            known = reusable_vectors(index_dir, data, previous, effective, todo)
            if known:
                encoder = ReusingEncoder(encoder, known)
            if data is None:
                data = empty_index(effective, encoder.dim)
            data = add_documents(data, todo, encoder, progress)
            data = write_index(index_dir, data)
        return IndexReport(tuple(added), tuple(updated), tuple(unchanged), len(data.documents), data.passages)


def _existing_settings(index_dir: Path) -> IndexSettings | None:
    if not (index_dir / "manifest.json").exists():
        return None
    from indexer.store import read_manifest

    return IndexSettings.from_manifest(read_manifest(index_dir))


def index_records(
    records: Iterable[tuple[str, str | None, str]],
    index_dir: Path,
    encoder: Encoder,
    settings: IndexSettings,
    progress: bool = False,
) -> IndexReport:
    """Build a fresh index from in-memory (doc_id, title, text) records — benchmark corpora, tests."""
    docs = [prepare(text, validate_doc_id(doc_id), settings, title=title) for doc_id, title, text in records]
    with write_lock(index_dir):
        data = add_documents(empty_index(settings, encoder.dim), docs, encoder, progress)
        data = write_index(index_dir, data)
    ids = tuple(d.meta.doc_id for d in docs)
    return IndexReport(ids, (), (), len(data.documents), data.passages)
