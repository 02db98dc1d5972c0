"""Generative answers with checked citations, against a scripted OpenAI-compatible stand-in on loopback.

No language model runs here: the stand-in reads the numbered passages out of the prompt it receives and
answers from a script: a faithful reply, a reply citing the wrong passage, a reply with an invented number,
a reply that arrives after the timeout, an HTTP error and an unreadable body.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client

from indexer.retrieve import Retriever
from server.answer import compose_answer
from server.config import Settings
from server.generate import SYSTEM_PROMPT, answer_question, check_claims, split_claims
from server.schemas import AskResponse
from tests.conftest import serving

QUESTION = "哪些地区设立了人才编制周转池?"
POOL = "拿出150个事业编制作为 人才引进事业编制周转池"  # only in 运城's passage 001_…:6
POOL_ID = "001_23f8d249a03d504e:6"
CENTRE = "成立运城市高层次人才服务中心"  # only in 运城's passage 001_…:2
FAITHFUL = "运城市拿出150个事业编制作为人才引进事业编制周转池"
INVENTED = "运城市拿出300个事业编制作为人才引进事业编制周转池"
HIRED = "全市共引进高素质人才1800余人"  # the same passage as POOL

Script = Callable[[dict[int, str]], str]


@dataclass
class StandIn:
    """A scripted OpenAI-compatible /v1/chat/completions on 127.0.0.1, run in a thread of the test process."""

    url: str = ""
    script: Script = lambda passages: ""
    delay: float = 0.0
    status: int = 200
    raw_body: bytes | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def reset(
        self, script: Script, *, delay: float = 0.0, status: int = 200, raw_body: bytes | None = None
    ) -> None:
        self.script, self.delay, self.status, self.raw_body = script, delay, status, raw_body
        self.requests.clear()
        self.headers.clear()


def passages_in(prompt: str) -> dict[int, str]:
    """The numbered passages of a citeqa prompt: ``[n] 标题：…\\n<text>`` blocks before ``问题：``."""
    blocks = re.findall(
        r"^\[(\d+)\] [^\n]*\n(.*?)(?=\n\n\[\d+\] |\n\n问题：)", prompt, re.DOTALL | re.MULTILINE
    )
    return {int(n): text for n, text in blocks}


def number_of(passages: dict[int, str], needle: str) -> int:
    found = [n for n, text in passages.items() if needle in text]
    assert found, f"no passage in the prompt contains {needle!r}"
    return found[0]


@pytest.fixture(scope="module")
def stand_in() -> Iterator[StandIn]:
    state = StandIn()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append(body)
            state.headers.append(dict(self.headers))
            if state.delay:
                state.release.wait(state.delay)
            if state.status != 200:
                payload = json.dumps({"error": {"message": "scripted failure"}}).encode()
            elif state.raw_body is not None:
                payload = state.raw_body
            else:
                reply = state.script(passages_in(body["messages"][-1]["content"]))
                payload = json.dumps(
                    {
                        "id": "stand-in",
                        "object": "chat.completion",
                        "model": body.get("model"),
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": reply},
                                "finish_reason": "stop",
                            }
                        ],
                    },
                    ensure_ascii=False,
                ).encode()
            try:
                self.send_response(state.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:  # the client gave up (timeout test)
                pass

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def retriever(seed_index: Path) -> Retriever:
    return Retriever(seed_index)


def llm(stand_in: StandIn, timeout: float = 10.0) -> Settings:
    return Settings(
        llm_base_url=stand_in.url, llm_model="stand-in", llm_api_key="test-key", llm_timeout=timeout
    )


def same_answer(a: AskResponse, b: AskResponse) -> bool:
    """Equal in everything but the time taken."""
    return a.model_dump(exclude={"took_ms"}) == b.model_dump(exclude={"took_ms"})


def check_quotes(retriever: Retriever, answer: AskResponse) -> None:
    for c in answer.citations:
        found = retriever.document(c.doc_id)
        assert found is not None and found[1][c.start : c.end] == c.quote
    assert {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)} == {c.n for c in answer.citations}


# ---------- the claim checker on its own ----------
def test_split_claims_attaches_markers_and_strips_list_syntax() -> None:
    reply = "设立周转池的地区有：\n1. 运城市[2]\n- **綦江区**\uff3b4\uff3d；甲乙丙。[1][3]末句【5】"
    assert split_claims(reply) == [
        ("设立周转池的地区有：", "", ()),
        ("运城市", "", (2,)),
        ("綦江区", "；", (4,)),
        ("甲乙丙", "。", (1, 3)),
        ("末句", "", (5,)),
    ]


@pytest.mark.model
def test_check_claims_verdicts(retriever: Retriever) -> None:
    hits = retriever.search(QUESTION, 5)
    texts = {n: h.text for n, h in enumerate(hits, 1)}
    pool, centre = number_of(texts, POOL), number_of(texts, CENTRE)
    reply = (
        f"{FAITHFUL}[{pool}]。运城市成立了运城市高层次人才服务中心[{pool}]。{INVENTED}[{pool}]。"
        f"运城市[{pool}]。{FAITHFUL}[9]。{FAITHFUL}。火星设立了人才编制周转池[{pool}]。"
    )
    verdicts = [(c.supported_by, c.reason) for c in check_claims(reply, hits, QUESTION)]
    assert verdicts == [
        ((pool,), ""),
        ((), "the cited passage covers 0.3 of its 3 content words"),
        ((), "number 300 is not in the cited passage"),
        ((pool,), ""),
        ((), "cites [9], which was not given"),
        ((), "cites no passage"),
        ((), "the cited passage covers 3 of its 5 content words"),
    ]
    # The claim the wrong citation stole is supported by its own passage.
    assert check_claims(f"运城市成立了运城市高层次人才服务中心[{centre}]。", hits, QUESTION)[
        0
    ].supported_by == (centre,)


# ---------- through answer_question, against the stand-in ----------
@pytest.mark.model
def test_faithful_reply_is_kept_with_verbatim_quotes(retriever: Retriever, stand_in: StandIn) -> None:
    stand_in.reset(lambda p: f"{FAITHFUL}[{number_of(p, POOL)}]。")
    answer = answer_question(retriever, QUESTION, 5, llm(stand_in))
    assert answer.answer == f"{FAITHFUL}[1]。"
    assert answer.answerable
    assert [(c.n, c.passage_id) for c in answer.citations] == [(1, POOL_ID)]
    assert (
        answer.citations[0].quote
        == "制订《用事业编制为科技创新平台引进人才的实施方案》,拿出150个事业编制作为 人才引进事业编制周转池"
    )
    assert [(g.region, g.citations) for g in answer.groups] == [("山西省运城市", [1])]
    check_quotes(retriever, answer)
    # What the model was sent: system rules, numbered passages, the question, the configured model and key.
    sent = stand_in.requests[0]
    assert sent["model"] == "stand-in" and sent["temperature"] == 0 and sent["stream"] is False
    assert sent["messages"][0] == {"role": "system", "content": SYSTEM_PROMPT}
    assert sent["messages"][1]["content"].endswith(f"问题：{QUESTION}")
    assert len(passages_in(sent["messages"][1]["content"])) == 5
    assert stand_in.headers[0]["Authorization"] == "Bearer test-key"


@pytest.mark.model
def test_sentence_citing_the_wrong_passage_is_removed(retriever: Retriever, stand_in: StandIn) -> None:
    # The 服务中心 claim is only in passage `centre`, but the reply cites the 周转池 passage for it.
    stand_in.reset(
        lambda p: (
            f"{FAITHFUL}[{number_of(p, POOL)}]。运城市成立了运城市高层次人才服务中心[{number_of(p, POOL)}]。"
        )
    )
    answer = answer_question(retriever, QUESTION, 5, llm(stand_in))
    assert answer.answer == f"{FAITHFUL}[1]。"
    assert [c.passage_id for c in answer.citations] == [POOL_ID]
    check_quotes(retriever, answer)


@pytest.mark.model
def test_sentence_with_an_invented_number_is_removed(retriever: Retriever, stand_in: StandIn) -> None:
    stand_in.reset(lambda p: f"{INVENTED}[{number_of(p, POOL)}]。{HIRED}[{number_of(p, POOL)}]。")
    answer = answer_question(retriever, QUESTION, 5, llm(stand_in))
    assert answer.answer == f"{HIRED}[1]。"
    assert [c.passage_id for c in answer.citations] == [POOL_ID]
    # The quote is the passage sentence that carries the kept claim's number.
    assert answer.citations[0].quote == (
        "先后组织开展市管高校、公立医院、山西大容量计量站和市直事业单位引进高素质青年人才工作,全市共引进高素质人才1800余人"
    )
    check_quotes(retriever, answer)


@pytest.mark.model
def test_renumbering_follows_first_use(retriever: Retriever, stand_in: StandIn) -> None:
    stand_in.reset(
        lambda p: (
            f"运城市成立了运城市高层次人才服务中心[{number_of(p, CENTRE)}]。"
            f"{FAITHFUL}[{number_of(p, POOL)}]。{HIRED}[{number_of(p, POOL)}]。"
        )
    )
    answer = answer_question(retriever, QUESTION, 5, llm(stand_in))
    assert answer.answer == f"运城市成立了运城市高层次人才服务中心[1]。{FAITHFUL}[2]。{HIRED}[2]。"
    assert [c.n for c in answer.citations] == [1, 2]
    assert answer.citations[1].passage_id == POOL_ID
    check_quotes(retriever, answer)


@pytest.mark.model
@pytest.mark.parametrize("case", ["nothing_supported", "timeout", "http_error", "unreadable", "no_choices"])
def test_failures_fall_back_to_the_extractive_answer(
    retriever: Retriever, stand_in: StandIn, case: str
) -> None:
    if case == "nothing_supported":
        stand_in.reset(lambda p: f"{INVENTED}[{number_of(p, POOL)}]。资料中没有其他信息。")
    elif case == "timeout":
        stand_in.reset(lambda p: f"{FAITHFUL}[{number_of(p, POOL)}]。", delay=5.0)
    elif case == "http_error":
        stand_in.reset(lambda p: "", status=500)
    elif case == "unreadable":
        stand_in.reset(lambda p: "", raw_body=b"<html>not json</html>")
    else:
        stand_in.reset(lambda p: "", raw_body=b'{"choices": []}')
    started = time.perf_counter()
    answer = answer_question(retriever, QUESTION, 5, llm(stand_in, timeout=0.5))
    elapsed = time.perf_counter() - started
    assert len(stand_in.requests) == 1
    assert same_answer(answer, compose_answer(retriever, QUESTION, 5))
    assert elapsed < 4.0


@pytest.mark.model
def test_without_a_model_the_answer_is_exactly_extractive(retriever: Retriever, stand_in: StandIn) -> None:
    stand_in.reset(lambda p: f"{FAITHFUL}[1]。")
    for question in (QUESTION, "运城市引进了多少高素质人才?", "北京市海淀区设立了人才编制周转池吗?"):
        assert same_answer(
            answer_question(retriever, question, 5, Settings()), compose_answer(retriever, question, 5)
        )
    assert stand_in.requests == []


@pytest.mark.model
def test_unanswerable_questions_never_reach_the_model(retriever: Retriever, stand_in: StandIn) -> None:
    stand_in.reset(lambda p: "北京市海淀区设立了周转池[1]。")
    answer = answer_question(retriever, "北京市海淀区设立了人才编制周转池吗?", 5, llm(stand_in))
    assert not answer.answerable and answer.citations == []
    assert stand_in.requests == []


# ---------- end to end: `citeqa serve` configured by environment ----------
def mcp_ask(url: str) -> dict[str, Any]:
    async def run() -> dict[str, Any]:
        async with streamable_http_client(url) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            result = await session.call_tool("ask", {"question": QUESTION})
            assert result.structured_content is not None
            return result.structured_content

    return asyncio.run(run())


@pytest.mark.model
@pytest.mark.slow
def test_served_ask_uses_the_configured_model(seed_index: Path, tmp_path: Path, stand_in: StandIn) -> None:
    stand_in.reset(lambda p: f"{FAITHFUL}[{number_of(p, POOL)}]。{INVENTED}[{number_of(p, POOL)}]。")
    env = {
        "CITEQA_LLM_BASE_URL": stand_in.url,
        "CITEQA_LLM_MODEL": "stand-in",
        "CITEQA_LLM_API_KEY": "test-key",
        "CITEQA_LLM_TIMEOUT": "5",
    }
    with serving(seed_index, tmp_path, env) as server:
        body = httpx.post(server.url + "/ask", json={"question": QUESTION}, timeout=30).json()
        assert body["answer"] == f"{FAITHFUL}[1]。"
        assert [c["passage_id"] for c in body["citations"]] == [POOL_ID]
        doc = httpx.get(f"{server.url}/documents/{body['citations'][0]['doc_id']}", timeout=30).json()
        c = body["citations"][0]
        assert doc["text"][c["start"] : c["end"]] == c["quote"]
        chat = httpx.post(
            server.url + "/v1/chat/completions",
            timeout=30,
            json={"model": "citeqa", "messages": [{"role": "user", "content": QUESTION}]},
        ).json()
        assert chat["choices"][0]["message"]["content"].startswith(f"{FAITHFUL}[1]。\n\n**参考来源**")
        assert mcp_ask(server.url + "/mcp")["answer"] == f"{FAITHFUL}[1]。"
        assert len(stand_in.requests) == 3 and all(r["model"] == "stand-in" for r in stand_in.requests)
        # The stand-in goes away: the served answer falls back to the extractive one.
        stand_in.reset(lambda p: "", status=503)
        body = httpx.post(server.url + "/ask", json={"question": QUESTION}, timeout=30).json()
        assert body["answer"] == compose_answer(Retriever(tmp_path / "index"), QUESTION, 5).answer
