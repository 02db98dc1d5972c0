"""A roundup's sentence may name a place by its short name: 「对招用高校毕业生的企业，慈溪按每人1500元发放
一次性扩岗补助」, after 「浙江慈溪市今年继续实行稳岗返还…」. It is about that place, and answers a question
naming it (eval/policy16 n01, written blind, had been answered by the roundup's 稳岗返还 60%, the one sentence
naming 慈溪市 in full). Real index (the collection's own files, indexed by the real CLI), real encoder, the
/ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from tests.policydocs import ask, index_docs

DOCS = PROJECT_ROOT / "eval" / "policy16" / "docs"
FILES = (
    "新闻/稳岗扩岗政策加码 多地真金白银助企留工.html",
    "山东/滕州市/12345热线答复：企业招用应届毕业生有没有补贴.html",
)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    texts = {name: (DOCS / name).read_text(encoding="utf-8") for name in FILES}
    return index_docs(texts, tmp_path_factory, "place-short")


def test_a_place_named_by_its_short_name_is_the_place_asked(retriever: Retriever) -> None:
    found = ask(retriever, "在慈溪招个刚毕业的大学生，企业能拿多少补助？")
    assert found.answerable
    assert found.claims[0].unit.text == (
        "对招用高校毕业生的企业，慈溪按每人1500元发放一次性扩岗补助，招用低收入农户家庭高校毕业生的提高到2000元。"
    )


def test_another_place_named_in_full_is_not(retriever: Retriever) -> None:
    found = ask(retriever, "在慈溪招个刚毕业的大学生，企业能拿多少补助？")
    assert not any("滕州" in c.unit.text or "常熟" in c.unit.text for c in found.claims)
