"""Compare two embedded indexes as a user would: the same documents (ids, metadata, clean text), the same
passages (ids, offsets, text, vectors) and the same rankings (BM25 statistics included). Used after killing
`citeqa index` again and again, against a clean build of the same folder.

    python -m eval.probe_messy.compare_index INDEX_A INDEX_B
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from indexer.backend import StoreConfig, open_retriever
from indexer.contents import IndexData
from indexer.store import read_index


def _passages(data: IndexData) -> dict[str, tuple[int, int, str, np.ndarray]]:
    return {
        data.passage_id(row): (
            int(data.starts[row]),
            int(data.ends[row]),
            data.passage_text(row),
            data.vectors[row],
        )
        for row in range(data.passages)
    }


def compare(a: Path, b: Path, queries: int = 40) -> list[str]:
    """Every difference between the indexes at ``a`` and ``b`` (empty: the same to a user)."""
    da, db = read_index(a, verify="full"), read_index(b, verify="full")
    problems: list[str] = []
    docs_a = {d.doc_id: (d.to_dict(), da.texts[i]) for i, d in enumerate(da.documents)}
    docs_b = {d.doc_id: (d.to_dict(), db.texts[i]) for i, d in enumerate(db.documents)}
    if set(docs_a) != set(docs_b):
        problems.append(
            f"documents: only in A {sorted(set(docs_a) - set(docs_b))[:10]}, "
            f"only in B {sorted(set(docs_b) - set(docs_a))[:10]}"
        )
    for doc_id in sorted(set(docs_a) & set(docs_b)):
        (meta_a, text_a), (meta_b, text_b) = docs_a[doc_id], docs_b[doc_id]
        if meta_a != meta_b:
            diff = {k: (meta_a[k], meta_b.get(k)) for k in meta_a if meta_a[k] != meta_b.get(k)}
            problems.append(f"{doc_id}: metadata differs {diff}")
        if text_a != text_b:
            problems.append(f"{doc_id}: clean text differs")
    pa, pb = _passages(da), _passages(db)
    if set(pa) != set(pb):
        problems.append(
            f"passages: only in A {sorted(set(pa) - set(pb))[:10]}, "
            f"only in B {sorted(set(pb) - set(pa))[:10]}"
        )
    for pid in sorted(set(pa) & set(pb)):
        if pa[pid][:3] != pb[pid][:3]:
            problems.append(f"{pid}: offsets or text differ {pa[pid][:2]} vs {pb[pid][:2]}")
        elif not np.allclose(pa[pid][3], pb[pid][3], atol=1e-5):
            problems.append(f"{pid}: vector differs")
    problems += _rankings(
        a, b, [da.passage_text(r)[:24] for r in range(0, da.passages, max(1, da.passages // queries))]
    )
    return problems


def _rankings(a: Path, b: Path, texts: list[str]) -> list[str]:
    ra = open_retriever(StoreConfig(index_dir=a))
    rb = open_retriever(StoreConfig(index_dir=b))
    problems: list[str] = []
    for text in texts:
        if not text.strip():
            continue
        for mode in ("bm25", "hybrid"):
            try:
                ha, hb = ra.search(text, k=5, mode=mode), rb.search(text, k=5, mode=mode)
            except ValueError:
                continue  # a passage start that is no query (punctuation alone)
            got: list[Any] = [(h.passage_id, round(h.score, 4)) for h in ha]
            want: list[Any] = [(h.passage_id, round(h.score, 4)) for h in hb]
            if got != want:
                problems.append(f"{mode} {text!r}: {got} vs {want}")
    return problems


if __name__ == "__main__":
    found = compare(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(found[:40]) or "same documents, passages, vectors and rankings")
    print(f"{len(found)} differences")
    sys.exit(1 if found else 0)
