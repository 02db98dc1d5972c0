"""Questions as eval/policy30 (written blind) asked them: a place named as 张家川县 (张家川回族自治县, whose
short name had been cut to 张家县) is a place the question is scoped to; 「办法从哪天开始实行」 asks the day
it takes effect (起施行); 几时 asks when, not how many, and 几时报名 the days of 报名, not of the training; a
table's row named by its label answers over its other rows. Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.compose import analyse
from server.answer.fields import asked_event
from server.answer.narrow import answering
from tests.policydocs import ask, index_docs

MEASURE = (
    "秦安县农村民居地震安全工程抗震改造补助办法\n"
    "第一条 为提高农村民居抗震设防能力，保障农民群众生命财产安全，结合本县实际，制定本办法。\n"
    "第二条 补助对象为户籍在本县、在农村集体土地上有自有住房且住房未经抗震设防的农户。\n"
    "第三条 补助标准：\n（一）拆除重建的，每户补助2.5万元；\n（二）加固改造的，每户补助1.2万元；\n"
    "（三）脱贫户、低保户在上述标准基础上每户再增加5000元。\n"
    "第四条 拆除重建的房屋按抗震设防烈度8度设防，设置圈梁、构造柱。\n"
    "第五条 农户向村民委员会提出申请，村民委员会评议后公示5天，乡镇人民政府10个工作日内审核。\n"
    "第六条 补助资金分两次拨付：主体完工后拨付60%，竣工验收合格后拨付剩余40%。\n"
    "第七条 已享受农村危房改造补助的农户，不重复享受本补助。\n"
    "第八条 本办法自2026年2月1日起施行。\n"
)
BRIEFING = (
    "防震减灾工作简报\n2026年第2期（总第27期）\n秦安县地震局编\n2026年6月30日\n"
    "【工作动态】全县农村民居抗震改造进展顺利截至6月25日，我县2026年计划实施的1260户农村民居抗震改造已开工"
    "1138户，其中拆除重建716户、加固改造422户；已竣工453户，拨付补助资金1962万元。\n"
    "【下步工作】\n一、7月15日前完成第二批抗震改造项目的主体完工验收。\n"
)
REPLY = (
    "信件标题 | 脱贫户的土坯房鉴定为D级，准备拆了重建，抗震改造能补多少？\n"
    "来信内容 | 我家在莲花镇，是脱贫户。我们准备今年拆了重建，预算15万左右。"
    "请问县里的抗震改造能补助多少？钱什么时候给？\n"
    "答复单位 | 秦安县住房和城乡建设局 | 答复时间 | 2026-03-12\n"
    "答复内容 | 您好！经县住建局会同县地震局核实，答复如下： "
    "一、根据《秦安县农村民居地震安全工程抗震改造补助办法》，拆除重建的每户补助2.5万元；"
    "脱贫户在此基础上每户再增加5000元。您家合计可补助3万元。 二、补助资金分两次拨付："
    "主体完工后拨付60%即1.8万元，竣工验收合格后拨付剩余的1.2万元。\n"
)
ROUNDUP = (
    "房子抗震了 天水扎实推进防震减灾\n"
    "天水秦安县对农村民居抗震改造给予补助，拆除重建的每户补助2.5万元，今年计划改造1260户。"
    "天水张家川县计划明年实施农村民居抗震改造。\n"
)
TRAINING = (
    "灵山县关于举办2026年暑期青少年体育免费培训的通知\n"
    "一、培训对象：本县7至15周岁的中小学生。\n"
    "二、培训时间：2026年7月13日至8月14日，每周一至周五下午。\n"
    "三、报名方式：2026年7月1日至7月5日通过微信公众号报名，每人限报1个项目。\n"
    "四、培训项目和名额：开设游泳、篮球、足球、武术、乒乓球5个项目，各项目招生名额如下。\n"
    "2026年暑期青少年体育免费培训各项目招生名额\n"
    "篮球 | 招生名额: 120名\n乒乓球 | 招生名额: 60名\n游泳 | 招生名额: 200名\n"
    "武术 | 招生名额: 80名\n足球 | 招生名额: 100名\n"
)
ARCHIVE_REPLY = (
    "信件标题 | 村档案室扫描了18000页档案，数字化补助能拿多少？\n"
    "来信内容 | 我是大畈镇西泉村的文书，村档案室扫描了18000页纸质档案、600张照片。\n"
    "答复单位 | 通山县档案馆 | 答复时间 | 2026-05-20\n"
    "答复内容 | 经县档案馆核实，答复如下： 根据《通山县档案数字化加工补助办法》，纸质档案按每页0.3元补助，"
    "18000页为5400元；照片档案按每张1元补助，600张为600元；合计6000元，超过村（社区）档案室每个每年最高"
    "5000元的标准，按5000元补助。\n"
)
ALLOCATION = (
    "通山县2026年第一批档案数字化补助资金分配表\n"
    "序号 | 单位 | 纸质档案（页） | 核定补助（元）\n"
    "1 | 县人民医院 | 120000 | 36000\n2 | 县自然资源和规划局 | 150000 | 45000\n"
    "3 | 大畈镇人民政府 | 30000 | 9000\n4 | 港路村 | 20000 | 5000\n"
    "合计 | — | 320000 | 95000\n"
)
DOCS = {
    "甘肃/秦安县/秦安县农村民居地震安全工程抗震改造补助办法.txt": MEASURE,
    "甘肃/秦安县/秦安县防震减灾工作简报.txt": BRIEFING,
    "甘肃/秦安县/12345 脱贫户的土坯房拆了重建，抗震改造能补多少？.txt": REPLY,
    "新闻/天水扎实推进防震减灾.txt": ROUNDUP,
    "广西/灵山县/灵山县暑期青少年体育免费培训的通知.txt": TRAINING,
    "湖北/通山县/12345 村档案室扫描了18000页档案，数字化补助能拿多少？.txt": ARCHIVE_REPLY,
    "湖北/通山县/通山县2026年第一批档案数字化补助资金分配表.txt": ALLOCATION,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy30")


def test_when_a_measure_began_to_be_carried_out_is_the_day_it_takes_effect(retriever: Retriever) -> None:
    """实行 is how askers write 施行 (t03, where the 简报's 截至6月25日 had answered): the documents' word is
    the question's term's form. (The answer below holds on this small index without it too.)"""
    question = analyse(retriever, "秦安抗震改造补助办法从哪天开始实行？")
    assert [t.forms for t in question.terms if t.text == "实行"] == [("施行",)]
    found = ask(retriever, "秦安抗震改造补助办法从哪天开始实行？")
    assert found.answerable is True
    assert [c.unit.text for c in found.claims] == ["第八条 本办法自2026年2月1日起施行。"]


def test_an_autonomous_county_asked_by_its_short_name_is_the_scope(retriever: Retriever) -> None:
    """张家川县 only plans the measure (u03): 秦安县's figures had answered for it."""
    question = analyse(retriever, "张家川县农村民居抗震改造每户补助多少？")
    assert question.places == ("甘肃省天水市张家川回族自治县",)
    found = ask(retriever, "张家川县农村民居抗震改造每户补助多少？")
    assert (found.answerable, found.reason) == (False, "place_unmatched")
    assert found.answer == "文档中没有找到关于甘肃省天水市张家川回族自治县的相关内容。"


def test_jishi_asks_a_date_not_a_count(retriever: Retriever) -> None:
    question = analyse(retriever, "灵山暑期体育免费培训几时报名？")
    assert (question.slot, question.measure) == ("date", "")
    found = ask(retriever, "灵山暑期体育免费培训几时报名？")
    assert found.answerable is True
    assert [c.unit.text for c in found.claims] == [
        "三、报名方式：2026年7月1日至7月5日通过微信公众号报名，每人限报1个项目。"
    ]


def test_when_to_sign_up_is_the_field_named_for_signing_up(retriever: Retriever) -> None:
    """「…幾時報名」 (c02): the 报名方式 field states the days of 报名; the 培训时间 field, a date field
    too and sharing more of the question's words (免费, 培训), states the days of the training."""
    question = analyse(retriever, "我個仔今年10歲，喺靈山讀小學，暑假嗰個免費體育培訓幾時報名㗎？")
    assert (question.slot, asked_event(question)) == ("date", "报名")
    assert asked_event(analyse(retriever, "灵山暑期体育免费培训什么时候可以报名")) == "报名"
    assert asked_event(analyse(retriever, "灵山暑期体育免费培训的报名时间是什么时候")) == ""
    found = ask(retriever, "我個仔今年10歲，喺靈山讀小學，暑假嗰個免費體育培訓幾時報名㗎？")
    assert [c.unit.text for c in found.claims] == [
        "三、报名方式：2026年7月1日至7月5日通过微信公众号报名，每人限报1个项目。"
    ]


def test_a_row_named_by_its_label_answers_over_its_table_s_other_rows(retriever: Retriever) -> None:
    """「…游泳招多少人?」 (n21): the 游泳 row, whatever rows of its table rank above it (on eval/policy30's
    whole collection the 篮球 row ranked first and answered); the rows of a table the question names no row
    of stay candidates."""
    question = "灵山暑假免费体育培训游泳招多少人？"
    found = ask(retriever, question)
    assert [c.unit.text for c in found.claims if " | " in c.unit.text] == ["游泳 | 招生名额: 200名"]
    # asked of no row, every row of the table stays a candidate
    unnamed = ask(retriever, "灵山暑假免费体育培训招多少人？").units
    rows = [u for u in unnamed if " | " in u.text]
    assert sorted(u.text for u in rows) == sorted(TRAINING.splitlines()[-5:])
    # … and asked of 游泳 with the 篮球 row ranked first, as the whole collection's ranking had it
    ranked = sorted(rows, key=lambda u: not u.text.startswith("篮球")) + [u for u in unnamed if u not in rows]
    kept = answering(ranked, analyse(retriever, question), lambda u: True)
    assert [u.text for u in kept if " | " in u.text] == ["游泳 | 招生名额: 200名"]


def test_a_batch_named_is_asked_of_its_own_document(retriever: Retriever) -> None:
    """「…第一批…一共分了多少?」 (n13): the 第一批 分配表's 合计, not the reply's 合计6000元 reckoning one
    village's sum."""
    found = ask(retriever, "通山县2026年第一批档案数字化补助资金一共分了多少？")
    assert found.answerable is True
    assert [c.unit.text for c in found.claims if "合计" in c.unit.text] == ["合计 | — | 320000 | 95000"]
