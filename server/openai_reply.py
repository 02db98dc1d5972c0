"""What a chat completion says, and its OpenAI shape: the reply (the cited answer and a Markdown
「参考来源」 list, or the /ask body as JSON), token counts for ``usage``, the cut a client asks for with
``stop`` / ``max_tokens``, and the ``chat.completion`` body or the ``chat.completion.chunk`` events of a
stream.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from server.schemas import AskResponse

# Tokens as a tokenizer of Chinese counts them, roughly: each CJK character one, each run of Latin letters or
# digits one, every other visible character one. citeqa has no language model and so no tokenizer of its
# own; clients read usage to budget and display, and this count is stable and close for Chinese text.
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]|[A-Za-z0-9_]+|\S")

FinishReason = Literal["stop", "length"]


def count_tokens(text: str) -> int:
    return sum(1 for _ in _TOKEN.finditer(text))


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# What Markdown would read as markup in a document's words: *3000* shown as an italic 3000 loses its
# asterisks, a quote starting "# 第三条" becomes a heading, <b> goes to the page as HTML (a probe). Each is
# written with a backslash, which CommonMark shows as the character itself.
_MARKUP = re.compile(r"[\\`*_\[\]<>|~#&]")
_MARKER = re.compile(r"\\\[(\d+)\\\]")


def markdown_words(words: str) -> str:
    """Document text as Markdown shows it: each character as written."""
    return _MARKUP.sub(lambda m: "\\" + m.group(), words)


def render_markdown(answer: AskResponse) -> str:
    """The answer, then 「参考来源」: one numbered line per citation: title, region, PDF page, quote — the
    documents' words escaped for Markdown; the answer's citation markers [n] left as they are."""
    if not answer.citations:
        return answer.answer
    lines = [_MARKER.sub(r"[\1]", markdown_words(answer.answer)), "", "**参考来源**", ""]
    for c in answer.citations:
        title = f"《{markdown_words(_one_line(c.title))}》" if c.title else markdown_words(c.doc_id)
        where = f" · {markdown_words(c.region)}" if c.region else ""
        page = f" · p. {c.page}" if c.page is not None else ""
        lines.append(f"[{c.n}] {title}{where}{page}")
        lines.append(f"> {markdown_words(_one_line(c.quote))}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_json(answer: AskResponse) -> str:
    """``response_format: json_object``: the reply is the body /ask returns, as a JSON object."""
    return json.dumps(answer.model_dump(mode="json"), ensure_ascii=False)


@dataclass(frozen=True)
class Reply:
    content: str
    finish_reason: FinishReason


def cut(content: str, stop: Sequence[str], max_tokens: int | None) -> Reply:
    """The reply as the client bounded it, as OpenAI does: up to the first stop sequence (not included;
    finish_reason stop), then at most ``max_tokens`` tokens (finish_reason length)."""
    ends = [i for i in (content.find(s) for s in stop if s) if i >= 0]
    if ends:
        content = content[: min(ends)]
    if max_tokens is not None:
        for i, token in enumerate(_TOKEN.finditer(content)):
            if i == max_tokens:
                return Reply(content[: token.start()].rstrip(), "length")
    return Reply(content, "stop")


def usage(prompt_tokens: int, reply: Reply, n: int) -> dict[str, int]:
    completion = count_tokens(reply.content) * n
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion,
        "total_tokens": prompt_tokens + completion,
    }


def _completion_id() -> str:
    return "chatcmpl-" + uuid.uuid4().hex[:24]


def _extension(answer: AskResponse) -> dict[str, Any]:
    """citeqa's extension field: the structured citations, for clients that want more than the Markdown."""
    return {"answerable": answer.answerable, "citations": [c.model_dump() for c in answer.citations]}


def completion(answer: AskResponse, reply: Reply, model: str, n: int, prompt_tokens: int) -> dict[str, Any]:
    """A ``chat.completion``: ``n`` choices (answers are not sampled, so they are the same reply)."""
    choice = {"role": "assistant", "content": reply.content}
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": i, "message": choice, "finish_reason": reply.finish_reason, "logprobs": None}
            for i in range(n)
        ],
        "usage": usage(prompt_tokens, reply, n),
        "system_fingerprint": None,
        "citeqa": _extension(answer),
    }


def _pieces(text: str) -> list[str]:
    """The reply cut after citation markers, sentence ends and line breaks, for progressive rendering."""
    return [p for p in re.split(r"(?<=[\]。;；])(?![\]。;；\n])|(?<=\n)(?!\n)", text) if p]


def chunks(
    answer: AskResponse, reply: Reply, model: str, n: int, prompt_tokens: int, include_usage: bool
) -> Iterator[str]:
    """The reply as ``chat.completion.chunk`` Server-Sent Events, choice by choice, then data: [DONE]. With
    ``stream_options.include_usage`` every chunk carries ``"usage": null`` and one last chunk, with no
    choices, carries the usage (OpenAI's convention)."""
    cid, created = _completion_id(), int(time.time())

    def event(choices: list[dict[str, Any]], **extra: Any) -> str:
        body: dict[str, Any] = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "system_fingerprint": None,
            "choices": choices,
            **extra,
        }
        if include_usage:
            body.setdefault("usage", None)
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    def delta(index: int, content: dict[str, Any], finish: FinishReason | None = None) -> dict[str, Any]:
        return {"index": index, "delta": content, "finish_reason": finish, "logprobs": None}

    for i in range(n):
        yield event([delta(i, {"role": "assistant", "content": ""})])
        for piece in _pieces(reply.content):
            yield event([delta(i, {"content": piece})])
        yield event([delta(i, {}, reply.finish_reason)], citeqa=_extension(answer))
    if include_usage:
        yield event([], usage=usage(prompt_tokens, reply, n))
    yield "data: [DONE]\n\n"
