"""Optional generative answers: a configured OpenAI-compatible language model writes the answer from the
retrieved passages only, and citeqa keeps only the sentences that the passage they cite supports.

The model sees the passages numbered [1]…[k] and must cite them. Its reply is split into sentences; a
sentence survives only if a passage it cites contains every number it states, names (or belongs to a
document about) every region it names, and covers most of its content words. Unsupported sentences are
dropped, not marked: an answer should not carry text its sources do not back. Citations are renumbered
in order of use and each quotes the passage sentence that best matches the claims citing it, so every
quote stays a verbatim slice ``document.text[start:end]``. On a timeout, an HTTP error, an unreadable
reply or a reply with nothing supported, the caller falls back to the extractive answer.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from indexer.load import page_at
from indexer.normalize import normalize
from indexer.region import regions_in
from indexer.retrieve import Retriever
from indexer.searcher import Filters, Hit
from indexer.segment import TokenizerConfig, tokenize
from indexer.text import CJK_CLASS, FRAME_WORDS
from server.answer.compose import (
    DEFAULT_CONFIG,
    analyse,
    claim_region,
    compose_from,
    retrieve,
    to_response,
)
from server.config import Settings
from server.schemas import AskResponse, Citation, Group

logger = logging.getLogger(__name__)

# Share of a claim's content words (two characters or more, regions and numbers aside) that the cited
# passage must contain. A close paraphrase keeps three in four; a claim about something else, or one with
# an invented name in it (火星设立了周转池: 2 of 3), does not.
MIN_COVERAGE = 0.75

SYSTEM_PROMPT = (
    "你是严谨的政策文件问答助手。只能依据用户提供的编号资料回答问题，不得使用资料以外的知识，"
    "不得编造、推算或改写任何数字和地名。用简体中文回答，每句话只陈述资料中的一个事实，"
    "并在句末用 [n] 标注所依据的资料编号（可标注多个，如 [1][3]）。"
    "如果资料不能回答问题，只回答：资料中没有相关信息。"
)

_MARKER = re.compile(r"\s*[\[\uff3b【]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]\uff3d】]")
_ENDS = "。！？；!?;\n"
_SEPARATORS = "；;，,、：:"  # trimmed from the end of a quote; closing quotes and brackets stay
_LIST_PREFIX = re.compile(r"^(?:\s|[-*•#>]|\d{1,2}[.、)）]|[(（]\d{1,2}[)）])+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3})")
_THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)
_CJK_CHAR = re.compile(f"^[{CJK_CLASS}]$")
# Claims are compared word by word whatever the index's tokenizer adds (bigrams would match anything).
_WORDS = TokenizerConfig(words=True, bigrams=False)


@dataclass(frozen=True)
class Claim:
    """One sentence of the model's reply and the verdict on it."""

    text: str  # the sentence without its citation markers
    end: str  # its closing punctuation ("" at the end of the reply)
    cited: tuple[int, ...]  # passage numbers as the model wrote them
    supported_by: tuple[int, ...]  # the cited passages that back it; empty = dropped
    reason: str  # why it was dropped ("" when kept)


def numbers_in(text: str) -> set[str]:
    """Numbers as written in digits (1,800 → 1800), in the matching form of ``text``."""
    return set(_NUMBER.findall(_THOUSANDS.sub("", normalize(text))))


def content_words(text: str) -> set[str]:
    """The words a claim's support is measured on: tokens of two characters or more, digits aside."""
    return {t for t in tokenize(text, _WORDS) if not _NUMBER.fullmatch(t) and not _CJK_CHAR.match(t)}


@dataclass(frozen=True)
class _Source:
    """One numbered passage in the matching form its claims are checked against."""

    hit: Hit
    text: str  # normalised title + passage, whitespace removed
    numbers: frozenset[str]
    regions: tuple[str, ...]  # regions the passage names, plus the one its document is about


def _source(hit: Hit) -> _Source:
    context = f"{hit.document.title or ''}\n{hit.text}"
    regions = list(regions_in(hit.text))
    if hit.document.region:
        regions.append(hit.document.region)
    return _Source(
        hit, re.sub(r"\s+", "", normalize(context)), frozenset(numbers_in(context)), tuple(regions)
    )


def split_claims(reply: str) -> list[tuple[str, str, tuple[int, ...]]]:
    """(sentence, closing punctuation, cited numbers) for each sentence of ``reply``.

    Markers written just after the closing punctuation (``……周转池。[1]``) belong to that sentence.
    """
    out: list[tuple[str, str, tuple[int, ...]]] = []
    text, i = "", 0
    cited: list[int] = []

    def flush(end: str) -> None:
        nonlocal text, cited
        body = _LIST_PREFIX.sub("", text.replace("**", "")).strip()
        if body or cited:
            out.append((body, end, tuple(dict.fromkeys(cited))))
        text, cited = "", []

    while i < len(reply):
        marker = _MARKER.match(reply, i)
        if marker:
            cited.extend(int(n) for n in re.split(r"\s*[,，、]\s*", marker.group(1)))
            i = marker.end()
            continue
        ch = reply[i]
        i += 1
        if ch not in _ENDS:
            text += ch
            continue
        while marker := _MARKER.match(reply, i):
            cited.extend(int(n) for n in re.split(r"\s*[,，、]\s*", marker.group(1)))
            i = marker.end()
        flush("" if ch == "\n" else ch)
    flush("")
    return out


def _supports(claim: str, words: set[str], claim_regions: list[str], sources: Sequence[_Source]) -> str:
    """Why ``sources`` together do not support ``claim`` ("" when they do)."""
    missing = numbers_in(claim) - set().union(*(s.numbers for s in sources))
    if missing:
        return f"number {sorted(missing)[0]} is not in the cited passage"
    for region in claim_regions:
        if not any(r.startswith(region) for s in sources for r in s.regions):
            return f"the cited passage is not about {region}"
    if words:
        covered = sum(max(_found(w, s.text) for s in sources) for w in words)
        if covered / len(words) < MIN_COVERAGE:
            return f"the cited passage covers {round(covered, 1):g} of its {len(words)} content words"
    return ""


def _found(word: str, text: str) -> float:
    """1 when ``text`` contains ``word``. A long word found only in part (人才专编 vs 人才专用编制) earns half
    the share of its character pairs found: a reworded compound gets some support, never full."""
    if word in text:
        return 1.0
    if len(word) < 3:
        return 0.0
    pairs = [word[i : i + 2] for i in range(len(word) - 1)]
    return 0.5 * sum(p in text for p in pairs) / len(pairs)


def check_claims(reply: str, hits: Sequence[Hit], question: str = "") -> list[Claim]:
    """Judge every sentence of ``reply`` against the passages ``hits`` (cited as [1]…[len(hits)]).

    A sentence that only names a place (``运城市[2]。``) answers the question elliptically: the passage must
    then cover the question's content words instead.
    """
    sources = [_source(h) for h in hits]
    asked = content_words(question) - FRAME_WORDS
    claims = []
    for text, end, cited in split_claims(reply):
        words = content_words(text)
        if not cited:
            claims.append(Claim(text, end, cited, (), "cites no passage"))
            continue
        valid = [n for n in cited if 1 <= n <= len(sources)]
        if not valid:
            claims.append(Claim(text, end, cited, (), f"cites [{cited[0]}], which was not given"))
            continue
        if not words and not numbers_in(text):
            claims.append(Claim(text, end, cited, (), "states nothing checkable"))
            continue
        # Regions are checked by name, so their words do not count towards coverage.
        claim_regions = regions_in(text)
        words = {w for w in words if not any(w in r for r in claim_regions)}
        if not words and claim_regions:
            words = {w for w in asked if not any(w in r for r in regions_in(question))}
        alone = [n for n in valid if not _supports(text, words, claim_regions, [sources[n - 1]])]
        if alone:
            claims.append(Claim(text, end, cited, tuple(alone), ""))
            continue
        # A sentence joining two facts may need its passages together; each must contribute a word.
        helping = [n for n in valid if any(_found(w, sources[n - 1].text) for w in words)]
        reason = _supports(text, words, claim_regions, [sources[n - 1] for n in helping]) if helping else ""
        if len(helping) > 1 and not reason:
            claims.append(Claim(text, end, cited, tuple(helping), ""))
        else:
            why = reason or _supports(text, words, claim_regions, [sources[valid[0] - 1]])
            claims.append(Claim(text, end, cited, (), why))
    return claims


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a passage, surrounding whitespace excluded."""
    spans, begin = [], 0
    for i, ch in enumerate(text):
        if ch in _ENDS or i == len(text) - 1:
            spans.append((begin, i + 1))
            begin = i + 1
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in _SEPARATORS):
            b -= 1
        if b > a:
            out.append((a, b))
    return out or [(0, len(text))]


def best_quote(hit: Hit, claims: Sequence[str]) -> tuple[int, int]:
    """Document offsets of the passage sentence sharing most words and numbers with ``claims``."""
    words = set().union(*(content_words(c) for c in claims))
    numbers = set().union(*(numbers_in(c) for c in claims))

    def score(span: tuple[int, int]) -> tuple[int, int]:
        norm = normalize(hit.text[span[0] : span[1]])
        return (2 * len(numbers & numbers_in(norm)) + sum(1 for w in words if w in norm), -span[0])

    a, b = max(_sentence_spans(hit.text), key=score)
    return hit.start + a, hit.start + b


def build_prompt(question: str, hits: Sequence[Hit]) -> list[dict[str, str]]:
    blocks = []
    for n, hit in enumerate(hits, 1):
        about = "；".join(
            x
            for x in (
                f"标题：{hit.document.title}" if hit.document.title else "",
                f"地区：{hit.document.region}" if hit.document.region else "",
            )
            if x
        )
        blocks.append(f"[{n}] {about}\n{hit.text.strip()}")
    user = "资料：\n\n" + "\n\n".join(blocks) + f"\n\n问题：{question.strip()}"
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


def request_reply(settings: Settings, messages: list[dict[str, str]]) -> str | None:
    """The model's reply text, or None on a timeout, an HTTP error or an unreadable body."""
    if not settings.llm_base_url:
        return None
    url = settings.llm_base_url.rstrip("/") + "/chat/completions"
    headers = {"Authorization": f"Bearer {settings.llm_api_key}"} if settings.llm_api_key else {}
    payload: dict[str, Any] = {
        "model": settings.llm_model or "default",
        "messages": messages,
        "temperature": 0,
        "stream": False,
    }
    import httpx  # only with a language model configured: it pulls ~6 MB (its CLI's rich/click) into serving

    try:
        with httpx.Client(timeout=settings.llm_timeout) as client:
            response = client.post(url, json=payload, headers=headers)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
    except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as exc:
        logger.warning(
            "language model at %s failed (%s: %s); using the extractive answer", url, type(exc).__name__, exc
        )
        return None
    if not isinstance(content, str):
        logger.warning("language model at %s sent no text; using the extractive answer", url)
        return None
    return _THINKING.sub("", content).strip() or None


def generate_answer(
    settings: Settings,
    question: str,
    hits: Sequence[Hit],
    *,
    group_by_region: bool = False,
    known: Sequence[str] = (),
    started: float | None = None,
) -> AskResponse | None:
    """A model-written answer whose every sentence is backed by the passage it cites, or None."""
    started = time.perf_counter() if started is None else started
    if not hits:
        return None
    reply = request_reply(settings, build_prompt(question, hits))
    if reply is None:
        return None
    claims = check_claims(reply, hits, question)
    for claim in claims:
        if not claim.supported_by:
            logger.info("dropped an unsupported sentence (%s): %s", claim.reason, claim.text)
    kept = [c for c in claims if c.supported_by]
    if not kept:
        logger.warning(
            "no sentence of the model's reply is backed by its citation; using the extractive answer"
        )
        return None

    renumber: dict[int, int] = {}
    for claim in kept:
        for n in claim.supported_by:
            renumber.setdefault(n, len(renumber) + 1)
    parts = []
    for claim in kept:
        body = claim.text.rstrip("。！？；!?;，,：: ")
        marks = "".join(f"[{renumber[n]}]" for n in claim.supported_by)
        parts.append(f"{body}{marks}{claim.end if claim.end.strip() else '。'}")

    citations = []
    for old, new in renumber.items():
        hit = hits[old - 1]
        start, end = best_quote(hit, [c.text for c in kept if old in c.supported_by])
        citations.append(
            Citation(
                n=new,
                passage_id=hit.passage_id,
                doc_id=hit.doc_id,
                title=hit.document.title,
                region=hit.document.region,
                date=hit.document.date,
                quote=hit.text[start - hit.start : end - hit.start],
                start=start,
                end=end,
                page=page_at(hit.document.pages, start),
            )
        )
    groups: list[Group] = []
    if group_by_region:
        by_region: dict[str | None, list[int]] = {}
        for c in citations:
            by_region.setdefault(claim_region(c.quote, c.region, known), []).append(c.n)
        groups = [Group(region=r, citations=ns) for r, ns in by_region.items()]
    return AskResponse(
        question=question.strip(),
        answerable=True,
        answer="".join(parts),
        citations=citations,
        groups=groups,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
    )


def answer_question(
    retriever: Retriever, question: str, k: int, settings: Settings, filters: Filters | None = None
) -> AskResponse:
    """The answer /ask, MCP, the chat API and `citeqa ask` give: model-written and checked when a language
    model is configured and the corpus answers the question, else (and on any failure) the extractive one.

    The question is analysed (validated, tokenised, encoded) once and retrieved once; both answers draw on
    the same passages.
    """
    started = time.perf_counter()
    analysed = analyse(retriever, question)
    top, evidence, analysed = retrieve(retriever, analysed, k, DEFAULT_CONFIG, filters)
    composition = compose_from(
        retriever, analysed, evidence, DEFAULT_CONFIG, (time.perf_counter() - started) * 1000
    )
    extractive = to_response(composition)
    if not settings.llm_base_url or not extractive.answerable:
        return extractive
    generated = generate_answer(
        settings,
        analysed.text,
        top,
        group_by_region=analysed.region_question,
        known=analysed.regions,
        started=started,
    )
    return generated or extractive
