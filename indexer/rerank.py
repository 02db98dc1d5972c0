"""Stages over the fused top candidates.

Sentence window: questions are usually answered by one or two sentences, so a passage whose query terms sit
together in one window beats one that scatters them across a long paragraph. Coverage is the idf-weighted
share of the query's terms (character bigrams and whole codes, on the normalised form) found in the best
window.

Answer type: a question asking a number or a date (「每月补贴多少钱」, 「申报截止到哪天」) is answered by a
passage stating one (300元, 9月30日), not by the notice's introduction or a citizen's letter that repeats
its words: among the head, the passages stating what is asked gain ``weight`` × the head's score spread,
and those ending in a question of their own (a letter's 请问…？谢谢！, an FAQ's question line) lose as much —
whatever the question asks, a passage asking is not its answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from indexer.asked import Asked, states_asked
from indexer.asking import ends_asking as asking_passage
from indexer.chunk import split_sentences
from indexer.normalize import normalize


def weighted_terms(query_terms: Sequence[str], idf: Callable[[str], float]) -> dict[str, float]:
    """Distinct query terms with their idf; terms absent from the collection (idf 0) are left out."""
    out: dict[str, float] = {}
    for term in query_terms:
        if term not in out:
            weight = idf(term)
            if weight > 0:
                out[term] = weight
    return out


def best_window_coverage(
    terms: dict[str, float], passages: Sequence[str], tokenize: Callable[[str], list[str]], window: int = 2
) -> np.ndarray:
    """Per passage, the largest idf-weighted share of ``terms`` within ``window`` consecutive sentences."""
    total = sum(terms.values())
    out = np.zeros(len(passages), dtype=np.float64)
    if total <= 0:
        return out
    for i, passage in enumerate(passages):
        sentence_terms = [set(tokenize(passage[s:e])) & terms.keys() for s, e in split_sentences(passage)]
        best = 0.0
        for j in range(len(sentence_terms)):
            found = set().union(*sentence_terms[j : j + window])
            best = max(best, sum(terms[t] for t in found))
        out[i] = best / total
    return out


# whether a passage ends asking, kept per text like its matching form (a request reads the same passages)
ends_asking = lru_cache(maxsize=4096)(asking_passage)


def _shift(out: np.ndarray, head: np.ndarray, chosen: np.ndarray, step: float) -> None:
    """Move the ``chosen`` head candidates by ``step`` — only when the mark tells the head apart (some
    candidates carry it, some do not)."""
    if chosen.any() and not chosen.all():
        out[head[chosen]] += step


def answer_type_stage(
    fused: np.ndarray,
    head: np.ndarray,
    asks: Asked,
    text_of: Callable[[int], str],
    keys: np.ndarray,
    weight: float,
) -> np.ndarray:
    """Fused scores with each ``head`` candidate (positions into ``keys``) whose passage states what the
    question asks for (a number, a date, the papers: asked.states_asked) raised by ``weight`` × the std of the
    head's scores, and each whose passage ends asking a question of its own lowered by as much — either only
    when it tells the head apart (some passages do, some do not)."""
    if len(head) < 2:
        return fused
    texts = [text_of(int(k)) for k in keys[head]]
    step = weight * float(fused[head].std())
    out = fused.copy()
    _shift(out, head, np.array([ends_asking(t) for t in texts], dtype=bool), -step)
    if asks.slot in ("number", "date") or asks.papers:
        _shift(out, head, np.array([states_asked(asks, normalize(t)) for t in texts], dtype=bool), step)
    return out


def scope_stage(
    fused: np.ndarray,
    head: np.ndarray,
    places: Sequence[str],
    region_of: Callable[[int], str],
    keys: np.ndarray,
    weight: float,
) -> np.ndarray:
    """Fused scores with each ``head`` candidate whose document is about a place the question names (its
    region lies within one of ``places``) raised by ``weight`` × the std of the head's scores — only when
    it tells the head apart."""
    if len(head) < 2 or not places:
        return fused
    regions = [region_of(int(k)) for k in keys[head]]
    out = fused.copy()
    scoped = np.array([bool(r) and any(r.startswith(p) for p in places) for r in regions], dtype=bool)
    _shift(out, head, scoped, weight * float(fused[head].std()))
    return out
