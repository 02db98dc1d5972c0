"""A rule replaced by another whose title does not name an edition (关于公办幼儿园保育教育费收费标准的通知
beside 关于调整公办幼儿园保育教育费收费标准的通知): the new one repeals the old by name and number, or the old
one's page marks it 失效; the answer quotes the rule in force (server/answer/repealed.py). eval/policy13 n05,
written blind: 「孩子9月要上正定县的一所市级示范公办幼儿园，保教费一个月多少钱？」 was answered with the 2021
notice's 400元. Real index, real encoder."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.repealed import void_documents
from server.answer.units import RetrievedTexts
from tests.policydocs import ask, index_docs

OLD = "\n".join(
    [
        "关于公办幼儿园保育教育费收费标准的通知",
        "正发改价\u30142021\u301511号",
        "一、保教费标准（每生每月）：省级示范幼儿园480元，市级示范幼儿园400元，一类幼儿园320元。",
        "二、保教费按月收取，每学期按5个月计收，寒暑假期间不得收取保教费。",
    ]
)
NEW = "\n".join(
    [
        "关于调整公办幼儿园保育教育费收费标准的通知",
        "正发改价\u30142024\u30157号",
        "一、保教费标准（每生每月）：省级示范幼儿园560元，市级示范幼儿园470元，一类幼儿园380元。",
        "二、本通知自2024年9月1日起执行，《关于公办幼儿园保育教育费收费标准的通知》（正发改价\u30142021\u301511号）"
        "同时废止。",
    ]
)
ASKED = "孩子9月要上一所市级示范公办幼儿园，保教费一个月多少钱？"


def void_paths(retriever: Retriever, limit: int = 5) -> set[str]:
    """The file names of the documents void_documents finds among the hits for ASKED."""
    hits = retriever.search(ASKED, limit)
    path = {h.doc_id: (h.document.path or "").rsplit("/", 1)[-1] for h in hits}
    return {path[d] for d in void_documents(hits, RetrievedTexts(retriever))}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs({"正定县/old.txt": OLD, "正定县/new.txt": NEW}, tmp_path_factory, "repealed")


def test_the_rule_in_force_answers(retriever: Retriever) -> None:
    assert void_paths(retriever) == {"old.txt"}
    found = ask(retriever, ASKED)
    assert found.answerable
    assert "470元" in found.answer
    assert "400元" not in found.answer


def test_what_repeals_nothing(retriever: Retriever, tmp_path_factory: pytest.TempPathFactory) -> None:
    # a 细则 that ends together with its 办法 (与《…办法》同时失效) repeals nothing; neither does a copy of
    # the repealing notice repeal the notice
    detail = "\n".join(
        [
            "公办幼儿园保育教育费收费实施细则",
            "本细则自发布之日起施行，与《关于公办幼儿园保育教育费收费标准的通知》同时失效。市级示范幼儿园400元。",
        ]
    )
    docs = {"a/old.txt": OLD, "a/detail.txt": detail, "a/new.txt": NEW, "b/copy.txt": NEW + "\n（转载）"}
    other = index_docs(docs, tmp_path_factory, "repeals-nothing")
    assert len({h.doc_id for h in other.search(ASKED, 10)}) == 4
    assert void_paths(other, 10) == {"old.txt"}


def test_a_page_marked_void_beside_the_same_rule(tmp_path_factory: pytest.TempPathFactory) -> None:
    number = "正发改价\u30142021\u301511号"
    marked = OLD.replace(number, f"文 号： | {number} | 效力状态： | 失效")
    unnamed = NEW.replace(f"《关于公办幼儿园保育教育费收费标准的通知》（{number}）同时废止。", "")
    retriever = index_docs({"x/old.txt": marked, "x/new.txt": unnamed}, tmp_path_factory, "marked")
    assert void_paths(retriever) == {"old.txt"}
    found = ask(retriever, ASKED)
    assert "470元" in found.answer and "400元" not in found.answer
    # alone, a page marked void is still the best word there is
    alone = index_docs({"x/old.txt": marked}, tmp_path_factory, "marked-alone")
    assert void_paths(alone) == set()
    assert "400元" in ask(alone, ASKED).answer
