"""A mail folder saved as one file (.mbox: Thunderbird's and Foxmail's export, Gmail's Takeout, Unix mail):
its messages, each read as an .eml is (load.py reads them into one document, each under its subject).

A message starts at a ``From `` line at the file's start or after a blank line (the mboxo and mboxrd
variants; a body line that began so was written ``>From ``, and is read back as written: mboxrd's ``>>From``
loses one ``>``). Reading is bounded: the file to MAX_MBOX_BYTES, its messages to MAX_MESSAGES."""

from __future__ import annotations

import re

from indexer.decode import DocumentError
from indexer.worddoc import DocumentTooLarge

MAX_MBOX_BYTES = 200 * 1024 * 1024
MAX_MESSAGES = 1000
_SEPARATOR = re.compile(rb"(?:\A|(?<=\n\n)|(?<=\n\r\n))From [^\n]*\n")
_QUOTED_FROM = re.compile(rb"(?m)^>(>*From )")


def check_mbox_size(name: str, size: int) -> None:
    """Refuse a mail folder over MAX_MBOX_BYTES (exports run to gigabytes): before it is read, given its
    file's size."""
    if size > MAX_MBOX_BYTES:
        raise DocumentTooLarge(
            name, f"is {size:,} bytes (limit {MAX_MBOX_BYTES:,}); export its folders one by one"
        )


def mbox_messages(data: bytes, name: str) -> list[bytes]:
    """Each message's bytes (its ``From `` line left out, ``>From`` lines read back), in the file's order;
    raises DocumentError for a file that is no mail folder or is over the bounds."""
    check_mbox_size(name, len(data))
    data = data.removeprefix(b"\xef\xbb\xbf")
    found = list(_SEPARATOR.finditer(data))
    if not data.startswith(b"From ") or not found:
        raise DocumentError(name, "is not a mail folder (no 'From ' line opens it); export it as .mbox again")
    if len(found) > MAX_MESSAGES:
        raise DocumentTooLarge(name, f"holds over {MAX_MESSAGES:,} messages; export its folders one by one")
    ends = [*(m.start() for m in found[1:]), len(data)]
    return [_QUOTED_FROM.sub(rb"\1", data[m.end() : end]) for m, end in zip(found, ends, strict=True)]
