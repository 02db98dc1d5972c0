"""Candidate ranking: a linear ranker over the features a candidate claim is scored on (units.Unit, from
scoring.py's words, slot and alignment), fitted (eval/ranker.py) or hand-set; meaning — the cosine of a
candidate with the question, read from the index's sentence vectors or encoded — for the candidates that may
answer; and support, what says the documents answer at all.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from indexer.embed import Encoder
from indexer.normalize import normalize, traditional
from indexer.sentences import sentence_key

if TYPE_CHECKING:
    from server.answer.question import Question
    from server.answer.units import Unit

# What a candidate claim is scored on, in this order (see units.Unit for each).
FEATURES = (
    "lexical",
    "focus",
    "overlap",
    "novelty",
    "slot",
    "lead",
    "passage",
    "position",
    "length",
    "dense",
    "align",
    "near",
)


@dataclass(frozen=True)
class Ranker:
    """A linear scorer over FEATURES. ``softmax``: the weights were fitted (eval/ranker.py) so that, over one
    question's candidates, softmax(score) is the chance each holds the answer; two candidates then compare
    by exp(difference). Otherwise a hand-set weighted sum, compared by ratio."""

    weights: tuple[float, ...]
    softmax: bool = False

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"a ranker needs {len(FEATURES)} weights ({', '.join(FEATURES)})")

    def score(self, unit: Unit) -> float:
        return sum(w * getattr(unit, f) for w, f in zip(self.weights, FEATURES, strict=True))

    def relative(self, score: float, best: float) -> float:
        """How ``score`` compares with the best candidate's, 1.0 for as good."""
        if self.softmax:
            return math.exp(min(0.0, score - best))
        return score / best if best > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"weights": dict(zip(FEATURES, self.weights, strict=True)), "softmax": self.softmax}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Ranker:
        weights = data["weights"]
        return cls(tuple(float(weights.get(f, 0.0)) for f in FEATURES), bool(data.get("softmax", True)))


# Hand-set weights for an encoder without a fitted ranker: words found (0.6), the same with title words
# discounted (0.3), the slot filled (0.15), meaning (0.4).
HAND_RANKER = Ranker((0.6, 0.3, 0.0, 0.0, 0.15, 0.0, 0.0, 0.0, 0.0, 0.4, 0.0, 0.0))


# content keys → float32 rows (NaN where not held), or None when the index holds no sentence vectors
Stored = Callable[[np.ndarray], "np.ndarray | None"]


class VectorCache:
    """Recently encoded sentences: the same passages come back for related questions, and encoding is the
    one step of composition that costs milliseconds."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._rows: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(
        self,
        encoder: Encoder,
        texts: Sequence[str],
        stored: Stored | None = None,
        stored_as: Sequence[str] | None = None,
    ) -> np.ndarray:
        """Vectors of ``texts``: the index's own where it holds the sentence (``stored``: content keys →
        float32 rows, NaN when not held — what the index embedded at build time) or, failing that, its
        ``stored_as`` text (the sentence with the end mark its quote drops: the same meaning), else from this
        cache or the encoder."""
        held: dict[int, np.ndarray] = {}
        for names in (texts, stored_as):
            todo = [i for i in range(len(texts)) if i not in held]
            if stored is None or names is None or not todo:
                break
            rows = stored(np.array([sentence_key(names[i]) for i in todo], dtype=np.int64))
            if rows is None:  # the index holds no sentence vectors
                break
            held.update((i, row) for i, row in zip(todo, rows, strict=True) if not np.isnan(row[0]))
        if len(held) == len(texts):
            return np.stack([held[i] for i in range(len(texts))]) if texts else np.zeros((0, encoder.dim))
        rest = [t for i, t in enumerate(texts) if i not in held]
        fresh = iter(self._encode(encoder, rest))
        return np.stack([held[i] if i in held else next(fresh) for i in range(len(texts))])

    def _encode(self, encoder: Encoder, texts: Sequence[str]) -> np.ndarray:
        keys = [(encoder.name, t) for t in texts]
        with self._lock:
            cached = {k: self._rows[k] for k in keys if k in self._rows}
            for k in cached:
                self._rows.move_to_end(k)
        missing = list(dict.fromkeys(k for k in keys if k not in cached))
        if missing:
            # candidate sentences are passages to the encoder (E5 prefixes them with "passage:")
            fresh = encoder.encode_passages([t for _, t in missing])
            with self._lock:
                for k, row in zip(missing, fresh, strict=True):
                    cached[k] = row
                    self._rows[k] = row
                while len(self._rows) > self.size:
                    self._rows.popitem(last=False)
        return np.stack([cached[k] for k in keys])

    def clear(self) -> None:
        with self._lock:
            self._rows.clear()


VECTORS = VectorCache()


SUPPORT_CANDIDATES = 2


def score_units(
    encoder: Encoder,
    question: Question,
    units: list[Unit],
    ranker: Ranker,
    dense_candidates: int,
    stored: Stored | None = None,
) -> list[Unit]:
    """Add meaning (cosine with the question's vector) for the best candidates by the other features, and
    score every candidate with ``ranker``; best first.

    Only ``dense_candidates`` sentences are embedded (the one costly step); the rest keep dense 0, which only
    lowers candidates that already lost. Region questions also embed every passage's best sentence, since
    each region's claim competes with the others only through the floor.
    """
    if not units:
        return []
    pre = sorted(range(len(units)), key=lambda i: (-ranker.score(units[i]), units[i].rank, units[i].start))
    chosen = pre[:dense_candidates] if dense_candidates else []
    # The abstention decision reads words and meaning: the candidates with the most words found are
    # embedded too, whatever the ranker thinks of them.
    by_words = sorted(range(len(units)), key=lambda i: (-units[i].lexical, units[i].rank, units[i].start))
    chosen += [i for i in by_words[:SUPPORT_CANDIDATES] if i not in chosen and dense_candidates]
    # … and the best candidates holding what the question asks for (a date line under 「三、申报时间」 shares
    # few of its words): without their meaning they could not be supported at all
    if question.slot and dense_candidates:
        chosen += [i for i in pre if units[i].slot and i not in chosen][:SUPPORT_CANDIDATES]
    if question.traditional and chosen:
        # … and, for a question asked in traditional script, those written in it that share as many of its
        # words as the best: the script's page answers before a simplified sentence stating as much
        # (narrow.answering), once its meaning is read (「西和縣的受委託照護人，年齡有什麼要求？」: 第四條 …
        # 不滿70週歲, eval/policy42 c01, blind) — not a heading sharing one word (五、免費開放日:
        # policy11 t03)
        most = max(units[i].lexical for i in chosen)
        alike = [i for i in by_words if units[i].lexical >= most and traditional(units[i].text)]
        chosen += [i for i in alike if i not in chosen][:SUPPORT_CANDIDATES]
    if question.listing:
        best_of: dict[int, int] = {}
        for i in pre:
            best_of.setdefault(units[i].rank, i)
        # … and the one sharing the most of the question's words: the sentence naming 安家补貼 in 仁怀's
        # article was not its best by the ranker (人才是鄉村振興的關鍵), and without meaning it had no claim
        most_words: dict[int, int] = {}
        for i in by_words:
            most_words.setdefault(units[i].rank, i)
        chosen += [i for i in dict.fromkeys([*best_of.values(), *most_words.values()]) if i not in chosen]
    qvec = question.query.vector
    dense = [0.0] * len(units)
    if chosen and qvec is not None:
        texts = [normalize(units[i].sentence or units[i].text) for i in chosen]
        whole = [normalize(units[i].whole or units[i].sentence or units[i].text) for i in chosen]
        vectors = VECTORS.encode(encoder, texts, stored, whole)  # most sentences were embedded at index time
        # An encoder that declares its informative cosine band (E5: unrelated pairs already near 0.8) is
        # rescaled to it, so the dense feature means the same whatever the encoder.
        lo, hi = getattr(encoder, "cosine_band", (0.0, 1.0))
        sims = np.clip((vectors @ qvec - lo) / (hi - lo), 0.0, 1.0).tolist()
        for i, sim in zip(chosen, sims, strict=True):
            dense[i] = float(sim)
    out = []
    for u, sim in zip(units, dense, strict=True):
        u = replace(u, dense=sim)
        out.append(replace(u, score=ranker.score(u)))
    out.sort(key=lambda u: (-u.score, u.rank, u.start))
    return out


def support(unit: Unit, lexical_weight: float, dense_weight: float, context_weight: float = 0.0) -> float:
    """What says the documents answer the question: words found and meaning, nothing ranking-specific.

    Words count in the unit itself or, at ``context_weight``, in its passage with its title: the sentence
    that answers often names its subject only as 他 / 该 / 其, the passage around it names it."""
    words = max(unit.lexical, context_weight * unit.context)
    return lexical_weight * words + dense_weight * unit.dense
