"""What the documents do not say: the rules that decline a question — a place, a year, a measure, a date or a
rung (the asked case of a ladder) no evidence states — and which candidates are supported (the evidence
threshold; a table's rows with their column names). compose.py applies them in order."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from indexer.lines import TABLE_CELL
from indexer.measures import (
    UNIT_MEASURES,
    names_noun,
    names_subsidy,
    states_per_unit,
)
from indexer.normalize import normalize
from indexer.region import places_named, regions_in
from indexer.rerank import ASKS_DRAFT, is_draft
from indexer.rungs import misses_rung, names_ladder, names_other_rung, off_rung
from indexer.searcher import Hit
from server.answer.answer_config import AnswerConfig
from server.answer.claim_region import ORIGIN
from server.answer.forms import asked_per, states_per
from server.answer.keyterms import carries, content_terms, key_terms
from server.answer.question import Question
from server.answer.scoring import term_found
from server.answer.stated import dated, draft
from server.answer.terms import Term
from server.answer.units import RetrievedTexts, Unit


def _related(a: str, b: str) -> bool:
    """One region path lies within the other (山西省 ⊃ 山西省运城市 ⊃ 山西省运城市盐湖区)."""
    return a.startswith(b) or b.startswith(a)


def absent_place(question: Question, hits: Sequence[Hit]) -> str | None:
    """A place the question names that neither the corpus metadata (the collection's regions, read with the
    question) nor the retrieved passages mention."""
    places = question.places
    if not places:
        return None
    known = list(question.regions)
    for hit in hits:
        known.extend(regions_in(hit.text))
    if any(_related(p, k) for p in places for k in known):
        return None
    return places[0]


def about_places(unit: Unit, places: Sequence[str]) -> bool:
    """The claim is about one of the places the question names (by its document or by what it names).

    A document about 运城市 is not evidence about 盐湖区 unless the sentence names it — by its short name
    too: a roundup's 「对招用高校毕业生的企业，慈溪按每人1500元发放…」 is about 慈溪市 (eval/policy16 n01).
    """
    # (where a person comes from is not the place: 来自庄河的王阿姨 …; eval/policy18 u06, blind)
    regions = [unit.hit.document.region, *places_named(ORIGIN.sub("", unit.text), places)]
    return any(r is not None and r.startswith(p) for p in places for r in regions)


def absent_year(years: Sequence[str], hits: Sequence[Hit], texts: RetrievedTexts) -> str | None:
    """The year the question names when no retrieved document names it — in the passage, its date, or
    anywhere in its text (a report's section 「一、2023年工作回顾」 heads the passage stating the figure)."""
    if not years:
        return None
    for year in years:
        for hit in hits:
            if year in hit.text or (hit.document.date or "").startswith(year) or year in (texts(hit) or ""):
                return None
    return str(years[0])


def absent_measure(question: Question, units: Sequence[Unit]) -> bool:
    """The question asks for an amount in units (money, area, length …) that no candidate sentence states
    (``Unit.slot`` is measure-aware: see scoring.fills_slot)."""
    # … or a count of what the question counts (多少个事业编制: 34个服务窗口 is none; scoring.fills_slot)
    if question.slot != "number" or not (
        question.measure in UNIT_MEASURES or question.unit_asked or question.counted
    ):
        return False
    # … or states money only beside something else: 投资2亿元 does not answer 「租金是多少」.
    noun = question.measure_noun
    # the sum may be named by the document's title (青年人才租房补贴实施办法) rather than by the sentence
    return not any(
        u.slot
        and (
            names_noun(named := normalize(u.hit.document.title or "") + u.said, noun)
            or names_subsidy(named, noun)
        )
        and (not question.per_unit or states_per_unit(u.said, question.per_unit))
        for u in units
    )


# The things a figure may be asked per that a document states it per when it does (每吨, 元/亩, 单台): not
# per person, household, month or time, which a document may leave unsaid (每人…补贴 is 补贴…元).
_COUNTED_PER = frozenset(("亩", "吨", "头", "只", "辆", "平方米", "台", "公斤", "斤", "公里"))


def absent_rate(question: Question, units: Sequence[Unit]) -> bool:
    """The question asks a sum of money per a thing counted (「宜阳 买商品有机肥 每吨 补贴 多少」) and no
    candidate sentence states one per it — the 方案's 按购置价格的30%补助 for 有机肥发酵罐 is no sum per 吨
    (eval/policy39 u08, blind)."""
    if question.slot != "number" or question.measure != "money":
        return False
    per = asked_per(question.norm)
    if per not in _COUNTED_PER:
        return False
    return not any(states_per(u.said, per) or f"单{per}" in u.said for u in units)


# Words rarer in general Chinese than about one in 440,000 (``rarity`` 13, -ln of the share): a topic's own
# (养老保险 16.5, 缴费 13.7, 无害化 14.3), not an asker's (今年 8.7, 上班 10.7, 暑假 12.4) nor a
# measure's (补助 12.0)
_SPECIFIC = 13.0
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def measure_elsewhere(
    question: Question,
    supported: Sequence[Unit],
    hits: Sequence[Hit],
    texts: Callable[[Hit], str | None],
) -> bool:
    """What is asked of the named place is another region's measure: two or more of the question's specific
    words (``_SPECIFIC``) stand nowhere in what the supported sentences say of the place — the place's own
    documents (title or text), the sentences of others naming it — while one retrieved passage of another
    region's document says them together in a sentence naming no place asked (a roundup's passage may name
    the place in its next sentence).
    「进贤县退捕渔民交城乡居民养老保险，每人每年有多少缴费补贴？」 had been answered by 进贤's
    一次性就业补贴 — its documents never say 养老保险, 沅江's 办法 does (eval/policy41 u07, blind). Not
    「鼎城区病死猪交去无害化处理，每头补助多少钱？」 (u10): 鼎城's own 读本 says 无害化处理, and one word
    missing is too little to tell another region's measure from an asker's own wording."""
    if not question.places or question.listing or question.region_question:
        return False
    words = [t for t in content_terms(question) if t.rarity >= _SPECIFIC and not t.text.startswith("每")]
    if len(words) < 2:
        return False
    places = question.places
    own: dict[str, str] = {}  # the place's documents, each normalised once
    said: list[str] = []  # what other documents' supported sentences say of it
    for u in supported:
        if any((u.hit.document.region or "").startswith(p) for p in places):
            if u.hit.doc_id not in own:
                own[u.hit.doc_id] = normalize(f"{u.hit.document.title or ''}\n{texts(u.hit) or u.hit.text}")
        else:
            said.append(u.said)
    read = [*own.values(), *said]
    missing = [t for t in words if not any(term_found(t, r) for r in read)]
    if len(missing) < 2:
        return False
    for hit in hits:
        if hit.doc_id in own:
            continue
        for sentence in _SENTENCE_END.split(normalize(hit.text)):
            if sum(term_found(t, sentence) for t in missing) >= 2 and not any(
                n.startswith(p) for n in places_named(sentence, places) for p in places
            ):
                return True
    return False


def absent_date(question: Question, units: Sequence[Unit]) -> bool:
    """The question asks for a calendar date (「…何时起施行?」) that no candidate sentence states."""
    return question.calendar and not any(dated(u) for u in units)


def absent_rung(question: Question, units: Sequence[Unit], hits: Sequence[Hit]) -> bool:
    """「本科毕业生购房补贴多少万元?」 is not answered by the 博士 and 硕士 figures of the evidence when none
    of it names 本科 (one that does may state its figure in the next line's fragment: it is kept whole) — when
    the evidence (``hits``) speaks in that ladder at all: 阶梯水价's 第一级 names no 档, and its silence on
    第一档 says nothing."""
    # (the title may name it for the whole document — 洪山区2024年小学一年级新生入学办事指南's table rows — or
    # the passage for its table: 一、普通高中国家助学金分三档资助，标准如下：)
    if not question.rungs:
        return False
    read: dict[str, str] = {}  # each passage (with its title) normalised once, not once per sentence of it
    for h in hits:
        read.setdefault(h.passage_id, normalize(f"{h.document.title or ''}\n{h.text}"))
    if not any(names_other_rung(question.rungs, text) for text in read.values()):
        return False
    for u in units:
        if u.hit.passage_id not in read:
            read[u.hit.passage_id] = normalize(f"{u.hit.document.title or ''}\n{u.hit.text}")
        if not misses_rung(question.rungs, f"{read[u.hit.passage_id]}\n{u.said}"):
            return False
    return True


def unit_off_rung(question: Question, unit: Unit) -> bool:
    """``unit`` speaks of other rungs than the asked one — itself, or by its document's title (the 报名时间
    row of 洪山区…小学一年级新生入学办事指南 is no answer for 初中). A table row whose first cell names a rung
    is that rung's (二类区域 | 一类区域以外的其他道路泊位 | …40元 is no answer for 一类区域)."""
    label = normalize(unit.text.split(TABLE_CELL)[0]) if TABLE_CELL in unit.text else ""
    if label and names_ladder(question.rungs, label):
        return off_rung(question.rungs, label)
    return off_rung(question.rungs, normalize(unit.hit.document.title or "") + "\n" + unit.said)


def is_supported(unit: Unit, config: AnswerConfig, threshold: float, meaning: float | None) -> bool:
    """Whether ``unit`` makes the question answerable: its support (words and meaning) reaches the threshold,
    or its meaning alone reaches the meaning threshold (a paraphrase sharing few of the question's words)."""
    return config.support(unit) >= threshold or (meaning is not None and unit.dense >= meaning)


def with_rows(units: Sequence[Unit], supported: Sequence[Unit]) -> list[Unit]:
    """``supported`` and the rows of each table whose column names are among them: a row says what it says
    under its column names (文物保护级别 | 补助比例（%） | 单处最高补助（万元） over 市级文物保护单位 |
    60 | 50), and its own cells share few of the question's words — the column names answer for the rows."""
    headers = {(u.hit.doc_id, normalize(u.text)) for u in supported if TABLE_CELL in u.text}
    if not headers:
        return list(supported)
    held = {id(u) for u in supported}
    return [
        u
        for u in units
        if id(u) in held or (TABLE_CELL in u.text and (u.hit.doc_id, _column_names(u.said)) in headers)
    ]


def _column_names(said: str) -> str:
    """The line of column names a table row is read under: the line above the row's own, which may itself
    stand under the sentence introducing the table (…按司龄确定: / 司龄 | 年休假(天) / 满5年不满10年 | 12).
    """
    return said.rpartition("\n")[0].rpartition("\n")[2]


def draft_only(
    question: Question,
    supported: Sequence[Unit],
    config: AnswerConfig,
    hits: Sequence[Hit],
    texts: Callable[[Hit], str | None],
) -> bool:
    """What the question asks is stated only by a draft for comment that the policy as issued superseded:
    its specific terms (keyterms.key_terms) are carried by a supported sentence of the draft and by none of
    the issued text's (nor its title) — 南靖's 征求意见稿 proposed 购买首套商品住房…补贴, the 措施 issued
    dropped it, and 「…买了套首套商品房，县里能给多少购房补贴？」 had been answered by the 措施's 创业补贴
    (eval/policy35 u09, blind; policy34, policy33 and policy31 u09 alike). Not a question about the draft
    itself (征求意见稿里…)."""
    if question.listing or ASKS_DRAFT.search(question.norm):
        return False
    drafted = [u for u in supported if draft(u)]
    issued = [u for u in supported if not draft(u)]
    if not drafted:
        return False
    keys = key_terms(question, config.key_term_margin)
    # (an issued text whose title carries them is about what is asked: 「凌源 婚俗改革实验区 实施方案 施行
    # 日期」 is answered by the 实施方案's 本方案自2026年3月1日起施行, though its draft names the 实验区 in
    # a sentence — eval/policy36 t02, blind)
    if (
        issued
        and keys
        and any(carries(normalize(u.text), keys) for u in drafted)
        and not any(carries(normalize(f"{u.hit.document.title or ''}\n{u.text}"), keys) for u in issued)
    ):
        return True
    # (… or an issued document the search found says nothing that answers: 铁力's 办法 has no 蜂箱 article)
    return bool(dropped_terms(question, drafted, issued, hits, texts))


def dropped_terms(
    question: Question,
    drafted: Sequence[Unit],
    issued: Sequence[Unit],
    hits: Sequence[Hit],
    texts: Callable[[Hit], str | None],
) -> list[Term]:
    """The question's words a supported sentence of the draft says, better than any issued sentence answers
    the question, and no issued document of the evidence (``hits``) says anywhere (title or text): what the
    issued policy dropped. The rarest words of the question may be what both say (举报, 每起 of 「…卖笑气，
    我举报了…每起能奖1000块」); the word the issued 办法 lacks is the one asked (policy38 u08's 蜂箱,
    policy31 u09's 工商户, policy39 u06's 装备: eval, blind)."""
    # (not the rate asked, 每年 or 每月: an issued table writes 年补贴 — eval/policy3 c01)
    words = [t for t in content_terms(question) if not t.text.startswith("每")]
    read: dict[str, str] = {}  # each issued document normalised once
    for h in hits:
        if h.doc_id not in read and not is_draft(h.document.title or ""):
            read[h.doc_id] = normalize(f"{h.document.title or ''}\n{texts(h) or h.text}")
    if not read:  # no issued document found: the draft is all there is to go by
        return []
    # (only a draft's sentence that answers better than any issued one: 「铁力 野猪 损毁 玉米 每亩 补偿」 is
    # answered by the 办法's 玉米800元, though 损毁 is the dropped 蜂箱 article's word)
    best = max((u.score for u in issued), default=0.0)
    said = {t.text for u in drafted if u.score > best for t in words if term_found(t, normalize(u.text))}
    return [t for t in words if t.text in said and not any(term_found(t, r) for r in read.values())]
