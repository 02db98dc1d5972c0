"""What a 12345 or 留言板 page's asker writes is no answer; the office's reply is (eval/policy20 y01, y04,
y05, y08, written blind: the letter restates the question and its sentences had been quoted over the
reply). And small readings of the question the same collection showed: a fee answered by 免收, 每多缴1年 as
the step a rate is told in, 什么补助 naming no kind of subsidy, a person's story naming places that did
nothing, a place that only plans a 零工市场 not being where one is. Real index, real encoder, the /ask
composition."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.asked import Asked, asks, asks_fee, states_asked
from indexer.asking import letter_spans
from indexer.measures import asked_noun
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.brackets import stated_values
from server.answer.claim_region import NOT_YET, ORIGIN
from tests.policydocs import ask, index_docs

LETTER_PAGE = (
    "公司协商解除合同，我还能领失业金吗？\n"
    "来信人 | 刘**\n来信日期 | 2025-04-14\n"
    "【来信内容】\n"
    "我在钟祥一家建材公司上班7年多了，公司一直给我交着社保。今年3月底公司说订单少了要裁员，让我签了一份"
    "《协商解除劳动合同协议书》，公司按工作年限给了我8个月工资的经济补偿。\n"
    "签完以后同事跟我说，协议上写的是协商一致解除，算是我自己同意走的，领不了失业金。我当时也不懂，现在很着急。\n"
    "想问一下：我这种情况还能不能领失业保险金？已经拿了公司的经济补偿，会不会影响领失业金？\n"
    "【答复内容】\n"
    "您好！现就您反映的问题答复如下：\n"
    "一、由用人单位提出解除劳动合同、双方协商一致解除的，属于非因本人意愿中断就业，符合申领失业保险金的条件。\n"
    "二、用人单位依法支付的经济补偿，不影响您申领失业保险金。\n"
    "三、失业保险金应当在解除劳动合同之日起60日内申领。\n"
)
DOCS = {
    "湖北/钟祥市/12345：公司协商解除合同，我还能领失业金吗？.txt": LETTER_PAGE,
    "湖北/钟祥市/钟祥市失业保险待遇政策解读.txt": (
        "钟祥市失业保险待遇政策解读\n"
        "一、问：我市失业保险金标准是多少？\n答：自2025年1月1日起，我市失业保险金标准为每人每月1755元。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "letters")


def test_a_labelled_letter_runs_from_its_label_to_the_replys() -> None:
    start = LETTER_PAGE.index("【来信内容】") + len("【来信内容】")
    assert letter_spans(LETTER_PAGE) == ((start, LETTER_PAGE.index("【答复内容】")),)
    # a label with no reply after it heads something else: no letter
    assert letter_spans("【问题描述】\n系统无法登录怎么办？\n请重启后再试。") == ()


def test_the_reply_answers_not_the_letter(retriever: Retriever) -> None:
    found = ask(retriever, "在钟祥被公司裁员，公司给了8个月工资的经济补偿，这样我还能领失业金吗？")
    assert found.answerable
    assert found.claims[0].unit.text.startswith("二、用人单位依法支付的经济补偿，不影响您申领失业保险金。")
    letter = LETTER_PAGE.index("【来信内容】"), LETTER_PAGE.index("【答复内容】")
    assert not any(letter[0] <= c.unit.start < letter[1] for c in found.claims)


def test_a_fee_is_answered_by_free() -> None:
    asked = normalize("第三代社保卡首次申领要不要工本费")
    question = replace(asks(asked), fee=asks_fee(asked, "money"))
    assert (question.measure, question.fee) == ("money", True)
    assert states_asked(question, normalize("首次申领第三代社保卡免收工本费。"))
    # … in answer composition only: retrieval's answer-type stage does not read 免收 as the figure asked
    assert not asks(asked).fee
    # a subsidy asked is not answered by what is free
    subsidy = normalize("考证补贴能拿多少钱")
    assert not asks_fee(subsidy, "money")
    assert not states_asked(asks(subsidy), normalize("培训期间免费提供食宿。"))
    assert not states_asked(Asked("number", "money"), normalize("首次申领免收工本费。"))
    # money spent is no charge: 经费, 花费
    assert not asks_fee(normalize("索马利亚的柏培拉港花了欧盟多少经费？"), "money")


def test_the_step_of_a_rate_is_no_value_of_the_asker() -> None:
    assert stated_values(normalize("缴费超过15年的每多缴1年加多少？")) == ()
    assert stated_values(normalize("我交了16年，能领多少？")) == (("years", 16.0),)


def test_which_subsidy_names_no_kind_of_subsidy() -> None:
    assert asked_noun(normalize("失业金领完了还有什么补助能领？一个月多少钱？"), "money") == "补助"
    assert asked_noun(normalize("一次性创业补贴能领多少？"), "money") == "创业补贴"
    assert asked_noun(normalize("拿到了美国专利，一件资助多少?"), "money") == "资助"  # per item, no kind


def test_places_of_a_persons_story_are_not_where_the_measure_is() -> None:
    story = "在平果零工市场登记找活的李师傅，过去几年一直在江西赣州市瑞金市的工地上打零工"
    assert ORIGIN.sub("#", story) == "在平果零工市场登记找活的李师傅，#工地上打零工"
    assert ORIGIN.sub("#", "内蒙古鄂尔多斯市准格尔旗的农民工老赵今年在外地工地打工时遇到欠薪") == (
        "#今年在外地工地打工时遇到欠薪"
    )
    # where the person runs the shop the measure helped is the place
    assert ORIGIN.sub("#", "在泗洪开烘焙店的周女士用15万元创业担保贷款把店开了起来") == (
        "在泗洪开烘焙店的周女士用15万元创业担保贷款把店开了起来"
    )
    assert NOT_YET.search("邵东计划年底前建成市级零工市场") is not None


def test_a_place_that_only_plans_it_is_not_where_it_is(tmp_path_factory: pytest.TempPathFactory) -> None:
    retriever = index_docs(
        {
            "广西/平果市/平果市零工市场正式启用.txt": (
                "平果市零工市场正式启用\n"
                "平果市零工市场位于平果大道人力资源市场一楼，每天7:00—18:00开放，求职登记、岗位发布全部免费。\n"
            ),
            "新闻/零工市场开到家门口.txt": (
                "零工市场开到家门口 多地多措并举稳就业\n"
                "广西百色市平果市零工市场6月6日正式启用，求职登记、岗位发布全部免费。\n"
                "湖南邵阳市邵东市人社局表示，邵东计划年底前建成市级零工市场。\n"
            ),
        },
        tmp_path_factory,
        "planned-place",
    )
    planned = ask(retriever, "邵东市的零工市场在哪里？")
    assert (planned.answerable, planned.reason, planned.claims) == (False, "place_unmatched", ())
    done = ask(retriever, "平果的零工市场在哪里？")
    assert done.answerable and "平果大道人力资源市场一楼" in done.answer


def test_a_sum_asked_by_its_name_is_the_one_named(tmp_path_factory: pytest.TempPathFactory) -> None:
    """「一次性求职创业补贴 每人多少」 by the 公告's figure (in full-width digits), not the roundup's 见习补贴
    1800元 of the same place (eval/policy20 n18, blind); a clause after the one naming the sum is named by it
    (policy3 n01)."""
    retriever = index_docs(
        {
            "辽宁/瓦房店市/关于做好高校毕业生一次性求职创业补贴申领工作的公告.txt": (
                "关于做好高校毕业生一次性求职创业补贴申领工作的公告\n"
                "一、补贴对象\n在毕业学年有就业创业意愿并积极求职创业的瓦房店市户籍困难家庭高校毕业生。\n"
                "二、补贴标准\n一次性求职创业补贴标准为每人\uff11\uff15\uff10\uff10元。\n"
            ),
            "新闻/见习有补贴 求职有红包.txt": (
                "见习有补贴 求职有红包 多地出实招助高校毕业生就业\n"
                "辽宁大连市瓦房店市7月1日起施行新的就业见习管理办法，见习补贴标准为每人每月1800元。\n"
            ),
            "上海/闵行区/区长信箱：高龄补贴能领多少.txt": (
                "区长信箱答复\n根据《闵行区高龄老人养老服务补贴实施办法》，年满80周岁的老年人按年龄段享受养老服务补贴："
                "80至89周岁每人每月150元；90至99周岁每人每月300元；100周岁及以上每人每月800元。\n"
            ),
        },
        tmp_path_factory,
        "named-sum",
    )
    found = ask(retriever, "大连瓦房店 困难家庭高校毕业生 一次性求职创业补贴 每人多少")
    assert [c.unit.text for c in found.claims] == ["一次性求职创业补贴标准为每人\uff11\uff15\uff10\uff10元。"]
    older = ask(retriever, "闵行区90岁以上老人养老服务补贴每月多少钱?")
    assert "90至99周岁每人每月300元" in older.answer and "150元" not in older.answer
