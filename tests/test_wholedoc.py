"""The whole-document metric (eval/wholedoc.py) on a hand-made corpus whose hits are known, and the sparse
screen of eval/chunkstudy.py through the real indexing path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.chunkstudy import sparse_run
from eval.wholedoc import (
    FIXED_CHARS,
    PASSAGES_LABEL,
    fixed_chunks,
    group_by_title,
    is_hit,
    load_wholedoc,
    score,
    source_folder,
)
from indexer.settings import DEFAULTS

# Four passages in three titles; 运城人才 has two, apart in corpus order.
PASSAGES = [
    ("p1", "运城人才", "运城市拿出150个事业编制作为人才引进事业编制周转池，用于引进急需紧缺的高层次人才。"),
    ("p2", "盐湖公寓", "盐湖区建设人才公寓三百套，为来盐湖区就业的高校毕业生提供免费住房。"),
    ("p3", "运城人才", "运城科创城总投资16.18亿元，建成后将容纳三百家科技企业入驻办公。"),
    ("p4", "天桥合作", "天桥区推进省校合作，与山东大学共建产业研究院，服务本地企业转型升级。"),
]
QUESTIONS = {
    "q1": ("运城市拿出多少个事业编制作为周转池？", "p1", ["150个事业编制"]),
    "q2": ("運城科創城投資多少？", "p3", ["16.18億元"]),  # traditional script, both sides normalised
    "q3": ("盐湖区人才公寓有多少套？", "p2", ["三百套"]),
    "q4": ("天桥区与哪所大学共建研究院？", "p4", ["清华大学"]),  # right document, answer not in it
    "q5": ("没有答案的问题", "p4", []),  # no gold answer: left out
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    with open(tmp_path / "corpus.jsonl", "w", encoding="utf-8") as f:
        for pid, title, text in PASSAGES:
            f.write(json.dumps({"id": pid, "title": title, "text": text}, ensure_ascii=False) + "\n")
    with open(tmp_path / "queries.jsonl", "w", encoding="utf-8") as f:
        for qid, (text, _, _) in QUESTIONS.items():
            f.write(json.dumps({"id": qid, "text": text}, ensure_ascii=False) + "\n")
    with open(tmp_path / "answers.jsonl", "w", encoding="utf-8") as f:
        for qid, (_, _, answers) in QUESTIONS.items():
            f.write(json.dumps({"id": qid, "answers": answers}, ensure_ascii=False) + "\n")
    (tmp_path / "qrels.tsv").write_text("".join(f"{q}\t{p}\t1\n" for q, (_, p, _) in QUESTIONS.items()))
    return tmp_path


def test_group_by_title_joins_paragraphs_in_corpus_order() -> None:
    documents, doc_of = group_by_title([(p, t, x) for p, t, x in PASSAGES])
    assert documents == [
        ("w00000", "运城人才", PASSAGES[0][2] + "\n" + PASSAGES[2][2]),
        ("w00001", "盐湖公寓", PASSAGES[1][2]),
        ("w00002", "天桥合作", PASSAGES[3][2]),
    ]
    assert doc_of == {"p1": "w00000", "p2": "w00001", "p3": "w00000", "p4": "w00002"}


def test_load_wholedoc_maps_gold_passages_to_documents(folder: Path) -> None:
    ws = load_wholedoc(folder)
    assert list(ws.questions) == ["q1", "q2", "q3", "q4"]
    assert ws.gold == {
        "q1": frozenset({"w00000"}),
        "q2": frozenset({"w00000"}),
        "q3": frozenset({"w00001"}),
        "q4": frozenset({"w00002"}),
    }
    assert ws.answers["q2"] == ("16.18亿元",)  # normalised once, here


def test_load_wholedoc_needs_answers(folder: Path) -> None:
    (folder / "answers.jsonl").unlink()
    with pytest.raises(ValueError, match=r"has no answers\.jsonl"):
        load_wholedoc(folder)


def test_a_hit_needs_the_gold_document_and_an_answer() -> None:
    gold = frozenset({"d1"})
    assert is_hit("d1", "運城市拿出150個事業編制", gold, ["150个事业编制"])
    assert not is_hit("d2", "运城市拿出150个事业编制", gold, ["150个事业编制"])
    assert not is_hit("d1", "运城市拿出事业编制", gold, ["150个事业编制"])


def test_score_counts_the_first_answer_bearing_passage() -> None:
    gold, answers = frozenset({"d1"}), ["答案"]
    ranked = [("d1", "无关"), ("d2", "答案"), ("d1", "有答案"), ("d1", "答案")]
    assert score(ranked, gold, answers) == {"hit@1": 0.0, "hit@5": 1.0, "mrr@10": 1 / 3, "doc@1": 1.0}
    late = [("d2", "x")] * 5 + [("d1", "答案")]
    assert score(late, gold, answers) == {"hit@1": 0.0, "hit@5": 0.0, "mrr@10": 1 / 6, "doc@1": 0.0}
    assert score([], gold, answers) == {"hit@1": 0.0, "hit@5": 0.0, "mrr@10": 0.0, "doc@1": 0.0}


def test_fixed_chunks_cut_every_500_characters() -> None:
    assert [len(c) for c in fixed_chunks("字" * 1100)] == [FIXED_CHARS, FIXED_CHARS, 100]
    assert fixed_chunks("") == [""]


def test_sparse_screen_through_the_indexing_path(folder: Path, tmp_path: Path) -> None:
    ws = load_wholedoc(folder)
    source = source_folder(ws, folder, tmp_path / "src")
    result = sparse_run(ws, [source / "corpus.jsonl"], DEFAULTS, tmp_path / "scratch")
    # 运城人才's two short paragraphs are packed into one passage (the first is under min_chars)
    assert result["passages"] == 3
    # q1 to q3 find their answer at rank 1; q4's rank-1 passage is its document's, without the (wrong) answer
    expected = {"hit@1": 0.75, "hit@5": 0.75, "mrr@10": 0.75, "doc@1": 1.0}
    assert result["legs"]["bm25"] == expected
    assert result["legs"][PASSAGES_LABEL] == expected


def test_policy_gold_files_are_read_from_the_questions_doc_field() -> None:
    """eval/policy_retrieval.py: a question's ``doc`` names its gold files with notes and copies; an
    indexed document matches by its file name (a download's (1) and the extension apart) or its title."""
    from eval.policy_retrieval import gold_stems, stem

    assert stem("eval/policy8/docs/下载/关于开展2024年武进区家电以旧换新补贴活动的通知(1).html") == (
        "关于开展2024年武进区家电以旧换新补贴活动的通知"
    )
    assert stem("附件/见习办法.doc") == "见习办法"
    field = "江苏/武进区/关于开展家电以旧换新补贴活动的通知.html (+ 下载/ copy) | 新闻/真金白银促消费.html"
    assert gold_stems(field) == {"关于开展家电以旧换新补贴活动的通知", "真金白银促消费"}
    assert gold_stems("广东/香洲区/文旅消費券發放公告.html (traditional)") == {"文旅消費券發放公告"}
    assert gold_stems("-") == set()
