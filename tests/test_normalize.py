"""The matching form, and the cache of short texts' matching form (indexer/normalize.py)."""

from __future__ import annotations

import indexer.normalize as norm
from indexer.normalize import CACHED_CHARS, matching_form, normalize


def test_the_matching_form_is_simplified_half_width_and_case_folded() -> None:
    assert normalize("臺灣人才補貼ＡＢＣ１２３") == "台湾人才补贴abc123"
    assert normalize("") == ""


def test_short_texts_are_kept_and_long_ones_computed_each_time() -> None:
    short = "運城市設立人才編制周轉池，總量為１５０名。"
    long = "第一條　為了規範人才補貼發放。" * (CACHED_CHARS // 10)
    assert len(short) <= CACHED_CHARS < len(long)
    norm._cached.cache_clear()
    assert normalize(short) == matching_form(short) == "运城市设立人才编制周转池,总量为150名。"
    assert normalize(short) == matching_form(short)
    info = norm._cached.cache_info()
    assert (info.hits, info.misses, info.currsize) == (1, 1, 1)
    assert normalize(long) == matching_form(long)
    assert normalize(long).startswith("第一条 为了规范人才补贴发放。")
    assert norm._cached.cache_info().currsize == 1  # a whole document is not kept
