"""An Apple property list (.plist: an app's settings or data exported from a Mac or an iPhone — XML, or the
binary ``bplist00`` form), parsed with the standard library's plistlib (either form, as the bytes say) and
read as a TOML file's value is (jsondoc.value_text with sections: no value taken for an API's envelope, each
dictionary under its dotted key as a heading line, the dictionaries of an array so headed, records of their
own): a short value a ``key：value`` line, prose a line of its own, a number and a truth value as JSON writes
them (300, 1.5, true). A date is its ISO date (2026-05-01), with its time when it has one
(2026-05-01T08:30:00Z: a property list keeps dates in UTC). Data (``<data>``: an icon, an archived object's
bytes) and an archive's object references (UIDs) are no text. The title is a top-level title or name.

A file that does not parse is refused in one line, as plistlib says why (an XML plist's line). A binary plist
may refer to one array from many places (a few kB can hold a list of itself a thousand times over, nested):
it is read up to MAX_VALUES values and refused past them, and one that holds itself (a cycle) is refused at
jsondoc.MAX_DEPTH levels. XML entity declarations are refused by plistlib itself. Bounded as text is.
"""

from __future__ import annotations

import datetime as dt
import plistlib
import struct
from collections.abc import Callable
from typing import Any
from xml.parsers.expat import ExpatError

from indexer.decode import DocumentError
from indexer.jsondoc import MAX_DEPTH, value_text

MAX_VALUES = 1_000_000  # values read, counting one referred to from many places at each of them
_MALFORMED = (
    ValueError,  # (plistlib.InvalidFileException too: a binary plist's bad offsets, sizes and objects)
    ExpatError,
    struct.error,
    OverflowError,
    IndexError,
    KeyError,
    TypeError,
    AttributeError,  # (an XML <date> that is no date)
)


def read_plist(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of a .plist file's bytes (see the module's docstring)."""
    try:
        value = plistlib.loads(data)
    except RecursionError:
        raise DocumentError(name, "nests arrays or dictionaries too deeply to read") from None
    except _MALFORMED as e:
        said = str(e) if isinstance(e, ValueError | ExpatError) and str(e) else "malformed content"
        binary = "binary " if data.startswith(b"bplist") else ""
        raise DocumentError(
            name, f"is not a readable {binary}property list ({said}); save it again"
        ) from None
    if value is None:  # (XML of another kind: plistlib reads no value from it)
        raise DocumentError(name, "is no property list: it holds no <plist> value; nothing to index")
    text, title = value_text(_values(value, name), name, html_text, sections=True)
    if not text.strip():
        raise DocumentError(name, "holds no values with text (only data or empty values); nothing to index")
    return text, title


def _values(value: Any, name: str) -> Any:
    """The parsed list as value_text reads JSON: dates as ISO strings, data and UIDs left out; a value
    referred to from many places is read at each, up to MAX_VALUES values."""
    count = 0

    def convert(item: Any, depth: int) -> Any:
        nonlocal count
        count += 1
        if count > MAX_VALUES:
            raise DocumentError(
                name,
                f"holds over {MAX_VALUES:,} values (counting those it refers to from many places at each); "
                "it is not read",
            )
        if depth > MAX_DEPTH:
            raise DocumentError(name, "nests arrays or dictionaries too deeply (or holds itself) to read")
        if isinstance(item, dict):
            kept = {str(k): convert(v, depth + 1) for k, v in item.items()}
            return {k: v for k, v in kept.items() if v is not None}
        if isinstance(item, list):
            return [v for v in (convert(v, depth + 1) for v in item) if v is not None]
        if isinstance(item, dt.datetime):
            if item.time() == dt.time(0, 0):
                return item.date().isoformat()
            return item.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
        if isinstance(item, bytes | bytearray | plistlib.UID):
            return None
        return item

    return convert(value, 0)
