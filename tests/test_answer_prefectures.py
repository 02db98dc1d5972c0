"""Region listings as eval/policy28 and policy29 (written blind) asked them: an autonomous prefecture named
by its short name (恩施) is a place the question is scoped to; a keyword query's keyword that jieba cuts into
single characters (叫应) is the specific thing asked; 计划明年开展, 计划明年制定 are plans, and a county whose
cadres went to learn from another is no county doing it. Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.answer_config import DEFAULT_CONFIG
from server.answer.claim_region import NOT_YET
from server.answer.compose import analyse
from server.answer.keyterms import key_terms
from tests.policydocs import index_docs, regions

WEATHER = (
    "防雹增雨保丰收 湖北气象为农服务见实效\n"
    "湖北恩施巴东县建立了气象灾害预警“叫应”机制，红色预警发布后第一时间电话叫应乡镇主要负责人。"
    "恩施鹤峰县也已实行预警“叫应”，并把预警信息传递到村组。"
    "恩施建始县也已为农业保险理赔出具气象证明，今年出具证明200多份。"
    "巴东的气象信息员还把经验带到了咸丰县的培训班上。\n"
)
GRAIN = (
    "储备粮轮换有序推进 吉林多地守好大粮仓\n"
    "吉林四平梨树县今年安排县级储备粮轮换6000吨，轮换通过省粮食交易中心公开竞价。"
    "四平双辽市也已完成县级储备粮年度轮换任务，轮换玉米5000吨。"
    "四平伊通满族自治县计划明年开展县级储备粮轮换。\n"
)
CHINESE_ABROAD = (
    "帮扶困难归侨 粤侨乡用心服务侨胞\n"
    "梅州大埔县今年施行困难归侨侨眷帮扶办法，困难归侨每人每月发放生活补助300元。"
    "梅州丰顺县也已对困难归侨侨眷开展帮扶，春节期间走访慰问困难归侨侨眷600多户。"
    "蕉岭县的侨联干部也到大埔学习帮扶经验。"
    "梅州平远县计划明年制定困难归侨侨眷帮扶办法。\n"
)
DOCS = {
    "新闻/湖北气象为农服务见实效.txt": WEATHER,
    "新闻/吉林多地守好大粮仓.txt": GRAIN,
    "新闻/粤侨乡用心服务侨胞.txt": CHINESE_ABROAD,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "prefectures")


def test_a_keyword_cut_into_characters_is_the_key_and_the_prefecture_the_scope(retriever: Retriever) -> None:
    """叫应 (jieba: 叫 应) is what the evidence must carry, not 气象 or 预警: 建始县's 气象证明 and the
    气象信息员 who taught at 咸丰县 had been listed; 恩施 had been no place at all."""
    question = analyse(retriever, "气象灾害预警 叫应 已实行 县 恩施")
    assert question.places == ("湖北省恩施土家族苗族自治州",)
    assert [t.text for t in key_terms(question, DEFAULT_CONFIG.key_term_margin)] == ["叫应"]
    assert regions(retriever, "气象灾害预警 叫应 已实行 县 恩施") == [
        "湖北省恩施土家族苗族自治州巴东县",
        "湖北省恩施土家族苗族自治州鹤峰县",
    ]
    # (a question's words are not keywords: 叫应 asked in a sentence is read as jieba reads it)
    assert "叫应" not in [t.text for t in analyse(retriever, "恩施哪些县实行了预警叫应？").compounds]


def test_a_county_that_plans_to_start_next_year_is_not_listed(retriever: Retriever) -> None:
    """伊通满族自治县计划明年开展…轮换 had been listed beside the two counties that rotate their grain."""
    assert NOT_YET.search("四平伊通满族自治县计划明年开展县级储备粮轮换。") is not None
    assert NOT_YET.search("今年计划开展县级储备粮轮换6000吨。") is None  # this year's task, not a plan
    assert regions(retriever, "四平哪些县市已经在做县级储备粮轮换？要已经开展的") == [
        "吉林省四平市双辽市",
        "吉林省四平市梨树县",
    ]


def test_a_county_come_to_learn_or_planning_a_rule_is_not_listed(retriever: Retriever) -> None:
    """蕉岭县的侨联干部也到大埔学习帮扶经验 had listed 蕉岭县 (eval/policy29 r08), 计划明年制定…办法 平远县
    (r09)."""
    assert NOT_YET.search("梅州平远县计划明年制定困难归侨侨眷帮扶办法。") is not None
    assert regions(retriever, "梅州哪些县已经对困难归侨侨眷开展帮扶？") == [
        "广东省梅州市丰顺县",
        "广东省梅州市大埔县",
    ]
