"""Askers as eval/policy21-25 and eval/orgdocs (written blind) wrote them: a Cantonese question is read in
Mandarin words (使唔使買飛 asks 要不要买票, 回鄉證 is the 港澳居民來往內地通行證, 睇醫生 is 看病); an
everyday word finds the one documents write (老师: 教师); a day's fare is no answer for the night; a
swimming pool's 中小学生 covers the 初中 pupil asked of; and the documents' own statement answers before a
resident's words in a story. Real index, real encoder, /ask's composition."""

from __future__ import annotations

import pytest

from indexer.cantonese import mandarin
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.rungs import asked_rungs, off_rung
from server.answer.scoring import term_at
from server.answer.terms import Term, document_forms
from tests.policydocs import ask, index_docs

DOCS = {
    "广西/兴安县/兴安县国有景区门票优惠规定政策解读.txt": (
        "《興安縣國有A級旅遊景區門票優惠規定》政策解讀\n"
        "問：一家人去靈渠要花多少錢？\n"
        "答：以一家四口爲例：父母兩人均爲40歲，購買全價票2張共140元；同行的奶奶66歲，免票。\n"
        "問：港澳臺同胞和外國遊客也能享受優惠嗎？\n"
        "答：港澳臺居民憑港澳居民來往內地通行證、臺灣居民來往大陸通行證，外國遊客憑護照，年滿65週歲的同樣"
        "免收門票。\n"
    ),
    "广西/兴安县/兴安县国有A级旅游景区门票优惠规定.txt": (
        "兴安县国有A级旅游景区门票优惠规定\n"
        "第四条 下列人员凭有效证件免收门票：\n"
        "（一）65周岁以上老年人；\n"
        "（六）教师凭教师资格证书或者学校出具的在职证明，每年9月1日至9月30日免收门票。\n"
        "第六条 每年5月19日“中国旅游日”，灵渠景区对所有游客免收门票。\n"
    ),
    "云南/建水县/建水县出租汽车运价调整问答.txt": (
        "建水县出租汽车运价调整问答\n"
        "问：白天打车5公里要多少钱？\n"
        "答：白天乘坐5公里，费用为起步价7元加3公里续租费5.4元，共12.4元。\n"
        "问：晚上打车呢？\n"
        "答：夜间（22:00至次日6:00）乘坐5公里，费用为起步价8元加3公里续租费6.3元，共14.3元。\n"
    ),
    "山西/代县/代县体育中心收费标准公告.txt": (
        "代县体育中心免费低收费开放时间及收费标准公告\n"
        "场地 | 免费开放时段 | 低收费开放时段 | 收费标准\n"
        "游泳馆 | 暑期每周一、三9:00—11:00对中小学生免费 | 每天14:00—21:00 | "
        "16元/场（学生8元/场），每场2小时\n"
        "体育馆乒乓球室 | 周一至周五8:00—17:00 | 其他开放时段 | 10元/台·小时（学生、老年人5元）\n"
    ),
    "山东/临朐县/临朐县2026年家电以旧换新补贴资金第三批发放汇总表.txt": (
        "临朐县2026年家电以旧换新补贴资金第三批发放汇总表\n"
        "填报单位：临朐县商务局（盖章） 核销截止日期：2026年9月30日\n"
        "序号 | 参与企业 | 核销笔数（笔） | 销售额（元） | 补贴金额（元） | 备注\n"
        "1 | 临朐县鸿达家电商场 | 612 | 2876450 | 498362.4 | —\n"
        "2 | 临朐县百货大楼有限公司家电部 | 438 | 2131760 | 372905.2 | —\n"
        "3 | 临朐县永兴电器有限公司 | 355 | 1688900 | 369234 | —\n"
        "合计 | — | 1405 | 6697110 | 1240501.6 | —\n"
        "说明：补贴资金由县财政通过银联清算拨付至参与企业账户；已撤销核销记录不计入合计。\n"
        "第三批补贴分品类统计\n"
        "品类 | 补贴件数（件） | 补贴金额（元）\n"
        "冰箱（含冰柜） | 512 | 452380.6\n"
        "洗衣机（含干衣机） | 436 | 236914.2\n"
        "空调 | 647 | 551206.8\n"
        "合计 | 1595 | 1240501.6\n"
    ),
    "浙江/磐安县/水价政策解读.txt": (
        "《磐安县农村供水工程水价核定及水费减免办法》政策解读\n"
        "问：这次出台办法的主要变化是什么？\n"
        "答：县水务集团统一运行维护的农村供水工程实行统一的阶梯水价，城乡居民用水同网同质同价。\n"
        "问：一户人家一个月用20吨水，要交多少水费？\n"
        "答：前15吨按第一阶梯每吨2.30元计算为34.50元，超出的5吨按第二阶梯每吨3.45元计算为17.25元，"
        "合计51.75元。\n"
    ),
    "浙江/磐安县/12345 低保户每月用12吨水，减免后水费要交多少？.txt": (
        "12345 低保户每月用12吨水，减免后水费要交多少？\n"
        "答复内容：经县水务局核实，答复如下：一、根据《磐安县农村供水工程水价核定及水费减免办法》，"
        "最低生活保障家庭每户每月减免5吨水费。二、您家每月用水约12吨，减免5吨后按7吨计费，均在第一阶梯"
        "（每户每月15吨以内，每吨2.30元），每月应交水费16.10元。\n"
    ),
    "新闻/多地公共体育场馆向群众开放.txt": (
        "场馆免费开 健身更方便 多地公共体育场馆向群众开放\n"
        "盛夏时节，不少县城的公共体育场馆免费或低收费向群众开放。\n"
        "五台县的游泳爱好者老刘说，暑假下午专门开车到代县体育中心游泳，学生一场才6元。\n"
    ),
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "cantonese")


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "我阿媽今年67歲，係香港人，揸住回鄉證去興安睇靈渠，使唔使買飛？",
            "我妈妈今年67岁,是香港人,拿着港澳居民来往内地通行证去兴安看灵渠,要不要买票?",
        ),
        ("康泰普通科睇一次症幾多錢？包唔包藥？", "康泰普通科看一次症多少钱?包不包药?"),
        (
            "我同老婆喺恭城登記結婚，婚檢使唔使俾錢㗎？",
            "我同老婆在恭城登记结婚,婚检要不要付钱?",
        ),
        ("台山 個體戶 簡易註銷 要唔要公示 幾耐辦好", "台山 个体户 简易注销 要不要公示 多长时间办好"),
        ("佢喺台山，聯繫電話係幾多？", "他在台山,联系电话是多少?"),  # (联系 stays)
        # Mandarin is never rewritten: no Cantonese word, and 系 stays 系
        ("港澳居民来往内地通行证办理需要几天？", "港澳居民来往内地通行证办理需要几天?"),
        ("本科毕业生购房补贴系统在哪里申请？", "本科毕业生购房补贴系统在哪里申请?"),
        ("今日头条说要返还押金吗？", "今日头条说要返还押金吗?"),
    ],
)
def test_a_cantonese_question_is_read_in_mandarin_words(question: str, read: str) -> None:
    assert mandarin(normalize(question)) == read


def test_the_analysed_question_is_the_mandarin_reading(retriever: Retriever) -> None:
    query = retriever.analyse("使唔使買飛？")
    assert query.norm == "要不要买票?"
    assert query.text == "使唔使買飛？"  # (the question as asked is kept)


def test_a_cantonese_question_is_answered(retriever: Retriever) -> None:
    """Declined before: 使唔使, 買飛, 睇 and 回鄉證 matched nothing (eval/policy25 c01, blind)."""
    found = ask(retriever, "我阿媽今年67歲，係香港人，揸住回鄉證去興安睇靈渠，使唔使買飛？")
    assert found.answerable
    assert "港澳居民來往內地通行證" in found.claims[0].unit.text
    assert "免收門票" in found.answer


def test_a_days_fare_is_no_answer_for_the_night(retriever: Retriever) -> None:
    """The day's 12.4元 had answered 夜晚十一點 (eval/policy24 c01, blind)."""
    night = asked_rungs(normalize("夜晚十一点打车5公里多少钱"))
    assert off_rung(night, normalize("答：白天乘坐5公里，费用为起步价7元加3公里续租费5.4元，共12.4元。"))
    assert not off_rung(night, normalize("答：夜间（22:00至次日6:00）乘坐5公里，共14.3元。"))
    found = ask(retriever, "我喺建水，夜晚十一點搭的士返酒店大概5公里，要俾幾多錢？")
    assert "14.3元" in found.claims[0].unit.text
    assert "12.4元" not in found.answer


def test_primary_and_secondary_pupils_include_the_junior_one() -> None:
    """对中小学生免费 had read as naming 小学 only, so a 初中 pupil's question found only other rungs and was
    declined (eval/policy25 n14, blind)."""
    junior = asked_rungs(normalize("带上初中的孩子去游泳学生一场多少钱"))
    assert not off_rung(junior, normalize("游泳馆 | 暑期每周一、三对中小学生免费 | 16元/场（学生8元/场）"))
    assert off_rung(junior, normalize("小学生 | 5元/场"))


def test_the_documents_statement_answers_before_a_residents_words(retriever: Retriever) -> None:
    """老刘's 一场才6元 had been quoted for the 收费标准 (eval/policy25 n14, blind)."""
    found = ask(retriever, "暑假带上初中的孩子去代县体育中心游泳，平时下午去学生一场多少钱？")
    assert found.answerable
    assert "学生8元/场" in found.claims[0].unit.text
    assert "老刘" not in found.answer


def test_an_everyday_word_finds_the_word_documents_write() -> None:
    teacher = Term("老师", 4.0, False, forms=document_forms("老师"))
    assert term_at(teacher, "（六）教师凭教师资格证书") == (3, 0.5)  # weaker evidence than the word itself
    assert term_at(teacher, "李老师说") == (1, 1.0)
    assert term_at(teacher, "学生凭学生证") == (-1, 0.0)
    assert document_forms("补贴") == ()  # (补助 is another measure, not another word for it)


def test_a_teacher_asking_is_answered_by_the_teachers_rule(retriever: Retriever) -> None:
    """The 中国旅游日 for all visitors and the prices had been the answer, not 教师's 9月 (eval/policy25 t05,
    blind)."""
    found = ask(retriever, "我是老师，什么时候去兴安灵渠可以免门票？")
    assert "每年9月1日至9月30日免收门票" in found.answer


def test_a_tiered_prices_steps_are_rungs() -> None:
    """第一阶梯's 2.30元 had answered 「第二阶梯 水价」 (eval/policy26 n02, blind)."""
    second = asked_rungs(normalize("磐安 农村供水 居民生活用水 第二阶梯 水价"))
    assert off_rung(second, normalize("（一）第一阶梯：每户每月15吨（含）以内，每吨2.30元"))
    assert not off_rung(second, normalize("（二）第二阶梯：每户每月15吨以上至25吨（含），每吨3.45元"))


def test_a_rung_the_documents_title_names_is_the_rows_rung(retriever: Retriever) -> None:
    """The table's rows name no 第三批, its title does: only the column names (under the heading naming it)
    had been kept, and quoted as the answer (eval/policy26 n09, blind)."""
    found = ask(retriever, "临朐 以旧换新 第三批 补贴金额 合计")
    assert "1240501.6" in found.answer


def test_an_faqs_answer_is_read_under_its_question(retriever: Retriever) -> None:
    """The reply to another household's 12吨 had answered 「一个月用了20吨水…要交多少水费」 over the
    政策解读's answer to that very question (eval/policy26 n03, blind)."""
    found = ask(retriever, "磐安农村一户人家一个月用了20吨水，按新水价要交多少水费？")
    assert found.claims[0].unit.text.endswith("合计51.75元。")
