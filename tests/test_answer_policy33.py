"""Questions as eval/policy33 (written blind) asked them: which regions, from roundups naming regions that
only plan a measure (贾汪计划年内将…纳入…, 西秀区计划明年将…纳入…) and regions whose people are at work or
sharing their experience in another (凤翔区的出租车司机也参加了岐山的…培训, 泉山区的电商主播还到沛县分享…);
whom a measure is for (「陆川哪些家庭可以减免有线电视收视费？」); and a form's title over its 审核意见 row.
Real index, real encoder, /ask's composition."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from indexer.asked import asked_slot
from indexer.extracted import Extracted
from indexer.ingest import prepare_extracted
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from server.answer.claim_region import ELSEWHERE, NOT_YET, VISIT
from server.answer.compose import analyse
from server.answer.forms import ASKS_CHEAPER, ASKS_REPEAT, EXAMPLE_ROW
from server.answer.question import Question
from server.answer.stated import stated_numbers
from tests.policydocs import ask, index_docs

ROUNDUP = (
    "直播带货进乡村 无障碍出行更方便\n"
    "江苏徐州沛县对参加直播电商培训的城乡劳动者给予培训补贴，初级班每人1200元。"
    "徐州铜山区也已对直播电商培训给予补贴。"
    "徐州贾汪区人社局表示，贾汪计划年内将直播电商纳入职业技能培训补贴目录。"
    "泉山区的电商主播还到沛县分享了直播经验。\n"
    "宝鸡岐山县对新购置无障碍出租车每辆补贴3万元，首批8辆已投入运营。"
    "宝鸡扶风县也已投放无障碍出租车，方便乘坐轮椅的群众出行。"
    "凤翔区的出租车司机也参加了岐山的无障碍服务培训。\n"
    "安顺普定县今年为困难残疾人和老年人家庭开展无障碍改造，残疾人家庭每户最高补贴6000元。"
    "安顺平坝区也已开展困难残疾人家庭无障碍改造。"
    "安顺西秀区计划明年将适老化改造纳入家庭无障碍改造。\n"
)
RULES = (
    "陆川县有线电视惠民收视费减免实施办法\n"
    "第一条 为让困难群众看得上、看得好有线电视，结合本县实际，制定本办法。\n"
    "第二条 减免对象为本县城乡低保户、特困供养人员和持证重度残疾人家庭。\n"
    "第三条 有线电视基本收视维护费标准为每户每月25元。\n"
    "第四条 低保户、特困供养人员全额减免；重度残疾人家庭减半收取，每户每月12.5元。"
    "已缴纳的当年收视费，按减免后的标准退还。\n"
)
REPLY = (
    "信件标题 | 低保户家里两台电视，收视费能退多少？\n"
    "来信内容 | 我家在乌石镇，是低保户，家里有两台电视都装了有线电视，今年1月已经把全年的收视费交了。\n"
    "答复内容 | 您好！根据《陆川县有线电视惠民收视费减免实施办法》，低保户基本收视维护费全额减免，"
    "每户限减免1个终端，第二个终端按每月10元收取；已缴纳的当年收视费按减免后的标准退还。\n"
)
PLAN = (
    "虞城县供销合作社2026年农资保供和农产品冷链物流补助实施方案\n"
    "二、补助标准\n项目 | 补助标准 | 上限\n"
    "化肥淡季商业储备 | 按实际储备量每吨贴息20元 | 每家企业最高30万元\n"
    "产地冷藏保鲜库 | 按新建库容每立方米补助200元 | 单个主体最高40万元\n"
    "冷藏车 | 每辆补助3万元 | 每个主体最多补助2辆\n"
)
COLD = (
    "信件标题 | 合作社新建2200立方米冷库，又买了1辆冷藏车，冷链补助一共多少？\n"
    "来信内容 | 我是利民镇辣椒种植合作社的负责人。今年新建了一座产地冷藏保鲜库，库容2200立方米，"
    "又买了1辆冷藏车，总投资120万左右。请问冷链补助一共能拿多少？\n"
    "答复内容 | 您好！产地冷藏保鲜库按新建库容每立方米补助200元，单个主体最高40万元；冷藏车每辆补助3万元。"
    "贵合作社冷库2200立方米，按标准计算为44万元，超过上限，按40万元补助；冷藏车1辆补助3万元；合计43万元。\n"
)
TAXI = (
    "岐山县无障碍出租车推广应用补贴办法\n"
    "第一条 为方便残疾人、老年人等出行，推广无障碍出租车，结合本县实际，制定本办法。\n"
    "第二条 本办法所称无障碍出租车，是指配备轮椅升降装置或者轮椅坡道、"
    "可供乘坐轮椅的乘客直接上下车的巡游出租汽车。\n"
    "第三条 出租汽车企业新购置无障碍出租车的，每辆一次性补贴3万元。\n"
    "第五条 残疾人乘客凭残疾人证乘坐无障碍出租车的，车费按八折收取，差额由县财政按月补给企业。\n"
)
TRAINING = (
    "沛县直播电商人才培训补贴实施细则\n"
    "第一条 为培育县域直播电商人才，结合本县实际，制定本细则。\n"
    "第三条 初级班培训不少于40课时，每人补贴1200元；中级班培训不少于80课时，每人补贴2000元。\n"
    "第四条 每人每年只能享受一次培训补贴，同一等级不得重复享受。\n"
)
DOCS = {
    "江苏/沛县/沛县直播电商人才培训补贴实施细则.txt": TRAINING,
    "陕西/岐山县/岐山县无障碍出租车推广应用补贴办法.txt": TAXI,
    "河南/虞城县/虞城县供销合作社2026年农资保供和农产品冷链物流补助实施方案.txt": PLAN,
    "河南/虞城县/县长信箱 合作社新建2200立方米冷库，又买了1辆冷藏车，冷链补助一共多少？.txt": COLD,
    "新闻/直播带货进乡村 无障碍出行更方便.txt": ROUNDUP,
    "广西/陆川县/12345 低保户家里两台电视，收视费能退多少？.txt": REPLY,
    "广西/陆川县/陆川县有线电视惠民收视费减免实施办法.txt": RULES,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy33")


@pytest.mark.parametrize(
    ("question", "regions"),
    [
        ("徐州哪些县区已经对直播电商培训发补贴了？计划的不算", ["江苏省徐州市沛县", "江苏省徐州市铜山区"]),
        ("宝鸡哪些县已经有无障碍出租车在跑了？只要已经投放的", ["陕西省宝鸡市岐山县", "陕西省宝鸡市扶风县"]),
        ("安顺 困难残疾人家庭 无障碍改造 已开展 县区", ["贵州省安顺市平坝区", "贵州省安顺市普定县"]),
    ],
)
def test_planned_regions_and_regions_at_work_in_another_are_not_listed(
    retriever: Retriever, question: str, regions: list[str]
) -> None:
    """r05, r09, r10: 贾汪区, 西秀区 (planning), 泉山区 and 凤翔区 (their people in 沛县, 岐山) had been
    listed."""
    assert sorted(c.region or "" for c in ask(retriever, question).claims) == regions


@pytest.mark.parametrize(
    ("sentence", "planned", "elsewhere"),
    [
        ("贾汪计划年内将直播电商纳入职业技能培训补贴目录。", True, False),
        ("凤翔区的出租车司机也参加了岐山的无障碍服务培训。", False, True),
        ("泉山区的电商主播还到沛县分享了直播经验。", False, True),
        ("宝鸡扶风县也已投放无障碍出租车，方便乘坐轮椅的群众出行。", False, False),
        ("今年计划纳入补贴目录的项目有12个。", False, False),  # (a time word before 计划: this year's doing)
    ],
)
def test_a_plan_and_a_visit_are_read_as_such(sentence: str, planned: bool, elsewhere: bool) -> None:
    assert (NOT_YET.search(sentence) is not None) is planned
    assert (ELSEWHERE.search(sentence) is not None or VISIT.search(sentence) is not None) is elsewhere


def test_whom_a_measure_is_for_answers_which_households_qualify(retriever: Retriever) -> None:
    """e01: a reply's 全额减免 (what the eligible get, sharing more words) had answered it."""
    found = ask(retriever, "陆川哪些家庭可以减免有线电视收视费？")
    first = found.claims[0].unit.text.split("\n")[0]
    assert first == "第二条 减免对象为本县城乡低保户、特困供养人员和持证重度残疾人家庭。"


def test_a_forms_review_row_is_no_title_of_its_own() -> None:
    """t01, p01: a 申报表's last row, 县邮政管理局审核意见 (an official title's form: …意见), had been its
    title, eight lines down; an official title under its issuing body and number is still taken."""
    form = (
        "怀宁县快递进村运费补贴申报表（2026年一季度）\n项目 | 填写内容\n企业名称\n快递品牌\n"
        "负责人及联系电话\n派送到村级服务站快件数（件）\n申请补贴金额（元）\n县邮政管理局审核意见\n"
        "注：本表须加盖企业公章，复印件无效。"
    )
    prepared = prepare_extracted(Extracted(text=form), "form", DEFAULTS, "申报表.docx")
    assert prepared.meta.title == "怀宁县快递进村运费补贴申报表（2026年一季度）"
    notice = (
        "怀宁县商务局\n怀商\u30142026\u30155号\n关于开展快递进村补贴申报的通知\n"
        "各快递企业：现将有关事项通知如下。"
    )
    prepared = prepare_extracted(Extracted(text=notice), "notice", DEFAULTS, "通知.txt")
    assert prepared.meta.title == "关于开展快递进村补贴申报的通知"


def test_an_askers_case_of_several_things_is_reckoned_by_the_reply(retriever: Retriever) -> None:
    """n04: 冷藏车, named in the question and a row's label, had narrowed 「…一共多少？」 to that row."""
    found = ask(
        retriever,
        "我是虞城利民镇的辣椒合作社，种了800亩，总投资120万左右，新建了2200立方米的冷库，又买了1辆冷藏车，"
        "冷连补助一共多少？",
    )
    assert [c.unit.text for c in found.claims] == [
        "贵合作社冷库2200立方米，按标准计算为44万元，超过上限，按40万元补助；冷藏车1辆补助3万元；合计43万元。"
    ]


def test_the_askers_figures_are_stated_in_their_units() -> None:
    """n15: the asker's 承包5000亩 had preferred the rule's 每台5000元 over the reply; a figure followed by
    no unit (a table's cell) or by a range (90岁 in 90至99周岁: policy3 n01) still is the asker's."""
    question = normalize(
        "望奎惠七镇的合作社，承包5000亩，买了3台40公斤的植保无人机每台6万8，县里累加补贴能拿多少？"
    )
    stated = stated_numbers(cast(Question, SimpleNamespace(norm=question)))
    assert stated is not None
    assert stated.search("20公斤及以上不足30公斤每台5000元") is None
    assert stated.search("载药量40公斤的植保无人机") is not None
    assert stated.search("1 | 40 | 2 | 16000") is not None
    ages = stated_numbers(
        cast(Question, SimpleNamespace(norm=normalize("90岁以上老人养老服务补贴每月多少钱")))
    )
    assert ages is not None and ages.search("90至99周岁每人每月300元") is not None


@pytest.mark.parametrize(
    ("row", "example"),
    [
        ("示例 | 望奎县××农机专业合作社 | 3WWDZ-40B | 40 | 2 | 16000 | 示例行，填报时删除", True),
        ("样例 | 张三 | 1200", True),
        ("1 | 张** | 初级 | 否 | 1200", False),
        ("例如，购置2台的补贴16000元。", False),
    ],
)
def test_a_templates_example_row_is_told(row: str, example: bool) -> None:
    """n15: a template's 示例 row (its figures made up) had been quoted over the reply."""
    assert (EXAMPLE_ROW.search(row) is not None) is example


@pytest.mark.parametrize(
    ("query", "slot"),
    [
        ("虞城 供销社 化肥 淡季储备 贴息 每吨", "number"),
        ("明水县 植保无人机 累加补贴 每台", "number"),
        ("枣强 煤改电 空气源热泵 设备购置补贴 每户最高", "number"),
        ("陆川 重度残疾人家庭 有线电视 收视维护费 每月", ""),  # (a time's rate: the sentence best supported)
    ],
)
def test_a_keyword_query_ending_in_a_rate_or_a_bound_asks_a_number(query: str, slot: str) -> None:
    assert asked_slot(normalize(query)) == slot


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("普定 2022年 已做过 无障碍改造 能否 再申请", ()),  # the asker's own past
        ("我家2023年已经领过补贴，今年还能领吗", ()),
        ("2022年 无障碍改造 补贴标准", ("2022",)),  # a year asked about
        ("2024年发放了多少", ("2024",)),
        ("岷县2023年的过渡期生活救助标准是每人每月多少？", ("2023",)),  # (过渡期: no 过 of the past)
    ],
)
def test_a_year_of_the_askers_own_past_is_no_year_asked(
    retriever: Retriever, question: str, years: tuple[str, ...]
) -> None:
    """y06: 2022年 (when the asker's house was done) had declined it, no document naming 2022年."""
    assert analyse(retriever, question).years == years


def test_whether_one_pays_less_is_answered_by_the_discount(retriever: Retriever) -> None:
    """a01: the 补贴3万元 for the firms buying the taxis (sharing more words) had answered the rider."""
    found = ask(retriever, "在岐山坐轮椅的残疾人打那种能推轮椅上去的出租车，车钱能便宜吗？")
    assert found.claims[0].unit.text.startswith(
        "第五条 残疾人乘客凭残疾人证乘坐无障碍出租车的，车费按八折收取"
    )


@pytest.mark.parametrize(
    ("question", "cheaper"),
    [
        ("在岐山坐轮椅的残疾人打那种能推轮椅上去的出租车，车钱能便宜吗？", True),
        ("有线电视费能不能减免", True),
        # (a rule answers it that states no discount: 漏水当月水费按上年同期月均用水量计收; policy26 y01)
        ("磐安家里水表后面的管子漏水了，漏掉的水费能少收吗？", False),
    ],
)
def test_asking_to_pay_less_is_told(question: str, cheaper: bool) -> None:
    assert (ASKS_CHEAPER.search(normalize(question)) is not None) is cheaper


def test_whether_one_may_have_it_again_is_answered_by_how_often(retriever: Retriever) -> None:
    """y03: the 初级班 rung asked had kept the sentences stating its 1200元, not the limit (第四条)."""
    found = ask(retriever, "我去年在沛县上过直播电商初级班领了补贴，今年再上一次初级班还能领吗？")
    assert found.claims[0].unit.text.startswith("第四条 每人每年只能享受一次培训补贴，同一等级不得重复享受")


@pytest.mark.parametrize(
    ("question", "again"),
    [
        ("我去年在沛县上过直播电商初级班领了补贴，今年再上一次初级班还能领吗？", True),
        ("仙居 同一工种 同一等级 证书 能不能 重复领 技能提升补贴", True),
        ("这个补贴每年都能领吗", True),
        # (the second of a series asked, not a second claim: drcd)
        ("第二次中山十景的评选活动在何时举办？", False),
        ("再生资源回收站点建设补贴多少？", False),
    ],
)
def test_asking_to_have_it_again_is_told(question: str, again: bool) -> None:
    assert (ASKS_REPEAT.search(normalize(question)) is not None) is again


def test_a_vehicle_the_rule_does_not_cover_is_declined(retriever: Retriever) -> None:
    """u10: the 办法's 每辆一次性补贴3万元 for 无障碍出租车 had answered 「… 公交车 购置 补贴」."""
    assert ask(retriever, "岐山 无障碍 公交车 购置 补贴").claims == ()
