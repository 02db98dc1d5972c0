"""A video's subtitles (.srt, .vtt): a 政策解读 video's words, as portals publish them beside the video.

Cue numbers, timings, WebVTT's header, NOTE / STYLE / REGION blocks and styling tags (<i>, <v 主持人>,
{\\an8}) are no text. A cue's lines are one line of speech (its break is the screen's width), and a sentence
runs on over cues until a cue ends it (。！？!?…) or the speaker pauses (``PAUSE`` seconds between cues).
Chinese subtitles leave out the punctuation a cue's end stands for: a cue that ends without any is joined
to the next by a comma (今年我县生源地信用助学贷款的受理时间是，2025年7月1日至9月30日), so that answers can
quote a clause of a sentence, as they do of a document's — and a line of ``SENTENCE_CHARS`` or more ends at
the next cue's end, lest a talk of no full stop be one sentence (提前还款不收取违约金 had been one clause of
a 300-character line). A rolling caption's cue that repeats the line
before it (automatic captions scroll: each cue is the last line and a new one) adds only its new line.
"""

from __future__ import annotations

import html
import re

PAUSE = 2.0  # seconds of silence between cues that end a sentence
SENTENCE_CHARS = 40  # … and the length past which a cue's end ends one (cues without any punctuation)
_TIMING = re.compile(
    r"^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
)
_NOT_SPOKEN = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b")
_TAG = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")  # <i>, <v 主持人>, <00:00:01.000>, {\an8}
_ENDS_SENTENCE = re.compile(r"[。！？!?…]+[”’」』\"')）]*$")
_LATIN_END = re.compile(r"[A-Za-z0-9,.;:]$")
_MARKED = re.compile(r"[，,、；;：:。！？!?…—]$")


def looks_like_subtitles(text: str) -> bool:
    """Whether ``text`` is cues with timings (a subtitle file, whatever it is named)."""
    head = text.lstrip("\ufeff").lstrip()[:2000]
    return head.startswith("WEBVTT") or any(_TIMING.match(line) for line in head.split("\n")[:6])


def subtitle_text(text: str) -> str:
    """The spoken text of an .srt or .vtt file's (decoded) text: a line per sentence."""
    cues: list[tuple[float, float, list[str]]] = []
    for block in re.split(r"\n\s*\n", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if not lines or _NOT_SPOKEN.match(lines[0]):
            continue
        timed = next((i for i, line in enumerate(lines) if _TIMING.match(line)), None)
        if timed is None:
            continue  # a cue number alone, or what no timing introduces: no cue
        found = _TIMING.match(lines[timed])
        assert found is not None
        start, end = _seconds(found.groups()[:4]), _seconds(found.groups()[4:])
        words = [_spoken(line) for line in lines[timed + 1 :]]
        words = [w for w in words if w]
        if words:
            cues.append((start, end, words))
    out: list[str] = []
    previous_end = None
    last_line = ""
    for start, end, words in cues:
        if words[0] == last_line:
            words = words[1:]  # a rolling caption repeats the line before it
        if not words:
            previous_end = end
            continue
        said = _joined(words)
        paused = previous_end is not None and start - previous_end >= PAUSE
        if out and not paused and not _ENDS_SENTENCE.search(out[-1]) and len(out[-1]) < SENTENCE_CHARS:
            out[-1] = _joined([out[-1], said])
        else:
            out.append(said)
        last_line = words[-1]
        previous_end = end
    return "\n".join(out)


def _seconds(parts: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, millis = parts
    return (
        int(hours or 0) * 3600
        + int(minutes or 0) * 60
        + int(seconds or 0)
        + int((millis or "0").ljust(3, "0")) / 1000
    )


def _spoken(line: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", line)).split())


def _joined(parts: list[str]) -> str:
    """The pieces of a sentence, each ended by a comma unless it ends in a mark already (a space between
    two Latin words)."""
    out = parts[0]
    for part in parts[1:]:
        if _LATIN_END.search(out) and re.match(r"[A-Za-z0-9]", part):
            out += " "
        elif not _MARKED.search(out):
            out += "，"
        out += part
    return out
