"""Which regions a news roundup answers for when its sentences report sibling measures of one subject
(农家书屋管理员补贴 beside 示范农家书屋评选, 设立 a 慈善基金 beside 配捐 to it): the question's words
that tell the roundup's region sentences apart decide (siblings.without_siblings), and a region's own
sentence saying it did the same (也已实行操守保持奖励) carries the conditions of the sentence before it.
Also: a weekday answers 「每周哪天」. As eval/policy37 asked them (r04, r06, r07, r10, r11, t03, blind).
Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.asked import Asked, states_asked
from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs, regions

HECHI = (
    "书香飘进城市书房和农家书屋 遵义河池全民阅读见闻\n"
    "4月23日是世界读书日。在贵州遵义和广西河池，城市书房和农家书屋让群众在家门口就能读好书。\n"
    "河池南丹县为农家书屋管理员每月发放补贴300元。河池天峨县也已为农家书屋管理员发放补贴。"
    "河池东兰县拟于年内出台农家书屋管理员补贴办法。\n"
    "南丹县每年评选示范农家书屋，每个奖励5000元。河池宜州区也已开展示范农家书屋评选并给予奖励。\n"
    "红花岗区的读者也到赤水的城市书房打卡；凤山县的书屋管理员也到南丹参加了培训。\n"
)
HUAIHUA = (
    "善款留在家门口 救助送到病床前 怀化南平慈善事业新观察\n"
    "慈善不只是大额捐赠，也可以是一个村的互助、一次及时的救助。湖南怀化、福建南平一些县市让慈善更贴近群众。\n"
    "怀化沅陵县在县慈善会设立社区（村）慈善基金，善款留在家门口。怀化洪江市也已在村（社区）设立慈善基金。\n"
    "沅陵县慈善会按社区（村）慈善基金当年新募集资金的20%给予配捐。怀化辰溪县也已对社区慈善基金给予配捐。"
    "怀化溆浦县拟于明年安排社区慈善基金配捐资金。\n"
    "中方县的村干部也到沅陵学习了慈善基金管理经验；光泽县慈善总会的工作人员也到建瓯交流。\n"
)
YIBIN = (
    "帮一把 拉一把 宜宾上饶探索社区戒毒康复和无毒村创建新路\n"
    "今天是国际禁毒日。在四川宜宾和江西上饶，社区戒毒康复人员得到就业帮扶，“无毒村”创建让乡村更安宁。\n"
    "宜宾珙县对吸纳社区戒毒社区康复人员就业的用人单位给予一次性就业补贴3000元。宜宾筠连县也已对吸纳康复人员"
    "就业的企业给予就业补贴。宜宾屏山县计划年内出台康复人员就业帮扶措施。\n"
    "珙县对社区康复期满、连续3年未复吸的给予操守保持奖励。宜宾叙州区也已实行操守保持奖励。\n"
    "南溪区的禁毒社工也到珙县交流了帮扶经验；玉山县的禁毒专干也参加了余干的培训。\n"
)
CHIFENG = (
    "让志愿者有荣誉感获得感 赤峰宁城出台志愿者礼遇激励办法\n"
    "志愿者奉献爱心，社会也要关爱志愿者。赤峰一些旗县出台礼遇激励措施，让志愿者更有荣誉感、获得感。\n"
    "宁城县对三星级以上志愿者给予免费乘坐县城公交车、免费游览县内国有景区等礼遇。"
    "赤峰敖汉旗也已对星级志愿者给予免费乘坐公交车等礼遇。赤峰林西县将于下半年出台志愿者礼遇激励办法。\n"
    "宁城县每年为全县注册志愿者统一购买志愿服务意外伤害保险。赤峰巴林左旗也已为注册志愿者统一购买意外伤害保险。\n"
    "克什克腾旗的志愿服务队也参加了宁城举办的志愿服务项目交流会。\n"
)
STORY = (
    "珙县禁毒 走出阴霾 重新出发——社区康复人员帮扶故事\n"
    "（音乐）在珙县巡场镇的一家茶叶加工厂，小陈正在分拣新茶。\n"
    "三年前，他因为吸毒被责令接受社区康复。\n"
    "小陈：那时候觉得这辈子完了，是禁毒社工一直陪着我。\n"
    "社工刘**：我们县禁毒社工站在巡场镇新街28号，康复人员每周三上午到社工站集中尿检，需要心理辅导的也可以"
    "预约，心理咨询热线是0831-4412680，工作日都有人接听。\n"
    "旁白：去年，珙县有19家爱心企业吸纳康复人员就业。\n"
)
DOCS = {
    "新闻/书香飘进城市书房和农家书屋 遵义河池全民阅读见闻.txt": HECHI,
    "新闻/善款留在家门口 救助送到病床前 怀化南平慈善事业新观察.txt": HUAIHUA,
    "新闻/帮一把 拉一把 宜宾上饶探索社区戒毒康复和无毒村创建新路.txt": YIBIN,
    "新闻/让志愿者有荣誉感获得感 赤峰宁城出台志愿者礼遇激励办法.txt": CHIFENG,
    "四川/珙县/珙县禁毒 走出阴霾 重新出发——社区康复人员帮扶故事.txt": STORY,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "siblings")


def test_a_sibling_measure_of_the_same_subject_is_no_answer(retriever: Retriever) -> None:
    """r10, r11: 宜州区's 示范书屋评选 had been listed for 管理员补贴, 天峨县's 管理员补贴 for 示范书屋评选 —
    the one key, 书屋, every sentence of the roundup carries."""
    assert regions(retriever, "河池哪些县区给农家书屋管理员发补贴？") == [
        "广西壮族自治区河池市南丹县",
        "广西壮族自治区河池市天峨县",
    ]
    assert regions(retriever, "河池 示范农家书屋 评选 奖励 县区") == [
        "广西壮族自治区河池市南丹县",
        "广西壮族自治区河池市宜州区",
    ]


def test_setting_a_fund_up_and_matching_it_are_two_measures(retriever: Retriever) -> None:
    """r06, r07: 洪江市's 设立 had been listed for 配捐, 辰溪县's 配捐 for 设立."""
    assert regions(retriever, "怀化 社区慈善基金 配捐 已实施 县市") == [
        "湖南省怀化市沅陵县",
        "湖南省怀化市辰溪县",
    ]
    assert regions(retriever, "怀化哪些县市已经在村（社区）设立了慈善基金？") == [
        "湖南省怀化市沅陵县",
        "湖南省怀化市洪江市",
    ]


def test_a_region_doing_the_same_carries_the_conditions_of_the_sentence_before(retriever: Retriever) -> None:
    """r04: 宜宾叙州区也已实行操守保持奖励 names not the key 复吸 of 「连续3年未复吸」; it had been left out.
    敖汉旗's 礼遇 is the same as 宁城县's 礼遇 only — not the insurance of the paragraph after it."""
    assert regions(retriever, "宜宾 操守保持奖励 连续3年未复吸 已实行 县区") == [
        "四川省宜宾市叙州区",
        "四川省宜宾市珙县",
    ]
    assert regions(retriever, "赤峰 注册志愿者 意外伤害保险 统一购买 旗县") == [
        "内蒙古自治区赤峰市宁城县",
        "内蒙古自治区赤峰市巴林左旗",
    ]


def test_a_weekday_answers_which_day_of_the_week(retriever: Retriever) -> None:
    """t03: 「每周哪天」 asks a day, and 每周三上午 had not read as one (no 日 or 号): 三年前 answered."""
    day = Asked("date", day=True)
    assert states_asked(day, "康复人员每周三上午到社工站集中尿检")
    assert states_asked(day, "每月第一个星期二")
    assert not states_asked(day, "四周三面环山")
    found = ask(retriever, "珙县社区康复人员每周哪天去社工站集中尿检？")
    assert "每周三上午到社工站集中尿检" in found.claims[0].unit.text
