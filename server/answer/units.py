"""Sentence units: the candidate claims of the retrieved passages — one sentence each, or, for a long
sentence, the run of clauses that carries the claim and the clause answering the question next to it.
Offsets always index the document's clean text, so ``text[start:end]`` is the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from indexer.lines import TABLE_CELL, column_names, in_list, is_heading_line
from indexer.normalize import normalize
from indexer.region import regions_in
from indexer.retrieve import Retriever
from indexer.searcher import Hit
from indexer.sentences import strip_span, unit_spans
from indexer.text import CJK, CJK_CLASS, TIME_LIMIT
from server.answer.columns import table_unit, with_column_units
from server.answer.question import Question
from server.answer.scoring import (
    alignment,
    char_grams,
    fills_slot,
    match_weight,
    matched_terms,
    states_ruling,
)
from server.answer.terms import Term

# Clause boundaries inside a long sentence (the sentence splitter already cuts at 。！？；).
_CLAUSE_END = re.compile(r"[,，:：]+")
# A sentence that asks (ends in a question mark, or is an FAQ's question: 问：…, Q:…).
_ASKED = re.compile(
    r"[？?][”’」』\"')）]*\s*$|^\s*(?:[一二三四五六七八九十\d]{1,3}[、.]?)?(?:问|提问|Q)\s*[:：]"
)
# A citizen's message on a 留言板 or 12345 page: a paragraph that asks (请问…？) or is labelled as the
# message. Its sentences tell the asker's situation (我母亲今年82岁), no fact the page states: the reply does.
_REPLY = re.compile(r"(?:回复|答复)(?:内容|意见)?\s*[:：]")
_MESSAGE = re.compile(
    # (… or a record's cell: 诉求标题: … | 诉求内容: … of a 12345 table's row, a dump's INSERT read as its
    # fields — eval/policy40 y07, blind)
    r"请问.*[？?]|(?:^|\|)\s*[【\[]?(?:(?:留言|来信|来电|诉求)(?:内容|诉求)?|咨询内容|问题描述)[】\]]?\s*(?:\||[:：】])|"
    r"^\s*【内容】"
)

# A notice's list of attachments (附件：1.…补贴品类及标准 2.…商户名单, 附件2): the names of documents
# attached, stating none of what they hold — however many of the question's words their titles repeat.
_ATTACHMENT = re.compile(r"^\s*附件\s*[\d一二三四五六七八九十]*\s*(?:[：:]|$)")
_ITEM = re.compile(r"^\s*\d{1,2}\s*[.、\uff0e]")


def in_attachments(text: str, start: int) -> bool:
    """The line holding ``start`` names an attachment: a 附件 line, or an item of the numbered list one
    opens (附件：1.… on its line, 2.… on the next)."""
    line_start = text.rfind("\n", 0, start) + 1
    while True:
        line_end = text.find("\n", line_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if _ATTACHMENT.match(line):
            return True
        if not _ITEM.match(line) or line_start == 0:
            return False
        line_start = text.rfind("\n", 0, line_start - 1) + 1


@dataclass(frozen=True)
class Unit:
    """A candidate claim: one sentence of a retrieved passage, or the clauses of it that carry the claim."""

    rank: int  # rank of its passage in the retrieval
    hit: Hit
    start: int  # offsets into the document's clean text
    end: int
    text: str
    lexical: float = 0.0  # share of the question's word weight found (decides abstention, with dense)
    context: float = 0.0  # the same share in its whole passage and the passage's title
    focus: float = 0.0  # the same with the words of its document's title discounted (ranks within a passage)
    overlap: float = 0.0  # share of the question's characters and character pairs the unit holds
    novelty: float = 0.0  # share of the unit's characters and pairs the question lacks: what it adds
    slot: float = 0.0  # 1.0 when the unit holds what the question asks for (a number for 多少 …)
    # … or, for a yes/no question, when it states a rule's yes or no (scoring.states_ruling: 不得皆伐,
    # 不予补贴): that ranks it as a slot filled does, but it is not read as the answer found (``fills``) — a
    # sentence may say 禁止 of one thing and its next one the 严禁 of what was asked.
    ruling: bool = False
    lead: float = 0.0  # 1.0 for the first sentence of its passage (where articles define their subject)
    passage: float = 0.0  # its passage's retrieval score relative to the best passage's
    position: float = 0.0  # where in its passage it stands, 0 (first sentence) to 1 (last)
    length: float = 0.0  # its length in hundreds of characters (long quotes hold more, read worse)
    dense: float = 0.0
    align: float = 0.0  # it repeats the words next to the question's interrogative, then says more
    near: float = 0.0  # … and what the question asks for sits right there
    score: float = 0.0
    # The whole sentence the unit was cut from (stripped): what meaning is read on, so a sentence's vector
    # serves however it is trimmed.
    sentence: str = ""
    # The same sentence with its end mark (；，：), as the index embedded it alone (indexer/sentences.py): its
    # stored vector serves when ``sentence`` itself was not embedded.
    whole: str = ""
    # What the unit states, normalised, under what it is said under: a table row's column names (the table's
    # first row), else the heading its passage opens with (三、补贴标准 over 硕士研究生每人每月1000元).
    said: str = ""
    # … and with a table row's bare numbers and ranges in their column's unit (44（含）—100 | 18500 under
    # 主机功率（千瓦） | …（元/艘）: 44千瓦—100千瓦, 18500元): what brackets and figures are read on.
    stated: str = ""
    # A place's part of a sentence that says it did the same (…由县属国有企业统一开采；宜昌兴山县…也实行统一
    # 开采经营): the part before it, whose words it shares (``by_place``).
    same_as: str = ""

    @property
    def fills(self) -> bool:
        """The unit holds what the question asks for (a ruling only ranks as if it did)."""
        return bool(self.slot) and not self.ruling


@dataclass(frozen=True)
class UnitConfig:
    # Longer sentences are trimmed to the clauses that carry the claim. Chosen leave-one-corpus-out from
    # 100/150/200 (eval/results/answers-failures.md): 150 was best on cmrc2018 and on drcd alike; trimming
    # at 100 cut the answer off the echo in a fifth of the misses.
    long_sentence: int = 150
    # … except for questions asking for measures, conditions or procedures (Question.wants_span): their
    # answer is a whole sentence, and policy sentences listing measures run long.
    long_answer: int = 240
    max_quote: int = 180  # a trimmed or widened quote; a span question's whole sentence may reach long_answer
    min_quote: int = 16
    min_unit: int = 6
    # Weight kept by a question word that the passage's document title holds: an article about 环氧氯丙烷
    # names it in every sentence, so it says nothing about which sentence answers 「环氧氯丙烷有什么用途?」.
    title_discount: float = 0.3


# Where a sentence's parts are cut: a semicolon, or a comma after which another place says it did the same
# (泗阳县对首次认定的高新技术企业奖励20万元，宿迁宿城区也已对…给予奖励: eval/policy26 r10, blind)
_SEMICOLON = re.compile(r"[；;]|[，,](?=[\u4e00-\u9fff]{2,14}?(?:县|区|市|旗)(?:也|同样|亦))")
# A place's part saying it did what the part before says (也, 同样, 亦)
_ALSO = re.compile(r"也|同样|亦")


def by_place(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence as the parts a listing counts apart: a roundup's 「秭归县…统一开采、统一销售；宜昌兴山县…
    也实行统一开采经营」 is two places' claims, each quoted alone (eval/policy22 r05, r11, r12, blind: the
    second place had been no claim of its own). The sentence is cut at each semicolon (or comma before a
    place's 也) after which a place other than those before is named; a part naming none continues the one
    before it."""
    cuts = [m.end() for m in _SEMICOLON.finditer(text, start, end) if m.end() < end]
    if not cuts:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    seen: set[str] = set()
    for s, e in zip([start, *cuts], [*cuts, end], strict=True):
        named = set(regions_in(text[s:e]))
        if parts and named and not named <= seen:
            parts.append((s, e))
        elif parts:
            parts[-1] = (parts[-1][0], e)
        else:
            parts.append((s, e))
        seen |= named
    return parts


def _same_as(text: str, parts: Sequence[tuple[int, int]], n: int) -> str:
    """The part before part ``n``, when part ``n`` says its place did the same: the part before in the same
    sentence, or the sentence before when what part ``n`` says after its 也 is mostly said there too
    (宜宾叙州区也已实行操守保持奖励 after 珙县对社区康复期满、连续3年未复吸的给予操守保持奖励:
    eval/policy37 r04, blind; not 赤峰敖汉旗也已对星级志愿者给予免费乘坐公交车等礼遇 after 宁城县's
    意外伤害保险, policy36 r07)."""
    s, e = parts[n]
    also = _ALSO.search(text, s, e)
    if n == 0 or parts[n - 1][1] != s or also is None:
        return ""
    before = text[slice(*parts[n - 1])]
    if text[s - 1] in "；;，," or (text[s - 1] in "。！" and _said_before(before, text[also.end() : e])):
        return before
    return ""


_AGAIN = 4  # the run of CJK characters compared (操守保持, 农家书屋)
_CJK_AGAIN = re.compile(f"[{CJK_CLASS}]{{{_AGAIN}}}")
_SAID_BEFORE = 0.5  # the share of a part's runs the sentence before must hold


def _said_before(before: str, said: str) -> bool:
    def runs(t: str) -> set[str]:
        starts = range(len(t) - _AGAIN + 1)
        return {t[i : i + _AGAIN] for i in starts if _CJK_AGAIN.fullmatch(t, i, i + _AGAIN)}

    own = runs(said)
    return bool(own) and len(own & runs(before)) >= _SAID_BEFORE * len(own)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _CLAUSE_END.finditer(text, start, end):
        spans.append((pos, match.end()))
        pos = match.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def trim_sentence(
    text: str,
    start: int,
    end: int,
    terms: Sequence[Term],
    config: UnitConfig,
    question: Question | None = None,
) -> tuple[int, int]:
    """The clauses of a long sentence that carry the claim: the best-matching clause, widened by neighbours
    that match question terms it lacks, then by the neighbour that fills the question's slot (the number a
    多少 question asks for usually sits in the clause next to the words it shares with the question).
    """
    whole = config.long_answer if question is not None and question.wants_span else config.long_sentence
    if end - start <= whole:
        return strip_span(text, start, end)
    spans = clauses(text, start, end)
    norms = [normalize(text[s:e]) for s, e in spans]
    weights = [match_weight(terms, n) for n in norms]
    found = [matched_terms(terms, n) for n in norms]
    weight_of = {t.text: t.weight for t in terms}
    best = max(range(len(spans)), key=lambda i: (weights[i], -i))
    lo = hi = best

    def fits(i: int) -> bool:
        return 0 <= i < len(spans) and spans[max(hi, i)][1] - spans[min(lo, i)][0] <= config.max_quote

    covered = set(found[best])
    while weights[best] > 0:
        options = [i for i in (lo - 1, hi + 1) if fits(i) and found[i] - covered]
        if not options:
            break
        pick = max(options, key=lambda i: sum(weight_of[t] for t in found[i] - covered))
        lo, hi = min(lo, pick), max(hi, pick)
        covered |= found[pick]
    if question is not None and question.slot:
        filled = any(fills_slot(question, norms[i]) for i in range(lo, hi + 1))
        # the nearest clause that fills the slot, the following one first (facts follow their subject),
        # however far, while the quote stays within max_quote: the echo without the filler answers nothing
        for step in range(1, len(spans)):
            if filled:
                break
            for i in (hi + step, lo - step):
                if fits(i) and fills_slot(question, norms[i]):
                    lo, hi = min(lo, i), max(hi, i)
                    filled = True
                    break
    elif question is not None and weights[best] > 0:
        # A "what" question: the matched words are the echo, the answer is the clause that continues them.
        if fits(hi + 1):
            hi += 1
    # A very short clause is rarely the whole claim: the facts tend to follow it (拿出150个…): extend right.
    while spans[hi][1] - spans[lo][0] < config.min_quote:
        if fits(hi + 1):
            hi += 1
        elif fits(lo - 1):
            lo -= 1
        else:
            break
    return strip_span(text, spans[lo][0], spans[hi][1])


def focused_terms(terms: Sequence[Term], title: str | None, discount: float) -> list[Term]:
    """``terms`` with the words of the (normalised) document title down-weighted."""
    norm_title = normalize(title or "")
    if not norm_title:
        return list(terms)
    return [replace(t, weight=t.weight * discount) if t.text in norm_title else t for t in terms]


class RetrievedTexts:
    """The text each retrieved passage is read in, its document fetched once per answer (a hit's sentences,
    context and compaction all read it; on Milvus each fetch is a query): the document's text while the
    passage is unchanged, to be read within the passage (offsets ``hit.start``..``hit.end``); when another
    writer has replaced the document since the search, the passage as retrieved at its own offsets (the answer
    quotes what the search found, never another version's text at its offsets); None when it was deleted."""

    def __init__(self, retriever: Retriever) -> None:
        self._retriever = retriever
        self._documents: dict[str, str | None] = {}

    def __call__(self, hit: Hit) -> str | None:
        if hit.doc_id not in self._documents:
            found = self._retriever.document(hit.doc_id)
            self._documents[hit.doc_id] = None if found is None else found[1]
        text = self._documents[hit.doc_id]
        if text is None:
            return None
        if text[hit.start : hit.end] == hit.text:
            return text
        return " " * hit.start + hit.text


def _fills(question: Question, norm: str, text: str, start: int, end: int, since: int, said: str) -> bool:
    """The unit holds what the question asks for: its slot filler (a number for 多少 …), or — for a question
    asking for a list (需要哪些材料, 如何申请) — an enumeration's introduction or one of its items; when the
    question names the kind of list (哪些条件), one named so in the unit, under its heading (``said``) or
    earlier in its passage (from ``since``): 一、申报条件 （一）…, not 附件：1.…申报表."""
    if question.counted and TABLE_CELL in norm and "\n" in said:
        # a row counts what its column names say (数字化改造项目 over 第二季度 | 14家 | 30个)
        norm = f"{said.rpartition(chr(10))[0]}\n{norm}"
    if question.slot and fills_slot(question, norm):
        return True
    if not question.wants_list or not in_list(text, start, end):
        return False
    noun = question.list_noun
    return not noun or noun in said or noun in normalize(text[since:end])


# An FAQ's answer line (答：…, 答 前15吨…; not 答复内容) and the question line above it (问：…, Q: …; not a
# 留言's 请问…？ nor 问题描述)
_ANSWER_LINE = re.compile(r"\s*(?:答|回答|A)(?:\s*[:：]|(?![复辩谢应题案卷]))")
_FAQ_QUESTION = re.compile(r"\s*(?:[一二三四五六七八九十\d]{1,3}[、.]?)?(?:问(?!题)|提问|Q)")


def _asked_above(text: str, line_start: int) -> str:
    """The question an FAQ's answer line (答：…) answers: the line above it when that asks (问：…？); else
    ""."""
    if not _ANSWER_LINE.match(text, line_start) or line_start == 0:
        return ""
    above = text.rfind("\n", 0, line_start - 1) + 1
    line = text[above : line_start - 1].strip()
    return line if _FAQ_QUESTION.match(line) else ""


def _caption(text: str, at: int, columns: str) -> str:
    """The line right above the column names of the table holding ``at``, when it introduces the table (it
    ends with a colon); else ""."""
    header = text.rfind(columns, 0, at)
    if header <= 0:
        return ""
    above = text.rfind("\n", 0, header - 1) + 1
    line = text[above : header - 1].strip()
    return line if line.endswith((":", "：")) and TABLE_CELL not in line else ""


def _heading(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a section's name — not a short line setting a time limit, shaped like one (a
    slide's 首批志愿者注册截止2026年6月30日前 states when: eval/policy36 t03, blind)."""
    return is_heading_line(text, start, end) and not TIME_LIMIT.search(normalize(text[start:end]))


def candidate_units(
    texts: RetrievedTexts, hits: Sequence[Hit], question: Question, config: UnitConfig
) -> list[Unit]:
    """Every sentence of the retrieved passages, trimmed, with its lexical scores and slot filling."""
    terms = question.terms
    total = sum(t.weight for t in terms) or 1.0
    asked = char_grams(question.norm)
    top = max((h.score for h in hits), default=0.0) or 1.0
    # (a question about the attachments — 附件2是什么 — is answered by their names)
    skip_attachments = "附件" not in question.norm
    units: list[Unit] = []
    for rank, hit in enumerate(hits):
        text = texts(hit)
        if text is None:  # the document was deleted between retrieval and now
            continue
        focused = focused_terms(terms, hit.document.title, config.title_discount)
        focus_total = sum(t.weight for t in focused) or 1.0
        header = column_names(text, hit.start)  # a passage cut from a table's middle: its column names
        passage = normalize(f"{hit.document.title or ''}\n{header or ''}\n{hit.text}")
        context = match_weight(terms, passage, hit.document.region)
        sentences = unit_spans(text, hit.start, hit.end)  # (what the index embedded alone: sentences.py)
        if question.listing:
            sentences = [part for span in sentences for part in by_place(text, *span)]
        # a passage opening with its section's heading (三、补贴标准): what its sentences are about
        section = text[slice(*sentences[0])] if sentences and _heading(text, *sentences[0]) else ""
        for n, (s0, e0) in enumerate(sentences):
            if _heading(text, s0, e0):  # a section's name is context, not a claim
                continue
            if _ASKED.search(text[s0:e0]):  # a question the text asks (an FAQ's 问：…吗？) states nothing
                continue
            line_start = text.rfind("\n", 0, s0) + 1
            line_end = text.find("\n", e0)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            # (a page may run the reply on in the message's line: 来信内容：…要钱吗？ 回复内容：…)
            reply = _REPLY.search(line)
            if (reply is None or s0 < line_start + reply.start()) and _MESSAGE.search(
                line[: reply.start()] if reply else line
            ):
                continue  # … nor does the message a reply answers
            if skip_attachments and in_attachments(text, s0):
                continue
            s, e = trim_sentence(text, s0, e0, focused, config, question)
            quote = text[s:e]
            if e - s < config.min_unit or not CJK.search(quote):
                continue
            norm = normalize(quote)
            region = hit.document.region
            # a table row says what it says under its column names (博士研究生 | 每月3000元 under 租房补贴)
            columns = column_names(text, s0) if TABLE_CELL in quote else None
            # … and under the sentence that introduces its table (对全职引进的高层次人才，按类别给予安家补贴，
            # …补贴不低于下表标准：), which says what its figures are of
            # … and an answer under the question it answers (问：一户人家一个月用20吨水，要交多少水费？ above
            # 答：前15吨…合计51.75元: eval/policy26 n03, blind)
            row_header = (
                f"{_caption(text, s0, columns)}\n{columns}".lstrip("\n")
                if columns
                else "\n".join(filter(None, (section, _asked_above(text, line_start))))
            )
            said = normalize(f"{row_header}\n{quote}") if row_header else norm
            # (a row's bare numbers are counted in their columns' units: 150 under 政府缴费补贴（元/年）)
            stated = (
                normalize(with_column_units(columns, quote, table_unit(text, s0, columns)))
                if columns
                else norm
            )
            said_stated = f"{said.rpartition(chr(10))[0]}\n{stated}" if columns else said
            lexical = match_weight(terms, said, region) / total
            focus = match_weight(focused, said, region) / focus_total
            grams = char_grams(norm)
            align, near = alignment(question, norm)
            filled = _fills(question, stated, text, s, e, hit.start, said)
            ruling = not filled and question.yes_no and not question.slot and states_ruling(question, stated)
            units.append(
                Unit(
                    rank,
                    hit,
                    s,
                    e,
                    quote,
                    lexical=lexical,
                    context=context / total,
                    focus=focus,
                    overlap=len(asked & grams) / (len(asked) or 1),
                    novelty=len(grams - asked) / (len(grams) or 1),
                    slot=1.0 if filled or ruling else 0.0,
                    ruling=ruling,
                    lead=1.0 if n == 0 else 0.0,
                    passage=max(0.0, hit.score / top),
                    position=n / max(1, len(sentences) - 1),
                    length=min(2.0, (e - s) / 100),
                    align=align,
                    near=near,
                    sentence=text[slice(*strip_span(text, s0, e0))],
                    whole=text[s0:e0],
                    said=said,
                    stated=said_stated,
                    same_as=_same_as(text, sentences, n),
                )
            )
    return units
