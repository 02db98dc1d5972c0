"""A rule in two editions (…评定办法（2023年修订） and …（2024年修订）) states its figures twice; the
later edition is in force: its passages rank above the earlier one's (the draft stage of indexer/rerank.py)
and its sentences answer. A question naming the earlier edition's year asks that one. (eval/orgdocs n10,
written blind: 「…现在的二等学业奖学金一年多少钱？」 was answered with the 2023 revision's 2000.) Real
index, real encoder."""

from __future__ import annotations

import pytest

from indexer.rerank import edition, issued_of, named_editions
from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

NEW_TIERS = (
    "第三条 学业奖学金设特等、一等、二等、三等四个等级，经学院评审委员会评审、学校审定后发放，其中二等"
    "学业奖学金每人每年2500元，评定比例为本专业学生人数的10%。"
)
OLD = "江城理工大学本科生学业奖学金评定办法（2023年修订）"
NEW = "江城理工大学本科生学业奖学金评定办法（2024年修订）"


def rules(title: str, tiers: str) -> str:
    return "\n".join(
        [
            title,
            "第一条 为激励学生勤奋学习、全面发展，制定本办法。",
            tiers,
            "第六条 学业奖学金每学年评定一次，于第一学期开学后第4周内完成，评定结果公示5个工作日。",
        ]
    )


def test_the_edition_a_title_names() -> None:
    assert edition(OLD) == ("江城理工大学本科生学业奖学金评定办法", 2023)
    assert edition("《收费标准（2024版）》实施细则") == ("收费标准实施细则", 2024)
    assert edition("2024年度义务兵家庭优待金发放标准") is None  # a year the rule is for, no edition
    assert edition("办法（2024年修订）") is None  # too short a name to tell one rule from another
    titles = [OLD, NEW, "江城理工大学学生宿舍管理规定（2023年修订）"]
    assert issued_of(titles) == [[1], [], []]
    assert issued_of(titles, "2023年的二等学业奖学金多少钱") == [[], [], []]
    # the rule as first issued names no edition; its revision does (eval/policy11 n12, written blind)
    water = ["台州市黄岩区农村饮用水工程水价管理办法", "台州市黄岩区农村饮用水工程水价管理办法（2024年修订）"]
    assert issued_of(water) == [[1], []]
    assert issued_of(water, "2021年第一级水价多少") == [[], []]  # (a year asked may be the first's)
    assert issued_of(["台州市黄岩区地名管理办法", *water]) == [[], [2], []]


def test_a_rule_for_a_later_year_replaces_the_earlier_years() -> None:
    # eval/policy17 n08, written blind: 丹阳's 2024 办法 (三孩 3万元) beside its 2025 细则 (三孩 5万元)
    titles = [
        "丹阳市2024年购房补贴实施办法",
        "丹阳市2025年购房补贴和契税补贴实施细则",
        "《丹阳市2025年购房补贴和契税补贴实施细则》政策解读",  # no rule's title: replaces nothing
        "关于开展2024年个体工商户首次贷款贴息申报工作的通知",
        "关于开展2025年个体工商户首次贷款贴息申报工作的通知",
        "2024年上虞区政府工作报告",
        "溧阳市2025年人才购房补贴实施办法",  # another issuer
    ]
    assert issued_of(titles) == [[1], [], [], [4], [], [], []]
    assert issued_of(titles, "2024年丹阳购房补贴多少") == [[], [], [], [], [], [], []]  # that year asked


def test_the_edition_a_question_names_by_its_year() -> None:
    # eval/policy12 n06 (written blind): 「2021年仁寿县那个家庭农场办法里…县里另外奖多少？」 was answered with
    # the 2024 revision's 10万元: the 2021 edition's page names no edition, or names it as （2021年）
    first = "仁寿县家庭农场示范场认定和奖补办法--仁寿县人民政府"
    revised = "仁寿县家庭农场示范场认定和奖补办法（2024年修订）--仁寿县人民政府"
    titles = [first, revised, "示范家庭农场奖补提标 多地扶持适度规模经营"]
    asked = "2021年仁寿县那个家庭农场办法里，评上省级示范场的县里另外奖多少？"
    assert named_editions(titles, asked) == {first}
    assert named_editions(titles, "仁寿县评上省级示范场的县里另外奖多少？") == set()
    assert named_editions(titles, "2025年还能申报吗") == set()  # a year after the revision's asks no edition
    rule = "仁寿县家庭农场示范场认定和奖补办法"
    dated = [f"{rule}（2021年）", f"{rule}（2024年修订）"]
    assert edition(dated[0]) == (rule, 2021)
    assert named_editions(dated, "2021年那个办法里省级示范场奖多少") == {dated[0]}
    assert named_editions(dated, "2024年修订的办法里省级示范场奖多少") == {dated[1]}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    docs = {
        f"学生工作部/{OLD}.txt": rules(OLD, "第三条 江城理工二等学业奖学金一年每人2000元。"),
        f"学生工作部/{NEW}.txt": rules(NEW, NEW_TIERS),
    }
    return index_docs(docs, tmp_path_factory, "editions")


def test_the_later_edition_answers(retriever: Retriever) -> None:
    hits = retriever.search("江城理工现在的二等学业奖学金一年多少钱？", 2, "hybrid")
    assert [h.document.title for h in hits] == [NEW, OLD]
    found = ask(retriever, "江城理工现在的二等学业奖学金一年多少钱？")
    assert found.answerable
    assert "2500元" in found.claims[0].unit.text
    assert "2000元" not in found.answer


def test_the_earlier_edition_when_its_year_is_asked(retriever: Retriever) -> None:
    found = ask(retriever, "江城理工2023年的二等学业奖学金一年多少钱？")
    assert found.answerable
    assert "2000元" in found.claims[0].unit.text
