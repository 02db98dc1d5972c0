"""Helpers of the reader tests: a file's text lines as extracted, and the one-line message refusing it."""

from __future__ import annotations

import pytest

from indexer.decode import DocumentError
from indexer.load import extract


def lines(data: bytes, suffix: str) -> list[str]:
    return extract(data, suffix, name=f"doc{suffix}").text.split("\n")


def refused(data: bytes, suffix: str) -> str:
    """The message refusing ``data`` as a ``suffix`` file: one line, naming the file."""
    with pytest.raises(DocumentError) as raised:
        extract(data, suffix, name=f"bad{suffix}")
    said = str(raised.value)
    assert "\n" not in said
    return said
