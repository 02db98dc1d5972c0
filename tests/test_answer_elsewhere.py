"""A measure asked of a place whose documents hold another one: 「进贤县…城乡居民养老保险…缴费补贴？」 when
进贤's notice is of 转产就业补贴 and only 沅江's 办法 speaks of 养老保险 (eval/policy41 u07, blind) is
declined, not answered with 进贤's 一次性就业补贴. Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

YUANJIANG = (
    "沅江市退捕渔民安置保障实施办法\n"
    "第五条 建档立卡退捕渔民参加城乡居民基本养老保险的，按个人缴费额的50%给予缴费补贴，"
    "每人每年最高1500元。\n"
    "第六条 退捕渔民过渡期生活补助每人每月600元，发放12个月。\n"
)
JINXIAN = (
    "关于做好2026年退捕渔民转产就业补贴申领工作的通知\n"
    "一、补贴项目和标准\n"
    "1.一次性就业补贴：退捕渔民与用人单位签订1年以上劳动合同并连续缴纳社会保险满6个月的，每人3000元。\n"
    "2.一次性创业补贴：退捕渔民首次创办经营实体并正常经营6个月以上的，每户8000元。\n"
)
ROUNDUP = (
    "洞庭湖鄱阳湖畔 退捕渔民上岸更安心\n"
    "益阳沅江市对参加城乡居民养老保险的退捕渔民给予缴费补贴。"
    "进贤县对稳定就业和自主创业的退捕渔民发放一次性转产就业补贴。\n"
)
DOCS = {
    "湖南/沅江市/沅江市退捕渔民安置保障实施办法.txt": YUANJIANG,
    "江西/进贤县/转产就业补贴申领通知.txt": JINXIAN,
    "新闻/洞庭湖鄱阳湖畔 退捕渔民上岸更安心.txt": ROUNDUP,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "elsewhere")


def test_another_regions_measure_is_declined(retriever: Retriever) -> None:
    """进贤's documents never say 养老保险 or 缴费; 沅江's 办法 and the roundup's 沅江 sentence do."""
    found = ask(retriever, "进贤县退捕渔民交城乡居民养老保险，每人每年有多少缴费补贴？")
    assert (found.answerable, found.reason) == (False, "measure_absent")
    assert found.claims == ()


def test_the_region_whose_measure_it_is_is_answered(retriever: Retriever) -> None:
    found = ask(retriever, "沅江退捕渔民交城乡居民养老保险，每人每年有多少缴费补贴？")
    assert found.answerable
    assert "每人每年最高1500元" in found.answer
    assert {c.unit.hit.document.region for c in found.claims} == {"湖南省益阳市沅江市"}


def test_the_places_own_measure_is_answered(retriever: Retriever) -> None:
    """The asked words the place's own notice says (一次性就业补贴) are no other region's."""
    found = ask(retriever, "进贤县退捕渔民签了劳动合同，一次性就业补贴每人多少？")
    assert found.answerable
    assert "每人3000元" in found.answer
