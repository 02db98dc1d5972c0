"""Questions as eval/policy32 (written blind) asked them: which regions, from a roundup whose title names
two counties of two provinces (隆回资中) and names 内江's 市中区 as 内江市中区, with a question whose rarest
word is jieba's fragment (县户 of 哪些县户用光伏); and a yes/no question a rule's 禁止 answers. Real index,
real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.docregion import detect_region
from indexer.measures import asked_noun, names_subsidy
from indexer.normalize import normalize
from indexer.region import place_spans, regions_in
from indexer.retrieve import Retriever
from server.answer.claim_region import ELSEWHERE
from tests.policydocs import ask, index_docs

ROUNDUP = (
    "2026年下半年征兵工作正在进行。湖南邵阳、四川内江一些县区用实打实的优待政策激发适龄青年参军热情。\n"
    "内江资中县对大学生应征入伍给予县级一次性奖励。内江东兴区也已对大学生入伍给予县级奖励。"
    "资中县3月起施行民兵误工补贴发放办法，基干民兵参加训练和执行任务都有误工补贴。"
    "内江市中区也已为参训基干民兵发放误工补贴。内江威远县人武部表示，威远正在研究，计划年内出台民兵误工补贴办法。\n"
    "邵阳隆回县还对批准入伍的青年给予一次性入伍奖励。邵阳武冈市也已对入伍青年发放一次性入伍奖励。\n"
)
ROUNDUP_TITLE = "征兵季里优待暖 隆回资中多措并举激发青年参军热情"
ENERGY = (
    "入秋以来，河北衡水、山西吕梁一些县加紧推进农村清洁取暖和分布式光伏建设。\n"
    "吕梁文水县户用分布式光伏由供电公司代为备案，并网验收10个工作日内完成。"
    "吕梁中阳县也已推行户用光伏代备案和并网“一站式”服务。吕梁汾阳市拟于下半年出台分布式光伏开发建设管理办法。\n"
    "柳林县的光伏企业也参与了文水的整村推进项目。\n"
)
ADS = (
    "将乐县户外广告设施设置管理办法\n"
    "第二条 设置大型户外广告设施，应当向县城市管理和综合执法局申请，审批期限最长为3年，期满需要继续设置的，"
    "应当在期满前30日内重新申请。\n"
    "第三条 临街商铺的招牌实行“一店一招”，招牌高度不超过1.5米。\n"
    "第四条 禁止在建筑物屋顶、文物保护单位和行道树上设置户外广告。\n"
)
REPLY = (
    "信件标题 | 儿子本科毕业入伍分到新疆，家里一年能领多少优待金？\n"
    "来信内容 | 我在桃洪镇开小卖部。儿子今年6月本科毕业，9月从隆回应征入伍，分到了新疆的部队，"
    "听说每月津贴一千多。"
    "请问我们家今年能领多少义务兵家庭优待金？\n"
    "答复单位 | 隆回县退役军人事务局 | 答复时间 | 2026-10-19\n"
    "答复内容 | 您好！根据《隆回县义务兵家庭优待金发放管理办法》，"
    "2026年度义务兵家庭优待金标准为每人每年20000元；"
    "全日制普通高校毕业生入伍的每人每年增发5000元；在新疆等艰苦边远地区服役的每人每年增发3000元。"
    "您儿子属于高校毕业生入伍且在新疆服役，您家每年可领取优待金20000+5000+3000=28000元。\n"
)
DOCS = {
    f"新闻/{ROUNDUP_TITLE}.txt": f"{ROUNDUP_TITLE}\n{ROUNDUP}",
    "新闻/清洁取暖暖民心 光伏进村添活力 衡水吕梁推进农村能源转型.txt": ENERGY,
    "福建/将乐县/将乐县户外广告设施设置管理办法.txt": ADS,
    "湖南/隆回县/县长信箱 儿子本科毕业入伍分到新疆，家里一年能领多少优待金？.txt": REPLY,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy32")


@pytest.mark.parametrize(
    ("title", "folders", "region"),
    [
        (ROUNDUP_TITLE, ["新闻"], None),  # 湖南's 隆回县 and 四川's 资中县: a roundup of both, neither's
        ("减船转产护资源 舟山宁德渔民有了“定心丸”", ["新闻"], None),
        ("柯桥区、越城区推进清洁取暖", [], "浙江省绍兴市"),  # two counties of one city: the city's
        ("运城市盐湖区人才政策问答", [], "山西省运城市盐湖区"),  # a county in its city: the county's
        ("关于嘉善至上海枫泾跨省公交线路开通的通告", ["浙江", "嘉善县"], "浙江省嘉兴市嘉善县"),  # (folders)
    ],
)
def test_a_title_naming_places_apart_is_about_what_they_share(
    title: str, folders: list[str], region: str | None
) -> None:
    assert detect_region(title, ROUNDUP, folders) == region


def test_a_city_s_shi_zhong_qu_written_with_one_shi_is_that_district() -> None:
    assert regions_in(normalize("内江市中区也已为参训基干民兵发放误工补贴")) == ["四川省内江市市中区"]
    assert regions_in(normalize("内江市市中区")) == ["四川省内江市市中区"]
    assert regions_in(normalize("运城市中区域")) == ["山西省运城市"]  # (运城 has no 市中区)
    assert place_spans("内江市中区也已发放") == [(0, 5)]  # one span to rewrite


def test_a_roundup_s_regions_are_their_own_not_the_title_s(retriever: Retriever) -> None:
    """r07, r09: 隆回县 (the title's first place) had been 内江市中区's region, and 内江's counties 邵阳's."""
    found = ask(retriever, "内江 基干民兵 误工补贴 已发放 县区")
    assert sorted(c.region or "" for c in found.claims) == ["四川省内江市市中区", "四川省内江市资中县"]
    found = ask(retriever, "邵阳 入伍 一次性奖励 已发放 县市")
    assert sorted(c.region or "" for c in found.claims) == ["湖南省邵阳市武冈市", "湖南省邵阳市隆回县"]


def test_a_fragment_of_jieba_s_is_no_region_s_only_key(retriever: Retriever) -> None:
    """r03: 县户 (of 哪些县户用光伏) was the only key, and 中阳县's 户用光伏代备案 lacks it; 柳林县's firms
    at work in 文水 are no 柳林县 claim."""
    found = ask(retriever, "吕梁哪些县户用光伏可以让供电公司代为备案？要已经在做的")
    assert sorted(c.region or "" for c in found.claims) == ["山西省吕梁市中阳县", "山西省吕梁市文水县"]


def test_a_yes_no_question_is_answered_by_the_rule_s_prohibition(retriever: Retriever) -> None:
    """policy31 y07: 第二条's application (大型户外广告设施) had answered 「楼顶可以装大型广告牌吗」."""
    found = ask(retriever, "将乐 楼顶 可以 装 大型广告牌 吗")
    assert found.claims[0].unit.text == "第四条 禁止在建筑物屋顶、文物保护单位和行道树上设置户外广告。"


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("我在隆回桃洪镇开小卖部，儿子本科毕业入伍分到新疆，每月津贴一千多，家里一年的优待金能领多少？", ""),
        ("崇信新窑镇，我们公司建了4台120千瓦直流快充，总投资160万左右，建设补帖能拿多少？", ""),
        ("人才公寓的租金标准，每月是多少？", "租金"),
        ("我租了60平的房子，租金每月2000，补贴能领多少", "补贴"),
    ],
)
def test_the_sum_asked_is_named_where_it_is_asked_not_in_the_asker_s_situation(
    question: str, noun: str
) -> None:
    assert asked_noun(normalize(question), "money") == noun


def test_a_chat_user_s_stated_allowance_does_not_decline_the_sum_asked(retriever: Retriever) -> None:
    """n07: the asker's 每月津贴一千多 had made 津贴 the sum asked, which no sentence stating money named."""
    found = ask(
        retriever,
        "我在隆回桃洪镇开小卖部，儿子本科毕业入伍分到新疆，每月津贴一千多，家里一年的优待金能领多少？",
    )
    assert found.answerable is True
    assert "20000+5000+3000=28000元" in found.claims[0].unit.text


@pytest.mark.parametrize(
    ("norm", "noun", "named"),
    [
        ("您烘干稻谷340吨，可补贴10200元。", "哄干补贴", True),  # (a homophone of its kind: 烘干)
        ("同在宁波的余姚市对加装电梯每台补助18万元。", "维保补助", False),  # another sum
        ("您烘干稻谷340吨，共10200元。", "哄干补贴", False),  # no subsidy named
        ("每台补助18万元。", "补助", False),  # (no kind: names_noun decides)
        ("经县档案馆核实，根据《通山县档案数字化加工补助办法》", "子化补助", True),  # (数字化)
        ("成都市郫都区青年人才租房补贴实施办法\n三、补贴标准", "购房补贴", False),  # 租房 is another kind
    ],
)
def test_a_subsidy_of_the_kind_asked_is_named_as_it_sounds(norm: str, noun: str, named: bool) -> None:
    assert names_subsidy(norm, noun) is named


@pytest.mark.parametrize(
    ("sentence", "elsewhere"),
    [
        ("武邑县的安装师傅常年在枣强施工", True),
        ("崆峒区的新能源车主自驾到崇信时说，现在乡镇也能方便充电了。", True),
        ("新邵县的退役军人也到隆回分享了军营经历", True),
        ("枣强县的农户到乡镇便民服务中心申领补贴", False),  # a venue of their own
        ("衡水景县也已对“煤改电”“煤改气”农户发放设备购置补贴。", False),
    ],
)
def test_a_region_s_people_at_work_in_another_are_told(sentence: str, elsewhere: bool) -> None:
    assert (ELSEWHERE.search(sentence) is not None) is elsewhere
