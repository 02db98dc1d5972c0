"""Checks a generation's parsed files before anything reaches scipy or faiss: dtypes, shapes, index ranges and
the invariants the writer keeps. A damaged file becomes one `IndexDamagedError` naming it — never a segfault,
a traceback or a silently wrong answer (checksums catch what stays in range; these checks cover indexes too
large to checksum at every load).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from indexer.settings import PROJECT_ROOT, IndexSettings

DOCUMENT_FIELDS = ("doc_id", "title", "region", "date", "source", "path", "sha256", "pages")


class IndexFormatError(ValueError):
    """The index directory is missing, incomplete or incompatible; the message says how to fix it."""


class IndexDamagedError(IndexFormatError):
    """A file of the index does not hold what the manifest says it holds."""

    def __init__(self, index_dir: Path, file: str, reason: str) -> None:
        self.file = file
        super().__init__(f"index at {index_dir} is damaged: {file}: {reason}; {rebuild_hint(index_dir)}")


class Problem(Exception):
    """Raised by the checks below with the file name; `store` turns it into an `IndexDamagedError`."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file, self.reason = file, reason


def rebuild_hint(index_dir: Path) -> str:
    """How to rebuild ``index_dir``: from seeds/ only for the project's own seed index (``index/``); any other
    index — the one `citeqa serve --index` exports as $CITEQA_INDEX too — from its user's documents."""
    return f"rebuild it with: citeqa index {_sources(index_dir)} --rebuild --index {index_dir}"


def build_hint(index_dir: Path) -> str:
    """How to build a missing ``index_dir``, by the same rule: `citeqa index seeds` had been offered for any
    --index, and following it fills the user's new index with the seed articles."""
    return f"build one with: citeqa index {_sources(index_dir)} --index {index_dir}"


def _sources(index_dir: Path) -> str:
    seeds_index = (PROJECT_ROOT / "index").resolve()
    return "seeds" if Path(index_dir).resolve() == seeds_index else "YOUR_DOCUMENTS"


def check_array(file: str, array: np.ndarray, dtype: type, shape: tuple[int, ...]) -> None:
    if array.dtype != np.dtype(dtype):
        raise Problem(file, f"dtype {array.dtype}, expected {np.dtype(dtype)}")
    if array.shape != shape:
        raise Problem(file, f"shape {array.shape}, expected {shape}")


def check_documents(raw: Any, count: int) -> list[dict[str, Any]]:
    file = "documents.json"
    if not isinstance(raw, list) or len(raw) != count:
        raise Problem(file, f"expected a list of {count} documents")
    seen: set[str] = set()
    for doc in raw:
        if not isinstance(doc, dict) or set(doc) != set(DOCUMENT_FIELDS):
            raise Problem(file, "a document record has missing or unknown fields")
        if not isinstance(doc["doc_id"], str) or not doc["doc_id"] or doc["doc_id"] in seen:
            raise Problem(file, f"doc_id {doc['doc_id']!r} is empty, not a string or repeated")
        if not all(doc[k] is None or isinstance(doc[k], str) for k in DOCUMENT_FIELDS if k != "pages"):
            raise Problem(file, f"document {doc['doc_id']!r} has a field that is not text")
        pages = doc["pages"]
        if pages is not None and (
            not isinstance(pages, list)
            or not all(type(p) is int and p >= 0 for p in pages)
            or pages != sorted(pages)
        ):
            raise Problem(file, f"document {doc['doc_id']!r} has page offsets that are not ascending numbers")
        seen.add(doc["doc_id"])
    return raw


def check_texts(blob: bytes, offsets: np.ndarray, count: int) -> list[str]:
    check_array("text_offsets.npy", offsets, np.int64, (count + 1,))
    if offsets[0] != 0 or offsets[-1] != len(blob) or np.any(np.diff(offsets) < 0):
        raise Problem(
            "text_offsets.npy", f"offsets do not cut texts.bin ({len(blob)} bytes) into {count} texts"
        )
    texts = []
    for i in range(count):
        try:
            texts.append(blob[int(offsets[i]) : int(offsets[i + 1])].decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise Problem("texts.bin", f"text {i} is not valid UTF-8 ({exc.reason})") from None
    return texts


def check_passages(arrays: dict[str, np.ndarray], texts: list[str], next_key: int) -> None:
    """keys ascending and below next_key; doc_rows < documents; 0 ≤ start ≤ end ≤ text length; each
    document's ordinals numbered 0..n-1 once each."""
    keys, doc_rows = arrays["keys"], arrays["doc_rows"]
    n = len(keys)
    check_array("keys.npy", keys, np.int64, (n,))
    for name in ("doc_rows", "starts", "ends", "ordinals"):
        check_array(f"{name}.npy", arrays[name], np.int32, (n,))
    if n == 0:
        return
    if keys[0] < 0 or keys[-1] >= next_key or np.any(np.diff(keys) <= 0):
        raise Problem("keys.npy", f"keys are not strictly ascending within [0, {next_key})")
    if doc_rows.min() < 0 or doc_rows.max() >= len(texts):
        raise Problem("doc_rows.npy", f"a passage points outside the {len(texts)} documents")
    starts, ends = arrays["starts"], arrays["ends"]
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    if starts.min() < 0:
        raise Problem("starts.npy", "a passage starts before its document")
    if np.any(ends < starts):
        raise Problem("ends.npy", "a passage ends before it starts")
    if np.any(ends > lengths[doc_rows]):
        raise Problem("ends.npy", "a passage ends after its document's text")
    ordinals = arrays["ordinals"]
    per_doc = np.bincount(doc_rows, minlength=len(texts))
    pairs = doc_rows.astype(np.int64) * (n + 1) + ordinals
    if ordinals.min() < 0 or np.any(ordinals >= per_doc[doc_rows]) or len(np.unique(pairs)) != n:
        raise Problem("ordinals.npy", "passage numbers within a document are not 0..n-1 once each")


def check_vectors(vectors: np.ndarray, passages: int, dim: int) -> None:
    check_array("vectors.npy", vectors, np.float32, (passages, dim))
    if passages == 0:
        return
    for lo in range(0, passages, 65536):  # in blocks: the vectors may be a large memory map
        norms = np.linalg.norm(np.asarray(vectors[lo : lo + 65536], dtype=np.float32), axis=1)
        # unit rows (an encoder may return a zero vector for an empty text); catches NaN and infinities too
        if not np.all((np.abs(norms - 1.0) < 1e-2) | (norms == 0.0)):
            raise Problem("vectors.npy", "vectors are not unit length (or not finite)")


def check_sentences(keys: np.ndarray, counts: np.ndarray, vectors: np.ndarray, dim: int) -> None:
    """Sentence vectors by key: distinct ascending keys, positive counts, float16 rows of the model's size."""
    check_array("sentence_keys.npy", keys, np.int64, (len(keys),))
    check_array("sentence_counts.npy", counts, np.int32, (len(keys),))
    check_array("sentence_vectors.npy", vectors, np.float16, (len(keys), dim))
    if len(keys) > 1 and not bool(np.all(keys[1:] > keys[:-1])):  # np.diff would overflow int64
        raise Problem("sentence_keys.npy", "keys are not distinct and ascending")
    if len(counts) and int(counts.min()) < 1:
        raise Problem("sentence_counts.npy", "a sentence no passage holds")
    for lo in range(0, len(keys), 65536):  # unit rows, as vectors.npy (float16: looser tolerance)
        norms = np.linalg.norm(np.asarray(vectors[lo : lo + 65536], dtype=np.float32), axis=1)
        if not np.all((np.abs(norms - 1.0) < 2e-2) | (norms == 0.0)):
            raise Problem("sentence_vectors.npy", "vectors are not unit length (or not finite)")


def check_sentence_counts(keys: np.ndarray, counts: np.ndarray, occurrences: np.ndarray) -> None:
    """The sentence store against the passages (``occurrences``: every passage's sentence keys, one per
    occurrence): each sentence a passage holds has its vector and its count is exactly its occurrences — a
    count too low lets a later delete drop a vector still in use, one too high keeps a vector forever."""
    held, times = np.unique(np.asarray(occurrences, dtype=np.int64), return_counts=True)
    missing = int(np.setdiff1d(held, keys).size)
    if missing:
        raise Problem("sentence_keys.npy", f"{missing} sentences of the passages have no vector")
    if len(held) != len(keys):
        raise Problem("sentence_keys.npy", f"{len(keys) - len(held)} sentences no passage holds")
    wrong = int(np.count_nonzero(times != counts))
    if wrong:
        raise Problem(
            "sentence_counts.npy", f"{wrong} sentences' counts differ from the passages holding them"
        )


def check_terms(
    data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, vocab: Any, passages: int, terms: int
) -> None:
    """A canonical CSC term-frequency matrix: every column a non-empty, strictly ascending list of rows."""
    if not isinstance(vocab, list) or len(vocab) != terms or not all(isinstance(t, str) for t in vocab):
        raise Problem("vocab.json", f"expected a list of {terms} terms")
    if len(set(vocab)) != terms:
        raise Problem("vocab.json", "a term appears twice")
    check_array("tf_indptr.npy", indptr, np.int64, (terms + 1,))
    nnz = int(indptr[-1]) if len(indptr) else 0
    if indptr[0] != 0 or np.any(np.diff(indptr) <= 0) or nnz < 0:
        raise Problem("tf_indptr.npy", "column pointers are not strictly ascending from 0")
    check_array("tf_indices.npy", indices, np.int32, (nnz,))
    check_array("tf_data.npy", data, np.float32, (nnz,))
    if nnz == 0:
        return
    if indices.min() < 0 or indices.max() >= passages:
        raise Problem("tf_indices.npy", f"a posting points outside the {passages} passages")
    within = np.ones(nnz - 1, dtype=bool)
    column_starts = indptr[1:-1]
    within[column_starts[(column_starts > 0) & (column_starts < nnz)] - 1] = False
    if np.any((np.diff(indices) <= 0) & within):
        raise Problem("tf_indices.npy", "postings of a term are not strictly ascending")
    if not np.all(np.isfinite(data)) or np.any(data < 1) or np.any(data != np.floor(data)):
        raise Problem("tf_data.npy", "term frequencies are not whole numbers ≥ 1")


def check_ivf(ivf: Any, passages: int, dim: int) -> None:
    import faiss

    try:
        faiss.extract_index_ivf(ivf)
    except RuntimeError:
        raise Problem("ivf.faiss", "not an IVF index") from None
    if ivf.d != dim or ivf.ntotal != passages or ivf.metric_type != faiss.METRIC_INNER_PRODUCT:
        raise Problem("ivf.faiss", f"holds {ivf.ntotal}×{ivf.d} vectors, expected {passages}×{dim}")


def check_manifest(manifest: dict[str, Any], files_of: Callable[[str, bool], set[str]]) -> None:
    """The fields a load relies on; ``files_of(kind, sentences)`` lists the files of a generation of that
    dense kind, with or without sentence vectors."""
    if not re.fullmatch(r"g\d{6,}", str(manifest["generation"])) or not isinstance(manifest["commit"], str):
        raise ValueError("bad generation or commit")
    counts, files = manifest["counts"], manifest["files"]
    numbers = [counts["documents"], counts["passages"], counts["vocabulary"], manifest["next_key"]]
    if not all(isinstance(n, int) and n >= 0 for n in numbers):
        raise ValueError("counts must be whole numbers")
    dim = manifest["model"]["dim"]
    if not isinstance(dim, int) or dim <= 0:
        raise ValueError("model dimension must be positive")
    sentences = IndexSettings.from_manifest(manifest).fusion.sentence_dense_weight > 0
    expected = files_of(str(manifest["dense"].get("kind")), sentences)
    if not isinstance(files, dict) or set(files) != expected:
        raise ValueError("the file list does not match the index kind")
    for record in files.values():
        if not isinstance(record["size"], int) or not isinstance(record["xxh3"], str):
            raise ValueError("bad file record")
    IndexSettings.from_manifest(manifest)
