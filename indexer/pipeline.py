"""Streaming indexing: documents are read, cleaned, chunked and tokenised in a worker pool while this process
embeds the passages already prepared, so the encoder never waits on text work and memory stays bounded.

Only a bounded window of documents is in flight; what a prepared document leaves behind is what the index
keeps (clean text, spans, term counts as integer arrays, vectors). Raw bytes and token lists never pile up.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from multiprocessing.process import BaseProcess

import numpy as np
import scipy.sparse as sp
from tqdm import tqdm

from indexer.embed import Encoder, cores_in_use
from indexer.ingest import Staged, Unchanged, stage_all, stage_source
from indexer.load import DocumentError
from indexer.segment import warm_up
from indexer.sentences import SentenceVectors, keyed_sentences
from indexer.settings import IndexSettings
from indexer.sources import Source
from indexer.sparse import BM25
from indexer.store import DocumentMeta

logger = logging.getLogger(__name__)

EMBED_BATCH = 64
TASK_DOCS = 16  # documents per pool task: amortises pickling without delaying the encoder's first batch
IN_PROCESS_BELOW = 48  # fewer documents than this are prepared in this process: a pool costs ~1 s to start

Outcome = Staged | Unchanged | DocumentError
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def default_workers() -> int:
    """Text workers beside the encoder: the cores the encoder's BLAS threads leave over, at least one."""
    return max(1, min(4, cores_in_use() - 1))


def _init_worker(settings: IndexSettings, parent: int) -> None:
    _exit_with_parent(parent)
    warm_up(settings.tokenizer)


def _exit_with_parent(parent: int) -> None:
    """A worker waits on its task queue, whose write end it inherited with the fork, so a parent killed
    outright (SIGKILL, the OOM killer) left it waiting forever, holding its memory: the kernel now kills it
    with its parent (Linux; elsewhere a killed run still leaves its workers). The kernel's "parent" is the
    thread that forked the worker: the pool must be started, and used, by a thread that outlives it (the CLI's
    main thread does; a short-lived thread ending would kill the workers mid-run)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def stage_stream(
    items: Iterable[Source | DocumentError], settings: IndexSettings, workers: int | None = None
) -> Iterator[Outcome]:
    """Each source's outcome, in order: prepared in a pool of ``workers`` processes (0 = this process)."""
    it = iter(items)
    head = list(islice(it, IN_PROCESS_BELOW))
    workers = default_workers() if workers is None else workers
    if workers == 0 or len(head) < IN_PROCESS_BELOW:
        for item in chain(head, it):
            yield item if isinstance(item, DocumentError) else stage_all([item], settings)[0]
        return
    stream = _Stream(settings, workers)
    try:
        task: list[Source] = []
        for item in chain(head, it):
            if isinstance(item, DocumentError):
                stream.submit(task)
                task = []
                stream.pending.append(([], [item]))
            else:
                task.append(item)
                if len(task) >= TASK_DOCS:
                    stream.submit(task)
                    task = []
            yield from stream.drain(4 * workers)
        stream.submit(task)
        yield from stream.drain(0)
    finally:
        stream.pool.shutdown()


def _pool(settings: IndexSettings, workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("fork")  # workers inherit the loaded modules; no encoder yet
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(settings, os.getpid())
    )


class _Stream:
    """The tasks in flight, each with its sources, and the pool preparing them. A worker process that dies
    (the OOM killer, a reader crashing on a malformed file, a SIGKILL) breaks the pool and every task in it
    (BrokenProcessPool, a traceback ending the run): the lost sources are prepared again one at a time, so
    the one that ends its worker again is found and skipped, and the stream goes on in a new pool."""

    def __init__(self, settings: IndexSettings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self.pool = _pool(settings, workers)
        self.pending: deque[tuple[list[Source], list[Outcome] | Future[list[Outcome]]]] = deque()

    def submit(self, task: list[Source]) -> None:
        if not task:
            return
        try:
            future = self.pool.submit(stage_all, task, self.settings)
        except BrokenProcessPool:  # a worker died since the last look
            self._recover()
            future = self.pool.submit(stage_all, task, self.settings)
        self.pending.append((task, future))

    def drain(self, limit: int) -> Iterator[Outcome]:
        while len(self.pending) > limit:
            done = self.pending[0][1]
            if isinstance(done, Future):
                try:
                    done.result()
                except BrokenProcessPool:
                    self._recover()
                    continue
            done = self.pending.popleft()[1]
            yield from (done if isinstance(done, list) else done.result())

    def _recover(self) -> None:
        """Shut the broken pool down; every task it lost is prepared again, source by source, in order."""
        self.pool.shutdown()  # (its futures are all done now: lost ones hold BrokenProcessPool)
        lost = [
            (i, task)
            for i, (task, done) in enumerate(self.pending)
            if isinstance(done, Future) and isinstance(done.exception(), BrokenProcessPool)
        ]
        sources = [s for _, task in lost for s in task]
        held = f"; the {len(sources)} documents it held are prepared again, one at a time" if sources else ""
        logger.warning("a worker process preparing documents ended%s", held)
        outcomes = iter(prepare_alone(sources, self.settings))
        for i, task in lost:
            self.pending[i] = (task, [next(outcomes) for _ in task])
        self.pool = _pool(self.settings, self.workers)


def prepare_alone(sources: list[Source], settings: IndexSettings) -> list[Outcome]:
    """Each source's outcome, prepared in order by one worker process: a source whose preparation ends that
    process is skipped, saying so, and a new worker goes on with the rest."""
    outcomes: list[Outcome] = []
    while len(outcomes) < len(sources):
        rest = sources[len(outcomes) :]
        pool = _pool(settings, 1)
        futures: list[Future[Outcome]] = []
        try:
            for source in rest:
                futures.append(pool.submit(stage_source, source, settings))
        except BrokenProcessPool:  # it died while the rest were being queued: one of those queued did it
            pass
        processes = list(pool._processes.values())  # (the one worker, to say how it ended)
        for source, future in zip(rest, futures, strict=False):
            try:
                outcomes.append(future.result())
            except BrokenProcessPool:
                pool.shutdown()
                outcomes.append(DocumentError(source.name, _ended(processes)))
                break
        pool.shutdown()
    return outcomes


def _ended(processes: Sequence[BaseProcess]) -> str:
    """The reason a source whose preparation ended its worker process is skipped."""
    how = ""
    for code in (p.exitcode for p in processes if p.exitcode):
        if code > 0:
            how = f"exit code {code}; "
        else:
            with contextlib.suppress(ValueError):
                how = f"killed by {signal.Signals(-code).name}; "
    return f"its preparation ended the worker process ({how}out of memory, or a reader crashing on it?)"


class Batch:
    """New documents as they arrive: metadata, clean texts, passage spans, term counts and vectors.

    Embeds in batches of EMBED_BATCH as passages arrive, so vectors are computed while workers prepare more.
    """

    def __init__(
        self, settings: IndexSettings, encoder: Callable[[], Encoder], known: SentenceVectors | None = None
    ) -> None:
        """``known``: sentence vectors to copy instead of embedding (an index of the same model)."""
        self.settings = settings
        self.sentences = settings.fusion.sentence_dense_weight > 0
        self._known = known
        self._occurrences: list[int] = []  # every passage's sentence keys, one per occurrence
        self._sentence_keys: list[int] = []  # distinct keys, in the order of _sentence_vectors' rows
        self._seen: set[int] = set()
        self._sentence_pending: list[tuple[int, str]] = []
        self._sentence_vectors: list[np.ndarray] = []
        self._encoder_factory = encoder
        self._encoder: Encoder | None = None
        self.documents: list[DocumentMeta] = []
        self.texts: list[str] = []
        self.doc_rows: list[int] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.ordinals: list[int] = []
        self.vocab: dict[str, int] = {}
        self._cols: list[np.ndarray] = []
        self._counts: list[np.ndarray] = []
        self._lengths: list[int] = []
        self._pending: list[str] = []
        self._vectors: list[np.ndarray] = []

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = self._encoder_factory()
        return self._encoder

    @property
    def passages(self) -> int:
        return len(self.starts)

    def add(self, staged: Staged) -> None:
        doc = staged.prepared
        row = len(self.documents)
        self.documents.append(doc.meta)
        self.texts.append(doc.text)
        for ordinal, (span, terms) in enumerate(zip(doc.spans, staged.terms, strict=True)):
            self.doc_rows.append(row)
            self.starts.append(span.start)
            self.ends.append(span.end)
            self.ordinals.append(ordinal)
            vocab = self.vocab
            cols = np.fromiter((vocab.setdefault(t, len(vocab)) for t in terms), np.int32, len(terms))
            self._cols.append(cols)
            self._counts.append(np.fromiter(terms.values(), np.float32, len(terms)))
            self._lengths.append(len(terms))
        self._pending.extend(staged.texts)
        while len(self._pending) >= EMBED_BATCH:
            self._embed(self._pending[:EMBED_BATCH])
            del self._pending[:EMBED_BATCH]
        if self.sentences:
            for span in doc.spans:
                self._add_sentences(doc.text[span.start : span.end])

    def _add_sentences(self, body: str) -> None:
        for key, text in keyed_sentences(body, self.settings.dense.sentence_units):
            self._occurrences.append(key)
            if key in self._seen:
                continue
            self._seen.add(key)
            row = self._known.find(np.array([key]))[0] if self._known is not None else -1
            if row >= 0:
                assert self._known is not None
                self._sentence_keys.append(key)
                self._sentence_vectors.append(np.asarray(self._known.vectors[row : row + 1], np.float32))
            else:
                self._sentence_pending.append((key, text))
        while len(self._sentence_pending) >= EMBED_BATCH:
            self._embed_sentences(self._sentence_pending[:EMBED_BATCH])
            del self._sentence_pending[:EMBED_BATCH]

    def _embed_sentences(self, pending: list[tuple[int, str]]) -> None:
        self._sentence_keys.extend(k for k, _ in pending)
        vectors = self.encoder.encode_passages([t for _, t in pending])
        self._sentence_vectors.append(np.asarray(vectors, dtype=np.float32))

    def take_sentences(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(every sentence occurrence's key, the distinct keys, their vectors), embedding what is left;
        handed over once."""
        if self._sentence_pending:
            self._embed_sentences(self._sentence_pending)
            self._sentence_pending = []
        vectors = np.concatenate(self._sentence_vectors) if self._sentence_vectors else np.zeros((0, 0))
        out = (
            np.asarray(self._occurrences, dtype=np.int64),
            np.asarray(self._sentence_keys, dtype=np.int64),
            vectors,
        )
        self._occurrences, self._sentence_keys, self._sentence_vectors = [], [], []
        self._seen = set()
        return out

    def _embed(self, texts: list[str]) -> None:
        # Encoders with separate query/passage sides (e5's prefixes) embed passages with encode_passages.
        self._vectors.append(np.asarray(self.encoder.encode_passages(texts), dtype=np.float32))

    def take_vectors(self) -> list[np.ndarray]:
        """The new passages' vectors in blocks (handed over once: the caller concatenates them where they go,
        so the index's vectors are copied once, not twice)."""
        if self._pending:
            self._embed(self._pending)
            self._pending = []
        blocks, self._vectors = self._vectors, []
        return blocks

    def bm25(self) -> BM25:
        """The new passages' term matrix (rows in passage order, columns = this batch's vocabulary)."""
        n = self.passages
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(self._lengths, out=indptr[1:])
        cols = np.concatenate(self._cols) if self._cols else np.zeros(0, np.int32)
        self._cols = []
        data = np.concatenate(self._counts) if self._counts else np.zeros(0, np.float32)
        self._counts = []
        tf = sp.csr_matrix((data, cols, indptr), shape=(n, len(self.vocab))).tocsc()
        del cols, data
        terms = [""] * len(self.vocab)
        for term, col in self.vocab.items():
            terms[col] = term
        return BM25(sp.csc_matrix(tf), terms, self.settings.bm25)


def progress_bar(enabled: bool) -> tqdm:
    return tqdm(desc="indexing", unit="doc", disable=not enabled)
