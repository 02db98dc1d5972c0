"""Answer quality where others can check it (`citeqa eval --answers`, or `python -m eval.answers`).

On the bench sets with an answers file (cmrc2018, drcd in both scripts) every passage is indexed as a
document and each question is asked as /ask asks it. A hit: the answer, citation markers removed, is at most
250 characters and contains a gold answer string (both normalised). Beside it, in the same run, the naive
baseline: the sentence of the top BM25 passage sharing most characters and character pairs with the
question. Also reported: how often the answer cites a gold passage, the median answer length, and how often
/ask declines.

Abstention is measured on questions from elsewhere: every bench question asked against the seeds index is
unanswerable there (the seeds are policy articles; the bench is Wikipedia and statutes).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from eval.answers_report import MAX_ANSWER_CHARS, render_markdown
from eval.beir import Dataset, QueryCache, cached_encoder, ensure_index, load_dataset
from eval.run import json_overrides
from indexer.chunk import split_sentences
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.settings import PROJECT_ROOT, default_index_dir
from server.answer import DEFAULT_CONFIG, AnswerConfig, compose, to_response
from server.answer.ranking import Ranker
from server.answer.scoring import char_grams

BENCH = PROJECT_ROOT.parent / "shared" / "bench"
RESULTS = PROJECT_ROOT / "eval" / "results"
ANSWER_SETS = ("cmrc2018", "drcd", "drcd/queries.zh-hans.jsonl")
NEGATIVE_SETS = ("cmrc2018", "drcd/queries.zh-hans.jsonl", "stard")
ASK_K = 5
_MARKER = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class Outcome:
    """One question's answer, judged."""

    qid: str
    answered: bool
    hit: bool
    cites_gold: bool
    chars: int
    answer: str


def strip_markers(answer: str) -> str:
    return _MARKER.sub("", answer)


def is_hit(answer: str, golds: Sequence[str]) -> bool:
    """The answer (markers removed) is short enough and contains a gold answer string."""
    text = strip_markers(answer)
    if len(text) > MAX_ANSWER_CHARS:
        return False
    norm = normalize(text)
    return any(g.strip() and normalize(g.strip()) in norm for g in golds)


def load_answers(folder: Path) -> dict[str, list[str]]:
    path = folder / "answers.jsonl"
    if not path.exists():
        raise ValueError(f"{folder} has no answers.jsonl; answer evaluation needs gold answer strings")
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[str(row["id"])] = [str(a) for a in row["answers"]]
    return out


def naive_answer(retriever: Retriever, question: str) -> str:
    """The baseline: the sentence of the top BM25 passage with the most question characters and pairs."""
    hits = retriever.search(question, 1, "bm25")
    if not hits:
        return ""
    text = hits[0].text
    asked = char_grams(normalize(question))
    spans = split_sentences(text) or [(0, len(text))]
    s, e = max(
        spans, key=lambda span: (len(asked & char_grams(normalize(text[span[0] : span[1]]))), -span[0])
    )
    return text[s:e]


def split_spec(spec: str) -> tuple[str, Path | None]:
    """'drcd/queries.zh-hans.jsonl' → ('drcd', Path('queries.zh-hans.jsonl')); 'cmrc2018' → (…, None)."""
    folder, _, queries = spec.partition("/")
    return folder, (Path(queries) if queries else None)


def open_set(bench: Path, spec: str, limit: int | None) -> tuple[Dataset, Retriever, list[str], Any]:
    """The dataset, a retriever over its cached index (query vectors encoded ahead in batches) and the ids."""
    folder, queries = split_spec(spec)
    dataset = load_dataset(bench / folder, queries)
    index_dir = ensure_index(bench / folder, dataset, progress=False)
    qids = list(dataset.queries)[:limit] if limit else list(dataset.queries)
    model = Retriever(index_dir).settings.model
    inner = cached_encoder(model)
    cache = QueryCache(inner)
    cache.prime([dataset.queries[q] for q in qids])
    return dataset, Retriever(index_dir, encoder=cache), qids, inner


def judge(
    retriever: Retriever, question: str, golds: Sequence[str], relevant: set[str], config: AnswerConfig
) -> Outcome:
    comp = compose(retriever, question[:1000], ASK_K, config)
    response = to_response(comp)
    text = strip_markers(response.answer) if response.answerable else ""
    return Outcome(
        qid="",
        answered=response.answerable,
        hit=response.answerable and is_hit(response.answer, golds),
        cites_gold=any(c.doc_id in relevant for c in response.citations),
        chars=len(text),
        answer=response.answer,
    )


def summarise(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    n = max(1, len(outcomes))
    answered = [o.chars for o in outcomes if o.answered]
    return {
        "questions": len(outcomes),
        "answer_hit": round(sum(o.hit for o in outcomes) / n, 4),
        "cites_gold_passage": round(sum(o.cites_gold for o in outcomes) / n, 4),
        "median_chars": statistics.median(answered) if answered else 0,
        "declined": round(sum(not o.answered for o in outcomes) / n, 4),
    }


def evaluate_answers(
    spec: str,
    bench: Path = BENCH,
    limit: int | None = None,
    configs: dict[str, AnswerConfig] | None = None,
    with_baseline: bool = True,
) -> dict[str, Any]:
    """Answer hit, gold citations, lengths and declines for each config, and the baseline, on one set."""
    configs = configs or {"citeqa": DEFAULT_CONFIG}
    folder, _ = split_spec(spec)
    golds = load_answers(bench / folder)
    dataset, retriever, qids, inner = open_set(bench, spec, limit)
    qids = [q for q in qids if golds.get(q)]
    started = time.perf_counter()
    out: dict[str, Any] = {"set": spec, "questions": len(qids), "runs": {}}
    per_question: dict[str, list[Outcome]] = {}
    for label, config in configs.items():
        outcomes = [
            replace(judge(retriever, dataset.queries[q], golds[q], dataset.qrels[q], config), qid=q)
            for q in qids
        ]
        per_question[label] = outcomes
        out["runs"][label] = summarise(outcomes)
    if with_baseline:
        naive = []
        for q in qids:
            answer = naive_answer(retriever, dataset.queries[q][:1000])
            naive.append(Outcome(q, bool(answer), is_hit(answer, golds[q]), False, len(answer), answer))
        summary = summarise(naive)
        summary["cites_gold_passage"] = None  # the baseline cites nothing
        out["runs"]["naive baseline"] = summary
        per_question["naive baseline"] = naive
    inner.save()
    out["seconds"] = round(time.perf_counter() - started, 1)
    out["per_question"] = {
        label: [[o.qid, o.hit, o.answered, o.chars] for o in outcomes]
        for label, outcomes in per_question.items()
    }
    out["misses"] = [
        {"qid": o.qid, "question": dataset.queries[o.qid], "gold": golds[o.qid][:2], "answer": o.answer}
        for o in per_question[next(iter(configs))]
        if not o.hit
    ][:40]
    return out


def negative_questions(bench: Path, specs: Iterable[str], limit: int | None) -> list[tuple[str, str]]:
    """(set, question) pairs from bench query files: unanswerable on the seeds index."""
    out: list[tuple[str, str]] = []
    for spec in specs:
        folder, queries = split_spec(spec)
        dataset = load_dataset(bench / folder, queries)
        texts = list(dataset.queries.values())
        out += [(spec, t) for t in (texts[:limit] if limit else texts)]
    return out


def best_supports(
    retriever: Retriever, questions: Sequence[str], config: AnswerConfig
) -> list[tuple[float, str]]:
    """Each question's best support score on ``retriever`` and the rule that declined it ("" if none)."""
    out = []
    for q in questions:
        comp = compose(retriever, q[:1000], ASK_K, replace(config, threshold=0.0))
        out.append((comp.best, comp.reason))
    return out


def abstention(
    seed_index: Path, bench: Path, limit: int | None, config: AnswerConfig = DEFAULT_CONFIG
) -> dict[str, Any]:
    """Share of bench questions /ask declines on the seeds index, per set (all are unanswerable there)."""
    retriever = Retriever(seed_index)
    retriever.warm_up()
    by_set: dict[str, list[bool]] = {}
    for spec, question in negative_questions(bench, NEGATIVE_SETS, limit):
        declined = not compose(retriever, question[:1000], ASK_K, config).answerable
        by_set.setdefault(spec, []).append(declined)
    total = [d for ds in by_set.values() for d in ds]
    return {
        "index": str(seed_index),
        "sets": {s: {"questions": len(d), "declined": round(sum(d) / len(d), 4)} for s, d in by_set.items()},
        "questions": len(total),
        "declined": round(sum(total) / max(1, len(total)), 4),
    }


def parse_config(text: str | None) -> AnswerConfig:
    if not text:
        return DEFAULT_CONFIG
    defaults = {f.name: getattr(DEFAULT_CONFIG, f.name) for f in fields(AnswerConfig)}
    return replace(DEFAULT_CONFIG, **json_overrides(text, "--config", "answer", defaults))


def answers_cli(args: argparse.Namespace) -> int:
    """`citeqa eval --answers`: the bench answer sets (or --dataset) and abstention; --json: one object."""
    limit = args.limit
    if limit is not None and limit < 1:
        raise ValueError(f"--limit of {limit} is not positive; pass the number of questions to evaluate")
    specs, folder = _specs(args)
    report = run(
        limit=limit,
        specs=specs,
        sets_in=folder,
        config=parse_config(getattr(args, "config", None)),
        seed_index=getattr(args, "index", None),  # --index: the seeds index the abstention run asks
    )
    if args.json:
        print(json.dumps({k: v for k, v in report.items() if k != "per_set_detail"}, ensure_ascii=False))
    else:
        sys.stdout.write(render_markdown(report))
    return 0


def _specs(args: argparse.Namespace) -> tuple[list[str], Path | None]:
    """The answer sets to run, and the folder they lie in when that is not the bench folder: --dataset is a
    folder that exists used as given, else a bare name in ../shared/bench (cmrc2018, drcd)."""
    dataset: Path | None = getattr(args, "dataset", None)
    if dataset is None:
        return list(ANSWER_SETS), None
    queries = f"/{args.queries}" if getattr(args, "queries", None) else ""
    if dataset.is_dir():  # (its last part alone had been looked up in the bench folder)
        folder = dataset.resolve()
        return [folder.name + queries], folder.parent
    if len(dataset.parts) != 1:
        raise ValueError(f"dataset folder {dataset} does not exist; pass a folder with answers.jsonl")
    return [dataset.name + queries], None


LOCO = RESULTS / "ranker-loco.json"


def configs_for(spec: str, config: AnswerConfig) -> dict[str, AnswerConfig]:
    """The configuration under test and, when eval/results/ranker-loco.json has one for this set, the same
    with the ranker fitted on the other set (leave one corpus out: this set was never fitted on)."""
    out = {"citeqa": config}
    folder, _ = split_spec(spec)
    if LOCO.exists():
        entry = json.loads(LOCO.read_text(encoding="utf-8")).get(folder)
        if isinstance(entry, dict):
            out[f"citeqa, ranker fitted on {entry['fitted_on']} only"] = replace(
                config, ranker=Ranker.from_dict(entry)
            )
    return out


def run(
    limit: int | None = None,
    specs: Sequence[str] = ANSWER_SETS,
    config: AnswerConfig = DEFAULT_CONFIG,
    bench: Path = BENCH,
    seed_index: Path | None = None,
    negatives: bool = True,
    sets_in: Path | None = None,
) -> dict[str, Any]:
    """The answer sets ``specs`` (folders in ``sets_in``, default ``bench``) and, with ``negatives``, the
    abstention on the seeds index of the bench's questions."""
    if not bench.is_dir():
        raise ValueError(f"the bench folder {bench} does not exist; answer evaluation needs ../shared/bench")
    report: dict[str, Any] = {
        "config": {f.name: str(getattr(config, f.name)) for f in fields(AnswerConfig)},
        "limit": limit,
        "sets": [evaluate_answers(s, sets_in or bench, limit, configs_for(s, config)) for s in specs],
    }
    if negatives:
        report["abstention"] = abstention(seed_index or default_index_dir(), bench, limit, config)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.answers", description=__doc__)
    parser.add_argument("--sets", default=",".join(ANSWER_SETS), help="bench sets with answers.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="first N questions of each set")
    parser.add_argument("--config", default=None, help="answer settings override as JSON")
    parser.add_argument("--seed-index", type=Path, default=None, help="index of seeds/ for abstention")
    parser.add_argument("--no-negatives", action="store_true", help="skip the abstention run")
    parser.add_argument("--out", type=Path, default=None, help="write answers.json and answers.md here")
    parser.add_argument(
        "--combine",
        type=Path,
        nargs="+",
        default=None,
        help="merge the answers.json of runs made apart (e.g. one set per process) instead of running",
    )
    args = parser.parse_args(argv)
    if args.combine:
        report = combine([json.loads((d / "answers.json").read_text(encoding="utf-8")) for d in args.combine])
        _write(report, args.out)
        return 0
    try:
        report = run(
            args.limit,
            [s for s in args.sets.split(",") if s],
            parse_config(args.config),
            seed_index=args.seed_index,
            negatives=not args.no_negatives,
        )
    except ValueError as exc:
        print(f"eval.answers: {exc}", file=sys.stderr)
        return 2
    _write(report, args.out)
    return 0


def combine(reports: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One report from several runs: their sets in order, and the first abstention run found."""
    out: dict[str, Any] = {**reports[0], "sets": [s for r in reports for s in r.get("sets", [])]}
    for r in reports:
        if "abstention" in r:
            out["abstention"] = r["abstention"]
            break
    return out


def _write(report: dict[str, Any], out: Path | None) -> None:
    md = render_markdown(report)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        body = json.dumps(report, ensure_ascii=False, indent=1) + "\n"
        (out / "answers.json").write_text(body, encoding="utf-8")
        (out / "answers.md").write_text(md, encoding="utf-8")
    sys.stdout.write(md)


if __name__ == "__main__":
    sys.exit(main())
