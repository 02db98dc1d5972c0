"""Questions as eval/policy38 (written blind) asked them: which 县 did a measure when a roundup says of a
neighbour that it did something else instead (配发了摩托车，但没有发放交通补贴; 校园足球特色学校暂未纳入;
人身伤害尚未纳入补偿范围), and what an asker telling their own case gets — the sum the reply reckons for them
(您…合计2600元, (2800+200)×12+3000=39000元, 合计3.5万元), not the rule's rates it applies.
Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.asked import Asked, states_asked
from indexer.region import name_stem, places_named
from indexer.retrieve import Retriever
from server.answer.claim_region import NOT_YET
from tests.policydocs import ask, index_docs, regions

GRID = (
    "网格虽小连万家 丹东海北临汾建强网格员队伍\n"
    "网格员是基层治理的“毛细血管”。记者在辽宁丹东、青海海北、山西临汾采访了解到，各地在网格员待遇保障和考核激励"
    "上不断探索。\n"
    "丹东宽甸满族自治县为专职网格员缴纳五险，并按月度考核结果发放绩效奖励。丹东东港市也已对专职网格员实行月度考核"
    "绩效奖励。丹东振安区拟于下半年推行专职网格员绩效考核。\n"
    "宽甸县每月为兼职网格员发放网格员补贴。丹东振兴区也已为兼职网格员发放补贴。\n"
    "海北门源回族自治县为在农牧区网格工作的专职网格员每月发放交通补贴。海北祁连县也已为牧区网格员发放交通补贴。"
    "海北海晏县计划年内出台网格员交通补贴办法。海北刚察县为牧区网格员统一配发了摩托车，但没有发放交通补贴。\n"
    "临汾洪洞县每年评选“十佳网格员”并给予奖励。临汾霍州市也已开展优秀网格员评选并给予奖励。\n"
    "元宝区的网格员也到宽甸交流了经验；曲沃县的网格员也参加了洪洞的培训。\n"
)
SPORT = (
    "绿茵场上追梦 伊犁乌兰察布校园足球和青少年体育见闻\n"
    "暑假里，伊犁河谷和乌兰察布草原上的孩子们在球场上奔跑。两地在校园足球和青少年体育俱乐部建设上各有新招。\n"
    "伊犁霍城县对新认定的校园足球特色学校给予一次性奖补。伊犁伊宁县也已对校园足球特色学校给予奖补。伊犁察布查尔"
    "锡伯自治县拟于明年出台校园足球特色学校奖补政策。伊犁新源县对校园篮球特色学校给予奖补，校园足球特色学校暂未"
    "纳入。\n"
    "霍城县为学校聘请的校外足球教练员按课时发放补贴。伊犁昭苏县也已为校外足球教练员发放课时补贴。\n"
    "乌兰察布四子王旗对新认定的青少年体育俱乐部给予一次性奖励。乌兰察布卓资县也已对新认定的青少年体育俱乐部给予"
    "奖励。乌兰察布化德县计划年内出台青少年体育俱乐部扶持政策。乌兰察布商都县为青少年体育俱乐部免费提供训练场地，"
    "但没有设立奖励资金。\n"
    "四子王旗对俱乐部开展的免费公益培训按人次给予补贴。乌兰察布丰镇市也已对俱乐部公益培训给予补贴。\n"
    "巩留县的校园足球教练也到霍城观摩了比赛；集宁区的搏克俱乐部也到四子王旗进行了交流。\n"
)
KUANDIAN = (
    "留言标题 | 我是社区专职网格员，3月考核86分，当月能拿多少钱？\n"
    "来信内容 | 我今年34岁，是宽甸镇一个社区的专职网格员，网格里有420户。3月份镇里月度考核给我打了86分，"
    "家里两个孩子上学，想算算当月到底能拿多少钱。\n"
    "回复单位：中共宽甸满族自治县委政法委员会 回复时间：2026-04-14\n"
    "您好！根据《宽甸满族自治县网格化服务管理办法》，专职网格员基本报酬每月2200元，另按月度考核结果发放绩效奖励。"
    "按照《专职网格员月度考核细则》，您3月考核86分，属于合格等次。\n"
    "您3月份基本报酬和绩效奖励合计2600元（个人应缴纳的社会保险费由单位代扣）。兼职网格员每月发放网格员补贴300元。\n"
)
MENYUAN = (
    "留言标题 | 在牧区村当专职网格员，去年考核优秀，今年一年能拿多少？\n"
    "来信内容 | 我今年29岁，是苏吉滩乡一个牧业村的专职网格员，村里有牧户186户，草场大，一个月骑摩托车跑下来"
    "油钱不少。去年年底考核评了优秀。请问按新办法，今年一年（包括去年优秀的奖励）一共能拿多少？\n"
    "回复单位：中共门源回族自治县委政法委员会 回复时间：2026-03-19\n"
    "您好！根据《门源回族自治县专职网格员队伍建设管理办法》，专职网格员月薪酬2800元（含个人应缴纳的社会保险费），"
    "在农牧区网格工作的每月另发放交通补贴200元，年度考核优秀的给予一次性奖励3000元。\n"
    "按全年12个月计算，您可得（2800+200）×12+3000=39000元。优秀奖励将于3月底前发放。\n"
    "门源回族自治县共设置网格216个。\n"
)
HUOCHENG = (
    "留言标题 | 学校从州级升成了自治区级足球特色学校，校队又拿了州里第二名，能拿多少奖补？\n"
    "来信内容 | 我是水定镇一所小学的校长，学校有学生860人。学校2024年被认定为自治州级校园足球特色学校，"
    "当时拿过3万元奖补；今年又被认定为自治区级校园足球特色学校。今年6月，校队在自治州校园足球比赛中获得了第二名。\n"
    "回复单位：霍城县教育局 回复时间：2026-11-10\n"
    "您好！根据《霍城县校园足球特色学校和青少年足球发展奖补办法》，新认定为自治区级校园足球特色学校的一次性奖补"
    "5万元，同一学校晋级认定的，按差额补足；在自治州级比赛中获得第二名的，奖励学校1.5万元。\n"
    "贵校此前已获自治州级奖补3万元，今年可补足差额5\u22123=2万元，加上比赛奖励1.5万元，合计3.5万元（35000元）。"
    "此外，校园足球运转经费按每生20元安排，贵校为17200元，另行拨付。\n"
)
DOCS = {
    "新闻/网格虽小连万家 丹东海北临汾建强网格员队伍.txt": GRID,
    "新闻/绿茵场上追梦 伊犁乌兰察布校园足球和青少年体育见闻.txt": SPORT,
    "辽宁/宽甸满族自治县/12345 我是社区专职网格员，3月考核86分，当月能拿多少钱？.txt": KUANDIAN,
    "青海/门源回族自治县/12345 在牧区村当专职网格员，去年考核优秀，今年一年能拿多少？.txt": MENYUAN,
    "新疆/霍城县/县长信箱 学校从州级升成了自治区级足球特色学校，能拿多少奖补？.txt": HUOCHENG,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy38")


def test_a_region_doing_something_else_instead_is_no_region(retriever: Retriever) -> None:
    """r09, r11, r13: 刚察县's 摩托车 (但没有发放交通补贴), 新源县's 篮球 (校园足球特色学校暂未纳入) and
    商都县's 场地 (但没有设立奖励资金) had each been listed."""
    for said in (
        "但没有发放交通补贴",
        "校园足球特色学校暂未纳入",
        "人身伤害尚未纳入补偿范围",
        "没有对电子围栏给予",
    ):
        assert NOT_YET.search(said), said
    for said in ("年满60周岁但未满70周岁的", "未享受其他补贴的农户", "没有年龄限制"):
        assert not NOT_YET.search(said), said
    assert regions(retriever, "海北哪些县给牧区的网格员发交通补贴？光配摩托车的不算") == [
        "青海省海北藏族自治州祁连县",
        "青海省海北藏族自治州门源回族自治县",
    ]
    assert regions(retriever, "伊犁哪些县对校园足球特色学校给奖补？篮球的不算") == [
        "新疆维吾尔自治区伊犁哈萨克自治州伊宁县",
        "新疆维吾尔自治区伊犁哈萨克自治州霍城县",
    ]
    assert regions(retriever, "乌兰察布哪些旗县对新认定的青少年体育俱乐部给奖励？") == [
        "内蒙古自治区乌兰察布市卓资县",
        "内蒙古自治区乌兰察布市四子王旗",
    ]


def test_an_askers_own_case_is_answered_by_the_sum_the_reply_reckons(retriever: Retriever) -> None:
    """n09, n11, n13: the rule's 基本报酬每月2200元, the county's 共设置网格216个 (a 共 for 「一共」) and the
    rule's 一次性奖补5万元 had answered."""
    asked = {
        "我34岁，在宽甸镇社区当专职网格圆，网格里420户，3月份月度考核打了86分，家里两个孩子上学，"
        "当月能拿多少？": "您3月份基本报酬和绩效奖励合计2600元",
        "我29岁在门源苏吉滩乡牧业村当专职网格员，村里186户，草场大骑摩托油钱不少，去年考核优秀，今年一年加上优秀奖励"
        "一共能拿多少？": "按全年12个月计算，您可得（2800+200）×12+3000=39000元",
        "我是霍城水定镇一所小学的校长，学校860个学生，2024年评了州级足球特色学校拿过3万，今年升成自治区级，校队6月又"
        "拿了州里第二名，今年能拿多少奖补？": "合计3.5万元（35000元）",
    }
    for question, reckoned in asked.items():
        found = ask(retriever, question)
        assert reckoned in found.claims[0].unit.text, question


def test_a_fee_asked_is_answered_by_saying_the_asker_pays_none() -> None:
    """y02: 「…老百姓 要不要 交保费」 asks a fee, and the 问答's 不用交 and the plan's 保费由县财政全额承担
    had stated none (declined: no sum of money)."""
    fee = Asked("number", "money", fee=True)
    for said in ("答:不用交。", "保费由县财政全额承担,全县常住居民都在保障范围内。", "群众不用缴纳保费"):
        assert states_asked(fee, said), said
    assert not states_asked(fee, "保险期限为一年,自2026年1月1日起。")


def test_an_autonomous_county_goes_by_its_place_alone() -> None:
    """u09: 「门源 网格长 每月 补贴 多少」 named no place (门源回族自治县's stem had been 门源回族), and
    洪洞县's 网格长 figure answered it."""
    assert [
        name_stem(n)
        for n in ("门源回族自治县", "宽甸满族自治县", "张家川回族自治县", "莫力达瓦达斡尔族自治旗")
    ] == [
        "门源",
        "宽甸",
        "张家川",
        "莫力达瓦",
    ]
    assert [name_stem(n) for n in ("綦江区", "四子王旗", "晋江市")] == ["綦江", "四子王", "晋江"]
    known = ["青海省海北藏族自治州门源回族自治县", "山西省临汾市洪洞县"]
    assert places_named("门源 网格长 每月 补贴 多少", known) == ["青海省海北藏族自治州门源回族自治县"]
