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


def test_only_counties_the_collection_names_in_full() -> None:
    config = TokenizerConfig()
    df = _df(ROUNDUP)
    assert mentioned_counties("镇远村级河长", (), lambda t: df.get(t, 0), config) == (ZHENYUAN,)
    # a document region already known; a county no text names (台江县); the full name (regions_in reads it)
    assert mentioned_counties("镇远村级河长", (ZHENYUAN,), lambda t: df.get(t, 0), config) == ()
    assert mentioned_counties("台江村级河长", (), lambda t: df.get(t, 0), config) == ()
    assert mentioned_counties("镇远县村级河长", (), lambda t: df.get(t, 0), config) == ()


def test_a_short_name_of_counties_of_several_cities_is_none() -> None:
    """和平区 is 沈阳's and 天津's: which one a question's 和平 means the collection cannot say."""
    df = _df("沈阳市和平区 天津市和平区")
    assert mentioned_counties("和平 补贴", (), lambda t: df.get(t, 0), TokenizerConfig()) == ()


def test_a_county_renamed_is_one_place() -> None:
    """马龙县 became 曲靖's 马龙区: the name the collection uses is the one read."""
    df = _df("曲靖市马龙区推行民间河长")
    found = mentioned_counties("马龙 民间河长", (), lambda t: df.get(t, 0), TokenizerConfig())
    assert found == ("云南省曲靖市马龙区",)
