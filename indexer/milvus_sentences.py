"""Dense at sentence grain on Milvus (indexer/sentences.py): ``<name>_sentences`` holds every passage
sentence's vector under its content key (`indexer.sentences.sentence_key`), with the number of passage
occurrences holding it — the embedded backend's `SentenceVectors`, row for row: with the settings'
DenseConfig.sentence_units, the sentences answer composition reads alone too (`stored_texts`), looked up
through `MilvusRetriever.stored_sentences` as the embedded store's are.

Vectors are stored float16-rounded (as float32: Milvus has no half vectors on 2.5), so a sentence's cosine is
the embedded backend's to the last bit and both backends rank identically. A passage's sentences are those
of its stored text (the ``text`` field), on writes and at query time alike.

A write (indexer/milvus_write.py) raises the counts of the sentences its new passages hold before they are
inserted, and lowers those of the passages it removes after they are deleted: a writer killed in between
leaves counts too high, never too low. A row whose count is too high, or that no passage holds, is harmless
(it is content-addressed: looked up only for a passage holding exactly that sentence, whose vector it is);
`rebuild_stats` recounts and drops it. A missing row only degrades that passage to its own cosine
(`best_cosines` gives NaN, `sentence_stage` falls back).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from indexer.embed import Encoder
from indexer.milvus_collections import Collections
from indexer.milvus_store import chunks, in_list
from indexer.pipeline import EMBED_BATCH
from indexer.sentences import DTYPE, keyed_sentences, stored_keys_of

FETCH = 5000  # keys per `pk in [...]` query
ALL = "count >= 0"  # every row (keys are signed: `pk >= 0` would miss half)


def rounded(vectors: np.ndarray) -> np.ndarray:
    """Vectors as the embedded store keeps them (float16), widened back to float32 for Milvus."""
    return np.asarray(vectors, dtype=DTYPE).astype(np.float32)


def fetch(cols: Collections, keys: Iterable[int], vectors: bool) -> dict[int, dict[str, Any]]:
    """The rows held for ``keys`` (pk, count and, with ``vectors``, vector), by key."""
    fields = ["pk", "count", *(["vector"] if vectors else [])]
    out: dict[int, dict[str, Any]] = {}
    for part in chunks(sorted(set(keys)), FETCH):
        rows = cols.client.query(
            cols.config.sentences, filter=f"pk in {in_list(part)}", output_fields=fields, **cols.read
        )
        out.update((int(r["pk"]), r) for r in rows)
    return out


def lookup(cols: Collections, keys: np.ndarray, dim: int) -> np.ndarray:
    """`indexer.sentences.best_cosines`' lookup: float32 rows of ``keys``, NaN rows for keys not held."""
    held = fetch(cols, keys.tolist(), vectors=True)
    out = np.full((len(keys), dim), np.nan, dtype=np.float32)
    for i, key in enumerate(keys.tolist()):
        row = held.get(int(key))
        if row is not None:
            out[i] = np.asarray(row["vector"], dtype=np.float32)
    return out


def embed(encoder: Encoder, keyed: Sequence[tuple[int, str]]) -> dict[int, np.ndarray]:
    """Vectors of (key, text) sentences, in batches as indexer/pipeline.py `Batch` embeds them."""
    out: dict[int, np.ndarray] = {}
    for lo in range(0, len(keyed), EMBED_BATCH):
        part = keyed[lo : lo + EMBED_BATCH]
        vectors = rounded(encoder.encode_passages([t for _, t in part]))
        out.update(zip((k for k, _ in part), vectors, strict=True))
    return out


def embed_missing(
    cols: Collections, bodies: Iterable[str], encoder: Encoder, units: bool
) -> dict[int, np.ndarray]:
    """Vectors of the sentences of ``bodies`` (``units``: composition's too, `stored_texts`) the collection
    does not hold yet (none: an index without sentence vectors). Called before a write takes the writer
    lease, so embedding never holds it."""
    if not cols.has_sentences():
        return {}
    texts: dict[int, str] = {}
    for body in bodies:
        for key, text in keyed_sentences(body, units):
            texts.setdefault(key, text)
    held = fetch(cols, texts, vectors=False)
    return embed(encoder, [(k, t) for k, t in texts.items() if k not in held])


@dataclass
class Recount:
    """One write's sentence count changes, applied in two steps around the passage writes."""

    added: Counter[int]
    removed: Counter[int]
    before: dict[int, dict[str, Any]]  # rows held when the write began (under the writer lease)
    texts: dict[int, str]
    vectors: dict[int, np.ndarray] = field(default_factory=dict)  # of every row the write keeps or makes
    raised: dict[int, int] = field(default_factory=dict)  # counts after the first step
    created: int = 0
    deleted: int = 0


def plan(cols: Collections, added: Sequence[str], removed: Sequence[str], units: bool) -> Recount:
    """The count changes of adding passages with bodies ``added`` and removing those of ``removed`` (their
    `stored_texts`, composition's sentences too with ``units``)."""
    texts: dict[int, str] = {}
    plus: Counter[int] = Counter()
    for body in added:
        for key, text in keyed_sentences(body, units):
            plus[key] += 1
            texts.setdefault(key, text)
    minus = Counter(k for body in removed for k in stored_keys_of(body, units))
    return Recount(plus, minus, fetch(cols, set(plus) | set(minus), vectors=True), texts)


def raise_counts(
    cols: Collections, recount: Recount, known: Mapping[int, np.ndarray], encoder: Encoder | None
) -> None:
    """First step, before the new passages are inserted: every added sentence's count raised (its row made
    with its vector from ``known``, else embedded with ``encoder`` — a sentence another writer removed
    since ``known`` was made; without one the sentence gets no row)."""
    missing = [(k, recount.texts[k]) for k in recount.added if k not in recount.before and k not in known]
    late = embed(encoder, missing) if encoder is not None else {}
    rows = []
    for key, n in recount.added.items():
        row = recount.before.get(key)
        if row is not None:
            vector = np.asarray(row["vector"], dtype=np.float32)
        elif key in known or key in late:
            vector = rounded(known[key] if key in known else late[key])
            recount.created += 1
        else:
            continue
        count = (int(row["count"]) if row is not None else 0) + n
        recount.vectors[key], recount.raised[key] = vector, count
        rows.append({"pk": key, "count": count, "vector": vector})
    for part in chunks(rows, cols.config.batch):
        cols.client.upsert(cols.config.sentences, list(part))


def lower_counts(cols: Collections, recount: Recount) -> None:
    """Second step, after the removed passages are deleted: the removed sentences' counts lowered, rows no
    passage holds any more deleted (occurrences of a sentence without a row are ignored, as
    `SentenceVectors.removed` does)."""
    rows, gone = [], []
    for key, n in recount.removed.items():
        row = recount.before.get(key)
        if row is None and key not in recount.raised:
            continue
        before = int(row["count"]) if row is not None else 0
        now = recount.raised.get(key, before)
        final = max(before - n, 0) + (recount.added[key] if key in recount.raised else 0)
        if final <= 0:
            gone.append(key)
        elif final != now:
            vector = recount.vectors.get(key)
            if vector is None:
                assert row is not None
                vector = np.asarray(row["vector"], dtype=np.float32)
            rows.append({"pk": key, "count": final, "vector": vector})
    for part in chunks(rows, cols.config.batch):
        cols.client.upsert(cols.config.sentences, list(part))
    for part in chunks(gone, 1000):
        cols.client.delete(cols.config.sentences, filter=f"pk in {in_list(part)}")
    recount.deleted = len(gone)


def recount_all(cols: Collections, bodies: Iterable[str], units: bool) -> int:
    """Counts recomputed from every stored passage body (after a killed writer; ``units``: as `plan`): rows
    whose count is off rewritten, rows no passage holds deleted. Returns the rows kept. Sentences without a
    row stay without (no encoder here): those passages rank by their own cosine until re-added."""
    truth = Counter(k for body in bodies for k in stored_keys_of(body, units))
    rows = cols.query_all(cols.config.sentences, ALL, ["pk", "count"])
    stored = {int(r["pk"]): int(r["count"]) for r in rows}
    gone = [k for k in stored if truth[k] == 0]
    off = [k for k, n in stored.items() if truth[k] and truth[k] != n]
    if off:
        held = fetch(cols, off, vectors=True)
        rows = [{"pk": k, "count": truth[k], "vector": held[k]["vector"]} for k in off if k in held]
        for part in chunks(rows, cols.config.batch):
            cols.client.upsert(cols.config.sentences, list(part))
    for part in chunks(gone, 1000):
        cols.client.delete(cols.config.sentences, filter=f"pk in {in_list(part)}")
    return len(stored) - len(gone)
