"""The OpenAI-compatible API, driven by the official `openai` package pointed at a running `citeqa serve` — on
both backends (the seed index as files, and in Milvus via CITEQA_BACKEND=milvus)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from server.answer.question import SMALL_TALK_REPLY
from server.openai_compat import ChatCompletionRequest, ChatMessage, question_from, render_markdown
from server.openai_reply import markdown_words
from server.schemas import AskResponse, Citation
from tests.conftest import Server, serving

QUESTION = "哪些地区设立了人才编制周转池?"


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, seed_index: Path, backend: str, request: pytest.FixtureRequest
) -> Iterator[Server]:
    """`citeqa serve` over the seed index on ``backend`` (on milvus: chosen by CITEQA_BACKEND)."""
    env: dict[str, str] = {}
    if backend == "milvus":
        config = request.getfixturevalue("milvus_seed")
        env = {
            "CITEQA_BACKEND": "milvus",
            "CITEQA_MILVUS_URI": config.uri,
            "CITEQA_MILVUS_COLLECTION": config.collection,
        }
    with serving(seed_index, tmp_path_factory.mktemp("openai"), env) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=server.url + "/v1", api_key="x", max_retries=0, timeout=60) as c:
        yield c


# ---------- against the running server ----------
@pytest.mark.model
@pytest.mark.slow
def test_models_lists_citeqa(client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == ["citeqa"]
    assert client.models.retrieve("citeqa").owned_by == "citeqa"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4o")


@pytest.mark.model
@pytest.mark.slow
def test_chat_answer_with_sources_streamed_and_not(client: openai.OpenAI, server: Server) -> None:
    messages: list[openai.types.chat.ChatCompletionMessageParam] = [{"role": "user", "content": QUESTION}]
    reply = client.chat.completions.create(model="citeqa", messages=messages)
    assert reply.object == "chat.completion" and reply.model == "citeqa"
    choice = reply.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    content = choice.message.content or ""
    answer, _, sources = content.partition("\n\n**参考来源**\n\n")
    assert sources, content
    assert "[1]" in answer and "150个事业编制" in answer
    # The same answer /ask gives, with one source line and one quote per citation.
    # (the documents' words escaped for Markdown: the speech's 建立*名 is 建立\*名 in the reply)
    ask = httpx.post(server.url + "/ask", json={"question": QUESTION}, timeout=60).json()
    assert content == render_markdown(AskResponse.model_validate(ask))
    assert "建立\\*名" in answer and "建立*名" in ask["answer"]
    assert re.findall(r"^\[(\d+)\] ", sources, re.MULTILINE) == [str(c["n"]) for c in ask["citations"]]
    for c in ask["citations"]:
        assert "> " + markdown_words(re.sub(r"\s+", " ", c["quote"]).strip()) in sources
        assert f"《{markdown_words(c['title'])}》" in sources

    stream = client.chat.completions.create(model="citeqa", messages=messages, stream=True)
    chunks = list(stream)
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert len(chunks) > 3  # delivered in pieces, not one block
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == content


@pytest.mark.model
@pytest.mark.slow
def test_unanswerable_question_says_so_without_sources(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(
        model="citeqa", messages=[{"role": "user", "content": "北京市海淀区设立了人才编制周转池吗?"}]
    )
    content = reply.choices[0].message.content or ""
    assert content == "文档中没有关于北京市海淀区的内容,无法回答该问题。"


@pytest.mark.model
@pytest.mark.slow
def test_bad_requests_are_4xx_in_openai_shape(client: openai.OpenAI, server: Server) -> None:
    with pytest.raises(openai.BadRequestError) as no_messages:
        client.chat.completions.create(model="citeqa", messages=[])
    assert no_messages.value.status_code == 400 and no_messages.value.code == "no_user_message"
    with pytest.raises(openai.BadRequestError) as only_system:
        client.chat.completions.create(model="citeqa", messages=[{"role": "system", "content": "你是助手"}])
    assert only_system.value.code == "no_user_message"
    # a last user message without text asks nothing: the question before it is not answered again (a probe
    # found a blank, zero-width or image-only message answered with the earlier question's answer)
    earlier: list[Any] = [
        {"role": "user", "content": "运城市拿出多少个事业编制?"},
        {"role": "assistant", "content": "150个"},
    ]
    image = [{"type": "image_url", "image_url": {"url": "https://example.com/q.png"}}]
    for last in ("   ", "\u200b", image):
        with pytest.raises(openai.BadRequestError) as empty:
            conversation = [*earlier, {"role": "user", "content": last}]
            client.chat.completions.create(model="citeqa", messages=conversation)
        assert (empty.value.status_code, empty.value.code) == (400, "no_user_message"), last
    broken = httpx.post(server.url + "/v1/chat/completions", content=b"{not json", timeout=30)
    assert broken.status_code == 400
    assert broken.json()["error"]["code"] == "malformed_json"
    assert broken.json()["error"]["type"] == "invalid_request_error"
    missing = httpx.post(server.url + "/v1/chat/completions", json={"model": "citeqa"}, timeout=30)
    assert missing.status_code == 400 and missing.json()["error"]["param"] == "messages"


@pytest.mark.model
@pytest.mark.slow
def test_small_talk_and_other_languages_are_told_what_citeqa_answers(
    client: openai.OpenAI, server: Server
) -> None:
    """Probe: 「谢谢」 after an answer re-answered the question before it (a two-character follow-up),
    「好的」 was answered with a sentence that says 好, an English question got the generic decline."""
    earlier: list[Any] = [
        {"role": "user", "content": "运城市拿出多少个事业编制?"},
        {"role": "assistant", "content": "150个"},
    ]
    for last in ("谢谢", "謝謝您！", "好的", "👍", "OK, thanks"):
        reply = client.chat.completions.create(
            model="citeqa", messages=[*earlier, {"role": "user", "content": last}]
        )
        assert reply.choices[0].message.content == SMALL_TALK_REPLY, last
    english = client.chat.completions.create(
        model="citeqa", messages=[{"role": "user", "content": "Which regions set up talent staffing pools?"}]
    )
    assert english.choices[0].message.content == (
        "文档中没有找到与该问题相关的内容。请用中文提问（citeqa answers questions asked in Chinese）。"
    )
    asked = httpx.post(server.url + "/ask", json={"question": "你好"}, timeout=60).json()
    assert (asked["answerable"], asked["answer"], asked["citations"]) == (False, SMALL_TALK_REPLY, [])
    # the OpenAI routes that citeqa does not serve say which it does (LangChain's embeddings saw "Not Found")
    for path in ("/v1/embeddings", "/v1/completions"):
        missing = httpx.post(server.url + path, json={"input": "x"}, timeout=30)
        assert missing.status_code == 404
        assert missing.json()["error"]["message"] == (
            f"no endpoint {path}; the OpenAI-compatible API has POST /v1/chat/completions and "
            "GET /v1/models only (no embeddings or completions)"
        )


# ---------- conversation and rendering ----------
def test_question_is_the_last_user_message() -> None:
    def msgs(*pairs: tuple[str, str]) -> list[ChatMessage]:
        return [ChatMessage(role=r, content=c) for r, c in pairs]

    assert question_from(msgs(("system", "简洁回答"), ("user", QUESTION))) == QUESTION
    assert (
        question_from(msgs(("user", "运城市引进了多少人才?"), ("assistant", "……"), ("user", QUESTION)))
        == QUESTION
    )
    # Thanks after an answer ask nothing more: not the question again.
    assert question_from(msgs(("user", QUESTION), ("assistant", "……"), ("user", "谢谢!"))) == "谢谢!"
    # A short follow-up leans on the question before it.
    assert question_from(msgs(("user", QUESTION), ("assistant", "……"), ("user", "那綦江区呢?"))) == (
        f"{QUESTION} 那綦江区呢?"
    )
    # A follow-up that names only another place asks the earlier question about that place.
    assert question_from(msgs(("user", "山西省运城市拿出多少个事业编制?"), ("user", "那綦江区呢?"))) == (
        "綦江区拿出多少个事业编制?"
    )
    assert question_from(
        msgs(("user", "运城市设立了什么人才服务品牌?"), ("user", "那天橋區和盐湖区呢？"))
    ) == ("天桥区、盐湖区设立了什么人才服务品牌?")
    # A county by its short name is a place when the collection holds it (綦江 for 重庆市綦江区).
    seeds = ["重庆市綦江区", "山西省运城市"]
    assert question_from(msgs(("user", "运城市拿出多少个事业编制?"), ("user", "那綦江呢?")), seeds) == (
        "綦江拿出多少个事业编制?"
    )
    assert question_from(msgs(("user", "綦江选派了多少名驻村第一书记?"), ("user", "运城呢?")), seeds) == (
        "运城选派了多少名驻村第一书记?"
    )
    assert question_from(msgs(("user", "运城市拿出多少个事业编制?"), ("user", "那綦江呢?"))) == (
        "运城市拿出多少个事业编制? 那綦江呢?"  # without the collection's regions 綦江 is a word
    )
    # One that asks something more is read with the question before it.
    assert question_from(msgs(("user", "运城市拿出多少个事业编制?"), ("user", "那綦江区的人才公寓呢?"))) == (
        "运城市拿出多少个事业编制? 那綦江区的人才公寓呢?"
    )
    # probes: a lone surrogate in an early turn had failed every later request of the chat; it is not read,
    # even before a follow-up (which is then read alone)
    broken = ("user", "运城市\ud800拿出多少个事业编制?")
    assert question_from(msgs(broken, ("assistant", "……"), ("user", QUESTION))) == QUESTION
    assert question_from(msgs(broken, ("user", "那綦江区呢?"))) == "那綦江区呢?"
    # … and a chat of 300 messages (a front-end sends the whole history) had been refused at 200
    history = [{"role": ("user", "assistant")[i % 2], "content": f"第{i}轮"} for i in range(299)]
    long_chat = ChatCompletionRequest.model_validate(
        {"messages": [*history, {"role": "user", "content": QUESTION}]}
    )
    assert question_from(long_chat.messages) == QUESTION
    # Content given as parts (the vision-style message format) is read as text.
    parts = ChatMessage.model_validate(
        {
            "role": "user",
            "content": [{"type": "text", "text": QUESTION}, {"type": "image_url", "image_url": {}}],
        }
    )
    assert question_from([parts]) == QUESTION


def test_sources_render_as_markdown() -> None:
    answer = AskResponse(
        question=QUESTION,
        answerable=True,
        answer="山西省运城市:拿出150个事业编制[1]。",
        groups=[],
        took_ms=1.0,
        citations=[
            Citation(
                n=1,
                passage_id="d:8",
                doc_id="d",
                title="厚植人才沃土 赋能高质量发展",
                region="山西省运城市",
                quote="拿出150个事业编制作为\n人才引进事业编制周转池",
                start=5,
                end=28,
            )
        ],
    )
    assert render_markdown(answer) == (
        "山西省运城市:拿出150个事业编制[1]。\n\n**参考来源**\n\n"
        "[1] 《厚植人才沃土 赋能高质量发展》 · 山西省运城市\n"
        "> 拿出150个事业编制作为 人才引进事业编制周转池\n"
    )
    # a PDF quote names its page
    paged = answer.model_copy(update={"citations": [answer.citations[0].model_copy(update={"page": 2})]})
    line = render_markdown(paged).splitlines()[4]
    assert line == "[1] 《厚植人才沃土 赋能高质量发展》 · 山西省运城市 · p. 2"
    unanswered = answer.model_copy(
        update={"answerable": False, "answer": "文档中没有找到与该问题相关的内容。", "citations": []}
    )
    assert render_markdown(unanswered) == "文档中没有找到与该问题相关的内容。"
    # a probe: the documents' words went out as Markdown: *3000* showed as an italic 3000, a quote "# 第三条…"
    # as a heading, <b> as HTML; they are escaped now, the answer's own markers left as they are
    marked = answer.model_copy(
        update={
            "answer": "每月*3000*元生活补贴\uff3b2\uff3d，详见<b>附件</b>。[1]",
            "citations": [
                answer.citations[0].model_copy(
                    update={"title": "某市*人才*补贴办法 [3]", "quote": "# 第三条 本科生每月1_000元|"}
                )
            ],
        }
    )
    assert render_markdown(marked) == (
        "每月\\*3000\\*元生活补贴\uff3b2\uff3d，详见\\<b\\>附件\\</b\\>。[1]\n\n**参考来源**\n\n"
        "[1] 《某市\\*人才\\*补贴办法 \\[3\\]》 · 山西省运城市\n"
        "> \\# 第三条 本科生每月1\\_000元\\|\n"
    )
