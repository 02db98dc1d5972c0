"""Questions as eval/policy35 (written blind) asked them: a keyword query asking a bound on a quantity it
names (「英德 港澳青年 年龄 要求」: an age), when a batch moves in (the 公告's day, not its opening naming the
batch by its year), and what the asker pays in a year (the 12345 reply's 一年个人共支付180元, not only the
rule's yearly figures). Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.asked import asked_slot
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.forms import asked_per, states_per
from tests.policydocs import ask, index_docs

PLAN = (
    "英德市支持港澳青年创新创业实施方案\n"
    "为深化粤港澳大湾区建设，吸引港澳青年来英德创新创业，结合本市实际，制定本方案。\n"
    "一、本方案所称港澳青年，是指18至45周岁、持有港澳居民来往内地通行证或者港澳居民居住证的香港、澳门居民。\n"
    "二、港澳青年在本市首次创办企业并正常经营满1年的，给予一次性创业启动补贴3万元。\n"
)
TALK = (
    "英德市港澳青年创新创业政策解读\n"
    "今天我们请来市人社局的同志，聊聊港澳青年来英德创业。\n"
    "港澳青年在英德首次创业、经营满一年，可以拿一次性3万元创业启动补贴。\n"
)
NOTICE = (
    "英德市港澳青年创新创业基地2026年第二批入驻项目公告\n"
    "根据《英德市支持港澳青年创新创业实施方案》，经项目申报、专家评审和公示，现将英德市港澳青年创新创业基地"
    "2026年第二批入驻项目公告如下：\n"
    "一、本批共有12个项目入驻基地，其中香港青年项目7个、澳门青年项目5个。\n"
    "二、入驻项目自2026年8月1日起入驻，入驻期为3年，首年免收场租。\n"
)
RULES = (
    "禹州市家庭医生签约服务费收付和分配办法\n"
    "第二条 家庭医生签约服务基础包签约服务费每人每年120元，由医保基金支付60元、基本公共卫生服务经费支付40元、"
    "签约居民个人支付20元。\n"
    "第三条 个性化服务包由居民自愿选择、个人全额支付：老年人健康管理包每人每年60元，高血压或者糖尿病慢病管理"
    "包每人每年80元。\n"
)
REPLY = (
    "信件标题 | 爸妈都70多了，爸爸有高血压，家庭医生签约加上服务包一年自己要掏多少？\n"
    "来信内容 | 我家在神垕镇，父亲73岁，高血压10年了，每月光降压药就花150元；母亲70岁，身体还行。想给两位老人"
    "都签上基础包，父亲再加签高血压的慢病管理包，母亲加签老年人健康管理包。我们不是低保户。请问一年下来个人一"
    "共要交多少钱？\n"
    "答复单位 | 禹州市卫生健康委员会 | 答复时间 | 2026-02-09\n"
    "答复内容 | 您好！根据《禹州市家庭医生签约服务费收付和分配办法》，基础包签约居民个人每人每年支付20元；个"
    "性化服务包由个人全额支付，老年人健康管理包每人每年60元，高血压慢病管理包每人每年80元。 您父母基础包个人"
    "支付20×2=40元，父亲慢病管理包80元，母亲老年人健康管理包60元，一年个人共支付180元。\n"
)
CARE = (
    "夹江县长期护理保险实施细则\n"
    "第四条 参保人员因年老、疾病、伤残等导致失能，经评估达到重度失能等级、失能状态持续6个月以上的，可以申请享"
    "受长期护理保险待遇。\n"
    "第五条 入住定点护理机构接受机构护理的，长期护理保险基金按床日护理费用的70%支付，每人每天最高支付60元。\n"
    "第六条 由定点护理机构上门提供居家护理的，基金按护理费用的75%支付，每人每月最高支付1200元。\n"
)
MEASURES = (
    "南靖县鼓励台湾同胞来南靖创业就业若干措施\n"
    "二、创业补贴。台胞在本县首次创办企业或者个体工商户，正常经营满6个月的，给予一次性创业补贴2万元。\n"
    "三、场租补贴。在基地外租用经营场所的，按实际租金的50%给予补贴，每年最高3万元，补贴期限不超过3年。\n"
    "九、本措施自2026年2月1日起施行，有效期3年。\n"
)
MEASURES_DRAFT = (
    "关于公开征求《南靖县鼓励台湾同胞来南靖创业就业若干措施（征求意见稿）》意见的公告\n"
    "现将《南靖县鼓励台湾同胞来南靖创业就业若干措施（征求意见稿）》全文公布，征求意见截止时间为2025年11月15日"
    "。\n"
    "二、创业补贴。台胞在本县首次创办企业或者个体工商户，正常经营满6个月的，给予一次性创业补贴1万元。\n"
    "六、购房补贴。台胞在本县购买首套商品住房的，按每平方米200元给予补贴，最高3万元。\n"
)
CLINICS = (
    "瓮安县村卫生室分布图\n"
    "全县共有村卫生室102个，其中中心村卫生室12个，实行7×24小时值班。\n\n"
    "草塘镇\n\n"
    "草塘镇新华村卫生室（中心村卫生室）\n"
    "地址：瓮安县草塘镇新华村村委会旁\n"
    "乡镇卫生院医生每周二、周五到本室坐诊。\n"
    "乡村医生：罗**、宋**\n"
    "联系电话：0854-2651087\n"
    "服务时间：全天值班\n\n"
    "草塘镇岩根河村卫生室\n"
    "地址：瓮安县草塘镇岩根河村二组\n"
    "联系电话：0854-2653312\n"
)
CASE = (
    "毒马案\n"
    "毒马案发生于1934年，当时马场的十一匹赛马在一夜之间相继倒毙。\n"
    "1936年5月，法院对此案作出判决，马场饲养员被判有罪。\n"
)
DOCS = {
    "百科/毒马案.txt": CASE,
    "贵州/瓮安县/瓮安县村卫生室分布图.txt": CLINICS,
    "四川/夹江县/夹江县长期护理保险实施细则.txt": CARE,
    "福建/南靖县/南靖县鼓励台湾同胞来南靖创业就业若干措施.txt": MEASURES,
    "福建/南靖县/关于公开征求《南靖县鼓励台湾同胞来南靖创业就业若干措施（征求意见稿）》意见的公告.txt": (
        MEASURES_DRAFT
    ),
    "广东/英德市/英德市支持港澳青年创新创业实施方案.txt": PLAN,
    "广东/英德市/英德市港澳青年创新创业政策解读.txt": TALK,
    "广东/英德市/英德市港澳青年创新创业基地2026年第二批入驻项目公告.txt": NOTICE,
    "河南/禹州市/禹州市家庭医生签约服务费收付和分配办法.txt": RULES,
    "河南/禹州市/12345 爸妈都70多了，家庭医生签约一年自己要掏多少？.txt": REPLY,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy35")


@pytest.mark.parametrize(
    ("query", "slot"),
    [
        ("英德 港澳青年 年龄 要求", "number"),
        ("瓮安 草塘镇新华村卫生室 电话", "number"),
        ("英德 港澳青年 创业 服务热线", "number"),
        ("公租房 家庭 收入 条件", "number"),
        ("老旧小区 加装电梯 面积 限制", "number"),
        # (a bound on no quantity: what one must meet)
        ("英德 港澳青年 申请 条件", ""),
        ("人才公寓 学历 要求", ""),
    ],
)
def test_a_keyword_query_naming_a_bound_on_a_quantity_asks_a_figure(query: str, slot: str) -> None:
    assert asked_slot(normalize(query)) == slot


def test_the_age_asked_by_keywords_is_the_one_the_plan_states(retriever: Retriever) -> None:
    """e01: the talk's sentences sharing more of the query's words (港澳青年在英德首次创业…) had answered."""
    found = ask(retriever, "英德 港澳青年 年龄 要求")
    assert [c.unit.text for c in found.claims] == [
        "一、本方案所称港澳青年，是指18至45周岁、持有港澳居民来往内地通行证或者港澳居民居住证的香港、澳门居民"
        "。"
    ]


def test_when_a_batch_moves_in_is_the_notices_day_not_its_opening(retriever: Retriever) -> None:
    """t04: the 公告's opening names the batch by its year (2026年第二批…如下) and shares the most words; the
    day it states is the answer."""
    found = ask(retriever, "英德港澳青年创新创业基地第二批项目什么时候入驻？")
    assert [c.unit.text for c in found.claims] == [
        "二、入驻项目自2026年8月1日起入驻，入驻期为3年，首年免收场租。"
    ]


def test_a_year_that_answers_when_is_kept(retriever: Retriever) -> None:
    """… but a year that is when it happened answers 「…什么时候」 (not a later sentence's 1936年5月, as it
    had on cmrc2018 DEV_35_QUERY_0 and ten other bench questions while any year-only sentence gave way)."""
    found = ask(retriever, "毒马案发生在什么时候？")
    assert "1934年" in found.claims[0].unit.text and "1936年" not in found.answer


def test_what_the_asker_pays_in_a_year_includes_the_replys_reckoning(retriever: Retriever) -> None:
    """n15: a figure per year was asked (一年…多少) and only 每人每年 read as one; the reply's 一年个人共支付
    180元 is the asker's own year."""
    found = ask(
        retriever,
        "我家在禹州神垕镇，我爸73岁高血压10年每月药费150，我妈70岁，两人都签家庭医生基础包，我爸再加慢病包、"
        "我妈加老年人包，不是低保户，一年个人要交多少签约服务废？",
    )
    assert "一年个人共支付180元" in found.answer


@pytest.mark.parametrize(
    ("said", "per", "states"),
    [
        (
            "您父母基础包个人支付20×2=40元，父亲慢病管理包80元，母亲老年人健康管理包60元，一年个人共支付180元。",
            "年",
            True,
        ),
        ("一个月能领1500元", "月", True),
        ("基础包签约服务费每人每年120元", "年", True),
        ("港澳青年在英德首次创业、经营满一年，可以拿一次性3万元创业启动补贴。", "年", False),
        ("出院之日起一年内申请报销，补助2000元", "年", False),
        ("经营满一年的给予补贴3万元", "年", False),
        ("义务兵在服役期间荣立一等功的，一次性奖励10000元", "次", False),
        ("一年级新生每人补助500元", "年", False),
        # (a month of the quarter: policy23 n03's 两位老人每季度合计1200元 is no monthly sum)
        ("高龄津贴按季度发放，于每季度第一个月的20日前打入老人本人的社会保障卡", "月", False),
    ],
)
def test_a_sum_for_one_year_is_a_yearly_figure(said: str, per: str, states: bool) -> None:
    assert states_per(normalize(said), per) is states


@pytest.mark.parametrize(
    ("question", "per"),
    [
        ("一年个人要交多少签约服务费？", "年"),
        ("每次能报多少？", "次"),
        # (a sum paid once, no rate: policy6 p05 had been answered by 每人次1元)
        ("路北区新建一个长者食堂，政府一次性补多少?", None),
    ],
)
def test_a_rate_asked(question: str, per: str | None) -> None:
    assert asked_per(normalize(question)) == per


def test_a_measure_only_the_superseded_draft_proposed_is_declined(retriever: Retriever) -> None:
    """u09: the 征求意见稿's 购房补贴 was dropped from the 措施 issued; the 措施's 创业补贴 had answered."""
    found = ask(retriever, "我是台胞，去年在南靖买了套120平方的首套商品房，县里能给多少购房补贴？")
    assert (found.answerable, found.reason, found.answer) == (
        False,
        "draft_only",
        "只有征求意见稿提到该事项，正式印发的文件中没有相关规定，无法回答该问题。",
    )
    # … what the 措施 issued does state is answered from it, not from the draft's other figure
    found = ask(retriever, "台胞在南靖第一次开个体工商户，创业补贴给多少？")
    assert "一次性创业补贴2万元" in found.answer and "1万元" not in found.answer
    # … and a question about the draft itself, from the draft
    found = ask(retriever, "南靖台胞创业就业措施的征求意见稿里，购房补贴每平方米多少？")
    assert "按每平方米200元给予补贴" in found.answer


def test_a_severity_the_rules_do_not_cover_is_declined(retriever: Retriever) -> None:
    """u11: the 细则 pays for 重度失能 only; its 70% for 机构护理 had answered 中度失能."""
    found = ask(retriever, "夹江县中度失能的老人，长护险每月能报多少？")
    assert (found.answerable, found.reason) == (False, "category_absent")
    found = ask(retriever, "夹江县重度失能的老人在家请护理机构上门护理，长护险每月最多报多少？")
    assert "每人每月最高支付1200元" in found.answer


def test_a_keyword_query_for_a_telephone_number_is_answered_by_the_places_own(retriever: Retriever) -> None:
    """f01: 「… 电话」 asked nothing an answer is told by; the clinic's name and address had answered."""
    found = ask(retriever, "瓮安 草塘镇新华村卫生室 电话")
    assert [c.unit.text for c in found.claims] == ["联系电话：0854-2651087"]
