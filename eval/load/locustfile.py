"""Locust users for eval/bench_load.py: each user POSTs /search (hybrid, top_k 5) with the next question of a
shared list, no think time. Loopback only; the host is given by the benchmark."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

from locust import constant, task
from locust.contrib.fasthttp import FastHttpUser

SEEDS = Path(__file__).resolve().parents[1] / "questions.jsonl"


def _questions(paths: str) -> list[str]:
    """Questions from JSONL files (``question`` as in eval/questions.jsonl, or BEIR's ``text``)."""
    out: list[str] = []
    for path in paths.split(os.pathsep):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(row.get("question") or row["text"])
    return out


# the seed questions by default (asked again and again); the benchmark also points this at thousands of
# distinct bench questions, each asked once per run
QUESTIONS = _questions(os.environ.get("CITEQA_LOAD_QUESTIONS") or str(SEEDS))
MODE = os.environ.get("CITEQA_LOAD_MODE", "hybrid")
HEADERS = {"Content-Type": "application/json"}
_next = itertools.count()


class SearchUser(FastHttpUser):
    wait_time = constant(0)

    @task
    def search(self) -> None:
        question = QUESTIONS[next(_next) % len(QUESTIONS)]
        body = json.dumps({"query": question, "top_k": 5, "mode": MODE}, ensure_ascii=False)
        with self.client.post("/search", data=body, headers=HEADERS, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
