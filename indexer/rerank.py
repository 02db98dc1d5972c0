"""Second stage over the fused top candidates: how well a passage's best sentence window covers the query.

Questions are usually answered by one or two sentences, so a passage whose query terms sit together in one
window beats one that scatters them across a long paragraph. Coverage is the idf-weighted share of the
query's terms (character bigrams and whole codes, on the normalised form) found in the best window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from indexer.chunk import split_sentences


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
