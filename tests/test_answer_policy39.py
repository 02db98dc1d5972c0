"""Questions as eval/policy39 (written blind) asked them: an asker's 工资 is the 办法's 劳务报酬; a price per
吨 no document states; a roundup's region that did something else instead (但没有粪肥还田补贴); a reply's
「将于明年1月底前发放」 is when the asker is paid, not a region's measure still to come; examples and the name
of their kind (沉淀池、厌氧池这些“三池”); a title the question names (林长, which jieba reads as a name) is no
answer to 「由谁担任」; an asker's own case naming a table's row asks the reply's sum; and whether something
costs money is answered by what it costs. Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.measures import names_noun
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from server.answer.claim_region import NOT_YET
from server.answer.columns import with_column_units
from server.answer.forms import asked_per
from tests.policydocs import ask, index_docs, regions

FOREST = (
    "林长挂帅护青山 池州吉安深化林长制改革见闻\n"
    "记者近日在安徽池州、江西吉安采访看到，基层林长制改革各有新招。\n"
    "池州石台县对村级林长按年发放工作补助，并与年度考核结果挂钩。池州贵池区也已为村级林长发放工作补助。池州东至县"
    "拟于明年为村级林长发放工作补助。\n"
    "吉安万安县的生态护林员使用“林长巡护通”应用记录巡护轨迹。吉安新干县拟于年内推行“林长+警长”机制。\n"
)
MANURE = (
    "粪污变粪肥 临沂永州推进畜禽粪污资源化利用\n"
    "临沂沂南县对施用粪肥还田的种植主体按亩给予补贴。临沂蒙阴县也已对粪肥还田按亩给予补贴。临沂临沭县对农户购买"
    "商品有机肥给予补贴，但没有粪肥还田补贴。\n"
    "永州宁远县对规模以下养殖户建设沉淀池、厌氧发酵池、氧化塘“三池”给予补助。永州蓝山县也已对养殖户“三池”建设"
    "给予补助。永州江华瑶族自治县为养殖户免费发放粪污处理菌剂，但没有对“三池”建设给予补助。\n"
)
SHITAI_REPLY = (
    "县长信箱 4月份接任村支书兼村级林长，年底考核评了优秀，今年林长补助一共能拿多少？\n"
    "来信内容 | 县长您好！我今年46岁，原来的村支书调走了，今年4月份村里选我当了党支部书记，按规定兼任"
    "村级林长。年底县里考核，我评了优秀。请问我今年的林长工作补助加上奖励一共能拿多少？\n"
    "办理单位 | 石台县林业局\n"
    "答复内容 | 您好！根据《石台县深化新一轮林长制改革实施方案》，村级林长工作补助标准为每人每年2400元，"
    "按任职月数折算，年底考核后发放；年度考核优秀的村级林长，另给予一次性奖励1000元。\n"
    "您4月至12月任村级林长共9个月，工作补助为2400÷12×9=1800元，加上考核优秀奖励1000元，今年一共2800元，将于明年"
    "1月底前发放。\n"
)
SHITAI_PLAN = (
    "<html><head><title>石台县深化新一轮林长制改革实施方案</title></head><body>"
    "<h1>石台县深化新一轮林长制改革实施方案</h1>"
    "<p>三、落实基层工作保障。村级林长和村级护林员的工作补助按下表执行，所需资金列入县财政年度预算。</p>"
    "<table><tr><th>对象</th><th>补助标准（元）</th><th>计发方式</th></tr>"
    "<tr><td>村级林长</td><td>2400</td><td>每人每年，按任职月数折算，年底考核后发放</td></tr>"
    "<tr><td>村级护林员</td><td>1200</td><td>每人每年，按月考核、年底发放</td></tr></table>"
    "</body></html>"
)
PINGNAN = (
    "屏南县生态护林员选聘和管理办法\n"
    "第七条 生态护林员每月巡护不少于20天，每天巡护不少于4小时。\n"
    "第八条 生态护林员劳务报酬为每人每月1000元，按月考核、按季发放。\n"
    "第九条 当月巡护天数不足20天的，每少1天扣减50元；发现乱砍滥伐等情况未及时报告的，每次扣减200元。\n"
)
YIYANG = (
    "宜阳县畜禽粪污资源化利用整县推进项目实施方案\n"
    "二、补助标准。新建或者改造防雨防渗储粪棚的，按每平方米150元补助；新建或者改造污水（沼液）贮存池的，按每"
    "立方米100元补助；购置固液分离机、有机肥发酵罐等设备的，按购置价格的30%补助。\n"
)
GUIDE = (
    "<html><head><title>网络预约出租汽车驾驶员从业资格证核发办事指南</title></head><body>"
    "<h1>网络预约出租汽车驾驶员从业资格证核发办事指南</h1>"
    "<table><tr><th>字段</th><th>内容</th></tr>"
    "<tr><td>实施机关</td><td>黎川县交通运输局</td></tr>"
    "<tr><td>办理时限</td><td>考试合格后10日内发证</td></tr>"
    "<tr><td>收费标准</td><td>不收费</td></tr></table>"
    "</body></html>"
)
ROADS = (
    "通村客车跑得稳 赣湘两地守护农村群众出行\n"
    "黎川县还为网约车驾驶员从业资格证办理开通“一窗受理”，考试合格后10日内发证。抚州崇仁县也已开展网约车驾驶员"
    "从业资格考试。\n"
)
NINGYUAN = (
    "12345 养猪户建了沉淀池和厌氧池，能补多少？\n"
    "来信内容 | 我在天堂镇养猪，现在存栏260头左右。今年新建了一个60立方米的沉淀池和一个40立方米的厌氧池。\n"
    "答复内容 | 您好！根据《宁远县畜禽养殖废弃物资源化利用奖补办法》，“三池”按池容每立方米补助100元。\n"
)
YINAN = (
    "沂南县2026年粪肥还田补贴实施方案\n"
    "二、补贴标准 施用腐熟固体粪肥、每亩施用量不少于1吨的，每亩补贴40元；施用沼液等液体粪肥、每亩施用量"
    "不少于3立方米的，每亩补贴30元。\n"
    "四、申报程序 施用粪肥后10日内，由种植主体向所在乡镇（街道）农业综合服务中心申报，提交施用记录和现场"
    "照片。\n"
)
DOCS = {
    "新闻/林长挂帅护青山 池州吉安深化林长制改革见闻.txt": FOREST,
    "新闻/粪污变粪肥 临沂永州推进畜禽粪污资源化利用.txt": MANURE,
    "新闻/通村客车跑得稳 赣湘两地守护农村群众出行.txt": ROADS,
    "安徽/石台县/县长信箱 4月份接任村支书兼村级林长，今年林长补助一共能拿多少？.txt": SHITAI_REPLY,
    "安徽/石台县/石台县深化新一轮林长制改革实施方案.html": SHITAI_PLAN,
    "福建/屏南县/屏南县生态护林员选聘和管理办法.txt": PINGNAN,
    "河南/宜阳县/宜阳县畜禽粪污资源化利用整县推进项目实施方案.txt": YIYANG,
    "江西/黎川县/网络预约出租汽车驾驶员从业资格证核发办事指南.html": GUIDE,
    "湖南/宁远县/12345 养猪户建了沉淀池和厌氧池，能补多少？.txt": NINGYUAN,
    "山东/沂南县/沂南县2026年粪肥还田补贴实施方案.txt": YINAN,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy39")


def test_an_askers_wage_is_the_documents_pay_for_work(retriever: Retriever) -> None:
    """n01 had been declined as naming no sum: 工资 is written 劳务报酬."""
    assert names_noun(normalize("生态护林员劳务报酬为每人每月1000元"), "工资")
    assert not names_noun(normalize("购置设备的，按购置价格的30%补助"), "工资")
    found = ask(retriever, "屏南的生态护林员每个月工资多少钱？")
    assert found.answerable
    assert "1000元" in found.answer


def test_a_price_per_ton_no_document_states_is_declined(retriever: Retriever) -> None:
    """u08: 按购置价格的30%补助 (for a 发酵罐) is no sum per 吨 of 商品有机肥."""
    assert asked_per(normalize("宜阳 买商品有机肥 每吨 补贴 多少")) == "吨"
    found = ask(retriever, "宜阳 买商品有机肥 每吨 补贴 多少")
    assert (found.answerable, found.reason) == (False, "measure_absent")
    found = ask(retriever, "宜阳 新建 沼液贮存池 每立方米 补助 多少")
    assert found.answerable
    assert "100元" in found.answer


def test_a_region_that_did_something_else_instead_is_no_region(retriever: Retriever) -> None:
    """r08: 临沭县 buys 商品有机肥, 但没有粪肥还田补贴; a condition (但未享受其他补贴的农户) is none."""
    assert NOT_YET.search("临沂临沭县对农户购买商品有机肥给予补贴，但没有粪肥还田补贴。")
    assert not NOT_YET.search("已领取其他补助但未享受其他补贴的农户")
    assert regions(retriever, "临沂哪些县给粪肥还田按亩发补贴？买商品有机肥给补贴的不算") == [
        "山东省临沂市沂南县",
        "山东省临沂市蒙阴县",
    ]


def test_a_replys_payment_date_is_no_measure_still_to_come(retriever: Retriever) -> None:
    """r01: 石台县 had been left out, its reply's 将于明年1月底前发放 read as 石台 not having paid yet."""
    assert regions(retriever, "池州哪些县区已经给村级林长发工作补助了？") == [
        "安徽省池州市石台县",
        "安徽省池州市贵池区",
    ]


def test_examples_and_the_name_of_their_kind(retriever: Retriever) -> None:
    """r10: 蓝山县's sentence names the 三池, not the 厌氧池 (the question's rarest word, which a reply uses)
    the question gives as an example of them."""
    assert regions(retriever, "永州哪些县对养殖户建沉淀池、厌氧池这些“三池”给补助？光发菌剂的不算") == [
        "湖南省永州市宁远县",
        "湖南省永州市蓝山县",
    ]


def test_a_title_the_question_names_is_no_person_answering_it(retriever: Retriever) -> None:
    """u01: 新干县 only plans the 林长+警长 机制; its sentence had answered 「…由谁担任？」 by 林长 itself."""
    found = ask(retriever, "新干县推行林长+警长以后，乡级副林长由谁担任？")
    assert not found.answerable


def test_an_askers_own_case_naming_a_row_asks_the_replys_sum(retriever: Retriever) -> None:
    """n03: the 村级林长 row's 2400 had answered; the reply reckons the asker's 2800元."""
    found = ask(
        retriever,
        "我46岁，今年4月原来的书记调走了，我接任石台一个村的支书，兼村级林长，年底考核评了优秀，今年林长补助加奖励"
        "一共能拿多少？",
    )
    assert found.answerable
    assert "2800元" in found.answer


def test_the_thing_whose_figure_is_asked_stands_before_the_figure_interrogative(retriever: Retriever) -> None:
    """p04: 「…补贴怎么申报？施完多长时间内去报？」 had been read as asking a 补贴's figure (the rates)."""
    found = ask(retriever, "沂南粪肥还田补贴怎么申报？施完多长时间内去报？")
    assert found.answerable
    assert "10日内" in found.answer


def test_a_rows_label_gives_its_figures_unit() -> None:
    """a03's table: 小麦单产（公斤/亩） | 512 | 482 states 512公斤 (a column's own unit still comes first)."""
    header = "指标 | 还田田块 | 常规田块 | 变化"
    assert with_column_units(header, "小麦单产（公斤/亩） | 512 | 482 | +6.2%") == (
        "小麦单产（公斤/亩） | 512公斤 | 482公斤 | +6.2%"
    )
    assert with_column_units("档次 | 个人缴费（元/年）", "第七档（元） | 2000") == "第七档（元） | 2000元"
    assert with_column_units("档次 | 人数（人）", "第七档（元） | 20") == "第七档（元） | 20人"
