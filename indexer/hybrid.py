"""What both retrievers (embedded files: indexer/retrieve.py; Milvus: indexer/milvus_retrieve.py) share:
the query side (`QuerySide`: the query encoder, analysing a question), and fusing the two legs' candidates
(plus the sentence rerank) into one order. Each backend only finds candidates and scores them in its own
store, so a ranking rule changed here changes both backends alike.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from indexer.asked import Asked, asks
from indexer.cantonese import mandarin
from indexer.embed import Encoder, query_encoder
from indexer.fuse import FusionConfig, feedback_query, fuse
from indexer.mentioned import county_stems, mentioned_counties
from indexer.normalize import normalize
from indexer.query import Query, check_mode, check_text
from indexer.region import path_rank, places_named
from indexer.rerank import (
    ASKS_DRAFT,
    Place,
    answer_type_stage,
    best_window_coverage,
    draft_stage,
    reply_stage,
    scope_stage,
    weighted_terms,
)
from indexer.segment import TokenizerConfig, tokenize, warm_up
from indexer.sentences import sentence_stage
from indexer.settings import IndexSettings


class Rerank(NamedTuple):
    """What the stages after fusion read of the question and the candidates."""

    query: str  # the normalised question
    text_of: Callable[[int], str]  # candidate key → passage text
    terms_of: Callable[[str], list[str]]  # text → its rerank terms
    idf: Callable[[str], float]
    asks: Asked  # what the question asks for (the answer-type stage)
    places: tuple[str, ...] | None  # the regions the question names (`Query.places`)
    region_of: Callable[[int], str]  # candidate key → its document's region path ("": none)
    title_of: Callable[[int], str]  # candidate key → its document's title ("": none)
    place_of: Callable[[int], Place]  # candidate key → (its document's id, its start, its end)


# The rerank stage compares character bigrams (and whole codes) whatever the index's BM25 tokens are.
RERANK_GRAMS = TokenizerConfig(words=False, bigrams=True, stopwords=False, user_dict=False)


QUERY_THREADS = 1  # per-query encoding is latency-bound: one BLAS thread each (measured in eval/bench)


class QuerySide:
    """The query half of a retriever, the same on both backends: the query encoder of the index's model,
    loaded once on first use, and a question analysed with the index's tokenizer. A subclass sets
    ``_encoder`` (None: load on first use) and provides ``settings``."""

    _encoder: Encoder | None
    _encoder_lock: threading.Lock

    @property
    def settings(self) -> IndexSettings:
        raise NotImplementedError

    def _query_settings(self) -> IndexSettings:
        """The settings a query is tokenised with (Milvus answers from a cache: a stats read is a request)."""
        return self.settings

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            with self._encoder_lock:
                if self._encoder is None:
                    self._encoder = query_encoder(self.settings.model, threads=QUERY_THREADS)
        return self._encoder

    def warm_up(self) -> None:
        """Load the encoder and tokenizer dictionaries before the first query."""
        warm_up(self.settings.tokenizer)
        county_stems()  # (the gazetteer's county short names, read by every question naming a place)
        self.encoder.encode_queries(["预热"])

    def tokenizer_config(self) -> TokenizerConfig:
        return self.settings.tokenizer

    def embed_query(self, query: str) -> np.ndarray:
        """The query vector of ``query`` (normalised first, as `analyse` does)."""
        return self.encoder.encode_queries([mandarin(normalize(query))])[0]

    def known_regions(self) -> tuple[str, ...]:
        """The distinct regions the collection's documents are about (a question's county short names are
        read against them)."""
        raise NotImplementedError

    def term_df(self, term: str) -> int:
        """How many passages hold an index term (0: the collection never uses it)."""
        raise NotImplementedError

    def regions_named(self, norm: str, tokens: Sequence[str]) -> tuple[str, ...]:
        """The regions a normalised question (``tokens``: its index tokens) is read against: the documents'
        regions, and the counties it names by a short name that the collection names in full
        (indexer/mentioned.py)."""
        known = self.known_regions()
        config = self._query_settings().tokenizer
        return known + mentioned_counties(norm, tokens, known, self.term_df, config)

    def analyse(self, text: str, mode: str = "hybrid") -> Query:
        """Validate, normalise, tokenise and (if ``mode`` needs it) encode a question, each exactly once."""
        return analyse(text, mode, self._query_settings().tokenizer, lambda: self.encoder, self.regions_named)


def analyse(
    text: str,
    mode: str,
    config: TokenizerConfig,
    encoder: Callable[[], Encoder],
    known: Callable[[str, Sequence[str]], Sequence[str]] | None = None,
) -> Query:
    """Validate, normalise, tokenise and (if ``mode`` needs it) encode a question, each exactly once; with
    ``known`` (the regions the collection knows, given the normalised question and its tokens), read the
    places it names."""
    text = check_text(text)
    check_mode(mode)
    norm = mandarin(normalize(text))  # (a Cantonese question in Mandarin words: indexer/cantonese.py)
    tokens = tuple(tokenize(norm, config))
    vector = encoder().encode_queries([norm])[0] if mode != "bm25" else None
    regions = tuple(known(norm, tokens)) if known is not None else None
    places = tuple(places_named(text, regions)) if regions is not None else None
    return Query(
        text=text, norm=norm, tokens=tokens, vector=vector, asks=asks(norm), places=places, regions=regions
    )


def rerank_terms(text: str, config: TokenizerConfig) -> list[str]:
    """The terms the sentence rerank compares: n-grams for an n-gram index, else the index's own tokens."""
    return tokenize(text, RERANK_GRAMS) if config.bigrams or config.chars else tokenize(text, config)


def rank_in(cand: np.ndarray, listed: np.ndarray) -> np.ndarray:
    """0-based rank of each candidate in ``listed`` (len(listed) where absent)."""
    rank = np.full(len(cand), len(listed), dtype=np.float64)
    if len(listed):
        pos = {int(r): i for i, r in enumerate(listed.tolist())}
        rank = np.array([pos.get(int(c), len(listed)) for c in cand.tolist()], dtype=np.float64)
    return rank


def fuse_legs(
    cand: np.ndarray,
    bm25: np.ndarray,
    dense: np.ndarray,
    legs: tuple[np.ndarray, np.ndarray],
    fusion: FusionConfig,
    k: int,
    rerank: Rerank | None,
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best candidates: (positions into ``cand``, fused scores of every candidate).

    ``cand`` holds candidate keys (rows or primary keys), ``bm25``/``dense`` their exact scores, ``legs`` each
    leg's own ranking of keys. Ties break by key, so both backends order equal scores alike. ``rerank`` —
    (normalised query, key → passage text, terms of a text, idf of a term) — feeds the sentence stage when the
    fusion config turns it on.
    """
    fused = fuse(bm25, dense, rank_in(cand, legs[0]), rank_in(cand, legs[1]), fusion)
    order = np.lexsort((cand, -fused))
    if rerank is not None and fusion.sentence_weight > 0 and fusion.rerank_depth > 0:
        head = order[: fusion.rerank_depth]
        terms = weighted_terms(rerank.terms_of(rerank.query), rerank.idf)
        texts = [rerank.text_of(int(c)) for c in cand[head]]
        fused[head] += fusion.sentence_weight * best_window_coverage(terms, texts, rerank.terms_of)
        head = head[np.lexsort((cand[head], -fused[head]))]
        order = np.concatenate([head, order[fusion.rerank_depth :]])
    return order[:k], fused


@dataclass(frozen=True)
class Pool:
    """One round of hybrid candidates: keys (ascending), their exact BM25 scores and cosines with the vector
    that was searched, and each leg's own ranking of keys."""

    cand: np.ndarray
    bm25: np.ndarray
    dense: np.ndarray
    legs: tuple[np.ndarray, np.ndarray]


@dataclass(frozen=True)
class Ranked:
    """The ``k`` best keys, best first, with their fused score, BM25 score and the question's own cosine."""

    keys: np.ndarray
    score: np.ndarray
    bm25: np.ndarray
    dense: np.ndarray


def rank_hybrid(
    qvec: np.ndarray,
    pool_of: Callable[[np.ndarray], Pool],
    vectors_of: Callable[[np.ndarray], np.ndarray],
    cosines_of: Callable[[np.ndarray, np.ndarray], np.ndarray],
    fusion: FusionConfig,
    k: int,
    rerank: Rerank | None,
    sentences: Callable[[np.ndarray], np.ndarray] | None = None,
) -> Ranked:
    """Hybrid ranking with Rocchio feedback and the sentence stage, the same for every backend.

    ``fusion`` already carries the question's coverage weight (`FusionConfig.at_coverage`). ``pool_of(v)``
    searches the dense leg with ``v`` and joins it to the (fixed) BM25 leg; ``vectors_of(keys)`` gives passage
    vectors, ``cosines_of(v, keys)`` passage cosines with ``v``. With feedback on, the query moves towards the
    first fusion's top ``feedback_depth`` passages (sentence stage off there), the dense leg is searched again
    and the candidates fused with the moved cosines — while each hit reports the question's own cosine.
    ``sentences(keys)`` gives each passage's best sentence cosine with the question (NaN: not held); the
    fused top ``sentence_dense_depth`` are re-scored with it (indexer/sentences.py).
    """
    pool = pool_of(qvec)
    if len(pool.cand) == 0:
        empty = np.zeros(0)
        return Ranked(pool.cand, empty, empty, empty)
    dense = pool.dense
    if fusion.feedback_depth > 0:
        top, _ = fuse_legs(pool.cand, pool.bm25, pool.dense, pool.legs, fusion, fusion.feedback_depth, None)
        moved = feedback_query(qvec, vectors_of(pool.cand[top]), fusion.feedback_weight)
        pool = pool_of(moved)
        dense = cosines_of(qvec, pool.cand)
    depth = fusion.sentence_dense_depth if sentences is not None and fusion.sentence_dense_weight > 0 else 0
    order, fused = fuse_legs(pool.cand, pool.bm25, pool.dense, pool.legs, fusion, len(pool.cand), rerank)
    if depth > 1 and sentences is not None:
        head = order[:depth]
        fused = sentence_stage(
            fused, head, sentences(pool.cand[head]), dense[head], fusion.sentence_dense_weight
        )
        order = np.lexsort((pool.cand, -fused))  # a head passage may fall below one that was not in it
    places = [p for p in (rerank.places or ()) if path_rank(p) >= fusion.scope_rank] if rerank else []
    if rerank is not None and fusion.scope_weight > 0 and places:
        head = order[: fusion.answer_type_depth]
        fused = scope_stage(fused, head, places, rerank.region_of, pool.cand, fusion.scope_weight)
        order = np.lexsort((pool.cand, -fused))
    if rerank is not None and fusion.answer_type_weight > 0 and fusion.answer_type_depth > 1:
        fused = answer_type_stage(
            fused,
            order[: fusion.answer_type_depth],
            rerank.asks,
            rerank.text_of,
            pool.cand,
            fusion.answer_type_weight,
        )
        order = np.lexsort((pool.cand, -fused))
    if rerank is not None and fusion.replies and fusion.answer_type_depth > 1:
        fused = reply_stage(
            fused, order[: fusion.answer_type_depth], rerank.text_of, rerank.place_of, pool.cand
        )
        order = np.lexsort((pool.cand, -fused))
    # last: whatever the stages above read in a draft, its issued policy replaces it
    if rerank is not None and fusion.superseded_drafts and not ASKS_DRAFT.search(rerank.query):
        fused = draft_stage(
            fused, order[: fusion.answer_type_depth], rerank.title_of, pool.cand, rerank.query
        )
        order = np.lexsort((pool.cand, -fused))
    order = order[:k]
    return Ranked(pool.cand[order], fused[order], pool.bm25[order], dense[order])
