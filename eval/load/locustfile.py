"""Locust users for eval/bench_load.py: each user POSTs /search (hybrid, top_k 5) with the seed questions in
turn, no think time. Loopback only; the host is given by the benchmark."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

from locust import constant, task
from locust.contrib.fasthttp import FastHttpUser

QUESTIONS = [
    json.loads(line)["question"]
    for line in (Path(__file__).resolve().parents[1] / "questions.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]
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
