"""`python -m eval.policy_retrieval`: retrieval on the policy collections, measured as issue 13 measures its
held-out policy set — whole documents indexed as users index them, a passage *hit* when it comes from the
question's gold document and contains its expected figure.

The collections (eval/policy … eval/policy9, eval/policy_set.py) are folders of messy files with questions
written as analysts and citizens ask; each question names its gold file(s) (``doc``) and the strings a right
answer holds (``keys``). Here every answerable question with keys and a gold file is asked of the index
`citeqa index` builds of the folder, per leg (bm25, dense, hybrid), with the two reference rows of
eval/wholedoc.py measured in the same run: plain character uni+bigram BM25 (k1 0.9, b 0.4) over fixed
500-character chunks of the same clean documents, and over our passages. Questions listing regions (their
answer spans documents) and unanswerable ones are left out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from eval.beir import cached_encoder
from eval.policy_set import SETS
from eval.quality import settings_with
from eval.report import RESULTS
from eval.run import parse_fusion
from eval.wholedoc import K, WholeDocSet, evaluate, mean, score, write_results
from indexer.archive import ARCHIVE_SUFFIXES
from indexer.build import index_paths
from indexer.fuse import FusionConfig
from indexer.normalize import normalize
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS, PROJECT_ROOT, IndexSettings
from indexer.store import read_index

INTRO = (
    "# Retrieval on the policy collections, documents as users index them",
    "",
    "Each collection of eval/policy … eval/policy9 indexed as `citeqa index` indexes a folder "
    "(eval/policy_retrieval.py); its answerable questions with a gold file and expected figures (``keys``), "
    "region listings and unanswerable ones left out. The gold document's answer strings are the keys. "
    "Beside the default hybrid, the hybrid with the sentence stage on (its default until 2026-12-02).",
)
STAGE_DEPTH = 10
STAGE_LABEL = f"hybrid + sentence stage (top {STAGE_DEPTH})"
# a note after the path: 「… .html (+ 下载/ copy)」, 「… .pdf (traditional)」
_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
# a browser's copy of a download: 通知(1).html
_COPY = re.compile(r"\(\d+\)$")


def stem(path: str) -> str:
    """A file's name without folder, extension, or a download's (1)."""
    name = Path(path.strip()).name
    for _ in range(2):  # 附件.docx.html, 报告.txt~ …: a doubled extension
        if "." in name:
            name = name.rsplit(".", 1)[0]
    return _COPY.sub("", name).strip()


def gold_stems(doc: str) -> set[str]:
    """The gold files a question's ``doc`` field names (「a.html | 新闻/b.html (+ 下载/ copy)」)."""
    return {stem(_NOTE.sub("", part)) for part in doc.split("|") if part.strip() and part.strip() != "-"}


def load_set(name: str, index_dir: Path) -> WholeDocSet:
    """The collection's answerable, keyed questions over the documents of ``index_dir``."""
    data = read_index(index_dir)
    documents = [(d.doc_id, d.title or "", text) for d, text in zip(data.documents, data.texts, strict=True)]
    by_stem: dict[str, set[str]] = {}
    for d in data.documents:
        # (a member of an archive is its archive's too: a question's gold may name 申报材料.7z)
        archives = [stem(part) for part in (d.path or "").split("/")[:-1] if part.endswith(ARCHIVE_SUFFIXES)]
        for key in (stem(d.path or ""), (d.title or "").strip(), *archives):
            if key:
                by_stem.setdefault(key, set()).add(d.doc_id)
    questions: dict[str, str] = {}
    gold: dict[str, frozenset[str]] = {}
    answers: dict[str, tuple[str, ...]] = {}
    folder = PROJECT_ROOT / "eval" / name
    for line in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if q["kind"] in ("unanswerable", "regions") or not q.get("keys") or q.get("regions"):
            continue
        docs = frozenset(d for s in gold_stems(q.get("doc", "")) for d in by_stem.get(s, ()))
        if not docs:
            print(
                f"eval.policy_retrieval: {name} {q['id']}: no indexed document for {q['doc']!r}",
                file=sys.stderr,
            )
            continue
        questions[q["id"]] = q["question"]
        gold[q["id"]] = docs
        answers[q["id"]] = tuple(dict.fromkeys(n for k in q["keys"] if (n := normalize(k))))
    return WholeDocSet(name, documents, questions, gold, answers)


def build(name: str, index_dir: Path, settings: IndexSettings) -> None:
    """Index the collection's folder as `citeqa index` does (duplicates stored once), its vectors through the
    evaluation cache (eval/embcache.py): a second run, or another chunking, embeds only new texts."""
    encoder = cached_encoder(settings.model)
    docs = PROJECT_ROOT / "eval" / name / "docs"
    report = index_paths([docs], index_dir, lambda _: encoder, settings, rebuild=True)
    encoder.save()
    print(f"{name}: {report.documents} documents, {report.passages} passages", file=sys.stderr)


def run(
    names: Sequence[str],
    root: Path,
    settings: IndexSettings = DEFAULTS,
    variants: Mapping[str, FusionConfig] | None = None,
) -> list[dict[str, Any]]:
    """Each collection's legs, the hybrid with the sentence stage, and a hybrid row per ``variants`` label
    (its fusion settings)."""
    runs = []
    for name in names:
        index_dir = root / name
        if not (index_dir / "manifest.json").exists():
            build(name, index_dir, settings)
        ws = load_set(name, index_dir)
        result = evaluate(ws, index_dir)
        # beside the default, the hybrid with the sentence stage on (as chosen on the bench sets: top 10)
        retriever = Retriever(index_dir)
        stage = replace(retriever.settings.fusion, sentence_dense_depth=STAGE_DEPTH)
        configs = {"hybrid": retriever.settings.fusion, STAGE_LABEL: stage, **(variants or {})}
        result["fusion"] = {label: config.to_dict() for label, config in configs.items()}
        for label, fusion in list(configs.items())[1:]:
            per_q = {
                q: score(
                    [(h.doc_id, h.text) for h in retriever.search(text, K, "hybrid", fusion=fusion)],
                    ws.gold[q],
                    ws.answers[q],
                )
                for q, text in ws.questions.items()
            }
            result["legs"][label] = mean(per_q)
        runs.append(result)
        print(name, json.dumps(runs[-1]["legs"], ensure_ascii=False), file=sys.stderr)
    return runs


def pooled(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Every collection's questions together (means weighted by question count)."""
    total = sum(r["questions"] for r in runs)
    legs = {
        leg: {m: round(sum(r["legs"][leg][m] * r["questions"] for r in runs) / total, 4) for m in values}
        for leg, values in runs[0]["legs"].items()
    }
    return {
        "dataset": "all policy collections",
        "documents": sum(r["documents"] for r in runs),
        "indexed_documents": sum(r["indexed_documents"] for r in runs),
        "questions": total,
        "passages": sum(r["passages"] for r in runs),
        "mean_passage_chars": round(
            sum(r["mean_passage_chars"] * r["passages"] for r in runs) / sum(r["passages"] for r in runs), 1
        ),
        "fixed_chunks": sum(r["fixed_chunks"] for r in runs),
        "chunking": runs[0]["chunking"],
        "fusion": runs[0]["fusion"],
        "legs": legs,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.policy_retrieval", description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated collections")
    parser.add_argument("--index-root", type=Path, default=None, help="keep (and reuse) the indexes here")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--name", default="policy-retrieval", help="result file stem")
    parser.add_argument(
        "--chunking", default=None, help="ChunkConfig overrides as JSON, e.g. '{\"min_chars\": 150}'"
    )
    parser.add_argument("--context", default=None, help="passage context, e.g. title+heading")
    parser.add_argument(
        "--fusion",
        action="append",
        default=[],
        metavar="LABEL=JSON",
        help="an extra hybrid row, e.g. 'at0={\"answer_type_weight\": 0}' (repeatable)",
    )
    args = parser.parse_args(argv)
    names = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(
            f"eval.policy_retrieval: unknown collection {unknown[0]!r}; use some of {', '.join(SETS)}",
            file=sys.stderr,
        )
        return 2
    try:
        settings = settings_with(args.chunking, args.context)
        variants: dict[str, FusionConfig] = {}
        for spec in args.fusion:
            label, sep, text = spec.partition("=")
            config = parse_fusion(text) if sep else None
            if config is None or not label.strip():
                raise ValueError(
                    f"--fusion {spec!r}: write LABEL=JSON, e.g. 'at0={{\"answer_type_weight\": 0}}'"
                )
            variants[label.strip()] = config
    except ValueError as exc:
        print(f"eval.policy_retrieval: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="citeqa-policy-retrieval-") as tmp:
        runs = run(names, args.index_root or Path(tmp), settings, variants)
    runs = [pooled(runs), *runs] if len(runs) > 1 else runs
    command = "python -m eval.policy_retrieval " + " ".join(sys.argv[1:] if argv is None else argv)
    for path in write_results(runs, args.out, args.name, command.strip(), INTRO):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
