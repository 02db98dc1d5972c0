"""A health check is answered however busy the request threads are, and /metrics stays bounded whatever
methods clients invent (a fault probe: eight 1,000-character questions at once had held every request thread
and /healthz waited 18 s behind them, past the Dockerfile's 5 s HEALTHCHECK; 20,000 made-up methods had
grown /metrics to 43 MB, a series each). The real app, in process, with its lifespan."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from anyio import to_thread
from fastapi.testclient import TestClient

from indexer.retrieve import Retriever
from server.api import create_app
from server.config import Settings

DEADLOCK_GUARD = 30.0  # seconds: not a timing assertion — before the fix the request waited for a thread


def test_healthz_answers_while_every_request_thread_is_taken(seed_index: Path) -> None:
    retriever = Retriever(seed_index)
    app = create_app(Settings(index_dir=seed_index, warm_up=False), retriever)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        portal = client.portal
        assert portal is not None
        limiter = portal.call(to_thread.current_default_thread_limiter)
        borrowers = [object() for _ in range(int(limiter.total_tokens))]
        for borrower in borrowers:  # what long questions in flight hold
            portal.call(limiter.acquire_on_behalf_of_nowait, borrower)
        answered: list[Any] = []  # (the test client's responses)
        asking = threading.Thread(target=lambda: answered.append(client.get("/healthz")), daemon=True)
        asking.start()
        asking.join(DEADLOCK_GUARD)
        held = list(answered)  # what came back while the threads were all taken
        for borrower in borrowers:
            portal.call(limiter.release_on_behalf_of, borrower)
        asking.join(DEADLOCK_GUARD)
        assert [(r.status_code, r.json()["documents"]) for r in held] == [(200, 5)]


def test_made_up_methods_are_one_metrics_label(seed_index: Path) -> None:
    retriever = Retriever(seed_index)
    app = create_app(Settings(index_dir=seed_index, warm_up=False), retriever)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        statuses = [client.request(m, "/healthz").status_code for m in ("M1", "M2", "FOO")]
        assert statuses == [405, 405, 405]
        text = client.get("/metrics").text
    assert 'citeqa_requests_total{method="other",route="/healthz",status="405"} 3.0' in text, text
    assert 'method="M1"' not in text and 'method="FOO"' not in text
