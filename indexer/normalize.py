"""The one normalisation used on documents and queries: traditional→simplified, full→half width, case-folded.

Matching (BM25 tokens, dictionary, gazetteer look-ups) happens on this form; citations and offsets never do:
they always refer to the clean text in its original script.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# A request reads the same passages, titles and sentences many times over (the answer-type stage, then
# claim scoring and composition: ~100 calls per /ask on the seeds, four in five a text seen before), and so
# do requests near in time: short texts keep their matching form here (eval/results/normalize-cost.md).
# Whole documents, normalised once at index time, are not kept.
CACHED_CHARS = 1200
CACHED_TEXTS = 4096


def matching_form(text: str) -> str:
    """The matching form, computed: what `normalize` returns (the reference its cache is checked against)."""
    return unicodedata.normalize("NFKC", _converter().convert(text)).casefold()


_cached = lru_cache(maxsize=CACHED_TEXTS)(matching_form)


def normalize(text: str) -> str:
    """Return the matching form of ``text``: simplified script, NFKC (half-width), case-folded."""
    if not text:
        return ""
    return _cached(text) if len(text) <= CACHED_CHARS else matching_form(text)
