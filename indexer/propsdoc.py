"""A Java properties file (.properties: a system's 提示信息 or 配置, a site's message bundle — messages_zh_CN
.properties), read as java.util.Properties.load reads it and then as a .json file's record is
(jsondoc.value_text, the one flattener TOML and JSON share): a short value a ``key：value`` line under its key
as written (hotline：0951-6021358), prose (a sentence, or over jsondoc.SHORT characters) a line of its own, a
URL no text; a key given twice is read once, its last value, where Java would.

The format, as Java reads it: ``#`` and ``!`` comment lines are no text (a value commented out, ``#
subsidy=200元``, is no longer the file's); a line ending in an odd number of backslashes goes on on the next
(its leading spaces dropped); a key ends at the first ``=``, ``:`` or space that no backslash escapes (``a\\
key=…`` is the key "a key"), and one ``=`` or ``:`` after the spaces that follow it is the separator;
``\\uXXXX`` escapes (what native2ascii writes Chinese as: ``\\u8865\\u8d34`` is 补贴, a pair of them one
character beyond the BMP), ``\\t``, ``\\n``, ``\\r``, ``\\f`` and a backslash before any other character are
resolved. A malformed ``\\u`` escape is refused in one line naming its line, as Java refuses the file.

The specification's encoding is ISO-8859-1, but files are written in UTF-8 as often (Java 9 reads resource
bundles so): UTF-8 when the bytes are UTF-8, else a Chinese code page (GBK, Big5) when they read as Chinese
(decode.py's guess), else ISO-8859-1. Binary data is refused. Bounded as text is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from indexer.codepages import decode_legacy
from indexer.decode import DocumentError, decode_bytes
from indexer.jsondoc import value_text

_NATURAL_LINE = re.compile(r"\r\n|\r|\n")
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|u|.|$)", re.DOTALL)
_CONTROLS = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_SPACE = " \t\f"
_HANZI = re.compile("[\u4e00-\u9fff]")
_MAX_JUNK_SHARE = 0.01  # control characters in decoded bytes: past this, binary data (as decode.py holds)


def read_properties(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of a .properties file's bytes (see the module's docstring)."""
    values: dict[str, str] = {}
    for number, line in _logical_lines(_decoded(data, name)):
        key, value = _split(line)
        values[_unescaped(key, name, number)] = _unescaped(value, name, number)
    text, title = value_text(values, name, html_text, record=True)
    if not text.strip():
        raise DocumentError(
            name, "holds no properties with values (only comments and keys); nothing to index"
        )
    return text, title


def _decoded(data: bytes, name: str) -> str:
    """The file's text: UTF-8, else a Chinese code page that reads it as Chinese, else ISO-8859-1; a UTF-16
    file by its byte-order mark."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data, name=name)
    body = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        legacy = decode_legacy(body) if b"\x00" not in body else None
        text = legacy if legacy is not None and _HANZI.search(legacy) else body.decode("latin-1")
    junk = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if junk > _MAX_JUNK_SHARE * len(text):
        raise DocumentError(name, "is not a text file (binary content); it is no Java .properties file")
    return text


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Each key's line, (the number of the line it starts on, its text): comments and blank lines dropped,
    continued lines joined (their leading spaces dropped), as java.util.Properties reads them."""
    lines: list[tuple[int, str]] = []
    parts: list[str] = []  # the logical line being continued
    start = 0
    for number, natural in enumerate(_NATURAL_LINE.split(text), 1):
        line = natural.lstrip(_SPACE)
        if not parts:
            if not line or line[0] in "#!":
                continue
            start = number
        if (len(line) - len(line.rstrip("\\"))) % 2:
            parts.append(line[:-1])  # (goes on on the next line)
            continue
        parts.append(line)
        lines.append((start, "".join(parts)))
        parts = []
    if parts:  # (the last line continued into the end of the file)
        lines.append((start, "".join(parts)))
    return lines


def _split(line: str) -> tuple[str, str]:
    """A logical line's key and value, both still escaped: the key ends at the first =, : or space no
    backslash escapes; spaces, then one = or :, then spaces part it from the value."""
    escaped = False
    end = len(line)
    separated = False
    for at, ch in enumerate(line):
        if not escaped and ch in "=:" + _SPACE:
            end = at
            separated = ch in "=:"
            break
        escaped = ch == "\\" and not escaped
    at = end + 1
    while at < len(line):
        ch = line[at]
        if ch not in _SPACE:
            if separated or ch not in "=:":
                break
            separated = True
        at += 1
    return line[:end], line[at:]


def _unescaped(said: str, name: str, number: int) -> str:
    """A key's or a value's escapes resolved; a \\u not followed by four hex digits refused, as Java refuses
    it."""

    def resolve(m: re.Match[str]) -> str:
        escape = m.group(1)
        if escape.startswith("u"):
            if len(escape) != 5:
                raise DocumentError(
                    name,
                    f"is not a valid properties file (line {number}: a \\u escape not followed by four hex "
                    "digits); fix it",
                )
            return chr(int(escape[1:], 16))
        return _CONTROLS.get(escape, escape)

    text = _ESCAPE.sub(resolve, said) if "\\" in said else said
    # (a pair of \\uXXXX escapes one character beyond the BMP; a lone half of a pair none)
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
