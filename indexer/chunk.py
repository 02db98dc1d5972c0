"""Paragraph chunking: each paragraph of the clean text becomes passages of bounded length.

Long paragraphs are split at sentence ends (。！？；); short heading lines are not passages but become
the context of the passages under them. Offsets are into the clean text: ``text[start:end]`` is the
passage exactly.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

# A sentence ends after 。！？；!?; (and any closing quotes/brackets that follow), or at the end of the line.
_SENTENCE_END = re.compile(r"[。！？；!?;…]+[”’」』\"')）]*")
_ENDS_LIKE_SENTENCE = re.compile(r"[。！？；!?;…:：,，、”’」』\"')）]$")


@dataclass(frozen=True)
class ChunkConfig:
    """Build-time chunking settings; recorded in the index manifest."""

    max_chars: int = 400
    min_chars: int = 60
    heading_max_chars: int = 40

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    heading: str  # nearest heading line above the passage ("" if none)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, whitespace trimmed, covering all content."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, match.end()))
        pos = match.end()
    if pos < end:
        spans.append((pos, end))
    return [span for s, e in spans if (span := _trim(text, s, e))[1] > span[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(line: str, config: ChunkConfig) -> bool:
    # a table row ("甲 | 乙") is content even when short
    return (
        len(line) <= config.heading_max_chars and not _ENDS_LIKE_SENTENCE.search(line) and " | " not in line
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        s, e = _trim(text, pos, pos + len(line))
        pos += len(line) + 1
        if e > s:
            spans.append((s, e))
    return spans


def _split_long(text: str, start: int, end: int, config: ChunkConfig) -> list[tuple[int, int]]:
    """Greedy packing of whole sentences into pieces of at most max_chars (a longer sentence stays whole)."""
    pieces: list[tuple[int, int]] = []
    cur_start, cur_end = -1, -1
    for s, e in split_sentences(text, start, end):
        if cur_start < 0:
            cur_start, cur_end = s, e
        elif e - cur_start <= config.max_chars:
            cur_end = e
        else:
            pieces.append((cur_start, cur_end))
            cur_start, cur_end = s, e
    if cur_start >= 0:
        pieces.append((cur_start, cur_end))
    # a short tail reads better joined to the piece before it
    if len(pieces) > 1 and pieces[-1][1] - pieces[-1][0] < config.min_chars:
        last = pieces.pop()
        pieces[-1] = (pieces[-1][0], last[1])
    return pieces


def chunk_text(text: str, config: ChunkConfig = ChunkConfig(), title: str | None = None) -> list[Span]:
    """Passages of ``text`` (one paragraph per line). The title line, if it is the first line, is context."""
    spans: list[Span] = []
    heading = ""
    pending: tuple[int, int] | None = None  # a short paragraph waiting to be joined to the next one
    paragraphs = _paragraphs(text)
    # A heading heads the paragraph right below it; a short line followed by another short line or by nothing
    # (a contact block, a list, a closing line) is content and goes into a passage like any other.
    shape = [_is_heading(text[s:e], config) for s, e in paragraphs]
    for i, (s, e) in enumerate(paragraphs):
        line = text[s:e]
        if i == 0 and title and line == title:
            continue
        if shape[i] and i + 1 < len(paragraphs) and not shape[i + 1]:
            if pending is not None:
                spans.append(Span(pending[0], pending[1], heading))
                pending = None
            heading = line
            continue
        if pending is not None:
            if e - pending[0] <= config.max_chars:
                s = pending[0]
            else:
                spans.append(Span(pending[0], pending[1], heading))
            pending = None
        if e - s < config.min_chars:
            pending = (s, e)
            continue
        for ps, pe in _split_long(text, s, e, config) if e - s > config.max_chars else [(s, e)]:
            spans.append(Span(ps, pe, heading))
    if pending is not None:
        spans.append(Span(pending[0], pending[1], heading))
    if not spans and paragraphs:  # a document of headings only still gets one passage
        s, e = paragraphs[0][0], paragraphs[-1][1]
        spans.append(Span(s, e, ""))
    return spans
