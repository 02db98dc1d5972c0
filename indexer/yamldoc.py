"""A YAML file as a document (.yaml, .yml: a 12345 hotline's 智能客服知识库 exported from its back office, a
FAQ, a site's data: eval/policy38, written blind), parsed with PyYAML's safe_load (no tags that build
objects). Its values are walked in order — a mapping's values, a list's items — and every string is read, a
line per line it holds (a folded or literal block scalar as PyYAML gives it; escaped \\u hanzi decoded). A
question-and-answer mapping (question/answer, q/a, 问题/答案 …) is its question's line, then its answer's,
then its other values. Keys are no text, except beside a number or a date they name (月薪: 2800 is read as
月薪: 2800 — the figure alone would say nothing); booleans are no text; a purely technical key's value —
an ``id``, ``tags``, ``keywords``, a ``created``/``updated`` time, a ``url`` — is left out (tags are the
back office's search words, not the document's). Comments are no text (the parser drops them). A document
stream (several ``---`` documents) is read document by document. The title is a top-level ``title`` or
``name`` string when there is one."""

from __future__ import annotations

from datetime import date
from typing import Any

from indexer.decode import DocumentError, decode_bytes

_QUESTIONS = ("question", "q", "问题", "问")
_ANSWERS = ("answer", "a", "答案", "答", "回答", "reply")
_TECHNICAL = frozenset(
    (
        *("id", "uuid", "tags", "tag", "keywords", "labels", "category_id", "created", "updated"),
        *("created_at", "updated_at", "timestamp", "url", "link", "href"),
    )
)


def read_yaml(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .yaml or .yml file's bytes: a line per string it holds."""
    import yaml

    text = decode_bytes(data, name=name)
    try:
        documents = list(yaml.safe_load_all(text))
    except yaml.YAMLError as e:
        said = " ".join(str(e).split())
        raise DocumentError(name, f"is not valid YAML ({said}); it cannot be read") from None
    lines: list[str] = []
    for document in documents:
        lines.extend(_lines(document))
    if not lines:
        raise DocumentError(name, "holds no text values; nothing to index")
    first = documents[0] if documents else None
    title = next(
        (
            " ".join(first[k].split())
            for k in ("title", "name")
            if isinstance(first, dict) and isinstance(first.get(k), str) and first[k].strip()
        ),
        None,
    )
    return "\n".join(lines), title


def _lines(value: Any) -> list[str]:
    """The strings of a parsed value in order (iteratively: a document nested deep must not exhaust the
    stack; PyYAML's aliases may make it a graph, each value read once)."""
    lines: list[str] = []
    stack: list[tuple[Any, Any]] = [(None, value)]
    seen: set[int] = set()
    while stack:
        key, item = stack.pop()
        if isinstance(item, str):
            lines.extend(" ".join(line.split()) for line in item.split("\n") if line.strip())
            continue
        if isinstance(item, (int, float, date)) and not isinstance(item, bool):
            if isinstance(key, str) and key.strip():
                lines.append(f"{' '.join(key.split())}: {item}")
            continue
        if isinstance(item, (dict, list)):
            if id(item) in seen:
                continue
            seen.add(id(item))
        if isinstance(item, dict):
            stack.extend(reversed(_ordered(item)))
        elif isinstance(item, list):
            stack.extend((None, v) for v in reversed(item))
    return lines


def _ordered(mapping: dict[Any, Any]) -> list[tuple[Any, Any]]:
    """A mapping's (key, value) pairs to read: its question's, its answer's, then the others not technical,
    in order."""
    keys = [k for k in mapping if not (isinstance(k, str) and k.strip().lower() in _TECHNICAL)]
    lowered = {k: k.strip().lower() if isinstance(k, str) else k for k in keys}
    question = next((k for k in keys if lowered[k] in _QUESTIONS), None)
    answer = next((k for k in keys if lowered[k] in _ANSWERS), None)
    first = [k for k in (question, answer) if k is not None] if answer is not None else []
    return [(k, mapping[k]) for k in (*first, *(k for k in keys if k not in first))]
