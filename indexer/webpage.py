"""Marked-up text as plain text: a saved web page's main content through trafilatura (and the whole page's
text when trafilatura left out sentences of it), and a Markdown file without its markup.

trafilatura discards by class name what English sites use for comments and chrome — ``reply-…``, ``message``,
``-reply-`` — and government 留言板 and 12345 pages put the department's answer exactly there
(``<div class="reply-body">``): the answer was dropped and the citizen's question kept. Cleaning must never
drop content, so the page's own text (every block in order, scripts, styles and navigation markup apart) is
compared with trafilatura's: when sentences of the page are missing from it, the whole page is read instead,
as a scraped page, whose furniture ``clean.py`` removes.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from indexer.htmlprep import hidden_text, prepare, too_many
from indexer.text import CJK_CLASS


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None  # the site name
    navigation: bool = False  # the whole page's text, site furniture and all: clean.py removes it


# A sentence of the page counts when it holds this many hanzi; trafilatura has dropped content when the
# sentences it lacks hold at least MIN_MISSING hanzi and MIN_MISSING_SHARE of what it kept.
MIN_SENTENCE = 10
MIN_MISSING = 40
MIN_MISSING_SHARE = 0.2
MAX_SEARCHED = 200_000  # characters of extracted text searched for a sentence not found whole

# trafilatura logs what it cannot parse (「lxml parsing failed: Document is empty」 for an empty page) on
# stderr, between citeqa's one line per skipped file: the page's own reading decides and reports instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
_NAVIGATION_XPATH = ["//nav", "//*[@role='navigation']"]
_TABLE_RULE = re.compile(r"^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*$")
_HANZI = re.compile(f"[{CJK_CLASS}]")
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]")
_SQUASH = re.compile(r"[\s|]+")
_SPACE = re.compile(r"\s+")
# how a <title> joins the article's title and the site's name: 通知_泗洪县人民政府, 通知 - 某市人民政府
_SITE = re.compile(r"(?:人民政府|政府|门户网站|网站|网|办公室|委员会|局|厅)$")
# what a page template's <title> says when its author gave none (a frame's main_content.htm: 正文)
_PLACEHOLDER = re.compile(
    r"\s*(?:正文|正文内容|内容|内容页|详情|详情页|详细内容|文章内容|信息详情|新闻详情|无标题|无标题文档|新建网页\s*\d*"
    r"|untitled(?:\s+document)?|document|new\s+page\s*\d*)\s*",
    re.I,
)
_TITLE_SEPARATORS = ("_", " - ", "-", " | ", "|", "｜", " — ", "—", "--", "——")
# Elements whose start and end break a line, and those whose text is never the page's.
_BLOCKS = frozenset(
    "address article aside blockquote body br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main ol p pre section table tbody thead tfoot ul".split()
)
_SKIPPED = "//script|//style|//noscript|//template|//head|//nav|//*[@role='navigation']"


def read_page(html: str) -> Page:
    """Main text, title, date and site of a saved page; tables kept as text (cells joined by `` | ``); the
    text its scripts write in when that is all the page holds (``scripted.py``).

    trafilatura is imported here, not at module level: it costs about 0.5 s and 30 MB, which the query path
    never pays.
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    tree = _tree(html)
    head = _SPACE.sub(" ", tree.findtext(".//title") or "").strip() if tree is not None else ""
    whole = page_text(html)
    # (read before trafilatura prunes the tree of its scripts; an article held in <noscript>: htmlprep.py)
    scripted = hidden_text(tree, whole)
    try:
        if tree is not None and too_many(tree):  # (and a page of too many elements: htmlprep.MAX_ELEMENTS)
            raise RecursionError
        doc: Any = _extraction(trafilatura, set_date_params, tree if tree is not None else html)
    except RecursionError:  # trafilatura walks the tree recursively: a page 1,500 <code>s deep is too deep,
        # so the page's whole text (read iteratively, page_text) stands for it
        return Page(text=whole, title=head or None, date=None, source=None, navigation=True)
    text = "\n".join(_table_lines(str(getattr(doc, "text", None) or "")))
    date = doc.date if doc is not None and doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None
    title = _page_title(((doc.title if doc is not None else None) or "").strip(), head) or None
    source = ((doc.sitename if doc is not None else None) or "").strip() or None
    if scripted is not None:
        return Page(text=scripted[0], title=scripted[1] or title, date=date, source=source, navigation=True)
    if missing_hanzi(whole, text) >= max(MIN_MISSING, MIN_MISSING_SHARE * len(_HANZI.findall(text))):
        return Page(text=whole, title=title, date=date, source=source, navigation=True)
    return Page(text=text if text.strip() else "", title=title, date=date, source=source)


def _extraction(trafilatura: Any, set_date_params: Any, page: Any) -> Any:
    """trafilatura's reading of ``page`` (a parsed tree, or the markup lxml could not read)."""
    return trafilatura.bare_extraction(
        page,
        include_tables=True,
        include_comments=False,
        with_metadata=True,
        favor_recall=True,
        output_format="python",
        config=_trafilatura_config(),
        # the date from the page's markup (meta tags, <time>, a labelled 发布时间) only: htmldate's extensive
        # search takes any year in the body ("建成2000平方米") and makes it a date, 2000-01-01
        date_extraction_params=set_date_params(extensive=False),
        # navigation markup goes before extraction: on a short page trafilatura falls back to a baseline
        # extractor that keeps the menu (网站首页 新闻中心 政务公开) as text, and HTML is not cleaned for it
        prune_xpath=_NAVIGATION_XPATH,
    )


def _page_title(title: str, head: str) -> str:
    """The page's title: trafilatura's, unless that is the site's name the <title> element adds after the
    article's (an <h1 class="logo">泗洪县人民政府</h1> over <title>…实施办法_泗洪县人民政府</title>: five
    documents of eval/policy20 were titled by their site alone); then the <title> without it. Only a site's
    name is so replaced (…人民政府, …网): a site may put itself first (惠州市惠城区人民政府_…实施办法, whose
    article title trafilatura takes), and an article's title may open the <title> (运城市人才编制周转池 -
    运城市人民政府)."""
    if title and head != title and _SITE.search(title):
        for sep in _TITLE_SEPARATORS:
            if head.endswith(sep + title):
                return head[: -len(sep + title)].strip() or title
    # a template's placeholder is no title: the page's headline is found in its text instead (clean.py)
    return "" if _PLACEHOLDER.fullmatch(title) else title


def _table_lines(text: str) -> list[str]:
    lines = []
    for line in text.split("\n"):
        if _TABLE_RULE.match(line):
            continue  # the |---|---| rule under a table's header row
        if line.lstrip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = " | ".join(c for c in cells if c)
        lines.append(line)
    return lines


@lru_cache(maxsize=1)
def _trafilatura_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # The defaults (250 characters) are sized for English: a short Chinese notice is far denser, and below the
    # minimum trafilatura falls back to a baseline extractor that keeps the navigation bar.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    return config


# Tags that nest without structuring the text, then those whose nesting only breaks lines: markup nested past
# even huge_tree's depth limit is parsed again without them (see _tree).
_INLINE = (
    r"font|span|b|i|u|s|strong|em|small|big|a|sup|sub|o:p|code|tt|ins|del|strike|nobr|label|q|abbr|acronym"
    r"|cite|kbd|samp|var|dfn|mark|bdo|bdi|time"
)
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE})(?=[\s/>])[^>]*>", re.I)
_NESTING_TAG = re.compile(
    r"</?(?:div|p|section|article|center|blockquote|li|ul|ol|dl|dt|dd|h[1-6]|header|footer|main|aside|form"
    rf"|fieldset|{_INLINE}"
    r"|table|caption|thead|tbody|tfoot|tr|td|th|pre)(?=[\s/>])[^>]*>",
    re.I,
)


def _flat(tag: re.Match[str]) -> str:
    """An inline tag goes; a block tag becomes the line break it made."""
    return "" if _INLINE_TAG.fullmatch(tag.group()) else "<br>"


def _tree(html: str) -> Any:
    """The page parsed without libxml2's depth limit (about 255: an old site's unclosed <font> tags nest a
    level a line, and everything past that depth was dropped without a word); None for markup lxml cannot
    read. Past huge_tree's own limit (2,048 levels: a 3,000-line page of unclosed <font> tags) the page is
    parsed again without its inline tags, then with its blocks (tables too) as line breaks, rather than lose
    its end. Each call parses anew: trafilatura prunes the tree it is given."""
    from lxml import etree
    from lxml import html as lxml_html

    root: Any = None
    for flatten in (None, _INLINE_TAG, _NESTING_TAG):
        markup = flatten.sub(_flat, html) if flatten is not None else html
        parser = lxml_html.HTMLParser(huge_tree=True)
        try:
            root = lxml_html.fromstring(markup, parser=parser)
        except (etree.ParserError, ValueError):
            return None
        if not any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            break
    prepare(root)  # ruby without its annotations; a page's article held in a <noscript> (htmlprep.py)
    layout = [t for t in root.iter("table") if _is_layout(t)]  # decided before any is unwrapped
    for table in layout:
        _unwrap(table)
    for table in root.iter("table"):
        _spread_rowspans(table)
    return root


_ROWS = "./tr|./thead/tr|./tbody/tr|./tfoot/tr"


def _is_layout(table: Any) -> bool:
    """A table that lays out the page rather than holding data: a cell of it holds a table of its own (the
    page's columns: navigation | article), or no row has two cells (a column of blocks: the title's row, the
    date's, the article's). Its cells are read as the blocks they are — an old CMS writes an article in one
    cell as lines broken by <br>, which a table's cell had joined into one line (eval/policy20, 瓦房店市)."""
    rows = table.xpath(_ROWS)
    cells = [c for row in rows for c in row if c.tag in ("td", "th")]
    if not cells:
        return False
    return any(c.find(".//table") is not None for c in cells) or all(
        sum(c.tag in ("td", "th") for c in row) <= 1 for row in rows
    )


def _unwrap(table: Any) -> None:
    """``table``, its rows and its own cells (not those of tables inside it) as <div>s."""
    for row in table.xpath(_ROWS):
        for cell in row:
            if cell.tag in ("td", "th"):
                cell.tag = "div"
        row.tag = "div"
    for part in table.xpath("./thead|./tbody|./tfoot"):
        part.tag = "div"
    table.tag = "div"


# a rowspan larger than this is the page's mistake (rowspan="9999"), read as reaching the table's end
MAX_ROWSPAN = 1000


def _spread_rowspans(table: Any) -> None:
    """Copy each cell spanning rows (rowspan) into the rows below it, at its column, so that every row reads
    whole on its own line: 气调贮藏库 | 不分库容 | 400 | 35, the cap of 35万元 stated once for three rows
    (eval/policy19 n08). A cell spanning columns (colspan) is not repeated: it counts as that many columns.
    Nested tables are spread by their own call."""
    from copy import deepcopy

    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    below: dict[int, tuple[int, Any]] = {}  # column → (rows still to fill, the spanning cell)
    for row in rows:
        cells = [c for c in row if c.tag in ("td", "th")]
        column = 0
        placed: list[tuple[int, Any, bool]] = []  # (column, cell, copied)
        queue = list(cells)
        while queue or any(c >= column for c in below):
            if column in below:
                left, cell = below[column]
                placed.append((column, cell, True))
                if left <= 1:
                    del below[column]
                else:
                    below[column] = (left - 1, cell)
                column += _span(cell, "colspan")
                continue
            if not queue:
                column += 1
                continue
            cell = queue.pop(0)
            placed.append((column, cell, False))
            span = _span(cell, "rowspan", MAX_ROWSPAN)
            if span > 1:
                below[column] = (span - 1, cell)
            column += _span(cell, "colspan")
        if not any(copied for _, _, copied in placed):
            continue
        for cell in cells:
            row.remove(cell)
        for _, cell, copied in placed:
            if copied:
                cell = deepcopy(cell)
                cell.attrib.pop("rowspan", None)
            row.append(cell)


def _span(cell: Any, name: str, most: int = 100) -> int:
    """A cell's rowspan or colspan as a number from 1 to ``most`` (1 when missing or unreadable)."""
    try:
        return min(max(int(str(cell.get(name, "1")).strip() or 1), 1), most)
    except ValueError:
        return 1


def page_text(html: str) -> str:
    """Every text of the page in document order, a line per block (a table row's cells joined by `` | ``),
    without scripts, styles, the head and navigation markup; "" for markup lxml cannot read."""
    from lxml import etree

    root = _tree(html)
    if root is None:
        return ""
    for skipped in root.xpath(_SKIPPED):
        if skipped is not root:
            skipped.drop_tree()
    lines: list[str] = []
    line: list[str] = []

    def flush() -> None:
        joined = " ".join("".join(line).split())
        if joined:
            lines.append(joined)
        line.clear()

    # iteratively (a page nested thousands deep must not exhaust the stack)
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS or tag == "tr":
                flush()
            if tag in ("td", "th") and line:
                line.append(" | ")
            if element.text and tag != "tr":
                line.append(element.text)
        else:
            if tag in _BLOCKS or tag == "tr":
                flush()
            if element.tail and element is not root:
                line.append(element.tail)
    flush()
    return "\n".join(lines)


def _sentences(line: str) -> list[str]:
    """The whole sentences of a line. Its text after the last sentence end is left before the pattern runs:
    each position of a run with no end had been scanned to the line's end (a 120 KB line without 。 took over
    60 s; a fault probe)."""
    end = max(line.rfind(mark) for mark in "。！？!?")
    return _SENTENCE.findall(line, 0, end + 1) if end >= 0 else []


def missing_hanzi(page: str, extracted: str) -> int:
    """Hanzi in the page's sentences (of at least MIN_SENTENCE hanzi) that ``extracted`` lacks, compared
    without whitespace and table rules."""
    have = _SQUASH.sub("", extracted)
    # sentences as trafilatura kept them, looked up first; the substring search (a sentence its lines or
    # table rows joined otherwise) only for the rest, and only while it stays cheap
    kept = {_SQUASH.sub("", s) for line in extracted.split("\n") for s in _sentences(line)}
    searchable = len(have) <= MAX_SEARCHED
    missing = 0
    for line in page.split("\n"):
        for sentence in _sentences(line):  # whole sentences only: a menu line ends in none
            squashed = _SQUASH.sub("", sentence)
            hanzi = len(_HANZI.findall(squashed))
            if hanzi >= MIN_SENTENCE and squashed not in kept and not (searchable and squashed in have):
                missing += hanzi
    return missing


def html_to_text(html: str) -> str:
    """Main text of an HTML page (see ``read_page``)."""
    return read_page(html).text


# Markdown's markup (on a line outside code fences): heading marks, emphasis, links and images, block quotes,
# rules. Lists keep their numbers and bullets (1. / - ), which list reading (lines.item_style) goes by.
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s+|$)|\s+#+\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1")
# (an address may hold parentheses of its own: [平果人社](javascript:void(0);), as a WeChat export writes it)
_MD_TARGET = r"\((?:[^()]|\([^()]*\))*\)"
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]" + _MD_TARGET)
_MD_LINK = re.compile(r"\[([^\]]+)\]" + _MD_TARGET)
_MD_TITLE = re.compile(r"^ {0,3}#\s+(.+?)(?:\s+#+)?\s*$")
_MD_QUOTE = re.compile(r"^ {0,3}>\s?")
_MD_RULE = re.compile(r"^ {0,3}(?:[-*_]\s*){3,}$")
_MD_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
_MD_CODE = re.compile(r"`([^`]+)`")


def markdown_title(text: str) -> str | None:
    """The title a Markdown file states: its first line, when that is a level-1 heading (「# 家门口找活干！
    平果市零工市场正式启用🎉」 ends as a sentence does, and was not read as a title: eval/policy20)."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    m = _MD_TITLE.match(first)
    return m.group(1).strip() if m else None


def read_markdown(text: str) -> str:
    """A Markdown file's text as it reads: 「1. **基础类**：…」 → 「1. 基础类：…」, 「## 三、申报时间」 →
    「三、申报时间」, a table as rows of cells joined by `` | `` (its |---| rule dropped), links as their
    text; a code block's lines as they are."""
    lines: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _MD_FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            if _MD_RULE.match(line) and not line.lstrip().startswith(("- ", "* ")):
                continue
            line = _MD_QUOTE.sub("", _MD_HEADING.sub("", line))
            line = _MD_IMAGE.sub(r"\1", line)
            line = _MD_LINK.sub(r"\1", line)
            line = _MD_CODE.sub(r"\1", _MD_EMPHASIS.sub(r"\2", line))
        lines.append(line)
    return "\n".join(_table_lines("\n".join(lines)))
