"""A question's words as weighted terms: each word's idf smoothed towards its rarity in general Chinese, the
compounds and contracted forms documents write it in, and the place a word stands for. question.py builds
the Question from them."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from indexer.region import places_named, regions_in
from indexer.segment import BIGRAM_PREFIX, rarity
from indexer.text import CJK, CJK_CLASS, QUESTION_WORD

_TWO_CJK = re.compile(rf"[{CJK_CLASS}]{{2}}")
_CJK_WORD = re.compile(rf"[{CJK_CLASS}]{{2,4}}")


@dataclass(frozen=True)
class Term:
    text: str  # normalised question word
    weight: float  # idf in the index smoothed towards general Chinese (prior_idf)
    in_corpus: bool
    place: str | None = None  # the region path when the term names a place (运城市 → 山西省运城市)
    rarity: float = 0.0  # how rare the word is in general Chinese (segment.rarity), whatever the corpus
    # Contracted forms of the compound this word ends in the question: the word before it plus one of its
    # characters (人才信贷 → 人才信, 人才贷). Documents name products and programmes so (推广“人才贷”):
    # scoring.term_found accepts one only where that character stands alone as a morpheme.
    shorts: tuple[str, ...] = ()
    # The words documents write for the asker's everyday one (教师 for 老师: document_forms).
    forms: tuple[str, ...] = ()


def ordered_bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


# How many passages' worth of evidence general Chinese (jieba's dictionary counts) adds to the corpus's own
# document frequencies (eval/results/idf-prior.md: 100, 300 and 1000 measured alike), and how many words a
# passage holds (the chunker's passages: at most 400 characters, about 300 on average).
IDF_PRIOR = 300.0
PASSAGE_WORDS = 180.0


def prior_idf(df: float, passages: int, rare: float, prior: float = IDF_PRIOR) -> float:
    """The idf of a word the collection's ``passages`` hold ``df`` times, smoothed towards its rarity in
    general Chinese.

    A small collection cannot tell a word of its topic from a word of the question's frame: in five
    documents 具体 and 五安 each occur in one passage, so both get the largest idf. The dictionary can
    (rarity 8.7 vs 17.9). Its share of the passages a word would occur in, 1 - exp(-PASSAGE_WORDS × p),
    counts as ``prior`` passages of evidence beside the collection's (a Bayesian estimate of the document
    frequency): it decides in a small collection, and the collection decides in a large one. A word the
    collection never uses weighs what the dictionary says — more than any word it uses once when the word is
    rare in general Chinese too, nothing when it is everyday Chinese. Never negative.
    """
    share = -math.expm1(-PASSAGE_WORDS * math.exp(-rare))
    df, n = df + prior * share, passages + prior
    return max(math.log((n - df + 0.5) / (df + 0.5)), 0.0)


def term_stats(bm25: Any, word: str) -> tuple[float, int, bool]:
    """Idf and document frequency of a word in the index (``IndexData.bm25``, either backend), and whether
    the corpus uses it at all.

    An index of character bigrams (with or without words) still knows how rare a word's bigrams are; the
    rarest of them stands for the word, so 省校合作 weighs what its rarest part weighs, not the average
    with the common 合作.
    """
    df = bm25.df_of(word)
    if df > 0:  # by the count, not the idf: BM25's idf is 0 for a word in half the passages
        return bm25.idf_of(word), df, True
    grams = [BIGRAM_PREFIX + word] if len(word) == 1 else [BIGRAM_PREFIX + g for g in ordered_bigrams(word)]
    counts = [bm25.df_of(g) for g in grams]
    if CJK.search(word) and all(c > 0 for c in counts):
        rarest = min(range(len(counts)), key=counts.__getitem__)
        return bm25.idf_of(grams[rarest]), counts[rarest], True
    return 0.0, 0, False


def _span_place(surface: str, named: Sequence[str], known: Sequence[str]) -> str | None:
    """The place a name in the question stands for, read with the rest of the question (``named``: its
    places): 济南市 is 山东省济南市 beside 天桥区; 鼓楼区 is 南京市's when the question names 南京市."""
    alone = places_named(surface, known)
    if alone and any(p.startswith(alone[-1]) for p in named):
        return alone[-1]
    holding = [p for p in named if surface in p]
    if len(holding) == 1:
        return holding[0]
    return alone[-1] if alone else None


def place_words(
    words: Sequence[str],
    norm: str,
    spans: Sequence[tuple[int, int]],
    named: Sequence[str],
    known: Sequence[str],
) -> dict[str, str]:
    """The place each question word names or is part of (jieba reads 綦江区 as 綦江 + 区): every occurrence of
    the word lies in a place name of the question (``spans``: ``place_spans``), all standing for one place.
    A word also found outside a place name (区 of 地区), or in two places (区 of 綦江区和盐湖区), is none."""
    of_span = {span: _span_place(norm[span[0] : span[1]], named, known) for span in spans}
    out: dict[str, str] = {}
    for word in words:
        homes = {
            next((place for (s, e), place in of_span.items() if s <= m.start() and m.end() <= e), None)
            for m in re.finditer(re.escape(word), norm)
        }
        if len(homes) == 1 and (home := homes.pop()) is not None:
            out[word] = home
    return out


def place_alone(token: str) -> str | None:
    """The place a question word names by itself, when the question's own reading found none there."""
    named = regions_in(token) if len(token) >= 2 and CJK.search(token) else []
    return named[0] if named else None


# Characters that make a noun of the word before them (消费券, 人才码, 人才贷, 社保卡, 周转池): a verb after a
# word is no part of it (企业 招 应届大学生 is no 企业招).
_NOUN_SUFFIX = frozenset("券码卡证贷费金款险税票单表章号牌照池站点馆室园库网台群所屋房")


def compounds(words: Sequence[str], norm: str, bm25: Any, content: Collection[str]) -> tuple[Term, ...]:
    """The question's words of two or more characters followed by a one-character word they are written with
    (人才码 of 人才 码) that makes a noun of it, when the corpus holds that junction (才码) — see
    ``Question.compounds``."""
    out: list[Term] = []
    for at, (first, second) in enumerate(itertools.pairwise(words)):
        word = first + second
        after = words[at + 2] if at + 2 < len(words) else ""
        if (
            len(after) != 1  # 淘汰 国 三: a character of the next word (国三), not a suffix of this one
            and first in content
            and second in content
            and len(first) >= 2
            and second in _NOUN_SUFFIX
            and _TWO_CJK.match(first[-1] + second)
            and word in norm
        ):
            idf, _, known = term_stats(bm25, word)
            if known:
                out.append(Term(word, idf, True, None, rarity(word)))
    # A keyword query's keyword that jieba cut into single characters (「气象灾害预警 叫应 已实行 县 恩施」:
    # 叫 应) is the asker's word as the documents write it (预警“叫应”), when the corpus holds it: the
    # specific thing asked, which 气象 and 预警 are not (eval/policy28 r09, blind)
    keywords = norm.split()
    for chunk in dict.fromkeys(keywords if len(keywords) > 1 else ()):
        if (
            _CJK_WORD.fullmatch(chunk)
            and all(c in content for c in chunk)
            and not any(len(w) > 1 and w in chunk for w in words)
        ):
            idf, _, known = term_stats(bm25, chunk)
            if known:
                out.append(Term(chunk, idf, True, None, rarity(chunk)))
    return tuple(out)


def contractions(words: Sequence[str], word: str, norm: str, places: Collection[str] = ()) -> tuple[str, ...]:
    """Contracted forms of a two-character word right after a two-character modifier in the question
    (人才 信贷 → 人才信, 人才贷: Chinese shortens a compound by keeping one morpheme of its second word).
    ``words`` are the question's words in order, ``norm`` the normalised question; neither may be a place
    (``places``: 重庆 綦江 is two places, 綦江 建设 a place and what it does)."""
    at = words.index(word) if word in words else -1
    if at < 1 or not _TWO_CJK.fullmatch(word) or word in places:
        return ()
    before = words[at - 1]
    if (
        not _TWO_CJK.fullmatch(before)
        or QUESTION_WORD.match(before)
        or before in places
        or before + word not in norm
    ):
        return ()
    return (before + word[0], before + word[1])


# An asker's everyday word and the words documents write for it: 「我是老师，什么时候去灵渠可以免门票？」 is
# answered by （六）教师凭教师资格证书…每年9月1日至9月30日免收门票 (eval/policy25 t05, blind). Each is a
# word of the same meaning in the documents' register, never a broader one (补贴 is no 补助: policies set
# both apart), and is weaker evidence than the asker's word itself (scoring.term_at: half its weight).
_DOCUMENT_FORMS: dict[str, tuple[str, ...]] = {
    "老师": ("教师",),
    "老人": ("老年人",),
    "孩子": ("子女", "儿童"),
    "小孩": ("儿童", "子女"),
    "老公": ("配偶",),
    "老婆": ("配偶",),
    "爸妈": ("父母",),
    "当兵": ("服现役", "服役", "入伍"),
    "退伍": ("退役",),
    "打车": ("出租车", "出租汽车"),
    "买房": ("购房",),
    "买车": ("购车",),
    "生孩子": ("生育",),
    "看病": ("就医", "就诊"),
    "上学": ("入学", "就读"),
    "户口": ("户籍",),
    "房租": ("租金",),
    "退休金": ("养老金",),
    "社保": ("社会保险",),
    "低保": ("最低生活保障",),
    "低保户": ("低保家庭", "最低生活保障家庭", "低保对象"),
    "失业金": ("失业保险金",),
    "驾照": ("驾驶证",),
    "护士": ("护士执业证书", "医务人员"),
    "医生": ("医师", "医务人员"),
    # (村医 is what everyone calls a 乡村医生, 外地 where one 异地就医: eval/policy35 a03, a01, blind)
    "村医": ("乡村医生",),
    "外地": ("异地",),
    # an instrument takes effect (起施行); askers write the everyday homophone (「办法从哪天开始实行」:
    # eval/policy30 t03, blind)
    "实行": ("施行",),
}


def document_forms(word: str) -> tuple[str, ...]:
    """The words documents write for the asker's everyday ``word`` (normalised); () for any other word."""
    return _DOCUMENT_FORMS.get(word, ())
