"""A .xlsx's cell notes (comments), read after the row of the cell they are on.

A 说明 kept in a cell's note (口径：含省级配套资金; 2024年起按季度发放) — xl/comments1.xml, which openpyxl's
read-only mode does not read — was lost. Each note is read as a line of its own right after its row's line,
「（批注 B3：含省级配套资金）」, its cell named as Excel names it; without the line Excel opens a note with,
its author's name (作者: / Author:, set bold). A threaded comment (Excel 365) is read from its own part,
replies after it (回复：…), rather than from the legacy copy Excel keeps beside it for older versions, which
wraps it in a paragraph about Excel versions. A note on an empty cell goes with the nearest filled row above
it (else the sheet's first).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from indexer.sheetlayout import CellCounter, Sheet

__all__ = ["Notes"]

_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
_THREADED_NS = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"
_MARKS = 0xF0000  # a row's mark in the laid-out text: a character of the supplementary private use area
_MAX_MARKS = 0xFFFD
_CELL = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")
_SPACE = re.compile(r"\s+")
_COLON = ":："


class Notes:
    """A workbook's notes, attached to rows by marks (a private-use character after a row's last cell) that
    the laid-out text is then read for: the layout (sheetlayout.py) decides which line a row becomes."""

    def __init__(self) -> None:
        self.after: dict[str, list[str]] = {}  # a row's mark → the lines of its notes

    def attach(self, sheet: Sheet, archive: Any, part: str, counter: CellCounter) -> None:
        """Read the notes of the sheet at ``part`` of the workbook's zip ``archive``, and mark their rows
        (after merged cells are spread: a mark is not copied with them)."""
        try:
            notes = _sheet_notes(archive, part)
        except Exception:  # a damaged notes part (openpyxl, its XML parser raise many types): the cells still
            return  # read
        if not notes or not sheet.rows:
            return
        numbers = [number for number, _ in sheet.rows]
        by_row: dict[int, list[str]] = {}
        for (row, _), (ref, text) in sorted(notes.items()):
            at = max(bisect_right(numbers, row) - 1, 0)  # its row, else the nearest filled one above
            counter.add(text)
            by_row.setdefault(at, []).append(f"（批注 {ref}：{text}）")
        for at, lines in by_row.items():
            if len(self.after) >= _MAX_MARKS:
                return
            mark = chr(_MARKS + len(self.after))
            cells = sheet.rows[at][1]
            last = max(cells)
            cells[last] += mark
            self.after[mark] = lines

    def place(self, text: str) -> str:
        """The laid-out text with each marked row's notes after its line, the marks gone."""
        if not self.after:
            return text
        lines: list[str] = []
        for line in text.split("\n"):
            marks = [mark for mark in line if mark in self.after]
            for mark in marks:
                line = line.replace(mark, "")
            lines.append(line)
            lines.extend(note for mark in marks for note in self.after[mark])
        return "\n".join(lines)


def _sheet_notes(archive: Any, part: str) -> dict[tuple[int, int], tuple[str, str]]:
    """The notes of a sheet: (row, column) → (the cell's name, the note's text)."""
    from openpyxl.comments.comment_sheet import CommentSheet
    from openpyxl.packaging.relationship import get_dependents, get_rels_path
    from openpyxl.xml.functions import fromstring

    rels_path = get_rels_path(part)
    if rels_path not in archive.namelist():
        return {}
    rels = get_dependents(archive, rels_path)
    notes: dict[tuple[int, int], tuple[str, str]] = {}
    for rel in rels.find(_COMMENTS):
        if rel.target not in archive.namelist():
            continue
        comments = CommentSheet.from_tree(fromstring(archive.read(rel.target)))
        authors = list(comments.authors.author)
        for record in comments.commentList:
            author = authors[record.authorId] if 0 <= (record.authorId or 0) < len(authors) else ""
            _add(notes, record.ref, _without_author(record.text, author or ""))
    for rel in rels.find(_THREADED):  # (after the legacy copies: each replaces its cell's)
        if rel.target in archive.namelist():
            for ref, text in _threads(fromstring(archive.read(rel.target))):
                _add(notes, ref, text)
    return notes


def _add(notes: dict[tuple[int, int], tuple[str, str]], ref: Any, text: str) -> None:
    from openpyxl.utils.cell import column_index_from_string

    cell = _CELL.fullmatch(str(ref or "").strip().upper())
    text = " ".join(_SPACE.sub(" ", line).strip() for line in text.splitlines() if line.strip())
    if cell and text:
        notes[(int(cell.group(2)), column_index_from_string(cell.group(1)))] = (cell.group(0), text)


def _without_author(text: Any, author: str) -> str:
    """A note's text without the line Excel opens it with: its author's name and a colon (set bold), when
    it is that — a note whose first line only ends in a colon (口径：) keeps it."""
    runs = list(getattr(text, "r", None) or ())
    content = str(getattr(text, "content", "") or "")
    first, newline, rest = content.partition("\n")
    head = first.strip()
    if not newline or not head or head[-1] not in _COLON:
        return content
    named = bool(author.strip()) and head[:-1].strip() == author.strip()
    bold = bool(runs) and (runs[0].t or "").strip() == head and bool(getattr(runs[0].rPr, "b", None))
    return rest if named or bold else content


def _threads(root: Any) -> list[tuple[str, str]]:
    """Each thread of a threaded-comments part: its cell and its text, replies after it."""
    threads: dict[str, list[str]] = {}
    refs: dict[str, str] = {}
    for comment in root.iter(f"{_THREADED_NS}threadedComment"):
        said = comment.find(f"{_THREADED_NS}text")
        body = "".join(said.itertext()) if said is not None else ""
        parent = comment.get("parentId")
        if parent is None:
            refs[comment.get("id", "")] = comment.get("ref", "")
            threads.setdefault(comment.get("id", ""), []).insert(0, body)
        elif body.strip():
            threads.setdefault(parent, []).append(f"回复：{body}")
    joined = {key: "；".join(t.strip() for t in texts if t.strip()) for key, texts in threads.items()}
    return [(refs[key], text) for key, text in joined.items() if key in refs]
