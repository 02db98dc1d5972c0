"""Dense retrieval: FAISS inner product over L2-normalised vectors.

Small collections use an exact flat index built from the stored vectors (row position = id). Past a size
threshold an IVF index is trained and stored with stable passage keys as ids, so adding and removing
passages never renumbers it. Which one is in use is recorded in the index manifest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DenseConfig:
    """Build-time dense-index settings; recorded in the index manifest."""

    ivf_threshold: int = (
        200_000  # passages; below it an exact flat index is faster than it is worth approximating
    )
    nprobe: int = 32
    # Passages are embedded in the matching form (indexer.normalize: simplified script, half width,
    # case-folded), as questions and sentences are: a traditional-script passage embedded as written met
    # simplified questions across scripts (drcd, dense leg alone: S@1 0.687 -> 0.725). Indexes built before
    # embedded passages as written; their manifests say so (False) until rebuilt.
    normalised: bool = True
    # The sentence store (indexer/sentences.py) also holds every sentence answer composition reads alone
    # (`unit_texts`: a short one the ranking stage joins to its neighbour), so an /ask encodes only its
    # question. Indexes built before hold only the ranking stage's sentences and count those (False): they
    # are served as built, composition encoding what they lack, and keep counting so when updated.
    sentence_units: bool = True

    def to_dict(self) -> dict[str, int | bool]:
        return asdict(self)


def ivf_lists(n: int) -> int:
    """Number of IVF lists for ``n`` vectors: about 4·√n (at least 64), with ≥ 39 training points per list."""
    return max(1, min(max(64, int(4 * np.sqrt(n))), n // 39))


def train_ivf(vectors: np.ndarray, keys: np.ndarray, seed: int = 0) -> faiss.Index:
    """An IVF-flat inner-product index over ``vectors`` with ids ``keys``."""
    dim = vectors.shape[1]
    nlist = ivf_lists(len(vectors))
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
    rng = np.random.default_rng(seed)
    sample_size = min(len(vectors), max(nlist * 40, 50_000))
    sample = vectors[np.sort(rng.choice(len(vectors), sample_size, replace=False))]
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), keys.astype(np.int64))
    return index


SEARCH_OMP_THREADS = 1  # OpenMP threads of faiss for one query row (measured: eval/results/bench-full.md)


@contextmanager
def one_omp_thread() -> Iterator[None]:
    """faiss at SEARCH_OMP_THREADS (one) OpenMP thread for what runs inside, in the calling thread only
    (OpenMP's thread count is per thread: other request threads, or a writer training an IVF index, are not
    affected).

    A one-row search gains little from a second thread, and after one, faiss's idle OpenMP thread keeps
    spinning on the core the question's encoder needs next: hybrid p50 at 10k passages 11.0 ms, 17.5 with
    faiss at the process's two threads (eval/results/bench-full.md, same run)."""
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(SEARCH_OMP_THREADS)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


class DenseIndex:
    """Search over passage vectors; returns row positions (into the stored arrays) and cosine scores."""

    def __init__(
        self, vectors: np.ndarray, keys: np.ndarray, config: DenseConfig, ivf: faiss.Index | None = None
    ) -> None:
        self.vectors = vectors
        self.keys = keys
        self.config = config
        self.ivf = ivf
        self.flat: faiss.Index | None = None
        if ivf is None:
            self.flat = faiss.IndexFlatIP(vectors.shape[1])
            if len(vectors):
                self.flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
        else:
            faiss.extract_index_ivf(ivf).nprobe = config.nprobe

    @property
    def kind(self) -> str:
        return "flat" if self.ivf is None else "ivf"

    def scores_of(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Exact cosine scores of given rows (used to score the other leg's candidates)."""
        if len(rows) == 0:
            return np.zeros(0, dtype=np.float32)
        return np.asarray(self.vectors[rows] @ query, dtype=np.float32)

    def top(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Rows and scores of the ``k`` nearest passages (best first), optionally only rows where allowed."""
        n = len(self.vectors)
        if n == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if allowed is not None:
            allowed_rows = np.flatnonzero(allowed)
            if len(allowed_rows) <= 50_000 or self.ivf is None:
                # exact scoring of the few allowed rows beats a filtered approximate search
                scores = self.scores_of(query, allowed_rows)
                order = np.argsort(-scores, kind="stable")[:k]
                return allowed_rows[order], scores[order]
            selector = faiss.IDSelectorBatch(self.keys[allowed_rows].astype(np.int64))
            params = faiss.SearchParametersIVF()
            params.sel = selector  # the selector must outlive the search: it is a local, kept until return
            params.nprobe = self.config.nprobe
            with one_omp_thread():
                dist, ids = self.ivf.search(q, min(k, len(allowed_rows)), params=params)
            return self._rows_of(ids[0], dist[0])
        if self.ivf is None:
            assert self.flat is not None
            with one_omp_thread():
                dist, ids = self.flat.search(q, min(k, n))
            keep = ids[0] >= 0
            return ids[0][keep].astype(np.int64), dist[0][keep]
        with one_omp_thread():
            dist, ids = self.ivf.search(q, min(k, n))
        return self._rows_of(ids[0], dist[0])

    def _rows_of(self, ids: np.ndarray, dist: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keep = ids >= 0
        ids, dist = ids[keep], dist[keep]
        rows = np.searchsorted(self.keys, ids)
        valid = (rows < len(self.keys)) & (self.keys[np.minimum(rows, len(self.keys) - 1)] == ids)
        return rows[valid].astype(np.int64), dist[valid]


def read_ivf(path: Path) -> faiss.Index:
    return faiss.read_index(str(path))


def write_ivf(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))
