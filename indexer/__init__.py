"""citeqa indexer: load → clean → chunk → segment/embed → index store, and retrieval over it."""

from __future__ import annotations

__version__ = "0.1.0"
