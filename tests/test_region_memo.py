"""The memo of the regions a text names (indexer/region.py regions_in): on every passage of a real index it
returns what the computation returns, a list of its own each time, scanning each text once; and the /ask
answers to the seed questions are the same, citation for citation, with it and without it."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

import indexer.region as region
from eval.seedqa import QUESTIONS
from indexer.region import REGIONS_CACHED_CHARS, named_regions, regions_in
from indexer.retrieve import Retriever
from server.answer import VECTORS
from server.config import Settings
from server.generate import answer_question


def test_every_passage_names_the_regions_it_did(seed_index: Path) -> None:
    data = Retriever(seed_index).data
    texts = [data.passage_text(row) for row in range(data.passages)]
    assert len(texts) == len(set(texts)) == 54
    region._cached_regions.cache_clear()
    first = [regions_in(t) for t in texts]
    again = [regions_in(t) for t in texts]
    assert first == again == [named_regions(t) for t in texts]
    info = region._cached_regions.cache_info()
    assert (info.misses, info.hits, info.currsize) == (54, 54, 54)  # each passage scanned once
    assert sum(bool(r) for r in first) == 25
    assert sum(len(r) for r in first) == 32
    by_id = {data.passage_id(row): first[row] for row in range(data.passages)}
    assert by_id["000_b2aa1ed1528afdcc:3"] == ["山东省", "辽宁省大连市", "山东省济南市"]
    assert by_id["003_dd92aab7b1df29c9:7"] == ["湖北省武汉市", "山西省运城市盐湖区", "山西省运城市"]


def test_a_caller_may_extend_its_list() -> None:
    text = "山西省运城市盐湖区设立人才编制周转池。"
    named = regions_in(text)
    named.append("北京市")  # absent_place and generate._source extend what they are given
    assert regions_in(text) == named_regions(text) == ["山西省运城市盐湖区"]


def test_preferences_and_whole_documents_are_computed() -> None:
    region._cached_regions.cache_clear()
    long = "运城市盐湖区人才公寓。" * (REGIONS_CACHED_CHARS // 10)
    assert len(long) > REGIONS_CACHED_CHARS
    assert regions_in(long) == named_regions(long) == ["山西省运城市盐湖区"]
    # 鼓楼区 is a district of several cities: the preferred one (南京市, 3201) decides
    assert (
        regions_in("鼓楼区", prefer=["320100"])
        == named_regions("鼓楼区", ["320100"])
        == ["江苏省南京市鼓楼区"]
    )
    assert region._cached_regions.cache_info().currsize == 0


def _answers(index: Path) -> list[dict[str, object]]:
    retriever = Retriever(index)
    settings = Settings(index_dir=index, llm_base_url=None)
    VECTORS.clear()  # both runs encode the same sentences afresh
    out = []
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        response = answer_question(retriever, json.loads(line)["question"], 5, settings)
        out.append(
            {
                "answer": response.answer,
                "answerable": response.answerable,
                "citations": [(c.passage_id, c.start, c.end, c.quote) for c in response.citations],
            }
        )
    return out


def test_seed_answers_are_the_same_without_the_memo(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memoised = _answers(seed_index)
    assert len(memoised) == 69
    # every module calling it by name (server.answer.compose by its path: the package exports a function
    # of that name)
    for name in ("absent", "claim_region", "claims", "compose", "scoring", "terms", "units"):
        monkeypatch.setattr(importlib.import_module(f"server.answer.{name}"), "regions_in", named_regions)
    monkeypatch.setattr(region, "regions_in", named_regions)
    monkeypatch.setattr(importlib.import_module("server.generate"), "regions_in", named_regions)
    region._cached_regions.cache_clear()
    assert _answers(seed_index) == memoised
    assert region._cached_regions.cache_info().currsize == 0  # the second run never read the memo
