"""Office 2003 XML: a Word document saved as "XML Document" (WordprocessingML 2003, ``<w:wordDocument>``) and
a workbook saved as "XML Spreadsheet 2003" (SpreadsheetML, ``<Workbook xmlns="urn:schemas-microsoft-com:
office:spreadsheet">``). Government sites serve both under .doc and .xls names — 安福县's
泸水河2026年度河道采砂权公开出让公告.doc, 博罗县's 2026年重点展会目录及摊位费补贴标准.xls (eval/policy26) —,
and the Word 97-2003 and .xls readers had refused them as no OLE file and no BOF record; sniff.sniff sends
them here by the root element their first bytes name, whatever the file is called. The workbook is read by
sheetxml.py, with the parsing and the title here.

A Word document is read from ``w:body`` in document order, as a .docx is (wordx.py): a paragraph a line, its
runs' ``w:t`` joined as written — a figure split over runs (486 | 万元) is one word again —, ``w:tab`` a tab,
``w:br`` / ``w:cr`` a line break, a numbered paragraph led by the label Word computed for it (``wx:t``: 一、,
1.); a table a row a line of its cells joined by `` | `` — a cell of several paragraphs one cell, an empty
cell left out, a cell merged down (``w:vmerge``) standing in each row it spans, as python-docx reads a
.docx's, a table inside a cell after its row —; a text box's paragraphs and a footnote's or endnote's after
the paragraph they are in. Tracked deletions (``w:delText``, an ``aml:annotation`` of type Word.Deletion) and
comments are no text; tracked insertions are. Headers and footers (in ``w:sectPr``), styles, fonts and the
document's properties are not read, but the title is the properties' ``o:Title`` (None without one).

Parsing is bounded as the other XML readers': entities are never expanded nor fetched (a file declaring a
DTD — a billion laughs, an external entity — is refused in one line: Word and Excel never write one), no
network, a file past MAX_XML_BYTES (what a .docx's parts may hold unzipped) unread, the text checked against
the extraction bound as it grows and a workbook's cells against sheetlayout's (sheetxml.py).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from typing import Any

from indexer.decode import DocumentError
from indexer.worddoc import DocumentTooLarge
from indexer.wordx import MAX_DOCX_UNCOMPRESSED

__all__ = ["SHEET_XML", "WORD_XML", "office_title", "office_xml_kind", "parse_office_xml", "read_word_xml"]

# what sniff.sniff calls these files (kinds, not suffixes: they come under .doc, .xls, .xml … names)
WORD_XML = "word-2003-xml"
SHEET_XML = "excel-2003-xml"

MAX_XML_BYTES = MAX_DOCX_UNCOMPRESSED  # a file's bytes: the XML a .docx's zip may hold unzipped
MAX_COLUMNS = 16_384  # a sheet's columns (Excel's most): an ss:Index past them is no cell
_HEAD_BYTES = 16_384  # how far into a file its root element is looked for

W = "http://schemas.microsoft.com/office/word/2003/wordml"
WX = "http://schemas.microsoft.com/office/word/2003/auxHint"
AML = "http://schemas.microsoft.com/aml/2001/core"
OFFICE = "urn:schemas-microsoft-com:office:office"
SS = "urn:schemas-microsoft-com:office:spreadsheet"


# -------------------------------------------------------------------------------------------- sniffing

# the root element's start tag, where the prolog ends
_ROOT = re.compile(r"<(?:([\w.-]+):)?(wordDocument|Workbook)\b([^>]*)>")
_SPACE = re.compile(r"\s*")
_SUBSET_END = re.compile(r"\]\s*>")


def _prolog_end(text: str) -> int:
    """Where the prolog of an XML text ends — its declaration, whitespace, comments, processing instructions
    (<?mso-application progid=…?>) and a DOCTYPE (refused by the readers, but theirs to refuse) —, -1 where
    one of them is not closed. Scanned, not matched by one pattern: a pattern's nested repeats take seconds
    on a run of spaces."""
    at = 0
    while True:
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]  # (\s* always matches)
        if text.startswith("<?", at):
            end = text.find("?>", at + 2)
            at = end + 2 if end >= 0 else -1
        elif text.startswith("<!--", at):
            end = text.find("-->", at + 4)
            at = end + 3 if end >= 0 else -1
        elif text.startswith("<!DOCTYPE", at):
            bracket, close = text.find("[", at), text.find(">", at)
            if 0 <= bracket < close or (bracket >= 0 and close < 0):
                found = _SUBSET_END.search(text, bracket)
                at = found.end() if found else -1
            else:
                at = close + 1 if close >= 0 else -1
        else:
            return at
        if at < 0:
            return -1


def _head(data: bytes) -> str:
    """The file's first bytes as text: UTF-16 by its byte-order mark or its zero bytes, else UTF-8."""
    head = data[:_HEAD_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", "replace")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", "replace")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", "replace")
    return head.removeprefix(codecs.BOM_UTF8).decode("utf-8", "replace")


def office_xml_kind(data: bytes) -> str | None:
    """WORD_XML or SHEET_XML when the bytes are a Word 2003 XML document or an Excel 2003 XML workbook (the
    root element in its namespace, after an optional byte-order mark, whitespace and prolog), else None."""
    head = _head(data)
    start = _prolog_end(head)
    found = _ROOT.match(head, start) if start >= 0 else None
    if found is None:
        return None
    prefix, element, attributes = found.groups()
    namespace = W if element == "wordDocument" else SS
    declared = re.search(
        rf"""xmlns{":" + re.escape(prefix) if prefix else ""}\s*=\s*["']{re.escape(namespace)}["']""",
        attributes,
    )
    if declared is None:
        return None
    return WORD_XML if element == "wordDocument" else SHEET_XML


# ---------------------------------------------------------------------------------------------- parsing


def parse_office_xml(data: bytes, name: str, kind: str, app: str) -> Any:
    """The root element of an Office 2003 XML file, parsed with no entity expanded or fetched; a file over
    MAX_XML_BYTES, declaring a DTD or not well-formed refused in one line."""
    from lxml import etree

    if len(data) > MAX_XML_BYTES:
        raise DocumentTooLarge(
            name, f"is {len(data):,} bytes, over the {MAX_XML_BYTES:,} an XML {kind} is read to; split it"
        )
    # (huge_tree: a picture's w:binData may pass libxml2's 10 MB text node; the file's size is bounded above)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
    )
    dtd = DocumentError(
        name,
        f"declares a DTD (entities), which {app} never writes; refused: re-save it from {app} or upload text",
    )
    try:
        root = etree.fromstring(_source(data), parser)
    except etree.XMLSyntaxError as e:
        if any(mark.encode(c) in data for mark in ("<!DOCTYPE", "<!ENTITY") for c in _CODECS):
            raise dtd from None  # (libxml2 stops an entity's amplification before any check after it)
        if "Excessive depth" in str(e):  # (libxml2's own words name a parser option no user can set)
            raise DocumentError(
                name,
                f"nests its elements too deeply to read (past the XML parser's bound); re-save it from {app}",
            ) from None
        raise DocumentError(
            name, f"is not well-formed XML ({e}); re-save it from {app} or upload text"
        ) from None
    except ValueError as e:  # lxml's refusal of its input itself
        raise DocumentError(
            name, f"is not readable XML ({e}); re-save it from {app} or upload text"
        ) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise dtd
    return root


_CODECS = ("utf-8", "utf-16-le", "utf-16-be")


def _source(data: bytes) -> bytes | str:
    """What lxml parses: the bytes, without the whitespace a site put before the XML declaration (after a
    byte-order mark); UTF-16 as text, its declaration dropped (lxml takes none in a str)."""
    head = data[:4]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00", b"\x00<")):
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16", "replace")
        else:
            text = data.decode("utf-16-le" if head.startswith(b"<") else "utf-16-be", "replace")
        return re.sub(r"\A\s*<\?xml[^>]*\?>", "", text.lstrip())
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    return bom + data[len(bom) :].lstrip()


def office_title(root: Any) -> str | None:
    return (root.findtext(f"{{{OFFICE}}}DocumentProperties/{{{OFFICE}}}Title") or "").strip() or None


# ------------------------------------------------------------------------------------------------ Word

_T, _TAB, _BR, _CR = (f"{{{W}}}{t}" for t in ("t", "tab", "br", "cr"))
_P, _TBL, _TR, _TC = (f"{{{W}}}{t}" for t in ("p", "tbl", "tr", "tc"))
_NOTES = (f"{{{W}}}footnote", f"{{{W}}}endnote")
_BOX = f"{{{W}}}txbxContent"
_ANNOTATION = f"{{{AML}}}annotation"
_LABEL = f"{{{W}}}pPr/{{{W}}}listPr/{{{WX}}}t"
# elements holding no text of the document: properties, deleted text, field codes, a picture's bytes,
# headers and footers (in w:sectPr), what aml:annotation marks for review
_NO_TEXT = frozenset(
    f"{{{W}}}{t}"
    for t in (
        "pPr",
        "rPr",
        "tblPr",
        "tblGrid",
        "trPr",
        "tcPr",
        "sectPr",
        "delText",
        "delInstrText",
        "instrText",
        "binData",
        "fldData",
    )
)


def read_word_xml(data: bytes, name: str, check: Callable[[int], None]) -> tuple[str, str | None]:
    """(text, title) of a Word 2003 XML document (see the module's docstring); ``check`` is given the
    characters read so far."""
    root = parse_office_xml(data, name, "Word document", "Word")
    if root.tag != f"{{{W}}}wordDocument":
        raise DocumentError(name, "is XML but no Word document; re-save it from Word or upload text")
    body = root.find(f"{{{W}}}body")
    lines: list[str] = []
    size = 0
    try:
        for line in _blocks(body) if body is not None else ():
            line = line.strip()
            if line:
                lines.append(line)
                size += len(line) + 1
                check(size)
    except RecursionError:
        raise DocumentError(name, "nests its elements too deeply to read; re-save it as .docx") from None
    return "\n".join(lines), office_title(root)


def _inserted(annotation: Any) -> bool:
    """An aml:annotation whose content is the document's text: a tracked insertion (a deletion, a comment,
    a bookmark's or a formatting change's mark are not)."""
    return annotation.get(f"{{{W}}}type") == "Word.Insertion"


def _blocks(container: Any) -> Iterator[str]:
    """The lines of a container of paragraphs and tables (the body, wx:sect, a text box, a note)."""
    for child in container:
        yield from _block(child)


def _block(element: Any) -> Iterator[str]:
    """The lines of one element of a container: a paragraph's, a table's rows, a wrapper's blocks."""
    tag = element.tag
    if not isinstance(tag, str) or tag in _NO_TEXT or (tag == _ANNOTATION and not _inserted(element)):
        return
    if tag == _P:
        yield from _paragraph(element)
    elif tag == _TBL:
        yield from _table(element)
    else:  # wx:sect, wx:sub-section, wx:pBdrGroup, an insertion's aml:content, custom XML
        yield from _blocks(element)


def _paragraph(p: Any) -> list[str]:
    """A paragraph's lines (its line breaks), then its text boxes' and its notes' lines."""
    parts: list[str] = []
    after: list[str] = []
    _inline(p, parts, after)
    text = "".join(parts)
    labelled = p.find(_LABEL)
    label = (labelled.get(f"{{{WX}}}val") or "").strip() if labelled is not None else ""
    if re.search(r"\w", label) and text.strip():  # 一、 1. （1）, not a bullet's symbol
        text = label + text.lstrip()
    return [*text.split("\n"), *after]


def _inline(element: Any, parts: list[str], after: list[str]) -> None:
    """A paragraph's text into ``parts`` — its runs, hyperlinks, fields' results, insertions, in order —
    and the lines of the text boxes and notes it holds into ``after``."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NO_TEXT:
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == f"{{{W}}}noBreakHyphen":
            parts.append("-")
        elif tag in _NOTES or tag == _BOX:
            after.extend(_blocks(child))
        elif tag == _ANNOTATION and not _inserted(child):
            continue
        else:  # w:r, w:hlink, w:fldSimple, a smart tag, an insertion and its aml:content, w:pict's shapes
            _inline(child, parts, after)


def _own(element: Any, tag: str) -> Iterator[Any]:
    """``element``'s children named ``tag``, and those of the wrappers around them (a tracked insertion,
    custom XML), not of a table inside."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _NO_TEXT or child.tag in (_TBL, _P):
            continue
        if child.tag == tag:
            yield child
        elif child.tag != _ANNOTATION or _inserted(child):
            yield from _own(child, tag)


def _number(element: Any, path: str, most: int) -> int:
    """A count a table states (w:gridSpan, w:gridBefore), within 0 … ``most``; 0 for none or unreadable."""
    found = element.find(path)
    try:
        return min(max(int(found.get(f"{{{W}}}val", "0")), 0), most) if found is not None else 0
    except ValueError:
        return 0


def _table(table: Any) -> list[str]:
    """A table's rows, a line each: its cells' text joined by `` | `` (empty cells left out), a cell merged
    down standing in each row it spans, a table inside a cell a line a row after its row, then what the cell
    holds after that table."""
    lines: list[str] = []
    above: dict[int, str] = {}  # grid column → the text of the cell merged down from it
    for row in _own(table, _TR):
        cells: list[str] = []
        after: list[str] = []
        column = _number(row, f"{{{W}}}trPr/{{{W}}}gridBefore", MAX_COLUMNS)
        for cell in _own(row, _TC):
            merge = cell.find(f"{{{W}}}tcPr/{{{W}}}vmerge")
            if merge is not None and merge.get(f"{{{W}}}val") != "restart":  # continues the cell above
                text = above.get(column, "")
            else:
                text, below = _cell(cell)
                after.extend(below)
                if merge is not None:
                    above[column] = text
                else:
                    above.pop(column, None)
            cells.append(text)
            column += max(_number(cell, f"{{{W}}}tcPr/{{{W}}}gridSpan", MAX_COLUMNS), 1)
        lines.append(" | ".join(c for c in cells if c))
        lines.extend(after)
    return lines


def _cell(cell: Any) -> tuple[str, list[str]]:
    """A cell's text (its paragraphs before any table in it, one cell: joined by spaces) and the lines that
    follow its row: the rows of a table inside it and the paragraphs after that table."""
    before: list[str] = []
    after: list[str] = []
    for child in cell:
        if child.tag == _TBL:
            after.extend(_table(child))
        else:
            (after if after else before).extend(_block(child))
    return " ".join(line.strip() for line in before if line.strip()), after
