"""What one /ask costs on a collection of hundreds of documents, and where the time goes.

Every policy collection's and orgdocs' questions (eval/policy*/questions.jsonl, eval/orgdocs/questions.jsonl)
are asked of ``--index`` (the pooled index of every collection: eval/policy_pooled.py builds it) through
`answer_question` — what /ask answers, no language model — as eval/policy_pooled.py asks them; and, for
comparison, eval/policy16's questions of an index of eval/policy16/docs alone (built with `citeqa index` in a
temporary folder, or ``--small-index``). Each /ask is timed wall and CPU (process time), split into
retrieval (question analysis, retrieval, the evidence) and composition as the Composition records them;
each of ``--repeats`` repeats is a fresh process per index (the two taking turns), which asks every
question once as a server meets it ("first") and then once more with every cache warm ("again"). Per
question the median over the repeats, then p50 / p95 / max over the questions. Then the ``--profile``
slowest questions of the pooled index (by median first-pass wall time) are profiled with cProfile in one
more such process (the other questions asked unprofiled in their turn, so the caches hold what they held):
the functions with the most cumulative and own time, and a watch list of work done per retrieved hit or
unit that depends only on the passage.

``python -m eval.ask_scale --index DIR --out eval/results`` writes ask-scale.{json,md};
``--answers FILE`` also writes every answer (text, citations) as JSON lines, to compare two trees' answers.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import server.generate
from eval.report import RESULTS, describe_machine, machine_line, md_table, now
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT
from server.answer.compose import Composition
from server.cli import main as citeqa
from server.config import Settings
from server.generate import answer_question
from server.schemas import AskResponse

SMALL = "policy16"  # the collection whose own index the pooled one is compared with
# Functions that redo, for every retrieved hit or candidate unit, work that depends only on the passage (or
# its document): what a per-snapshot memo or the build could do once. Listed in the report whatever their
# rank, each as its share of the profiled composition time.
WATCH = (
    ("indexer/region.py", "regions_in"),
    ("indexer/region.py", "places_named"),
    ("indexer/region.py", "_places"),
    ("indexer/normalize.py", "normalize"),
    ("indexer/segment.py", "tokenize"),
    ("indexer/hybrid.py", "rerank_terms"),
    ("server/answer/compose.py", "_statements"),
    ("server/answer/compose.py", "about_place"),
    ("server/answer/units.py", "candidate_units"),
    ("server/answer/absent.py", "about_places"),
    ("server/answer/ranking.py", "score_units"),
    ("server/answer/claims.py", "claim_region"),
    ("server/answer/claims.py", "carries"),
)


def question_sets() -> list[tuple[str, Path]]:
    """(collection, questions file) of every policy collection and orgdocs, in a fixed order."""
    paths = sorted((PROJECT_ROOT / "eval").glob("policy*/questions.jsonl"))
    paths.append(PROJECT_ROOT / "eval" / "orgdocs" / "questions.jsonl")
    return [(p.parent.name, p) for p in paths]


def load_questions(sets: Sequence[tuple[str, Path]], limit: int | None = None) -> list[dict[str, str]]:
    """Every question (``limit``: about that many, every n-th — a smoke run)."""
    rows: list[dict[str, str]] = []
    for name, path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                rows.append({"set": name, "id": str(q.get("id", len(rows))), "question": q["question"]})
    return rows[:: max(1, len(rows) // limit)] if limit else rows


class Recorder:
    """`answer_question` with the Composition it composed kept (its retrieval and composition times):
    server.generate's compose_from wrapped, the answer untouched."""

    def __init__(self) -> None:
        self.last: Composition | None = None
        self._inner: Callable[..., Composition] = server.generate.compose_from

    def __enter__(self) -> Recorder:
        def recording(*args: Any, **kwargs: Any) -> Composition:
            self.last = self._inner(*args, **kwargs)
            return self.last

        server.generate.compose_from = recording
        return self

    def __exit__(self, *exc: object) -> None:
        server.generate.compose_from = self._inner


def fingerprint(response: AskResponse) -> dict[str, Any]:
    """What an answer is: its text, whether answerable, and every citation (passage, span, quote)."""
    return {
        "answerable": response.answerable,
        "answer": response.answer,
        "citations": [[c.passage_id, c.start, c.end, c.quote, c.page] for c in response.citations],
        "groups": [[g.region, g.citations] for g in response.groups],
    }


PASSES = ("first", "again")  # each question met for the first time in the process, then asked once more
KEYS = ("wall", "cpu", "retrieve", "compose", "compose_cpu")


def ask_pass(
    retriever: Retriever,
    settings: Settings,
    questions: Sequence[dict[str, str]],
    recorder: Recorder,
    profiled: set[int],
    profiler: cProfile.Profile,
) -> tuple[dict[str, list[float]], list[dict[str, Any]]]:
    """Every question asked once: its times (ms) and its answer; cProfile on for the ``profiled`` ones."""
    times: dict[str, list[float]] = {k: [] for k in KEYS}
    answers = []
    for n, q in enumerate(questions):
        if n in profiled:
            profiler.enable()
        wall, cpu = time.perf_counter(), time.process_time()
        response = answer_question(retriever, q["question"], 5, settings)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if n in profiled:
            profiler.disable()
        composition = recorder.last
        assert composition is not None
        for key, value in zip(
            KEYS,
            (
                wall * 1000,
                cpu * 1000,
                composition.retrieve_ms,
                composition.compose_ms,
                composition.compose_cpu_ms,
            ),
            strict=True,
        ):
            times[key].append(value)
        answers.append(fingerprint(response))
    return times, answers


def child(index: Path, which: str, out: Path, profiled: set[int], limit: int | None) -> None:
    """One process's life: the index loaded and warmed, every question asked (``first``), then all again
    (``again``: every cache holding what the first pass put in it)."""
    questions = load_questions(question_sets(), limit)
    if which != "pooled":
        questions = [q for q in questions if q["set"] == which]
    retriever = Retriever(index)
    retriever.warm_up()
    settings = Settings(index_dir=index, llm_base_url=None)
    result: dict[str, Any] = {}
    with Recorder() as recorder:
        for name in PASSES:
            profiler = cProfile.Profile()
            times, answers = ask_pass(retriever, settings, questions, recorder, profiled, profiler)
            result[name] = {"times": times, "answers": answers}
            if profiled:
                profiler.dump_stats(str(out.with_suffix(f".{name}.prof")))
    result["documents"] = len(retriever.data.documents)
    result["passages"] = retriever.data.passages
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def run_child(
    index: Path, which: str, out: Path, limit: int | None, profiled: Sequence[int] = ()
) -> dict[str, Any]:
    command = [sys.executable, "-m", "eval.ask_scale", "--index", str(index), "--child", which]
    command += ["--child-out", str(out), "--profiled", ",".join(map(str, profiled))]
    command += ["--limit", str(limit)] if limit else []
    subprocess.run(command, check=True, cwd=PROJECT_ROOT)
    loaded: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def spread(values: Sequence[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(values), 1),
        "p95": round(percentile(values, 95), 1),
        "max": round(max(values), 1),
        "mean": round(statistics.fmean(values), 1),
    }


def medians(runs: Sequence[dict[str, Any]], name: str, key: str) -> list[float]:
    """Each question's median over the repeats (one process each) of pass ``name``."""
    samples = [r[name]["times"][key] for r in runs]
    return [statistics.median(column) for column in zip(*samples, strict=True)]


def summary(runs: Sequence[dict[str, Any]], name: str, keep: Sequence[int]) -> dict[str, Any]:
    out: dict[str, Any] = {"questions": len(keep)}
    for key in KEYS:
        m = medians(runs, name, key)
        out[key] = spread([m[n] for n in keep])
    retrieve, compose = medians(runs, name, "retrieve"), medians(runs, name, "compose")
    total = sum(retrieve[n] + compose[n] for n in keep)
    out["compose_share"] = round(sum(compose[n] for n in keep) / total, 3) if total else None
    return out


def unstable(runs: Sequence[dict[str, Any]]) -> int:
    """Questions answered differently by two passes or two repeats."""
    answers = [r[name]["answers"] for r in runs for name in PASSES]
    return sum(any(a[n] != answers[0][n] for a in answers) for n in range(len(answers[0])))


def _where(func: tuple[str, int, str]) -> str:
    path, line, name = func
    for root in (str(PROJECT_ROOT) + os.sep, "site-packages" + os.sep, "lib" + os.sep + "python3"):
        if root in path:
            path = path.split(root, 1)[1]
    return f"{path}:{line}({name})" if line else name


def read_profile(path: Path, top: int) -> dict[str, Any]:
    """The ``top`` functions by cumulative and by own time of a cProfile dump, and the WATCH list, each
    with its share of the profiled time and of compose_from's."""
    stats = pstats.Stats(str(path), stream=io.StringIO())
    table: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    total = max(cum for _, _, _, cum, _ in table.values())  # the outermost call: all the profiled time

    def cumulative(path: str, name: str) -> float:
        return sum(
            v[3] for f, v in table.items() if f[2] == name and f[0].endswith(path.replace("/", os.sep))
        )

    compose_total = cumulative("server/answer/compose.py", "compose_from") or total

    def row(func: tuple[str, int, str]) -> dict[str, Any]:
        calls, _, own, cum, _ = table[func]
        return {
            "function": _where(func),
            "calls": calls,
            "own_s": round(own, 3),
            "cumulative_s": round(cum, 3),
            "of_total": round(cum / total, 3),
            "of_compose": round(cum / compose_total, 3),
        }

    watched = [
        f for path, name in WATCH for f in table if f[2] == name and f[0].endswith(path.replace("/", os.sep))
    ]

    def callers(func: tuple[str, int, str]) -> list[list[Any]]:
        """Who spent the function's cumulative time (caller, calls, cumulative s), most first."""
        by: dict[tuple[str, int, str], Any] = table[func][4]
        ranked = sorted(by.items(), key=lambda item: item[1][3], reverse=True)
        return [[_where(caller), value[1], round(value[3], 3)] for caller, value in ranked[:8]]

    return {
        "profiled_s": round(total, 3),
        "compose_from_s": round(compose_total, 3),
        "retrieve_s": round(cumulative("server/answer/compose.py", "retrieve"), 3),
        "analyse_s": round(cumulative("server/answer/compose.py", "analyse"), 3),
        "top_cumulative": [row(f) for f in sorted(table, key=lambda f: table[f][3], reverse=True)[:top]],
        "top_own": [row(f) for f in sorted(table, key=lambda f: table[f][2], reverse=True)[:top]],
        "watched": [row(f) for f in watched],
        "callers": {_where(f): callers(f) for f in watched[:2]},  # regions_in's and places_named's
    }


def small_index(given: Path | None, tmp: Path) -> Path:
    if given is not None:
        return given
    index = tmp / "index"
    if citeqa(["index", str(PROJECT_ROOT / "eval" / SMALL / "docs"), "--index", str(index)]) != 0:
        raise SystemExit(f"python -m eval.ask_scale: indexing eval/{SMALL}/docs failed")
    return index


def measure(
    index: Path, small: Path, tmp: Path, repeats: int, top: int, slow: int, limit: int | None = None
) -> dict[str, Any]:
    questions = load_questions(question_sets(), limit)
    runs: dict[str, list[dict[str, Any]]] = {"pooled": [], SMALL: []}
    for repeat in range(repeats):
        for which, where in (("pooled", index), (SMALL, small)):  # taking turns: the load falls on both
            began = time.perf_counter()
            runs[which].append(run_child(where, which, tmp / f"{which}-{repeat}.json", limit))
            took = time.perf_counter() - began
            print(f"{which} #{repeat + 1}/{repeats}: {took:.1f} s", file=sys.stderr, flush=True)
    pooled, alone = runs["pooled"], runs[SMALL]
    everything = range(len(questions))
    own = [n for n in everything if questions[n]["set"] == SMALL]
    walls = medians(pooled, "first", "wall")
    slowest = sorted(everything, key=lambda n: walls[n], reverse=True)[:slow]
    # the slowest questions profiled in a process of their own, every other question asked unprofiled in
    # its turn as before, so that the caches hold what they held when the questions were timed
    profiled = run_child(index, "pooled", tmp / "profiled.json", limit, sorted(slowest))
    result: dict[str, Any] = {
        "repeats": repeats,
        "pooled": {
            "index": str(index),
            "documents": pooled[0]["documents"],
            "passages": pooled[0]["passages"],
            "unstable_answers": unstable([*pooled, profiled]),
        },
        "small": {
            "collection": SMALL,
            "documents": alone[0]["documents"],
            "passages": alone[0]["passages"],
            "unstable_answers": unstable(alone),
        },
    }
    for name in PASSES:
        p = summary(pooled, name, everything)
        same = summary(pooled, name, own)
        s = summary(alone, name, range(len(own)))
        result["pooled"][name] = {"all": p, SMALL: same}
        result["small"][name] = s
        result.setdefault("ratios", {})[name] = {
            # the same questions (policy16's) on the pooled index over on their own collection's
            key: {q: round(same[key][q] / s[key][q], 2) if s[key][q] else None for q in ("p50", "p95")}
            for key in ("wall", "cpu", "retrieve", "compose")
        }
    result["slowest"] = [
        {
            "question": f"{questions[n]['set']}/{questions[n]['id']}",
            "text": questions[n]["question"],
            "wall_ms": round(walls[n], 1),
            "retrieve_ms": round(medians(pooled, "first", "retrieve")[n], 1),
            "compose_ms": round(medians(pooled, "first", "compose")[n], 1),
            "again_wall_ms": round(medians(pooled, "again", "wall")[n], 1),
        }
        for n in slowest
    ]
    result["profile"] = {name: read_profile(tmp / f"profiled.{name}.prof", top) for name in PASSES}
    answers = [
        {**q, "index": "pooled", **a} for q, a in zip(questions, pooled[0]["first"]["answers"], strict=True)
    ]
    answers += [
        {**questions[n], "index": SMALL, **a} for n, a in zip(own, alone[0]["first"]["answers"], strict=True)
    ]
    result["answers"] = answers
    return result


def _spread_row(label: str, s: dict[str, Any], key: str) -> list[Any]:
    return [label, s["questions"], s[key]["p50"], s[key]["p95"], s[key]["max"], s[key]["mean"]]


def _profile_rows(rows: Sequence[dict[str, Any]]) -> list[list[Any]]:
    return [
        [r["function"], r["calls"], r["own_s"], r["cumulative_s"], r["of_total"], r["of_compose"]]
        for r in rows
    ]


def write_markdown(result: dict[str, Any], path: Path) -> None:
    p, s = result["pooled"], result["small"]
    header = ["", "questions", "p50", "p95", "max", "mean"]
    lines = [
        "# What one /ask costs on hundreds of documents",
        "",
        f"{machine_line(result['machine'])} — {result['when']}, load average {result['load']}. Generated by "
        "`python -m eval.ask_scale`: every policy collection's and orgdocs' questions asked of the pooled "
        f"index ({p['documents']} documents, {p['passages']} passages) through `answer_question` (no "
        f"language model), and {SMALL}'s questions of its own index ({s['documents']} documents, "
        f"{s['passages']} passages). {result['repeats']} repeats, each a fresh process per index (the "
        "indexes taking turns); "
        "in each, every question is asked once as a server meets it (**first**: its own encoding and "
        "patterns new, the passages' sentence vectors cached only if an earlier question brought them) and "
        "then once more (**again**: every cache warm — a server's steady state on these questions). ms per "
        "/ask, each question's median over the repeats, then p50 / p95 / max over the questions. Retrieval: "
        "question analysis, retrieval and the evidence; composition: the rest (Composition.retrieve_ms / "
        "compose_ms). Questions answered differently by any two passes or repeats: "
        f"{p['unstable_answers']} pooled, {s['unstable_answers']} {SMALL}.",
    ]
    for name in PASSES:
        pp, same, ss = p[name]["all"], p[name][SMALL], s[name]
        lines += [
            "",
            f"## {name}: wall, CPU, retrieval vs composition",
            "",
            md_table(
                header,
                [
                    _spread_row("pooled, all questions: wall", pp, "wall"),
                    _spread_row("pooled, all questions: CPU", pp, "cpu"),
                    _spread_row("pooled, all: retrieval", pp, "retrieve"),
                    _spread_row("pooled, all: composition", pp, "compose"),
                    _spread_row("pooled, all: composition CPU", pp, "compose_cpu"),
                    _spread_row(f"pooled, {SMALL}'s questions: wall", same, "wall"),
                    _spread_row(f"pooled, {SMALL}'s: retrieval", same, "retrieve"),
                    _spread_row(f"pooled, {SMALL}'s: composition", same, "compose"),
                    _spread_row(f"{SMALL} alone: wall", ss, "wall"),
                    _spread_row(f"{SMALL} alone: CPU", ss, "cpu"),
                    _spread_row(f"{SMALL} alone: retrieval", ss, "retrieve"),
                    _spread_row(f"{SMALL} alone: composition", ss, "compose"),
                ],
            ),
            "",
            f"Composition's share of the summed medians: pooled {pp['compose_share']}, {SMALL} alone "
            f"{ss['compose_share']}. {SMALL}'s questions, pooled over alone (p50 / p95): "
            + ", ".join(f"{k} {v['p50']} / {v['p95']}" for k, v in result["ratios"][name].items())
            + ".",
        ]
    lines += [
        "",
        f"## The {len(result['slowest'])} slowest questions (pooled, first), top 15",
        "",
        md_table(
            ["question", "wall", "retrieval", "composition", "again: wall", "text"],
            [
                [
                    r["question"],
                    r["wall_ms"],
                    r["retrieve_ms"],
                    r["compose_ms"],
                    r["again_wall_ms"],
                    r["text"],
                ]
                for r in result["slowest"][:15]
            ],
            "lrrrrl",
        ),
    ]
    columns = ["function", "calls", "own s", "cumulative s", "of all", "of compose_from"]
    for name in PASSES:
        prof = result["profile"][name]
        lines += [
            "",
            f"## Profile of the {len(result['slowest'])} slowest questions, {name} (pooled, cProfile)",
            "",
            f"{prof['profiled_s']} s profiled (cProfile's overhead included): question analysis "
            f"{prof['analyse_s']} s, retrieval and evidence {prof['retrieve_s']} s, compose_from "
            f"{prof['compose_from_s']} s.",
            "",
            "Top cumulative:",
            "",
            md_table(columns, _profile_rows(prof["top_cumulative"])),
            "",
            "Work repeated per hit or unit that depends only on the passage (the watch list; nested entries "
            "count within their callers):",
            "",
            md_table(columns, _profile_rows(prof["watched"])),
            "",
            "Their callers (cumulative s):",
            "",
            md_table(
                ["function", "caller", "calls", "cumulative s"],
                [[f, *c] for f, rows in prof["callers"].items() for c in rows],
                "llrr",
            ),
            "",
            "Top own time:",
            "",
            md_table(columns, _profile_rows(prof["top_own"][:15])),
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.ask_scale", description=__doc__)
    parser.add_argument("--index", type=Path, required=True, help="the pooled index (eval/policy_pooled.py)")
    parser.add_argument("--small-index", type=Path, default=None, help=f"an index of eval/{SMALL}/docs")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", type=int, default=50, help="profile this many slowest questions")
    parser.add_argument("--top", type=int, default=30, help="functions listed from the profile")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--answers", type=Path, default=None, help="write every answer here (JSON lines)")
    parser.add_argument("--limit", type=int, default=None, help="about this many questions (a smoke run)")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--profiled", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(
            args.index,
            args.child,
            args.child_out,
            {int(n) for n in args.profiled.split(",") if n},
            args.limit,
        )
        return 0
    result: dict[str, Any] = {
        "machine": describe_machine(),
        "when": now(),
        "load": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory(prefix="citeqa-ask-scale-") as tmp:
        small = small_index(args.small_index, Path(tmp))
        result.update(measure(args.index, small, Path(tmp), args.repeats, args.top, args.profile, args.limit))
    answers = result.pop("answers")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "ask-scale.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
    write_markdown(result, args.out / "ask-scale.md")
    if args.answers is not None:
        lines = (json.dumps(a, ensure_ascii=False, sort_keys=True) for a in answers)
        args.answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print((args.out / "ask-scale.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
