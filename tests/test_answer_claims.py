"""Claims read with their neighbours (a pronoun's antecedent, the sentence after a short one), support that
counts the words of the claim's passage, and every widened quote still a verbatim slice."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.build import index_records
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from server.answer import DEFAULT_CONFIG, Claim, Unit
from server.answer.claims import with_context
from server.answer.scoring import support
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
    assert quotes(with_context(retriever, [claim], DEFAULT_CONFIG), text) == [
        "河狸是一种啮齿动物。牠们在建造水坝的时候大幅改变了生态系统。"
    ]


def test_a_lone_short_claim_reads_on_unless_it_fills_the_slot(retriever: Retriever) -> None:
    claim, text = claim_of(retriever, "河狸是一种啮齿动物。")
    assert quotes(with_context(retriever, [claim], DEFAULT_CONFIG), text) == [
        "河狸是一种啮齿动物。牠们在建造水坝的时候大幅改变了生态系统。"
    ]
    filled, _ = claim_of(retriever, "河狸是一种啮齿动物。", slot=1.0)
    assert quotes(with_context(retriever, [filled], DEFAULT_CONFIG), text) == ["河狸是一种啮齿动物。"]
    # never past max_quote: the claim stays as it was
    narrow = replace(DEFAULT_CONFIG, max_quote=20)
    assert quotes(with_context(retriever, [claim], narrow), text) == ["河狸是一种啮齿动物。"]


def test_a_widened_claim_absorbs_the_claim_it_reached(retriever: Retriever) -> None:
    first, text = claim_of(retriever, "牠们在建造水坝的时候大幅改变了生态系统。", slot=1.0)
    second, _ = claim_of(retriever, "河狸是一种啮齿动物。", slot=1.0)
    assert quotes(with_context(retriever, [first, second], DEFAULT_CONFIG), text) == [
        "河狸是一种啮齿动物。牠们在建造水坝的时候大幅改变了生态系统。"
    ]


def test_support_counts_the_passage_words_at_a_discount(retriever: Retriever) -> None:
    claim, _ = claim_of(retriever, "牠们在建造水坝的时候大幅改变了生态系统。")
    unit = replace(claim.unit, lexical=0.2, context=1.0, dense=0.5)
    assert support(unit, 0.6, 0.4) == pytest.approx(0.6 * 0.2 + 0.4 * 0.5)  # the unit's own words only
    assert DEFAULT_CONFIG.support(unit) == pytest.approx(0.6 * 0.8 + 0.4 * 0.5)
    assert DEFAULT_CONFIG.support(replace(unit, lexical=0.9)) == pytest.approx(0.6 * 0.9 + 0.4 * 0.5)
