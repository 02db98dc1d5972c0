"""The reference row of every evaluation: plain BM25 over character unigrams + bigrams of title + text.

No cleaning, no chunking, no words, no stopwords, rank-bm25's formula with k1 0.9 and b 0.4: the simplest
thing that works on Chinese, measured in the same run, so every report shows what the pipeline adds to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from eval.beir import Dataset
from indexer.segment import TokenizerConfig, tokenize
from indexer.sparse import BM25, BM25Params, top_k

LABEL = "reference"
TOKENS = TokenizerConfig(words=False, chars=True, stopwords=False, user_dict=False)
PARAMS = BM25Params(k1=0.9, b=0.4)


def reference_index(units: Sequence[tuple[str | None, str]]) -> BM25:
    """The reference BM25 over (title, text) units: passages, documents or fixed-size chunks."""
    return BM25.from_tokens([tokenize(f"{title or ''}\n{text}", TOKENS) for title, text in units], PARAMS)


def reference_top(bm25: BM25, query: str, k: int) -> list[int]:
    """Rows of the ``k`` best units for ``query``, best first."""
    rows, _ = top_k(bm25.scores(tokenize(query[:1000], TOKENS)), k)
    return [int(r) for r in rows.tolist()]


def reference_rankings(dataset: Dataset, qids: Sequence[str], k: int) -> dict[str, list[str]]:
    """The ``k`` best corpus ids per query, best first."""
    ids = [doc_id for doc_id, _, _ in dataset.corpus]
    bm25 = reference_index([(title, text) for _, title, text in dataset.corpus])
    return {qid: [ids[r] for r in reference_top(bm25, dataset.queries[qid], k)] for qid in qids}
