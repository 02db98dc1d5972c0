"""One writer at a time per index directory, across processes: an OS lock (``fcntl.flock``) on ``write.lock``.

Modelled on Lucene's ``write.lock`` (NativeFSLockFactory): the lock is held by the kernel on a file that stays
in the directory, so a killed holder releases it with its last file descriptor, and the file is never deleted
(deleting it would let two writers lock two different files). Lucene fails at once
(LockObtainFailedException); here a second writer waits a bounded time — a write holds the lock only to
merge prepared rows into the latest commit and write it — and then fails with a message naming the holder,
whose pid and command line it wrote into the file.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

LOCK_FILE = "write.lock"
DEFAULT_TIMEOUT = 120.0  # seconds a writer waits for another one (a `citeqa index` run may embed for a while)

# realpath of an index directory → thread holding its lock in this process (the lock is re-entrant per
# thread: `write_index` takes it itself unless its caller already holds it for a read-modify-write).
_held: dict[str, int] = {}
_held_guard = threading.Lock()


class IndexBusyError(TimeoutError):
    """Another writer held the index's lock for longer than this one would wait."""


class IndexWriteError(OSError):
    """A write could not be made (a full disk, a read-only or vanished folder): nothing was changed.
    Defined here, not in indexer.store, because taking the lock is the first step that can fail so."""

    def __init__(self, index_dir: Path, exc: OSError) -> None:
        if Path(index_dir).exists() and not Path(index_dir).is_dir():
            message = f"the index path {index_dir} is a file, not a folder; name a folder for the index"
        else:
            message = (
                f"could not write to the index at {index_dir} ({exc.strerror or exc}); free disk space or "
                "fix the folder's permissions, then write again — the index is as it was"
            )
        super().__init__(message)
        self.errno = exc.errno


class IndexGoneError(IndexWriteError):
    """The index a process read from was moved or deleted before it wrote: nothing is written, and no empty
    folder is made where it was (a write had left one holding only write.lock, and a `citeqa index` run
    had gone on to start a second index there with its later batches, reporting them as one)."""

    def __init__(self, index_dir: Path) -> None:
        OSError.__init__(
            self,
            f"the index at {index_dir} is gone (moved or deleted while this process was using it); nothing "
            "more was written — pass --index with its new place (restart a server so) and write again",
        )
        self.errno = errno.ENOENT


def holds_lock(index_dir: Path) -> bool:
    with _held_guard:
        return _held.get(os.path.realpath(index_dir)) == threading.get_ident()


@contextlib.contextmanager
def write_lock(index_dir: Path, timeout: float = DEFAULT_TIMEOUT, *, create: bool = True) -> Iterator[None]:
    """Hold the index's write lock for a whole read-modify-write (readers never need it).

    Waits up to ``timeout`` seconds for another writer, then raises `IndexBusyError` naming it. Makes the
    folder when ``create``; else a missing folder is `IndexGoneError` (a writer of an index it has read).
    """
    key = os.path.realpath(index_dir)
    if holds_lock(index_dir):
        yield
        return
    try:
        if create:
            index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except FileNotFoundError as exc:
        raise (IndexWriteError(index_dir, exc) if create else IndexGoneError(index_dir)) from exc
    except OSError as exc:  # a read-only mount refuses even an existing lock file opened for writing
        raise IndexWriteError(index_dir, exc) from exc
    try:
        _acquire(fd, index_dir, timeout)
        # the holder's description only feeds another writer's busy message: a full disk that refuses
        # these few bytes must not fail the write here, before the commit can say so itself
        with contextlib.suppress(OSError):
            _describe_holder(fd)
        with _held_guard:
            _held[key] = threading.get_ident()
        try:
            yield
        finally:
            with _held_guard:
                _held.pop(key, None)
    finally:
        os.close(fd)  # releases the lock


def _acquire(fd: int, index_dir: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise IndexBusyError(
                    f"index at {index_dir} is being written by another process ({lock_holder(index_dir)}); "
                    f"gave up after waiting {timeout:g} s — try again when that write has finished"
                ) from None
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


def _describe_holder(fd: int) -> None:
    holder = {
        "pid": os.getpid(),
        # an argument that was not UTF-8 (a GBK folder name) is a lone surrogate: written escaped
        "command": " ".join(sys.argv).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        or "python",
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    data = json.dumps(holder, ensure_ascii=False).encode("utf-8")
    os.ftruncate(fd, 0)
    os.pwrite(fd, data, 0)


def lock_holder(index_dir: Path) -> str:
    """Who holds (or last held) the lock, for messages: ``pid 123: citeqa index docs, since …``."""
    try:
        holder = json.loads((index_dir / LOCK_FILE).read_text(encoding="utf-8"))
        return f"pid {holder['pid']}: {holder['command']}, writing since {holder['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "holder unknown"
