"""Passage bounds of the chunker (exact spans) and an index that keeps the chunking it was built with."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from indexer.build import index_paths, index_records
from indexer.chunk import ChunkConfig, chunk_text, split_sentences
from indexer.settings import DEFAULTS, IndexSettings
from indexer.store import read_index
from tests.conftest import KeywordEncoder


def sentence(char: str, length: int) -> str:
    """A sentence of ``length`` characters ending in 。."""
    return char * (length - 1) + "。"


# A 100-character paragraph, then a 200-character one.
TWO_PARAGRAPHS = sentence("甲", 100) + "\n" + sentence("乙", 200)
# One paragraph of five 100-character sentences: 400 fit a passage, the fifth is a 100-character tail.
LONG_PARAGRAPH = "".join(sentence(c, 100) for c in "甲乙丙丁戊")


def spans(text: str, config: ChunkConfig) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in chunk_text(text, config)]


def test_a_paragraph_shorter_than_min_chars_joins_the_next() -> None:
    assert spans(TWO_PARAGRAPHS, ChunkConfig(min_chars=60)) == [(0, 100), (101, 301)]
    assert spans(TWO_PARAGRAPHS, ChunkConfig(min_chars=150)) == [(0, 301)]


def test_a_join_never_passes_max_chars() -> None:
    assert spans(TWO_PARAGRAPHS, ChunkConfig(max_chars=300, min_chars=150)) == [(0, 100), (101, 301)]


def test_a_tail_shorter_than_min_chars_joins_the_piece_before() -> None:
    assert spans(LONG_PARAGRAPH, ChunkConfig(min_chars=60)) == [(0, 400), (400, 500)]
    assert spans(LONG_PARAGRAPH, ChunkConfig(min_chars=150)) == [(0, 500)]


def test_an_index_keeps_the_chunking_of_its_manifest(tmp_path: Path) -> None:
    """Documents added to an index built with other chunking are chunked as that index was, whatever the
    defaults are now: the manifest, not the code, decides."""
    index_dir = tmp_path / "index"
    other = 60 if DEFAULTS.chunking.min_chars != 60 else 150
    built: IndexSettings = replace(DEFAULTS.with_model("keywords"), chunking=ChunkConfig(min_chars=other))
    index_records([("d1", "甲", LONG_PARAGRAPH)], index_dir, KeywordEncoder(), built)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "d2.txt").write_text(TWO_PARAGRAPHS, encoding="utf-8")
    index_paths([folder], index_dir, lambda _: KeywordEncoder(), DEFAULTS)
    data = read_index(index_dir)
    assert data.settings["chunking"]["min_chars"] == other
    assert IndexSettings.from_manifest(data.settings).chunking == ChunkConfig(min_chars=other)
    rows = [r for r in range(data.passages) if data.documents[int(data.doc_rows[r])].doc_id == "d2"]
    got = [(int(data.starts[r]), int(data.ends[r])) for r in rows]
    assert got == ([(0, 100), (101, 301)] if other == 60 else [(0, 301)])


# A notice whose printed lines were not joined back (too few wrapped lines to tell): the first line of an
# article, cut by the page's right margin, looks like a heading.
UNJOINED = (
    "第五条　对新认定的国家级技能大师工作室给予一次性资助30万元，省级技\n"
    "能大师工作室给予一次性资助10万元。\n"
    "第六条　申请人应在取得证书之日起12个月内向区人社局提出申请。"
)


def test_a_heading_opens_the_passage_under_it_so_no_line_is_lost() -> None:
    """Issue (a policy collection): a line taken for a heading was context only, in no passage: the 30万元
    of 第五条 could never be found in a passage's text or quoted."""
    text = "一、发放购房补贴\n" + sentence("甲", 100) + "\n二、发放租房补贴\n" + sentence("乙", 100)
    found = chunk_text(text)
    assert [(text[s.start : s.end], s.heading) for s in found] == [
        ("一、发放购房补贴\n" + sentence("甲", 100), "一、发放购房补贴"),
        ("二、发放租房补贴\n" + sentence("乙", 100), "二、发放租房补贴"),
    ]
    covered = "".join(UNJOINED[s.start : s.end] for s in chunk_text(UNJOINED))
    for line in UNJOINED.split("\n"):
        assert line in covered
    # an index built before keeps its passages: the heading was context only
    old = ChunkConfig(heading_in_passage=False)
    assert [text[s.start : s.end] for s in chunk_text(text, old)] == [
        sentence("甲", 100),
        sentence("乙", 100),
    ]


def test_a_table_stays_together_and_a_cut_table_keeps_its_header() -> None:
    """Issue: rows under 60 characters were packed 60 at a time, so a table was cut every few rows and a
    piece held no column names: 硕士研究生 | 每月2000元 | 20万元 without 租房补贴 | 购房补贴."""
    header = "人才类别 | 租房补贴 | 购房补贴"
    rows = [f"第{i}类人才 | 每月{i}000元 | {i}0万元" for i in range(1, 31)]
    text = "第三条　具体标准如下表：\n" + "\n".join([header, *rows]) + "\n" + sentence("丙", 100)
    found = chunk_text(text)
    pieces = [text[s.start : s.end] for s in found]
    assert pieces[0].startswith("第三条　具体标准如下表：\n" + header + "\n第1类人才")
    assert all(len(p) <= 400 for p in pieces)
    table = [s for s in found if " | " in text[s.start : s.end]]
    assert len(table) == 2  # 31 rows of ~23 characters: two passages, not one per 60 characters
    assert table[1].heading == header  # the second piece is read under the column names
    assert "\n".join(pieces[:2]) == text[found[0].start : found[1].end]
    assert pieces[-1] == sentence("丙", 100)
    first_row = (found[1].start, text.index("\n", found[1].start))  # a line break ends a sentence
    assert split_sentences(text, found[1].start, found[1].end)[0] == first_row


def test_a_list_stays_together_with_the_line_introducing_it() -> None:
    """Items on lines of their own (1、… 2、…, （一）… (二)…) were packed 60 characters at a time like any
    short paragraph, so a list of conditions was cut in two and its later items read apart from what they
    are conditions of. The line introducing them (…条件如下：) and its items now share a passage while it
    holds them; a list past max_chars is still cut, and lines after the list are packed as before."""
    intro = "申请人才公寓应同时符合下列条件的人员可以按照本办法规定提出申请并经审核后入住，条件如下："
    items = [f"{n}、{sentence(c, 30)}" for n, c in zip("12345", "甲乙丙丁戊", strict=True)]
    bracketed = [f"（{n}）{sentence(c, 30)}" for n, c in zip("一二三", "子丑寅", strict=True)]
    text = "\n".join([intro, *items, sentence("己", 100), "办理材料：", *bracketed])
    pieces = [text[s.start : s.end] for s in chunk_text(text)]
    assert pieces == [
        "\n".join([intro, *items]),
        sentence("己", 100),
        "\n".join(["办理材料：", *bracketed]),
    ]
    # a list longer than a passage is cut where max_chars falls
    long_text = "\n".join(f"{n}、{sentence('庚', 50)}" for n in range(1, 13))
    cut = [long_text[s.start : s.end] for s in chunk_text(long_text)]
    assert [p.count("\n") + 1 for p in cut] == [7, 5]
    assert all(len(p) <= 400 for p in cut)
