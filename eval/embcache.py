"""An encoder wrapper that remembers vectors by text, so evaluation indexes built with other tokenizer or
fusion settings never re-embed the same passages (embedding dominates index build time)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from indexer.embed import Encoder


class CachedEncoder:
    def __init__(self, inner: Encoder, path: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.path = path
        self._vectors: dict[bytes, np.ndarray] = {}
        self._dirty = False
        if path.exists():
            with np.load(path, allow_pickle=False) as z:
                for key, vec in zip(z["keys"], z["vectors"], strict=True):
                    self._vectors[key.tobytes()] = vec

    @staticmethod
    def _key(text: str) -> bytes:
        return hashlib.sha1(text.encode("utf-8")).digest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self._key(t) for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in self._vectors]
        if missing:
            fresh = self.inner.encode([texts[i] for i in missing])
            for i, vec in zip(missing, fresh, strict=True):
                self._vectors[keys[i]] = vec
            self._dirty = True
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = self._vectors[k]
        return out

    def save(self) -> None:
        if not self._dirty:
            return
        keys = np.array([np.frombuffer(k, dtype=np.uint8) for k in self._vectors], dtype=np.uint8)
        vectors = np.stack(list(self._vectors.values())).astype(np.float32)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(self.path)
        self._dirty = False
