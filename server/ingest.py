"""Uploads are extracted and prepared (clean → describe → chunk) in a child process with a time and memory
cap, so a decompression bomb or a pathological file costs one killed child, never the server's memory, event
loop or write lock."""

from __future__ import annotations

import multiprocessing
import resource
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from indexer.build import Prepared, make_doc_id, prepare
from indexer.decode import DocumentError, check_line
from indexer.ingest import ingest_bytes, with_metadata
from indexer.region_input import UnknownRegionError
from indexer.region_input import stated_region as region_path
from indexer.settings import IndexSettings
from indexer.worddoc import DocumentTooLarge

# The forkserver starts once with the indexer loaded; each upload is a cheap fork of it, never of the
# server (forking a process that runs threads can deadlock).
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["indexer.build", "indexer.load", "server.ingest", "server.forkserver_quiet"])


class ParseError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class Upload:
    name: str  # the file name as sent (for JSON uploads: the doc_id)
    data: bytes  # the file's bytes, or the UTF-8 text of a JSON upload
    suffix: str | None  # ".docx" …; None = already text
    doc_id: str | None = None
    title: str | None = None
    given: dict[str, str | None] | None = None  # a JSON upload's region, date (YYYY-MM-DD) and source


def stated_region(region: str | None, name: str) -> str | None:
    """A JSON upload's ``region`` as `citeqa index` stores regions: the gazetteer's full path (运城市 →
    山西省运城市, so ``filters.region`` 山西省 finds it); one the gazetteer cannot place is refused, 422
    unknown_region (a region typed as 火星 had been stored and shown as a group of answers). A control
    character is left for the parse child to refuse, naming it."""
    try:
        line = check_line(region, "region", name)
    except DocumentError:
        return region
    if line is None:
        return None
    try:
        return region_path(line)
    except UnknownRegionError as exc:
        raise ParseError(422, "unknown_region", f"{name}: {exc}") from exc


def _vm_bytes() -> int:
    with open("/proc/self/status", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _work(conn: Connection, upload: Upload, settings: dict[str, Any], memory_bytes: int) -> None:
    limit = _vm_bytes() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        index_settings = IndexSettings.from_manifest(settings)
        if upload.suffix is None:
            raw = upload.data.decode("utf-8")
            doc_id = upload.doc_id or make_doc_id(upload.name)
            prepared = prepare(raw, doc_id, index_settings, upload.name, upload.title)
            if upload.given is not None:
                prepared = with_metadata(prepared, upload.name, {"title": upload.title, **upload.given})
        else:
            # ingest_bytes keeps what the format states: PDF pages, an HTML page's title/date/site, table
            # rows; it reads the format from the name's suffix, which is where routes/uploads.py takes it
            prepared = ingest_bytes(
                upload.name, upload.data, index_settings, doc_id=upload.doc_id, title=upload.title
            )
        reply: tuple[str, Any] = ("ok", prepared)
    except MemoryError:
        reply = ("memory", "")
    except DocumentTooLarge as exc:
        reply = ("too_large", str(exc))
    except (ValueError, OSError, UnicodeError) as exc:
        reply = ("invalid", str(exc))
    try:
        conn.send(reply)
    except MemoryError:
        _send_quietly(conn, ("memory", ""))
    except OSError:
        # The server was killed while this child parsed: nobody waits for the answer, and a traceback
        # (printed to the server's stderr, which the child shares) would report an error that is not one.
        pass
    finally:
        conn.close()


def _send_quietly(conn: Connection, reply: tuple[str, Any]) -> None:
    try:
        conn.send(reply)
    except OSError:
        pass  # the server is gone (see _work)


def parse_upload(upload: Upload, settings: dict[str, Any], timeout: float, memory_bytes: int) -> Prepared:
    """Extract and prepare one upload in a child process; ParseError with a 4xx status when it fails."""
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    child = _CONTEXT.Process(target=_work, args=(sender, upload, settings, memory_bytes), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise ParseError(
                413,
                "parse_timeout",
                f"{upload.name}: reading it took longer than {timeout:g} s; split it or send plain text",
            )
        try:
            kind, value = receiver.recv()
        except EOFError as exc:
            raise ParseError(
                422, "unreadable", f"{upload.name}: the file could not be read (the reader stopped)"
            ) from exc
    finally:
        if child.is_alive():
            child.kill()
        child.join(timeout=5)
        receiver.close()
    if kind == "memory":
        raise ParseError(
            413,
            "parse_memory",
            f"{upload.name}: reading it needs more than {memory_bytes // (1024 * 1024)} MiB "
            "(a compressed file that expands too far?)",
        )
    if kind == "too_large":  # a decompression bomb, too many pages or characters: the size, not the file
        raise ParseError(413, "too_large", str(value))
    if kind == "invalid":
        raise ParseError(422, "unreadable", str(value))
    prepared: Prepared = value
    return prepared
