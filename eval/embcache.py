"""Encoder wrappers that remember vectors by content key (sha1 of the exact text), so evaluation indexes built
with other tokenizer, BM25 or fusion settings never re-embed the same passages or questions (embedding
dominates index build time). The files are plain ``.npz`` (``keys`` uint8 × 20, ``vectors`` float32)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from indexer.embed import Encoder, text_key


class VectorFile:
    """Content key → vector, loaded from and saved to one ``.npz`` file."""

    def __init__(self, path: Path, dim: int) -> None:
        self.path = path
        self.dim = dim
        self.vectors: dict[bytes, np.ndarray] = {}
        self.dirty = False
        if path.exists():
            with np.load(path, allow_pickle=False) as z:
                for key, vec in zip(z["keys"], z["vectors"], strict=True):
                    self.vectors[key.tobytes()] = vec

    def lookup(self, texts: Sequence[str], encode: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """Vectors of ``texts``; the missing ones come from ``encode`` (a batch function) and are kept."""
        keys = [text_key(t) for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self.vectors))
        if missing:
            first = {k: t for k, t in zip(keys, texts, strict=True)}
            fresh = encode([first[k] for k in missing])
            for key, vec in zip(missing, fresh, strict=True):
                self.vectors[key] = np.asarray(vec, dtype=np.float32)
            self.dirty = True
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, key in enumerate(keys):
            out[i] = self.vectors[key]
        return out

    def save(self) -> None:
        if not self.dirty:
            return
        keys = np.array([np.frombuffer(k, dtype=np.uint8) for k in self.vectors], dtype=np.uint8)
        vectors = np.stack(list(self.vectors.values())).astype(np.float32)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(self.path)
        self.dirty = False


class CachedEncoder:
    """Passages (and, given a second file, queries) answered from vector files before the model is asked."""

    def __init__(self, inner: Encoder, path: Path, query_path: Path | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.cosine_band = inner.cosine_band
        self.passages = VectorFile(path, inner.dim)
        self.queries = VectorFile(query_path, inner.dim) if query_path else None

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.passages.lookup(texts, self.inner.encode_passages)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if self.queries is None:
            return self.inner.encode_queries(texts)
        return self.queries.lookup(texts, self.inner.encode_queries)

    def save(self) -> None:
        self.passages.save()
        if self.queries is not None:
            self.queries.save()
