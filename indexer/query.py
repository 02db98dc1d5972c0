"""A question analysed once: validated, normalised, tokenised for BM25 and (when a mode needs it) encoded.

Search, answer composition and the checked-LLM path all consume the same `Query`, so a question is never
tokenised or encoded twice. The limits on search input live here, in one place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

import numpy as np

from indexer.asked import Asked

if TYPE_CHECKING:
    from indexer.embed import Encoder

Mode = Literal["hybrid", "bm25", "dense"]
MODES: tuple[str, ...] = ("hybrid", "bm25", "dense")
MAX_K = 100
MAX_QUERY_CHARS = 1000


@dataclass(frozen=True, eq=False)  # eq=False: an ndarray field has no truth value to compare by
class Query:
    text: str  # the stripped, validated question, in its original script
    norm: str  # normalize(text): what is tokenised and encoded
    tokens: tuple[str, ...]  # the index's BM25 tokens of the question
    vector: np.ndarray | None  # the query embedding (None when analysed for bm25 only)
    asks: Asked = field(default_factory=Asked)  # what it asks for (asked.asks): a number, a date …
    # the regions it names, as paths (region.places_named, county short names read against the collection's
    # document regions); None: not analysed against a collection
    places: tuple[str, ...] | None = None
    # … and the regions they were read against: the documents' regions and the counties the collection names
    # that the question names by a short name (indexer/mentioned.py); None: not analysed against a collection
    regions: tuple[str, ...] | None = None

    def needs_vector(self, mode: str) -> bool:
        return mode != "bm25" and self.vector is None


def check_unicode(text: str, what: str) -> None:
    """A ValueError when ``text`` cannot be written as UTF-8: a JSON \\ud800 escape, or a command-line byte
    that was not UTF-8 (Python keeps it as a lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(
            f"the {what} holds an unpaired surrogate (such as \\ud800) or a byte that is not UTF-8; "
            "send valid Unicode text"
        ) from None


# Characters that are no content of a question: control characters (a NUL the shell would have dropped) and
# the invisible format characters — soft hyphen, zero-width spaces and joiners, direction marks and overrides,
# word joiner, BOM — a question of only these had been searched (dense neighbours of nothing). Written as a
# class body that Python, the Rust regex of pydantic-core and JSON Schema all read (server.limits).
NO_CONTENT_CHARS = r"\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
_CONTROL = re.compile(f"[{NO_CONTENT_CHARS}]")


def check_text(query: object) -> str:
    """The stripped question, or a ValueError that says how to fix it."""
    # (control characters alone — a NUL the shell would have dropped — are no question either; the API's
    # schema says the same: server.limits.HAS_CONTENT)
    if not isinstance(query, str) or not any(not ch.isspace() and not _CONTROL.match(ch) for ch in query):
        raise ValueError("the query is empty; ask a question such as 哪些地区设立了人才编制周转池?")
    if len(query) > MAX_QUERY_CHARS:
        raise ValueError(f"the query has {len(query)} characters; shorten it to at most {MAX_QUERY_CHARS}")
    check_unicode(query, "query")
    return query.strip()


NO_WORDS = "holds no letter or digit, only punctuation or symbols; ask e.g. 哪些地区设立了人才编制周转池?"


def has_words(text: str) -> bool:
    """The text holds a letter or a digit: 「？？？」 or 「。。。」 alone asks nothing a search could rank by
    (its dense neighbours are arbitrary passages; /ask answers it as small talk)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def check_mode(mode: object) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    return str(mode)


def check_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise ValueError(f"top_k of {k} is out of range; pass a value from 1 to {MAX_K}")
    return k


def check_query(query: str, k: int, mode: str) -> str:
    """Validate search input at the boundary; returns the stripped query."""
    text = check_text(query)
    check_mode(mode)
    check_k(k)
    return text


def search_query(
    query: str | Query, k: int, mode: str, encoder: Encoder, analyse: Callable[[str, str], Query]
) -> Query:
    """A search's validated, analysed query: a `Query` passed in is used as is (only a missing vector the
    mode needs is computed), a string is analysed by the retriever's ``analyse``."""
    check_mode(mode)
    check_k(k)
    if isinstance(query, Query):
        return with_vector_for(query, mode, encoder)
    return analyse(query, mode)


def with_vector_for(query: Query, mode: str, encoder: Encoder) -> Query:
    """``query`` ready for ``mode``: an analysed query is used as is, and only a missing vector that the mode
    needs is computed (once) — its tokens are never recomputed."""
    if query.needs_vector(mode):
        return replace(query, vector=encoder.encode_queries([query.norm])[0])
    return query
