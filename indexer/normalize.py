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


def normalize(text: str) -> str:
    """Return the matching form of ``text``: simplified script, NFKC (half-width), case-folded."""
    if not text:
        return ""
    return unicodedata.normalize("NFKC", _converter().convert(text)).casefold()
