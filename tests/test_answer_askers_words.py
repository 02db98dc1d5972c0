"""What an asker writes beside what the documents write (eval/policy27, written blind): a bare 万 sum the
asker states, and a word whose character in brackets the documents write as either (村（居）)."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

_RULE = "历史建筑按核定修缮费用的50%给予补助，每处最高20万元。"
DOCS = {
    "安徽/绩溪县/绩溪县历史建筑和传统民居保护修缮补助办法.html": (
        "<html><head><title>绩溪县历史建筑和传统民居保护修缮补助办法</title></head><body>"
        f"<p>第三条 补助标准：（一）{_RULE}</p>"
        "<p>（二）未定级传统民居，按核定修缮费用的40%给予补助，每处最高10万元。</p></body></html>"
    ),
    "安徽/绩溪县/12345 老房子认定成历史建筑了，修缮核定费用28万，能补多少？.html": (
        "<html><head><title>老房子认定成历史建筑了，修缮核定费用28万，能补多少？</title></head><body>"
        "<p>来信内容：我家老房子去年认定为历史建筑，自己估了35万，核定修缮费用28万，能补多少？</p>"
        "<p>答复内容：您好！经县住房和城乡建设局村镇建设股核实，答复如下：一、根据《绩溪县历史建筑和传统民居保护"
        f"修缮补助办法》，{_RULE}补助以核定修缮费用为准，您家核定修缮费用28万元，可补助14万元，未超过上限。</p>"
        "</body></html>"
    ),
    "山西/阳城县/县长信箱 盖房挖出两个陶罐和一堆铜钱，上报了能奖励多少？.html": (
        "<html><head><title>盖房挖出两个陶罐和一堆铜钱，上报了能奖励多少？</title></head><body>"
        "<p>来信内容：我在润城镇翻盖房子，挖出两个陶罐和一堆铜钱，当天就报了文物局，能奖多少钱？</p>"
        "<p>答复内容：您好！经县文物局核实，答复如下：一、您上交的2个陶罐为三级文物，铜钱共40枚为一般文物。"
        "二、根据《阳城县文物发现报告奖励办法》，三级文物每件奖励5000元，2件计10000元；一般文物每件奖励200元，"
        "40枚计8000元，超过每次最高3000元的限额，按3000元奖励。合计奖励13000元。"
        "三、奖励资金将在鉴定确认后30日内发放。</p></body></html>"
    ),
    "江西/婺源县/婺源县村（居）法律顾问工作补贴发放办法.html": (
        "<html><head><title>婺源县农村“法律明白人”和村（居）法律顾问工作补贴发放办法</title></head><body>"
        "<p>第五条 村（居）法律顾问由县司法局统一选派律师担任，每个村（社区）每年补贴3000元，"
        "由县财政承担。</p>"
        "<p>第六条 “法律明白人”工作补贴每人每年1200元。</p></body></html>"
    ),
    # (村居 is a word of the collection and the question's rarest, 法律顾问 a common one of it: 村居 is the
    # term each region's evidence must carry)
    "湖南/凤凰县/关于开展村居环境整治的通知.html": (
        "<html><head><title>关于开展村居环境整治的通知</title></head><body>"
        "<p>各乡镇开展村居环境整治，清理房前屋后垃圾，由乡镇法律顾问审核整治方案。</p></body></html>"
    ),
    "湖南/凤凰县/凤凰县政府法律顾问工作规则.html": (
        "<html><head><title>凤凰县政府法律顾问工作规则</title></head><body>"
        "<p>第一条 县政府聘请法律顾问，法律顾问参与重大行政决策的合法性审查。</p></body></html>"
    ),
    "新闻/村村有法律顾问 户户有明白人.html": (
        "<html><head><title>村村有法律顾问 户户有明白人</title></head><body>"
        "<p>上饶婺源县今年起对农村“法律明白人”每人每年发放工作补贴1200元。</p>"
        "<p>上饶弋阳县也已为村（居）法律顾问发放补贴，全县村（居）法律顾问实现全覆盖。</p>"
        "</body></html>"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "askers-words")


def test_a_bare_wan_sum_the_asker_states_finds_the_reply_reckoning_it(retriever: Retriever) -> None:
    # (eval/policy27 n01: the reply's rule was quoted, not its 您家核定修缮费用28万元，可补助14万元)
    found = ask(retriever, "绩溪的老房子认定为历史建筑了，自己估了35万，住建局核定修缮费用28万，能补多少钱？")
    assert found.answerable
    assert found.claims[0].unit.text.startswith("补助以核定修缮费用为准，您家核定修缮费用28万元，可补助14万")


def test_a_word_the_documents_write_with_a_character_in_brackets_is_carried(retriever: Retriever) -> None:
    # (eval/policy27 r12: 「村居法律顾问」 is carried by 村（居）法律顾问; the listing had been declined)
    found = ask(retriever, "村居法律顾问 补贴 已发放 县 上饶")
    assert found.answerable
    assert sorted(c.region or "" for c in found.claims) == ["江西省上饶市婺源县", "江西省上饶市弋阳县"]


def test_a_rule_is_quoted_with_the_sum_the_reply_reckons_of_it_next(retriever: Retriever) -> None:
    # (eval/policy27 n05: the reply's 合计奖励13000元。 right after the rule it applies was left out)
    found = ask(
        retriever, "我在润城镇挖出2个陶罐和40枚铜钱，报了文物局，陶罐是三级文物、铜钱是一般文物，能奖励多少？"
    )
    assert found.answerable
    assert found.claims[0].unit.text.endswith("超过每次最高3000元的限额，按3000元奖励。合计奖励13000元。")
