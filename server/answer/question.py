"""Question analysis for answers: what the question asks for (its slot), its weighted content words, and the
places and years it names. Built from the retriever's analysed query, never re-tokenising or re-encoding.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from indexer.asked import Slot, asked_slot, asks_fee, asks_yes_no, keyword_query
from indexer.measures import (
    asked_measure,
    asked_noun,
    counted_noun,
    per_unit,
    share_answers,
    unit_asked,
)
from indexer.normalize import normalize, traditional
from indexer.query import check_unicode
from indexer.region import place_spans, places_named
from indexer.retrieve import Query, Retriever
from indexer.rungs import Rungs, asked_rungs
from indexer.segment import BIGRAM_PREFIX, rarity, tokenize
from indexer.text import ASKING_JI, CJK, FRAME_WORDS, QUESTION_WORD, REGION_LIST, REGION_QUESTION
from server.answer import terms as terms_module
from server.answer.brackets import named_brackets, stated_values
from server.answer.forms import attribute_of
from server.answer.terms import (
    Term,
    compounds,
    contractions,
    document_forms,
    place_alone,
    place_words,
    prior_idf,
    term_stats,
)
from server.limits import MAX_QUESTION_CHARS

# A word right after an interrogative names the kind of answer asked for (什么时期, 哪个位置, 多少年).
_ASKING_WORDS = ("什么", "哪一个", "哪个", "哪些", "哪种", "哪类", "哪位", "哪", "何种", "何", "多少", "几")
_ASKING_TAILS = ("样的", "的")
_ASKING = f"(?:{'|'.join(_ASKING_WORDS)})(?:{'|'.join(_ASKING_TAILS)})?"
TYPE_WORD_SHARE = 0.3
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# … not a year of the asker's own past (「普定 2022年 已做过 无障碍改造 能否 再申请」: eval/policy33 y06,
# blind), which no document need name
_OWN_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(?:就|也|都)?(?:已经?|曾经?|(?:做|办|领|享受|装|买|修|申请|申报|参加|交|缴|拿|住|用)过)"
)
# Where the question asks: its first interrogative. The words right before and after it are the anchors an
# answer sentence repeats with the answer in between (效力于[哪个球队] ↔ 现效力于日本四国联赛球队).
_WH = re.compile(rf"为什么|为何|什么|怎么|怎样|如何|哪|谁|多少|{ASKING_JI}|何|啥")
_CONTEXT_BREAK = re.compile(r"[,，。?？!！;；:：、\s]")
# Counters and filler between the interrogative and the noun it asks about (哪[一个]球队, 什么[样的]人).
_COUNTER = re.compile(r"^一?(?:个|位|种|些|类|所|座|家|条|样的|的)?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# A message that asks nothing — a greeting, thanks, an acknowledgement, emoji alone — is answered with what
# citeqa does, never composed from retrieved text (「好的」 had been answered with a sentence that says 好).
_SMALL_TALK = re.compile(
    r"(?:你好|您好|大家好|嗨|哈喽|哈啰|谢谢|多谢|感谢|谢了|辛苦了|辛苦|好的|好滴|好吧|好|行|可以|对|是的|嗯|哦|噢|"
    r"收到|了解|明白|知道|再见|拜拜|早上好|晚上好|下午好|ok|okay|thanks|thank|you|thx|hi|hello|hey|bye|"
    r"你|您|啦|了|呀|啊|哈|哒|的)+",
    re.IGNORECASE,
)
SMALL_TALK_REPLY = (
    "citeqa 回答关于文库中文档的问题，并为答案注明出处。"
    "请直接提问，例如某项政策的补贴标准、申请条件或办理流程。"
)
# A question in no Chinese that the documents do not answer is told what language to ask in.
ASK_IN_CHINESE = "请用中文提问（citeqa answers questions asked in Chinese）。"
# Questions whose answer is a span, not a slot filler: measures, conditions, procedures, ways, effects.
_SPAN = re.compile(
    r"措施|举措|条件|如何|怎么办|怎样|怎么(?!会)|哪些|步骤|流程|程序|手续|办法|方法|途径|要求|作用|意义|特点|"
    r"内容|政策|待遇|保障|支持|优惠|规定|职责|责任|范围|材料|资料|证件"
)
# A date question asking for a day on the calendar (when a measure takes effect, a deadline, a year) is
# answered only by a date, or by the day of an event, which statutes name instead (自公布之日起施行).
# 「合同何时成立」 is answered by a condition (…意思表示一致时成立), 「何时准备供品」 or 「什么时候过于温暖」
# by an occasion or a season (七月半, 夏季), which no date pattern reads: those are never declined for it.
_CALENDAR = re.compile(r"施行|实施|截止|申报|发布|印发|哪一?年|几月|几号|哪一?天|日期")
# Questions whose answer is a list of items (哪些人, 哪几项, 什么材料, 如何申请 → the steps): an enumeration
# that answers one is quoted whole (claims.whole_lists). 如何 alone asks a way, not a list (劳动合同如何认定).
# … and the names of the kinds of list asked for, right after the interrogative (哪些[条件]).
_LIST_NOUN = re.compile(r"条件|材料|资料|证件|证明|附件|步骤|流程|程序|手续|要求|情形|对象")
# What one brings or hands in (要带什么东西, 要带哪些东西, 准备什么) is the materials a guide lists.
_BRINGS = re.compile(r"(?:带|准备|提交|提供)(?:上|好)?(?:什么|哪些)")
_LIST = re.compile(
    r"哪些|哪几|哪类|步骤|流程|程序|手续|材料|条件|资料|证件|(?:如何|怎样|怎么)(?:申请|申报|办理|领取|申领|报名)|"
    + _BRINGS.pattern
)


@dataclass(frozen=True)
class Question:
    """Everything answer composition needs to know about the question, computed once."""

    query: Query  # the retriever's analysis (text, norm, tokens, vector)
    region_question: bool  # asks which regions / places: the answer is grouped by region (SPEC §4)
    listing: bool  # asks for every such region (哪些地区), not one place (哪里): one claim per region
    slot: Slot
    terms: tuple[Term, ...]
    places: tuple[str, ...]  # region paths the question names
    years: tuple[str, ...]
    numbers: frozenset[str]  # numbers the question states itself: never its answer
    # The words just before and just after the interrogative (either may be empty): see answer_anchors.
    anchors: tuple[str, str] = ("", "")
    # What a number question counts in (measures.asked_measure: "money", "area", "counter:个" …).
    measure: str = ""
    # The sum of money a money question asks about (租金, 补贴 …): a sentence stating money answers only when
    # it speaks of it (measures.names_noun).
    measure_noun: str = ""
    fee: bool = False  # a money question about a fee or a charge (asked.asks_fee): 免收 answers it
    counted: str = (
        ""  # what a counter question counts: 事业编制 of 拿出多少个事业编制 (measures.counted_noun)
    )
    # Asks for measures, conditions or procedures (no slot, or a reason): quote whole sentences.
    wants_span: bool = False
    # Asks for a list of items (哪些人, 需要哪些材料, 如何申请): an enumeration answering it is quoted whole.
    wants_list: bool = False
    # A number or date question's rungs (本科 of 博士/硕士/本科): a figure for another rung is no answer.
    rungs: Rungs = ()
    yes_no: bool = False  # asks yes or no (能不能, 是否 …)
    traditional: bool = False  # written in traditional script (normalize.traditional)
    # A date question asking a day on the calendar (…何时起施行): answered only by a sentence stating one.
    calendar: bool = False
    # A number question naming its unit (多少年, 几个月): answered only by a quantity in it.
    unit_asked: bool = False
    # A money question a share of the sum answers (measures.share_answers: 能便宜多少 — 减免30%).
    share: bool = False
    # The values a number question's asker states of themselves (刚满一百岁 → age 100, 建筑面积120平米): a
    # figure stated for a bracket not holding them is no answer (brackets.bracket_fit).
    brackets: tuple[tuple[str, float], ...] = ()
    # … and the brackets it names itself (12千瓦以下的小渔船 → power 0 to 12): a table's row labelled so is
    # the one asked (brackets.row_bracket).
    named_brackets: tuple[tuple[str, float, float], ...] = ()
    # The thing a number question asks the figure of (免赔额是多少 → 赔额, forms.attribute_of): the figure
    # stated right after it answers.
    attribute: str = ""
    # The physical unit a money question asks the price per (天然气多少钱一方 → 立方米): only a sum stated per
    # it answers (a 300元 subsidy per 灶具 does not).
    per_unit: str = ""
    # What a list question asks a list of, when it names it (哪些条件 → 条件, 哪些材料 → 材料): an enumeration
    # answers it only under that name (一、申报条件), not the attachments listed beside it.
    list_noun: str = ""
    # The collection's document regions, read once: a county's short name (宁乡 of 湖南省长沙市宁乡市) names
    # it in a claim as in the question (claim_region.claim_region).
    regions: tuple[str, ...] = ()
    # Asks nothing (你好, 谢谢, 好的): nothing is retrieved, and the reply says what citeqa answers.
    small_talk: bool = False
    # A word and the one character after it that jieba split apart, as the corpus writes them together
    # (消费 券 → 消费券, 人才 码 → 人才码): the specific thing asked, which neither part names alone.
    compounds: tuple[Term, ...] = ()
    # A listing's key terms as its evidence gives them (keyterms.listing_keys, set once the evidence is
    # retrieved: compose.retrieve); None before.
    keys: tuple[Term, ...] | None = None

    @property
    def text(self) -> str:
        return self.query.text

    @property
    def norm(self) -> str:
        return self.query.norm


def asks_nothing(text: str) -> bool:
    """The message is small talk (你好, 谢谢, 好的, ok, 👍): no letter or digit beyond greeting words."""
    letters = "".join(ch for ch in normalize(text) if unicodedata.category(ch)[0] in "LN")
    return not letters or _SMALL_TALK.fullmatch(letters) is not None


def check_question(question: str) -> str:
    """Validate at the boundary; returns the stripped question."""
    if not isinstance(question, str) or not question.strip():
        raise ValueError("the question is empty; ask something such as 哪些地区设立了人才编制周转池?")
    question = question.strip()
    if len(question) > MAX_QUESTION_CHARS:
        raise ValueError(
            f"the question has {len(question)} characters; shorten it to at most {MAX_QUESTION_CHARS}"
        )
    check_unicode(question, "question")
    return question


def is_region_question(question: str) -> bool:
    return REGION_QUESTION.search(normalize(question)) is not None


def wants_span(norm: str, slot: Slot) -> bool:
    """The (normalised) question asks for measures, conditions, procedures or the like, which a whole
    sentence answers (「有哪些支持措施」, 「如何申请」), not for one slot filler (a number, a date …)."""
    return slot in ("", "reason") and _SPAN.search(norm) is not None


def answer_anchors(norm: str) -> tuple[str, str]:
    """The question's words on either side of its interrogative, within its clause:
    「徐晓飞现在效力于哪个球队」 → ("徐晓飞现在效力于", "球队"). An answer sentence tends to repeat one of
    them right next to the answer."""
    match = _WH.search(norm)
    if match is None:
        return "", ""
    left = _CONTEXT_BREAK.split(norm[: match.start()])[-1]
    right = _COUNTER.sub("", _CONTEXT_BREAK.split(norm[match.end() :])[0])
    return left, right


# The interrogatives asking a figure: the thing whose figure is asked stands before the first of them, which
# need not be the question's first interrogative (「沂南粪肥还田补贴怎么申报？施完多长时间内去报？」 asks
# how long after 施完, not a 补贴's figure: eval/policy39 p04, blind)
_FIGURE_WH = re.compile(rf"多少|{ASKING_JI}|多长|多久|多大|多高|多远|多重|多宽|多深")


def _figure_asked_after(norm: str, left: str) -> str:
    """The words before the interrogative asking a figure, within its clause (``left``, the anchors' left
    words, when none asks one)."""
    match = _FIGURE_WH.search(norm)
    return _CONTEXT_BREAK.split(norm[: match.start()])[-1] if match else left


def asking_ends(norm: str) -> frozenset[int]:
    """Every offset of ``norm`` right after an interrogative (with or without its 样的 / 的): a word starting
    at one is what the question asks for — ``re.search(_ASKING + word, norm)`` for every word at once, without
    compiling a pattern per word of every question."""
    ends: set[int] = set()
    for at in range(len(norm)):
        for word in _ASKING_WORDS:
            if norm.startswith(word, at):
                end = at + len(word)
                ends.add(end)
                ends.update(end + len(tail) for tail in _ASKING_TAILS if norm.startswith(tail, end))
    return frozenset(ends)


def _asks_for(token: str, norm: str, ends: frozenset[int]) -> bool:
    return any(norm.startswith(token, end) for end in ends)


def _words(query: Query) -> list[str]:
    """The question's words from the tokens the retriever already computed (bigram tokens left out)."""
    return list(dict.fromkeys(t for t in query.tokens if not t.startswith(BIGRAM_PREFIX)))


def analyse_question(retriever: Retriever, query: Query) -> Question:
    """Weighted content words (idf, so the one rare term outweighs 开展 / 地区), slot, places and years."""
    data = retriever.data  # one read view (on Milvus, one statistics read)
    region_question = REGION_QUESTION.search(query.norm) is not None
    words = _words(query)
    prior = terms_module.IDF_PRIOR  # (eval/idf_prior.py sets it)
    if not data.settings.get("tokenizer", {}).get("words", True):
        # An index of character bigrams only: the question's words as jieba reads them (stopwords and
        # question words apart), each weighed by its rarest bigram in the index — the index alone decides.
        words = list(dict.fromkeys(tokenize(query.norm)))
        prior = 0.0
    top_idf = max((float(data.bm25.idf.max()) if len(data.bm25.idf) else 1.0), 1.0) if prior <= 0 else 0.0
    regions = query.regions if query.regions is not None else retriever.known_regions()
    places = list(query.places) if query.places is not None else places_named(query.text, regions)
    in_places = place_words(words, query.norm, place_spans(query.text, regions), places, regions)
    terms: list[Term] = []
    ends = asking_ends(query.norm)
    for token in words:
        if (region_question and token in FRAME_WORDS) or QUESTION_WORD.match(token):
            continue
        place = in_places.get(token) or place_alone(token)
        idf, df, known = term_stats(data.bm25, token)
        rare = rarity(token)
        if prior > 0:
            # A place the question names is its scope, not its topic: rare in general Chinese, but a
            # collection of regional documents names its places everywhere — the collection alone decides.
            weight = prior_idf(df, data.passages, rare, prior if place is None else 0.0)
        else:  # the index alone: a word it never uses weighs its rarest word's idf
            weight = idf if known else top_idf
        if len(token) == 1 and CJK.search(token):
            # A single character matches inside unrelated words (元 in 亿元, 找 in 寻找): weak evidence.
            weight *= 0.5
        if _asks_for(token, query.norm, ends):
            # 什么时期, 哪个位置: the noun names the kind of answer; the answer does not repeat it.
            weight *= TYPE_WORD_SHARE
        elif not known and rare >= rarity(""):
            # Neither the corpus nor the dictionary knows it: a segmentation fragment (肌有 of 额肌有) is
            # more likely than a word whose absence says the documents do not answer.
            weight *= 0.5
        terms.append(
            Term(
                token,
                weight,
                known,
                place,
                rare,
                contractions(words, token, query.norm, in_places),
                document_forms(token),
            )
        )
    slot = asked_slot(query.norm, region_question)
    measure = asked_measure(query.norm) if slot == "number" else ""
    anchors = answer_anchors(query.norm)
    # (哪几类 / 哪几个站点 ask a number and the items it counts: 分为三类：1.… / 设…8个车站)
    wants_list = _LIST.search(query.norm) is not None and (slot in ("", "person") or "哪几" in query.norm)
    own_years = set(_OWN_YEAR.findall(query.norm))
    return Question(
        query=query,
        small_talk=asks_nothing(query.norm),
        region_question=region_question,
        listing=REGION_LIST.search(query.norm) is not None,
        yes_no=asks_yes_no(query.norm),
        traditional=traditional(query.text),
        slot=slot,
        terms=tuple(terms),
        compounds=compounds(
            [t for t in query.tokens if not t.startswith(BIGRAM_PREFIX)],  # in order, repeats kept
            query.norm,
            data.bm25,
            {t.text for t in terms if t.place is None},
        ),
        places=tuple(places),
        years=tuple(y for y in _YEAR.findall(query.norm) if y not in own_years),
        numbers=frozenset(_NUMBER.findall(query.norm)),
        anchors=anchors,
        measure=measure,
        measure_noun=asked_noun(query.norm, measure),
        counted=counted_noun(query.norm, measure),
        wants_span=wants_span(query.norm, slot),
        wants_list=wants_list,
        rungs=asked_rungs(query.norm) if slot in ("number", "date") else (),
        calendar=slot == "date" and _CALENDAR.search(query.norm) is not None,
        unit_asked=bool(measure) and unit_asked(query.norm, measure),
        per_unit=per_unit(query.norm) if measure == "money" else "",
        share=share_answers(query.norm, measure),
        fee=asks_fee(query.norm, measure),
        brackets=stated_values(query.norm) if slot in ("number", "") else (),
        named_brackets=named_brackets(query.norm) if slot == "number" else (),
        attribute=attribute_of(_figure_asked_after(query.norm, anchors[0])) if slot == "number" else "",
        list_noun=_list_noun(query.norm, anchors[1]) if wants_list else "",
        regions=tuple(regions),
    )


# … maybe after a word of its own (哪些申报材料, 哪些补贴对象)
_NAMED_LIST = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?({_LIST_NOUN.pattern})")
_LAST_LIST_NOUN = re.compile(rf"(?:{_LIST_NOUN.pattern})$")
_LIST_WORDS = frozenset({"清单", "目录", "一览", "明细", "列表", "一览表"})


def _list_noun(norm: str, right: str) -> str:
    """The kind of list a list question names right after its interrogative (需要满足哪些条件 → 条件,
    需要哪些申报材料 → 材料), or a keyword query's last keyword (「博罗 参加境外展会 摊位费补贴 申报材料」
    → 材料: eval/policy26 p06, blind)."""
    found = _NAMED_LIST.match(right)
    if found is not None:
        return found.group(1) if re.search(_ASKING + found.group(0), norm) else ""
    if _BRINGS.search(norm):
        return "材料"
    words = [w for w in norm.split() if re.search(r"[\u4e00-\u9fff]", w)]
    if len(words) > 1 and words[-1] in _LIST_WORDS:  # (「… 卷宗 材料 清单」: the list of 材料)
        words.pop()
    if words and keyword_query(norm) and (last := _LAST_LIST_NOUN.search(words[-1])):
        return last.group(0)
    return ""
