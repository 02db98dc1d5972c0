"""The sentence stage: idf-weighted coverage of the query by a passage's best window of sentences."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.asked import asks, states_asked
from indexer.normalize import normalize
from indexer.rerank import answer_type_stage, best_window_coverage, ends_asking, weighted_terms
from indexer.segment import TokenizerConfig, tokenize

GRAMS = TokenizerConfig(words=False, bigrams=True, stopwords=False, user_dict=False)


def grams(text: str) -> list[str]:
    return tokenize(text, GRAMS)


def test_terms_absent_from_the_collection_are_dropped() -> None:
    idf = {"#人才": 1.0, "#才公": 2.0}
    assert weighted_terms(["#人才", "#才公", "#公寓", "#人才"], lambda t: idf.get(t, 0.0)) == idf


def test_query_terms_together_in_one_window_beat_scattered_ones() -> None:
    terms = {t: 1.0 for t in grams("交换发球权")}
    together = "网球比赛规则很多。一局比赛结束之后交换发球权。其他说明。"
    scattered = "一局比赛结束后交换场地。第二段说明。第三段说明。发球权由裁判决定。"
    cover = best_window_coverage(terms, [together, scattered], grams)
    assert cover[0] == 1.0
    assert 0 < cover[1] < 1.0


def test_window_spans_two_sentences_and_weights_by_idf() -> None:
    terms = {"#运城": 3.0, "#编制": 1.0}
    cover = best_window_coverage(
        terms, ["運城市人才工作。拿出150個事業編制。", "编制很多。无关。无关。运城"], grams
    )
    np.testing.assert_allclose(cover, [1.0, 0.75])
    assert best_window_coverage({}, ["任何文本。"], grams).tolist() == [0.0]


def test_the_answer_type_stage_raises_only_passages_stating_what_is_asked() -> None:
    """「每月补贴多少钱」: the passage stating 300元 gains the head's score spread × weight, and the letter
    that only repeats the question's words (请问…？) loses as much; a question asking no number or date
    only lowers the letter."""
    texts = ["请问高龄补贴每月多少钱？", "每人每月300元。", "补贴按月发放。"]
    fused = np.array([3.0, 2.0, 1.0])
    keys = np.array([0, 1, 2])
    head = np.array([0, 1, 2])
    money = asks(normalize("闵行区高龄补贴每月多少钱?"))
    assert (money.slot, money.measure) == ("number", "money")
    out = answer_type_stage(fused, head, money, texts.__getitem__, keys, 1.5)
    step = 1.5 * float(np.std([3.0, 2.0, 1.0]))
    # the letter asking (请问…？) loses as much as the reply stating 300元 gains
    assert out.tolist() == pytest.approx([3.0 - step, 2.0 + step, 1.0])
    assert int(np.argmax(out)) == 1
    how = asks(normalize("高龄补贴怎么申请?"))
    out = answer_type_stage(fused, head, how, texts.__getitem__, keys, 1.5)
    assert out.tolist() == pytest.approx([3.0 - step, 2.0, 1.0])
    # a head where no passage asks and none states what is asked stays as it was
    plain = ["高龄补贴的申请办法。", "每人每月300元。", "补贴按月发放。"]
    assert answer_type_stage(fused, head, how, plain.__getitem__, keys, 1.5).tolist() == [3.0, 2.0, 1.0]
    # a figure the question states itself is no answer (2024 of 「2024年…什么时候」)
    when = asks(normalize("2024年的补贴什么时候发放?"))
    dated = ["2024年补贴政策问答", "资金自7月起拨付。", "补贴按月发放。"]
    out = answer_type_stage(fused, head, when, dated.__getitem__, keys, 1.0)
    assert out[0] == 3.0 and out[1] > 2.0 and out[2] == 1.0


def test_a_question_asking_for_papers_raises_the_passage_listing_them() -> None:
    """「需要提交哪些材料」: the article listing the papers (a 申请材料： field, or two kinds of papers named)
    gains over the article naming the subsidy; 「怎么申请」 asks no list of papers."""
    papers = asks(normalize("申请双流区新能源汽车消费补贴需要提交哪些材料?"))
    assert (papers.slot, papers.papers) == ("", True)
    assert [
        asks(normalize(q)).papers for q in ("二七区上牌需要带哪些东西", "如何申请住房补贴?", "补贴多少钱?")
    ] == [
        True,
        False,
        False,
    ]
    texts = [
        "第一条 为促进新能源汽车消费，制定本细则。",
        "第五条 申请材料：（一）本人身份证；（二）机动车销售统一发票。",
        "凭本人身份证和结婚证办理。",
        "第八条 本细则由区商务局负责解释。",
    ]
    fused = np.array([4.0, 3.0, 2.0, 1.0])
    keys = np.arange(4)
    out = answer_type_stage(fused, keys, papers, texts.__getitem__, keys, 1.0)
    spread = float(np.std(fused))
    assert out.tolist() == pytest.approx([4.0, 3.0 + spread, 2.0 + spread, 1.0])
    how = asks(normalize("如何申请新能源汽车消费补贴?"))
    assert answer_type_stage(fused, keys, how, texts.__getitem__, keys, 1.0).tolist() == [4.0, 3.0, 2.0, 1.0]


def test_a_question_asking_for_a_day_wants_a_day_not_a_year() -> None:
    """「截止到哪天」: the notice's opening naming 2024年 states a date but not the day asked; the article
    「2024年8月1日至2024年8月31日」 does. 「什么时候施行」 takes any date."""
    day = asks(normalize("南海区普惠托育机构建设补助申报截止到哪天?"))
    assert (day.slot, day.day) == ("date", True)
    assert asks(normalize("本办法什么时候开始施行?")).day is False
    texts = [
        "现开展2024年普惠托育机构建设补助申报工作。",
        "三、申报时间\n2024年8月1日至2024年8月31日。",
        "工作日办理。",
    ]
    fused = np.array([3.0, 2.0, 1.0])
    keys = np.arange(3)
    out = answer_type_stage(fused, keys, day, texts.__getitem__, keys, 1.0)
    assert out.tolist() == pytest.approx([3.0, 2.0 + float(np.std(fused)), 1.0])
    when = asks(normalize("本办法什么时候开始施行?"))
    out = answer_type_stage(fused, keys, when, texts.__getitem__, keys, 1.0)
    spread = float(np.std(fused))
    assert out.tolist() == pytest.approx([3.0 + spread, 2.0 + spread, 1.0])


def test_a_passage_ending_in_a_question_of_its_own_is_not_the_answer() -> None:
    """A citizen's letter ends 请问…？谢谢！ or with its date line (asking.ends_asking): it is lowered
    below the reply whatever the question asks; an FAQ passage holding the question and its answer is not."""
    texts = [
        "留言内容：我母亲今年82岁，请问高龄补贴每月多少钱？需要到哪里申请？谢谢！",
        "问：没有住房，户口可以落在哪里？\n答：可以落户在用人单位集体户。",
        "外地户口孩子能在洪山区上公办小学吗？\n【回复单位】洪山区教育局 2024-04-15",
        "答复如下：符合条件的可在居住地申请。",
    ]
    assert [ends_asking(t) for t in texts] == [True, False, True, False]
    # an FAQ's answer short enough to pass for a letter's closing lines is still an answer: only a field of
    # the page, thanks or a few words with no sentence's end close a letter (policy16's 首贷贴息 FAQ)
    closing = [
        "来信内容 | 我的积分够不够？孩子能不能一起迁？\n办理单位 | 亭湖分局\n回复时间 | 2025-07-24",
        "请问在哪里办理？\n留言时间：2025-06-03 21:46",
        "能否尽快答复？盼复！",
        "请问怎么申请？\n已解决 未解决",
    ]
    answered = [
        "2.哪些主体可以申请首贷贴息？\n在都江堰市注册登记、依法纳税的小微企业可以申请。个体工商户参照小微企业执行。",
        "能否跨省办理？\n可以。",
        "- Q：多久发一次？\n- A：按季度申请，每季度首月1日至20日受理上一季度的补贴。",
        "问：办理收费吗？\n【答】不收取任何费用。",
    ]
    assert [ends_asking(t) for t in closing + answered] == [True] * 4 + [False] * 4
    fused = np.array([4.0, 3.0, 2.0, 1.0])
    keys = np.arange(4)
    how = asks(normalize("外地户口孩子怎么上公办小学?"))
    out = answer_type_stage(fused, keys, how, texts.__getitem__, keys, 0.5)
    step = 0.5 * float(np.std(fused))
    assert out.tolist() == pytest.approx([4.0 - step, 3.0, 2.0 - step, 1.0])
    asking = [texts[0], texts[2]]
    assert answer_type_stage(fused[:2], keys[:2], how, asking.__getitem__, keys[:2], 0.5).tolist() == [
        4.0,
        3.0,
    ]


def test_a_rule_starting_on_a_day_does_not_answer_when_a_payday_or_deadline_is_asked() -> None:
    """「几号发到卡上」「截止到哪天」: 「自1月1日起…」 says when a rule begins, not the day asked;
    「从哪天开始」 is answered by it."""
    payday = asks(normalize("张店区的高龄津贴一般几号发到卡上？"))
    start = asks(normalize("平阳县电动自行车以旧换新活动从哪天开始?"))
    assert (payday.day, payday.start, start.day, start.start) == (True, False, True, True)
    begins = normalize("淄博市张店区从1月1日起将80至89周岁老年人纳入高龄津贴发放范围。")
    paid = normalize("高龄津贴按季度发放，每季度第一个月的20日前发放至老年人本人社会保障卡。")
    assert [states_asked(payday, begins), states_asked(payday, paid)] == [False, True]
    assert [states_asked(start, begins), states_asked(start, paid)] == [True, True]


def test_a_span_of_years_is_no_date() -> None:
    """补贴期限3年 and 连续运营满1年 say how long, not when: 「临河区2026年…建设补助什么时候申报？」 had been
    answered by a reply naming the notice and 补贴期限3年 (eval/policy43 d06, written blind)."""
    when = asks("临河区2026年社区养老服务综合体建设补助什么时候申报？")
    assert when.slot == "date"
    reply = "根据《关于组织申报2026年…的通知》，上门服务补贴每张每月200元，补贴期限3年。"
    assert not states_asked(when, reply)
    assert not states_asked(when, "连续运营满1年的养老机构")
    assert states_asked(when, "2026年5月10日至6月20日。")
    assert states_asked(when, "补贴期限3年，2026年5月起申报。")
