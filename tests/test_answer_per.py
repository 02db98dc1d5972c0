"""A figure asked per something (一亩能补多少, 每次最多赔多少, 一天给多少) is answered by a figure stated per
it — 每亩, 元/亩 in the column names, （每次事故最高） in the row's label — not by a one-off sum beside it
(eval/policy13 n12 and t04, written blind: 「…玉米地全拱完了，一亩能补多少？」 was answered with 造成死亡的，
一次性补偿60万元). Real index, real encoder."""

from __future__ import annotations

import pytest

from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.forms import asked_per, states_per
from tests.policydocs import ask, index_docs

PLAN = "\n".join(
    [
        "甘州区陆生野生动物致害补偿实施方案",
        "一、补偿范围",
        "野猪、狼等陆生野生动物造成人身伤害或者农作物、家畜损失的，依照本方案给予补偿。",
        "二、补偿标准",
        "（一）人身伤害。造成死亡的，一次性补偿60万元；造成伤残的，按伤残等级以60万元为基数补偿。",
        "（二）农作物损失。损失程度80%以上的视为绝收，按下表标准全额补偿：",
        "作物种类 | 补偿标准（元/亩）",
        "玉米（含制种玉米） | 860",
        "小麦 | 720",
        "马铃薯 | 1050",
        "（三）家畜损失。牛、羊死亡的，按当地市场价格的70%补偿，牛每头最高8000元，羊每只最高800元。",
    ]
)


def test_the_unit_a_figure_is_asked_per() -> None:
    assert asked_per(normalize("野猪把我家的玉米地全拱完了，一亩能补多少？")) == "亩"
    assert asked_per(normalize("意外看病每次最多赔多少？")) == "次"
    assert asked_per(normalize("住院津贴一天给多少？")) == "天"
    assert asked_per(normalize("每个月能领几百块？")) == "月"
    assert asked_per(normalize("一年交2000元的话政府补贴多少？")) is None  # 多少 asks the subsidy, not per 年
    assert asked_per(normalize("补贴多少钱？")) is None
    assert asked_per(normalize("在思明区连续住满一年能积几分?")) is None  # a condition, not a rate
    assert states_per(normalize("作物种类 | 补偿标准（元/亩）\n玉米 | 860"), "亩")
    assert states_per(normalize("意外住院津贴（每天） | 30 | 50"), "天")
    assert states_per(normalize("每日补助50元"), "天")
    assert not states_per(normalize("造成死亡的，一次性补偿60万元"), "次")  # 一次性 is no 每次
    assert states_per(normalize("牛每头最高8000元"), "头")
    assert states_per(normalize("项目 | 重度残疾人（元/人·年）\n超比例安排就业奖励 | 5000"), "年")
    assert states_per(normalize("每人每年最高3000元"), "年")
    assert asked_per(normalize("物业费一平米一个月多少钱")) == "平方米"
    # (㎡ reads m2)
    assert states_per(normalize("物业类型 | 物业服务费（元/㎡·月）\n高层住宅 | 2.30"), "平方米")
    assert not states_per(normalize("造成死亡的，一次性补偿60万元"), "亩")


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs({"甘州区/野生动物致害补偿.txt": PLAN}, tmp_path_factory, "per")


def test_a_figure_per_mu_answers_how_much_a_mu(retriever: Retriever) -> None:
    found = ask(retriever, "甘州区野猪毁了玉米，每亩补偿标准是多少？")
    assert found.answerable
    assert "玉米（含制种玉米） | 860" in [c.unit.text for c in found.claims]
    assert "60万元" not in found.answer
