"""Extractive answers (SPEC §4 /ask): the few sentences of the top passages that best answer a question, each
cited as a verbatim slice of its document, grouped by region for "which regions / places" questions.

No language model is involved: every claim in an answer is a quote, so nothing can be invented.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from indexer.chunk import split_sentences
from indexer.embed import Encoder
from indexer.normalize import normalize
from indexer.region import regions_in
from indexer.retrieve import Hit, Retriever
from indexer.segment import BIGRAM_PREFIX, tokenize
from indexer.sparse import BM25
from server.schemas import AskResponse, Citation, Group

MAX_QUESTION_CHARS = 1000
NOT_FOUND = "文档中没有找到与该问题相关的内容。"
UNKNOWN_REGION = "未注明地区"

# "Which regions / places / cities …" questions, on the normalised (simplified) form. 市场, 区别, 县城 … are
# not places, so those continuations are excluded.
_REGION_QUESTION = re.compile(
    r"哪(?:些|几个|几|个)?(?:地区|地方|城市|省份|省|地市|区县|县区|县市|市县|乡镇|镇|"
    r"市(?!场|民|值|面)|县(?!城|级)|区(?!别|域|分))|哪里|哪儿|什么地方|何地"
)
# Words that frame a region question rather than carry its content: they must not count as evidence.
_FRAME_TERMS = frozenset(
    {"地区", "地方", "城市", "省份", "地市", "区县", "县区", "哪里", "哪儿", "何地", "各地"}
)
# Interrogatives (哪些方面, 哪所, 多少, 怎样 …) ask for the answer; they are not evidence of it.
_QUESTION_WORD = re.compile(r"^(?:哪|什么|怎|如何|多少|几|是否|为何|为什么|是不是|有没有|啥)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# Clause boundaries inside a long sentence (the sentence splitter already cuts at 。！？；).
_CLAUSE_END = re.compile(r"[,，:：]+")
# Quotes never start with punctuation, nor end with a clause mark; a sentence's own end mark stays with it.
_LEAD = " \t\r\n\u3000,，、;；:：。.!！?？"
_TAIL = " \t\r\n\u3000,，、;；:："
_SENTENCE_FINAL = re.compile(r"[。！？!?…][”’」』\"')）]*$")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class AnswerConfig:
    """Knobs of answer composition; the threshold is calibrated on eval/questions.jsonl (eval/seedqa.py)."""

    lexical_weight: float = 0.6
    dense_weight: float = 0.4
    # Passage rank only breaks ties. As a score term (0.1 × fused score / best) it tied the abstention
    # threshold to the fusion settings: the same question moved by 0.01 to 0.02 when they were retuned, and
    # answers on the seeds and 400 cmrc2018 / drcd questions changed by under one point either way.
    prior_weight: float = 0.0
    # A question is answerable when its best sentence scores at least this. Calibrated on the seed question
    # set (eval/seedqa.py, eval/results/seedqa.md). Re-derived for e5-small with cosines rescaled to its band:
    # answerable questions score at least 0.331; of the unanswerable ones only u11 (人才公寓 but no rent,
    # 0.378) reaches it.
    threshold: float = 0.33
    # Further claims must score this share of the best one (region questions draw on more varied wording).
    relative: float = 0.85
    region_relative: float = 0.70
    max_claims: int = 2
    max_regions: int = 6
    per_passage: int = 1
    # Only the best sentences by lexical score are embedded: encoding is the expensive step (~2 ms each,
    # the question included). On the seed questions and 500 cmrc2018 / drcd questions, 2 to 5 gave the same
    # answers and the same seed calibration; 1 abstained more on drcd. 0 (lexical only) keeps the answers
    # but unanswerable questions no longer separate from answerable ones.
    dense_candidates: int = 2
    long_sentence: int = 100  # longer sentences are trimmed to the clauses that carry the claim
    max_quote: int = 140
    min_quote: int = 16
    min_unit: int = 6
    redundancy: float = 0.5  # character-bigram overlap above which a second claim repeats the first


DEFAULT_CONFIG = AnswerConfig()


@dataclass(frozen=True)
class Term:
    text: str  # normalised question token
    weight: float  # idf in the index (the largest idf when the corpus never uses the term)
    in_corpus: bool
    place: str | None = None  # the region path when the term names a place (运城市 → 山西省运城市)


@dataclass(frozen=True)
class Unit:
    """A candidate claim: one sentence of a retrieved passage, or the clauses of it that carry the claim."""

    rank: int  # rank of its passage in the retrieval
    hit: Hit
    start: int  # offsets into the document's clean text
    end: int
    text: str
    lexical: float = 0.0
    dense: float = 0.0
    prior: float = 0.0
    score: float = 0.0


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
    best: float  # best candidate score (0.0 without candidates)
    claims: tuple[Claim, ...]
    answer: str
    retrieve_ms: float
    compose_ms: float
    compose_cpu_ms: float  # CPU time of composition, all threads: steadier than wall time on a busy machine
    units: tuple[Unit, ...] = field(default=(), repr=False)


# ---------- question analysis ----------
def check_question(question: str) -> str:
    """Validate at the boundary; returns the stripped question."""
    if not isinstance(question, str) or not question.strip():
        raise ValueError("the question is empty; ask something such as 哪些地区设立了人才编制周转池?")
    question = question.strip()
    if len(question) > MAX_QUESTION_CHARS:
        raise ValueError(
            f"the question has {len(question)} characters; shorten it to at most {MAX_QUESTION_CHARS}"
        )
    return question


def is_region_question(question: str) -> bool:
    return _REGION_QUESTION.search(normalize(question)) is not None


def _idf(bm25: BM25, word: str, missing: float) -> tuple[float, bool]:
    """Idf of a word in the index, and whether the corpus uses it at all.

    An index built without words (character bigrams only) still knows how rare the word's bigrams are.
    """
    col = bm25.column.get(word)
    if col is not None:
        return float(bm25.idf[col]), True
    grams = [BIGRAM_PREFIX + word] if len(word) == 1 else [BIGRAM_PREFIX + g for g in _ordered_bigrams(word)]
    cols = [bm25.column[g] for g in grams if g in bm25.column]
    if _CJK.search(word) and len(cols) == len(grams):
        return float(np.mean(bm25.idf[cols])), True
    return missing, False


def question_terms(retriever: Retriever, question: str, region_question: bool) -> list[Term]:
    """Distinct content words of the question, weighted by idf so rare terms count more.

    Words, never the index's character bigrams: a claim is checked word by word (with partial credit for
    compounds, see match_weight), and bigrams across word boundaries (区设, 才编) are noise for that.
    """
    bm25 = retriever.data.bm25
    top_idf = float(bm25.idf.max()) if len(bm25.idf) else 1.0
    config = replace(retriever.settings.tokenizer, words=True, bigrams=False)
    terms: list[Term] = []
    for token in dict.fromkeys(tokenize(question, config)):
        if (region_question and token in _FRAME_TERMS) or _QUESTION_WORD.match(token):
            continue
        named = regions_in(token) if _CJK.search(token) and len(token) >= 2 else []
        weight, known = _idf(bm25, token, top_idf)
        if len(token) == 1 and _CJK.search(token):
            # A single character matches inside unrelated words (元 in 亿元, 找 in 寻找): weak evidence.
            weight *= 0.5
        terms.append(Term(token, weight, known, named[0] if named else None))
    return terms


def _ordered_bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def matched_terms(terms: Sequence[Term], norm_text: str) -> set[str]:
    return {t.text for t in terms if t.text in norm_text}


def match_weight(terms: Sequence[Term], norm_text: str, region: str | None = None) -> float:
    """Idf mass of the terms found in ``norm_text``; a long term found only in part earns part of its weight.

    A place the question names also counts as found when the text comes from a document about that place
    (``region``): articles say 我市 / 全区, not their own name, in every sentence.
    """
    got = 0.0
    for term in terms:
        if term.text in norm_text or (term.place and region and _within(region, term.place)):
            got += term.weight
        elif len(term.text) >= 3 and _CJK.search(term.text):
            # 人才专用编制 vs 人才专编: part of a compound is weaker evidence, so at most half the weight.
            grams = _bigrams(term.text)
            got += 0.5 * term.weight * sum(g in norm_text for g in grams) / len(grams)
    return got


def _within(region: str, place: str) -> bool:
    """``region`` is ``place`` or lies inside it (山西省运城市盐湖区 is within 山西省运城市, not reverse)."""
    return region.startswith(place)


def _related(a: str, b: str) -> bool:
    """One region path lies within the other (山西省 ⊃ 山西省运城市 ⊃ 山西省运城市盐湖区)."""
    return a.startswith(b) or b.startswith(a)


# ---------- candidate sentences ----------
def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _CLAUSE_END.finditer(text, start, end):
        spans.append((pos, match.end()))
        pos = match.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TAIL:
        end -= 1
    return start, end


def trim_sentence(
    text: str, start: int, end: int, terms: Sequence[Term], config: AnswerConfig
) -> tuple[int, int]:
    """The clauses of a long sentence that carry the claim: the best-matching clause, widened only by
    neighbours that match question terms it lacks. Offsets stay verbatim (``text[start:end]`` is the quote).
    """
    if end - start <= config.long_sentence:
        return _strip(text, start, end)
    clauses = _clauses(text, start, end)
    norms = [normalize(text[s:e]) for s, e in clauses]
    weights = [match_weight(terms, n) for n in norms]
    found = [matched_terms(terms, n) for n in norms]
    weight_of = {t.text: t.weight for t in terms}
    best = max(range(len(clauses)), key=lambda i: (weights[i], -i))
    lo = hi = best
    covered = set(found[best])
    while weights[best] > 0:
        options = [
            i
            for i in (lo - 1, hi + 1)
            if 0 <= i < len(clauses)
            and found[i] - covered
            and clauses[max(hi, i)][1] - clauses[min(lo, i)][0] <= config.max_quote
        ]
        if not options:
            break
        pick = max(options, key=lambda i: sum(weight_of[t] for t in found[i] - covered))
        lo, hi = min(lo, pick), max(hi, pick)
        covered |= found[pick]
    # A very short clause is rarely the whole claim: the facts tend to follow it (拿出150个…): extend right.
    while clauses[hi][1] - clauses[lo][0] < config.min_quote:
        if hi + 1 < len(clauses) and clauses[hi + 1][1] - clauses[lo][0] <= config.max_quote:
            hi += 1
        elif lo > 0 and clauses[hi][1] - clauses[lo - 1][0] <= config.max_quote:
            lo -= 1
        else:
            break
    return _strip(text, clauses[lo][0], clauses[hi][1])


def candidate_units(
    retriever: Retriever, hits: Sequence[Hit], terms: Sequence[Term], config: AnswerConfig
) -> list[Unit]:
    """Every sentence of the retrieved passages, trimmed, with its lexical score and retrieval prior."""
    total = sum(t.weight for t in terms) or 1.0
    top = max((h.score for h in hits), default=0.0) or 1.0
    units: list[Unit] = []
    for rank, hit in enumerate(hits):
        found = retriever.document(hit.doc_id)
        if found is None:  # the document was deleted between retrieval and now
            continue
        text = found[1]
        for s, e in split_sentences(text, hit.start, hit.end):
            s, e = trim_sentence(text, s, e, terms, config)
            quote = text[s:e]
            if e - s < config.min_unit or not _CJK.search(quote):
                continue
            lexical = match_weight(terms, normalize(quote), hit.document.region) / total
            units.append(Unit(rank, hit, s, e, quote, lexical=lexical, prior=max(0.0, hit.score / top)))
    return units


def score_units(
    retriever: Retriever, question: str, units: list[Unit], region_question: bool, config: AnswerConfig
) -> list[Unit]:
    """Add dense similarity for the lexically best candidates (one batch with the question) and combine.

    Only those candidates stay in the running: the rest lost on lexical evidence already, and each sentence
    embedded costs about a millisecond. Region questions keep every passage's best sentence, since each
    region's claim competes with the others only through the floor.
    """
    if not units:
        return []
    pre = sorted(range(len(units)), key=lambda i: (-units[i].lexical, units[i].rank, units[i].start))
    chosen = pre[: config.dense_candidates] if config.dense_candidates else list(pre)
    if region_question:
        best_of: dict[int, int] = {}
        for i in pre:
            best_of.setdefault(units[i].rank, i)
        chosen += [i for i in best_of.values() if i not in chosen]
    if config.dense_candidates == 0:
        sims = [0.0] * len(chosen)
    else:
        qvec = retriever.embed_query(question)  # a query vector: E5 encodes questions and passages apart
        vectors = _VECTORS.encode(retriever.encoder, [normalize(units[i].text) for i in chosen])
        # cosines rescaled to the encoder's informative band (E5's unrelated pairs already sit near 0.8)
        lo, hi = retriever.encoder.cosine_band
        sims = np.clip((vectors @ qvec - lo) / (hi - lo), 0.0, 1.0).tolist()
    out = []
    for i, sim in zip(chosen, sims, strict=True):
        u = units[i]
        score = config.lexical_weight * u.lexical + config.dense_weight * sim + config.prior_weight * u.prior
        out.append(replace(u, dense=float(sim), score=float(score)))
    out.sort(key=lambda u: (-u.score, u.rank, u.start))
    return out


class VectorCache:
    """Recently encoded sentences: the same passages come back for related questions, and encoding is the
    one step of composition that costs milliseconds."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._rows: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, encoder: Encoder, texts: Sequence[str]) -> np.ndarray:
        keys = [(encoder.name, t) for t in texts]
        with self._lock:
            cached = {k: self._rows[k] for k in keys if k in self._rows}
            for k in cached:
                self._rows.move_to_end(k)
        missing = list(dict.fromkeys(k for k in keys if k not in cached))
        if missing:
            fresh = encoder.encode_passages([t for _, t in missing])
            with self._lock:
                for k, row in zip(missing, fresh, strict=True):
                    cached[k] = row
                    self._rows[k] = row
                while len(self._rows) > self.size:
                    self._rows.popitem(last=False)
        return np.stack([cached[k] for k in keys])

    def clear(self) -> None:
        with self._lock:
            self._rows.clear()


_VECTORS = VectorCache()


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
    ga, gb = _bigrams(normalize(a.text)), _bigrams(normalize(b.text))
    if not ga or not gb:
        return False
    return len(ga & gb) / min(len(ga), len(gb)) > limit


def select_claims(units: Sequence[Unit], region_question: bool, config: AnswerConfig) -> list[Claim]:
    """A few non-redundant claims, best first; for region questions one per region (unknown: per document)."""
    if not units:
        return []
    best = units[0]
    ratio = config.region_relative if region_question else config.relative
    floor = max(config.threshold, ratio * best.score)
    claims: list[Claim] = []
    per_passage: dict[str, int] = {}
    regions_taken: set[str] = set()
    unknown_docs: set[str] = set()
    limit = config.max_regions if region_question else config.max_claims
    for unit in units:
        if len(claims) >= limit or unit.score < floor:
            break
        # A claim must share real content with the question, not just sound like it.
        if unit is not best and unit.lexical < 0.5 * best.lexical:
            continue
        if per_passage.get(unit.hit.passage_id, 0) >= config.per_passage:
            continue
        if any(_overlaps(unit, c.unit) or _redundant(unit, c.unit, config.redundancy) for c in claims):
            continue
        region = claim_region(unit.text, unit.hit.document.region)
        if region_question:
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


def write_answer(claims: Sequence[Claim], region_question: bool) -> str:
    """Each claim is its quote, carried over exactly, followed by its citation number."""
    label_each = region_question or len({c.region for c in claims}) > 1
    answer = ""
    for n, claim in enumerate(claims, start=1):
        if answer and not _SENTENCE_FINAL.search(claims[n - 2].unit.text):
            answer += ";"
        prefix = f"{_region_label(claim)}:" if label_each else ""
        answer += f"{prefix}{claim.unit.text}[{n}]"
    # The last quote may end its sentence itself (…两个部份。[1]); otherwise close the answer.
    return answer if claims and _SENTENCE_FINAL.search(claims[-1].unit.text) else answer + "。"


def _order(claims: list[Claim], region_question: bool) -> list[Claim]:
    """Region questions: claims of one region together, regions in order of their best claim."""
    if not region_question:
        return claims
    first: dict[str | None, int] = {}
    for i, claim in enumerate(claims):
        first.setdefault(claim.region, i)
    # A claim whose place is unknown reads best after the named regions.
    return sorted(claims, key=lambda c: (c.region is None, first[c.region], -c.unit.score))


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
    return any(r is not None and _within(r, p) for p in places for r in regions)


def _absent_year(question: str, hits: Sequence[Hit]) -> str | None:
    years = _YEAR.findall(normalize(question))
    if not years:
        return None
    for year in years:
        for hit in hits:
            if year in hit.text or (hit.document.date or "").startswith(year):
                return None
    return str(years[0])


def compose(
    retriever: Retriever, question: str, k: int = 5, config: AnswerConfig = DEFAULT_CONFIG
) -> Composition:
    """Retrieve, score sentences, decide whether the documents answer the question, and pick the claims."""
    question = check_question(question)
    started = time.perf_counter()
    hits = retriever.search(question, k, "hybrid")
    retrieved = time.perf_counter()
    cpu_started = time.process_time()
    region_question = is_region_question(question)
    terms = question_terms(retriever, question, region_question)
    places = regions_in(question)
    units: list[Unit] = []
    reason = ""
    answer = NOT_FOUND
    if not hits:
        reason = "no_passages"
    elif (place := _absent_place(retriever, places, hits)) is not None:
        reason = "place_absent"
        answer = f"文档中没有关于{place}的内容,无法回答该问题。"
    elif (year := _absent_year(question, hits)) is not None:
        reason = "year_absent"
        answer = f"文档中没有关于{year}年的内容,无法回答该问题。"
    else:
        units = candidate_units(retriever, hits, terms, config)
        if places:
            # A question about 綦江区 is not answered by what another place did.
            units = [u for u in units if _about(u, places)]
            if not units:
                reason = "place_unmatched"
                answer = f"文档中没有找到关于{places[0]}的相关内容。"
        if not reason:
            units = score_units(retriever, question, units, region_question, config)
            if not units or units[0].score < config.threshold:
                reason = "low_score"
    best = units[0].score if units else 0.0
    claims: list[Claim] = []
    if not reason:
        claims = _order(select_claims(units, region_question, config), region_question)
        answer = write_answer(claims, region_question)
    finished = time.perf_counter()
    return Composition(
        question=question,
        region_question=region_question,
        answerable=not reason,
        reason=reason,
        best=best,
        claims=tuple(claims),
        answer=answer,
        retrieve_ms=(retrieved - started) * 1000,
        compose_ms=(finished - retrieved) * 1000,
        compose_cpu_ms=(time.process_time() - cpu_started) * 1000,
        units=tuple(units),
    )


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
    """The /ask response for ``question`` over the top ``k`` passages (raises ValueError on bad input)."""
    return to_response(compose(retriever, question, k))


def answer_cli(question: str, k: int, index_dir: Path, as_json: bool) -> int:
    """`citeqa ask`: the answer, then its numbered sources; --json prints the HTTP response body."""
    question = check_question(question)
    response = compose_answer(Retriever(index_dir), question, k)
    if as_json:
        print(response.model_dump_json())
        return 0
    out = [response.answer]
    if response.citations:
        out.append("")
        out.append("来源:")
    for c in response.citations:
        where = c.region or UNKNOWN_REGION
        out.append(f"[{c.n}] {c.title or c.doc_id} · {where} · {c.passage_id} [{c.start}:{c.end}]")
        out.append(f"    {json.dumps(c.quote, ensure_ascii=False)}")
    sys.stdout.write("\n".join(out) + "\n")
    return 0
