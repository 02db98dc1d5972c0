"""Passage bounds of the chunker (exact spans) and an index that keeps the chunking it was built with."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from indexer.build import index_paths, index_records
from indexer.chunk import ChunkConfig, chunk_text
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
