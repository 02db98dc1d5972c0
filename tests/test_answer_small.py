"""Question words over collections unlike the seeds: two passages (where BM25's idf is 0 for a word in
half of them) and an index of character bigrams only (no words for the dictionary to know)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from indexer.build import index_records
from indexer.retrieve import Retriever
from indexer.segment import TokenizerConfig
from indexer.settings import DEFAULTS, IndexSettings
from server.answer import compose
from server.answer.answer_config import DEFAULT_CONFIG
from server.answer.question import analyse_question
from server.answer.terms import term_stats
from tests.conftest import KeywordEncoder

RECORDS = [
    ("yuncheng", "运城人才", "山西省运城市设立了人才编制周转池,拿出150个事业编制。"),
    ("qijiang", "綦江人才", "重庆市綦江区建设人才公寓,为高层次人才提供住房。"),
]


def retriever(tmp_path: Path, settings: IndexSettings) -> Retriever:
    index_records(RECORDS, tmp_path / "idx", KeywordEncoder(), settings)
    return Retriever(tmp_path / "idx", encoder=KeywordEncoder())


def test_a_word_in_half_the_passages_is_known(tmp_path: Path) -> None:
    found = retriever(tmp_path, DEFAULTS.with_model("keywords"))
    bm25 = found.data.bm25
    assert (bm25.df_of("周转池"), found.data.passages) == (1, 2)
    _, df, known = term_stats(bm25, "周转池")  # BM25's idf is log(1.5 / 1.5) = 0 here
    assert (df, known) == (1, True)
    question = analyse_question(found, found.analyse("运城市设立了什么周转池?"))
    assert [(t.text, t.in_corpus) for t in question.terms] == [
        ("运城市", True),
        ("设立", True),
        ("周转池", True),
    ]
    assert "人才编制周转池" in compose(found, "运城市设立了什么周转池?").answer


def test_an_index_of_bigrams_reads_the_question_in_words(tmp_path: Path) -> None:
    grams = replace(DEFAULTS.with_model("keywords"), tokenizer=TokenizerConfig(words=False, bigrams=True))
    found = retriever(tmp_path, grams)
    question = analyse_question(found, found.analyse("哪些地区设立了人才编制周转池?"))
    assert [t.text for t in question.terms] == ["设立", "人才", "编制", "周转池"]
    assert all(t.in_corpus for t in question.terms)
    # a number or a Latin word is a token of such an index too: the Chinese words are still read
    dated = analyse_question(found, found.analyse("哪些地区在2023年设立了v2人才编制周转池?"))
    assert [t.text for t in dated.terms] == ["2023", "年", "设立", "v2", "人才", "编制", "周转池"]
    composition = compose(found, "哪些地区设立了人才编制周转池?")
    assert composition.answerable is True
    assert "山西省运城市" in composition.answer


TABLE = (
    "余杭区人才住房补贴实施办法",
    "第二条 本办法适用于在余杭区工作的全日制本科及以上学历人才。\n"
    "第三条 人才住房补贴分为租房补贴和购房补贴，具体标准如下表：\n"
    "人才类别 | 租房补贴 | 购房补贴\n"
    "博士研究生 | 每月3000元 | 40万元\n"
    "硕士研究生 | 每月2000元 | 20万元\n"
    "全日制本科 | 每月1000元 | 10万元\n"
    "一、见习对象\n"
    "（一）离校2年内未就业的高校毕业生；（二）16至24岁登记失业青年。",
)


def test_a_table_row_answers_under_its_column_names(tmp_path: Path) -> None:
    """Issue (a policy collection): 「硕士研究生购房补贴多少万元?」 was declined although the row 硕士研究生 |
    每月2000元 | 20万元 ranked first: 购房补贴 is only in the column names, and a money question needs its
    sum named. A section's heading line is no claim of its own."""
    index_records([("yuhang", *TABLE)], tmp_path / "idx", KeywordEncoder(), DEFAULTS.with_model("keywords"))
    found = Retriever(tmp_path / "idx", encoder=KeywordEncoder())
    composition = compose(found, "余杭区硕士研究生购房补贴多少万元?")
    assert composition.answerable is True
    assert composition.claims[0].unit.text == "硕士研究生 | 每月2000元 | 20万元"
    listing = compose(found, "见习对象有哪些?")
    assert listing.answerable is True
    assert all(c.unit.text != "一、见习对象" for c in listing.claims)
    assert "离校2年内未就业的高校毕业生" in listing.answer


def test_a_section_heading_and_the_title_say_what_a_sum_is(tmp_path: Path) -> None:
    """Issue (a policy collection): 「郫都区博士研究生购房补贴多少万元?」 was answered with another district's
    figures, while 郫都区 has only a rent subsidy; its rent question must still be answered from a sentence
    that names no 补贴 — its section heading (三、补贴标准) and the document's title do."""
    record = (
        "pidu",
        "成都市郫都区青年人才租房补贴实施办法",
        "一、为加快集聚青年人才，降低青年人才来郫都区就业初期的生活成本，制定本办法。\n"
        "二、补贴对象为在郫都区就业的青年人才。\n"
        "三、补贴标准\n"
        "本科学历每人每月600元，硕士研究生每人每月1000元，博士研究生每人每月1500元。",
    )
    index_records([record], tmp_path / "idx", KeywordEncoder(), DEFAULTS.with_model("keywords"))
    found = Retriever(tmp_path / "idx", encoder=KeywordEncoder())
    rent = compose(found, "郫都区硕士研究生每月租房补贴多少元?")
    assert rent.answerable is True
    assert "硕士研究生每人每月1000元" in rent.answer
    purchase = compose(found, "郫都区博士研究生购房补贴多少万元?")
    assert (purchase.answerable, purchase.reason) == (False, "measure_absent")


def test_a_documents_own_bracketed_number_is_no_citation(tmp_path: Path) -> None:
    """A probe: a footnote number in a document's text ([2]) came into the answer as written, where it reads
    as a citation the answer does not have; it is written in full-width brackets there, and the quote keeps
    it as it stands."""
    records = [("suzhou", "苏州人才补贴", "苏州市对引进的全职博士给予每月3000元生活补贴[2]，按月发放。")]
    index_records(records, tmp_path / "idx", KeywordEncoder(), DEFAULTS.with_model("keywords"))
    found = Retriever(tmp_path / "idx", encoder=KeywordEncoder())
    answer = compose(found, "苏州市全职博士每月生活补贴多少元?")
    assert answer.answer == "苏州市对引进的全职博士给予每月3000元生活补贴\uff3b2\uff3d，按月发放。[1]"
    quoted = [c.unit.text for c in answer.claims]
    assert quoted == ["苏州市对引进的全职博士给予每月3000元生活补贴[2]，按月发放。"]


def test_a_place_the_evidence_misses_is_not_said_to_be_missing(tmp_path: Path) -> None:
    """A probe: 「天桥区拿出多少个事业编制?」 was declined with 「文档中没有找到关于…天桥区的相关内容」 in a
    collection holding a 天桥区 document — only the passages found for the question missed it."""
    index_records(RECORDS, tmp_path / "idx", KeywordEncoder(), DEFAULTS.with_model("keywords"))
    found = Retriever(tmp_path / "idx", encoder=KeywordEncoder())
    # (read to one passage deep: the evidence is then 运城市's alone, which names no 綦江区)
    shallow = replace(DEFAULT_CONFIG, place_depth=1)
    declined = compose(found, "綦江区拿出多少个事业编制?", k=1, config=shallow)
    assert (declined.answerable, declined.reason) == (False, "place_unmatched")
    assert declined.answer == "关于重庆市綦江区的文档中没有找到能回答该问题的内容。"


REPORT = (
    "2025年某区政府工作报告",
    "一、2024年工作回顾\n全年一般公共预算收入10.82亿元、增长3.4%，税收收入占比提高到71.5%。\n"
    "二、2025年主要预期目标\n全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；"
    "一般公共预算收入增长4%；城镇新增就业4500人以上。",
)


def test_a_target_asked_is_answered_by_the_target_not_last_years_result(tmp_path: Path) -> None:
    """eval/policy14 t03 (written blind): 「陈仓区今年一般公共预算收入计划增长多少？」 was answered with last
    year's 增长3.4%, which shares every word of the question, not this year's target 增长4%, stated as a
    clause of the 主要预期目标 sentence."""
    records = [("report", *REPORT)]
    index_records(records, tmp_path / "idx", KeywordEncoder(), DEFAULTS.with_model("keywords"))
    found = Retriever(tmp_path / "idx", encoder=KeywordEncoder())
    target = compose(found, "今年一般公共预算收入计划增长多少?")
    assert target.answer == "一般公共预算收入增长4%[1]。"
    result = compose(found, "去年一般公共预算收入增长了多少?")
    assert "增长3.4%" in result.answer
