"""The files a PDF carries as attachments (its /EmbeddedFiles: a 明细 .xlsx or .txt attached to a 通知 whose
page says only 见附件), read by citeqa's reader of each one's kind and placed after the last page, each under
a line naming it — as a .docx's altChunk or an e-mail's attachment is read. One level deep (a PDF attached to
an attached PDF is not opened), within the size a document is read to; one that cannot be read is skipped.
"""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import PurePath
from typing import Any

from indexer.decode import PARSER_ERRORS, SUPPORTED_SUFFIXES, DocumentError
from indexer.worddoc import DocumentTooLarge

__all__ = ["attached_lines"]

MAX_ATTACHMENTS = 50
_BROKEN: tuple[type[BaseException], ...] = (*PARSER_ERRORS, KeyError, AttributeError, TypeError)
_UNREADABLE: tuple[type[BaseException], ...] = (DocumentError, *PARSER_ERRORS, LookupError, OSError)
_DEPTH: ContextVar[int] = ContextVar("pdf_attachment_depth", default=0)


def attached_lines(reader: Any, name: str) -> list[str]:
    """Lines for the PDF's attachments in its own order: 「附件：明细.xlsx」 and the text read of it."""
    from indexer.load import extract  # (load reads a PDF through pdftext, which calls this)

    if _DEPTH.get():
        return []
    try:
        attachments = reader.attachments  # {file name: [bytes, …]}
        files = [(str(n), bytes(b)) for n, blobs in attachments.items() for b in blobs][:MAX_ATTACHMENTS]
    except _BROKEN:  # a broken name tree: no attachments
        return []
    lines: list[str] = []
    token = _DEPTH.set(1)
    try:
        for filename, data in files:
            suffix = PurePath(filename).suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES:
                continue
            try:
                text = extract(data, suffix, name=f"{name}:{filename}").text
            except DocumentTooLarge:
                raise
            except _UNREADABLE:
                continue
            if text.strip():
                lines += [f"附件：{filename}", *text.splitlines()]
    finally:
        _DEPTH.reset(token)
    return lines
