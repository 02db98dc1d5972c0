"""Prometheus metrics of one server process: requests and latency per route, and the index it serves
(documents, passages, generation, bytes on disk), read at scrape time so a worker that followed a newer
commit reports what it serves."""

from __future__ import annotations

from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from indexer.retrieve import Retriever


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "citeqa_requests", "HTTP requests", ["route", "method", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "citeqa_request_seconds",
            "Request latency per route",
            ["route", "method"],
            registry=self.registry,
            buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )
        self.documents = Gauge("citeqa_index_documents", "Documents in the index", registry=self.registry)
        self.passages = Gauge("citeqa_index_passages", "Passages in the index", registry=self.registry)
        self.generation = Gauge(
            "citeqa_index_generation", "Index generation this process serves", registry=self.registry
        )
        self.size = Gauge(
            "citeqa_index_bytes", "Bytes on disk of the served generation", registry=self.registry
        )

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        # a method HTTP does not define (curl -X M12345) is answered 405; as a label of its own each had added
        # series without bound (a fault probe: 20,000 of them made /metrics 43 MB): they are one, "other"
        method = method if method in _METHODS else "other"
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route, method).observe(seconds)

    def render(self, retriever: Retriever | None) -> bytes:
        if retriever is not None:
            data = retriever.data
            self.documents.set(len(data.documents))
            self.passages.set(data.passages)
            self.generation.set(data.generation)
            self.size.set(_generation_bytes(Path(retriever.index_dir), data.generation))
        return generate_latest(self.registry)


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"})


def _generation_bytes(index_dir: Path, generation: int) -> int:
    folder = index_dir / f"g{generation:06d}"
    try:
        return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) + (
            (index_dir / "manifest.json").stat().st_size
        )
    except OSError:
        return 0
