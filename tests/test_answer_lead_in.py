"""An item of an enumeration states what its introduction says of it: 「（八）牙齿治疗、牙齿修复、
牙齿矫正…」 quoted alone answers 「孩子做牙齿矫正，…能报吗?」 as if it were covered — it is an exclusion
(因下列情形之一…，我们不承担给付保险金的责任：). A claim quoting an item on a line of its own is quoted with
the introduction before it, as a claim of its own; an introduction that only announces (现答复如下：) is not.
(eval/orgdocs y02, written blind.) Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from tests.policydocs import ask, index_docs

ITEMS = (
    "（一）投保前已患有的疾病（既往症）及其并发症；",
    "（二）投保人对被保险人的故意杀害、故意伤害；",
    "（三）被保险人故意犯罪或者抗拒依法采取的刑事强制措施；",
    "（四）被保险人醉酒，主动服用、吸食或注射毒品；",
    "（五）被保险人从事潜水、跳伞、攀岩、蹦极等高风险运动；",
    "（六）牙齿治疗、牙齿修复、牙齿矫正、镶牙、种植牙，但因意外伤害所致的除外；",
    "（七）整形美容、视力矫正手术、变性手术；",
    "（八）精神和行为障碍。",
)
LEAD = "第八条 责任免除 因下列情形之一导致被保险人发生医疗费用的，我们不承担给付保险金的责任："
TERMS = "\n".join(
    [
        "安泰e享百万医疗保险条款",
        "第三条　保险期间　本合同保险期间为1年。",
        "第五条　保险金额与免赔额　一般医疗保险金年度保险金额为300万元。一般医疗保险金的年度免赔额为1万元。",
        "第六条　保险责任　被保险人经医院诊断必须住院治疗的，我们对其住院医疗费用扣除免赔额后按比例给付。",
        LEAD,
        *ITEMS,
        "第九条　犹豫期　自您签收本合同之日起15日为犹豫期。",
    ]
)
NOTICE = "\n".join(
    [
        "关于加强人才工作的通知",
        "各区县人民政府：",
        "一、设立人才编制周转池，拿出150个事业编制用于引进高层次人才。",
        "二、完善人才服务体系，建设人才公寓300套。",
    ]
)
# A section heading that turns its items around (eval/policy13 y06, written blind: 「在甘州区自然保护区
# 核心区里放羊，羊被狼咬死了，能补偿吗？」 was answered with the item alone, as if it were compensated)
REFUSED = (
    "（一）在自然保护区核心区、缓冲区内擅自放牧、耕种或者违规进入造成损失的；"
    "（二）故意挑逗、投打、追赶野生动物或者擅自猎捕造成损失的；（三）受害人逾期报告的。"
)
COMPENSATION = "\n".join(
    [
        "甘州区陆生野生动物致害补偿实施方案",
        "一、补偿范围",
        "野猪、狼等陆生野生动物造成人身伤害或者家畜、农作物损失的，依照本方案给予补偿。",
        "二、补偿标准",
        "（一）家畜损失。牛、羊死亡的，按当地市场价格的70%补偿，羊每只最高800元。",
        "（二）农作物损失。损失程度在30%以上的，按每亩600元补偿。",
        "三、不予补偿的情形",
        REFUSED,
        "四、申请条件",
        "（一）受害人是本区常住居民；（二）损害发生在本区行政区域内。",
    ]
)
REPLY = "\n".join(
    [
        "12345热线答复：小区电梯坏了找谁修",
        "您反映的问题已收悉，现答复如下：",
        "一、经核实，锦绣华庭2号楼电梯已于3月20日报修，维保单位江城电梯公司已更换曳引机钢丝绳。",
        "二、电梯维修费用由专项维修资金列支，业主无需另行缴费。",
    ]
)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    docs = {
        "保险/安泰e享百万医疗保险条款.txt": TERMS,
        "物业/12345热线答复.txt": REPLY,
        "通知.txt": NOTICE,
        "甘州区/野生动物致害补偿.txt": COMPENSATION,
    }
    return index_docs(docs, tmp_path_factory, "lead-in")


def test_an_exclusion_is_quoted_with_what_excludes_it(retriever: Retriever) -> None:
    found = ask(retriever, "孩子做牙齿矫正，安泰e享百万医疗能报吗?")
    assert found.answerable
    quotes = [c.unit.text for c in found.claims]
    item = ITEMS[5].rstrip("；")
    assert item in quotes
    assert quotes[quotes.index(item) - 1] == LEAD.rstrip("：")


def test_a_notices_addressees_are_no_introduction(retriever: Retriever) -> None:
    # (各区县人民政府： ends in a colon above 一、…: it names whom the notice is for, not what its items are)
    found = ask(retriever, "哪里设立了人才编制周转池?")
    assert found.answerable
    assert found.claims[0].unit.text.startswith(NOTICE.split("\n")[2])
    assert "各区县人民政府" not in found.answer


def test_an_announcement_is_no_introduction(retriever: Retriever) -> None:
    found = ask(retriever, "小区电梯维修的钱要业主自己出吗?")
    assert found.answerable
    assert found.claims[0].unit.text == "二、电梯维修费用由专项维修资金列支，业主无需另行缴费。"
    assert "如下" not in found.answer


def test_a_section_heading_that_refuses_is_quoted_with_its_item(retriever: Retriever) -> None:
    found = ask(retriever, "在甘州区自然保护区核心区里放羊，羊被狼咬死了，能补偿吗？")
    assert found.answerable
    quotes = [c.unit.text for c in found.claims]
    assert quotes[0] == "三、不予补偿的情形"
    assert quotes[1].startswith("（一）在自然保护区核心区、缓冲区内擅自放牧")


def test_a_section_heading_that_only_names_is_not_quoted(retriever: Retriever) -> None:
    found = ask(retriever, "甘州区野生动物致害补偿对受害人有什么条件？")
    assert found.answerable
    assert "受害人是本区常住居民" in found.answer
    assert "四、申请条件" not in [c.unit.text for c in found.claims]
