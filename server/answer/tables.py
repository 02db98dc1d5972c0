"""A table row quoted as an answer says what its figures count only under its column names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from indexer.lines import TABLE_CELL, column_names
from indexer.searcher import Hit
from server.answer.claims import Claim, written_length
from server.answer.columns import table_unit, with_column_units
from server.answer.units import RetrievedTexts


def with_column_names(
    texts: RetrievedTexts, claims: list[Claim], limit: int, hits: Sequence[Hit] = ()
) -> list[Claim]:
    """A claim that is one table row whose bare number takes its unit from a column name (国家级公益林 |
    集体和个人所有 | 16 under 补偿标准（元/亩·年）) is preceded by the table's first row, quoted from the same
    passage — or from the retrieved passage before it (``hits``) when the table runs on across passages:
    the figure alone does not say what it counts. Only while the answer (markers removed) stays within
    ``limit`` characters."""
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        unit = claim.unit
        named = None
        text = texts(unit.hit) if TABLE_CELL in unit.text and "\n" not in unit.text else None
        header = column_names(text, unit.start) if text is not None else None
        if (
            text is not None
            and header
            and with_column_units(header, unit.text, table_unit(text, unit.start, header)) != unit.text
        ):
            at = text.rfind(header, 0, unit.start)
            host = _holding(unit.hit, hits, at, at + len(header))
            quoted = any(c.unit.hit.doc_id == unit.hit.doc_id and c.unit.start == at for c in [*out, *claims])
            if at >= 0 and host is not None and not quoted:
                named = Claim(
                    replace(unit, hit=host, start=at, end=at + len(header), text=header), claim.region
                )
        if named is not None and written_length([*out, named, *claims[i:]], False) <= limit:
            out.append(named)
        out.append(claim)
    return out


def _holding(hit: Hit, hits: Sequence[Hit], start: int, end: int) -> Hit | None:
    """``hit``, or another retrieved passage of its document, holding ``start``..``end`` (a citation's
    passage holds its quote)."""
    for h in (hit, *hits):
        if h.doc_id == hit.doc_id and h.start <= start and end <= h.end:
            return h
    return None
