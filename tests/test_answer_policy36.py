"""Questions as eval/policy36 (written blind) asked them: which 旗县 of 赤峰 (内蒙古's counties are 旗), an
insurance's 保额 by keywords, when an issued 实施方案 took effect beside its draft, what the asker's own case
of hours or points comes to (the reply's worked sum, not the rule's rates or the one row the asker names),
whether two measures go together, and a sum for everyone though only a draft's bonus bounds the asker's 彩礼.
Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.asked import asked_slot
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.text import REGION_LIST, REGION_QUESTION
from tests.policydocs import ask, index_docs

ROUNDUP = (
    "让志愿者有荣誉感获得感 赤峰宁城出台志愿者礼遇激励办法\n"
    "志愿者奉献爱心，社会也要关爱志愿者。赤峰一些旗县出台礼遇激励措施，让志愿者更有荣誉感、获得感。\n"
    "宁城县对三星级以上志愿者给予免费乘坐县城公交车、免费游览县内国有景区等礼遇。"
    "赤峰敖汉旗也已对星级志愿者给予免费乘坐公交车等礼遇。赤峰林西县将于下半年出台志愿者礼遇激励办法。\n"
)
MEASURES = (
    "宁城县志愿者礼遇激励办法\n"
    "第四条 三星级以上志愿者凭志愿者证免费乘坐县城公交车。\n"
    "第五条 县文明办每年为全县注册志愿者统一购买志愿服务意外伤害保险，保额每人20万元。\n"
)
PLAN = (
    "凌源市婚俗改革实验区建设实施方案\n"
    "一、新人签订《婚事新办承诺书》，彩礼、婚宴均不超过倡导标准的，每对给予2000元婚庆消费券。\n"
    "二、参加集体婚礼的新人每对补助3000元。\n"
    "三、倡导婚嫁彩礼总额不超过3万元。\n"
    "四、婚事新办奖励与集体婚礼补助可以同时享受，由婚姻登记地的街道民政办受理。\n"
    "五、本方案自2026年3月1日起施行。\n"
)
DRAFT = (
    "关于公开征求《凌源市婚俗改革实验区建设实施方案（征求意见稿）》意见的公告\n"
    "为广泛听取社会各界意见，现将《凌源市婚俗改革实验区建设实施方案（征求意见稿）》全文公布，征求意见截止时间"
    "为2025年12月20日。\n"
    "一、新人签订《婚事新办承诺书》的，每对给予1000元婚庆消费券。彩礼不超过1万元的，另奖励1000元。\n"
    "五、本方案自2026年1月1日起施行。\n"
)
RATES = (
    "祁县时间银行互助养老服务实施办法\n"
    "二、时间存储。折算标准如下：\n"
    "服务类别 | 服务内容 | 折算标准\n"
    "生活照料 | 助餐、助洁 | 1小时计1个时间币\n"
    "专业服务 | 理发、康复护理 | 1小时计1.5个时间币\n"
    "夜间陪护 | 22:00至次日6:00陪护 | 1小时计2个时间币\n"
)
REPLY = (
    "信件标题 | 退休后做时间银行志愿者，能存多少时间币？\n"
    "来信内容 | 我今年58岁，今年4月注册成了时间银行志愿者，给小区里的老人助餐40小时、理发12小时，还有夜间陪护"
    "10小时。请问我能存多少个时间币？\n"
    "答复单位 | 祁县民政局 | 答复时间 | 2026-08-15\n"
    "答复内容 | 您好！生活照料1小时计1个时间币，专业服务1小时计1.5个时间币，夜间陪护1小时计2个时间币。 "
    "您可存入40×1+12×1.5+10×2=78个时间币。感谢您的爱心奉献！\n"
)
WEDDING = (
    "信件标题 | 3月刚领证，还报了520集体婚礼，能拿多少补助？\n"
    "来信内容 | 我们今年3月在凌源登记结婚，签了婚事新办承诺书，还报名了520集体婚礼。婚事新办奖励和集体婚礼"
    "补助都能拿吗？\n"
    "答复单位 | 凌源市民政局 | 答复时间 | 2026-04-20\n"
    "答复内容 | 您好！您二位可获婚事新办奖励2000元（婚庆消费券）和集体婚礼补助3000元，合计5000元。婚事新办"
    "奖励请在登记后6个月内向城关街道民政办申请，集体婚礼补助在婚礼当天发放。\n"
)
DOCS = {
    "辽宁/凌源市/12345 3月刚领证，还报了520集体婚礼，能拿多少补助？.txt": WEDDING,
    "新闻/让志愿者有荣誉感获得感 赤峰宁城出台志愿者礼遇激励办法.txt": ROUNDUP,
    "内蒙古/宁城县/宁城县志愿者礼遇激励办法.txt": MEASURES,
    "辽宁/凌源市/凌源市婚俗改革实验区建设实施方案.txt": PLAN,
    "辽宁/凌源市/关于公开征求《凌源市婚俗改革实验区建设实施方案（征求意见稿）》意见的公告.txt": DRAFT,
    "山西/祁县/祁县时间银行互助养老服务实施办法.txt": RATES,
    "山西/祁县/12345 退休后做时间银行志愿者，能存多少时间币？.txt": REPLY,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy36")


@pytest.mark.parametrize(
    "question",
    [
        "赤峰哪些旗县给星级志愿者免费坐公交？",
        "内蒙古哪些盟市出台了志愿者礼遇办法",
        "赤峰 注册志愿者 意外伤害保险 旗县",
    ],
)
def test_banners_and_leagues_are_places_asked_for(question: str) -> None:
    assert REGION_QUESTION.search(question) and REGION_LIST.search(question)


def test_the_banners_that_give_free_rides_are_listed(retriever: Retriever) -> None:
    """r07: 「哪些旗县」 had been read as no region question: one sentence of the roundup answered."""
    found = ask(retriever, "赤峰哪些旗县给星级志愿者免费坐公交？")
    assert found.region_question
    assert sorted(c.region or "" for c in found.claims) == [
        "内蒙古自治区赤峰市宁城县",
        "内蒙古自治区赤峰市敖汉旗",
    ]


def test_an_insurances_sum_asked_by_keywords_is_the_figure(retriever: Retriever) -> None:
    """n11: 「… 保额」 asked no figure, and the roundup-like sentence naming the insurance answered."""
    assert asked_slot(normalize("宁城 志愿者 意外伤害保险 保额")) == "number"
    found = ask(retriever, "宁城 志愿者 意外伤害保险 保额")
    assert "保额每人20万元" in found.answer


def test_when_the_issued_plan_took_effect_is_not_left_to_its_draft(retriever: Retriever) -> None:
    """t02: the draft's sentence names the 实验区 and the issued text's only in its title: the question had
    been declined as asking what only the draft states."""
    found = ask(retriever, "凌源 婚俗改革实验区 实施方案 施行日期")
    assert found.answerable and found.reason == ""
    assert "2026年3月1日" in found.answer and "2026年1月1日" not in found.answer


def test_the_asker_s_hours_come_to_the_replys_worked_sum(retriever: Retriever) -> None:
    """n06: the asker names 夜间陪护, a row's label, among three kinds of hours: the row had answered."""
    found = ask(
        retriever,
        "我58岁，去年从祁县棉纺厂退休，今年4月注册了时间银行志愿者，给小区老人助餐40小时、理发12小时、夜间陪护"
        "10小时，一共62个小时，能存多少个时间币？",
    )
    assert [c.unit.text for c in found.claims] == ["您可存入40×1+12×1.5+10×2=78个时间币。"]


def test_a_sum_for_everyone_answers_though_a_drafts_bonus_leaves_the_asker_out(retriever: Retriever) -> None:
    """n01: the asker's 彩礼2.8万 is over the draft's 彩礼不超过1万元 — the only figure bounded by 彩礼 — and
    the question had been declined as one the documents state no figure for."""
    found = ask(retriever, "我们3月在凌源领的证，彩礼给了2.8万，还报名了集体婚礼，市里婚俗改革能给多少补助？")
    assert found.answerable
    assert any("3000元" in c.unit.text or "2000元" in c.unit.text for c in found.claims)


def test_whether_two_measures_go_together_is_the_sentence_saying_so(retriever: Retriever) -> None:
    """y01: the plan's figures for each (每对给予2000元…, 每对补助3000元) had answered 「…能一起拿吗？」."""
    found = ask(retriever, "凌源的婚事新办奖励和集体婚礼补助能一起拿吗？")
    assert found.claims[0].unit.text.startswith("四、婚事新办奖励与集体婚礼补助可以同时享受")
