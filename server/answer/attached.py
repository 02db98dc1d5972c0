"""Attachments a passage refers to (见附件1, 详见附件《…一览表》): offices state a guide's fees or a notice's
standards in a separate file (附件), and the passage the question finds says only where to look. The referred
document's best passages for the question join the evidence, as a reader would turn to the attachment
(eval/policy18 t01, n08, written blind: 普通护照 fees in the 一览表 the guide's 收费标准 names).

An attachment is found by its title: the name the reference gives (《…》), or, for a number, the name the
referring document's own list gives it (附件：1.…  2.…). Titles compare without their edition in brackets
(（2025年）), punctuation or a file suffix, one starting with the other, over ``MIN_NAME`` characters at
least. The Milvus backend holds no document list in memory: there, no attachment is followed.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Sequence
from typing import Any

from indexer.normalize import normalize
from indexer.rerank import MIN_NAME
from indexer.retrieve import Query, Retriever
from indexer.searcher import Filters, Hit

# 见附件 / 详见附件1 / 见附件《麒麟区出入境证件办理时限和收费一览表》
REFERS = re.compile(r"见附件\s*([0-9]{0,2})\s*(?:《([^》]{4,60})》)?")
# a document's list of its attachments: 附件：1.武进区家电以旧换新补贴品类及标准
_LISTED = re.compile(r"附件\s*[:：]\s*(?:1\s*[.、\uff0e]\s*)?([^\n]{4,60})")
_EDITION = re.compile(r"[（(][^（()）]{0,20}[)）]")
_SUFFIX = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|txt|html?)$", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[\s《》“”\"'、，,。.：:；;·-]+")
PER_ATTACHMENT = 3  # passages read from each attachment referred to
# documents followed for one reference at most: a name many titles open with (a 名单 in a folder of every
# year's) is no one attachment, and each followed costs a search
MAX_TITLED = 3


def _key(name: str) -> str:
    """A title as compared: normalised, without its edition (（2025年）), file suffix or punctuation."""
    return _PUNCTUATION.sub("", _EDITION.sub("", _SUFFIX.sub("", normalize(name).strip())))


def _named(text: str, number: str) -> str | None:
    """The name ``text``'s own list of attachments gives attachment ``number`` (the first when none)."""
    listed = _LISTED.search(text)
    if listed is None:
        return None
    if number in ("", "1"):
        return listed.group(1)
    item = re.compile(rf"^\s*{int(number)}\s*[.、\uff0e]\s*([^\n]{{4,60}})", re.MULTILINE)
    found = item.search(text, listed.end())
    return found.group(1) if found else None


_titles_lock = threading.Lock()
_titles: tuple[weakref.ref[Any], dict[str, list[str]]] | None = None


def _title_keys(data: Any, documents: Sequence[Any]) -> dict[str, list[str]]:
    """Every document's title key → its doc_ids, built once per snapshot's data."""
    global _titles
    with _titles_lock:
        if _titles is not None and _titles[0]() is data:
            return _titles[1]
        keys: dict[str, list[str]] = {}
        for doc in documents:
            key = _key(doc.title or "")
            if len(key) >= MIN_NAME:
                keys.setdefault(key, []).append(doc.doc_id)
        _titles = (weakref.ref(data), keys)
        return keys


def _titled(data: Any, name: str) -> list[str]:
    """The documents whose title is ``name`` (either starting with the other, over MIN_NAME characters); none
    when more than MAX_TITLED are."""
    wanted = _key(name)
    if len(wanted) < MIN_NAME:
        return []
    keys = _title_keys(data, data.documents)
    found = [d for key, ids in keys.items() if key.startswith(wanted) or wanted.startswith(key) for d in ids]
    return found if len(found) <= MAX_TITLED else []


def attached_hits(retriever: Retriever, query: Query, hits: Sequence[Hit]) -> list[Hit]:
    """The best ``PER_ATTACHMENT`` passages for ``query`` of each attachment ``hits`` refer to, those not
    among ``hits`` already, in the order the references come."""
    seen = {h.passage_id for h in hits}
    followed: set[str] = set()
    out: list[Hit] = []
    data: Any = None
    for hit in hits:
        for ref in REFERS.finditer(hit.text):
            # (the index's data is looked at once a passage refers to an attachment: on Milvus it is a query,
            # and that backend holds no document list to find titles in)
            data = retriever.data if data is None else data
            if not hasattr(data, "documents"):
                return []
            # (a number is named by the referring document's own list, read from its text)
            name = ref.group(2) or _named(data.texts[data.doc_index[hit.doc_id]], ref.group(1))
            for doc_id in _titled(data, name) if name else []:
                if doc_id == hit.doc_id or doc_id in followed:
                    continue
                followed.add(doc_id)
                for extra in retriever.search(query, PER_ATTACHMENT, "hybrid", Filters(doc_id=doc_id)):
                    if extra.passage_id not in seen:
                        seen.add(extra.passage_id)
                        out.append(extra)
    return out
