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

Scope: a question naming a county is about that county's own documents (``scope_stage``).

Drafts: a draft published for comment (征求意见稿, 送审稿, 讨论稿, a law's 草案) is superseded by the policy
as issued, and its figures often differ (育儿补贴 三孩 3000元 in the draft, 5000元 in the 办法): when the
head holds both, the draft's passages go just below the issued policy's best one — unless the question asks
about the draft itself (``draft_stage``).

Replies: a citizen's letter asking the searcher's own question (请问我的积分够不够？) matches it word for
word, its reply only in part; when the head holds both, the reply — the next passage of the letter's
document — takes the letter's place, just above it (``reply_stage``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from indexer.asked import Asked, states_asked
from indexer.asking import ends_asking as asking_passage
from indexer.chunk import split_sentences
from indexer.normalize import normalize
from indexer.text import OFFICIAL_TITLE


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


# A document published for comment, by its normalised title: 《…（征求意见稿）》, 关于公开征求…意见的公告.
DRAFT = re.compile(r"征求意见稿|送审稿|讨论稿|草案|征求.{0,60}?意见的(?:公告|通知|函)")
# a question about the draft itself (征求意见稿里…, 草案规定…) is answered by it
ASKS_DRAFT = re.compile(r"征求意见|送审|讨论稿|草案|意见稿|初稿")
# what a draft's title says of it, around the name of the policy it drafts
_DRAFT_WORDS = re.compile(
    r"[(（]?(?:征求意见稿|送审稿|讨论稿|草案)[)）]?|^关于(?:公开)?征求|意见的(?:公告|通知|函)$|[《》]"
)
_NAMED = re.compile(r"《([^》]{4,})》")
MIN_NAME = 6  # a shorter name (实施办法, 通知) names no policy in particular


@lru_cache(maxsize=4096)
def draft_name(title: str) -> str:
    """The name of the policy a draft for comment drafts (its title in matching form, the draft's words
    taken out: 《佛山市南海区育儿补贴实施办法（征求意见稿）》 → 佛山市南海区育儿补贴实施办法); "" when the
    title is no draft's."""
    norm = normalize(title)
    if DRAFT.search(norm) is None:
        return ""
    named = _NAMED.search(norm)
    return _DRAFT_WORDS.sub("", named.group(1) if named else norm).strip()


@lru_cache(maxsize=4096)
def is_draft(title: str) -> bool:
    """Whether a document titled ``title`` is a draft for comment (read in matching form: 徵求意見稿 too)."""
    return DRAFT.search(normalize(title)) is not None


_YEAR = re.compile(r"(?:19|20)\d{2}")
# An edition a title names (…评定办法（2023年修订）, 收费标准（2024版）, 2024年版…, …办法（2021年）): a later
# one replaces it.
_EDITION = re.compile(
    r"[(（]?\s*((?:19|20)\d{2})\s*年?\s*(?:修订版|修订|修正|版)\s*[)）]?|[(（]\s*((?:19|20)\d{2})\s*年?\s*[)）]"
)


@lru_cache(maxsize=4096)
def edition(title: str) -> tuple[str, int] | None:
    """The name of a document titled with its edition, and the edition's year (《…办法（2023年修订）》 →
    (…办法, 2023)); None for a title naming none."""
    norm = normalize(title)
    found = _EDITION.search(norm)
    if found is None:
        return None
    name = _rule_name(norm[: found.start()] + norm[found.end() :])
    return (name, int(found.group(1) or found.group(2))) if len(name) >= MIN_NAME else None


def named_editions(titles: Sequence[str], query: str) -> set[str]:
    """The titles among ``titles`` of the edition ``query`` names by its year, another edition of the same
    rule beside it (「2021年…那个办法里…奖多少」 asks the 2021 edition, not its 2024 revision) — or, a year
    before the revision's, the rule as first issued, its title naming no edition (…奖补办法 beside
    …奖补办法（2024年修订）)."""
    years = {int(y) for y in _YEAR.findall(query)}
    if not years:
        return set()
    editions = {t: edition(t) for t in titles}
    named = {
        t
        for t, e in editions.items()
        if e is not None
        and e[1] in years
        and any(o is not None and o[0] == e[0] and o[1] != e[1] for o in editions.values())
    }
    for t, e in editions.items():
        later = [o[1] for o in editions.values() if o is not None and o[0] == _rule_name(normalize(t))]
        if e is None and later and any(y < min(later) for y in years):
            named.add(t)
    return named


def _rule_name(norm: str) -> str:
    """A rule's name as titles write it with or without its book-title marks (《…办法》 is …办法)."""
    return norm.replace("《", "").replace("》", "").strip()


def issued_of(titles: Sequence[str], query: str = "") -> list[list[int]]:
    """Per title, the positions of the titles superseding it: when it is a draft for comment, other titles,
    no draft's, naming the same policy (the 办法 itself, or 关于印发…办法的通知); when it names an edition,
    the titles of the same name naming a later one — unless ``query`` names its year (2023年的一等奖学金
    asks that edition); [] otherwise."""
    issued = [(j, normalize(t)) for j, t in enumerate(titles) if not is_draft(t)]
    editions = [edition(t) for t in titles]
    out: list[list[int]] = []
    for title, mine in zip(titles, editions, strict=True):
        name = draft_name(title)
        if len(name) >= MIN_NAME:
            out.append([j for j, t in issued if name in t or (len(t) >= MIN_NAME and t in name)])
        elif mine is not None and str(mine[1]) not in query:
            out.append(
                [j for j, e in enumerate(editions) if e is not None and e[0] == mine[0] and e[1] > mine[1]]
            )
        elif mine is None and not _YEAR.search(query):
            # the rule as first issued, its title naming no edition, beside its revision (…水价管理办法 and
            # …水价管理办法（2024年修订）) — unless the question names a year, which may be the first one's
            bare = _rule_name(normalize(title))
            later = [j for j, e in enumerate(editions) if e is not None and e[0] == bare]
            out.append(later or _later_years(titles, title))
        else:
            out.append([])
    return out


# A rule issued for a year (丹阳市2024年购房补贴实施办法): the same issuer's rule on the same matter for a
# later year (丹阳市2025年购房补贴和契税补贴实施细则) replaces it — their titles, the year apart, open with
# the same name of at least MIN_NAME characters (丹阳市购房补贴) and both are rules (办法, 细则, 通知 …).
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?")


def _later_years(titles: Sequence[str], title: str) -> list[int]:
    norm = normalize(title)
    found = _TITLE_YEAR.search(norm)
    if found is None or not OFFICIAL_TITLE.match(norm):
        return []
    name, year = _TITLE_YEAR.sub("", norm, count=1), int(found.group(1))
    out = []
    for j, other in enumerate(titles):
        theirs = normalize(other)
        them = _TITLE_YEAR.search(theirs)
        if them is None or int(them.group(1)) <= year or not OFFICIAL_TITLE.match(theirs):
            continue
        if _shared_opening(name, _TITLE_YEAR.sub("", theirs, count=1)) >= MIN_NAME:
            out.append(j)
    return out


def _shared_opening(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` open with alike."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def draft_stage(
    fused: np.ndarray, head: np.ndarray, title_of: Callable[[int], str], keys: np.ndarray, query: str = ""
) -> np.ndarray:
    """Fused scores with the passages of a superseded draft — a draft for comment whose issued policy has
    passages in the ``head`` too — moved, all by one step, to just below the issued policy's best head
    passage (the draft's own order kept; a draft already below it stays). A draft whose policy the head
    does not hold issued keeps its place: it is the best word there is. An earlier edition of a rule whose
    later edition the head holds is superseded the same way (``issued_of``), unless ``query`` names its
    year."""
    if len(head) < 2:
        return fused
    out = fused.copy()
    titles = [title_of(int(k)) for k in keys[head]]
    issued = issued_of(titles, query)
    for title in set(titles):
        mine = [i for i, t in enumerate(titles) if t == title]
        over = issued[mine[0]]
        if not over:
            continue
        below = float(fused[head[over]].max())
        step = float(fused[head[mine]].max()) - below
        if step >= 0:
            out[head[mine]] -= step + _MARGIN * max(1.0, abs(below))
    return out


_MARGIN = 1e-3  # how far below its issued policy a superseded draft's best passage goes


# A place in a document: its id, and the passage's start and end there.
Place = tuple[str, int, int]
# The passage answering a question passage follows it: at most this many characters apart (a line break).
REPLY_GAP = 1


def reply_stage(
    fused: np.ndarray,
    head: np.ndarray,
    text_of: Callable[[int], str],
    place_of: Callable[[int], Place],
    keys: np.ndarray,
) -> np.ndarray:
    """Fused scores with the reply to each ``head`` passage ending in a question of its own (a citizen's
    letter, an FAQ's question line) raised to just above it, when the reply — the passage right after it in
    its document, asking nothing itself — is in the head below it. The question passage keeps its score:
    whatever ranked between them, the reply answers what the letter asks."""
    if len(head) < 2:
        return fused
    out = fused.copy()
    places = [place_of(int(k)) for k in keys[head]]
    asking = [ends_asking(text_of(int(k))) for k in keys[head]]
    after = {(doc, end): i for i, (doc, _, end) in enumerate(places) if asking[i]}
    for j, (doc, start, _) in enumerate(places):
        if asking[j]:
            continue
        for gap in range(REPLY_GAP + 1):
            i = after.get((doc, start - gap))
            if i is not None and fused[head[j]] <= fused[head[i]]:
                top = float(fused[head[i]])
                out[head[j]] = top + _MARGIN * max(1.0, abs(top))
                break
    return out
