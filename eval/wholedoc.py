"""`python -m eval.wholedoc`: retrieval over whole documents, indexed as users index them.

The BEIR evaluations index each bench passage as a document; users index whole documents and the chunker
decides the passages. Here a BEIR set with ``answers.jsonl`` is regrouped: the passages of one title, in
corpus order and joined by "\\n", are one document, written as a JSONL collection and indexed through the
path `citeqa index collection.jsonl` takes (clean, chunk, context, BM25, e5, fusion — the settings given,
the defaults of indexer/settings.py unless overridden). A question's rank-k passage is a *hit* when it is
from the question's gold document and contains one of its gold answer strings (both compared in the one
normalised form): what a reader of `/search` sees. Reported per leg — hit@1, hit@5, MRR@10 and "right
document at rank 1" — beside two reference rows measured in the same run: plain character BM25
(eval/reference.py) over fixed 500-character chunks of the same documents, and over our passages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.beir import (
    Dataset,
    cache_root,
    cached_encoder,
    code_fingerprint,
    ensure_index,
    load_dataset,
    open_retriever,
)
from eval.metrics import paired
from eval.quality import bench_dir, settings_with, split_set
from eval.reference import reference_index, reference_top
from eval.report import RESULTS, describe_machine, md_table
from eval.seedqa import QUESTIONS, load_questions
from indexer.build import index_paths
from indexer.contents import IndexData
from indexer.ingest import file_doc_id
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.settings import IndexSettings, default_seeds_dir
from indexer.store import read_index, read_manifest

logger = logging.getLogger(__name__)
SETS = ("drcd", "drcd/queries.zh-hans.jsonl", "cmrc2018", "seeds")
LEGS = ("bm25", "dense", "hybrid")
FIXED_CHARS = 500  # the reference: fixed 500-character chunks of each document
K = 10
METRICS = ("hit@1", "hit@5", "mrr@10", "doc@1")
FIXED_LABEL = f"reference, fixed {FIXED_CHARS}-char chunks"
PASSAGES_LABEL = "reference, our passages"


@dataclass(frozen=True)
class WholeDocSet:
    name: str
    documents: list[tuple[str, str, str]]  # (doc_id, title, text), in order of first appearance
    questions: dict[str, str]
    gold: dict[str, frozenset[str]]  # question id → doc_ids of its relevant passages
    answers: dict[str, tuple[str, ...]]  # question id → gold answer strings, normalised


def group_by_title(
    corpus: Sequence[tuple[str, str | None, str]],
) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """Whole documents from passages: one per title, paragraphs joined by "\\n" in corpus order; and the
    document of each passage id."""
    paragraphs: dict[str, list[str]] = {}
    doc_of_title: dict[str, str] = {}
    doc_of: dict[str, str] = {}
    for passage_id, title, text in corpus:
        key = title or ""
        if key not in doc_of_title:
            doc_of_title[key] = f"w{len(doc_of_title):05d}"
            paragraphs[key] = []
        paragraphs[key].append(text.strip())
        doc_of[passage_id] = doc_of_title[key]
    documents = [(doc_of_title[t], t, "\n".join(paragraphs[t])) for t in doc_of_title]
    return documents, doc_of


def load_wholedoc(folder: Path, queries_file: Path | None = None) -> WholeDocSet:
    """The whole-document view of a BEIR folder with answers.jsonl (questions without answers left out)."""
    dataset = load_dataset(folder, queries_file)
    path = folder / "answers.jsonl"
    if not path.exists():
        raise ValueError(
            f"{folder} has no answers.jsonl; the whole-document metric needs gold answer strings"
        )
    answers: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                found = tuple(dict.fromkeys(n for a in row.get("answers", []) if (n := normalize(str(a)))))
                if found:
                    answers[str(row["id"])] = found
    documents, doc_of = group_by_title(dataset.corpus)
    gold = {
        q: frozenset(doc_of[p] for p in dataset.qrels[q] if p in doc_of)
        for q in dataset.queries
        if q in answers
    }
    gold = {q: docs for q, docs in gold.items() if docs}
    questions = {q: dataset.queries[q] for q in gold}
    return WholeDocSet(dataset.name, documents, questions, gold, {q: answers[q] for q in gold})


def is_hit(doc_id: str, text: str, gold: frozenset[str], answers: Sequence[str]) -> bool:
    """A passage from a gold document that contains a gold answer (``answers`` normalised already)."""
    if doc_id not in gold:
        return False
    norm = normalize(text)
    return any(a in norm for a in answers)


def score(
    ranked: Sequence[tuple[str, str]], gold: frozenset[str], answers: Sequence[str]
) -> dict[str, float]:
    """One question's metrics from its ranked (doc_id, passage text) list, best first."""
    first = next((i for i, (d, t) in enumerate(ranked[:K]) if is_hit(d, t, gold, answers)), None)
    return {
        "hit@1": float(first == 0),
        "hit@5": float(first is not None and first < 5),
        "mrr@10": 1.0 / (first + 1) if first is not None else 0.0,
        "doc@1": float(bool(ranked) and ranked[0][0] in gold),
    }


def fixed_chunks(text: str, size: int = FIXED_CHARS) -> list[str]:
    """Consecutive non-overlapping ``size``-character pieces of ``text`` (the last one shorter)."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def mean(per_question: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    n = max(1, len(per_question))
    return {m: round(sum(v[m] for v in per_question.values()) / n, 4) for m in METRICS}


def source_folder(ws: WholeDocSet, folder: Path, root: Path) -> Path:
    """A BEIR-shaped folder holding the whole documents as corpus.jsonl (rewritten only when it changed, so
    the cached index stays valid); named after the bench folder so both query files share one index."""
    out = root / f"wholedoc-{folder.name}"
    out.mkdir(parents=True, exist_ok=True)
    body = "".join(
        json.dumps({"id": d, "title": t, "text": x}, ensure_ascii=False) + "\n" for d, t, x in ws.documents
    )
    corpus = out / "corpus.jsonl"
    if not corpus.exists() or corpus.read_text(encoding="utf-8") != body:
        corpus.write_text(body, encoding="utf-8")
        (out / "qrels.tsv").write_text("", encoding="utf-8")
    return out


def seeds_set(folder: Path, questions: Path) -> WholeDocSet:
    """The project's own seed documents (plain files, indexed as `citeqa index seeds` does) and the
    answerable seed questions (gold documents and answer phrases; unanswerable ones are left out)."""
    documents = [
        (file_doc_id(p.name), "", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))
    ]
    kept = [q for q in load_questions(questions) if q.answerable and q.answers]
    return WholeDocSet(
        "seeds",
        documents,
        {q.id: q.question for q in kept},
        {q.id: frozenset(q.docs) for q in kept},
        {q.id: tuple(normalize(a) for a in q.answers) for q in kept},
    )


def seeds_index(folder: Path, settings: IndexSettings) -> Path:
    """The cached index of the seed folder for ``settings`` (built when missing or stale)."""
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.txt")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    manifest = settings.to_manifest(0)
    manifest.pop("fusion")
    h.update(json.dumps(manifest, sort_keys=True).encode() + code_fingerprint().encode())
    index_dir = cache_root() / f"wholedoc-seeds-{h.hexdigest()[:16]}"
    try:
        read_manifest(index_dir)
    except ValueError:
        encoder = cached_encoder(settings.model)
        index_paths([folder], index_dir, lambda _: encoder, settings, rebuild=True, dedupe=False)
        encoder.save()
    return index_dir


def load_set(spec: str, root: Path, settings: IndexSettings) -> tuple[WholeDocSet, Path, float]:
    """A set by name — a bench FOLDER[/QUERIES_FILE] or "seeds" — its index, and the seconds it took."""
    started = time.perf_counter()
    if spec == "seeds":
        ws = seeds_set(default_seeds_dir(), QUESTIONS)
        index_dir = seeds_index(default_seeds_dir(), settings)
    else:
        folder, queries = split_set(spec, root)
        ws = load_wholedoc(folder, queries)
        corpus: list[tuple[str, str | None, str]] = list(ws.documents)
        dataset = Dataset(ws.name, corpus, ws.questions, {q: set(d) for q, d in ws.gold.items()})
        source = source_folder(ws, folder, cache_root())
        index_dir = ensure_index(source, dataset, settings, progress=sys.stderr.isatty())
    return ws, index_dir, time.perf_counter() - started


def leg_scores(
    ws: WholeDocSet, qids: Sequence[str], retriever: Retriever, leg: str
) -> dict[str, dict[str, float]]:
    """Each question's metrics for one leg of the index's retriever."""
    out = {}
    for q in qids:
        hits = retriever.search(ws.questions[q][:1000], K, leg)
        out[q] = score([(h.doc_id, h.text) for h in hits], ws.gold[q], ws.answers[q])
    return out


def our_passages(data: IndexData) -> list[tuple[str, str | None, str]]:
    """(doc_id, title, text) of every passage of an index, in row order."""
    docs = [data.documents[int(row)] for row in data.doc_rows]
    return [(d.doc_id, d.title, data.passage_text(r)) for r, d in enumerate(docs)]


def reference_scores(
    ws: WholeDocSet, qids: Sequence[str], units: Sequence[tuple[str, str | None, str]]
) -> dict[str, dict[str, float]]:
    """Each question's metrics for the reference BM25 over (doc_id, title, text) units."""
    bm25 = reference_index([(t, x) for _, t, x in units])
    out = {}
    for q in qids:
        rows = reference_top(bm25, ws.questions[q], K)
        out[q] = score([(units[r][0], units[r][2]) for r in rows], ws.gold[q], ws.answers[q])
    return out


def evaluate(ws: WholeDocSet, index_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Every leg and both reference rows on one whole-document set and its index."""
    qids = list(ws.questions)[:limit] if limit else list(ws.questions)
    dataset = Dataset(ws.name, [], {q: ws.questions[q] for q in qids}, {})
    retriever, _ = open_retriever(index_dir, dataset, LEGS)
    per_leg = {leg: leg_scores(ws, qids, retriever, leg) for leg in LEGS}
    data = read_index(index_dir)
    chunks = [(d, t, c) for d, t, x in ws.documents for c in fixed_chunks(x)]
    per_leg[FIXED_LABEL] = reference_scores(ws, qids, chunks)
    per_leg[PASSAGES_LABEL] = reference_scores(ws, qids, our_passages(data))
    lengths = [int(e - s) for s, e in zip(data.starts, data.ends, strict=True)]
    return {
        "dataset": ws.name,
        "documents": len(ws.documents),
        "indexed_documents": len(data.documents),
        "questions": len(qids),
        "passages": data.passages,
        "mean_passage_chars": round(sum(lengths) / max(1, len(lengths)), 1),
        "fixed_chunks": len(chunks),
        "chunking": data.settings["chunking"],
        "index": str(index_dir),
        "legs": {label: mean(values) for label, values in per_leg.items()},
        # per question, MRR@10: how many questions hybrid wins / loses / ties against each other row
        "paired_mrr@10": {
            f"hybrid vs {label}": paired(per_leg["hybrid"], values)
            for label, values in per_leg.items()
            if label != "hybrid"
        },
    }


INTRO = (
    "# Whole-document retrieval",
    "",
    "Bench passages grouped by title into whole documents, indexed as `citeqa index` does "
    "(eval/wholedoc.py); seeds: the five seed files as `citeqa index seeds` indexes them, with the "
    "answerable seed questions (eval/questions.jsonl: gold documents and answer phrases).",
)


def render(runs: Sequence[Mapping[str, Any]], command: str, intro: Sequence[str] = INTRO) -> str:
    lines = [
        *intro,
        "hit@k: a passage from the gold document containing a gold answer string within the first k;",
        "MRR@10 of the first such passage; doc@1: the rank-1 passage is from the gold document.",
        f"Reference rows: plain character uni+bigram BM25 (k1 0.9, b 0.4, title + text) over fixed "
        f"{FIXED_CHARS}-character chunks of the same documents, and over our passages.",
        "",
        f"Command: `{command}`",
        "",
    ]
    for run in runs:
        lines += [
            f"## {run['dataset']}: {run['questions']} questions, {run['documents']} documents, "
            f"{run['passages']} passages (mean {run['mean_passage_chars']} characters), "
            f"{run['fixed_chunks']} fixed chunks",
            "",
            f"Chunking: `{json.dumps(run['chunking'], ensure_ascii=False)}`",
            "",
        ]
        rows = [[label, *(f"{values[m]:.4f}" for m in METRICS)] for label, values in run["legs"].items()]
        lines += [md_table(["leg", *METRICS], rows), ""]
        pairs = run.get("paired_mrr@10", {})
        if pairs:
            lines.append(
                "Per question on MRR@10 (wins / losses / ties): "
                + "; ".join(f"{pair} {c['wins']} / {c['losses']} / {c['ties']}" for pair, c in pairs.items())
                + "."
            )
            lines.append("")
    return "\n".join(lines)


def write_results(
    runs: Sequence[Mapping[str, Any]], out: Path, stem: str, command: str, intro: Sequence[str] = INTRO
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    md, js = out / f"{stem}.md", out / f"{stem}.json"
    md.write_text(render(runs, command, intro), encoding="utf-8")
    body = {"command": command, "machine": describe_machine(), "runs": list(runs)}
    js.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return [md, js]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.wholedoc", description=__doc__)
    parser.add_argument(
        "--sets", default=",".join(SETS), help="comma-separated FOLDER or FOLDER/QUERIES_FILE"
    )
    parser.add_argument("--bench", type=Path, default=None, help="benchmark root (default ../shared/bench)")
    parser.add_argument(
        "--chunking", default=None, help="ChunkConfig overrides as JSON, e.g. '{\"max_chars\": 500}'"
    )
    parser.add_argument("--context", default=None, help="passage context (default title+heading)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N questions of each set")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--name", default="wholedoc", help="result file stem (default wholedoc)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    root = args.bench or bench_dir()
    try:
        settings = settings_with(args.chunking, args.context)
        runs = []
        for spec in args.sets.split(","):
            ws, index_dir, seconds = load_set(spec.strip(), root, settings)
            runs.append({**evaluate(ws, index_dir, args.limit), "index_seconds": round(seconds, 1)})
            logger.info("%s: %s", runs[-1]["dataset"], runs[-1]["legs"])
    except ValueError as exc:
        print(f"eval.wholedoc: {exc}", file=sys.stderr)
        return 2
    command = "python -m eval.wholedoc " + " ".join(sys.argv[1:] if argv is None else argv)
    for path in write_results(runs, args.out, args.name, command.strip()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
