"""Claims: from scored candidates to the answer text — which candidates answer
(non-redundant, one per region for "which regions" questions, within a length budget), a lone short claim
read on into its next sentence, and the answer written as verbatim quotes each followed by its citation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from indexer.normalize import normalize
from indexer.region import path_rank, regions_in
from server.answer.answer_config import AnswerConfig
from server.answer.claim_region import ELSEWHERE, NOT_YET, TESTIMONY, VISIT, not_yet_region, unit_region
from server.answer.keyterms import carries, content_terms, key_terms, listing_keys, with_aliases
from server.answer.question import Question
from server.answer.ranking import Ranker
from server.answer.scoring import bigram_set, term_at
from server.answer.siblings import siblings
from server.answer.terms import Term
from server.answer.units import RetrievedTexts, Unit, strip_span, trim_sentence

UNKNOWN_REGION = "未注明地区"
_MARKERS = re.compile(r"\[\d+\]")
_BREAKS = "、,，;；:："
# A document's own bracketed number (a footnote: …生活补贴[2]，) would read as a citation in the answer,
# with no citation of that number (a probe); the answer writes it in full-width brackets (U+FF3B, U+FF3D),
# the quote keeps it as written.
_FOOTNOTE = re.compile(r"\[(\d+)\]")
_SENTENCE_FINAL = re.compile(r"[。！？!?…][”’」』\"')）]*$")


@dataclass(frozen=True)
class Claim:
    unit: Unit
    region: str | None


def _carried(unit: Unit, terms: Sequence[Term]) -> bool:
    """The unit, or its document's title, carries one of ``terms``: every sentence of 《渝北区职称评审绿色通道
    实施办法》 is about the 绿色通道 it may not name again; a place's part saying it did the same (也) carries
    what the part before it says (units.by_place)."""
    return carries(normalize(f"{unit.hit.document.title or ''}\n{unit.same_as}\n{unit.text}"), terms)


def _without_strays(
    units: Sequence[Unit], question: Question, keys: Sequence[Term], config: AnswerConfig
) -> list[Unit]:
    """Leave out a unit that reports another region than its document's own and carries the question's term
    only through the title, when other regions' sentences of the document that carry it themselves are far
    closer to the question. A roundup headlined 「垃圾分类有奖有罚 老旧电梯“体检”有补助」 reports 攸县's
    垃圾分类 罚款 beside 无棣县's 电梯 评估: the headline is not what each of its regions' sentences is
    about (eval/policy20 r01, r03, r08, r10, policy21 r07, r10, r11, blind). A sentence saying the term in
    other words keeps its place while it shares ``stray_share`` of the words the carrying ones share (香洲区's
    区级补贴 for 家电, 0.51 beside 武进区's 0.81 in a 以旧换新 roundup) or means nearly what they mean
    (``stray_meaning`` of their similarity to the question: 历下区's 交售旧车换购新车 for 以旧换新, 七星区's
    租金减半 for 减免); 张店区's 上门回收 (policy8 r01) and 禅城区's 长护险 (policy9 r02) are lost with the
    strays."""
    # each unit's region, when it reports one other than its document's, and whether it says the term itself
    # (other regions' sentences only: a roundup's lead, 多地推出…以旧换新, and an article's own subject,
    # 德龙烟铁路是山东省境内…, repeat the question's words — cmrc2018 DEV_17_QUERY_1)
    reported = [unit_region(u, question.regions) not in (None, u.hit.document.region) for u in units]
    own = [carries(normalize(u.text), keys) for u in units]
    words: dict[str, float] = {}
    meaning: dict[str, float] = {}
    for u, other, says in zip(units, reported, own, strict=True):
        if other and says:
            doc = u.hit.doc_id
            words[doc] = max(words.get(doc, 0.0), u.lexical)
            meaning[doc] = max(meaning.get(doc, 0.0), u.dense)

    def stray(u: Unit, other: bool, says: bool) -> bool:
        doc = u.hit.doc_id
        if not other or says or doc not in words:
            return False
        return u.lexical < config.stray_share * words[doc] and u.dense < config.stray_meaning * meaning[doc]

    return [u for u, other, says in zip(units, reported, own, strict=True) if not stray(u, other, says)]


# ---------- selection ----------
def overlaps(a: Unit, b: Unit) -> bool:
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
    # the threshold); every further claim must reach the (stricter) claim threshold itself.
    # (A region question's further regions need only come near the best candidate's support when that is
    # under the threshold: a chat user's long question — 我打算从外地回老家开个小店… — dilutes every
    # sentence's share of its words alike, eval/policy20 r02.)
    floor = threshold
    if listing and units:
        floor = min(threshold, config.region_floor * max(config.support(u) for u in units))
    units = [u for i, u in enumerate(units) if i == 0 or config.support(u) >= floor]
    # (… each carried too by another name the question gives it, where the evidence writes one in brackets
    # after the other: keyterms.with_aliases)
    # (read with the evidence: compose.retrieve; else from the candidates' passages)
    read = {normalize(u.hit.text) for u in units} if listing else set()
    keys = () if not listing else question.keys
    if keys is None:
        keys = listing_keys(question, config.key_term_margin, read)
    tried: set[str] = set()
    while keys and not any(_carried(u, keys) for u in units):
        # keys no candidate carries (外贸企业, where the roundup says 企业投保出口信用保险) select
        # nothing: the next rarest words are the keys, so that 龙门县's 摊位费补贴 is not listed for
        # 出口信用保险 (eval/policy26 r07, blind)
        tried.update(k.text for k in keys)
        keys = with_aliases(key_terms(question, config.key_term_margin, tried), question.norm, read)
    sibling: set[int] = set()
    if listing:
        # a region the evidence says has not (yet) done it is no answer to which regions do, whatever else is
        # said of it: 但武进区暂未出台区级购车补贴, 该区正在研究人才编制周转池的可行性 — unless what it has
        # not done is something else the sentence names beside what is asked (not_yet_region)
        about = (lambda text: carries(normalize(text), keys)) if keys else None
        lags = {id(u): not_yet_region(u, about) for u in units}  # (read once per candidate)
        lagging = {r for r in lags.values() if r is not None}
        units = [
            u
            for u in units
            if not TESTIMONY.search(u.whole or u.text)
            and not VISIT.search(u.text)
            and not ELSEWHERE.search(u.text)
        ]
        # (a roundup's sentences of sibling measures are told apart among all its sentences saying what a
        # region did or has not done yet — not among those naming one in passing)
        if config.sibling_share > 0:
            sibling = siblings(units, question, content_terms(question), config.sibling_share)
        units = [
            u
            for u in units
            if (not NOT_YET.search(u.text) or lags[id(u)] is None)
            and (not lagging or unit_region(u, question.regions) not in lagging)
        ]
    if keys and any(carried := [_carried(u, keys) for u in units]):
        # (… or one sharing nearly all the words the best sentence carrying them shares: the key may be the
        # question's example of what it asks — 「保山 举报 种植罂粟 毒品原植物 奖励」 and 保山隆阳区也已对举报
        # 种植毒品原植物的群众给予奖励: eval/policy37 r02, blind)
        near = config.key_free_share * max(u.lexical for u, c in zip(units, carried, strict=True) if c)
        units = [u for u, c in zip(units, carried, strict=True) if c or (listing and u.lexical >= near)]
        units = _without_strays(units, question, keys, config)
    if sibling:
        units = [u for u in units if id(u) not in sibling]
    if not units:
        return []
    best = units[0]
    ratio = config.region_relative if listing else config.relative
    claims: list[Claim] = []
    per_passage: dict[tuple[str, str | None], int] = {}
    used = 0
    regions_taken: set[str] = set()
    unknown_docs: set[str] = set()
    limit = config.max_regions if listing else config.max_claims

    weight = sum(k.weight for k in keys)  # (0 when there are no keys, or only words of no weight)

    def covered(unit: Unit) -> float | None:
        """The share of the key terms' weight a roundup's sentence reporting another region than its
        document's carries itself (None for any other unit)."""
        region = unit_region(unit, question.regions)
        if not weight or region in (None, unit.hit.document.region):
            return None
        norm = normalize(f"{unit.same_as}\n{unit.text}")  # (what it says it did the same as is its own)
        return sum(k.weight for k in keys if carries(norm, (k,))) / weight

    cover = {id(u): covered(u) for u in units} if listing else {}
    # (what the sentences reporting regions that carry the keys mean: a roundup's lead is no peer of theirs)
    peers = [u.dense for u in units if (c := cover.get(id(u))) is not None and c >= config.key_share]
    meant = max(peers, default=0.0)

    def stray(unit: Unit) -> bool:
        """A roundup's sentence reporting a region that carries less than ``key_share`` of the key terms'
        weight and means less than ``key_meaning`` of what the best such sentence carrying them means: it is
        the region's claim by its own words only, the passage around it sharing the question's words with
        every region it reports (赤峰巴林左旗也已为注册志愿者统一购买意外伤害保险 — 志愿者 of 星级, 志愿者 and
        公交 — in a passage of 敖汉旗's 免费乘坐公交车, for 「…给星级志愿者免费坐公交？」: eval/policy36 r07,
        r08, policy35 r05, r06, blind). 华容区房票奖励为… carries 房票 of 城中村 and 房票 (policy17 r06);
        七星区's 租金减半收取 means 减免了…租金 (policy11 r04)."""
        share = cover.get(id(unit))
        return share is not None and share < config.key_share and unit.dense < config.key_meaning * meant

    def shared(unit: Unit) -> float:
        if not listing:
            return unit.lexical
        if stray(unit):
            return unit.lexical
        return max(unit.lexical, config.context_weight * unit.context)

    for unit in units:
        if len(claims) >= limit:
            break
        if ranker.relative(unit.score, best.score) < ratio:
            continue
        # A claim must share real content with the question, not just sound like it — for a region question,
        # in its passage and title too (渝北区's 绿色通道 办法 names 绿色通道 in its title only).
        if unit is not best and shared(unit) < 0.5 * shared(best):
            continue
        region = unit_region(unit, question.regions)
        # (a roundup's passage holds several regions' paragraphs: a listing takes each of its regions)
        slot = (unit.hit.passage_id, region if listing else None)
        if per_passage.get(slot, 0) >= config.per_passage:
            continue
        # Two regions saying the same (人才住房补贴包括租房补贴…) are two answers to a region question.
        if any(
            overlaps(unit, c.unit) or (not listing and _redundant(unit, c.unit, config.redundancy))
            for c in claims
        ):
            continue
        if claims and not listing and used + len(unit.text) > config.answer_budget:
            continue
        if listing:
            if region is None:
                if unit.hit.doc_id in unknown_docs:
                    continue
                unknown_docs.add(unit.hit.doc_id)
            elif region in regions_taken:
                continue
            else:
                regions_taken.add(region)
        per_passage[slot] = per_passage.get(slot, 0) + 1
        used += len(unit.text)
        claims.append(Claim(unit, region))
    if listing:
        # A roundup's own sentence (多地加大…支持力度) names no region while its other sentences name the
        # regions it reports (two or more): those are its answers; the sentence is no region of its own
        # (未注明地区). An article naming one place beside its answer (勉语: 海南) keeps both.
        # (an article reposted by other sites is one article: its copies' titles open alike, with the sites'
        # subtitles after a space)
        placed = Counter(_article(c) for c in claims if c.region is not None)
        claims = [c for c in claims if c.region is not None or placed[_article(c)] < 2]

        # … and a sentence saying "many places" (多地相继启动…, 各地正加快…) is no region, nor its
        # article's, beside the regions named
        # (read in the whole sentence: trimmed to 「鼓励群众举报重大事故隐患、把微型消防站建到村（社区）…」
        # the lead of 「……多地多措并举筑牢安全防线。」 had stood as its roundup's region's claim,
        # eval/policy22 r07, blind)
        def many(c: Claim) -> bool:
            # (… or a sentence of no region in an article headlined so: 「考证拿补贴、灵活就业缴社保有补助……」
            # under 「…多地技能和灵活就业政策“红包”上新」, eval/policy20 r07)
            sentence = c.unit.whole or c.unit.text
            said = sentence if c.region is not None else f"{c.unit.hit.document.title or ''}\n{sentence}"
            return _MANY_PLACES.search(said) is not None and not regions_in(sentence)

        if any(c.region is not None and not many(c) for c in claims):
            claims = [c for c in claims if not many(c)]

        # … and in an article about a city whose other claims are its counties' (a roundup of 盐城市's 亭湖区
        # and 东台市), a sentence naming no place within the city is the article's own voice — its lead
        # (积分落户、放宽投靠……), an anecdote (…到柳州女儿家过年) — not the city's measure (eval/policy18 r02,
        # r05); so in an article labelled by a city or province its counties are most of (晋中市 for a
        # roundup of 灵石县, 寿阳县 … beside 江门's 开平市) whose other claims are counties elsewhere, and a
        # sentence naming no place at all (its lead, 「鼓励群众举报…、把微型消防站建到村（社区）……」:
        # eval/policy22 r07, r08, blind)
        reported = {(_article(c), c.region) for c in claims if c.region is not None}

        def voice(c: Claim) -> bool:
            region = c.region
            others = [r for a, r in reported if a == _article(c) and r != region]
            if region is not None and c.unit.hit.document.region is None and others:
                # (in an article of no region, a sentence naming only provinces or cities, whose counties its
                # passage names, is its lead: 「在贵州的侗寨和河北的剪纸之乡…」, eval/policy27 r05;
                # 「今年以来，河南驻马店、黑龙江牡丹江一些县市…」, policy30 r01)
                leads = set(regions_in(c.unit.whole or c.unit.text))
                counties = [r for r in regions_in(c.unit.hit.text) if path_rank(r) == 2]
                above = bool(leads) and all(path_rank(p) < 2 for p in leads)
                return above and all(any(r.startswith(p) for r in counties) for p in leads)
            if region is None or region != c.unit.hit.document.region:
                return False
            if any(r.startswith(region) for r in others):
                return True
            # (… or naming only places above the article's: 「在贵州的侗寨和河北的剪纸之乡，…」 in a roundup
            # labelled 张家口市: eval/policy27 r05, blind)
            rank = path_rank(region)
            named = regions_in(c.unit.whole or c.unit.text)
            return bool(others) and rank < 2 and all(path_rank(p) < rank for p in named)

        claims = [c for c in claims if not voice(c)]
        if question.places:
            # … and of places within those the question names (驻马店哪些县…), a place outside them (a
            # roundup's 江西宜春、云南楚雄一些县… is 楚雄's) or a named place itself beside places within it
            # (its lead, 河南驻马店、黑龙江牡丹江一些县市…) is no answer (eval/policy31 r02, policy30 r01)
            places = question.places

            def within(region: str) -> bool:
                return any(region.startswith(p) and region != p for p in places)

            # (… when some claim is within them: 「跨省公交 通上海 已开通 县市」 names where the buses go, not
            # where the answers lie — policy24 r06)
            if any(c.region is not None and within(c.region) for c in claims):
                claims = [c for c in claims if c.region is None or within(c.region)]
    return claims


_MANY_PLACES = re.compile(r"多地|各地|多个(?:地区|城市|省份)|不少地方|多个省市|全国各地|多省|多市")


def _article(claim: Claim) -> str:
    title = (claim.unit.hit.document.title or "").split()
    return title[0] if title else claim.unit.hit.doc_id


def written_length(claims: Sequence[Claim], listing: bool) -> int:
    return len(_MARKERS.sub("", write_answer(claims, listing)))


def _compacted(claim: Claim, text: str, room: int, question: Question, config: AnswerConfig) -> Claim:
    """The claim cut to at most ``room`` characters, still one verbatim slice: the clauses carrying the
    question's words (and the one filling its slot), else the characters around its first specific term."""
    unit = claim.unit
    if len(unit.text) <= room:
        return claim
    tight = replace(config, long_sentence=room, long_answer=room, max_quote=room, min_quote=0)
    s, e = trim_sentence(text, unit.start, unit.end, question.terms, tight, question)
    if e - s > room:
        norm = normalize(text[s:e])
        keys = key_terms(question, config.key_term_margin) or question.terms
        found = [at for at, _ in (term_at(t, norm) for t in keys) if at >= 0]
        # normalize keeps lengths for CJK text; where it did not, the slice starts at the clause
        at = s + (min(found) if found and len(norm) == e - s else 0)
        start = max(s, min(at - room // 4, e - room))
        # never open mid-phrase (the *亿元 of 投资*.*亿元): start after the next list or clause mark before
        # the term, when there is one
        if start > s and text[start - 1] not in _BREAKS:
            mark = next((i for i in range(start, at) if text[i] in _BREAKS), None)
            start = mark + 1 if mark is not None else start
        s, e = strip_span(text, start, min(e, start + room))
    return replace(claim, unit=replace(unit, start=s, end=e, text=text[s:e]))


def fit_budget(
    texts: RetrievedTexts, claims: list[Claim], question: Question, config: AnswerConfig
) -> list[Claim]:
    """Claims whose written answer (markers removed) fits ``config.max_answer``.

    The first claim holds the answer and stays whole; later ones are dropped from the end. A region listing
    keeps every region instead, each quote cut to an equal share of the room left by the labels.
    """
    listing, limit = question.listing, config.max_answer
    if written_length(claims, listing) <= limit:
        return claims
    if not listing:
        kept = list(claims)
        while len(kept) > 1 and written_length(kept, listing) > limit:
            kept.pop()
        return kept
    spare = limit - written_length([replace(c, unit=replace(c.unit, text="")) for c in claims], listing)
    room = max(config.min_compact, spare // len(claims))
    out = []
    for claim in claims:
        text = texts(claim.unit.hit)
        out.append(claim if text is None else _compacted(claim, text, room, question, config))
    # Too many regions for even the shortest quotes: the ones with the weakest evidence go.
    while len(out) > 1 and written_length(out, listing) > limit:
        out.remove(min(out, key=lambda c: c.unit.score))
    return out


def _region_label(claim: Claim) -> str:
    if claim.region is not None:
        return claim.region
    title = claim.unit.hit.document.title
    return f"{UNKNOWN_REGION}(《{title}》)" if title else UNKNOWN_REGION


def write_answer(claims: Sequence[Claim], listing: bool) -> str:
    """Each claim is its quote, carried over exactly, followed by its citation number; labelled with its
    region when the question lists regions or the claims come from several — once for a region's claims in a
    row (two documents' claims of 修水县 had each been labelled, the region read as listed twice:
    eval/policy22 r12, blind)."""
    label_each = listing or len({c.region for c in claims}) > 1
    answer = ""
    for n, claim in enumerate(claims, start=1):
        if answer and not _SENTENCE_FINAL.search(claims[n - 2].unit.text):
            answer += ";"
        same = n > 1 and claims[n - 2].region == claim.region and claim.region is not None
        prefix = f"{_region_label(claim)}:" if label_each and not same else ""
        words = _FOOTNOTE.sub("\uff3b\\1\uff3d", claim.unit.text)
        answer += f"{prefix}{words}[{n}]"
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
