"""A printed page's number between a page's paragraphs (— 2 —: a notice printed, then posted paragraph
by paragraph) is dropped, and the sentence the page break cut is joined again:
「2026年计划投入农村公路养护资金」 / 「— 2 —」 / 「1420万元，…」 had left 1420万元 a sentence of its own, and
「尖扎县2026年计划投入多少农村公路养护资金」 was answered with 2025's 1260万元 (eval/policy43 n11, written
blind)."""

from __future__ import annotations

from indexer.clean import clean_document
from indexer.reflow import join_page_breaks

PLAN = (
    "尖扎县2025年农村公路养护工作总结和2026年工作计划\n"
    "一、2025年工作完成情况\n"
    "2025年，全县列养农村公路612公里；全年投入农村公路养护资金1260万元。\n"
    "三、2026年工作计划\n"
    "（二）加大资金投入。2026年计划投入农村公路养护资金\n"
    "— 2 —\n"
    "1420万元，其中县级财政资金不少于300万元。\n"
    "第3页 共10页\n"
    "（三）充实养护力量。养护员增加到120名。\n"
)


def test_the_cut_sentence_is_one_again() -> None:
    assert clean_document(PLAN).text.split("\n") == [
        "尖扎县2025年农村公路养护工作总结和2026年工作计划",
        "一、2025年工作完成情况",
        "2025年，全县列养农村公路612公里；全年投入农村公路养护资金1260万元。",
        "三、2026年工作计划",
        "（二）加大资金投入。2026年计划投入农村公路养护资金1420万元，其中县级财政资金不少于300万元。",
        "（三）充实养护力量。养护员增加到120名。",
    ]


def test_only_a_cut_sentence_is_joined() -> None:
    # a sentence ended, a paragraph opening, a table's row: the page number goes, the lines stay apart
    assert join_page_breaks(["补贴每人1000元。", "- 3 -", "申请人应当提交申请表"]) == [
        "补贴每人1000元。",
        "申请人应当提交申请表",
    ]
    assert join_page_breaks(["二、补贴标准", "— 4 —", "（一）本科每月500元"]) == [
        "二、补贴标准",
        "（一）本科每月500元",
    ]
    assert join_page_breaks(["类别 | 标准", "— 5 —", "博士 | 3000元"]) == ["类别 | 标准", "博士 | 3000元"]
    # a number a sentence could be is no page number; lines without one come back as they are
    lines = ["第一条 为了加强管理", "3", "制定本办法。"]
    assert join_page_breaks(lines) is lines
