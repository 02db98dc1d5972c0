"""A question asked in traditional script is answered from the page written in it when that page states it:
its sentences' meaning is read (ranking.score_units) even when a simplified reply's sentences outnumber
them among the candidates — 「西和縣的受委託照護人，年齡有什麼要求？」 by 第四條 … 不滿70週歲, not the
reply's 您今年66岁，符合…不满70周岁的条件 (eval/policy42 c01, written blind). Real index, real encoder,
/ask's composition."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.retrieve import Retriever
from server.answer.answer_config import DEFAULT_CONFIG
from server.answer.compose import compose
from tests.policydocs import ask, index_docs

RULES = (
    "西和縣農村留守兒童委託照護管理辦法\n"
    "第一條 為加強農村留守兒童關愛保護，落實父母監護責任，結合本縣實際，制定本辦法。\n"
    "第二條 本辦法所稱農村留守兒童，是指父母雙方外出務工或者一方外出務工另一方無監護能力、不滿十六週歲的農"
    "村戶籍"
    "未成年人。\n"
    "第三條 父母雙方外出務工的，應當委託有照護能力的親屬或者其他成年人照護子女，簽訂委託照護協議，並在外出"
    "之日起7日"
    "內報村（居）民委員會備案。\n"
    "第四條 受委託照護人應當年滿18週歲、不滿70週歲，身體健康，無犯罪、吸毒等不良記錄。\n"
    "第五條 外出務工父母每週至少與子女通話或者視訊1次，每年至少回家探望1次。\n"
    "第六條 縣財政對簽訂委託照護協議並備案的受委託照護人發放照護補貼：照護1名兒童的，每年600元；每增加1名兒"
    "童，增加"
    "300元。\n"
)
REPLY = (
    "儿子儿媳出去打工，我照看3个孙子孙女，签了委托照护协议，照护补贴一年能领多少？\n"
    "信件内容：我今年66岁，住长道镇。儿子儿媳3月份去新疆打工了，家里两个孙子一个孙女都由我照看。走之前在村"
    "委会签了"
    "委托照护协议，也备了案。请问这个照护补贴一年能领多少？\n"
    "答复单位：西和县民政局\n"
    "答复内容：您好！根据《西和县农村留守儿童委托照护管理办法》，县财政对签订委托照护协议并备案的受委托照护"
    "人发放"
    "照护补贴：照护1名儿童的每年600元，每增加1名儿童增加300元。您照护3名孙辈，照护补贴为600+2×300=1200元/年，"
    "将于每年12月发放到您的社会保障卡。您今年66岁，符合受委托照护人不满70周岁的条件。\n"
)
AGREEMENT = (
    "西和县农村留守儿童委托照护协议书\n"
    "甲方（委托人）：外出务工父母。乙方（受委托照护人）：有照护能力的亲属或者其他成年人。\n"
    "一、乙方负责照护甲方子女的日常生活，保障其按时入学、按时接种疫苗。\n"
    "二、乙方应当每月向村（居）民委员会报告一次照护情况。\n"
    "三、甲方每月向乙方支付生活费，并每周与子女通话或者视频至少1次。\n"
    "四、乙方不能继续照护的，应当提前15日告知甲方和村（居）民委员会。\n"
    "五、受委托照护人年满70周岁的，本协议自动终止，甲方应当另行委托。\n"
    "六、本协议一式三份，甲方、乙方和村（居）民委员会各执一份。\n"
    "七、受委托照护人的照护补贴由县财政每年12月发放。\n"
)
DOCS = {
    "甘肃/西和县/附件 西和县农村留守儿童委托照护协议书.txt": AGREEMENT,
    "甘肃/西和县/西和縣農村留守兒童委託照護管理辦法（繁體版）.txt": RULES,
    "甘肃/西和县/12345 照护补贴一年能领多少.txt": REPLY,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "script-asked")


def test_the_traditional_page_answers_a_traditional_question(retriever: Retriever) -> None:
    """With a budget of two sentences to embed (12 by default: in eval/policy42's 32 documents the reply's
    sentences took them all), the page's 第四條 is read still."""
    found = compose(
        retriever,
        "西和縣的受委託照護人，年齡有什麼要求？",
        config=replace(DEFAULT_CONFIG, dense_candidates=2),
    )
    assert found.answerable
    assert found.claims[0].unit.text.startswith("第四條 受委託照護人應當年滿18週歲、不滿70週歲，")
    assert "不滿70週歲" in found.answer


def test_a_simplified_question_is_answered_as_before(retriever: Retriever) -> None:
    found = ask(retriever, "西和县的受委托照护人，年龄有什么要求？")
    assert found.answerable
    assert "70" in found.answer
