"""Preferring candidates: those a test accepts, when one of them is supported (narrow.py,
narrow_number.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from server.answer.units import Unit


def prefer(units: list[Unit], keep: Callable[[Unit], bool], supported: Callable[[Unit], bool]) -> list[Unit]:
    """``units`` that ``keep`` accepts, when a supported one does; else all of them."""
    kept = [u for u in units if keep(u)]
    return kept if any(supported(u) for u in kept) else units


def best_doc(units: Sequence[Unit], supported: Callable[[Unit], bool]) -> str:
    """The document of the best supported candidate ("" when none is)."""
    return next((u.hit.doc_id for u in units if supported(u)), "")
