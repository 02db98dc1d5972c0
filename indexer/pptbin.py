"""The slides of a PowerPoint 97-2003 binary presentation (.ppt, .pps, .pot; WPS 演示's .dps is the same
format), as [MS-PPT] lays it out: one page a slide, in the order the deck shows them, its speaker notes after.

The file is an OLE compound file (read with `olefile`). Its "PowerPoint Document" stream is a sequence of
records (an 8-byte header: version and instance, type, length); the "Current User" stream points at the last
UserEditAtom, whose chain of edits gives the persist directory (object id -> stream offset) and the
DocumentContainer. There the SlideListWithText of the slides (instance 0) lists each slide's SlidePersistAtom
in presentation order, followed by the text of its placeholders (TextCharsAtom in UTF-16LE, TextBytesAtom one
byte a character); the notes' list (instance 2) does so for the notes pages. A slide's own container holds
its drawing, whose shapes carry text boxes (OfficeArtClientTextbox) of their own text — text boxes, table
cells — or a reference (OutlineTextRefAtom) to a placeholder's text in the list: a slide's text is its shapes'
text in drawing order, then any text of its list entry no shape refers to. Notes are matched to their slide
by the notes id the SlideAtom names, else by the slide id the NotesAtom names. The masters (MainMaster:
「单击此处编辑母版标题样式」, "Click to edit Master title style") are never read.

A file whose records overrun their container, or whose edits or nesting go on past the bounds below, is
refused as damaged; a stream without Current User is read from its last PersistDirectory and
DocumentContainer found at the top level.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import olefile

from indexer.decode import DocumentError
from indexer.worddoc import _title  # the summary properties' title, parsed with every count bounded

__all__ = ["ppt_pages"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# what a file that is no OLE file is by its first bytes, and what to do with it
_NOT_OLE = {
    b"PK\x03\x04": (": a zip package, as a .pptx is", "rename it .pptx"),
    b"%PDF": (": a PDF", "rename it .pdf"),
}
STREAM = "PowerPoint Document"
CURRENT_USER = "Current User"
MAX_DEPTH = 64  # containers inside containers (a real deck nests about ten deep)
MAX_RECORDS = 2_000_000  # records walked in one file
MAX_EDITS = 10_000  # UserEditAtoms followed back through incremental saves
MAX_SLIDES = 5000

DOCUMENT, SLIDE, NOTES = 0x03E8, 0x03EE, 0x03F0
SLIDE_ATOM, NOTES_ATOM, SLIDE_PERSIST, SLIDE_LIST = 0x03EF, 0x03F1, 0x03F3, 0x0FF0
USER_EDIT, PERSIST_DIRECTORY, CURRENT_USER_ATOM = 0x0FF5, 0x1772, 0x0FF6
TEXT_HEADER, TEXT_CHARS, TEXT_BYTES, OUTLINE_TEXT_REF = 0x0F9F, 0x0FA0, 0x0FA8, 0x0F9E
CLIENT_TEXTBOX = 0xF00D
_SLIDES, _NOTES = 0, 2  # SlideListWithText instances
# a paragraph ends with \r, \v is a line break inside one; the rest of C0 marks fields and objects
_LINE_BREAKS = str.maketrans({"\r": "\n", "\v": "\n", "\x00": None})


class _Damaged(Exception):
    """A record that cannot be where it is; turned into a DocumentError naming the file."""


@dataclass
class _Entry:
    """A slide or notes page as its SlideListWithText lists it: its ids and its placeholders' text."""

    persist: int
    ident: int
    texts: list[str] = field(default_factory=list)


class _Reader:
    def __init__(self, stream: bytes) -> None:
        self.stream = stream
        self.walked = 0

    def header(self, at: int, end: int) -> tuple[int, int, int, int]:
        """(instance, type, body start, body end) of the record at ``at``, which must end by ``end``."""
        if at < 0 or at + 8 > end:
            raise _Damaged(f"a record header at byte {at} runs past its container")
        ver_instance, kind, length = struct.unpack_from("<HHI", self.stream, at)
        if at + 8 + length > end:
            raise _Damaged(f"record 0x{kind:04X} at byte {at} is longer than what holds it")
        self.walked += 1
        if self.walked > MAX_RECORDS:
            raise _Damaged(f"it has more than {MAX_RECORDS:,} records")
        return ver_instance >> 4, kind, at + 8, at + 8 + length

    def children(self, start: int, end: int) -> Iterator[tuple[int, int, int, int]]:
        at = start
        while at < end:
            record = self.header(at, end)
            yield record
            at = record[3]

    def walk(self, start: int, end: int) -> Iterator[tuple[int, int, int, int]]:
        """Every record inside [start, end) in stream order, containers and what they hold. (A stack, not
        nested generators: each record had passed up through one generator per level it nests, 2,000,000
        records 60 deep taking 4 s.)"""
        open_: list[list[int]] = [[start, end]]  # the next record and the end of each open container
        while open_:
            top = open_[-1]
            if top[0] >= top[1]:
                open_.pop()
                continue
            instance, kind, body, body_end = self.header(top[0], top[1])
            top[0] = body_end
            yield instance, kind, body, body_end
            if struct.unpack_from("<H", self.stream, body - 8)[0] & 0x0F == 0x0F:  # recVer 0xF: a container
                if len(open_) > MAX_DEPTH:
                    raise _Damaged(f"its records nest more than {MAX_DEPTH} deep")
                open_.append([body, body_end])

    def record_at(self, offset: int, kind: int) -> tuple[int, int]:
        """The body of the record of type ``kind`` at ``offset`` of the stream."""
        _, found, body, end = self.header(offset, len(self.stream))
        if found != kind:
            raise _Damaged(f"byte {offset} holds record 0x{found:04X}, not 0x{kind:04X}")
        return body, end

    def text(self, kind: int, body: int, end: int) -> str:
        raw = self.stream[body:end]
        text = raw.decode("utf-16-le", errors="replace") if kind == TEXT_CHARS else raw.decode("latin-1")
        return text.translate(_LINE_BREAKS)


def ppt_pages(data: bytes, name: str, check: Callable[[int], None]) -> tuple[list[str], str | None]:
    """Each slide's text (its shapes' text, then its notes) and the title of the file's summary properties.
    ``check`` is given the characters read so far."""
    if not data.startswith(OLE_MAGIC):
        # (a deck saved as .pptx, or a PDF, under a .ppt name had been "its OLE structure is damaged")
        what, advice = _NOT_OLE.get(data[:4], ("", "save it as .pptx"))
        raise DocumentError(
            name, f"is not a PowerPoint 97-2003 presentation (not an OLE compound file{what}); {advice}"
        )
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists(STREAM):
                raise DocumentError(
                    name, "is not a PowerPoint 97-2003 presentation (it has no PowerPoint Document stream)"
                )
            if ole.exists("EncryptedSummary"):
                raise DocumentError(name, "is encrypted; save it again without a password")
            if ole.get_size(STREAM) > len(data):
                raise _Damaged("its PowerPoint Document stream claims more bytes than the file holds")
            stream = ole.openstream(STREAM).read()
            user = ole.openstream(CURRENT_USER).read(4096) if ole.exists(CURRENT_USER) else b""
            title = _title(ole)
        return _slides(_Reader(stream), user, check), title
    except DocumentError:
        raise
    except (_Damaged, struct.error) as e:
        raise DocumentError(name, f"is a damaged .ppt file ({e}); re-save it from PowerPoint") from e
    except Exception as e:  # olefile raises OSError, ValueError, IndexError … for a damaged container
        raise DocumentError(name, "is not a readable .ppt file (its OLE structure is damaged)") from e


def _persist_directory(reader: _Reader, user: bytes) -> tuple[dict[int, int], int | None]:
    """Object id -> stream offset, the newest edit's winning, and the DocumentContainer's offset. From the
    Current User's last edit back through each edit's previous one; without it, the top-level records."""
    stream = reader.stream
    edits: list[tuple[int, int]] = []  # (persist directory offset, document persist id), newest first
    if len(user) >= 20 and struct.unpack_from("<H", user, 2)[0] == CURRENT_USER_ATOM:
        offset: int | None = struct.unpack_from("<I", user, 16)[0]
        seen: set[int] = set()
        while offset and offset not in seen:  # (an edit at offset 0 is impossible: the document is there)
            if len(seen) >= MAX_EDITS:
                raise _Damaged(f"its edits go on past {MAX_EDITS:,}")
            seen.add(offset)
            body, end = reader.record_at(offset, USER_EDIT)
            last, directory, document = struct.unpack_from("<III", stream, body + 8)
            edits.append((directory, document))
            offset = last
    if not edits:
        directories = [
            b - 8 for _, kind, b, _ in reader.children(0, len(stream)) if kind == PERSIST_DIRECTORY
        ]
        edits = [(at, 0) for at in reversed(directories)]
    persist: dict[int, int] = {}
    # oldest first: a later save's offsets replace it; a directory named by several edits read once, at the
    # newest of them (10,000 edits naming one directory of 60,000 entries had taken minutes)
    newest = list(dict.fromkeys(directory for directory, _ in edits))
    for directory in reversed(newest):
        body, end = reader.record_at(directory, PERSIST_DIRECTORY)
        at = body
        while at + 4 <= end:
            entry = struct.unpack_from("<I", stream, at)[0]
            first, count = entry & 0xFFFFF, entry >> 20
            if at + 4 + 4 * count > end:
                raise _Damaged("its persist directory runs past its record")
            for i in range(count):
                persist[first + i] = struct.unpack_from("<I", stream, at + 4 + 4 * i)[0]
            at += 4 + 4 * count
    document = persist.get(edits[0][1]) if edits and edits[0][1] else None
    if document is None:
        found = [b - 8 for _, kind, b, _ in reader.children(0, len(stream)) if kind == DOCUMENT]
        document = found[-1] if found else None
    return persist, document


def _lists(reader: _Reader, document: int) -> dict[int, list[_Entry]]:
    """The SlideListWithText entries of the DocumentContainer, by instance (0 slides, 2 notes)."""
    body, end = reader.record_at(document, DOCUMENT)
    lists: dict[int, list[_Entry]] = {}
    for instance, kind, start, stop in reader.children(body, end):
        if kind != SLIDE_LIST or instance not in (_SLIDES, _NOTES):
            continue
        entries = lists.setdefault(instance, [])
        for _, inner, at, inner_end in reader.children(start, stop):
            if inner == SLIDE_PERSIST and inner_end - at >= 16:
                persist_ref, _, _, ident = struct.unpack_from("<IIiI", reader.stream, at)
                entries.append(_Entry(persist_ref, ident))
                if len(entries) > MAX_SLIDES:
                    raise _Damaged(f"it lists more than {MAX_SLIDES:,} slides")
            elif inner in (TEXT_CHARS, TEXT_BYTES) and entries:
                entries[-1].texts.append(reader.text(inner, at, inner_end))
    return lists


def _drawn(reader: _Reader, offset: int | None, kind: int, entry: _Entry | None) -> tuple[list[str], int]:
    """A slide's or notes page's text: its shapes' text boxes in drawing order, a placeholder's reference
    resolved to its list entry's text, then that entry's texts no shape referred to; and the id its atom
    names (a slide's notes id, a notes page's slide id; 0 when none)."""
    listed = entry.texts if entry is not None else []
    texts: list[str] = []
    used: set[int] = set()
    other = 0
    if offset is not None:
        body, end = reader.record_at(offset, kind)
        inside_box = -1  # the end of the client text box being read
        for _, inner, at, inner_end in reader.walk(body, end):
            if inner == SLIDE_ATOM and inner_end - at >= 20:
                other = struct.unpack_from("<I", reader.stream, at + 16)[0]  # notesIdRef
            elif inner == NOTES_ATOM and inner_end - at >= 4:
                other = struct.unpack_from("<I", reader.stream, at)[0]  # slideIdRef
            elif inner == CLIENT_TEXTBOX:
                inside_box = inner_end
            elif at < inside_box and inner in (TEXT_CHARS, TEXT_BYTES):
                texts.append(reader.text(inner, at, inner_end))
            elif at < inside_box and inner == OUTLINE_TEXT_REF and inner_end - at >= 4:
                index = struct.unpack_from("<i", reader.stream, at)[0]
                if 0 <= index < len(listed) and index not in used:
                    used.add(index)
                    texts.append(listed[index])
    drawn = set(texts)  # (a list had been searched once a listed text: 20,000 of each took 5 s)
    texts += [text for i, text in enumerate(listed) if i not in used and text not in drawn]
    return texts, other


def _slides(reader: _Reader, user: bytes, check: Callable[[int], None]) -> list[str]:
    persist, document = _persist_directory(reader, user)
    if document is None:
        raise _Damaged("it has no DocumentContainer")
    lists = _lists(reader, document)
    notes_by_id: dict[int, list[str]] = {}
    notes_by_slide: dict[int, list[str]] = {}
    noted = 0
    for entry in lists.get(_NOTES, []):
        texts, slide_id = _drawn(reader, persist.get(entry.persist), NOTES, entry)
        notes_by_id[entry.ident] = texts
        if slide_id:
            notes_by_slide[slide_id] = texts
        # (each character is a byte or two of the stream: more means pages listed over and over — 5,000
        # entries naming one page of 400,000 characters had been read whole, for minutes, before any check)
        noted += sum(map(len, texts))
        if noted > len(reader.stream):
            raise _Damaged("its notes list one notes page over and over")
    pages: list[str] = []
    size = 0
    for entry in lists.get(_SLIDES, []):
        texts, notes_id = _drawn(reader, persist.get(entry.persist), SLIDE, entry)
        notes = notes_by_id.get(notes_id) if notes_id else None
        if notes is None:
            notes = notes_by_slide.get(entry.ident, [])
        lines = [line.strip() for text in [*texts, *notes] for line in text.split("\n")]
        pages.append("\n".join(line for line in lines if line and line != "*"))
        size += len(pages[-1])
        check(size)
    return pages
