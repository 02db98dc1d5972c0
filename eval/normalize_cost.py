"""What keeping short texts' matching form saves an /ask (indexer/normalize.py): the seed question set
answered over the seeds index with `normalize`'s cache off (every call computes `matching_form`, the
reference), on but emptied before each question (only the repeats within one request are saved), and on as a
server runs it (warm), alternating question by question in one process; medians over repeats. Also counts
the calls per /ask and how many repeat a text seen in the same request. ``python -m eval.normalize_cost``
writes eval/results/normalize-cost.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import indexer.normalize as norm
from eval.report import RESULTS, describe_machine, machine_line, now
from eval.seedqa import QUESTIONS
from indexer.retrieve import Retriever
from indexer.settings import default_index_dir
from server.config import Settings
from server.generate import answer_question

Cache = Callable[[str], str]


def measure(index_dir: Path, repeats: int) -> dict[str, Any]:
    retriever = Retriever(index_dir)
    settings = Settings(index_dir=index_dir, warm_up=False, llm_base_url=None)
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()]
    cached: Cache = norm._cached

    def ask(question: str, mode: str) -> tuple[float, str]:
        norm._cached = norm.matching_form if mode == "off" else cached  # type: ignore[assignment]
        if mode == "cold":
            norm._cached.cache_clear()
        started = time.perf_counter()
        answer = answer_question(retriever, question, 5, settings).answer
        return time.perf_counter() - started, answer

    modes = ("off", "cold", "warm")
    for q in questions:  # warm the model, the index and the caches of every other kind
        ask(q, "warm")
    per_mode: dict[str, list[float]] = {m: [] for m in modes}
    answers: dict[str, list[str]] = {m: [] for m in modes}
    try:
        for _ in range(repeats):
            for q in questions:
                for m in modes:
                    seconds, answer = ask(q, m)
                    per_mode[m].append(seconds)
                    answers[m].append(answer)
        calls = count_calls(lambda q: ask(q, "off"), questions)
    finally:
        norm._cached = cached  # type: ignore[assignment]
    median = {m: statistics.median(v) * 1000 for m, v in per_mode.items()}
    return {
        "questions": len(questions),
        "repeats": repeats,
        "median_ms_per_ask": {m: round(v, 3) for m, v in median.items()},
        "ratio_to_off": {m: round(median[m] / median["off"], 3) for m in modes},
        "same_answers": answers["off"] == answers["cold"] == answers["warm"],
        **calls,
    }


def count_calls(ask: Callable[[str], Any], questions: Sequence[str]) -> dict[str, float]:
    """normalize calls per /ask (cache off), and the share repeating a text met earlier in that request."""
    seen: list[Counter[str]] = []
    reference = norm.matching_form

    def counting(text: str) -> str:
        seen[-1][text] += 1
        return reference(text)

    norm.matching_form = counting
    try:
        for q in questions:
            seen.append(Counter())
            ask(q)
    finally:
        norm.matching_form = reference
    total = sum(sum(c.values()) for c in seen)
    distinct = sum(len(c) for c in seen)
    return {"calls_per_ask": round(total / len(questions), 1), "repeat_share": round(1 - distinct / total, 3)}


def write_markdown(result: dict[str, Any], path: Path) -> None:
    ms, ratio = result["median_ms_per_ask"], result["ratio_to_off"]
    lines = [
        "# Keeping short texts' matching form (indexer/normalize.py)",
        "",
        f"Generated {result['generated_at']} by `python -m eval.normalize_cost` on {result['machine_line']}.",
        "",
        f"The {result['questions']} seed questions over the seeds index, each answered with the cache off, "
        f"emptied before the question, and warm, alternating, {result['repeats']} repeats; median ms per "
        f"/ask (answer_question, extractive). An /ask calls normalize {result['calls_per_ask']} times, "
        f"{result['repeat_share']:.0%} of them on a text already met in the same request. Same answers in "
        f"every mode: {'yes' if result['same_answers'] else 'NO'}.",
        "",
        "| cache | median ms / ask | ratio to off |",
        "|---|--:|--:|",
    ]
    lines += [f"| {m} | {ms[m]:.2f} | {ratio[m]:.3f} |" for m in ("off", "cold", "warm")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.normalize_cost", description=__doc__)
    parser.add_argument("--index", type=Path, default=None, help="index (default: the seeds index)")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    index_dir = args.index or default_index_dir()
    if not (index_dir / "manifest.json").exists():
        print(f"eval.normalize_cost: no index at {index_dir}; run `make index` first", file=sys.stderr)
        return 2
    machine = describe_machine()
    result = {
        "generated_at": now(),
        "machine_line": machine_line(machine),
        **measure(index_dir, args.repeats),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "normalize-cost.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    write_markdown(result, args.out / "normalize-cost.md")
    print(json.dumps(result["median_ms_per_ask"]), result["ratio_to_off"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
