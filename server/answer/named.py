"""What a question names beside the words it shares with the documents, for the narrowing of candidates
(narrow.py): a table by its kind (「…禁牧补助花名册上合计发了多少钱?」 asks the 花名册, not the 方案 whose row
is labelled 禁牧补助), a batch (第一批), and a table's row by its label (游泳)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.lines import TABLE_CELL
from indexer.normalize import normalize
from server.answer.question import Question
from server.answer.stated import named_row
from server.answer.units import Unit

_TABLE_KIND = re.compile(r"花名册|分配表|汇总表|一览表|明细表|统计表|名册|名单|清单")
_BATCH = re.compile(r"第[一二三四五六七八九十\d]{1,3}批")


def named_table(question: Question, units: Sequence[Unit]) -> set[str]:
    """The one document among the candidates' whose title names a kind of table the question names (its
    花名册's 合计 answers, eval/policy31 n14, blind); empty when none or several do."""
    kinds = set(_TABLE_KIND.findall(question.norm))
    titled = {u.hit.doc_id for u in units if any(k in (u.hit.document.title or "") for k in kinds)}
    return titled if kinds and len(titled) == 1 else set()


def named_batch(question: Question) -> str:
    """The batch a question names (「通山县2026年第一批档案数字化补助资金一共分了多少?」 → 第一批), or ""."""
    found = _BATCH.search(question.norm)
    return found.group(0) if found else ""


def in_batch(unit: Unit, batch: str) -> bool:
    """The unit's document or passage names the batch: the 第一批 分配表's 合计, not a reply's reckoning of
    one village's sum (eval/policy30 n13, blind)."""
    return batch in normalize(f"{unit.hit.document.title or ''}\n{unit.hit.text}")


def without_unnamed_rows(units: Sequence[Unit], question: Question) -> list[Unit]:
    """Of a table's rows, the one the question names by its label (「…游泳招多少人?」: 游泳 | 招生名额: 200名,
    not 篮球 | 招生名额: 120名 ranked above it; eval/policy30 n21, blind): the table's other rows leave the
    candidates; a table the question names no row of keeps them all."""
    named = {id(u) for u in units if named_row(u, question.norm)}
    tables = {_passage(u) for u in units if id(u) in named}
    return [u for u in units if TABLE_CELL not in u.text or _passage(u) not in tables or id(u) in named]


def _passage(unit: Unit) -> tuple[str, int]:
    return unit.hit.doc_id, unit.hit.start
