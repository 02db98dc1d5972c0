"""Regions as users write them: a search's region filter, and the region a sender states for a document
(a JSON upload's ``region``, a collection record's), read against the gazetteer (region.py)."""

from __future__ import annotations

import re

from indexer.normalize import normalize
from indexer.region import namesakes, place_matches, regions_in

_KIND_ONLY = re.compile(
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|社区|新区" r"|省|市|县|区|州|盟|旗|镇|乡|村)+"
)


def check_region_filter(value: str) -> None:
    """ValueError for a region filter that names only a kind of place (市, 县, 自治区): it had matched every
    document whose region holds the word, each city's (fault probe)."""
    if value.strip() and _KIND_ONLY.fullmatch(normalize(value.strip())):
        raise ValueError(
            f"region {value.strip()!r} names a kind of place, not a place; "
            "give its name, as 运城 or 山西省运城市"
        )


class UnknownRegionError(ValueError):
    """A region a sender stated that names no one place of the gazetteer: none, several, or a name several
    places share (西湖区: 杭州's and 南昌's) with nothing written to tell which."""


def stated_region(value: str) -> str:
    """The region a sender states (a JSON upload's ``region``) as `citeqa index` stores regions: the
    gazetteer's full path, so ``filters.region`` 山西省 finds 运城市 (运城市, 运城, 運城市 → 山西省运城市).
    Anything finer than a county (a street) is not kept. UnknownRegionError says what is wrong otherwise."""
    norm = normalize(value.strip())
    paths = regions_in(norm)
    shown = value.strip()
    if not paths:
        raise UnknownRegionError(
            f"the region {shown!r} is no Chinese province, city or county the gazetteer knows; write it as "
            "山西省运城市 or 运城市, or leave region out to have it read from the text"
        )
    if len(paths) > 1:
        raise UnknownRegionError(
            f"the region {shown!r} names {len(paths)} regions ({'、'.join(paths)}); a document is about "
            "one — name that one, or leave region out to have it read from the text"
        )
    places = place_matches(norm)
    if len(places) == 1:  # a name alone: is it one place's?
        named = namesakes(norm, places[0])
        if len(named) > 1:
            raise UnknownRegionError(
                f"the region {shown!r} is the name of {len(named)} places ({'、'.join(named)}); "
                "write the one meant with its city or province"
            )
    return paths[0]
