"""Documents no longer in force among those retrieved: an answer quotes the rule in force, not the one it
replaced, when both were retrieved and the titles do not say which is which (…收费标准的通知 beside
关于调整…收费标准的通知; titles naming their editions are read in indexer/rerank.py).

A document is void when another retrieved one repeals it by name — 《关于公办幼儿园保育教育费收费标准的通知》
（正发改价[2021]11号）同时废止 — the repealed one holding that document number (or, the number left out,
its title holding the name and its date before the repealing one's); or when its own page marks it so
(效力状态：失效, 有效性：已废止 in a government site's metadata grid) and another retrieved document is
titled as the same rule. 与《…办法》同时失效 (a 细则 expiring with its 办法) repeals nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from indexer.normalize import normalize
from indexer.searcher import Hit

# 《名称》（文号）同时废止 / 予以废止 / 废止, as written (either script, either width: a whole document
# is never normalised for it on a question's path); not 与《…》同时废止 (ends together with it)
_REPEALS = re.compile(
    r"(?<![与與])《([^《》]{4,80})》\s*(?:[(（]([^()（）]{2,30})[)）])?\s*(?:同[时時]|予以|一[并併])?[废廢]止"
)
# a page's metadata field: 效力状态： | 失效, 有 效 性：已废止, 时效性：失效
_STATUS = re.compile(
    r"(?:效\s*力\s*[状狀]\s*[态態]|有\s*效\s*性|[时時]\s*效\s*性)\s*[:：]?\s*\|?\s*(?:已\s*)?"
    r"(?:失\s*效|[废廢]\s*止)"
)
_HEAD = 1500  # how far into a document its metadata grid is looked for
SAME_RULE = 0.6  # titles sharing this share of the shorter one's character pairs name the same rule


def _pairs(title: str) -> set[str]:
    norm = re.sub(r"[\s《》()\-—_|]", "", normalize(title))
    return {norm[i : i + 2] for i in range(len(norm) - 1)}


def _same_rule(a: str, b: str) -> bool:
    pa, pb = _pairs(a), _pairs(b)
    return bool(pa and pb) and len(pa & pb) >= SAME_RULE * min(len(pa), len(pb))


def void_documents(hits: Sequence[Hit], text_of: Callable[[Hit], str | None]) -> set[str]:
    """The doc_ids among ``hits`` that are no longer in force (see the module's docstring)."""
    first: dict[str, Hit] = {}
    for hit in hits:
        first.setdefault(hit.doc_id, hit)
    if len(first) < 2:
        return set()
    texts = {d: text_of(hit) or "" for d, hit in first.items()}
    # (name in matching form, document number as written) of each document's repeals
    repeals = {
        d: [(normalize(m.group(1)), m.group(2)) for m in _REPEALS.finditer(text)] for d, text in texts.items()
    }
    void: set[str] = set()
    for doc, hit in first.items():
        title = normalize(hit.document.title or "")
        own = {name for name, _ in repeals[doc]}  # a copy of the repealing document repeals it too
        for other, found in repeals.items():
            if other == doc:
                continue
            later = first[other].document.date
            for name, number in found:
                if name in own:
                    continue
                if number and number in texts[doc]:
                    void.add(doc)
                elif not number and name in title and hit.document.date and later:
                    if hit.document.date < later:
                        void.add(doc)
        if doc not in void and _STATUS.search(texts[doc][:_HEAD]):
            if any(_same_rule(title, first[o].document.title or "") for o in first if o != doc):
                void.add(doc)
    return void
