"""The figures of a chart in a .docx, read from the chart part itself (wordx.py reads a chart's lines after
the paragraph that holds it). A chart is a drawing (``a:graphicData`` holding ``c:chart r:id``) related to a
part word/charts/chartN.xml; its workbook, embedded or linked, is often absent, and the figures are in the
part's caches: each series' categories (``c:cat``, ``c:xVal``) and values (``c:val``, ``c:yVal``) as
``c:strCache`` or ``c:numCache`` (or literals, ``c:strLit``/``c:numLit``; ``c:multiLvlStrCache`` for
categories in levels), a number's ``c:formatCode``, a series' name (``c:tx``) and the chart's title
(``c:title``'s rich text). A notice's per-sport quotas (游泳 200名) had existed only in such a chart, and
were lost (eval/policy30, 灵山县).

A chart reads as lines: its title, its axes' titles, then a line per category, each series' value in it
named by the series (an unnamed series' value alone)::

    2026年暑期青少年体育免费培训各项目招生名额
    游泳 | 招生名额: 200名
    篮球 | 招生名额: 120名

A value is shown as its format code shows it: a format that writes text beside the figure (0"名",
#,##0"元") as numfmt.with_text writes it; a plain one (0.0%, #,##0, 0.00) by its digits, grouping and
percent sign; a date or time format (yyyy/m/d, yyyy"年"m"月") as the date; General and anything else as the
figure itself, an integral one as an integer. Word and WPS may write a chart twice, in ``mc:Choice`` and
again in ``mc:Fallback``: the fallback copy is skipped, and a chart part is read once per paragraph.

XML is parsed as ooxmlpkg.parse parses it (no entities, DTD or network); a chart part over MAX_CHART_BYTES
is not read, and at most MAX_CHART_POINTS points of a chart are. A chart whose part is broken XML is no
text; python-docx refuses a package whose relationship names a part it lacks, so a chart relationship to a
missing part, and a chart's relationship to a missing workbook or style part, are dropped before it opens
the package (``drop_missing_charts``): such a chart is no text, the rest of the document is read.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from itertools import islice
from typing import Any

from indexer.chartvalue import shown
from indexer.ooxmlpkg import Package, parse

__all__ = ["chart_lines", "drop_missing_charts"]

MAX_CHART_BYTES = 4 * 1024 * 1024  # one chart part
MAX_CHART_POINTS = 5000  # points read of one chart, its series and categories together
MAX_POINT_INDEX = 1_048_576  # a point's idx (Excel's rows)
MAX_LEVELS = 16  # levels of a multi-level category

_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
_AXES = (f"{_C}catAx", f"{_C}dateAx", f"{_C}valAx", f"{_C}serAx")
_CACHES = ("numCache", "numLit", "strCache", "strLit", "multiLvlStrCache")


def chart_lines(paragraph: Any, part: Any) -> list[str]:
    """The lines of the charts drawn in a paragraph (a w:p element of ``part``, python-docx's part), each
    chart once, in the paragraph's order; none for a chart whose part is missing, external, too large or
    no XML."""
    lines: list[str] = []
    seen: set[str] = set()
    for rid in _chart_ids(paragraph):
        rel = part.rels.get(rid)
        if rel is None or rel.is_external:
            continue
        chart = rel.target_part
        if str(chart.partname) in seen:
            continue
        seen.add(str(chart.partname))
        blob = chart.blob
        if not blob or len(blob) > MAX_CHART_BYTES:
            continue
        try:
            lines.extend(_chart(parse(blob)))
        except (SyntaxError, ValueError, ArithmeticError):  # (lxml's XMLSyntaxError: a broken chart)
            continue
    return lines


def _chart_ids(paragraph: Any) -> Iterator[str]:
    """The r:ids of the charts in a paragraph's drawings; a chart in an mc:Fallback whose mc:Choice holds a
    chart too is that chart's copy, skipped."""
    for chart in paragraph.iter(f"{_C}chart"):
        rid = chart.get(f"{_R}id")
        if rid and not any(_copied(fallback) for fallback in chart.iterancestors(f"{_MC}Fallback")):
            yield rid


def _copied(fallback: Any) -> bool:
    alternate = fallback.getparent()
    return alternate is not None and any(
        next(choice.iter(f"{_C}chart"), None) is not None for choice in alternate.iterchildren(f"{_MC}Choice")
    )


def _chart(space: Any) -> list[str]:
    """A chart part's lines: its title, its axes' titles, a line per category."""
    chart = space.find(f"{_C}chart")
    if chart is None:
        return []
    date1904 = _flag(space.find(f"{_C}date1904"))
    lines = _title(chart.find(f"{_C}title"))
    plot = chart.find(f"{_C}plotArea")
    if plot is None:
        return lines
    for axis in plot:
        if axis.tag in _AXES and not _flag(axis.find(f"{_C}delete")):
            lines.extend(_title(axis.find(f"{_C}title")))
    series = [s for kind in plot if str(kind.tag).endswith("Chart") for s in kind.iterchildren(f"{_C}ser")]
    series.sort(key=_order)
    rows: dict[tuple[int, str], list[str]] = {}
    budget = [MAX_CHART_POINTS]
    for one in series:
        name = " ".join(_texts(one.find(f"{_C}tx")))
        categories = _points(_first(one, "cat", "xVal"), date1904, budget)
        for index, value in _points(_first(one, "val", "yVal"), date1904, budget).items():
            if not value:
                continue
            label = categories.get(index, "" if categories else str(index + 1))
            rows.setdefault((index, label), []).append(f"{name}: {value}" if name else value)
    for (_, label), cells in sorted(rows.items(), key=lambda row: row[0][0]):
        lines.append(" | ".join([label, *cells] if label else cells))
    return lines


def _flag(element: Any) -> bool:
    return element is not None and element.get("val", "true").lower() not in ("0", "false")


def _order(series: Any) -> int:
    order = series.find(f"{_C}order")
    value = "" if order is None else order.get("val", "")
    return int(value) if value.isascii() and value.isdigit() else 0  # (int("²") is no number)


def _first(series: Any, *names: str) -> Any:
    for name in names:
        found = series.find(f"{_C}{name}")
        if found is not None:
            return found
    return None


def _title(title: Any) -> list[str]:
    """A title's lines: its rich text's paragraphs, or the cells it refers to."""
    if title is None:
        return []
    text = title.find(f"{_C}tx")
    rich = None if text is None else text.find(f"{_C}rich")
    if rich is None:
        return [" ".join(_texts(text))] if text is not None else []
    return ["".join(t.text or "" for t in p.iter(f"{_A}t")).strip() for p in rich.iter(f"{_A}p")]


def _texts(element: Any) -> list[str]:
    """The texts of a series' name or a title's reference: each c:v under it."""
    if element is None:
        return []
    return [str(v.text).strip() for v in element.iter(f"{_C}v") if v.text and v.text.strip()]


def _points(data: Any, date1904: bool, budget: list[int]) -> dict[int, str]:
    """A series' categories or values by point index, as shown; ``budget`` the points the chart may still
    read."""
    if data is None:
        return {}
    cache = next((c for c in data.iter() if str(c.tag).removeprefix(_C) in _CACHES), None)
    if cache is None:
        return {}
    if cache.tag == f"{_C}multiLvlStrCache":
        return _levels(cache, budget)
    numeric = cache.tag in (f"{_C}numCache", f"{_C}numLit")
    fmt = (cache.findtext(f"{_C}formatCode") or "General").strip()
    points: dict[int, str] = {}
    for point, index in _indexed(cache, budget):
        text = point.findtext(f"{_C}v") or ""
        points[index] = shown(text, point.get("formatCode") or fmt, date1904) if numeric else text.strip()
    return points


def _indexed(cache: Any, budget: list[int]) -> Iterator[tuple[Any, int]]:
    """A cache's points with their indexes, while the budget lasts (a point with no readable idx is
    none)."""
    for point in cache.iterchildren(f"{_C}pt"):
        if budget[0] <= 0:
            return
        budget[0] -= 1
        index = point.get("idx", "")
        if index.isascii() and index.isdigit() and int(index) < MAX_POINT_INDEX:
            yield point, int(index)


def _levels(cache: Any, budget: list[int]) -> dict[int, str]:
    """Categories in levels (年度 over 季度): each point's label its levels' texts, the outermost first; an
    outer level's text stands at its first point and holds for the points after it."""
    levels = [
        {index: (point.findtext(f"{_C}v") or "").strip() for point, index in _indexed(level, budget)}
        for level in islice(cache.iterchildren(f"{_C}lvl"), MAX_LEVELS)
    ]
    if not levels:
        return {}
    labels: dict[int, str] = {}
    held = [""] * len(levels)
    for index in sorted(set().union(*levels)):
        for depth, level in enumerate(levels):
            if index in level:
                held[depth] = level[index]
        labels[index] = " ".join(text for text in reversed(held) if text)
    return labels


def drop_missing_charts(data: bytes) -> bytes:
    """A .docx's bytes with each internal chart relationship whose part is not in the package dropped, and
    each of a chart part's own relationships (its embedded workbook, its style and colours) to a part not in
    it: python-docx refuses a package any of whose relationships names a part it lacks. ``data`` itself
    when none does (or when it is no zip: its reader refuses it)."""
    try:
        package = Package(data)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return data
    names = set(package.names)
    charts: set[str] = set()
    relationships = [n for n in package.names if n.endswith(".rels") and "_rels/" in f"/{n}"]
    for name in relationships:
        try:
            blob = package.read(name)
        except (KeyError, zipfile.BadZipFile, OSError, ValueError, RuntimeError):
            continue
        if b"relationships/chart" in blob:
            _drop(package, name, blob, names, charts, lambda rel: rel.get("Type") == _CHART_REL)
    for name in relationships:
        if _source(name) in charts:
            try:
                _drop(package, name, package.read(name), names, set(), lambda rel: True)
            except (KeyError, zipfile.BadZipFile, OSError, ValueError, RuntimeError):
                continue
    return package.data()


def _source(rels: str) -> str:
    """The part a relationships part belongs to (word/_rels/document.xml.rels: word/document.xml)."""
    folder, _, file = f"/{rels}".rpartition("/_rels/")
    return f"{folder}/{file.removesuffix('.rels')}".lstrip("/")


def _drop(package: Package, name: str, blob: bytes, names: set[str], charts: set[str], chosen: Any) -> None:
    """Drop from the relationships part ``name`` the ``chosen`` internal relationships whose target is not
    in the package (the chart parts that are, into ``charts``)."""
    from lxml import etree

    try:
        root = parse(blob)
    except SyntaxError:
        return  # (python-docx refuses it as it always has)
    base = posixpath.dirname(f"/{_source(name)}")
    dropped = False
    for rel in list(root.iterchildren(f"{_PR}Relationship")):
        if rel.get("TargetMode") == "External" or not chosen(rel):
            continue
        target = posixpath.normpath(posixpath.join(base, rel.get("Target", ""))).lstrip("/")
        if target in names:
            charts.add(target)
        else:
            root.remove(rel)
            dropped = True
    if dropped:
        package.write(name, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
