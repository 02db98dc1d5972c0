"""Extractive answers over the real seed index: claims, verbatim citations, region groups, abstention, CLI —
on both backends (embedded files and Milvus: the `seed_retriever` fixture)."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from indexer.normalize import normalize
from indexer.retrieve import Query, Retriever
from server.answer import (
    DEFAULT_CONFIG,
    NOT_FOUND,
    Claim,
    Term,
    Unit,
    compose,
    compose_answer,
    is_region_question,
    trim_sentence,
    write_answer,
)
from server.answer.keyterms import carries
from server.answer.question import Question, Slot, answer_anchors
from server.answer.scoring import alignment, fills_slot, match_weight, term_at
from server.answer.terms import contractions
from server.api import answer_pieces, create_app
from server.config import Settings
from server.schemas import EXAMPLE_QUESTION, AskResponse
from tests.conftest import CITEQA, store_flags

YUNCHENG = "001_23f8d249a03d504e"
SPEECH = "004_9f4021d1b6bf3f3e"  # anonymised speech: no region in its metadata
YANHU = "003_dd92aab7b1df29c9"  # traditional script
MARKER = re.compile(r"\[(\d+)\]")

QUESTIONS = [
    EXAMPLE_QUESTION,
    "运城市拿出多少个事业编制作为人才引进事业编制周转池?",
    "鹽湖區已與多少所高校簽約或達成合作意向?",
    "哪些地方建设了院士工作站或院士工作室?",
    "天桥区与几家银行签订了合作协议?",
    "讲话中提到的人才专用编制按照什么原则管理?",
]


@pytest.fixture(scope="module")
def retriever(seed_retriever: Retriever) -> Retriever:
    return seed_retriever


def markers(answer: str) -> set[int]:
    return {int(n) for n in MARKER.findall(answer)}


def test_example_question_groups_regions(retriever: Retriever) -> None:
    response = compose_answer(retriever, EXAMPLE_QUESTION)
    assert response.answerable is True
    assert [(g.region, g.citations) for g in response.groups] == [("山西省运城市", [1]), (None, [2])]
    assert [c.doc_id for c in response.citations] == [YUNCHENG, SPEECH]
    assert "150个事业编制" in response.answer
    assert response.answer.startswith("山西省运城市:")
    assert "未注明地区(《在全市校企校地人才合作暨产学研对接推进会上的讲话》):" in response.answer
    assert markers(response.answer) == {c.n for c in response.citations} == {1, 2}
    # the claim text is the quote itself, followed by its marker
    for c in response.citations:
        assert f"{c.quote}[{c.n}]" in response.answer


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_quote_is_a_short_verbatim_slice(retriever: Retriever, question: str) -> None:
    response = compose_answer(retriever, question)
    assert response.answerable is True
    assert response.citations
    for c in response.citations:
        found = retriever.document(c.doc_id)
        assert found is not None
        assert found[1][c.start : c.end] == c.quote
        row = retriever.data.row_of(c.passage_id)
        assert row is not None
        passage_start, passage_end = int(retriever.data.starts[row]), int(retriever.data.ends[row])
        assert passage_start <= c.start < c.end <= passage_end
        # a passage that is one sentence of at most long_sentence characters is quoted whole
        assert len(c.quote) <= DEFAULT_CONFIG.max_quote
    assert markers(response.answer) == {c.n for c in response.citations}
    assert [c.n for c in response.citations] == list(range(1, len(response.citations) + 1))


def test_outside_question_abstains(retriever: Retriever) -> None:
    response = compose_answer(retriever, "上海浦东新区的人才落户积分政策是什么?")
    assert response.answerable is False
    assert response.citations == [] and response.groups == []
    assert response.answer == "文档中没有关于上海市浦东新区的内容,无法回答该问题。"


def test_place_in_corpus_but_not_the_fact_abstains(retriever: Retriever) -> None:
    # 綦江区 is in the corpus, 人才公寓 too, but never together: another place's flats are no answer.
    composition = compose(retriever, "綦江区人才公寓的月租金是多少?")
    assert composition.answerable is False
    assert composition.answer == NOT_FOUND
    assert composition.claims == ()


def test_a_county_by_its_short_name_keeps_the_answer_to_it(retriever: Retriever) -> None:
    # 綦江 is how people write 綦江区; 盐湖区's 配偶就業 sentence answers for another place
    composition = compose(retriever, "綦江对引进人才的配偶有什么安排?")
    assert composition.answerable is True
    assert {c.unit.hit.document.region for c in composition.claims} == {"重庆市綦江区"}
    assert "配偶子女就业安置" in composition.answer


def test_year_not_covered_abstains(retriever: Retriever) -> None:
    response = compose_answer(retriever, "2019年运城市引进了多少名高素质人才?")
    assert response.answerable is False
    assert response.answer == "文档中没有关于2019年的内容,无法回答该问题。"


def test_a_named_fee_no_sentence_mentions_abstains(retriever: Retriever) -> None:
    # 安家费 is a sum of money the seeds never mention: a sentence counting 研究生31名 is not its amount
    composition = compose(retriever, "盐湖区给博士研究生的安家费是多少?")
    assert (composition.answerable, composition.reason) == (False, "measure_absent")


def test_a_sentence_close_in_meaning_answers_a_paraphrase(retriever: Retriever) -> None:
    # 子女入学、配偶就业 answers 子女读书、另一半工作 in other words: support (words found) stays below the
    # threshold, the encoder's similarity does not
    question = "子女读书、另一半工作怎么解决?"
    off = compose(retriever, question, config=replace(DEFAULT_CONFIG, meaning_threshold=2.0))
    assert (off.answerable, off.reason) == (False, "low_score")
    similarity = max(u.dense for u in off.units)
    on = compose(retriever, question, config=replace(DEFAULT_CONFIG, meaning_threshold=similarity))
    assert on.answerable is True
    assert "配偶" in on.answer  # the quoted evidence speaks of spouses' jobs


def test_an_askers_everyday_words_find_the_documents_words(retriever: Retriever) -> None:
    # 孩子上学 is written 子女入学 by the documents (server/answer/terms.py document_forms): the paraphrase
    # the answers issue named as declined is answered by its words, with the meaning threshold off
    question = "孩子上学、配偶工作怎么解决?"
    found = compose(retriever, question, config=replace(DEFAULT_CONFIG, meaning_threshold=2.0))
    assert (found.answerable, found.reason) == (True, "")
    assert "配偶子女就业安置、未成年子女入学" in found.answer


def test_an_amount_no_evidence_states_abstains(retriever: Retriever) -> None:
    # the seeds speak of 人才公寓 and of sums of money, but no sentence that answers states a rent
    composition = compose(retriever, "人才公寓的租金标准是每平方米多少元?")
    assert (composition.answerable, composition.reason) == (False, "measure_absent")
    assert composition.answer == NOT_FOUND
    # asked without a unit, the rent is still money, and a sum stated beside something else (投资*.*亿元
    # 建成……人才公寓) is not it
    composition = compose(retriever, "人才公寓的租金标准是多少?")
    assert (composition.answerable, composition.reason) == (False, "measure_absent")
    # the same kind of question about a sum the documents state is answered with it
    response = compose_answer(retriever, "盐湖区财政每年列支多少人才工作经费?")
    assert response.answerable is True
    assert "2000萬元" in response.answer


def test_a_count_of_something_else_is_no_answer(retriever: Retriever) -> None:
    """Probes: 「天桥区拿出多少个事业编制?」 was answered with 高標準編制…規劃 (编制 as the verb, a count of
    4大主导产业), 「綦江区…」 with its 34个服务窗口: a count answers a counter question only when it counts
    what the question counts. 运城市 states its 150个事业编制."""
    for place in ("天桥区", "綦江区"):
        composition = compose(retriever, f"{place}拿出多少个事业编制?")
        assert (composition.answerable, composition.reason) == (False, "measure_absent"), place
    response = compose_answer(retriever, "运城市拿出多少个事业编制?")
    assert response.answerable is True and "拿出150个事业编制" in response.answer
    assert [c.doc_id for c in response.citations] == [YUNCHENG]


def test_a_count_of_local_people_is_not_a_count_of_books(retriever: Retriever) -> None:
    # 多少本地人才 asks how many local talents: 本 is "local" here, so 3万余人 answers it
    response = compose_answer(retriever, "运城通过培训班培养了多少本地人才?")
    assert response.answerable is True
    assert "培育各类人才3万余人" in response.answer
    assert {c.doc_id for c in response.citations} == {YUNCHENG}


def test_traditional_question_cites_traditional_text(retriever: Retriever) -> None:
    traditional = compose_answer(retriever, "鹽湖區已與多少所高校簽約或達成合作意向?")
    simplified = compose_answer(retriever, "盐湖区已与多少所高校签约或达成合作意向?")
    assert traditional.answerable is True
    assert "53所高校" in traditional.answer  # the quote keeps the document's own script
    assert traditional.citations[0].doc_id == YANHU
    assert traditional.citations[0].quote.startswith("鹽湖區已與清華大學")
    assert [(c.start, c.end) for c in traditional.citations] == [
        (c.start, c.end) for c in simplified.citations
    ]


def test_fact_question_is_short_and_ungrouped(retriever: Retriever) -> None:
    response = compose_answer(retriever, "运城市拿出多少个事业编制作为人才引进事业编制周转池?")
    assert response.groups == []
    assert response.citations[0].doc_id == YUNCHENG
    assert response.answer == (
        "制订《用事业编制为科技创新平台引进人才的实施方案》,拿出150个事业编制作为 人才引进事业编制周转池[1]。"
    )


@pytest.mark.parametrize("question", ["", "   \n", "问" * 1001])
def test_bad_questions_raise(retriever: Retriever, question: str) -> None:
    with pytest.raises(ValueError, match="question"):
        compose_answer(retriever, question)


def test_streaming_pieces_rebuild_the_answer(retriever: Retriever) -> None:
    answer = compose_answer(retriever, EXAMPLE_QUESTION).answer
    pieces = answer_pieces(answer)
    assert "".join(pieces) == answer
    assert pieces[0].endswith("[1]")
    assert len(pieces) >= 3


def test_api_ask_and_errors(retriever: Retriever, seed_index: Path) -> None:
    app = create_app(Settings(index_dir=seed_index, warm_up=False), retriever=retriever)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:  # a trusted Host
        ok = client.post("/ask", json={"question": EXAMPLE_QUESTION})
        assert ok.status_code == 200
        body = AskResponse.model_validate(ok.json())
        assert [g.region for g in body.groups] == ["山西省运城市", None]
        blank = client.post("/ask", json={"question": "   "})
        assert blank.status_code == 422  # the schema's pattern says a question has a non-blank character
        assert blank.json()["error"]["message"] == (
            "question: is empty: it holds nothing but spaces or control characters"
        )
        control = client.post(
            "/ask", json={"question": "\u0000 \u0085"}
        )  # a NUL and a NEL: no question either
        assert control.status_code == 422
        assert control.json()["error"]["message"] == blank.json()["error"]["message"]
        for path, field in (("/ask", "question"), ("/search", "query")):  # invisible format characters alone
            invisible = client.post(path, json={field: "\u200b\ufeff\u202e"})
            assert (invisible.status_code, invisible.json()["error"]["message"]) == (
                422,
                f"{field}: is empty: it holds nothing but spaces or control characters",
            )


def test_cli_json_matches_the_api_body(
    seed_index: Path, retriever: Retriever, backend: str, request: pytest.FixtureRequest
) -> None:
    where = ["--index", str(seed_index)]
    if backend == "milvus":
        where = store_flags(request.getfixturevalue("milvus_seed"))
    run = subprocess.run(
        [CITEQA, "ask", EXAMPLE_QUESTION, *where, "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    body = json.loads(run.stdout)
    parsed = AskResponse.model_validate(body)
    expected = compose_answer(retriever, EXAMPLE_QUESTION)
    assert set(body) == set(AskResponse.model_fields)
    assert parsed.model_dump(exclude={"took_ms"}) == expected.model_dump(exclude={"took_ms"})


def test_cli_text_lists_sources(seed_index: Path) -> None:
    run = subprocess.run(
        [CITEQA, "ask", EXAMPLE_QUESTION, "--index", str(seed_index)],
        check=True,
        capture_output=True,
        text=True,
    )
    lines = run.stdout.splitlines()
    assert lines[0].startswith("山西省运城市:")
    assert "来源:" in lines
    assert any(line.startswith("[1] 厚植人才沃土 赋能高质量发展 · 山西省运城市 · ") for line in lines)
    assert any(
        line.startswith("[2] 在全市校企校地人才合作暨产学研对接推进会上的讲话 · 未注明地区 · ")
        for line in lines
    )


def test_cli_rejects_an_empty_question(seed_index: Path) -> None:
    run = subprocess.run([CITEQA, "ask", " ", "--index", str(seed_index)], capture_output=True, text=True)
    assert run.returncode == 2
    assert "question is empty" in run.stderr


# ---------- pieces that need no index ----------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("哪些地区设立了人才编制周转池?", True),
        ("哪些地區設立了人才編制周轉池?", True),
        ("人才公寓建在哪里?", True),
        ("哪几个城市出台了购房补贴?", True),
        ("哪些县建立了人才驿站?", True),
        ("哪些市场主体参与了人才引进?", False),
        ("运城市拿出多少个事业编制?", False),
    ],
)
def test_region_questions(question: str, expected: bool) -> None:
    assert is_region_question(question) is expected


def test_trim_keeps_the_clauses_that_carry_the_claim() -> None:
    text = (
        "前言。依托市成人职业教育中心设立市高层次人才创新创业院,按照“单列管理、专编专用、动态调整”原则,"
        "统筹编制资源,建立*名高层次人才专用编制“周转池”,向食品加工、高端体育、五金装备等产业链人才急需领域精准投放,"
        "形成新模式。"
    )
    start = text.index("依托")
    terms = [Term("人才", 1.0, True), Term("编制", 2.0, True), Term("周转池", 3.0, True)]
    # this sentence (108 characters) is under the default long_sentence (150): quoted whole
    assert trim_sentence(text, start, len(text), terms, DEFAULT_CONFIG) == (start, len(text))
    config = replace(DEFAULT_CONFIG, long_sentence=100)
    s, e = trim_sentence(text, start, len(text), terms, config)
    assert text[s:e] == "建立*名高层次人才专用编制“周转池”"
    short_end = text.index("。") + 1
    assert trim_sentence(text, 0, short_end, terms, DEFAULT_CONFIG) == (0, short_end)  # short: kept whole


def test_write_answer_punctuation(retriever: Retriever) -> None:
    hit = retriever.search(EXAMPLE_QUESTION, 1)[0]

    def claim(text: str, region: str | None) -> Claim:
        return Claim(Unit(0, hit, 0, len(text), text), region)

    assert write_answer([claim("甲", None)], False) == "甲[1]。"
    assert write_answer([claim("甲。", None), claim("乙", None)], False) == "甲。[1]乙[2]。"
    assert write_answer([claim("甲", "山西省运城市"), claim("乙", "重庆市綦江区")], False) == (
        "山西省运城市:甲[1];重庆市綦江区:乙[2]。"
    )


def test_region_evidence_carries_the_specific_term(retriever: Retriever) -> None:
    # 开展 and 地区 are as common as 省校合作 in five documents; in general Chinese 省校合作 is far rarer:
    # only passages naming it are evidence, and each region it names gets its own citation.
    response = compose_answer(retriever, "哪些地区开展了省校合作?")
    assert response.answerable is True
    assert [(g.region, g.citations) for g in response.groups] == [
        ("山西省运城市", [1]),
        ("山西省运城市盐湖区", [2]),
    ]
    assert all("省校合作" in normalize(c.quote) for c in response.citations)


def test_region_question_lists_every_supported_region(retriever: Retriever) -> None:
    response = compose_answer(retriever, "哪些地方建设了院士工作站或院士工作室?")
    # both regions, each once; their order follows the evidence scores, which depend on the encoder
    assert sorted(g.region or "" for g in response.groups) == ["山西省运城市盐湖区", "重庆市綦江区"]
    assert "2个院士工作室" in response.answer and "4個院士工作站" in response.answer


def test_region_evidence_may_name_the_term_in_its_contracted_form(retriever: Retriever) -> None:
    # 运城市 writes 人才信贷产品, 天桥区 (traditional script) 推广“人才贷”金融产品: the same product, its
    # name contracted. Both regions answer 「哪些地区有人才信贷产品?」, each with its own citation.
    response = compose_answer(retriever, "哪些地区有人才信贷产品?")
    assert response.answerable is True
    assert [(g.region, g.citations) for g in response.groups] == [
        ("山西省运城市", [1]),
        ("山东省济南市天桥区", [2]),
    ]
    assert "人才信贷产品" in normalize(response.citations[0].quote)
    assert "“人才貸”金融產品" in response.citations[1].quote


def test_contracted_forms_count_only_as_morphemes() -> None:
    question = analyse_question_words(
        ["哪些", "地区", "有", "人才", "信贷", "产品", "?"], "哪些地区有人才信贷产品?"
    )
    assert question == {
        "哪些": (),
        "地区": (),
        "人才": (),
        "信贷": ("人才信", "人才贷"),
        "产品": ("信贷产", "信贷品"),
    }
    loan = Term("信贷", 4.0, True, shorts=("人才信", "人才贷"))
    assert term_at(loan, "开发人才信贷产品") == (4, 1.0)
    assert term_at(loan, "推广“人才贷”金融产品") == (3, 0.5)
    assert term_at(loan, "创业人才贷款贴息") == (-1, 0.0)  # 贷款 is a word: 贷 is not the contraction
    assert term_at(loan, "完善人才信息库") == (-1, 0.0)  # 信息, not 信贷
    assert match_weight([loan], "推广“人才贷”金融产品") == 2.0
    assert carries("推广“人才贷”金融产品", [loan]) and not carries("人才信息", [loan])


def analyse_question_words(words: list[str], norm: str) -> dict[str, tuple[str, ...]]:
    return {w: contractions(words, w, norm) for w in words if len(w) == 2}


def _question(slot: Slot, terms: list[Term], text: str = "?") -> Question:
    query = Query(text=text, norm=normalize(text), tokens=(), vector=None)
    return Question(query, False, False, slot, tuple(terms), (), (), frozenset())


def test_trim_adds_the_neighbouring_clause_that_fills_the_slot() -> None:
    text = (
        "为加快科技创新平台建设,进一步完善高层次人才引进机制,经过市委常委会多次专题研究决定,"
        "同时建立高层次人才引进事业编制周转池,首批投放150个,专门用于引进急需紧缺的高层次人才和科研团队,"
        "并建立动态调整和考核退出机制。"
    )
    terms = [Term("周转池", 3.0, True), Term("人才引进", 2.0, True)]
    clause = "同时建立高层次人才引进事业编制周转池"
    config = replace(DEFAULT_CONFIG, long_sentence=100)  # the sentence has 108 characters
    # without the question's slot the claim is the matching clause alone: the echo
    s, e = trim_sentence(text, 0, len(text), terms, config)
    assert text[s:e] == clause
    s, e = trim_sentence(text, 0, len(text), terms, config, _question("number", terms))
    assert text[s:e] == clause + ",首批投放150个"


@pytest.mark.parametrize(
    ("slot", "filled", "unfilled"),
    [
        ("number", "首批投放150个", "建立人才周转池"),
        ("number", "签约三十所高校", "与高校签约"),
        ("date", "于1999年1月1日起施行", "自公布之日起施行"),
        ("reason", "由于年龄原因没有签约", "最终没有签约"),
        ("person", "由建筑师博罗米尼设计", "由一名建筑师设计"),
    ],
)
def test_fills_slot(slot: Slot, filled: str, unfilled: str) -> None:
    question = _question(slot, [])
    assert fills_slot(question, normalize(filled)) is True
    assert fills_slot(question, normalize(unfilled)) is False


def test_a_number_the_question_states_is_no_answer() -> None:
    question = _question("number", [], "2022年运城市新建了多少家创新平台?")
    question = Question(question.query, False, False, "number", (), (), ("2022",), frozenset({"2022"}))
    assert fills_slot(question, normalize("2022年新建创新平台")) is False
    assert fills_slot(question, normalize("2022年新建39家创新平台")) is True


@pytest.mark.parametrize(
    ("question", "anchors"),
    [
        ("徐晓飞现在效力于哪个球队?", ("徐晓飞现在效力于", "球队")),
        ("额亦都是在哪一年去世的?", ("额亦都是在", "年去世的")),
        ("谁杀了司马晏?", ("", "杀了司马晏")),
        ("运城市拿出多少个事业编制?", ("运城市拿出", "事业编制")),
        ("介绍一下运城市。", ("", "")),
    ],
)
def test_answer_anchors(question: str, anchors: tuple[str, str]) -> None:
    assert answer_anchors(normalize(question)) == anchors


def test_alignment_finds_the_answer_next_to_the_question_words() -> None:
    text = "德龙烟铁路全长多少公里?"
    question = replace(_question("number", [], text), anchors=answer_anchors(normalize(text)))
    # 路全长 (3 of the words before 多少) then something new, and the number right there
    assert alignment(question, normalize("线路全长548公里,设计时速每小时160公里。")) == (0.75, 1.0)
    # the echo: the question's words with nothing new after them
    assert alignment(question, normalize("德龙烟铁路全长")) == (0.0, 0.0)
    # the words after the interrogative, preceded by something new but no number near
    assert alignment(question, normalize("以公里计的长度未公布")) == (0.5, 0.0)
