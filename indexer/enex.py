"""An Evernote / 印象笔记 export (.enex: ``<en-export>`` of ``<note>``s, what 印象笔记 and Evernote write for
one note or a notebook) — an analyst's clip of a news page with a highlighted 批注 (eval/policy39, written
blind). Each note is its ``<title>``, then its ``<content>``: an ENML document (XHTML inside CDATA) read as
a page's text is (the reader the caller hands in), a line per block, so a figure or a phone number that a
bold span or the analyst's highlight cuts (386 | 块, 0566- | 6021110) reads whole. An encrypted run
(``<en-crypt>``) is ciphertext, no text; an attachment (``<en-media>``, its ``<resource>``'s base64 data),
tags, times, the note's attributes (author, source URL) and the export's are no text. Notes stand apart (a
blank line between them); the title is the note's when the file holds one.

An export carries its images base64 in it: bounded as an e-mail with its attachments is, and parsed with
lxml's huge-text option (an image's text node passes libxml2's 10 MB) — so internal entities are not
expanded (an export defines none), nor any DTD loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from indexer.decode import DocumentError
from indexer.kml import local_name, xml_root

# ENML's own prolog, which an HTML parser given text cannot take, and an encrypted run's ciphertext
_PROLOG = re.compile(r"^\s*(?:<\?xml[^>]{0,300}\?>\s*)?(?:<!DOCTYPE[^>]{0,500}>\s*)?", re.IGNORECASE)
_CRYPT = re.compile(r"<en-crypt\b[^>]*>.*?</en-crypt\s*>|<en-crypt\b[^>]*/>", re.IGNORECASE | re.DOTALL)


def read_enex(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of an .enex file's bytes: each note's title, then its content's lines."""
    root = xml_root(data, name, "en-export", "Evernote export", huge=True)
    notes: list[str] = []
    titles: list[str] = []
    for note in (child for child in root if local_name(child) == "note"):
        title = " ".join(_child_text(note, "title").split())
        enml = _CRYPT.sub("", _PROLOG.sub("", _child_text(note, "content"), count=1))
        lines = [ln for ln in html_text(enml).split("\n") if ln.strip()] if enml.strip() else []
        if title and lines and lines[0] == title:
            lines = lines[1:]  # (a clip whose first line repeats the note's title)
        if said := "\n".join(line for line in (title, *lines) if line):
            notes.append(said)
            titles.append(title)
    if not notes:
        raise DocumentError(name, "holds no notes with text; nothing to index")
    return "\n\n".join(notes), titles[0] or None if len(notes) == 1 else None


def _child_text(element: Any, tag: str) -> str:
    child = next((c for c in element if local_name(c) == tag), None)
    return "".join(child.itertext()) if child is not None else ""
