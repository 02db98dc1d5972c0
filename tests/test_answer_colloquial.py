"""Questions in the askers' own words (eval/policy16, business policies, written blind):

- 「技改补贴能按几个点补？」 asks a rate (10%), not a count of 个 — while 几点 is a time of day;
- 「纾困补助交上去以后，多久能办下来？」 asks when the errand is done: 15个工作日内办结, not the 公示5个工作日
  beside it;
- 兴义's 「老城区改造施工区域内」 is the old town, no district of 洛阳;
- 「企业招应届大学生」: a verb after a word makes no compound (企业招), as 消费 券 does;
- 「大冶正在制定…奖励办法，预计年内出台」: a rule being drafted is not yet a measure taken;
- 「慈溪的大企业，稳岗返还能退回多少比例？」: a 大企业 is a 大型企业; 中小微企业's 60% does not answer it.

Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.measures import asked_measure
from indexer.normalize import normalize
from indexer.region import regions_in
from indexer.retrieve import Retriever
from indexer.rungs import asked_rungs
from server.answer.answer_config import DEFAULT_CONFIG
from server.answer.compose import analyse
from server.answer.forms import timed_event
from server.answer.keyterms import key_terms
from tests.policydocs import ask, index_docs


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("醴陵的陶瓷厂改窑炉，技改补贴能按几个点补？", "percent"),
        ("贷款利率降了多少个百分点？", "percent"),
        ("政务服务中心几点上班？", ""),
        ("全市设了几个服务点？", "counter:个"),
        ("设置了几个点位？", "counter:个"),
    ],
)
def test_points_of_a_rate(question: str, measure: str) -> None:
    assert asked_measure(normalize(question)) == measure


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        # (eval/policy28 n03, c02, blind: declined, the sum asked as a length)
        ("龙游深度困难职工家庭每年生活救助是多少？", ""),
        ("省里高度重视的民生实事有多少件？", "counter:件"),
        ("水库的深度是多少？", "length"),
        ("这座塔的高度？", "length"),
        ("大桥高度 多少", "length"),
    ],
)
def test_depth_and_height_as_words_of_degree_ask_no_length(question: str, measure: str) -> None:
    assert asked_measure(normalize(question)) == measure


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("滕州纾困补助交上去以后，多久能办下来？", "办结"),
        ("营业执照几天能批下来？", "办结"),
        ("扩岗补助审核要多长时间？", "审核"),
    ],
)
def test_the_event_a_duration_question_asks(question: str, event: str) -> None:
    assert timed_event(normalize(question)) == event


def test_the_old_town_is_no_district() -> None:
    sentence = "贵州兴义市对承租国有经营性房屋的个体工商户减免3个月租金，老城区改造施工区域内的减免6个月"
    assert regions_in(sentence) == ["贵州省黔西南布依族苗族自治州兴义市"]
    assert regions_in("河南省洛阳市西工区") == ["河南省洛阳市西工区"]


DOCS = {
    "新闻/多地加码支持专精特新.txt": (
        "多地加码支持中小企业专精特新发展\n"
        "浙江义乌市对首次认定为国家级专精特新“小巨人”的企业给予一次性奖励120万元。\n"
        "湖南醴陵市对首次认定的国家级“小巨人”企业奖励50万元。\n"
        "湖北大冶市经信局有关负责人表示，大冶正在制定专精特新企业梯度培育奖励办法，预计年内出台。\n"
    ),
    "新闻/稳岗扩岗.txt": (
        "稳岗扩岗政策加码 多地真金白银助企留工\n"
        "江苏常熟市对企业招用高校毕业生的，一次性扩岗补助达到每人2000元。\n"
        "山东滕州市企业招用应届高校毕业生，每招用1名补助1500元。\n"
    ),
    "浙江/慈溪市/稳岗返还标准.html": (
        "<html><head><title>2025年慈溪市稳岗返还标准</title></head><body><h1>2025年慈溪市稳岗返还标准</h1>"
        "<p>上年度足额缴纳失业保险费满12个月的企业，按下表比例返还上年度实际缴纳的失业保险费：</p>"
        "<table><tr><td>企业类型</td><td>返还比例（%）</td></tr>"
        "<tr><td>大型企业</td><td>30</td></tr><tr><td>中型企业</td><td>60</td></tr>"
        "<tr><td>小微企业</td><td>60</td></tr></table></body></html>"
    ),
    "新闻/稳岗返还免申即享.txt": (
        "多地稳岗返还免申即享\n"
        "浙江慈溪市今年继续实行稳岗返还“免申即享”，中小微企业按上年度实际缴纳失业保险费的60%返还。\n"
    ),
    "山东/滕州市/12345答复.txt": (
        "12345热线答复：企业招用应届毕业生有没有补贴\n"
        "诉求内容：我是滕州一家机床配件公司负责招聘的，听说企业招应届生政府有补贴，请问怎么申请？\n"
        "答复内容：一次性扩岗补助申领渠道为“爱山东”APP，企业登录后进入“一次性扩岗补助申领”模块在线申领。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "colloquial")


def test_a_verb_after_a_word_makes_no_compound(retriever: Retriever) -> None:
    question = analyse(retriever, "现在哪些地方企业招应届大学生，政府会给一笔补助？")
    keys = [t.text for t in key_terms(question, DEFAULT_CONFIG.key_term_margin)]
    assert "企业招" not in keys
    assert "企业招" not in [t.text for t in question.compounds]


def test_a_rule_being_drafted_is_not_yet_taken(retriever: Retriever) -> None:
    found = ask(retriever, "哪些地區對首次評上專精特新「小巨人」的企業發獎金？")
    assert found.answerable
    assert [c.region for c in found.claims] == ["浙江省金华市义乌市", "湖南省株洲市醴陵市"]
    drafted = ask(retriever, "大冶市对专精特新小巨人企业奖多少？")
    assert (drafted.answerable, drafted.reason) == (False, "place_unmatched")


def test_an_enterprise_size_is_a_rung() -> None:
    ((_, big),) = asked_rungs(normalize("慈溪的大企业，稳岗返还能退回多少比例？"))
    assert big == {"大型企业"}
    ((_, small),) = asked_rungs(normalize("中小微企业按60%返还"))
    assert small == {"中型企业", "小型企业", "微型企业"}


def test_the_figure_for_the_size_asked(retriever: Retriever) -> None:
    found = ask(retriever, "慈溪的大企业，稳岗返还能退回多少比例？")
    assert found.answerable
    assert "大型企业 | 30" in found.answer
    assert "60%" not in found.answer
