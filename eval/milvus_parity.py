"""Recall parity of the Milvus backend with the embedded one on a BEIR folder (choose the sparse design).

For one data set: the cached evaluation index (eval/beir.py) is imported into a fresh Milvus collection
without re-embedding, both backends answer every query with the same precomputed query vectors, and the
report gives per mode Recall@1 / S@1 / MRR@10 of each backend and their top-10 overlap. A third variant
measures Milvus's own BM25 function (server-side jieba analyzer over the normalised passage text) and
`hybrid_search` with its RRF and weighted rankers — the alternative to client-computed sparse vectors.

    python -m eval.milvus_parity --dataset ../shared/bench/cmrc2018 [--uri http://...]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np

from eval.beir import Dataset, QueryCache, cached_encoder, ensure_index, load_dataset, run_modes
from eval.metrics import dedupe, query_metrics
from eval.milvus_server import lite_server
from indexer.build import prepare
from indexer.ingest import passage_contexts
from indexer.milvus_collections import Collections
from indexer.milvus_rebuild import import_index
from indexer.milvus_retrieve import MilvusRetriever
from indexer.milvus_store import MilvusConfig
from indexer.normalize import normalize
from indexer.retrieve import MODES, Retriever
from indexer.settings import DEFAULTS, PROJECT_ROOT, IndexSettings
from indexer.store import IndexData, read_index

RESULTS = PROJECT_ROOT / "eval" / "results"
K = 20  # hits per query, as eval/beir.py run_modes asks


def success_at_1(rankings: dict[str, list[str]], qrels: dict[str, set[str]]) -> float:
    return round(float(np.mean([bool(r) and r[0] in qrels[q] for q, r in rankings.items()])), 4)


def overlap_at_10(a: dict[str, list[str]], b: dict[str, list[str]]) -> float:
    """Mean share of the embedded top 10 documents (distinct, in rank order) that the other backend also
    ranks in its top 10 (passages of one document count once: no penalty for repeated ids)."""
    shares = []
    for q in a:
        top_a, top_b = dedupe(a[q])[:10], dedupe(b[q])[:10]
        shares.append(len(set(top_a) & set(top_b)) / max(1, len(top_a)))
    return round(float(np.mean(shares)), 4)


def summarise(result: dict[str, Any], dataset: Dataset, labels: Sequence[str]) -> dict[str, dict[str, float]]:
    out = {}
    for label in labels:
        m = result["modes"][label]
        out[label] = {
            "recall@1": m["recall@1"],
            "s@1": success_at_1(result["rankings"][label], dataset.qrels),
            "mrr@10": m["mrr@10"],
            "ms_per_query": result["ms_per_query"][label],
        }
    return out


def context_texts(data: IndexData, dataset: Dataset, settings: IndexSettings) -> list[str]:
    """The text each stored passage was tokenised and embedded as (title and heading first)."""
    by_id = {doc_id: (title, text) for doc_id, title, text in dataset.corpus}
    out = []
    cache: dict[str, Any] = {}
    for row in range(data.passages):
        doc = data.documents[int(data.doc_rows[row])]
        if doc.doc_id not in cache:
            title, raw = by_id[doc.doc_id]
            cache[doc.doc_id] = prepare(raw, doc.doc_id, settings, title=title)
        prepared = cache[doc.doc_id]
        contexts = passage_contexts(settings, prepared.meta.title, prepared.text, prepared.spans)
        out.append(contexts[int(data.ordinals[row])])
    return out


def function_variant(
    client: Any, name: str, data: IndexData, dataset: Dataset, cache: QueryCache, settings: IndexSettings
) -> dict[str, Any]:
    """Milvus's BM25 function with the jieba tokenizer, alone and fused with dense by hybrid_search."""
    from pymilvus import (
        AnnSearchRequest,
        DataType,
        Function,
        FunctionType,
        MilvusClient,
        RRFRanker,
        WeightedRanker,
    )

    texts = [normalize(t) for t in context_texts(data, dataset, settings)]
    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("pk", DataType.INT64, is_primary=True)
    schema.add_field("doc_id", DataType.VARCHAR, max_length=256)
    schema.add_field(
        "text",
        DataType.VARCHAR,
        max_length=65535,
        enable_analyzer=True,
        analyzer_params={"tokenizer": "jieba"},
    )
    schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=data.vectors.shape[1])
    schema.add_function(
        Function(
            name="bm25",
            function_type=FunctionType.BM25,
            input_field_names=["text"],
            output_field_names=["sparse"],
        )
    )
    ip = client.prepare_index_params()
    ip.add_index(
        "sparse",
        index_type="SPARSE_INVERTED_INDEX",
        metric_type="BM25",
        params={"bm25_k1": settings.bm25.k1, "bm25_b": settings.bm25.b},
    )
    ip.add_index("vector", index_type="FLAT", metric_type="IP")
    if client.has_collection(name):
        client.drop_collection(name)
    client.create_collection(name, schema=schema, index_params=ip, consistency_level="Strong")
    started = time.perf_counter()
    rows = [
        {
            "pk": row,
            "doc_id": data.documents[int(data.doc_rows[row])].doc_id,
            "text": texts[row],
            "vector": np.asarray(data.vectors[row], np.float32).tolist(),
        }
        for row in range(data.passages)
    ]
    for lo in range(0, len(rows), 500):
        client.insert(name, rows[lo : lo + 500])
    client.flush(name)  # sealed segments keep their sparse index; unsealed rows are re-indexed per search
    insert_seconds = time.perf_counter() - started
    runs: dict[str, dict[str, list[str]]] = {"bm25": {}, "hybrid_rrf": {}, "hybrid_weighted": {}}
    for qid, query in dataset.queries.items():
        q = normalize(query[:1000].strip())
        res = client.search(
            name,
            data=[q],
            anns_field="sparse",
            limit=K,
            output_fields=["doc_id"],
            search_params={"metric_type": "BM25"},
        )
        runs["bm25"][qid] = [h["entity"]["doc_id"] for h in res[0]]
        qvec = cache.encode_queries([q])[0].tolist()
        reqs = [
            AnnSearchRequest(data=[q], anns_field="sparse", param={"metric_type": "BM25"}, limit=100),
            AnnSearchRequest(data=[qvec], anns_field="vector", param={"metric_type": "IP"}, limit=100),
        ]
        for label, ranker in (("hybrid_rrf", RRFRanker(60)), ("hybrid_weighted", WeightedRanker(0.6, 0.4))):
            res = client.hybrid_search(name, reqs, ranker, limit=K, output_fields=["doc_id"])
            runs[label][qid] = [h["entity"]["doc_id"] for h in res[0]]
    client.drop_collection(name)
    out: dict[str, Any] = {"insert_seconds": round(insert_seconds, 2)}
    for label, rankings in runs.items():
        per_query = [query_metrics(r, dataset.qrels[q]) for q, r in rankings.items()]
        out[label] = {
            "recall@1": round(float(np.mean([m["recall@1"] for m in per_query])), 4),
            "s@1": success_at_1({q: r for q, r in rankings.items()}, dataset.qrels),
            "mrr@10": round(float(np.mean([m["mrr@10"] for m in per_query])), 4),
        }
    return out


def parity(
    folder: Path, queries: Path | None, uri: str, limit: int | None = None, with_function: bool = True
) -> dict[str, Any]:
    dataset = load_dataset(folder, queries)
    if limit:
        dataset = Dataset(
            dataset.name, dataset.corpus, dict(list(dataset.queries.items())[:limit]), dataset.qrels
        )
    index_dir = ensure_index(folder, dataset, DEFAULTS, progress=False)
    data = read_index(index_dir)
    settings = IndexSettings.from_manifest(data.settings)
    inner = cached_encoder(settings.model)  # query vectors from the evaluation cache, never re-encoded
    cache = QueryCache(inner)
    cache.prime(list(dataset.queries.values()))
    name = "parity_" + "".join(c if c.isalnum() else "_" for c in dataset.name)
    config = MilvusConfig(uri=uri, collection=name)
    cols = Collections(config)
    cols.drop()
    started = time.perf_counter()
    import_index(cols, data)
    import_seconds = time.perf_counter() - started
    embedded = Retriever(index_dir, encoder=cache)
    milvus = MilvusRetriever(config, encoder=cache, client=cols.client)
    res_e = run_modes(embedded, dataset, MODES)
    res_m = run_modes(cast(Retriever, milvus), dataset, MODES)  # run_modes only calls search and settings
    function = (
        function_variant(cols.client, name + "_fn", data, dataset, cache, settings) if with_function else {}
    )
    cols.drop()
    return {
        "dataset": dataset.name,
        "queries": len(dataset.queries),
        "passages": data.passages,
        "model": settings.model,
        "fusion": settings.fusion.to_dict(),
        "import_seconds": round(import_seconds, 2),
        "embedded": summarise(res_e, dataset, MODES),
        "milvus": summarise(res_m, dataset, MODES),
        "top10_overlap": {m: overlap_at_10(res_e["rankings"][m], res_m["rankings"][m]) for m in MODES},
        "milvus_bm25_function": function,
    }


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, action="append", required=True)
    parser.add_argument("--queries", type=Path, default=None)
    parser.add_argument("--uri", default=None, help="a running Milvus; default: start milvus-lite")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-function", action="store_true", help="skip the BM25-function variant")
    parser.add_argument("--out", type=Path, default=RESULTS / "milvus-parity.json")
    args = parser.parse_args(argv)
    results = json.loads(args.out.read_text()) if args.out.exists() else {}
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        uri = args.uri or stack.enter_context(lite_server(Path(tmp))).uri
        for folder in args.dataset:
            result = parity(folder, args.queries, uri, args.limit, not args.no_function)
            results[result["dataset"]] = result
            print(json.dumps(result, ensure_ascii=False))
            args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
