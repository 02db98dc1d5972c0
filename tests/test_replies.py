"""Replies: a citizen's letter asking the searcher's own question matches it word for word and its reply only
in part; when the results hold both, the reply — the next passage of the letter's document — goes just above
the letter (indexer/rerank.py `reply_stage`)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from indexer.build import index_records
from indexer.fuse import FusionConfig
from indexer.rerank import reply_stage
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS, IndexSettings
from tests.conftest import KeywordEncoder

# a 12345 hotline page as cleaned: the letter's fields, then the reply in one table cell
LETTER = (
    "来信内容 | 我是安徽户口，在亭湖区一家企业上班三年了，社保在亭湖交了3年，租的房子办了租赁备案，"
    "也办了3年亭湖的居住证，本科学历。想把自己的户口迁过来，顺便把在上小学的孩子户口也迁过来，"
    "请问我的积分够不够？孩子能不能一起迁？\n"
    "办理单位 | 盐城市公安局亭湖分局\n回复时间 | 2025-07-24\n"
)
REPLY = (
    "回复内容 | 您好！您反映的问题已收悉，现答复如下： "
    "一、按照《盐城市亭湖区积分落户实施细则》，在亭湖区连续缴纳城镇职工基本养老保险满1年、持有亭湖区居住证、"
    "年龄不超过55周岁的，可以申请积分落户。 "
    "二、按您提供的情况初步测算：社会保险3年计15分，住房租赁登记备案3年计6分，居住证3年计6分，"
    "全日制本科学历计20分，合计47分。积分落户的分值线为60分，您目前还差13分。 "
    "三、积分落户人员的未成年子女可以随迁，您的孩子可以和您一起办理。 "
    "四、在亭湖区购买合法产权住房的可以计30分；继续缴纳社会保险、取得职业技能等级证书等也可以增加积分。 "
    "五、积分落户申请时间为每年4月1日至4月30日，可以通过“盐城公安”微信公众号在线申请。 "
    "如有疑问，请拨打亭湖公安分局户政管理大队电话0515-88325110。感谢您的来电！"
)
RECORDS = [
    ("letter", "关于积分落户的咨询", LETTER + REPLY),
    (
        "rules",
        "盐城市亭湖区积分落户实施细则",
        "第五条 积分指标：在亭湖区缴纳城镇职工基本养老保险，每满1年计5分，最高50分。",
    ),
    ("other", "亭湖区户籍业务办理指南", "迁入户口需携带居民户口簿、居民身份证。"),
]
QUESTION = "安徽户口在亭湖区企业上班三年，社保交了3年，租的房子办了租赁备案，积分够不够？"


def test_the_reply_goes_just_above_the_letter_asking() -> None:
    texts = {
        10: "请问积分落户要多少分？\n办理单位 | 亭湖分局",  # a letter, asking
        11: "第五条 积分指标。",
        12: "回复内容 | 分值线为60分。",  # its reply: the next passage of its document
        13: "另一封来信的回复。",
    }
    places = {10: ("a", 0, 40), 11: ("b", 0, 9), 12: ("a", 41, 60), 13: ("c", 0, 9)}
    keys = np.array([10, 11, 12, 13])
    head = np.arange(4)
    fused = np.array([4.0, 3.0, 2.0, 1.0])
    out = reply_stage(fused, head, texts.__getitem__, places.__getitem__, keys)
    assert out.tolist() == pytest.approx([4.0, 3.0, 4.0 + 0.004, 1.0])
    # the reply already above its letter, or not right after it (a gap of two characters), stays
    above = np.array([1.0, 3.0, 2.0, 4.0])
    assert reply_stage(above, head, texts.__getitem__, places.__getitem__, keys).tolist() == above.tolist()
    apart = {**places, 12: ("a", 42, 60)}
    assert reply_stage(fused, head, texts.__getitem__, apart.__getitem__, keys).tolist() == fused.tolist()
    # a letter whose document's next passage asks too (a second letter) brings nothing up
    asking = {**texts, 12: "又请问落户需要多久？"}
    assert reply_stage(fused, head, asking.__getitem__, places.__getitem__, keys).tolist() == fused.tolist()


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    index_dir = tmp_path_factory.mktemp("replies") / "idx"
    index_records(RECORDS, index_dir, KeywordEncoder(), DEFAULTS.with_model("keywords"))
    return Retriever(index_dir, encoder=KeywordEncoder())


def test_the_reply_is_found_before_the_letter_that_asks_the_same(letters: Retriever) -> None:
    # the answer-type stage off, so that the letter's own match ranks it first
    plain = replace(letters.settings.fusion, answer_type_weight=0.0)
    assert plain.replies is True
    query = letters.analyse(QUESTION)
    off = letters.search(query, 4, "hybrid", fusion=replace(plain, replies=False))
    assert [(h.doc_id, h.start) for h in off] == [("letter", 0), ("letter", 150), ("rules", 0), ("other", 0)]
    on = letters.search(query, 4, "hybrid", fusion=plain)
    assert [(h.doc_id, h.start) for h in on] == [("letter", 150), ("letter", 0), ("rules", 0), ("other", 0)]
    assert on[0].text.startswith("回复内容 | 您好！")
    assert on[0].score == pytest.approx(off[0].score + 0.001)  # a margin of 0.001 × max(1, score)
    assert [h.score for h in on[1:]] == [h.score for h in off[:1] + off[2:]]  # nothing else moves


def test_the_stage_is_a_switch_and_older_indexes_keep_their_ranking() -> None:
    assert DEFAULTS.fusion.to_dict()["replies"] is True
    assert FusionConfig.from_dict({"replies": False}).replies is False
    with pytest.raises(ValueError, match="replies"):
        FusionConfig.from_dict({"replies": "yes"})
    built_before = DEFAULTS.to_manifest(0)
    del built_before["fusion"]["replies"]
    assert IndexSettings.from_manifest(built_before).fusion.replies is False
