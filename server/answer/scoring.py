"""Claim scoring: how much of the question a candidate carries (idf-weighted words; its meaning is
ranking.py's) and whether it holds what the question asks for (a number for 多少, a date for 何时, a place
for 哪里, a name for 谁, a reason for 为什么). Words and meaning decide whether the documents answer at all
(ranking.support); the slot only ranks candidates (ranking.Ranker).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from indexer.asked import Asked, states_asked
from indexer.region import regions_in
from indexer.segment import jieba_tokenizer, posseg, posseg_lock
from indexer.text import CJK, CJK_CLASS

if TYPE_CHECKING:
    from server.answer.question import Question
    from server.answer.terms import Term

_PLACE = re.compile(
    rf"[{CJK_CLASS}]{{1,6}}(?:省|市|县|区|国|州|镇|村|岛|山|河|湖|江|洲|城|港|湾|峡|海|街|路|宫|寺|馆|站|园)"
)
# 我市, 本县, 全区 … refer to the document's own place: no place the question lacks
_DEICTIC_PLACE = re.compile(r"(?:我|本|全|该|此|各)(?:省|市|县|区|州|镇|村|国)$")
# Where one goes to do something (去哪里申领, 在哪儿办): a service hall, a window, an app or a website
# (gone to, logged into: 拨打…服务中心电话 is whom to call)
_VENUE = re.compile(
    r"(?:到|前往|赴|至|通过|登录|登陆|进入|关注|在)[^，。；]{0,20}?"
    r"(窗口|大厅|服务中心|服务站|服务点|网点|营业厅|办事处|柜台|政务服务网|小程序|公众号|网站|app|平台)",
    re.IGNORECASE,
)
# … or the office a form is handed to (报市文体广电旅游局公共服务股, 向县民政局提出申请: 「…找哪个部门
# 申请？」, eval/policy37 p06, blind)
_OFFICE = re.compile(
    r"(?:报|报送|提交|交|递交|送|向|找)(?:至|到|给)?([^，,。；;、]{0,16}?(?:局|股|科|室|委员会|委|办))"
    r"(?![\u4e00-\u9fff]?长)"
)
_ASKS_OFFICE = re.compile(r"哪个?(?:部门|单位|科室)")
# 「…去哪里办 哪个窗口」 asks a window or a hall: a sentence naming one (受理地点 | …一楼水务窗口（12号）)
# answers it, with or without a verb of going before it; a river or a road the sentence may name does not
# (剑河县已把涉河建设项目审批… had been read as naming a place, 县已把涉河: eval/policy42 p02, written blind)
ASKS_VENUE = re.compile(r"哪(?:个|一个|一)?(窗口|大厅|服务中心|服务站|服务点|网点|营业厅|办事处|柜台)")
_NAMED_VENUE = re.compile(r"[\u4e00-\u9fff\d）)](?:窗口|大厅|服务中心|服务站|服务点|网点|营业厅|办事处|柜台)")
_REASON = re.compile(
    r"因为|由于|因此|所以|为了|原因|导致|以致|以便|使得|缘于|因而|之所以|故而|鉴于|源于|目的"
)
_FOREIGN_NAME = re.compile(rf"[{CJK_CLASS}]+[·・•][{CJK_CLASS}]+")
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})


def _morpheme_at(short: str, norm_text: str, at: int) -> bool:
    """``short`` (a modifier and one character) occurs at ``at`` with its last character a morpheme of
    its own: 人才贷 in 推广“人才贷”金融产品, not the 人才信 of 人才信息 (jieba's segmentation of the few
    characters from there decides)."""
    tokens = jieba_tokenizer().lcut(norm_text[at : at + len(short) + 2])
    head = short[:-1]
    return tokens[0] == short or (len(tokens) > 1 and tokens[0] == head and tokens[1] == short[-1])


# The question abbreviates what the document writes out: 物业费 for 物业服务收费, 个体户 for 个体工商户,
# 一个月 for 一个自然月, 公租房 for 公共租赁住房. Up to this many CJK characters may stand between two of the
# word's.
_WRITTEN_OUT_GAP = 3


@functools.lru_cache(maxsize=4096)
def _expanded(word: str) -> re.Pattern[str] | None:
    """The written-out form of a question word of three or more CJK characters: its characters in order,
    each followed by at most _WRITTEN_OUT_GAP CJK characters (no punctuation: a clause break ends the
    phrase); None for a shorter word (医保 would find 医疗保险 and 医生保证 alike) or one not all CJK."""
    if len(word) < 3 or not all(CJK.match(c) for c in word):
        return None
    gap = f"[{CJK_CLASS}]{{0,{_WRITTEN_OUT_GAP}}}?"
    return re.compile(gap.join(re.escape(c) for c in word))


def term_at(term: Term, norm_text: str) -> tuple[int, float]:
    """Where ``term`` occurs in ``norm_text`` and how strongly: (offset, 1.0) for the word itself, (offset,
    0.5) for a contracted form of its compound (Term.shorts: 人才贷 for 人才信贷) or for the word written
    out (物业服务收费 for 物业费; not for a place, whose name is its own) — either is weaker evidence, like
    part of a compound — and (-1, 0.0) when none occurs."""
    at = norm_text.find(term.text)
    if at >= 0:
        return at, 1.0
    for short in term.shorts:
        at = norm_text.find(short)
        while at >= 0:
            if _morpheme_at(short, norm_text, at):
                return at, 0.5
            at = norm_text.find(short, at + 1)
    pattern = None if term.place else _expanded(term.text)
    found = pattern.search(norm_text) if pattern else None
    if found:
        return found.start(), 0.5
    for form in term.forms:  # (… or as documents write the asker's everyday word: 教师 for 老师)
        at = norm_text.find(form)
        if at >= 0:
            return at, 0.5
    return -1, 0.0


def term_found(term: Term, norm_text: str) -> bool:
    return term_at(term, norm_text)[1] > 0


def matched_terms(terms: Sequence[Term], norm_text: str) -> set[str]:
    return {t.text for t in terms if term_found(t, norm_text)}


def bigram_set(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def match_weight(terms: Sequence[Term], norm_text: str, region: str | None = None) -> float:
    """Idf mass of the terms found in ``norm_text``; a long term found only in part earns part of its weight.

    A place the question names also counts as found when the text comes from a document about that place
    (``region``): articles say 我市 / 全区, not their own name, in every sentence.
    """
    got = 0.0
    for term in terms:
        if term.text in norm_text or (term.place and region and region.startswith(term.place)):
            got += term.weight
        elif share := term_at(term, norm_text)[1]:
            got += share * term.weight
        elif len(term.text) >= 3 and CJK.search(term.text):
            # 人才专用编制 vs 人才专编: part of a compound is weaker evidence, so at most half the weight.
            grams = bigram_set(term.text)
            got += 0.5 * term.weight * sum(g in norm_text for g in grams) / len(grams)
    return got


# A question asking what kind of people (哪些人, 什么人, 哪类人员), not who
_ASKS_PEOPLE = re.compile(r"(?:哪些|什么|哪类|哪一类|何种|哪种)(?:人|群体|对象)")


def _has_person(norm: str, asked: str) -> bool:
    """``norm`` names a person the question (``asked``, normalised; "" for none) does not: jieba tags 林长
    a name (林 a surname), and 「新干县推行林长+警长以后…由谁担任？」 is not answered by 新干县拟于年内推行
    “林长+警长”机制 (eval/policy39 u01, blind)."""
    if any(name not in asked for name in _FOREIGN_NAME.findall(norm)):
        return True
    with posseg_lock:  # jieba's tagger is a shared, lazily initialised global
        return any(p.flag in _PERSON_TAGS and p.word not in asked for p in posseg().cut(norm))


def _region_word(place: str) -> bool:
    """A place word that ends in a region's name (请拨打钟祥市, 按湖北省), not a road or hall within one
    (昆山市前进西路, 钟祥市政务服务中心)."""
    return place[-1] in "省市县区州旗盟" and bool(regions_in(place))


def fills_slot(question: Question, norm: str) -> bool:
    """``norm`` (a candidate in matching form) holds the kind of thing the question asks for, beyond what the
    question itself states (the 2022 of 「2022年…多少」 is not an answer)."""
    slot = question.slot
    if slot in ("number", "date"):
        asked = Asked(
            slot,
            question.measure,
            question.numbers,
            "第几" in question.norm,
            share=question.share,
            counted=question.counted,
            fee=question.fee,
        )
        return states_asked(asked, norm)
    if slot == "place":
        if ASKS_VENUE.search(question.norm):
            return _NAMED_VENUE.search(norm) is not None
        if _ASKS_OFFICE.search(question.norm):
            # 「…找哪个部门申请？」 asks an office, or where to go: the library a sentence names is none
            offices = set(_OFFICE.findall(norm)) - set(_OFFICE.findall(question.norm))
            return bool(offices or set(_VENUE.findall(norm)) - set(_VENUE.findall(question.norm)))
        echoed = set(question.places)
        if any(r not in echoed for r in regions_in(norm)):
            return True
        # a place word the question lacks that is no region's name (莫愁湖路, 人民广场), nor 我市 or
        # 拨打钟祥市 (a region, echoed or not, is judged above); or a venue the question does not name
        # (…综合窗口: eval/policy20 p04, where the phone line had outranked the window)
        said = set(_PLACE.findall(question.norm))
        if any(
            p not in said and not _DEICTIC_PLACE.search(p) and not _region_word(p)
            for p in _PLACE.findall(norm)
        ):
            return True
        return bool(set(_VENUE.findall(norm)) - set(_VENUE.findall(question.norm)))
    if slot == "person":
        # (「哪些人…」 asks a kind of people, whom a sentence names in any words)
        return _has_person(norm, "" if _ASKS_PEOPLE.search(question.norm) else question.norm)
    if slot == "reason":
        return bool(_REASON.search(norm))
    return False


# What settles a yes/no question in a rule's text: a prohibition, an exclusion, a limit or an exemption
# (不得皆伐, 严禁擅自移植, 不予补贴, 不重复享受, 免费开放, 限在本县高中就读, 同等享受, 一律停止审批) — the
# rule's yes or no, where the sentence beside it repeats the measure's figures (eval/policy31 y01, y03, y04,
# y07; policy30 y05, y07).
_RULING = re.compile(
    r"不得|严禁|禁止|不予|不准|不允许|不能|不可|一律|不再|不享受|不重复|不属于|不适用|不包括|不计入|不纳入|除外|不受|"
    r"无需|无须|不需|免费|免收|不收|不以|仅限|只限|限于|同等享受|同样适用|视同|停止|暂停|停发"
)


def states_ruling(question: Question, norm: str) -> bool:
    """``norm`` states a rule's yes or no (_RULING) in words the yes/no ``question`` does not use itself."""
    return any(m.group(0) not in question.norm for m in _RULING.finditer(norm))


ANCHOR_MAX = 6  # the longest anchor part looked for, in characters
ANCHOR_FULL = 4  # an anchor part this long (or longer) counts fully
SLOT_WINDOW = 16  # how far from the anchor the asked-for thing may sit


def _novel(text: str, asked: str) -> bool:
    return any(c.isalnum() and c not in asked for c in text)


def alignment(question: Question, norm: str) -> tuple[float, float]:
    """How well ``norm`` (a candidate, matching form) lines up with where the question asks: the longest part
    of the words before the interrogative found in ``norm`` and followed by something the question does not
    say, or of the words after it found and preceded by such (0 to 1, by its length); and 1.0 when the
    text next to that anchor fills the question's slot (the number right after 全长 for 「全长多少公里」)."""
    left, right = question.anchors
    asked = question.norm
    best, near = 0.0, 0.0
    sides = ((left, True), (right, False))
    for words, before in sides:
        for size in range(min(len(words), ANCHOR_MAX), 1, -1):
            part = words[-size:] if before else words[:size]
            pos = norm.find(part)
            while pos >= 0:
                if before:
                    gap = norm[pos + size : pos + size + SLOT_WINDOW]
                else:
                    gap = norm[max(0, pos - SLOT_WINDOW) : pos]
                if _novel(gap[:4] if before else gap[-4:], asked):
                    score = min(size, ANCHOR_FULL) / ANCHOR_FULL
                    filled = 1.0 if question.slot and fills_slot(question, gap) else 0.0
                    best, near = max(best, score), max(near, filled)
                    break
                pos = norm.find(part, pos + 1)
            if best >= min(size, ANCHOR_FULL) / ANCHOR_FULL and best > 0:
                break
    return best, near


def char_grams(norm: str) -> set[str]:
    """Characters and character pairs of a normalised text, punctuation and spaces left out."""
    chars = [c for c in norm if c.isalnum()]
    return set(chars) | {a + b for a, b in itertools.pairwise(chars)}
