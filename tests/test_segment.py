"""The one tokenizer: jieba words on the normalised text, domain dictionary, stopwords, codes kept whole."""

from __future__ import annotations

from indexer.chunk import ChunkConfig, chunk_text, split_sentences
from indexer.normalize import normalize
from indexer.segment import TokenizerConfig, tokenize


def test_normalize_script_width_and_case() -> None:
    assert normalize("天橋區人才服務品牌") == "天桥区人才服务品牌"
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in "PPR-9087,ABC")  # as typed on a Chinese IME
    assert normalize(full_width) == "ppr-9087,abc"


def test_domain_dictionary_and_stopwords() -> None:
    assert tokenize("哪些地区设立了人才编制周转池?") == ["地区", "设立", "人才", "编制", "周转池"]
    assert "揭榜挂帅" in tokenize("实行创新项目“揭榜挂帅”")
    assert "省校合作" in tokenize("深化省校合作")


def test_both_scripts_give_the_same_tokens() -> None:
    assert (
        tokenize("天橋區人才服務品牌") == tokenize("天桥区人才服务品牌") == ["天桥区", "人才", "服务", "品牌"]
    )


def test_numbers_and_codes_stay_whole() -> None:
    tokens = tokenize("建成2112套人才公寓，投资16.18亿元，编号PPR-9087")
    assert "2112" in tokens and "16.18" in tokens and "ppr-9087" in tokens
    assert "人才公寓" in tokens


def test_bigrams_are_prefixed_and_optional() -> None:
    tokens = tokenize("人才公寓", TokenizerConfig(bigrams=True))
    assert tokens == ["人才公寓", "#人才", "#才公", "#公寓"]


def test_chunks_split_long_paragraphs_at_sentence_ends() -> None:
    sentence = "这是一个用于测试分段的句子，长度适中。"  # 19 characters
    text = "标题\n" + sentence * 30 + "\n短句。"
    spans = chunk_text(text, ChunkConfig(max_chars=100, min_chars=20), title="标题")
    assert all(s.end - s.start <= 100 for s in spans[:-1])
    assert all(text[s.start : s.end].endswith("。") for s in spans)
    assert spans[0].start == 3 and spans[0].heading == ""
    # every character in a passage; the short last line joins the passage above it (a passage of 短句。 alone
    # was an index entry of three characters)
    assert sum(s.end - s.start for s in spans) == 19 * 30 + len("\n短句。")
    assert text[spans[-1].start : spans[-1].end] == sentence * 5 + "\n短句。"
    old = chunk_text(text, ChunkConfig(keep_units=False, max_chars=100, min_chars=20), title="标题")
    assert text[old[-1].start : old[-1].end] == "短句。"


def test_a_short_heading_line_opens_its_passage_and_is_its_context() -> None:
    text = (
        "一把手抓第一资源\n"
        + "党的二十大报告提出,人才是第一资源,培养造就大批德才兼备的高素质人才,是国家和民族长远发展大计。" * 2
    )
    spans = chunk_text(text)
    assert len(spans) == 1
    assert spans[0].heading == "一把手抓第一资源"
    assert (spans[0].start, spans[0].end) == (0, len(text))
    # an index built before heading lines joined their passage: context only
    old = chunk_text(text, ChunkConfig(heading_in_passage=False))
    assert text[old[0].start : old[0].end].startswith("党的二十大")


def test_split_sentences_offsets() -> None:
    text = "甲。乙！“丙？”丁"
    assert [text[s:e] for s, e in split_sentences(text)] == ["甲。", "乙！", "“丙？”", "丁"]
