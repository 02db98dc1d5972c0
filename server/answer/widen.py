"""Claims read with their neighbours: a quote opening with a pronoun takes in the sentence naming whom it
is about, a lone short quote reads on, a quote of part of an enumeration runs through its items. Each is
still one verbatim slice of its document."""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.chunk import split_sentences
from indexer.lines import LIST_ITEM, LIST_OPENER, in_list, item_style
from indexer.text import CJK_CLASS
from server.answer.answer_config import AnswerConfig
from server.answer.claims import Claim, overlaps
from server.answer.units import RetrievedTexts, Unit, strip_span

# (届时 / 此时 name a time the sentence before states: 3月26日…。届时1—6号楼将于当日9:00—17:00停水)
_PRONOUN = re.compile(rf"(?:[他她它牠](?:们|們)?|[该該](?=[{CJK_CLASS}])|[届屆][时時]|此[时時])")


def _sentences(
    texts: RetrievedTexts, unit: Unit, beyond: int = 0
) -> tuple[str, list[tuple[int, int]]] | None:
    """The text the unit is read in and the sentences of its passage — and of up to ``beyond`` characters of
    the document on either side, from a line's start (a document replaced since the search is read as the
    passage it was: nothing lies beyond)."""
    text = texts(unit.hit)
    if text is None:  # deleted since retrieval
        return None
    start, end = unit.hit.start, unit.hit.end
    if beyond:
        start = text.rfind("\n", 0, max(0, start - beyond)) + 1
        end = min(len(text), end + beyond)
    return text, split_sentences(text, start, end)


def _widened(claim: Claim, text: str, start: int, end: int, config: AnswerConfig) -> Claim:
    start, end = strip_span(text, start, end)
    if end - start > config.max_quote:
        return claim
    return replace(claim, unit=replace(claim.unit, start=start, end=end, text=text[start:end]))


# A reply's sum for the asker's own case, reckoned right after the rule it applies (…40枚计8000元，超过每次
# 最高3000元的限额，按3000元奖励。合计奖励13000元。; …年度考核为优秀的另奖励300元。您2026年度考核为优秀，
# 可领取1500元。: eval/policy27 n05, n20, blind): the rule is quoted with it.
_RECKONING = re.compile(
    r"^(?:(?:两项|兩項|以上|共)?合[计計]|共[计計]|[总總][计計]|合共|(?:两项|兩項)?加起[来來])[^。；;]{0,24}\d"
    r"|^[您妳你][^。；;]{0,40}(?:可|能)(?:以)?(?:领取|領取|获得|獲得|获|獲|领|領|补|補|奖|獎)[^。；;]{0,12}\d"
)


def _next_item(text: str, start: int) -> bool:
    """The sentence at ``start`` opens an item of a list ((七)…, 7.…)."""
    return item_style(text[start : start + 16].lstrip()) is not None


_SECTION_CHARS = 8  # the words of a section's name (装修补贴, 申报兑现), no sentence


def _section_name(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` opens a line and names a section: an item's mark and a few words
    (三、装修补贴。), no more — whether the section's text follows on its line or the next."""
    if text[max(0, start - 64) : start].rstrip(" \t\u3000")[-1:] not in ("", "\n"):
        return False
    sentence = text[start:end].strip()
    mark = LIST_ITEM.match(sentence)
    return mark is not None and len(sentence[mark.end() :].strip().rstrip("。.：:")) <= _SECTION_CHARS


def with_context(texts: RetrievedTexts, claims: list[Claim], config: AnswerConfig) -> list[Claim]:
    """Claims that need their neighbours to be read, widened (each still one verbatim slice of at most
    ``max_quote`` characters): one that opens with a pronoun (他/她/它/牠们 …, 该…) takes in the sentence
    before it, which names whom it is about; a lone short claim that does not fill the question's slot reads
    on into the next sentence; a figure's rule reads on into the sum its next sentence reckons of it
    (``_RECKONING``)."""
    out: list[Claim] = []
    for claim in claims:
        unit = claim.unit
        lone_short = len(claims) == 1 and len(unit.text) < config.context_below and not unit.fills
        pronoun = _PRONOUN.match(unit.text) is not None
        read = _sentences(texts, unit) if lone_short or pronoun or unit.fills else None
        if read is not None:
            text, spans = read
            before = [s for s, e in spans if e <= unit.start]
            if pronoun and before:
                claim = _widened(claim, text, before[-1], unit.end, config)
            after = [(s, e) for s, e in spans if s >= claim.unit.end]
            # (a rule's yes or no not into the next item of its list: （六）…除外 is one exclusion, （七）…
            # another — nor any claim into a line naming the next section: 三、装修补贴。 after 签订3年以上
            # 租赁合同…: eval/policy42 y07, blind)
            if (
                lone_short
                and after
                and not (unit.ruling and _next_item(text, after[0][0]))
                and not _section_name(text, *after[0])
            ):
                claim = _widened(claim, text, claim.unit.start, after[0][1], config)
            elif (
                unit.fills
                and after
                and "\n" not in text[claim.unit.end : after[0][0]]
                and _RECKONING.search(text[after[0][0] : after[0][1]].lstrip())
            ):
                claim = _widened(claim, text, claim.unit.start, after[0][1], config)
        held = [i for i, c in enumerate(out) if overlaps(claim.unit, c.unit)]
        if held:
            # widened into an earlier claim's sentence: it takes that claim's place when it holds it whole
            # (此时…募兵制… read with the sentence before, which was the first claim), else it goes
            first = out[held[0]].unit
            grown = sum(len(c.unit.text) for c in out) - len(first.text) + len(claim.unit.text)
            if (
                len(held) == 1
                and claim.unit.start <= first.start
                and first.end <= claim.unit.end
                and grown <= config.answer_budget
            ):
                out[held[0]] = claim
            continue  # (or that one was widened into this)
        if out and sum(len(c.unit.text) for c in out) + len(claim.unit.text) > config.answer_budget:
            continue
        lead = None if unit.fills else _lead_in(texts, claim, config)
        used = sum(len(c.unit.text) for c in out) + len(claim.unit.text)
        if (
            lead is not None
            and used + len(lead.unit.text) <= config.answer_budget  # (the item is never dropped for it)
            and not any(overlaps(lead.unit, c.unit) for c in (*out, *claims))
        ):
            out.append(lead)
        out.append(claim)
    return out


# How far back an item's introduction is looked for, in items.
_LEAD_REACH = 12
# An introduction names its items as a kind (因下列情形之一…, 须提交以下材料：) — not a notice's
# addressees (各区县人民政府：) — and says something of them: one only announcing what follows
# (现答复如下：, 有关事项通知如下：) says nothing.
_INTRODUCES = re.compile(r"下列|以下")
_ANNOUNCES = re.compile(r"如下\s*[:：]?\s*$")


def _lead_in(texts: RetrievedTexts, claim: Claim, config: AnswerConfig) -> Claim | None:
    """The sentence introducing the enumeration ``claim`` quotes an item of (有下列情形之一的，不予奖励：
    above （三）匿名举报的), as a claim of its own: an item states what the introduction says of it — an
    exclusion, a condition, a refusal — and quoted alone it says the opposite as often as not. None for a
    claim that is no item, or one whose introduction is too long to quote beside it."""
    unit = claim.unit
    read = _sentences(texts, unit, beyond=config.long_answer)
    if read is None:
        return None
    text, spans = read
    if not LIST_ITEM.match(text, unit.start):
        return None
    before = [(s, e) for s, e in spans if e <= unit.start][-_LEAD_REACH:]
    style = item_style(unit.text)
    for s, e in reversed(before):
        if LIST_ITEM.match(text, s):
            heading = _section_heading(text, s, e, style)
            if heading is not None:
                # 三、不予补偿的情形 above （一）在自然保护区核心区…造成损失的: the section names the kind
                start, end = heading
                return replace(claim, unit=replace(unit, start=start, end=end, text=text[start:end]))
            continue
        opener = text[s : e + 1]
        introduces = LIST_OPENER.search(opener.rstrip()) and _INTRODUCES.search(opener)
        if not introduces or _ANNOUNCES.search(opener):
            return None
        start, end = strip_span(text, s, e)
        if end - start > config.context_below * 2 or text.count("\n", end, unit.start) == 0:
            return None  # (an introduction in the item's own line is quoted with it already)
        return replace(claim, unit=replace(unit, start=start, end=end, text=text[start:end]))
    return None


_HEADING_CHARS = 20  # a section heading naming its items' kind is short: 三、不予补偿的情形


def _section_heading(text: str, s: int, e: int, style: int | None) -> tuple[int, int] | None:
    """The span ``s``..``e`` as a section heading over an enumeration numbered in ``style`` — a short line of
    another numbering, no sentence, that refuses what its items name (三、不予补偿的情形 over （一）…；
    （二）…) — or None."""
    start, end = strip_span(text, s, e)
    line = text[start:end]
    if style is None or item_style(line) in (None, style) or len(line) > _HEADING_CHARS:
        return None
    if re.search(r"[。；;，,:：]", line) or "\n" not in text[end : end + 2]:
        return None
    # only one that turns its items around (不予补偿的情形, 取消资格的情形): 二、申报条件 over its items adds
    # nothing the items do not say
    return (start, end) if _REFUSES.search(line) else None


_REFUSES = re.compile(r"不|禁止|除外|取消|停止|终止|追回|暂停|无权")


# A claim that introduces an enumeration itself: 以下材料：…, 条件如下：…
_OPENS_LIST = re.compile(r"(?:以下|如下|下列)[^。；;]{0,12}[:：]")


def _introduces(text: str, start: int, end: int) -> bool:
    """The line of ``text[start:end]`` ends introducing items (…材料包括：, …如下：)."""
    line_end = text.find("\n", end)
    return LIST_OPENER.search(text[start : len(text) if line_end < 0 else line_end].rstrip()) is not None


# A line that is an item without a number: a whole line, short, not a sentence closed by 。 nor a note (注：…)
_BARE_ITEM_CHARS = 50
_NOTE = re.compile(r"(?:注|备注|说明|附件|咨询电话|联系电话)[:：\s]")


def _bare_item(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return (
        text[line_start:start].strip() == ""
        and text[end : len(text) if line_end < 0 else line_end].strip() in ("", "；", ";")
        and 0 < len(line) <= _BARE_ITEM_CHARS
        and not line.endswith("。")
        and _NOTE.match(line) is None
    )


def whole_lists(texts: RetrievedTexts, claims: list[Claim], config: AnswerConfig) -> list[Claim]:
    """Claims quoting part of an enumeration (以下材料：（一）…；（二）…), read on through the items that
    follow (in their passage or the next), and back to the sentence introducing them, while the quote stays
    within ``long_answer`` characters: a question asking for the materials, the conditions or the steps is
    answered by the whole list, not its first two items. Still one verbatim slice each; later claims the list
    now covers are dropped."""
    out: list[Claim] = []
    for claim in claims:
        unit = claim.unit
        read = _sentences(texts, unit, beyond=config.long_answer)  # a list may run on into the next passage
        if read is not None and in_list(read[0], unit.start, unit.end):
            text, spans = read
            start, end = unit.start, unit.end
            # Later items numbered alike, in order, while they fit (三、办理时间 is none) — and after a line
            # introducing items (一、每件纠纷单独立卷，卷宗材料包括：), its items in their own numbering,
            # 1.…5., then the outer ones again (eval/policy27 p04, blind)
            styles = {style} if (style := item_style(unit.text)) is not None else set()
            opened, bare = _introduces(text, start, end), False
            for s, e in spans:
                if s < end:
                    continue
                if "\n" not in text[end:s] and (text[:end] + text[end:s].strip()).endswith(("；", ";")):
                    # items run on in the line, unnumbered (以下材料：本人身份证；户口簿；社会保障卡。)
                    if e - start > config.long_answer:
                        break
                    end = e
                    continue
                numbered = item_style(text[s:e])
                if e - start > config.long_answer:
                    break
                if numbered is None:
                    # … or lines that are items without numbers, right after the line introducing them (a
                    # SmartArt's steps, Word's auto-numbered list read without its numbers: eval/policy27 p02)
                    if not (opened or bare) or not _bare_item(text, s, e):
                        break
                    end, bare = e, True
                    continue
                if styles and numbered not in styles and not opened:
                    break
                styles.add(numbered)
                end, opened, bare = e, _introduces(text, s, e), False
            before = [(s, e) for s, e in spans if e <= start]
            # back over earlier items to the introduction — unless the claim introduces the list itself
            # (三、申请时需携带以下材料：… is no item of 二、…)
            opens = _OPENS_LIST.search(unit.text) is not None
            while before and not opens and LIST_ITEM.match(text, start):
                s, _ = before.pop()
                if end - s > config.long_answer:
                    break
                if not (LIST_ITEM.match(text, s) or LIST_OPENER.search(text[s:start].rstrip())):
                    break
                start = s
            start, end = strip_span(text, start, end)
            claim = replace(claim, unit=replace(unit, start=start, end=end, text=text[start:end]))
        if any(overlaps(claim.unit, c.unit) for c in out):
            continue
        out.append(claim)
    return out
