"""Claims read with their neighbours (a pronoun's antecedent, the sentence after a short one), support that
counts the words of the claim's passage, and every widened quote still a verbatim slice."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from indexer.build import index_records
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from server.answer import DEFAULT_CONFIG, Claim, Unit, analyse, write_answer
from server.answer.claims import fit_budget
from server.answer.ranking import support
from server.answer.units import RetrievedTexts
from server.answer.widen import _PRONOUN, with_context
from tests.conftest import KeywordEncoder

TEXT = "河狸是一种啮齿动物。牠们在建造水坝的时候大幅改变了生态系统。河狸主要在夜间活动。"
RECORDS = [("beaver", "河狸", TEXT)]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("claims") / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


def claim_of(retriever: Retriever, sentence: str, slot: float = 0.0) -> tuple[Claim, str]:
    hit = retriever.search("河狸建造水坝", 1)[0]
    found = retriever.document(hit.doc_id)
    assert found is not None
    text = found[1]
    start = text.index(sentence)
    unit = Unit(0, hit, start, start + len(sentence), sentence, slot=slot)
    return Claim(unit, None), text


def quotes(claims: list[Claim], text: str) -> list[str]:
    for c in claims:  # every quote is the document's text at its offsets
        assert c.unit.text == text[c.unit.start : c.unit.end]
    return [c.unit.text for c in claims]


def test_a_claim_opening_with_a_pronoun_takes_in_the_sentence_before(retriever: Retriever) -> None:
    # slot filled: only the pronoun rule applies
    claim, text = claim_of(retriever, "牠们在建造水坝的时候大幅改变了生态系统。", slot=1.0)
    assert quotes(with_context(RetrievedTexts(retriever), [claim], DEFAULT_CONFIG), text) == [
        "河狸是一种啮齿动物。牠们在建造水坝的时候大幅改变了生态系统。"
    ]


def test_a_claim_opening_with_a_time_named_before_takes_in_that_sentence() -> None:
    # eval/orgdocs d03 (written blind): 「…哪天停水，停到几点？」 was answered with 届时…9:00—17:00停水
    # alone, the day 届时 stands for (3月26日) in the sentence before
    assert _PRONOUN.match("届时1—6号楼将于当日9:00—17:00停水") is not None
    assert _PRONOUN.match("屆時各樓暫停供水") is not None
    assert _PRONOUN.match("此时应关闭阀门") is not None
    assert _PRONOUN.match("时间为3月26日") is None


def test_a_widened_claim_takes_the_place_of_the_earlier_claim_it_holds(retriever: Retriever) -> None:
    # drcd dev_2527-14-5: 此时…募兵制… read with the sentence before, the first claim, was dropped as
    # overlapping it, and the answer lost 募兵制
    first, text = claim_of(retriever, "河狸是一种啮齿动物。", slot=1.0)
    second, _ = claim_of(retriever, "牠们在建造水坝的时候大幅改变了生态系统。", slot=1.0)
    assert quotes(with_context(RetrievedTexts(retriever), [first, second], DEFAULT_CONFIG), text) == [
        "河狸是一种啮齿动物。牠们在建造水坝的时候大幅改变了生态系统。"
    ]


def test_a_lone_short_claim_reads_on_unless_it_fills_the_slot(retriever: Retriever) -> None:
    claim, text = claim_of(retriever, "河狸是一种啮齿动物。")
    assert quotes(with_context(RetrievedTexts(retriever), [claim], DEFAULT_CONFIG), text) == [
        "河狸是一种啮齿动物。牠们在建造水坝的时候大幅改变了生态系统。"
    ]
    filled, _ = claim_of(retriever, "河狸是一种啮齿动物。", slot=1.0)
    texts = RetrievedTexts(retriever)
    assert quotes(with_context(texts, [filled], DEFAULT_CONFIG), text) == ["河狸是一种啮齿动物。"]
    # never past max_quote: the claim stays as it was
    narrow = replace(DEFAULT_CONFIG, max_quote=20)
    assert quotes(with_context(RetrievedTexts(retriever), [claim], narrow), text) == ["河狸是一种啮齿动物。"]


def test_a_widened_claim_absorbs_the_claim_it_reached(retriever: Retriever) -> None:
    first, text = claim_of(retriever, "牠们在建造水坝的时候大幅改变了生态系统。", slot=1.0)
    second, _ = claim_of(retriever, "河狸是一种啮齿动物。", slot=1.0)
    assert quotes(with_context(RetrievedTexts(retriever), [first, second], DEFAULT_CONFIG), text) == [
        "河狸是一种啮齿动物。牠们在建造水坝的时候大幅改变了生态系统。"
    ]


def test_support_counts_the_passage_words_at_a_discount(retriever: Retriever) -> None:
    claim, _ = claim_of(retriever, "牠们在建造水坝的时候大幅改变了生态系统。")
    unit = replace(claim.unit, lexical=0.2, context=1.0, dense=0.5)
    assert support(unit, 0.6, 0.4) == pytest.approx(0.6 * 0.2 + 0.4 * 0.5)  # the unit's own words only
    assert DEFAULT_CONFIG.support(unit) == pytest.approx(0.6 * 0.8 + 0.4 * 0.5)
    assert DEFAULT_CONFIG.support(replace(unit, lexical=0.9)) == pytest.approx(0.6 * 0.9 + 0.4 * 0.5)


# Eight regions, each with a long sentence naming 人才驿站: listed whole they would run past 250 characters.
COUNTIES = ("甲县", "乙县", "丙县", "丁县", "戊县", "己县", "庚县", "辛县")
STATION = (
    "在全县范围内统筹推进人才工作,按照高标准建设要求建立了人才驿站,"
    "为来县工作的各类高层次人才提供短期住宿、政策咨询和创业指导等一站式服务。"
)


@pytest.fixture(scope="module")
def stations(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("stations") / "idx"
    records = [(f"county{i}", county, county + STATION) for i, county in enumerate(COUNTIES)]
    index_records(records, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


def station_claims(retriever: Retriever, n: int) -> list[Claim]:
    out = []
    for i, county in enumerate(COUNTIES[:n]):
        hit = next(h for h in retriever.search("人才驿站", 8) if h.doc_id == f"county{i}")
        text = county + STATION
        out.append(Claim(Unit(0, hit, 0, len(text) - 1, text[:-1], score=-i), county))
    return out


def written(claims: list[Claim], listing: bool) -> str:
    return re.sub(r"\[\d+\]", "", write_answer(claims, listing))


def test_a_region_listing_over_budget_keeps_every_region_compact(stations: Retriever) -> None:
    question = analyse(stations, "哪些县建立了人才驿站?")
    claims = station_claims(stations, 8)
    assert len(written(claims, True)) > 250
    fitted = fit_budget(RetrievedTexts(stations), claims, question, DEFAULT_CONFIG)
    answer = written(fitted, True)
    assert len(answer) <= 250
    assert [c.region for c in fitted] == list(COUNTIES)  # every region kept, in order
    for c in fitted:  # each quote still a verbatim slice of its document, and carries the specific term
        text = stations.document(c.unit.hit.doc_id)[1]  # type: ignore[index]
        assert c.unit.text == text[c.unit.start : c.unit.end]
        assert "人才驿站" in c.unit.text
        assert c.unit.start == 0 or text[c.unit.start - 1] in "、,，;；:：。"  # never opens mid-phrase
    # under budget nothing changes
    two = station_claims(stations, 2)
    assert fit_budget(RetrievedTexts(stations), two, question, DEFAULT_CONFIG) == two


def test_an_answer_over_budget_drops_later_claims(stations: Retriever) -> None:
    question = analyse(stations, "甲县为高层次人才提供什么服务?")
    claims = station_claims(stations, 4)
    assert len(written(claims, False)) > 250
    # later claims go, from the end, until the answer fits; the best claim holds the answer and stays whole
    texts = RetrievedTexts(stations)
    assert fit_budget(texts, claims, question, DEFAULT_CONFIG) == claims[:3]
    assert fit_budget(texts, claims, question, replace(DEFAULT_CONFIG, max_answer=50)) == claims[:1]
    assert fit_budget(texts, claims, question, replace(DEFAULT_CONFIG, max_answer=400)) == claims
