"""News roundups as eval/policy22 (written blind) wrote them: two places in one sentence (…统一开采、
统一销售；宜昌兴山县…也实行统一开采经营), a lead of 「……多地多措并举筑牢安全防线」, places that
将于年内出台 or 计划在防火期前出台 a measure, a person 来自 a county; and 「…的县有哪些？」 asked of them.
Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.text import REGION_LIST
from server.answer.claim_region import NOT_YET, claim_region
from server.answer.units import by_place
from tests.policydocs import ask, index_docs, regions

SAND = (
    "规范河道采砂 依法征收水保费 多地加强河湖和水土保持管理\n"
    "多地持续加强河道采砂管理，依法征收水土保持补偿费，守护河湖安澜。\n"
    "湖北宜昌秭归县县管河道规划可采区3处，砂石由县属国有企业统一开采、统一销售，河砂实行政府指导价；"
    "宜昌兴山县香溪河砂石也实行统一开采经营，今年以来查处非法采砂案件5起。\n"
    "江西九江修水县依法征收水土保持补偿费，今年一季度征收386万元；九江永修县2024年共征收水土保持补偿费520万元，"
    "全部用于水土流失预防和治理。\n"
    "宜昌远安县水利和湖泊局有关负责人表示，远安拟推行河道砂石统一开采经营。\n"
)
SAFETY = (
    "举报有奖 消防站建到家门口 多地筑牢安全生产和消防安全防线\n"
    "鼓励群众举报重大事故隐患、把微型消防站建到村（社区）、为餐饮场所安装燃气泄漏报警装置……多地多措并举筑牢安全防线。\n"
    "山西晋中灵石县出台安全生产领域举报奖励办法，举报重大事故隐患查实的，按行政处罚金额的15%奖励，最高30万元；"
    "晋中寿阳县去年共发放安全生产举报奖励12.8万元。\n"
    "广东江门开平市对新建的村（社区）微型消防站一次性补助3万元，每年补助运行经费1.2万元；"
    "江门蓬江区已建成村（社区）微型消防站136个，每个站每年补助运行经费1万元。\n"
    "晋中左权县应急管理局有关负责人表示，左权将于年内出台安全生产举报奖励办法。\n"
    "在灵石一家煤矿工作的王师傅来自晋中平遥县，他说，矿上每个月都组织学习举报奖励政策。\n"
)
DOCS = {
    "新闻/规范河道采砂 依法征收水保费 多地加强河湖和水土保持管理.txt": SAND,
    "新闻/举报有奖 消防站建到家门口 多地筑牢安全生产和消防安全防线.txt": SAFETY,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "semicolons")


def test_a_sentence_is_cut_where_a_semicolon_brings_another_place() -> None:
    sentence = SAND.split("\n")[3]
    parts = [sentence[s:e] for s, e in by_place(sentence, 0, len(sentence))]
    assert parts == [
        "江西九江修水县依法征收水土保持补偿费，今年一季度征收386万元；",
        "九江永修县2024年共征收水土保持补偿费520万元，全部用于水土流失预防和治理。",
    ]
    # a part naming no other place continues the one before
    one = "淄博市张店区80至89周岁老人每人每月50元；90至99周岁每人每月100元。"
    assert by_place(one, 0, len(one)) == [(0, len(one))]


def test_a_place_that_also_did_it_is_listed_with_the_one_before(retriever: Retriever) -> None:
    """兴山县's part says 也实行统一开采经营 without the 国有企业 the question asks: it carries the words of
    the part before it (it had been no claim of its own: eval/policy22 r11)."""
    assert regions(retriever, "哪些县的河道砂石已经由国有企业统一开采经营了？") == [
        "湖北省宜昌市兴山县",
        "湖北省宜昌市秭归县",
    ]


def test_the_counties_asked_after_de_are_a_list(retriever: Retriever) -> None:
    assert REGION_LIST.search(normalize("已经在征收水土保持补尝费的县有哪些？")) is not None
    assert REGION_LIST.search(normalize("泗洪县有哪些补贴？")) is None
    found = ask(retriever, "已经在征收水土保持补尝费的县有哪些？")
    assert found.region_question
    assert sorted(c.region or "" for c in found.claims) == ["江西省九江市修水县", "江西省九江市永修县"]


def test_a_roundups_lead_of_many_places_is_no_regions_claim(retriever: Retriever) -> None:
    """Trimmed to its first clauses the lead had stood for the roundup's own region, 山西省晋中市 (r07)."""
    assert regions(retriever, "哪些地方给村（社区）微形消防站发建设或者运行经费补助？") == [
        "广东省江门市开平市",
        "广东省江门市蓬江区",
    ]


def test_places_that_will_issue_it_later_have_not() -> None:
    assert NOT_YET.search("左权将于年内出台安全生产举报奖励办法。") is not None
    assert NOT_YET.search("牙克石计划在秋季防火期前出台违规野外用火举报奖励办法。") is not None
    # a rule issued that takes effect later has been issued
    assert NOT_YET.search("本办法将于2025年7月1日起施行。") is None
    assert NOT_YET.search("今年计划实施改造45个。") is None


def test_where_a_person_comes_from_is_not_where_the_measure_is() -> None:
    said = "在灵石一家煤矿工作的王师傅来自晋中平遥县，他说，矿上每个月都组织学习举报奖励政策。"
    assert claim_region(said, "山西省晋中市") != "山西省晋中市平遥县"


def test_a_regions_claims_in_a_row_are_labelled_once(retriever: Retriever) -> None:
    found = ask(retriever, "安全生产举报奖励 已经出台或发放 县")
    labels = [c.region or "" for c in found.claims]
    # (not 左权县, which 将于年内出台 it, nor 平遥县, where 王师傅 comes from)
    assert sorted(set(labels)) == ["山西省晋中市寿阳县", "山西省晋中市灵石县"]
    for region in set(labels):
        assert found.answer.count(f"{region}:") == 1
