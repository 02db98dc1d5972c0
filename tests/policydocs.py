"""Shared by the policy answer tests: index a folder of documents with the real CLI (`citeqa index`, run in
the test's process so its encoder is loaded once per worker rather than once per index), and ask through
/ask's composition checking that every quote is its document's text at its offsets."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Mapping

import pytest

from indexer.retrieve import Retriever
from server.answer.compose import Composition, compose
from server.cli import main as citeqa


def index_docs(docs: Mapping[str, str], tmp_path_factory: pytest.TempPathFactory, name: str) -> Retriever:
    """``docs`` (relative path → text, UTF-8) written under a folder and indexed by `citeqa index`."""
    folder = tmp_path_factory.mktemp(f"{name}-docs")
    for relative, text in docs.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp(f"{name}-index") / "index"
    with contextlib.redirect_stderr(io.StringIO()) as said:
        status = citeqa(["index", str(folder), "--index", str(index_dir)])
    assert status == 0, said.getvalue()
    return Retriever(index_dir)


def ask(retriever: Retriever, question: str) -> Composition:
    found = compose(retriever, question)
    for claim in found.claims:  # every quote is its document's text at its offsets
        document = retriever.document(claim.unit.hit.doc_id)
        assert document is not None
        assert document[1][claim.unit.start : claim.unit.end] == claim.unit.text
    return found


def regions(retriever: Retriever, question: str) -> list[str]:
    """The regions a which-regions answer lists, sorted (the question read as one)."""
    found = ask(retriever, question)
    assert found.region_question
    return sorted(c.region or "" for c in found.claims)
