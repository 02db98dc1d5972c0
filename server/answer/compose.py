"""Composition: from the analysed question and its retrieved passages to the /ask response — decide whether
the documents answer, pick a few non-redundant claims (one per region for "which regions" questions), write
the answer as verbatim quotes each followed by its citation.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from indexer.load import page_at
from indexer.normalize import normalize
from indexer.region import regions_in
from indexer.retrieve import Hit, Query, Retriever
from server.answer.calibration import ranker_for, threshold_for
from server.answer.question import Question, Term, analyse_question, check_question
from server.answer.scoring import Ranker, bigram_set, score_units, support
from server.answer.units import Unit, UnitConfig, candidate_units
from server.schemas import AskResponse, Citation, Group

NOT_FOUND = "文档中没有找到与该问题相关的内容。"
UNKNOWN_REGION = "未注明地区"
_SENTENCE_FINAL = re.compile(r"[。！？!?…][”’」』\"')）]*$")


@dataclass(frozen=True)
class AnswerConfig(UnitConfig):
    """Knobs of answer composition. The abstention threshold is calibrated per encoder from data
    (python -m eval.calibrate → calibration.json); ``threshold`` overrides it when set."""

    # Support, the score abstention reads: share of the question's word weight found and meaning.
    lexical_weight: float = 0.6
    dense_weight: float = 0.4
    threshold: float | None = None
    # How candidates are ranked: fitted per encoder (eval/ranker.py → calibration.json) unless set here.
    ranker: Ranker | None = None
    # A further claim must come this close to the best one (Ranker.relative: with a fitted ranker, the
    # ratio of their chances of holding the answer). Region questions list every region whose evidence
    # carries the question's specific term and reaches the threshold, however it ranks.
    relative: float = 0.1
    region_relative: float = 0.0
    max_claims: int = 2
    max_regions: int = 8
    # Two claims may come from one passage: the answer often sits in the sentence next to the echo.
    per_passage: int = 2
    # Region questions gather evidence from this many passages, at most ``per_document`` from each document,
    # so that every region among the retrieved evidence gets its claim.
    region_depth: int = 30
    per_document: int = 2
    # Only the best sentences by the other features are embedded: encoding is the expensive step.
    dense_candidates: int = 6
    redundancy: float = 0.5  # character-bigram overlap above which a second claim repeats the first
    # A claim for a region question must carry the question's specific term: the rarest of its words in
    # general Chinese, and any within this margin (nats) of it, so 开展 (9.1) never stands in for 省校合作
    # (14.0) — in a small corpus their idfs are alike.
    key_term_margin: float = 1.0

    def support(self, unit: Unit) -> float:
        return support(unit, self.lexical_weight, self.dense_weight)


DEFAULT_CONFIG = AnswerConfig()


@dataclass(frozen=True)
class Claim:
    unit: Unit
    region: str | None


@dataclass(frozen=True)
class Composition:
    """Everything compose() decided, for the response and for evaluation (scores, timings, reasons)."""

    question: str
    region_question: bool
    answerable: bool
    # "" when answerable; else no_passages | place_absent | year_absent | place_unmatched | low_score
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
def key_terms(question: Question, margin: float) -> tuple[Term, ...]:
    """The question's specific terms: its rarest words (in general Chinese) that the corpus uses and that are
    neither places nor single characters. Empty when it has none (then no term is required)."""
    content = [t for t in question.terms if t.place is None and len(t.text) >= 2 and t.in_corpus]
    if not content:
        return ()
    top = max(t.rarity for t in content)
    return tuple(t for t in content if t.rarity >= top - margin)


def carries(norm: str, terms: Sequence[Term]) -> bool:
    return not terms or any(t.text in norm for t in terms)


def retrieve(
    retriever: Retriever, question: Question, k: int, config: AnswerConfig
) -> tuple[list[Hit], list[Hit]]:
    """One retrieval for both answers: the top ``k`` passages (what a language model reads) and the
    evidence extractive claims are drawn from.

    For questions listing regions the evidence reads deeper (``region_depth``) and keeps at most
    ``per_document`` passages from any document, preferring passages that carry the question's specific
    term, so that with hundreds of documents every region among the retrieved evidence gets its claim.
    """
    if not question.listing:
        hits = retriever.search(question.query, k, "hybrid")
        return hits, hits
    hits = retriever.search(question.query, max(k, config.region_depth), "hybrid")
    keys = key_terms(question, config.key_term_margin)
    carrying = [h for h in hits if carries(normalize(h.text), keys)]
    pool = carrying if carrying else hits
    evidence: list[Hit] = []
    per_doc: dict[str, int] = {}
    for hit in pool:
        if per_doc.get(hit.doc_id, 0) < config.per_document:
            per_doc[hit.doc_id] = per_doc.get(hit.doc_id, 0) + 1
            evidence.append(hit)
    return hits[:k], evidence


def gather_hits(retriever: Retriever, question: Question, k: int, config: AnswerConfig) -> list[Hit]:
    """The evidence extractive claims are drawn from (see ``retrieve``)."""
    return retrieve(retriever, question, k, config)[1]


# ---------- selection ----------
def claim_region(quote: str, doc_region: str | None) -> str | None:
    """The region a claim is about: a more specific place the quote names, else the document's region."""
    for named in regions_in(quote):
        if doc_region is None or not doc_region.startswith(named):
            return named
    return doc_region


def _overlaps(a: Unit, b: Unit) -> bool:
    return a.hit.doc_id == b.hit.doc_id and a.start < b.end and b.start < a.end


def _redundant(a: Unit, b: Unit, limit: float) -> bool:
    ga, gb = bigram_set(normalize(a.text)), bigram_set(normalize(b.text))
    if not ga or not gb:
        return False
    return len(ga & gb) / min(len(ga), len(gb)) > limit


def select_claims(
    units: Sequence[Unit], question: Question, config: AnswerConfig, threshold: float, ranker: Ranker
) -> list[Claim]:
    """A few non-redundant claims, best first; for region questions one per region (unknown: per document),
    each carrying the question's specific term."""
    listing = question.listing
    # The best-ranked candidate answers once the question is answerable (some candidate's support reached
    # the threshold); every further claim must reach it itself.
    units = [u for i, u in enumerate(units) if i == 0 or config.support(u) >= threshold]
    keys = key_terms(question, config.key_term_margin) if listing else ()
    if keys and any(carries(normalize(u.text), keys) for u in units):
        units = [u for u in units if carries(normalize(u.text), keys)]
    if not units:
        return []
    best = units[0]
    ratio = config.region_relative if listing else config.relative
    claims: list[Claim] = []
    per_passage: dict[str, int] = {}
    regions_taken: set[str] = set()
    unknown_docs: set[str] = set()
    limit = config.max_regions if listing else config.max_claims
    for unit in units:
        if len(claims) >= limit:
            break
        if ranker.relative(unit.score, best.score) < ratio:
            continue
        # A claim must share real content with the question, not just sound like it.
        if unit is not best and unit.lexical < 0.5 * best.lexical:
            continue
        if per_passage.get(unit.hit.passage_id, 0) >= config.per_passage:
            continue
        if any(_overlaps(unit, c.unit) or _redundant(unit, c.unit, config.redundancy) for c in claims):
            continue
        region = claim_region(unit.text, unit.hit.document.region)
        if listing:
            if region is None:
                if unit.hit.doc_id in unknown_docs:
                    continue
                unknown_docs.add(unit.hit.doc_id)
            elif region in regions_taken:
                continue
            else:
                regions_taken.add(region)
        per_passage[unit.hit.passage_id] = per_passage.get(unit.hit.passage_id, 0) + 1
        claims.append(Claim(unit, region))
    return claims


def _region_label(claim: Claim) -> str:
    if claim.region is not None:
        return claim.region
    title = claim.unit.hit.document.title
    return f"{UNKNOWN_REGION}(《{title}》)" if title else UNKNOWN_REGION


def write_answer(claims: Sequence[Claim], listing: bool) -> str:
    """Each claim is its quote, carried over exactly, followed by its citation number; labelled with its
    region when the question lists regions or the claims come from several."""
    label_each = listing or len({c.region for c in claims}) > 1
    answer = ""
    for n, claim in enumerate(claims, start=1):
        if answer and not _SENTENCE_FINAL.search(claims[n - 2].unit.text):
            answer += ";"
        prefix = f"{_region_label(claim)}:" if label_each else ""
        answer += f"{prefix}{claim.unit.text}[{n}]"
    # The last quote may end its sentence itself (…两个部份。[1]); otherwise close the answer.
    return answer if claims and _SENTENCE_FINAL.search(claims[-1].unit.text) else answer + "。"


def order_claims(claims: list[Claim], region_question: bool) -> list[Claim]:
    """Region questions: claims of one region together, regions in order of their best evidence."""
    if not region_question:
        return claims
    first: dict[str | None, int] = {}
    for i, claim in enumerate(claims):
        first.setdefault(claim.region, i)
    # A claim whose place is unknown reads best after the named regions.
    return sorted(claims, key=lambda c: (c.region is None, first[c.region], -c.unit.score))


# ---------- rules that decide before any score ----------
def _related(a: str, b: str) -> bool:
    """One region path lies within the other (山西省 ⊃ 山西省运城市 ⊃ 山西省运城市盐湖区)."""
    return a.startswith(b) or b.startswith(a)


def _absent_place(retriever: Retriever, places: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """A place the question names that neither the corpus metadata nor the retrieved passages mention."""
    if not places:
        return None
    known = [d.region for d in retriever.data.documents if d.region]
    for hit in hits:
        known.extend(regions_in(hit.text))
    if any(_related(p, k) for p in places for k in known):
        return None
    return places[0]


def _about(unit: Unit, places: Sequence[str]) -> bool:
    """The claim is about one of the places the question names (by its document or by what it names).

    A document about 运城市 is not evidence about 盐湖区 unless the sentence names it.
    """
    regions = [unit.hit.document.region, *regions_in(unit.text)]
    return any(r is not None and r.startswith(p) for p in places for r in regions)


def _absent_year(years: Sequence[str], hits: Sequence[Hit]) -> str | None:
    if not years:
        return None
    for year in years:
        for hit in hits:
            if year in hit.text or (hit.document.date or "").startswith(year):
                return None
    return str(years[0])


# ---------- the whole step ----------
def analyse(retriever: Retriever, question: str) -> Question:
    """Validate, tokenise and encode the question once (the retriever's analysis), then read it."""
    return analyse_question(retriever, retriever.analyse(check_question(question)))


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
    if not hits:
        reason = "no_passages"
    elif (place := _absent_place(retriever, places, hits)) is not None:
        reason = "place_absent"
        answer = f"文档中没有关于{place}的内容,无法回答该问题。"
    elif (year := _absent_year(question.years, hits)) is not None:
        reason = "year_absent"
        answer = f"文档中没有关于{year}年的内容,无法回答该问题。"
    else:
        units = candidate_units(retriever, hits, question, config)
        if places:
            # A question about 綦江区 is not answered by what another place did.
            units = [u for u in units if _about(u, places)]
            if not units:
                reason = "place_unmatched"
                answer = f"文档中没有找到关于{places[0]}的相关内容。"
        if not reason:
            units = score_units(retriever.encoder, question, units, ranker, config.dense_candidates)
            if not units or max(config.support(u) for u in units) < threshold:
                reason = "low_score"
    best = max((config.support(u) for u in units), default=0.0)
    claims: list[Claim] = []
    if not reason:
        claims = order_claims(
            select_claims(units, question, config, threshold, ranker), question.region_question
        )
        if not claims:
            reason = "low_score"
        else:
            answer = write_answer(claims, question.listing)
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
) -> Composition:
    """Analyse the question once, retrieve once, and compose the extractive answer."""
    started = time.perf_counter()
    query = question if isinstance(question, Query) else retriever.analyse(check_question(question))
    analysed = analyse_question(retriever, query)
    hits = gather_hits(retriever, analysed, k, config)
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
