"""One writer at a time per Milvus index, across processes and machines: a lease taken in the index's own
``<name>_stats`` collection (rows with pk < -1), by Lamport's bakery algorithm.

Why a lease: a write reads the document frequencies of the terms it touches and the collection totals, and
writes them back (indexer/milvus_write.py). Two writers interleaving each write back their own sums and lose
the other's — measured (eval/results/milvus-writers.md): two processes adding 32 one-passage documents each
ended with N = 33, 42 and 37 instead of 64 and 579-719 terms with a wrong document frequency in three of three
runs; with the lease, exact in three of three. Making every statistic a commutative increment
would need a delta log that readers sum and a compaction that again needs one writer, and it could not
order two writers replacing the *same* document. Serialising is simpler and exact.

Why the bakery: Milvus has no transactions and no compare-and-swap, so "write my name if the row is free" is
not atomic. The bakery needs neither, only reads that see every write acknowledged before them — which
Strong consistency gives (every lease read here is Strong, whatever the index's read level). A writer
announces itself ("choosing"), takes a ticket one above every ticket it sees, and proceeds once no one is
choosing and no live row holds a smaller (ticket, pk). A killed writer's row expires after ``ttl`` seconds
(renewed while held), so it blocks the others that long at most; expiry compares wall clocks, which the
machines of one deployment keep in step (NTP).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from indexer.milvus_client import BackendUnavailableError
from indexer.milvus_collections import PLACEHOLDER, Collections
from indexer.milvus_store import STATS_ROW

logger = logging.getLogger(__name__)

INTENT_ROW = -(1 << 63)  # a writer's intent (indexer/milvus_recover.py), below every lease row
LEASE_TTL = 60.0  # seconds a lease row lives unless renewed: how long a killed writer can block the others
WAIT_TIMEOUT = 900.0  # seconds a writer waits for its turn before giving up with a clear error
POLL = 0.05


class LeaseTimeout(BackendUnavailableError):
    """Another writer held the index for longer than the wait allows: the write may be retried (HTTP 503)."""


class _Lease:
    def __init__(self, cols: Collections, ttl: float) -> None:
        self.cols, self.ttl = cols, ttl
        self.pk = -2 - secrets.randbits(62)  # a fresh id per write: below the statistics row's -1
        self.ticket = 0
        self.state = "choosing"

    def put(self, state: str) -> None:
        self.state = state
        info = {
            "state": state,
            "ticket": self.ticket,
            "expires": time.time() + self.ttl,
            "owner": f"{socket.gethostname()}:{os.getpid()}",
        }
        row = {"pk": self.pk, "info": json.dumps(info), "v": PLACEHOLDER}
        self.cols.client.upsert(self.cols.config.stats, [row])

    def others(self) -> list[tuple[int, dict[str, Any]]]:
        """The other writers' live rows; expired ones (their writer died) are removed on the way."""
        rows = self.cols.client.query(
            self.cols.config.stats,
            filter=f"pk < {STATS_ROW} and pk > {INTENT_ROW}",
            output_fields=["pk", "info"],
            consistency_level="Strong",
        )
        now, live, dead = time.time(), [], []
        for row in rows:
            pk, info = int(row["pk"]), json.loads(row["info"])
            if pk == self.pk:
                continue
            if float(info["expires"]) < now:
                dead.append(pk)
            else:
                live.append((pk, info))
        if dead:
            logger.warning(
                "removing %d expired writer lease(s) of %s", len(dead), self.cols.config.collection
            )
            self.cols.delete_pks(self.cols.config.stats, dead)
        return live

    def blocked_by(self, live: list[tuple[int, dict[str, Any]]]) -> list[str]:
        mine = (self.ticket, self.pk)
        return [
            str(info.get("owner", pk))
            for pk, info in live
            if info["state"] == "choosing" or (int(info["ticket"]), pk) < mine
        ]

    def release(self) -> None:
        self.cols.delete_pks(self.cols.config.stats, [self.pk])


@contextlib.contextmanager
def writer_lease(cols: Collections, ttl: float = LEASE_TTL, timeout: float = WAIT_TIMEOUT) -> Iterator[None]:
    """Hold the index's writer lease for the body (waiting for earlier writers first).

    The row is renewed from the moment it is written, while waiting as while holding: a waiter's row that
    expired would let the writers behind it through at once. A failure to remove it afterwards (Milvus gone)
    never hides the error the body raised."""
    lease = _Lease(cols, ttl)
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(ttl / 3):
            try:
                lease.put(lease.state)
            except BackendUnavailableError as exc:  # the write itself will fail or finish; say why
                logger.warning("could not renew the writer lease of %s: %s", cols.config.collection, exc)

    renewer = threading.Thread(target=renew, name="milvus-lease", daemon=True)
    try:
        lease.put("choosing")
        renewer.start()
        lease.ticket = 1 + max((int(info["ticket"]) for _, info in lease.others()), default=0)
        lease.put("waiting")
        deadline = time.monotonic() + timeout
        told = False
        while blockers := lease.blocked_by(live := lease.others()):
            if not told:
                told = True
                left = max((float(i["expires"]) for _, i in live), default=time.time()) - time.time()
                logger.warning(
                    "waiting for the writer lease of %s, held or asked for by %s (a writer that died "
                    "holds it %.0f s more at most)",
                    cols.config.collection,
                    ", ".join(blockers),
                    max(0.0, left),
                )
            if time.monotonic() > deadline:
                raise LeaseTimeout(
                    f"another writer ({', '.join(blockers)}) has held the Milvus index "
                    f"{cols.config.collection!r} for over {timeout:g} s; try again when it is done"
                )
            time.sleep(POLL)
        lease.put("held")
        yield
    except BaseException:
        _end(lease, stop, renewer, quiet=True)
        raise
    else:
        _end(lease, stop, renewer, quiet=False)


def _end(lease: _Lease, stop: threading.Event, renewer: threading.Thread, quiet: bool) -> None:
    stop.set()
    if renewer.is_alive():
        renewer.join()
    try:
        lease.release()
    except BackendUnavailableError as exc:
        if not quiet:
            raise
        logger.warning(  # the body's own error is the one to report; the row expires on its own
            "could not remove the writer lease of %s: %s", lease.cols.config.collection, exc
        )
