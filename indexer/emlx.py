"""An Apple Mail message (.emlx: a message as Mail keeps it in ~/Library/Mail, copied out of a Mac with a
notice in it): its first line the byte count of the RFC 822 message that follows, then the message, then an
XML property list of Mail's own (flags, dates read, the remote id) — no text of the message. The message is
read as an .eml is (load._mail: its body, then its attachments); this module only cuts it out.

A count that does not land on the property list (a file edited, or converted to CRLF, after Mail wrote it)
is not trusted: the message runs to the list's ``<?xml`` — the last one, which a ``<plist`` follows: an
XML part inside the message is no trailer —, or to the end when there is none (a .partial.emlx, whose
attachments Mail left on the server). A file whose first line is no count is read as the message it holds.
"""

from __future__ import annotations

import re

_COUNT = re.compile(rb"[ \t]*(\d{1,12})[ \t]*\r?\n")
_TRAILER = re.compile(rb"<\?xml\b[^>]*\?>\s*(?:<!DOCTYPE\s+plist\b[^>]*>\s*)?<plist\b")


def emlx_message(data: bytes) -> bytes:
    """The RFC 822 message an .emlx file's bytes hold, without Mail's property list."""
    count = _COUNT.match(data)
    start = count.end() if count else 0
    if count:
        end = start + int(count.group(1))
        if end <= len(data) and _TRAILER.match(data[end:].lstrip()):
            return data[start:end]
    # (the last: a message may hold XML of its own)
    trailers = [found.start() for found in _TRAILER.finditer(data, start)]
    return data[start : trailers[-1] if trailers else len(data)]
