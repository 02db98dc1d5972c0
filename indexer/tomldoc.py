"""A TOML file (.toml: a 申报系统's 补贴标准 configuration, a site's data file), parsed with the standard
library's tomllib and read as a .json file's value is (jsondoc.value_text, no second flattener): a short value
a ``key：value`` line, prose and a multi-line string its lines, a title or name a line of its own; each table
(``[decoration]``, an inline table) under its dotted name as a heading line, each table of an array of tables
(``[[batch]]``) so headed, a record of its own; an array of values a ``key：value`` line per value. Numbers
are read as TOML states them (600_000 is 600000), dates and times as ISO dates and times (2026-05-01);
nothing is taken for an API's envelope.

Comments are no text (tomllib drops them: a value commented out, ``# cap_yuan = 200_000  # 2025版上限``, is no
longer the file's). A file that does not parse is refused in one line naming where, as tomllib says it
(``Invalid value (at line 3, column 9)``). The title is a top-level title or name. Bounded as text is.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from typing import Any

from indexer.decode import DocumentError, decode_bytes
from indexer.jsondoc import value_text


def read_toml(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of a .toml file's bytes (see the module's docstring)."""
    source = decode_bytes(data, name=name).lstrip("\ufeff")
    try:
        document = _values(tomllib.loads(source))
    except tomllib.TOMLDecodeError as e:
        raise DocumentError(name, f"is not valid TOML ({e}); fix it or save the data as text") from None
    except RecursionError:
        raise DocumentError(name, "nests arrays or tables too deeply to read") from None
    text, title = value_text(document, name, html_text, sections=True)
    if not text.strip():
        raise DocumentError(name, "holds no values; nothing to index")
    return text, title


def _values(value: Any) -> Any:
    """A parsed document as value_text reads JSON: dates and times as their ISO strings, numbers as
    written."""
    if isinstance(value, dict):
        return {key: _values(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_values(item) for item in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value
