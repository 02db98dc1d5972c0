"""The OpenAI-compatible chat API: GET /v1/models (one model, ``citeqa``) and POST /v1/chat/completions,
streaming and not, so chat front-ends and agents can ask citeqa like any other model.

The last user message is the question; a short follow-up (「那綦江区呢?」) is read together with the user
message before it. The reply is the cited answer followed by a Markdown 「参考来源」 list (title, region,
quote). Errors use OpenAI's shape, which also carries the API's ``{"error": {"code", "message"}}``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from indexer.normalize import normalize
from indexer.query import NO_CONTENT_CHARS, check_unicode
from indexer.region import place_spans
from server.answer.question import asks_nothing
from server.config import Settings
from server.deps import errors
from server.generate import answer_question, content_words
from server.jsonbody import SurrogateJsonRoute
from server.limits import MAX_ASK_K, MAX_MESSAGES, MAX_QUESTION_CHARS
from server.openai_reply import chunks, completion, count_tokens, cut, render_json, render_markdown
from server.schemas import SSE_EVENT, Count

__all__ = ["ChatMessage", "question_from", "render_markdown", "router"]

MODEL_ID = "citeqa"
MAX_CHOICES = 128  # OpenAI's own limit on n
CREATED = 1_700_000_000  # a fixed "created" for the one model: it does not change between restarts
# OpenAI clients send fields we do not use (name, tool_calls…): ignored, but the ones we read are strict.
LENIENT_STRICT = ConfigDict(extra="ignore", strict=True)
# A follow-up this short, or opening/closing like this, leans on the question before it.
_FOLLOW_UP = re.compile(r"^(?:那|那么|还有|另外|其他|其它|以及|和|与)|呢\s*[?？]?\s*$")
_FOLLOW_UP_WORDS = 2
_FOLLOW_UP_MARKERS = {"那么", "还有", "另外", "其他", "其它", "以及"}

router = APIRouter(prefix="/v1", tags=["OpenAI-compatible"], route_class=SurrogateJsonRoute)


class ContentPart(BaseModel):
    model_config = LENIENT_STRICT
    type: str = Field("text", description="Only text parts are read; others (images) are ignored")
    text: str | None = Field(None, description="The part's text")


class ChatMessage(BaseModel):
    model_config = LENIENT_STRICT
    role: str = Field(..., description="system | user | assistant | tool")
    content: str | list[ContentPart] | None = Field(None, description="Text, or a list of parts")

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


MAX_STOPS = 4


class StreamOptions(BaseModel):
    model_config = LENIENT_STRICT
    include_usage: bool = Field(False, description="Send a last chunk with the usage and no choices")


class ResponseFormat(BaseModel):
    model_config = LENIENT_STRICT
    # json_schema is refused (400): the reply has one shape, which no client schema is checked against.
    type: Literal["text", "json_object"] = Field(
        ...,
        description="text: Markdown with 「参考来源」; json_object: the /ask body (json_schema is refused)",
    )


def _stop_schema(schema: dict[str, Any]) -> None:
    """``stop``'s list holds at most MAX_STOPS (checked in ``stops``, which names the field, where a length
    constraint inside the union would report it as ``stop.list[str]``)."""
    for branch in schema.get("anyOf", []):
        if branch.get("type") == "array":
            branch["maxItems"] = MAX_STOPS


def _echoable(model: str) -> str:
    check_unicode(model, "model")
    return model


def _token_limit_schema(schema: dict[str, Any]) -> None:
    """An optional token budget as one type list, not anyOf: schemathesis took 0 for valid under
    ``anyOf: [{integer, minimum 1}, {null}]``."""
    schema.pop("anyOf", None)
    schema.update({"type": ["integer", "null"], "minimum": 1})


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
    # echoed in every reply: text that cannot be written as UTF-8 is refused before anything is answered
    model: Annotated[str, AfterValidator(_echoable)] = Field(
        MODEL_ID, description="Any name is accepted; the reply always comes from citeqa"
    )
    messages: list[ChatMessage] = Field(
        ...,
        max_length=MAX_MESSAGES,
        description="The conversation; the last user message with text is the question",
        # Checked in question_from (400 no_user_message, OpenAI's way); stated here so the schema says it.
        json_schema_extra={"minItems": 1, "contains": _USER_MESSAGE_WITH_TEXT},
    )
    stream: bool = Field(False, description="Stream chat.completion.chunk events, ending with data: [DONE]")
    stream_options: StreamOptions | None = Field(None, description="include_usage: a last chunk with usage")
    n: Count = Field(
        1, ge=1, le=MAX_CHOICES, description="Choices to return (answers are not sampled: all alike)"
    )
    max_tokens: Count | None = Field(
        None,
        ge=1,
        description="Cut the reply after this many tokens (length)",
        json_schema_extra=_token_limit_schema,
    )
    max_completion_tokens: Count | None = Field(
        None, ge=1, description="The same as max_tokens", json_schema_extra=_token_limit_schema
    )
    stop: str | list[str] | None = Field(
        None,
        description=f"Cut the reply before the first of these (at most {MAX_STOPS})",
        json_schema_extra=_stop_schema,
    )
    response_format: ResponseFormat | None = Field(
        None, description="text (Markdown, the default) or json_object (the /ask body as JSON)"
    )
    # Only what citeqa can honour: it answers itself and calls no tools, so a required (or named) tool call is
    # refused (400) rather than answered with text the client did not ask for.
    tool_choice: Literal["none", "auto"] | None = Field(
        None, description="none or auto: citeqa answers itself and calls no tools (required is refused)"
    )
    top_k: Count = Field(
        5, ge=1, le=MAX_ASK_K, description="citeqa extension: passages the answer may draw on"
    )

    def stops(self) -> list[str]:
        stops = [self.stop] if isinstance(self.stop, str) else list(self.stop or [])
        if len(stops) > MAX_STOPS:
            message = f"stop has {len(stops)} sequences; pass at most {MAX_STOPS}"
            raise ChatError(400, "invalid_request", message, "stop")
        return stops

    def token_limit(self) -> int | None:
        limits = [m for m in (self.max_tokens, self.max_completion_tokens) if m is not None]
        return min(limits) if limits else None


class ChatError(Exception):
    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param


def error_response(status: int, code: str, message: str, param: str | None = None) -> JSONResponse:
    kind = "invalid_request_error" if status < 500 else "server_error"
    return JSONResponse(
        {"error": {"code": code, "message": message, "type": kind, "param": param}}, status_code=status
    )


def _chains(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent place names as one (山西省运城市: the province and the city it contains)."""
    chains: list[tuple[int, int]] = []
    for start, end in spans:
        if chains and start <= chains[-1][1]:
            chains[-1] = (chains[-1][0], end)
        else:
            chains.append((start, end))
    return chains


def _about_other_place(previous: str, follow_up: str, known: Sequence[str] = ()) -> str | None:
    """「运城市拿出多少个事业编制?」 then 「那綦江区呢?」: the earlier question asked about the place
    the follow-up names (「綦江区拿出多少个事业编制?」), when the follow-up says nothing but a place.
    Read together instead, the two questions got the first place's answer, which a reader takes for the
    second's."""
    follow = normalize(follow_up)
    places = _chains(place_spans(follow_up, known))
    if not places:
        return None
    rest = follow
    for start, end in reversed(places):
        rest = rest[:start] + " " + rest[end:]
    if content_words(rest) - _FOLLOW_UP_MARKERS:
        return None  # it asks something more (「那綦江区的人才公寓呢?」): read both questions together
    asked = normalize(previous)
    before = _chains(place_spans(previous, known))
    if not before:
        return None
    names = "、".join(dict.fromkeys(follow[start:end] for start, end in places))
    start, end = before[0]
    return asked[:start] + names + asked[end:]


_NO_CONTENT = re.compile(f"[\\s{NO_CONTENT_CHARS}]+")  # what a message without text holds


def _valid(text: str) -> bool:
    try:
        check_unicode(text, "question")
    except ValueError:
        return False
    return True


def question_from(messages: list[ChatMessage], known: Sequence[str] = ()) -> str:
    """The question the conversation asks: the last user message, with the one before it when it is a
    short follow-up that leans on it. ``known``: the regions the collection's documents are about (their
    counties' short names count as places)."""
    said = [m.text() for m in messages if m.role == "user"]
    if said and not _NO_CONTENT.sub("", said[-1]):
        # a blank, zero-width, null or image-only last message asks nothing: the question before it is not
        # answered again as if it were
        raise ChatError(
            400,
            "no_user_message",
            "the last user message has no text (blank, invisible characters or only an image); "
            "send the question as text",
            "messages",
        )
    users = [u.strip() for u in said if _NO_CONTENT.sub("", u)]
    if users:
        try:
            check_unicode(users[-1], "question")
        except ValueError as exc:
            raise ChatError(400, "invalid_request", str(exc), "messages") from None
    if not users:
        raise ChatError(
            400,
            "no_user_message",
            'messages has no user message with text; add {"role": "user", "content": "你的问题"}',
            "messages",
        )
    question = users[-1]
    # (an earlier message is read only as the one before a follow-up, and only when it is valid text: a lone
    # surrogate in an early turn had failed every later request of the chat)
    if (
        len(users) > 1
        and not asks_nothing(question)  # 「谢谢」 after an answer asks nothing, not the question again
        and (_FOLLOW_UP.search(question) or len(content_words(question)) <= _FOLLOW_UP_WORDS)
        and _valid(users[-2])
    ):
        question = _about_other_place(users[-2], question, known) or f"{users[-2]} {question}"
    if len(question) > MAX_QUESTION_CHARS:
        question = users[-1]
    if len(question) > MAX_QUESTION_CHARS:
        raise ChatError(
            400,
            "question_too_long",
            f"the question has {len(question)} characters; shorten it to at most {MAX_QUESTION_CHARS}",
            "messages",
        )
    return question


MODEL_CARD = {"id": MODEL_ID, "object": "model", "created": CREATED, "owned_by": "citeqa"}


class ModelCard(BaseModel):
    id: str = Field(..., description="citeqa (any name is accepted in a request)")
    object: str = Field(..., description="Always model")
    created: int = Field(..., description="Unix time")
    owned_by: str = Field(..., description="Always citeqa")


class ModelList(BaseModel):
    object: str = Field(..., description="Always list")
    data: list[ModelCard] = Field(..., description="The one model")


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
        stops = chat.stops()
        question = question_from(chat.messages, request.app.state.retriever.known_regions())
    except ChatError as exc:
        return error_response(exc.status, exc.code, exc.message, exc.param)
    settings: Settings = request.app.state.settings
    try:
        answer = await run_in_threadpool(
            answer_question, request.app.state.retriever, question, chat.top_k, settings
        )
    except ValueError as exc:
        return error_response(400, "bad_request", str(exc), "messages")
    as_json = chat.response_format is not None and chat.response_format.type == "json_object"
    reply = cut(render_json(answer) if as_json else render_markdown(answer), stops, chat.token_limit())
    model = chat.model or MODEL_ID
    prompt_tokens = sum(count_tokens(m.text()) for m in chat.messages)
    if not chat.stream:
        return JSONResponse(completion(answer, reply, model, chat.n, prompt_tokens))
    include_usage = chat.stream_options is not None and chat.stream_options.include_usage
    return StreamingResponse(
        chunks(answer, reply, model, chat.n, prompt_tokens, include_usage),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
