"""The format a file's name states: its suffix, as users' folders hold them. A page saved under its URL's
name keeps the query (showinfo.jsp?infoid=21573, as a browser or wget saves a CMS page; wget's
--restrict-file-names=windows writes the ? as @): the suffix is the page's, before the query (eval/policy30,
written blind). A tar archive's suffix is two (.tar.gz), as is a gzipped web archive's (.warc.gz: warc.py)."""

from __future__ import annotations

from pathlib import PurePosixPath

from indexer.decode import SUPPORTED_SUFFIXES

TAR_SUFFIXES = (".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz")
_TWO_PART = (*TAR_SUFFIXES, ".warc.gz")


def name_suffix(name: str) -> str:
    """The lower-case suffix that names ``name``'s format ("" for none)."""
    # (a name's trailing spaces and dots are no part of it: Windows drops them, a download may keep them)
    base = PurePosixPath(name.replace("\\", "/")).name.lower().rstrip(" .")
    for double in _TWO_PART:
        if base.endswith(double) and len(base) > len(double):
            return double
    suffix = PurePosixPath(base).suffix
    if suffix in SUPPORTED_SUFFIXES:
        return suffix
    for mark in ("?", "@"):
        head, found, query = base.partition(mark)
        if not found or (mark == "@" and "=" not in query):  # (an @ in a name that is no query: a@b.docx)
            continue
        page = PurePosixPath(head).suffix
        if page in SUPPORTED_SUFFIXES:
            return page
    return suffix
