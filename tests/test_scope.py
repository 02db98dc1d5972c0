"""The scope stage: a question naming a county-level place is about that place's own documents, so among
the head a passage of a document about it (its region) goes before a news roundup that only mentions it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from indexer.build import index_records
from indexer.fuse import FusionConfig
from indexer.rerank import scope_stage
from indexer.retrieve import Retriever
from indexer.searcher import Filters
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder

ZHANGDIAN = "山东省淄博市张店区"

RECORDS = [
    (
        "roundup",
        "多地提高高龄津贴标准",
        "新年伊始，多地提高高龄津贴标准。淄博市张店区90至99周岁老年人的高龄津贴每人每月200元。"
        "石家庄市桥西区百岁老人每人每月800元。绵阳市涪城区百岁老人每人每月1000元。",
    ),
    (
        "zhangdian",
        "张店区高龄津贴发放管理办法",
        "第三条 张店区户籍老年人的高龄津贴按年龄段发放：80至89周岁每人每月50元，90至99周岁每人每月200元，"
        "100周岁及以上每人每月600元。",
    ),
    ("fucheng", "涪城区低保标准", "涪城区城市低保标准为每人每月780元。"),
    ("jiaojiang", "椒江区长护险待遇", "椒江区重度失能人员居家护理每人每月1200元。"),
    ("cuiping", "翠屏区改厕奖补", "翠屏区改厕每户奖补1200元。"),
    ("qiaoxi", "桥西区残疾人两项补贴", "桥西区困难残疾人生活补贴每人每月90元，按月发放。"),
]


def test_passages_of_documents_about_the_place_named_gain_the_heads_spread() -> None:
    fused = np.array([3.0, 2.0, 1.0, 0.0])
    keys = np.array([10, 11, 12, 13])
    head = np.array([0, 1, 2])  # positions into keys: the fourth candidate is below the head
    regions = {10: "", 11: ZHANGDIAN, 12: "山东省淄博市", 13: ZHANGDIAN}
    step = 1.0 * float(np.std([3.0, 2.0, 1.0]))
    out = scope_stage(fused, head, [ZHANGDIAN], regions.__getitem__, keys, 1.0)
    assert out.tolist() == pytest.approx([3.0, 2.0 + step, 1.0, 0.0])
    # a question naming the city: every document inside it is in scope
    out = scope_stage(fused, head, ["山东省淄博市"], regions.__getitem__, keys, 0.5)
    assert out.tolist() == pytest.approx([3.0, 2.0 + step / 2, 1.0 + step / 2, 0.0])
    # nothing to tell apart: every head passage in scope, or none
    assert scope_stage(fused, head[1:], ["山东省"], regions.__getitem__, keys, 1.0).tolist() == fused.tolist()
    assert scope_stage(fused, head, ["浙江省"], regions.__getitem__, keys, 1.0).tolist() == fused.tolist()


@pytest.fixture(scope="module")
def roundup_index(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("scope") / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


def test_the_notice_of_the_district_asked_goes_before_a_roundup_mentioning_it(
    roundup_index: Retriever,
) -> None:
    found = roundup_index
    assert [d.region for d in found.data.documents][:2] == [None, ZHANGDIAN]  # a roundup is about no region
    query = found.analyse("张店区90岁老人的高龄津贴每月多少?")
    assert query.places == (ZHANGDIAN,)
    fusion = found.settings.fusion
    assert (fusion.scope_weight, fusion.scope_rank) == (1.0, 2)
    off = found.search(query, 3, "hybrid", fusion=replace(fusion, scope_weight=0.0))
    assert [h.doc_id for h in off] == ["roundup", "zhangdian", "jiaojiang"]
    on = found.search(query, 3, "hybrid")
    assert [h.doc_id for h in on] == ["zhangdian", "roundup", "jiaojiang"]
    # the county's short name, read against the collection's regions, names it as well
    assert found.analyse("张店90岁老人的高龄津贴每月多少?").places == (ZHANGDIAN,)
    # filtered to the district, every passage is in scope: the stage has nothing to tell apart
    only = found.search(query, 3, "hybrid", filters=Filters(region="张店区"))
    assert [h.doc_id for h in only] == ["zhangdian"]


def test_a_city_or_province_named_is_a_topic_as_often_as_a_scope(roundup_index: Retriever) -> None:
    """drcd's 「台灣的面積…」 and 「北海艦隊…」 name a province and a city without asking about their
    documents: at the default rank (county) such a place leaves the ranking as it was."""
    found = roundup_index
    query = found.analyse("淄博市90岁老人的高龄津贴每月多少?")
    assert query.places == ("山东省淄博市",)
    fusion = found.settings.fusion

    def scores(config: FusionConfig) -> dict[str, float]:
        return {h.doc_id: h.score for h in found.search(query, 6, "hybrid", fusion=config)}

    default = scores(fusion)
    assert default == scores(replace(fusion, scope_weight=0.0))
    cities = scores(replace(fusion, scope_rank=1))
    assert cities["zhangdian"] > default["zhangdian"]  # at city rank, 淄博市 scopes the district's notice
    with pytest.raises(ValueError, match="scope_rank"):
        FusionConfig.from_dict({"scope_rank": 3})
