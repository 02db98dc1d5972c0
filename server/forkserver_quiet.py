"""Imported only by the upload parser's forkserver (the preload list in server/ingest.py), never by the
server itself.

When the server is killed while the forkserver hands a new child its start-up data, the child reads a
closed pipe, and multiprocessing reports that through ``sys.excepthook``: an ``EOFError: Ran out of input``
traceback in the server's stderr (1 in ~8 SIGKILLs in eval/probe_messy). Nobody is left to parse for and
nothing is lost, so those two exceptions end the child silently; any other still prints its traceback.
"""

from __future__ import annotations

import sys
from types import TracebackType

_default = sys.excepthook


def _quiet_when_the_server_is_gone(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, (EOFError, BrokenPipeError)):
        return
    _default(kind, exc, tb)


sys.excepthook = _quiet_when_the_server_is_gone
