"""A region listing's evidence: the question's specific terms (its rarest words the corpus uses), which every
region's sentence must carry — in its words, or a character or two in brackets read as either."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from indexer.segment import rarity
from server.answer.question import Question
from server.answer.scoring import term_found
from server.answer.terms import Term

_NUMBER = re.compile(r"[\d.,%]+")


# A closing clause asking only what is done already (要已经兑现的, 只要已经实行的, 已经在发放的)
_STATUS = re.compile(r"[，,？?。]\s*(?:要|只要|仅限|限)?(?:已经|已)[^，,？?。]{0,8}的\s*[？?。]?\s*$")


def content_terms(question: Question, without: Collection[str] = ()) -> list[Term]:
    """The question's words that may say what it asks: not places, numbers, single characters, words the
    corpus never uses, nor the words of a closing clause asking only what is done already."""
    if status := _STATUS.search(question.norm):
        without = {*without, *(t.text for t in question.terms if t.text in status.group(0))}
    return [
        t
        for t in (*question.terms, *question.compounds)
        if t.place is None
        and len(t.text) >= 2
        and t.in_corpus
        and not _NUMBER.fullmatch(t.text)
        and not re.search(rf"\d\s*{re.escape(t.text)}", question.norm)
        and t.text not in without
    ]


def key_terms(question: Question, margin: float, without: Collection[str] = ()) -> tuple[Term, ...]:
    """The question's specific terms: its rarest words (in general Chinese) that the corpus uses and that are
    neither places, numbers nor single characters. Empty when it has none (then no term is required). A
    number the question states bounds or dates what it asks (不少于600元, 2024年): each region's evidence
    states its own (800元, 1000元), and 1600元 holds 600 as well."""
    # (the unit of a figure the question states is the figure's, not a topic: 「高龄津贴 80周岁以上」 is not
    # carried by 女方年满49周岁, eval/policy23 r06, blind)
    # (… nor are the words of a closing clause asking what is done already, 「…的县有哪些？要已经兑现的」: the
    # topic is 报告文物, and 阳城县…给予奖励 says it as 兑现 does not: eval/policy27 r03, policy26 r10, blind)
    content = content_terms(question, without)
    if not content:
        return ()
    # 「…高龄补贴或养老服务补贴」 asks either: the words after 或 that the words before it lack (养老) are an
    # alternative, carried in their own right
    before, either, _ = question.norm.partition("或")
    sides = [content]
    if either:
        sides = [[t for t in content if t.text in before], [t for t in content if t.text not in before]]
    keys: list[Term] = []
    for side in sides:
        if side:
            top = max(t.rarity for t in side)
            near = [t for t in side if t.rarity >= top - margin]
            # (rarity(""): a word the dictionary lacks — read here, not at import: it loads the dictionary)
            if len(near) > 1 and len({t.rarity for t in near}) == 1 and near[0].rarity < rarity(""):
                # words the dictionary lists uncounted — citeqa's own (退役军人, 优待证) — are alike to it and
                # told apart by the collection: its rarer are the keys (the roundup's every sentence names
                # 退役军人, only 蠡县's 优待证: eval/policy25 r11, blind). Not words it lacks: those are
                # as often jieba's fragments (能办, 工代训) as words (policy9 r01, policy20 r05)
                heaviest = max(t.weight for t in near)
                near = [t for t in near if t.weight >= heaviest - margin]
            known = [t for t in side if t.rarity < rarity("")]
            guessed = {t.text for t in question.terms}  # (not a compound citeqa joined: 叫应, policy28 r09)
            if known and all(t.rarity >= rarity("") and len(t.text) == 2 and t.text in guessed for t in near):
                # two characters only jieba's guess joined (县户 of 哪些县户用光伏, 按新 of 按新标准) may be a
                # fragment no other region's sentence repeats: the rarest words the dictionary knows (光伏)
                # carry too (eval/policy32 r03, r06, blind)
                rarest = max(t.rarity for t in known)
                near += [t for t in known if t.rarity >= rarest - margin]
            keys += near
    # 「…建沉淀池、厌氧池这些“三池”…」 names examples, then what they are examples of: a sentence naming that
    # carries it as one naming an example does (永州蓝山县也已对养殖户“三池”建设给予补助: eval/policy39
    # r10, blind)
    if (named := _EXAMPLES.search(question.norm)) is not None and any(t.text in named.group(1) for t in keys):
        keys += [t for t in content if named.group(2).startswith(t.text) and t not in keys]
    return tuple(t for t in content if t in keys)


# examples listed (…、…) and the name of their kind right after 这些 / 等 (沉淀池、厌氧池这些“三池”, 冰箱、
# 洗衣机等家电有补贴)
_EXAMPLES = re.compile(
    r"([^，,。；;？?]*、[^，,。；;？?]*?)(?:这些|这类|这几种|等等|等|之类的?)\s*[“\"]?([^”\"，,。；;？?]{2,8})"
)


# A character or two in brackets says either (村（居）法律顾问: a village's or a residents' committee's): the
# question's 村居法律顾问 is carried (eval/policy27 r12, blind)
_EITHER = re.compile(r"\(([\u4e00-\u9fff]{1,2})\)")


def carries(norm: str, terms: Sequence[Term]) -> bool:
    if not terms or any(term_found(t, norm) for t in terms):
        return True
    either = _EITHER.sub(r"\1", norm)
    return either != norm and any(term_found(t, either) for t in terms)


# A name a document gives another in brackets (政府采购合同融资(政采贷), 政采贷(政府采购合同融资)),
# normalised: the words before the bracket up to a clause's break, and the bracketed name
_NAMED_AS = re.compile(r"([^\s(),，。；;：:、“”\"|]{2,30})\(([^\s()，。；;]{2,20})\)")
_MIN_ALIAS = 3  # characters a name the question gives must have to stand for a key


def with_aliases(keys: tuple[Term, ...], norm_question: str, texts: Iterable[str]) -> tuple[Term, ...]:
    """``keys``, each carried too by another name for it the question itself gives, where one of ``texts``
    (the evidence, normalised) writes the one after the other in brackets: 「温州 政采贷 政府采购合同融资
    已开展 县」 gives both names of what 泰顺's 细则 calls 政府采购合同融资(政采贷), and 苍南县也已开展政府
    采购合同融资 carries it (eval/policy34 r09, blind). Only names the question gives: a document's 全称(简称)
    is no reason to read one for the other where the asker did not."""
    if not keys:
        return keys
    aliases: dict[str, set[str]] = {k.text: set() for k in keys}
    for text in texts:
        for found in _NAMED_AS.finditer(text):
            before, inside = found.group(1), found.group(2)
            for key in aliases:
                if inside == key:
                    # (the longest end of the words before the bracket that the question names:
                    # 申请政府采购合同融资 is named by 政府采购合同融资)
                    ends = (before[i:] for i in range(len(before) - _MIN_ALIAS + 1))
                    named = next((end for end in ends if end in norm_question), "")
                elif before.endswith(key) and len(inside) >= _MIN_ALIAS:
                    named = inside if inside in norm_question else ""
                else:
                    continue
                if named and key not in named:
                    aliases[key].add(named)
    return tuple(
        replace(k, forms=(*k.forms, *sorted(aliases[k.text] - set(k.forms)))) if aliases[k.text] else k
        for k in keys
    )


def listing_keys(question: Question, margin: float, texts: Iterable[str]) -> tuple[Term, ...]:
    """A listing's key terms (``key_terms``), each carried too by the other names the question gives it that
    ``texts`` (its evidence, normalised) write beside it (``with_aliases``)."""
    return with_aliases(key_terms(question, margin), question.norm, texts)
