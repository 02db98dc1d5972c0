"""Questions as eval/policy40 (written blind) asked them: a rule's condition (未实施白蚁预防的不予办理…) is
no region lagging; a region that did something else (但没有将白蚁预防纳入竣工验收, 但没有收取…补偿费) is no
region doing what is asked; a record's 诉求内容 cell is no answer; a row the question names by a label holding
another's (非住宅, not 住宅) answers it; the sum a reply names as one over the parts it works out first. Real
index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.normalize import simplified, traditional
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from server.answer.claim_region import NOT_YET
from tests.policydocs import ask, index_docs, regions

ROUNDUP = (
    "白蚁防治关口前移 湛江多地把好新房第一关\n"
    "记者近日在湛江采访了解到，多地把白蚁预防作为新建房屋的必经环节。\n"
    "湛江廉江市将白蚁预防纳入新建房屋竣工验收，未实施白蚁预防的不予办理竣工验收备案。"
    "湛江遂溪县也已将白蚁预防纳入新建房屋竣工验收。"
    "湛江雷州市开展了白蚁危害普查，但没有将白蚁预防纳入竣工验收。"
    "湛江徐闻县拟于明年将白蚁预防纳入竣工验收。\n"
)
TABLE = (
    "<html><head><title>化州市既有房屋白蚁防治工作方案</title></head><body>"
    "<h1>化州市既有房屋白蚁防治工作方案</h1>"
    "<p>二、灭治收费指导价。既有房屋白蚁灭治由业主委托白蚁防治单位实施，收费按下表执行。</p>"
    "<table><tr><th>房屋类型</th><th>灭治收费（元/平方米）</th><th>保质期（年）</th></tr>"
    "<tr><td>住宅</td><td>1.8</td><td>3</td></tr>"
    "<tr><td>非住宅</td><td>2.5</td><td>3</td></tr>"
    "<tr><td>文物建筑</td><td>3.5</td><td>5</td></tr></table>"
    "</body></html>"
)
REPLY = (
    "市长信箱 老屋灭白蚁自己要出多少钱\n"
    "来信内容 | 我家140平方米的住宅有白蚁，请防治所灭治要多少钱？\n"
    "答复内容 | 根据《化州市既有房屋白蚁防治工作方案》，住宅白蚁灭治收费指导价为每平方米1.8元，"
    "您家房屋140平方米，灭治费用为140×1.8=252元。\n"
)
RECORDS = (
    "12345热线留言工单\n"
    "主键: 20311 | 诉求标题: 木门框被白蚁蛀空了找谁？ | "
    "诉求内容: 我家厨房木门框一敲就空，打电话报了以后多久有人上门？ | "
    "答复内容: 您好！请拨打化州市白蚁防治所服务电话0668-7362110预约，防治所接报后24小时内上门查勘。 | "
    "承办单位: 化州市住房和城乡建设局 | 办理状态: 1\n"
    "主键: 20388 | 诉求标题: 学校宿舍有白蚁，谁出钱灭？ | "
    "诉求内容: 我小孩读书的学校宿舍楼木门有白蚁，学校说要家长分摊"
    "灭治费用，合理吗？ | 承办单位: 化州市教育局 | 办理状态: 0\n"
)
READING = (
    "化州市既有房屋白蚁防治工作方案政策解读\n"
    "问：学校宿舍有白蚁，灭治费用谁出？\n"
    "答：中小学校、幼儿园的白蚁普查和灭治由市教育局统一委托白蚁防治单位实施，费用由市财政承担，不向学生家长收取。\n"
)
ZHAOPING_RULE = (
    "昭平县城镇自建房污水管网接驳补助办法\n"
    "第三条 居民自建房将生活污水接驳市政污水管网的，每户补助700元；同时清掏封堵化粪池的，每户另补助400元。\n"
    "第四条 以不动产权证书为准，一证为一户。\n"
)
ZHAOPING_REPLY = (
    "12345 我和儿子各有一栋自建房，都接了污水管，一共能补多少？\n"
    "来信内容 | 我和儿子各有一栋自建房，各有不动产权证，今年都接驳了市政污水管，"
    "我家还把化粪池封堵了，一共能补多少？\n"
    "答复内容 | 您家和您儿子家分别持有不动产权证，按两户计算：您家接驳并封堵化粪池，"
    "补助700+400=1100元；您儿子家接驳污水管网，补助700元。两户合计1800元，将在验收合格后30日内拨付。\n"
)
DOCS = {
    "新闻/白蚁防治关口前移 湛江多地把好新房第一关.txt": ROUNDUP,
    "广东/化州市/化州市既有房屋白蚁防治工作方案.html": TABLE,
    "广东/化州市/市长信箱 老屋灭白蚁自己要出多少钱.txt": REPLY,
    "广东/化州市/hz12345_liuyan.txt": RECORDS,
    "广东/化州市/政策解读.txt": READING,
    "广西/昭平县/昭平县城镇自建房污水管网接驳补助办法.txt": ZHAOPING_RULE,
    "广西/昭平县/12345 我和儿子各有一栋自建房，都接了污水管，一共能补多少？.txt": ZHAOPING_REPLY,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "policy40")


def test_a_rules_condition_is_no_region_lagging(retriever: Retriever) -> None:
    """r01: 廉江市's 未实施白蚁预防的不予办理 is whom its rule refuses, not what 廉江 has not done; 雷州市
    did a survey instead."""
    assert not NOT_YET.search("廉江市将白蚁预防纳入新建房屋竣工验收，未实施白蚁预防的不予办理竣工验收备案。")
    assert NOT_YET.search("湛江雷州市开展了白蚁危害普查，但没有将白蚁预防纳入竣工验收。")
    assert NOT_YET.search("来宾金秀瑶族自治县开展了古树名木挂牌保护，但没有收取城市树木绿化补偿费。")
    assert NOT_YET.search("某县尚未实施新办法。")
    assert regions(retriever, "湛江哪些县市已经把白蚁预防纳入新房竣工验收了？只搞了白蚁普查的不算") == [
        "广东省湛江市廉江市",
        "广东省湛江市遂溪县",
    ]


def test_a_row_named_by_a_label_holding_anothers(retriever: Retriever) -> None:
    """n04: 非住宅 names the 非住宅 row, not the reply's 住宅 figure sharing more of the question's words."""
    found = ask(retriever, "化州 非住宅 白蚁灭治 收费指导价 每平方米")
    assert found.answerable
    assert "非住宅 | 2.5" in found.answer
    assert "1.8" not in found.answer


def test_a_records_message_is_no_answer(retriever: Retriever) -> None:
    """y07, p01: a 12345 table's row (a dump's INSERT read as its fields) asks in its 诉求内容 cell; that cell
    and the row's fields after it, when no reply follows, state nothing."""
    found = ask(retriever, "化州孩子学校宿舍有白蚁，学校让家长分摊灭治费，合理吗？")
    assert found.answerable
    assert "化州市教育局" not in found.answer and "办理状态: 0" not in found.answer
    found = ask(retriever, "化州家里木门框被白蚁蛀空了，打电话报了以后多久有人上门？")
    assert "24小时内上门查勘" in found.answer


def test_the_sum_named_as_one_over_the_parts_worked_out(retriever: Retriever) -> None:
    """n13: the reply's 两户合计1800元, not its 您家…1100元；您儿子家…700元 before it."""
    found = ask(
        retriever,
        "我在昭平镇，我和儿子两栋自建房各有不动产权证，今年都接驳了市政污水管，我家还把化粪池封堵了，两家一共能补多少？",
    )
    assert found.answerable
    assert found.answer.startswith("两户合计1800元")


POLICY40 = PROJECT_ROOT / "eval/policy40/docs"
LUODING = (  # the 繁體 page and the roundup saying the same in simplified script
    "广东/罗定市/羅定市文物建築和歷史建築白蟻防治工作方案（繁體版）.html",
    "新闻/白蚁防治从\u201c治\u201d到\u201c防\u201d 湛江茂名云浮多地出实招.html",
)


def test_asked_in_traditional_script_answered_in_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """c01: a page in the script asked states it as the roundup does: its sentence is quoted."""
    assert traditional("羅定市文物建築的白蟻防治費用由誰出？")
    assert not traditional("罗定市文物建筑的白蚁防治费用由谁出？") and not traditional("于是乾隆")
    assert simplified("罗定市文物建筑的白蚁防治费用由谁出？")
    assert not simplified("煮熟的米具有很大的黏性因此也曾被用作漿糊。")  # (written alike in both: drcd)
    docs = {name: (POLICY40 / name).read_text(encoding="utf-8") for name in LUODING}
    luoding = index_docs(docs, tmp_path_factory, "luoding")
    found = ask(luoding, "羅定市文物建築和歷史建築的白蟻防治費用由誰出？")
    assert found.answerable
    assert "由市財政全額承擔" in found.answer
