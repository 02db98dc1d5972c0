"""A LaTeX document (.tex: article, report and ctexart sources — a research institute's 调研报告 with a
booktabs table: eval/policy39, written blind) as what its PDF would read, parsed and turned into text with
pylatexenc.

The document is its body (``\\begin{document}`` … ``\\end{document}``; a file without one is a fragment or
a package, no document): ``\\maketitle`` as the title, author and date lines, each ``\\section``
(subsection …) a heading line, each paragraph a line — its source lines joined, without a space beside a
Chinese character — a ``\\caption`` and an ``\\item`` a line of their own. Markup is no text:
\\textbf{3.2}万亩 reads 3.2万亩, 18.6\\% reads 18.6%, math reads as its text ($-$18.6\\% is -18.6%). A
table (tabular, tabularx, tabular*, longtable) is a line per row, its cells joined by `` | `` as a page's
or a spreadsheet's rows are, its rules (\\toprule, \\midrule, \\hline …) no text and a \\multicolumn its
text. A footnote is taken out of its sentence (the figure before it stays whole) and is a line of its own
after the paragraph citing it. A \\ref is the number LaTeX gives (a table's, a figure's, a section's); a
\\cite, a \\label and an image are no text. Comments (%: a draft's figure an author kept) are no text, nor
is a block hidden by ``\\iffalse`` … ``\\fi``, nor the preamble but for ``\\title``, ``\\author`` and
``\\date``; ``\\input`` and ``\\include`` are not followed (no file is read). The title is ``\\title``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from indexer.decode import DocumentError, decode_bytes
from indexer.text import CJK_CLASS
from indexer.worddoc import DocumentTooLarge

# a LaTeX source's bytes read at all: pylatexenc parses about 150 KB a second, and a book's source is well
# under this (a text file's bound, 20 MB, would take over two minutes)
MAX_TEX_BYTES = 4 * 1024 * 1024
# what a converted node marks in the text until it is laid out as lines: a hard line break, and where a
# footnote (numbered between two marks) stood; private-use characters, removed from the source first
_BREAK, _NOTE = "\ue000", "\ue001"
_MARKS = re.compile("[\ue000\ue001]")
_NOTE_AT = re.compile(f"{_NOTE}(\\d+){_NOTE}")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# a block an author hid from the PDF as a comment is (\iffalse … \fi: a draft's paragraph)
_HIDING = re.compile(r"\\iffalse(?![A-Za-z])|\\fi(?![A-Za-z])[ \t]*|(?<!\\)%|\n")
_WIDE = re.compile(f"[{CJK_CLASS}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]")
_HEADINGS = ("part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph")
_TABLES = ("tabular", "tabular*", "tabularx", "longtable", "tabulary", "array")
_RULES = frozenset(
    (
        *("toprule", "midrule", "bottomrule", "hline", "cline", "cmidrule", "specialrule", "addlinespace"),
        *("morecmidrules", "endhead", "endfirsthead", "endfoot", "endlastfoot", "noalign", "rowcolor"),
    )
)
_ROW_END = ("\\", "tabularnewline", "cr")
_BLOCKS = (
    *("itemize", "enumerate", "description", "quote", "quotation", "verse", "center", "flushleft"),
    *("flushright", "abstract", "table", "table*", "figure", "figure*", "minipage"),
)
# macros whose arguments are no text (a length, a counter, a style), as the walker must know to skip them
_SETTINGS = {
    **dict.fromkeys(("setlength", "addtolength", "setcounter", "addtocounter"), "{{"),
    **dict.fromkeys(("vspace", "hspace"), "*{"),
    **dict.fromkeys(("pagestyle", "thispagestyle", "ctexset", "geometry", "bibliographystyle"), "{"),
    **dict.fromkeys(("input", "include", "includeonly", "bibliography", "graphicspath"), "{"),
    **dict.fromkeys(("cite", "citep", "citet", "nocite"), "*[[{"),
    "cmidrule": "[{",
}
_DISCARDED = ("label", "today", "tableofcontents", "listoftables", "listoffigures")


def read_tex(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a .tex file's bytes: its body's headings, paragraphs, table rows and footnotes."""
    from pylatexenc.latexwalker import LatexWalker, LatexWalkerError

    if len(data) > MAX_TEX_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_TEX_BYTES:,} a LaTeX source is read to; split it"
        )
    source = _unhidden(_MARKS.sub("", decode_bytes(data, name=name)))
    try:
        nodes, _, _ = LatexWalker(
            source, latex_context=_walker_context(), tolerant_parsing=True
        ).get_latex_nodes()
        document = next((n for n in nodes if _environment(n) == "document"), None)
        if document is None:
            raise DocumentError(
                name, "has no \\begin{document}; it is a LaTeX fragment or package, no document"
            )
        converter = _converter()
        converter.footnotes, converter.lists = [], []
        converter.labels = _labels(document.nodelist)
        front = [_front(converter, nodes, macro) for macro in ("title", "author", "date")]
        front = [line for line in front if line]
        converter.front = front
        text = converter.nodelist_to_text(document.nodelist)
    except RecursionError:
        raise DocumentError(name, "nests groups or environments too deeply to read") from None
    except LatexWalkerError as e:
        raise DocumentError(name, f"is not readable LaTeX ({' '.join(str(e).split())[:200]})") from None
    lines = _laid_out(text, converter.footnotes)
    if not lines:
        raise DocumentError(name, "has no text in its document body; nothing to index")
    title = _front(converter, nodes, "title") or None
    return "\n".join(lines), title


def _unhidden(source: str) -> str:
    """The source without its \\iffalse … \\fi blocks, in one pass (an \\iffalse in a comment is none)."""
    kept: list[str] = []
    at, hiding, commented = 0, False, False
    for mark in _HIDING.finditer(source):
        said = mark.group()
        if said == "\n" or said == "%":
            commented = said == "%"
        elif commented:
            continue
        elif said == "\\iffalse" and not hiding:
            kept.append(source[at : mark.start()])
            hiding = True
        elif said.startswith("\\fi") and hiding:  # (the spaces after a control word are none)
            at, hiding = mark.end(), False
    return "".join(kept) + ("" if hiding else source[at:])


def _environment(node: Any) -> str | None:
    return getattr(node, "environmentname", None)


def _macro(node: Any) -> str | None:
    return getattr(node, "macroname", None)


def _front(converter: Any, nodes: list[Any], macro: str) -> str:
    """The text of the preamble's (or the body's top level's) \\title, \\author or \\date, one line."""
    body = [child for node in nodes if _environment(node) == "document" for child in node.nodelist]
    found = next((n for n in (*nodes, *body) if _macro(n) == macro and _arguments(n)), None)
    if found is None:
        return ""
    said = _line(converter.nodelist_to_text([_arguments(found)[-1]]))
    return " ".join(_NOTE_AT.sub("", said).split())


def _arguments(node: Any) -> list[Any]:
    parsed = getattr(node, "nodeargd", None)
    return [a for a in (parsed.argnlist if parsed is not None and parsed.argnlist else []) if a is not None]


def _line(text: str) -> str:
    """Converted text as one line (a heading's, a cell's, a footnote's), a footnote in it left in place for
    the line it ends up in."""
    return " ".join(_laid_out(text, None))


def _laid_out(text: str, footnotes: list[str] | None) -> list[str]:
    """Converted text as lines: a paragraph's source lines joined, broken where a construct broke it, each
    footnote (of ``footnotes``; None: marks left in place) taken out of its line and set after it."""
    lines: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        joined = ""
        for piece in paragraph.split("\n"):
            piece = piece.strip()
            if piece and joined and not (_WIDE.match(joined[-1]) or _WIDE.match(piece[0])):
                joined += " "
            joined += piece
        for piece in joined.split(_BREAK):
            if footnotes is None:
                lines.extend([" ".join(piece.split())] if piece.strip() else [])
                continue
            notes = [footnotes[int(n)] for n in _NOTE_AT.findall(piece) if int(n) < len(footnotes)]
            said = " ".join(_NOTE_AT.sub("", piece).split())
            said_notes = (_NOTE_AT.sub("", _line(note)) for note in notes)  # (a footnote's own footnote goes)
            lines.extend(line for line in (said, *said_notes) if line)
    return lines


def _labels(nodes: list[Any]) -> dict[str, str]:
    """What each \\label's \\ref reads: the number of the table or figure it is in, else of its section."""
    labels: dict[str, str] = {}
    counts = {"table": 0, "figure": 0}
    sections = [0] * len(_HEADINGS)

    def walk(nodes: list[Any], inside: str) -> None:
        for node in nodes:
            if node is None:
                continue
            macro, environment = _macro(node), _environment(node)
            if macro in _HEADINGS and not _starred(node):
                level = _HEADINGS.index(macro)
                sections[level] += 1
                sections[level + 1 :] = [0] * (len(_HEADINGS) - level - 1)
                inside = ".".join(str(n) for n in sections if n)
            elif macro == "label" and _arguments(node):
                key = "".join(getattr(n, "chars", "") for n in getattr(_arguments(node)[0], "nodelist", []))
                labels.setdefault(key.strip(), inside)
            if environment in counts:
                counts[environment] += 1
                walk(node.nodelist, str(counts[environment]))
            elif hasattr(node, "nodelist") and node.nodelist:
                walk(node.nodelist, inside)

    walk(nodes, "")
    return labels


def _starred(node: Any) -> bool:
    parsed = getattr(node, "nodeargd", None)
    first = parsed.argnlist[0] if parsed is not None and parsed.argnlist else None
    return getattr(first, "chars", None) == "*"


# -------------------------------------------------------------------------------------- how nodes read


def _heading(node: Any, l2tobj: Any) -> str:
    args = _arguments(node)
    title = _line(l2tobj.nodelist_to_text([args[-1]])) if args and getattr(args[-1], "nodelist", None) else ""
    return f"\n\n{title}\n\n" if title else ""


def _own_line(node: Any, l2tobj: Any) -> str:
    args = _arguments(node)
    said = _line(l2tobj.nodelist_to_text([args[-1]])) if args else ""
    return f"{_BREAK}{said}{_BREAK}" if said else ""


def _footnote(node: Any, l2tobj: Any) -> str:
    args = _arguments(node)
    if not args:
        return ""
    l2tobj.footnotes.append(l2tobj.nodelist_to_text([args[-1]]))
    return f"{_NOTE}{len(l2tobj.footnotes) - 1}{_NOTE}"


def _item(node: Any, l2tobj: Any) -> str:
    """An item's line: its own label, else its number in an enumerate (1. 2. …), else nothing."""
    args = _arguments(node)
    label = _line(l2tobj.nodelist_to_text(args)) if args else ""
    if not label and l2tobj.lists and l2tobj.lists[-1] is not None:
        l2tobj.lists[-1] += 1
        label = f"{l2tobj.lists[-1]}."
    return f"{_BREAK}{label} " if label else _BREAK


def _block(node: Any, l2tobj: Any) -> str:
    """A list, a quotation, a float: paragraphs of its own, an enumerate's items numbered."""
    l2tobj.lists.append(0 if _environment(node) == "enumerate" else None)
    try:
        return f"\n\n{l2tobj.nodelist_to_text(node.nodelist)}\n\n"
    finally:
        l2tobj.lists.pop()


def _reference(node: Any, l2tobj: Any) -> str:
    args = _arguments(node)
    key = "".join(getattr(n, "chars", "") for n in getattr(args[-1], "nodelist", [])) if args else ""
    return str(l2tobj.labels.get(key.strip(), ""))


def _title_block(node: Any, l2tobj: Any) -> str:
    return "\n\n" + "\n\n".join(l2tobj.front) + "\n\n" if l2tobj.front else ""


def _last_argument(node: Any, l2tobj: Any) -> str:
    args = _arguments(node)
    return str(l2tobj.nodelist_to_text([args[-1]])) if args else ""


def _table(node: Any, l2tobj: Any) -> str:
    """A tabular's rows, a line each, its cells joined by `` | ``."""
    rows: list[list[list[Any]]] = [[[]]]
    for child in node.nodelist:
        if _macro(child) in _ROW_END:
            rows.append([[]])
        elif getattr(child, "specials_chars", None) == "&":
            rows[-1].append([])
        elif _macro(child) not in _RULES:
            rows[-1][-1].append(child)
    lines = []
    for row in rows:
        cells = [_line(l2tobj.nodelist_to_text(cell)) for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            lines.append(" | ".join(cells))
    return "\n\n" + _BREAK.join(lines) + "\n\n" if lines else ""


@lru_cache(maxsize=1)
def _walker_context() -> Any:
    """The walker's knowledge of macros and environments, with the arguments of those it lacks."""
    from pylatexenc import macrospec
    from pylatexenc.latexwalker import get_default_latex_context_db

    context = get_default_latex_context_db()
    context.add_context_category(
        "citeqa",
        prepend=True,
        macros=[
            *(macrospec.MacroSpec(m, "{{{") for m in ("multicolumn", "multirow")),
            *(macrospec.MacroSpec(m, spec) for m, spec in _SETTINGS.items()),
        ],
        environments=[
            macrospec.EnvironmentSpec("tabular", "[{"),
            macrospec.EnvironmentSpec("longtable", "[{"),
            macrospec.EnvironmentSpec("tabulary", "{{"),
            macrospec.EnvironmentSpec("tabularx", "{{"),
            macrospec.EnvironmentSpec("tabular*", "{[{"),
        ],
    )
    return context


@lru_cache(maxsize=1)
def _text_context() -> Any:
    from pylatexenc.latex2text import (
        EnvironmentTextSpec,
        MacroTextSpec,
        get_default_latex_context_db,
    )

    context = get_default_latex_context_db()
    context.add_context_category(
        "citeqa",
        prepend=True,
        macros=[
            *(MacroTextSpec(m, simplify_repl=_heading) for m in _HEADINGS),
            MacroTextSpec("caption", simplify_repl=_own_line),
            MacroTextSpec("footnote", simplify_repl=_footnote),
            MacroTextSpec("item", simplify_repl=_item),
            *(MacroTextSpec(m, simplify_repl=_reference) for m in ("ref", "eqref", "autoref", "pageref")),
            MacroTextSpec("maketitle", simplify_repl=_title_block),
            *(MacroTextSpec(m, simplify_repl=_last_argument) for m in ("multicolumn", "multirow", "href")),
            MacroTextSpec("url", simplify_repl=_last_argument),
            *(MacroTextSpec(m, simplify_repl=_BREAK) for m in ("\\", "newline", "linebreak")),
            MacroTextSpec("par", simplify_repl="\n\n"),
            *(MacroTextSpec(m, discard=True) for m in (*_SETTINGS, *_RULES, *_DISCARDED, "includegraphics")),
            MacroTextSpec("thanks", discard=True),
            MacroTextSpec("and", simplify_repl=" "),
        ],
        environments=[
            *(EnvironmentTextSpec(e, simplify_repl=_table) for e in _TABLES),
            *(EnvironmentTextSpec(e, simplify_repl=_block) for e in _BLOCKS),
            *(EnvironmentTextSpec(e, discard=True) for e in ("comment", "tikzpicture")),
        ],
    )
    return context


def _converter() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(
        latex_context=_text_context(), math_mode="text", strict_latex_spaces="except-in-equations"
    )
