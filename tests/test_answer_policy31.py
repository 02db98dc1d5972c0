"""Questions as eval/policy31 (written blind) asked them: the total of the one table a question names by its
kind (花名册), an extent asked as 多大范围 (answered by a distance), whom an errand goes to (审批找谁: the
office). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.asked import asks
from indexer.measures import asked_measure
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.compose import analyse
from tests.policydocs import ask, index_docs

SCHEME = (
    "贵德县2026年草原生态保护补助奖励政策实施方案\n"
    "为巩固草原生态保护建设成果，促进牧民增收，制定本方案。\n"
    "一、补助奖励标准\n项目 | 补助奖励标准 | 备注\n"
    "禁牧补助 | 每亩每年7.5元 | 禁牧草原全年禁止放牧\n草畜平衡奖励 | 每亩每年2.5元 | 按核定载畜量放牧\n"
    "二、封顶保底\n每户每年补奖资金最高不超过3万元；不足1000元的按1000元发放。\n"
)
ROLL = (
    "贵德县河西镇2026年草原禁牧补助发放花名册\n"
    "序号 | 乡镇 | 村 | 户主 | 禁牧面积（亩） | 补助金额（元）\n"
    "1 | 河西镇 | 团结村 | 才让* | 1860 | 13950.00\n2 | 河西镇 | 团结村 | 拉毛* | 2240 | 16800.00\n"
    "3 | 河西镇 | 贡巴村 | 马** | 1320 | 9900.00\n"
    "合计 | — | — | — | 5420 | 40650.00\n"
)
TREES = (
    "双柏县古树名木保护管理办法\n"
    "第二条 古树按树龄分为三级：树龄500年以上的为一级古树，300年以上不满500年的为二级古树。\n"
    "第三条 古树名木的保护范围为树冠垂直投影外5米。在保护范围内不得新建建筑物，不得挖坑取土。\n"
    "第五条 鼓励单位和个人认养古树名木。认养费标准为：一级古树每株每年3000元，二级古树每株每年2000元。\n"
)
POINTS = (
    "汪清县生活垃圾分类积分兑换管理办法\n"
    "第二条 居民凭“绿色账户”卡分类投放生活垃圾，经督导员确认后积分：厨余垃圾每次积2分；"
    "可回收物每公斤积5分。\n"
    "第三条 积分可在各社区“绿色积分超市”兑换商品，每10积分兑换价值1元的商品。兑换时间为每月第一个星期六。\n"
    "第四条 积分有效期为12个月，过期自动清零。\n"
)
POINTS_NEWS = (
    "垃圾分一分 积分换一换\n"
    "延边汪清县今年起施行生活垃圾分类积分兑换管理办法，居民分类投放垃圾可以积分，每10积分兑换价值1元的商品。\n"
)
GUIDE = (
    "阿荣旗防火期生产性用火审批办事指南\n"
    "一、适用范围：防火期内因防治病虫害、冻害等确需在森林草原防火区生产性用火的单位和个人。\n"
    "二、受理单位：用火地所在镇人民政府（受旗人民政府授权）。\n"
    "三、申请时间：用火单位或者个人应当提前3日提出申请。\n"
    "五、办理时限：受理后1个工作日内作出批准或者不予批准的决定。\n"
)
DOCS = {
    "青海/贵德县/贵德县2026年草原生态保护补助奖励政策实施方案.txt": SCHEME,
    "青海/贵德县/贵德县河西镇2026年草原禁牧补助发放花名册.txt": ROLL,
    "云南/双柏县/双柏县古树名木保护管理办法.txt": TREES,
    "吉林/汪清县/汪清县生活垃圾分类积分兑换管理办法.txt": POINTS,
    "新闻/垃圾分一分 积分换一换.txt": POINTS_NEWS,
    "内蒙古/阿荣旗/阿荣旗防火期生产性用火审批办事指南.txt": GUIDE,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy31")


def test_a_table_named_by_its_kind_answers_its_total(retriever: Retriever) -> None:
    """n14: 禁牧补助, the 方案's row label, is in 「…禁牧补助花名册…」 too; the 花名册 is the table asked."""
    found = ask(retriever, "贵德河西镇2026年草原禁牧补助花名册上合计发了多少钱？")
    assert found.answerable is True
    assert [c.unit.text for c in found.claims if c.unit.text.startswith(("合计", "禁牧补助"))] == [
        "合计 | — | — | — | 5420 | 40650.00"
    ]


def test_how_far_around_is_an_extent_a_distance_answers(retriever: Retriever) -> None:
    """n08: 多大范围 had been read as an area, and 树冠垂直投影外5米 states none: declined."""
    assert asked_measure(normalize("双柏的古树周围多大范围内不能盖房子？")) == "extent"
    assert asked_measure(normalize("广茂铁路全长多少公里？")) == "length"  # a unit names its own measure
    assert asked_measure(normalize("站房面积有多少平方米？")) == "area"
    found = ask(retriever, "双柏的古树周围多大范围内不能盖房子？")
    assert found.answerable is True
    assert [c.unit.text for c in found.claims][:1] == ["第三条 古树名木的保护范围为树冠垂直投影外5米。"]


def test_whom_an_errand_goes_to_is_the_office_that_takes_it(retriever: Retriever) -> None:
    """p01: 审批找谁 had asked a person, and the 适用范围 (who may apply) answered."""
    assert analyse(retriever, "阿荣旗防火期想烧地头防治病虫害，审批找谁？").slot == "place"
    assert asks(normalize("因产品缺陷造成损害，应该找谁赔偿？")).slot == "person"  # the party liable
    found = ask(retriever, "阿荣旗防火期想烧地头防治病虫害，审批找谁？")
    assert [c.unit.text for c in found.claims] == ["二、受理单位：用火地所在镇人民政府（受旗人民政府授权）。"]
