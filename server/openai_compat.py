"""The OpenAI-compatible chat API: GET /v1/models (one model, ``citeqa``) and POST /v1/chat/completions,
streaming and not, so chat front-ends and agents can ask citeqa like any other model.

The last user message is the question; a short follow-up (「那綦江区呢?」) is read together with the user
message before it. The reply is the cited answer followed by a Markdown 「参考来源」 list (title, region,
quote). Errors use OpenAI's shape, which also carries the API's ``{"error": {"code", "message"}}``.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from server.config import Settings
from server.deps import errors
from server.generate import answer_question, content_words
from server.limits import MAX_ASK_K, MAX_MESSAGES, MAX_QUESTION_CHARS
from server.schemas import SSE_EVENT, AskResponse

MODEL_ID = "citeqa"
CREATED = 1_700_000_000  # a fixed "created" for the one model: it does not change between restarts
# OpenAI clients send fields we do not use (name, tool_calls…): ignored, but the ones we read are strict.
LENIENT_STRICT = ConfigDict(extra="ignore", strict=True)
# A follow-up this short, or opening/closing like this, leans on the question before it.
_FOLLOW_UP = re.compile(r"^(?:那|那么|还有|另外|其他|其它|以及|和|与)|呢\s*[?？]?\s*$")
_FOLLOW_UP_WORDS = 2

router = APIRouter(prefix="/v1", tags=["OpenAI-compatible"])


class ContentPart(BaseModel):
    model_config = LENIENT_STRICT
    type: str = "text"
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = LENIENT_STRICT
    role: str = Field(..., description="system | user | assistant | tool")
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        return "".join(p.text or "" for p in self.content or [] if p.type == "text")


_USER_MESSAGE_WITH_TEXT: dict[str, Any] = {
    "type": "object",
    "required": ["role", "content"],
    "properties": {
        "role": {"const": "user"},
        "content": {
            "anyOf": [
                {"type": "string", "pattern": r"\S"},
                {
                    "type": "array",
                    "contains": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {
                            "type": {"const": "text"},
                            "text": {"type": "string", "pattern": r"\S"},
                        },
                    },
                },
            ]
        },
    },
}


class ChatCompletionRequest(BaseModel):
    """The usual OpenAI fields; sampling options are accepted and ignored (answers are not sampled)."""

    model_config = ConfigDict(
        extra="ignore",
        strict=True,
        json_schema_extra={
            "examples": [
                {
                    "model": MODEL_ID,
                    "messages": [{"role": "user", "content": "哪些地区设立了人才编制周转池?"}],
                }
            ]
        },
    )
    model: str = Field(MODEL_ID, description="Any name is accepted; the reply always comes from citeqa")
    messages: list[ChatMessage] = Field(
        ...,
        max_length=MAX_MESSAGES,
        description="The conversation; the last user message with text is the question",
        # Checked in question_from (400 no_user_message, OpenAI's way); stated here so the schema says it.
        json_schema_extra={"minItems": 1, "contains": _USER_MESSAGE_WITH_TEXT},
    )
    stream: bool = Field(False, description="Stream chat.completion.chunk events, ending with data: [DONE]")
    top_k: int = Field(5, ge=1, le=MAX_ASK_K, description="citeqa extension: passages the answer may draw on")


class ChatError(Exception):
    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param


def error_response(status: int, code: str, message: str, param: str | None = None) -> JSONResponse:
    kind = "invalid_request_error" if status < 500 else "server_error"
    return JSONResponse(
        {"error": {"code": code, "message": message, "type": kind, "param": param}}, status_code=status
    )


def question_from(messages: list[ChatMessage]) -> str:
    """The question the conversation asks: the last user message, with the one before it when it is a
    short follow-up that leans on it."""
    users = [m.text().strip() for m in messages if m.role == "user"]
    users = [u for u in users if u]
    if not users:
        raise ChatError(
            400,
            "no_user_message",
            'messages has no user message with text; add {"role": "user", "content": "你的问题"}',
            "messages",
        )
    question = users[-1]
    if len(users) > 1 and (_FOLLOW_UP.search(question) or len(content_words(question)) <= _FOLLOW_UP_WORDS):
        question = f"{users[-2]} {question}"
    if len(question) > MAX_QUESTION_CHARS:
        question = users[-1]
    if len(question) > MAX_QUESTION_CHARS:
        raise ChatError(
            400,
            "question_too_long",
            f"the question has {len(question)} characters; keep it under {MAX_QUESTION_CHARS}",
            "messages",
        )
    return question


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def render_markdown(answer: AskResponse) -> str:
    """The answer, then 「参考来源」: one numbered line per citation: title, region, PDF page, quote."""
    if not answer.citations:
        return answer.answer
    lines = [answer.answer, "", "**参考来源**", ""]
    for c in answer.citations:
        title = f"《{_one_line(c.title)}》" if c.title else c.doc_id
        where = f" · {c.region}" if c.region else ""
        page = f" · p. {c.page}" if c.page is not None else ""
        lines.append(f"[{c.n}] {title}{where}{page}")
        lines.append(f"> {_one_line(c.quote)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _pieces(text: str) -> list[str]:
    """The reply cut after citation markers, sentence ends and line breaks, for progressive rendering."""
    return [p for p in re.split(r"(?<=[\]。;；])(?![\]。;；\n])|(?<=\n)(?!\n)", text) if p]


def _completion_id() -> str:
    return "chatcmpl-" + uuid.uuid4().hex[:24]


def _citations(answer: AskResponse) -> list[dict[str, Any]]:
    return [c.model_dump() for c in answer.citations]


def _completion(answer: AskResponse, content: str, model: str) -> dict[str, Any]:
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "system_fingerprint": None,
        # citeqa extension: the structured citations, for clients that want more than the Markdown.
        "citeqa": {"answerable": answer.answerable, "citations": _citations(answer)},
    }


def _chunks(answer: AskResponse, content: str, model: str) -> Iterator[str]:
    cid, created = _completion_id(), int(time.time())

    def chunk(delta: dict[str, Any], finish: Literal["stop"] | None = None, **extra: Any) -> str:
        body = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "system_fingerprint": None,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
            **extra,
        }
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for piece in _pieces(content):
        yield chunk({"content": piece})
    yield chunk({}, "stop", citeqa={"answerable": answer.answerable, "citations": _citations(answer)})
    yield "data: [DONE]\n\n"


MODEL_CARD = {"id": MODEL_ID, "object": "model", "created": CREATED, "owned_by": "citeqa"}


class ModelCard(BaseModel):
    id: str
    object: str
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: str
    data: list[ModelCard]


@router.get("/models", response_model=ModelList, responses=errors(401), summary="The one model: citeqa")
def list_models() -> dict[str, Any]:
    return {"object": "list", "data": [MODEL_CARD]}


@router.get("/models/{model_id}", response_model=ModelCard, responses=errors(401, 404), summary="One model")
def get_model(model_id: str) -> Response:
    if model_id != MODEL_ID:
        return error_response(
            404, "model_not_found", f"no model {model_id!r}; the one model is {MODEL_ID!r}", "model"
        )
    return JSONResponse(MODEL_CARD)


@router.post(
    "/chat/completions",
    summary="A cited answer to the last user message, as an OpenAI chat completion (stream: true for SSE)",
    responses={
        200: {
            "description": "A chat.completion, or with stream: true chat.completion.chunk events as "
            "Server-Sent Events ending with data: [DONE]",
            "content": {
                "application/json": {"schema": {"type": "object"}},
                "text/event-stream": {"schema": SSE_EVENT},
            },
        },
        **errors(400, 401, 413, 415),
    },
)
async def chat_completions(chat: ChatCompletionRequest, request: Request) -> Response:
    try:
        question = question_from(chat.messages)
    except ChatError as exc:
        return error_response(exc.status, exc.code, exc.message, exc.param)
    settings: Settings = request.app.state.settings
    try:
        answer = await run_in_threadpool(
            answer_question, request.app.state.retriever, question, chat.top_k, settings
        )
    except ValueError as exc:
        return error_response(400, "bad_request", str(exc), "messages")
    content = render_markdown(answer)
    model = chat.model or MODEL_ID
    if not chat.stream:
        return JSONResponse(_completion(answer, content, model))
    return StreamingResponse(
        _chunks(answer, content, model),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
