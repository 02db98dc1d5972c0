"""Passage bounds of the chunker (exact spans) and an index that keeps the chunking it was built with."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from indexer.asking import asked_before
from indexer.build import index_paths, index_records
from indexer.chunk import LONGEST_SENTENCE, UNBROKEN_CHARS, ChunkConfig, chunk_text, split_sentences
from indexer.lines import is_heading_line, table_header
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


def test_a_tail_shorter_than_tail_chars_joins_the_piece_before() -> None:
    assert spans(LONG_PARAGRAPH, ChunkConfig(tail_chars=60)) == [(0, 400), (400, 500)]
    assert spans(LONG_PARAGRAPH, ChunkConfig(tail_chars=150)) == [(0, 500)]
    # min_chars packs paragraphs, not the pieces of one: the default splits as before it grew
    assert spans(LONG_PARAGRAPH, ChunkConfig()) == spans(LONG_PARAGRAPH, ChunkConfig(min_chars=60))


def test_a_sections_short_paragraphs_share_a_passage() -> None:
    """Policy collections (eval/policy_retrieval.py): a section's paragraphs of a line or two were passages
    of their own, and one repeating the title's words (the purpose clause, the office signing) outranked the
    one holding the figure; they now share passages of up to max_chars, a section's heading still opening
    a passage of its own."""
    paragraphs = [
        "经认定的新建老年助餐点，给予一次性建设补贴5万元，补贴资金由区财政在区民政局组织验收合格后的30个工作日内一次性拨付到助餐点运营主体账户。",
        "运营满一年且评估合格的助餐点，按年度实际就餐服务人次每人次1元给予运营补贴，运营补贴每年申报一次，由区财政于次年3月底前拨付。",
        "助餐点应当公示菜品价格和补贴标准，接受老年人和社会监督，不得以任何理由拒绝符合条件的老年人就餐，违反规定的收回已拨付的补贴资金。",
    ]
    assert all(60 < len(p) < 250 for p in paragraphs)
    lines = ["三、助餐点建设运营补贴", *paragraphs, "四、实施时间", "本方案自2024年7月1日起实施。"]
    lines.append("区民政局")
    text = "\n".join(lines)
    got = [text[s.start : s.end] for s in chunk_text(text)]
    assert got == ["\n".join(lines[:4]), "\n".join(lines[4:])]
    old = [text[s.start : s.end] for s in chunk_text(text, ChunkConfig(min_chars=60))]
    assert old == ["\n".join(lines[:2]), lines[2], lines[3], "\n".join(lines[4:])]
    # … as far as max_chars holds them
    narrow = [text[s.start : s.end] for s in chunk_text(text, ChunkConfig(max_chars=140))]
    assert narrow == ["\n".join(lines[:2]), "\n".join(lines[2:4]), "\n".join(lines[4:])]


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


def test_a_list_of_short_items_is_content_not_headings() -> None:
    """Probe (a second policy collection): 「1. 就业见习补贴申请表」 — short, no sentence end — was taken for
    a heading, so a guide's materials were never quoted and its last item opened a passage of its own. A line
    numbered like the line above or below it is a list's item; 一、总体要求 alone is still a heading."""
    items = [f"{n}. {name}" for n, name in enumerate(["就业见习补贴申请表", "身份证复印件", "见习协议"], 1)]
    text = "\n".join(["一、申请材料", "申请见习补贴应提交以下材料：", *items, sentence("甲", 100)])
    starts = [text.index(line) for line in items]
    assert [is_heading_line(text, s, s + len(line)) for s, line in zip(starts, items, strict=True)] == [
        False
    ] * 3
    assert is_heading_line(text, 0, len("一、申请材料"))
    labelled = "附件：1.申报表\n2.承诺书\n3.2024年度见习岗位计划表"  # listed after a label, 3. before a year
    assert not any(is_heading_line(labelled, s, e) for s, e in split_sentences(labelled))
    # the last item no longer opens a passage (as a heading over the paragraph below it did)
    passages = [text[s.start : s.end] for s in chunk_text(text)]
    assert passages == [text]


def test_a_line_without_punctuation_is_cut_into_bounded_pieces() -> None:
    """A scrape that lost its punctuation (or a 5 MB single line) is no one passage or sentence: clauses are
    packed up to LONGEST_SENTENCE characters, a stretch with no mark is cut every UNBROKEN_CHARS."""
    unit = "湖北省武汉市对落户的本科毕业生给予租房补贴每人每年一万元"  # 28 characters
    bare, commas = (unit * 110)[:3000], ((unit + "，") * 110)[:3000]
    for text in (bare, commas):
        sentences = split_sentences(text)
        assert "".join(text[s:e] for s, e in sentences) == text  # every character kept, in order
        assert max(sp.end - sp.start for sp in chunk_text(text)) <= ChunkConfig().max_chars
    assert [e - s for s, e in split_sentences(bare)] == [UNBROKEN_CHARS] * 18 + [120]
    assert max(e - s for s, e in split_sentences(commas)) == 377 <= LONGEST_SENTENCE  # 13 clauses of 29
    # ordinary sentences are untouched
    text = "一、拿出150个事业编制作为人才引进事业编制周转池，先后组织开展引进工作。二、完善人才服务体系。"
    assert split_sentences(text) == [(0, 37), (37, 48)]


def test_a_table_row_is_one_sentence_whatever_its_cells_hold() -> None:
    # 吸油烟机 | 2级及以上 | 15%；1级20% | 1000 was cut at its ；: the figure 1000 stood apart from 吸油烟机
    text = (
        "产品品类 | 补贴比例 | 单件最高补贴（元）\n冰箱 | 15%；1级20% | 2000\n吸油烟机 | 15%；1级20% | 1000\n"
        "说明：第一句。第二句；第三句。"
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "产品品类 | 补贴比例 | 单件最高补贴（元）",
        "冰箱 | 15%；1级20% | 2000",
        "吸油烟机 | 15%；1级20% | 1000",
        "说明：第一句。",
        "第二句；",
        "第三句。",
    ]


# A guide's materials, a FAQ and its signature: each unit under 60 characters.
MATERIALS = [
    "（一）创业担保贷款申请表；",
    "（二）申请人身份证；",
    "（三）营业执照副本；",
    "（四）创业计划书；",
    "（五）经营场所租赁合同或产权证明；",
    "（六）个人征信查询授权书。",
]
FAQ = [
    "Q：灵活就业社保补贴标准是多少？",
    "A：按实际缴纳社会保险费的2/3给予补贴。",
    "Q：企业吸纳就业困难人员有社保补贴吗？",
    "A：有。按企业为其实际缴纳的社会保险费给予补贴，不包括个人应缴纳部分。",
]
SIGNATURE = ["附件：1.创业担保贷款申请表", "2.申报承诺书", "园区劳动和社会保障局", "2024年6月28日"]


def test_a_list_a_question_and_a_closing_stay_with_their_unit() -> None:
    """Policy collections (eval/policy_retrieval.py): short paragraphs were packed 60 characters at a time,
    so 「（六）个人征信查询授权书」 was a passage apart from 「申报材料」, a FAQ's question ended one passage
    and its answer opened the next, and a notice's attachment names and date were a passage of their own
    that outranked the notice's answers for words of its title."""
    text = "\n".join(["四、申报材料", *MATERIALS, *FAQ, *SIGNATURE])
    expected = [
        "\n".join(["四、申报材料", *MATERIALS]),  # the list whole, with its heading
        "\n".join(FAQ[:2]),  # each question with its answer, the next one opening its own passage
        "\n".join([*FAQ[2:], *SIGNATURE]),  # the last lines with the passage above them
    ]
    assert [text[s.start : s.end] for s in chunk_text(text)] == expected
    # an index built before keeps its passages (60 characters at a time)
    old = [text[s.start : s.end] for s in chunk_text(text, ChunkConfig(keep_units=False, min_chars=60))]
    assert old[0] == "\n".join(["四、申报材料", *MATERIALS[:5]])
    assert old[-1] == "2024年6月28日"  # a passage of one date line


def test_a_unit_is_kept_only_as_far_as_max_chars() -> None:
    items = [f"{n}. {sentence('甲', 30)}" for n in range(1, 21)]  # 20 items of 33 characters
    text = "申请人应提交以下材料：\n" + "\n".join(items)
    got = chunk_text(text)
    assert [s.end - s.start for s in got] == [387, 314]  # the opener and 11 items, then 9 items
    assert all(s.end - s.start <= ChunkConfig().max_chars for s in got)
    assert text[got[1].start : got[1].end].startswith("12. ")


def test_an_index_built_before_keep_units_keeps_its_passages() -> None:
    """A manifest written before the setting existed reads as keep_units False: documents added to that index
    are chunked as its others were, until `citeqa index --rebuild`."""
    manifest = DEFAULTS.to_manifest(0)
    assert manifest["chunking"]["keep_units"] is True
    del manifest["chunking"]["keep_units"]
    assert IndexSettings.from_manifest(manifest).chunking == ChunkConfig(keep_units=False)


def test_an_index_built_before_tail_chars_keeps_its_passages() -> None:
    """Before 2026-12-04 one setting (min_chars, 60) decided both which paragraphs join and which tails do:
    a manifest without tail_chars reads it as its min_chars."""
    manifest = DEFAULTS.to_manifest(0)
    assert (manifest["chunking"]["min_chars"], manifest["chunking"]["tail_chars"]) == (250, 60)
    manifest["chunking"]["min_chars"] = 150
    del manifest["chunking"]["tail_chars"]
    assert IndexSettings.from_manifest(manifest).chunking == ChunkConfig(min_chars=150, tail_chars=150)


def test_a_closing_question_or_a_line_below_a_table_is_no_closing_line() -> None:
    """The short last lines join the passage above, but a last question with its answer is a unit of its own
    (an FAQ's last pair was read as part of the answer before it), and a line below a table is no row of it
    (「二、停放不超过15分钟的免费。」 under the fee table was quoted for the table's fee)."""
    prose = sentence("甲", 80)
    faq = "\n".join([prose, *FAQ[:2]])
    assert [faq[s.start : s.end] for s in chunk_text(faq)] == [prose, "\n".join(FAQ[:2])]
    rows = ["区域类别 | 白天（7:00—21:00） | 夜间", "一类区域 | 首小时5元，白天单次最高60元 | 每次5元"]
    rows.append("二类区域 | 首小时3元，白天单次最高40元 | 每次3元")
    table = "\n".join([*rows, "二、停放不超过15分钟的免费。"])
    got = [table[s.start : s.end] for s in chunk_text(table)]
    assert got == ["\n".join(rows), "二、停放不超过15分钟的免费。"]


def test_a_reply_after_a_letter_has_the_letters_question_as_context() -> None:
    """Policy collections: a citizen's letter (请问…每月多少？) and the office's reply were two passages,
    and the letter, which repeats the question's words, outranked the reply holding the figure. The reply
    now carries the letter's question sentence as context."""
    letter = "留言内容：我母亲今年82岁。" + "甲" * 360 + "。请问高龄补贴每月多少？\n承办单位：区民政局"
    reply = "您好！80至89周岁每人每月150元；90至99周岁每人每月300元。"
    text = letter + "\n" + reply
    got = chunk_text(text)
    assert [text[s.start : s.end] for s in got] == [letter, reply]
    assert asked_before(text, got, 0) == ""
    assert asked_before(text, got, 1) == "请问高龄补贴每月多少？"


def test_a_row_that_lost_its_separators_is_still_the_tables() -> None:
    """eval/policy13 n08 (written blind): a GBK table of space-aligned columns whose long label ran into its
    figure (意外伤残（按伤残等级比例给付）20000 30000) became a line without cells; the rows below it were
    read as a table of their own, headed by their first row, and 意外住院津贴（每天） | 30 | 50 lost its
    column names (2023年度 | 2024年度) and the unit stated above them."""
    text = "\n".join(
        [
            "二、保障内容（单位：元）",
            "保障项目 | 2023年度 | 2024年度",
            "意外身故 | 20000 | 30000",
            "意外伤残（按伤残等级比例给付）20000 30000",
            "意外医疗（每次事故最高） | 5000 | 8000",
            "意外住院津贴（每天） | 30 | 50",
            "三、保险期间",
            "2024年3月1日零时至2025年2月28日24时。",
            "四、费用标准",
            "一次性补助 | 300",
        ]
    )
    assert table_header(text, text.index("意外住院津贴")) == "保障项目 | 2023年度 | 2024年度"
    assert table_header(text, text.index("意外医疗")) == "保障项目 | 2023年度 | 2024年度"
    # a line between two tables is no lost row: the second table's rows are headed by its own first row
    assert table_header(text, text.index("一次性补助")) is None
    captioned = "类别 | 标准\n一类 | 300\n表2 2024年标准\n项目 | 金额\n一次性补助 | 500"
    assert table_header(captioned, captioned.index("一次性补助")) == "项目 | 金额"
