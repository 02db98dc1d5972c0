"""The benchmark tiers (quick, full): what each measures — sizes, questions, repeats, budgets — and a tier
with the command line's overrides applied."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Tier:
    sizes: tuple[int, ...]  # passages of the synthetic indexes searched in-process
    pool: int | None  # sentences in the pool (None = every sentence of the sources)
    queries: int  # questions per latency measurement
    repeats: int  # passes over the questions; percentiles are medians over passes
    ask_queries: int
    bm25_sizes: tuple[int, ...]
    bm25_queries: int
    bm25_budget_s: float  # rank-bm25 stops repeating after this long; the largest size gets fewer queries
    index_docs: int  # documents of cmrc2018 (or seeds) for indexing throughput
    index_repeats: int
    add_size: int  # index size for the incremental add
    server_sizes: tuple[int, ...]  # synthetic indexes served over HTTP (the seeds index always is)
    load_seconds: float
    load_connections: int
    cold_repeats: int


TIERS = {
    "quick": Tier(
        sizes=(2_000,),
        pool=3_000,
        queries=30,
        repeats=1,
        ask_queries=10,
        bm25_sizes=(2_000,),
        bm25_queries=30,
        bm25_budget_s=60,
        index_docs=30,
        index_repeats=1,
        add_size=2_000,
        server_sizes=(2_000,),
        load_seconds=3,
        load_connections=4,
        cold_repeats=1,
    ),
    "full": Tier(
        sizes=(10_000, 100_000, 1_000_000),
        pool=None,
        queries=200,
        repeats=3,
        ask_queries=50,
        bm25_sizes=(10_000, 100_000, 1_000_000),
        bm25_queries=100,
        bm25_budget_s=900,
        index_docs=300,  # e5-small embeds a few passages a second on 2 cores: 300 documents take ~15 minutes
        index_repeats=3,
        add_size=100_000,
        server_sizes=(100_000, 1_000_000),
        load_seconds=10,
        load_connections=8,
        cold_repeats=3,
    ),
}


def label(n: int) -> str:
    return (
        f"{n // 1_000_000}M"
        if n >= 1_000_000 and n % 1_000_000 == 0
        else (f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n))
    )


def tier_from(args: argparse.Namespace) -> tuple[Tier, dict[str, Any]]:
    overrides: dict[str, Any] = {}
    for name in ("sizes", "bm25_sizes", "server_sizes"):
        value = getattr(args, name)
        if value is not None:
            overrides[name] = tuple(int(x) for x in value.split(",") if x.strip())
    for name in ("pool", "queries", "repeats", "ask_queries", "index_docs", "add_size", "load_seconds"):
        value = getattr(args, name)
        if value is not None:
            overrides[name] = value
    if args.sizes is not None:  # smaller sizes shrink every size-dependent part unless given explicitly
        for name in ("bm25_sizes", "server_sizes"):
            overrides.setdefault(name, overrides["sizes"])
        overrides.setdefault("add_size", max(overrides["sizes"] or (0,)))
    return replace(TIERS[args.tier], **overrides), overrides
