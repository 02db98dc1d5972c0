"""The counties a question names by their short name that the collection names in full, though no document is
about them: 「镇远 村级河长 巡河补助 每次 多少钱」 asks of 镇远县, which a roundup names beside 剑河县 (镇远县
拟于下半年推行…). Without it 镇远 was no place, and 剑河's 巡河补助每次25元 was the answer (eval/policy42 u02,
u11, written blind).

A county's short name is read as the county only when the gazetteer has one county of that name (not a
city's name too), the question writes it as a word of its own (not 同江 of 大同江, not 丹徒 of 丹徒县尉,
not in a list of places, not in a question asking a place) and the collection's index holds the full name
as one word — a word lookup per candidate (both backends keep document frequencies), no scan of the texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from indexer.normalize import normalize
from indexer.region import _COMMON_WORDS, _gazetteer, _listed, name_stem, place_matches, rank_of, region_path
from indexer.segment import BIGRAM_PREFIX, TokenizerConfig, tokenize
from indexer.text import REGION_QUESTION

# A short name is at most five characters (察布查尔 of 察布查尔锡伯自治县), at least two (name_stem).
_LONGEST = 5


@lru_cache(maxsize=1)
def county_stems() -> dict[str, list[tuple[str, str]]]:
    """Short name → (full name, adcode) of every county whose short name no county of another city has: one
    place under its names before and after a renaming (马龙县 and 马龙区 of 曲靖市) stays one."""
    found: dict[str, list[tuple[str, str]]] = {}
    for code, info in _gazetteer().ad_2_addr_dict.items():
        adcode = code[:6]
        if code[6:].strip("0") or rank_of(adcode) != 2 or not _listed(adcode):
            continue
        stem = name_stem(info.name)
        if stem is not None and stem not in _COMMON_WORDS:  # (as a normalised question writes it: 干安)
            found.setdefault(normalize(stem), []).append((info.name, adcode))
    # (nor one that is a city's name too: 通化 of 通化县 is 通化市, 南昌 of 南昌县 南昌市 — eval/policy36 r09,
    # policy41 r04, blind)
    return {
        stem: names
        for stem, names in found.items()
        if len({a[:4] for _, a in names}) == 1 and not place_matches(stem)
    }


def mentioned_counties(
    norm: str,
    tokens: Sequence[str],
    known: Sequence[str],
    df_of: Callable[[str], int],
    config: TokenizerConfig,
) -> tuple[str, ...]:
    """Region paths of the counties ``norm`` (a normalised question; ``tokens``: its index tokens) names by a
    short name that the index (``df_of``: a term's document frequency) names in full, apart from ``known``
    (the document regions)."""
    if REGION_QUESTION.search(norm):
        # (a question asking a place asks another than the one it names: 「…原本在江陵以及哪個地區一代?」)
        return ()
    stems = county_stems()
    out: list[str] = []
    for size in range(_LONGEST, 1, -1):
        for at in range(len(norm) - size + 1):
            # (a stem the question writes with a suffix names that place in full, or another: 丹徒县尉 of a
            # poet is no 丹徒区; cmrc2018 DEV_269_QUERY_0)
            if norm[at + size : at + size + 1] in _SUFFIX_CHARS or not stems.get(norm[at : at + size]):
                continue
            # (… nor one in a list of places, the question's content: 「…為長葛、許昌、鄢陵以及哪一個?」;
            # nor one inside a word of the question: 同江 of 大同江 — drcd)
            if "、" in norm[max(0, at - 1) : at] + norm[at + size : at + size + 1]:
                continue
            if norm[at : at + size] not in tokens:
                continue
            for name, adcode in stems.get(norm[at : at + size], ()):
                path = region_path(adcode)
                # the full name one word of the index: the collection writes it whole (a stem the index holds
                # as a word of its own may be any 江南 or 平安)
                written = normalize(name)
                parts = [t for t in tokenize(name, config) if not t.startswith(BIGRAM_PREFIX)]
                if path not in known and path not in out and parts == [written]:
                    if df_of(written) > 0:
                        out.append(path)
                        break
    return tuple(out)


_SUFFIX_CHARS = frozenset("县区市旗州盟镇乡村街路")
