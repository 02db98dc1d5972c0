"""Reposts among a listing's evidence: one article reposted by several sites (their menus and footers apart)
is one piece of evidence, not two regions' passages written to one template."""

from __future__ import annotations

import re

from indexer.normalize import normalize

# Share of the shorter passage's text that must stand in another, sentence by sentence, for it to be a copy.
NEAR_COPY = 0.9
_STATEMENT_END = re.compile(r"[。！？!?；;\n]")


def statements(text: str) -> dict[str, int]:
    """A passage's sentences of at least 8 characters (normalised), with their lengths."""
    parts = (normalize(p).strip() for p in _STATEMENT_END.split(text))
    return {p: len(p) for p in parts if len(p) >= 8}


def copied(a: dict[str, int], b: dict[str, int]) -> bool:
    """The shorter passage's sentences stand, word for word, in the other (NEAR_COPY of its text): a
    repost, not two regions' passages written to one template (运城市建成人才公寓三百套 / 天桥区…四百套)."""
    short, other = (a, b) if sum(a.values()) <= sum(b.values()) else (b, a)
    total = sum(short.values())
    return total > 0 and sum(n for s, n in short.items() if s in other) >= NEAR_COPY * total
