"""The abstention threshold per encoder, as derived from data by ``python -m eval.calibrate`` and stored in
calibration.json beside this module. A score scale belongs to an encoder (USE cosines spread over 0.1 to 0.8,
E5's sit in 0.7 to 0.9), so an index built with an encoder that was never calibrated falls back to the
default below and logs how to calibrate it.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from server.answer.ranking import HAND_RANKER, Ranker

logger = logging.getLogger(__name__)

CALIBRATION_FILE = Path(__file__).resolve().parent / "calibration.json"
# Used only for an encoder never calibrated: the USE threshold (the one most encoders' lexical part shares).
FALLBACK_THRESHOLD = 0.415


@lru_cache(maxsize=8)
def _table(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def threshold_for(model: str, path: Path = CALIBRATION_FILE) -> float:
    """The calibrated abstention threshold for indexes built with ``model``."""
    entry = _table(path).get(model)
    if isinstance(entry, dict) and isinstance(entry.get("threshold"), int | float):
        return float(entry["threshold"])
    logger.warning(
        "no abstention threshold calibrated for encoder %r; using %s (run python -m eval.calibrate)",
        model,
        FALLBACK_THRESHOLD,
    )
    return FALLBACK_THRESHOLD


def claim_threshold_for(model: str, path: Path = CALIBRATION_FILE) -> float:
    """The support every claim after the first must reach on its own: the calibration's strict cut (the
    highest answering every answerable seed question), else the abstention threshold."""
    entry = _table(path).get(model)
    if isinstance(entry, dict) and isinstance(entry.get("claim_threshold"), int | float):
        return float(entry["claim_threshold"])
    return threshold_for(model, path)


def meaning_threshold_for(model: str, path: Path = CALIBRATION_FILE) -> float | None:
    """The question-sentence similarity (the encoder's cosine) at which a candidate answers however few of
    the question's words it shares: paraphrases (孩子上学 for 子女入学) score low on words,
    high on meaning.
    None (no such path) for an encoder never calibrated."""
    entry = _table(path).get(model)
    if isinstance(entry, dict) and isinstance(entry.get("meaning_threshold"), int | float):
        return float(entry["meaning_threshold"])
    return None


def ranker_for(model: str, path: Path = CALIBRATION_FILE) -> Ranker:
    """The candidate ranker fitted for ``model`` (eval/ranker.py), else the hand-set one."""
    table = _table(path)
    entry = table.get(model)
    if isinstance(entry, dict) and isinstance(entry.get("ranker"), dict):
        return Ranker.from_dict(entry["ranker"])
    # Most features do not depend on the encoder: another encoder's fitted ranker beats the hand-set one.
    for other in table.values():
        if isinstance(other, dict) and isinstance(other.get("ranker"), dict):
            return Ranker.from_dict(other["ranker"])
    return HAND_RANKER


def store_entry(model: str, entry: dict[str, Any], path: Path = CALIBRATION_FILE) -> None:
    """Merge ``entry`` (a threshold or a ranker, with how it was derived) into ``model``'s entry, keeping
    everything else recorded."""
    table = dict(_table(path))
    table[model] = {**table.get(model, {}), **entry}
    path.write_text(json.dumps(table, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    _table.cache_clear()
