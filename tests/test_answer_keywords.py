"""Keyword queries, as a search box or a chat tool's call sends them (eval/policy17, written blind), and what
one collection of hundreds of documents showed (eval/policy_pooled.py: every collection in one index):

- 「契税补贴 购买新建商品住房 地区」 and 「…已配租 地区 汇总」 ask which regions, as 「…的地区有哪些」 does;
- 「当涂县 加装电梯 补助标准」 asks a sum, 「…奖励比例」 a rate, 「…执行时间」 a date, 「…办理时限」 a
  duration;
- a region that is still studying, drafting or having its plan approved (正在调研论证，有望年内出台; 方案…正在
  报批，…补贴标准尚未确定; 将研究推行…; 预计明年下半年开始配租) has not done it, and has no figure;
- a guide's field written as a table row (申请材料 | 1.…) and a reply's 需提供：1.… head the list of
  materials;
- a plain text file's aligned table may end in a column of remarks, and a column of units (补偿项目 | 标准 |
  单位) gives the row's figure its unit: 临时安置费 | 13.5 | 元/平方米·月 states 13.5元/平方米·月.

Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.asked import asks
from indexer.normalize import normalize
from indexer.reflow import table_rows
from indexer.retrieve import Retriever
from server.answer.claim_region import claim_region
from server.answer.compose import analyse
from server.answer.fields import heads_list
from server.answer.narrow import answering
from server.answer.units import Unit, with_column_units
from tests.policydocs import ask, index_docs


@pytest.mark.parametrize(
    ("query", "slot", "measure"),
    [
        ("当涂县 加装电梯 补助标准", "number", "money"),
        ("孝义 房票安置 奖励比例", "number", "percent"),
        ("丹阳 契税补贴 首套 比例 2025", "number", "percent"),
        ("西工区 物业服务收费 政府指导价 执行时间", "date", ""),
        ("浦口区 保障性租赁住房 资格审核 办理时限", "number", "duration"),
        ("西工区 地下车库 停车服务费", "number", "money"),
        # a term's length (eval/policy18 n07, n20)
        ("汇川区 临时居民身份证 有效期", "number", "duration"),
        ("威海荣成 新能源车 公共停车场 免费 时长", "number", "duration"),
        # no attribute named last, or a question's own words: as before
        ("丹阳 购房补贴 硕士研究生", "", ""),
        ("加装电梯的补助标准是什么？", "", ""),
        ("丹阳购房补贴 外地户籍 能否申请", "", ""),
        # (a cost is also answered by 全额免费, which states no sum; whether one pays, by 不收费)
        ("新會 低保戶 燃氣戶內改造 費用", "", ""),
        ("房屋安全鉴定 收费", "", ""),
    ],
)
def test_the_last_keyword_names_what_a_keyword_query_asks(query: str, slot: str, measure: str) -> None:
    asked = asks(normalize(query))
    assert (asked.slot, asked.measure) == (slot, measure)


def _aligned(rows: list[list[str]]) -> str:
    """Rows padded with spaces to display widths (a CJK character counts two), as an editor aligns them."""

    def width(cell: str) -> int:
        return sum(2 if ord(ch) > 0x2E7F else 1 for ch in cell)

    return "\n".join(
        "".join(c + " " * (w - width(c)) for c, w in zip(row[:-1], (26, 8, 16), strict=True)) + row[-1]
        for row in rows
    )


COMPENSATION = [
    ["补偿项目", "标准", "单位", "说明"],
    ["住宅房屋货币补偿基准价", "5800", "元/平方米", "按被征收住宅合法建筑面积计算"],
    ["产权调换安置", "1:1", "—", "按合法建筑面积1:1安置，安置房另按300元/平方米结算"],
    ["搬迁费", "10", "元/平方米", "选择产权调换的按两次计发"],
    ["临时安置费（过渡费）", "13.5", "元/平方米·月", "产权调换按实际过渡期计发，最长36个月"],
    ["货币补偿临时安置费", "6", "个月", "选择货币补偿的一次性计发6个月过渡费"],
]


def test_an_aligned_tables_remark_column_keeps_its_rows_one_table() -> None:
    rows = table_rows(_aligned(COMPENSATION).split("\n"), spaced=True)
    assert rows[2] == "产权调换安置 | 1:1 | — | 按合法建筑面积1:1安置，安置房另按300元/平方米结算"
    assert all(row.count(" | ") == 3 for row in rows)


def test_a_column_of_units_gives_the_rows_figure_its_unit() -> None:
    header = "补偿项目 | 标准 | 单位 | 说明"
    assert with_column_units(header, "搬迁费 | 10 | 元/平方米 | 选择产权调换的按两次计发") == (
        "搬迁费 | 10元/平方米 | 元/平方米 | 选择产权调换的按两次计发"
    )
    assert with_column_units(header, "货币补偿临时安置费 | 6 | 个月 | 一次性计发") == (
        "货币补偿临时安置费 | 6个月 | 个月 | 一次性计发"
    )
    assert (
        with_column_units(header, "装修补偿 | — | — | 由评估机构评估确定")
        == "装修补偿 | — | — | 由评估机构评估确定"
    )


DOCS = {
    "陕西/秦都区/秦都区城中村改造房屋征收安置补偿标准.txt": (
        "咸阳市秦都区城中村改造房屋征收安置补偿标准\n一、适用范围\n本标准适用于秦都区2025年城中村改造项目范围内"
        "集体土地上住宅房屋的征收安置补偿。\n二、补偿标准\n"
        + _aligned(COMPENSATION)
        + "\n三、本标准自2025年5月1日起施行。\n"
    ),
    "新闻/多地更新改造老旧燃气管道.txt": (
        "多地推进老旧燃气管道更新改造 居民户内改造给补贴\n"
        "广东江门市新会区对居民户内燃气管道更换给予补贴，每户最高补贴800元。\n"
        "山东济宁市邹城市对居民户内燃气设施改造费用给予50%补贴，每户最高600元。\n"
        "广西桂平市住建局有关负责人表示，桂平老旧燃气管道更新改造方案已编制完成，正在报批，居民户内改造补贴"
        "标准尚未确定。\n"
        "江西丰城市住建局相关负责人透露，丰城燃气管道改造补贴政策正在调研论证，有望年内出台。\n"
    ),
    "新闻/房票安置.txt": (
        "多地推行城中村改造房票安置\n"
        "湖北鄂州市华容区房票奖励为补偿金额的8%，房票可在全区范围内购买新建商品住房。\n"
        "陕西咸阳市秦都区选择房票安置的，按房票面额的6%给予购房奖励。\n"
        "山西孝义市住建局有关负责人表示，孝义将研究推行城中村改造房票安置，计划明年选取一个项目试点。\n"
    ),
    "四川/郫都区/农村村民住宅用地审批办事指南.html": (
        "<html><head><title>郫都区农村村民住宅用地审批办事指南</title></head><body>"
        "<h1>郫都区农村村民住宅用地审批办事指南</h1><table>"
        "<tr><td>事项名称</td><td>农村村民住宅用地审批</td></tr>"
        "<tr><td>申请条件</td><td>具有本集体经济组织成员资格、符合“一户一宅”规定且在本村无宅基地的农户。</td></tr>"
        "<tr><td>申请材料</td><td>1.《农村宅基地和建房（规划许可）申请表》；2.申请人户口簿、身份证；"
        "3.《农村宅基地使用承诺书》；4.村民小组会议记录</td></tr>"
        "<tr><td>办理时限</td><td>20个工作日</td></tr>"
        "<tr><td>咨询电话</td><td>郫都区农业农村局 028-87921234</td></tr>"
        "</table></body></html>"
    ),
    "四川/郫都区/青年人才租房补贴实施办法.txt": (
        "成都市郫都区青年人才租房补贴实施办法\n"
        "二、补贴对象\n同时符合以下条件的青年人才可以申请租房补贴：1.毕业5年以内的全日制普通高校本科及以上"
        "学历毕业生；2.年龄在35周岁以下。\n"
        "四、申请材料\n1.居民身份证；2.毕业证书、学位证书；3.劳动合同；4.社会保险缴纳证明；5.房屋租赁合同"
        "及租金发票。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "keywords")


@pytest.mark.parametrize(
    ("query", "listing"),
    [
        ("燃气管道改造 补贴 地区", True),
        ("城中村改造 房票安置 实施地区", True),
        ("保障性租赁住房 已配租 地区 汇总", True),
        ("推行房票安置的地区有哪些？", True),
        ("西部地区燃气改造补多少？", False),
        # (a question ending with 地方 or 地区 asks no listing: 谁出生的地方, 哪一地区)
        ("成纪县是传说中古代谁出生的地方?", False),
        ("北亚普遍指哪一地区？", False),
        ("布里斯托大约在何时就开始成为一个城市?", False),  # (何 is a question word: text.QUESTION_WORDS)
    ],
)
def test_a_keyword_query_ending_with_the_places_asks_which_regions(
    retriever: Retriever, query: str, listing: bool
) -> None:
    question = analyse(retriever, query)
    assert (question.region_question, question.listing) == (listing, listing)


@pytest.mark.parametrize("query", ["涞滩镇隶属于哪个城市？", "新角龙类分布在什么地方？"])
def test_one_place_asked_is_no_listing(retriever: Retriever, query: str) -> None:
    question = analyse(retriever, query)
    assert (question.region_question, question.listing) == (True, False)


def test_regions_still_studying_or_approving_are_not_listed(retriever: Retriever) -> None:
    found = ask(retriever, "老旧燃气管道改造 居民补贴 地区")
    assert found.answerable
    assert [c.region for c in found.claims] == ["广东省江门市新会区", "山东省济宁市邹城市"]
    found = ask(retriever, "城中村改造 房票安置 实施地区")
    assert found.answerable
    assert sorted(c.region or "" for c in found.claims) == ["湖北省鄂州市华容区", "陕西省咸阳市秦都区"]


def test_a_region_only_planning_it_has_no_figure(retriever: Retriever) -> None:
    found = ask(retriever, "孝义 房票安置 奖励比例")
    assert not found.answerable
    found = ask(retriever, "丰城 燃气管道改造 补贴标准")
    assert not found.answerable


def test_a_guides_field_row_heads_the_materials(retriever: Retriever) -> None:
    found = ask(retriever, "郫都区申请宅基地要交哪些材料?")
    assert found.answerable
    assert "村民小组会议记录" in found.answer
    assert "劳动合同" not in found.answer


@pytest.mark.parametrize(
    ("said", "heads"),
    [
        ("事项名称 | 农村村民住宅用地审批\n申请材料 | 1.《农村宅基地和建房申请表》;2.申请人户口簿", True),
        ("申请材料 | 1.身份证;2.户口簿", True),
        ("需提供:1.医疗救助申请书", True),
        ("请携带以下证件:身份证、户口簿", True),
        ("事项名称 | 农村村民住宅用地审批\n办理流程 | 农户申请—村民小组会议讨论", False),
        ("申请材料 | ", False),
        ("产品品类 | 能效要求 | 补贴比例", False),
    ],
)
def test_what_heads_a_list_of_materials(said: str, heads: bool) -> None:
    assert heads_list(said, "材料") is heads


def test_a_keyword_query_for_a_rows_figure(retriever: Retriever) -> None:
    found = ask(retriever, "秦都区 城中村改造 临时安置费 标准")
    assert found.answerable
    assert "13.5" in found.answer
    found = ask(retriever, "咸阳秦都城中村拆迁，要是选货币补偿，房子一平米赔多少？")
    assert found.answerable
    assert "5800" in found.answer and "300元" not in found.answer


def test_where_a_person_comes_from_is_not_the_claims_region() -> None:
    assert (
        claim_region("来自河北涿州市的小李去年大学毕业后到南京工作，在浦口区租到了一套保障性租赁住房。", None)
        == "江苏省南京市浦口区"
    )
    quote = "来自广西北流市的应届毕业生小黄今年入职慈溪一家家电企业，企业因此拿到了扩岗补助。"
    assert claim_region(quote, None, ["浙江省宁波市慈溪市"]) == "浙江省宁波市慈溪市"


@pytest.mark.parametrize(
    ("query", "slot", "measure"),
    [
        ("芝罘区异地就医备案打哪个电话咨询", "number", "phone"),
        ("联系电话是什么？", "number", "phone"),
        ("为什么电话本不受版权法保护？", "reason", ""),
    ],
)
def test_a_telephone_number_asked(query: str, slot: str, measure: str) -> None:
    asked = asks(normalize(query))
    assert (asked.slot, asked.measure) == (slot, measure)


DEADLINES = {
    "新闻/厕所革命.txt": (
        "多地推进农村“厕所革命” 户厕改造奖补提标\n"
        "宜宾市翠屏区2024年计划完成农村户厕改造3200户，三格式化粪池户厕每户奖补1200元，比去年提高200元。\n"
        "眉山市东坡区今年计划改造户厕2800户，每户奖补1000元。\n"
    ),
    "四川/翠屏区/翠屏区2024年农村户厕改造奖补实施方案.txt": (
        "翠屏区2024年农村户厕改造奖补实施方案\n"
        "一、目标任务\n2024年全区完成农村户厕新建改造3200户，农村卫生厕所普及率达到95%以上。\n"
        "二、奖补标准\n三格式化粪池户厕每户奖补1200元，双瓮式户厕每户奖补1000元。\n"
        "三、时间安排\n农户于2024年5月31日前向村委会报名，10月31日前完工。镇（街道）11月组织初验。\n"
    ),
    "浙江/黄岩区/台州市黄岩区农村饮用水工程水价管理办法.html": (
        "<html><head><title>台州市黄岩区农村饮用水工程水价管理办法</title></head><body><table>"
        "<tr><td>索 引 号：</td><td>001008003006/2024-00271</td></tr>"
        "<tr><td>发布机构：</td><td>黄岩区水利局 黄岩区发展和改革局</td></tr>"
        "<tr><td>成文日期：</td><td>2024-04-16</td></tr></table>"
        "<h1>台州市黄岩区农村饮用水工程水价管理办法</h1>"
        "<p>第一条 为规范农村饮用水工程供水价格管理，制定本办法。</p>"
        "<p>第二条 本办法适用于黄岩区由区水务集团农村供水分公司统一运营管理的农村饮用水工程。</p>"
        "<p>第三条 居民生活用水价格为每立方米2.5元。</p>"
        "<p>第八条 本办法自2024年6月1日起施行。</p></body></html>"
    ),
}


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DEADLINES, tmp_path_factory, "deadlines")


def _units(retriever: Retriever, query: str, title: str, *sentences: tuple[str, float]) -> list[Unit]:
    """Candidates cut from the document titled ``title`` (its first hit for ``query``), each with its slot."""
    hit = next(h for h in retriever.search(query, 10) if title in (h.document.title or ""))
    found = retriever.document(hit.doc_id)
    assert found is not None
    text = found[1]
    out = []
    for sentence, slot in sentences:
        start = text.index(sentence)
        out.append(Unit(0, hit, start, start + len(sentence), sentence, slot=slot, said=normalize(sentence)))
    return out


def test_a_deadline_asked_is_the_day_stated_as_one(dated: Retriever) -> None:
    # eval/policy9 d05 among the other collections' documents: the roundup's 2024年计划完成… had answered
    question = analyse(dated, "翠屏区农村改厕最晚什么时候要完工")
    assert (question.slot, question.calendar) == ("date", False)
    (roundup,) = _units(
        dated, "翠屏区 户厕改造 2024年", "厕所革命", ("宜宾市翠屏区2024年计划完成农村户厕改造3200户", 1.0)
    )
    (deadline,) = _units(
        dated,
        "翠屏区 户厕改造 时间安排",
        "实施方案",
        ("农户于2024年5月31日前向村委会报名，10月31日前完工", 1.0),
    )
    kept = answering([roundup, deadline], question, lambda u: True)
    assert [u.text for u in kept] == [deadline.text]
    found = ask(dated, "翠屏区农村改厕最晚什么时候要完工")
    assert found.answerable
    assert "10月31日前完工" in found.answer


def test_the_day_a_rule_takes_effect_is_no_guides_date_field(dated: Retriever) -> None:
    # eval/policy11 d06 among the other collections' documents: the 成文日期 field, supported there, was kept
    # as the field asked and then set aside as stating no date — leaving nothing, so the question was declined
    question = analyse(dated, "黄岩区新的农村水价从哪天开始执行的?")
    assert question.calendar
    field, effect = _units(
        dated,
        "黄岩区 农村水价 施行",
        "水价管理办法",
        ("2024-04-16", 0.0),
        ("第八条 本办法自2024年6月1日起施行。", 1.0),
    )
    kept = answering([field, effect], question, lambda u: True)
    assert [u.text for u in kept] == [effect.text]
    found = ask(dated, "黄岩区新的农村水价从哪天开始执行的?")
    assert found.answerable
    assert "6月1日" in found.answer and "2024-04-16" not in found.answer


GUIDE = {
    "江苏/浦口区/办事指南.html": (
        "<html><head><title>浦口区保障性租赁住房配租申请办事指南</title></head><body>"
        "<h1>浦口区保障性租赁住房配租申请办事指南</h1><table>"
        "<tr><td>事项名称</td><td>浦口区保障性租赁住房配租申请</td></tr>"
        "<tr><td>申请对象</td><td>在浦口区工作、本人及配偶和未成年子女在浦口区无自有住房的新市民、青年人</td></tr>"
        "<tr><td>办理地点</td><td>浦口区政务服务中心（浦口区江浦街道文德路31号）3楼住房保障窗口</td></tr>"
        "<tr><td>办理渠道</td><td>“浦口保租房”微信小程序或江苏政务服务网在线申请；也可到浦口区政务服务中心住房保障"
        "窗口申请</td></tr>"
        "<tr><td>办理时限</td><td>5个工作日（资格审核）</td></tr>"
        "</table></body></html>"
    ),
}


@pytest.fixture(scope="module")
def guide(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(GUIDE, tmp_path_factory, "online")


def test_where_online_is_a_channel_not_the_window(guide: Retriever) -> None:
    # eval/policy17 p04 (written blind): 办理地点's window had answered 「网上从哪里申请」
    found = ask(guide, "在浦口想申请保租房，网上从哪里申请？")
    assert found.answerable
    assert "浦口保租房”微信小程序" in found.answer and "文德路31号" not in found.answer
    found = ask(guide, "浦口区保障性租赁住房在哪里办理？")  # no channel asked: the window
    assert found.answerable
    assert "文德路31号" in found.answer


TRADE_IN = {
    "江苏/武进区/关于开展2024年武进区家电以旧换新补贴活动的通知.txt": (
        "关于开展2024年武进区家电以旧换新补贴活动的通知\n"
        "二、补贴标准\n"
        "对购买2级能效（水效）产品的，按产品最终销售价格的15%给予补贴；对购买1级及以上能效（水效）产品的，按产品"
        "最终销售价格的20%给予补贴。\n"
        "三、补贴品类\n"
        "产品品类 | 能效（水效）要求 | 补贴比例 | 单件最高补贴（元）\n"
        "热水器 | 2级及以上 | 15%；1级20% | 2000\n"
        "吸油烟机 | 2级及以上 | 15%；1级20% | 1000\n"
    ),
}


@pytest.fixture(scope="module")
def trade_in(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(TRADE_IN, tmp_path_factory, "trade-in")


def test_a_bound_asked_is_as_good_a_field_as_the_standard(trade_in: Retriever) -> None:
    # eval/policy8 n03 among the other collections' documents: the 补贴标准 section's percentages were kept as
    # the field asked (标准), and the row under 单件最高补贴（元） set aside
    question = analyse(trade_in, "武进区以旧换新买热水器，一件最多能补多少钱?")
    hit = trade_in.search("武进区 家电以旧换新 补贴标准 单件最高补贴", 10)[0]
    found = trade_in.document(hit.doc_id)
    assert found is not None
    text = found[1]

    def unit(sentence: str, said: str) -> Unit:
        start = text.index(sentence)
        return Unit(0, hit, start, start + len(sentence), sentence, slot=1.0, said=normalize(said))

    share = "对购买2级能效（水效）产品的，按产品最终销售价格的15%给予补贴"
    row = "热水器 | 2级及以上 | 15%；1级20% | 2000"
    header = "产品品类 | 能效（水效）要求 | 补贴比例 | 单件最高补贴（元）"
    kept = answering(
        [unit(share, f"二、补贴标准\n{share}"), unit(row, f"{header}\n{row}")], question, lambda u: True
    )
    assert [u.text for u in kept] == [row]
