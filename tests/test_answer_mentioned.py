"""A county the question names by its short name that only a roundup names, in full:
「镇远 村级河长 巡河补助 每次 多少钱」 when 镇远县 only plans the 巡河补助 and 剑河县's reply states 每次25元
(eval/policy42 u02, written blind) is declined, not answered with 剑河's figure. Real index, real encoder,
/ask's composition."""

from __future__ import annotations

import pytest

from indexer.mentioned import mentioned_counties
from indexer.retrieve import Retriever
from indexer.segment import TokenizerConfig, tokenize
from tests.policydocs import ask, index_docs

JIANHE = (
    "剑河县河长办关于村级河长巡河补助的答复\n"
    "按照县河湖长巡河工作制度，村级河长每周巡河不少于1次，巡河补助每次25元，每月最多计8次。\n"
)
ROUNDUP = (
    "清水江畔 河长巡河成常态\n"
    "剑河县给村级河长按有效巡河次数发放巡河补助。镇远县拟于下半年推行村级河长巡河补助，目前正在摸底。"
    "三穗县压缩涉河建设项目审批时限。\n"
)
DOCS = {
    "贵州/剑河县/村级河长巡河补助答复.txt": JIANHE,
    "新闻/清水江畔 河长巡河成常态.txt": ROUNDUP,
}
ZHENYUAN = "贵州省黔东南苗族侗族自治州镇远县"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "mentioned")


def test_a_county_only_a_roundup_names_is_the_questions_place(retriever: Retriever) -> None:
    query = retriever.analyse("镇远 村级河长 巡河补助 每次 多少钱")
    assert query.places == (ZHENYUAN,)
    assert query.regions == ("贵州省黔东南苗族侗族自治州", "贵州省黔东南苗族侗族自治州剑河县", ZHENYUAN)


def test_what_it_only_plans_is_declined(retriever: Retriever) -> None:
    found = ask(retriever, "镇远 村级河长 巡河补助 每次 多少钱")
    assert (found.answerable, found.reason) == (False, "place_unmatched")
    assert found.claims == ()


def test_the_county_whose_figure_it_is_is_answered(retriever: Retriever) -> None:
    found = ask(retriever, "剑河 村级河长 巡河补助 每次 多少钱")
    assert found.answerable
    assert "巡河补助每次25元" in found.answer


def _df(text: str) -> dict[str, int]:
    return dict.fromkeys(tokenize(text), 1)


def _read(question: str, df: dict[str, int], known: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What mentioned_counties reads of ``question`` in a collection of the words ``df`` counts."""
    return mentioned_counties(question, tokenize(question), known, lambda t: df.get(t, 0), TokenizerConfig())


def test_only_counties_the_collection_names_in_full() -> None:
    df = _df(ROUNDUP)
    assert _read("镇远 村级河长", df) == (ZHENYUAN,)
    # a document region already known; a county no text names (台江县); the full name (regions_in reads it)
    assert _read("镇远 村级河长", df, (ZHENYUAN,)) == ()
    assert _read("台江 村级河长", df) == ()
    assert _read("镇远县 村级河长", df) == ()


def test_a_short_name_of_counties_of_several_cities_is_none() -> None:
    """和平区 is 沈阳's and 天津's: which one a question's 和平 means the collection cannot say."""
    assert _read("和平 补贴", _df("沈阳市和平区 天津市和平区")) == ()


def test_a_stem_written_with_another_suffix_or_a_place_asked_is_none() -> None:
    """丹徒县尉 of a poet names no 丹徒区 (cmrc2018 DEV_269_QUERY_0); a question asking a place asks another
    than the one it names (「…原本在江陵以及哪個地區一代?」, drcd); a full name the index holds only in
    parts (江南 / 区) may be any 江南."""
    df = _df("镇江市丹徒区 荆州市江陵县 南宁市江南区")
    assert _read("谁推荐项斯担任润州丹徒县尉", df) == ()
    assert _read("谁推荐项斯担任丹徒主簿", df) == ("江苏省镇江市丹徒区",)
    assert _read("原本在江陵以及哪个地区一代", df) == ()
    assert _read("江南社会的依附人", df) == ()
    # … nor one in a list of places (the question's content), nor one inside a word of it (同江 of 大同江)
    listed = _df("许昌市鄢陵县 佳木斯市同江市")
    assert _read("被占领的地区为长葛、许昌、鄢陵以及哪一个", listed) == ()
    assert _read("大同江以北由哪一国控制", listed) == ()
