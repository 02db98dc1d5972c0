"""`python -m eval.bench_memory INDEX_DIR`: RSS after each thing the server loads, as one JSON line.

Run in a fresh process by the benchmark so the steps add up to what `citeqa serve` holds. The MCP SDK is
measured last: the server imports it only on the first request to /mcp.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def rss_mib() -> float:
    with open("/proc/self/status", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def main(argv: list[str]) -> int:
    index_dir = Path(argv[0])
    steps: list[dict[str, Any]] = []
    questions = [
        json.loads(line)["question"]
        for line in (Path(__file__).parent / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    state: dict[str, Any] = {}

    def step(name: str, action: Callable[[], None]) -> None:
        before = rss_mib()
        action()
        after = rss_mib()
        steps.append({"step": name, "rss_mib": after, "delta_mib": round(after - before, 1)})

    steps.append({"step": "python interpreter", "rss_mib": rss_mib(), "delta_mib": rss_mib()})

    def numeric() -> None:
        import faiss  # noqa: F401
        import numpy  # noqa: F401
        import scipy.sparse  # noqa: F401

    def web() -> None:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401

    def mcp_sdk() -> None:
        import mcp.server.mcpserver  # noqa: F401

    def server_modules() -> None:
        import server.api  # noqa: F401

    def jieba_dictionary() -> None:
        from indexer.segment import warm_up

        warm_up()

    def opencc_converter() -> None:
        from indexer.normalize import normalize

        normalize("預熱")

    def index() -> None:
        from indexer.retrieve import Retriever

        state["retriever"] = Retriever(index_dir)

    def encoder() -> None:
        from server.lean import load_rows_on_demand, release_free_memory

        encoder = state["retriever"].encoder
        state["mapped"] = load_rows_on_demand(encoder)
        encoder.encode_queries(["预热"])
        release_free_memory()

    def search() -> None:
        for mode in ("bm25", "dense", "hybrid"):
            for question in questions:
                state["retriever"].search(question, 10, mode)

    def ask() -> None:
        from server.answer import compose_answer

        for question in questions:
            compose_answer(state["retriever"], question, 5)

    for name, action in (
        ("numpy, scipy, faiss", numeric),
        ("fastapi, uvicorn", web),
        ("server modules (api, answer, openai, mcp glue)", server_modules),
        ("opencc converter", opencc_converter),
        ("jieba dictionary", jieba_dictionary),
        ("index (read_index + flat/IVF dense index)", index),
        ("encoder weights (the index's model)", encoder),
        ("searches: every seed question in 3 modes", search),
        ("answers: every seed question", ask),
        ("MCP SDK (on the first /mcp request only)", mcp_sdk),
    ):
        try:
            step(name, action)
        except Exception as exc:  # a missing optional module must not hide the other steps
            steps.append({"step": name, "error": repr(exc)})
    print(json.dumps({"steps": steps, "rss_mib": rss_mib(), "encoder_rows_on_demand": state.get("mapped")}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
