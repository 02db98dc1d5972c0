"""Superseded drafts: a draft published for comment (征求意见稿) whose issued policy is among the results goes
just below it — its figures were changed when the policy was issued — unless the question asks about the
draft; a draft whose issued policy the collection does not hold keeps its place."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from indexer.build import index_records
from indexer.fuse import FusionConfig
from indexer.rerank import draft_name, draft_stage, is_draft, issued_of
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder

DRAFT = "关于公开征求《佛山市南海区育儿补贴实施办法（征求意见稿）》意见的公告"
ISSUED = "佛山市南海区人民政府办公室关于印发佛山市南海区育儿补贴实施办法的通知"
RECORDS = [
    (
        "draft",
        DRAFT,
        "南海区卫生健康局起草了《佛山市南海区育儿补贴实施办法（征求意见稿）》，现公开征求意见。\n"
        "第三条 补贴标准：二孩每年发放育儿补贴2000元，三孩及以上每年发放育儿补贴3000元。",
    ),
    (
        "issued",
        ISSUED,
        "第三条 育儿补贴按孩次确定标准：二孩每年2500元，三孩及以上每年5000元，发放至满3周岁。",
    ),
    ("tuoyu", "南海区普惠托育机构建设补助申报通知", "新增普惠托位每个托位一次性补助10000元。"),
    ("jiaojiang", "椒江区长护险待遇", "椒江区重度失能人员居家护理每人每月1200元。"),
]
QUESTION = "南海区三孩育儿补贴每年发放多少钱?"


def test_a_drafts_title_names_the_policy_it_drafts() -> None:
    assert draft_name(DRAFT) == "佛山市南海区育儿补贴实施办法"
    assert draft_name("椒江区户用光伏补助办法（征求意见稿）") == "椒江区户用光伏补助办法"
    assert draft_name("中华人民共和国民法典（草案）") == "中华人民共和国民法典"
    assert (
        draft_name("關於徵求《金水區技能補貼辦法》意見的通知") == "金水区技能补贴办法"
    )  # read in matching form
    assert draft_name(ISSUED) == "" and not is_draft(ISSUED)
    assert is_draft(DRAFT) and is_draft("实施办法（送审稿）")
    titles = [
        DRAFT,
        "南海区托育补助通知",
        ISSUED,
        "佛山市南海区育儿补贴实施办法",
        "实施办法（征求意见稿）",
        "实施办法",
    ]
    # the draft's policy is issued twice over (the 办法 and the notice printing it); a name as short as
    # 实施办法 names no policy in particular
    assert issued_of(titles) == [[2, 3], [], [], [], [], []]


def test_a_superseded_draft_goes_just_below_its_issued_policys_best_passage() -> None:
    fused = np.array([5.0, 4.0, 3.0, 2.0, 1.0])
    keys = np.array([10, 11, 12, 13, 14])
    titles = {10: DRAFT, 11: "南海区托育补助通知", 12: DRAFT, 13: ISSUED, 14: ISSUED}
    head = np.arange(5)
    out = draft_stage(fused, head, titles.__getitem__, keys)
    # both draft passages move by one step (5.0 → just below 2.0), keeping their order
    assert out.tolist() == pytest.approx([2.0 - 0.002, 4.0, 3.0 - 3.002, 2.0, 1.0])
    # the issued policy outside the head: the draft keeps its place
    assert draft_stage(fused, head[:3], titles.__getitem__, keys).tolist() == fused[:5].tolist()
    # a draft already below its issued policy stays where it is
    low = np.array([1.0, 4.0, 0.5, 2.0, 1.5])
    assert draft_stage(low, head, titles.__getitem__, keys).tolist() == low.tolist()


@pytest.fixture(scope="module")
def drafts_index(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("drafts") / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


def test_the_issued_policy_goes_before_its_draft(drafts_index: Retriever) -> None:
    found = drafts_index
    fusion = found.settings.fusion
    assert fusion.superseded_drafts is True
    query = found.analyse(QUESTION)
    off = found.search(query, 4, "hybrid", fusion=replace(fusion, superseded_drafts=False))
    assert [h.doc_id for h in off] == ["draft", "issued", "tuoyu", "jiaojiang"]
    on = found.search(query, 4, "hybrid")
    assert [h.doc_id for h in on] == ["issued", "draft", "tuoyu", "jiaojiang"]
    assert on[1].score == pytest.approx(on[0].score - 0.001 * on[0].score)
    assert [h.score for h in on[2:]] == [h.score for h in off[2:]]  # nothing else moves
    # a question about the draft itself is answered by it
    asked = found.search("征求意见稿里南海区三孩育儿补贴每年多少?", 2, "hybrid")
    assert [h.doc_id for h in asked] == ["draft", "issued"]


def test_a_draft_without_its_issued_policy_keeps_its_place(tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    records = [r for r in RECORDS if r[0] != "issued"]
    index_records(records, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    found = Retriever(index_dir, encoder=KeywordEncoder())
    assert [h.doc_id for h in found.search(QUESTION, 3, "hybrid")] == ["draft", "tuoyu", "jiaojiang"]


def test_the_stage_is_a_switch() -> None:
    assert FusionConfig.from_dict({"superseded_drafts": False}).superseded_drafts is False
    with pytest.raises(ValueError, match="superseded_drafts"):
        FusionConfig.from_dict({"superseded_drafts": "yes"})
