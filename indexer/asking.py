"""Which passages ask and which answer: the question a passage answers (its context when the passage before
it asks — a citizen's letter and the office's reply), and whether a passage ends asking a question of its
own (the answer-type stage lowers it: indexer/rerank.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.chunk import ASKED, QUESTION, Span, split_sentences

# The question a passage answers, as context: at most this many characters of the passage before it.
ASKED_CONTEXT_CHARS = 150
ASKED_TRAILING = 2


def asked_before(text: str, spans: Sequence[Span], i: int) -> str:
    """The question that passage ``i`` answers, when the passage before it in the document asks and passage
    ``i`` asks nothing: a citizen's letter and the office's reply, a FAQ's question and an answer too long to
    share its passage. Its last question sentences (at most ASKED_CONTEXT_CHARS characters), when no more
    than ASKED_TRAILING sentences follow them (the letter's 承办单位 and date), or ""."""
    if i == 0 or ASKED.search(text, spans[i].start, spans[i].end):
        return ""
    return last_asked(text, spans[i - 1].start, spans[i - 1].end)


# What follows a letter's question before it ends (谢谢！, 【回复单位】…, a date): a few short lines,
# no answer.
CLOSING_CHARS = 40
_ANSWER = re.compile(
    r"\s*(?:[【\[](?:答|A|回复|答复|回复内容|答复内容)[】\]]|(?:答|A|回复内容|答复内容)\s*[:：]|现?答复如下)"
)


# A letter's closing line: a field of the page (办理单位 | …, 【承办单位】…, 留言时间：…), thanks
# (谢谢！, 盼复), or a few words with no sentence's end (已解决 未解决, a signature). An answer's
# sentence (可以。, 每笔贷款贴息期限最长12个月。) is none of these.
_CLOSING = re.compile(
    r"\s*(?:[^|｜]{1,12}\s*[|｜]|[【\[][^】\]]{1,10}[】\]]|[^，。；！？]{1,8}[:：]\s*[\d\s\-/:年月日.：]+$)"
    r"|.*(?:谢谢|感谢|多谢|盼复|盼回复|望.{0,6}(?:答复|回复|解答)|麻烦|辛苦|此致|敬礼)"
    r"|[^。；！!，,]{1,12}$"
)


def _closing(line: str) -> bool:
    return _CLOSING.match(line.strip()) is not None and _ANSWER.match(line.lstrip("-*•· ")) is None


def ends_asking(text: str) -> bool:
    """``text`` ends in a question of its own — a letter's 请问…？ followed by at most ASKED_TRAILING short
    closing lines (CLOSING_CHARS in all: 谢谢！, its 回复单位 and date) and no answer; an FAQ passage holding
    its question and the answer (可以。, - A：…, 【答】…) does not."""
    sentences = split_sentences(text)
    for n, (s, e) in enumerate(reversed(sentences)):
        if QUESTION.search(text[s:e]):
            tail = [text[a:b] for a, b in sentences[len(sentences) - n :]]
            return sum(map(len, tail)) <= CLOSING_CHARS and all(map(_closing, tail))
        if n >= ASKED_TRAILING:
            return False
    return False


def last_asked(text: str, start: int = 0, end: int | None = None) -> str:
    """The question sentences ``text[start:end]`` ends with (at most ASKED_CONTEXT_CHARS characters), when
    no more than ASKED_TRAILING sentences follow them (a letter's 谢谢！, its 承办单位 and date), or ""."""
    asked: list[str] = []
    sentences = split_sentences(text, start, end)
    for n, (s, e) in enumerate(reversed(sentences)):
        sentence = text[s:e]
        if QUESTION.search(sentence) is None:
            if asked or n >= ASKED_TRAILING:
                break
            continue
        if asked and len(sentence) + sum(map(len, asked)) > ASKED_CONTEXT_CHARS:
            break
        asked.insert(0, sentence[-ASKED_CONTEXT_CHARS:])
    return "".join(asked)


# A page's labelled letter (【来信内容】, 留言内容：, 问题描述) up to its reply's label (【答复内容】,
# 回复意见：, 答复如下): the asker's words, however many paragraphs they run to.
_LETTER_LABEL = re.compile(
    r"^[ \t]*[【\[]?(?:来信|留言|咨询|诉求|问题|投诉)(?:内容|描述|详情|正文)[】\]]?[ \t]*[:：]?", re.MULTILINE
)
_REPLY_LABEL = re.compile(
    r"^[ \t]*(?:[【\[]?(?:答复|回复|办理|处理)(?:内容|意见|结果|情况|正文)[】\]]?"
    r"|[^\n]{0,20}(?:答复|回复)如下)",
    re.MULTILINE,
)


def letter_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` holds a labelled letter: from its label's end to the reply's label (a letter with no
    reply after it is not taken: the label may head something else)."""
    spans: list[tuple[int, int]] = []
    for label in _LETTER_LABEL.finditer(text):
        if spans and label.start() < spans[-1][1]:
            continue
        reply = _REPLY_LABEL.search(text, label.end())
        if reply is not None:
            spans.append((label.end(), reply.start()))
    return tuple(spans)
