"""A BibTeX bibliography (.bib: a 文献 list as JabRef, Zotero or 知网 write it): ``@article{key, field = {…},
…}`` entries, read with a small parser of the format (no BibTeX library is a dependency).

Each entry is its title a heading line, then its fields labelled in Chinese, one ``label：value`` line each,
in a fixed order: 作者 and 编者 (``and`` between names, joined with a Chinese semicolon), 期刊, 书名, 学校
(a thesis's), 机构, 出版社, 地址, 年份, 月份, 卷, 期, 页码, 类型 (硕士学位论文), 关键词 (split at ; or , and
joined again), 摘要, 备注, ISSN, ISBN, DOI, URL; entries apart by a blank line. Other fields (file,
timestamp, owner, groups …) are no text. A value is braced (``{…}``, braces nested), quoted (``"…"``), a
number, or a macro (@string, the months), parts joined with ``#``; its LaTeX is resolved as the .tex reader
resolves a document's (pylatexenc): ``\\%`` is %, ``\\&`` &, ``{\\"u}`` ü, a ``{{double-braced}}`` title its
words, ````…''`` quotation marks — so a figure an escape cuts reads whole (12.5\\% is 12.5%); an unescaped %
in a value is the character, never a comment; a URL and a DOI are read as written. Source lines of a value are
joined without a space between Chinese characters (softwrap.py).

No text: @comment and @preamble entries (an old abstract kept in a @comment: its figures are no longer the
entry's), JabRef's ``% Encoding:`` line and its ``@Comment{jabref-meta: …}`` block, and whatever stands
outside entries (BibTeX's own comments, lines starting with %). An entry that does not parse (a brace left
open, a field without ``=``) is left out up to the next line starting with @, the others read, as the JSON
Lines reader leaves out a bad line; a file of no entry that parses is refused in one line. The title is the
entry's when the file holds one. Bounded at 4 MB, as a LaTeX source is (pylatexenc reads its escapes).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from indexer.decode import DocumentError, decode_bytes
from indexer.latexdoc import MAX_TEX_BYTES
from indexer.softwrap import join_wrapped
from indexer.worddoc import DocumentTooLarge

MAX_BIB_BYTES = MAX_TEX_BYTES
_ENTRY_START = re.compile(r"^[ \t]*@", re.MULTILINE)
_TYPE = re.compile(r"@[ \t]*([A-Za-z][\w-]*)\s*([{(])\s*")
_KEY = re.compile(r"([^,\s{}()=\"#%]*)\s*,\s*")
_KEY_ALONE = re.compile(r"[^,\s{}()=\"#%]*\s*")
_NAME = re.compile(r"([^\s=,{}\"#%()]+)\s*")
_NUMBER_OR_MACRO = re.compile(r"[^\s,{}\"#%()=]+")
_SPACE = re.compile(r"\s*")
_COMMENT_LINE = re.compile(r"^[ \t]*%.*$", re.MULTILINE)
_AUTHORS = re.compile(r"\s+and\s+", re.IGNORECASE)
_PAGE_DASH = re.compile(r"\s*-{1,3}\s*")
_KEYWORDS = re.compile(r"\s*[;,\uff1b\uff0c]\s*")
_LATEX = re.compile(r"[\\{}$~]|``|''|--")
_BARE_PERCENT = re.compile(r"(?<!\\)%")
_MONTHS = {m: str(i) for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), 1)}
_JOINER = "\uff1b"
_COLON = "\uff1a"
# (label, fields): the fields read, in the order they are written; each the value of its first field given
_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("作者", ("author",)),
    ("编者", ("editor",)),
    ("期刊", ("journal", "journaltitle")),
    ("书名", ("booktitle",)),
    ("学校", ("school",)),
    ("机构", ("institution", "organization")),
    ("出版社", ("publisher",)),
    ("地址", ("address", "location")),
    ("年份", ("year",)),
    ("月份", ("month",)),
    ("日期", ("date",)),
    ("卷", ("volume",)),
    ("期", ("number", "issue")),
    ("页码", ("pages",)),
    ("类型", ("type",)),
    ("关键词", ("keywords",)),
    ("摘要", ("abstract",)),
    ("备注", ("note", "annote")),
    ("ISSN", ("issn",)),
    ("ISBN", ("isbn",)),
    ("DOI", ("doi",)),
    ("URL", ("url",)),
)
_AS_WRITTEN = frozenset(("doi", "url", "issn", "isbn"))  # (a URL's % and _ are its own)
_NO_TEXT = frozenset(("comment", "preamble"))


class _Unparsed(ValueError):
    """An entry the parser cannot read (its place in the file, for the message)."""


def read_bib(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .bib file's bytes (see the module's docstring)."""
    if len(data) > MAX_BIB_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_BIB_BYTES:,} a BibTeX file is read to; split it"
        )
    source = decode_bytes(data, name=name).lstrip("\ufeff")
    macros = dict(_MONTHS)
    parts: list[str] = []
    titles: list[str | None] = []
    entries = failed = 0
    first_failure = ""
    for start, end in _spans(source):
        at = start
        while (at := _next_entry(source, at, end)) >= 0:
            try:
                kind, fields, at = _entry(source, at, end, macros)
            except _Unparsed as e:
                failed += 1
                first_failure = first_failure or f"line {source.count(chr(10), 0, at) + 1}: {e}"
                break
            if kind in _NO_TEXT or kind == "string":
                continue
            entries += 1
            title, text = _entry_text(fields)
            if text:
                parts.append(text)
                titles.append(title)
    if not parts:
        if failed:
            raise DocumentError(name, f"holds no BibTeX entry that parses ({first_failure}); export it again")
        if entries:
            raise DocumentError(name, "holds no BibTeX entry with a title or fields; nothing to index")
        raise DocumentError(name, "is no BibTeX file: no @type{key, ...} entry in it; export it again")
    return "\n\n".join(parts), titles[0] if len(titles) == 1 else None


def _spans(source: str) -> list[tuple[int, int]]:
    """The file cut at each line that starts with @: a brace an entry leaves open ends at the next."""
    starts = [m.start() for m in _ENTRY_START.finditer(source)]
    return list(zip(starts, [*starts[1:], len(source)][: len(starts)], strict=True))


def _next_entry(source: str, at: int, end: int) -> int:
    """Where the next @ outside a %-comment line stands before ``end``; -1 for none."""
    while (found := source.find("@", at, end)) >= 0:
        line_start = source.rfind("\n", 0, found) + 1
        if not source[line_start:found].lstrip().startswith("%"):
            return found
        at = source.find("\n", found, end)
        if at < 0:
            return -1
    return -1


def _entry(source: str, at: int, end: int, macros: dict[str, str]) -> tuple[str, dict[str, str], int]:
    """(type, fields, where it ends) of the entry at ``at``; a @string's macros into ``macros``."""
    found = _TYPE.match(source, at, end)
    if found is None:
        raise _Unparsed("an @ that starts no entry")
    kind, close = found.group(1).lower(), "}" if found.group(2) == "{" else ")"
    if kind in _NO_TEXT:  # (its body: balanced braces, whatever they hold)
        return kind, {}, _balanced(source, found.start(2), end, found.group(2), close) + 1
    at = found.end()
    fields: dict[str, str] = {}
    if kind != "string":
        key = _KEY.match(source, at, end)
        if key is None:
            alone = _KEY_ALONE.match(source, at, end)
            if alone and source.startswith(close, alone.end()):  # (an entry of a key alone: @misc{k})
                return kind, fields, alone.end() + 1
            raise _Unparsed("no key and comma after its type")
        at = key.end()
    while True:
        at = _skip(source, at, end)
        if source.startswith(close, at):
            return kind, fields, at + 1
        field = _NAME.match(source, at, end)
        if field is None or not source.startswith("=", field.end()):
            raise _Unparsed("a field without a name and =")
        value, at = _value(source, field.end() + 1, end, macros)
        fields.setdefault(field.group(1).lower(), value)
        if kind == "string":
            macros[field.group(1).lower()] = value
        at = _skip(source, at, end)
        if source.startswith(",", at):
            at += 1
        elif not source.startswith(close, at):
            raise _Unparsed(f"no comma or closing {close} after its {field.group(1)} field")


def _value(source: str, at: int, end: int, macros: dict[str, str]) -> tuple[str, int]:
    """A field's value (its parts joined, # between them) as written, and where it ends."""
    parts: list[str] = []
    while True:
        at = _skip(source, at, end)
        if source.startswith("{", at):
            stop = _balanced(source, at, end, "{", "}")
            parts.append(source[at + 1 : stop])
        elif source.startswith('"', at):
            stop = _quoted(source, at + 1, end)
            parts.append(source[at + 1 : stop])
        elif bare := _NUMBER_OR_MACRO.match(source, at, end):
            word = bare.group(0)
            parts.append(word if word.isdigit() else macros.get(word.lower(), ""))
            stop = bare.end() - 1
        else:
            raise _Unparsed("a field with no value")
        at = _skip(source, stop + 1, end)
        if not source.startswith("#", at):
            return "".join(parts), at
        at += 1


def _skip(source: str, at: int, end: int) -> int:
    """Where the white space at ``at`` ends."""
    found = _SPACE.match(source, at, end)
    return found.end() if found else at


def _balanced(source: str, at: int, end: int, opening: str, close: str) -> int:
    """Where the brace (or parenthesis) opened at ``at`` closes (an escaped brace is none)."""
    depth = 0
    index = at
    while index < end:
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == opening:
            depth += 1
        elif char == close:
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise _Unparsed(f"a {opening} left open")


def _quoted(source: str, at: int, end: int) -> int:
    """Where a quoted value that starts at ``at`` ends: its closing " outside braces."""
    depth = 0
    index = at
    while index < end:
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth <= 0:
            return index
        index += 1
    raise _Unparsed('a " left open')


def _entry_text(fields: dict[str, str]) -> tuple[str | None, str]:
    """An entry's (title, text): its title line, then its labelled fields."""
    title = _plain(fields.get("title", ""), "title")
    lines = [title] if title else []
    for label, names in _FIELDS:
        field = next((n for n in names if n in fields), None)
        said = _plain(fields[field], field) if field else ""
        if field in ("author", "editor"):
            said = _JOINER.join(p for p in _AUTHORS.split(said) if p.strip())
        elif field == "pages":  # (178--181 as a RIS export writes it: 178-181, not an en dash)
            said = _plain(_PAGE_DASH.sub("-", fields[field]), field)
        elif field == "keywords":
            said = _JOINER.join(p for p in _KEYWORDS.split(said) if p.strip())
        if said:
            lines.append(f"{label}{_COLON}{said}")
    return title or None, "\n".join(lines)


def _plain(value: str, field: str) -> str:
    """A value's text: its source lines joined, its LaTeX resolved (a URL's, a DOI's as written)."""
    joined = join_wrapped(value.splitlines())
    if field in _AS_WRITTEN or not _LATEX.search(joined):
        return joined
    return " ".join(_converter().latex_to_text(_BARE_PERCENT.sub(r"\\%", joined)).split())


@lru_cache(maxsize=1)
def _converter() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text()
