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


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _changed(text: str, converted: str) -> bool:
    """Two characters or more of ``text``, and a tenth or more of its Chinese ones, read otherwise in
    ``converted`` (a phrase converted whole, changing the length, counts as one)."""
    if len(converted) != len(text):
        changed = 1 + sum(a != b for a, b in zip(text, converted, strict=False))
    else:
        changed = sum(a != b for a, b in zip(text, converted, strict=True))
    chinese = sum("\u4e00" <= c <= "\u9fff" for c in text)
    return changed >= 2 and changed * 10 >= chinese


def traditional(text: str) -> bool:
    """``text`` is written in traditional script (羅定市文物建築…由誰出？; not 于 or 乾 alone): its characters
    read otherwise in simplified script (`_changed`)."""
    return _changed(text, _converter().convert(text))


def simplified(text: str) -> bool:
    """``text`` is written in simplified script: its characters read otherwise in traditional script. A
    sentence may be neither (煮熟的米具有很大的黏性 is written alike in both)."""
    return _changed(text, _to_traditional().convert(text))
