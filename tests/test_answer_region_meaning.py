"""A region question reads the meaning of each passage's sentence sharing the most of its words, not only
of the passage's best by the ranker: 仁懷's article opens with 人才是鄉村振興的關鍵 and names 安家補貼 only
further on, which without its meaning could not be a claim (eval/policy15 r08, written blind; its own
files, indexed by the real CLI). Real index, real encoder, the /ask composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from tests.policydocs import ask, index_docs

DOCS = PROJECT_ROOT / "eval" / "policy15" / "docs"
FILES = (
    "贵州/仁怀市/仁懷市：柔性引才為鄉村振興注入新動能.html",
    "浙江/德清县/德清县关于进一步加快人才集聚的若干措施.html",
    "浙江/德清县/《德清县关于进一步加快人才集聚的若干措施》政策解读.html",
    "河南/长垣市/2025年度长垣市高层次人才安家补贴申报指南.html",
    "河南/长垣市/12345答复：硕士来长垣工作能不能领安家补贴.html",
    "江苏/江阴市/江阴市人才安居政策问答.html",
)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    texts = {name: (DOCS / name).read_text(encoding="utf-8") for name in FILES}
    return index_docs(texts, tmp_path_factory, "region-meaning")


def test_each_region_stating_it_is_listed(retriever: Retriever) -> None:
    found = ask(retriever, "哪些地区的人才政策里有安家补贴？")
    assert found.answerable
    assert sorted(str(c.region) for c in found.claims) == [
        "河南省新乡市长垣市",
        "浙江省湖州市德清县",
        "贵州省遵义市仁怀市",
    ]
