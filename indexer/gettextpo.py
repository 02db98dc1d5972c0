"""A gettext translation catalogue (.po: what Poedit, Weblate, Crowdin and xgettext/msgmerge write — an
app's Chinese strings, a county 林长巡护通 app's rules and hotline: eval/policy39, written blind), parsed
with polib.
The document is what the app shows its users: each entry's translation (``msgstr``), a line per line of it,
in the file's order. A translation continued over quoted lines is one string ("…一次性奖励500" "元。" reads
奖励500元; C escapes resolved); a plural entry is its first form (``msgstr[0]``) once.

Not read: the header entry (``msgid ""``: the catalogue's metadata), the source strings (``msgid``,
``msgid_plural``: the developers' English), contexts (``msgctxt``), comments and references, an entry not
translated yet (empty ``msgstr``), an obsolete one (``#~``: removed from the app), and a fuzzy one — its
translation is unreviewed, often of a previous source string (``#| msgid``), and msgfmt leaves it out of
the compiled catalogue, so the app never shows it. The title is none.
"""

from __future__ import annotations

import re

from indexer.decode import DocumentError, decode_bytes

_ENTRY = re.compile(r"^[ \t]*msg(?:id|str)\b", re.MULTILINE)


def read_po(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .po file's bytes: a line per line of each translated entry's msgstr."""
    import polib

    text = decode_bytes(data, name=name)
    if not _ENTRY.search(text):
        raise DocumentError(name, "holds no msgid or msgstr entries; it is no gettext catalogue")
    # (polib takes a string that names an existing file for that file's path: content always ends in a
    # line break, which no path given here does)
    source = text if text.endswith("\n") else text + "\n"
    try:
        catalogue = polib.pofile(source, encoding="utf-8")
    except (OSError, ValueError, LookupError) as e:
        said = " ".join(str(e).split())[:200]
        raise DocumentError(name, f"is not a readable gettext catalogue ({said})") from None
    lines: list[str] = []
    for entry in catalogue:
        if entry.obsolete or entry.fuzzy or (not entry.msgid and not entry.msgctxt):
            continue
        plural = entry.msgstr_plural or {}
        said = entry.msgstr or next((plural[k] for k in sorted(plural) if plural[k]), "")
        lines.extend(" ".join(line.split()) for line in said.split("\n") if line.strip())
    if not lines:
        raise DocumentError(
            name, "has no translated entries (each msgstr is empty, fuzzy or obsolete); nothing to index"
        )
    return "\n".join(lines), None
