"""Composition: from the analysed question and its retrieved passages to the /ask response — retrieve the
evidence, decide whether the documents answer, and hand the scored candidates to claims.py, which picks and
writes the claims.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from indexer.asking import letter_spans
from indexer.load import page_at
from indexer.normalize import normalize
from indexer.region import places_named, regions_in
from indexer.retrieve import Query, Retriever
from indexer.searcher import Filters, Hit
from indexer.text import CJK
from server.answer.absent import (
    about_places,
    absent_date,
    absent_measure,
    absent_place,
    absent_rate,
    absent_rung,
    absent_year,
    draft_only,
    is_supported,
    measure_elsewhere,
    unit_off_rung,
    with_rows,
)
from server.answer.answer_config import DEFAULT_CONFIG, AnswerConfig
from server.answer.attached import attached_hits
from server.answer.calibration import claim_threshold_for, meaning_threshold_for, ranker_for, threshold_for
from server.answer.claim_region import asker_speaks, claim_region, says_not_yet
from server.answer.claims import UNKNOWN_REGION, Claim, fit_budget, order_claims, select_claims, write_answer
from server.answer.forms import asks_statement
from server.answer.keyterms import carries, listing_keys
from server.answer.narrow import answering
from server.answer.question import (
    ASK_IN_CHINESE,
    SMALL_TALK_REPLY,
    Question,
    analyse_question,
    check_question,
)
from server.answer.ranking import score_units
from server.answer.repealed import void_documents
from server.answer.reposts import copied, statements
from server.answer.stated import bracket_absent
from server.answer.tables import with_column_names
from server.answer.units import RetrievedTexts, Unit, candidate_units
from server.answer.widen import whole_lists, with_context
from server.schemas import AskResponse, Citation, Group

__all__ = [
    "DEFAULT_CONFIG",
    "NOT_FOUND",
    "UNKNOWN_REGION",
    "AnswerConfig",
    "Claim",
    "Composition",
    "Retrieved",
    "analyse",
    "claim_region",
    "compose",
    "compose_answer",
    "compose_from",
    "gather_hits",
    "named_in_evidence",
    "retrieve",
    "to_response",
    "write_answer",
]

NOT_FOUND = "文档中没有找到与该问题相关的内容。"
DRAFT_ONLY = "只有征求意见稿提到该事项，正式印发的文件中没有相关规定，无法回答该问题。"


@dataclass(frozen=True)
class Composition:
    """Everything compose() decided, for the response and for evaluation (scores, timings, reasons)."""

    question: str
    region_question: bool
    answerable: bool
    # "" when answerable; else small_talk | no_passages | place_absent | year_absent | measure_absent |
    # date_absent | draft_only | place_unmatched | category_absent | low_score
    reason: str
    best: float  # best candidate support, the score abstention reads (0.0 without candidates)
    claims: tuple[Claim, ...]
    answer: str
    retrieve_ms: float
    compose_ms: float
    compose_cpu_ms: float  # CPU time of composition, all threads: steadier than wall time on a busy machine
    units: tuple[Unit, ...] = field(default=(), repr=False)
    hits: tuple[Hit, ...] = field(default=(), repr=False)
    analysed: Question | None = field(default=None, repr=False)


# ---------- evidence ----------
class Retrieved(NamedTuple):
    top: list[Hit]  # what a language model reads
    evidence: list[Hit]  # what extractive claims are drawn from
    question: Question  # as its evidence reads it: named_in_evidence, a listing's keys


def retrieve(
    retriever: Retriever, question: Question, k: int, config: AnswerConfig, filters: Filters | None = None
) -> Retrieved:
    """One retrieval for both answers: the top ``k`` passages (what a language model reads) and the
    evidence extractive claims are drawn from: those, and for a date, place, phone number or list the best
    document's other passages among the top ``document_depth``.

    For questions listing regions the evidence reads deeper (``region_depth``) and keeps at most
    ``per_document`` passages from any document, preferring passages that carry the question's specific
    term, so that with hundreds of documents every region among the retrieved evidence gets its claim.
    """
    # The ranking answer composition's ranker and thresholds were fitted on: without the scope stage
    # (indexer/rerank.py), which raises the passages of the place the question names — no evidence of
    # their answering it. With it, 綦江区's passages filled the evidence for 「綦江区拿出多少个事业编制?」
    # (only 运城市 states one) until one sharing 事业 reached the answerable support and its 34个服务窗口
    # was quoted. The passages about a named place are still what it answers from (below): the list's
    # order is kept, and a count answers a counter question only when it counts what is asked
    # (measures.counts_noun).
    if question.small_talk:
        return Retrieved([], [], question)
    query = replace(question.query, places=())
    if not question.listing:
        # (a date, a place, a phone number or a list — what a notice's or a guide's own section states — is
        # looked up deeper in the best document; sums are not: its other sections' figures distract)
        lookup = question.slot in ("date", "place") or question.measure == "phone" or question.wants_list
        # (… and what a yes/no question asks of a document — whether it costs, how often: forms.asks_statement
        # — in any of the top passages' documents: the one answering best is known only once they are scored)
        stated = question.slot == "" and asks_statement(question.norm)
        depth = max(
            k, config.document_depth if lookup or stated else k, config.place_depth if question.places else k
        )
        hits = retriever.search(query, depth, "hybrid", filters)
        if question.places:
            # (the passages about no place it names would be set aside below: compose_from's about_places)
            hits = [h for h in hits if about_place(h, question.places)] or hits
        top = hits[:k]
        best = {h.doc_id for h in top} if stated else {top[0].doc_id} if top and lookup else set()
        # (and what the top passages refer to: 收费标准：详见附件《…一览表》 is answered by the 一览表)
        found = top + [h for h in hits[k:] if h.doc_id in best] + attached_hits(retriever, query, top)
        return Retrieved(top, found, named_in_evidence(question, found))
    hits = retriever.search(query, max(k, config.region_depth), "hybrid", filters)
    read = [normalize(f"{h.document.title or ''}\n{h.text}") for h in hits]
    keys = listing_keys(question, config.key_term_margin, read)  # (claims.select_claims reads them too)
    carrying = [h for h, text in zip(hits, read, strict=True) if carries(text, keys)]
    pool = carrying if carrying else hits
    evidence: list[Hit] = []
    seen: list[dict[str, int]] = []
    per_doc: dict[str, int] = {}
    named: dict[str, set[str]] = {}  # the regions each document's evidence passages name
    for hit in pool:
        said = statements(hit.text)
        # one article reposted by three sites (their menus and footers apart) is one piece of evidence: its
        # copies would take the places of the regions the deeper passages name
        if any(copied(said, other) for other in seen):
            continue
        # a roundup's further passage is still new evidence when it names a region its earlier ones do not
        # (长沙市雨花区… in the third of a news item's passages on four districts)
        places = set(regions_in(hit.text))
        taken = named.setdefault(hit.doc_id, set())
        if per_doc.get(hit.doc_id, 0) < config.per_document or places - taken:
            per_doc[hit.doc_id] = per_doc.get(hit.doc_id, 0) + 1
            taken |= places
            evidence.append(hit)
            seen.append(said)
    return Retrieved(hits[:k], evidence, replace(question, keys=keys))


def named_in_evidence(question: Question, hits: Sequence[Hit]) -> Question:
    """The question as about a place it names by its short name when no document is about the place but the
    evidence names it (海宁 of a roundup's 浙江海宁市推出…): 「海宁的潮城人才贷贴息比例是多少？」 had been
    answered with 彭州's 贴息50%, as if it named no place."""
    # (not when it asks a place itself: 「…原本在江陵以及哪個地區一代?」 asks another place than 江陵)
    if question.places or question.region_question or question.slot == "place" or not hits:
        return question
    named = dict.fromkeys(r for h in hits for r in regions_in(h.text))
    places = places_named(question.text, [*question.regions, *named])
    return replace(question, places=tuple(places)) if places else question


def about_place(hit: Hit, places: Sequence[str]) -> bool:
    """The passage is about one of ``places``: by its document's region or by a place it names."""
    regions = [hit.document.region, *regions_in(hit.text)]
    return any(r is not None and r.startswith(p) for p in places for r in regions)


def gather_hits(
    retriever: Retriever,
    question: Question,
    k: int,
    config: AnswerConfig,
    filters: Filters | None = None,
) -> list[Hit]:
    """The evidence extractive claims are drawn from (see ``retrieve``)."""
    return retrieve(retriever, question, k, config, filters).evidence


# ---------- the whole step ----------
def analyse(retriever: Retriever, question: str) -> Question:
    """Validate, tokenise and encode the question once (the retriever's analysis), then read it."""
    return analyse_question(retriever, retriever.analyse(check_question(question)))


def unmatched_place(place: str, regions: Sequence[str]) -> str:
    """Why a question about ``place`` is declined when no passage found for it speaks of it: the collection
    may still hold documents about the place (a probe was told there was nothing about 天桥区 in a collection
    with a 天桥区 document), which then do not answer this question."""
    if any(r.startswith(place) for r in regions):
        return f"关于{place}的文档中没有找到能回答该问题的内容。"
    return f"文档中没有找到关于{place}的相关内容。"


def compose_from(
    retriever: Retriever,
    question: Question,
    hits: Sequence[Hit],
    config: AnswerConfig = DEFAULT_CONFIG,
    retrieve_ms: float = 0.0,
) -> Composition:
    """Score the sentences of ``hits``, decide whether they answer ``question``, and pick the claims."""
    started = time.perf_counter()
    cpu_started = time.process_time()
    model = retriever.settings.model
    threshold = config.threshold if config.threshold is not None else threshold_for(model)
    ranker = config.ranker or ranker_for(model)
    places = question.places
    units: list[Unit] = []
    reason = ""
    answer = NOT_FOUND
    texts = RetrievedTexts(retriever)  # each retrieved document read once for this answer
    if question.small_talk:
        reason = "small_talk"
        answer = SMALL_TALK_REPLY
    elif not hits:
        reason = "no_passages"
    elif (place := absent_place(question, hits)) is not None:
        reason = "place_absent"
        answer = f"文档中没有关于{place}的内容,无法回答该问题。"
    elif (year := absent_year(question.years, hits, texts)) is not None:
        reason = "year_absent"
        answer = f"文档中没有关于{year}年的内容,无法回答该问题。"
    else:
        letters = {h.doc_id: letter_spans(texts(h) or "") for h in hits}
        units = candidate_units(texts, hits, question, config)
        units = [u for u in units if not asker_speaks(u, letters[u.hit.doc_id])]
        if question.slot == "place" and not question.listing:
            # 邵东计划年底前建成市级零工市场 says not where a 零工市场 is (eval/policy20 u02, blind); a
            # listing reads such sentences to leave their regions out (claims.select_claims)
            units = [u for u in units if not says_not_yet(u)]
        elif question.slot == "number" or (places and not question.listing and not question.yes_no):
            # 「介休市人才编制周转池设了多少名编制？」 is not answered by 介休正在研究制定…计划年内推出:
            # a measure not yet taken has no figure — nor when, how or what of it a place that only
            # plans it does (老河口拟于明年推行…积分入学 for 「老河口随迁子女积分入学怎么算分」:
            # eval/policy25 u01, u03, u05, blind) — unless the sentence states what is asked
            # (维持2万元不变); a yes/no is answered by it
            units = [u for u in units if u.slot or not says_not_yet(u)]
        if places:
            # A question about 綦江区 is not answered by what another place did.
            units = [u for u in units if about_places(u, places)]
            if not units:
                reason = "place_unmatched"
                answer = unmatched_place(places[0], question.regions)
        if not reason:
            stored = retriever.stored_sentences  # what the index embedded: most candidates need no encoding
            units = score_units(retriever.encoder, question, units, ranker, config.dense_candidates, stored)
            meaning = (
                config.meaning_threshold
                if config.meaning_threshold is not None
                else meaning_threshold_for(model)
            )
            supported = with_rows(units, [u for u in units if is_supported(u, config, threshold, meaning)])
            if question.rungs:
                # a figure for the 博士 and 硕士 rungs is no answer to the 本科 one, however well it matches
                units = [u for u in units if not unit_off_rung(question, u)]
            on_rung = [u for u in supported if not question.rungs or not unit_off_rung(question, u)]
            if not supported:
                reason = "low_score"
            elif absent_measure(question, supported) or absent_rate(question, supported):
                # 「租金标准是多少」 answered by sentences that state areas and counts but no sum of money:
                # the documents do not say, however many of the question's words they share.
                reason = "measure_absent"
            elif absent_date(question, supported):
                reason = "date_absent"
            elif draft_only(question, supported, config, hits, texts):
                reason = "draft_only"
                answer = DRAFT_ONLY
            elif (
                absent_rung(question, units, hits)
                or not on_rung
                or absent_measure(question, on_rung)
                or bracket_absent(question, supported)
            ):
                # … stated for other rungs only (博士 and 硕士 figures, 本科 named by the rent beside them)
                reason = "category_absent"
            elif measure_elsewhere(question, supported, hits, texts):
                reason = "measure_absent"
    best = max((config.support(u) for u in units), default=0.0)
    claims: list[Claim] = []
    if not reason:
        held = {id(u) for u in supported}
        # (a question naming a year may ask the old rule: 「2021年那个通知里…」)
        void = set() if question.years else void_documents(hits, texts)
        units = answering(units, question, lambda u: id(u) in held, void)
        strict = config.claim_threshold if config.claim_threshold is not None else claim_threshold_for(model)
        chosen = select_claims(units, question, config, max(threshold, strict), ranker)
        if not question.listing:
            chosen = with_context(texts, chosen, config)
            if question.wants_list:
                chosen = whole_lists(texts, chosen, config)
        claims = fit_budget(texts, order_claims(chosen, question.region_question), question, config)
        if not question.listing:
            claims = with_column_names(texts, claims, config.max_answer, hits)
        if not claims:
            reason = "low_score"
        else:
            answer = write_answer(claims, question.listing)
    if answer == NOT_FOUND and not CJK.search(question.text):
        answer = f"{NOT_FOUND}{ASK_IN_CHINESE}"
    return Composition(
        question=question.text,
        region_question=question.region_question,
        answerable=not reason,
        reason=reason,
        best=best,
        claims=tuple(claims),
        answer=answer,
        retrieve_ms=retrieve_ms,
        compose_ms=(time.perf_counter() - started) * 1000,
        compose_cpu_ms=(time.process_time() - cpu_started) * 1000,
        units=tuple(units),
        hits=tuple(hits),
        analysed=question,
    )


def compose(
    retriever: Retriever,
    question: str | Query,
    k: int = 5,
    config: AnswerConfig = DEFAULT_CONFIG,
    filters: Filters | None = None,
) -> Composition:
    """Analyse the question once, retrieve once, and compose the extractive answer (from the documents
    ``filters`` admits, when given)."""
    started = time.perf_counter()
    query = question if isinstance(question, Query) else retriever.analyse(check_question(question))
    analysed = analyse_question(retriever, query)
    _, hits, analysed = retrieve(retriever, analysed, k, config, filters)
    return compose_from(retriever, analysed, hits, config, (time.perf_counter() - started) * 1000)


def to_response(composition: Composition) -> AskResponse:
    citations = []
    groups: dict[str | None, list[int]] = {}
    for n, claim in enumerate(composition.claims, start=1):
        unit, doc = claim.unit, claim.unit.hit.document
        citations.append(
            Citation(
                n=n,
                passage_id=unit.hit.passage_id,
                doc_id=unit.hit.doc_id,
                title=doc.title,
                region=doc.region,
                date=doc.date,
                quote=unit.text,
                start=unit.start,
                end=unit.end,
                page=page_at(doc.pages, unit.start),
            )
        )
        groups.setdefault(claim.region, []).append(n)
    return AskResponse(
        question=composition.question,
        answerable=composition.answerable,
        answer=composition.answer,
        citations=citations,
        groups=[Group(region=r, citations=ns) for r, ns in groups.items()]
        if composition.region_question
        else [],
        took_ms=round(composition.retrieve_ms + composition.compose_ms, 2),
    )


def compose_answer(retriever: Retriever, question: str, k: int = 5) -> AskResponse:
    """The extractive /ask response for ``question`` over the top ``k`` passages (ValueError on bad input)."""
    return to_response(compose(retriever, question, k))
