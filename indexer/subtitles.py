"""A video's subtitles (.srt, .vtt, .ass, .ssa; TTML's cues: ttml.py): a 政策解读 video's words, as portals
publish them beside the video.

Cue numbers, timings, WebVTT's header, NOTE / STYLE / REGION blocks and styling tags (<i>, <v 主持人>,
{\\an8}) are no text. A cue's lines are one line of speech (its break is the screen's width), and a sentence
runs on over cues until a cue ends it (。！？!?…) or the speaker pauses (``PAUSE`` seconds between cues).
Chinese subtitles leave out the punctuation a cue's end stands for: a cue that ends without any is joined
to the next by a comma (今年我县生源地信用助学贷款的受理时间是，2025年7月1日至9月30日), so that answers can
quote a clause of a sentence, as they do of a document's — and a line of ``SENTENCE_CHARS`` or more ends at
the next cue's end, lest a talk of no full stop be one sentence (提前还款不收取违约金 had been one clause of
a 300-character line). Subtitles that keep their punctuation (half their cues or more hold a mark) are
cut by the screen's width, not by the speaker: there a cue ending without a mark runs straight on into the
next (残疾人家庭每户最高补贴 | 6000元, 2026年6 | 月30日前: eval/policy33, written blind), up to
``PUNCTUATED_CHARS``; and in any subtitles a number is not parted from its unit (30 | 日内). A rolling
caption's cue that repeats the line before it (automatic captions scroll: each cue is the last line and a new
one) adds only its new line. An Advanced SubStation file (.ass, .ssa: what Aegisub saves) is read by its
[Events] section: each Dialogue line's fields as its Format line names them, the speaker's Name no text,
Comment lines none, override blocks ({\\an8}, {\\c&H00FFFF&\\b1}) dropped, \\N and \\n a cue's line break, \\h
a space (eval/policy34, written blind). A cue that outlasts the next one (a programme's title shown over all
of it, on a layer of its own) is a line of its own, not part of the sentences it is shown over. Lyrics (.lrc:
what a 广播 programme's audio is published with) are a line per time tag, each shown until the next one
([00:33.50]…申报时间是2026年7 | [00:37.20]月1日至7月31日: eval/policy36, written blind); their ID tags
([ti:], [ar:], [offset:] …) and an enhanced file's word times (<00:12.34>) are no text, and a line several
tags repeat (a jingle) is read once, where it is first heard. In any subtitles a cue opening with a
speaker's name (主持人：) begins a sentence. YouTube's SubViewer captions (.sbv: a timing line
0:00:29.100,0:00:32.500, then the cue's lines; no cue numbers) are read as .srt is; SAMI captions (.smi,
.sami: what Windows Media and Korean and Chinese players' subtitle sites pass around, often GBK with CRLF)
by their <SYNC Start=ms> blocks — each shown until the next SYNC, one of only &nbsp; clearing the screen, <br>
a line break, <P>'s left unclosed, and of several languages' classes only the one written in Chinese (its
<TITLE> the title). In any subtitles a number cut between two cues is one number again (心理咨询热线是
0831-44 | 12680, 每天9:00至 | 21:00开放: eval/policy37, written blind).
"""

from __future__ import annotations

import html
import itertools
import re

from indexer.text import CJK

PAUSE = 2.0  # seconds of silence between cues that end a sentence
SENTENCE_CHARS = 40  # … and the length past which a cue's end ends one (cues without any punctuation)
PUNCTUATED_CHARS = 200  # … in subtitles that keep their punctuation
_TIMING = re.compile(
    r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
)
_NOT_SPOKEN = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b")
# <i>, <v 主持人>, <c.yellow>, </b>, <00:00:01.000>, {\an8} — not a less-than (月收入<3000元或>5000元);
# bounded, and no tag holds another's start, so a line of a million < is read once
_TAG = re.compile(r"<(?:/?[A-Za-z][^<>\n]{0,100}|\d{1,2}:[\d:.]{1,12})>|\{\\[^{}\n]{0,100}\}")
_ENDS_SENTENCE = re.compile(r"[。！？!?…][”’」』\"')）]{0,3}$")
_LATIN_END = re.compile(r"[A-Za-z0-9,.;:]")
_MARKED = re.compile(r"[，,、；;：:。！？!?…—]")
_TAIL = 8  # characters of a sentence's end its marks are read in (a run of a million ! is not)
# a cue opening with its speaker's name (主持人：, 嘉宾：, 张局长:) begins a sentence, whatever ended the one
# before
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{2,5}[：:]")
_UNIT = re.compile(r"[0-9\uff10-\uff19][年月日号时分秒元万千百亿%％个天周岁次户人件台辆吨亩]")


def looks_like_subtitles(text: str) -> bool:
    """Whether ``text`` is cues with timings (a subtitle file, whatever it is named)."""
    head = text.lstrip("\ufeff").lstrip()[:2000].replace("\r\n", "\n").replace("\r", "\n")
    if _is_ass(text):
        return bool(_ass_cues(text))
    if _LRC_LINE.match(head):
        return bool(_lrc_cues(text))
    if _is_sbv(text):
        return True
    return head.startswith("WEBVTT") or any(_TIMING.match(line) for line in head.split("\n")[:6])


# a SubViewer cue's timing line (YouTube's .sbv): start and end, a comma between them
_SBV_TIMING = re.compile(
    r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})\.(\d{1,3}),(?:(\d+):)?(\d{1,2}):(\d{1,2})\.(\d{1,3})\s*$"
)


def _is_sbv(text: str) -> bool:
    """Whether ``text`` is SubViewer captions: a timing line of its kind among its first lines."""
    head = text.lstrip("\ufeff").lstrip()[:2000].replace("\r\n", "\n").replace("\r", "\n")
    return any(_SBV_TIMING.match(line) for line in head.split("\n")[:6])


# An Advanced SubStation event's time (0:00:26.30: hours, minutes, seconds and a fraction) and a line of its
# [Events] section (Format: …, Dialogue: …, Comment: …)
_ASS_TIME = re.compile(r"^\s*(\d+):(\d{1,2}):(\d{1,2})(?:[.:](\d{1,3}))?\s*$")
_ASS_LINE = re.compile(r"^([A-Za-z]+)\s*:\s?(.*)$")
_ASS_OVERRIDE = re.compile(r"\{[^{}\n]{0,500}\}")
# (a file whose [Events] section has no Format line has the fields every v4+ file names)
_ASS_FIELDS = ["layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text"]


def _is_ass(text: str) -> bool:
    """Whether ``text`` is an Advanced SubStation file: its [Script Info] first, or an [Events] section."""
    head = text.lstrip("\ufeff").lstrip()
    return head.startswith("[Script Info]") or re.search(r"(?m)^\[Events\][ \t]*\r?$", text) is not None


def _ass_cues(text: str) -> list[tuple[float, float, list[str]]]:
    """(start, end, lines) of each Dialogue event of an .ass or .ssa file's text, in the order of their start
    (a file lists them in any order; two starting together keep theirs)."""
    cues: list[tuple[float, float, list[str]]] = []
    fields = _ASS_FIELDS
    in_events = False
    for line in text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            in_events = line.lower() == "[events]"
            continue
        found = _ASS_LINE.match(line) if in_events else None
        if found is None:
            continue
        kind, value = found.group(1).lower(), found.group(2)
        if kind == "format":
            fields = [f.strip().lower() for f in value.split(",")]
        elif kind == "dialogue" and "text" in fields and "start" in fields and "end" in fields:
            # (the last field, Text, keeps its commas)
            parts = dict(zip(fields, value.split(",", len(fields) - 1), strict=False))
            start, end = _ass_time(parts.get("start", "")), _ass_time(parts.get("end", ""))
            if start is None or end is None:
                continue
            said = _ASS_OVERRIDE.sub("", parts.get("text", "")).replace("\\h", " ")
            lines = [w for w in (_spoken(piece) for piece in re.split(r"\\[Nn]", said)) if w]
            if lines:
                cues.append((start, end, lines))
    return sorted(cues, key=lambda cue: cue[0])


def _ass_time(value: str) -> float | None:
    found = _ASS_TIME.match(value)
    if found is None:
        return None
    hours, minutes, seconds, fraction = found.groups()
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds) + float(f"0.{fraction or 0}")


# a lyrics line's time tags ([01:09.80], [00:04:20]) before its words; an ID tag ([ti:标题], [offset:0])
_LRC_TAG = re.compile(r"\[(\d{1,3}):(\d{1,2})(?:[.:](\d{1,3}))?\]")
_LRC_LINE = re.compile(r"^\[(?:\d{1,3}:\d{1,2}(?:[.:]\d{1,3})?|[A-Za-z]+:[^\]\n]*)\]")


def _lrc_cues(text: str) -> list[tuple[float, float, list[str]]]:
    """(start, end, lines) of a lyrics file's timed lines, in time order, each shown until the next; a line
    several tags time is read at its first."""
    timed: list[tuple[float, int, str]] = []
    for order, line in enumerate(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        line = line.strip()
        times: list[float] = []
        while found := _LRC_TAG.match(line):
            minutes, seconds, fraction = found.groups()
            times.append(int(minutes) * 60 + int(seconds) + float(f"0.{fraction or 0}"))
            line = line[found.end() :].lstrip()
        said = _spoken(line)
        if times and said:
            timed.append((min(times), order, said))
    timed.sort()
    return [
        (start, timed[i + 1][0] if i + 1 < len(timed) else start, [said])
        for i, (start, _, said) in enumerate(timed)
    ]


def _cues(text: str, timings: re.Pattern[str] = _TIMING) -> list[tuple[float, float, list[str]]]:
    """(start, end, lines) of each cue, read line by line: a timing line opens a cue (blank lines between cues
    or none), the line before it naming the cue (a number, or an identifier after a blank line) is no text, a
    header or NOTE / STYLE / REGION block runs to the next blank line. SubViewer's cues (``_SBV_TIMING``) are
    named by nothing: a cue's last line of digits is its words (热线 | 12345)."""
    numbered = timings is _TIMING
    cues: list[tuple[float, float, list[str]]] = []
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    skipping = False  # in a block that is no cue
    cue_named = False  # the line before was a cue's identifier, if a timing follows it
    after_blank = True
    for line in lines:
        line = line.strip()
        if not line:
            skipping, after_blank = False, True
            continue
        timing = timings.match(line)
        if timing is not None:
            skipping = False
            if numbered and cues and cues[-1][2] and (cues[-1][2][-1].isdigit() or cue_named):
                cues[-1][2].pop()  # the next cue's number or identifier, written right after this cue
            groups = timing.groups()
            cues.append((_seconds(groups[:4]), _seconds(groups[4:]), []))
        elif after_blank and _NOT_SPOKEN.match(line):
            skipping = True
        elif not skipping and cues:
            cues[-1][2].append(line)
        cue_named = after_blank and timing is None and not skipping
        after_blank = False
    out = []
    for start, end, said in cues:
        words = [w for w in (_spoken(line) for line in said) if w]
        if words:
            out.append((start, end, words))
    return out


def subtitle_text(text: str) -> str:
    """The spoken text of an .srt, .vtt, .ass, .ssa, .lrc or .sbv file's (decoded) text: a line per
    sentence."""
    if _is_ass(text):
        return spoken_text(_ass_cues(text))
    if _LRC_LINE.match(text.lstrip("\ufeff").lstrip()):
        return spoken_text(_lrc_cues(text))
    return spoken_text(_cues(text, _SBV_TIMING if _is_sbv(text) else _TIMING))


# SAMI's markup: a caption's <SYNC Start=…> (its time in milliseconds), a <P Class=…> (a language's caption),
# its <br> and the document's <TITLE> — tags bounded, as subtitles' are
_SAMI_SYNC = re.compile(r"<sync\b([^<>]{0,500})>", re.IGNORECASE)
_SAMI_START = re.compile(r"\bstart\s*=\s*[\"']?\s*(\d{1,10})", re.IGNORECASE)
_SAMI_P = re.compile(r"<p\b([^<>]{0,500})>", re.IGNORECASE)
_SAMI_CLASS = re.compile(r"\bclass\s*=\s*[\"']?([^\s\"'<>]{1,100})", re.IGNORECASE)
_SAMI_BREAK = re.compile(r"<br\b[^<>]{0,100}>", re.IGNORECASE)
_SAMI_BODY = re.compile(r"<body\b[^<>]{0,500}>", re.IGNORECASE)
_SAMI_TITLE = re.compile(r"<title\b[^<>]{0,100}>([^<]{0,500})</title\s*>", re.IGNORECASE)


def read_sami(text: str) -> tuple[list[tuple[float, float, list[str]]], str | None]:
    """(start, end, lines) of a SAMI file's captions, in the order of their start, and its <TITLE>. Each
    <SYNC> block holds a <P> per language (its Class): of several, the class whose captions hold the most
    Chinese, else the first. A caption lasts until its class's next SYNC; one of no text (&nbsp;) is the
    screen cleared, no cue."""
    body = _SAMI_BODY.search(text)
    found = _SAMI_TITLE.search(text, 0, body.start() if body else len(text))
    title = " ".join(html.unescape(found.group(1)).split()) if found else ""
    text = _uncommented(text[body.end() :] if body else text)
    syncs = list(_SAMI_SYNC.finditer(text))
    shown: dict[str, list[tuple[float, list[str]]]] = {}
    for i, sync in enumerate(syncs):
        start = _SAMI_START.search(sync.group(1))
        if start is None:
            continue
        block = text[sync.end() : syncs[i + 1].start() if i + 1 < len(syncs) else len(text)]
        parts = _SAMI_P.split(block)  # (text before any <P>, then each <P>'s attributes and text)
        captions = [("", parts[0])] if parts[0].strip() else []
        for attributes, said in zip(parts[1::2], parts[2::2], strict=True):
            named = _SAMI_CLASS.search(attributes)
            captions.append((named.group(1).lower() if named else "", said))
        for kind, said in captions:
            lines = [_spoken(line) for line in _SAMI_BREAK.sub("\n", " ".join(said.split())).split("\n")]
            shown.setdefault(kind, []).append((int(start.group(1)) / 1000, [w for w in lines if w]))
    if not shown:
        return [], title or None
    chosen = max(shown, key=lambda k: sum(len(CJK.findall("".join(w))) for _, w in shown[k]))
    timed = sorted(shown[chosen], key=lambda caption: caption[0])
    cues = [
        (start, timed[i + 1][0] if i + 1 < len(timed) else start, words)
        for i, (start, words) in enumerate(timed)
        if words
    ]
    return cues, title or None


def _uncommented(text: str) -> str:
    """``text`` without its <!-- comments --> (an unclosed one runs to the end)."""
    parts: list[str] = []
    at = 0
    while (opened := text.find("<!--", at)) >= 0:
        parts.append(text[at:opened])
        closed = text.find("-->", opened + 4)
        at = len(text) if closed < 0 else closed + 3
    parts.append(text[at:])
    return "".join(parts)


def spoken_text(cues: list[tuple[float, float, list[str]]]) -> str:
    """The spoken text of subtitles' cues, (start, end, lines) in the order of their start: a line per
    sentence."""
    # (a cue outlasting the next one is shown over the talk — a programme's title —: a line of its own)
    over = {i for i, (cue, after) in enumerate(itertools.pairwise(cues)) if cue[1] > after[1] > cue[0]}
    titles = [_joined(cues[i][2], True) for i in sorted(over)]
    cues = [cue for i, cue in enumerate(cues) if i not in over]
    marked = sum(1 for _, _, words in cues if any(_MARKED.search(w) for w in words))
    cut = len(cues) >= 3 and 2 * marked >= len(cues)  # (punctuated: a cue's end is the screen's)
    longest = PUNCTUATED_CHARS if cut else SENTENCE_CHARS
    out: list[str] = []
    previous_end = None
    last_line = ""
    for start, end, words in cues:
        if len(words) > 1 and words[0] == last_line:
            words = words[1:]  # a rolling caption repeats the line before it, and adds one
        said = _joined(words, cut)
        paused = previous_end is not None and start - previous_end >= PAUSE
        ended = out and _ENDS_SENTENCE.search(out[-1][-_TAIL:]) is not None
        spoke = _SPEAKER.match(said) is not None  # (主持人：… — another voice begins)
        if out and not paused and not ended and not spoke and len(out[-1]) < longest:
            out[-1] = _joined([out[-1], said], cut)
        else:
            out.append(said)
        last_line = words[-1]
        previous_end = end
    return "\n".join([*titles, *out])


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


def _joined(parts: list[str], cut: bool) -> str:
    """The pieces of a sentence, each ended by a comma unless it ends in a mark already, is ``cut`` (by the
    screen's width, in punctuated subtitles) or parts a number from its unit or its other digits (a space
    between two Latin words)."""
    out = [parts[0]]
    for part in parts[1:]:
        last = out[-1][-1:]
        if _number_cut(out[-1], part):
            pass  # (热线是0831-44 | 12680: one number again, not two Latin words)
        elif _LATIN_END.match(last) and re.match(r"[A-Za-z0-9]", part):
            out.append(" ")
        elif not (_MARKED.match(last) or cut or _UNIT.match(last + part[:1])):
            out.append("，")
        out.append(part)
    return "".join(out)


_DIGIT = re.compile(r"[0-9\uff10-\uff19]")


def _number_cut(before: str, after: str) -> bool:
    """``before`` ends in a digit and ``after`` begins with one, in words of hanzi: a number of a Chinese text
    cut between cues (0831-44 | 12680，工作日…), not two numbers of Latin text (in 2025 | 10 people)."""
    if not (_DIGIT.match(before[-1:]) and _DIGIT.match(after[:1])):
        return False
    return CJK.search(before[-20:].split()[-1] + after[:20].split()[0]) is not None
