"""A city's short name that is a plain word too (宜春, 长治, 三明: region._COMMON_WORDS) and a county's short
name that is its prefecture's (楚雄 of 楚雄市 and of 楚雄州), as eval/policy31's roundups and questions
(written blind) use them."""

from __future__ import annotations

from indexer.docregion import detect_region
from indexer.load import read_document
from indexer.region import city_short, place_spans, places_named, regions_in
from indexer.settings import PROJECT_ROOT
from server.answer.claim_region import claim_region, opening_county

KNOWN = ["江西省宜春市铜鼓县", "山西省长治市沁源县", "福建省三明市将乐县", "云南省楚雄彝族自治州双柏县"]
ROUNDUP = PROJECT_ROOT / "eval/policy31/docs/新闻/守护青山得实惠 宜春楚雄两地探索生态补偿和林下经济.html"


def test_a_plain_word_city_of_the_collection_s_regions_is_the_place_a_question_names() -> None:
    assert regions_in("长治哪些县在推门前三包") == []  # by the gazetteer alone, a plain word
    assert places_named("长治哪些县在推门前三保？要已经推行的", KNOWN) == ["山西省长治市"]
    assert places_named("宜春哪些县已经在发生态公益林补尝了？", KNOWN) == ["江西省宜春市"]
    assert places_named("江西宜春的林下经济", KNOWN) == ["江西省宜春市"]
    assert places_named("三明哪些县对建筑垃圾处置实行核准了", KNOWN) == ["福建省三明市"]
    # … the county when it is named within it, and no city in the everyday words
    assert places_named("宜春铜鼓县的公益林补偿", KNOWN) == ["江西省宜春市铜鼓县"]
    assert places_named("基层治理如何长治久安", KNOWN) == []
    assert places_named("早餐三明治多少钱", KNOWN) == []
    # … and only of a collection about that city's counties
    assert places_named("长治哪些县在推门前三包", ["云南省楚雄彝族自治州双柏县"]) == []


def test_a_sentence_led_by_a_plain_word_city_and_its_county_is_the_county_s() -> None:
    assert city_short("360924") == "宜春"  # 宜丰县
    assert opening_county("宜春宜丰县也已提高公益林补偿标准") == "江西省宜春市宜丰县"
    assert opening_county("江西宜春宜丰县也已提高公益林补偿标准") == "江西省宜春市宜丰县"
    assert opening_county("三明泰宁县也已实行建筑垃圾处置核准") == "福建省三明市泰宁县"
    assert opening_county("今年宜丰县也已提高公益林补偿标准") is None
    assert (
        claim_region("宜春宜丰县也已提高公益林补偿标准。", "云南省楚雄彝族自治州楚雄市", KNOWN)
        == "江西省宜春市宜丰县"
    )


def test_a_county_s_short_name_that_is_its_prefecture_s_makes_no_document_the_county_s() -> None:
    """The roundup of 宜春 and 楚雄 (楚雄双柏县, 楚雄姚安县, 楚雄牟定县, a 楚雄市 expert named once) had been
    楚雄市's: every 楚雄 had counted for it."""
    title = "守护青山得实惠 宜春楚雄两地探索生态补偿和林下经济"
    assert detect_region(title, read_document(ROUNDUP), ["新闻"]) == "云南省楚雄彝族自治州"


def test_a_plain_word_city_is_a_place_word_of_the_question_not_its_topic() -> None:
    """「长治 占道经营 疏导点 已设置 县区」 (r07): 长治, the question's rarest word, had been its key term,
    and every sentence of 长治 (沁县's 门前三包) carried it."""
    assert place_spans("长治 占道经营 疏导点 已设置 县区", KNOWN) == [(0, 2)]
    assert place_spans("三明哪些县对建筑垃圾处置实行核准了", KNOWN) == [(0, 2)]
    assert place_spans("长治久安", KNOWN) == []
